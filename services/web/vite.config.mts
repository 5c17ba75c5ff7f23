import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The BFF serves dist/client; in `npm run dev` vite forwards /api to a BFF on WEB_PORT 4000.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist/client', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://127.0.0.1:4000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
  },
});
