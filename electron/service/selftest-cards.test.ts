import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selfTest } from '../../data/selftest';
import type { CardView } from '../contract/flashcards-values';
import type { FinishedAttempt, OpenAttempt } from '../contract/selftest';
import { cardFromQuestion } from '../domain/selftest/card-from-question';
import { serviceUnderTest } from './service-under-test';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-selftest-cards-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const serviceOver = () => serviceUnderTest(dir);

const single = selfTest.questions.find((q) => q.kind === 'single')!;
const truefalse = selfTest.questions.find((q) => q.kind === 'truefalse')!;

/** A finished attempt with `single` answered right and everything else unanswered (scored 0). */
async function finishedAttempt(call: Awaited<ReturnType<typeof serviceOver>>['call']): Promise<FinishedAttempt> {
  const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
  if (single.kind === 'single') await call('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: single.id, answer: { kind: 'single', optionId: single.answer } });
  return call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: attempt.id });
}

describe('selftest.makeCard', () => {
  it('makes one basic card from a missed question, tagged selftest, citing its passage', async () => {
    const { call } = await serviceOver();
    const attempt = await finishedAttempt(call);
    const made = await call<{ cardId: string; created: boolean }>('selftest.makeCard', { documentId: 'japan-nato', attemptId: attempt.id, questionId: truefalse.id });
    expect(made.created).toBe(true);
    const { cards } = await call<{ cards: CardView[] }>('cards.list', { tag: 'selftest' });
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ id: made.cardId, origin: 'user', kind: 'basic', ...cardFromQuestion(truefalse), tags: ['selftest'] });
    expect(cards[0]!.source).toMatchObject({ paragraph: truefalse.source.paragraph, quote: truefalse.source.quote });
    expect(await call('selftest.cards', { documentId: 'japan-nato' })).toEqual({ [truefalse.id]: made.cardId });
  });

  it('is idempotent: a second click, concurrent clicks and a later attempt return the same card', async () => {
    const { call } = await serviceOver();
    const first = await finishedAttempt(call);
    const input = { documentId: 'japan-nato', attemptId: first.id, questionId: truefalse.id };
    const [a, b] = await Promise.all([call<{ cardId: string; created: boolean }>('selftest.makeCard', input), call<{ cardId: string; created: boolean }>('selftest.makeCard', input)]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(a.cardId).toBe(b.cardId);
    const again = await call<{ cardId: string; created: boolean }>('selftest.makeCard', input);
    expect(again).toEqual({ cardId: a.cardId, created: false });
    const second = await finishedAttempt(call);
    expect(await call('selftest.makeCard', { documentId: 'japan-nato', attemptId: second.id, questionId: truefalse.id })).toEqual({ cardId: a.cardId, created: false });
    expect((await call<{ cards: CardView[] }>('cards.list', { tag: 'selftest' })).cards).toHaveLength(1);
  });

  it('makes a new card when the one made before was deleted', async () => {
    const { call } = await serviceOver();
    const attempt = await finishedAttempt(call);
    const input = { documentId: 'japan-nato', attemptId: attempt.id, questionId: truefalse.id };
    const first = await call<{ cardId: string }>('selftest.makeCard', input);
    await call('cards.delete', { id: first.cardId });
    expect(await call('selftest.cards', { documentId: 'japan-nato' })).toEqual({});
    const next = await call<{ cardId: string; created: boolean }>('selftest.makeCard', input);
    expect(next.created).toBe(true);
    expect(next.cardId).not.toBe(first.cardId);
  });

  it('refuses a question answered right, one not in the attempt, and an unknown attempt', async () => {
    const { call, fail } = await serviceOver();
    const attempt = await finishedAttempt(call);
    expect((await fail('selftest.makeCard', { documentId: 'japan-nato', attemptId: attempt.id, questionId: single.id })).message).toMatch(/got this question right/);
    expect((await fail('selftest.makeCard', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'not-a-question' })).message).toMatch(/not part of this attempt/);
    expect((await fail('selftest.makeCard', { documentId: 'japan-nato', attemptId: 'attempt-gone', questionId: truefalse.id })).message).toMatch(/not found/);
    expect((await call<{ cards: CardView[] }>('cards.list', { tag: 'selftest' })).cards).toHaveLength(0);
  });

  it('makes a valid card from every question of the shipped self-test', async () => {
    const { call } = await serviceOver();
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const finished = await call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: attempt.id });
    for (const question of selfTest.questions) {
      expect((await call<{ created: boolean }>('selftest.makeCard', { documentId: 'japan-nato', attemptId: finished.id, questionId: question.id })).created, question.id).toBe(true);
    }
    expect((await call<{ cards: CardView[] }>('cards.list', { tag: 'selftest' })).cards).toHaveLength(selfTest.questions.length);
  });
});
