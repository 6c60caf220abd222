/**
 * The Electron main process: Electron's objects handed to the shell (shell.ts), which keeps one
 * hardened window on app://lectern with the study service behind IPC. Order matters here: the
 * data folder becomes userData and `second-instance` is listened to before the single-instance
 * lock is asked for, all before `ready`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, type BaseWindow } from 'electron';
import { createStudyService } from '../service/service';
import { acquireDataDirLock } from '../store/data-dir-lock';
import { openStore } from '../store/store';
import { menuTemplate } from './app-menu';
import type { WindowKeeper } from './app-window';
import { registerIpc } from './ipc';
import { launchOptions, type LaunchOptions } from './launch-options';
import { menuActions } from './menu-actions';
import { PendingWork, trackedStore } from '../store/pending-work';
import { fileFilters } from '../domain/import';
import { pickImportFilesWithDialog } from './import-file';
import { registerDroppedImport } from './import-dropped';
import { registerAppScheme, serveRenderer } from './protocol';
import { firstScreenOf, firstScreenPage } from '../web-host/first-screen-page';
import { preRenderFirstScreen } from '../../renderer/first-screen/pre-render';
import { flushRenderer } from './renderer-flush';
import { saveFileWithDialog } from './save-file';
import { lockDownContents, lockDownSession } from './security';
import { startShell } from './shell';
import { claimSingleInstance } from './single-instance';
import { APP_ORIGIN, windowOptions } from './window-options';
import type { WindowPlace } from './window-place';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'renderer');

registerAppScheme(protocol);

let keeper: WindowKeeper<BrowserWindow> | null = null;
/** index.html with the reader's first screen in it, once the data is open (first-screen-page.ts). */
let firstScreen: ((page: string) => Promise<string>) | null = null;

/** Dialogs sit on the window when there is one (modal), else stand alone. */
const parent = (): BaseWindow | null => keeper?.current() ?? BrowserWindow.getFocusedWindow();

function makeWindow(place: WindowPlace): BrowserWindow {
  const win = new BrowserWindow(windowOptions(path.join(here, 'preload.cjs'), place));
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  win.loadURL(`${APP_ORIGIN}/index.html`).catch((error: unknown) => {
    dialog.showErrorBox('Lectern could not open its window', error instanceof Error ? error.message : String(error));
  });
  return win;
}

async function start(dataDirOption: string | null, now: (() => Date) | null): Promise<void> {
  await app.whenReady();
  lockDownSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  serveRenderer(protocol, rendererDir, async (page) => (firstScreen ? firstScreen(page) : null));

  const dataDir = dataDirOption ?? app.getPath('userData');
  // Electron's lock covers two desktop apps; this one also keeps a web host off the same data.
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  const work = new PendingWork();
  const store = trackedStore(await openStore({ dataDir }), work);
  const withParent = <O, R>(show: (win: BaseWindow, options: O) => Promise<R>, alone: (options: O) => Promise<R>) => (options: O) => {
    const win = parent();
    return win ? show(win, options) : alone(options);
  };
  const saveFile = saveFileWithDialog({
    defaultDir: app.getPath('documents'),
    showSaveDialog: withParent((w, o) => dialog.showSaveDialog(w, o), (o) => dialog.showSaveDialog(o)),
    showMessageBox: withParent((w, o) => dialog.showMessageBox(w, o), (o) => dialog.showMessageBox(o)),
  });
  const pickImportFiles = pickImportFilesWithDialog({
    defaultDir: app.getPath('documents'),
    filters: fileFilters,
    showOpenDialog: withParent((w, o) => dialog.showOpenDialog(w, o), (o) => dialog.showOpenDialog(o)),
  });
  // Built beside this bundle in dist/electron; a worker thread loads it from app.asar (docs/decisions.md).
  const importWorker = new URL('./import-worker.mjs', import.meta.url);
  const service = createStudyService({ store, saveFile, pickImportFiles, importWorker, ...(now ? { now } : {}) });
  const { handlers } = service;
  firstScreen = async (page) => firstScreenPage(page, await firstScreenOf(handlers), preRenderFirstScreen);
  registerIpc(ipcMain, handlers, (call) => work.track(call));
  registerDroppedImport(ipcMain, service.imports);

  const actions = menuActions({
    handlers,
    page: () => keeper?.current()?.webContents ?? null,
    flushPage: async () => {
      const win = keeper?.current();
      if (win) await flushRenderer(win.webContents, ipcMain);
      await work.idle();
    },
    showOpenDialog: withParent((w, o) => dialog.showOpenDialog(w, o), (o) => dialog.showOpenDialog(o)),
    showMessageBox: withParent((w, o) => dialog.showMessageBox(w, o), (o) => dialog.showMessageBox(o)),
    showError: (title, message) => dialog.showErrorBox(title, message),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ platform: process.platform, packaged: app.isPackaged, actions })));

  keeper = startShell({
    app,
    platform: process.platform,
    ipc: ipcMain,
    store,
    work,
    screen,
    makeWindow,
    releaseLock: () => lock.release(),
    log: (error) => console.error('Lectern: saving before quitting failed:', error),
  });
  keeper.show();
}

/** The environment's options, or null (after saying why) when they make no sense. */
function readOptions(): LaunchOptions | null {
  try {
    return launchOptions(process.env);
  } catch (error) {
    // showErrorBox is the one dialog that works before `ready` (docs/api/dialog.md).
    dialog.showErrorBox('Lectern could not start', error instanceof Error ? error.message : String(error));
    return null;
  }
}

const options = readOptions();
if (!options) {
  app.exit(1);
} else if (!claimSingleInstance(app, options.dataDir, () => void keeper?.show())) {
  // Another Lectern has this data folder; it was told (second-instance) and comes to the front.
  app.quit();
} else {
  start(options.dataDir, options.now).catch((error: unknown) => {
    dialog.showErrorBox('Lectern could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
