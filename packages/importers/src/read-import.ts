import { detectFormat } from './detect';
import { decodeText, HEAD_BYTES } from './encoding';
import { FORMAT_READERS } from './formats/index';
import { Zone } from './time';
import { IMPORT_FORMATS, type FormatContext, type ImportFormat, type ImportItem, type ImportOptions, type ImportSource } from './types';

export const DEFAULT_TIMEZONE = 'America/New_York';

const toBuffer = (c: unknown): Buffer => (Buffer.isBuffer(c) ? c : typeof c === 'string' ? Buffer.from(c, 'utf8') : Buffer.from(c as Uint8Array));

/** Throws (before reading anything) when an option cannot work: an unknown format or time zone. */
export function checkOptions(opts: ImportOptions): { format: ImportFormat | 'auto'; timezone: string } {
  const format = opts.format ?? 'auto';
  if (format !== 'auto' && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
    throw new RangeError(`unknown format "${format}": use auto, ${IMPORT_FORMATS.join(', ')}`);
  }
  const timezone = opts.timezone ?? DEFAULT_TIMEZONE;
  new Zone(timezone); // throws a RangeError naming the zone
  return { format, timezone };
}

/**
 * Streams an export as numbered items, one per row / element / line /
 * transcript block: either a canonical candidate (`transcript`, to be
 * validated by the caller) or `errors` saying why the row could not be
 * converted. Nothing is skipped without an item, a bad row never stops the
 * rest, and a break that makes the rest of the file unreadable ends with an
 * item that says so. Options that cannot work (unknown format or zone) throw
 * a RangeError before anything is read.
 */
export async function* readImport(input: NodeJS.ReadableStream | AsyncIterable<Buffer>, opts: ImportOptions): AsyncGenerator<ImportItem> {
  const { format: wanted, timezone } = checkOptions(opts);
  const iterator = (input as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  const headChunks: Buffer[] = [];
  let headLength = 0;
  let exhausted = false;
  try {
    while (headLength < HEAD_BYTES) {
      const r = await iterator.next();
      if (r.done) {
        exhausted = true;
        break;
      }
      const b = toBuffer(r.value);
      headChunks.push(b);
      headLength += b.length;
    }
    const head = Buffer.concat(headChunks);
    if (head.length === 0) {
      yield { row: 0, externalId: null, errors: [{ path: 'file', message: 'the file is empty' }] };
      return;
    }
    let used = false;
    const bytes = async function* (): AsyncGenerator<Buffer> {
      if (used) throw new Error('the import source can be read only once');
      used = true;
      for (const c of headChunks.splice(0)) yield c;
      while (!exhausted) {
        const r = await iterator.next();
        if (r.done) exhausted = true;
        else yield toBuffer(r.value);
      }
    };
    const src: ImportSource = { head, bytes, text: () => decodeText(bytes()) };
    const format = wanted === 'auto' ? detectFormat(head, opts.filename) : wanted;
    opts.onFormat?.(format);
    const ctx: FormatContext = {
      format,
      timezone,
      detected: wanted === 'auto',
      ...(opts.library ? { library: opts.library } : {}),
      ...(opts.source ? { source: opts.source } : {}),
      ...(opts.filename ? { filename: opts.filename } : {}),
    };
    let lastRow = 0;
    try {
      for await (const item of FORMAT_READERS[format](src, ctx)) {
        if (item.row > lastRow) lastRow = item.row;
        yield item;
      }
    } catch (e) {
      // a reader bug or an I/O error: report it where it happened instead of losing the rest silently
      yield {
        row: lastRow + 1,
        externalId: null,
        errors: [{ path: 'file', message: `reading stopped after row ${lastRow}: ${(e as Error).message}; the rest of the file was not imported` }],
      };
    }
  } finally {
    await iterator.return?.();
  }
}
