import { describe, expect, it } from 'vitest';
import { paragraphText } from '../../../data/article';
import { selfTest } from '../../../data/selftest';
import type { Answer, Question } from '../../../data/schemas/selftest';
import { answerMismatch, isAnswered, missedQuestionIds } from './attempt';
import { gradeQuestion } from './grade';

const first = <K extends Question['kind']>(kind: K) => selfTest.questions.find((q) => q.kind === kind) as Extract<Question, { kind: K }>;

describe('attempt rules', () => {
  it('lists the questions scored below 1 as missed, in order', () => {
    expect(missedQuestionIds([{ questionId: 'a', score: 1 }, { questionId: 'b', score: 0.5 }, { questionId: 'c', score: 0 }])).toEqual(['b', 'c']);
  });

  it('counts an answer as answered exactly when the grader does, except an unmarked short answer', () => {
    const cases: [Question, Answer][] = [
      [first('single'), { kind: 'single', optionId: null }],
      [first('single'), { kind: 'single', optionId: first('single').answer }],
      [first('multi'), { kind: 'multi', optionIds: [] }],
      [first('truefalse'), { kind: 'truefalse', value: false }],
      [first('order'), { kind: 'order', itemIds: ['x'] }],
      [first('classify'), { kind: 'classify', placements: {} }],
      [first('match'), { kind: 'match', pairs: { kishida: 'no-plans' } }],
      [first('evidence'), { kind: 'evidence', selection: { start: 3, end: 3 } }],
      [first('evidence'), { kind: 'evidence', selection: { start: 3, end: 9 } }],
    ];
    for (const [q, a] of cases) expect(isAnswered(q, a)).toBe(gradeQuestion(q, a, paragraphText(q.source.paragraph)).answered);
    expect(isAnswered(first('short'), { kind: 'short', text: 'Because', selfMark: null })).toBe(true);
    expect(isAnswered(first('short'), { kind: 'short', text: '  ', selfMark: 'right' })).toBe(false);
    expect(isAnswered(first('single'), { kind: 'truefalse', value: true })).toBe(false);
  });

  it('explains an answer that names ids the question does not have, or has the wrong kind', () => {
    expect(answerMismatch(first('single'), { kind: 'multi', optionIds: [] })).toMatch(/takes a single answer/);
    expect(answerMismatch(first('match'), { kind: 'match', pairs: { kishida: 'nope' } })).toMatch(/"nope"/);
    expect(answerMismatch(first('classify'), { kind: 'classify', placements: { ghost: 'conclusion' } })).toMatch(/"ghost"/);
    expect(answerMismatch(first('order'), { kind: 'order', itemIds: first('order').items.map((i) => i.id) })).toBeNull();
  });
});
