import type { FieldError } from '@askqa/contract';

export const IMPORT_FORMATS = ['json', 'ndjson', 'libchat', 'libraryh3lp', 'text'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportOptions = {
  format?: ImportFormat | 'auto';
  /** IANA zone for export times that carry no offset. Default America/New_York. */
  timezone?: string;
  /** Library code given to every converted session (JSON: only where the item has none). */
  library?: string;
  /** Source name (JSON: only where the item has none). Default: the format name (`libchat`, `libraryh3lp`, `text`). */
  source?: string;
  /** Original file name: a hint for format detection (.json, .ndjson, .xlsx, .txt, .html). */
  filename?: string;
  /** Called once, before the first item, with the format being read (the detected one when `format` is auto). */
  onFormat?: (format: ImportFormat) => void;
};

export type ImportItem = {
  /**
   * 1-based: CSV/XLSX data row (header excluded), JSON array index + 1, NDJSON
   * line number, text transcript block number. 0 for a problem with the file
   * itself (unreadable header, unsupported file) that no row can carry.
   */
  row: number;
  externalId: string | null;
  /** Canonical candidate, not yet validated: the caller validates with transcriptSchema. */
  transcript?: unknown;
  /** Set when the row could not be converted; then transcript is undefined. */
  errors?: FieldError[];
  /** Something was read with a guess or left out; the transcript is still produced. Worth showing in the report. */
  warnings?: FieldError[];
};

export type FormatContext = {
  format: ImportFormat;
  timezone: string;
  library?: string;
  source?: string;
  filename?: string;
  /** Whether the format was detected rather than chosen (error messages then mention the other formats). */
  detected: boolean;
};

/** The file, once: its first bytes (already read for detection) and a single pass over all bytes or decoded text. */
export type ImportSource = {
  head: Buffer;
  bytes(): AsyncIterable<Buffer>;
  text(): AsyncIterable<string>;
};

export type FormatReader = (src: ImportSource, ctx: FormatContext) => AsyncGenerator<ImportItem>;
