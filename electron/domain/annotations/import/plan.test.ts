import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../contract/annotations';
import { sampleAnnotation, sampleArticle } from '../fixtures';
import type { ImportCandidate, ImportItem } from './importer';
import { planImport } from './plan';

const candidate = (extra: Partial<ImportCandidate> = {}): ImportCandidate => ({
  lecternId: null,
  sourceId: 'https://hypothes.is/a/h1',
  target: { quote: { exact: 'liaison office', prefix: '', suffix: '' }, position: { start: 27, end: 41 } },
  color: 'yellow',
  note: 'from Hypothesis',
  tags: [],
  createdAt: '2026-02-10T14:03:11.000Z',
  updatedAt: null,
  changes: [],
  ...extra,
});
const item = (c: ImportCandidate, index = 0): ImportItem => ({ kind: 'annotation', index, label: `“${c.target.quote.exact}”`, candidate: c });

function plan(items: ImportItem[], existing: Annotation[] = []) {
  let n = 0;
  return planImport(items, { documentId: sampleArticle.id, existing, now: '2026-03-01T09:00:00.000Z', newId: () => `new-${(n += 1)}` });
}

describe('planImport', () => {
  it('adds a new annotation, keeping the other tool’s id and its time', () => {
    const result = plan([item(candidate())]);
    expect(result.entries).toEqual([{ label: '“liaison office”', outcome: 'added', detail: null }]);
    expect(result.writes).toEqual([
      expect.objectContaining({ id: 'new-1', documentId: 'japan-nato', sourceId: 'https://hypothes.is/a/h1', note: 'from Hypothesis', createdAt: '2026-02-10T14:03:11.000Z', updatedAt: '2026-02-10T14:03:11.000Z' }),
    ]);
  });

  it('changes nothing when the same file is imported again', () => {
    const first = plan([item(candidate())]);
    const second = plan([item(candidate())], first.writes);
    expect(second).toEqual({ writes: [], entries: [{ label: '“liaison office”', outcome: 'unchanged', detail: null }] });
  });

  it('updates the annotation it matches, by the other tool’s id or by Lectern’s, keeping its id and creation time', () => {
    const stored = sampleAnnotation({ id: 'mine' as never, sourceId: 'https://hypothes.is/a/h1', note: 'old' });
    const bySource = plan([item(candidate({ note: 'edited there' }))], [stored]);
    expect(bySource.entries[0]?.outcome).toBe('updated');
    expect(bySource.writes[0]).toMatchObject({ id: 'mine', note: 'edited there', createdAt: stored.createdAt });
    const byId = plan([item(candidate({ sourceId: null, lecternId: 'mine', color: 'pink', note: 'old', target: stored.target }))], [stored]);
    expect(byId.writes[0]).toMatchObject({ id: 'mine', color: 'pink' });
  });

  it('gives an id of another document’s annotation a new one instead of overwriting it', () => {
    const elsewhere = sampleAnnotation({ id: 'k1' as never, documentId: 'another-doc' });
    const result = plan([item(candidate({ sourceId: null, lecternId: 'k1' }))], [elsewhere]);
    expect(result.writes[0]).toMatchObject({ id: 'new-1', documentId: 'japan-nato' });
  });

  it('reports skipped entries and the second of two with the same id, and notes what was converted', () => {
    const converted = candidate({ changes: ['its HTML note was converted to plain text'] });
    const result = plan([{ kind: 'skipped', index: 0, label: 'Annotation 1', reason: 'it has no target' }, item(converted, 1), item(converted, 2)]);
    expect(result.entries).toEqual([
      { label: 'Annotation 1', outcome: 'skipped', detail: 'it has no target' },
      { label: '“liaison office”', outcome: 'added', detail: 'its HTML note was converted to plain text' },
      { label: '“liaison office”', outcome: 'skipped', detail: 'its id appears earlier in the same file' },
    ]);
    expect(result.writes).toHaveLength(1);
  });
});
