import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the dialogs for the Forge app's Custom UI into `packages/forge/static/dialogs` (the
 * manifest's `resources: dialogs`). Relative asset URLs (`base: './'`): Forge serves a resource
 * from its own path. Entry `forge/index.html` → `src/forge-main.tsx` (the `@forge/bridge` host
 * adapter); the Connect build (`vite.config.ts`) is unchanged.
 */
export default defineConfig({
  root: `${import.meta.dirname}/forge`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${import.meta.dirname}/../forge/static/dialogs`,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
