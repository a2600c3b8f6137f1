import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  description?: ReactNode;
  /** the same numbers as a table, with links: for keyboards, screen readers and exact values */
  table?: ReactNode;
  children: ReactNode;
  wide?: boolean;
};

export function ChartCard({ title, description, table, children, wide }: Props) {
  const id = useId();
  return (
    <section className={`card chart-card${wide ? ' chart-card--wide' : ''}`} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {description && <div className="muted small chart-card__desc">{description}</div>}
      <div className="chart">{children}</div>
      {table && (
        <details className="chart-card__table">
          <summary>Show the numbers</summary>
          {table}
        </details>
      )}
    </section>
  );
}

export const COLORS = {
  primary: '#1d4ed8',
  secondary: '#c2410c',
  pass: '#15803d',
  fail: '#b91c1c',
  warn: '#a16207',
  muted: '#64748b',
  grid: '#e2e8f0',
};

/** recharts gives the clicked category's index as a number or a string */
export function indexOf(i: number | string | undefined | null): number | null {
  if (i === undefined || i === null) return null;
  const n = Number(i);
  return Number.isInteger(n) && n >= 0 ? n : null;
}

export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/** A category label on one line (recharts wraps long labels into cramped lines). */
export function CategoryTick({ x, y, payload }: TickProps) {
  return (
    <text x={Number(x)} y={Number(y)} dy={4} textAnchor="end" fontSize={12} fill="#364152">
      {String(payload?.value ?? '')}
    </text>
  );
}
