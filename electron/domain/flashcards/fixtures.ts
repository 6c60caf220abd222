/** Sample cards for the export tests: a deck card under review and a new cloze of the user's. */
import type { CardView } from '../../contract/flashcards-values';

export const sampleBasicCard: CardView = {
  id: 'liaison-office-city',
  documentId: 'japan-nato',
  origin: 'deck',
  kind: 'basic',
  front: 'In which city is the office?',
  back: 'Tokyo.',
  gaps: [],
  tags: ['cooperation'],
  source: { paragraph: 'p1', quote: 'open a liaison office', start: 37, end: 58 },
  state: 'review',
  suspended: false,
  due: '2026-03-04T09:00:00.000Z',
  reps: 2,
  lapses: 0,
};

export const sampleClozeCard: CardView = {
  ...sampleBasicCard,
  id: 'u-1',
  origin: 'user',
  kind: 'cloze',
  front: 'open a […] office',
  back: 'open a liaison office',
  gaps: [{ start: 7, end: 14 }],
  tags: [],
  state: 'new',
  due: null,
  reps: 0,
};
