import { useState } from 'react';
import { PackExportButton } from '../export/PackExportButton';
import { useTransferFormats } from '../export/useTransferFormats';
import { exportCards } from './export-file';

/**
 * The deck's cards (one document's or all) in an export format: one button per format the registry lists, and, where a format can carry it, the
 * choice to take the review history (FSRS progress) along.
 */
export function CardExports({ documentId, onDone }: { documentId: string | undefined; onDone: (tone: 'ok' | 'error', text: string) => void }) {
  const formats = useTransferFormats();
  const [includeHistory, setIncludeHistory] = useState(false);
  const cardFormats = formats?.exporters.filter((e) => e.subject === 'cards') ?? [];
  const withHistory = cardFormats.filter((e) => e.carriesHistory);
  const exportAs = (format: string, history: boolean) =>
    void exportCards(format, history, documentId).then(
      (text) => onDone('ok', text),
      (e: Error) => onDone('error', `Export failed: ${e.message}`),
    );
  return (
    <div className="card-exports">
      {cardFormats.map(({ id, label, carriesHistory }) => (
        <button key={id} type="button" className="button" onClick={() => exportAs(id, carriesHistory && includeHistory)}>
          {label}
        </button>
      ))}
      <PackExportButton onDone={onDone} />
      {withHistory.length > 0 && (
        <label className="card-exports__history">
          <input type="checkbox" checked={includeHistory} onChange={(e) => setIncludeHistory(e.target.checked)} />
          Include review history in the Anki package
        </label>
      )}
    </div>
  );
}
