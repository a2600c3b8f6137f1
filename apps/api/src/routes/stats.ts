import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { docSchema, libraryScope, parse } from '../http';
import { overview } from '../services/stats';

const dateOrTime = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?$/.test(s) && !Number.isNaN(Date.parse(s.length === 10 ? `${s}T00:00:00Z` : s)), {
    message: 'must be a date (YYYY-MM-DD) or an ISO date-time with an offset',
  });
const overviewQuery = z.object({ from: dateOrTime.optional(), to: dateOrTime.optional(), library: z.string().min(1).optional() });

export async function statsRoutes(app: FastifyInstance) {
  app.get(
    '/api/stats/overview',
    {
      schema: {
        tags: ['stats'],
        summary: 'Quality across the state for the coordinator: by week and library, per check, pickup, volume, follow-ups, flags (from/to select whole weeks, Monday to Sunday)',
        querystring: docSchema(overviewQuery),
      },
    },
    async (req) => {
      const q = parse(overviewQuery, req.query, 'query');
      return overview(app.services, { ...q, library: libraryScope(req, q.library) });
    },
  );
}
