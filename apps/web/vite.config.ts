// The browser side of OnePlan, built into dist/web by `npm run build` and served by the API.
import react from '@vitejs/plugin-react-swc';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // GraphiQL's editor (Monaco) is large; it is a development tool, never part of what staff load.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { app: 'index.html', explorer: 'explorer.html', selfReport: 'self-report.html' },
      // React libraries mark modules "use client" / "use no memo"; the bundle has no server components.
      onwarn: (warning, warn) => (warning.code === 'MODULE_LEVEL_DIRECTIVE' ? undefined : warn(warning)),
    },
  },
  // The dev server serves the care team's app; the explorer (GraphiQL with Monaco's workers) is served built by the API.
  optimizeDeps: { entries: ['index.html'] },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:3000', ws: true }, '/auth': 'http://127.0.0.1:3000' } },
});
