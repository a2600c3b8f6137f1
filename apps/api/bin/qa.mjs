/**
 * `npm run qa -- <command>` starts here: the CLI (src/cli/main.ts) runs bundled into one
 * JavaScript module, as the ingest worker does (src/services/prepare-pool.ts), rather than
 * through the tsx loader. On Node 20 that loader keeps a thread of its own with its own heap for
 * the life of the process (~35 MB), which an import of a large export pays for throughout; that
 * memory is better spent on the young generation (docs/decisions/007-cli-bundled.md).
 *
 * The workspace's own code is bundled; npm packages stay imports (the bundle is written under
 * node_modules/.cache so they resolve). Each module keeps its own `import.meta.url`, the URL of
 * its .ts source, so the files found relative to it (migrations, the worker) still are.
 */
import { build, stop } from 'esbuild';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { bundleOptions, cachedModule } from '../src/bundle-cache.mjs';

const root = new URL('../../../', import.meta.url);

/** Every bundled TypeScript module sees its own source's URL as import.meta.url. */
const ownMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
    });
  },
};

const out = await build({ ...bundleOptions(root, new URL('../src/cli/main.ts', import.meta.url)), plugins: [ownMetaUrl] });
// esbuild's service process would otherwise stay, and this thread keep its ~3.5 MB read buffer, for the whole command
await stop();
await import(cachedModule(root, 'cli', out.outputFiles[0].text).href);
