/** How a document's sections and blocks are laid out in the reader: chapter headings, lists, contents. */
import type { Block, Section } from '../../../electron/domain/document/document';

/** Blocks in reading order, consecutive list items gathered into one list. */
export type BlockRun = { kind: 'list'; blocks: Block[] } | { kind: 'block'; block: Block };

export function blockRuns(blocks: readonly Block[]): BlockRun[] {
  const runs: BlockRun[] = [];
  for (const block of blocks) {
    const last = runs.at(-1);
    if (block.kind === 'item' && last?.kind === 'list') last.blocks.push(block);
    else runs.push(block.kind === 'item' ? { kind: 'list', blocks: [block] } : { kind: 'block', block });
  }
  return runs;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The block that is the chapter's own heading: a text's "Chapter 2" line or an EPUB chapter's
 * heading, which the importers keep as the section's first block and also use as its title. Shown
 * once, as the chapter's heading, instead of a title and the same line under it.
 */
export function chapterHeadingBlock(section: Section): Block | null {
  const first = section.blocks[0];
  return section.title && first?.kind === 'heading' && sameText(first.text, section.title) ? first : null;
}

/** The id of the element that heads a titled section, for its label and for the contents to focus. */
export function sectionHeadingId(section: Section): string {
  const heading = chapterHeadingBlock(section);
  return heading ? `paragraph-${heading.id}` : `section-${section.id}`;
}

export type ContentsEntry = { sectionId: string; title: string };

/** The table of contents: the titled sections, or nothing when there are fewer than two to choose from. */
export function contentsOf(sections: readonly Section[]): ContentsEntry[] {
  const titled = sections.filter((section) => section.title.trim().length > 0).map((section) => ({ sectionId: section.id, title: section.title }));
  return titled.length > 1 ? titled : [];
}

/**
 * The section being read: the last one whose top has passed the reading line (a third down the
 * window below the app's bar). `tops` are in document order, so a binary search reads few of them.
 */
export function currentSectionIndex(tops: (index: number) => number, count: number, line: number): number {
  let low = 0;
  let high = count - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tops(mid) <= line) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
