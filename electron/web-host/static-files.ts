/** Resolves a request path to a file inside the renderer's build folder, refusing anything outside it. */
import path from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return types[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname to an absolute file under `root`, or null when it is malformed or escapes it
 * (`..`, encoded `%2e%2e` or `%2f`, backslashes, NUL bytes). `/` maps to index.html.
 */
export function resolveStaticPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  if (relative.split('/').some((part) => part === '..')) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  // Strictly inside: the folder itself is not a file to serve. (A root of "/" already ends in the separator.)
  const inside = base.endsWith(path.sep) ? base : base + path.sep;
  if (!full.startsWith(inside) || full === base) return null;
  return full;
}

/** A file the bundler named after its content (under `assets/`): a new version has a new name, so it may be cached for good. */
export function isHashedAsset(staticDir: string, file: string): boolean {
  return path.relative(staticDir, file).split(path.sep)[0] === 'assets';
}
