import { describe, expect, it } from 'vitest';
import { sampleArticle } from '../fixtures';
import { parseAnnotationFile } from './registry';

const uri = 'https://lectern.invalid/documents/japan-nato';

/** One annotation as Hypothesis's API and its client's export write it. */
function hypothesis(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    created: '2026-02-10T14:03:11.512345+00:00',
    updated: '2026-02-11T09:00:00.000000+01:00',
    user: 'acct:reader@hypothes.is',
    uri,
    text: 'Worth checking **the date**.',
    tags: ['NATO', 'dates'],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: uri,
        selector: [
          { type: 'RangeSelector', endOffset: 41, startOffset: 27, endContainer: '/p[1]', startContainer: '/p[1]' },
          { type: 'TextPositionSelector', start: 27, end: 41 },
          { type: 'TextQuoteSelector', exact: 'liaison office', prefix: 'in talks to open a ', suffix: ' no later than 2024' },
        ],
      },
    ],
    document: { title: ['Japan and NATO'] },
    links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/example` },
    ...extra,
  };
}

describe('Hypothesis import', () => {
  it('recognises the client’s export by its shape and reads quote, note, tags and times', () => {
    const file = { export_date: '2026-03-01T10:00:00.000Z', export_userid: 'acct:reader@hypothes.is', client_version: '1.1000.0', annotations: [hypothesis('AbC123')] };
    const result = parseAnnotationFile(JSON.stringify(file), sampleArticle);
    expect(result).toMatchObject({ ok: true, format: 'Hypothesis' });
    if (!result.ok) return;
    expect(result.items[0]).toEqual({
      kind: 'annotation',
      index: 0,
      label: '“liaison office”',
      candidate: {
        lecternId: null,
        sourceId: 'https://hypothes.is/a/AbC123',
        target: { quote: { exact: 'liaison office', prefix: 'in talks to open a ', suffix: ' no later than 2024' }, position: { start: 27, end: 41 } },
        color: 'yellow',
        note: 'Worth checking **the date**.',
        tags: ['NATO', 'dates'],
        createdAt: '2026-02-10T14:03:11.512Z',
        updatedAt: '2026-02-11T08:00:00.000Z',
        changes: [],
      },
    });
  });

  it('reads an API search reply ({ rows }) and a bare list of annotation objects', () => {
    for (const file of [{ total: 1, rows: [hypothesis('r1')] }, [hypothesis('r1')]]) {
      const result = parseAnnotationFile(JSON.stringify(file), sampleArticle);
      expect(result).toMatchObject({ ok: true, format: 'Hypothesis', items: [{ kind: 'annotation', candidate: { sourceId: 'https://hypothes.is/a/r1' } }] });
    }
  });

  it('skips page notes, replies and annotations of other pages, each with the reason', () => {
    const file = {
      annotations: [
        hypothesis('note1', { target: [{ source: uri }] }),
        hypothesis('reply1', { references: ['AbC123'] }),
        hypothesis('other1', { uri: 'https://example.org/other', target: [{ source: 'https://example.org/other', selector: [{ type: 'TextQuoteSelector', exact: 'elsewhere' }] }] }),
      ],
    };
    const result = parseAnnotationFile(JSON.stringify(file), sampleArticle);
    expect(result.ok && result.items.map((item) => (item.kind === 'skipped' ? item.reason : 'imported'))).toEqual([
      'it quotes no text (no TextQuoteSelector): a note on the whole page cannot be placed',
      'it is a reply to another annotation',
      'it annotates another document (https://example.org/other)',
    ]);
  });

  it('is not taken for a W3C file, nor a W3C file for it', () => {
    const w3c = { type: 'Annotation', target: { selector: { type: 'TextQuoteSelector', exact: 'NATO' } } };
    expect(parseAnnotationFile(JSON.stringify([w3c]), sampleArticle)).toMatchObject({ ok: true, format: 'W3C Web Annotations' });
    expect(parseAnnotationFile(JSON.stringify({ annotations: [{ id: 'x' }] }), sampleArticle)).toMatchObject({ ok: false, message: expect.stringMatching(/not in a format Lectern reads/) });
  });
});
