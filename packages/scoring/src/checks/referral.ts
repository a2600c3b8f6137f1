/**
 * referral.contact (RUBRIC.md, Follow-Up). Referral (Terms): telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them). Pointing
 * to a website, database or publication is a source, not a referral; staff the provider
 * consults on the patron's behalf and transfers are not referrals either.
 */
import { contacts, contactsIn, hasReachableContact, selfIdentifies } from '../classify';
import { UNSET, type Msg, type Sentence, type Session } from '../timeline';
import { ev, na, result, type Check } from './common';
import { F } from '../phrases';

/** How far after the verb the party may be named ("call their reference desk"). */
const OBJECT_CHARS = 70;
/** How far before "can help" the party may be named ("the people at the court's self-help center can explain"). */
const SUBJECT_CHARS = 70;
const CONNECTORS_ONLY = /^(?:(?:and|or|also|then|so|next|first|otherwise|alternatively|please|just|definitely|simply|try|try to|consider|you can|you could|you may|you might|you should|or you can),?\s*)*$/;
/** (v6) "…counts as an elective, but run it past your advisor": "but", "though", "instead" open the clause too. */
const CONNECTORS_ONLY_V6 = /^(?:(?:and|or|also|then|so|next|first|otherwise|alternatively|please|just|definitely|simply|try|try to|consider|you can|you could|you may|you might|you should|or you can|but|though|although|however|instead|still|and then|or else|in that case),?\s*)*$/;
/**
 * (v7 E) More lead-ins before the referring verb: "You'll also want to talk to your insurance agent",
 * "you may need to call the clerk" (a modal of need), and a coordinated imperative whose first half
 * points to a source: "Apply at lbph.maryland.gov/apply or call them at 1-800-…".
 */
const LEAD_IN_E = /^(?:(?:and|or|also|then|so|but|just|please),?\s*)*(?:youll|youd|you|u|ull)(?: (?:will|would|may|might))?(?: (?:also|probably|definitely|first|still|really|then))? (?:want|need|have|ought) to$/;
const COORDINATED_E = /^(?!(?:if|when|whenever|unless|once|because|since|although|though|while|whether|after|before|he|she|they|it|people|most|many|someone|somebody|patrons?)\b)[^,;:()]* (?:or|and)(?: (?:then|just|also))?$/;
const SELF_BEFORE = /\b(?:i|we|ill|well|id|im|ive|let me|let us)\b[^,;:]*$/;
const SUGGESTS = /\b(?:recommend|suggest|encourage|advise|urge|worth|best bet)\b/;
/** "I'd reach out to the curators", "I would ask your pharmacist": advice, not the provider acting. */
const ADVICE = /\b(?:id|i would|wed|we would)(?: (?:probably|definitely|personally|first|also|just|start by))?$/;
const SUBJECT_NOT_PARTY = /\b(?:i|we|you|u|it|this|that|these|those|which|there)\s*$/;
/** (v6) The provider hands the question to the party: "I'll pass your question on to …", "we're forwarding this to …". */
const PASSED_ON =
  /\b(?:ill|i will|im going to|i am going to|well|we will|were going to|let me|i can|we can|ive|i have|weve|we have|im|were|i just|we just)(?: (?:just|now|also|go ahead and))? (?:pass|passing|passed|forward|forwarding|forwarded|send|sending|sent|hand|handing|handed|refer|referring|referred)\b(?: (?:it|this|that|them|your (?:question|request|query|questions)|the (?:question|request|query)))?(?: (?:on|along|over))? to\b[^.;!?]*$/;
