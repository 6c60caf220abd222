#!/usr/bin/env node
// Builds data/article.json from the seed article (../shared/seed/article.txt by default).
// The seed's layout is fixed (see shared/seed/README.md): line 1 section, 3 title, 5 author,
// 7-15 (odd) the five body paragraphs, 17 the photo credit; "The Latest" teasers are page furniture
// and are left out. Paragraph text is copied byte for byte, typographic quotes and all.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Parses the seed text into the article document; throws with the line number when the layout is off. */
export function parseSeed(text) {
  const lines = text.split('\n');
  const line = (n) => {
    const value = lines[n - 1];
    if (value === undefined || value.trim() === '') throw new Error(`seed line ${n} is missing or empty`);
    return value;
  };
  const [section, title, author] = [line(1), line(3), line(5)];
  const paragraphs = [7, 9, 11, 13, 15].map((n, i) => ({ id: `p${i + 1}`, text: line(n) }));
  const credit = line(17);
  const creditPrefix = 'Photo credit: ';
  if (!credit.startsWith(creditPrefix)) throw new Error(`seed line 17 is not a photo credit: ${credit}`);
  return {
    id: 'japan-nato',
    section,
    title,
    author,
    paragraphs,
    photoCredit: credit.slice(creditPrefix.length),
  };
}

/** The exact bytes written to data/article.json for a seed text. */
export function renderArticleJson(seedText) {
  return `${JSON.stringify(parseSeed(seedText), null, 2)}\n`;
}

export const defaultSeedPath = path.join(root, '..', 'shared', 'seed', 'article.txt');
export const articleJsonPath = path.join(root, 'data', 'article.json');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const seedPath = process.argv[2] ?? defaultSeedPath;
  writeFileSync(articleJsonPath, renderArticleJson(readFileSync(seedPath, 'utf8')));
  console.log(`wrote ${path.relative(process.cwd(), articleJsonPath)} from ${seedPath}`);
}
