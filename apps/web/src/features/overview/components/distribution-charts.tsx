import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CategoryTick, ChartCard, COLORS, indexOf, pct } from './chart-card';
import { Link, navigate } from '../../../shared/lib/router';
import { queueHref, type QueueFilters } from '../../../shared/lib/queue-filters';
import { flagLabel } from '../../../shared/lib/rubric';
import type { Overview } from '../api/get-overview';

function SimpleTable({ head, rows }: { head: [string, string]; rows: { label: string; value: number; href?: string }[] }) {
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{head[0]}</th>
          <th scope="col" className="num">
            {head[1]}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td>{r.href ? <Link to={r.href}>{r.label}</Link> : r.label}</td>
            <td className="num">{r.value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PickupChart({ data }: { data: Overview }) {
  const p = data.pickup;
  const rows = p.buckets.map((b) => ({ ...b, within: b.upToSeconds !== null && b.upToSeconds <= p.standardSeconds }));
  return (
    <ChartCard
      title="Pickup time"
      description={
        <p>
          <strong className="big-number">{pct(p.withinStandardShare)}</strong> picked up within the {p.standardSeconds} s standard ({p.withinStandard} sessions).
        </p>
      }
      table={<SimpleTable head={['Picked up', 'Sessions']} rows={rows.map((b) => ({ label: b.label, value: b.count }))} />}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} interval={0} />
          <YAxis allowDecimals={false} width={52} />
          <Tooltip />
          <Bar dataKey="count" name="Sessions" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.within ? COLORS.pass : r.upToSeconds === null && r.label.includes('never') ? COLORS.fail : COLORS.warn} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export function VolumeCharts({ data }: { data: Overview }) {
  const hours = data.volume.byHour.map((h) => ({ label: `${String(h.hour).padStart(2, '0')}:00`, sessions: h.sessions }));
  return (
    <>
      <ChartCard
        title="Sessions by weekday"
        table={<SimpleTable head={['Weekday', 'Sessions']} rows={data.volume.byWeekday.map((d) => ({ label: d.weekday, value: d.sessions }))} />}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={data.volume.byWeekday} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="weekday" />
            <YAxis allowDecimals={false} width={52} />
            <Tooltip />
            <Bar dataKey="sessions" name="Sessions" fill={COLORS.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
      <ChartCard
        wide
        title="Sessions by hour of day"
        description="When patrons start chats (local time of the service)."
        table={<SimpleTable head={['Hour', 'Sessions']} rows={hours.map((h) => ({ label: h.label, value: h.sessions }))} />}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={hours} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={1} />
            <YAxis allowDecimals={false} width={52} />
            <Tooltip />
            <Bar dataKey="sessions" name="Sessions" fill={COLORS.primary} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartCard>
    </>
  );
}

export function FollowUpChart({ data, base }: { data: Overview; base: QueueFilters }) {
  const f = data.followUps;
  // late and overdue follow-ups fail followup.on_time: the list can show exactly those
  const failing = queueHref({ ...base, check: 'followup.on_time' });
  const rows = [
    { label: 'On time', value: f.onTime, color: COLORS.pass },
    { label: 'Late', value: f.late, color: COLORS.warn, href: failing },
    { label: 'Overdue', value: f.overdue, color: COLORS.fail, href: failing },
    { label: 'Pending', value: f.pending, color: COLORS.muted },
  ];
  const done = f.onTime + f.late + f.overdue;
  return (
    <ChartCard
      title="Follow-up compliance"
      description={
        <p>
          <strong className="big-number">{done ? pct(Math.round((1000 * f.onTime) / done) / 10) : '—'}</strong> of due follow-ups done within 72 hours. Choose
          Late or Overdue for those sessions.
        </p>
      }
      table={<SimpleTable head={['Follow-ups', 'Sessions']} rows={rows} />}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart
          data={rows}
          margin={{ top: 8, right: 8, bottom: 8, left: 0 }}
          onClick={(state) => {
            const i = indexOf(state.activeIndex);
            const row = i === null ? undefined : rows[i];
            if (row?.href) navigate(row.href);
          }}
          className="clickable"
        >
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} width={52} />
          <Tooltip />
          <Bar dataKey="value" name="Sessions" isAnimationActive={false}>
            {rows.map((r) => (
              <Cell key={r.label} fill={r.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** The closest list filters for each flag (the list API filters on flagged, score and failing check, not on a flag code). */
function flagFilters(code: string): Partial<QueueFilters> {
  switch (code) {
    case 'critical_fail':
      return { flagged: 'true', maxScore: '0' };
    case 'low_score':
      return { flagged: 'true', maxScore: '69.9' };
    case 'followup_overdue':
      return { check: 'followup.on_time' };
    default:
      return { flagged: 'true' };
  }
}

export function FlagsChart({ data, base }: { data: Overview; base: QueueFilters }) {
  const rows = data.flags.map((f) => ({ label: flagLabel(f.code), value: f.count, href: queueHref({ ...base, ...flagFilters(f.code) }) }));
  return (
    <ChartCard
      title="Why sessions are flagged"
      description={
        <p>
          <strong className="big-number">{data.totals.flagged}</strong> flagged sessions; one session may have several reasons. Choose a bar for the flagged
          sessions.
        </p>
      }
      table={<SimpleTable head={['Flag', 'Sessions']} rows={rows} />}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart
          data={rows}
          layout="vertical"
          margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
          onClick={(state) => {
            const i = indexOf(state.activeIndex);
            const row = i === null ? undefined : rows[i];
            if (row) navigate(row.href);
          }}
          className="clickable"
        >
          <CartesianGrid stroke={COLORS.grid} horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={140} tick={<CategoryTick />} interval={0} />
          <Tooltip />
          <Bar dataKey="value" name="Sessions" fill={COLORS.fail} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
