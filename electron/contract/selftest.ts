/** Self-test methods and the part of the user's data document they own. */
import { z } from 'zod';
import { documentSchemas, type Question } from '../../data/schemas/selftest';
import type { GradeDetail } from '../domain/selftest/grade';
import { DocumentId } from '../domain/document/document';
import { CardId } from './flashcards-values';
import type { ContractSpec } from './spec';

const Id = z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'an id is lowercase letters, digits and dashes');
/** Every self-test method names the document whose self-test it works on. */
const OfDocument = z.object({ documentId: DocumentId }).strict();

import { MAX_SHORT_ANSWER_CHARS } from './selftest-limits';

export { MAX_SHORT_ANSWER_CHARS };
/** An attempt takes every question, or only those the last finished attempt did not get fully right. */
export const AttemptMode = z.enum(['all', 'missed']);
export type AttemptMode = z.infer<typeof AttemptMode>;

// Answers and layouts take each kind's shape from its module (electron/domain/selftest/kinds/), in
// their any-document form: a pack's classify categories are its own.
const kindSchemas = documentSchemas;
const Answer = documentSchemas.Answer;

/** An answer as it may arrive from the renderer: the grader's shape, with each kind's size caps. */
export const AnswerInput = kindSchemas.AnswerInput;

/** How one question is laid out in an attempt (see electron/domain/selftest/shuffle.ts). */
export const QuestionLayout = kindSchemas.QuestionLayout;

/**
 * A question as it stood when an attempt was taken. Stored loosely (an object with an id and a kind)
 * so a later change to the question schemas can never make the user's data file fail to load; the
 * service checks it with the full Question schema before using it, and falls back when it fails.
 */
export const QuestionSnapshot = z.custom<Question>(
  (value) => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { kind?: unknown }).kind === 'string',
  'a question snapshot is an object with an id and a kind',
);

/** An attempt as stored while it is being taken: its shuffled plan and the answers given so far. */
export const OpenAttempt = z.object({
  id: Id,
  /** The document whose self-test this is (schema 3; older attempts were the built-in article's). */
  documentId: DocumentId,
  quizId: Id,
  mode: AttemptMode,
  seed: z.number().int().min(0),
  questions: z.array(QuestionLayout),
  answers: z.record(Id, Answer),
  startedAt: z.string(),
  updatedAt: z.string(),
  /**
   * Each question as it was asked, by id (added with the content rewrite of issue 10; attempts saved
   * before have none and are read against data/archive/selftest-v1.json). The service's replies fill
   * it for every question of the attempt, so screens never look a question up in today's test.
   */
  questionSnapshots: z.record(Id, QuestionSnapshot).optional(),
});
export type OpenAttempt = z.infer<typeof OpenAttempt>;

/** One question's score in a finished attempt, with what the feedback screen needs to explain it. */
export const QuestionGrade = z.object({
  questionId: Id,
  score: z.number().min(0).max(1),
  correct: z.boolean(),
  answered: z.boolean(),
  // The grader's explanation of the score (see GradeDetail); produced by the main side, never parsed from input.
  detail: z.custom<GradeDetail>((value) => typeof value === 'object' && value !== null && 'kind' in value),
});
export type QuestionGrade = z.infer<typeof QuestionGrade>;

/** A finished attempt: what was asked, what was answered, and the grade the main side gave it. */
export const FinishedAttempt = OpenAttempt.extend({
  finishedAt: z.string(),
  score: z.number().min(0),
  max: z.number().int().min(0),
  percent: z.number().min(0).max(100),
  grades: z.array(QuestionGrade),
});
export type FinishedAttempt = z.infer<typeof FinishedAttempt>;

/** A finished attempt without its answers, for the history list and the score trend. */
export const AttemptSummary = FinishedAttempt.pick({ id: true, mode: true, startedAt: true, finishedAt: true, score: true, max: true, percent: true });
export type AttemptSummary = z.infer<typeof AttemptSummary>;

export const SelftestOverview = z.object({
  quizId: Id,
  title: z.string(),
  questionCount: z.number().int(),
  kinds: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  best: AttemptSummary.nullable(),
  last: AttemptSummary.nullable(),
  /** Questions the last finished attempt did not get fully right (what "Retake only the ones I missed" asks). */
  missedCount: z.number().int(),
  unfinished: z.object({ id: Id, mode: AttemptMode, answered: z.number().int(), total: z.number().int(), updatedAt: z.string() }).nullable(),
});
export type SelftestOverview = z.infer<typeof SelftestOverview>;

export const selftestContract = {
  'selftest.overview': { input: OfDocument, output: SelftestOverview },
  /** Starts a new attempt, replacing any unfinished one of the same document. */
  'selftest.start': { input: OfDocument.extend({ mode: AttemptMode }).strict(), output: OpenAttempt },
  /** The document's unfinished attempt, to resume it; null when there is none. */
  'selftest.current': { input: OfDocument, output: OpenAttempt.nullable() },
  /** Saves one answer of the unfinished attempt, durably, as the learner goes. */
  'selftest.answer': {
    input: OfDocument.extend({ attemptId: Id, questionId: Id, answer: AnswerInput }).strict(),
    output: z.object({ answered: z.number().int(), total: z.number().int() }),
  },
  /** Grades the unfinished attempt with the pure grader and keeps it with its answers and score. */
  'selftest.submit': { input: OfDocument.extend({ attemptId: Id }).strict(), output: FinishedAttempt },
  /** One finished attempt with answers and grades (the results screen). */
  'selftest.result': { input: OfDocument.extend({ attemptId: Id }).strict(), output: FinishedAttempt },
  /** The document's finished attempts, oldest first, for the history and its score trend. */
  'selftest.history': { input: OfDocument, output: z.array(AttemptSummary) },
  /**
   * Makes a flashcard from a question a finished attempt did not get fully right: the question on the
   * front, the right answer on the back, its passage as the source. One card per question: when the
   * question already has a card (from this or an earlier attempt), returns it with `created: false`.
   */
  'selftest.makeCard': {
    input: OfDocument.extend({ attemptId: Id, questionId: Id }).strict(),
    output: z.object({ cardId: CardId, created: z.boolean() }),
  },
  /** The flashcards made from self-test questions that still exist: question id → card id. */
  'selftest.cards': { input: OfDocument, output: z.record(Id, CardId) },
} as const satisfies ContractSpec;

/**
 * Top-level fields this feature adds to the store document. Each has a `.default(...)`, so a
 * document saved before the feature existed still validates (no schemaVersion bump needed).
 */
export const selftestStoreShape = {
  /** Document id → its unfinished attempt. */
  selftestOpen: z.record(DocumentId, OpenAttempt).default({}),
  selftestFinished: z.array(FinishedAttempt).default([]),
  /** Document id → question id → the flashcard made from it (see 'selftest.makeCard'). */
  selftestCards: z.record(DocumentId, z.record(Id, CardId)).default({}),
} satisfies Record<string, z.ZodType>;
