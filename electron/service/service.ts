/**
 * The study service: every contract method implemented over the store, merged from one handler map
 * per feature. Plain TypeScript with no Electron or HTTP in sight, so both transports and the unit
 * tests run exactly this code.
 */
import type { Handlers } from '../contract/contract';
import { annotationsHandlers } from './annotations-service';
import { argumentMapHandlers } from './argument-map-service';
import { coreHandlers } from './core-service';
import type { ImportPipeline, ServiceContext, ServiceDeps } from './deps';
import { flashcardsHandlers } from './flashcards-service';
import { acceptedExtensions } from './library/accepted-extensions';
import { builtinPacks } from './library/builtin-pack';
import { createDocumentCatalog } from './library/documents';
import { importOnThread } from './library/import-thread';
import { createLibrary, type LibraryImports } from './library/library-service';
import { questionsHandlers } from './questions/questions-service';
import { selftestHandlers } from './selftest-service';
import { transferHandlers } from './transfer-service';
import { annotationImporters } from '../domain/annotations/import/registry';
import { exporters } from '../domain/export/registry';

export type { ServiceDeps } from './deps';

// Loaded on the first import: the parsers (linkedom, readability, fflate) need not slow every start.
const importers = () => import('../domain/import');
function importPipeline(importWorker: URL | undefined): ImportPipeline {
  const onThread = importWorker ? importOnThread(importWorker) : null;
  return {
    acceptedExtensions,
    ...(onThread ? { importFile: onThread, prepare: onThread.prepare } : { importFile: async (input) => (await importers()).importFile(input) }),
    importPastedText: async (paste) => (await importers()).importPastedText(paste),
    finishDocument: async (parsed, meta) => (await importers()).finishDocument(parsed, meta),
  };
}

/** The handlers, and the import path for files that do not travel as a method call (dialog, upload). */
export interface StudyService {
  handlers: Handlers;
  imports: LibraryImports;
  /** Resolves once start-up's work on the library (dropping removed documents, sweeping half-made imports) is done. */
  ready: Promise<void>;
}

export function createStudyService(deps: ServiceDeps): StudyService {
  const now = deps.now ?? (() => new Date());
  const packs = deps.packs ?? builtinPacks;
  const context: ServiceContext = {
    now,
    saveFile: null,
    pickImportFiles: null,
    importer: importPipeline(deps.importWorker),
    newId: () => crypto.randomUUID(),
    seed: () => Math.floor(Math.random() * 2 ** 32),
    exporters,
    annotationImporters,
    ...deps,
    packs,
    documents: createDocumentCatalog(deps.store, packs, now),
  };
  const library = createLibrary(context);
  return {
    handlers: {
      ...coreHandlers(context),
      ...annotationsHandlers(context),
      ...flashcardsHandlers(context),
      ...selftestHandlers(context),
      ...transferHandlers(context),
      ...library.handlers,
      ...questionsHandlers(context),
      ...argumentMapHandlers(context),
    },
    imports: library.imports,
    ready: context.documents.ready,
  };
}

export function createService(deps: ServiceDeps): Handlers {
  return createStudyService(deps).handlers;
}
