/**
 * Turns a self-test question into a flashcard: the front asks the question, the back gives the
 * right answer in words. Pure: the same question always makes the same card.
 *
 * Per kind: single/multi → the right options' text; truefalse → "True."/"False." and the
 * explanation; classify → each category with its statements; order → the items numbered in the
 * article's order; match → each person with what they said; short → the model answer;
 * evidence → the source quote. Parts are joined on one line ("; "), since card backs are one paragraph.
 */
import type { Question } from '../../../data/schemas/selftest';

/** The text of a card made from a question, within the card limits (front 500, back 2,000 characters). */
export type CardText = { front: string; back: string };

export const MAX_FRONT = 500;
export const MAX_BACK = 2000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const sentence = (text: string) => (/[.!?…”"]$/.test(text) ? text : `${text}.`);

function backOf(question: Question): string {
  switch (question.kind) {
    case 'single':
      return question.options.find((o) => o.id === question.answer)?.text ?? '';
    case 'multi':
      return question.options
        .filter((o) => question.answers.includes(o.id))
        .map((o) => o.text)
        .join('; ');
    case 'truefalse':
      return `${question.answer ? 'True' : 'False'}. ${question.explanation}`;
    case 'classify':
      return question.categories
        .map((category) => ({ category, items: question.items.filter((item) => item.category === category.id) }))
        .filter(({ items }) => items.length > 0)
        .map(({ category, items }) => `${category.label}: ${items.map((item) => item.text).join('; ')}`)
        .map(sentence)
        .join(' ');
    case 'order':
      return question.items.map((item, i) => `${i + 1}. ${item.text}`).join('; ');
    case 'match':
      return question.left
        .map((person) => `${person.text}: ${question.right.find((r) => r.id === question.pairs[person.id])?.text ?? ''}`)
        .join('; ');
    case 'short':
      return question.modelAnswer;
    case 'evidence':
      return `“${question.source.quote}”`;
  }
}

function frontOf(question: Question): string {
  switch (question.kind) {
    case 'truefalse':
      return `True or false: ${question.statement}`;
    case 'evidence':
      return `Which words of the article support this claim? ${question.claim}`;
    default:
      return question.prompt;
  }
}

/** The front and back of the flashcard made from `question`. */
export function cardFromQuestion(question: Question): CardText {
  return { front: clip(frontOf(question).trim(), MAX_FRONT), back: clip(backOf(question).trim(), MAX_BACK) };
}
