import { useEffect, useState, type FormEvent } from 'react';
import { addDays, DATE_RE, mondayOf, showRange, today } from '../../../shared/lib/dates';
import type { QueueFilters } from '../../../shared/lib/queue-filters';
import type { DateRange } from '../hooks/use-queue-filters';

type Props = { range: DateRange; onChange: (patch: Partial<QueueFilters>) => void };

/** The week being reviewed, with previous/next week, and a custom range or every date. */
export function DateRangeControls({ range, onChange }: Props) {
  const [from, setFrom] = useState(range.kind === 'range' ? range.from : '');
  const [to, setTo] = useState(range.kind === 'range' ? range.to : '');
  useEffect(() => {
    setFrom(range.kind === 'range' ? range.from : '');
    setTo(range.kind === 'range' ? range.to : '');
  }, [range]);

  const shift = (days: number) => {
    const base = range.kind === 'range' ? mondayOf(range.from) : mondayOf(today());
    const monday = addDays(base, days);
    onChange({ from: monday, to: addDays(monday, 6), dates: undefined });
  };
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (DATE_RE.test(from) && DATE_RE.test(to)) onChange({ from, to: to < from ? from : to, dates: undefined });
  };

  return (
    <div className="range-controls">
      <p className="range-controls__current" aria-live="polite">
        <span className="muted">Sessions started </span>
        <strong>{range.kind === 'range' ? showRange(range.from, range.to) : 'on any date'}</strong>
      </p>
      <div className="button-row" role="group" aria-label="Week">
        <button type="button" className="button" onClick={() => shift(-7)}>
          <span aria-hidden="true">← </span>Previous week
        </button>
        <button type="button" className="button" onClick={() => shift(range.kind === 'range' ? 7 : 0)}>
          Next week<span aria-hidden="true"> →</span>
        </button>
        <button type="button" className="button button--quiet" onClick={() => onChange({ from: undefined, to: undefined, dates: undefined })}>
          Latest week
        </button>
        <button type="button" className="button button--quiet" aria-pressed={range.kind === 'all'} onClick={() => onChange({ from: undefined, to: undefined, dates: 'all' })}>
          Any date
        </button>
      </div>
      <form className="range-controls__custom" onSubmit={apply} aria-label="Custom date range">
        <div className="field field--inline">
          <label htmlFor="range-from">From</label>
          <input id="range-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </div>
        <div className="field field--inline">
          <label htmlFor="range-to">To</label>
          <input id="range-to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} required />
        </div>
        <button type="submit" className="button">Show range</button>
      </form>
    </div>
  );
}
