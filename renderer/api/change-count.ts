/**
 * Counts the calls this window made that may change what the store holds (every call but the
 * reads listed here), once as each is sent and once as it settles. A view that keeps what it read
 * (the library's list) may show it again only while the count is what it was when that read was
 * sent: a change started or finished since then makes it stale.
 */
import type { Method, StudyApi } from '../../electron/contract/contract';

/** Methods that only read. One not listed counts as a change: a read missing here costs a missed cache, never a stale view. */
const READS: ReadonlySet<string> = new Set<Method>([
  'app.status',
  'settings.get',
  'reading.get',
  'library.list',
  'library.open',
  'library.packCredits',
  'annotations.list',
  'annotations.export',
  'cards.list',
  'cards.export',
  'flashcards.session',
  'flashcards.settings',
  'stats.get',
  'selftest.history',
  'selftest.overview',
  'selftest.result',
  'questions.list',
  'transfer.formats',
  'argumentMap.get',
]);

let changes = 0;

/** How many change calls were sent or settled so far. */
export const changeCount = (): number => changes;

/** Whether `method` only reads. */
export function isReadOnly(method: string): boolean {
  return READS.has(method);
}

/** Counts `call`, a change: as it is sent, and as it settles (either way). */
export function countedChange<T>(call: () => Promise<T>): Promise<T> {
  changes += 1;
  const settled = () => void (changes += 1);
  let sent: Promise<T>;
  try {
    sent = call();
  } catch (error) {
    settled();
    throw error;
  }
  sent.then(settled, settled);
  return sent;
}

/** `api` with its change calls counted; reads pass through untouched. */
export function countingChanges(api: StudyApi): StudyApi {
  // A fresh target: the preload bridge's object may be frozen, and a proxy of a frozen object must return its own functions.
  return new Proxy({} as StudyApi, {
    get: (_target, method) => {
      const call = Reflect.get(api, method) as unknown;
      if (typeof method !== 'string' || typeof call !== 'function' || isReadOnly(method)) return call;
      return (input: unknown) => countedChange(() => (call as (input: unknown) => Promise<unknown>).call(api, input));
    },
  });
}
