/**
 * The one way the dashboard talks to the API: same-origin fetch with the session cookie,
 * JSON in and out, and every non-2xx answer turned into an ApiError carrying the server's
 * `{code, message, errors}` so screens can show it as it is.
 */
export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isUnauthorized = (err: unknown): boolean => err instanceof ApiError && err.status === 401;

type Query = Record<string, string | number | boolean | null | undefined>;

/** `?a=1&b=2` from the defined, non-empty values of `query`. */
export function toSearch(query: Query = {}): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export async function api<T>(
  path: string,
  opts: { method?: string; query?: Query; json?: unknown; body?: FormData; signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined = opts.body;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  }
  let res: Response;
  try {
    res = await fetch(`${path}${toSearch(opts.query)}`, {
      method: opts.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      credentials: 'same-origin',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.');
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON: handled below */
  }
  if (!res.ok) {
    const e = (data ?? {}) as { code?: string; message?: string; errors?: FieldError[] };
    throw new ApiError(res.status, e.code ?? `http_${res.status}`, e.message ?? `The server answered ${res.status}.`, e.errors ?? []);
  }
  return data as T;
}
