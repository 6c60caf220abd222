/** Saves text as a file in the browser: a Blob behind a temporary `a[download]` link. */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn, once the download has taken the URL.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
