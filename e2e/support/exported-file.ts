/**
 * An export, read back the way each project produces it: in Chromium a download; in Electron the
 * main side's native save dialog, answered by a stub installed in the main process with
 * `electronApp.evaluate` (it chooses the dialog's default name in a fresh folder), then the written file.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Lectern } from '../fixtures';

export type Exported = { name: string; text: string };

export async function exportedFile(lectern: Lectern, trigger: () => Promise<unknown>): Promise<Exported> {
  const { page, electronApp } = lectern;
  if (!electronApp) {
    const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lectern-export-'));
  await electronApp.evaluate(({ dialog }, into) => {
    const answer = async (...args: unknown[]) => {
      const options = args.at(-1) as { defaultPath?: string };
      const name = (options.defaultPath ?? 'export').split(/[\\/]/).pop();
      return { canceled: false, filePath: `${into}/${name}` };
    };
    dialog.showSaveDialog = answer as typeof dialog.showSaveDialog;
  }, folder);
  await trigger();
  await expect.poll(async () => (await readdir(folder)).length, { message: 'the export was written' }).toBe(1);
  const [name = ''] = await readdir(folder);
  return { name, text: await readFile(path.join(folder, name), 'utf8') };
}
