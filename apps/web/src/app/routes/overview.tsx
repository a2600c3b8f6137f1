import { OverviewDashboard } from '../../features/overview/components/overview-dashboard';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import type { User } from '../../shared/lib/types';

/** Loaded lazily (React.lazy in app.tsx): recharts stays out of the first bundle. */
export default function OverviewRoute({ user }: { user: User }) {
  useDocumentTitle('Overview');
  return (
    <>
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          Quality overview
        </h1>
        <p className="muted">How the service is doing against the Behaviors Checklist. Choose a chart’s bar or point to see the sessions behind it.</p>
      </header>
      <OverviewDashboard fixedLibrary={user.role === 'liaison' ? user.library : null} />
    </>
  );
}
