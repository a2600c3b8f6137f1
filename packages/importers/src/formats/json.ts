import type { FieldError } from '@askqa/contract';
import { isNdjsonStart } from '../detect';
import { derivedId } from '../ids';
import { scrub } from '../pii';
import { guarded } from '../guard';
import type { FormatContext, FormatReader, ImportItem } from '../types';

/*
 * Canonical JSON: one object, several concatenated objects, an array, an
 * `{ "transcripts": [ … ] }` API body, or NDJSON (one object per line).
 *
 * Arrays and object sequences are split into their top-level elements by a
 * small streaming scanner (strings, escapes and bracket nesting), and each
 * element is handed to JSON.parse on its own. Memory holds one element at a
 * time, an element that is not valid JSON but keeps the brackets balanced is
 * a row error while the rest continue, and a break in the structure (a
 * bracket that does not match, the file ending inside an element) stops the
 * file with an error item that says where. NDJSON is read line by line: a
 * bad line is a row error and the next line continues.
 */

const MAX_ELEMENT_CHARS = 64 * 1024 * 1024;

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toItem(value: unknown, row: number, ctx: FormatContext): ImportItem {
  return guarded(row, `item #${row}`, () => convertValue(value, row, ctx));
}

function convertValue(value: unknown, row: number, ctx: FormatContext): ImportItem {
  if (!isObject(value)) return { row, externalId: null, errors: [{ path: '', message: `is ${describe(value)}, not a transcript object` }] };
  const t: Record<string, unknown> = { ...value };
  const warnings: FieldError[] = [];
  if (ctx.source && t.source === undefined) t.source = ctx.source;
  if (ctx.library && t.library === undefined) t.library = ctx.library;
  let externalId: string | null = typeof t.externalId === 'string' && t.externalId ? t.externalId : null;
  if ((t.externalId === undefined || t.externalId === null || t.externalId === '') && typeof t.startedAt === 'string') {
    const provider = isObject(t.provider) ? String(t.provider.id ?? '') : '';
    const first = Array.isArray(t.messages) && isObject(t.messages[0]) ? String(t.messages[0].text ?? '') : '';
    externalId = derivedId(t.startedAt, 'json', provider, first);
    t.externalId = externalId;
    warnings.push({ path: 'externalId', message: `missing: the id ${JSON.stringify(externalId)} was derived from startedAt, the provider and the first message` });
  }
  return { row, externalId, transcript: t, ...(warnings.length ? { warnings } : {}) };
}

function* expand(value: unknown, row: number, ctx: FormatContext, next: () => number): Generator<ImportItem> {
  // an API body { "transcripts": [ … ] } holds the rows itself
  if (isObject(value) && Array.isArray(value.transcripts) && value.messages === undefined) {
    let first = true;
    for (const t of value.transcripts) {
      yield toItem(t, first ? row : next(), ctx);
      first = false;
    }
    return;
  }
  yield toItem(value, row, ctx);
}

async function* ndjsonItems(text: AsyncIterable<string>, ctx: FormatContext): AsyncGenerator<ImportItem> {
  let carry = '';
  let lineNo = 0;
  const handle = (line: string, no: number): ImportItem | null => {
    const s = line.trim();
    if (!s) return null;
    try {
      return toItem(JSON.parse(s), no, ctx);
    } catch (e) {
      return { row: no, externalId: null, errors: [{ path: 'line', message: `line ${no} is not valid JSON: ${scrub((e as Error).message)}` }] };
    }
  };
  for await (const chunk of text) {
    carry += chunk;
    let start = 0;
    let nl: number;
    while ((nl = carry.indexOf('\n', start)) >= 0) {
      const item = handle(carry.slice(start, nl), ++lineNo);
      if (item) yield item;
      start = nl + 1;
    }
    carry = carry.slice(start);
  }
  if (carry) {
    const item = handle(carry, ++lineNo);
    if (item) yield item;
  }
}

