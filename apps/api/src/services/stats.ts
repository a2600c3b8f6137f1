/**
 * The coordinator's overview, answered from the aggregates (stats_weekly, stats_checks): a few
 * rows per week and library, never a scan of sessions.
 */
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { CHECK_IDS, type CheckId } from '@askqa/contract';
import { PICKUP_BUCKETS, STATS_COLUMN, STATS_FLAG_CODES, STATS_VECTOR, statsChecks, statsWeekly } from '@askqa/db';
import type { ServiceContext } from './context';
import { localDayAndHour, weekOf } from './stats-aggregates';

export type OverviewFilter = { from?: string; to?: string; library?: string };

const dayToDate = (day: number) => new Date(day * 86400000).toISOString().slice(0, 10);
const ratio = (a: number, b: number) => (b > 0 ? Math.round((1000 * a) / b) / 10 : null);
const mean = (sum: number, n: number) => (n > 0 ? Math.round((10 * sum) / n) / 10 : null);

/** The local date of a filter bound: a plain date (YYYY-MM-DD) or an ISO time with offset. */
function dayOf(s: string): number {
  return localDayAndHour(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00` : s).day;
}

export function overview(ctx: ServiceContext, f: OverviewFilter) {
  const fromWeek = f.from ? weekOf(dayOf(f.from)) : null;
  const toWeek = f.to ? weekOf(dayOf(f.to)) : null;
  const where = (t: typeof statsWeekly | typeof statsChecks): SQL | undefined =>
    and(
      fromWeek !== null ? gte(t.week, fromWeek) : undefined,
      toWeek !== null ? lte(t.week, toWeek) : undefined,
      f.library ? eq(t.library, f.library) : undefined,
    );
  // Sums in SQL (one row), and only the few columns the weekly series needs: materialising
  // every counter of every week would cost more than the sums themselves.
  const totalsRow = ctx.db
    .select(Object.fromEntries(STATS_VECTOR.map((k) => [k, sql<number>`coalesce(sum(${sql.identifier(STATS_COLUMN[k]!)}), 0)`])))
    .from(statsWeekly)
    .where(where(statsWeekly))
    .get() as Record<string, number> | undefined;
  const weekly = ctx.db
    .select({
      week: statsWeekly.week,
      library: statsWeekly.library,
      sessions: statsWeekly.sessions,
      scored: statsWeekly.scored,
      valueSum: statsWeekly.valueSum,
      checksPass: statsWeekly.checksPass,
      checksFail: statsWeekly.checksFail,
      flagged: statsWeekly.flagged,
    })
    .from(statsWeekly)
    .where(where(statsWeekly))
    .orderBy(statsWeekly.week, statsWeekly.library)
    .all();
  const checks = ctx.db
    .select({
      library: statsChecks.library,
      check: statsChecks.check,
      pass: sql<number>`sum(${statsChecks.pass})`,
      fail: sql<number>`sum(${statsChecks.fail})`,
      na: sql<number>`sum(${statsChecks.na})`,
      pending: sql<number>`sum(${statsChecks.pending})`,
    })
    .from(statsChecks)
    .where(where(statsChecks))
    .groupBy(statsChecks.library, statsChecks.check)
    .all();

  const total = (name: string) => Number(totalsRow?.[name] ?? 0);
  const byWeek = weekly
    .filter((r) => r.sessions !== 0)
    .map((r) => ({
      week: dayToDate(r.week),
      library: r.library,
      sessions: r.sessions,
      scored: r.scored,
      meanValue: mean(r.valueSum, r.scored),
      passRate: ratio(r.checksPass, r.checksPass + r.checksFail),
      flagged: r.flagged,
    }));

  const libraries = new Map<string, { id: CheckId; pass: number; fail: number; na: number; pending: number; passRate: number | null }[]>();
  for (const c of checks) {
    const id = CHECK_IDS[c.check];
    if (!id) continue;
    let list = libraries.get(c.library);
    if (!list) libraries.set(c.library, (list = []));
    list.push({ id, pass: c.pass, fail: c.fail, na: c.na, pending: c.pending, passRate: ratio(c.pass, c.pass + c.fail) });
  }
  const pickupTotal =
    PICKUP_BUCKETS.reduce((n, s) => n + total(`pickupLe${s}`), 0) + total('pickupLonger') + total('pickupNever');

  return {
    filter: {
      from: f.from ?? null,
      to: f.to ?? null,
      library: f.library ?? null,
      weeks: { first: fromWeek !== null ? dayToDate(fromWeek) : null, last: toWeek !== null ? dayToDate(toWeek) : null },
    },
    totals: {
      sessions: total('sessions'),
      scored: total('scored'),
      meanValue: mean(total('valueSum'), total('scored')),
      passRate: ratio(total('checksPass'), total('checksPass') + total('checksFail')),
      flagged: total('flagged'),
    },
    byWeek,
    checksByLibrary: [...libraries].map(([library, list]) => ({ library, checks: list.sort((a, b) => CHECK_IDS.indexOf(a.id) - CHECK_IDS.indexOf(b.id)) })),
    pickup: {
      buckets: [
        ...PICKUP_BUCKETS.map((s) => ({ label: `≤ ${s} s`, upToSeconds: s as number | null, count: total(`pickupLe${s}`) })),
        { label: `> ${PICKUP_BUCKETS[PICKUP_BUCKETS.length - 1]} s`, upToSeconds: null, count: total('pickupLonger') },
        { label: 'never picked up', upToSeconds: null, count: total('pickupNever') },
      ],
      withinStandard: total('pickupWithin'),
      withinStandardShare: ratio(total('pickupWithin'), pickupTotal),
      standardSeconds: ctx.rubric.settings.pickupSeconds,
    },
    volume: {
      byHour: Array.from({ length: 24 }, (_, h) => ({ hour: h, sessions: total(`hour${h}`) })),
      byWeekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d, i) => ({ weekday: d, sessions: total(`weekday${i}`) })),
    },
    followUps: { onTime: total('fuOnTime'), late: total('fuLate'), overdue: total('fuOverdue'), pending: total('fuPending') },
    flags: STATS_FLAG_CODES.map((code) => ({ code, count: total(`flag_${code}`) })),
  };
}
