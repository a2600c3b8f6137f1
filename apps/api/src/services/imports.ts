/**
 * Imports an export file (any format the importers package reads): every row becomes a stored
 * session or a report line with its row number and reason; a bad row never stops the file.
 */
import type { ImportSummary } from '@askqa/contract';
import { checkOptions, readImport, type ImportFormat, type ImportOptions } from '@askqa/importers';
import { BadRequestError } from '../errors';
import type { ServiceContext } from './context';
import { ingestTranscript } from './ingest';

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
  for await (const item of readImport(input, { ...opts, onFormat })) {
    let report: ImportRowReport;
    const library = (item.transcript as { library?: unknown } | undefined)?.library;
    if (item.errors?.length || item.transcript === undefined) {
      report = { row: item.row, id: null, externalId: item.externalId, status: 'rejected', errors: item.errors ?? [{ path: '(row)', message: 'the row could not be read' }] };
    } else if (hooks.onlyLibrary && library !== hooks.onlyLibrary) {
      report = {
        row: item.row,
        id: null,
        externalId: item.externalId,
        status: 'rejected',
        errors: [{ path: 'library', message: `"${String(library)}" is not ${hooks.onlyLibrary}: a liaison imports their own library's sessions only` }],
      };
    } else {
      const r = ingestTranscript(ctx, item.transcript);
      report = { row: item.row, id: r.id, externalId: r.externalId ?? item.externalId, status: r.status, errors: r.errors };
    }
    if (item.warnings?.length) report.warnings = item.warnings;
    summary[report.status] += 1;
    if (keep === 'all' || report.status === 'rejected') summary.rows.push(report);
    hooks.onRow?.(report);
  }
  return summary;
}
