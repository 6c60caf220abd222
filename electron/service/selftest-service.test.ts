import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Answer, Question } from '../../data/schemas/selftest';
import { selfTest } from '../../data/selftest';
import type { FinishedAttempt, OpenAttempt, SelftestOverview } from '../contract/selftest';
import { dispatch } from '../contract/dispatch';
import { openStore } from '../store/store';
import { createService } from './service';
import { serviceUnderTest } from './service-under-test';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-selftest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const serviceOver = (seed = 7) => serviceUnderTest(dir, seed);

const byId = (id: string) => selfTest.questions.find((q) => q.id === id)!;

/** The right answer to a question, for the kinds whose answer is in the data. */
function rightAnswer(q: Question): Answer {
  switch (q.kind) {
    case 'single':
      return { kind: 'single', optionId: q.answer };
    case 'multi':
      return { kind: 'multi', optionIds: q.answers };
    case 'truefalse':
      return { kind: 'truefalse', value: q.answer };
    case 'classify':
      return { kind: 'classify', placements: Object.fromEntries(q.items.map((i) => [i.id, i.category])) };
    case 'order':
      return { kind: 'order', itemIds: q.items.map((i) => i.id) };
    case 'match':
      return { kind: 'match', pairs: q.pairs };
    case 'short':
      return { kind: 'short', text: 'My answer', selfMark: 'right' };
    case 'evidence':
      return { kind: 'evidence', selection: null };
  }
}

