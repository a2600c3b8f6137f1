import { useMemo } from 'react';
import { navigate, useLocation } from '../../../shared/lib/router';
import { addDays, DATE_RE, mondayOf } from '../../../shared/lib/dates';
import type { QueueFilters } from '../../../shared/lib/queue-filters';
import type { OverviewParams } from '../api/get-overview';

/** The overview's range and library live in the URL (/overview?from&to&library). */
export function useOverviewFilters() {
  const { search } = useLocation();
  const params: OverviewParams = useMemo(() => {
    const p = new URLSearchParams(search);
    const pick = (k: string, re?: RegExp) => {
      const v = p.get(k)?.trim();
      return v && (!re || re.test(v)) ? v : undefined;
    };
    return { from: pick('from', DATE_RE), to: pick('to', DATE_RE), library: pick('library') };
  }, [search]);

  const update = (next: OverviewParams) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v) p.set(k, v);
    const s = p.toString();
    navigate(s ? `/overview?${s}` : '/overview', { replace: true, keepScroll: true });
  };

  /** The queue filters that show the sessions behind the overview as filtered (whole weeks, as the statistics count them). */
  const queueBase: QueueFilters = useMemo(() => {
    const base: QueueFilters = params.library ? { library: params.library } : {};
    if (!params.from && !params.to) return { ...base, dates: 'all' };
    const from = params.from ? mondayOf(params.from) : undefined;
    const to = params.to ? addDays(mondayOf(params.to), 6) : undefined;
    if (from && to) return { ...base, from, to };
    // an open-ended range: the queue needs both ends
    return { ...base, from: from ?? '2000-01-03', to: to ?? addDays(mondayOf(new Date().toISOString().slice(0, 10)), 6) };
  }, [params]);

  return { params, update, queueBase };
}
