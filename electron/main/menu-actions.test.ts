import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article } from '../../data/article';
import { deck } from '../../data/flashcards';
import { dispatch } from '../contract/dispatch';
import { IMPORT_DOCUMENT_EVENT, MENU_COMMAND_CHANNEL } from '../contract/shell-events';
import { createService } from '../service/service';
import type { SaveFile } from '../service/deps';
import { openStore } from '../store/store';
import { menuActions, type MenuActionDeps } from './menu-actions';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'lectern-menu-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function setUp(options: { picked?: string | null; saveFile?: SaveFile } = {}) {
  const store = await openStore({ dataDir: path.join(dir, 'data') });
  const handlers = createService({ store, saveFile: options.saveFile ?? (async () => ({ outcome: 'cancelled' as const })) });
  const page = { send: vi.fn<(channel: string, ...args: unknown[]) => void>(), reload: vi.fn<() => void>() };
  const errors: string[] = [];
  const messages: string[] = [];
  const deps: MenuActionDeps = {
    handlers,
    page: () => page,
    flushPage: async () => undefined,
    showOpenDialog: async () => (options.picked ? { canceled: false, filePaths: [options.picked] } : { canceled: true, filePaths: [] }),
    showMessageBox: async (box) => (messages.push(`${box.message}: ${box.detail ?? ''}`), { response: 0 }),
    showError: (title, message) => void errors.push(`${title}: ${message}`),
  };
  return { actions: menuActions(deps), page, errors, messages, store, handlers };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('menu actions', () => {
  it('sends the page its shortcut and routes', async () => {
    const { actions, page } = await setUp();
    actions.page('text-larger');
    actions.navigate('selftest');
    expect(page.send.mock.calls).toEqual([[MENU_COMMAND_CHANNEL, { shortcut: '=' }], [MENU_COMMAND_CHANNEL, { navigate: 'selftest' }]]);
  });

  it('asks the page to run its own document import', async () => {
    const { actions, page } = await setUp();
    actions.importDocument();
    expect(page.send.mock.calls).toEqual([[MENU_COMMAND_CHANNEL, { event: IMPORT_DOCUMENT_EVENT }]]);
  });

  it('exports flashcards through the same save dialog as the page', async () => {
    const saved: string[] = [];
    const { actions } = await setUp({ saveFile: async (file) => (saved.push(file.fileName), { outcome: 'saved', path: `/x/${file.fileName}` }) });
    actions.exportCards('csv');
    actions.exportAnnotations('markdown');
    await vi.waitFor(() => expect(saved).toHaveLength(2), { timeout: 3_000 });
    expect(saved.sort()).toEqual([expect.stringMatching(new RegExp(`^lectern-annotations-${article.id}-.+\\.md$`)), expect.stringMatching(/^lectern-flashcards-.+\.csv$/)]);
  });

  it('imports a file the person picked, then reloads the page to show it', async () => {
    const file = path.join(dir, 'mine.jsonld');
    const { actions, page, errors, messages, handlers } = await setUp({ picked: file });
    const p = article.paragraphs[1]!.id;
    await dispatch(handlers, 'annotations.create', { documentId: article.id, from: { paragraphId: p, offset: 0 }, to: { paragraphId: p, offset: 12 }, color: 'yellow' });
    await writeFile(file, (await handlers['annotations.export']({ documentId: article.id, format: 'jsonld' })).content);
    actions.importAnnotations();
    await vi.waitFor(() => expect(page.reload).toHaveBeenCalledOnce(), { timeout: 3_000 });
    expect(errors).toEqual([]);
    // The file holds the one annotation already here: the report says so, per outcome.
    expect(messages).toEqual([`Annotations imported: 0 added, 0 updated, 1 unchanged, 0 skipped, from ${file}.`]);
  });

  it('refuses a file that is not an annotation export, with its reason, and reloads nothing', async () => {
    const file = path.join(dir, 'notes.json');
    await writeFile(file, '{"not": "annotations"}');
    const { actions, page, errors } = await setUp({ picked: file });
    actions.importAnnotations();
    await vi.waitFor(() => expect(errors).toEqual([expect.stringMatching(/^Nothing was imported: .+/)]), { timeout: 3_000 });
    expect(page.reload).not.toHaveBeenCalled();
  });

  it('does nothing when the open dialog is cancelled', async () => {
    const { actions, errors, page } = await setUp({ picked: null });
    actions.importAnnotations();
    await settle();
    expect(errors).toEqual([]);
    expect(page.reload).not.toHaveBeenCalled();
  });

  describe('on the open document', () => {
    type Saved = { fileName: string; content: string | Uint8Array };
    async function withPastedOpen(saved: Saved[], picked?: string) {
      const setup = await setUp({ ...(picked ? { picked } : {}), saveFile: async (file) => (saved.push(file), { outcome: 'saved', path: `/x/${file.fileName}` }) });
      const pasted = await setup.handlers['library.paste']({ title: 'Notes on tides', author: '', text: 'The moon pulls the sea toward it.\n\nTwo high tides reach each coast every day.' });
      if (pasted.outcome !== 'imported') throw new Error('not imported');
      const id = pasted.item.id;
      // The reader opens a document this way; it becomes the one the app reopens on.
      await setup.handlers['library.open']({ id });
      const block = (await setup.handlers['library.open']({ id }))!.document.sections[0]!.blocks[1]!;
      await setup.handlers['cards.create']({ documentId: id, kind: 'basic', front: 'How many high tides a day?', source: { paragraph: block.id, start: 0, end: 14, quote: 'Two high tides' } });
      return { ...setup, id, block };
    }
    // A deck card's words, as every export of the article's deck carries them.
    const deckWords = deck.cards[0]!.source.quote.slice(0, 30);
    const text = (file: Saved) => (typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content));

    it('exports the annotations and cards of the document the reader has open', async () => {
      const saved: Saved[] = [];
      const { actions, id, errors } = await withPastedOpen(saved);
      actions.exportAnnotations('markdown');
      await vi.waitFor(() => expect(saved).toHaveLength(1), { timeout: 3_000 });
      actions.exportCards('csv');
      await vi.waitFor(() => expect(saved).toHaveLength(2), { timeout: 3_000 });
      expect(errors).toEqual([]);
      expect(saved[0]!.fileName).toMatch(new RegExp(`^lectern-annotations-${id}-`));
      expect(text(saved[0]!)).toContain('Notes on tides');
      const csv = text(saved[1]!);
      expect(csv).toContain('How many high tides a day?');
      // None of the built-in article's deck: only the open document's cards.
      expect(csv).not.toContain(deckWords);
    });

    it('exports every document’s cards when the deck picked is all documents', async () => {
      const saved: Saved[] = [];
      const { actions, handlers } = await withPastedOpen(saved);
      await handlers['flashcards.updateSettings']({ deck: 'all' });
      actions.exportCards('csv');
      await vi.waitFor(() => expect(saved).toHaveLength(1), { timeout: 3_000 });
      expect(text(saved[0]!)).toContain('How many high tides a day?');
      expect(text(saved[0]!)).toContain(deckWords);
    });

    it('imports annotations into the open document', async () => {
      const file = path.join(dir, 'tides.jsonld');
      const saved: Saved[] = [];
      const { actions, handlers, id, block, messages, errors } = await withPastedOpen(saved, file);
      await dispatch(handlers, 'annotations.create', { documentId: id, from: { paragraphId: block.id, offset: 0 }, to: { paragraphId: block.id, offset: 14 }, color: 'yellow' });
      await writeFile(file, (await handlers['annotations.export']({ documentId: id, format: 'jsonld' })).content);
      actions.importAnnotations();
      await vi.waitFor(() => expect(messages).toHaveLength(1), { timeout: 3_000 });
      expect(errors).toEqual([]);
      // Imported into the document it came from, it matches what is there; into the article it would be skipped.
      expect(messages[0]).toMatch(/0 added, 0 updated, 1 unchanged, 0 skipped/);
    });
  });
});
