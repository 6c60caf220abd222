// Renderer budgets, printed with their targets (DESIGN.md): the reader's first-screen JavaScript,
// gzipped (at most 80 KB), and the article's first paint against the same text as a static HTML page
// (at most 2x), both served from loopback: the app by the web host, the static page (the app's own
// stylesheet and fonts, the article's paragraphs, no script) by a plain server on the same built
// files. Cold loads alternate, app then static, each in a fresh browser context; medians of 9.
// The figure that counts with the library (issue 12): the app restarted on a data folder whose last
// read document is an imported text of article length (bench-document.mjs), against that document as
// a static page of the same blocks, markup and stylesheets.
import { readFileSync, readdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findBrowser, machine } from './find-browser.mjs';
import { documentStaticPage, prepareLastRead } from './bench-document.mjs';

const RUNS = 9;
const dist = 'dist/renderer';
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const listed = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]);
/** Every file the first screen runs: those the page lists, and what they import statically, whether listed or not. */
function firstScreenScripts(files) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js') || file === 'early.js') return;
    const code = readFileSync(path.join(dist, file), 'utf8');
    // Static imports only (`from"./x.js"`, `import"./x.js"`); `import("./x.js")` is a lazy chunk.
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(path.posix.join(path.posix.dirname(file), m[1]));
  };
  files.forEach(visit);
  return [...seen];
}
const scripts = firstScreenScripts(listed);
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
function startStaticServer(page) {
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

/** Stops a host and waits for it, so its data folder's lock is free for the next one. */
function stopHost(host) {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve();
    host.child.once('exit', resolve);
    host.child.kill();
  });
}

// Every host this bench started, stopped however the bench ends (a failed check, Ctrl+C, a timeout's
// SIGTERM), so no web host is left running on its temporary folder.
const children = new Set();
process.once('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => process.exit(130));

function startHost(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/electron/web-host.mjs', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.add(child);
    child.once('exit', () => children.delete(child));
    child.stdout.on('data', (chunk) => {
      const match = /running at (\S+)/.exec(chunk.toString());
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`web host exited ${code}`)));
  });
}

/**
 * One cold load: navigation start to the paint of the block's text (Element Timing's renderTime: the
 * frame that showed it). Marked inside the page by the same observer in both pages, installed before
 * any of their scripts, so neither Playwright's round trips on a loaded machine nor the layout left
 * after a requestAnimationFrame are mistaken for the paint.
 */
async function firstPaint(browser, url, blockId, expectTitle) {
  const context = await browser.newContext();
  await context.addInitScript((id) => {
    const selector = `[data-paragraph-id="${id}"]`;
    window.__firstPaint = new Promise((resolve) => {
      // Element Timing: when the block's text was painted (its frame presented), not when it was inserted.
      new PerformanceObserver((list) => {
        const entry = list.getEntries().find((e) => e.identifier === 'bench-block');
        if (entry) resolve(entry.renderTime);
      }).observe({ type: 'element', buffered: true });
      const seen = () => {
        const block = document.querySelector(selector);
        if (!block) return false;
        block.setAttribute('elementtiming', 'bench-block');
        return true;
      };
      const observer = new MutationObserver(() => seen() && observer.disconnect());
      observer.observe(document, { childList: true, subtree: true });
    });
  }, blockId);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  const ms = await page.evaluate(() => window.__firstPaint);
  if (expectTitle) {
    const shown = await page.locator('h1').first().textContent();
    if (shown !== expectTitle) throw new Error(`the page opened on "${shown}", not on "${expectTitle}"`);
  }
  await context.close();
  return ms;
}

const found = findBrowser(machine());
if (!found.found) throw new Error(found.message);
const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
const articleHost = await startHost(mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-')));
const articlePage = await startStaticServer(staticPage());
// The library's case: import and open the document, then restart the host on that folder, as a user
// reopening the app the next day would.
const libraryDir = mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-library-'));
const preparing = await startHost(libraryDir);
const opened = await prepareLastRead(preparing);
await stopHost(preparing);
const libraryHost = await startHost(libraryDir);
const documentPage = await startStaticServer(documentStaticPage(opened, cssFiles));
const firstBlock = opened.document.sections[0].blocks[0].id;
const words = opened.document.sections.flatMap((s) => s.blocks).reduce((n, b) => n + b.text.split(/\s+/).length, 0);
const pairs = [
  { label: 'article first paint', app: articleHost.url, page: articlePage.url, block: 'p1', samples: { app: [], page: [] } },
  {
    label: `last-read document first paint (${words} words, ${opened.document.sections.reduce((n, s) => n + s.blocks.length, 0)} blocks)`,
    app: libraryHost.url,
    page: documentPage.url,
    block: firstBlock,
    title: opened.document.title,
    samples: { app: [], page: [] },
  },
];
// One warm-up of each, not counted: the browser's own first start is not what is measured. The
// warm-up also checks the app reopened on the document read last.
for (const pair of pairs) {
  await firstPaint(browser, pair.app, pair.block, pair.title);
  await firstPaint(browser, pair.page, pair.block, pair.title);
}
for (let run = 0; run < RUNS; run += 1) {
  for (const pair of pairs) {
    pair.samples.app.push(await firstPaint(browser, pair.app, pair.block));
    pair.samples.page.push(await firstPaint(browser, pair.page, pair.block));
  }
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
for (const pair of pairs) {
  const app = median(pair.samples.app);
  const floor = median(pair.samples.page);
  const ratio = app / floor;
  console.log(
    `${pair.label} (median of ${RUNS} cold loads each): app ${app.toFixed(0)} ms, static page ${floor.toFixed(0)} ms, ratio ${ratio.toFixed(2)}x  [target 2x] ${ratio <= 2 ? 'OK' : 'OVER'}`,
  );
}
console.log(`load average while measuring: ${os.loadavg().map((n) => n.toFixed(2)).join(', ')}`);
for (const host of [articleHost, libraryHost]) await stopHost(host);
articlePage.server.close();
documentPage.server.close();
await browser.close();
