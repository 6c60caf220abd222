import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/domain/document/document';
import { blockRuns } from './document-outline';
import { CHUNKS_PER_GROUP, chunkRuns, groupChunks, layoutLongText } from './long-text-chunks';

const block = (id: string, chars: number, kind: Block['kind'] = 'paragraph'): Block => ({ id, kind, text: 'x'.repeat(chars) });

describe('chunkRuns', () => {
  it('starts a new chunk once one holds the character budget, keeping every block in order', () => {
    const blocks = [block('a', 40), block('b', 70), block('c', 10), block('d', 100), block('e', 5)];
    const chunks = chunkRuns(blockRuns(blocks), 100);
    expect(chunks.map((c) => c.key)).toEqual(['a', 'c', 'e']);
    expect(chunks.map((c) => [c.chars, c.blocks])).toEqual([[110, 2], [110, 2], [5, 1]]);
  });

  it('never splits a list between chunks', () => {
    const blocks = [block('a', 90), block('i1', 30, 'item'), block('i2', 30, 'item'), block('b', 10)];
    const chunks = chunkRuns(blockRuns(blocks), 100);
    expect(chunks).toHaveLength(2);
    expect(chunks[0]!.runs.map((r) => r.kind)).toEqual(['block', 'list']);
    expect(chunks[0]!.blocks).toBe(3);
    expect(chunks[1]!.key).toBe('b');
  });

  it('gives no chunk for no blocks', () => {
    expect(chunkRuns([])).toEqual([]);
  });

  it('numbers chunks through every section and knows which chunk holds a block', () => {
    const sections = [
      { id: 's1', blocks: [block('a', 60), block('b', 60), block('c', 10)] },
      { id: 's2', blocks: [block('d', 10)] },
    ];
    const layout = layoutLongText(sections, (section) => blockRuns(section.blocks), 100);
    expect(layout.count).toBe(3);
    expect(layout.bySection.get('s2')!.map((c) => c.index)).toEqual([2]);
    expect(['a', 'b', 'c', 'd'].map((id) => layout.chunkOf.get(id))).toEqual([0, 0, 1, 2]);
  });
});

describe('groupChunks', () => {
  it('groups chunks in order, CHUNKS_PER_GROUP at a time, the last group shorter', () => {
    const chunks = Array.from({ length: CHUNKS_PER_GROUP * 2 + 3 }, (_, i) => i);
    const groups = groupChunks(chunks);
    expect(groups.map((g) => g.length)).toEqual([CHUNKS_PER_GROUP, CHUNKS_PER_GROUP, 3]);
    expect(groups.flat()).toEqual(chunks);
    expect(groupChunks([])).toEqual([]);
  });
});
