/**
 * Grades self-test answers. Pure: same question and answer, same result. Every question is worth 1.
 *
 * Rules, per kind (a missing, null, empty or wrong-kind answer always scores 0):
 * - single, truefalse: 1 if the choice is the answer, else 0.
 * - multi: (correct picks − wrong picks) / number of correct options, floored at 0. Duplicate picks
 *   count once; a pick that is not a correct option (unknown ids included) is a wrong pick.
 * - classify: items placed in their category / number of items. An unplaced item is wrong.
 * - order: the n items form n − 1 adjacent pairs in the article's order (1st,2nd), (2nd,3rd), …;
 *   score = pairs whose first item the learner put anywhere before the second / (n − 1).
 *   Repeated ids count at their first position; an item left out breaks both pairs it belongs to.
 * - match: left ids paired with their right id / number of left ids.
 * - short: the learner's own mark: right = 1, partly = 0.5, wrong = 0, unmarked = 0. Blank text
 *   scores 0 whatever the mark.
 * - evidence: overlap = |selection ∩ quote| / |selection ∪ quote| (Jaccard on character ranges of the
 *   source paragraph, the selection first clamped to the paragraph). Score 1 if overlap ≥ minOverlap,
 *   0.5 if overlap ≥ minOverlap / 2, else 0. A selection in another paragraph than the source
 *   (`answer.paragraph`) is answered, with overlap 0.
 * `correct` is `score === 1`.
 */
import type { ParagraphId } from '../../../data/schemas/article';
import type { Answer, AnswerOf, Question, QuestionKind, SelfMark, TextRange } from '../../../data/schemas/selftest';

/** What the feedback screen needs to explain a score, one shape per kind. */
export type GradeDetail =
  | { kind: 'single'; chosen: string | null; expected: string }
  | { kind: 'multi'; hits: string[]; wrongPicks: string[]; missed: string[] }
  | { kind: 'truefalse'; chosen: boolean | null; expected: boolean }
  | { kind: 'classify'; wrongItemIds: string[] }
  | { kind: 'order'; pairsInOrder: number; pairs: number; brokenPairs: [string, string][] }
  | { kind: 'match'; wrongLeftIds: string[] }
  | { kind: 'short'; selfMark: SelfMark | null }
  | { kind: 'evidence'; overlap: number; expected: TextRange; selection: TextRange | null; paragraph: ParagraphId };

export type GradeResult = {
  questionId: string;
  /** In [0, 1]. */
  score: number;
  correct: boolean;
  answered: boolean;
  detail: GradeDetail;
};

export type AttemptGrade = {
  score: number;
  max: number;
  /** score / max as a whole percentage; 0 for an empty attempt. */
  percent: number;
  perQuestion: GradeResult[];
};

// Character-range arithmetic for evidence questions.

/**
 * The [start, end) range of the first occurrence of `quote` in `paragraph`.
 * Throws when the quote is absent: that is a data bug (data tests check every quote), not a learner error.
 */
export function quoteRange(paragraph: string, quote: string): TextRange {
  const start = paragraph.indexOf(quote);
  if (start < 0 || quote.length === 0) throw new Error(`quote not found in paragraph: ${quote.slice(0, 40)}…`);
  return { start, end: start + quote.length };
}

/** `range` cut to [0, length]; a range lying wholly outside comes back empty (start === end). */
export function clampRange(range: TextRange, length: number): TextRange {
  const start = Math.min(Math.max(range.start, 0), length);
  const end = Math.min(Math.max(range.end, start), length);
  return { start, end };
}

/** Jaccard index of two character ranges: |a ∩ b| / |a ∪ b|, in [0, 1]; 0 when both are empty. */
export function rangeJaccard(a: TextRange, b: TextRange): number {
  const lengthA = Math.max(0, a.end - a.start);
  const lengthB = Math.max(0, b.end - b.start);
  const intersection = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = lengthA + lengthB - intersection;
  return union === 0 ? 0 : intersection / union;
}

const selfMarkScore: Record<SelfMark, number> = { right: 1, partly: 0.5, wrong: 0 };

/** The answer if it is for this kind of question, else null (treated as unanswered). */
function answerOf<K extends QuestionKind>(kind: K, answer: Answer | null | undefined): AnswerOf<K> | null {
  return answer?.kind === kind ? (answer as AnswerOf<K>) : null;
}

function result(question: Question, score: number, answered: boolean, detail: GradeDetail): GradeResult {
  return { questionId: question.id, score, correct: score === 1, answered, detail };
}

/** Share of `ids` for which `isRight` holds, and the ids for which it does not. */
function share(ids: readonly string[], isRight: (id: string) => boolean): { score: number; wrong: string[] } {
  const wrong = ids.filter((id) => !isRight(id));
  return { score: ids.length === 0 ? 0 : (ids.length - wrong.length) / ids.length, wrong };
}

function gradeMulti(question: Extract<Question, { kind: 'multi' }>, answer: AnswerOf<'multi'> | null): GradeResult {
  const picks = [...new Set(answer?.optionIds ?? [])];
  const hits = picks.filter((id) => question.answers.includes(id));
  const wrongPicks = picks.filter((id) => !question.answers.includes(id));
  const missed = question.answers.filter((id) => !picks.includes(id));
  const score = Math.max(0, (hits.length - wrongPicks.length) / question.answers.length);
  return result(question, score, picks.length > 0, { kind: 'multi', hits, wrongPicks, missed });
}

