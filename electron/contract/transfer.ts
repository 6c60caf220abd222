/** What can be exported and imported: the formats, as the registries list them, for the menus and the file chooser. */
import { z } from 'zod';
import type { ContractSpec } from './spec';

export const ExportFormatInfo = z.object({
  id: z.string(),
  subject: z.enum(['annotations', 'cards']),
  label: z.string(),
  extension: z.string(),
  /** The format can carry the review history; the menu then offers to include it. */
  carriesHistory: z.boolean(),
});
export type ExportFormatInfo = z.infer<typeof ExportFormatInfo>;

export const ImportFormatInfo = z.object({ id: z.string(), label: z.string(), extensions: z.array(z.string()), mimeTypes: z.array(z.string()) });
export type ImportFormatInfo = z.infer<typeof ImportFormatInfo>;

/** A format id as calls name it; the service checks it against the registry. */
export const FormatId = z.string().min(1).max(40).regex(/^[a-z0-9-]+$/, 'a format id is lowercase letters, digits and dashes');

export const transferContract = {
  'transfer.formats': {
    input: z.object({}).strict(),
    output: z.object({ exporters: z.array(ExportFormatInfo), annotationImporters: z.array(ImportFormatInfo) }),
  },
} as const satisfies ContractSpec;
