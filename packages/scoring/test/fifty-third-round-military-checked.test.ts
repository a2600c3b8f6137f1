/**
 * Fifty-third round, theme MILITARY FAMILIES AND SERVICE MEMBERS, checked: 30 whole sessions no one had written, from public
 * library "ask a librarian" chats with veterans, service members, spouses and Gold Star families: military records (a DD-214
 * for a VA loan, a WWII Army file after the 1973 NPRC fire, a Korean War ship's deck logs, a Vietnam unit, a 1968 Air Force
 * squadron history, Reserve retirement points), the GI Bill (transfer to a spouse, online-only classes and the housing rate),
 * deployment (picture books for the kids, a power of attorney, counseling for a spouse, an SCRA 6% loan cap, breaking a lease
 * on PCS orders), moving between bases (a library card near JBLM, on-post housing at Fort Moore, the Norfolk FFSC, BAH by ZIP,
 * a dependent ID card at a RAPIDS office), spouse employment (MSEP and licence recognition in Spanish, MyCAA, Hiring Our Heroes
 * events, a resume workshop), benefits (VA loan COE, TRICARE dental, Camp Lejeune water, survivors' benefits, Blue Star
 * Museums, ASVAB books). Every one of the 17 checks labelled in every session before it was run (labels copied aside).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 75 s pickup; `pickedUpAt` at 50 s with the first line at 100 s; "Good morning! This is Roberta,
 *   reference librarian at …"; "Hi, thanks for contacting Ask Us! This is Grant at …"; Spanish "¡Hola! Le atiende Lucía,
 *   bibliotecaria del …"; chat-speak "hey! Tay @ San Diego Public Library Ask Us 👋"; "Hello and welcome to Norfolk! I'm
 *   Kwame …" with a question in the same line; "This is Dale at Pikes Peak Library District, what do you need?" (a name and
 *   no greeting word: fail); a greeting alone in a Lost Call after the patron had left;
 *  inquiry: purpose and deadline, branch of service, rank and ZIP, on post vs off post, town, active duty vs Reserve, ship
 *   name, picture vs chapter books, phone vs in person; a restatement ("So you'd like a history of his squadron's activities
 *   in 1968, not his personal file?"); a question asked only after the first source (fail); "Would a list of the benefits be
 *   what you need …?" as a clarifying question (pass) that is not a completeness question (it asks about what is not yet given);
 *  waits: holds at 70/170/270 before an answer at 360 (pass); "ok let me check that" then 150 s (fail); "sec" then 61 s;
 *   "No rush, take your time." before a 250 s patron absence (waiting on the patron: pass); a transfer announcement as a hold;
 *  endings: check-in at 250 and a notice that invites back at 380 (both pass); "u still there?" with no notice and a session
 *   end 140 s later (idle pass, disconnect fail, courteous fail); a goodbye 130 s after the answer with no check-in (idle fail,
 *   disconnect na); "It looks like you've disconnected. I'm going to end this session now." (a notice, no question, no
 *   goodbye: idle fail, disconnect pass, courteous fail); the patron's "that's all I needed" as the last line (courteous fail);
 *   "You've asked a lot of questions for one chat. My time is up with you" (dismissal); "several other patrons waiting …
 *   Please log back on later" (allowed); patron-side "nope thats it", "es todo, gracias", "thats all I needed", "nothing
 *   else", "ya ty thats all"; "ya thx", "ok. thanks", "no" (not done on their own);
 *  sources: agency URLs (archives.gov, va.gov, tricare.mil, hrc.army.mil), the catalogue by title, ProQuest / LearningExpress /
 *   Fold3 with a path; none at all ("Military OneSource has … counselors … Give them a call": source fails);
 *  referrals: the NPRC line and the county VSO by phone; the housing office by phone; the FFSC by phone; the college Veterans
 *   Center by phone + URL; a RAPIDS office by its locator URL; the legal assistance office on base with no contact (fail);
 *   Military OneSource "give them a call" with no number (fail); staff the provider passes the question to (no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 30 h (pass); FU_ME, e-mail read back, "I'll be in touch"
 *   (no time: contact fails), done after 90 h (late); FU_LIB, e-mail read back, "within 72 hours", not yet done (pending); a
 *   promise "I'll e-mail you a sample letter tomorrow" coded Answered (code fails), not done by day 5 (overdue);
 *  codes: a true Lost Call (one patron line); Lost Call after three patron lines (fail); an empty code (fail); Practice;
 *  transfers: a visible notice (a hold) and an internal note, both before the transfer (pass); a visible notice only (fail);
 *  concurrency: four at once from 100 s (fail); others ending exactly at the start and starting exactly at `endedAt` (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "request it online from the National Personnel Records Center: archives.gov/…" and "request his file with Standard Form
 *   180 from archives.gov/…" point to a website for the patron to use (a source, "even when an agency publishes it"); "call the
 *   NPRC customer service line at 314-…" in case 01 is a referral (with a phone);
 * - "find the Pax River office and book a time at idco.dmdc.osd.mil/idco/locator" tells the patron to visit an office: a
 *   referral, reached by URL (pass); "the two of you should stop by the legal assistance office on base" is a referral with no
 *   contact (fail), the Military OneSource article beside it being a source for another purpose;
 * - "Military OneSource has free, confidential non-medical counselors … Give them a call" names an organisation with no way to
 *   reach it: no source, and a referral with no contact; its "Does that help?" follows an answer ("source or answer"), so
 *   completeness passes although info.source fails;
 * - "The JBLM base libraries also lend to ID card holders", "it may have been a Fort Meade Employment Readiness event" and "I'll
 *   pass your question to the Odenton staff" tell the patron to contact or visit no one: no referral;
 * - "es todo, gracias" (Spanish "that's all") and "ya ty thats all" say explicitly that the patron is done; "ya thx" does not;
 * - "hey!" is a greeting; "This is Dale at …, what do you need?" identifies but does not greet;
 * - "Que le vaya bien en Texas" after "Gracias por usar nuestro chat", "Thanks for understanding — talk soon!", "k ty, good
 *   luck, bye!" and "Have a good one, bye!" are goodbyes; "It looks like you've disconnected. I'm going to end this session
 *   now." only announces the end (not a goodbye);
 * - a Lost Call whose provider lines are a greeting, a check-in and a notice that invites back: no substantive exchange, but a
 *   final idle from the greeting (45 s, the first non-hold provider line after the patron's only line) to the notice (300 s):
 *   255 s, so both idle checks apply and pass.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; copied aside to
 * /tmp/fiftyThirdRoundMilitary-labels.ts).
 * First run as labelled / disagreeing: 28 / 2 (case 18 referral.contact pass vs na; case 24 followup.completeness fail vs pass).
 * A review of the labels written before that run (06, 18, 23, 24, 25) failed to apply (a script error) and was applied after it
 * (second copy /tmp/fiftyThirdRoundMilitary-labels-v2.ts); the second run disagreed on case 06 only.
 * Label corrections: 2 —
 *  - case 24 followup.completeness fail -> pass: RUBRIC counts a completeness question "in or after the first message that
 *    gives a source or answer"; message 4 answers (with no source) and message 5 asks "Does that help?";
 *  - case 06 referral.contact: the review's pass (a request to the NPRC as "write to" an agency) back to the first label na:
 *    "request his file with Standard Form 180 from archives.gov/…" points to a website for the patron to use, a source "even
 *    when an agency publishes it".
 * Reworded: case 18's "The Fort Moore Housing Services Office is at 706-555-0140" (an answer to "whats the number", which does
 *   not literally tell the patron to contact anyone; labelled pass, scored na) became "Call the Fort Moore Housing Services
 *   Office at 706-555-0140" (a referral with a phone: pass). Cases 23 (a DoD legal-assistance locator URL beside the office,
 *   which could read as a way to reach it) and 25 ("u send the lender a written request", a referral to the patron's own
 *   lender) were reworded to remove the doubt; both had scored as labelled before.
 * Final: 30 running, 0 LEFT.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const ROBERTA: Prov = { id: 'roberta', name: 'Roberta', library: 'HCPL-MD' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'FCPL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucia', library: 'PGCMLS' };
const DWIGHT: Prov = { id: 'dwight', name: 'Dwight', library: 'CCL-NC' };
const NORA: Prov = { id: 'nora', name: 'Nora', library: 'AACPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'BCPL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'MCPL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar (statewide)', library: 'STATE' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'HPL' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'BCL-WV' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel', library: 'TPL' };
const SAMIR: Prov = { id: 'samir', name: 'Samir', library: 'WCFL' };
const FELICIA: Prov = { id: 'felicia', name: 'Felicia', library: 'QACL' };
const BRENT: Prov = { id: 'brent', name: 'Brent', library: 'CAL' };
const TRAINER: Prov = { id: 'trainer-m', name: 'Training Account', library: 'TRN' };
const ELENA: Prov = { id: 'elena', name: 'Elena', library: 'STATE' };
const KIM: Prov = { id: 'kim', name: 'Kim Tran', library: 'AACC' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'FCPL-MD' };
const INES: Prov = { id: 'ines', name: 'Ines Cho', library: 'FCPL-MD' };
const DEENA: Prov = { id: 'deena', name: 'Deena', library: 'CPL-GA' };
const ROLF: Prov = { id: 'rolf', name: 'Rolf', library: 'OPL-KS' };
const DALE: Prov = { id: 'dale', name: 'dale.ppld', library: 'PPLD' };
const MIRIAM: Prov = { id: 'miriam', name: 'Miriam', library: 'ECPL' };
const KWAME: Prov = { id: 'kwame', name: 'Kwame', library: 'OCPL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'JCPL' };
const VINNIE: Prov = { id: 'vinnie', name: 'Vinnie', library: 'NNPL' };
const TAY: Prov = { id: 'tay', name: 'tay_askus', library: 'SDPL' };
const FRANCINE: Prov = { id: 'francine', name: 'Francine', library: 'CCPL-NC' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'KPL' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'BPL-TX' };
const CONRAD: Prov = { id: 'conrad', name: 'Conrad', library: 'LCL' };
const ADA: Prov = { id: 'ada', name: 'Ada', library: 'SCL' };

const s = session;

export const fiftyThirdRoundMilitary: SessionCase[] = [
  // 01 DD-214 for a VA loan: NPRC URL + phone, the county VSO by phone
  s(ROBERTA, '01 DD-214 for a VA loan closing: purpose asked, NPRC page + emergency line, county Veterans Service Officer by phone', [
    [0, 'p', 'hi i need a copy of my DD214, lost mine in the move. army, got out in 2009'],
    [25, 'l', "Good morning! This is Roberta, reference librarian at Harford County Public Library's Ask Us chat."],
    [31, 'l', 'Is this for yourself, and do you need it for something with a deadline, like a VA home loan or a job?'],
    [80, 'p', 'myself. for a VA loan, closing is in 3 weeks'],
    [86, 'l', 'Okay, one moment while I pull up the request page.'],
    [160, 'l', 'You can request it online from the National Personnel Records Center: archives.gov/veterans/military-service-records (click "Request Records Online"). Because you have a closing date, call the NPRC customer service line at 314-801-0800 and ask about an emergency request. Our county Veterans Service Officer can often fax the request in for you too; call her at 410-555-0177.'],
    [166, 'l', 'Does that give you what you need?'],
    [230, 'p', 'yes that helps a lot'],
    [236, 'l', 'Anything else I can help with today?'],
    [260, 'p', 'nope thats it'],
    [265, 'l', 'Thank you for your service, and thanks for chatting with us. Take care!'],
  ], usual({ referral: 'pass' })),

  // 02 GI Bill transfer: answered first, the question only after
  s(MARCUS, '02 Post-9/11 GI Bill transfer to a spouse: milConnect + VA pages at once, "How many years has he served?" only after', [
    [0, 'p', "Can my husband transfer his GI Bill to me? He's active duty Navy"],
    [40, 'l', "Hi, I'm Marcus, a librarian with Fairfax County Public Library."],
    [46, 'l', "Transfer of Post-9/11 GI Bill benefits (TEB) has to be requested by him while he's still serving, through milConnect: milconnect.dmdc.osd.mil. The VA explains the rules at va.gov/education/transfer-post-9-11-gi-bill-benefits."],
    [52, 'l', 'How many years has he served? He generally needs at least 6 and has to agree to 4 more.'],
    [110, 'p', '8 years, and hes reenlisting anyway'],
    [116, 'l', "Then he should be eligible; once it's approved you apply for the benefit on that VA page. Did that answer your question?"],
    [170, 'p', 'yes thank you so much'],
    [176, 'l', 'Is there anything else I can look up?'],
    [200, 'p', 'no thanks'],
    [205, 'l', 'Okay! Thanks for chatting, and good luck with school.'],
  ], usual({ clarify: 'fail' })),

  // 03 Spanish: spouse employment and licence transfer
  s(LUCIA, '03 empleo para cónyuges (Spanish): MSEP + license recognition URLs, "¿Esto responde a su pregunta?", "es todo, gracias"', [
    [0, 'p', 'hola, mi esposo está en el ejército y nos mudamos a Texas. busco trabajo, hay programas para esposas de militares?'],
    [30, 'l', "¡Hola! Le atiende Lucía, bibliotecaria del sistema de bibliotecas de Prince George's. Con gusto le ayudo."],
    [37, 'l', '¿En qué tipo de trabajo tiene experiencia? ¿O le interesa más trabajar desde casa?'],
    [100, 'p', 'soy asistente dental, tengo licencia de Maryland'],
    [106, 'l', 'Un momento, por favor, reviso los recursos.'],
    [190, 'l', 'Hay dos recursos clave. El programa MSEP del Departamento de Defensa publica empleos de empresas que contratan a cónyuges de militares: msepjobs.militaryonesource.mil. Y para su licencia, militaryonesource.mil tiene la página "Spouse License Recognition", que explica cómo Texas reconoce licencias de otros estados.'],
    [196, 'l', '¿Esto responde a su pregunta?'],
    [250, 'p', 'sí, perfecto. es todo, gracias'],
    [256, 'l', '¡De nada! Gracias por usar nuestro chat. Que le vaya bien en Texas.'],
  ], usual()),

  // 04 PCS move: "ok let me check that" then 150 s
  s(DWIGHT, '04 PCS to JBLM, library card off post: "ok let me check that" at 81, answer 150 s later at 231', [
    [0, 'p', 'we PCS from Fort Liberty to JBLM in june. does the library out there give cards to military families?'],
    [20, 'l', 'Hi there, Dwight at Cumberland County Library here. Will you be living on post or off post, and in which town?'],
    [75, 'p', 'off post, prob lakewood'],
    [81, 'l', 'ok let me check that'],
    [231, 'l', 'Sorry that took a while. Pierce County Library System serves Lakewood, and anyone living in the county gets a free card: sign up online at pcls.us/card and you can use e-books right away. The JBLM base libraries also lend to ID card holders.'],
    [237, 'l', 'Did that help?'],
    [290, 'p', 'yes!! perfect. thats all I needed'],
    [296, 'l', 'Glad to help. Safe travels on the move, bye!'],
  ], usual({ informed: 'fail' })),

  // 05 deployment picture books; patron gone; check-in and a notice that invites back
  s(NORA, '05 books for kids before a deployment: catalog titles + Sesame Street site, patron silent, check-in at 250, notice + invitation at 380', [
    [0, 'p', 'my husband deploys next month and our kids are 4 and 7. any books to help them understand?'],
    [35, 'l', "Hello! I'm Nora, a children's librarian at Anne Arundel County Public Library."],
    [41, 'l', 'Would you like picture books for the 4 year old and chapter books for the 7 year old, or something they can share?'],
    [95, 'p', 'something they can share'],
    [101, 'l', 'A few good ones in our catalog (aacpl.net, search the title): "The Night Before My Dad Left" by Brenda Ferber and "Love, Lizzie: Letters to a Military Mom" by Lisa Tucker McElroy. Sesame Street for Military Families also has free videos and activities at sesamestreetformilitaryfamilies.org.'],
    [107, 'l', 'Are those the sort of thing you had in mind?'],
    [250, 'l', 'Are you still there?'],
    [380, 'l', "It seems you've been disconnected, so I'll end this chat now. Come back anytime if you'd like more titles!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 06 WWII records after the 1973 fire: follow-up by me, by Friday, done in 30 h
  s(GRANT, '06 grandfather\'s WWII Army file (follow-up by me): SF-180 page, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', "trying to find my grandfather's army records from WW2. I heard there was a fire?"],
    [28, 'l', 'Hi, thanks for contacting Ask Us! This is Grant at Baltimore County Public Library.'],
    [34, 'l', 'Yes, a 1973 fire destroyed many Army files. Do you know his full name, date of birth and roughly when he served? Those decide what might survive.'],
    [110, 'p', 'Walter J. Kowalski, born 1921, served 1942-1945 in Europe'],
    [116, 'l', 'Thanks. Give me a minute to check what you can request.'],
    [200, 'l', "As next of kin you can request his file with Standard Form 180 from archives.gov/veterans/military-service-records. If his file burned, the NPRC rebuilds what it can from pay vouchers and unit records. I'd also like to search our Maryland WWII draft card and newspaper indexes for him, which takes longer than a chat."],
    [206, 'l', "If you give me your e-mail, I'll send you whatever I find by Friday."],
    [250, 'p', 'sure its akowalski@example.com'],
    [256, 'l', "Thanks — akowalski@example.com. I'll e-mail you by Friday."],
    [262, 'l', 'Anything else for now?'],
    [290, 'p', "no that's great, thank you!"],
    [295, 'l', 'Thank you, talk to you soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 07 Gold Star family: follow-up by me with no time, done after 90 h
  s(PRIYA, '07 funeral article for a brother killed in 2011 (follow-up by me): e-mail read back, "I\'ll be in touch" (no time), done after 90 h', [
    [0, 'p', 'My brother was killed in Afghanistan in 2011. I am looking for the newspaper article about his funeral'],
    [45, 'l', "Hello, I'm Priya, a librarian at Montgomery County Public Libraries. I'm so sorry for your loss."],
    [52, 'l', 'Which newspaper would it have been in, and about what month?'],
    [120, 'p', 'the Gazette, in August 2011'],
    [126, 'l', 'One moment, checking our newspaper archive.'],
    [210, 'l', "Our ProQuest newspaper database (mcpl.org > Research > Newspapers) has the Gazette only through 2010, so I'll need to check the microfilm. I'll e-mail you a copy of the article when I find it. What's your e-mail?"],
    [260, 'p', 'rdavis.family@example.com'],
    [266, 'l', "Thank you, I have rdavis.family@example.com. I'll be in touch."],
    [272, 'l', 'Is there anything else I can help with?'],
    [300, 'p', 'no thank you'],
    [305, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 statewide: patron's library to e-mail within 72 hours; not yet done (pending)
  s(OSCAR, '08 spouse resume workshop at Odenton (follow-up by patron\'s library): e-mail read back, "within 72 hours", not done yet', [
    [0, 'p', 'is there a resume workshop for military spouses at the odenton library? saw a flyer but lost it'],
    [30, 'l', "Hi! This is Oscar with Maryland's statewide Ask Us service. I'm not at Odenton, but I'll take a look."],
    [36, 'l', 'Do you remember if it was this month, or the spring series?'],
    [80, 'p', 'this month I think'],
    [86, 'l', 'Let me check their events calendar.'],
    [170, 'l', "The Odenton events page (aacpl.net/events, filter by Odenton) doesn't list it, so it may have been a Fort Meade Employment Readiness event. I'll pass your question to the Odenton staff and they will e-mail you within 72 hours. What e-mail should they use?"],
    [220, 'p', 'mpark22@example.com'],
    [226, 'l', 'Got it, mpark22@example.com. Someone from Odenton will write within 72 hours.'],
    [232, 'l', 'Anything else I can do for you?'],
    [250, 'p', 'nope, thats all'],
    [255, 'l', 'Thanks for chatting with Ask Us!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 09 SCRA lease letter: a promise coded Answered, overdue
  s(TOBIAS, '09 breaking a lease on PCS orders: SCRA page, "I\'ll e-mail you a sample letter tomorrow", coded Answered, not done by day 5', [
    [0, 'p', 'I got PCS orders and need to break my apartment lease. is there a sample letter?'],
    [22, 'l', 'Hello, Tobias at Howard Public Library here.'],
    [28, 'l', 'Which state is the apartment in? State law can add to the federal rules.'],
    [70, 'p', 'Virginia'],
    [76, 'l', "The federal Servicemembers Civil Relief Act lets you end a lease with PCS orders; the Justice Department explains how at justice.gov/servicemembers. Virginia's own rules are in the Virginia Residential Landlord and Tenant Act."],
    [82, 'l', 'Does that help so far?'],
    [130, 'p', 'yes but I still need an actual letter'],
    [136, 'l', "Our Gale Legal Forms database has one but it's down today. I'll e-mail you a sample letter tomorrow. What's your e-mail?"],
    [180, 'p', 'sgt.lee.j@example.com'],
    [186, 'l', "Thanks, sgt.lee.j@example.com. You'll have it tomorrow."],
    [192, 'l', 'Anything else?'],
    [210, 'p', 'no thats all thx'],
    [215, 'l', 'Thanks for your service, and goodbye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 5 * DAY }),

  // 10 VA COE, then "my time is up with you"
  s(WANDA, '10 VA loan COE then a list: "You\'ve asked a lot of questions for one chat. My time is up with you"', [
    [0, 'p', 'how do I get a certificate of eligibility for a VA loan'],
    [20, 'l', 'Hi, Wanda at Berkeley County Library. Are you the veteran, or a surviving spouse?'],
    [60, 'p', 'veteran'],
    [66, 'l', 'You can request the COE online at va.gov/housing-assistance/home-loans/how-to-request-coe, usually in minutes; your lender can also get it for you. Did that answer it?'],
    [120, 'p', 'ok and what about closing costs and the funding fee and can i use it twice and what if i get divorced'],
    [128, 'l', "You've asked a lot of questions for one chat. My time is up with you, so I'm ending this session."],
    [140, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 11 TRICARE dental; other patrons waiting, come back later
  s(HAZEL, '11 TRICARE dental for kids, then a list: "several other patrons waiting … Please log back on later"', [
    [0, 'p', 'hi, i need info on TRICARE dental for my kids'],
    [28, 'l', "Good afternoon! I'm Hazel, a librarian at Talbot County Free Library."],
    [34, 'l', 'Is your spouse active duty, Guard/Reserve, or retired? The dental plan differs.'],
    [80, 'p', 'active duty army'],
    [86, 'l', 'Then the kids are covered by the TRICARE Dental Program; enrollment and the premium chart are at tricare.mil/dental. Is that what you needed?'],
    [140, 'p', 'yes. also school enrollment at the new base, the daycare waitlist, a moving claim for broken furniture, and my husbands LES'],
    [148, 'l', "Those are all fair questions, but I have several other patrons waiting right now. Please log back on later and we can go through the rest; for the daycare waitlist, militarychildcare.com is the place to start."],
    [170, 'p', 'ok'],
    [176, 'l', 'Thanks for understanding — talk soon!'],
  ], usual({ anything: 'fail' })),

  // 12 a true Lost Call
  s(SAMIR, '12 Vietnam unit (Lost Call): patron leaves at 20, greeting at 45, check-in at 180, notice + invitation at 300', [
    [0, 'p', 'how do i find out what unit my dad was in in vietnam'],
    left(20),
    [45, 'l', 'Hello, this is Samir at Washington County Free Library!'],
    [180, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 ASVAB books; Lost Call after three patron lines
  s(FELICIA, '13 ASVAB study books: answered, "ya thx", patron leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'does the library have ASVAB study books'],
    [22, 'l', "Hi! Felicia at Queen Anne's County Library here. Do you want a book, or online practice tests too?"],
    [60, 'p', 'both'],
    [66, 'l', 'We have "ASVAB For Dummies" in the catalog (qaclibrary.org, search ASVAB), and free practice tests in the LearningExpress Library database under Research > Test Prep. Does that help?'],
    [110, 'p', 'ya thx'],
    left(115),
    [130, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 14 dependent ID card; RAPIDS site by URL; code empty
  s(BRENT, '14 renewing a dependent ID card near Pax River: RAPIDS locator URL, "thats all i needed", code empty', [
    [0, 'p', 'where do i renew my military dependent ID card? mine expires next week'],
    [30, 'l', 'Hi, this is Brent, librarian at Calvert Library. Are you near a particular base?'],
    [70, 'p', 'pax river'],
    [76, 'l', 'ID cards are made at RAPIDS offices by appointment: find the Pax River office and book a time at idco.dmdc.osd.mil/idco/locator. Bring your current ID and a second photo ID. Does that answer your question?'],
    [130, 'p', 'yes, thats all i needed'],
    [135, 'l', 'Great, thanks for chatting. Bye!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 15 practice
  s(TRAINER, '15 practice chat (military script): coded Practice, every check na', [
    [0, 'p', 'test: where do I get a DD-214'],
    [10, 'l', 'Hi, this is a practice session for Ask Us training.'],
    [20, 'l', 'archives.gov/veterans. Does that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 16 transfer done by the book, then the college's Veterans Center by phone + URL
  s(ELENA, '16 online-only classes on the GI Bill: transfer to the college library with a notice and a note, Veterans Center phone + URL', [
    [0, 'p', 'Does the community college count for GI bill if its only online classes?'],
    [25, 'l', "Hello, I'm Elena with the Ask Us statewide chat."],
    [31, 'l', 'Is this for the Post-9/11 GI Bill, or the Montgomery GI Bill?'],
    [75, 'p', 'post 9/11'],
    [82, 'l', "A colleague at the Anne Arundel Community College library works with student veterans every day, so I'm transferring you to her now. One moment, please."],
    [85, 'i', 'Kim, patron asking whether online-only classes at AACC count for the Post-9/11 GI Bill (housing rate). Can you take it?'],
    xfer(88, 'Kim Tran', 'kim'),
    [130, 'l', "Hi, Kim from the AACC Library here! Online-only classes are covered, but the housing allowance is half the national average rate; the VA's GI Bill Comparison Tool at va.gov/education/gi-bill-comparison-tool shows the amount. Contact our Veterans Center to certify your enrollment: 410-555-0123 or aacc.edu/veterans.", as(KIM)],
    [136, 'l', 'Does that clear it up?', as(KIM)],
    [190, 'p', 'yes thank you, nothing else'],
    [195, 'l', 'You are welcome, thanks for using Ask Us!', as(KIM)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 17 transfer with a notice but no note
  s(GUS, '17 Korean War ship records: visible "I\'m going to transfer you" but no internal note, Ines answers 74 s later', [
    [0, 'p', 'I need help finding my great uncles navy ship records from korea'],
    [30, 'l', "Hi, I'm Gus at Frederick County Public Libraries. Do you know the ship's name?"],
    [70, 'p', 'USS Missouri i think, 1951'],
    [76, 'l', "I'm going to transfer you to our genealogy specialist, she knows Navy records really well. Hang on."],
    xfer(80, 'Ines Cho', 'ines'),
    [150, 'l', 'Hello, Ines in the Maryland Room here. Deck logs for 1951 are at the National Archives (archives.gov/research/military/logbooks), and muster rolls for that era are on Fold3, free in our branches (fcpl.org > Research > Fold3). Did that help?', as(INES)],
    [200, 'p', 'yes thank you!'],
    [205, 'l', 'Anything else?', as(INES)],
    [225, 'p', 'no'],
    [230, 'l', 'Thanks for chatting, bye!', as(INES)],
  ], usual({ transfer: 'fail' })),

  // 18 four chats at once
  s(DEENA, '18 Fort Moore housing office hours: three other chats open, four at once from 100 s', [
    [0, 'p', 'whats the number for the housing office at fort moore? we arrive in 2 weeks'],
    [24, 'l', 'Hello, Deena at Columbus Public Library here. Are you looking for on-post family housing, or help finding a rental off post?'],
    [70, 'p', 'on post family housing'],
    [78, 'l', 'Call the Fort Moore Housing Services Office at 706-555-0140; their page on home.army.mil/moore (Housing tab) has hours and the application. Is that what you were looking for?'],
    [130, 'p', 'yep thats all, thanks'],
    [136, 'l', 'You are welcome, welcome to Columbus! Bye.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('d1', 'deena', -200, 300), other('d2', 'deena', -50, 400), other('d3', 'deena', 100, 250)],
  }),

  // 19 three at most, touching ends
  s(ROLF, '19 Fort Riley spouse club scholarship: others touch both ends, three at most at once', [
    [0, 'p', 'do you know about scholarships for military spouses? Fort Riley area'],
    [26, 'l', 'Hi! Rolf here, librarian at Ogden Public Library. Are you going back to school full time, or taking a certificate course?'],
    [80, 'p', 'certificate, medical billing'],
    [86, 'l', 'The MyCAA scholarship pays up to $4,000 for spouses of junior service members for certificates like that: mycaa.militaryonesource.mil. Our Job & Career Accelerator database (ogdenlibrary.org > Research) also has practice tests for billing. Did that help?'],
    [150, 'p', "yes, that's everything i needed!"],
    [155, 'l', 'Good luck! Thanks for chatting with us.'],
  ], usual(), {}, {
    otherIntervals: [other('r1', 'rolf', -500, 0), other('r2', 'rolf', -100, 500), other('r3', 'rolf', 50, 600), other('r4', 'rolf', 160, 900)],
  }),

  // 20 no greeting word, a screen name only
  s(DALE, '20 Fort Carson spouse jobs: "This is Dale at Pikes Peak Library — what do you need?" (no greeting), then a question', [
    [0, 'p', 'hello, looking for job fairs for military spouses in colorado springs'],
    [30, 'l', 'This is Dale at Pikes Peak Library District, what do you need?'],
    [36, 'l', 'Are you looking for fairs on Fort Carson, or anywhere in town?'],
    [80, 'p', 'anywhere'],
    [86, 'l', 'Hiring Our Heroes lists spouse hiring events by city at hiringourheroes.org/events, and our own job fair calendar is at ppld.org/jobs. Is that helpful?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Anything else today?'],
    [170, 'p', 'no'],
    [175, 'l', 'Have a good one, bye!'],
  ], usual({ greeting: 'fail' })),

  // 21 picked up at 75 s; check-in, then nothing
  s(MIRIAM, '21 Blue Star Museums: queue, picked up at 75 s, answer at 130, "u still there?" at 280, session ends at 420 with no notice', [
    [0, 'p', 'are museums free for military families in the summer? which ones near us'],
    queue(2, 2),
    [75, 'l', "Hi, sorry for the wait! I'm Miriam, a librarian at Elm County Public Library."],
    [81, 'l', 'Which town or area are you in?'],
    [120, 'p', 'near fort drum, watertown ny'],
    [130, 'l', 'Yes, Blue Star Museums offers free admission to active duty families from Armed Forces Day through Labor Day. The searchable map at arts.gov/initiatives/blue-star-museums lists the ones near Watertown, like the Sci-Tech Center. Does that help?'],
    [280, 'l', 'u still there?'],
  ], usual({ pickup: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 140 }),

  // 22 pickedUpAt 50, first line at 100
  s(KWAME, '22 Navy Fleet and Family Support Center: pickedUpAt 50 s, first line 100 s, FFSC phone, "nothing else"', [
    [0, 'p', 'I just moved to Norfolk as a navy spouse, where do i go for relocation help? like a welcome packet'],
    [100, 'l', "Hello and welcome to Norfolk! I'm Kwame, a librarian at Norfolk Public Library. Is your spouse stationed at Naval Station Norfolk or somewhere else in the area?"],
    [150, 'p', 'Naval Station Norfolk'],
    [156, 'l', "Then stop by the Fleet and Family Support Center's Relocation Assistance Program on base; call 757-555-0199 to book a sponsor briefing. Their page at cnic.navy.mil (search FFSC Norfolk) lists the welcome aboard packet. Is that what you were after?"],
    [210, 'p', 'yes! nothing else, thanks so much'],
    [215, 'l', 'My pleasure, thanks for chatting!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(50) }),

  // 23 legal assistance office named with no contact
  s(BEA, '23 power of attorney before deploying: a DoD legal page, "stop by the legal assistance office on base" (no contact)', [
    [0, 'p', 'my husband is deploying and we need a power of attorney so i can handle stuff. how do we do that'],
    [27, 'l', "Hi, I'm Bea at Jefferson County Public Library."],
    [33, 'l', 'Is he active duty? Do you need a general POA or just one for a specific thing, like selling a car?'],
    [90, 'p', 'active duty, general I think'],
    [96, 'l', 'Military OneSource\'s article on powers of attorney (militaryonesource.mil, search "power of attorney") explains general vs special POAs. Military POAs are free: the two of you should stop by the legal assistance office on base before he leaves and they\'ll draft it.'],
    [102, 'l', 'Does that answer it?'],
    [160, 'p', 'yes, thats all I needed, thanks'],
    [166, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ referral: 'fail' })),

  // 24 no source: Military OneSource named, "give them a call" with no number
  s(VINNIE, '24 deployment stress counseling: "Military OneSource has free counselors, give them a call" (no number), no source', [
    [0, 'p', 'is there free counseling for spouses during a deployment? im having a hard time'],
    [33, 'l', "Hello, this is Vinnie, a librarian at Newport News Public Library. I'm sorry it's been rough."],
    [40, 'l', 'Are you looking for someone to talk to in person, or would phone or video be okay?'],
    [95, 'p', 'phone is fine'],
    [101, 'l', 'Military OneSource has free, confidential non-medical counselors for spouses, by phone or video, any time of day. Give them a call and they set it up quickly.'],
    [107, 'l', 'Does that help?'],
    [160, 'p', 'ok. thanks'],
    [166, 'l', 'Is there anything else I can help you find?'],
    [200, 'p', 'no'],
    [205, 'l', 'Take care of yourself, and thanks for chatting.'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 25 chat-speak SCRA interest cap
  s(TAY, '25 SCRA 6% cap (chat-speak): "hey! Tay @ San Diego PL Ask Us", "sec", "that help?", "k ty bye"', [
    [0, 'p', 'yo can the bank lower my car loan interest since i got activated? reservist'],
    [16, 'l', 'hey! Tay @ San Diego Public Library Ask Us 👋'],
    [20, 'l', 'was the loan taken out before u went on active duty?'],
    [45, 'p', 'ya like 2 yrs before'],
    [49, 'l', 'sec'],
    [110, 'l', 'SCRA caps it at 6% for loans from before active duty. CFPB explains how to ask for it at consumerfinance.gov/servicemembers. that help?'],
    [140, 'p', 'ya ty thats all'],
    [144, 'l', 'k ty, good luck, bye!'],
  ], usual()),

  // 26 patron says they are done; the provider never says goodbye
  s(FRANCINE, '26 Camp Lejeune water claim records: patron "that\'s all I needed" last, provider never says goodbye', [
    [0, 'p', 'where can i read about the camp lejeune water contamination and the claims for it? i was there in 1984'],
    [29, 'l', "Hi! I'm Francine at Craven County Public Library."],
    [35, 'l', 'Are you looking for the health benefits through the VA, or the lawsuit claims under the 2022 Justice Act, or both?'],
    [100, 'p', 'VA health stuff'],
    [106, 'l', 'Let me find the current page.'],
    [170, 'l', "The VA's page va.gov/disability/eligibility/hazardous-materials-exposure/camp-lejeune-water-contamination lists the eight presumptive conditions and how to apply; family members can apply for health care reimbursement there too."],
    [176, 'l', 'Is that what you were looking for?'],
    [240, 'p', "yes, that's all I needed"],
  ], usual({ courteous: 'fail' })),

  // 27 completeness only before the source; goodbye 130 s after the answer
  s(HUGO, '27 Gold Star spouse benefits: "Would a list of the benefits be what you need?" before the source only, goodbye 130 s after', [
    [0, 'p', 'my husband died on active duty last year. what benefits do I have'],
    [38, 'l', "Good afternoon, I'm Hugo, a librarian at Killeen Public Library. I'm very sorry for your loss."],
    [45, 'l', 'Would a list of the benefits be what you need, or help with one application in particular?'],
    [110, 'p', 'a list'],
    [116, 'l', "The VA's survivors page va.gov/family-and-caregiver-benefits/survivor-compensation covers DIC payments, and militaryonesource.mil/gold-star has the full list (TRICARE, commissary, education through the Fry Scholarship)."],
    [246, 'l', 'Thank you for contacting us. Come back anytime.'],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail' })),

  // 28 restated need; holds every ~100 s through a long search
  s(PETRA, '28 father\'s Vietnam-era Air Force unit history: restated need, holds at 70/170/270, answer at 360', [
    [0, 'p', "my father was in the air force at Cam Ranh Bay in 1968, i want to know what his squadron did. I have his DD214"],
    [22, 'l', "Hello! I'm Petra at Brazos Public Library."],
    [28, 'l', "So you'd like a history of his squadron's activities in 1968, not his personal file?"],
    [62, 'p', 'yes exactly, the 12th tactical fighter wing i think'],
    [70, 'l', 'Let me look, this may take a few minutes.'],
    [170, 'l', "I'm still searching — the Air Force's historical records are spread around a bit."],
    [270, 'l', 'Bear with me, I found the right office and am checking what they have online.'],
    [360, 'l', 'The Air Force Historical Research Agency holds unit histories; their site at afhra.af.mil has a "Request Research" page and a searchable index. For a quick overview, "The Air Force in Southeast Asia" series is free on the Defense Technical Information Center at discover.dtic.mil. Does that get you started?'],
    [420, 'p', 'yes this is great, thank you'],
    [426, 'l', 'Anything else I can help with?'],
    [450, 'p', 'no'],
    [455, 'l', 'Thanks for chatting, and good luck with the research!'],
  ], usual()),

  // 29 "take your time" before a 250 s absence
  s(CONRAD, '29 BAH rate lookup: "No rush, take your time." then the patron away 250 s, answer after', [
    [0, 'p', 'how do i find out the BAH for our new duty station'],
    [21, 'l', 'Hi, this is Conrad with Lakeland County Library. What rank is your service member, and where is the new station? If you have the orders handy, the ZIP is on them.'],
    [60, 'p', 'E-5 with dependents, let me find the zip on the orders'],
    [66, 'l', 'No rush, take your time.'],
    [316, 'p', 'ok its 31905'],
    [322, 'l', "Thanks! The Defense Travel Management Office BAH calculator at travel.dod.mil (Allowances > BAH Calculator) gives this year's rate for E-5 with dependents at ZIP 31905. Does that help?"],
    [380, 'p', 'yes perfect, thats all'],
    [386, 'l', "Great! Thanks for chatting, and good luck with the move."],
  ], usual()),

  // 30 disconnect notice that neither asks nor says goodbye
  s(ADA, '30 Reserve retirement points: answer at 100, "It looks like you\'ve disconnected. I\'m going to end this session now." at 320', [
    [0, 'p', 'how do i check my reserve retirement points? army reserve'],
    [30, 'l', "Hello, I'm Ada at Salem County Library."],
    [36, 'l', 'Are you still drilling, or already in the Retired Reserve?'],
    [94, 'p', 'still drilling'],
    [100, 'l', 'Your Army Reserve point statement is in the Army Human Resources Command portal: hrc.army.mil, under "Self Service" > "My Record" > "Chronological Statement of Retirement Points".'],
    [106, 'l', 'Does that help?'],
    [320, 'l', "It looks like you've disconnected. I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-third round: military families and service members, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundMilitary.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundMilitary.filter((c) => c.name in LEFT_WHY));
});
