/** Saves a file in the browser: a Blob behind a temporary `a[download]` link. Binary content arrives base64-encoded. */
export function downloadFile(file: { fileName: string; mimeType: string; content: string; encoding?: 'utf8' | 'base64' }): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const type = file.encoding === 'base64' || file.mimeType.includes('charset') ? file.mimeType : `${file.mimeType};charset=utf-8`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, once the download has taken the URL.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
