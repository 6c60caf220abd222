import { useRef } from 'react';
import type { ParagraphId } from '../../../../data/schemas/article';
import { paragraphLabel, useBlockText, useSectionOf } from '../content';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import type { QuestionProps } from '../questionProps';
import { SpanCompare } from '../SpanCompare';
import { AnswerComparison } from './AnswerComparison';
import type { KindFeedbackProps, KindView } from './view';
import { useEvidenceSelection, type Span } from '../useEvidenceSelection';

/**
 * Find the evidence: the article's body as the reader shows it; the learner selects the passage that
 * supports the claim (mouse, or keyboard inside a paragraph) and confirms it as the answer.
 */
function EvidenceQuestion({ question, answer, onAnswer }: QuestionProps<'evidence'>) {
  const root = useRef<HTMLDivElement>(null);
  const paragraphText = useBlockText();
  // The section the evidence is in, as the reader shows it (the whole text of a short document).
  const blocks = useSectionOf(question.source.paragraph);
  const confirmed: Span | null = answer?.selection
    ? { paragraph: answer.paragraph ?? question.source.paragraph, start: answer.selection.start, end: answer.selection.end }
    : null;
  const confirm = (span: Span) =>
    onAnswer({ kind: 'evidence', selection: { start: span.start, end: span.end }, paragraph: span.paragraph as ParagraphId });
  const { pending, setPending, takeMouseSelection, onParagraphKey, onParagraphFocus, clearCaret } = useEvidenceSelection(root, confirmed, confirm);
  const sameAsConfirmed = pending && confirmed && pending.paragraph === confirmed.paragraph && pending.start === confirmed.start && pending.end === confirmed.end;
  const quote = (span: Span) => paragraphText(span.paragraph).slice(span.start, span.end);

  return (
    <div className="evidence">
      <p className="question__hint" id={`evidence-${question.id}-help`}>
        Select the passage with the mouse, or Tab into a paragraph and use ← → to move by word, Shift+← → to select, Enter to use the
        selection.
      </p>
      <div className="evidence__article article" ref={root} onMouseUp={takeMouseSelection} onBlur={clearCaret}>
        {blocks.map((p, index) => (
          <p
            key={p.id}
            className="article__paragraph evidence__paragraph"
            data-paragraph-id={p.id}
            tabIndex={0}
            role="textbox"
            aria-readonly="true"
            aria-multiline="true"
            aria-label={`Paragraph ${index + 1}`}
            aria-describedby={`evidence-${question.id}-help`}
            onKeyDown={onParagraphKey(p.id)}
            onFocus={onParagraphFocus(p.id)}
          >
            {p.text}
          </p>
        ))}
      </div>
      <div className="evidence__bar" role="status">
        {pending ? (
          <p className="evidence__chosen">
            <span className="evidence__where">Selected in {paragraphLabel(pending.paragraph)}:</span> “{quote(pending)}”
          </p>
        ) : (
          <p className="evidence__chosen evidence__chosen--none">No passage selected yet.</p>
        )}
        {confirmed && sameAsConfirmed && <p className="evidence__saved">This passage is your answer.</p>}
      </div>
      <div className="evidence__actions">
        <button type="button" className="button button--primary" disabled={!pending || !!sameAsConfirmed} onClick={() => pending && confirm(pending)}>
          Use this passage as my answer
        </button>
        <button
          type="button"
          className="button"
          disabled={!pending && !confirmed}
          onClick={() => {
            setPending(null);
            if (confirmed) onAnswer({ kind: 'evidence', selection: null });
          }}
        >
          Clear
        </button>
      </div>
    </div>
  );
}

/** Your selection and the evidence, and, when you chose in the right paragraph, both drawn on it. */
function EvidenceFeedback({ question, answered, detail, yours, right }: KindFeedbackProps<SelftestKinds, 'evidence'>) {
  const note = answered && <p className="feedback__note">Overlap with the evidence: {Math.round(detail.overlap * 100)}%.</p>;
  return (
    <>
      <AnswerComparison yours={yours} right={right} rightLabel="The evidence" yoursNote={note} />
      {detail.paragraph === question.source.paragraph && <SpanCompare paragraph={question.source.paragraph} expected={detail.expected} selection={detail.selection} />}
    </>
  );
}

export const evidenceView: KindView<SelftestKinds, 'evidence'> = {
  Question: EvidenceQuestion,
  promptLead: <span className="question__claim-label">Find the passage that supports this claim: </span>,
  Feedback: EvidenceFeedback,
};
