import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '../contract/contract';
import { FIRST_SCREEN_ID } from '../contract/first-screen';
import { createService } from '../service/service';
import { openStore } from '../store/store';
import { preRenderFirstScreen } from '../../renderer/first-screen/pre-render';
import { firstScreenOf, firstScreenPage, scriptSafeJson } from './first-screen-page';
import { startWebHost } from './server';

// The page as Vite builds it (renderer/index.html): the three places the first screen goes.
const TEMPLATE = '<!doctype html>\n<html lang="en">\n  <head>\n    <script src="./early.js"></script>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>';
const HOSTILE = '</script><script>alert(1)</script><img src=x onerror=alert(2)>';

let root: string;
let handlers: Handlers;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'lectern-first-screen-'));
  handlers = createService({ store: await openStore({ dataDir: root }) });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const paste = async (title: string, text: string) => {
  const outcome = await handlers['library.paste']({ title, author: '', text });
  if (outcome.outcome !== 'imported') throw new Error(`not imported: ${outcome.outcome}`);
  return outcome.item.id;
};
/** The JSON the page carries, read back as main.tsx reads it. */
const dataOf = (page: string) => JSON.parse(new RegExp(`<script type="application/json" id="${FIRST_SCREEN_ID}">(.*?)</script>`, 's').exec(page)![1]!);

describe('what the first screen shows', () => {
  it('is the built-in article before anything was read', async () => {
    const { opened } = await firstScreenOf(handlers);
    expect(opened?.document.title).toMatch(/^Japan Deepens Its Cooperation with NATO/);
  });

  it('is the document read last', async () => {
    const id = await paste('Second text', 'One paragraph.\n\nAnother paragraph.');
    await handlers['library.open']({ id });
    expect((await firstScreenOf(handlers)).opened?.item.id).toBe(id);
  });

  it('is the first shown document when the one read last was hidden since', async () => {
    const id = await paste('Second text', 'One paragraph.');
    const article = (await firstScreenOf(handlers)).opened!.item.id;
    await handlers['library.setHidden']({ id: article, hidden: true });
    expect((await firstScreenOf(handlers)).opened?.item.id).toBe(id);
  });
});

describe('the page with the first screen in it', () => {
  it('holds the reader rendered by the app itself, the answers it came from and the theme', async () => {
    await handlers['settings.update']({ theme: 'dark' });
    const answers = await firstScreenOf(handlers);
    const page = await firstScreenPage(TEMPLATE, answers, preRenderFirstScreen);
    expect(page).toContain('<html lang="en" data-theme="dark" data-pre-rendered="">');
    expect(page).toMatch(/<div id="root" aria-busy="true">.*<h1 id="article-title"[^>]*>Japan Deepens/s);
    expect(page).toContain('data-paragraph-id="p5"');
    expect(dataOf(page)).toEqual(answers);
    // Every part complete, lazy ones too: a boundary left to the client (<!--$!-->) would be thrown
    // away and drawn again by the page (React's error #419). And no script but the page's own.
    expect(page).toContain('<!--$-->');
    expect(page).not.toContain('<!--$!-->');
    expect(page.match(/<script/g)).toHaveLength(2);
    // Before early.js, which looks for it.
    expect(page.indexOf(FIRST_SCREEN_ID)).toBeLessThan(page.indexOf('early.js'));
  });

  it('has no style attribute, which the CSP (style-src \'self\') would drop', async () => {
    const page = await firstScreenPage(TEMPLATE, await firstScreenOf(handlers), preRenderFirstScreen);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('keeps a hostile title and text as text, in the markup and in the data', async () => {
    const id = await paste(HOSTILE, `${HOSTILE}\n\nSecond paragraph.`);
    await handlers['library.open']({ id });
    const page = await firstScreenPage(TEMPLATE, await firstScreenOf(handlers), preRenderFirstScreen);
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
    expect(dataOf(page).opened.document.title).toBe(HOSTILE);
  });

  it('hides the text until the reader is at its place when it reopens past the top', async () => {
    const id = await paste('Second text', 'One paragraph.\n\nAnother paragraph.\n\nA third one.');
    const opened = await handlers['library.open']({ id });
    const atTop = await firstScreenPage(TEMPLATE, await firstScreenOf(handlers), preRenderFirstScreen);
    expect(atTop).not.toContain('data-placing');
    const third = opened!.document.sections[0]!.blocks[2]!.id;
    await handlers['reading.save']({ documentId: id, paragraphId: third, offset: 3, percent: 60 });
    expect(await firstScreenPage(TEMPLATE, await firstScreenOf(handlers), preRenderFirstScreen)).toContain('data-pre-rendered="" data-placing="">');
  });

  it('is the page as built when there is no document to show, or the page is not the one expected', async () => {
    const answers = await firstScreenOf(handlers);
    expect(await firstScreenPage(TEMPLATE, { ...answers, opened: null }, preRenderFirstScreen)).toBe(TEMPLATE);
    const other = TEMPLATE.replace('<div id="root"></div>', '<main></main>');
    expect(await firstScreenPage(other, answers, preRenderFirstScreen)).toBe(other);
  });
});

describe('JSON inside a script element', () => {
  it('cannot close the element or open a comment, and reads back the same', () => {
    const value = { text: `</script><!-- \u2028 ${HOSTILE}` };
    const json = scriptSafeJson(value);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('the web host', () => {
  it('serves the first screen to the launch address (with the token) only: the page holds the user\'s text', async () => {
    const staticDir = path.join(root, 'static');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), TEMPLATE);
    const host = await startWebHost({ handlers, staticDir, preRender: preRenderFirstScreen });
    try {
      const launch = await fetch(host.launchUrl);
      expect(await launch.text()).toContain('data-paragraph-id="p1"');
      expect(launch.headers.get('cache-control')).toBe('no-store');
      // The first visit opens the document (its reading place is set), so the next page is compared.
      const again = await fetch(host.launchUrl);
      const head = await fetch(host.launchUrl, { method: 'HEAD' });
      expect(head.headers.get('content-length')).toBe(again.headers.get('content-length'));
      expect(Number(head.headers.get('content-length'))).toBeGreaterThan(TEMPLATE.length);
      expect(await (await fetch(host.url)).text()).toBe(TEMPLATE);
      expect(await (await fetch(`${host.url}?token=wrong`)).text()).toBe(TEMPLATE);
    } finally {
      await host.close();
    }
  });

  it('serves the page as built when rendering fails', async () => {
    const staticDir = path.join(root, 'static');
    await mkdir(staticDir);
    await writeFile(path.join(staticDir, 'index.html'), TEMPLATE);
    const host = await startWebHost({ handlers, staticDir, preRender: () => Promise.reject(new Error('no')) });
    try {
      const launch = await fetch(host.launchUrl);
      expect(launch.status).toBe(200);
      expect(await launch.text()).toBe(TEMPLATE);
    } finally {
      await host.close();
    }
  });
});
