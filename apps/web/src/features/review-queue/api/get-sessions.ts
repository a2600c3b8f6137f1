import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import type { SessionSummary } from '@askqa/contract/api';
import { api } from '../../../shared/lib/api-client';
import { sessionKeys } from '../../../shared/api/query-keys';

/** GET /api/transcripts parameters, as the API reads them (from/to are ISO with offset). */
export type SessionListParams = {
  library?: string;
  provider?: string;
  from?: string;
  to?: string;
  code?: string;
  flagged?: boolean;
  minScore?: number;
  maxScore?: number;
  check?: string;
  q?: string;
  sort?: string;
  limit?: number;
};

export type SessionPage = { items: SessionSummary[]; nextCursor: string | null };

export function getSessions(params: SessionListParams, cursor: string | null, signal?: AbortSignal): Promise<SessionPage> {
  return api<SessionPage>('/api/transcripts', { query: { ...params, cursor }, signal });
}

export const sessionsQueryOptions = (params: SessionListParams) =>
  infiniteQueryOptions({
    queryKey: sessionKeys.list(params),
    queryFn: ({ pageParam, signal }) => getSessions(params, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export const useSessions = (params: SessionListParams, enabled = true) => useInfiniteQuery({ ...sessionsQueryOptions(params), enabled });
