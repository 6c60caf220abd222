import { forwardRef } from 'react';
import type { Rating, RatingPreview } from '../../../electron/contract/flashcards-values';

const labels: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

type Props = { previews: readonly RatingPreview[]; shortcuts: boolean; onRate: (rating: Rating) => void };

/** Again / Hard / Good / Easy, each with the interval ts-fsrs gives it; the ref lands on Good. */
export const RatingButtons = forwardRef<HTMLButtonElement, Props>(function RatingButtons({ previews, shortcuts, onRate }, goodRef) {
  return (
    <div className="rating-buttons" role="group" aria-label="How well did you know it?">
      {previews.map((preview) => (
        <button
          key={preview.rating}
          ref={preview.rating === 3 ? goodRef : undefined}
          type="button"
          className={`rating-button rating-button--${labels[preview.rating].toLowerCase()}`}
          onClick={() => onRate(preview.rating)}
          aria-keyshortcuts={shortcuts ? String(preview.rating) : undefined}
        >
          <span className="rating-button__label">{labels[preview.rating]}</span>
          <span className="rating-button__interval">{preview.interval}</span>
          {shortcuts && (
            <kbd className="rating-button__key" aria-hidden="true">
              {preview.rating}
            </kbd>
          )}
        </button>
      ))}
    </div>
  );
});
