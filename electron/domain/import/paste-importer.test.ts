import { describe, expect, it } from 'vitest';
import { importPastedText } from './index';

describe('importPastedText', () => {
  it('uses the typed title and author and keeps every paragraph as text', async () => {
    const result = await importPastedText({ text: 'Short Heading\n\nThe text itself.', title: '  My clipping ', author: 'Jo Park' });
    expect(result).toEqual({
      ok: true,
      warnings: [],
      document: {
        title: 'My clipping',
        author: 'Jo Park',
        source: { kind: 'paste' },
        sections: [
          {
            id: 's1',
            title: '',
            blocks: [
              { id: 's1-b1', kind: 'paragraph', text: 'Short Heading' },
              { id: 's1-b2', kind: 'paragraph', text: 'The text itself.' },
            ],
          },
        ],
      },
    });
  });

  it('without a typed title takes a first line that looks like one, else "Pasted text"', async () => {
    const titled = await importPastedText({ text: 'Short Heading\n\nThe text itself.', title: '', author: '' });
    expect(titled.ok && titled.document.title).toBe('Short Heading');
    const untitled = await importPastedText({ text: 'Just one sentence here.', title: ' ', author: '' });
    expect(untitled.ok && untitled.document.title).toBe('Pasted text');
  });

  it('refuses an empty paste with a message', async () => {
    expect(await importPastedText({ text: ' \n\n ', title: 'Nothing', author: '' })).toEqual({
      ok: false,
      code: 'empty',
      message: '“Pasted text” could not be imported: it holds no text to read.',
    });
  });
});
