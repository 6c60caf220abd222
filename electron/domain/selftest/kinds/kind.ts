/**
 * The one interface every self-test question kind implements, and the types a registry of kinds
 * derives: the question, answer, layout and grade-detail unions are computed from the registry, so a
 * kind is added by writing its module and listing it, and a kind missing a part does not compile.
 */
import type { z } from 'zod';
import type { SchemaKit } from '../../../../data/schemas/selftest-parts';

export type { SchemaKit };

/** A rule a value breaks, at a path inside it (added to zod's issues as `custom`). */
export type Issue = { path: (string | number)[]; message: string };

/** One line of an answer's description; `ok` marks a part that was right (true), wrong (false) or neutral. */
export type Line = { text: string; ok?: boolean };

/** The text of a flashcard made from a question (clipped to the card limits by the caller). */
export type CardText = { front: string; back: string };

/** A kind's zod schemas: the question as data, the learner's answer, and its layout in an attempt. */
export type KindSchemas = { question: z.ZodObject; answer: z.ZodObject; layout: z.ZodObject };

type QuestionOfSchemas<S extends KindSchemas> = z.output<S['question']>;
type AnswerOfSchemas<S extends KindSchemas> = z.output<S['answer']>;
type LayoutOfSchemas<S extends KindSchemas> = z.output<S['layout']>;

/** The fields of a question that belong to its kind (the editor fills id, explanation and source for all). */
export type KindFields<Q> = Omit<Q, 'id' | 'kind' | 'explanation' | 'source'>;

/** How a question editor presents one field of a kind. */
export type FieldSpec = {
  label: string;
  /** One sentence for the person writing the question: what the field holds and its limits. */
  help: string;
  input: 'text' | 'long-text' | 'text-list' | 'options' | 'option-ids' | 'option-id' | 'boolean' | 'items' | 'categories' | 'pairs' | 'number';
};

/** The random stream of one question in one attempt (see shuffle.ts). */
export type ShuffleStream = {
  /** The ids in a random order. */
  permute(ids: readonly string[]): string[];
  /** The ids in a random order other than the given one (when there are two or more). */
  permuteAwayFromOriginal(ids: readonly string[]): string[];
};

export type GradeContext = {
  /** Text of the question's source paragraph; throws when the caller did not supply it. */
  sourceText(): string;
};

export type DescribeContext = {
  /** Text of a body paragraph, by id. */
  paragraphText(id: string): string;
};

/** A kind's grade of one answer; `correct` and the question id are added by the grader. */
export type KindGrade<D> = { score: number; answered: boolean; detail: D };

/**
 * One question kind. Methods receive only questions and answers of their own kind: the dispatchers in
 * grade.ts, shuffle.ts, attempt.ts and card-from-question.ts pick the module by `kind`, and turn an
 * answer of another kind into "no answer".
 */
export interface QuestionKindModule<S extends KindSchemas, D extends { kind: string }> {
  readonly kind: QuestionOfSchemas<S>['kind'] & string;
  /** How the kind is named to the learner ("Single choice"). */
  readonly label: string;
  /** How it is scored, in one line for the README's grading table. */
  readonly grading: string;
  /** Its schemas, built from the shared parts (no zod import, see selftest-parts.ts). */
  schemas(kit: SchemaKit): S;
  /** Rules within one question that its object shape cannot express ([] when there are none). */
  issues(question: QuestionOfSchemas<S>): Issue[];
  /** Size caps on an answer arriving from the renderer ([] when there are none). */
  inputIssues(answer: AnswerOfSchemas<S>): Issue[];
  /** The question's main text. */
  prompt(question: QuestionOfSchemas<S>): string;
  /** Its layout in an attempt: options or items in display order, from the question's stream. */
  shuffle(question: QuestionOfSchemas<S>, stream: ShuffleStream): LayoutOfSchemas<S>;
  /** Whether the answer says anything yet (as the grader counts "answered"). */
  isAnswered(answer: AnswerOfSchemas<S>): boolean;
  /** The first id in the answer the question does not have, if any. */
  unknownId(question: QuestionOfSchemas<S>, answer: AnswerOfSchemas<S>): string | undefined;
  /** Scores an answer (null: none, or one of another kind) in [0, 1]. Pure. */
  grade(question: QuestionOfSchemas<S>, answer: AnswerOfSchemas<S> | null, context: GradeContext): KindGrade<D>;
  /** The flashcard made from the question: front asks it, back gives the right answer in words. */
  toCard(question: QuestionOfSchemas<S>): CardText;
  /** Plain-language lines for the feedback: the learner's answer, and the right one. */
  describeAnswer: {
    yours(question: QuestionOfSchemas<S>, answer: AnswerOfSchemas<S>, context: DescribeContext): Line[];
    right(question: QuestionOfSchemas<S>, context: DescribeContext): Line[];
  };
  /** What a question editor needs to build one: a blank to start from and every field described. */
  editor: {
    blank(): KindFields<QuestionOfSchemas<S>>;
    fields: { [F in keyof KindFields<QuestionOfSchemas<S>>]-?: FieldSpec };
  };
}

/** Any kind module, as a registry holds it. */
export type AnyKindModule = QuestionKindModule<KindSchemas, { kind: string }>;

/** Kinds by name; each entry's `kind` is its key. */
export type KindRegistry = { readonly [name: string]: AnyKindModule };

/** Checks a registry: every entry is a complete kind module filed under its own name. */
export function defineKinds<R extends KindRegistry & { [K in keyof R]: { kind: K } }>(kinds: R): R {
  return kinds;
}

type SchemasIn<R extends KindRegistry, K extends keyof R> = ReturnType<R[K]['schemas']>;

/** The names of the kinds of a registry. */
export type KindIn<R extends KindRegistry> = keyof R & string;
/** A question of one of the registry's kinds (a discriminated union on `kind`). */
export type QuestionIn<R extends KindRegistry, K extends keyof R = keyof R> = { [P in K]: z.output<SchemasIn<R, P>['question']> }[K];
/** A question as written in a data file (before defaults are filled in). */
export type QuestionInputIn<R extends KindRegistry, K extends keyof R = keyof R> = { [P in K]: z.input<SchemasIn<R, P>['question']> }[K];
/** A learner's answer to a question of one of the registry's kinds. */
export type AnswerIn<R extends KindRegistry, K extends keyof R = keyof R> = { [P in K]: z.output<SchemasIn<R, P>['answer']> }[K];
/** How a question of one of the registry's kinds is laid out in an attempt. */
export type LayoutIn<R extends KindRegistry, K extends keyof R = keyof R> = { [P in K]: { questionId: string } & z.output<SchemasIn<R, P>['layout']> }[K];
/** What the feedback needs to explain a score, one shape per kind. */
export type DetailIn<R extends KindRegistry, K extends keyof R = keyof R> = { [P in K]: ReturnType<R[P]['grade']>['detail'] }[K];

/** The module of `kind` in `kinds`, seen as any kind (the one place the correlation is given up). */
export function kindModule(kinds: KindRegistry, kind: string): AnyKindModule {
  const found = Object.hasOwn(kinds, kind) ? kinds[kind] : undefined;
  if (!found) throw new Error(`unknown question kind: ${kind}`);
  return found;
}
