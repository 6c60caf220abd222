/**
 * Counts the calls this window made that may change what the store holds (every call but a read),
 * once as each is sent and once as it settles. A view that keeps what it read (the library's list)
 * may show it again only while the count is what it was when that read was sent, and hears each
 * change settle: a read answered while a change was still being written may hold the old data.
 */
import type { StudyApi } from '../../electron/contract/contract';

// The verbs that only read. Any other counts as a change: a read missing here costs a missed cache,
// never a stale view. (A pattern, not a list of methods: this file is in the first screen's script;
// change-count.test.ts holds it to the contract's every method.) `library.open` is a change: opening
// a document marks it read last.
const READ = /\.(list|get|status|session|settings|export|exportMoodle|current|history|overview|result|formats|packCredits|check|cards|importProgress)$/;

let changes = 0;
const listeners = new Set<() => void>();

/** How many change calls were sent or settled so far. */
export const changeCount = (): number => changes;

/** Whether `method` only reads. */
export const isReadOnly = (method: string): boolean => READ.test(method);

/** Counts `call`, a change: as it is sent, and as it settles (either way). */
export function countedChange<T>(call: () => Promise<T>): Promise<T> {
  changes += 1;
  const sent = call();
  const settled = () => {
    changes += 1;
    for (const listener of [...listeners]) {
      try {
        listener();
      } catch (error) {
        // One view's failure must not keep the others from hearing; it is reported, not swallowed.
        console.error(error);
      }
    }
  };
  sent.then(settled, settled);
  return sent;
}

/** Calls `listener` each time a change call settles (done or failed); returns how to stop. */
export function onChangeSettled(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** `api` with its change calls counted; reads pass through untouched. */
export function countingChanges(api: StudyApi): StudyApi {
  // A fresh target: the preload bridge's object may be frozen, and a proxy of a frozen object must return its own functions.
  return new Proxy({} as StudyApi, {
    get: (_target, method) => {
      const call = Reflect.get(api, method) as (input: unknown) => Promise<unknown>;
      return typeof method !== 'string' || isReadOnly(method) ? call : (input: unknown) => countedChange(() => call.call(api, input));
    },
  });
}
