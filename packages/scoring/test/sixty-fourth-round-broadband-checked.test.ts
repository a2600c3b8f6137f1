/**
 * Sixty-fourth round, theme INTERNET ACCESS, BROADBAND AFFORDABILITY AND PHONE SERVICE, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: low-cost plans after SNAP/Medicaid (Baltimore County),
 * hotspot lending in Spanish (Denver) and a hotspot renewal (Spokane), a Spectrum modem complaint to the FCC and the NC Attorney
 * General, Lifeline through the National Verifier, Enhanced Tribal Lifeline on Pine Ridge, the FCC broadband map challenge, a
 * state speed test, digital navigators for a grandmother's tablet, a rural co-op building fiber, a line-extension grant in
 * Garrett County, robocalls, a Boost price hike in Spanglish, a landline cut-off, California LifeLine, prepaid phone cards,
 * a Texas PUC complaint in Spanish. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/sixtyFourthRoundBroadband-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 61 s pickup (03: fail); exactly 60 s with "Hey 👋 what state are you in?" and no name anywhere (04: pickup pass,
 *   greeting fail); "Good morning!" and the name in the second message (06: pass); "This is Greg at …" with no greeting (09:
 *   fail); Spanish "Hola, buenos días. Soy Marisol, bibliotecaria de …" (02), "Hola, buenas tardes. Le atiende Beatriz …" (18),
 *   "Buenas noches, habla Esteban …" (30); Spanglish "Hi! Soy Tomás at Ask a Librarian, …" (20); no provider ever joined (22);
 *  inquiry: benefits, carrier, state, device, zip, branch, landline or cell; a restatement "So you want to …, right?" (05); a
 *   source before the only question (08: fail); a question in the same message as "The catalogue shows that …" (19: fail);
 *  waits: a hold answered exactly 120 s later (05: pass); a hold answered 121 s later (06: fail); two patron messages, the
 *   answer 125 s after the first (07: fail); a partial result "still looking for the income limits" 114 s after a hold and the
 *   answer 115 s after it (28: pass); a transfer notice answered 64 s later (23) and 130 s later (25: fail);
 *  endings: final idle of exactly 120 s with a check-in and no thanks (15); 185 s, check-in + notice that invites back (16);
 *   179 s with a notice only (17: check-in fails, notice na); a Spanish Lost Call at 205 s (18); "limit of three questions" (13:
 *   dismissal); "other people waiting … come back later" (14: allowed); the patron's "wow ok", "ok bye", "gracias!!" last;
 *  referrals: FCC complaint form and NC AG with URL and phone (03: pass); the library's digital navigators by phone (08: pass);
 *   "give your electric co-op a call" (09: fail); "call Boost customer service" (20: fail); the Texas PUC by phone and URL (30);
 *   staff the provider will call around to (11: none);
 *  follow-ups: FU_ME, e-mail read back, "by tomorrow afternoon", done at exactly 72 h (10: pass); a call-back promise coded
 *   Answered, phone read back, no "when" (11); FU_LIB with no contact anywhere, day 4 (12); no codes in the source, e-mail read
 *   back, "by Friday", done at 73 h (29: on_time fails);
 *  codes: Practice (21), a true Lost Call (18, 22), Lost Call on a whole answered session (19: fail), null (20), none (29);
 *  transfers: notice + internal note (23), internal note only (24), notice only (25);
 *  concurrency: three others over this one (26: fail); touching ends, three at most (27: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "file a complaint with the FCC at consumercomplaints.fcc.gov" and "call … the PUC" tell the patron to write to or call an
 *   organisation: referrals (with a URL/phone: pass); "register your number at donotcall.gov" is using a website: a source (23);
 * - "our digital navigators … call them at 615-…" is the provider's own library department the patron is told to contact (08);
 * - "give your electric co-op a call", "call Boost customer service" are referrals with no way to reach the party;
 * - "I'll call around … and call you back" consults others on the patron's behalf: no referral (11);
 * - Spanish "¿Le sirve?", "¿Esto le ayuda?" are completeness questions, "¿Necesita algo más?" the anything-else question;
 *   "no, es todo" and "eso es todo" say the patron is done; "¿Sigue conectado?" is a check-in;
 * - "Good luck!" alone is not a goodbye; "Take care, bye!" is;
 * - a message giving a URL and saying "still looking for the income limits" is a hold (partial result, search goes on) (28).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/sixtyFourthRoundBroadband-labels.ts). First run as labelled / disagreeing: 26 / 4 (03, 04 and 09 on referral.contact,
 * 19 on inquiry.clarify).
 * Label corrections: 1.
 *  - 19 inquiry.clarify pass -> fail: message 2 is "Do you know if anyone has a hold on it? The catalogue shows that on your
 *    account." RUBRIC info.source lists "the catalogue" among named resources, so that message gives a source, and
 *    inquiry.clarify wants the question "before the first message that gives a source": a question in the same message is
 *    not before it. I had missed that the message names the catalogue.
 * The other three reread against RUBRIC's Referral term and referral.contact: the labels stand.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "file a complaint with the FCC at consumercomplaints.fcc.gov … complain to the NC Attorney
 *    General's consumer protection division: ncdoj.gov/file-a-complaint or 1-877-566-7226" read as a referral with no contact
 *    (fail; RUBRIC pass: both parties come with a URL, one with a phone too);
 *  - referral.contact, case 04: "You apply through the National Verifier at checklifeline.org, then pick a Lifeline carrier"
 *    read as a referral with a contact (pass; RUBRIC na: applying through a website is using a source, nobody to call, write to,
 *    ask or visit);
 *  - referral.contact, case 09: "give your electric co-op a call and ask if your road is on their plan" read as no referral (na;
 *    RUBRIC fail: the patron is told to call an organisation, and no way to reach it is given).
 * Every timing check (pickup at 61 s and at exactly 60 s, no provider; keep_informed at exactly 120 s after a hold, 121 s after
 * a hold, 125 s across a second patron message, 114 + 115 s across a partial result, 64 s and 130 s after a transfer notice, 90 s
 * across a silent transfer; final idles of 120, 179, 185 and 205 s; concurrency at four and at touching ends; on_time done at
 * exactly 72 h and at 73 h, unrecorded at day 4, pending once), every code (Practice, two true Lost Calls, Lost Call on an
 * answered session, null, none in the source, a promise under Answered, FU_LIB with no contact) and every transfer shape
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a phone typed with spaces and read back with dashes, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean
 *  (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 03's "they forward it to the
 *   company" is no referral (X13) and case 09's "give your electric co-op a call" is one (X15); both run; 29 running, 1 LEFT (04).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-b', name: 'Dana', library: 'BCPL' };
const MARISOL: Prov = { id: 'marisol-b', name: 'Marisol', library: 'DPL-CO' };
const NADIA: Prov = { id: 'nadia-b', name: 'Nadia', library: 'CML-NC' };
const CHAT7: Prov = { id: 'chat7-b', name: 'chatdesk7', library: 'GPLS' };
const ELLIS: Prov = { id: 'ellis-b', name: 'Ellis', library: 'KCLS' };
const KOFI: Prov = { id: 'kofi-b', name: 'Kofi', library: 'OAAL' };
const PRUE: Prov = { id: 'prue-b', name: 'Prue', library: 'MPL-WI' };
const REGGIE: Prov = { id: 'reggie-b', name: 'Reggie', library: 'NPL-TN' };
const GREG: Prov = { id: 'greg-b', name: 'Greg', library: 'TCCL' };
const HOLLIS: Prov = { id: 'hollis-b', name: 'Hollis', library: 'GCPL-MD' };
const WYNONA: Prov = { id: 'wynona-b', name: 'Wynona', library: 'RCPL-SD' };
const OSCAR: Prov = { id: 'oscar-b', name: 'Oscar', library: 'AUN' };
const BRENDA: Prov = { id: 'brenda-b', name: 'Brenda', library: 'IPL-IN' };
const CALLUM: Prov = { id: 'callum-b', name: 'Callum', library: 'SLCPL' };
const DELPHINE: Prov = { id: 'delphine-b', name: 'Delphine', library: 'NOPL' };
const EMRYS: Prov = { id: 'emrys-b', name: 'Emrys', library: 'MCPL-MO' };
const FATIMA: Prov = { id: 'fatima-b', name: 'Fatima', library: 'DPL-MI' };
const BEATRIZ: Prov = { id: 'beatriz-b', name: 'Beatriz', library: 'HCPL-TX' };
const IGGY: Prov = { id: 'iggy-b', name: 'Iggy', library: 'SPL-WA' };
const TOMAS: Prov = { id: 'tomas-b', name: 'Tomás', library: 'QPL' };
const TRAINEE: Prov = { id: 'trainee-b', name: 'Trainee 4', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-b', name: 'Queue', library: 'VRQ' };
const AMARA: Prov = { id: 'amara-b', name: 'Amara', library: 'CCPL-OH' };
const FELIX: Prov = { id: 'felix-b', name: 'Felix', library: 'CCPL-OH' };
const GINA: Prov = { id: 'gina-b', name: 'Gina', library: 'ACL-TX' };
const HUGO: Prov = { id: 'hugo-b', name: 'Hugo', library: 'ACL-TX' };
const JONAH: Prov = { id: 'jonah-b', name: 'Jonah', library: 'PVLD' };
const LORNA: Prov = { id: 'lorna-b', name: 'Lorna', library: 'PVLD' };
const MAEVE: Prov = { id: 'maeve-b', name: 'Maeve', library: 'ALCO' };
const NOOR: Prov = { id: 'noor-b', name: 'Noor', library: 'FLP' };
const PAZ: Prov = { id: 'paz-b', name: 'Paz', library: 'SJPL' };
const RUFUS: Prov = { id: 'rufus-b', name: 'Rufus', library: 'BPL-NY' };
const ESTEBAN: Prov = { id: 'esteban-b', name: 'Esteban', library: 'SAPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay on this page, someone will be with you soon.'];

export const sixtyFourthRoundBroadband: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 cheap internet on SNAP and Medicaid (Baltimore County): "I\'m Dana, a librarian at …", benefits question, fcc.gov/lowincomeplans and everyoneon.org, "thats all i needed ty"', [
    [0, 'p', 'hi is there still cheap internet now that the acp thing ended?? money is tight'],
    [18, 'l', "Hi there, thanks for writing to Ask Us Now! I'm Dana, a librarian at Baltimore County Public Library."],
    [24, 'l', 'Does anyone in your household get SNAP, Medicaid, SSI or WIC? Most of the discount plans hinge on that.'],
    [70, 'p', 'my son gets medicaid and we get snap'],
    [78, 'l', "Then you likely qualify for several $10–$30 a month plans. The FCC keeps a list of low-income plans by company at fcc.gov/lowincomeplans, and everyoneon.org lets you search offers by zip code. Did that help?"],
    [120, 'p', 'yes!! thats all i needed ty'],
    [126, 'l', "You're welcome — good luck, and bye for now!"],
  ], usual()),

  // 02 Spanish: hotspots at the library
  s(MARISOL, '02 préstamo de hotspots (Spanish): "Soy Marisol, bibliotecaria de …", tarjeta vigente, denverlibrary.org, "¿Necesita algo más?" "no, es todo"', [
    [0, 'p', 'hola la biblioteca presta esos aparatos de internet? los hotspot'],
    [20, 'l', 'Hola, buenos días. Soy Marisol, bibliotecaria de la Biblioteca Pública de Denver.'],
    [26, 'l', '¿Tiene una tarjeta de la biblioteca vigente? Los hotspots se prestan solo con tarjeta.'],
    [65, 'p', 'si tengo, la saque el año pasado'],
    [72, 'l', 'Perfecto. Los hotspots se prestan por 3 semanas y se reservan en el catálogo igual que un libro: denverlibrary.org/hotspots. Si hay lista de espera, el catálogo le avisa por correo. ¿Le sirve?'],
    [110, 'p', 'si gracias'],
    [115, 'l', '¿Necesita algo más?'],
    [140, 'p', 'no, es todo'],
    [146, 'l', '¡Que le vaya muy bien! Gracias por escribirnos.'],
  ], usual()),

  // 03 pickup at 61 s; the FCC and the NC AG (URL, phone)
  s(NADIA, '03 Spectrum billed for a returned modem: 61 s pickup, "file a complaint with the FCC at consumercomplaints.fcc.gov", NC AG by URL and phone', [
    [0, 'p', 'spectrum charged me for a modem i returned 3 months ago and wont fix it. who do i complain to'],
    [61, 'l', 'Hello, and sorry for the wait! Nadia here, librarian at Charlotte Mecklenburg Library.'],
    [67, 'l', 'Have you already disputed it with Spectrum in writing, or only by phone?'],
    [110, 'p', 'only phone like 4 times'],
    [117, 'l', "You can file a complaint with the FCC at consumercomplaints.fcc.gov — they forward it to the company, which has to answer within 30 days. You can also complain to the NC Attorney General's consumer protection division: ncdoj.gov/file-a-complaint or 1-877-566-7226. Is that what you were looking for?"],
    [160, 'p', 'yes this is great, that is all i needed'],
    [166, 'l', 'Good luck, and thanks for using the chat!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 pickup at exactly 60 s; greets with an emoji, names no one
  s(CHAT7, '04 Lifeline in Georgia: pickup at exactly 60 s, "Hey 👋 what state are you in?" under the screen name chatdesk7, checklifeline.org', [
    [0, 'p', 'how do i get one of those free govt phones'],
    [60, 'l', 'Hey 👋 what state are you in?'],
    [85, 'p', 'georgia. atlanta'],
    [92, 'l', "The free phones come through Lifeline, a federal discount for people on SNAP, Medicaid, SSI and a few other programs. You apply through the National Verifier at checklifeline.org, then pick a Lifeline carrier in Georgia. Does that help?"],
    [130, 'p', 'ok cool thats everything'],
    [135, 'l', 'Bye, thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 05 restatement; a hold answered exactly 120 s later
  s(ELLIS, '05 the FCC broadband map says fiber, there is none: "So you want to dispute …, right?", "Let me pull up …" answered exactly 120 s later, broadbandmap.fcc.gov', [
    [0, 'p', 'the fcc map says i can get fiber at my house but i cant, the company says not available. this is why our county got skipped for funding i think'],
    [17, 'l', 'Hi, Ellis with King County Library System here — thanks for reaching out.'],
    [23, 'l', "So you want to dispute what the FCC map shows as available at your address, right?"],
    [55, 'p', 'yes exactly'],
    [60, 'l', 'Let me pull up the current challenge steps — one moment.'],
    [180, 'l', 'Found it. On broadbandmap.fcc.gov, search your address, then click "Availability Challenge" under the provider listed; you describe what the company told you and the provider has 60 days to respond. Does that answer your question?'],
    [220, 'p', 'yes thanks'],
    [226, 'l', 'Anything else I can help with today?'],
    [250, 'p', 'nope'],
    [255, 'l', 'Thanks for chatting, take care!'],
  ], usual()),

  // 06 greeting split over two messages; a hold answered 121 s later
  s(KOFI, '06 an Ohio speed test: "Good morning!" then "You\'re chatting with Kofi at …", "Give me a sec …" answered 121 s later, broadband.ohio.gov', [
    [0, 'p', 'my internet is sooo slow, is there an official speed test the state uses'],
    [16, 'l', 'Good morning!'],
    [21, 'l', "You're chatting with Kofi at the Ohio Ask a Librarian service. Are you testing on home Wi-Fi or on your phone's data?"],
    [50, 'p', 'home wifi, its frontier'],
    [56, 'l', "Give me a sec, I'm finding the state's speed test page."],
    [177, 'l', "BroadbandOhio runs a speed test that feeds the state's coverage data: broadband.ohio.gov (Speed Test). Test with a computer plugged into the router if you can. Did that help?"],
    [210, 'p', "ya thats all i needed"],
    [215, 'l', 'Great — thank you for writing in, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 07 two patron messages, the answer 125 s after the first
  s(PRUE, '07 phone-only internet for a job application: the patron writes at 50 and "hello??" at 110, Prue answers at 175 (125 s), mpl.org/techhelp', [
    [0, 'p', 'can i do a job application on my phone or do i need a computer, i dont have wifi at home just data'],
    [20, 'l', "Hi! I'm Prue, a librarian at Milwaukee Public Library."],
    [26, 'l', 'Which employer is it, and does their site ask you to upload a resume?'],
    [50, 'p', 'its for the county, yes resume upload'],
    [110, 'p', 'hello??'],
    [175, 'l', "Sorry for the delay! County applications work on a phone, but uploading a resume is easier on a computer. Any branch has free computers and Wi-Fi, and our tech help page is at mpl.org/techhelp. Does that answer it?"],
    [210, 'p', 'yes thank u thats all'],
    [215, 'l', 'Thanks for chatting, good luck with the job!'],
  ], usual({ informed: 'fail' })),

  // 08 a source before the only question; digital navigators by phone
  s(REGGIE, '08 digital navigators for grandma\'s tablet and cheap internet: source first, then "branch or call her at home?", "call them at 615-555-0190"', [
    [0, 'p', 'do yall have someone who can help my grandma set up her new tablet and sign up for cheap internet'],
    [15, 'l', 'Hi! Reggie here, Ask a Librarian at Nashville Public Library.'],
    [22, 'l', 'Our digital navigators do exactly that, free and one-on-one: library.nashville.org/digital-inclusion. You can also call them at 615-555-0190 to book a time.'],
    [30, 'l', 'Would she rather meet at a branch, or have them phone her at home?'],
    [70, 'p', 'branch, shes near madison'],
    [76, 'l', 'Madison Branch has navigator hours Tuesday mornings, and the same number books those. Did that answer your question?'],
    [110, 'p', 'perfect ty thats everything'],
    [115, 'l', 'Thanks for reaching out, bye!'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 09 no greeting; "give your electric co-op a call" (no contact)
  s(GREG, '09 rural Oklahoma, nothing but satellite: "This is Greg at …" (no greeting), zip, broadbandmap.fcc.gov, "give your electric co-op a call" with no contact', [
    [0, 'p', 'live out past skiatook only have satellite and its awful and $$$. any other options coming??'],
    [22, 'l', "This is Greg at Tulsa City-County Library. What's your zip, or the nearest crossroads?"],
    [60, 'p', '74070'],
    [67, 'l', "The FCC's National Broadband Map at broadbandmap.fcc.gov shows every provider that reports service at your address, including fixed wireless. Many electric co-ops in Oklahoma are building fiber right now, so give your electric co-op a call and ask if your road is on their plan. Does that help?"],
    [110, 'p', "yea that's all I need"],
    [115, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 10 FU_ME, e-mail read back, "by tomorrow afternoon", done at exactly 72 h
  s(HOLLIS, '10 a line-extension grant in Garrett County: dhcd.maryland.gov/Broadband, "e-mail you what I find by tomorrow afternoon", e-mail read back, FU_ME done at 72 h', [
    [0, 'p', 'is there any grant to get internet run to my house, im rural in garrett county and comcast wants $9000 to run the line'],
    [20, 'l', 'Good afternoon! This is Hollis, a librarian with Ask Us Now! at Garrett County Public Library.'],
    [27, 'l', 'Is it your full-time residence, and does anyone on your road already have cable?'],
    [75, 'p', 'full time, nobody on our road has it'],
    [82, 'l', "Maryland's Office of Statewide Broadband has programs that help cover line extension costs; the program page is dhcd.maryland.gov/Broadband. I want to check whether the current round is open to single households — I can e-mail you what I find by tomorrow afternoon. What's your e-mail?"],
    [120, 'p', 'jwilt.farm@example.net'],
    [126, 'l', 'Got it: jwilt.farm@example.net. Does the program page help for now?'],
    [160, 'p', 'yes thank you thats all'],
    [166, 'l', 'Thanks for chatting — talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(171 + 72 * HOUR), by: 'hollis-b', note: 'sent round details' }] }),

  // 11 a call-back promise coded Answered; phone read back, no "when"
  s(WYNONA, '11 Enhanced Tribal Lifeline on Pine Ridge: lifelinesupport.org, "I\'ll call around … and call you back", phone read back, no when, coded Answered', [
    [0, 'p', 'im on pine ridge, can i get the tribal lifeline discount on my cell? my carrier said they dont do it'],
    [19, 'l', "Hello, I'm Wynona, a librarian at Rapid City Public Library."],
    [25, 'l', 'Which carrier are you with now, and do you get any benefits like SNAP or FDPIR?'],
    [70, 'p', 'verizon. and fdpir yes'],
    [77, 'l', "FDPIR qualifies you. Enhanced Tribal Lifeline takes up to $34.25 a month off phone or internet service on tribal lands; the rules are at lifelinesupport.org (Do I Qualify? > Tribal). Not every carrier offers it, so I'll call around to find which ones do in Oglala Lakota County and call you back. What's a good number?"],
    [115, 'p', '605 555 0142'],
    [121, 'l', "Thanks, I'll call 605-555-0142. Did the Lifeline page help in the meantime?"],
    [150, 'p', 'yes'],
    [155, 'l', 'Anything else I can do for you?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Take care, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 FU_LIB with no contact anywhere, day 4
  s(OSCAR, '12 a digital navigator from the home library will reach out: indypl.org, FU_LIB, no e-mail or phone anywhere, not recorded by day 4', [
    [0, 'p', 'my dad is 80 and wants to switch to cheaper phone and internet but hes overwhelmed. lives in indianapolis'],
    [21, 'l', 'Hello, this is Oscar at Ask Us Now, the statewide chat service.'],
    [27, 'l', 'Does he want help in person, or would phone help work for him?'],
    [70, 'p', 'in person, he doesnt do well on phone'],
    [77, 'l', "Indianapolis Public Library has digital navigators who meet one-on-one; their page is indypl.org/digital-inclusion. I'll pass this on so someone from his library contacts you to set it up. Does that help?"],
    [115, 'p', 'yes great thanks'],
    [120, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [145, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 "limit of three questions"
  s(BRENDA, '13 a landline cut-off and three more questions: in.gov/iurc, "You\'ve reached the limit of three questions per chat", patron "wow ok" last', [
    [0, 'p', 'AT&T says they are ending my landline, can they just do that? im 74 and need it for my medical alert'],
    [20, 'l', "Hi, I'm Brenda, a librarian with Indianapolis Public Library's Ask a Librarian chat."],
    [26, 'l', 'Did they send you a letter with a date, and is it a copper line or through the internet?'],
    [70, 'p', 'a letter, says copper retirement march 1'],
    [77, 'l', "Phone companies can retire copper lines after notice, but they must offer a replacement service. The Indiana Utility Regulatory Commission explains your rights at in.gov/iurc (Telecommunications). Does that help?"],
    [120, 'p', 'ok but will my medical alert work on the new thing, and what does it cost, and can i keep my number, and what if the power goes out'],
    [127, 'l', "You've reached the limit of three questions per chat, so I have to end this one here."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 14 other patrons waiting, come back later
  s(CALLUM, '14 hotspot plus a laptop plus printing: slcpl.org/hotspots, "a few other people waiting … come back later", patron "ok bye" last', [
    [0, 'p', 'can i check out a hotspot AND a laptop at the same time? also printing from home? also do hotspots work in park city'],
    [18, 'l', "Hello! You're chatting with Callum, a librarian at Salt Lake City Public Library."],
    [24, 'l', 'Do you have an adult library card with us?'],
    [55, 'p', 'yes'],
    [62, 'l', 'Adult cardholders can borrow one hotspot and one laptop at a time, each for two weeks: slcpl.org/hotspots. Did that help?'],
    [100, 'p', 'ya. now printing from home and park city and also can my kid get one on his card and whats the fine if i lose it'],
    [107, 'l', "Good questions! I have a few other people waiting in the queue right now, so please come back later or tomorrow with the rest and we'll go through them. Thanks!"],
    [120, 'p', 'ok bye'],
  ], usual({ anything: 'fail' })),

  // 15 final idle of exactly 120 s, check-in, no thanks
  s(DELPHINE, '15 which New Orleans libraries have Wi-Fi after hours: nolalibrary.org, "Are you still with me?" at 150, endedAt 170 (120 s), no thanks', [
    [0, 'p', 'which library has wifi u can use in the parking lot at night'],
    [20, 'l', 'Hi, this is Delphine at New Orleans Public Library.'],
    [26, 'l', 'Which part of town are you in?'],
    [44, 'p', 'gentilly'],
    [50, 'l', "The Norman Mayer branch in Gentilly leaves its Wi-Fi on 24/7, reachable from the parking lot. The list of branches with after-hours Wi-Fi is at nolalibrary.org/wifi. Did that answer it?"],
    [150, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 20 }),

  // 16 185 s: check-in and a notice that invites back
  s(EMRYS, '16 Missouri Lifeline carriers: psc.mo.gov, "Hi, are you still there?" at 130, "It looks like you\'ve been disconnected … Come back anytime!" at 235 (185 s)', [
    [0, 'p', 'which companies do lifeline in missouri, kansas city'],
    [15, 'l', 'Good evening! Emrys here, librarian at Mid-Continent Public Library.'],
    [20, 'l', 'Are you looking for a cell phone plan or a home internet discount?'],
    [45, 'p', 'cell'],
    [50, 'l', 'The Missouri Public Service Commission lists the approved Lifeline carriers for each county at psc.mo.gov (Telecommunications > Lifeline). Does this help?'],
    [130, 'l', 'Hi, are you still there?'],
    [235, 'l', "It looks like you've been disconnected, so I'll close the chat now. Come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 179 s, a notice only
  s(FATIMA, '17 Detroit low-cost internet sign-up help: detroitmi.gov, no check-in, "Looks like you\'ve disconnected — I\'m ending the chat now. Thanks …" at 219 (179 s)', [
    [0, 'p', 'who helps sign up for the $30 internet in detroit'],
    [18, 'l', "Hello! I'm Fatima, a librarian at Detroit Public Library."],
    [24, 'l', 'Is this for your own home, or are you helping someone else?'],
    [36, 'p', 'my home'],
    [40, 'l', "The city's Digital Inclusion office lists sign-up help and eligible plans at detroitmi.gov/digital-inclusion. Did that help?"],
    [219, 'l', "Looks like you've disconnected — I'm ending the chat now. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 Spanish Lost Call: greeting, check-in, notice that invites back (205 s)
  s(BEATRIZ, '18 ¿califico para Lifeline con Medicaid? (Spanish, Lost Call): saludo a los 25, "¿Sigue conectado?" a los 150, aviso que invita a volver a los 230 (205 s)', [
    [0, 'p', 'hola necesito saber si califico para lifeline, tengo medicaid'],
    [25, 'l', 'Hola, buenas tardes. Le atiende Beatriz, bibliotecaria de la Biblioteca Pública del Condado de Harris.'],
    [150, 'l', '¿Sigue conectado?'],
    [230, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Puede volver a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 a whole answered session coded Lost Call; the question shares its message with "The catalogue shows that" (a source)
  s(IGGY, '19 renewing a hotspot in Seattle: spl.org/hotspots, a whole answered session coded Lost Call', [
    [0, 'p', 'can i renew my hotspot or do i have to bring it back, its due friday'],
    [17, 'l', 'Hi! Iggy at The Seattle Public Library, happy to help.'],
    [23, 'l', 'Do you know if anyone has a hold on it? The catalogue shows that on your account.'],
    [60, 'p', 'says 0 holds'],
    [66, 'l', 'Then you can renew it once for another three weeks from your account page; the rules are at spl.org/hotspots. Does that answer your question?'],
    [95, 'p', 'yep did it, thats all thanks'],
    [100, 'l', 'Nice! Bye, and thanks for chatting.'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Spanglish; code null; "call Boost customer service" with no contact
  s(TOMAS, '20 Boost subió el precio (Spanglish): "Hi! Soy Tomás at Ask a Librarian", fcc.gov/consumers, "call Boost customer service" with no contact, code null', [
    [0, 'p', 'hola, my phone plan w/ boost went up $15 sin avisar, can they do that?'],
    [19, 'l', 'Hi! Soy Tomás at Ask a Librarian, Queens Public Library. ¿Es un plan prepago o con contrato?'],
    [55, 'p', 'prepago'],
    [62, 'l', "On prepaid plans carriers can change prices for the next month if they give notice, usually by text. The FCC's consumer guides on billing are at fcc.gov/consumers. First, call Boost customer service and ask them to put you back on your old rate. ¿Le ayuda eso?"],
    [100, 'p', 'si gracias, thats all'],
    [106, 'l', '¡De nada! Bye!'],
  ], usual({ code: 'fail', referral: 'fail' }), { resolutionCode: null }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (Lifeline macro test): coded Practice, every check na', [
    [0, 'p', 'testing the lifeline canned response'],
    [6, 'l', 'Test: lifelinesupport.org and checklifeline.org'],
    [12, 'p', 'both links ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 no provider ever joined; true Lost Call
  s(QUEUE, '22 "is the wifi down at the library??" 😡: no provider ever joined, queue line, patron left, Lost Call after one patron message', [
    [0, 'p', 'is the wifi down at the library?? 😡 been sitting here 20 min'],
    queued(3),
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 a transfer: notice + internal note
  s(AMARA, '23 robocalls on a cell phone: "pass you to my colleague Felix … One moment while I transfer you", internal note why, Felix 64 s later, donotcall.gov', [
    [0, 'p', 'i get like 10 robocalls a day about my car warranty, i dont even have a car. how do i make it stop'],
    [20, 'l', "Hello, Amara from Cuyahoga County Public Library's chat here."],
    [26, 'l', 'Are the calls to a landline or a cell phone?'],
    [60, 'p', 'cell'],
    [66, 'l', "I'm going to pass you to my colleague Felix, who handles our consumer questions. One moment while I transfer you."],
    [68, 'i', 'Felix — pt gets robocalls on a cell, wants them stopped; you wrote the robocall guide, can you take it?'],
    xfer(71, 'Felix', 'felix-b'),
    [130, 'l', "Hi, Felix here, librarian at Cuyahoga County Public Library. Register your number at donotcall.gov, and turn on your carrier's free call blocking; the FCC's robocall tips are at fcc.gov/robocalls. Is that what you needed?", as(FELIX)],
    [170, 'p', 'yes thx thats everything'],
    [175, 'l', 'Thanks for writing in, bye!', as(FELIX)],
  ], usual({ transfer: 'pass' })),

  // 24 silent transfer: internal note only
  s(GINA, '24 a senior discount on Spectrum in Austin: internal note only, silent transfer, Hugo 90 s after the patron, austintexas.gov', [
    [0, 'p', 'does spectrum have a senior discount? im 70 on social security in austin'],
    [18, 'l', "Hi, I'm Gina, a librarian at Austin Public Library."],
    [24, 'l', 'Do you get SSI, or regular Social Security retirement?'],
    [55, 'p', 'just regular'],
    [60, 'i', 'Hugo, senior wants low-cost internet, no SSI; you run the digital inclusion desk, can you take it?'],
    xfer(63, 'Hugo', 'hugo-b'),
    [145, 'l', "Hi, Hugo here, also with Austin Public Library. Spectrum's low-cost plan needs SSI or another benefit, but the City of Austin's Grid2Home list shows other low-cost options: austintexas.gov/digitalinclusion. Does that help?", as(HUGO)],
    [185, 'p', 'ok yes thats all i needed'],
    [190, 'l', 'Thanks for chatting, goodbye!', as(HUGO)],
  ], usual({ transfer: 'fail' })),

  // 25 notice only; the receiver 130 s later
  s(JONAH, '25 prepaid phone cards for a relative in jail: "Handing you to Lorna — hang on", no internal note, Lorna 130 s later, pvld.org', [
    [0, 'p', 'how do i put money on a phone account so my brother can call from county jail'],
    [20, 'l', 'Hey, Jonah here with Pioneer Valley Library District.'],
    [26, 'l', 'Which county jail is he in?'],
    [60, 'p', 'yakima county'],
    [66, 'l', 'Handing you to Lorna, she knows the jail services side — hang on.'],
    xfer(69, 'Lorna', 'lorna-b'),
    [196, 'l', "Hi, Lorna here! Yakima County uses an outside phone vendor for inmate calls; the jail's visiting and phone page explains how to fund an account, and our reentry guide links it: pvld.org/reentry. Did that help?", as(LORNA)],
    [230, 'p', 'yes thank you, thats all'],
    [235, 'l', 'Take care, and thanks for chatting!', as(LORNA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 26 four at once
  s(MAEVE, '26 a Chromebook and hotspot for a homeschooler: aclibrary.org, three other chats open over the whole session (four)', [
    [0, 'p', 'we homeschool, does the library lend chromebooks w internet for kids'],
    [19, 'l', "Hi, thanks for contacting Ask a Librarian — I'm Maeve at Alameda County Library."],
    [25, 'l', 'How old is your child, and do they have their own library card?'],
    [60, 'p', '11, yes'],
    [66, 'l', 'Kids 10 and up can borrow a Chromebook bundled with a hotspot for four weeks; details and the request form are at aclibrary.org/techlending. Does that answer your question?'],
    [105, 'p', "yes that's all, thanks!"],
    [110, 'l', 'Thank you, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'maeve-b', -100, 300), other('m2', 'maeve-b', -20, 200), other('m3', 'maeve-b', 10, 150)],
  }),

  // 27 three at most, touching ends
  s(NOOR, '27 free Wi-Fi at Philadelphia rec centers: phila.gov, one chat ending at the start, two overlapping, one starting at endedAt (three at most)', [
    [0, 'p', 'r there free wifi spots besides the library in philly, library closes early sundays'],
    [16, 'l', 'Hello! Noor at the Free Library of Philadelphia, happy to help.'],
    [22, 'l', 'Which neighborhood are you in?'],
    [50, 'p', 'kensington'],
    [56, 'l', 'Many city rec centers have free Wi-Fi on Sundays; the city keeps a map of free public Wi-Fi at phila.gov/wifi. Did that help?'],
    [90, 'p', 'yes thats all thx'],
    [95, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'noor-b', -300, 0), other('n2', 'noor-b', -50, 400), other('n3', 'noor-b', 30, 200), other('n4', 'noor-b', 100, 500)],
  }),

  // 28 a partial result that says the search goes on: two waits under 120 s
  s(PAZ, '28 California LifeLine income limits: a hold at 56, a partial result "still looking for the income limits" at 170 (114 s), the answer at 285 (115 s)', [
    [0, 'p', 'what is the income limit for california lifeline for a family of 3'],
    [20, 'l', "Hi there, Paz at San José Public Library's Ask a Librarian."],
    [26, 'l', 'Is it for a cell phone or a home phone? The program covers both.'],
    [50, 'p', 'cell'],
    [56, 'l', 'One moment while I look it up.'],
    [170, 'l', "The program's own site is californialifeline.com; I'm still looking for this year's income table."],
    [285, 'l', 'Found it: the limit for a household of 3 is on californialifeline.com under "Do I Qualify?", updated each June. Does that answer your question?'],
    [320, 'p', 'yes thank you thats all i needed'],
    [326, 'l', 'Thanks for chatting — bye!'],
  ], usual()),

  // 29 no codes in the source; e-mail read back, "by Friday", done at 73 h
  s(RUFUS, '29 internet for a Brooklyn NYCHA apartment (no codes in the source): nyc.gov/bigapple, "e-mail you … by Friday", e-mail read back, done at 73 h', [
    [0, 'p', 'i live in nycha, is the free internet thing still running and does it cover my building'],
    [18, 'l', "Hello, this is Rufus, a librarian at Brooklyn Public Library."],
    [24, 'l', 'Which development do you live in?'],
    [60, 'p', 'marcy houses'],
    [66, 'l', "The city's Big Apple Connect page lists the covered developments: nyc.gov/bigapple. The list there is out of date, so I'll confirm Marcy Houses and e-mail you by Friday. What's your e-mail?"],
    [110, 'p', 'ty.ramos22@example.com'],
    [116, 'l', 'Thanks — ty.ramos22@example.com. Did the page help for now?'],
    [150, 'p', 'yes. thats all'],
    [155, 'l', 'Have a good one, bye!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'fail' }), { resolutionCode: undefined, followUps: [{ doneAt: at(160 + 73 * HOUR), by: 'rufus-b', note: 'confirmed building' }] }),

  // 30 Spanish: the Texas PUC by phone and URL
  s(ESTEBAN, '30 queja contra la compañía de teléfono (Spanish): "Buenas noches, habla Esteban …", la PUC de Texas por teléfono y puc.texas.gov, "eso es todo"', [
    [0, 'p', 'buenas noches quiero poner una queja contra mi compañia de telefono fijo me cobran un servicio que nunca pedi'],
    [21, 'l', 'Buenas noches, habla Esteban, bibliotecario del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [27, 'l', '¿Ya habló con la compañía para pedir que le quiten el cargo?'],
    [70, 'p', 'si dos veces y nada'],
    [77, 'l', 'Entonces puede llamar a la Comisión de Servicios Públicos de Texas (PUC), Oficina de Protección al Consumidor, al 1-888-782-8477, o presentar la queja en línea en puc.texas.gov. ¿Esto le ayuda?'],
    [115, 'p', 'si, eso es todo. gracias!!'],
    [121, 'l', 'Con mucho gusto. ¡Hasta luego y buenas noches!'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundBroadband.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('04')]:
    'referral.contact: expected na, got pass ("the referral comes with a way to reach them"). Message 3: "You apply through the National Verifier at checklifeline.org, then pick a Lifeline carrier in Georgia." (RUBRIC Terms, Referral: "Pointing to a website, database or publication for the patron to use is a source, not a referral, even when an agency publishes it": applying through a web system is using it; nobody is to be called, written to, asked or visited)',
};

describe('sixty-fourth round: internet access, broadband affordability and phone service, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundBroadband.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundBroadband.filter((c) => c.name in LEFT_WHY));
});
