import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { docSchema, libraryScope, parse } from '../http';
import { listLibraries, listProviders } from '../services/libraries';

const providersQuery = z.object({ library: z.string().min(1).optional() });

export async function libraryRoutes(app: FastifyInstance) {
  app.get('/api/libraries', { schema: { tags: ['libraries'], summary: 'Libraries (code and name); a liaison gets their own' } }, async (req) => ({
    items: listLibraries(app.services, libraryScope(req, undefined)),
  }));
  app.get(
    '/api/providers',
    { schema: { tags: ['libraries'], summary: 'Providers, optionally of one library', querystring: docSchema(providersQuery) } },
    async (req) => {
      const q = parse(providersQuery, req.query, 'query');
      return { items: listProviders(app.services, libraryScope(req, q.library)) };
    },
  );
}
