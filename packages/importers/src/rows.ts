import { Readable } from 'node:stream';
import type { Cell } from './cells';
import { csvRecords, sniffDelimiter } from './csv';
import type { ImportSource } from './types';

/**
 * Tabular exports (CSV or XLSX) as a header and numbered rows, so that a
 * format module maps columns by name the same way for both.
 */
export type RowEvent =
  | { kind: 'header'; cells: Cell[]; delimiter: string | null }
  /** `where` locates the row for a person: "lines 4–12" (CSV) or "sheet row 5" (XLSX). */
  | { kind: 'row'; row: number; cells: Cell[]; where: string; multiLine: boolean }
  | { kind: 'error'; row: number; message: string; fatal: boolean };

export const isZip = (head: Buffer): boolean => head.length >= 4 && head.readUInt32BE(0) === 0x504b0304;
export const isOleWorkbook = (head: Buffer): boolean => head.length >= 8 && head.readUInt32BE(0) === 0xd0cf11e0;

/**
 * A quoted cell with a stray quote inside ("the "Dune" book") reaches us with
 * its outer quotes kept, because the parser relaxes quoting rather than
 * failing the row. A well-formed quoted cell never keeps them, and a value
 * that is itself in quotes ("""Dune""" read as "Dune") has no quote inside.
 */
export function unwrapRelaxed(cell: string): string {
  if (cell.length >= 3 && cell.startsWith('"') && cell.endsWith('"') && cell.slice(1, -1).includes('"')) return cell.slice(1, -1);
  return cell;
}

/**
 * Whether a line inside a multi-line cell is really the start of another row
 * that an unclosed quote swallowed: a date where the row's date column is,
 * with cells around it.
 */
export function looksLikeRow(line: string, delimiter: string | null, width: number, dateColumn: number | undefined, isDate: (s: string) => boolean): boolean {
  if (!delimiter || width < 2 || dateColumn === undefined) return false;
  const cells = line.split(delimiter);
  if (cells.length < Math.min(width - 1, Math.max(dateColumn + 2, 3))) return false;
  const d = cells[dateColumn]?.trim().replace(/^"|"$/g, '');
  return !!d && isDate(d);
}

export async function* csvRows(src: ImportSource): AsyncGenerator<RowEvent> {
  const delimiter = sniffDelimiter(src.head.toString('latin1'));
  for await (const ev of csvRecords(src.text(), delimiter)) {
    if (ev.kind === 'error') {
      yield { kind: 'error', row: ev.row, message: ev.message, fatal: ev.fatal };
      if (ev.fatal) return;
    } else if (ev.row === 0) {
      yield { kind: 'header', cells: ev.cells.map(unwrapRelaxed), delimiter };
    } else {
      const where = ev.firstLine === ev.lastLine ? `line ${ev.firstLine}` : `lines ${ev.firstLine}–${ev.lastLine}`;
      yield { kind: 'row', row: ev.row, cells: ev.cells.map(unwrapRelaxed), where, multiLine: ev.lastLine > ev.firstLine };
    }
  }
}

function xlsxCell(v: unknown): Cell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('result' in o) return xlsxCell(o.result);
    if (typeof o.text === 'string') return o.text;
    if ('error' in o) return null;
  }
  return String(v);
}

/** First worksheet of an .xlsx, streamed (exceljs WorkbookReader); the first non-empty row is the header. */
export async function* xlsxRows(src: ImportSource): AsyncGenerator<RowEvent> {
  // loaded on first use: exceljs takes ~250 ms to load, and most imports are CSV or JSON
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(src.bytes()), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'emit',
  });
  let headerRow = 0;
  let last = 0;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = (row.values as unknown[]) ?? [];
        const cells = values.slice(1).map(xlsxCell);
        if (cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''))) continue;
        if (!headerRow) {
          headerRow = row.number;
          yield { kind: 'header', cells, delimiter: null };
        } else {
          last = row.number - headerRow;
          yield { kind: 'row', row: last, cells, where: `sheet row ${row.number}`, multiLine: false };
        }
      }
      break; // the first worksheet holds the export
    }
  } catch (e) {
    const what = headerRow ? `after sheet row ${headerRow + last} the workbook could not be read` : 'the workbook could not be read';
    yield { kind: 'error', row: headerRow ? last + 1 : 0, fatal: true, message: `${what}: ${(e as Error).message}; the rest was not imported` };
  }
}

/** Rows of a tabular export, whichever container it comes in. */
export async function* tableRows(src: ImportSource): AsyncGenerator<RowEvent> {
  if (isZip(src.head)) yield* xlsxRows(src);
  else if (isOleWorkbook(src.head)) {
    yield { kind: 'error', row: 0, fatal: true, message: 'this is an Excel 97–2003 (.xls) workbook, which is not read: save it as .xlsx or CSV and import that' };
  } else yield* csvRows(src);
}
