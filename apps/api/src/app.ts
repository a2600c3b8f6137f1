/**
 * Builds the Fastify app: external plugins, the app's services, then routes (fastify/demo's
 * order). Tests build it with a fresh database and an injected clock.
 */
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type DbHandle } from '@askqa/db';
import { currentRubric, type Rubric } from '@askqa/scoring';
import type { Config } from './config';
import { AppError } from './errors';
import { ValidationError } from './http';
import type { ServiceContext } from './services/context';
import { defaultWorkerCount, PreparePool } from './services/prepare-pool';
import { userForSession, verifyApiToken } from './services/auth';
import { authRoutes } from './routes/auth';
import { transcriptRoutes } from './routes/transcripts';
import { adminRoutes } from './routes/admin';
import { importRoutes } from './routes/imports';
import { statsRoutes } from './routes/stats';
import { libraryRoutes } from './routes/libraries';

declare module 'fastify' {
  interface FastifyInstance {
    services: ServiceContext;
    /** the worker threads for large uploads (null when INGEST_WORKERS is 0) */
    preparePool: () => PreparePool | null;
    config: Config;
  }
}

export type BuildOptions = {
  config: Config;
  /** an open database; by default the app opens config.DATABASE_URL */
  db?: DbHandle;
  /** the clock (epoch ms); tests inject a fixed one */
  now?: () => number;
  rubric?: Rubric;
  /** false in tests that do not need logs */
  logger?: boolean;
};

export const SESSION_COOKIE = 'askqa_session';
const webDist = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    bodyLimit: config.BODY_LIMIT,
    logger:
      opts.logger === false || config.LOG_LEVEL === 'silent'
        ? false
        : {
            level: config.LOG_LEVEL,
            // request logs carry no bodies, cookies or tokens: patron details never reach the log
            redact: ['req.headers.authorization', 'req.headers.cookie'],
          },
    ajv: { customOptions: { strict: false } },
  });
  // zod validates inside the handlers (clear {path, message} errors); the JSON Schemas on the
  // routes only document them in the OpenAPI document.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  const handle = opts.db ?? createDb(config.DATABASE_URL, { backgroundCheckpoints: true });
  app.decorate('config', config);
  app.decorate('services', {
    db: handle.db,
    now: opts.now ?? (() => Date.now()),
    rubric: opts.rubric ?? currentRubric,
    retentionDays: config.RETENTION_DAYS,
  });
  if (!opts.db) app.addHook('onClose', async () => handle.close());
  // started on the first large upload, so a server that never gets one runs no threads
  let pool: PreparePool | null | undefined;
  app.decorate('preparePool', () => {
    if (pool === undefined) {
      const size = config.INGEST_WORKERS === 'auto' ? defaultWorkerCount() : config.INGEST_WORKERS;
      try {
        pool = size > 0 ? new PreparePool(size, { youngGenerationMb: 96 }) : null;
      } catch (err) {
        app.log.error({ err }, 'worker threads could not start; uploads are prepared on the main thread');
        pool = null;
      }
    }
    return pool;
  });
  app.addHook('onClose', async () => {
    await pool?.close();
  });

  app.setErrorHandler((err: FastifyError | AppError, req, reply) => {
    if (err instanceof ValidationError) return reply.code(400).send({ code: err.code, message: err.message, errors: err.errors });
    if (err instanceof AppError) return reply.code(err.status).send({ code: err.code, message: err.message });
    const status = (err as FastifyError).statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      return reply.code(500).send({ code: 'internal', message: 'something went wrong on the server; it has been logged' });
    }
    const known: Record<string, [string, string]> = {
      FST_ERR_CTP_BODY_TOO_LARGE: ['too_large', `the request body is larger than the limit of ${config.BODY_LIMIT} bytes`],
      FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'the request body is not valid JSON'],
      FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'the request body is empty; send JSON'],
      FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', `content type "${req.headers['content-type'] ?? ''}" is not accepted here; send application/json`],
    };
    const [code, message] = known[(err as FastifyError).code ?? ''] ?? [status === 429 ? 'too_many_requests' : 'bad_request', err.message];
    // a body that is not JSON is a bad request like any other (the API speaks JSON only)
    return reply.code(status === 415 ? 400 : status).send({ code, message });
  });

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: config.BODY_LIMIT, files: 1 } });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: 'AskQA API', version: '1.0.0', description: 'Chat transcript ingest, automatic scoring and review for library chat reference services.' },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'API token from `npm run qa -- tokens create --name NAME`' },
          cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        },
      },
      security: [{ bearer: [] }, { cookie: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // Who is asking: an API token or a signed-in user. Routes decide what each may do.
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const auth = req.headers.authorization;
    if (auth) {
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      const token = m ? verifyApiToken(app.services, m[1]!) : null;
      if (!token) return reply.code(401).send({ code: 'unauthorized', message: 'the API token is missing, malformed, unknown or revoked' });
      req.principal = { kind: 'token', id: token.id, name: token.name };
      return;
    }
    const cookieValue = req.cookies[SESSION_COOKIE];
    if (cookieValue) {
      const user = userForSession(app.services, cookieValue);
      if (user) {
        req.principal = { kind: 'user', user };
        req.sessionToken = cookieValue;
      }
    }
    if (!req.principal && !req.routeOptions.config?.public) {
      return reply.code(401).send({ code: 'unauthorized', message: 'sign in or send "Authorization: Bearer <token>"' });
    }
  });

  app.get('/api/health', { config: { public: true }, schema: { hide: true } }, async () => ({ ok: true }));
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
  await app.register(authRoutes);
  await app.register(transcriptRoutes);
  await app.register(adminRoutes);
  await app.register(importRoutes);
  await app.register(statsRoutes);
  await app.register(libraryRoutes);

  if (existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.method === 'GET' && !req.url.startsWith('/api/') && existsSync(resolve(webDist, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.code(404).send({ code: 'not_found', message: `${req.method} ${req.url.split('?')[0]} does not exist` });
  });
  return app;
}
