/**
 * The session as the checks see it: times parsed once, messages in time order, the Terms of
 * RUBRIC.md that several checks share (visible message, pickup, end of session). Message text
 * is normalised lazily, so a check that never reads a message never pays for it.
 */
import type { Transcript } from '@askqa/contract';
import type { Phrases } from './phrases';
import { PHRASE_FAMILIES, type PhraseFamily, type Rubric, type RubricSettings } from './rubric';
import { normalize, quoteOf, splitSentences, QUESTION_MARK, MAX_ANALYSED_CHARS } from './text';

export type Role = 'patron' | 'provider' | 'internal' | 'system' | 'other';

export type Sentence = {
  /** normalised text */
  readonly n: string;
  /** a question: ends with "?" or opens like one */
  readonly q: boolean;
  /** index among the message's sentences (for quoting) */
  readonly k: number;
  /** the sentence without leading greetings and acknowledgements ("Hi, yes, ...") */
  readonly body: string;
};

/** Epoch ms of an ISO string; NaN for anything unparseable. */
export function parseTime(v: unknown): number {
  return typeof v === 'string' ? Date.parse(v) : NaN;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/** Not computed yet (null and -1 are answers). */
export const UNSET: unique symbol = Symbol('unset');
type Slot<T> = T | typeof UNSET;

/** Per-message answers, one field per question so the object keeps one shape. */
export class MsgMemo {
  contacts: Slot<unknown> = UNSET;
  hold: Slot<boolean> = UNSET;
  selfId: Slot<number> = UNSET;
  info: Slot<boolean> = UNSET;
  source: Slot<number> = UNSET;
  completeness: Slot<number> = UNSET;
  anythingElse: Slot<number> = UNSET;
  clarify: Slot<number> = UNSET;
  stillThere: Slot<number> = UNSET;
  courteous: Slot<number> = UNSET;
  seemGone: Slot<number> = UNSET;
  willEnd: Slot<number> = UNSET;
  promise: Slot<number> = UNSET;
  referral: Slot<number> = UNSET;
  quotes: Map<number, string> | undefined = undefined;
}

/** Per-session answers (facts.ts), one field per fact. */
export class SessionMemo {
  substantive: Slot<unknown> = UNSET;
  firstSource: Slot<unknown> = UNSET;
  firstAnswer: Slot<unknown> = UNSET;
  promise: Slot<unknown> = UNSET;
  followUpSession: Slot<unknown> = UNSET;
  finalIdle: Slot<unknown> = UNSET;
  contactInChat: Slot<unknown> = UNSET;
  patronNames: Slot<Set<string>> = UNSET;
  ownNames: Map<string, RegExp | null> | undefined = undefined;
}

export class Msg {
  readonly i: number;
  readonly role: Role;
  readonly t: number;
  readonly raw: string;
  readonly authorId: string | null;
  readonly author: string | null;
  readonly event: string | null;
  readonly to: string | null;
  /** position in Session.vis (visible messages in time order), -1 if not visible */
  pos = -1;
  private readonly P: Phrases;
  private _n: string | undefined;
  private _s: Sentence[] | undefined;
  private _raw: string[] | undefined;
  private _gate: Uint8Array | undefined;
  private _res: Int8Array | undefined;
  private _memo: MsgMemo | undefined;
  /** per-message caches filled by classify.ts and the checks (created when first asked: most patron messages never are) */
  get memo(): MsgMemo {
    return (this._memo ??= new MsgMemo());
  }

  constructor(P: Phrases, i: number, m: unknown, t: number) {
    this.P = P;
    this.i = i;
    this.t = t;
    const o = (m !== null && typeof m === 'object' ? m : {}) as Record<string, unknown>;
    const role = o.role;
    this.role = role === 'patron' || role === 'provider' || role === 'internal' || role === 'system' ? role : 'other';
    this.raw = typeof o.text === 'string' ? o.text : '';
    this.authorId = str(o.authorId);
    this.author = str(o.author);
    this.event = str(o.event);
    this.to = str(o.to);
  }

  get visible(): boolean {
    return this.role === 'patron' || this.role === 'provider';
  }

  /** Normalised text (text.ts). */
  get n(): string {
    if (this._n === undefined) this._n = normalize(this.raw);
    return this._n;
  }

  get sentences(): Sentence[] {
    if (this._s === undefined) {
      const P = this.P;
      const parts = splitSentences(this.n);
      const out: Sentence[] = new Array(parts.length);
      for (let k = 0; k < parts.length; k++) {
        const n = parts[k]!;
        const body = this.may('leadIn') ? n.replace(P.leadIn, '') : n;
        const q = (n.includes('?') && QUESTION_MARK.test(n)) || (body.length > 0 && this.may('questionOpening') && P.questionOpening.test(body));
        out[k] = { n, q, k, body };
      }
      this._s = out;
    }
    return this._s;
  }

  /** The family may match this message (its words allow it; phrases.ts). */
  may(f: PhraseFamily): boolean {
    if (this._gate === undefined) this._gate = this.P.gate(this.n);
    return this._gate[this.P.index[f]] === 1;
  }

  /** The family matches this message's normalised text (computed once). */
  has(f: PhraseFamily): boolean {
    const i = this.P.index[f];
    if (this._res === undefined) this._res = new Int8Array(PHRASE_FAMILIES.length);
    const r = this._res[i]!;
    if (r !== 0) return r === 1;
    const v = this.may(f) && this.P[f].test(this.n);
    this._res[i] = v ? 1 : 2;
    return v;
  }

  /** The family matches one of this message's sentences. */
  sHas(x: Sentence, f: PhraseFamily): boolean {
    // No sentence matches what the whole message does not; that answer is cached.
    if (!this.has(f)) return false;
    if (this.sentences.length === 1) return true;
    return this.P[f].test(x.n);
  }

  /** Index of the first sentence matching the family, -1 if none. */
  find(f: PhraseFamily, pred?: (x: Sentence) => boolean): number {
    if (!this.has(f)) return -1;
    for (const x of this.sentences) if ((pred === undefined || pred(x)) && this.P[f].test(x.n)) return x.k;
    return -1;
  }

  /** A short quote of sentence k (the whole message when k < 0 or unknown). */
  quote(k = -1): string {
    const quotes = (this.memo.quotes ??= new Map<number, string>());
    let q = quotes.get(k);
    if (q === undefined) {
      q = quoteOf(k >= 0 ? (this.rawSentences[k] ?? this.raw) : this.raw);
      quotes.set(k, q);
    }
    return q;
  }

  /** Raw sentences, split as the normalised ones are (for name capitalisation and quotes). */
  get rawSentences(): string[] {
    if (this._raw === undefined) {
      this._raw = splitSentences(this.raw.length > MAX_ANALYSED_CHARS ? this.raw.slice(0, MAX_ANALYSED_CHARS) : this.raw);
    }
    return this._raw;
  }
}

export type ScoringInput = {
  now: number;
  recordedFollowUps?: { doneAt: string }[];
  otherIntervals?: { sessionKey: string; providerId: string; start: number; end: number }[];
  sessionKey?: string;
};

export class Session {
  readonly t: Transcript;
  readonly rubric: Rubric;
  readonly settings: RubricSettings;
  readonly P: Phrases;
  readonly ctx: ScoringInput;
  readonly key: string;
  /** messages in the transcript's order (index = evidence index) */
  readonly msgs: Msg[];
  /** every message in time order (ties keep transcript order) */
  readonly order: Msg[];
  /** visible messages (patron and provider) in time order */
  readonly vis: Msg[];
  readonly prov: Msg[];
  readonly patron: Msg[];
  readonly startedAt: number;
  readonly endedAt: number | null;
  /** end of the session: endedAt, else its last message of any role */
  readonly end: number;
  readonly pickedUpAt: number | null;
  /** pickup (Terms): pickedUpAt when recorded, else the first visible provider message */
  readonly pickup: number | null;
  readonly providerJoined: boolean;
  /** position in vis of the first patron message, -1 if none */
  readonly firstPatronPos: number;
  /** position in vis of the last patron message, -1 if none */
  readonly lastPatronPos: number;
  readonly memo: SessionMemo = new SessionMemo();

  constructor(t: Transcript, ctx: ScoringInput, rubric: Rubric, P: Phrases) {
    this.t = t;
    this.rubric = rubric;
    this.settings = rubric.settings;
    this.P = P;
    this.ctx = ctx;
    this.key = ctx.sessionKey ?? defaultSessionKey(t);
    const raw: unknown[] = Array.isArray(t.messages) ? t.messages : [];
    let started = parseTime(t.startedAt);
    const msgs: Msg[] = new Array(raw.length);
    let prev = NaN;
    let sorted = true;
    let last = -Infinity;
    let first = Infinity;
    for (let i = 0; i < raw.length; i++) {
      const m = raw[i];
      let at = parseTime(m !== null && typeof m === 'object' ? (m as { at?: unknown }).at : undefined);
      // An unparseable time takes its predecessor's, so the message keeps its place.
      if (Number.isNaN(at)) at = Number.isNaN(prev) ? (Number.isNaN(started) ? 0 : started) : prev;
      if (at < prev) sorted = false;
      prev = at;
      if (at > last) last = at;
      if (at < first) first = at;
      msgs[i] = new Msg(P, i, m, at);
    }
    if (Number.isNaN(started)) started = Number.isFinite(first) ? first : 0;
    this.msgs = msgs;
    this.order = sorted ? msgs : [...msgs].sort((a, b) => a.t - b.t || a.i - b.i);
    const vis: Msg[] = [];
    const prov: Msg[] = [];
    const patron: Msg[] = [];
    let firstPatron = -1;
    let lastPatron = -1;
    for (const m of this.order) {
      if (m.role === 'provider') {
        m.pos = vis.length;
        vis.push(m);
        prov.push(m);
      } else if (m.role === 'patron') {
        if (firstPatron < 0) firstPatron = vis.length;
        lastPatron = vis.length;
        m.pos = vis.length;
        vis.push(m);
        patron.push(m);
      }
    }
    this.vis = vis;
    this.prov = prov;
    this.patron = patron;
    this.firstPatronPos = firstPatron;
    this.lastPatronPos = lastPatron;
    this.startedAt = started;
    const ended = parseTime(t.endedAt);
    this.endedAt = Number.isNaN(ended) ? null : ended;
    this.end = this.endedAt ?? Math.max(started, last);
    const picked = parseTime(t.pickedUpAt);
    this.pickedUpAt = Number.isNaN(picked) ? null : picked;
    this.pickup = this.pickedUpAt ?? prov[0]?.t ?? null;
    this.providerJoined = this.pickup !== null;
  }

  /** A provider id for messages that carry none. */
  get providerId(): string {
    const p = this.t.provider as { id?: unknown } | null | undefined;
    return typeof p?.id === 'string' ? p.id : '';
  }
}

export function defaultSessionKey(t: Transcript): string {
  const src = typeof t.source === 'string' && t.source.length > 0 ? t.source : 'api';
  return `${src}:${String(t.externalId)}`;
}
