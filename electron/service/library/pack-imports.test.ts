import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import examplePack from '../../../docs/example.lectern.json';
import type { DocumentMap } from '../../contract/argument-map';
import type { CardView } from '../../contract/flashcards-values';
import type { ImportOutcome, LibraryItem, OpenedDocument } from '../../contract/library';
import type { PackCreditsDraft } from '../../contract/pack-credits';
import type { FinishedAttempt, OpenAttempt, SelftestOverview } from '../../contract/selftest';
import { serviceUnderTest } from '../service-under-test';
import { HELD_CHARS, toLetGo } from './pack-imports';

const dirs: string[] = [];
const freshDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-packs-'));
  dirs.push(dir);
  return dir;
};
let dir: string;
beforeEach(async () => {
  dir = await freshDir();
});
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

type Service = Awaited<ReturnType<typeof serviceUnderTest>>;
type PackFile = typeof examplePack;
const bytesOf = (pack: unknown) => new TextEncoder().encode(JSON.stringify(pack));
const withChanges = (change: (pack: PackFile) => void): PackFile => {
  const copy = structuredClone(examplePack);
  change(copy);
  return copy;
};

/** Imports a pack file and accepts its warnings, as the review dialog's "Import anyway" does. */
async function importAccepted(service: Service, pack: unknown, fileName = 'gettysburg.lectern.json'): Promise<ImportOutcome> {
  const outcome = await service.imports.importFile({ fileName, bytes: bytesOf(pack) });
  return outcome.outcome === 'review' ? service.call<ImportOutcome>('library.confirmImport', { token: outcome.token }) : outcome;
}
const imported = (outcome: ImportOutcome): LibraryItem => {
  if (outcome.outcome !== 'imported') throw new Error(`expected an import, got ${outcome.outcome}`);
  return outcome.item;
};
const ownDocuments = async (service: Service) => (await service.call<{ items: LibraryItem[] }>('library.list')).items.filter((item) => !item.builtin);

