/**
 * The command line and the ingest worker run bundled (decision 007), with bundle-cache.mjs' `bundleOptions`. V8 keeps a
 * module's source for the life of each thread that loads it, as a one-byte string when every character is Latin-1 and
 * a two-byte one, twice the memory, otherwise: one "…" in a comment or an en dash in a regex literal cost each thread
 * of an import ~1.5 MB more (decision 017). The worker's bundle is the one the ingest pool starts its workers on; the
 * command line's is bundled with the same options (its launcher also writes each module's own path into it).
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleOptions } from '../src/bundle-cache.mjs';
import { workerModule } from '../src/services/prepare-pool';

const root = new URL('../../../', import.meta.url);

/** The characters of `code` beyond Latin-1, each with the text around it, to say where they are. */
function beyondLatin1(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/[^\0-\xff]/g)) out.push(`${JSON.stringify(m[0])} in …${code.slice(Math.max(0, m.index - 50), m.index + 20)}…`);
  return out;
}

describe.each([
  ['the command line', () => buildSync(bundleOptions(root, new URL('apps/api/src/cli/main.ts', root))).outputFiles[0]!.text],
  ['the ingest worker', () => readFileSync(workerModule(), 'utf8')],
])('%s, bundled as it runs', (_, bundled) => {
  const code = bundled();

  it('is Latin-1 throughout, so each thread holds its source as a one-byte string', () => {
    expect(beyondLatin1(code)).toEqual([]);
  });

  it('holds no comment (the rubric notes its cases in comments: they were most of the source)', () => {
    expect(code).not.toMatch(/^\s*\/\/ /m);
    // the scorer is in it, with the rubric's phrase families
    expect(code).toContain('PHRASE_FAMILIES');
  });
});
