/**
 * Ingest: validate each transcript, store it (all of it or nothing), score it and re-judge the
 * sessions whose concurrency it affects. A rejected item never blocks the others.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_SOURCE, transcriptSchema, type IngestResult, type Transcript } from '@askqa/contract';
import { providerIntervals } from '@askqa/scoring';
import { formatIssues } from '../errors';
import type { ServiceContext } from './context';
import { sessionStore } from './session-store';
import { computeScore, overlappingIntervals, refreshConcurrency, scoreColumns, scoreFromRow, sessionEnd, sessionKey, storedContribution, writeIntervals, writeScoreRows } from './scores';
import { redactTranscript } from '@askqa/importers';
import { writeOriginals } from './privacy';

/** The text the full-text index holds for a session: every message that people wrote. */
export function searchableText(t: Transcript): string {
  let out = '';
  for (const m of t.messages) if (m.role !== 'system' && m.text) out += (out ? '\n' : '') + m.text;
  return out;
}

export function hashTranscript(t: Transcript): string {
  return createHash('sha256').update(JSON.stringify(t)).digest('base64url');
}

/**
 * Ingests a batch. The batch shares one transaction (one commit instead of one per
 * transcript); each transcript is written inside its own savepoint, so it is stored whole or
 * not at all and a failure rolls back only that transcript.
 */
export function ingestTranscripts(ctx: ServiceContext, items: readonly unknown[]): IngestResult[] {
  return ctx.db.$client.transaction(() =>
    items.map((item) => {
      try {
        return ingestTranscript(ctx, item);
      } catch (err) {
        // its savepoint is rolled back; the rest of the batch goes on
        console.error('ingest: a transcript could not be stored', err);
        return {
          externalId: externalIdOf(item),
          id: null,
          status: 'rejected' as const,
          errors: [{ path: '(server)', message: 'could not be stored because of a server error; it has been logged' }],
          score: null,
        };
      }
    }),
  )();
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

/** Stores one valid transcript; the whole write (session, score, affected sessions) is one transaction (a savepoint inside a batch). */
export function storeTranscript(ctx: ServiceContext, received: Transcript): IngestResult {
  const store = sessionStore(ctx.db);
  const source = received.source ?? DEFAULT_SOURCE;
  const hash = hashTranscript(received);
  const existing = store.findByIdentity.get({ source, externalId: received.externalId });
  if (existing && existing.hash === hash) {
    const row = store.loadForScoring.get({ id: existing.id })!;
    return { externalId: received.externalId, id: existing.id, status: 'unchanged', errors: [], score: scoreFromRow(row) };
  }
  const { transcript: t, originals } = redactTranscript(received);
  const now = ctx.now();
  const key = sessionKey(source, t.externalId);
  const own = providerIntervals(t, key);
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
    now,
  };
  const doc = JSON.stringify(t);
  const text = searchableText(t);
  const write = ctx.db.$client.transaction(() => {
    let id = existing?.id ?? 0;
    let before = null;
    let previouslyOverlapping: number[] = [];
    if (existing) {
      before = storedContribution(store.loadForScoring.get({ id })!);
      previouslyOverlapping = affectedBy(ctx, id);
    }
    // scored before it is written, so the row is written once, score included
    const { score, overlapping } = computeScore(ctx, id, key, t, own);
    const columns = { ...values, ...scoreColumns(ctx, score, t) };
    if (existing) {
      store.updateSession.run({ ...columns, id });
      store.updateDocument.run({ id, doc });
      store.search.replace(id, text);
    } else {
      id = store.insertSession.get(columns)!.id;
      store.insertDocument.run({ id, doc });
      store.search.index(id, text);
    }
    store.upsertLibrary.run({ code: t.library });
    if (t.provider.id) store.upsertProvider.run({ id: t.provider.id, name: t.provider.name ?? null, library: t.provider.library ?? t.library });
    writeOriginals(ctx, id, originals, values.startedAt, !existing);
    writeIntervals(ctx, id, own);
    writeScoreRows(ctx, { id, ...values }, score, before, null);
    for (const other of new Set([...overlapping, ...previouslyOverlapping])) refreshConcurrency(ctx, other);
    return { id, score };
  });
  const { id, score } = write();
  return { externalId: t.externalId, id, status: existing ? 'updated' : 'created', errors: [], score };
}

/** Sessions that currently overlap `id` for one of its providers (their concurrency may change). */
function affectedBy(ctx: ServiceContext, id: number): number[] {
  const own = sessionStore(ctx.db).intervalsOfSession.all({ id });
  return [...new Set(overlappingIntervals(ctx, id, own).map((r) => r.sessionId))];
}
