import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ConflictError } from '../errors';
import { docSchema, parse, requireRole } from '../http';
import { rescoreAllInBackground } from '../services/rescore';

const rescoreBody = z.object({ all: z.boolean().default(false) });

type RescoreJob = {
  running: boolean;
  rubricVersion: string;
  all: boolean;
  done: number;
  total: number | null;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
};

export async function adminRoutes(app: FastifyInstance) {
  let job: RescoreJob | null = null;

  app.post(
    '/api/admin/rescore',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Start rescoring stored sessions to the rubric in force (all: true rescores every session, not only those of an older rubric); runs in batches while the server keeps answering; 202, then follow it with GET',
        body: docSchema(rescoreBody),
      },
    },
    async (req, reply) => {
      requireRole(req, ['admin']);
      const { all } = parse(rescoreBody, req.body ?? {}, 'body');
      if (job?.running) throw new ConflictError(`a rescore is already running (${job.done} of ${job.total ?? '?'} done)`);
      const current: RescoreJob = {
        running: true,
        rubricVersion: app.services.rubric.version,
        all,
        done: 0,
        total: null,
        startedAt: new Date(app.services.now()).toISOString(),
        finishedAt: null,
        error: null,
      };
      job = current;
      rescoreAllInBackground(app.services, { all, pool: app.preparePool(), onProgress: (p) => Object.assign(current, p) })
        .then((r) => Object.assign(current, { done: r.rescored, total: current.total ?? r.rescored }))
        .catch((err: unknown) => {
          req.log.error({ err }, 'rescore failed');
          current.error = 'the rescore stopped on an error; it has been logged';
        })
        .finally(() => Object.assign(current, { running: false, finishedAt: new Date(app.services.now()).toISOString() }));
      return reply.code(202).send(current);
    },
  );

  app.get('/api/admin/rescore', { schema: { tags: ['admin'], summary: 'Progress of the last rescore started through the API' } }, async (req) => {
    requireRole(req, ['admin']);
    return job ?? { running: false, done: 0, total: null, rubricVersion: app.services.rubric.version, startedAt: null, finishedAt: null, error: null };
  });
}
