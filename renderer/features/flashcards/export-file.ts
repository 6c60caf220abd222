import { api } from '../../api/client';

/**
 * Exports the cards in a format. On the desktop the main side asks where to save (its own dialog,
 * the same as annotation exports); in the browser the file becomes a download. Resolves with what
 * to tell the person.
 */
export async function exportCards(format: 'anki' | 'csv'): Promise<string> {
  const saved = await api['cards.saveExport']({ format });
  if (saved.outcome === 'saved') return `Saved to ${saved.path}.`;
  if (saved.outcome === 'cancelled') return 'Export cancelled: nothing was saved.';
  const file = await api['cards.export']({ format });
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return `Exported ${file.fileName}.`;
}
