import { useState } from 'react';
import type { ImportSummary } from '@askqa/contract/api';

const COUNTS = ['created', 'updated', 'unchanged', 'rejected'] as const;

export function ImportReport({ summary, fileName }: { summary: ImportSummary; fileName: string }) {
  const [onlyRejected, setOnlyRejected] = useState(summary.rejected > 0);
  const rows = onlyRejected ? summary.rows.filter((r) => r.status === 'rejected') : summary.rows;
  const total = COUNTS.reduce((n, k) => n + summary[k], 0);

  return (
    <section className="card stack" aria-labelledby="report-title">
      <h2 id="report-title">Import report</h2>
      <p role="status">
        {fileName}: {total} {total === 1 ? 'row' : 'rows'} read as <strong>{summary.format}</strong>.
      </p>
      <ul className="kpis kpis--small" aria-label="Counts">
        {COUNTS.map((k) => (
          <li key={k} className={`kpi kpi--${k}`}>
            <span className="kpi__value">{summary[k]}</span> <span className="kpi__label">{k}</span>
          </li>
        ))}
      </ul>
      {summary.rows.length > 0 && (
        <>
          {summary.rejected > 0 && summary.rejected < summary.rows.length && (
            <div className="checkbox">
              <input id="only-rejected" type="checkbox" checked={onlyRejected} onChange={(e) => setOnlyRejected(e.target.checked)} />
              <label htmlFor="only-rejected">Show rejected rows only</label>
            </div>
          )}
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">Rows of the import</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    Row
                  </th>
                  <th scope="col">Session id</th>
                  <th scope="col">Status</th>
                  <th scope="col">Reasons</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.row} className={r.status === 'rejected' ? 'is-rejected' : undefined}>
                    <td className="num">{r.row}</td>
                    <td>{r.externalId ?? <span className="muted">unknown</span>}</td>
                    <td>
                      <span className={`status status--${r.status}`}>{r.status}</span>
                    </td>
                    <td>
                      {r.errors.length > 0 ? (
                        <ul className="reasons">
                          {r.errors.map((e, i) => (
                            <li key={i}>
                              {e.path && <code>{e.path}</code>} {e.message}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
