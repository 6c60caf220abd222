import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../../../electron/contract/library';
import { batchSummary, refusalFor, stepAfter } from './import-outcome';

const item = { id: 'd-1', title: 'Notes on tides' } as LibraryItem;

describe('stepAfter', () => {
  it('opens a new document and says so, with the importer’s warnings', () => {
    expect(stepAfter({ outcome: 'imported', item, warnings: ['read as Windows-1252'] })).toEqual({
      notice: { kind: 'imported', id: 'd-1', title: 'Notes on tides', warnings: ['read as Windows-1252'] },
      open: 'd-1',
    });
  });

  it('offers the document already in the library instead of opening it', () => {
    expect(stepAfter({ outcome: 'duplicate', item })).toEqual({ notice: { kind: 'duplicate', id: 'd-1', title: 'Notes on tides' }, open: null });
  });

  it('says a stopped import saved nothing, naming the file', () => {
    expect(stepAfter({ outcome: 'stopped', fileName: 'slow.md' })).toEqual({ notice: { kind: 'stopped', fileName: 'slow.md' }, open: null });
  });

  it('does nothing when the dialog was cancelled', () => {
    expect(stepAfter({ outcome: 'cancelled' })).toEqual({ notice: null, open: null });
  });
});

describe('refusalFor', () => {
  it('keeps a message that names the file', () => {
    expect(refusalFor('a.epub', '“a.epub” could not be imported: it is protected by DRM.')).toEqual({ kind: 'refused', message: '“a.epub” could not be imported: it is protected by DRM.' });
  });

  it('names the file in front of a message that does not', () => {
    expect(refusalFor('a.txt', 'Lectern’s local server did not answer.')).toEqual({ kind: 'refused', message: '“a.txt” was not imported: Lectern’s local server did not answer.' });
  });
});

describe('batchSummary', () => {
  it('sorts each file’s end into one notice, names refused files, and holds packs for review', () => {
    const review = { outcome: 'review', token: 't', fileName: 'p.lectern.json', title: 'A pack', warnings: [], counts: { blocks: 1, cards: 0, questions: 0, mapNodes: 0 } } as never;
    const { notice, reviews } = batchSummary(
      [
        { fileName: 'a.txt', outcome: { outcome: 'imported', item, warnings: ['read as Windows-1252'] } },
        { fileName: 'b.txt', outcome: { outcome: 'duplicate', item: { id: 'd-0', title: 'Old' } as LibraryItem } },
        { fileName: 'c.txt', refused: 'Lectern’s local server did not answer.' },
        { fileName: 'p.lectern.json', outcome: review },
        { fileName: 'd.md', outcome: { outcome: 'stopped', fileName: 'd.md' } },
      ],
      ['e.md'],
    );
    expect(notice).toEqual({
      kind: 'batch',
      count: 6,
      imported: [{ id: 'd-1', title: 'Notes on tides', warnings: ['read as Windows-1252'] }],
      duplicates: [{ id: 'd-0', title: 'Old' }],
      held: ['A pack'],
      refused: ['“c.txt” was not imported: Lectern’s local server did not answer.'],
      notSaved: ['d.md', 'e.md'],
    });
    expect(reviews).toEqual([review]);
  });
});
