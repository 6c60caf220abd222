import type { Store } from '../store/store';

/** What every feature's handlers are built from. */
export interface ServiceDeps {
  store: Store;
  /** Injectable clock, so tests can travel in time. */
  now?: () => Date;
  /** The seed of each new self-test attempt: random in production, fixed in tests (`--seed N`). */
  seed?: () => number;
}
