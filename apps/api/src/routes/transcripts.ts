import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  MAX_BATCH,
  followUpBodySchema,
  ingestResponseSchema,
  listQuerySchema,
  listResponseSchema,
  transcriptSchema,
} from '@askqa/contract';
import { AppError, BadRequestError, ForbiddenError } from '../errors';
import { docSchema, libraryScope, parse, requirePrincipal, requireRole } from '../http';
import { ingestBatch, responseBody } from '../services/ingest';
import { getSession, listSessions, sessionLibrary } from '../services/sessions';
import { recordFollowUp } from '../services/followups';

const idParams = z.object({ id: z.coerce.number({ error: 'must be a session id (a number)' }).int().positive('must be a session id') });
const detailQuery = z.object({
  include: z.enum(['originals'], { error: 'may only be "originals"' }).optional(),
});

/** Roles that may see the patron's original contact details (they do the follow-up). */
const ORIGINALS_ROLES = ['admin', 'coordinator', 'liaison'] as const;

export async function transcriptRoutes(app: FastifyInstance) {
  app.post(
    '/api/transcripts',
    {
      schema: {
        tags: ['transcripts'],
        summary: 'Ingest one transcript, or {"transcripts": [...]} (up to 1,000); each is validated, stored and scored on its own',
        body: { oneOf: [docSchema(transcriptSchema), { type: 'object', properties: { transcripts: { type: 'array', items: docSchema(transcriptSchema), maxItems: MAX_BATCH } } }] },
        response: { 200: docSchema(ingestResponseSchema, 'output') },
      },
    },
    async (req, reply) => {
      requireRole(req, ['admin', 'coordinator']);
      const items = batchItems(req.body);
      const results = await ingestBatch(app.services, items, app.preparePool());
      return reply.type('application/json; charset=utf-8').send(responseBody(results));
    },
  );

  app.get(
    '/api/transcripts',
    {
      schema: {
        tags: ['transcripts'],
        summary: 'A page of sessions, filtered and sorted, with their scores',
        querystring: docSchema(listQuerySchema),
        response: { 200: docSchema(listResponseSchema, 'output') },
      },
    },
    async (req) => {
      const q = parse(listQuerySchema, req.query, 'query');
      q.library = libraryScope(req, q.library);
      return listSessions(app.services, q);
    },
  );

  app.get(
    '/api/transcripts/:id',
    {
      schema: {
        tags: ['transcripts'],
        summary: 'One session with its current score; include=originals puts the patron details back for the roles that follow up',
        params: docSchema(idParams),
        querystring: docSchema(detailQuery),
      },
    },
    async (req) => {
      const { id } = parse(idParams, req.params, 'params');
      const { include } = parse(detailQuery, req.query, 'query');
      const p = requirePrincipal(req);
      if (include === 'originals' && p.kind === 'user' && !(ORIGINALS_ROLES as readonly string[]).includes(p.user.role)) {
        throw new ForbiddenError(`the ${p.user.role} role does not see patron contact details`);
      }
      libraryScopeOfSession(req, sessionLibrary(app.services, id));
      return getSession(app.services, id, { originals: include === 'originals' });
    },
  );

  app.post(
    '/api/transcripts/:id/followups',
    {
      schema: {
        tags: ['transcripts'],
        summary: 'Record a follow-up done for the patron; the score updates at once',
        params: docSchema(idParams),
        body: docSchema(followUpBodySchema),
      },
    },
    async (req, reply) => {
      const { id } = parse(idParams, req.params, 'params');
      const body = parse(followUpBodySchema, req.body, 'body');
      libraryScopeOfSession(req, sessionLibrary(app.services, id));
      const r = recordFollowUp(app.services, id, body);
      return reply.code(201).send(r);
    },
  );

  function libraryScopeOfSession(req: Parameters<typeof libraryScope>[0], library: string) {
    const p = requirePrincipal(req);
    if (p.kind === 'user' && p.user.role === 'liaison' && p.user.library !== library) {
      throw new ForbiddenError(`this session belongs to ${library}; a liaison of ${p.user.library} cannot open it`);
    }
  }
}

/** One transcript, {transcripts: [...]}, or a bare array; anything else is a 400 that says why. */
function batchItems(body: unknown): unknown[] {
  if (Array.isArray(body)) return checkSize(body);
  if (body && typeof body === 'object') {
    if ('transcripts' in body) {
      const list = (body as { transcripts: unknown }).transcripts;
      if (!Array.isArray(list)) throw new BadRequestError('"transcripts" must be an array of transcripts');
      return checkSize(list);
    }
    return [body];
  }
  throw new BadRequestError('the body must be a transcript object, {"transcripts": [...]}, or an array of transcripts');
}

function checkSize(list: unknown[]): unknown[] {
  if (list.length === 0) throw new BadRequestError('the batch holds no transcripts');
  if (list.length > MAX_BATCH) throw new AppError(413, 'too_many_transcripts', `a batch holds at most ${MAX_BATCH} transcripts; this one has ${list.length}`);
  return list;
}
