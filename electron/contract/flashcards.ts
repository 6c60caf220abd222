/** Flashcards methods and the part of the user's data document they own. */
import { z } from 'zod';
import { SaveOutcome } from './save-outcome';
import { BlockId, DocumentId } from '../domain/document/document';
import {
  CardId,
  CardProgress,
  CardStateName,
  CardTag,
  CardView,
  FlashcardSettings,
  FlashcardSettingsPatch,
  FlashcardStats,
  Gap,
  Rating,
  ReviewEntry,
  SessionCard,
  UserCard,
  defaultFlashcardSettings,
} from './flashcards-values';
import type { ContractSpec } from './spec';
import { FormatId } from './transfer';

const NoInput = z.object({}).strict();
/** One document's cards, or (without an id) every document's. */
const OneOrAll = z.object({ documentId: DocumentId.optional() }).strict();
const ById = z.object({ id: CardId }).strict();
const Ok = z.object({ ok: z.literal(true) });

/** A passage of a document chosen for a new card: block-local offsets and the text there. */
const PassageInput = z
  .object({
    paragraph: BlockId,
    start: z.number().int().min(0).max(100_000),
    end: z.number().int().min(1).max(100_000),
    quote: z.string().min(1).max(2000),
  })
  .strict();

const Front = z.string().trim().min(1, 'write a question on the front').max(500, 'keep the front under 500 characters');
const Back = z.string().trim().min(1, 'the back cannot be empty').max(2000, 'keep the back under 2,000 characters');

const CardsExportInput = z.object({ format: FormatId, includeHistory: z.boolean().default(false), documentId: DocumentId.optional() }).strict();

export const flashcardsContract = {
  'flashcards.session': {
    input: OneOrAll,
    output: z.object({
      cards: z.array(SessionCard),
      counts: z.object({ new: z.number().int(), learning: z.number().int(), review: z.number().int() }),
      nextDue: z.string().nullable(),
      newLeftToday: z.number().int(),
      canUndo: z.boolean(),
    }),
  },
  'flashcards.settings': { input: NoInput, output: FlashcardSettings },
  'flashcards.updateSettings': { input: FlashcardSettingsPatch, output: FlashcardSettings },
  'reviews.record': {
    input: z.object({ cardId: CardId, rating: Rating, durationMs: z.number().int().min(0).max(86_400_000) }).strict(),
    output: z.object({ reviewId: z.string(), due: z.string() }),
  },
  'reviews.undo': { input: NoInput, output: z.object({ cardId: CardId }) },
  'cards.list': {
    input: z
      .object({ documentId: DocumentId.optional(), search: z.string().max(200).optional(), tag: CardTag.optional(), state: z.union([CardStateName, z.literal('suspended')]).optional() })
      .strict(),
    output: z.object({ cards: z.array(CardView), tags: z.array(z.string()) }),
  },
  'cards.create': {
    // One strict object (not a union), so the method list's JSON Schema stays a plain object.
    input: z
      .object({
        kind: z.enum(['basic', 'cloze']),
        documentId: DocumentId,
        front: Front.optional(),
        back: Back.optional(),
        gaps: z.array(Gap).max(10).optional(),
        source: PassageInput,
        tags: z.array(CardTag).max(10).optional(),
      })
      .strict()
      .superRefine((card, ctx) => {
        if (card.kind === 'basic' && card.front === undefined) ctx.addIssue({ code: 'custom', path: ['front'], message: 'write a question on the front' });
        if (card.kind === 'cloze' && (card.gaps ?? []).length === 0) ctx.addIssue({ code: 'custom', path: ['gaps'], message: 'choose at least one gap' });
      }),
    output: CardView,
  },
  'cards.update': {
    input: z.object({ id: CardId, front: Front.optional(), back: Back.optional(), gaps: z.array(Gap).min(1).max(10).optional(), tags: z.array(CardTag).max(10).optional() }).strict(),
    output: CardView,
  },
  'cards.delete': { input: ById, output: Ok },
  'cards.suspend': { input: ById, output: CardView },
  'cards.unsuspend': { input: ById, output: CardView },
  'cards.reset': { input: ById, output: CardView },
  'stats.get': { input: OneOrAll, output: FlashcardStats },
  /**
   * The cards in an export format of the registry. Binary formats (the Anki package) come back
   * base64-encoded, since both transports speak JSON; `includeHistory` adds the review history
   * where the format can carry it.
   */
  'cards.export': {
    input: CardsExportInput,
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), encoding: z.enum(['utf8', 'base64']) }),
  },
  /** Saves the export through the desktop's save dialog; `unavailable` on the web, which downloads `cards.export`. */
  'cards.saveExport': { input: CardsExportInput, output: SaveOutcome },
} as const satisfies ContractSpec;

/**
 * Top-level fields this feature adds to the store document. Each has a `.default(...)`, so a
 * document saved before the feature existed still validates (no schemaVersion bump needed).
 */
export const flashcardsStoreShape = {
  cardProgress: z.record(z.string(), CardProgress).default({}),
  reviewLog: z.array(ReviewEntry).default([]),
  userCards: z.array(UserCard).default([]),
  flashcardSettings: FlashcardSettings.default(defaultFlashcardSettings),
} satisfies Record<string, z.ZodType>;
