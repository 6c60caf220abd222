/**
 * How a long text is cut for the reader: its block runs gathered into chunks of a few thousand
 * characters, each one element that the browser lays out only near the viewport (reader.css) and
 * that the first frame may leave empty (ArticleView). A few hundred chunks instead of thousands of
 * blocks is what keeps the first style pass and every scrolled frame short.
 */
import type { BlockRun } from './document-outline';

/** The attribute that numbers a chunk's element; and the one an article has while some chunks are empty. */
export const CHUNK_ATTRIBUTE = 'data-chunk';
/** A chunk's or group's characters and blocks, from which reader.css (attr()) estimates its height before it is laid out. */
export const CHARS_ATTRIBUTE = 'data-chunk-chars';
export const BLOCKS_ATTRIBUTE = 'data-chunk-blocks';
export const PARTIAL_ATTRIBUTE = 'data-text-partial';

/** About two screens of text at the default size and measure. */
export const CHUNK_CHARS = 2_500;

/**
 * Chunks per group: an element around them that the browser also lays out only near the viewport.
 * Its visibility is tracked for every scrolled frame, and a chunk inside a group out of sight costs
 * that pass nothing, so the pass looks at a few dozen elements instead of a few hundred.
 */
export const CHUNKS_PER_GROUP = 8;
export const CHUNK_GROUP_CLASS = 'article__chunk-group';

/** `chunks` in groups of CHUNKS_PER_GROUP, in order (the last one may be shorter). */
export function groupChunks<C>(chunks: readonly C[]): C[][] {
  const groups: C[][] = [];
  for (let i = 0; i < chunks.length; i += CHUNKS_PER_GROUP) groups.push(chunks.slice(i, i + CHUNKS_PER_GROUP));
  return groups;
}

export type Chunk = {
  /** The id of its first block: stable for a given text. */
  key: string;
  runs: BlockRun[];
  /** Characters and blocks it holds, from which reader.css estimates its height before layout. */
  chars: number;
  blocks: number;
};

const runBlocks = (run: BlockRun) => (run.kind === 'list' ? run.blocks : [run.block]);

/**
 * Consecutive runs gathered until a chunk holds `maxChars` characters; a run (a paragraph, or a
 * whole list) is never split, so a chunk may be longer when one run is. Empty for no runs.
 */
export function chunkRuns(runs: readonly BlockRun[], maxChars = CHUNK_CHARS): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk | null = null;
  for (const run of runs) {
    const blocks = runBlocks(run);
    const chars = blocks.reduce((n, block) => n + block.text.length, 0);
    if (!current || current.chars >= maxChars) {
      current = { key: blocks[0]!.id, runs: [], chars: 0, blocks: 0 };
      chunks.push(current);
    }
    current.runs.push(run);
    current.chars += chars;
    current.blocks += blocks.length;
  }
  return chunks;
}

/** A long text cut into chunks, numbered through the whole text in reading order. */
export type LongTextLayout = {
  /** Each section's chunks, by section id; a chunk's `index` counts from the text's start. */
  bySection: ReadonlyMap<string, readonly (Chunk & { index: number })[]>;
  count: number;
  /** The chunk a block is in; for a chapter's heading (shown outside chunks), the chunk after it. */
  chunkOf: ReadonlyMap<string, number>;
};

/** Chunks every section's runs (`runsOf` says which runs a section shows) and numbers them. */
export function layoutLongText<S extends { id: string; blocks: readonly { id: string }[] }>(sections: readonly S[], runsOf: (section: S) => BlockRun[], maxChars = CHUNK_CHARS): LongTextLayout {
  const bySection = new Map<string, (Chunk & { index: number })[]>();
  const chunkOf = new Map<string, number>();
  let count = 0;
  for (const section of sections) {
    const chunks = chunkRuns(runsOf(section), maxChars).map((chunk) => ({ ...chunk, index: count++ }));
    for (const chunk of chunks) for (const run of chunk.runs) for (const block of runBlocks(run)) chunkOf.set(block.id, chunk.index);
    // A block shown outside the chunks (a chapter's heading) goes with the chunk that follows it.
    for (const block of section.blocks) if (!chunkOf.has(block.id)) chunkOf.set(block.id, chunks[0]?.index ?? Math.max(0, count - 1));
    bySection.set(section.id, chunks);
  }
  return { bySection, count, chunkOf };
}
