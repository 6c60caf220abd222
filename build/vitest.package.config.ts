import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Tests that need the built app (dist/): packaging with electron-builder around a stub binary.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: { include: ['build/**/*.package.test.ts'], testTimeout: 180_000 },
});
