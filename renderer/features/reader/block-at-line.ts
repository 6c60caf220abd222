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
 * of a block in a chunk that is not laid out would lay it out: so chunks are searched first, then
 * the blocks of the one chunk found (an empty chunk, not filled yet, passes to the next).
 */
export function firstBlockBelow(root: ParentNode, y: number): HTMLElement | null {
  const units = [...root.querySelectorAll<HTMLElement>(`.${CHUNK}, [data-paragraph-id]`)].filter((el) => !el.parentElement?.closest(`.${CHUNK}`));
  for (let at = firstBelow(units, y); at !== -1 && at < units.length; at += 1) {
    const unit = units[at]!;
    if (!unit.classList.contains(CHUNK)) return unit;
    const blocks = unit.querySelectorAll<HTMLElement>('[data-paragraph-id]');
    const inside = firstBelow(blocks, y);
    // -1: the line is in the chunk's last margin, or the chunk is still empty.
    if (inside !== -1) return blocks[inside]!;
  }
  return null;
}
