/**
 * Fills a long text's chunks after its first frame: each group of chunks as it comes within two screens of the
 * viewport, and the rest in idle time, nearest first, as many as fit, so no update is long enough
 * to drop a frame while the reader scrolls. Asked for the whole text (requestWholeText: find), it
 * fills everything at once. Each time more blocks are in, it says so (announceTextFilled).
 */
import { startTransition, useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { flushSync } from 'react-dom';
import { CHARS_ATTRIBUTE, CHUNK_ATTRIBUTE, CHUNK_GROUP_CLASS } from './long-text-chunks';
import { chunksBetween, chunksIn, chunksNearestFirst, rangeOf } from './group-range';
import { announceTextFilled, onTextWanted } from './text-filled';
import { layOutChunksAhead } from './chunk-prelayout';
import type { Filled } from './useChunkFill';

/** Chunks filled per idle step at most; fewer when the last steps took the idle time's worth. */
const IDLE_STEP_MAX = 8;
/** Idle time a step leaves unused (the browser's own work after it). */
const IDLE_MARGIN_MS = 2;
/** Idle filling waits this long after the last scroll (or fill near the viewport): a scrolled frame's spare time is short and uneven. */
const SCROLL_PAUSE_MS = 250;
/** Chunks of the groups that came near filled per frame after the part in range: a few milliseconds of rendering. */
const REST_PER_FRAME = 1;
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

/** A chunk's number, from its element. */
const numberOf = (chunk: Element) => Number(chunk.getAttribute(CHUNK_ATTRIBUTE));

/** The numbers of `chunks` (the elements of the group `entry` reports, in order) that lie in the range. */
function inRange(entry: IntersectionObserverEntry, chunks: readonly Element[]): number[] {
  const [from, to] = rangeOf(entry);
  return chunksBetween(chunks.map((chunk) => Number(chunk.getAttribute(CHARS_ATTRIBUTE))), from, to).map((i) => numberOf(chunks[i]!));
}

type Props = {
  articleRef: RefObject<HTMLElement | null>;
  filled: Filled;
  center: number;
  setFilled: Dispatch<SetStateAction<Filled>>;
  /** The settings that break the lines (font, size, measure): a change lays out anew what was laid out ahead. */
  lines: string;
};

export function ChunkFiller({ articleRef, filled, center, setFilled, lines }: Props) {
  const whole = filled === 'all';
  // Milliseconds one chunk took to fill, measured as it goes (so a step fits the idle time left).
  const perChunk = useRef(2);
  // When the reader last scrolled, or chunks coming into view were filled (a jump landing), or the
  // filler mounted (a jump made before it loaded went unheard): idle filling waits SCROLL_PAUSE_MS after.
  const scrolledAt = useRef(0);
  // Set when chunks near the viewport were filled: they are announced at once.
  const near = useRef(false);

  // Idle time, once the reader has not scrolled for a moment: the nearest chunks not filled yet,
  // as many as the idle time left holds. Rendered right away (flushSync), so the work is done in
  // that idle time and not in the next frame. An idle period too short for one chunk, or one while
  // the reader scrolls (the chunks coming into view are filled below), is left to the frames.
  useEffect(() => {
    if (filled === 'all') return;
    const step = (deadline: IdleDeadline) => {
      const left = deadline.timeRemaining() - IDLE_MARGIN_MS;
      const scrolling = performance.now() - scrolledAt.current < SCROLL_PAUSE_MS;
      if (scrolling || left < perChunk.current) {
        // An estimate too dear for any idle period would stall the filling: it is forgotten slowly.
        if (!scrolling) perChunk.current *= 0.9;
        idle = requestIdleCallback(step);
        return;
      }
      const next = nearestUnfilled(filled, center, Math.max(1, Math.min(IDLE_STEP_MAX, Math.floor(left / perChunk.current))));
      const started = performance.now();
      flushSync(() => setFilled((now) => withFilled(now, next)));
      // The dearest chunk so far sets the pace, slowly forgotten: one cheap step must not make the next one overrun.
      perChunk.current = Math.max((performance.now() - started) / next.length, perChunk.current * 0.8, 0.5);
    };
    let idle = requestIdleCallback(step);
    return () => cancelIdleCallback(idle);
  }, [filled, center, setFilled]);

  useEffect(() => {
    if (whole) return;
    scrolledAt.current = performance.now();
    const onScroll = () => void (scrolledAt.current = performance.now());
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [whole]);

  // A group of chunks coming within two screens of the viewport is filled before it shows: the
  // chunks where it meets that range at once, the rest of it from the next frame on, nearest the
  // viewport first, REST_PER_FRAME chunks a frame, each step a transition (while the browser still
  // skips what is out of sight, new blocks cost no layout). Groups, not chunks, are watched: a chunk
  // inside a group out of sight is never reported as near.
  useEffect(() => {
    const article = articleRef.current;
    if (whole || !article) return;
    let frame = 0;
    let rest: number[] = [];
    const fillRest = () => {
      const chunks = rest.slice(0, REST_PER_FRAME);
      rest = rest.slice(REST_PER_FRAME);
      frame = rest.length > 0 ? requestAnimationFrame(fillRest) : 0;
      // A transition: React renders it in slices that yield to the frames.
      startTransition(() => setFilled((now) => withFilled(now, chunks)));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        const inView = entries.filter((entry) => entry.isIntersecting);
        if (inView.length === 0) return;
        // A group once filled needs no more watching: fewer targets keep every scrolled frame's intersection pass short.
        for (const entry of inView) observer.unobserve(entry.target);
        // Each reported group's chunks, read from the DOM once.
        const chunksOf = new Map(inView.map((entry) => [entry.target, chunksIn(entry.target)]));
        const coming = inView.flatMap((entry) => inRange(entry, chunksOf.get(entry.target)!));
        const more = chunksNearestFirst(inView, (group) => chunksOf.get(group)!).map(numberOf);
        rest = [...more.filter((i) => !coming.includes(i)), ...rest];
        near.current = true;
        scrolledAt.current = performance.now();
        setFilled((now) => withFilled(now, coming));
        if (frame === 0) frame = requestAnimationFrame(fillRest);
      },
      { rootMargin: '200% 0px' },
    );
    for (const group of article.querySelectorAll(`.${CHUNK_GROUP_CLASS}`)) observer.observe(group);
    const unsubscribe = onTextWanted(article, () => setFilled('all'));
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [articleRef, whole, setFilled]);

  // Chunks coming near are laid out in idle time, so the frame that shows one only paints it. Lines
  // broken anew (another size, font or measure) undo that layout: the chunks in range, which no group
  // crossing into range would report, are laid out again.
  useEffect(() => {
    const article = articleRef.current;
    return article ? layOutChunksAhead(article) : undefined;
  }, [articleRef, lines]);

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
