import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Transcript } from '@askqa/contract';
import { generateTranscripts } from './generate';
import type { GenerateOptions } from './options';
import { nyOffset, nyParts, parseIsoSec, p2 } from './time';
import { TOPICS } from './topics';

/** Columns of a Springshare LibChat transcript export, in the order the demo export uses. */
export const LIBCHAT_COLUMNS = [
  'Chat ID',
  'Timestamp',
  'Wait Time',
  'Duration (seconds)',
  'Guest',
  'Answerer',
  'Initial Question',
  'Message Count',
  'Transcript',
  'Rating (0-4)',
  'Department',
  'Tags',
] as const;

const DEPT_BY_TAG = new Map(TOPICS.map((t) => [t.tag, t.dept]));

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };

/** Escape as LibChat does: entities for & < > " and apostrophes. */
function escapeHtml(s: string): string {
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, (ch) => ENTITY[ch] as string) : s;
}

const URL_RE = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** Message text as it appears in a Transcript cell: escaped, with http(s) links wrapped in <a href>. */
function cellText(s: string): string {
  const esc = escapeHtml(s);
  if (!esc.includes('http')) return esc;
  return esc.replace(URL_RE, (u) => `<a href="${u}" target="_blank">${u}</a>`);
}

/** HH:MM:SS in New York time; a time already written with New York's offset is read off the string. */
function clock(iso: string): string {
  const sec = parseIsoSec(iso);
  if (iso.length === 25 && iso.charCodeAt(10) === 84 /* T */) {
    const off = iso.slice(19);
    if ((off === '-04:00' || off === '-05:00') && nyOffset(sec) === (off === '-04:00' ? -14_400 : -18_000)) return iso.slice(11, 19);
  }
  const p = nyParts(sec);
  return `${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}`;
}

/** One LibChat export row for a transcript (times in America/New_York, as LibChat shows them). */
export function transcriptToLibChatRow(t: Transcript): Record<string, string> {
  const start = parseIsoSec(t.startedAt);
  const sp = nyParts(start);
  const firstProvider = t.messages.find((m) => m.role === 'provider');
  const pickup = t.pickedUpAt ? parseIsoSec(t.pickedUpAt) : firstProvider ? parseIsoSec(firstProvider.at) : null;
  const lastAt = t.messages.length ? parseIsoSec((t.messages[t.messages.length - 1] as { at: string }).at) : start;
  const end = t.endedAt ? parseIsoSec(t.endedAt) : lastAt;
  const guest = t.patron?.email || t.patron?.name || 'Patron';
  const answerer = t.provider.id === 'unassigned' ? '' : (t.provider.name ?? t.provider.id);
  const lines: string[] = [];
  for (const m of t.messages) {
    if (m.role !== 'patron' && m.role !== 'provider') continue;
    const who = m.role === 'patron' ? guest : (m.author ?? m.authorId ?? answerer);
    lines.push(`${clock(m.at)} - ${escapeHtml(who)} : ${cellText(m.text)}`);
  }
  const firstPatron = t.messages.find((m) => m.role === 'patron');
  const tags = t.descriptiveCodes ?? [];
  const rating = t.survey?.rating;
  return {
    'Chat ID': t.externalId,
    Timestamp: `${sp.month}/${sp.day}/${String(sp.year % 100).padStart(2, '0')} ${sp.hour}:${p2(sp.minute)}`,
    'Wait Time': pickup === null ? '' : String(pickup - start),
    'Duration (seconds)': String(end - (pickup ?? start)),
    Guest: escapeHtml(guest),
    Answerer: escapeHtml(answerer),
    'Initial Question': firstPatron ? escapeHtml(firstPatron.text) : '',
    'Message Count': String(lines.length),
    Transcript: lines.join('\n'),
    'Rating (0-4)': rating == null ? '' : String(rating - 1),
    Department: DEPT_BY_TAG.get(tags[0] ?? '') ?? 'Reference',
    Tags: escapeHtml(tags.map((x) => x.toLowerCase()).join(', ')),
  };
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function libChatCsvLine(row: Record<string, string>): string {
  let out = '';
  for (let i = 0; i < LIBCHAT_COLUMNS.length; i++) {
    if (i) out += ',';
    out += csvField(row[LIBCHAT_COLUMNS[i] as string] ?? '');
  }
  return out + '\r\n';
}

/**
 * Stream `opts.sessions` generated sessions to a LibChat-style CSV export: UTF-8, CRLF between
 * rows, LF between the lines of a Transcript cell. Writes in chunks and honours back-pressure.
 */
export async function writeLibChatCsv(path: string, opts: GenerateOptions = {}): Promise<void> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };
  let buf = LIBCHAT_COLUMNS.join(',') + '\r\n';
  for (const t of generateTranscripts(opts)) {
    buf += libChatCsvLine(transcriptToLibChatRow(t));
    if (buf.length > 1 << 18) {
      await write(buf);
      buf = '';
    }
  }
  if (buf) await write(buf);
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
