import { describe, expect, it } from 'vitest';
import selfTestJson from '../../../data/selftest.json';
import { builtinPack } from './builtin-pack';
import { packToQuestion } from './question-mapping';
import { describeProblems, validatePack } from './validate-pack';

describe('builtinPack', () => {
  it('is a valid pack: every quote of the built-in deck, self-test and map is found in its block', () => {
    const result = validatePack(builtinPack());
    expect(result.ok ? [] : describeProblems(result.problems)).toEqual([]);
  });

  it('carries the whole built-in study set: 5 paragraphs and every card, question and map node', () => {
    const pack = builtinPack();
    expect(pack.document.sections.flatMap((s) => s.blocks.map((b) => b.id))).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    expect(pack.deck?.cards.length).toBeGreaterThanOrEqual(30);
    expect(pack.selfTest?.questions.length).toBe(selfTestJson.questions.length);
    expect(pack.argumentMap?.nodes.length).toBeGreaterThanOrEqual(10);
  });

  it('maps every built-in question to a QTI interaction and back unchanged', () => {
    const result = validatePack(builtinPack());
    if (!result.ok) throw new Error(describeProblems(result.problems).join('\n'));
    const back = result.pack.selfTest?.questions.map(packToQuestion);
    const expected = selfTestJson.questions.map((q) => ('minOverlap' in q || q.kind !== 'evidence' ? q : { ...q, minOverlap: 0.5 }));
    expect(back).toEqual(expected);
  });
});
