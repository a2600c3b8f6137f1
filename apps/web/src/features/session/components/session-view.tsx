import { useEffect, useMemo } from 'react';
import { useSession } from '../api/get-session';
import { TranscriptView } from './transcript-view';
import { ScoreSummary } from './score-summary';
import { CheckList } from './check-list';
import { FollowUps } from './follow-ups';
import { SessionFacts } from './session-facts';
import { ErrorMessage, Loading } from '../../../shared/components/feedback';
import { Link } from '../../../shared/lib/router';
import { lastQueue } from '../../../shared/lib/last-queue';
import { checkTitle } from '../../../shared/lib/rubric';
import { showDateTime } from '../../../shared/lib/dates';
import { useDocumentTitle } from '../../../shared/lib/use-document-title';
import { ApiError } from '../../../shared/lib/api-client';

type Props = {
  id: number;
  selectedCheck: string | null;
  onSelectCheck: (id: string | null) => void;
  defaultFollowUpBy: string;
};

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

function showMessage(index: number, focus: boolean) {
  const el = document.getElementById(`msg-${index}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
  if (focus) el.focus({ preventScroll: true });
}

export function SessionView({ id, selectedCheck, onSelectCheck, defaultFollowUpBy }: Props) {
  const q = useSession(id);
  const s = q.data;
  useDocumentTitle(s ? `Session ${s.externalId}` : 'Session');

  const check = s?.score?.checks.find((c) => c.id === selectedCheck);
  const evidence = useMemo(() => new Set(check?.evidence.map((e) => e.message) ?? []), [check]);
  const first = check?.evidence[0]?.message;

  // once loaded, announce the page by focusing its heading (unless the reader is already somewhere)
  const loaded = !!s;
  useEffect(() => {
    if (loaded && (document.activeElement === document.body || document.activeElement?.id === 'main')) {
      document.getElementById('page-title')?.focus({ preventScroll: true });
    }
  }, [loaded]);

  // bring the first evidence message into view whenever a check is chosen
  useEffect(() => {
    if (first !== undefined) showMessage(first, false);
  }, [selectedCheck, first]);

  if (q.isPending) return <Loading label="Loading the session…" />;
  if (q.isError) {
    const notFound = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 403);
    return <ErrorMessage error={q.error} title={notFound ? 'This session cannot be shown' : 'The session could not be loaded'} />;
  }
  if (!s) return null;

  return (
    <div className="session-page">
      <p className="breadcrumbs">
        <Link to={lastQueue()}>
          <span aria-hidden="true">← </span>Back to the queue
        </Link>
      </p>
      <header className="page-header">
        <h1 tabIndex={-1} id="page-title">
          Session {s.externalId}
        </h1>
        <p className="muted">
          {s.library} · {s.provider.name ?? s.provider.id} · {showDateTime(s.startedAt)}
        </p>
      </header>
      <div className="session-grid">
        <div className="session-main stack">
          <section className="card" aria-labelledby="facts-title">
            <h2 id="facts-title">Details</h2>
            <SessionFacts s={s} />
          </section>
          <section className="card" aria-labelledby="transcript-title">
            <h2 id="transcript-title">Transcript</h2>
            <p className="muted small">
              {s.patronDetails === 'redacted' ? 'Patron e-mail addresses and phone numbers are hidden.' : null} {s.messages.length} messages.
            </p>
            <TranscriptView messages={s.messages} evidence={evidence} evidenceLabel={check ? checkTitle(check.id) : null} />
          </section>
        </div>
        <aside className="session-side stack" aria-label="Score and review">
          <section className="card" aria-labelledby="score-title">
            <h2 id="score-title">Score</h2>
            <ScoreSummary score={s.score} />
          </section>
          {s.score && (
            <section className="card" aria-labelledby="checks-title">
              <h2 id="checks-title">Checks</h2>
              <CheckList checks={s.score.checks} selected={selectedCheck} onSelect={onSelectCheck} onShowMessage={(i) => showMessage(i, true)} />
            </section>
          )}
          <section className="card" aria-labelledby="followups-title">
            <h2 id="followups-title">Follow-ups</h2>
            <FollowUps
              sessionId={s.id}
              fromSource={s.followUps ?? []}
              recorded={s.recordedFollowUps}
              onTime={s.score?.checks.find((c) => c.id === 'followup.on_time')}
              defaultBy={s.provider.id === 'unassigned' ? defaultFollowUpBy : s.provider.id}
            />
          </section>
        </aside>
      </div>
    </div>
  );
}
