/**
 * A long text's chunk is styled and laid out the first time the browser shows it (content-visibility:
 * auto, reader.css), and for a chunk of a few thousand characters that is several milliseconds in
 * the very frame it comes into view: in a flick through a book, now and then a frame missed. Here a
 * chunk is laid out beforehand, in idle time, once its group comes within two screens of the
 * viewport. Asking for the box of one of its blocks makes the browser style and lay out the skipped
 * chunk then (Chromium's forced update of a content-visibility lock), the result is kept, and the
 * frame that shows it has only painting left to do.
 */
import { CHUNK_GROUP_CLASS } from './long-text-chunks';
import { onTextFilled } from './text-filled';
import { chunksNearestFirst } from './group-range';

/** How far from the viewport a group's chunks are laid out ahead: as far as ChunkFiller fills. */
const AHEAD_MARGIN = '200% 0px';
/** Idle time a step leaves unused (the browser's own work after it). */
const IDLE_MARGIN_MS = 2;
/** The first guess of one chunk's layout, before one is measured. */
const FIRST_GUESS_MS = 4;

/**
 * Lays out `article`'s chunks ahead of the viewport, nearest first, one at a time while idle time
 * holds the dearest one measured so far. A chunk not filled yet waits until more text is in. Returns
 * the function that stops it.
 */
export function layOutChunksAhead(article: HTMLElement): () => void {
  // Chunks to lay out, nearest the viewport first; and those that were empty when their turn came.
  let queue: Element[] = [];
  const waiting = new Set<Element>();
  let perChunk = FIRST_GUESS_MS;
  let idle: number | undefined;

  const step = (deadline: IdleDeadline) => {
    idle = undefined;
    while (queue.length > 0) {
      if (deadline.timeRemaining() - IDLE_MARGIN_MS < perChunk) {
        // An estimate too dear for any idle period would stall: it is forgotten slowly.
        perChunk *= 0.95;
        break;
      }
      const chunk = queue.shift()!;
      const block = chunk.firstElementChild;
      if (!block) {
        waiting.add(chunk);
        continue;
      }
      const started = performance.now();
      block.getBoundingClientRect();
      // The dearest chunk so far sets the pace, slowly forgotten (a chunk laid out already costs nothing).
      perChunk = Math.max(performance.now() - started, perChunk * 0.8, 0.5);
    }
    schedule();
  };
  const schedule = () => {
    if (idle === undefined && queue.length > 0) idle = requestIdleCallback(step);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const near = entries.filter((entry) => entry.isIntersecting);
      if (near.length === 0) return;
      const coming = chunksNearestFirst(near);
      const fresh = new Set(coming);
      queue = [...coming, ...queue.filter((chunk) => !fresh.has(chunk))];
      schedule();
    },
    { rootMargin: AHEAD_MARGIN },
  );
  for (const group of article.querySelectorAll(`.${CHUNK_GROUP_CLASS}`)) observer.observe(group);

  // Chunks that were empty go back in line as text comes in.
  const unsubscribe = onTextFilled(article, () => {
    const filled = [...waiting].filter((chunk) => chunk.firstElementChild);
    for (const chunk of filled) waiting.delete(chunk);
    queue.push(...filled);
    schedule();
  });

  return () => {
    observer.disconnect();
    unsubscribe();
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}
