import { useRef, useState, type DragEvent } from 'react';
import type { ClassifyCategoryId } from '../../../../data/schemas/selftest';
import type { QuestionProps } from '../questionProps';
import { layoutIds } from '../questionProps';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

const UNSORTED = '';
const DRAG_TYPE = 'application/x-lectern-item';

/**
 * Classify statements into labelled columns. Drag a card onto a column, or use the card's own
 * "Category" select (the keyboard way); both set the same answer. Cards stay in one list in the DOM
 * and are placed into columns by the CSS grid, so changing a category never re-mounts the card: focus
 * stays on its select while the learner presses ↑/↓.
 */
function ClassifyQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'classify'>) {
  const placements = answer?.placements ?? {};
  const ids = layoutIds(layout, 'itemIds', question.items.map((i) => i.id));
  const board = useRef<HTMLDivElement>(null);
  const [over, setOver] = useState<number | null>(null);
  const columns = [{ id: UNSORTED, label: 'Not sorted yet' }, ...question.categories];

  const place = (itemId: string, category: string) => {
    const next: Record<string, ClassifyCategoryId> = { ...placements };
    if (category === UNSORTED) delete next[itemId];
    else next[itemId] = category as ClassifyCategoryId;
    onAnswer({ kind: 'classify', placements: next });
  };

  /** The column under the pointer: the board's columns are equal-width. */
  const columnAt = (e: DragEvent) => {
    const rect = board.current!.getBoundingClientRect();
    return Math.min(columns.length - 1, Math.max(0, Math.floor(((e.clientX - rect.left) / rect.width) * columns.length)));
  };

  const rowsIn = columns.map((c) => ids.filter((id) => (placements[id] ?? UNSORTED) === c.id));
  const tallest = Math.max(1, ...rowsIn.map((r) => r.length));

  return (
    <div className="classify" role="group" aria-labelledby={labelledBy}>
      <p className="question__hint">Drag each statement into a column, or choose its category from the list on its card.</p>
      <div
        ref={board}
        className="classify__board"
        onDragOver={(e) => {
          if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
          e.preventDefault();
          setOver(columnAt(e));
        }}
        onDragLeave={(e) => !board.current?.contains(e.relatedTarget as Node) && setOver(null)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(null);
          const itemId = e.dataTransfer.getData(DRAG_TYPE);
          if (itemId) place(itemId, columns[columnAt(e)]!.id);
        }}
      >
        {columns.map((column, c) => (
          <div
            key={column.id || 'unsorted'}
            className={`classify__zone ${c === 0 ? 'classify__zone--pool' : ''} ${over === c ? 'is-over' : ''}`}
            style={{ gridColumn: c + 1, gridRow: `1 / span ${tallest + 2}` }}
          />
        ))}
        {columns.map((column, c) => (
          <h3 key={`heading-${column.id || 'unsorted'}`} className="classify__heading" style={{ gridColumn: c + 1, gridRow: 1 }}>
            {column.label} <span className="classify__count">({rowsIn[c]!.length})</span>
          </h3>
        ))}
        {columns.map((column, c) =>
          rowsIn[c]!.length === 0 ? (
            <p key={`empty-${c}`} className="classify__empty" style={{ gridColumn: c + 1, gridRow: 2 }}>
              {c === 0 ? 'All sorted.' : 'Drop statements here.'}
            </p>
          ) : null,
        )}
        {ids.map((id) => {
          const item = question.items.find((i) => i.id === id)!;
          const c = columns.findIndex((col) => col.id === (placements[id] ?? UNSORTED));
          const selectId = `classify-${question.id}-${id}`;
          return (
            <div
              key={id}
              className="classify__card"
              style={{ gridColumn: c + 1, gridRow: rowsIn[c]!.indexOf(id) + 2 }}
              draggable
              onDragStart={(e) => {
                e.dataTransfer.setData(DRAG_TYPE, id);
                e.dataTransfer.effectAllowed = 'move';
              }}
            >
              <p className="classify__text" id={`${selectId}-text`}>
                {item.text}
              </p>
              <label className="classify__select-label" id={`${selectId}-label`} htmlFor={selectId}>
                Category
              </label>
              <select
                id={selectId}
                className="select select--small"
                aria-labelledby={`${selectId}-label ${selectId}-text`}
                value={placements[id] ?? UNSORTED}
                onChange={(e) => place(id, e.target.value)}
              >
                {columns.map((col) => (
                  <option key={col.id || 'unsorted'} value={col.id}>
                    {col.label}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </div>
    </div>
  );
}

export const classifyView: KindView<SelftestKinds, 'classify'> = { Question: ClassifyQuestion, Feedback: AnswerComparison };
