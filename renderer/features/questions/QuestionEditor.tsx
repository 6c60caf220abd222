import { useId, useState, type FormEvent } from 'react';
import type { AuthoredKind, AuthoredQuestionView } from '../../../electron/contract/questions-values';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { DraftChecks } from './DraftChecks';
import { KIND_OPTIONS, TEXT_LABELS, draftOf, type CitedPassage, type FormState } from './question-form';
import { TextList } from './TextList';
import { useDraftCheck } from './useDraftCheck';

type Props = {
  documentId: string;
  source: CitedPassage;
  initial: FormState;
  /** The question being edited; a new one when absent. */
  editing?: string;
  onSaved: (question: AuthoredQuestionView) => void;
  onCancel: () => void;
};

const TRUTH = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
] as const;

/** The kinds' own fields: the right and wrong answers, the truth of a statement, the items in order. */
function KindFields({ form, set }: { form: FormState; set: (patch: Partial<FormState>) => void }) {
  switch (form.kind) {
    case 'single':
      return (
        <>
          <Field label="Right answer">{(control) => <input {...control} type="text" maxLength={500} value={form.answer} onChange={(e) => set({ answer: e.target.value })} />}</Field>
          <TextList legend="Wrong answers (distractors): plausible, about as long as the right one" itemLabel="Wrong answer" values={form.distractors} min={2} max={4} maxLength={500} onChange={(distractors) => set({ distractors })} />
        </>
      );
    case 'truefalse':
      return <SegmentedControl legend="The statement is" value={form.truth ? 'true' : 'false'} options={TRUTH} onChange={(v) => set({ truth: v === 'true' })} />;
    case 'order':
      return <TextList legend="Items, in the right order (the learner gets them shuffled)" itemLabel="Item" values={form.items} min={3} max={6} maxLength={500} onChange={(items) => set({ items })} />;
    case 'evidence':
      return <p className="question-editor__note">The learner reads the claim and selects the passage of the text that supports it: the passage above is the evidence.</p>;
  }
}

/** A question from a passage: its kind, its fields, the content rules' checks live, and Save. */
export function QuestionEditor({ documentId, source, initial, editing, onSaved, onCancel }: Props) {
  const [form, setForm] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checksId = useId();
  const set = (patch: Partial<FormState>) => setForm((f) => ({ ...f, ...patch }));
  const draft = draftOf(form, source);
  const check = useDraftCheck(documentId, draft);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const saved = editing ? await api['questions.update']({ id: editing, question: draft }) : await api['questions.create']({ documentId, question: draft });
      setError(null);
      onSaved(saved);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="question-editor">
      <form className="card-form" onSubmit={(e) => void submit(e)} noValidate>
        <SegmentedControl<AuthoredKind> legend="Kind of question" value={form.kind} options={KIND_OPTIONS} onChange={(kind) => set({ kind })} />
        <Field label={TEXT_LABELS[form.kind]}>
          {(control) => <textarea {...control} rows={2} maxLength={2000} value={form.text} onChange={(e) => set({ text: e.target.value })} />}
        </Field>
        <KindFields form={form} set={set} />
        <Field label="Explanation (shown after the answer: why the right answer is right)">
          {(control) => <textarea {...control} rows={3} maxLength={2000} value={form.explanation} onChange={(e) => set({ explanation: e.target.value })} />}
        </Field>
        <DraftChecks check={check} id={checksId} />
        {error && <Banner tone="error" title="The question was not saved">{error} Your question is still here; fix it and save again.</Banner>}
        <div className="card-form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save changes' : 'Save question'}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
