import { describe, expect, it } from 'vitest';
import { toJsonLd } from './export-jsonld';
import { sampleAnnotation, sampleArticle, sampleItems } from './fixtures';
import { parseAnnotationFile } from './import/registry';
import type { ImportItem } from './import/importer';

const exported = toJsonLd(sampleArticle, sampleItems, '2026-03-03T08:00:00.000Z');

function candidates(items: readonly ImportItem[]) {
  return items.map((item) => (item.kind === 'annotation' ? item.candidate : null));
}

describe('toJsonLd', () => {
  it('writes an AnnotationCollection with selectors and bodies (exact sample of one item)', () => {
    const doc = JSON.parse(exported) as { '@context': unknown; type: string; total: number; first: { items: unknown[] } };
    expect(doc['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { lectern: 'https://lectern.invalid/ns#' }]);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    expect(doc.first.items[0]).toEqual({
      id: 'https://lectern.invalid/annotations/a1',
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
        source: 'https://lectern.invalid/documents/japan-nato',
        selector: [
          { type: 'TextQuoteSelector', exact: 'liaison office', prefix: 'to open a ', suffix: ' no later' },
          // Where it is anchored now, not the 43-57 stored when it was made.
          { type: 'TextPositionSelector', start: 27, end: 41 },
        ],
      },
    });
  });

  it('writes a UUID id as urn:uuid, leaves out an empty body and an empty prefix, and gives an orphan no position', () => {
    const doc = JSON.parse(exported) as { first: { items: Record<string, unknown>[] } };
    const [, blue, orphan] = doc.first.items;
    expect(blue).not.toHaveProperty('body');
    expect(blue?.target).toEqual({
      source: 'https://lectern.invalid/documents/japan-nato',
      selector: [{ type: 'TextQuoteSelector', exact: 'Japan’s alignment', suffix: ' with NATO' }, { type: 'TextPositionSelector', start: 1261, end: 1278 }],
    });
    expect((orphan!.target as { selector: unknown[] }).selector).toEqual([{ type: 'TextQuoteSelector', exact: 'ITTP', prefix: 'the ', suffix: ' is' }]);
    const uuid = '0b9c3c1e-55a5-4c5e-9a43-6f0e6f1a2b3c';
    const one = JSON.parse(toJsonLd(sampleArticle, [{ ...sampleItems[0]!, annotation: sampleAnnotation({ id: uuid as never }) }], 'now')) as { first: { items: { id: string }[] } };
    expect(one.first.items[0]?.id).toBe(`urn:uuid:${uuid}`);
  });

  it('writes back the id another tool gave an imported annotation', () => {
    const annotation = sampleAnnotation({ sourceId: 'https://hypothes.is/a/abc123' });
    const doc = JSON.parse(toJsonLd(sampleArticle, [{ annotation, paragraphId: 'p1', start: 0, position: { start: 0, end: 14 } }], 'now')) as { first: { items: { id: string }[] } };
    expect(doc.first.items[0]?.id).toBe('https://hypothes.is/a/abc123');
  });
});

describe('reading Lectern’s own export back', () => {
  it('keeps ids, selectors, colours, notes, tags and times', () => {
    const result = parseAnnotationFile(exported, sampleArticle);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const read = candidates(result.items);
    expect(read.map((c) => c?.lecternId)).toEqual(['a1', 'b2', 'c3']);
    const { target, color, note, tags, createdAt, updatedAt } = sampleItems[1]!.annotation;
    expect(read[0]).toEqual({ lecternId: 'a1', sourceId: null, target: { ...target, position: { start: 27, end: 41 } }, color, note, tags, createdAt, updatedAt, changes: [] });
    expect(read[1]).toMatchObject({ color: 'blue', note: '', tags: [] });
  });

  it('reads ids written before urn:uuid (urn:lectern:annotation:)', () => {
    const legacy = exported.replace('https://lectern.invalid/annotations/a1', 'urn:lectern:annotation:a1');
    const result = parseAnnotationFile(legacy, sampleArticle);
    expect(result.ok && candidates(result.items)[0]?.lecternId).toBe('a1');
  });

  it('keeps a note and tags exactly as written, markup included', () => {
    const annotation = sampleAnnotation({ note: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] });
    const result = parseAnnotationFile(toJsonLd(sampleArticle, [{ annotation, paragraphId: 'p1', start: 0, position: null }], 'now'), sampleArticle);
    expect(result.ok && candidates(result.items)[0]).toMatchObject({ note: '<img src=x onerror=alert(1)>', tags: ['<script>alert(1)</script>'] });
  });
});
