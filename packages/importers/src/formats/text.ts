import type { FieldError } from '@askqa/contract';
import { RESOLUTION_CODES } from '@askqa/contract';
import { quote } from '../cells';
import { headText } from '../encoding';
import { systemEvent, type SystemEvent } from '../events';
import { HtmlToText, looksLikeHtml } from '../html';
import { derivedId } from '../ids';
import { ClockSequencer, clockCandidates, dayStart, parseDateTime, SECOND, Zone } from '../time';
import { guarded } from '../guard';
import type { FormatContext, FormatReader, ImportItem } from '../types';

/*
 * Plain-text (and simple HTML) transcripts: QuestionPoint records and chats
 * that were e-mailed. The README documents the accepted layouts; in short:
 * optional "Key: value" header lines, then message lines
 *   [14:05:10] Jane Smith: text        (A: time in brackets, date optional)
 *   14:05:10 - Jane Smith : text       (B: time, dash, speaker)
 *   2:05 PM Jane Smith: text           (B without the dash; the speaker must look like a name)
 *   Jane Smith (14:05:10): text        (C: time after the speaker)
 * and event lines such as "Librarian ended chat session". Transcripts in one
 * file are separated by a line of ===, ---, ***, ___, ~~~ or ### (three or
 * more, optionally with a label), or by a new header block.
 */

