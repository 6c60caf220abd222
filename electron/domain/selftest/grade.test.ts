import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../data/article';
import { Question } from '../../../data/schemas/selftest';
import type { Answer } from '../../../data/schemas/selftest';
import { selfTest } from '../../../data/selftest';
import { clampRange, gradeAttempt, gradeQuestion, quoteRange, rangeJaccard } from './grade';

const base = { explanation: 'Because.', source: { paragraph: 'p4', quote: 'no plans to join NATO' } };
const q = (fields: Record<string, unknown>): Question => Question.parse({ ...base, ...fields });
const opts = (...ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));
const items = (...ids: string[]) => ids.map((id) => ({ id, text: `Item ${id}` }));

const single = q({ id: 's', kind: 'single', prompt: 'Pick', options: opts('a', 'b', 'c'), answer: 'b' });
const multi = q({ id: 'm', kind: 'multi', prompt: 'Pick all', options: opts('a', 'b', 'c', 'd', 'e'), answers: ['a', 'b', 'c'] });
const truefalse = q({ id: 't', kind: 'truefalse', statement: 'Kishida said so.', answer: true });
const classify = q({
  id: 'c',
  kind: 'classify',
  prompt: 'Sort',
  categories: [
    { id: 'against-soon', label: 'Against' },
    { id: 'for-one-day', label: 'For' },
  ],
  items: [
    { id: 'w', text: 'W', category: 'against-soon' },
    { id: 'x', text: 'X', category: 'against-soon' },
    { id: 'y', text: 'Y', category: 'for-one-day' },
    { id: 'z', text: 'Z', category: 'for-one-day' },
  ],
});
const order = q({ id: 'o', kind: 'order', prompt: 'Order', items: items('a', 'b', 'c', 'd', 'e') });
const match = q({
  id: 'x',
  kind: 'match',
  prompt: 'Match',
  left: items('kishida', 'hayashi', 'mao'),
  right: items('k', 'h', 'm'),
  pairs: { kishida: 'k', hayashi: 'h', mao: 'm' },
});
const short = q({ id: 'sh', kind: 'short', prompt: 'Why?', modelAnswer: 'Because.', keyPoints: ['one', 'two'] });
// Paragraph "0123456789" style offsets keep the evidence arithmetic readable: the quote is [10, 20).
const paragraph = 'aaaaaaaaaaQUOTEQUOTEbbbbbbbbbb';
const evidence = q({ id: 'e', kind: 'evidence', claim: 'Claim', source: { paragraph: 'p1', quote: 'QUOTEQUOTE' } });
const select = (start: number, end: number): Answer => ({ kind: 'evidence', selection: { start, end } });

