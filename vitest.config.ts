import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * The scoring package's tests: pure functions of their inputs, no server, database, file or port. They share one
 * module graph per test process (`isolate: false`), so the scorer's regexps are compiled once per process, not once
 * per file (decision 013).
 */
const PURE = ['packages/scoring/test/**/*.test.ts'];
/**
 * `phrases.test.ts` compiles every rubric version's phrase families in each of their forms. With thirty versions, that
 * file's regexps and the rest of the shared process's filled V8's code space in one CI run ("heap out of memory" while
 * compiling a regexp), so it runs in a process of its own; with thirty-three, its own regexps filled it alone, so it now
 * drops each version's families after that version's tests.
 */
const PHRASES = ['packages/scoring/test/phrases.test.ts', 'packages/scoring/test/phrases-older.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // one test process per core: vitest's default (cores - 1) runs the suite in a single process on a 2-core machine,
    // and its files are CPU-bound scoring, so the second core more than pays for the reporter it shares (decision 012)
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'scoring', include: PURE, exclude: PHRASES, isolate: false } },
      { extends: true, test: { name: 'phrases', include: PHRASES } },
      {
        extends: true,
        // every other file starts from fresh modules: servers, databases, imports, browsers
        test: { name: 'rest', include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'db/test/**/*.test.ts', 'tests/**/*.test.ts'], exclude: PURE },
      },
    ],
  },
});
