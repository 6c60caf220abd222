import { X } from 'lucide-react';
import type { ReactNode } from 'react';

type Props = {
  tags: readonly string[];
  /** The list's accessible name ("Tags on this document"). */
  label: string;
  className: string;
  onRemove: (tag: string) => void;
  /** More list items after the chips (the annotation editor keeps its field inside the list). */
  children?: ReactNode;
};

/** Tags as chips, each with a "Remove tag …" button: the document details and the annotation editor alike. */
export function TagChips({ tags, label, className, onRemove, children }: Props) {
  return (
    <ul className={className} aria-label={label}>
      {tags.map((tag) => (
        <li key={tag} className="tag-chip">
          <span className="tag-chip__text">{tag}</span>
          <button type="button" className="tag-chip__remove" aria-label={`Remove tag ${tag}`} onClick={() => onRemove(tag)}>
            <X size={12} aria-hidden="true" />
          </button>
        </li>
      ))}
      {children}
    </ul>
  );
}
