import { api } from '../../api/client';
import { downloadFile } from '../export/download';

/**
 * Exports the cards in a registry format: one document's (`documentId`) or every document's. On the desktop the main side asks where to save (its own
 * dialog, the same as annotation exports); in the browser the file becomes a download. Resolves with
 * what to tell the person.
 */
export async function exportCards(format: string, includeHistory: boolean, documentId?: string): Promise<string> {
  const input = { format, includeHistory, ...(documentId ? { documentId } : {}) };
  const saved = await api['cards.saveExport'](input);
  if (saved.outcome === 'saved') return `Saved to ${saved.path}.`;
  if (saved.outcome === 'cancelled') return 'Export cancelled: nothing was saved.';
  const file = await api['cards.export'](input);
  downloadFile(file);
  return `Exported ${file.fileName}.`;
}
