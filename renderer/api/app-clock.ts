/**
 * The app's clock in the renderer: the main side's "now" (started elsewhere by `--now`), told once
 * at boot by `app.status`, then advanced by the browser's own ticking. One clock for the review
 * queue and every "due in …" the renderer writes.
 */
let offsetMs = 0;

/** Sets the clock from the main side's current time (an ISO string). */
export function syncAppClock(mainNow: string): void {
  const at = Date.parse(mainNow);
  if (Number.isFinite(at)) offsetMs = at - Date.now();
}

/** The app's current time, in milliseconds since the epoch. */
export function appNow(): number {
  return Date.now() + offsetMs;
}
