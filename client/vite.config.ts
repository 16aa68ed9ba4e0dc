import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 4000 },
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000' } },
});
