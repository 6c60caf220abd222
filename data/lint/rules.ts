/**
 * The content rules a machine can check (docs/content.md explains each, with examples). Every rule is
 * a pure function over one item, or over the whole content for the balance and coverage rules, and
 * returns findings that name the item and the rule.
 */
import type { Source } from '../schemas/article';
import type { Deck } from '../schemas/flashcards';
import type { MultiQuestion, Question, SingleQuestion } from '../schemas/selftest';
import { questionSources, type LintItem } from './items';
import { sentencesCited, type Sentence } from './sentences';

export type RuleId =
  | 'list-back'
  | 'yes-no-front'
  | 'either-or-front'
  | 'length-cue'
  | 'multi-length-cue'
  | 'dropped-hedge'
  | 'added-qualifier'
  | 'number-not-in-quote'
  | 'overused-sentence'
  | 'uncited-sentence';

export type Finding = { rule: RuleId; item: string; message: string };

/** A basic card's back that lists three or more things: split at commas, semicolons, "and", "or". */
export function listBack(id: string, back: string): Finding | null {
  const body = back.replace(/\([^)]*\)/g, '').replace(/[.!]\s*$/, '');
  const parts = body.split(/,|;|\band\b|\bor\b/u).filter((p) => p.trim().length > 0);
  return parts.length >= 3
    ? { rule: 'list-back', item: id, message: `the back lists ${parts.length} parts; make one card per part (a cloze per item where the list matters)` }
    : null;
}

const AUXILIARY = /^(is|are|was|were|am|do|does|did|has|have|had|can|could|will|would|shall|should|may|might|must)\b/iu;

/** A front a learner can answer by yes/no (it opens with an auxiliary verb) or by picking one of two offered alternatives. */
export function frontCues(id: string, front: string): Finding[] {
  const findings: Finding[] = [];
  const text = front.trim();
  if (AUXILIARY.test(text)) findings.push({ rule: 'yes-no-front', item: id, message: `"${text.split(/\s/)[0]}…" asks for yes or no; ask for the fact itself` });
  // "X or Y?": an alternative offered in the question a learner answers.
  if (/\bor\b[^?]*\?\s*$/u.test(text) && !/^true or false\b/iu.test(text)) {
    findings.push({ rule: 'either-or-front', item: id, message: 'the front offers two alternatives; ask an open question' });
  }
  return findings;
}

/** How much longer (or shorter) the right option must be than every other to be a cue. */
export const LENGTH_CUE_RATIO = 1.5;

/** A single choice whose right option is far longer, or far shorter, than every other option. */
export function singleLengthCue(q: Pick<SingleQuestion, 'id' | 'options' | 'answer'>, id = `selftest:${q.id}`): Finding | null {
  const right = q.options.find((o) => o.id === q.answer);
  const others = q.options.filter((o) => o.id !== q.answer).map((o) => o.text.length);
  if (!right || others.length === 0) return null;
  const n = right.text.length;
  if (n >= LENGTH_CUE_RATIO * Math.max(...others)) return { rule: 'length-cue', item: id, message: `the right option (${n} characters) is far longer than every other` };
  if (n * LENGTH_CUE_RATIO <= Math.min(...others)) return { rule: 'length-cue', item: id, message: `the right option (${n} characters) is far shorter than every other` };
  return null;
}

/** A multiple select whose right options are all longer (or all shorter) than all wrong ones: length alone gives the answer. */
export function multiLengthCue(q: MultiQuestion, id = `selftest:${q.id}`): Finding | null {
  const lengths = (right: boolean) => q.options.filter((o) => q.answers.includes(o.id) === right).map((o) => o.text.length);
  const [rights, wrongs] = [lengths(true), lengths(false)];
  if (rights.length === 0 || wrongs.length === 0) return null;
  if (Math.min(...rights) > Math.max(...wrongs)) return { rule: 'multi-length-cue', item: id, message: 'every right option is longer than every wrong one' };
  if (Math.max(...rights) < Math.min(...wrongs)) return { rule: 'multi-length-cue', item: id, message: 'every right option is shorter than every wrong one' };
  return null;
}

