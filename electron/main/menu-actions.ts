/**
 * What the application menu's items do. Page commands go to the page (the preload runs the page's own
 * shortcut, so menu and keyboard share one path); exports and imports run here, through the same
 * contract methods and main-side dialogs the page uses, each input checked by the contract.
 */
import { readFile, stat } from 'node:fs/promises';
import type { MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
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

type Call = (title: string, method: string, input: unknown) => Promise<unknown>;

/**
 * The document the window has open: the reader opens a document through `library.open({ id })`,
 * which makes it the one read last, and reopens on that one at the next start (read last, else the
 * library's first document). The main side asks the same question, so menu and page agree.
 */
async function openDocumentId(call: Call, title: string): Promise<string | null> {
  const opened = (await call(title, 'library.open', {})) as { item: { id: string } } | null;
  if (opened) return opened.item.id;
  const listed = (await call(title, 'library.list', {})) as { items: { id: string }[] } | null;
  return listed?.items[0]?.id ?? null;
}

export function menuActions(deps: MenuActionDeps): MenuActions {
  const send = (command: MenuCommand) => deps.page()?.send(MENU_COMMAND_CHANNEL, command);
  const call: Call = async (title, method, input) => {
    const reply = await dispatch(deps.handlers, method, input);
    if (!reply.ok) deps.showError(title, reply.error.message);
    return reply.ok ? reply.value : null;
  };
  /** Runs `then` on the open document's id, or says there is none. */
  const withOpenDocument = async (title: string, then: (documentId: string) => Promise<unknown>) => {
    const documentId = await openDocumentId(call, title);
    if (documentId === null) return deps.showError(title, 'There is no document open; open one from the library first.');
    await then(documentId);
  };
  const exportCards = (format: string) => {
    const title = 'The flashcards were not exported';
    // The same cards the card browser's export buttons write: the deck picked, the open document's by default.
    void withOpenDocument(title, async (documentId) => {
      const settings = (await call(title, 'flashcards.settings', {})) as { deck?: string } | null;
      if (settings === null) return;
      await call(title, 'cards.saveExport', settings.deck === 'all' ? { format } : { format, documentId });
    });
  };
  return {
    page: (command) => send({ shortcut: PAGE_SHORTCUTS[command].key }),
    navigate: (path) => send({ navigate: path }),
    exportAnnotations: (format) => {
      const title = 'The annotations were not exported';
      void withOpenDocument(title, (documentId) => call(title, 'annotations.saveExport', { documentId, format }));
    },
    exportCards,
    importAnnotations: () => {
      const title = 'Nothing was imported';
      void withOpenDocument(title, (documentId) => importAnnotations(deps, call, documentId));
    },
    // The page runs it, so progress, the opened document and Undo are the same as from its Import menu.
    importDocument: () => send({ event: IMPORT_DOCUMENT_EVENT }),
  };
}

async function importAnnotations(deps: MenuActionDeps, call: Call, documentId: string): Promise<void> {
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
