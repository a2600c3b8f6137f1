import type { Message, Transcript } from '@askqa/contract';
import { PATRON_ACKS, PATRON_FOLLOW_ACKS, PRACTICE, STEPS, SURVEY_BAD, SURVEY_ES, SURVEY_GOOD, SURVEY_MEH } from './content';
import { render, type Ctx, type Tpl } from './ctx';
import { LIBRARY_INFO, type LibraryInfo } from './libraries';
import { PATRON_FIRST, PATRON_LAST } from './names';
import type { ResolvedOptions } from './options';
import { EN, ES, WHEN_EN, WHEN_ES, type Phrases } from './phrases';
import { buildProviders, type ProviderInfo } from './providers';
import { Rng } from './rng';
import { Scheduler } from './scheduler';
import { civilFromDays, isoNY, nyParts, nyToUtc } from './time';
import type { Arrival } from './timeline';
import { TOPICS, type Topic, type TopicContent } from './topics';

/**
 * Behaviour rates. Each is the chance of the behaviour among the sessions it can apply to
 * (see README.md, "How the behaviours are distributed").
 */
export const BEHAVIOUR_RATES = {
  kind: { normal: 0.937, lostCall: 0.04, unpicked: 0.015, practice: 0.006, emptyLostCall: 0.002 },
  source: { askusnow: 0.95, libchat: 0.03, libraryh3lp: 0.02 },
  spanish: 0.04,
  slowPickup: 0.1,
  joinedEvent: 0.3,
  greeting: { full: 0.72, split: 0.12, greetOnly: 0.06, identOnly: 0.05, none: 0.05 },
  clarify: 0.8,
  secondClarify: 0.45,
  transfer: 0.05,
  handoff: { full: 0.6, noNotice: 0.2, noInternal: 0.15, neither: 0.05 },
  search: { hold: 0.55, quick: 0.22, updates: 0.1, silence: 0.08, holdTooLong: 0.05 },
  sourceGiven: 0.88,
  /** among sessions whose topic has a referral agency (about half of them) */
  referral: 0.3,
  referralWithContact: 0.75,
  completeness: 0.68,
  followUp: 0.06,
  followUpKind: { byMe: 0.6, byLibrary: 0.25, promiseCodedAnswered: 0.1, byMeNoContact: 0.05 },
  followUpContact: { email: 0.7, phone: 0.1, formOnly: 0.1, noDate: 0.1 },
  followUpRecorded: { onTime: 0.7, late: 0.15, never: 0.15 },
  closing: { anythingElse: 0.68, patronDone: 0.1, none: 0.22 },
  ending: { normal: 0.843, idle: 0.13, othersWaiting: 0.02, dismissal: 0.007 },
  normalEnding: { goodbye: 0.84, noGoodbye: 0.1, closeNoCourtesy: 0.06 },
  idle: { both: 0.25, combined: 0.15, checkinShort: 0.12, noneShort: 0.15, noneLong: 0.13, noticeOnly: 0.1, checkinNoNotice: 0.1 },
  code: { missing: 0.02, empty: 0.01, miscodedLostCall: 0.01 },
  survey: 0.22,
  surveyComment: 0.45,
} as const;

const SESSION_DOMAIN = 0x73657373;
const SCHED_DOMAIN = 0x73636864;

export interface GeneratedSession {
  transcript: Transcript;
  /** the behaviours the generator put into this session (e.g. "pickup:slow", "transfer:noNotice", "idle:noneLong") */
  behaviours: string[];
}

