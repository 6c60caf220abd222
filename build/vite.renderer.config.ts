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
    // Chromium 130 has modulepreload: no polyfill in the first screen's script.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
});
