import { useState } from 'react';
import type { PackCredits, PackCreditsDraft } from '../../../electron/contract/pack-credits';
import { api } from '../../api/client';
import { useCurrentDocument } from '../app/current-document';
import { downloadFile } from './download';
import { PackExportDialog } from './PackExportDialog';

/**
 * "Export as study pack" for the open document: its text, deck and the user's own cards, questions
 * and map in one `.lectern.json`, after a dialog asks who made it and on what terms. The desktop saves
 * through its own dialog; the browser downloads.
 */
export function PackExportButton({ onDone }: { onDone: (tone: 'ok' | 'error', text: string) => void }) {
  const current = useCurrentDocument();
  const [initial, setInitial] = useState<PackCreditsDraft | null>(null);
  if (!current) return null;
  const id = current.item.id;
  const ask = () =>
    void api['library.packCredits']({ id }).then(setInitial, (e: Error) => onDone('error', `Export failed: ${e.message}`));
  const exportPack = async (credits: PackCredits) => {
    const saved = await api['library.saveExportPack']({ id, credits });
    if (saved.outcome === 'saved') return onDone('ok', `Saved to ${saved.path}.`);
    if (saved.outcome === 'cancelled') return onDone('ok', 'Export cancelled: nothing was saved.');
    const file = await api['library.exportPack']({ id, credits });
    downloadFile(file);
    onDone('ok', `Exported ${file.fileName}.`);
  };
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={ask}>
        Export as study pack
      </button>
      {initial && <PackExportDialog title={current.item.title} initial={initial} onExport={exportPack} onClose={() => setInitial(null)} />}
    </>
  );
}
