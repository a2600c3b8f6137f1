import type { FieldError } from '@askqa/contract';
import { cellDateTime, cellText, quote, type Cell } from '../cells';
import { mapHeader } from '../csv';
import { systemEvent } from '../events';
import { decodeEntities, inlineHtmlToText } from '../html';
import { derivedId } from '../ids';
import { looksLikeRow, tableRows } from '../rows';
import { ClockSequencer, clockCandidates, parseSeconds, SECOND, Zone } from '../time';
import { guarded } from '../guard';
import type { FormatContext, FormatReader, ImportItem } from '../types';

/** Header names (lower-cased, letters and digits only) accepted for each LibChat column. */
export const LIBCHAT_COLUMNS = {
  chatId: ['chatid', 'id', 'transcriptid', 'conversationid'],
  timestamp: ['timestamp', 'datetime', 'date', 'started', 'starttime', 'created'],
  wait: ['waittime', 'waittimeseconds', 'wait', 'waitseconds'],
  duration: ['durationseconds', 'duration', 'durationsecs', 'chatduration'],
  guest: ['guest', 'guestname', 'patron', 'visitor'],
  guestEmail: ['guestemail', 'email', 'patronemail', 'emailaddress'],
  answerer: ['answerer', 'answeredby', 'operator', 'librarian', 'staff'],
  initialQuestion: ['initialquestion', 'question'],
  messageCount: ['messagecount', 'messages'],
  transcript: ['transcript', 'chattranscript', 'conversation'],
  rating: ['rating04', 'rating', 'ratingscore'],
  comment: ['comment', 'comments', 'ratingcomment', 'feedback'],
  department: ['department', 'dept'],
  tags: ['tags', 'tag'],
  referrer: ['referrer', 'referer'],
} as const;
type Col = keyof typeof LIBCHAT_COLUMNS;

/** Cells that never hold a line break in a well-formed export. */
const SHORT_COLUMNS: Col[] = ['chatId', 'timestamp', 'wait', 'duration', 'guest', 'answerer', 'messageCount', 'rating'];

const EXPECTED_HEADER =
  'a LibChat export needs at least Timestamp and Transcript (or Initial Question); also read: Chat ID, Wait Time, Duration (seconds), Guest, Answerer, Message Count, Rating (0-4), Comment, Tags';

export const LINE_FORMAT = '"HH:MM:SS - Name : text"';
/** `HH:MM:SS - Name : text`; the seconds, the space before the colon and an AM/PM suffix are optional. */
const LINE_RE = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s*[-\u2013\u2014]\s*([^:\n]{1,120}?)\s*:(.*)$/;
/** `Name attached a file: …` without a time of its own. */
const ATTACHMENT_RE = /^\s*([^:]{1,120}?)\s+(?:has\s+)?(?:attached|uploaded|shared|sent)\s+(?:a\s+|an\s+|the\s+)?(?:file|image|attachment|screenshot|document|photo)\b/i;
const PATRON_LABELS = new Set(['patron', 'guest', 'visitor', 'user']);
const SYSTEM_LABELS = new Set(['system', 'libchat', 'libanswers', 'springshare']);

const norm = (s: string): string => decodeEntities(s).trim().replace(/\s+/g, ' ').toLowerCase();
const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE_ONLY = /^\+?[\d\s().-]{10,20}$/;

type Draft = { wall: number; role: 'patron' | 'provider' | 'system'; author: string; parts: string[]; line: number };

