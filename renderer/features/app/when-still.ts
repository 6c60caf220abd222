/**
 * Work that is one long task (evaluating a page's module ahead of its first visit) waits until the
 * reader is still: an idle period at least STILL_MS after the last scroll, key or pointer press, so it
 * never lands in a frame of a flick through the text. Returns a function that cancels it.
 */
export const STILL_MS = 1000;

const INPUTS = ['scroll', 'keydown', 'pointerdown'] as const;

export function whenStill(task: () => void, stillMs = STILL_MS): () => void {
  let last = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const moved = () => void (last = performance.now());
  const options = { passive: true, capture: true } as const;
  for (const type of INPUTS) window.addEventListener(type, moved, options);
  const stop = () => {
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
    for (const type of INPUTS) window.removeEventListener(type, moved, options);
  };
  const waitIdle = (then: () => void) => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(then);
    else timer = setTimeout(then, 0);
  };
  const check = () => {
    const wait = last + stillMs - performance.now();
    if (wait > 0) {
      timer = setTimeout(() => waitIdle(check), wait);
      return;
    }
    stop();
    task();
  };
  timer = setTimeout(() => waitIdle(check), stillMs);
  return stop;
}
