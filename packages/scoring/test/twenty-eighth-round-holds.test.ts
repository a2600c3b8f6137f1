/**
 * Twenty-eighth round, block D6: the LEFT sweep of HOLDS, TRANSFERS AND THE REST (`interest.keep_informed`,
 * `transfer.handoff`, `session.*`, and the LEFT cases no other area takes). Earlier rounds left these cases, labelled from
 * RUBRIC.md, in their files' `LEFT` lists; this file takes the ones that fall to D6, fixes what it can narrowly, and adds
 * sessions saying the same behaviour in other words and near misses (the same words for something else), all labelled
 * from RUBRIC.md before the scorer ran.
 *
 * RUBRIC.md's Terms applied literally: a Hold message is "a provider message announcing that the provider is looking
 * something up or asking the patron to wait"; "an announcement that the chat is being transferred is a hold message".
 * transfer.handoff passes when, before the transfer, the provider "told the patron about the transfer in a visible message"
 * (and sent the note). A provider arranging for a colleague to stand in later, or naming a party to call after "let me get
 * you to the right person:", announces no look-up and no wait: no hold.
 *
 * Readings taken where the text leaves room:
 * - "<Name> … is going to join and take it from here", "X will pick it up from here", "have our archivist hop in", "get
 *   Rosa on here", "route your question to …, please stay on" tell the patron that another provider takes the chat, when a
 *   transfer follows; the same words in a session that is never transferred are left as older rounds read them (no
 *   hold), since they are as often said of things ("get the form on here") or of later help;
 * - "I'll ask my colleague to step in for me at Saturday's storytime" arranges a colleague's cover (no chat), no look-up.
 *
 * Cases taken (13 in D6's area): the seven hold/transfer cases of twenty-seventh-round-followups-checked (4) and
 * twenty-seventh-round-handover (3); the way back after the patron's "wait" (nineteenth-round-fragments); the two
 * `providerIntervals` cases (twentieth-round-platforms, twenty-third-round-clocks) and the note addressed to "Sam"
 * (twenty-third-round-clocks); the sessions that ask nothing (tenth-round-youth's insults, fifteenth-round-conduct's
 * insults, eleventh-round-difficult's "It works!" and prank).
 * Fixed and moved here: 7 (the `left` list below), with three changes:
 * - `holdWeak[0]` (v2's "I'll ask my colleague"): not when the colleague is asked to stand in for the provider ("to step /
 *   fill / sub / stand in for me", "to cover my shift", a day's possessive "Saturday's") [still a hold: "I'll ask my
 *   colleague, one moment", "… to check the stacks for me"];
 * - `hold[0]` (v1's "let me get / connect"): not when "you to the right person / someone (who …)" is followed by a colon
 *   and the party ("the county recorder's office …", "call …"), as C8 narrowed `transferNotice` [still a hold: "Let me get
 *   you to the right person, one moment.", "…: hang on while I find her."];
 * - `transferredNoticeD6` (classify.ts `HANDOVER_D6`, read in `holdNow` and checks/transfer.ts): the hand-over words above,
 *   read only in a provider message before a `system` transfer event [no transfer after them: unchanged; "I'll get the
 *   form on here", "you can pick it up from here", "pass your question to our events team, they'll email you": no notice].
 * Dropped as mislabelled: none. Left where they were (reasons at each): the rest, not reached in this round's time.
 */
import { describeSessions, type Line, type SessionCase, some, sys, who } from './helpers';

