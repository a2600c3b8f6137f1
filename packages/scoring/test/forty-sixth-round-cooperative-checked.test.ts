/**
 * Forty-sixth round, theme A NATIONAL COOPERATIVE'S AFTER-HOURS CHAT, checked: 32 whole sessions no one had written, answered
 * at night and on weekends by cooperative providers in other states and countries (Washington, Queensland, Ontario, Ireland,
 * Scotland, Quebec, Puerto Rico …) for the patron's public, academic or school library. They cannot see the patron's account
 * or local systems, so they answer from public sources (the home library's website and catalog, vendor help pages, census,
 * APA, WorldCat), refer the patron to the home library (with or without its phone, e-mail, address, URL or only its hours),
 * or promise that the home library will write ("Follow-up by patron's library"), asking for the e-mail and saying when; some
 * get a local detail wrong and correct it. Every one of the 17 checks labelled in every session before it was run.
 * Sessions are placed at their real times (Monday 20:00 to Tuesday 07:00 EST, Friday 23:00 before the spring-forward night,
 * Saturday and Sunday evenings) by shifting the lines and `startedAt`; `ctx.now` is one day after the start unless said.
 *
 * SHAPES TRIED:
 *  openings: a queue line and a full introduction ("I'm in Washington State, helping out while Brookfield … is closed"); a
 *   greeting that is also a hold ("Let me look up Harbor's Saturday hours for you", "bear with me"); "Hi there! Sorry to hear
 *   that." + "I'm answering from out of state tonight …" under the screen name "Night Desk" (names no one: fail); Spanish
 *   "¡Buenas noches! Soy Yaritza, bibliotecaria del servicio cooperativo …"; pickups at 70 and 75 s; `pickedUpAt` at 30 s with
 *   the first line at 190 s;
 *  inquiry: card library, school, campus, county and year, age and reading level, the error message shown, the card's prefix;
 *   a restatement ("So the text said … Is that right?"); none before the first source (the wrong Springfield answered at once);
 *  waits: holds and partial results every 74-114 s; a 125 s silence with four chats open; a 148 s search behind a hold; a
 *   silent transfer (internal note only) and the receiver's first line 140 s after the patron; "No problem, take your time."
 *   before a 244 s patron absence (waiting on the patron);
 *  local details wrong and corrected: summer Sunday hours, then "CLOSED Sundays"; the wrong Springfield (Illinois, with its
 *   phone), then Oregon; a branch phone with a typo, corrected in the next line; the patron's e-mail read back wrong, then right;
 *  referrals: the home library's circulation desk (phone + URL; street address + phone); "ring them when they open on Monday at
 *   10" (hours only: fail); "ask Ms. Ortiz, your school librarian, tomorrow morning" (fail); Vital Records and the library's
 *   e-mail reference; an ILL office by e-mail; the Friends' e-mail and the library's URL; a school front office's phone;
 *   staff the provider writes to for the patron (e-resources, circulation, local history, room coordinator, media specialist)
 *   as no referral;
 *  follow-ups: FU_LIB with the e-mail typed and read back and "by end of day tomorrow" (done 30 h), "by Monday evening" (done
 *   over the DST change), Spanish "el lunes … ese mismo día" (done 39 h), "when it reopens on Tuesday" (done 50 h); FU_LIB with
 *   the e-mail only in `patron.email` ("the e-mail address on your library account", not done by day 5); FU_LIB with the
 *   e-mail read back and no time ("They will be in touch with you.", pending); a promise coded Answered with e-mail and time
 *   (done 20 h); a promise coded Answered with no contact anywhere (day 5); FU_ME "by Thursday" recorded by an Oregon provider
 *   in Pacific time (Thu 19:00 -08:00 = 72 h 54 min after the end: late); a source with no codes and the provider's own
 *   promise "by 10 am tomorrow" (done 15 h); "e-mail adult services …; they usually reply within a business day" (no promise);
 *  endings: the patron's "thats all", "that's everything", "no more questions", "eso es todo"; "no that will do" after
 *   "anything else?"; "gotta go, son is calling" as the last line (no goodbye); check-in + notice that is also the goodbye;
 *   "Still there?" then "I'm going to close this chat now. Thanks …" (no disconnect said); a goodbye exactly 120 s after the
 *   answer with no check-in; a check-in and then the patron's window closing; the service closing at midnight with a way back
 *   (e-mail reference, chat at 9 am); "We can only handle one question per chat session" (a limit of questions);
 *  codes: Lost Call with one patron line answered anyway; Lost Call after three patron lines; Lost Call with no substantive
 *   exchange; no codes in the source (field left out);
 *  transfers: notice + note before the transfer to the patron's own library's circulation librarian; note but no notice;
 *   notice but the note written after the transfer;
 *  concurrency: four at once; five others around the session, never more than three open at once, two touching its ends;
 *   split at a transfer (the transferring provider busy only after he left: pass; the receiving one at four: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - staff of the patron's library whom the provider asks to write to the patron ("I'll report it to Harwick's e-resources
 *   librarians", "I'll send your request to Elmhurst's coordinator") are consulted on the patron's behalf: no referral; the
 *   patron told to call, e-mail, visit or "ask Ms. Ortiz, your school librarian" is referred;
 * - the home library's hours ("when they open on Monday at 10") are no way to reach it (RUBRIC: e-mail, phone, postal address
 *   or URL); "their site doesn't say" names no URL;
 * - "bring it to the Main circulation desk, 40 Elm Street, … call them at 555-…" reaches the desk (phone, and a street address);
 *   "Drop them at the library's front desk … Library hours and address: springfield-or.gov/library" reaches it (its URL);
 * - a corrected number or library: every party the patron was told to contact, the wrong one included, came with a contact;
 * - "The chat service closes at midnight … so I'll need to stop here. You can send the rest to … ask@… , or chat with us again
 *   when we reopen at 9 am" ends the help with a way back: no dismissal (RUBRIC: "without offering a way back"); "We can only
 *   handle one question per chat session … Please start a new chat" is a limit of questions: a dismissal, way back or not;
 * - "by end of day tomorrow", "by tomorrow afternoon", "by Monday evening", "by Thursday", "by 10 am tomorrow", "el lunes … ese
 *   mismo día", "when it reopens on Tuesday", "early next week" say when; "They will be in touch with you." does not;
 * - an e-mail read back wrong and then right after the patron's correction is confirmed in the chat;
 * - "e-mail Ridgefield's adult services team at …; they usually reply within a business day" describes how the library answers
 *   the patron's own e-mail: no promise that anyone will write, so no follow-up session (code Answered passes);
 * - `followUps[].doneAt` in another offset (-08:00, -04:00 after the DST change) is compared in real elapsed time (RUBRIC:
 *   "offsets and clock changes honoured"): Thu 19:00 PST is after a 72 h deadline that falls at Thu 18:06 PST; Mon 23:30 EDT
 *   is 71 h 25 min after Fri 23:04:30 EST (72 h 25 min on the wall clock);
 * - "Is the census entry useful in the meantime?", "Will that work for your paper?", "Does that workaround get you in?", "Did
 *   that fix it?", "¿Le sirve esta información?" ask whether what was given meets the need;
 * - "I haven't heard back, so it looks like the chat has dropped. I'll close it now", "It looks like you may have left. I'm going
 *   to end this chat now" and "It seems you've left the chat, so I'll close this session" are disconnect notices; "I'm going to
 *   close this chat now. Thanks for using the Ask service!" is not (it thanks: a goodbye, so the final idle ends there);
 * - a greeting that is a hold ("… Let me take a look for you.") with the patron gone 12 s later is no substantive exchange;
 *   there is no final idle (the provider's only line is a hold), and closing.courteous fails (it thanks, says goodbye or invites
 *   back in none of the provider's last two visible messages); a provider who never says goodbye because the patron left
 *   ("gotta go") fails closing.courteous too;
 * - with a transfer, each provider is judged over their part for concurrency (RUBRIC's words), the transferring provider's
 *   three later chats do not count against the session.
 *
 * COUNTS. Written: 32 whole sessions, all 17 statuses labelled in each before it was run: a first batch of 30 (01-30) and a
 * second of 2 (31-32) written after the first run and labelled before theirs (each batch's labels copied aside before its run).
 * First run as labelled / disagreeing: 31 / 1 (first batch 29 / 1, second 2 / 0). Label corrections: 0.
 * Final: 31 running, 1 LEFT (below, with its reason in LEFT_WHY): closing.courteous in case 23, a service name that reads
 * like an invitation ("Ask Us Tonight") in the only provider line taken for an invitation back.
 * Every timing check (pickup, keep_informed, idle, disconnect, concurrency, on_time in other offsets and across the DST change)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed in the chat, one read back wrong, one in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 32 tests passed (1 through describeLeft).
 *
 * RUBRIC v46 (block L) reads its one LEFT case (23: "I'm Selma, a librarian with Ask Us Tonight." is no invitation back, L10)
 * as labelled, so all 32 sessions run (v45, on which they were labelled, read 31 of them as labelled).
 */
