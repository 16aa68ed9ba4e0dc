// Builds the three harness pages (ours, SVAR, DHTMLX) into bench/timeline/dist. React and react-dom come from
// the repository root (the app's own copies): bench/timeline installs the peers without their peer dependencies.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** The peers' stylesheets load web fonts from their CDNs; the pages use local fonts (and never leave the machine). */
function dropRemoteFonts() {
  return {
    name: 'bench-drop-remote-fonts',
    transform(code, id) {
      if (!id.includes('node_modules') || !/\.css($|\?)/.test(id)) return null;
      return code.replace(/@font-face\s*{[^}]*url\(\s*["']?https?:[^}]*}/g, '').replace(/@import\s+(url\()?["']?https?:[^;]*;/g, '');
    },
  };
}

export default defineConfig({
  root: here('./harness'),
  base: './',
  logLevel: 'warn',
  plugins: [react(), dropRemoteFonts()],
  resolve: { dedupe: ['react', 'react-dom'] },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 10000,
    rollupOptions: {
      checks: { pluginTimings: false },
      input: { ours: here('./harness/ours.html'), svar: here('./harness/svar.html'), dhtmlx: here('./harness/dhtmlx.html') },
    },
  },
});
