import { downloadFile } from '../export/download';

/** Saves text as a file in the browser. */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  downloadFile({ fileName, mimeType, content });
}
