import type { Transcript } from '@askqa/contract';
import { resolveOptions, type GenerateOptions } from './options';
import { SessionFactory, type GeneratedSession } from './session';
import { arrivals } from './timeline';

/**
 * Sessions with the behaviours the generator put into each, streamed in startedAt order.
 * Memory stays flat: one session is built at a time and only still-open provider intervals are kept.
 */
export function* generateSessions(opts: GenerateOptions = {}): Generator<GeneratedSession> {
  const o = resolveOptions(opts);
  const factory = new SessionFactory(o);
  let i = 0;
  for (const a of arrivals(o)) {
    yield factory.build(i, a);
    i++;
  }
}

/** Canonical transcripts (CONTRACT.md), deterministic for a seed, sorted by startedAt. */
export function* generateTranscripts(opts: GenerateOptions = {}): Generator<Transcript> {
  for (const s of generateSessions(opts)) yield s.transcript;
}
