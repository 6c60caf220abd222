import { Field } from '../../ui/Field';
import { useId, useState, type FormEvent } from 'react';
import type { Gap } from '../../../electron/contract/flashcards-values';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { ClozeText } from './ClozeText';
import { GapPicker } from './GapPicker';
import { useCardForm, type CardKind } from './useCardForm';

/** What the form hands over: a basic card's faces or a cloze card's gaps, with tags. */
export type CardDraft = { kind: 'basic'; front: string; back: string; tags: string[] } | { kind: 'cloze'; gaps: Gap[]; tags: string[] };

type Props = { quote: string; submitLabel: string; onSubmit: (draft: CardDraft) => Promise<void> };

const kinds = [
  { value: 'basic', label: 'Question and answer' },
  { value: 'cloze', label: 'Hide words (cloze)' },
] as const;

/** The fields of a new card from a quote; the problem, if any, is said beside the button. */
export function CardForm({ quote, submitLabel, onSubmit }: Props) {
  const form = useCardForm(quote);
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const problemId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (form.problem || busy) return;
    setBusy(true);
    await onSubmit(form.kind === 'basic' ? { kind: 'basic', front: form.front.trim(), back: form.back.trim(), tags: form.tags } : { kind: 'cloze', gaps: form.gaps, tags: form.tags });
    setBusy(false);
  };

  return (
    <form className="card-form" onSubmit={(e) => void submit(e)} noValidate>
      <SegmentedControl<CardKind> legend="Card type" value={form.kind} options={kinds} onChange={form.setKind} />
      {form.kind === 'basic' ? (
        <>
          <Field label="Front: your question">
            {(control) => <textarea {...control} rows={2} maxLength={500} value={form.front} onChange={(e) => form.setFront(e.target.value)} placeholder="What should this passage answer?" />}
          </Field>
          <Field label="Back: the answer (the quote, edit if you like)">
            {(control) => <textarea {...control} rows={4} maxLength={2000} value={form.back} onChange={(e) => form.setBack(e.target.value)} />}
          </Field>
        </>
      ) : (
        <>
          <div className="field">
            <span className="field__label">Choose the words to hide</span>
            <GapPicker text={quote} words={form.words} chosen={form.chosen} onToggle={form.toggle} />
          </div>
          <div className="field">
            <span className="field__label">Front preview</span>
            <p className="cloze-preview" data-testid="cloze-preview">
              <ClozeText text={quote} gaps={form.gaps} revealed={false} />
            </p>
          </div>
        </>
      )}
      <Field label="Tags (optional)">
        {(control) => <input {...control} type="text" value={form.tagText} onChange={(e) => form.setTagText(e.target.value)} placeholder="e.g. defence japan" aria-invalid={form.tags.length === 0 && form.problem?.startsWith('Tags') === true} />}
      </Field>
      <div className="card-form__actions">
        <button type="submit" className="button button--primary" disabled={busy} aria-describedby={tried && form.problem ? problemId : undefined}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        {tried && form.problem && (
          <p id={problemId} className="field__error" role="alert">
            {form.problem}
          </p>
        )}
      </div>
    </form>
  );
}
