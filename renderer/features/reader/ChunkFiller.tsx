/**
 * Fills a long text's chunks after its first frame: each chunk as it comes within a screen of the
 * viewport, and the rest in idle time, nearest first, as many as fit, so no update is long enough
 * to drop a frame while the reader scrolls. Asked for the whole text (requestWholeText: find), it
 * fills everything at once. Each time more blocks are in, it says so (announceTextFilled).
 */
import { useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { CHUNK_ATTRIBUTE } from './long-text-chunks';
import { announceTextFilled, onTextWanted } from './text-filled';
import type { Filled } from './useChunkFill';

/** Chunks filled per idle step at most; fewer when the last steps took the idle time's worth. */
const IDLE_STEP_MAX = 16;
/** New blocks far from the viewport are announced at most this often (highlights repaint each time). */
const ANNOUNCE_DELAY_MS = 200;

/** `filled` with `indices` set; 'all' once every chunk is. */
function withFilled(filled: Filled, indices: readonly number[]): Filled {
  if (filled === 'all' || indices.every((i) => filled[i])) return filled;
  const next = [...filled];
  for (const i of indices) next[i] = true;
  return next.every(Boolean) ? 'all' : next;
}

/** The `count` unfilled chunks nearest `center`. */
function nearestUnfilled(filled: readonly boolean[], center: number, count: number): number[] {
  const found: number[] = [];
  for (let d = 0; found.length < count && (center - d >= 0 || center + d < filled.length); d += 1) {
    if (center + d < filled.length && !filled[center + d]) found.push(center + d);
    if (d > 0 && center - d >= 0 && !filled[center - d] && found.length < count) found.push(center - d);
  }
  return found;
}

type Props = { articleRef: RefObject<HTMLElement | null>; filled: Filled; center: number; setFilled: Dispatch<SetStateAction<Filled>> };

export function ChunkFiller({ articleRef, filled, center, setFilled }: Props) {
  const whole = filled === 'all';
  // Milliseconds one chunk took to fill, measured as it goes (so a step fits the idle time left).
  const perChunk = useRef(1);
  // Set when chunks near the viewport were filled: they are announced at once.
  const near = useRef(false);

  // Idle time: the nearest chunks not filled yet, as many as fit in the idle time left. Rendered
  // right away (flushSync), so the work is done in that idle time and not in the next frame.
  useEffect(() => {
    if (filled === 'all') return;
    const idle = requestIdleCallback(
      (deadline) => {
        const count = Math.max(1, Math.min(IDLE_STEP_MAX, Math.floor(deadline.timeRemaining() / perChunk.current)));
        const next = nearestUnfilled(filled, center, count);
        const started = performance.now();
        flushSync(() => setFilled((now) => withFilled(now, next)));
        perChunk.current = Math.max(0.25, (performance.now() - started) / next.length);
      },
      { timeout: 1000 },
    );
    return () => cancelIdleCallback(idle);
  }, [filled, center, setFilled]);

  // A chunk coming within a screen of the viewport is filled before it shows.
  useEffect(() => {
    const article = articleRef.current;
    if (whole || !article) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const coming = entries.filter((entry) => entry.isIntersecting).map((entry) => Number(entry.target.getAttribute(CHUNK_ATTRIBUTE)));
        if (coming.length === 0) return;
        near.current = true;
        setFilled((now) => withFilled(now, coming));
      },
      { rootMargin: '100% 0px' },
    );
    for (const chunk of article.querySelectorAll(`[${CHUNK_ATTRIBUTE}]`)) observer.observe(chunk);
    const unsubscribe = onTextWanted(article, () => setFilled('all'));
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [articleRef, whole, setFilled]);

  // Tells what draws over blocks (highlights, note markers) that more of them are in.
  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    if (whole || near.current) {
      near.current = false;
      announceTextFilled(article);
      return;
    }
    const timer = setTimeout(() => announceTextFilled(article), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filled, whole, articleRef]);

  return null;
}
