import { ReviewQueue } from '../../features/review-queue/components/review-queue';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import type { User } from '../../shared/lib/types';

export function QueueRoute({ user }: { user: User }) {
  useDocumentTitle('Review queue');
  const fixedLibrary = user.role === 'liaison' ? user.library : null;
  return (
    <>
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          Review queue
        </h1>
        <p className="muted">
          {fixedLibrary ? `Sessions of ${fixedLibrary}` : 'Sessions of every library'}, scored against the Behaviors Checklist. Flagged sessions come
          first.
        </p>
      </header>
      <ReviewQueue fixedLibrary={fixedLibrary} />
    </>
  );
}