type Pos = { line: number; col: number };

/** Top-level elements of an array (mode "array") or of a sequence of values (mode "sequence"). */
async function* splitElements(
  text: AsyncIterable<string>,
  mode: 'array' | 'sequence',
  ctx: FormatContext,
): AsyncGenerator<ImportItem> {
  let line = 1;
  let col = 0;
  let phase: 'start' | 'between' | 'element' | 'after' = mode === 'array' ? 'start' : 'between';
  let expectElement = true; // array: right after "[" or ","
  let inString = false;
  let escape = false;
  const stack: string[] = [];
  let parts: string[] = [];
  let partsLen = 0;
  let elementPos: Pos = { line: 1, col: 1 };
  let index = 0; // elements started
  let rowCounter = 0;
  const nextRow = () => ++rowCounter;
  const noun = mode === 'array' ? 'element' : 'object';
  const stop = (message: string, row: number): ImportItem => ({ row, externalId: null, errors: [{ path: mode === 'array' ? `[${row - 1}]` : 'file', message }] });

  function* finish(): Generator<ImportItem> {
    const body = parts.join('').trim();
    parts = [];
    partsLen = 0;
    const row = nextRow();
    if (!body) {
      yield stop(`${noun} #${row} (line ${elementPos.line}) is empty`, row);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch (e) {
      yield { row, externalId: null, errors: [{ path: mode === 'array' ? `[${row - 1}]` : 'file', message: `${noun} #${row} (line ${elementPos.line}) is not valid JSON: ${scrub((e as Error).message)}` }] };
      return;
    }
    yield* expand(value, row, ctx, nextRow);
  }

  for await (const chunk of text) {
    let segStart = phase === 'element' ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (ch === '\n') {
        line++;
        col = 0;
      } else col++;
      if (phase === 'element') {
        if (inString) {
          if (escape) escape = false;
          else if (ch === '\\') escape = true;
          else if (ch === '"') inString = false;
          continue;
        }
        if (ch === '"') {
          inString = true;
          continue;
        }
        if (ch === '{' || ch === '[') {
          stack.push(ch);
          continue;
        }
        if (ch === '}' || ch === ']') {
          const open = stack.at(-1);
          if (open === undefined) {
            // the array's own "]" (or a stray closer)
            if (mode === 'array' && ch === ']') {
              parts.push(chunk.slice(segStart, i));
              yield* finish();
              phase = 'after';
              continue;
            }
            yield stop(`the JSON is broken at line ${line}, column ${col}: unexpected "${ch}"; ${noun}s from #${rowCounter + 1} on were not read`, rowCounter + 1);
            return;
          }
          if ((open === '{') !== (ch === '}')) {
            yield stop(`the JSON is broken at line ${line}, column ${col}: "${ch}" does not close "${open}"; ${noun}s from #${rowCounter + 1} on were not read`, rowCounter + 1);
            return;
          }
          stack.pop();
          if (mode === 'sequence' && stack.length === 0) {
            parts.push(chunk.slice(segStart, i + 1));
            yield* finish();
            phase = 'between';
          }
          continue;
        }
        if (ch === ',' && stack.length === 0 && mode === 'array') {
          parts.push(chunk.slice(segStart, i));
          yield* finish();
          phase = 'between';
          expectElement = true;
          continue;
        }
        if (mode === 'sequence' && stack.length === 0 && /\s/.test(ch)) {
          // a bare value (number, literal) in a sequence ends at whitespace
          parts.push(chunk.slice(segStart, i));
          yield* finish();
          phase = 'between';
        }
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') continue;
      if (phase === 'start') {
        if (ch !== '[') {
          yield stop(`expected "[" at line ${line}, column ${col}`, 1);
          return;
        }
        phase = 'between';
        expectElement = true;
        continue;
      }
      if (phase === 'after') {
        yield stop(`unexpected content after the end of the array at line ${line}, column ${col}; everything after it was not read`, rowCounter + 1);
        return;
      }
      // between elements
      if (mode === 'array') {
        if (ch === ']') {
          if (expectElement && index > 0) {
            // a trailing comma before "]": tolerated
          }
          phase = 'after';
          continue;
        }
        if (ch === ',') {
          if (expectElement) {
            const row = nextRow();
            index++;
            yield stop(`${noun} #${row} (line ${line}) is empty`, row);
          }
          expectElement = true;
          continue;
        }
        if (!expectElement) {
          yield stop(`the JSON is broken at line ${line}, column ${col}: expected "," or "]" after ${noun} #${rowCounter}; ${noun}s from #${rowCounter + 1} on were not read`, rowCounter + 1);
          return;
        }
      }
      phase = 'element';
      expectElement = false;
      index++;
      elementPos = { line, col };
      segStart = i;
      i--; // re-read this character in the element phase
      if (ch === '\n') line--;
      else col--;
    }
    if (phase === 'element' && segStart >= 0) {
      const piece = chunk.slice(segStart);
      parts.push(piece);
      partsLen += piece.length;
      if (partsLen > MAX_ELEMENT_CHARS) {
        yield stop(`${noun} #${rowCounter + 1} (line ${elementPos.line}) is larger than ${MAX_ELEMENT_CHARS / 1024 / 1024} MB: a bracket or quote is probably missing; it and the rest of the file were not read`, rowCounter + 1);
        return;
      }
    }
  }
  if (phase === 'element') {
    if (mode === 'sequence' && stack.length === 0 && !inString) {
      yield* finish(); // a bare value at the very end
      return;
    }
    yield stop(`the file ends inside ${noun} #${rowCounter + 1} (line ${elementPos.line}): it was not read; the file looks truncated`, rowCounter + 1);
    return;
  }
  if (mode === 'array' && (phase as string) !== 'after') {
    yield { row: 0, externalId: null, errors: [{ path: 'file', message: `the array is not closed with "]" (the file looks truncated after ${noun} #${rowCounter})` }] };
  }
}

async function* readJsonLike(src: Parameters<FormatReader>[0], ctx: FormatContext, lines: boolean): AsyncGenerator<ImportItem> {
  const it = src.text()[Symbol.asyncIterator]();
  let buf = '';
  let eof = false;
  const pull = async (): Promise<void> => {
    const r = await it.next();
    if (r.done) eof = true;
    else buf += r.value;
  };
  while (!eof && !/\S/.test(buf)) await pull();
  if (!/\S/.test(buf)) {
    yield { row: 0, externalId: null, errors: [{ path: 'file', message: 'the file is empty: expected a JSON object, an array of objects or NDJSON' }] };
    return;
  }
  const rest = async function* (): AsyncGenerator<string> {
    if (buf) yield buf;
    buf = '';
    while (!eof) {
      const r = await it.next();
      if (r.done) eof = true;
      else yield r.value;
    }
  };
  const first = buf.trimStart()[0];
  if (lines) {
    yield* ndjsonItems(rest(), ctx);
    return;
  }
  if (first === '[') {
    yield* splitElements(rest(), 'array', ctx);
    return;
  }
  // "{": NDJSON when the first line is a whole value followed by another object
  const ready = () => {
    const s = buf.trimStart();
    const nl = s.indexOf('\n');
    return nl >= 0 && /\S/.test(s.slice(nl + 1));
  };
  while (!eof && !ready() && buf.length < MAX_ELEMENT_CHARS) await pull();
  if (isNdjsonStart(buf)) yield* ndjsonItems(rest(), ctx);
  else yield* splitElements(rest(), 'sequence', ctx);
}

export const readJson: FormatReader = (src, ctx) => readJsonLike(src, ctx, false);
export const readNdjson: FormatReader = (src, ctx) => readJsonLike(src, ctx, true);
