/**
 * A deliberately small reading of RUBRIC.md, tuned to the generator's own phrasings. It is not
 * the product's scorer (that lives in @askqa/scoring and must handle wording it has never seen);
 * the generator tests use it to show that the data exercises every check both ways, and that the
 * behaviours each session was planned with really show in its messages and times.
 */
import type { Message, Transcript } from '@askqa/contract';
import { CHECK_IDS, FOLLOW_UP_CODES, type CheckId } from '@askqa/contract';

export type Status = 'pass' | 'fail' | 'na' | 'pending';
export type Statuses = Record<CheckId, Status>;

const HOLD = /\b(one moment|just a moment|a moment|let me (check|take a look|pull|look|see what)|give me a minute|bear with me|searching now|hang on|still (looking|searching|working|here)|transfer|handing you over|take it from here|un momento|d[ée]jeme revisar|perm[íi]tame|sigo buscando|todav[íi]a estoy)/i;
const GREET = /\b(hi|hello|hey|welcome|thanks for (contacting|chatting|your question)|good (morning|afternoon|evening)|hola|bienvenid|buenas)\b/i;
const IDENT = /librar|askusnow|biblioteca|\b(BCPL|EPFL|AACPL|HCPL|HCLS|MCPL|PGCMLS|FCPL|CCPL|WCFL|UMD|UMBC|SMCL|TCFL|QACL|WPL)\b|the Pratt|Cook Library|Commons|Calvert/i;
const COURTEOUS = /start a new (one|chat)|whenever you like|chat with us again|volver a escribir|cuando (guste|quiera)|thank|\bbye\b|goodbye|take care|come back|you'?re (very )?welcome(?! to)|good luck|glad i could help|pleasure|have a (great|good)|gracias|vuelva|hasta luego|con mucho gusto|de nada|buen d[íi]a/i;
const CHECKIN = /still (there|with me)|sigue ah[íi]|todav[íi]a est[áa] conectad/i;
const DISCONNECT = /disconnect|lost the connection|stepped away|desconect|perdimos la conexi/i;
const ENDING = /\b(end|close|closing)\b|cerrar|cerrar[ée]/i;
const COMPLETE = /completely answer|what you were looking for|did that help|give you what you need|answer your question|kind of information you needed|responde completamente|lo que buscaba|le sirvi[óo]/i;
const ANYTHING = /anything else|anything more|help you with anything|algo m[áa]s|otra cosa/i;
const PATRON_DONE = /that'?s all|that is all|that'?s everything|no more questions|all set|eso es todo|es todo|nada m[áa]s|era todo/i;
const HOW_HELP = /how (can|may) i help|en qu[ée] le puedo ayudar|c[óo]mo le puedo ayudar/i;
const DISMISS = /time is up|too many questions|limit of questions|spent enough time|acab[óo] el tiempo|demasiadas preguntas/i;
const CONTACT = /https?:\/\/|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(org|gov|edu|com|info|net|us)\b|\b(\d-)?\d{3}-555-01\d\d\b|[a-z0-9._-]+@example\.org/i;
const NAMED = /database list|Databases A-Z|catalog|JSTOR|CINAHL|Britannica|MedlinePlus|NoveList|Chilton|ICPSR|LinkedIn Learning|Brainfuse|Kids InfoBits|LearningExpress|Mango Languages|Purdue OWL|Data Axle|Ancestry|HeritageQuest|ILLiad|WorldCat|Foundation Directory|Health & Wellness|Academic Search|PsycInfo|Environment Complete|Business Source|\bERIC\b|Criminal Justice Database|Sanborn|My Account|Hours & Locations|Forgot PIN|census\.gov|Baltimore Sun historical archive|Maryland Room|Maryland collection/i;
const REFER = /recommend contacting|get in touch with|reach them at|best people to ask|want to contact|suggest asking|comunicarse con|contactar a|preguntar en/i;
const PROMISE = /I'll (e-mail|send|get back|call|give you a call|keep looking)|will (contact|be in touch|get back)|hear from me|expect an e-mail|le enviar[ée]|le llamar[ée]|se comunicar[áa]|me pondr[ée] en contacto|le escribir[ée]/i;
const WHEN = /\bby (tomorrow|the end|friday|thursday|monday|tuesday|wednesday|saturday|sunday)|within (72 hours|the next)|tomorrow|ma[ñn]ana|dentro de|antes del|pr[óo]ximos/i;
const TRANSFER_NOTICE = /transfer|handing you over|take it from here|transferir/i;
const EMAIL_OR_PHONE = /[a-z0-9._-]+@example\.org|\b\d{3}-555-01\d\d\b/i;

