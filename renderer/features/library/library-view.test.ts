import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../../electron/contract/library';
import { matchesSearch, visibleItems, type LibraryQuery } from './library-view';

const item = (id: string, patch: Partial<LibraryItem> = {}): LibraryItem => ({
  id,
  title: id,
  author: '',
  source: { kind: 'paste' },
  importedAt: '2026-01-01T00:00:00.000Z',
  textHash: '0'.repeat(64),
  words: 100,
  characters: 600,
  sections: 1,
  tags: [],
  hidden: false,
  removedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  builtin: false,
  readingMinutes: 1,
  progress: 0,
  lastReadAt: null,
  annotations: 0,
  cards: 0,
  cardsDue: 0,
  lastSelftestPercent: null,
  features: { selftest: false, argumentMap: false },
  ...patch,
});

const query = (patch: Partial<LibraryQuery> = {}): LibraryQuery => ({ sort: 'added', search: '', tag: null, showHidden: false, ...patch });
const ids = (items: LibraryItem[]) => items.map((i) => i.id);

describe('the library view', () => {
  const builtin = item('Japan and NATO', { builtin: true, progress: 40, lastReadAt: '2026-02-01T00:00:00.000Z' });
  const tides = item('tides', { title: 'Notes on tides', author: 'Zoë Marsh', progress: 90, tags: ['ocean'], importedAt: '2026-01-03T00:00:00.000Z' });
  const apples = item('apples', { title: 'apples of Normandy', progress: 40, lastReadAt: '2026-03-01T00:00:00.000Z', importedAt: '2026-01-02T00:00:00.000Z' });
  const all = [builtin, tides, apples];

  it('keeps the library order by default: built-in first, then the user’s in the order they came in', () => {
    expect(ids(visibleItems(all, query()))).toEqual(['Japan and NATO', 'tides', 'apples']);
  });

  it('sorts by title ignoring case, by progress (then title), and by last read with unread ones last', () => {
    expect(ids(visibleItems(all, query({ sort: 'title' })))).toEqual(['apples', 'Japan and NATO', 'tides']);
    expect(ids(visibleItems(all, query({ sort: 'progress' })))).toEqual(['tides', 'apples', 'Japan and NATO']);
    expect(ids(visibleItems(all, query({ sort: 'recent' })))).toEqual(['apples', 'Japan and NATO', 'tides']);
  });

  it('searches titles and authors, every word, blind to case and accents', () => {
    expect(matchesSearch(tides, 'zoe')).toBe(true);
    expect(matchesSearch(tides, 'TIDES marsh')).toBe(true);
    expect(matchesSearch(tides, 'tides moon')).toBe(false);
    expect(ids(visibleItems(all, query({ search: '  normandy ' })))).toEqual(['apples']);
  });

  it('filters by tag and leaves hidden documents out unless asked', () => {
    expect(ids(visibleItems(all, query({ tag: 'ocean' })))).toEqual(['tides']);
    const hidden = [{ ...builtin, hidden: true }, tides];
    expect(ids(visibleItems(hidden, query()))).toEqual(['tides']);
    expect(ids(visibleItems(hidden, query({ showHidden: true })))).toEqual(['Japan and NATO', 'tides']);
  });
});
