export type { ImportFormat, ImportOptions, ImportItem } from './types';
export { IMPORT_FORMATS } from './types';
export { detectFormat } from './detect';
export { readImport, checkOptions, DEFAULT_TIMEZONE } from './read-import';
export { redactTranscript, restoreOriginals, PLACEHOLDERS, type PatronOriginals } from './redact';
