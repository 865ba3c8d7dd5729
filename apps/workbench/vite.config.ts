import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The workbench is served by the product's own server under /workbench/ (same origin as the API,
 * so the session cookie and the CSRF header work without CORS). Routes are split into chunks;
 * the vendor libraries every screen needs (React, antd, the router, TanStack Query) load once.
 */
export default defineConfig({
  base: '/workbench/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
