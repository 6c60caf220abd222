import { useRef, useState } from 'react';
import { Download, Upload } from 'lucide-react';
import type { ImportReport as Report } from '../../../electron/contract/annotations';
import { api } from '../../api/client';
import { acceptOf, useTransferFormats } from '../export/useTransferFormats';
import { downloadText } from './download';
import { ImportReport } from './ImportReport';

type Props = {
  documentId: string;
  onImport: (text: string) => Promise<Report | null>;
  onMessage: (tone: 'info' | 'error', message: string) => void;
};

/**
 * Takes the annotations out in every format the export registry lists (desktop: a save dialog;
 * browser: a download) and brings other tools' files in, with a report of what happened.
 */
export function ExportImport({ documentId, onImport, onMessage }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const formats = useTransferFormats();
  const [report, setReport] = useState<Report | null>(null);
  const exportAs = async (format: string) => {
    try {
      const saved = await api['annotations.saveExport']({ documentId, format });
      if (saved.outcome === 'saved') onMessage('info', `Saved to ${saved.path}.`);
      if (saved.outcome !== 'unavailable') return;
      const file = await api['annotations.export']({ documentId, format });
      downloadText(file.fileName, file.mimeType, file.content);
    } catch (error) {
      onMessage('error', `The export failed: ${(error as Error).message}`);
    }
  };
  const importers = formats?.annotationImporters ?? [];
  return (
    <div className="export-import">
      {report && <ImportReport report={report} onClose={() => setReport(null)} />}
      {formats?.exporters
        .filter((e) => e.subject === 'annotations')
        .map(({ id, label }) => (
          <button key={id} type="button" className="button" onClick={() => void exportAs(id)}>
            <Download size={15} aria-hidden="true" />
            {label}
          </button>
        ))}
      <button type="button" className="button" disabled={importers.length === 0} onClick={() => fileInput.current?.click()}>
        <Upload size={15} aria-hidden="true" />
        Import annotations…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept={acceptOf(importers)}
        hidden
        aria-label={`Import annotations from a file (${importers.map((i) => i.label).join(', ')})`}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.text().then(onImport).then((next) => next && setReport(next));
        }}
      />
    </div>
  );
}
