import type { AttemptSummary } from '../../../electron/contract/selftest';
import { ScoreTrend } from './ScoreTrend';

type Props = { attempts: readonly AttemptSummary[]; onOpen: (id: string) => void; onBack: () => void };

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Every finished attempt with its score, and the trend over them. */
export function HistoryScreen({ attempts, onOpen, onBack }: Props) {
  return (
    <section className="history" aria-labelledby="history-title">
      <p className="page-kicker">Self-test</p>
      <h1 id="history-title" className="page-title" tabIndex={-1}>
        History
      </h1>
      {attempts.length === 0 ? (
        <p className="start__hint">No finished attempts yet. Take the test and your scores will appear here.</p>
      ) : (
        <>
          <ScoreTrend attempts={attempts} />
          <table className="history__table">
            <caption className="visually-hidden">Finished attempts, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">Attempt</th>
                <th scope="col">Finished</th>
                <th scope="col">Questions</th>
                <th scope="col">Score</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {attempts.map((a, i) => (
                <tr key={a.id}>
                  <th scope="row">{i + 1}</th>
                  <td>{when(a.finishedAt)}</td>
                  <td>{a.mode === 'missed' ? `${a.max} missed` : `All ${a.max}`}</td>
                  <td>
                    {a.percent}% <span className="history__points">({points(a.score)} of {a.max})</span>
                  </td>
                  <td>
                    <button type="button" className="button" onClick={() => onOpen(a.id)} aria-label={`Results of attempt ${i + 1}`}>
                      Results
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" className="button" onClick={onBack}>
        Back to the self-test
      </button>
    </section>
  );
}
