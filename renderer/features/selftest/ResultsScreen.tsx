import type { FinishedAttempt } from '../../../electron/contract/selftest';
import { FeedbackItem } from './FeedbackItem';
import { questionById } from './content';

type Props = {
  attempt: FinishedAttempt;
  missedCount: number;
  isLatest: boolean;
  onRetakeAll: () => void;
  onRetakeMissed: () => void;
  onHistory: () => void;
};

const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A finished attempt: the score, then feedback on every question. */
export function ResultsScreen({ attempt, missedCount, isLatest, onRetakeAll, onRetakeMissed, onHistory }: Props) {
  const right = attempt.grades.filter((g) => g.score === 1).length;
  const partly = attempt.grades.filter((g) => g.score > 0 && g.score < 1).length;
  return (
    <section className="results" aria-labelledby="results-title">
      <p className="page-kicker">Self-test results</p>
      <h1 id="results-title" className="page-title" tabIndex={-1}>
        Your score: {attempt.percent}%
      </h1>
      <p className="results__summary">
        {points(attempt.score)} of {attempt.max} points · {right} right, {partly} partly right, {attempt.max - right - partly} wrong or not answered
        {attempt.mode === 'missed' ? ' · a retake of the questions missed before' : ''}
      </p>
      <div className="results__actions">
        <button type="button" className="button button--primary" onClick={onRetakeAll}>
          Retake all
        </button>
        {isLatest && missedCount > 0 && (
          <button type="button" className="button" onClick={onRetakeMissed}>
            Retake only the ones I missed ({missedCount})
          </button>
        )}
        <button type="button" className="button button--link" onClick={onHistory}>
          History and score trend
        </button>
      </div>
      <h2 className="results__heading">Question by question</h2>
      <ol className="results__list">
        {attempt.grades.map((grade, i) => (
          <FeedbackItem key={grade.questionId} number={i + 1} question={questionById(grade.questionId)} answer={attempt.answers[grade.questionId]} grade={grade} />
        ))}
      </ol>
    </section>
  );
}
