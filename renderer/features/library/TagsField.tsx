import { useId, useState, type KeyboardEvent } from 'react';
import { DocumentTag } from '../../../electron/contract/library-values';
import { TagChips } from '../../ui/TagChips';

type Props = {
  tags: readonly string[];
  suggestions: readonly string[];
  /** A message about the whole list (too many tags), from the dialog's check. */
  error: string | null;
  onChange: (tags: string[]) => void;
};

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1) + '.';

/** A document's tags as removable chips, and a field that adds one on Enter, a comma, or "Add tag". */
export function TagsField({ tags, suggestions, error, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const inputId = useId();
  const listId = useId();
  const errorId = useId();

  const add = () => {
    if (draft.trim().length === 0) return;
    const parsed = DocumentTag.safeParse(draft);
    if (!parsed.success) return setProblem(sentence(parsed.error.issues[0]?.message ?? 'that is not a tag'));
    setProblem(null);
    if (!tags.some((tag) => same(tag, parsed.data))) onChange([...tags, parsed.data]);
    setDraft('');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',') && draft.trim().length > 0) {
      event.preventDefault();
      add();
    }
  };
  const shown = problem ?? error;
  const offered = suggestions.filter((s) => !tags.some((tag) => same(tag, s)));

  return (
    <fieldset className="field tags-field">
      <legend className="field__label">Tags</legend>
      {tags.length > 0 && <TagChips tags={tags} label="Tags on this document" className="tags-field__chips" onRemove={(tag) => onChange(tags.filter((t) => t !== tag))} />}
      <div className="tags-field__add">
        <input
          id={inputId}
          type="text"
          aria-label="Add a tag"
          list={listId}
          value={draft}
          placeholder="A new tag"
          aria-invalid={shown ? true : undefined}
          aria-describedby={shown ? errorId : undefined}
          onChange={(event) => setDraft(event.target.value.replace(/,$/, ''))}
          onKeyDown={onKey}
          // A tag typed but not added yet still counts when the dialog is saved.
          onBlur={add}
        />
        <button type="button" className="button" onClick={add} disabled={draft.trim().length === 0}>
          Add tag
        </button>
        <datalist id={listId}>
          {offered.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
      {shown && (
        <span className="field__error library-dialog__error" id={errorId}>
          {shown}
        </span>
      )}
    </fieldset>
  );
}
