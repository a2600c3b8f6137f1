/**
 * Sixty-fourth round, theme SMALL CLAIMS COURT, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: filing limits (California for a shared fence, Maryland District Court, New York City
 * for a bumper, Kentucky, Oregon for a tenant with no heat), filing fees (Cook County against a mechanic), suing a landlord
 * (a Worcester deposit, a Detroit deposit) or a contractor (a Houston roof in Spanish, an Aurora deck, an unlicensed Georgia
 * kitchen remodel), serving papers (Spokane), mediation (Hennepin conciliation court, Dane County, Albuquerque Metro Court in
 * Spanish), collecting a judgment (an Ohio garnishment, Virginia debtor interrogatories), appeals (Raleigh), court forms and
 * self-help centers (Philadelphia Municipal Court, Indiana e-filing, a Florida LLC, Tennessee General Sessions, Travis County
 * justice courts, Tempe justice court), lawyers in the Virginia small claims division, New Jersey movers, and Spanish-language
 * help (SC-100 in Spanish for a mother in Los Angeles, a Lost Call from Miami). Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundSmallClaims-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning! Marisol here, reference librarian at …" (01); "Hi there, thanks for contacting Worcester Public
 *   Library's Ask a Librarian — I'm Elliot." (02); "¡Buenas tardes! Habla Rebeca, bibliotecaria de …" (03); a pickup at
 *   exactly 60 s (04: pass) and at 61 s (05: fail); "This is Pat at Multnomah County Library." with no greeting word (06:
 *   fail); "Welcome to Chicago Public Library's chat! I'm Oksana" (07); "What's up! Kwame here at …" (17); "Hey there,
 *   welcome to LFPL chat — Cassius here." (24); "Hola, bienvenido. Le atiende Octavio, bibliotecario de …" (29); no provider
 *   ever joined (30);
 *  inquiry: a restatement ending in "?" (02); questions about contracts and receipts, county, borough, business form, the
 *   appeal window, the judgment date, the kind of claim, the device the patron will file on; the first source given before
 *   "Are you planning to fill it in online or print it out?" (18: fail); no source ever, the question counts (21);
 *  waits: a hold answered exactly 120 s later (07: pass); 121 s with no hold and a "hello??" from the patron inside it (08:
 *   fail); a hold, "Still looking — I found the garnishment forms, checking the fees now." 115 s later, the answer 115 s after
 *   that (09: pass); 119 s across an internal question (10: pass); a transfer notice answered 64 s later (11), a silent
 *   transfer answered 90 s after the patron (12), a notice answered 68 s later (13), "Let me ask our law librarian" answered
 *   84 s later (21);
 *  endings: final idle 179 s with "Still with me?" and no goodbye (22: check-in pass, notice na, courteous fail); exactly 180 s
 *   to a notice that invites back, after "Are you still there?" (23: both pass); 119 s after the answer, patron left (24: na);
 *   205 s to "It seems you've left the chat, so I'll be closing out this session." with no check-in (25: idle fail, notice
 *   pass, courteous fail); a Lost Call whose idle runs 190 s from the greeting (29); "I need to log off now since my shift is
 *   over. Thanks for chatting." (26: dismissal, courteous passes); "hay varias personas esperando … vuelva a escribirnos más
 *   tarde" (27: allowed); "Hope the hearing goes well." as the last line (06: no goodbye); the patron's "gracias!", "wow ok"
 *   and "ok" as the last line (15, 26, 27); patron-side "thats everything i needed", "con eso es todo", "nothing else",
 *   "thats all for tonight", "all set" only after the provider asked, and "k thx", "ya ok", "yes very much" that do not count;
 *  sources: court self-help pages (selfhelp.courts.ca.gov, mdcourts.gov, nycourts.gov, mncourts.gov, nccourts.gov,
 *   coloradojudicial.gov, njcourts.gov, flcourts.gov, wicourts.gov, kycourts.gov, tncourts.gov, metro.nmcourts.gov,
 *   courts.phila.gov, vacourts.gov), legal aid sites (texaslawhelp.org/es, washingtonlawhelp.org, oregonlawhelp.org,
 *   ohiolegalhelp.org, michiganlegalhelp.org, indianalegalhelp.org), clerk and county pages, mass.gov, verify.sos.ga.gov;
 *   none at all (21: fail);
 *  referrals: the Attorney General's hotline by phone (02); "You'd file in Queens County Civil Court; the court's guide is at
 *   nycourts.gov/…" (08: pass); "ask the court for a wage garnishment … the court's forms are at …" (09: pass); "you'd file
 *   with that justice court; the precinct finder, with each court's address and hours, is at …" (10: pass); the Conciliation
 *   Court office by phone (11); "in Detroit you file at the 36th District Court" (17: no contact, fail); "stop by the Law
 *   Library on the 10th floor of City Hall" (18: fail); Consumer Affairs by phone and "complain to the Better Business Bureau"
 *   with nothing (19: fail); the library's own Law Resource Center by phone (20: pass); "Let me ask our law librarian" and
 *   "I'll pass that to our branch staff" (21, 15: staff consulted, no referral);
 *  follow-ups: FU_ME, e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end (14: pass); FU_LIB, e-mail read
 *   back, no time, done 80 h after (15: contact and on_time fail); a call-back promise under Answered, phone typed "703 555
 *   0172" and read back "703-555-0172", "by Thursday" (16: code fails, contact passes, pending); FU_ME, "I'll look into it and
 *   get back to you", no contact, not recorded at day 4 (17: code, contact and on_time fail);
 *  codes: Practice (28); Lost Call after two patron messages, the provider only greeting and checking in (29: fail); `null`
 *   with no provider (30: fail); no codes in the source (21: na);
 *  transfers: notice + internal note before the transfer (11: pass); internal note only (12: fail); notice, the note only after
 *   the transfer (13: fail);
 *  concurrency: one other ending exactly at the start and two overlapping (04: three at most, pass); three others at once
 *   (09: four, fail); the receiving provider's three others open while he handled it (12: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "What's up!" and "Welcome to …" greet; "LFPL chat" with "Cassius here" identifies; "This is Pat at Multnomah County
 *   Library." identifies but does not greet (06 fails);
 * - "Hope the hearing goes well." neither thanks, says goodbye nor invites back (06: courteous fails); "Bye for now!", "Have a
 *   good one, and thanks for chatting!", "Anytime! Thanks for chatting." do;
 * - "con eso es todo", "nothing else", "thats all for tonight", "that was everything" say explicitly that the patron is done;
 *   "k thx", "ya ok", "yes ty", "yes very much" do not; "¿Esto responde a su pregunta?", "¿Le sirve esta información?" and
 *   "¿Le sirve?" are the completeness question; "¿Sigue en línea?" asks whether the patron is still there; "Parece que
 *   perdimos la conexión, así que voy a cerrar el chat" tells the patron they seem disconnected and that the chat ends;
 * - telling the patron to file with a named court ("You'd file in Queens County Civil Court", "you'd file with that justice
 *   court", "in Detroit you file at the 36th District Court") or to ask it for something ("ask the court for a wage
 *   garnishment") is telling them to write to or visit that court: a referral; describing which court hears such cases ("los
 *   atienden las cortes de juez de paz", "Tennessee General Sessions Court hears civil cases up to $25,000", "the Corte
 *   Metropolitana ofrece mediación") or who may serve papers ("a sheriff, a professional process server, or any adult not in
 *   the case") is not;
 * - "the Law Library on the 10th floor of City Hall" is a place, not a postal address (18: fail);
 * - "Still looking — I found the garnishment forms, checking the fees now." is a hold (a partial result, the search goes on);
 * - a `followUps` entry exactly 72 h after `endedAt` is within 72 h (14: pass); "someone from the library will write to you
 *   about it" says no when (15);
 * - a Lost Call whose only provider lines are the greeting, a check-in and a notice has no substantive exchange, and its final
 *   idle starts at the greeting (the first provider line after the patron's last that is not a hold) (29).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (08 and 10 on referral.contact; 17 on approachability.greeting and
 * referral.contact). Label corrections: 0 (each disagreement reread against RUBRIC's Referral term, referral.contact and
 * approachability.greeting: the labels stand; no label was changed to agree with the scorer).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 08: "You'd file in Queens County Civil Court; the court's guide is at nycourts.gov/…" read as no
 *    referral (na; RUBRIC pass: the patron is told to file with, i.e. write to or visit, one named court, reached by URL);
 *  - referral.contact, case 10: "so you'd file with that justice court; the precinct finder, with each court's address and
 *    hours, is at justicecourts.maricopa.gov" read as no referral (na; RUBRIC pass, the court comes with a URL);
 *  - approachability.greeting and referral.contact, case 17: "What's up! Kwame here at Detroit Public Library" read as naming
 *    the answerer without greeting (fail; RUBRIC pass: "What's up!" greets), and "in Detroit you file at the 36th District
 *    Court" read as no referral (na; RUBRIC fail: a named court with no way to reach it).
 * Every timing check (pickup at exactly 60 s and at 61 s; keep_informed at exactly 120 s after a hold, 121 s with no hold and a
 * "hello??" inside, 115 s + 115 s across a hold and a partial-result hold, 119 s across an internal message, transfer notices
 * answered 64 and 68 s later, a silent transfer 90 s after the patron; final idles of 119, 179, 180, 190 and 205 s;
 * concurrency at three with a touching end, at four, and over the receiving provider's part; on_time done at exactly 72 h, at
 * 80 h, unrecorded past the deadline, pending) and every code (Practice, Lost Call after two patron messages, null with no
 * provider, no codes in the source, a promise under Answered, follow-up codes with and without a contact) scored as labelled
 * on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read
 * back, a phone typed "703 555 0172" and read back "703-555-0172", library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean
 * for this file (`npx tsc -p tsconfig.json --noEmit`).
 * ON v58 as it landed (labelled blind on block X's first cut; the later readings written partly from this file): case 17's "What's
 *   up! Kwame here …" greets (X30), its referral is still misread; "you'd file in / with <court>" (X29) was withdrawn (two older
 *   near misses read filing in court as no referral); 27 running, 3 LEFT (08, 10, 17).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-sc', name: 'Marisol', library: 'FCPL-CA' };
const ELLIOT: Prov = { id: 'elliot-sc', name: 'Elliot', library: 'WPL-MA' };
const REBECA: Prov = { id: 'rebeca-sc', name: 'Rebeca', library: 'HPL-TX' };
const DESMOND: Prov = { id: 'desmond-sc', name: 'Desmond', library: 'AUN' };
const NADIA: Prov = { id: 'nadia-sc', name: 'Nadia', library: 'SCLD' };
const PAT: Prov = { id: 'pat-sc', name: 'Pat', library: 'MCL' };
const OKSANA: Prov = { id: 'oksana-sc', name: 'Oksana', library: 'CPL-IL' };
const GRANT: Prov = { id: 'grant-sc', name: 'Grant', library: 'NYPL' };
const FELIX: Prov = { id: 'felix-sc', name: 'Felix', library: 'CML' };
const WINONA: Prov = { id: 'winona-sc', name: 'Winona', library: 'SPL-AZ' };
const ASTRID: Prov = { id: 'astrid-sc', name: 'Astrid', library: 'HCL-MN' };
const HAL: Prov = { id: 'hal-sc', name: 'Hal', library: 'HCL-MN' };
const BRENDA: Prov = { id: 'brenda-sc', name: 'Brenda', library: 'WCPL' };
const JOAQUIN: Prov = { id: 'joaquin-sc', name: 'Joaquin', library: 'WCPL' };
const CORA: Prov = { id: 'cora-sc', name: 'Cora', library: 'ARAP' };
const IVAN: Prov = { id: 'ivan-sc', name: 'Ivan', library: 'ARAP' };
const TOBIAS: Prov = { id: 'tobias-sc', name: 'Tobias', library: 'DCPL-GA' };
const LUZ: Prov = { id: 'luz-sc', name: 'Luz', library: 'LACL' };
const RUTH: Prov = { id: 'ruth-sc', name: 'Ruth', library: 'FCPL-VA' };
const KWAME: Prov = { id: 'kwame-sc', name: 'Kwame', library: 'DPL-MI' };
const SUNITA: Prov = { id: 'sunita-sc', name: 'Sunita', library: 'FLP' };
const GIDEON: Prov = { id: 'gideon-sc', name: 'Gideon', library: 'NPL-NJ' };
const YOLANDA: Prov = { id: 'yolanda-sc', name: 'Yolanda', library: 'BCL-FL' };
const MEI: Prov = { id: 'mei-sc', name: 'Mei', library: 'HCPL-VA' };
const ABEL: Prov = { id: 'abel-sc', name: 'Abel', library: 'IndyPL' };
const BRYONY: Prov = { id: 'bryony-sc', name: 'Bryony', library: 'MPL-WI' };
const CASSIUS: Prov = { id: 'cassius-sc', name: 'Cassius', library: 'LFPL' };
const DELPHINE: Prov = { id: 'delphine-sc', name: 'Delphine', library: 'NPL-TN' };
const HOLLIS: Prov = { id: 'hollis-sc', name: 'Hollis', library: 'APL-TX' };
const ESPERANZA: Prov = { id: 'esperanza-sc', name: 'Esperanza', library: 'ABCL' };
const TRAINEE: Prov = { id: 'trainee-sc', name: 'Trainee 7', library: 'TRN' };
const OCTAVIO: Prov = { id: 'octavio-sc', name: 'Octavio', library: 'MDPLS' };
const NOBODY: Prov = { id: 'queue-sc', name: 'Queue', library: 'VRQ' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waiting = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat and someone will be with you shortly.'];

export const sixtyFourthRoundSmallClaims: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 California limit for a shared fence: "Good morning! Marisol here, reference librarian", selfhelp.courts.ca.gov, "thats everything i needed"', [
    [0, 'p', 'hi how much can u sue for in small claims in california? my neighbor owes me like 9k for a fence we split'],
    [19, 'l', 'Good morning! Marisol here, reference librarian at Fresno County Public Library.'],
    [25, 'l', 'Are you suing as yourself, or on behalf of a business? The limit is different.'],
    [58, 'p', 'just me'],
    [66, 'l', 'Then you can sue for up to $12,500 as an individual (businesses are capped at $6,250). The California Courts Self-Help Guide walks through every form: selfhelp.courts.ca.gov/small-claims. Did that get at what you needed?'],
    [104, 'p', 'yes!! perfect, thats everything i needed'],
    [110, 'l', 'Wonderful. Good luck with the fence money, and thanks for chatting!'],
  ], usual()),

  // 02 a restatement; the AG hotline by phone
  s(ELLIOT, '02 a Worcester landlord kept the whole deposit: restatement "So you moved out …?", mass.gov, the AG consumer hotline by phone, "Anything else I can dig up"', [
    [0, 'p', 'my old landlord in worcester kept my whole deposit ($1800) and its been 2 months. can i take him to small claims or is that a different court'],
    [24, 'l', "Hi there, thanks for contacting Worcester Public Library's Ask a Librarian — I'm Elliot."],
    [31, 'l', "So you moved out about two months ago and the landlord hasn't returned any of the deposit or sent an itemized list of damages?"],
    [70, 'p', 'yep nothing, not even a text'],
    [78, 'l', "Small claims works for that: Massachusetts small claims covers up to $7,000, and under the security deposit law (G.L. c. 186, §15B) a landlord who doesn't return it within 30 days can owe up to three times the deposit. The filing steps are at mass.gov/how-to/file-a-small-claims-case. You can also call the Attorney General's consumer hotline at 617-555-0182 before filing."],
    [84, 'l', 'Does that cover what you needed?'],
    [121, 'p', 'yes that helps a ton'],
    [127, 'l', 'Anything else I can dig up for you?'],
    [150, 'p', 'nope thats it'],
    [155, 'l', 'Bye for now, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish
  s(REBECA, '03 demandar a un contratista de techos en Houston (Spanish): "Habla Rebeca, bibliotecaria", texaslawhelp.org/es, "con eso es todo"', [
    [0, 'p', 'hola buenas, un contratista me cobro 4 mil dolares para arreglar el techo y nunca vino. puedo demandarlo en la corte de reclamos menores? vivo en houston'],
    [27, 'l', '¡Buenas tardes! Habla Rebeca, bibliotecaria de Houston Public Library. Con mucho gusto le ayudo.'],
    [33, 'l', '¿Tiene algún contrato o recibo por escrito del pago que le hizo?'],
    [75, 'p', 'si tengo el recibo y los mensajes de whatsapp'],
    [83, 'l', 'Muy bien. En Texas los casos de reclamos menores ("small claims") los atienden las cortes de juez de paz (Justice Courts), por montos de hasta $20,000. Los formularios en español están en texaslawhelp.org/es (busque "demanda de reclamos menores"). Guarde el recibo y capturas de los mensajes.'],
    [89, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si muchas gracias, con eso es todo'],
    [136, 'l', '¡Que le vaya muy bien! Gracias por comunicarse con nosotros.'],
  ], usual()),

  // 04 pickup exactly 60 s; three open at most (one other ends exactly at the start)
  s(DESMOND, '04 Maryland District Court limit: pickup at exactly 60 s, "Hi, sorry for the wait — Desmond with AskUsNow!", mdcourts.gov, three chats at most', [
    [0, 'p', 'whats the max for small claims in maryland district court'],
    [60, 'l', 'Hi, sorry for the wait — Desmond with AskUsNow! here.'],
    [66, 'l', "Which county would you be filing in? I can point you to the right forms too."],
    [100, 'p', 'anne arundel'],
    [108, 'l', "Small claims in the District Court of Maryland covers up to $5,000, and the filing fee starts at $34 plus service. The court's Self-Help Center guide is at mdcourts.gov/district/selfhelp (Small Claims), and the form you need is DC-CV-001."],
    [113, 'l', 'Is that what you needed?'],
    [150, 'p', 'yeah'],
    [155, 'l', 'Anything else today?'],
    [170, 'p', 'no'],
    [174, 'l', 'Thanks for chatting with AskUsNow, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('d1', 'desmond-sc', -300, 0), other('d2', 'desmond-sc', 10, 150), other('d3', 'desmond-sc', 20, 200)],
  }),

  // 05 pickup 61 s
  s(NADIA, '05 serving papers in Washington: pickup at 61 s, hearing-date question, washingtonlawhelp.org, "thats all i needed"', [
    [0, 'p', 'how do i serve papers to someone for small claims in washington state, can i just mail it'],
    [61, 'l', 'Hello! Nadia, a librarian at Spokane County Library District, picking up your chat.'],
    [67, 'l', 'Has the court already given you a hearing date on the Notice of Small Claim?'],
    [101, 'p', 'yes its march 30'],
    [108, 'l', "In Washington you can't hand it over yourself: a sheriff, a professional process server, or any adult not in the case can serve it, or you can use certified mail with a return receipt. It has to be served at least 10 days before the hearing. The step-by-step packet is at washingtonlawhelp.org (search \"small claims\")."],
    [114, 'l', 'Was that helpful?'],
    [150, 'p', 'yes ty, thats all i needed'],
    [155, 'l', 'Thank you for using the chat, bye!'],
  ], usual({ pickup: 'fail' })),

  // 06 identifies without greeting; "k thx"; "Hope the hearing goes well." last
  s(PAT, '06 an Oregon tenant with no heat: "This is Pat at Multnomah County Library." (no greeting), oregonlawhelp.org, "k thx", "Hope the hearing goes well."', [
    [0, 'p', 'can i sue my landlord in small claims in oregon for not fixing the heat, we had no heat for 3 weeks'],
    [17, 'l', 'This is Pat at Multnomah County Library.'],
    [22, 'l', 'Are you still living there, and did you give the landlord written notice about the heat?'],
    [60, 'p', 'ya still there, i emailed them twice'],
    [68, 'l', "You can: Oregon small claims takes claims up to $10,000, and tenants can claim a rent reduction for the weeks without heat. Oregon Law Help's tenant guide explains it at oregonlawhelp.org (Housing > Repairs). Did that help?"],
    [100, 'p', 'k thx'],
    [106, 'l', 'Hope the hearing goes well.'],
  ], usual({ greeting: 'fail', anything: 'fail', courteous: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(OKSANA, '07 Cook County filing fee against a mechanic: "Hang on while I pull up the clerk\'s current fee schedule." answered exactly 120 s later', [
    [0, 'p', 'what does it cost to file small claims in cook county? suing a mechanic for $2,400'],
    [21, 'l', "Welcome to Chicago Public Library's chat! I'm Oksana, one of the librarians."],
    [27, 'l', 'Will you be filing online through e-filing, or on paper at the Daley Center?'],
    [55, 'p', 'online i guess'],
    [62, 'l', "Hang on while I pull up the clerk's current fee schedule."],
    [182, 'l', "Thanks for hanging in there. For a claim between $1,500 and $10,000 the Cook County filing fee is about $229, plus the sheriff's fee to serve the mechanic. The fee table is on the Clerk of the Circuit Court's site, cookcountyclerkofcourt.org (Fees > Civil). Does this answer your question?"],
    [220, 'p', 'yes thank you, thats everything'],
    [226, 'l', 'Good luck with the mechanic, and thanks for writing in!'],
  ], usual()),

  // 08 121 s with no hold, "hello??" inside it; filing in Queens by URL
  s(GRANT, '08 a rear-ended bumper in Queens: the answer 121 s after the patron (no hold, "hello??" inside), "You\'d file in Queens County Civil Court" + nycourts.gov', [
    [0, 'p', 'does small claims in nyc have a limit? the guy who rear ended me wont pay for the bumper'],
    [16, 'l', "Hi, you're chatting with Grant from the New York Public Library."],
    [22, 'l', 'Which borough do you live in, and roughly how much is the repair?'],
    [60, 'p', 'queens, around 3200'],
    [150, 'p', 'hello??'],
    [181, 'l', "Sorry for the delay! NYC Civil Court's Small Claims Part hears claims up to $10,000, so $3,200 is fine. You'd file in Queens County Civil Court; the court's guide is at nycourts.gov/courts/nyc/smallclaims. Does that cover it?"],
    [215, 'p', 'yep thats all i need thx'],
    [220, 'l', 'Thanks for chatting — take care!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 09 holds of 115 s and 115 s; "ask the court" with the court's URL; four chats at once
  s(FELIX, '09 collecting an Ohio judgment: "Let me check …", "Still looking — I found the garnishment forms …" 115 s later, answer 115 s after, four chats at once', [
    [0, 'p', 'i won in small claims in january but the guy still hasnt paid me. what now? columbus ohio'],
    [20, 'l', 'Hello and thanks for reaching out to Columbus Metropolitan Library. Felix here.'],
    [26, 'l', 'Do you know where he works or banks? That decides which collection tool fits.'],
    [62, 'p', 'he works at a warehouse i think, not sure the name'],
    [70, 'l', 'Let me check the Franklin County Municipal Court collection options for you.'],
    [185, 'l', 'Still looking — I found the garnishment forms, checking the fees now.'],
    [300, 'l', "OK! In Ohio you can ask the court for a wage garnishment once you know the employer, or for a debtor's examination that makes him tell you where he works and banks. Ohio Legal Help walks through both at ohiolegalhelp.org (search \"collect a judgment\"), and the court's forms are at municipalcourt.franklincountyohio.gov (Forms). Was that what you were looking for?"],
    [345, 'p', 'yes this is great. that was everything'],
    [350, 'l', 'Glad to help — bye now!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('f1', 'felix-sc', -50, 500), other('f2', 'felix-sc', 100, 400), other('f3', 'felix-sc', 200, 600)],
  }),

  // 10 119 s across an internal question
  s(WINONA, '10 a roommate\'s share of the electric bill in Tempe (emoji): 119 s from the patron to the answer across an internal question, the justice court by URL', [
    [0, 'p', 'suing my roommate for her share of the electric bill ~$640, arizona. where do i file??'],
    [14, 'l', 'Hey! Thanks for writing to Ask a Librarian — Winona at Scottsdale Public Library.'],
    [20, 'l', 'Which city or town does your roommate live in now?'],
    [80, 'p', 'tempe'],
    [140, 'i', 'quick q: which justice court covers Tempe, anyone know offhand?'],
    [199, 'l', "Tempe addresses fall under the Tempe Justice Court (a few south Tempe streets go to University Lakes). Arizona small claims covers up to $3,500, so you'd file with that justice court; the precinct finder, with each court's address and hours, is at justicecourts.maricopa.gov. Did that answer it?"],
    [240, 'p', 'yes omg thank u 🙏 thats all'],
    [246, 'l', 'Anytime! Thanks for chatting.'],
  ], usual({ referral: 'pass' })),

  // 11 a transfer with a notice and a note that says why; the Conciliation Court office by phone
  s(ASTRID, '11 day-of mediation in Hennepin conciliation court: transfer notice + internal note why, Hal 64 s after the notice, the court office by phone', [
    [0, 'p', 'i have a conciliation court hearing next week, someone said theres mediation first? how does that work'],
    [18, 'l', 'Hi! Astrid here, a librarian with Hennepin County Library.'],
    [24, 'l', 'Is your hearing in Hennepin County, and are you the one suing or being sued?'],
    [60, 'p', 'hennepin, im being sued by a flooring company'],
    [67, 'l', "Our law librarian, Hal, knows conciliation court inside out. I'm transferring you to him now — it'll just be a moment."],
    [70, 'i', 'Hal, pt being sued in Hennepin conciliation court, asking about day-of mediation. Can you take it?'],
    xfer(73, 'Hal', 'hal-sc'),
    [131, 'l', "Hello, Hal from the Hennepin County Law Library here. Hennepin's conciliation court offers free mediation on the hearing day before the judge calls your case, and you can say yes or no to it. To ask about it ahead of time, call the Conciliation Court office at 612-555-0141. The Minnesota Judicial Branch's self-help page is mncourts.gov/conciliation. Does that help?", as(HAL)],
    [175, 'p', 'yes it does. thats all i needed thank you'],
    [181, 'l', 'You are welcome — good luck next week, bye!', as(HAL)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 12 a silent transfer; the receiving provider has four open at once
  s(BRENDA, '12 appealing a Raleigh magistrate\'s judgment: internal note only, silent transfer, Joaquin 90 s after the patron with three other chats open (four)', [
    [0, 'p', 'lost my small claims case in raleigh yesterday, magistrate was wrong. can i appeal??'],
    [22, 'l', 'Good afternoon, this is Brenda at Wake County Public Libraries.'],
    [28, 'l', 'When exactly was the judgment entered — yesterday, the 1st?'],
    [60, 'p', 'yes yesterday'],
    [63, 'i', 'Joaquin, NC small claims appeal, pt has the 10-day deadline — you did the legal guide, can you take this one?'],
    xfer(66, 'Joaquin', 'joaquin-sc'),
    [150, 'l', "Hi, Joaquin here, also at Wake County Public Libraries. In North Carolina a magistrate's small claims judgment can be appealed to district court for a new trial; you have 10 days from the judgment to file a notice of appeal and pay the costs. The form (AOC-CVM-303) is at nccourts.gov/documents/forms. Is that the info you needed?", as(JOAQUIN)],
    [190, 'p', 'yes thanks, that was all'],
    [195, 'l', 'Thanks for chatting, good luck!', as(JOAQUIN)],
  ], usual({ transfer: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'joaquin-sc', 80, 400), other('j2', 'joaquin-sc', 90, 400), other('j3', 'joaquin-sc', 100, 400)],
  }),

  // 13 a transfer notice, the internal note only after the transfer
  s(CORA, '13 a bad deck in Aurora: "I\'ll hand you over to my colleague Ivan … one sec", the internal note after the transfer, coloradojudicial.gov, "nothing else"', [
    [0, 'p', 'hey, contractor in aurora did a crap job on my deck, want my $5k back. colorado small claims?'],
    [20, 'l', 'Hi there! Cora with Arapahoe Libraries here.'],
    [26, 'l', 'Did you sign a written contract with him, and do you know if he is licensed with the city?'],
    [66, 'p', 'written yes, no idea about license'],
    [72, 'l', "I'll hand you over to my colleague Ivan, our legal resources specialist — one sec."],
    xfer(75, 'Ivan', 'ivan-sc'),
    [78, 'i', 'Ivan, CO small claims vs deck contractor, ~$5k, written contract.'],
    [140, 'l', "Hello, Ivan here, reference librarian at Arapahoe Libraries. Colorado county court small claims takes claims up to $7,500, so $5,000 fits. The Colorado Judicial Branch's self-help page has form JDF 250 and instructions: coloradojudicial.gov/self-help/small-claims. Does that answer your question?", as(IVAN)],
    [185, 'p', 'yes great, nothing else'],
    [190, 'l', 'Have a good one, and thanks for chatting!', as(IVAN)],
  ], usual({ transfer: 'fail' })),

  // 14 follow-up by me: e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end
  s(TOBIAS, '14 an unlicensed kitchen contractor in Georgia magistrate court (follow-up by me): e-mail read back, "by tomorrow afternoon", done at exactly 72 h', [
    [0, 'p', 'I want to sue a contractor in magistrate court in Georgia but I think he was not licensed. Does that change anything and how do I check?'],
    [23, 'l', "Good evening! I'm Tobias, a librarian at DeKalb County Public Library."],
    [29, 'l', 'What kind of work was it — general remodeling, electrical, plumbing?'],
    [70, 'p', 'kitchen remodel, about $9,000 in work'],
    [77, 'l', "Georgia magistrate court hears claims up to $15,000, so you're within the limit; the Georgia Magistrate Courts' self-help page is georgiamagistratecouncil.com (Self-Help). Residential contractors' licenses can be looked up at verify.sos.ga.gov. Whether an unlicensed contractor can enforce the contract is more involved — I'd like to pull a couple of articles on it and e-mail them to you. What's the best address?"],
    [125, 'p', 'dmorales.atl@example.net'],
    [131, 'l', "Got it: dmorales.atl@example.net. You'll have them by tomorrow afternoon."],
    [137, 'l', 'Does the license lookup do what you need for now?'],
    [170, 'p', 'yes, thats all for tonight. thanks so much'],
    [176, 'l', 'Thank you, have a good night!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, endedAt: at(181), followUps: [{ doneAt: at(181 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 15 partly Spanish; follow-up by the patron's library: e-mail read back, no time, done 80 h after
  s(LUZ, '15 SC-100 en español para una tintorería en Los Ángeles (partly Spanish, follow-up by patron\'s library): e-mail read back, no time given, done at 80 h, patron "gracias!" last', [
    [0, 'p', 'hi, my mom only speaks spanish and she wants to sue the dry cleaner who ruined her dress. hay formularios en español para small claims en los angeles?'],
    [25, 'l', '¡Hola! Thanks for writing. Soy Luz, bibliotecaria de LA County Library, y puedo ayudarle en los dos idiomas.'],
    [31, 'l', '¿Su mamá vive en el condado de Los Ángeles, y cuánto le reclama a la tintorería?'],
    [70, 'p', 'si en el condado, como 350 dolares'],
    [77, 'l', 'Las cortes de California tienen el formulario SC-100 y guías en español en selfhelp.courts.ca.gov/es (Reclamos menores).'],
    [83, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si gracias. does she need to bring an interpreter?'],
    [127, 'l', "Buena pregunta. I'll pass that to our branch staff in East LA, and someone from the library will write to you about it. ¿Me confirma su correo?"],
    [160, 'p', 'its carmen.v.diaz@example.com'],
    [166, 'l', 'Gracias — carmen.v.diaz@example.com. ¡Que tenga buen día!'],
    [175, 'p', 'gracias!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(180 + 80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a call-back promise under Answered: phone typed and read back, "by Thursday"
  s(RUTH, '16 finding a debtor\'s assets after a Fairfax GDC judgment: vacourts.gov, "I\'ll call you by Thursday", phone typed and read back, coded Answered', [
    [0, 'p', 'got a small claims judgment in fairfax GDC, how do i find out what assets the person has?'],
    [19, 'l', 'Hello! Ruth, librarian with Fairfax County Public Library, at your service.'],
    [25, 'l', 'Is the judgment final — has the 10-day appeal window passed?'],
    [60, 'p', 'yes it was in december'],
    [67, 'l', "Then the next step is a summons to answer debtor interrogatories (form DC-450): the debtor has to come to court and answer questions about income and property under oath. The form is on Virginia's Judicial System site, vacourts.gov (Forms > District Court > Civil)."],
    [73, 'l', "There's also a chapter on collecting judgments in a Virginia CLE book I'd like to check for you; I'll call you by Thursday with what I find. What number should I use?"],
    [115, 'p', '703 555 0172 after 5pm pls'],
    [121, 'l', 'Thanks! 703-555-0172 after 5 — I will call by Thursday. Did the form info help in the meantime?'],
    [150, 'p', 'yes very much'],
    [156, 'l', 'Great. Anything else?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Bye for now!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 17 follow-up by me, no contact, no time, unrecorded at day 4; "you file at the 36th District Court" with no contact
  s(KWAME, '17 a Detroit deposit (chat-speak, follow-up by me): "What\'s up! Kwame here", "you file at the 36th District Court" (no contact), "I\'ll look into it and get back to you", no contact, day 4', [
    [0, 'p', 'yo how do i file small claims in detroit, landlord kept my deposit 1100'],
    [15, 'l', "What's up! Kwame here at Detroit Public Library, glad you reached out."],
    [21, 'l', 'Did you give the landlord your forwarding address in writing within 4 days of moving out?'],
    [60, 'p', 'i texted it to him'],
    [66, 'l', "Michigan small claims goes up to $7,000, and in Detroit you file at the 36th District Court. Michigan Legal Help has a security deposit toolkit that builds the forms for you: michiganlegalhelp.org (Housing > Security Deposits). Whether a text counts as 'in writing' I'm not sure — I'll look into it and get back to you."],
    [72, 'l', 'Does the toolkit look like what you need?'],
    [110, 'p', 'ya ok'],
    [116, 'l', 'Cool, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail', referral: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 the source before the question; the law library on the 10th floor of City Hall
  s(SUNITA, '18 Philadelphia Municipal Court forms for unpaid babysitting: courts.phila.gov given first, then "Are you planning to fill it in online or print it out?", "the Law Library on the 10th floor of City Hall"', [
    [0, 'p', 'Where do I get the forms to sue someone in Philadelphia Municipal Court? Its for $3,000 in unpaid babysitting.'],
    [28, 'l', "Hi, and welcome to the Free Library of Philadelphia's Ask a Librarian. This is Sunita."],
    [34, 'l', 'The Statement of Claim form is posted at courts.phila.gov/forms (Municipal Court > Civil); Municipal Court handles small claims up to $12,000.'],
    [40, 'l', 'Are you planning to fill it in online or print it out?'],
    [75, 'p', 'print probably, but im not sure how to fill in the part about the defendant'],
    [82, 'l', 'For help filling it in, stop by the Law Library on the 10th floor of City Hall — the librarians there walk people through court forms all the time. Does that answer your question?'],
    [118, 'p', 'yes! thank you. thats all'],
    [124, 'l', 'Thanks for writing, goodbye!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 19 two parties, one with a phone, one without
  s(GIDEON, '19 movers broke a TV in New Jersey: njcourts.gov, Consumer Affairs by phone, "complain to the Better Business Bureau" with nothing', [
    [0, 'p', 'movers broke my tv and dresser and wont pay. can i do small claims in nj? im in newark'],
    [20, 'l', "Hello, Gideon at Newark Public Library's chat here. Sorry about your stuff!"],
    [26, 'l', 'Was it a move inside New Jersey, or from another state?'],
    [55, 'p', 'inside nj, from jersey city to newark'],
    [62, 'l', "NJ small claims (in the Special Civil Part) takes cases up to $5,000; the Judiciary's guide and forms are at njcourts.gov/self-help/small-claims. Before you file, call the Division of Consumer Affairs, which licenses in-state movers, at 973-555-0136, and also complain to the Better Business Bureau."],
    [68, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yep. thats all i needed, thanks!'],
    [105, 'l', 'Thanks for chatting, best of luck!'],
  ], usual({ referral: 'fail' })),

  // 20 the library's own Law Resource Center by phone
  s(YOLANDA, '20 a cleaning LLC suing a client in Florida: flcourts.gov, "visit our Law Resource Center … call 954-555-0110", "Anything more", "no, all set"', [
    [0, 'p', 'i run a cleaning business and a client owes me $2,700 for 3 months. can my business sue in small claims in florida or does it have to be me'],
    [19, 'l', 'Hi! Yolanda with Broward County Library here.'],
    [25, 'l', 'Is the business an LLC or corporation, or a sole proprietorship under your name?'],
    [64, 'p', 'LLC'],
    [71, 'l', 'An LLC can sue in Florida small claims (up to $8,000), and an officer or employee can appear for it. The Florida Courts self-help page explains the Statement of Claim: flcourts.gov (Resources & Services > Self-Help > Small Claims). For a walk-through, visit our Law Resource Center at the Main Library — call 954-555-0110 to book a time.'],
    [77, 'l', 'Did that help?'],
    [110, 'p', 'yes thanks'],
    [116, 'l', 'Anything more I can look up for you?'],
    [140, 'p', 'no, all set'],
    [146, 'l', 'Thanks for chatting with Broward County Library!'],
  ], usual({ referral: 'pass' })),

  // 21 "Let me ask our law librarian" (consulted, no referral), no source ever, no codes in the source
  s(MEI, '21 lawyers in the Virginia small claims division (no codes in the source): "Let me ask our law librarian", answered 84 s later from her, no source', [
    [0, 'p', 'can i bring my lawyer to small claims court in virginia? the other side has one'],
    [17, 'l', 'Hi there, Mei from Henrico County Public Library here.'],
    [23, 'l', 'Is your case in the small claims division of general district court, or the regular civil docket?'],
    [60, 'p', 'small claims division i think, its for 2500'],
    [66, 'l', 'Let me ask our law librarian to be sure — one moment.'],
    [70, 'i', 'Dana, VA small claims division: attorneys barred from appearing, right? 16.1-122.4'],
    [150, 'l', "Confirmed: in the small claims division of a Virginia general district court, lawyers can't represent either side, so neither of you would have one in the room. If the other side's lawyer insists, the case can be moved to the regular civil docket, where lawyers are allowed. Does that answer your question?"],
    [190, 'p', 'oh ok good to know, thats all'],
    [196, 'l', 'Thanks for asking — take care!'],
  ], usual({ source: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // 22 final idle 179 s with a check-in, no goodbye
  s(ABEL, '22 e-filing small claims in Marion County from a phone: answer at 55, "Still with me?" at 135, endedAt 234 (179 s), no goodbye', [
    [0, 'p', 'can i file small claims online in indianapolis, marion county'],
    [16, 'l', 'Hi, Abel at Indianapolis Public Library, thanks for your question!'],
    [22, 'l', 'Do you have a computer and a scanner, or will you be on a phone?'],
    [48, 'p', 'phone mostly'],
    [55, 'l', "Marion County small claims courts take filings through Indiana's e-filing system, and there's a free public filer option that works on a phone. The Indiana Legal Help site has the how-to: indianalegalhelp.org (search \"small claims\"). Does this help?"],
    [135, 'l', 'Still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endedAt: at(234) }),

  // 23 exactly 180 s to a notice that invites back, after a check-in
  s(BRYONY, '23 Dane County small claims mediation against a used-car seller: answer at 60, "Are you still there?" at 160, notice that invites back at 240 (180 s)', [
    [0, 'p', 'my small claims return date is coming up, does dane county make you do mediation first?'],
    [18, 'l', 'Good morning! Bryony, a librarian at Madison Public Library.'],
    [24, 'l', 'Is it an eviction or a money claim?'],
    [54, 'p', 'money, a used car seller'],
    [60, 'l', "For money claims in Dane County, contested cases are often sent to free mediation through the county's small claims mediation program before a trial is set. The Wisconsin court system's small claims guide explains the steps: wicourts.gov/services/public/selfhelp/smallclaims.htm. Is that helpful?"],
    [160, 'l', 'Are you still there?'],
    [240, 'l', "It looks like we've been disconnected, so I'm closing this chat now. Come back any time if you have more questions!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 24 final idle 119 s, patron left, no goodbye
  s(CASSIUS, '24 the Kentucky limit: "Hey there, welcome to LFPL chat — Cassius here.", kycourts.gov at 52, patron left, endedAt 171 (119 s), no goodbye', [
    [0, 'p', 'whats the limit for small claims in kentucky'],
    [14, 'l', 'Hey there, welcome to LFPL chat — Cassius here.'],
    [20, 'l', 'Is this for Jefferson County, or somewhere else in KY?'],
    [45, 'p', 'jefferson'],
    [52, 'l', "Kentucky's small claims divisions of district court take claims up to $2,500. The Kentucky Court of Justice's small claims handbook is at kycourts.gov (search \"small claims handbook\"). Does that answer it?"],
    left(160),
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(171) }),

  // 25 a notice with no check-in, 205 s
  s(DELPHINE, '25 suing an ex for a $1,500 loan in Tennessee: tncourts.gov at 72, "It seems you\'ve left the chat, so I\'ll be closing out this session." at 272, endedAt 277 (205 s)', [
    [0, 'p', 'i need to sue my ex for the $1,500 she borrowed, tennessee, do i need a lawyer'],
    [21, 'l', 'Hello! Delphine, librarian at Nashville Public Library.'],
    [27, 'l', 'Do you have anything in writing — texts or a note — about the loan?'],
    [65, 'p', 'texts yes'],
    [72, 'l', "You don't need a lawyer: Tennessee General Sessions Court hears civil cases up to $25,000 and most people there represent themselves. The Tennessee court system's Self-Help Center has the civil warrant forms: tncourts.gov (Programs > Self-Help Center). Bring printed copies of the texts. Did that help?"],
    [272, 'l', "It seems you've left the chat, so I'll be closing out this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endedAt: at(277) }),

  // 26 the shift is over: a dismissal with no way back
  s(HOLLIS, '26 Travis County justice courts, then default judgments, witnesses and collecting: "I need to log off now since my shift is over. Thanks for chatting.", patron "wow ok" last', [
    [0, 'p', 'how long does a small claims case take in austin? and can i get my filing fee back if i win? and what if they dont show up?'],
    [22, 'l', 'Hi, Hollis with Austin Public Library.'],
    [28, 'l', 'Which precinct are you filing in, do you know?'],
    [60, 'p', 'no idea, im in south austin'],
    [67, 'l', "Travis County has five justice court precincts, and the court finder is at traviscountytx.gov/justices-of-peace. Cases usually get a hearing within a couple of months; if you win, the judge can order the other side to repay your filing fee; if they don't show up you can get a default judgment. Does that answer your questions?"],
    [105, 'p', 'kind of, but what forms do i need for the default one and do i need to bring witnesses and how do i collect after'],
    [111, 'l', 'I need to log off now since my shift is over. Thanks for chatting.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 27 Spanish; other patrons waiting, invited back
  s(ESPERANZA, '27 mediación gratuita en la Corte Metropolitana de Albuquerque (Spanish): metro.nmcourts.gov, "hay varias personas esperando … vuelva a escribirnos más tarde", patron "ok" last', [
    [0, 'p', 'buenas noches, tengo una audiencia de reclamos menores en albuquerque y me dijeron que puedo ir a mediacion. es gratis?'],
    [24, 'l', 'Buenas noches, le saluda Esperanza, bibliotecaria de Albuquerque Bernalillo County Library. ¿En qué le puedo servir?'],
    [30, 'l', '¿Su caso está en la Corte Metropolitana de Bernalillo?'],
    [66, 'p', 'si en la metro court'],
    [73, 'l', 'Sí, la Corte Metropolitana ofrece mediación gratuita para casos civiles y de reclamos menores. La información en español está en metro.nmcourts.gov (Programas > Mediación). ¿Le sirve?'],
    [110, 'p', 'si. y tambien como cobro si gano, y si el otro apela, y cuanto cuesta un abogado, y...'],
    [117, 'l', 'Son muy buenas preguntas, pero en este momento hay varias personas esperando en el chat. Por favor vuelva a escribirnos más tarde o mañana y con gusto seguimos. ¡Gracias por su paciencia!'],
    [130, 'p', 'ok'],
  ], usual({ anything: 'fail' })),

  // 28 Practice
  s(TRAINEE, '28 practice chat (small claims macro test): coded Practice, every check na', [
    [0, 'p', 'test chat — small claims canned response'],
    [4, 'l', 'Testing the small claims macro: selfhelp.courts.ca.gov/small-claims'],
    [9, 'p', 'ok looks good'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 29 Spanish; Lost Call after two patron messages; greeting, check-in, notice that invites back (190 s)
  s(OCTAVIO, '29 cómo demandar en Miami (Spanish, Lost Call after two patron messages): greeting at 50, "¿Sigue en línea?" at 175, notice that invites back at 240 (190 s)', [
    [0, 'p', 'hola como demando a alguien en reclamos menores en miami'],
    [25, 'p', '??'],
    [50, 'l', 'Hola, bienvenido. Le atiende Octavio, bibliotecario de Miami-Dade Public Library System.'],
    [175, 'l', '¿Sigue en línea?'],
    [240, 'l', 'Parece que perdimos la conexión, así que voy a cerrar el chat. ¡Escríbanos de nuevo cuando guste!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 no provider ever joined, code null
  s(NOBODY, '30 forms for a hearing tomorrow (emoji): no provider ever joined, "please", patron left, code null', [
    [0, 'p', 'is anyone there i need help with small claims forms for tomorrow 😭'],
    waiting(2),
    [95, 'p', 'please'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundSmallClaims.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('08')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "You\'d file in Queens County Civil Court; the court\'s guide is at nycourts.gov/courts/nyc/smallclaims" tells the patron to file their claim with (write to or visit) one named court, and it comes with a URL (RUBRIC Terms, Referral: "telling the patron to contact or visit a person or organisation outside the chat (call, write to, ask or visit them)"; referral.contact pass: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)")',
  [byNo('10')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "so you\'d file with that justice court; the precinct finder, with each court\'s address and hours, is at justicecourts.maricopa.gov" tells the patron to file with (write to or visit) the Tempe Justice Court, reached by a URL that gives its address (RUBRIC Terms, Referral: "(call, write to, ask or visit them)"; referral.contact pass: "comes with a way to reach them (… postal address or URL)")',
  [byNo('17')]:
    '(approachability.greeting reads as labelled on v58: X30 takes "What\'s up!" as a greeting.) referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "in Detroit you file at the 36th District Court" tells the patron to file with (write to or visit) a named court, with no e-mail, phone, address or URL for it (RUBRIC Terms, Referral: "(call, write to, ask or visit them)"; referral.contact fail: not "every party … comes with a way to reach them")',
};

describe('sixty-fourth round: small claims court, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundSmallClaims.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundSmallClaims.filter((c) => c.name in LEFT_WHY));
});
