import { describe, expect, it } from 'vitest';
import type { ImportResult } from './importer';
import { markdownImporter } from './markdown-importer';

function parse(text: string, fileName = 'notes.md') {
  const result = markdownImporter.parse({ bytes: new TextEncoder().encode(text), fileName }) as ImportResult;
  if (!result.ok) throw new Error(result.message);
  return result.document;
}

const everyKind = [
  '# Reading *Slowly*',
  '',
  'A paragraph with **strong**, _emphasis_, `code`, a [link](https://example.org "title") and',
  'a soft line break, then ![a picture of a cat](cat.png) and a hard  ',
  'break.',
  '',
  '## A second-level heading',
  '',
  'Setext heading',
  '--------------',
  '',
  '> A quoted paragraph',
  '> over two lines.',
  '>',
  '> > A nested quote.',
  '',
  '- First item',
  '- Second item with *emphasis*',
  '  - A nested item',
  '',
  '1. Numbered one',
  '2. Numbered two',
  '',
  'After the list.',
  '',
  '    indented code is text too',
  '',
  '***',
  '',
  '[ref]: https://example.org',
  '',
  '<div class="note">Raw <b>HTML</b> keeps its text</div>',
  '',
  '<!-- a comment -->',
  '',
  'Last paragraph with <span>inline</span> HTML.',
].join('\n');

describe('markdownImporter', () => {
  it('keeps headings, paragraphs, quotes and list items as blocks with their text only', () => {
    const document = parse(everyKind);
    expect(document.title).toBe('Reading Slowly');
    expect(document.sections).toHaveLength(1);
    expect(document.sections[0]?.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['paragraph', 'A paragraph with strong, emphasis, code, a link and a soft line break, then a picture of a cat and a hard break.'],
      ['heading', 'A second-level heading'],
      ['heading', 'Setext heading'],
      ['quote', 'A quoted paragraph over two lines.'],
      ['quote', 'A nested quote.'],
      ['item', 'First item'],
      ['item', 'Second item with emphasis'],
      ['item', 'A nested item'],
      ['item', 'Numbered one'],
      ['item', 'Numbered two'],
      ['paragraph', 'After the list.'],
      ['paragraph', 'indented code is text too'],
      ['paragraph', 'Raw HTML keeps its text'],
      ['paragraph', 'Last paragraph with inline HTML.'],
    ]);
    expect(document.sections[0]?.blocks.map((block) => block.id).slice(0, 3)).toEqual(['s1-b1', 's1-b2', 's1-b3']);
  });

  it('does not read emphasis markers or list markers as text (a CommonMark parser, not patterns)', () => {
    const document = parse('Not *a list*:\n\n* real item\n\n2 * 3 = 6 and snake_case_word stay\n\n\\# not a heading');
    expect(document.sections[0]?.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['paragraph', 'Not a list:'],
      ['item', 'real item'],
      ['paragraph', '2 * 3 = 6 and snake_case_word stay'],
      ['paragraph', '# not a heading'],
    ]);
  });

  it('makes a chapter of each h1 after the title', () => {
    const document = parse('# The Book\n\nA preface.\n\n# One\n\nFirst.\n\n# Two\n\nSecond.');
    expect(document.title).toBe('The Book');
    expect(document.sections.map((section) => [section.id, section.title, section.blocks.map((block) => block.text)])).toEqual([
      ['s1', '', ['A preface.']],
      ['s2', 'One', ['One', 'First.']],
      ['s3', 'Two', ['Two', 'Second.']],
    ]);
  });

  it('keeps an h1 that does not open the text as a heading and still takes it as the title', () => {
    const document = parse('Intro line.\n\n# Late Title\n\nBody.');
    expect(document.title).toBe('Late Title');
    expect(document.sections[0]?.blocks.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
  });

  it('takes the title and author from front matter, and names an untitled file after itself', () => {
    const document = parse('---\ntitle: "On Bridges"\nauthor: Ilse Brandt\ntags: [a, b]\n---\n\nText.');
    expect([document.title, document.author]).toEqual(['On Bridges', 'Ilse Brandt']);
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['Text.']);
    expect(parse('Only text.', 'field-notes.md').title).toBe('field-notes');
  });

  it('keeps an opening h1 as text when the front matter names another title, and drops it when it is that title', () => {
    const other = parse('---\ntitle: On Bridges\n---\n\n# Part One\n\nText.');
    expect(other.title).toBe('On Bridges');
    expect(other.sections[0]?.blocks.map(({ kind, text }) => [kind, text])).toEqual([['heading', 'Part One'], ['paragraph', 'Text.']]);
    const same = parse('---\ntitle: On Bridges\n---\n\n# On  Bridges\n\nText.');
    expect(same.sections[0]?.blocks.map((block) => block.text)).toEqual(['Text.']);
  });

  it('reads no code from inline script, style or template elements, and keeps the text around them', () => {
    const document = parse('Before <script>alert("x")</script> after <style>p { color: red }</style>and <template>tpl</template>end, <SCRIPT src="a.js"></SCRIPT>done <b>bold</b> <script/>kept.');
    expect(document.sections[0]?.blocks.map((block) => block.text)).toEqual(['Before after and end, done bold kept.']);
  });

  it('refuses a file with no text, naming it', () => {
    const result = markdownImporter.parse({ bytes: new TextEncoder().encode('***\n\n<!-- nothing -->\n'), fileName: 'rule.md' });
    expect(result).toEqual({ ok: false, code: 'empty', message: '“rule.md” could not be imported: it holds no text to read.' });
  });
});
