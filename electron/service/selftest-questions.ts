/**
 * The questions of a document's self-test, and which question an attempt names: the snapshot it was
 * taken with, else (for attempts saved before snapshots existed) the pre-rewrite self-test, else the
 * document's questions today. So an attempt whose questions were rewritten or removed since still
 * opens, grades and shows each question as it was answered.
 */
import { archivedQuestion } from '../../data/selftest-archive';
import { documentSchemas, type Question } from '../../data/schemas/selftest';
import type { OpenAttempt } from '../contract/selftest';
import { packToQuestion } from '../domain/pack/question-mapping';
import { authoredQuestions } from '../domain/questions/authored-questions';
import type { ServiceContext } from './deps';

export interface DocumentQuestions {
  /** Names the test in attempts: the pack's id. */
  quizId: string;
  title: string;
  questions: readonly Question[];
}

/**
 * THE questions of a document: its pack's self-test. Every self-test method and the library's
 * `features` read them here, so questions from another place (the user's own) are added in this one
 * function. Null when the document has no question at all (its self-test screen is not shown).
 */
export function documentQuestions(deps: Pick<ServiceContext, 'store' | 'documents'>, documentId: string): DocumentQuestions | null {
  const doc = deps.store.read();
  const pack = deps.documents.pack(documentId, doc);
  // The user's own questions follow the pack's (same widening as installed-pack.ts: any block id).
  const own = authoredQuestions(doc, documentId).map(packToQuestion) as unknown as Question[];
  const questions: Question[] = [...(pack?.selfTest?.questions ?? []), ...own];
  if (questions.length === 0) return null;
  return { quizId: pack?.manifest.id ?? documentId.toLowerCase(), title: pack?.selfTest?.title ?? 'Self-test', questions };
}

export interface QuestionLookup {
  /** Today's question with that id, if the test still has it. */
  current(id: string): Question | undefined;
  /** The question as the attempt asked it; undefined when no version of it can be found. */
  ofAttempt(attempt: Pick<OpenAttempt, 'questionSnapshots'>, id: string): Question | undefined;
}

export function questionLookup(questions: readonly Question[]): QuestionLookup {
  const current = new Map<string, Question>(questions.map((q) => [q.id, q]));
  return {
    current: (id) => current.get(id),
    ofAttempt(attempt, id) {
      const snapshots = attempt.questionSnapshots;
      if (snapshots && Object.hasOwn(snapshots, id)) {
        const parsed = documentSchemas.Question.safeParse(snapshots[id]);
        if (parsed.success && parsed.data.id === id) return parsed.data;
      }
      // No snapshot: the attempt predates them, so it was answered against the pre-rewrite test.
      if (!snapshots) return archivedQuestion(id) ?? current.get(id);
      return current.get(id);
    },
  };
}

/** Snapshots of the given questions, to store with a new attempt. */
export function snapshotsOf(questions: readonly Question[]): Record<string, Question> {
  return Object.fromEntries(questions.map((q) => [q.id, structuredClone(q)]));
}

/** The attempt as replies carry it: a snapshot for every question it names that any version still has. */
export function withQuestions<A extends OpenAttempt>(lookup: QuestionLookup, attempt: A): A {
  const snapshots: Record<string, Question> = {};
  for (const layout of attempt.questions) {
    const question = lookup.ofAttempt(attempt, layout.questionId);
    if (question) snapshots[layout.questionId] = question;
  }
  return { ...attempt, questionSnapshots: snapshots };
}