const sec = (iso: string): number => Date.parse(iso) / 1000;
const visible = (m: Message): boolean => m.role === 'patron' || m.role === 'provider';

export interface Interval {
  provider: string;
  start: number;
  end: number;
  externalId: string;
}

/** Open intervals of every provider who handled a session (split at a transfer). */
export function intervalsOf(t: Transcript): Interval[] {
  if (t.provider.id === 'unassigned') return [];
  const start = sec(t.startedAt);
  const last = t.messages.length ? sec((t.messages[t.messages.length - 1] as Message).at) : start;
  const end = t.endedAt ? sec(t.endedAt) : last;
  const out: Interval[] = [];
  let who = t.provider.id;
  let from = start;
  for (const m of t.messages) {
    if (m.role === 'system' && m.event === 'transfer' && m.to) {
      out.push({ provider: who, start: from, end: sec(m.at), externalId: t.externalId });
      who = m.to;
      from = sec(m.at);
    }
  }
  out.push({ provider: who, start: from, end, externalId: t.externalId });
  return out;
}

/** Session ids whose handling provider had more than `max` sessions open at once. */
export function overloaded(all: Transcript[], max = 3): Set<string> {
  const byProvider = new Map<string, Interval[]>();
  for (const t of all) for (const iv of intervalsOf(t)) (byProvider.get(iv.provider) ?? byProvider.set(iv.provider, []).get(iv.provider)!).push(iv);
  const bad = new Set<string>();
  for (const ivs of byProvider.values()) {
    const events: [number, number, Interval][] = [];
    for (const iv of ivs) if (iv.end > iv.start) events.push([iv.start, 1, iv], [iv.end, -1, iv]);
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // ends before starts at the same second
    const open = new Set<Interval>();
    for (const [, d, iv] of events) {
      if (d < 0) open.delete(iv);
      else {
        open.add(iv);
        if (open.size > max) for (const o of open) bad.add(o.externalId);
      }
    }
  }
  return bad;
}

function stripPatronContacts(text: string, patronContacts: string[]): string {
  let out = text;
  for (const c of patronContacts) out = out.split(c).join('');
  return out;
}