export const readLibChat: FormatReader = async function* (src, ctx) {
  const zone = new Zone(ctx.timezone);
  let header: ReturnType<typeof mapHeader<Col>> | null = null;
  let width = 0;
  let delimiter: string | null = null;
  for await (const ev of tableRows(src)) {
    if (ev.kind === 'error') {
      yield { row: ev.row, externalId: null, errors: [{ path: ev.row === 0 ? 'header' : 'row', message: ev.message }] };
      if (ev.fatal) return;
      continue;
    }
    if (ev.kind === 'header') {
      const h = mapHeader(ev.cells, LIBCHAT_COLUMNS);
      const hasTimestamp = h.index.timestamp !== undefined;
      const hasContent = h.index.transcript !== undefined || h.index.initialQuestion !== undefined;
      if (!hasTimestamp || !hasContent) {
        const seen = ev.cells.map((c) => cellText(c)).join(', ');
        const missing = [!hasTimestamp && 'Timestamp', !hasContent && 'Transcript'].filter(Boolean).join(' and ');
        let message = `no ${missing} column in the header ${quote(seen, 200)}: ${EXPECTED_HEADER}`;
        if (ctx.detected) message += '. A LibraryH3lp export starts with started,wait,duration,text; JSON and text transcripts are detected from their content';
        yield { row: 0, externalId: null, errors: [{ path: 'header', message }] };
        return;
      }
      header = h;
      width = ev.cells.length;
      delimiter = ev.delimiter;
      continue;
    }
    if (!header) continue;
    const idx = header.index;
    const get = (c: Col): Cell => {
      const i = idx[c];
      return i === undefined ? undefined : ev.cells[i];
    };
    const structural: FieldError[] = [];
    const extra = ev.cells.slice(width).filter((c) => cellText(c) !== '');
    if (extra.length) {
      structural.push({
        path: 'row',
        message: `${ev.where}: the row has ${ev.cells.length} cells but the header has ${width}, so a quote or delimiter is out of place; the row was not imported`,
      });
    }
    if (ev.multiLine) {
      for (const c of SHORT_COLUMNS) {
        if (/\n/.test(cellText(get(c)))) {
          structural.push({
            path: 'row',
            message: `${ev.where}: the ${c === 'chatId' ? 'Chat ID' : c} cell runs over several lines, so a quote is not closed; the rows inside these lines could not be read separately`,
          });
          break;
        }
      }
    }
    const chatId = cellText(get('chatId')) || null;
    if (structural.length) {
      yield { row: ev.row, externalId: chatId, errors: structural };
      continue;
    }
    const item = guarded(ev.row, ev.where, () => convertRow(get, idx, ev.row, ctx, zone, { where: ev.where, delimiter, width }));
    if (item.errors && ev.cells.length < width && !item.errors.some((e) => e.path === 'row')) {
      item.errors.push({ path: 'row', message: `${ev.where}: the row has ${ev.cells.length} cells but the header has ${width}; a quote or delimiter is probably out of place` });
    }
    yield item;
  }
  if (!header) yield { row: 0, externalId: null, errors: [{ path: 'header', message: `the file is empty: ${EXPECTED_HEADER}` }] };
};

type RowShape = { where: string; delimiter: string | null; width: number };

