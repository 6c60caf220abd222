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

/**
 * A file name as the user picked it: the last part of a path, a name and not `.` or `..`, one
 * line of at most 255 characters, without control characters or text-direction marks (which make
 * "gpj.txt" show as "txt.jpg" in every message that names the file). Else why it is refused.
 */
function fileNameOf(url: URL): { ok: true; name: string } | { ok: false; message: string } {
  const name = url.searchParams.get('name') ?? '';
  const base = name.split(/[\\/]/).pop() ?? '';
  if (base.length === 0) return { ok: false, message: 'Name the uploaded file with ?name=<file name>.' };
  if (base === '.' || base === '..') return { ok: false, message: `“${base}” names a folder, not a file; upload a file.` };
  if (base.length > 255) return { ok: false, message: 'The file’s name is longer than 255 characters; rename it and upload it again.' };
  if ([...base].some(isControl)) {
    return { ok: false, message: 'The file’s name holds control characters (a line break or a text-direction mark, say); rename it and upload it again.' };
  }
  return { ok: true, name: base };
}

/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x61c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Receives an upload's bytes; `onAccepted` runs once its name and declared size pass, before any byte is read. */
export async function receiveUpload(req: http.IncomingMessage, url: URL, onAccepted?: () => void): Promise<UploadResult> {
  const named = fileNameOf(url);
  if (!named.ok) return { ok: false, status: 400, code: 'invalid-input', message: named.message };
  const fileName = named.name;
  const tooLarge: UploadResult = { ok: false, status: 413, code: 'too-large', message: `“${fileName}” was not imported: it is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB.` };
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) return tooLarge;
  onAccepted?.();
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
