import type { BuildOptions } from 'esbuild';
export const BUNDLE_OPTIONS: Readonly<BuildOptions & { write: false }>;
export function npmExternals(root: URL): string[];
export function cachedModule(root: URL, prefix: string, code: string): URL;
