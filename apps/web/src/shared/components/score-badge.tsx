import { BAND_LABEL, scoreBand } from '../lib/rubric';

/** A score with its colour band; the band is also said in words for screen readers. */
export function ScoreBadge({ value, size = 'normal' }: { value: number | null | undefined; size?: 'normal' | 'large' }) {
  const band = scoreBand(value);
  return (
    <span className={`score score--${band} score--${size}`} title={`Score ${BAND_LABEL[band]}`}>
      {value === null || value === undefined ? '—' : value.toFixed(1)}
      <span className="visually-hidden"> ({BAND_LABEL[band]})</span>
    </span>
  );
}
