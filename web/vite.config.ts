/**
 * One Vite build for everything the browser runs: the explorer (index.html, a single-page app served at `/`)
 * and the GraphQL playground's script (playground/main.tsx, loaded by the page the API serves at /graphql).
 * Output in web/dist (git-ignored); the manifest tells the server which hashed files the playground needs.
 * Every asset is bundled: the pages load nothing from another host.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const WEB = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: WEB,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: path.join(WEB, 'dist'),
    emptyOutDir: true,
    manifest: true,
    // The playground (GraphiQL) and the layout engine are large on their own; they load only where used.
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // React Compiler's runtime (a GraphiQL dependency) opens with a "use no memo" directive bundling cannot keep;
      // it only concerns the compiler, so the warning is noise.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        explorer: path.join(WEB, 'index.html'),
        playground: path.join(WEB, 'playground', 'main.tsx'),
      },
    },
  },
});
