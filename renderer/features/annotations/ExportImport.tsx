import { useRef } from 'react';
import { Download, Upload } from 'lucide-react';
import type { ExportFormat } from '../../../electron/contract/annotation-values';
import { api } from '../../api/client';
import { downloadText } from './download';

type Props = {
  documentId: string;
  onImport: (text: string) => void;
  onMessage: (tone: 'info' | 'error', message: string) => void;
};

const formats: { format: ExportFormat; label: string }[] = [
  { format: 'markdown', label: 'Export Markdown' },
  { format: 'jsonld', label: 'Export JSON-LD' },
];

/**
 * Takes the annotations out (desktop: a save dialog; browser: a download) and brings a W3C JSON-LD
 * file back in.
 */
export function ExportImport({ documentId, onImport, onMessage }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const exportAs = async (format: ExportFormat) => {
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
  return (
    <div className="export-import">
      {formats.map(({ format, label }) => (
        <button key={format} type="button" className="button" onClick={() => void exportAs(format)}>
          <Download size={15} aria-hidden="true" />
          {label}
        </button>
      ))}
      <button type="button" className="button" onClick={() => fileInput.current?.click()}>
        <Upload size={15} aria-hidden="true" />
        Import JSON-LD…
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".jsonld,.json,application/ld+json,application/json"
        hidden
        aria-label="Import annotations from a JSON-LD file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void file.text().then(onImport);
        }}
      />
    </div>
  );
}
