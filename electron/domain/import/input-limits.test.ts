import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFile } from './index';
import { buildEpub } from './fixtures/epub-fixture';
import { checkMarkdown, checkPlainText, MARKERS_PER_PARAGRAPH, NESTING_LIMIT } from './input-limits';

const bytes = (text: string) => new TextEncoder().encode(text);
const refusal = async (fileName: string, text: string | Uint8Array) => {
  const result = await importFile({ bytes: typeof text === 'string' ? bytes(text) : text, fileName });
  return result.ok ? 'imported' : `${result.code}: ${result.message}`;
};
const nestedList = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
const nestedDivs = (depth: number) => `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>A paragraph of text, deep down in the page.</p>${'</div>'.repeat(depth)}</body></html>`;

describe('files the parsers would spend minutes or gigabytes on are refused before parsing', () => {
  it('refuses a text or Markdown file of more paragraphs than a document holds (a 3 MB file of them ran the process out of memory)', async () => {
    const paragraphs = 'a\n\n'.repeat(100_001);
    expect(await refusal('many.md', paragraphs)).toBe('too-large: “many.md” could not be imported: it has more than 100,000 paragraphs, the most a document can hold.');
    expect(await refusal('many.txt', paragraphs)).toBe('too-large: “many.txt” could not be imported: it has more than 100,000 paragraphs, the most a document can hold.');
    expect(await refusal('items.md', '- a\n'.repeat(100_001))).toMatch(/more than 100,000 paragraphs/);
    // Refused by a scan before the parser builds 100,000 blocks in memory.
    expect(checkMarkdown(paragraphs, 'many.md')?.code).toBe('too-large');
    expect(checkPlainText(paragraphs, 'many.txt')?.code).toBe('too-large');
    expect(checkPlainText('a\n\n'.repeat(100_000), 'enough.txt')).toBeUndefined();
  });

  it('refuses Markdown nested deeper than any text is, and takes what real texts nest', async () => {
    expect(await refusal('deep-list.md', nestedList(NESTING_LIMIT.markdown + 1))).toMatch(/^too-large: .*nested more than 64 levels deep/);
    expect(await refusal('deep-quote.md', `${'>'.repeat(50_000)} hi\n`)).toMatch(/nested more than 64 levels deep/);
    expect(await refusal('nested.md', `# Notes\n\n${nestedList(12)}\n\n> > > A quote in a quote in a quote.\n`)).toBe('imported');
  });

  it('refuses a paragraph of nothing but emphasis marks, and takes marks spread over blocks or in code', async () => {
    expect(await refusal('stars.md', '*a '.repeat(100_000))).toMatch(new RegExp(`more than ${MARKERS_PER_PARAGRAPH.toLocaleString('en-US')} emphasis, code or link marks`));
    const links = Array.from({ length: 1500 }, (_, i) => `- [Link ${i}](https://example.org/${i}) and *one* word`).join('\n');
    expect(await refusal('links.md', `# Links\n\n${links}\n`)).toBe('imported');
    expect(await refusal('code.md', `# Code\n\nSome code:\n\n\`\`\`c\n${'int **p = *q; /* _x_ */\n'.repeat(400)}\`\`\`\n\nAfter it.\n`)).toBe('imported');
  });

  it('refuses a web page nested deeper than any page is (Readability took 17 s over 1,000 levels), and takes a deep real one', async () => {
    expect(await refusal('deep.html', nestedDivs(1_000))).toBe('too-large: “deep.html” could not be imported: its elements are nested more than 200 levels deep, deeper than any web page needs.');
    expect(await refusal('deepish.html', nestedDivs(60))).toBe('imported');
  });

  it('reads a chapter the spine lists thousands of times once (it was read 3,000 times, into 2.9 GB)', async () => {
    const book = { title: 'Echo', chapters: [{ title: 'One', paragraphs: Array.from({ length: 50 }, (_, i) => `Paragraph ${i} of the only chapter.`) }] };
    const entries = unzipSync(buildEpub(book));
    const package_ = strFromU8(entries['OEBPS/content.opf']!).replace('<itemref idref="c1"/>', '<itemref idref="c1"/>'.repeat(3_000));
    const echoed = zipSync({ mimetype: [strToU8('application/epub+zip'), { level: 0 }], ...Object.fromEntries(Object.entries(entries).filter(([name]) => name !== 'mimetype')), 'OEBPS/content.opf': strToU8(package_) });
    const result = await importFile({ bytes: echoed, fileName: 'echo.epub' });
    expect(result.ok && result.document.sections.length).toBe(1);
  });

  it('refuses an EPUB chapter nested deeper than any page is, naming the book', async () => {
    const book = { title: 'Deep', chapters: [{ title: 'One', paragraphs: ['Text.'] }], extraEntries: { 'OEBPS/text/chapter-1.xhtml': nestedDivs(5_000) } };
    expect(await refusal('deep.epub', buildEpub(book))).toMatch(/^too-large: “deep\.epub” could not be imported: its elements are nested more than 200 levels deep/);
  });
});
