import { useState } from 'react';
import type { MoodleLoss } from '../../../electron/contract/questions-values';
import { api } from '../../api/client';
import { downloadFile } from '../export/download';

type Outcome = { tone: 'ok' | 'error'; text: string; report: MoodleLoss[] };

/**
 * "Export for Moodle": the document's self-test (its pack's questions and the user's) as Moodle XML,
 * through the desktop's save dialog or, on the web, a download; then, per question, what Moodle loses.
 */
export function MoodleExport({ documentId, title }: { documentId: string; title: string }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { saved, report } = await api['questions.saveMoodleExport']({ documentId });
      if (saved.outcome === 'unavailable') {
        const file = await api['questions.exportMoodle']({ documentId });
        downloadFile(file);
        setOutcome({ tone: 'ok', text: `Downloaded ${file.fileName}.`, report: file.report });
      } else if (saved.outcome === 'saved') setOutcome({ tone: 'ok', text: `Saved to ${saved.path}.`, report });
      else setOutcome({ tone: 'ok', text: 'Export cancelled; nothing was saved.', report: [] });
    } catch (e) {
      setOutcome({ tone: 'error', text: `Export failed: ${e instanceof Error ? e.message : String(e)}`, report: [] });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="moodle-export" aria-labelledby="moodle-export-title">
      <h2 id="moodle-export-title" className="questions-page__heading">Export for Moodle</h2>
      <p className="questions-page__lead">
        The self-test of “{title}” as a Moodle XML question bank: every question, with the passage each one cites in its feedback. The text itself is not part of it; give it to learners with the quiz.
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void run()}>
        {busy ? 'Exporting…' : 'Export the self-test as Moodle XML'}
      </button>
      {outcome && (
        <p className={outcome.tone === 'error' ? 'field__error' : 'moodle-export__status'} role={outcome.tone === 'error' ? 'alert' : 'status'}>
          {outcome.text}
        </p>
      )}
      {outcome && outcome.report.length > 0 && (
        <details className="moodle-export__report" open>
          <summary>What Moodle loses, question by question ({outcome.report.length})</summary>
          <ol>
            {outcome.report.map((r) => (
              <li key={r.questionId}>
                <span className="moodle-export__question">{r.text}</span>
                <span className="moodle-export__type">
                  {r.label} → Moodle {r.moodleType}
                </span>
                <ul>
                  {r.losses.map((loss) => (
                    <li key={loss}>{loss}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
