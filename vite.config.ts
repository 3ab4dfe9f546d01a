import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const webDist = fileURLToPath(new URL('./dist/web', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: webDist,
    emptyOutDir: true,
    // The public site must stay small on a cheap phone: a warning here means a chunk grew too much.
    chunkSizeWarningLimit: 250,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
