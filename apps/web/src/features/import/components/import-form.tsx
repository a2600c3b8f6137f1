import { useRef, useState, type FormEvent } from 'react';
import { IMPORT_FORMATS, useUploadImport } from '../api/upload-import';
import { ImportReport } from './import-report';
import { ErrorMessage } from '../../../shared/components/feedback';
import { useLibraries } from '../../../shared/api/get-libraries';

const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'UTC'];

/** Upload an export from a chat system; every row is reported back with its status and reasons. */
export function ImportForm({ fixedLibrary }: { fixedLibrary: string | null }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('auto');
  const [library, setLibrary] = useState(fixedLibrary ?? '');
  const [timezone, setTimezone] = useState('America/New_York');
  const [source, setSource] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const libraries = useLibraries(!fixedLibrary);
  const mutation = useUploadImport();
  const [uploadedName, setUploadedName] = useState('');
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const zones = ZONES.includes(browserZone) ? ZONES : [...ZONES, browserZone];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      fileInput.current?.focus();
      return;
    }
    setUploadedName(file.name);
    mutation.mutate({ file, format, timezone, library: fixedLibrary ?? (library.trim() || undefined), source: source.trim() || undefined });
  };

  return (
    <div className="stack">
      <form className="card stack import-form" onSubmit={submit} aria-label="Import an export">
        <div className="field">
          <label htmlFor="imp-file">Export file</label>
          <input
            id="imp-file"
            ref={fileInput}
            type="file"
            required
            accept=".csv,.json,.ndjson,.jsonl,.txt,.html,.htm,text/csv,application/json,text/plain"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-describedby="imp-file-hint"
          />
          <p id="imp-file-hint" className="hint">
            LibChat or LibraryH3lp CSV, QuestionPoint text, or AskQA JSON / NDJSON.
          </p>
        </div>
        <div className="form-grid">
          <div className="field">
            <label htmlFor="imp-format">Format</label>
            <select id="imp-format" value={format} onChange={(e) => setFormat(e.target.value)}>
              {IMPORT_FORMATS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="imp-library">Library</label>
            {fixedLibrary ? (
              <input id="imp-library" type="text" value={fixedLibrary} readOnly aria-describedby="imp-library-hint" />
            ) : (
              <>
                <input
                  id="imp-library"
                  type="text"
                  list="imp-library-list"
                  value={library}
                  onChange={(e) => setLibrary(e.target.value)}
                  aria-describedby="imp-library-hint"
                  autoComplete="off"
                />
                <datalist id="imp-library-list">
                  {(libraries.data ?? []).map((l) => (
                    <option key={l} value={l} />
                  ))}
                </datalist>
              </>
            )}
            <p id="imp-library-hint" className="hint">
              {fixedLibrary ? 'Sessions are imported into your library.' : 'The library code for exports that do not name one (e.g. TU).'}
            </p>
          </div>
          <div className="field">
            <label htmlFor="imp-tz">Time zone of the export</label>
            <select id="imp-tz" value={timezone} onChange={(e) => setTimezone(e.target.value)} aria-describedby="imp-tz-hint">
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
            <p id="imp-tz-hint" className="hint">
              For exports whose times carry no offset.
            </p>
          </div>
          <div className="field">
            <label htmlFor="imp-source">Source (optional)</label>
            <input id="imp-source" type="text" value={source} onChange={(e) => setSource(e.target.value)} placeholder="e.g. libchat" />
          </div>
        </div>
        {mutation.isError && <ErrorMessage error={mutation.error} title="The file was not imported" />}
        <div>
          <button type="submit" className="button button--primary" disabled={mutation.isPending}>
            {mutation.isPending ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
      {mutation.isSuccess && <ImportReport key={mutation.submittedAt} summary={mutation.data} fileName={uploadedName} />}
    </div>
  );
}
