import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, isUnauthorized } from '../../../shared/lib/api-client';
import type { User } from '../../../shared/lib/types';

export const meKeys = { all: ['me'] as const };

/** The signed-in user, or null when nobody is (a 401 is an answer here, not an error). */
export async function getMe(signal?: AbortSignal): Promise<User | null> {
  try {
    const r = await api<{ kind: 'user'; user: User } | { kind: 'token' }>('/api/me', { signal });
    return r.kind === 'user' ? r.user : null;
  } catch (err) {
    if (isUnauthorized(err)) return null;
    throw err;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meKeys.all, queryFn: ({ signal }) => getMe(signal), staleTime: Infinity, retry: false });

export const useMe = () => useQuery(meQueryOptions());
