import { useMemo } from 'react';
import { Link } from '../../../shared/lib/router';
import { queueHref, type QueueFilters } from '../../../shared/lib/queue-filters';
import { ScoreBadge } from '../../../shared/components/score-badge';
import { pct } from './chart-card';
import type { Overview } from '../api/get-overview';

/** Each library over the range; a library's name opens its sessions. */
export function LibraryTable({ data, base }: { data: Overview; base: QueueFilters }) {
  const rows = useMemo(() => {
    const m = new Map<string, { sessions: number; flagged: number; sum: number; n: number }>();
    for (const r of data.byWeek) {
      const x = m.get(r.library) ?? { sessions: 0, flagged: 0, sum: 0, n: 0 };
      x.sessions += r.sessions;
      x.flagged += r.flagged;
      if (r.meanValue !== null) {
        x.sum += r.meanValue * r.sessions;
        x.n += r.sessions;
      }
      m.set(r.library, x);
    }
    const passRate = new Map(
      data.checksByLibrary.map((l) => {
        const pass = l.checks.reduce((n, c) => n + c.pass, 0);
        const fail = l.checks.reduce((n, c) => n + c.fail, 0);
        return [l.library, pass + fail ? Math.round((1000 * pass) / (pass + fail)) / 10 : null] as const;
      }),
    );
    return [...m]
      .map(([library, x]) => ({ library, ...x, mean: x.n ? Math.round((10 * x.sum) / x.n) / 10 : null, passRate: passRate.get(library) ?? null }))
      .sort((a, b) => (a.mean ?? 101) - (b.mean ?? 101));
  }, [data]);

  return (
    <section className="card chart-card chart-card--wide" aria-labelledby="libraries-title">
      <h2 id="libraries-title">Libraries</h2>
      <p className="muted small">Lowest mean score first. Choose a library to review its sessions, or its flagged count for those.</p>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Library</th>
              <th scope="col" className="num">
                Sessions
              </th>
              <th scope="col" className="num">
                Mean score
              </th>
              <th scope="col" className="num">
                Checks passed
              </th>
              <th scope="col" className="num">
                Flagged
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.library}>
                <th scope="row">
                  <Link to={queueHref({ ...base, library: r.library })}>{r.library}</Link>
                </th>
                <td className="num">{r.sessions}</td>
                <td className="num">
                  <ScoreBadge value={r.mean} />
                </td>
                <td className="num">{pct(r.passRate)}</td>
                <td className="num">{r.flagged > 0 ? <Link to={queueHref({ ...base, library: r.library, flagged: 'true' })}>{r.flagged}</Link> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
