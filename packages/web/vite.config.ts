import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the dialogs into `dist/`, served by the service at `/app/` (entry
 * `/app/index.html?target=inlinedialog|dialog`). Build with NODE_ENV unset or `production`: under
 * NODE_ENV=test Vite would bundle React's development build and development JSX.
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