const SUBJECT_IS_RESOURCE = /\b(?:website|site|page|webpage|database|catalog|guide|app|link|article|book|booklet|chart|form|list|tool)s?\s*$/;
/** (v5) An object that opens with a phone number or an e-mail address ("call 555-318-7000", "email help@x.edu"). */
const CONTACT_FIRST = /^(?:(?:them )?(?:at|on|al) )?(?:\+?1[ .-]?)?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+\.)/;
function endsWhoThat(t: string): boolean {
  const e = t.trimEnd();
  return e.endsWith(' who') || e.endsWith(' that');
}
/** (v5) An indefinite party described by a relative clause: "people who", "someone that". */
const SUBJECT_INDEFINITE = /\b(?:people|someone|somebody|anyone|anybody|folks|persons?|experts?|professionals?|organizations?|organisations?|agencies|places) (?:who|that)\s*$/;
/** CONTACT_FIRST, tested only when the object opens with a digit, "(", "+", at/on/al/them, or an address. */
function contactFirst(o: string): boolean {
  const c = o.charCodeAt(0);
  if ((c >= 48 && c <= 57) || c === 40 || c === 43 || o.startsWith('at ') || o.startsWith('on ') || o.startsWith('al ') || o.startsWith('them ')) return CONTACT_FIRST.test(o);
  const at = o.indexOf('@');
  if (at <= 0) return false;
  const sp = o.indexOf(' ');
  return (sp < 0 || at < sp) && CONTACT_FIRST.test(o);
}
/** (v6) A name of one to six words, then "at" / "on" and where the contact begins. */
const NAMED_AT = /^(?:[a-z0-9&-]+ ){1,6}?(?:at|on|al) (?=[\d(+]|[a-z0-9._%+-]+@)/;
/** (v6) The object is a name followed by its phone number or e-mail ("Maryland Legal Aid at 1-888-…"). */
function namedAtContact(o: string): boolean {
  const x = NAMED_AT.exec(o);
  return x !== null && CONTACT_FIRST.test(o.slice(x[0].length));
}
const US_ME = /^(?:us|me|our chat|this chat|the chat)\b/;
/** (v7 B) "Ask a Librarian" as the service's name: "a librarian" closed by punctuation or a service word. */
const SERVICE_NAME_OBJECT = /^(?:a|the) librarian(?:\s*(?:[,.!:;]|-|$)| (?:here|chat|service|team)\b)/;

/**
 * (v7 D, `ownChatNotReferralD`) The object names this chat: "(just) ask a librarian here on chat anytime", "ask
 * us again on this chat", "ask one of our librarians here" point back to the service, to no party outside it.
 */
const OWN_CHAT_OBJECT = /^(?:a|the|one of (?:our|the)|any of (?:our|the)) (?:[a-z]+ )?(?:librarians?|staff)\b(?: [a-z]+){0,2}? (?:here\b|(?:on|in|through|via|over) (?:this |the |our )?chat\b)/;

/** Index of the first sentence of `m` that refers the patron to someone outside the chat, -1 if none. */
export function referralSentence(s: Session, m: Msg): number {
  if (m.role !== 'provider') return -1;
  const hit = m.memo.referral;
  if (hit !== UNSET) return hit;
  let found = -1;
  if (m.has(F.referralVerb) || m.has(F.referralCanHelp) || m.has(F.referralOnesToAsk)) {
    for (const x of m.sentences) {
      if (isReferral(s, m, x)) {
        found = x.k;
        break;
      }
    }
  }
  m.memo.referral = found;
  return found;
}

/**
 * (v8 K) Whether sentence `x` is a referral; with `verbs`, every referring verb's position in the sentence is
 * collected there (the verbs that pass the tests below) instead of stopping at the first.
 */
function isReferral(s: Session, m: Msg, x: Sentence, verbs?: number[]): boolean {
  const P = s.P;
  const n = x.n;
  if (x.q || m.sHas(x, F.transferNotice)) return false;
  if (m.sHas(x, F.referralOnesToAsk)) return true;
  // "Call their reference desk", "you can reach them at", "it's worth asking them".
  const byContact = s.rubric.referralByContact === true;
  let v: RegExpExecArray | null;
  let after = 0;
  while ((v = m.execFrom(x, F.referralVerb, after)) !== null) {
    after = v.index + v[0].length;
    const at = v.index;
    const object = n.slice(at + v[0].length, at + v[0].length + OBJECT_CHARS).trimStart();
    // (v5) "email researchhelp@linwood.edu": an address, not a web page to use
    const contactObject = byContact && contactFirst(object);
    if (US_ME.test(object) || (!contactObject && P.referralNotParty.test(object))) continue;
    const upTo = object.search(P.clauseEnd);
    const objectClause = upTo >= 0 ? object.slice(0, upTo) : object;
    // (v5) "The IT Service Desk can reset that: call 555-318-7000": the object is the party's contact
    if (
      !P.referralParty.test(objectClause) &&
      !(contactObject && P.referralParty.test(n.slice(0, at))) &&
      // (v6) "please call Maryland Legal Aid at 1-888-…": a name, then how to reach it
      !(s.rubric.referralNamedAtContact === true && namedAtContact(object))
    )
      continue;
    const before = n.slice(0, at);
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.lastIndexOf(' - '));
    let prefix = before.slice(clauseStart + 1).trim();
    // (v8 H) " - " opens the clause: the dash is no lead-in
    if (s.rubric.dashClauseH === true && prefix.startsWith('-')) prefix = prefix.slice(1).trimStart();
    // (v7 B) "Hi, Ask a Librarian, this is Sunil at Annapolis Library": the service's name, not "ask a librarian"
    if (
      s.rubric.serviceNameNotReferralB === true &&
      v[0] === 'ask' &&
      prefix === '' &&
      SERVICE_NAME_OBJECT.test(object) &&
      !P.referralActor.test(before) &&
      (selfIdentifies(s, m) >= 0 || m.has(F.greeting))
    )
      continue;
    if (s.rubric.ownChatNotReferralD === true && v[0].endsWith('ask') && OWN_CHAT_OBJECT.test(objectClause)) continue;
    const advice = ADVICE.test(prefix);
    if (SELF_BEFORE.test(prefix) && !SUGGESTS.test(prefix) && !advice) continue;
    if (
      (s.rubric.referralButA === true ? CONNECTORS_ONLY_V6 : CONNECTORS_ONLY).test(prefix) ||
      advice ||
      P.referralActor.test(before) ||
      (s.rubric.referralLeadInE === true && (LEAD_IN_E.test(prefix) || COORDINATED_E.test(prefix)))
    ) {
      if (!verbs) return true;
      verbs.push(at);
    }
  }
  if (verbs && verbs.length > 0) return true;
  // "The District Court Self-Help Center can walk you through it."
  let h: RegExpExecArray | null;
  after = 0;
  while ((h = m.execFrom(x, F.referralCanHelp, after)) !== null) {
    after = h.index + h[0].length;
    const subject = n.slice(Math.max(0, h.index - SUBJECT_CHARS), h.index);
    if (SUBJECT_NOT_PARTY.test(subject) || SUBJECT_IS_RESOURCE.test(subject)) continue;
    // (v6) "I'll pass your question on to the reference staff, who can look into it": on the patron's behalf
    // (the whole sentence before it: the party's name may be long)
    if (s.rubric.referralOnBehalf === true && PASSED_ON.test(n.slice(0, h.index))) continue;
    // (v5) "I can point you to people who can advise you": a kind of party, not one to contact
    if (byContact && endsWhoThat(subject) && SUBJECT_INDEFINITE.test(subject)) continue;
    if (P.referralParty.test(subject)) return true;
  }
  return false;
}

