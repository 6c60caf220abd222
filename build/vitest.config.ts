import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Unit tests: domain, service, store, web host, data and components. Component tests opt into jsdom
// with a `// @vitest-environment jsdom` line; everything else runs in Node.
export default defineConfig({
  root,
  plugins: [react()],
  test: {
    include: ['electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'data/**/*.test.ts', 'build/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    exclude: ['build/**/*.package.test.ts', 'node_modules/**'],
    setupFiles: ['build/vitest.setup.ts'],
    testTimeout: 20_000,
    benchmark: { include: ['electron/**/*.bench.ts', 'renderer/**/*.bench.ts'] },
  },
});
