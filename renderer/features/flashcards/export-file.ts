import { api } from '../../api/client';
import { downloadFile } from '../export/download';

/** Exports the cards in a registry format and hands the file to the browser as a download; resolves with its name. */
export async function downloadExport(format: string, includeHistory: boolean): Promise<string> {
  const file = await api['cards.export']({ format, includeHistory });
  downloadFile(file);
  return file.fileName;
}
