/**
 * A study pack as the services use it, whether it ships with the app or was imported: the document
 * it brought, its deck, its self-test in today's question kinds and its argument map. Built from a
 * validated pack, so every quote is known to be in its block.
 */
import type { Question } from '../../../data/schemas/selftest';
import type { StoredPack } from '../../contract/pack-values';
import type { LecternDocument } from '../../domain/document/document';
import type { Pack, PackArgumentMap, PackCard, PackManifest } from '../../domain/pack/pack-schema';
import { packToQuestion } from '../../domain/pack/question-mapping';

export interface InstalledPack {
  documentId: string;
  manifest: PackManifest;
  /** Ships with the app: hidden, never removed. */
  builtin: boolean;
  deck: readonly PackCard[];
  deckTags: readonly { id: string; label: string }[];
  /** The deck's own name for flashcard apps, when the pack gives one. */
  deckName: string | null;
  /** Card id → where its quote starts in its block. */
  cardStarts: Readonly<Record<string, number>>;
  selfTest: { title: string; questions: readonly Question[] } | null;
  argumentMap: PackArgumentMap | null;
}

/** Where each deck card's quote starts in its block (the validator has checked each is there). */
export function cardStartsOf(pack: Pick<Pack, 'deck'>, document: Pick<LecternDocument, 'sections'>): Record<string, number> {
  const texts = new Map(document.sections.flatMap((section) => section.blocks.map((block) => [block.id, block.text] as const)));
  return Object.fromEntries((pack.deck?.cards ?? []).map((card) => [card.id, Math.max(0, (texts.get(card.source.block) ?? '').indexOf(card.source.quote))]));
}

export function installedPack(pack: Pick<StoredPack, 'manifest' | 'deck' | 'selfTest' | 'argumentMap' | 'cardStarts'>, documentId: string, builtin: boolean): InstalledPack {
  return {
    documentId,
    manifest: pack.manifest,
    builtin,
    deck: pack.deck?.cards ?? [],
    deckTags: pack.deck?.tags ?? [],
    deckName: pack.deck?.name ?? null,
    cardStarts: pack.cardStarts,
    // Pack questions cite any block id; today's Question type names the article's p1…p5, which the
    // services never rely on (they look block text up by id), hence the widening cast.
    selfTest: pack.selfTest ? { title: pack.selfTest.title, questions: pack.selfTest.questions.map(packToQuestion) as unknown as Question[] } : null,
    argumentMap: pack.argumentMap ?? null,
  };
}
