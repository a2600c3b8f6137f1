/**
 * Short sessions for checking one reading both ways (`forty-sixth-round-l-near-misses`, `forty-seventh-round-m-*checked`): each
 * file greets with a provider line of its own, the rest of the session is the same.
 */
import { some, type Line, type SessionCase } from './helpers';

/** The builders of a file whose provider greets with `hi` (and, in `said`, asks `branch`, which the patron answers `branchReply`). */
export function nearMissLines(hi: string, { branch = 'Which branch do you use?', branchReply = 'central' } = {}) {
  return {
    /** The patron's question `q`, a greeting that asks nothing, the provider's `first`, the patron's reply, `then`, thanks, goodbye. */
    asked: (q: string, first: string, reply: string, then: string): Line[] => [
      [0, 'p', q],
      [20, 'l', hi],
      [30, 'l', first],
      [60, 'p', reply],
      [80, 'l', then],
      [110, 'p', 'ok thanks'],
      [120, 'l', 'Thanks for chatting, bye!'],
    ],
    /** The patron's question, a greeting that asks which branch, the reply, the provider's `text`, thanks and goodbye. */
    said: (q: string, text: string, bye: string = 'Thanks for chatting, bye!'): Line[] => [
      [0, 'p', q],
      [20, 'l', `${hi} ${branch}`],
      [50, 'p', branchReply],
      [70, 'l', text],
      [110, 'p', 'ok thanks'],
      [120, 'l', bye],
    ],
    /** `said` with a second provider message, `more`, at 80 s (after `text`), before the patron's thanks. */
    saidThen: (q: string, text: string, more: string): Line[] => [
      [0, 'p', q],
      [20, 'l', `${hi} ${branch}`],
      [50, 'p', branchReply],
      [70, 'l', text],
      [80, 'l', more],
      [110, 'p', 'ok thanks'],
      [120, 'l', 'Thanks for chatting, bye!'],
    ],
    /** The patron's question `q`, a greeting that asks `branch`, the reply, the provider's `answer`, the patron's `reply`, `bye`. */
    done: (q: string, answer: string, reply: string, bye: string = 'Have a good one, bye!'): Line[] => [
      [0, 'p', q],
      [20, 'l', `${hi} ${branch}`],
      [50, 'p', branchReply],
      [70, 'l', answer],
      [110, 'p', reply],
      [120, 'l', bye],
    ],
    /** A follow-up session: the provider's `before`, the patron's e-mail, its read-back, and `promise` (the last provider words). */
    followUp: (before: string, promise: string): Line[] => [
      [0, 'p', 'i need the minutes of the 1998 school board meetings'],
      [20, 'l', `${hi} Which district, and do you need all twelve months?`],
      [50, 'p', 'carroll county, just march and april'],
      [70, 'l', before],
      [100, 'p', 'sure its pat.ng@example.com'],
      [110, 'l', 'Thanks, I have pat.ng@example.com.'],
      [130, 'l', promise],
    ],
  };
}

/** referral.contact's three statuses, as the checks of referral readings label them: a party referred to with no way to reach
 * them; every party referred to comes with a phone, e-mail, address or URL; no referral. */
export const NO_WAY = some({ referral: 'fail' });
export const WITH_WAY = some({ referral: 'pass' });
export const NONE = some({ referral: 'na' });
/** approachability.greeting passed or failed. */
export const GREETED = some({ greeting: 'pass' });
export const NOT_GREETED = some({ greeting: 'fail' });
/** info.source given or not. */
export const SOURCE = some({ source: 'pass' });
export const NO_SOURCE = some({ source: 'fail' });
/** followup.completeness: asked whether what was given meets the need, or not. */
export const ASKED = some({ complete: 'pass' });
export const NOT_ASKED = some({ complete: 'fail' });
/** closing.anything_else: the patron said on their own that they were done (or was asked), or not. */
export const DONE = some({ anything: 'pass' });
export const NOT_DONE = some({ anything: 'fail' });
/** closing.no_dismissal passed or failed. */
export const NOT_DISMISSED = some({ dismissal: 'pass' });
export const DISMISSED = some({ dismissal: 'fail' });
/** interest.keep_informed: no wait over the standard (no hold read, or one answered in time), or a wait over it. */
export const NO_HOLD = some({ informed: 'pass' });
export const HOLD = some({ informed: 'fail' });
/**
 * (v66) The LEFT reasons of the seventy-third round's AF checks for the cases only AF1 or AF2 read: both readings were withdrawn before
 * v66 landed, so those cases score as v65 scored them.
 */
