import { z } from 'zod';
import { CHECK_IDS, CHECK_STATUSES, FLAG_CODES } from './checks';

export const evidenceSchema = z.object({
  message: z.number().int().min(0),
  quote: z.string(),
});

export const checkResultSchema = z.object({
  id: z.enum(CHECK_IDS),
  status: z.enum(CHECK_STATUSES),
  value: z.number().nullable().optional(),
  note: z.string(),
  evidence: z.array(evidenceSchema),
  /** For session.concurrency: the overlapping sessions (externalIds) that decided it. */
  related: z.array(z.string()).optional(),
});

export const flagSchema = z.object({ code: z.enum(FLAG_CODES), reason: z.string() });

export const scoreSchema = z.object({
  value: z.number().nullable(),
  rawScore: z.number().nullable(),
  critical: z.boolean(),
  flagged: z.boolean(),
  flags: z.array(flagSchema),
  rubricVersion: z.string(),
  checks: z.array(checkResultSchema),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Score = z.infer<typeof scoreSchema>;
