/**
 * An imported study pack as the store keeps it, keyed by its document's id: the pack's manifest and
 * curated parts (deck, self-test, map) in the pack format itself, validated whole before it was
 * saved. The text is the document's body file; the pack's parts sit in the lowdb document because
 * the services list decks and features synchronously for the whole library (docs/decisions.md, issue 14).
 */
import { z } from 'zod';
import { DocumentId } from '../domain/document/document';
import { PackArgumentMap, PackDeck, PackManifest, PackSelfTest } from '../domain/pack/pack-schema';

export const StoredPack = z.object({
  manifest: PackManifest,
  deck: PackDeck.optional(),
  selfTest: PackSelfTest.optional(),
  argumentMap: PackArgumentMap.optional(),
  /** Where each deck card's quote starts in its block (card id → offset), found once at import. */
  cardStarts: z.record(z.string(), z.int().min(0)).default({}),
  installedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type StoredPack = z.infer<typeof StoredPack>;

export const packsStoreShape = {
  /** Document id → the pack that brought it (imported packs only; built-in ones ship with the app). */
  packs: z.record(DocumentId, StoredPack).default({}),
} satisfies Record<string, z.ZodType>;
