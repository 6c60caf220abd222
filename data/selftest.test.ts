import { describe, expect, it } from 'vitest';
import { paragraphText } from './article';
import { Answer, Question, SelfTest, questionKinds } from './schemas/selftest';
import type { Source } from './schemas/article';
import { selfTest } from './selftest';
import selfTestJson from './selftest.json';

/** Every cited source of a question: its own, and those of its classify, order or match items. */
function sourcesOf(q: Question): { where: string; source: Source }[] {
  const items = q.kind === 'classify' || q.kind === 'order' ? q.items : q.kind === 'match' ? [...q.left, ...q.right] : [];
  return [
    { where: q.id, source: q.source },
    ...items.flatMap((item) => (item.source ? [{ where: `${q.id}/${item.id}`, source: item.source }] : [])),
  ];
}

/** All learner-facing text of a question, quotes excluded. */
function facesOf(q: Question): string[] {
  switch (q.kind) {
    case 'single':
    case 'multi':
      return [q.prompt, q.explanation, ...q.options.map((o) => o.text)];
    case 'truefalse':
      return [q.statement, q.explanation];
    case 'classify':
    case 'order':
      return [q.prompt, q.explanation, ...q.items.map((i) => i.text)];
    case 'match':
      return [q.prompt, q.explanation, ...[...q.left, ...q.right].map((i) => i.text)];
    case 'short':
      return [q.prompt, q.explanation, q.modelAnswer, ...q.keyPoints];
    case 'evidence':
      return [q.claim, q.explanation];
  }
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('data/selftest.json', () => {
  it('validates, with at least 20 questions and every kind at least twice', () => {
    expect(SelfTest.safeParse(selfTestJson).success).toBe(true);
    expect(selfTest.questions.length).toBeGreaterThanOrEqual(20);
    for (const kind of questionKinds) {
      expect(selfTest.questions.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it('quotes every source and item verbatim from the paragraph it cites', () => {
    const misquoted = selfTest.questions
      .flatMap(sourcesOf)
      .filter(({ source }) => !paragraphText(source.paragraph).includes(source.quote))
      .map(({ where }) => where);
    expect(misquoted).toEqual([]);
  });

  it('gives each evidence question a span that occurs once in its paragraph', () => {
    for (const q of selfTest.questions.filter((x) => x.kind === 'evidence')) {
      expect(count(paragraphText(q.source.paragraph), q.source.quote), q.id).toBe(1);
    }
  });

  it('centres on the membership argument: most questions cite paragraph 4 or 5', () => {
    const onArgument = selfTest.questions.filter((q) => q.source.paragraph === 'p4' || q.source.paragraph === 'p5');
    expect(onArgument.length * 2).toBeGreaterThanOrEqual(selfTest.questions.length);
  });

  it('offers all three argument categories in every classify question, each used', () => {
    for (const q of selfTest.questions) {
      if (q.kind !== 'classify') continue;
      expect(q.categories.map((c) => c.id).sort(), q.id).toEqual(['against-soon', 'conclusion', 'for-one-day']);
      for (const c of q.categories) expect(q.items.some((i) => i.category === c.id), `${q.id}/${c.id}`).toBe(true);
    }
  });

  it('matches Kishida, Hayashi and Mao Ning in every match question', () => {
    for (const q of selfTest.questions) {
      if (q.kind !== 'match') continue;
      expect(q.left.map((l) => l.id).sort(), q.id).toEqual(['hayashi', 'kishida', 'mao-ning']);
    }
  });

  it('quotes every classify, order and match statement, so feedback can point to it', () => {
    const unquoted = selfTest.questions.flatMap((q) => {
      const items = q.kind === 'classify' || q.kind === 'order' ? q.items : q.kind === 'match' ? q.right : [];
      return items.filter((i) => !i.source).map((i) => `${q.id}/${i.id}`);
    });
    expect(unquoted).toEqual([]);
  });

  it('never repeats the article’s "ITTP" misspelling outside a quote, except in quotation marks to explain it', () => {
    const misspelt = selfTest.questions.filter((q) => facesOf(q).some((t) => /ITTP/.test(t.replaceAll('“ITTP”', ''))));
    expect(misspelt.map((q) => q.id)).toEqual([]);
  });
});

describe('SelfTest schema', () => {
  const questions = (): Question[] => structuredClone(selfTest.questions);
  const parse = (qs: unknown[]) => SelfTest.safeParse({ ...selfTestJson, questions: qs });
  const firstOf = <K extends Question['kind']>(kind: K) =>
    structuredClone(selfTest.questions.find((q) => q.kind === kind)) as Extract<Question, { kind: K }>;

  it('rejects duplicate question ids', () => {
    const qs = questions();
    qs[1] = { ...qs[1]!, id: qs[0]!.id };
    expect(parse(qs).success).toBe(false);
  });

  it('rejects a test that uses a kind only once', () => {
    const qs = questions();
    const firstMatch = qs.findIndex((q) => q.kind === 'match');
    const secondMatch = qs.findIndex((q, i) => q.kind === 'match' && i !== firstMatch);
    qs.splice(secondMatch, 1);
    const result = parse(qs);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/"match" used 1/);
  });

  it('rejects fewer than 18 questions', () => {
    expect(parse(questions().slice(0, 17)).success).toBe(false);
  });

  it('rejects a single choice whose answer is not an option', () => {
    expect(Question.safeParse({ ...firstOf('single'), answer: 'nowhere' }).success).toBe(false);
  });

  it('rejects duplicate option ids and too few options', () => {
    const single = firstOf('single');
    const dup = { ...single, options: single.options.map((o) => ({ ...o, id: 'same' })), answer: 'same' };
    expect(Question.safeParse(dup).success).toBe(false);
    expect(Question.safeParse({ ...single, options: single.options.slice(0, 2) }).success).toBe(false);
  });

  it('rejects a multiple select with an answer that is not an option, or with no wrong option', () => {
    const multi = firstOf('multi');
    expect(Question.safeParse({ ...multi, answers: [...multi.answers, 'ghost'] }).success).toBe(false);
    expect(Question.safeParse({ ...multi, answers: multi.options.map((o) => o.id) }).success).toBe(false);
  });

  it('rejects match pairs that are not a bijection or name unknown ids', () => {
    const match = firstOf('match');
    const [a, b, c] = match.left.map((l) => l.id) as [string, string, string];
    const [x, , z] = match.right.map((r) => r.id) as [string, string, string];
    expect(Question.safeParse({ ...match, pairs: { [a]: x, [b]: x, [c]: z } }).success).toBe(false);
    expect(Question.safeParse({ ...match, pairs: { [a]: x, [c]: z } }).success).toBe(false);
    expect(Question.safeParse({ ...match, pairs: { ...match.pairs, nobody: x } }).success).toBe(false);
  });

  it('rejects a classify item in a category the question does not offer, and an unknown category', () => {
    const classify = firstOf('classify');
    const twoCats = { ...classify, categories: classify.categories.filter((c) => c.id !== 'conclusion') };
    expect(Question.safeParse(twoCats).success).toBe(false);
    const bad = { ...classify, items: classify.items.map((i, n) => (n === 0 ? { ...i, category: 'maybe' } : i)) };
    expect(Question.safeParse(bad).success).toBe(false);
  });

  it('rejects an unknown kind, a paragraph outside p1..p5 and a non-slug id', () => {
    const tf = firstOf('truefalse');
    expect(Question.safeParse({ ...tf, kind: 'essay' }).success).toBe(false);
    expect(Question.safeParse({ ...tf, source: { ...tf.source, paragraph: 'p6' } }).success).toBe(false);
    expect(Question.safeParse({ ...tf, id: 'Not A Slug' }).success).toBe(false);
  });

  it('defaults an evidence question’s minOverlap to 0.5 and rejects one above 1', () => {
    const { minOverlap: _dropped, ...evidence } = firstOf('evidence');
    const parsed = Question.parse(evidence);
    expect(parsed.kind === 'evidence' && parsed.minOverlap).toBe(0.5);
    expect(Question.safeParse({ ...evidence, minOverlap: 1.5 }).success).toBe(false);
  });
});

describe('Answer schema', () => {
  it('accepts one answer shape per kind', () => {
    const answers = [
      { kind: 'single', optionId: null },
      { kind: 'multi', optionIds: ['a'] },
      { kind: 'truefalse', value: true },
      { kind: 'classify', placements: { a: 'conclusion' } },
      { kind: 'order', itemIds: ['a', 'b'] },
      { kind: 'match', pairs: { kishida: 'no-plans' } },
      { kind: 'short', text: 'Because.', selfMark: 'partly' },
      { kind: 'evidence', selection: { start: 3, end: 9 } },
    ];
    for (const a of answers) expect(Answer.safeParse(a).success, a.kind).toBe(true);
  });

  it('rejects a selection that ends before it starts, and an unknown self-mark', () => {
    expect(Answer.safeParse({ kind: 'evidence', selection: { start: 9, end: 3 } }).success).toBe(false);
    expect(Answer.safeParse({ kind: 'short', text: 'x', selfMark: 'perfect' }).success).toBe(false);
  });
});
