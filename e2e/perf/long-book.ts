/**
 * A book-length document for the long-document benchmark and spec: the generated book (about a
 * million characters of real sentences, electron/domain/import/fixtures/book-text.ts) as a plain-text
 * file, imported through the web host's upload as the file chooser does, then made the document
 * read last (a reading place at its start), so the app reopens on it.
 */
import type { Page } from '@playwright/test';
import { bookText, generateBook } from '../../electron/domain/import/fixtures/book-text';
import { callApi } from '../support/api-call';

type Block = { id: string; kind: string; text: string };
type Opened = { document: { id: string; sections: { blocks: Block[] }[] } };

export interface ImportedBook {
  id: string;
  characters: number;
  blocks: Block[];
}

export async function importLongBook(page: Page, characters = 1_000_000): Promise<ImportedBook> {
  const text = bookText(generateBook({ characters }));
  const reply = await page.evaluate(async (body) => {
    const response = await fetch('upload?name=the-long-shingle-beach.txt', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-lectern-token': sessionStorage.getItem('lectern.token') ?? '' },
      body,
    });
    return (await response.json()) as { ok: boolean; value?: { item: { id: string } }; error?: { message: string } };
  }, text);
  if (!reply.ok || !reply.value) throw new Error(`the book was not imported: ${reply.error?.message ?? 'no answer'}`);
  const id = reply.value.item.id;
  const opened = await callApi<Opened>(page, 'library.open', { id });
  const blocks = opened.document.sections.flatMap((section) => section.blocks);
  await callApi(page, 'reading.save', { documentId: id, paragraphId: blocks[0]!.id, offset: 0, percent: 0 });
  return { id, characters: text.length, blocks };
}
