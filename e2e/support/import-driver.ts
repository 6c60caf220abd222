/**
 * Imports as a person does them, in both projects: the header's Import menu, then the browser's
 * file chooser (web) or the desktop's open dialog, answered by a stub in the main process that
 * returns a file written to a fresh folder (Electron). Also a drop of a file onto the window, and
 * a drag selection inside a document's block by its text (any document, not only the article).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Lectern } from '../fixtures';

export type FileToImport = { name: string; mimeType: string; buffer: Buffer };

const mimeTypes: Record<string, string> = { txt: 'text/plain', md: 'text/markdown', html: 'text/html', htm: 'text/html', epub: 'application/epub+zip' };

export function fileToImport(name: string, content: string | Uint8Array): FileToImport {
  const extension = name.split('.').pop() ?? '';
  return { name, mimeType: mimeTypes[extension] ?? 'application/octet-stream', buffer: Buffer.from(content) };
}

/** Header → Import → "Import files…", then the files chosen in whichever dialog the project shows. */
export async function importThroughChooser(lectern: Lectern, ...files: FileToImport[]): Promise<void> {
  const { page, electronApp } = lectern;
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const item = page.getByRole('menuitem', { name: 'Import files…' });
  if (!electronApp) {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), item.click()]);
    // Several files may be chosen at once.
    expect(chooser.isMultiple()).toBe(true);
    // The chooser offers the formats Lectern reads (".txt,.md,…"), with their dots.
    expect(await chooser.element().getAttribute('accept')).toMatch(/(^|,)\.txt(,|$)/);
    await chooser.setFiles(files);
    return;
  }
  const folder = await mkdtemp(path.join(os.tmpdir(), 'lectern-import-'));
  const picked: string[] = [];
  for (const file of files) {
    picked.push(path.join(folder, file.name));
    await writeFile(picked.at(-1)!, file.buffer);
  }
  // As Electron 41.7.1's docs/api/dialog.md says showOpenDialog resolves: the paths picked, in order.
  await electronApp.evaluate(({ dialog }, filePaths) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
  }, picked);
  await item.click();
}

/** Drops files onto the middle of the window, as from a file manager. */
export async function dropFile(page: Page, ...files: FileToImport[]): Promise<void> {
  const transfer = await page.evaluateHandle(
    (sent) => {
      const data = new DataTransfer();
      for (const { name, mimeType, bytes } of sent) data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }));
      return data;
    },
    files.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] })),
  );
  const target = page.locator('main').first();
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.getByText('Drop to import')).toBeVisible();
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

/** Drags the mouse across `phrase` in the block that holds it, retried until the selection is exactly the phrase. */
export async function selectPhrase(page: Page, phrase: string): Promise<void> {
  await expect
    .poll(async () => {
      const box = await page.evaluate((wanted) => {
        const block = [...document.querySelectorAll('[data-paragraph-id]')].find((element) => element.textContent?.includes(wanted));
        const text = block?.firstChild;
        if (!block || !text) return null;
        const start = (text.textContent ?? '').indexOf(wanted);
        if (start < 0) return null;
        block.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(text, start);
        range.setEnd(text, start + 1);
        const first = range.getBoundingClientRect();
        range.setStart(text, start + wanted.length - 1);
        range.setEnd(text, start + wanted.length);
        const last = range.getBoundingClientRect();
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      }, phrase);
      if (!box) return null;
      await page.mouse.move(box.x1, box.y1);
      await page.mouse.down();
      await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
      await page.mouse.move(box.x2, box.y2, { steps: 4 });
      await page.mouse.up();
      return page.evaluate(() => document.getSelection()?.toString());
    })
    .toBe(phrase);
}
