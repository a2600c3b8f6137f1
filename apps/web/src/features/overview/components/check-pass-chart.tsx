import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHECK_LIST, CHECKS } from '../../../shared/lib/rubric';
import { Link, navigate } from '../../../shared/lib/router';
import { queueHref, type QueueFilters } from '../../../shared/lib/queue-filters';
import { CategoryTick, ChartCard, COLORS, indexOf, pct } from './chart-card';
import type { Overview } from '../api/get-overview';

type Row = { id: string; title: string; pass: number; fail: number; na: number; pending: number; passRate: number | null };

export function CheckPassChart({ data, base }: { data: Overview; base: QueueFilters }) {
  const rows: Row[] = useMemo(() => {
    const sum = new Map<string, Row>();
    for (const id of CHECK_LIST) sum.set(id, { id, title: CHECKS[id].title, pass: 0, fail: 0, na: 0, pending: 0, passRate: null });
    for (const lib of data.checksByLibrary) {
      for (const c of lib.checks) {
        const r = sum.get(c.id);
        if (!r) continue;
        r.pass += c.pass;
        r.fail += c.fail;
        r.na += c.na;
        r.pending += c.pending;
      }
    }
    return [...sum.values()].map((r) => ({ ...r, passRate: r.pass + r.fail ? Math.round((1000 * r.pass) / (r.pass + r.fail)) / 10 : null }));
  }, [data]);
  const href = (id: string) => queueHref({ ...base, check: id });

  return (
    <ChartCard
      wide
      title="Pass rate per check"
      description="Share of sessions that pass each check, where it applies. Choose a check to list the sessions that fail it."
      table={
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Check</th>
              <th scope="col" className="num">
                Pass rate
              </th>
              <th scope="col" className="num">
                Pass
              </th>
              <th scope="col" className="num">
                Fail
              </th>
              <th scope="col" className="num">
                N/A
              </th>
              <th scope="col" className="num">
                Pending
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.title}</td>
                <td className="num">{pct(r.passRate)}</td>
                <td className="num">{r.pass}</td>
                <td className="num">{r.fail > 0 ? <Link to={href(r.id)}>{r.fail}</Link> : 0}</td>
                <td className="num">{r.na}</td>
                <td className="num">{r.pending}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <ResponsiveContainer width="100%" height={rows.length * 28 + 40}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 8 }}
          onClick={(state) => {
            const i = indexOf(state.activeIndex);
            const row = i === null ? undefined : rows[i];
            if (row) navigate(href(row.id));
          }}
          className="clickable"
        >
          <CartesianGrid stroke={COLORS.grid} horizontal={false} />
          <XAxis type="number" domain={[0, 100]} unit="%" />
          <YAxis type="category" dataKey="title" width={300} tick={<CategoryTick />} interval={0} />
          <Tooltip formatter={(v) => [pct(typeof v === 'number' ? v : null), 'Pass rate']} />
          <Bar dataKey="passRate" name="Pass rate" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.id} fill={r.passRate === null ? COLORS.muted : r.passRate >= 85 ? COLORS.pass : r.passRate >= 70 ? COLORS.warn : COLORS.fail} />
            ))}
            <LabelList dataKey="passRate" position="right" fontSize={12} fill="#364152" formatter={(v: unknown) => pct(typeof v === 'number' ? v : null)} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
