import { useEffect, useState } from 'react';

/** A parsed hash route: `#/reader?focus=p3:10-40` → { path: 'reader', params }. */
export type Route = { path: string; params: URLSearchParams };

export function parseHash(hash: string): Route {
  const [rawPath = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  return { path: rawPath || 'reader', params: new URLSearchParams(query) };
}

export function navigate(path: string, params?: Record<string, string>): void {
  const query = params ? `?${new URLSearchParams(params).toString()}` : '';
  window.location.hash = `#/${path}${query}`;
}

/** The address's hash; none where the first screen is pre-rendered (it is the reader's, at no hash). */
const currentHash = () => (typeof window === 'undefined' ? '' : window.location.hash);

/** The current hash route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(currentHash()));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** A passage to show in the reader: paragraph-local character offsets. */
export type Passage = { paragraphId: string; start: number; end: number };

export function passageParam(passage: Passage): string {
  return `${passage.paragraphId}:${passage.start}-${passage.end}`;
}

/**
 * A block id as the document schema allows it (electron/domain/document/document.ts `BlockId`):
 * the article's `p3`, an import's `s2-b14`. Written out here so the reader's first screen needs no zod;
 * router.test.ts checks it against the schema.
 */
export const BLOCK_ID_PATTERN = '[A-Za-z0-9_-]{1,64}';
const PASSAGE = new RegExp(`^(${BLOCK_ID_PATTERN}):(\\d{1,6})-(\\d{1,6})$`);

export function parsePassage(value: string | null): Passage | null {
  const match = value ? PASSAGE.exec(value) : null;
  if (!match) return null;
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { paragraphId: match[1]!, start, end } : null;
}

/**
 * Opens the reader at a passage, highlighted ("Show in article"): of the open document, or of the
 * document named (a card listed across the library), which the reader then opens.
 */
export function showInArticle(passage: Passage, documentId?: string): void {
  navigate('reader', { ...(documentId ? { doc: documentId } : {}), focus: passageParam(passage) });
}
