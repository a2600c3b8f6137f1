/**
 * Sixty-third round, theme HOSPICE, PALLIATIVE CARE AND END-OF-LIFE PLANNING, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: choosing a hospice (Dover by Friday; inpatient hospice houses
 * with beds in Wake County; whether a Marietta hospice is Medicare-certified), the Medicare hospice benefit (room and board in
 * a nursing home, recertification after six months, a hospice patient and the ER, COPD eligibility, the VA's hospice for a
 * Vietnam veteran), palliative care vs hospice (Spanish, San Antonio; getting a consult at UCSD; a nursing student's
 * literature search), POLST and its cousins (Oregon POLST, New York MOLST, a Spanish POLST in Pomona, Indiana's advance
 * directive, Maryland's in Spanish), death doulas and a death café, caregiver respite for an ALS spouse, dementia caregiving,
 * hospice volunteering, grief support (a widower in Tacoma, teens in Frederick County, a Spanish-speaking family in Denver),
 * talking to a 5- and an 11-year-old about a dying grandmother, "Being Mortal" for a book club, an ethical will. Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyThirdRoundHospice-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good evening, this is Priya with Ask a Librarian Delaware." (01); first line at exactly 60 s (02: pass) and at
 *   62 s (04: fail); "Hola, buenas tardes. Le saluda Rocío, bibliotecaria de …" (03), "¡Hola! Lo siento mucho. Soy Flor,
 *   bibliotecaria de …" (18), "¡Hola, buenas! Soy Marco, bibliotecario de …" (29); "Hi there! 🙂" and a question under the
 *   screen name "nightref" (05: greets, names no one: fail); "you're chatting with the reference desk at Tacoma Public
 *   Library" (07: the library, no name: pass); "Welcome to Ask Away! Dot here" (16); "Hey, thanks for writing in! Kai at …"
 *   (21); "Otis at Carnegie Library of Pittsburgh, reading your question now." (27: names, never greets: fail); a queue line,
 *   a queue position and no provider ever joined (26);
 *  inquiry: home or facility, Medicaid or Medicare only, still on chemo, hire or train, hours or a stay, in person or online,
 *   the whole directive or the agent part, state and city, patient care or office work, county, for yourself, on the
 *   hospice benefit, resident or admitted, handbook or memoir, time range, enrolled with the VA, recertification mentioned,
 *   print or e-book, hospital system, the doctor asked or not, how soon; picture books given before "How old are your kids?"
 *   (08: fail);
 *  waits: a hold answered exactly 120 s later (06: pass); the patron's "??" inside a 121 s wait after a hold (07: fail); a
 *   hold, a partial result that says the search goes on (90 s), then the answer 110 s later (11: pass); "No rush, take your
 *   time." (no hold) and the patron's e-mail 166 s later (09: pass); transfer notices answered 84 s later (19, 21: pass); a
 *   silent transfer, the receiver 130 s after the patron (20: fail);
 *  endings: final idle 181 s with "Are you still with me?" and "It looks like you've stepped away or lost the connection, so
 *   I'll close this chat now. You're welcome to come back anytime!" (13: both pass); 119 s ending on a thanks (14: na);
 *   exactly 120 s ending on "Hope that helps!" with no check-in (15: idle fails, courteous and completeness fail); 205 s with
 *   "hello? still there?" and "It looks like you may have disconnected." (16: check-in pass, notice fails: no word of
 *   ending); 210 s with only "Looks like we got disconnected, so I'll end the session now." (28: check-in fails, notice
 *   passes, courteous fails); a Lost Call with "Are you still there?" and a notice that thanks (25: 250 s, both pass);
 *   "I've already spent a long time on this one and I have other work to get to, so we'll have to leave it there." (17:
 *   dismissal, the patron's "wow ok. thanks for nothing" last); "Tengo varios usuarios esperando … vuelva a escribirnos
 *   cuando quiera" (18: allowed, the patron's "ok gracias" last); goodbyes "Take care of yourself and your dad. Thanks for
 *   reaching out tonight.", "Glad it helped — take care!", "Wishing your family gentleness … Bye for now.", "Hang in there.
 *   Thanks for contacting us.", "¡Con mucho gusto! Gracias por escribirnos …"; patron-side "thats everything", "eso es todo
 *   lo que necesitaba", "that is all i needed today", "no more questions", "thats all for now", "eso es todo", and "ok.
 *   tuesday works", "yeah thx", "yes please, thank you", "yes" / "thank you" that do not count;
 *  sources: medicare.gov (Care Compare, publication 02154, the hospice coverage page), hospicefoundation.org, MedlinePlus en
 *   español, oregonpolst.org, nedalliance.org, archrespite.org, tacomalibrary.org/events, books (Lifetimes, The Invisible
 *   String, When Dinosaurs Die, What on Earth Do You Do When Someone Dies?, The 36-Hour Day, Being Mortal in Libby, Ethical
 *   Wills), dougy.org, marylandattorneygeneral.gov, hnmd.org, in.gov/health, health.ny.gov, judishouse.org, PubMed and
 *   CINAHL, cms.gov, va.gov, getpalliativecare.org, capolst.org, the NC DHSR list;
 *  referrals: "call 1-800-MEDICARE (1-800-633-4227)" (02: pass); the Department of Aging by phone (06: pass); "the family
 *   should call the hospice first" with no number (14: fail); "Ask her oncologist's office for a palliative care consult"
 *   (28: fail); "puede llamar a la Coalición al 916-555-0142" (29: pass); a licensing office the provider will call herself
 *   (10: no referral); an outreach librarian who will e-mail the patron (11: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 50 h after the end (09: pass); a promise to call back
 *   under Answered, phone typed, no time (10: code and contact fail, pending); FU_LIB with the e-mail only in
 *   `patron.email`, "within 72 hours", done after 30 h (11: contact fails, code passes); FU_ME with no contact anywhere,
 *   "by Monday", not recorded at day 5 (12: code, contact, on_time fail); FU_ME, phone typed and read back, "Thursday
 *   afternoon", done after 80 h (30: contact pass, on_time fail);
 *  codes: a true Lost Call (25); Lost Call after three patron lines (27); null with no provider (26); "" (29); Practice (24);
 *  transfers: notice + internal note that says why (19: pass); internal note only (20: fail); notice only (21: fail);
 *  concurrency: three others open at once over this one (22: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("Hola, buenas tardes", "¡Hola!", "¡Hola, buenas!") greet, and "Le saluda Rocío, bibliotecaria de …",
 *   "Soy Flor, bibliotecaria de …", "Soy Marco, bibliotecario de …" identify; "¿Le resultó útil esta información?", "¿Le
 *   sirve esto?" and "¿Le ayuda esta información?" are the completeness question; "eso es todo lo que necesitaba" and "eso es
 *   todo" say explicitly that the patron is done, "ok gracias" does not;
 * - "Does that give you a place to start?", "Does that work for you?", "Does the directory help to start?" ask
 *   whether what was given meets the need (completeness); "Would you like me to include online-only groups in that list
 *   too?" asks about something not yet given (12: fail); "Hope that helps!" asks nothing (15: fail);
 * - "Glad it helped — take care!" and "Take care, bye!" say goodbye ("take care" as a farewell);
 * - describing who completes a form ("it's filled out and signed together with his doctor …", 04; "El formulario lo firma el
 *   médico junto con ella", 29; "signed by a physician", 15) does not tell the patron to contact anyone: no referral from it;
 *   "The South Tacoma branch hosts a free bereavement group …" (07) and "Judi's House ofrece grupos gratuitos … judishouse.org"
 *   (18) say what exists and where to read about it, no instruction to contact or visit: no referral;
 * - "the family should call the hospice first" (14) tells the patron to call an organisation, the patron's own hospice,
 *   given with no way to reach it: a referral that fails, even though the family surely has the number;
 * - "I'd like to double-check its state license with the … licensing office and call you back" (10) is the provider's own
 *   inquiry and a follow-up promise, not a referral; "talk to you soon" says no when (10: contact fails);
 * - "Our outreach librarian at your home branch will e-mail you … within 72 hours" (11) is a follow-up promise by the
 *   patron's library; saying "e-mail you" without the address never confirms the e-mail in the chat (contact fails);
 * - "Hi! Thanks for contacting Ask Us Now. I'm Lena, a librarian." (25) thanks the patron, but it is not the provider's last
 *   visible message, so the final idle runs from it to the thanking notice at 280 (250 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (07 on keep_informed; 10 on resolution.code, followup.contact and
 * followup.on_time; 28 on referral.contact).
 * Label corrections: 0. Each disagreement reread against RUBRIC.md; none of my labels was wrong by its text:
 *  - 07: "One sec — checking our events calendar and the county list." asks the patron to wait and announces a look-up (a hold
 *    by Terms), so the wait runs 76 -> 197 s = 121 s, and the patron's "??" inside it does not restart it;
 *  - 10: "I'd like to double-check its state license … and call you back. What number should I call?" promises to find more
 *    later (Terms, Follow-up session: "I will get back to you"), the number asked for and given;
 *  - 28: the URL in the same message is the Center to Advance Palliative Care's site (a source), not a way to reach her
 *    oncologist's office, the party referred to.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - interest.keep_informed, case 07: the 121 s wait after the hold "One sec — checking …" read as 47 s from the patron's "??"
 *    (pass; RUBRIC fail: further patron messages do not restart a wait);
 *  - resolution.code / followup.contact / followup.on_time, case 10: "I'd like to … call you back" read as no follow-up promise
 *    (pass / na / na; RUBRIC fail / fail / pending);
 *  - referral.contact, case 28: "Ask her oncologist's office for a palliative care consult" read as reached by the
 *    getpalliativecare.org URL (pass; RUBRIC fail: the office comes with no way to reach it).
 * Every other timing check (pickup at 60 and 62 s, no provider; keep_informed at exactly 120 s after a hold, a partial-result
 * hold chain, "take your time", three transfers; final idles of 119, 120, 181, 205, 210 and 250 s; concurrency at four and at
 * touching ends; on_time done at 30, 50 and 80 h, unrecorded past the deadline) and every other code (Practice, true and false
 * Lost Call, null, "", follow-up codes with and without a contact) scored as labelled on the first run. The redaction equality
 * of describeSessions holds for every running case (a patron e-mail typed and read back, one only in `patron.email`; a
 * patron phone typed and read back; library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). tsc clean.
 * ON v57 as it landed (labelled blind on block W's first cut, before the blind checks' mends; the later mends written partly from
 *   this file): case 07's "One sec — checking our events calendar and the county list." is a hold message (W32) and case 10's "I'd
 *   like to double-check its state license with … and call you back" a follow-up promise (W14); both run; 29 running, 1 LEFT (28).
 * ON v58 (block X, written partly from this file): case 28's getpalliativecare.org follows "a provider directory", which owns it
 *   (X2), so the oncologist's office has no way to be reached; it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** `now` `d` days after T0 (for followup.on_time). */
