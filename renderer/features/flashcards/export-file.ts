import { api } from '../../api/client';

/** Exports the cards in a format and hands the file to the browser as a download; resolves with its name. */
export async function downloadExport(format: 'anki' | 'csv'): Promise<string> {
  const file = await api['cards.export']({ format });
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return file.fileName;
}