describe('gradeQuestion', () => {
  it('gives a single choice all or nothing', () => {
    expect(gradeQuestion(single, { kind: 'single', optionId: 'b' })).toMatchObject({ score: 1, correct: true });
    expect(gradeQuestion(single, { kind: 'single', optionId: 'a' })).toMatchObject({ score: 0, correct: false, answered: true });
    expect(gradeQuestion(single, { kind: 'single', optionId: null })).toMatchObject({ score: 0, answered: false });
  });

  it('gives true/false all or nothing, and null is unanswered', () => {
    expect(gradeQuestion(truefalse, { kind: 'truefalse', value: true }).score).toBe(1);
    expect(gradeQuestion(truefalse, { kind: 'truefalse', value: false }).score).toBe(0);
    expect(gradeQuestion(truefalse, { kind: 'truefalse', value: null })).toMatchObject({ score: 0, answered: false });
  });

  it('scores multiple select as (hits − wrong picks) / correct options, floored at 0', () => {
    const pick = (...optionIds: string[]) => gradeQuestion(multi, { kind: 'multi', optionIds });
    expect(pick('a', 'b', 'c')).toMatchObject({ score: 1, correct: true });
    expect(pick('a', 'b').score).toBeCloseTo(2 / 3);
    expect(pick('a', 'b', 'c', 'd').score).toBeCloseTo(2 / 3);
    expect(pick('a', 'b', 'c', 'd', 'e').score).toBeCloseTo(1 / 3);
    expect(pick('a', 'd', 'e').score).toBe(0);
    expect(pick('a', 'a', 'a').score).toBeCloseTo(1 / 3);
    expect(pick('a', 'd').detail).toEqual({ kind: 'multi', hits: ['a'], wrongPicks: ['d'], missed: ['b', 'c'] });
    expect(pick()).toMatchObject({ score: 0, answered: false });
  });

  it('scores classify as the share of items placed correctly, unplaced items wrong', () => {
    const place = (placements: Record<string, 'against-soon' | 'for-one-day' | 'conclusion'>) =>
      gradeQuestion(classify, { kind: 'classify', placements });
    expect(place({ w: 'against-soon', x: 'against-soon', y: 'for-one-day', z: 'for-one-day' }).score).toBe(1);
    expect(place({ w: 'against-soon', x: 'for-one-day', y: 'for-one-day' })).toMatchObject({
      score: 0.5,
      detail: { kind: 'classify', wrongItemIds: ['x', 'z'] },
    });
    expect(place({})).toMatchObject({ score: 0, answered: false });
  });

  it('scores order as the share of adjacent article pairs kept in order', () => {
    const arrange = (...itemIds: string[]) => gradeQuestion(order, { kind: 'order', itemIds });
    expect(arrange('a', 'b', 'c', 'd', 'e')).toMatchObject({ score: 1, correct: true });
    expect(arrange('e', 'd', 'c', 'b', 'a').score).toBe(0);
    // Moving the last item to the front breaks only the pair (d, e).
    expect(arrange('e', 'a', 'b', 'c', 'd')).toMatchObject({
      score: 0.75,
      detail: { kind: 'order', pairsInOrder: 3, pairs: 4, brokenPairs: [['d', 'e']] },
    });
    expect(arrange('b', 'a', 'c', 'd', 'e').score).toBe(0.75);
    // A left-out item breaks both pairs it belongs to.
    expect(arrange('a', 'b', 'd', 'e').score).toBe(0.5);
    expect(arrange()).toMatchObject({ score: 0, answered: false });
  });

  it('scores match as the share of people paired with their statement', () => {
    const pair = (pairs: Record<string, string>) => gradeQuestion(match, { kind: 'match', pairs });
    expect(pair({ kishida: 'k', hayashi: 'h', mao: 'm' }).score).toBe(1);
    expect(pair({ kishida: 'h', hayashi: 'k', mao: 'm' })).toMatchObject({
      detail: { kind: 'match', wrongLeftIds: ['kishida', 'hayashi'] },
    });
    expect(pair({ kishida: 'h', hayashi: 'k', mao: 'm' }).score).toBeCloseTo(1 / 3);
    expect(pair({})).toMatchObject({ score: 0, answered: false });
  });

  it('scores a short answer by the learner’s own mark, and blank text as 0', () => {
    const mark = (text: string, selfMark: 'right' | 'partly' | 'wrong' | null) => gradeQuestion(short, { kind: 'short', text, selfMark });
    expect(mark('Kishida said no.', 'right')).toMatchObject({ score: 1, correct: true });
    expect(mark('Kishida said no.', 'partly')).toMatchObject({ score: 0.5, correct: false });
    expect(mark('Kishida said no.', 'wrong').score).toBe(0);
    expect(mark('Kishida said no.', null)).toMatchObject({ score: 0, answered: true });
    expect(mark('   ', 'right')).toMatchObject({ score: 0, answered: false });
  });

  it('scores evidence by Jaccard overlap: full at minOverlap, half at half of it', () => {
    const grade = (start: number, end: number) => gradeQuestion(evidence, select(start, end), paragraph);
    expect(grade(10, 20)).toMatchObject({ score: 1, correct: true, detail: { overlap: 1, expected: { start: 10, end: 20 } } });
    expect(grade(5, 20)).toMatchObject({ score: 1 }); // 10 / 15 ≥ 0.5
    expect(grade(0, 20)).toMatchObject({ score: 1 }); // 10 / 20 = 0.5, the threshold itself
    expect(grade(0, 30)).toMatchObject({ score: 0.5 }); // 10 / 30 ≥ 0.25
    expect(grade(10, 12)).toMatchObject({ score: 0 }); // 2 / 10 < 0.25
    expect(grade(20, 30)).toMatchObject({ score: 0, detail: { overlap: 0 } });
  });

  it('honours a question’s own minOverlap and clamps selections to the paragraph', () => {
    const strict = q({ id: 'e2', kind: 'evidence', claim: 'Claim', minOverlap: 0.9, source: { paragraph: 'p1', quote: 'QUOTEQUOTE' } });
    expect(gradeQuestion(strict, select(5, 20), paragraph).score).toBe(0.5); // 0.67: over 0.45, under 0.9
    expect(gradeQuestion(evidence, select(10, 999), paragraph).detail).toMatchObject({ selection: { start: 10, end: 30 } });
    expect(gradeQuestion(evidence, select(500, 900), paragraph)).toMatchObject({ score: 0, answered: false });
  });

  it('treats a null, empty or missing evidence selection as unanswered', () => {
    expect(gradeQuestion(evidence, { kind: 'evidence', selection: null }, paragraph)).toMatchObject({ score: 0, answered: false });
    expect(gradeQuestion(evidence, select(12, 12), paragraph)).toMatchObject({ score: 0, answered: false });
    expect(gradeQuestion(evidence, undefined, paragraph)).toMatchObject({ score: 0, answered: false });
  });

  it('scores a selection in another paragraph as answered but wrong, even at the same offsets', () => {
    const elsewhere: Answer = { kind: 'evidence', selection: { start: 10, end: 20 }, paragraph: 'p2' };
    expect(gradeQuestion(evidence, elsewhere, paragraph)).toMatchObject({ score: 0, answered: true, detail: { overlap: 0, paragraph: 'p2' } });
    expect(gradeQuestion(evidence, { ...elsewhere, paragraph: 'p1' }, paragraph)).toMatchObject({ score: 1, detail: { paragraph: 'p1' } });
    expect(gradeQuestion(evidence, { kind: 'evidence', selection: null, paragraph: 'p2' }, paragraph)).toMatchObject({ answered: false });
  });

  it('grades evidence against the shipped article’s paragraph when given it', () => {
    const real = q({ id: 'e3', kind: 'evidence', claim: 'Kishida said no.', source: { paragraph: 'p4', quote: 'no plans to join NATO' } });
    const full = gradeQuestion(real, select(0, 10_000), paragraphText('p4'));
    expect(full.detail).toMatchObject({ kind: 'evidence' });
    const expected = full.detail.kind === 'evidence' ? full.detail.expected : { start: 0, end: 0 };
    expect(gradeQuestion(real, select(expected.start, expected.end), paragraphText('p4')).score).toBe(1);
  });

  it('throws when an evidence quote is not in its paragraph, a data bug', () => {
    expect(() => gradeQuestion(evidence, select(0, 5), 'some other text')).toThrow(/quote not found/);
  });

  it('scores an answer of the wrong kind as unanswered', () => {
    expect(gradeQuestion(single, { kind: 'truefalse', value: true })).toMatchObject({ score: 0, answered: false });
    expect(gradeQuestion(order, null)).toMatchObject({ score: 0, answered: false });
  });
});

