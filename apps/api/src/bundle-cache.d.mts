export function npmExternals(root: URL): string[];
export function cachedModule(root: URL, prefix: string, code: string): URL;
