/**
 * Sixty-fourth round, theme ELDER ABUSE, NEGLECT AND ADULT PROTECTIVE SERVICES, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: reporting suspected abuse to adult protective services
 * (a grandson in Baltimore, a neighbor left alone in Nashville, a shove seen in a Spokane nursing home, a caregiver taking
 * pain pills in Mesa, bruises in a Pomona nursing home in Spanish, a grandfather hit by an aide in New Jersey with nobody to
 * answer), self-neglect (a hoarding neighbor in Portland, a neighbor who no longer eats in Hialeah in Spanish and English),
 * nursing home and assisted living complaints and the long-term care ombudsman (Columbus, Virginia Beach, Aurora CO in
 * Spanish and English, Edina memory care, Anchorage), financial exploitation (a mother's new boyfriend in San Antonio in
 * Spanish, a grandparent scam wired through Western Union, a caregiver's deed in Dearborn, a misused power of attorney in
 * Norwood, an aunt's account in Milwaukee, a landlord in Kansas City KS, warning signs in Utah), anonymous reporting in
 * Illinois, guardianship and conservatorship (California, a professional guardian in Pinellas, Fulton County forms, a
 * contested case in Harris County, a restraining order in Sacramento), care-home records in Oklahoma, elder abuse
 * statistics for an Idaho support group, and the Eldercare Locator. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundElderAbuse-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Marguerite, a reference librarian at …" (01); pickup exactly at 60 s (02: pass)
 *   and at 61 s (04: fail); `pickedUpAt` at 45 s with the first visible line at 90 (30: pass); "hi!! 😊" then a question,
 *   under the screen name "ElderInfoDesk" (05: greets, names no one: fail); Spanish "¡Hola, buenos días! Le escribe
 *   Esperanza, bibliotecaria de …" (03), "Hola, buenas tardes. Soy Pilar, bibliotecaria de …" (18); mixed "¡Hola! Yara here,
 *   bibliotecaria at …" (24) and "¡Hola! Dolores here, from …" (30); a greeting and a question in one line ("Hi, Sigrid at
 *   …. Are you reporting …?", 20); "Hey there — Abel, librarian at …" (25); no provider ever joined (28);
 *  inquiry: danger right now, already told the administrator, where the mother lives, which county, POA or guardian, wire or
 *   gift cards, relative or the father himself; a restatement with no question mark ("So you'd like to report what's happening
 *   without your name getting back …", 09: pass); the sources first and the question after (08: fail); no question at all
 *   after the patron gave the state in a second line (19: fail);
 *  waits: "Let me look up the right numbers for that, one sec." answered 121 s later (06: fail); "Give me a moment" then a
 *   partial result that says the search goes on 114 s later, the answer 118 s after that (07: pass); "Bear with me …"
 *   answered 119 s later (29: pass); a transfer notice answered 100 s (22) and 64 s (24) later; a silent transfer, the receiver
 *   131 s after the patron (23: fail);
 *  endings: final idle of exactly 120 s ending on "Are you still with me?", no thanks (15: check-in pass, courteous fail);
 *   "Are you still there?" then a goodbye that invites back 179 s after the answer (16: check-in pass, notice na); a notice
 *   with no check-in and no goodbye exactly 180 s after the answer (17: notice pass, check-in fail); a true Lost Call in
 *   Spanish, "¿Sigue en línea?" and "Parece que perdimos la conexión; voy a cerrar esta sesión." (18: 190 s, courteous fail);
 *   the patron leaving after an answer that opens "Thanks for waiting.", 185 s to `endedAt` with no check-in (29: that answer
 *   is a goodbye, so no final idle, both na — see the correction below); "We answer two per chat and
 *   you've had yours, so I'm closing this one." (20: dismissal, no thanks); "I have a few patrons waiting … please chat back
 *   in later" (21: allowed); the patron's "wow ok 🙄" and "ok" as the last line (20, 21); patron-side "thats everything",
 *   "eso es todo", "thats all i needed thx", "that was all", "thats all for today", "es todo", "that is everything", and
 *   "yes very much", "yes omg thank you", "yes it does thank you", "yes good start thanks" that do not count;
 *  sources: state APS lines and online forms (txabusehotline.org, des.az.gov/aps, reportadultabuse.dhs.tn.gov, dshs.wa.gov,
 *   dcf.ks.gov, reportabuse.myflfamilies.com), ombudsman programs by phone and URL, odh.ohio.gov, elderrightsva.org,
 *   dss.virginia.gov, cdphe.colorado.gov, medicare.gov/care-compare, ncea.acl.gov, eldercare.acl.gov, consumerfinance.gov,
 *   reportfraud.ftc.gov, court self-help pages (selfhelp.courts.ca.gov, probatecourt.fultoncountyga.gov), legal help sites
 *   (michiganlegalhelp.org, texaslawhelp.org, ohiolegalhelp.org), ssa.gov/payee, a Nolo book;
 *  referrals: APS lines and 911 by phone (01, 16); two parties by phone (02, 04); "llamar al banco de su mamá" beside the
 *   hotline (03: fail); the Western Union fraud line (06); a clerk's guardianship department by postal address (07); "She could
 *   also talk to her local Area Agency on Aging and to Kansas Legal Services" (29: fail); sites only (05, 08: na); "I'll call
 *   the court … and call you back" (11: staff consulted, na); "passing this to the reference staff at your home library" (12:
 *   na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done 70 h after the end (10: pass); a call-back
 *   promise, phone typed with spaces and read back with dashes, "by tomorrow evening", coded Answered (11: code fails, contact
 *   passes, pending); FU_LIB with the e-mail only in `patron.email`, "within 72 hours", never recorded by day 5 (12: contact
 *   and on_time fail, code passes); FU_ME, e-mail read back, no time given, done at 73 h (13: contact and on_time fail); a
 *   promise to "ask our health librarian … and get back to you" with no codes in the source and no contact (14: code na,
 *   contact fails, pending);
 *  codes: Practice (27); a true Lost Call (18); Lost Call after the patron's second line, answered (19: fail); null with no
 *   provider (28: fail); "" (29: fail); none in the source (14);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); a Spanish notice only (24:
 *   fail);
 *  concurrency: three others, all open together over 50–80 s (25: four, fail); two of hers and two of a colleague's over this
 *   one (26: three of hers, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("¡Hola, buenos días!", "Hola, buenas tardes", "¡Hola!") greet; "Le escribe Esperanza, bibliotecaria
 *   de …", "Soy Pilar, bibliotecaria de …", "Yara here, bibliotecaria at …" identify; "¿Le sirve esta información?", "¿Le
 *   sirve?", "¿Es lo que necesitaba?" are the completeness question; "¿Sigue en línea?" asks whether the patron is still
 *   there, "Are you still with me?" too; "Parece que perdimos la conexión; voy a cerrar esta sesión" tells the patron they
 *   seem to have disconnected and that the session ends; "¡Con gusto, que le vaya bien!" says goodbye;
 * - "eso es todo", "es todo", "thats all for today", "that was all" say explicitly that the patron is done;
 * - "If she's ever in danger at that moment, call 911" is a referral to the police whose way to reach them is a phone number
 *   (911) (01, 16);
 * - "its page with the complaint form and regional offices is at elderrightsva.org" and "Information on changing a
 *   representative payee is at ssa.gov/payee" point to websites: sources, not referrals (08, 05);
 * - "También conviene llamar al banco de su mamá" tells the patron to call an organisation with no way to reach it (03:
 *   fail), and so does "She could also talk to her local Area Agency on Aging and to Kansas Legal Services" (29);
 * - "I'll call the court tomorrow and call you back" and "I'm passing this to the reference staff at your home library, and
 *   they will e-mail you" are staff working on the patron's behalf, not referrals (11, 12); "I'll also ask our health
 *   librarian to pull the exact statute and get back to you" is a follow-up promise (14);
 * - "I found the state office's page — still looking for the Pinellas clerk's number, hang on." gives a partial result and
 *   says the search goes on: a hold (07); it names no resource one can reach, so it gives no source;
 * - "Thanks for waiting. In Kansas, …" thanks the patron (29: courteous passes on it), and so, by the Terms' Goodbye ("a
 *   provider message that thanks the patron"), it is a goodbye: the final idle ends at it (0 s; corrected, see COUNTS);
 * - "I haven't heard back, so I'll close this chat now — thank you for looking out for him, and come back anytime." is a
 *   goodbye (it thanks and invites back, and does not ask whether the patron is there): the final idle ends at it (16: 179 s);
 * - "It looks like you've disconnected, so I'm going to end this session now." is the notice, not a check-in and not a
 *   goodbye (17);
 * - `pickedUpAt` (45 s) is the pickup when the first visible line comes later (90 s) (30);
 * - a `followUps` entry 70 h after `endedAt` is within 72 h (10), one 73 h after is not (13).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (03 referral.contact; 12 followup.completeness; 20 closing.no_dismissal; 29
 * session.idle_checkin and session.disconnect_notice).
 * Label corrections: 1 case, 2 checks. Case 29, session.idle_checkin and session.disconnect_notice, fail -> na: I had read
 * "Thanks for waiting. In Kansas, … Does that help?" (the provider's last visible message) as thanking the patron, and
 * labelled courteous pass on it; RUBRIC's Terms define a Goodbye as "a provider message that thanks the patron … unless it also
 * asks whether the patron is still there", and for the final idle "when the provider's last visible message is a goodbye, the
 * idle ends at that goodbye instead". The idle runs from that message to itself: 0 s, under both thresholds, so both checks
 * are na by the text, whatever the 185 s to `endedAt`. (Courteous stays pass on the same reading.)
 * The other three reread against RUBRIC: the labels stand.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "Puede llamar a la Línea de Abuso de Texas, 1-800-252-5400 … También conviene llamar al
 *    banco de su mamá" read as no referral at all (na; RUBRIC fail: two parties the patron is told to call, the bank with no
 *    way to reach it);
 *  - followup.completeness, case 12: "Does Care Compare help to start?" not read as the completeness question (fail; RUBRIC
 *    pass: it asks whether the source just given helps);
 *  - closing.no_dismissal, case 20: "We answer two per chat and you've had yours, so I'm closing this one." not read as a
 *    dismissal (pass; RUBRIC fail: a limit of questions, the help ended with no way back).
 * Every timing check (pickup at exactly 60 s, at 61 s and by `pickedUpAt` at 45 s, no provider; keep_informed at 121 s after a
 * hold, 114 + 118 s across a partial-result hold, 119 s after a hold, 100 and 64 s after transfer notices, 131 s across a
 * silent transfer; final idles of 120, 179 (ended by a goodbye), 180 and 190 s; concurrency at four and with a colleague's
 * chats beside hers; on_time done at 70 h and 73 h, unrecorded at day 5, pending twice) and every code (Practice, a true Lost
 * Call, Lost Call after two patron lines, null, "", no codes in the source, a promise under Answered, follow-up codes with the
 * contact typed, read back or only in `patron.email`) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back or only in `patron.email`, a patron phone
 * typed with spaces and read back with dashes, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 03's "la Línea de Abuso de
 *   Texas" and "También conviene llamar al banco" (X19, X14), case 12's "Does Care Compare help to start?" (X12) and case 20's "We
 *   answer two per chat and you've had yours" (X24) run; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARGUERITE: Prov = { id: 'marguerite-e', name: 'Marguerite', library: 'EPFL' };
const BEATRIX: Prov = { id: 'beatrix-e', name: 'Beatrix', library: 'CML' };
const ESPERANZA: Prov = { id: 'esperanza-e', name: 'Esperanza', library: 'SAPL' };
const DESMOND: Prov = { id: 'desmond-e', name: 'Desmond', library: 'MCL' };
const DESK: Prov = { id: 'desk-e', name: 'ElderInfoDesk', library: 'SCCL' };
const FARIDA: Prov = { id: 'farida-e', name: 'Farida', library: 'QPL' };
const GIDEON: Prov = { id: 'gideon-e', name: 'Gideon', library: 'SPPL' };
const HALVARD: Prov = { id: 'halvard-e', name: 'Halvard', library: 'VBPL' };
const ILSE: Prov = { id: 'ilse-e', name: 'Ilse', library: 'CPL-IL' };
const JOAQUIN: Prov = { id: 'joaquin-e', name: 'Joaquin', library: 'DPL-MI' };
const KWAME: Prov = { id: 'kwame-e', name: 'Kwame', library: 'AFPL' };
const LORNA: Prov = { id: 'lorna-e', name: 'Lorna', library: 'TCCL' };
const MIRABEL: Prov = { id: 'mirabel-e', name: 'Mirabel', library: 'BPL-ID' };
const NADIA: Prov = { id: 'nadia-e', name: 'Nadia', library: 'HCL' };
const OONA: Prov = { id: 'oona-e', name: 'Oona', library: 'SLCL' };
const PERCY: Prov = { id: 'percy-e', name: 'Percy', library: 'NPL' };
const RHIANNON: Prov = { id: 'rhiannon-e', name: 'Rhiannon', library: 'SPL-WA' };
const PILAR: Prov = { id: 'pilar-e', name: 'Pilar', library: 'LACL' };
const OMAR: Prov = { id: 'omar-e', name: 'Omar', library: 'PHXPL' };
const SIGRID: Prov = { id: 'sigrid-e', name: 'Sigrid', library: 'APL-AK' };
const TOBIAS: Prov = { id: 'tobias-e', name: 'Tobias', library: 'MPL-WI' };
const UMA: Prov = { id: 'uma-e', name: 'Uma', library: 'SPL-CA' };
const WES: Prov = { id: 'wes-e', name: 'Wes', library: 'SPL-CA' };
const VALENTINA: Prov = { id: 'valentina-e', name: 'Valentina', library: 'HPL' };
const XAVIER: Prov = { id: 'xavier-e', name: 'Xavier', library: 'HPL' };
const YARA: Prov = { id: 'yara-e', name: 'Yara', library: 'DPL-CO' };
const ZED: Prov = { id: 'zed-e', name: 'Zed', library: 'DPL-CO' };
const ABEL: Prov = { id: 'abel-e', name: 'Abel', library: 'MPLIC' };
const BRONWYN: Prov = { id: 'bronwyn-e', name: 'Bronwyn', library: 'CHPL' };
const TRAINEE: Prov = { id: 'trainee-e', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-e', name: 'Queue', library: 'AUN' };
const CASS: Prov = { id: 'cass-e', name: 'Cass', library: 'KCPL' };
const DOLORES: Prov = { id: 'dolores-e', name: 'Dolores', library: 'MDPLS' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay in the chat and one will be with you.'];

export const sixtyFourthRoundElderAbuse: SessionCase[] = [
  // 01 the plain good session; APS and 911 by phone
  s(MARGUERITE, '01 a grandson who may hit the downstairs neighbor in Baltimore: "you\'ve reached Marguerite, a reference librarian", APS 1-800-917-7383 and 911, "thats everything"', [
    [0, 'p', 'hi my elderly neighbor downstairs keeps yelling for help and her grandson lives with her n i think he hits her. who do i even call about this'],
    [19, 'l', "Good morning, you've reached Marguerite, a reference librarian at the Enoch Pratt Free Library. I'm sorry you're dealing with this."],
    [25, 'l', 'Do you think she is in danger right this minute, or is this something that keeps happening?'],
    [70, 'p', 'not right now but it happens a lot. im in baltimore city'],
    [77, 'l', "In Maryland, suspected abuse of a vulnerable adult is reported to Adult Protective Services at your local department of social services. Call the statewide line, 1-800-917-7383 (1-800-91-PREVENT); you don't have to prove anything, and you can ask them to keep your name confidential. If she's ever in danger at that moment, call 911."],
    [83, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes thats everything, thank u for being so kind'],
    [126, 'l', "You're welcome — thank you for looking out for her. Take care."],
  ], usual({ referral: 'pass' })),

  // 02 pickup exactly at 60 s; ombudsman and ODH by phone
  s(BEATRIX, '02 bed sores and an unanswered call light in a Columbus nursing home: pickup at exactly 60 s, the ombudsman and the Ohio Department of Health by phone, "Can I help you find anything else"', [
    [0, 'p', 'My father is in a nursing home in Columbus and his call light goes unanswered for an hour, he has bed sores now. Where do I file a complaint?'],
    [60, 'l', "Hi there, Beatrix from Columbus Metropolitan Library's chat service. Thanks for waiting."],
    [66, 'l', 'Have you already raised it with the administrator or the director of nursing there?'],
    [110, 'p', 'yes twice. nothing changed'],
    [118, 'l', 'Then two places can act. The Ohio Long-Term Care Ombudsman advocates for residents — call 1-800-282-1206 and ask for the regional ombudsman for Franklin County. The Ohio Department of Health takes formal complaints against nursing homes: call 1-800-342-0553 or use the form at odh.ohio.gov (search "nursing home complaint").'],
    [124, 'l', 'Did that help?'],
    [160, 'p', 'yes very much'],
    [165, 'l', 'Can I help you find anything else, maybe the inspection reports for his facility?'],
    [200, 'p', 'no, I think I have what I need'],
    [206, 'l', 'I hope he is feeling better soon. Goodbye!'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish; the hotline by phone and URL, the mother's bank with no contact
  s(ESPERANZA, '03 el novio de mamá le saca dinero en San Antonio (Spanish): "Le escribe Esperanza, bibliotecaria", la Línea de Abuso de Texas, "llamar al banco de su mamá" sin contacto, "eso es todo"', [
    [0, 'p', 'hola buenas, creo que el nuevo novio de mi mama le esta sacando dinero de su cuenta, ella tiene 81 años. a quien le aviso?? estamos en san antonio'],
    [24, 'l', '¡Hola, buenos días! Le escribe Esperanza, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [30, 'l', '¿Su mamá vive sola en su casa o en una residencia para mayores?'],
    [75, 'p', 'sola en su casa'],
    [82, 'l', 'En Texas eso se reporta a Servicios de Protección para Adultos (APS). Puede llamar a la Línea de Abuso de Texas, 1-800-252-5400, las 24 horas, o hacer el reporte en línea en txabusehotline.org. También conviene llamar al banco de su mamá para avisar del posible fraude.'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si mucho, eso es todo. gracias señorita 🙏'],
    [136, 'l', '¡Con mucho gusto! Cuídese y gracias por escribirnos.'],
  ], usual({ referral: 'fail' })),

  // 04 pickup at 61 s; self-neglect; two offices by phone
  s(DESMOND, '04 a hoarding neighbor with no heat in SE Portland: 61 s pickup, "Self-neglect is something Adult Protective Services looks into", 1-855-503-SAFE and the county helpline', [
    [0, 'p', 'neighbor is like 85, house is full of trash, no heat, i dont think shes eating. she says shes fine. can anyone do anything if she doesnt want help??'],
    [61, 'l', 'Hello, and sorry for the wait! This is Desmond with Multnomah County Library.'],
    [67, 'l', 'Does she live in Portland, inside Multnomah County?'],
    [100, 'p', 'yes se portland'],
    [106, 'l', "Self-neglect is something Adult Protective Services looks into in Oregon, even when the person says they're fine; they can't force help on someone who can decide for themselves, but they can visit and offer services. Call Oregon's abuse reporting line at 1-855-503-7233 (1-855-503-SAFE). If you'd like to talk it over first, call Multnomah County's Aging, Disability and Veterans Services helpline at 503-988-3646."],
    [112, 'l', 'Does this answer your question?'],
    [150, 'p', "yeah. ok. i'll call tomorrow. thats all i needed thx"],
    [155, 'l', 'Thanks for caring about her. Goodbye!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 greets, names no one
  s(DESK, '05 conservatorship for a mother with dementia whose brother takes her SS checks: "hi!! 😊" under the screen name "ElderInfoDesk", a Nolo book, selfhelp.courts.ca.gov, ssa.gov/payee', [
    [0, 'p', 'how does someone get guardianship of their mom? she has dementia and my brother is taking her ss checks'],
    [14, 'l', 'hi!! 😊'],
    [19, 'l', 'Which state is your mom in, and does she have a power of attorney already?'],
    [55, 'p', 'california, no POA'],
    [61, 'l', 'In California it\'s called a conservatorship and it goes through the probate court in her county. Nolo\'s book "The Conservatorship Book for California" walks through every form, and the Judicial Branch self-help guide is at selfhelp.courts.ca.gov/conservatorship. Information on changing a representative payee for the Social Security checks is at ssa.gov/payee.'],
    [67, 'l', 'did that help?'],
    [100, 'p', 'yes thanks, that was all'],
    [104, 'l', 'ok bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered 121 s later
  s(FARIDA, '06 a grandparent scam wired through Western Union: "Let me look up the right numbers for that, one sec." answered 121 s later, 1-833-FRAUD-11, reportfraud.ftc.gov', [
    [0, 'p', 'my grandma got a call from "me" saying i was in jail and she wired $6000. where do we report this, police said call someone else??'],
    [16, 'l', "Hi, thanks for writing to Queens Public Library's Ask a Librarian — I'm Farida."],
    [22, 'l', "Oh no, I'm sorry. Did she send it by wire transfer, gift cards or cash in the mail?"],
    [58, 'p', 'wire thru western union'],
    [63, 'l', 'Let me look up the right numbers for that, one sec.'],
    [184, 'l', "Thanks for hanging on. Call the National Elder Fraud Hotline at 1-833-372-8311 (1-833-FRAUD-11): a case manager helps with the report and next steps. Also file at reportfraud.ftc.gov, and call Western Union's fraud line at 1-800-448-1492 right away; sometimes a transfer can still be stopped."],
    [190, 'l', 'Does that cover what you needed?'],
    [230, 'p', 'yes omg thank you'],
    [235, 'l', 'Is there anything else I can help with tonight?'],
    [260, 'p', 'no thats it'],
    [265, 'l', 'Take care of her, and thanks for chatting. Bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 a hold, then a partial result that says the search goes on (114 s), the answer 118 s later
  s(GIDEON, '07 a professional guardian who sold an uncle\'s car in Pinellas: "Give me a moment" then "still looking … hang on" at 114 s, the answer 118 s later, a clerk by postal address', [
    [0, 'p', "how do i complain about a professional guardian in florida? my uncle's guardian wont let us visit and sold his car"],
    [20, 'l', 'Hey! Gideon here, librarian at St. Petersburg Public Library. Happy to help.'],
    [26, 'l', 'Which county appointed the guardian?'],
    [60, 'p', 'pinellas'],
    [66, 'l', 'Give me a moment to find where those complaints go.'],
    [180, 'l', "I found the state office's page — still looking for the Pinellas clerk's number, hang on."],
    [298, 'l', "Got it. Florida's Office of Public and Professional Guardians investigates complaints against professional guardians: file at elderaffairs.org (Guardianship > File a Complaint) or call them at 850-555-0123. You can also write to the Pinellas County Clerk of the Circuit Court's guardianship department, 315 Court Street, Clearwater, FL 33756, since the judge oversees the guardian."],
    [304, 'l', 'Does that help?'],
    [340, 'p', 'yes thank you so much, thats all i need'],
    [345, 'l', 'Good luck to your family — goodbye!'],
  ], usual({ referral: 'pass' })),

  // 08 the sources before the question
  s(HALVARD, '08 a filthy, understaffed assisted living place in Virginia Beach: elderrightsva.org and dss.virginia.gov given first, then "Is she in assisted living or in a nursing home"', [
    [0, 'p', 'is there someone who checks on assisted living places? my aunts place in va beach is filthy and understaffed'],
    [17, 'l', "Hello, I'm Halvard, a librarian at Virginia Beach Public Library."],
    [22, 'l', "Virginia's Long-Term Care Ombudsman Program advocates for residents of assisted living and nursing homes; its page with the complaint form and regional offices is at elderrightsva.org. Assisted living facilities are licensed by the Department of Social Services, which posts inspection reports at dss.virginia.gov (search for the facility)."],
    [28, 'l', 'Is she in assisted living or in a nursing home, just to be sure?'],
    [70, 'p', 'assisted living'],
    [76, 'l', 'Then both of those apply. Does that answer your question?'],
    [110, 'p', 'yes, thanks that is all I needed'],
    [116, 'l', 'Glad to help. Thank you for contacting us!'],
  ], usual({ clarify: 'fail' })),

  // 09 a restatement with no question mark; anonymous reporting
  s(ILSE, '09 reporting a sister-in-law without giving a name (Illinois): "So you\'d like to report what\'s happening without your name getting back …" (no "?"), APS hotline 1-866-800-1409', [
    [0, 'p', 'can i report elder abuse w/o giving my name?? its my sister in law doing it and i dont want drama'],
    [22, 'l', 'Hi — Ilse with Chicago Public Library here, thanks for reaching out.'],
    [28, 'l', "So you'd like to report what's happening without your name getting back to your sister-in-law."],
    [50, 'p', 'exactly'],
    [56, 'l', "In Illinois you can call the Adult Protective Services hotline, 1-866-800-1409, without giving your name, and a reporter's identity is kept confidential by law. The Department on Aging explains the process at ilaging.illinois.gov/protectionadvocacy."],
    [62, 'l', 'Was that helpful?'],
    [95, 'p', 'yes. ok. thank u'],
    [100, 'l', 'Anything else I can do for you?'],
    [130, 'p', 'nope'],
    [134, 'l', 'Take care, bye!'],
  ], usual({ referral: 'pass' })),

  // 10 follow-up by me: e-mail read back, "by Wednesday afternoon", done at 70 h
  s(JOAQUIN, '10 a caregiver who got a grandfather to sign over his house in Dearborn (follow-up by me): Elder Law of Michigan hotline, e-mail read back, "by Wednesday afternoon", done at 70 h', [
    [0, 'p', 'looking for a free lawyer for my grandpa, his caregiver got him to sign over his house. detroit area'],
    [20, 'l', "Good afternoon! Joaquin here, a librarian with Detroit Public Library's Ask Us chat."],
    [26, 'l', 'Is your grandfather 60 or older, and does he live in Wayne County?'],
    [60, 'p', 'hes 84, lives in dearborn'],
    [67, 'l', 'Then he qualifies for the Elder Law of Michigan legal hotline: call 1-800-347-5297, free for Michiganders 60 and over. Michigan Legal Help also has a guide to financial exploitation at michiganlegalhelp.org.'],
    [73, 'l', "I'd also like to put together the list of Wayne County legal aid offices that take property cases and send it to you. What e-mail should I send it to?"],
    [110, 'p', 'sure, r.haddad77@example.net'],
    [116, 'l', "Thanks — r.haddad77@example.net. You'll have the list by Wednesday afternoon."],
    [122, 'l', 'Does the hotline help for now?'],
    [150, 'p', 'yes, thats all for today, thank you'],
    [156, 'l', 'My pleasure — talk soon, and thank you for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(161 + 70 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a call-back promise, phone read back, "by tomorrow evening", coded Answered
  s(KWAME, '11 guardianship papers in Fulton County GA: probatecourt.fultoncountyga.gov, "I\'ll call the court tomorrow and call you back … by tomorrow evening", phone read back, coded Answered', [
    [0, 'p', 'hi is there any free help filling out guardianship papers in fulton county ga? my mom cant manage anymore'],
    [18, 'l', 'Hello! This is Kwame, a librarian at Atlanta-Fulton Public Library. How can I help?'],
    [24, 'l', 'Are you filing as her child for a guardianship of the person, of her property, or both?'],
    [60, 'p', 'both i guess. her house and her medical stuff'],
    [66, 'l', "The Fulton County Probate Court handles adult guardianship; its forms and instructions are at probatecourt.fultoncountyga.gov. I believe the court runs a self-help clinic on certain mornings, but I can't confirm the schedule online, so I'll call the court tomorrow and call you back with the days by tomorrow evening. What number should I call?"],
    [105, 'p', '404 555 0178'],
    [111, 'l', 'Got it: 404-555-0178. Does the forms page help in the meantime?'],
    [140, 'p', 'yes thank you!!'],
    [146, 'l', 'Talk tomorrow — thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library: e-mail only in patron.email, "within 72 hours", never recorded
  s(LORNA, '12 abuse complaints against a Broken Arrow nursing home (follow-up by patron\'s library): medicare.gov/care-compare, "they will e-mail you … within 72 hours", e-mail only in patron.email, unrecorded at day 5', [
    [0, 'p', 'how can i find out if a care home in broken arrow has had abuse complaints before we move my dad in'],
    [21, 'l', "Hi! I'm Lorna, with Tulsa City-County Library's Ask a Librarian."],
    [27, 'l', 'Is it licensed as a nursing home or as an assisted living center?'],
    [70, 'p', 'nursing home'],
    [76, 'l', "For nursing homes, Medicare's Care Compare lists inspection results and substantiated complaints: medicare.gov/care-compare. Oklahoma's own inspection reports are harder to find, so I'm passing this to the reference staff at your home library, Broken Arrow, and they will e-mail you what they find within 72 hours."],
    [82, 'l', 'Does Care Compare help to start?'],
    [120, 'p', 'yes good start thanks'],
    [126, 'l', 'Thanks for using Ask a Librarian, bye now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'dkessler@example.org', phone: null }, followUps: [],
  }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me: e-mail read back, no time given, done at 73 h
  s(MIRABEL, '13 elder abuse numbers for an Idaho caregiver support group handout (follow-up by me): ncea.acl.gov, "I\'ll request it and send it to you", e-mail read back, no when, done at 73 h', [
    [0, 'p', 'im running a caregiver support group, need stats on elder abuse in idaho for a handout'],
    [19, 'l', 'Hi there, Mirabel at Boise Public Library, welcome to the chat!'],
    [25, 'l', 'Do you need Idaho-only numbers, or are national figures okay too?'],
    [60, 'p', 'idaho if possible, national ok'],
    [66, 'l', "National figures: the National Center on Elder Abuse keeps a research page at ncea.acl.gov (Research > Statistics and Data). Idaho's Commission on Aging publishes Adult Protection numbers in its annual report, but the latest isn't online yet. I'll request it and send it to you. What's your e-mail?"],
    [100, 'p', 'kbarlow.idaho@example.com'],
    [105, 'l', 'kbarlow.idaho@example.com — got it, thanks. Is the NCEA page useful for now?'],
    [140, 'p', 'yes perfect. thats all I needed'],
    [145, 'l', 'Wonderful, thanks for writing in!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(150 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 no codes in the source; a promise with no contact and no time
  s(NADIA, '14 sedation without consent in an Edina memory care home (no codes in the source): the ombudsman and MAARC by phone, "ask our health librarian … and get back to you", no contact', [
    [0, 'p', 'my mom is in a memory care place in edina and they keep sedating her w/o telling us. is that allowed in MN?'],
    [23, 'l', 'Hi, this is Nadia, a librarian at Hennepin County Library. I am so sorry this is happening.'],
    [29, 'l', 'Do you have her health care power of attorney, or are you her guardian?'],
    [70, 'p', 'yes I have POA'],
    [76, 'l', 'Minnesota residents of memory care have the right to be told about and agree to medications. The Office of Ombudsman for Long-Term Care takes these complaints: call 651-431-2555 or 1-800-657-3591. You can also report suspected maltreatment to the Minnesota Adult Abuse Reporting Center at 1-844-880-1574.'],
    [82, 'l', "I'll also ask our health librarian to pull the exact statute and get back to you."],
    [88, 'l', 'Does that help for now?'],
    [130, 'p', 'yes it does thank you'],
    [136, 'l', 'You are welcome. Goodbye, and I hope your mom is okay.'],
  ], usual({ anything: 'fail', code: 'na', contact: 'fail', onTime: 'pending', referral: 'pass' }), { resolutionCode: undefined }),

  // 15 final idle of exactly 120 s ending on a check-in, no thanks
  s(OONA, '15 warning signs of financial exploitation by a new "friend" in Utah: consumerfinance.gov/moneysmart, "Are you still with me?" at 150, `endedAt` 120 s after the answer', [
    [0, 'p', 'what are signs my dad is being financially exploited? new "friend" is always around and his bills arent getting paid'],
    [16, 'l', "Hi, you're chatting with Oona, a librarian at Salt Lake County Library."],
    [22, 'l', 'Does your dad live in Utah, and is he still handling his own banking?'],
    [55, 'p', 'utah yes, he says he is'],
    [61, 'l', 'Unpaid bills, a new person controlling access to him, and sudden changes to his accounts are classic warning signs. The Consumer Financial Protection Bureau\'s guide "Money Smart for Older Adults" lists them with a checklist: consumerfinance.gov/moneysmart. Does that help?'],
    [150, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 31 }),

  // 16 a check-in, then a goodbye that invites back 179 s after the answer
  s(PERCY, '16 a confused neighbor left alone for days in Nashville: TN APS 1-888-277-8366 and 911, "Are you still there?" at 176, a goodbye that thanks and invites back at 235 (179 s)', [
    [0, 'p', 'theres an old man next door, his daughter leaves him alone for days, he was outside in his pajamas confused. who do i tell in tennessee'],
    [18, 'l', 'Hello! Percy here, reference librarian at Nashville Public Library.'],
    [24, 'l', 'Is he in danger right now, or is he back inside and safe?'],
    [50, 'p', 'hes inside now'],
    [56, 'l', 'Okay. Tennessee Adult Protective Services takes reports 24/7: call 1-888-277-8366 or report online at reportadultabuse.dhs.tn.gov. If you ever find him outside and confused again, call 911. Does that answer your question?'],
    [176, 'l', 'Are you still there?'],
    [235, 'l', "I haven't heard back, so I'll close this chat now — thank you for looking out for him, and come back anytime."],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass' })),

  // 17 a notice exactly 180 s after the answer, no check-in, no goodbye
  s(RHIANNON, '17 an aide who shoved a friend\'s mother in a Spokane nursing home: DSHS complaint line, "It looks like you\'ve disconnected, so I\'m going to end this session now." exactly 180 s after the answer', [
    [0, 'p', 'how to report a nursing home aide who yelled at and shoved my friends mom, spokane WA'],
    [20, 'l', 'Good evening, Rhiannon at Spokane Public Library here.'],
    [26, 'l', 'Did you see it happen, or did your friend tell you about it?'],
    [60, 'p', 'i saw it when visiting'],
    [66, 'l', 'Since you witnessed it, you can report it to the Washington Department of Social and Health Services: call the complaint line at 1-800-562-6078 or file online at dshs.wa.gov (search "report abuse of a vulnerable adult"). Is that what you were looking for?'],
    [246, 'l', "It looks like you've disconnected, so I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' }), { endAfter: 0 }),

  // 18 Spanish; a true Lost Call with a check-in and a notice, no goodbye
  s(PILAR, '18 moretones en los brazos de una tía en un asilo de Pomona (Spanish, Lost Call): saludo, "¿Sigue en línea?" a los 140, "Parece que perdimos la conexión; voy a cerrar esta sesión." a los 200 (190 s)', [
    [0, 'p', 'mi tia de 90 años esta en un asilo en pomona y tiene moretones en los brazos, a donde llamo para denunciar??'],
    [15, 'l', 'Hola, buenas tardes. Soy Pilar, bibliotecaria de LA County Library.'],
    [140, 'l', '¿Sigue en línea?'],
    [200, 'l', 'Parece que perdimos la conexión; voy a cerrar esta sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after the patron's second line, answered with no question; the patron leaves
  s(OMAR, '19 a caregiver taking a mother\'s pain pills in Mesa: the state in a second patron line, no question asked, des.az.gov/aps, patron left, coded Lost Call', [
    [0, 'p', 'how do i report my moms caregiver stealing her pain meds'],
    [9, 'p', 'in arizona, mesa'],
    [24, 'l', 'Hi, thanks for writing in — this is Omar at Phoenix Public Library.'],
    [31, 'l', "Arizona Adult Protective Services takes those reports: call 1-877-767-2385 or use the online form at des.az.gov/aps. If the caregiver came through an agency, that agency is licensed by the Arizona Department of Health Services too. Does that help?"],
    left(70),
  ], usual({ clarify: 'fail', anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 20 "two per chat and you've had yours"
  s(SIGRID, '20 APS and the ombudsman in Anchorage, then moving, Medicaid and eviction: "We answer two per chat and you\'ve had yours, so I\'m closing this one.", patron "wow ok 🙄" last', [
    [0, 'p', 'what is the number for adult protective services in alaska'],
    [15, 'l', 'Hi, Sigrid at Anchorage Public Library. Are you reporting for someone in Anchorage or in another part of the state?'],
    [40, 'p', 'anchorage. also what is an ombudsman and do they do assisted living and can they get my grandma moved'],
    [46, 'l', "Call Alaska Adult Protective Services at 907-555-0140. The Long Term Care Ombudsman covers assisted living too and can help with a move: call 907-555-0162 or see akoltco.org. Did that help?"],
    [90, 'p', 'kinda. and who pays if she moves and can they make her leave if she complains and does medicaid'],
    [95, 'l', "That's a lot of questions. We answer two per chat and you've had yours, so I'm closing this one."],
    [105, 'p', 'wow ok 🙄'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' })),

  // 21 other patrons waiting, invited back
  s(TOBIAS, '21 an aunt\'s account drained by her son in Milwaukee: the county APS line, dhs.wisconsin.gov/aps, "I have a few patrons waiting … please chat back in later", patron "ok" last', [
    [0, 'p', "hi i think my aunt's bank account is being drained by her son, she lives in milwaukee. can the bank do anything"],
    [17, 'l', "Good afternoon, and thanks for contacting Milwaukee Public Library! I'm Tobias."],
    [23, 'l', 'Is your aunt able to make her own decisions, or does she have memory problems?'],
    [60, 'p', 'early dementia'],
    [66, 'l', "Wisconsin banks can hold suspicious transactions and report them, but the main step is a report to adult protective services: call Milwaukee County's Aging and Disability Resource Center at 414-289-6874. The state's elder abuse page and reporting guide are at dhs.wisconsin.gov/aps. Did that help?"],
    [110, 'p', 'yes! also how do we become her guardian and how much does it cost, and what about her house, and can he be arrested'],
    [117, 'l', "Those are all good questions, and they deserve time. I have a few patrons waiting on me right now, so please chat back in later today or tomorrow and we'll take them one at a time. Thank you!"],
    [130, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 22 a transfer with a notice and an internal note that says why
  s(UMA, '22 an elder abuse restraining order against a stepbrother in California: transfer notice + internal note why, Wes answers 100 s after the notice, selfhelp.courts.ca.gov', [
    [0, 'p', 'can i get a restraining order for my 78 yr old dad against my stepbrother who keeps taking his money? california'],
    [21, 'l', "Hi! This is Uma with Sacramento Public Library's Ask a Librarian."],
    [27, 'l', 'Are you asking as his relative, or would your dad be the one asking the court?'],
    [65, 'p', 'me, he cant really do it himself'],
    [71, 'l', "Our law librarian Wes is on chat too and knows elder abuse restraining orders well — I'm transferring you to him now, just a moment."],
    [74, 'i', 'Wes, pt asking about an elder abuse restraining order for her dad (financial abuse by stepbrother), filing as a relative. Can you take it?'],
    xfer(77, 'Wes', 'wes-e'),
    [171, 'l', 'Hi, Wes here, law librarian at Sacramento Public Library. California has an Elder or Dependent Adult Abuse Restraining Order; your dad can ask for one with your help, and in some cases a relative can file for him. Form EA-100 and the instructions are at selfhelp.courts.ca.gov/elder-abuse. Is that what you needed?', as(WES)],
    [210, 'p', 'yes thank you, that is everything'],
    [215, 'l', 'Take care, bye!', as(WES)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer, the receiver 131 s after the patron
  s(VALENTINA, '23 a contested guardianship in Harris County: internal note only, silent transfer, Xavier 131 s after the patron, texaslawhelp.org and the probate clerk by phone', [
    [0, 'p', 'my grandmother has alzheimers and my uncle wants guardianship but he is the one who took her money. can we fight it? texas'],
    [19, 'l', 'Hello, Valentina at Houston Public Library here.'],
    [25, 'l', 'Has the guardianship case already been filed in probate court?'],
    [55, 'p', 'yes hearing is next month in harris county'],
    [60, 'i', 'Xavier, contested guardianship in Harris County probate, you know those — can you take it?'],
    xfer(63, 'Xavier', 'xavier-e'),
    [186, 'l', "Hi, I'm Xavier, a legal reference librarian. Family members can file a contest, or an application of their own, before the hearing. Texas Law Help explains how at texaslawhelp.org (Guardianship). Call the Harris County Probate Court clerk at 713-555-0116 to confirm the hearing date and the filing deadline. Did that help?", as(XAVIER)],
    [230, 'p', 'yes thanks, thats all i needed'],
    [235, 'l', 'Good luck to your family. Goodbye!', as(XAVIER)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 24 partly Spanish; a transfer announced in Spanish, no internal note
  s(YARA, '24 un abuelo sin comida a tiempo en un nursing home de Aurora (English and Spanish): "Le paso con mi colega Zed … Un momento", no internal note, Zed 64 s later, ombudsman by phone', [
    [0, 'p', 'hi, mi abuelo vive en una nursing home en aurora y no le dan de comer a tiempo. who do I complain to? sorry my english'],
    [18, 'l', '¡Hola! Yara here, bibliotecaria at Denver Public Library. Puedo ayudarle en español o inglés.'],
    [24, 'l', '¿Es un nursing home o un assisted living?'],
    [60, 'p', 'nursing home. español mejor por favor'],
    [66, 'l', 'Claro. Le paso con mi colega Zed, que habla español y conoce bien estos casos. Un momento, por favor.'],
    xfer(69, 'Zed', 'zed-e'),
    [130, 'l', 'Hola, soy Zed, bibliotecario. En Colorado puede llamar al Ombudsman de cuidado a largo plazo al 303-555-0189 (hablan español) y presentar una queja ante el Departamento de Salud en cdphe.colorado.gov (Health Facilities > File a complaint). ¿Le sirve?', as(ZED)],
    [170, 'p', 'si gracias, es todo'],
    [175, 'l', '¡Con gusto, que le vaya bien!', as(ZED)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 four at once
  s(ABEL, '25 the Area Agency on Aging for a mother taken advantage of by a neighbor in Shelby County: Eldercare Locator, TN APS, three other chats open together at 50–80 s (four)', [
    [0, 'p', 'where do i find the area agency on aging for shelby county? need help for my mom who lives alone and is being taken advantage of by a neighbor'],
    [15, 'l', 'Hey there — Abel, librarian at Memphis Public Libraries. Thanks for the question.'],
    [21, 'l', 'Would you like the agency for help at home, or also somewhere to report the neighbor?'],
    [55, 'p', 'both'],
    [61, 'l', 'The Eldercare Locator finds your local Area Agency on Aging: eldercare.acl.gov or 1-800-677-1116. For the neighbor, call Tennessee Adult Protective Services at 1-888-277-8366. Does this help?'],
    [100, 'p', 'yes, thats all i needed 👍'],
    [105, 'l', 'Great — thanks for chatting, goodbye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('a1', 'abel-e', -30, 200), other('a2', 'abel-e', 20, 150), other('a3', 'abel-e', 50, 80)],
  }),

  // 26 two of hers and two of a colleague's over this one
  s(BRONWYN, '26 a cousin who bought a truck with a grandmother\'s POA in Norwood: 1-855-OHIO-APS, ohiolegalhelp.org, two of her chats and two of a colleague\'s open over this one', [
    [0, 'p', 'can u report someone who has power of attorney for abusing it? my cousin is POA for grandma and bought himself a truck'],
    [20, 'l', 'Hi, Bronwyn with the Public Library of Cincinnati and Hamilton County. Sorry to hear that!'],
    [26, 'l', 'Is your grandma living in Ohio?'],
    [50, 'p', 'yes norwood'],
    [56, 'l', 'Yes. Misuse of a power of attorney is financial exploitation, which Ohio Adult Protective Services investigates: call 1-855-644-6277 (1-855-OHIO-APS), any time. Ohio Legal Help explains what a court can do about an agent who abuses a POA: ohiolegalhelp.org (search "power of attorney abuse"). Does that answer it?'],
    [95, 'p', 'yes. thanks thats everything'],
    [100, 'l', 'Thank you, take care!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'bronwyn-e', -60, 300), other('b2', 'bronwyn-e', 10, 90), other('c1', 'colm-e', 0, 200), other('c2', 'colm-e', 5, 200)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (APS canned answer test): coded Practice, every check na', [
    [0, 'p', 'testing the elder abuse hotline macro'],
    [6, 'l', 'Hello! Test macro: Eldercare Locator 1-800-677-1116, eldercare.acl.gov'],
    [12, 'p', 'macro ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined; code null
  s(NOBODY, '28 a grandfather hit by an aide at night in New Jersey (emoji): no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'urgent!! my grandpa called crying, says the aide hit him. who do i call at night in nj 😭'],
    queued(2),
    [95, 'p', 'hello??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 29 a hold answered 119 s later; two parties with no contact; the patron leaves after an answer that thanks (a goodbye: no final idle); code ""
  s(CASS, '29 a landlord taking things from a mother in Kansas City KS: "Bear with me" answered 119 s later by "Thanks for waiting. …", dcf.ks.gov, "talk to her local Area Agency on Aging and to Kansas Legal Services", patron left, 185 s to endedAt, code ""', [
    [0, 'p', "where can my mom get help? she's 72, lives alone in KC kansas side, and her landlord keeps coming in and taking things"],
    [16, 'l', "Hi, I'm Cass, one of the librarians at Kansas City Public Library."],
    [22, 'l', 'Is she in Kansas City, Kansas, in Wyandotte County?'],
    [55, 'p', 'yes kck'],
    [61, 'l', 'Bear with me while I check which office covers Wyandotte County.'],
    [180, 'l', 'Thanks for waiting. In Kansas, abuse, neglect or exploitation of an adult is reported through the DCF Protection Report Center; the online form and hours are at dcf.ks.gov (Services > Protection Report Center). She could also talk to her local Area Agency on Aging and to Kansas Legal Services about the landlord. Does that help?'],
    left(200),
  ], usual({ anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: '', endAfter: 165 }),

  // 30 partly Spanish; pickedUpAt 45 s, first visible line at 90
  s(DOLORES, '30 una vecina de 88 años sola y sin comer en Hialeah (Spanish and English): pickedUpAt 45 s, first line at 90, Florida Abuse Hotline 1-800-96-ABUSE, "that\'s all I needed"', [
    [0, 'p', 'Hello, necesito reportar que mi vecina de 88 años está sola y sucia, no come. Florida abuse hotline number?'],
    [90, 'l', '¡Hola! Dolores here, from Miami-Dade Public Library System. Perdone la espera.'],
    [96, 'l', '¿Vive en Miami-Dade? ¿Quiere hacer el reporte por teléfono o en línea?'],
    [130, 'p', 'si en hialeah, por telefono'],
    [136, 'l', 'Llame al Florida Abuse Hotline: 1-800-962-2873 (1-800-96-ABUSE), las 24 horas, también en español. Si prefiere en línea: reportabuse.myflfamilies.com. ¿Es lo que necesitaba?'],
    [170, 'p', "si!! thank you, that's all I needed"],
    [175, 'l', '¡Gracias a usted por cuidar a su vecina! Bye!'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundElderAbuse.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: elder abuse, neglect and adult protective services, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundElderAbuse.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundElderAbuse.filter((c) => c.name in LEFT_WHY));
});
