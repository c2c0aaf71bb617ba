import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages, served by the Host: /designer/ (process owners) and /tasks/ (caseworkers).
// The build goes to src/Host/wwwroot, which is not committed; the Host's build runs it (see CaseFlow.Host.csproj).
export default defineConfig({
  base: '/',
  build: {
    outDir: resolve(import.meta.dirname, '../Host/wwwroot'),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: {
        designer: resolve(import.meta.dirname, 'designer/index.html'),
        tasks: resolve(import.meta.dirname, 'tasks/index.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:5080' },
  },
});
