// Renderer budgets, printed with their targets (DESIGN.md): the reader's first-screen JavaScript,
// gzipped (at most 80 KB), and the article's first paint against the same text as a static HTML page
// (at most 2x), both served from loopback: the app by the web host, the static page (the app's own
// stylesheet and fonts, the article's paragraphs, no script) by a plain server on the same built
// files. Cold loads alternate, app then static, each in a fresh browser context; medians of 9.
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findBrowser, machine } from './find-browser.mjs';

const RUNS = 9;
const dist = 'dist/renderer';
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]);
const jsBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length, 0);
const allJs = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
const allJsBytes = allJs.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, 'assets', file))).length, 0);
const cssFiles = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.css'));
const cssBytes = cssFiles.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, 'assets', file))).length, 0);
console.log(`reader first-screen JS (gzip): ${(jsBytes / 1024).toFixed(1)} KB  [target 80 KB] ${jsBytes <= 80 * 1024 ? 'OK' : 'OVER'}  (${scripts.join(', ')}; all routes: ${(allJsBytes / 1024).toFixed(1)} KB in ${allJs.length} files)`);
console.log(`renderer CSS (gzip):           ${(cssBytes / 1024).toFixed(1)} KB`);

/** The article as a page with no script: what a static site would serve. */
function staticPage() {
  const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const links = cssFiles.map((file) => `<link rel="stylesheet" href="./assets/${file}">`).join('');
  const paragraphs = article.paragraphs.map((p) => `<p data-paragraph-id="${p.id}">${escape(p.text)}</p>`).join('\n');
  return `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8"><title>${escape(article.title)}</title>${links}</head><body><main class="reader"><article class="article"><h1>${escape(article.title)}</h1>${paragraphs}</article></main></body></html>`;
}

/** A plain loopback server: the static page at /, the built assets beside it. */
function startStaticServer() {
  const page = staticPage();
  const types = { '.css': 'text/css', '.woff2': 'font/woff2', '.woff': 'font/woff' };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') return response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const file = path.join(dist, path.normalize(url.pathname).replace(/^[/\\]+/, ''));
    if (!file.startsWith(path.join(dist, 'assets'))) return response.writeHead(404).end();
    try {
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` })));
}

function startHost(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/electron/web-host.mjs', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (chunk) => {
      const match = /running at (\S+)/.exec(chunk.toString());
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
}

/** One cold load: navigation start to the first frame painted after the first paragraph is in the DOM. */
async function firstPaint(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('[data-paragraph-id="p1"]').waitFor();
  const ms = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  await context.close();
  return ms;
}

const found = findBrowser(machine());
if (!found.found) throw new Error(found.message);
const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
const host = await startHost(mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-')));
const plain = await startStaticServer();
const samples = { app: [], page: [] };
// One warm-up of each, not counted: the browser's own first start is not what is measured.
await firstPaint(browser, host.url);
await firstPaint(browser, plain.url);
for (let run = 0; run < RUNS; run += 1) {
  samples.app.push(await firstPaint(browser, host.url));
  samples.page.push(await firstPaint(browser, plain.url));
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const app = median(samples.app);
const floor = median(samples.page);
const ratio = app / floor;
console.log(
  `article first paint (median of ${RUNS} cold loads each): app ${app.toFixed(0)} ms, static page ${floor.toFixed(0)} ms, ratio ${ratio.toFixed(2)}x  [target 2x] ${ratio <= 2 ? 'OK' : 'OVER'}`,
);
host.child.kill();
plain.server.close();
await browser.close();
