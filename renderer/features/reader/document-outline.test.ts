import { describe, expect, it } from 'vitest';
import type { Block, Section } from '../../../electron/domain/document/document';
import { blockRuns, chapterHeadingBlock, contentsOf, currentSectionIndex, sectionHeadingId } from './document-outline';

const block = (id: string, kind: Block['kind'], text = id): Block => ({ id, kind, text });

describe('the reader’s outline of a document', () => {
  it('gathers consecutive list items into one list and leaves other blocks alone', () => {
    const runs = blockRuns([block('a', 'paragraph'), block('b', 'item'), block('c', 'item'), block('d', 'quote'), block('e', 'item')]);
    expect(runs.map((run) => (run.kind === 'list' ? run.blocks.map((b) => b.id) : run.block.id))).toEqual(['a', ['b', 'c'], 'd', ['e']]);
  });

  it('shows a chapter line once: as the heading of its section', () => {
    const section: Section = { id: 's2', title: 'Chapter 2  The coast', blocks: [block('s2-b1', 'heading', 'Chapter 2 The coast'), block('s2-b2', 'paragraph')] };
    expect(chapterHeadingBlock(section)?.id).toBe('s2-b1');
    expect(sectionHeadingId(section)).toBe('paragraph-s2-b1');
    const titled: Section = { id: 's3', title: 'Tides', blocks: [block('s3-b1', 'paragraph')] };
    expect(chapterHeadingBlock(titled)).toBeNull();
    expect(sectionHeadingId(titled)).toBe('section-s3');
    expect(chapterHeadingBlock({ id: 's1', title: '', blocks: [block('x', 'heading', '')] })).toBeNull();
  });

  it('lists contents only for a document of two or more titled sections', () => {
    const one: Section = { id: 's1', title: 'Only', blocks: [block('a', 'paragraph')] };
    const untitled: Section = { id: 's0', title: '', blocks: [block('b', 'paragraph')] };
    const two: Section = { id: 's2', title: 'Second', blocks: [block('c', 'paragraph')] };
    expect(contentsOf([untitled])).toEqual([]);
    expect(contentsOf([untitled, one])).toEqual([]);
    expect(contentsOf([untitled, one, two])).toEqual([
      { sectionId: 's1', title: 'Only' },
      { sectionId: 's2', title: 'Second' },
    ]);
  });

  it('finds the section whose top last passed the reading line', () => {
    const tops = [-900, -100, 250, 1200];
    const at = (line: number) => currentSectionIndex((i) => tops[i]!, tops.length, line);
    expect(at(300)).toBe(2);
    expect(at(200)).toBe(1);
    expect(at(-1000)).toBe(0);
    expect(at(5000)).toBe(3);
  });
});
