import { useEffect, useState, type FormEvent } from 'react';
import { RESOLUTION_CODES } from '@askqa/contract/checks';
import { AREAS, CHECK_LIST, CHECKS } from '../../../shared/lib/rubric';
import { SORT_OPTIONS, type QueueFilters, type Sort } from '../../../shared/lib/queue-filters';
import { useLibraries } from '../../../shared/api/get-libraries';

type Props = {
  filters: QueueFilters;
  /** a liaison's library: the server limits them to it, so there is nothing to choose */
  fixedLibrary: string | null;
  onChange: (patch: Partial<QueueFilters>) => void;
};

type Texts = { provider: string; minScore: string; maxScore: string; q: string };
const textsOf = (f: QueueFilters): Texts => ({ provider: f.provider ?? '', minScore: f.minScore ?? '', maxScore: f.maxScore ?? '', q: f.q ?? '' });

/** Selects apply at once; typed fields apply on Enter, on "Apply" or when leaving the field. */
export function QueueFiltersForm({ filters, fixedLibrary, onChange }: Props) {
  const libraries = useLibraries(!fixedLibrary);
  const [texts, setTexts] = useState<Texts>(() => textsOf(filters));
  useEffect(() => setTexts(textsOf(filters)), [filters]);

  const commitTexts = () => {
    const changed: Partial<QueueFilters> = {};
    for (const k of Object.keys(texts) as (keyof Texts)[]) {
      const v = texts[k].trim();
      if (v !== (filters[k] ?? '')) changed[k] = v || undefined;
    }
    if (Object.keys(changed).length) onChange(changed);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    commitTexts();
  };
  const text = (k: keyof Texts) => ({
    value: texts[k],
    onChange: (e: { target: { value: string } }) => setTexts((t) => ({ ...t, [k]: e.target.value })),
    onBlur: commitTexts,
  });
  const active = Object.keys(filters).some((k) => !['from', 'to', 'dates', 'sort'].includes(k));

  return (
    <form className="filters" onSubmit={submit} aria-label="Filter sessions">
      <div className="field field--wide">
        <label htmlFor="f-q">Search transcripts</label>
        <input id="f-q" type="search" placeholder="Words in the chat, e.g. genealogy" {...text('q')} />
      </div>
      {!fixedLibrary && (
        <div className="field">
          <label htmlFor="f-library">Library</label>
          <select id="f-library" value={filters.library ?? ''} onChange={(e) => onChange({ library: e.target.value || undefined })}>
            <option value="">All libraries</option>
            {(libraries.data ?? []).map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
            {filters.library && !libraries.data?.includes(filters.library) && <option value={filters.library}>{filters.library}</option>}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="f-provider">Provider id</label>
        <input id="f-provider" type="text" autoComplete="off" placeholder="e.g. jsmith" {...text('provider')} />
      </div>
      <div className="field">
        <label htmlFor="f-code">Resolution code</label>
        <select id="f-code" value={filters.code ?? ''} onChange={(e) => onChange({ code: e.target.value || undefined })}>
          <option value="">Any code</option>
          {RESOLUTION_CODES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
          {filters.code && !(RESOLUTION_CODES as readonly string[]).includes(filters.code) && <option value={filters.code}>{filters.code}</option>}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-flagged">Flagged</label>
        <select id="f-flagged" value={filters.flagged ?? ''} onChange={(e) => onChange({ flagged: (e.target.value || undefined) as QueueFilters['flagged'] })}>
          <option value="">Flagged first</option>
          <option value="true">Flagged only</option>
          <option value="false">Not flagged only</option>
        </select>
      </div>
      <fieldset className="field field--range">
        <legend>Score</legend>
        <label htmlFor="f-min" className="visually-hidden">
          Minimum score
        </label>
        <input id="f-min" type="number" min={0} max={100} step="any" inputMode="decimal" placeholder="0" {...text('minScore')} />
        <span aria-hidden="true">to</span>
        <label htmlFor="f-max" className="visually-hidden">
          Maximum score
        </label>
        <input id="f-max" type="number" min={0} max={100} step="any" inputMode="decimal" placeholder="100" {...text('maxScore')} />
      </fieldset>
      <div className="field field--wide">
        <label htmlFor="f-check">Failing check</label>
        <select id="f-check" value={filters.check ?? ''} onChange={(e) => onChange({ check: e.target.value || undefined })}>
          <option value="">Any (no check filter)</option>
          {AREAS.map((area) => (
            <optgroup key={area} label={area}>
              {CHECK_LIST.filter((id) => CHECKS[id].area === area).map((id) => (
                <option key={id} value={id}>
                  {CHECKS[id].title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-sort">Order</label>
        <select id="f-sort" value={filters.sort ?? '-date'} onChange={(e) => onChange({ sort: e.target.value === '-date' ? undefined : (e.target.value as Sort) })}>
          {SORT_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply
        </button>
        {active && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              onChange({ library: undefined, provider: undefined, code: undefined, flagged: undefined, minScore: undefined, maxScore: undefined, check: undefined, q: undefined })
            }
          >
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
