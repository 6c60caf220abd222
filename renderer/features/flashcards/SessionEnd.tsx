import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../electron/contract/contract';
import type { Rated } from './useReviewSession';
import { dueIn, elapsed } from './text-parts';
import { appNow } from '../../api/app-clock';

type Props = { session: Output<'flashcards.session'>; rated: readonly Rated[]; startedAt: number; onAgain: () => void };

/** The end of a session: a summary of what was reviewed, or (when nothing was due) what to do next. */
export function SessionEnd({ session, rated, startedAt, onAgain }: Props) {
  // The moment the session ended, fixed once, so the summary does not drift as it re-renders.
  const [now] = useState(appNow);
  const [took] = useState(() => performance.now() - startedAt);
  // The rating button that had focus is gone: focus moves to this heading, so keyboard and screen reader users land here.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  const next = session.nextDue ? `Next card due ${dueIn(session.nextDue, now)}.` : 'No card is scheduled yet.';
  const limitReached = session.newLeftToday === 0;
  if (rated.length === 0) {
    return (
      <section className="review-end" aria-labelledby="review-end-title">
        <h2 id="review-end-title" ref={heading} tabIndex={-1}>Nothing due — {session.nextDue ? `next card due ${dueIn(session.nextDue, now)}` : 'all caught up'}</h2>
        <p>{limitReached ? 'You have met today’s limit of new cards; raise it in Review settings to study more now.' : next}</p>
        <ul className="review-end__next">
          <li><a href="#/reader">Read the text again</a> and make a card from a passage you want to keep.</li>
          <li><a href="#/cards">Browse the cards</a>: search, suspend or reset them.</li>
          <li><a href="#/progress">See your progress</a>: retention, streak and what falls due.</li>
        </ul>
      </section>
    );
  }
  const correct = rated.filter((r) => r.rating > 1).length;
  return (
    <section className="review-end" aria-labelledby="review-end-title">
      <h2 id="review-end-title" ref={heading} tabIndex={-1}>Session complete</h2>
      <dl className="summary-figures">
        <div><dt>Reviewed</dt><dd>{rated.length}</dd></div>
        <div><dt>Correct</dt><dd>{Math.round((correct / rated.length) * 100)} %</dd></div>
        <div><dt>Time</dt><dd>{elapsed(took)}</dd></div>
        <div><dt>Next due</dt><dd>{session.nextDue ? dueIn(session.nextDue, now) : '—'}</dd></div>
      </dl>
      <p className="review-end__actions">
        <button type="button" className="button" onClick={onAgain}>Check for due cards</button>
        <a className="button" href="#/progress">See progress</a>
      </p>
    </section>
  );
}
