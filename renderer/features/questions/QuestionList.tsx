import { Pencil, Trash2 } from 'lucide-react';
import type { AuthoredQuestionView } from '../../../electron/contract/questions-values';
import { KIND_OPTIONS } from './question-form';

type Props = {
  questions: readonly AuthoredQuestionView[];
  onDelete: (question: AuthoredQuestionView) => void;
};

const kindLabel = (kind: AuthoredQuestionView['kind']) => KIND_OPTIONS.find((k) => k.value === kind)?.label ?? kind;

/** What the learner reads first: the prompt, the statement or the claim. */
export function questionText(q: AuthoredQuestionView['question']): string {
  return q.interaction === 'hottext' ? q.claim : q.prompt;
}

const shorten = (text: string, n: number) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The document's own questions, each with its kind, its passage, Edit and Delete. */
export function QuestionList({ questions, onDelete }: Props) {
  return (
    <ol className="question-list" aria-label="Your questions">
      {questions.map((q) => {
        const text = questionText(q.question);
        return (
          <li key={q.id} className="question-list__item">
            <p className="question-list__kind">{kindLabel(q.kind)}</p>
            <p className="question-list__text">{text}</p>
            <p className="question-list__quote">“{shorten(q.question.source.quote, 140)}”</p>
            <p className="question-list__actions">
              <a className="button button--quiet" href={`#/questions/edit?id=${encodeURIComponent(q.id)}`} aria-label={`Edit “${shorten(text, 60)}”`}>
                <Pencil size={16} aria-hidden="true" /> Edit
              </a>
              <button type="button" className="button button--quiet" aria-label={`Delete “${shorten(text, 60)}”`} onClick={() => onDelete(q)}>
                <Trash2 size={16} aria-hidden="true" /> Delete
              </button>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
