/**
 * Which block of the article is at a line of the window, found by binary search: called on every
 * scrolled frame (the reading place), so it reads the boxes of a few elements, not thousands.
 */

const CHUNK = 'article__chunk';

/** The index of the first of `elements` (top to bottom) whose bottom is below `y`; -1 when none is. */
function firstBelow(elements: ArrayLike<Element>, y: number): number {
  let low = 0;
  let high = elements.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (elements[mid]!.getBoundingClientRect().bottom > y) {
      found = mid;
      high = mid - 1;
    } else low = mid + 1;
  }
  return found;
}

/**
 * The first block whose bottom is below `y` (a window coordinate), or null when none is. A long
 * text's blocks sit in chunks the browser lays out only near the viewport, and asking for the box
 * of a block in a chunk that is not laid out would lay it out: so the chunks are searched first
 * (a chapter's heading between them is passed over for the block after it), then the blocks of the
 * one chunk found (an empty chunk, not filled yet, passes to the next).
 */
export function firstBlockBelow(root: Element, y: number): HTMLElement | null {
  const chunks = root.getElementsByClassName(CHUNK);
  if (chunks.length === 0) {
    const blocks = root.querySelectorAll<HTMLElement>('[data-paragraph-id]');
    return blocks[firstBelow(blocks, y)] ?? null;
  }
  for (let at = firstBelow(chunks, y); at !== -1 && at < chunks.length; at += 1) {
    const blocks = chunks[at]!.querySelectorAll<HTMLElement>('[data-paragraph-id]');
    const inside = firstBelow(blocks, y);
    // -1: the line is in the chunk's last margin, or the chunk is still empty.
    if (inside !== -1) return blocks[inside]!;
  }
  return null;
}
