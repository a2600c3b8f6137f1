import { mapHeader } from './csv';
import { headText, HEAD_BYTES } from './encoding';
import { LIBCHAT_COLUMNS } from './formats/libchat';
import { LIBRARYH3LP_COLUMNS } from './formats/libraryh3lp';
import { looksLikeTextTranscript } from './formats/text';
import { looksLikeHtml } from './html';
import { isOleWorkbook, isZip } from './rows';
import type { ImportFormat } from './types';

export { HEAD_BYTES };

/**
 * Whether text that starts with "{" is NDJSON: its first line is a complete
 * JSON value and the next non-blank line starts another object; or the first
 * line is not a lone "{" (a pretty-printed object) and the next line starts
 * with "{" too (a broken first record of an NDJSON file).
 */
export function isNdjsonStart(text: string): boolean {
  const s = text.replace(/^\s+/, '');
  const nl = s.indexOf('\n');
  if (nl < 0) return false;
  const first = s.slice(0, nl).trim();
  const rest = s.slice(nl + 1).replace(/^\s+/, '');
  if (!rest.startsWith('{')) return false;
  try {
    JSON.parse(first);
    return true;
  } catch {
    return first !== '{' && first.startsWith('{') && /[}\]"\d]$|true$|false$|null$/.test(first);
  }
}

function splitHeaderLine(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
}

/** Which CSV export a header line belongs to, if any. */
export function csvKind(firstLine: string): 'libchat' | 'libraryh3lp' | null {
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!;
  const cells = splitHeaderLine(firstLine, delimiter);
  if (cells.length < 2) return null;
  const lc = mapHeader(cells, LIBCHAT_COLUMNS);
  const h3 = mapHeader(cells, LIBRARYH3LP_COLUMNS);
  const isH3 = h3.index.started !== undefined && (h3.index.text !== undefined || (h3.index.wait !== undefined && h3.index.duration !== undefined));
  const isLc =
    lc.known >= 2 &&
    (lc.index.transcript !== undefined || lc.index.chatId !== undefined || lc.index.answerer !== undefined || lc.index.initialQuestion !== undefined);
  if (isH3 && isLc) return h3.known >= lc.known ? 'libraryh3lp' : 'libchat';
  if (isH3) return 'libraryh3lp';
  if (isLc) return 'libchat';
  return null;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  xlsx: 'libchat',
  xls: 'libchat',
  txt: 'text',
  text: 'text',
  htm: 'text',
  html: 'text',
  eml: 'text',
};

/**
 * The format of an export from its first bytes (a few KB are enough), with
 * the file name as a tie-breaker:
 * - a ZIP (or old OLE) container → `libchat` (an XLSX export);
 * - JSON: first non-blank characters `[` then `{`, `[`, `"` or `]` → `json`; `{` then `"` or `}` →
 *   `ndjson` when a second top-level object starts on a later line, else `json`;
 * - a first line with LibraryH3lp columns (started + text, or started + wait + duration) → `libraryh3lp`;
 *   with LibChat columns (two or more, including Transcript, Chat ID, Answerer or Initial Question) → `libchat`;
 * - HTML, or lines like `[time] Speaker: text` / `time - Speaker : text`, or header lines (`Date:`, `Librarian:`) → `text`;
 * - otherwise the file extension; otherwise a delimited first line → `libchat` (whose
 *   header check then explains what is missing); otherwise `text`.
 */
export function detectFormat(head: Buffer, filename?: string): ImportFormat {
  if (isZip(head) || isOleWorkbook(head)) return 'libchat';
  const text = headText(head);
  const trimmed = text.replace(/^\s+/, '');
  // "[" or "{" opening JSON (not a "[14:05] Patron: …" transcript line)
  if (/^\[\s*(?:[{["\]]|$)/.test(trimmed)) return 'json';
  if (/^\{\s*(?:["}]|$)/.test(trimmed)) return isNdjsonStart(trimmed) ? 'ndjson' : 'json';
  const firstLine = trimmed.split(/\r\n|\r|\n/, 1)[0] ?? '';
  const kind = csvKind(firstLine);
  if (kind) return kind;
  const lines = trimmed.split(/\r\n|\r|\n/).slice(0, 200);
  if (looksLikeHtml(trimmed) || looksLikeTextTranscript(lines)) return 'text';
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename ?? '')?.[1]?.toLowerCase();
  if (ext && EXTENSIONS[ext]) return EXTENSIONS[ext];
  if (ext === 'csv' || ext === 'tsv' || /[,;\t].*[,;\t]/.test(firstLine)) return 'libchat';
  return 'text';
}
