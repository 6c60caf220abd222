import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationView } from '../../contract/annotations';
import type { CardView } from '../../contract/flashcards-values';
import type { ImportOutcome, LibraryItem, OpenedDocument } from '../../contract/library';
import type { ReplaceReport } from '../../contract/library-versions';
import { FaultyFs } from '../../store/faulty-fs';
import { serviceUnderTest } from '../service-under-test';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-versions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const first = 'The moon pulls the sea, and the sea rises twice a day along every coast.';
const second = 'Winds push the surface water, but they do not make the tides themselves.';
const third = 'A last word on the shore, where the water comes and goes without rest.';
const draft = [first, second, third].join('\n\n');
// The edition: a paragraph added before, a word changed in the second, the last one gone.
const edition = ['A new opening, added for the second edition of this short essay.', first, second.replace('do not make', 'never make'), 'A different ending.'].join('\n\n');

let clock = Date.parse('2026-11-01T09:00:00.000Z');
const service = (fs?: FaultyFs) => serviceUnderTest(dir, 7, { now: () => new Date((clock += 1000)), ...(fs ? { fs } : {}) });
type Service = Awaited<ReturnType<typeof service>>;

async function paste(call: Service['call'], text: string, title = 'Tides') {
  const outcome = await call<ImportOutcome>('library.paste', { title, text });
  if (outcome.outcome !== 'imported') throw new Error(`expected an import, got ${outcome.outcome}`);
  return call<OpenedDocument>('library.open', { id: outcome.item.id });
}

/** The older version with a note on each of three passages (kept, edited, gone), a card and a review. */
async function olderWithWork(call: Service['call']) {
  const old = await paste(call, draft);
  const id = old.item.id;
  const note = async (block: number, words: string, text: string) => {
    const blockText = [first, second, third][block]!;
    const start = blockText.indexOf(words);
    const paragraphId = old.document.sections[0]!.blocks[block]!.id;
    return call<AnnotationView>('annotations.create', { documentId: id, from: { paragraphId, offset: start }, to: { paragraphId, offset: start + words.length }, color: 'green', note: text });
  };
  await note(0, 'the sea rises twice a day', 'kept');
  await note(1, 'they do not make the tides', 'edited');
  await note(2, 'where the water comes and goes', 'gone');
  const b2 = old.document.sections[0]!.blocks[1]!.id;
  const card = await call<CardView>('cards.create', { kind: 'basic', documentId: id, front: 'What pushes the surface water?', back: 'Winds', source: { paragraph: b2, start: 0, end: 29, quote: second.slice(0, 29) } });
  const gone = await call<CardView>('cards.create', { kind: 'basic', documentId: id, front: 'Where does the water come and go?', back: 'The shore', source: { paragraph: old.document.sections[0]!.blocks[2]!.id, start: 0, end: 24, quote: third.slice(0, 24) } });
  await call('reviews.record', { cardId: card.id, rating: 3, durationMs: 1200 });
  await call('library.update', { id, tags: ['oceans'] });
  await call('reading.save', { documentId: id, paragraphId: b2, offset: 6, percent: 40 });
  return { id, card, gone };
}

