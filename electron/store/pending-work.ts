/**
 * Work the main side must finish before the process ends: store writes and calls under way (IPC in
 * Electron, requests in the web host). Quitting awaits `idle()`, so a save that was acknowledged, or
 * had already reached the main side, is on disk first.
 */
import type { Store } from './store';

export class PendingWork {
  private readonly running = new Set<Promise<unknown>>();

  /** Follows `promise` until it settles; returns it unchanged. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.running.add(promise);
    const forget = () => void this.running.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  get size(): number {
    return this.running.size;
  }

  /** Resolves once nothing is running, including work started while waiting. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

/** The same store, with every update (and every change, an update with a value) followed by `work`. */
export function trackedStore(store: Store, work: PendingWork): Store {
  return { ...store, update: (mutate) => work.track(store.update(mutate)), change: (mutate) => work.track(store.change(mutate)) };
}
