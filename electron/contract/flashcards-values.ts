/** The flashcard feature's values: FSRS state, review log, user cards, settings, and what screens show. */
import { z } from 'zod';
import { BlockId, DocumentId } from '../domain/document/document';

/** A card id: a deck slug, or `u-…` for a card the user made. */
export const CardId = z.string().min(1).max(80).regex(/^[a-z0-9-]+$/, 'a card id is lowercase letters, digits and dashes');
export type CardId = z.infer<typeof CardId>;

/** A user tag: a short slug, like the deck's tags. */
export const CardTag = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/, 'a tag is lowercase letters, digits and dashes');

export const FsrsStateNumber = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]);

/** ts-fsrs's Card, with dates as ISO strings so it survives JSON. */
export const FsrsSnapshot = z.object({
  due: z.string(),
  stability: z.number(),
  difficulty: z.number(),
  elapsed_days: z.number(),
  scheduled_days: z.number(),
  learning_steps: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: FsrsStateNumber,
  last_review: z.string().nullable(),
});
export type FsrsSnapshot = z.infer<typeof FsrsSnapshot>;

/** A card's progress: its FSRS state (null while new) and whether the user suspended it. */
export const CardProgress = z.object({ fsrs: FsrsSnapshot.nullable(), suspended: z.boolean() });
export type CardProgress = z.infer<typeof CardProgress>;

export const Rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Rating = z.infer<typeof Rating>;

/** One rating in the durable review log; `before` is the full FSRS state it replaced (for undo). */
export const ReviewEntry = z.object({
  id: z.string(),
  cardId: CardId,
  /** The card's document, kept in the log so statistics stay per document after a card is deleted. */
  documentId: DocumentId,
  rating: Rating,
  at: z.string(),
  durationMs: z.number().int().min(0),
  before: FsrsSnapshot.nullable(),
  after: FsrsSnapshot,
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

/** Where a card comes from: a passage of one block of its document, by block-local offsets. */
export const CardSource = z.object({
  paragraph: BlockId,
  quote: z.string().min(1).max(2000),
  start: z.number().int().min(0).max(100_000),
  end: z.number().int().min(1).max(100_000),
});
export type CardSource = z.infer<typeof CardSource>;

/** A gap in a cloze card, as offsets inside the quote; `hint` is shown in place of the gap (Anki's `{{c1::text::hint}}`). */
export const Gap = z.object({
  start: z.number().int().min(0).max(2000),
  end: z.number().int().min(1).max(2000),
  hint: z.string().trim().min(1).max(40).optional(),
});
export type Gap = z.infer<typeof Gap>;

const userCardBase = {
  id: CardId,
  documentId: DocumentId,
  tags: z.array(CardTag).max(10),
  source: CardSource,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Set when a newer version of the document replaced the old and this card's passage was not in it: the old source is kept. */
  sourceNotFound: z.boolean().optional(),
};

/** A card the user made from a passage: basic (their question, the quote as answer) or cloze. */
export const UserCard = z.discriminatedUnion('kind', [
  z.object({ ...userCardBase, kind: z.literal('basic'), front: z.string().min(1).max(500), back: z.string().min(1).max(2000) }),
  z.object({ ...userCardBase, kind: z.literal('cloze'), gaps: z.array(Gap).min(1).max(10) }),
]);
export type UserCard = z.infer<typeof UserCard>;

/**
 * Which cards the flashcard pages (review, card browser, progress) work on: the open document's, or
 * every document's. "The open document" follows the reader, so it never names a document that is gone.
 */
export const DeckScope = z.enum(['document', 'all']);
export type DeckScope = z.infer<typeof DeckScope>;

const flashcardSettingsFields = {
  desiredRetention: z.number().min(0.7).max(0.99),
  newPerDay: z.number().int().min(0).max(1000),
  shortcuts: z.boolean(),
  deck: DeckScope,
};

export const FlashcardSettings = z.object({
  ...flashcardSettingsFields,
  // Added with the library; the default fills it in for settings saved before (no schemaVersion bump).
  deck: DeckScope.default('document'),
});
export type FlashcardSettings = z.infer<typeof FlashcardSettings>;
/** A change to some settings: no defaults here, or saving one field would reset the others. */
export const FlashcardSettingsPatch = z.object(flashcardSettingsFields).partial().strict();

export const defaultFlashcardSettings: FlashcardSettings = { desiredRetention: 0.9, newPerDay: 20, shortcuts: true, deck: 'document' };

export const CardStateName = z.enum(['new', 'learning', 'review', 'relearning']);
export type CardStateName = z.infer<typeof CardStateName>;

/** A card as every screen shows it, deck or user, with its progress. */
export const CardView = z.object({
  id: CardId,
  documentId: DocumentId,
  origin: z.enum(['deck', 'user']),
  kind: z.enum(['basic', 'cloze']),
  /** Basic: the question. Cloze: the quote with its gaps shown as "[…]". */
  front: z.string(),
  /** Basic: the answer. Cloze: the whole quote. */
  back: z.string(),
  /** Cloze only: the gaps inside `back`. */
  gaps: z.array(Gap),
  /** A deck card's note to the learner (the article's own slips, explained); absent for most cards. */
  note: z.string().optional(),
  tags: z.array(z.string()),
  source: CardSource,
  /** A user card whose passage was not found in a newer version of its document (its old quote shown). */
  sourceNotFound: z.boolean().optional(),
  state: CardStateName,
  suspended: z.boolean(),
  due: z.string().nullable(),
  reps: z.number().int(),
  lapses: z.number().int(),
});
export type CardView = z.infer<typeof CardView>;

/** What each rating would do now: the next due time and the interval as people read it ("10m"). */
export const RatingPreview = z.object({ rating: Rating, due: z.string(), interval: z.string() });
export type RatingPreview = z.infer<typeof RatingPreview>;

export const SessionCard = CardView.extend({ previews: z.array(RatingPreview).length(4) });
export type SessionCard = z.infer<typeof SessionCard>;

export const DayCount = z.object({ day: z.string(), count: z.number().int() });
export type DayCount = z.infer<typeof DayCount>;

export const FlashcardStats = z.object({
  byState: z.object({ new: z.number(), learning: z.number(), review: z.number(), relearning: z.number(), suspended: z.number() }),
  reviewsPerDay: z.array(DayCount),
  totalReviews: z.number().int(),
  reviewsToday: z.number().int(),
  trueRetention: z.object({ reviews: z.number().int(), passed: z.number().int(), rate: z.number().nullable() }),
  forecast: z.array(DayCount),
  dueNow: z.number().int(),
  streak: z.number().int(),
  /**
   * Cards with a review history whose id has left the deck (the content was revised): counted apart,
   * never reviewed again. Their reviews stay in the log and in reviews per day, today, total and the
   * streak; card counts, due figures and true retention cover today's cards only.
   */
  retired: z.object({ cards: z.number().int(), reviews: z.number().int() }),
});
export type FlashcardStats = z.infer<typeof FlashcardStats>;
