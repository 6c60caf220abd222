// Bundles the main process, the preload bridge and the web host with esbuild into dist/electron.
// Runtime dependencies stay external so they ship in app.asar's node_modules; the preload is CommonJS
// because sandboxed preloads cannot be ES modules.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
// React (and the icons) are bundled, React in its production build: the main side renders the reader's first screen with them
// (renderer/first-screen/pre-render.tsx); its packages pick their build from NODE_ENV at run time otherwise.
const bundled = new Set(['react', 'react-dom', 'lucide-react']);
const external = ['electron', ...Object.keys(pkg.dependencies ?? {}).filter((name) => !bundled.has(name))];
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', external, jsx: 'automatic', loader: { '.css': 'empty' }, define: { 'process.env.NODE_ENV': '"production"' } };

// React's CommonJS files require Node's built-ins; an ES module bundle gives them a `require`.
const esm = { format: 'esm', banner: { js: "import { createRequire as __lecternRequire } from 'node:module'; const require = __lecternRequire(import.meta.url);" } };

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.mjs', ...esm }),
  build({ ...common, entryPoints: ['electron/web-host/cli.ts'], outfile: 'dist/electron/web-host.mjs', ...esm }),
  build({ ...common, entryPoints: ['electron/service/library/import-worker.ts'], outfile: 'dist/electron/import-worker.mjs', ...esm }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'], define: {} }),
]);
console.log('built dist/electron (main.mjs, preload.cjs, web-host.mjs, import-worker.mjs)');
