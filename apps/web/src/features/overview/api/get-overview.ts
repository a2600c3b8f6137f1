import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CheckId, FlagCode } from '@askqa/contract/checks';
import { api } from '../../../shared/lib/api-client';
import { statsKeys } from '../../../shared/api/query-keys';

export type OverviewParams = { from?: string; to?: string; library?: string };

/** GET /api/stats/overview (apps/api/src/services/stats.ts). Rates are percentages; null when nothing to rate. */
export type Overview = {
  filter: { from: string | null; to: string | null; library: string | null; weeks: { first: string | null; last: string | null } };
  totals: { sessions: number; scored: number; meanValue: number | null; passRate: number | null; flagged: number };
  byWeek: { week: string; library: string; sessions: number; meanValue: number | null; passRate: number | null; flagged: number }[];
  checksByLibrary: { library: string; checks: { id: CheckId; pass: number; fail: number; na: number; pending: number; passRate: number | null }[] }[];
  pickup: {
    buckets: { label: string; upToSeconds: number | null; count: number }[];
    withinStandard: number;
    withinStandardShare: number | null;
    standardSeconds: number;
  };
  volume: { byHour: { hour: number; sessions: number }[]; byWeekday: { weekday: string; sessions: number }[] };
  followUps: { onTime: number; late: number; overdue: number; pending: number };
  flags: { code: FlagCode; count: number }[];
};

export const getOverview = (params: OverviewParams, signal?: AbortSignal): Promise<Overview> =>
  api<Overview>('/api/stats/overview', { query: params, signal });

export const overviewQueryOptions = (params: OverviewParams) =>
  queryOptions({ queryKey: statsKeys.overview(params), queryFn: ({ signal }) => getOverview(params, signal), placeholderData: keepPreviousData });

export const useOverview = (params: OverviewParams) => useQuery(overviewQueryOptions(params));
