/** The argument map of a document: its pack's map, with the text of the blocks its claims cite. */
import { z } from 'zod';
import { DocumentId } from '../domain/document/document';
import { PackArgumentMap } from '../domain/pack/pack-schema';
import type { ContractSpec } from './spec';

export const DocumentMap = z.object({
  map: PackArgumentMap,
  /** Block id → text, for every block a claim cites (the source panel shows it). */
  blocks: z.record(z.string(), z.string()),
});
export type DocumentMap = z.infer<typeof DocumentMap>;

export const argumentMapContract = {
  /** The document's argument map; null when the document has none (its screen is not offered). */
  'argumentMap.get': { input: z.object({ documentId: DocumentId }).strict(), output: DocumentMap.nullable() },
} as const satisfies ContractSpec;
