/** The shape of the user's data document, versioned. Only the store reads or writes it. */
import { z } from 'zod';
import { annotationsStoreShape } from '../contract/annotations';
import { flashcardsStoreShape } from '../contract/flashcards';
import { DocumentTombstone, LibraryEntry } from '../contract/library-values';
import { questionsStoreShape } from '../contract/questions';
import { VersionDecision } from '../contract/library-versions';
import { packsStoreShape } from '../contract/pack-values';
import { selftestStoreShape } from '../contract/selftest';
import { ReadingPosition, Settings, defaultSettings } from '../contract/settings';

export const CURRENT_SCHEMA_VERSION = 3;

export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean(),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const StoreDoc = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  settings: Settings,
  reading: z.record(z.string(), ReadingPosition),
  window: WindowBounds.nullable(),
  /** The library index; the documents' text lives in `documents/<id>.json` (document-bodies.ts). */
  documents: z.array(LibraryEntry).default([]),
  documentTombstones: z.array(DocumentTombstone).default([]),
  /** Answers to "a newer version of …" offers (electron/service/library/versions.ts). */
  versionDecisions: z.array(VersionDecision).default([]),
  // Each feature's own fields, all with defaults (see electron/contract/<feature>.ts).
  ...annotationsStoreShape,
  ...flashcardsStoreShape,
  ...selftestStoreShape,
  ...questionsStoreShape,
  ...packsStoreShape,
});
export type StoreDoc = z.infer<typeof StoreDoc>;

export function emptyDoc(): StoreDoc {
  return StoreDoc.parse({ schemaVersion: CURRENT_SCHEMA_VERSION, settings: { ...defaultSettings }, reading: {}, window: null });
}
