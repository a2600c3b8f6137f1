/**
 * Sixty-first round, theme WEDDINGS AND MARRIAGE RECORDS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: marriage licenses (Harris County TX, Florida's 60-day validity, what to bring in Las
 * Vegas, Montana's blood test, a Wisconsin waiting period), officiants (a friend ordained online in Ohio, a Florida notary on
 * the beach), witnesses (a 17-year-old sister in Maryland), common-law marriage in Colorado, certified copies (Travis County
 * for a green card, Fairfax VA, King County WA fees, NYC City Hall's extended certificate for a passport, Cook County for an
 * estate), corrections (a misspelled maiden name in Pima County), name changes after marriage (SSA then the MVA, a passport by
 * DS-5504 within a year), marriages abroad and apostilles (a Dallas certificate for Mexico in Spanish, Albany and Chicago
 * certificates for Italy, a 1980 Korean marriage for SSA), and old records for genealogy (Spokane 1920s, Baltimore 1898,
 * Reno 1965, Lancaster County PA 1886-1923, Augusta County VA marriage bonds of the 1850s, Harford County MD 1946, Boston
 * 1908-1912). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtyFirstRoundWeddings-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); a 75 s pickup (03: fail); "Congrats! Hello, this is Alma …" (01); "Hi!
 *   What can I do for you today?" under the screen name "Ref Desk" (04: names no one, fail); "Good afternoon!" + "You're
 *   chatting with Abe from …" split over two lines (29: pass); "Welcome to Ask a Librarian! My name's Tara …" (22); Spanish
 *   "¡Hola! Le saluda Inés, bibliotecaria de …" (06); chat-speak "hi! sol here w/ Queens Public Library ask a librarian"
 *   (21) and "hi! Paul at Missoula Public Library here 🙂" (16); `pickedUpAt` at 40 s with the first line at 100 (27); no
 *   provider ever joined (18);
 *  inquiry: citizenship and IDs, certified copy or abstract, church or online ministry, state, county, names, church or City
 *   Hall, the Korean registration, which clerk issued it, licence in hand, the groom's name, under 18, a legal reason; the
 *   first source given before "Do you know the names of both …?" (05: fail); a restatement with no question mark ("So you
 *   need a certified copy of your parents' 1972 Cook County marriage record for an estate.", 24: pass);
 *  waits: "let me look into what USCIS accepts, one sec" answered 140 s later (02: fail); holds at 81 and 180 (a partial
 *   result that says the search goes on) and the answer at 275 (07); holds at 86/190/290 and the answer at 385 (26); a
 *   transfer notice answered 69 s later by the receiver (13); a silent transfer, the receiver 155 s after the patron (14:
 *   fail); "Sure, no rush — take your time." then the patron back 200 s later (23: waiting on the patron, pass); 60 s between
 *   `pickedUpAt` and the first line (27: pass);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 150 and "It looks like you've disconnected, so I'll
 *   end this session. Feel free to chat back in anytime!" at 340 (09: final idle 320 s, both pass); "Are you still with
 *   me?" at 200 and "It looks like we got disconnected, so I'm going to close this chat now." at 300 with no goodbye (10:
 *   idle and notice pass, courteous fails); a goodbye 154 s after the answer with no check-in (30: idle fails, disconnect
 *   na); the patron's "thats everything i needed" as the last line (25: courteous fails); "You've used up your question for
 *   today. Goodbye." (11: LEFT); "I have a few other people waiting … please chat back in later, or call our Genealogy Desk"
 *   (12: allowed); goodbyes "Have a great wedding! Goodnight.", "You're welcome! Bye now.", "Glad to help, take care!",
 *   "Thanks, buona fortuna!", "Prego, and thanks for chatting!", "Con mucho gusto. ¡Gracias por comunicarse …!", "cool,
 *   congrats & bye!", "Ok! Take care.", "Thanks for your patience!"; patron-side "thats all i needed", "thats everything",
 *   "no that's it", "es todo", "nah thats it", "thats all for today", "yes that is everything", "thats all", and "ok", "yes
 *   ok", "kinda. thanks", "ok will do", "no, i can do it online. ty" that do not count;
 *  sources: county clerk, recorder and court pages, state archives (msa.maryland.gov, lva.virginia.gov,
 *   digitalarchives.wa.gov, lancastercountyarchives.org), ssa.gov and SSA's POMS, travel.state.gov, dos.ny.gov, ilsos.gov, a
 *   consulate's site, AmericanAncestors.org through bpl.org; none ("Usually couples sign an affidavit; your HR office should
 *   have one.", 29: fail);
 *  referrals: "go to an MVA office" with no contact (04: fail); the Texas SOS by P.O. Box in Spanish (06: LEFT); the
 *   library's Genealogy Desk by phone (12); the Albany County Clerk by street and the NY Department of State by URL (14);
 *   "worth contacting a genealogist who specializes in the Shenandoah Valley" (22: no contact, fail); the Illinois SOS Index
 *   Department by URL (23); the library's Maryland Department and a county library's local history staff consulted on the
 *   patron's behalf (07, 19) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (07: pass); a promise to e-mail with the e-mail
 *   read back and no time, coded Answered (08: code and contact fail, on_time pending); FU_LIB, phone read back as a
 *   question, "by Monday", done after 100 h (19: on_time fails); FU_ME with "get back to you by Thursday" and no e-mail or
 *   phone anywhere (20: code and contact fail, on_time pending at day 1);
 *  codes: a true Lost Call (09); Lost Call after three patron lines (28); null with no provider (18); an empty string (27);
 *   Practice (17);
 *  transfers: a notice (a hold) and an internal note that says why (13: pass); an internal note only, silent to the patron
 *   (14: fail);
 *  concurrency: three others open through the session, four at once (15: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (16: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi! What can I do for you today?" greets but identifies no one (04); "Good afternoon!" and "You're chatting with Abe
 *   from the Pikes Peak Library District." together greet and identify (29);
 * - a referral tells the patron to contact or visit someone: "In Ohio he applies to the Ohio Secretary of State …" tells the
 *   patron what the officiant (a third party) must do, not to contact anyone (03: na); "your HR office should have one" says
 *   where a form is kept but tells the patron to do nothing (29: na); "Envíe la copia certificada … a: Secretary of State,
 *   … P.O. Box" tells the patron to write to an agency (06: a referral with a postal address); "it's worth contacting a
 *   genealogist who specializes in the Shenandoah Valley" tells the patron to contact a named kind of specialist (22: no
 *   contact); "Take the city clerk's copy to the Albany County Clerk, 16 Eagle St …, then mail it to the NY Department of
 *   State …; both steps are explained at dos.ny.gov/…" reaches the first by a street address and the second by a URL (14);
 * - "Travis County sells them online at …", "order it on the City Clerk's site", "The Cook County Clerk sells those online at
 *   …" point to a website to use: a source, not a referral (02, 21, 24);
 * - "Does one of those look like her?", "Does the archives index help for now?", "Does that help with the first couple?",
 *   "that what u needed?" ask whether what was given meets the need; "Would a printout of the order steps be helpful too?"
 *   offers something not yet given and does not (24);
 * - "Ok! Take care.", "Thanks for your patience!" and "Have a great wedding! Goodnight." say goodbye / thank the patron;
 * - "You've used up your question for today" tells the patron they have reached a limit of questions (11);
 * - a greeting with "How can I help?" is not a substantive message, so the Lost Call (09) has no substantive exchange and its
 *   final idle starts at that greeting (the first non-hold provider line after the patron's only line) and ends at the
 *   notice that invites back (320 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 2 (both referral.contact, see READINGS):
 *  - case 03, pass -> na: I had read "he applies to the Ohio Secretary of State" as a referral; RUBRIC's Referral is "telling
 *    the patron to contact or visit" someone, and here the one who must apply is the patron's friend (the officiant): the
 *    patron is told to contact no one;
 *  - case 29, fail -> na: I had read "your HR office should have one" as "ask your HR office"; it only says where the form is
 *    kept and tells the patron to call, write to, ask or visit no one.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 06: Spanish "Envíe la copia certificada … a: Secretary of State, Authentications Unit, P.O. Box
 *    13550, Austin" read as no referral (na; RUBRIC pass: write to an agency, postal address given);
 *  - closing.no_dismissal, case 11: "You've used up your question for today. Goodbye." read as no dismissal (pass; RUBRIC
 *    fail: a limit of questions, no way back).
 * Every timing check (pickup at 30 and 75 s, by `pickedUpAt`, no provider; keep_informed at 140 and 155 s, across holds of
 * 95-104 s, a partial-result hold, "take your time", two transfers and 60 s after `pickedUpAt`; final idles of 154, 249 and
 * 320 s; concurrency at four and at touching ends; on_time done at 30 h, late at 100 h, pending at day 1 twice) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone read back, library phones and street addresses beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * ON v56 (block V): case 11's "You've used up your question for today. Goodbye." (V1: a limit of questions told) reads as labelled
 *   and runs: 29 running, 1 LEFT (06).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. Please stay on this page.`];

const ALMA: Prov = { id: 'alma-w', name: 'Alma', library: 'HCPL-TX' };
const BO: Prov = { id: 'bo-w', name: 'Bo', library: 'APL-TX' };
const CARL: Prov = { id: 'carl-w', name: 'Carl', library: 'CML' };
const REFDESK: Prov = { id: 'refdesk-w', name: 'Ref Desk', library: 'MDL' };
const EDGAR: Prov = { id: 'edgar-w', name: 'Edgar', library: 'SPL-WA' };
const INES: Prov = { id: 'ines-w', name: 'Inés', library: 'DPL' };
const FERN: Prov = { id: 'fern-w', name: 'Fern', library: 'EPFL' };
const GIL: Prov = { id: 'gil-w', name: 'Gil', library: 'WCL' };
const HAL: Prov = { id: 'hal-w', name: 'Hal', library: 'MPL-WI' };
const IRIS: Prov = { id: 'iris-w', name: 'Iris', library: 'BCL-FL' };
const JUNE: Prov = { id: 'june-w', name: 'June', library: 'FCPL' };
const KARA: Prov = { id: 'kara-w', name: 'Kara', library: 'LPL-PA' };
const LENA: Prov = { id: 'lena-w', name: 'Lena', library: 'AUN' };
const MILO: Prov = { id: 'milo-w', name: 'Milo', library: 'AUN' };
const NOAH: Prov = { id: 'noah-w', name: 'Noah', library: 'NYSL' };
const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'NYSL' };
const OLGA: Prov = { id: 'olga-w', name: 'Olga', library: 'VCPL' };
const PAUL: Prov = { id: 'paul-w', name: 'Paul', library: 'MSLA' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 4', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'VRQ' };
const QUINN: Prov = { id: 'quinn-w', name: 'Quinn', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-w', name: 'Ruth', library: 'PCPL' };
const SOL: Prov = { id: 'sol-w', name: 'sol_qpl', library: 'QPL' };
const TARA: Prov = { id: 'tara-w', name: 'Tara', library: 'LVA' };
const UMA: Prov = { id: 'uma-w', name: 'Uma', library: 'CPL-IL' };
const VIC: Prov = { id: 'vic-w', name: 'Vic', library: 'EPL-IL' };
const WES: Prov = { id: 'wes-w', name: 'Wes', library: 'CCPL-MD' };
const XENA: Prov = { id: 'xena-w', name: 'Xena', library: 'BPL-MA' };
const YUSUF: Prov = { id: 'yusuf-w', name: 'Yusuf', library: 'LVCCLD' };
const ZOE: Prov = { id: 'zoe-w', name: 'Zoe', library: 'AACPL' };
const ABE: Prov = { id: 'abe-w', name: 'Abe', library: 'PPLD' };
const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'KCLS' };

const s = session;

export const sixtyFirstRoundWeddings: SessionCase[] = [
  // 01 the plain good session
  s(ALMA, '01 Harris County marriage license: queue line, "Congrats! Hello, this is Alma", IDs asked, clerk URL, "thats all i needed"', [
    [0, 'p', 'hi how do we get a marriage license, getting married in june!! in harris county tx'],
    queue(2),
    [30, 'l', 'Congrats! Hello, this is Alma, a librarian at Harris County Public Library.'],
    [36, 'l', 'Are you both US citizens, and do you have your IDs handy? The ID rules differ a bit.'],
    [80, 'p', 'yes both citizens, we have drivers licenses'],
    [86, 'l', "The County Clerk's marriage license page (harriscountyclerk.gov/marriage) lists what to bring and the $82.50 fee; it drops to $22.50 if you take the Twogether in Texas class. There's also a 72-hour wait after the license is issued before the ceremony."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yes!! thats all i needed thank u'],
    [146, 'l', 'Thanks for chatting, and best wishes to you both!'],
  ], usual()),

  // 02 a hold answered 140 s later
  s(BO, '02 certified copy for a green card: "let me look into what USCIS accepts, one sec" answered 140 s later', [
    [0, 'p', "Need a certified copy of our marriage certificate for my wife's green card application. We married in Travis County in 2019."],
    [18, 'l', "Hi there — Bo from Austin Central Library's Ask a Librarian team."],
    [24, 'l', 'Do you need the full certified copy, or would an abstract work for USCIS?'],
    [70, 'p', 'not sure, whatever uscis wants'],
    [76, 'l', 'let me look into what USCIS accepts, one sec'],
    [216, 'l', 'Thanks for waiting. USCIS wants a certified copy issued by the official custodian of the record; Travis County sells them online at traviscountyclerk.org/marriage-records ($21 for the first copy).'],
    [222, 'l', 'Did that help?'],
    [260, 'p', 'yes'],
    [264, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no thanks'],
    [294, 'l', 'Great, good luck with the application — bye!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at 75 s; a referral with a URL
  s(CARL, '03 a friend officiating in Ohio: 75 s pickup, online ministry asked, "applies to the Ohio Secretary of State … ohiosos.gov"', [
    [0, 'p', 'my buddy wants to officiate our wedding in columbus. does he need some kind of license?'],
    [75, 'l', 'Good evening, Carl at Columbus Metropolitan Library here. Sorry for the wait!'],
    [82, 'l', 'Is he ordained through a church or an online ministry?'],
    [120, 'p', 'online one, universal life church i think'],
    [126, 'l', "In Ohio he applies to the Ohio Secretary of State for a minister's license before the wedding. The application and the list of documents he has to send them are on ohiosos.gov (search 'minister license')."],
    [132, 'l', 'Is that what you were looking for?'],
    [180, 'p', 'yep perfect'],
    [186, 'l', 'Anything else tonight?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Have a great wedding! Goodnight.'],
  ], usual({ pickup: 'fail' })),

  // 04 greets but names no one; "go to an MVA office" with no contact
  s(REFDESK, '04 name change after marriage, SSA then MVA: "Hi! What can I do for you today?" under "Ref Desk", MVA office with no contact', [
    [0, 'p', 'just got married, what do I change first for my name? SS card or license?'],
    [12, 'l', 'Hi! What can I do for you today?'],
    [20, 'l', 'Which state do you live in?'],
    [45, 'p', 'maryland'],
    [52, 'l', 'Social Security comes first; the steps and Form SS-5 are at ssa.gov/personal-record/change-name. Once your new card arrives, go to an MVA office with it and your marriage certificate to update your license.'],
    [58, 'l', 'Does that help?'],
    [100, 'p', 'yes thank you so much'],
    [105, 'l', "You're welcome! Bye now."],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 05 the question comes after the first source
  s(EDGAR, '05 1920s Spokane County marriages for a family tree: WA Digital Archives given first, then "Do you know the names…?"', [
    [0, 'p', 'where can I find marriage records from the 1920s for Spokane county? doing family tree'],
    [25, 'l', "Hello, I'm Edgar, a reference librarian at Spokane Public Library."],
    [31, 'l', 'The Washington Digital Archives has county marriage records going back to the 1800s, searchable by name: digitalarchives.wa.gov.'],
    [37, 'l', 'Do you know the names of both the bride and groom?'],
    [90, 'p', 'Anna Kowalski and Peter Lind, around 1924'],
    [96, 'l', 'Try searching Lind with the date range 1920-1928 and the record type Marriage. The result page links to the image of the original certificate.'],
    [102, 'l', 'Does that help?'],
    [170, 'p', 'found it!! 1923. thats everything, thanks'],
    [176, 'l', 'Wonderful! Thanks for using Ask a Librarian.'],
  ], usual({ clarify: 'fail' })),

  // 06 Spanish: apostille for Mexico, sent to the Texas SOS by P.O. Box
  s(INES, '06 apostilla de un acta de matrimonio de Dallas para México (Spanish): "Le saluda Inés", P.O. Box de la Secretaría de Estado, "es todo"', [
    [0, 'p', 'hola, necesito apostillar mi acta de matrimonio para usarla en México. Me casé en Dallas'],
    [40, 'l', '¡Hola! Le saluda Inés, bibliotecaria de la Biblioteca Pública de Dallas.'],
    [47, 'l', '¿Ya tiene una copia certificada del acta, o necesita pedirla primero?'],
    [110, 'p', 'ya la tengo, del condado de dallas'],
    [116, 'l', 'Perfecto. La apostilla la emite la Secretaría de Estado de Texas. Envíe la copia certificada con el formulario 2101 y $15 a: Secretary of State, Authentications Unit, P.O. Box 13550, Austin, TX 78711. El formulario está en sos.state.tx.us/authinfo.'],
    [122, 'l', '¿Le sirve esta información?'],
    [180, 'p', 'si, es todo, muchas gracias'],
    [186, 'l', 'Con mucho gusto. ¡Gracias por comunicarse con nosotros y felicidades!'],
  ], usual({ referral: 'pass' })),

  // 07 holds every ~100 s; follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(FERN, '07 1898 Baltimore Catholic marriage (follow-up by me): holds at 81/180, answer at 275, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', "I'm looking for my great-grandparents' marriage record, Giuseppe Russo and Maria Conti, Baltimore around 1898"],
    [22, 'l', "Good morning! I'm Fern, a librarian with Enoch Pratt Free Library."],
    [28, 'l', 'Do you know if they married in a Catholic church, or at City Hall?'],
    [75, 'p', "catholic, st leo's probably"],
    [81, 'l', 'Let me check what we have, bear with me.'],
    [180, 'l', 'Still digging — the state archives index covers Baltimore City from 1875, checking 1898 now.'],
    [275, 'l', "The Maryland State Archives' Baltimore City marriage index is searchable at msa.maryland.gov (Guide to Government Records), but the 1898 volumes aren't online. I can ask our Maryland Department to check the microfilm for you. Can I e-mail you what they find?"],
    [330, 'p', 'yes please! tessa.russo@example.com'],
    [336, 'l', "Got it: tessa.russo@example.com. You'll hear from us by Friday."],
    [342, 'l', 'Does the archives index help for now?'],
    [380, 'p', 'yes, thank you so much'],
    [386, 'l', 'Anything else today?'],
    [400, 'p', "no that's it"],
    [405, 'l', 'Thank you for contacting Pratt Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 08 a promise to e-mail, no time, coded Answered
  s(GIL, '08 1965 Reno chapel wedding: "I\'ll e-mail you what I find once I can check the film", e-mail read back, no time, coded Answered', [
    [0, 'p', 'trying to find if my parents marriage in 1965 in Reno was ever recorded, they say it was a chapel wedding'],
    [30, 'l', "Hi, this is Gil at Washoe County Library's Ask Us service."],
    [36, 'l', 'What were their names at the time?'],
    [80, 'p', 'Robert Haines and Linda Moss'],
    [86, 'l', "The Washoe County Recorder's online records search (washoecounty.gov/recorder) only goes back to 1968, so 1965 would be on microfilm. I'll e-mail you what I find once I can check the film. What's your e-mail?"],
    [130, 'p', 'jhaines77@example.com'],
    [136, 'l', 'Thanks, jhaines77@example.com. Is there anything else you need?'],
    [160, 'p', 'no thats all'],
    [164, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 a true Lost Call
  s(HAL, '09 Wisconsin waiting period (Lost Call): greeting only, "Are you still there?" at 150, notice + invitation back at 340', [
    [0, 'p', 'whats the waiting period for a marriage license in wisconsin'],
    [20, 'l', 'Hi, Hal here from the Madison Public Library. How can I help?'],
    [150, 'l', 'Are you still there?'],
    [340, 'l', "It looks like you've disconnected, so I'll end this session. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 check-in and notice, no goodbye
  s(IRIS, '10 how long a Florida license is good for: answer at 56, "Are you still with me?" at 200, "we got disconnected … close this chat" at 300', [
    [0, 'p', 'how long is a marriage license good for in florida'],
    [15, 'l', 'Hello! Iris at Ask a Librarian, Broward County Library.'],
    [21, 'l', 'Are you getting it in Broward, or another county?'],
    [50, 'p', 'broward'],
    [56, 'l', "A Florida license is valid for 60 days from the day it's issued. Broward's Clerk of Courts page lists the rest: browardclerk.org/Web2/Marriage."],
    [62, 'l', 'Does that answer your question?'],
    [200, 'l', 'Are you still with me?'],
    [300, 'l', "It looks like we got disconnected, so I'm going to close this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 11 "You've used up your question for today. Goodbye."
  s(JUNE, '11 Fairfax certified copy, then Ireland and a divorce: "You\'ve used up your question for today. Goodbye." (dismissal)', [
    [0, 'p', 'how do I get a copy of my marriage certificate from Fairfax county VA'],
    [20, 'l', 'Hi, June with Fairfax County Public Library Ask Us.'],
    [26, 'l', 'Was the marriage in Fairfax County, or do you just live there now?'],
    [60, 'p', 'married there in 2011'],
    [66, 'l', 'Virginia Vital Records sells certified copies online: vdh.virginia.gov/vital-records (about $12 each). Did that help?'],
    [110, 'p', 'yes. also how do I find my grandparents marriage in ireland and my moms divorce'],
    [118, 'l', "Sorry, that's more than I can take on in one chat. You've used up your question for today. Goodbye."],
    [130, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 12 other people waiting, a way back, the Genealogy Desk by phone
  s(KARA, '12 three Lancaster County couples: "a few other people waiting … chat back in later, or call our Genealogy Desk at 717-555-0148"', [
    [0, 'p', 'hi! researching my family. need marriage records for 3 different couples in Lancaster county PA, 1880s to 1920s'],
    [25, 'l', "Hello and welcome! I'm Kara, a librarian at Lancaster Public Library."],
    [31, 'l', 'Which couple would you like to start with?'],
    [70, 'p', 'Jacob Hess and Anna Brubaker, 1886'],
    [76, 'l', "Pennsylvania counties only kept marriage licenses from 1885 on, so 1886 should be there. The Lancaster County Archives index is searchable at lancastercountyarchives.org (Marriage Licenses 1885-1950)."],
    [82, 'l', 'Does that help with the first couple?'],
    [130, 'p', 'yes! ok now Samuel Good and Ella Martin 1907, and John Herr and Mary Wenger 1923, and also can you check church records'],
    [138, 'l', 'The same index covers those years, so you can search both couples there. I have a few other people waiting, so for the church records please chat back in later, or call our Genealogy Desk at 717-555-0148 — they know the Mennonite records well.'],
    [170, 'p', 'ok will do'],
    [176, 'l', 'Thanks so much, good luck with the search!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 13 a transfer with a notice and a note that says why
  s(LENA, '13 a 1980 Korean marriage for SSA: transfer notice + internal note why, Milo answers 69 s after the notice with SSA POMS', [
    [0, 'p', "my parents married in Korea in 1980. does their marriage count in the US? need it for my mom's social security"],
    [20, 'l', 'Hi, Lena at Ask Us Maryland here. Happy to help.'],
    [26, 'l', 'Do they have the Korean marriage registration (or a family register extract) with an English translation?'],
    [75, 'p', 'she has the korean paper, no translation'],
    [81, 'l', "I'm going to transfer you to my colleague Milo, who handles our government documents questions. One moment please."],
    [84, 'i', 'Milo, pt needs foreign (Korean 1980) marriage proof for SSA, gov docs q — can you take it?'],
    xfer(88, 'Milo', 'milo-w'),
    [150, 'l', "Hi, I'm Milo, government documents librarian. SSA generally accepts a foreign marriage record with a certified English translation; the rules, including what counts as a certified translation, are in SSA's POMS, section GN 00307.001 at secure.ssa.gov/poms.", as(MILO)],
    [156, 'l', 'Is that what you needed?', as(MILO)],
    [200, 'p', 'yes thanks, thats all'],
    [205, 'l', 'Glad to help, take care!', as(MILO)],
  ], usual({ transfer: 'pass' })),

  // 14 a silent transfer, the receiver 155 s after the patron
  s(NOAH, '14 Albany marriage certificate apostille for Italy: internal note only, silent transfer, Priya 155 s after the patron, County Clerk by street + DOS by URL', [
    [0, 'p', 'need apostille on marriage cert for italian citizenship, married in NY state (Albany)'],
    [25, 'l', 'Hello, this is Noah at the New York State Library Ask a Librarian.'],
    [31, 'l', 'Is the certificate from the NYS Department of Health or from the Albany city clerk?'],
    [70, 'p', 'city clerk i think'],
    [75, 'i', 'Priya, over to you, apostilles are your thing'],
    xfer(80, 'Priya', 'priya-w'),
    [225, 'l', "Hi, Priya here, also a librarian at NYSL. Take the city clerk's copy to the Albany County Clerk, 16 Eagle St, Albany, to be certified, then mail it to the NY Department of State for the apostille; both steps are explained at dos.ny.gov/apostille-or-certificate-authentication.", as(PRIYA)],
    [231, 'l', 'Does that answer it?', as(PRIYA)],
    [280, 'p', 'yes thank you'],
    [285, 'l', 'Anything else?', as(PRIYA)],
    [300, 'p', 'no'],
    [304, 'l', 'Thanks, buona fortuna!', as(PRIYA)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 15 four at once
  s(OLGA, '15 can a notary marry us in Florida: three other chats open through this one (four at once)', [
    [0, 'p', 'can a notary public marry us in florida? we want something tiny on the beach'],
    [35, 'l', "Hi, I'm Olga, librarian with Ask a Librarian at Volusia County Public Library."],
    [41, 'l', 'Have you already got your marriage license?'],
    [80, 'p', 'not yet'],
    [86, 'l', "Yes, Florida notaries can solemnize marriages. The Governor's Reference Manual for Notaries has a section on it, with a sample ceremony: dos.fl.gov/sunbiz/notary."],
    [92, 'l', 'Is that helpful?'],
    [130, 'p', 'super helpful, thx. thats all'],
    [136, 'l', 'Congrats and thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('o1', 'olga-w', -100, 400), other('o2', 'olga-w', 10, 300), other('o3', 'olga-w', 30, 500)],
  }),

  // 16 three at most, touching ends
  s(PAUL, '16 Montana blood test (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'do u still need a blood test to get married in montana??'],
    [18, 'l', 'hi! Paul at Missoula Public Library here 🙂'],
    [23, 'l', 'are u getting the license in Missoula county?'],
    [40, 'p', 'ya'],
    [45, 'l', "Montana dropped the blood test except a rubella test or a waiver form for the bride, which the license office gives you. Details are on missoulacounty.us (search 'marriage license')."],
    [50, 'l', 'that help?'],
    [70, 'p', 'yes omg thank god'],
    [74, 'l', 'anything else?'],
    [85, 'p', 'nope'],
    [88, 'l', 'congrats! bye!'],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'paul-w', -300, 0), other('p2', 'paul-w', -50, 200), other('p3', 'paul-w', 40, 400), other('p4', 'paul-w', 93, 500)],
  }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (wedding script): coded Practice, every check na', [
    [0, 'p', 'TEST test marriage license q'],
    [8, 'l', 'hi this is a test of the new canned messages'],
    [15, 'l', 'Marriage info: samplelibrary.org/weddings. Did that help?'],
    [25, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined
  s(NOBODY, '18 vital records on Saturday: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'is the vital records office open on saturday, need marriage cert copy asap'],
    queue(3, 5),
    [140, 'p', 'hello??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 follow-up by the patron's library by phone, "by Monday", done after 100 h
  s(QUINN, '19 1946 Harford County marriage (follow-up by patron\'s library): phone read back "So that\'s 410-555-0163?", "by Monday", done after 100 h', [
    [0, 'p', "hi, trying to find my grandparents' marriage record, Harford County MD 1946, Leonard Byers and Ruth Ann Clary"],
    [30, 'l', 'Good afternoon! This is Quinn, a librarian with the statewide Ask Us service.'],
    [36, 'l', 'Do you need the certificate itself, or is proof of the date enough for your research?'],
    [90, 'p', 'the actual record ideally'],
    [96, 'l', "Maryland's 1946 county marriage licenses are at the State Archives; their Harford County marriage index is at msa.maryland.gov (search 'Harford marriage'). Harford County Public Library's local history staff can pull the original entry for you, so I'll send your question to them. What's the best way for them to reach you?"],
    [150, 'p', 'phone is best, 410-555-0163'],
    [156, 'l', "So that's 410-555-0163? They'll call you by Monday."],
    [190, 'p', 'yes thats right'],
    [196, 'l', 'Does the Archives index help in the meantime?'],
    [240, 'p', 'yes, thanks so much. thats all'],
    [246, 'l', 'Thank you for using Ask Us, take care!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 20 coded follow-up by me, no contact known anywhere
  s(RUTH, '20 misspelled maiden name on a Pima County license (follow-up by me): "get back to you by Thursday", no e-mail or phone anywhere', [
    [0, 'p', 'my marriage license from 2023 has my maiden name spelled wrong. how do I fix it? Pima County AZ'],
    [25, 'l', "Hello! I'm Ruth, a librarian at Pima County Public Library."],
    [31, 'l', 'Is the mistake on the license itself or on the certified copy you got afterward?'],
    [80, 'p', 'both, it was typed wrong from the start'],
    [86, 'l', 'Let me check how amendments are handled.'],
    [170, 'l', "Pima County's marriage license page explains amendments: cosc.pima.gov (Marriage Licenses > Amendments). I'll look into whether there's a specific affidavit form and get back to you by Thursday."],
    [176, 'l', 'Does that help so far?'],
    [220, 'p', 'yes ok'],
    [226, 'l', 'Thanks for your patience!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 21 chat-speak both sides
  s(SOL, '21 NYC City Hall marriage cert for a passport (chat-speak): "hi! sol here w/ Queens Public Library", "that what u needed?", "cool, congrats & bye!"', [
    [0, 'p', 'hey how do i get my marriage cert from nyc, got married at city hall in 2022'],
    [8, 'l', 'hi! sol here w/ Queens Public Library ask a librarian'],
    [12, 'l', 'do u need it for something specific, like a passport or name change?'],
    [30, 'p', 'passport name change'],
    [35, 'l', "ok ur gonna want the extended certificate then. order it on the City Clerk's site, cityclerk.nyc.gov > Marriage Records > Request a Record"],
    [40, 'l', 'that what u needed?'],
    [60, 'p', 'ya tysm'],
    [64, 'l', 'np! anything else?'],
    [75, 'p', 'nah thats it'],
    [79, 'l', 'cool, congrats & bye!'],
  ], usual()),

  // 22 "worth contacting a genealogist who specializes in…" (no contact)
  s(TARA, '22 1850s Augusta County brick wall: "Welcome to Ask a Librarian! My name\'s Tara", marriage bonds, "worth contacting a genealogist" (no contact)', [
    [0, 'p', "I'm stuck on a brick wall - can't find a marriage record for my 3x great grandparents in Virginia in the 1850s. any ideas?"],
    [28, 'l', "Welcome to Ask a Librarian! My name's Tara and I'm at the Library of Virginia."],
    [34, 'l', 'Which county were they in, and have you already checked the marriage bonds?'],
    [100, 'p', 'Augusta county. what are marriage bonds?'],
    [106, 'l', "Before 1853, couples posted a bond with the county clerk before the license, and many bonds survive even when the register doesn't. Our Augusta County marriage bonds and registers are on microfilm and indexed at lva.virginia.gov (Search Our Collections > Marriage Records). If that comes up empty, it's worth contacting a genealogist who specializes in the Shenandoah Valley."],
    [112, 'l', 'Does this completely answer your question?'],
    [170, 'p', 'very helpful thank you!! thats all for today'],
    [176, 'l', "You're most welcome. Goodbye and happy hunting!"],
  ], usual({ referral: 'fail' })),

  // 23 "take your time", 200 s away
  s(UMA, '23 Italian consulate registration: "Sure, no rush — take your time." then 200 s away, the Illinois SOS Index Department by URL', [
    [0, 'p', 'do i need an apostille on my marriage certificate to register our marriage at the Italian consulate? we got married in Chicago'],
    [20, 'l', "Hi, I'm Uma at Chicago Public Library's Ask a Librarian."],
    [26, 'l', 'Do you have the certified copy from the Cook County Clerk yet? The apostille goes on that copy.'],
    [60, 'p', 'i think so, let me go check the drawer'],
    [66, 'l', 'Sure, no rush — take your time.'],
    [266, 'p', 'ok yes, got it, it has a raised seal'],
    [272, 'l', "Great. Request the apostille from the Illinois Secretary of State's Index Department: the form and fee are at ilsos.gov/departments/index/apostille. The consulate's own checklist is at conschicago.esteri.it."],
    [278, 'l', 'Does that answer your question?'],
    [330, 'p', 'yes that is everything, grazie'],
    [336, 'l', 'Prego, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 24 restatement; an offer of more instead of the completeness question
  s(VIC, '24 parents\' 1972 Cook County record for an estate: restated with no question mark, "Would a printout of the order steps be helpful too?"', [
    [0, 'p', 'my parents were married in 1972 in cook county and i need their record for an estate thing'],
    [30, 'l', "Hi, this is Vic with Evanston Public Library's chat."],
    [36, 'l', "So you need a certified copy of your parents' 1972 Cook County marriage record for an estate."],
    [60, 'p', 'yes exactly'],
    [66, 'l', "The Cook County Clerk sells those online at cookcountyclerkil.gov/vital-records. For an estate you'll want the certified one, not the genealogy copy, and you may need to show you're their child."],
    [72, 'l', 'Would a printout of the order steps be helpful too?'],
    [110, 'p', 'no, i can do it online. ty'],
    [115, 'l', 'Ok! Take care.'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 25 the patron has the last word
  s(WES, '25 free passport name change within a year: DS-5504 on travel.state.gov, patron "thats everything i needed" last, no goodbye', [
    [0, 'p', 'After marriage, can I update my passport name without paying?'],
    [22, 'l', 'Hello there, Wes from the Ask Us librarians at Carroll County.'],
    [28, 'l', 'When was your current passport issued?'],
    [70, 'p', 'about 8 months ago'],
    [76, 'l', "Then it's free: within a year of issue you use Form DS-5504 and include your marriage certificate. The form and instructions are at travel.state.gov (Passports > Change or Correct a Passport)."],
    [82, 'l', 'Did that help?'],
    [130, 'p', 'yes!! awesome thats everything i needed'],
  ], usual({ courteous: 'fail' })),

  // 26 holds every ~100 s
  s(XENA, '26 Bridget Flaherty, Boston 1908-1912: holds at 86/190 (partial result)/290, answer at 385, "Does one of those look like her?"', [
    [0, 'p', "looking for my great-aunt's marriage, Boston, sometime 1908-1912, Bridget Flaherty"],
    [26, 'l', "Hi! You've reached Xena, a librarian at Boston Public Library."],
    [32, 'l', "Do you know the groom's name, or just hers?"],
    [80, 'p', 'just hers unfortunately'],
    [86, 'l', 'Okay, give me a few minutes to search the indexes.'],
    [190, 'l', "Still looking — I've found two Bridget Flahertys in the 1910 index so far, checking the other years."],
    [290, 'l', 'Nearly done, just checking 1912.'],
    [385, 'l', 'Found three: 1909 (to Michael Doyle), 1910 (to Thomas Kane), 1911 (to Patrick Burke). The Massachusetts Vital Records 1841-1920 collection on AmericanAncestors.org has the images, free with your library card through bpl.org > E-Resources.'],
    [391, 'l', 'Does one of those look like her?'],
    [450, 'p', 'yes! Thomas Kane is right. thats all i needed, thank you!!'],
    [456, 'l', 'Wonderful! Thanks for chatting with BPL.'],
  ], usual()),

  // 27 pickedUpAt 40 s, first line at 100; code ""
  s(YUSUF, '27 what to bring in Las Vegas: pickedUpAt 40 s, first line at 100 (60 s after pickup), code ""', [
    [0, 'p', 'what do i bring to get a marriage license in las vegas'],
    [100, 'l', 'Hi, Yusuf from Las Vegas-Clark County Library District here.'],
    [106, 'l', 'Are either of you under 18, or is this a standard application?'],
    [140, 'p', 'both over 18'],
    [146, 'l', 'You both need a valid photo ID, and the application can be started online before you go: clarkcountynv.gov/marriage. Is that what you needed?'],
    [190, 'p', 'yup'],
    [195, 'l', 'Great, anything else?'],
    [220, 'p', 'no'],
    [224, 'l', 'Congratulations, and thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(40) }),

  // 28 Lost Call after three patron lines
  s(ZOE, '28 a 17-year-old witness at a Maryland courthouse wedding: coded Lost Call after three patron lines, "ok"', [
    [0, 'p', 'can my sister be a witness at our courthouse wedding if shes 17'],
    [20, 'l', 'Hi, this is Zoe, librarian at Ask Us Anne Arundel.'],
    [26, 'l', 'Which state is the wedding in?'],
    [50, 'p', 'maryland'],
    [56, 'l', "Maryland's civil ceremony rules, witnesses included, are on the Circuit Court page: mdcourts.gov/family/marriage."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'ok'],
    [104, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 greeting in two lines; no source; "your HR office should have one"
  s(ABE, '29 common-law marriage in Colorado: "Good afternoon!" + "You\'re chatting with Abe…", no source, "your HR office should have one"', [
    [0, 'p', "what's a common law marriage and do we have one? together 9 yrs in Colorado"],
    [24, 'l', 'Good afternoon!'],
    [30, 'l', "You're chatting with Abe from the Pikes Peak Library District."],
    [36, 'l', 'Are you asking for a legal reason, like insurance or taxes?'],
    [90, 'p', 'insurance at my job wants proof'],
    [96, 'l', "Colorado does recognize common-law marriage, but whether you have one depends on your situation, and I can't give legal advice. Usually couples sign an affidavit; your HR office should have one."],
    [102, 'l', 'Did that help?'],
    [140, 'p', 'kinda. thanks'],
    [146, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for using Ask a Librarian, goodbye!'],
  ], usual({ source: 'fail' })),

  // 30 a goodbye 154 s after the answer, no check-in
  s(BEA, '30 King County certified copy fee: answer at 66, goodbye at 220 (final idle 154 s) with no check-in', [
    [0, 'p', 'is there a fee for a certified copy of a marriage certificate in king county wa'],
    [15, 'l', 'Hi! Bea at King County Library System here.'],
    [21, 'l', 'Do you need it from the county or from the state Department of Health? They charge differently.'],
    [60, 'p', 'whichever is cheaper lol'],
    [66, 'l', "The county's Recorder's Office charges less than the state's $25 for a certified copy; the current fee and the order form are at kingcounty.gov/recorder."],
    [72, 'l', 'Will that work for you?'],
    [220, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ anything: 'fail', idle: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundWeddings.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('06')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4 (Spanish): "Envíe la copia certificada con el formulario 2101 y $15 a: Secretary of State, Authentications Unit, P.O. Box 13550, Austin, TX 78711." tells the patron to send the certificate to (write to) an agency outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a postal address and a URL (sos.state.tx.us/authinfo).',
};

describe('sixty-first round: weddings and marriage records, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundWeddings.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundWeddings.filter((c) => c.name in LEFT_WHY));
});
