import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';

export type CsvRecord = { kind: 'record'; row: number; cells: string[]; firstLine: number; lastLine: number };
export type CsvFailure = { kind: 'error'; row: number; firstLine: number; lastLine: number; message: string; fatal: boolean };
export type CsvEvent = CsvRecord | CsvFailure;

/** A cell longer than this is an unclosed quote swallowing the file, not data. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

/** Comma, semicolon or tab: whichever separates the most fields in the header line (outside quotes). */
export function sniffDelimiter(headText: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headText) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]!++;
  }
  let best = ',';
  for (const d of [';', '\t']) if (counts[d]! > counts[best]!) best = d;
  return best;
}

function countNewlines(s: string): number {
  let n = 0;
  let i = -1;
  while ((i = s.indexOf('\n', i + 1)) >= 0) n++;
  return n;
}

/** Lines a record occupies beyond its first: line breaks only occur inside (quoted) cells. */
function extraLines(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n')) n += countNewlines(c);
  return n;
}

/**
 * CSV records with 1-based line ranges; row 0 is the header (the first
 * non-blank record), data rows count from 1; blank records are not rows.
 * csv-parse is tolerant (stray quotes inside cells are kept as text, ragged
 * rows pass through); a record it cannot read becomes an error event in its
 * place, and a quote left open at the end of the file (a truncated file)
 * becomes a final error covering the rest of the file.
 */
export async function* csvRecords(text: AsyncIterable<string>, delimiter = ','): AsyncGenerator<CsvEvent> {
  const skips: { err: CsvError | undefined; emitted: number }[] = [];
  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    info: true,
    on_skip: (err) => {
      skips.push({ err, emitted: Number(err?.records ?? 0) });
      return undefined;
    },
  });
  // an unclosed quote makes the parser hold everything up to the end of the file: stop feeding it
  // once a record grows past MAX_RECORD_CHARS (cheaper than csv-parse's own max_record_size)
  let sinceRecord = 0;
  let overflow = false;
  async function* feed(): AsyncGenerator<string> {
    for await (const chunk of text) {
      sinceRecord += chunk.length;
      if (sinceRecord > MAX_RECORD_CHARS) {
        overflow = true;
        return;
      }
      yield chunk;
    }
  }
  const source = Readable.from(feed());
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);

  let line = 1;
  let row = -1;
  let stopped = false;

  function* flush(beforeRecord: number): Generator<CsvEvent> {
    while (skips.length && skips[0]!.emitted < beforeRecord) {
      const s = skips.shift()!;
      if (stopped) continue;
      const firstLine = line;
      row++;
      const code = s.err?.code;
      if (code === 'CSV_QUOTE_NOT_CLOSED' && overflow) {
        stopped = true;
        yield {
          kind: 'error',
          row,
          firstLine,
          lastLine: firstLine,
          fatal: true,
          message: `from line ${firstLine} on, a cell runs past ${MAX_RECORD_CHARS / 1024 / 1024} MB, which means a quote is not closed: this row and the rest of the file could not be read`,
        };
      } else if (code === 'CSV_QUOTE_NOT_CLOSED') {
        stopped = true;
        yield {
          kind: 'error',
          row,
          firstLine,
          lastLine: firstLine,
          fatal: true,
          message: `the file ends inside a quoted cell opened on line ${firstLine}: from line ${firstLine} to the end (this row and everything after it) nothing could be read; the file is truncated or a quote is not closed`,
        };
      } else {
        // the parser moves past the bad record; its extent is unknown, so count it as one line
        line++;
        yield { kind: 'error', row, firstLine, lastLine: firstLine, fatal: false, message: `the record at line ${firstLine} is not valid CSV: ${s.err?.message ?? 'unreadable record'}` };
      }
    }
  }

  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { records: number } }>) {
      sinceRecord = 0;
      yield* flush(r.info.records);
      if (stopped) continue;
      const firstLine = line;
      const lastLine = line + extraLines(r.record);
      line = lastLine + 1;
      if (r.record.every((c) => c.trim() === '')) continue;
      row++;
      yield { kind: 'record', row, cells: r.record, firstLine, lastLine };
    }
    yield* flush(Number.POSITIVE_INFINITY);
  } catch (e) {
    yield* flush(Number.POSITIVE_INFINITY);
    if (!stopped) {
      yield {
        kind: 'error',
        row: row + 1,
        firstLine: line,
        lastLine: line,
        fatal: true,
        message: `reading stopped at line ${line}: ${(e as Error).message}; the rest of the file was not imported`,
      };
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
}

export const normalizeHeader = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

export type HeaderMap<K extends string> = { index: Partial<Record<K, number>>; known: number; unknown: string[] };

export function mapHeader<K extends string>(cells: readonly unknown[], aliases: Record<K, readonly string[]>): HeaderMap<K> {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(aliases) as K[]) for (const a of aliases[key]) if (!lookup.has(a)) lookup.set(a, key);
  const index: Partial<Record<K, number>> = {};
  const unknown: string[] = [];
  let known = 0;
  cells.forEach((c, i) => {
    const name = String(c ?? '').trim();
    const key = lookup.get(normalizeHeader(name));
    if (key !== undefined && index[key] === undefined) {
      index[key] = i;
      known++;
    } else if (name) unknown.push(name);
  });
  return { index, known, unknown };
}
