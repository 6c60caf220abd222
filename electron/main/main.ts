/**
 * The Electron main process: one hardened window on app://lectern, the study service behind IPC,
 * a single-instance lock, and the window's size and place remembered.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { createService } from '../service/service';
import { acquireDataDirLock } from '../store/data-dir-lock';
import { openStore, type Store } from '../store/store';
import { registerIpc } from './ipc';
import { fileFilters } from '../domain/import';
import { pickImportFileWithDialog } from './import-file';
import { saveFileWithDialog } from './save-file';
import { APP_SCHEME, serveRenderer } from './protocol';
import { lockDownContents, lockDownSession } from './security';
import { APP_ORIGIN, windowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

function rememberBounds(win: BrowserWindow, store: Store): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const { x, y, width, height } = win.getNormalBounds();
      void store.update((draft) => {
        draft.window = { x, y, width, height, maximized: win.isMaximized() };
      }).catch(() => undefined);
    }, 400);
  };
  win.on('resize', save);
  win.on('move', save);
  win.on('maximize', save);
  win.on('unmaximize', save);
}

async function createWindow(store: Store): Promise<BrowserWindow> {
  const saved = store.read().window;
  const win = new BrowserWindow(windowOptions(path.join(here, 'preload.cjs'), saved));
  lockDownContents(win.webContents);
  rememberBounds(win, store);
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

async function start(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  await app.whenReady();
  lockDownSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  serveRenderer(protocol, rendererDir);

  const dataDir = process.env.LECTERN_DATA_DIR ? path.resolve(process.env.LECTERN_DATA_DIR) : app.getPath('userData');
  // The single-instance lock keys on Electron's own folder; this one also keeps a web host (or an
  // app started with another LECTERN_DATA_DIR) off the same data.
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  app.on('will-quit', () => lock.release());
  const store = await openStore({ dataDir });
  const saveFile = saveFileWithDialog({
    defaultDir: app.getPath('documents'),
    showSaveDialog: (options) => {
      const focused = BrowserWindow.getFocusedWindow();
      return focused ? dialog.showSaveDialog(focused, options) : dialog.showSaveDialog(options);
    },
  });
  const pickImportFile = pickImportFileWithDialog({
    defaultDir: app.getPath('documents'),
    filters: fileFilters,
    showOpenDialog: (options) => {
      const focused = BrowserWindow.getFocusedWindow();
      return focused ? dialog.showOpenDialog(focused, options) : dialog.showOpenDialog(options);
    },
  });
  registerIpc(ipcMain, createService({ store, saveFile, pickImportFile }));

  let win = await createWindow(store);
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow(store).then((created) => (win = created));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

start().catch((error: unknown) => {
  dialog.showErrorBox('Lectern could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
