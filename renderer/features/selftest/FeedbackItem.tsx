import type { ReactNode } from 'react';
import type { AnswerIn, DetailIn, KindRegistry, QuestionIn } from '../../../electron/domain/selftest/kinds/kind';
import { kindModule } from '../../../electron/domain/selftest/kinds/kind';
import { selftestKinds } from '../../../electron/domain/selftest/kinds/registry';
import { showInArticle } from '../app/router';
import { passageOf, useBlockText } from './content';
import { selftestViews } from './kinds/registry';
import { kindView, type ViewRegistry } from './kinds/view';

type Grade<D> = { score: number; answered: boolean; detail: D };
type Props<R extends KindRegistry> = { number: number; question: QuestionIn<R>; answer: AnswerIn<R> | undefined; grade: Grade<DetailIn<R>>; cardAction?: ReactNode };

const verdict = (grade: Grade<unknown>) => (grade.score === 1 ? 'Right' : grade.score > 0 ? 'Partly right' : grade.answered ? 'Wrong' : 'Not answered');
const points = (score: number) => (Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, ''));

/** The feedback item of a pair of registries (the built-in one below; tests build others). */
export function feedbackItemOf<R extends KindRegistry>(kinds: R, views: ViewRegistry<R>) {
  /** One question's feedback: verdict and points, your answer, the right one, why, and the passage. */
  return function FeedbackItem({ number, question, answer, grade, cardAction }: Props<R>) {
    const { id, kind, explanation, source } = question as { id: string; kind: string; explanation: string; source: { paragraph: string; quote: string } };
    const domain = kindModule(kinds, kind);
    const view = kindView(views, kind);
    const own = answer && (answer as { kind: string }).kind === kind ? answer : null;
    const paragraphText = useBlockText();
    const context = { paragraphText };
    const yours = own ? domain.describeAnswer.yours(question, own, context) : [{ text: 'No answer.' }];
    const tone = grade.score === 1 ? 'right' : grade.score > 0 ? 'partly' : 'wrong';
    const headingId = `feedback-${id}`;
    return (
      <li className={`feedback feedback--${tone}`} aria-labelledby={headingId}>
        <div className="feedback__head">
          <span className="feedback__number">{number}</span>
          <h3 id={headingId} className="feedback__prompt">
            {domain.prompt(question)}
          </h3>
          <span className={`feedback__verdict feedback__verdict--${tone}`}>
            {verdict(grade)} · {points(grade.score)} / 1
          </span>
        </div>
        <p className="feedback__kind">{domain.label}</p>
        <view.Feedback question={question} answer={own} answered={grade.answered} detail={grade.detail} yours={yours} right={domain.describeAnswer.right(question, context)} />
        <p className="feedback__explanation">{explanation}</p>
        <div className="feedback__actions">
          <button type="button" className="button" onClick={() => showInArticle(passageOf(source, paragraphText))} aria-label={`Show in article: question ${number}`}>
            Show in article
          </button>
          {cardAction}
        </div>
      </li>
    );
  };
}

export const FeedbackItem = feedbackItemOf(selftestKinds, selftestViews);
