/** Core methods: app status, reader settings, reading place. */
import type { coreContract } from '../contract/core';
import type { FeatureHandlers } from '../contract/spec';
import type { ServiceContext } from './deps';

export function coreHandlers({ store, now }: ServiceContext): FeatureHandlers<typeof coreContract> {
  return {
    'app.status': async () => ({ notices: store.notices(), dataDir: store.dataDir, readOnly: store.readOnly, now: now().toISOString() }),
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
    'reading.get': async ({ documentId }) => {
      const reading = store.read().reading;
      return Object.hasOwn(reading, documentId) ? (reading[documentId] ?? null) : null;
    },
    'reading.save': async ({ documentId, ...position }) => {
      const saved = { ...position, updatedAt: now().toISOString() };
      await store.update((draft) => {
        draft.reading[documentId] = saved;
      });
      return saved;
    },
  };
}
