/**
 * What the application menu's items do. Page commands go to the page (the preload runs the page's own
 * shortcut, so menu and keyboard share one path); exports and imports run here, through the same
 * contract methods and main-side dialogs the page uses, each input checked by the contract.
 */
import { readFile, stat } from 'node:fs/promises';
import type { MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { article } from '../../data/article';
import { MAX_IMPORT_LENGTH } from '../contract/annotation-values';
import type { Handlers } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { IMPORT_DOCUMENT_EVENT, MENU_COMMAND_CHANNEL } from '../contract/shell-events';
import { PAGE_SHORTCUTS, type MenuActions } from './app-menu';

export type MenuCommand = { shortcut: string } | { navigate: string } | { event: typeof IMPORT_DOCUMENT_EVENT };

export interface MenuActionDeps {
  handlers: Handlers;
  /** The window's page, if a window is open (the menu also works with none on macOS). */
  page(): { send(channel: string, ...args: unknown[]): void; reload(): void } | null;
  /** Asks the page to save what it holds (before a reload). */
  flushPage(): Promise<void>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showMessageBox(options: MessageBoxOptions): Promise<unknown>;
  showError(title: string, message: string): void;
}

// The built-in article is the only document until the library lands; then this becomes the open one.
const documentId = article.id;

export function menuActions(deps: MenuActionDeps): MenuActions {
  const send = (command: MenuCommand) => deps.page()?.send(MENU_COMMAND_CHANNEL, command);
  const call = async (title: string, method: string, input: unknown) => {
    const reply = await dispatch(deps.handlers, method, input);
    if (!reply.ok) deps.showError(title, reply.error.message);
    return reply.ok ? reply.value : null;
  };
  return {
    page: (command) => send({ shortcut: PAGE_SHORTCUTS[command].key }),
    navigate: (path) => send({ navigate: path }),
    exportAnnotations: (format) => void call('The annotations were not exported', 'annotations.saveExport', { documentId, format }),
    exportCards: (format) => void call('The flashcards were not exported', 'cards.saveExport', { format }),
    importAnnotations: () => void importAnnotations(deps, call),
    // The page runs it, so progress, the opened document and Undo are the same as from its Import menu.
    importDocument: () => send({ event: IMPORT_DOCUMENT_EVENT }),
  };
}

async function importAnnotations(deps: MenuActionDeps, call: (title: string, method: string, input: unknown) => Promise<unknown>): Promise<void> {
  const title = 'Nothing was imported';
  const picked = await deps.showOpenDialog({
    title: 'Import annotations',
    filters: [{ name: 'JSON-LD (W3C Web Annotation)', extensions: ['jsonld', 'json'] }],
    properties: ['openFile'],
  });
  const file = picked.canceled ? undefined : picked.filePaths[0];
  if (!file) return;
  // A character is at most 4 bytes: a larger file cannot fit the import's cap, so it is not read at all.
  const { size } = await stat(file);
  if (size > MAX_IMPORT_LENGTH * 4) return deps.showError(title, `${file} is larger than an annotation import can be (${MAX_IMPORT_LENGTH.toLocaleString('en')} characters).`);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    deps.showError(title, `${file} could not be read (${error.code ?? error.message}).`);
    return null;
  });
  if (text === null) return;
  const report = (await call(title, 'annotations.import', { documentId, text })) as { added: number; updated: number; unchanged: number; skipped: number } | null;
  if (!report) return;
  await deps.showMessageBox({ type: 'info', message: 'Annotations imported', detail: `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.skipped} skipped, from ${file}.` });
  // The reader lists annotations when it opens: save what the page holds, then open it again.
  await deps.flushPage();
  deps.page()?.reload();
}
