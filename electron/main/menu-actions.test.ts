import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { article } from '../../data/article';
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
    await settle();
    expect(saved).toEqual([expect.stringMatching(/^lectern-flashcards-.+\.csv$/), expect.stringMatching(new RegExp(`^lectern-annotations-${article.id}-.+\\.md$`))]);
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
});
