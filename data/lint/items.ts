/**
 * The study content seen as lintable items: each with an id the report names, the quote it cites and
 * the text the learner reads (prompts, answers, explanations, labels), quotes themselves excluded.
 */
import type { ArgumentMap } from '../schemas/argument-map';
import type { Source } from '../schemas/article';
import type { Deck } from '../schemas/flashcards';
import type { Question, SelfTest } from '../schemas/selftest';

export type LintItem = { id: string; source: Source; faces: string[] };

/** Cloze markup as the learner reads it after the reveal: hidden words and hints kept, braces dropped. */
export const clozeAsRead = (markup: string) => markup.replace(/\{\{c\d+::(.*?)(?:::([^}]*))?\}\}/gu, (_, hidden: string, hint?: string) => (hint ? `${hidden} (${hint})` : hidden));

export function deckItems(deck: Deck): LintItem[] {
  return deck.cards.map((card) => ({
    id: `deck:${card.id}`,
    source: card.source,
    faces: [...(card.kind === 'basic' ? [card.front, card.back] : [clozeAsRead(card.cloze)]), ...(card.note ? [card.note] : [])],
  }));
}

/** A question's own text: prompt or statement, options, explanation, model answer; items are separate when they cite their own source. */
function questionFaces(q: Question): string[] {
  switch (q.kind) {
    case 'single':
    case 'multi':
      return [q.prompt, ...q.options.map((o) => o.text), q.explanation];
    case 'truefalse':
      return [q.statement, q.explanation];
    case 'classify':
    case 'order':
      return [q.prompt, q.explanation, ...q.items.filter((i) => !i.source).map((i) => i.text)];
    case 'match':
      return [q.prompt, q.explanation, ...[...q.left, ...q.right].filter((i) => !i.source).map((i) => i.text)];
    case 'short':
      return [q.prompt, q.modelAnswer, ...q.keyPoints, q.explanation];
    case 'evidence':
      return [q.claim, q.explanation];
  }
}

/** Sub-items (classify, order, match) that cite a quote of their own. */
function subItems(q: Question): { id: string; text: string; source: Source }[] {
  const items = q.kind === 'classify' || q.kind === 'order' ? q.items : q.kind === 'match' ? [...q.left, ...q.right] : [];
  return items.flatMap((i) => (i.source ? [{ id: i.id, text: i.text, source: i.source }] : []));
}

export function selfTestItems(test: SelfTest): LintItem[] {
  return test.questions.flatMap((q) => [
    { id: `selftest:${q.id}`, source: q.source, faces: questionFaces(q) },
    ...subItems(q).map((i) => ({ id: `selftest:${q.id}/${i.id}`, source: i.source, faces: [i.text] })),
  ]);
}

export function mapItems(map: ArgumentMap): LintItem[] {
  return map.nodes.map((n) => ({ id: `map:${n.id}`, source: n.source, faces: [n.label, n.detail] }));
}

/** Every source a question cites: its own and its sub-items'. */
export function questionSources(q: Question): Source[] {
  return [q.source, ...subItems(q).map((i) => i.source)];
}
