import { useEffect, useId, useState } from 'react';
import type { ImportOutcome } from '../../../electron/contract/library';
import { api } from '../../api/client';
import { useFocusOnLeave } from '../../ui/useFocusOnLeave';
import { useModalKeys } from '../../ui/useModalKeys';
import { IMPORT_BUTTON } from './import/import-context';
import './pack-review.css';

export type PackReviewOutcome = Extract<ImportOutcome, { outcome: 'review' }>;

type Props = {
  review: PackReviewOutcome;
  /** Called with the saved import, or `cancelled` when the person chose not to import. */
  onDone: (outcome: ImportOutcome | { outcome: 'cancelled' }) => void;
};

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/**
 * Asks before a study pack whose content rules found something is saved: what the pack brings, the
 * warnings (as text, never HTML), and Import anyway / Cancel. Nothing is saved until "Import anyway".
 * Escape cancels; focus starts on the dialog's title and stays in the dialog.
 */
export function PackReview({ review, onDone }: Props) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const cancel = () => {
    if (busy) return;
    setBusy(true);
    api['library.cancelImport']({ token: review.token }).then(onDone, () => onDone({ outcome: 'cancelled' }));
  };
  const confirm = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    api['library.confirmImport']({ token: review.token }).then(onDone, (e: Error) => {
      setBusy(false);
      setError(e.message);
    });
  };
  const { ref: box, onKeyDown } = useModalKeys<HTMLDivElement>(cancel);
  // Answered, the dialog goes: focus back to where imports begin (a next pack's review takes it for its own title).
  const backdrop = useFocusOnLeave<HTMLDivElement>(IMPORT_BUTTON);
  useEffect(() => box.current?.querySelector<HTMLElement>('h2')?.focus(), [box]);

  const { counts } = review;
  const brings = [plural(counts.blocks, 'paragraph', 'paragraphs'), plural(counts.cards, 'card', 'cards'), plural(counts.questions, 'question', 'questions'), plural(counts.mapNodes, 'map claim', 'map claims')];
  return (
    <div ref={backdrop} className="modal-backdrop">
      <div ref={box} className="modal pack-review" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId} className="pack-review__title" tabIndex={-1}>
          Import “{review.title}”?
        </h2>
        <p className="pack-review__brings">
          {review.update ? `A newer version (${review.update.from} → ${review.update.to}) of a pack in your library. ` : ''}
          It brings {brings.join(', ')}.
        </p>
        <p>
          The pack is valid, but the content rules found {plural(review.warnings.length, 'thing', 'things')} worth a look. You can import it as it
          is, or cancel and nothing is saved.
        </p>
        <ul className="pack-review__warnings" aria-label="Warnings" tabIndex={0}>
          {review.warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
        {error && (
          <p className="pack-review__error" role="alert">
            {error}
          </p>
        )}
        <div className="pack-review__actions">
          {/* aria-disabled while the answer is on its way: a disabled button would drop focus to the page. */}
          <button type="button" className="button" onClick={cancel} aria-disabled={busy || undefined}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={confirm} aria-disabled={busy || undefined}>
            Import anyway
          </button>
        </div>
      </div>
    </div>
  );
}
