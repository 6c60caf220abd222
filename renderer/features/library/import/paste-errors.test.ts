import { describe, expect, it } from 'vitest';
import { pasteErrorsOf } from './paste-errors';

describe('pasteErrorsOf', () => {
  it('puts each of the contract’s messages under its field, as a sentence', () => {
    expect(pasteErrorsOf('Invalid input for library.paste: title: a title cannot be empty; text: paste some text first')).toEqual({
      title: 'A title cannot be empty.',
      text: 'Paste some text first.',
    });
  });

  it('keeps a message that names no field for the whole form', () => {
    expect(pasteErrorsOf('Not imported: your data file belongs to a newer version of Lectern, so this version will not change it.')).toEqual({
      form: 'Not imported: your data file belongs to a newer version of Lectern, so this version will not change it.',
    });
  });

  it('keeps the first message of a field that has several', () => {
    expect(pasteErrorsOf('Invalid input for library.paste: author: an author holds at most 200 characters; author: other')).toEqual({ author: 'An author holds at most 200 characters.' });
  });
});
