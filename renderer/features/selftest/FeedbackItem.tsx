import { Check, X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Answer, Question } from '../../../data/schemas/selftest';
import type { QuestionGrade } from '../../../electron/contract/selftest';
import { showInArticle } from '../app/router';
import { kindLabels, passageOf, promptOf } from './content';
import { rightAnswer, yourAnswer, type Line } from './describe-answer';
import { SpanCompare } from './SpanCompare';

type Props = { number: number; question: Question; answer: Answer | undefined; grade: QuestionGrade; cardAction?: ReactNode };

const verdict = (grade: QuestionGrade) => (grade.score === 1 ? 'Right' : grade.score > 0 ? 'Partly right' : grade.answered ? 'Wrong' : 'Not answered');
const points = (score: number) => (Number.isInteger(score) ? String(score) : score.toFixed(2).replace(/0$/, ''));

function Lines({ lines }: { lines: Line[] }) {
  return (
    <ul className="feedback__lines">
      {lines.map((line, i) => (
        <li key={i} className={line.ok === true ? 'is-right' : line.ok === false ? 'is-wrong' : ''}>
          {line.ok === true && <Check size={14} aria-label="right" />}
          {line.ok === false && <X size={14} aria-label="wrong" />}
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** One question's feedback: verdict and points, your answer, the right one, why, and the passage. */
export function FeedbackItem({ number, question, answer, grade, cardAction }: Props) {
  const tone = grade.score === 1 ? 'right' : grade.score > 0 ? 'partly' : 'wrong';
  const headingId = `feedback-${question.id}`;
  const overlap = grade.detail.kind === 'evidence' ? grade.detail.overlap : null;
  return (
    <li className={`feedback feedback--${tone}`} aria-labelledby={headingId}>
      <div className="feedback__head">
        <span className="feedback__number">{number}</span>
        <h3 id={headingId} className="feedback__prompt">
          {promptOf(question)}
        </h3>
        <span className={`feedback__verdict feedback__verdict--${tone}`}>
          {verdict(grade)} · {points(grade.score)} / 1
        </span>
      </div>
      <p className="feedback__kind">{kindLabels[question.kind]}</p>
      <div className="feedback__answers">
        <div>
          <h4 className="feedback__label">Your answer</h4>
          <Lines lines={yourAnswer(question, answer)} />
          {overlap !== null && grade.answered && <p className="feedback__note">Overlap with the evidence: {Math.round(overlap * 100)}%.</p>}
        </div>
        <div>
          <h4 className="feedback__label">{question.kind === 'short' ? 'Model answer and key points' : question.kind === 'evidence' ? 'The evidence' : 'Right answer'}</h4>
          <Lines lines={rightAnswer(question)} />
        </div>
      </div>
      {grade.detail.kind === 'evidence' && grade.detail.paragraph === question.source.paragraph && (
        <SpanCompare paragraph={question.source.paragraph} expected={grade.detail.expected} selection={grade.detail.selection} />
      )}
      <p className="feedback__explanation">{question.explanation}</p>
      <div className="feedback__actions">
        <button
          type="button"
          className="button"
          onClick={() => showInArticle(passageOf(question.source))}
          aria-label={`Show in article: question ${number}`}
        >
          Show in article
        </button>
        {cardAction}
      </div>
    </li>
  );
}
