import { describe, expect, it } from 'vitest';
import { QuestionDraft } from '../../../electron/contract/questions-values';
import { draftOf, emptyForm, formOf, parseQuestionPassage, passageQuote, type FormState } from './question-form';

const source = { block: 'sec-2_b14', quote: 'the passage' };

describe('the question form', () => {
  it('turns each kind into a draft the main side accepts, and back into the same form', () => {
    const forms: FormState[] = [
      { ...emptyForm('single'), text: 'Which?', answer: 'This one', distractors: ['That one', 'Another', 'A fourth'], explanation: 'Because.' },
      { ...emptyForm('truefalse'), text: 'It is so.', truth: false, explanation: 'It is not.' },
      { ...emptyForm('order'), text: 'In what order?', items: ['First', 'Second', 'Third', 'Fourth'], explanation: 'As told.' },
      { ...emptyForm('evidence'), text: 'A claim.', explanation: 'The passage says so.' },
    ];
    for (const form of forms) {
      const draft = QuestionDraft.parse(draftOf(form, source));
      const again = formOf(form.kind, { ...draft, id: 'q' } as Parameters<typeof formOf>[1]);
      expect(again).toEqual({ ...emptyForm(form.kind), ...pick(form) });
    }
  });

  it('reads a passage of any block id from the address, and the words there without the spaces a drag picks up', () => {
    expect(parseQuestionPassage('sec-2_b14:3-20')).toEqual({ block: 'sec-2_b14', start: 3, end: 20 });
    expect(parseQuestionPassage('p1:20-3')).toBeNull();
    expect(parseQuestionPassage('p1:a-b')).toBeNull();
    expect(passageQuote('  some words here ', 0, 12)).toBe('some words');
    expect(passageQuote('short', 0, 9)).toBeNull();
  });
});

/** The fields a kind keeps: the others come back as the empty form has them. */
function pick(form: FormState): Partial<FormState> {
  const common = { kind: form.kind, text: form.text, explanation: form.explanation };
  if (form.kind === 'single') return { ...common, answer: form.answer, distractors: form.distractors };
  if (form.kind === 'truefalse') return { ...common, truth: form.truth };
  if (form.kind === 'order') return { ...common, items: form.items };
  return common;
}
