// The renderer build puts Dexie in a chunk of its own that starts with V8's eager-compile comment, and nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { EAGER_CHUNK_NAME, EAGER_COMPILE_COMMENT, eagerCompile, isEagerlyCompiled } from '../../../scripts/eager-compile';

const work = mkdtempSync(path.join(tmpdir(), 'eager-compile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('eager compiling', () => {
  it('marks only Dexie', () => {
    expect(isEagerlyCompiled('/app/node_modules/dexie/dist/dexie.js')).toBe(true);
    expect(isEagerlyCompiled('C:\\app\\node_modules\\dexie\\import-wrapper.mjs')).toBe(true);
    expect(isEagerlyCompiled('/app/node_modules/dexie-react-hooks/dist/dexie-react-hooks.mjs')).toBe(false);
    expect(isEagerlyCompiled('/app/renderer/store/db.ts')).toBe(false);
  });

  it('gives Dexie a minified chunk of its own that starts with the comment', async () => {
    const entry = path.join(work, 'main.ts');
    writeFileSync(entry, "import Dexie from 'dexie';\nexport const made = new Dexie('probe').name;\nconsole.log(made);\n");
    writeFileSync(path.join(work, 'index.html'), '<!doctype html><script type="module" src="./main.ts"></script>');
    const outDir = path.join(work, 'out');
    await build({
      root: work,
      configFile: false,
      logLevel: 'silent',
      plugins: [eagerCompile()],
      resolve: { alias: { dexie: path.resolve('node_modules/dexie/import-wrapper.mjs') } },
      build: { outDir, emptyOutDir: true },
    });
    const scripts = readdirSync(path.join(outDir, 'assets')).filter((name) => name.endsWith('.js'));
    const text = (name: string) => readFileSync(path.join(outDir, 'assets', name), 'utf8');
    const marked = scripts.filter((name) => text(name).startsWith(`${EAGER_COMPILE_COMMENT}\n`));
    expect(marked).toHaveLength(1);
    expect(marked[0]).toMatch(new RegExp(`^${EAGER_CHUNK_NAME}-.+\\.js$`));
    expect(text(marked[0]!)).toContain('Dexie');
    const entryChunk = scripts.find((name) => name.startsWith('index-'));
    expect(entryChunk && text(entryChunk)).not.toContain(EAGER_COMPILE_COMMENT);
  }, 30_000);
});
