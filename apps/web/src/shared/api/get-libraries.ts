/**
 * The libraries that have sessions, for the library pickers. The API has no list of
 * libraries yet, so they are read off the all-time overview (answered from small aggregates).
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../lib/api-client';
import { statsKeys } from './query-keys';

type OverviewLibraries = { byWeek: { library: string }[]; checksByLibrary: { library: string }[] };

export async function getLibraries(signal?: AbortSignal): Promise<string[]> {
  const o = await api<OverviewLibraries>('/api/stats/overview', { signal });
  const set = new Set<string>();
  for (const r of o.byWeek) set.add(r.library);
  for (const r of o.checksByLibrary) set.add(r.library);
  return [...set].sort((a, b) => a.localeCompare(b));
}

export const librariesQueryOptions = () =>
  queryOptions({ queryKey: statsKeys.libraries(), queryFn: ({ signal }) => getLibraries(signal), staleTime: 5 * 60_000 });

export const useLibraries = (enabled = true) => useQuery({ ...librariesQueryOptions(), enabled });
