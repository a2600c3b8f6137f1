import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { docSchema, parse, requirePrincipal } from '../http';
import { login, logout } from '../services/auth';
import { SESSION_COOKIE } from '../app';

const loginBody = z.object({ email: z.string().min(1, 'is required'), password: z.string().min(1, 'is required') });

export async function authRoutes(app: FastifyInstance) {
  app.post(
    '/api/auth/login',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password (sets a session cookie)', body: docSchema(loginBody) },
    },
    async (req, reply) => {
      const body = parse(loginBody, req.body, 'body');
      const r = await login(app.services, body, app.config.SESSION_HOURS);
      if (!r) return reply.code(401).send({ code: 'invalid_credentials', message: 'e-mail or password is wrong' });
      reply.setCookie(SESSION_COOKIE, r.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.config.COOKIE_SECURE,
        maxAge: app.config.SESSION_HOURS * 3600,
      });
      return { user: r.user };
    },
  );
  app.post('/api/auth/logout', { config: { public: true }, schema: { tags: ['auth'], summary: 'Sign out' } }, async (req, reply) => {
    if (req.sessionToken) logout(app.services, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
  app.get('/api/me', { schema: { tags: ['auth'], summary: 'Who is signed in' } }, async (req) => {
    const p = requirePrincipal(req);
    return p.kind === 'user' ? { kind: 'user', user: p.user } : { kind: 'token', token: { id: p.id, name: p.name } };
  });
}
