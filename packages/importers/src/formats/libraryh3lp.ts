import type { FieldError } from '@askqa/contract';
import { cellDateTime, cellText, quote, type Cell } from '../cells';
import { mapHeader } from '../csv';
import { systemEvent } from '../events';
import { derivedId } from '../ids';
import { looksLikeRow, tableRows } from '../rows';
import { ClockSequencer, clockCandidates, parseSeconds, SECOND, Zone } from '../time';
import { guarded } from '../guard';
import type { FormatContext, FormatReader, ImportItem } from '../types';

export const LIBRARYH3LP_COLUMNS = {
  id: ['id', 'chatid', 'conversationid', 'sessionid'],
  started: ['started', 'startedat', 'start', 'starttime'],
  wait: ['wait', 'waittime'],
  duration: ['duration'],
  text: ['text', 'transcript'],
  queue: ['queue'],
  operator: ['operator', 'operators'],
  guest: ['guest', 'guestid', 'patron'],
  protocol: ['protocol'],
  accepted: ['accepted', 'acceptedat'],
  ended: ['ended', 'endedat'],
} as const;
type Col = keyof typeof LIBRARYH3LP_COLUMNS;

const EXPECTED_HEADER = 'a LibraryH3lp export needs the columns started and text (also read: wait, duration, queue, operator, guest, protocol, accepted, ended)';
export const H3_LINE_FORMAT = '"HH:MM[AM|PM] sender@address: text"';
/** `17:26PM 0445…@web.libraryh3lp.com: Hi` — 24-hour time, an AM/PM suffix that means nothing, the sender's address. */
const LINE_RE = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?\s+([^\s:][^:]{0,119}?)\s*:(?:\s|$)(.*)$/;

type Sender = { role: 'patron' | 'provider' | 'system' | null; phone?: string; id?: string };

function classify(sender: string): Sender {
  if (/^system(?:\s+message)?$/i.test(sender)) return { role: 'system' };
  const at = sender.lastIndexOf('@');
  if (at < 0) return { role: null };
  const local = sender.slice(0, at);
  const domain = sender.slice(at + 1).toLowerCase();
  if (/^web(?:\.[a-z0-9-]+)*\.libraryh3lp\.com$/.test(domain)) return { role: 'patron' };
  if (/^(?:twilio|sms)(?:\.[a-z0-9-]+)*\.libraryh3lp\.com$/.test(domain)) return { role: 'patron', phone: local };
  if (/^chat(?:\.[a-z0-9-]+)*\.libraryh3lp\.com$/.test(domain)) return { role: 'provider', id: local };
  return { role: null };
}

export const readLibraryH3lp: FormatReader = async function* (src, ctx) {
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
      const h = mapHeader(ev.cells, LIBRARYH3LP_COLUMNS);
      if (h.index.started === undefined || h.index.text === undefined) {
        const seen = ev.cells.map((c) => cellText(c)).join(',');
        let message = `no recognisable columns in the header ${quote(seen, 200)}: ${EXPECTED_HEADER}`;
        if (ctx.detected) message += '. A LibChat export has Timestamp and Transcript columns; JSON and text transcripts are detected from their content';
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
    const extra = ev.cells.slice(width).filter((c) => cellText(c) !== '');
    if (extra.length) {
      yield {
        row: ev.row,
        externalId: null,
        errors: [{ path: 'row', message: `${ev.where}: the row has ${ev.cells.length} cells but the header has ${width}, so a quote or comma is out of place; the row was not imported` }],
      };
      continue;
    }
    if (ev.multiLine && /\n/.test(cellText(get('started')))) {
      yield {
        row: ev.row,
        externalId: null,
        errors: [{ path: 'row', message: `${ev.where}: the started cell runs over several lines, so a quote is not closed; the rows inside these lines could not be read separately` }],
      };
      continue;
    }
    const item = guarded(ev.row, ev.where, () => convertRow(get, idx, ev.row, ctx, zone, { where: ev.where, delimiter, width }));
    if (item.errors && ev.cells.length < width && !item.errors.some((e) => e.path === 'row')) {
      item.errors.push({ path: 'row', message: `${ev.where}: the row has ${ev.cells.length} cells but the header has ${width}; a quote or comma is probably out of place` });
    }
    yield item;
  }
  if (!header) yield { row: 0, externalId: null, errors: [{ path: 'header', message: `the file is empty: ${EXPECTED_HEADER}` }] };
};

type RowShape = { where: string; delimiter: string | null; width: number };

