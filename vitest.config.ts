import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

// Tests run against the TypeScript sources of every workspace package (no build needed).
export default defineConfig({
  resolve: {
    alias: {
      '@labelup/engine': src('engine'),
      '@labelup/confluence-client': src('confluence-client'),
      '@labelup/core': src('core'),
      '@labelup/emulator': src('emulator'),
      '@labelup/service': src('service'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/dist/**', 'packages/web/e2e/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
