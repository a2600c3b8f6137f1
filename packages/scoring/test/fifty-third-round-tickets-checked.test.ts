/**
 * Fifty-third round, theme TRAFFIC TICKETS, SMALL CLAIMS, NAME CHANGES AND OTHER COURT SELF-HELP, checked: 30 whole sessions
 * no one had written, as public library "ask a librarian" chats log them: paying, looking up and contesting traffic tickets
 * (speeding, a red-light camera, a Boston parking ticket, a California fix-it ticket, a Florida no-insurance citation, NY
 * points, an unpaid Houston ticket, a traffic school certificate), small claims (a deposit, a contractor, serving an LLC,
 * collecting a judgment, mediation, an appeal, a continuance, finding out whether one was sued), name changes (a child's
 * surname in Spanish, a fee waiver, the newspaper notice, the hearing, back to a maiden name, a certified divorce decree),
 * a jury summons, an eviction notice, a 2009 dismissal record, a Lawyer in the Library clinic. Providers say they cannot
 * give legal advice, find the court's self-help page or the legal aid guide, and refer to legal aid, a court's Self-Help
 * Center, records office or clerk, their own reference desk (with and without phones, addresses and URLs). Every one of the
 * 17 checks labelled in every session before it was run (the labels copied aside to /tmp/fiftyThirdRoundTickets-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a patron "hello??" with a 78 s pickup (04); `pickedUpAt` at 40 s with the first line at 70 s
 *   (26); "Hi there!" + "This is Yusuf, …" split over two lines (16); "Hello!" then the answer under the screen name "Law
 *   Desk" (names no one: fail, 05); chat-speak "hey, Sam @ Ask a Librarian here" (27); Spanish "¡Hola, buenas tardes! Soy
 *   Lucía, bibliotecaria de …" (03); a greeting that is also a transfer announcement, half in Spanish ("Un momento, I'm
 *   transferring you", 15); a greeting + "I can help with that." in a Lost Call (18);
 *  inquiry: court, county, state, precinct, pay or contest, suing or being sued, notice vs court papers, certified or plain,
 *   the citation's box; the question asked only after the first source (05: fail);
 *  waits: holds 74-98 s before the answer (most); "ok let me find the DMV point chart" then 150 s (22: fail); holds 104 s and
 *   110 s apart through a search (23: pass); a transfer notice that is a hold, the receiver 52-54 s later (13, 15); a silent
 *   transfer with the receiver 60 s after the patron (14); "Sure, take your time." before a 234 s patron absence (30);
 *  endings: check-in at +135 and a notice that invites back at +215 (06); a check-in only, final idle 155 s (23: notice na,
 *   courteous fails); a Lost Call with check-in + notice over a 220 s idle from the greeting (18); the patron's "ok" last with
 *   no goodbye (27); "Bye!" alone (26); "sorry, my shift is over and i have to log off now. bye" (dismissal, 07); "You've
 *   reached the limit of questions for one chat session. Goodbye." (dismissal, 28); "a few other patrons waiting … chat back
 *   in later today, or call our reference desk at 302-…" (allowed, 29); patron-side "thats all i needed", "no es todo",
 *   "that's everything", "thats all", "es todo", "yes, thats everything"; "yes tysm", "yes ok thanks", "ok thx" (not done);
 *  sources: court, state, DMV, city and legal aid URLs, the NJMCdirect steps, a case lookup path; none at all (25: an answer
 *   from memory, with "Did that help?" after it: completeness passes);
 *  referrals: legal aid by phone + URL (02), by phone in Spanish (03); "you'd contact them to sign up at drcaustin…" (08); the
 *   Tucson court by phone for an interpreter (15, Spanish); a court Self-Help Center by street address (20); the clerk's
 *   office "at the Fulton County Magistrate Court" and "call Atlanta Legal Aid" with no contact (24: fail); a records counter
 *   by phone (26); the library's own reference desk by phone (29);
 *  follow-ups: FU_ME, e-mail in the question and read back, "by Friday", done in 30 h (08); FU_ME, e-mail read back, "I'll be
 *   in touch" (no time), done after 90 h (09); FU_LIB, phone read back, "within two business days", not yet done (10:
 *   pending); FU_LIB with "Someone from your library will contact you" and no contact known (11: code and contact fail,
 *   on_time pending); FU_ME "by tomorrow evening", nothing recorded by day 4 (12: fail); a promise "email it to you by
 *   tonight" coded Answered (25: code fails, contact passes, on_time pending);
 *  codes: a true Lost Call (18); Lost Call after three patron lines (19); "" (20); null (27); Practice (21);
 *  transfers: a notice + an internal note that says why (13: pass); an internal note only (14: fail); a notice with no note
 *   (15: fail);
 *  concurrency: four at once from 40 s (16: fail); others ending exactly at the start and starting exactly at `endedAt`,
 *   three at most (17: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hey" greets, and "Sam @ Ask a Librarian" names the service in the text (27); "Hello!" + an answer with no name, under
 *   the screen name "Law Desk", identifies no one (05);
 * - a greeting that also announces the transfer (15) is a hold (Terms) and still the first visible provider message, so it
 *   satisfies approachability.greeting; the wait runs from it to the receiving librarian's first visible line;
 * - staff or bodies the provider contacts on the patron's behalf ("I'll call the center tomorrow", "I can call the papers
 *   tomorrow", "I'm going to check with our government documents staff", "I'll pass your question on to the Brookfield staff
 *   and they'll call you", "I'd like our local branch to look into it for you") are no referral;
 * - describing which court hears a case ("are heard by Magisterial District Judges", "are handled by Magistrate Court", "a
 *   brand-new trial before a district court judge"), a form to use ("ask for a fee waiver with form FW-001") and a website to
 *   act on ("you can appeal online at boston.gov/parking-tickets", "pay it or elect traffic school online at
 *   myorangeclerk.com") tell the patron to contact or visit no one: no referral (the website is a source); "you'd contact
 *   them to sign up at drcaustin.example.org/…" and "visit the … Self-Help Center in person at 1000 Main St, Room 115" do
 *   refer, reached by URL and by address; "stop by the clerk's office at the Fulton County Magistrate Court" names a place but
 *   no postal address;
 * - "Did that answer it?", "Does that cover it?", "Does that answer all three?", "¿Le sirve?", "Did the events page help at
 *   all in the meantime?" ask whether what was given meets the need; an answer with no source is an "answer" for
 *   followup.completeness (25);
 * - "by Friday", "within two business days", "by tomorrow evening", "by tonight" say when; "I'll be in touch" does not;
 * - "no es todo" (a patron's "no, es todo") and "yes, thats everything" say the patron is done; "yes tysm", "yes ok thanks",
 *   "ok thx" do not;
 * - "sorry, my shift is over and i have to log off now. bye" ends the help for the provider's convenience with no way back
 *   (dismissal) and still says goodbye (courteous passes); so does "… limit of questions … Goodbye." (28);
 * - a Lost Call whose provider lines are a greeting ("… I can help with that."), a check-in and a notice has no substantive
 *   exchange, and its final idle runs from the greeting (the first non-hold provider line after the patron's question) to
 *   the goodbye notice: 220 s (18);
 * - an empty-string resolution code is "missing" (20).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside;
 * before the first run one patron-facing sentence of case 03 was reworded, "se pide con una petición al tribunal del
 * condado" → "se hace con una petición", to keep an unreached court out of a session labelled for a reached referral; no
 * label changed, and the copy aside was refreshed).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT. The redaction equality of describeSessions holds for every case (patron e-mails typed in the
 * chat and read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in line. A librarian will be right with you.`];

const HAZEL: Prov = P('hazel', 'Hazel', 'WCL');
const BRENDA: Prov = P('brenda', 'Brenda', 'RBPL');
const LUCIA: Prov = P('lucia', 'Lucia', 'SMPL');
const GRANT: Prov = P('grant', 'Grant', 'MBL');
const LAWDESK: Prov = P('lawdesk', 'Law Desk', 'CLL');
const ROSALIND: Prov = P('rosalind', 'Rosalind', 'OPPL');
const TOBY: Prov = P('toby', 'Toby', 'LVL');
const ODALYS: Prov = P('odalys', 'Odalys', 'ACL');
const MARGUERITE: Prov = P('marguerite', 'Marguerite', 'FCL');
const JONAH: Prov = P('jonah', 'Jonah (statewide)', 'STATE');
const INES: Prov = P('ines-r', 'Ines', 'RWL');
const COLM: Prov = P('colm', 'Colm', 'GCL');
const NADIA: Prov = P('nadia', 'Nadia', 'EPL');
const THEO: Prov = P('theo', 'Theo', 'LAWLIB');
const WES: Prov = P('wes', 'Wes', 'HCL');
const AMARA: Prov = P('amara', 'Amara', 'HCL');
const OPAL: Prov = P('opal', 'Opal', 'PCPL');
const BEA: Prov = P('bea', 'Beatriz', 'PCPL');
const YUSUF: Prov = P('yusuf', 'Yusuf', 'BPL');
const KIT: Prov = P('kit', 'Kit', 'CFPL');
const MAYA: Prov = P('maya', 'Maya', 'ECL');
const REGGIE: Prov = P('reggie', 'Reggie', 'BCL');
const SUNITA: Prov = P('sunita', 'Sunita', 'HPL');
const TRAINER: Prov = P('trainer-c', 'Training Account', 'TRN');
const GUS: Prov = P('gus', 'Gus', 'TCPL');
const PILAR: Prov = P('pilar', 'Pilar', 'SCL');
const DOT: Prov = P('dot', 'Dot', 'CCPL');
const HAL: Prov = P('hal', 'Hal', 'WCPL');
const NELL: Prov = P('nell', 'Nell', 'EUG');
const SAM: Prov = P('sam', 'sam_ask', 'HOU');
const IRMA: Prov = P('irma', 'Irma', 'KDL');
const EAMON: Prov = P('eamon', 'Eamon', 'DPL');
const LORENA: Prov = P('lorena', 'Lorena', 'OCLS');

export const fiftyThirdRoundTickets: SessionCase[] = [
  // 01 pay a speeding ticket: by the book
  s(HAZEL, '01 speeding ticket, pay online: court + pay-or-contest asked, hold, court payment URL, "Does that get you what you need?"', [
    [0, 'p', 'hi i got a speeding ticket last nite, how do i pay it online? the paper is kinda smudged'],
    [25, 'l', "Good evening! This is Hazel, a librarian with Westfield County Library's Ask Us chat."],
    [31, 'l', 'Which court is printed at the top of the ticket — the municipal court or the county traffic court? And do you want to just pay it, or are you thinking about contesting it?'],
    [90, 'p', 'calloway county municipal court. just pay it i guess, i was going 14 over'],
    [96, 'l', 'Ok, one moment while I find their payment page.'],
    [170, 'l', "Calloway County Municipal Court takes payments at callowaycourts.gov/traffic/pay — you'll need the citation number and your driver's license number. There's a $3.50 card fee. If the amount isn't showing yet, tickets can take up to 10 business days to get into their system."],
    [176, 'l', 'Does that get you what you need?'],
    [230, 'p', 'yes thank you, thats all i needed'],
    [236, 'l', "You're welcome, drive safe and thanks for using Ask Us!"],
  ], usual()),

  // 02 small claims for a deposit: legal aid by phone + URL
  s(BRENDA, '02 small claims for a security deposit (PA): state + county asked, court pages, MidPenn Legal Services by phone and URL', [
    [0, 'p', "My old landlord wont give back my security deposit ($1,200). Can I take him to small claims? How does that work"],
    [18, 'l', "Hi, thanks for contacting Ask a Librarian! My name is Brenda and I'm a librarian at Riverbend Public Library."],
    [24, 'l', "I can't give legal advice, but I can find the forms and steps. What state and county is the rental in?"],
    [70, 'p', 'Pennsylvania, Dauphin county'],
    [76, 'l', 'Thanks — let me check the Pennsylvania courts info.'],
    [160, 'l', "In Pennsylvania, small claims up to $12,000 are heard by Magisterial District Judges. The state courts' page pacourts.us/learn/learn-about-the-judicial-system/small-claims explains the process, and the Civil Complaint form is on pacourts.us/forms. Filing fees run roughly $55-$130 depending on the amount, plus the cost of serving the landlord."],
    [166, 'l', 'For help with the form, you can call MidPenn Legal Services at 717-555-0183, or start an intake online at midpenn.example.org.'],
    [172, 'l', 'Is that helpful?'],
    [230, 'p', 'very. how do i find which district judge'],
    [238, 'l', 'On pacourts.us, use the "Find a Magisterial District Court" search and type in the rental\'s address.'],
    [280, 'p', 'found it. thats all i needed, thanks a bunch'],
    [286, 'l', 'Happy to help — good luck, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish: a child's surname
  s(LUCIA, '03 cambio de apellido de un menor (Spanish): county + other parent asked, TexasLawHelp in Spanish, legal aid by phone, "no es todo"', [
    [0, 'p', 'hola buenas, quiero cambiarle el apellido a mi hijo, como le hago?'],
    [30, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Marcos. Con gusto le ayudo.'],
    [38, 'l', '¿En qué condado viven? Y el otro padre, ¿está de acuerdo con el cambio?'],
    [100, 'p', 'en Hays County. el papa no esta, no se donde anda'],
    [107, 'l', 'Un momento, por favor, busco los formularios.'],
    [190, 'l', 'En Texas el cambio de nombre de un menor se hace con una petición. Los formularios gratis están en TexasLawHelp.org, que tiene versión en español: texaslawhelp.org/es (busque "cambio de nombre de un menor"). Como no sabe dónde está el papá, las instrucciones explican cómo notificarlo. Para ayuda con los formularios, puede llamar a Texas RioGrande Legal Aid al 888-555-0121.'],
    [197, 'l', '¿Le sirve esta información?'],
    [260, 'p', 'si mucha gracias'],
    [266, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [290, 'p', 'no es todo'],
    [296, 'l', 'Gracias por comunicarse con nosotros. ¡Que le vaya bien!'],
  ], usual({ referral: 'pass' })),

  // 04 slow pickup, no completeness question
  s(GRANT, '04 NJ court date lookup: "hello??" in the queue, picked up at 78 s, NJMCdirect steps, no "did that help?"', [
    [0, 'p', 'need to know when my court date is for a traffic ticket, lost the paper'],
    queue(2),
    [50, 'p', 'hello??'],
    [78, 'l', 'Hi, sorry about the wait! This is Grant at Millbrook Library.'],
    [84, 'l', 'Which state, and do you remember which town gave you the ticket?'],
    [120, 'p', 'NJ, Edison'],
    [126, 'l', "New Jersey has a statewide lookup: go to njcourts.gov and click \"Pay or Look Up a Ticket\" (NJMCdirect). Enter the ticket number, or your driver's license number if you don't have it; it shows the court date and whether you can pay instead of appearing."],
    [200, 'p', 'ok got it its april 2'],
    [206, 'l', 'Great. Anything else I can help with?'],
    [230, 'p', 'no'],
    [234, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 05 screen name only, the answer before the question
  s(LAWDESK, '05 LA name change fee + waiver: "Hello!" then the answer under the screen name "Law Desk", CalFresh asked only after', [
    [0, 'p', 'how much does it cost to file for a name change in los angeles? i cant afford much'],
    [22, 'l', 'Hello!'],
    [30, 'l', "The filing fee for a name change petition in LA Superior Court is $435; the forms (NC-100, NC-110) are on selfhelp.courts.ca.gov/name-change-adult. If you can't afford it, you can ask for a fee waiver with form FW-001 — selfhelp.courts.ca.gov/fee-waivers explains it."],
    [36, 'l', 'Are you on public benefits like CalFresh or Medi-Cal? If so you would likely qualify automatically.'],
    [90, 'p', 'yes calfresh'],
    [96, 'l', 'Then check box 5a on the FW-001 and list CalFresh. Did that answer your question?'],
    [150, 'p', 'yes tysm'],
    [156, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ greeting: 'fail', clarify: 'fail', anything: 'fail' })),

  // 06 collecting a judgment: check-in, then a notice that invites back
  s(ROSALIND, '06 collecting a small claims judgment (IL): answer at 165, "Are you still there?" at 300, notice + invitation back at 380', [
    [0, 'p', "I won in small claims but the guy hasn't paid. what do I do now"],
    [20, 'l', "Hi! I'm Rosalind, a reference librarian at Oak Park Public Library."],
    [26, 'l', 'Congrats on the win. Which state was the case in? Collecting works differently everywhere.'],
    [75, 'p', 'illinois, cook county'],
    [82, 'l', 'Let me pull up the Cook County info, bear with me.'],
    [165, 'l', 'Illinois Legal Aid Online has a step-by-step guide to collecting a small claims judgment: illinoislegalaid.org/legal-information/collecting-money-judgment. It covers wage deductions and bank garnishment and links the Cook County forms.'],
    [171, 'l', 'Does that help?'],
    [300, 'l', 'Are you still there?'],
    [380, 'l', "It looks like you may have disconnected, so I'll be closing this chat. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 07 shift over, no way back
  s(TOBY, '07 fix-it ticket (CA): patron asks two more things, "my shift is over and i have to log off now. bye" (no way back)', [
    [0, 'p', 'got pulled over for expired tags, ticket says correctable violation. what does that mean, do i still pay'],
    [28, 'l', 'Hi, Toby here with the Ask a Librarian service at Lakeview Library.'],
    [34, 'l', 'What state are you in? "Correctable" (fix-it) tickets work differently by state.'],
    [70, 'p', 'california'],
    [76, 'l', 'In California a correctable violation means you fix the problem (renew the registration), get the proof signed off, and pay a small dismissal fee instead of the full fine. The California Courts self-help page explains the steps: selfhelp.courts.ca.gov/traffic/correctable-violations.'],
    [82, 'l', 'Did that answer it?'],
    [120, 'p', 'kinda, who signs it off, and what if my registration cant be renewed bc of smog'],
    [128, 'l', 'sorry, my shift is over and i have to log off now. bye'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 08 follow-up by me, done in 30 h
  s(ODALYS, '08 small claims mediation days (TX, follow-up by me): e-mail in the question and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Is there free mediation for small claims in Travis County? my hearing is next month. email is kbrandt@example.com if needed'],
    [35, 'l', "Hello, this is Odalys, a law librarian with Austin Central Library's Ask a Librarian."],
    [42, 'l', 'Is your case in Justice Court (which precinct?) or in County Court?'],
    [110, 'p', 'justice court precinct 3'],
    [116, 'l', 'One sec.'],
    [200, 'l', "The Dispute Resolution Center does free mediation for Travis County justice court cases; you'd contact them to sign up at drcaustin.example.org/justice-court. I don't see the precinct 3 mediation days posted, though."],
    [206, 'l', 'Does that help so far?'],
    [240, 'p', 'yes but i need the days'],
    [248, 'l', "I'll call the center tomorrow morning and email you the precinct 3 mediation days by Friday. Is kbrandt@example.com the best address?"],
    [290, 'p', 'yes thats it'],
    [296, 'l', 'Great, kbrandt@example.com it is. Anything else for today?'],
    [320, 'p', 'nope thats all'],
    [326, 'l', 'Thanks for chatting — talk to you by Friday!'],
  ], usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 09 follow-up with no time, done after 90 h
  s(MARGUERITE, '09 2009 dismissal record for a background check (follow-up by me): e-mail read back, "I\'ll be in touch" (no time), done after 90 h', [
    [0, 'p', 'need proof a 2009 reckless driving charge was dismissed, for a job. the court website only goes back to 2012'],
    [40, 'l', 'Hi there, Marguerite here, reference librarian at Fulton County Library.'],
    [46, 'l', 'Which court handled it, and do you have the case number or roughly the date?'],
    [120, 'p', 'Roswell municipal court, summer 2009, no case number'],
    [127, 'l', 'Let me check what they have online.'],
    [210, 'l', "The Roswell Municipal Court records page (roswellgov.example.com/court/records) says records older than 10 years are archived and requested by form. I'm going to check with our government documents staff and email you what I find. What email should I use?"],
    [270, 'p', 'dwayne.p@example.com'],
    [276, 'l', "Thanks, dwayne.p@example.com. I'll be in touch."],
    [282, 'l', 'Anything else?'],
    [300, 'p', 'no thanks'],
    [306, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by the patron's library by phone, pending
  s(JONAH, '10 Lawyer in the Library dates (follow-up by patron\'s library): phone read back, "within two business days", not done yet', [
    [0, 'p', 'does the Brookfield library still do the free lawyer clinic? i need help with a name change petition'],
    [25, 'l', "Hi, this is Jonah with the statewide Ask Us service — I'm not at Brookfield, but I'll try to help."],
    [32, 'l', 'Are you looking for the clinic dates, or help with the petition itself right now?'],
    [80, 'p', 'the dates'],
    [86, 'l', 'Checking their calendar, one moment.'],
    [170, 'l', "Brookfield's events page (brookfieldlibrary.example.org/events) doesn't list any Lawyer in the Library dates after January. I'll pass your question on to the Brookfield staff and they'll call you within two business days. What's the best number?"],
    [220, 'p', '203-555-0147'],
    [226, 'l', '203-555-0147 — got it. Did the events page help at all in the meantime?'],
    [270, 'p', 'not really but ok'],
    [276, 'l', 'Sorry about that. Anything else I can look up?'],
    [300, 'p', 'no'],
    [305, 'l', 'Thanks for contacting Ask Us, take care!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 11 follow-up code with no contact anywhere
  s(INES, '11 traffic school certificate not on file (follow-up by patron\'s library): "Someone from your library will contact you", no contact known', [
    [0, 'p', 'did my traffic school certificate get to the court? i sent it 3 weeks ago'],
    [30, 'l', "Hello! I'm Ines, librarian at Ridgeway Library."],
    [36, 'l', 'Which court is the ticket with?'],
    [70, 'p', 'maricopa county justice courts'],
    [76, 'l', 'You can check the case status with the Justice Courts case lookup at justicecourts.maricopa.gov (Case Information > Find My Case). If the certificate was received, the case shows as dismissed.'],
    [82, 'l', 'Did that help?'],
    [140, 'p', 'it still says open'],
    [146, 'l', "Then I'd like our local branch to look into it for you. Someone from your library will contact you."],
    [180, 'p', 'ok'],
    [186, 'l', 'Thanks for your patience. Bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 12 follow-up due and not done by day 4
  s(COLM, '12 publishing a name change notice (follow-up by me): e-mail read back, "by tomorrow evening", nothing recorded by day 4', [
    [0, 'p', 'court says i have to publish my name change in a newspaper for 4 weeks. which papers count and how much?'],
    [20, 'l', 'Hi, Colm here at Ask Us, Granite County Library.'],
    [27, 'l', 'Which county court is your petition in?'],
    [60, 'p', 'Granite county district court'],
    [66, 'l', 'The court\'s name change packet (granitecourts.example.gov/selfhelp/name-change) says the notice must run in a "newspaper of general circulation" in the county, but it doesn\'t list which ones.'],
    [72, 'l', 'Let me keep digging for the list, bear with me.'],
    [170, 'l', "No luck online. I can call the papers tomorrow and get their rates for you. If you give me an email I'll send the list and prices by tomorrow evening."],
    [215, 'p', 'sure mara.l@example.com'],
    [221, 'l', "mara.l@example.com — you'll have it by tomorrow evening."],
    [226, 'l', 'Anything else before you go?'],
    [250, 'p', "no that's all, thanks!"],
    [255, 'l', 'Thanks for using Ask Us!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 13 transfer by the book
  s(NADIA, '13 Chicago red-light camera: transfer to the law librarian with a notice and a note, Theo answers 52 s after the notice', [
    [0, 'p', 'i want to fight a red light camera ticket in illinois, is there a law about yellow light timing'],
    [22, 'l', 'Hi! Nadia at the Ask a Librarian desk, Elmhurst Public Library.'],
    [28, 'l', 'Is the camera in Chicago or in a suburb? Chicago has its own rules.'],
    [70, 'p', 'chicago'],
    [78, 'l', "Our law librarian knows the Chicago ordinances better than I do, so I'm transferring you to him now. One moment please!"],
    [81, 'i', 'Theo, chicago red light camera contest, pt wants yellow timing rules (muni code). can you take?'],
    xfer(84, 'Theo', 'theo'),
    [130, 'l', 'Hi, Theo from the law library here. The Chicago Municipal Code is free at codelibrary.amlegal.com/codes/chicago; search "automated traffic law enforcement" (chapter 9-102). Yellow-light minimums are in the Illinois Vehicle Code, 625 ILCS 5/11-306, at ilga.gov.', as(THEO)],
    [136, 'l', 'Is that what you needed?', as(THEO)],
    [190, 'p', 'yes perfect, thats all i needed'],
    [196, 'l', 'Great! Thanks for chatting, good luck with the hearing.', as(THEO)],
  ], usual({ transfer: 'pass' })),

  // 14 silent transfer
  s(WES, '14 serving an LLC in small claims (WA): transfer with an internal note only, the receiver tells the patron after', [
    [0, 'p', "how do i serve papers on a company for small claims? it's an LLC"],
    [30, 'l', 'Hello, this is Wes with Ask a Librarian at Harbor City Library.'],
    [36, 'l', 'Which state, and do you know where the LLC is registered?'],
    [90, 'p', 'washington, the llc is in seattle'],
    [95, 'i', 'Amara, WA small claims service on an LLC, registered agent lookup. can you take this one?'],
    xfer(98, 'Amara', 'amara'),
    [150, 'l', "Hi there, I'm Amara, I've just picked up your chat from Wes. For an LLC you serve its registered agent; look it up in the Secretary of State's Corporations and Charities Filing System at ccfs.sos.wa.gov. The small claims forms and service rules are at washingtonlawhelp.org (search \"small claims\").", as(AMARA)],
    [156, 'l', 'Does this answer your question?', as(AMARA)],
    [200, 'p', "yes thanks, that's everything"],
    [205, 'l', "You're welcome, bye!", as(AMARA)],
  ], usual({ transfer: 'fail' })),

  // 15 transfer notice with no note, Spanish
  s(OPAL, '15 multa de tránsito (Spanish): "Un momento, I\'m transferring you" with no internal note, Beatriz asks and refers to the court by phone', [
    [0, 'p', 'hola necesito ayuda con la corte, me llego una multa de transito y no hablo bien ingles'],
    [26, 'l', "Hi! This is Opal at Ask Us, Pima County Public Library. Un momento, I'm transferring you to a Spanish-speaking librarian."],
    xfer(32, 'Beatriz', 'bea'),
    [80, 'l', '¡Hola! Soy Beatriz, bibliotecaria de la Biblioteca Pública del Condado de Pima. ¿La multa es de la ciudad de Tucson o del condado?', as(BEA)],
    [130, 'p', 'de tucson'],
    [136, 'l', 'El Tribunal Municipal de Tucson tiene la información en español en tucsonaz.gov/courts; ahí puede pagar en línea o pedir una audiencia. Si necesita intérprete para la audiencia, lo puede pedir gratis llamando al tribunal al 520-555-0190.', as(BEA)],
    [142, 'l', '¿Le sirve?', as(BEA)],
    [190, 'p', 'si gracias. es todo'],
    [196, 'l', '¡De nada! Gracias por usar Ask Us. Hasta luego.', as(BEA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 16 four at once; greeting split
  s(YUSUF, '16 Boston parking ticket appeal: "Hi there!" + name in the next line, three other chats open, four at once from 40 s', [
    [0, 'p', 'how do i contest a parking ticket in boston'],
    [20, 'l', 'Hi there!'],
    [26, 'l', 'This is Yusuf, a librarian at Boston Public Library. Do you want to appeal online, or ask for an in-person hearing?'],
    [60, 'p', 'online if i can'],
    [66, 'l', 'You can appeal online at boston.gov/parking-tickets — click "Appeal a ticket". You have 21 days from the ticket date, and photos help.'],
    [72, 'l', 'Did that answer your question?'],
    [110, 'p', 'yep'],
    [114, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no thank you'],
    [134, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('yu1', 'yusuf', -200, 300), other('yu2', 'yusuf', -50, 200), other('yu3', 'yusuf', 40, 500)],
  }),

  // 17 three at most; others touch both ends
  s(KIT, '17 back to a maiden name after divorce (IA): the decree as proof, Iowa Legal Aid URL; others end at 0 and start at the end', [
    [0, 'p', 'divorce is final, can i go back to my maiden name without another court case?'],
    [24, 'l', 'Good morning! Kit here, librarian at Cedar Falls Public Library.'],
    [30, 'l', 'Which state was the divorce in, and did you ask for your former name back in the divorce itself?'],
    [95, 'p', 'Iowa, and I think so? its in the decree somewhere'],
    [101, 'l', 'If the decree restores your former name, a certified copy of the decree is your proof of the change: no new case needed. Iowa Legal Aid explains it at iowalegalaid.org (search "changing your name after divorce").'],
    [107, 'l', 'Does that cover it?'],
    [160, 'p', 'yes thank you!! thats all'],
    [165, 'l', "You're welcome — thanks for chatting and good luck!"],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kit', -300, 0), other('k2', 'kit', -100, 100), other('k3', 'kit', 50, 400), other('k4', 'kit', 170, 600)],
  }),

  // 18 a true Lost Call with check-in and notice
  s(MAYA, '18 continuance (Lost Call): greeting at 30, patron silent, "Are you still there?" at 160, notice + invitation back at 250', [
    [0, 'p', 'how do i request a continuance for my small claims hearing'],
    [30, 'l', "Hi, this is Maya at Elmore County Library's Ask a Librarian. I can help with that."],
    [160, 'l', 'Are you still there?'],
    [250, 'l', "I haven't heard from you, so it looks like you've disconnected. I'm going to close this chat, but please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after three patron lines
  s(REGGIE, '19 jury summons postponement: answered, patron "ok" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'got a jury summons for next week but I have surgery, how do I get out of it'],
    [25, 'l', 'Hi, Reggie here with Ask a Librarian at Bell County Library.'],
    [31, 'l', 'Which court sent the summons — the county (state) court or federal court?'],
    [70, 'p', 'it says Bell County District Clerk'],
    [77, 'l', "Bell County handles postponements and medical excuses online at bellcountytx.example.gov/jury: there's a postponement request form, and for a medical excuse they ask for a doctor's note."],
    [83, 'l', 'Does that help?'],
    [130, 'p', 'ok'],
    left(132),
    [140, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 eviction notice: self-help center by street address; empty code
  s(SUNITA, '20 landlord\'s 3-day notice (OH): notice vs court papers asked, ohiolegalhelp.org, court Self-Help Center at "1000 Main St, Room 115", code ""', [
    [0, 'p', 'I got an eviction notice taped to my door, what do I do? I have kids'],
    [15, 'l', "Hi, I'm Sunita, a librarian at Hamilton Public Library. I'm sorry you're dealing with this."],
    [22, 'l', 'Is it a notice from your landlord, or court papers with a hearing date on them?'],
    [80, 'p', 'from the landlord, says 3 days'],
    [87, 'l', "A landlord's notice is not an eviction order; only a court can order you out. Ohio's free legal help site has a guide on what a 3-day notice means and what to do next: ohiolegalhelp.org/topic/eviction. You can also visit the Municipal Court's Self-Help Center in person at 1000 Main St, Room 115, Cincinnati, weekdays 8-4."],
    [94, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes. thank you so much'],
    [156, 'l', 'Anything else I can help with today?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Take care, and thanks for reaching out.'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 21 Practice
  s(TRAINER, '21 practice chat (court forms script): coded Practice, every check na', [
    [0, 'p', 'TEST where r small claims forms'],
    [8, 'l', 'Hi, practice session for Ask Us training. Forms are at courts.example.gov/forms. Did that help?'],
    [20, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 a hold and then 150 s
  s(GUS, '22 NY points for 20 over: "ok let me find the DMV point chart" then 150 s before the answer', [
    [0, 'p', 'how many points is a speeding ticket in NY? 20 over'],
    [20, 'l', 'Hello! Gus at Ask Us, Tompkins County Public Library.'],
    [26, 'l', 'Was it 20 over exactly, or 21+? The points change at 21.'],
    [60, 'p', 'exactly 20 i think, 55 in a 35'],
    [66, 'l', 'ok let me find the DMV point chart'],
    [216, 'l', 'Sorry that took a while! The NY DMV point chart at dmv.ny.gov/points-and-penalties/the-nys-driver-point-system lists 11-20 mph over as 4 points.'],
    [222, 'l', 'Does that answer it?'],
    [260, 'p', "yes. that's all I needed"],
    [266, 'l', 'Thanks for chatting, drive safe!'],
  ], usual({ informed: 'fail' })),

  // 23 holds at 104 and 110 s; final idle 155 with a check-in only
  s(PILAR, '23 was I sued in small claims (NM): holds 104 s and 110 s apart, answer at 300, "Are you still with me?" at 450, ends 455', [
    [0, 'p', 'trying to find out if my ex filed a small claims case against me, how do i look it up'],
    [28, 'l', 'Hi there, Pilar here, a librarian at Sandoval County Library.'],
    [34, 'l', 'Which state and county would it have been filed in?'],
    [80, 'p', 'new mexico, bernalillo'],
    [86, 'l', 'Let me look at the New Mexico case lookup, one moment.'],
    [190, 'l', 'Still checking — the state site has two different search tools and I want to make sure which one covers small claims.'],
    [300, 'l', "Found it. Small claims in Bernalillo County are in Metropolitan Court, and they're searchable on the New Mexico Courts Case Lookup at caselookup.nmcourts.gov. Search by your name as the defendant."],
    [306, 'l', 'Does that get you what you need?'],
    [450, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 24 the clerk's office and legal aid with no contact
  s(DOT, '24 suing a contractor (GA): Magistrate Court self-help URL, "stop by the clerk\'s office … call Atlanta Legal Aid" (no contact)', [
    [0, 'p', 'contractor took my deposit and never showed, can i sue him in small claims in georgia? its $4000'],
    [33, 'l', 'Good afternoon, Dot here, librarian with Ask a Librarian at Cobb County Public Library.'],
    [40, 'l', 'Which county does the contractor live or do business in?'],
    [100, 'p', 'fulton i think'],
    [106, 'l', "Georgia's small claims cases are handled by Magistrate Court, up to $15,000. The Georgia magistrate courts' self-help page, georgiamagistratecouncil.example.org/self-help, has the Statement of Claim form and the filing steps."],
    [112, 'l', "Before you file, stop by the clerk's office at the Fulton County Magistrate Court and ask them about the filing fee and service costs — it varies. You could also call Atlanta Legal Aid for free advice."],
    [118, 'l', 'Is that helpful?'],
    [170, 'p', "yes thank you. that's everything"],
    [176, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ referral: 'fail' })),

  // 25 answered from memory; a promise coded Answered
  s(HAL, '25 small claims appeal (NC): answer with no source, "I\'ll … email it to you by tonight", e-mail read back, coded Answered', [
    [0, 'p', 'lost my small claims case in NC, can i appeal? how long do i have'],
    [22, 'l', "Hi, this is Hal at Wake County Public Libraries' chat."],
    [28, 'l', 'Was the case heard by a magistrate?'],
    [60, 'p', 'yes'],
    [66, 'l', "In North Carolina you have the right to appeal a magistrate's small claims judgment and get a brand-new trial before a district court judge. You have 10 days from the judgment to give notice of appeal, and there's a fee for it."],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'ok yes but how much is the fee'],
    [128, 'l', "I'm not sure of the current amount — I'll double-check it and email it to you by tonight. What's your email?"],
    [170, 'p', 't.okafor@example.com'],
    [176, 'l', 'Got it, t.okafor@example.com. Anything else?'],
    [200, 'p', 'nope'],
    [205, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ source: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 26 pickedUpAt at 40 with the first line at 70; "Bye!" only
  s(NELL, '26 certified divorce decree (OR): pickedUpAt 40 s, first line at 70, records counter by phone, "yes ok thanks", "Bye!"', [
    [0, 'p', 'need a certified copy of my divorce decree for my name change at the bank. divorced in 2015 in Lane County'],
    [70, 'l', 'Hello, Nell here, librarian at Eugene Public Library. Thanks for waiting.'],
    [76, 'l', 'Do you need it certified (with the court seal), or will a plain copy do for the bank?'],
    [120, 'p', 'certified they said'],
    [126, 'l', 'Certified copies come from the Lane County Circuit Court records office; the request form and fees ($25 plus $5 per certification) are on courts.oregon.gov/courts/lane under Records Requests. You can also call the records counter at 541-555-0162.'],
    [132, 'l', 'Will that work for you?'],
    [190, 'p', 'yes ok thanks'],
    [196, 'l', 'Bye!'],
  ], usual({ anything: 'fail', referral: 'pass' }), { pickedUpAt: at(40) }),

  // 27 chat-speak, curt, code null
  s(SAM, '27 unpaid Houston ticket (chat-speak): "hey, Sam @ Ask a Librarian", one answer, patron "ok" last, code null', [
    [0, 'p', 'wat happens if i dont pay a ticket in texas'],
    [12, 'l', 'hey, Sam @ Ask a Librarian here'],
    [16, 'l', 'u mean a traffic ticket? from a city or county court?'],
    [40, 'p', 'ya traffic, city of houston'],
    [44, 'l', 'houston municipal courts: houstontx.gov/courts. if u miss the date they can add a $50 late fee + put a hold on ur license renewal (OmniBase). they also do payment plans + community service if u cant pay'],
    [90, 'p', 'ok'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 28 a limit of questions
  s(IRMA, '28 Michigan small claims, three more questions: "You\'ve reached the limit of questions for one chat session. Goodbye."', [
    [0, 'p', '3 questions: how do i file small claims in michigan, whats the max, and can i bring a lawyer'],
    [20, 'l', 'Hi, Irma here at Ask a Librarian, Kent District Library.'],
    [26, 'l', 'Are you the one suing, or being sued?'],
    [60, 'p', 'suing'],
    [66, 'l', "Michigan small claims go up to $7,000, and lawyers can't appear in the small claims division. The Michigan Legal Help guide walks you through filing: michiganlegalhelp.org/self-help-tools/small-claims."],
    [72, 'l', 'Does that answer all three?'],
    [120, 'p', 'yes! also how do I serve them and what if they dont show up and can i get my filing fee back'],
    [128, 'l', "You've reached the limit of questions for one chat session. Goodbye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 29 other patrons waiting, a way back
  s(EAMON, '29 name change hearing (DE): "a few other patrons waiting … chat back in later today, or call our reference desk at 302-…"', [
    [0, 'p', 'hi i have a hearing for a name change next tuesday, what do i bring and what do i say to the judge'],
    [26, 'l', 'Hi! Eamon with the Ask Us chat at Dover Public Library.'],
    [32, 'l', 'Which county is the hearing in?'],
    [75, 'p', 'kent county'],
    [81, 'l', "The Delaware Courts' name change page (courts.delaware.gov/help/namechange) has a checklist for the hearing: your ID, the filed petition and proof that the notice was published. I can't tell you what to say to the judge — that would be legal advice."],
    [87, 'l', 'Does that help?'],
    [130, 'p', 'yes. also can i do my kids at the same time and does it change my birth certificate automatically and'],
    [138, 'l', "Good questions! I have a few other patrons waiting right now, so I can't dig into those this minute. Please chat back in later today, or call our reference desk at 302-555-0170 and we'll pick up where we left off."],
    [170, 'p', 'ok thx'],
    [175, 'l', 'Thanks for your patience — take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 30 "Sure, take your time." then 234 s away
  s(LORENA, '30 FL no-insurance citation: patron fetches the ticket, "Sure, take your time." then 234 s away, hold, answer', [
    [0, 'p', 'how do i pay a ticket for no insurance in florida, do i have to go to court?'],
    [20, 'l', "Hello and welcome! I'm Lorena, a librarian with Ask a Librarian at Orange County Library System."],
    [26, 'l', 'Is the "court appearance required" box checked on the citation, and which county is it from? Both are near the top.'],
    [60, 'p', 'one sec let me go get it from the car'],
    [66, 'l', 'Sure, take your time.'],
    [300, 'p', 'ok back. no box checked. orange county'],
    [306, 'l', 'Thanks! One moment.'],
    [380, 'l', 'If no court appearance box is checked, you can pay it or elect traffic school online at myorangeclerk.com (Traffic > Pay a Citation). For no-insurance citations Florida usually lets you show proof you had coverage that day to get it reduced; the same page explains how.'],
    [386, 'l', 'Does that answer your question?'],
    [430, 'p', 'yes, thats everything'],
    [436, 'l', 'Wonderful, thank you for chatting with us!'],
  ], usual()),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-third round: traffic tickets, small claims, name changes and court self-help, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundTickets.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundTickets.filter((c) => c.name in LEFT_WHY));
});
