/**
 * Deterministic demo data for AskQA: AskUsNow!-style chat sessions with good and bad
 * behaviours for every rubric check, as canonical transcripts or a LibChat CSV export.
 */
export type { GenerateOptions } from './options';
export { LIBRARIES, type Library, type LibraryKind } from './libraries';
export { generateProviders, type Provider } from './providers';
export { generateTranscripts, generateSessions } from './generate';
export { BEHAVIOUR_RATES, type GeneratedSession } from './session';
export { transcriptToLibChatRow, libChatCsvLine, writeLibChatCsv, LIBCHAT_COLUMNS } from './libchat';
