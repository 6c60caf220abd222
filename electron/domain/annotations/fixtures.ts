/** Small, fixed annotations for the export and import tests. */
import type { Annotation, AnnotationId } from '../../contract/annotations';
import { lecternDocumentIris, type ExportDocument } from '../export/document';
import type { PlacedAnnotation } from './placed';

export const sampleArticle: ExportDocument = {
  id: 'japan-nato',
  title: 'Japan and NATO',
  author: 'A. Writer',
  sourceIris: lecternDocumentIris('japan-nato'),
  blocks: [
    { id: 'p1', text: 'NATO is in talks to open a liaison office no later than 2024.' },
    { id: 'p2', text: 'Japan’s alignment with NATO grows.' },
  ],
};

export function sampleAnnotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1' as AnnotationId,
    documentId: 'japan-nato',
    target: { quote: { exact: 'liaison office', prefix: 'to open a ', suffix: ' no later' }, position: { start: 43, end: 57 } },
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}

/** Three annotations given out of reading order: one in p2, one in p1 with a note and tags, one orphan. */
export const sampleItems: PlacedAnnotation[] = [
  {
    annotation: sampleAnnotation({
      id: 'b2' as AnnotationId,
      color: 'blue',
      target: { quote: { exact: 'Japan’s alignment', prefix: '', suffix: ' with NATO' }, position: { start: 1261, end: 1278 } },
    }),
    paragraphId: 'p2',
    start: 1261,
    position: { start: 1261, end: 1278 },
  },
  {
    annotation: sampleAnnotation({
      note: 'Why 2024?\nCheck the “summit” date.',
      tags: ['NATO', 'dates'],
      updatedAt: '2026-03-02T10:30:00.000Z',
    }),
    paragraphId: 'p1',
    start: 43,
    // Re-anchored since it was made: the export writes where it is now, not the stored 43-57.
    position: { start: 27, end: 41 },
  },
  {
    annotation: sampleAnnotation({ id: 'c3' as AnnotationId, color: 'pink', note: 'Lost passage', target: { quote: { exact: 'ITTP', prefix: 'the ', suffix: ' is' }, position: { start: 5, end: 9 } } }),
    paragraphId: null,
    start: Number.MAX_SAFE_INTEGER,
    position: null,
  },
];
