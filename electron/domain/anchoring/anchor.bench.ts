import { bench, describe } from 'vitest';
import { article } from '../../../data/article';
import { anchorAll } from './anchor';
import { articleText } from './article-text';
import { describeRange } from './describe';
import type { Target } from './types';
import { seededInts } from '../seeded-random';

const text = articleText(article.paragraphs);


const random = seededInts(20240611);
const targets: Target[] = Array.from({ length: 1000 }, () => {
  const start = random(text.length - 1);
  const end = Math.min(text.length, start + 1 + random(300));
  return describeRange(text, start, end);
});

// Text edited before every passage: each target must be found again by exact search.
const editedBefore = `Editor’s note: this article was updated. ${text}`;

// 50 disjoint passages with one character changed in the middle: each needs the fuzzy search.
const fuzzyTargets: Target[] = [];
let fuzzyText = text;
for (let start = 40; fuzzyTargets.length < 50 && start < text.length - 60; start += 100) {
  const end = start + 20 + random(60);
  fuzzyTargets.push(describeRange(text, start, end));
  const middle = Math.floor((start + end) / 2);
  fuzzyText = `${fuzzyText.slice(0, middle)}§${fuzzyText.slice(middle + 1)}`;
}

describe('anchorAll on the article', () => {
  bench('1000 targets, unchanged text (position)', () => {
    anchorAll(text, targets);
  });
  bench('1000 targets, text edited before them (exact search)', () => {
    anchorAll(editedBefore, targets);
  });
  bench(`${fuzzyTargets.length} targets, each passage edited (fuzzy search)`, () => {
    anchorAll(fuzzyText, fuzzyTargets);
  });
  bench(`1000 targets, text with ${fuzzyTargets.length} small edits (mixed)`, () => {
    anchorAll(fuzzyText, targets);
  });
});
