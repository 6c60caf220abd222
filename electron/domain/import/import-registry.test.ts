import { describe, expect, it } from 'vitest';
import { buildSections } from './build-sections';
import { buildEpub } from './fixtures/epub-fixture';
import { createImportRegistry, IMPORT_LIMITS } from './import-registry';
import type { DocumentImporter } from './importer';
import { acceptedExtensions, documentImporters, fileFilters, importFile } from './index';

const encode = (text: string) => new TextEncoder().encode(text);

describe('importFile', () => {
  it('imports a file by its extension', async () => {
    const result = await importFile({ bytes: encode('Hello there\n\nA first paragraph.'), fileName: 'hello.txt' });
    expect(result).toMatchObject({ ok: true, document: { title: 'Hello there', source: { kind: 'txt', fileName: 'hello.txt' } } });
  });

  it('refuses a file over the size cap, naming it and the cap', async () => {
    const result = await importFile({ bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 5 * 1024 * 1024 + 1), fileName: 'huge.txt' });
    expect(result).toEqual({
      ok: false,
      code: 'too-large',
      message: '“huge.txt” could not be imported: it is 55.0 MB, over the 50 MB a file may be.',
    });
  });

  it('refuses an empty file', async () => {
    expect(await importFile({ bytes: new Uint8Array(0), fileName: 'nothing.txt' })).toEqual({
      ok: false,
      code: 'empty',
      message: '“nothing.txt” could not be imported: the file is empty.',
    });
  });

  it('refuses a file that is not what its extension says, and says what it looks like', async () => {
    const pdf = encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj');
    const result = await importFile({ bytes: new Uint8Array([...pdf, 0, 0, 0]), fileName: 'paper.txt' });
    expect(result).toEqual({
      ok: false,
      code: 'wrong-type',
      message: '“paper.txt” could not be imported: it is not a Plain text file; it looks like a PDF document. Check that its name ends in the right extension.',
    });
  });

  it('refuses a text file that cannot be decoded with the decoder\'s reason, not as the wrong type', async () => {
    // A UTF-16 byte order mark, then a high surrogate with no low one after it.
    expect(await importFile({ bytes: new Uint8Array([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x42, 0]), fileName: 'notes.txt' })).toEqual({
      ok: false,
      code: 'unreadable',
      message: '“notes.txt” could not be imported: its bytes are not valid UTF-16 (little-endian) text.',
    });
    expect(await importFile({ bytes: new Uint8Array([0x41, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 0x43]), fileName: 'notes.md' })).toEqual({
      ok: false,
      code: 'unreadable',
      message: '“notes.md” could not be imported: it holds binary data, not text.',
    });
  });

  it('refuses an extension no importer accepts, listing the ones it does', async () => {
    const result = await importFile({ bytes: encode('{\\rtf1 Hello}'), fileName: 'letter.rtf' });
    expect(result).toMatchObject({ ok: false, code: 'wrong-type' });
    expect(!result.ok && result.message).toMatch(/^“letter\.rtf” could not be imported: Lectern imports \.[a-z]+(, \.[a-z]+)* and \.[a-z]+ files, not \.rtf\.$/);
  });

  it('refuses an image named .md and a book named .txt, saying what each really is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await importFile({ bytes: png, fileName: 'diagram.md' })).toMatchObject({
      ok: false,
      code: 'wrong-type',
      message: '“diagram.md” could not be imported: it is not a Markdown file; it looks like a PNG image. Check that its name ends in the right extension.',
    });
    const epub = buildEpub({ title: 'Book', chapters: [{ title: 'One', paragraphs: ['Text.'] }] });
    expect(await importFile({ bytes: epub, fileName: 'book.txt' })).toMatchObject({ ok: false, code: 'wrong-type', message: expect.stringContaining('it looks like a zip archive') });
    expect(await importFile({ bytes: epub, fileName: 'book' })).toMatchObject({ ok: true, document: { source: { kind: 'epub' } } });
  });

  it('imports UTF-16 text and returns the encoding warning', async () => {
    const text = 'Überschrift\n\nGrüße aus Köln.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    const result = await importFile({ bytes, fileName: 'gruss.txt' });
    expect(result).toMatchObject({ ok: true, document: { title: 'Überschrift', source: { encoding: 'UTF-16LE' } } });
    expect(result.ok && result.warnings).toEqual(['“gruss.txt” is not UTF-8; it was read as UTF-16 (little-endian). If letters look wrong, save it as UTF-8 and import it again.']);
  });

  it('imports a file without an extension by sniffing it', async () => {
    const result = await importFile({ bytes: encode('Just text.'), fileName: 'README' });
    expect(result).toMatchObject({ ok: true, document: { source: { kind: 'txt' } } });
  });

  it('reports progress from 0 to 1', async () => {
    const seen: number[] = [];
    await importFile({ bytes: encode('Text.'), fileName: 'a.txt', onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
  });

  it('lists the extensions and file filters from the importers', () => {
    for (const importer of documentImporters) {
      for (const extension of importer.extensions) expect(acceptedExtensions).toContain(extension);
    }
    expect(fileFilters[0]).toEqual({ name: 'All supported', extensions: [...acceptedExtensions] });
  });
});

// A format that exists only in this test: one module (the object below) and one registry line.
const toyImporter: DocumentImporter = {
  id: 'toy',
  label: 'Toy lines',
  extensions: ['toy'],
  sniff: ({ bytes }) => new TextDecoder().decode(bytes.subarray(0, 4)) === 'TOY\n',
  parse({ bytes, fileName }) {
    const [title = '', ...lines] = new TextDecoder().decode(bytes.subarray(4)).split('\n');
    const built = buildSections([{ title: '', blocks: lines.map((text) => ({ kind: 'item' as const, text })) }], fileName);
    if (!built.ok) return built;
    return { ok: true, document: { title, author: '', source: { kind: 'txt', fileName }, sections: built.sections }, warnings: [] };
  },
};

describe('a new format', () => {
  const registry = createImportRegistry([toyImporter, ...documentImporters]);

  it('is one module and one registry line: its files import and its extension is offered', async () => {
    expect(registry.acceptedExtensions).toContain('toy');
    expect(registry.fileFilters).toContainEqual({ name: 'Toy lines', extensions: ['toy'] });
    const result = await registry.importFile({ bytes: encode('TOY\nShopping\nmilk\nbread'), fileName: 'list.toy' });
    expect(result).toMatchObject({
      ok: true,
      document: { title: 'Shopping', sections: [{ blocks: [{ id: 's1-b1', kind: 'item', text: 'milk' }, { id: 's1-b2', kind: 'item', text: 'bread' }] }] },
    });
  });

  it('is refused through the same checks as every other format', async () => {
    const result = await registry.importFile({ bytes: encode('not a toy'), fileName: 'fake.toy' });
    expect(result).toMatchObject({ ok: false, code: 'wrong-type', message: expect.stringContaining('it is not a Toy lines file') });
  });

  it('is not known to the app registry until listed', () => {
    expect(acceptedExtensions).not.toContain('toy');
  });
});
