// Pure rules about attempts that are not grading: which questions a retake asks, what counts as answered.
import type { Answer, Question } from '../../../data/schemas/selftest';

/** Ids of the questions a finished attempt did not get fully right (score below 1), in the given order. */
export function missedQuestionIds(grades: readonly { questionId: string; score: number }[]): string[] {
  return grades.filter((g) => g.score < 1).map((g) => g.questionId);
}

/**
 * Whether an answer says anything yet, as the grader counts it. Kept free of the grader's imports so
 * the renderer can show progress without bundling the article's schema. A written short answer counts
 * before it is self-marked (it scores 0 until marked).
 */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer || answer.kind !== question.kind) return false;
  switch (answer.kind) {
    case 'single':
      return answer.optionId !== null;
    case 'truefalse':
      return answer.value !== null;
    case 'multi':
      return answer.optionIds.length > 0;
    case 'order':
      return answer.itemIds.length > 0;
    case 'classify':
      return Object.keys(answer.placements).length > 0;
    case 'match':
      return Object.keys(answer.pairs).length > 0;
    case 'short':
      return answer.text.trim() !== '';
    case 'evidence':
      return answer.selection !== null && answer.selection.end > answer.selection.start;
  }
}

/**
 * Why `answer` cannot belong to `question`, or null when it fits: the kind must match and every id
 * must name one of the question's options, items, people or statements.
 */
export function answerMismatch(question: Question, answer: Answer): string | null {
  if (answer.kind !== question.kind) return `question ${question.id} takes a ${question.kind} answer, not ${answer.kind}`;
  const unknown = (ids: readonly string[], known: readonly string[]) => ids.find((id) => !known.includes(id));
  let bad: string | undefined;
  if (question.kind === 'single' && answer.kind === 'single' && answer.optionId !== null) bad = unknown([answer.optionId], question.options.map((o) => o.id));
  if (question.kind === 'multi' && answer.kind === 'multi') bad = unknown(answer.optionIds, question.options.map((o) => o.id));
  if (question.kind === 'order' && answer.kind === 'order') bad = unknown(answer.itemIds, question.items.map((i) => i.id));
  if (question.kind === 'classify' && answer.kind === 'classify') bad = unknown(Object.keys(answer.placements), question.items.map((i) => i.id));
  if (question.kind === 'match' && answer.kind === 'match') {
    bad = unknown(Object.keys(answer.pairs), question.left.map((i) => i.id)) ?? unknown(Object.values(answer.pairs), question.right.map((i) => i.id));
  }
  return bad === undefined ? null : `"${bad}" is not part of question ${question.id}`;
}
