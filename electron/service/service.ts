/**
 * The study service: every contract method implemented over the store. Plain TypeScript with no
 * Electron or HTTP in sight, so both transports and the unit tests run exactly this code.
 */
import type { Handlers } from '../contract/contract';
import type { Store } from '../store/store';

export interface ServiceDeps {
  store: Store;
  /** Injectable clock, so tests can travel in time. */
  now?: () => Date;
}

export function createService({ store, now = () => new Date() }: ServiceDeps): Handlers {
  return {
    'app.status': async () => ({ notices: store.notices(), dataDir: store.dataDir, readOnly: store.readOnly }),
    'app.dismissNotices': async () => {
      store.dismissNotices();
      return { ok: true as const };
    },
    'settings.get': async () => store.read().settings,
    'settings.update': async (patch) => {
      // IPC's structured clone can carry `{ theme: undefined }`, which the partial schema accepts;
      // an absent field means "leave it as it is", never "erase it".
      const given = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
      const doc = await store.update((draft) => {
        draft.settings = { ...draft.settings, ...given };
      });
      return doc.settings;
    },
    // Own keys only: an id such as "constructor" passes the schema and would find Object's prototype.
    'reading.get': async ({ articleId }) => {
      const reading = store.read().reading;
      return Object.hasOwn(reading, articleId) ? (reading[articleId] ?? null) : null;
    },
    'reading.save': async ({ articleId, ...position }) => {
      const saved = { ...position, updatedAt: now().toISOString() };
      await store.update((draft) => {
        draft.reading[articleId] = saved;
      });
      return saved;
    },
  };
}
