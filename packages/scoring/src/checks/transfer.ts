/**
 * transfer.handoff (RUBRIC.md, Session handling): before each transfer the transferring provider
 * sent an internal message to the receiving provider saying why, and told the patron in a
 * visible message.
 */
import { wordCount } from '../text';
import type { Msg } from '../timeline';
import type { Rubric } from '../rubric';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';
import { transferredNoticeD6 } from '../classify';

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
 * (v11 K7, `noteNoWhyK7`) Pleasantries to the colleague, which say no why ("Hey Bo, hope your shift is going ok!",
 * "happy Friday, one for you"), added to the hand-over words of notes of any length.
 */
const PLEASANTRY_K7: ReadonlySet<string> = new Set([
  ...HANDOVER_F,
  ...(
    'hope hoping hopefully shift going doing day days night evening morning afternoon weekend week well good nice fun ' +
    'happy lovely hows how howre whats was up on smile cheers xo dear friday monday tuesday wednesday thursday saturday sunday'
  ).split(' '),
]);
/** (v11 K7, `noteNoWhyK7`) Where the chat comes from, which is no why: "from the Howard County queue", "from the MD queue". */
const FROM_QUEUE_K7 = /\bfrom (?:the |our |your |a )?(?:[a-z0-9'-]+ ){0,4}?queues?\b/g;

/**
 * (v11 K9, `spanishHandoverK9`) Spanish hand-over words, added to HANDOVER_F: "Rafa, te paso este chat.", "¿Puedes
 * tomar esta consulta, por favor?" say no why; "usuaria que prefiere español, busca preparación GED" does.
 */
const HANDOVER_ES_K9: ReadonlySet<string> = new Set([
  ...HANDOVER_F,
  ...(
    'te le les lo la los las me mi tu ti tuyo tuya tuyos tuyas yo el ella este esta estos estas ese esa eso esto un una uno otro otra ' +
    'a al de del con para por en y o que si ya ahora aqui ahi alli va van hola buenas oye gracias grax porfa porfis xfa favor ' +
    'paso pasa pase pasar pasando pasado pasamos transfiero transfiere transferir transfiriendo transferido mando manda mandar mandando ' +
    'envio envia enviar enviando tomar tomas toma tome tomarlo tomarla tomalo tomala atender atiendes atiende atiendas atenderlo atenderla ' +
    'puedes puede podrias podria quieres quiere encargas encarga encargarte te encargo toca tocas toco llega llego entra entrante ' +
    'chat chats sesion sesiones consulta consultas pregunta preguntas usuario usuaria usuarios usuarias cliente persona ' +
    'nuevo nueva libre momento minuto cuando puedas pueda rapido'
  ).split(' '),
]);
/** v11: both K7's pleasantries and K9's Spanish hand-over words (the merge). */
const HANDOVER_V11: ReadonlySet<string> = new Set([...PLEASANTRY_K7, ...HANDOVER_ES_K9]);

/** The hand-over words of a rubric's notes besides HANDOVER_WORDS; `terse`: of a note shorter than MIN_HANDOFF_WORDS. */
function handoverOf(r: Rubric, terse: boolean): ReadonlySet<string> {
  const k7 = r.noteNoWhyK7 === true;
  const k9 = r.spanishHandoverK9 === true;
  if (k7 && k9) return HANDOVER_V11;
  if (k7) return PLEASANTRY_K7;
  if (k9) return HANDOVER_ES_K9;
  return r.handoverWordsF === true ? HANDOVER_F : terse ? TERSE_HANDOVER : NO_MORE_HANDOVER;
}

/**
 * Words of the note that say why: neither hand-over words (HANDOVER_WORDS, and `alsoHandover`) nor
 * names. (The raw text lower-cased, not Msg.n: internal notes are otherwise never normalised.)
 */
function whyWords(note: Msg, names: ReadonlySet<string>, alsoHandover: ReadonlySet<string>, noQueue = false): number {
  let n = 0;
  let text = note.raw.toLowerCase().replace(APOSTROPHES, '');
  if (noQueue) text = text.replace(FROM_QUEUE_K7, ' ');
  for (const w of text.match(NOTE_WORDS) ?? []) {
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

/**
 * (v24 Y4, `noteAddresseeY4`) The opening of a note that addresses someone: "@lee …", "Lee, …", "hey Lee: …", "Lee Park,
 * …" (a word or two, then a comma or colon; the first word is the name).
 */
const ADDRESS_Y4 = /^\s*(?:(?:hi|hey|hello|yo)[ ,]+)?(?:@([a-z][a-z0-9]*)|([a-z][a-z'\u2019-]*)(?: [a-z][a-z'\u2019-]*)?\s*[,:](?!\/))/i;

/** Lower-case words of a value (an id, a name, a line). */
function wordsOf(v: string | null | undefined, into: Set<string>): void {
  if (typeof v === 'string') for (const w of v.toLowerCase().replace(APOSTROPHES, '').match(NOTE_WORDS) ?? []) into.add(w);
}

/**
 * (v24 Y4) The internal note `m` is addressed to another provider than `receiver`: its `to` names someone else, or it opens
 * by addressing a name of a provider the session knows (`names`) that is neither one of the receiver's (its id, the
 * names it writes under, the transfer line `tr`), nor one of the transferring provider's (`from`) or the note's author's.
 */
function addressedElsewhereY4(s: Parameters<Check>[0], m: Msg, receiver: string, from: string, tr: Msg, names: ReadonlySet<string>): boolean {
  const y10 = s.rubric.noteReceiverY10 === true;
  // (v24 Y10) the receiver's names, read once for both tests below
  let rec: Set<string> | undefined;
  if (m.to !== null && m.to !== '' && receiver !== '' && m.to !== receiver) {
    // (v24 Y10, `noteReceiverY10`) a `to` that gives one of the receiver's names ("Lee Chen" for "lchen")
    if (!y10) return true;
    const to = new Set<string>();
    wordsOf(m.to, to);
    rec = receiverNamesY10(s, receiver, tr);
    if (![...to].some((w) => rec!.has(w))) return true;
  }
  const a = ADDRESS_Y4.exec(m.raw);
  if (a === null) return false;
  const name = (a[1] ?? a[2] ?? '').toLowerCase().replace(APOSTROPHES, '');
  if (!names.has(name)) return false;
  const theirs = new Set<string>();
  wordsOf(receiver, theirs);
  wordsOf(tr.raw, theirs);
  if (y10) {
    // (v24 Y10) the receiver's names as they write after the transfer; "@Dana @Lee …": any of the names addressed
    for (const w of (rec ??= receiverNamesY10(s, receiver, tr))) theirs.add(w);
    const all = AT_NAMES_Y10.exec(m.raw);
    if (all !== null) for (const w of all[0].toLowerCase().match(/@([a-z][a-z0-9]*)/g) ?? []) if (theirs.has(w.slice(1))) return false;
  }
  wordsOf(m.author, theirs);
  wordsOf(m.authorId, theirs);
  // the transferring provider's own names too ("Jo: Kim, …" as some exports prefix a note)
  wordsOf(from, theirs);
  for (const x of s.order) if (x.authorId !== null && (x.authorId === receiver || x.authorId === from)) wordsOf(x.author, theirs);
  const p = s.t.provider as { id?: unknown; name?: unknown } | null | undefined;
  if ((p?.id === receiver || p?.id === from) && typeof p?.name === 'string') wordsOf(p.name, theirs);
  return !theirs.has(name);
}

/** (v24 Y10) The "@names" a note opens with ("@Dana @Lee passing this one to Lee"). */
const AT_NAMES_Y10 = /^\s*(?:@[A-Za-z][A-Za-z0-9]*[\s,&]*(?:and\s+)?)+/;
/**
 * (v24 Y10, `noteReceiverY10`) The receiving provider's names: its id, the transfer line, and the authors of the provider
 * messages between the transfer `tr` and the next transfer (the receiver writes them, with or without an author id).
 */
function receiverNamesY10(s: Parameters<Check>[0], receiver: string, tr: Msg): Set<string> {
  const out = new Set<string>();
  wordsOf(receiver, out);
  wordsOf(tr.raw, out);
  const start = s.order.indexOf(tr);
  for (let i = start + 1; i < s.order.length; i++) {
    const x = s.order[i]!;
    if (x.role === 'system' && x.event === 'transfer') break;
    if (x.role === 'provider' && (x.authorId === null || x.authorId === receiver)) wordsOf(x.author, out);
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
    const k7 = s.rubric.noteNoWhyK7 === true;
    // (v11 K7) the transferring provider: who holds the chat before this transfer, or who last wrote to the patron
    let lastSpeaker: string | null = null;
    if (s.rubric.noteByTransferrerK7 === true) {
      for (let j = window.length - 1; j >= 0; j--) {
        const w = window[j]!;
        if (w.role === 'provider' && w.authorId !== null) {
          lastSpeaker = w.authorId;
          break;
        }
      }
    }
    const internal = window.find(
      (m: Msg) =>
        m.role === 'internal' &&
        (m.authorId === null || m.authorId !== receiver) &&
        // (v24 Y4) a note to a colleague consulted, not to the receiving provider
        !(s.rubric.noteAddresseeY4 === true && addressedElsewhereY4(s, m, receiver, from, tr, (names ??= nameWords(s)))) &&
        (s.rubric.noteByTransferrerK7 !== true || m.authorId === null || m.authorId === from || m.authorId === lastSpeaker) &&
        // the note says something besides handing the chat over: a word that is neither a hand-over word nor a name
        (wordCount(m.raw) >= MIN_HANDOFF_WORDS
          ? whyWords(m, (names ??= nameWords(s)), handoverOf(s.rubric, false), k7) >= 1
          : s.rubric.handoffTerseNotes === true &&
            wordCount(m.raw) >= MIN_TERSE_WORDS &&
            whyWords(m, (names ??= nameWords(s)), handoverOf(s.rubric, true), k7) >= MIN_TERSE_WHY),
    );
    // (v29 D6, `transferredNoticeD6`) or another provider's joining in words read only before a transfer
    const notice = window.find((m: Msg) => m.role === 'provider' && (m.has(F.transferNotice) || (s.rubric.transferredNoticeD6 === true && transferredNoticeD6(s, m))));
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
