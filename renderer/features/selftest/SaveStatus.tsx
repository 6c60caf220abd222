import type { SaveState } from './useAttempt';

/** A quiet line saying whether every answer is stored; loud (an alert) when a save failed. */
export function SaveStatus({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  if (save.state === 'failed') {
    return (
      <div className="save-status save-status--failed" role="alert">
        <span>Your last answer was not saved: {save.message} It is still on screen.</span>
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className="save-status" role="status">
      {save.state === 'saving' ? 'Saving…' : 'All answers saved'}
    </p>
  );
}
