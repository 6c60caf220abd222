// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudyApi } from '../../../electron/contract/contract';
import type { LibraryItem } from '../../../electron/contract/library';
import { libraryItem } from '../app/fixtures';

type Deferred<T> = { promise: Promise<T>; resolve: (value: T) => void };
const deferred = <T>(): Deferred<T> => {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
};

const made = <T>(queue: Deferred<T>[], index: number): Deferred<T> => {
  const call = queue[index];
  if (!call) throw new Error(`call ${index + 1} was never made`);
  return call;
};

type ListAnswer = { items: LibraryItem[]; tags: string[]; sort: 'recent' };
const lists: Deferred<ListAnswer>[] = [];
const saves: Deferred<unknown>[] = [];
const updates: Deferred<LibraryItem>[] = [];
const answer = (progress: number, title = 'Notes on tides'): ListAnswer => ({ items: [libraryItem({ progress, title })], tags: [], sort: 'recent' });

// The real change counting over a fake main side whose every answer the test gives by hand.
vi.mock('../../api/client', async () => {
  const { countingChanges } = await import('../../api/change-count');
  const pending = <T>(queue: Deferred<T>[]) => () => {
    const call = deferred<T>();
    queue.push(call);
    return call.promise;
  };
  const fake = { 'library.list': pending(lists), 'reading.save': pending(saves), 'library.update': pending(updates) };
  return { api: countingChanges(fake as unknown as StudyApi) };
});

const { api } = await import('../../api/client');
const { useLibrary } = await import('./useLibrary');
const { forgetLibrary } = await import('./library-cache');

const progressShown = (state: ReturnType<typeof useLibrary>['library']) => (state.state === 'ready' ? state.items[0]?.progress : null);

afterEach(cleanup);
beforeEach(() => {
  lists.length = 0;
  saves.length = 0;
  updates.length = 0;
  forgetLibrary();
});

describe('useLibrary', () => {
  it('reads the list again when a place saved as the reader closed lands after the first read', async () => {
    // The reader's last save is on its way as the library opens; its list is answered from the data before it.
    void api['reading.save']({ documentId: 'doc-tides', paragraphId: 'b4', offset: 0, percent: 60 });
    const { result } = renderHook(() => useLibrary());
    expect(lists).toHaveLength(1);
    await act(async () => made(lists, 0).resolve(answer(0)));
    expect(progressShown(result.current.library)).toBe(0);

    await act(async () => made(saves, 0).resolve({}));
    expect(lists).toHaveLength(2);
    await act(async () => made(lists, 1).resolve(answer(60)));
    expect(progressShown(result.current.library)).toBe(60);
  });

  it('keeps the newer list when an older read answers last', async () => {
    void api['reading.save']({ documentId: 'doc-tides', paragraphId: 'b4', offset: 0, percent: 60 });
    const { result } = renderHook(() => useLibrary());
    await act(async () => made(saves, 0).resolve({}));
    expect(lists).toHaveLength(2);
    await act(async () => made(lists, 1).resolve(answer(60)));
    await act(async () => made(lists, 0).resolve(answer(0)));
    expect(progressShown(result.current.library)).toBe(60);
  });

  it('reads the list once after its own change, and resolves the change only with that list shown', async () => {
    const { result } = renderHook(() => useLibrary());
    await act(async () => made(lists, 0).resolve(answer(0)));
    let renamed: LibraryItem | null = null;
    act(() => void result.current.updateDetails('doc-tides', { title: 'Tides', author: '', tags: [] }).then((item) => (renamed = item)));
    await act(async () => made(updates, 0).resolve(libraryItem({ title: 'Tides' })));
    expect(lists).toHaveLength(2);
    expect(renamed).toBeNull();
    await act(async () => made(lists, 1).resolve(answer(0, 'Tides')));
    await waitFor(() => expect(renamed).not.toBeNull());
    expect(result.current.library.state === 'ready' && result.current.library.items[0]?.title).toBe('Tides');
  });

  it('stops listening once the library is closed', async () => {
    const { unmount } = renderHook(() => useLibrary());
    unmount();
    void api['reading.save']({ documentId: 'doc-tides', paragraphId: 'b4', offset: 0, percent: 60 });
    await act(async () => made(saves, 0).resolve({}));
    expect(lists).toHaveLength(1);
  });
});
