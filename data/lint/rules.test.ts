import { describe, expect, it } from 'vitest';
import type { Deck } from '../schemas/flashcards';
import type { MultiQuestion, Question, SingleQuestion } from '../schemas/selftest';
import { addedQualifiers, numbersNotInQuote, droppedHedges, frontCues, listBack, multiLengthCue, overusedSentences, singleLengthCue, uncitedSentences } from './rules';
import { sentencesOf } from './sentences';
import { lintContent } from './lint-content';

const p1 = { id: 'p1' as const, text: 'NATO is in talks to open an office no later than 2024 in Tokyo. The ITPP is expected to be signed by July. Japan has a plan.' };
const sentences = sentencesOf(p1);
const textOf = () => p1.text;
const source = (quote: string) => ({ paragraph: 'p1' as const, quote });

const single = (options: string[]): SingleQuestion => ({
  id: 'q',
  kind: 'single',
  prompt: 'What is it?',
  options: options.map((text, i) => ({ id: `o${i}`, text })),
  answer: 'o0',
  explanation: 'Because.',
  source: source('NATO is in talks'),
});

const multi = (right: string[], wrong: string[]): MultiQuestion => ({
  id: 'm',
  kind: 'multi',
  prompt: 'Which?',
  options: [...right, ...wrong].map((text, i) => ({ id: `o${i}`, text })),
  answers: right.map((_, i) => `o${i}`),
  explanation: 'Because.',
  source: source('NATO is in talks'),
});

const truefalse = (id: string, quote: string): Question => ({ id, kind: 'truefalse', statement: 'S.', answer: true, explanation: 'E.', source: source(quote) });

describe('list-back', () => {
  it('catches a back that lists three things, naming the card', () => {
    expect(listBack('deck:topics', 'Geopolitical challenges, new technologies and cyber threats.')).toMatchObject({ rule: 'list-back', item: 'deck:topics' });
  });
  it('passes a single fact, a pair, and context in brackets', () => {
    expect(listBack('deck:a', 'Tokyo.')).toBeNull();
    expect(listBack('deck:b', 'Attack drones and reconnaissance drones.')).toBeNull();
    expect(listBack('deck:c', 'Third largest (after the US and China).')).toBeNull();
  });
});

describe('yes-no-front and either-or-front', () => {
  it('catches a front opening with an auxiliary verb', () => {
    expect(frontCues('deck:x', 'Does the article rule out membership?')).toEqual([expect.objectContaining({ rule: 'yes-no-front', item: 'deck:x' })]);
    expect(frontCues('deck:x', 'Is Japan a member?')[0]?.rule).toBe('yes-no-front');
  });
  it('catches a front that offers two alternatives', () => {
    expect(frontCues('deck:y', 'Which summit will Kishida attend, the NATO-Japan summit or the one in Lithuania?')[0]).toMatchObject({ rule: 'either-or-front', item: 'deck:y' });
  });
  it('passes an open question, even one with "or" inside a quoted phrase before its last clause ends without a question', () => {
    expect(frontCues('deck:z', 'What does the article say of a possible entry in the distant future?')).toEqual([]);
    expect(frontCues('deck:z', 'Which July summit is Kishida considering attending?')).toEqual([]);
  });
});

describe('length-cue', () => {
  it('catches a right option far shorter, or far longer, than every other', () => {
    expect(singleLengthCue(single(['It is unlikely.', 'Japan is expected to be invited at the summit.', 'Japan will join once the office opens.', 'Signing the ITPP is the first step.']))).toMatchObject({ rule: 'length-cue', item: 'selftest:q' });
    expect(singleLengthCue(single(['Access to a network of mutual defence treaties across the Alliance', 'Funding', 'A veto', 'Taiwan']))?.message).toMatch(/longer/);
  });
  it('passes options of comparable length', () => {
    expect(singleLengthCue(single(['Third largest, after the US and China', 'Second largest, after the US', 'Largest in Asia, ahead of China']))).toBeNull();
  });
});