describe('a newer version of a document', () => {
  it('offers to replace the older one when it is opened: same title, other text', async () => {
    const { call } = await service();
    const { id } = await olderWithWork(call);
    const newer = await paste(call, edition);
    expect(newer.previousVersion).toMatchObject({ id, title: 'Tides', annotations: 3, cards: 2 });
    expect((await call<OpenedDocument>('library.open', { id })).previousVersion).toBeNull();
    const other = await paste(call, 'Something else entirely, about winds.', 'Winds');
    expect(other.previousVersion).toBeNull();
  });

  it('moves annotations, cards with their history, tags and reading place, keeps what no longer fits as orphans, and removes the old one', async () => {
    const { call, fail } = await service();
    const { id, card, gone } = await olderWithWork(call);
    const newer = await paste(call, edition);
    const { item, removed, report } = await call<{ item: LibraryItem; removed: LibraryItem; report: ReplaceReport }>('library.replace', { fromId: id, toId: newer.item.id });
    expect(report).toMatchObject({ annotations: { moved: 2, unplaced: 1 }, cards: { moved: 1, unplaced: 1 }, tags: ['oceans'] });
    expect(report.unplaced.map((u) => [u.kind, u.detail])).toEqual([['annotation', 'gone'], ['card', 'Where does the water come and go?']]);
    expect(item).toMatchObject({ id: newer.item.id, annotations: 3, cards: 2, tags: ['oceans'] });
    expect(removed.removedAt).not.toBeNull();
    expect(report.readingPlaceMoved).toBe(true);
    expect((await call<OpenedDocument>('library.open', { id: newer.item.id })).reading).toMatchObject({ paragraphId: newer.document.sections[0]!.blocks[2]!.id, offset: 6, percent: 40 });

    const notes = await call<AnnotationView[]>('annotations.list', { documentId: newer.item.id });
    const byNote = new Map(notes.map((n) => [n.note, n]));
    expect(byNote.get('kept')?.placement).toMatchObject({ status: 'anchored' });
    expect(byNote.get('edited')?.placement).toMatchObject({ status: 'anchored' });
    expect(byNote.get('edited')?.target.quote.exact).toBe('they never make the tides');
    expect(byNote.get('gone')?.placement).toMatchObject({ status: 'orphaned' });

    const { cards } = await call<{ cards: CardView[] }>('cards.list', { documentId: newer.item.id });
    expect(cards.find((c) => c.id === card.id)).toMatchObject({ reps: 1, state: 'learning', source: { paragraph: newer.document.sections[0]!.blocks[2]!.id } });
    expect(cards.find((c) => c.id === card.id)?.sourceNotFound).toBeUndefined();
    expect(cards.find((c) => c.id === gone.id)).toMatchObject({ sourceNotFound: true, source: { quote: third.slice(0, 24) } });
    expect((await call<{ items: LibraryItem[] }>('library.list')).items.map((i) => i.id)).not.toContain(id);
    // The old one cannot come back empty: its work lives in the new one.
    expect((await fail('library.undoRemove', { id })).message).toMatch(/was replaced by its newer version “Tides”, which now holds its annotations/);
    // The offer does not come back for the new document.
    expect((await call<OpenedDocument>('library.open', { id: newer.item.id })).previousVersion).toBeNull();
  });

  it('keeps everything moved, history included, once the next start drops the old document for good', async () => {
    const { call } = await service();
    const { id, card } = await olderWithWork(call);
    const newer = await paste(call, edition);
    await call('library.replace', { fromId: id, toId: newer.item.id });
    const restarted = await service();
    const { cards } = await restarted.call<{ cards: CardView[] }>('cards.list', { documentId: newer.item.id });
    expect(cards.find((c) => c.id === card.id)).toMatchObject({ reps: 1 });
    expect(await restarted.call<AnnotationView[]>('annotations.list', { documentId: newer.item.id })).toHaveLength(3);
    const stats = await restarted.call<{ totalReviews: number }>('stats.get', { documentId: newer.item.id });
    expect(stats.totalReviews).toBe(1);
    expect((await restarted.fail('library.undoRemove', { id })).message).toMatch(/gone for good/);
  });

  it('“Keep both” keeps both documents and the offer does not return, after a restart too', async () => {
    const { call } = await service();
    const { id } = await olderWithWork(call);
    const newer = await paste(call, edition);
    await call('library.keepBoth', { fromId: id, toId: newer.item.id });
    expect((await call<OpenedDocument>('library.open', { id: newer.item.id })).previousVersion).toBeNull();
    const restarted = await service();
    expect((await restarted.call<OpenedDocument>('library.open', { id: newer.item.id })).previousVersion).toBeNull();
    expect((await restarted.call<{ items: LibraryItem[] }>('library.list')).items.map((i) => i.id)).toContain(id);
  });

  it('refuses to replace the built-in article or a document with itself', async () => {
    const { call, fail } = await service();
    const newer = await paste(call, edition);
    expect((await fail('library.replace', { fromId: 'japan-nato', toId: newer.item.id })).message).toMatch(/built in/);
    expect((await fail('library.replace', { fromId: newer.item.id, toId: newer.item.id })).message).toMatch(/itself/);
  });

  it('is one write: when the disk refuses it, nothing has moved and the old document is still there', async () => {
    const fs = new FaultyFs();
    const { call, fail } = await service(fs);
    const { id } = await olderWithWork(call);
    const newer = await paste(call, edition);
    fs.fail('rename', 'EIO', (file) => file.endsWith('.tmp') || file.includes('lectern'));
    expect((await fail('library.replace', { fromId: id, toId: newer.item.id })).code).toBe('write-failed');
    fs.heal();
    expect(await call<AnnotationView[]>('annotations.list', { documentId: id })).toHaveLength(3);
    expect(await call<AnnotationView[]>('annotations.list', { documentId: newer.item.id })).toHaveLength(0);
    expect((await call<OpenedDocument>('library.open', { id: newer.item.id })).previousVersion?.id).toBe(id);
  });
});