describe('self-test attempts', () => {
  it('starts an attempt laid out by the seed, with every question once', async () => {
    const { call } = await serviceOver(42);
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    expect(attempt.seed).toBe(42);
    expect(attempt.questions.map((q) => q.questionId).sort()).toEqual(selfTest.questions.map((q) => q.id).sort());
    const again = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    expect(again.questions).toEqual(attempt.questions);
  });

  it('keeps each answer so the attempt resumes after a reopen', async () => {
    const first = await serviceOver();
    const attempt = await first.call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    await first.call('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'tf-ruled-out', answer: { kind: 'truefalse', value: false } });
    const progress = await first.call('selftest.answer', { documentId: 'japan-nato',
      attemptId: attempt.id,
      questionId: 'short-why-not-soon',
      answer: { kind: 'short', text: 'Kishida said no.', selfMark: null },
    });
    expect(progress).toEqual({ answered: 2, total: selfTest.questions.length });

    const second = await serviceOver();
    const resumed = await second.call<OpenAttempt>('selftest.current', { documentId: 'japan-nato' });
    expect(resumed?.id).toBe(attempt.id);
    expect(resumed?.answers['tf-ruled-out']).toEqual({ kind: 'truefalse', value: false });
    const overview = await second.call<SelftestOverview>('selftest.overview', { documentId: 'japan-nato' });
    expect(overview.unfinished).toMatchObject({ id: attempt.id, answered: 2, total: selfTest.questions.length });
  });

  it('refuses an answer of the wrong kind, an unknown option and an overlong short answer', async () => {
    const { call, fail } = await serviceOver();
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const wrongKind = await fail('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'tf-ruled-out', answer: { kind: 'single', optionId: 'x' } });
    expect(wrongKind.message).toMatch(/takes a truefalse answer/);
    const unknown = await fail('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'main-driver', answer: { kind: 'single', optionId: 'made-up' } });
    expect(unknown.message).toMatch(/"made-up" is not part of question main-driver/);
    const long = await fail('selftest.answer', { documentId: 'japan-nato',
      attemptId: attempt.id,
      questionId: 'short-why-not-soon',
      answer: { kind: 'short', text: 'x'.repeat(5001), selfMark: null },
    });
    expect(long.code).toBe('invalid-input');
    expect(long.message).toMatch(/at most 5000 characters/);
    expect((await call<OpenAttempt>('selftest.current', { documentId: 'japan-nato' }))?.answers).toEqual({});
  });

  it('grades on submit, keeps the answers and score, and closes the attempt', async () => {
    const { call, fail } = await serviceOver();
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    await call('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'main-driver', answer: rightAnswer(byId('main-driver')) });
    await call('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'reasons-against-soon', answer: { kind: 'multi', optionIds: ['no-plans', 'geography', 'low-spending'] } });
    const q = byId('evidence-no-plans');
    const text = (await import('../../data/article')).paragraphText(q.source.paragraph);
    const start = text.indexOf(q.source.quote);
    await call('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: q.id, answer: { kind: 'evidence', selection: { start, end: start + q.source.quote.length } } });

    const finished = await call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: attempt.id });
    // 1 (single) + (2 hits − 1 wrong) / 3 (multi) + 1 (exact evidence span).
    expect(finished.score).toBeCloseTo(2 + 1 / 3);
    expect(finished.max).toBe(selfTest.questions.length);
    expect(finished.percent).toBe(Math.round(((2 + 1 / 3) / selfTest.questions.length) * 100));
    expect(finished.answers['main-driver']).toEqual({ kind: 'single', optionId: 'russia-ukraine' });
    expect(await call('selftest.current', { documentId: 'japan-nato' })).toBeNull();
    expect((await fail('selftest.answer', { documentId: 'japan-nato', attemptId: attempt.id, questionId: 'main-driver', answer: rightAnswer(byId('main-driver')) })).message).toMatch(/no longer open/);
    expect(await call<FinishedAttempt>('selftest.result', { documentId: 'japan-nato', attemptId: attempt.id })).toEqual(finished);
  });

  it('retakes only the missed questions of the last finished attempt, and tracks best and last', async () => {
    const { call, fail } = await serviceOver();
    expect((await fail('selftest.start', { documentId: 'japan-nato', mode: 'missed' })).message).toMatch(/no finished attempt/);
    const first = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const right = selfTest.questions.filter((q) => q.kind !== 'evidence' && q.kind !== 'short').slice(0, 10);
    for (const q of right) await call('selftest.answer', { documentId: 'japan-nato', attemptId: first.id, questionId: q.id, answer: rightAnswer(q) });
    const done = await call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: first.id });
    expect(done.score).toBe(10);

    const retake = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'missed' });
    expect(retake.mode).toBe('missed');
    expect(retake.questions).toHaveLength(selfTest.questions.length - 10);
    expect(retake.questions.map((l) => l.questionId)).not.toContain(right[0]!.id);
    const second = await call<FinishedAttempt>('selftest.submit', { documentId: 'japan-nato', attemptId: retake.id });
    expect(second.score).toBe(0);

    const overview = await call<SelftestOverview>('selftest.overview', { documentId: 'japan-nato' });
    expect(overview.best?.id).toBe(done.id);
    expect(overview.last?.id).toBe(second.id);
    expect(overview.unfinished).toBeNull();
    const history = await call<{ id: string }[]>('selftest.history', { documentId: 'japan-nato' });
    expect(history.map((h) => h.id)).toEqual([done.id, second.id]);
  });

  it('replaces an unfinished attempt when a new one starts', async () => {
    const { call, fail } = await serviceOver();
    const old = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const fresh = await call<OpenAttempt>('selftest.start', { documentId: 'japan-nato', mode: 'all' });
    expect(fresh.id).not.toBe(old.id);
    expect((await fail('selftest.submit', { documentId: 'japan-nato', attemptId: old.id })).message).toMatch(/no longer open/);
  });
});

describe('self-test methods under fuzzed input', () => {
  it('answer every JSON input with a value or a readable invalid-input, never a crash', async () => {
    const fc = await import('fast-check');
    const store = await openStore({ dataDir: dir });
    const handlers = createService({ store, seed: () => 1 });
    const started = await dispatch(handlers, 'selftest.start', { documentId: 'japan-nato', mode: 'all' });
    const attemptId = started.ok ? (started.value as OpenAttempt).id : '';
    const selftestMethods = ['selftest.overview', 'selftest.current', 'selftest.answer', 'selftest.submit', 'selftest.result', 'selftest.history'] as const;
    const input = fc.oneof(
      fc.jsonValue(),
      fc.record({ documentId: fc.constant('japan-nato'), attemptId: fc.constant(attemptId), questionId: fc.constantFrom(...selfTest.questions.map((q) => q.id)), answer: fc.jsonValue() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...selftestMethods), input, async (method, value) => {
        const reply = await dispatch(handlers, method, value);
        expect(reply.ok || (reply.error.code === 'invalid-input' && reply.error.message.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
