import type { QuestionProps } from './questionProps';
import { layoutIds } from './questionProps';

/** Single choice (radios) and true/false (two radios). Arrow keys move between choices, as usual. */
export function ChoiceQuestion(props: QuestionProps<'single'> | QuestionProps<'truefalse'>) {
  const { question, layout, labelledBy } = props;
  const name = `choice-${question.id}`;
  if (question.kind === 'truefalse') {
    const chosen = (props as QuestionProps<'truefalse'>).answer?.value ?? null;
    const choices = [
      { value: true, label: 'True' },
      { value: false, label: 'False' },
    ];
    return (
      <div className="choices choices--row" role="radiogroup" aria-labelledby={labelledBy}>
        {choices.map((c) => (
          <label key={c.label} className="choice">
            <input type="radio" name={name} checked={chosen === c.value} onChange={() => props.onAnswer({ kind: 'truefalse', value: c.value })} />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    );
  }
  const chosen = (props as QuestionProps<'single'>).answer?.optionId ?? null;
  const ids = layoutIds(layout, 'optionIds', question.options.map((o) => o.id));
  return (
    <div className="choices" role="radiogroup" aria-labelledby={labelledBy}>
      {ids.map((id) => {
        const option = question.options.find((o) => o.id === id)!;
        return (
          <label key={id} className="choice">
            <input type="radio" name={name} checked={chosen === id} onChange={() => props.onAnswer({ kind: 'single', optionId: id })} />
            <span>{option.text}</span>
          </label>
        );
      })}
    </div>
  );
}
