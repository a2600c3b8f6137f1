import { readFileSync } from 'node:fs';
import { transcriptSchema, type Transcript } from '@askqa/contract';
import { readImport, type ImportItem, type ImportOptions } from '../src/index';

export const FORMATS_DIR = '/work/shared/devset/formats';

export function sample(name: string): Buffer {
  return readFileSync(`${FORMATS_DIR}/${name}`);
}

export function expected(name: string): unknown[] {
  return JSON.parse(readFileSync(`${FORMATS_DIR}/${name}`, 'utf8')) as unknown[];
}

/** The bytes as a stream of chunks of the given size (a small size exercises every chunk boundary). */
export async function* chunks(data: Buffer | string, size = 64 * 1024): AsyncGenerator<Buffer> {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let i = 0; i < buf.length; i += size) yield buf.subarray(i, i + size);
}

export async function importAll(data: Buffer | string, opts: ImportOptions = {}, chunkSize?: number): Promise<ImportItem[]> {
  const items: ImportItem[] = [];
  for await (const item of readImport(chunks(data, chunkSize), opts)) items.push(item);
  return items;
}

/** JSON round trip: what a caller would store and compare. */
export const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function valid(item: ImportItem): Transcript {
  if (item.errors) throw new Error(`row ${item.row} has errors: ${JSON.stringify(item.errors)}`);
  const r = transcriptSchema.safeParse(item.transcript);
  if (!r.success) throw new Error(`row ${item.row} is not a valid transcript: ${JSON.stringify(r.error.issues)}`);
  return r.data;
}

export const errorsOf = (item: ImportItem | undefined): string => (item?.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('\n');
export const warningsOf = (item: ImportItem | undefined): string => (item?.warnings ?? []).map((e) => `${e.path}: ${e.message}`).join('\n');

/** Every string anywhere inside a value. */
export function allStrings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) allStrings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) allStrings(x, out);
  return out;
}

export const LIBCHAT_HEADER = 'Chat ID,Timestamp,Wait Time,Duration (seconds),Guest,Answerer,Initial Question,Message Count,Transcript,Rating (0-4),Department,Tags';

/** A CSV cell, quoted. */
export const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
