import { AlertTriangle, CheckCircle2, Lightbulb } from 'lucide-react';
import type { DraftCheckState } from './useDraftCheck';

// The rules' messages are written to follow an item's name; here each stands alone as a sentence.
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The draft's checks beside the form: what would stop a save, then the content rules' advice
 * (docs/content.md). Only the one-line summary is announced, so typing is not talked over.
 */
export function DraftChecks({ check, id }: { check: DraftCheckState; id: string }) {
  const { problems, hints, checking } = check;
  const summary = checking
    ? 'Checking the draft…'
    : problems.length === 0 && hints.length === 0
      ? 'Ready to save: no problems, no advice.'
      : [problems.length > 0 ? `${problems.length} to fix before saving` : 'Ready to save', hints.length > 0 ? `${hints.length} ${hints.length === 1 ? 'hint' : 'hints'} from the content rules` : ''].filter(Boolean).join('; ') + '.';
  return (
    <section className="draft-checks" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="draft-checks__title">Checks</h2>
      <p className="draft-checks__summary" role="status" aria-live="polite">
        {!checking && problems.length === 0 && <CheckCircle2 size={16} aria-hidden="true" />} {summary}
      </p>
      {problems.length > 0 && (
        <ul className="draft-checks__list draft-checks__list--problems" aria-label="To fix before saving">
          {problems.map((p) => (
            <li key={p}>
              <AlertTriangle size={16} aria-hidden="true" /> {p}
            </li>
          ))}
        </ul>
      )}
      {hints.length > 0 && (
        <ul className="draft-checks__list" aria-label="Hints from the content rules">
          {hints.map((h) => (
            <li key={h.rule + h.message}>
              <Lightbulb size={16} aria-hidden="true" /> {sentence(h.message)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
