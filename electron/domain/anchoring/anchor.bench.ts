/**
 * Re-anchoring budget (issue 12): 1,000 highlights on the article whose text took 50 small edits,
 * under 50 ms. The mixed case prints its mean, median and worst run next to that target and next to
 * a floor measured in the same runs, alternating with it: the same 1,000 targets on the unchanged
 * text (anchored by position, ~1/30 of the work), since the machine's load moves both alike.
 *
 *   npx vitest bench --run --config build/vitest.config.ts electron/domain/anchoring
 */
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

const TARGET_MS = 50;
const MIXED = { time: 0, iterations: 40, warmupIterations: 5 };
const mixed: number[] = [];
const floor: number[] = [];

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
  bench(
    `1000 targets, text with ${fuzzyTargets.length} small edits (mixed)`,
    () => {
      const floorStart = performance.now();
      anchorAll(text, targets);
      floor.push(performance.now() - floorStart);
      const start = performance.now();
      anchorAll(fuzzyText, targets);
      mixed.push(performance.now() - start);
      if (mixed.length === MIXED.iterations + MIXED.warmupIterations) report();
    },
    MIXED,
  );
});

function report(): void {
  const runs = mixed.slice(MIXED.warmupIterations);
  const floors = floor.slice(MIXED.warmupIterations);
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  const mean = runs.reduce((sum, v) => sum + v, 0) / runs.length;
  const worst = Math.max(...runs);
  console.log(
    `\nAnchoring budget (${runs.length} runs of 1,000 targets, text with ${fuzzyTargets.length} small edits):\n` +
      `mean ${mean.toFixed(1)} ms, median ${median(runs).toFixed(1)} ms, worst ${worst.toFixed(1)} ms (target: under ${TARGET_MS} ms) ${mean < TARGET_MS ? 'ok' : 'OVER'}` +
      ` | floor (same targets, unchanged text) median ${median(floors).toFixed(2)} ms, mixed ${(median(runs) / median(floors)).toFixed(1)}x\n`,
  );
}