function convertRow(get: (c: Col) => Cell, idx: Partial<Record<Col, number>>, row: number, ctx: FormatContext, zone: Zone, shape: RowShape): ImportItem {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const chatId = cellText(get('chatId')) || null;

  const tsCell = get('timestamp');
  const startWall = cellDateTime(tsCell, zone);
  if (startWall === null) {
    const shown = cellText(tsCell);
    errors.push({
      path: 'Timestamp',
      message: shown ? `${quote(shown)} is not a date (expected M/D/YY h:mm or YYYY-MM-DD HH:MM:SS)` : 'is empty: every chat needs its date and time',
    });
  }

  const answerer = decodeEntities(cellText(get('answerer')));
  const guestRaw = decodeEntities(cellText(get('guest')));
  const patron = { name: null as string | null, email: null as string | null, phone: null as string | null };
  const guestNorms = new Set<string>();
  if (guestRaw && norm(guestRaw) !== 'patron') {
    guestNorms.add(norm(guestRaw));
    const email = EMAIL_IN_TEXT.exec(guestRaw)?.[0];
    if (email) {
      patron.email = email;
      guestNorms.add(norm(email));
      const rest = guestRaw.replace(email, '').replace(/[<>()[\],;]/g, ' ').trim();
      if (rest) {
        patron.name = rest.replace(/\s+/g, ' ');
        guestNorms.add(norm(patron.name));
      }
    } else if (PHONE_ONLY.test(guestRaw) && guestRaw.replace(/\D/g, '').length >= 10) {
      patron.phone = guestRaw;
    } else {
      patron.name = guestRaw;
    }
  }
  const guestEmail = cellText(get('guestEmail'));
  if (guestEmail && !patron.email) {
    patron.email = guestEmail;
    guestNorms.add(norm(guestEmail));
  }

  // messages
  const messages: Record<string, unknown>[] = [];
  const cell = cellText(get('transcript'));
  let providerId = answerer;
  if (startWall !== null && cell) {
    const seq = new ClockSequencer(startWall);
    const providerNorm = norm(answerer);
    const drafts: Draft[] = [];
    const continuations: number[] = [];
    const unknownSpeakers = new Map<string, { role: 'patron' | 'provider'; lines: number[] }>();
    const lines = cell.split(/\r\n|\r|\n/);
    let firstError = false;
    const roleOf = (name: string, lineNo: number): Draft['role'] => {
      const n = norm(name);
      if (providerNorm && n === providerNorm) return 'provider';
      if (PATRON_LABELS.has(n) || guestNorms.has(n)) return 'patron';
      if (SYSTEM_LABELS.has(n)) return 'system';
      const known = unknownSpeakers.get(n);
      if (known) {
        known.lines.push(lineNo);
        return known.role;
      }
      // until the patron has spoken, an unknown speaker is the patron under another name;
      // after that, another member of staff (a colleague after a transfer)
      const role = drafts.some((d) => d.role === 'patron') ? 'provider' : 'patron';
      unknownSpeakers.set(n, { role, lines: [lineNo] });
      return role;
    };
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      const lineNo = i + 1;
      const m = LINE_RE.exec(raw);
      if (m) {
        const candidates = clockCandidates(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4], 'either');
        if (candidates) {
          const author = decodeEntities(m[5]!.trim());
          const role = roleOf(author, lineNo);
          drafts.push({ wall: seq.next(candidates), role, author, parts: [m[6]!], line: lineNo });
          continue;
        }
      }
      if (!raw.trim()) {
        drafts.at(-1)?.parts.push('');
        continue;
      }
      const att = ATTACHMENT_RE.exec(raw);
      const prev = drafts.at(-1);
      if (att && prev) {
        const author = decodeEntities(att[1]!.trim());
        const n = norm(author);
        if (n === norm(answerer) || PATRON_LABELS.has(n) || guestNorms.has(n) || unknownSpeakers.has(n)) {
          drafts.push({ wall: prev.wall, role: roleOf(author, lineNo), author, parts: [raw.trim()], line: lineNo });
          continue;
        }
      }
      if (looksLikeRow(raw, shape.delimiter, shape.width, idx.timestamp, (s) => cellDateTime(s, zone) !== null)) {
        errors.push({
          path: 'row',
          message: `${shape.where}: line ${lineNo} of the Transcript cell looks like the start of another row (${quote(raw)}), so a quote is not closed; the rows in these lines could not be read separately`,
        });
        firstError = true;
        break;
      }
      if (!prev) {
        errors.push({ path: 'Transcript', message: `line ${lineNo} ${quote(raw)} is not ${LINE_FORMAT}` });
        firstError = true;
        break;
      }
      prev.parts.push(raw);
      continuations.push(lineNo);
    }
    if (!firstError) {
      if (continuations.length) {
        const first = continuations[0]!;
        warnings.push({
          path: 'Transcript',
          message:
            continuations.length === 1
              ? `line ${first} ${quote(lines[first - 1]!)} is not ${LINE_FORMAT}: kept as part of the message before it`
              : `${continuations.length} lines are not ${LINE_FORMAT} (lines ${continuations.slice(0, 10).join(', ')}${continuations.length > 10 ? ', …' : ''}): each was kept as part of the message before it`,
        });
      }
      for (const [n, info] of unknownSpeakers) {
        // a speaker taken for the patron is not named: the report must not show patron names
        const shown = info.role === 'patron' ? 'a speaker' : `speaker ${quote(drafts.find((d) => norm(d.author) === n)?.author ?? n)}`;
        warnings.push({
          path: 'Transcript',
          message: `${shown} (line ${info.lines.slice(0, 5).join(', ')}) is neither the Answerer ${quote(answerer)} nor the Guest or "Patron": read as ${info.role}`,
        });
      }
      if (!providerId) {
        const p = drafts.find((d) => d.role === 'provider');
        if (p) {
          providerId = p.author;
          warnings.push({ path: 'Answerer', message: `is empty: the provider is ${quote(p.author)}, the first staff speaker in the transcript` });
        }
      }
      for (const d of drafts) {
        const text = inlineHtmlToText(d.parts.join('\n')).trim();
        const msg: Record<string, unknown> = { at: zone.wallToISO(d.wall), role: d.role, author: d.author, text };
        if (d.role === 'provider') msg.authorId = d.author;
        if (d.role === 'system') {
          const ev = systemEvent(text);
          if (ev.event) Object.assign(msg, ev);
        }
        messages.push(msg);
      }
    }
  }
  if (startWall !== null && !cell && errors.length === 0) {
    const question = inlineHtmlToText(cellText(get('initialQuestion'))).trim();
    if (question) {
      messages.push({ at: zone.wallToISO(startWall), role: 'patron', author: guestRaw || 'Patron', text: question });
      warnings.push({ path: 'Transcript', message: `${idx.transcript === undefined ? 'no Transcript column' : 'is empty'}: only the Initial Question was imported` });
    } else {
      errors.push({ path: 'Transcript', message: 'is empty: there are no messages to import' });
    }
  }

  const countText = cellText(get('messageCount'));
  if (countText && errors.length === 0 && cell) {
    const count = Number(countText);
    if (Number.isInteger(count) && count !== messages.length) {
      warnings.push({ path: 'Message Count', message: `says ${count} but the transcript has ${messages.length} messages` });
    }
  }

  // times
  let pickedUpAt: string | undefined;
  let endedAt: string | undefined;
  if (startWall !== null) {
    // elapsed times are added to the instant, so a DST change in between is honoured
    let from = zone.wallToEpoch(startWall);
    const waitCell = get('wait');
    if (cellText(waitCell)) {
      const wait = parseSeconds(waitCell);
      if (wait === null) warnings.push({ path: 'Wait Time', message: `${quote(cellText(waitCell))} is not a number of seconds: pickedUpAt left out` });
      else {
        from += wait * SECOND;
        pickedUpAt = zone.epochToISO(from);
      }
    }
    const durCell = get('duration');
    if (cellText(durCell)) {
      const dur = parseSeconds(durCell);
      if (dur === null) warnings.push({ path: 'Duration (seconds)', message: `${quote(cellText(durCell))} is not a number of seconds: endedAt left out` });
      else endedAt = zone.epochToISO(from + dur * SECOND);
    }
  }

  // survey: LibChat rates 0–4, the rubric 1–5
  let survey: { rating?: number; comment?: string } | undefined;
  const ratingText = cellText(get('rating'));
  const comment = inlineHtmlToText(cellText(get('comment'))).trim();
  if (ratingText) {
    const r = Number(ratingText);
    if (Number.isInteger(r) && r >= 0 && r <= 4) survey = { rating: r + 1 };
    else warnings.push({ path: 'Rating (0-4)', message: `${quote(ratingText)} is not a rating from 0 to 4: left out` });
  }
  if (comment) survey = { ...survey, comment };

  const tags = [...new Set(cellText(get('tags')).split(/[,;]/).map((t) => decodeEntities(t).trim()).filter(Boolean))];

  if (errors.length) return { row, externalId: chatId, errors };

  const startedAt = zone.wallToISO(startWall!);
  const externalId = chatId ?? derivedId(startedAt, 'libchat', answerer, guestRaw, cell || cellText(get('initialQuestion')));
  if (!chatId) warnings.push({ path: 'Chat ID', message: `${idx.chatId === undefined ? 'no Chat ID column' : 'is empty'}: the id ${quote(externalId, 80)} was derived from the chat` });

  const transcript: Record<string, unknown> = {
    externalId,
    source: ctx.source ?? 'libchat',
    ...(ctx.library ? { library: ctx.library } : {}),
    provider: providerId ? { id: providerId, name: providerId } : { id: 'unassigned' },
    patron,
    startedAt,
    ...(pickedUpAt ? { pickedUpAt } : {}),
    ...(endedAt ? { endedAt } : {}),
    ...(tags.length ? { descriptiveCodes: tags } : {}),
    ...(survey ? { survey } : {}),
    messages,
  };
  return { row, externalId, transcript, ...(warnings.length ? { warnings } : {}) };
}