const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp])\.?\s?[Mm]\.?)?`;
const DATE = String.raw`(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})`;
const BRACKETED = new RegExp(String.raw`^\[\s*(?:${DATE}[\sT,]+)?${TIME}\s*\]\s*(.*)$`);
const LEADING = new RegExp(String.raw`^(?:${DATE}[\sT,]+)?${TIME}(\s*[-\u2013\u2014|]\s*|\s+)(.*)$`);
const TRAILING = new RegExp(String.raw`^([^:\[\]()]{1,60}?)\s*[\[(]\s*(?:${DATE}[\sT,]+)?${TIME}\s*[\])]\s*:\s?(.*)$`);
const SPEAKER = /^([^:]{1,60}?)\s*:(?:\s+|$)([\s\S]*)$/;
const SEPARATOR = /^\s*(?:([=\-*_~#])\1{2,}.*|\f.*)$/;
const HEADER = /^\s*([A-Za-z][A-Za-z .'/-]{0,40}?)\s*:\s*(.*?)\s*$/;
const END_LINE = /^(librarian|staff|operator|patron|guest|user|customer|visitor)\s+(?:has\s+)?(?:ended|closed|left)\s+(?:the\s+)?(?:chat\s+)?(?:session|chat)\.?$/i;
const SESSION_ENDED = /^(?:the\s+)?(?:chat\s+)?session\s+(?:has\s+)?(?:ended|closed)\.?$/i;

export const TEXT_LAYOUTS = '"[time] Speaker: text" or "time - Speaker : text"';

type HeaderKey =
  | 'date' | 'sessionDate' | 'time' | 'ended' | 'patron' | 'email' | 'patronName' | 'phone' | 'librarian' | 'institution'
  | 'patronLibrary' | 'resolution' | 'question' | 'id' | 'queue' | 'ignored';

const HEADER_KEYS: Record<string, HeaderKey> = {
  date: 'date', datetime: 'date', dateandtime: 'date',
  sessiondate: 'sessionDate', chatdate: 'sessionDate', started: 'sessionDate', start: 'sessionDate', starttime: 'sessionDate',
  sessionstart: 'sessionDate', sessionstarted: 'sessionDate', submitted: 'sessionDate', chatstarted: 'sessionDate',
  time: 'time', sessiontime: 'time',
  ended: 'ended', end: 'ended', endtime: 'ended', sessionend: 'ended', sessionended: 'ended', chatended: 'ended',
  patron: 'patron', user: 'patron', customer: 'patron', guest: 'patron', visitor: 'patron',
  patronemail: 'email', patronemailaddress: 'email', email: 'email', emailaddress: 'email', useremail: 'email', customeremail: 'email',
  patronname: 'patronName', name: 'patronName', username: 'patronName', customername: 'patronName',
  phone: 'phone', patronphone: 'phone', telephone: 'phone', mobile: 'phone', sms: 'phone', phonenumber: 'phone',
  librarian: 'librarian', answeredby: 'librarian', answerer: 'librarian', operator: 'librarian', staff: 'librarian', librarianname: 'librarian',
  agent: 'librarian', respondent: 'librarian', answeringlibrarian: 'librarian', acceptedby: 'librarian', respondedby: 'librarian',
  institution: 'institution', library: 'institution', answeringinstitution: 'institution', librarianinstitution: 'institution', respondinginstitution: 'institution',
  patronlibrary: 'patronLibrary', homelibrary: 'patronLibrary', patroninstitution: 'patronLibrary',
  resolution: 'resolution', resolutioncode: 'resolution', status: 'resolution',
  question: 'question', initialquestion: 'question', patronquestion: 'question',
  sessionid: 'id', transcriptid: 'id', chatid: 'id', questionid: 'id', id: 'id', sessionnumber: 'id', questionnumber: 'id', ticket: 'id', reference: 'id',
  queue: 'queue',
  subject: 'ignored', from: 'ignored', to: 'ignored', cc: 'ignored', sent: 'ignored', replyto: 'ignored',
};
/** Keys that open a transcript when they follow messages. */
const START_KEYS = new Set<HeaderKey>(['date', 'sessionDate', 'id', 'ignored']);

const PROVIDER_LABELS = new Set(['librarian', 'staff', 'operator', 'agent', 'reference', 'ask a librarian', 'reference librarian']);
const PATRON_LABELS = new Set(['patron', 'guest', 'user', 'customer', 'visitor', 'you', 'student']);
const SYSTEM_LABELS = new Set(['system', 'system message', 'questionpoint', 'server', 'chat', 'chat system']);

const normKey = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

type Clock = { candidates: number[]; dateWall: number | null };
type Draft = { line: number; clock: Clock | null; speaker: string | null; parts: string[]; event?: SystemEvent; to?: string };

type Block = {
  number: number;
  firstLine: number;
  headers: Partial<Record<HeaderKey, { value: string; line: number }>>;
  drafts: Draft[];
  unread: { line: number; text: string }[];
  continuations: number[];
  ended: boolean;
};

function parseClock(m: RegExpExecArray, offset: number, zone: Zone): Clock | null {
  const dateText = m[offset];
  const candidates = clockCandidates(Number(m[offset + 1]), Number(m[offset + 2]), Number(m[offset + 3] ?? 0), m[offset + 4], '12h');
  if (!candidates) return null;
  let dateWall: number | null = null;
  if (dateText) {
    const p = parseDateTime(dateText, zone);
    if (!p) return null;
    dateWall = dayStart(p.wall);
  }
  return { candidates, dateWall };
}

function plausibleSpeaker(s: string, strict: boolean): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || /https?$|\/\//i.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  if (!strict) return true;
  const n = norm(t);
  return t.includes('@') || /^[A-Z0-9]/.test(t) || PATRON_LABELS.has(n) || PROVIDER_LABELS.has(n) || SYSTEM_LABELS.has(n);
}

export type LineKind =
  | { kind: 'blank' }
  | { kind: 'separator' }
  | { kind: 'message'; clock: Clock; speaker: string | null; text: string; event?: SystemEvent; to?: string }
  | { kind: 'event'; event: SystemEvent; text: string }
  | { kind: 'header'; key: HeaderKey; value: string }
  | { kind: 'other' };

function eventOf(text: string): { event?: SystemEvent; to?: string } {
  const end = END_LINE.exec(text.trim());
  if (end) return { event: /^(patron|guest|user|customer|visitor)$/i.test(end[1]!) ? 'patron_left' : 'ended' };
  if (SESSION_ENDED.test(text.trim())) return { event: 'ended' };
  return systemEvent(text);
}

export function classifyLine(raw: string, zone: Zone): LineKind {
  const line = raw.replace(/^(?:>\s?)+/, '').replace(/\s+$/, '');
  if (!line.trim()) return { kind: 'blank' };
  if (SEPARATOR.test(line)) return { kind: 'separator' };
  const t = line.trim();
  let m = BRACKETED.exec(t);
  if (m) {
    const clock = parseClock(m, 1, zone);
    if (clock) return timed(clock, m[6]!, false);
  }
  m = TRAILING.exec(t);
  if (m && plausibleSpeaker(m[1]!, false)) {
    const clock = parseClock(m, 2, zone);
    if (clock) return { kind: 'message', clock, speaker: m[1]!.trim(), text: m[7]! };
  }
  m = LEADING.exec(t);
  if (m) {
    const clock = parseClock(m, 1, zone);
    const dashed = /[-\u2013\u2014|]/.test(m[6]!);
    if (clock) {
      const k = timed(clock, m[7]!, !dashed);
      // without a dash, a line with no speaker is only an end-of-session line ("3:00 works for me" is text)
      if (k.kind === 'message' && (dashed || k.speaker !== null || END_LINE.test(m[7]!.trim()) || SESSION_ENDED.test(m[7]!.trim()))) return k;
    }
  }
  const end = END_LINE.test(t) || SESSION_ENDED.test(t);
  if (end) return { kind: 'event', event: eventOf(t).event!, text: t };
  m = HEADER.exec(t);
  if (m) {
    const key = HEADER_KEYS[normKey(m[1]!)];
    if (key) return { kind: 'header', key, value: m[2]! };
  }
  return { kind: 'other' };
}

function timed(clock: Clock, rest: string, strict: boolean): LineKind {
  const sm = SPEAKER.exec(rest);
  if (sm && plausibleSpeaker(sm[1]!, strict)) return { kind: 'message', clock, speaker: sm[1]!.trim(), text: sm[2]! };
  const ev = eventOf(rest);
  return { kind: 'message', clock, speaker: null, text: rest.trim(), ...ev };
}

/** Whether the first lines of a file look like a text transcript (used by format detection). */
export function looksLikeTextTranscript(lines: string[]): boolean {
  const zone = new Zone('UTC');
  let headers = 0;
  for (const l of lines) {
    const k = classifyLine(l, zone);
    if (k.kind === 'message' && k.speaker !== null) return true;
    if (k.kind === 'event') return true;
    if (k.kind === 'header' && k.key !== 'ignored') headers++;
  }
  return headers >= 2;
}

/** Lines of the decoded text (HTML rendered to text first), numbered from 1. */
async function* textLines(chunks: AsyncIterable<string>, html: boolean): AsyncGenerator<{ no: number; text: string }> {
  let carry = '';
  let no = 0;
  const conv = html ? new HtmlToText() : null;
  async function* source(): AsyncGenerator<string> {
    for await (const c of chunks) yield conv ? conv.push(c) : c;
    if (conv) yield conv.end();
  }
  for await (const piece of source()) {
    let s = carry + piece;
    // keep a trailing \r: it may be the first half of \r\n
    let end = s.length;
    if (s.endsWith('\r')) end--;
    let start = 0;
    const re = /\r\n|\r|\n/g;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const body = s.slice(0, end);
    while ((m = re.exec(body))) {
      yield { no: ++no, text: body.slice(start, m.index) };
      start = m.index + m[0].length;
    }
    carry = s.slice(start);
    s = '';
  }
  if (carry.replace(/\r$/, '')) yield { no: ++no, text: carry.replace(/\r$/, '') };
}

const RESOLUTION_BY_KEY = new Map(RESOLUTION_CODES.map((c) => [normKey(c), c as string]));

export const readText: FormatReader = async function* (src, ctx) {
  const zone = new Zone(ctx.timezone);
  const html = looksLikeHtml(headText(src.head));
  let block: Block | null = null;
  let count = 0;
  let any = false;
  const open = (line: number): Block => ({ number: ++count, firstLine: line, headers: {}, drafts: [], unread: [], continuations: [], ended: false });
  const close = function* (): Generator<ImportItem> {
    if (block) {
      const b: Block = block;
      const item = b.drafts.length || b.unread.length || Object.keys(b.headers).length ? guarded(b.number, `line ${b.firstLine}`, () => convertBlock(b, ctx, zone)!) : null;
      if (item) yield item;
      else count--; // nothing in it: not a transcript
    }
    block = null;
  };

  /** A line that is not a header, message or event: it continues the message before, or is reported as unread. */
  const other = (cur: Block, no: number, text: string): void => {
    const prev = cur.drafts.at(-1);
    if (prev && !prev.event) {
      prev.parts.push(text.replace(/^(?:>\s?)+/, '').trim());
      cur.continuations.push(no);
    } else cur.unread.push({ line: no, text });
  };

  for await (const { no, text } of textLines(src.text(), html)) {
    any ||= text.trim() !== '';
    const k = classifyLine(text, zone);
    switch (k.kind) {
      case 'blank':
        if (block) block.drafts.at(-1)?.parts.push('');
        break;
      case 'separator':
        yield* close();
        break;
      case 'header': {
        const b: Block | null = block;
        const afterMessages = !!b && (b.drafts.length > 0 || b.ended);
        const repeated = !!b && k.key !== 'ignored' && !!b.headers[k.key];
        if (afterMessages && (START_KEYS.has(k.key) || (repeated && b.ended))) yield* close();
        else if (afterMessages && repeated) {
          // "Patron: …" in the middle of a conversation is text, not a new header block
          other(b, no, text);
          break;
        }
        block ??= open(no);
        const cur: Block = block;
        const prev = cur.headers[k.key];
        if (k.key === 'ignored') break;
        if (!prev || (k.key === 'date' && !prev.value)) cur.headers[k.key] = { value: k.value, line: no };
        break;
      }
      case 'message': {
        block ??= open(no);
        const cur: Block = block;
        cur.drafts.push({ line: no, clock: k.clock, speaker: k.speaker, parts: [k.text], ...(k.event ? { event: k.event } : {}), ...(k.to ? { to: k.to } : {}) });
        if (k.event === 'ended' || k.event === 'patron_left') cur.ended = true;
        break;
      }
      case 'event': {
        block ??= open(no);
        const cur: Block = block;
        cur.drafts.push({ line: no, clock: null, speaker: null, parts: [k.text], event: k.event });
        cur.ended = true;
        break;
      }
      case 'other':
        block ??= open(no);
        other(block, no, text);
        break;
    }
  }
  yield* close();
  if (!any) yield { row: 0, externalId: null, errors: [{ path: 'file', message: `the file is empty: expected transcript lines such as ${TEXT_LAYOUTS}` }] };
};

function header(b: Block, key: HeaderKey): string {
  return b.headers[key]?.value.trim() ?? '';
}

function resolutionCode(v: string): string {
  return RESOLUTION_BY_KEY.get(normKey(v)) ?? v;
}

/** "Jane Smith (jsmith)" or "Jane Smith <jsmith@lib.org>" → name and id; otherwise the value is both. */
function splitPerson(v: string): { id: string; name: string } {
  const m = /^(.+?)\s*[(<]\s*([^\s()<>]+)\s*[)>]$/.exec(v);
  if (m) return { id: m[2]!, name: m[1]! };
  return { id: v, name: v };
}

function convertBlock(b: Block, ctx: FormatContext, zone: Zone): ImportItem | null {
  const hasHeaders = Object.keys(b.headers).length > 0;
  if (!hasHeaders && !b.drafts.length && !b.unread.length) return null;
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const where = `line ${b.firstLine}`;

  if (b.unread.length) {
    const shown = b.unread.slice(0, 5).map((u) => `line ${u.line} ${quote(u.text, 50)}`).join(', ');
    warnings.push({
      path: 'text',
      message: `${b.unread.length === 1 ? 'a line was' : `${b.unread.length} lines were`} not read (not a "Key: value" header, a message or an event line): ${shown}${b.unread.length > 5 ? ', …' : ''}`,
    });
  }
  if (b.continuations.length) {
    const c = b.continuations;
    warnings.push({
      path: 'text',
      message: `${c.length === 1 ? `line ${c[0]} has` : `${c.length} lines (${c.slice(0, 10).join(', ')}${c.length > 10 ? ', …' : ''}) have`} no time and speaker: kept as part of the message before`,
    });
  }

  // the session date
  const dateHeader = b.headers.sessionDate ?? b.headers.date;
  let headerWall: number | null = null;
  let headerHasTime = false;
  if (dateHeader) {
    let v = dateHeader.value;
    const timeH = header(b, 'time');
    if (timeH) v = `${v} ${timeH}`;
    const p = parseDateTime(v, zone) ?? parseDateTime(dateHeader.value, zone);
    if (p) {
      headerWall = p.wall;
      headerHasTime = p.hasTime;
    } else {
      errors.push({ path: 'Date', message: `line ${dateHeader.line}: ${quote(dateHeader.value)} is not a date (expected e.g. 2026-03-02 14:05, 3/2/2026 2:05 PM or March 2, 2026)` });
    }
  }
  const firstTimed = b.drafts.find((d) => d.clock);
  const firstDated = b.drafts.find((d) => d.clock?.dateWall != null);
  let startWall: number | null = null;
  if (headerWall !== null && headerHasTime) startWall = headerWall;
  else if (firstTimed?.clock) {
    // the day: the header's, else that of the first message line that carries a date
    const base = firstTimed.clock.dateWall ?? (headerWall !== null ? dayStart(headerWall) : (firstDated?.clock?.dateWall ?? null));
    if (base !== null) startWall = base + firstTimed.clock.candidates[0]! * SECOND;
  } else if (headerWall !== null) startWall = headerWall;
  if (startWall === null && !errors.length) {
    errors.push({ path: 'Date', message: `${where}: no session date: add a "Date:" header line (e.g. Date: 2026-03-02) or dates in the message times (e.g. [2026-03-02 14:05:10])` });
  }

  // who is who
  const librarianH = header(b, 'librarian');
  const librarian = librarianH ? splitPerson(librarianH) : null;
  const patron = { name: null as string | null, email: null as string | null, phone: null as string | null };
  const patronNorms = new Set<string>();
  for (const key of ['patron', 'email', 'patronName', 'phone'] as const) {
    const v = header(b, key);
    if (!v || PATRON_LABELS.has(norm(v)) || /^anonymous$/i.test(v)) continue;
    patronNorms.add(norm(v));
    const email = EMAIL.exec(v)?.[0];
    if (email) {
      patron.email ??= email;
      patronNorms.add(norm(email));
      const rest = v.replace(email, '').replace(/[<>()[\],;]/g, ' ').trim();
      if (rest && key !== 'email') patron.name ??= rest.replace(/\s+/g, ' ');
    } else if (key === 'phone' || (/^\+?[\d\s().-]{10,20}$/.test(v) && v.replace(/\D/g, '').length >= 10)) patron.phone ??= v;
    else patron.name ??= v;
  }
  if (patron.name) patronNorms.add(norm(patron.name));
  const providerNorms = new Set<string>();
  if (librarian) {
    providerNorms.add(norm(librarianH));
    providerNorms.add(norm(librarian.name));
    providerNorms.add(norm(librarian.id));
  }

  const messages: Record<string, unknown>[] = [];
  let providerId = librarian?.id ?? null;
  let providerName = librarian?.name ?? null;
  if (startWall !== null && !errors.length) {
    const seq = new ClockSequencer(startWall);
    const guessed = new Map<string, { role: 'patron' | 'provider'; lines: number[]; shown: string }>();
    let lastWall = startWall;
    let patronSeen = false;
    for (const d of b.drafts) {
      let wall = lastWall;
      if (d.clock) {
        if (d.clock.dateWall !== null) {
          wall = d.clock.dateWall + d.clock.candidates[0]! * SECOND;
          seq.reset(wall);
        } else wall = seq.next(d.clock.candidates);
      }
      lastWall = wall;
      const at = zone.wallToISO(wall);
      const text = d.parts.join('\n').trim();
      if (d.speaker === null || SYSTEM_LABELS.has(norm(d.speaker))) {
        const ev = d.event ? { event: d.event, ...(d.to ? { to: d.to } : {}) } : systemEvent(text);
        if (ev.event === 'transfer' && !ev.to) delete ev.event;
        messages.push({ at, role: 'system', text, ...(ev.event ? { event: ev.event } : {}), ...(ev.to ? { to: ev.to } : {}) });
        continue;
      }
      const n = norm(d.speaker);
      const labelled = /^(.+?)\s*\((librarian|staff|patron|guest)\)$/i.exec(d.speaker);
      let role: 'patron' | 'provider';
      if (providerNorms.has(n) || PROVIDER_LABELS.has(n) || (labelled && /librarian|staff/i.test(labelled[2]!))) role = 'provider';
      else if (patronNorms.has(n) || PATRON_LABELS.has(n) || (labelled && /patron|guest/i.test(labelled[2]!)) || (patron.email && d.speaker.includes(patron.email))) role = 'patron';
      else {
        const g = guessed.get(n);
        if (g) {
          role = g.role;
          g.lines.push(d.line);
        } else {
          // the header names one side: anyone else is the other; otherwise the first to speak is the patron
          if (patronNorms.size && !providerNorms.size) role = 'provider';
          else if (providerNorms.size && !patronNorms.size) role = 'patron';
          else role = patronSeen ? 'provider' : 'patron';
          guessed.set(n, { role, lines: [d.line], shown: d.speaker });
        }
      }
      if (role === 'patron') {
        patronSeen = true;
        messages.push({ at, role, author: d.speaker, text });
      } else {
        if (!providerId) {
          providerId = PROVIDER_LABELS.has(n) ? d.speaker : (labelled?.[1] ?? d.speaker);
          providerName = providerId;
        }
        const authorId = PROVIDER_LABELS.has(n) || providerNorms.has(n) ? providerId : (labelled?.[1] ?? d.speaker);
        messages.push({ at, role, author: d.speaker, authorId, text });
      }
    }
    for (const g of guessed.values()) {
      // a speaker taken for the patron is not named: the report must not show patron names
      const shown = g.role === 'patron' ? 'a speaker' : `speaker ${quote(g.shown)}`;
      warnings.push({
        path: 'text',
        message: `${shown} (line ${g.lines.slice(0, 5).join(', ')}) is not the librarian or patron named in the header, nor a known label: read as ${g.role}`,
      });
    }
  }

  const resolution = b.headers.resolution ? resolutionCode(header(b, 'resolution')) : undefined;
  if (!messages.length && !errors.length && startWall !== null) {
    const q = header(b, 'question');
    if (q) {
      messages.push({ at: zone.wallToISO(startWall), role: 'patron', author: patron.email ?? patron.name ?? 'Patron', text: q });
      warnings.push({ path: 'text', message: 'no message lines: only the Question header was imported' });
    } else if (resolution !== 'Lost Call') {
      errors.push({
        path: 'text',
        message: `${where}: no message lines found (expected ${TEXT_LAYOUTS})${b.unread.length ? `; unread lines: ${b.unread.slice(0, 3).map((u) => `line ${u.line} ${quote(u.text, 50)}`).join(', ')}` : ''}`,
      });
    }
  }

  const idH = header(b, 'id') || null;
  if (errors.length) return { row: b.number, externalId: idH, errors };

  const startedAt = zone.wallToISO(startWall!);
  let endedAt: string | undefined;
  const endedH = b.headers.ended;
  if (endedH) {
    const p = parseDateTime(endedH.value, zone);
    const clock = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?\s?[Mm]\.?)?$/.exec(endedH.value.trim());
    if (p) endedAt = zone.wallToISO(p.hasTime ? p.wall : startWall!);
    else if (clock) {
      const c = clockCandidates(Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0), clock[4], '12h');
      if (c) {
        let w = dayStart(startWall!) + c[0]! * SECOND;
        while (w < startWall!) w += 24 * 3600 * SECOND;
        endedAt = zone.wallToISO(w);
      }
    }
    if (!endedAt) warnings.push({ path: 'Ended', message: `line ${endedH.line}: ${quote(endedH.value)} is not a date or time: left out` });
  } else {
    const end = [...messages].reverse().find((m) => m.event === 'ended' || m.event === 'patron_left');
    if (end) endedAt = end.at as string;
  }

  const firstText = (messages[0]?.text as string | undefined) ?? '';
  const externalId = idH ?? derivedId(startedAt, 'text', patron.email ?? patron.name ?? '', firstText);
  const institution = header(b, 'institution');
  const queue = header(b, 'queue').toLowerCase();
  const transcript: Record<string, unknown> = {
    externalId,
    source: ctx.source ?? 'text',
    ...(ctx.library ? { library: ctx.library } : {}),
    ...(header(b, 'patronLibrary') ? { patronLibrary: header(b, 'patronLibrary') } : {}),
    ...(queue === 'local' || queue === 'global' ? { queue } : {}),
    provider: providerId
      ? { id: providerId, name: providerName ?? providerId, ...(institution ? { library: institution } : {}) }
      : { id: 'unassigned', ...(institution ? { library: institution } : {}) },
    patron,
    startedAt,
    ...(endedAt ? { endedAt } : {}),
    ...(resolution !== undefined ? { resolutionCode: resolution } : {}),
    messages,
  };
  return { row: b.number, externalId, transcript, ...(warnings.length ? { warnings } : {}) };
}
