import { useEffect, useState } from 'react';
import type { Output } from '../../../electron/contract/contract';
import { api } from '../../api/client';

export type TransferFormats = Output<'transfer.formats'>;

// Asked once per page load: the registries do not change while the app runs.
let pending: Promise<TransferFormats> | null = null;

/** The export and import formats the main side's registries list (null until they arrive). */
export function useTransferFormats(): TransferFormats | null {
  const [formats, setFormats] = useState<TransferFormats | null>(null);
  useEffect(() => {
    let live = true;
    pending ??= api['transfer.formats']({});
    pending.then(
      (value) => live && setFormats(value),
      () => {
        // Let a later mount ask again; the menus stay empty meanwhile.
        pending = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return formats;
}

/** The file chooser's `accept`: every importer's extensions and media types. */
export function acceptOf(importers: TransferFormats['annotationImporters']): string {
  const all = importers.flatMap((i) => [...i.extensions.map((e) => `.${e}`), ...i.mimeTypes]);
  return [...new Set(all)].join(',');
}
