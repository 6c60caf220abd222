import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ReadingPosition } from '../../../electron/contract/settings';
import { api } from '../../api/client';
import { failureReason } from './save-failure';
import { offsetWithin, rangeForOffsets } from './text-offsets';
import { firstBlockBelow } from './block-at-line';
import { FLUSH_SAVES_EVENT } from '../../../electron/contract/shell-events';

const SAVE_DELAY_MS = 500;
const TRACK_DELAY_MS = 100;
/** The place is read in idle time, or after this long if the page is never idle. */
const MEASURE_WAIT_MS = 1000;
/** A scroll event comes at the next frame at the latest: one later than this after the place was read is a new scroll. */
const LATE_SCROLL_MS = 100;

type Place = { paragraphId: string; offset: number; percent: number };

function headerBottom(): number {
  return document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
}

/** Percentage of the page scrolled, 100 when it all fits. */
export function scrolledPercent(): number {
  const max = document.documentElement.scrollHeight - window.innerHeight;
  if (max <= 0) return 100;
  return Math.min(100, Math.max(0, (window.scrollY / max) * 100));
}

/** The paragraph and character at the top of the reading area (`current`, when already found). */
function currentPlace(article: HTMLElement, current = firstBlockBelow(article, headerBottom() + 8)): Place | null {
  const top = headerBottom() + 8;
  if (!current) return null;
  const rect = current.getBoundingClientRect();
  let offset = 0;
  if (rect.top < top) {
    const caret = document.caretRangeFromPoint?.(rect.left + 2, top + 2);
    offset = (caret && offsetWithin(current, caret.startContainer, caret.startOffset)) ?? 0;
  }
  return { paragraphId: current.dataset.paragraphId ?? '', offset, percent: Math.round(scrolledPercent() * 10) / 10 };
}

/** Scrolls so the saved character sits at the top of the reading area. */
export function scrollToPlace(article: HTMLElement, position: Pick<ReadingPosition, 'paragraphId' | 'offset'>): void {
  const paragraph = article.querySelector<HTMLElement>(`[data-paragraph-id="${CSS.escape(position.paragraphId)}"]`);
  if (!paragraph) return;
  const rect = position.offset > 0 ? rangeForOffsets(paragraph, position.offset, position.offset).getBoundingClientRect() : paragraph.getBoundingClientRect();
  window.scrollTo({ top: window.scrollY + rect.top - headerBottom() - 8, behavior: 'instant' });
}

/**
 * Restores the saved place once the article is laid out, then saves the place (debounced) as the
 * reader scrolls, and once more when the window is hidden or closed. When the text reflows (a new
 * text size, line width or typeface, or a resized window) the reader is kept on the same sentence.
 * Returns `holdPlace`, to call just before a change of settings that breaks the lines anew: it reads
 * the place from the layout still on screen when a scroll has not paused long enough to read it.
 */
