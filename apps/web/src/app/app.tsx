import { lazy, Suspense, useEffect } from 'react';
import { matchPath, navigate, useLocation } from '../shared/lib/router';
import { useMe } from '../features/auth/api/get-me';
import { ErrorMessage, Loading } from '../shared/components/feedback';
import { Shell } from './shell';
import { homeOf, mayOpen } from './nav';
import { LoginRoute } from './routes/login';
import { QueueRoute } from './routes/queue';
import { SessionRoute } from './routes/session';
import { ImportRoute } from './routes/import';
import { NotFoundRoute, NotAllowedRoute } from './routes/not-found';
import type { User } from '../shared/lib/types';

// recharts is only needed here: keep it out of the first download
const OverviewRoute = lazy(() => import('./routes/overview'));

export function App() {
  const me = useMe();
  const { pathname, href } = useLocation();
  const user = me.data ?? null;
  const onLogin = pathname === '/login';

  useEffect(() => {
    if (me.isSuccess && !user && !onLogin) {
      const next = href === '/' ? '' : `?next=${encodeURIComponent(href)}`;
      navigate(`/login${next}`, { replace: true });
    }
  }, [me.isSuccess, user, onLogin, href]);

  if (me.isPending) return <Loading label="Loading AskQA…" />;
  if (me.isError) return <ErrorMessage error={me.error} title="AskQA could not reach the server" />;
  if (!user) return onLogin ? <LoginRoute /> : <Loading label="Opening the sign-in page…" />;
  if (onLogin) return <LoginRoute user={user} />;

  return (
    <Shell user={user}>
      <Routes user={user} pathname={pathname} />
    </Shell>
  );
}

function Routes({ user, pathname }: { user: User; pathname: string }) {
  useEffect(() => {
    if (pathname === '/') navigate(homeOf(user.role), { replace: true });
  }, [pathname, user.role]);

  if (pathname === '/') return null;
  if (!mayOpen(user.role, pathname)) return <NotAllowedRoute user={user} />;
  if (matchPath('/queue', pathname)) return <QueueRoute user={user} />;
  const session = matchPath('/sessions/:id', pathname);
  if (session) return <SessionRoute id={session.id!} user={user} />;
  if (matchPath('/overview', pathname))
    return (
      <Suspense fallback={<Loading label="Loading the charts…" />}>
        <OverviewRoute user={user} />
      </Suspense>
    );
  if (matchPath('/import', pathname)) return <ImportRoute user={user} />;
  return <NotFoundRoute />;
}
