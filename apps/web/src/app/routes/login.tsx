import { useEffect } from 'react';
import { LoginForm } from '../../features/auth/components/login-form';
import { navigate, useSearchParams } from '../../shared/lib/router';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import type { User } from '../../shared/lib/types';
import { homeOf, mayOpen } from '../nav';

/** Where to go after signing in: the page that asked for it, if this user may open it. */
function destination(next: string | null, user: User): string {
  if (next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')) {
    const path = next.split('?')[0] ?? '/';
    if (mayOpen(user.role, path)) return next;
  }
  return homeOf(user.role);
}

export function LoginRoute({ user }: { user?: User }) {
  useDocumentTitle('Sign in');
  const next = useSearchParams().get('next');
  useEffect(() => {
    if (user) navigate(destination(next, user), { replace: true });
  }, [user, next]);

  return (
    <main id="main" className="login-page">
      <div className="login-card card">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            ?
          </span>
          AskQA
        </p>
        <h1 id="page-title">Sign in</h1>
        <p className="muted">Quality review for the Ask a Librarian chat service.</p>
        <LoginForm onSignedIn={(u) => navigate(destination(next, u), { replace: true })} />
      </div>
    </main>
  );
}
