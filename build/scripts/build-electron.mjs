// Bundles the main process, the preload bridge and the web host with esbuild into dist/electron.
// Runtime dependencies stay external so they ship in app.asar's node_modules; the preload is CommonJS
// because sandboxed preloads cannot be ES modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const external = ['electron', ...Object.keys(pkg.dependencies ?? {})];
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', format: 'esm' }),
  build({ ...common, entryPoints: ['electron/web-host/cli.ts'], outfile: 'dist/electron/web-host.mjs', format: 'esm' }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] }),
]);
console.log('built dist/electron (main.mjs, preload.cjs, web-host.mjs)');
