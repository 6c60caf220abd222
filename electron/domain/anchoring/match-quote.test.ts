import { describe, expect, it } from 'vitest';
import { article } from '../../../data/article';
import { articleText } from './article-text';
import { describeRange } from './describe';
import { matchQuote as matchQuoteWithDeadline } from './match-quote';
import type { TextQuoteSelector } from './types';

type MatchOptions = NonNullable<Parameters<typeof matchQuoteWithDeadline>[2]>;

/** Correctness, not speed, is tested here: a generous deadline unless a test sets its own clock. */
const matchQuote = (text: string, selector: TextQuoteSelector, options: MatchOptions = {}) => matchQuoteWithDeadline(text, selector, { deadlineMs: 60_000, ...options });

const text = articleText(article.paragraphs);
const quote = (exact: string, prefix = '', suffix = ''): TextQuoteSelector => ({ exact, prefix, suffix });

/** Selector for the `nth` occurrence of `phrase` in `source`, with its offsets. */
function selectorFor(source: string, phrase: string, nth = 0) {
  let at = source.indexOf(phrase);
  for (let i = 0; i < nth; i++) at = source.indexOf(phrase, at + 1);
  const { quote: selector } = describeRange(source, at, at + phrase.length);
  return { selector, start: at, end: at + phrase.length };
}

/** A clock that jumps a whole second every time it is read. */
function slowClock(): () => number {
  let t = 0;
  return () => (t += 1000);
}

describe('matchQuote', () => {
  it('finds an exact quote with full score when its context is intact', () => {
    const { selector, start, end } = selectorFor(text, 'liaison office');
    expect(matchQuote(text, selector, { hint: start })).toEqual({ start, end, score: 1, method: 'exact' });
  });

  it('picks the occurrence whose prefix and suffix match, not the one nearest the hint', () => {
    const source = 'the cat sat on the mat. the cat ran off.';
    const match = matchQuote(source, quote('the cat', 'mat. ', ' ran'), { hint: 0 });
    expect(match).toMatchObject({ start: 24, end: 31, method: 'exact' });
  });

  it('breaks ties between identical contexts by closeness to the hint', () => {
    const source = 'abc xyz abc xyz abc';
    expect(matchQuote(source, quote('abc'), { hint: 15 })).toMatchObject({ start: 16 });
    expect(matchQuote(source, quote('abc'), { hint: 5 })).toMatchObject({ start: 8 });
  });

  it('finds a slightly edited short quote approximately, with a score below 1', () => {
    const { selector, start, end } = selectorFor(text, 'together with the ITTP, will enable');
    const edited = text.replace('the ITTP,', 'the ITPP,');
    const match = matchQuote(edited, selector, { hint: start });
    expect(match).toMatchObject({ start, end, method: 'fuzzy' });
    expect(match!.score).toBeGreaterThan(0.9);
    expect(match!.score).toBeLessThan(1);
  });

  it('finds a long edited quote through its head and tail probes', () => {
    const start = text.indexOf('Japan plans to invest');
    const end = text.indexOf('heavy transport aircraft.') + 'heavy transport aircraft.'.length;
    const { quote: selector } = describeRange(text, start, end);
    const edited = text.replace('F-35 stealth fighters', 'F-35 fighter jets');
    const match = matchQuote(edited, selector, { hint: start });
    expect(match).toMatchObject({ start, method: 'fuzzy' });
    expect(match!.end).toBe(end - 'stealth fighters'.length + 'fighter jets'.length);
  });

  it('still finds a long quote whose opening was rewritten, through its tail', () => {
    const start = text.indexOf('Japan plans to invest');
    const end = text.indexOf('heavy transport aircraft.') + 'heavy transport aircraft.'.length;
    const { quote: selector } = describeRange(text, start, end);
    const edited = text.replace('Japan plans to invest in interceptor', 'Tokyo also intends to buy some new');
    const match = matchQuote(edited, selector, { hint: start });
    // The rewrite is 2 characters shorter; where a rewritten opening begins is itself approximate.
    expect(match).toMatchObject({ end: end - 2, method: 'fuzzy' });
    expect(Math.abs(match!.start - start)).toBeLessThanOrEqual(8);
  });

  it('prefers the edited passage over an exact twin whose context differs', () => {
    const source = 'First, the red fox jumps high today. Later, the red fox jumps high again.';
    const { selector } = selectorFor(source, 'the red fox jumps high', 1);
    const edited = source.replace('Later, the red fox', 'Later, the red cat');
    expect(matchQuote(edited, selector, { hint: 44 })).toMatchObject({ start: 44, method: 'fuzzy' });
  });

  it('returns null for a quote absent from the text', () => {
    expect(matchQuote(text, quote('Vladivostok submarine base'))).toBeNull();
  });

  it('returns null for an empty quote or an empty text', () => {
    expect(matchQuote(text, quote(''))).toBeNull();
    expect(matchQuote('', quote('NATO'))).toBeNull();
  });

  it('rejects a match scoring below minScore', () => {
    const { selector, start } = selectorFor(text, 'together with the ITTP, will enable');
    const edited = text.replace('the ITTP,', 'the ITPP,');
    expect(matchQuote(edited, selector, { hint: start, minScore: 0.999 })).toBeNull();
  });

  it('does no fuzzy search when maxErrors is 0', () => {
    const { selector, start } = selectorFor(text, 'together with the ITTP, will enable');
    const edited = text.replace('the ITTP,', 'the ITPP,');
    expect(matchQuote(edited, selector, { hint: start, maxErrors: 0 })).toBeNull();
  });

  it('skips the fuzzy search once the deadline has passed, but not the exact one', () => {
    const { selector, start } = selectorFor(text, 'together with the ITTP, will enable');
    const edited = text.replace('the ITTP,', 'the ITPP,');
    expect(matchQuote(edited, selector, { hint: start, now: slowClock(), deadlineMs: 100 })).toBeNull();
    expect(matchQuote(text, selector, { hint: start, now: slowClock(), deadlineMs: 100 })).toMatchObject({ method: 'exact' });
  });
});