function convertRow(get: (c: Col) => Cell, idx: Partial<Record<Col, number>>, row: number, ctx: FormatContext, zone: Zone, shape: RowShape): ImportItem {
  const errors: FieldError[] = [];
  const warnings: FieldError[] = [];
  const idCell = cellText(get('id')) || null;
  const startedCell = get('started');
  const startWall = cellDateTime(startedCell, zone);
  if (startWall === null) {
    const shown = cellText(startedCell);
    errors.push({ path: 'started', message: shown ? `${quote(shown)} is not a date (expected M/D/YY H:MM or YYYY-MM-DD HH:MM:SS)` : 'is empty: every chat needs its start' });
  }
  const text = cellText(get('text'));
  const guestCol = cellText(get('guest'));
  const operatorCol = cellText(get('operator'));
  const operatorList = operatorCol.split(/[,;\s]+/).filter(Boolean);
  const operators = operatorList.map((o) => o.toLowerCase());

  const messages: Record<string, unknown>[] = [];
  let providerId: string | null = operatorList[0] ? operatorList[0].split('@')[0]! : null;
  let patronAddress: string | null = guestCol || null;
  let phone: string | null = null;
  if (startWall !== null && text) {
    const seq = new ClockSequencer(startWall);
    type Draft = { wall: number; sender: string; role: 'patron' | 'provider' | 'system'; id?: string; parts: string[] };
    const drafts: Draft[] = [];
    const continuations: number[] = [];
    const guessed = new Map<string, { role: 'patron' | 'provider'; lines: number[] }>();
    let addressed = false;
    const lines = text.split(/\r\n|\r|\n/);
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i]!;
      const lineNo = i + 1;
      const m = LINE_RE.exec(raw);
      const sender = m?.[5]?.trim();
      // a sender is an address (or "System message"); once addresses are seen, "10:30 works for me: …" is text
      const plausible = sender && (sender.includes('@') || /^system(?:\s+message)?$/i.test(sender) || (!addressed && !/\s/.test(sender)));
      const candidates = m && plausible ? clockCandidates(Number(m[1]), Number(m[2]), Number(m[3] ?? 0), m[4], 'either') : null;
      if (m && sender && candidates) {
        if (sender.includes('@')) addressed = true;
        let c = classify(sender);
        const lower = sender.toLowerCase();
        if (c.role === null) {
          if (guestCol && lower === guestCol.toLowerCase()) c = { role: 'patron' };
          else if (operators.includes(lower) || operators.includes(lower.split('@')[0]!)) c = { role: 'provider', id: sender.split('@')[0]! };
          else {
            const g = guessed.get(lower);
            const role = g?.role ?? (drafts.some((d) => d.role === 'patron') ? 'provider' : 'patron');
            if (g) g.lines.push(lineNo);
            else guessed.set(lower, { role, lines: [lineNo] });
            c = role === 'provider' ? { role, id: sender.split('@')[0]! } : { role };
          }
        }
        const role = c.role!;
        if (role === 'patron') {
          patronAddress ??= sender;
          if (c.phone && !phone) phone = c.phone;
        }
        if (role === 'provider') providerId ??= c.id ?? sender;
        drafts.push({ wall: seq.next(candidates), sender, role, ...(c.id ? { id: c.id } : {}), parts: [m[6]!] });
        continue;
      }
      if (!raw.trim()) continue; // messages are separated by blank lines (\r\r)
      const prev = drafts.at(-1);
      if (looksLikeRow(raw, shape.delimiter, shape.width, idx.started, (s) => cellDateTime(s, zone) !== null)) {
        errors.push({
          path: 'row',
          message: `${shape.where}: line ${lineNo} of the text cell looks like the start of another row (${quote(raw)}), so a quote is not closed; the rows in these lines could not be read separately`,
        });
        break;
      }
      if (!prev) {
        errors.push({ path: 'text', message: `line ${lineNo} ${quote(raw)} is not ${H3_LINE_FORMAT}` });
        break;
      }
      prev.parts.push(raw);
      continuations.push(lineNo);
    }
    if (continuations.length) {
      warnings.push({
        path: 'text',
        message:
          continuations.length === 1
            ? `line ${continuations[0]} ${quote(lines[continuations[0]! - 1]!)} is not ${H3_LINE_FORMAT}: kept as part of the message before it`
            : `${continuations.length} lines are not ${H3_LINE_FORMAT} (lines ${continuations.slice(0, 10).join(', ')}${continuations.length > 10 ? ', …' : ''}): each was kept as part of the message before it`,
      });
    }
    for (const [sender, g] of guessed) {
      const shown = g.role === 'patron' ? 'a sender' : `sender ${quote(sender)}`;
      warnings.push({ path: 'text', message: `${shown} (line ${g.lines.slice(0, 5).join(', ')}) is not a known LibraryH3lp address: read as ${g.role}` });
    }
    for (const d of drafts) {
      const body = d.parts.join('\n').trim();
      const at = zone.wallToISO(d.wall);
      if (d.role === 'system') {
        const ev = systemEvent(body);
        messages.push({ at, role: 'system', text: body, ...(ev.event ? { event: ev.event } : {}), ...(ev.to ? { to: ev.to } : {}) });
      } else if (d.role === 'provider') {
        messages.push({ at, role: 'provider', author: d.sender, authorId: d.id ?? d.sender, text: body });
      } else {
        messages.push({ at, role: 'patron', author: d.sender, text: body });
      }
    }
  } else if (startWall !== null) {
    errors.push({ path: 'text', message: 'is empty: there are no messages to import' });
  }
  if (!phone && patronAddress) phone = classify(patronAddress).phone ?? null;

  let pickedUpAt: string | undefined;
  let endedAt: string | undefined;
  if (startWall !== null) {
    // elapsed times are added to the instant, so a DST change in between is honoured
    let from = zone.wallToEpoch(startWall);
    const acceptedCell = get('accepted');
    const acceptedWall = cellText(acceptedCell) ? cellDateTime(acceptedCell, zone) : null;
    if (acceptedWall !== null) {
      from = zone.wallToEpoch(acceptedWall);
      pickedUpAt = zone.wallToISO(acceptedWall);
    } else {
      if (cellText(acceptedCell)) warnings.push({ path: 'accepted', message: `${quote(cellText(acceptedCell))} is not a date: the wait is used instead` });
      const waitCell = get('wait');
      if (cellText(waitCell)) {
        const wait = parseSeconds(waitCell);
        if (wait === null) warnings.push({ path: 'wait', message: `${quote(cellText(waitCell))} is not H:MM:SS: pickedUpAt left out` });
        else {
          from += wait * SECOND;
          pickedUpAt = zone.epochToISO(from);
        }
      }
    }
    const endedCell = get('ended');
    const endedWall = cellText(endedCell) ? cellDateTime(endedCell, zone) : null;
    if (endedWall !== null) endedAt = zone.wallToISO(endedWall);
    else {
      if (cellText(endedCell)) warnings.push({ path: 'ended', message: `${quote(cellText(endedCell))} is not a date: the duration is used instead` });
      const durCell = get('duration');
      if (cellText(durCell)) {
        const dur = parseSeconds(durCell);
        if (dur === null) warnings.push({ path: 'duration', message: `${quote(cellText(durCell))} is not H:MM:SS: endedAt left out` });
        else endedAt = zone.epochToISO(from + dur * SECOND);
      }
    }
  }

  if (errors.length) return { row, externalId: idCell, errors };
  const startedAt = zone.wallToISO(startWall!);
  // The devset convention is <startedAt>/<patron address>; an SMS patron's address is their
  // phone number, which must not surface in lists and exports, so it is hashed (stably).
  const externalId =
    idCell ??
    (patronAddress
      ? isSmsAddress(patronAddress)
        ? `${startedAt}/sms-${derivedId('', patronAddress).slice(1)}`
        : `${startedAt}/${patronAddress}`
      : derivedId(startedAt, 'libraryh3lp', text));
  if (!idCell && !patronAddress) warnings.push({ path: 'guest', message: `no patron address: the id ${quote(externalId, 80)} was derived from the chat text` });

  const transcript: Record<string, unknown> = {
    externalId,
    source: ctx.source ?? 'libraryh3lp',
    ...(ctx.library ? { library: ctx.library } : {}),
    provider: { id: providerId ?? 'unassigned' },
    patron: { name: null, email: null, phone },
    startedAt,
    ...(pickedUpAt !== undefined ? { pickedUpAt } : {}),
    ...(endedAt ? { endedAt } : {}),
    messages,
  };
  return { row, externalId, transcript, ...(warnings.length ? { warnings } : {}) };
}

/** An SMS patron's LibraryH3lp address (+1NNN…@twilio.libraryh3lp.com). */
export function isSmsAddress(address: string): boolean {
  return /@twilio\./i.test(address);
}
