import type { Answer } from '../../../data/schemas/selftest';
import type { OpenAttempt } from '../../../electron/contract/selftest';
import { isAnswered } from '../../../electron/domain/selftest/attempt';
import { attemptQuestions, kindLabels, promptOf } from './content';

type Props = {
  attempt: OpenAttempt;
  answers: Record<string, Answer>;
  submitting: boolean;
  onOpen: (index: number) => void;
  onBack: () => void;
  onSubmit: () => void;
};

/** Every question of the attempt, answered or not, with a way back to each; then submit. */
export function ReviewScreen({ attempt, answers, submitting, onOpen, onBack, onSubmit }: Props) {
  const rows = attemptQuestions(attempt).map(({ question }, index) => ({ index, question, answered: isAnswered(question, answers[question.id]) }));
  const open = rows.filter((r) => !r.answered).length;
  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title" className="review__title" tabIndex={-1}>
        Review your answers
      </h2>
      <p className="review__summary">
        {open === 0
          ? 'Every question has an answer. Submit when you are ready.'
          : `${open} ${open === 1 ? 'question is' : 'questions are'} not answered yet; unanswered questions score 0.`}
      </p>
      <ol className="review__list">
        {rows.map(({ index, question, answered }) => (
          <li key={question.id} className={`review__row ${answered ? '' : 'is-open'}`}>
            <span className="review__number">{index + 1}</span>
            <span className="review__text">
              <span className="review__kind">{kindLabels[question.kind]}</span>
              <span className="review__prompt">{promptOf(question)}</span>
            </span>
            <span className={`review__state ${answered ? 'is-answered' : ''}`}>{answered ? 'Answered' : 'Not answered'}</span>
            <button type="button" className="button" onClick={() => onOpen(index)} aria-label={`Go to question ${index + 1}`}>
              Go to
            </button>
          </li>
        ))}
      </ol>
      <div className="review__actions">
        <button type="button" className="button" onClick={onBack}>
          Back to the last question
        </button>
        <button type="button" className="button button--primary" disabled={submitting} onClick={onSubmit}>
          {submitting ? 'Submitting…' : 'Submit answers'}
        </button>
      </div>
    </section>
  );
}
