import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations; its exports are exercised here
import { articleJsonPath, defaultSeedPath, parseSeed, renderArticleJson } from './scripts/make-article.mjs';
import { article } from './article';

const seed = readFileSync(defaultSeedPath, 'utf8');
const seedLines = seed.split('\n');

describe('data/article.json', () => {
  it('is exactly what the generator makes from the seed', () => {
    expect(readFileSync(articleJsonPath, 'utf8')).toBe(renderArticleJson(seed));
  });

  it('holds the five body paragraphs byte for byte, typographic quotes kept', () => {
    expect(article.paragraphs.map((p) => p.text)).toEqual([7, 9, 11, 13, 15].map((n) => seedLines[n - 1]));
    expect(article.paragraphs[0]?.text).toContain('Russia’s aggression');
    expect(article.paragraphs[1]?.text).toContain('“NATO’s eastward expansion');
  });

  it('keeps the teasers and the photo credit out of the body', () => {
    const body = article.paragraphs.map((p) => p.text).join('\n');
    expect(body).not.toContain('The Latest');
    expect(body).not.toContain('Drones, or UAVs');
    expect(body).not.toContain('Photo credit');
    expect(article.photoCredit).toBe('NATO North Atlantic Treaty');
  });

  it('rejects a seed whose layout is off, naming the line', () => {
    expect(() => parseSeed('only one line')).toThrow(/seed line 3/);
  });
});
