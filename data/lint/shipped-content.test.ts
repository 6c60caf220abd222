import { describe, expect, it } from 'vitest';
import { article } from '../article';
import { argumentMap } from '../argument-map';
import { deck } from '../flashcards';
import { selfTest } from '../selftest';
import { allowedUncited } from './allow-list';
import { formatFindings, lintContent } from './lint-content';
import { sentencesOf } from './sentences';

describe('the shipped content', () => {
  it('passes every content rule', () => {
    const findings = lintContent({ paragraphs: article.paragraphs, deck, selfTest, map: argumentMap, allowedUncited });
    expect(formatFindings(findings)).toBe('');
  });

  it('allows only sentences that exist, each with a reason', () => {
    const sentences = article.paragraphs.flatMap(sentencesOf);
    for (const allowed of allowedUncited) {
      expect(sentences.some((s) => s.text.startsWith(allowed.sentence)), allowed.sentence).toBe(true);
      expect(allowed.reason.length).toBeGreaterThan(20);
    }
  });
});
