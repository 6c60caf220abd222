import { Rating, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { formatInterval, forgetCard, previewRatings, rate } from './scheduler';

const now = new Date('2026-03-01T09:00:00.000Z');
const reference = fsrs(generatorParameters({ request_retention: 0.9, enable_fuzz: false }));

describe('scheduling wiring', () => {
  it('moves a new card’s due date exactly as ts-fsrs says for each rating', () => {
    for (const rating of [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const) {
      const expected = reference.next(createEmptyCard(now), now, rating).card;
      const after = rate(null, rating, now, 0.9);
      expect(after.due).toBe(expected.due.toISOString());
      expect(after.stability).toBe(expected.stability);
      expect(after.state).toBe(expected.state);
    }
  });

  it('uses learning steps shorter than a day: Again 1m, Good 10m on a new card', () => {
    expect(Date.parse(rate(null, 1, now, 0.9).due) - now.getTime()).toBe(60_000);
    expect(Date.parse(rate(null, 3, now, 0.9).due) - now.getTime()).toBe(600_000);
  });

  it('continues from the stored state: a second Good days later follows ts-fsrs', () => {
    const first = rate(null, 3, now, 0.9);
    const later = new Date(Date.parse(first.due));
    const second = rate(first, 3, later, 0.9);
    const card = reference.next(createEmptyCard(now), now, Rating.Good).card;
    expect(second.due).toBe(reference.next(card, later, Rating.Good).card.due.toISOString());
  });

  it('previews the four ratings with their intervals, matching what rating would do', () => {
    const previews = previewRatings(null, now, 0.9);
    expect(previews.map((p) => p.interval)).toEqual(['1m', '6m', '10m', formatInterval(Date.parse(rate(null, 4, now, 0.9).due) - now.getTime())]);
    previews.forEach((p) => expect(p.due).toBe(rate(null, p.rating, now, 0.9).due));
  });

  it('schedules further out with a higher desired retention less far', () => {
    const review = rate(rate(null, 3, now, 0.9), 3, new Date(now.getTime() + 600_000), 0.9);
    const at = new Date(Date.parse(review.due));
    expect(Date.parse(rate(review, 3, at, 0.97).due)).toBeLessThan(Date.parse(rate(review, 3, at, 0.8).due));
  });

  it('forgets a card back to new with its counts reset', () => {
    const reviewed = rate(null, 3, now, 0.9);
    const reset = forgetCard(reviewed, now, 0.9);
    expect(reset.state).toBe(0);
    expect(reset.reps).toBe(0);
  });
});

describe('formatInterval', () => {
  it('writes durations as short labels', () => {
    expect([30_000, 600_000, 3 * 3_600_000, 2 * 86_400_000, 90 * 86_400_000, 500 * 86_400_000].map(formatInterval)).toEqual(['1m', '10m', '3h', '2d', '3mo', '1.4y']);
  });
});
