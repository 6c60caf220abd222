import { useEffect, useRef, type ReactNode } from 'react';
import { Undo2 } from 'lucide-react';
import { AppHeader } from '../app/AppHeader';
import { Banner } from '../../ui/Banner';
import { IconButton } from '../../ui/IconButton';
import { DeckPicker } from './DeckPicker';
import { FlashcardsTabs } from './FlashcardsTabs';
import { RatingButtons } from './RatingButtons';
import { ReviewCard } from './ReviewCard';
import { ReviewSettings } from './ReviewSettings';
import { SessionEnd } from './SessionEnd';
import { useFlashcardSettings } from './useFlashcardSettings';
import { useReviewKeys } from './useReviewKeys';
import { useReviewSession } from './useReviewSession';
import { useDeck } from './useDeck';

/**
 * The review: one card at a time, answer on demand, rated by button or key, undoable, over the deck
 * picked (the open document's cards or all). A new deck starts a new session.
 */
export function ReviewPage() {
  const flashcardSettings = useFlashcardSettings();
  const deck = useDeck(flashcardSettings);
  if (!deck.ready) {
    return (
      <>
        <AppHeader current="flashcards" />
        <main className="flashcards-page" id="main">
          <p className="review-loading" role="status">Gathering due cards…</p>
        </main>
      </>
    );
  }
  return <ReviewScreen key={deck.documentId ?? 'all'} documentId={deck.documentId} flashcardSettings={flashcardSettings} picker={<DeckPicker value={deck.scope} onChange={deck.setScope} />} />;
}

type ScreenProps = { documentId: string | undefined; flashcardSettings: ReturnType<typeof useFlashcardSettings>; picker: ReactNode };

function ReviewScreen({ documentId, flashcardSettings, picker }: ScreenProps) {
  const { settings, loaded, error, update } = flashcardSettings;
  const { state, reveal, rate, undo, again, reload, rated, notice, startedAt, canUndo } = useReviewSession(documentId);
  const showRef = useRef<HTMLButtonElement>(null);
  const goodRef = useRef<HTMLButtonElement>(null);
  const revealed = state.phase === 'reviewing' && state.revealed;
  const cardId = state.phase === 'reviewing' ? state.card.id : null;

  useReviewKeys({ shortcuts: settings.shortcuts, revealed, reveal, rate, undo: () => void undo() });
  useEffect(() => {
    if (cardId === null) return;
    (revealed ? goodRef : showRef).current?.focus({ preventScroll: true });
  }, [cardId, revealed]);

  const answer = state.phase === 'reviewing' && state.revealed ? state.card.back : '';

  return (
    <>
      <AppHeader current="flashcards" actions={<IconButton label="Undo last rating (Ctrl+Z)" icon={<Undo2 size={18} />} disabled={!canUndo} onClick={() => void undo()} />} />
      <main className="flashcards-page" id="main">
        <div className="flashcards-page__top">
          <h1 className="page-title">Flashcards</h1>
          <FlashcardsTabs current="review" />
        </div>
        {picker}
        {notice && <p className="review-notice" role="status">{notice}</p>}
        {state.phase === 'loading' && <p className="review-loading" role="status">Gathering due cards…</p>}
        {state.phase === 'failed' && <Banner tone="error" title="The review could not start">{state.message} Your progress is unchanged.</Banner>}
        {state.phase === 'reviewing' && (
          <section className="review" aria-label="Review">
            <p className="review__progress">
              <span>{state.left} left</span>
              <span aria-hidden="true">·</span>
              <span>{state.counts.learning} learning, {state.counts.review} to review, {state.counts.new} new</span>
              <span aria-hidden="true">·</span>
              <span>{rated.length} reviewed</span>
            </p>
            <ReviewCard card={state.card} revealed={state.revealed} />
            <p className="visually-hidden" aria-live="polite">{answer ? `Answer: ${answer}` : ''}</p>
            <div className="review__actions">
              {state.revealed ? (
                <RatingButtons ref={goodRef} previews={state.card.previews} shortcuts={settings.shortcuts} onRate={rate} />
              ) : (
                <button ref={showRef} type="button" className="button button--primary review__show" onClick={reveal} aria-keyshortcuts={settings.shortcuts ? 'Space Enter' : undefined}>
                  Show answer {settings.shortcuts && <kbd aria-hidden="true">Space</kbd>}
                </button>
              )}
            </div>
          </section>
        )}
        {state.phase === 'done' && <SessionEnd session={state.session} rated={rated} startedAt={startedAt} onAgain={again} />}
        {loaded && <ReviewSettings settings={settings} error={error} onChange={(patch) =>
              void update(patch).then((saved) => {
                // A new limit or retention changes the session and its intervals.
                if (saved && ('newPerDay' in patch || 'desiredRetention' in patch)) void reload();
              })
            } />}
      </main>
    </>
  );
}
