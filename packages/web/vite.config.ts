import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the dialogs into `dist/`, served by the service at `/app/` (entry
 * `/app/index.html?target=inlinedialog|dialog`). Relative asset paths under `base` so that the
 * bundle works behind any service base URL.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
});
