import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import type { QuestionProps } from '../questionProps';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

const choices = [
  { value: true, label: 'True' },
  { value: false, label: 'False' },
];

/** True or false: two radios in a row; arrow keys move between them. */
function TrueFalseQuestion({ question, answer, onAnswer, labelledBy }: QuestionProps<'truefalse'>) {
  const chosen = answer?.value ?? null;
  return (
    <div className="choices choices--row" role="radiogroup" aria-labelledby={labelledBy}>
      {choices.map((c) => (
        <label key={c.label} className="choice">
          <input type="radio" name={`choice-${question.id}`} checked={chosen === c.value} onChange={() => onAnswer({ kind: 'truefalse', value: c.value })} />
          <span>{c.label}</span>
        </label>
      ))}
    </div>
  );
}

export const truefalseView: KindView<SelftestKinds, 'truefalse'> = {
  Question: TrueFalseQuestion,
  promptLead: <span className="visually-hidden">True or false: </span>,
  Feedback: AnswerComparison,
};
