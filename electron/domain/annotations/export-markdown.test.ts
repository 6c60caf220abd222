import { describe, expect, it } from 'vitest';
import { toMarkdown } from './export-markdown';
import { sampleAnnotation, sampleArticle, sampleItems } from './fixtures';

describe('toMarkdown', () => {
  it('groups by paragraph in reading order, quotes as blockquotes, orphans last (exact sample)', () => {
    expect(toMarkdown(sampleArticle, sampleItems, '2026-03-03T08:00:00.000Z')).toBe(
      [
        '# Annotations: Japan and NATO',
        '',
        'A. Writer · exported from Lectern on 2026-03-03T08:00:00.000Z · 3 annotations',
        '',
        '## Paragraph 1',
        '',
        '> liaison office',
        '',
        'Why 2024?',
        'Check the “summit” date.',
        '',
        '- Colour: Yellow (solid underline)',
        '- Tags: NATO, dates',
        '- Created: 2026-03-01T09:00:00.000Z',
        '- Edited: 2026-03-02T10:30:00.000Z',
        '',
        '## Paragraph 2',
        '',
        '> Japan’s alignment',
        '',
        '- Colour: Blue (dashed underline)',
        '- Created: 2026-03-01T09:00:00.000Z',
        '',
        '## Not found in the text',
        '',
        'The text these were made on has changed; their quotes and notes are kept.',
        '',
        '> ITTP',
        '',
        'Lost passage',
        '',
        '- Colour: Pink (wavy underline)',
        '- Created: 2026-03-01T09:00:00.000Z',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line quote in one blockquote and shows a tag’s Markdown punctuation literally', () => {
    const annotation = sampleAnnotation({ target: { quote: { exact: 'one\n\ntwo', prefix: '', suffix: '' }, position: { start: 0, end: 8 } }, tags: ['a`b', '*x*'] });
    const text = toMarkdown(sampleArticle, [{ annotation, paragraphId: 'p1', start: 0, position: { start: 0, end: 8 } }], 'now');
    expect(text).toContain('> one\n>\n> two\n');
    expect(text).toContain('- Tags: a\\`b, \\*x\\*');
  });

  it('escapes HTML in notes, tags and quotes so no Markdown viewer runs it', () => {
    const payload = '<img src=x onerror=alert(1)>';
    const annotation = sampleAnnotation({
      note: `${payload} & <b>bold</b>`,
      tags: ['<script>alert(1)</script>'],
      target: { quote: { exact: `<a href="javascript:alert(1)">x</a>`, prefix: '', suffix: '' }, position: { start: 0, end: 5 } },
    });
    const text = toMarkdown(sampleArticle, [{ annotation, paragraphId: 'p1', start: 0, position: { start: 0, end: 5 } }], 'now');
    expect(text).not.toMatch(/<(img|b|script|a)\b/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(text).toContain('- Tags: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('> &lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;');
  });

  it('says so when there is nothing to export', () => {
    expect(toMarkdown(sampleArticle, [], 'now')).toBe('# Annotations: Japan and NATO\n\nA. Writer · exported from Lectern on now · 0 annotations\n\nNo annotations yet.\n');
  });
});
