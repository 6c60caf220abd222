import { describe, expect, it } from 'vitest';
import type { StudyApi } from '../../electron/contract/contract';
import { changeCount, countingChanges, isReadOnly } from './change-count';

const fakeApi = (calls: string[], fail = false) =>
  new Proxy({} as StudyApi, {
    get: (_target, method) => (input: unknown) => {
      calls.push(String(method));
      return fail ? Promise.reject(new Error('refused')) : Promise.resolve(input);
    },
  });

describe('change count', () => {
  it('leaves the count alone for a read', async () => {
    const calls: string[] = [];
    const api = countingChanges(fakeApi(calls));
    const before = changeCount();
    await api['library.list']({});
    await api['stats.get']({});
    expect(changeCount()).toBe(before);
    expect(calls).toEqual(['library.list', 'stats.get']);
  });

  it('counts a change as it is sent and again as it settles', async () => {
    const api = countingChanges(fakeApi([]));
    const before = changeCount();
    const saving = api['reading.save']({ documentId: 'japan-nato', paragraphId: 'p1', offset: 0, percent: 1 });
    expect(changeCount()).toBe(before + 1);
    await saving;
    await Promise.resolve();
    expect(changeCount()).toBe(before + 2);
  });

  it('counts a change that failed too (it may have been half done by the time it failed)', async () => {
    const api = countingChanges(fakeApi([], true));
    const before = changeCount();
    await expect(api['annotations.delete']({ id: 'a1' } as never)).rejects.toThrow('refused');
    await Promise.resolve();
    expect(changeCount()).toBe(before + 2);
  });

  it('takes a method it does not know for a change', () => {
    expect(isReadOnly('library.list')).toBe(true);
    expect(isReadOnly('library.update')).toBe(false);
    expect(isReadOnly('someday.newMethod')).toBe(false);
  });
});
