import { describe, expect, it } from 'vitest';
import examplePack from '../../../docs/example.lectern.json';
import { Pack } from './pack-schema';
import { packToQuestion, questionToPack } from './question-mapping';

describe('question mapping', () => {
  const questions = Pack.parse(examplePack).selfTest!.questions;

  it('maps each QTI interaction of the example pack onto one of today’s kinds', () => {
    expect(questions.map((q) => packToQuestion(q).kind)).toEqual(['single', 'multi', 'truefalse', 'order', 'match', 'classify', 'short', 'evidence']);
  });

  it('comes back to the same pack question, except accepted answers today’s short kind does not keep', () => {
    const back = questions.map((q) => questionToPack(packToQuestion(q)));
    const expected = questions.map((q) => {
      if (q.interaction !== 'text-entry') return q;
      const { acceptedAnswers: _dropped, ...rest } = q;
      return rest;
    });
    expect(back).toEqual(expected);
  });

  it('turns a true/false choice into a statement and its truth', () => {
    const tf = packToQuestion(questions[2]!);
    expect(tf).toMatchObject({ kind: 'truefalse', statement: 'Lincoln predicts that the world will long remember what was said at Gettysburg.', answer: false });
  });
});
