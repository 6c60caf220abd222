import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../../../electron/contract/library';
import { batchSummary, foldReview, refusalFor, stepAfter } from './import-outcome';

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
        { fileName: 'q.lectern.json', outcome: { outcome: 'imported', item: { id: 'd-q', title: 'Q' } as LibraryItem, warnings: [], message: 'Updated “Q” from version 1 to 2.' } },
      ],
      ['e.md'],
    );
    expect(notice).toEqual({
      kind: 'batch',
      count: 7,
      imported: [{ id: 'd-1', title: 'Notes on tides', warnings: ['read as Windows-1252'] }],
      // A newer version replaced the old one: said, and out of Undo's reach.
      updated: ['Updated “Q” from version 1 to 2.'],
      duplicates: [{ id: 'd-0', title: 'Old' }],
      held: [{ token: 't', title: 'A pack' }],
      declined: [],
      refused: ['“c.txt” was not imported: Lectern’s local server did not answer.'],
      notSaved: ['d.md', 'e.md'],
    });
    expect(reviews).toEqual([review]);
  });
});

describe('foldReview', () => {
  const notice = batchSummary([], ['x']).notice;
  const waiting = { ...notice, held: [{ token: 't-1', title: 'P' }, { token: 't-2', title: 'P' }] };

  it('moves a pack accepted at review among the imported, without the warnings just accepted', () => {
    const told = foldReview(waiting, 't-2', { outcome: 'imported', item, warnings: ['card c: a warning'] });
    expect(told.held).toEqual([{ token: 't-1', title: 'P' }]);
    expect(told.imported).toEqual([{ id: 'd-1', title: 'Notes on tides', warnings: [] }]);
  });

  it('tells an update, a duplicate and a cancelled review each in its own list', () => {
    expect(foldReview(waiting, 't-1', { outcome: 'imported', item, warnings: [], message: 'Updated.' })).toMatchObject({ imported: [], updated: ['Updated.'] });
    expect(foldReview(waiting, 't-1', { outcome: 'duplicate', item })).toMatchObject({ duplicates: [{ id: 'd-1', title: 'Notes on tides' }] });
    expect(foldReview(waiting, 't-1', { outcome: 'cancelled' })).toMatchObject({ declined: ['P'], held: [{ token: 't-2', title: 'P' }] });
  });

  it('changes nothing for a review it does not hold', () => {
    expect(foldReview(waiting, 't-9', { outcome: 'cancelled' })).toBe(waiting);
  });
});
