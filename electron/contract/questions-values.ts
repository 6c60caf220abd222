/** The questions a user writes for a document, as stored and as the editor sends them. */
import { z } from 'zod';
import { DocumentId } from '../domain/document/document';
import { ChoiceQuestion, HottextQuestion, OrderQuestion, PackQuestion } from '../domain/pack/pack-questions';
import { Slug } from '../domain/pack/pack-source';

/**
 * A question as the editor sends it: a pack question (the QTI-named shape a pack carries) without
 * its id, which the main side gives. Only the interactions the editor writes: choice (one right
 * answer, or true/false), order, and hottext (find the evidence: the cited passage is the evidence).
 */
export const QuestionDraft = z.discriminatedUnion('interaction', [
  ChoiceQuestion.omit({ id: true }),
  OrderQuestion.omit({ id: true }),
  HottextQuestion.omit({ id: true }),
]);
export type QuestionDraft = z.infer<typeof QuestionDraft>;
export type QuestionDraftInput = z.input<typeof QuestionDraft>;

/** The kinds the editor offers, as the self-test names them. */
export const AuthoredKind = z.enum(['single', 'truefalse', 'order', 'evidence']);
export type AuthoredKind = z.infer<typeof AuthoredKind>;

/**
 * One question the user wrote, keyed by its document. A deletion keeps the record with `deletedAt`
 * set: that is the Undo, and the tombstone a later sync needs.
 */
export const AuthoredQuestion = z.object({
  id: Slug,
  documentId: DocumentId,
  question: PackQuestion,
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type AuthoredQuestion = z.infer<typeof AuthoredQuestion>;

/** A question as the editor's list shows it. */
export const AuthoredQuestionView = z.object({
  id: Slug,
  documentId: DocumentId,
  kind: AuthoredKind,
  question: PackQuestion,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AuthoredQuestionView = z.infer<typeof AuthoredQuestionView>;

/** Advice from the content rules (docs/content.md) on a draft; saving is still allowed. */
export const QuestionHint = z.object({ rule: z.string(), message: z.string() });
export type QuestionHint = z.infer<typeof QuestionHint>;

/** What the Moodle export loses for one question, in words a teacher reads. */
export const MoodleLoss = z.object({
  questionId: z.string(),
  /** What the learner reads first: the prompt, the statement or the claim. */
  text: z.string(),
  /** The kind, in the editor's words. */
  label: z.string(),
  moodleType: z.string(),
  losses: z.array(z.string()),
});
export type MoodleLoss = z.infer<typeof MoodleLoss>;
