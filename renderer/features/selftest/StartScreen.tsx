import type { AttemptMode, SelftestOverview } from '../../../electron/contract/selftest';
import { kindLabels } from './content';
import type { QuestionKind } from '../../../data/schemas/selftest';

type Props = {
  overview: SelftestOverview;
  busy: boolean;
  onStart: (mode: AttemptMode) => void;
  onResume: () => void;
  onHistory: () => void;
};

const pct = (value: number) => `${value}%`;

/** What the test holds, how the learner did before, and the ways in: resume, start, retake the missed. */
export function StartScreen({ overview, busy, onStart, onResume, onHistory }: Props) {
  const { unfinished, best, last } = overview;
  return (
    <section className="start" aria-labelledby="selftest-title">
      <p className="page-kicker">Self-test</p>
      <h1 id="selftest-title" className="page-title" tabIndex={-1}>
        {overview.title}
      </h1>
      <p className="start__lead">
        {overview.questionCount} questions on whether Japan could join NATO and the context the argument rests on. Questions and options are
        shuffled each time.
      </p>
      <ul className="start__kinds" aria-label="Question types">
        {overview.kinds.map((k) => (
          <li key={k.kind} className="start__kind">
            {kindLabels[k.kind as QuestionKind] ?? k.kind} <span className="start__kind-count">{k.count}</span>
          </li>
        ))}
      </ul>
      <dl className="start__scores">
        <div className="start__score">
          <dt>Best score</dt>
          <dd>{best ? pct(best.percent) : '—'}</dd>
        </div>
        <div className="start__score">
          <dt>Last score</dt>
          <dd>{last ? pct(last.percent) : '—'}</dd>
        </div>
      </dl>
      {!last && !unfinished && <p className="start__hint">You have not taken this test yet. It takes about 15 minutes; your answers are saved as you go.</p>}
      {unfinished && (
        <div className="start__resume">
          <p>
            You have an unfinished attempt: {unfinished.answered} of {unfinished.total} answered.
          </p>
          <button type="button" className="button button--primary" onClick={onResume} disabled={busy}>
            Resume attempt
          </button>
        </div>
      )}
      <div className="start__actions">
        <button type="button" className={`button ${unfinished ? '' : 'button--primary'}`} disabled={busy} onClick={() => onStart('all')}>
          {last ? 'Retake all' : 'Start the test'}
        </button>
        {last && overview.missedCount > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => onStart('missed')}>
            Retake only the ones I missed ({overview.missedCount})
          </button>
        )}
        {last && (
          <button type="button" className="button button--link" onClick={onHistory}>
            History and score trend
          </button>
        )}
      </div>
      {unfinished && <p className="start__hint">Starting again discards the unfinished attempt.</p>}
    </section>
  );
}
