import type { QuestionProps } from '../questionProps';
import { layoutIds } from '../questionProps';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

/** Multiple select: checkboxes; Space toggles the focused one. */
function MultiQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'multi'>) {
  const picked = new Set(answer?.optionIds ?? []);
  const ids = layoutIds(layout, 'optionIds', question.options.map((o) => o.id));
  const toggle = (id: string) => {
    const next = picked.has(id) ? ids.filter((x) => picked.has(x) && x !== id) : ids.filter((x) => picked.has(x) || x === id);
    onAnswer({ kind: 'multi', optionIds: next });
  };
  return (
    <div className="choices" role="group" aria-labelledby={labelledBy}>
      <p className="question__hint">Select all that apply. A wrong pick cancels out a right one.</p>
      {ids.map((id) => (
        <label key={id} className="choice">
          <input type="checkbox" checked={picked.has(id)} onChange={() => toggle(id)} />
          <span>{question.options.find((o) => o.id === id)!.text}</span>
        </label>
      ))}
    </div>
  );
}

export const multiView: KindView<SelftestKinds, 'multi'> = { Question: MultiQuestion, Feedback: AnswerComparison };
