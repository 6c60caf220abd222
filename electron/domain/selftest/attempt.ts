// Pure rules about attempts that are not grading: which questions a retake asks, what counts as answered.
import type { Answer, Question } from '../../../data/schemas/selftest';
import { gradeQuestion } from './grade';

/** Ids of the questions a finished attempt did not get fully right (score below 1), in the given order. */
export function missedQuestionIds(grades: readonly { questionId: string; score: number }[]): string[] {
  return grades.filter((g) => g.score < 1).map((g) => g.questionId);
}

/** Whether an answer says anything yet (the grader's own notion of "answered"). */
export function isAnswered(question: Question, answer: Answer | undefined): boolean {
  if (!answer) return false;
  // A written short answer counts as answered before it is self-marked; the grader needs both to score it.
  if (answer.kind === 'short') return answer.text.trim() !== '';
  return gradeQuestion(question, answer).answered;
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
