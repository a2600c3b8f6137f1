/**
 * Sixtieth round, theme PUBLIC BENEFITS, checked: 30 whole sessions no one had written, from public library and statewide
 * "ask a librarian" chats: SNAP (applying after a job loss, a cut and a fair hearing, college students, reporting a new job,
 * unemployment as income, an overpayment and the tax refund, the farmers market, the EBT balance, a recertification, SUN
 * Bucks), Medicaid and CHIP (citizen children of an undocumented parent in Spanish, a KidsCare renewal, a renewal upload
 * error, nursing-home Medicaid, a neighbor of 70 applying by phone), WIC (a working husband, in Spanish in Chicago), energy
 * help (a BGE shutoff notice, a pending LIHEAP paper application, an AC unit for a dad with COPD, heating help after HEAP runs
 * out), cash assistance (TANF in Georgia, emergency help before an eviction, an NYC fair hearing), SSI and SSDI (the
 * difference, an appeal), the PA rent rebate, benefits screeners. Providers point to state portals and program pages, county
 * social services and JFS offices, WIC clinics, OTDA, SSA, MMAP, 2-1-1 and their own reference desks. Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtiethRoundBenefits-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 24 s pickup (01); a patron "hello??" in the queue and an 88 s pickup (03: fail); `pickedUpAt`
 *   at 70 s with the first line at 100 (28: pickup fails on 70 s, keep_informed passes on the 30 s after it); "Hey there! Ana
 *   at …" (06); "This is Ruth at the Erie County Public Library reference desk." with no greeting word (27: fail); Spanish
 *   "¡Hola! Le saluda Graciela, bibliotecaria de …" (02); chat-speak "hey! Bex @ Ask a Librarian, Denver Public Library 👋"
 *   (23); "Hi, thanks for contacting Ask a Librarian! This is Cheryl at …" in a Lost Call (10); no provider ever joined (11);
 *  inquiry: county, household, state, notice date, pregnancy and children under 5, ZIP and car, branch, online or paper,
 *   first decision or reconsideration, work history, Medicare, error message, agency or household error, gas or electric,
 *   rent or property tax rebate; a restatement with no question mark ("So you need help getting a working AC for your dad,
 *   who has COPD, here in Maricopa County.", 28: pass); usa.gov/benefit-finder given before "Are you looking for a particular
 *   kind of help …?" (06: fail); a question and no source ever (26: pass); the receiver's own question after a silent
 *   transfer (17);
 *  waits: a hold answered 150 s later (04: fail); holds at 96 and 195 (a partial result that says the search goes on) and the
 *   answer at 290 (25: pass); "Sure, take your time." then the patron back 230 s later (24: waiting on the patron); "sec" then
 *   60 s (23); a transfer notice answered by the receiver 135 s later (16: fail); a transfer notice answered 69 s later (15);
 *   a silent transfer (17);
 *  endings: a Lost Call with a check-in at 150 and "It looks like you've disconnected, so I'll close this chat. Feel free to
 *   chat back in anytime!" at 330 (10: final idle 312 s); "Are you still there?" at 230 and "Looks like you've stepped away,
 *   so I'm going to close this chat. Thanks for reaching out, and chat back anytime!" at 320 (20: both pass); "Are you still
 *   there?" and a plain goodbye 234 s after the answer (22: disconnect fails); a goodbye 156 s after the answer with no
 *   check-in (21: idle fails, disconnect na); "It looks like you've disconnected. I'm ending this chat now." with no
 *   question and no goodbye, final idle 211 s (29: idle fails, notice passes, courteous fails); "Sorry, your time is up for
 *   this chat. I have to close it now." (18: dismissal and courteous fail); "a couple of other patrons waiting … Please chat
 *   back in later … or call our reference desk" (19: allowed); the patron's "ya thx thats everything" as the last line (23:
 *   courteous fails); the patron's window closing before "Good luck, I hope it works out. Bye." (26); goodbyes "¡Con mucho
 *   gusto! Que tenga buen día.", "Have a good afternoon.", "Stay cool, and thank you for chatting!", "Talk to you tomorrow!",
 *   "¡Que le vaya bien! Gracias por usar el chat."; patron-side "thats all i needed", "es todo", "no, es todo", "thats
 *   everything", "yes. ok thats all", "nope thats it", "thats all for now", "That is all I needed.", and "ya ok ty", "yes thank
 *   u", "ok" that do not count;
 *  completeness: "Is this helpful?", "Does that cover it?", "¿Le sirve?", "that what u needed?", "Does the MMAP info help for
 *   now?", "In the meantime, does the pantry finder help?", "Does that help?" after an answer with no source (26: pass);
 *   "Would you like me to look up where you can get free help filling it out, too?" (27: offers more, fail);
 *  sources: state portals and program pages, ssa.gov, fns.usda.gov, usa.gov/benefit-finder, a path on revenue.pa.gov; none
 *   ("Go to the Richmond Department of Social Services office downtown", 26: fail);
 *  referrals: a county JFS office, an energy assistance office, a County Assistance Office, DCBS, OTDA, AHCCCS, the Phoenix
 *   Senior Services line, WIC clinics (English and Spanish) and the library's reference desk, each by phone; "talking to a
 *   legal aid lawyer" beside a phoned office (05: fail); "Michigan's MMAP counselors help families with this for free:
 *   mmapinc.org or 800-…" (08, LEFT); "dial 2-1-1 or search 211summit.org" (30); "call the number on the back of your card"
 *   (20, LEFT); "she should also ask about the Medicare Savings Programs" (19, LEFT); "claims can be sent to the Treasury
 *   Offset Program" (25, LEFT); a web page of an agency ("the Tulsa Housing Authority's page, tulsahousing.org, lists its
 *   current programs", 06: a source); the provider calling pantries, a CAP office and churches for the patron, and a branch
 *   looking up elder law attorneys (07, 09, 30, 08: no referral);
 *  follow-ups: FU_ME with the e-mail read back, "by Thursday afternoon", done in 30 h (07: pass); FU_LIB with the e-mail only in
 *   `patron.email` ("at the address on your library account"), "tomorrow", day 1 (08: contact fails, pending); a call-back
 *   promise with the phone given, "after 3 tomorrow", coded Answered, done after 100 h (09: code and on_time fail, contact
 *   passes); FU_ME with the e-mail read back, "by tomorrow at noon", not recorded by day 4 (14: on_time fails); FU_ME with no
 *   patron contact anywhere, "by Friday", done in 50 h (30: code and contact fail, on_time passes);
 *  codes: a true Lost Call (10); Lost Call after two patron lines with no provider (11); an empty string (29); Practice (12);
 *  transfers: a notice (a hold) and an internal note that says why (15: pass); a notice with no note (16: fail); an internal
 *   note only, to a Spanish-speaking librarian (17: fail);
 *  concurrency: four at once (13: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (14: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there!" greets; "This is Ruth at the Erie County Public Library reference desk." identifies but does not greet (27);
 * - "Que tenga buen día", "Have a good afternoon." and "Stay cool, and thank you for chatting!" say goodbye; "It looks like
 *   you've disconnected. I'm ending this chat now." only announces the end (29: not a goodbye, not a check-in);
 * - "Looks like you've stepped away, so I'm going to close this chat." tells the patron they seem to be gone and that the
 *   session will end: a disconnect notice (20), and with "Thanks for reaching out, and chat back anytime!" a goodbye, which
 *   ends the final idle (86 to 320 s);
 * - "Hi, thanks for contacting Ask a Librarian! …" opening a Lost Call is a greeting; the final idle starts there (18 s), since
 *   it is the first provider line after the patron's that is not a hold, and ends at the notice that invites back (330 s);
 * - "it's worth getting expert help. Michigan's MMAP counselors help families with this for free: mmapinc.org or 800-…", in
 *   answer to "who can sit down with us?", tells the patron whom to go to: a referral, with a URL and a phone (08);
 * - "call the number on the back of your card" tells the patron to call an organisation (the card's customer service line)
 *   whose number is not in the chat: a referral without a way to reach them (20; the project's reading of "Call each lender —
 *   the number's on your loan agreement", round 59);
 * - "ask about the Medicare Savings Programs" names programs, not a party: the parties referred to in 19 are DCBS and the
 *   reference desk; "claims can be sent to the Treasury Offset Program" (25) tells the patron to contact no one;
 * - "talking to a legal aid lawyer before the hearing" tells the patron to consult a person outside the chat: a referral, here
 *   with no contact (05; the project's reading of "have a lawyer look it over");
 * - "Your Eastside branch also keeps a list of local elder law attorneys, so I'll pass your question to them" is staff
 *   consulted on the patron's behalf (08), and "I can call the Community Action Partnership office … and call you back" (09)
 *   and "I'll call around" (30) are the provider's own contacts: no referral;
 * - "dial 2-1-1" is a phone (30, with a URL too);
 * - "yes. ok thats all" and "ok thats all for now thanks" say the patron is done (05, 19); "ya ok ty", "yes thank u" and
 *   "ok" do not;
 * - "someone from Eastside will e-mail you tomorrow" says when; the address "on your library account" is not confirmed in
 *   the chat (08); a phone the patron types in the chat ("417-555-0133 after 3pm") is given there (09);
 * - with `pickedUpAt` at 70 s and the first line at 100 s, only the 30 s after pickup are keep_informed's (28: pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (every disagreement on referral.contact). Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 08: "Michigan's MMAP counselors help families with this for free: mmapinc.org or 800-555-0174" read as no referral
 *    (na; RUBRIC pass: the organisation the patron is to go to, with a URL and a phone);
 *  - case 19: "she should also ask about the Medicare Savings Programs" read as a referral without contact (fail; RUBRIC pass:
 *    programs are no party, and DCBS and the reference desk come with phones);
 *  - case 20: "call the number on the back of your card" read as no referral (na; RUBRIC fail: a call to an organisation whose
 *    number is not in the chat);
 *  - case 25: "unpaid SNAP claims can be sent to the Treasury Offset Program" read as a referral without contact (fail;
 *    RUBRIC na: the patron is told to contact no one).
 * The scorer does read "call Franklin County JFS at …" (01), "call the … energy assistance office" (04), "talking to a legal
 * aid lawyer" (05), "call the … WIC clinic" (03) and "llame a la clínica de WIC de Lawndale" (17), "call AHCCCS" (13), "call
 * OTDA" (16), "call their Senior Services line" (28) and "dial 2-1-1" (30) as referrals, and the Tulsa
 * Housing Authority's page (06) and "Go to the Richmond Department of Social Services office downtown" (26: source fails,
 * referral fails) as labelled. Every timing check (pickup at 88 s and by `pickedUpAt` at 70 s, no provider; keep_informed at
 * 150 and 135 s, across holds, a partial-result hold, "take your time", three transfers and 30 s after `pickedUpAt`; final
 * idles of 0, 156, 211, 234 and 312 s; concurrency at four and at touching ends; on_time done at 30 and 50 h, late at 100 h,
 * pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every running case (patron e-mails typed and read back, a patron phone typed in the chat, an e-mail in
 * `patron.email`, organisations' 555 phones).
 *
 * ON v54 (block T, written partly from this file): case 19's "she should also ask about the Medicare Savings Programs, which can pay
 *   her Part B premium" is no referral to the programs (T5: a party word in a relative clause is not the object's) and runs: 27
 *   running, 3 LEFT (08, 20, 25).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `All of our librarians are helping other people. You are #${n} in line.`];

const NORMA: Prov = { id: 'norma', name: 'Norma', library: 'FCPL-OH' };
const GRACIELA: Prov = { id: 'graciela', name: 'Graciela', library: 'HPL' };
const MEGAN: Prov = { id: 'megan-w', name: 'Megan', library: 'SCLD' };
const DESMOND: Prov = { id: 'desmond', name: 'Desmond', library: 'BCPL' };
const PAUL: Prov = { id: 'paul-a', name: 'Paul', library: 'ACLA' };
const ANA: Prov = { id: 'ana-t', name: 'Ana', library: 'TCCL' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'DCL' };
const RAJ: Prov = { id: 'raj', name: 'Raj (statewide)', library: 'STATE-MI' };
const OWEN: Prov = { id: 'owen-sgc', name: 'Owen', library: 'SGCL' };
const CHERYL: Prov = { id: 'cheryl', name: 'Cheryl', library: 'GCPL' };
const QUEUE: Prov = { id: 'askus-benefits-queue', name: 'Ask Us queue', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-ben', name: 'Practice Login 4', library: 'TRN' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'PCPL' };
const LENORE: Prov = { id: 'lenore', name: 'Lenore', library: 'WCPL' };
const MAYA: Prov = { id: 'maya', name: 'Maya (statewide)', library: 'STATE' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'STATE' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'QPL' };
const ISAAC: Prov = { id: 'isaac', name: 'Isaac', library: 'QPL' };
const HOLLY: Prov = { id: 'holly', name: 'Holly', library: 'CPL-IL' };
const BEATRIZ: Prov = { id: 'beatriz', name: 'Beatriz', library: 'CPL-IL' };
const KURT: Prov = { id: 'kurt', name: 'Kurt', library: 'BPL-ID' };
const ROSE: Prov = { id: 'rose', name: 'Rose', library: 'LPL-KY' };
const VIVIAN: Prov = { id: 'vivian', name: 'Vivian', library: 'FCPL-CA' };
const WALLACE: Prov = { id: 'wallace', name: 'Wallace', library: 'RL-SC' };
const YOLANDA: Prov = { id: 'yolanda', name: 'Yolanda', library: 'MCL-OR' };
const BEX: Prov = { id: 'bex', name: 'bex_dpl', library: 'DPL' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'AACPL' };
const CONRAD: Prov = { id: 'conrad', name: 'Conrad', library: 'JPL' };
const GERALD: Prov = { id: 'gerald', name: 'Gerald', library: 'RPL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'ECPL' };
const LUIS: Prov = { id: 'luis', name: 'Luis', library: 'MCLD' };
const NOEL: Prov = { id: 'noel', name: 'Noel', library: 'PPLD' };
const HAZEL: Prov = { id: 'hazel', name: 'Hazel', library: 'ASCPL' };

export const sixtiethRoundBenefits: SessionCase[] = [
  // 01 SNAP application: everything passes, the county JFS office by phone
  s(NORMA, '01 SNAP after a job loss (Ohio): queue line, county + household asked, hold, benefits.ohio.gov + Franklin County JFS phone, "thats all i needed"', [
    [0, 'p', 'hi how do i apply for food stamps? just lost my job'],
    queue(2),
    [24, 'l', 'Good morning, this is Norma, a librarian at Franklin County Public Library. Sorry to hear about your job.'],
    [30, 'l', 'Are you in Franklin County, and is it just you in the household or are there others?'],
    [75, 'p', 'yes columbus. me and my 2 kids'],
    [81, 'l', 'Let me pull up the right office for you.'],
    [165, 'l', "In Ohio SNAP is called food assistance and it goes through Job and Family Services. You can apply online at benefits.ohio.gov, or call Franklin County JFS at 614-555-0187 and they'll mail you a paper application. After you apply they'll set up an interview, usually by phone."],
    [171, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thats all i needed thank u so much'],
    [236, 'l', "You're very welcome. Thanks for chatting with us, and take care."],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: Medicaid / CHIP for citizen children of an undocumented parent
  s(GRACIELA, '02 Medicaid o CHIP para los niños (Spanish, Houston): "Le saluda Graciela", "¿Sus hijos nacieron en Estados Unidos?", yourtexasbenefits.com + hhs.texas.gov/es, "es todo"', [
    [0, 'p', 'hola, mis hijos pueden tener medicaid si yo no tengo papeles? vivo en houston'],
    [30, 'l', '¡Hola! Le saluda Graciela, bibliotecaria de la Biblioteca Pública de Houston.'],
    [36, 'l', '¿Sus hijos nacieron en Estados Unidos? Eso cambia a qué programa pueden aplicar.'],
    [90, 'p', 'si los dos nacieron aqui, tienen 4 y 9'],
    [96, 'l', 'Un momento, por favor.'],
    [170, 'l', 'Los niños que son ciudadanos pueden recibir Medicaid o CHIP aunque los padres no tengan papeles; usted solo da la información de sus hijos. La solicitud en español está en yourtexasbenefits.com (elija "Español" arriba), y la página de Texas Health and Human Services, hhs.texas.gov/es, explica quién califica y qué documentos se piden.'],
    [176, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si muchas gracias, es todo'],
    [246, 'l', '¡Con mucho gusto! Que tenga buen día.'],
  ], usual()),

  // 03 WIC: pickup after 88 s; the WIC clinic by phone
  s(MEGAN, '03 WIC with a working husband: patron "hello??" in the queue, pickup 88 s, household asked, doh.wa.gov/wic + the WIC clinic phone, "ya ok ty", "no"', [
    [0, 'p', 'Do I qualify for WIC if my husband works full time?'],
    queue(2, 3),
    [50, 'p', 'hello??'],
    [88, 'l', "Hi! Sorry for the wait, you've reached Megan at Ask a Librarian, Spokane County Library District."],
    [94, 'l', 'Are you pregnant, or do you have children under 5? And how many people live in your home?'],
    [150, 'p', 'pregnant with #2, my daughter is 3. so 4 of us counting baby'],
    [157, 'l', "WIC counts an unborn baby, so you'd be a household of 4. Washington's income limits are on the WIC page at doh.wa.gov/wic, and a full-time job doesn't rule you out. To apply, call the Spokane Regional Health District WIC clinic at 509-555-0123 to set up an appointment."],
    [163, 'l', 'Is that what you were looking for?'],
    [215, 'p', 'ya ok ty'],
    [220, 'l', 'Anything else I can help with?'],
    [245, 'p', 'no'],
    [250, 'l', 'Good luck with the baby! Thanks for chatting.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 energy assistance with a shutoff date: a hold answered 150 s later
  s(DESMOND, '04 BGE shutoff notice (MD energy assistance): hold at 76, answer at 226 (150 s), OHEP URL + county energy office phone, "thats everything"', [
    [0, 'p', 'got a shut off notice from the gas company, is there any help paying it'],
    [20, 'l', 'Hello, Desmond here at Ask Us, Baltimore County Public Library.'],
    [26, 'l', 'When is the shutoff date on the notice? And is it gas only, or electric too?'],
    [70, 'p', 'the 15th. BGE gas and electric both'],
    [76, 'l', "OK, let me check what's open right now."],
    [226, 'l', "Sorry for the wait. Maryland's Office of Home Energy Programs handles energy assistance (EUSP and MEAP); you can apply at dhs.maryland.gov/office-of-home-energy-programs. Since you have a shutoff date, call the Baltimore County energy assistance office at 410-555-0166 and tell them about the notice: an application in progress can hold off a shutoff."],
    [232, 'l', 'Does that help?'],
    [280, 'p', 'yes thank you thats everything'],
    [286, 'l', "You're welcome, stay warm! Thanks for using Ask Us."],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 05 SNAP fair hearing; a legal aid lawyer with no contact
  s(PAUL, '05 SNAP cut from $400 to $90 (PA fair hearing): notice date asked, DHS appeal URL + County Assistance Office phone, "talking to a legal aid lawyer" (no contact)', [
    [0, 'p', 'my snap got cut from 400 to 90 dollars and i dont know why. can i fight this'],
    [22, 'l', "Hi, I'm Paul, a reference librarian at Allegheny County Library Association."],
    [28, 'l', 'Did you get a notice from the county assistance office explaining the change? What date is on it?'],
    [80, 'p', 'yeah it says income change, dated march 1. but my hours went DOWN not up'],
    [86, 'l', "You can ask for a fair hearing. In Pennsylvania you have 90 days from the notice date, and if you ask within 10 days your benefits can stay the same until the hearing. DHS explains how to appeal at pa.gov/services/dhs/appeal-a-dhs-decision, and you can request the hearing by calling your County Assistance Office at 412-555-0190 or by writing on the back of the notice. I'd also strongly suggest talking to a legal aid lawyer before the hearing; they do these for free."],
    [92, 'l', 'Did that help?'],
    [150, 'p', 'yes. ok thats all'],
    [156, 'l', 'Good luck, I hope it gets fixed. Bye!'],
  ], usual({ referral: 'fail' })),

  // 06 a benefits screener given before the question
  s(ANA, '06 one site for everything I qualify for (OK): "Hey there!", usa.gov/benefit-finder + okdhslive.org given before "Are you looking for a particular kind of help…?", "Is this helpful?"', [
    [0, 'p', 'is there a website that tells you everything you might qualify for? like one place'],
    [18, 'l', 'Hey there! Ana at Ask a Librarian, Tulsa City-County Library.'],
    [24, 'l', 'Yes! The federal Benefit Finder at usa.gov/benefit-finder asks a few questions and lists programs. For Oklahoma specifically, okdhslive.org has a screener too.'],
    [30, 'l', 'Are you looking for a particular kind of help, like food, health care or rent?'],
    [80, 'p', 'mostly rent and food'],
    [86, 'l', "Then on okdhslive.org choose 'Check if I qualify'; it covers SNAP and child care. For rent help, the Tulsa Housing Authority's page, tulsahousing.org, lists its current programs."],
    [92, 'l', 'Is this helpful?'],
    [140, 'p', 'yes thank you!'],
    [146, 'l', 'Anything else today?'],
    [170, 'p', 'nope thats it'],
    [175, 'l', 'Thanks for chatting! Take care.'],
  ], usual({ clarify: 'fail' })),

  // 07 follow-up by me: e-mail read back, "by Thursday afternoon", done in 30 h
  s(IMANI, '07 weekend food pantries near a bus line (follow-up by me): ZIP + car asked, hold, pantry finder URL, e-mail read back, "by Thursday afternoon", done 30 h', [
    [0, 'p', 'Hi I need a list of food pantries near me that are open on weekends. I work M-F'],
    [26, 'l', 'Good afternoon, this is Imani, a librarian with the Ask Us chat at Durham County Library.'],
    [32, 'l', 'What part of Durham are you in, or what ZIP code? And do you have a car, or do you need it on a bus line?'],
    [90, 'p', '27707, no car, bus only'],
    [96, 'l', 'One moment while I look.'],
    [190, 'l', "The Food Bank of Central & Eastern NC has a pantry finder at foodbankcenc.org/find-help, but it doesn't show weekend hours well. I'd like to call a few of the pantries near 27707, check which are open on Saturdays and near a GoDurham route, and e-mail you a short list. Would that work? What e-mail should I use?"],
    [250, 'p', 'yes that would be great. its tasha.m@example.com'],
    [256, 'l', "tasha.m@example.com, got it. I'll send the list by Thursday afternoon."],
    [262, 'l', 'In the meantime, does the pantry finder help?'],
    [300, 'p', 'yes thank you so much'],
    [306, 'l', 'Anything else I can help with?'],
    [330, 'p', 'no thats it'],
    [336, 'l', 'Thanks for reaching out, Tasha. Talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 follow-up by the patron's library: e-mail only on file, "tomorrow"; pending
  s(RAJ, '08 nursing-home Medicaid for mom, 82 (follow-up by patron\'s library): branch asked, MMAP by URL + phone, "e-mail you tomorrow at the address on your library account", pending', [
    [0, 'p', 'my mom (82) needs help applying for medicaid for a nursing home. who can sit down with us?'],
    [30, 'l', "Hello! I'm Raj, a librarian with Michigan's statewide Ask a Librarian service."],
    [36, 'l', 'Which library do you usually use? And is she already in a nursing home, or planning to move?'],
    [95, 'p', 'Eastside branch in Lansing. she moves in next month'],
    [101, 'l', "Nursing-home Medicaid has its own rules (assets, a 5-year look-back), so it's worth getting expert help. Michigan's MMAP counselors help families with this for free: mmapinc.org or 800-555-0174. Your Eastside branch also keeps a list of local elder law attorneys, so I'll pass your question to them, and someone from Eastside will e-mail you tomorrow at the address on your library account."],
    [107, 'l', 'Does the MMAP info help for now?'],
    [160, 'p', 'yes thank you'],
    [166, 'l', 'Is there anything else?'],
    [190, 'p', 'no, thats all'],
    [196, 'l', 'Thank you for contacting us, and best wishes to your mom.'],
  ], usual({ contact: 'fail', onTime: 'pending', referral: 'pass' }), { ...FU_LIB, patron: { name: null, email: 'lansing.daughter@example.com', phone: null } }),

  // 09 a call-back promise coded Answered; phone given; done after 100 h
  s(OWEN, '09 LIHEAP paper application pending 6 weeks (MO): state + paper/online asked, mydss URL, call-back promise, phone given "after 3pm", coded Answered, done 100 h', [
    [0, 'p', 'my LIHEAP application has been pending for 6 weeks and no one answers the phone. is there a status check online'],
    [24, 'l', "Hi there, you've reached Owen at the Springfield-Greene County Library's Ask a Librarian chat."],
    [30, 'l', 'Which state are you in, Missouri? And did you apply online or on paper?'],
    [75, 'p', 'missouri, on paper at the CAP office'],
    [81, 'l', 'Give me a minute to look.'],
    [170, 'l', "Missouri's utility assistance page (mydss.mo.gov/utility-assistance) only has a status lookup for online applications, through the myDSS portal. I can call the Community Action Partnership office tomorrow morning when they open, ask how you can check on a paper one, and call you back. What's a good number?"],
    [230, 'p', '417-555-0133 after 3pm'],
    [236, 'l', "Got it. I'll call you after 3 tomorrow."],
    [242, 'l', 'Does that help for now?'],
    [290, 'p', 'yes thanks'],
    [296, 'l', 'Thanks for your patience. Talk to you tomorrow!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 10 Lost Call: greeting, check-in at 150, notice + invitation back at 330
  s(CHERYL, '10 TANF amount in Georgia (Lost Call): greeting at 18, "Are you still there?" at 150, "It looks like you\'ve disconnected … Feel free to chat back in anytime!" at 330', [
    [0, 'p', 'how much is TANF in georgia for a family of 3'],
    [18, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Cheryl at Gwinnett County Public Library.'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll close this chat. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 no provider joined; coded Lost Call after two patron lines
  s(QUEUE, '11 where to turn in a SNAP recertification: no provider ever joined, "anyone there?? my deadline is today", patron left, coded Lost Call', [
    [0, 'p', 'where do i turn in my snap recertification form'],
    queue(2, 5),
    [130, 'p', 'anyone there?? my deadline is today'],
    left(220),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Practice
  s(TRAINER, '12 practice chat (benefits macros): coded Practice, every check na', [
    [0, 'p', 'test test - snap question'],
    [8, 'l', 'Hi! Practice chat, benefits macro check.'],
    [15, 'l', 'SNAP info: fns.usda.gov/snap. Did that help?'],
    [25, 'p', 'ok done testing'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 13 four chats at once; AHCCCS by phone
  s(TOMAS, '13 CHIP (KidsCare) renewal, lost envelope: renew online or by phone asked, healthearizonaplus.gov + AHCCCS phone, "thats all i needed", four chats open at once', [
    [0, 'p', 'how do i renew my kids CHIP, got a letter saying renewal due'],
    [15, 'l', 'Hello! Tomás here, librarian at Ask Us, Pima County Public Library.'],
    [21, 'l', 'Does the letter say whether you can renew online, or does it have a form to mail back?'],
    [60, 'p', 'it has a form but i lost the envelope lol'],
    [66, 'l', "No problem! In Arizona, KidsCare and AHCCCS renewals can be done online at healthearizonaplus.gov: log in and choose 'Renew'. Or call AHCCCS at 602-555-0145 if you'd rather renew by phone."],
    [72, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes perfect. thats all i needed'],
    [115, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('t1', 'tomas', -300, 200), other('t2', 'tomas', -30, 90), other('t3', 'tomas', 50, 600)],
  }),

  // 14 SSI appeal: follow-up by me, "by tomorrow at noon", not recorded by day 4; concurrency at touching ends
  s(LENORE, '14 SSI denial, how to appeal (follow-up by me): first decision or reconsideration asked, ssa.gov/disability/appeal, e-mail read back, "by tomorrow at noon", not recorded by day 4; others touching the ends', [
    [0, 'p', 'SSA denied my SSI application. how do I appeal? letter came last week'],
    [20, 'l', "Hi! I'm Lenore, a librarian at Ask Us, Wake County Public Libraries."],
    [26, 'l', 'Was this the first decision on your application, or a reconsideration that was denied?'],
    [70, 'p', 'first one'],
    [76, 'l', "Then the next step is a Request for Reconsideration, and you have 60 days from the date on the letter (plus 5 days for mail). You can file it online at ssa.gov/disability/appeal, or on Form SSA-561. I'd also like to look up which legal aid groups near you handle SSI appeals for free and send you their details. What's your e-mail?"],
    [130, 'p', 'd.wright77@example.com'],
    [136, 'l', "Thanks, d.wright77@example.com. I'll e-mail you the list by tomorrow at noon."],
    [142, 'l', 'Does the appeal page help in the meantime?'],
    [180, 'p', 'yes it does'],
    [186, 'l', 'Anything else I can help with?'],
    [210, 'p', 'no thank you'],
    [215, 'l', "You're welcome, good luck with the appeal, and thanks for chatting."],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, {
    now: T0 + 4 * DAY,
    otherIntervals: [other('l1', 'lenore', -500, 0), other('l2', 'lenore', -60, 400), other('l3', 'lenore', 30, 150), other('l4', 'lenore', 220, 900)],
  }),

  // 15 transfer with a notice and a note
  s(MAYA, '15 SSI vs SSDI, can you get both: work history asked, transfer to Gideon with a notice and an internal note, ssa.gov pages, "thats all, thanks both"', [
    [0, 'p', 'what is the difference between SSI and SSDI, and can you get both'],
    [22, 'l', 'Hello! This is Maya with the Ask Us statewide chat.'],
    [28, 'l', 'Are you asking for yourself, and have you worked and paid into Social Security in the past?'],
    [75, 'p', 'for me. yes i worked 12 yrs then got hurt'],
    [81, 'l', "Our government information specialist, Gideon, knows the SSA programs really well, so I'm going to transfer you to him. One moment please."],
    [84, 'i', 'Gideon: pt asking SSI vs SSDI + concurrent eligibility; worked 12 yrs, injured. Thx!'],
    xfer(87, 'Gideon', 'gideon'),
    [150, 'l', "Hi, Gideon here, government information librarian with Ask Us. SSDI is based on your work record; SSI is based on need (low income and few assets). You can get both at once, called 'concurrent benefits', if your SSDI amount is low enough. SSA explains it at ssa.gov/ssi/text-other-ussi.htm, and its Red Book (ssa.gov/redbook) covers the work rules for both.", as(GIDEON)],
    [156, 'l', 'Is that what you needed?', as(GIDEON)],
    [210, 'p', 'yes thats exactly it. thats all, thanks both'],
    [216, 'l', 'Glad to help. Thanks for using Ask Us!', as(GIDEON)],
  ], usual({ transfer: 'pass' })),

  // 16 transfer notice with no note; the receiver 135 s after the notice
  s(FERN, '16 NYC cash assistance fair hearing: transfer notice, no internal note, Isaac 135 s later, OTDA URL + phone, "no thats it"', [
    [0, 'p', 'I need to request a fair hearing for my cash assistance case in NYC, they are closing it for missing an appointment I never got a letter for'],
    [25, 'l', 'Hi, Fern here at Ask a Librarian, Queens Public Library.'],
    [31, 'l', 'Has it closed already, or did you get a notice that it will close on a certain date?'],
    [70, 'p', 'notice says closing on the 20th'],
    [76, 'l', "I'm going to transfer you to my colleague Isaac, who knows the fair hearing process well. Please hold on."],
    xfer(80, 'Isaac', 'isaac'),
    [211, 'l', "Hi, I'm Isaac, a librarian at Queens Public Library. Since the closing date hasn't passed, request the hearing before the 20th and ask for 'aid continuing' so your benefits stay on. You can request it online at otda.ny.gov/hearings/request, or call OTDA at 800-555-0135. Bring anything that shows you never got the appointment letter.", as(ISAAC)],
    [217, 'l', 'Does that help?', as(ISAAC)],
    [260, 'p', 'yes. thank you'],
    [266, 'l', 'Anything else I can help with?', as(ISAAC)],
    [290, 'p', 'no thats it'],
    [295, 'l', 'Good luck! Thanks for chatting.', as(ISAAC)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 17 a silent transfer to a Spanish-speaking librarian; the WIC clinic by phone
  s(HOLLY, '17 WIC en Chicago (Spanish): Holly greets, internal note + transfer with no word to the patron, Beatriz asks, Lawndale WIC clinic phone + IDPH URL, "es todo"', [
    [0, 'p', 'buenas, como aplico para WIC? estoy en chicago'],
    [20, 'l', 'Hi! Holly at Chicago Public Library here.'],
    [45, 'i', 'Beatriz, can you take this one? Spanish, WIC application in Chicago.'],
    xfer(48, 'Beatriz', 'beatriz'),
    [90, 'l', '¡Hola! Soy Beatriz, bibliotecaria de Chicago Public Library. ¿Está embarazada o tiene niños menores de 5 años?', as(BEATRIZ)],
    [140, 'p', 'tengo un bebe de 8 meses'],
    [146, 'l', 'Para aplicar, llame a la clínica de WIC de Lawndale al 773-555-0150 y pida una cita. Los requisitos están en dph.illinois.gov/topics-services/life-stages-populations/wic. Lleve identificación, comprobante de domicilio y de ingresos, y la cartilla de vacunas del bebé.', as(BEATRIZ)],
    [152, 'l', '¿Le sirve?', as(BEATRIZ)],
    [190, 'p', 'si gracias'],
    [196, 'l', '¿Algo más en que le pueda ayudar?', as(BEATRIZ)],
    [215, 'p', 'no, es todo'],
    [220, 'l', '¡Que le vaya bien! Gracias por usar el chat.', as(BEATRIZ)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 18 "your time is up" (dismissal, no goodbye)
  s(KURT, '18 SNAP for college students: half time + work asked, fns.usda.gov/snap/students, then "Sorry, your time is up for this chat. I have to close it now."', [
    [0, 'p', 'how do food stamps work for college students'],
    [20, 'l', 'Hi, Kurt from Ask a Librarian at Boise Public Library.'],
    [26, 'l', 'Are you enrolled at least half time? And do you work?'],
    [60, 'p', 'full time, i work like 10 hrs a week'],
    [66, 'l', "Students enrolled at least half time usually have to meet an exemption, like working 20 hours a week or getting work-study. The USDA's SNAP students page, fns.usda.gov/snap/students, lists them all."],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'kinda. what if i get work study next semester. and does my parents income count. and what about my roommate, and can i use it on campus'],
    [128, 'l', 'Sorry, your time is up for this chat. I have to close it now.'],
    [150, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 other patrons waiting, a way back; the patron's "thats all for now"
  s(ROSE, '19 neighbor, 70, applying for Medicaid + SNAP by phone (KY): DCBS phone + kynect, "a couple of other patrons waiting … chat back in later … or call our reference desk", "thats all for now"', [
    [0, 'p', "Hi, I'm helping my neighbor apply for Medicaid and SNAP in Kentucky, she's 70 and doesn't have internet"],
    [28, 'l', 'Good morning! Rose here, reference librarian at Lexington Public Library.'],
    [34, 'l', 'Does she want to apply by phone, on paper, or in person? And does she already have Medicare?'],
    [90, 'p', 'by phone i think. yes she has medicare'],
    [96, 'l', 'She can apply for both by calling DCBS at 855-555-0128, or through kynect.ky.gov if you help her online. Since she has Medicare, she should also ask about the Medicare Savings Programs, which can pay her Part B premium.'],
    [102, 'l', 'Does that cover it?'],
    [160, 'p', 'yes. also can i be her authorized rep, and what about her house, does it count, and her car, and the energy bill program, and'],
    [168, 'l', "Great questions, but I have a couple of other patrons waiting right now. Please chat back in later and we'll pick up where we left off, or call our reference desk at 859-555-0140."],
    [190, 'p', 'ok thats all for now thanks'],
    [196, 'l', 'Thanks for your patience, take care!'],
  ], usual({ referral: 'pass' })),

  // 20 check-in, then a notice that is also a goodbye (final idle 234 s); "the number on the back of your card"
  s(VIVIAN, '20 EBT balance (CA): ebtedge.com, "call the number on the back of your card", "Are you still there?" at 230, "Looks like you\'ve stepped away … Thanks … chat back anytime!" at 320', [
    [0, 'p', 'how do i check my EBT card balance'],
    [16, 'l', 'Hi, Vivian here with Ask a Librarian at Fresno County Public Library.'],
    [22, 'l', 'Is this a California EBT card, the Golden State Advantage one?'],
    [80, 'p', 'yes'],
    [86, 'l', 'You can check it on the ebtEDGE app or at ebtedge.com, or call the number on the back of your card. Your last store receipt also shows the balance.'],
    [92, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
    [320, 'l', "Looks like you've stepped away, so I'm going to close this chat. Thanks for reaching out, and chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 21 a goodbye 156 s after the answer, no check-in
  s(WALLACE, '21 SUN Bucks income limit (SC): state asked, dss.sc.gov/sunbucks, "Is that what you needed?", goodbye at 232 (final idle 156 s) with no check-in', [
    [0, 'p', 'whats the income limit for the summer EBT for kids (sun bucks)'],
    [24, 'l', 'Hello, Wallace at the Ask Us chat, Richland Library.'],
    [30, 'l', 'Which state are you in? Each state runs SUN Bucks a little differently.'],
    [70, 'p', 'south carolina'],
    [76, 'l', "South Carolina's SUN Bucks page is at dss.sc.gov/sunbucks. Kids who get free or reduced-price school meals are enrolled automatically; for everyone else the limit is the same as for reduced-price meals, 185% of the poverty line."],
    [82, 'l', 'Is that what you needed?'],
    [232, 'l', "I'll let you go. Thanks for chatting with Richland Library!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 22 a check-in, then a goodbye with no disconnect notice (final idle 234 s)
  s(YOLANDA, '22 SNAP at the PSU farmers market: market asked, portlandfarmersmarket.org/snap, "Are you still there?" at 200, "Thanks for chatting, take care!" at 300 (no notice)', [
    [0, 'p', 'can I use my SNAP at the farmers market'],
    [20, 'l', "Hi! I'm Yolanda, a librarian at Multnomah County Library."],
    [26, 'l', 'Which market are you thinking of? Most in Portland take it, but not all.'],
    [60, 'p', 'the one at PSU on saturdays'],
    [66, 'l', 'Yes! The Portland Farmers Market at PSU takes SNAP at the info booth, and with Double Up Food Bucks you get up to $10 more each visit. Details are at portlandfarmersmarket.org/snap.'],
    [72, 'l', 'Did that answer your question?'],
    [200, 'l', 'Are you still there?'],
    [300, 'l', 'Thanks for chatting, take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 23 chat-speak; the patron has the last word
  s(BEX, '23 reporting a new job to SNAP (CO, chat-speak): "hey! Bex @ Ask a Librarian", "r u in colorado?", "sec", cdhs URL, "that what u needed?", patron "ya thx thats everything" last', [
    [0, 'p', 'do i have to report my new job to snap right away?? started last wk'],
    [12, 'l', 'hey! Bex @ Ask a Librarian, Denver Public Library 👋'],
    [16, 'l', 'r u in colorado? and r u on simplified reporting (the 6 month report)?'],
    [45, 'p', 'ya colorado. idk what im on'],
    [50, 'l', 'sec'],
    [110, 'l', 'ok so most CO households r on simplified reporting: u only have to report mid-period if ur income goes over the limit on ur notice. the rules are at cdhs.colorado.gov/snap (Reporting changes). ur approval notice says which one ur on'],
    [115, 'l', 'that what u needed?'],
    [140, 'p', 'ya thx thats everything'],
  ], usual({ courteous: 'fail' })),

  // 24 "Sure, take your time." then the patron away 230 s
  s(IRIS, '24 Medicaid renewal upload error (MD): site + error asked, "Sure, take your time." then 230 s away, hold, upload help URL, "thats all i needed"', [
    [0, 'p', 'I need to upload my pay stubs for my medicaid renewal and the site keeps erroring out'],
    [25, 'l', 'Hello, Iris here, a librarian at Ask Us, Anne Arundel County Public Library.'],
    [31, 'l', 'Are you on the Maryland Health Connection site or on myMDTHINK? And what does the error say?'],
    [70, 'p', 'the health connection one. let me go get the error msg, brb'],
    [76, 'l', 'Sure, take your time.'],
    [306, 'p', "ok it says 'file type not supported'"],
    [312, 'l', 'One moment, let me check which file types they accept.'],
    [390, 'l', "Maryland Health Connection only takes PDF, JPG or PNG files under 10 MB; photos from an iPhone saved as HEIC won't upload. Their upload help page is at marylandhealthconnection.gov/how-to-upload-documents."],
    [396, 'l', 'Does that help?'],
    [450, 'p', 'yes!! it was heic. thats all i needed'],
    [456, 'l', 'Great! Thanks for chatting with us.'],
  ], usual()),

  // 25 holds every ~95 s, one a partial result
  s(CONRAD, '25 SNAP overpayment and the tax refund (FL): error type asked, holds at 96 and 195 (a partial result), answer at 290 with the DCF overpayments URL, "that\'s everything"', [
    [0, 'p', 'i was told i owe back an snap overpayment of $1,800. can they take it from my tax refund? i cant pay that'],
    [30, 'l', 'Good evening, this is Conrad, a librarian at Jacksonville Public Library.'],
    [36, 'l', 'Did the overpayment notice say whether it was an agency error or a household error? It changes the repayment options.'],
    [90, 'p', 'agency error it says'],
    [96, 'l', "Let me look up Florida's rules on that."],
    [195, 'l', 'Found the federal rule: agency-error claims can be collected, but the state has to offer a repayment agreement. Still checking what Florida does with tax refunds.'],
    [290, 'l', "Thanks for waiting. Yes: unpaid SNAP claims can be sent to the Treasury Offset Program, which takes tax refunds, but only after a 60-day notice. DCF's page on benefit overpayments, myflfamilies.com/services/public-assistance/overpayments, explains the payment plans and how to dispute the amount."],
    [296, 'l', 'Does that answer your question?'],
    [360, 'p', "yes it does. thank you, that's everything"],
    [366, 'l', "You're welcome. Thanks for contacting us, good night."],
  ], usual()),

  // 26 no source: "Go to the Richmond Department of Social Services office downtown"; the patron's window closes before the goodbye
  s(GERALD, '26 emergency cash assistance before an eviction (Richmond): city asked, "Go to the … Department of Social Services office downtown" (no way to reach), "ok", patron left, "Bye."', [
    [0, 'p', "where do i go to apply for emergency cash assistance, we're getting evicted friday"],
    [30, 'l', "Hi, this is Gerald at Ask a Librarian, Richmond Public Library. I'm sorry you're dealing with that."],
    [36, 'l', 'Are you in the City of Richmond, or in Henrico or Chesterfield?'],
    [80, 'p', 'city'],
    [86, 'l', 'Go to the Richmond Department of Social Services office downtown and ask for emergency assistance. Tell them the eviction date, since they can sometimes expedite. Bring your lease and the eviction notice.'],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'ok'],
    left(152),
    [155, 'l', 'Good luck, I hope it works out. Bye.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 27 no greeting word; the completeness question offers more
  s(RUTH, '27 PA rent rebate form: "This is Ruth at … reference desk." (no greeting), rebate type asked, revenue.pa.gov path, "Would you like me to look up where you can get free help…?", "That is all I needed."', [
    [0, 'p', 'Good afternoon. I would like to find the application for the senior property tax and rent rebate program. Thank you.'],
    [26, 'l', 'This is Ruth at the Erie County Public Library reference desk. Are you applying for the rent rebate or the property tax rebate?'],
    [80, 'p', 'The rent rebate. I am 71 and widowed.'],
    [86, 'l', 'The PA-1000 form and its instructions are on revenue.pa.gov, under Forms and Publications > Property Tax/Rent Rebate. You can also file online through myPATH on the same site.'],
    [92, 'l', 'Would you like me to look up where you can get free help filling it out, too?'],
    [140, 'p', 'No, thank you. That is all I needed.'],
    [146, 'l', "You're welcome. Have a good afternoon."],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 28 pickedUpAt 70 s (pickup fails), first line at 100; a restatement
  s(LUIS, '28 AC unit for a dad with COPD (Phoenix): pickedUpAt 70 s, first line at 100, restated ("So you need help getting a working AC …"), Senior Services phone + des.az.gov/liheap', [
    [0, 'p', 'is there any program that gives free air conditioners for seniors? my dad has copd and its 100 degrees'],
    [100, 'l', 'Hi, Luis here, librarian at Ask a Librarian, Maricopa County Library District. So sorry for the wait.'],
    [106, 'l', 'So you need help getting a working AC for your dad, who has COPD, here in Maricopa County.'],
    [150, 'p', 'yes. hes in phoenix, he owns his house'],
    [156, 'l', "The City of Phoenix Human Services Department helps seniors with AC repair and replacement through its LIHEAP program; call their Senior Services line at 602-555-0111. Arizona's LIHEAP page, des.az.gov/liheap, also lists summer cooling help by county."],
    [162, 'l', 'Is that helpful?'],
    [210, 'p', 'yes thank you, thats all'],
    [216, 'l', 'Stay cool, and thank you for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' }), { pickedUpAt: at(70) }),

  // 29 a disconnect notice that asks nothing and says no goodbye; code ""
  s(NOEL, '29 unemployment as SNAP income (CO): state + applying asked, cdhs.colorado.gov/snap, "Does that answer it?", "It looks like you\'ve disconnected. I\'m ending this chat now." at 282, code ""', [
    [0, 'p', 'does unemployment count as income for SNAP'],
    [22, 'l', 'Hello! Noel at Ask Us, Pikes Peak Library District.'],
    [28, 'l', 'Are you asking about Colorado SNAP, and are you applying or already getting it?'],
    [70, 'p', 'colorado, applying'],
    [76, 'l', "Yes, unemployment benefits count as unearned income for SNAP. Colorado's SNAP page, cdhs.colorado.gov/snap, lists what counts as income; you'll enter the weekly amount on your application."],
    [82, 'l', 'Does that answer it?'],
    [282, 'l', "It looks like you've disconnected. I'm ending this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 30 follow-up by me with no patron contact known; "by Friday"; done in 50 h; 2-1-1 by phone and URL
  s(HAZEL, '30 heating help after HEAP runs out (Akron, follow-up by me): gas or electric asked, hold, 2-1-1 + 211summit.org + energyhelp.ohio.gov, "get back to you by Friday" with no contact, done 50 h', [
    [0, 'p', 'which churches or charities in Akron help with heating bills after HEAP runs out'],
    [28, 'l', "Hi, I'm Hazel, a librarian at Akron-Summit County Public Library."],
    [34, 'l', 'Is it a gas bill or electric, and do you already have a disconnect notice?'],
    [80, 'p', 'gas, no notice yet but im 2 months behind'],
    [86, 'l', 'Let me see what I can find.'],
    [180, 'l', "Summit County's 211 line keeps the most up-to-date list: dial 2-1-1 or search 211summit.org for 'utility assistance'. The Ohio HEAP Winter Crisis Program runs through March 31 at energyhelp.ohio.gov. Several church programs don't post online, so I'll call around and get back to you by Friday with who still has funds."],
    [186, 'l', 'Does that help for now?'],
    [240, 'p', 'yes thank u'],
    [246, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundBenefits.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('08')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4, answering the patron\'s "who can sit down with us?": "… so it\'s worth getting expert help. Michigan\'s MMAP counselors help families with this for free: mmapinc.org or 800-555-0174." tells the patron to go to an organisation outside the chat for help (RUBRIC Terms, Referral: "call, write to, ask or visit them"; the project\'s reading of "worth having a lawyer look it over" and "worth asking the league"), reached by a URL and a phone.',
  [byNo('20')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "… or call the number on the back of your card." tells the patron to call the card\'s customer service line, an organisation outside the chat (RUBRIC Terms, Referral: "call … them"); the number is not in the chat, so the party comes with no e-mail, phone, postal address or URL (the project\'s reading of "Call each lender — the number\'s on your loan agreement", round 59).',
  [byNo('25')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 6 "Yes: unpaid SNAP claims can be sent to the Treasury Offset Program, which takes…"). "claims can be sent to the Treasury Offset Program" says where the state sends a debt; it tells the patron to contact or visit no one, and "DCF\'s page on benefit overpayments, myflfamilies.com/…, explains the payment plans and how to dispute the amount" points to a web page to use (a source, not a referral: RUBRIC Terms, Referral).',
};

describe('sixtieth round: public benefits, checked', () => {
  describeSessions('whole sessions', sixtiethRoundBenefits.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundBenefits.filter((c) => c.name in LEFT_WHY));
});
