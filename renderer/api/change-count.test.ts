import { describe, expect, it, vi } from 'vitest';
import type { StudyApi } from '../../electron/contract/contract';
import { methods } from '../../electron/contract/contract';
import { changeCount, countingChanges, isReadOnly, onChangeSettled } from './change-count';

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

  it('takes exactly the contract methods that only read for reads', () => {
    // A method added to the contract lands here: say whether it only reads (it then skips the web
    // host's queue and leaves kept views alone) or may change what the store holds.
    const reads = [
      'annotations.export',
      'annotations.list',
      'app.status',
      'argumentMap.get',
      'cards.export',
      'cards.list',
      'flashcards.session',
      'flashcards.settings',
      'library.importProgress',
      'library.list',
      'library.packCredits',
      'questions.check',
      'questions.exportMoodle',
      'questions.list',
      'reading.get',
      'selftest.cards',
      'selftest.current',
      'selftest.history',
      'selftest.overview',
      'selftest.result',
      'settings.get',
      'stats.get',
      'transfer.formats',
    ];
    expect(methods.filter(isReadOnly).sort()).toEqual(reads);
    // Opening a document marks it read last; exporting a pack counts its version up.
    expect(isReadOnly('library.open')).toBe(false);
    expect(isReadOnly('library.exportPack')).toBe(false);
    // How far an import's reading got is asked four times a second while a file is read: as a
    // change, each answer would send every kept view (the library's list) to read again. Stop is a change.
    expect(isReadOnly('library.stopImport')).toBe(false);
  });

  it('tells every listener of a settled change, even when one of them throws', async () => {
    const api = countingChanges(fakeApi([]));
    const reported = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const heard: string[] = [];
    const stopFirst = onChangeSettled(() => {
      heard.push('first');
      throw new Error('a listener failed');
    });
    const stopSecond = onChangeSettled(() => heard.push('second'));
    await api['reading.save']({ documentId: 'japan-nato', paragraphId: 'p1', offset: 0, percent: 1 });
    await Promise.resolve();
    stopFirst();
    stopSecond();
    expect(heard).toEqual(['first', 'second']);
    expect(reported).toHaveBeenCalledWith(new Error('a listener failed'));
    reported.mockRestore();
  });

  it('takes a method it does not know for a change', () => {
    expect(isReadOnly('library.list')).toBe(true);
    expect(isReadOnly('library.update')).toBe(false);
    expect(isReadOnly('someday.newMethod')).toBe(false);
  });
});
