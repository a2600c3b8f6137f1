import type { FormatReader, ImportFormat } from '../types';
import { readJson, readNdjson } from './json';
import { readLibChat } from './libchat';
import { readLibraryH3lp } from './libraryh3lp';
import { readText } from './text';

/** One reader per format; the pipeline looks the format up here and knows nothing else about it. */
export const FORMAT_READERS: Record<ImportFormat, FormatReader> = {
  json: readJson,
  ndjson: readNdjson,
  libchat: readLibChat,
  libraryh3lp: readLibraryH3lp,
  text: readText,
};
