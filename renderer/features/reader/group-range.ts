/**
 * Which chunks of a group are in the filler's range, from where the group meets it: a group's
 * height is shared among its chunks by their characters (estimated heights, as reader.css sizes an
 * unfilled chunk), since reading the chunks' own boxes would lay out a group the browser skips.
 */
import { CHUNK_ATTRIBUTE } from './long-text-chunks';

/**
 * The positions, in `chars` (each chunk's characters, in order), of the chunks that overlap the
 * part of the group from `from` to `to` (fractions of its height, 0 at its top).
 */
export function chunksBetween(chars: readonly number[], from: number, to: number): number[] {
  const total = chars.reduce((n, c) => n + Math.max(1, c), 0);
  const found: number[] = [];
  let start = 0;
  chars.forEach((c, i) => {
    const end = start + Math.max(1, c) / total;
    if (end >= from && start <= to) found.push(i);
    start = end;
  });
  return found;
}

/** The fractions of its height at which `entry`'s target meets the observer's range; all of it when it has no height. */
export function rangeOf(entry: Pick<IntersectionObserverEntry, 'boundingClientRect' | 'intersectionRect'>): [number, number] {
  const box = entry.boundingClientRect;
  if (box.height <= 0) return [0, 1];
  return [(entry.intersectionRect.top - box.top) / box.height, (entry.intersectionRect.bottom - box.top) / box.height];
}

type Reported = Pick<IntersectionObserverEntry, 'boundingClientRect' | 'target'>;

/** How far the group `entry` reports lies from the viewport: 0 when they meet. */
export function distanceOf({ boundingClientRect: box }: Pick<IntersectionObserverEntry, 'boundingClientRect'>): number {
  return Math.max(0, box.top - innerHeight, -box.bottom);
}

/** A group's chunk elements, in order. */
export const chunksIn = (group: Element): Element[] => [...group.querySelectorAll(`[${CHUNK_ATTRIBUTE}]`)];

/**
 * Groups reported near, nearest the viewport first, and their chunks (`chunksOf` a group) in the
 * order they come into view: into a group wholly above the viewport from its bottom, into any other
 * from its top.
 */
export function chunksNearestFirst(entries: readonly Reported[], chunksOf: (group: Element) => readonly Element[] = chunksIn): Element[] {
  return [...entries]
    .sort((a, b) => distanceOf(a) - distanceOf(b))
    .flatMap((entry) => {
      const chunks = chunksOf(entry.target);
      return entry.boundingClientRect.bottom <= 0 ? [...chunks].reverse() : chunks;
    });
}
