/**
 * Sixty-first round, theme FAMILY COURT PAPERWORK: DIVORCE FORMS, CUSTODY AND VISITATION, CHILD SUPPORT, PROTECTIVE ORDERS,
 * NAME CHANGES AFTER DIVORCE, THE FAMILY LAW SELF-HELP CENTER AND MEDIATION, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: an agreed divorce with no kids (TX), answering a divorce petition
 * (TX), an Ohio dissolution with children, serving papers on a spouse in another state (MI/OH), the Cook County filing fee and
 * a fee waiver, a Florida financial affidavit, legal separation vs divorce (MD); custody relocation (NV), a visitation order
 * ignored (PA), a parenting plan in Spanish (WA), an emergency ex parte custody petition (IN), a 1994 custody order (MD),
 * approved parenting classes (IL); child support in Spanish (CA), the PA guideline worksheet, a payment history for a hearing
 * (AZ), checking a payment (OR, chat-speak), a New York support petition, daycare costs (IL); a restraining order (CA), protective
 * order forms "asap" with no provider; back to a maiden name (NY), a minor's name change (VA), a certified decree for a
 * passport (WA), grandparents' 1971 divorce for genealogy (MD); the self-help center's hours (MD), court-ordered mediation (OR,
 * MI), notarizing a custody agreement. Providers point to state court self-help sites, legal help sites, child support
 * agencies, court clerks, family law facilitators and self-help centers, Family Court Services, the SSA and DMV, the State
 * Archives, a family law attorney, and their own library's law collection desk. Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundFamily-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 31 s pickup (01); a patron "hello??" in the queue and a 95 s pickup (02: fail); `pickedUpAt` at
 *   50 s with the first line at 160 (26: pickup passes, 110 s after pickup: keep_informed passes); "Hi! Happy to help with
 *   that." under the screen name "Desk 2" (05: greets, names no one: fail); "Hi there!" + "I'm Sofia, a librarian …" split
 *   over two lines (21); "Good afternoon, thanks for contacting Ask a Librarian! My name is Tamsin" (06); "Good morning! Joy at
 *   Ask a Librarian, …, here." (19); Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …" (03); chat-speak "hey! kim @ ask a
 *   librarian, hillsboro library 🙂" (29); a greeting that is a hold ("… Let me take a look, one moment.", 22); no provider
 *   ever joined (24);
 *  inquiry: county, property, state, case number, the names on the case, which courthouse, the children's ages, whether an
 *   order exists, whether the patron is safe to chat and was married to or dated the other party (04), filing or responding,
 *   a shared parenting plan, certified or plain copy, the hearing date; the DIY Forms URL before "Are you the parent the child
 *   lives with?" (27: fail); Grace's "¿Prefiere que le atienda en español?" and the receiver's own question (14);
 *  waits: "Let me look into that for you, one moment." answered 140 s later (06: fail); holds at 81/176/270 (the last a partial
 *   result that says the check goes on) and the answer at 360 (30: pass); "Un momento, por favor" then 79 s (03); "sec" then
 *   46 s (29); a transfer notice answered by the receiver 140 s later (13: fail); a silent transfer, the receiver 58 s after the
 *   patron with an internal line inside the wait (14: pass);
 *  endings: "Are you still there?" at 230 and "It looks like you've disconnected, so I'll close this chat. Feel free to chat
 *   back in anytime!" at 420 (19: idle and notice pass, courteous passes); "Still with me?" at 232 and then nothing until 400
 *   (21: notice and courteous fail); a goodbye 144 s after the answer with no check-in (20: idle fails, disconnect na); a Lost
 *   Call with a greeting-hold, "Hello, are you still there?" at 150 and "Looks like you've disconnected, so I'm ending this
 *   session now." at 350 (22: both idle checks pass, courteous fails: announcing the end is not a goodbye); the patron's window
 *   closing before "Stay safe. Please chat back anytime" (04); "Sorry, your time is up for today and I need to close this chat
 *   now." with the patron's "seriously??" last (17: dismissal fails); "several other patrons waiting … Please chat back in later"
 *   (18: allowed); the patron's "yes that's everything, thank you!!" as the last line (30: courteous fails); goodbyes "Have a
 *   good one!", "Take care!", "Anytime! Bye.", "You're welcome, talk to you tomorrow!", "Thanks, talk soon!", "k, have a good
 *   one! bye", "¡Con gusto! Gracias por usar nuestro chat."; patron-side "thats all i needed", "no thats it", "es todo", "eso es
 *   todo", "no more questions", "thats everything thx", "thats all for now", and "ok", "ok thx", "yes thanks", "ok thank u",
 *   "ok i have to go", "yeah thanks" that do not count;
 *  sources: state court self-help and forms sites, texaslawhelp.org, michiganlegalhelp.org, washingtonlawhelp.org/es,
 *   childsupport agencies' portals, a court's case search, the State Archives' guide, ssa.gov/locator, dmv.ny.gov, a rule
 *   number with an estimator URL; none (a general explanation of separation and divorce, 28: fail, completeness still passes);
 *  referrals: the Self-Help Center by street and phone (02); DCSS "o llamar al 866-…" (03); the Family Law Facilitator by street
 *   and phone, and 911 (04); "mail or bring it … to your local Social Security office (find yours at ssa.gov/locator)" (05,
 *   LEFT); "call Family Court Services at 503-…" (06); the Towson center "just walk in" with no address beside the Court Help
 *   Center by phone (07, LEFT); "talk to a family law attorney" with no contact (18); "file … with the circuit court where you
 *   live" with the Clerk's street and phone (19, LEFT); the library's own law collection desk by phone (20); "ask the court to
 *   modify it" with only a statewide forms page (23: fail, a label correction); "go in person to the Clerk's Office at 516 Third
 *   Ave" (26); "call their automated line 800-…" (29); staff consulted on the patron's behalf (a law librarian, 08; "the clerk's
 *   office", 09; the patron's own library, 10) and transfers to a colleague (12, 13, 14) as no referral;
 *  follow-ups: FU_ME with the e-mail given and read back, "by Friday", done in 30 h (08: pass); "I'll … e-mail you the updated
 *   list" with the e-mail given, "once I hear back", coded Answered (09: code and contact fail, on_time pending at day 1);
 *   FU_LIB with the e-mail only in `patron.email` and no time, never recorded, day 5 (10: contact and on_time fail, code
 *   passes); FU_ME by phone read back, "by tomorrow at noon", done after 75 h (11: on_time fails);
 *  codes: a true Lost Call (22); Lost Call after three patron lines (23); null with no provider (24); an empty string (27);
 *   Practice (25);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); a notice with no note (13: fail); an internal
 *   note only (14: fail);
 *  concurrency: four at once (15: fail); others ending exactly at the start, ending exactly at the end and starting exactly at
 *   the end, three at most (16: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Are you in a safe place to chat right now? And is he someone you were married to or dated?" asks about the patron's
 *   situation in a way that shapes the answer (which form): a clarifying question (04);
 * - telling the patron to file a petition with a court ("file … with the circuit court where you live", 19), to ask a court
 *   for something ("ask the court to modify it", 23), to mail or bring a form to an agency's office (05), to "just walk in"
 *   to a self-help center (07) or to "talk to a family law attorney" (18) is a referral (RUBRIC: "call, write to, ask or visit
 *   them"); a statewide approved-forms page is a source, not a way to reach the court that issued the order (23, as round 56's
 *   Tag Office reading), and "at the Circuit Court in Towson" is no postal address (07);
 * - "call our law collection desk at 734-…" tells the patron to contact the provider's own library's department: a referral,
 *   with a phone (20); "I'll ask our law librarian", "I'll check with the clerk's office" and "I'll pass your question to" the
 *   patron's library are consulting on the patron's behalf: no referral (08, 09, 10);
 * - "Have a good one!", "Take care!", "Anytime! Bye.", "Thanks, talk soon!" and "You're welcome, talk to you tomorrow!" say
 *   goodbye; "Hello, are you still there?" and "Looks like you've disconnected, so I'm ending this session now." do not (22);
 * - "Will that work for you?", "Does that help for now?", "that help?" and "¿Esto responde a su pregunta?" ask whether what was
 *   given meets the need; "Did that help?" after an answer with no source still passes completeness (28);
 * - "thats all for now" says the patron is done (28); "ok i have to go hes calling me" does not (04);
 * - "once I hear back" gives no time (09); "by tomorrow at noon" and "by Friday" do;
 * - with `pickedUpAt` at 50 s and the first line at 160 s, the wait after pickup is 110 s, within `silenceSeconds` (26);
 * - "Found the emergency petition, now checking that it applies to an existing case." gives a partial result and says the
 *   search goes on: a hold (30).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (every disagreement on referral.contact). Label corrections: 1:
 *  - case 23, referral.contact na -> fail: I had read "Then you'd ask the court to modify it." as a description of the legal
 *    step; by RUBRIC's "call, write to, ask or visit them" (and the reading I had myself given case 19's "file … with the
 *    circuit court") it tells the patron to ask an organisation outside the chat, and the only URL, the statewide
 *    approved-forms page, is a source, not a way to reach the court that would modify the order.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY), all referral.contact:
 *  - case 05: "mail or bring it … to your local Social Security office (find yours at ssa.gov/locator)" read as no referral
 *    (na; RUBRIC pass: write to / visit an agency, with a URL);
 *  - case 07: "The Family Law Self-Help Center at the Circuit Court in Towson … just walk in with your papers" not read as a
 *    referral beside the Court Help Center's phone (pass; RUBRIC fail: a party with no e-mail, phone, postal address or URL);
 *  - case 19: "file an Application for Change of Name (Minor) … with the circuit court where you live … Clerk's office is at 4110
 *    Chain Bridge Road, … 703-555-0142" read as no referral (na; RUBRIC pass).
 * The scorer does read "visit the Self-Help Center … or call them" (02), "llamar al 866-…" (03), "The Family Law Facilitator …
 *   can help you fill them out" (04), "call Family Court Services" (06), "talk to a family law attorney" (18), "call our law
 *   collection desk" (20), "ask the court to modify it" (23), "go in person to the Clerk's Office" (26) and "call their
 *   automated line" (29) as referrals, and staff consulted on the patron's behalf as none. Every timing check (pickup at 31
 *   and 95 s, by `pickedUpAt`, no provider; keep_informed at 140 s after a hold and after a transfer notice, across three holds
 *   and a silent transfer, 110 s after `pickedUpAt`; final idles of 0, 144, 205, 314 and 344 s; concurrency at four and at
 *   touching ends; on_time done at 30 h, late at 75 h, pending at day 1, not recorded by day 5) scored as labelled on the first
 *   run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 *   phone read back, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 * ON v55 (block U, written partly from this file): case 05's "mail or bring it with a certified copy of the judgment to your local
 *   Social Security office" (U5) and 19's "you file an Application for Change of Name (Minor), form CC-1411, with the circuit court"
 *   (U4) read as labelled and run: 29 running, 1 LEFT (07).
 * FINAL RUN (rubric v55): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. You are number ${n} in line; a librarian will join shortly.`];

const RENATA: Prov = { id: 'renata', name: 'Renata', library: 'APL-ATX' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'LVCCLD' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SBCL' };
const DANI: Prov = { id: 'dani', name: 'Dani', library: 'FCPL-CA' };
const DESK2: Prov = { id: 'desk2', name: 'Desk 2', library: 'BCL-NY' };
const TAMSIN: Prov = { id: 'tamsin', name: 'Tamsin', library: 'MCL-OR' };
const PRIYANKA: Prov = { id: 'priyanka', name: 'Priyanka', library: 'BCPL' };
const OWEN: Prov = { id: 'owen-h', name: 'Owen', library: 'HCPL' };
const BETH: Prov = { id: 'beth', name: 'Beth', library: 'LCPL' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'EPFL' };
const GABE: Prov = { id: 'gabe', name: 'Gabe', library: 'PCPL' };
const NATE: Prov = { id: 'nate', name: 'Nate', library: 'ASKUS' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'SLL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'AHPA' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'ACLL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'KCLS' };
const MATEO: Prov = { id: 'mateo', name: 'Mateo', library: 'KCLS' };
const HANK: Prov = { id: 'hank', name: 'Hank', library: 'CPL-IL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'CML' };
const RUSS: Prov = { id: 'russ', name: 'Russ', library: 'LVPL-FL' };
const CLAIRE: Prov = { id: 'claire', name: 'Claire', library: 'DCL-PA' };
const JOY: Prov = { id: 'joy', name: 'Joy', library: 'FCPL-VA' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'AADL' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'APL-VA' };
const SAM: Prov = { id: 'sam', name: 'Sam', library: 'ESL' };
const KIRA: Prov = { id: 'kira', name: 'Kira', library: 'RPL' };
const QUEUE: Prov = { id: 'queue-fam', name: 'Queue', library: 'STATE' };
const TRAINING: Prov = { id: 'training-fam', name: 'Training Desk', library: 'TRN' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'SPL-WA' };
const EZRA: Prov = { id: 'ezra', name: 'Ezra', library: 'QPL' };
const PAT: Prov = { id: 'pat', name: 'Pat', library: 'AACPL' };
const KIM: Prov = { id: 'kim', name: 'kim_hpl', library: 'HPL-OR' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'IndyPL' };

export const sixtyFirstRoundFamily: SessionCase[] = [
  // 01 agreed divorce, no kids (TX): a queue line, county and property asked, texaslawhelp.org
  s(RENATA, '01 agreed divorce, no kids (TX): queue line, county + property asked, texaslawhelp.org forms, "thats all i needed"', [
    [0, 'p', 'hi i need the papers to file for divorce, we agree on everything. no kids'],
    queue(2),
    [31, 'l', 'Good morning! Renata here, a reference librarian with Austin Public Library.'],
    [38, 'l', 'Which county do you live in, and do the two of you own a house or have retirement accounts together? That changes which forms you use.'],
    [100, 'p', 'travis. no house, just cars and we each keep our own'],
    [106, 'l', 'Texas has free, court-approved forms for an agreed divorce with no children and no real estate: texaslawhelp.org/divorce-no-children. It walks you through the Original Petition, the Waiver of Service and the Final Decree of Divorce, with instructions for each.'],
    [112, 'l', 'Does that cover what you needed?'],
    [170, 'p', 'yes that is perfect. thats all i needed'],
    [176, 'l', 'Glad to help! Thanks for chatting, and take care.'],
  ], usual()),

  // 02 custody relocation (NV): "hello??" in the queue, 95 s pickup, the Self-Help Center by street and phone
  s(MARCUS, '02 custody change after a move (NV): "hello??" in the queue, 95 s pickup, Self-Help Center at 601 N. Pecos Road + phone', [
    [0, 'p', 'I need to change our custody order, my ex moved out of state. what forms'],
    queue(3, 2),
    [60, 'p', 'hello??'],
    [95, 'l', 'Hi, sorry for the wait! This is Marcus at Ask a Librarian, Las Vegas-Clark County Library District.'],
    [102, 'l', 'Is the current order from a Nevada court? And are you the parent the kids live with most of the time?'],
    [150, 'p', 'yes clark county. yes they live with me'],
    [157, 'l', 'The Family Law Self-Help Center has the motion-to-modify packets for custody and relocation, free, with instructions: familylawselfhelpcenter.org (Forms > Custody). If you want someone to look over your packet before you file, visit the Self-Help Center at the Family Courts building, 601 N. Pecos Road, Las Vegas, or call them at 702-555-0196.'],
    [163, 'l', 'Did that help?'],
    [220, 'p', 'yes thank you so much'],
    [226, 'l', 'Anything else I can help you with today?'],
    [260, 'p', 'no thats it'],
    [265, 'l', "You're welcome! Good luck, and thanks for using Ask a Librarian."],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 child support (CA, Spanish): a hold, DCSS online or by phone
  s(LUCIA, '03 manutención (CA, Spanish): "¿Ya tiene una orden…?", hold, childsupport.ca.gov/es o "llamar al 866-…", "es todo"', [
    [0, 'p', 'hola, como pido la manutención para mi hijo? el papá no paga nada'],
    [26, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca del Condado de San Bernardino. Con gusto le ayudo.'],
    [33, 'l', '¿Ya tiene una orden de manutención del juez, o todavía no hay ninguna orden?'],
    [95, 'p', 'no hay nada, nunca fuimos a la corte'],
    [101, 'l', 'Un momento, por favor, busco la información en español.'],
    [180, 'l', 'En California se pide por medio de la agencia local de manutención de menores (Department of Child Support Services), sin costo. Puede abrir el caso en línea en childsupport.ca.gov/es o llamar al 866-555-0112. Ellos localizan al papá y le piden la orden al juez.'],
    [186, 'l', '¿Esto responde a su pregunta?'],
    [240, 'p', 'si gracias, es todo'],
    [246, 'l', '¡De nada! Gracias por usar nuestro chat, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 04 restraining order (CA): safety asked, DV-100, the Facilitator by street and phone; the patron leaves
  s(DANI, '04 restraining order on an ex (CA): "Are you in a safe place…?", DV-100 self-help URL, Facilitator at 1130 O Street + phone, patron leaves, "Stay safe…"', [
    [0, 'p', 'how do i get a restraining order on my ex. he keeps showing up at my work'],
    [18, 'l', "Hi, I'm Dani, a librarian with Ask a Librarian at Fresno County Public Library. I'm sorry you're dealing with this."],
    [24, 'l', 'Are you in a safe place to chat right now? And is he someone you were married to or dated? That decides which form you use.'],
    [60, 'p', 'yes im at my sisters. we dated 2 yrs, have a kid'],
    [66, 'l', "Then it's a domestic violence restraining order (form DV-100). The forms and step-by-step instructions are at selfhelp.courts.ca.gov/DV-restraining-order, and there's no filing fee. The Family Law Facilitator at Fresno County Superior Court can help you fill them out for free: 1130 O Street, Fresno, 559-555-0147. If you ever feel in danger, call 911."],
    [80, 'p', 'ok i have to go hes calling me'],
    left(84),
    [95, 'l', "Stay safe. Please chat back anytime, we're here."],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 05 maiden name after divorce (NY): greeting under a screen name, SSA office locator
  s(DESK2, '05 back to maiden name after divorce (NY): "Hi! Happy to help with that." under "Desk 2" (no one named), SSA locator + DMV page, "ok"', [
    [0, 'p', 'my divorce is final, how do i go back to my maiden name on my license and social security'],
    [22, 'l', 'Hi! Happy to help with that.'],
    [28, 'l', 'Does your divorce judgment say you may resume your prior surname? Most NY judgments include that line.'],
    [80, 'p', 'yes it says that'],
    [86, 'l', 'Great, then the judgment is your proof. Social Security comes first: fill out form SS-5 and mail or bring it with a certified copy of the judgment to your local Social Security office (find yours at ssa.gov/locator). Once the new card comes, change your license using the DMV name change page, dmv.ny.gov/driver-license/change-name.'],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'ok'],
    [146, 'l', 'Congrats on the fresh start, and thanks for chatting!'],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'pass' })),

  // 06 court-ordered mediation (OR): a hold answered 140 s later
  s(TAMSIN, '06 court-ordered mediation (OR): "Let me look into that for you, one moment." then 140 s, Family Court Services by phone', [
    [0, 'p', 'The judge ordered us to mediation for parenting time. Is that free? where do I find a mediator'],
    [25, 'l', 'Good afternoon, thanks for contacting Ask a Librarian! My name is Tamsin, at Multnomah County Library.'],
    [31, 'l', 'Did the order name a program, or just say "mediation"? And which county is the case in?'],
    [90, 'p', 'multnomah. it just says mediation'],
    [96, 'l', 'Let me look into that for you, one moment.'],
    [236, 'l', "Thanks for waiting. Multnomah County's Family Court Services offers mediation on parenting issues at no cost once a case is filed; the program page is courts.oregon.gov/courts/multnomah/programs-services (Family Court Services). To schedule, call Family Court Services at 503-555-0129."],
    [242, 'l', 'Does that answer your question?'],
    [300, 'p', 'yes. what if we cant agree'],
    [306, 'l', "Then the mediator only reports that you didn't reach an agreement, and the judge decides. The same page explains it."],
    [360, 'p', 'ok got it, thats all thanks'],
    [366, 'l', 'Great, thanks for chatting with us!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 self-help center hours (MD): "just walk in" with no address, the statewide Help Center by phone
  s(PRIYANKA, '07 family law self-help center hours (MD): Towson center "just walk in" (no address), Court Help Center by phone + URL', [
    [0, 'p', 'what are the hours for the family law self help center'],
    [20, 'l', 'Hello! This is Priyanka at Ask Us, Baltimore County Public Library.'],
    [26, 'l', 'Which courthouse do you mean, the Circuit Court in Towson or the one in Baltimore City?'],
    [55, 'p', 'towson'],
    [61, 'l', 'The Family Law Self-Help Center at the Circuit Court in Towson is open Monday to Friday, 8:30 to 4:30; just walk in with your papers. You can also reach the Maryland Court Help Center by phone at 410-555-0139 or by chat at mdcourts.gov/helpcenter.'],
    [67, 'l', 'Did that help?'],
    [100, 'p', 'yes thats all i needed'],
    [105, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ referral: 'fail' })),

  // 08 follow-up by me: a 1994 custody order; e-mail read back, "by Friday", done 30 h
  s(OWEN, '08 1994 custody order (follow-up by me): hold, Case Search URL, e-mail given and read back, "by Friday", done in 30 h', [
    [0, 'p', "I need a copy of the custody order from my parents' divorce in 1994, Harford County, for a passport thing"],
    [30, 'l', "Hello, I'm Owen, a librarian with Harford County Public Library's Ask Us chat."],
    [36, 'l', 'Do you know the case number, or the names the case was filed under?'],
    [90, 'p', 'no case number. Lisa and Robert Kemper'],
    [96, 'l', 'Let me check how far back the online case search goes.'],
    [190, 'l', "The online Case Search at casesearch.courts.state.md.us only reliably goes back to the late 1990s for family cases, so 1994 may not show up. I'll ask our law librarian tomorrow whether the court's old index is on our microfilm, and I'll e-mail you what I find. What's a good e-mail?"],
    [240, 'p', 'kemperjess@example.com'],
    [246, 'l', 'kemperjess@example.com, got it. I will e-mail you by Friday.'],
    [252, 'l', 'Anything else for today?'],
    [280, 'p', 'no thank you!'],
    [285, 'l', 'Thanks, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 a promise coded Answered, no time (IL parenting classes)
  s(BETH, '09 approved parenting classes (IL): list URL, "I\'ll … e-mail you the updated list", e-mail given, "once I hear back", coded Answered', [
    [0, 'p', 'court says I need a parenting class before the divorce is final. which ones count?'],
    [24, 'l', 'Hi! This is Beth at the Ask a Librarian service, Lake County Public Library.'],
    [30, 'l', 'Which county is your divorce filed in?'],
    [70, 'p', 'Lake'],
    [76, 'l', "The Lake County circuit court lists the approved co-parenting classes on its Family Division page: lakecountyil.gov/family/parenting-classes. I'm not sure that list is current, though, so I'll check with the clerk's office and e-mail you the updated list. What's your e-mail?"],
    [120, 'p', 'sure, mpatel88@example.com'],
    [126, 'l', "Thanks! I'll send it over once I hear back."],
    [132, 'l', 'Is there anything else I can help with?'],
    [160, 'p', 'nope thanks'],
    [165, 'l', 'Have a good one!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 follow-up by the patron's library: e-mail only on file, no time, not done by day 5
  s(FARAH, '10 grandparents\' 1971 divorce (follow-up by patron\'s library): Archives guide, "by e-mail at the address on your library account", no time, not done by day 5', [
    [0, 'p', 'looking for my grandparents divorce record, Allegany county 1971, for genealogy'],
    [35, 'l', "Good evening! You've reached Ask Us statewide; I'm Farah, a librarian at Enoch Pratt Free Library."],
    [41, 'l', 'Do you need the whole court file, or just proof that the divorce happened and when?'],
    [100, 'p', 'just proof and the date'],
    [106, 'l', "The Maryland State Archives has the Allegany County divorce indexes for that period; their guide is at msa.maryland.gov (Reference & Research > Divorce Records). Your own library, Allegany County Library System, has the local newspapers on microfilm, so I'll pass your question to them and someone there will follow up with you by e-mail at the address on your library account."],
    [112, 'l', 'Does that help for now?'],
    [160, 'p', 'yes thanks'],
    [166, 'l', 'Thanks for using Ask Us, goodnight!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'gen.kline@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 11 follow-up by me by phone: read back, "by tomorrow at noon", done after 75 h
  s(GABE, '11 child support payment history (AZ, follow-up by me): portal URL, cell read back, "by tomorrow at noon", done after 75 h', [
    [0, 'p', 'i need a printout of all the child support payments ive received since 2019 for a court hearing'],
    [28, 'l', 'Hi there, Gabe from Ask a Librarian at Pima County Public Library. Happy to help.'],
    [34, 'l', 'Which state handles your child support case, Arizona? And when is the hearing?'],
    [80, 'p', 'arizona. hearing is the 20th'],
    [86, 'l', "In Arizona you can view and print the payment history after logging into the DCSS portal at des.az.gov/services/child-and-family/child-support. I'm not sure the portal goes back to 2019, so I'll find out and call you. What number should I use?"],
    [140, 'p', '520-555-0163'],
    [146, 'l', "520-555-0163, thanks. I'll call you by tomorrow at noon."],
    [152, 'p', 'ok thank u'],
    [158, 'l', "You're welcome, talk to you tomorrow!"],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 transfer with a notice and a note (MI service on a spouse in OH)
  s(NATE, '12 serving divorce papers out of state (MI/OH): transfer to Ines with a notice and an internal note, michiganlegalhelp.org', [
    [0, 'p', 'Do I have to serve my husband the divorce papers myself or can the sheriff do it? We live in different states'],
    [22, 'l', "Hello! I'm Nate with Ask Us, the statewide chat."],
    [28, 'l', 'Which state are you filing in, and where does he live?'],
    [70, 'p', 'filing in Michigan, he lives in Ohio'],
    [76, 'l', "That's a good one for our law librarian, Ines. I'm transferring you to her now, please hold a moment."],
    [79, 'i', 'Ines: pt filing divorce in MI, needs service on spouse in OH (out-of-state service). Can you take it?'],
    xfer(82, 'Ines', 'ines'),
    [130, 'l', "Hi, this is Ines, law librarian at the State Law Library. Michigan Legal Help has the service packet and the instructions for serving someone who lives in another state: michiganlegalhelp.org/self-help-tools/family/serving-divorce-papers. It explains the options, a sheriff or process server there, or certified mail with restricted delivery.", as(INES)],
    [136, 'l', 'Is that what you needed?', as(INES)],
    [190, 'p', "yes that's all I needed, thank you both"],
    [196, 'l', "You're welcome! Thanks for using Ask Us.", as(INES)],
  ], usual({ transfer: 'pass' })),

  // 13 a transfer notice with no note; the receiver 140 s later (PA support guidelines)
  s(WES, '13 PA support guideline worksheet: "I\'ll transfer you … Hang on!" with no internal note, Alma 140 s later', [
    [0, 'p', 'where can i find the child support guidelines worksheet for PA'],
    [20, 'l', 'Hi, Wes here at Ask Here PA. Is it for a new support case or a modification?'],
    [55, 'p', 'new case'],
    [61, 'l', "I'll transfer you to a colleague at the county law library who knows the support guidelines well. Hang on!"],
    xfer(64, 'Alma', 'alma'),
    [201, 'l', 'Hi, Alma at Allegheny County Law Library. The worksheet is part of Pa. R.C.P. 1910.16-7, and the estimator at humanservices.state.pa.us/csws (Estimate Support) fills it in for you.', as(ALMA)],
    [207, 'l', 'Does that answer your question?', as(ALMA)],
    [250, 'p', 'yes thank you'],
    [255, 'l', 'Anything else?', as(ALMA)],
    [280, 'p', 'no'],
    [285, 'l', 'Take care, and thanks for chatting!', as(ALMA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 14 a silent transfer (internal note only), Spanish, WA parenting plan
  s(GRACE, '14 visitas (WA, Spanish): "¿Prefiere que le atienda en español?", internal note only, transfer, Mateo 58 s after the patron, washingtonlawhelp.org/es', [
    [0, 'p', 'buenas tardes, necesito el formulario para pedir visitas con mi hija'],
    [25, 'l', 'Hello! This is Grace at King County Library System. ¿Prefiere que le atienda en español?'],
    [50, 'p', 'si porfavor'],
    [53, 'i', 'Mateo, can you take a Spanish visitation forms question? WA. gracias'],
    xfer(56, 'Mateo', 'mateo'),
    [108, 'l', '¡Hola! Soy Mateo, bibliotecario de King County Library System. ¿Ya existe un plan de crianza (parenting plan) del juez, o sería la primera vez?', as(MATEO)],
    [150, 'p', 'no hay nada, nunca nos casamos'],
    [156, 'l', 'Entonces se pide con una petición de plan de crianza (Petition for a Parenting Plan). Los formularios y las instrucciones en español están en washingtonlawhelp.org/es (Familia > Plan de crianza).', as(MATEO)],
    [162, 'l', '¿Le sirve esta información?', as(MATEO)],
    [220, 'p', 'si, eso es todo, gracias'],
    [226, 'l', '¡Con gusto! Gracias por usar nuestro chat.', as(MATEO)],
  ], usual({ transfer: 'fail' })),

  // 15 four chats at once (Cook County filing fee)
  s(HANK, '15 Cook County divorce filing fee and waiver: Clerk fees page + statewide fee waiver form, four chats open at once', [
    [0, 'p', 'how much is the filing fee for divorce in cook county? can i get it waived'],
    [15, 'l', 'Hi! Hank with Ask a Librarian at Chicago Public Library.'],
    [21, 'l', 'Is this for a petition you are filing, or a response to one your spouse filed?'],
    [50, 'p', 'filing it myself'],
    [56, 'l', "The Clerk of the Circuit Court posts the current fees at cookcountyclerkofcourt.org (Fees > Domestic Relations). For a waiver, use Illinois' statewide Application for Waiver of Court Fees at illinoiscourts.gov/documents-and-forms/approved-forms."],
    [62, 'l', 'Did that answer it?'],
    [100, 'p', 'yep thats everything thx'],
    [105, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('k1', 'hank', -100, 200), other('k2', 'hank', 30, 300), other('k3', 'hank', 60, 400)],
  }),

  // 16 concurrency at touching ends (OH dissolution with kids)
  s(IVY, '16 Ohio dissolution with kids: shared parenting asked, supremecourt.ohio.gov forms, "no more questions"; others touch the ends (three at most)', [
    [0, 'p', 'what forms do we need for a dissolution in ohio, we have 2 kids'],
    [18, 'l', 'Hello and welcome! Ivy here, a librarian at Columbus Metropolitan Library.'],
    [24, 'l', 'Have the two of you already worked out a shared parenting plan, or not yet?'],
    [60, 'p', 'yes we agree on everything'],
    [66, 'l', "Then you want the Supreme Court of Ohio's standardized dissolution forms with children (the petition, the separation agreement and the shared parenting plan), at supremecourt.ohio.gov/docs/JCS/domesticRelations/forms. Your county's domestic relations court may add local forms, so check its website too."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes!'],
    [115, 'l', 'Anything else I can help you with?'],
    [135, 'p', 'no more questions, thanks'],
    [140, 'l', 'Thanks for chatting, good luck!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'ivy', -500, 0), other('v2', 'ivy', -60, 400), other('v3', 'ivy', 20, 145), other('v4', 'ivy', 145, 600)],
  }),

  // 17 "your time is up" (FL financial affidavit)
  s(RUSS, '17 FL financial affidavit line by line: form URL, "Sorry, your time is up for today and I need to close this chat now.", patron "seriously??" last', [
    [0, 'p', 'can you help me fill out the financial affidavit for my divorce'],
    [20, 'l', 'Hi, Russ here from Ask a Librarian, Lakeview Public Library.'],
    [26, 'l', 'Which state is your case in?'],
    [60, 'p', 'Florida'],
    [66, 'l', "Florida's Family Law Financial Affidavit (Form 12.902(b) or (c)) is at flcourts.gov (Resources & Services > Family Law Forms). Librarians can't fill it out for you, but the instructions on the first pages explain each line."],
    [72, 'l', 'Does that help?'],
    [130, 'p', 'sort of. line 6, do i put my overtime? and what about the child support i get. and my tax refund'],
    [138, 'l', 'Sorry, your time is up for today and I need to close this chat now.'],
    [150, 'p', 'seriously??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 other patrons waiting, chat back later; "talk to a family law attorney" with no contact
  s(CLAIRE, '18 ex ignoring the visitation order (PA): contempt forms URL, "talk to a family law attorney" (no contact), "several other patrons waiting … chat back in later"', [
    [0, 'p', 'my ex isnt following the visitation schedule, what can i do'],
    [30, 'l', 'Hi there! My name is Claire, a librarian with Ask a Librarian at Delaware County Library.'],
    [36, 'l', 'Is the schedule part of a court order, and which state?'],
    [90, 'p', 'yes court order, Pennsylvania'],
    [96, 'l', "Then the usual step is a petition for contempt of the custody order. Pennsylvania's self-help forms for custody, including contempt, are at pacourts.us/forms/for-the-public (Custody). Since it's about your specific case, you should also talk to a family law attorney about your options."],
    [102, 'l', 'Is that the kind of info you needed?'],
    [160, 'p', 'kind of. also can i stop paying support if he doesnt bring her back? and can i move? and what about my tax return'],
    [168, 'l', "Those are all fair questions, but I have several other patrons waiting right now. Please chat back in later and we can pick up where we left off. Thank you for your patience!"],
    [190, 'p', 'ok'],
    [195, 'l', 'Take care!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 19 check-in and a disconnect notice that invites back (VA minor name change)
  s(JOY, '19 kids\' last name after divorce (VA): CC-1411 URL + Circuit Court Clerk by street and phone, "Are you still there?" at 230, notice + invitation at 420', [
    [0, 'p', 'how do i change my kids last name after divorce, in virginia'],
    [20, 'l', 'Good morning! Joy at Ask a Librarian, Fairfax County Public Library, here.'],
    [26, 'l', 'How old are your children? Over 14 they have to consent.'],
    [70, 'p', '9 and 12'],
    [76, 'l', "In Virginia you file an Application for Change of Name (Minor), form CC-1411, with the circuit court where you live, and the other parent gets notice. The form is at vacourts.gov/forms/circuit/namechange.html, and the Fairfax Circuit Court Clerk's office is at 4110 Chain Bridge Road, Fairfax, 703-555-0142."],
    [82, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
    [420, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to chat back in anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 20 a goodbye 144 s after the answer, no check-in; the library's own law desk by phone
  s(LEO, '20 lawyer at custody mediation? (MI): michiganlegalhelp.org, "call our law collection desk at 734-…", goodbye 144 s after the answer with no check-in', [
    [0, 'p', 'do i need a lawyer for mediation'],
    [25, 'l', 'Hi, this is Leo, a reference librarian at Ann Arbor District Library. Thanks for your question!'],
    [31, 'l', 'Is it court-ordered mediation in a divorce or custody case?'],
    [75, 'p', 'custody yes'],
    [81, 'l', "You don't have to bring a lawyer to mediation in Michigan, but you can. Michigan Legal Help explains how custody mediation works and what to bring at michiganlegalhelp.org/resources/family/mediation-in-custody-cases. If you'd like books on preparing for it, call our law collection desk at 734-555-0120 and they'll set some aside."],
    [87, 'l', 'Does that answer your question?'],
    [225, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 21 greeting in two lines; a check-in and then nothing until 400 (TX answer to a petition)
  s(SOFIA, '21 answering a divorce petition (TX): "Hi there!" + "I\'m Sofia …", texaslawhelp.org, "Still with me?" at 232, session ends at 400 with no notice', [
    [0, 'p', 'where do i get the paperwork to respond to a divorce petition? got served yesterday'],
    [22, 'l', 'Hi there!'],
    [27, 'l', "I'm Sofia, a librarian with Ask a Librarian at Arlington Public Library. Which state are you in, and do you and your spouse have children together?"],
    [80, 'p', 'texas, one kid'],
    [86, 'l', 'In Texas you respond with an Answer; the free form and instructions are at texaslawhelp.org/article/responding-to-a-divorce-petition. Watch the deadline: it is 10 am on the Monday after 20 days from the day you were served.'],
    [92, 'l', 'Is this what you were looking for?'],
    [232, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 168 }),

  // 22 Lost Call: the greeting is a hold; a check-in, then a notice with no goodbye
  s(SAM, '22 notarize a custody agreement? (Lost Call): greeting + "one moment", "Hello, are you still there?" at 150, "…I\'m ending this session now." at 350', [
    [0, 'p', 'Can the library notarize my custody agreement'],
    [24, 'l', 'Hi, this is Sam at Ask a Librarian, Eastside Library. Let me take a look, one moment.'],
    [150, 'l', 'Hello, are you still there?'],
    [350, 'l', "Looks like you've disconnected, so I'm ending this session now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Lost Call after three patron lines (IL daycare costs)
  s(KIRA, '23 daycare costs added to support (IL, Lost Call after 3 patron lines): "ask the court to modify it" + statewide forms URL, "Will that work for you?", "ok thx"', [
    [0, 'p', 'is there a form to get my ex to pay half of daycare'],
    [20, 'l', 'Hi! Kira at Ask a Librarian, Rockford Public Library.'],
    [26, 'l', 'Do you already have a child support order?'],
    [60, 'p', 'yes from 2021'],
    [66, 'l', "Then you'd ask the court to modify it. Illinois' approved statewide form is the Motion to Modify Child Support, at illinoiscourts.gov/documents-and-forms/approved-forms (Child Support). Child care costs can be added to support under the guidelines."],
    [72, 'l', 'Will that work for you?'],
    [100, 'p', 'ok thx'],
    [106, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 24 no provider joined; code null
  s(QUEUE, '24 protective order forms asap: no provider ever joined, "anyone there??", "nvm", patron left, code null', [
    [0, 'p', 'need protective order forms asap'],
    queue(2, 5),
    [90, 'p', 'anyone there??'],
    [150, 'p', 'nvm'],
    left(155),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 Practice
  s(TRAINING, '25 practice chat (family law macros): coded Practice, every check na', [
    [0, 'p', 'test - custody forms macro'],
    [10, 'l', 'Hi, this is a practice chat for the family law macros.'],
    [20, 'l', 'Custody forms: see the state court self-help page. Did that help?'],
    [30, 'p', 'test done, thx'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 pickedUpAt 50 s, first line at 160 (110 s after pickup); the Clerk's Office by street
  s(RUTH, '26 certified divorce decree (WA): pickedUpAt 50 s, first line at 160 (110 s after pickup), records URL or "go in person to … 516 Third Ave"', [
    [0, 'p', 'how do I get a certified copy of my divorce decree? it was finalized last month in king county'],
    [160, 'l', "Hi, I'm Ruth, a librarian at Seattle Public Library. Thanks for waiting!"],
    [166, 'l', 'Do you need it certified for something like a name change, or is a plain copy fine?'],
    [200, 'p', 'certified, for my passport name'],
    [206, 'l', "The King County Superior Court Clerk's Office sells certified copies. You can order online through the records request page, kingcounty.gov/courts/clerk/records, or go in person to the Clerk's Office at 516 Third Ave, Room E-609, Seattle."],
    [212, 'l', 'Does that help?'],
    [250, 'p', 'yes perfect thats all'],
    [255, 'l', "You're welcome, have a great day!"],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(50) }),

  // 27 the source before the question; code ""
  s(EZRA, '27 child support petition (NY): DIY Forms URL before "Are you the parent the child lives with?", "yeah thanks", code ""', [
    [0, 'p', 'need the form to ask for child support in new york'],
    [18, 'l', 'Hello, Ezra here, Ask a Librarian at Queens Public Library.'],
    [24, 'l', "New York's Family Court has a free online interview program, DIY Forms, that makes the support petition for you: nycourts.gov/courthelp/diy/childSupport.shtml."],
    [30, 'l', 'Are you the parent the child lives with?'],
    [70, 'p', 'yes'],
    [76, 'l', 'Then the DIY Forms program is the right one. Did that help?'],
    [110, 'p', 'yeah thanks'],
    [115, 'l', 'Anytime! Bye.'],
  ], usual({ clarify: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 28 no source at all (separation vs divorce)
  s(PAT, '28 legal separation vs divorce (MD): "Are you asking about Maryland?", a general explanation with no source, "Did that help?", "thats all for now"', [
    [0, 'p', 'whats the difference between legal separation and divorce'],
    [26, 'l', 'Hi! Pat here at Ask Us, Anne Arundel County Public Library.'],
    [32, 'l', 'Are you asking about Maryland?'],
    [60, 'p', 'yeah'],
    [66, 'l', "In general, a legal separation lets a court decide things like support and custody while you stay married, and a divorce ends the marriage. Maryland handles separation differently from some states, so the details depend on your situation."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'sorta, thats all for now'],
    [116, 'l', 'Ok, thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 29 chat-speak both sides (OR child support payments)
  s(KIM, '29 did my child support payment go thru (OR, chat-speak): "hey! kim @ ask a librarian", "sec", site + "call their automated line", "k, have a good one! bye"', [
    [0, 'p', 'hey how do i check if my child support payment went thru'],
    [12, 'l', 'hey! kim @ ask a librarian, hillsboro library 🙂'],
    [17, 'l', 'which state? OR?'],
    [30, 'p', 'ya oregon'],
    [34, 'l', 'sec'],
    [80, 'l', 'u can see payments on the Oregon Child Support Program site: childsupport.oregon.gov (Payments > Payment history), or call their automated line 800-555-0191'],
    [84, 'l', 'that help?'],
    [110, 'p', 'yep'],
    [113, 'l', 'anything else?'],
    [125, 'p', 'nope'],
    [128, 'l', 'k, have a good one! bye'],
  ], usual({ referral: 'pass' })),

  // 30 holds every ~90 s; the patron has the last word (IN emergency custody)
  s(NORA, '30 emergency custody petition (IN): holds at 81/176/270 (one a partial result), answer at 360, patron "that\'s everything" last (no goodbye)', [
    [0, 'p', 'I need the Indiana form for an emergency custody hearing, the county said "ex parte". is there a template'],
    [21, 'l', 'Good afternoon, this is Nora with Ask a Librarian at Indianapolis Public Library.'],
    [27, 'l', 'Is there already a custody or divorce case open, or would this be the first filing?'],
    [75, 'p', 'there is already a divorce case'],
    [81, 'l', 'OK, let me search the Indiana court forms, one moment.'],
    [176, 'l', "Still looking; Indiana's forms site is organized by case type, so bear with me."],
    [270, 'l', 'Found the emergency petition, now checking that it applies to an existing case.'],
    [360, 'l', "Here it is: Indiana's self-service site has the Verified Emergency Petition for custody in an existing case at in.gov/courts/selfservice/family/custody. For an order without notice (ex parte), the form explains what you must show."],
    [366, 'l', 'Does that answer your question?'],
    [420, 'p', "yes that's everything, thank you!!"],
  ], usual({ courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundFamily.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence only message 4 "You can also reach the Maryland Court Help Center by phone at 410-555-0139 …"). The same message 4 first says "The Family Law Self-Help Center at the Circuit Court in Towson is open Monday to Friday, 8:30 to 4:30; just walk in with your papers.": a second party the patron is told to visit, with no e-mail, phone, postal address or URL ("at the Circuit Court in Towson" is no postal address). RUBRIC referral.contact passes only when "every party the patron is referred to comes with a way to reach them".',
};

describe('sixty-first round: family court paperwork, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundFamily.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundFamily.filter((c) => c.name in LEFT_WHY));
});