describe('multi-length-cue', () => {
  it('catches right options that are all longer than every wrong one', () => {
    expect(multiLengthCue(multi(['Japan gains access to a network of mutual defence treaties.', 'NATO expands its influence in the Asia-Pacific.'], ['Cost sharing.', 'China drops its claim.']))).toMatchObject({ rule: 'multi-length-cue', item: 'selftest:m' });
  });
  it('passes when lengths overlap', () => {
    expect(multiLengthCue(multi(['Japan gains access to a network of mutual defence treaties.', 'Submarines.'], ['NATO shares the cost of Japan’s build-up.', 'Nuclear weapons.']))).toBeNull();
  });
});

describe('dropped-hedge', () => {
  const item = (quote: string, ...faces: string[]) => ({ id: 'map:x', source: source(quote), faces });
  it('catches a hedge hardened or dropped while the text speaks of the same thing', () => {
    expect(droppedHedges(item('the Alliance’s expansion into East Asia would very likely lead to a further escalation of tensions', 'Expansion into East Asia would likely escalate tensions.'))).toEqual([
      expect.objectContaining({ rule: 'dropped-hedge', item: 'map:x' }),
    ]);
    expect(droppedHedges(item('is expected to be signed with Japan by the NATO-Japan summit in July', 'The ITPP is due to be signed by the summit in July.'))[0]?.message).toMatch(/expected/);
    expect(droppedHedges(item('NATO could expand its influence and global security commitments', 'NATO would expand its influence.'))[0]?.message).toMatch(/could/);
    expect(droppedHedges(item('to open a liaison office no later than 2024 in Tokyo', 'A liaison office is to open by 2024.'))[0]?.message).toMatch(/no later than/);
  });
  it('passes text that keeps the hedge, or speaks of something else in the quote', () => {
    expect(droppedHedges(item('the Alliance’s expansion into East Asia would very likely lead to a further escalation of tensions', 'Expansion into East Asia would very likely escalate tensions.'))).toEqual([]);
    expect(droppedHedges(item('to open a liaison office no later than 2024 in Tokyo', 'The office is to open by 2024 at the latest.'))).toEqual([]);
    expect(droppedHedges(item('Kishida is considering attending the NATO summit in Lithuania', 'Who is Kishida?', 'Japan’s Prime Minister.'))).toEqual([]);
  });
});

describe('added-qualifier', () => {
  const quote = 'NATO is in negotiations with Japan to open a liaison office no later than 2024 in Tokyo';
  it('catches a back that says a qualifier its quote does not', () => {
    expect(addedQualifiers('deck:x', 'NATO is still negotiating it with Japan.', quote)).toEqual([
      { rule: 'added-qualifier', item: 'deck:x', message: 'the back says "still", which the quote does not: say what the text says, no more' },
    ]);
    expect(addedQualifiers('deck:x', 'It has already been agreed, and is no longer in doubt.', quote).map((f) => f.message)).toEqual([
      expect.stringMatching(/"already"/),
      expect.stringMatching(/"no longer"/),
    ]);
  });
  it('passes a qualifier the quote says, and words that only contain one', () => {
    expect(addedQualifiers('deck:x', 'Not only with Japan.', 'not only with the Land of the Rising Sun but also with other NATO security partners')).toEqual([]);
    expect(addedQualifiers('deck:x', 'NATO is in negotiations with Japan about it.', quote)).toEqual([]);
    expect(addedQualifiers('deck:x', 'To install an office; to recall the stillness.', quote)).toEqual([]);
  });
  it('names what says it: a right option, a model answer, a node', () => {
    expect(addedQualifiers('selftest:q', 'Japan will soon join.', 'it is unlikely that Japan will become a full member', 'the right option')[0]?.message).toBe(
      'the right option says "soon", which the quote does not: say what the text says, no more',
    );
  });
});

