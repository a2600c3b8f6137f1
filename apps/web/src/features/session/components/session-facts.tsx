import type { ReactNode } from 'react';
import { showDateTime } from '../../../shared/lib/dates';
import type { SessionDetail } from '../../../shared/lib/types';

/** Who, when and how the session was coded. Patron contact details are shown redacted, as stored. */
export function SessionFacts({ s }: { s: SessionDetail }) {
  const rows: [string, ReactNode][] = [
    ['Started', showDateTime(s.startedAt)],
    ['Ended', s.endedAt ? showDateTime(s.endedAt) : '—'],
    ['Library', s.library + (s.queue ? ` (${s.queue} queue)` : '')],
    ['Patron library', s.patronLibrary ?? '—'],
    ['Provider', `${s.provider.name ?? s.provider.id}${s.provider.name ? ` (${s.provider.id})` : ''}${s.provider.library ? `, ${s.provider.library}` : ''}`],
    ['Resolution code', s.resolutionCode === undefined ? 'not recorded by the source' : s.resolutionCode || <em>none</em>],
  ];
  if (s.descriptiveCodes?.length) rows.push(['Descriptive codes', s.descriptiveCodes.join(', ')]);
  if (s.survey && (s.survey.rating || s.survey.comment)) {
    rows.push(['Survey', `${s.survey.rating ? `${s.survey.rating}/5` : ''}${s.survey.rating && s.survey.comment ? ' · ' : ''}${s.survey.comment ? `“${s.survey.comment}”` : ''}`]);
  }
  rows.push(['Source', `${s.source ?? 'api'} · ${s.externalId}`]);
  return (
    <dl className="facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
