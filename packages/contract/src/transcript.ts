import { z } from 'zod';

/** ISO 8601 date-time that must carry an offset (Z or ±hh:mm): a local time is ambiguous. */
export const isoWithOffset = z.string({ error: 'must be an ISO 8601 date-time string with an offset' }).superRefine((s, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    ctx.addIssue({ code: 'custom', message: `"${s.slice(0, 40)}" must be an ISO 8601 date-time with an offset, e.g. 2026-03-02T14:05:10-05:00` });
  } else if (Number.isNaN(Date.parse(s))) {
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a real date-time` });
  }
});

export const MESSAGE_ROLES = ['patron', 'provider', 'internal', 'system'] as const;
export const SYSTEM_EVENTS = ['joined', 'transfer', 'patron_left', 'ended', 'idle'] as const;

const nullableText = z.string().max(1000).nullable().optional();

export const messageSchema = z
  .object({
    at: isoWithOffset,
    role: z.enum(MESSAGE_ROLES, { error: `must be one of ${MESSAGE_ROLES.join(', ')}` }),
    author: z.string().max(500).nullable().optional(),
    authorId: z.string().max(200).nullable().optional(),
    text: z.string({ error: 'must be a string' }).max(200_000),
    event: z.enum(SYSTEM_EVENTS, { error: `must be one of ${SYSTEM_EVENTS.join(', ')}` }).optional(),
    to: z.string().max(200).optional(),
  })
  .superRefine((m, ctx) => {
    if (m.event === 'transfer' && m.role === 'system' && !m.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'a transfer event needs "to", the receiving provider id' });
    }
  });

export const providerSchema = z.object({
  id: z.string({ error: 'is required' }).min(1, 'must not be empty').max(200),
  name: z.string().max(500).nullable().optional(),
  library: z.string().max(100).nullable().optional(),
});

export const patronSchema = z.object({
  name: nullableText,
  email: nullableText,
  phone: nullableText,
});

export const followUpSchema = z.object({
  doneAt: isoWithOffset,
  by: z.string().max(200).nullable().optional(),
  note: z.string().max(10_000).nullable().optional(),
});

export const surveySchema = z.object({
  rating: z.number().int().min(1).max(5).nullable().optional(),
  comment: z.string().max(10_000).nullable().optional(),
});

export const transcriptSchema = z
  .object({
    externalId: z.string({ error: 'is required' }).min(1, 'must not be empty').max(500),
    source: z.string().min(1).max(100).optional(),
    library: z.string({ error: 'is required' }).min(1, 'must not be empty').max(100),
    patronLibrary: z.string().max(100).nullable().optional(),
    queue: z.string().max(100).nullable().optional(),
    provider: providerSchema,
    patron: patronSchema.nullable().optional(),
    startedAt: isoWithOffset,
    pickedUpAt: isoWithOffset.nullable().optional(),
    endedAt: isoWithOffset.nullable().optional(),
    resolutionCode: z.string().max(200).nullable().optional(),
    descriptiveCodes: z.array(z.string().max(200)).max(200).optional(),
    survey: surveySchema.nullable().optional(),
    followUps: z.array(followUpSchema).max(1000).optional(),
    messages: z.array(messageSchema, { error: 'must be an array of messages' }).max(20_000),
  })
  .superRefine((t, ctx) => {
    if (t.messages.length === 0 && t.resolutionCode !== 'Lost Call') {
      ctx.addIssue({ code: 'custom', path: ['messages'], message: 'may be empty only for a Lost Call' });
    }
  });

export type Transcript = z.infer<typeof transcriptSchema>;
export type Message = z.infer<typeof messageSchema>;
export type FollowUp = z.infer<typeof followUpSchema>;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** Default source when a transcript does not name one. */
export const DEFAULT_SOURCE = 'api';
