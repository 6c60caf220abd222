// The study content the self-test screens display. It ships with the app and is validated by data
// tests, so the renderer reads the JSON as is (no zod in the bundle).
import articleJson from '../../../data/article.json';
import selftestJson from '../../../data/selftest.json';
import type { Article, Source } from '../../../data/schemas/article';
import type { Question, QuestionKind, SelfTest } from '../../../data/schemas/selftest';
import type { Passage } from '../app/router';
import { kindModule } from '../../../electron/domain/selftest/kinds/kind';
import { selftestKinds } from '../../../electron/domain/selftest/kinds/registry';
import { paragraphLabel } from '../../../electron/domain/selftest/kinds/shared';

export const article = articleJson as Article;
export const selfTest = selftestJson as unknown as SelfTest;

const byId = new Map<string, Question>(selfTest.questions.map((q) => [q.id, q]));

/**
 * The question as the attempt asked it: the snapshot the main side sends with every attempt (so a
 * question rewritten or removed since still shows as it was answered), else today's question; null
 * when neither exists.
 */
export function attemptQuestion(attempt: { questionSnapshots?: Record<string, Question> | undefined }, id: string): Question | null {
  const snapshot = attempt.questionSnapshots?.[id];
  return snapshot ?? byId.get(id) ?? null;
}

/** The attempt's questions in its order, each with its layout; a question no version of which survives is left out. */
export function attemptQuestions<L extends { questionId: string }>(attempt: { questions: readonly L[]; questionSnapshots?: Record<string, Question> | undefined }) {
  return attempt.questions.flatMap((layout) => {
    const question = attemptQuestion(attempt, layout.questionId);
    return question ? [{ layout, question }] : [];
  });
}

/** Text of a body paragraph of the article. */
export function paragraphText(id: string): string {
  return article.paragraphs.find((p) => p.id === id)?.text ?? '';
}

/** The passage a source quote stands for, in paragraph-local offsets ("Show in article"). */
export function passageOf(source: Source): Passage {
  const start = Math.max(0, paragraphText(source.paragraph).indexOf(source.quote));
  return { paragraphId: source.paragraph, start, end: start + source.quote.length };
}

/** How each kind is named to the learner (each kind's own `label`). */
export const kindLabels = Object.fromEntries(Object.values(selftestKinds).map((k) => [k.kind, k.label])) as Record<QuestionKind, string>;

/** The question's main text, whatever its kind. */
export function promptOf(question: Question): string {
  return kindModule(selftestKinds, question.kind).prompt(question);
}

/** Paragraph number as a reader says it ("paragraph 4"). */
export { paragraphLabel };
