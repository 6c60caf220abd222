/**
 * A document's self-test as pack questions (the Moodle export's input): the same questions the
 * self-test asks (documentQuestions: its pack's, then the user's own), in the pack format.
 */
import { questionToPack, type CitedQuestion } from '../../domain/pack/question-mapping';
import type { PackQuestion } from '../../domain/pack/pack-questions';
import type { ServiceContext } from '../deps';
import { documentQuestions } from '../selftest-questions';

/** The document's self-test: a title and every question, the pack's first, then the user's. */
export function documentSelfTest(deps: Pick<ServiceContext, 'store' | 'documents'>, documentId: string, documentTitle: string): { title: string; questions: PackQuestion[] } {
  const test = documentQuestions(deps, documentId);
  const title = deps.documents.pack(documentId, deps.store.read())?.selfTest?.title ?? documentTitle;
  return { title, questions: (test?.questions ?? []).map((q) => questionToPack(q as unknown as CitedQuestion)) };
}
