/**
 * `npm run serve -- [--port N] [--data-dir DIR] [--now ISO] [--seed N]`: starts the web host and prints one line
 * with the URL to open (it carries the per-launch token). Refuses to start on a data folder another
 * Lectern holds. `--fault-file PATH` (tests only, see docs/reliability.md) makes data writes fail on demand.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createStudyService } from '../service/service';
import { acquireDataDirLock } from '../store/data-dir-lock';
import { nodeFsPort } from '../store/fs-port';
import { openStore } from '../store/store';
import { resolveDataDir } from './data-dir';
import { faultFileFs } from './fault-file-fs';
import { startWebHost } from './server';
import { preRenderFirstScreen } from '../../renderer/first-screen/pre-render';

/** `--seed N` fixes the shuffle of every self-test attempt (reproducible demos and tests). */
function parseSeed(value: string | undefined): (() => number) | undefined {
  if (value === undefined) return undefined;
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new Error(`--seed must be a whole number from 0 to 4294967295, not "${value}"`);
  return () => seed;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a whole number from 0 to 65535, not "${value}"`);
  return port;
}

/**
 * `--now <ISO time>`: the host's clock starts at that instant and runs on from there (tests travel
 * in time with it: flashcards fall due as they would days later).
 */
function parseNow(value: string | undefined): (() => Date) | null {
  if (value === undefined) return null;
  const start = Date.parse(value);
  if (Number.isNaN(start)) throw new Error(`--now must be a date and time such as 2026-03-01T09:00:00Z, not "${value}"`);
  const launched = Date.now();
  return () => new Date(start + (Date.now() - launched));
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'static-dir': { type: 'string' }, 'fault-file': { type: 'string' }, now: { type: 'string' }, seed: { type: 'string' } },
    allowPositionals: false,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(values['static-dir'] ?? path.join(here, '..', 'renderer'));
  const dataDir = resolveDataDir(values['data-dir']);
  mkdirSync(dataDir, { recursive: true });
  const lock = acquireDataDirLock(dataDir);
  process.on('exit', () => lock.release());
  const faultFile = values['fault-file'];
  if (faultFile) console.error(`Lectern: fault injection is on: data writes fail as ${path.resolve(faultFile)} says (for tests only).`);
  const fs = faultFile ? faultFileFs(nodeFsPort, dataDir, path.resolve(faultFile)) : nodeFsPort;
  const store = await openStore({ dataDir, fs });
  const clock = parseNow(values.now);
  const seed = parseSeed(values.seed);
  // Built beside this bundle in dist/electron (build/scripts/build-electron.mjs).
  const importWorker = new URL('./import-worker.mjs', import.meta.url);
  const service = createStudyService({ store, importWorker, ...(clock ? { now: clock } : {}), ...(seed ? { seed } : {}) });
  const host = await startWebHost({ handlers: service.handlers, importUpload: service.imports.importFile, prepareUpload: service.imports.prepare, staticDir, port: parsePort(values.port), preRender: preRenderFirstScreen });
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  // Before the line below: whoever reads it may stop us at once, and must find the lock released.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  for (const notice of store.notices()) console.error(`Lectern: ${notice.message}`);
  console.log(`Lectern is running at ${host.launchUrl} (data: ${dataDir})`);
}

main().catch((error: unknown) => {
  console.error(`Lectern could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
