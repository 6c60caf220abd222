import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

/**
 * public/early.js is copied as it is written (Vite bundles module scripts only), comments and all; the
 * first screen loads it before anything else, so it ships minified.
 */
function minifiedEarlyScript(): Plugin {
  return {
    name: 'lectern-minified-early-script',
    apply: 'build',
    async closeBundle() {
      const file = path.join(fileURLToPath(new URL('../dist/renderer', import.meta.url)), 'early.js');
      const { code } = await transform(readFileSync(file, 'utf8'), { minify: true, target: 'chrome130', loader: 'js' });
      writeFileSync(file, code);
    },
  };
}

// The renderer: built into dist/renderer with relative asset paths, so the same files load from
// app://lectern in Electron and from the web host over http://127.0.0.1.
export default defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react(), minifiedEarlyScript()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    target: 'chrome130',
    // Chromium 130 has modulepreload: no polyfill in the first screen's script. The page itself lists
    // every chunk the entry imports statically (hostType 'html'), so they download beside it instead
    // of one round trip after it parsed. A lazy chunk's own imports are not listed for preloading (the
    // list of every chunk's file names sat in the first screen's script, ~0.6 KB gzipped); they load
    // from the local app:// or loopback origin as imported. A lazy chunk's stylesheets stay listed:
    // that list is how Vite loads them.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter((dep) => dep.endsWith('.css'))),
    },
    assetsInlineLimit: 0,
  },
});
