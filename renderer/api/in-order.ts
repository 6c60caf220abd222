/**
 * The web host's change calls in the order they were made. A browser sends requests on several
 * connections at once, so two saves of one answer made a moment apart can reach the local server in
 * either order, and the older one be kept; here each change call is sent once the one before it is
 * answered. Reads go at once. Electron's bridge needs none of this: IPC delivers in order.
 *
 * Two limits: a call still unanswered after `holdAtMostMs` (a hung request; a long import is a few
 * seconds) no longer holds up the ones after it, and while the page is going away (`leaving`) a
 * call goes at once, so the save made as a tab closes is sent before the tab is gone. The calls still
 * waiting their turn when the page starts to go (`onLeaving`) are sent then, in the order made: on
 * several connections, so they may be handled in another order, but a call never sent is a change
 * lost for certain.
 */
import type { StudyApi } from '../../electron/contract/contract';
import { isReadOnly } from './change-count';

export const HOLD_AT_MOST_MS = 10_000;

export interface InOrderOptions {
  /** The page is going away: a call made now is sent at once. */
  leaving?: () => boolean;
  /** Calls `listener` as the page starts to go away (the tab hidden or closed). */
  onLeaving?: (listener: () => void) => void;
  holdAtMostMs?: number;
}

/** Resolves once `call` settles, or after `ms`, whichever is first; never rejects. */
function settledOrAfter(call: Promise<unknown>, ms: number): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    call.then(done, done);
  });
}

export function changesInOrder(api: StudyApi, { leaving = () => false, onLeaving, holdAtMostMs = HOLD_AT_MOST_MS }: InOrderOptions = {}): StudyApi {
  let previous: Promise<void> = Promise.resolve();
  // The turns of the calls not sent yet, oldest first (a Set keeps the order they were added in).
  const waiting = new Set<() => void>();
  onLeaving?.(() => {
    for (const go of [...waiting]) go();
  });
  return new Proxy({} as StudyApi, {
    get: (_target, method) => {
      const call = Reflect.get(api, method) as (input: unknown) => Promise<unknown>;
      if (typeof method !== 'string' || isReadOnly(method)) return call;
      return (input: unknown) => {
        if (leaving()) return call.call(api, input);
        let go = () => {};
        const turn = new Promise<void>((resolve) => (go = resolve));
        waiting.add(go);
        void previous.then(go);
        const sent = turn.then(() => {
          waiting.delete(go);
          return call.call(api, input);
        });
        previous = previous.then(() => settledOrAfter(sent, holdAtMostMs));
        return sent;
      };
    },
  });
}
