// Pure rules about attempts that are not grading: which questions a retake asks, what counts as answered.
import { kindModule, type AnswerIn, type KindRegistry, type QuestionIn } from './kinds/kind';
import { selftestKinds } from './kinds/registry';

/** Ids of the questions a finished attempt did not get fully right (score below 1), in the given order. */
export function missedQuestionIds(grades: readonly { questionId: string; score: number }[]): string[] {
  return grades.filter((g) => g.score < 1).map((g) => g.questionId);
}

/** The attempt rules of a registry of kinds (the built-in one below; tests build others). */
export function attemptRulesOf<R extends KindRegistry>(kinds: R) {
  /**
   * Whether an answer says anything yet, as the grader counts it. Free of zod and the article, so the
   * renderer can show progress without bundling them. A written short answer counts before it is
   * self-marked (it scores 0 until marked).
   */
  function isAnswered(question: QuestionIn<R>, answer: AnswerIn<R> | undefined): boolean {
    const { kind } = question as { kind: string };
    if (!answer || (answer as { kind: string }).kind !== kind) return false;
    return kindModule(kinds, kind).isAnswered(answer);
  }

  /**
   * Why `answer` cannot belong to `question`, or null when it fits: the kind must match and every id
   * must name one of the question's options, items, people or statements.
   */
  function answerMismatch(question: QuestionIn<R>, answer: AnswerIn<R>): string | null {
    const { id, kind } = question as { id: string; kind: string };
    const answerKind = (answer as { kind: string }).kind;
    if (answerKind !== kind) return `question ${id} takes a ${kind} answer, not ${answerKind}`;
    const bad = kindModule(kinds, kind).unknownId(question, answer);
    return bad === undefined ? null : `"${bad}" is not part of question ${id}`;
  }

  return { isAnswered, answerMismatch };
}

export const { isAnswered, answerMismatch } = attemptRulesOf(selftestKinds);
