import { Layers, Pencil, Trash2 } from 'lucide-react';
import { navigate, passageParam } from '../app/router';
import type { AnnotationView } from '../../../electron/contract/annotations';
import { COLOR_INFO } from '../../../electron/contract/annotation-values';
import { AnnotationEditor } from './AnnotationEditor';
import { shorten } from './annotation-ranges';
import type { AnnotationPatch } from './useAnnotations';

type Props = {
  annotation: AnnotationView;
  editing: boolean;
  /** The annotation was just opened from the article: its card is marked and scrolled into view. */
  current: boolean;
  suggestions: readonly string[];
  onJump?: () => void;
  onEdit: () => void;
  onCloseEditor: () => void;
  onSave: (patch: AnnotationPatch) => Promise<unknown>;
  onDelete: () => void;
  autoFocusNote: boolean;
};

const dateTime = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** One annotation in the sidebar: its quote (a button that jumps to the passage), note, tags and times. */
export function AnnotationCard({ annotation, editing, current, suggestions, onJump, onEdit, onCloseEditor, onSave, onDelete, autoFocusNote }: Props) {
  const { label, cue } = COLOR_INFO[annotation.color];
  const quote = shorten(annotation.target.quote.exact);
  const edited = annotation.updatedAt !== annotation.createdAt;
  // A card cites one passage in one paragraph: offered for highlights that sit in a single paragraph.
  const placed = annotation.placement.status === 'anchored' ? annotation.placement.ranges : [];
  const cardPassage = placed.length === 1 ? placed[0] : undefined;
  return (
    <li className={`annotation-card annotation-card--${annotation.color} ${current ? 'annotation-card--current' : ''}`} data-annotation-id={annotation.id}>
      {onJump ? (
        <button type="button" className="annotation-card__quote" onClick={onJump} title="Show in the article">
          <span className="visually-hidden">Go to passage: </span>
          {quote}
        </button>
      ) : (
        <blockquote className="annotation-card__quote annotation-card__quote--orphan">{quote}</blockquote>
      )}
      {editing ? (
        <AnnotationEditor annotation={annotation} suggestions={suggestions} onSave={onSave} onClose={onCloseEditor} autoFocusNote={autoFocusNote} />
      ) : (
        <>
          {annotation.note.length > 0 && <p className="annotation-card__note">{annotation.note}</p>}
          {annotation.tags.length > 0 && (
            <ul className="annotation-card__tags" aria-label="Tags">
              {annotation.tags.map((tag) => (
                <li key={tag} className="tag-chip tag-chip--static">
                  {tag}
                </li>
              ))}
            </ul>
          )}
          <div className="annotation-card__footer">
            <span className="annotation-card__meta">
              <span className={`swatch-dot swatch-dot--${annotation.color}`} aria-hidden="true" />
              <span className="visually-hidden">{`${label}, ${cue}. `}</span>
              <time dateTime={annotation.createdAt}>{dateTime.format(new Date(annotation.createdAt))}</time>
              {edited && <span> · edited {dateTime.format(new Date(annotation.updatedAt))}</span>}
            </span>
            <span className="annotation-card__actions">
              {cardPassage && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Make a flashcard from “${shorten(quote, 40)}”`}
                  title="Make card"
                  onClick={() => navigate('flashcards/new', { passage: passageParam(cardPassage) })}
                >
                  <Layers size={15} aria-hidden="true" />
                </button>
              )}
              <button type="button" className="icon-button" aria-label={`Edit annotation “${shorten(quote, 40)}”`} title="Edit" onClick={onEdit}>
                <Pencil size={15} aria-hidden="true" />
              </button>
              <button type="button" className="icon-button icon-button--danger" aria-label={`Delete annotation “${shorten(quote, 40)}”`} title="Delete" onClick={onDelete}>
                <Trash2 size={15} aria-hidden="true" />
              </button>
            </span>
          </div>
        </>
      )}
    </li>
  );
}
