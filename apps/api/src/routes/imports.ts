import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { importSummarySchema } from '@askqa/contract';
import { BadRequestError } from '../errors';
import { docSchema, libraryScope, parse, requireRole } from '../http';
import { importStream } from '../services/imports';

const FORMATS = ['auto', 'json', 'ndjson', 'libchat', 'libraryh3lp', 'text'] as const;
const importFields = z.object({
  format: z.enum(FORMATS, { error: `must be one of ${FORMATS.join(', ')}` }).default('auto'),
  timezone: z.string().min(1).default('America/New_York'),
  library: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
});

export async function importRoutes(app: FastifyInstance) {
  app.post(
    '/api/imports',
    {
      schema: {
        tags: ['imports'],
        summary:
          'Upload an export (multipart/form-data: fields format, timezone, library, source, then the file); answered with a per-row report',
        consumes: ['multipart/form-data'],
        response: { 200: docSchema(importSummarySchema, 'output') },
      },
    },
    async (req) => {
      requireRole(req, ['admin', 'coordinator', 'liaison']);
      if (!req.isMultipart()) throw new BadRequestError('send the export as multipart/form-data with a "file" part');
      const fields: Record<string, string> = {};
      for await (const part of req.parts()) {
        if (part.type === 'field') {
          fields[part.fieldname] = String(part.value);
          continue;
        }
        const opts = parse(importFields, fields, 'body');
        // a liaison imports into their own library only
        const library = libraryScope(req, opts.library);
        const p = req.principal;
        const onlyLibrary = p?.kind === 'user' && p.user.role === 'liaison' ? (p.user.library ?? undefined) : undefined;
        const summary = await importStream(app.services, part.file, { ...opts, library, filename: part.filename }, { onlyLibrary, pool: app.preparePool() });
        if (part.file.truncated) throw new BadRequestError(`the file is larger than the limit of ${app.config.BODY_LIMIT} bytes`);
        return summary;
      }
      throw new BadRequestError('the upload has no "file" part (put the fields before the file)');
    },
  );
}
