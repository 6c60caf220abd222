/**
 * The study service: every contract method implemented over the store, merged from one handler map
 * per feature. Plain TypeScript with no Electron or HTTP in sight, so both transports and the unit
 * tests run exactly this code.
 */
import type { Handlers } from '../contract/contract';
import { annotationsHandlers } from './annotations-service';
import { coreHandlers } from './core-service';
import type { ServiceDeps } from './deps';
import { flashcardsHandlers } from './flashcards-service';
import { selftestHandlers } from './selftest-service';
import { transferHandlers } from './transfer-service';
import { annotationImporters } from '../domain/annotations/import/registry';
import { exporters } from '../domain/export/registry';

export type { ServiceDeps } from './deps';

export function createService(deps: ServiceDeps): Handlers {
  const full = { now: () => new Date(), saveFile: null, newId: () => crypto.randomUUID(), seed: () => Math.floor(Math.random() * 2 ** 32), exporters, annotationImporters, ...deps };
  return {
    ...coreHandlers(full),
    ...annotationsHandlers(full),
    ...flashcardsHandlers(full),
    ...selftestHandlers(full),
    ...transferHandlers(full),
  };
}
