import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnnotationView } from '../../contract/annotations';
import type { CardView } from '../../contract/flashcards-values';
import type { ImportOutcome, LibraryItem, OpenedDocument } from '../../contract/library';
import { finishDocument, importFile, importPastedText, type ImportInput, type ImportResult } from '../../domain/import';
import { CallError } from '../../contract/dispatch';
import { serviceUnderTest } from '../service-under-test';
import { acceptedExtensions } from './accepted-extensions';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-library-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const essay = 'The first paragraph of an essay on tides.\n\nThe moon pulls the sea, and the sea rises twice a day.\n\nA last word on the shore.';
const open = () => serviceUnderTest(dir);
type List = { items: LibraryItem[]; tags: string[]; sort: string };

async function pasted(call: Awaited<ReturnType<typeof open>>['call'], title = 'Tides', text = essay) {
  const outcome = await call<ImportOutcome>('library.paste', { title, author: 'A. Writer', text });
  if (outcome.outcome !== 'imported') throw new Error(`expected an import, got ${outcome.outcome}`);
  const opened = await call<OpenedDocument>('library.open', { id: outcome.item.id });
  return { ...outcome.item, blocks: opened.document.sections.flatMap((section) => section.blocks.map((block) => block.id)) };
}

describe('the library', () => {
  it('lists the built-in article first, then pasted documents, with their length', async () => {
    const { call } = await open();
    const item = await pasted(call);
    const { items } = await call<List>('library.list');
    expect(items.map((i) => [i.id, i.builtin])).toEqual([['japan-nato', true], [item.id, false]]);
    expect(items[1]).toMatchObject({ title: 'Tides', author: 'A. Writer', words: 26, sections: 1, annotations: 0, progress: 0, features: { selftest: false, argumentMap: false } });
    expect(items[0]!.features).toEqual({ selftest: true, argumentMap: true });
  });

  it('reopens on the document opened last, even one not scrolled yet, and keeps a saved place as it was', async () => {
    const { call } = await open();
    await call('reading.save', { documentId: 'japan-nato', paragraphId: 'p3', offset: 12, percent: 40 });
    const item = await pasted(call);
    expect((await call<OpenedDocument>('library.open', {}))?.item.id).toBe(item.id);
    const back = await call<OpenedDocument>('library.open', { id: 'japan-nato' });
    expect(back.reading).toMatchObject({ paragraphId: 'p3', offset: 12, percent: 40 });
    const reopened = await open();
    expect((await reopened.call<OpenedDocument>('library.open', {}))?.reading).toMatchObject({ paragraphId: 'p3', offset: 12 });
  });

  it('keeps a document’s body in its own file, never inside the data file', async () => {
    const { call, store } = await open();
    const item = await pasted(call);
    expect(await readdir(path.join(dir, 'documents'))).toEqual([`${item.id}.json`]);
    expect(await readFile(store.file, 'utf8')).not.toContain('the sea rises twice a day');
    const reopened = await open();
    const opened = await reopened.call<OpenedDocument>('library.open', { id: item.id });
    expect(opened.document.sections[0]!.blocks.map((b) => b.text)[1]).toBe('The moon pulls the sea, and the sea rises twice a day.');
  });

  it('recognises the same text a second time and answers with the document already there', async () => {
    const { call } = await open();
    const first = await pasted(call);
    const again = await call<ImportOutcome>('library.paste', { title: 'Another name', text: essay });
    expect(again).toMatchObject({ outcome: 'duplicate', item: { id: first.id, title: 'Tides' } });
    expect((await call<List>('library.list')).items).toHaveLength(2);
  });

  it('refuses a file the importer cannot read with its message, and saves nothing', async () => {
    const { imports } = await open();
    await expect(imports.importFile({ fileName: 'photo.bin', bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/“photo.bin” could not be imported: Lectern imports .*, not .bin/);
    await expect(imports.importFile({ fileName: 'empty.txt', bytes: new Uint8Array([]) })).rejects.toThrow(/empty.txt/);
    expect(await readdir(dir)).not.toContain('documents');
  });

  it('opens the document read last, with its reading place, in one answer', async () => {
    const { call } = await open();
    expect(await call('library.open', {})).toBeNull();
    const item = await pasted(call);
    await call('reading.save', { documentId: 'japan-nato', paragraphId: 'p2', offset: 3, percent: 20 });
    await call('reading.save', { documentId: item.id, paragraphId: item.blocks[1], offset: 10, percent: 50 });
    const opened = await call<OpenedDocument>('library.open', {});
    expect(opened.item.id).toBe(item.id);
    expect(opened.reading).toMatchObject({ paragraphId: item.blocks[1], offset: 10, percent: 50 });
    expect((await call<OpenedDocument>('library.open', { id: 'japan-nato' })).document.sections[0]!.blocks.map((b) => b.id)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  it('edits title, author and tags, and lists the tags in use', async () => {
    const { call } = await open();
    const item = await pasted(call);
    await call('library.update', { id: item.id, title: 'On tides', author: 'B. Writer', tags: ['Physics', 'sea', 'physics'] });
    await call('library.update', { id: 'japan-nato', tags: ['politics'] });
    const { items, tags } = await call<List>('library.list');
    expect(items[1]).toMatchObject({ title: 'On tides', author: 'B. Writer', tags: ['Physics', 'sea'] });
    expect(items[0]!.tags).toEqual(['politics']);
    expect(tags).toEqual(['Physics', 'politics', 'sea']);
  });

  it('lists the order the user last sorted in, as added until one is picked, and after a restart', async () => {
    const { call } = await open();
    expect((await call<List>('library.list')).sort).toBe('added');
    await call('settings.update', { librarySort: 'progress' });
    expect((await call<List>('library.list')).sort).toBe('progress');
    const again = await open();
    expect((await again.call<List>('library.list')).sort).toBe('progress');
  });

  it('hides the built-in article but never removes it', async () => {
    const { call, fail } = await open();
    expect((await fail('library.remove', { id: 'japan-nato' })).message).toMatch(/hide it instead/);
    await call('library.setHidden', { id: 'japan-nato', hidden: true });
    expect((await call<List>('library.list')).items[0]).toMatchObject({ id: 'japan-nato', hidden: true });
  });

  it('says a document is not in the library before saying what cannot be done to it', async () => {
    const { fail } = await open();
    expect((await fail('library.setHidden', { id: 'gone-doc', hidden: true })).message).toMatch(/There is no document “gone-doc”/);
    expect((await fail('library.remove', { id: 'gone-doc' })).message).toMatch(/There is no document “gone-doc”/);
  });
});

describe('studying an imported document', () => {
  it('highlights, notes and makes cards on it, kept apart from the article’s', async () => {
    const { call } = await open();
    const item = await pasted(call);
    const note = await call<AnnotationView>('annotations.create', { documentId: item.id, from: { paragraphId: item.blocks[1], offset: 4 }, to: { paragraphId: item.blocks[1], offset: 22 }, color: 'yellow', note: 'gravity' });
    expect(note.placement).toMatchObject({ status: 'anchored', ranges: [{ paragraphId: item.blocks[1], start: 4, end: 22 }] });
    expect(await call('annotations.list', { documentId: 'japan-nato' })).toEqual([]);
    const quote = 'the sea rises twice a day';
    const start = 'The moon pulls the sea, and '.length;
    const card = await call<CardView>('cards.create', { documentId: item.id, kind: 'basic', front: 'How often does the sea rise?', source: { paragraph: item.blocks[1], start, end: start + quote.length, quote } });
    expect(card.documentId).toBe(item.id);
    const mine = await call<{ cards: CardView[] }>('cards.list', { documentId: item.id });
    expect(mine.cards.map((c) => c.id)).toEqual([card.id]);
    const session = await call<{ cards: CardView[] }>('flashcards.session', { documentId: item.id });
    expect(session.cards.map((c) => c.id)).toEqual([card.id]);
    expect((await call<{ cards: CardView[] }>('flashcards.session', {})).cards.length).toBeGreaterThan(1);
    await call('reviews.record', { cardId: card.id, rating: 3, durationMs: 1000 });
    const { items } = await call<List>('library.list');
    expect(items[1]).toMatchObject({ annotations: 1, cards: 1, cardsDue: 0 });
    expect(await call('stats.get', { documentId: item.id })).toMatchObject({ totalReviews: 1 });
  });

  it('removes a document with Undo, and only at the next start drops it with its notes and cards', async () => {
    const first = await open();
    const item = await pasted(first.call);
    await first.call('annotations.create', { documentId: item.id, from: { paragraphId: item.blocks[0], offset: 0 }, to: { paragraphId: item.blocks[0], offset: 9 }, color: 'green' });
    await first.call('library.remove', { id: item.id });
    expect((await first.call<List>('library.list')).items.map((i) => i.id)).toEqual(['japan-nato']);
    await first.call('library.undoRemove', { id: item.id });
    expect((await first.call<List>('library.list')).items).toHaveLength(2);
    await first.call('library.remove', { id: item.id });

    const second = await open();
    expect((await second.call<List>('library.list')).items.map((i) => i.id)).toEqual(['japan-nato']);
    expect(second.store.read().annotations).toEqual([]);
    expect(second.store.read().documentTombstones).toEqual([expect.objectContaining({ id: item.id })]);
    expect(await readdir(path.join(dir, 'documents'))).toEqual([]);
    expect((await second.fail('library.undoRemove', { id: item.id })).message).toMatch(/gone for good/);
  });
});

describe('a damaged body file', () => {
  it('is restored from its backup copy, with a notice naming it', async () => {
    const { call } = await open();
    const item = await pasted(call);
    await writeFile(path.join(dir, 'documents', `${item.id}.json`), '{"id": trunc');
    const again = await open();
    const opened = await again.call<OpenedDocument>('library.open', { id: item.id });
    expect(opened.document.title).toBe('Tides');
    const { notices } = await again.call<{ notices: { kind: string; message: string }[] }>('app.status');
    expect(notices).toEqual([expect.objectContaining({ kind: 'document-recovered', message: expect.stringContaining(`documents/${item.id}.json`) })]);
    expect((await readdir(path.join(dir, 'documents'))).some((name) => name.includes('.corrupt-'))).toBe(true);
  });

  it('without a good copy is set aside and named, while every other document keeps working', async () => {
    const { call } = await open();
    const broken = await pasted(call);
    const fine = await pasted(call, 'Waves', 'Waves break on the sand.\n\nThey come back.');
    await writeFile(path.join(dir, 'documents', `${broken.id}.json`), 'garbage');
    await writeFile(path.join(dir, 'backups', 'documents', `${broken.id}.json`), 'garbage too');
    const again = await open();
    const error = await again.fail('library.open', { id: broken.id });
    expect(error.message).toMatch(/The text of “Tides” .* could not be read .* your other documents are not affected/);
    expect((await again.call<OpenedDocument>('library.open', { id: fine.id })).document.title).toBe('Waves');
    expect((await again.call<List>('library.list')).items).toHaveLength(3);
    const { notices } = await again.call<{ notices: { kind: string }[] }>('app.status');
    expect(notices.map((n) => n.kind)).toEqual(['document-damaged']);
  });
});

describe('an import a crash cut short', () => {
  it('leaves no trace: a body without an index entry is swept at the next start', async () => {
    const { call } = await open();
    await pasted(call);
    await writeFile(path.join(dir, 'documents', 'd-orphan.json'), '{}');
    await writeFile(path.join(dir, 'documents', '.d-x.json.1.2.abcd.tmp'), 'half');
    const again = await open();
    await again.call('library.list');
    expect((await readdir(path.join(dir, 'documents'))).filter((n) => !n.startsWith('d-') || n.includes('orphan'))).toEqual([]);
    expect(await readdir(path.join(dir, 'documents'))).toHaveLength(1);
  });
});

describe('how far an import got', () => {
  type Progress = { reading: { fileName: string; fraction: number | null; stage: 'reading' | 'saving' } | null };
  // The real importers, in-process; each test holds one step of them open.
  const importers = { acceptedExtensions, importFile, importPastedText, finishDocument };

  it('is not reported once stopped, though a parser that does not heed the stop is still at it; a paste is not reported', async () => {
    let finish: (result: ImportResult) => void = () => undefined;
    const parsing = new Promise<ImportResult>((resolve) => (finish = resolve));
    let pasting = false;
    let paste: () => void = () => undefined;
    const pastes = new Promise<void>((resolve) => (paste = resolve));
    const importer = {
      ...importers,
      importFile: (input: ImportInput) => {
        input.onProgress?.(0.3);
        // In-process, as in these tests: it never looks at the signal.
        return parsing;
      },
      importPastedText: (paste: { title: string; author: string; text: string }) => {
        pasting = true;
        return pastes.then(() => importPastedText(paste));
      },
    };
    const { call, imports } = await serviceUnderTest(dir, 7, { importer });
    const importing = imports.importFile({ fileName: 'heedless.txt', bytes: new TextEncoder().encode('Heedless.') });
    await vi.waitFor(async () => expect(await call<Progress>('library.importProgress')).toEqual({ reading: { fileName: 'heedless.txt', fraction: 0.3, stage: 'reading' } }));
    expect(await call('library.stopImport')).toEqual({ stopped: true });
    expect(await call('library.importProgress')).toEqual({ reading: null });
    finish(await importPastedText({ title: 'Heedless', author: '', text: 'Read all the same.' }));
    expect(await importing).toEqual({ outcome: 'stopped', fileName: 'heedless.txt' });

    const pasted = call<ImportOutcome>('library.paste', { title: 'A pasted note', text: 'Not a file.' });
    // The paste is being read: Stop would reach it, but it names no file.
    await vi.waitFor(() => expect(pasting).toBe(true));
    expect(await call('library.importProgress')).toEqual({ reading: null });
    paste();
    expect(await pasted).toMatchObject({ outcome: 'imported' });
  });

  it('reports the saving once the file is read, which Stop no longer reaches', async () => {
    let saved: () => void = () => undefined;
    const saving = new Promise<void>((resolve) => (saved = resolve));
    let finishing = false;
    const importer = {
      ...importers,
      finishDocument: async (...args: Parameters<typeof finishDocument>) => {
        finishing = true;
        await saving;
        return finishDocument(...args);
      },
    };
    const { call, imports } = await serviceUnderTest(dir, 7, { importer });
    const importing = imports.importFile({ fileName: 'tides.txt', bytes: new TextEncoder().encode(essay) });
    await vi.waitFor(() => expect(finishing).toBe(true));
    expect(await call('library.importProgress')).toEqual({ reading: { fileName: 'tides.txt', fraction: 1, stage: 'saving' } });
    expect(await call('library.stopImport')).toEqual({ stopped: false });
    saved();
    expect(await importing).toMatchObject({ outcome: 'imported', item: { source: { fileName: 'tides.txt' } } });
    expect(await call('library.importProgress')).toEqual({ reading: null });
  });
});

describe('the desktop’s open dialog', () => {
  type Picked = { outcome: 'picked'; files: { token: string; fileName: string }[] };
  const text = (fileName: string) => ({ fileName, read: async () => ({ fileName, bytes: new TextEncoder().encode(`The text of ${fileName}.`) }) });
  const threadOf = (outcome: ImportOutcome) => (outcome.outcome === 'imported' ? Number(outcome.item.title.replace('thread ', '')) : NaN);
  const newThreadId = async () => {
    const worker = new Worker('', { eval: true });
    const id = worker.threadId;
    await worker.terminate();
    return id;
  };

  it('starts the first file’s reader while the person picks, and each next one’s while the one before is read', async () => {
    let probe = 0;
    const { call } = await serviceUnderTest(dir, 7, {
      importWorker: new URL('./fixtures/stamping-worker.mjs', import.meta.url),
      pickImportFiles: async () => {
        // The dialog is open: a worker started now has a larger thread id than one started before.
        probe = await newThreadId();
        return [text('one.txt'), text('two.txt')];
      },
    });
    const picked = await call<Picked>('library.pickFiles');
    expect(picked.files.map((file) => file.fileName)).toEqual(['one.txt', 'two.txt']);
    const first = await call<ImportOutcome>('library.importPicked', { token: picked.files[0]!.token });
    expect(first).toMatchObject({ outcome: 'imported', item: { source: { fileName: 'one.txt' } } });
    expect(threadOf(first)).toBeLessThan(probe);
    // The second file's worker was started while the first was read, before this probe.
    const between = await newThreadId();
    const second = await call<ImportOutcome>('library.importPicked', { token: picked.files[1]!.token });
    expect(second).toMatchObject({ outcome: 'imported', item: { source: { fileName: 'two.txt' } } });
    expect(threadOf(second)).toBeGreaterThan(threadOf(first));
    expect(threadOf(second)).toBeLessThan(between);
  });

  it('imports a picked file once, only from the last pick, and refuses more files than it takes', async () => {
    const picks: (readonly ReturnType<typeof text>[] | null)[] = [[text('a.txt'), text('b.txt')], [text('c.txt')], null, Array.from({ length: 101 }, (_, i) => text(`n${i}.txt`))];
    const { call, fail } = await serviceUnderTest(dir, 7, { pickImportFiles: async () => picks.shift() ?? null });
    const first = await call<Picked>('library.pickFiles');
    expect(await call<ImportOutcome>('library.importPicked', { token: first.files[0]!.token })).toMatchObject({ outcome: 'imported', item: { source: { fileName: 'a.txt' } } });
    expect(await fail('library.importPicked', { token: first.files[0]!.token })).toMatchObject({ code: 'invalid-input', message: 'That file is no longer waiting to be imported; choose it again.' });
    const second = await call<Picked>('library.pickFiles');
    // b.txt belonged to the pick before: a new pick replaces it.
    expect(await fail('library.importPicked', { token: first.files[1]!.token })).toMatchObject({ code: 'invalid-input' });
    expect(await call('library.pickFiles')).toEqual({ outcome: 'cancelled' });
    // A pick cancelled replaces the last one as well.
    expect(await fail('library.importPicked', { token: second.files[0]!.token })).toMatchObject({ code: 'invalid-input' });
    expect(await fail('library.pickFiles', {})).toMatchObject({ code: 'invalid-input', message: 'Choose at most 100 files at a time: 101 were chosen, and none was imported.' });
    expect((await call<List>('library.list')).items.map((item) => item.source.fileName ?? item.id)).toEqual(['japan-nato', 'a.txt']);
  });

  it('gives the reason a picked file could not be read, naming it, and imports the others', async () => {
    const gone = { fileName: 'gone.txt', read: async () => Promise.reject(new CallError('invalid-input', '“gone.txt” could not be read (ENOENT). Nothing was imported.')) };
    const { call, fail } = await serviceUnderTest(dir, 7, { pickImportFiles: async () => [gone, text('kept.txt')] });
    const picked = await call<Picked>('library.pickFiles');
    expect(await fail('library.importPicked', { token: picked.files[0]!.token })).toMatchObject({ message: '“gone.txt” could not be read (ENOENT). Nothing was imported.' });
    expect(await call<ImportOutcome>('library.importPicked', { token: picked.files[1]!.token })).toMatchObject({ outcome: 'imported' });
  });

  it('reaches a file still being read from disk with Stop, which also ends the files of the pick not begun', async () => {
    let readNow: () => void = () => undefined;
    let reading = false;
    const slow = {
      fileName: 'slow.txt',
      read: async () => {
        reading = true;
        await new Promise<void>((resolve) => (readNow = resolve));
        return { fileName: 'slow.txt', bytes: new TextEncoder().encode('Slow to read from its disk.') };
      },
    };
    const { call, fail } = await serviceUnderTest(dir, 7, { pickImportFiles: async () => [slow, text('later.txt')] });
    const picked = await call<Picked>('library.pickFiles');
    const importing = call<ImportOutcome>('library.importPicked', { token: picked.files[0]!.token });
    await vi.waitFor(() => expect(reading).toBe(true));
    expect(await call('library.importProgress')).toEqual({ reading: { fileName: 'slow.txt', fraction: null, stage: 'reading' } });
    expect(await call('library.stopImport')).toEqual({ stopped: true });
    readNow();
    expect(await importing).toEqual({ outcome: 'stopped', fileName: 'slow.txt' });
    expect(await fail('library.importPicked', { token: picked.files[1]!.token })).toMatchObject({ code: 'invalid-input' });
    expect((await call<List>('library.list')).items.map((item) => item.id)).toEqual(['japan-nato']);
  });

  it('is unavailable where there is no dialog', async () => {
    const { call } = await open();
    expect(await call('library.pickFiles')).toEqual({ outcome: 'unavailable' });
  });
});

describe('stopping an import', () => {
  it('ends the reading of a file on its thread, answers stopped, and saves nothing', async () => {
    // The stand-in worker never answers, as a parser stuck on a slow file would not.
    const { call, imports } = await serviceUnderTest(dir, 7, { importWorker: new URL('./fixtures/stalling-worker.mjs', import.meta.url) });
    expect(await call('library.stopImport')).toEqual({ stopped: false });
    const importing = imports.importFile({ fileName: 'slow.md', bytes: new TextEncoder().encode('A slow text.') });
    let stop: { stopped: boolean } = { stopped: false };
    // The reading starts once the library is ready; stop as soon as it has.
    for (let tries = 0; tries < 100 && !stop.stopped; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      stop = await call<{ stopped: boolean }>('library.stopImport');
    }
    expect(stop).toEqual({ stopped: true });
    expect(await importing).toEqual({ outcome: 'stopped', fileName: 'slow.md' });
    expect((await call<List>('library.list')).items.map((item) => item.id)).toEqual(['japan-nato']);
    expect(await call('library.stopImport')).toEqual({ stopped: false });
  });

  it('tells which file is being read and how far its reading got, until it ends', async () => {
    type Progress = { reading: { fileName: string; fraction: number | null; stage: 'reading' | 'saving' } | null };
    const { call, imports } = await serviceUnderTest(dir, 7, { importWorker: new URL('./fixtures/halfway-worker.mjs', import.meta.url) });
    expect(await call('library.importProgress')).toEqual({ reading: null });
    const importing = imports.importFile({ fileName: 'long.epub', bytes: new TextEncoder().encode('A long book.') });
    let progress: Progress = { reading: null };
    for (let tries = 0; tries < 200 && progress.reading?.fraction !== 0.4; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await call<Progress>('library.importProgress');
    }
    expect(progress).toEqual({ reading: { fileName: 'long.epub', fraction: 0.4, stage: 'reading' } });
    expect(await call('library.stopImport')).toEqual({ stopped: true });
    // Stopped: no longer reported as read, even before the worker has gone.
    expect(await call('library.importProgress')).toEqual({ reading: null });
    expect(await importing).toEqual({ outcome: 'stopped', fileName: 'long.epub' });
    expect(await call('library.importProgress')).toEqual({ reading: null });
  });
});