export const NO_COUNTRY_DOMAIN_AF1 =
  'expected as labelled, got v65\'s reading: web addresses on these country domains (.it, .nl, .no, .fi, .pl, .ee, .dk …) are read by no rubric version, AF1 having been withdrawn before v66 landed (three blind checks found it reading "Its on order.it should come", "Ask the Italian Cultural Institute, Marco.It has …", "open main.rs" as web addresses); older (v65 the same)';
export const NO_GREETING_AF2 =
  'expected approachability.greeting pass, got fail: greetings in these languages are read by no rubric version, AF2 having been withdrawn before v66 landed (three blind checks found it reading "Mabuhay, the Filipino grocery on 5th Street", "Szia, take care!" as a farewell, "Malo e lelei." as an answer as greetings); older (v65 the same)';
/** (v67) The reason of the blind cases only AG4, withdrawn before v67 landed, read. */
export const NO_PROMISE_AG4 =
  'expected a follow-up session by promise, got none: "I\'ll / we\'ll … have <it / the …> to you" is read as a promise by no rubric version, AG4 having been withdrawn before v67 landed (three blind checks found it reading "I\'ll have the link to you in under a minute", "According to the clerk there, she\'ll have the certificate to you within ten business days", an agency\'s quoted FAQ as promises, on a critical check); older (v66 the same)';
/** (v67) The reason of the blind cases only AG14's "it's <month>" shape, withdrawn before v67 landed, read. */
export const NO_ITS_MONTH_AG14 =
  'expected approachability.greeting pass, got fail: a month that is the provider\'s name is read only as "June here", "June at … here", "I\'m June." (AG14); "it\'s May" was withdrawn before v67 landed after a blind check found "Hi! Yep, it\'s May. The seed library opened again on the 1st." read as a name; older (v66 the same)';
/** (v67) The reason of the blind cases only AG3's "needs", withdrawn before v67 landed, read. */
export const NO_NEEDS_AG3 =
  'expected inquiry.clarify pass, got fail: AG3 reads "so your <…> wants / is looking for …" as a restatement, not "needs", withdrawn before v67 landed after blind checks found "So your son needs his own card for video games", "So your boss needs to sign section 2" read as restatements; older (v66 the same)';
/** closing.courteous: one of the provider's last two messages thanks, says goodbye or invites back. */
export const COURTEOUS = some({ courteous: 'pass' });

/** A case: its name, lines, the statuses it is about, and the transcript's overrides. */
export const nearMiss = (name: string, lines: Line[], exp: SessionCase['exp'], over?: SessionCase['over']): SessionCase => ({ name, lines, exp, ...(over ? { over } : {}) });

/** A Lost Call builder: the patron's question `q`, the provider's `first`, the patron leaving, and the provider's `after`. */
export const lostCall =
  (q: string) =>
  (first: string, after?: string): Line[] => [
    [0, 'p', q],
    [25, 'l', first],
    [37, 's', 'Patron has left the chat.', { type: 'patron_left' } as never],
    ...(after === undefined ? [] : [[45, 'l', after] as Line]),
  ];

/**
 * A read-back (v48 N2, v49 O1): the patron's `q`, the greeting `hi`, the provider's `reply`, the patron's `thanks` and the `bye`, at
 * the times `at`.
 */
export const readBackLines =
  (hi: string, thanks: string, bye: string, at: readonly [number, number, number, number, number]) =>
  (q: string, reply: string): Line[] => [
    [at[0], 'p', q],
    [at[1], 'l', hi],
    [at[2], 'l', reply],
    [at[3], 'p', thanks],
    [at[4], 'l', bye],
  ];

/** A contact asked for: the patron's `q`, the greeting `hi` with the provider's `ask`, the patron's `given`, the provider's `reply`, thanks and `bye` at `at`. */
export const askedForLines =
  (hi: string, thanks: string, bye: string, at: readonly [number, number, number, number, number, number]) =>
  (q: string, ask: string, given: string, reply: string): Line[] => [
    [at[0], 'p', q],
    [at[1], 'l', `${hi} ${ask}`],
    [at[2], 'p', given],
    [at[3], 'l', reply],
    [at[4], 'p', thanks],
    [at[5], 'l', bye],
  ];

/**
 * A greeting that asks only (v50 P2): the patron's `hello`, the provider's greeting `hi2` (its only question), the patron's `q`, the
 * provider's `answer`, the patron's `thanks` and the `bye`, at the times `at`.
 */
export const greetedLines =
  (hello: string, thanks: string, bye: string, at: readonly [number, number, number, number, number, number]) =>
  (hi2: string, q: string, answer: string): Line[] => [
    [at[0], 'p', hello],
    [at[1], 'l', hi2],
    [at[2], 'p', q],
    [at[3], 'l', answer],
    [at[4], 'p', thanks],
    [at[5], 'l', bye],
  ];
