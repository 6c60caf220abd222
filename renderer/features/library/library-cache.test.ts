import { beforeEach, describe, expect, it } from 'vitest';
import type { StudyApi } from '../../../electron/contract/contract';
import type { LibraryItem } from '../../../electron/contract/library';
import { changeCount, countingChanges } from '../../api/change-count';
import { forgetLibrary, keepLibrary, keptLibrary, sharedWith, type LibraryList } from './library-cache';

const item = (id: string, annotations = 0) => ({ id, title: id, annotations }) as unknown as LibraryItem;
const list = (...items: LibraryItem[]): LibraryList => ({ items, tags: [], sort: 'added' });
const api = countingChanges(new Proxy({} as StudyApi, { get: () => () => Promise.resolve({}) }));

describe('the kept library list', () => {
  beforeEach(forgetLibrary);

  it('is handed out while nothing was changed since its read was sent', async () => {
    const kept = list(item('a'));
    keepLibrary(kept, changeCount());
    await api['stats.get']({});
    expect(keptLibrary()).toBe(kept);
  });

  it('is not handed out once a change was sent after its read', () => {
    const sentAt = changeCount();
    void api['annotations.create']({} as never);
    keepLibrary(list(item('a')), sentAt);
    expect(keptLibrary()).toBeNull();
  });
});

describe('a fresh list shared with the shown one', () => {
  it('is the shown list itself when nothing differs', () => {
    const shown = list(item('a'), item('b'));
    expect(sharedWith(shown, list(item('a'), item('b')))).toBe(shown);
  });

  it('keeps the unchanged rows’ objects and takes the changed ones', () => {
    const shown = list(item('a'), item('b'));
    const fresh = sharedWith(shown, list(item('a'), item('b', 1)));
    expect(fresh).not.toBe(shown);
    expect(fresh.items[0]).toBe(shown.items[0]);
    expect(fresh.items[1]).toEqual(item('b', 1));
  });

  it('follows a new order', () => {
    const shown = list(item('a'), item('b'));
    const fresh = sharedWith(shown, list(item('b'), item('a')));
    expect(fresh.items.map((i) => i.id)).toEqual(['b', 'a']);
    expect(fresh.items[0]).toBe(shown.items[1]);
  });
});
