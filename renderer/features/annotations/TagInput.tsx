import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_TAG_LENGTH, MAX_TAGS } from '../../../electron/contract/annotation-values';
import { TagChips } from '../../ui/TagChips';

type Props = {
  tags: readonly string[];
  /** Tags already used elsewhere, offered as suggestions. */
  suggestions: readonly string[];
  onChange: (tags: string[]) => void;
};

const same = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/** Tags as removable chips and a field: Enter or comma adds what was typed, Backspace on empty removes the last. */
export function TagInput({ tags, suggestions, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const inputId = useId();
  const full = tags.length >= MAX_TAGS;

  const add = (raw: string) => {
    const tag = raw.trim();
    if (tag.length === 0 || full) return;
    if (!tags.some((t) => same(t, tag))) onChange([...tags, tag.slice(0, MAX_TAG_LENGTH)]);
    setDraft('');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      if (draft.trim().length === 0) return;
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft.length === 0 && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };
  const offered = suggestions.filter((s) => !tags.some((t) => same(t, s)));

  return (
    <div className="tag-input">
      <label className="field-label" htmlFor={inputId}>
        Tags
      </label>
      <TagChips tags={tags} label="Tags on this annotation" className="tag-input__chips" onRemove={(tag) => onChange(tags.filter((t) => t !== tag))}>
        <li className="tag-input__field">
          <input
            id={inputId}
            className="text-field"
            list={listId}
            value={draft}
            maxLength={MAX_TAG_LENGTH}
            disabled={full}
            placeholder={full ? `At most ${MAX_TAGS} tags` : 'Add a tag'}
            onChange={(event) => {
              const value = event.target.value;
              // A comma or a chosen suggestion completes the tag.
              if (value.endsWith(',')) add(value.slice(0, -1));
              else setDraft(value);
            }}
            onKeyDown={onKey}
            onBlur={() => add(draft)}
          />
          <datalist id={listId}>
            {offered.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </li>
      </TagChips>
    </div>
  );
}
