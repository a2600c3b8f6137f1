import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'db/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // one test process per core: vitest's default (cores - 1) runs the suite in a single process on a 2-core machine,
    // and its files are CPU-bound scoring, so the second core more than pays for the reporter it shares (decision 012)
    maxWorkers: availableParallelism(),
  },
});
