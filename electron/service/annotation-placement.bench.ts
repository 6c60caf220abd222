/**
 * Re-anchoring budget (DESIGN.md): placing 1,000 highlights on the article under 50 ms, from their
 * stored selectors to paragraph ranges, as `annotations.list` does on every load.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/service
 */
import { bench, describe } from 'vitest';
import type { Annotation, AnnotationId } from '../contract/annotations';
import { describeRange } from '../domain/anchoring';
import { viewOf } from './annotation-placement';
import { builtinPacks } from './library/builtin-pack';
import { loadedDocument } from './library/loaded-document';

const article = loadedDocument(builtinPacks[0]!.document);
const ARTICLE_TEXT = article.text;

function annotations(shift: number): Annotation[] {
  let seed = 11;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: 1000 }, (_, i) => {
    const start = random(ARTICLE_TEXT.length - 200);
    const target = describeRange(ARTICLE_TEXT, start, start + 5 + random(150));
    return {
      id: `a${i}` as AnnotationId,
      documentId: 'japan-nato',
      target: { ...target, position: { start: target.position.start + shift, end: target.position.end + shift } },
      color: 'yellow',
      note: '',
      tags: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  });
}

const intact = annotations(0);
const stale = annotations(40);

describe('placing 1,000 highlights (target: under 50 ms)', () => {
  bench('positions intact', () => {
    intact.map((a) => viewOf(a, article));
  });
  bench('positions stale by 40 characters (quote search)', () => {
    stale.map((a) => viewOf(a, article));
  });
});
