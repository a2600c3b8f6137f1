import type { CheckStatus } from '@askqa/contract/checks';
import { STATUS_LABEL } from '../lib/rubric';

const ICON: Record<CheckStatus, string> = { pass: '✓', fail: '✗', na: '–', pending: '…' };

export function StatusBadge({ status }: { status: CheckStatus }) {
  return (
    <span className={`status status--${status}`}>
      <span aria-hidden="true">{ICON[status]} </span>
      {STATUS_LABEL[status]}
    </span>
  );
}
