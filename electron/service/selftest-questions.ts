/**
 * Which question an attempt names: the snapshot it was taken with, else (for attempts saved before
 * snapshots existed) the pre-rewrite self-test, else today's test. So an attempt whose questions were
 * rewritten or removed since still opens, grades and shows each question as it was answered.
 */
import { archivedQuestion } from '../../data/selftest-archive';
import { selfTest } from '../../data/selftest';
import { Question } from '../../data/schemas/selftest';
import type { OpenAttempt } from '../contract/selftest';

const current = new Map<string, Question>(selfTest.questions.map((q) => [q.id, q]));

/** Today's question with that id, if the test still has it. */
export function currentQuestion(id: string): Question | undefined {
  return current.get(id);
}

/** The question as the attempt asked it; undefined when no version of it can be found. */
export function attemptQuestion(attempt: Pick<OpenAttempt, 'questionSnapshots'>, id: string): Question | undefined {
  const snapshots = attempt.questionSnapshots;
  if (snapshots && Object.hasOwn(snapshots, id)) {
    const parsed = Question.safeParse(snapshots[id]);
    if (parsed.success && parsed.data.id === id) return parsed.data;
  }
  // No snapshot: the attempt predates them, so it was answered against the pre-rewrite test.
  if (!snapshots) return archivedQuestion(id) ?? current.get(id);
  return current.get(id);
}

/** Snapshots of the given questions, to store with a new attempt. */
export function snapshotsOf(questions: readonly Question[]): Record<string, Question> {
  return Object.fromEntries(questions.map((q) => [q.id, structuredClone(q)]));
}

/** The attempt as replies carry it: a snapshot for every question it names that any version still has. */
export function withQuestions<A extends OpenAttempt>(attempt: A): A {
  const snapshots: Record<string, Question> = {};
  for (const layout of attempt.questions) {
    const question = attemptQuestion(attempt, layout.questionId);
    if (question) snapshots[layout.questionId] = question;
  }
  return { ...attempt, questionSnapshots: snapshots };
}
