// A data file saved before the content rewrite of issue 10 (electron/store/fixtures/pre-content-rewrite.json):
// reviews of deck cards that have since left the deck, a finished attempt and an unfinished one that
// name questions since removed or changed. The learner's progress must survive, through the service.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deck } from '../../data/flashcards';
import { archivedQuestion } from '../../data/selftest-archive';
import { selfTest } from '../../data/selftest';
import type { FinishedAttempt, OpenAttempt, SelftestOverview } from '../contract/selftest';
import type { FlashcardStats, ReviewEntry } from '../contract/flashcards-values';
import { serviceUnderTest } from './service-under-test';

const fixture = path.join(import.meta.dirname, '../store/fixtures/pre-content-rewrite.json');
const retiredIds = ['office-and-itpp-topics', 'aircraft-purchases', 'neighbours-under-reassessment'];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-rewrite-'));
  await copyFile(fixture, path.join(dir, 'lectern.json'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async () => JSON.parse(await readFile(path.join(dir, 'lectern.json'), 'utf8')) as { reviewLog: ReviewEntry[]; selftestOpen: Record<string, OpenAttempt> };

describe('deck cards retired by the rewrite', () => {
  it('are gone from the deck, yet their reviews are in the data file', async () => {
    const ids = new Set(deck.cards.map((c) => c.id));
    expect(retiredIds.filter((id) => ids.has(id))).toEqual([]);
    expect((await onDisk()).reviewLog.map((e) => e.cardId)).toEqual(expect.arrayContaining(retiredIds));
  });

  it('are counted apart in the statistics, not among the cards or in true retention', async () => {
    const { call } = await serviceUnderTest(dir);
    const stats = await call<FlashcardStats>('stats.get');
    expect(stats.retired).toEqual({ cards: 3, reviews: 4 });
    expect(stats.totalReviews).toBe(5);
    const { new: fresh, learning, review, relearning, suspended } = stats.byState;
    expect(fresh + learning + review + relearning + suspended).toBe(deck.cards.length);
    expect(stats.trueRetention.reviews).toBe(0);
  });

  it('are never offered for review, cannot be rated, and their last rating cannot be undone away', async () => {
    const { call, fail } = await serviceUnderTest(dir);
    const session = await call<{ cards: { id: string }[]; canUndo: boolean }>('flashcards.session');
    expect(session.cards.map((c) => c.id).filter((id) => retiredIds.includes(id))).toEqual([]);
    expect(session.canUndo).toBe(false);
    expect((await fail('reviews.record', { cardId: 'aircraft-purchases', rating: 3, durationMs: 1000 })).code).toBe('invalid-input');
    expect((await fail('reviews.undo', {})).code).toBe('invalid-input');
  });

  it('keep their history when the learner goes on reviewing', async () => {
    const { call } = await serviceUnderTest(dir);
    await call('reviews.record', { cardId: 'liaison-office-city', rating: 3, durationMs: 2000 });
    const log = (await onDisk()).reviewLog;
    expect(log).toHaveLength(6);
    expect(log.filter((e) => retiredIds.includes(e.cardId))).toHaveLength(4);
  });
});

describe('attempts saved before the rewrite', () => {
  it('open a finished attempt with each question as it was answered', async () => {
    const { call } = await serviceUnderTest(dir);
    const result = await call<FinishedAttempt>('selftest.result', { documentId: 'japan-nato', attemptId: 'attempt-before-rewrite' });
    const ids = result.grades.map((g) => g.questionId);
    expect(Object.keys(result.questionSnapshots ?? {}).sort()).toEqual([...ids].sort());
    // Removed since: shown from the archive of the pre-rewrite test.
    expect(selfTest.questions.some((q) => q.id === 'evidence-geography')).toBe(false);
    expect(result.questionSnapshots?.['evidence-geography']).toEqual(archivedQuestion('evidence-geography'));
    // Changed since (same id): shown as it was, with the option the learner picked.
    const verdict = result.questionSnapshots?.['near-future-verdict'];
    expect(verdict?.kind === 'single' && verdict.options.find((o) => o.id === 'unlikely')?.text).toBe('It is unlikely.');
    expect(result.grades.find((g) => g.questionId === 'near-future-verdict')?.score).toBe(1);
  });

  it('resume an unfinished attempt against its own questions and grade it on submit', async () => {
    const { call } = await serviceUnderTest(dir);
    const open = await call<OpenAttempt>('selftest.current', { documentId: 'japan-nato' });
    expect(open?.id).toBe('attempt-unfinished-before-rewrite');
    expect(Object.keys(open?.questionSnapshots ?? {}).sort()).toEqual(['evidence-geography', 'membership-gains', 'order-case-for', 'tf-kishida-may']);
    const overview = await call<SelftestOverview>('selftest.overview', { documentId: 'japan-nato' });
    expect(overview.unfinished).toMatchObject({ answered: 2, total: 4 });

    // order-case-for had an item "not-ruled-out" before the rewrite; the old attempt may still use it.
    await call('selftest.answer', { documentId: 'japan-nato',
      attemptId: open!.id,
      questionId: 'order-case-for',
      answer: { kind: 'order', itemIds: ['shared-interest', 'not-ruled-out', 'article-5', 'deterrent', 'nato-reach'] },
    });
    const finished = await call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: open!.id });
    expect(finished.max).toBe(4);
    expect(finished.grades.find((g) => g.questionId === 'order-case-for')?.score).toBe(1);
    expect(finished.grades.find((g) => g.questionId === 'tf-kishida-may')?.score).toBe(1);
  });

  it('offer to retake only missed questions the test still has', async () => {
    const { call } = await serviceUnderTest(dir);
    const overview = await call<SelftestOverview>('selftest.overview', { documentId: 'japan-nato' });
    // Missed before: tf-kishida-may (removed) and main-driver (still there).
    expect(overview.missedCount).toBe(1);
    const retake = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'missed' });
    expect(retake.questions.map((l) => l.questionId)).toEqual(['main-driver']);
  });

  it('store a snapshot of every question with a new attempt', async () => {
    const { call } = await serviceUnderTest(dir);
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const stored = (await onDisk()).selftestOpen['japan-nato'];
    expect(stored?.id).toBe(attempt.id);
    expect(Object.keys(stored?.questionSnapshots ?? {})).toHaveLength(selfTest.questions.length);
    expect(stored?.questionSnapshots?.['main-driver']).toEqual(selfTest.questions.find((q) => q.id === 'main-driver'));
  });
});
