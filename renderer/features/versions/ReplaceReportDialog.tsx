/** What a replace did, shown once it is saved: how many moved, and every annotation or card that could not be placed (kept). */
import { useId } from 'react';
import type { LibraryItem } from '../../../electron/contract/library';
import type { ReplaceReport } from '../../../electron/contract/library-versions';
import { useShowModal } from '../../ui/form-dialog';

type Props = { report: ReplaceReport; older: LibraryItem; onClose: () => void };

/** "12 moved, 2 could not be placed" — the report's first line. */
export function replaceSummary(report: ReplaceReport): string {
  const moved = report.annotations.moved + report.cards.moved;
  const unplaced = report.annotations.unplaced + report.cards.unplaced;
  if (moved + unplaced === 0) return 'There were no annotations or cards to move.';
  return unplaced === 0 ? `${moved} moved; every one found its place.` : `${moved} moved, ${unplaced} could not be placed:`;
}

/** Where the unplaced ones are kept, naming only the kinds the report has. */
function keptNote(report: ReplaceReport): string {
  const places = [
    report.annotations.unplaced > 0 ? 'annotations wait in the sidebar’s Orphaned section with their quote and note' : '',
    report.cards.unplaced > 0 ? 'cards are marked “passage not found” in the card browser and keep their review history' : '',
  ].filter(Boolean);
  return `Nothing was dropped: ${places.join('; ')}.`;
}

export function ReplaceReportDialog({ report, older, onClose }: Props) {
  const ref = useShowModal();
  const titleId = useId();

  return (
    <dialog ref={ref} className="modal version-report" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="version-report__title">
        Replaced “{older.title}”
      </h2>
      <p className="version-report__summary">{replaceSummary(report)}</p>
      {report.unplaced.length > 0 && (
        <>
          <ul className="version-report__list" aria-label="Could not be placed">
            {report.unplaced.map((item) => (
              <li key={`${item.kind}-${item.id}`} className="version-report__item">
                <span className="version-report__kind">{item.kind === 'annotation' ? 'Annotation' : 'Card'}</span>
                <q className="version-report__quote">{item.quote}</q>
                {item.detail && <span className="version-report__detail">{item.detail}</span>}
              </li>
            ))}
          </ul>
          <p className="version-report__note">{keptNote(report)}</p>
        </>
      )}
      <p className="version-report__note">
        {report.readingPlaceMoved ? 'Your reading place moved here too. ' : ''}
        {report.tags.length > 0 ? `Tags: ${report.tags.join(', ')}. ` : ''}The older version was removed from your library.
      </p>
      <form method="dialog" className="version-report__actions">
        <button type="submit" className="button button--primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
