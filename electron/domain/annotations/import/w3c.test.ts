import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../fixtures';
import type { ImportItem } from './importer';
import { parseAnnotationFile } from './registry';

const source = 'https://lectern.invalid/documents/japan-nato';
const quote = (exact: string, extra: Record<string, unknown> = {}) => ({ type: 'TextQuoteSelector', exact, ...extra });
const annotation = (extra: Record<string, unknown> = {}) => ({ type: 'Annotation', target: { source, selector: quote('liaison office') }, ...extra });

function only(doc: unknown): ImportItem {
  const result = parseAnnotationFile(JSON.stringify(doc), sampleArticle);
  if (!result.ok) throw new Error(result.message);
  expect(result.items).toHaveLength(1);
  return result.items[0]!;
}

function candidateOf(doc: unknown) {
  const item = only(doc);
  if (item.kind !== 'annotation') throw new Error(`skipped: ${item.reason}`);
  return item.candidate;
}

describe('W3C import: shapes it accepts', () => {
  it('accepts a single Annotation, a page, a bare list, a collection, and a top-level type array', () => {
    const one = annotation({ body: { type: 'TextualBody', value: 'n' } });
    const shapes = [one, [one], { type: 'AnnotationPage', items: [one] }, { type: 'AnnotationCollection', first: { items: [one] } }, { ...one, type: ['Annotation', 'oa:Annotation'] }];
    for (const doc of shapes) expect(candidateOf(doc)).toMatchObject({ lecternId: null, note: 'n', color: 'yellow', target: { quote: { exact: 'liaison office', prefix: '', suffix: '' } } });
  });

  it('accepts a target array and uses the first target that quotes text', () => {
    const doc = annotation({ target: [{ source, selector: { type: 'CssSelector', value: '#p1' } }, { source, selector: [quote('liaison office', { prefix: 'open a ' })] }] });
    expect(candidateOf(doc).target.quote).toEqual({ exact: 'liaison office', prefix: 'open a ', suffix: '' });
  });

  it('finds a TextQuoteSelector inside a RangeSelector’s or an XPathSelector’s refinedBy', () => {
    const range = { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[1]' }, refinedBy: quote('liaison office') };
    expect(candidateOf(annotation({ target: { source, selector: range } })).target.quote.exact).toBe('liaison office');
    const xpath = { type: 'XPathSelector', value: '/p[1]', refinedBy: { type: 'TextPositionSelector', start: 3, end: 9, refinedBy: quote('talks') } };
    expect(candidateOf(annotation({ target: { source, selector: xpath } })).target).toEqual({ quote: { exact: 'talks', prefix: '', suffix: '' }, position: { start: 3, end: 9 } });
  });

  it('keeps times with a UTC offset, normalised to UTC, and uses the import time for invalid ones', () => {
    expect(candidateOf(annotation({ created: '2026-03-01T11:00:00+02:00', modified: '2026-03-02T08:30:00.5-01:00' }))).toMatchObject({ createdAt: '2026-03-01T09:00:00.000Z', updatedAt: '2026-03-02T09:30:00.500Z' });
    expect(candidateOf(annotation({ created: 'yesterday' }))).toMatchObject({ createdAt: null, updatedAt: null });
  });

  it('keeps an http id as the source id, so a second import can match it', () => {
    expect(candidateOf(annotation({ id: 'https://example.org/anno/3' }))).toMatchObject({ lecternId: null, sourceId: 'https://example.org/anno/3' });
    expect(candidateOf(annotation({ id: 'urn:uuid:0b9c3c1e-55a5-4c5e-9a43-6f0e6f1a2b3c' }))).toMatchObject({ lecternId: '0b9c3c1e-55a5-4c5e-9a43-6f0e6f1a2b3c', sourceId: null });
  });

  it('accepts a target with no source (it cannot tell) and one whose source is this document with a fragment', () => {
    expect(only(annotation({ target: { selector: quote('NATO') } })).kind).toBe('annotation');
    expect(only(annotation({ target: { source: `${source}#p1`, selector: quote('NATO') } })).kind).toBe('annotation');
    expect(only(annotation({ target: { source: 'urn:lectern:article:japan-nato', selector: quote('NATO') } })).kind).toBe('annotation');
  });
});

describe('W3C import: what it converts', () => {
  it('reads bodyValue as the note', () => {
    expect(candidateOf(annotation({ bodyValue: 'a plain note' })).note).toBe('a plain note');
  });

  it('takes the first TextualBody of a Choice', () => {
    const body = { type: 'Choice', items: [{ type: 'Image', id: 'https://example.org/x.png' }, { type: 'TextualBody', value: 'English', language: 'en' }, { type: 'TextualBody', value: 'Deutsch' }] };
    expect(candidateOf(annotation({ body })).note).toBe('English');
  });

  it('turns a text/html body into text, never markup', () => {
    const body = { type: 'TextualBody', format: 'text/html', value: '<p>One &amp; <b>two</b></p><p>three<br>four</p><script>alert(1)</script><img src=x onerror=alert(1)>' };
    const candidate = candidateOf(annotation({ body }));
    expect(candidate.note).toBe('One & two\nthree\nfour');
    expect(candidate.changes).toContain('its HTML note was converted to plain text');
  });

  it('leaves out a body that is an IRI or not text, and says so', () => {
    const candidate = candidateOf(annotation({ body: ['https://example.org/comment/1', { type: 'Image', id: 'https://example.org/x.png' }, { type: 'TextualBody', value: 'kept' }] }));
    expect(candidate.note).toBe('kept');
    expect(candidate.changes).toEqual([
      'a body that is a link (https://example.org/comment/1) was left out: Lectern keeps text only',
      'a Image body (https://example.org/x.png) was left out: Lectern keeps text only',
    ]);
  });

  it('keeps the 64 characters of a long prefix or suffix nearest the quote', () => {
    const prefix = `${'p'.repeat(100)}NEAR`;
    const suffix = `NEAR${'s'.repeat(100)}`;
    const candidate = candidateOf(annotation({ target: { source, selector: quote('liaison office', { prefix, suffix }) } }));
    expect(candidate.target.quote.prefix).toBe(prefix.slice(-64));
    expect(candidate.target.quote.prefix.endsWith('NEAR')).toBe(true);
    expect(candidate.target.quote.suffix).toBe(suffix.slice(0, 64));
    expect(candidate.changes).toContain('its quote’s context was cut to the nearest 64 characters');
  });
});

describe('W3C import: what it skips, with the reason', () => {
  const skipped: [string, unknown, RegExp][] = [
    ['another document', annotation({ target: { source: 'https://example.org/other', selector: quote('NATO') } }), /annotates another document \(https:\/\/example\.org\/other\)/],
    ['a target that is only an IRI', annotation({ target: source }), /quotes no text/],
    ['a target without a quote', annotation({ target: { source, selector: { type: 'CssSelector', value: 'p' } } }), /no TextQuoteSelector/],
    ['no target', { type: 'Annotation' }, /no target/],
    ['an object of another type', { type: 'AnnotationPage', items: [{ type: 'Note', target: { selector: quote('x') } }] }, /not an Annotation/],
    ['an empty quote', annotation({ target: { source, selector: quote('') } }), /target is not valid \(quote\.exact/],
    ['an over-long quote', annotation({ target: { source, selector: quote('x'.repeat(2001)) } }), /quote\.exact/],
    ['an inverted position', annotation({ target: { source, selector: [quote('a'), { type: 'TextPositionSelector', start: 5, end: 2 }] } }), /position\.end/],
    ['an over-long note', annotation({ bodyValue: 'n'.repeat(10_001) }), /a note holds at most 10,000/],
    ['an over-long tag', annotation({ body: [{ value: 't'.repeat(65), purpose: 'tagging' }] }), /at most 64/],
    ['33 tags', annotation({ body: Array.from({ length: 33 }, (_, i) => ({ value: `t${i}`, purpose: 'tagging' })) }), /at most 32 tags/],
    ['an unknown colour', annotation({ 'lectern:color': 'mauve' }), /colour "mauve" is not one of Lectern's/],
  ];
  it.each(skipped)('skips %s', (_name, doc, reason) => {
    expect(only(doc)).toMatchObject({ kind: 'skipped', reason: expect.stringMatching(reason) });
  });
});

describe('W3C import: files it refuses', () => {
  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"type": ', /not valid JSON/],
    ['a number', '42', /not in a format Lectern reads/],
    ['a foreign type', '{"type":"Book"}', /not in a format Lectern reads/],
    ['a collection without items', '{"type":"AnnotationCollection"}', /no list of annotations/],
    ['a collection whose pages are links', '{"type":"AnnotationCollection","first":"https://example.org/page1"}', /pages are links/],
  ];
  it.each(bad)('refuses %s with a message naming the problem', (_name, text, message) => {
    expect(parseAnnotationFile(text, sampleArticle)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });
});
