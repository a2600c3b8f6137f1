import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SessionSummary } from '@askqa/contract/api';
import { api } from '../../../shared/lib/api-client';
import { sessionKeys } from '../../../shared/api/query-keys';

/** The newest session (of one library, or of every library the user may see): the queue opens on its week. */
export async function getLatestSession(library: string | undefined, signal?: AbortSignal): Promise<SessionSummary | null> {
  const r = await api<{ items: SessionSummary[] }>('/api/transcripts', { query: { library, sort: '-date', limit: 1 }, signal });
  return r.items[0] ?? null;
}

export const latestSessionQueryOptions = (library: string | undefined) =>
  queryOptions({
    queryKey: sessionKeys.list({ latest: true, library }),
    queryFn: ({ signal }) => getLatestSession(library, signal),
  });

export const useLatestSession = (library: string | undefined, enabled: boolean) =>
  useQuery({ ...latestSessionQueryOptions(library), enabled });
