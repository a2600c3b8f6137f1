import type { Message } from '@askqa/contract/transcript';
import { showTime } from '../../../shared/lib/dates';

const ROLE_LABEL: Record<Message['role'], string> = { patron: 'Patron', provider: 'Provider', internal: 'Staff only', system: 'System' };

type Props = {
  messages: Message[];
  /** message indexes that are evidence for the selected check */
  evidence: ReadonlySet<number>;
  evidenceLabel: string | null;
};

/**
 * The chat as it happened. Patron and provider messages face each other; internal messages
 * (staff to staff, never seen by the patron) are marked "staff only"; system events are quiet
 * lines. Each message carries its index, the number the checks' evidence refers to.
 */
export function TranscriptView({ messages, evidence, evidenceLabel }: Props) {
  if (messages.length === 0) return <p className="empty">This session has no messages (a lost call).</p>;
  return (
    <ol className="transcript" aria-label="Transcript">
      {messages.map((m, i) => {
        const isEvidence = evidence.has(i);
        return (
          <li
            key={i}
            id={`msg-${i}`}
            className={`msg msg--${m.role}${isEvidence ? ' is-evidence' : ''}`}
            aria-current={isEvidence ? 'true' : undefined}
            tabIndex={-1}
          >
            <div className="msg__meta">
              <span className="msg__index" title="Message index used by the checks' evidence">
                #{i}
              </span>
              <span className="msg__author">{m.role === 'system' ? `System${m.event ? ` · ${m.event.replace('_', ' ')}` : ''}` : (m.author ?? ROLE_LABEL[m.role])}</span>
              {m.role === 'internal' && <span className="tag tag--internal">Staff only</span>}
              {m.role !== 'internal' && m.role !== 'system' && <span className="visually-hidden">({ROLE_LABEL[m.role]})</span>}
              <time dateTime={m.at}>{showTime(m.at)}</time>
              {isEvidence && <span className="tag tag--evidence">Evidence{evidenceLabel ? `: ${evidenceLabel}` : ''}</span>}
            </div>
            <div className="msg__text">{m.text}</div>
          </li>
        );
      })}
    </ol>
  );
}
