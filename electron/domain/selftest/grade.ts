/**
 * Grades self-test answers. Pure: same question and answer, same result. Every question is worth 1.
 * Each kind's rule lives in its module under kinds/ (its doc comment, and `grading` for the README);
 * here a missing, null, empty or wrong-kind answer becomes "no answer" (scoring 0), and `correct` is
 * `score === 1`.
 */
import type { ParagraphId } from '../../../data/schemas/article';
import { kindModule, type AnswerIn, type DetailIn, type KindRegistry, type QuestionIn } from './kinds/kind';
import { selftestKinds, type SelftestKinds } from './kinds/registry';

export { clampRange, quoteRange, rangeJaccard } from './kinds/text-range';

/** What the feedback screen needs to explain a score, one shape per kind. */
export type GradeDetail = DetailIn<SelftestKinds>;

export type GradeResult<D = GradeDetail> = {
  questionId: string;
  /** In [0, 1]. */
  score: number;
  correct: boolean;
  answered: boolean;
  detail: D;
};

export type AttemptGrade<D = GradeDetail> = {
  score: number;
  max: number;
  /** score / max as a whole percentage; 0 for an empty attempt. */
  percent: number;
  perQuestion: GradeResult<D>[];
};

/** The grader of a registry of kinds (the built-in one below; tests build others). */
export function graderOf<R extends KindRegistry>(kinds: R) {
  function grade(question: QuestionIn<R>, answer: AnswerIn<R> | null | undefined, sourceText: () => string): GradeResult<DetailIn<R>> {
    const { id, kind } = question as { id: string; kind: string };
    const own = answer && (answer as { kind: string }).kind === kind ? answer : null;
    const { score, answered, detail } = kindModule(kinds, kind).grade(question, own, { sourceText });
    return { questionId: id, score, correct: score === 1, answered, detail: detail as DetailIn<R> };
  }

  /**
   * Grades one answer against its question. `paragraphText` is the text of the question's source
   * paragraph, needed only by kinds that grade against it (evidence; grading one without it throws).
   */
  function gradeQuestion(question: QuestionIn<R>, answer: AnswerIn<R> | null | undefined, paragraphText?: string): GradeResult<DetailIn<R>> {
    // No article import here, so the grader runs anywhere, e2e specs included: the caller supplies the text.
    return grade(question, answer, () => {
      const { id, kind } = question as { id: string; kind: string };
      if (paragraphText === undefined) throw new Error(`grading ${kind} question ${id} needs its paragraph's text`);
      return paragraphText;
    });
  }

  /**
   * Grades a whole attempt; `answers` is keyed by question id, and a question without an answer scores 0.
   * `paragraphText` looks up source paragraphs (e.g. data/article's `paragraphText`); only kinds that
   * grade against their paragraph call it.
   */
  function gradeAttempt(
    questions: readonly QuestionIn<R>[],
    answers: Readonly<Partial<Record<string, AnswerIn<R>>>>,
    paragraphText: (id: ParagraphId) => string,
  ): AttemptGrade<DetailIn<R>> {
    const perQuestion = questions.map((q) => {
      const { id, source } = q as { id: string; source: { paragraph: ParagraphId } };
      return grade(q, answers[id], () => paragraphText(source.paragraph));
    });
    // Partial scores such as 1/3 sum differently in different orders (19.4999… vs 19.5); rounding off
    // the float noise keeps an attempt's total and percentage independent of the shuffled question order.
    const score = Math.round(perQuestion.reduce((sum, r) => sum + r.score, 0) * 1e9) / 1e9;
    const max = questions.length;
    return { score, max, percent: max === 0 ? 0 : Math.round((score / max) * 100), perQuestion };
  }

  return { gradeQuestion, gradeAttempt };
}

export const { gradeQuestion, gradeAttempt } = graderOf(selftestKinds);
