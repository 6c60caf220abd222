/**
 * The renderer's half of a question kind: the input the learner answers with, and the kind's part of
 * the feedback. A view registry is typed against a domain registry (electron/domain/selftest/kinds/),
 * so a kind without a view does not compile.
 */
import type { ComponentType, ReactNode } from 'react';
import type { AnswerIn, DetailIn, KindRegistry, LayoutIn, Line, QuestionIn } from '../../../../electron/domain/selftest/kinds/kind';

/** What a kind's question view gets: its question, its layout in this attempt, the answer so far. */
export type KindQuestionProps<R extends KindRegistry, K extends keyof R> = {
  question: QuestionIn<R, K>;
  layout: LayoutIn<R, K>;
  answer: AnswerIn<R, K> | null;
  /** `typing` asks for a save after a pause rather than at once. */
  onAnswer: (answer: AnswerIn<R, K>, typing?: boolean) => void;
  /** Id of the element naming the question (its heading). */
  labelledBy: string;
};

/** What a kind's feedback view gets: the graded question, and its answer described in lines by the domain. */
export type KindFeedbackProps<R extends KindRegistry, K extends keyof R> = {
  question: QuestionIn<R, K>;
  answer: AnswerIn<R, K> | null;
  answered: boolean;
  detail: DetailIn<R, K>;
  yours: Line[];
  right: Line[];
};

export type KindView<R extends KindRegistry, K extends keyof R> = {
  /** The input: radios, a board, a text field… */
  Question: ComponentType<KindQuestionProps<R, K>>;
  /** Said inside the question's heading before the prompt (e.g. a hidden "True or false: "). */
  promptLead?: ReactNode;
  /** The kind's part of one question's feedback: the learner's answer beside the right one. */
  Feedback: ComponentType<KindFeedbackProps<R, K>>;
};

/** One view per kind of the domain registry `R`. */
export type ViewRegistry<R extends KindRegistry> = { readonly [K in keyof R]: KindView<R, K> };

/** A view as the generic screens hold it: the kind's types given up at this one boundary. */
export type AnyKindView = {
  Question: ComponentType<KindQuestionProps<KindRegistry, string>>;
  promptLead?: ReactNode;
  Feedback: ComponentType<KindFeedbackProps<KindRegistry, string>>;
};

/** The view of `kind`; the screens pick it by the question's kind, which the types cannot follow. */
export function kindView<R extends KindRegistry>(views: ViewRegistry<R>, kind: string): AnyKindView {
  const found = Object.hasOwn(views, kind) ? (views as Record<string, unknown>)[kind] : undefined;
  if (!found) throw new Error(`no view for question kind: ${kind}`);
  return found as AnyKindView;
}
