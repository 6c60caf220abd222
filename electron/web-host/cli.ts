/**
 * `npm run serve -- [--port N] [--data-dir DIR] [--now ISO]`: starts the web host and prints one line with the
 * URL to open (it carries the per-launch token).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createService } from '../service/service';
import { openStore } from '../store/store';
import { resolveDataDir } from './data-dir';
import { startWebHost } from './server';

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
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'static-dir': { type: 'string' }, now: { type: 'string' } },
    allowPositionals: false,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(values['static-dir'] ?? path.join(here, '..', 'renderer'));
  const dataDir = resolveDataDir(values['data-dir']);
  const store = await openStore({ dataDir });
  const clock = parseNow(values.now);
  const host = await startWebHost({ handlers: createService({ store, ...(clock ? { now: clock } : {}) }), staticDir, port: parsePort(values.port) });
  for (const notice of store.notices()) console.error(`Lectern: ${notice.message}`);
  console.log(`Lectern is running at ${host.launchUrl} (data: ${dataDir})`);
  const stop = () => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`Lectern could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
