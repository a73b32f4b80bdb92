import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the web app runs on Vite (5173) and forwards /api to the API (3000), so that the
// browser sees one origin and the session cookies and CSRF rules behave as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    // No source maps in the public build: they would hand out the full source of the app.
    sourcemap: false,
    // The manifest lets `npm run bench` measure what each page downloads.
    manifest: true,

    chunkSizeWarningLimit: 400,
  },
});
