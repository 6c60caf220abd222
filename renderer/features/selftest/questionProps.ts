import type { Answer, AnswerOf, Question, QuestionKind } from '../../../data/schemas/selftest';
import type { QuestionLayout } from '../../../electron/domain/selftest/shuffle';

/** What every question component gets: its question, its layout in this attempt, the answer so far. */
export type QuestionProps<K extends QuestionKind> = {
  question: Extract<Question, { kind: K }>;
  layout: QuestionLayout;
  answer: AnswerOf<K> | null;
  /** `typing` asks for a save after a pause rather than at once. */
  onAnswer: (answer: Answer, typing?: boolean) => void;
  /** Id of the element naming the question (its heading). */
  labelledBy: string;
};

/** The layout's ids of one field, or `fallback` when the layout does not carry them. */
export function layoutIds(layout: QuestionLayout, field: 'optionIds' | 'itemIds' | 'leftIds' | 'rightIds', fallback: string[]): string[] {
  const ids = (layout as Partial<Record<typeof field, string[]>>)[field];
  return ids && ids.length === fallback.length ? ids : fallback;
}
