/**
 * The questions a user wrote for a document, read from the store's section: what a document's
 * self-test appends to its pack's questions, and what the editor's list shows.
 */
import type { AuthoredKind, AuthoredQuestion, AuthoredQuestionView } from '../../contract/questions-values';
import { isTrueFalse, type PackQuestion } from '../pack/pack-questions';

/** The part of the user's data this module reads (the store document has it). */
export type AuthoredSection = { authoredQuestions: readonly AuthoredQuestion[] };

/**
 * The document's own questions in the pack question shape, oldest first, deleted ones left out:
 * ready to append to the document's self-test (pure; the store document is passed in).
 */
export function authoredQuestions(doc: AuthoredSection, documentId: string): PackQuestion[] {
  return doc.authoredQuestions.filter((q) => q.documentId === documentId && q.deletedAt === null).map((q) => structuredClone(q.question));
}

/** The editor's kind of a question: the self-test's names for the interactions the editor writes. */
export function authoredKind(q: PackQuestion): AuthoredKind {
  switch (q.interaction) {
    case 'choice':
      return isTrueFalse(q) ? 'truefalse' : 'single';
    case 'order':
      return 'order';
    case 'hottext':
      return 'evidence';
    default:
      // The editor writes no other interaction; a stored one would be a pack's, shown as its closest.
      return 'single';
  }
}

export function viewOfAuthored(q: AuthoredQuestion): AuthoredQuestionView {
  return { id: q.id, documentId: q.documentId, kind: authoredKind(q.question), question: q.question, createdAt: q.createdAt, updatedAt: q.updatedAt };
}

/** Labels of the kinds, as the editor and the export report name them. */
export const authoredKindLabels: Record<AuthoredKind, string> = {
  single: 'One right answer',
  truefalse: 'True or false',
  order: 'Put in order',
  evidence: 'Find the evidence',
};
