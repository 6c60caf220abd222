import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The renderer: built into dist/renderer with relative asset paths, so the same files load from
// app://lectern in Electron and from the web host over http://127.0.0.1.
export default defineConfig({
  root: fileURLToPath(new URL('../renderer', import.meta.url)),
  base: './',
  plugins: [react()],
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
