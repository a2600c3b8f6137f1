/**
 * Eighty-sixth round, theme SCUBA DIVING, SNORKELING AND DIVE CERTIFICATION, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: certification (a first Open Water course with the dives in
 * Florida, a twelve-year-old in Silver Spring in Spanish, time and cost around Baltimore, where Maryland shops do checkout
 * dives, a lost 1998 PADI card, a try-scuba night in PG County, the medical form with asthma, ears that hurt in the deep end,
 * nitrox in Cancún partly in Spanish, how deep an Open Water card allows, training as a commercial diver), snorkeling
 * (shark teeth at Calvert Cliffs, stream snorkeling, picture books for a nervous six-year-old, glasses, sea nettles at
 * Sandy Point), places and trips (Ocean City wrecks and reefs, Deep Creek Lake, the Mallows Bay ghost fleet, shore diving in
 * Bonaire and at the Ocean City inlet, a wetsuit for the Bay in September, GoPro video in Cozumel), gear (a dive computer,
 * tank fills and hydro in Hagerstown) and history and law (Cousteau and the Aqua-Lung, a grandfather's hard-hat Navy diving
 * school, a 1985 Skin Diver article partly in Spanish, artifacts from an 1880s schooner wreck). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s76/scuba-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-26 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello? anyone there" at 34 (04: fail);
 *   `pickedUpAt` at 48 s with the first visible line at 131 s (05: pass on the recorded pickup); 45 s after a "hello??" at
 *   30 (27); no provider ever, only the queue's system line (28: fail);
 *  greeting: name and library ("Hi there, thanks for contacting Ask HCLS! I'm Priya, …", 01), Spanish "¡Buenas noches! Le
 *   saluda Esperanza, bibliotecaria …" (02), bilingual "¡Hola! Thanks for contacting Frederick County Public Libraries, this
 *   is June." (10) and "¡Hola! I'm Omar, …" (25), the service only ("Hi, welcome to AskUsNow! I'm Niko, a librarian.", 23),
 *   "Hey, good morning! Wendell here, …" (18); "hey there!" and a question, the name only in the third line (06: fail);
 *   "This is Dana at Garrett County Public Library." with no greeting word, then a question (07: fail); na (28, 29);
 *  keep_informed: a hold answered 121 s later with an internal note inside it (08: fail); a hold, then "Still searching — so
 *   far I've found … and I'm checking our catalog for books now." exactly 120 s later, then the answer 112 s after (09:
 *   pass); "¡Claro, tómese su tiempo! Take your time." and the patron back 210 s later (10), "Sounds good, take your time."
 *   (04), "Great, take your time with it!" and the patron back 460 s later (16): waits on the patron; the 83 s between the
 *   recorded pickup and the first line (05); the restatement with "Let me see what we have!" and the patron's "yes exactly"
 *   inside the hold (12); a transfer announcement answered by the receiver 52 s later (30); a transfer with no visible word,
 *   the receiver 51 s after the patron (07); the patron's last line unanswered (16); na (26, 27, 28, 29);
 *  clarify: the restatement "So you're looking for a picture book that shows a little one what snorkeling is like …" (12);
 *   questions on swimming, the agency on the card, the park and the kids' ages, video or stills, charter or shore, certified
 *   or not, dive or paddle, where he trained, the month of the article, the course and the place, distance or reading,
 *   one-time or weekly, grade and format, logged dives and buddy, with kids or not, leaving home, boat or river, sting first
 *   aid or prevention, Open Water or not, how often, the wreck's waters and age; the answer straight after the greeting (11:
 *   fail); the question inside the first message that gives a source (21: fail);
 *  source: padi.com (/courses/open-water-diver, /es, /dive-shops), dan.org, uhms.org, naui.org, dnr.maryland.gov,
 *   calvertmarinemuseum.com, ocreefs.org, nauticalcharts.noaa.gov, visitdeepcreek.com, sanctuaries.noaa.gov,
 *   floridakeys.noaa.gov, buoybay.noaa.gov, history.navy.mil, hathitrust.org, worldcat.org, stinapa.org, nanfa.org,
 *   bls.gov/ooh, scubadiving.com, libbyapp.com, medlineplus.gov, mgaleg.maryland.gov, mht.maryland.gov, pgparks.com, the
 *   catalogues (hclibrary.org, montgomerycountymd.gov/library, bcpl.info, prattlibrary.org, stmalib.org, wcfl.org,
 *   cecilcountylibrary.org, carolib.org), Britannica School, named books (The Complete Diver, The Underwater Photographer, The
 *   Terrible Hours, Night Dive, Swimmy, The Silent World, Diving & Snorkeling Bonaire, the NOAA Diving Manual), a referral's
 *   phone and e-mail; none: the answer from memory with PADI, NAUI, SSI and "the PADI app" named with no way to reach them
 *   (13: fail);
 *  completeness: "Does that give you what you need to get started?", "¿Le sirve esta información?", "Did the PADI page have
 *   everything you needed, then?", "Does that give you a good place to start?", "Mientras tanto, ¿le sirve lo de WorldCat?",
 *   "do those two sound like what you were looking for?", "Does that cover it?", "¿Le sirve?", in the answer's own
 *   message (08, 15, 16, 17, 20, 22-25), after an answer from memory (13: pass); the offer "Would you like me to
 *   find some stores that sell prescription masks?" (14: fail); "Hope that helps!" (19: fail);
 *  anything else: asked by the provider (06, 11, 15, 18); the patron's "thats everything", "eso es
 *   todo", "no more questions", "I'm all set", "thats all, thanks!", "thats all i needed", "that's all I needed"; near misses
 *   "Feel free to reach out again if anything else comes up!" then "ok cool" (14: fail), "oh ok no problem" (17), "wow ok"
 *   (16), no answer at all (19-25);
 *  dismissal: "Sorry, chats are limited to 10 minutes and we've reached the limit, so I have to end the session here. Bye."
 *   (16: fail, courteous passes on "Bye."); "I have a few other patrons waiting … please log back on later" (17: allowed,
 *   pass); "My shift is ending in a few minutes, so I'll … e-mail you … And you can always chat back in anytime" (18: a way
 *   back, pass);
 *  courteous: goodbyes in English and Spanish, "come back anytime!" alone (06); the last two provider lines an answer and a
 *   check-in (21: fail); an answer and "It looks like you've disconnected, so I'm going to end this session now." (24: fail);
 *  final idle: a goodbye 119 s after the answer (19: na); "Are you still there?" and a goodbye 120 s after (20: idle passes,
 *   notice na); a check-in and no goodbye, ended 179 s after (21: idle passes, notice na); a check-in and a notice that
 *   invites back 170 s after (22: the goodbye ends the idle, notice na); a check-in and "… it seems you've disconnected, so
 *   I'll end this session. Thanks …" exactly 180 s after (23: both pass); no check-in, the patron's window closed, a notice
 *   with no thanks, ended 218 s after (24: idle fails, notice passes); "Hello? ¿Sigue ahí?" and "Looks like you may have
 *   gotten disconnected — thanks … come back anytime!" 190 s after (25: idle passes, notice fails); a true Lost Call with a
 *   check-in and a notice 274 s after the greeting (26) and one with a second patron line (27: both pass); the patron's last
 *   line the last visible one (16, 28);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 90 s to its end (15: four, fail); a transfer where the first provider's two later chats start
 *   after the transfer and the receiver has two others (30: pass over the parts each handled);
 *  codes: Answered; no code field at all (02; 18 with a promise: na); "" with no provider (28: fail); Lost Call with one
 *   patron line (26: pass) and two (27: fail); Practice (29: all na); a promise coded Answered (14: fail); Follow-up by me
 *   with no contact anywhere (04: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 2026-03-05T11:01:00-04:00, 71 h 58 min after the end
 *   (12: pass, only if the offset is honoured); FU_LIB partly in Spanish, phone typed with spaces and read back with dashes,
 *   "antes del jueves", not recorded at 71 h 59 min (10: pending); no code field, e-mail typed by the patron, "by tomorrow at
 *   noon", not recorded at 72 h 1 min (18: contact passes, on_time fails); "I'll look into it and send you a list" with the
 *   e-mail typed but no time, coded Answered, not recorded at day 4 (14: code, contact, on_time fail); "I'll dig into that and
 *   get back to you by Wednesday" with a time but no contact, FU_ME, recorded 73 h after the end (04: all fail);
 *  referrals: the Calvert Marine Museum's paleontology staff by phone and URL (03: pass); the Parks aquatics office by phone
 *   and URL and the Patuxent Dive Club by e-mail in one message (15: pass); the Divers Institute's admissions office by phone
 *   and Chesapeake College's career counselor with nothing in one message (19: fail); the Maryland Historical Trust's
 *   maritime archaeology program through mht.maryland.gov after a transfer (30: pass); not referrals: "a shop near home" and
 *   "a shop in Florida" (01), "stores that sell prescription masks" (14), "the closest shops are in Cumberland and
 *   Hagerstown" (21), the children's librarian asked on the patron's behalf (12), the ILL staff who will call the patron
 *   (10), sites and agencies' pages to use (STINAPA, DNR, NOAA, DAN);
 *  transfers: a note saying why and the transfer, with no visible word to the patron (07: fail); the notice and a note
 *   saying why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup (05: 48 s, pass, though the first visible line came at 131 s), and
 *   keep_informed counts only the wait after it: 48 s to 131 s, 83 s (05: pass);
 * - "This is Dana at Garrett County Public Library." identifies but greets no one (no hello, hi, welcome or thanks), and the
 *   second line is a question (07: fail); "hey there!" greets but the first two lines never say who is answering (06: fail);
 *   "¡Buenas noches! Le saluda Esperanza, bibliotecaria …" greets and identifies (02);
 * - "Still searching — so far I've found … and I'm checking our catalog for books now." gives a partial result and says the
 *   search goes on: a hold, and a span of exactly 120 s is not longer than 120 s (09: pass); 121 s fails (08), and the
 *   internal note inside it does not end it; "So you're looking for … Let me see what we have!" restates and holds (12);
 *   "take your time" in any form is not a hold (04, 10, 16);
 * - a question in the same message as the first source is not "before the first message that gives a source" (21: fail);
 * - agencies (PADI, NAUI, SSI) and an app ("the PADI app") named with no way to reach them are not sources; the answer is
 *   from memory (13: source fails); "Did that help?" after it asks whether that answer meets the need (13: passes);
 * - "Would you like me to find some stores that sell prescription masks?" offers something not yet given (14: fail); "Hope
 *   that helps!" asks nothing (19: fail);
 * - "Feel free to reach out again if anything else comes up!" invites but does not ask (14: fail); "I'm all set" (05),
 *   "thats all, thanks!" (08), "eso es todo" (02, 10) say explicitly that the patron is done; "ok cool", "oh ok no problem",
 *   "wow ok" do not;
 * - "Sorry, chats are limited to 10 minutes and we've reached the limit …" tells the patron their time is up (16: fail); a
 *   shift ending with an e-mail follow-up and "you can always chat back in anytime" ends nothing without a way back (18:
 *   pass);
 * - a disconnect notice that thanks or invites back is a goodbye (Terms), so the final idle ends at it: 170 s (22: the
 *   notice's check does not apply), exactly 180 s (23: applies and passes), 190 s (25: applies; "Looks like you may have
 *   gotten disconnected" never says the session will end, so it fails); a notice with no thanks is no goodbye and the idle
 *   runs to `endedAt` (24: 218 s); with no goodbye at all it runs to `endedAt` (21: 179 s);
 * - "It looks like you've disconnected, so I'm going to end this session now." asks nothing (24: no check-in) and thanks no
 *   one (24: courteous fails);
 * - in a Lost Call where the provider sent only a greeting, a check-in and a notice there is no substantive exchange (26, 27:
 *   the information checks na); the final idle begins at the greeting, the first provider line after the patron's last that
 *   is not a hold; the patron's "hello??" before pickup is a second message, so Lost Call is wrong (27: fail);
 * - a kind of business described ("a shop near home", "stores that sell prescription masks", "the closest shops are in
 *   Cumberland and Hagerstown") is no particular party: no referral (01, 14, 21); the children's librarian the provider will
 *   ask (12) and the ILL staff who will call the patron (10) are staff working on the patron's behalf, not referrals;
 *   "contact the Maryland Historical Trust's maritime archaeology program through mht.maryland.gov" is a referral with a URL
 *   (30); "talk to the career counselor at Chesapeake College" is a referral with no way to reach them (19: fail);
 * - a code field left out means the source has no codes: resolution.code na even with a promise, while followup.contact and
 *   followup.on_time still apply (18);
 * - "I'll dig into that and get back to you by Wednesday" is a promise with a time; no e-mail or phone anywhere fails the
 *   code Follow-up by me and the contact (04); "I'll look into it and send you a list" with the e-mail typed in the chat has
 *   no time (14: contact fails);
 * - "Alguien de préstamo interbibliotecario la llamará antes del jueves" says someone from the patron's library will call and
 *   when; the number typed as "301 555 0177" and read back as "301-555-0177" is confirmed (10: contact passes);
 * - a follow-up recorded as "2026-03-05T11:01:00-04:00" is 71 h 58 min after an end at 10:02:41-05:00 on 2 March (12: pass);
 *   `now` 71 h 59 min after the end with nothing recorded is pending (10), 72 h 1 min after is a fail (18);
 * - a transfer with an internal note saying why but no visible word to the patron fails (07);
 * - concurrency in a transferred session: the first provider judged over 0-72 s (three open at most), the receiver over
 *   72-176 s (three) (30: pass); the first provider's two chats that start after the transfer are outside his part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/scuba-labels.ts). First run as labelled / disagreeing: 29 / 1 (04); no case scored differently once redacted
 * and no check ended "could not be evaluated". Label corrections: none (the disagreement reread against RUBRIC.md; the
 * label stood). Final: 29 running, 1 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence: "Fantastic! Did
 * the PADI page have everything you needed, then?", message 10, not read as the completeness question, 04).
 * NOTE (rubric v73, block AM): 04 runs now ("Did the PADI page have everything you needed, then?", AM11): 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-sc', name: 'Priya', library: 'HCLS' };
const ESPERANZA: Prov = { id: 'esperanza-sc', name: 'Esperanza', library: 'MCPL' };
const GRANT: Prov = { id: 'grant-sc', name: 'Grant', library: 'CALVERT' };
const BRIDGET: Prov = { id: 'bridget-sc', name: 'Bridget', library: 'AACPL' };
const TOBIAS: Prov = { id: 'tobias-sc', name: 'Tobias', library: 'BCPL' };
const SAM: Prov = { id: 'sam-sc', name: 'Sam', library: 'WIPL' };
const DANA: Prov = { id: 'dana-sc', name: 'Dana', library: 'GCPL-MD' };
const JEN: Prov = { id: 'jen-sc', name: 'Jen', library: 'GCPL-MD' };
const MIRIAM: Prov = { id: 'miriam-sc', name: 'Miriam', library: 'CCPL-CH' };
const KOFI: Prov = { id: 'kofi-sc', name: 'Kofi', library: 'EPFL' };
const JUNE: Prov = { id: 'june-sc', name: 'June', library: 'FCPL-MD' };
const HALEY: Prov = { id: 'haley-sc', name: 'Haley', library: 'HCPL-MD' };
const NORA: Prov = { id: 'nora-sc', name: 'Nora', library: 'SMCL' };
const RAY: Prov = { id: 'ray-sc', name: 'Ray', library: 'AUN' };
const LUIS: Prov = { id: 'luis-sc', name: 'Luis', library: 'DCPL-MD' };
const CHLOE: Prov = { id: 'chloe-sc', name: 'Chloe', library: 'PGCMLS' };
const GIDEON: Prov = { id: 'gideon-sc', name: 'Gideon', library: 'WCFL' };
const ISAAC: Prov = { id: 'isaac-sc', name: 'Isaac', library: 'CCPL-CE' };
const WENDELL: Prov = { id: 'wendell-sc', name: 'Wendell', library: 'KCPL-MD' };
const AMARA: Prov = { id: 'amara-sc', name: 'Amara', library: 'QACL' };
const PAUL: Prov = { id: 'paul-sc', name: 'Paul', library: 'SCLS-MD' };
const VERA: Prov = { id: 'vera-sc', name: 'Vera', library: 'ACLS-MD' };
const TESSA: Prov = { id: 'tessa-sc', name: 'Tessa', library: 'TCFL' };
const NIKO: Prov = { id: 'niko-sc', name: 'Niko', library: 'AUN' };
const ZARA: Prov = { id: 'zara-sc', name: 'Zara', library: 'CCPL-CA' };
const OMAR: Prov = { id: 'omar-sc', name: 'Omar', library: 'CCPL-CO' };
const FELIX: Prov = { id: 'felix-sc', name: 'Felix', library: 'WOCL' };
const GRACE: Prov = { id: 'grace-sc', name: 'Grace', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-sc', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-sc', name: 'Trainee 12', library: 'TRN' };
const LEONARD: Prov = { id: 'leonard-sc', name: 'Leonard', library: 'AUN' };
const INES: Prov = { id: 'ines-sc', name: 'Ines', library: 'MSLL' };

const s = session;

export const SCUBA: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(PRIYA, '01 first Open Water course, pool here and dives in Florida: swimming asked, padi.com + The Complete Diver in the ' +
      'catalogue, "thats everything", touching ends', [
    [0, 'p', 'hi! i want to get scuba certified this spring, never done it before. where do i even start'],
    [17, 'l', "Hi there, thanks for contacting Ask HCLS! I'm Priya, a librarian at Howard County Library System."],
    [23, 'l', 'Happy to help. Are you comfortable swimming, and are you hoping to do the whole course here in Maryland or finish ' +
        'it on a trip?'],
    [61, 'p', 'i swim ok. probably finish it in florida, going in june'],
    [70, 'l', "Then look at what's called an Open Water 'referral': you do the classroom and pool work with a shop near home and " +
        "your four open water dives with a shop in Florida. PADI explains how it works on its Open Water Diver page " +
        "(padi.com/courses/open-water-diver), and 'The Complete Diver' by Alex Brylske is in our catalog at hclibrary.org if " +
        "you'd like to read ahead."],
    [76, 'l', 'Does that give you what you need to get started?'],
    [112, 'p', 'yes!! thats everything, thank you. putting the book on hold now'],
    [118, 'l', "You're welcome — have a great first dive, and thanks for chatting with us!"],
  ], usual(), {}, {
    otherIntervals: [
      other('pr1', 'priya-sc', -400, 0), other('pr2', 'priya-sc', -30, 100), other('pr3', 'priya-sc', 40, 300),
      other('pr4', 'priya-sc', 123, 600),
    ],
  }),

  // 02 Spanish, no code field
  s(ESPERANZA, '02 certificación de buceo para un niño de 12 años en Silver Spring (Spanish): swimming asked, padi.com/es + the ' +
      'catalogue, "eso es todo", no code field', [
    [0, 'p', 'Buenas noches, mi hijo de 12 años quiere aprender a bucear. Donde puede sacar la certificacion aqui en Silver ' +
        'Spring? es muy chico?'],
    [21, 'l', '¡Buenas noches! Le saluda Esperanza, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [27, 'l', '¿Su hijo ya nada bien, sin miedo en la parte honda de la piscina? Es lo primero que piden en los cursos.'],
    [66, 'p', 'si nada muy bien, esta en el equipo de natacion de la escuela'],
    [75, 'l', '¡Perfecto! Con 12 años puede sacar la certificación Junior Open Water Diver de PADI (se puede desde los 10 años) ' +
        'y a los 15 pasa a ser Open Water normal. La página de PADI en español explica los requisitos y tiene un buscador de ' +
        'tiendas de buceo por código postal: padi.com/es. En nuestro catálogo (montgomerycountymd.gov/library) también hay ' +
        'libros de buceo para jóvenes.'],
    [81, 'l', '¿Le sirve esta información?'],
    [118, 'p', 'si, muchas gracias. eso es todo'],
    [124, 'l', '¡Con gusto! Gracias por escribirnos, y que su hijo disfrute mucho el buceo. 🐠'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; one referral with phone and URL
  s(GRANT, '03 snorkeling for shark teeth at Calvert Cliffs: pickup at exactly 60 s, the park and the kids\' ages asked, ' +
      'dnr.maryland.gov, the Calvert Marine Museum by phone + URL', [
    [0, 'p', 'can you snorkel for shark teeth at calvert cliffs? my kids are obsessed with megalodon teeth'],
    [60, 'l', 'Good afternoon! This is Grant, a librarian at Calvert Library. Fun question!'],
    [66, 'l', 'Are you thinking of the state park itself, or any beach along the cliffs? And how old are the kids?'],
    [98, 'p', 'the state park i guess. kids are 8 and 11'],
    [107, 'l', "The park page at dnr.maryland.gov (search 'Calvert Cliffs State Park') lists what's allowed on the fossil beach " +
        "(collecting on the shore is fine, digging in the cliffs is not) and the walk in, about 1.8 miles each way. Most " +
        "families sift at the water's edge rather than snorkel there. For where snorkelers do hunt for teeth, the paleontology " +
        "staff at the Calvert Marine Museum are the experts: call them at 410-555-0186 or see calvertmarinemuseum.com."],
    [113, 'l', 'Did that answer your question?'],
    [145, 'p', 'yes that helps a lot. no more questions, thanks!'],
    [151, 'l', 'Happy hunting — thanks for using Ask a Librarian!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; a promise with a time and no contact, FU_ME, recorded at 73 h
  s(BRIDGET, '04 a lost 1998 PADI card from a closed Glen Burnie shop: "hello? anyone there" at 34, pickup at 61 s, padi.com, ' +
      '"get back to you by Wednesday" with no contact, done at 73 h', [
    [0, 'p', 'i got certified in 1998 at a dive shop in glen burnie that closed years ago. lost my card. how do i prove im ' +
        'certified??'],
    [34, 'p', 'hello? anyone there'],
    [61, 'l', "Hi, sorry for the wait! I'm Bridget, a librarian at Anne Arundel County Public Library."],
    [67, 'l', "Do you remember which agency certified you — PADI, NAUI, SSI? It's usually printed on the card."],
    [96, 'p', 'PADI i think. it had the blue and white logo'],
    [104, 'l', "Good news: PADI keeps a record of everyone it has certified, and you can look yourself up and order a " +
        "replacement card or a free eCard on padi.com (the 'Replace Your Certification Card' page). Have your full name, date of " +
        "birth and the year handy."],
    [110, 'l', "I'm also curious whether that shop's paper records went to another shop when it closed, so I'll dig into that " +
        "and get back to you by Wednesday."],
    [140, 'p', 'ok cool, trying the padi site now'],
    [146, 'l', 'Sounds good, take your time.'],
    [190, 'p', 'found my record!!! ordering the ecard'],
    [196, 'l', 'Fantastic! Did the PADI page have everything you needed, then?'],
    [215, 'p', 'yes. thats all i needed'],
    [220, 'l', 'Great! Thanks for chatting, and happy diving!'],
  ], usual({ pickup: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  { ...FU_ME, followUps: [{ doneAt: at(225 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 05 pickedUpAt 48, first visible line at 131
  s(TOBIAS, '05 underwater GoPro video for Cozumel: pickedUpAt 48 with the first line at 131, video or stills asked, The ' +
      'Underwater Photographer in the catalogue, "I\'m all set"', [
    [0, 'p', 'do you guys have any books on underwater photography? going to cozumel and just got a GoPro'],
    [131, 'l', "Hello, and thanks for your patience! I'm Tobias, a librarian with Baltimore County Public Library."],
    [137, 'l', 'Will you mostly shoot video or stills, and will you be snorkeling or diving?'],
    [170, 'p', 'mostly video, snorkeling'],
    [178, 'l', "'The Underwater Photographer' by Martin Edge is the classic guide and it's in our catalog at bcpl.info; search " +
        "'GoPro' there as well for a couple of newer camera guides. For snorkel video in particular, keep the sun behind you and " +
        "stay shallow, where the colors are brightest."],
    [184, 'l', 'Does that help?'],
    [220, 'p', "yes! I'm all set, thanks"],
    [226, 'l', 'Great — enjoy Cozumel, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(48) }),

  // 06 the name only in the third provider line
  s(SAM, '06 wrecks and artificial reefs off Ocean City: "hey there!", a question, then "I\'m Sam, by the way" (greeting fails), ' +
      'ocreefs.org + NOAA\'s wreck database', [
    [0, 'p', 'r there any shipwrecks or reefs to dive off ocean city md? im advanced open water'],
    [22, 'l', 'hey there!'],
    [27, 'l', 'Are you looking for wrecks you can do from a charter boat, or something you can reach from shore?'],
    [56, 'p', 'charter is fine'],
    [62, 'l', "I'm Sam, by the way, a librarian with the Wicomico Public Libraries. 🙂"],
    [70, 'l', "Off Ocean City there are dozens of wrecks and artificial reef sites within charter range. The Ocean City Reef " +
        "Foundation maps its reef sites, with coordinates, at ocreefs.org, and NOAA's Wrecks and Obstructions Database (search " +
        "it at nauticalcharts.noaa.gov) lists the charted wrecks."],
    [75, 'l', 'Is that the kind of thing you need?'],
    [110, 'p', 'yeah thats awesome thank u'],
    [115, 'l', 'Anything else I can help you with today?'],
    [135, 'p', 'nah im good'],
    [139, 'l', 'Enjoy the wrecks, and come back anytime!'],
  ], usual({ greeting: 'fail' })),

  // 07 no greeting word; a transfer with a note but no word to the patron
  s(DANA, '07 diving at Deep Creek Lake and a dive club in Oakland: "This is Dana at …" (no greeting), a note to Jen, the ' +
      'transfer with no notice to the patron, dnr.maryland.gov', [
    [0, 'p', 'Is scuba diving allowed at Deep Creek Lake? Is there a dive club out here? just moved to Oakland'],
    [19, 'l', 'This is Dana at Garrett County Public Library.'],
    [25, 'l', 'Are you certified already, or looking into getting certified?'],
    [50, 'p', 'certified, advanced open water'],
    [58, 'i', 'Jen, can you take this one? Newcomer asking about diving at Deep Creek Lake + local dive clubs. You ran the lake ' +
        'program last summer.'],
    xfer(61, 'Jen', 'jen-sc'),
    [101, 'l', "Hi there! Jen at Garrett County Public Library here — I hear you're a diver new to the area, welcome!", as(JEN)],
    [108, 'l', "Deep Creek Lake is managed by Maryland DNR, and the lake rules, including the dive-flag rule for divers, are on " +
        "the Deep Creek Lake pages at dnr.maryland.gov. For company, the outdoor clubs directory at visitdeepcreek.com lists the " +
        "area's clubs and their meetups. Is that what you were looking for?", as(JEN)],
    [140, 'p', 'yep thats great, thanks! thats all i needed'],
    [146, 'l', 'Welcome to Garrett County, and thanks for chatting!', as(JEN)],
  ], usual({ greeting: 'fail', transfer: 'fail' })),

  // 08 a hold answered 121 s later, an internal note inside it
  s(MIRIAM, '08 diving the Mallows Bay ghost fleet: "Let me check … one moment" at 56, an internal note at 100, the answer at ' +
      '177 (121 s), sanctuaries.noaa.gov, "thats all, thanks!"', [
    [0, 'p', 'Can you scuba dive at Mallows Bay to see the ghost fleet wrecks? Or is it only kayaking'],
    [18, 'l', 'Hi! Miriam here, a librarian at Charles County Public Library.'],
    [24, 'l', 'Are you hoping to scuba dive, or would snorkeling or paddling over them work too?'],
    [50, 'p', 'diving ideally but snorkel is ok'],
    [56, 'l', 'Let me check what the sanctuary allows — one moment.'],
    [100, 'i', 'does anyone know if NOAA lets people dive at Mallows Bay? pt on chat'],
    [177, 'l', "Thanks for waiting! Mallows Bay is part of the Mallows Bay–Potomac River National Marine Sanctuary. The water " +
        "there is shallow and murky and most visitors see the wrecks by kayak; the sanctuary's visiting page at " +
        "sanctuaries.noaa.gov/mallows-potomac explains what's allowed and where to launch from Mallows Bay Park. Does that help?"],
    [210, 'p', 'ok yeah looks like kayak it is. thats all, thanks!'],
    [216, 'l', 'Enjoy the paddle, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 a hold, a partial result that says the search goes on (exactly 120 s later), the answer 112 s after that
  s(KOFI, '09 a grandfather\'s hard-hat Navy diving school in the 1950s: hold at 78, "Still searching — so far …" at 198 (120 ' +
      's), answer at 310, history.navy.mil + The Terrible Hours', [
    [0, 'p', 'my grandpa was a navy deep sea diver in the 50s (hard hat, the big brass helmet). where could i read about how ' +
        'they were trained back then?'],
    [20, 'l', "Good evening! I'm Kofi, a librarian at the Enoch Pratt Free Library. What a great family story."],
    [26, 'l', 'Do you know where he trained, or which ship or unit he served with?'],
    [70, 'p', 'washington DC i think? at the navy yard'],
    [78, 'l', "That sounds like the Navy's Deep Sea Diving School, which was at the Washington Navy Yard then. Let me look for " +
        "sources on it, one moment."],
    [198, 'l', "Still searching — so far I've found that the Naval History and Heritage Command has photos of the diving school " +
        "at history.navy.mil, and I'm checking our catalog for books now."],
    [310, 'l', "Found a good one: 'The Terrible Hours' by Peter Maas tells the story of the 1939 Squalus rescue, with a lot on " +
        "how Navy divers trained and worked in the hard-hat era, and it's in our catalog at prattlibrary.org. Older editions of " +
        "the U.S. Navy Diving Manual, which describe the Mark V helmet dives, are digitized in HathiTrust (hathitrust.org) too."],
    [316, 'l', 'Does that give you a good place to start?'],
    [350, 'p', "yes this is great, thank you so much. that's all i needed"],
    [356, 'l', "You're very welcome — thanks for chatting, and I hope you spot him in those photos!"],
  ], usual()),

  // 10 partly Spanish: "take your time" (not a hold), FU_LIB by phone "antes del jueves", pending at 71 h 59 min
  s(JUNE, '10 un artículo de Skin Diver de 1985 (partly Spanish): "¡Claro, tómese su tiempo!" (210 s away), worldcat.org, ILL to ' +
      'call, phone read back, pending at 71 h 59 min', [
    [0, 'p', 'hola, busco un artículo de la revista Skin Diver de 1985, mi papá sale en las fotos. can the library get it?'],
    [16, 'l', '¡Hola! Thanks for contacting Frederick County Public Libraries, this is June. Puedo ayudarle en español o en ' +
        'inglés.'],
    [22, 'l', '¿Sabe el mes o el título del artículo? Do you know the month or the title?'],
    [45, 'p', 'no se el mes... let me ask my mom, un momento'],
    [52, 'l', '¡Claro, tómese su tiempo! Take your time.'],
    [262, 'p', 'ok mi mamá dice verano de 1985, julio o agosto. era sobre buceo en los cayos de la florida'],
    [272, 'l', 'Gracias. Skin Diver no está digitalizada, pero en WorldCat (worldcat.org) se ve qué bibliotecas tienen los ' +
        'números de 1985, y podemos pedirlos por préstamo interbibliotecario. El personal de préstamos de la biblioteca C. Burr ' +
        'Artz la llamaría para confirmar los detalles. ¿A qué número la pueden llamar?'],
    [300, 'p', '301 555 0177'],
    [306, 'l', 'Perfecto: 301-555-0177. Alguien de préstamo interbibliotecario la llamará antes del jueves para confirmar qué ' +
        'números pedir. Mientras tanto, ¿le sirve lo de WorldCat?'],
    [335, 'p', 'si, muchas gracias!! eso es todo'],
    [340, 'l', '¡Con gusto! Gracias por escribirnos, y ojalá encuentre a su papá en la revista.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + (345 + 71 * HOUR + 59 * 60) * 1000 }),

  // 11 the answer straight after the greeting
  s(HALEY, '11 scuba with asthma and the medical form: the answer at once (no question), uhms.org + dan.org, anything else ' +
      'asked, "no thats it"', [
    [0, 'p', 'can you scuba dive if you have asthma? signing up for a class and theres a medical form'],
    [14, 'l', "Hi, I'm Haley with Harford County Public Library's Ask a Librarian service. 👋"],
    [20, 'l', "The form is the Diver Medical Participant Questionnaire. Answering 'yes' to the asthma question doesn't rule you " +
        "out; it means a doctor has to sign off before any in-water training. The questionnaire and a guide for physicians are " +
        "free at uhms.org (search 'diver medical'), and Divers Alert Network has an article on asthma and diving at dan.org."],
    [26, 'l', 'Did that help?'],
    [60, 'p', "yes, i'll bring it to my doctor. thanks"],
    [65, 'l', 'Anything else I can help with?'],
    [85, 'p', 'no thats it'],
    [90, 'l', 'Good luck with the class, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 12 the restatement; FU_ME, e-mail read back, "by Thursday", done at 11:01 -04:00 (71 h 58 min)
  s(NORA, '12 picture books for a nervous 6-year-old snorkeler: "So you\'re looking for …", stmalib.org + floridakeys.noaa.gov, ' +
      'the children\'s librarian asked, e-mail by Thursday, done -04:00', [
    [0, 'p', 'my daughter (6) is nervous about snorkeling on our trip to the keys in april. any picture books that might help ' +
        'her get used to the idea?'],
    [19, 'l', "Hi! Welcome to Ask a Librarian — I'm Nora at St. Mary's County Library."],
    [25, 'l', "So you're looking for a picture book that shows a little one what snorkeling is like, to ease her nerves before " +
        "the trip. Let me see what we have!"],
    [33, 'p', 'yes exactly, thank you'],
    [80, 'l', "'Night Dive' by Ann McGovern follows a girl diving with her mom and shows what you see underwater, and Leo " +
        "Lionni's 'Swimmy' is a gentle one about a little fish on a reef; both are in our catalog at stmalib.org. For the real " +
        "thing, the Florida Keys National Marine Sanctuary has snorkeling tips for families at floridakeys.noaa.gov."],
    [86, 'l', "Our children's librarian knows the newer picture books better than I do, so I'll ask her for a few more titles " +
        "and e-mail you the list by Thursday. What's the best e-mail for you?"],
    [110, 'p', 'kbrennan.family@example.com'],
    [116, 'l', 'Thanks — kbrennan.family@example.com. In the meantime, do those two sound like what you were looking for?'],
    [150, 'p', "yes! perfect, that's all I needed. thank you!!"],
    [156, 'l', "You're so welcome — thanks for chatting, and have a wonderful trip!"],
  ], usual({ contact: 'pass', onTime: 'pass' }),
  { ...FU_ME, followUps: [{ doneAt: '2026-03-05T11:01:00-04:00' }] }, { now: T0 + 5 * DAY }),

  // 13 no source: advice from memory, agencies and an app named with no way to reach them
  s(RAY, '13 how long and how much for Open Water around Baltimore: the course asked, the answer from memory with PADI, NAUI, ' +
      'SSI and "the PADI app" named (no source)', [
    [0, 'p', 'how long does it take to get scuba certified and how much does it cost roughly'],
    [20, 'l', "Hi there, you've reached AskUsNow! I'm Ray, one of the librarians."],
    [26, 'l', 'Are you asking about the basic Open Water certification, and would you be doing it here in Maryland?'],
    [48, 'p', 'yes and yes, baltimore area'],
    [57, 'l', "Most people finish Open Water in two or three weekends: the theory online or in a classroom, about five pool " +
        "sessions, then four open water dives, which in Maryland usually means a quarry trip once the water warms up. Around " +
        "here the course tends to run from a few hundred dollars up to about $700, and gear rental and quarry entry can be " +
        "extra. PADI, NAUI and SSI all offer it and any of the three is recognised worldwide; if you go with PADI, the theory " +
        "part can be done in the PADI app."],
    [63, 'l', 'Did that help?'],
    [90, 'p', 'yeah that gives me an idea. thats all i needed, thanks!'],
    [95, 'l', "You're welcome — thanks for chatting, and good luck!"],
  ], usual({ source: 'fail' })),

  // 14 an offer of more (not the completeness question), "Feel free to reach out again …", a promise coded Answered
  s(LUIS, '14 snorkeling with -4 glasses: dan.org, "Would you like me to find some stores …?", "I\'ll look into it and send you ' +
      'a list" (no time), coded Answered, "Feel free to reach out again"', [
    [0, 'p', 'i wear glasses, can i even snorkel? what do people do'],
    [21, 'l', "Hello and welcome! I'm Luis, a librarian at Dorchester County Public Library."],
    [27, 'l', 'Do you wear them for distance, or mostly for reading?'],
    [52, 'p', 'distance, im pretty nearsighted like -4'],
    [60, 'l', "You have a few options: many masks take drop-in corrective lenses, some people snorkel in soft contacts, and you " +
        "can order a mask with lenses made to your prescription. Divers Alert Network has an article on vision correction for " +
        "divers and snorkelers at dan.org (search 'vision')."],
    [66, 'l', 'Would you like me to find some stores that sell prescription masks?'],
    [95, 'p', 'sure that would be great'],
    [101, 'l', "Ok! I'll look into it and send you a list. What's your email?"],
    [120, 'p', 'its tanya.r88@example.com'],
    [126, 'l', 'Got it. Feel free to reach out again if anything else comes up!'],
    [140, 'p', 'ok cool'],
    [145, 'l', 'Bye for now, happy snorkeling!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 15 two parties referred in one message, both with contacts; four chats open at once
  s(CHLOE, '15 a try-scuba night in PG County: one-time or weekly asked, Parks aquatics by phone + pgparks.com and the Patuxent ' +
      'Dive Club by e-mail, four chats open at once', [
    [0, 'p', 'do any pools in PG county do try-scuba nights? me and my husband want to try it before paying for a whole course'],
    [18, 'l', "Hi there! This is Chloe, a librarian with Prince George's County Memorial Library System."],
    [24, 'l', 'Are you looking for a one-time try-it session, or a beginner class that meets every week?'],
    [55, 'p', 'one time try it'],
    [63, 'l', "That's usually called a 'Discover Scuba' or try-scuba night. Two places to ask: the Department of Parks and " +
        "Recreation's aquatics office runs the county pool programs — call them at 301-555-0119 or see pgparks.com — and the " +
        "Patuxent Dive Club holds try-scuba nights with local instructors: e-mail them at info@patuxentdiveclub.org. Does that " +
        "help?"],
    [100, 'p', "yes perfect, we'll call parks first"],
    [106, 'l', 'Sounds good! Is there anything else I can help with?'],
    [125, 'p', "no that's it, thank you"],
    [130, 'l', 'Have fun with your first breaths underwater — thanks for chatting!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('ch1', 'chloe-sc', -100, 200), other('ch2', 'chloe-sc', 40, 180), other('ch3', 'chloe-sc', 90, 400)],
  }),

  // 16 "chats are limited to 10 minutes"
  s(GIDEON, '16 who invented scuba, a 10th-grade report: The Silent World + Britannica School, then "chats are limited to 10 ' +
      'minutes … I have to end the session here. Bye."', [
    [0, 'p', 'hi i need sources for a report on who invented scuba, was it jacques cousteau?'],
    [17, 'l', "Hi, I'm Gideon at Washington County Free Library. Thanks for writing in!"],
    [23, 'l', 'What grade is the report for, and do you need a print book or are websites okay?'],
    [52, 'p', '10th grade. websites ok but i need at least 1 book'],
    [60, 'l', "Cousteau co-invented the Aqua-Lung with the engineer Émile Gagnan in 1943, though earlier designs go back to Yves " +
        "Le Prieur in the 1920s. For your book, Cousteau's own 'The Silent World' is in our catalog at wcfl.org, and Britannica " +
        "School (free with your card at wcfl.org > Research) has an article on the Aqua-Lung you can cite. Does that help?"],
    [95, 'p', 'yes thanks, reading it now'],
    [100, 'l', 'Great, take your time with it!'],
    [560, 'p', 'ok back. can you help me with my citations? and i also have a science question about boyles law and pressure ' +
        'underwater'],
    [566, 'l', "Sorry, chats are limited to 10 minutes and we've reached the limit, so I have to end the session here. Bye."],
    [580, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 the allowed ending: other patrons waiting, come back later
  s(ISAAC, '17 a first shore-diving trip to Bonaire, then a list: stinapa.org + Lonely Planet in the catalogue, "a few other ' +
      'patrons waiting … please log back on later"', [
    [0, 'p', 'hi! planning a shore diving trip to bonaire in april, first time doing shore dives. what do i need to know?'],
    [20, 'l', "Hi! I'm Isaac, a librarian at Cecil County Public Library. Happy to help you plan."],
    [26, 'l', 'How many logged dives do you have so far, and will you dive with a buddy you know?'],
    [60, 'p', 'about 25 dives, going with my wife who also dives'],
    [70, 'l', "Bonaire's whole coastline is a marine park, so every diver pays the nature fee and does an orientation with a " +
        "dive operator before the first dive. STINAPA, which manages the park, explains the fee and the rules at stinapa.org, " +
        "and Lonely Planet's 'Diving & Snorkeling Bonaire' is in our catalog at cecilcountylibrary.org for the sites. Does that " +
        "help?"],
    [110, 'p', "yes!! also: do we need a rental truck, what about tanks, is it safe to leave stuff in the truck, best sites for " +
        "turtles, night dives, and what are the salt pier rules?"],
    [118, 'l', "Those are all good ones! I have a few other patrons waiting right now, so I'll stop here for now, but please log " +
        "back on later and one of us will be glad to go through the rest with you."],
    [140, 'p', 'oh ok no problem'],
    [145, 'l', 'Thanks for understanding, and enjoy Bonaire!'],
  ], usual({ anything: 'fail' })),

  // 18 the end of a shift with a way back; no code field; e-mail given, "by tomorrow at noon", fail at 72 h 1 min
  s(WENDELL, '18 freshwater stream snorkeling in Maryland: nanfa.org + dnr.maryland.gov, "My shift is ending … e-mail you … by ' +
      'tomorrow at noon", no code field, not done at 72 h 1 min', [
    [0, 'p', 'is there anywhere in maryland to snorkel?? like freshwater. i saw a video of people snorkeling in streams looking ' +
        'at fish'],
    [23, 'l', 'Hey, good morning! Wendell here, librarian at Kent County Public Library.'],
    [29, 'l', 'Is this for you or with kids, and how far are you willing to drive?'],
    [61, 'p', 'me and my teenage son, anywhere in the state really'],
    [70, 'l', "Stream snorkeling is a real hobby! The North American Native Fishes Association has a how-to with safety tips at " +
        "nanfa.org, and Maryland DNR's Biological Stream Survey pages at dnr.maryland.gov describe which streams hold darters, " +
        "sunfish and trout. Is that the sort of thing you needed?"],
    [105, 'p', 'yes! do you know specific spots though, with public access?'],
    [114, 'l', "I don't want to guess on access. My shift is ending in a few minutes, so I'll check DNR's public access maps and " +
        "e-mail you a few spots by tomorrow at noon. What's your e-mail? And you can always chat back in anytime if you need " +
        "something sooner."],
    [140, 'p', "great, it's mike.hollis@example.org"],
    [146, 'l', 'Perfect, thanks! Anything else before I sign off?'],
    [160, 'p', "nope, we're good. thanks!"],
    [165, 'l', 'Enjoy the streams, and thanks for chatting!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'fail' }),
  { resolutionCode: undefined }, { now: T0 + (170 + 72 * HOUR + 60) * 1000 }),

  // 19 two parties in one message, one with a phone and one with none; "Hope that helps!"; goodbye 119 s after the answer
  s(AMARA, '19 training as a commercial diver from Stevensville: bls.gov/ooh, the Divers Institute by phone + Chesapeake ' +
      'College\'s counselor (no contact), "Hope that helps!", goodbye at 119 s', [
    [0, 'p', "my son (17) wants to be a commercial diver, like underwater welding. where do you even train for that? we're in " +
        "stevensville"],
    [18, 'l', "Hi! I'm Amara, a librarian at Queen Anne's County Library."],
    [24, 'l', 'Is he finishing high school this year, and is he open to moving away for a program?'],
    [55, 'p', "graduates in june, yes he'd move"],
    [63, 'l', "Commercial diving schools are mostly out of state. The Occupational Outlook Handbook's page on commercial divers " +
        "(bls.gov/ooh, search 'commercial divers') covers training, pay and job outlook. For programs, he could call the " +
        "admissions office at the Divers Institute of Technology in Seattle at 206-555-0150, and also talk to the career " +
        "counselor at Chesapeake College about welding certificates he could start closer to home. Hope that helps!"],
    [182, 'l', 'Thanks for chatting, and best of luck to your son!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 20 a check-in and a goodbye exactly 120 s after the answer
  s(PAUL, '20 wetsuit thickness for September in the Bay off Solomons: buoybay.noaa.gov, "Are you still there?" at 140, goodbye ' +
      'at 178 (120 s)', [
    [0, 'p', 'what thickness wetsuit for diving in the chesapeake in september'],
    [21, 'l', "Good afternoon! I'm Paul, a librarian with the Somerset County Library System."],
    [27, 'l', 'Will you be diving from a boat in the Bay itself, or in one of the rivers?'],
    [50, 'p', 'the bay, off solomons'],
    [58, 'l', "Bay water is usually still in the mid-70s °F in September, so most divers are comfortable in a 3 mm or 5 mm full " +
        "suit, though it gets colder below the thermocline. NOAA's Chesapeake Bay Interpretive Buoy System at buoybay.noaa.gov " +
        "gives the live water temperature at the buoys near Solomons. Is that what you were looking for?"],
    [140, 'l', 'Are you still there?'],
    [178, 'l', "I'll go ahead and close this chat. Thanks for using Ask a Librarian — come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 21 the question inside the first source's message; a check-in and no goodbye, ended 179 s after the answer
  s(VERA, '21 where Maryland shops do checkout dives: padi.com/dive-shops and "Are you in the Cumberland area …?" in one ' +
      'message, "Hi, are you still there?", ended at 179 s', [
    [0, 'p', 'where do maryland dive shops take people for their open water checkout dives? want to know before i sign up'],
    [16, 'l', "Hello! Vera here, with Allegany County Library System's Ask a Librarian."],
    [22, 'l', "Most Maryland shops do checkout dives at inland quarries in Virginia and Pennsylvania from May to October, since " +
        "the Bay is murky. The PADI dive shop locator at padi.com/dive-shops lists the shops near you, and each shop's page says " +
        "which quarry it uses. Are you in the Cumberland area, or somewhere else in the state?"],
    [50, 'p', 'cumberland'],
    [57, 'l', 'Then the closest shops are in Cumberland and Hagerstown, and both usually head to quarries in Pennsylvania for ' +
        'checkouts. Is that helpful?'],
    [207, 'l', 'Hi, are you still there?'],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 29 }),

  // 22 a check-in, then a notice that invites back 170 s after the answer
  s(TESSA, '22 ears hurting at the bottom of the pool before scuba lessons: dan.org, "Are you still with me?" at 190, "… I\'ll ' +
      'close this chat now. Please come back anytime" at 235 (170 s)', [
    [0, 'p', "my ears hurt really bad when i swim down to the bottom of the deep end. i'm starting scuba lessons next month, " +
        "will that be a problem"],
    [19, 'l', 'Hi there! Tessa here, a librarian at Talbot County Free Library.'],
    [25, 'l', 'Do they hurt only on the way down, or also after you come up?'],
    [57, 'p', 'on the way down, then fine'],
    [65, 'l', "That's the water pressure pushing on your eardrum as you go deeper. Scuba students learn to 'equalize' early and " +
        "often on the way down, by pinching the nose and blowing gently or by swallowing. Divers Alert Network's article on " +
        "equalizing at dan.org walks through the techniques, and your instructor will practise them with you in the pool. Does " +
        "that help?"],
    [190, 'l', 'Are you still with me?'],
    [235, 'l', "It looks like you may have stepped away, so I'll close this chat now. Please come back anytime if you have more " +
        "questions!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 23 a check-in, then a notice with thanks exactly 180 s after the answer
  s(NIKO, '23 buy or rent a dive computer after certification: scubadiving.com + Libby, "Just checking — are you still there?", ' +
      '"… it seems you\'ve disconnected … Thanks" at 180 s', [
    [0, 'p', 'should i buy a dive computer or rent one? just got certified'],
    [24, 'l', "Hi, welcome to AskUsNow! I'm Niko, a librarian."],
    [30, 'l', 'How often do you think you will dive in the next year?'],
    [60, 'p', 'maybe 2 trips'],
    [69, 'l', "For two trips a year, a basic wrist computer is often worth buying once you know you'll keep diving: you learn " +
        "one display and keep your own dive log. Scuba Diving magazine's yearly gear tests at scubadiving.com compare the " +
        "entry-level models, and you can read the magazine free in the Libby app (libbyapp.com) with a library card. Did that " +
        "help?"],
    [200, 'l', 'Just checking — are you still there?'],
    [249, 'l', "Since I haven't heard back, it seems you've disconnected, so I'll end this session. Thanks for chatting with " +
        "AskUsNow!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 24 a notice with no check-in and no thanks; the patron left
  s(ZARA, '24 sea nettle stings while snorkeling at Sandy Point: dnr.maryland.gov + medlineplus.gov, the patron leaves, "It ' +
      'looks like you\'ve disconnected …" with no check-in or thanks', [
    [0, 'p', 'what do you do for a sea nettle sting? taking the kids snorkeling at sandy point tomorrow'],
    [15, 'l', 'Hello, this is Zara at Carroll County Public Library.'],
    [21, 'l', 'Are you asking about first aid after a sting, how to avoid them, or both?'],
    [44, 'p', 'both pls'],
    [52, 'l', "Maryland DNR's sea nettle page at dnr.maryland.gov explains when they show up in the Bay (usually from late June, " +
        "once the water warms) and how to check the forecast, and MedlinePlus has first-aid steps for jellyfish stings at " +
        "medlineplus.gov (search 'jellyfish stings'). A thin full-length rash guard also helps keep them off. Does that cover it?"],
    left(200),
    [260, 'l', "It looks like you've disconnected, so I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' }), { endAfter: 10 }),

  // 25 partly Spanish: a check-in and a notice that does not say the chat will end, 190 s after the answer
  s(OMAR, '25 qué es nitrox, the resort in Cancún offers it (partly Spanish): naui.org + the NOAA Diving Manual, "Hello? ¿Sigue ' +
      'ahí?", "Looks like you may have gotten disconnected — thanks …" (190 s)', [
    [0, 'p', 'hola, que es nitrox? el resort en cancun lo ofrece gratis, do i need another certification?'],
    [22, 'l', '¡Hola! I\'m Omar, a librarian at Caroline County Public Library. Puedo responder en español si prefiere.'],
    [28, 'l', '¿Ya tiene la certificación Open Water?'],
    [47, 'p', 'si, open water. english is fine too'],
    [55, 'l', "Nitrox is air with extra oxygen, usually 32%, which lets you stay down longer on repeat dives, but you need a " +
        "short Enriched Air course first: you learn to analyze your tank and to respect a shallower maximum depth. Many resorts " +
        "run it in an afternoon. NAUI explains the course at naui.org (Courses > Nitrox Diver), and the NOAA Diving Manual in " +
        "our catalog (carolib.org) covers the science. ¿Le sirve?"],
    [190, 'l', 'Hello? ¿Sigue ahí?'],
    [245, 'l', 'Looks like you may have gotten disconnected — thanks for stopping by, and come back anytime! ¡Buen buceo!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 26 a true Lost Call
  s(FELIX, '26 shore diving at the Ocean City inlet (Lost Call): the greeting only, "Are you still there?" at 150, a notice with ' +
      'thanks at 300', [
    [0, 'p', 'can you shore dive at the ocean city inlet?'],
    [26, 'l', 'Hi there! Felix here, a librarian at Worcester County Library.'],
    [150, 'l', 'Are you still there?'],
    [300, 'l', "It seems you've disconnected, so I'm closing this chat now. Thanks for reaching out — come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na',
    dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na',
    onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 Lost Call after two patron lines, both before pickup
  s(GRACE, '27 how deep with an Open Water card (Lost Call): "hello??" at 30, the greeting at 45, a check-in, a notice with ' +
      'thanks; two patron lines', [
    [0, 'p', 'how deep can you go with an open water cert'],
    [30, 'p', 'hello??'],
    [45, 'l', "Hello, thanks for waiting! I'm Grace, a librarian with AskUsNow!."],
    [175, 'l', 'Are you still there?'],
    [240, 'l', "I haven't heard back, so it looks like you've disconnected and I'll be ending this chat. Thanks, and feel free " +
        "to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na',
    dismissal: 'pass', courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na',
    onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 no provider ever joined; the code empty
  s(QUEUE, '28 tank fills and hydro in Hagerstown: no provider ever joined, "??", "never mind found a shop", patron left, ' +
      'code ""', [
    [0, 'p', 'do u know where i can get my scuba tanks filled in hagerstown? mine are due for hydro too'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    [140, 'p', '??'],
    [260, 'p', 'never mind found a shop'],
    left(266),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na',
    dismissal: 'na', courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na',
    onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: '' }),

  // 29 Practice
  s(TRAINEE, '29 practice chat (dive shop locator macro): coded Practice, every check na', [
    [0, 'p', 'PRACTICE — testing the dive shop locator macro'],
    [10, 'l', 'Practice reply: the PADI dive shop locator is at padi.com/dive-shops'],
    [22, 'p', 'ok thx, ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 a transfer with a notice and a note; a referral inside it; concurrency over the parts each provider handled
  s(LEONARD, '30 keeping artifacts from an 1880s schooner wreck: "I\'m going to transfer you to her", a note why, Ines, ' +
      'mgaleg.maryland.gov + the Trust via mht.maryland.gov; parts judged apart', [
    [0, 'p', 'if i find stuff on an old shipwreck in the chesapeake while diving, am i allowed to keep it? like bottles or a ' +
        'porthole'],
    [19, 'l', "Hi there, welcome to AskUsNow! I'm Leonard, a librarian with the statewide service."],
    [25, 'l', 'Is the wreck in Maryland waters, and do you know roughly how old it is?'],
    [58, 'p', 'maryland, its a schooner from like the 1880s, potomac side'],
    [66, 'l', "That's a question about state law, and a law librarian from the State Law Library is online right now — I'm going " +
        "to transfer you to her so she can point you to the actual statute. One moment, please."],
    [69, 'i', 'Ines, could you take this one? Diver asking whether he can keep artifacts from an 1880s schooner wreck in MD ' +
        'waters (Potomac side). Needs the submerged archaeological property law. Thanks!'],
    xfer(72, 'Ines', 'ines-sc'),
    [118, 'l', "Hello! I'm Ines, a law librarian at the Maryland State Law Library. Thanks for your patience.", as(INES)],
    [126, 'l', "Historic shipwrecks on Maryland's bottomlands are protected by the Maryland Submerged Archaeological Historic " +
        "Property Act, and taking artifacts from them without a permit isn't allowed. You can read the Act free at " +
        "mgaleg.maryland.gov (search 'submerged archaeological'). If you'd like to report the wreck or ask about a permit, " +
        "contact the Maryland Historical Trust's maritime archaeology program through mht.maryland.gov.", as(INES)],
    [132, 'l', 'Does that answer your question?', as(INES)],
    [165, 'p', "yeah, guess i'll just take pictures lol. thats all i needed, thanks"],
    [171, 'l', 'Photos are the way to go! Thanks for chatting, and safe diving.', as(INES)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('le1', 'leonard-sc', -200, 50), other('le2', 'leonard-sc', 10, 300), other('le3', 'leonard-sc', 80, 400),
      other('le4', 'leonard-sc', 100, 500),
      other('in1', 'ines-sc', -300, 600), other('in2', 'ines-sc', 60, 250),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SCUBA.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-sixth round: scuba diving, snorkeling and dive certification, checked', () => {
  describeSessions('whole sessions', SCUBA.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SCUBA.filter((c) => c.name in LEFT_WHY));
});
