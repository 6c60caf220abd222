/**
 * The web host's change calls in the order they were made. A browser sends requests on several
 * connections at once, so two saves of one answer made a moment apart can reach the local server in
 * either order, and the older one be kept; here each change call is sent once the one before it is
 * answered. Reads go at once. Electron's bridge needs none of this: IPC delivers in order.
 */
import type { StudyApi } from '../../electron/contract/contract';
import { isReadOnly } from './change-count';

export function changesInOrder(api: StudyApi): StudyApi {
  let previous: Promise<unknown> = Promise.resolve();
  return new Proxy({} as StudyApi, {
    get: (_target, method) => {
      const call = Reflect.get(api, method) as (input: unknown) => Promise<unknown>;
      if (typeof method !== 'string' || isReadOnly(method)) return call;
      return (input: unknown) => {
        const sent = previous.then(() => call.call(api, input));
        previous = sent.catch(() => undefined);
        return sent;
      };
    },
  });
}
