import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationView } from '../contract/annotations';
import type { CardView } from '../contract/flashcards-values';
import type { LibraryItem, OpenedDocument } from '../contract/library';
import { serviceUnderTest } from '../service/service-under-test';
import { migrate } from './migrations';
import { DATA_FILE_NAME } from './store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-migration-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// fixtures/v1.json was written by the last pre-library Lectern (commit 9fdacca) through its own
// service: settings, a reading place, three annotations, two own cards, reviews, a suspended deck
// card, a finished self-test with a card made from it, and an unfinished retake.
const fixture = path.join(import.meta.dirname, 'fixtures', 'v1.json');

describe('the library migration (schema 1 to 2)', () => {
  it('carries a pre-library user’s annotations, cards, reviews, attempts and reading place to the article’s document', async () => {
    await copyFile(fixture, path.join(dir, DATA_FILE_NAME));
    const { call, store } = await serviceUnderTest(dir);
    expect(store.notices()).toEqual([expect.objectContaining({ kind: 'migrated', message: expect.stringContaining('from format 1 to 3') })]);

    const annotations = await call<AnnotationView[]>('annotations.list', { documentId: 'japan-nato' });
    expect(annotations.map((a) => [a.note, a.placement.status])).toEqual([
      ['The office opens in Tokyo.', 'anchored'],
      ['', 'anchored'],
      ['Membership is unlikely soon.', 'anchored'],
    ]);
    const { cards } = await call<{ cards: CardView[] }>('cards.list', { documentId: 'japan-nato' });
    const own = cards.filter((c) => c.origin === 'user');
    expect(own.map((c) => [c.kind, c.documentId])).toEqual([['basic', 'japan-nato'], ['cloze', 'japan-nato'], ['basic', 'japan-nato']]);
    expect(cards.filter((c) => c.reps > 0).map((c) => c.id)).toEqual(['liaison-office-city', own[0]!.id, own[1]!.id]);
    expect(cards.filter((c) => c.suspended)).toHaveLength(1);
    expect(await call('stats.get', { documentId: 'japan-nato' })).toMatchObject({ totalReviews: 5 });

    const opened = await call<OpenedDocument>('library.open', {});
    expect(opened.item.id).toBe('japan-nato');
    expect(opened.reading).toMatchObject({ paragraphId: 'p2', offset: 140, percent: 37 });
    expect(await call('selftest.history', { documentId: 'japan-nato' })).toHaveLength(1);
    expect(await call('selftest.current', { documentId: 'japan-nato' })).toMatchObject({ mode: 'missed' });
    expect(Object.keys(await call<Record<string, string>>('selftest.cards', { documentId: 'japan-nato' }))).toHaveLength(1);
    const { items } = await call<{ items: LibraryItem[] }>('library.list');
    expect(items[0]).toMatchObject({ id: 'japan-nato', progress: 37, annotations: 3, lastSelftestPercent: expect.any(Number) });
    expect((await call<{ theme: string }>('settings.get')).theme).toBe('sepia');
  });

  it('renames annotations’ articleId to documentId and names the document of every card and review', () => {
    const v2 = migrate({
      schemaVersion: 1,
      annotations: [{ id: 'a', articleId: 'japan-nato' }],
      userCards: [{ id: 'u-1' }],
      reviewLog: [{ id: 'r', cardId: 'u-1' }],
    });
    expect(v2).toMatchObject({ schemaVersion: 3, annotations: [{ id: 'a', documentId: 'japan-nato' }], userCards: [{ id: 'u-1', documentId: 'japan-nato' }], reviewLog: [{ documentId: 'japan-nato' }], documents: [], documentTombstones: [] });
    expect((v2.annotations as object[])[0]).not.toHaveProperty('articleId');
  });

  it('keeps a v2 file’s self-test attempts and cards as the built-in article’s, per document (schema 3)', () => {
    const open = { id: 'attempt-open', quizId: 'japan-nato-membership' };
    const v3 = migrate({ schemaVersion: 2, selftestOpen: open, selftestFinished: [{ id: 'attempt-done' }], selftestCards: { 'tf-ruled-out': 'u-1' } });
    expect(v3).toMatchObject({
      schemaVersion: 3,
      selftestOpen: { 'japan-nato': { ...open, documentId: 'japan-nato' } },
      selftestFinished: [{ id: 'attempt-done', documentId: 'japan-nato' }],
      selftestCards: { 'japan-nato': { 'tf-ruled-out': 'u-1' } },
    });
    expect(migrate({ schemaVersion: 2, selftestOpen: null })).toMatchObject({ selftestOpen: {}, selftestCards: {} });
  });

  it('leaves a v1 file without the features’ fields to their defaults', () => {
    expect(migrate({ schemaVersion: 1, settings: {}, reading: {}, window: null })).not.toHaveProperty('annotations');
  });
});
