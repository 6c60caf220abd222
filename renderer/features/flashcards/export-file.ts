import { api } from '../../api/client';
import { downloadFile } from '../export/download';

/**
 * Exports the cards in a registry format. On the desktop the main side asks where to save (its own
 * dialog, the same as annotation exports); in the browser the file becomes a download. Resolves with
 * what to tell the person.
 */
export async function exportCards(format: string, includeHistory: boolean): Promise<string> {
  const saved = await api['cards.saveExport']({ format, includeHistory });
  if (saved.outcome === 'saved') return `Saved to ${saved.path}.`;
  if (saved.outcome === 'cancelled') return 'Export cancelled: nothing was saved.';
  const file = await api['cards.export']({ format, includeHistory });
  downloadFile(file);
  return `Exported ${file.fileName}.`;
}
