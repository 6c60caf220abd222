/**
 * Test doubles for the slices of Electron the shell uses, each behaving as Electron 41.7.1's source
 * does (cited per class), so a test fails where the real app would:
 * - FakeApp: Browser::Quit, HandleBeforeQuit, OnWindowCloseCancelled, OnWindowAllClosed and
 *   NotifyAndShutdown (shell/browser/browser.cc); App::SetPath refusing a relative path and
 *   App::RequestSingleInstanceLock keyed on the userData folder (shell/browser/api/electron_api_app.cc).
 * - FakeWindow: `close` emitted before closing, preventDefault keeps it open and cancels a quit
 *   (NativeWindow::NotifyWindowCloseButtonClicked); a destroyed window throws "Object has been
 *   destroyed" from every method but isDestroyed (gin_helper's wrappable check).
 * - FakeProtocol: registerSchemesAsPrivileged throwing once the app is ready, and for code cache
 *   without `standard` (both in shell/browser/api/electron_api_protocol.cc).
 * Not used by the app; only tests import it.
 */
import path from 'node:path';

type Listener = (...args: never[]) => unknown;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: string, listener: Listener): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener));
    return this;
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) (listener as (...a: unknown[]) => unknown)(...args);
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

export function preventable(): { preventDefault(): void; readonly defaultPrevented: boolean } {
  let prevented = false;
  return {
    preventDefault: () => void (prevented = true),
    get defaultPrevented() {
      return prevented;
    },
  };
}

/** Single-instance locks held on this fake machine, by userData folder. */
const heldLocks = new Map<string, FakeApp>();

export class FakeApp extends Emitter {
  readonly windows: FakeWindow[] = [];
  readonly events: string[] = [];
  private quitting = false;
  exited = false;
  userData = '/home/me/.config/Lectern';
  lockedUserData: string | null = null;

  override emit(event: string, ...args: unknown[]): void {
    this.events.push(event);
    super.emit(event, ...args);
  }

  quit(): void {
    if (this.quitting || this.exited) return;
    const event = preventable();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quitting = true;
    if (this.windows.length === 0) this.notifyAndShutdown();
    else for (const win of [...this.windows]) win.close();
  }

  windowCloseCancelled(): void {
    this.quitting = false;
  }

  windowClosed(win: FakeWindow): void {
    this.windows.splice(this.windows.indexOf(win), 1);
    if (this.windows.length > 0) return;
    if (this.quitting) this.notifyAndShutdown();
    else this.emit('window-all-closed');
  }

  private notifyAndShutdown(): void {
    const event = preventable();
    this.emit('will-quit', event);
    if (event.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.exited = true;
    this.emit('quit');
    if (this.lockedUserData) heldLocks.delete(this.lockedUserData);
  }

  setPath(name: string, value: string): void {
    if (!path.isAbsolute(value)) throw new Error('Path must be absolute');
    if (name === 'userData') this.userData = value;
  }

  requestSingleInstanceLock(): boolean {
    const holder = heldLocks.get(this.userData);
    if (holder && holder !== this && !holder.exited) {
      holder.emit('second-instance', {}, [], '/');
      return false;
    }
    heldLocks.set(this.userData, this);
    this.lockedUserData = this.userData;
    return true;
  }
}

export class FakeContents {
  private static nextId = 1;
  readonly id = FakeContents.nextId++;
  destroyed = false;
  /** What the page does with a message from main (the preload and the page, in a test). */
  onMessage: (channel: string, ...args: unknown[]) => void = () => undefined;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
    this.onMessage(channel, ...args);
  }
}

export class FakeWindow extends Emitter {
  readonly webContents = new FakeContents();
  private destroyed = false;
  minimized = false;
  visible = false;
  focused = false;
  maximized = false;

  constructor(
    private readonly app: FakeApp,
    public bounds: { x: number; y: number; width: number; height: number },
  ) {
    super();
    app.windows.push(this);
  }

  private alive(): void {
    if (this.destroyed) throw new TypeError('Object has been destroyed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    this.alive();
    return this.minimized;
  }
  restore(): void {
    this.alive();
    this.minimized = false;
  }
  show(): void {
    this.alive();
    this.visible = true;
  }
  focus(): void {
    this.alive();
    this.focused = true;
  }
  isMaximized(): boolean {
    this.alive();
    return this.maximized;
  }
  getNormalBounds() {
    this.alive();
    return { ...this.bounds };
  }
  /** The user moving the window: Electron emits `move` as it goes. */
  moveTo(x: number, y: number): void {
    this.alive();
    this.bounds = { ...this.bounds, x, y };
    this.emit('move');
  }
  close(): void {
    this.alive();
    const event = preventable();
    this.emit('close', event);
    if (event.defaultPrevented) {
      this.app.windowCloseCancelled();
      return;
    }
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    this.app.windowClosed(this);
  }
}

/** ipcMain's `on`/`removeListener`, and a way for the fake page to send to it. */
export class FakeIpcMain extends Emitter {
  fromPage(contents: FakeContents, channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: { id: contents.id } }, ...args);
  }
}

/** ipcMain.handle too: what registerIpc uses, so a test calls the real handlers as the page would. */
export class FakeIpcWithHandlers extends FakeIpcMain {
  readonly handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  handle(channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>): void {
    this.handlers.set(channel, listener);
  }
  /** ipcRenderer.invoke from the app's own page. */
  invoke(channel: string, input: unknown): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: { url: 'app://lectern/index.html' } }, input);
  }
}

type SchemePrivileges = { standard?: boolean; secure?: boolean; supportFetchAPI?: boolean; codeCache?: boolean };

/** protocol.registerSchemesAsPrivileged, with Electron's two refusals; `ready` is the app's state. */
export class FakeProtocol {
  ready = false;
  readonly schemes = new Map<string, SchemePrivileges>();
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: SchemePrivileges }[]): void {
    if (this.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    if (schemes.some(({ privileges }) => privileges?.codeCache && !privileges.standard)) {
      throw new Error('Code cache can only be enabled when the custom scheme is registered as standard scheme.');
    }
    for (const { scheme, privileges } of schemes) this.schemes.set(scheme, privileges ?? {});
  }
}
