import { useId } from 'react';
import { useSessions, type SessionListParams } from '../api/get-sessions';
import { SessionTable } from './session-table';
import { ErrorMessage, Loading } from '../../../shared/components/feedback';

type Props = { title: string; description?: string; params: SessionListParams; emptyText: string };

/** One cursor-paged list of sessions with its own "Load more". */
export function SessionSection({ title, description, params, emptyText }: Props) {
  const headingId = useId();
  const q = useSessions(params);
  const items = q.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="card queue-section" aria-labelledby={headingId}>
      <header className="queue-section__header">
        <h2 id={headingId}>{title}</h2>
        {q.isSuccess && (
          <span className="count">
            {items.length}
            {q.hasNextPage ? '+' : ''} {items.length === 1 ? 'session' : 'sessions'}
          </span>
        )}
      </header>
      {description && <p className="muted">{description}</p>}
      {q.isPending ? (
        <Loading label="Loading sessions…" />
      ) : !q.data ? (
        <ErrorMessage error={q.error} title="The sessions could not be loaded" />
      ) : items.length === 0 ? (
        <p className="empty">{emptyText}</p>
      ) : (
        <>
          <SessionTable items={items} caption={title} />
          {q.hasNextPage && (
            <div className="load-more">
              <button type="button" className="button" onClick={() => void q.fetchNextPage()} disabled={q.isFetchingNextPage}>
                {q.isFetchingNextPage ? 'Loading…' : `Load more ${title.toLowerCase()}`}
              </button>
            </div>
          )}
          {q.isFetchNextPageError && <ErrorMessage error={q.error} title="More sessions could not be loaded" />}
        </>
      )}
    </section>
  );
}
