/** `transfer.formats`: the export and import formats, straight from the registries. */
import type { FeatureHandlers } from '../contract/spec';
import type { transferContract } from '../contract/transfer';
import type { ServiceContext } from './deps';

export function transferHandlers({ exporters, annotationImporters }: ServiceContext): FeatureHandlers<typeof transferContract> {
  return {
    'transfer.formats': async () => ({
      exporters: exporters.map(({ id, subject, label, extension, carriesHistory }) => ({ id, subject, label, extension, carriesHistory: carriesHistory ?? false })),
      annotationImporters: annotationImporters.map(({ id, label, extensions, mimeTypes }) => ({ id, label, extensions: [...extensions], mimeTypes: [...mimeTypes] })),
    }),
  };
}
