/**
 * Fifty-ninth round, theme COURTS AND THE LAW FOR ORDINARY PEOPLE, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: jury summonses (a deferral for surgery in Marin, juror pay and the employer in
 * Williamson County TX, a Maryland student away at college), small claims (the California limit for a kept deposit, which
 * Indianapolis township court to file in, serving papers in Oklahoma County, answering a Queens case, collecting a Minnesota
 * conciliation judgment, a neighbour's tree with no provider ever joining, unpaid wages in Houston in Spanish), traffic court
 * (paying a Wake County ticket online, Florida traffic school for points in chat-speak, a Tucson hearing for a patron's mother
 * in Spanish, whether an Alabama judge can lower a fine, a missed court date and a warrant in Nashville), finding court records
 * and case search (a contractor in DeKalb, Washtenaw's case lookup, a 2019 federal complaint on RECAP, a 1985 Baltimore City
 * divorce file at the State Archives, a dismissed 2016 Franklin County eviction, a 1999 Fairfax GDC charge on microfilm, "when
 * is my court date"), self-help centres (Los Angeles custody papers in Spanish, Maricopa's walk-in resource centre), expungement
 * and sealing (Pennsylvania's Clean Slate, an Illinois dismissed arrest), protection orders (a patron in danger in Seattle who
 * has to leave, a Denver permanent-order hearing) and a lawyer through a bar association's referral service (Cleveland).
 * Providers decline legal advice and point to court self-help pages, clerks' case searches, bar associations, legal aid, DV
 * hotlines and advocates, public defenders, sheriffs, archives and their own libraries' collections. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/fiftyNinthRoundCourts-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon! This is Judith, a librarian with …" (01); "Hi there! Happy to help with that." under the screen name
 *   "AskDesk 2" (03: greets, names no one: fail); a queue line and no provider ever joined (11); a patron "hello??" and an 80 s
 *   pickup with "hey! sorry for the wait, Zoe here from …" (19: fail); `pickedUpAt` at 40 s with the first line at 90 (26: pass);
 *   Spanish "¡Hola! Soy Esperanza, bibliotecaria de …" (05) and a greeting that is also a hold, "¡Buenas tardes! Le saluda
 *   Camila … Un momento mientras leo su pregunta." (30); "I'm glad you reached out." (07);
 *  inquiry: which court sent the summons, state and individual or business, county or city, the landlord's name, conviction or
 *   dismissal, "are you safe right now?" (07), injury or only damage, the case type and number, the township, the case name and
 *   district, the borough, first offense; a case search URL given before "Do you know which county he's based in …?" (04:
 *   fail); a Spanish restatement with no question mark, "Entonces usted quiere demandar a su antiguo empleador por salarios no
 *   pagados, aquí en Texas." (30: pass); a clarifying question in a Lost Call with no source ever given (10: pass);
 *  waits: a hold answered 140 s later (02: fail); holds at 76/170/262 and the answer at 350 (23: pass); "Sure, take your
 *   time." then the patron back 204 s later (22: pass); a silent transfer, the receiver 55 s after the patron (14); a transfer
 *   notice answered by the receiver 135 s later (15: fail); 50 s between `pickedUpAt` and the first line (26);
 *  endings: a Lost Call with "Are you still there?" at 160 and "It looks like you've disconnected, so I'll end this chat. Feel
 *   free to chat back in anytime!" at 330 (10: final idle 310 s from the greeting); "Still there?" at 190 and a goodbye at 232
 *   (20: final idle 156 s, idle passes, disconnect na); "Does that help?" and then nothing for 250 s (21: idle, disconnect and
 *   courteous fail); the patron's window closing with "i have to go hes calling" and "Please stay safe. You can chat with us
 *   again anytime" after it (07); "That's more than I can cover in one chat. My shift ends in a few minutes so I'm going to
 *   close this now." (09: dismissal, no goodbye); "a few other patrons waiting … very welcome to chat back in later" (28:
 *   allowed); "Ok, I'll end the chat now." after "Anything else?" / "no" (29: courteous fails, no dismissal); the patron's
 *   "thats everything, thanks" as the last line (04: courteous fails); goodbyes "Take care!", "Have a good one, and good luck!",
 *   "cool, drive safe! bye", "You're welcome. Good luck, and bye for now!", "¡De nada! Gracias por usar nuestro chat, que le
 *   vaya bien.", "¡Con gusto! Gracias por comunicarse con nosotros."; patron-side "thats all i needed", "eso es todo", "es
 *   todo", "no tengo mas preguntas", "thats all", "that's everything", and "yep", "ok thx", "i guess. ok thanks", "ok" that do
 *   not count;
 *  sources: court self-help, jury, payment and case search pages, courtlistener.com, pacer.uscourts.gov, statutes, a bar
 *   association page, washingtonlawhelp.org, illinoislegalaid.org, a book by title and author; none at all (25: a general answer
 *   about judges and fines: fail);
 *  referrals: Jury Services by phone (01, LEFT); a self-help centre in Spanish by street and phone (05); a legal aid group by
 *   phone and URL (06); a DV hotline by phone and e-filing with the court by URL (07); a bar association referral service by
 *   phone and URL (08); the State Archives by e-mail and phone after a transfer (13); the Public Defender by phone (15); "file
 *   at the Lawrence Township Small Claims Court" with indy.gov (22, LEFT); "ask the County Sheriff's civil process office" (24:
 *   no contact); a walk-in self-help centre at 101 W. Jefferson St. (26, LEFT); Project Safeguard by phone, then "asking Project
 *   Safeguard those when you call" (28, LEFT); "show up at the court on the hearing date" with nycourts.gov (29, LEFT); filing
 *   with the TWC and suing in Justice Court in Spanish, by URL (30, LEFT); staff on the patron's behalf (a library's Social
 *   Science department, 06; the patron's library's law collection, 16; the Virginia Room's microfilm, 18) and "The court clerk
 *   keeps older files" (18), "which the court clerk sends for you" (24), requesting a hearing online (14), a juror questionnaire
 *   online (27) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (06: pass); FU_LIB with the e-mail only in
 *   `patron.email`, no time, not recorded by day 5 (16: contact and on_time fail); a promise to e-mail "by tomorrow" with the
 *   e-mail read back, coded Answered, pending at day 1 (17: code fails); FU_ME by phone read back, "by Thursday", done after 90 h
 *   (18: on_time fails);
 *  codes: a Lost Call with one patron line (10: pass); Lost Call after three patron lines (27: fail); null with no provider
 *   (11); Practice (12);
 *  transfers: a notice (a hold) and an internal note that says why (13: pass); an internal note only, then Spanish (14: fail); a
 *   notice with no note (15: fail);
 *  concurrency: four at once (08: fail); others ending exactly at the start and starting exactly at the end, three at most (26).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a Lost Call where the provider greeted and asked a clarifying question before the patron vanished (10) has a substantive
 *   exchange (Terms: "a clarifying question counts"), so the information checks apply: clarify passes (no source ever given, any
 *   such question counts), source fails, completeness fails (source is not na), anything_else fails; the final idle runs from the
 *   greeting (the first non-hold provider line after the patron's only line) to the notice that invites back;
 * - "If you'd rather talk to someone, the Jury Services office is at (415) 555-0187" tells the patron to call an office: a
 *   referral with a phone; asking for a deferral "online through the eJuror portal on the court's jury page" is using a source
 *   (and the court is reached by that URL anyway) (01);
 * - filing with or suing in a court or agency ("you'd file at the Lawrence Township Small Claims Court", 22; "Puede presentar un
 *   reclamo … ante la … TWC", "puede demandar en la corte de reclamos menores (Justice Court)", 30) is writing to / visiting
 *   that body: a referral (the project's reading of "file Form N-565 with USCIS"); "you just show up at the court on the hearing
 *   date" tells the patron to visit the court: a referral, reached here by the court's nycourts.gov page (29);
 * - the self-help centre described, in answer to "does it need an appointment?", as "walk-in, no appointment, at 101 W.
 *   Jefferson St. … they'll show you which forms you need" sends the patron there: a referral with a postal address (26);
 * - a party's contact given earlier in the chat reaches it when the patron is later told to call it ("Project Safeguard …
 *   303-555-0148" in message 4, "asking Project Safeguard those when you call" in message 7): the party comes with a way to
 *   reach it (28);
 * - "The court clerk keeps older files" (18), "certified mail … which the court clerk sends for you" (24) and requesting a hearing
 *   or filling in a juror questionnaire online (14, 27) tell the patron to contact or visit no one: no referral;
 * - "Is that the case you meant?", "Does that help you get ready?", "Is that what you needed to get started?", "¿Esto responde
 *   a su pregunta?" ask whether what was given meets the need; "Would a guide on preparing for the hearing be useful too?" does
 *   not (it offers more, 29);
 * - "Take care!", "Have a good one, and good luck!", "cool, drive safe! bye", "Please stay safe. You can chat with us again
 *   anytime" say goodbye; "Ok, I'll end the chat now." only announces the end (29);
 * - "no tengo mas preguntas" is "no more questions"; "no im good" answers an offer of more, not "anything else?".
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 24 / 6 (every disagreement on referral.contact). Label corrections: 0.
 * Final: 24 running, 6 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 01: referral.contact expected pass, got fail: "the Jury Services office is at (415) 555-0187" beside "ask to postpone
 *    … online through the eJuror portal on the court's jury page, marin.courts.ca.gov/jury" (a party read as unreachable);
 *  - case 22: referral.contact expected pass, got na: "you'd file at the Lawrence Township Small Claims Court" (+ indy.gov URL);
 *  - case 26: referral.contact expected pass, got na: the self-help centre "walk-in, no appointment, at 101 W. Jefferson St.";
 *  - case 28: referral.contact expected pass, got fail: "asking Project Safeguard those when you call", its phone two messages
 *    earlier;
 *  - case 29: referral.contact expected pass, got na: "you just show up at the court on the hearing date" (+ nycourts.gov);
 *  - case 30: referral.contact expected pass, got na: "Puede presentar un reclamo de salarios ante la Comisión … (TWC)" and
 *    "puede demandar en la corte de reclamos menores (Justice Court)" (Spanish, both by URL).
 * Every timing check (pickup at 80 s, by `pickedUpAt`, no provider; keep_informed at 140 and 135 s, across holds, "take your
 * time", a silent transfer and 50 s after `pickedUpAt`; final idles of 0, 156, 256 and 310 s; concurrency at four and at
 * touching ends; on_time done at 30 h, late at 90 h, pending at day 1, not recorded by day 5) scored as labelled on the first
 * run, and so did the Lost Call with a clarifying question (10). The redaction equality of describeSessions holds for every
 * running case (patron e-mails and a phone typed and read back, an e-mail in `patron.email`, agency phones and an agency e-mail).
 *
 * ON v53 (block S, written partly from this file): case 22's "you'd file at the Lawrence Township Small Claims Court" (S16,
 *   S20) and 30's "Puede presentar un reclamo de salarios ante la …", "puede demandar en la corte de reclamos menores" (S22) read as
 *   labelled and run: 26 running, 4 LEFT (01, 26, 28, 29).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (6 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `All of our librarians are helping other people. You are #${n} in line.`];

const JUDITH: Prov = { id: 'judith', name: 'Judith', library: 'GPL-CA' };
const BENITO: Prov = { id: 'benito', name: 'Benito', library: 'SJPL' };
const ASKDESK: Prov = { id: 'askdesk2', name: 'AskDesk 2', library: 'WCPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'DCPL-GA' };
const ESPERANZA: Prov = { id: 'esperanza', name: 'Esperanza', library: 'LAPL' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'FLP' };
const NOELLE: Prov = { id: 'noelle', name: 'Noelle', library: 'KCLS' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'CCPL-OH' };
const PHIL: Prov = { id: 'phil', name: 'Phil', library: 'RRPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'SFPL' };
const LINE: Prov = { id: 'askus-line', name: 'Ask Us queue', library: 'STATE' };
const PRACTICE: Prov = { id: 'practice-c', name: 'Practice Seat 2', library: 'TRN' };
const ALMA: Prov = { id: 'alma', name: 'Alma (statewide)', library: 'STATE' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'STATE' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'TPPL' };
const LUZ: Prov = { id: 'luz', name: 'Luz', library: 'TPPL' };
const DARIUS: Prov = { id: 'darius', name: 'Darius', library: 'NPL' };
const KEIKO: Prov = { id: 'keiko', name: 'Keiko', library: 'NPL' };
const WILLA: Prov = { id: 'willa', name: 'Willa (statewide)', library: 'STATE' };
const YUSUF: Prov = { id: 'yusuf', name: 'Yusuf', library: 'HCL-MN' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'FCPL' };
const ZOE: Prov = { id: 'zoe', name: 'zoe_mdpl', library: 'MDPLS' };
const ELLIOT: Prov = { id: 'elliot', name: 'Elliot', library: 'AADL' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'CPL-IL' };
const HENRIETTA: Prov = { id: 'henrietta', name: 'Henrietta', library: 'IPL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'FPL-MI' };
const IVAN: Prov = { id: 'ivan', name: 'Ivan', library: 'MLS-OK' };
const KEN: Prov = { id: 'ken', name: 'Ken', library: 'BPL-AL' };
const LORENA: Prov = { id: 'lorena', name: 'Lorena', library: 'PPL-AZ' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'HCLS' };
const MARGOT: Prov = { id: 'margot', name: 'Margot', library: 'DPL' };
const DWIGHT: Prov = { id: 'dwight', name: 'Dwight', library: 'QPL' };
const CAMILA: Prov = { id: 'camila', name: 'Camila', library: 'HPL' };

export const fiftyNinthRoundCourts: SessionCase[] = [
  // 01 jury deferral: everything passes, Jury Services by phone
  s(JUDITH, '01 jury summons during surgery: court asked, hold, eJuror page + "Jury Services office is at (415) 555-0187", "thats all i needed"', [
    [0, 'p', 'got a jury summons for next month but i have a surgery scheduled that week. can i get out of it??'],
    [25, 'l', 'Good afternoon! This is Judith, a librarian with Ask a Librarian at Greenfield Public Library.'],
    [31, 'l', 'Which court sent the summons, the county Superior Court or the federal court? The steps are different.'],
    [80, 'p', 'county. it says Marin County Superior Court on top'],
    [86, 'l', 'Let me check their jury page.'],
    [160, 'l', "You can ask to postpone (they call it a deferral) online through the eJuror portal on the court's jury page, marin.courts.ca.gov/jury, using the juror ID on your summons. If you'd rather talk to someone, the Jury Services office is at (415) 555-0187, Mon-Fri 8-4. A medical reason like surgery is usually accepted; they may ask for a doctor's note."],
    [166, 'l', 'Does that answer your question?'],
    [220, 'p', 'yes thank u so much thats all i needed'],
    [226, 'l', "You're welcome, good luck with the surgery! Thanks for chatting."],
  ], usual({ referral: 'pass' })),

  // 02 small claims limit: hold then 140 s
  s(BENITO, '02 small claims limit for a $6,200 deposit (CA): "One moment while I look that up." then the answer 140 s later', [
    [0, 'p', 'whats the max i can sue for in small claims? landlord kept my deposit, $6,200'],
    [20, 'l', "Hi there, Benito at San Jose Public Library's Ask a Librarian here."],
    [26, 'l', 'Are you in California? And are you suing as an individual, not a business?'],
    [60, 'p', 'yes CA, just me'],
    [66, 'l', 'One moment while I look that up.'],
    [206, 'l', "Thanks for waiting. In California an individual can sue for up to $12,500 in small claims, so $6,200 is fine. The California Courts Self-Help Guide has the whole process and the claim form (SC-100): selfhelp.courts.ca.gov/small-claims. There's also a page there on security deposits."],
    [212, 'l', 'Is that what you were looking for?'],
    [260, 'p', 'yep'],
    [265, 'l', 'Anything else I can help you with?'],
    [290, 'p', 'no thanks'],
    [295, 'l', 'Have a good one, and good luck!'],
  ], usual({ informed: 'fail' })),

  // 03 greets, names no one
  s(ASKDESK, '03 pay a Wake County speeding ticket online: "Hi there! Happy to help with that." under the screen name "AskDesk 2" (no one named), "Take care!"', [
    [0, 'p', 'how do i pay a speeding ticket online'],
    [15, 'l', 'Hi there! Happy to help with that.'],
    [21, 'l', 'What county or city issued the ticket?'],
    [50, 'p', 'wake county nc'],
    [56, 'l', "NC tickets are paid through the state court system's online payment site, payments.nccourts.gov. Search by your citation number (top right of the ticket). Paying it counts as pleading responsible, so if you want to fight it, don't pay online."],
    [62, 'l', 'Did that help?'],
    [100, 'p', 'yes thx'],
    [105, 'l', 'Anything else?'],
    [120, 'p', 'no thats it'],
    [125, 'l', 'Take care!'],
  ], usual({ greeting: 'fail' })),

  // 04 source before the question; the patron has the last word
  s(HOLLIS, '04 checking a contractor for lawsuits (DeKalb): case search URL given before "Do you know which county …?", patron "thats everything" last', [
    [0, 'p', 'how can I look up if someone has a court case against them? checking out a contractor before I hire him'],
    [22, 'l', 'Hello, this is Hollis with the Ask a Librarian service at DeKalb County Public Library.'],
    [28, 'l', "Georgia's courts don't have one statewide search, but DeKalb's court records are searchable free at ody.dekalbcountyga.gov/portal: choose Smart Search and type his name or business name."],
    [34, 'l', "Do you know which county he's based in, and is it his business name or his own name you have?"],
    [80, 'p', 'same county, DeKalb. business is called Peachtree Pro Renovations'],
    [86, 'l', "Then the Smart Search there is the right place; try both the business name and his name. The Secretary of State's business search, ecorp.sos.ga.gov, shows who owns the company."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes very helpful. thats everything, thanks'],
  ], usual({ clarify: 'fail', courteous: 'fail' })),

  // 05 Spanish: the court's self-help center by address and phone
  s(ESPERANZA, '05 papeles de custodia sin abogado (Spanish): county asked, "Un momento", Self-Help Center at 111 N. Hill St. + phone, "eso es todo"', [
    [0, 'p', 'hola, necesito ayuda para llenar papeles de custodia en la corte, no tengo abogado'],
    [30, 'l', '¡Hola! Soy Esperanza, bibliotecaria de la Biblioteca Pública de Los Ángeles. Con gusto le ayudo.'],
    [37, 'l', '¿En qué condado vive usted? ¿Y ya hay un caso abierto o es para empezar uno nuevo?'],
    [100, 'p', 'en los angeles, es nuevo'],
    [106, 'l', 'Un momento, por favor.'],
    [180, 'l', "La corte tiene un Centro de Ayuda (Self-Help Center) gratis donde le ayudan a llenar los formularios. Vaya al Stanley Mosk Courthouse, 111 N. Hill St., cuarto 426, o llame al 213-555-0150. Los formularios y guías en español están en selfhelp.courts.ca.gov/es (busque 'custodia')."],
    [186, 'l', '¿Es lo que necesitaba?'],
    [240, 'p', 'si muchas gracias, eso es todo'],
    [246, 'l', '¡De nada! Gracias por usar nuestro chat, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 06 expungement / Clean Slate, follow-up by me, e-mail read back, "by Friday", done 30 h
  s(RAFAEL, '06 sealing a 2011 retail theft (Philly, follow-up by me): Clean Slate page, PLSE by phone + URL, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', 'I have a 2011 misdemeanor (retail theft) in Philly. Can I get it expunged or sealed? It keeps coming up on job apps'],
    [28, 'l', "Hi, I'm Rafael, a reference librarian with the Free Library of Philadelphia."],
    [35, 'l', 'Was it a conviction, or was the case dismissed or withdrawn? And have you had any other charges since?'],
    [100, 'p', 'convicted, paid fines. nothing since'],
    [106, 'l', 'Let me look at what Pennsylvania allows.'],
    [200, 'l', "Under Pennsylvania's Clean Slate law, many misdemeanor convictions are sealed automatically after 10 years with no new convictions, once the fines are paid, so yours may already be sealed. The courts' overview is at pacourts.us/learn/clean-slate. Philadelphia Lawyers for Social Equity does free record checks and petitions: call them at 215-555-0143 or go to plsephilly.org."],
    [206, 'l', 'We also have a printed guide to Clean Slate in our Social Science department; I can scan the pages on employer background checks and e-mail them to you. What e-mail should I use?'],
    [260, 'p', 'sure, dmorales.work@example.com'],
    [266, 'l', "dmorales.work@example.com, got it. I'll send the scan by Friday."],
    [272, 'l', 'Does the Clean Slate page help for now?'],
    [320, 'p', 'yes a lot, thank you'],
    [326, 'l', 'Anything else I can help with today?'],
    [350, 'p', 'no thats all'],
    [355, 'l', 'Good luck with the job search, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 07 protection order: safety question, hotline, the patron leaves, goodbye after
  s(NOELLE, '07 protection order against an ex (Seattle): "are you safe right now?", WA forms + court e-filing + DV hotline phone, patron left, "stay safe … chat with us again anytime"', [
    [0, 'p', 'how do i get a restraining order against my ex. he keeps showing up at my work'],
    [18, 'l', "Hi, I'm Noelle, a librarian with King County Library System. I'm glad you reached out."],
    [24, 'l', 'Before anything else: are you safe right now? And are you in Washington State?'],
    [60, 'p', 'yes im ok right now. yes seattle'],
    [66, 'l', "In Washington it's called a protection order, and there's no filing fee. The forms and step-by-step instructions are at washingtonlawhelp.org (search 'protection order'), and you can file online with King County Superior Court at kingcounty.gov/courts/superior-court (Protection Orders). An advocate can help you fill it out for free: call the King County DV hotline at 1-888-555-0167, day or night."],
    [72, 'l', 'Is that what you needed to get started?'],
    [110, 'p', 'yes. i have to go hes calling'],
    left(115),
    [125, 'l', 'Please stay safe. You can chat with us again anytime, day or night.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 08 bar association lawyer referral service; four chats at once
  s(GRANT, '08 lawyer for a car accident (Cleveland): injury asked, bar association Lawyer Referral Service by phone + URL, four chats open at once', [
    [0, 'p', 'need a lawyer for a car accident, not sure who to trust, where do i find one'],
    [15, 'l', "Hello! Grant here, librarian at Cuyahoga County Public Library's Ask Us chat."],
    [21, 'l', 'Is this in Ohio, and were you hurt, or is it just about the damage to the car?'],
    [70, 'p', 'Ohio, cleveland. my back got hurt'],
    [76, 'l', "The Cleveland Metropolitan Bar Association runs a Lawyer Referral Service: they match you with a screened attorney who does personal injury, and the first half-hour consult is $35. Call 216-555-0112 or request one online at clemetrobar.org/lawyer-referral. The Ohio State Bar's page ohiobar.org/public-resources has tips on what to ask a lawyer."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes perfect'],
    [136, 'l', 'Anything else I can help with?'],
    [160, 'p', 'nope thats all'],
    [165, 'l', 'Thanks for chatting, and I hope your back feels better soon!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('gr1', 'grant', -300, 200), other('gr2', 'grant', -60, 400), other('gr3', 'grant', 30, 500)],
  }),

  // 09 dismissal for the provider's convenience
  s(PHIL, '09 jury pay in Williamson County TX: county asked, wilco.org + statute URL, then "That\'s more than I can cover in one chat. My shift ends … close this now."', [
    [0, 'p', 'do i get paid for jury duty in texas? and does my employer have to pay me'],
    [20, 'l', "Hi, this is Phil at Round Rock Public Library's Ask a Librarian."],
    [26, 'l', 'Which county is your summons from?'],
    [50, 'p', 'williamson'],
    [56, 'l', "Williamson County pays $6 for the first day and $40 a day after that; it's on the county's jury page, wilco.org/jury. Texas employers don't have to pay you for jury days, but they can't fire you for serving (Civil Practice and Remedies Code 122.001, at statutes.capitol.texas.gov)."],
    [62, 'l', 'Did that help?'],
    [110, 'p', 'ok but what about parking, and can i bring my laptop, and what if i have a vacation booked'],
    [118, 'l', "That's more than I can cover in one chat. My shift ends in a few minutes so I'm going to close this now."],
    [140, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 10 Lost Call: a clarifying question, then the patron is gone
  s(MIRA, '10 when is my court date (Lost Call): greeting, a clarifying question, "Are you still there?" at 160, "looks like you\'ve disconnected … chat back in anytime" at 330', [
    [0, 'p', 'how do i find out when my court date is'],
    [20, 'l', 'Hello, Mira here with Ask a Librarian at San Francisco Public Library.'],
    [26, 'l', 'Is it a traffic case, or a criminal or civil case? And do you have a case or citation number?'],
    [160, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll end this chat. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 no provider joined
  s(LINE, '11 neighbor\'s tree on my fence, small claims?: no provider ever joined, "anyone there?", patron left, code null', [
    [0, 'p', 'can i take my neighbor to small claims for his tree falling on my fence'],
    queue(2, 5),
    [150, 'p', 'anyone there?'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 12 Practice
  s(PRACTICE, '12 practice chat (courts macros): coded Practice, every check na', [
    [0, 'p', 'testing - expungement macro'],
    [10, 'l', 'Hi, this is a practice chat for the courts macros.'],
    [20, 'l', 'Expungement: see the state court self-help page. Did that help?'],
    [30, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 13 transfer with a notice and a note; State Archives by e-mail and phone
  s(ALMA, '13 parents\' 1985 Baltimore City divorce file: transfer to Otis with a notice and a note, State Archives guide + e-mail + phone', [
    [0, 'p', "I'm trying to find my parents' divorce case from 1985 in Baltimore City. The online case search only goes back so far"],
    [22, 'l', "Hi! I'm Alma with Maryland's Ask Us statewide chat."],
    [28, 'l', 'Do you need a certified copy of the decree, or just to see the file for family history?'],
    [70, 'p', 'just to see it, family history'],
    [76, 'l', "Our archives specialist, Otis, knows the older court records well. I'm going to transfer you to him, one moment please."],
    [79, 'i', 'Otis: pt wants 1985 Baltimore City divorce file for family history, older than online case search. Archives q. Thanks!'],
    xfer(82, 'Otis', 'otis'),
    [130, 'l', 'Hello, Otis here, archives librarian with Ask Us. Baltimore City divorce files from 1985 are now at the Maryland State Archives. Their guide to circuit court records is at msa.maryland.gov (Research > Court Records), and you can ask them to search by e-mailing msa.reference@example.org or calling 410-555-0190. Have both names and the year ready.', as(OTIS)],
    [136, 'l', 'Is that what you were looking for?', as(OTIS)],
    [190, 'p', 'yes thank you both, thats all'],
    [196, 'l', "You're welcome! Thanks for using Ask Us, and good luck with the family history.", as(OTIS)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 14 silent transfer (internal note only), then Spanish
  s(TOBY, '14 mom\'s Tucson traffic ticket, hearing in Spanish: transfer to Luz with an internal note only, Luz asks again, tucsonaz.gov/courts, "es todo"', [
    [0, 'p', 'hi, my mom got a ticket and she only speaks spanish, can someone help her in spanish? she wants to know how to ask for a court date'],
    [20, 'l', 'Hi, this is Toby at Ask a Librarian, Tucson-Pima Public Library.'],
    [26, 'l', 'Is the ticket from the City of Tucson or from Pima County?'],
    [60, 'p', 'city of tucson'],
    [64, 'i', "Luz, can you take this in Spanish? Tucson City Court traffic ticket, pt's mom wants a hearing."],
    xfer(67, 'Luz', 'luz'),
    [115, 'l', '¡Hola! Soy Luz, bibliotecaria de la Biblioteca Pública de Tucson-Pima. ¿La multa es de Tucson City Court, verdad?', as(LUZ)],
    [150, 'p', 'si, soy la mama, ya estoy yo'],
    [156, 'l', "Para pedir una audiencia (hearing) puede hacerlo en línea en tucsonaz.gov/courts (busque 'Request a Hearing') con el número de la multa. La misma página explica cómo pedir un intérprete gratis para la audiencia.", as(LUZ)],
    [162, 'l', '¿Le sirve esta información?', as(LUZ)],
    [200, 'p', 'si gracias, es todo'],
    [206, 'l', '¡Con gusto! Gracias por usar nuestro chat.', as(LUZ)],
  ], usual({ transfer: 'fail' })),

  // 15 transfer notice, no note; the receiver 135 s after the notice
  s(DARIUS, '15 missed court date, is there a warrant (Nashville): transfer notice, no note, Keiko 135 s later, warrant search URL + Public Defender phone', [
    [0, 'p', "How do I find out if there's a warrant out for me? I missed a court date for a suspended license in Nashville"],
    [24, 'l', "Hello, Darius at Nashville Public Library's Ask a Librarian. Thanks for reaching out."],
    [30, 'l', 'Was the case in General Sessions Court in Davidson County?'],
    [70, 'p', 'yeah i think so'],
    [76, 'l', "I'm transferring you to my colleague Keiko, who handles our legal resources questions. One moment!"],
    xfer(80, 'Keiko', 'keiko'),
    [211, 'l', "Hi, Keiko here, legal resources librarian. The Davidson County Criminal Court Clerk has a free case and warrant search at ccc.nashville.gov (Case Search). If it shows a failure to appear, talk to the Public Defender's office about getting back on the docket: 615-555-0128.", as(KEIKO)],
    [217, 'l', 'Does that answer your question?', as(KEIKO)],
    [260, 'p', 'ok thanks'],
    [266, 'l', 'Anything else I can help with?', as(KEIKO)],
    [290, 'p', 'no'],
    [295, 'l', 'Take care, and thanks for using Ask a Librarian.', as(KEIKO)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 16 follow-up by the patron's library, e-mail only on file, no time, not done by day 5
  s(WILLA, '16 dismissed 2016 eviction on rental apps (follow-up by patron\'s library): municipal court case search, "they\'ll be in touch at the e-mail on your library account" (no time), not done by day 5', [
    [0, 'p', "theres an eviction from 2016 showing up on my rental applications and I think it was dismissed. how do I prove that?"],
    [30, 'l', 'Hello, this is Willa with the statewide Ask a Librarian chat.'],
    [36, 'l', "Which county was the eviction filed in, and do you remember the landlord's name?"],
    [90, 'p', 'Franklin county ohio, Maple Court Apartments'],
    [96, 'l', "Franklin County Municipal Court has evictions in its online case search at fcmcclerk.com (Case Information > Civil). The docket should show the dismissal. Your own library's law collection can help you find the right sealing form, so I'll send your question on to them and they'll be in touch at the e-mail on your library account."],
    [102, 'l', 'Does that case search help for now?'],
    [150, 'p', 'yes i will look'],
    [156, 'l', 'Anything else today?'],
    [180, 'p', 'no thank you'],
    [186, 'l', 'Thanks for chatting, and good luck with the apartment hunt!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'kay.renter@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 17 a promise coded Answered, e-mail read back, "by tomorrow", pending
  s(YUSUF, '17 collecting a conciliation court judgment (MN): self-help URL + a book, e-mail read back, "I\'ll e-mail you by tomorrow", coded Answered, pending', [
    [0, 'p', 'i won in small claims but the guy wont pay. what now'],
    [25, 'l', 'Hi! Yusuf here, a librarian at Hennepin County Library.'],
    [31, 'l', 'Congrats on winning. Was the judgment in Minnesota Conciliation Court, and how long ago was it entered?'],
    [80, 'p', 'yes hennepin conciliation, like 2 months ago'],
    [86, 'l', "Minnesota's Judicial Branch has a self-help page on collecting a judgment, with the forms for wage garnishment and bank levies: mncourts.gov/Help-Topics/Collecting-a-Judgment.aspx. Our collection also has Everybody's Guide to Small Claims Court by Ralph Warner, with a chapter on collecting."],
    [92, 'l', "I can check which chapter of the Minnesota Legal Research Guide covers garnishment exemptions and e-mail you the page numbers. What's a good e-mail?"],
    [140, 'p', 'tj.lindqvist@example.com'],
    [146, 'l', "tj.lindqvist@example.com, thanks. I'll e-mail you by tomorrow."],
    [152, 'l', 'Does the self-help page help in the meantime?'],
    [200, 'p', "yes that's everything, thanks!"],
    [206, 'l', 'Good luck collecting! Thanks for chatting.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 18 follow-up by phone, "by Thursday", done after 90 h
  s(ROSALIND, '18 proof a 1999 reckless driving charge was dropped (Fairfax, follow-up by me): GDC search URL, "The court clerk keeps older files", phone read back, "by Thursday", done 90 h', [
    [0, 'p', 'I need proof that a 1999 reckless driving charge in Fairfax was dropped. Job background check flagged it'],
    [30, 'l', "Hello, my name is Rosalind and I'm a librarian at Fairfax County Public Library."],
    [37, 'l', 'Was it in General District Court, and do you still have any paperwork from it, like a case number?'],
    [100, 'p', 'GDC yes. no paperwork'],
    [106, 'l', 'Let me check how far back the online records go.'],
    [190, 'l', "Virginia's online General District Court case search (eapps.courts.state.va.us/gdcourts) only goes back about 10 years, so 1999 won't show. The court clerk keeps older files. Our Virginia Room also has the Fairfax court dockets on microfilm from those years; I can check the microfilm tomorrow and call you with what it shows. What number should I call?"],
    [240, 'p', '703-555-0186'],
    [246, 'l', "703-555-0186, got it. I'll call you by Thursday."],
    [252, 'l', 'Does that help for now?'],
    [290, 'p', 'yes thank you'],
    [296, 'l', 'Anything else I can help with?'],
    [320, 'p', 'no thats all'],
    [326, 'l', 'Thanks for reaching out, take care.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 pickup after 80 s, chat-speak
  s(ZOE, '19 traffic school to keep points off (FL, chat-speak): patron "hello??", pickup 80 s, clerk traffic page + FLHSMV courses, "that help?", "drive safe! bye"', [
    [0, 'p', 'yo can i do traffic school to keep the points off? got a ticket in fl'],
    [30, 'p', 'hello??'],
    [80, 'l', 'hey! sorry for the wait, Zoe here from Ask a Librarian @ Miami-Dade Public Library'],
    [85, 'l', 'was it a moving violation like speeding? n did u already pay it?'],
    [110, 'p', 'speeding 15 over, not paid yet'],
    [115, 'l', 'ok so in FL u can pick the Basic Driver Improvement course instead of points if u havent done one in the last 12 months. u elect it when u pay the ticket: miamidadeclerk.gov/traffic has the steps. approved courses r listed at flhsmv.gov/driver-licenses-id-cards/education-courses'],
    [120, 'l', 'that help?'],
    [150, 'p', 'ya ty'],
    [155, 'l', 'anything else?'],
    [170, 'p', 'nah im good'],
    [175, 'l', 'cool, drive safe! bye'],
  ], usual({ pickup: 'fail' })),

  // 20 a check-in and a goodbye 156 s after the answer
  s(ELLIOT, '20 search Washtenaw court cases by name: case lookup URL + MiCOURT, "Still there?" at 190, goodbye + invitation at 232 (final idle 156 s)', [
    [0, 'p', 'is there a way to search court cases in michigan by name?'],
    [20, 'l', "Hi, Elliot here, librarian at Ann Arbor District Library's Ask Us chat."],
    [26, 'l', "Is it a particular county's court, or anywhere in Michigan?"],
    [70, 'p', 'washtenaw county'],
    [76, 'l', "Washtenaw County's trial court has a free public case search at washtenaw.org/courts (Case Lookup); search by last name and first name. Michigan doesn't have one free statewide search yet, but MiCOURT at micourt.courts.michigan.gov covers some other counties."],
    [82, 'l', 'Does that answer it?'],
    [190, 'l', 'Still there?'],
    [232, 'l', "I'll close this chat for now. Thanks for using Ask Us, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 21 the answer and then nothing: final idle 256 s
  s(GIDEON, '21 cost of expunging a dismissed arrest (IL): fee + Illinois Legal Aid Online URL, "Does that help?", then nothing until 337 (no check-in, no notice, no goodbye)', [
    [0, 'p', 'how much does it cost to get a record expunged in illinois'],
    [22, 'l', "Good evening, Gideon at Chicago Public Library's Ask a Librarian."],
    [28, 'l', "Is it an arrest that didn't lead to a conviction, or a conviction? That changes whether it's expunged or sealed."],
    [75, 'p', 'arrest, case got dismissed'],
    [81, 'l', "Then it's an expungement. The Circuit Court of Cook County's filing fee is about $60 plus a few smaller fees, and there's a fee waiver if you can't afford it. Illinois Legal Aid Online walks you through it for free and makes the forms for you: illinoislegalaid.org/legal-information/expungement."],
    [87, 'l', 'Does that help?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 250 }),

  // 22 "Sure, take your time." then 204 s away; file at the township court
  s(HENRIETTA, '22 small claims against a mechanic (Indianapolis): township asked, "Sure, take your time." then 204 s away, hold, township court + indy.gov + e-file URL', [
    [0, 'p', 'I need to file small claims against a mechanic in Indianapolis. which court do I file in?'],
    [25, 'l', 'Hello, Henrietta here, a librarian at Indianapolis Public Library.'],
    [31, 'l', "Which township is the mechanic's shop in? Marion County has a small claims court in each township."],
    [70, 'p', 'hold on let me find the address on the invoice'],
    [76, 'l', 'Sure, take your time.'],
    [280, 'p', 'ok its on Pendleton Pike, 46226'],
    [286, 'l', 'Thanks! Let me look that up.'],
    [350, 'l', "That's Lawrence Township, so you'd file at the Lawrence Township Small Claims Court. The Marion County Small Claims Courts site, indy.gov/agency/marion-county-small-claims-courts, has the township map, the Notice of Claim form and the fees, and you can e-file through efile.incourts.gov."],
    [356, 'l', 'Did that answer your question?'],
    [400, 'p', "yes, that's all I needed. thank you!"],
    [406, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ referral: 'pass' })),

  // 23 holds every ~90 s through a long search
  s(FERN, '23 free copy of a 2019 federal complaint (Flint water): holds at 76/170/262, RECAP on courtlistener.com at 350, "Is that the case you meant?"', [
    [0, 'p', "Looking for the complaint filed in a federal lawsuit about our town's water, Flint, 2019ish, but PACER charges. Any free way?"],
    [24, 'l', 'Hi! Fern here, a librarian with Flint Public Library.'],
    [30, 'l', 'Do you know the case name or the court, like the Eastern District of Michigan?'],
    [70, 'p', 'i think its Mays v. something, eastern district'],
    [76, 'l', 'Let me search for it, one moment.'],
    [170, 'l', 'Still looking, there are a lot of Flint water cases. Narrowing it down.'],
    [262, 'l', 'Found the docket, checking whether the complaint is free anywhere.'],
    [350, 'l', "Here it is: the Free Law Project's RECAP archive at courtlistener.com has the docket for Mays v. Snyder (E.D. Mich.), and the complaint is free to download there. PACER itself waives fees under $30 a quarter (pacer.uscourts.gov), so a few pages there would cost nothing either."],
    [356, 'l', 'Is that the case you meant?'],
    [410, 'p', 'yes!! thats it. thats all i needed thank you'],
    [416, 'l', 'Glad I could help. Thanks for chatting!'],
  ], usual()),

  // 24 a referral with no contact
  s(IVAN, '24 serving small claims papers (Oklahoma County): Bar consumer guide URL, "ask the County Sheriff\'s civil process office" (no contact)', [
    [0, 'p', 'i filed small claims, now how do i serve the papers on the other guy? oklahoma county'],
    [20, 'l', "Hi, Ivan with Metropolitan Library System's Ask a Librarian here."],
    [26, 'l', 'Do you know if he lives in Oklahoma County too?'],
    [55, 'p', 'yes'],
    [61, 'l', "Oklahoma lets you serve small claims by certified mail, restricted delivery, which the court clerk sends for you, or by the sheriff. The Oklahoma Bar's consumer guide to small claims explains both: okbar.org/freelegalinfo/smallclaims. If you want the sheriff to do it, you'll need to ask the County Sheriff's civil process office; they charge a fee."],
    [67, 'l', 'Does that help?'],
    [110, 'p', 'ok ty'],
    [116, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks, have a good day!'],
  ], usual({ referral: 'fail' })),

  // 25 no source at all
  s(KEN, '25 can the traffic judge lower my fine (AL): first offense asked, a general answer with no source, "i guess. ok thanks"', [
    [0, 'p', 'if i go to traffic court can the judge lower my fine'],
    [30, 'l', "Hi, I'm Ken, a librarian at Birmingham Public Library."],
    [36, 'l', 'Was it a speeding ticket, and is this your first one?'],
    [80, 'p', 'yes first one, 20 over'],
    [86, 'l', "Judges often can reduce a fine or let a first offense go to a defensive driving class, but I can't tell you what a particular judge will do, and paying the ticket ahead of time usually means giving up that chance."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'i guess. ok thanks'],
    [146, 'l', "You're welcome. Good luck, and bye for now!"],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 26 pickedUpAt 40, first line at 90; concurrency at touching ends; self-help center by street address
  s(LORENA, '26 courthouse self-help center for divorce forms (Phoenix): pickedUpAt 40 s, first line at 90, walk-in center at 101 W. Jefferson St. + URL, others touching ends', [
    [0, 'p', 'does the courthouse self help center need an appointment? phoenix. want help w/ a divorce form'],
    [90, 'l', "Hi there, Lorena with Phoenix Public Library's Ask a Librarian. Sorry for the short wait!"],
    [96, 'l', "Is it Maricopa County Superior Court you'll be filing with?"],
    [130, 'p', 'yes'],
    [136, 'l', "The Superior Court's Law Library Resource Center is the self-help center; it's walk-in, no appointment, at 101 W. Jefferson St., 1st floor, Phoenix, Mon-Fri 8-5. Their forms and hours are at superiorcourt.maricopa.gov/llrc. They can't give legal advice, but they'll show you which forms you need."],
    [142, 'l', 'Is that what you were after?'],
    [190, 'p', "yes, thank you. that's everything"],
    [196, 'l', 'Thanks for chatting, and good luck!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(40) }, {
    otherIntervals: [other('lo1', 'lorena', -500, 0), other('lo2', 'lorena', -100, 600), other('lo3', 'lorena', 20, 150), other('lo4', 'lorena', 201, 900)],
  }),

  // 27 Lost Call after three patron lines
  s(NADIA, '27 jury summons while at college out of state (Lost Call after 3 patron lines): states asked, mdcourts.gov jury questionnaire, "ok thx"', [
    [0, 'p', 'i got a jury summons but im away at college out of state. do i still have to go?'],
    [18, 'l', 'Hi, Nadia here at Ask Us, Howard County Library System.'],
    [24, 'l', 'Which state is your summons from, and which state is your college in?'],
    [50, 'p', 'maryland summons, college in ohio'],
    [56, 'l', "Maryland lets full-time students at school out of state ask to be postponed or excused. Fill out the juror questionnaire online at mdcourts.gov/juryservice with the juror number on your summons and choose the student option; they may ask for proof of enrollment."],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'ok thx'],
    [96, 'l', 'Thanks for chatting, good luck with the semester!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 other patrons waiting, a way back
  s(MARGOT, '28 permanent protection order hearing (Denver): self-help URL + Project Safeguard phone, "a few other patrons waiting … welcome to chat back in later"', [
    [0, 'p', 'i have a hearing for my protection order next week. what happens at it?'],
    [25, 'l', "Hello, I'm Margot, a librarian with Denver Public Library."],
    [31, 'l', 'Is it the hearing in Denver County Court where the judge decides whether to make your temporary order permanent?'],
    [80, 'p', 'yes the permanent one'],
    [86, 'l', "Colorado Judicial's self-help page on protection orders explains what happens at the permanent order hearing and what to bring (photos, texts, witnesses): coloradojudicial.gov/self-help/protection-orders. Project Safeguard has advocates who can go to the hearing with you at no cost: 303-555-0148, projectsafeguardco.org."],
    [92, 'l', 'Does that help you get ready?'],
    [150, 'p', 'yes. but also can he bring a lawyer, what if he doesnt show, can i bring my kids, can i get child support there, what if i get nervous'],
    [160, 'l', "Those are all really good questions. I have a few other patrons waiting right now, so I'd suggest asking Project Safeguard those when you call, since they go to these hearings every day. You're also very welcome to chat back in later and we'll keep going."],
    [190, 'p', 'ok'],
    [196, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 29 a question about something not yet given; "Ok, I'll end the chat now."
  s(DWIGHT, '29 answering a small claims case (Queens): "show up on the hearing date", nycourts.gov, "Would a guide on preparing … be useful too?", "Ok, I\'ll end the chat now."', [
    [0, 'p', 'where do i find the form to respond to a small claims case someone filed against me? in new york city'],
    [22, 'l', "Hi, Dwight at Queens Public Library's Ask a Librarian service."],
    [28, 'l', "Which borough's Small Claims Court is it in? It's on the notice you got."],
    [70, 'p', 'queens'],
    [76, 'l', "In NYC Small Claims you don't file a written answer; you just show up at the court on the hearing date on your notice. If you want to make a counterclaim, the form and fee are on the NY Courts' small claims page, nycourts.gov/courts/nyc/smallclaims. Would a guide on preparing for the hearing be useful too?"],
    [110, 'p', 'no im good'],
    [116, 'l', 'Anything else?'],
    [135, 'p', 'no'],
    [140, 'l', "Ok, I'll end the chat now."],
  ], usual({ complete: 'fail', courteous: 'fail', referral: 'pass' })),

  // 30 Spanish: a greeting that is a hold, a restatement, two ways to file
  s(CAMILA, '30 salarios no pagados (Houston, Spanish): greeting + "Un momento mientras leo", a restatement, TWC wage claim + Justice Court URLs, "no tengo mas preguntas"', [
    [0, 'p', 'buenas tardes, mi patron no me pago 3 semanas de trabajo, como lo demando? estoy en houston'],
    [20, 'l', '¡Buenas tardes! Le saluda Camila, bibliotecaria de la Biblioteca Pública de Houston. Un momento mientras leo su pregunta.'],
    [60, 'l', 'Entonces usted quiere demandar a su antiguo empleador por salarios no pagados, aquí en Texas.'],
    [90, 'p', 'si exacto, son como 2,400 dolares'],
    [96, 'l', 'Tiene dos caminos. Puede presentar un reclamo de salarios ante la Comisión de la Fuerza Laboral de Texas (TWC) dentro de 180 días, gratis: twc.texas.gov/jobseekers/wage-claim (hay versión en español). O puede demandar en la corte de reclamos menores (Justice Court) del condado de Harris, hasta $20,000; los formularios están en jp.hctx.net.'],
    [102, 'l', '¿Esto responde a su pregunta?'],
    [160, 'p', 'si muchas gracias. no tengo mas preguntas'],
    [166, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundCourts.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them", evidence message 5 "You can ask to postpone (they call it a deferral) online through the eJuror portal …"). Message 5 refers the patron to one party, "If you\'d rather talk to someone, the Jury Services office is at (415) 555-0187", reached by a phone; asking to postpone "online through the eJuror portal on the court\'s jury page, marin.courts.ca.gov/jury" is using a web page (a source, RUBRIC Terms, Referral), and the court is reached by that URL in the same sentence: every party comes with a way to reach them.',
  [byNo('26')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "The Superior Court\'s Law Library Resource Center is the self-help center; it\'s walk-in, no appointment, at 101 W. Jefferson St., 1st floor, Phoenix, Mon-Fri 8-5. … they\'ll show you which forms you need." sends the patron, who asked whether they need an appointment, to visit an office outside the chat for help with the forms (RUBRIC Terms, Referral), reached by a postal address and a URL.',
  [byNo('28')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 7 "… I\'d suggest asking Project Saf…"). The party of message 7, "asking Project Safeguard those when you call", is the one given in message 4 with "303-555-0148, projectsafeguardco.org": it comes with a phone and a URL in the chat (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them"); "when you call" refers to that number.',
  [byNo('29')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "you just show up at the court on the hearing date on your notice. If you want to make a counterclaim, the form and fee are on the NY Courts\' small claims page, nycourts.gov/courts/nyc/smallclaims" tells the patron to visit the court (RUBRIC Terms, Referral: "visit them"), reached by the court\'s URL. ON v53: S16 reads "you just show up at the court on the hearing date" as the referral, but the NY Courts\' page in the next sentence is not taken as the court\'s way to reach it ("court" is too common a word to tie the two), so the scorer gives fail: still not as labelled.',
};

describe('fifty-ninth round: courts and the law for ordinary people, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundCourts.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundCourts.filter((c) => c.name in LEFT_WHY));
});
