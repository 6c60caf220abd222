import type { Answer, AnswerOf, Question } from '../../../data/schemas/selftest';
import type { QuestionLayout } from '../../../electron/domain/selftest/shuffle';
import { ChoiceQuestion } from './ChoiceQuestion';
import { ClassifyQuestion } from './ClassifyQuestion';
import { EvidenceQuestion } from './EvidenceQuestion';
import { MatchQuestion } from './MatchQuestion';
import { MultiQuestion } from './MultiQuestion';
import { OrderQuestion } from './OrderQuestion';
import { ShortQuestion } from './ShortQuestion';
import { kindLabels, promptOf } from './content';

type Props = { question: Question; layout: QuestionLayout; answer: Answer | undefined; onAnswer: (answer: Answer, typing?: boolean) => void };

function own<K extends Question['kind']>(kind: K, answer: Answer | undefined): AnswerOf<K> | null {
  return answer?.kind === kind ? (answer as AnswerOf<K>) : null;
}

/** One question: its kind, its prompt as the heading, and the input that kind needs. */
export function QuestionView({ question, layout, answer, onAnswer }: Props) {
  const headingId = `question-${question.id}`;
  const common = { layout, onAnswer, labelledBy: headingId };
  let body;
  switch (question.kind) {
    case 'single':
      body = <ChoiceQuestion {...common} question={question} answer={own('single', answer)} />;
      break;
    case 'truefalse':
      body = <ChoiceQuestion {...common} question={question} answer={own('truefalse', answer)} />;
      break;
    case 'multi':
      body = <MultiQuestion {...common} question={question} answer={own('multi', answer)} />;
      break;
    case 'classify':
      body = <ClassifyQuestion {...common} question={question} answer={own('classify', answer)} />;
      break;
    case 'order':
      body = <OrderQuestion {...common} question={question} answer={own('order', answer)} />;
      break;
    case 'match':
      body = <MatchQuestion {...common} question={question} answer={own('match', answer)} />;
      break;
    case 'short':
      body = <ShortQuestion {...common} question={question} answer={own('short', answer)} />;
      break;
    case 'evidence':
      body = <EvidenceQuestion {...common} question={question} answer={own('evidence', answer)} />;
      break;
  }
  return (
    <section className={`question question--${question.kind}`} aria-labelledby={headingId}>
      <p className="question__kind">{kindLabels[question.kind]}</p>
      <h2 id={headingId} className="question__prompt" tabIndex={-1}>
        {question.kind === 'truefalse' && <span className="visually-hidden">True or false: </span>}
        {question.kind === 'evidence' && <span className="question__claim-label">Find the passage that supports this claim: </span>}
        {promptOf(question)}
      </h2>
      {body}
    </section>
  );
}
