import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The user's data file as it is on disk now, parsed (null while it cannot be read). Specs poll it to
 * know a change is durable before they restart the app; it works the same under the web host and
 * Electron, where there is no HTTP response to wait for.
 */
export async function savedDoc(dataDir: string): Promise<Record<string, unknown> & { settings?: { theme?: string }; reading?: Record<string, { paragraphId: string }> }> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, 'lectern.json'), 'utf8'));
  } catch {
    return {};
  }
}
