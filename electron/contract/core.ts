/** Core methods: the app's status, reader settings and the reading place. */
import { z } from 'zod';
import { ReadingPosition, Settings } from './settings';
import { DocumentId } from '../domain/document/document';
import type { ContractSpec } from './spec';


/** What happened to the user's data file at start-up, told once so the UI can say it. */
export const StoreNotice = z.object({
  kind: z.enum(['recovered-from-backup', 'started-clean', 'newer-version', 'migrated', 'document-recovered', 'document-damaged']),
  message: z.string(),
  keptAs: z.string().nullable(),
  at: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

const NoInput = z.object({}).strict();

export const coreContract = {
  'app.status': {
    input: NoInput,
    // `now`: the app's clock (which `--now` can start elsewhere), so the renderer keeps no clock of its own.
    output: z.object({ notices: z.array(StoreNotice), dataDir: z.string(), readOnly: z.boolean(), now: z.string() }),
  },
  'app.dismissNotices': { input: NoInput, output: z.object({ ok: z.literal(true) }) },
  'settings.get': { input: NoInput, output: Settings },
  'settings.update': { input: Settings.partial().strict(), output: Settings },
  'reading.get': {
    input: z.object({ documentId: DocumentId }).strict(),
    output: ReadingPosition.nullable(),
  },
  'reading.save': {
    input: z
      .object({
        documentId: DocumentId,
        paragraphId: ReadingPosition.shape.paragraphId,
        offset: ReadingPosition.shape.offset,
        percent: ReadingPosition.shape.percent,
      })
      .strict(),
    output: ReadingPosition,
  },
} as const satisfies ContractSpec;

