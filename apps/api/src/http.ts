/** Small helpers shared by the routes: zod parsing with clear 400s, and who is asking. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { UserRole } from '@askqa/db';
import { AppError, ForbiddenError, formatIssues, UnauthorizedError } from './errors';
import type { User } from './services/auth';

export class ValidationError extends AppError {
  constructor(
    readonly where: string,
    readonly errors: { path: string; message: string }[],
  ) {
    super(400, 'invalid_request', `${where} is invalid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`);
  }
}

export function parse<S extends z.ZodType>(schema: S, data: unknown, where: 'body' | 'query' | 'params'): z.output<S> {
  const r = schema.safeParse(data ?? {});
  if (!r.success) throw new ValidationError(where, formatIssues(r.error.issues));
  return r.data;
}

/** JSON Schema of a zod schema, for the OpenAPI document only (zod does the validating). */
export function docSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' }) as Record<string, unknown>;
  delete json.$schema;
  return json;
}

export type Principal = { kind: 'token'; id: number; name: string } | { kind: 'user'; user: User };

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    sessionToken: string | null;
  }
  interface FastifyContextConfig {
    /** reachable without signing in */
    public?: boolean;
  }
}

export function requirePrincipal(req: FastifyRequest): Principal {
  if (!req.principal) throw new UnauthorizedError();
  return req.principal;
}

/** Only these roles (API tokens always pass: they are the chat systems and scripts). */
export function requireRole(req: FastifyRequest, roles: readonly UserRole[]): Principal {
  const p = requirePrincipal(req);
  if (p.kind === 'user' && !roles.includes(p.user.role)) {
    throw new ForbiddenError(`this needs one of the roles ${roles.join(', ')}; you are ${p.user.role}`);
  }
  return p;
}

/** A liaison sees their own library only; everyone else sees every library. */
export function libraryScope(req: FastifyRequest, asked: string | undefined): string | undefined {
  const p = requirePrincipal(req);
  if (p.kind === 'user' && p.user.role === 'liaison') {
    if (asked && asked !== p.user.library) throw new ForbiddenError(`a liaison of ${p.user.library} cannot see ${asked}'s sessions`);
    return p.user.library ?? undefined;
  }
  return asked;
}

