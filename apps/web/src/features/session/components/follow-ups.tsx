import { useState, type FormEvent } from 'react';
import type { FollowUp } from '@askqa/contract/transcript';
import type { CheckResult } from '@askqa/contract/score';
import { fromDateTimeLocal, showDateTime, toDateTimeLocal, toIsoWithOffset } from '../../../shared/lib/dates';
import { STATUS_LABEL } from '../../../shared/lib/rubric';
import type { RecordedFollowUp } from '../../../shared/lib/types';
import { ErrorMessage } from '../../../shared/components/feedback';
import { StatusBadge } from '../../../shared/components/status-badge';
import { useRecordFollowUp } from '../api/record-follow-up';

type Props = {
  sessionId: number;
  fromSource: FollowUp[];
  recorded: RecordedFollowUp[];
  onTime: CheckResult | undefined;
  defaultBy: string;
};

export function FollowUps({ sessionId, fromSource, recorded, onTime, defaultBy }: Props) {
  const all = [
    ...fromSource.map((f, i) => ({ key: `s${i}`, doneAt: f.doneAt, by: f.by ?? '', note: f.note ?? '', origin: 'chat system' })),
    ...recorded.map((f) => ({ key: `r${f.id}`, doneAt: f.doneAt, by: f.by, note: f.note, origin: 'recorded here' })),
  ].sort((a, b) => Date.parse(a.doneAt) - Date.parse(b.doneAt));

  return (
    <div className="stack">
      {onTime && (
        <p className="followup-status">
          Follow-up within 72 hours: <StatusBadge status={onTime.status} />
          <span className="small muted"> {onTime.note}</span>
        </p>
      )}
      {all.length > 0 ? (
        <ul className="followup-list" aria-label="Recorded follow-ups">
          {all.map((f) => (
            <li key={f.key}>
              <strong>{showDateTime(f.doneAt)}</strong>
              {f.by && <> by {f.by}</>} <span className="muted small">({f.origin})</span>
              {f.note && <p>{f.note}</p>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No follow-up has been recorded.</p>
      )}
      {onTime?.status === 'na' ? (
        // not a follow-up session: the form is there if needed, out of the way
        <details className="followup-more">
          <summary>Record a follow-up anyway</summary>
          <FollowUpForm sessionId={sessionId} defaultBy={defaultBy} />
        </details>
      ) : (
        <FollowUpForm sessionId={sessionId} defaultBy={defaultBy} />
      )}
    </div>
  );
}

function FollowUpForm({ sessionId, defaultBy }: { sessionId: number; defaultBy: string }) {
  const [doneAt, setDoneAt] = useState(() => toDateTimeLocal(new Date()));
  const [by, setBy] = useState(defaultBy);
  const [note, setNote] = useState('');
  const mutation = useRecordFollowUp(sessionId);
  const instant = fromDateTimeLocal(doneAt);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!instant || !by.trim()) return;
    mutation.mutate(
      { doneAt: toIsoWithOffset(instant), by: by.trim(), note: note.trim() },
      { onSuccess: () => setNote('') },
    );
  };
  const result = mutation.data?.score.checks.find((c) => c.id === 'followup.on_time');

  return (
    <form className="stack followup-form" onSubmit={submit} aria-labelledby="followup-form-title">
      <h3 className="h4" id="followup-form-title">
        Record a follow-up
      </h3>
      <div className="field">
        <label htmlFor="fu-done">Done at</label>
        <input id="fu-done" type="datetime-local" required value={doneAt} onChange={(e) => setDoneAt(e.target.value)} aria-describedby="fu-done-hint" />
        <p id="fu-done-hint" className="hint">
          {instant ? `Sent as ${toIsoWithOffset(instant)} (your time zone)` : 'Enter a date and time.'}
        </p>
      </div>
      <div className="field">
        <label htmlFor="fu-by">Done by</label>
        <input id="fu-by" type="text" required value={by} onChange={(e) => setBy(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="fu-note">Note</label>
        <textarea id="fu-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} placeholder="What was sent to the patron" />
      </div>
      {mutation.isError && <ErrorMessage error={mutation.error} title="The follow-up was not recorded" />}
      {mutation.isSuccess && (
        <p className="alert alert--success" role="status">
          Follow-up recorded.{result ? ` “Follow-up within 72 hours” is now ${STATUS_LABEL[result.status]}.` : ''}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={mutation.isPending || !instant || !by.trim()}>
          {mutation.isPending ? 'Recording…' : 'Record follow-up'}
        </button>
      </div>
    </form>
  );
}
