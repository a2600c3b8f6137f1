import { useEffect, useRef, type ReactNode } from 'react';
import { Link, navigate, useLocation } from '../shared/lib/router';
import { useLogout } from '../features/auth/api/logout';
import type { User } from '../shared/lib/types';
import { NAV, ROLE_LABEL } from './nav';

export function Shell({ user, children }: { user: User; children: ReactNode }) {
  const { pathname } = useLocation();
  const logout = useLogout();
  const first = useRef(true);

  // move focus to the new page's heading so screen readers announce the navigation
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to="/" className="brand" aria-label="AskQA home">
            <span className="brand__mark" aria-hidden="true">
              ?
            </span>
            AskQA
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.filter((n) => n.roles.includes(user.role)).map((n) => {
                const current = pathname === n.to || pathname.startsWith(`${n.to}/`) || (n.to === '/queue' && pathname.startsWith('/sessions/'));
                return (
                  <li key={n.to}>
                    <Link to={n.to} className="nav__link" aria-current={current ? 'page' : undefined}>
                      {n.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <div className="user">
            <span className="user__who">
              <span className="user__email">{user.email}</span>
              <span className="user__role">
                {ROLE_LABEL[user.role]}
                {user.library ? ` · ${user.library}` : ''}
              </span>
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              disabled={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })}
            >
              Sign out
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
