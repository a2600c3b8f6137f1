import { useMemo, useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { FLAG_BELOW } from '../../../shared/lib/rubric';
import { Link, navigate } from '../../../shared/lib/router';
import { queueHref, type QueueFilters } from '../../../shared/lib/queue-filters';
import { addDays, showShortDate } from '../../../shared/lib/dates';
import { ChartCard, COLORS, indexOf } from './chart-card';
import type { Overview } from '../api/get-overview';

type Row = { week: string; state: number | null; sessions: number; compare?: number | null };

/** Mean of the libraries' weekly means, weighted by their sessions. */
function stateByWeek(byWeek: Overview['byWeek']): Row[] {
  const weeks = new Map<string, { sum: number; n: number; sessions: number }>();
  for (const r of byWeek) {
    const w = weeks.get(r.week) ?? { sum: 0, n: 0, sessions: 0 };
    w.sessions += r.sessions;
    if (r.meanValue !== null) {
      w.sum += r.meanValue * r.sessions;
      w.n += r.sessions;
    }
    weeks.set(r.week, w);
  }
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({ week, sessions: w.sessions, state: w.n ? Math.round((10 * w.sum) / w.n) / 10 : null }));
}

export function ScoreTrendChart({ data, base, libraryFilter }: { data: Overview; base: QueueFilters; libraryFilter?: string }) {
  const libraries = useMemo(() => [...new Set(data.byWeek.map((r) => r.library))].sort(), [data]);
  const [compare, setCompare] = useState('');
  const rows = useMemo(() => {
    const rows = stateByWeek(data.byWeek);
    if (compare) {
      const mine = new Map(data.byWeek.filter((r) => r.library === compare).map((r) => [r.week, r.meanValue]));
      for (const r of rows) r.compare = mine.get(r.week) ?? null;
    }
    return rows;
  }, [data, compare]);

  const weekHref = (week: string, library?: string) =>
    queueHref({ ...base, dates: undefined, from: week, to: addDays(week, 6), ...(library ? { library } : {}) });
  const stateName = libraryFilter ? libraryFilter : 'All libraries';

  return (
    <ChartCard
      wide
      title="Mean quality score by week"
      description={
        <>
          <p>Choose a week to review its sessions.</p>
          {!libraryFilter && libraries.length > 1 && (
            <div className="field field--inline">
              <label htmlFor="trend-compare">Compare with library</label>
              <select id="trend-compare" value={compare} onChange={(e) => setCompare(e.target.value)}>
                <option value="">None</option>
                {libraries.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      }
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col" className="num">
                Sessions
              </th>
              <th scope="col" className="num">
                {stateName}
              </th>
              {compare && (
                <th scope="col" className="num">
                  {compare}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.week}>
                <td>
                  <Link to={weekHref(r.week)}>{showShortDate(r.week)}</Link>
                </td>
                <td className="num">{r.sessions}</td>
                <td className="num">{r.state ?? '—'}</td>
                {compare && (
                  <td className="num">
                    <Link to={weekHref(r.week, compare)}>{r.compare ?? '—'}</Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={280}>
        <LineChart
          data={rows}
          margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
          onClick={(state) => {
            const i = indexOf(state.activeIndex);
            const row = i === null ? undefined : rows[i];
            if (row) navigate(weekHref(row.week));
          }}
          className="clickable"
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="week" tickFormatter={showShortDate} minTickGap={16} />
          {/* zoomed to the data, but always showing the flag threshold */}
          <YAxis domain={[(min: number) => Math.max(0, Math.min(FLAG_BELOW - 10, Math.floor((min - 5) / 10) * 10)), 100]} width={36} allowDataOverflow />
          <ReferenceLine y={FLAG_BELOW} stroke={COLORS.fail} strokeDasharray="4 4" label={{ value: `flag below ${FLAG_BELOW}`, position: 'insideBottomRight', fill: COLORS.fail, fontSize: 12 }} />
          <Tooltip labelFormatter={(w) => `Week of ${showShortDate(String(w))}`} />
          <Legend />
          <Line type="monotone" dataKey="state" name={stateName} stroke={COLORS.primary} strokeWidth={2} connectNulls dot={{ r: 3 }} activeDot={{ r: 6 }} isAnimationActive={false} />
          {compare && (
            <Line type="monotone" dataKey="compare" name={compare} stroke={COLORS.secondary} strokeWidth={2} strokeDasharray="5 3" connectNulls dot={{ r: 3 }} isAnimationActive={false} />
          )}
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
