import { BookOpenText } from 'lucide-react';
import type { SessionCard } from '../../../electron/contract/flashcards-values';
import { showInArticle } from '../app/router';
import { ClozeText } from './ClozeText';

type Props = { card: SessionCard; revealed: boolean };

/** One card in review: the front, and once revealed the answer with its source and "Show in article". */
export function ReviewCard({ card, revealed }: Props) {
  const passage = { paragraphId: card.source.paragraph, start: card.source.start, end: card.source.end };
  return (
    <article className="review-card" data-card-id={card.id} aria-label={revealed ? 'Card, answer shown' : 'Card, question'}>
      <p className="review-card__meta">
        {card.origin === 'user' ? 'Your card' : 'Deck'} · {card.kind === 'cloze' ? 'Fill the gap' : 'Question'}
        {card.state === 'new' && <span className="review-card__badge">New</span>}
      </p>
      <p className="review-card__front">{card.kind === 'cloze' ? <ClozeText text={card.back} gaps={card.gaps} revealed={revealed} /> : card.front}</p>
      {revealed && (
        <div className="review-card__back">
          {card.kind === 'basic' && <p className="review-card__answer">{card.back}</p>}
          {card.note && (
            <p className="review-card__note">
              <strong>Note:</strong> {card.note}
            </p>
          )}
          <figure className="review-card__source">
            <blockquote>“{card.source.quote}”</blockquote>
            <figcaption>
              Paragraph {card.source.paragraph.slice(1)}
              <button type="button" className="button button--quiet" onClick={() => showInArticle(passage)}>
                <BookOpenText size={16} aria-hidden="true" /> Show in article
              </button>
            </figcaption>
          </figure>
        </div>
      )}
    </article>
  );
}
