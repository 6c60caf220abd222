import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphText } from '../../data/article';
import { deck } from '../../data/flashcards';
import { dispatch } from '../contract/dispatch';
import { openStore } from '../store/store';
import { rate } from '../domain/flashcards/scheduler';
import { createService } from './service';

let dir: string;
let current: Date;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-flashcards-'));
  current = new Date('2026-03-01T12:00:00.000Z');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function service() {
  const store = await openStore({ dataDir: dir });
  return { store, api: createService({ store, now: () => current }) };
}

const first = deck.cards[0]!.id;

describe('reviewing', () => {
  it('offers the daily limit of new cards, each with four interval previews', async () => {
    const { api } = await service();
    const session = await api['flashcards.session']({});
    expect(session.cards).toHaveLength(20);
    expect(session.counts).toEqual({ new: 20, learning: 0, review: 0 });
    expect(session.cards[0]!.previews.map((p) => p.interval)).toEqual(['1m', '6m', '10m', expect.stringMatching(/d$/)]);
  });

  it('records a rating as ts-fsrs schedules it, durably, with a log entry', async () => {
    const { api } = await service();
    const { due } = await api['reviews.record']({ cardId: first, rating: 3, durationMs: 1500 });
    expect(due).toBe(rate(null, 3, current, 0.9).due);
    const reopened = await service();
    expect(reopened.store.read().reviewLog).toMatchObject([{ cardId: first, rating: 3, durationMs: 1500, before: null }]);
    expect(reopened.store.read().cardProgress[first]?.fsrs?.due).toBe(due);
  });

  it('undoes the last rating: the full FSRS state comes back and the log entry goes', async () => {
    const { api, store } = await service();
    await api['reviews.record']({ cardId: first, rating: 3, durationMs: 1000 });
    current = new Date(current.getTime() + 11 * 60_000);
    const before = structuredClone(store.read().cardProgress[first]);
    await api['reviews.record']({ cardId: first, rating: 1, durationMs: 1000 });
    await expect(api['reviews.undo']({})).resolves.toEqual({ cardId: first });
    expect(store.read().cardProgress[first]).toEqual(before);
    expect(store.read().reviewLog).toHaveLength(1);
  });

  it('refuses to undo when the card changed since the rating (reset)', async () => {
    const { api } = await service();
    await api['reviews.record']({ cardId: first, rating: 3, durationMs: 1000 });
    await api['cards.reset']({ id: first });
    expect((await api['flashcards.session']({})).canUndo).toBe(false);
    await expect(api['reviews.undo']({})).rejects.toThrow(/no rating to undo/);
  });

  it('brings an "Again" card back once it is due, or at once when nothing else is left', async () => {
    const { api } = await service();
    await api['reviews.record']({ cardId: first, rating: 1, durationMs: 1000 });
    const session = await api['flashcards.session']({});
    expect(session.counts).toEqual({ new: 19, learning: 0, review: 0 });
    current = new Date(current.getTime() + 60_000);
    expect((await api['flashcards.session']({})).cards[0]!.id).toBe(first);
    await api['flashcards.updateSettings']({ newPerDay: 1 });
    current = new Date(current.getTime() - 30_000);
    expect((await api['flashcards.session']({})).counts).toEqual({ new: 0, learning: 1, review: 0 });
  });

  it('counts new cards introduced today against the daily limit, afresh the next day', async () => {
    const { api } = await service();
    await api['reviews.record']({ cardId: first, rating: 3, durationMs: 1000 });
    expect((await api['flashcards.session']({})).newLeftToday).toBe(19);
    current = new Date('2026-03-02T12:00:00.000Z');
    expect((await api['flashcards.session']({})).newLeftToday).toBe(20);
  });

  it('skips suspended cards and says when the next card is due', async () => {
    const { api } = await service();
    await api['flashcards.updateSettings']({ newPerDay: 1 });
    await api['reviews.record']({ cardId: first, rating: 4, durationMs: 1000 });
    await api['cards.suspend']({ id: deck.cards[1]!.id });
    const session = await api['flashcards.session']({});
    expect(session.cards).toHaveLength(0);
    expect(session.nextDue).toBe(rate(null, 4, current, 0.9).due);
  });
});

