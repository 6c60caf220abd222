/**
 * What the reader's first screen needs, gathered in one place and asked for as early as possible
 * (main.tsx starts it before React renders, so the calls travel while the bundle runs). Its inputs
 * are the document, the reading settings and the reading place; pointing them at a library's
 * `open` call later changes this module only. `app.status` (notices, the app's clock) is not
 * waited for: the text shows without it.
 */
import { useCallback, useEffect, useState } from 'react';
import articleJson from '../../../data/article.json';
import type { Article } from '../../../data/schemas/article';
import type { ReadingPosition, Settings } from '../../../electron/contract/settings';
import { api } from '../../api/client';
import { rememberTheme } from './theme-memory';

// The article ships with the app and is validated by a test; the renderer only displays it.
const article = articleJson as Article;

export type ReaderBoot = { article: Article; settings: Settings; position: ReadingPosition | null };
export type ReaderBootState = { state: 'loading' } | { state: 'failed'; message: string } | ({ state: 'ready' } & ReaderBoot);

let pending: Promise<ReaderBoot> | null = null;

/** Starts (once) the calls the reader needs; later callers share the same answer. */
export function startReaderBoot(): Promise<ReaderBoot> {
  pending ??= Promise.all([api['settings.get']({}), api['reading.get']({ articleId: article.id })]).then(([settings, position]) => {
    document.documentElement.dataset.theme = settings.theme;
    rememberTheme(settings.theme);
    return { article, settings, position };
  });
  return pending;
}

/** The reader's boot state, and `retry` to ask again after a failure. */
export function useReaderBoot(): { boot: ReaderBootState; retry: () => void } {
  const [boot, setBoot] = useState<ReaderBootState>({ state: 'loading' });
  const load = useCallback(() => {
    startReaderBoot().then(
      (ready) => setBoot({ state: 'ready', ...ready }),
      (error: Error) => {
        pending = null;
        setBoot({ state: 'failed', message: error.message });
      },
    );
  }, []);
  useEffect(load, [load]);
  const retry = useCallback(() => {
    setBoot({ state: 'loading' });
    load();
  }, [load]);
  return { boot, retry };
}
