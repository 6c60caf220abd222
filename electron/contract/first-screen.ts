/**
 * The reader's first screen pre-rendered by the main side into the page it serves
 * (web-host/first-screen-page.ts), and hydrated by the renderer (main.tsx) from the same answers.
 */
import type { LibraryItem, OpenedDocument } from './library';
import type { Settings } from './settings';

/** The two answers the first screen is drawn from: `settings.get` and the reader's `library.open`. */
export type FirstScreen = { settings: Settings; opened: OpenedDocument | null };

/** The id of the page's `<script type="application/json">` holding them (public/early.js spells it out too). */
export const FIRST_SCREEN_ID = 'lectern-first-screen';

/** The two calls the choice of a document makes, as the main side's handlers or the page's API answer them. */
export type OpenAsks = {
  open: (input: { id?: string }) => Promise<OpenedDocument | null>;
  list: () => Promise<{ items: readonly LibraryItem[] }>;
};

/**
 * The document the reader opens, the same on the main side (pre-rendering) and in the page: the one
 * the address names, else the one read last unless it was hidden since; before anything was read (or
 * when that one is hidden), the library's first shown document (the built-in article); null when the
 * library shows none.
 */
export async function documentToOpen(ask: OpenAsks, named?: string | null): Promise<OpenedDocument | null> {
  const opened = await ask.open(named ? { id: named } : {});
  if (opened && (named || !opened.item.hidden)) return opened;
  const first = (await ask.list()).items.find((item) => !item.hidden);
  return first ? ask.open({ id: first.id }) : null;
}