describe('importing a study pack', () => {
  it('imports the example pack of docs/ with its deck, self-test and map, for that document only', async () => {
    const service = await serviceUnderTest(dir);
    const item = imported(await importAccepted(service, examplePack));
    expect(item).toMatchObject({ title: 'The Gettysburg Address', builtin: false, features: { selftest: true, argumentMap: true }, cards: examplePack.deck.cards.length });
    const { cards } = await service.call<{ cards: CardView[] }>('cards.list', { documentId: item.id });
    expect(cards.map((card) => card.id)).toEqual(examplePack.deck.cards.map((card) => card.id));
    const overview = await service.call<SelftestOverview>('selftest.overview', { documentId: item.id });
    expect(overview).toMatchObject({ quizId: 'gettysburg-address', questionCount: examplePack.selfTest.questions.length });
    const map = await service.call<DocumentMap>('argumentMap.get', { documentId: item.id });
    expect(map.map.nodes).toHaveLength(examplePack.argumentMap.nodes.length);
    expect(map.blocks.p1).toContain('Four score and seven years ago');
    // The built-in article keeps its own self-test.
    expect((await service.call<SelftestOverview>('selftest.overview', { documentId: 'japan-nato' })).quizId).toBe('japan-nato');
  });

  it('takes the pack’s self-test: an attempt graded against its own text', async () => {
    const service = await serviceUnderTest(dir);
    const item = imported(await importAccepted(service, examplePack));
    const attempt = await service.call<OpenAttempt>('selftest.start', { documentId: item.id, mode: 'all' });
    expect(attempt.documentId).toBe(item.id);
    const evidence = examplePack.selfTest.questions.find((q) => q.interaction === 'hottext')!;
    const text = examplePack.document.sections[0]!.blocks.find((b) => b.id === evidence.source.block)!.text;
    const start = text.indexOf(evidence.source.quote);
    await service.call('selftest.answer', { documentId: item.id, attemptId: attempt.id, questionId: evidence.id, answer: { kind: 'evidence', paragraph: evidence.source.block, selection: { start, end: start + evidence.source.quote.length } } });
    const finished = await service.call<FinishedAttempt>('selftest.submit', { documentId: item.id, attemptId: attempt.id });
    expect(finished.grades.find((g) => g.questionId === evidence.id)?.score).toBe(1);
    expect((await service.call<{ items: LibraryItem[] }>('library.list')).items.find((i) => i.id === item.id)?.lastSelftestPercent).toBe(finished.percent);
    expect(await service.call('selftest.history', { documentId: 'japan-nato' })).toEqual([]);
  });

  it('refuses a pack with a wrong quote, naming the item, field and problem, and saves nothing', async () => {
    const service = await serviceUnderTest(dir);
    const wrong = withChanges((pack) => {
      pack.deck.cards[0]!.source.quote = 'Five score and seven years ago';
    });
    await expect(service.imports.importFile({ fileName: 'wrong.lectern.json', bytes: bytesOf(wrong) })).rejects.toThrow(
      /“wrong.lectern.json” could not be imported: the pack has a problem: card how-long-ago: quote not found in block p1/,
    );
    expect(await ownDocuments(service)).toEqual([]);
    expect(await readdir(path.join(dir, 'documents')).catch(() => [])).toEqual([]);
  });

  it('refuses a pack from a newer format version, and one whose card ids another document’s cards use', async () => {
    const service = await serviceUnderTest(dir);
    const newer = withChanges((pack) => {
      pack.manifest.formatVersion = 2;
    });
    await expect(service.imports.importFile({ fileName: 'newer.lectern.json', bytes: bytesOf(newer) })).rejects.toThrow(/newer/i);
    const clash = withChanges((pack) => {
      pack.manifest.id = 'another-pack';
      pack.document.sections[0]!.blocks[0]!.text += ' (another copy)';
      pack.deck.cards[0]!.id = 'liaison-office-city';
    });
    await expect(importAccepted(service, clash)).rejects.toThrow(/card liaison-office-city: the id is already used by a card of “Japan/);
    expect(await ownDocuments(service)).toEqual([]);
  });

  it('holds every pack of a batch for review at once, each saved when accepted', async () => {
    const service = await serviceUnderTest(dir);
    // Six packs with warnings, as files picked together bring them, all reviewed after the batch.
    const tokens: string[] = [];
    for (let n = 1; n <= 6; n += 1) {
      const pack = withChanges((copy) => {
        copy.manifest.id = `gettysburg-${n}`;
        copy.manifest.title = `The Gettysburg Address, ${n}`;
        copy.document.title = `The Gettysburg Address, ${n}`;
        copy.document.sections[0]!.blocks.push({ id: 'p-note', kind: 'paragraph', text: `Copy ${n}.` });
        copy.deck.cards[1]!.front = 'Is the nation <b>conceived</b> in Liberty?';
        for (const card of copy.deck.cards) card.id = `${card.id}-${n}`;
      });
      const outcome = await service.imports.importFile({ fileName: `g${n}.lectern.json`, bytes: bytesOf(pack) });
      if (outcome.outcome !== 'review') throw new Error(`expected a review, got ${outcome.outcome}`);
      tokens.push(outcome.token);
    }
    for (const token of tokens) imported(await service.call<ImportOutcome>('library.confirmImport', { token }));
    expect((await ownDocuments(service)).map((item) => item.title).sort()).toEqual([1, 2, 3, 4, 5, 6].map((n) => `The Gettysburg Address, ${n}`));
  });

  it('lets held packs go when held too long, then the oldest while they weigh over the cap or are too many', () => {
    const at = 10_000_000;
    const held = new Map([
      ['old', { at: at - 31 * 60 * 1000, chars: 10 }],
      ['a', { at: at - 1000, chars: 40 }],
      ['b', { at: at - 500, chars: 40 }],
    ]);
    expect(toLetGo(held, 10, at, 100)).toEqual(['old']);
    expect(toLetGo(held, 30, at, 100)).toEqual(['old', 'a']);
    // The newest alone over the cap: every other goes, and it is held.
    expect(toLetGo(held, 200, at, 100)).toEqual(['old', 'a', 'b']);
    expect(toLetGo(new Map([['a', { at, chars: 40 }]]), 40, at)).toEqual([]);
    // As many as one batch brings, however light.
    expect(toLetGo(held, 1, at, 1000, 3)).toEqual(['old']);
    expect(toLetGo(held, 1, at, 1000, 2)).toEqual(['old', 'a']);
    expect(HELD_CHARS).toBeGreaterThanOrEqual(50 * 1024 * 1024);
  });

  it('holds a pack with lint warnings until they are accepted; cancelling saves nothing', async () => {
    const service = await serviceUnderTest(dir);
    const marked = withChanges((pack) => {
      pack.deck.cards[1]!.front = 'Is the nation <b>conceived</b> in Liberty?';
    });
    const outcome = await service.imports.importFile({ fileName: 'marked.lectern.json', bytes: bytesOf(marked) });
    if (outcome.outcome !== 'review') throw new Error(`expected a review, got ${outcome.outcome}`);
    expect(outcome).toMatchObject({ title: 'The Gettysburg Address', counts: { blocks: 3, cards: 5, questions: 8, mapNodes: 5 }, update: null });
    expect(outcome.warnings.join('\n')).toMatch(/founding-proposition/);
    expect(await ownDocuments(service)).toEqual([]);
    expect(await service.call('library.cancelImport', { token: outcome.token })).toEqual({ outcome: 'cancelled' });
    expect((await service.fail('library.confirmImport', { token: outcome.token })).message).toMatch(/no longer waiting/);
    expect(await ownDocuments(service)).toEqual([]);
    const again = await service.imports.importFile({ fileName: 'marked.lectern.json', bytes: bytesOf(marked) });
    if (again.outcome !== 'review') throw new Error('expected a review');
    const saved = imported(await service.call<ImportOutcome>('library.confirmImport', { token: again.token }));
    const { cards } = await service.call<{ cards: CardView[] }>('cards.list', { documentId: saved.id });
    // HTML in a pack is text: kept literally, never interpreted.
    expect(cards.find((card) => card.id === 'founding-proposition')?.front).toBe('Is the nation <b>conceived</b> in Liberty?');
  });

  it('updates a pack from a newer version, keeping progress on unchanged card ids; the same version is a duplicate, an older one refused', async () => {
    const service = await serviceUnderTest(dir);
    const first = imported(await importAccepted(service, examplePack));
    await service.call('reviews.record', { cardId: 'how-long-ago', rating: 3, durationMs: 1000 });
    expect((await importAccepted(service, examplePack)).outcome).toBe('duplicate');
    const v2 = withChanges((pack) => {
      pack.manifest.version = 2;
      pack.deck.cards = pack.deck.cards.filter((card) => card.id !== 'the-unfinished-work');
      pack.deck.cards[1]!.back = 'A revised back.';
    });
    const updated = await importAccepted(service, v2);
    expect(updated).toMatchObject({ outcome: 'imported', item: { id: first.id }, message: expect.stringContaining('from version 1 to 2') });
    const { cards } = await service.call<{ cards: CardView[] }>('cards.list', { documentId: first.id });
    expect(cards.map((card) => card.id)).not.toContain('the-unfinished-work');
    expect(cards.find((card) => card.id === 'how-long-ago')?.reps).toBe(1);
    expect(cards[1]?.back).toBe('A revised back.');
    expect(await ownDocuments(service)).toHaveLength(1);
    await expect(importAccepted(service, examplePack)).rejects.toThrow(/version 1 .* newer version 2/);
  });
});

