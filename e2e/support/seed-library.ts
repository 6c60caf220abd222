/** Puts documents in the library through the contract (library.paste), for specs of the library screen. */
import type { Page } from '@playwright/test';
import { callApi } from './api-call';

export type SeededItem = { id: string; title: string };
type Outcome = { outcome: string; item: SeededItem };
type Opened = { document: { sections: { blocks: { id: string; text: string }[] }[] } };

/** A pasted text of `paragraphs` paragraphs of real sentences, so word counts and reading times are plausible. */
export function sampleText(topic: string, paragraphs: number): string {
  const sentences = [
    `The study of ${topic} begins with careful observation of what changes and what stays the same.`,
    `Early accounts of ${topic} were written by travellers who rarely checked one another's claims.`,
    `Modern work on ${topic} relies on long series of measurements taken at the same places.`,
    `Each new measurement of ${topic} is compared with the record, and surprises are checked twice.`,
  ];
  return Array.from({ length: paragraphs }, (_, i) => `${sentences[i % 4]} ${sentences[(i + 1) % 4]} ${sentences[(i + 2) % 4]}`).join('\n\n');
}

export async function pasteDocument(page: Page, title: string, author: string, text: string, tags: string[] = []): Promise<SeededItem> {
  const { item } = await callApi<Outcome>(page, 'library.paste', { title, author, text });
  if (tags.length > 0) await callApi(page, 'library.update', { id: item.id, tags });
  return item;
}

/** Highlights the first `count` blocks' opening words, so the document has annotations to count. */
export async function annotate(page: Page, id: string, count: number): Promise<void> {
  const opened = await callApi<Opened>(page, 'library.open', { id });
  const blocks = opened.document.sections.flatMap((section) => section.blocks);
  for (let i = 0; i < count; i += 1) {
    const block = blocks[i % blocks.length]!;
    const start = (Math.floor(i / blocks.length) * 7) % Math.max(1, block.text.length - 10);
    await callApi(page, 'annotations.create', { documentId: id, from: { paragraphId: block.id, offset: start }, to: { paragraphId: block.id, offset: start + 6 }, color: 'yellow' });
  }
}

/** Saves a reading place `percent` of the way through the document. */
export async function readTo(page: Page, id: string, percent: number): Promise<void> {
  const opened = await callApi<Opened>(page, 'library.open', { id });
  const blocks = opened.document.sections.flatMap((section) => section.blocks);
  const block = blocks[Math.min(blocks.length - 1, Math.floor((blocks.length * percent) / 100))]!;
  await callApi(page, 'reading.save', { documentId: id, paragraphId: block.id, offset: 0, percent });
}
