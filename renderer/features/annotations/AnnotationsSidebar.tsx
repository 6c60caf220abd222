import { useEffect, useMemo, useState } from 'react';
import { X } from 'lucide-react';
import type { AnnotationView, ImportReport } from '../../../electron/contract/annotations';
import { ANNOTATION_COLORS, type AnnotationColor } from '../../../electron/contract/annotation-values';
import { IconButton } from '../../ui/IconButton';
import { AnnotationCard } from './AnnotationCard';
import { ExportImport } from './ExportImport';
import { applyFilters, noFilters, tagCounts, type Filters } from './filter-annotations';
import { SidebarFilters } from './SidebarFilters';
import type { AnnotationPatch } from './useAnnotations';

type Props = {
  documentId: string;
  items: readonly AnnotationView[];
  editingId: string | null;
  /** Open the editor with the cursor in the note (after "Add note"). */
  focusNote: boolean;
  currentId: string | null;
  onEdit: (id: string | null) => void;
  onJump: (annotation: AnnotationView) => void;
  onSave: (id: string, patch: AnnotationPatch) => Promise<unknown>;
  onDelete: (id: string) => void;
  onImport: (text: string) => Promise<ImportReport | null>;
  onMessage: (tone: 'info' | 'error', message: string) => void;
  onClose: () => void;
};

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The annotations beside the article: filters, the list in reading order or by date, the orphans, export. */
export function AnnotationsSidebar(props: Props) {
  const { items, editingId, currentId, onEdit, onJump, onSave, onDelete, onClose } = props;
  const [filters, setFilters] = useState<Filters>(noFilters);
  const { anchored, orphaned } = useMemo(() => applyFilters(items, filters), [items, filters]);
  const tags = useMemo(() => tagCounts(items), [items]);
  const colorCounts = useMemo(
    () => Object.fromEntries(ANNOTATION_COLORS.map((c) => [c, items.filter((a) => a.color === c).length])) as Record<AnnotationColor, number>,
    [items],
  );
  const suggestions = useMemo(() => tags.map((t) => t.tag), [tags]);
  const shown = anchored.length + orphaned.length;
  const filtered = shown !== items.length;

  // The annotation opened from the article is brought into view in the list.
  useEffect(() => {
    if (!currentId) return;
    document.querySelector(`[data-annotation-id="${CSS.escape(currentId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  const card = (annotation: AnnotationView, jumps: boolean) => (
    <AnnotationCard
      key={annotation.id}
      annotation={annotation}
      editing={editingId === annotation.id}
      current={currentId === annotation.id}
      suggestions={suggestions}
      onJump={jumps ? () => onJump(annotation) : undefined}
      onEdit={() => onEdit(annotation.id)}
      onCloseEditor={() => onEdit(null)}
      onSave={(patch) => onSave(annotation.id, patch)}
      onDelete={() => onDelete(annotation.id)}
      autoFocusNote={props.focusNote && editingId === annotation.id}
    />
  );

  return (
    <aside id="annotations-sidebar" className="annotations-sidebar" aria-labelledby="annotations-heading">
      <div className="annotations-sidebar__header">
        <h2 id="annotations-heading" className="annotations-sidebar__title">
          Annotations
        </h2>
        <span className="annotations-sidebar__count" role="status">
          {filtered ? `${shown} of ${plural(items.length, 'annotation')}` : plural(items.length, 'annotation')}
        </span>
        <IconButton label="Close annotations" icon={<X size={18} />} onClick={onClose} />
      </div>
      {items.length === 0 ? (
        <div className="annotations-sidebar__empty">
          <p>No annotations yet.</p>
          <p>Select a passage in the article, then choose a colour or “Add note”. With the keyboard: Tab to the article text, select with Shift+arrows, press H.</p>
        </div>
      ) : (
        <>
          <SidebarFilters filters={filters} tags={tags} colorCounts={colorCounts} onChange={setFilters} />
          {shown === 0 && (
            <div className="annotations-sidebar__empty">
              <p>No annotation matches these filters.</p>
              <button type="button" className="button" onClick={() => setFilters(noFilters)}>
                Clear filters
              </button>
            </div>
          )}
          {anchored.length > 0 && (
            <ul className="annotation-list" aria-label="Annotations in the article">
              {anchored.map((a) => card(a, true))}
            </ul>
          )}
          {orphaned.length > 0 && (
            <section className="orphans" aria-labelledby="orphans-heading">
              <h3 id="orphans-heading" className="orphans__title">
                Orphaned ({orphaned.length})
              </h3>
              <p className="orphans__hint">The text these were made on is no longer in the article. Their quotes and notes are kept here.</p>
              <ul className="annotation-list" aria-label="Orphaned annotations">
                {orphaned.map((a) => card(a, false))}
              </ul>
            </section>
          )}
        </>
      )}
      <ExportImport documentId={props.documentId} onImport={props.onImport} onMessage={props.onMessage} />
    </aside>
  );
}
