/** Annotation views for the sidebar and geometry tests. */
import type { AnnotationView } from '../../../electron/contract/annotations';

type Overrides = Partial<Omit<AnnotationView, 'placement'>> & { at?: [string, number, number] | null };

/** A view anchored in paragraph `at` [id, start, end] (null: orphaned). */
export function view({ at = ['p1', 0, 10], ...overrides }: Overrides = {}): AnnotationView {
  const placement: AnnotationView['placement'] = at
    ? { status: 'anchored', method: 'position', start: at[1] + (Number(at[0].slice(1)) - 1) * 1000, end: at[2] + (Number(at[0].slice(1)) - 1) * 1000, ranges: [{ paragraphId: at[0], start: at[1], end: at[2] }] }
    : { status: 'orphaned', reason: 'not-found' };
  return {
    id: 'a' as AnnotationView['id'],
    documentId: 'japan-nato',
    target: { quote: { exact: 'quoted text', prefix: '', suffix: '' }, position: { start: 0, end: 11 } },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    placement,
    ...overrides,
  } as AnnotationView;
}
