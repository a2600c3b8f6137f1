/**
 * Eighty-seventh round, theme FALCONRY, RAPTORS AND WILDLIFE REHABILITATION, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: falconry (an apprentice permit at 15 in Harford County,
 * falconry seasons for a new apprentice's red-tail, training books for a first passage red-tail, a 1978 Hawk Chalk article
 * on peregrine hacking, falconry in colonial Maryland for a club newsletter, a grandfather who flew a peregrine downtown in
 * the 1950s), raptors (the fall hawk migration near Baltimore, a bald eagle nest cam for a grandson, the fastest bird for
 * trivia night, Cooper's or sharp-shinned at a Hagerstown feeder, osprey facts for a 6th-grade report, a great horned owl
 * project, a 2 a.m. hooting owl in Cambridge, a barn owl box near Centreville, a kestrel box near Salisbury in Spanish, owl
 * pellets for a Glen Burnie class, a found hawk feather, a hawk as a pet, Scarlett the 1980s peregrine on 100 Light
 * Street, live raptor programs for kids, Girl Scouts and Cub Scouts) and wildlife rehabilitation (an injured hawk in a
 * Silver Spring yard in Spanish, a fledgling owl in Easton partly in Spanish, an owl that will not fly in Annapolis, a hurt
 * hawk at Oregon Ridge, becoming a songbird rehabber, volunteering near Cumberland, raptor admission numbers for a paper).
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/falconry-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 17-26 s in most; exactly 60 s (03: pass); the first line 52 s after the question but `startedAt` 9 s before
 *   it (04: 61 s, fail); `pickedUpAt` at 57 s with the first visible line at 70 s (05: pass on the recorded pickup); no
 *   provider ever, only the queue's system line (25: fail);
 *  greeting: name and library in one line (most), Spanish "¡Hola! Le saluda Marisela, bibliotecaria de …" (02) and "¡Hola!
 *   Soy Beatriz, bibliotecaria de …" (20), bilingual "Hi! Soy Lucía, bibliotecaria de Talbot County Free Library." (16),
 *   "Hi, and congrats on the permit!" then "I'm Dev, a librarian with …" (06: two lines), "Hi, thanks for contacting
 *   Carroll County Public Library! I'm Carl" (10), the service only with "a librarian" (22, 24, 28, 30); "Hello!" then a
 *   question, no one named (13: fail); "Russ, AskUsNow! librarian." with no greeting word (14: fail); na (25, 26);
 *  keep_informed: a hold at 63 answered at 184 with an internal note at 130 in between (06: 121 s, fail); two holds of
 *   exactly 120 s, the second a partial result ("Still searching: I have a 1954 item …"), the patron's "oh wow!!" inside
 *   it (07: pass); the patron's questions at 100 and 160 answered at 231 (08: 131 s from the first, fail); "No hurry —
 *   take your time." and the patron back 190 s later (27: waiting on the patron, pass); transfer notices answered 37 s (22)
 *   and 46 s (30) later, a silent transfer 47 s (17), "Sure, one sec." answered 54 s later (22); the patron's last line
 *   open to the end (13, 14, 16: "???" then 220 s to the patron leaving); na (24, 25, 26);
 *  clarify: questions on sponsor, pets nearby, weekend, class size, the grandson's age, public or private land, name and
 *   year, home or center, size at the feeder, grade, feathers or fluff (Spanish and English), outing or program, title or
 *   author, handling or care, open field (Spanish), the sound, safety of the spot, a drooping wing, publication or class,
 *   branch and date, deadline, gift or project; the restatement "So you need practical training books …" (10); the answer
 *   straight after the greeting (09: fail); the question inside the first message that gives a source (11: fail); no
 *   source ever and the kind of bird asked after the answer (12: pass); the question inside the greeting line (23);
 *  source: dnr.maryland.gov, fws.gov, hcplonline.org, bcpl.info, aacpl.net, calvertlibrary.info, prattlibrary.org,
 *   library.carr.org, hclibrary.org, wcfl.org, ccplonline.org, hawkcount.org, carolina.com, kidwings.com, eagles.org,
 *   chesapeakeconservancy.org, allaboutbirds.org, nestwatch.org, chesapeakebay.net, n-a-f-a.com, owlmoon.org,
 *   aomol.msa.maryland.gov, charlescountyparks.com, ProQuest Historical Newspapers, Britannica School, Academic Search
 *   Complete, named books (The Falconer's Apprentice, North American Falconry and Hunting Hawks, Hawks in Flight, Owl Puke,
 *   Hawks at a Distance, Owls of North America, The Kings and Their Hawks), a rehabilitator's or a hotline's phone (02, 23);
 *   none: the law explained from memory, "the Migratory Bird Treaty Act" and "the U.S. Fish and Wildlife Service" named
 *   with no way to reach them (12: fail);
 *  completeness: "Does that answer your question?", "¿Le sirve esta información?", "Is that what you were looking for?",
 *   "Did that help?", "Does this completely answer your question?", "Does that help so far?", "Will those work for you?",
 *   "Does the NAFA page get you started?", "¿Le ayudó?", "¿Le sirve?", "Does that answer it?", "does the Owl Moon page
 *   help?", "Did the Academic Search tip help for the causes part?", "Is that what you were after?", in the answer's own
 *   message (08, 09, 10, 11, 14, 15, 16, 19, 20, 21, 22, 30); the offer "Would you like me to look up a local bird club …
 *   too?" (13: fail); "Hope this helps!" (17: fail); none, the patron gone (23: fail);
 *  anything else: asked ("¿Hay algo más en que le pueda ayudar?", "Anything else I can look up for you?", "Can I help you
 *   with anything else today?", 02, 03, 04, 05, 15); the patron's "thats everything", "no more questions", "that's all I
 *   needed", "that's everything", "that's all", "thats all i wanted to know for now", "i'm all set, that was my only
 *   question", "that's everything for now", "thats all i need for now"; near misses "Feel free to come back anytime if
 *   anything else comes up." then "ok ty" (13: fail), "awesome thank u" (17), "wow ok" (14), no reply (idle cases);
 *  dismissal: "Your time is up for this chat, sorry. Goodbye." (14: fail); "Lo siento, mi turno se terminó y tengo que
 *   cerrar el chat ahora." (16: fail); "several other people waiting in the queue … log back on later" (15: allowed);
 *  courteous: goodbyes in English and Spanish, "Feel free to come back anytime …" (13), a notice that thanks (23, 24); the
 *   last two provider lines an answer and the shift-end line (16: fail), "¿Sigue ahí?" and "Parece que se desconectó, así
 *   que voy a cerrar el chat." (20: fail);
 *  final idle: a goodbye 120 s after the greeting, the patron never writing after it (09: idle fails, though only 108 s
 *   after the answer); "You're welcome!" then a goodbye 119 s later (17: na); a check-in and a notice that invites back at
 *   exactly 180 s (19: both pass); a Spanish check-in and a notice with no goodbye, ended 181 s after the answer (20: both
 *   pass); a check-in and a goodbye at 179 s (21: idle passes, notice na); "Sure, one sec.", the answer 54 s later, a
 *   check-in and a goodbye 150 s after the answer (22: idle passes, notice na; 204 s counted from the hold); "In case
 *   you've stepped away: …" (no question) and a notice with thanks 261 s after the greeting (23: idle fails, notice
 *   passes); "Hi, are you still there?" and "It looks like you've been disconnected. Thanks for using AskUsNow!" with no
 *   word of ending, 304 s (24: idle passes, notice fails); the patron's last line the last visible one (13, 14, 16);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 30 to 100 s (09: four, fail); a transfer where the receiver has three others open with it from
 *   200 to 250 s (17: fail in the receiver's part); a transfer where the first provider's two others that start after the
 *   transfer are outside her part (30: pass, four if judged over the whole session);
 *  codes: Answered; no code field (05: na); a deployment's own code "Answered - Referred" (08: pass); "" (16: fail); Lost
 *   Call with one patron line (24: pass) and two (23: fail); null with no provider (25: fail); Practice (26: all na);
 *   Follow-up by me with no contact anywhere (12: fail); Follow-up by me with the e-mail only in `patron.email` (18: pass);
 *   a promise coded Answered (29: fail);
 *  follow-ups: FU_ME on a Friday, e-mail typed and read back, "by Monday afternoon", done Monday 10:50 EDT, 71 h 44 min
 *   after the end across the change to daylight time (27: pass, only if offsets are honoured); FU_LIB, phone typed with
 *   spaces and read back with dashes, "within 72 hours", not recorded at day 1 (28: pending); a promise coded Answered,
 *   e-mail read back, "by Wednesday", not recorded at day 4 (29: code and on_time fail, contact passes); FU_ME, "I'll check
 *   with a colleague … and get back to you", no contact, no time, not recorded at day 1 (12: contact fails, pending); FU_ME,
 *   interlibrary loan staff to "get back to you", no time, the e-mail only in `patron.email`, done exactly 72 h after the
 *   end (18: contact fails, on_time passes);
 *  referrals: the Maryland Falconers Association through its site (01), Owl Moon by phone (02, Spanish), three parties in
 *   one message, each with a URL, phone or e-mail (08: pass), a rehabilitator by phone and URL and the Natural Resources
 *   Police by phone (22), the DNR hotline by phone (23), Owl Moon's request form (28); "your county's Soil Conservation
 *   District office … worth a call" (11: fail); three parties in one message, the third "ask at Rocky Gap State Park's
 *   nature center" with no contact (19: fail); not referrals: a park named as the place to watch hawks (03), a supplier's
 *   website (04), Special Collections consulted (07), a colleague (12), interlibrary loan staff (18), the branch asked to
 *   call the patron (28), DNR asked for figures on her behalf (29);
 *  transfers: a note saying why, then the transfer, no word to the patron (17: fail); the notice, then "Can you take this
 *   one? Thx" (22: no reason, fail); the notice and a note saying why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 57 s, pass, though the first visible line came at 70 s (05);
 *   pickup time is counted from `startedAt`, not from the patron's first line (04: 61 s);
 * - "Russ, AskUsNow! librarian." identifies but greets no one (14: fail); "Hello!" greets but no one is identified in the
 *   first two provider lines (13: fail);
 * - "Let me see what we have." (10), "Sure, one sec." (22) and a transfer notice (22, 30) are holds; "Still searching: I
 *   have a 1954 item … and I'm going through 1953 as well." gives a partial result and says the search goes on (07: a hold);
 *   "No hurry — take your time." is not a hold (27);
 * - "longer than `silenceSeconds`" is strict: two spans of exactly 120 s pass (07); an internal note does not end a wait on
 *   the provider (06: 121 s) and a second patron line does not restart one (08: 131 s);
 * - a question in the same message as the first source is not "before the first message that gives a source" (11: fail);
 *   with no source ever given, the kind of bird asked after the answer counts (12: pass);
 * - a law named as the reason for the answer ("federal law (the Migratory Bird Treaty Act)") is not a source pointed to
 *   for the patron to use, and "The U.S. Fish and Wildlife Service enforces it" names an organisation with no way to reach
 *   it and does not tell the patron to contact it (12: source fails, no referral);
 * - "Does the NAFA page get you started?" (18), "Does that answer it?" (21) and "does the Owl Moon page help?" (28) ask
 *   whether what was given meets the need; "Hope this helps!" asks nothing (17: fail); "Would you like me to look up a local
 *   bird club …?" offers something not yet given (13: fail);
 * - "i'm all set, that was my only question" (18), "thats all i wanted to know for now" (12), "eso es todo" (02, also
 *   asked) and "that's all" (11) say explicitly that the patron is done; "ok ty", "awesome thank u" and "wow ok" do not;
 *   "Feel free to come back anytime if anything else comes up." invites back but does not ask (13: fail, courteous passes);
 * - "Your time is up for this chat, sorry. Goodbye." fails the dismissal and still says goodbye (14: courteous passes); "mi
 *   turno se terminó y tengo que cerrar el chat ahora" ends the help for the provider's convenience with no way back (16);
 * - the final idle starts at the first provider line after the patron's last visible line that is not a hold: the
 *   greeting (09: 120 s, applies, though the answer came 12 s later), the answer after "Sure, one sec." (22: 150 s); a
 *   goodbye ends it, and "You're welcome!" is not one (17: 119 s, from "You're welcome!" to the goodbye);
 * - "Looks like you've stepped away, so I'll end the chat here. Thanks …" (21), "It looks like you may have disconnected, so
 *   I'll close this chat now. Feel free to come back anytime!" (19) and "It looks like you've been disconnected. Thanks for
 *   using AskUsNow!" (24) thank or invite back and ask nothing: goodbyes that end the idle; "Parece que se desconectó, así
 *   que voy a cerrar el chat." announces the end only, so the idle runs to `endedAt` (20: 181 s);
 * - "It looks like you've been disconnected. Thanks for using AskUsNow!" says the patron seems disconnected but not that
 *   the session will end (24: notice fails); "In case you've stepped away: …" asks nothing (23: no check-in);
 * - a code field left out (undefined) means the source has no codes (05: na); a code the deployment configures,
 *   "Answered - Referred", is a code (08: pass);
 * - "I'll check with a colleague … and get back to you" (12), "I'll also ask our interlibrary loan staff … and get back to
 *   you" (18), "Someone from … Thurmont branch will call you within 72 hours" (28) and "I'll request the latest figures from
 *   DNR and e-mail them to you by Wednesday" (29) are promises: follow-up sessions; the staff and offices named there act
 *   on the patron's behalf, so they are not referrals;
 * - "pending: not yet recorded and the deadline has not passed" holds even when no contact is known (12);
 * - "within `followUpHours` elapsed hours" includes the end point: a follow-up recorded exactly 72 h after the end passes
 *   (18); 2026-03-09T10:50:00-04:00 is 71 h 44 min after 2026-03-06T10:05:41-05:00 (27: pass);
 * - a place named as where to watch hawks (Washington Monument State Park, 03) and a supplier's website to order from
 *   (carolina.com, 04) are not parties the patron is told to contact or visit; "you could also ask at Rocky Gap State
 *   Park's nature center" (19) and "your county's Soil Conservation District office … worth a call" (11) are;
 * - a transfer's internal note must say why: "Can you take this one? Thx" does not (22: fail), though the visible notice
 *   gives a reason; a note that says why with no word to the patron fails too (17);
 * - concurrency in a transferred session: each provider judged over the part they handled, the first up to the transfer
 *   and the receiver from it to the end (17: Kim at four from 200 to 250 s, fail; 30: June at three before 68 s, pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/falconry-labels.ts). First run as labelled / disagreeing: 27 / 3 (11, 13, 19); no case scored differently
 * once redacted and no check ended "could not be evaluated" (the three LEFT cases checked the same way by hand). Label
 * corrections: none (each disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY,
 * message numbers 0-based as in the scorer's evidence: "your county's Soil Conservation District office … worth a call",
 * an office to call with no way to reach it, not read as a referral, 11; the patron's "no im good", declining the offer
 * of a bird club, read as saying on their own that they were done, 13; the third of three parties, "ask at Rocky Gap State
 * Park's nature center", with no way to reach it, missed, so the referral passes, 19).
 * NOTE (rubric v74, block AN): 11 runs now ("…, so they're worth a call for local tips" refers to the office, AN4): 28 running,
 *   2 LEFT (13, 19).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

/** Friday 6 March 2026, 10:00 EST, in seconds after T0 (the weekend before the clocks go forward on 8 March). */
const FRI = 4 * 86_400;

