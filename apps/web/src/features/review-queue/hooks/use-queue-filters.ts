import { useEffect, useMemo } from 'react';
import { navigate, useLocation } from '../../../shared/lib/router';
import { parseQueueFilters, queueHref, type QueueFilters } from '../../../shared/lib/queue-filters';
import { addDays, formatDate, mondayOf, startOfDayIso, today } from '../../../shared/lib/dates';
import { rememberQueue } from '../../../shared/lib/last-queue';
import { useLatestSession } from '../api/get-latest-session';
import type { SessionListParams } from '../api/get-sessions';

export type DateRange = { kind: 'all' } | { kind: 'range'; from: string; to: string };

/**
 * The queue's filters, read from and written to the URL. Without dates in the URL the queue
 * opens on the latest week that has sessions (a reviewer's weekly pass), and writes that week
 * into the URL so the view can be shared as it is.
 */
export function useQueueFilters(opts: { fixedLibrary?: string | null }) {
  const { search, href } = useLocation();
  const filters = useMemo(() => parseQueueFilters(search), [search]);
  const library = opts.fixedLibrary ?? filters.library;

  const needsDefault = filters.dates !== 'all' && !filters.from && !filters.to;
  const latest = useLatestSession(library, needsDefault);

  const range: DateRange | null = useMemo(() => {
    if (filters.dates === 'all') return { kind: 'all' };
    if (filters.from || filters.to) {
      const from = filters.from ?? addDays(filters.to!, -6);
      const to = filters.to ?? addDays(from, 6);
      return { kind: 'range', from, to: to < from ? from : to };
    }
    if (latest.isPending && latest.fetchStatus !== 'idle') return null;
    const day = latest.data ? formatDate(new Date(latest.data.startedAt)) : today();
    const monday = mondayOf(day);
    return { kind: 'range', from: monday, to: addDays(monday, 6) };
  }, [filters, latest.isPending, latest.fetchStatus, latest.data]);

  // write the default week into the URL (replace: the bare /queue entry stays the same view)
  useEffect(() => {
    if (needsDefault && range?.kind === 'range') navigate(queueHref({ ...filters, from: range.from, to: range.to }), { replace: true, keepScroll: true });
  }, [needsDefault, range, filters]);

  useEffect(() => {
    if (!needsDefault) rememberQueue(href);
  }, [needsDefault, href]);

  const update = (patch: Partial<QueueFilters>, opts: { replace?: boolean } = {}) => {
    const next: QueueFilters = { ...filters, ...patch };
    for (const k of Object.keys(patch) as (keyof QueueFilters)[]) if (patch[k] === undefined || patch[k] === '') delete next[k];
    navigate(queueHref(next), { replace: opts.replace, keepScroll: true });
  };

  const params: SessionListParams | null = useMemo(() => {
    if (!range) return null;
    const num = (s: string | undefined) => {
      const n = s === undefined ? NaN : Number(s);
      return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
    };
    return {
      library,
      provider: filters.provider,
      code: filters.code,
      check: filters.check,
      q: filters.q,
      minScore: num(filters.minScore),
      maxScore: num(filters.maxScore),
      sort: filters.sort ?? '-date',
      ...(range.kind === 'range' ? { from: startOfDayIso(range.from), to: startOfDayIso(addDays(range.to, 1)) } : {}),
    };
  }, [filters, range, library]);

  return { filters, range, params, update, latestError: latest.error };
}
