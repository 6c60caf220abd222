/**
 * The web host's import upload: `POST /upload?name=<file name>` with the file's bytes as the body.
 * Its own cap (50 MB, the importers' file cap), not the method calls' 256 KB; the same token and
 * Host/Origin checks as `/api` (done by the caller). The body is streamed to a temp file, so a
 * large one never sits twice in memory while it arrives, and the temp file is removed afterwards.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { IMPORT_LIMITS } from '../domain/import/import-registry';

export const MAX_UPLOAD_BYTES = IMPORT_LIMITS.fileBytes;

export type UploadResult = { ok: true; fileName: string; bytes: Buffer } | { ok: false; status: number; code: string; message: string };

/** A file name as the user picked it: no folders, one line, not empty. */
function fileNameOf(url: URL): string | null {
  const name = url.searchParams.get('name') ?? '';
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.length > 0 && base.length <= 255 && ![...base].some((char) => char.charCodeAt(0) < 0x20) ? base : null;
}

export async function receiveUpload(req: http.IncomingMessage, url: URL): Promise<UploadResult> {
  const fileName = fileNameOf(url);
  if (!fileName) return { ok: false, status: 400, code: 'invalid-input', message: 'Name the uploaded file with ?name=<file name>.' };
  const tooLarge: UploadResult = { ok: false, status: 413, code: 'too-large', message: `“${fileName}” was not imported: it is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) return tooLarge;
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lectern-upload-'));
  const temp = path.join(folder, 'upload.bin');
  try {
    const fits = await new Promise<boolean>((resolve, reject) => {
      const out = createWriteStream(temp, { flags: 'wx' });
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) {
          req.removeAllListeners('data');
          req.resume();
          out.destroy();
          resolve(false);
        }
      });
      req.pipe(out);
      out.on('finish', () => resolve(size <= MAX_UPLOAD_BYTES));
      out.on('error', reject);
      req.on('error', reject);
    });
    if (!fits) return tooLarge;
    return { ok: true, fileName, bytes: await readFile(temp) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
