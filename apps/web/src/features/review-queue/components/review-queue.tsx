import { useQueueFilters } from '../hooks/use-queue-filters';
import { DateRangeControls } from './date-range-controls';
import { QueueFiltersForm } from './queue-filters-form';
import { SessionSection } from './session-section';
import { Loading, ErrorMessage } from '../../../shared/components/feedback';
import { checkTitle } from '../../../shared/lib/rubric';

const PAGE = 50;

/**
 * The weekly review: flagged sessions (critical fails, low scores, unhappy patrons and every
 * follow-up session) come first in their own list, then the rest. Two queries rather than one
 * sorted list keep each list cursor-paged by the server and the urgent ones never behind a
 * "Load more".
 */
export function ReviewQueue({ fixedLibrary }: { fixedLibrary: string | null }) {
  const { filters, range, params, update, latestError } = useQueueFilters({ fixedLibrary });

  return (
    <div className="stack">
      <div className="card stack">
        {range ? <DateRangeControls range={range} onChange={update} /> : <Loading label="Finding the latest week…" />}
        {latestError && <ErrorMessage error={latestError} title="The latest week could not be found" />}
        <QueueFiltersForm filters={filters} fixedLibrary={fixedLibrary} onChange={update} />
        {filters.check && (
          <p className="note">
            Showing sessions that <strong>fail</strong> “{checkTitle(filters.check)}”.
          </p>
        )}
      </div>
      {params && (
        <>
          {filters.flagged !== 'false' && (
            <SessionSection
              key={`f:${JSON.stringify(params)}`}
              title="Flagged sessions"
              description={filters.flagged ? undefined : 'Review these first: critical fails, low scores, unhappy patrons and follow-ups.'}
              params={{ ...params, flagged: true, limit: PAGE }}
              emptyText="No flagged sessions match."
            />
          )}
          {filters.flagged !== 'true' && (
            <SessionSection
              key={`o:${JSON.stringify(params)}`}
              title={filters.flagged ? 'Sessions' : 'Other sessions'}
              params={{ ...params, flagged: false, limit: PAGE }}
              emptyText="No other sessions match."
            />
          )}
        </>
      )}
    </div>
  );
}