const ROSA = who('Rosa Diaz', 'rosa');
const xfer = (sec: number): Line => [sec, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')];
const NOTE = 'pt wants 1968 council minutes (highway vote), local history q';

/**
 * A short transfer session: the patron asks about council minutes, Jo clarifies, then `notice` (visible, at 56 s), the note
 * (internal, at 59 s), the transfer at 62 s, and Rosa's first message at `rosaAt` (100 s: a 44 s wait; 262 s: 206 s).
 */
const handover = (notice: string, rosaAt = 100): Line[] => [
  [0, 'p', 'hi, i need old city council minutes from 1968'],
  [20, 'l', 'Hello, Jo at Ask Us here. Is it for a particular meeting?'],
  [50, 'p', 'the one about the highway, spring 1968'],
  [56, 'l', notice],
  [59, 'i', NOTE],
  xfer(62),
  [rosaAt, 'l', 'Hi, Rosa from Local History here.', ROSA],
];
/**
 * A session without a transfer where `said` (at 52 s) is a provider message; the provider writes again 200 s later. Read
 * as a hold, the 200 s is a wait on the provider (keep_informed fails); read as no hold, a wait on the patron (passes).
 */
const noTransfer = (q: string, said: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, Jo at Ask Us here. Which branch do you usually use?'],
  [45, 'p', 'the main one downtown'],
  [52, 'l', said],
  [252, 'l', 'Did that help?'],
  [270, 'p', 'yes thanks'],
];

/** The cases earlier rounds left, fixed in block D6. */
export const left: SessionCase[] = [
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 "I\'ll ask my colleague to step in for me at Saturday\'s storytime" is no chat: keep_informed passes',
    lines: noTransfer('will storytime still happen saturday if you are sick?', "Yes! I'll ask my colleague to step in for me at Saturday's storytime, so it still runs at 10 (lib.org/events)."),
    exp: some({ informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 "Let me get you to the right person: the county recorder\'s office handles deeds, 410-555-0100" is a referral: keep_informed passes',
    lines: noTransfer('how do i get a copy of my house deed', "Let me get you to the right person: the county recorder's office handles deeds, 410-555-0100."),
    exp: some({ informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 kept: "Hang tight, Rosa from Local History will pick it up from here." tells the patron: transfer passes',
    lines: handover('Hang tight, Rosa from Local History will pick it up from here.'),
    exp: some({ transfer: 'pass', informed: 'pass' }),
  },
  {
    // from twenty-seventh-round-followups-checked.test.ts
    name: 'C1 kept: "I\'m going to have our archivist hop in, she knows the council records." tells the patron: transfer passes',
    lines: handover("I'm going to have our archivist hop in, she knows the council records."),
    exp: some({ transfer: 'pass' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "<Name> … is going to join and take it from here" announces that another provider takes the chat
    name: '(after) notice "Rosa, our local history librarian, is going to join and take it from here." before the transfer: handoff passes, keep_informed fails',
    lines: handover('Rosa, our local history librarian, is going to join and take it from here.', 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "I'll get Rosa on here for you" announces that another provider joins the chat
    name: '(after) notice "I\'ll get Rosa on here for you, she\'s our local history person." before the transfer: handoff passes, keep_informed fails',
    lines: handover("I'll get Rosa on here for you, she's our local history person.", 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
  {
    // from twenty-seventh-round-handover.test.ts
    // reading: "route your question to our … librarian, please stay on" announces the transfer (and is a hold)
    name: 'notice "I\'m going to route your question to our local history librarian, please stay on." before the transfer: handoff passes, keep_informed fails',
    lines: handover("I'm going to route your question to our local history librarian, please stay on.", 262),
    exp: some({ transfer: 'pass', informed: 'fail', referral: 'na' }),
  },
];

/** The same behaviours in other words and registers (labelled before the scorer ran). */
export const paraphrases: SessionCase[] = [
  // a colleague asked to stand in later: no hold
  {
    name: 'formal: "I will ask a coworker to cover my shift on the 14th, so the class still goes ahead" is no look-up: keep_informed passes',
    lines: noTransfer('is the resume class still on if you are away on the 14th?', 'I will ask a coworker to cover my shift on the 14th, so the class still goes ahead (lib.org/classes).'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'British: "I\'ll ask one of our team to stand in for me at Saturday\'s rhyme time" is no look-up: keep_informed passes',
    lines: noTransfer('will rhyme time be on if you are poorly?', "I'll ask one of our team to stand in for me at Saturday's rhyme time, so it goes ahead as usual."),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'chat-speak: "ya ill ask my coworker to sub in for me on sat so storytime still happens" is no look-up: keep_informed passes',
    lines: noTransfer('is storytime cancelled if ur sick', 'ya ill ask my coworker to sub in for me on sat so storytime still happens!'),
    exp: some({ informed: 'pass' }),
  },
  // "let me get / connect you to the right …:" then the party: a referral, no hold
  {
    name: '"Let me connect you to the right office: the Register of Wills handles probate, 410-555-0190." is a referral: keep_informed passes',
    lines: noTransfer('how do i file my mothers will', 'Let me connect you to the right office: the Register of Wills handles probate, 410-555-0190.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Let me get you to someone who can actually help: the Tenant Resource Center, 608-257-0006." is a referral: keep_informed passes',
    lines: noTransfer('my landlord wont give back my deposit', 'Let me get you to someone who can actually help: the Tenant Resource Center, 608-257-0006.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: '"Let me get you to the correct department; the county assessor\'s office does that, 410-555-0122." is a referral: keep_informed passes',
    lines: noTransfer('how do i appeal my property tax', "Let me get you to the correct department; the county assessor's office does that, 410-555-0122."),
    exp: some({ informed: 'pass' }),
  },
  // another provider takes the chat, said before the transfer
  {
    name: 'notice "Sam from our Maps team can pick this up from here, hang on." before the transfer: handoff passes',
    lines: handover('Sam from our Maps team can pick this up from here, hang on.'),
    exp: some({ transfer: 'pass', informed: 'pass' }),
  },
  {
    name: 'formal: notice "Dr. Okafor, our government documents librarian, will join and take over from here." then 206 s: handoff passes, keep_informed fails',
    lines: handover('Dr. Okafor, our government documents librarian, will join and take over from here.', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  {
    name: 'chat-speak: notice "gonna get rosa on here real quick, she knows the council stuff" then 206 s: handoff passes, keep_informed fails',
    lines: handover('gonna get rosa on here real quick, she knows the council stuff', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
  {
    name: 'British: notice "I\'ll just have our local studies librarian pop in, she knows the minutes inside out." before the transfer: handoff passes',
    lines: handover("I'll just have our local studies librarian pop in, she knows the minutes inside out."),
    exp: some({ transfer: 'pass' }),
  },
  {
    name: 'non-native: notice "I will forward your question to our local history librarian, please to stay on the chat." then 206 s: handoff passes, keep_informed fails',
    lines: handover('I will forward your question to our local history librarian, please to stay on the chat.', 262),
    exp: some({ transfer: 'pass', informed: 'fail' }),
  },
];

/** Near misses: the same words for something else, which must score as before. */
export const guards: SessionCase[] = [
  {
    name: 'near miss: "I\'ll ask my colleague, one moment." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('do you have the 1950s phone books', "I'll ask my colleague, one moment."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll ask my colleague to check the stacks for me." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('do you have the 1950s phone books', "I'll ask my colleague to check the stacks for me."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll ask my colleague to step in and look at your account." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('why is my card blocked', "I'll ask my colleague to step in and look at your account."),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Let me get you to the right person, one moment." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('how do i get a copy of my house deed', 'Let me get you to the right person, one moment.'),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "Let me get you to the right person: hang on while I find her." is a hold: 200 s later keep_informed fails',
    lines: noTransfer('how do i get a copy of my house deed', 'Let me get you to the right person: hang on while I find her.'),
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: notice "I\'ll get the form on here for you." before the transfer tells nothing of it: handoff fails',
    lines: handover("I'll get the form on here for you."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: notice "You can pick it up from here once it\'s ready." before the transfer tells nothing of it: handoff fails',
    lines: handover("You can pick it up from here once it's ready."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll pass your question to our events team, they\'ll email you." before the transfer is no notice of it: handoff fails',
    lines: handover("I'll pass your question to our events team, they'll email you."),
    exp: some({ transfer: 'fail' }),
  },
  {
    name: 'near miss: no transfer: "You can pick it up from here, the desk is open till 8." is no hold: keep_informed passes',
    lines: noTransfer('can i get my hold today', 'You can pick it up from here, the desk is open till 8.'),
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: no transfer: "I\'ll get the link on here in a sec" is a hold: 200 s later keep_informed fails',
    lines: noTransfer('where is the form', "I'll get the link on here in a sec"),
    exp: some({ informed: 'fail' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [];

describeSessions('twenty-eighth round (D6): LEFT cases fixed', left);
describeSessions('twenty-eighth round (D6): the same behaviours in other words', paraphrases);
describeSessions('twenty-eighth round (D6): near misses', guards);
