import type { ImportBusy } from './import-context';

/** The import under way: the upload's progress, then "Reading …" while the main side parses the file, and Stop. */
export function ImportStatus({ busy, onStop }: { busy: ImportBusy; onStop: () => void }) {
  const name = busy.fileName ? `“${busy.fileName}”` : 'the file';
  const percent = busy.stage === 'sending' && busy.fraction !== null ? Math.round(busy.fraction * 100) : null;
  const label = busy.stage === 'sending' ? `Uploading ${name}${percent === null ? '…' : ` · ${percent}%`}` : busy.fileName ? `Reading ${name}…` : 'Importing…';
  return (
    <div className="import-status" role="status">
      <span className="import-status__label">{label}</span>
      <progress className="import-status__bar" aria-label={label} max={100} {...(percent === null ? {} : { value: percent })} />
      {/* The desktop's dialog is modal, so Stop is pressed only once the file it chose is being read. */}
      <button type="button" className="button import-status__stop" onClick={onStop}>
        Stop
      </button>
    </div>
  );
}
