import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildEpub, type FixtureBook } from '../fixtures/epub-fixture';
import { zipBomb } from '../fixtures/zip-bomb';
import type { ImportResult } from '../importer';
import { importFile } from '../index';
import { epubImporter } from './epub-importer';
import { ZIP_LIMITS } from './read-zip';

const book: FixtureBook = {
  title: 'A Year on the Marsh',
  authors: ['Ruth Caldwell', 'Tom Ashby'],
  chapters: [
    { title: 'Winter', paragraphs: ['The geese arrive in the first hard frost.', 'By December the reeds are grey and loud with wind.'] },
    { title: 'Spring', paragraphs: ['Lapwings tumble over the wet fields.'] },
    { title: 'Summer', paragraphs: ['The dykes dry to a thread of brown water.'], heading: false },
  ],
};

async function parse(bytes: Uint8Array, fileName = 'marsh.epub'): Promise<ImportResult> {
  return epubImporter.parse({ bytes, fileName });
}

async function document(bytes: Uint8Array) {
  const result = await parse(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

describe('epubImporter', () => {
  it('makes each spine item a section titled from the navigation document', async () => {
    const imported = await document(buildEpub(book));
    expect(imported.title).toBe('A Year on the Marsh');
    expect(imported.author).toBe('Ruth Caldwell, Tom Ashby');
    expect(imported.source).toEqual({ kind: 'epub', fileName: 'marsh.epub' });
    expect(imported.sections.map((section) => [section.id, section.title, section.blocks.map((block) => [block.id, block.kind, block.text])])).toEqual([
      ['s1', 'Winter', [['s1-b1', 'heading', 'Winter'], ['s1-b2', 'paragraph', 'The geese arrive in the first hard frost.'], ['s1-b3', 'paragraph', 'By December the reeds are grey and loud with wind.']]],
      ['s2', 'Spring', [['s2-b1', 'heading', 'Spring'], ['s2-b2', 'paragraph', 'Lapwings tumble over the wet fields.']]],
      ['s3', 'Summer', [['s3-b1', 'paragraph', 'The dykes dry to a thread of brown water.']]],
    ]);
  });

  it('takes chapter titles from the NCX of an EPUB 2 book', async () => {
    const imported = await document(buildEpub({ ...book, version: 2 }));
    expect(imported.sections.map((section) => section.title)).toEqual(['Winter', 'Spring', 'Summer']);
  });

  it('reduces chapter markup to quotes, items and paragraphs, and leaves out a page of only an image', async () => {
    const chapter = `<html xmlns="http://www.w3.org/1999/xhtml"><body>
      <h2>Notes</h2><blockquote><p>Quoted <em>words</em>.</p></blockquote>
      <ul><li>One<a id="x"/></li><li>Two&#160;items</li></ul><p>After<br/>a break.</p></body></html>`;
    const bytes = buildEpub({
      ...book,
      chapters: [{ title: 'Cover', paragraphs: [], heading: false }, { title: 'Notes', paragraphs: [] }],
      extraEntries: {
        'OEBPS/text/chapter-1.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><body><img src="../cover.jpg" alt="The cover"/></body></html>',
        'OEBPS/text/chapter-2.xhtml': chapter,
      },
    });
    const imported = await document(bytes);
    expect(imported.sections).toHaveLength(1);
    expect(imported.sections[0]?.id).toBe('s1');
    expect(imported.sections[0]?.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['heading', 'Notes'],
      ['quote', 'Quoted words.'],
      ['item', 'One'],
      ['item', 'Two items'],
      ['paragraph', 'After a break.'],
    ]);
  });

  it('reads a chapter of bare text and one that omits its body tag, with the rest of the book', async () => {
    const bytes = buildEpub({
      ...book,
      extraEntries: {
        'OEBPS/text/chapter-1.xhtml': 'The geese arrive in the first hard frost.',
        'OEBPS/text/chapter-2.xhtml': '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Spring</title></head><p>Lapwings tumble.</p><p>Rain.</p></html>',
      },
    });
    const imported = await document(bytes);
    expect(imported.sections.map((section) => [section.title, section.blocks.map((block) => block.text)])).toEqual([
      ['Winter', ['The geese arrive in the first hard frost.']],
      ['Spring', ['Lapwings tumble.', 'Rain.']],
      ['Summer', ['The dykes dry to a thread of brown water.']],
    ]);
  });

  it('reads a book whose container, package, navigation and chapters are UTF-16, as OCF allows', async () => {
    const utf16 = (text: string) => {
      const bytes = new Uint8Array(2 + text.length * 2);
      bytes.set([0xff, 0xfe]);
      for (let i = 0; i < text.length; i += 1) new DataView(bytes.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
      return bytes;
    };
    const entries = unzipSync(buildEpub(book));
    const recoded = Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [
      name,
      name === 'mimetype' ? bytes : utf16(new TextDecoder().decode(bytes).replace('<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-16"?>')),
    ]));
    const imported = await document(zipSync(recoded, { level: 0 }));
    expect(imported.title).toBe('A Year on the Marsh');
    expect(imported.sections.map((section) => section.title)).toEqual(['Winter', 'Spring', 'Summer']);
    expect(imported.sections[0]?.blocks[1]?.text).toBe('The geese arrive in the first hard frost.');
  });

  it('imports a book whose spine lists a chapter the zip does not hold, and warns of it by name', async () => {
    const result = await parse(buildEpub({ ...book, omit: ['OEBPS/text/chapter-2.xhtml'] }));
    if (!result.ok) throw new Error(result.message);
    expect(result.document.sections.map((section) => section.title)).toEqual(['Winter', 'Summer']);
    expect(result.warnings).toEqual(['“marsh.epub” lists a chapter that the file does not hold (“OEBPS/text/chapter-2.xhtml”), so it is missing; the rest of the book was imported.']);
    const complete = await parse(buildEpub(book));
    expect(complete.ok && complete.warnings).toEqual([]);
  });

  it('reports progress as chapters are read', async () => {
    const seen: number[] = [];
    await epubImporter.parse({ bytes: buildEpub(book), fileName: 'marsh.epub', onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.every((fraction) => fraction > 0 && fraction < 1)).toBe(true);
  });

  it('refuses a DRM-protected book: Adobe rights.xml', async () => {
    const result = await parse(buildEpub({ ...book, extraEntries: { 'META-INF/rights.xml': '<rights xmlns="http://ns.adobe.com/adept"/>' } }));
    expect(result).toEqual({
      ok: false,
      code: 'drm',
      message: '“marsh.epub” could not be imported: the book is protected by DRM (copy protection), so its text cannot be read. Import a DRM-free copy of the book instead.',
    });
  });

  it('refuses a book whose chapters encryption.xml encrypts, and imports one with only obfuscated fonts', async () => {
    const encryption = (algorithm: string, uri: string) => `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
      <enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData></encryption>`;
    const locked = await parse(buildEpub({ ...book, extraEntries: { 'META-INF/encryption.xml': encryption('http://www.w3.org/2001/04/xmlenc#aes128-cbc', 'OEBPS/text/chapter-1.xhtml') } }));
    expect(locked).toMatchObject({ ok: false, code: 'drm' });
    const fonts = await parse(buildEpub({ ...book, extraEntries: { 'META-INF/encryption.xml': encryption('http://www.idpf.org/2008/embedding', 'OEBPS/fonts/serif.otf') } }));
    expect(fonts).toMatchObject({ ok: true });
  });

  it('builds real zip bombs in the fixture (a small one unpacks to its zeros)', () => {
    const small = unzipSync(zipBomb('zeros.bin', 10_000))['zeros.bin'];
    expect(small?.length).toBe(10_000);
    expect(small?.every((byte) => byte === 0)).toBe(true);
  });

  it('refuses a zip bomb: an entry that unpacks past the cap', async () => {
    const bomb = zipBomb('OEBPS/huge.xhtml', ZIP_LIMITS.entryBytes + 1);
    expect(bomb.length).toBeLessThan(512 * 1024);
    expect(await parse(bomb, 'bomb.epub')).toEqual({
      ok: false,
      code: 'zip-bomb',
      message: '“bomb.epub” could not be imported: it unpacks to more than 64 MB, more than any book needs; it may be a zip bomb.',
    });
  });

  it('refuses a zip whose declared sizes add up past the total cap, without inflating anything', async () => {
    const bytes = buildEpub(book);
    // Forge every central-directory entry's uncompressed size (offset 24) to 40 MB: each under the
    // entry cap, together over the total.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i + 28 < bytes.length; i += 1) {
      if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 40 * 1024 * 1024, true);
    }
    expect(await parse(bytes)).toMatchObject({ ok: false, code: 'zip-bomb', message: expect.stringContaining('unpacks to more than 256 MB') });
  });

  it('refuses an archive whose directory lists one entry many times (each copy was inflated anew)', async () => {
    const single = zipSync({ mimetype: strToU8('application/epub+zip'), 'OEBPS/big.xhtml': new Uint8Array(1000) }, { level: 0 });
    // The central directory record of the last entry, listed 3 times over: what a hostile tool writes.
    const view = new DataView(single.buffer, single.byteOffset, single.byteLength);
    const end = single.byteLength - 22;
    const directoryAt = view.getUint32(end + 16, true);
    let record = directoryAt;
    record += 46 + view.getUint16(record + 28, true) + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
    const recordBytes = single.slice(record, end);
    const repeated = new Uint8Array(record + recordBytes.length * 3 + 22);
    repeated.set(single.slice(0, record));
    for (let i = 0; i < 3; i += 1) repeated.set(recordBytes, record + i * recordBytes.length);
    const eocd = single.slice(end);
    const out = new DataView(eocd.buffer, eocd.byteOffset, eocd.byteLength);
    out.setUint16(8, 4, true);
    out.setUint16(10, 4, true);
    out.setUint32(12, record - directoryAt + recordBytes.length * 3, true);
    repeated.set(eocd, record + recordBytes.length * 3);
    expect(await parse(repeated, 'echo.epub')).toMatchObject({ ok: false, code: 'zip-bomb', message: expect.stringContaining('lists “OEBPS/big.xhtml” more than once') });
  });

  it('refuses a book whose chapter declares a smaller size than its text (it was cut short without a word)', async () => {
    const bytes = buildEpub(book);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = bytes.byteLength - 22;
    let record = view.getUint32(end + 16, true);
    const decoder = new TextDecoder();
    for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
      const nameLength = view.getUint16(record + 28, true);
      if (decoder.decode(bytes.subarray(record + 46, record + 46 + nameLength)) === 'OEBPS/text/chapter-1.xhtml') {
        view.setUint32(record + 24, Math.floor(view.getUint32(record + 24, true) / 2), true);
      }
      record += 46 + nameLength + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
    }
    expect(await importFile({ bytes, fileName: 'cut.epub' })).toEqual({
      ok: false,
      code: 'unreadable',
      message: '“cut.epub” could not be imported: it is damaged or not an EPUB book file (“OEBPS/text/chapter-1.xhtml” inside it fails its checksum).',
    });
    expect(await document(buildEpub(book))).toMatchObject({ title: 'A Year on the Marsh' });
  });

  it('refuses an archive with too many entries', async () => {
    const entries: Record<string, Uint8Array> = {};
    for (let i = 0; i <= ZIP_LIMITS.entries; i += 1) entries[`OEBPS/f${i}.txt`] = new Uint8Array(0);
    const result = await parse(zipSync(entries, { level: 0 }), 'many.epub');
    expect(result).toMatchObject({ ok: false, code: 'too-many-entries', message: expect.stringMatching(/^“many\.epub” could not be imported: it holds more than 10,000 files/) });
  });

  it('refuses a zip that is not an EPUB, a damaged zip, and a file that is not a zip at all', async () => {
    expect(await parse(buildEpub({ ...book, omit: ['META-INF/container.xml'] }), 'docs.epub')).toMatchObject({
      ok: false,
      code: 'wrong-type',
      message: expect.stringContaining('it is a zip archive but not an EPUB book'),
    });
    expect(await parse(buildEpub(book).subarray(0, 600), 'cut.epub')).toMatchObject({ ok: false, code: 'unreadable', message: expect.stringContaining('“cut.epub”') });
    expect(await importFile({ bytes: strToU8('plain words'), fileName: 'fake.epub' })).toMatchObject({
      ok: false,
      code: 'wrong-type',
      message: expect.stringContaining('it is not an EPUB book file'),
    });
  });
});