import { describe } from 'vitest';
import { all, at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer } from './provider-lines';

const HOUR = 3600;
const DAYS = 86_400;

/** The queue's own line (system). */
const queued = (sec: number): Line => [sec, 's', 'Connecting you with a librarian from our cooperative partners…'];
/** The patron's window closing (system). */
const closed = (sec: number): Line => [sec, 's', 'The patron has closed the chat window.', sys('patron_left')];

type Busy = [key: string, from: number, to: number, providerId?: string];
/**
 * A session of provider `p` that starts `base` seconds after T0 (a Monday, 10:00 EST): its lines are written from 0 and
 * shifted by `base`; `busy` are the provider's other stored sessions (seconds from this session's start); `nowAfter` is the
 * scoring moment, in seconds after this session's start (one day unless said).
 */
function night(
  p: Prov,
  name: string,
  base: number,
  lines: Line[],
  exp: SessionCase['exp'],
  over: SessionCase['over'] = {},
  opt: { busy?: Busy[]; nowAfter?: number } = {},
): SessionCase {
  const shifted = lines.map(([sec, w, t, x]): Line => [sec + base, w, t, x]);
  const ctx = {
    now: T0 + (base + (opt.nowAfter ?? DAYS)) * 1000,
    ...(opt.busy ? { otherIntervals: opt.busy.map(([k, f, t, id]) => other(k, id ?? p.id, base + f, base + t)) } : {}),
  };
  return session(p, name, shifted, exp, { startedAt: at(base), ...over }, ctx);
}

