import { describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../../electron/contract/annotations';
import { annotationsAt, overlaps, piecesOf, shorten } from './annotation-ranges';
import { view } from './fixtures';

const id = (s: string) => s as AnnotationView['id'];

describe('annotationsAt', () => {
  const long = view({ id: id('long'), at: ['p1', 0, 50] });
  const short = view({ id: id('short'), at: ['p1', 10, 20] });
  const other = view({ id: id('other'), at: ['p2', 10, 20] });
  const orphan = view({ id: id('orphan'), at: null });

  it('finds the annotations under a point, innermost first', () => {
    expect(annotationsAt([long, short, other, orphan], 'p1', 15).map((a) => a.id)).toEqual(['short', 'long']);
  });

  it('treats the end as outside, and other paragraphs as elsewhere', () => {
    expect(annotationsAt([long, short], 'p1', 50)).toEqual([]);
    expect(annotationsAt([long, short, other], 'p2', 5)).toEqual([]);
  });
});

describe('overlaps', () => {
  it('finds the stretches covered twice or more, merged, per paragraph', () => {
    const pieces = piecesOf([
      view({ id: id('a'), at: ['p1', 0, 30] }),
      view({ id: id('b'), at: ['p1', 20, 40] }),
      view({ id: id('c'), at: ['p1', 25, 60] }),
      view({ id: id('d'), at: ['p2', 0, 10] }),
      view({ id: id('e'), at: ['p2', 10, 20] }),
    ]);
    expect(overlaps(pieces)).toEqual([{ paragraphId: 'p1', start: 20, end: 40 }]);
  });

  it('is empty without overlaps and skips orphans', () => {
    expect(overlaps(piecesOf([view({ at: ['p1', 0, 5] }), view({ at: null })]))).toEqual([]);
  });
});

describe('shorten', () => {
  it('keeps short text, collapses whitespace, cuts long text at a word with an ellipsis', () => {
    expect(shorten('  a\n\nb  ')).toBe('a b');
    expect(shorten('one two three four five', 12)).toBe('one two…');
    expect(shorten('x'.repeat(30), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});
