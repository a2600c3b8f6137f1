/**
 * Fifty-ninth round, theme RENTERS AND TENANTS, checked: 51 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: leases (breaking one for a job, renewal and just cause in Seattle, a new owner's new
 * leases, a guest clause, a renewal admin fee, a room-rental lease, renters insurance at renewal, cash for keys), security
 * deposits (not returned in Massachusetts, carpet cleaning in Oregon, kept whole "for cleaning", a pet deposit for an
 * emotional support dog), repairs and habitability (mold in Minneapolis, AC in Texas in Spanish, a broken heater in
 * Wisconsin, a fridge in Evanston, no hot water in Providence, a ceiling leak in Virginia, bedbugs in Montgomery County MD,
 * entry without notice in Florida), eviction notices and court dates (a 3-day notice in LA, a 14-day notice for a tenant at
 * will, "notice to quit", a lost court date in Baltimore, a summons in Denver in Spanish, a lockout in Atlanta, retaliation
 * after a no-heat complaint in Chicago, eviction court Monday in Mesa), rent (increases in NYC, mid-lease in Chicago in
 * Spanish, a rent reduction petition in Berkeley, 1979 Santa Monica rent control, 1990s Rent Board decisions), rent
 * assistance (Dayton back rent, Phoenix), housing authorities and Section 8 (getting on the list, porting a voucher,
 * income limits in Columbus and San Diego, the Houston waitlist, the Tacoma HA number, a failed inspection and abatement,
 * ACHA's administrative plan), tenant legal aid and unions (Stay Housed L.A., Colorado Legal Services, Community Legal
 * Services, Atlanta Legal Aid, the Tenant Union of Rhode Island, a tenant attorney with no contact), a towed car and who owns
 * an LLC building. Every one of the 17 checks labelled in every session from RUBRIC.md's text before its batch's first run
 * (labels copied aside: /tmp/fiftyNinthRoundTenants-labels.ts for cases 01-32, then -labels-batch2.ts, -batch3.ts and
 * -batch4.ts, each copied before the run that first scored its new cases).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 25 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (20: fail); pickup at
 *   exactly 60 s (38: pass); `pickedUpAt` at 30 s with the first line at 80 (21); no provider ever joined (11); "Good
 *   afternoon! This is Nora, a reference librarian at …"; "Hey, Ned here at …" (24); "Hi! Happy to help with that." under
 *   the screen name "Chat Desk 4" (22: greets, names no one: fail); "This is Marcus, a reference librarian at …" with no
 *   greeting word (23: fail); a greeting that is also a hold, "Hi there, Nia with Ask Here PA. Let me take a look." (36);
 *   chat-speak "hi! rob from ask a librarian @ mesa public library", "hey! jax here w/ …", "hi there! kai @ ask sdpl …";
 *   Spanish "Le atiende Lucía, bibliotecaria de …", "Soy Rosario, bibliotecaria de …", "Le saluda Beto, bibliotecario de …";
 *  inquiry: state, city, county, which housing authority, fixed or month-to-month, stabilized or market, written notice yet,
 *   safety tonight, purpose of a paper, household size, the street address, which income limit; restatements with no
 *   question mark ("So you're a tenant at will and got a 14-day notice, and you want to know …", 29: LEFT; "Just to make
 *   sure I understand: you want to put a repair request in writing …", 39: pass); no question at all (05, 50: fail); a
 *   question after the first source (28, 36: fail); no source ever given but a question asked (24, 44: pass);
 *  waits: holds answered 84 s later (01, 02, 04); "ok let me check a couple things" then 150 s (03: fail); holds at 106 and
 *   200 (06); holds at 76 and 170 and a partial result that says the search goes on at 262, answer at 350 (30: pass);
 *   "Sure, take your time." then the patron back 214 s later (29: waiting on the patron); "ok lemme dig around" then 130 s
 *   (34: fail); "checking our databases, hang tight" then 130 s (43: fail); an internal "anyone know…" line inside a 127 s
 *   wait (49: fail); exactly 120 s after "Let me check the Seattle rules." (38: pass); a silent transfer with the receiver 140
 *   s after the patron (15: fail); transfer notices (holds) answered 44 and 34 s later (14, 37);
 *  endings: a true Lost Call with greeting only, "Hello, are you still there?" at 150 and a notice that invites back at 340
 *   (10: no substantive exchange); a Lost Call (one patron line) with an answer, "Are you still with me?" and a notice at 230
 *   (50: idle 210 s); check-in and goodbye with idle 166 s (18: disconnect na); "u still there?" and "ok ttyl, thx for using
 *   ask sdpl!" with idle 150 s (43); Spanish "¿Sigue ahí?" and "Parece que se desconectó … ¡Gracias … vuelva cuando quiera!"
 *   (33: idle 270 s); a notice that does not ask, no check-in, idle 214 s (31: idle fails, notice passes); an answer and then
 *   nothing for 330 s (19: both fail, courteous fails); the patron's window closing, then "It looks like you've left the
 *   chat. Thanks … come back anytime!" (32: idle 110 s after a hold); "We limit chats to one question each, so I'm going to
 *   close this one." with no goodbye (12: dismissal and courteous fail); "My shift is over, so I'm going to end our chat now.
 *   Bye." (42: dismissal fails, courteous passes); "several other patrons waiting … Please chat back in later … or call our
 *   Information Center" (13: allowed); the patron's "that's everything! thank u" as the last line (25: courteous fails);
 *   goodbyes "Good luck, bye.", "Take care.", "Have a good one.", "have a great day!", "np! later 👋", "good luck monday!
 *   bye", "¡Con gusto! Que tenga buen día.", "¡Hasta luego, que le vaya bien!", "Thanks, talk soon!"; patron-side "that's all
 *   i needed", "thats all thx", "nothing else", "nope" (to "anything else?"), "eso es todo", "ya no tengo más preguntas",
 *   "that's everything for now", and "ok thx", "yep thanks", "yes it does. thanks", "yes thank u", "ok i guess. thanks" that
 *   do not count;
 *  completeness: "Does that answer your question?", "that help?", "¿Le sirve esta información?", "¿Con esto se resuelve su
 *   duda?", "¿Esto responde a su pregunta?", "In the meantime, does the county page help?", "Does that answer your worry?",
 *   "Did that help?" inside the answer's own message (27); "Would a list of emergency shelters be helpful too?" (35: asks
 *   about something not given: fail); "What state are you in?" after the answer (19: fail); none (36, 44: fail);
 *  sources: state, city, county, court, AG, HUD and legal aid URLs, a Digital Archives search, a statute by section, two
 *   books by title and call number, the catalogue; none ("You'd want to send him a written demand … file in small claims
 *   court", 24; "aren't online and have to be searched by staff", 44: fail);
 *  referrals: 311 by phone (02); Stay Housed L.A. by phone (03, LEFT); a housing authority by phone (05, 18), a caseworker at
 *   the Fresno HA by phone (08, LEFT); a rent help line (06), a tenants hotline (13, 15), housing counselors (23), CLS (28)
 *   and Colorado Legal Services (33) by phone; the police non-emergency line and Atlanta Legal Aid by phone (35); the Tenant
 *   Union of RI by URL and e-mail (46); the Rent Board by e-mail and phone (48); small claims court and "the county legal aid
 *   office" with no contact (24: fail); "ask for a tow hearing at the justice court" (34: fail); "stop by the 3rd floor of
 *   Main Library" (40: own division, no contact: fail); "talk to a tenant attorney" (47: fail); staff acting on the patron's
 *   behalf (the clerk's office called by the provider, 09; the home library's specialist, 08 and 44) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 30 h (06: pass); a promise to e-mail, no time, coded
 *   Answered (07: code and contact fail, pending at day 1); FU_LIB, phone read back, "within 2 business days", done after 90
 *   h (08: on_time fails); FU_ME, e-mail read back, "by tomorrow at noon", never recorded by day 4 (09: fails); FU_ME with
 *   the e-mail only in `patron.email` ("the address on your account by Monday"), done in 20 h (36: contact fails, on_time
 *   passes); "Someone from Santa Monica Public Library will contact you by end of day Friday" coded Answered, done in 50 h
 *   (44: code fails, contact and on_time pass); FU_ME "within 48 hours", pending at day 1 (51);
 *  codes: a true Lost Call (10) and one with an answer (50); Lost Call after four patron lines (27: fail); null with no
 *   provider (11); an empty string (21); Practice (26);
 *  transfers: a notice (a hold) and an internal note that says why (14, 45: pass); an internal note only (15: fail); a
 *   notice with no note (37: fail);
 *  concurrency: four at once (16: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (17: pass); two others (30: pass); the first provider's three other chats open only after the transfer (45: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡Con gusto! Que tenga buen día.", "¡Hasta luego, que le vaya bien!", "Have a good one.", "have a great day!", "Take
 *   care.", "Good luck, bye.", "np! later 👋" and "ok ttyl, thx …" say goodbye (the project's earlier "have a good day"
 *   reading); "Ok. Stay safe, and thanks for reaching out." thanks;
 * - "This is Marcus, a reference librarian at …" identifies but greets with no word of greeting (hello, hi, welcome, thanks
 *   for contacting…): fail; "Hey, Ned here" greets;
 * - a restatement needs no question mark: "So you're a tenant at will … and you want to know if that's enough notice." and
 *   "Just to make sure I understand: you want …" restate the question (RUBRIC: "so you need…");
 * - "Would a list of emergency shelters be helpful too?" offers something not given: not the completeness question, and,
 *   being an offer of one named thing, not "anything else?" either (35);
 * - "In the meantime, does the county page help?" asks whether what was given meets the need (06, 51);
 * - "You start by telling your caseworker at the Fresno Housing Authority, 559-555-0123, …" tells the patron to contact a
 *   person at an agency: a referral, with a phone (08); "For free legal help, call Stay Housed L.A. at (888) 555-0140." is a
 *   referral to an organisation by phone (03);
 * - "u can ask for a tow hearing at the justice court" tells the patron to ask a court (an office outside the chat): a
 *   referral with no contact (34), the project's "file a formal appeal with the State Tax Tribunal" reading;
 * - "stop by the 3rd floor of Main Library" tells the patron to visit the library's own division: a referral whose only
 *   detail is a floor of a named building, no postal address, e-mail, phone or URL (40: fail);
 * - "file a housing code complaint online through PVD 311: providenceri.gov/pvd311" is using a web service (a source), not a
 *   referral (50), the project's "ordering online from a website" reading;
 * - "send him a written demand" (24) names the landlord, the other party, not an agency or office: I take it as no referral;
 *   the case's referral fails either way on "file in small claims court" and "the county legal aid office" with no contact;
 * - the provider calling the clerk's office (09) and the home library requesting records or calling back (08, 44) are staff
 *   acting for the patron: no referral;
 * - "Someone from Santa Monica Public Library will contact you by end of day Friday" is a follow-up promise (RUBRIC's own
 *   example) with a time, so a code of Answered fails resolution.code (44);
 * - a Lost Call where the provider answered the patron's single line (50) has a substantive exchange: the information checks
 *   apply and the code passes (the patron sent nothing beyond the first question);
 * - thresholds are "longer than": pickup at 60 s and a 120 s wait pass (38).
 *
 * COUNTS. Written: 51 whole sessions in four batches (01-32, 33-38, 39-45, 46-51), all 17 statuses labelled in each before
 * its batch's first run (labels copied aside before each run).
 * First run as labelled / disagreeing: 48 / 3 (01-32: 29 / 3; 33-51: 19 / 0). Label corrections: 0.
 * Final: 48 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "For free legal help, call Stay Housed L.A. at (888) 555-0140." read as no referral (na;
 *    RUBRIC pass: call an organisation, with a phone);
 *  - referral.contact, case 08: "You start by telling your caseworker at the Fresno Housing Authority, 559-555-0123, that you
 *    want to port to Sacramento." read as no referral (na; RUBRIC pass);
 *  - inquiry.clarify, case 29: the restatement "So you're a tenant at will and got a 14-day notice, and you want to know if
 *    that's enough notice." not read (fail, "gave a source without first asking"; RUBRIC pass).
 * The scorer does read "call 311", "call them at …", "You can call …", "call the Metropolitan Tenants Organization's hotline",
 * "Reach out to the Tenant Union …", "e-mail the Board's counselors … or call", "talk to a tenant attorney", "ask for a tow
 * hearing at the justice court", "stop by the 3rd floor of Main Library" and "file in small claims court" as referrals, and
 * "Just to make sure I understand: you want …" as a restatement. Every timing check (pickup at 95 s, exactly 60 s, by
 * `pickedUpAt`, no provider; keep_informed at 150, 140, 130, 127 and exactly 120 s, across holds, a partial result, "take
 * your time", an internal line and three transfers; final idles of 110, 150, 166, 210, 214, 270, 315 and 330 s;
 * concurrency at four, at touching ends and over the first provider's part of a transfer; on_time done in 20, 30 and 50 h,
 * late at 90 h, pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back beside an
 * agency's phone, an e-mail only in `patron.email`, an agency e-mail).
 *
 * ON v53 (block S, written partly from this file): case 08's "You start by telling your caseworker at the Fresno Housing
 *   Authority, 559-555-0123, …" (S24) and 29's "So you're a tenant at will and got a 14-day notice, and you want to know …" (S25)
 *   read as labelled and run: 50 running, 1 LEFT (03).
 * FINAL RUN (`--project scoring`, this file only): 51 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'WFA' };
const DEREK: Prov = { id: 'derek', name: 'Derek', library: 'CCL-MN' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'ESL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMPL-TX' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'HCL' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'DML' };
const BRETT: Prov = { id: 'brett', name: 'Brett', library: 'RPL' };
const MEI: Prov = { id: 'mei', name: 'Mei (statewide)', library: 'ASKNOW' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia', library: 'BCPL' };
const ELI: Prov = { id: 'eli', name: 'Eli', library: 'MCL-OR' };
const QUEUE: Prov = { id: 'queue-oh', name: 'Unassigned', library: 'CPL-OH' };
const RAY: Prov = { id: 'ray', name: 'Ray', library: 'CML' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'CPL' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'KCLS' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'KCLS' };
const TARA: Prov = { id: 'tara', name: 'Tara', library: 'ASKOR' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'ASKOR' };
const PAZ: Prov = { id: 'paz', name: 'Paz', library: 'ARL' };
const QUINTON: Prov = { id: 'quinton', name: 'Quinton', library: 'AACPL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'PCLS' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'LKS' };
const CY: Prov = { id: 'cy', name: 'Cy', library: 'NYPL' };
const DEV: Prov = { id: 'dev', name: 'Dev', library: 'BCL-FL' };
const DESK4: Prov = { id: 'desk4', name: 'Chat Desk 4', library: 'KDL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'MPL-WI' };
const NED: Prov = { id: 'ned', name: 'Ned', library: 'SPL-IL' };
const OLGA: Prov = { id: 'olga', name: 'Olga', library: 'CLP' };
const TRAINER: Prov = { id: 'trainer-59', name: 'Practice Account', library: 'TRN' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'PHX' };
const ROB: Prov = { id: 'rob', name: 'rob_mesa', library: 'MESA' };
const ZOE: Prov = { id: 'zoe', name: 'Zoe', library: 'BPL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'SMPL' };
const FAY: Prov = { id: 'fay', name: 'Fay', library: 'EPL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'HPL' };

const ROSARIO: Prov = { id: 'rosario', name: 'Rosario', library: 'DPL' };
const JAX: Prov = { id: 'jax', name: 'jax_apl', library: 'APL-TX' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'AFPL' };
const NIA: Prov = { id: 'nia', name: 'Nia', library: 'ASKPA' };
const AMIR: Prov = { id: 'amir', name: 'Amir', library: 'HCL-MN' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'HCL-MN' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'SNO' };

const CORA: Prov = { id: 'cora', name: 'Cora', library: 'RVA' };
const DINA: Prov = { id: 'dina', name: 'Dina', library: 'CML' };
const BETO: Prov = { id: 'beto', name: 'Beto', library: 'CPL' };
const GARY: Prov = { id: 'gary', name: 'Gary', library: 'NCLIVE' };
const KAI: Prov = { id: 'kai', name: 'kai_sdpl', library: 'SDPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'ASKCA' };
const MAE: Prov = { id: 'mae', name: 'Mae', library: 'AUN' };
const TOM: Prov = { id: 'tom-r', name: 'Tom', library: 'MCPL' };

const ISLA: Prov = { id: 'isla', name: 'Isla', library: 'ASKRI' };
const JOE: Prov = { id: 'joe', name: 'Joe', library: 'FCPL' };
const KEN: Prov = { id: 'ken', name: 'Ken', library: 'BPL-CA' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'SPL-WA' };
const HAL: Prov = { id: 'hal', name: 'Hal', library: 'PPL-RI' };
const LIV: Prov = { id: 'liv', name: 'Liv', library: 'CCPL-OH' };

const s = session;

export const fiftyNinthRoundTenants: SessionCase[] = [
  // 01 security deposit, MA: queue line, hold 84 s, patron says done
  s(NORA, '01 deposit not returned after 45 days (MA): queue, "Good afternoon! This is Nora…", state asked, mass.gov guide, "that\'s all i needed"', [
    [0, 'p', "hi my landlord still hasnt given back my security deposit, I moved out 45 days ago. is that allowed?"],
    queue(2),
    [25, 'l', 'Good afternoon! This is Nora, a reference librarian at Westfield Athenaeum.'],
    [31, 'l', 'Which state is the apartment in, and did you get any list of deductions from the landlord?'],
    [80, 'p', 'massachusetts. no list nothing'],
    [86, 'l', 'One moment while I pull up the law.'],
    [170, 'l', "Massachusetts gives landlords 30 days after you move out to return the deposit or send an itemized list of damages. The Attorney General's guide, mass.gov/info-details/security-deposits, walks through it and includes a sample demand letter."],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', "yes!! that's all i needed thanks so much"],
    [236, 'l', 'You\'re welcome, good luck getting it back. Thanks for chatting!'],
  ], usual()),

  // 02 mold, Minneapolis: city asked, 311 inspection by phone
  s(DEREK, '02 mold not fixed for 2 months (Minneapolis): city asked, "call 311 (612-673-3000…)" for an inspection, AG handbook, "thats all thx"', [
    [0, 'p', 'landlord wont fix the mold in my bathroom its been 2 months. what can i do'],
    [18, 'l', "Hi there, Derek here with Ask Carver County Library. Sorry you're dealing with that."],
    [24, 'l', 'What city do you rent in? Repair rules and who enforces them are different city to city.'],
    [60, 'p', 'minneapolis'],
    [66, 'l', 'Thanks, let me look.'],
    [150, 'l', "Minneapolis handles this through Regulatory Services: call 311 (612-673-3000 from outside the city) and ask for a rental housing inspection. The Minnesota Attorney General's handbook 'Landlords and Tenants: Rights and Responsibilities' at ag.state.mn.us has a chapter on repairs."],
    [156, 'l', 'Did that help?'],
    [200, 'p', "yea i'll call them. thats all thx"],
    [205, 'l', 'Anytime! Thanks for using Ask Carver County.'],
  ], usual({ referral: 'pass' })),

  // 03 3-day notice, LA: 150 s after "ok let me check"
  s(PRIYA, '03 3-day notice to pay or quit (LA): "ok let me check a couple things" then 150 s, self-help URL, "call Stay Housed L.A. at (888) 555-0140"', [
    [0, 'p', 'I got a 3 day notice to pay or quit taped on my door this morning. Do I have to leave in 3 days?? I have kids'],
    [30, 'l', "Hello, I'm Priya, a librarian at Eastside Library. I'm sorry, that sounds stressful."],
    [36, 'l', 'Are you in California? And is it a notice from the landlord, or court papers (a Summons and Complaint)?'],
    [90, 'p', 'yes LA. its just a paper from the landlord'],
    [96, 'l', 'ok let me check a couple things'],
    [246, 'l', 'Thanks for waiting. A 3-day notice is not an eviction order: only a court can evict you, and the landlord has to file an unlawful detainer case first. The California Courts self-help page explains each step: selfhelp.courts.ca.gov/eviction-tenant. For free legal help, call Stay Housed L.A. at (888) 555-0140.'],
    [252, 'l', 'Is that the information you were looking for?'],
    [300, 'p', 'yes thank you'],
    [306, 'l', 'Is there anything else I can help you with today?'],
    [340, 'p', 'no'],
    [345, 'l', 'Take care, and thanks for reaching out. Good luck.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 04 Spanish: AC repair in Texas
  s(LUCIA, '04 aire acondicionado sin arreglar (Texas, en español): "Le atiende Lucía, bibliotecaria…", texaslawhelp.org/es, "¿Le sirve…?", "eso es todo", "Que tenga buen día."', [
    [0, 'p', 'hola, buenas tardes. el dueño de mi apartamento no quiere arreglar el aire acondicionado y estamos en julio. que puedo hacer?'],
    [22, 'l', '¡Hola, buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [28, 'l', '¿Ya le avisó al dueño por escrito? En Texas eso es importante para sus derechos.'],
    [80, 'p', 'solo por telefono'],
    [86, 'l', 'Un momento, le busco la información en español.'],
    [170, 'l', 'La guía de TexasLawHelp en español explica los pasos: texaslawhelp.org/es, busque "reparaciones". Primero hay que mandar un aviso por escrito y darle un tiempo razonable (normalmente 7 días) para arreglarlo. La guía trae una carta modelo.'],
    [176, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si muchas gracias, eso es todo'],
    [236, 'l', '¡Con gusto! Que tenga buen día.'],
  ], usual()),

  // 05 Section 8 list: no question, answer at once
  s(OMAR, '05 how to get on the Section 8 list: no question, HUD PHA directory + "call them at 555-201-4400", "ok thx"', [
    [0, 'p', 'how do i get on the section 8 list'],
    [15, 'l', "Hi, this is Omar at Hillcrest Library's Ask a Librarian."],
    [40, 'l', "Section 8 (Housing Choice Vouchers) is run by your local public housing authority. HUD's directory of housing authorities is at hud.gov/program_offices/public_indian_housing/pha/contacts. The Hillcrest Housing Authority takes applications only when its waitlist opens; call them at 555-201-4400 to ask when it's next open."],
    [46, 'l', 'Did that answer your question?'],
    [90, 'p', 'ok thx'],
    [95, 'l', 'Good luck! Bye.'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 06 back rent, Dayton: holds, FU_ME by e-mail "by Thursday", done in 30 h
  s(HANNAH, '06 back rent help (Dayton, follow-up by me): holds at 106 and 200, county URL + St. Vincent line, e-mail read back, "by Thursday", done in 30 h', [
    [0, 'p', "Are there any programs that help pay back rent? I'm 2 months behind in Dayton Ohio"],
    [28, 'l', "Hi, I'm Hannah, a librarian with Dayton Metro Library's Ask Us service."],
    [34, 'l', 'Are you behind because of a job loss or a medical issue, and do you have kids in the home? Some programs only cover certain situations.'],
    [100, 'p', 'lost hours at work. 2 kids'],
    [106, 'l', "Thanks. Give me a few minutes to check what's open right now."],
    [200, 'l', "Still looking — some of these programs have closed for the year, so I'm checking each one."],
    [290, 'l', "Here's what I have so far: Montgomery County's Emergency Rental Assistance page is mcohio.org/rentalassistance, and you can call St. Vincent de Paul's rent help line at 937-555-0175. Several others depend on funding that changes weekly. Would you like me to check the rest and e-mail you a full list?"],
    [340, 'p', 'yes please, tanya.r@example.com'],
    [346, 'l', "Got it: tanya.r@example.com. I'll e-mail you the full list by Thursday."],
    [352, 'l', 'In the meantime, does the county page help?'],
    [400, 'p', "yes. that's everything for now thank you"],
    [406, 'l', "You're welcome, Tanya. Talk soon, and thanks for using Ask Us!"],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 07 breaking a lease, NJ: promise to e-mail with no time, coded Answered
  s(BRETT, '07 breaking a lease for a job out of state (NJ): Truth in Renting PDF, "I\'ll look for one and e-mail you" (no time), coded Answered, "ok thanks"', [
    [0, 'p', 'can I break my lease early if I got a job in another state? lease ends in november'],
    [35, 'l', 'Hello! Brett here, reference librarian at Ridgefield Public Library.'],
    [40, 'l', 'Which state is your apartment in? And does your lease have an early termination clause (sometimes called a buyout)?'],
    [95, 'p', 'new jersey. i think it says something about 2 months rent but idk'],
    [101, 'l', "NJ's Truth in Renting guide from the Department of Community Affairs covers breaking a lease: nj.gov/dca/codes/publications/pdf_lti/t_i_r.pdf. In NJ the landlord also has to try to re-rent the unit, which limits what you owe."],
    [107, 'l', 'Does that help?'],
    [150, 'p', 'kinda. is there a sample letter to send the landlord?'],
    [156, 'l', "I'll look for one and e-mail you. What's your e-mail?"],
    [190, 'p', 'bpatel22@example.com'],
    [195, 'l', "Thanks, I'll send it over."],
    [230, 'p', 'ok thanks'],
    [235, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 08 porting a voucher: FU_LIB by phone "within 2 business days", done after 90 h
  s(MEI, '08 porting a Section 8 voucher Fresno -> Sacramento (follow-up by library): Fresno HA phone, phone read back, "within 2 business days", done after 90 h', [
    [0, 'p', 'I have a section 8 voucher in Fresno and want to move to Sacramento, can I take it with me?'],
    [20, 'l', 'Hi! Mei here, a librarian with the statewide Ask Now service.'],
    [26, 'l', 'Have you been on the voucher for at least a year, and are you still in your current lease?'],
    [80, 'p', '3 years. lease is month to month now'],
    [86, 'l', "Moving a voucher is called portability. HUD explains it at hud.gov/topics/housing_choice_voucher_program_section_8 (see 'Portability'). You start by telling your caseworker at the Fresno Housing Authority, 559-555-0123, that you want to port to Sacramento."],
    [92, 'l', 'Is that what you needed to know?'],
    [140, 'p', 'yes but what does sacramento need from me'],
    [146, 'l', "That's specific to the Sacramento housing authority, and your home library (Fresno County Public Library) has a housing specialist who can find out for you. Can I have them call you?"],
    [190, 'p', 'yes 559-555-0188'],
    [196, 'l', '559-555-0188 — got it. Someone from Fresno County Public Library will call you within 2 business days.'],
    [200, 'l', 'Anything else for today?'],
    [230, 'p', "no that's it, thank you"],
    [235, 'l', "You're welcome, good luck with the move! Bye for now."],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 09 eviction court date: FU_ME "by tomorrow at noon", never recorded, day 4
  s(SOFIA, '09 lost eviction court date (Baltimore City, follow-up by me): Case Search URL, "no records found", e-mail read back, "by tomorrow at noon", not recorded by day 4', [
    [0, 'p', 'how do i find out when my eviction court date is? i lost the paper'],
    [40, 'l', 'Hi, Sofia with Ask a Librarian at Baltimore County Public Library here.'],
    [45, 'l', 'Is the case in the District Court of Maryland? Do you remember which county?'],
    [90, 'p', 'baltimore city i think'],
    [96, 'l', 'One second.'],
    [150, 'l', "You can look it up in Maryland Judiciary Case Search: casesearch.courts.state.md.us. Search your last name and pick 'Landlord Tenant' as the case type; the trial date is on the case page."],
    [156, 'l', 'Does that work for you?'],
    [220, 'p', 'it says no records found. my name is Keisha Brown'],
    [226, 'l', "Sometimes new filings take a few days to show up. I can call the court clerk's office tomorrow morning when they open and e-mail you the date. What's your e-mail?"],
    [260, 'p', 'kbrown.md@example.com'],
    [266, 'l', "kbrown.md@example.com — I'll e-mail you by tomorrow at noon."],
    [272, 'l', 'Anything else I can do for you?'],
    [300, 'p', 'no thank u'],
    [305, 'l', 'Take care, Keisha. Thanks for chatting.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), FU_ME, { now: T0 + 4 * DAY }),

  // 10 true Lost Call: greeting, check-in, notice that invites back
  s(ELI, '10 carpet cleaning from the deposit (OR, Lost Call): greeting at 25, "Hello, are you still there?" at 150, notice + invitation at 340', [
    [0, 'p', 'my landlord is saying i have to pay for the carpet cleaning out of my deposit is that legal in oregon'],
    [25, 'l', 'Hi, this is Eli with the Multnomah County Library Answer Line.'],
    [150, 'l', 'Hello, are you still there?'],
    [340, 'l', "It looks like you've been disconnected, so I'll end this chat now. Feel free to chat back in anytime — thanks!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 nobody joined, code null
  s(QUEUE, '11 free tenant lawyer in Cleveland, court Thursday: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'is there free lawyer for tenants in Cleveland, court is thursday'],
    queue(2, 3),
    [140, 'p', 'anyone there??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 12 dismissal: "We limit chats to one question each, so I'm going to close this one."
  s(RAY, '12 public housing income limit (Columbus): CMHA URL, then "That\'s three more questions. We limit chats to one question each, so I\'m going to close this one." (no goodbye)', [
    [0, 'p', 'what is the income limit for public housing in columbus'],
    [20, 'l', 'Hi, Ray at Ask Columbus Library.'],
    [26, 'l', 'For how many people in the household?'],
    [50, 'p', '4'],
    [56, 'l', 'CMHA posts the limits at cmhanet.com/income-limits: for 4 people the cap for public housing is 80% of area median income, $78,250 this year.'],
    [62, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes. also how long is the waiting list and can i apply online? and do they check credit'],
    [106, 'l', "That's three more questions. We limit chats to one question each, so I'm going to close this one."],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 13 allowed wrap-up: other patrons waiting, come back, Information Center phone
  s(JUNE, '13 retaliation after a no-heat complaint (Chicago): RLTO URL + tenants hotline phone, "several other patrons waiting … chat back in later … or call our Information Center"', [
    [0, 'p', "Hello. I complained to the city about no heat and now my landlord raised my rent by $300 and says he won't renew. Is that legal? This is in Chicago."],
    [15, 'l', "Hello, thanks for contacting Ask Chicago Public Library! I'm June."],
    [21, 'l', 'When did you make the complaint to the city, and when did the rent increase notice arrive?'],
    [70, 'p', 'complaint in january, notice last week'],
    [76, 'l', "Chicago's Residential Landlord and Tenant Ordinance prohibits retaliation against a tenant who complained to the city. The city's summary is at chicago.gov/rlto, see section 5-12-150. You can also call the Metropolitan Tenants Organization's hotline at 773-555-0133 to talk through your options."],
    [82, 'l', 'Does that help with what you were asking?'],
    [130, 'p', 'yes. one more thing, my neighbor plays music til 3am every night, what can i do about that'],
    [136, 'l', "I'm sorry, I have several other patrons waiting right now, so I need to wrap up this chat. Please chat back in later for the noise question, or call our Information Center at 312-555-4400. Thanks for chatting!"],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 14 transfer done well
  s(KIM, '14 RCW for the 14-day pay-or-vacate notice (WA): notice to the patron (a hold) + internal note, transfer to the law librarian, "that\'s all I needed"', [
    [0, 'p', 'I need to see the actual statute on eviction notices in Washington state, what RCW is it'],
    [18, 'l', 'Hi! Kim here at Ask a Librarian, King County Library System.'],
    [24, 'l', 'Are you looking for the notice periods (like the 14-day pay or vacate), or the whole unlawful detainer chapter?'],
    [60, 'p', 'the 14 day one'],
    [66, 'l', "Our law librarian Leon can get you the exact section; I'm transferring you to him now, one moment."],
    [70, 'i', 'Leon: pt needs the RCW on 14-day pay or vacate notices (WA landlord-tenant). Thx!'],
    xfer(74, 'Leon', 'leon'),
    [110, 'l', "Hi, Leon here, law librarian. The 14-day notice is RCW 59.12.030(3): app.leg.wa.gov/RCW/default.aspx?cite=59.12.030. The notice form the state requires is on the AG's page, atg.wa.gov/landlord-tenant.", as(LEON)],
    [116, 'l', 'Is that the section you needed?', as(LEON)],
    [150, 'p', "yes perfect that's all I needed"],
    [155, 'l', 'Great, thanks for chatting!', as(LEON)],
  ], usual({ transfer: 'pass' })),

  // 15 silent transfer, receiver 140 s after the patron
  s(TARA, '15 new owner wants new leases (Portland): internal note only, transfer, Vic 140 s after the patron, tenants hotline phone, "nothing else"', [
    [0, 'p', 'my apartment complex was sold and new owner says we all have to sign new leases with higher rent. do we have to? Portland OR'],
    [22, 'l', 'Good evening, Tara at Ask Oregon here.'],
    [28, 'l', 'Is your current lease a fixed term with time left on it, or month-to-month?'],
    [75, 'p', 'fixed until august'],
    [80, 'i', 'Vic, can you take this one? OR landlord-tenant, lease after a sale, my shift ends'],
    xfer(84, 'Vic', 'vic'),
    [215, 'l', "Hi, Vic here, also a librarian with Ask Oregon. A sale doesn't cancel your lease: the new owner takes over the existing lease until August. Oregon's tenant guide is at oregonlawhelp.org/resource/tenants-rights, and you can call the Community Alliance of Tenants hotline at 503-555-0199.", as(VIC)],
    [221, 'l', 'Does that answer it?', as(VIC)],
    [260, 'p', 'yes thanks. nothing else'],
    [265, 'l', 'Have a good night, thanks for using Ask Oregon!', as(VIC)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 16 four chats at once
  s(PAZ, '16 renters insurance required at renewal (GA): DCA handbook, "Anything else I can help with?", four chats open at once', [
    [0, 'p', 'does my landlord have the right to require renters insurance? in Georgia'],
    [30, 'l', "Hi, I'm Paz, a librarian at Athens Regional Library."],
    [36, 'l', 'Is the requirement in the lease you already signed, or new at renewal?'],
    [80, 'p', "it's new, at renewal"],
    [86, 'l', "In Georgia a landlord can add that as a term of a new lease, since a renewal is a new agreement. The Georgia Landlord Tenant Handbook from the Department of Community Affairs covers lease terms: dca.georgia.gov, search 'landlord tenant handbook' (chapter 1)."],
    [92, 'l', 'Did that help?'],
    [130, 'p', 'ok'],
    [134, 'l', 'Anything else I can help with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('p1', 'paz', -300, 200), other('p2', 'paz', -60, 400), other('p3', 'paz', 50, 260)],
  }),

  // 17 touching ends, three at most
  s(QUINTON, '17 pet deposit for an emotional support dog: HUD page, "thats all i needed!", others end at its start and start at its end', [
    [0, 'p', 'Can my landlord charge a pet deposit for my emotional support dog'],
    [12, 'l', 'Hello! This is Quinton, librarian at Ask Anne Arundel.'],
    [18, 'l', 'Do you have a letter from a health care provider for the dog, and is your building a private rental or public housing?'],
    [60, 'p', 'yes a letter. private apartment'],
    [66, 'l', "Under the Fair Housing Act an emotional support animal is a reasonable accommodation, not a pet, so landlords generally can't charge a pet deposit or pet rent for it. HUD's guidance is at hud.gov/program_offices/fair_housing_equal_opp/assistance_animals."],
    [72, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes, thats all i needed!'],
    [126, 'l', 'Great! Thanks for chatting with us.'],
  ], usual(), {}, {
    otherIntervals: [other('q1', 'quinton', -500, 0), other('q2', 'quinton', -100, 300), other('q3', 'quinton', 20, 500), other('q4', 'quinton', 131, 900)],
  }),

  // 18 final idle 166 s: check-in, goodbye
  s(ABE, '18 Tacoma Housing Authority number: "You can call … 253-555-0150", patron silent, "Are you still there?" at 200, goodbye at 222 (idle 166 s)', [
    [0, 'p', 'whats the number for the housing authority in Tacoma'],
    [20, 'l', "Hi, Abe at Pierce County Library's Ask Us chat."],
    [26, 'l', 'Do you need the main office or the Section 8 office?'],
    [50, 'p', 'section 8'],
    [56, 'l', "You can call Tacoma Housing Authority's Housing Choice Voucher office at 253-555-0150, or stop by 902 S L St, Tacoma. Their site is tacomahousing.org."],
    [62, 'l', 'Does that help?'],
    [200, 'l', 'Are you still there?'],
    [222, 'l', "I'll close the chat for now. Thanks for using Ask Us, and chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 19 answer then nothing: idle 330 s, no check-in, no notice, no goodbye
  s(BEA, '19 what "notice to quit" means: nolo.com, "What state are you in?" after the answer, patron silent, session ends 330 s later', [
    [0, 'p', "what does 'notice to quit' mean"],
    [16, 'l', 'Hello, this is Bea, a librarian at Lakeside Library.'],
    [22, 'l', "Did you receive one, or is this for a class or something you're reading?"],
    [60, 'p', 'i got one'],
    [66, 'l', "A notice to quit is the landlord's formal notice that they want you to leave by a certain date; it's usually the first step before an eviction case, but it isn't a court order. Nolo's article 'Notice to Quit' at nolo.com explains the types. What state are you in? The rules differ a lot."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 330 }),

  // 20 95 s pickup
  s(CY, '20 rent increase cap (NYC): "hello?" in the queue, 95 s pickup, stabilized or market asked, HCR + RGB URLs, "yes it does. thanks"', [
    [0, 'p', 'how much can a landlord raise rent in one year in new york'],
    queue(2, 2),
    [60, 'p', 'hello?'],
    [95, 'l', "Hi, sorry for the wait! I'm Cy, a librarian at Ask NYPL."],
    [101, 'l', 'Is the apartment rent-stabilized, or market rate? The rules are different.'],
    [150, 'p', 'i dont know how do i tell'],
    [156, 'l', "The rent history request form is at hcr.ny.gov/rent-history-request; if your apartment is registered there, it's stabilized. For stabilized units the Rent Guidelines Board sets the yearly increase (rentguidelinesboard.cityofnewyork.us). Market-rate units have no cap, but the landlord must give 30 to 90 days' notice depending on how long you've lived there."],
    [162, 'l', 'Does that answer your question?'],
    [220, 'p', 'yes it does. thanks'],
    [226, 'l', "You're welcome, have a great day!"],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 21 pickedUpAt 30, first line 80; code ""
  s(DEV, '21 landlord entered without notice (FL): pickedUpAt 30 s, first line at 80, Fla. Stat. 83.53, "that\'s everything", code ""', [
    [0, 'p', 'my landlord entered my apartment without telling me while i was at work. is that allowed in florida'],
    [80, 'l', 'Hello, Dev from Ask Broward Library. Thanks for your patience.'],
    [86, 'l', 'Was it an emergency, like a leak, or a routine visit?'],
    [120, 'p', 'no emergency, he said he was checking the smoke detectors'],
    [126, 'l', "Florida Statutes 83.53 requires at least 24 hours' notice for repairs, with entry at a reasonable time (8 am to 8 pm), unless it's an emergency: leg.state.fl.us, Chapter 83, section 53."],
    [132, 'l', 'Does that help?'],
    [180, 'p', "yes that's everything, thanks"],
    [186, 'l', 'Glad I could help. Bye!'],
  ], usual({ code: 'fail' }), { pickedUpAt: at(30), resolutionCode: '' }),

  // 22 greeting without identification
  s(DESK4, '22 sample room-rental lease (MI): "Hi! Happy to help with that." under the screen name "Chat Desk 4", Michigan Legal Help + Nolo book, "yep thanks"', [
    [0, 'p', 'where can I find a sample lease agreement for renting out a room in my house'],
    [14, 'l', 'Hi! Happy to help with that.'],
    [20, 'l', 'Which state are you in? Room rental leases differ a bit by state.'],
    [50, 'p', 'michigan'],
    [56, 'l', "Michigan Legal Help has a free lease checklist: michiganlegalhelp.org, search 'lease'. Our catalog also has Nolo's 'Every Landlord's Legal Guide' with sample leases, and it covers renting out a room."],
    [62, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yep thanks'],
    [105, 'l', "You're welcome! Have a good one."],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 23 identification without a greeting; "Take care."
  s(MARCUS, '23 withholding rent for a broken heater (WI): "This is Marcus, a reference librarian…" with no greeting, DATCP guide, counselor line, "Take care."', [
    [0, 'p', "Do I have to pay rent if my landlord won't fix the broken heater? Wisconsin"],
    [25, 'l', 'This is Marcus, a reference librarian at Madison Public Library.'],
    [31, 'l', 'Have you notified the landlord in writing yet?'],
    [70, 'p', 'I texted him twice'],
    [76, 'l', "In Wisconsin withholding rent is risky and can lead to eviction; the state's Landlord-Tenant Guide (datcp.wi.gov, search 'landlord tenant guide') explains what you can do instead. If you want to talk it through, call the Tenant Resource Center's housing counselors at 608-555-0134."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes'],
    [135, 'l', 'Anything else?'],
    [160, 'p', 'no'],
    [165, 'l', 'Take care.'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 24 advice with no source; small claims and legal aid with no contact
  s(NED, '24 whole deposit kept for "cleaning": no source, "file in small claims court, and the county legal aid office can help you" (no contact), "Good luck, bye."', [
    [0, 'p', "landlord kept my whole deposit for 'cleaning' but i left it spotless. what do i do"],
    [20, 'l', 'Hey, Ned here at Ask Springfield Library.'],
    [26, 'l', 'Did he send you a list of what he deducted?'],
    [60, 'p', "no just a text saying he's keeping it"],
    [66, 'l', "You'd want to send him a written demand for the deposit first. If he still doesn't pay, you can file in small claims court, and the county legal aid office can help you with that."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'ok i guess. thanks'],
    [115, 'l', 'Good luck, bye.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 25 the patron's "that's everything" is the last line
  s(OLGA, '25 PA landlord-tenant book for a paper: purpose asked, PBI handbook by call number + the Act on legis.state.pa.us, patron\'s "that\'s everything!" last, no goodbye', [
    [0, 'p', "Hi! I'm looking for a book on landlord and tenant law in Pennsylvania for my class"],
    [20, 'l', "Hello, Olga here — I'm a librarian at Ask Carnegie Library of Pittsburgh."],
    [26, 'l', 'Is it for a paper (you need something citable), or just background reading?'],
    [70, 'p', 'a paper'],
    [76, 'l', "Try the 'Pennsylvania Landlord and Tenant Handbook' (PBI Press) in our catalog, call number KFP 115 .P46, and the Landlord and Tenant Act of 1951 itself (68 P.S. § 250.101) on legis.state.pa.us."],
    [82, 'l', 'Does that give you what you need?'],
    [130, 'p', "yes that's everything! thank u"],
  ], usual({ courteous: 'fail' })),

  // 26 Practice
  s(TRAINER, '26 practice session (tenant macro check): coded Practice, every check na', [
    [0, 'p', 'test test - tenant q macro check'],
    [8, 'l', 'Hi, this is a practice session.'],
    [15, 'l', 'Tenant guide: example.org/tenants'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 Lost Call after four patron lines
  s(PIA, '27 rent assistance application (Phoenix, coded Lost Call after four patron lines): city URL, "Anything else I can help with?", "no"', [
    [0, 'p', 'how do i apply for rent assistance in phoenix'],
    [20, 'l', "Hi there, I'm Pia, a librarian at Phoenix Public Library."],
    [26, 'l', 'Is it for back rent you owe, or help with rent going forward?'],
    [60, 'p', 'back rent'],
    [66, 'l', "The City of Phoenix's Emergency Rental Assistance application is at phoenix.gov/humanservices/programs/rental-assistance; you'll need your lease, ID and proof of income. Did that help?"],
    [100, 'p', 'ok'],
    [105, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [135, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 chat-speak; question after the first source
  s(ROB, '28 legal aid # for eviction court monday (chat-speak): "hi! rob from ask a librarian @ mesa public library", CLS URL + phone, then "is ur case in maricopa county?"', [
    [0, 'p', 'wat is the phone # for legal aid, i have eviction court monday'],
    [10, 'l', 'hi! rob from ask a librarian @ mesa public library'],
    [15, 'l', 'community legal services does free eviction defense: clsaz.org or call them at 602-555-0170'],
    [20, 'l', 'is ur case in maricopa county?'],
    [40, 'p', 'yes'],
    [45, 'l', "ok then they're the right ones. the maricopa county justice courts also have self-help pages: justicecourts.maricopa.gov/self-help"],
    [50, 'l', 'that help?'],
    [80, 'p', 'yes ty'],
    [85, 'l', 'good luck monday! bye'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 29 a restatement; "Sure, take your time."
  s(ZOE, '29 14-day notice for a tenant at will (MA): restatement with no question mark, "Sure, take your time." then 214 s, mass.gov guide, "nope"', [
    [0, 'p', 'my lease is up at end of month and landlord just gave me a 14 day notice to leave. i thought it had to be 30? this is in Massachusetts, tenant at will'],
    [24, 'l', "Hi, I'm Zoe at Ask a Librarian, Boston Public Library."],
    [30, 'l', "So you're a tenant at will and got a 14-day notice, and you want to know if that's enough notice."],
    [60, 'p', 'yes exactly. hold on let me find the paper'],
    [66, 'l', 'Sure, take your time.'],
    [280, 'p', 'ok it says 14 day notice to quit for nonpayment'],
    [286, 'l', "Thanks. A 14-day notice is the one Massachusetts uses for nonpayment of rent; for no-fault endings a tenant at will gets 30 days or one rental period. Mass.gov's guide is at mass.gov/info-details/getting-an-eviction-notice. Paying everything owed within the cure period can stop the case."],
    [292, 'l', 'Is that what you needed?'],
    [330, 'p', 'yes thank you'],
    [335, 'l', 'Anything else today?'],
    [360, 'p', 'nope'],
    [365, 'l', 'Take care, and thanks for chatting!'],
  ], usual()),

  // 30 long search with holds every ~90 s, a partial result; two other chats
  s(WREN, '30 1979 Santa Monica rent control text for a tenants union: holds at 76, 170 and a partial result at 262, Digital Archives at 350, two other chats open', [
    [0, 'p', "Hi, I'm with our tenants union and want to find when Santa Monica's rent control was passed and the original text"],
    [20, 'l', 'Hello! Wren here, a librarian at Santa Monica Public Library.'],
    [26, 'l', 'Do you need the original 1979 ballot measure text, or the charter amendment as it reads today?'],
    [70, 'p', 'original 1979 text if possible'],
    [76, 'l', 'Let me check our local history collection.'],
    [170, 'l', "Still searching — the ballot pamphlets are digitized but not indexed by topic, so I'm going through them."],
    [262, 'l', "Found part of it: the current charter text, Article XVIII, is at smgov.net/departments/rentcontrol/charter. I'm still looking for the 1979 ballot pamphlet."],
    [350, 'l', "Here it is: the April 1979 ballot pamphlet with Proposition A's full text is in our Digital Archives, digital.smpl.org, search 'Proposition A 1979'."],
    [356, 'l', 'Does that cover what you need?'],
    [400, 'p', 'wow yes, thats perfect. thats all i needed'],
    [405, 'l', 'Wonderful! Thanks for chatting, and good luck with the newsletter.'],
  ], usual(), {}, { otherIntervals: [other('w1', 'wren', -100, 300), other('w2', 'wren', 200, 800)] }),

  // 31 notice without a check-in: idle 214 s
  s(FAY, '31 broken fridge repair time (Evanston): answer at 56, patron silent, "It looks like you may have disconnected, so I\'m going to end this chat. Thanks…" at 270, no check-in', [
    [0, 'p', 'how long does landlord have to fix a broken fridge in illinois'],
    [18, 'l', 'Hi, thanks for contacting Ask Evanston Public Library! This is Fay.'],
    [24, 'l', 'Do you rent in Chicago or elsewhere in Illinois? Chicago has its own ordinance.'],
    [50, 'p', 'evanston'],
    [56, 'l', "Evanston's Residential Landlord and Tenant Ordinance gives the landlord 14 days after written notice for most repairs. The city's tenant page is cityofevanston.org/landlord-tenant."],
    [62, 'l', 'Did that answer it?'],
    [270, 'l', "It looks like you may have disconnected, so I'm going to end this chat. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 32 patron's window closes, then the goodbye
  s(GUS, '32 Houston voucher waitlist: "One moment." then answer at 120, patron left at 160, "It looks like you\'ve left the chat. Thanks … come back anytime!" at 230', [
    [0, 'p', 'can you tell me if section 8 waitlist in Houston is open'],
    [20, 'l', "Hi! Gus at Houston Public Library's Ask a Librarian."],
    [26, 'l', "Are you looking for the Houston Housing Authority's voucher list, or Harris County's?"],
    [50, 'p', 'houston'],
    [56, 'l', 'One moment.'],
    [120, 'l', "Houston Housing Authority's waitlist status is posted at housingforhouston.com/apply; right now it says the voucher waitlist is closed, and you can sign up there for an alert when it opens."],
    [126, 'l', 'Does that help?'],
    left(160),
    [230, 'l', "It looks like you've left the chat. Thanks for contacting us — come back anytime!"],
  ], usual({ anything: 'fail' })),

  // ---- second batch (labelled before its first run) ----

  // 33 Spanish: hold, check-in "¿Sigue ahí?", notice that invites back
  s(ROSARIO, '33 citación por desalojo (Denver, en español): "Deme un momento", Colorado Legal Services phone, "¿Sigue ahí?" at 290, "Parece que se desconectó… vuelva cuando quiera" at 420', [
    [0, 'p', 'buenas, me llegó una carta de la corte por desalojo, la audiencia es el 12. donde consigo ayuda gratis? vivo en Denver'],
    [20, 'l', '¡Hola! Soy Rosario, bibliotecaria de Denver Public Library. Con gusto le ayudo.'],
    [26, 'l', '¿La carta es una citación (Summons) del tribunal del condado de Denver?'],
    [70, 'p', 'si eso dice summons'],
    [76, 'l', 'Deme un momento, por favor.'],
    [150, 'l', 'Colorado Legal Services atiende desalojos gratis: llame al 303-555-0161 o visite coloradolegalservices.org. Además, el tribunal tiene guías en español en denvercountycourt.org/es/desalojos.'],
    [156, 'l', '¿Esto responde a su pregunta?'],
    [290, 'l', '¿Sigue ahí?'],
    [420, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por comunicarse con nosotros y vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 34 chat-speak hold "ok lemme dig around", 130 s; "ask for a tow hearing at the justice court"
  s(JAX, '34 car towed over an expired parking sticker (Austin, chat-speak): "ok lemme dig around" then 130 s, TDLR URL, "ask for a tow hearing at the justice court" (no contact), "np! later 👋"', [
    [0, 'p', 'yo can my apt complex tow my car if my parking sticker expired? in austin'],
    [12, 'l', 'hey! jax here w/ austin public library ask a librarian'],
    [16, 'l', 'is the sticker thing in ur lease or just a sign in the lot?'],
    [50, 'p', 'lease and signs'],
    [55, 'l', 'ok lemme dig around'],
    [185, 'l', "texas lets a lot owner tow if the signs meet the state rules. TDLR's page on towing from private lots: tdlr.texas.gov/towing/towing.htm. if they towed it wrong u can ask for a tow hearing at the justice court"],
    [190, 'l', 'that help?'],
    [230, 'p', 'ya thx. thats all'],
    [234, 'l', 'np! later 👋'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 35 lockout: an offer of something not given is not the completeness question
  s(LENA, '35 locked out by the landlord (Atlanta): safety asked, police non-emergency + Atlanta Legal Aid phones, "Would a list of emergency shelters be helpful too?"', [
    [0, 'p', 'Landlord changed the locks while I was out and my stuff is inside. What can I do right now? Atlanta'],
    [15, 'l', "Hi, I'm Lena, a librarian with Atlanta-Fulton Public Library's chat service. I'm sorry, that's awful."],
    [21, 'l', 'Are you safe right now, and do you have somewhere to stay tonight?'],
    [50, 'p', 'yes at my sisters'],
    [56, 'l', "In Georgia a landlord can't lock you out without a court order; that's an illegal eviction. Call the police non-emergency line at 404-555-0100 to report it, and call Atlanta Legal Aid Society at 404-555-0190 for help getting back in. Georgia Legal Aid's page on lockouts is georgialegalaid.org/lockouts."],
    [62, 'l', 'Would a list of emergency shelters be helpful too?'],
    [90, 'p', 'no im ok at my sisters. thank you'],
    [95, 'l', 'Ok. Stay safe, and thanks for reaching out.'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'pass' })),

  // 36 FU_ME with the e-mail only in patron.email, "by Monday", done in 20 h; question after the first source
  s(NIA, '36 ACHA administrative plan (follow-up by me): greeting that is a hold, 2019 plan URL then "Do you need the current version specifically?", "the address on your account by Monday", done in 20 h', [
    [0, 'p', "Hi, I need the Allegheny County Housing Authority administrative plan for Section 8, the part about moving. can't find it online"],
    [25, 'l', 'Hi there, Nia with Ask Here PA. Let me take a look.'],
    [100, 'l', 'I found the 2019 plan at achsng.com/admin-plan-2019.pdf, but not the current one. Do you need the current version specifically?'],
    [140, 'p', 'yes the current one'],
    [146, 'l', "I'll request it from ACHA's policy office and e-mail it to the address on your account by Monday."],
    [152, 'l', 'Anything else in the meantime?'],
    [180, 'p', 'no thanks'],
    [185, 'l', "You're welcome, have a nice weekend!"],
  ], usual({ clarify: 'fail', complete: 'fail', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'rjohnson412@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }, { now: T0 + 2 * DAY }),

  // 37 transfer with a notice but no internal note
  s(AMIR, '37 failed Section 8 inspection (Metro HRA): "I\'m going to transfer you to my colleague Otis… Please hold" with no internal note, Otis at 100', [
    [0, 'p', "our unit failed the section 8 inspection bc of the landlord's wiring and now the housing authority says they'll stop paying him. will we get evicted?"],
    [20, 'l', 'Good morning, this is Amir, a librarian at Ask Hennepin County Library.'],
    [26, 'l', 'Which housing authority issued your voucher, Minneapolis or Metro HRA?'],
    [60, 'p', 'metro HRA'],
    [66, 'l', "I'm going to transfer you to my colleague Otis, who knows the voucher rules better. Please hold a moment."],
    xfer(72, 'Otis', 'otis'),
    [100, 'l', "Hi, Otis here, Hennepin County Library. When a unit fails inspection for the owner's repairs, the HRA holds its payments (abatement) and the owner can't evict you for the unpaid HRA share. Metro HRA's tenant page is metrocouncil.org/hra, under 'Inspections'.", as(OTIS)],
    [106, 'l', 'Does that answer your worry?', as(OTIS)],
    [150, 'p', "yes that helps a lot. that's all"],
    [155, 'l', 'Glad to hear it. Thanks for chatting with us!', as(OTIS)],
  ], usual({ transfer: 'fail' })),

  // 38 thresholds exactly: pickup 60 s, a 120 s wait
  s(IVY, '38 lease renewal (Seattle): pickup at exactly 60 s, "Let me check the Seattle rules." answered exactly 120 s later, "thats all"', [
    [0, 'p', "does my landlord have to renew my lease? it's up in 60 days"],
    [60, 'l', 'Hi, Ivy here, librarian at Ask Sno-Isle Libraries.'],
    [66, 'l', 'Which state and city are you in? Some cities require a reason to not renew.'],
    [90, 'p', 'seattle'],
    [96, 'l', 'Let me check the Seattle rules.'],
    [216, 'l', "Seattle's Just Cause Eviction Ordinance means a landlord needs one of the listed reasons to end or not renew a tenancy. The city's page is seattle.gov/rentinginseattle, under 'Evictions'."],
    [222, 'l', 'Does that help?'],
    [260, 'p', 'yes thats what i needed to know, thats all'],
    [265, 'l', 'Great, thanks for chatting with Ask Sno-Isle!'],
  ], usual()),

  // ---- third batch (labelled before its first run) ----

  // 39 a restatement with "Just to make sure I understand:"
  s(CORA, '39 written repair request for a ceiling leak (VA): restatement "Just to make sure I understand: you want…", valegalaid.org letter, "nope"', [
    [0, 'p', "what's the best way to ask my landlord for repairs so it counts legally? ceiling leak. virginia"],
    [20, 'l', 'Hello! Cora here, a librarian at Richmond Public Library.'],
    [26, 'l', 'Just to make sure I understand: you want to put a repair request in writing so it holds up if you need to take it further.'],
    [60, 'p', 'yes exactly'],
    [66, 'l', "Virginia Legal Aid has a free repair-request letter with instructions: valegalaid.org/repairs (Tenant's Notice of Noncompliance). It explains how to deliver it and keep proof."],
    [72, 'l', 'Is that what you were looking for?'],
    [110, 'p', 'yes perfect'],
    [115, 'l', 'Anything else I can help with today?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, good luck with the leak!'],
  ], usual()),

  // 40 the library's own division, visit, no contact
  s(DINA, '40 annotated Ohio Revised Code 5321 in print: codes.ohio.gov, "only in our Law and Government division: stop by the 3rd floor of Main Library" (no contact)', [
    [0, 'p', 'I need to read the actual Ohio landlord tenant law book, chapter 5321. do you have it'],
    [22, 'l', "Hi, I'm Dina with Ask Columbus Metropolitan Library."],
    [28, 'l', 'Do you want to read it online, or do you need the printed annotated code?'],
    [60, 'p', 'printed w/ the notes'],
    [66, 'l', "The Ohio Revised Code is free online at codes.ohio.gov/ohio-revised-code/chapter-5321, but the annotated print version (Page's Ohio Revised Code Annotated) is only in our Law and Government division: stop by the 3rd floor of Main Library, no appointment needed."],
    [72, 'l', 'Does that help?'],
    [100, 'p', "yes thank you, that's all"],
    [105, 'l', 'Glad to help. Bye!'],
  ], usual({ referral: 'fail' })),

  // 41 Spanish: "ya no tengo más preguntas", "¡Hasta luego, que le vaya bien!"
  s(BETO, '41 subir la renta a mitad del contrato (Chicago, en español): "Le saluda Beto, bibliotecario…", RLTO en español, "¿Con esto se resuelve su duda?", "ya no tengo más preguntas", "¡Hasta luego…!"', [
    [0, 'p', 'hola, quiero saber si el dueño puede subirme la renta a mitad del contrato. estoy en Chicago'],
    [18, 'l', '¡Hola! Le saluda Beto, bibliotecario de la Biblioteca Pública de Chicago.'],
    [24, 'l', '¿Su contrato es por un año fijo, o es de mes a mes?'],
    [60, 'p', 'por un año, se termina en diciembre'],
    [66, 'l', 'Con un contrato fijo, el dueño no puede subir la renta antes de que termine, a menos que el contrato lo permita. La ciudad tiene un resumen en español de la ordenanza (RLTO) en chicago.gov/rlto-espanol.'],
    [72, 'l', '¿Con esto se resuelve su duda?'],
    [110, 'p', 'si gracias, ya no tengo más preguntas'],
    [115, 'l', '¡Hasta luego, que le vaya bien!'],
  ], usual()),

  // 42 dismissal: "My shift is over, so I'm going to end our chat now. Bye."
  s(GARY, '42 guest clause in the lease (NC): Legal Aid NC URL, follow-up question answered with "My shift is over, so I\'m going to end our chat now. Bye."', [
    [0, 'p', 'Can a landlord evict me for having my boyfriend stay over a lot? lease says no long term guests. NC'],
    [25, 'l', 'Hi, Gary here at NC Live Ask a Librarian.'],
    [31, 'l', 'How many nights a week is he staying, roughly?'],
    [70, 'p', 'like 4 or 5'],
    [76, 'l', "North Carolina lets landlords enforce guest clauses as a lease violation, but they still have to go through court to evict. Legal Aid of NC's guide 'Eviction in North Carolina' is at legalaidnc.org/eviction."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'kind of. what counts as long term though'],
    [126, 'l', "My shift is over, so I'm going to end our chat now. Bye."],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 43 chat-speak: "checking our databases, hang tight" then 130 s; "u still there?"; idle 150 s
  s(KAI, '43 Section 8 income limit for 3 (San Diego, chat-speak): "checking our databases, hang tight" then 130 s, SDHC URL, "u still there?" at 300, "ok ttyl, thx…" at 325', [
    [0, 'p', 'need the income limits for section 8 in san diego for family of 3'],
    [14, 'l', 'hi there! kai @ ask sdpl (san diego public library) here'],
    [18, 'l', 'do u need the 50% (very low) limit or the 80% one?'],
    [40, 'p', '50'],
    [45, 'l', 'checking our databases, hang tight'],
    [175, 'l', "SDHC posts HUD's limits: sdhc.org/housing-opportunities/income-limits. for 3 people the 50% limit is $64,650 this year"],
    [180, 'l', 'did that answer it?'],
    [300, 'l', 'u still there?'],
    [325, 'l', 'ok ttyl, thx for using ask sdpl!'],
  ], usual({ informed: 'fail', anything: 'fail', idle: 'pass' })),

  // 44 "Someone from … will contact you by end of day Friday", coded Answered, no source, done in 50 h
  s(LOU, '44 1990s Rent Control Board decisions (promise, coded Answered): no source, e-mail read back, "Someone from Santa Monica Public Library will contact you by end of day Friday", done in 50 h', [
    [0, 'p', 'im looking for old rent control board decisions about my building from the 90s, 1420 Ocean Ave'],
    [30, 'l', 'Good evening, Lou at Ask California here.'],
    [36, 'l', 'Which city is the building in? And do you have a case or petition number?'],
    [80, 'p', 'santa monica, no number'],
    [86, 'l', 'Give me a minute to look.'],
    [170, 'l', "The Rent Control Board's decisions from the 1990s aren't online and have to be searched by staff. Your home library, Santa Monica Public Library, can request them for you. What's the best e-mail to reach you?"],
    [200, 'p', 'm.ortega@example.com'],
    [206, 'l', 'm.ortega@example.com, thanks. Someone from Santa Monica Public Library will contact you by end of day Friday.'],
    [212, 'l', 'Thanks for your patience, and have a good night!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 45 a transfer; the first provider's other chats open only after the transfer
  s(MAE, '45 bedbugs, who pays (Montgomery County MD): notice + note, transfer to Tom at 64, Mae\'s three other chats open only from 120 s on (after her part)', [
    [0, 'p', 'my apartment has bedbugs, who pays for the exterminator? maryland'],
    [20, 'l', 'Hi, Mae at Ask Us Now! here. Which county are you in?'],
    [50, 'p', 'montgomery county'],
    [56, 'l', "Montgomery County has its own rules on this, so I'm passing you to Tom at our Rockville branch, who handles housing questions. One moment please."],
    [60, 'i', 'Tom: MoCo tenant, bedbugs, who pays for extermination. Over to you.'],
    xfer(64, 'Tom', 'tom-r'),
    [90, 'l', "Hi, I'm Tom, a librarian at Rockville Memorial Library. In Montgomery County the landlord must treat bedbug infestations at the landlord's cost (County Code Chapter 29). The county's Landlord-Tenant Handbook is at montgomerycountymd.gov/dhca/housing/landlordtenant, page 34.", as(TOM)],
    [96, 'l', 'Did that answer your question?', as(TOM)],
    [140, 'p', 'yes!! thank you. nothing else'],
    [145, 'l', "You're welcome, thanks for chatting!", as(TOM)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('m1', 'mae', 120, 600), other('m2', 'mae', 130, 700), other('m3', 'mae', 140, 800)],
  }),
  // ---- fourth batch (labelled before its first run) ----

  // 46 "Reach out to the Tenant Union of Rhode Island … tenantsri.org"
  s(ISLA, '46 tenants union in Pawtucket: town asked, "Reach out to the Tenant Union of Rhode Island … tenantsri.org, or tenantsunion@example.org", an organizing handbook by call number', [
    [0, 'p', 'is there like a tenants union in rhode island? our building has a ton of problems and we want to organize'],
    [18, 'l', "Hi! I'm Isla, a librarian with Ask RI."],
    [24, 'l', 'Are you in Providence or another town? Some groups only cover one city.'],
    [50, 'p', 'pawtucket'],
    [56, 'l', "Reach out to the Tenant Union of Rhode Island, which covers Pawtucket too: tenantsri.org, or tenantsunion@example.org. For background, our catalog has 'The Tenant Organizing Handbook' (call number HD7288.8 .T46)."],
    [62, 'l', 'Is that the kind of thing you were after?'],
    [100, 'p', 'yes!! thank you so much, thats all'],
    [104, 'l', 'Good luck organizing! Bye for now.'],
  ], usual({ referral: 'pass' })),

  // 47 "Your best bet is to talk to a tenant attorney" (no contact)
  s(JOE, '47 cash for keys offer (VA): valegalaid.org page, "Your best bet is to talk to a tenant attorney before you sign anything." (no contact)', [
    [0, 'p', "my landlord wants me to sign a 'cash for keys' agreement, $2000 to move out in 30 days. should i sign"],
    [25, 'l', 'Hello, Joe at the Ask a Librarian desk, Fairfax County Public Library.'],
    [31, 'l', 'Is this in Virginia, and has the landlord already filed anything in court?'],
    [70, 'p', 'yes VA, nothing filed'],
    [76, 'l', "I can't tell you whether to sign, but Virginia Legal Aid explains cash-for-keys deals and what to check before signing: valegalaid.org/cash-for-keys. Your best bet is to talk to a tenant attorney before you sign anything."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'ok. thanks'],
    [125, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no'],
    [155, 'l', 'Take care, thanks for using Ask a Librarian.'],
  ], usual({ referral: 'fail' })),

  // 48 file with the Rent Board, e-mail or call its counselors
  s(KEN, '48 rent reduction for a closed laundry room (Berkeley): "file a Tenant Petition … with the Rent Stabilization Board", forms URL, "e-mail the Board\'s counselors … or call 510-555-0150", "yes thank u"', [
    [0, 'p', 'how do I request a rent reduction for lost services in Berkeley? the laundry room has been closed 3 months'],
    [20, 'l', 'Good afternoon, this is Ken, a reference librarian at Berkeley Public Library.'],
    [26, 'l', 'Is your unit under Berkeley rent control, do you know?'],
    [55, 'p', 'yes its controlled'],
    [60, 'l', "Then you file a Tenant Petition for decreased services with the Rent Stabilization Board. The petition form is at rentboard.berkeleyca.gov/forms, and you can e-mail the Board's counselors with questions at rentboard@example.gov or call 510-555-0150."],
    [66, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thank u'],
    [105, 'l', "You're welcome! Goodbye."],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 49 an internal line does not end the wait: 127 s
  s(MIRA, '49 $75 renewal admin fee (WA): an internal "anyone know…" line while the patron waits, answer 127 s after the patron, AG URL, "that\'s everything"', [
    [0, 'p', "my lease says i have to pay a $75 'admin fee' to renew. is that legal in Washington?"],
    [20, 'l', 'Hi, Mira here with Ask Spokane Public Library.'],
    [26, 'l', 'Is it a fixed-term lease renewal, or month-to-month?'],
    [55, 'p', 'fixed term'],
    [60, 'i', 'anyone know if WA caps lease renewal fees?'],
    [182, 'l', "Washington doesn't cap renewal fees statewide, but they have to be in the lease. The AG's landlord-tenant page covers fees: atg.wa.gov/landlord-tenant-fees."],
    [188, 'l', 'Does that answer your question?'],
    [230, 'p', "yes, that's everything"],
    [235, 'l', 'Thank you for chatting, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 50 Lost Call (the patron's one line) with an answer, a check-in and a notice
  s(HAL, '50 no hot water, city complaint (Providence, Lost Call): answer with PVD 311 URL at 26, no question, "Are you still with me?" at 160, notice + invitation at 230', [
    [0, 'p', 'where do i file a complaint about my landlord with the city of providence, no hot water for a week'],
    [20, 'l', 'Hello, Hal with Ask Providence Public Library.'],
    [26, 'l', "You can file a housing code complaint online through PVD 311: providenceri.gov/pvd311, choose 'Housing Code Violation'. No hot water is treated as urgent."],
    [32, 'l', 'Does that help?'],
    [160, 'l', 'Are you still with me?'],
    [230, 'l', "It looks like you've disconnected, so I'm closing this chat. Feel free to come back anytime!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 51 FU_ME "within 48 hours", not yet recorded at day 1
  s(LIV, '51 who owns my building, an LLC (Cleveland, follow-up by me): address asked, county records URL, e-mail read back, "within 48 hours", pending at day 1', [
    [0, 'p', "I'm trying to find out who owns my building, its an LLC and the landlord won't give me a name. Cleveland"],
    [22, 'l', 'Hi, Liv from Ask Cuyahoga County Public Library here.'],
    [28, 'l', 'Do you have the street address? The county records are searched by address.'],
    [60, 'p', '1800 W 65th St'],
    [66, 'l', "The county's property records are at myplace.cuyahogacounty.gov; search the address to get the owner LLC. Who's behind the LLC takes digging in the Ohio Secretary of State's business search (ohiosos.gov/businesses), which I can do for you after my shift. Would you like me to e-mail you what I find?"],
    [110, 'p', 'yes please. dana.k@example.com'],
    [116, 'l', "dana.k@example.com, got it. I'll e-mail you within 48 hours."],
    [122, 'l', 'Does the county records page help in the meantime?'],
    [160, 'p', 'yes thanks'],
    [165, 'l', 'Anything else?'],
    [190, 'p', "no that's it"],
    [195, 'l', 'Thanks, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), FU_ME),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftyNinthRoundTenants.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5: "… For free legal help, call Stay Housed L.A. at (888) 555-0140." tells the patron to call an organisation outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by a phone.',
};

describe('fifty-ninth round: renters and tenants, checked', () => {
  describeSessions('whole sessions', fiftyNinthRoundTenants.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyNinthRoundTenants.filter((c) => c.name in LEFT_WHY));
});
