/**
 * The app's clock in the renderer: the main side's "now" (started elsewhere by `--now`), told once
 * at boot by `app.status`, then advanced by the browser's own ticking. One clock for the review
 * queue and every "due in …" the renderer writes.
 */
let offsetMs = 0;
let markSynced: () => void = () => undefined;

/** Settles once the main side's time is known (or the status call failed): pages that show times wait for it. */
export const appClockReady = new Promise<void>((resolve) => {
  markSynced = resolve;
});

/** Sets the clock from the main side's current time (an ISO string); null when it could not be asked. */
export function syncAppClock(mainNow: string | null): void {
  const at = mainNow === null ? Number.NaN : Date.parse(mainNow);
  if (Number.isFinite(at)) offsetMs = at - Date.now();
  markSynced();
}

/** The app's current time, in milliseconds since the epoch. */
export function appNow(): number {
  return Date.now() + offsetMs;
}
