/**
 * A long library's rows come in two steps: the ones that can be in the window first, the rest in a
 * transition once that frame is painted. React's transition yields to input every few milliseconds,
 * so the screen a person sees is there in its first frame and stays responsive while the rows out
 * of sight are made (they are neither laid out nor painted until scrolled near: content-visibility).
 */
import { startTransition, useEffect, useState } from 'react';

/** Less than the shortest a row can be (one line of title, byline and figures, no tags: about 114 px and a 12 px gap, library.css), in CSS pixels. */
export const SHORTEST_ROW_PX = 112;

/** How many rows can show at once in a window `height` pixels tall, with one to spare. */
export const rowsInWindow = (height: number): number => Math.max(1, Math.ceil(height / SHORTEST_ROW_PX) + 1);

/**
 * `rows` cut to a window's worth until the frame that shows them is painted (a frame, then a task),
 * then all of them. Once whole, the list stays whole for the life of the screen.
 */
export function useFirstScreenRows<T>(rows: readonly T[], height = window.innerHeight): readonly T[] {
  const cut = rowsInWindow(height);
  const [whole, setWhole] = useState(false);
  const needed = !whole && rows.length > cut;
  useEffect(() => {
    if (!needed) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setWhole(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [needed]);
  return needed ? rows.slice(0, cut) : rows;
}