const GREET_RE = /\b(hi|hello|hey|welcome|thanks?|thank you|good (morning|afternoon|evening)|hola|bienvenid|buen[oa]s)\b/i;
const IDENT_RE = /\b(librar|askusnow|i'm|i am|my name|this is|soy|me llamo|here)\b/i;
const LIB_NAME_RE = /librar|askusnow|biblioteca/i;
const COURTESY_RE = /thank|gracias|come back|anytime|again/i;

/** Accumulates the messages of one session, keeping times increasing. */
class Conv {
  readonly msgs: Message[] = [];
  t: number;
  /** first non-hold provider message after the patron's last visible message (final idle start) */
  idleStart = -1;
  patronCount = 0;
  firstProviderAt = -1;
  /** start of the current wait on the provider (a patron message or a hold), or -1 */
  waitingSince = -1;

  constructor(
    readonly start: number,
    private readonly r: Rng,
    private readonly patronAuthor: string,
    private readonly style: PatronStyle,
  ) {
    this.t = start;
  }

  private at(delayMin: number, delayMax: number): string {
    this.t += this.r.int(delayMin, delayMax);
    return isoNY(this.t);
  }

  patron(text: string, dmin: number, dmax: number, exact = false): void {
    const prev = this.t;
    this.t += this.r.int(dmin, dmax);
    // a patron who keeps typing while waiting does not stretch the wait past what the plan allows
    if (this.firstProviderAt >= 0 && this.waitingSince >= 0) this.t = Math.max(prev + 1, Math.min(this.t, this.waitingSince + 90));
    if (this.waitingSince < 0) this.waitingSince = this.t;
    this.msgs.push({ at: isoNY(this.t), role: 'patron', author: this.patronAuthor, text: exact ? text : this.style.apply(text) });
    this.idleStart = -1;
    this.patronCount++;
  }

  /**
   * A provider message. Unless `long` (a planned silence), it comes within 115 s of the start of the
   * patron's wait (a patron message or a hold message), so the session keeps the patron informed.
   */
  provider(p: ProviderInfo, text: string, dmin: number, dmax: number, hold = false, long = false): void {
    const prev = this.t;
    this.t += this.r.int(dmin, dmax);
    if (!long && this.firstProviderAt >= 0 && this.waitingSince >= 0) this.t = Math.max(prev + 1, Math.min(this.t, this.waitingSince + 115));
    this.msgs.push({ at: isoNY(this.t), role: 'provider', author: p.name, authorId: p.id, text });
    if (!hold && this.idleStart < 0) this.idleStart = this.t;
    if (this.firstProviderAt < 0) this.firstProviderAt = this.t;
    this.waitingSince = hold ? this.t : -1;
  }

  /** provider message at an absolute time (not before the last message) */
  providerAt(p: ProviderInfo, text: string, when: number, hold = false): void {
    this.t = Math.max(this.t, when);
    this.provider(p, text, 0, 0, hold, true);
  }

  lastProviderTexts(n: number): string[] {
    const out: string[] = [];
    for (let i = this.msgs.length - 1; i >= 0 && out.length < n; i--) {
      const m = this.msgs[i] as Message;
      if (m.role === 'provider') out.push(m.text);
    }
    return out;
  }

  patronAt(text: string, when: number): void {
    this.t = Math.max(this.t, when);
    this.patron(text, 0, 0);
  }

  internal(p: ProviderInfo, text: string, dmin: number, dmax: number): void {
    const at = this.at(dmin, dmax);
    this.msgs.push({ at, role: 'internal', author: p.name, authorId: p.id, text });
  }

  system(event: 'joined' | 'transfer' | 'patron_left' | 'ended' | 'idle', text: string, dmin: number, dmax: number, to?: string): void {
    const at = this.at(dmin, dmax);
    const m: Message = { at, role: 'system', event, text };
    if (to !== undefined) m.to = to;
    this.msgs.push(m);
  }

  systemAt(event: 'joined' | 'idle' | 'ended' | 'patron_left', text: string, when: number): void {
    this.t = Math.max(this.t, when);
    this.system(event, text, 0, 0);
  }
}

type Style = 'proper' | 'casual' | 'chatspeak';

/** How a patron types: casing, chat-speak and the odd typo. */
class PatronStyle {
  constructor(
    private readonly style: Style,
    private readonly r: Rng,
    private readonly typoRate: number,
  ) {}

  apply(s: string): string {
    const { style, r, typoRate } = this;
    if (style === 'proper' && typoRate === 0) return s;
    let out = s;
    if (style === 'casual' || style === 'chatspeak') {
      if (out.length > 1 && !out.includes('@')) out = out.charAt(0).toLowerCase() + out.slice(1);
      if (out.endsWith('.')) out = out.slice(0, -1);
      out = out.replace(/'/g, r.chance(0.5) ? '' : "'");
    }
    if (style === 'chatspeak') {
      out = out
        .replace(/\byou\b/gi, 'u')
        .replace(/\bplease\b/gi, 'pls')
        .replace(/\bthanks\b/gi, 'thx')
        .replace(/\bare\b/g, 'r')
        .replace(/\bI don'?t know\b/gi, 'idk')
        .replace(/\bto\b/g, '2');
    }
    if (typoRate > 0 && r.chance(typoRate)) {
      const words = out.split(' ');
      const i = r.int(0, words.length - 1);
      const w = words[i] as string;
      if (w.length >= 5 && /^[a-z]+$/i.test(w)) {
        const k = r.int(1, w.length - 3);
        words[i] = w.slice(0, k) + w.charAt(k + 1) + w.charAt(k) + w.slice(k + 2);
        out = words.join(' ');
      }
    }
    return out;
  }
}

const VERBATIM = new PatronStyle('proper', new Rng(0), 0);

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export class SessionFactory {
  readonly providers: ProviderInfo[];
  readonly scheduler: Scheduler;
  readonly libs: readonly LibraryInfo[];
  readonly libWeights: number[];
  readonly topicsByKind: Record<'county' | 'university', { topics: Topic[]; weights: number[] }>;
  readonly spanishTopics: { topics: Topic[]; weights: number[] };
  /** end of the last generated day: follow-ups recorded after it have not happened yet */
  readonly asOf: number;
  readonly byLib: ProviderInfo[][];

  constructor(readonly o: ResolvedOptions) {
    this.providers = buildProviders(o);
    this.scheduler = new Scheduler(this.providers, o);
    this.libs = LIBRARY_INFO.slice(0, o.libraries);
    this.libWeights = this.libs.map((l) => l.weight);
    const by = (kind: 'county' | 'university') => {
      const topics = TOPICS.filter((t) => t.for === 'both' || t.for === kind);
      return { topics, weights: topics.map((t) => t.weight) };
    };
    this.topicsByKind = { county: by('county'), university: by('university') };
    const es = TOPICS.filter((t) => t.es);
    this.spanishTopics = { topics: es, weights: es.map((t) => t.weight) };
    const [y, m, d] = civilFromDays(o.endDays + 1);
    this.asOf = nyToUtc(y, m, d);
    this.byLib = this.libs.map((_, i) => this.providers.filter((p) => p.libIndex === i));
  }

  /** A working-hours time for a recorded follow-up: within 72 h of the end when on time, after it when late. */
  followUpTime(end: number, onTime: boolean, r: Rng): number {
    const endDays = nyParts(end).days;
    for (let attempt = 0; attempt < 8; attempt++) {
      const d = onTime ? r.int(0, 3) : r.int(3, 8);
      const [y, m, day] = civilFromDays(endDays + d);
      const t = nyToUtc(y, m, day, r.int(9, 17), r.int(0, 59), r.int(0, 59));
      const h = (t - end) / 3600;
      if (onTime ? h >= 1 && h < 71 : h > 73) return t;
    }
    return onTime ? end + 2 * 3600 : end + 96 * 3600;
  }

  build(index: number, a: Arrival): GeneratedSession {
    return new SessionBuild(this, index, a).run();
  }
}

/** Builds one session: the plan is drawn from the session's own random stream. */
class SessionBuild {
  readonly r: Rng;
  readonly sr: Rng;
  readonly tags: string[] = [];
  conv!: Conv;
  ctx!: Ctx;
  P!: Phrases;
  lang: 'en' | 'es' = 'en';
  endedBy: 'librarian' | 'patron' = 'librarian';
  greetPool: Tpl[] = [];

  constructor(
    private readonly f: SessionFactory,
    readonly index: number,
    readonly a: Arrival,
  ) {
    this.r = new Rng(f.o.seed, SESSION_DOMAIN, index);
    this.sr = new Rng(f.o.seed, SCHED_DOMAIN, index);
  }

  say(t: Tpl): string {
    return render(t, this.ctx);
  }

  pickSay(ts: readonly Tpl[]): string {
    return render(this.r.pick(ts), this.ctx);
  }

  endSession(by: 'librarian' | 'patron', dmin: number, dmax: number): void {
    if (by === 'patron') this.conv.system('patron_left', this.lang === 'es' ? 'El usuario salió del chat' : 'Patron has left the session', dmin, dmax);
    else this.conv.system('ended', 'Session ended by librarian', dmin, dmax);
    this.endedBy = by;
  }

  /** The provider waits on a patron who never answers; `variant` decides what they do. */
  idleEnding(p: ProviderInfo, variant: keyof typeof BEHAVIOUR_RATES.idle): void {
    const { conv, r, P, tags } = this;
      // the final idle starts at the first non-hold provider message after the patron's last one;
      // if that was long ago (the patron never wrote after the greeting), the patron answers once first
      if (conv.idleStart >= 0 && conv.t - conv.idleStart > 60) conv.patron(this.pickSay(P.completeYes), 8, 40);
      if (conv.idleStart < 0) conv.provider(p, this.pickSay(P.idleLead), 8, 30);
      const T0 = conv.idleStart;
      tags.push(`idle:${variant}`);
      switch (variant) {
        case 'both':
          conv.providerAt(p, this.pickSay(P.checkIn), T0 + r.int(120, 170));
          if (r.chance(0.4)) conv.systemAt('idle', 'Patron is idle', T0 + 180);
          conv.providerAt(p, this.pickSay(P.disconnect), T0 + r.int(190, 280));
          this.endSession('librarian', 3, 20);
          break;
        case 'combined':
          conv.providerAt(p, this.pickSay(P.checkInDisconnect), T0 + r.int(185, 280));
          this.endSession('librarian', 20, 60);
          break;
        case 'checkinShort':
          conv.providerAt(p, this.pickSay(P.checkIn), T0 + r.int(121, 140));
          conv.t = Math.max(conv.t, T0 + r.int(150, 172));
          this.endSession(r.chance(0.5) ? 'patron' : 'librarian', 0, 0);
          break;
        case 'noneShort':
          conv.t = Math.max(conv.t, T0 + r.int(25, 110));
          this.endSession(r.chance(0.7) ? 'patron' : 'librarian', 0, 0);
          break;
        case 'noneLong':
          if (r.chance(0.5)) conv.systemAt('idle', 'Patron is idle', T0 + 180);
          conv.t = Math.max(conv.t, T0 + r.int(200, 520));
          this.endSession('librarian', 0, 0);
          break;
        case 'noticeOnly':
          conv.providerAt(p, this.pickSay(P.disconnect), T0 + r.int(190, 260));
          this.endSession('librarian', 3, 20);
          break;
        case 'checkinNoNotice':
          conv.providerAt(p, this.pickSay(P.checkIn), T0 + r.int(122, 170));
          conv.t = Math.max(conv.t, T0 + r.int(200, 330));
          this.endSession('librarian', 0, 0);
          break;
      }
      }

  greet(p: ProviderInfo, variant: keyof typeof BEHAVIOUR_RATES.greeting, slow: boolean, first: { dmin: number; dmax: number }): void {
    const { conv, r, P, lang, greetPool } = this;
      const sorry = slow && lang === 'en' && r.chance(0.5) ? 'Sorry for the wait! ' : '';
      switch (variant) {
        case 'full':
          conv.provider(p, sorry + this.pickSay(greetPool) + (r.chance(0.2) ? ` ${this.pickSay(P.howHelp)}` : ''), first.dmin, first.dmax);
          break;
        case 'split':
          conv.provider(p, sorry + this.pickSay(P.greetOnly), first.dmin, first.dmax);
          conv.provider(p, this.pickSay(P.identOnly), 3, 12);
          break;
        case 'greetOnly':
          conv.provider(p, sorry + this.pickSay(P.greetOnly), first.dmin, first.dmax);
          break;
        case 'identOnly':
          conv.provider(p, this.pickSay(P.identOnly), first.dmin, first.dmax);
          break;
        case 'none':
          break;
      }
      }

  /** Follow-up offers; without a clarifying question in the chat, only those not phrased as a question. */
  offers(pool: Tpl[], clarify: boolean): Tpl[] {
    if (clarify) return pool;
    const out: Tpl[] = [];
    for (const o of pool) if (!this.say(o).includes('?')) out.push(o);
    return out;
  }

  run(): GeneratedSession {
    const R = BEHAVIOUR_RATES;
    const { r, sr, tags, a, index } = this;
    const start = a.at;

    const pli = r.weighted(this.f.libWeights);
    const plib = this.f.libs[pli] as LibraryInfo;
    let kind = r.choose(R.kind);
    if (a.burst >= 0) {
      kind = 'normal';
      tags.push('burst');
    }
    // practice sessions are coded Practice, so they come from the system that has codes
    const source = kind === 'practice' ? 'askusnow' : r.choose(R.source);
    const lang: 'en' | 'es' = r.chance(R.spanish) ? 'es' : 'en';
    const pool = lang === 'es' ? this.f.spanishTopics : this.f.topicsByKind[plib.kind];
    const topic = pool.topics[r.weighted(pool.weights)] as Topic;
    const T = (lang === 'es' ? topic.es : topic.en) as TopicContent;
    const P: Phrases = lang === 'es' ? ES : EN;
    if (lang === 'es') tags.push('spanish');

    // the patron
    const pFirst = r.pick(PATRON_FIRST);
    const pLast = r.pick(PATRON_LAST);
    const nameKnown = r.chance(0.35);
    const patronName = nameKnown ? (r.chance(0.7) ? `${pFirst} ${pLast}` : `${pFirst} ${pLast.charAt(0)}.`) : null;
    const emailAddr = r.chance(0.5)
      ? `${pFirst.toLowerCase()}${pLast.charAt(0).toLowerCase()}${r.int(1, 99)}@example.org`
      : `${pFirst.charAt(0).toLowerCase()}${pLast.toLowerCase()}@example.org`;
    let formEmail: string | null = r.chance(0.35) ? emailAddr : null;
    const phone = `${r.pick(['410', '443', '301', '240'])}-555-01${String(r.int(0, 99)).padStart(2, '0')}`;
    let patronPhone: string | null = null;
    const styleKind: Style = lang === 'es' ? 'casual' : r.choose({ proper: 0.35, casual: 0.5, chatspeak: 0.15 });
    const style = new PatronStyle(styleKind, r, r.chance(0.3) ? 0.25 : 0);

    // provider assignment
    const hourIsDay = a.hour >= 9 && a.hour < 21;
    const preferGlobal = sr.chance(hourIsDay ? 0.12 : 0.6);
    let pIdx = -1;
    if (kind !== 'unpicked') {
      const assign = () => this.f.scheduler.assign(start, a.dayIndex, a.hour, pli, preferGlobal, sr);
      pIdx = a.burst >= 0 ? this.f.scheduler.burstProvider(a.burst, a.burstPos, a.burstSize, assign) : assign();
    }
    const prov = pIdx >= 0 ? (this.f.providers[pIdx] as ProviderInfo) : null;

    const pod = a.hour < 12 ? 'morning' : a.hour < 17 ? 'afternoon' : 'evening';
    const whenPool = lang === 'es' ? WHEN_ES : WHEN_EN;
    let when = r.pick(whenPool);
    if (lang === 'en' && r.chance(0.3)) when = `by ${WEEKDAY_NAMES[(a.dow + 2) % 7]}`;
    const ctx: Ctx = {
      lib: prov ? prov.lib : plib,
      plib,
      me: prov ? prov.first : '',
      v: topic.vars ? r.pick(topic.vars) : {},
      branch: r.pick(plib.branches),
      when,
      email: emailAddr,
      phone,
      colleague: '',
      label: topic.label,
      pod,
    };

    const conv = new Conv(start, r, kind === 'practice' ? 'Test Patron' : (patronName ?? 'Patron'), kind === 'practice' ? VERBATIM : style);
    this.conv = conv;
    this.ctx = ctx;
    this.P = P;
    this.lang = lang;
    // a lost call's greeting may be the provider's last message: keep it from also thanking the patron
    this.greetPool = kind === 'lostCall' ? P.greetFull.filter((g) => !/thank|gracias/i.test(render(g, ctx))) : P.greetFull;
    let code: string | null = 'Answered';
    let pickedUpAt: number | null = null;
    let current = prov;
    let transferTo: ProviderInfo | null = null;
    let transferAt = -1;
    let transferIdx = -1;
    const codes: string[] = [topic.tag];
    let followUpKind: keyof typeof R.followUpKind | null = null;
    let promised = false;
    let surveyMood: 'good' | 'meh' | 'bad' = 'good';

    // ---- special kinds -------------------------------------------------------------
    if (kind === 'unpicked') {
      tags.push('unpicked');
      conv.patron(this.pickSay(T.ask), 0, 0);
      if (r.chance(0.7)) conv.patron(this.pickSay(P.patronHello), 60, 150);
      if (r.chance(0.4)) conv.patron(this.pickSay(P.patronGiveUp), 40, 160);
      this.endSession('patron', 30, 120);
      code = r.chance(0.5) ? 'Lost Call' : null;
      surveyMood = 'bad';
    } else if (kind === 'emptyLostCall') {
      tags.push('lost_call:empty');
      conv.t += r.int(5, 40);
      code = 'Lost Call';
    } else if (kind === 'practice') {
      tags.push('practice');
      const script = r.pick(PRACTICE);
      const p = prov as ProviderInfo;
      ctx.v = { tester: r.pick(PATRON_FIRST) };
      let firstLine = true;
      for (const [role, tpl] of script) {
        if (role === 'patron') conv.patron(this.say(tpl), firstLine ? 0 : 10, firstLine ? 0 : 40);
        else conv.provider(p, this.say(tpl), 8, 30);
        firstLine = false;
      }
      this.endSession('librarian', 5, 15);
      code = 'Practice';
      formEmail = null;
    } else if (kind === 'lostCall') {
      tags.push('lost_call');
      const p = prov as ProviderInfo;
      conv.patron(this.pickSay(T.ask), 0, 0);
      const v = r.choose({ greetThenGone: 0.45, greetLeft: 0.25, clarifyGone: 0.2, greetNothing: 0.1 });
      tags.push(`lost_call:${v}`);
      this.greet(p, r.chance(0.85) ? 'full' : 'split', false, { dmin: 5, dmax: 50 });
      if (v === 'greetLeft') {
        this.endSession('patron', 10, 90);
      } else if (v === 'greetThenGone') {
        this.idleEnding(p, r.chance(0.7) ? 'both' : 'combined');
      } else if (v === 'clarifyGone') {
        conv.provider(p, this.say(r.pick(T.clarify)[0]), 5, 20);
        this.idleEnding(p, r.choose({ both: 0.5, noneLong: 0.3, checkinNoNotice: 0.2 }));
      } else {
        this.idleEnding(p, 'noneLong');
      }
      code = r.choose({ lost: 0.85, none: 0.08, answered: 0.07 }) === 'lost' ? 'Lost Call' : r.chance(0.5) ? null : 'Answered';
      if (code !== 'Lost Call') tags.push(code === null ? 'code:missing' : 'code:answered_lost_call');
      surveyMood = 'meh';
    } else {
      // ---- a normal session ------------------------------------------------------------
      let p = prov as ProviderInfo;
      if (r.chance(0.1)) conv.patron(r.pick(['hi', 'hello', 'hi is anyone there', 'hey', 'good morning']), 0, 0);
      conv.patron(this.pickSay(T.ask), conv.msgs.length ? 5 : 0, conv.msgs.length ? 25 : 0);
      const slow = r.chance(R.slowPickup);
      const pickup = slow ? r.skewed(61, 420, 2) : r.int(4, 55);
      if (slow) {
        tags.push('pickup:slow');
        surveyMood = 'meh';
        if (r.chance(0.4) && pickup > 90) conv.patronAt(this.pickSay(P.patronHello), start + r.int(45, pickup - 30));
      }
      const firstAt = Math.max(start + pickup, conv.t + 3);
      const joined = r.chance(R.joinedEvent);
      if (joined) {
        conv.systemAt('joined', `${p.name} joined the chat`, firstAt);
        pickedUpAt = firstAt;
      } else {
        conv.t = Math.max(conv.t, firstAt);
      }
      const greeting = r.choose(R.greeting);
      if (greeting !== 'full') tags.push(`greeting:${greeting}`);
      const greetFails = greeting === 'greetOnly' || greeting === 'identOnly' || greeting === 'none';
      this.greet(p, greeting, slow, joined ? { dmin: 3, dmax: 12 } : { dmin: 0, dmax: 0 });

      // clarifying questions (forced, and kept free of greeting or identity words, when the greeting fails)
      const clarify = greetFails || r.chance(R.clarify);
      // when the greeting fails, clarifying questions must not greet or identify either
      const pool = greetFails
        ? T.clarify.filter(([q]) => {
            const text = this.say(q);
            return !GREET_RE.test(text) && !IDENT_RE.test(text) && !LIB_NAME_RE.test(text);
          })
        : T.clarify;
      if (clarify) {
        const i1 = pool.length ? r.int(0, pool.length - 1) : -1;
        const first = i1 >= 0 ? (pool[i1] as [Tpl, Tpl[]]) : r.pick(P.genericClarify);
        conv.provider(p, this.say(first[0]), greeting === 'none' ? 0 : 5, greeting === 'none' ? 0 : 25);
        conv.patron(this.pickSay(first[1]), 12, 70);
        if (greeting === 'none' || r.chance(R.secondClarify)) {
          let second: [Tpl, Tpl[]];
          if (pool.length > 1) {
            const i2 = (i1 + r.int(1, pool.length - 1)) % pool.length;
            second = pool[i2] as [Tpl, Tpl[]];
          } else {
            second = r.pick(P.genericClarify);
          }
          conv.provider(p, this.say(second[0]), 8, 35);
          conv.patron(this.pickSay(second[1]), 10, 60);
        }
      } else {
        tags.push('no_clarify');
      }

      // transfer
      if (!greetFails && this.f.providers.length > 1 && r.chance(R.transfer)) {
        const bIdx = this.f.scheduler.transferTarget(pIdx, conv.t, a.dayIndex, a.hour, sr);
        const b = this.f.providers[bIdx] as ProviderInfo;
        transferIdx = bIdx;
        const handoff = r.choose(R.handoff);
        tags.push(`transfer:${handoff}`);
        codes.push('Transferred');
        ctx.colleague = b.first;
        if (handoff === 'full' || handoff === 'noNotice') {
          conv.internal(p, this.pickSay(P.transferInternal), 6, 20);
          if (r.chance(0.6)) conv.internal(b, this.pickSay(P.transferAccept), 6, 20);
        }
        if (handoff === 'full' || handoff === 'noInternal') conv.provider(p, this.pickSay(P.transferNotice), 4, 15, true);
        conv.system('transfer', `Session transferred to ${b.name}`, 3, 8, b.id);
        transferAt = conv.t;
        transferTo = b;
        p = b;
        current = b;
        ctx.me = b.first;
        ctx.lib = b.lib;
        conv.provider(p, this.pickSay(P.transferGreet), 12, 40);
      }

      // search and answer
      let search = r.choose(R.search);
      // a silence only leaves the patron waiting if something started the wait (a patron message or a hold)
      if (search === 'silence' && conv.waitingSince < 0) search = 'holdTooLong';
      if (search !== 'hold') tags.push(`search:${search}`);
      if (search === 'silence' || search === 'holdTooLong') surveyMood = 'meh';
      if (r.chance(0.08) && this.f.providers.length > 1 && (search === 'hold' || search === 'updates')) {
        // a question to colleagues while searching: internal, never seen by the patron
        conv.internal(p, lang === 'es' ? `¿Alguien sabe dónde está lo de ${topic.label}?` : `Quick question for the group: does anyone have a good source for ${topic.label}?`, 4, 15);
      }
      switch (search) {
        case 'quick':
          break;
        case 'hold':
        case 'updates':
        case 'holdTooLong':
          conv.provider(p, this.pickSay(P.hold), 4, 25, true);
          break;
        default:
          break;
      }
      if (search === 'updates') {
        const n = r.int(1, 2);
        for (let i = 0; i < n; i++) conv.provider(p, this.pickSay(P.holdUpdate), 60, 110, true);
      }
      const gives = r.chance(R.sourceGiven);
      if (!gives) {
        tags.push('no_source');
        surveyMood = 'meh';
      }
      const answer = gives ? this.pickSay(T.answer) : this.pickSay(T.bare);
      if (search === 'silence') conv.provider(p, answer, 125, 420, false, true);
      else if (search === 'holdTooLong') conv.provider(p, answer, 125, 360, false, true);
      else if (search === 'quick') conv.provider(p, answer, 20, 100);
      else conv.provider(p, answer, 25, 105);

      // referral
      if (T.referral && r.chance(R.referral)) {
        const ref = r.pick(T.referral);
        const withContact = r.chance(R.referralWithContact);
        tags.push(withContact ? 'referral:contact' : 'referral:no_contact');
        codes.push('Referred');
        const text = withContact ? r.pick(P.referWith)(ref.who, ref.contact) : r.pick(P.referWithout)(ref.who);
        conv.provider(p, text, 6, 30);
      }

      // walk-through steps and further questions (only with a source to walk through)
      if (gives && lang === 'en') {
        const steps = STEPS[topic.steps];
        const nSteps = Math.min(steps.length, r.weighted([1, 1, 2, 3, 3, 3, 3]));
        for (let i = 0; i < nSteps; i++) {
          conv.patron(this.pickSay(PATRON_ACKS), 15, 100);
          conv.provider(p, this.say(steps[i] as Tpl), 8, 45);
        }
      }
      const completeness = r.chance(R.completeness);
      const endingKind = r.choose(R.ending);
      if (completeness) {
        tags.push('completeness');
        conv.provider(p, this.pickSay(P.completeness), 5, 25);
        if (endingKind !== 'idle' || r.chance(0.5)) conv.patron(this.pickSay(P.completeYes), 8, 50);
      }
      let moreAsked = 0;
      let m0 = T.more ? r.int(0, T.more.length - 1) : 0;
      if (gives && T.more && endingKind !== 'idle') {
        const nMore = Math.min(T.more.length, r.weighted([1, 3, 4, 3]));
        moreAsked = nMore;
        for (let i = 0; i < nMore; i++) {
          const [q, ans] = T.more[m0 % T.more.length] as [Tpl, Tpl];
          m0++;
          conv.patron(this.say(q), 12, 70);
          if (r.chance(0.25)) {
            conv.provider(p, this.pickSay(P.hold), 4, 15, true);
            conv.provider(p, this.say(ans), 20, 90);
          } else {
            conv.provider(p, this.say(ans), 15, 90);
          }
          if (r.chance(0.6)) conv.patron(this.pickSay(PATRON_FOLLOW_ACKS), 8, 45);
        }
      }
      if (endingKind !== 'idle' && r.chance(0.08)) {
        conv.patron(this.pickSay(P.smallTalkPatron), 10, 40);
        conv.provider(p, this.pickSay(P.smallTalkProvider), 5, 20);
      }

      // follow-up promised in the chat (without a clarifying question, the offer is not phrased as one either)
      if (r.chance(R.followUp)) {
        followUpKind = r.choose(R.followUpKind);
        // keep 'no contact anywhere' unambiguous: no referral e-mail or phone in the chat either
        if (followUpKind === 'byMeNoContact' && tags.includes('referral:contact')) followUpKind = 'byMe';
        promised = true;
        tags.push(`followup:${followUpKind}`);
        if (followUpKind === 'byMeNoContact') {
          formEmail = null;
          conv.provider(p, this.pickSay(this.offers(P.followOffer, clarify)), 10, 30);
          conv.patron(this.pickSay(P.patronAgrees), 10, 40);
          conv.provider(p, lang === 'es' ? `Seguiré buscando y me pondré en contacto ${when}.` : `I'll keep looking and get back to you ${when}.`, 8, 25);
        } else {
          const contact = followUpKind === 'byLibrary' ? (r.chance(0.85) ? 'email' : 'noDate') : r.choose(R.followUpContact);
          tags.push(`followup_contact:${contact}`);
          conv.provider(p, this.pickSay(this.offers(followUpKind === 'byLibrary' ? P.followLibraryOffer : P.followOffer, clarify)), 10, 30);
          if (contact === 'phone') {
            conv.patron(this.pickSay(P.patronGivesPhone), 15, 50);
            patronPhone = r.chance(0.5) ? phone : null;
            conv.provider(p, this.pickSay(P.followConfirmPhone), 8, 25);
          } else if (contact === 'formOnly') {
            formEmail = emailAddr;
            conv.patron(this.pickSay(P.patronAgrees), 10, 40);
            conv.provider(p, this.pickSay(P.followNoContact), 8, 25);
          } else {
            conv.patron(this.pickSay(P.patronGivesEmail), 15, 60);
            if (r.chance(0.6)) formEmail = emailAddr;
            if (contact === 'noDate') conv.provider(p, this.pickSay(P.followConfirmNoDate), 8, 25);
            else if (followUpKind === 'byLibrary') conv.provider(p, this.pickSay(P.followLibraryConfirm), 8, 25);
            else conv.provider(p, this.pickSay(P.followConfirm), 8, 25);
          }
        }
        code = followUpKind === 'byLibrary' ? "Follow-up by patron's library" : followUpKind === 'promiseCodedAnswered' ? 'Answered' : 'Follow-up by me';
      }

      // closing
      if (endingKind === 'idle') {
        this.idleEnding(p, r.choose(R.idle));
        surveyMood = 'meh';
      } else if (endingKind === 'dismissal' || endingKind === 'othersWaiting') {
        tags.push(endingKind === 'dismissal' ? 'dismissal' : 'others_waiting');
        conv.patron(this.pickSay(P.patronExtraAsk), 10, 40);
        const extra = T.more && moreAsked < T.more.length ? this.say((T.more[m0 % T.more.length] as [Tpl, Tpl])[0]) : this.pickSay(P.unrelatedAsk);
        conv.patron(extra, 8, 40);
        if (endingKind === 'dismissal') {
          conv.provider(p, this.pickSay(P.dismiss), 10, 30);
          this.endSession('librarian', 3, 10);
          surveyMood = 'bad';
        } else {
          conv.provider(p, this.pickSay(P.othersWaiting), 10, 30);
          if (r.chance(0.5)) {
            conv.patron(this.pickSay(P.patronThanks), 8, 30);
            this.endSession('patron', 3, 20);
          } else {
            this.endSession('librarian', 5, 30);
          }
        }
      } else {
        const closing = r.choose(R.closing);
        tags.push(`closing:${closing}`);
        if (closing === 'anythingElse') {
          conv.provider(p, this.pickSay(P.anythingElse), 6, 25);
          conv.patron(this.pickSay(P.patronNo), 8, 40, true);
        } else if (closing === 'patronDone') {
          conv.patron(this.pickSay(P.patronDone), 10, 45, true);
        } else {
          conv.patron(this.pickSay(P.patronThanks), 10, 45);
        }
        let ending = r.choose(R.normalEnding);
        // in a short chat the greeting's thanks can still be among the provider's last two messages
        if (ending !== 'goodbye' && conv.lastProviderTexts(ending === 'noGoodbye' ? 2 : 1).some((x) => COURTESY_RE.test(x))) ending = 'goodbye';
        if (ending !== 'goodbye') tags.push(`ending:${ending}`);
        if (ending === 'goodbye') {
          conv.provider(p, this.pickSay(P.goodbye), 5, 20);
          this.endSession(r.chance(0.5) ? 'librarian' : 'patron', 3, 40);
        } else if (ending === 'closeNoCourtesy') {
          conv.provider(p, this.pickSay(P.closeNoCourtesy), 5, 20);
          this.endSession('librarian', 2, 10);
        } else {
          this.endSession('patron', 5, 30);
        }
      }

      if (r.chance(R.code.missing)) {
        code = null;
        tags.push('code:missing');
      } else if (r.chance(R.code.empty / (1 - R.code.missing))) {
        code = '';
        tags.push('code:empty');
      } else if (r.chance(R.code.miscodedLostCall) && conv.patronCount > 1) {
        code = 'Lost Call';
        tags.push('code:miscoded_lost_call');
      }
    }

    // ---- assemble ----------------------------------------------------------------------
    const end = conv.t;
    if (pIdx >= 0) {
      if (transferTo) {
        this.f.scheduler.register(pIdx, start, transferAt);
        this.f.scheduler.register(transferIdx, transferAt, end);
      } else {
        this.f.scheduler.register(pIdx, start, end);
      }
    }
    if (source !== 'askusnow') {
      tags.push(`source:${source}`);
      if (pickedUpAt === null && conv.firstProviderAt >= 0) pickedUpAt = conv.firstProviderAt;
    }
    if (lang === 'es') codes.push('Spanish');

    // survey
    let survey: { rating: number; comment?: string } | null = null;
    // unhappy patrons answer the survey more often
    if (current && kind !== 'practice' && kind !== 'emptyLostCall' && r.chance(surveyMood === 'bad' ? 0.5 : R.survey)) {
      const rating =
        surveyMood === 'bad' ? r.int(1, 2) : surveyMood === 'meh' ? r.choose({ '1': 0.05, '2': 0.2, '3': 0.35, '4': 0.3, '5': 0.1 }) : r.choose({ '3': 0.08, '4': 0.3, '5': 0.62 });
      const rt = Number(rating);
      survey = { rating: rt };
      if (r.chance(R.surveyComment)) {
        survey.comment = lang === 'es' && rt >= 4 ? r.pick(SURVEY_ES) : rt <= 2 ? r.pick(SURVEY_BAD) : rt === 3 ? r.pick(SURVEY_MEH) : r.pick(SURVEY_GOOD);
      }
      tags.push(`survey:${rt}`);
    }

    // follow-ups recorded after the session
    const followUps: { doneAt: string; by: string; note: string }[] = [];
    if (promised && followUpKind) {
      // staff have 72 hours: a follow-up promised in the last three days is usually not recorded yet
      const recent = end + 72 * 3600 > this.f.asOf;
      const rec = recent && r.chance(0.7) ? 'never' : r.choose(R.followUpRecorded);
      const doneAt = rec === 'never' ? -1 : this.f.followUpTime(end, rec === 'onTime', r);
      if (doneAt > 0 && doneAt <= this.f.asOf) {
        const byProv = followUpKind === 'byLibrary' ? (this.f.byLib[pli]?.[0] ?? current) : current;
        followUps.push({ doneAt: isoNY(doneAt), by: (byProv as ProviderInfo).id, note: topic.followNote });
        tags.push(`followup_recorded:${rec}`);
      } else {
        tags.push(end + 72 * 3600 > this.f.asOf ? 'followup_recorded:pending' : 'followup_recorded:never');
      }
    }

    const t: Transcript = {
      externalId: `demo-${String(index + 1).padStart(6, '0')}`,
      source,
      library: prov ? prov.library : plib.code,
      patronLibrary: plib.code,
      queue: prov && prov.libIndex !== pli ? 'global' : 'local',
      provider: prov ? { id: prov.id, name: prov.name, library: prov.library } : { id: 'unassigned', name: null, library: plib.code },
      patron: { name: kind === 'practice' ? 'Test Patron' : patronName, email: formEmail, phone: patronPhone },
      startedAt: isoNY(start),
      pickedUpAt: pickedUpAt === null ? null : isoNY(pickedUpAt),
      endedAt: isoNY(end),
      ...(source === 'askusnow' ? { resolutionCode: code } : {}),
      descriptiveCodes: kind === 'practice' || kind === 'emptyLostCall' ? [] : codes,
      ...(survey ? { survey } : {}),
      followUps,
      messages: conv.msgs,
    };
    if (this.endedBy === 'patron') tags.push('ended_by:patron');
    return { transcript: t, behaviours: tags };
    }
}
