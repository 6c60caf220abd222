import { describe, expect, it } from 'vitest';
import type { LibraryItem } from '../../../../electron/contract/library';
import { refusalFor, stepAfter } from './import-outcome';

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