describe('own cards', () => {
  const text = paragraphText('p1');
  const quote = 'NATO is in negotiations with Japan';
  const source = { paragraph: 'p1' as const, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length, quote };

  it('creates a cloze card that reviews with the gap hidden and can be edited and deleted', async () => {
    const { api } = await service();
    const card = await api['cards.create']({ documentId: 'japan-nato', kind: 'cloze', source, gaps: [{ start: 29, end: 34 }] });
    expect(card.front).toBe('NATO is in negotiations with […]');
    expect((await api['flashcards.session']({})).cards[0]!.id).toBe(card.id);
    expect((await api['cards.list']({ search: 'negotiations with' })).cards.map((c) => c.id)).toContain(card.id);
    const updated = await api['cards.update']({ id: card.id, gaps: [{ start: 0, end: 4 }] });
    expect(updated.front).toBe('[…] is in negotiations with Japan');
    await api['cards.delete']({ id: card.id });
    expect((await api['cards.list']({})).cards.some((c) => c.id === card.id)).toBe(false);
  });

  it('takes the quote as the back of a basic card and rejects a passage that is not in the article', async () => {
    const { api } = await service();
    const card = await api['cards.create']({ documentId: 'japan-nato', kind: 'basic', front: 'Who negotiates with Japan?', source });
    expect(card.back).toBe(quote);
    await expect(api['cards.create']({ documentId: 'japan-nato', kind: 'basic', front: 'Q', source: { ...source, quote: 'Not there' } })).rejects.toThrow(/not in the document/);
  });

  it('refuses, with a reason, a basic card without a front and a cloze card without gaps', async () => {
    const { api } = await service();
    const basic = await dispatch(api, 'cards.create', { documentId: 'japan-nato', kind: 'basic', source });
    expect(basic).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('front') } });
    const cloze = await dispatch(api, 'cards.create', { documentId: 'japan-nato', kind: 'cloze', gaps: [], source });
    expect(cloze).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('gap') } });
    const overlapping = await dispatch(api, 'cards.create', { documentId: 'japan-nato', kind: 'cloze', gaps: [{ start: 0, end: 10 }, { start: 5, end: 12 }], source });
    expect(overlapping).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('overlap') } });
  });

  it('never edits or deletes a deck card', async () => {
    const { api } = await service();
    await expect(api['cards.delete']({ id: first })).rejects.toThrow(/cannot be edited or deleted/);
  });
});

describe('statistics', () => {
  it('counts states, reviews per day, true retention and the streak from the log', async () => {
    const { api } = await service();
    await api['reviews.record']({ cardId: first, rating: 4, durationMs: 1000 });
    current = new Date('2026-03-10T12:00:00.000Z');
    await api['reviews.record']({ cardId: first, rating: 1, durationMs: 1000 });
    const stats = await api['stats.get']({});
    expect(stats.byState).toMatchObject({ relearning: 1, new: deck.cards.length - 1 });
    expect(stats.trueRetention).toEqual({ reviews: 1, passed: 0, rate: 0 });
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: '2026-03-10', count: 1 });
    expect(stats.streak).toBe(1);
    expect(stats.forecast[0]!.count).toBe(1);
  });
});

describe('saving an export through the desktop dialog', () => {
  it('hands the same file as cards.export to the dialog, titled, and answers what the person did', async () => {
    const store = await openStore({ dataDir: dir });
    const handed: { fileName: string; content: string | Uint8Array; title?: string }[] = [];
    const api = createService({ store, now: () => current, saveFile: async (file) => (handed.push(file), { outcome: 'saved', path: `/home/me/${file.fileName}` }) });
    await expect(api['cards.saveExport']({ format: 'csv', includeHistory: false })).resolves.toEqual({ outcome: 'saved', path: '/home/me/lectern-flashcards-2026-03-01.csv' });
    const { encoding, ...exported } = await api['cards.export']({ format: 'csv', includeHistory: false });
    expect(encoding).toBe('utf8');
    expect(handed).toEqual([{ ...exported, title: 'Export flashcards' }]);
  });

  it('answers unavailable where there is no dialog (the web host), so the renderer downloads instead', async () => {
    const { api } = await service();
    await expect(api['cards.saveExport']({ format: 'anki', includeHistory: false })).resolves.toEqual({ outcome: 'unavailable' });
  });
});
