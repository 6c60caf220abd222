/**
 * Fills a long text's chunks after its first frame: each chunk as it comes within a screen of the
 * viewport, and the rest a few at a time in idle time, nearest first, so no single update is long
 * enough to drop a frame while the reader scrolls. Asked for the whole text (requestWholeText:
 * find), it fills everything at once; once all is filled it says so (announceTextFilled).
 */
import { startTransition, useEffect, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { CHUNK_ATTRIBUTE } from './long-text-chunks';
import { announceTextFilled, onTextWanted } from './text-filled';
import type { Filled } from './useChunkFill';

/** Chunks filled per idle step (about 40,000 characters). */
const IDLE_STEP = 8;

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

  // Idle time: the nearest chunks not filled yet, a step at a time.
  useEffect(() => {
    if (filled === 'all') return;
    const next = nearestUnfilled(filled, center, IDLE_STEP);
    const idle = requestIdleCallback(() => startTransition(() => setFilled((now) => withFilled(now, next))), { timeout: 500 });
    return () => cancelIdleCallback(idle);
  }, [filled, center, setFilled]);

  // A chunk coming within a screen of the viewport is filled before it shows.
  useEffect(() => {
    const article = articleRef.current;
    if (whole || !article) return;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting).map((entry) => Number(entry.target.getAttribute(CHUNK_ATTRIBUTE)));
        if (near.length > 0) setFilled((now) => withFilled(now, near));
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

  useEffect(() => {
    if (whole && articleRef.current) announceTextFilled(articleRef.current);
  }, [whole, articleRef]);

  return null;
}
