/** Reading sessions: the filtered, cursor-paged list and one session with its score. */
import { and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import { CHECK_IDS, type ListQuery, type SessionSummary, type Transcript } from '@askqa/contract';
import { followups, sessionDocuments, sessions } from '@askqa/db';
import { searchCondition, toMatchExpression } from '@askqa/db/search';
import { BadRequestError, NotFoundError } from '../errors';
import type { ServiceContext } from './context';
import { scoreFromRow } from './scores';
import { withOriginals } from './privacy';

type Cursor = [number, number]; // [sort key, id]

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}
function decodeCursor(s: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x))) return v as Cursor;
  } catch {
    /* fall through */
  }
  throw new BadRequestError('cursor is not a cursor this server returned', 'invalid_cursor');
}

const scoreKey = sql<number>`ifnull(${sessions.scoreValue}, -1)`;

export function listSessions(ctx: ServiceContext, q: ListQuery): { items: SessionSummary[]; nextCursor: string | null } {
  const conds: SQL[] = [];
  if (q.library) conds.push(eq(sessions.library, q.library));
  if (q.provider) conds.push(eq(sessions.providerId, q.provider));
  if (q.from) conds.push(gte(sessions.startedAt, Date.parse(q.from)));
  if (q.to) conds.push(lt(sessions.startedAt, Date.parse(q.to)));
  if (q.code !== undefined) conds.push(eq(sessions.resolutionCode, q.code));
  if (q.flagged !== undefined || q.flag) conds.push(eq(sessions.flagged, q.flag ? true : q.flagged!));
  if (q.minScore !== undefined) conds.push(gte(sessions.scoreValue, q.minScore));
  if (q.maxScore !== undefined) conds.push(lte(sessions.scoreValue, q.maxScore));
  if (q.check) {
    const idx = CHECK_IDS.indexOf(q.check);
    conds.push(sql`exists (select 1 from session_checks c where c.session_id = ${sessions.id} and c."check" = ${idx} and c.status = 2)`);
  }
  if (q.flag) conds.push(sql`exists (select 1 from json_each(${sessions.flags}) f where json_extract(f.value, '$.code') = ${q.flag})`);
  let match: string | null = null;
  if (q.q) {
    match = toMatchExpression(q.q);
    if (!match) throw new BadRequestError('q has no words to search for', 'invalid_query');
    conds.push(searchCondition(ctx.db.$client, sessions.id, match));
  }
  const byScore = q.sort === 'score' || q.sort === '-score';
  const descending = q.sort.startsWith('-');
  const key = byScore ? scoreKey : sql<number>`${sessions.startedAt}`;
  if (q.cursor) {
    const [k, id] = decodeCursor(q.cursor);
    conds.push(descending ? or(sql`${key} < ${k}`, and(sql`${key} = ${k}`, lt(sessions.id, id)))! : or(sql`${key} > ${k}`, and(sql`${key} = ${k}`, sql`${sessions.id} > ${id}`))!);
  }
  const rows = ctx.db
    .select({
      id: sessions.id,
      externalId: sessions.externalId,
      source: sessions.source,
      library: sessions.library,
      providerId: sessions.providerId,
      providerName: sessions.providerName,
      startedIso: sessions.startedIso,
      resolutionCode: sessions.resolutionCode,
      value: sessions.scoreValue,
      rawScore: sessions.rawScore,
      flagged: sessions.flagged,
      flags: sessions.flags,
      key,
      doc: q.q ? sql<string | null>`(select doc from session_documents d where d.session_id = ${sessions.id})` : sql<null>`null`,
    })
    .from(sessions)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(...(descending ? [desc(key), desc(sessions.id)] : [asc(key), asc(sessions.id)]))
    .limit(q.limit + 1)
    .all();
  const more = rows.length > q.limit;
  const page = more ? rows.slice(0, q.limit) : rows;
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      externalId: r.externalId,
      source: r.source,
      library: r.library,
      provider: { id: r.providerId, name: r.providerName },
      startedAt: r.startedIso,
      resolutionCode: r.resolutionCode,
      value: r.value,
      rawScore: r.rawScore,
      flagged: r.flagged,
      flags: JSON.parse(r.flags),
      ...(q.q && r.doc ? { snippet: snippetOf(JSON.parse(r.doc) as Transcript, q.q) } : {}),
    })),
    nextCursor: more && last ? encodeCursor([Number(last.key), last.id]) : null,
  };
}

/** A short excerpt of the first message holding one of the searched words. */
export function snippetOf(t: Transcript, q: string): string {
  const words = (q.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).filter((w) => w.length > 1);
  for (const m of t.messages) {
    if (m.role === 'system') continue;
    const lower = m.text.toLowerCase();
    for (const w of words) {
      const at = lower.indexOf(w);
      if (at >= 0) {
        const start = Math.max(0, at - 60);
        const end = Math.min(m.text.length, at + w.length + 60);
        return `${start > 0 ? '…' : ''}${m.text.slice(start, end)}${end < m.text.length ? '…' : ''}`;
      }
    }
  }
  return '';
}

export type SessionDetail = Transcript & {
  id: number;
  score: ReturnType<typeof scoreFromRow>;
  recordedFollowUps: { id: number; doneAt: string; by: string; note: string; createdAt: string }[];
  patronDetails: 'redacted' | 'original' | 'none';
};

/** The library a session belongs to (who may see it), without reading the transcript. */
export function sessionLibrary(ctx: ServiceContext, id: number): string {
  const row = ctx.db.select({ library: sessions.library }).from(sessions).where(eq(sessions.id, id)).get();
  if (!row) throw new NotFoundError(`session ${id} does not exist`);
  return row.library;
}

export function getSession(ctx: ServiceContext, id: number, opts: { originals?: boolean } = {}): SessionDetail {
  const row = ctx.db.select().from(sessions).where(eq(sessions.id, id)).get();
  if (!row) throw new NotFoundError(`session ${id} does not exist`);
  const stored = ctx.db.select({ doc: sessionDocuments.doc }).from(sessionDocuments).where(eq(sessionDocuments.sessionId, id)).get();
  let t = JSON.parse(stored!.doc) as Transcript;
  let patronDetails: SessionDetail['patronDetails'] = 'redacted';
  if (opts.originals) {
    const r = withOriginals(ctx, id, t);
    t = r.transcript;
    patronDetails = r.available ? 'original' : 'redacted';
  }
  const recorded = ctx.db.select().from(followups).where(eq(followups.sessionId, id)).orderBy(asc(followups.id)).all();
  return {
    id: row.id,
    ...t,
    source: row.source,
    score: scoreFromRow(row),
    recordedFollowUps: recorded.map((f) => ({ id: f.id, doneAt: f.doneAt, by: f.by, note: f.note, createdAt: new Date(f.createdAt).toISOString() })),
    patronDetails,
  };
}