// cooperative providers (their own institution, not the patron's library)
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'COOP-WA' };
const LIAM: Prov = { id: 'liam', name: 'Liam (QLD)', library: 'COOP-AU' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'COOP-MN' };
const ROWAN: Prov = { id: 'rowan', name: 'Rowan', library: 'COOP-ON' };
const IMOGEN: Prov = { id: 'imogen', name: 'Imogen', library: 'COOP-UK' };
const BEA: Prov = { id: 'beatriz', name: 'Beatriz', library: 'COOP-AZ' };
const COLM: Prov = { id: 'colm', name: 'Colm', library: 'COOP-IE' };
const SUNIL: Prov = { id: 'sunil', name: 'Sunil', library: 'COOP-CA' };
const NELL: Prov = { id: 'nell', name: 'Nell Carter', library: 'HALE' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'COOP-WI' };
const OLLIE: Prov = { id: 'ollie', name: 'Ollie', library: 'COOP-K12' };
const NOOR: Prov = { id: 'noor2', name: 'Noor', library: 'COOP-TX' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'COOP-NC' };
const PAVEL: Prov = { id: 'pavel', name: 'Pavel', library: 'COOP-CO' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'COOP-FL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'COOP-ME' };
const JULES: Prov = { id: 'jules', name: 'Jules', library: 'COOP-VT' };
const QUINN: Prov = { id: 'quinn', name: 'Quinn', library: 'COOP-OR' };
const ODILE: Prov = { id: 'odile', name: 'Odile', library: 'COOP-QC' };
const ANNEKE: Prov = { id: 'anneke', name: 'Anneke', library: 'COOP-NL' };
const MARISOL: Prov = { id: 'marisol', name: 'Marisol', library: 'COOP-NM' };
const HAMISH: Prov = { id: 'hamish', name: 'Hamish', library: 'COOP-SCO' };
const DESK: Prov = { id: 'nightdesk', name: 'Night Desk', library: 'COOP-KY' };
const YARI: Prov = { id: 'yaritza', name: 'Yaritza', library: 'COOP-PR' };
const SELMA: Prov = { id: 'selma', name: 'Selma', library: 'COOP-MI' };
const BRAM: Prov = { id: 'bram', name: 'Bram', library: 'COOP-NZ' };
const ABARA: Prov = { id: 'abara', name: 'Mr. Abara', library: 'COOP-K12' };
const LORCAN: Prov = { id: 'lorcan', name: 'Lorcan', library: 'COOP-IE' };
const KIT: Prov = { id: 'kit', name: 'Kit', library: 'COOP-IA' };
const DOLORES: Prov = { id: 'dolores', name: 'Dolores', library: 'COOP-LAW' };
const ESTHER: Prov = { id: 'esther', name: 'Esther', library: 'COOP-OH' };
const AYO: Prov = { id: 'ayo', name: 'Ayo', library: 'COOP-GA' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'COOP-HI' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'COOP-MO' };
const MONA: Prov = { id: 'mona', name: 'Mona', library: 'COOP-SD' };

const EVE = 10 * HOUR; // Monday 20:00 EST
const LATE = 12 * HOUR; // Monday 22:00
const SMALL = 15 * HOUR; // Tuesday 01:00
const DAWN = 21 * HOUR; // Tuesday 07:00
const FRI_NIGHT = 4 * DAYS + 13 * HOUR; // Friday 6 March, 23:00 EST (clocks go forward on Sunday 8 March)
const SAT_EVE = 5 * DAYS + 10 * HOUR; // Saturday 7 March, 20:00 EST
const SUN_EVE = 6 * DAYS + 9 * HOUR; // Sunday 8 March, 19:00 EDT

export const cooperative: SessionCase[] = [
  // 01 Saturday night PIN: home library's circulation phone, its hours and its reset link; patron done
  night(FARAH, '01 PIN locked (Brookfield): card library asked, circ desk phone + reset URL, "thats all"', SAT_EVE, [
    [0, 'p', 'hi can u reset my library pin? locked out of hoopla'],
    queued(3),
    [38, 'l', 'Good evening! This is Farah, a librarian with the after-hours cooperative. I\'m in Washington State, helping out while Brookfield Public Library is closed.'],
    [44, 'l', 'Quick check: is your card from Brookfield itself or from one of the other libraries in the county system?'],
    [80, 'p', 'brookfield main'],
    [105, 'l', "Thanks. I can't see patron accounts from here, so a PIN reset has to be done by Brookfield staff. You can call their circulation desk at (262) 555-0147 when they open (Sunday 1 to 5), or use the 'Forgot PIN' link on their login page at brookfieldlibrary.org/myaccount."],
    [112, 'l', 'Does that get you sorted for now?'],
    [150, 'p', 'ok ill try the link first. thats all, thx'],
    [156, 'l', 'Good luck with Hoopla! Thanks for chatting, and have a good night.'],
  ], usual({ referral: 'pass' }), { library: 'BROOKFIELD' }),

  // 02 graduate proxy error at 1 a.m., answered from Australia; the home library's e-resources staff will write (FU_LIB)
  night(LIAM, '02 JSTOR proxy error (Harwick, grad): workaround via jstor.org, e-resources staff to e-mail "by end of day tomorrow", done in 30 h', SMALL, [
    [0, 'p', "Getting 'proxy error: URL not configured' when I click JSTOR links from the library search. Off campus. Thesis due Friday :("],
    [40, 'l', "Hi! You've reached the 24/7 research chat. I'm Liam, a librarian at a partner university in Queensland, covering for Harwick University overnight."],
    [47, 'l', "Sorry about that error. Is it every JSTOR link, or just one particular article record? And did you sign in through the library's login first?"],
    [95, 'p', 'every jstor link. yes i logged in with my harwick id, other databases work fine'],
    [102, 'l', "Let me try a few from here to see whether it's the link setup or your session, one moment."],
    [190, 'l', "Same error on my end, so it's the proxy setup for JSTOR, not you. In the meantime go to jstor.org directly and pick 'Access through your institution' > Harwick University; that route skips the broken proxy link."],
    [197, 'l', 'Does that workaround get you in?'],
    [260, 'p', 'yes that works!! but can someone fix the links'],
    [268, 'l', "Definitely. I'll report it to Harwick's e-resources librarians so they can fix the proxy entry, and they'll let you know when it's sorted. What e-mail should they use?"],
    [300, 'p', 'mkoval@harwick.edu'],
    [306, 'l', "Got it: mkoval@harwick.edu. They're back in the office at 8 tomorrow morning and you should hear from them by end of day tomorrow."],
    [312, 'l', 'Anything else I can help with tonight?'],
    [340, 'p', "no that's everything. thanks so much"],
    [345, 'l', "You're welcome, good luck with the thesis! Goodnight."],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, library: 'HARWICK', followUps: [{ doneAt: at(SMALL + 350 + 30 * HOUR) }] }),

  // 03 seventh grader, Sora: the app's help page; "ask Ms. Ortiz, your school librarian" with no way to reach her
  night(DEV, '03 Sora sign-in (Lakeview Middle): Sora help URL, school librarian named with no contact', EVE + HOUR, [
    [0, 'p', 'whats the password for sora my teacher said use sora for our book report but it wont take my login'],
    [25, 'l', "Hi there! I'm Dev, a librarian helping with Ask a Librarian tonight."],
    [31, 'l', 'Which school do you go to? Each school sets up its own Sora login.'],
    [70, 'p', 'lakeview middle'],
    [76, 'l', 'Thanks! Give me a minute to look into how Lakeview signs in.'],
    [150, 'l', "Sora's help site (soraapp.com/help) says most schools sign in with their school Google account: pick 'Lakeview School District' in Sora first, then 'Sign in with Google'. I can't look up passwords, though."],
    [155, 'l', "If it still won't let you in, ask Ms. Ortiz, your school librarian, tomorrow morning. She can reset it."],
    [160, 'l', 'Did that help?'],
    [200, 'p', 'ok ill try google'],
    [230, 'p', 'it worked!!!'],
    [236, 'l', 'Yay! Happy reading. Is there anything else you need for the book report?'],
    [260, 'p', 'no'],
    [264, 'l', 'Ok, bye! Thanks for using Ask a Librarian.'],
  ], usual({ referral: 'fail' }), { library: 'LAKEVIEW-SD' }),

  // 04 weekend hours given wrong, then corrected; a hotspot to bring to the desk (address and phone); pickup at 70 s
  night(ROWAN, '04 Sunday hours (Millbrook): summer hours given, corrected to closed; desk address + phone; pickup 70 s', SAT_EVE + HOUR, [
    [0, 'p', 'Is the Millbrook library open tomorrow (sunday)? need to return a hotspot before its overdue'],
    [70, 'l', 'Hello, and thanks for contacting Ask Us 24/7. My name is Rowan; I\'m a librarian in Ontario answering for Millbrook Public Library this evening.'],
    [76, 'l', 'Which location do you return to, Main or the Eastgate branch?'],
    [110, 'p', 'main'],
    [118, 'l', 'Let me check their hours page.'],
    [160, 'l', 'Millbrook Main is open Sunday 12–5 (millbrookpl.org/hours).'],
    [200, 'l', "Oh, sorry, I need to correct that. Those were the summer hours. The current page says Main is CLOSED Sundays from September to May."],
    [206, 'l', "Hotspots can't go in the book drop, so please bring it to the Main circulation desk, 40 Elm Street, when they open Monday at 9. If you're worried about a fee, call them at 555-301-4420 on Monday and ask them to note it."],
    [214, 'l', 'Does that answer your question?'],
    [290, 'p', 'ugh ok. will it be overdue?'],
    [300, 'l', "It's due tomorrow, but many libraries give a grace day when they're closed on the due date. I can't see your account, so Monday's call is the sure way to know."],
    [306, 'l', 'Anything else I can check for you?'],
    [330, 'p', 'no thats it thank you'],
    [335, 'l', "You're welcome. Rowan signing off, have a good night!"],
  ], usual({ pickup: 'fail', referral: 'pass' }), { library: 'MILLBROOK' }),

  // 05 FU_LIB with the e-mail only in the patron field ("the e-mail address on your library account"); never done, day 5
  night(IMOGEN, '05 1920s city directories (Dunmore): census on FamilySearch, local history staff to reply "early next week" to the e-mail on the account; not done by day 5', LATE, [
    [0, 'p', "Hi. I'm looking for Dunmore city directories from the 1920s, my grandfather ran a shoe repair shop. Are they online anywhere?"],
    [28, 'l', "Hello! I'm Imogen, a librarian with the QuestionPoint cooperative, covering Dunmore Public Library's chat tonight."],
    [35, 'l', 'Do you know his name and roughly which years, so I can look for the listing?'],
    [90, 'p', 'Anthony Ruggiero, about 1922-1928'],
    [96, 'l', 'Thanks, searching now.'],
    [210, 'l', "Still looking. I've been through the big genealogy sites and the state library's digital collections and haven't turned up Dunmore directories for those years yet."],
    [300, 'l', "I couldn't find the directories online, but the 1920 census on FamilySearch (familysearch.org) lists an Anthony Ruggiero, shoemaker, on Chestnut Street in Dunmore."],
    [306, 'l', "For the directories themselves, I'll send your question to Dunmore's local history staff; they'll reply early next week to the e-mail address on your library account."],
    [312, 'l', 'Is the census entry useful in the meantime?'],
    [350, 'p', "yes that's him! great"],
    [356, 'l', 'Wonderful. Anything else tonight?'],
    [380, 'p', 'no that will do'],
    [385, 'l', 'Thanks for chatting, take care!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, library: 'DUNMORE', patron: { name: 'R. Ruggiero', email: 'r.ruggiero@example.net', phone: null } }, { nowAfter: 5 * DAYS }),

  // 06 a promise that the home library will write, coded Answered; e-mail read back, "by tomorrow afternoon", done in 20 h
  night(BEA, '06 hold stuck in transit (Greenfield): circ team to e-mail "by tomorrow afternoon", coded Answered; done in 20 h', EVE, [
    [0, 'p', "hi, my hold says 'in transit' for 3 weeks now. the book is The Covenant of Water. is it lost?"],
    [20, 'l', "Hi! Thanks for reaching out to Ask Now. I'm Beatriz, a librarian in Arizona, answering for Greenfield Library after hours."],
    [26, 'l', "I'm not able to open your account from here, unfortunately. Is the hold for pickup at your usual branch?"],
    [55, 'p', 'yes, the Oak Park branch'],
    [62, 'l', "One sec while I look it up in Greenfield's catalog."],
    [120, 'l', "The catalog (catalog.greenfieldlib.org) shows 2 of their 9 copies 'in transit' since last month, so it may be stuck in delivery. Only circulation staff can trace it."],
    [126, 'l', "I'll pass this along to Greenfield's circulation team and someone will e-mail you tomorrow. What's your e-mail address?"],
    [170, 'p', 'dana.whitlock@example.com'],
    [175, 'l', "Thanks: dana.whitlock@example.com. You'll hear from them by tomorrow afternoon."],
    [180, 'l', 'Does that help for now?'],
    [210, 'p', 'yes thank you'],
    [215, 'l', 'Anything else I can help with?'],
    [240, 'p', 'nope, thanks'],
    [244, 'l', 'Take care, and thanks for using Ask Now!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { library: 'GREENFIELD', followUps: [{ doneAt: at(EVE + 249 + 20 * HOUR) }] }),

  // 07 passport appointment: "ring them when they open on Monday at 10" with no number; check-in, then notice + goodbye
  night(COLM, '07 passport for a 12-year-old (Westbrook): travel.state.gov, "ring them Monday at 10" (no number); check-in, notice + goodbye', SAT_EVE + 2 * HOUR, [
    [0, 'p', 'does westbrook library do passport photos and applications? do i need an appointment'],
    [45, 'l', "Good evening, you've reached Ask a Librarian. I'm Colm, a reference librarian in Ireland working the overnight shift for U.S. libraries."],
    [52, 'l', 'Is this a first passport, or a renewal?'],
    [100, 'p', 'first one, for my son, hes 12'],
    [108, 'l', 'For a child under 16 both parents normally have to appear in person with form DS-11. The full checklist is on travel.state.gov (Passports > Children Under 16).'],
    [118, 'l', "I can't see Westbrook's appointment calendar from here, and their site doesn't say whether they still take passports. Best to ring them when they open on Monday at 10 and ask to book a passport appointment."],
    [125, 'l', 'Does that help?'],
    [190, 'p', 'ok'],
    [196, 'l', 'Anything else I can help you with tonight?'],
    [330, 'l', 'Are you still with me?'],
    [480, 'l', "I haven't heard back, so it looks like the chat has dropped. I'll close it now. You're welcome to come back any time. Bye for now!"],
  ], usual({ idle: 'pass', disconnect: 'pass', referral: 'fail' }), { library: 'WESTBROOK' }),

  // 08 a fine only the home library can see: announced transfer with a note, the home library's circ librarian takes it
  night(SUNIL, '08 laptop-charger fine (Hale): notice + note before the transfer to Hale circulation; fine waived; Sunil busy only after he left', DAWN, [
    [0, 'p', 'I have a fine of $45 on my account for a laptop charger I returned. Can you remove it?'],
    [15, 'l', "Hi, this is Sunil, a librarian with the overnight cooperative chat (I'm at a university in California)."],
    [20, 'l', 'When did you return it, and to which desk?'],
    [50, 'p', 'last thursday to the front desk in Hale library'],
    [58, 'l', "Thanks. I can't see accounts at your university, but a librarian from your own library just came online. I'm going to transfer you to her so she can look at the fine, one moment."],
    [62, 'i', 'Patron says laptop charger returned Thu at Hale front desk, still fined $45. Needs an account check, can you take it?'],
    [64, 'i', 'sure, send it over', as(NELL)],
    xfer(67, 'Nell Carter', 'nell'),
    [95, 'l', "Hi, I'm Nell Carter from Hale Library Circulation. I can see your account now.", as(NELL)],
    [100, 'l', 'Was it the charger you checked out on the 4th?', as(NELL)],
    [140, 'p', 'yes the one from the 4th'],
    [146, 'l', 'Give me a moment to check the return log.', as(NELL)],
    [230, 'l', "Found it: it was checked in Thursday but the fine didn't clear. I've waived the $45, so your balance is now $0. You can see it under My Account at library.hale.edu.", as(NELL)],
    [236, 'l', 'Is that what you needed?', as(NELL)],
    [280, 'p', "yes, shows 0 now. that's all i needed, thanks!"],
    [285, 'l', 'Great! Have a good day.', as(NELL)],
  ], usual({ transfer: 'pass' }), { library: 'HALE' }, { busy: [['s1', 70, 600], ['s2', 80, 500], ['s3', 90, 400]] }),

  // 09 K-12 queue: an internal note and a silent transfer (no visible word), the receiving librarian writes 140 s later
  night(GRETA, '09 AP Chem e-textbook (Ridgeview HS): note but no notice before the transfer; 140 s silent wait', EVE + 30 * 60, [
    [0, 'p', 'hey does our school have the AP chem textbook online? Zumdahl 10th edition. im at Ridgeview High'],
    [22, 'l', 'Hi! Greta here, librarian with the statewide Ask chat.'],
    [28, 'l', 'Do you mean the e-book, or the online homework site that goes with it?'],
    [50, 'p', 'the ebook'],
    [60, 'i', 'K-12 q: Ridgeview HS AP Chem e-text (Zumdahl 10e). You know their school subscriptions, can you take it?'],
    xfer(65, 'Ollie', 'ollie'),
    [190, 'l', "Hello, I'm Ollie, a school librarian on the K-12 team. I've got your chat now.", as(OLLIE)],
    [196, 'l', "Ridgeview's e-textbooks are linked from the district's Clever page: log in at clever.com/in/ridgeview-sd and look for the 'Cengage' tile. The Zumdahl e-book is under it.", as(OLLIE)],
    [202, 'l', 'Did that work?', as(OLLIE)],
    [260, 'p', 'yes got it ty'],
    [266, 'l', 'Anything else I can help with?', as(OLLIE)],
    [290, 'p', 'no'],
    [294, 'l', 'Good luck in AP Chem! Bye.', as(OLLIE)],
  ], usual({ informed: 'fail', transfer: 'fail' }), { library: 'RIDGEVIEW-SD' }),

  // 10 four chats at once on a Sunday night; a 125 s silence before the Libby answer
  night(NOOR, '10 Libby renewal (Clearfield): four chats at once, "bear with me" greeting, 125 s before the answer', SUN_EVE, [
    [0, 'p', 'can i renew a libby book? it expires tonight and i have 40 pages left'],
    [50, 'l', "Hi, thanks for your patience! I'm Noor, a librarian with the cooperative. I'm helping a few people at once tonight, so bear with me."],
    [56, 'l', "Which library's card do you use in Libby?"],
    [90, 'p', 'Clearfield county'],
    [215, 'l', "Sorry for the delay! In Libby, open Shelf > Loans and tap 'Renew' under the title. It shows up within 3 days of expiry, and only if nobody's waiting for it; if there's a waitlist, tap 'Place hold again'. Libby's help page has screenshots: help.libbyapp.com/6090."],
    [222, 'l', 'Does that answer it?'],
    [260, 'p', 'renew button is there! thanks'],
    [266, 'l', 'Anything else?'],
    [300, 'p', 'thats all'],
    [304, 'l', 'Enjoy the last 40 pages. Good night!'],
  ], usual({ informed: 'fail', concurrency: 'fail' }), { library: 'CLEARFIELD' }, { busy: [['n1', -100, 400], ['n2', 30, 320], ['n3', 120, 500]] }),

  // 11 APA legal citation; three other chats, never more than two of them at the same moment
  night(TAMSIN, '11 APA citation of Obergefell: apastyle URL; five other chats, at most three open at once (two touch the ends)', LATE + HOUR, [
    [0, 'p', "how do i cite a supreme court case in APA 7? it's Obergefell v. Hodges"],
    [30, 'l', "Hello! I'm Tamsin, a librarian at another college in the cooperative, covering your library's chat tonight."],
    [36, 'l', 'Is it for the reference list, the in-text citation, or both?'],
    [60, 'p', 'both pls'],
    [66, 'l', 'OK, let me pull up the APA guidance.'],
    [140, 'l', "Reference list: Obergefell v. Hodges, 576 U.S. 644 (2015). In text: Obergefell v. Hodges (2015) or (Obergefell v. Hodges, 2015), with the case name in italics. APA's own page: apastyle.apa.org/style-grammar-guidelines/references/examples/legal-references"],
    [146, 'l', 'Does that give you what you need?'],
    [190, 'p', "perfect thank you. that's all i needed"],
    [195, 'l', 'Glad to help, good luck with the paper, bye!'],
  ], usual(), { library: 'ASHGROVE-COLL' }, { busy: [['t1', -200, 100], ['t2', 150, 400], ['t3', 50, 250], ['t4', -300, 0], ['t5', 200, 500]] }),

  // 12 Lost Call done right: one patron message, answered anyway; pickup 75 s; check-in, notice + goodbye
  night(PAVEL, '12 Saturday closing time (Harbor): Lost Call with one patron message answered; pickup 75 s; check-in, notice + goodbye', LATE, [
    [0, 'p', 'what time does the Harbor branch close on saturdays'],
    [75, 'l', "Hi! This is Pavel, a librarian with Ask Us After Hours. Let me look up Harbor's Saturday hours for you."],
    [130, 'l', 'Harbor Branch is open 10 to 5 on Saturdays, per harborlibrary.org/hours.'],
    [136, 'l', 'Is that what you needed?'],
    [270, 'l', 'Are you still there?'],
    [420, 'l', "It looks like you've disconnected, so I'll be closing this chat. Please come back anytime. Goodnight!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { library: 'HARBOR', resolutionCode: 'Lost Call' }),

  // 13 Lost Call after three patron messages; a 148 s search behind a hold; check-in only, then the patron's window closes
  night(INES, '13 ILL form (Bellamy State): Lost Call after three patron lines; 148 s behind a hold; "Hello? Are you still there?" then gone', SMALL + HOUR, [
    [0, 'p', 'how do i request an interlibrary loan'],
    [35, 'l', "Hi there, I'm Ines, a librarian with the after-hours research chat."],
    [40, 'l', 'Which school are you at? Each campus has its own ILL form.'],
    [70, 'p', 'Bellamy State'],
    [75, 'p', 'its for a book'],
    [82, 'l', "Thanks! Let me find Bellamy State's ILL page."],
    [230, 'l', "Found it. Log in at bellamy.illiad.oclc.org with your campus ID and choose 'Book Request' from the menu."],
    [236, 'l', 'Does that work for you?'],
    [360, 'l', 'Hello? Are you still there?'],
    closed(370),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'fail', clarify: 'pass', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { library: 'BELLAMY', resolutionCode: 'Lost Call' }),

  // 14 the service closes at midnight: the provider ends with a way back (e-mail reference, chat at 9 am)
  night(WREN, '14 death certificate, then a list (Ferncliff): Vital Records URL + phone; "the chat service closes at midnight" with e-mail + reopening', 13 * HOUR + 45 * 60, [
    [0, 'p', "hi i have a few questions about my moms estate. first, where do i get a copy of her death certificate in Ferncliff county"],
    [30, 'l', "Good evening! I'm Wren, a librarian with the state's Ask Us chat, filling in for Ferncliff Public Library tonight."],
    [36, 'l', 'Do you need a certified copy (for banks and insurance) or just an informational one?'],
    [70, 'p', 'certified'],
    [78, 'l', "Certified copies come from the county's Vital Records office: order online at ferncliffcounty.gov/vitalrecords, or call them at 555-208-3300 on weekdays. Each copy is $20."],
    [84, 'l', 'Does that answer your first question?'],
    [120, 'p', 'yes. second, how do i find out if she had life insurance. third, do i need a lawyer for probate. fourth, what happens to her library card lol'],
    [150, 'l', "Those are good questions. The chat service closes at midnight, which is in a few minutes, so I'll need to stop here. You can send the rest to Ferncliff's e-mail reference service at ask@ferncliffpl.org, or chat with us again when we reopen at 9 am."],
    [156, 'l', "I'm sorry about your mother. Thank you for chatting, and take care."],
  ], usual({ anything: 'fail', referral: 'pass' }), { library: 'FERNCLIFF' }),

  // 15 "one question per chat session": a limit of questions, though a new chat is offered
  night(JULES, '15 DVD renewals, then mysteries (Carverton): "We can only handle one question per chat session"', EVE + 2 * HOUR, [
    [0, 'p', 'how many times can I renew a DVD at Carverton library'],
    [40, 'l', "Hi, Ask a Librarian here. My name is Jules and I'm a librarian in Vermont covering for Carverton tonight."],
    [46, 'l', "Is it a regular DVD or one of the new-release 'Quick Picks'?"],
    [70, 'p', 'regular'],
    [95, 'l', "Carverton's loan rules page (carvertonlibrary.org/borrowing) says regular DVDs go out for 1 week and can be renewed twice unless someone has a hold on them."],
    [100, 'l', 'Did that help?'],
    [130, 'p', 'yes. also can you recommend some mystery series like Louise Penny'],
    [140, 'l', 'We can only handle one question per chat session, sorry! Please start a new chat for reading suggestions.'],
    [146, 'l', 'Thanks for using Ask a Librarian. Goodbye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' }), { library: 'CARVERTON' }),

  // 16 follow-up by me from Oregon, recorded in Pacific time: 19:00 PST on Thursday is 22:00 EST, after the 72 h
  night(QUINN, '16 Carnegie building demolished (Marlow): follow-up by me "by Thursday", recorded Thu 19:00 -08:00 (72 h 54 min): late', 11 * HOUR, [
    [0, 'p', "Hello, I'm trying to find out when the old Carnegie library building in Marlow was torn down. My library is closed and I'm curious tonight."],
    [32, 'l', "Hi! I'm Quinn, a reference librarian in Oregon, answering chats for Marlow Public Library after hours."],
    [38, 'l', 'Do you mean the original 1905 building on Center Street? And is this for a project, or just curiosity?'],
    [80, 'p', 'yes that one. just curious, my dad says it was the 60s'],
    [86, 'l', "Let me look through what's online, give me a couple of minutes."],
    [200, 'l', "Still searching. The Carnegie library inventory at carnegielibraries.org lists Marlow's building as 'demolished' but gives no date."],
    [300, 'l', "The newspaper archive I can reach doesn't cover Marlow after 1950. I'd like to keep digging tomorrow with a database I can only use from my office. Could I e-mail you what I find?"],
    [330, 'p', 'sure, its pkimura@example.org'],
    [336, 'l', "Thanks, I have pkimura@example.org. I'll write to you by Thursday."],
    [340, 'l', 'Is the inventory entry useful for now?'],
    [370, 'p', 'yes thanks! no more questions'],
    [375, 'l', 'Thanks for chatting, Quinn signing off. Good night!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, library: 'MARLOW', followUps: [{ doneAt: '2026-03-05T19:00:00-08:00', by: 'quinn' }] }, { nowAfter: 8 * DAYS }),

  // 17 across the spring-forward night: ended Fri 23:04:30 EST, done Mon 23:30 EDT = 71 h 25 min of real time (72 h 25 min on the wall clock)
  night(ODILE, '17 recurring room booking (Elmhurst): coordinator to e-mail "by Monday evening"; done Mon 23:30 -04:00, 71.4 real hours over the DST change', FRI_NIGHT, [
    [0, 'p', "hi im trying to book the community room at elmhurst library for a knitting group, 2nd tuesday of every month. the online form keeps erroring"],
    [40, 'l', "Hello, and welcome to Ask a Librarian! I'm Odile, a librarian from Quebec helping out on the weekend shift."],
    [46, 'l', 'What time of day would your group meet, and about how many people?'],
    [90, 'p', 'evenings 6-8, about 12 people'],
    [96, 'l', "Let me look at Elmhurst's room booking page."],
    [170, 'l', "Their meeting room policy (elmhurstlibrary.org/meeting-rooms) says the Community Room seats 40 and recurring bookings have to be approved by the room coordinator, which may be why the form errors out on a repeating date."],
    [176, 'l', "I can't book rooms from here, so I'll send your request to Elmhurst's coordinator and she'll get back to you. What e-mail should she use?"],
    [210, 'p', 'knitwits.elm@gmail.com'],
    [216, 'l', 'Thank you, knitwits.elm@gmail.com. The library is closed this weekend, so expect her reply by Monday evening.'],
    [222, 'l', 'Does the policy page answer the rest of your question?'],
    [260, 'p', "yes. that's all, thank you!"],
    [265, 'l', 'Happy knitting, good night!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, library: 'ELMHURST', followUps: [{ doneAt: '2026-03-09T23:30:00-04:00' }] }, { nowAfter: 8 * DAYS }),

  // 18 non-native patron: FU_LIB with the e-mail read back but no time ("They will be in touch with you."); pending
  night(ANNEKE, '18 card with a bank letter (Sayreville): card page URL; circulation to "be in touch", e-mail read back, no time; pending', EVE + 3 * HOUR, [
    [0, 'p', 'Hello, I am new in Sayreville from Poland. Can I get library card without lease paper? I have only bank letter'],
    [35, 'l', "Hi, welcome! My name is Anneke and I'm a librarian with the Ask chat, answering for Sayreville Public Library tonight."],
    [41, 'l', 'Is the bank letter addressed to you at your Sayreville address, and is it recent (within the last month)?'],
    [80, 'p', 'yes, from last week, my name and address'],
    [88, 'l', "One moment, I'll check their card rules."],
    [150, 'l', "Sayreville's card page (sayrevillelibrary.org/get-a-card) lists 'a piece of mail dated within 30 days' as proof of address, together with a photo ID. So your bank letter should work."],
    [156, 'l', 'Does that answer your question?'],
    [190, 'p', 'Yes. But I work when library open. Can they make card by mail?'],
    [200, 'l', "Good question, the page doesn't say. I'll ask Sayreville's circulation staff to contact you about it. What's your e-mail?"],
    [235, 'p', 'marta.nowak@example.pl'],
    [240, 'l', 'Thanks, marta.nowak@example.pl. They will be in touch with you.'],
    [246, 'l', 'Anything else I can help with?'],
    [270, 'p', 'No, thank you very much'],
    [275, 'l', 'You are welcome, Marta. Have a good evening!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB, library: 'SAYREVILLE' }),

  // 19 the wrong Springfield first (Illinois, with its phone), corrected to Oregon: every party reached; no question first
  night(MARISOL, '19 book donations (Springfield): Illinois answer first, corrected to Oregon; Friends e-mail + library URL; no question before the first source', LATE + 30 * 60, [
    [0, 'p', 'does springfield library take book donations? I have like 6 boxes'],
    [28, 'l', "Hi! I'm Marisol, one of the librarians staffing the cooperative's night chat."],
    [33, 'l', 'Let me look up their donation policy.'],
    [110, 'l', 'Lincoln Library in Springfield takes donations at its back dock Tuesday to Saturday; call them at 217-555-0170 first if you have more than 3 boxes.'],
    [140, 'p', 'um, springfield OREGON lol'],
    [146, 'l', 'Oh no, my mistake, sorry! Let me redo that for Springfield, Oregon.'],
    [230, 'l', "Springfield Public Library (Oregon) handles donations through the Friends of the Library book sale. Drop them at the library's front desk during open hours; for 6 boxes, e-mail the Friends first at friends@springfieldfriends.org so they can plan for it. Library hours and address: springfield-or.gov/library."],
    [236, 'l', 'Does that help?'],
    [280, 'p', 'yes thanks!'],
    [286, 'l', 'Anything else I can look up?'],
    [310, 'p', 'nope thats it'],
    [314, 'l', 'Good luck with the boxes, and thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'pass' }), { library: 'SPRINGFIELD-OR' }),

  // 20 pickedUpAt at 30 s, first line at 190 s (160 s after the pickup); WorldCat, ProQuest, the college's ILL office by e-mail
  night(HAMISH, '20 1987 Ibadan dissertation (Westmoor): pickedUpAt 30 s, first line 190 s; WorldCat + CRL; ILL office e-mail + form', SMALL + 2 * HOUR, [
    [0, 'p', "hi, i need a copy of a 1987 dissertation by R. Okafor on Igbo market women, University of Ibadan. our library doesn't seem to have it"],
    [190, 'l', "Hello, sorry for the wait! I'm Hamish, a librarian at a partner university in Scotland, covering your library's chat overnight."],
    [196, 'l', 'Do you need the whole thing, or would an abstract do for now? And which university are you at?'],
    [240, 'p', "whole thing. I'm at Westmoor College"],
    [248, 'l', 'Thanks. Checking WorldCat and ProQuest now, just a moment.'],
    [340, 'l', "It's not in ProQuest Dissertations & Theses (Ibadan theses of that era mostly weren't deposited there), but WorldCat (worldcat.org) shows a copy at the University of Ibadan's Kenneth Dike Library and one at the Center for Research Libraries."],
    [346, 'l', "CRL lends to member libraries, so ask Westmoor's interlibrary loan office to request it: interlibrary.loan@westmoor.edu or the form at westmoor.edu/library/ill."],
    [352, 'l', 'Does that give you a way forward?'],
    [400, 'p', "yes, thank you, I'll email ILL. that's all for tonight"],
    [405, 'l', 'Best of luck with the research, goodnight!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { library: 'WESTMOOR', pickedUpAt: at(SMALL + 2 * HOUR + 30) }),

  // 21 greeting that names no one ("answering from out of state"); a screen name only; check-in, notice + invitation back
  night(DESK, '21 blocked card (Tarrant Falls): "Hi there!" + "answering from out of state" names no one; policy URL + phone; check-in, notice', EVE + 90 * 60, [
    [0, 'p', 'my card says blocked when i try to check out ebooks'],
    [22, 'l', 'Hi there! Sorry to hear that.'],
    [27, 'l', "I'm answering from out of state tonight, so I can't see your account. What library is the card from?"],
    [60, 'p', 'Tarrant Falls'],
    [70, 'l', 'Tarrant Falls blocks cards when fines reach $10 or the card has expired (their policy is at tarrantfallslibrary.org/policies). Call them at 555-718-2020 when they open tomorrow at 9 and they can tell you which it is and fix it.'],
    [76, 'l', 'Does that help?'],
    [200, 'l', 'Hi, are you still there?'],
    [330, 'l', "It looks like you may have left. I'm going to end this chat now; feel free to reach out again."],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }), { library: 'TARRANT-FALLS' }),

  // 22 Spanish: children's books, a new PIN from the home library "el lunes … ese mismo día", e-mail read back; done in 39 h
  night(YARI, '22 libros infantiles en español (Glenwood): catálogo, PIN nuevo por correo "el lunes", correo repetido; done in 39 h', SAT_EVE, [
    [0, 'p', 'hola buenas noches, quiero saber si la biblioteca tiene libros en español para niños y como puedo apartar uno'],
    [30, 'l', '¡Buenas noches! Soy Yaritza, bibliotecaria del servicio cooperativo de chat. Esta noche atiendo las preguntas de la Biblioteca Pública de Glenwood.'],
    [36, 'l', '¿Para qué edad son los libros? ¿Y tiene usted tarjeta de Glenwood?'],
    [80, 'p', 'para mi hija de 6 años. si tengo tarjeta pero no me acuerdo del pin'],
    [88, 'l', 'Un momento, busco en el catálogo.'],
    [170, 'l', 'En el catálogo de Glenwood (glenwoodlibrary.org/catalog) hay unos 300 libros infantiles en español; busque «libros infantiles español» y filtre por «Niños». Para apartar uno necesita el PIN.'],
    [176, 'l', 'Yo no puedo ver su cuenta, pero puedo pedir que el personal de Glenwood le mande un PIN nuevo. ¿A qué correo se lo envían?'],
    [220, 'p', 'lucia.mendez@example.com'],
    [226, 'l', 'Gracias: lucia.mendez@example.com. La biblioteca abre el lunes a las 10 y le escribirán ese mismo día.'],
    [232, 'l', '¿Le sirve esta información?'],
    [270, 'p', 'si, muchas gracias'],
    [276, 'l', '¿Algo más en que le pueda ayudar?'],
    [300, 'p', 'no, eso es todo'],
    [305, 'l', '¡Que disfruten la lectura! Buenas noches.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, library: 'GLENWOOD', followUps: [{ doneAt: at(SAT_EVE + 310 + 39 * HOUR) }] }, { nowAfter: 5 * DAYS }),

  // 23 the patron leaves 12 s after a greeting that is a hold: no substantive exchange; no goodbye
  night(SELMA, '23 new Percy Jackson (Lost Call): greeting + "Let me take a look", patron gone 12 s later', EVE + 45 * 60, [
    [0, 'p', 'do you have the new Percy Jackson book'],
    [48, 'l', "Hi! I'm Selma, a librarian with Ask Us Tonight. Let me take a look for you."],
    closed(60),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { library: 'ORCHARD', resolutionCode: 'Lost Call' }),

  // 24 census income for an econ paper: "Still there?", then "I'm going to close this chat now. Thanks …" (no disconnect said)
  night(BRAM, '24 Lorain County median income: QuickFacts + S1901; "Still there?" then a close that says nothing of a disconnect', SMALL + 3 * HOUR, [
    [0, 'p', "how do i find the census bureau's median household income for my county for my econ paper"],
    [25, 'l', 'Hello! This is Bram, a librarian answering for your college library tonight through the Ask cooperative.'],
    [30, 'l', 'Which county, and which year do you need?'],
    [65, 'p', 'Lorain county ohio, 2022'],
    [72, 'l', 'Let me look that up on data.census.gov.'],
    [165, 'l', 'QuickFacts (census.gov/quickfacts/loraincountyohio) gives the median household income for Lorain County for 2018-2022 (ACS 5-year), in 2022 dollars. For a single-year 2022 figure use table S1901 at data.census.gov (ACS 1-year).'],
    [171, 'l', 'Will that work for your paper?'],
    [300, 'l', 'Still there?'],
    [420, 'l', "I'm going to close this chat now. Thanks for using the Ask service!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' }), { library: 'OBERLIN-VALLEY' }),

  // 25 fifth grader, volcano sites: no completeness question, goodbye exactly 120 s after the answer with no check-in
  night(ABARA, '25 volcano websites (5th grade): two sites; goodbye 120 s after the answer, no check-in, no "did that help"', EVE + 20 * 60, [
    [0, 'p', 'i need websites about volcanos for a school project. 5th grade'],
    [18, 'l', "Hi! I'm Mr. Abara, a school librarian helping with homework chat tonight."],
    [24, 'l', 'What do you need to find out about volcanoes: how they form, famous eruptions, or something else?'],
    [60, 'p', 'how they erupt and types of volcanos'],
    [66, 'l', 'Great topic! Let me find some kid-friendly sites.'],
    [100, 'l', "Try these: 1) National Geographic Kids, kids.nationalgeographic.com (search 'volcano'). 2) USGS Volcano Hazards Program, volcanoes.usgs.gov, which has a page on the types of volcanoes."],
    [220, 'l', 'Thanks for using homework chat, and good luck on your project! Bye!'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' }), { library: 'PINE-HILL-SD' }),

  // 26 the patron fetches the card from the car (244 s): "take your time" is no hold; museum pass booking page
  night(LORCAN, '26 science center pass (Ashby): card prefix asked, patron away 244 s after "take your time"; booking URL', EVE + 40 * 60, [
    [0, 'p', 'Can I reserve a museum pass for the science center through the library? for next Saturday'],
    [35, 'l', 'Good evening! Thanks for contacting Ask Away. I\'m Lorcan, a librarian covering the after-hours chat for libraries in your network.'],
    [41, 'l', 'Which library is your card from? The card number usually starts with a code for your town.'],
    [80, 'p', 'oh hang on let me find my card, its in the car'],
    [86, 'l', 'No problem, take your time.'],
    [330, 'p', 'ok its 23917 so Ashby i think'],
    [336, 'l', "Yes, 23917 is Ashby. Give me a moment to open Ashby's museum pass page."],
    [420, 'l', 'Ashby books museum passes online at ashbylibrary.org/museum-passes. The Science Center pass admits 4 people at half price. Choose the date, sign in with your card number and PIN, and the pass is e-mailed to you as a printable coupon.'],
    [426, 'l', 'Is that what you were after?'],
    [460, 'p', 'yes! got next saturday booked'],
    [466, 'l', 'Excellent. Anything else tonight?'],
    [500, 'p', "that's everything, thank you"],
    [505, 'l', 'Enjoy the Science Center! Goodnight.'],
  ], usual(), { library: 'ASHBY' }),

  // 27 law student: notice, transfer, and the note written after it; the receiving law librarian has three other chats open
  night(KIT, '27 ADA legislative history: transfer notice, note only after the transfer; Dolores at four chats during her part', LATE + 2 * HOUR, [
    [0, 'p', 'where can I find the legislative history for the Americans with Disabilities Act? for a law school paper'],
    [20, 'l', "Hi, I'm Kit, a librarian with the overnight research chat."],
    [26, 'l', 'Do you need the committee reports and hearings, or mainly the floor debates?'],
    [55, 'p', 'committee reports mostly'],
    [62, 'l', "A law librarian in the cooperative is online, and she'll know the best sources. I'm transferring you to her now, one moment."],
    xfer(70, 'Dolores', 'dolores'),
    [75, 'i', 'ADA 1990 leg history, committee reports, law student'],
    [110, 'l', "Hello! I'm Dolores, a law librarian at a member school. You're looking for ADA committee reports, right?", as(DOLORES)],
    [150, 'p', 'yes'],
    [158, 'l', "The main ones are H.R. Rep. No. 101-485 (four parts) and S. Rep. No. 101-116. ProQuest Legislative Insight has the whole compiled history if your law library subscribes; HeinOnline's U.S. Federal Legislative History Library has it too, and govinfo.gov has the Congressional Record for free.", as(DOLORES)],
    [164, 'l', 'Does that get you started?', as(DOLORES)],
    [210, 'p', "yes, that's great. that's all I needed"],
    [215, 'l', 'Good luck with the paper, bye!', as(DOLORES)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), { library: 'KESTREL-LAW' }, { busy: [['d1', 100, 600, 'dolores'], ['d2', 120, 700, 'dolores'], ['d3', 150, 400, 'dolores']] }),

  // 28 a source with no codes: the provider's own promise to e-mail a longer list "by 10 am tomorrow"; done in 15 h
  night(ESTHER, '28 immigration graphic novels for a 4th-grade class: no codes in the source; "I\'ll e-mail it … by 10 am tomorrow", done in 15 h', EVE + 30 * 60, [
    [0, 'p', "Hi, I'm a 4th grade teacher. Looking for graphic novels about immigration for my classroom library. Our school librarian is out this week."],
    [25, 'l', "Hi, thanks for writing in! I'm Esther, a youth services librarian with the Ask-a-Librarian cooperative."],
    [31, 'l', 'Are you looking for fiction, memoir, or both? And is there a reading-level range I should stay within?'],
    [80, 'p', 'both, roughly grades 3-5 reading level'],
    [86, 'l', 'Let me pull a few together, bear with me.'],
    [190, 'l', "To start: 'When Stars Are Scattered' by Victoria Jamieson & Omar Mohamed (memoir, grades 4-7) and 'Measuring Up' by Lily LaMotte (fiction, grades 3-7). Both are in most public library catalogs."],
    [196, 'l', "I'd like to put together a longer list with reading levels from a database I use at work. I'll e-mail it to you tomorrow morning. What address should I use?"],
    [230, 'p', 'rgrady@hollis.k12.example.us'],
    [236, 'l', "Thanks: rgrady@hollis.k12.example.us. You'll have it by 10 am tomorrow."],
    [240, 'l', 'Do those two titles help in the meantime?'],
    [280, 'p', 'yes, perfect. thank you!'],
    [286, 'l', 'Anything else for your classroom?'],
    [310, 'p', "no, that's it!"],
    [315, 'l', 'Happy reading to your class, goodbye!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { library: 'HOLLIS-SD', resolutionCode: undefined, followUps: [{ doneAt: at(EVE + 30 * 60 + 320 + 15 * HOUR) }] }),

  // 29 locker code: restatement as the question; the branch's number given with a typo, corrected in the next line
  night(AYO, '29 pickup locker code (Kingsford, Northgate): restatement; locker FAQ URL; branch phone corrected; branch closed now', LATE, [
    [0, 'p', 'hey, got a text that my hold is in the pickup locker at Northgate but no locker code came with it'],
    [40, 'l', "Hi, this is Ayo with Ask Us 24/7. I'm a librarian in Georgia, answering for Kingsford Public Library tonight."],
    [46, 'l', 'So the text said your hold is in a locker at Northgate, but you never got the code to open it. Is that right?'],
    [70, 'p', 'yep'],
    [78, 'l', "The locker codes come from Kingsford's own system, and I can't see it from here. Their locker FAQ (kingsfordpl.org/lockers) says the code comes in a second text within an hour; if it doesn't, call Northgate at 555-640-0142 and they can resend it."],
    [84, 'l', 'Sorry, typo in that number: Northgate is 555-640-0124.'],
    [90, 'l', 'Does that help?'],
    [140, 'p', "it's 10pm tho are they open"],
    [150, 'l', 'Northgate is open until 9 on weekdays, so they\'re closed now; they reopen at 10 tomorrow. The lockers are open 24/7, though, so once you have the code you can pick up anytime.'],
    [156, 'l', 'Anything else I can do for you?'],
    [200, 'p', 'no. thanks'],
    [205, 'l', "Thanks for chatting, and sorry it couldn't be sorted tonight. Goodnight!"],
  ], usual({ referral: 'pass' }), { library: 'KINGSFORD' }),

  // 30 "I'll let the circulation desk know, and they'll reach out to you Monday": coded Answered, no contact anywhere; day 5
  night(MEI, '30 lost book on campus (Castleton): lost-item policy URL; "they\'ll reach out to you Monday" with no contact, coded Answered; day 5', SMALL, [
    [0, 'p', 'i think i lost a library book somewhere on campus. what happens now'],
    [30, 'l', "Hi there! I'm Mei, a librarian with the overnight chat service for Castleton University."],
    [36, 'l', 'Is the book overdue yet, or still within the loan period?'],
    [70, 'p', 'due next week'],
    [76, 'l', "OK, good, you have time. Castleton's lost-item policy (castleton.edu/library/lost) says you're billed the replacement cost plus a $10 fee only once it's 30 days overdue, and the charge is removed if the book turns up."],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'kinda. can they check if someone turned it in'],
    [126, 'l', "I'll let the circulation desk know, and they'll reach out to you Monday."],
    [132, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Goodnight, and good luck finding it!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { library: 'CASTLETON' }, { nowAfter: 5 * DAYS }),

  // 31 second batch: the e-mail read back wrong, corrected by the patron, read back right; school reopens Tuesday; done in 50 h
  night(TOBIAS, '31 Epic class code (Rosewood Elementary): e-mail read back as 86, patron corrects to 88; media specialist "when it reopens on Tuesday"; front office phone; check-in, notice + goodbye', SUN_EVE + HOUR, [
    [0, 'p', "Hi, my daughter's 3rd grade class is supposed to use Epic books at home but the class code her teacher sent doesn't work. Rosewood Elementary."],
    [33, 'l', "Hello! I'm Tobias, a librarian with the Ask a Librarian cooperative, covering for school and public libraries in your area this evening."],
    [40, 'l', 'What happens when she enters the code? Does Epic show an error message?'],
    [85, 'p', "it says 'class code not found'"],
    [92, 'l', "Hmm. Let me check Epic's help pages for that message."],
    [175, 'l', "Epic's help article (getepic.com/support) says 'class code not found' usually means the code was typed with a space or the teacher's class was archived for the new term. Try typing it without spaces, all lowercase."],
    [181, 'l', 'Did that fix it?'],
    [240, 'p', 'no same thing'],
    [248, 'l', "Then it's probably on the teacher's side, and I can't see Rosewood's accounts. I can send this to Rosewood's library media specialist so she can check the class with the teacher. What e-mail should she write to?"],
    [290, 'p', 'kpatel88@example.com'],
    [296, 'l', "Thanks, that's kpatel86@example.com?"],
    [320, 'p', '88 not 86'],
    [326, 'l', "Sorry! kpatel88@example.com. School is closed tomorrow for the holiday, so she'll reply when it reopens on Tuesday."],
    [332, 'l', "In the meantime you can also call Rosewood's front office at 555-410-2200 on Tuesday morning."],
    [338, 'l', 'Anything else I can help with tonight?'],
    [470, 'l', 'Are you still there?'],
    [560, 'l', "It seems you've left the chat, so I'll close this session. Thanks for writing in, and have a good night!"],
  ], usual({ idle: 'pass', disconnect: 'pass', contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_LIB, library: 'ROSEWOOD-SD', followUps: [{ doneAt: at(SUN_EVE + HOUR + 565 + 50 * HOUR) }] }, { nowAfter: 5 * DAYS }),

  // 32 the patron is told to write to the library, which "usually repl[ies] within a business day": no promise; patron leaves
  night(MONA, '32 telescope kit (Ridgefield): catalog; "e-mail adult services …; they usually reply within a business day" (no promise); patron "gotta go"', SAT_EVE + 3 * HOUR, [
    [0, 'p', "Hello. Does the Ridgefield library lend telescopes? I saw it on facebook but can't find it on their site"],
    [45, 'l', "Hi there, this is Mona, a librarian with the QuestionPoint 24/7 cooperative. I'm answering for Ridgefield while they're closed."],
    [51, 'l', 'Are you looking to borrow one for yourself, or for a school or group event?'],
    [90, 'p', 'for me and my son'],
    [96, 'l', 'OK, one moment while I search their catalog.'],
    [170, 'l', "Ridgefield's catalog (ridgefieldlibrary.org/catalog) has an 'Orion StarBlast Telescope Kit' in the Library of Things collection: 3 copies, 2-week loan, adult cardholders only. All 3 are out right now, with 4 holds."],
    [176, 'l', "If you'd like to know whether they're buying more, e-mail Ridgefield's adult services team at adultservices@ridgefieldlibrary.org; they usually reply within a business day."],
    [182, 'l', 'Does that help?'],
    [230, 'p', "yes thank you, i'll put a hold on it. gotta go, son is calling"],
  ], usual({ anything: 'fail', courteous: 'fail', referral: 'pass' }), { library: 'RIDGEFIELD' }),
];

/** The cases the scorer still misreads (name -> which check, what the scorer gave, what RUBRIC.md says, which message). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-sixth round: a national cooperative after hours, checked', () => {
  describeSessions('whole sessions', cooperative.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', cooperative.filter((c) => c.name in LEFT_WHY));
});
