import type { Store } from '../store/store';

/** What every feature's handlers are built from. */
export interface ServiceDeps {
  store: Store;
  /** Injectable clock, so tests can travel in time. */
  now?: () => Date;
}
