import { describe, expect, it } from 'vitest';
import { clutteredPage, clutteredPageArticle } from './fixtures/cluttered-page';
import { htmlImporter } from './html-importer';
import type { ImportResult } from './importer';
import { importFile } from './index';

function parse(html: string | Uint8Array, fileName = 'page.html') {
  const bytes = typeof html === 'string' ? new TextEncoder().encode(html) : html;
  const result = htmlImporter.parse({ bytes, fileName }) as ImportResult;
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('htmlImporter', () => {
  it('keeps the article of a cluttered page and none of what surrounds it', () => {
    const { document } = parse(clutteredPage(), 'otters.html');
    expect(document.title).toBe(clutteredPageArticle.title);
    expect(document.author).toBe(clutteredPageArticle.author);
    expect(document.source).toEqual({ kind: 'html', fileName: 'otters.html', site: clutteredPageArticle.site });
    const blocks = document.sections.flatMap((section) => section.blocks.map(({ kind, text }) => [kind, text]));
    expect(blocks).toEqual(clutteredPageArticle.blocks.map(([kind, text]) => [kind, text]));
    const all = blocks.map(([, text]) => text).join('\n');
    for (const clutter of ['cookie', 'Advertisement', 'Holiday cottages', 'energy supplier', 'Related stories', 'Subscribe', 'inbox', 'riverwatcher', 'trout', 'All rights reserved', 'Privacy policy', 'Sport', 'tracking pixel']) {
      expect(all).not.toContain(clutter);
    }
  });

  it('is chosen for .html and .htm files and refuses one that is not a web page', async () => {
    expect(await importFile({ bytes: new TextEncoder().encode(clutteredPage()), fileName: 'saved.htm' })).toMatchObject({ ok: true, document: { source: { kind: 'html' } } });
    const result = await importFile({ bytes: new TextEncoder().encode('Just a note, not a page.'), fileName: 'note.html' });
    expect(result).toMatchObject({ ok: false, code: 'wrong-type', message: '“note.html” could not be imported: it is not a Web page file; it looks like a Plain text file. Check that its name ends in the right extension.' });
  });

  it('reduces a page Readability finds no article in to the text of its body', () => {
    const { document } = parse('<html><head><title>Tiny</title></head><body><p>One short line.</p></body></html>');
    expect(document.title).toBe('Tiny');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['One short line.']);
  });

  it('reads a page in the charset it declares when its bytes are not UTF-8', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1252"><title>Caf');
    const rest = new TextEncoder().encode('</title></head><body><p>Cr');
    const end = new TextEncoder().encode('me br\u00fbl\u00e9e.</p></body></html>'.replace('\u00fb', 'u').replace('\u00e9', 'e'));
    const bytes = new Uint8Array([...head, 0xe9, ...rest, 0xe8, ...end]);
    const result = parse(bytes);
    expect(result.document.title).toBe('Café');
    expect(result.document.sections[0]?.blocks[0]?.text).toBe('Crème brulee.');
    expect(result.document.source.encoding).toBe('windows-1252');
    expect(result.warnings).toHaveLength(1);
  });

  it('reads a page that declares UTF-16 in bytes that are not UTF-16 as Windows-1252, as browsers do', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<html><head><meta charset="utf-16"><title>Caf'), 0xe9, ...new TextEncoder().encode('</title></head><body><p>Cr'), 0xe8, ...new TextEncoder().encode('me.</p></body></html>')]);
    const result = parse(bytes);
    expect(result.document.title).toBe('Café');
    expect(result.document.sections[0]?.blocks[0]?.text).toBe('Crème.');
    expect(result.document.source.encoding).toBe('windows-1252');
  });

  it('keeps text that only looks like clutter: a page class naming ads, a short opening line with a year', () => {
    const { document } = parse('<html><body class="has-ads"><article><p>It was 1962.</p><p>The mill closed that spring, and the river went quiet for sixty years.</p></article></body></html>');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['It was 1962.', 'The mill closed that spring, and the river went quiet for sixty years.']);
  });

  it('keeps the text of a page that leaves out its optional html, head and body tags', () => {
    const page = '<!doctype html><title>Marsh notes</title><p>The geese arrive in the first hard frost, loud over the reeds.</p><p>By December the dykes are grey.</p>';
    const { document } = parse(page, 'notes.html');
    expect(document.title).toBe('Marsh notes');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual([
      'The geese arrive in the first hard frost, loud over the reeds.',
      'By December the dykes are grey.',
    ]);
  });

  it('never keeps markup: scripts, styles and hidden elements give no text', () => {
    const { document } = parse('<html><body><p>Visible <script>alert(1)</script><span hidden>secret</span><style>p{}</style>text &amp; more.</p><div style="display: none">gone</div></body></html>');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['Visible text & more.']);
  });
});
