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
/**
 * Every process that scores runs as `npm start` does, with `--no-regexp-tier-up` (decision 009): V8 then compiles each regexp
 * straight to machine code at its first run instead of to bytecode first, which for the rubric's long alternations took ~2.3 s
 * of a process's start (bytecode with its peephole pass) and ran slower after; the scoring project's tests took about half the
 * time (decision 013, fourth addendum). Machine code is kept in V8's code space (~460 MB a process): one process holding every
 * rubric version's code for the whole scoring project reached ~330 MB, so the project is split in two (files from "t" on and
 * the rest: about half the time each), and `symbols-one-byte.test.ts`, which compiles the families again for two-byte text
 * under several versions, filled the space alone: it runs in a process of its own without the flag.
 */
const NATIVE = ['--no-regexp-tier-up'];
const SYMBOLS = ['packages/scoring/test/symbols-one-byte.test.ts'];
/** The second half of the scoring project: its files from "t" on (the first half is every other file, so none is left out). */
const SCORING_T = 'packages/scoring/test/[t-z]*.test.ts';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // one test process per core: vitest's default (cores - 1) runs the suite in a single process on a 2-core machine,
    // and its files are CPU-bound scoring, so the second core more than pays for the reporter it shares (decision 012)
    maxWorkers: availableParallelism(),
    projects: [
      { extends: true, test: { name: 'scoring', include: PURE, exclude: [...PHRASES, ...SYMBOLS, SCORING_T], isolate: false, execArgv: NATIVE } },
      { extends: true, test: { name: 'scoring-t', include: [SCORING_T], isolate: false, execArgv: NATIVE } },
      { extends: true, test: { name: 'phrases', include: PHRASES, execArgv: NATIVE } },
      { extends: true, test: { name: 'symbols', include: SYMBOLS } },
      {
        extends: true,
        // every other file starts from fresh modules: servers, databases, imports, browsers
        test: { name: 'rest', include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'db/test/**/*.test.ts', 'tests/**/*.test.ts'], exclude: PURE, execArgv: NATIVE },
      },
    ],
  },
});
