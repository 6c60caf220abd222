import { useEffect, useState } from 'react';
import type { FinishedAttempt } from '../../../electron/contract/selftest';
import { api } from '../../api/client';
import { FeedbackItem } from './FeedbackItem';
import { MakeCardButton } from './MakeCardButton';
import { attemptQuestion } from './content';

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
  // Question id → the flashcard already made from it; null until known, so no button offers a duplicate.
  const [cards, setCards] = useState<Record<string, string> | null>(null);
  const [cardsError, setCardsError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api['selftest.cards']({ documentId: attempt.documentId }).then(
      (found) => live && setCards(found),
      (e: Error) => live && setCardsError(e.message),
    );
    return () => {
      live = false;
    };
  }, [attempt.documentId]);
  const made = (questionId: string, cardId: string) => setCards((current) => ({ ...current, [questionId]: cardId }));
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
      {attempt.max - right > 0 && (
        <p className="results__hint">
          {cardsError
            ? `Flashcards cannot be made right now: ${cardsError}`
            : 'Turn a question you missed into a flashcard with “Make a flashcard”; it joins your reviews, tagged “selftest”.'}
        </p>
      )}
      <ol className="results__list">
        {attempt.grades.map((grade, i) => {
          // The question as it was answered (its snapshot); a question no version of which survives is named, not dropped.
          const question = attemptQuestion(attempt, grade.questionId);
          if (!question) {
            return (
              <li key={grade.questionId} className="feedback feedback--wrong">
                <p className="feedback__prompt">
                  Question {i + 1} is no longer in the test, so its text cannot be shown. It scored {grade.score} of 1.
                </p>
              </li>
            );
          }
          return (
          <FeedbackItem
            key={grade.questionId}
            number={i + 1}
            question={question}
            answer={attempt.answers[grade.questionId]}
            grade={grade}
            cardAction={
              grade.score < 1 && cards ? (
                <MakeCardButton documentId={attempt.documentId} attemptId={attempt.id} questionId={grade.questionId} number={i + 1} cardId={cards[grade.questionId]} onMade={made} />
              ) : null
            }
          />
          );
        })}
      </ol>
    </section>
  );
}
