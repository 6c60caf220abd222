import { api } from '../../api/client';
import { useCurrentDocument } from '../app/current-document';
import { downloadFile } from './download';

/**
 * "Export as study pack" for the open document: its text, deck and the user's own cards, questions
 * and map in one `.lectern.json`. The desktop saves through its own dialog; the browser downloads.
 */
export function PackExportButton({ onDone }: { onDone: (tone: 'ok' | 'error', text: string) => void }) {
  const current = useCurrentDocument();
  if (!current) return null;
  const id = current.item.id;
  const exportPack = async (): Promise<string> => {
    const saved = await api['library.saveExportPack']({ id });
    if (saved.outcome === 'saved') return `Saved to ${saved.path}.`;
    if (saved.outcome === 'cancelled') return 'Export cancelled: nothing was saved.';
    const file = await api['library.exportPack']({ id });
    downloadFile(file);
    return `Exported ${file.fileName}.`;
  };
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        void exportPack().then(
          (text) => onDone('ok', text),
          (e: Error) => onDone('error', `Export failed: ${e.message}`),
        )
      }
    >
      Export as study pack
    </button>
  );
}
