import { Link } from '../../../shared/lib/router';
import { queueHref } from '../../../shared/lib/queue-filters';
import { ErrorMessage, Loading } from '../../../shared/components/feedback';
import { useOverview } from '../api/get-overview';
import { useOverviewFilters } from '../hooks/use-overview-filters';
import { OverviewFilters } from './overview-filters';
import { ScoreTrendChart } from './score-trend-chart';
import { CheckPassChart } from './check-pass-chart';
import { FlagsChart, FollowUpChart, PickupChart, VolumeCharts } from './distribution-charts';
import { LibraryTable } from './library-table';
import { pct } from './chart-card';
import { showDate } from '../../../shared/lib/dates';

/** Quality across the state: every chart opens the sessions behind it in the review queue. */
export function OverviewDashboard({ fixedLibrary }: { fixedLibrary: string | null }) {
  const { params, update, queueBase } = useOverviewFilters();
  const q = useOverview(params);
  const data = q.data;

  return (
    <div className="stack">
      <OverviewFilters params={params} onChange={update} fixedLibrary={fixedLibrary} />
      {q.isPending ? (
        <Loading label="Loading the overview…" />
      ) : q.isError ? (
        <ErrorMessage error={q.error} title="The overview could not be loaded" />
      ) : data ? (
        <div className={`stack${q.isPlaceholderData ? ' is-stale' : ''}`} aria-busy={q.isFetching}>
          <p className="muted">
            {data.filter.weeks.first || data.filter.weeks.last
              ? `Weeks ${data.filter.weeks.first ? `from ${showDate(data.filter.weeks.first)}` : ''} ${data.filter.weeks.last ? `to the week of ${showDate(data.filter.weeks.last)}` : ''}`
              : 'All weeks'}
            {params.library ? ` · ${params.library}` : ' · all libraries'}
          </p>
          <ul className="kpis" aria-label="Totals">
            <li className="kpi">
              <span className="kpi__label">Sessions</span>
              <Link className="kpi__value" to={queueHref(queueBase)}>
                {data.totals.sessions.toLocaleString()}
              </Link>
              <span className="kpi__sub">{data.totals.scored.toLocaleString()} scored</span>
            </li>
            <li className="kpi">
              <span className="kpi__label">Mean score</span>
              <span className="kpi__value">{data.totals.meanValue ?? '—'}</span>
              <span className="kpi__sub">out of 100</span>
            </li>
            <li className="kpi">
              <span className="kpi__label">Checks passed</span>
              <span className="kpi__value">{pct(data.totals.passRate)}</span>
              <span className="kpi__sub">where they apply</span>
            </li>
            <li className="kpi">
              <span className="kpi__label">Flagged</span>
              <Link className="kpi__value" to={queueHref({ ...queueBase, flagged: 'true' })}>
                {data.totals.flagged.toLocaleString()}
              </Link>
              <span className="kpi__sub">for review</span>
            </li>
          </ul>
          {data.totals.sessions === 0 ? (
            <p className="empty card">No sessions in this range.</p>
          ) : (
            <div className="chart-grid">
              <ScoreTrendChart data={data} base={queueBase} libraryFilter={params.library} />
              <CheckPassChart data={data} base={queueBase} />
              <PickupChart data={data} />
              <FollowUpChart data={data} base={queueBase} />
              <FlagsChart data={data} base={queueBase} />
              <VolumeCharts data={data} />
              {!params.library && <LibraryTable data={data} base={queueBase} />}
            </div>
          )}
        </div>
      ) : null}
    </div>
  );
}
