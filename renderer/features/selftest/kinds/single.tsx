import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import type { QuestionProps } from '../questionProps';
import { layoutIds } from '../questionProps';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

/** Single choice: radios; arrow keys move between choices, as usual. */
function SingleQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'single'>) {
  const chosen = answer?.optionId ?? null;
  const ids = layoutIds(layout, 'optionIds', question.options.map((o) => o.id));
  return (
    <div className="choices" role="radiogroup" aria-labelledby={labelledBy}>
      {ids.map((id) => {
        const option = question.options.find((o) => o.id === id)!;
        return (
          <label key={id} className="choice">
            <input type="radio" name={`choice-${question.id}`} checked={chosen === id} onChange={() => onAnswer({ kind: 'single', optionId: id })} />
            <span>{option.text}</span>
          </label>
        );
      })}
    </div>
  );
}

export const singleView: KindView<SelftestKinds, 'single'> = { Question: SingleQuestion, Feedback: AnswerComparison };
