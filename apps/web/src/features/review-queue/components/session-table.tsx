import type { SessionSummary } from '@askqa/contract/api';
import { Link } from '../../../shared/lib/router';
import { showDateTime } from '../../../shared/lib/dates';
import { ScoreBadge } from '../../../shared/components/score-badge';
import { FlagChips } from '../../../shared/components/flag-chips';

export function SessionTable({ items, caption }: { items: SessionSummary[]; caption: string }) {
  return (
    <div className="table-wrap">
      <table className="sessions">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Library</th>
            <th scope="col">Provider</th>
            <th scope="col">Code</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Flags</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} className={s.flagged ? 'is-flagged' : undefined}>
              <td>
                <Link to={`/sessions/${s.id}`} className="row-link">
                  {showDateTime(s.startedAt)}
                </Link>
                <div className="muted small">{s.externalId}</div>
                {s.snippet && <div className="snippet">{s.snippet}</div>}
              </td>
              <td>{s.library}</td>
              <td>
                {s.provider.name ?? s.provider.id}
                {s.provider.name && <div className="muted small">{s.provider.id}</div>}
              </td>
              <td>{s.resolutionCode === null ? <span className="muted">none</span> : s.resolutionCode || <span className="muted">empty</span>}</td>
              <td className="num">
                <ScoreBadge value={s.value} />
              </td>
              <td>
                <FlagChips flags={s.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
