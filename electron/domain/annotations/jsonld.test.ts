import { describe, expect, it } from 'vitest';
import { toJsonLd } from './export-jsonld';
import { sampleAnnotation, sampleArticle, sampleItems } from './fixtures';
import { parseJsonLd } from './import-jsonld';

const exported = toJsonLd(sampleArticle, sampleItems, '2026-03-03T08:00:00.000Z');

describe('toJsonLd', () => {
  it('writes an AnnotationCollection with selectors and bodies (exact sample of one item)', () => {
    const doc = JSON.parse(exported) as { '@context': unknown; type: string; total: number; first: { items: unknown[] } };
    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { lectern: 'https://lectern.invalid/ns#' }]);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    expect(doc.first.items[0]).toEqual({
      id: 'urn:lectern:annotation:a1',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-03-01T09:00:00.000Z',
      modified: '2026-03-02T10:30:00.000Z',
      'lectern:color': 'yellow',
      body: [
        { type: 'TextualBody', value: 'Why 2024?\nCheck the “summit” date.', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'NATO', purpose: 'tagging' },
        { type: 'TextualBody', value: 'dates', purpose: 'tagging' },
      ],
      target: {
        source: 'urn:lectern:article:japan-nato',
        selector: [
          { type: 'TextQuoteSelector', exact: 'liaison office', prefix: 'to open a ', suffix: ' no later' },
          { type: 'TextPositionSelector', start: 43, end: 57 },
        ],
      },
    });
  });
});

describe('parseJsonLd', () => {
  it('reads its own export back: ids, selectors, colours, notes, tags and times', () => {
    const result = parseJsonLd(exported);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.annotations.map((a) => a.id)).toEqual(['a1', 'b2', 'c3']);
    const { id: _id, documentId: _article, createdAt, updatedAt, ...rest } = sampleItems[1]!.annotation;
    expect(result.annotations[0]).toEqual({ id: 'a1', ...rest, createdAt, updatedAt });
    expect(result.annotations[1]).toMatchObject({ color: 'blue', note: '', tags: [] });
  });

  it('accepts a single Annotation, a page, a bare list, a lone body and no position', () => {
    const one = { type: 'Annotation', body: { type: 'TextualBody', value: 'n' }, target: { selector: { type: 'TextQuoteSelector', exact: 'NATO' } } };
    for (const doc of [one, [one], { type: 'AnnotationPage', items: [one] }, { type: 'AnnotationCollection', first: { items: [one] } }]) {
      const result = parseJsonLd(JSON.stringify(doc));
      expect(result).toMatchObject({ ok: true, annotations: [{ id: null, note: 'n', color: 'yellow', target: { quote: { exact: 'NATO', prefix: '', suffix: '' } } }] });
    }
  });

  it('keeps only ids Lectern can store and drops invalid dates', () => {
    const item = (id: string) => ({ id, type: 'Annotation', created: 'yesterday', target: { selector: [{ type: 'TextQuoteSelector', exact: 'x' }] } });
    const result = parseJsonLd(JSON.stringify([item('urn:lectern:annotation:k-1'), item('plain_2'), item('https://example.com/anno/3')]));
    expect(result).toMatchObject({ ok: true, annotations: [{ id: 'k-1', createdAt: null }, { id: 'plain_2' }, { id: null }] });
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"type": ', /not valid JSON/],
    ['a number', '42', /not a W3C Web Annotation document/],
    ['a foreign type', '{"type":"Book"}', /"type" is not AnnotationCollection/],
    ['a collection without items', '{"type":"AnnotationCollection"}', /no list of annotations/],
    ['an item without a target', '[{"type":"Annotation"}]', /annotation 1 is not valid \(target: /],
    ['an item of another type', '[{"type":"Note","target":{"selector":[]}}]', /annotation 1 is not valid \(type/],
    ['a target without a quote', '[{"type":"Annotation","target":{"selector":[{"type":"CssSelector"}]}}]', /no TextQuoteSelector/],
    ['an empty quote', '[{"type":"Annotation","target":{"selector":{"type":"TextQuoteSelector","exact":""}}}]', /target: quote\.exact/],
    ['an over-long quote', JSON.stringify([{ type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'x'.repeat(2001) } } }]), /quote\.exact/],
    ['an inverted position', '[{"type":"Annotation","target":{"selector":[{"type":"TextQuoteSelector","exact":"a"},{"type":"TextPositionSelector","start":5,"end":2}]}}]', /position\.end/],
    ['an over-long note', JSON.stringify([{ type: 'Annotation', body: { value: 'n'.repeat(10_001) }, target: { selector: { type: 'TextQuoteSelector', exact: 'a' } } }]), /note: a note holds at most 10,000/],
    ['an over-long tag', JSON.stringify([{ type: 'Annotation', body: [{ value: 't'.repeat(65), purpose: 'tagging' }], target: { selector: { type: 'TextQuoteSelector', exact: 'a' } } }]), /tags: .*at most 64/],
    ['33 tags', JSON.stringify([{ type: 'Annotation', body: Array.from({ length: 33 }, (_, i) => ({ value: `t${i}`, purpose: 'tagging' })), target: { selector: { type: 'TextQuoteSelector', exact: 'a' } } }]), /at most 32 tags/],
    ['an unknown colour', '[{"type":"Annotation","lectern:color":"mauve","target":{"selector":{"type":"TextQuoteSelector","exact":"a"}}}]', /lectern:color/],
    ['a body that is not text', '[{"type":"Annotation","body":[{"type":"Image"}],"target":{"selector":{"type":"TextQuoteSelector","exact":"a"}}}]', /body\.0: value/],
  ];
  it.each(bad)('rejects %s with a message naming the problem', (_name, text, message) => {
    expect(parseJsonLd(text)).toEqual({ ok: false, message: expect.stringMatching(message) });
  });

  it('names the position of the bad annotation in the file', () => {
    const good = JSON.parse(exported) as { first: { items: unknown[] } };
    good.first.items.push({ type: 'Annotation', target: {} });
    const result = parseJsonLd(JSON.stringify(good));
    expect(result).toEqual({ ok: false, message: expect.stringContaining('annotation 4 is not valid') });
  });

  it('keeps a note and tags exactly as written, markup included', () => {
    const annotation = sampleAnnotation({ note: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] });
    const result = parseJsonLd(toJsonLd(sampleArticle, [{ annotation, paragraphId: 'p1', start: 0 }], 'now'));
    expect(result).toMatchObject({ ok: true, annotations: [{ note: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] }] });
  });
});
