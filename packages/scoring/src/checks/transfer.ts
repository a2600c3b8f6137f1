/**
 * transfer.handoff (RUBRIC.md, Session handling): before each transfer the transferring provider
 * sent an internal message to the receiving provider saying why, and told the patron in a
 * visible message.
 */
import { wordCount } from '../text';
import type { Msg } from '../timeline';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';

/** An internal note shorter than this cannot say why ("ok", "taking it"). */
const MIN_HANDOFF_WORDS = 5;

/**
 * Words of a note that only hands the chat over ("Ria, can you take this one please?", "incoming,
 * yours if you're free"): a note saying why has at least one word besides these and the names.
 */
const HANDOVER_WORDS = new Set(
  (
    'hi hey hello heya hiya ok okay sure yes so and or but can could would will should shall you your yours youre youd i im ive ill id me my ' +
    'we were us take taking took grab grabbing pick picking up handle handling this that these those it its one ones chat chats patron patrons ' +
    'session sessions customer please thanks thank thx cheers ta over to for the a an is are am be been transfer transferring transferred send ' +
    'sending sent coming incoming here comes another mind if have has got get now just quick quickly when free moment minute second seconds ' +
    'whenever right away asap ready able there next from with in on of at do does did want wants thing question questions help let know pass ' +
    'passing passed hand handing off person someone again back all time when whenever possible ping pinging heads jump hop'
  ).split(' '),
);
const NOTE_WORDS = /[a-z0-9]+/g;
const APOSTROPHES = /['\u2019]/g;

/**
 * (v6, `handoffTerseNotes`) A shorter note says why when it has at least this many words and at least
 * MIN_TERSE_WHY words besides the hand-over words, chat-speak and names: "needs Spanish-speaking
 * librarian", "genealogy q, 1850 census", "pls take: law question" (but not "yours - thx!").
 */
const MIN_TERSE_WORDS = 3;
const MIN_TERSE_WHY = 2;
const TERSE_HANDOVER = new Set('pls plz thx ty tyvm q qs pt ptrn fyi btw'.split(' '));

/** No words besides HANDOVER_WORDS are hand-over words (v1-v5, and notes of MIN_HANDOFF_WORDS or more). */
const NO_MORE_HANDOVER: ReadonlySet<string> = new Set();

/**
 * (v8 F, `handoverWordsF`) Hand-over words of notes of any length: the chat-speak of terse notes and the
 * words of routing a chat ("Kim, sending one your way.", "incoming from the MD queue for you, ty").
 */
const HANDOVER_F: ReadonlySet<string> = new Set([
  ...TERSE_HANDOVER,
  ...(
    'u ur plz pls thnx thanx tysm way queue queues route routing routed bounce bouncing bounced toss tossing tossed throw throwing threw ' +
    'kick kicking kicked move moving moved shift shifting assign assigning assigned accept accepting accepted pickup new live waiting ' +
    'much appreciate appreciated welcome colleague friend buddy team everyone guys folks got gotcha cool great thanks a lot lots ' +
    'hand handoff handover hey hi heads up incoming inbound headed heading coming yours mine his hers their them they he she him her'
  ).split(' '),
]);

/**
 * Words of the note that say why: neither hand-over words (HANDOVER_WORDS, and `alsoHandover`) nor
 * names. (The raw text lower-cased, not Msg.n: internal notes are otherwise never normalised.)
 */
function whyWords(note: Msg, names: ReadonlySet<string>, alsoHandover: ReadonlySet<string>): number {
  let n = 0;
  for (const w of note.raw.toLowerCase().replace(APOSTROPHES, '').match(NOTE_WORDS) ?? []) {
    if (!HANDOVER_WORDS.has(w) && !alsoHandover.has(w) && !names.has(w)) n++;
  }
  return n;
}

/** Lower-case name words of the providers in the session (the transcript's provider, message authors, ids). */
function nameWords(s: Parameters<Check>[0]): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v !== 'string' || seen.has(v)) return;
    seen.add(v);
    for (const w of v.toLowerCase().match(NOTE_WORDS) ?? []) out.add(w);
  };
  add((s.t.provider as { name?: unknown } | null | undefined)?.name);
  for (const m of s.order) {
    if (m.role === 'patron') continue;
    add(m.author);
    add(m.authorId);
    add(m.to);
  }
  return out;
}

export const handoff: Check = (s) => {
  const id = 'transfer.handoff';
  const transfers = s.order.filter((m) => m.role === 'system' && m.event === 'transfer');
  if (transfers.length === 0) return na(id, 'the session was not transferred');
  const evidence = [];
  let from = s.providerId;
  let windowStart = 0;
  let names: Set<string> | null = null;
  for (const tr of transfers) {
    const pos = s.order.indexOf(tr);
    const window = s.order.slice(windowStart, pos);
    const receiver = tr.to ?? '';
    const internal = window.find(
      (m: Msg) =>
        m.role === 'internal' &&
        (m.authorId === null || m.authorId !== receiver) &&
        // the note says something besides handing the chat over: a word that is neither a hand-over word nor a name
        (wordCount(m.raw) >= MIN_HANDOFF_WORDS
          ? whyWords(m, (names ??= nameWords(s)), s.rubric.handoverWordsF === true ? HANDOVER_F : NO_MORE_HANDOVER) >= 1
          : s.rubric.handoffTerseNotes === true &&
            wordCount(m.raw) >= MIN_TERSE_WORDS &&
            whyWords(m, (names ??= nameWords(s)), s.rubric.handoverWordsF === true ? HANDOVER_F : TERSE_HANDOVER) >= MIN_TERSE_WHY),
    );
    const notice = window.find((m: Msg) => m.role === 'provider' && m.has(F.transferNotice));
    if (!internal || !notice) {
      const what = !internal && !notice ? 'neither explained it to the receiving provider nor told the patron' : !internal ? 'sent no internal message to the receiving provider saying why' : 'never told the patron about the transfer';
      const evd = [ev(tr)];
      if (internal) evd.unshift(ev(internal));
      if (notice) evd.unshift(ev(notice));
      return result(id, 'fail', `transfer from ${from || 'the provider'} to ${receiver || 'another provider'}: ${what}`, evd);
    }
    evidence.push(ev(internal), ev(notice));
    from = receiver;
    windowStart = pos + 1;
  }
  return result(id, 'pass', 'explained the transfer to the receiving provider and told the patron', evidence);
};
