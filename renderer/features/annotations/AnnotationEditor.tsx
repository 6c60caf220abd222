import { useId, useState } from 'react';
import type { AnnotationView } from '../../../electron/contract/annotations';
import { ANNOTATION_COLORS, COLOR_INFO, MAX_NOTE_LENGTH, type AnnotationColor } from '../../../electron/contract/annotation-values';
import { ColorSwatch } from './ColorSwatch';
import { TagInput } from './TagInput';
import type { AnnotationPatch } from './useAnnotations';

type Props = {
  annotation: AnnotationView;
  suggestions: readonly string[];
  /** Resolves once the change is durable; rejects with the reason it was not saved. */
  onSave: (patch: AnnotationPatch) => Promise<unknown>;
  onClose: () => void;
  /** Put the cursor in the note at once (after "Add note"). */
  autoFocusNote?: boolean;
};

/**
 * Edits one annotation: colour, note (plain text, line breaks kept) and tags. Ctrl/Cmd+Enter saves,
 * Escape closes. A failed save keeps everything typed and says it was not saved.
 */
export function AnnotationEditor({ annotation, suggestions, onSave, onClose, autoFocusNote = false }: Props) {
  const [color, setColor] = useState<AnnotationColor>(annotation.color);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState<string[]>(annotation.tags);
  const [state, setState] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const noteId = useId();
  const errorId = useId();

  const save = async () => {
    setState({ saving: true, error: null });
    try {
      await onSave({ color, note, tags });
      setState({ saving: false, error: null });
      onClose();
    } catch (error) {
      setState({ saving: false, error: `Not saved: ${(error as Error).message} Your text is still here.` });
    }
  };

  return (
    <form
      className="annotation-editor"
      aria-label="Edit annotation"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      <fieldset className="color-picker">
        <legend className="field-label">Colour</legend>
        {ANNOTATION_COLORS.map((c) => (
          <label key={c} className="color-picker__option" title={COLOR_INFO[c].cue}>
            <input type="radio" name={`color-${annotation.id}`} value={c} checked={color === c} onChange={() => setColor(c)} />
            <ColorSwatch color={c} />
            <span>{COLOR_INFO[c].label}</span>
          </label>
        ))}
      </fieldset>
      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="text-area"
        value={note}
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        // oxlint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to write a note
        autoFocus={autoFocusNote}
        aria-describedby={state.error ? errorId : undefined}
        onChange={(event) => setNote(event.target.value)}
      />
      <p className="field-hint">
        {note.length.toLocaleString('en')} / {MAX_NOTE_LENGTH.toLocaleString('en')} characters · Ctrl+Enter saves
      </p>
      <TagInput tags={tags} suggestions={suggestions} onChange={setTags} />
      {state.error && (
        <p id={errorId} className="form-error" role="alert">
          {state.error}
        </p>
      )}
      <div className="annotation-editor__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={state.saving}>
          {state.saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
