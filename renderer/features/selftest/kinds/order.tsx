import { useRef, useState, type KeyboardEvent } from 'react';
import { ArrowDown, ArrowUp } from 'lucide-react';
import type { QuestionProps } from '../questionProps';
import { layoutIds } from '../questionProps';
import type { SelftestKinds } from '../../../../electron/domain/selftest/kinds/registry';
import { AnswerComparison } from './AnswerComparison';
import type { KindView } from './view';

const DRAG_TYPE = 'application/x-lectern-order';

/**
 * Put items in order: drag a row, use its Move up / Move down buttons, or focus a row and press
 * Alt+↑ / Alt+↓. The shown order only becomes an answer once the learner moves or confirms it.
 */
function OrderQuestion({ question, layout, answer, onAnswer, labelledBy }: QuestionProps<'order'>) {
  const shown = layoutIds(layout, 'itemIds', question.items.map((i) => i.id));
  const order = answer?.itemIds.length === shown.length ? answer.itemIds : shown;
  const [announcement, setAnnouncement] = useState('');
  const rows = useRef(new Map<string, HTMLLIElement>());

  // Reordering moves DOM nodes, which drops focus: put it back where the learner's hand is.
  const refocus = (id: string, where: 'row' | 'up' | 'down', to: number) => {
    const row = rows.current.get(id);
    if (!row) return;
    if (where === 'row') return row.focus();
    const atEdge = (where === 'up' && to === 0) || (where === 'down' && to === order.length - 1);
    const target = atEdge ? (where === 'up' ? 'down' : 'up') : where;
    row.querySelector<HTMLButtonElement>(`button[data-direction="${target}"]`)?.focus();
  };

  const move = (from: number, to: number, focus: 'row' | 'up' | 'down' | null = null) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [id] = next.splice(from, 1);
    next.splice(to, 0, id!);
    onAnswer({ kind: 'order', itemIds: next });
    const text = question.items.find((i) => i.id === id)!.text;
    setAnnouncement(`Moved “${text}” to position ${to + 1} of ${order.length}.`);
    if (focus) requestAnimationFrame(() => refocus(id!, focus, to));
  };

  const onKey = (index: number) => (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(index, index + (e.key === 'ArrowUp' ? -1 : 1), 'row');
  };

  return (
    <div className="order" role="group" aria-labelledby={labelledBy}>
      <p className="question__hint" id={`order-${question.id}-hint`}>
        First at the top. Drag a row, use its buttons, or focus a row and press Alt+↑ or Alt+↓.
      </p>
      <ol className="order__list">
        {order.map((id, index) => {
          const item = question.items.find((i) => i.id === id)!;
          return (
            <li
              key={id}
              ref={(el) => {
                if (el) rows.current.set(id, el);
                else rows.current.delete(id);
              }}
              className="order__row"
              tabIndex={0}
              aria-describedby={`order-${question.id}-hint`}
              aria-label={`${index + 1}. ${item.text}`}
              draggable
              onKeyDown={onKey(index)}
              onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, String(index))}
              onDragOver={(e) => e.dataTransfer.types.includes(DRAG_TYPE) && e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                const from = Number(e.dataTransfer.getData(DRAG_TYPE));
                if (Number.isInteger(from)) move(from, index);
              }}
            >
              <span className="order__position" aria-hidden="true">
                {index + 1}
              </span>
              <span className="order__text">{item.text}</span>
              <span className="order__buttons">
                <button type="button" className="icon-button" aria-label={`Move “${item.text}” up`} title="Move up" data-direction="up" disabled={index === 0} onClick={() => move(index, index - 1, 'up')}>
                  <ArrowUp size={16} aria-hidden="true" />
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move “${item.text}” down`}
                  title="Move down"
                  data-direction="down"
                  disabled={index === order.length - 1}
                  onClick={() => move(index, index + 1, 'down')}
                >
                  <ArrowDown size={16} aria-hidden="true" />
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {!answer && (
        <button type="button" className="button" onClick={() => onAnswer({ kind: 'order', itemIds: order })}>
          Keep this order as my answer
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

export const orderView: KindView<SelftestKinds, 'order'> = { Question: OrderQuestion, Feedback: AnswerComparison };
