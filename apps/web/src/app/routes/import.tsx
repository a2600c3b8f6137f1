import { ImportForm } from '../../features/import/components/import-form';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import type { User } from '../../shared/lib/types';

export function ImportRoute({ user }: { user: User }) {
  useDocumentTitle('Import');
  return (
    <>
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          Import transcripts
        </h1>
        <p className="muted">Upload an export from your chat system. Each session is stored and scored; sending the same file again changes nothing.</p>
      </header>
      <ImportForm fixedLibrary={user.role === 'liaison' ? user.library : null} />
    </>
  );
}
