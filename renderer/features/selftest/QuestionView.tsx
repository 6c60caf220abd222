import type { AnswerIn, KindRegistry, LayoutIn, QuestionIn } from '../../../electron/domain/selftest/kinds/kind';
import { kindModule } from '../../../electron/domain/selftest/kinds/kind';
import { selftestKinds } from '../../../electron/domain/selftest/kinds/registry';
import { selftestViews } from './kinds/registry';
import { kindView, type ViewRegistry } from './kinds/view';

type Props<R extends KindRegistry> = {
  question: QuestionIn<R>;
  layout: LayoutIn<R>;
  answer: AnswerIn<R> | undefined;
  onAnswer: (answer: AnswerIn<R>, typing?: boolean) => void;
};

/** The question screen of a pair of registries (the built-in one below; tests build others). */
export function questionViewOf<R extends KindRegistry>(kinds: R, views: ViewRegistry<R>) {
  /** One question: its kind, its prompt as the heading, and the input that kind needs. */
  return function QuestionView({ question, layout, answer, onAnswer }: Props<R>) {
    const { id, kind } = question as { id: string; kind: string };
    const domain = kindModule(kinds, kind);
    const view = kindView(views, kind);
    const headingId = `question-${id}`;
    // An answer of another kind (a stale one) is no answer to this question.
    const own = answer && (answer as { kind: string }).kind === kind ? answer : null;
    return (
      <section className={`question question--${kind}`} aria-labelledby={headingId}>
        <p className="question__kind">{domain.label}</p>
        <h2 id={headingId} className="question__prompt" tabIndex={-1}>
          {view.promptLead}
          {domain.prompt(question)}
        </h2>
        <view.Question question={question} layout={layout} answer={own} onAnswer={onAnswer as (a: unknown, typing?: boolean) => void} labelledBy={headingId} />
      </section>
    );
  };
}

export const QuestionView = questionViewOf(selftestKinds, selftestViews);
