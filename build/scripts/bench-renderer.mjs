// Renderer budgets, printed with their targets: the first screen's JavaScript, gzipped (budget
// 250 KB), and the time from navigation to the article's first paint in Chromium against the web
// host (budget 1 s), as the median of several cold loads.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findBrowser, machine } from './find-browser.mjs';

const dist = 'dist/renderer';
const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]);
const jsBytes = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file))).length, 0);
const cssFiles = readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.css'));
const cssBytes = cssFiles.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, 'assets', file))).length, 0);
console.log(`renderer first-screen JS (gzip): ${(jsBytes / 1024).toFixed(1)} KB  [budget 250 KB] ${jsBytes <= 250 * 1024 ? 'OK' : 'OVER'}`);
console.log(`renderer CSS (gzip):             ${(cssBytes / 1024).toFixed(1)} KB`);

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

const found = findBrowser(machine());
if (!found.found) throw new Error(found.message);
const browser = await chromium.launch({ executablePath: found.path, args: ['--no-sandbox', '--disable-gpu'] });
const host = await startHost(mkdtempSync(path.join(os.tmpdir(), 'lectern-bench-')));
const samples = [];
for (let run = 0; run < 7; run += 1) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  await page.locator('[data-paragraph-id="p1"]').waitFor();
  // Navigation start to the first frame painted after the article is in the DOM.
  const ms = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now()))));
  samples.push(ms);
  await context.close();
}
samples.sort((a, b) => a - b);
const median = samples[Math.floor(samples.length / 2)];
console.log(`article first paint (median of ${samples.length}): ${median.toFixed(0)} ms  [budget 1000 ms] ${median <= 1000 ? 'OK' : 'OVER'}  (min ${samples[0].toFixed(0)}, max ${samples.at(-1).toFixed(0)})`);
host.child.kill();
await browser.close();
