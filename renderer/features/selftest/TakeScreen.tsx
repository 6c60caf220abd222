import { useEffect, useRef, useState } from 'react';
import type { FinishedAttempt, OpenAttempt } from '../../../electron/contract/selftest';
import { isAnswered } from '../../../electron/domain/selftest/attempt';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { QuestionView } from './QuestionView';
import { ReviewScreen } from './ReviewScreen';
import { SaveStatus } from './SaveStatus';
import { attemptQuestions } from './content';
import { useAttempt } from './useAttempt';

type Props = { attempt: OpenAttempt; onFinished: (attempt: FinishedAttempt) => void };

/** Taking an attempt: one question at a time with progress, Back/Next, then a review before submitting. */
export function TakeScreen({ attempt, onFinished }: Props) {
  const { answers, setAnswer, save, flush } = useAttempt(attempt);
  // Each question as this attempt asked it (its snapshot), so a question revised since still shows as answered.
  const asked = attemptQuestions(attempt);
  const total = asked.length;
  // Resume at the first question not answered yet.
  const firstOpen = asked.findIndex(({ question }) => !isAnswered(question, attempt.answers[question.id]));
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [reviewing, setReviewing] = useState(firstOpen < 0 && total > 0);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const main = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    // After Back/Next, start reading (and tabbing) at the new question's heading.
    if (moved.current) main.current?.querySelector<HTMLElement>('h2')?.focus();
    moved.current = true;
  }, [index, reviewing]);

  const go = (next: number) => {
    void flush();
    if (next >= total) setReviewing(true);
    else {
      setReviewing(false);
      setIndex(Math.max(0, next));
    }
  };

  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      if (!(await flush())) throw new Error('Some answers could not be saved, so the attempt was not submitted.');
      onFinished(await api['selftest.submit']({ documentId: attempt.documentId, attemptId: attempt.id }));
    } catch (error) {
      setSubmitError(`${(error as Error).message} Your answers are kept; you can try again.`);
      setSubmitting(false);
    }
  };

  const { layout, question } = asked[index]!;
  const answeredCount = asked.filter((a) => isAnswered(a.question, answers[a.question.id])).length;

  return (
    <div className="take" ref={main}>
      <div className="take__bar">
        <h1 className="take__progress-text">{reviewing ? `Review: ${answeredCount} of ${total} answered` : `Question ${index + 1} of ${total}`}</h1>
        <progress className="take__progress" max={total} value={answeredCount} aria-label={`${answeredCount} of ${total} questions answered`} />
        <SaveStatus save={save} onRetry={() => void flush()} />
      </div>
      {submitError && (
        <Banner tone="error" title="Not submitted">
          {submitError}
        </Banner>
      )}
      {reviewing ? (
        <ReviewScreen
          attempt={attempt}
          answers={answers}
          submitting={submitting}
          onOpen={(i) => go(i)}
          onBack={() => go(total - 1)}
          onSubmit={() => void submit()}
        />
      ) : (
        <>
          <QuestionView key={question.id} question={question} layout={layout} answer={answers[question.id]} onAnswer={(a, typing) => setAnswer(question.id, a, typing)} />
          <nav className="take__nav" aria-label="Questions">
            <button type="button" className="button" disabled={index === 0} onClick={() => go(index - 1)}>
              Back
            </button>
            <button type="button" className="button button--link" onClick={() => go(total)}>
              Review answers
            </button>
            <button type="button" className="button button--primary" onClick={() => go(index + 1)}>
              {index === total - 1 ? 'Review and submit' : 'Next'}
            </button>
          </nav>
        </>
      )}
    </div>
  );
}
