/**
 * What the reader's first screen needs, gathered in one place and asked for as early as possible:
 * public/early.js sends the two calls before the bundle is parsed (early-calls.ts hands their
 * answers over), and main.tsx starts this before React renders. Its inputs
 * are the document, the reading settings and the reading place; pointing them at a library's
 * `open` call later changes this module only. `app.status` (notices, the app's clock) is not
 * waited for: the text shows without it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ReadingPosition, Settings } from '../../../electron/contract/settings';
import { api } from '../../api/client';
import { earlyOrAsk } from '../../api/early-calls';
import type { LibraryItem, OpenedDocument } from '../../../electron/contract/library';
import { readerDocument, type ReaderDocument } from './reader-document';
import { documentToOpen, type FirstScreen } from '../../../electron/contract/first-screen';
import { rememberTheme } from './theme-memory';

/** An opened document as the app frame keeps it: its library entry, its text and its reading place. */
export type OpenDocument = { item: LibraryItem; article: ReaderDocument; position: ReadingPosition | null };

export function openDocumentOf(opened: OpenedDocument): OpenDocument {
  return { item: opened.item, article: readerDocument(opened), position: opened.reading };
}

/** `opened` is null only when the library has no document at all to open. */
export type ReaderBoot = { opened: OpenDocument | null; settings: Settings };

export type { FirstScreen };

/** The boot the reader renders from: the same on the main side (pre-rendering) and in the page (hydrating). */
export function bootOf({ settings, opened }: FirstScreen): ReaderBoot {
  return { opened: opened ? openDocumentOf(opened) : null, settings };
}
export type ReaderBootState = { state: 'loading' } | { state: 'failed'; message: string } | ({ state: 'ready' } & ReaderBoot);

let pending: Promise<ReaderBoot> | null = null;

// The reader's document and its place come in one answer (documentToOpen); the first call may be
// the one public/early.js sent.
function openDocument() {
  const doc = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('doc');
  return documentToOpen({ open: (input) => earlyOrAsk('library.open', input), list: () => api['library.list']({}) }, doc);
}

/** Starts (once) the calls the reader needs; later callers share the same answer. */
export function startReaderBoot(): Promise<ReaderBoot> {
  pending ??= Promise.all([earlyOrAsk('settings.get', {}), openDocument()]).then(([settings, opened]) => {
    document.documentElement.dataset.theme = settings.theme;
    rememberTheme(settings.theme);
    return bootOf({ settings, opened });
  });
  return pending;
}

/**
 * The reader's boot state, and `retry` to ask again after a failure. `initial`: the boot already
 * answered before React started (main.tsx), so the first render is the reader itself.
 */
export function useReaderBoot(initial: ReaderBoot | null = null): { boot: ReaderBootState; retry: () => void } {
  const [boot, setBoot] = useState<ReaderBootState>(initial ? { state: 'ready', ...initial } : { state: 'loading' });
  const load = useCallback(() => {
    startReaderBoot().then(
      (ready) => setBoot({ state: 'ready', ...ready }),
      (error: Error) => {
        pending = null;
        setBoot({ state: 'failed', message: error.message });
      },
    );
  }, []);
  const answered = initial !== null;
  useEffect(() => {
    if (!answered) load();
  }, [answered, load]);
  const retry = useCallback(() => {
    setBoot({ state: 'loading' });
    load();
  }, [load]);
  return { boot, retry };
}