describe('character ranges', () => {
  it('measures Jaccard overlap symmetrically, 0 for disjoint or empty ranges', () => {
    expect(rangeJaccard({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15);
    expect(rangeJaccard({ start: 5, end: 15 }, { start: 0, end: 10 })).toBeCloseTo(5 / 15);
    expect(rangeJaccard({ start: 0, end: 5 }, { start: 5, end: 10 })).toBe(0);
    expect(rangeJaccard({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(0);
  });

  it('clamps a range to the paragraph and locates a quote', () => {
    expect(clampRange({ start: -4, end: 50 }, 30)).toEqual({ start: 0, end: 30 });
    expect(quoteRange('abc QUOTE def', 'QUOTE')).toEqual({ start: 4, end: 9 });
  });
});

describe('gradeAttempt', () => {
  const questions = [single, multi, truefalse, evidence];
  const lookup = () => paragraph;

  it('sums the scores out of one point per question', () => {
    const grade = gradeAttempt(
      questions,
      { s: { kind: 'single', optionId: 'b' }, m: { kind: 'multi', optionIds: ['a', 'b'] }, e: select(10, 20) },
      lookup,
    );
    expect(grade.max).toBe(4);
    expect(grade.score).toBeCloseTo(1 + 2 / 3 + 0 + 1);
    expect(grade.percent).toBe(67);
    expect(grade.perQuestion.map((r) => r.questionId)).toEqual(['s', 'm', 't', 'e']);
    expect(grade.perQuestion[2]).toMatchObject({ score: 0, answered: false });
  });

  it('gives 0% for no answers and for no questions', () => {
    expect(gradeAttempt(questions, {}, lookup)).toMatchObject({ score: 0, max: 4, percent: 0 });
    expect(gradeAttempt([], {}, paragraphText)).toEqual({ score: 0, max: 0, percent: 0, perQuestion: [] });
  });
});

/** The answer a learner who knows the key would give, for any question. */
function keyAnswer(question: Question): Answer {
  switch (question.kind) {
    case 'single':
      return { kind: 'single', optionId: question.answer };
    case 'multi':
      return { kind: 'multi', optionIds: question.answers };
    case 'truefalse':
      return { kind: 'truefalse', value: question.answer };
    case 'classify':
      return { kind: 'classify', placements: Object.fromEntries(question.items.map((i) => [i.id, i.category])) };
    case 'order':
      return { kind: 'order', itemIds: question.items.map((i) => i.id) };
    case 'match':
      return { kind: 'match', pairs: question.pairs };
    case 'short':
      return { kind: 'short', text: question.modelAnswer, selfMark: 'right' };
    case 'evidence':
      return { kind: 'evidence', selection: quoteRange(paragraphText(question.source.paragraph), question.source.quote) };
  }
}

describe('the shipped self-test', () => {
  it('gives full marks for the answer key, and 0 for no answers', () => {
    const answers = Object.fromEntries(selfTest.questions.map((q) => [q.id, keyAnswer(q)]));
    const full = gradeAttempt(selfTest.questions, answers, paragraphText);
    expect(full.perQuestion.filter((r) => !r.correct).map((r) => r.questionId)).toEqual([]);
    expect(full.percent).toBe(100);
    expect(gradeAttempt(selfTest.questions, {}, paragraphText).score).toBe(0);
  });
});

describe('evidence without its paragraph', () => {
  it('refuses to guess: grading needs the paragraph text', () => {
    const q = selfTest.questions.find((x) => x.kind === 'evidence')!;
    expect(() => gradeQuestion(q, { kind: 'evidence', selection: { start: 0, end: 5 } })).toThrow(/needs its paragraph/);
  });
});

describe('attempt totals', () => {
  it('do not depend on the order the questions were shown in', () => {
    const third = { kind: 'multi', optionIds: [] } as Answer;
    const answers: Record<string, Answer> = {};
    // Multi questions with one wrong and two right picks score 1/3; mixed with halves, float sums drift by order.
    for (const q of selfTest.questions) {
      if (q.kind === 'multi') answers[q.id] = { ...third, optionIds: [q.answers[0]!, q.answers[1]!, q.options.find((o) => !q.answers.includes(o.id))!.id] } as Answer;
      if (q.kind === 'short') answers[q.id] = { kind: 'short', text: 'so so', selfMark: 'partly' };
      if (q.kind === 'single') answers[q.id] = { kind: 'single', optionId: q.answer };
    }
    const forward = gradeAttempt(selfTest.questions, answers, paragraphText);
    const backward = gradeAttempt([...selfTest.questions].reverse(), answers, paragraphText);
    expect(backward.score).toBe(forward.score);
    expect(backward.percent).toBe(forward.percent);
  });
});
