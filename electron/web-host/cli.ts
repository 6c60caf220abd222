/**
 * `npm run serve -- [--port N] [--data-dir DIR] [--seed N]`: starts the web host and prints one line with the
 * URL to open (it carries the per-launch token).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createService } from '../service/service';
import { openStore } from '../store/store';
import { resolveDataDir } from './data-dir';
import { startWebHost } from './server';

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, 'static-dir': { type: 'string' }, seed: { type: 'string' } },
    allowPositionals: false,
  });
  const here = path.dirname(fileURLToPath(import.meta.url));
  const staticDir = path.resolve(values['static-dir'] ?? path.join(here, '..', 'renderer'));
  const dataDir = resolveDataDir(values['data-dir']);
  const store = await openStore({ dataDir });
  const host = await startWebHost({ handlers: createService({ store, ...(values.seed === undefined ? {} : { seed: parseSeed(values.seed)! }) }), staticDir, port: parsePort(values.port) });
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