function gradeOrder(question: Extract<Question, { kind: 'order' }>, answer: AnswerOf<'order'> | null): GradeResult {
  const position = new Map<string, number>();
  (answer?.itemIds ?? []).forEach((id, index) => {
    if (!position.has(id)) position.set(id, index);
  });
  const brokenPairs: [string, string][] = [];
  const ids = question.items.map((item) => item.id);
  for (let i = 0; i + 1 < ids.length; i += 1) {
    const [first, second] = [ids[i]!, ids[i + 1]!];
    const a = position.get(first);
    const b = position.get(second);
    if (a === undefined || b === undefined || a > b) brokenPairs.push([first, second]);
  }
  const pairs = ids.length - 1;
  const pairsInOrder = pairs - brokenPairs.length;
  const score = position.size === 0 ? 0 : pairsInOrder / pairs;
  return result(question, score, position.size > 0, { kind: 'order', pairsInOrder, pairs, brokenPairs });
}

function gradeEvidence(
  question: Extract<Question, { kind: 'evidence' }>,
  answer: AnswerOf<'evidence'> | null,
  paragraph: string,
): GradeResult {
  const expected = quoteRange(paragraph, question.source.quote);
  const where = answer?.paragraph ?? question.source.paragraph;
  if (where !== question.source.paragraph) {
    // The other paragraph's length is unknown here; an empty range there is still no answer.
    const selection = answer?.selection ?? null;
    const answered = selection !== null && selection.end > selection.start;
    return result(question, 0, answered, { kind: 'evidence', overlap: 0, expected, selection, paragraph: where });
  }
  const selection = answer?.selection ? clampRange(answer.selection, paragraph.length) : null;
  const answered = selection !== null && selection.end > selection.start;
  const overlap = answered ? rangeJaccard(selection, expected) : 0;
  const score = overlap >= question.minOverlap ? 1 : overlap >= question.minOverlap / 2 ? 0.5 : 0;
  return result(question, answered ? score : 0, answered, { kind: 'evidence', overlap, expected, selection, paragraph: where });
}

/**
 * Grades one answer against its question. `paragraphText` is the text of the question's source
 * paragraph, needed only by evidence questions (grading one without it throws).
 */
export function gradeQuestion(question: Question, answer: Answer | null | undefined, paragraphText?: string): GradeResult {
  switch (question.kind) {
    case 'single': {
      const chosen = answerOf('single', answer)?.optionId ?? null;
      return result(question, chosen === question.answer ? 1 : 0, chosen !== null, { kind: 'single', chosen, expected: question.answer });
    }
    case 'multi':
      return gradeMulti(question, answerOf('multi', answer));
    case 'truefalse': {
      const chosen = answerOf('truefalse', answer)?.value ?? null;
      return result(question, chosen === question.answer ? 1 : 0, chosen !== null, { kind: 'truefalse', chosen, expected: question.answer });
    }
    case 'classify': {
      const placements = answerOf('classify', answer)?.placements ?? {};
      const byId = new Map(question.items.map((item) => [item.id, item.category]));
      const { score, wrong } = share([...byId.keys()], (id) => placements[id] === byId.get(id));
      return result(question, score, Object.keys(placements).length > 0, { kind: 'classify', wrongItemIds: wrong });
    }
    case 'order':
      return gradeOrder(question, answerOf('order', answer));
    case 'match': {
      const pairs = answerOf('match', answer)?.pairs ?? {};
      const { score, wrong } = share(Object.keys(question.pairs), (id) => pairs[id] === question.pairs[id]);
      return result(question, score, Object.keys(pairs).length > 0, { kind: 'match', wrongLeftIds: wrong });
    }
    case 'short': {
      const short = answerOf('short', answer);
      const answered = (short?.text.trim() ?? '') !== '';
      const selfMark = short?.selfMark ?? null;
      const score = answered && selfMark ? selfMarkScore[selfMark] : 0;
      return result(question, score, answered, { kind: 'short', selfMark });
    }
    case 'evidence':
      // Evidence is graded against the paragraph's text, which the caller supplies (no article import
      // here, so the grader runs anywhere, e2e specs included).
      if (paragraphText === undefined) throw new Error(`grading evidence question ${question.id} needs its paragraph's text`);
      return gradeEvidence(question, answerOf('evidence', answer), paragraphText);
  }
}

/**
 * Grades a whole attempt; `answers` is keyed by question id, and a question without an answer scores 0.
 * `paragraphText` looks up source paragraphs for evidence questions (e.g. data/article's `paragraphText`).
 */
export function gradeAttempt(
  questions: readonly Question[],
  answers: Readonly<Partial<Record<string, Answer>>>,
  paragraphText: (id: ParagraphId) => string,
): AttemptGrade {
  const perQuestion = questions.map((q) => gradeQuestion(q, answers[q.id], q.kind === 'evidence' ? paragraphText(q.source.paragraph) : undefined));
  // Partial scores such as 1/3 sum differently in different orders (19.4999… vs 19.5); rounding off
  // the float noise keeps an attempt's total and percentage independent of the shuffled question order.
  const score = Math.round(perQuestion.reduce((sum, r) => sum + r.score, 0) * 1e9) / 1e9;
  const max = questions.length;
  return { score, max, percent: max === 0 ? 0 : Math.round((score / max) * 100), perQuestion };
}
