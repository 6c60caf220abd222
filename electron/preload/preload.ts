/**
 * The bridge: exposes `window.lectern`, one function per contract method, each invoking its own IPC
 * channel. Never exposes ipcRenderer itself. Replies arrive as Reply values and are unwrapped here
 * so the renderer sees the same StudyApi as over HTTP. The method names come from main once, at
 * start, so this bundle does not carry the contract's schemas.
 *
 * Main's two other messages become DOM events and keystrokes the page already understands, so the
 * page needs no Electron-only code: a flush request is the `lectern:flush-saves` event (answered once
 * its listeners ran), and a menu command is the page's own shortcut or a hash route.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHODS_CHANNEL, ipcChannel } from '../contract/channels';
import type { Reply, StudyApi } from '../contract/contract';
import { StudyCallError } from '../contract/call-error';
import {
  FLUSH_SAVES_CHANNEL,
  FLUSH_SAVES_DONE_CHANNEL,
  FLUSH_SAVES_EVENT,
  IMPORT_DOCUMENT_EVENT,
  IMPORT_DROPPED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  PAGE_SHORTCUTS,
} from '../contract/shell-events';

const methods = ipcRenderer.sendSync(METHODS_CHANNEL) as string[];

const api = Object.fromEntries(
  methods.map((method) => [
    method,
    async (input: unknown) => {
      const reply = (await ipcRenderer.invoke(ipcChannel(method), input)) as Reply<unknown>;
      if (reply.ok) return reply.value;
      throw new StudyCallError(reply.error.code, reply.error.message);
    },
  ]),
) as StudyApi;

contextBridge.exposeInMainWorld('lectern', api);

/** Unwraps a reply as the contract methods do. */
const valueOf = (reply: Reply<unknown>) => {
  if (reply.ok) return reply.value;
  throw new StudyCallError(reply.error.code, reply.error.message);
};

// A dropped file goes to main by its path, which the page never sees (Electron 41, docs/api/web-utils.md:
// call getPathForFile in the preload). It throws for a non-File and answers '' for a File the page made.
contextBridge.exposeInMainWorld('lecternFiles', {
  importDropped: async (file: unknown) => {
    let filePath = '';
    try {
      filePath = webUtils.getPathForFile(file as File);
    } catch {
      filePath = '';
    }
    return valueOf((await ipcRenderer.invoke(IMPORT_DROPPED_CHANNEL, filePath)) as Reply<unknown>);
  },
});

// Listeners run synchronously inside dispatchEvent and start their saves (IPC calls) there, so the
// answer below reaches main after those calls: one frame's messages arrive in order.
ipcRenderer.on(FLUSH_SAVES_CHANNEL, (_event, request: unknown) => {
  window.dispatchEvent(new Event(FLUSH_SAVES_EVENT));
  ipcRenderer.send(FLUSH_SAVES_DONE_CHANNEL, request);
});

const SHORTCUT_KEYS = new Set<string>(Object.values(PAGE_SHORTCUTS).map((shortcut) => shortcut.key));
const mac = navigator.platform.startsWith('Mac');

ipcRenderer.on(MENU_COMMAND_CHANNEL, (_event, command: { shortcut?: unknown; navigate?: unknown; event?: unknown }) => {
  if (command?.event === IMPORT_DOCUMENT_EVENT) {
    window.dispatchEvent(new Event(IMPORT_DOCUMENT_EVENT));
  } else if (typeof command?.navigate === 'string' && /^[a-z-]+$/.test(command.navigate)) {
    window.location.hash = `#/${command.navigate}`;
  } else if (typeof command?.shortcut === 'string' && SHORTCUT_KEYS.has(command.shortcut)) {
    // The same key the person would press, where a key press would land.
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(new KeyboardEvent('keydown', { key: command.shortcut, ctrlKey: !mac, metaKey: mac, bubbles: true, cancelable: true }));
  }
});
