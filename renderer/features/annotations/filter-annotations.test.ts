import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../electron/contract/annotations';
import { applyFilters, noFilters, tagCounts } from './filter-annotations';
import { view } from './fixtures';

const id = (s: string) => s as AnnotationView['id'];
const items = [
  view({ id: id('late'), at: ['p3', 5, 9], color: 'green', note: 'Über “summit” notes', tags: ['NATO'], createdAt: '2026-03-01T09:00:00.000Z' }),
  view({ id: id('early'), at: ['p1', 5, 9], color: 'yellow', target: { quote: { exact: 'Japan’s alignment', prefix: '', suffix: '' }, position: { start: 0, end: 17 } }, tags: ['nato', 'dates'], createdAt: '2026-03-03T09:00:00.000Z' }),
  view({ id: id('lost'), at: null, color: 'pink', note: 'kept', createdAt: '2026-03-02T09:00:00.000Z' }),
];
const ids = (list: AnnotationView[]) => list.map((a) => a.id);

describe('applyFilters', () => {
  it('sorts in reading order or newest first, orphans apart', () => {
    expect(ids(applyFilters(items, noFilters).anchored)).toEqual(['early', 'late']);
    expect(ids(applyFilters(items, noFilters).orphaned)).toEqual(['lost']);
    expect(ids(applyFilters(items, { ...noFilters, sort: 'newest' }).anchored)).toEqual(['early', 'late']);
    expect(ids(applyFilters([items[0]!, items[1]!].reverse(), { ...noFilters, sort: 'newest' }).anchored)).toEqual(['early', 'late']);
  });

  it('filters by colours and by tag, ignoring case', () => {
    expect(ids(applyFilters(items, { ...noFilters, colors: ['green', 'pink'] }).anchored)).toEqual(['late']);
    expect(ids(applyFilters(items, { ...noFilters, colors: ['green', 'pink'] }).orphaned)).toEqual(['lost']);
    expect(ids(applyFilters(items, { ...noFilters, tag: 'NATO' }).anchored)).toEqual(['early', 'late']);
    expect(ids(applyFilters(items, { ...noFilters, tag: 'dates' }).anchored)).toEqual(['early']);
  });

  it('searches notes and quotes by every word, without case, accents or quote styles mattering', () => {
    expect(ids(applyFilters(items, { ...noFilters, query: 'uber "SUMMIT"' }).anchored)).toEqual(['late']);
    expect(ids(applyFilters(items, { ...noFilters, query: "japan's" }).anchored)).toEqual(['early']);
    expect(ids(applyFilters(items, { ...noFilters, query: 'kept' }).orphaned)).toEqual(['lost']);
    expect(applyFilters(items, { ...noFilters, query: 'summit absent' }).anchored).toEqual([]);
  });
});

describe('tagCounts', () => {
  it('counts each tag once whatever its case, alphabetically', () => {
    expect(tagCounts(items)).toEqual([{ tag: 'dates', count: 1 }, { tag: 'NATO', count: 2 }]);
  });
});