export function evaluate(t: Transcript, overloadedIds: Set<string>, asOf: number): Statuses {
  const s = Object.fromEntries(CHECK_IDS.map((id) => [id, 'na'])) as Statuses;
  if (t.resolutionCode === 'Practice') return s;
  const msgs = t.messages;
  const prov = msgs.map((m, i) => [m, i] as const).filter(([m]) => m.role === 'provider');
  const patronMsgs = msgs.filter((m) => m.role === 'patron');
  const start = sec(t.startedAt);
  const last = msgs.length ? sec((msgs[msgs.length - 1] as Message).at) : start;
  const end = t.endedAt ? sec(t.endedAt) : last;
  const joined = prov.length > 0 || !!t.pickedUpAt;
  const patronContacts = [t.patron?.email, t.patron?.phone].filter((x): x is string => !!x);
  for (const m of patronMsgs) for (const x of m.text.match(new RegExp(EMAIL_OR_PHONE, 'gi')) ?? []) patronContacts.push(x);

  // pickup
  const pickupAt = t.pickedUpAt ? sec(t.pickedUpAt) : prov.length ? sec(prov[0]![0].at) : null;
  s['approachability.pickup'] = pickupAt !== null && pickupAt - start <= 60 ? 'pass' : 'fail';
  if (!joined) {
    s['resolution.code'] = resolution(t, false, patronMsgs.length);
    return s;
  }

  // greeting
  const firstTwo = prov.slice(0, 2).map(([m]) => m.text).join(' ');
  const firstName = (prov[0]?.[0].author ?? '').split(' ')[0] ?? '';
  const ident = IDENT.test(firstTwo) || (firstName.length > 0 && firstTwo.includes(firstName));
  s['approachability.greeting'] = GREET.test(firstTwo) && ident ? 'pass' : 'fail';

  // message classes
  const isHold = (m: Message) => HOLD.test(m.text) && !COMPLETE.test(m.text);
  const isQuestion = (m: Message) => m.text.includes('?');
  const isSource = (m: Message) => {
    const text = stripPatronContacts(m.text, patronContacts);
    return CONTACT.test(text) || NAMED.test(text);
  };
  // the greeting: the first provider message, and the second too when the first did only half of it
  const greetingIdx = new Set<number>();
  const g0 = prov[0];
  if (g0 && (GREET.test(g0[0].text) || IDENT.test(g0[0].text))) {
    greetingIdx.add(g0[1]);
    const g1 = prov[1];
    const both = GREET.test(g0[0].text) && (IDENT.test(g0[0].text) || g0[0].text.includes(firstName));
    if (g1 && !both && (GREET.test(g1[0].text) || IDENT.test(g1[0].text)) && !isQuestion(g1[0])) greetingIdx.add(g1[1]);
  }
  const substantive =
    patronMsgs.length > 0 &&
    prov.some(([m, i]) => !greetingIdx.has(i) && !isHold(m) && !CHECKIN.test(m.text) && !DISCONNECT.test(m.text) && !(COURTEOUS.test(m.text) && !isQuestion(m) && m.text.length < 90));

  // keep informed
  if (substantive) {
    let waitingFrom = -1;
    let fail = false;
    for (const m of msgs) {
      const t0 = sec(m.at);
      if (m.role === 'patron') {
        if (waitingFrom < 0) waitingFrom = t0;
      } else if (m.role === 'provider') {
        if (waitingFrom >= 0 && pickupAt !== null && t0 - Math.max(waitingFrom, pickupAt) > 120) fail = true;
        waitingFrom = isHold(m) ? t0 : -1;
      }
    }
    s['interest.keep_informed'] = fail ? 'fail' : 'pass';
  }

  // clarify, source, completeness, anything else
  const firstSource = prov.find(([m]) => isSource(m));
  if (substantive) {
    const before = firstSource ? prov.filter(([, i]) => i < firstSource[1]) : prov;
    const asked = before.some(([m]) => isQuestion(m) && !HOW_HELP.test(m.text) && !CHECKIN.test(m.text) && !ANYTHING.test(m.text) && !COMPLETE.test(m.text)) || before.some(([m]) => /\bso you('re| need| want)/i.test(m.text));
    s['inquiry.clarify'] = asked ? 'pass' : 'fail';
    s['info.source'] = firstSource ? 'pass' : 'fail';
    const firstAnswer = firstSource ?? prov.find(([m, i]) => !greetingIdx.has(i) && !isHold(m) && !isQuestion(m));
    s['followup.completeness'] = firstAnswer && prov.some(([m, i]) => i >= firstAnswer[1] && COMPLETE.test(m.text)) ? 'pass' : 'fail';
    s['closing.anything_else'] = prov.some(([m]) => ANYTHING.test(m.text)) || patronMsgs.some((m) => PATRON_DONE.test(m.text)) ? 'pass' : 'fail';
  }

  s['closing.no_dismissal'] = prov.some(([m]) => DISMISS.test(m.text)) ? 'fail' : 'pass';
  s['closing.courteous'] = prov.slice(-2).some(([m]) => COURTEOUS.test(m.text)) ? 'pass' : 'fail';

  // final idle
  const lastVisible = [...msgs].reverse().find(visible);
  if (lastVisible && lastVisible.role === 'provider') {
    const lastPatronIdx = msgs.reduce((acc, m, i) => (m.role === 'patron' ? i : acc), -1);
    const idleStart = prov.find(([m, i]) => i > lastPatronIdx && !isHold(m));
    if (idleStart) {
      const lastProv = prov[prov.length - 1]!;
      const goodbye = COURTEOUS.test(lastProv[0].text) && !CHECKIN.test(lastProv[0].text);
      const idleEnd = goodbye ? sec(lastProv[0].at) : end;
      const idle = idleEnd - sec(idleStart[0].at);
      const during = prov.filter(([, i]) => i >= idleStart[1]).map(([m]) => m.text);
      if (idle >= 120) s['session.idle_checkin'] = during.some((x) => CHECKIN.test(x)) ? 'pass' : 'fail';
      if (idle >= 180) s['session.disconnect_notice'] = during.some((x) => DISCONNECT.test(x) && ENDING.test(x)) ? 'pass' : 'fail';
    }
  }

  s['session.concurrency'] = overloadedIds.has(t.externalId) ? 'fail' : 'pass';

  // follow-up
  const promised = prov.some(([m]) => PROMISE.test(m.text));
  s['resolution.code'] = resolution(t, promised, patronMsgs.length);
  const followUpSession = promised || (FOLLOW_UP_CODES as readonly string[]).includes(t.resolutionCode ?? '');
  if (followUpSession) {
    const contactInChat = chatContact(t);
    const when = prov.some(([m]) => WHEN.test(m.text) && PROMISE.test(m.text));
    s['followup.contact'] = contactInChat && when ? 'pass' : 'fail';
    const done = (t.followUps ?? []).map((f) => sec(f.doneAt)).sort((a, b) => a - b)[0];
    if (done !== undefined) s['followup.on_time'] = done - end <= 72 * 3600 ? 'pass' : 'fail';
    else s['followup.on_time'] = asOf > end + 72 * 3600 ? 'fail' : 'pending';
  }

  // referral
  const referrals = prov.filter(([m]) => REFER.test(m.text));
  if (referrals.length) s['referral.contact'] = referrals.every(([m]) => CONTACT.test(m.text)) ? 'pass' : 'fail';

  // transfer
  const transferIdx = msgs.findIndex((m) => m.role === 'system' && m.event === 'transfer');
  if (transferIdx >= 0) {
    const before = msgs.slice(0, transferIdx);
    const internal = before.some((m) => m.role === 'internal' && m.authorId === t.provider.id);
    const told = before.some((m) => m.role === 'provider' && TRANSFER_NOTICE.test(m.text));
    s['transfer.handoff'] = internal && told ? 'pass' : 'fail';
  }
  return s;
}

/** The patron's own e-mail or phone given in the chat, or repeated back by the provider. */
function chatContact(t: Transcript): boolean {
  const own = [t.patron?.email, t.patron?.phone].filter((x): x is string => !!x);
  return t.messages.some((m) => (m.role === 'patron' && EMAIL_OR_PHONE.test(m.text)) || (m.role === 'provider' && own.some((c) => m.text.includes(c))));
}

function resolution(t: Transcript, promised: boolean, patronCount: number): Status {
  if (!('resolutionCode' in t)) return 'na';
  const code = t.resolutionCode;
  if (code === null || code === undefined || code === '') return 'fail';
  const isFollow = (FOLLOW_UP_CODES as readonly string[]).includes(code);
  if (promised && !isFollow) return 'fail';
  if (isFollow) {
    const known = !!(t.patron?.email || t.patron?.phone) || chatContact(t);
    if (!known) return 'fail';
  }
  if (code === 'Lost Call' && patronCount > 1) return 'fail';
  return 'pass';
}
