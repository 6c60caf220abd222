/** Puts documents in the library through the contract (library.paste), for specs of the library screen. */
import type { Page } from '@playwright/test';
import { callApi } from './api-call';
import { lecternDocumentIris } from '../../electron/domain/export/document';

export type SeededItem = { id: string; title: string };
type Outcome = { outcome: string; item: SeededItem };
type Opened = { document: { sections: { blocks: { id: string; text: string }[] }[] } };

/** A document's blocks in reading order, as `library.open` gives them. */
async function blocksOf(page: Page, id: string): Promise<Opened['document']['sections'][number]['blocks']> {
  const opened = await callApi<Opened>(page, 'library.open', { id });
  return opened.document.sections.flatMap((section) => section.blocks);
}

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
  const blocks = await blocksOf(page, id);
  for (let i = 0; i < count; i += 1) {
    const block = blocks[i % blocks.length]!;
    const start = (Math.floor(i / blocks.length) * 7) % Math.max(1, block.text.length - 10);
    await callApi(page, 'annotations.create', { documentId: id, from: { paragraphId: block.id, offset: start }, to: { paragraphId: block.id, offset: start + 6 }, color: 'yellow' });
  }
}

/**
 * `count` highlights of 5 characters spread over a document's blocks, put in with one W3C Web
 * Annotation import (one save, where `count` creates are as many), as another tool's file brings them:
 * each with a quote and its position in the text the selectors refer to (blocks joined by a blank line).
 */
export async function importHighlights(page: Page, id: string, count: number): Promise<void> {
  const blocks = await blocksOf(page, id);
  const startOf: number[] = [];
  blocks.reduce((at, block) => (startOf.push(at), at + block.text.length + 2), 0);
  // The document's own IRI, as Lectern's export writes it: an import for another document is skipped.
  const source = lecternDocumentIris(id)[0];
  const items = Array.from({ length: count }, (_, n) => {
    const i = n % blocks.length;
    const text = blocks[i]!.text;
    const offset = n % Math.max(1, text.length - 5);
    const start = startOf[i]! + offset;
    const selector = [
      { type: 'TextQuoteSelector', exact: text.slice(offset, offset + 5) },
      { type: 'TextPositionSelector', start, end: start + 5 },
    ];
    return { id: `urn:lectern-seed:${id}:${n}`, type: 'Annotation', motivation: 'highlighting', target: { source, selector } };
  });
  const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: `urn:lectern-seed:${id}:all`, type: 'AnnotationCollection', total: count, first: { id: `urn:lectern-seed:${id}:page`, type: 'AnnotationPage', items } };
  const report = await callApi<{ added: number; skipped: number; entries: { detail?: string }[] }>(page, 'annotations.import', { documentId: id, text: JSON.stringify(collection) });
  if (report.added !== count) throw new Error(`${report.added} of ${count} highlights were imported (${report.skipped} skipped; the first: ${report.entries[0]?.detail ?? 'none'})`);
}

/** Saves a reading place `percent` of the way through the document. */
export async function readTo(page: Page, id: string, percent: number): Promise<void> {
  const blocks = await blocksOf(page, id);
  const block = blocks[Math.min(blocks.length - 1, Math.floor((blocks.length * percent) / 100))]!;
  await callApi(page, 'reading.save', { documentId: id, paragraphId: block.id, offset: 0, percent });
}
