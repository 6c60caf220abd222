/** Question methods (the editor of a document's own questions, the Moodle export) and their store section. */
import { z } from 'zod';
import { DocumentId } from '../domain/document/document';
import { Slug } from '../domain/pack/pack-source';
import { AuthoredQuestion, AuthoredQuestionView, MoodleLoss, QuestionDraft, QuestionHint } from './questions-values';
import { SaveOutcome } from './save-outcome';
import type { ContractSpec } from './spec';

const ByDocument = z.object({ documentId: DocumentId }).strict();
const ById = z.object({ id: Slug }).strict();
const MoodleFile = z.object({ fileName: z.string(), mimeType: z.string(), content: z.string(), encoding: z.literal('utf8'), report: z.array(MoodleLoss) });

export const questionsContract = {
  /** The document's own questions, oldest first (deleted ones left out). */
  'questions.list': { input: ByDocument, output: z.object({ questions: z.array(AuthoredQuestionView) }) },
  /**
   * A new question for a document. Refused, naming the field, when a quote is not verbatim in its
   * block or the question breaks a rule of its kind (answers among the choices, counts).
   */
  'questions.create': { input: z.object({ documentId: DocumentId, question: QuestionDraft }).strict(), output: AuthoredQuestionView },
  'questions.update': { input: z.object({ id: Slug, question: QuestionDraft }).strict(), output: AuthoredQuestionView },
  /** Deletes a question; `questions.undoDelete` brings it back. */
  'questions.delete': { input: ById, output: z.object({ ok: z.literal(true) }) },
  'questions.undoDelete': { input: ById, output: AuthoredQuestionView },
  /**
   * A draft checked as the editor goes: `problems` stop a save (the same checks as create), `hints`
   * are the content rules' advice (yes/no prompts, dropped hedges, length cues).
   */
  'questions.check': {
    // Any shape: a half-written draft is answered with its problems, not refused.
    input: z.object({ documentId: DocumentId, question: z.unknown() }).strict(),
    output: z.object({ problems: z.array(z.string()), hints: z.array(QuestionHint) }),
  },
  /** The document's self-test (its pack's questions, then the user's) as Moodle XML, with what each question loses. */
  'questions.exportMoodle': { input: ByDocument, output: MoodleFile },
  /** The same file through the desktop's save dialog; `unavailable` on the web, which downloads `questions.exportMoodle`. */
  'questions.saveMoodleExport': { input: ByDocument, output: z.object({ saved: SaveOutcome, report: z.array(MoodleLoss) }) },
} as const satisfies ContractSpec;

/** The store section: every authored question, keyed by document id inside each record; defaults to none. */
export const questionsStoreShape = {
  authoredQuestions: z.array(AuthoredQuestion).default([]),
} satisfies Record<string, z.ZodType>;
