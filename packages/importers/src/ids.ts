import { createHash } from 'node:crypto';

/**
 * A deterministic id for a row that has none: the session start plus a short
 * hash of what identifies the chat in the export, so re-importing the same
 * file yields the same ids (and replaces rather than duplicates sessions).
 * The hash hides the patron details it is computed from.
 */
export function derivedId(startedAt: string, ...parts: (string | null | undefined)[]): string {
  const h = createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u001f'))
    .digest('hex')
    .slice(0, 16);
  return `${startedAt}/${h}`;
}
