import { useEffect, useState, type FormEvent } from 'react';
import { useLibraries } from '../../../shared/api/get-libraries';
import { addDays, mondayOf, today } from '../../../shared/lib/dates';
import type { OverviewParams } from '../api/get-overview';

type Props = { params: OverviewParams; onChange: (p: OverviewParams) => void; fixedLibrary: string | null };

export function OverviewFilters({ params, onChange, fixedLibrary }: Props) {
  const libraries = useLibraries(!fixedLibrary);
  const [from, setFrom] = useState(params.from ?? '');
  const [to, setTo] = useState(params.to ?? '');
  useEffect(() => {
    setFrom(params.from ?? '');
    setTo(params.to ?? '');
  }, [params.from, params.to]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange({ ...params, from: from || undefined, to: to || undefined });
  };
  const lastWeeks = (n: number) => {
    const monday = mondayOf(today());
    onChange({ ...params, from: addDays(monday, -7 * (n - 1)), to: addDays(monday, 6) });
  };

  return (
    <form className="filters filters--overview card" onSubmit={submit} aria-label="Overview filters">
      <div className="field">
        <label htmlFor="ov-from">From</label>
        <input id="ov-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="ov-to">To</label>
        <input id="ov-to" type="date" value={to} min={from || undefined} onChange={(e) => setTo(e.target.value)} />
      </div>
      {!fixedLibrary && (
        <div className="field">
          <label htmlFor="ov-library">Library</label>
          <select id="ov-library" value={params.library ?? ''} onChange={(e) => onChange({ ...params, library: e.target.value || undefined })}>
            <option value="">All libraries</option>
            {(libraries.data ?? []).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply dates
        </button>
        <button type="button" className="button button--quiet" onClick={() => lastWeeks(12)}>
          Last 12 weeks
        </button>
        <button type="button" className="button button--quiet" onClick={() => onChange({ library: params.library })}>
          All dates
        </button>
      </div>
      <p className="hint filters__hint">Statistics count whole weeks, Monday to Sunday.</p>
    </form>
  );
}
