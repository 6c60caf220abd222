/**
 * Two changes made a moment apart: the second is handled while the first is still being written
 * (the store commits only after fsync). Each must build on the other, never undo it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { paragraphText } from '../../data/article';
import type { AuthoredQuestionView } from '../contract/questions-values';
import type { CardView } from '../contract/flashcards-values';
import type { ImportOutcome, LibraryItem, OpenedDocument } from '../contract/library';
import type { FinishedAttempt, OpenAttempt } from '../contract/selftest';
import { serviceUnderTest } from './service-under-test';
import { choiceDraft } from './questions/question-drafts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-at-once-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ARTICLE = 'japan-nato';
const source = (quote: string) => {
  const start = paragraphText('p1').indexOf(quote);
  return { paragraph: 'p1' as const, start, end: start + quote.length, quote };
};

describe('changes made a moment apart', () => {
  it('keeps both answers of an attempt, given to two questions at once', async () => {
    const { call } = await serviceUnderTest(dir);
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: ARTICLE, mode: 'all' });
    await Promise.all([
      call('selftest.answer', { documentId: ARTICLE, attemptId: attempt.id, questionId: 'tf-ruled-out', answer: { kind: 'truefalse', value: false } }),
      call('selftest.answer', { documentId: ARTICLE, attemptId: attempt.id, questionId: 'tf-japan-only', answer: { kind: 'truefalse', value: true } }),
    ]);
    const open = await call<OpenAttempt>('selftest.current', { documentId: ARTICLE });
    expect(Object.keys(open.answers).sort()).toEqual(['tf-japan-only', 'tf-ruled-out']);
  });

  it('grades an answer given just as the attempt is submitted, and leaves no attempt open', async () => {
    const { call } = await serviceUnderTest(dir);
    const attempt = await call<OpenAttempt>('selftest.start', { documentId: ARTICLE, mode: 'all' });
    const [, finished] = await Promise.all([
      call('selftest.answer', { documentId: ARTICLE, attemptId: attempt.id, questionId: 'tf-ruled-out', answer: { kind: 'truefalse', value: false } }),
      call<FinishedAttempt>('selftest.submit', { documentId: ARTICLE, attemptId: attempt.id }),
    ]);
    expect(finished.answers['tf-ruled-out']).toEqual({ kind: 'truefalse', value: false });
    expect(await call('selftest.current', { documentId: ARTICLE })).toBeNull();
  });

  it('deletes both of two cards deleted at once, and leaves the card after them', async () => {
    const { call } = await serviceUnderTest(dir);
    const made: CardView[] = [];
    for (const [i, quote] of ['NATO is in negotiations', 'with Japan', 'a liaison office'].entries()) {
      made.push(await call<CardView>('cards.create', { documentId: ARTICLE, kind: 'basic', front: `Front ${i}`, source: source(quote) }));
    }
    const [a, b, c] = made;
    await call('reviews.record', { cardId: c!.id, rating: 3, durationMs: 1000 });
    await Promise.all([call('cards.delete', { id: a!.id }), call('cards.delete', { id: b!.id })]);
    const own = (await call<{ cards: CardView[] }>('cards.list', { documentId: ARTICLE })).cards.filter((card) => card.id.startsWith('u-'));
    expect(own.map((card) => card.id)).toEqual([c!.id]);
    expect(own[0]!.reps).toBe(1);
  });

  it('saves an edit made while an earlier card is being deleted on the card edited', async () => {
    const { call } = await serviceUnderTest(dir);
    const a = await call<CardView>('cards.create', { documentId: ARTICLE, kind: 'basic', front: 'First', source: source('with Japan') });
    const b = await call<CardView>('cards.create', { documentId: ARTICLE, kind: 'basic', front: 'Second', source: source('a liaison office') });
    await Promise.all([call('cards.delete', { id: a.id }), call('cards.update', { id: b.id, front: 'Second, edited' })]);
    const own = (await call<{ cards: CardView[] }>('cards.list', { documentId: ARTICLE })).cards.filter((card) => card.id.startsWith('u-'));
    expect(own.map((card) => [card.id, card.front])).toEqual([[b.id, 'Second, edited']]);
  });

  it('keeps a rename and a hide of the same document made at once', async () => {
    const { call } = await serviceUnderTest(dir);
    await Promise.all([call('library.update', { id: ARTICLE, title: 'Japan and NATO', tags: ['security'] }), call('library.setHidden', { id: ARTICLE, hidden: true })]);
    const { items } = await call<{ items: LibraryItem[] }>('library.list');
    const item = items.find((i) => i.id === ARTICLE);
    expect([item?.title, item?.tags, item?.hidden]).toEqual(['Japan and NATO', ['security'], true]);
  });

  it('keeps a tag given to the older version while it is replaced by the newer one', async () => {
    const { call } = await serviceUnderTest(dir);
    const paste = async (text: string) => {
      const outcome = await call<ImportOutcome>('library.paste', { title: 'Tides', text });
      if (outcome.outcome !== 'imported') throw new Error(`expected an import, got ${outcome.outcome}`);
      return outcome.item.id;
    };
    const older = await paste('The moon pulls the sea.\n\nThe sea answers twice a day.');
    const newer = await paste('The moon pulls the sea.\n\nThe sea answers twice a day, and the shore hears it.');
    await call('library.update', { id: older, tags: ['oceans'] });
    const [, replaced] = await Promise.all([call('library.update', { id: older, tags: ['oceans', 'moon'] }), call<{ item: LibraryItem }>('library.replace', { fromId: older, toId: newer })]);
    expect([...replaced.item.tags].sort()).toEqual(['moon', 'oceans']);
  });

  it('does not bring back an own question deleted while an edit of it was on its way', async () => {
    const { call, fail } = await serviceUnderTest(dir);
    const question = choiceDraft;
    const made = await call<AuthoredQuestionView>('questions.create', { documentId: ARTICLE, question });
    const deleting = call('questions.delete', { id: made.id });
    const edit = fail('questions.update', { id: made.id, question: { ...question, prompt: 'In which city will the office open?' } });
    await deleting;
    expect((await edit).message).toContain('no longer exists');
    expect((await call<{ questions: AuthoredQuestionView[] }>('questions.list', { documentId: ARTICLE })).questions).toEqual([]);
  });

  it('restores a deleted highlight once when Undo reaches the main side twice at once', async () => {
    const { call } = await serviceUnderTest(dir);
    const start = paragraphText('p1').indexOf('liaison office');
    const made = await call<{ id: string }>('annotations.create', { documentId: ARTICLE, from: { paragraphId: 'p1', offset: start }, to: { paragraphId: 'p1', offset: start + 14 }, color: 'green' });
    const { deleted } = await call<{ deleted: unknown }>('annotations.delete', { id: made.id });
    await Promise.all([call('annotations.restore', { annotation: deleted }), call('annotations.restore', { annotation: deleted })]);
    const annotations = await call<{ id: string }[]>('annotations.list', { documentId: ARTICLE });
    expect(annotations.map((a) => a.id)).toEqual([made.id]);
  });

  it('keeps a reading place saved just as its document is opened from the library', async () => {
    const { call } = await serviceUnderTest(dir);
    const pasted = await call<ImportOutcome>('library.paste', { title: 'Tides', author: '', text: 'The moon pulls the sea.\n\nTwo high tides reach each coast.' });
    if (pasted.outcome !== 'imported') throw new Error(`the paste was not imported: ${pasted.outcome}`);
    const id = pasted.item.id;
    const opened = await call<OpenedDocument>('library.open', { id });
    const second = opened.document.sections[0]!.blocks[1]!.id;
    // The article is read last, so opening the pasted text marks it opened: as its place is saved.
    await call('reading.save', { documentId: ARTICLE, paragraphId: 'p2', offset: 0, percent: 30 });
    await Promise.all([call('reading.save', { documentId: id, paragraphId: second, offset: 3, percent: 80 }), call('library.open', { id })]);
    const again = await call<OpenedDocument>('library.open', { id });
    expect([again.reading?.paragraphId, again.reading?.offset]).toEqual([second, 3]);
  });

  it('hands Undo the highlight as last edited when the delete comes right after the edit', async () => {
    const { call } = await serviceUnderTest(dir);
    const start = paragraphText('p1').indexOf('liaison office');
    const made = await call<{ id: string }>('annotations.create', { documentId: ARTICLE, from: { paragraphId: 'p1', offset: start }, to: { paragraphId: 'p1', offset: start + 14 }, color: 'green' });
    const [, removed] = await Promise.all([call('annotations.update', { id: made.id, note: 'Tokyo, by 2024' }), call<{ deleted: { note: string } }>('annotations.delete', { id: made.id })]);
    expect(removed.deleted.note).toBe('Tokyo, by 2024');
  });
});
