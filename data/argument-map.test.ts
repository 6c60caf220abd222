import { describe, expect, it } from 'vitest';
import { paragraphText } from './article';
import { argumentMap } from './argument-map';
import argumentMapJson from './argument-map.json';
import { ArgumentMap } from './schemas/argument-map';
import type { ArgumentSide } from './schemas/argument-map';

const onSide = (side: ArgumentSide) => argumentMap.nodes.filter((n) => n.side === side);

describe('data/argument-map.json', () => {
  it('validates and asks the article’s question', () => {
    expect(ArgumentMap.safeParse(argumentMapJson).success).toBe(true);
    expect(argumentMap.question).toBe('Could Japan become a NATO member?');
  });

  it('has at least 4 claims against, 5 for, 1–2 conclusions and some context', () => {
    expect(onSide('against-soon').length).toBeGreaterThanOrEqual(4);
    expect(onSide('for-one-day').length).toBeGreaterThanOrEqual(5);
    expect(onSide('conclusion').length).toBeGreaterThanOrEqual(1);
    expect(onSide('conclusion').length).toBeLessThanOrEqual(2);
    expect(onSide('context').length).toBeGreaterThanOrEqual(3);
  });

  it('names whom each benefit goes to, on the for side only, with both Japan and NATO covered', () => {
    const gains = onSide('for-one-day').filter((n) => n.gainsFor);
    expect(new Set(gains.map((n) => n.gainsFor))).toEqual(new Set(['japan', 'nato']));
    expect(argumentMap.nodes.filter((n) => n.side !== 'for-one-day' && n.gainsFor)).toEqual([]);
    const bad = { ...argumentMapJson, nodes: argumentMapJson.nodes.map((n) => (n.side === 'context' ? { ...n, gainsFor: 'nato' } : n)) };
    expect(ArgumentMap.safeParse(bad).success).toBe(false);
  });

  it('quotes every node verbatim from the paragraph it cites', () => {
    const misquoted = argumentMap.nodes.filter((n) => !paragraphText(n.source.paragraph).includes(n.source.quote));
    expect(misquoted.map((n) => n.id)).toEqual([]);
  });

  it('draws the against side from paragraph 4 (with paragraph 2’s evidence, so labelled) and the for side from paragraph 5', () => {
    const evidence = onSide('against-soon').filter((n) => n.label.startsWith('Evidence:'));
    expect(evidence.map((n) => n.source.paragraph)).toEqual(['p2']);
    expect(onSide('against-soon').filter((n) => !evidence.includes(n)).every((n) => n.source.paragraph === 'p4')).toBe(true);
    expect(onSide('for-one-day').every((n) => n.source.paragraph === 'p5')).toBe(true);
  });

  it('says what membership would give Japan and what it would give NATO', () => {
    const forLabels = onSide('for-one-day').map((n) => n.label);
    expect(forLabels.some((l) => l.startsWith('Japan:'))).toBe(true);
    expect(forLabels.some((l) => l.startsWith('NATO:'))).toBe(true);
  });

  it('puts labels and details in its own words, not copied from the quote', () => {
    const copied = argumentMap.nodes.filter((n) => n.detail === n.source.quote || n.label === n.source.quote);
    expect(copied.map((n) => n.id)).toEqual([]);
  });

  it('never repeats the article’s "ITTP" misspelling in a label or detail', () => {
    expect(argumentMap.nodes.filter((n) => /ITTP/.test(n.label + n.detail)).map((n) => n.id)).toEqual([]);
  });
});

describe('ArgumentMap schema', () => {
  const nodes = () => structuredClone(argumentMap.nodes);
  const parse = (ns: unknown[]) => ArgumentMap.safeParse({ ...argumentMapJson, nodes: ns });

  it('rejects duplicate node ids', () => {
    const ns = nodes();
    ns[1] = { ...ns[1]!, id: ns[0]!.id };
    expect(parse(ns).success).toBe(false);
  });

  it('rejects a map with a side left empty, or with three conclusions', () => {
    expect(parse(nodes().filter((n) => n.side !== 'against-soon')).success).toBe(false);
    const extra = { ...onSide('conclusion')[0]!, id: 'conclusion-extra' };
    expect(parse([...nodes(), extra]).success).toBe(false);
  });

  it('rejects an unknown side and a source outside p1..p5', () => {
    const [first] = nodes();
    expect(parse([...nodes(), { ...first!, id: 'x1', side: 'maybe' }]).success).toBe(false);
    expect(parse([...nodes(), { ...first!, id: 'x2', source: { paragraph: 'p9', quote: 'NATO' } }]).success).toBe(false);
  });
});
