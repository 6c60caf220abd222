import { useRef, useState } from 'react';
import type { SelfMark } from '../../../../data/schemas/selftest';
import { MAX_SHORT_ANSWER_CHARS } from '../../../../electron/contract/selftest-limits';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import type { QuestionProps } from '../questionProps';
import { AnswerComparison } from './AnswerComparison';
import type { KindFeedbackProps, KindView } from './view';

const marks: { value: SelfMark; label: string }[] = [
  { value: 'right', label: 'Right' },
  { value: 'partly', label: 'Partly right' },
  { value: 'wrong', label: 'Wrong' },
];

/** Short answer: write, then compare with the model answer and its key points, then mark yourself. */
function ShortQuestion({ question, answer, onAnswer }: QuestionProps<'short'>) {
  const text = answer?.text ?? '';
  const selfMark = answer?.selfMark ?? null;
  const [revealed, setRevealed] = useState(selfMark !== null);
  // Set by "Check my answer": the button goes away, so focus moves on to the marks that replace it.
  const focusMarks = useRef(false);
  const firstMark = (input: HTMLInputElement | null) => {
    if (input && focusMarks.current) {
      focusMarks.current = false;
      input.focus();
    }
  };
  const fieldId = `short-${question.id}`;
  const blank = text.trim() === '';
  const near = text.length > MAX_SHORT_ANSWER_CHARS * 0.9;

  return (
    <div className="short">
      <label className="short__label" htmlFor={fieldId}>
        Your answer
      </label>
      <textarea
        id={fieldId}
        className="short__field"
        rows={5}
        maxLength={MAX_SHORT_ANSWER_CHARS}
        value={text}
        aria-describedby={`${fieldId}-count`}
        onChange={(e) => onAnswer({ kind: 'short', text: e.target.value, selfMark }, true)}
      />
      <p id={`${fieldId}-count`} className={`short__count ${near ? 'is-near' : ''}`}>
        {text.length.toLocaleString()} of {MAX_SHORT_ANSWER_CHARS.toLocaleString()} characters
      </p>
      {!revealed ? (
        <div className="short__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={blank}
            onClick={() => {
              focusMarks.current = true;
              setRevealed(true);
            }}
          >
            Check my answer
          </button>
          {blank && <span className="question__hint">Write your answer first, then compare it with the model answer.</span>}
        </div>
      ) : (
        <section className="short__model" aria-label="Model answer">
          <h3 className="short__heading">Model answer</h3>
          <p>{question.modelAnswer}</p>
          <h3 className="short__heading">Key points to check</h3>
          <ul>
            {question.keyPoints.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
          <fieldset className="short__marks">
            <legend>How did your answer do?</legend>
            <div className="choices choices--row">
              {marks.map((m, index) => (
                <label key={m.value} className="choice">
                  <input
                    ref={index === 0 ? firstMark : undefined}
                    type="radio"
                    name={`mark-${question.id}`}
                    checked={selfMark === m.value}
                    disabled={blank}
                    onChange={() => onAnswer({ kind: 'short', text, selfMark: m.value })}
                  />
                  <span>{m.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        </section>
      )}
    </div>
  );
}

function ShortFeedback({ yours, right }: KindFeedbackProps<SelftestKinds, 'short'>) {
  return <AnswerComparison yours={yours} right={right} rightLabel="Model answer and key points" />;
}

export const shortView: KindView<SelftestKinds, 'short'> = { Question: ShortQuestion, Feedback: ShortFeedback };
