import type { CheckResult } from '@askqa/contract/score';
import { AREAS, CHECKS, isCheckId } from '../../../shared/lib/rubric';
import { StatusBadge } from '../../../shared/components/status-badge';
import { showDuration } from '../../../shared/lib/dates';

type Props = {
  checks: CheckResult[];
  selected: string | null;
  onSelect: (id: string | null) => void;
  onShowMessage: (index: number) => void;
};

const SECONDS = new Set(['approachability.pickup', 'interest.keep_informed', 'session.idle_checkin', 'session.disconnect_notice']);

/** The check's measured value in its unit (the scoring package's: seconds, hours, sessions). */
function measured(c: CheckResult): string | null {
  if (c.value === null || c.value === undefined || c.status === 'na') return null;
  if (SECONDS.has(c.id)) return showDuration(c.value);
  if (c.id === 'followup.on_time') return `${c.value} h after the session ended`;
  if (c.id === 'session.concurrency') return `${c.value} ${c.value === 1 ? 'session' : 'sessions'} open at once`;
  return String(c.value);
}

/** The 17 checks by review area; choosing one highlights its evidence in the transcript. */
export function CheckList({ checks, selected, onSelect, onShowMessage }: Props) {
  const byArea = AREAS.map((area) => ({ area, items: checks.filter((c) => isCheckId(c.id) && CHECKS[c.id].area === area) })).filter((g) => g.items.length);
  const failing = checks.filter((c) => c.status === 'fail').length;

  return (
    <div className="checks">
      <p className="muted">
        {failing === 0 ? 'No check fails.' : `${failing} ${failing === 1 ? 'check fails' : 'checks fail'}.`} Choose a check to see its evidence in the
        transcript.
      </p>
      {byArea.map(({ area, items }) => (
        <section key={area} className="check-area" aria-label={area}>
          <h3 className="h4">{area}</h3>
          <ul className="check-list">
            {items.map((c) => {
              const info = CHECKS[c.id];
              const isSelected = selected === c.id;
              const value = measured(c);
              return (
                <li key={c.id} className={`check check--${c.status}${isSelected ? ' is-selected' : ''}`}>
                  <button type="button" className="check__button" aria-pressed={isSelected} onClick={() => onSelect(isSelected ? null : c.id)}>
                    <span className="check__title">
                      {info.title}
                      {info.critical && <span className="tag tag--critical">critical</span>}
                    </span>
                    <StatusBadge status={c.status} />
                  </button>
                  <p className="check__note">{c.note}</p>
                  {value !== null && <p className="check__value small">Measured: {value}</p>}
                  {isSelected && (
                    <div className="check__detail" id={`check-detail-${c.id}`}>
                      <p className="small muted">
                        <code>{c.id}</code> · weight {info.weight} · {info.why}
                      </p>
                      {c.evidence.length > 0 ? (
                        <ul className="evidence" aria-label="Evidence">
                          {c.evidence.map((e, i) => (
                            <li key={`${e.message}-${i}`}>
                              <button type="button" className="link-button" onClick={() => onShowMessage(e.message)}>
                                Message #{e.message}
                              </button>
                              {e.quote && <q>{e.quote}</q>}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className="small muted">No message evidence for this status.</p>
                      )}
                      {c.related && c.related.length > 0 && <p className="small">Overlapping sessions: {c.related.join(', ')}</p>}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
