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

/** The current hash route, updated on every hash change. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
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

export function parsePassage(value: string | null): Passage | null {
  const match = value ? /^([A-Za-z0-9_-]+):(\d+)-(\d+)$/.exec(value) : null;
  if (!match) return null;
  const start = Number(match[2]);
  const end = Number(match[3]);
  return end > start ? { paragraphId: match[1]!, start, end } : null;
}

/** Opens the reader at a passage, highlighted ("Show in article"). */
export function showInArticle(passage: Passage): void {
  navigate('reader', { focus: passageParam(passage) });
}