const T0d = (d: number): number => T0 + d * DAY;

const PRIYA: Prov = { id: 'priya-h', name: 'Priya', library: 'DEL' };
const OMAR: Prov = { id: 'omar-h', name: 'Omar', library: 'EPFL' };
const ROCIO: Prov = { id: 'rocio-h', name: 'Rocío', library: 'SAPL' };
const SETH: Prov = { id: 'seth-h', name: 'Seth', library: 'MCL-OR' };
const NIGHTREF: Prov = { id: 'nightref-h', name: 'nightref', library: 'KCLS' };
const TESS: Prov = { id: 'tess-h', name: 'Tess', library: 'BCPL' };
const UMA: Prov = { id: 'uma-h', name: 'Uma', library: 'TPL-WA' };
const VIKRAM: Prov = { id: 'vikram-h', name: 'Vikram', library: 'FCPL-VA' };
const WANDA: Prov = { id: 'wanda-h', name: 'Wanda', library: 'HCLS' };
const XENIA: Prov = { id: 'xenia-h', name: 'Xenia', library: 'CCPL-GA' };
const YUSUF: Prov = { id: 'yusuf-h', name: 'Yusuf', library: 'PGCMLS' };
const ZOE: Prov = { id: 'zoe-h', name: 'Zoe', library: 'AUN' };
const ABE: Prov = { id: 'abe-h', name: 'Abe', library: 'SJCPL' };
const BEA: Prov = { id: 'bea-h', name: 'Bea', library: 'LPL-KY' };
const CY: Prov = { id: 'cy-h', name: 'Cy', library: 'OCPL-NY' };
const DOT: Prov = { id: 'dot-h', name: 'Dot', library: 'DMPL' };
const ELLIS: Prov = { id: 'ellis-h', name: 'Ellis', library: 'ACPL-IN' };
const FLOR: Prov = { id: 'flor-h', name: 'Flor', library: 'DPL-CO' };
const GRETA: Prov = { id: 'greta-h', name: 'Greta', library: 'AUN' };
const HENRY: Prov = { id: 'henry-h', name: 'Henry', library: 'HSHSL' };
const IRIS: Prov = { id: 'iris-h', name: 'Iris', library: 'FCPL-MD' };
const JUNE: Prov = { id: 'june-h', name: 'June', library: 'FCPL-MD' };
const KAI: Prov = { id: 'kai-h', name: 'Kai', library: 'SFPL' };
const LIAM: Prov = { id: 'liam-h', name: 'Liam', library: 'SFPL' };
const MIRA: Prov = { id: 'mira-h', name: 'Mira', library: 'HCPL-TX' };
const NINA: Prov = { id: 'nina-h', name: 'Nina', library: 'RPL-VA' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 12', library: 'TRN' };
const LENA: Prov = { id: 'lena-h', name: 'Lena', library: 'AUN' };
const NOBODY: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const OTIS: Prov = { id: 'otis-h', name: 'Otis', library: 'CLP' };
const PAZ: Prov = { id: 'paz-h', name: 'Paz', library: 'SDPL' };
const MARCO: Prov = { id: 'marco-h', name: 'Marco', library: 'LACL' };
const QUINN: Prov = { id: 'quinn-h', name: 'Quinn', library: 'WCPL-NC' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Todos nuestros bibliotecarios están ocupados. / All librarians are busy, please wait.'];

export const sixtyThirdRoundHospice: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 comparing hospices for a father in Dover by Friday: "this is Priya with Ask a Librarian Delaware", home or facility, Care Compare, "thats everything"', [
    [0, 'p', 'hi my dad was just told hes eligible for hospice and we have to pick one by friday. how do we even compare them??'],
    [22, 'l', "Good evening, this is Priya with Ask a Librarian Delaware. I'm so sorry your family is facing this."],
    [27, 'l', 'Will he be getting care at home, or is he looking at an inpatient hospice facility?'],
    [75, 'p', 'at home, he lives in dover'],
    [83, 'l', 'Medicare\'s Care Compare tool lists every Medicare-certified hospice that serves Dover by ZIP code, with family survey scores side by side: medicare.gov/care-compare (choose "Hospice care"). The Hospice Foundation of America has a checklist for comparing agencies at hospicefoundation.org (Choosing a Hospice).'],
    [90, 'l', 'Was that useful for what you need?'],
    [140, 'p', 'yes very. thats everything, thank you'],
    [146, 'l', 'Take care of yourself and your dad. Thanks for reaching out tonight.'],
  ], usual()),

  // 02 pickup exactly 60 s; 1-800-MEDICARE as a referral with a phone
  s(OMAR, '02 hospice in a nursing home and room and board (Medicare only): first line at exactly 60 s, booklet 02154, "call 1-800-MEDICARE", provider asks anything else', [
    [0, 'p', 'Does Medicare pay for hospice if my mother is in a nursing home? Who pays room and board?'],
    [60, 'l', "Hi, thanks for contacting Ask Us Now! My name is Omar and I'm a librarian at Enoch Pratt Free Library."],
    [66, 'l', 'Does your mother have Medicaid as well as Medicare, or only Medicare?'],
    [110, 'p', 'only medicare'],
    [118, 'l', 'Medicare Part A covers the hospice care itself in a nursing home, but not the room and board; with Medicare alone that part stays private pay. The booklet "Medicare Hospice Benefits" (medicare.gov/publications, product 02154) explains it on pages 10-11. You can also call 1-800-MEDICARE (1-800-633-4227) to ask about her plan.'],
    [124, 'l', 'Does that clear it up?'],
    [170, 'p', 'yes it does, unfortunately lol'],
    [176, 'l', 'Is there anything else I can look into for you?'],
    [200, 'p', 'no thanks'],
    [205, 'l', 'Thank you for chatting, and best wishes to you and your mother.'],
  ], usual({ referral: 'pass' })),

  // 03 Spanish: palliative care vs hospice
  s(ROCIO, '03 cuidados paliativos o hospicio, la mamá sigue con quimio (Spanish): "Le saluda Rocío, bibliotecaria", MedlinePlus en español, "eso es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, el doctor de mi mamá dice cuidados paliativos pero mi hermano dice que eso es hospicio. es lo mismo??'],
    [30, 'l', 'Hola, buenas tardes. Le saluda Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿Su mamá sigue recibiendo tratamiento para su enfermedad, como quimioterapia o diálisis?'],
    [90, 'p', 'si, todavia le dan quimio'],
    [98, 'l', 'No es lo mismo. Los cuidados paliativos alivian el dolor y los síntomas y se pueden recibir junto con el tratamiento, como la quimio. El hospicio es para cuando se deja el tratamiento curativo y la expectativa de vida es de seis meses o menos. MedlinePlus lo explica en español: medlineplus.gov/spanish/palliativecare.html'],
    [104, 'l', '¿Le resultó útil esta información?'],
    [150, 'p', 'si mucho, eso es todo lo que necesitaba. gracias'],
    [156, 'l', 'Con gusto. Mucho ánimo a usted y a su mamá, y gracias por escribirnos.'],
  ], usual()),

  // 04 pickup at 62 s
  s(SETH, '04 an Oregon POLST for a grandfather: 62 s pickup, home or facility, oregonpolst.org, "Glad it helped — take care!"', [
    [0, 'p', 'where do i get a POLST form in oregon? my grandpa wants one'],
    [62, 'l', 'Hi! Seth here, reference librarian at Multnomah County Library. Sorry for the wait.'],
    [68, 'l', 'Is he living at home, or in a care facility right now?'],
    [110, 'p', 'at home w my aunt'],
    [118, 'l', "In Oregon the POLST isn't a download: it's filled out and signed together with his doctor, nurse practitioner or PA, who keep the official pink forms. The Oregon POLST Program explains how it works and has a family guide at oregonpolst.org (For Patients & Families)."],
    [124, 'l', 'Does that help?'],
    [160, 'p', 'ya that helps. thats all i needed'],
    [165, 'l', 'Glad it helped — take care!'],
  ], usual({ pickup: 'fail' })),

  // 05 greets, names no one
  s(NIGHTREF, '05 what a death doula is, near Seattle: "Hi there! 🙂" + a question under the screen name "nightref", nedalliance.org, provider asks anything else', [
    [0, 'p', 'what exactly is a death doula and how do i find one near seattle? is it covered by insurance'],
    [18, 'l', 'Hi there! 🙂'],
    [23, 'l', 'Are you looking to hire a doula for someone, or thinking about training to become one?'],
    [60, 'p', 'hire one, for my aunt. shes in hospice already'],
    [67, 'l', "An end-of-life doula gives non-medical support: company, vigil planning, legacy projects, help for the family. They work alongside hospice, not instead of it. The National End-of-Life Doula Alliance has a searchable directory at nedalliance.org (Find a Doula). Insurance and Medicare generally don't cover doulas, so it's usually private pay."],
    [73, 'l', 'Is that the kind of info you were after?'],
    [110, 'p', 'yes! thank u'],
    [115, 'l', 'Anything else I can help with?'],
    [135, 'p', 'nope thats it'],
    [139, 'l', 'Thanks for stopping by, bye now!'],
  ], usual({ greeting: 'fail' })),

  // 06 a hold answered exactly 120 s later; Department of Aging by phone
  s(TESS, '06 respite for an ALS caregiver in Baltimore County: "Hang tight for a couple of minutes." answered exactly 120 s later, Department of Aging by phone, archrespite.org', [
    [0, 'p', "I'm caring for my husband at home (he has ALS) and I'm exhausted. Is there any respite care so I can get a break? Baltimore County"],
    [25, 'l', "Hello, I'm Tess, a librarian at Baltimore County Public Library. That sounds like a lot to carry."],
    [31, 'l', 'Are you looking for a few hours a week of help at home, or a short stay somewhere for him?'],
    [80, 'p', 'a few hours a week would be amazing'],
    [86, 'l', 'Let me look up what Baltimore County offers. Hang tight for a couple of minutes.'],
    [206, 'l', 'Thanks for hanging on. The Maryland Caregivers Support Program pays for some in-home respite: call the Baltimore County Department of Aging at 410-555-0136 and ask for the caregiver program. The ARCH National Respite Locator at archrespite.org lists other respite providers near you.'],
    [212, 'l', 'Does that give you a place to start?'],
    [250, 'p', 'yes it does. thank you so much, that is all i needed today'],
    [256, 'l', "You're welcome. Please be kind to yourself, and come back anytime."],
  ], usual({ referral: 'pass' })),

  // 07 the patron's "??" inside a 121 s wait
  s(UMA, '07 grief groups after a wife\'s death, South Tacoma: "the reference desk at Tacoma Public Library", hold at 76, "??", answer at 197 (121 s)', [
    [0, 'p', 'does the library have grief support groups? my wife died in january'],
    [20, 'l', "Hi, you're chatting with the reference desk at Tacoma Public Library. I'm very sorry for your loss."],
    [26, 'l', 'Would you like something in person, or would an online group be OK too?'],
    [70, 'p', 'in person preferably, near south tacoma'],
    [76, 'l', 'One sec — checking our events calendar and the county list.'],
    [150, 'p', '??'],
    [197, 'l', 'Sorry that took a bit. The South Tacoma branch hosts a free bereavement group run by a local hospice on the second Tuesday of each month; it\'s on our calendar at tacomalibrary.org/events (search "grief"). No sign-up needed.'],
    [203, 'l', 'Does that work for you?'],
    [240, 'p', 'ok. tuesday works'],
    [246, 'l', 'Take care, and thank you for writing in.'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 08 books before the question
  s(VIKRAM, '08 telling a 5- and an 11-year-old that grandma is dying: picture books first, then "How old are your kids?", dougy.org', [
    [0, 'p', 'my kids grandma is dying (cancer) and i dont know how to tell them. are there books for this?'],
    [20, 'l', 'Hello! Vikram at Fairfax County Public Library, here to help.'],
    [26, 'l', 'A few picture books families use a lot: "Lifetimes" by Bryan Mellonie, "The Invisible String" by Patrice Karst, and "When Dinosaurs Die" by Laurie Krasny Brown. All three are in our catalog at fairfaxcounty.gov/library.'],
    [32, 'l', 'How old are your kids?'],
    [70, 'p', '5 and 11'],
    [78, 'l', 'For your 11-year-old, "What on Earth Do You Do When Someone Dies?" by Trevor Romain is written for that age. The Dougy Center also has free tip sheets on talking with kids about a dying family member at dougy.org (Resources).'],
    [84, 'l', 'Did that help?'],
    [120, 'p', 'yes a lot. thats all i need'],
    [125, 'l', 'Wishing your family gentleness in the weeks ahead. Bye for now.'],
  ], usual({ clarify: 'fail' })),

  // 09 follow-up by me: e-mail typed and read back, "by Friday", done 50 h after the end; "take your time" is no hold
  s(WANDA, '09 the Maryland advance directive in Spanish for a grandmother (follow-up by me): "No rush, take your time.", e-mail read back, "by Friday", done after 50 h', [
    [0, 'p', 'Hi I need the Maryland advance directive form in Spanish for my grandmother, she only reads Spanish'],
    [24, 'l', "Good afternoon and welcome to Ask Us Now! I'm Wanda, a librarian at Howard County Library System."],
    [30, 'l', 'Does she want the whole advance directive (health care agent plus treatment wishes), or only the part that names an agent?'],
    [80, 'p', 'the whole thing i think'],
    [88, 'l', "The English form is on the Maryland Attorney General's site: marylandattorneygeneral.gov (Health Policy > Advance Directives). I don't see the Spanish version posted right now, so I'll track it down and e-mail it to you. What address should I send it to?"],
    [130, 'p', 'one sec let me find it'],
    [134, 'l', 'No rush, take your time.'],
    [300, 'p', 'sorry! its jmendez.home@example.com'],
    [306, 'l', "Thanks — jmendez.home@example.com. You'll have it by Friday."],
    [312, 'l', 'Does the English form help in the meantime?'],
    [350, 'p', 'yes thats great, no more questions'],
    [355, 'l', 'Thank you, and give my best to your grandmother!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(360 + 50 * HOUR) }] }, { now: T0d(4) }),

  // 10 a promise to call back, phone given, no time, coded Answered
  s(XENIA, '10 is a Marietta hospice Medicare-certified: Care Compare, "check its state license … and call you back", phone typed, no time, coded Answered', [
    [0, 'p', 'is Harbor Light Hospice medicare certified? my moms case manager gave us 3 names'],
    [18, 'l', "Hi, Xenia from Cobb County Public Library's Ask a Librarian here."],
    [24, 'l', 'Which state is the hospice in, and do you know the city?'],
    [60, 'p', 'georgia, marietta'],
    [68, 'l', "Harbor Light Hospice shows up on Medicare's Care Compare (medicare.gov/care-compare, Hospice care, ZIP 30060) as Medicare-certified, but the listing has no quality scores yet. I'd like to double-check its state license with the Georgia Department of Community Health's licensing office and call you back. What number should I call?"],
    [110, 'p', '770-555-0148'],
    [116, 'l', 'Does the Care Compare listing help for now?'],
    [150, 'p', 'yeah thx'],
    [156, 'l', 'Thanks for your patience, talk to you soon!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 11 follow-up by the patron's library: e-mail only in patron.email; a partial result that says the search goes on
  s(YUSUF, '11 hospice volunteering on weekends in PG County (follow-up by patron\'s library): hold, "still checking…" partial, hnmd.org, "will e-mail you … within 72 hours", e-mail only in patron.email, done after 30 h', [
    [0, 'p', "I want to volunteer with a hospice in Prince George's County. how do I start? I have weekends free"],
    [20, 'l', "Hello there, Yusuf at Prince George's County Memorial Library System. Glad you asked!"],
    [26, 'l', 'Would you like to sit with patients, or help with office work and events?'],
    [60, 'p', 'sitting with patients'],
    [66, 'l', 'Let me see what I can find, one moment.'],
    [156, 'l', "I've found the Maryland hospice directory, still checking which ones serve PG County and take weekend volunteers..."],
    [266, 'l', "Here's what I have: the Hospice & Palliative Care Network of Maryland lists every member hospice by county at hnmd.org (Find a Hospice), and most post their volunteer applications there. Patient-care volunteers usually take a 12-16 hour training first."],
    [272, 'l', 'Our outreach librarian at your home branch will e-mail you a list of the ones with weekend training within 72 hours. Does the directory help to start?'],
    [310, 'p', 'yes it does, thanks. thats all'],
    [315, 'l', 'Thanks for volunteering your time — goodbye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_LIB, patron: { name: null, email: 'dnwosu@example.org', phone: null }, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0d(4) }),

  // 12 follow-up by me with no contact anywhere; an offer instead of the completeness question
  s(ZOE, '12 teen grief groups in Frederick County (follow-up by me): dougy.org, "get it to you by Monday", no contact anywhere, "Would you like me to include online groups…?", not recorded at day 5', [
    [0, 'p', 'r there grief groups for teens? my daughter is 15 and her grandpa passed last week, she wont talk to anyone'],
    [22, 'l', "Hi! I'm Zoe, a librarian with Ask Us Now."],
    [28, 'l', 'Which county are you in, and would she go to something in person?'],
    [70, 'p', 'frederick county. maybe online first tbh'],
    [78, 'l', "The Dougy Center's directory at dougy.org (Find Support) lists teen grief groups, including some that meet online. I'll also put together a list of Frederick County teen groups and get it to you by Monday."],
    [84, 'l', 'Would you like me to include online-only groups in that list too?'],
    [120, 'p', 'yes please, thank you'],
    [126, 'l', 'Thanks for reaching out, and hugs to your daughter.'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0d(5) }),

  // 13 final idle 181 s: check-in and a notice that invites back
  s(ABE, '13 living will vs health care POA in Indiana: answer at 52, "Are you still with me?" at 150, "stepped away or lost the connection … close this chat … come back anytime" at 233 (181 s)', [
    [0, 'p', 'whats the difference between a living will and a health care power of attorney? indiana'],
    [20, 'l', 'Good morning! This is Abe, a librarian at St. Joseph County Public Library.'],
    [26, 'l', 'Are you filling these out for yourself, or helping someone else?'],
    [45, 'p', 'myself'],
    [52, 'l', 'A living will says what treatment you want or don\'t want at the end of life; a health care power of attorney names the person who decides for you if you can\'t. Indiana combined both into one Advance Directive form in 2023; the Indiana Department of Health posts it at in.gov/health (search "advance directive"). Does that answer it?'],
    [150, 'l', 'Are you still with me?'],
    [233, 'l', "It looks like you've stepped away or lost the connection, so I'll close this chat now. You're welcome to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 14 final idle 119 s; "call the hospice first" with no contact
  s(BEA, '14 a hospice patient and the ER after a fall: "call the hospice first" with no number, medicare.gov, goodbye 119 s after the answer', [
    [0, 'p', 'can a hospice patient still go to the ER? my uncle fell'],
    [15, 'l', 'Hi, Bea at Lexington Public Library here.'],
    [21, 'l', 'Is he on the Medicare hospice benefit?'],
    [40, 'p', 'yes since december'],
    [60, 'l', 'He can, but the family should call the hospice first, day or night: they may send a nurse or arrange the trip themselves. If the ER visit is for something unrelated to his terminal illness, Medicare still pays for it under Part A or B. Medicare\'s "Hospice care" page at medicare.gov/coverage/hospice-care covers this. Did that answer it?'],
    [179, 'l', 'Thanks for reaching out, and I hope your uncle is OK!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 15 final idle exactly 120 s with no check-in; "Hope that helps!" is no question
  s(CY, '15 a New York MOLST at nursing-home admission: health.ny.gov, "Hope that helps!", session ends 120 s after the answer, no check-in', [
    [0, 'p', 'what is a MOLST? the nursing home asked if my dad has one. new york'],
    [14, 'l', 'Hello, Cy here at Ask a Librarian, Onondaga County Public Libraries.'],
    [20, 'l', 'Is he a resident there now, or just being admitted?'],
    [35, 'p', 'just admitted'],
    [40, 'l', "MOLST is New York's Medical Orders for Life-Sustaining Treatment, a doctor's order that says whether to attempt CPR, a breathing tube and so on. It's signed by a physician and goes with him between settings. The NY Department of Health explains it at health.ny.gov/professionals/patients/patient_rights/molst/"],
    [46, 'l', 'Hope that helps!'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 114 }),

  // 16 final idle 205 s: check-in, then "you may have disconnected" with no word of ending
  s(DOT, '16 a practical dementia caregiving book: "Welcome to Ask Away! Dot here", The 36-Hour Day, "hello? still there?", "It looks like you may have disconnected." (205 s)', [
    [0, 'p', 'hi, looking for a book about caregiving for someone with dementia near end of life'],
    [18, 'l', 'Welcome to Ask Away! Dot here, a librarian at Des Moines Public Library.'],
    [24, 'l', 'Would you prefer something practical, like a handbook, or more of a personal memoir?'],
    [40, 'p', 'practical'],
    [50, 'l', '"The 36-Hour Day" by Nancy Mace and Peter Rabins is the classic handbook and has a chapter on the final stage; we have it in print and as an e-book in Libby. Search it in our catalog at dmpl.org. Does this cover it?'],
    [175, 'l', 'hello? still there?'],
    [250, 'l', 'It looks like you may have disconnected.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 17 a dismissal for the provider's convenience
  s(ELLIS, '17 everything about the last days at home: hospicefoundation.org, then "I have other work to get to, so we\'ll have to leave it there", patron has the last word', [
    [0, 'p', 'my mom is in hospice and i need to know everything about what happens in the last days. signs, what to do, funeral stuff'],
    [25, 'l', "Hi, this is Ellis at Allen County Public Library's chat service."],
    [31, 'l', "Is she at home or in a facility? What you'd do differs."],
    [70, 'p', 'home'],
    [77, 'l', 'Hospice Foundation of America has a plain-language guide, "Signs of Approaching Death," at hospicefoundation.org (End-of-Life Support). Does that help?'],
    [120, 'p', 'kind of. and the funeral stuff? and how do i get her pension stopped, and the death certificate'],
    [128, 'l', "I've already spent a long time on this one and I have other work to get to, so we'll have to leave it there."],
    [140, 'p', 'wow ok. thanks for nothing'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 18 partly Spanish: other patrons waiting, invited back
  s(FLOR, '18 grupos de duelo en español en Denver (partly Spanish): "Soy Flor, bibliotecaria", judishouse.org, "varios usuarios esperando … vuelva a escribirnos", "ok gracias"', [
    [0, 'p', 'hola, hay grupos de apoyo para el duelo en español in denver? my tio just passed'],
    [20, 'l', '¡Hola! Lo siento mucho. Soy Flor, bibliotecaria de Denver Public Library; puedo ayudarle en español.'],
    [26, 'l', '¿Busca un grupo para usted solo o para toda la familia, niños incluidos?'],
    [70, 'p', 'para la familia, tenemos 3 kids'],
    [78, 'l', "Judi's House ofrece grupos gratuitos para familias en duelo, con sesiones en español: judishouse.org (Programas en español). ¿Le sirve esto?"],
    [120, 'p', 'si!! y tambien necesito saber como pedir el acta de defuncion y si medicare paga el funeral y...'],
    [128, 'l', 'Tengo varios usuarios esperando en este momento, así que tengo que cerrar aquí, pero vuelva a escribirnos cuando quiera y con gusto seguimos con lo del acta y el funeral. ¡Gracias por escribir!'],
    [140, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 19 an announced transfer with a note that says why
  s(GRETA, '19 palliative consults vs usual care in heart failure (nursing student): transfer notice + internal note, Henry 84 s after the notice, PubMed search string, CINAHL', [
    [0, 'p', 'im a nursing student and need peer reviewed articles comparing palliative care consults vs usual care for heart failure patients'],
    [20, 'l', 'Hi, Greta here, a librarian with Ask Us Now!'],
    [26, 'l', 'Do you need studies from a particular time range, like the last five years?'],
    [60, 'p', 'yes last 5 yrs'],
    [66, 'l', "A health sciences librarian can search the clinical databases with you, so I'm transferring you to Henry at the Health Sciences Library now. One moment please."],
    [69, 'i', 'Henry, nursing student needs trials on palliative care consults vs usual care in heart failure, last 5 yrs. Can you take over? PubMed/CINAHL.'],
    xfer(72, 'Henry', 'henry-h'),
    [150, 'l', 'Hi, Henry here at the UMB Health Sciences and Human Services Library. In PubMed (pubmed.ncbi.nlm.nih.gov) try: palliative care[MeSH] AND heart failure[MeSH] AND randomized controlled trial[pt], with the 5-year filter. CINAHL Complete, on our databases page, adds more nursing-focused studies.', as(HENRY)],
    [156, 'l', 'Is that what you were looking for?', as(HENRY)],
    [200, 'p', 'yes perfect, thats all i needed!!'],
    [205, 'l', 'Good luck with the paper, and thanks for using Ask Us Now!', as(HENRY)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer, the receiver 130 s after the patron
  s(IRIS, '20 why a grandmother with COPD does not qualify for hospice yet: internal note only, silent transfer, June 130 s after the patron, the CMS hospice LCD', [
    [0, 'p', 'how do hospices decide if someone qualifies? my grandmother has COPD and they said she doesnt qualify yet'],
    [24, 'l', 'Good afternoon, this is Iris from Frederick County Public Libraries.'],
    [30, 'l', "Did they tell you which requirement she didn't meet?"],
    [70, 'p', 'something about 6 months prognosis not clear'],
    [74, 'i', 'June, hospice eligibility for COPD (6-month prognosis), you did the LCD research last month. Can you take this?'],
    xfer(77, 'June', 'june-h'),
    [200, 'l', 'Hi, June here, also at Frederick County Public Libraries. Medicare pays for hospice when two doctors certify a life expectancy of six months or less if the illness runs its usual course; for COPD, hospices use guidelines like shortness of breath at rest and repeated hospital stays. The CMS Local Coverage Determination is on cms.gov (search "LCD hospice determining terminal status").', as(JUNE)],
    [206, 'l', 'Does that explain it?', as(JUNE)],
    [240, 'p', 'yes thx'],
    [246, 'l', 'Anything else today?', as(JUNE)],
    [260, 'p', 'no'],
    [264, 'l', 'Take care, bye!', as(JUNE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 an announced transfer with no internal note
  s(KAI, '21 VA hospice for a Vietnam veteran: "I\'ll hand you to him, one moment", no internal note, Liam 84 s later, va.gov', [
    [0, 'p', 'my grandpa is a vietnam vet, does the VA pay for hospice or is it only medicare?'],
    [22, 'l', 'Hey, thanks for writing in! Kai at San Francisco Public Library.'],
    [28, 'l', 'Is he enrolled in VA health care already?'],
    [60, 'p', 'yes he goes to the VA in SF'],
    [66, 'l', "Liam on our team knows the VA benefits side well, I'll hand you to him, one moment."],
    xfer(69, 'Liam', 'liam-h'),
    [150, 'l', "Hi, Liam here, librarian at SFPL. Yes: hospice is part of the VA's standard medical benefits package for enrolled veterans, at home, in a community hospice under contract or in a VA unit, and he can use Medicare instead if he prefers. The VA explains it at va.gov/geriatrics/pages/hospice_care.asp", as(LIAM)],
    [156, 'l', 'Did that help?', as(LIAM)],
    [190, 'p', 'yes!! thank you'],
    [195, 'l', 'Anything else?', as(LIAM)],
    [210, 'p', 'nope'],
    [214, 'l', 'Thanks, take care!', as(LIAM)],
  ], usual({ transfer: 'fail' })),

  // 22 four at once
  s(MIRA, '22 hospice past six months (recertification): "Medicare Hospice Benefits" page 7, three other chats open at once over this one (four)', [
    [0, 'p', 'how long does the medicare hospice benefit last? my dad has been on it 5 months'],
    [16, 'l', 'Hello, Mira from Harris County Public Library here.'],
    [22, 'l', 'Has his hospice mentioned recertification to you yet?'],
    [55, 'p', 'no??'],
    [62, 'l', 'Hospice isn\'t cut off at six months. Medicare covers two 90-day periods, then an unlimited number of 60-day periods, as long as the hospice doctor recertifies that he\'s still terminally ill. It\'s on page 7 of "Medicare Hospice Benefits" at medicare.gov/publications.'],
    [68, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes oh thank god. thats all'],
    [105, 'l', 'Glad to hear it. Thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('m1', 'mira-h', -300, 250), other('m2', 'mira-h', 10, 400), other('m3', 'mira-h', 40, 90)],
  }),

  // 23 three at most, touching ends
  s(NINA, '23 "Being Mortal" e-book for a book club (emoji): Libby, chats touching at the start and the end (three at most)', [
    [0, 'p', 'hi!! do yall have the book being mortal by atul gawande?? book club is reading it and my mom is in hospice so 😭'],
    [18, 'l', "Hi there, welcome! I'm Nina, a librarian at Richmond Public Library. Sending you a hug."],
    [24, 'l', 'Would you like print, audiobook, or e-book?'],
    [45, 'p', 'ebook pls'],
    [52, 'l', '"Being Mortal" is available as an e-book in Libby right now with no wait: find it in our catalog at rvalibrary.org or open Libby and pick Richmond Public Library.'],
    [58, 'l', 'Does that work?'],
    [90, 'p', 'yesss got it. thats everything ty'],
    [95, 'l', 'Enjoy, and take care of yourself! Bye!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'nina-h', -400, 0), other('n2', 'nina-h', -30, 200), other('n3', 'nina-h', 60, 300), other('n4', 'nina-h', 100, 500)],
  }),

  // 24 Practice
  s(TRAINEE, '24 practice chat (hospice quick link test): coded Practice, every check na', [
    [0, 'p', 'test: hospice canned msg'],
    [5, 'l', 'Testing the hospice quick link: medicare.gov/care-compare'],
    [10, 'p', 'ok works'],
    [14, 'l', 'and the grief one: tacomalibrary.org/events'],
    [20, 'p', 'also fine'],
    [24, 'l', 'great, ending the test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 25 a true Lost Call: check-in and a notice that thanks
  s(LENA, '25 a death café near Annapolis (Lost Call): greeting only, "Are you still there?" at 160, "seems you\'ve disconnected … end this session. Thanks …" at 280', [
    [0, 'p', 'how do i find a death cafe near annapolis'],
    [28, 's', 'Lena joined the chat', sys('joined')],
    [30, 'l', "Hi! Thanks for contacting Ask Us Now. I'm Lena, a librarian."],
    [160, 'l', 'Are you still there?'],
    [250, 's', 'Patron has gone idle', sys('idle')],
    [280, 'l', "It seems you've disconnected, so I'm going to end this session. Thanks for reaching out to Ask Us Now!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined (Spanish)
  s(NOBODY, '26 voluntades anticipadas para un papá que se muere (Spanish): no provider ever joined, "hay alguien??", patron left, code null', [
    [0, 'p', 'hola necesito ayuda urgente, mi papa se esta muriendo y no se como llenar el formulario de voluntades anticipadas'],
    busy(3),
    [60, 's', 'Position in queue: 4'],
    [130, 'p', 'hay alguien??'],
    left(250),
    [255, 's', 'Chat ended', sys('ended')],
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 no greeting; Lost Call after three patron lines
  s(OTIS, '27 how to write an ethical will: "Otis at Carnegie Library of Pittsburgh, reading your question now." (no greeting), Baines, coded Lost Call after three patron lines', [
    [0, 'p', 'does the library have anything on writing an ethical will? like a legacy letter for my grandkids'],
    [22, 'l', 'Otis at Carnegie Library of Pittsburgh, reading your question now.'],
    [28, 'l', 'Are you after a how-to book, or examples you can read?'],
    [60, 'p', 'how to mostly'],
    [68, 'l', '"Ethical Wills: Putting Your Values on Paper" by Barry K. Baines is the standard how-to; it\'s in our catalog at carnegielibrary.org. Does that help?'],
    [100, 'p', 'yes'],
    [104, 'p', 'thank you'],
    [110, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ greeting: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 28 "Ask her oncologist's office" with no contact; a notice with no check-in, final idle 210 s
  s(PAZ, '28 getting palliative care at UCSD: "Ask her oncologist\'s office for a palliative care consult" (no contact), getpalliativecare.org, "Looks like we got disconnected, so I\'ll end the session now." (210 s)', [
    [0, 'p', 'my moms oncologist mentioned palliative care but we never followed up. how do we even get it? san diego'],
    [20, 'l', 'Hello, Paz here, a reference librarian at San Diego Public Library.'],
    [26, 'l', 'Is your mom being treated at a hospital system like Sharp or UC San Diego Health, or at a private practice?'],
    [60, 'p', 'UCSD'],
    [70, 'l', "Palliative care usually starts with a referral from the treating doctor. Ask her oncologist's office for a palliative care consult at her next visit. The Get Palliative Care site from the Center to Advance Palliative Care explains what to expect and has a provider directory: getpalliativecare.org. Did that help?"],
    [275, 'l', "Looks like we got disconnected, so I'll end the session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'fail' })),

  // 29 Spanish / bilingual: the Coalition by phone, code ""
  s(MARCO, '29 POLST en español para una abuela en Pomona (Spanish): "Soy Marco, bibliotecario", capolst.org, "puede llamar a la Coalición al 916-555-0142", "eso es todo", code ""', [
    [0, 'p', 'hola, mi abuela quiere un formulario POLST en california pero en español. existe?? she is at home in pomona'],
    [26, 'l', '¡Hola, buenas! Soy Marco, bibliotecario de LA County Library. Con gusto le ayudo.'],
    [32, 'l', '¿Su abuela ya habló de esto con su médico, o apenas están empezando?'],
    [80, 'p', 'apenas empezando'],
    [88, 'l', 'Sí existe. La Coalition for Compassionate Care of California publica el POLST en español en capolst.org (Forms > Spanish). El formulario lo firma el médico junto con ella. Si tiene preguntas, puede llamar a la Coalición al 916-555-0142.'],
    [94, 'l', '¿Le ayuda esta información?'],
    [140, 'p', 'si gracias!! eso es todo'],
    [146, 'l', '¡Con mucho gusto! Gracias por escribirnos y saludos a su abuela.'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // 30 follow-up by me: phone typed and read back, "Thursday afternoon", done after 80 h
  s(QUINN, '30 inpatient hospice houses with beds in Wake County (follow-up by me): NC DHSR list, "919 555 0163" read back, "Thursday afternoon", done after 80 h', [
    [0, 'p', 'im looking for a list of inpatient hospice houses in wake county nc, my brother cant be cared for at home anymore'],
    [24, 'l', "Hi, I'm Quinn with Wake County Public Libraries' Ask a Librarian. I'm sorry about your brother."],
    [30, 'l', 'Does he need a place right away, within the next day or two?'],
    [66, 'p', 'probably this week'],
    [74, 'l', "The NC Division of Health Service Regulation lists every licensed hospice inpatient and residential facility by county at info.ncdhhs.gov/dhsr/reports.htm (Hospice > Wake). I'll also find out which ones have beds this week and phone you back. What's the best number?"],
    [120, 'p', '919 555 0163'],
    [126, 'l', "That's 919-555-0163, I'll call you Thursday afternoon."],
    [132, 'l', 'Is the state list useful for now?'],
    [170, 'p', 'yes, thanks so much. thats all for now'],
    [176, 'l', 'Hang in there. Thanks for contacting us.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(181 + 80 * HOUR) }] }, { now: T0d(5) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundHospice.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: hospice, palliative care and end-of-life planning, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundHospice.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundHospice.filter((c) => c.name in LEFT_WHY));
});
