import { useState, type DragEvent } from 'react';
import type { ClassifyCategoryId } from '../../../data/schemas/selftest';
import type { QuestionProps } from './questionProps';
import { layoutIds } from './questionProps';

const UNSORTED = '';
const DRAG_TYPE = 'application/x-lectern-item';

/**
 * Classify statements into labelled columns. Drag a card onto a column, or use the card's own
 * "Category" select (the keyboard way); both set the same answer.
 */
export function ClassifyQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'classify'>) {
  const placements = answer?.placements ?? {};
  const ids = layoutIds(layout, 'itemIds', question.items.map((i) => i.id));
  const [over, setOver] = useState<string | null>(null);

  const place = (itemId: string, category: string) => {
    const next: Record<string, ClassifyCategoryId> = { ...placements };
    if (category === UNSORTED) delete next[itemId];
    else next[itemId] = category as ClassifyCategoryId;
    onAnswer({ kind: 'classify', placements: next });
  };

  const columns = [{ id: UNSORTED, label: 'Not sorted yet' }, ...question.categories];
  const dropProps = (column: string) => ({
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
      e.preventDefault();
      setOver(column);
    },
    onDragLeave: () => setOver((current) => (current === column ? null : current)),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setOver(null);
      const itemId = e.dataTransfer.getData(DRAG_TYPE);
      if (itemId) place(itemId, column);
    },
  });

  return (
    <div className="classify" role="group" aria-labelledby={labelledBy}>
      <p className="question__hint">Drag each statement into a column, or choose its category from the list on its card.</p>
      <div className="classify__columns">
        {columns.map((column) => {
          const inColumn = ids.filter((id) => (placements[id] ?? UNSORTED) === column.id);
          const headingId = `classify-${question.id}-${column.id || 'unsorted'}`;
          return (
            <section
              key={column.id || 'unsorted'}
              className={`classify__column ${column.id === UNSORTED ? 'classify__column--pool' : ''} ${over === column.id ? 'is-over' : ''}`}
              aria-labelledby={headingId}
              {...dropProps(column.id)}
            >
              <h3 id={headingId} className="classify__heading">
                {column.label} <span className="classify__count">({inColumn.length})</span>
              </h3>
              {inColumn.length === 0 && <p className="classify__empty">{column.id === UNSORTED ? 'All sorted.' : 'Drop statements here.'}</p>}
              <ul className="classify__items">
                {inColumn.map((id) => {
                  const item = question.items.find((i) => i.id === id)!;
                  const selectId = `classify-${question.id}-${id}`;
                  return (
                    <li
                      key={id}
                      className="classify__card"
                      draggable
                      onDragStart={(e) => {
                        e.dataTransfer.setData(DRAG_TYPE, id);
                        e.dataTransfer.effectAllowed = 'move';
                      }}
                    >
                      <p className="classify__text" id={`${selectId}-text`}>
                        {item.text}
                      </p>
                      <label className="classify__select-label" htmlFor={selectId}>
                        Category
                      </label>
                      <select
                        id={selectId}
                        className="select select--small"
                        aria-describedby={`${selectId}-text`}
                        value={placements[id] ?? UNSORTED}
                        onChange={(e) => place(id, e.target.value)}
                      >
                        <option value={UNSORTED}>Not sorted yet</option>
                        {question.categories.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.label}
                          </option>
                        ))}
                      </select>
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
