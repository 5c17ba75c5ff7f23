import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The BFF serves dist/client; in `npm run dev` vite forwards /api to a BFF on WEB_PORT 4000.
export default defineConfig({
  plugins: [react()],
  // intl-messageformat has no `exports` map: node resolution would pick its CommonJS build, whose
  // default import is not the class i18next-icu constructs. Its ES module build is the one to use.
  // The shared vocabulary (cities, stages, sectors and their labels) from its TypeScript source: an ES
  // module the bundler can tree-shake, so the console takes the label tables and none of the events.
  resolve: {
    alias: {
      'intl-messageformat': 'intl-messageformat/lib/index.js',
      '@jisr/contracts': fileURLToPath(new URL('../../packages/contracts/src/index.ts', import.meta.url)),
    },
  },
  build: { outDir: 'dist/client', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': 'http://127.0.0.1:4000' } },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    css: false,
    // A shared two-core CI machine can take over 5 s for a test that types into several fields.
    testTimeout: 20_000,
    // Through vite, so the alias above reaches i18next-icu's own import.
    server: { deps: { inline: ['i18next-icu'] } },
  },
});