const THEM = /\b(?:their|them|they|theyre|theyll)\b/;
const OURS = /\b(?:our|us)\b/;

/**
 * Contact details for the referral in sentence `k` of `m`: in the message, or in the next provider
 * message about "them". A next message that signs the provider's own name and library (a
 * signature) gives the provider's contact, not the party's, unless the party is the provider's own
 * library ("our reference desk").
 */
function contactFor(s: Session, m: Msg, k: number): Msg | null {
  if (s.rubric.referralByContact === true ? partyContactIn(s, m) && (s.rubric.referralStretchA !== true || stretchContact(s, m, k)) : hasReachableContact(contacts(s, m))) return m;
  return contactNext(s, m, k);
}

/**
 * (v6) The contact for the referral in sentence `k` is in that sentence or after it, or in an
 * earlier sentence that gives a phone, e-mail or address, or speaks of the party ("their site is
 * …", a party word): a URL before it for something else ("Our obituary index at fcpl.org/obits
 * lists it. For the burial, ask the cemetery office.") is no way to reach the party.
 */
function stretchContact(s: Session, m: Msg, k: number): boolean {
  if (k === 0) return true;
  for (const x of m.sentences) {
    const c = contactsIn(s, x.n);
    if (!hasReachableContact(c)) continue;
    if (x.k >= k || c.phone || c.email || c.address || THEM.test(x.n) || namesParty(s, x.n)) return true;
  }
  return false;
}

/** A party word other than a pronoun or "people" ("lists him at Mount Olivet" names no party). */
const NOT_NAMING = /^(?:him|her|them|they|someone|somebody|people|folks|person)$/;
function namesParty(s: Session, n: string): boolean {
  for (const x of n.matchAll(s.P.global('referralParty'))) if (!NOT_NAMING.test(x[0].trim())) return true;
  return false;
}

/**
 * (v5) `m` gives a way to reach someone other than the patron: the patron's own e-mail or phone
 * repeated back ("Thank you, I've got dkim07@email.tcc.edu. You can also stop by your library's
 * circulation desk.") is not the party's contact.
 */
