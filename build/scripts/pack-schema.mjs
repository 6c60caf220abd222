// Writes docs/pack.schema.json from the pack format's zod schemas (electron/domain/pack/). The module
// is TypeScript, so esbuild bundles it into a temporary ES module first; Node 20 cannot import .ts.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'lectern-pack-schema-'));
try {
  const outfile = join(dir, 'pack-json-schema.mjs');
  await build({
    entryPoints: [join(root, 'electron/domain/pack/pack-json-schema.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  const { packJsonSchemaText } = await import(pathToFileURL(outfile).href);
  writeFileSync(join(root, 'docs/pack.schema.json'), packJsonSchemaText());
  console.log('wrote docs/pack.schema.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
