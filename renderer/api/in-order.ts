/**
 * The web host's change calls in the order they were made. A browser sends requests on several
 * connections at once, so two saves of one answer made a moment apart can reach the local server in
 * either order, and the older one be kept; here each change call is sent once the one before it is
 * answered. Reads go at once. Electron's bridge needs none of this: IPC delivers in order.
 *
 * Two limits: a call still unanswered after `holdAtMostMs` (a hung request; a long import is a few
 * seconds) no longer holds up the ones after it, and while the page is going away (`leaving`) a
 * call goes at once, so the save made as a tab closes is sent before the tab is gone.
 */
import type { StudyApi } from '../../electron/contract/contract';
import { isReadOnly } from './change-count';

export const HOLD_AT_MOST_MS = 10_000;

export interface InOrderOptions {
  leaving?: () => boolean;
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

export function changesInOrder(api: StudyApi, { leaving = () => false, holdAtMostMs = HOLD_AT_MOST_MS }: InOrderOptions = {}): StudyApi {
  let previous: Promise<void> = Promise.resolve();
  return new Proxy({} as StudyApi, {
    get: (_target, method) => {
      const call = Reflect.get(api, method) as (input: unknown) => Promise<unknown>;
      if (typeof method !== 'string' || isReadOnly(method)) return call;
      return (input: unknown) => {
        if (leaving()) return call.call(api, input);
        const sent = previous.then(() => call.call(api, input));
        previous = previous.then(() => settledOrAfter(sent, holdAtMostMs));
        return sent;
      };
    },
  });
}
