import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveStaticPath } from './static-files';

const root = path.resolve('/srv/lectern/renderer');

describe('resolveStaticPath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', 'assets/app.js'],
    ['/assets/app%20copy.js', 'assets/app copy.js'],
    ['//assets/app.js', 'assets/app.js'],
    ['/./assets/app.js', 'assets/app.js'],
  ])('maps %j inside the folder', (pathname, relative) => {
    expect(resolveStaticPath(root, pathname)).toBe(path.join(root, relative));
  });

  it.each([
    ['a parent segment', '/../secret.txt'],
    ['a parent segment after a folder', '/assets/../../secret.txt'],
    ['a parent segment that stays inside', '/assets/../index.html'],
    ['an encoded parent segment', '/%2e%2e/secret.txt'],
    ['a mixed-case encoded parent segment', '/%2E%2e/secret.txt'],
    ['an encoded slash', '/..%2fsecret.txt'],
    ['an encoded slash after a folder', '/assets/..%2f..%2fsecret.txt'],
    ['a backslash', '/..\\secret.txt'],
    ['an encoded backslash', '/..%5csecret.txt'],
    ['a NUL byte', '/index.html%00.js'],
    ['a raw NUL byte', '/index.html\0'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/100%'],
    ['the folder itself', ''],
    ['only a dot', '/.'],
  ])('refuses %s (%j)', (_name, pathname) => {
    expect(resolveStaticPath(root, pathname)).toBeNull();
  });

  it('decodes only once, so a double-encoded parent segment is a harmless file name', () => {
    expect(resolveStaticPath(root, '/%252e%252e/secret.txt')).toBe(path.join(root, '%2e%2e', 'secret.txt'));
  });

  it('keeps an absolute-looking path inside the folder', () => {
    expect(resolveStaticPath(root, '/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('resolves a relative root to an absolute one', () => {
    expect(resolveStaticPath('dist/renderer', '/index.html')).toBe(path.resolve('dist/renderer/index.html'));
  });

  it('works when the root is the file system root', () => {
    expect(resolveStaticPath(path.parse(root).root, '/index.html')).toBe(path.join(path.parse(root).root, 'index.html'));
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['app.JS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['no-extension', 'application/octet-stream'],
    ['archive.exe', 'application/octet-stream'],
  ])('gives %s the type %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});
