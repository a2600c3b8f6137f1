/**
 * Fifty-fifth round, theme GRANTS, NONPROFITS AND FUNDRAISING, checked: 30 whole sessions no one had written, from public,
 * academic and statewide "ask a librarian" chats about finding funders (a church food pantry's freezer, a theater
 * company's operating support, an animal shelter's prospect list, a community garden, a mural by one artist, a bakery in
 * Spanish, a PTO silent auction, a 5K, a mission trip, adults going back to school), starting and running a nonprofit
 * (incorporating in Ohio, EIN and 1023-EZ, a fiscal sponsor for a diaper bank, the 990-N of a booster club, donation
 * receipts under Pub 1771, a property tax exemption for a 501(c)(3)'s building, a Minnesota 50/50 raffle, a GoFundMe for a
 * neighbor, a phone "police charity" to verify), the library's grant databases and help (Foundation Directory Online at
 * Central and from home, Candid Learning, a Nonprofit Resource Center, grant-writing books and workshops, a grants
 * librarian), and 990s (a rival's ED pay, a university foundation's 2022 return, a family foundation's 990-PF grants, a
 * historical society's 1990s returns, 1950s foundation annual reports). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/fiftyFifthRoundGrants-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line, a patron "anyone there?" in the queue and a 110 s pickup under the screen name "Desk 3" with
 *   "Hi! Sorry for the wait, what can I help you find?" (names no one: 05); `pickedUpAt` at 40 s with the first line at 88
 *   (23); pickup at exactly 60 s (29); "Good morning!" + "I'm Rosemary, a reference librarian at …" split over two lines
 *   (07); "One moment please." + "Which state is the building in?" (no greeting at all: 28); "Hey there! Darius with the
 *   Minnesota statewide Ask a Librarian service." (17); Spanish "¡Hola! Le saluda Graciela, bibliotecaria de …" (04);
 *   curt "hey, ask a librarian here" under the screen name "kdub" (30: the service named in the text);
 *  inquiry: 501(c)(3) or under the church, town, state, budget and kind of support, year and EIN, full return or summary,
 *   incorporated or informal, cash or items, permission for the wall, the charity's exact name, printed reports or grant
 *   lists; a question in the greeting's own message (06, 10, 13, 18); "which year?" only after the first source (03:
 *   fail); a restatement only ("So you need to get the clinic, as an organization, registered …", 14); a session that
 *   never gives a source (29: any question counts); a URL with no question at all (30: fail);
 *  waits: holds followed by 73-94 s (01, 04, 07, 08, 11, 24); "One sec." then exactly 120 s (10: not longer, pass); "ok,
 *   let me look" then 170 s with a patron "?" inside it (06: fail); holds at 96/190/285, one a partial result that says
 *   the search goes on, answer at 370 (25); two internal lines while the patron waits 140 s (26: fail); a transfer
 *   announced as a hold and the receiver 53 s (16) or 70 s (17) later; "Sure, take your time." and the patron back 260 s
 *   later (24: waiting on the patron, pass); a dismissal whose patron reply gets no answer (18: a span still open at the
 *   end);
 *  endings: a greeting-only Lost Call with a check-in at 150 and a notice that invites back at 225, a final idle of exactly
 *   180 s (12); "Does that help?" then "Are you still there?" at 230 and nothing until 400 (20: idle pass, notice fails,
 *   courteous fails); a check-in inside a 153 s final idle ended by "Okay, I'll let you go. Thanks for chatting …" (22:
 *   disconnect na); "It looks like you've disconnected … Thanks for contacting Ask Clearwater!" with no "still there?"
 *   after 224 s (21); a goodbye exactly 120 s after the answer with no check-in (23: idle applies and fails); the patron's
 *   "that's everything" as the last line with no goodbye (25); "Sorry, your time's up — we keep chats to 15 minutes. I'm
 *   ending the session now." (18: dismissal, courteous fails); "a few other patrons waiting right now. Please chat back in
 *   later … Thanks for chatting with us!" (19: allowed); "k" / "np" (30); "¡Gracias a usted por escribirnos! Mucha
 *   suerte…", "Take care, bye!", "You're welcome, have a great trip!", "Thanks for reaching out, talk soon!"; patron-side
 *   "thats all I needed", "es todo", "nope thats everything", "thats all I needed for now", "that's everything", and "oh no
 *   ok ty", "yes ty", "ok", "k" that do not count;
 *  sources: IRS, SOS, SBA, SAM.gov / Grants.gov, Candid, ProPublica, TEOS, FTC, state arts council and community
 *   foundation URLs; Foundation Directory Online at Central and from home; the library's Data Axle database path; books by
 *   title and author (Mancuso, Karsh and Fox, Browning, Colvin, Mutz); WorldCat holdings; none at all (29: a letter-writing
 *   how-to with no resource);
 *  referrals: the Ohio AG's Charitable Law Section by phone (02); the SBDC by phone and URL, in Spanish (04); the library's
 *   own grants librarian by name with an e-mail (05); St. Cloud City Hall by phone, with the Gambling Control Board's forms
 *   at a URL (17); "Contact your local assessor's office" with no contact (28: fail); "Ask your pastor if you can share it
 *   in the church bulletin" (29: fail); a database at Central's second-floor workstations (01), staff consulted on the
 *   patron's behalf (08's business librarian, 09's Washington County staff, 26's colleagues in internal lines) and WorldCat
 *   holdings at another library (25) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (07: pass); FU_ME with the e-mail read
 *   back but "I'll get back to you once I hear from her" (no time), done after 90 h (08: contact and on_time fail); FU_LIB
 *   with a phone read back, "within 72 hours", not yet recorded on day 1 (09: pending); a promise to e-mail "tomorrow
 *   morning", the e-mail typed by the patron and not read back, coded Answered, not recorded by day 4 (10: code fails,
 *   contact passes, on_time fails); FU_ME with the e-mail only in `patron.email` ("the e-mail address on your library
 *   account … by Thursday"), done in 50 h (11: contact fails, code and on_time pass);
 *  codes: a true Lost Call (12); Lost Call after three patron lines (13); null (28); the field left out (19: na); Practice
 *   (27);
 *  transfers: a visible notice (a hold) and an internal note that says why (16: pass); a visible notice and no internal
 *   note (17: fail);
 *  concurrency: four at once from 30 s (14: fail); others ending exactly at the start, ending and starting at the same
 *   second inside the session, and starting exactly at the end, three at most (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Foundation Directory Online … is free to use on the computers at the Central library … on the Business & Nonprofit
 *   workstations on the second floor" points to a database for the patron to use and says where it runs: a source, not a
 *   referral (01: na); "file Articles of Incorporation … with the Ohio Secretary of State, online at ohiosos.gov/…" is a
 *   web page to use (either way reached by a URL), while "call them [the AG's Charitable Law Section] at 614-…" is a
 *   referral with a phone (02);
 * - "you can book a one-on-one with our grants librarian, Dana Pruitt: dpruitt@…" tells the patron to contact a named
 *   specialist of the provider's own library: a referral, reached by e-mail (05);
 * - "Contact your local assessor's office" (28) and "Ask your pastor if you can share it in the church bulletin" (29) tell
 *   the patron to contact or ask a party outside the chat: referrals, neither with an e-mail, phone, address or URL;
 * - "I'll pass your question to them … Someone from Washington County Free Library will call you within 72 hours" is the
 *   patron's library contacting the patron (a follow-up promise), not a referral (09); "Our business librarian … may be able
 *   to find printed copies" is staff working on the patron's behalf (08);
 * - a patron e-mail typed in the chat and never read back is "given … there" (10: contact passes with "tomorrow morning");
 *   "the e-mail address on your library account" confirms nothing in the chat (11);
 * - "Would a spreadsheet like that help?" asks about something not yet given: not the completeness question (11);
 *   "Does that help for now?", "Will that get you started?", "Do those cover the years you need?", "¿Le sirve esta
 *   información?", "Does that give you a good place to start?" ask whether what was given meets the need; in 29 "Does that
 *   help?" follows an answer with no source ("in or after the first message that gives a source or answer": pass);
 * - "So you need to get the clinic, as an organization, registered so it can apply for federal grants." restates the
 *   question (14: clarify passes with no question);
 * - "thats all I needed for now" says explicitly that the patron is done (16); "oh no ok ty" (13) does not;
 * - "You're welcome, have a great trip!" (29) and "Okay, I'll let you go. Thanks for chatting …" (22) are goodbyes; "np"
 *   (30) and "Sorry, your time's up … I'm ending the session now." (18) are not;
 * - "Sure, take your time." is no hold (24); "Found a couple, just confirming the years." is a hold (a partial result that
 *   says the search goes on, 25); "I'm finding a good number, but checking each one's guidelines will take longer than a
 *   chat. To get you started: …" (07) decides nothing either way (the next provider line follows 6 s later);
 * - a Lost Call whose provider lines are a greeting, a check-in and a goodbye notice has no substantive exchange; its final
 *   idle runs from the greeting (the first non-hold provider line after the patron's only one) to the goodbye: 180 s, which
 *   is ≥ both thresholds (12); a final idle of exactly 120 s makes idle_checkin apply (23);
 * - a `resolutionCode` left out (`undefined`) is "a field left out": na (19).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty). Every check's note and evidence was read after the run as well: each status
 * is reached for the reason labelled (two notes worth a look, neither a disagreement: in 29 info.source fails with the
 * clarifying question, message 2, as its evidence rather than the source-less answer, message 4; in 23 keep_informed
 * measures the first wait from `pickedUpAt` (48 s), not from the patron's first line). Every timing check (pickup with and
 * without `pickedUpAt` and at exactly 60 s, keep_informed at exactly 120 s and across holds, internal lines, two transfers
 * and "take your time", idle and disconnect spans of 120, 153, 180, 224 and 324 s, concurrency at touching ends, on_time
 * done / late / pending / not done by day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every case (patron e-mails typed in the chat, an e-mail in `patron.email`, a patron phone
 * read back, an EIN in a patron line).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please wait, you are #${n} in the queue. A librarian will join shortly.`];

const PEARL: Prov = { id: 'pearl', name: 'Pearl', library: 'FPL' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'LCPL' };
const MILO: Prov = { id: 'milo', name: 'Milo', library: 'RWY' };
const GRACIELA: Prov = { id: 'graciela', name: 'Graciela', library: 'MCFL' };
const DESK3: Prov = { id: 'desk3', name: 'Desk 3', library: 'BPL-MA' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'MVL' };
const ROSEMARY: Prov = { id: 'rosemary', name: 'Rosemary', library: 'KAL' };
const WALLACE: Prov = { id: 'wallace', name: 'Wallace', library: 'CRN' };
const ODALYS: Prov = { id: 'odalys', name: 'Odalys (statewide)', library: 'STATE-MD' };
const FENWICK: Prov = { id: 'fenwick', name: 'Fenwick', library: 'LSPL' };
const HARLAN: Prov = { id: 'harlan', name: 'Harlan', library: 'WBY' };
const BETTINA: Prov = { id: 'bettina', name: 'Bettina', library: 'SVL' };
const REGGIE: Prov = { id: 'reggie', name: 'Reggie', library: 'PBPL' };
const SUNNY: Prov = { id: 'sunny', name: 'Sunny', library: 'TCC' };
const ANSEL: Prov = { id: 'ansel', name: 'Ansel', library: 'BHL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'HCPL' };
const LUIS: Prov = { id: 'luis', name: 'Luis Ortega', library: 'HCPL' };
const DARIUS: Prov = { id: 'darius', name: 'Darius (statewide)', library: 'STATE-MN' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'GRRL' };
const VIRGIL: Prov = { id: 'virgil', name: 'Virgil', library: 'NFPL' };
const LORNA: Prov = { id: 'lorna', name: 'Lorna', library: 'EGL' };
const ETTA: Prov = { id: 'etta', name: 'Etta', library: 'TRL' };
const PHILIPPA: Prov = { id: 'philippa', name: 'Philippa', library: 'CWPL' };
const BRYCE: Prov = { id: 'bryce', name: 'Bryce', library: 'MCL-IN' };
const DELPHINE: Prov = { id: 'delphine', name: 'Delphine', library: 'BAY' };
const AUGUSTINE: Prov = { id: 'augustine', name: 'Augustine', library: 'FCL-GA' };
const MARGUERITE: Prov = { id: 'marguerite', name: 'Marguerite', library: 'WMU' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'MPW' };
const TRAINEE: Prov = { id: 'trainee-g', name: 'Practice Login', library: 'TRN' };
const SIGRID: Prov = { id: 'sigrid', name: 'Sigrid', library: 'ECL' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'GWL' };
const KDUB: Prov = { id: 'kdub', name: 'kdub', library: 'RVL' };

const s = session;

export const fiftyFifthRoundGrants: SessionCase[] = [
  s(PEARL, '01 food pantry freezer: 501(c)(3) or church + town asked, hold, Foundation Directory Online at Central + Candid guide, "thats all I needed"', [
    [0, 'p', 'hi, I volunteer w/ a small food pantry in our church basement and we need money for a walk-in freezer. how do we find grants??'],
    [30, 'l', 'Good afternoon! This is Pearl, a reference librarian at Fairhaven Public Library. Happy to help you look for funders.'],
    [37, 'l', 'A couple of questions first: is the pantry its own 501(c)(3), or does it run under the church? And what town is it in?'],
    [110, 'p', "under the church i think. we're in Millbrook"],
    [116, 'l', 'Thanks! Let me check a couple of things.'],
    [200, 'l', "Our Foundation Directory Online (by Candid) is free to use on the computers at the Central library: search 'food security' and 'Millbrook' and it lists foundations that have funded pantries nearby, with their deadlines. Candid also has a short free guide, 'Can churches get grants?', at learning.candid.org. Many funders give to church-run programs when the church is the applicant."],
    [206, 'l', 'Does that help you get started?'],
    [260, 'p', 'yes thats really helpful. do we need an appointment for the computer'],
    [268, 'l', "No appointment needed; the database is on the Business & Nonprofit workstations on the second floor, any time we're open."],
    [300, 'p', 'great thats all I needed'],
    [305, 'l', 'Wonderful. Thanks for chatting with us, and good luck with the freezer!'],
  ], usual()),

  s(GIDEON, '02 starting a youth soccer nonprofit in Ohio: 501(c)(3) or club asked, SOS / EIN / 1023-EZ URLs, Nolo book, AG Charitable Law by phone', [
    [0, 'p', 'How do I start a nonprofit? Want to do a youth soccer league in Elyria'],
    [22, 'l', 'Hi there, this is Gideon with Ask a Librarian at Lakeview County Public Library.'],
    [28, 'l', 'Do you want the league to be a full tax-exempt 501(c)(3), so donors can deduct gifts, or just a club that collects fees?'],
    [75, 'p', '501c3 so we can get sponsors'],
    [82, 'l', "Got it. Three main steps: (1) file Articles of Incorporation for a nonprofit corporation with the Ohio Secretary of State, online at ohiosos.gov/businesses; (2) get a free EIN at irs.gov/ein; (3) apply to the IRS for 501(c)(3) status with Form 1023, or the shorter 1023-EZ if you expect under $50,000 a year (irs.gov/forms-pubs/about-form-1023-ez). We also have 'How to Form a Nonprofit Corporation' by Anthony Mancuso (Nolo) at most branches. Once you start raising money, the Ohio Attorney General's Charitable Law Section registers charities; call them at 614-466-3180 with questions."],
    [88, 'l', 'Is that the kind of info you were looking for?'],
    [140, 'p', 'yes! thats all i needed, thanks'],
    [146, 'l', "You're welcome, good luck with the league! Bye."],
  ], usual({ referral: 'pass' })),

  s(MILO, '03 a rival nonprofit\'s 990 (ED pay): ProPublica path given at once, "which year?" only after, TEOS + Candid, "Did that get you what you need?"', [
    [0, 'p', 'where can i see another nonprofits 990? i want to see what their ED makes'],
    [18, 'l', "Hello, Milo here at Ridgeway Library's chat reference."],
    [25, 'l', "ProPublica's Nonprofit Explorer (projects.propublica.org/nonprofits) has free 990s: search the organization's name, open a year, and Part VII lists officer and key employee pay."],
    [31, 'l', 'Do you know roughly which year you need? The most recent filings can lag a year or two.'],
    [80, 'p', '2023 ideally'],
    [86, 'l', "If 2023 isn't posted there yet, Candid's free profile at candid.org may have it, or the IRS Tax Exempt Organization Search at apps.irs.gov/app/eos has the e-filed copies."],
    [92, 'l', 'Did that get you what you need?'],
    [130, 'p', 'found it on the IRS one. thanks'],
    [136, 'l', 'Anything else today?'],
    [170, 'p', 'no'],
    [174, 'l', 'Take care, bye!'],
  ], usual({ clarify: 'fail' })),

  s(GRACIELA, '04 grants for a bakery (Spanish): open or starting asked, hold, SBDC by phone + URL, sba.gov/es, "¿Le sirve…?", "es todo"', [
    [0, 'p', 'hola buenas, hay grants para abrir una panaderia? soy de Salinas'],
    [40, 'l', '¡Hola! Le saluda Graciela, bibliotecaria de la Biblioteca Pública del Condado de Monterey. Con gusto le ayudo.'],
    [47, 'l', '¿El negocio ya está abierto o apenas lo va a empezar? ¿Busca solo una subvención (que no se paga) o también le sirven préstamos?'],
    [130, 'p', 'apenas empezando. lo que sea, pero mejor que no se pague jaja'],
    [136, 'l', 'Un momento, reviso qué hay en la zona.'],
    [220, 'l', "Las subvenciones para abrir un negocio propio son muy pocas; casi todas son para organizaciones sin fines de lucro. Lo más útil: el Centro de Desarrollo de Pequeños Negocios (SBDC) de la costa central da asesoría gratis en español, llame al 831-555-0177 o visite centralcoastsbdc.org. También está la guía de la SBA en español: sba.gov/es, sección 'Financiar su negocio'."],
    [226, 'l', '¿Le sirve esta información?'],
    [290, 'p', 'si mucho, gracias!! es todo'],
    [296, 'l', '¡Gracias a usted por escribirnos! Mucha suerte con la panadería.'],
  ], usual({ referral: 'pass' })),

  s(DESK3, '05 grant-writing books for a class: queue, "anyone there?", 110 s pickup, "Hi! … what can I help you find?" (no one named), grants librarian by e-mail', [
    [0, 'p', 'I need books on grant writing for my nonprofit mgmt class'],
    queue(3, 2),
    [70, 'p', 'anyone there?'],
    [110, 'l', 'Hi! Sorry for the wait, what can I help you find?'],
    [116, 'l', 'Is it for a paper about grants, or do you need a how-to for writing an actual proposal?'],
    [170, 'p', 'an actual proposal, its the final project'],
    [176, 'l', "Two good ones in our catalog: 'The Only Grant-Writing Book You'll Ever Need' by Ellen Karsh and Arlen Sue Fox, and 'Grant Writing For Dummies' by Beverly Browning, both at Main (658.15224). For feedback on your draft, you can book a one-on-one with our grants librarian, Dana Pruitt: dpruitt@bplib.example.org."],
    [182, 'l', 'Does that work for the project?'],
    [240, 'p', 'yes perfect'],
    [246, 'l', 'Anything else?'],
    [270, 'p', 'nope thats everything'],
    [275, 'l', 'Thanks, good luck on the final!'],
  ], usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' })),

  s(TOBIAS, '06 community garden grants: "ok, let me look", patron "?" inside, answer 170 s after the hold', [
    [0, 'p', "looking for grants for a community garden, we're a neighborhood association in Dayton"],
    [25, 'l', "Hi, I'm Tobias, librarian at Miami Valley Library. Is the association incorporated as a nonprofit, or informal?"],
    [80, 'p', 'informal, just neighbors'],
    [86, 'l', 'ok, let me look'],
    [150, 'p', '?'],
    [256, 'l', "Sorry, that took a while. Since you aren't incorporated, look for funders that accept a fiscal sponsor or give small neighborhood grants: the Dayton Foundation's neighborhood grants page is daytonfoundation.org/grants, and the American Community Gardening Association keeps a list of garden grants at communitygarden.org/resources."],
    [262, 'l', 'Does that help?'],
    [320, 'p', 'yes thanks'],
    [326, 'l', 'Anything else I can help with?'],
    [350, 'p', 'no thats all'],
    [355, 'l', 'Thanks for chatting, happy gardening!'],
  ], usual({ informed: 'fail' })),

  s(ROSEMARY, '07 theater funders list (follow-up by me): "Good morning!" + name split, budget asked, e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', "Hello, I run a tiny theater company (we're a 501c3). Could the library help me make a list of foundations that fund theater in the Hudson Valley?"],
    [35, 'l', 'Good morning!'],
    [40, 'l', "I'm Rosemary, a reference librarian at Kingston Area Library. What's your annual budget roughly, and are you after general operating support or money for one production? Funders care a lot about both."],
    [120, 'p', 'about 80k. general operating if possible'],
    [126, 'l', 'Thanks. Let me run a search in Foundation Directory Online, one moment.'],
    [215, 'l', "I'm finding a good number, but checking each one's guidelines will take longer than a chat. To get you started: the New York State Council on the Arts lists its grant programs at arts.ny.gov/funding, and the Hudson Valley Arts Fund page (hvartsfund.org) shows its recent grantees."],
    [221, 'l', 'Does that help for now?'],
    [260, 'p', 'yes, the NYSCA one especially'],
    [266, 'l', "Great. If you give me your e-mail, I'll send you a list of foundations that give general operating support to small theaters in the region, with deadlines, by Friday."],
    [320, 'p', 'kchen.arts@example.com — thank you so much!'],
    [326, 'l', "kchen.arts@example.com, got it. You'll have the list by Friday."],
    [332, 'l', 'Anything else for today?'],
    [360, 'p', "no, that's it"],
    [366, 'l', 'Thanks for reaching out, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  s(WALLACE, '08 1990s 990s for a society history (follow-up by me): e-mail read back, "once I hear from her" (no time), no completeness question, done after 90 h', [
    [0, 'p', "Hi, I'm writing a history of our historical society and need our old 990s from the late 90s. The IRS says they don't have them anymore"],
    [30, 'l', 'Hi, Wallace here, a librarian at Corning Public Library.'],
    [36, 'l', "Which years exactly, and do you know the society's EIN? That'll make the search easier."],
    [100, 'p', '1996-1999. EIN 16-0999999'],
    [106, 'l', "Let me check what's online for those years."],
    [190, 'l', "The online collections start too late: ProPublica's Nonprofit Explorer and the IRS Tax Exempt Organization Search only have scanned returns from about 2001 on. Our business librarian knows someone who kept the old Foundation Center microfiche, and she may be able to find printed copies. Can I get your e-mail so she can follow up?"],
    [250, 'p', 'sure m.oduya@example.org'],
    [256, 'l', "Thanks — m.oduya@example.org. I'll get back to you once I hear from her."],
    [262, 'l', 'Is there anything else I can look up?'],
    [290, 'p', 'no thank you'],
    [295, 'l', 'Thanks for chatting with us!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(ODALYS, '09 mural grant for an artist (follow-up by patron\'s library): MSAC + county arts URLs, phone read back, "within 72 hours", not yet done (pending)', [
    [0, 'p', 'r there grants for individual artists? I want to paint a mural on the side of the rec center in Hagerstown'],
    [28, 'l', "Hi! This is Odalys with AskUsNow!, Maryland's statewide library chat."],
    [34, 'l', 'Do you already have permission from the rec center or the city, or is that part of what you are figuring out?'],
    [90, 'p', 'the rec center said yes if i find the money'],
    [96, 'l', 'Good news then. The Maryland State Arts Council has grants for individual artists and public art: msac.org/grants. The Washington County Arts Council also gives small community arts grants, see washingtoncountyarts.com.'],
    [102, 'l', 'Did that help?'],
    [150, 'p', 'yes but the deadline on msac already passed for this year :('],
    [158, 'l', "I'm sorry! Washington County Free Library has a grants collection and staff who know the local funders. I'll pass your question to them so they can look for other local options. What's the best way to reach you?"],
    [220, 'p', 'text or call 301-555-0163'],
    [226, 'l', '301-555-0163, thanks. Someone from Washington County Free Library will call you within 72 hours.'],
    [232, 'l', 'Anything else I can help with for now?'],
    [260, 'p', 'no thats all thanks!!'],
    [265, 'l', "You're welcome, good luck with the mural! Bye."],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  s(FENWICK, '10 PTO silent auction donors: "One sec." then exactly 120 s, promise to e-mail "tomorrow morning" coded Answered, not done by day 4', [
    [0, 'p', 'our PTO wants to ask local companies for donations for a silent auction. is there a list of companies that do that in milwaukee?'],
    [30, 'l', 'Hello! Fenwick here, a librarian at Lakeshore Public Library. What kind of items are you hoping for: gift cards, goods, or cash sponsorships?'],
    [90, 'p', 'mostly items/gift cards for baskets'],
    [97, 'l', 'One sec.'],
    [217, 'l', "Here are two ways in: the Greater Milwaukee Foundation's nonprofit resources page (greatermilwaukeefoundation.org), and our Data Axle Reference Solutions database (lakeshorelibrary.org > Databases), which lists businesses by ZIP code so you can target the ones near the school."],
    [223, 'l', 'Is that what you were looking for?'],
    [270, 'p', 'kind of, a ready made list would be nice lol'],
    [278, 'l', "Fair! I can pull a list of Milwaukee-area businesses that take donation requests online and e-mail it to you tomorrow morning. What's your e-mail?"],
    [320, 'p', 'pto.mitchell@example.com'],
    [326, 'l', 'Perfect. Anything else?'],
    [350, 'p', 'nope thats everything'],
    [355, 'l', 'Thanks for chatting, have a great night!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  s(HARLAN, '11 a family foundation\'s giving history (follow-up by me): 990-PFs on ProPublica, "Would a spreadsheet like that help?", e-mail only on the account, done in 50 h', [
    [0, 'p', "can someone find out what the Brandt Family Foundation has funded the last 5 yrs? we want to apply but their website is useless"],
    [26, 'l', 'Good evening, this is Harlan at the Westbury Library reference desk.'],
    [33, 'l', 'Do you know what state the foundation is in? There are a couple with that name.'],
    [80, 'p', 'Iowa, Des Moines'],
    [86, 'l', 'Thanks, give me a minute.'],
    [170, 'l', "Their 990-PFs are on ProPublica's Nonprofit Explorer (projects.propublica.org/nonprofits, search 'Brandt Family Foundation Des Moines'); the grants list is in Part XV of each year's return, but only as scanned pages. I can go through five years and pull the grants into a spreadsheet for you."],
    [176, 'l', "Would a spreadsheet like that help? I'll send it to the e-mail address on your library account by Thursday."],
    [230, 'p', 'that would be amazing, thanks'],
    [236, 'l', 'Is there anything else I can help you with?'],
    [260, 'p', "no that's all"],
    [265, 'l', 'Thank you for using Ask Westbury, good night!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, patron: { name: null, email: 'j.whitfield@example.net', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  s(BETTINA, '12 historic church roof (Lost Call): greeting only, patron leaves, check-in at 150, notice + invitation back at 225 (final idle exactly 180 s)', [
    [0, 'p', 'how do we get a grant to fix our church roof, its a historic building 1890s'],
    queue(2),
    [45, 'l', "Hi there, you've reached Bettina at Ask a Librarian, Shenandoah Valley Libraries."],
    left(70),
    [150, 'l', 'Are you still there?'],
    [225, 'l', "It looks like you may have disconnected, so I'll end this chat. Feel free to chat back in anytime — we'd be glad to help with the roof!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  s(REGGIE, '13 booster club never filed (Lost Call after 3 patron lines): 990-N page + TEOS, "oh no ok ty", patron leaves, goodbye', [
    [0, 'p', 'our booster club never filed anything with the IRS, is that bad? we make like 8k a year'],
    [30, 'l', 'Hello, Reggie here, librarian at Pine Bluff Public Library. Is the club already recognized as tax-exempt, or did you never apply?'],
    [75, 'p', 'we got the letter in 2015 i think'],
    [82, 'l', "Then the club probably has to file the 990-N e-Postcard every year (it's for groups under $50,000); miss three years in a row and the IRS revokes the exemption. The IRS page is irs.gov/charities-non-profits/annual-electronic-filing-requirement-for-small-exempt-organizations-form-990-n-e-postcard, and you can check your status in Tax Exempt Organization Search at apps.irs.gov/app/eos."],
    [140, 'p', 'oh no ok ty'],
    left(143),
    [150, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  s(SUNNY, '14 first federal grant: "So you need to get the clinic registered…" (restated), SAM.gov + Grants.gov steps; four chats at once', [
    [0, 'p', 'how do we register our free clinic on grants.gov? first federal grant ever, kinda lost'],
    [20, 'l', "Hi! Sunny here, librarian at Tacoma Community College Library's Ask Us chat."],
    [26, 'l', "So you need to get the clinic, as an organization, registered so it can apply for federal grants. Good news: it's free."],
    [40, 'l', "There are two steps: first get a Unique Entity ID by registering at SAM.gov (it can take a few weeks, so start now), then register on Grants.gov with that UEI. Grants.gov's Organization Registration page (grants.gov/applicants/organization-registration) walks through both with screenshots."],
    [46, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes!! thanks so much, thats all'],
    [106, 'l', 'Good luck with the grant — bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('su1', 'sunny', -300, 400), other('su2', 'sunny', -100, 600), other('su3', 'sunny', 30, 500)],
  }),

  s(ANSEL, '15 fiscal sponsor for a diaper bank: NNFS directory + Colvin book; others touch both ends, three at most at once', [
    [0, 'p', "whats a fiscal sponsor and how do i find one? we're a group of moms doing a free diaper bank, not incorporated"],
    [24, 'l', 'Good afternoon, Ansel at Beacon Hill Library here.'],
    [30, 'l', 'Do you plan to become your own nonprofit eventually, or stay informal?'],
    [85, 'p', 'maybe someday, for now informal'],
    [92, 'l', "A fiscal sponsor is an established 501(c)(3) that accepts grants and donations for your project and handles the paperwork, usually for a fee of 5-10%. The National Network of Fiscal Sponsors has a directory you can search by state at fiscalsponsors.org/directory, and our copy of 'Fiscal Sponsorship: 6 Ways to Do It Right' by Gregory Colvin is at Main."],
    [98, 'l', 'Is that what you were after?'],
    [150, 'p', 'yes, very clear. thanks'],
    [156, 'l', 'Anything else I can help with?'],
    [180, 'p', 'no thats all'],
    [185, 'l', 'Thanks for chatting, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('an1', 'ansel', -600, 0), other('an2', 'ansel', -200, 100), other('an3', 'ansel', 50, 900), other('an4', 'ansel', 100, 400), other('an5', 'ansel', 190, 800)],
  }),

  s(CORA, '16 animal shelter prospect list: transfer to the Nonprofit Resource Center with a notice and a note, Luis 53 s later, FDO from home', [
    [0, 'p', "Hi, I'm the new development director at a small animal shelter and need to build a list of grant prospects. where do I even start?"],
    [30, 'l', 'Hello and welcome! This is Cora, a librarian at Harbor City Public Library.'],
    [36, 'l', 'Is the shelter in Harbor City, and is it a 501(c)(3)?'],
    [90, 'p', 'yes and yes'],
    [97, 'l', "Our Nonprofit Resource Center librarian, Luis, does prospect research every day, so I'm transferring you to him. One moment, please."],
    [100, 'i', 'Luis, new development director at a local animal shelter (501c3) needs help starting a grant prospect list. Can you take it? Thanks!'],
    xfer(104, 'Luis Ortega', 'luis'),
    [150, 'l', 'Hi, this is Luis from the Nonprofit Resource Center. Congrats on the new job!', as(LUIS)],
    [158, 'l', "The best start is Foundation Directory Online, which you can use free with your library card from harborcitylibrary.org/databases. Search Subject 'animal welfare' and Geographic focus your county, and it shows funders with their past grants. Our how-to guide is at harborcitylibrary.org/nonprofit/prospecting.", as(LUIS)],
    [164, 'l', 'Does that give you a good place to start?', as(LUIS)],
    [230, 'p', 'yes! thats all I needed for now. thank you both'],
    [236, 'l', 'My pleasure, thanks for chatting. Good luck with the prospect list!', as(LUIS)],
  ], usual({ transfer: 'pass' })),

  s(DARIUS, '17 50/50 raffle license (Minnesota): transfer announced to the patron but no internal note, Mei 70 s later, Gambling Control Board URL + City Hall phone', [
    [0, 'p', 'we want to do a 50/50 raffle at our fundraiser dinner, do we need a license or something? in Minnesota'],
    [20, 'l', 'Hey there! Darius with the Minnesota statewide Ask a Librarian service.'],
    [26, 'l', 'Which city is the dinner in? Some of it depends on the local government.'],
    [70, 'p', 'St Cloud'],
    [76, 'l', "Great Rivers Regional Library has someone on chat right now who knows the St. Cloud side, so I'll send you over to her. Hang on a sec."],
    xfer(80, 'Mei', 'mei'),
    [146, 'l', "Hi, I'm Mei, a librarian at Great Rivers Regional Library. In Minnesota raffles are regulated by the Gambling Control Board: small raffles (prizes under $50,000 a year) can be exempt, but you still file an exemption form with them. The forms and rules are at mn.gov/gcb under Raffles. The city may want notice too, so call St. Cloud City Hall at 320-555-0108 to check.", as(MEI)],
    [152, 'l', 'Does that help?', as(MEI)],
    [200, 'p', 'yes thx'],
    [206, 'l', 'Anything else I can help with?', as(MEI)],
    [230, 'p', 'nope'],
    [234, 'l', 'Thanks for chatting, good luck with the dinner!', as(MEI)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  s(VIRGIL, '18 budget narrative, then a list: "Sorry, your time\'s up — we keep chats to 15 minutes. I\'m ending the session now."', [
    [0, 'p', 'hi i have a bunch of questions about my grant application budget'],
    [30, 'l', "Hi, Virgil here, Ask a Librarian at Northfield Public Library. What's the grant, and what part of the budget are you stuck on?"],
    [90, 'p', 'its a community foundation grant, they want a budget narrative and i dont know what that is'],
    [97, 'l', "A budget narrative explains each line of your budget in words: what it's for and how you got the number. Candid Learning has a free explainer with a sample at learning.candid.org (search 'budget narrative')."],
    [140, 'p', 'ok and what about indirect costs, and in-kind, and do volunteers count, and should i put my own salary'],
    [148, 'l', "Sorry, your time's up — we keep chats to 15 minutes. I'm ending the session now."],
    [160, 'p', 'it hasnt even been 5 min??'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  s(LORNA, '19 5K sponsorship letters: catalog books, then a list; "a few other patrons waiting … please chat back in later", no codes in the source', [
    [0, 'p', 'do you have examples of sponsorship request letters? for a 5k run fundraiser'],
    [25, 'l', "Hello! I'm Lorna, librarian at Eastgate Library."],
    [31, 'l', 'Is the 5K for a registered charity, or for a school or team?'],
    [70, 'p', 'school cross country team'],
    [76, 'l', "Two books in our catalog have sample sponsorship letters in the back: 'Fundraising For Dummies' by John Mutz and 'The Complete Book of Fundraising Letters'. You can put holds on them at eastgatelibrary.org/catalog."],
    [82, 'l', 'Does that help?'],
    [140, 'p', 'yes. also how do we do the registration website, and tshirts, and the permit for the road, and insurance'],
    [150, 'l', 'Those are great questions, but I have a few other patrons waiting right now. Please chat back in later and we can go through the rest one at a time. Thanks for chatting with us!'],
    [170, 'p', 'ok'],
  ], usual({ anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  s(ETTA, '20 a university foundation\'s 2022 990: Candid 990 Finder, "Does that help?", "Are you still there?" at 230, then nothing until 400', [
    [0, 'p', 'for my nonprofit accounting class I need the 2022 990 for the Univ of Kentucky foundation'],
    [22, 'l', 'Hi! Etta here, a librarian with Ask Us at Transylvania Library.'],
    [28, 'l', 'Do you need the full return with all the schedules, or just the summary numbers?'],
    [70, 'p', 'full return'],
    [76, 'l', "Search the foundation's name in Candid's free 990 Finder at candid.org/research-and-verify-nonprofits/990-finder, or in ProPublica's Nonprofit Explorer; both have the full 2022 PDF with schedules."],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 170 }),

  s(PHILIPPA, '21 GoFundMe for a neighbor: Pub 525 + GoFundMe help, no check-in, "It looks like you\'ve disconnected … Thanks for contacting" at 330', [
    [0, 'p', "if I do a gofundme for my neighbor's cancer treatment do I have to register as a charity or pay taxes on it"],
    [33, 'l', "Hello, Philippa here, reference librarian at Clearwater Public Library. I can't give tax or legal advice, but I can point you to the official info."],
    [40, 'l', 'Is the money going straight to your neighbor, or through a charity?'],
    [100, 'p', 'straight to her'],
    [106, 'l', "Then it's a personal fundraiser, not a charity, so there's no charity registration. Gifts to one person generally aren't taxable income to her, but they aren't tax-deductible for donors either. GoFundMe's help center covers it at support.gofundme.com (search 'taxes'), and the IRS explains gifts in Publication 525 (irs.gov/pub525)."],
    [112, 'l', 'Does that answer your question?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to close this chat now. Thanks for contacting Ask Clearwater!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  s(BRYCE, '22 grants to go back to school at 40: Pell / Workforce Ready Grant / Gale directory, check-in at 200, "Okay, I\'ll let you go. Thanks…" at 250 (153 s)', [
    [0, 'p', 'are there grants for ppl going back to school at 40? single mom'],
    [25, 'l', 'Hi, this is Bryce at Ask a Librarian, Marion County Library.'],
    [31, 'l', "What kind of program: a community college certificate, a bachelor's, something else? And which state?"],
    [90, 'p', 'nursing, associate degree, indiana'],
    [97, 'l', "Start with the federal Pell Grant (apply through the FAFSA at studentaid.gov). Indiana's Workforce Ready Grant covers some nursing programs at Ivy Tech: see nextleveljobs.org. For private scholarships, our Gale 'Scholarships, Fellowships and Loans' directory is in the Reference section at Central, and the Grants for Individuals database is online at mcl.org/databases."],
    [103, 'l', 'Will that get you started?'],
    [200, 'l', 'Are you still with me?'],
    [250, 'l', "Okay, I'll let you go. Thanks for chatting, and best of luck with nursing school!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  s(DELPHINE, '23 donation receipts: pickedUpAt 40 s with the first line at 88, Pub 1771, goodbye exactly 120 s after the answer with no check-in', [
    [0, 'p', "what do I need to put on a donation receipt? we're a 501c3 animal rescue"],
    [88, 'l', 'Good morning! This is Delphine, a librarian with the Ask Us chat at Bayport Library.'],
    [94, 'l', 'Is it for cash gifts, donated items, or both?'],
    [140, 'p', 'both'],
    [146, 'l', "IRS Publication 1771, 'Charitable Contributions: Substantiation and Disclosure Requirements' (irs.gov/pub/irs-pdf/p1771.pdf), lists what the acknowledgment must say: your name, the amount of cash or a description (not the value) of items, and whether the donor got anything in return. It has sample wording too."],
    [152, 'l', 'Is that what you needed?'],
    [266, 'l', 'Thanks for using Ask Us — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' }), { pickedUpAt: at(40) }),

  s(AUGUSTINE, '24 is this police charity real: name asked, "Sure, take your time.", patron back 260 s later, TEOS + Georgia SOS + FTC', [
    [0, 'p', 'someone called asking for donations for a police charity, how can I tell if its real'],
    [24, 'l', 'Hi, Augustine here, a librarian at Fulton County Library. Good instinct to check first!'],
    [30, 'l', 'Do you have the exact name of the charity they gave you?'],
    [65, 'p', 'i wrote it down somewhere, one sec'],
    [71, 'l', 'Sure, take your time.'],
    [331, 'p', "ok its 'Law Enforcement Support Alliance of Georgia'"],
    [337, 'l', 'Thanks! One moment while I look.'],
    [410, 'l', "I can't find it in the IRS Tax Exempt Organization Search (apps.irs.gov/app/eos), which lists every charity that can take tax-deductible gifts, and it isn't in the Georgia Secretary of State's charity search (sos.ga.gov/charities) either. That's a red flag. The FTC's page on charity scams (consumer.ftc.gov, search 'charity scams') says never to give by phone to a caller you didn't contact yourself."],
    [416, 'l', 'Does that help?'],
    [470, 'p', 'yes, glad i checked. thats all i needed'],
    [476, 'l', 'Me too! Thanks for chatting, take care.'],
  ], usual()),

  s(MARGUERITE, '25 1950s foundation annual reports: holds at 96/190/285, answer at 370, patron "that\'s everything" last (no goodbye)', [
    [0, 'p', 'Looking for annual reports of the Kellogg Foundation from the 1950s for my dissertation chapter. Does anywhere have them?'],
    [26, 'l', "Hello, I'm Marguerite, a research librarian at Westmont University Library."],
    [33, 'l', 'Do you need the printed annual reports themselves, or would grant lists from the Foundation Directory of that era do?'],
    [90, 'p', 'the reports themselves ideally'],
    [96, 'l', "Let me check WorldCat and the foundation's archive, one moment."],
    [190, 'l', 'Still looking — there are a few holdings to sort through.'],
    [285, 'l', 'Found a couple, just confirming the years.'],
    [370, 'l', "WorldCat (worldcat.org) shows the 1950-1959 annual reports held at the Bentley Historical Library, University of Michigan. The foundation's own history page (wkkf.org/about/history) also has digitized annual reports back to 1930."],
    [376, 'l', 'Do those cover the years you need?'],
    [430, 'p', "yes, that's perfect, that's everything. thank you!"],
  ], usual({ courteous: 'fail' })),

  s(HUGO, '26 grant-writing workshops for a museum board: two internal lines while the patron waits 140 s, events page + Candid Learning', [
    [0, 'p', "does the library have any grant writing workshops coming up? I'm on the board of a small museum"],
    [22, 'l', 'Hi, Hugo at Ask Maplewood Library here!'],
    [28, 'l', 'Are you looking for in-person, or would an online class work too?'],
    [70, 'p', 'either'],
    [76, 'i', 'does anyone know if the Nonprofit Center is doing the spring grant series again?'],
    [160, 'i', 'yes - 3 sessions in April, reg not open yet'],
    [210, 'l', 'Our Nonprofit Center is running a three-part Grant Writing Basics series in April; registration opens soon on maplewoodlibrary.org/events. In the meantime, Candid Learning has free on-demand classes at learning.candid.org.'],
    [216, 'l', 'Does that help?'],
    [260, 'p', 'yes thank you'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no thanks'],
    [295, 'l', 'Thanks for chatting with Maplewood Library!'],
  ], usual({ informed: 'fail' })),

  s(TRAINEE, '27 practice chat (grants script): coded Practice, every check na', [
    [0, 'p', 'TEST where is the grants database'],
    [10, 'l', 'hi this is a test of the grants macro'],
    [18, 'l', 'Foundation Directory Online: ourlibrary.org/databases. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  s(SIGRID, '28 property tax on a nonprofit\'s building: "One moment please." + a question (no greeting), PR-230 on revenue.wi.gov, "Contact your local assessor\'s office" (no contact), code null', [
    [0, 'p', 'we are a 501c3 and just bought a building. do we still pay property taxes?'],
    [30, 'l', 'One moment please.'],
    [36, 'l', 'Which state is the building in?'],
    [70, 'p', 'wisconsin'],
    [77, 'l', "In Wisconsin nonprofit property isn't exempt automatically: you file an exemption request (Form PR-230) by March 1. The form and instructions are on the Department of Revenue site at revenue.wi.gov (search 'PR-230'). Contact your local assessor's office to find out how they handle it."],
    [83, 'l', 'Does that help?'],
    [130, 'p', 'yes ty'],
    [136, 'l', 'Anything else?'],
    [160, 'p', 'no'],
    [165, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ greeting: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: null }),

  s(NOEL, '29 asking for mission-trip money: pickup at exactly 60 s, advice only (no source), "Ask your pastor …" (no contact), "You\'re welcome, have a great trip!"', [
    [0, 'p', 'how do i ask people for money for my mission trip without being weird about it'],
    [60, 'l', "Hi, I'm Noel, a librarian with Ask Us at Greenwood Library."],
    [66, 'l', 'When is the trip, and how much do you need to raise?'],
    [130, 'p', 'july, 2500'],
    [138, 'l', 'Most people write a short personal letter: where you are going and why, the total you need and the deadline, and a few suggested amounts. Send it to family and friends, then follow up with a thank-you note and a short update after the trip. Ask your pastor if you can share it in the church bulletin too.'],
    [144, 'l', 'Does that help?'],
    [190, 'p', 'yeah that makes sense ty'],
    [196, 'l', "You're welcome, have a great trip!"],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  s(KDUB, '30 where to file the 990-N (curt): "hey, ask a librarian here", URL at once, "k", "np"', [
    [0, 'p', 'where do i file the 990N thing'],
    [15, 'l', 'hey, ask a librarian here'],
    [19, 'l', 'irs.gov/990n , log in w/ ur ID.me acct and file under ur EIN'],
    [45, 'p', 'k'],
    [49, 'l', 'np'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-fifth round: grants, nonprofits and fundraising, checked', () => {
  describeSessions('whole sessions', fiftyFifthRoundGrants.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyFifthRoundGrants.filter((c) => c.name in LEFT_WHY));
});
