import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { article } from '../../../data/article';
import { anchor, anchorAll } from './anchor';
import { articleText, paragraphOffsets } from './article-text';
import { describeRange } from './describe';
import type { Target } from './types';

// Correctness, not speed, is tested here: a generous deadline keeps a busy CI machine from turning a
// slow fuzzy search into 'timed-out' (the deadline itself is tested with an injected clock below).
const ROOMY = { deadlineMs: 60_000 };

const text = articleText(article.paragraphs);
const p3 = paragraphOffsets(article.paragraphs)[2]!;

// A sentence added to p1, after its first sentence: everything from p1's second sentence on shifts.
const INSERTED = ' Tokyo welcomed the proposal warmly.';
const insertAt = text.indexOf('. At the same time') + 1;
const editedBefore = text.slice(0, insertAt) + INSERTED + text.slice(insertAt);

/** Target for the `nth` occurrence of `phrase` in `source`. */
function targetFor(source: string, phrase: string, nth = 0): Target {
  let at = source.indexOf(phrase);
  for (let i = 0; i < nth; i++) at = source.indexOf(phrase, at + 1);
  if (at === -1) throw new Error(`phrase not found: ${phrase}`);
  return describeRange(source, at, at + phrase.length);
}

describe('anchor', () => {
  it('anchors by position when the text is unchanged', () => {
    const target = targetFor(text, 'massive five-year plan');
    expect(anchor(text, target, ROOMY)).toEqual({ status: 'anchored', ...target.position, method: 'position', score: 1 });
  });

  it('anchors by exact quote at the new offsets when text before the passage changed', () => {
    const target = targetFor(text, 'once unimaginable in pacifist Japan');
    expect(target.position.start).toBeGreaterThan(p3.start);
    expect(anchor(editedBefore, target, ROOMY)).toMatchObject({
      status: 'anchored',
      start: target.position.start + INSERTED.length,
      end: target.position.end + INSERTED.length,
      method: 'exact',
    });
  });

  it('anchors fuzzily to the corrected passage when the passage itself was edited', () => {
    const corrected = text.replace('the ITTP,', 'the ITPP,');
    const target = targetFor(text, 'together with the ITTP, will enable the Alliance');
    expect(anchor(corrected, target, ROOMY)).toMatchObject({ status: 'anchored', ...target.position, method: 'fuzzy' });
  });

  it('anchors a corrected acronym to its own place, not to the same acronym earlier', () => {
    const corrected = text.replace('the ITTP,', 'the ITPP,');
    const target = targetFor(text, 'ITTP');
    const result = anchor(corrected, target, ROOMY);
    expect(result).toMatchObject({ status: 'anchored', ...target.position, method: 'fuzzy' });
    expect(corrected.indexOf('ITPP')).toBeLessThan(target.position.start);
  });

  it('picks the repeated word whose prefix and suffix match', () => {
    // "massive" occurs four times in p3; the third is "This massive five-year plan".
    const target = targetFor(text, 'massive', 2);
    const result = anchor(editedBefore, target, ROOMY);
    expect(result).toMatchObject({ start: target.position.start + INSERTED.length, method: 'exact' });
  });

  it('distrusts the old position when another occurrence slid into it', () => {
    const source = 'aaaa NATO bbbb NATO cccc';
    const target = targetFor(source, 'NATO', 1);
    const shifted = `xxxxxxxxx ${source}`; // the first NATO now sits at the second one's old offsets
    expect(shifted.slice(target.position.start, target.position.end)).toBe('NATO');
    expect(anchor(shifted, target, ROOMY)).toMatchObject({ start: 25, end: 29, method: 'exact' });
  });

  it('matches quotes with typographic quotation marks and apostrophes', () => {
    const target = targetFor(text, '“NATO’s eastward expansion in the Asia-Pacific region');
    const result = anchor(editedBefore, target, ROOMY);
    expect(result).toMatchObject({ start: target.position.start + INSERTED.length, method: 'exact' });
  });

  it('anchors a quote typed with straight quotes fuzzily to the typographic text', () => {
    const target = targetFor(text, '“NATO’s eastward expansion in the Asia-Pacific region');
    const typed: Target = { ...target, quote: { ...target.quote, exact: '"NATO\'s eastward expansion in the Asia-Pacific region' } };
    expect(anchor(text, typed, ROOMY)).toMatchObject({ status: 'anchored', ...target.position, method: 'fuzzy' });
  });

  it('orphans a passage that was deleted', () => {
    const sentence =
      'Japan plans to invest in interceptor missiles to defend against ballistic missiles, attack and reconnaissance drones, satellite communications equipment, F-35 stealth fighters, helicopters, submarines, warships and heavy transport aircraft.';
    const target = targetFor(text, sentence);
    expect(anchor(text.replace(`${sentence} `, ''), target, ROOMY)).toEqual({ status: 'orphaned', reason: 'not-found' });
    const word = targetFor(text, 'uninhabited');
    expect(anchor(text.replace('uninhabited ', ''), word, ROOMY)).toEqual({ status: 'orphaned', reason: 'not-found' });
  });

  it('orphans an empty quote as invalid and anything in an empty or blank text as not found', () => {
    const target = targetFor(text, 'NATO');
    expect(anchor(text, { ...target, quote: { ...target.quote, exact: '' } }, ROOMY)).toEqual({
      status: 'orphaned',
      reason: 'invalid-target',
    });
    expect(anchor('', target, ROOMY)).toEqual({ status: 'orphaned', reason: 'not-found' });
    expect(anchor('  \n\n  ', target, ROOMY)).toEqual({ status: 'orphaned', reason: 'not-found' });
  });

  it('anchors whitespace-only quotes by their context', () => {
    const separator = targetFor(text, '\n\n', 2); // between p3 and p4
    expect(anchor(text, separator, ROOMY)).toMatchObject({ method: 'position' });
    expect(anchor(editedBefore, separator, ROOMY)).toMatchObject({
      start: separator.position.start + INSERTED.length,
      method: 'exact',
    });
    const space = describeRange(text, p3.start + 5, p3.start + 6);
    expect(space.quote.exact).toBe(' ');
    expect(anchor(editedBefore, space, ROOMY)).toMatchObject({ start: space.position.start + INSERTED.length });
  });

  it('anchors quotes at the very start and end of the text', () => {
    const first = describeRange(text, 0, 20);
    const last = describeRange(text, text.length - 20, text.length);
    expect(anchor(text, first, ROOMY)).toMatchObject({ start: 0, method: 'position' });
    expect(anchor(editedBefore, last, ROOMY)).toMatchObject({ end: editedBefore.length, method: 'exact' });
  });

  it('anchors by exact quote when the edit touches the passage prefix', () => {
    const target = targetFor(text, 'once unimaginable in pacifist Japan');
    const at = target.position.start - 2;
    const edited = `${text.slice(0, at)}, indeed,${text.slice(at)}`;
    expect(anchor(edited, target, ROOMY)).toMatchObject({ start: target.position.start + 9, method: 'exact' });
  });

  it('falls back to the quote when the stored position is out of range', () => {
    const target = targetFor(text, 'Senkaku Islands');
    const stale: Target = { ...target, position: { start: 99_999, end: 100_014 } };
    expect(anchor(text, stale, ROOMY)).toMatchObject({ ...target.position, method: 'exact' });
  });

  it('reports a timeout when the fuzzy search runs out of time', () => {
    let t = 0;
    const now = (): number => (t += 1000);
    const target = targetFor(text, 'together with the ITTP, will enable the Alliance');
    const corrected = text.replace('the ITTP,', 'the ITPP,');
    expect(anchor(corrected, target, { now })).toEqual({ status: 'orphaned', reason: 'timed-out' });
  });

  it('anchors many targets in order', () => {
    const targets = [targetFor(text, 'NATO', 3), targetFor(text, 'WWII'), targetFor(text, 'Pyongyang')];
    const results = anchorAll(editedBefore, targets);
    expect(results.map((r) => r.status === 'anchored' && r.start)).toEqual(
      targets.map((t) => t.position.start + INSERTED.length),
    );
  });
});