describe('exporting a document as a pack', () => {
  it('gives a file that imports on a fresh data folder as the same study set: deck and own cards, questions, map', async () => {
    const service = await serviceUnderTest(dir);
    const item = imported(await importAccepted(service, examplePack));
    const quote = 'government of the people, by the people, for the people';
    const block = examplePack.document.sections[0]!.blocks.find((b) => b.text.includes(quote))!;
    const start = block.text.indexOf(quote);
    await service.call('cards.create', { kind: 'basic', documentId: item.id, front: 'What shall not perish?', back: quote, source: { paragraph: block.id, start, end: start + quote.length, quote } });
    const credits = await service.call<PackCreditsDraft>('library.packCredits', { id: item.id });
    expect(credits).toMatchObject({ packAuthor: examplePack.manifest.packAuthor, licence: examplePack.manifest.licence });
    const file = await service.call<{ fileName: string; content: string }>('library.exportPack', { id: item.id, credits });
    expect(file.fileName).toMatch(/^the-gettysburg-address-.*\.lectern\.json$/);

    const elsewhere = await serviceUnderTest(await freshDir());
    const there = imported(await importAccepted(elsewhere, JSON.parse(file.content), file.fileName));
    const cardsOf = async (s: Service, id: string) => (await s.call<{ cards: CardView[] }>('cards.list', { documentId: id })).cards.map((c) => [c.id, c.kind, c.front, c.back, c.source.quote]);
    expect(await cardsOf(elsewhere, there.id)).toEqual(await cardsOf(service, item.id));
    const questions = async (s: Service, id: string) => (await s.call<OpenAttempt>('selftest.start', { documentId: id, mode: 'all' })).questionSnapshots;
    expect(await questions(elsewhere, there.id)).toEqual(await questions(service, item.id));
    expect((await elsewhere.call<DocumentMap>('argumentMap.get', { documentId: there.id })).map).toEqual((await service.call<DocumentMap>('argumentMap.get', { documentId: item.id })).map);
  });

  it('exports the built-in article as a valid pack', async () => {
    const service = await serviceUnderTest(dir);
    const credits = await service.call<PackCreditsDraft>('library.packCredits', { id: 'japan-nato' });
    const file = await service.call<{ content: string }>('library.exportPack', { id: 'japan-nato', credits });
    const pack = JSON.parse(file.content) as PackFile;
    expect(pack.manifest.id).toBe('japan-nato');
    expect(pack.selfTest.questions.length).toBeGreaterThan(10);
  });

  it('names who made a pasted document’s pack and on what terms, as the user said, and offers the same next time', async () => {
    const service = await serviceUnderTest(dir);
    const pasted = await service.call<{ outcome: string; item: { id: string } }>('library.paste', { title: 'Notes on tides', text: 'The moon pulls the sea.\n\nThe sea rises twice a day.' });
    expect(await service.call<PackCreditsDraft>('library.packCredits', { id: pasted.item.id })).toEqual({ packAuthor: '', licence: 'CC-BY-4.0', language: 'en', description: '' });
    const refused = await service.fail('library.exportPack', { id: pasted.item.id, credits: { packAuthor: '  ', licence: 'CC0-1.0', language: 'en' } });
    expect(refused.message).toMatch(/Made by cannot be empty/);
    const file = await service.call<{ content: string }>('library.exportPack', { id: pasted.item.id, credits: { packAuthor: 'A. Student', licence: 'CC0-1.0', language: 'en-GB', description: 'Two facts about tides.' } });
    expect((JSON.parse(file.content) as PackFile).manifest).toMatchObject({ packAuthor: 'A. Student', licence: 'CC0-1.0', language: 'en-GB', description: 'Two facts about tides.' });
    // A second export is a newer version: where the first went, it updates that copy and brings the new card.
    const quote = 'The sea rises twice a day.';
    const blockId = (await service.call<OpenedDocument>('library.open', { id: pasted.item.id })).document.sections[0]!.blocks[1]!.id;
    await service.call('cards.create', { kind: 'basic', documentId: pasted.item.id, front: 'How often does the sea rise?', back: 'Twice a day', source: { paragraph: blockId, start: 0, end: quote.length, quote } });
    const again = await service.call<{ content: string }>('library.exportPack', { id: pasted.item.id, credits: { packAuthor: 'A. Student', licence: 'CC0-1.0', language: 'en-GB' } });
    expect([JSON.parse(file.content), JSON.parse(again.content)].map((p: PackFile) => p.manifest.version)).toEqual([1, 2]);
    expect((JSON.parse(again.content) as PackFile).manifest.description).toBeUndefined();
    const elsewhere = await serviceUnderTest(await freshDir());
    const first = imported(await importAccepted(elsewhere, JSON.parse(file.content)));
    const second = await importAccepted(elsewhere, JSON.parse(again.content));
    expect(second).toMatchObject({ outcome: 'imported', item: { id: first.id } });
    expect((await elsewhere.call<{ cards: CardView[] }>('cards.list', { documentId: first.id })).cards.map((c) => c.front)).toEqual(['How often does the sea rise?']);

    const other = await service.call<{ item: { id: string } }>('library.paste', { title: 'Notes on winds', text: 'Winds push the surface water.' });
    expect(await service.call<PackCreditsDraft>('library.packCredits', { id: other.item.id })).toEqual({ packAuthor: 'A. Student', licence: 'CC0-1.0', language: 'en-GB', description: '' });
  });
});
