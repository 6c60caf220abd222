import { useEffect, useState } from 'react';
import type { DayCount, FlashcardStats } from '../../../electron/contract/flashcards-values';
import { api } from '../../api/client';
import { Banner } from '../../ui/Banner';
import { BarChart, type Bar } from '../../ui/BarChart';
import { AppHeader } from '../app/AppHeader';
import { DeckPicker } from '../flashcards/DeckPicker';
import { useDeck } from '../flashcards/useDeck';
import { useFlashcardSettings } from '../flashcards/useFlashcardSettings';

/** "Mar 4" for a `YYYY-MM-DD` day key, read as a local day. */
function dayLabel(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}
const bars = (days: readonly DayCount[]): Bar[] => days.map((d) => ({ label: dayLabel(d.day), value: d.count }));
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Statistics of the deck picked (the open document or all): cards by state, reviews per day, true retention, the due forecast, the streak. */
export function ProgressPage() {
  const [stats, setStats] = useState<FlashcardStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const deck = useDeck(useFlashcardSettings());
  const { ready, documentId } = deck;
  useEffect(() => {
    if (!ready) return;
    let live = true;
    api['stats.get'](documentId ? { documentId } : {}).then(
      (value) => live && setStats(value),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [ready, documentId]);

  return (
    <>
      <AppHeader current="progress" />
      <main className="flashcards-page" id="main">
        <h1 className="page-title">Progress</h1>
        {ready && <DeckPicker value={deck.scope} onChange={deck.setScope} />}
        {error && <Banner tone="error" title="Your statistics could not be loaded">{error}</Banner>}
        {!stats && !error && <p role="status">Counting your reviews…</p>}
        {stats && <StatsView stats={stats} />}
      </main>
    </>
  );
}

function StatsView({ stats }: { stats: FlashcardStats }) {
  const retention = stats.trueRetention.rate === null ? '—' : `${Math.round(stats.trueRetention.rate * 100)} %`;
  const dueWeek = stats.forecast.slice(0, 7).reduce((sum, d) => sum + d.count, 0);
  const reviewed30 = stats.reviewsPerDay.reduce((sum, d) => sum + d.count, 0);
  const s = stats.byState;
  return (
    <>
      <dl className="summary-figures summary-figures--wide" aria-label="At a glance">
        <div><dt>Due now</dt><dd>{stats.dueNow}</dd></div>
        <div><dt>Reviews today</dt><dd>{stats.reviewsToday}</dd></div>
        <div><dt>Streak</dt><dd>{plural(stats.streak, 'day')}</dd></div>
        <div>
          <dt>True retention</dt>
          <dd>{retention}</dd>
          <dd className="summary-figures__note">{stats.trueRetention.reviews === 0 ? 'after your first reviews of mature cards' : `${stats.trueRetention.passed} of ${plural(stats.trueRetention.reviews, 'review')} recalled`}</dd>
        </div>
      </dl>
      <section className="stats-section" aria-labelledby="by-state">
        <h2 id="by-state">Cards by state</h2>
        <ul className="state-bars">
          {([['New', s.new, 'new'], ['Learning', s.learning, 'learning'], ['Review', s.review, 'review'], ['Relearning', s.relearning, 'relearning'], ['Suspended', s.suspended, 'suspended']] as const).map(([label, count, key]) => (
            <li key={key}><span className={`state-badge state-badge--${key}`}>{label}</span><span className="state-bars__count">{count}</span></li>
          ))}
        </ul>
        {stats.retired.cards > 0 && (
          <p className="stats-section__note">
            Retired: {plural(stats.retired.cards, 'card')} with {plural(stats.retired.reviews, 'review')}. A curated deck was revised and these cards left it;
            they are no longer reviewed and are not counted above or in true retention. Their reviews are kept and still count in reviews per day and your streak.
          </p>
        )}
      </section>
      <section className="stats-section" aria-labelledby="forecast">
        <h2 id="forecast">Due in the next 30 days</h2>
        <BarChart title="Cards due per day" valueLabel="Cards due" bars={bars(stats.forecast)} summary={`${plural(dueWeek, 'card')} due in the next 7 days; ${plural(stats.forecast.reduce((a, d) => a + d.count, 0), 'card')} in 30 days. New cards are not counted.`} />
      </section>
      <section className="stats-section" aria-labelledby="history">
        <h2 id="history">Reviews in the last 30 days</h2>
        <BarChart title="Reviews per day" valueLabel="Reviews" bars={bars(stats.reviewsPerDay)} summary={`${plural(reviewed30, 'review')} in the last 30 days, ${plural(stats.totalReviews, 'review')} in all.`} />
      </section>
    </>
  );
}
