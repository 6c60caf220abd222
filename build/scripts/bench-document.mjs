// The document the first-paint bench reopens on (issue 12): a Markdown file of realistic article
// length (about 4,000 words, a title, sections with headings, a quote and a list), imported through
// the web host's upload as a user would, opened once so it is the last read; and the same document
// as a static page with no script, built from the blocks the app was given, in the reader's markup.
// Declarations: bench-document.d.mts.
import { readFileSync } from 'node:fs';

const SECTIONS = 10;

/** Deterministic: the built-in article's sentences dealt into sections, so every run reads the same text. */
export function benchMarkdown() {
  const article = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const sentences = article.paragraphs.flatMap((p) => p.text.match(/[^.!?]+[.!?]+["”’)]*\s*/g) ?? [p.text]).map((s) => s.trim());
  let next = 0;
  const take = (count) => Array.from({ length: count }, () => sentences[next++ % sentences.length]).join(' ');
  const lines = ['# Reading Lectern: a long study text', ''];
  for (let section = 1; section <= SECTIONS; section += 1) {
    lines.push(`## Part ${section}: ${take(1).split(' ').slice(0, 5).join(' ').replace(/[,.;:]$/, '')}`, '');
    for (let paragraph = 0; paragraph < 4; paragraph += 1) lines.push(take(2 + ((section + paragraph) % 3)), '');
    if (section % 4 === 0) lines.push(`> ${take(2)}`, '');
    if (section % 3 === 0) lines.push(...[0, 1, 2].map(() => `- ${take(1)}`), '');
  }
  return lines.join('\n');
}

/** Imports the Markdown through the host's upload and opens it once (so a restart reopens on it). */
export async function prepareLastRead(host) {
  const token = new URL(host.url).searchParams.get('token');
  const base = new URL('/', host.url);
  const headers = { 'x-lectern-token': token };
  const call = async (method, input) => {
    const response = await fetch(new URL(`api/${method}`, base), { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(input) });
    const reply = await response.json();
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return reply.value;
  };
  const upload = await fetch(new URL('upload?name=long-study-text.md', base), { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: benchMarkdown() });
  const imported = await upload.json();
  if (!imported.ok || imported.value.outcome !== 'imported') throw new Error(`bench document not imported: ${JSON.stringify(imported).slice(0, 200)}`);
  return call('library.open', { id: imported.value.item.id });
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const tags = { paragraph: 'p', heading: 'h3', quote: 'blockquote', item: 'li' };

/**
 * The opened document as a static page: the reader's elements and classes (header, title, chapter
 * sections and headings, blocks by kind, lists), the app's stylesheets (so the same fonts load), no script.
 */
export function documentStaticPage(opened, cssFiles) {
  const { document } = opened;
  const block = (b) => `<${tags[b.kind]} id="paragraph-${b.id}" data-paragraph-id="${b.id}" class="article__paragraph article__${b.kind}">${escape(b.text)}</${tags[b.kind]}>`;
  const blocks = (list) => {
    let html = '';
    for (let i = 0; i < list.length; i += 1) {
      if (list[i].kind !== 'item') {
        html += block(list[i]);
        continue;
      }
      html += '<ul class="article__list">';
      while (i < list.length && list[i].kind === 'item') html += block(list[i++]);
      html += '</ul>';
      i -= 1;
    }
    return html;
  };
  const sections = document.sections
    .map((s) => (s.title ? `<section class="article__chapter"><h2 class="article__chapter-title">${escape(s.title)}</h2>${blocks(s.blocks)}</section>` : blocks(s.blocks)))
    .join('\n');
  const links = cssFiles.map((file) => `<link rel="stylesheet" href="./assets/${file}">`).join('');
  const words = opened.item.readingMinutes;
  return `<!doctype html><html lang="en" data-theme="light"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(document.title)}</title>${links}</head><body><main class="reader"><article class="article article--serif"><header class="article__header"><h1 class="article__title">${escape(document.title)}</h1><p class="article__byline"><span>${words} min read</span></p></header><div class="article__body">${sections}</div></article></main></body></html>`;
}
