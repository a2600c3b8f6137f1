import type { Flag } from '@askqa/contract/score';
import { flagLabel } from '../lib/rubric';

/** Why a session is flagged, one chip per reason (the reason is the tooltip). */
export function FlagChips({ flags }: { flags: readonly Pick<Flag, 'code' | 'reason'>[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="chips" aria-label="Flags">
      {flags.map((f) => (
        <li key={f.code} className={`chip chip--${f.code}`} title={f.reason}>
          {flagLabel(f.code)}
        </li>
      ))}
    </ul>
  );
}
