import type { ReaderDocument } from '../reader/reader-document';

/** Where a block sits, as a reader would say it: "Paragraph 3", or "Chapter 2 · paragraph 4" in a text of chapters. */
export function placeOfBlock(document: ReaderDocument, blockId: string): string | null {
  for (const section of document.sections) {
    const index = section.blocks.findIndex((block) => block.id === blockId);
    if (index < 0) continue;
    if (section.title) return `${section.title} · paragraph ${index + 1}`;
    return `Paragraph ${document.paragraphs.findIndex((block) => block.id === blockId) + 1}`;
  }
  return null;
}
