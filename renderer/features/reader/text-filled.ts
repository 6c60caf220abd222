/**
 * A long text's first frame holds only the chunks around where the reader opens; the others are
 * filled in as they near the viewport and, in idle time, all the rest (ChunkFiller). Code that
 * works on blocks it looks up in the DOM asks for the whole text (find), or draws again as more of
 * it comes in (highlights, note markers).
 */
import { PARTIAL_ATTRIBUTE } from './long-text-chunks';

const TEXT_FILLED = 'lectern:text-filled';
const TEXT_WANTED = 'lectern:text-wanted';
/** Marks an article whose whole text was asked for and not yet handed over (ChunkFiller loads later than find can open). */
const WANTED_ATTRIBUTE = 'data-text-wanted';

/** Whether every block of `article` is in the DOM with its text (ArticleView marks it while not). */
export function isTextFilled(article: HTMLElement): boolean {
  return !article.hasAttribute(PARTIAL_ATTRIBUTE);
}

/**
 * Asks for every block now; `onTextFilled` tells when they are there. The request lasts until a
 * listener takes it: one that subscribes later (the lazily loaded filler) is still told.
 */
export function requestWholeText(article: HTMLElement): void {
  article.setAttribute(WANTED_ATTRIBUTE, '');
  article.dispatchEvent(new Event(TEXT_WANTED));
}

/**
 * Calls `listener` when someone asks for the whole text of `article`, at once if someone already
 * did and no listener took it; returns the unsubscribe.
 */
export function onTextWanted(article: HTMLElement, listener: () => void): () => void {
  const take = () => {
    article.removeAttribute(WANTED_ATTRIBUTE);
    listener();
  };
  article.addEventListener(TEXT_WANTED, take);
  if (article.hasAttribute(WANTED_ATTRIBUTE)) take();
  return () => article.removeEventListener(TEXT_WANTED, take);
}

/** Told (by ChunkFiller) each time more blocks of a long text are in, and when the last are. */
export function announceTextFilled(article: HTMLElement): void {
  article.dispatchEvent(new Event(TEXT_FILLED));
}

/** Calls `listener` each time more of `article`'s text is in; returns the unsubscribe. */
export function onTextFilled(article: HTMLElement, listener: () => void): () => void {
  article.addEventListener(TEXT_FILLED, listener);
  return () => article.removeEventListener(TEXT_FILLED, listener);
}