const LEAH: Prov = { id: 'leah-fc', name: 'Leah', library: 'HCPL-MD' };
const MARISELA: Prov = { id: 'marisela-fc', name: 'Marisela', library: 'MCPL' };
const OMAR: Prov = { id: 'omar-fc', name: 'Omar', library: 'BCPL' };
const PRIYA: Prov = { id: 'priya-fc', name: 'Priya', library: 'AACPL' };
const GWEN: Prov = { id: 'gwen-fc', name: 'Gwen', library: 'CALVERT' };
const DEV: Prov = { id: 'dev-fc', name: 'Dev', library: 'FCPL-MD' };
const INES: Prov = { id: 'ines-fc', name: 'Ines', library: 'EPFL' };
const TARIQ: Prov = { id: 'tariq-fc', name: 'Tariq', library: 'PGCMLS' };
const NOOR: Prov = { id: 'noor-fc', name: 'Noor', library: 'AUN' };
const CARL: Prov = { id: 'carl-fc', name: 'Carl', library: 'CCPL-CA' };
const SOFIA: Prov = { id: 'sofia-fc', name: 'Sofia', library: 'QACL' };
const HANK: Prov = { id: 'hank-fc', name: 'Hank', library: 'KCPL-MD' };
const BETH: Prov = { id: 'beth-fc', name: 'Beth', library: 'WCFL' };
const RUSS: Prov = { id: 'russ-fc', name: 'Russ', library: 'AUN' };
const YARA: Prov = { id: 'yara-fc', name: 'Yara', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-fc', name: 'Lucía', library: 'TCFL' };
const COLE: Prov = { id: 'cole-fc', name: 'Cole', library: 'SMCL' };
const KIM: Prov = { id: 'kim-fc', name: 'Kim', library: 'CCPL-CH' };
const DANA: Prov = { id: 'dana-fc', name: 'Dana', library: 'CCPL-CE' };
const ABBY: Prov = { id: 'abby-fc', name: 'Abby', library: 'ACLS' };
const BEATRIZ: Prov = { id: 'beatriz-fc', name: 'Beatriz', library: 'WPL-MD' };
const NATE: Prov = { id: 'nate-fc', name: 'Nate', library: 'DCPL-MD' };
const FEMI: Prov = { id: 'femi-fc', name: 'Femi', library: 'AUN' };
const GRANT: Prov = { id: 'grant-fc', name: 'Grant', library: 'BCPL' };
const MARCY: Prov = { id: 'marcy-fc', name: 'Marcy', library: 'AACPL' };
const HUGO: Prov = { id: 'hugo-fc', name: 'Hugo', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-fc', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-fc', name: 'Trainee 3', library: 'TRN' };
const WREN: Prov = { id: 'wren-fc', name: 'Wren', library: 'EPFL' };
const ELENA: Prov = { id: 'elena-fc', name: 'Elena', library: 'AUN' };
const IVY: Prov = { id: 'ivy-fc', name: 'Ivy', library: 'CCPL-CH' };
const JUNE: Prov = { id: 'june-fc', name: 'June', library: 'AUN' };
const MALIK: Prov = { id: 'malik-fc', name: 'Malik', library: 'EPFL' };

const s = session;

export const FALCONRY: SessionCase[] = [
  // 01 the plain good session; a sponsor through a club's site; touching ends (three at most)
  s(LEAH, '01 an apprentice falconry permit at 15: sponsor asked about, dnr.maryland.gov + the Oakes book, the Maryland Falconers Association through its site, "thats everything", touching ends', [
    [0, 'p', 'hi i want to become a falconer. how do i get a permit in maryland? im 15'],
    [21, 'l', "Hi there! I'm Leah, a librarian at Harford County Public Library. Love this question."],
    [27, 'l', 'Have you already found someone who could sponsor you, or are you starting from scratch?'],
    [64, 'p', 'from scratch lol. my uncle used to hunt with a hawk but he moved to ohio'],
    [75, 'l', "Got it. In Maryland, falconry permits come from DNR's Wildlife and Heritage Service, and their falconry page at dnr.maryland.gov (search 'falconry permit') lays out the apprentice steps: you have to be at least 12, pass the written exam with 80% or better, have your mews and equipment inspected, and fly under a General or Master falconer as your sponsor for two years. To find a sponsor, contact the Maryland Falconers Association through marylandfalconers.org; they pair new apprentices with sponsors. To study for the exam, 'The Falconer's Apprentice' by William Oakes is in our catalog at hcplonline.org."],
    [81, 'l', 'Does that answer your question?'],
    [115, 'p', 'yes!! thats everything, thank you so much'],
    [121, 'l', "You're welcome, and good luck on the exam! Thanks for chatting with Harford County Public Library."],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('le1', 'leah-fc', -200, 0), other('le2', 'leah-fc', -30, 80), other('le3', 'leah-fc', 50, 300), other('le4', 'leah-fc', 126, 700)],
  }),

  // 02 Spanish: an injured hawk in a yard; a rehabilitator by phone
  s(MARISELA, '02 un halcón herido en un patio de Silver Spring (Spanish): Owl Moon por teléfono + la lista del DNR, "¿Hay algo más…?", "eso es todo"', [
    [0, 'p', 'hola, hay un halcon en mi patio que no puede volar, creo que tiene un ala lastimada. que hago? vivo en silver spring'],
    [19, 'l', '¡Hola! Le saluda Marisela, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Vamos a ayudar a ese halcón.'],
    [24, 'l', '¿El ave está quieta en el suelo ahora? ¿Tiene perros o gatos que se le puedan acercar?'],
    [55, 'p', 'si esta en el pasto al lado de la cerca. tengo un perro pero esta adentro'],
    [68, 'l', "Muy bien. No lo toque con las manos ni le dé comida ni agua. Si puede, cúbralo con una caja de cartón con agujeros y déjelo en un lugar oscuro y tranquilo. Luego llame a un rehabilitador de fauna silvestre con licencia: Owl Moon Raptor Center, en Boyds, atiende aves rapaces del condado de Montgomery, teléfono 301-555-0182. Si no contestan, la lista de rehabilitadores por condado del DNR de Maryland está en dnr.maryland.gov (busque 'wildlife rehabilitators')."],
    [74, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si muchas gracias!! ya los estoy llamando'],
    [126, 'l', '¡Qué bien! ¿Hay algo más en que le pueda ayudar?'],
    [150, 'p', 'no, eso es todo. gracias'],
    [156, 'l', '¡Gracias a usted por ayudar al halcón! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; a park to watch hawks from
  s(OMAR, '03 watching the fall hawk migration near Baltimore: pickup at exactly 60 s, hawkcount.org + Hawks in Flight, Washington Monument State Park named, "Anything else…?"', [
    [0, 'p', 'where can I go to watch hawks migrating this fall? near baltimore if possible'],
    [60, 'l', "Good afternoon, Omar here with Baltimore County Public Library's Ask a Librarian. Sorry for the short wait!"],
    [66, 'l', 'Are you hoping to go on a particular weekend, or are you flexible? Timing matters a lot with hawks.'],
    [100, 'p', 'flexible, any weekend in sept or oct'],
    [110, 'l', "Then aim for mid-September, when broad-winged hawks go over by the thousands on a northwest wind. The closest big hawk watch is at Washington Monument State Park near Boonsboro; its daily counts are posted on hawkcount.org, so you can see which dates were best in past years. For telling them apart overhead, 'Hawks in Flight' by Pete Dunne, David Sibley and Clay Sutton is in our catalog at bcpl.info."],
    [116, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes perfect, thanks!'],
    [156, 'l', 'Anything else I can look up for you?'],
    [180, 'p', 'nope, all good'],
    [186, 'l', 'Enjoy the hawks, and thanks for using Ask a Librarian!'],
  ], usual(), {}, { otherIntervals: [other('om1', 'omar-fc', -50, 400)] }),

  // 04 pickup 61 s counted from startedAt (the question's line is 9 s after it)
  s(PRIYA, '04 owl pellets for a 4th-grade class in Glen Burnie: startedAt 9 s before the question, first line 52 s after it (61 s), carolina.com + kidwings.com + Owl Puke', [
    [0, 'p', 'Hello, I teach 4th grade in Glen Burnie and want to do an owl pellet dissection. Where do teachers get the pellets? And are they safe?'],
    [52, 'l', "Hi! I'm Priya, a librarian with Anne Arundel County Public Library. Happy to help with this."],
    [58, 'l', 'How many students will be dissecting, and would you like lesson materials as well as the pellets themselves?'],
    [90, 'p', '28 kids. lesson stuff would be great too'],
    [101, 'l', "Pellets sold for classrooms are heat-sterilized, so they're safe with gloves and hand-washing afterwards. Carolina Biological Supply sells them in class packs at carolina.com (search 'owl pellets'). For the lesson, KidWings has free bone-sorting charts and a virtual dissection at kidwings.com, and 'Owl Puke' by Jane Hammerslough is in our catalog at aacpl.net."],
    [107, 'l', 'Did that help?'],
    [140, 'p', 'very much, thank you!'],
    [146, 'l', 'Anything else I can help you with today?'],
    [170, 'p', 'no, that covers it'],
    [176, 'l', 'Have fun with the dissection, and thanks for chatting with us!'],
  ], usual({ pickup: 'fail' }), { startedAt: at(-9) }),

  // 05 pickedUpAt 57 s, the first visible line at 70 s; no code field
  s(GWEN, '05 a live bald eagle nest cam for an 8-year-old: pickedUpAt 57 (first line 70), eagles.org + chesapeakeconservancy.org, no code field', [
    [0, 'p', 'Is there a live camera on a bald eagle nest anywhere around here? My grandson is obsessed with eagles'],
    [70, 'l', 'Good morning! This is Gwen at Calvert Library, thanks for waiting.'],
    [76, 'l', "How old is your grandson? Some cams have open chat boxes that aren't great for kids, so I'll pick accordingly."],
    [105, 'p', 'hes 8'],
    [116, 'l', "Then the DC Eagle Cam is a good one: a pair of bald eagles nests at the U.S. National Arboretum, and the American Eagle Foundation streams it at eagles.org (Eagle Cams > DC Eagle Cam), where you can hide the chat. Nearer the bay, the Chesapeake Conservancy runs osprey and peregrine cams at chesapeakeconservancy.org/webcams. For reading together, search 'bald eagles' in our catalog at calvertlibrary.info; there are several picture books at his level."],
    [122, 'l', 'Does this completely answer your question?'],
    [160, 'p', "yes it does! he's going to love it"],
    [166, 'l', 'Can I help you with anything else today?'],
    [190, 'p', "No, that's it. Thank you!"],
    [195, 'l', 'Wonderful. Thanks for contacting Calvert Library, and happy eagle watching!'],
  ], usual({ code: 'na' }), { pickedUpAt: at(57), resolutionCode: undefined }),

  // 06 a hold answered 121 s later, an internal note inside the wait; the greeting across two lines
  s(DEV, '06 falconry season for rabbits and squirrels: greeting then name in the next line, "one moment" at 63, an internal note at 130, the answer at 184 (121 s), dnr.maryland.gov', [
    [0, 'p', 'hey when is falconry season for rabbits and squirrels in md? got my apprentice permit last month and want to get my red tail hunting'],
    [18, 'l', 'Hi, and congrats on the permit!'],
    [24, 'l', "I'm Dev, a librarian with Frederick County Public Libraries. Will you be hunting mostly on public land or private land? Some wildlife management areas have their own rules."],
    [55, 'p', 'private, my neighbors farm'],
    [63, 'l', "Let me look up this season's falconry dates for you, one moment."],
    [130, 'i', 'anyone have the 2025-26 MD hunting guide handy? falconry seasons for rabbit/squirrel'],
    [184, 'l', "Thanks for waiting! Maryland sets separate, longer falconry seasons for small game, and the dates are in the Maryland Guide to Hunting and Trapping, online at dnr.maryland.gov (Hunting > Seasons and Bag Limits, then the falconry table). This year's falconry season for rabbit and squirrel runs through the winter into March, but check the table for the exact dates before you go out."],
    [190, 'l', 'Did that help?'],
    [220, 'p', 'yes thanks! no more questions'],
    [226, 'l', 'Good hunting, and thanks for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 07 two holds of exactly 120 s, the patron's "oh wow" inside the second; a colleague consulted
  s(INES, '07 a grandfather who flew a peregrine downtown in the 1950s: holds at 66 and 186 (partial result), the answer at 306, ProQuest Baltimore Sun, Special Collections consulted', [
    [0, 'p', 'Hi! My grandfather supposedly flew a peregrine falcon off a downtown Baltimore building in the 1950s and was in the Sun. Any way to find the article?'],
    [17, 'l', "Hello, and what a story! I'm Ines, a librarian at Enoch Pratt Free Library."],
    [23, 'l', 'What was his name, and do you have any idea of the year?'],
    [58, 'p', 'Walter Kaminski. 1953 or 54 maybe'],
    [66, 'l', "Let me search the Sun's archive for his name — bear with me."],
    [186, 'l', "Still searching: I have a 1954 item that mentions a W. Kaminski and a falcon, and I'm going through 1953 as well."],
    [200, 'p', 'oh wow!!'],
    [306, 'l', "Found two: a short item on May 9, 1954 ('Falcon Flies Over Charles Street') and a longer feature with a photo on June 20, 1954. You can read and save both in ProQuest Historical Newspapers: The Baltimore Sun, under prattlibrary.org > Research > Databases, with your Pratt card. I also checked with our Special Collections librarian, and there's nothing on him in the vertical files."],
    [312, 'l', 'Is that what you were looking for?'],
    [345, 'p', "YES. this is amazing, thank you. that's all I needed"],
    [351, 'l', 'So glad we found him! Thanks for chatting with Pratt.'],
  ], usual()),

  // 08 the patron's second line does not restart the wait (131 s); three parties, each with a way to reach them; a custom code
  s(TARIQ, '08 becoming a licensed songbird rehabber: dnr.maryland.gov + fws.gov, questions at 100 and 160 answered at 231 (131 s), three training places with URL/phone/e-mail, custom code', [
    [0, 'p', 'how do you become a licensed wildlife rehabilitator in maryland? i want to do it from home, mostly songbirds'],
    [20, 'l', "Hello! Tariq here, a librarian at Prince George's County Memorial Library System."],
    [26, 'l', 'Are you thinking of working only from home, or also volunteering at a center first to get experience?'],
    [60, 'p', 'both probably, whatever is required'],
    [70, 'l', "Maryland DNR issues the state rehabilitation permit; the requirements and the application are on the Wildlife Rehabilitation page at dnr.maryland.gov. Most songbirds are migratory birds, so you'd also need a federal permit from the U.S. Fish and Wildlife Service: search 'migratory bird rehabilitation permit' at fws.gov. Does that help so far?"],
    [100, 'p', 'yes. do i need experience hours first?'],
    [160, 'p', 'and does anyone offer training nearby'],
    [231, 'l', "Sorry for the delay! Yes, the federal permit asks for documented experience, usually about 100 hours under a permitted rehabilitator. For hands-on training near you, you can contact Second Chance Wildlife Center in Gaithersburg (secondchancewildlife.org, Volunteer page), call Owl Moon Raptor Center in Boyds at 301-555-0140, or write to the Maryland Wildlife Rehabilitators Association at mwra@example.org; all three train new volunteers."],
    [237, 'l', 'Did that answer your questions?'],
    [270, 'p', "yes a lot. that's all i needed, thx"],
    [276, 'l', 'Good luck with the permit, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { resolutionCode: 'Answered - Referred' }),

  // 09 no question before the answer; the final idle from the greeting (120 s); four chats at once
  s(NOOR, '09 the fastest bird, for trivia night: the answer right after the greeting, allaboutbirds.org, goodbye 120 s after the greeting (no check-in), four chats open at once', [
    [0, 'p', 'whats the fastest bird in the world'],
    [6, 'p', 'its for a trivia night lol'],
    [20, 'l', "Hi! Noor here with Maryland's AskUsNow! service."],
    [32, 'l', "That's the peregrine falcon: in a hunting dive (a 'stoop') it has been measured at over 200 mph, which makes it the fastest animal on earth. In level flight some other birds beat it. Cornell's All About Birds page on the peregrine (allaboutbirds.org) has more. Did that answer your question?"],
    [140, 'l', 'Thanks for using AskUsNow! Good luck at trivia night!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('no1', 'noor-fc', -60, 100), other('no2', 'noor-fc', 5, 300), other('no3', 'noor-fc', 30, 200)],
  }),

  // 10 the plain good session with a restatement
  s(CARL, '10 training books for an apprentice with a first red-tail: the restatement "So you need…", The Falconer\'s Apprentice + Beebe & Webster, "Will those work for you?"', [
    [0, 'p', "do you have any books on training a red tailed hawk? I'm an apprentice falconer, trapped my first bird in november"],
    [16, 'l', "Hi, thanks for contacting Carroll County Public Library! I'm Carl, one of the reference librarians."],
    [22, 'l', 'Congratulations on your first bird! So you need practical training books for an apprentice working a passage red-tail through its first season. Let me see what we have.'],
    [80, 'l', "We have two that fit: 'The Falconer's Apprentice' by William Oakes, which walks through manning, weight control and first free flights with a red-tail, and 'North American Falconry and Hunting Hawks' by Frank Beebe and Harold Webster, the classic reference. Both are in our catalog at library.carr.org, and the Oakes book is on the shelf at Westminster right now. Will those work for you?"],
    [115, 'p', "perfect, those are exactly it. gonna grab the oakes one today. that's everything"],
    [121, 'l', 'Great! Good luck with your red-tail, and thanks for chatting with us.'],
  ], usual()),

  // 11 the question inside the first message that gives a source; an office to call with no contact
  s(SOFIA, '11 a barn owl box on a farm near Centreville: nestwatch.org and "inside the barn or on a pole?" in one message, "your county\'s Soil Conservation District … worth a call"', [
    [0, 'p', 'hi, we have a farm near centreville and want to put up a barn owl box. are there plans anywhere?'],
    [18, 'l', "Good morning! Sofia at Queen Anne's County Library here."],
    [25, 'l', "Cornell Lab's NestWatch has free barn owl box plans you can download at nestwatch.org (Learn > All About Birdhouses > Barn Owl). Are you thinking of mounting it inside the barn or on a pole out in a field?"],
    [62, 'p', 'inside the barn, up in the loft'],
    [70, 'l', "Then the inside-mount version on the same page is the one you want: it goes on the wall with the entrance lined up with a hole you cut through the siding, so the owls come and go from outside. Your county's Soil Conservation District office also knows farmers who have put up boxes, so they're worth a call for local tips. Does that help?"],
    [100, 'p', "yes thanks, that's all"],
    [106, 'l', "You're welcome! Thanks for chatting, and good luck with the owls."],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 12 no source; the kind of bird asked after the answer; a promise and FU_ME with no contact anywhere, pending
  s(HANK, '12 keeping a found hawk feather: the law explained from memory (no source), the kind of bird asked after, "I\'ll check with a colleague … and get back to you", FU_ME, no contact', [
    [0, 'p', 'found a really nice hawk feather on a walk, is it ok to keep it? want to put it in a shadow box'],
    [22, 'l', 'Hi there, Hank from Kent County Public Library here.'],
    [30, 'l', "Unfortunately, probably not: under federal law (the Migratory Bird Treaty Act) it's illegal to keep feathers of hawks, owls and almost all native wild birds, even ones you find on the ground, unless you hold a permit. The U.S. Fish and Wildlife Service enforces it, though they mostly go after people selling feathers."],
    [36, 'l', 'Do you know what kind of hawk it came from, or could it be from a turkey or a pheasant? Those are treated differently.'],
    [70, 'p', "it's brown with stripes, pretty big. my neighbor said red tail maybe"],
    [80, 'l', 'A red-tail feather falls under the law, so the safest thing is to leave it where you found it, or take a photo of it for the shadow box instead. Does that answer your question?'],
    [110, 'p', 'ya kinda. can i keep it if i give it to a school or something?'],
    [118, 'l', "I'm not sure about that one, so I'll check with a colleague who handles these questions and get back to you."],
    [140, 'p', 'ok cool, thats all i wanted to know for now'],
    [146, 'l', 'Thanks for asking before keeping it! Talk soon.'],
  ], usual({ source: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 13 no one named in the first two lines; an offer of more; an invitation instead of the question
  s(BETH, '13 Cooper\'s or sharp-shinned at a Hagerstown feeder: "Hello!" then a question (no name), allaboutbirds.org + Hawks at a Distance, an offer, "Feel free to come back…", "ok ty"', [
    [0, 'p', 'theres a hawk that keeps grabbing birds at my feeder. coopers or sharp shinned?? how do u tell'],
    [19, 'l', 'Hello!'],
    [25, 'l', 'Is it hanging around the feeder in your yard most days, and about how big is it, crow-sized or more like a blue jay?'],
    [60, 'p', 'yard in hagerstown, every morning. bigger than a blue jay i think, smaller than a crow'],
    [72, 'l', "That size fits either, which is why they're famously hard! Cooper's hawks have a rounded tail tip with a wide white band and a big, blocky head, and females are close to crow size; sharpies have a square-tipped tail and a small round head and are about jay-sized. Cooper's is the more common feeder hawk in towns. All About Birds has a side-by-side comparison at allaboutbirds.org (search 'Cooper's Hawk', then 'Similar Species'), and Jerry Liguori's 'Hawks at a Distance' is in our catalog at wcfl.org."],
    [78, 'l', 'Would you like me to look up a local bird club that does hawk walks, too?'],
    [110, 'p', 'no im good'],
    [116, 'l', 'Okay! Feel free to come back anytime if anything else comes up.'],
    [130, 'p', 'ok ty'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail' })),

  // 14 no greeting word; "your time is up"
  s(RUSS, '14 osprey facts for a 6th-grade report: "Russ, AskUsNow! librarian." (no greeting), chesapeakebay.net, then "Your time is up for this chat, sorry. Goodbye."', [
    [0, 'p', 'i need 3 facts about ospreys for my science report due tomorrow'],
    [24, 'l', 'Russ, AskUsNow! librarian. What grade is the report for?'],
    [50, 'p', '6th'],
    [60, 'l', "Ospreys eat almost nothing but fish, which they catch feet-first; the Chesapeake Bay has one of the largest osprey populations in the world; and they spend the winter in South America and come back to Maryland around mid-March. The Chesapeake Bay Program's osprey page at chesapeakebay.net (Field Guide > Osprey) has more facts you can cite. Does that help?"],
    [95, 'p', 'yes! also how long do they live'],
    [105, 'l', 'Often 15 to 20 years, if they make it through their first couple of years.'],
    [130, 'p', 'and how big are there nests and what eats them and how fast do they fly and'],
    [140, 'l', 'Your time is up for this chat, sorry. Goodbye.'],
    [150, 'p', 'wow ok'],
  ], usual({ greeting: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 15 the plain good session with the allowed "others waiting"
  s(YARA, '15 a 9th-grade project on the great horned owl: Owls of North America + allaboutbirds.org + Britannica School, "Anything else?", a list, "several other people waiting … log back on later"', [
    [0, 'p', 'hi, my school is letting us do a project on any animal and i picked the great horned owl. what are some good sources?'],
    [17, 'l', "Hi! Welcome to Ask HCLS, I'm Yara, a librarian at Howard County Library System."],
    [23, 'l', 'What grade are you in, and does your teacher want books, websites, or both?'],
    [55, 'p', '9th. both, at least one book'],
    [66, 'l', "For a book, 'Owls of North America' by Scott Weidensaul is in our catalog at hclibrary.org and has a full section on great horned owls. Online, Cornell's All About Birds (allaboutbirds.org) has a great horned owl page with calls and range maps, and our Britannica School database (hclibrary.org > Research > Databases) has an article you can cite. Does that cover what you need?"],
    [100, 'p', 'yes thank u'],
    [105, 'l', 'Great! Anything else I can help with?'],
    [130, 'p', "actually ya. how do i cite a website in MLA, also can you check my thesis, also where do i find pictures i can use, and how long should a presentation be, and what's the difference between an owl and a hawk"],
    [140, 'l', 'Those are all good questions! I have several other people waiting in the queue right now, so could you log back on later and we can go through them one at a time? Thanks for understanding.'],
    [160, 'p', 'oh ok np'],
    [165, 'l', 'Thanks, and good luck with the project! Come back anytime.'],
  ], usual()),

  // 16 partly Spanish: the provider's shift ends with no way back; a wait open at the end; code ""
  s(LUCIA, '16 a fledgling owl on the ground in Easton (partly Spanish): dnr.maryland.gov, a new question, "mi turno se terminó y tengo que cerrar el chat", "???", code ""', [
    [0, 'p', "hola, there's a baby owl on the ground under our tree in easton. se cayó del nido? should i put it back?"],
    [20, 'l', 'Hi! Soy Lucía, bibliotecaria de Talbot County Free Library. I can help in English or Spanish.'],
    [26, 'l', '¿Tiene plumas o solo pelusa blanca? Does it have feathers, or just white fluff?'],
    [60, 'p', 'tiene plumas, its kinda fluffy but has feathers, hopping around'],
    [70, 'l', "Then it's probably a fledgling, and that's normal: young owls leave the nest before they can fly, and the parents keep feeding them on the ground, mostly at night. Keep pets and people away and watch from a distance. Maryland DNR's page 'Found a Baby Animal?' at dnr.maryland.gov explains what to do and when to get help. ¿Le ayudó?"],
    [105, 'p', 'si gracias. y si no vienen los papás esta noche? who do i call?'],
    [112, 'l', 'Lo siento, mi turno se terminó y tengo que cerrar el chat ahora.'],
    [140, 'p', '???'],
    left(360),
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 17 a transfer with a note but no word to the patron; "Hope this helps!"; final idle 119 s; four open in the receiver's part
  s(COLE, '17 live owls and hawks for kids in Charles County: a note then the transfer with no word to the patron, Kim, two URLs, "Hope this helps!", goodbye 119 s later, Kim at four', [
    [0, 'p', 'hi where can my kids see live owls and hawks up close in charles county? like a nature center or a show'],
    [20, 'l', "Hello! Cole here, a librarian at St. Mary's County Library."],
    [26, 'l', 'Is this for a one-time outing, or are you looking for something like a program they could sign up for?'],
    [58, 'p', 'one time outing, maybe a weekend'],
    [64, 'i', 'Kim, pt wants live raptor programs in Charles County for kids, weekend outing. You know the local nature centers better than me - can you take it?'],
    xfer(67, 'Kim', 'kim-fc'),
    [105, 'l', 'Hi, Kim at Charles County Public Library here!', as(KIM)],
    [112, 'l', "Several parks near you keep non-releasable owls and hawks for education. Charles County Parks & Recreation lists its weekend nature programs, including the live raptor talks, at charlescountyparks.com (search 'raptor'), and the library's own live-animal programs are on our events calendar at ccplonline.org/events. Hope this helps!", as(KIM)],
    [150, 'p', 'awesome thank u'],
    [156, 'l', "You're welcome!", as(KIM)],
    [275, 'l', 'Thanks for chatting, and enjoy the owls!', as(KIM)],
  ], usual({ complete: 'fail', anything: 'fail', concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [
      other('co1', 'cole-fc', -100, 30), other('co2', 'cole-fc', 200, 500),
      other('ki1', 'kim-fc', -300, 400), other('ki2', 'kim-fc', 100, 250), other('ki3', 'kim-fc', 200, 600),
    ],
  }),

  // 18 FU_ME, the e-mail only in the patron fields, no time said; recorded exactly 72 h after the end
  s(DANA, '18 a 1978 Hawk Chalk article on peregrine hacking: n-a-f-a.com, interlibrary loan staff to "get back to you" (no time), e-mail only in patron.email, done at exactly 72 h', [
    [0, 'p', 'hi im looking for an old article in Hawk Chalk, the NAFA journal, from around 1978 about the Maryland peregrine releases. can you get it?'],
    [23, 'l', 'Hi, this is Dana at Cecil County Public Library. Thanks for reaching out!'],
    [29, 'l', "Do you know the article's title or author, or just the topic and year?"],
    [60, 'p', 'just topic and year sorry. it was about hacking peregrines on the bay'],
    [70, 'l', "No problem. Hawk Chalk isn't in any of our databases, but NAFA lists its back issues at n-a-f-a.com (Publications > Hawk Chalk), and the index there might give you the issue number. I'll also ask our interlibrary loan staff to find a library that holds the 1978 volume and get back to you with what they find."],
    [76, 'l', 'Does the NAFA page get you started?'],
    [110, 'p', "yes, i'll look there. i'm all set, that was my only question. thanks!"],
    [116, 'l', 'Great, thanks for chatting with Cecil County Public Library!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME,
    patron: { name: null, email: 'peregrine.fan@example.com', phone: null },
    followUps: [{ doneAt: '2026-03-05T15:02:01Z' }],
  }, { now: T0 + 5 * DAY }),

  // 19 three parties, one with no way to reach it; a check-in and a notice that invites back, exactly 180 s
  s(ABBY, '19 volunteering with birds of prey near Cumberland: owlmoon.org + TRAC by URL/phone + "ask at Rocky Gap\'s nature center", "Are you still with me?", a notice-goodbye at 180 s', [
    [0, 'p', "I'm retired and would love to volunteer with birds of prey. Anywhere in western Maryland or within an hour of Cumberland?"],
    [21, 'l', 'Hi there! Abby here, librarian at Allegany County Library System.'],
    [27, 'l', 'Are you hoping to handle the birds for education programs, or help with care and feeding behind the scenes?'],
    [64, 'p', 'either! I just love them'],
    [75, 'l', "A few places within reach: Owl Moon Raptor Center takes volunteers for feeding and cleaning (apply at owlmoon.org > Volunteer); Three Rivers Avian Center in West Virginia trains education-bird handlers (tracwv.org, 304-555-0117); and you could also ask at Rocky Gap State Park's nature center, which sometimes hosts raptor programs. Does that help?"],
    [205, 'l', 'Are you still with me?'],
    [255, 'l', "It looks like you may have disconnected, so I'll close this chat now. Feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' })),

  // 20 Spanish: a check-in and a notice with no goodbye; ended 181 s after the answer
  s(BEATRIZ, '20 una caja nido para cernícalos cerca de Salisbury (Spanish): nestwatch.org, "¿Sigue ahí?", "Parece que se desconectó, así que voy a cerrar el chat." (181 s, no goodbye)', [
    [0, 'p', 'Hola, quiero poner una caja nido para cernícalos en mi terreno cerca de Salisbury. ¿Dónde la pongo y de qué tamaño?'],
    [23, 'l', '¡Hola! Soy Beatriz, bibliotecaria de la Biblioteca Pública de Wicomico. Con gusto le ayudo.'],
    [29, 'l', '¿Su terreno es abierto, como un campo o un pasto, o tiene muchos árboles?'],
    [70, 'p', 'es un campo abierto, con unos postes de cerca'],
    [80, 'l', "¡Perfecto para cernícalos! El programa NestWatch de Cornell tiene planos gratis de la caja para el cernícalo americano en nestwatch.org (en inglés: busque 'American Kestrel'). Se pone en un poste o en un árbol solo, a unos 3 a 6 metros de altura, mirando hacia el campo, con virutas de madera en el fondo. ¿Le sirve?"],
    [210, 'l', '¿Sigue ahí?'],
    [255, 'l', 'Parece que se desconectó, así que voy a cerrar el chat.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 6 }),

  // 21 a check-in, then a goodbye 179 s after the answer
  s(NATE, '21 a hooting owl at 2 a.m. in Cambridge: allaboutbirds.org, "Hi, are you still there?" at 198, "Looks like you\'ve stepped away … Thanks …" at 179 s', [
    [0, 'p', 'something has been hooting outside my window every night around 2am, like hoo hoo-hoo hoo hoo. what owl is that? im in cambridge'],
    [19, 'l', "Hi! I'm Nate at Dorchester County Public Library — fun mystery."],
    [25, 'l', 'Is it a deep, soft hoot, or higher and more like a whinny or a trill?'],
    [60, 'p', 'deep, kind of soft'],
    [68, 'l', "That's almost certainly a great horned owl. They call most in winter, when they're courting and nesting, and the rhythm you typed is their classic one. You can compare recordings on the Great Horned Owl page at allaboutbirds.org (click 'Sounds'). Does that answer it?"],
    [198, 'l', 'Hi, are you still there?'],
    [247, 'l', "Looks like you've stepped away, so I'll end the chat here. Thanks for reaching out to Dorchester County Public Library!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 22 a transfer whose note gives no reason; the final idle from the answer after a hold (150 s)
  s(FEMI, '22 an injured hawk at Oregon Ridge: the notice, "Can you take this one? Thx", Grant, Phoenix Wildlife Center + NRP by phone, "one sec", a check-in, goodbye 150 s after the answer', [
    [0, 'p', "hi there's a hawk that's been sitting on the ground at oregon ridge park all afternoon, looks hurt. who do i call?? im in cockeysville"],
    [17, 'l', "Hello, you've reached AskUsNow! I'm Femi, a librarian. Let's get it some help."],
    [23, 'l', 'Is the hawk somewhere you can keep an eye on it safely, away from the trail?'],
    [50, 'p', 'yes its under a bush by the nature center lot'],
    [55, 'l', "A Baltimore County librarian is on right now, so I'm transferring you to them — one moment."],
    [57, 'i', 'Can you take this one? Thx'],
    xfer(60, 'Grant', 'grant-fc'),
    [92, 'l', "Hi, Grant here from Baltimore County Public Library. Please don't try to pick it up.", as(GRANT)],
    [100, 'l', 'Call a licensed raptor rehabilitator: Phoenix Wildlife Center in Phoenix, MD takes injured hawks from Baltimore County at 410-555-0129, and their intake hours are on phoenixwildlife.org. Did that help?', as(GRANT)],
    [140, 'p', 'yes calling now. can you also find the number for the DNR police in case they dont answer'],
    [146, 'l', 'Sure, one sec.', as(GRANT)],
    [200, 'l', "Maryland Natural Resources Police, 24-hour line: 410-555-0147 (it's listed at dnr.maryland.gov/nrp). They'll send an officer for an injured raptor if no rehabber can come.", as(GRANT)],
    [280, 'l', 'Are you still there?', as(GRANT)],
    [350, 'l', "I'll assume you're on the phone with them. Thanks for looking out for the hawk, and come back anytime!", as(GRANT)],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'pass', transfer: 'fail' })),

  // 23 Lost Call after two patron lines; a notice with no check-in
  s(MARCY, '23 an owl that won\'t fly in an Annapolis backyard (Lost Call, two patron lines): a question, advice + the DNR hotline, "In case you\'ve stepped away", a notice with thanks', [
    [0, 'p', 'hi'],
    [6, 'p', 'theres an owl on the ground in my backyard and it wont fly away. what do i do?? annapolis'],
    [24, 'l', 'Hi, this is Marcy, a librarian at Anne Arundel County Public Library. Is the owl hurt anywhere you can see, like a drooping wing or blood?'],
    [95, 'l', "In case you've stepped away: please don't pick it up with bare hands. If you can, set a laundry basket over it and keep pets inside, then call the Maryland DNR wildlife hotline at 410-555-0166, and they'll connect you with the nearest licensed rehabilitator. DNR's list of rehabilitators by county is also at dnr.maryland.gov (search 'wildlife rehabilitators')."],
    [285, 'l', "It looks like you've disconnected, so I'll end this chat. Thank you for looking out for the owl, and please contact us again if you need more help."],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 24 a true Lost Call; a notice that does not say the chat will end
  s(HUGO, '24 buying a hawk as a pet (Lost Call): the greeting only, "Hi, are you still there?" at 160, "It looks like you\'ve been disconnected. Thanks for using AskUsNow!" at 330', [
    [0, 'p', 'can i buy a hawk as a pet in maryland'],
    [26, 'l', "Hello and welcome to AskUsNow! I'm Hugo, a librarian."],
    [160, 'l', 'Hi, are you still there?'],
    [330, 'l', "It looks like you've been disconnected. Thanks for using AskUsNow!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined; code null
  s(QUEUE, '25 programs with live owls this spring: no provider ever joined, the queue\'s line, the patron left, code null', [
    [0, 'p', 'does the library have any programs with live owls this spring? for my daughters girl scout troop'],
    [2, 's', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (injured wildlife macro): coded Practice, every check na', [
    [0, 'p', 'test - practice chat for the injured raptor macro'],
    [10, 'l', 'Practice: injured wildlife info is at dnr.maryland.gov'],
    [20, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 FU_ME on a Friday; "take your time" (190 s away); done on Monday after the clocks went forward (71 h 44 min)
  s(WREN, '27 falconry in colonial Maryland for a club newsletter (Friday): "No hurry — take your time.", aomol + Oggins, e-mail read back, "by Monday afternoon", done Mon 10:50 EDT', [
    [FRI + 0, 'p', "Hello! I'm writing about falconry in colonial Maryland. Did any of the early settlers or the Lords Baltimore keep hawks? Looking for primary sources."],
    [FRI + 19, 'l', "Good morning! I'm Wren, a librarian at Enoch Pratt Free Library."],
    [FRI + 25, 'l', 'Is this for a publication or a class, and do you need documents you can cite, or background reading too?'],
    [FRI + 50, 'p', 'an article for a falconry club newsletter. citable would be great. hold on let me find my notes, brb'],
    [FRI + 56, 'l', 'No hurry — take your time.'],
    [FRI + 246, 'p', 'ok back. i remember reading that Cecil Calvert had a falconer but cant find where'],
    [FRI + 258, 'l', "The Archives of Maryland Online (aomol.msa.maryland.gov) has the colonial Proceedings and probate inventories, searchable by word, so searching 'hawk' and 'falcon' there is the fastest way to find households that kept them. For background, Robin Oggins's 'The Kings and Their Hawks: Falconry in Medieval England' explains the customs the colonists brought over; it's in our catalog at prattlibrary.org. I'd like to check a few printed sources in our Maryland collection for the falconer you remember, and I can e-mail you what I find. What's the best address?"],
    [FRI + 290, 'p', "amazing. it's j.ellis.mews@example.com"],
    [FRI + 296, 'l', "Thanks: j.ellis.mews@example.com. I'll send what I find by Monday afternoon. Does the Archives of Maryland search give you a place to start in the meantime?"],
    [FRI + 330, 'p', "yes definitely. that's everything for now, thank you!"],
    [FRI + 336, 'l', 'My pleasure — thanks for chatting, and enjoy the weekend!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), {
    ...FU_ME,
    startedAt: at(FRI),
    followUps: [{ doneAt: '2026-03-09T10:50:00-04:00' }],
  }, { now: T0 + 8 * DAY }),

  // 28 FU_LIB, phone typed with spaces and read back, "within 72 hours"; not recorded at day 1
  s(ELENA, '28 a live birds-of-prey program for a Cub Scout den in Thurmont: Owl Moon\'s request form at owlmoon.org, the branch to call, phone read back, "within 72 hours", pending', [
    [0, 'p', 'hi, I lead a cub scout den in Frederick and we want a live birds of prey presentation. does the library do those or know who does?'],
    [20, 'l', "Hi! Thanks for contacting AskUsNow! My name is Elena and I'm a librarian."],
    [26, 'l', 'Which Frederick County branch is closest to you, and roughly when would you want it?'],
    [62, 'p', 'thurmont, sometime in april. about 12 kids'],
    [72, 'l', "Some Maryland raptor centers bring education birds to groups: you can contact Owl Moon Raptor Center through the program request form at owlmoon.org (Education > Programs). Frederick County Public Libraries also books live-animal programs for its branches, and whether Thurmont has one in April is something their programming staff would know. I can ask them to call you with details. What's a good phone number?"],
    [100, 'p', '240 555 0173'],
    [106, 'l', "Got it: 240-555-0173. Someone from Frederick County Public Libraries' Thurmont branch will call you within 72 hours. In the meantime, does the Owl Moon page help?"],
    [140, 'p', "yes thanks! that's all i need"],
    [146, 'l', 'Great — thanks for chatting, and have fun with the den!'],
  ], usual({ contact: 'pass', onTime: 'pending', referral: 'pass' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 29 a promise coded Answered; the e-mail given and read back with a day; not recorded at day 4
  s(IVY, '29 injured raptors admitted in Maryland each year, for a paper: Academic Search Complete, "I\'ll request the latest figures from DNR and e-mail them … by Wednesday", coded Answered', [
    [0, 'p', 'hey, for a paper: how many injured hawks/owls get taken to rehab in maryland each year? and what are the main causes'],
    [21, 'l', 'Hi there! Ivy here, a librarian at Charles County Public Library.'],
    [27, 'l', "When's the paper due, and do you need peer-reviewed sources, or are agency reports OK?"],
    [60, 'p', 'due next friday, agency stuff is fine'],
    [70, 'l', "For the causes there's good peer-reviewed work: search 'raptor admissions causes' in Academic Search Complete (ccplonline.org > Research > Databases); vehicle collisions, other trauma and lead poisoning come up most. Statewide admission numbers are harder: DNR collects annual reports from licensed rehabilitators but doesn't post totals online. I'll request the latest figures from DNR and e-mail them to you by Wednesday. What's your e-mail?"],
    [100, 'p', 'rkelley.umd@example.edu'],
    [106, 'l', 'Thanks, rkelley.umd@example.edu it is. Did the Academic Search tip help for the causes part?'],
    [130, 'p', 'yep, already found two articles. thats all i need for now'],
    [136, 'l', 'Great! Thanks for chatting, and good luck with the paper.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 30 a transfer with the notice and a note saying why; concurrency over the parts each provider handled
  s(JUNE, '30 Scarlett, the 1980s peregrine on a downtown Baltimore tower: "I\'m going to transfer you to him. Please hold", a note why, Malik, ProQuest + chesapeakeconservancy.org', [
    [0, 'p', "hi! wasn't there a famous peregrine falcon that nested on a skyscraper in downtown baltimore in the 80s? my mom remembers it. want to find newspaper stories"],
    [18, 'l', 'Hello! June here, a librarian with AskUsNow!.'],
    [24, 'l', 'Do you need the stories for something in particular, like a gift or a school project, and would online copies be enough?'],
    [56, 'p', "just for my mom's birthday, printouts would be fun"],
    [63, 'l', "A librarian from Enoch Pratt Free Library is online and knows Baltimore's newspaper archive well, so I'm going to transfer you to him. Please hold a moment."],
    [65, 'i', "Malik: pt wants Baltimore Sun stories on the peregrine that nested on the USF&G building in the 80s (Scarlett?), printouts for her mom's birthday. The Sun archive is your area, can you take it?"],
    xfer(68, 'Malik', 'malik-fc'),
    [109, 'l', "Hi, Malik at Enoch Pratt Free Library here! You're thinking of Scarlett.", as(MALIK)],
    [117, 'l', "Scarlett was a female peregrine that turned up at the USF&G building at 100 Light Street in 1977 and raised chicks there into the 1980s, and the Sun covered her every spring. You can find and print the articles in ProQuest Historical Newspapers: The Baltimore Sun at prattlibrary.org > Research > Databases (search 'Scarlett' and 'falcon'), and the Chesapeake Conservancy's peregrine page at chesapeakeconservancy.org tells how the nest carries on today. Is that what you were after?", as(MALIK)],
    [160, 'p', 'yes!! scarlett, thats it. thats all i needed, thank you'],
    [166, 'l', 'Happy birthday to your mom, and thanks for chatting!', as(MALIK)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('ju1', 'june-fc', -300, 40), other('ju2', 'june-fc', 20, 500), other('ju3', 'june-fc', 70, 400), other('ju4', 'june-fc', 90, 600),
      other('ma1', 'malik-fc', -400, 300), other('ma2', 'malik-fc', 100, 200),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FALCONRY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('13')]:
    'closing.anything_else: expected fail, got pass ("the patron said on their own that they were done", message 6: "no im good"). "no im good" answers the provider\'s offer in message 5, "Would you like me to look up a local bird club that does hawk walks, too?": it declines that one thing, prompted, and does not say on the patron\'s own, explicitly, that they are done in the way RUBRIC.md lists ("that\'s all I needed", "that\'s everything", "no more questions"); the provider never asks whether anything else is needed (message 7, "Feel free to come back anytime if anything else comes up.", invites but asks nothing), and the last line, "ok ty", is thanks and "ok" alone, which RUBRIC.md says does not count.',
  [byNo('19')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", message 4). Message 4 refers the patron to three parties: Owl Moon Raptor Center ("apply at owlmoon.org > Volunteer"), Three Rivers Avian Center ("tracwv.org, 304-555-0117") and "you could also ask at Rocky Gap State Park\'s nature center, which sometimes hosts raptor programs", the last with no e-mail, phone, postal address or URL. RUBRIC.md: "pass: every party the patron is referred to comes with a way to reach them"; one party without one fails the check.',
};

describe('eighty-seventh round: falconry, raptors and wildlife rehabilitation, checked', () => {
  describeSessions('whole sessions', FALCONRY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FALCONRY.filter((c) => c.name in LEFT_WHY));
});
