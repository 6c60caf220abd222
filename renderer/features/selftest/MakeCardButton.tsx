import { Check, Layers } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';

type Props = {
  documentId: string;
  attemptId: string;
  questionId: string;
  number: number;
  /** The card already made from this question, if any (from this or an earlier attempt). */
  cardId: string | undefined;
  onMade: (questionId: string, cardId: string) => void;
};

/** Where a self-test card is found: the card browser, showing the self-test cards. */
export const selftestCardsHref = '#/cards?tag=selftest';

/** "Make a flashcard" for a missed question: one click makes one card; after that it says where the card is. */
export function MakeCardButton({ documentId, attemptId, questionId, number, cardId, onMade }: Props) {
  const [phase, setPhase] = useState<'idle' | 'busy' | 'added' | 'error'>('idle');
  const [error, setError] = useState('');
  const linkRef = useRef<HTMLAnchorElement>(null);
  const focusLinkOnceDone = useRef(false);
  const done = cardId !== undefined;
  useEffect(() => {
    // The button is now disabled; keyboard focus moves to the card's link rather than being lost.
    if (focusLinkOnceDone.current && done) {
      focusLinkOnceDone.current = false;
      linkRef.current?.focus();
    }
  }, [done]);

  const make = () => {
    setPhase('busy');
    api['selftest.makeCard']({ documentId, attemptId, questionId }).then(
      (made) => {
        setPhase(made.created ? 'added' : 'idle');
        focusLinkOnceDone.current = true;
        onMade(questionId, made.cardId);
      },
      (e: Error) => {
        setError(e.message);
        setPhase('error');
      },
    );
  };

  const label = phase === 'added' ? 'Added to flashcards' : done ? 'Already in your cards' : phase === 'busy' ? 'Making the flashcard…' : 'Make a flashcard';
  return (
    <div className="make-card">
      <button
        type="button"
        className={done ? 'button make-card__done' : 'button'}
        onClick={make}
        disabled={done || phase === 'busy'}
        aria-label={`${label}: question ${number}`}
      >
        {done ? <Check size={16} aria-hidden /> : <Layers size={16} aria-hidden />}
        {label}
      </button>
      <span role="status" className="make-card__status">
        {done && (
          <a ref={linkRef} href={selftestCardsHref} className="make-card__link">
            {phase === 'added' ? 'See it in your cards' : 'Open it in your cards'}
            <span className="visually-hidden"> (question {number})</span>
          </a>
        )}
      </span>
      {phase === 'error' && (
        <p role="alert" className="make-card__error">
          The flashcard was not made: {error} Nothing else changed; you can try again.
        </p>
      )}
    </div>
  );
}
