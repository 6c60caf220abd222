import { describe, expect, it } from 'vitest';
import type { ImportResult } from './importer';
import { txtImporter } from './txt-importer';

function parse(text: string, fileName = 'notes.txt'): ImportResult {
  return txtImporter.parse({ bytes: new TextEncoder().encode(text), fileName }) as ImportResult;
}

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('txtImporter', () => {
  it('makes a paragraph of each run of lines between blank lines, joining wrapped lines', () => {
    const { document } = ok(parse('The first paragraph\nwraps onto a second line.\n\n\nThe second one.\r\n  \r\nThe third.'));
    expect(document.sections).toEqual([
      {
        id: 's1',
        title: '',
        blocks: [
          { id: 's1-b1', kind: 'paragraph', text: 'The first paragraph wraps onto a second line.' },
          { id: 's1-b2', kind: 'paragraph', text: 'The second one.' },
          { id: 's1-b3', kind: 'paragraph', text: 'The third.' },
        ],
      },
    ]);
  });

  it('takes a short first line as the title and a "by" line as the author', () => {
    const { document } = ok(parse('The Quiet Harbour\n\nby Mara Lind\n\nThe boats came in at dusk.'));
    expect(document.title).toBe('The Quiet Harbour');
    expect(document.author).toBe('Mara Lind');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['The boats came in at dusk.']);
  });

  it('keeps a first line that reads like a sentence as text and names the document after the file', () => {
    const { document } = ok(parse('The boats came in at dusk, one by one.\n\nThen the harbour slept.', 'harbour-notes.txt'));
    expect(document.title).toBe('harbour-notes');
    expect(document.sections[0]?.blocks).toHaveLength(2);
  });

  it('keeps a wrapped first paragraph as text', () => {
    const { document } = ok(parse('A short line\nthat goes on\n\nAnd more.', 'a.txt'));
    expect(document.title).toBe('a');
    expect(document.sections[0]?.blocks[0]?.text).toBe('A short line that goes on');
  });

  it('records the encoding and warns when the file was not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Caf'), 0xe9, 0x0a, 0x0a, ...new TextEncoder().encode('Cr'), 0xe8, 0x6d, 0x65, 0x2e]);
    const result = ok(txtImporter.parse({ bytes, fileName: 'menu.txt' }) as ImportResult);
    expect(result.document.title).toBe('Café');
    expect(result.document.sections[0]?.blocks[0]?.text).toBe('Crème.');
    expect(result.document.source).toEqual({ kind: 'txt', fileName: 'menu.txt', encoding: 'windows-1252' });
    expect(result.warnings).toEqual([expect.stringContaining('“menu.txt” is not UTF-8; it was read as Windows-1252')]);
  });

  it('gives the same block ids to the same text', () => {
    const text = 'Title Here\n\nOne.\n\nTwo.\n\nThree.';
    expect(ok(parse(text)).document.sections).toEqual(ok(parse(text)).document.sections);
  });

  it('refuses a file of blank lines, naming it', () => {
    expect(parse('\n\n   \n\t\n', 'blank.txt')).toEqual({
      ok: false,
      code: 'empty',
      message: '“blank.txt” could not be imported: it holds no text to read.',
    });
  });

  it('refuses bytes that are not text', () => {
    const result = txtImporter.parse({ bytes: new Uint8Array([0, 1, 2, 3, 0, 5]), fileName: 'x.txt' });
    expect(result).toMatchObject({ ok: false, code: 'unreadable', message: '“x.txt” could not be imported: it holds binary data, not text.' });
  });
});