describe('number-not-in-quote', () => {
  const quote = 'Japan has recently committed itself to building up the most massive military capabilities since the end of WWII';
  it('catches a figure the quote does not have', () => {
    expect(numbersNotInQuote('map:x', 'A USD 320 billion plan over 5 years.', quote, 'the node')).toEqual([
      { rule: 'number-not-in-quote', item: 'map:x', message: 'the node says "320", which its quote does not: cite the sentence the figure comes from' },
      { rule: 'number-not-in-quote', item: 'map:x', message: 'the node says "5", which its quote does not: cite the sentence the figure comes from' },
    ]);
  });
  it('passes figures the quote has, and references to paragraphs', () => {
    expect(numbersNotInQuote('deck:x', 'USD 320 billion, by 2024.', 'worth USD 320 billion, to open no later than 2024')).toEqual([]);
    expect(numbersNotInQuote('map:x', 'Evidence: China objects (paragraph 2); see paragraphs 4 and 5.', quote)).toEqual([]);
    // A figure is matched whole: 20 is not in 2024.
    expect(numbersNotInQuote('deck:x', 'About 20.', 'no later than 2024')).toHaveLength(1);
  });
});

describe('overused-sentence', () => {
  it('catches a sentence cited by more than four questions, naming the sentence and the questions', () => {
    const questions = ['a', 'b', 'c', 'd', 'e'].map((id) => truefalse(id, 'The ITPP is expected'));
    expect(overusedSentences(questions, sentences, textOf)).toEqual([
      { rule: 'overused-sentence', item: 'article:p1.s2', message: 'cited by 5 questions (at most 4): a, b, c, d, e' },
    ]);
  });
  it('passes four questions on one sentence, and counts a question once however many of its items cite the sentence', () => {
    expect(overusedSentences(['a', 'b', 'c', 'd'].map((id) => truefalse(id, 'The ITPP is expected')), sentences, textOf)).toEqual([]);
  });
});

describe('uncited-sentence', () => {
  const deck = (quotes: string[]): Deck => ({
    version: 1,
    deckId: 'd',
    cards: quotes.map((quote, i) => ({ id: `c${i}`, kind: 'basic', front: 'F?', back: 'B.', tags: ['cooperation'], source: source(quote) })),
  });
  it('catches a body sentence no card cites', () => {
    expect(uncitedSentences(deck(['NATO is in talks', 'The ITPP is expected']), sentences, textOf, [])).toEqual([
      expect.objectContaining({ rule: 'uncited-sentence', item: 'article:p1.s3' }),
    ]);
  });
  it('passes when every sentence is cited, or allowed with a reason', () => {
    expect(uncitedSentences(deck(['NATO is in talks', 'The ITPP is expected', 'Japan has a plan']), sentences, textOf, [])).toEqual([]);
    expect(uncitedSentences(deck(['NATO is in talks', 'The ITPP is expected']), sentences, textOf, [{ sentence: 'Japan has a plan', reason: 'a test' }])).toEqual([]);
  });
});

describe('sentencesOf', () => {
  it('splits a paragraph at sentence ends, keeping offsets', () => {
    expect(sentences.map((s) => s.id)).toEqual(['p1.s1', 'p1.s2', 'p1.s3']);
    expect(p1.text.slice(sentences[1]!.start, sentences[1]!.end)).toBe('The ITPP is expected to be signed by July.');
  });
});

describe('answers in the whole lint', () => {
  const content = (modelAnswer: string) => ({
    paragraphs: [p1],
    deck: { cards: [] } as unknown as Deck,
    selfTest: { questions: [{ id: 'why', kind: 'short', prompt: 'Why?', modelAnswer, keyPoints: ['A.', 'B.'], explanation: 'E.', source: source('The ITPP is expected to be signed by July') }] as Question[] },
    map: { nodes: [] },
    allowedUncited: [],
  });
  const answerFindings = (modelAnswer: string) =>
    lintContent(content(modelAnswer) as unknown as Parameters<typeof lintContent>[0])
      .filter((f) => f.rule === 'added-qualifier' || f.rule === 'number-not-in-quote')
      .map((f) => f.message);
  it('holds a model answer to the paragraph it cites, not to its one quote', () => {
    // 2024 is in the paragraph (another sentence than the quote): a model answer may gather it.
    expect(answerFindings('The ITPP is expected to be signed by July, and the office to open no later than 2024.')).toEqual([]);
    expect(answerFindings('The ITPP will soon be signed, by July 2025.')).toEqual([
      'the model answer says "soon", which the quote does not: say what the text says, no more',
      'the model answer says "2025", which its quote does not: cite the sentence the figure comes from',
    ]);
  });
});
