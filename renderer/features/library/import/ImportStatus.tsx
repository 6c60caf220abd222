import { useFocusOnLeave } from '../../../ui/useFocusOnLeave';
import { IMPORT_BUTTON, type ImportBusy } from './import-context';

/**
 * The import under way: the upload's progress, then the main side's reading of the file (a percentage
 * where its importer tells one: an EPUB, chapter by chapter), then its saving, and Stop.
 *
 * The live region's words change only when the stage does (uploading, reading, which file): a screen
 * reader announces those, not every percent. The percentage is the bar's value, which it reads out
 * when asked; sighted users see it beside the words.
 *
 * Focus is never dropped: Stop that no longer applies says so (`aria-disabled`) and keeps focus, as a
 * disabled button would lose it to the page; and when the import ends with focus in here, focus goes
 * to the header's Import button, where the import was begun.
 */
export function ImportStatus({ busy, stopping = false, onStop }: { busy: ImportBusy; stopping?: boolean; onStop: () => void }) {
  // A reading at 0 has told nothing yet: the bar moves to and fro rather than stand empty.
  // Saving has no steps to count: the words say so, the bar stands full.
  const percent = busy.fraction === null || busy.stage === 'saving' || (busy.stage === 'reading' && busy.fraction === 0) ? null : Math.round(busy.fraction * 100);
  const bar = busy.stage === 'saving' ? 100 : percent;
  const verb = { sending: 'Uploading', reading: 'Reading', saving: 'Saving' }[busy.stage];
  // In a batch, which file of how many: "2 of 5: Reading “b.md”".
  // Stop pressed: said at once, so it is not pressed again while the file under way ends (or, being saved, is saved).
  const doing = stopping ? (busy.stage === 'saving' ? `Stopping after “${busy.fileName}” is saved` : `Stopping “${busy.fileName}”`) : `${verb} “${busy.fileName}”`;
  const label = `${busy.batch ? `${busy.batch.index} of ${busy.batch.count}: ` : ''}${doing}`;
  // Saving is out of Stop's reach, but in a batch Stop still keeps the files after it from being begun.
  const stoppable = !stopping && (busy.stage !== 'saving' || (busy.batch !== undefined && busy.batch.index < busy.batch.count));
  // The import's end may open the imported document, whose header (and Import button) is new.
  const box = useFocusOnLeave<HTMLDivElement>(IMPORT_BUTTON);
  return (
    <div ref={box} className="import-status" role="status">
      <span className="import-status__label">
        {label}
        <span aria-hidden="true">{percent === null ? '…' : ` · ${percent}%`}</span>
      </span>
      <progress className="import-status__bar" aria-label={label} max={100} {...(bar === null ? {} : { value: bar })} />
      {/* A file being saved is saved whole: Stop no longer reaches it. */}
      <button type="button" className="button import-status__stop" onClick={() => stoppable && onStop()} aria-disabled={stoppable ? undefined : true}>
        Stop
      </button>
    </div>
  );
}
