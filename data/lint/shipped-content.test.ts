import { describe, expect, it } from 'vitest';
import { article } from '../article';
import { argumentMap } from '../argument-map';
import { deck } from '../flashcards';
import { selfTest } from '../selftest';
import { selfTestV1 } from '../selftest-archive';
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

  it('would have failed the self-test as shipped before the rewrite, naming its defects', () => {
    const findings = lintContent({ paragraphs: article.paragraphs, deck, selfTest: selfTestV1, map: argumentMap, allowedUncited });
    const found = findings.map((f) => `${f.item} ${f.rule}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'selftest:near-future-verdict length-cue',
        'selftest:membership-gains multi-length-cue',
        'selftest:reasons-against-soon dropped-hedge',
        'article:p4.s2 overused-sentence',
      ]),
    );
  });
});
