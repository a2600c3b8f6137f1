import { LIBRARY_INFO } from './libraries';
import { parseDateDays } from './time';

export type GenerateOptions = {
  /** PRNG seed (default 42). Same seed and options → byte-identical output. */
  seed?: number;
  /** number of sessions (default 3000) */
  sessions?: number;
  /** number of weeks the sessions are spread over (default 12) */
  weeks?: number;
  /** ISO date of the last day, America/New_York (default '2026-11-27') */
  endDate?: string;
  /** how many of LIBRARIES take part (default 12) */
  libraries?: number;
  /** providers per library (default 5) */
  providersPerLibrary?: number;
};

export interface ResolvedOptions {
  seed: number;
  sessions: number;
  weeks: number;
  endDate: string;
  endDays: number;
  libraries: number;
  providersPerLibrary: number;
}

function int(name: string, v: number, min: number, max: number): number {
  if (!Number.isInteger(v) || v < min || v > max) {
    throw new RangeError(`${name} must be an integer between ${min} and ${max}, got ${v}`);
  }
  return v;
}

export function resolveOptions(opts: GenerateOptions = {}): ResolvedOptions {
  const endDate = opts.endDate ?? '2026-11-27';
  return {
    seed: int('seed', opts.seed ?? 42, -(2 ** 31), 2 ** 32 - 1) >>> 0,
    sessions: int('sessions', opts.sessions ?? 3000, 0, 100_000_000),
    weeks: int('weeks', opts.weeks ?? 12, 1, 5200),
    endDate,
    endDays: parseDateDays(endDate),
    libraries: int('libraries', opts.libraries ?? 12, 1, LIBRARY_INFO.length),
    providersPerLibrary: int('providersPerLibrary', opts.providersPerLibrary ?? 5, 1, 200),
  };
}