function partyContactIn(s: Session, m: Msg): boolean {
  const apart = s.rubric.referralPatronContactsApart === true;
  let c = contacts(s, m);
  let n = m.n;
  // (v6) a stored transcript's "[email]" and "[phone]" stand where the patron's own contacts were
  if (apart && n.includes('[')) {
    n = n.replace(PATRON_PLACEHOLDER, ' ');
    c = contactsIn(s, n);
  }
  if (c.url || c.address) return true;
  if (!c.email && !c.phone) return false;
  // only a message that repeats a contact back ("I've got…", "your email", "is that correct?") may
  // hold the patron's (v6: any message may); then: is each contact in it one the patron typed or the
  // patron fields hold?
  if (!apart && !m.has(F.patronContactContext)) return true;
  const emails = c.email && n.includes('@') ? n.match(EMAIL_TYPED) ?? [] : [];
  const phones = c.phone ? (n.match(PHONE_TYPED) ?? []).map((d) => d.replace(NOT_DIGIT, '')).filter((d) => d.length >= 7) : [];
  // a contact the simple patterns do not spell out (a spelled address; v1-v5: also a placeholder): the party's
  if (emails.length + phones.length === 0) return true;
  for (const e of emails) if (!patronGave(s, e, false)) return true;
  for (const d of phones) if (!patronGave(s, d.slice(-10), true)) return true;
  return false;
}

const NOT_DIGIT = /\D/g;
/** The privacy placeholders of the patron's own e-mail and phone in normalised text. */
const PATRON_PLACEHOLDER = /\[(?:email|phone)\]/g;
const EMAIL_TYPED = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const PHONE_TYPED = /\d[\d .()-]{5,}\d/g;

/** The patron typed this e-mail (lower case) or phone number (digits), or the patron fields hold it. */
function patronGave(s: Session, key: string, phone: boolean): boolean {
  const p = s.t.patron as { email?: unknown; phone?: unknown } | null | undefined;
  const last4 = key.slice(-4);
  if (phone ? typeof p?.phone === 'string' && p.phone.replace(NOT_DIGIT, '').endsWith(key.slice(-7)) : typeof p?.email === 'string' && p.email.trim().toLowerCase() === key) return true;
  for (const pm of s.vis) {
    if (pm.role !== 'patron') continue;
    const raw = pm.raw;
    if (phone ? raw.includes(last4) && raw.replace(NOT_DIGIT, '').includes(key.slice(-7)) : raw.includes('@') && raw.toLowerCase().includes(key)) return true;
  }
  return false;
}

const ABOUT_PARTY = /\b(?:their|them|they|number|phone|email|address|website|reach)\b/;
/** (v6) also "They're at 100 N. Calvert St.", "they've moved to…", "located at…" */
const ABOUT_PARTY_V6 = /\b(?:their|them|they|theyre|theyve|theyll|number|phone|email|address|website|reach|located)\b/;

/** The next provider message, when it gives the contact of the party referred to in sentence `k` of `m`. */
function contactNext(s: Session, m: Msg, k: number): Msg | null {
  let next: Msg | undefined;
  for (let p = m.pos + 1; p < s.vis.length && !next; p++) if (s.vis[p]!.role === 'provider') next = s.vis[p];
  if (!next || !(s.rubric.referralPatronContactsApart === true ? partyContactIn(s, next) : hasReachableContact(contacts(s, next)))) return null;
  if (!(s.rubric.referralNextTheyA === true ? ABOUT_PARTY_V6 : ABOUT_PARTY).test(next.n)) return null;
  if (!THEM.test(next.n) && selfIdentifies(s, next) >= 0 && !OURS.test(m.sentences[k]?.n ?? '')) return null;
  return next;
}

/**
 * The referral sentences of `m` after the first (`first`), each with the sentences up to the next
 * one: a second party in the same message needs its own contact ("contact the Land Records office
 * at 410-..., and ask the planning department"). A sentence about "them" goes on about the party
 * before it and starts no new one.
 */
function furtherParties(s: Session, m: Msg, first: number): { k: number; contact: boolean }[] {
  const out: { k: number; contact: boolean }[] = [];
  let cur: { k: number; contact: boolean } | null = null;
  let prevContact = false;
  for (const x of m.sentences) {
    if (x.k <= first) {
      prevContact ||= hasReachableContact(contactsIn(s, x.n));
      continue;
    }
    if (isReferral(s, m, x) && !THEM.test(x.n)) {
      cur = { k: x.k, contact: false };
      out.push(cur);
    }
    const c = hasReachableContact(contactsIn(s, x.n));
    if (cur) cur.contact ||= c;
    else prevContact ||= c;
  }
  // the first party's contact: in its own stretch of the message (before the second party)
  if (out.length > 0 && !prevContact) out.unshift({ k: first, contact: false });
  return out;
}

