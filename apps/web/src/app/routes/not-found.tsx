import { Link } from '../../shared/lib/router';
import { useDocumentTitle } from '../../shared/lib/use-document-title';
import type { User } from '../../shared/lib/types';
import { homeOf } from '../nav';

export function NotFoundRoute() {
  useDocumentTitle('Not found');
  return (
    <div className="card">
      <h1 id="page-title" tabIndex={-1}>
        Page not found
      </h1>
      <p>
        There is nothing at this address. <Link to="/">Go to the start page</Link>.
      </p>
    </div>
  );
}

export function NotAllowedRoute({ user }: { user: User }) {
  useDocumentTitle('Not available');
  return (
    <div className="card">
      <h1 id="page-title" tabIndex={-1}>
        Not available for your role
      </h1>
      <p>
        This page is not part of the {user.role}’s tools. <Link to={homeOf(user.role)}>Go to your start page</Link>.
      </p>
    </div>
  );
}
