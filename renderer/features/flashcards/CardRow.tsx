import { useId, useState } from 'react';
import type { CardView } from '../../../electron/contract/flashcards-values';
import { showInArticle } from '../app/router';
import { CardEditor, type CardPatch } from './CardEditor';
import { ClozeText } from './ClozeText';
import { dueIn } from './text-parts';

export type CardAction = 'suspend' | 'unsuspend' | 'reset' | 'delete';

type Props = {
  card: CardView;
  now: number;
  onAction: (card: CardView, action: CardAction) => Promise<boolean>;
  onEdit: (card: CardView, patch: CardPatch) => Promise<boolean>;
};

const stateLabels = { new: 'New', learning: 'Learning', review: 'Review', relearning: 'Relearning' } as const;

/** One card in the browser: a summary line that opens to its answer, source and actions. */
export function CardRow({ card, now, onAction, onEdit }: Props) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<'reset' | 'delete' | null>(null);
  const detailsId = useId();
  const stateLabel = card.suspended ? 'Suspended' : stateLabels[card.state];
  const passage = { paragraphId: card.source.paragraph, start: card.source.start, end: card.source.end };

  return (
    <li className="card-row" data-card-id={card.id}>
      <button type="button" className="card-row__summary" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
        <span className="card-row__front">{card.kind === 'cloze' ? <ClozeText text={card.back} gaps={card.gaps} revealed={false} /> : card.front}</span>
        <span className={`state-badge state-badge--${card.suspended ? 'suspended' : card.state}`}>{stateLabel}</span>
        <span className="card-row__due">{card.suspended ? '—' : card.due ? `due ${dueIn(card.due, now)}` : 'not studied'}</span>
      </button>
      {open && (
        <div className="card-row__details" id={detailsId}>
          {editing ? (
            <CardEditor card={card} onCancel={() => setEditing(false)} onSave={async (patch) => { const ok = await onEdit(card, patch); if (ok) setEditing(false); return ok; }} />
          ) : (
            <>
              <p className="card-row__back">{card.kind === 'cloze' ? <ClozeText text={card.back} gaps={card.gaps} revealed /> : card.back}</p>
              <p className="card-row__meta">
                {card.origin === 'user' ? 'Your card' : 'Deck card'} · paragraph {card.source.paragraph.slice(1)} · {card.reps} reviews, {card.lapses} lapses
                {card.tags.length > 0 && <> · {card.tags.map((t) => `#${t}`).join(' ')}</>}
                {card.sourceNotFound && <> · <span className="card-row__missing">passage not found in the new version: “{card.source.quote}”</span></>}
              </p>
              {confirm ? (
                <div className="card-row__confirm" role="group" aria-label="Confirm">
                  <span>{confirm === 'delete' ? 'Delete this card and its review history?' : 'Forget this card’s progress? It becomes new again.'}</span>
                  <button type="button" className="button button--danger" onClick={() => void onAction(card, confirm).then(() => setConfirm(null))}>
                    {confirm === 'delete' ? 'Delete' : 'Reset'}
                  </button>
                  <button type="button" className="button" onClick={() => setConfirm(null)}>Keep</button>
                </div>
              ) : (
                <div className="card-row__actions">
                  {!card.sourceNotFound && <button type="button" className="button" onClick={() => showInArticle(passage, card.documentId)}>Show in article</button>}
                  <button type="button" className="button" onClick={() => void onAction(card, card.suspended ? 'unsuspend' : 'suspend')}>
                    {card.suspended ? 'Unsuspend' : 'Suspend'}
                  </button>
                  <button type="button" className="button" disabled={card.state === 'new'} onClick={() => setConfirm('reset')}>Reset progress</button>
                  {card.origin === 'user' && (
                    <>
                      <button type="button" className="button" onClick={() => setEditing(true)}>Edit</button>
                      <button type="button" className="button" onClick={() => setConfirm('delete')}>Delete</button>
                    </>
                  )}
                </div>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}