export function useReadingPosition(
  articleRef: RefObject<HTMLElement | null>,
  documentId: string,
  initialPosition: ReadingPosition | null,
  onSaveError: (message: string) => void,
  onSaved: (position: ReadingPosition) => void,
) {
  // The saved place is restored once, on mount; later places come from scrolling.
  const initialRef = useRef(initialPosition);
  const reportError = useRef(onSaveError);
  const reportSaved = useRef(onSaved);
  const hold = useRef(() => {});
  const flush = useRef(() => {});
  useEffect(() => {
    reportError.current = onSaveError;
    reportSaved.current = onSaved;
  });

  useEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    // A place at the very start (a document opened but not yet scrolled) is the top, where the title shows.
    const first = article.querySelector<HTMLElement>('[data-paragraph-id]')?.dataset.paragraphId;
    const initial = initialRef.current && !(initialRef.current.paragraphId === first && initialRef.current.offset === 0) ? initialRef.current : null;
    // Web fonts change line breaks: place the reader only once they are in. A pre-rendered page
    // reopening past the top keeps its text hidden until then (data-placing, first-screen-page.ts),
    // so the top never shows and jumps away.
    const placed = () => delete document.documentElement.dataset.placing;
    if (initial) void document.fonts.ready.then(() => scrollToPlace(article, initial)).finally(placed);
    else placed();

    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = initial ? `${initial.paragraphId}:${initial.offset}` : '';
    // The place to hold on to when the text reflows; null at the very top, where the title shows.
    let anchor: Place | null = initial;
    let measuring = 0;
    let settle: ReturnType<typeof setTimeout> | undefined;
    // Scrolls we make ourselves to hold the place must not move the place we hold.
    let ownScrollUntil = 0;
    // The place is read once scrolling pauses, not on every frame (a book's scroll would pay for
    // it each frame); while scrolling, no place is held, so a reflow then does not move the reader.
    // Where the page was scrolled when the place held was read: a scroll event that arrives late for
    // that same position (the frame after a scroll made just before a new text size) keeps it.
    let anchorScrollY = NaN;
    // When it was read: only a scroll event that soon can be that late one. Asking any other for
    // the page's position would lay out, inside the event, what a jump just scrolled to.
    let heldAt = -Infinity;
    const track = () => {
      const now = performance.now();
      if (now < ownScrollUntil || (anchor && now - heldAt < LATE_SCROLL_MS && window.scrollY === anchorScrollY)) return;
      anchor = null;
      clearTimeout(settle);
      cancelIdleCallback(measuring);
      settle = setTimeout(() => (measuring = requestIdleCallback(measure, { timeout: MEASURE_WAIT_MS })), TRACK_DELAY_MS);
    };
    const holdTop = (top: HTMLElement | null) => {
      anchor = top ? currentPlace(article, top) : null;
      anchorScrollY = window.scrollY;
      heldAt = performance.now();
    };
    const topBlock = () => (window.scrollY > 0 ? firstBlockBelow(article, headerBottom() + 8) : null);
    // Read in idle time, after a frame: reading the boxes lays out what that frame did not (a long
    // text just jumped into, its chunks still filling), which in a frame's own script would delay
    // it. A chunk at the top not laid out yet (not filled, or filled after that frame) has no
    // character to read yet: the next idle period tries again.
    const measure = () => {
      const top = topBlock();
      if (top && !top.checkVisibility({ contentVisibilityAuto: true })) measuring = requestIdleCallback(measure, { timeout: MEASURE_WAIT_MS });
      else holdTop(top);
    };
    // Before a new text size, line width or typeface: a scroll still waiting to be read is read now,
    // from the lines on screen (asking for the boxes lays out a chunk not laid out yet).
    hold.current = () => {
      if (anchor) return;
      clearTimeout(settle);
      cancelIdleCallback(measuring);
      holdTop(topBlock());
    };
    // Lines break anew when the column's width, the text's size or typeface changes, or a web font
    // arrives. A change of height alone (a long text's chunks laid out as they near the viewport)
    // is the browser's scroll anchoring to absorb: placing the reader again then would fight it.
    let fontsLoaded = 0;
    const onFonts = () => void (fontsLoaded += 1);
    document.fonts.addEventListener('loadingdone', onFonts);
    const shape = () => {
      const style = getComputedStyle(article);
      return `${article.getBoundingClientRect().width} ${style.fontSize} ${style.fontFamily} ${fontsLoaded}`;
    };
    let lines = shape();
    const reflowed = new ResizeObserver(() => {
      const now = shape();
      if (now === lines) return;
      lines = now;
      if (anchor) {
        cancelIdleCallback(measuring);
        ownScrollUntil = performance.now() + 250;
        scrollToPlace(article, anchor);
      }
    });
    reflowed.observe(article);
    const save = () => {
      clearTimeout(timer);
      timer = undefined;
      const place = currentPlace(article);
      if (!place) return;
      const key = `${place.paragraphId}:${place.offset}`;
      if (key === last) return;
      last = key;
      api['reading.save']({ documentId, ...place }).then((saved) => reportSaved.current(saved), (error: Error) => {
        last = '';
        reportError.current(`Your reading place was not saved: ${failureReason(error)}`);
      });
    };
    // A scroll not saved yet is saved as the reader goes (another screen, another document).
    flush.current = () => timer !== undefined && save();
    const onScroll = () => {
      track();
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_DELAY_MS);
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') save();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', save);
    // The desktop app asks for this before it quits or closes the window (electron/main/quit-guard.ts).
    window.addEventListener(FLUSH_SAVES_EVENT, save);
    return () => {
      hold.current = () => {};
      flush.current = () => {};
      clearTimeout(timer);
      clearTimeout(settle);
      cancelIdleCallback(measuring);
      reflowed.disconnect();
      document.fonts.removeEventListener('loadingdone', onFonts);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', save);
      window.removeEventListener(FLUSH_SAVES_EVENT, save);
    };
  }, [articleRef, documentId]);
  // In a layout effect's cleanup, which runs while the text is still in the page and before the next
  // screen's own effects: its calls (the library's list) go out after the save and show the place.
  useLayoutEffect(() => () => flush.current(), []);
  return useCallback(() => hold.current(), []);
}
