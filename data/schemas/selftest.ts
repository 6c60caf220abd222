import { z } from 'zod';
import {
  type AnswerIn,
  type KindIn,
  type KindRegistry,
  type LayoutIn,
  type QuestionIn,
  type QuestionInputIn,
} from '../../electron/domain/selftest/kinds/kind';
import { selftestKinds, type SelftestKinds } from '../../electron/domain/selftest/kinds/registry';
import { duplicateIds } from '../../electron/domain/selftest/kinds/shared';
import { documentSchemaKit, LayoutId, schemaKit, Slug, Text, type SchemaKit } from './selftest-parts';

// The self-test's data format: one discriminated union of the question kinds listed in
// electron/domain/selftest/kinds/registry.ts, each kind's schema and cross-field rules taken from its
// own module; quotes being verbatim is checked by data/selftest.test.ts.

export { ChoiceOption, ClassifyCategoryId, ClassifyItem, QuotedItem, TextRange } from './selftest-parts';

/** The zod schemas of a registry of kinds: questions (with each kind's cross-field rules), answers, layouts. */
export function selftestSchemas<R extends KindRegistry>(kinds: R, kit: SchemaKit = schemaKit) {
  const modules = Object.values(kinds);
  const built = modules.map((kind) => ({ kind, schemas: kind.schemas(kit) }));
  // A union needs at least one member; a registry is never empty.
  const union = <T extends z.ZodObject>(members: T[]) => z.discriminatedUnion('kind', members as [T, ...T[]]);
  const question = union(built.map((b) => b.schemas.question)).superRefine((q, ctx) => {
    const kind = built.find((b) => b.kind.kind === q.kind)!.kind;
    for (const issue of kind.issues(q)) ctx.addIssue({ code: 'custom', ...issue });
  });
  const answer = union(built.map((b) => b.schemas.answer));
  // An answer as it may arrive from the renderer: the grader's shape, with each kind's size caps.
  const answerInput = answer.superRefine((a, ctx) => {
    const kind = built.find((b) => b.kind.kind === a.kind)!.kind;
    for (const issue of kind.inputIssues(a)) ctx.addIssue({ code: 'custom', ...issue });
  });
  const layout = union(built.map((b) => b.schemas.layout.extend({ questionId: LayoutId })));
  return {
    Question: question as unknown as z.ZodType<QuestionIn<R>, QuestionInputIn<R>>,
    Answer: answer as unknown as z.ZodType<AnswerIn<R>>,
    AnswerInput: answerInput as unknown as z.ZodType<AnswerIn<R>>,
    QuestionLayout: layout as unknown as z.ZodType<LayoutIn<R>>,
    kinds: Object.keys(kinds) as KindIn<R>[],
  };
}

/** A self-test over a registry of kinds, with every kind used at least `perKind` times. */
export function selfTestSchema<R extends KindRegistry>(kinds: R, perKind = 2) {
  const { Question } = selftestSchemas(kinds);
  return z
    .object({ version: z.literal(1), id: Slug, title: Text, questions: z.array(Question).min(18) })
    .superRefine((test, ctx) => {
      // Every question has an id and a kind, whatever the registry (the generic type does not say so).
      const questions = test.questions as { id: string; kind: string }[];
      for (const issue of duplicateIds(questions.map((q) => q.id), ['questions'], 'question')) {
        ctx.addIssue({ code: 'custom', ...issue });
      }
      for (const kind of Object.keys(kinds)) {
        const count = questions.filter((q) => q.kind === kind).length;
        if (count < perKind) ctx.addIssue({ code: 'custom', path: ['questions'], message: `kind "${kind}" used ${count} time(s), needs ${perKind}` });
      }
    });
}

const builtin = selftestSchemas(selftestKinds);
/** The schemas for a question of any document (citing any block id): what the services check attempts against. */
export const documentSchemas = selftestSchemas(selftestKinds, documentSchemaKit);

/** One self-test question of any kind, with its cross-field rules checked. */
export const Question = builtin.Question;
export type Question = QuestionIn<SelftestKinds>;
export type QuestionKind = Question['kind'];
export type QuestionOf<K extends QuestionKind> = QuestionIn<SelftestKinds, K>;

/** Every question kind, in the order the registry lists them. */
export const questionKinds: readonly QuestionKind[] = builtin.kinds;

/** The self-test as shipped in data/selftest.json. */
export const SelfTest = selfTestSchema(selftestKinds);
export type SelfTest = z.infer<typeof SelfTest>;

/** What a learner submits for a question, one shape per kind; null/empty means not answered. */
export const Answer = builtin.Answer;
export type Answer = AnswerIn<SelftestKinds>;
export type AnswerOf<K extends QuestionKind> = AnswerIn<SelftestKinds, K>;
export type { SelfMark } from '../../electron/domain/selftest/kinds/short';
export type { SingleQuestion } from '../../electron/domain/selftest/kinds/single';
export type { MultiQuestion } from '../../electron/domain/selftest/kinds/multi';
export type { TrueFalseQuestion } from '../../electron/domain/selftest/kinds/truefalse';
export type { ClassifyQuestion } from '../../electron/domain/selftest/kinds/classify';
export type { OrderQuestion } from '../../electron/domain/selftest/kinds/order';
export type { MatchQuestion } from '../../electron/domain/selftest/kinds/match';
export type { ShortQuestion } from '../../electron/domain/selftest/kinds/short';
export type { EvidenceQuestion } from '../../electron/domain/selftest/kinds/evidence';