/** (v8 K) A part that goes on with the party before it: "ask for the records desk", "visit them". */
const SAME_PARTY_K = /^[a-z]+(?: [a-z]+)? for\b|\b(?:them|they|theyll|their|him|her|there)\b/;

/**
 * (v8 K, `clauseReferralsK`) The first part of sentence `k` of `m` that refers the patron to a party of its own
 * with no way to reach it, -1 if none (or if the sentence refers to one party only). The sentence is cut at each
 * referring verb; a part that names no party ("call or email the clerk at …": "call or") joins the next. The
 * first part may use a contact earlier in the message, the last one a contact later in it or in the next message.
 */
function clauseParties(s: Session, m: Msg, k: number): number {
  const x = m.sentences[k];
  if (!x) return -1;
  const verbs: number[] = [];
  isReferral(s, m, x, verbs);
  if (verbs.length < 2) return -1;
  const n = x.n;
  const starts = [0];
  let prev = verbs[0]!;
  for (let j = 1; j < verbs.length; j++) {
    const v = verbs[j]!;
    // "call or email the clerk": the first verb names no party of its own
    if (!s.P.referralParty.test(n.slice(prev, v))) {
      prev = v;
      continue;
    }
    // "call the clerk's office and ask for the records desk", "visit the branch and ask them": the same party
    // "…from the Division of Vital Records: call 410-764-3038": a verb with a contact and no party of its own
    const seg = n.slice(v, verbs[j + 1] ?? n.length);
    if (SAME_PARTY_K.test(seg) || !s.P.referralParty.test(seg)) continue;
    starts.push(v);
    prev = v;
  }
  const parts: [number, number][] = starts.map((a, j) => [a, starts[j + 1] ?? n.length]);
  if (parts.length < 2) return -1;
  for (let j = 0; j < parts.length; j++) {
    const [a, b] = parts[j]!;
    if (hasReachableContact(contactsIn(s, n.slice(a, b)))) continue;
    if (j === 0 && m.sentences.some((y) => y.k < k && hasReachableContact(contactsIn(s, y.n)))) continue;
    if (j === parts.length - 1 && (m.sentences.some((y) => y.k > k && hasReachableContact(contactsIn(s, y.n))) || contactNext(s, m, k) !== null)) continue;
    return x.k;
  }
  return -1;
}

export const referralContact: Check = (s) => {
  const id = 'referral.contact';
  const referrals: { m: Msg; k: number }[] = [];
  for (const m of s.prov) {
    const k = referralSentence(s, m);
    if (k >= 0) referrals.push({ m, k });
  }
  if (referrals.length === 0) return na(id, 'no referral to a person or organisation outside the chat');
  const evidence = [];
  for (const r of referrals) {
    const c = contactFor(s, r.m, r.k);
    if (!c) {
      return result(id, 'fail', 'referred the patron without an e-mail, phone, postal address or URL to reach them', [ev(r.m, r.k)]);
    }
    if (c === r.m && s.rubric.clauseReferralsK === true) {
      // (v8 K) two parties in one sentence: each needs its own way to reach it
      // (clauseParties reads the sentence's referring verbs itself: a sentence that refers to nobody has none)
      for (const x of r.m.sentences) {
        if (x.k < r.k) continue;
        if (clauseParties(s, r.m, x.k) >= 0) {
          return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them', [ev(r.m, x.k)]);
        }
      }
    }
    if (c === r.m && r.m.sentences.length > 1) {
      // several parties in one message: each needs a way to reach it (the last may use the next message's)
      const more = furtherParties(s, r.m, r.k);
      for (let j = 0; j < more.length; j++) {
        const q = more[j]!;
        if (q.contact || (j === more.length - 1 && contactNext(s, r.m, q.k) !== null)) continue;
        return result(id, 'fail', 'referred the patron to a party without an e-mail, phone, postal address or URL to reach them', [ev(r.m, q.k)]);
      }
    }
    evidence.push(ev(r.m, r.k));
    if (c !== r.m) evidence.push(ev(c));
  }
  const what = referrals.length === 1 ? 'the referral comes' : `all ${referrals.length} referrals come`;
  return result(id, 'pass', `${what} with a way to reach them`, evidence);
};
