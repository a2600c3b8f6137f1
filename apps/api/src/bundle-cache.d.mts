import type { BuildOptions } from 'esbuild';
export function bundleOptions(root: URL, entry: URL): BuildOptions & { write: false };
export function cachedModule(root: URL, prefix: string, code: string): URL;
