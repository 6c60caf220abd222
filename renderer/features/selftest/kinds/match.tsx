import type { QuestionProps } from '../questionProps';
import { layoutIds } from '../questionProps';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

/** Match people to statements: one select per person, each listing every statement. */
function MatchQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'match'>) {
  const pairs = answer?.pairs ?? {};
  const leftIds = layoutIds(layout, 'leftIds', question.left.map((i) => i.id));
  const rightIds = layoutIds(layout, 'rightIds', question.right.map((i) => i.id));
  const choose = (leftId: string, rightId: string) => {
    const next = { ...pairs };
    if (rightId) next[leftId] = rightId;
    else delete next[leftId];
    onAnswer({ kind: 'match', pairs: next });
  };
  return (
    <div className="match" role="group" aria-labelledby={labelledBy}>
      <p className="question__hint">Each statement belongs to one person.</p>
      {leftIds.map((leftId) => {
        const person = question.left.find((i) => i.id === leftId)!;
        const selectId = `match-${question.id}-${leftId}`;
        return (
          <div key={leftId} className="match__row">
            <label className="match__person" htmlFor={selectId}>
              {person.text}
            </label>
            <select id={selectId} className="select" value={pairs[leftId] ?? ''} onChange={(e) => choose(leftId, e.target.value)}>
              <option value="">Choose a statement…</option>
              {rightIds.map((rightId) => (
                <option key={rightId} value={rightId}>
                  {question.right.find((i) => i.id === rightId)!.text}
                </option>
              ))}
            </select>
          </div>
        );
      })}
    </div>
  );
}

export const matchView: KindView<SelftestKinds, 'match'> = { Question: MatchQuestion, Feedback: AnswerComparison };
