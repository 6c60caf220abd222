/**
 * Find the evidence: the learner selects the passage supporting `claim`; the expected span is
 * `source.quote` in its paragraph. overlap = |selection ∩ quote| / |selection ∪ quote| (Jaccard on
 * character ranges of the source paragraph, the selection first clamped to the paragraph). Score 1 if
 * overlap ≥ minOverlap, 0.5 if overlap ≥ minOverlap / 2, else 0. A selection in another paragraph
 * than the source (`answer.paragraph`) is answered, with overlap 0.
 */
import type { z } from 'zod';
import type { ParagraphId } from '../../../../data/schemas/article';
import type { TextRange } from '../../../../data/schemas/selftest-parts';
import type { QuestionKindModule, SchemaKit } from './kind';
import { noAnswer, paragraphLabel } from './shared';
import { clampRange, quoteRange, rangeJaccard } from './text-range';

const schemas = ({ z, common, Text, ParagraphId, TextRange }: SchemaKit) => ({
  question: z.object({ ...common, kind: z.literal('evidence'), claim: Text, minOverlap: z.number().gt(0).max(1).default(0.5) }),
  // `paragraph` is where the learner selected; absent means the question's source paragraph.
  answer: z.object({ kind: z.literal('evidence'), selection: TextRange.nullable(), paragraph: ParagraphId.optional() }),
  layout: z.object({ kind: z.literal('evidence') }),
});
type Schemas = ReturnType<typeof schemas>;
export type EvidenceQuestion = z.output<Schemas['question']>;
export type EvidenceDetail = { kind: 'evidence'; overlap: number; expected: TextRange; selection: TextRange | null; paragraph: ParagraphId };

const nonEmpty = (range: TextRange | null): range is TextRange => range !== null && range.end > range.start;

export const evidence: QuestionKindModule<Schemas, EvidenceDetail> = {
  kind: 'evidence',
  label: 'Find the evidence',
  grading:
    'overlap of your selection with the source passage (shared characters ÷ characters in either): 1 if at least 50 %, 0.5 if at least 25 %, else 0; a passage in another paragraph scores 0',
  schemas,
  issues: () => [],
  inputIssues: (a) => (a.selection && a.selection.end > 10_000 ? [{ path: ['selection'], message: 'a selection lies within one paragraph' }] : []),
  prompt: (q) => q.claim,
  shuffle: () => ({ kind: 'evidence' }),
  isAnswered: (a) => nonEmpty(a.selection),
  unknownId: () => undefined,
  grade(q, a, context) {
    const paragraph = context.sourceText();
    const expected = quoteRange(paragraph, q.source.quote);
    const where = a?.paragraph ?? q.source.paragraph;
    if (where !== q.source.paragraph) {
      // The other paragraph's length is unknown here; an empty range there is still no answer.
      const selection = a?.selection ?? null;
      return { score: 0, answered: nonEmpty(selection), detail: { kind: 'evidence', overlap: 0, expected, selection, paragraph: where } };
    }
    const selection = a?.selection ? clampRange(a.selection, paragraph.length) : null;
    const answered = nonEmpty(selection);
    const overlap = answered ? rangeJaccard(selection, expected) : 0;
    const score = overlap >= q.minOverlap ? 1 : overlap >= q.minOverlap / 2 ? 0.5 : 0;
    return { score: answered ? score : 0, answered, detail: { kind: 'evidence', overlap, expected, selection, paragraph: where } };
  },
  toCard: (q) => ({ front: `Which words of the article support this claim? ${q.claim}`, back: `“${q.source.quote}”` }),
  describeAnswer: {
    yours(q, a, { paragraphText }) {
      if (!nonEmpty(a.selection)) return noAnswer;
      const where = a.paragraph ?? q.source.paragraph;
      return [{ text: `In ${paragraphLabel(where)}: “${paragraphText(where).slice(a.selection.start, a.selection.end)}”` }];
    },
    right: (q) => [{ text: `In ${paragraphLabel(q.source.paragraph)}: “${q.source.quote}”` }],
  },
  editor: {
    blank: () => ({ claim: '', minOverlap: 0.5 }),
    fields: {
      claim: { label: 'Claim', help: 'A claim the article supports; the evidence is the question’s source quote.', input: 'text' },
      minOverlap: { label: 'Overlap for full marks', help: 'How much the selection must overlap the quote for full marks, above 0 and at most 1 (0.5 by default).', input: 'number' },
    },
  },
};