describe('anchor round trip on the article', () => {
  const range = (minLength: number, maxLength: number) =>
    fc
      .tuple(fc.nat({ max: text.length - minLength }), fc.integer({ min: minLength, max: maxLength }))
      .map(([start, length]) => ({ start, end: Math.min(text.length, start + length) }))
      .filter(({ start, end }) => end - start >= minLength);

  it('gives back the described range on unchanged text', () => {
    fc.assert(
      fc.property(range(1, 400), ({ start, end }) => {
        expect(anchor(text, describeRange(text, start, end), ROOMY)).toEqual({
          status: 'anchored',
          start,
          end,
          method: 'position',
          score: 1,
        });
      }),
    );
  });

  // Only edits outside the stored prefix: a one-character quote whose prefix was cut off can be
  // legitimately ambiguous (see the example test below for an edit right next to a passage).
  it('gives back the shifted range after an insertion before its context', () => {
    fc.assert(
      fc.property(range(1, 400), fc.nat(), ({ start, end }, n) => {
        const at = n % (Math.max(0, start - 32) + 1);
        const edited = `${text.slice(0, at)}§§§ ${text.slice(at)}`;
        expect(anchor(edited, describeRange(text, start, end), ROOMY)).toMatchObject({ start: start + 4, end: end + 4 });
      }),
    );
  });

  it('gives back the same range after one character inside it changed', () => {
    fc.assert(
      fc.property(range(20, 400), ({ start, end }) => {
        const middle = Math.floor((start + end) / 2);
        const edited = `${text.slice(0, middle)}§${text.slice(middle + 1)}`;
        expect(anchor(edited, describeRange(text, start, end), ROOMY)).toMatchObject({ start, end, method: 'fuzzy' });
      }),
      { numRuns: 60 },
    );
  });
});
