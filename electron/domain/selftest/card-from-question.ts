/**
 * Turns a self-test question into a flashcard: the front asks the question, the back gives the
 * right answer in words (each kind's `toCard` says how). Pure: the same question always makes the
 * same card. Parts are joined on one line ("; "), since card backs are one paragraph.
 */
import { kindModule, type CardText, type KindRegistry, type QuestionIn } from './kinds/kind';
import { selftestKinds } from './kinds/registry';

export type { CardText };

export const MAX_FRONT = 500;
export const MAX_BACK = 2000;

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/** The card maker of a registry of kinds (the built-in one below; tests build others). */
export function cardMakerOf<R extends KindRegistry>(kinds: R) {
  /** The front and back of the flashcard made from `question`, within the card limits (front 500, back 2,000 characters). */
  return function cardFromQuestion(question: QuestionIn<R>): CardText {
    const { front, back } = kindModule(kinds, (question as { kind: string }).kind).toCard(question);
    return { front: clip(front.trim(), MAX_FRONT), back: clip(back.trim(), MAX_BACK) };
  };
}

export const cardFromQuestion = cardMakerOf(selftestKinds);
