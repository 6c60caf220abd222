import { describe, expect, it } from 'vitest';
import type { LibraryEntry } from '../../contract/library-values';
import { previousVersion } from './previous-version';

const entry = (id: string, importedAt: string, patch: Partial<LibraryEntry> = {}): LibraryEntry => ({
  id,
  title: 'Tides',
  author: '',
  source: { kind: 'paste' },
  importedAt,
  textHash: id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'a'),
  words: 10,
  characters: 50,
  sections: 1,
  tags: [],
  hidden: false,
  removedAt: null,
  createdAt: importedAt,
  updatedAt: importedAt,
  ...patch,
});

describe('recognising an older version', () => {
  const v1 = entry('d1', '2026-11-01T00:00:00.000Z');
  const v2 = entry('d2', '2026-11-02T00:00:00.000Z');
  it('finds the newest earlier document with the same title, whatever its case and spacing', () => {
    const v3 = entry('d3', '2026-11-03T00:00:00.000Z', { title: '  tides ' });
    expect(previousVersion(v3, [v1, v2, v3])?.id).toBe('d2');
  });

  it('finds one with the same source file name under another title', () => {
    const book = entry('b1', '2026-11-01T00:00:00.000Z', { title: 'Draft', source: { kind: 'md', fileName: 'Essay.md' } });
    const newer = entry('b2', '2026-11-05T00:00:00.000Z', { title: 'Final essay', source: { kind: 'md', fileName: 'essay.md' } });
    expect(previousVersion(newer, [book, newer])?.id).toBe('b1');
  });

  it('offers nothing for the older document, another title, or the same text', () => {
    expect(previousVersion(v1, [v1, v2])).toBeNull();
    expect(previousVersion(entry('x', '2026-11-09T00:00:00.000Z', { title: 'Winds' }), [v1])).toBeNull();
    expect(previousVersion(entry('y', '2026-11-09T00:00:00.000Z', { textHash: v1.textHash }), [v1])).toBeNull();
  });
});
