/**
 * A document's self-test as pack questions: its pack's own questions (the built-in article's today),
 * then the questions the user wrote for it. The packs work (a self-test per document) brings
 * `documentQuestions`; until it lands on main, the built-in packs are read here by document id.
 */
import { builtinPack } from '../../domain/pack/builtin-pack';
import { Pack } from '../../domain/pack/pack-schema';
import type { PackQuestion } from '../../domain/pack/pack-questions';
import { authoredQuestions, type AuthoredSection } from '../../domain/questions/authored-questions';

let shipped: Map<string, { title: string; questions: PackQuestion[] }> | null = null;

/** The built-in packs' self-tests by document id, parsed once (the schema fills defaults such as minOverlap). */
function shippedSelfTests(): Map<string, { title: string; questions: PackQuestion[] }> {
  if (!shipped) {
    const packs = [Pack.parse(builtinPack())];
    shipped = new Map(packs.flatMap((pack) => (pack.selfTest ? [[pack.document.id, { title: pack.selfTest.title, questions: pack.selfTest.questions }] as const] : [])));
  }
  return shipped;
}

/** The document's self-test: a title and every question, the pack's first, then the user's. */
export function documentSelfTest(doc: AuthoredSection, documentId: string, documentTitle: string): { title: string; questions: PackQuestion[] } {
  const fromPack = shippedSelfTests().get(documentId);
  return { title: fromPack?.title ?? documentTitle, questions: [...(fromPack?.questions ?? []), ...authoredQuestions(doc, documentId)] };
}