/** The hedges of the article a learner must keep: how each is found in a quote, and the forms that keep it in our text. */
export const HEDGES: readonly { name: string; inQuote: RegExp; kept: RegExp }[] = [
  { name: 'very likely', inQuote: /\bvery likely\b/iu, kept: /\bvery likely\b/iu },
  { name: 'expected', inQuote: /\bexpected\b/iu, kept: /\bexpect(?:ed|s)?\b/iu },
  { name: 'considering', inQuote: /\bconsidering\b/iu, kept: /\bconsider(?:ing|s|ed)?\b/iu },
  { name: 'could', inQuote: /\bcould\b/iu, kept: /\b(?:could|might|may)\b/iu },
  { name: 'cannot be ruled out', inQuote: /\bcannot be ruled out\b/iu, kept: /\b(?:not|cannot|can’t|can't) be ruled out\b|\bnot ruled out\b/iu },
  { name: 'unlikely', inQuote: /\bunlikely\b/iu, kept: /\bunlikely\b|\bnot likely\b/iu },
  { name: 'no later than', inQuote: /\bno later than\b/iu, kept: /\bno later than\b|\bat the latest\b/iu },
];

// Words too common in this article to show that two texts speak of the same thing.
const COMMON = new Set(
  'that this with from will would have into their which such also more most than there were been being about other only both these those them they japan japanese nato alliance tokyo region regional country'.split(' '),
);

const stems = (text: string) =>
  new Set(
    (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((w) => w.length >= 4 && !COMMON.has(w) && !COMMON.has(w.replace(/s$/, '')))
      .map((w) => w.slice(0, 5)),
  );

/**
 * A hedge of the quote that the item's learner-facing text drops while speaking of the same thing:
 * the text shares at least two content words with the hedge's clause but keeps no form of the hedge.
 */
export function droppedHedges(item: Pick<LintItem, 'id' | 'faces'> & { source: { quote: string } }): Finding[] {
  const faces = item.faces.join('\n');
  const faceStems = stems(faces);
  const findings: Finding[] = [];
  for (const hedge of HEDGES) {
    const at = item.source.quote.search(hedge.inQuote);
    if (at < 0 || hedge.kept.test(faces)) continue;
    const before = item.source.quote.slice(0, at);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1;
    const rest = item.source.quote.slice(at);
    const stop = rest.search(/[,.;]/u);
    const clause = item.source.quote.slice(clauseStart, stop < 0 ? undefined : at + stop).replace(hedge.inQuote, ' ');
    const shared = [...stems(clause)].filter((s) => faceStems.has(s));
    if (shared.length >= 2) {
      findings.push({ rule: 'dropped-hedge', item: item.id, message: `the quote says "${hedge.name}" but the text drops it while speaking of the same thing` });
    }
  }
  return findings;
}

/**
 * Words that change a fact's time, degree or certainty: an answer that says one the article does not
 * says more than the text ("still negotiating" for "is in negotiations").
 */
export const QUALIFIERS: readonly string[] = [
  'still', 'already', 'yet', 'no longer', 'only', 'just', 'always', 'never', 'soon', 'finally',
  'definitely', 'certainly', 'surely', 'undoubtedly', 'officially', 'formally', 'entirely', 'fully',
  'completely', 'all', 'every', 'none', 'most', 'mostly', 'largely',
];

const qualifierPattern = (word: string) => new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'iu');

/**
 * An answer (`what`: a card's back, a right option, a model answer, a map node) that says a qualifier
 * (QUALIFIERS) its quote does not: it adds to the text.
 */
export function addedQualifiers(id: string, answer: string, quote: string, what = 'the back'): Finding[] {
  return QUALIFIERS.filter((word) => qualifierPattern(word).test(answer) && !qualifierPattern(word).test(quote)).map((word) => ({
    rule: 'added-qualifier' as const,
    item: id,
    message: `${what} says "${word}", which the quote does not: say what the text says, no more`,
  }));
}

/** A question's right answers as the learner reads them: right options, a true statement, a model answer. */
export function rightAnswers(q: Question): { what: string; text: string }[] {
  switch (q.kind) {
    case 'single':
      return q.options.filter((o) => o.id === q.answer).map((o) => ({ what: 'the right option', text: o.text }));
    case 'multi':
      return q.options.filter((o) => q.answers.includes(o.id)).map((o) => ({ what: 'a right option', text: o.text }));
    case 'truefalse':
      return q.answer ? [{ what: 'the true statement', text: q.statement }] : [];
    case 'short':
      return [{ what: 'the model answer', text: q.modelAnswer }];
    default:
      return [];
  }
}

/** A number as written (2024, 320, 1.5, 10,000), not counting a reference to a paragraph of the article. */
const numbersIn = (text: string): string[] => text.replace(/\bparagraphs?\s+\d+(?:\s*(?:and|,|–|-)\s*\d+)*/giu, ' ').match(/\d(?:[\d,.]*\d)?/gu) ?? [];

/** An answer with a number its quote does not have: a figure the learner would take from us, not from the text. */
export function numbersNotInQuote(id: string, answer: string, quote: string, what = 'the back'): Finding[] {
  return [...new Set(numbersIn(answer))]
    .filter((n) => !numbersIn(quote).includes(n))
    .map((n) => ({ rule: 'number-not-in-quote' as const, item: id, message: `${what} says "${n}", which its quote does not: cite the sentence the figure comes from` }));
}

/** How many self-test questions may cite one sentence before the test leans on it. */
export const MAX_QUESTIONS_PER_SENTENCE = 4;

/** Sentences cited by more than four self-test questions (own source or an item's). */
export function overusedSentences(questions: readonly Question[], sentences: readonly Sentence[], paragraphText: (id: string) => string): Finding[] {
  const citing = new Map<string, Set<string>>();
  for (const q of questions) {
    for (const source of questionSources(q)) {
      for (const s of sentencesCited(source, sentences, paragraphText(source.paragraph))) {
        citing.set(s.id, (citing.get(s.id) ?? new Set()).add(q.id));
      }
    }
  }
  return [...citing]
    .filter(([, ids]) => ids.size > MAX_QUESTIONS_PER_SENTENCE)
    .map(([id, ids]) => ({ rule: 'overused-sentence', item: `article:${id}`, message: `cited by ${ids.size} questions (at most ${MAX_QUESTIONS_PER_SENTENCE}): ${[...ids].join(', ')}` }));
}

/** A sentence that carries no fact of its own, and why; only these may go without a card. */
export type AllowedUncited = { sentence: string; reason: string };

/** Body sentences no deck card cites, unless the allow-list names them (by their opening words). */
export function uncitedSentences(
  deck: Deck,
  sentences: readonly Sentence[],
  paragraphText: (id: string) => string,
  allowed: readonly AllowedUncited[],
): Finding[] {
  const cited = new Set(deck.cards.flatMap((c: { source: Source }) => sentencesCited(c.source, sentences, paragraphText(c.source.paragraph)).map((s) => s.id)));
  return sentences
    .filter((s) => !cited.has(s.id) && !allowed.some((a) => s.text.startsWith(a.sentence)))
    .map((s) => ({ rule: 'uncited-sentence', item: `article:${s.id}`, message: `no card cites “${s.text.slice(0, 60)}…”` }));
}
