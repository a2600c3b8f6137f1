/**
 * Imports an export file (any format the importers package reads): every row becomes a stored
 * session or a report line with its row number and reason; a bad row never stops the file.
 * Rows are stored a chunk to a transaction, prepared on the worker threads when there are any
 * (ingest.ts), with a few chunks in flight so memory stays flat whatever the file's size.
 */
import type { ImportSummary } from '@askqa/contract';
import { checkOptions, readImport, type ImportFormat, type ImportOptions } from '@askqa/importers';
import { BadRequestError } from '../errors';
import type { ServiceContext } from './context';
import { storeChunk } from './ingest';
import { prepareItem, type Prepared, type Rejected } from './prepare';
import { poolFor, type PreparePool } from './prepare-pool';

/** Rows stored per transaction, and chunks read ahead while earlier ones are prepared. */
const CHUNK = 100;
const IN_FLIGHT = 4;

export type ImportRowReport = ImportSummary['rows'][number];

/** Formats whose rows name no library: the import must say which library they belong to. */
const NEEDS_LIBRARY: readonly ImportFormat[] = ['libchat', 'libraryh3lp', 'text'];

export async function importStream(
  ctx: ServiceContext,
  input: NodeJS.ReadableStream | AsyncIterable<Buffer>,
  opts: ImportOptions,
  hooks: {
    onRow?: (r: ImportRowReport) => void;
    keepRows?: 'all' | 'rejected';
    /** only sessions of this library may be stored (a liaison's import) */
    onlyLibrary?: string;
    /** worker threads to prepare rows on (none: this thread prepares them) */
    pool?: PreparePool | null;
  } = {},
): Promise<ImportSummary> {
  try {
    checkOptions(opts);
  } catch (err) {
    throw new BadRequestError(err instanceof Error ? err.message : String(err), 'invalid_import_options');
  }
  const summary: ImportSummary = { format: opts.format ?? 'auto', created: 0, updated: 0, unchanged: 0, rejected: 0, rows: [] };
  const keep = hooks.keepRows ?? 'all';
  const onFormat = (f: ImportFormat) => {
    summary.format = f;
    if (!opts.library && NEEDS_LIBRARY.includes(f)) {
      throw new BadRequestError(`a ${f} export does not say which library its chats belong to: give the library (--library CODE)`, 'library_required');
    }
  };
  const report = (r: ImportRowReport, warnings: ImportRowReport['warnings']) => {
    if (warnings?.length) r.warnings = warnings;
    summary[r.status] += 1;
    if (keep === 'all' || r.status === 'rejected') summary.rows.push(r);
    hooks.onRow?.(r);
  };
  type Row = { row: number; externalId: string | null; warnings?: ImportRowReport['warnings']; early?: ImportRowReport };
  type Chunk = { rows: Row[]; prepared: Promise<(Prepared | Rejected)[]> };
  const pool = poolFor(ctx, hooks.pool);
  const queue: Chunk[] = [];
  let rows: Row[] = [];
  let items: unknown[] = [];
  const dispatch = () => {
    const now = ctx.now();
    const these = items;
    const inline = () => these.map((item) => prepareItem(item, now, ctx.rubric));
    queue.push({ rows, prepared: pool && these.length > 0 ? pool.prepare(these, now).catch(inline) : Promise.resolve().then(inline) });
    rows = [];
    items = [];
  };
  /** Stores the oldest chunk and reports its rows in file order. */
  const settle = async () => {
    const chunk = queue.shift()!;
    const stored = storeChunk(ctx, await chunk.prepared);
    let k = 0;
    for (const r of chunk.rows) {
      if (r.early) report(r.early, r.warnings);
      else {
        const s = stored[k++]!;
        report({ row: r.row, id: s.id, externalId: s.externalId ?? r.externalId, status: s.status, errors: s.errors }, r.warnings);
      }
    }
  };
  try {
    for await (const item of readImport(input, { ...opts, onFormat })) {
      const library = (item.transcript as { library?: unknown } | undefined)?.library;
      const row: Row = { row: item.row, externalId: item.externalId, warnings: item.warnings };
      if (item.errors?.length || item.transcript === undefined) {
        row.early = { row: item.row, id: null, externalId: item.externalId, status: 'rejected', errors: item.errors ?? [{ path: '(row)', message: 'the row could not be read' }] };
      } else if (hooks.onlyLibrary && library !== hooks.onlyLibrary) {
        row.early = {
          row: item.row,
          id: null,
          externalId: item.externalId,
          status: 'rejected',
          errors: [{ path: 'library', message: `"${String(library)}" is not ${hooks.onlyLibrary}: a liaison imports their own library's sessions only` }],
        };
      } else items.push(item.transcript);
      rows.push(row);
      if (rows.length === CHUNK) {
        dispatch();
        if (queue.length >= IN_FLIGHT) await settle();
      }
    }
  } catch (err) {
    // the file broke off (a read error, a truncated upload): what was read before is still stored
    if (rows.length > 0) dispatch();
    while (queue.length > 0) await settle();
    throw err;
  }
  if (rows.length > 0) dispatch();
  while (queue.length > 0) await settle();
  return summary;
}
