import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../shared/lib/api-client';
import { sessionKeys } from '../../../shared/api/query-keys';
import type { SessionDetail } from '../../../shared/lib/types';

/** One session with its score. Patron contact details stay redacted: the dashboard never asks for originals. */
export const getSession = (id: number, signal?: AbortSignal): Promise<SessionDetail> => api<SessionDetail>(`/api/transcripts/${id}`, { signal });

export const sessionQueryOptions = (id: number) =>
  queryOptions({ queryKey: sessionKeys.detail(id), queryFn: ({ signal }) => getSession(id, signal) });

export const useSession = (id: number) => useQuery(sessionQueryOptions(id));
