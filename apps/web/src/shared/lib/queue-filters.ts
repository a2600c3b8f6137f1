/**
 * The review queue's filters as they live in the URL (/queue?…), so a view can be shared and
 * other screens (the overview's charts) can link to the sessions behind a number.
 * Dates are plain local dates, `to` inclusive; `dates=all` lifts the date range.
 */
import { DATE_RE } from './dates';

export const SORT_OPTIONS = [
  { value: '-date', label: 'Newest first' },
  { value: 'date', label: 'Oldest first' },
  { value: 'score', label: 'Lowest score first' },
  { value: '-score', label: 'Highest score first' },
] as const;
export type Sort = (typeof SORT_OPTIONS)[number]['value'];

export type QueueFilters = {
  from?: string;
  to?: string;
  dates?: 'all';
  library?: string;
  provider?: string;
  code?: string;
  flagged?: 'true' | 'false';
  minScore?: string;
  maxScore?: string;
  check?: string;
  q?: string;
  sort?: Sort;
};

const KEYS = ['from', 'to', 'dates', 'library', 'provider', 'code', 'flagged', 'minScore', 'maxScore', 'check', 'q', 'sort'] as const;

export function parseQueueFilters(search: string | URLSearchParams): QueueFilters {
  const p = typeof search === 'string' ? new URLSearchParams(search) : search;
  const f: QueueFilters = {};
  for (const k of KEYS) {
    const v = p.get(k)?.trim();
    if (!v) continue;
    if ((k === 'from' || k === 'to') && !DATE_RE.test(v)) continue;
    if (k === 'dates' && v !== 'all') continue;
    if (k === 'flagged' && v !== 'true' && v !== 'false') continue;
    if (k === 'sort' && !['date', '-date', 'score', '-score'].includes(v)) continue;
    (f as Record<string, string>)[k] = v;
  }
  return f;
}

export function queueHref(f: QueueFilters): string {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = f[k];
    if (v) p.set(k, v);
  }
  const s = p.toString();
  return s ? `/queue?${s}` : '/queue';
}
