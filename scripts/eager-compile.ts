// Which code a new window compiles as it loads rather than on first call: Dexie, which every window runs at once to
// open the case store. Chromium (136+, so Electron 40) compiles every function of a script that starts with the
// magic comment below as the script streams in, on a background thread; without it each of Dexie's functions is
// compiled on the main thread the first time it runs, which made opening the store and reading the first page of
// the list take about three times as long as the same reads in plain IndexedDB (see test/bench/store.bench.ts).
// Only this chunk is marked: compiling all of the app eagerly would cost more at start than it saves.
import type { Plugin } from 'vite';

export const EAGER_COMPILE_COMMENT = '//# allFunctionsCalledOnLoad';
export const EAGER_CHUNK_NAME = 'case-store-engine';

/** Whether a module (a bundler's module id, an absolute path) belongs in the eagerly compiled chunk. */
export function isEagerlyCompiled(moduleId: string): boolean {
  return /[\\/]node_modules[\\/]dexie[\\/]/.test(moduleId);
}

export function markedForEagerCompile(code: string): string {
  return code.startsWith(EAGER_COMPILE_COMMENT) ? code : `${EAGER_COMPILE_COMMENT}\n${code}`;
}

/** Vite: Dexie in a chunk of its own, which starts with the magic comment. */
export function eagerCompile(): Plugin {
  return {
    name: 'complaints-desk:eager-compile',
    config: () => ({
      build: {
        rollupOptions: {
          output: { manualChunks: (id: string) => (isEagerlyCompiled(id) ? EAGER_CHUNK_NAME : undefined) },
        },
      },
    }),
    // After minifying, which would strip the comment.
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.name === EAGER_CHUNK_NAME) file.code = markedForEagerCompile(file.code);
      }
    },
  };
}
