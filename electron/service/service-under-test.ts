/** Test support: the real service over a real store in `dataDir`, called through `dispatch` as a transport would. */
import type { Method, Reply } from '../contract/contract';
import { dispatch } from '../contract/dispatch';
import { openStore, type StoreOptions } from '../store/store';
import type { ServiceDeps } from './deps';
import { createStudyService } from './service';

export async function serviceUnderTest(dataDir: string, seed = 7, options: Partial<Omit<ServiceDeps, 'store'>> & Pick<StoreOptions, 'fs'> = {}) {
  const { fs, ...deps } = options;
  const store = await openStore({ dataDir, ...(fs ? { fs } : {}), ...(deps.now ? { now: deps.now } : {}) });
  const service = createStudyService({ store, seed: () => seed, ...deps });
  const handlers = service.handlers;
  /** Calls a method and resolves with its value; throws with the code and message when it fails. */
  const call = async <T>(method: Method, input: unknown = {}): Promise<T> => {
    const reply = (await dispatch(handlers, method, input)) as Reply<T>;
    if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply.value;
  };
  /** Calls a method that must fail and resolves with its error. */
  const fail = async (method: Method, input: unknown) => {
    const reply = await dispatch(handlers, method, input);
    if (reply.ok) throw new Error(`${method} should have failed`);
    return reply.error;
  };
  return { call, fail, store, imports: service.imports };
}
