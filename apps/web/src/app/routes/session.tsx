import { SessionView } from '../../features/session/components/session-view';
import { navigate, useLocation } from '../../shared/lib/router';
import { ErrorMessage } from '../../shared/components/feedback';
import type { User } from '../../shared/lib/types';

/** /sessions/:id?check=<check id>: the chosen check is in the URL so a reviewer can share it. */
export function SessionRoute({ id, user }: { id: string; user: User }) {
  const { pathname, search } = useLocation();
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) return <ErrorMessage error={new Error(`"${id}" is not a session id`)} title="This session cannot be shown" />;
  const check = new URLSearchParams(search).get('check');
  const select = (c: string | null) => navigate(c ? `${pathname}?check=${encodeURIComponent(c)}` : pathname, { replace: true, keepScroll: true });
  return <SessionView id={n} selectedCheck={check} onSelectCheck={select} defaultFollowUpBy={user.email} />;
}
