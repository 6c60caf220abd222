/**
 * A long text's first frame holds only the chunks around where the reader opens; the others are
 * filled in as they near the viewport and, in idle time, all the rest (ChunkFiller). Code that
 * works on blocks it looks up in the DOM asks for the whole text (find), or draws again as more of
 * it comes in (highlights, note markers).
 */
import { PARTIAL_ATTRIBUTE } from './long-text-chunks';

const TEXT_FILLED = 'lectern:text-filled';
const TEXT_WANTED = 'lectern:text-wanted';

/** Whether every block of `article` is in the DOM with its text (ArticleView marks it while not). */
export function isTextFilled(article: HTMLElement): boolean {
  return !article.hasAttribute(PARTIAL_ATTRIBUTE);
}

/** Asks for every block now; `onTextFilled` tells when they are there. */
export function requestWholeText(article: HTMLElement): void {
  article.dispatchEvent(new Event(TEXT_WANTED));
}

/** Calls `listener` when someone asks for the whole text of `article`; returns the unsubscribe. */
export function onTextWanted(article: HTMLElement, listener: () => void): () => void {
  article.addEventListener(TEXT_WANTED, listener);
  return () => article.removeEventListener(TEXT_WANTED, listener);
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
