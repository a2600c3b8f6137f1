import { z } from 'zod';
import { CHECK_IDS, FLAG_CODES } from './checks';
import { scoreSchema, flagSchema } from './score';
import { isoWithOffset } from './transcript';

export const errorBodySchema = z.object({ code: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const INGEST_STATUSES = ['created', 'updated', 'unchanged', 'rejected'] as const;
export type IngestStatus = (typeof INGEST_STATUSES)[number];

export const ingestResultSchema = z.object({
  externalId: z.string().nullable(),
  id: z.number().int().nullable(),
  status: z.enum(INGEST_STATUSES),
  errors: z.array(fieldErrorSchema),
  score: scoreSchema.nullable(),
});
export type IngestResult = z.infer<typeof ingestResultSchema>;
export const ingestResponseSchema = z.object({ results: z.array(ingestResultSchema) });

export const MAX_BATCH = 1000;

const boolish = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0'])])
  .transform((v) => v === true || v === 'true' || v === '1');

export const SORTS = ['date', '-date', 'score', '-score'] as const;

export const listQuerySchema = z.object({
  library: z.string().optional(),
  provider: z.string().optional(),
  from: isoWithOffset.optional(),
  to: isoWithOffset.optional(),
  code: z.string().optional(),
  flagged: boolish.optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  maxScore: z.coerce.number().min(0).max(100).optional(),
  check: z.enum(CHECK_IDS, { error: 'must be a check id of the rubric' }).optional(),
  flag: z.enum(FLAG_CODES, { error: `must be one of ${FLAG_CODES.join(', ')}` }).optional(),
  q: z.string().min(1).max(500).optional(),
  sort: z.enum(SORTS).default('-date'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

export const sessionSummarySchema = z.object({
  id: z.number().int(),
  externalId: z.string(),
  source: z.string(),
  library: z.string(),
  provider: z.object({ id: z.string(), name: z.string().nullable() }),
  startedAt: z.string(),
  resolutionCode: z.string().nullable(),
  value: z.number().nullable(),
  rawScore: z.number().nullable(),
  flagged: z.boolean(),
  flags: z.array(flagSchema),
  snippet: z.string().optional(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;
export const listResponseSchema = z.object({
  items: z.array(sessionSummarySchema),
  nextCursor: z.string().nullable(),
});

export const followUpBodySchema = z.object({
  doneAt: isoWithOffset,
  by: z.string().min(1).max(200),
  note: z.string().max(10_000).default(''),
});
export type FollowUpBody = z.infer<typeof followUpBodySchema>;

export const importRowReportSchema = z.object({
  row: z.number().int(),
  /** the stored session's id, when the row was stored */
  id: z.number().int().nullable().optional(),
  externalId: z.string().nullable(),
  status: z.enum(INGEST_STATUSES),
  errors: z.array(fieldErrorSchema),
  /** the row was stored, but something was guessed or derived (e.g. a speaker's role) */
  warnings: z.array(fieldErrorSchema).optional(),
});
export const importSummarySchema = z.object({
  format: z.string(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(importRowReportSchema),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;
