/**
 * What the bundled entry points share (the ingest worker, services/prepare-pool.ts, and the
 * command line, bin/qa.mjs): which imports stay imports, and where a bundle is kept. Plain
 * JavaScript, because bin/qa.mjs runs before any TypeScript can be loaded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * esbuild's options for bundling `entry` (a URL) of the repository at `root` (a URL), the same for
 * both bundles: one ESM module for Node 20, npm packages left as imports, written to memory.
 * Whitespace and comments are left out and every character beyond ASCII written as an escape, so
 * V8 keeps the module's source (which it holds for the life of the thread) as a one-byte string a
 * third of the size: with the comments, whose "…" and "¿" made it a two-byte string, it was ~3 MB
 * a thread (decision 017). Names are kept, so stack traces still name their functions. The
 * absolute paths make the bundle (and its name) the same from any folder.
 */
export function bundleOptions(root, entry) {
  return {
    entryPoints: [fileURLToPath(entry)],
    absWorkingDir: fileURLToPath(root),
    external: npmExternals(root),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    minifyWhitespace: true,
    charset: 'ascii',
  };
}

/** The npm packages of the repository at `root` (a URL): a bundle leaves them as imports. */
function npmExternals(root) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.devDependencies ?? {})].flatMap((name) => [name, `${name}/*`]);
}

/**
 * Writes `code` once to node_modules/.cache/askqa/<prefix>-<hash>.mjs under `root`, where the
 * npm imports resolve, and returns its URL.
 */
export function cachedModule(root, prefix, code) {
  const dir = new URL('node_modules/.cache/askqa/', root);
  const file = new URL(`${prefix}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`, dir);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    const tmp = new URL(`${file.pathname.split('/').pop()}.${process.pid}.tmp`, dir);
    writeFileSync(tmp, code);
    renameSync(tmp, file); // atomic: processes starting together never read a half-written file
  }
  return file;
}
