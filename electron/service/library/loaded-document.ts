/** A document ready for the services: its blocks in reading order and the text selectors refer to. */
import { articleText, paragraphOffsets, type ParagraphOffsets } from '../../domain/anchoring';
import type { Block, LecternDocument } from '../../domain/document/document';

export interface LoadedDocument {
  document: LecternDocument;
  /** Every block of every section, in reading order. */
  blocks: readonly Block[];
  /** The blocks' text joined by a blank line: what annotation selectors count in. */
  text: string;
  offsets: readonly ParagraphOffsets[];
  /** A block's text; undefined for an id the document does not have. */
  blockText(id: string): string | undefined;
}

export function loadedDocument(document: LecternDocument): LoadedDocument {
  const blocks = document.sections.flatMap((section) => section.blocks);
  const byId = new Map(blocks.map((block) => [block.id, block.text]));
  return { document, blocks, text: articleText(blocks), offsets: paragraphOffsets(blocks), blockText: (id) => byId.get(id) };
}

/** Words in a text, counted at runs of whitespace. */
export function wordCount(document: LecternDocument): number {
  let words = 0;
  for (const section of document.sections) for (const block of section.blocks) words += block.text.split(/\s+/).filter(Boolean).length;
  return words;
}

export function characterCount(document: LecternDocument): number {
  return document.sections.reduce((n, section) => n + section.blocks.reduce((m, block) => m + block.text.length, 0), 0);
}
