/**
 * Sixtieth round, theme MEDICAL BILLS AND HEALTH RECORDS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: getting one's records (from a retired doctor's closed practice, a late mother's
 * hospital records as executor, newborn records from a hospital closed since 1987, dental x-rays on a CD, how long Texas
 * doctors keep records, what a copy may cost), immunization records (childhood shots for nursing school, a lost COVID card
 * in Spanish), HIPAA (the boss asking for a diagnosis, a nurse who told a neighbor, a son talking to his mother's doctor),
 * bills and disputes (a surprise anesthesiologist bill, a private room never used, CPT codes, a Good Faith Estimate, a
 * Medicare ambulance denial, an MRI denied as not medically necessary, an ER collection on a credit report, knee replacement
 * prices), charity care and financial assistance (in Spanish, a confusing application form), free clinics (strep, STD
 * testing), prescription costs (insulin, GoodRx, Part D Extra Help), lab results on MyChart. Providers point to hhs.gov,
 * cms.gov, medicare.gov, healthcare.gov, consumerfinance.gov, state boards and registries, hospital pages and lookups, and
 * refer to help desks, hospital offices, clinics, SSA and their own reference desk. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtiethRoundMedical-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 25 s pickup (01); a queue line, a patron "hello?" and a 95 s pickup (27: fail); "Hi there!
 *   How can I help?" under the screen name "Ref Desk 3" (06: greeting fails); "Library chat, Dot speaking." with no greeting
 *   word (30: fails); "Hi!" + "This is Ken, librarian at …" split over two lines (28); Spanish "¡Buenas tardes! Le atiende
 *   Lucía, bibliotecaria de …" (03); chat-speak "hey there! Ty w/ Ask a Librarian, Lakeview Library 👋" under the screen name
 *   "ty_lakeview" (04); a greeting that is also a hold ("Hi! Hugo at … One sec.", 17); no provider ever joined (12);
 *  inquiry: closed or bought practice and state, scheduled or emergency, hospital and household size (Spanish), insurance or
 *   cash, note or diagnosis, hospital and state, itemized or summary, official record, home library, talk or decide, Original
 *   or Advantage, the state (by the receiver after a silent transfer), meaning or cost, paid or unpaid, which hospital, adult
 *   or child, in person or online, scheduled or shopping, own or mother's records, which part of a form, for you or a lawyer,
 *   city or ZIP, income and savings; a restatement "So you need to appeal your insurance company's denial of an MRI." (28:
 *   pass); "r u in lakeview or somewhere else?" after the first two URLs (04: fail); a question and no source ever (24: pass);
 *  waits: "give me a minute" answered 140 s later (02: fail); holds at 96, 200 and 300 and the answer at 390 (25: pass); "No
 *   problem, take your time." then the patron back 250 s later (26: waiting on the patron, pass); a transfer notice answered
 *   69 s later (16); a greeting-hold answered by the receiver 80 s later across a silent transfer (17); the patron's last
 *   "ok" / "seriously?" unanswered at the end (30, 18: open spans);
 *  endings: a Lost Call with only a greeting and "It seems you've disconnected. This session will now end." 270 s later
 *   (11: no check-in, no goodbye, final idle 275 s); "Are you still there?" at 215 and "It looks like you've disconnected, so
 *   I'll end the chat now. Please chat with us again anytime!" at 330 (29: final idle 254 s, both pass); "Are you still
 *   there?" and a plain goodbye 226 s after the answer (20: notice fails); a goodbye 130 s after the answer with no check-in
 *   (21: idle fails, notice na); the patron's window closing 49 s after "Does that help?" (22: final idle 54 s, na; courteous
 *   fails); "Sorry, we have a limit of 3 questions per patron, and you've reached it. Goodbye." (18: dismissal fails, courteous
 *   passes on the goodbye); "several other patrons waiting … Please chat back in later … or call our reference desk" (19:
 *   allowed); goodbyes "¡Con gusto! Que le vaya muy bien.", "¡De nada! Que tenga buen día.", "You're welcome, take care!",
 *   "Take care!", "ok feel better! bye", "Thanks for chatting, talk tomorrow!"; patron-side "thats all I needed", "thats
 *   everything", "es todo", "that's everything i needed", "no thats all", "that was all", "thats all thanks", "nope thats it",
 *   and "ya thx", "yes thx", "ok", "yeah its helpful thanks" that do not count;
 *  completeness: "Does that completely answer your question?", "Is that what you were looking for?", "¿Le sirve esta
 *   información?", "that help?", "Did that answer it?", "Does that cover it?", "¿Es lo que necesitaba?", "Does that clear it
 *   up?", "Does the release form page cover what you need for now?", "Did the registry lookup work for you in the
 *   meantime?", "Does that help?" after an answer with no source (24: pass); none (05, 30: fail);
 *  sources: hhs.gov, cms.gov, medicare.gov, healthcare.gov, consumerfinance.gov, eeoc.gov, medlineplus.gov, needymeds.org,
 *   goodrx.com, aapc.com/codes, hospital pages and price estimators, state registries and rules; none (24: an answer from
 *   memory about Good Faith Estimates, fail);
 *  referrals: the No Surprises Help Desk by phone beside "call the anesthesiologist's billing office" (02: fail); Patient
 *   Financial Services by phone in Spanish (03); a clinic by street address and phone (04, 29); "please ask your doctor's
 *   office what yours mean" (10: fail); a Board that publishes a page (01, LEFT); "send it to the contractor address on the
 *   notice" (16, LEFT); "have the old office send them straight to the new dentist" (22: fail); the OCR complaint form by
 *   URL beside "report it to the clinic's privacy officer" (23: fail); the reference desk by phone (19); a hospital's HIM
 *   department by phone and URL (25); "call SSA 800-…" (30); the provider calling the county health department for the
 *   patron (09) and "someone from Brookfield will contact you" (10) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (07: pass); FU_ME with the e-mail read back and
 *   "once I find it", not recorded at day 1 (08: contact fails, pending); a call-back promise with the phone read back,
 *   "tomorrow morning", coded Answered, done after 100 h (09: code and on_time fail, contact passes); FU_LIB with no patron
 *   contact anywhere, "within 72 hours", not recorded by day 4 (10: code, contact and on_time fail);
 *  codes: a true Lost Call (11); Lost Call after three patron lines (29: fail); null with no provider (12); an empty string
 *   (30); Practice (13);
 *  transfers: a notice (a hold) and an internal note that says why (16: pass); an internal note only, to a Spanish-speaking
 *   librarian (17: fail);
 *  concurrency: four at once (14: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡Buenas tardes! Le atiende Lucía, bibliotecaria de …" greets (good afternoon) and identifies; "Library chat, Dot
 *   speaking." identifies but does not greet (30); "Hi there! How can I help?" under a screen name identifies no one (06);
 * - "take care" ("You're welcome, take care!", "Take care!"), "Que le vaya muy bien", "Que tenga buen día", "feel better!
 *   bye" and "talk tomorrow!" say goodbye; "It seems you've disconnected. This session will now end." only announces the end
 *   (11: not a goodbye, not a check-in);
 * - "Sorry, we have a limit of 3 questions per patron, and you've reached it. Goodbye." is a dismissal (a limit of questions)
 *   and also a goodbye (18: dismissal fails, courteous passes);
 * - "call the anesthesiologist's billing office", "please ask your doctor's office what yours mean", "report it to the
 *   clinic's privacy officer" and "have the old office send them straight to the new dentist" tell the patron to contact an
 *   organisation outside the chat with no way to reach it in the chat (02, 10, 23, 22: fail);
 * - "send it to the contractor address on the notice" tells the patron to write to the Medicare contractor, whose address is
 *   on the notice, not in the chat (16: fail; the project's reading of "call the number on the back of your card");
 * - "The State Medical Board of Ohio explains this at med.ohio.gov" points to a page an agency publishes: a source, not a
 *   referral (01);
 * - "You can walk in to Monroe County's sexual health clinic …: 855 West Main St, Rochester, 585-555-0171" and "u can walk in
 *   at Lakeview Community Health, 410 5th St, … or call em at 608-555-0123" are referrals with contacts (29, 04);
 * - "I can call our contact at the county health department … and call you back" (09) is the provider's own contact, and
 *   "someone from Brookfield will contact you within 72 hours" (10) tells the patron to contact no one: no referral;
 * - "I'll send the letter over once I find it" says no time (08: contact fails); "I'll call you tomorrow morning", "by
 *   Friday" and "within 72 hours" do;
 * - "yes thank you both, that was all" and "thats all thanks" say the patron is done; "ya thx", "yes thx", "ok" and "yeah its
 *   helpful thanks" do not;
 * - a Lost Call greeting ("Hello! I'm Sam, …") is the first provider line after the patron's that is not a hold: the final
 *   idle runs from it (30 s) to `endedAt` (305 s), since the notice that ends it is no goodbye (11);
 * - the patron's window closing (a system line) does not end the final idle, which runs to `endedAt` (22: 51 to 105 s, below
 *   120 s, na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both on referral.contact). Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 01: "The State Medical Board of Ohio explains this at med.ohio.gov (search "closing a practice")" read as a referral
 *    without contact (fail; RUBRIC na: a web page an agency publishes is a source, and the Board comes with a URL anyway);
 *  - case 16: "send it to the contractor address on the notice within 120 days" read as no referral (na; RUBRIC fail: the
 *    patron is to write to the Medicare contractor, whose address is not in the chat).
 * The scorer does read "call the No Surprises Help Desk at …" with "call the anesthesiologist's billing office" (02: fail),
 * "Llame a la oficina de Servicios Financieros al Paciente al …" (03), the walk-in clinics (04, 29), "please ask your
 * doctor's office" (10: fail), "have the old office send them" (22: fail), "report it to the clinic's privacy officer" (23:
 * fail), "call our reference desk at …" (19), MercyOne HIM by phone and URL (25) and "call SSA 800-…" (30) as labelled, and
 * the provider's own calls (09) as no referral. Every timing check (pickup at 25 and 95 s, no provider; keep_informed at
 * 140 s, across holds, "take your time", a notice-transfer and a silent transfer; final idles of 54, 130, 226, 254 and 275
 * s; concurrency at four and at touching ends; on_time done at 30 h, late at 100 h, pending at day 1, not recorded by day 4)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a patron phone typed and read back, organisations' 555 phones and street addresses).
 *
 * ON v54 (final; this file was labelled on block T's first cut): as on the first cut, 28 running, 2 LEFT (01, 16).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please wait, a librarian will be with you shortly. Your place in line: ${n}`];

const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'NFPL' };
const DARNELL: Prov = { id: 'darnell', name: 'Darnell', library: 'GPL-TX' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SMPL' };
const TY: Prov = { id: 'ty-lv', name: 'ty_lakeview', library: 'LVL' };
const MARCUS: Prov = { id: 'marcus', name: 'Marcus', library: 'HCL-CA' };
const DESK3: Prov = { id: 'desk3', name: 'Ref Desk 3', library: 'ACPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'CVL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'WPL-IL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'ECPL' };
const WALT: Prov = { id: 'walt-s', name: 'Walt (statewide)', library: 'STATE-WI' };
const SAM: Prov = { id: 'sam-r', name: 'Sam', library: 'RFL' };
const QUEUE: Prov = { id: 'askus-health-queue', name: 'Ask Us queue', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-med', name: 'Practice Login 2', library: 'TRN' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'FHL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'MPL-MA' };
const MEI: Prov = { id: 'mei', name: 'Mei', library: 'BRL' };
const RUTH: Prov = { id: 'ruth-h', name: 'Ruth', library: 'STATE' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'PWL' };
const ELENA: Prov = { id: 'elena', name: 'Elena', library: 'PWL' };
const LARS: Prov = { id: 'lars', name: 'Lars', library: 'OML' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'CCL-MN' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'BFL-OK' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'BVL-TX' };
const PETE: Prov = { id: 'pete', name: 'Pete', library: 'SSL' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'LWL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'PCL-KY' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'BHL-IA' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'RPL-CA' };
const KIM: Prov = { id: 'kim-d', name: 'Kim', library: 'DML' };
const KEN: Prov = { id: 'ken', name: 'Ken', library: 'HRL' };
const LIZ: Prov = { id: 'liz', name: 'Liz', library: 'MCL-NY' };
const DOT: Prov = { id: 'dot', name: 'Dot', library: 'SCL' };

export const sixtiethRoundMedical: SessionCase[] = [
  // 01 records of a retired doctor's closed practice
  s(PRIYA, '01 records from a retired doctor (Ohio): queue line, closed or bought asked, hold 84 s, med.ohio.gov + hhs.gov, "thats all I needed"', [
    [0, 'p', 'hi how do I get a copy of my medical records from my old doctor, she retired'],
    queue(2),
    [25, 'l', 'Hello! This is Priya, a librarian with Ask Us at Northfield Public Library.'],
    [31, 'l', 'Do you know if her practice was bought by another group or hospital, or did it close completely? And what state is it in?'],
    [80, 'p', 'closed i think. its in ohio'],
    [86, 'l', 'Let me check what Ohio requires.'],
    [170, 'l', 'When an Ohio practice closes, the doctor has to tell patients where the records went, often to another practice or a records storage company. The State Medical Board of Ohio explains this at med.ohio.gov (search "closing a practice"), and the HHS page on your right to your records, hhs.gov/hipaa/for-individuals/medical-records, says what you can ask for and what they may charge.'],
    [176, 'l', 'Does that completely answer your question?'],
    [240, 'p', 'yes I think so, thats all I needed thanks!'],
    [246, 'l', "You're welcome! Thanks for contacting Ask Us, and good luck."],
  ], usual()),

  // 02 surprise anesthesia bill: hold answered 140 s later; help desk by phone, the billing office with no number
  s(DARNELL, '02 surprise anesthesiologist bill (No Surprises Act): "give me a minute" answered 140 s later, help desk phone, "call the anesthesiologist\'s billing office" (no contact)', [
    [0, 'p', 'I got a $2,400 bill from an anesthesiologist for my surgery. The hospital was in network, I checked!! is this even legal'],
    [18, 'l', "Hi, I'm Darnell, a reference librarian at Ask a Librarian, Gatesville Public Library. Sorry you're dealing with that."],
    [24, 'l', 'Was the surgery scheduled ahead, or was it an emergency? And do you have insurance through work or the marketplace?'],
    [70, 'p', 'scheduled. through my job'],
    [75, 'l', 'ok, give me a minute to find the federal rules on this'],
    [215, 'l', "Thanks for waiting. Since 2022 the No Surprises Act bans surprise bills from out-of-network anesthesiologists at in-network hospitals for scheduled care: you should only owe your in-network cost sharing. CMS explains it at cms.gov/nosurprises. If the bill isn't fixed, call the No Surprises Help Desk at 1-800-555-0187 to file a complaint."],
    [221, 'l', 'Is that what you were looking for?'],
    [270, 'p', 'yes omg thank you. so i just dont pay it?'],
    [278, 'l', "Don't ignore it: call the anesthesiologist's billing office, tell them the bill falls under the No Surprises Act, and ask them to re-bill your insurance. Keep notes of who you spoke with and when."],
    [330, 'p', 'ok got it, thats everything'],
    [336, 'l', 'Good luck, and thanks for chatting with us!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 03 Spanish: charity care at a nonprofit hospital
  s(LUCIA, '03 factura de hospital sin seguro (Spanish): hospital and household asked, charity care policy URL + Patient Financial Services phone, "¿Le sirve…?", "es todo"', [
    [0, 'p', 'hola buenas tardes, me llego una factura del hospital de 8 mil dolares y no tengo seguro. hay alguna ayuda?'],
    [30, 'l', '¡Buenas tardes! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de San Marcos. Con gusto le ayudo.'],
    [36, 'l', '¿En qué hospital le atendieron? ¿Y cuántas personas viven en su casa?'],
    [95, 'p', 'en el Hospital General de San Marcos. somos 4'],
    [101, 'l', 'Un momento, busco su política de asistencia financiera.'],
    [180, 'l', 'Los hospitales sin fines de lucro tienen que ofrecer asistencia financiera ("charity care"). La política del Hospital General en español está en sanmarcosgeneral.org/asistencia-financiera: para una familia de 4 con ingresos bajos puede cubrir toda la factura. Llame a la oficina de Servicios Financieros al Paciente al 512-555-0161 y pida la solicitud; también puede pedir que detengan el cobro mientras la revisan.'],
    [186, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si mucho, gracias. es todo'],
    [246, 'l', '¡Con gusto! Que le vaya muy bien.'],
  ], usual({ referral: 'pass' })),

  // 04 chat-speak: free clinic, the question after the first source
  s(TY, '04 free clinic for strep (chat-speak): HRSA finder + nafcclinics.org first, "r u in lakeview…?" after, walk in or call the clinic, "ok feel better! bye"', [
    [0, 'p', 'need a free clinic near me no insurance, prob have strep'],
    [12, 'l', 'hey there! Ty w/ Ask a Librarian, Lakeview Library 👋'],
    [20, 'l', 'HRSA health centers charge on a sliding scale by income: findahealthcenter.hrsa.gov, type ur zip. free clinics r on nafcclinics.org too'],
    [26, 'l', 'r u in lakeview or somewhere else?'],
    [50, 'p', 'lakeview'],
    [56, 'l', 'then u can walk in at Lakeview Community Health, 410 5th St, til 6 tonite, or call em at 608-555-0123'],
    [62, 'l', 'that help?'],
    [90, 'p', 'ya thx'],
    [94, 'l', 'anything else?'],
    [110, 'p', 'nah'],
    [114, 'l', 'ok feel better! bye'],
  ], usual({ clarify: 'fail', referral: 'pass' })),

  // 05 insulin cost: no completeness question; the patron says they are done
  s(MARCUS, '05 insulin at $300 a month: insurance asked, needymeds.org + GetInsulin.org, no "does that help?", patron "that\'s everything i needed"', [
    [0, 'p', 'my insulin went up to $300 a month, is there anything cheaper'],
    [20, 'l', "Good afternoon, you're chatting with Marcus, a librarian at Ask Us at Harbor City Library."],
    [27, 'l', 'Do you have insurance (Medicare, a job plan, the marketplace), or are you paying out of pocket?'],
    [80, 'p', 'out of pocket right now, between jobs'],
    [86, 'l', 'All three big insulin makers have programs that cap insulin at $35 a month for people without insurance. NeedyMeds (needymeds.org) lists them with the forms, and GetInsulin.org asks you a few questions and shows the cheapest option for your exact insulin.'],
    [150, 'p', "oh wow ok, thank you that's everything i needed"],
    [156, 'l', "You're welcome, take care!"],
  ], usual({ complete: 'fail' })),

  // 06 greeting with no one named (screen name only)
  s(DESK3, '06 HIPAA and the boss: "Hi there! How can I help?" under a screen name, note or diagnosis asked, hhs.gov + eeoc.gov, "no thats all"', [
    [0, 'p', 'Can my boss make me tell him what my diagnosis is? He says HIPAA means he has to know'],
    [35, 'l', 'Hi there! How can I help?'],
    [40, 'l', "Is he asking for a doctor's note for time off, or asking about your diagnosis itself?"],
    [95, 'p', 'he wants to know what i have. i gave him a note already'],
    [101, 'l', "HIPAA doesn't work that way for most employers: it covers doctors, health plans and their business partners, not your boss. HHS explains this at hhs.gov/hipaa/for-individuals/employers-health-information-workplace. What he may ask is set by the ADA instead; the EEOC's page eeoc.gov/disability-discrimination covers what employers can and can't ask."],
    [107, 'l', 'Does that answer your question?'],
    [160, 'p', 'yes thank you'],
    [166, 'l', 'Anything else I can help you with today?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Thanks for chatting with the library. Have a good one!'],
  ], usual({ greeting: 'fail' })),

  // 07 follow-up by me: e-mail read back, "by Friday", done in 30 h
  s(NADIA, '07 a late mother\'s hospital records (follow-up by me): hospital asked, stlukesduluth.org page, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'My mother passed away in January. How do I get her hospital records? I am the executor. Need them for a malpractice lawyer'],
    [22, 'l', "Hello, and I'm so sorry for your loss. I'm Nadia, a health sciences librarian with Ask Us at Cedar Valley Library."],
    [29, 'l', 'Which hospital was she in, and in which state?'],
    [80, 'p', "St. Luke's in Duluth MN"],
    [86, 'l', 'Let me look up their release form.'],
    [175, 'l', "Under HIPAA the executor (the personal representative) can get the records. St. Luke's explains how executors request records at stlukesduluth.org/patients/medical-records, with the release form; you'll attach the letters testamentary and her death certificate. Minnesota also has its own law on records of the deceased, and I'd like to check the statute and send you a short summary. What e-mail should I use?"],
    [230, 'p', 'pkoval@example.com'],
    [236, 'l', "Got it: pkoval@example.com. I'll send it by Friday."],
    [242, 'l', 'Does the release form page cover what you need for now?'],
    [290, 'p', 'yes, thank you very much'],
    [296, 'l', 'Is there anything else I can help with today?'],
    [330, 'p', "No that's all"],
    [336, 'l', 'Take care, and thank you for contacting Ask Us.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 08 follow-up by me: e-mail read back, no time given, pending
  s(OSCAR, '08 billing errors, a private room never used (follow-up by me): itemized bill asked, CFPB guide, e-mail read back, "once I find it" (no time), pending at day 1', [
    [0, 'p', 'hospital bill has charges for stuff I never got, like 3 days of a private room and I was there 1 night. how do I dispute'],
    [40, 'l', "Hi! I'm Oscar, librarian at Westmont Public Library's chat service."],
    [46, 'l', 'Do you have the itemized bill with the billing codes, or just the summary statement?'],
    [100, 'p', 'just the summary'],
    [106, 'l', 'An itemized bill makes errors like that much easier to prove. The Consumer Financial Protection Bureau\'s guide at consumerfinance.gov/ask-cfpb (search "medical bill errors") walks through a dispute step by step. There\'s also a sample dispute letter I\'ve seen that I can track down and e-mail you. What\'s your email?'],
    [170, 'p', 'its rgarza.home@example.com'],
    [176, 'l', "Thanks, rgarza.home@example.com. I'll send the letter over once I find it."],
    [182, 'l', 'Does the CFPB guide help in the meantime?'],
    [230, 'p', 'yeah its helpful thanks'],
    [236, 'l', 'Thanks for reaching out, bye for now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 09 a call-back promise coded Answered, done after 100 h
  s(GRETA, '09 childhood vaccine records for nursing school (WI): official record asked, dhfswir.org, a call-back "tomorrow morning" with the phone read back, coded Answered, done after 100 h', [
    [0, 'p', 'I need my childhood vaccine records for nursing school, I was born in 1994 in Wisconsin and my pediatrician is gone'],
    [25, 'l', 'Good morning! Greta here, a librarian with Ask Us at Eau Claire Public Library.'],
    [32, 'l', 'Does the school need an official record, or would a copy from any source work? And do you still live in Wisconsin?'],
    [90, 'p', 'official i think. yes still in WI'],
    [96, 'l', "The Wisconsin Immunization Registry has a public lookup at dhfswir.org where you can print an official record if your shots were entered. Records from the early 90s are sometimes missing, though."],
    [102, 'l', "If they're not there, I can call our contact at the county health department tomorrow, find out what they can pull from paper files, and call you back. What's a good number?"],
    [160, 'p', '715-555-0148'],
    [166, 'l', "715-555-0148, got it. I'll call you tomorrow morning."],
    [172, 'l', 'Did the registry lookup work for you in the meantime?'],
    [240, 'p', 'it found some of them! not the MMR'],
    [246, 'l', "That's a start. I'll ask about the MMR too. Anything else for today?"],
    [280, 'p', 'no thank you'],
    [286, 'l', 'Thanks for chatting, talk tomorrow!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 10 follow-up by the patron's library with no patron contact anywhere; not done by day 4; the doctor's office with no number
  s(WALT, '10 eGFR on MyChart (follow-up by patron\'s library): home library asked, medlineplus.gov, "ask your doctor\'s office" (no contact), "someone from Brookfield will contact you within 72 hours", no contact known, not done by day 4', [
    [0, 'p', 'Im trying to read my lab results on MyChart and dont understand any of it. can someone explain what eGFR means'],
    [30, 'l', 'Hello! This is Walt, a librarian on the statewide Ask Us chat.'],
    [36, 'l', 'Which library is your home library?'],
    [80, 'p', 'brookfield'],
    [86, 'l', "MedlinePlus has plain-language explanations of lab tests: medlineplus.gov/lab-tests, search eGFR. We can't interpret your own results, so please ask your doctor's office what yours mean."],
    [92, 'l', "Brookfield has a consumer health librarian who can put together more reading on kidney function for you. I'll pass this along, and someone from Brookfield will contact you within 72 hours."],
    [98, 'l', 'Does the MedlinePlus page help for now?'],
    [150, 'p', 'yes thx'],
    [156, 'l', 'Thanks for using Ask Us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail', referral: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 11 Lost Call: greeting, then a notice with no question and no goodbye (final idle 275 s)
  s(SAM, '11 MRI cost without insurance (Lost Call): greeting at 30, "It seems you\'ve disconnected. This session will now end." at 300, no check-in', [
    [0, 'p', 'how much does an MRI cost without insurance'],
    [30, 'l', "Hello! I'm Sam, a librarian at Ask Us, Ridgefield Library."],
    [300, 'l', "It seems you've disconnected. This session will now end."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 no provider ever joined; no code
  s(QUEUE, '12 dermatologist referral with Medicaid: no provider joined, "hello?? anyone", "nvm", patron left, code null', [
    [0, 'p', 'do i need a referral to see a dermatologist with medicaid'],
    queue(2, 4),
    [95, 'p', 'hello?? anyone'],
    [160, 'p', 'nvm'],
    left(170),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 13 Practice
  s(TRAINER, '13 practice chat (health macros): coded Practice, every check na', [
    [0, 'p', 'testing medical records macro'],
    [9, 'l', 'Hi, practice session for Ask Us health training.'],
    [16, 'l', 'Records rights: hhs.gov/hipaa/for-individuals. Did that help?'],
    [24, 'p', 'macro ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 14 four chats at once
  s(BEA, '14 is GoodRx legit (amoxicillin): cash or insurance asked, goodrx.com + costplusdrugs.com, "thats all i needed", four chats open at once', [
    [0, 'p', 'is goodrx legit? pharmacy wants $90 for my amoxicillin'],
    [14, 'l', 'Hi! Bea here, librarian at the Ask Us chat for Fairhaven Library.'],
    [20, 'l', 'Are you using insurance for it, or paying cash?'],
    [45, 'p', 'cash no insurance'],
    [51, 'l', "Yes, discount cards like GoodRx are legitimate and free: you show the coupon at the pharmacy instead of insurance. Compare prices at goodrx.com or at costplusdrugs.com (Mark Cuban's online pharmacy). Generic amoxicillin is often under $15 with a coupon."],
    [57, 'l', 'Did that answer it?'],
    [85, 'p', 'yes!! thats all i needed'],
    [90, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bea', -200, 150), other('b2', 'bea', 10, 300), other('b3', 'bea', 40, 95)],
  }),

  // 15 three at most, touching ends
  s(KOFI, '15 mom, 80, wants her son to talk to her doctor (HIPAA): talk or decide asked, hhs.gov FAQ + Legal Forms database, "that\'s everything", others touching the ends', [
    [0, 'p', 'quick q - my mom (shes 80) wants me to be able to call her doctor and pharmacy about her meds. do they need something signed for that?'],
    [20, 'l', 'Hi, this is Kofi, reference librarian at Ask a Librarian, Milton Public Library.'],
    [26, 'l', 'Does she want you to be able to talk with them, or to make decisions for her as well?'],
    [80, 'p', 'just talk to them for now'],
    [86, 'l', "For just talking, HIPAA lets her sign an authorization naming you, and many offices will also talk to a family member she says is okay. HHS's FAQ for family members, hhs.gov/hipaa/for-individuals/family-members-friends, explains it. If she later wants you to make decisions, that's a health care power of attorney: our state's form is in the Legal Forms database at miltonlibrary.org/databases."],
    [92, 'l', 'Does that cover it?'],
    [150, 'p', "perfect. that's everything, thanks"],
    [156, 'l', "You're welcome! Take care."],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kofi', -400, 0), other('k2', 'kofi', -100, 500), other('k3', 'kofi', 30, 120), other('k4', 'kofi', 161, 700)],
  }),

  // 16 transfer with a notice and a note; "send it to the contractor address on the notice"
  s(MEI, '16 Medicare ambulance denial (MSN): Original or Advantage asked, notice + note + transfer to Ruth, medicare.gov/claims-appeals, "send it to the contractor address on the notice"', [
    [0, 'p', 'my dad got a Medicare Summary Notice saying they wont pay for his ambulance ride. how do we appeal'],
    [25, 'l', "Hello! I'm Mei, a librarian at Ask Us, Brighton Library."],
    [31, 'l', 'Is this Original Medicare, or a Medicare Advantage plan? It should say on the notice.'],
    [85, 'p', 'original i think, its the MSN from Medicare'],
    [91, 'l', "Thanks. My colleague Ruth on our statewide health desk handles Medicare questions a lot, so I'm going to transfer you to her. One moment."],
    [94, 'i', 'Ruth - MSN denial for ambulance, Original Medicare, pt wants to appeal (redetermination). thanks!'],
    xfer(97, 'Ruth', 'ruth-h'),
    [160, 'l', 'Hi, Ruth here from the Ask Us health desk. For Original Medicare the first step is a redetermination: circle the ambulance item on the MSN, write why it should be covered, and send it to the contractor address on the notice within 120 days. Medicare\'s appeals page, medicare.gov/claims-appeals, has the steps and the optional CMS-20027 form.', as(RUTH)],
    [166, 'l', 'Does that help?', as(RUTH)],
    [220, 'p', 'yes thank you both, that was all'],
    [226, 'l', 'Glad to help. Thanks for using Ask Us!', as(RUTH)],
  ], usual({ transfer: 'pass', referral: 'fail' })),

  // 17 a silent transfer (note only) to a Spanish-speaking librarian
  s(HUGO, '17 tarjeta de vacuna COVID perdida (Spanish): "Hi! Hugo … One sec.", internal note + transfer with no word to the patron, Elena asks the state, myvaccinerecord.cdph.ca.gov, "es todo"', [
    [0, 'p', 'necesito mi record de vacunas de covid, perdi la tarjeta'],
    [20, 'l', 'Hi! Hugo at Ask a Librarian, Pinewood Library. One sec.'],
    [40, 'i', 'Elena, can you take this? Spanish, lost COVID vaccine card.'],
    xfer(43, 'Elena', 'elena'),
    [100, 'l', '¡Hola! Soy Elena, bibliotecaria de Pinewood Library. ¿En qué estado se vacunó?', as(ELENA)],
    [150, 'p', 'en california'],
    [156, 'l', 'En California puede pedir su registro digital en myvaccinerecord.cdph.ca.gov: pone su nombre, fecha de nacimiento y el celular o correo que dio al vacunarse, y le mandan un código QR.', as(ELENA)],
    [162, 'l', '¿Es lo que necesitaba?', as(ELENA)],
    [210, 'p', 'si gracias!! es todo'],
    [215, 'l', '¡De nada! Que tenga buen día.', as(ELENA)],
  ], usual({ transfer: 'fail' })),

  // 18 a limit of questions, with a goodbye
  s(LARS, '18 CPT codes on a bill: meaning or cost asked, aapc.com/codes + CMS fee schedule, "we have a limit of 3 questions per patron, and you\'ve reached it. Goodbye."', [
    [0, 'p', 'What is a CPT code and where do I look them up? my bill has a bunch'],
    [18, 'l', 'Hi, Lars with Ask Us at Oakmont Library here.'],
    [24, 'l', 'Do you want to know what each code on your bill means, or what they normally cost?'],
    [60, 'p', 'what they mean'],
    [66, 'l', "CPT codes are owned by the American Medical Association, but you can look up what a code means on AAPC's free lookup, aapc.com/codes, or in Medicare's Physician Fee Schedule search at cms.gov/medicare/physician-fee-schedule/search."],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'sort of. can u look up these 14 codes for me. 99284, 71046, 85025, 80053, 93005...'],
    [128, 'l', "Sorry, we have a limit of 3 questions per patron, and you've reached it. Goodbye."],
    [140, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 19 other patrons waiting, a way back
  s(JUNE, '19 ER collection on a credit report (MN): paid or unpaid asked, consumerfinance.gov, "several other patrons waiting … chat back in later … or call our reference desk", "ok"', [
    [0, 'p', 'does medical debt still go on your credit report? i have a collections thing from an ER visit in 2021'],
    [28, 'l', 'Good evening! This is June at the Ask a Librarian service, Carver County Library.'],
    [34, 'l', 'Is the debt paid off, or still unpaid? And about how much is it?'],
    [90, 'p', 'unpaid, like $700'],
    [96, 'l', 'The three credit bureaus stopped reporting medical collections under $500 in 2023, and paid medical debt comes off entirely. Yours is over $500, so it can still appear. The CFPB explains your rights at consumerfinance.gov/consumer-tools/debt-collection, including how to make the collector prove the debt.'],
    [102, 'l', 'Is that the info you needed?'],
    [160, 'p', 'yes. ok also can they sue me, and what about my sisters bill, and is there a statute of limitations in MN, and can i negotiate'],
    [170, 'l', "Those are good questions, but I have several other patrons waiting right now. Please chat back in later and we'll keep going, or call our reference desk at 952-555-0110 anytime during open hours."],
    [200, 'p', 'ok'],
    [206, 'l', 'Thanks for your patience, good night!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 20 check-in, then a plain goodbye (final idle 226 s): no disconnect notice
  s(NELL, '20 knee replacement prices around Tulsa: which hospital asked, a price estimator URL + turquoise.health, "Are you still there?" at 210, goodbye at 302 with no notice', [
    [0, 'p', 'how do i find out what a hospital charges for a knee replacement'],
    [22, 'l', 'Hi, Nell here, librarian at Ask Us, Brookhaven Free Library.'],
    [28, 'l', 'Which hospital, or are you comparing a few in an area?'],
    [70, 'p', 'comparing around Tulsa'],
    [76, 'l', 'Hospitals have to post their prices online now. Search each hospital\'s name plus "price estimator"; for example Saint Francis Tulsa\'s estimator is at saintfrancis.com/price-estimator. To compare, Turquoise Health (turquoise.health) pulls many hospitals\' posted prices together.'],
    [82, 'l', 'Does this help?'],
    [210, 'l', 'Are you still there?'],
    [302, 'l', 'Thanks for chatting! Come back anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 21 a goodbye 130 s after the answer with no check-in
  s(IRIS, '21 how long Texas doctors keep records: adult or child asked, 22 TAC §165.1 at texreg.sos.state.tx.us, goodbye at 226 (final idle 130 s) with no check-in', [
    [0, 'p', 'how long does a doctor have to keep medical records in texas? trying to get records from 2012'],
    [35, 'l', "Hello, my name is Iris and I'm a librarian at Ask Us, Brazos Valley Library."],
    [41, 'l', 'Were you an adult then, or a child? The rules differ.'],
    [90, 'p', 'adult'],
    [96, 'l', "The Texas Medical Board's rule says physicians must keep adult patients' records for at least 7 years from the last treatment, so records from 2012 may be gone. The rule is 22 TAC §165.1 in the Texas Administrative Code, which you can read at texreg.sos.state.tx.us."],
    [102, 'l', 'Does that answer your question?'],
    [226, 'l', 'Thanks for visiting Ask Us. Have a great day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 22 the patron leaves after the answer; "have the old office send them"
  s(PETE, '22 dental x-rays on a CD: new dentist asked, hhs.gov consumer page, "have the old office send them straight to the new dentist" (no contact), patron left at 100', [
    [0, 'p', 'can i get my xrays on a cd? the dentist says they only email them'],
    [15, 'l', 'Hey! Pete from Ask a Librarian at Sunset Library here.'],
    [21, 'l', 'Do you need the x-rays for another dentist, or for your own files?'],
    [45, 'p', 'new dentist'],
    [51, 'l', "Under HIPAA you can get your records in the form you ask for if the office can readily produce it, and e-mail is one of those forms. HHS covers this at hhs.gov/hipaa/for-individuals/guidance-materials-for-consumers. Easiest is often to have the old office send them straight to the new dentist."],
    [57, 'l', 'Does that help?'],
    left(100),
  ], usual({ anything: 'fail', courteous: 'fail', referral: 'fail' })),

  // 23 OCR complaint by URL, the clinic's privacy officer with no contact
  s(FAYE, '23 a nurse told a neighbor (HIPAA): in person or online asked, OCR complaint at hhs.gov/ocr/complaints, "report it to the clinic\'s privacy officer" (no contact), "no"', [
    [0, 'p', 'a nurse at my clinic told my neighbor about my pregnancy. is that a HIPAA violation and what can i do'],
    [20, 'l', "Hi, I'm Faye, a librarian with Ask Us at Linwood Library. I'm sorry that happened."],
    [26, 'l', 'Did the nurse tell her in person, or was it posted online somewhere?'],
    [75, 'p', 'in person, at church'],
    [81, 'l', "Sharing your health information with someone who isn't involved in your care can be a HIPAA violation. You can file a complaint with the HHS Office for Civil Rights online at hhs.gov/ocr/complaints within 180 days. You can also report it to the clinic's privacy officer; every clinic has to have one."],
    [87, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes. thank you'],
    [156, 'l', 'Anything else I can help with?'],
    [185, 'p', 'no'],
    [190, 'l', 'Take care of yourself, and thank you for reaching out.'],
  ], usual({ referral: 'fail' })),

  // 24 an answer with no source
  s(GUS, '24 Good Faith Estimate for a colonoscopy: scheduled or shopping asked, answer from memory with no source, "Does that help?", "thats all thanks"', [
    [0, 'p', 'is it true hospitals have to tell you the price before if you have no insurance'],
    [30, 'l', 'Hello, Gus here, a librarian with the Ask Us chat at Pike County Library.'],
    [36, 'l', 'Is the care already scheduled, or are you still shopping around?'],
    [80, 'p', 'scheduled for next month, colonoscopy'],
    [86, 'l', "Yes. If you're uninsured or paying yourself, the provider has to give you a written Good Faith Estimate when you schedule, at least 3 business days before. If the final bill comes in $400 or more above the estimate, you can dispute it."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yes, good to know. thats all thanks'],
    [146, 'l', 'Thanks for chatting. Bye!'],
  ], usual({ source: 'fail' })),

  // 25 holds every ~100 s through a long search
  s(WANDA, '25 newborn records from a closed 1987 hospital (Iowa): own or mother\'s asked, holds at 96/200/300, MercyOne HIM phone + URL at 390', [
    [0, 'p', 'Hi. I was born at Mercy Hospital in Cedar Falls in 1987 and it closed years ago. I need my birth records from the hospital (not birth certificate) for a medical reason. where would they be?'],
    [26, 'l', 'Hello! Wanda here, a reference librarian with Ask Us at Black Hawk Library.'],
    [32, 'l', "Do you mean your own newborn records, or your mother's delivery records? They may be kept separately."],
    [90, 'p', 'mine, the newborn ones'],
    [96, 'l', "Let me see who took custody of Mercy's records when it closed. Bear with me."],
    [200, 'l', 'Still looking: the Iowa HHS site mentions closed-facility records, checking which hospital took them.'],
    [300, 'l', 'Found a lead, verifying it now.'],
    [390, 'l', "Mercy Cedar Falls' records went to MercyOne Waterloo when it closed. Their Health Information Management department handles old records requests: call 319-555-0166, or use the request form at mercyone.org/waterloo/medical-records. Records from 1987 may be on microfilm, so ask them to check."],
    [396, 'l', 'Does that answer your question?'],
    [450, 'p', "yes!! wow thank you so much, that's all I needed"],
    [456, 'l', "You're very welcome. Thanks for using Ask Us!"],
  ], usual({ referral: 'pass' })),

  // 26 "take your time", then the patron away 250 s
  s(ABE, '26 a financial assistance form (household income, assets): which part asked, "No problem, take your time." then 250 s away, riversidehealth.org instructions, "nope thats it"', [
    [0, 'p', 'I want to apply for the hospital financial assistance at Riverside Health but the form asks for stuff I dont understand'],
    [20, 'l', "Hi, you've reached Abe, a librarian at Ask Us, Riverside Public Library."],
    [26, 'l', 'Sure, which part of the form is confusing? Do you have it in front of you?'],
    [60, 'p', 'one sec let me grab it'],
    [66, 'l', 'No problem, take your time.'],
    [316, 'p', 'ok its section 3 "household income from all sources" and "assets"'],
    [322, 'l', 'Let me check their instructions.'],
    [400, 'l', 'Riverside\'s instructions (riversidehealth.org/financial-assistance, under "How to apply") say household income means everyone living with you: wages, unemployment, Social Security, child support. Assets means bank accounts and property, not your car or retirement accounts.'],
    [406, 'l', 'Does that clear it up?'],
    [460, 'p', 'yes thank you!'],
    [466, 'l', 'Anything else?'],
    [490, 'p', 'nope thats it'],
    [495, 'l', 'Good luck with the application! Bye!'],
  ], usual()),

  // 27 picked up after 95 s
  s(KIM, '27 $150 for a copy of records: queue, patron "hello?", pickup at 95 s, for you or a lawyer asked, hhs.gov fees guidance, "no"', [
    [0, 'p', 'the hospital wants $150 for a copy of my records, is that allowed?'],
    queue(3, 2),
    [70, 'p', 'hello?'],
    [95, 'l', 'Hi, sorry for the wait! This is Kim at Ask a Librarian, Delmar Library.'],
    [101, 'l', 'Are the records for you, or are they being sent to a lawyer or an insurance company?'],
    [150, 'p', 'for me'],
    [156, 'l', 'When you ask for your own records, HIPAA only allows a reasonable, cost-based fee (copying labor, supplies, postage). For electronic copies HHS says a flat fee of up to $6.50 is always allowed. See hhs.gov/hipaa/for-professionals/privacy/guidance/access, the fees section.'],
    [162, 'l', 'Does that answer it?'],
    [220, 'p', 'yes thank u'],
    [226, 'l', 'Anything else I can help with?'],
    [250, 'p', 'no'],
    [255, 'l', 'Thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 28 greeting split over two lines; a restatement instead of a question
  s(KEN, '28 MRI denied as not medically necessary: "Hi!" + "This is Ken … So you need to appeal …" (restatement), healthcare.gov/appeal, "Take care!"', [
    [0, 'p', 'my insurance denied my MRI, said not medically necessary. what now'],
    [18, 'l', 'Hi!'],
    [22, 'l', "This is Ken, librarian at Ask Us, Harlow Library. So you need to appeal your insurance company's denial of an MRI."],
    [60, 'p', 'yes'],
    [66, 'l', 'Your plan has to let you appeal inside the company first (an internal appeal), and if they say no again you can ask for an external review by an independent reviewer. HealthCare.gov explains both at healthcare.gov/appeal, with the deadlines.'],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'ya. thanks'],
    [115, 'l', 'Anything else today?'],
    [140, 'p', 'no'],
    [145, 'l', 'Take care!'],
  ], usual()),

  // 29 Lost Call after three patron lines; check-in and a notice that invites back (final idle 254 s)
  s(LIZ, '29 free STD testing (Rochester): city asked, walk in at the county clinic (address + phone) + gettested.cdc.gov, "Are you still there?" at 215, notice + invitation back at 330, coded Lost Call', [
    [0, 'p', 'where can i get free std testing'],
    [25, 'l', 'Hi, Liz here with Ask a Librarian at Monroe County Library.'],
    [31, 'l', 'Which city or ZIP are you in?'],
    [60, 'p', 'rochester'],
    [70, 'p', '14611'],
    [76, 'l', "You can walk in to Monroe County's sexual health clinic for free, confidential testing: 855 West Main St, Rochester, 585-555-0171, weekday mornings. The CDC's finder at gettested.cdc.gov lists other sites by ZIP."],
    [82, 'l', 'Does that help?'],
    [215, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'll end the chat now. Please chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 30 curt, no greeting word, empty code, patron last
  s(DOT, '30 Extra Help for a mother\'s Part D: "Library chat, Dot speaking.", income asked, ssa.gov + "call SSA 800-…", patron "ok" last, code empty', [
    [0, 'p', 'Can u help me find out if my mom qualifies for Extra Help with her Part D'],
    [40, 'l', 'Library chat, Dot speaking.'],
    [45, 'l', 'Her income and savings roughly?'],
    [100, 'p', 'about 1500 a month social security, maybe 8000 in the bank'],
    [106, 'l', 'Probably qualifies. Apply at ssa.gov/medicare/part-d-extra-help or call SSA 800-555-0113.'],
    [150, 'p', 'ok'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundMedical.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('01')]:
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 6 "The State Medical Board of Ohio explains this at med.ohio.gov (search \\"closing…"). Message 6 tells the patron where to read the rule: a web page an agency publishes is a source, not a referral (RUBRIC Terms, Referral: "Pointing to a website … is a source, not a referral, even when an agency publishes it"), and no one is to be called, written to, asked or visited; read even as a referral, the Board comes with a URL (med.ohio.gov), which would pass, not fail.',
  [byNo('16')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 7 (Ruth): "… write why it should be covered, and send it to the contractor address on the notice within 120 days." tells the patron to write to the Medicare contractor, an organisation outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"); its address is on the patron\'s notice, not in the chat, so the party comes with no e-mail, phone, postal address or URL (the project\'s reading of "call the number on the back of your card", sixtieth round, benefits 20).',
};

describe('sixtieth round: medical bills and health records, checked', () => {
  describeSessions('whole sessions', sixtiethRoundMedical.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundMedical.filter((c) => c.name in LEFT_WHY));
});
