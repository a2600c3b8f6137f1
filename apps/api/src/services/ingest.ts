/**
 * Ingest: validate each transcript, store it (one transaction per transcript), score it and
 * rescore the sessions whose concurrency it affects. A rejected item never blocks the others.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SOURCE, transcriptSchema, type IngestResult, type Transcript } from '@askqa/contract';
import { providerIntervals } from '@askqa/scoring';
import { formatIssues } from '../errors';
import type { ServiceContext } from './context';
import { sessionStore } from './session-store';
import { overlappingIntervals, rescoreStoredSession, scoreFromRow, sessionEnd, sessionKey, storedContribution, writeIntervals } from './scores';
import { protectPatron, writeOriginals } from './privacy';

/** The text the full-text index holds for a session: every message that people wrote. */
export function searchableText(t: Transcript): string {
  let out = '';
  for (const m of t.messages) if (m.role !== 'system' && m.text) out += (out ? '\n' : '') + m.text;
  return out;
}

export function hashTranscript(t: Transcript): string {
  return createHash('sha256').update(JSON.stringify(t)).digest('base64url');
}

export function ingestTranscripts(ctx: ServiceContext, items: readonly unknown[]): IngestResult[] {
  return items.map((item) => ingestTranscript(ctx, item));
}

function externalIdOf(item: unknown): string | null {
  if (item && typeof item === 'object' && 'externalId' in item) {
    const v = (item as { externalId: unknown }).externalId;
    if (typeof v === 'string' || typeof v === 'number') return String(v);
  }
  return null;
}

export function ingestTranscript(ctx: ServiceContext, item: unknown): IngestResult {
  const parsed = transcriptSchema.safeParse(item);
  if (!parsed.success) {
    return { externalId: externalIdOf(item), id: null, status: 'rejected', errors: formatIssues(parsed.error.issues), score: null };
  }
  return storeTranscript(ctx, parsed.data);
}

/** Stores one valid transcript; the whole write (session, score, affected sessions) is one transaction. */
export function storeTranscript(ctx: ServiceContext, received: Transcript): IngestResult {
  const store = sessionStore(ctx.db);
  const source = received.source ?? DEFAULT_SOURCE;
  const hash = hashTranscript(received);
  const existing = store.findByIdentity.get({ source, externalId: received.externalId });
  if (existing && existing.hash === hash) {
    const row = store.loadForScoring.get({ id: existing.id })!;
    return { externalId: received.externalId, id: existing.id, status: 'unchanged', errors: [], score: scoreFromRow(row) };
  }
  const { transcript: t, originals } = protectPatron(received);
  const now = ctx.now();
  const values = {
    source,
    externalId: t.externalId,
    library: t.library,
    providerId: t.provider.id,
    providerName: t.provider.name ?? null,
    startedAt: Date.parse(t.startedAt),
    startedIso: t.startedAt,
    endedAt: sessionEnd(t),
    resolutionCode: t.resolutionCode ?? null,
    surveyRating: t.survey?.rating ?? null,
    hash,
    doc: JSON.stringify(t),
    now,
  };
  const text = searchableText(t);
  const write = ctx.db.$client.transaction(() => {
    let id: number;
    let before = null;
    let previouslyOverlapping: number[] = [];
    if (existing) {
      id = existing.id;
      const old = store.loadForScoring.get({ id })!;
      before = storedContribution(old);
      previouslyOverlapping = affectedBy(ctx, id);
      store.updateSession.run({ ...values, id });
      store.search.replace(id, text);
    } else {
      id = store.insertSession.get(values)!.id;
      store.search.index(id, text);
    }
    store.upsertLibrary.run({ code: t.library });
    if (t.provider.id) store.upsertProvider.run({ id: t.provider.id, name: t.provider.name ?? null, library: t.provider.library ?? t.library });
    writeOriginals(ctx, id, originals, values.startedAt);
    writeIntervals(ctx, id, providerIntervals(t, sessionKey(source, t.externalId)));
    const result = rescoreStoredSession(ctx, id, t, existing ? { before } : undefined)!;
    for (const other of new Set([...result.overlapping, ...previouslyOverlapping])) rescoreStoredSession(ctx, other);
    return { id, score: result.score };
  });
  const { id, score } = write();
  return { externalId: t.externalId, id, status: existing ? 'updated' : 'created', errors: [], score };
}

/** Sessions that currently overlap `id` for one of its providers (their concurrency may change). */
function affectedBy(ctx: ServiceContext, id: number): number[] {
  const own = sessionStore(ctx.db).intervalsOfSession.all({ id });
  return [...new Set(overlappingIntervals(ctx, id, own).map((r) => r.sessionId))];
}
