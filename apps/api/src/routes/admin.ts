import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { docSchema, parse, requireRole } from '../http';
import { rescoreAll } from '../services/rescore';

const rescoreBody = z.object({ all: z.boolean().default(false) });

export async function adminRoutes(app: FastifyInstance) {
  app.post(
    '/api/admin/rescore',
    {
      schema: {
        tags: ['admin'],
        summary: 'Rescore stored sessions to the rubric in force (all: true rescores every session, not only those of an older rubric)',
        body: docSchema(rescoreBody),
      },
    },
    async (req) => {
      requireRole(req, ['admin']);
      const { all } = parse(rescoreBody, req.body ?? {}, 'body');
      const r = rescoreAll(app.services, { all });
      return { rubricVersion: app.services.rubric.version, ...r };
    },
  );
}
