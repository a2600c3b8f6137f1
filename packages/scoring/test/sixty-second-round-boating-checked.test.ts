/**
 * Sixty-second round, theme BOATING AND FISHING, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: boat registration and titles (a used jon boat on a bill of sale in Maryland, a
 * Marketplace boat in Michigan, a 17-footer in New Jersey, a lien check on a Wisconsin sailboat, a Coast Guard documented
 * vessel by official number), boater safety (a 14-year-old on a Virginia pontoon, a 17-year-old on a rented jet ski in
 * Destin, a 13-year-old studying for the NJ card), fishing licences (a visitor from Ohio on the Outer Banks, children and a
 * Colombian visitor in Florida, a New Jersey angler in Maine, a Minnesota senior, a disabled son in Erie PA, Texas all-water
 * in Spanish), tides (Chincoteague clamming, an observed water level at Lynnhaven Inlet for an insurance claim, a practice
 * macro), fish-consumption advisories (Lake Erie walleye, the Sacramento River in Spanish, Housatonic trout at Kent), kayak
 * launches and registration (the Potomac at Georgetown, paddle craft in Ohio), lake levels (Lake Lanier's ramps, twenty
 * years of Lake Mead for a school project), trout stocking (Pennsylvania in Spanish, the Rapidan), striped bass limits out of
 * Annapolis, a crappie limit on Kentucky Lake, and charter and guide licences (a Florida six-pack, a Chesapeake fishing
 * guide). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtySecondRoundBoating-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and thanks for reaching out — you've got Marisol, reference librarian at …" (01); pickup at
 *   exactly 60 s (02: pass) and at 61 s with "Sorry to keep you waiting! Hello, this is Farah …" (03: fail); "Hey there,
 *   welcome!" under the screen name "Chat Desk", naming no one (04: fail); Spanish "¡Buenas tardes! Le atiende Rocío,
 *   bibliotecaria de …" (05), "¡Hola! Soy Ulises, bibliotecario de …" (06), "… le atiende Santiago, bibliotecario." (16),
 *   "¡Hola! Soy Amparo, bibliotecaria del servicio …" (22); "Hi, you've reached Ask a Librarian at … — I'm Tomas." (08);
 *   "Evening! Lucy from Kent District Library's chat reference." (11); "Hey! Jonah at …'s Chat with a Librarian." (17);
 *   "Hi, thanks for writing in! Abigail, Portland Public Library reference." (18); "Hiya! 👋" + "This is Dot, teen
 *   librarian at …" over two lines (30: pass); no provider ever joined (28);
 *  inquiry: title or bill of sale, horsepower, which side of the island, who will eat the fish, which ramp, own kayak or
 *   rental, how many passengers, where the boat was titled, above or below the dam, HIN, predicted or observed tide, placard
 *   or VA rating, prior course, residence, length and motor, fresh or salt water, own boat or shore, table or chart,
 *   official number, state; no question before the FWC page, only the greeting's "¿En qué le puedo ayudar?" (06: fail); a
 *   restatement with no question mark, "So you're after this spring's striped bass limits …" (26: pass); no question and
 *   the answer given to a vanished patron (29: fail);
 *  waits: a hold answered exactly 120 s later (07: pass) and 121 s later (08: fail); 122 s on a patron line with a "??" at
 *   150 s that does not restart the wait (09: fail); "No rush, take your time." then the patron back 204 s later (25: waiting
 *   on the patron, pass); a transfer notice (a hold) answered by the receiver 64 s and 95 s later (23, 24: pass); the
 *   patron's last line unanswered after a dismissal (21: an open span, not counted);
 *  endings: a Lost Call with a greeting only, "¿Sigue ahí?" at 140 and "Parece que se desconectó, así que voy a cerrar este
 *   chat. ¡Puede volver a escribirnos cuando quiera!" at 200 (16: final idle exactly 180 s, both pass); a goodbye 119 s after
 *   the answer (17: idle na); "Bye for now, enjoy Maine!" exactly 120 s after the answer with no check-in (18: idle fails,
 *   disconnect na); "Still with me?" then "Looks like you may have disconnected." with no word of ending and no goodbye (19:
 *   idle pass, disconnect and courteous fail); one line that asks "Are you still there?", says the connection may have
 *   dropped and the chat will close, and invites back (20: idle, disconnect and courteous pass); the answer to a vanished
 *   Lost Call patron with "Are you still there?" at 170 and the notice + "Thanks for stopping by!" at 230 (29: final idle
 *   200 s from the greeting); "We limit each patron to one question per chat, so I'll need to end things here." and the
 *   patron's "wow ok" last (21: dismissal and courteous fail); "Tengo varias personas esperando … vuelva a escribirnos más
 *   tarde" (22: allowed); the patron's "yes found it, thats all i needed" as the last line after a thanking provider line
 *   (25: courteous pass); goodbyes "Happy boating, and thanks for using AskUsNow!", "You're welcome, tight lines and bye
 *   for now!", "You bet — take care now!", "Take care!", "Thanks, Mike, talk soon!", "¡Que disfruten la pesca! Adiós.",
 *   "Tight lines, and thanks for asking AskUsNow!", "Have an awesome summer on the water, bye! 🚤"; patron-side "thats all
 *   i needed", "eso es todo", "no thats everything", "yes, no more questions", "thats everything", "thats all!!" and
 *   "yes ty!", "cool thanks", "ok", "yes, thanks!", "ok gracias" that do not count;
 *  sources: DNR, DWR, FWC, TPWD, ODNR, MVC, OEHHA, CT DPH and Ohio EPA pages, NOAA Tides & Currents, the Corps of Engineers'
 *   lake levels, Reclamation's Lake Mead table, the Coast Guard's NMC and PSIX, nps.gov, a boating handbook URL, two books in
 *   the library catalogue (30);
 *  referrals: the National Maritime Center by phone (10: pass); "Take the signed title and your ID to a Secretary of State
 *   office" with no contact (11: fail); "call our Annapolis branch reference desk at 410-555-0117" (26: the library's own
 *   desk, pass); the state's environmental health staff, a business librarian and another library consulted on the
 *   patron's behalf (12, 13, 15: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done exactly 72 h after the end (12: pass); FU_ME,
 *   "e-mail you what I find by Friday", the address only in `patron.email` and never in the chat, done after 80 h (13: code
 *   pass, contact and on_time fail); a promise to call back "by tomorrow afternoon", phone typed and read back, coded
 *   Answered (14: code fails, contact passes, on_time pending at day 1); FU_LIB with no e-mail, phone or time, not recorded
 *   by day 4 (15: code, contact and on_time fail);
 *  codes: a deployment's own "Referred" (10: pass); "" (17) and null (25: fail); a true Lost Call (16); a Lost Call whose one
 *   patron line was answered anyway (29: pass); a Lost Call with two patron lines and no provider (28: fail); Practice (27);
 *  transfers: a notice, then an internal note that says why, then the transfer (23: pass); a notice, the transfer, then the
 *   note (24: fail, the note comes after);
 *  concurrency: one chat ending exactly at the start, one long, two back to back that never overlap each other, one
 *   starting exactly at `endedAt` (25: three at most, pass); two long ones and a fourth opening 1 s before `endedAt` (26:
 *   four for one second, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there, welcome!" greets but identifies no one, and the screen name "Chat Desk" does not count (04); "Evening!" and
 *   "Hiya! 👋" greet (11, 30);
 * - "You're welcome, tight lines and bye for now!", "You bet — take care now!", "Take care!", "Thanks, Mike, talk soon!" and
 *   "Bye for now, enjoy Maine!" say goodbye or thank the patron;
 * - closing.courteous asks for one of the last two provider lines to thank, say goodbye "or invite them back"; RUBRIC's
 *   Goodbye term (which excludes a line that also asks whether the patron is still there) is used by the final idle, not by
 *   this check, so the line of 20 that asks "Are you still there?" and invites back makes courteous pass, while the final
 *   idle runs to `endedAt` (196 s);
 * - a greeting that ends "¿En qué le puedo ayudar?" is the greeting's "how can I help?", neither a clarifying question (06)
 *   nor a substantive message (16), but it is the first non-hold provider line after the patron's only line, so the final
 *   idles of 16 and 29 start there;
 * - a Lost Call patron who sent only the question still has a substantive exchange when the provider answers it with a
 *   source (29: the information checks apply), and the code passes because the patron sent one message;
 * - "Take the signed title … to a Secretary of State office" tells the patron to visit an office (11: a referral); "call our
 *   Annapolis branch reference desk" is the provider's own library's department, told to the patron (26); "I'd like to ask
 *   their environmental health staff", "I'll check with our business librarian", "I'll pass this to the Blasco Library …
 *   someone there will be in touch" are people consulted on the patron's behalf, not referrals (12, 13, 15);
 * - "Is the DNR page a useful start?", "Does the DPH page help in the meantime?", "Did that do the trick?", "Will that work
 *   for your project?", "Are those the kind of thing you were hoping for?" ask whether what was given meets the need;
 * - "within 72 elapsed hours" includes exactly 72 h (12: pass); "exactly at" the other thresholds: 60 s pickup passes
 *   (≤), a 120 s wait passes ("longer than"), a 120 s final idle applies (≥) as does a 180 s one;
 * - "We limit each patron to one question per chat, so I'll need to end things here." tells the patron they have reached a
 *   limit of questions with no way back (21); "Tengo varias personas esperando … vuelva a escribirnos más tarde" is the
 *   allowed "other patrons are waiting" with an invitation back (22);
 * - a custom code such as "Referred" is a code (not missing, not a follow-up code) and passes (10).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none. Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s and with no provider; keep_informed at 120, 121 and 122 s, across "take your
 * time", two transfers and an unanswered last patron line; final idles of 119, 120, 180, 196, 200 and 201 s; concurrency
 * at three with touching ends and at four for one second; on_time done at exactly 72 h, late at 80 h, not recorded by
 * day 4, pending at day 1) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * case (a patron e-mail typed and read back, a patron phone typed and read back, an e-mail only in `patron.email`, library
 * and agency phone numbers beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean.
 * ON v56 (block V, written partly from these twelve files): as on v55, 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** A queue notice from the chat system (no event). */
const waitLine = (sec: number): Line => [sec, 's', 'All our librarians are helping other patrons. Please stay on the line.'];

const MARISOL: Prov = { id: 'marisol-b', name: 'Marisol', library: 'AACPL' };
const DESMOND: Prov = { id: 'desmond-b', name: 'Desmond', library: 'VBPL' };
const FARAH: Prov = { id: 'farah-b', name: 'Farah', library: 'ESRL' };
const CHATDESK: Prov = { id: 'chatdesk-b', name: 'Chat Desk', library: 'DCL-NC' };
const ROCIO: Prov = { id: 'rocio-b', name: 'Rocío', library: 'SPL-CA' };
const ULISES: Prov = { id: 'ulises-b', name: 'Ulises', library: 'CCPL-FL' };
const GRANT: Prov = { id: 'grant-b', name: 'Grant', library: 'TLCPL' };
const TOMAS: Prov = { id: 'tomas-b', name: 'Tomas', library: 'FCPL-GA' };
const PRISCILLA: Prov = { id: 'priscilla-b', name: 'Priscilla', library: 'DCPL' };
const WENDELL: Prov = { id: 'wendell-b', name: 'Wendell', library: 'THPL' };
const LUCY: Prov = { id: 'lucy-b', name: 'Lucy', library: 'KDL' };
const NADIA: Prov = { id: 'nadia-b', name: 'Nadia', library: 'HPL-CT' };
const OSKAR: Prov = { id: 'oskar-b', name: 'Oskar', library: 'MPL-WI' };
const CELESTE: Prov = { id: 'celeste-b', name: 'Celeste', library: 'VBPL' };
const BEATRIZ: Prov = { id: 'beatriz-b', name: 'Beatriz', library: 'AHPA' };
const SANTIAGO: Prov = { id: 'santiago-b', name: 'Santiago', library: 'AHPA' };
const JONAH: Prov = { id: 'jonah-b', name: 'Jonah', library: 'CML' };
const ABIGAIL: Prov = { id: 'abigail-b', name: 'Abigail', library: 'PPL-ME' };
const GEMMA: Prov = { id: 'gemma-b', name: 'Gemma', library: 'OCPL-FL' };
const HAMID: Prov = { id: 'hamid-b', name: 'Hamid', library: 'HCL-MN' };
const IRENE: Prov = { id: 'irene-b', name: 'Irene', library: 'OCL-NJ' };
const AMPARO: Prov = { id: 'amparo-b', name: 'Amparo', library: 'SAPL' };
const KWAME: Prov = { id: 'kwame-b', name: 'Kwame', library: 'AUN' };
const LORNA: Prov = { id: 'lorna-b', name: 'Lorna', library: 'AUN' };
const RAFAEL: Prov = { id: 'rafael-b', name: 'Rafael', library: 'LVCCLD' };
const STELLA: Prov = { id: 'stella-b', name: 'Stella', library: 'LVCCLD' };
const EZRA: Prov = { id: 'ezra-b', name: 'Ezra', library: 'CCPL-OH' };
const YVETTE: Prov = { id: 'yvette-b', name: 'Yvette', library: 'AACPL' };
const TRAINEE: Prov = { id: 'trainee-b', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-b', name: 'Queue', library: 'KYVR' };
const LAUREN: Prov = { id: 'lauren-b', name: 'Lauren', library: 'OCL-VA' };
const DOT: Prov = { id: 'dot-b', name: 'Dot', library: 'CMCL' };

const s = session;

export const sixtySecondRoundBoating: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 registering a used jon boat in Maryland: "Good morning and thanks for reaching out — you\'ve got Marisol", title or bill of sale, DNR URL', [
    [0, 'p', 'hi i just bought a used 16ft jon boat w/ a 25hp motor, how do i register it in maryland'],
    [22, 'l', "Good morning and thanks for reaching out — you've got Marisol, reference librarian at Anne Arundel County Public Library."],
    [29, 'l', 'Did the seller give you a signed title or just a bill of sale? That changes what DNR asks for.'],
    [75, 'p', 'just a bill of sale, the boat is from 2009'],
    [81, 'l', "Motorboat registration and titling go through Maryland DNR's Licensing and Registration Service; the forms list and fees are at dnr.maryland.gov/service/Pages/Boat-Registration.aspx, and with only a bill of sale you'll also need the notarized Boat Act Application linked on that page."],
    [88, 'l', 'Is that the info you were after?'],
    [140, 'p', 'yes perfect thats all i needed'],
    [146, 'l', 'Happy boating, and thanks for using AskUsNow!'],
  ], usual()),

  // 02 pickup exactly 60 s
  s(DESMOND, '02 a 14-year-old driving the pontoon in Virginia: pickup at exactly 60 s, horsepower asked, DWR course list', [
    [0, 'p', 'my son is 14 does he need a boater safety card to drive our pontoon in virginia'],
    [60, 'l', "Hi there! Desmond with the Virginia Beach Public Library's Ask a Librarian service."],
    [66, 'l', 'Is the pontoon motor 10 horsepower or more?'],
    [100, 'p', 'its a 90 hp'],
    [106, 'l', 'Then yes: anyone running a motorboat of 10 hp or more in Virginia has to complete an approved boating safety course. DWR lists the free classroom and online courses at dwr.virginia.gov/boating/education.'],
    [112, 'l', 'Does that cover what you needed to know?'],
    [150, 'p', 'yep thanks'],
    [154, 'l', 'Anything else I can look up?'],
    [180, 'p', 'no'],
    [185, 'l', 'Okay, have fun on the water — goodbye!'],
  ], usual()),

  // 03 pickup 61 s
  s(FARAH, '03 Chincoteague tides for clamming: pickup at 61 s, "Sorry to keep you waiting! Hello, this is Farah", NOAA station, "yes ty!"', [
    [0, 'p', 'need tide times for chincoteague this saturday, going clamming'],
    [61, 'l', 'Sorry to keep you waiting! Hello, this is Farah at the Eastern Shore Regional Library.'],
    [67, 'l', 'Which side are you clamming on, the bay side of Chincoteague or out toward Assateague?'],
    [110, 'p', 'bay side by the bridge'],
    [116, 'l', "NOAA's Tides & Currents site has predictions for the Chincoteague Channel station: tidesandcurrents.noaa.gov (search 'Chincoteague'). Saturday's low tides are listed there with their times, and low water is the best time to clam."],
    [122, 'l', 'Did that get you what you need?'],
    [170, 'p', 'yes ty!'],
    [175, 'l', 'Good luck clamming, bye!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 greets, identifies no one
  s(CHATDESK, '04 visitor from Ohio fishing the Outer Banks: "Hey there, welcome!" under the screen name "Chat Desk" (no one identified), 10-day non-resident licence', [
    [0, 'p', 'visiting the outer banks from ohio next month, do i need a fishing license to fish off the pier'],
    [14, 'l', 'Hey there, welcome!'],
    [20, 'l', 'Will you be fishing only from a pier, or from the beach too?'],
    [60, 'p', 'both probably'],
    [66, 'l', "Many ocean piers in NC hold a blanket license that covers their paying customers, but for the beach you'd need a Coastal Recreational Fishing License. Non-residents can buy a 10-day one online at ncwildlife.org/licensing."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yes thank you so much'],
    [114, 'l', "You're welcome, tight lines and bye for now!"],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a fish advisory for the Sacramento River
  s(ROCIO, '05 ¿es seguro comer el bagre del río Sacramento? (Spanish): "Le atiende Rocío", tipo de pescado, OEHHA, "eso es todo"', [
    [0, 'p', 'buenas, mi esposo pesca en el rio sacramento y quiero saber si es seguro comer el pescado, tenemos niños chiquitos'],
    [30, 'l', '¡Buenas tardes! Le atiende Rocío, bibliotecaria de la Biblioteca Pública de Sacramento.'],
    [36, 'l', '¿Qué tipo de pescado trae su esposo? Por ejemplo lobina, bagre o salmón.'],
    [80, 'p', 'bagre y a veces striper'],
    [86, 'l', 'La agencia OEHHA de California publica recomendaciones para el río Sacramento, también en español: oehha.ca.gov/fish/advisories (busque "Sacramento River"). Para niños y mujeres embarazadas recomiendan comer mucho menos lobina rayada (striper) que bagre, por el mercurio.'],
    [92, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si muchas gracias, eso es todo'],
    [146, 'l', '¡Gracias por escribirnos! Que estén muy bien.'],
  ], usual()),

  // 06 partly Spanish: the answer with no question first
  s(ULISES, '06 kids fishing off a Naples pier (Spanish/English): answered at once, no question before the FWC page, "¿Algo más…?"', [
    [0, 'p', 'hi, my kids 9 y 12 quieren pescar en el pier de Naples, necesitan licencia?? 🎣'],
    [19, 'l', '¡Hola! Soy Ulises, bibliotecario de Collier County Public Library. ¿En qué le puedo ayudar?'],
    [25, 'l', 'En Florida los menores de 16 años no necesitan licencia de pesca. Las reglas (en inglés) están en myfwc.com/license/recreational/do-i-need-one.'],
    [31, 'l', '¿Le sirvió la información?'],
    [70, 'p', 'si gracias! and me? i am from colombia visiting'],
    [76, 'l', 'Usted sí necesita una licencia de no residente; se compra en línea en gooutdoorsflorida.com. ¿Algo más en que le pueda ayudar?'],
    [110, 'p', 'no, eso es todo'],
    [115, 'l', '¡Que disfruten la pesca! Adiós.'],
  ], usual({ clarify: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(GRANT, '07 Lake Erie walleye for a family: "Give me a minute to pull up the current advisory." answered exactly 120 s later', [
    [0, 'p', 'is it safe to eat walleye from lake erie? how many a month'],
    [25, 'l', "Hello! I'm Grant, a librarian at Toledo Lucas County Public Library."],
    [31, 'l', 'Are you asking for yourself, or for someone pregnant or a child? The advice is different.'],
    [70, 'p', 'for me and my kids, theyre 8 and 11'],
    [76, 'l', 'Give me a minute to pull up the current advisory.'],
    [196, 'l', "Ohio EPA's Sport Fish Consumption Advisory (epa.ohio.gov, search 'fish advisory') puts Lake Erie walleye at one meal a week, and that applies to children too."],
    [202, 'l', 'Does this help?'],
    [250, 'p', 'yes that helps a lot'],
    [255, 'l', 'Anything else today?'],
    [290, 'p', 'nope thats it'],
    [295, 'l', 'Enjoy the fish, bye!'],
  ], usual()),

  // 08 a hold answered 121 s later
  s(TOMAS, '08 Lake Lanier level for the Little Ridge ramp: "Hang on while I check the Corps site." answered 121 s later', [
    [0, 'p', 'whats the lake level at lanier right now, want to know if the ramp at little ridge is usable'],
    [20, 'l', "Hi, you've reached Ask a Librarian at Forsyth County Public Library — I'm Tomas."],
    [26, 'l', 'Which ramp exactly, the one at Little Ridge Park off Hwy 369?'],
    [55, 'p', 'yea that one'],
    [60, 'l', 'Hang on while I check the Corps site.'],
    [181, 'l', "The Army Corps of Engineers posts Lanier's daily elevation at sas.usace.army.mil (Lakes > Lake Sidney Lanier > Lake Levels), and the ramp closures list is on the same page. Today it's about 4 ft below full pool."],
    [187, 'l', 'Was that what you were looking for?'],
    [230, 'p', 'yes ok thx'],
    [236, 'l', 'Thanks for chatting!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 09 122 s of waiting, a "??" in between
  s(PRISCILLA, '09 launching an inflatable kayak near Georgetown: the patron waits 122 s, "??" at 150 does not restart it, NPS page', [
    [0, 'p', 'where can i put in a kayak on the potomac near georgetown'],
    [30, 'l', 'Good afternoon! Priscilla here, librarian at DC Public Library.'],
    [36, 'l', 'Do you have your own kayak, or are you looking to rent one there?'],
    [70, 'p', 'my own, inflatable'],
    [150, 'p', '??'],
    [192, 'l', 'Sorry for the delay! The National Park Service lists the public launch sites along that stretch, with fees and parking: nps.gov/pohe (Plan Your Visit > Boating).'],
    [198, 'l', 'Does that help you plan?'],
    [240, 'p', 'yes thanks'],
    [246, 'l', 'Anything else I can help with?'],
    [280, 'p', 'no thats everything'],
    [285, 'l', 'Have a great paddle — goodbye!'],
  ], usual({ informed: 'fail' })),

  // 10 a referral with a phone number; a deployment's own code
  s(WENDELL, '10 paid fishing trips in Florida: six-pack licence, "call the National Maritime Center … at 1-888-427-5662", code "Referred", "no more questions"', [
    [0, 'p', 'I want to start taking people out fishing for money on my boat. what license do i need? in florida'],
    [18, 'l', 'Hi, this is Wendell, reference librarian with Ask a Librarian (Tampa-Hillsborough County Public Library). Happy to help.'],
    [24, 'l', 'How many paying passengers are you thinking of taking at once?'],
    [70, 'p', 'like 4 max'],
    [76, 'l', "For up to six passengers you'd need a Coast Guard OUPV license, the 'six-pack'; requirements and the application are at dco.uscg.mil/nmc. For questions about counting your sea time, call the National Maritime Center's customer service at 1-888-427-5662. On the state side, Florida's charter (for-hire) license is described at myfwc.com/license/saltwater."],
    [82, 'l', 'Does that answer your question?'],
    [130, 'p', 'yes, no more questions. appreciate it'],
    [136, 'l', 'Thank you for chatting, good luck with the business!'],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred' }),

  // 11 a referral with no way to reach the office
  s(LUCY, '11 titling a Marketplace boat in Grand Rapids: "Evening! Lucy from …", handbook URL, "Take the signed title … to a Secretary of State office" (no contact)', [
    [0, 'p', 'bought a boat off facebook marketplace in grand rapids, how do i get the title in my name'],
    [21, 'l', "Evening! Lucy from Kent District Library's chat reference."],
    [27, 'l', 'Was the boat titled in Michigan before, or is it coming from out of state?'],
    [64, 'p', 'michigan, seller signed the title over'],
    [70, 'l', "Good, that's the easy case. The Handbook of Michigan Boating Laws and Responsibilities explains titling and registration (boat-ed.com/michigan/handbook). Take the signed title and your ID to a Secretary of State office within 15 days and they'll transfer it and register the boat."],
    [76, 'l', 'Does that get you where you need to be?'],
    [120, 'p', 'cool thanks'],
    [125, 'l', 'You bet — take care now!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 12 follow-up by me, e-mail read back, "by Wednesday", done exactly 72 h after the end
  s(NADIA, '12 trout from the Housatonic at Kent (follow-up by me): e-mail typed and read back, "by Wednesday", done exactly 72 h after the end', [
    [0, 'p', 'hi is there a fish advisory for the housatonic river near kent CT? my dad wants to keep some trout'],
    [28, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Nadia at Hartford Public Library."],
    [34, 'l', 'Is he fishing above or below the Bulls Bridge dam? The advice changes along the river.'],
    [90, 'p', 'above i think, near the covered bridge in kent'],
    [96, 'l', "The state's guidance is in the CT DPH fish consumption advisory at portal.ct.gov/dph (search 'fish consumption'), and the Housatonic has a PCB advisory for trout. The page doesn't spell out the Kent stretch, so I'd like to ask their environmental health staff and send you what they say. What e-mail should I use?"],
    [150, 'p', 'sure its mike.okafor@example.net'],
    [156, 'l', "Thanks — mike.okafor@example.net. I'll send their answer by Wednesday."],
    [162, 'l', 'Does the DPH page help in the meantime?'],
    [200, 'p', 'yes it does'],
    [205, 'l', 'Anything else for now?'],
    [230, 'p', 'no thats all'],
    [236, 'l', 'Thanks, Mike, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(241 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me, e-mail only in the patron field, done after 80 h
  s(OSKAR, '13 lien check on a Wisconsin sailboat (follow-up by me): "e-mail you what I find by Friday", address only in patron.email, done after 80 h', [
    [0, 'p', 'buying a used sailboat, how can I check it doesnt have a lien on it? its registered in wisconsin'],
    [40, 'l', 'Hi! Oskar here — librarian, Milwaukee Public Library chat.'],
    [46, 'l', "Do you have the hull ID number (HIN) and the seller's title?"],
    [100, 'p', 'I have the HIN, seller says title is coming'],
    [106, 'l', "Wisconsin DNR handles boat titles, and its boat registration and title page explains how title records are requested: dnr.wisconsin.gov/Permits/Boat. Whether a lien shows up there I'm not sure, so I'll check with our business librarian and e-mail you what I find by Friday."],
    [112, 'l', 'Is the DNR page a useful start?'],
    [160, 'p', 'yes, thanks!'],
    [166, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'sailor.bea@example.org', phone: null }, followUps: [{ doneAt: at(171 + 80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 14 a promise to call back, coded Answered
  s(CELESTE, '14 observed tide at Lynnhaven Inlet for an insurance claim: "call you back by tomorrow afternoon", phone read back, coded Answered', [
    [0, 'p', 'I need the actual tide height at Lynnhaven Inlet on Oct 3 2025 around 6pm for an insurance claim (boat got damaged at the dock)'],
    [15, 'l', 'Good evening — Celeste, reference librarian, Virginia Beach Public Library. Sorry to hear about the boat!'],
    [21, 'l', 'Do you need the predicted tide or the verified (observed) water level? Insurers usually want the observed one.'],
    [60, 'p', 'observed i guess, whatever is official'],
    [66, 'l', "NOAA's Tides & Currents has verified water levels by station: tidesandcurrents.noaa.gov. The nearest stations with observations are Sewells Point and the Bay Bridge-Tunnel, not Lynnhaven itself, so I'll work out which one an insurer will accept and call you back by tomorrow afternoon. What number should I use?"],
    [110, 'p', '757-555-0194'],
    [116, 'l', 'Got it, 757-555-0194. Does the NOAA site help for now?'],
    [150, 'p', 'yes'],
    [155, 'l', 'Thanks for your patience, talk tomorrow!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 follow-up by the patron's library with no contact and no time
  s(BEATRIZ, '15 a reduced-fee licence for a disabled son in Erie PA (follow-up by patron\'s library): no e-mail or phone, no time, not recorded by day 4', [
    [0, 'p', 'can my son get a free fishing license? hes 19 and has a disability. we live in erie PA'],
    [35, 'l', "Hello! This is Beatriz, a librarian with Pennsylvania's Ask Here PA service."],
    [41, 'l', 'Does he have a disability parking placard or a VA rating? The rules are tied to those.'],
    [95, 'p', 'no VA. he has a placard'],
    [101, 'l', "The PA Fish and Boat Commission's license page lists the reduced-fee licenses and who qualifies: fishandboat.com (Licenses > Disability). The exact paperwork is better handled locally, so I'll pass this to the Blasco Library in Erie and someone there will be in touch."],
    [107, 'l', 'Does that help to start?'],
    [150, 'p', 'ok'],
    [155, 'l', 'Take care!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 16 Lost Call (Spanish): greeting only, final idle exactly 180 s
  s(SANTIAGO, '16 temporada de trucha en Pensilvania (Lost Call, Spanish): greeting only, "¿Sigue ahí?" at 140, notice + invitation back at 200 (final idle 180 s)', [
    [0, 'p', 'hola, cuándo abre la temporada de trucha en pensilvania?'],
    [20, 'l', '¡Hola! Gracias por escribir a Ask Here PA; le atiende Santiago, bibliotecario. ¿En qué le puedo ayudar?'],
    [140, 'l', '¿Sigue ahí?'],
    [200, 'l', 'Parece que se desconectó, así que voy a cerrar este chat. ¡Puede volver a escribirnos cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 a goodbye 119 s after the answer; code ""
  s(JONAH, '17 registering a paddle kayak in Ohio: answer at 46, goodbye at 165 (final idle 119 s, no check-in needed), code ""', [
    [0, 'p', 'do i have to register a kayak in ohio'],
    [12, 'l', "Hey! Jonah at Columbus Metropolitan Library's Chat with a Librarian."],
    [18, 'l', 'Is it a plain paddle kayak, no motor?'],
    [40, 'p', 'yes just paddle'],
    [46, 'l', "Yes, Ohio registers paddle craft too (there's a cheaper alternative registration for them). Fees and forms: ohiodnr.gov/boating > Registration. Does that answer it?"],
    [165, 'l', "Since I haven't heard back, I'll say goodbye for now — thanks for chatting!"],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 final idle exactly 120 s, no check-in
  s(ABIGAIL, '18 a New Jersey angler in Maine: saltwater registry URL at 81, "Bye for now, enjoy Maine!" at 201 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'visiting maine in august, do i need anything to fish off the rocks in the ocean? from new jersey'],
    [25, 'l', 'Hi, thanks for writing in! Abigail, Portland Public Library reference.'],
    [31, 'l', 'Will you be fishing with a rod only, or also going for lobsters or clams?'],
    [75, 'p', 'just rod and reel'],
    [81, 'l', "Maine doesn't sell a saltwater license, but non-residents must sign up for the free Saltwater Recreational Fishing Registry before fishing: maine.gov/dmr/recreational-fishing/registry."],
    [87, 'l', 'Is that what you needed?'],
    [201, 'l', 'Bye for now, enjoy Maine!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 check-in, then a notice that does not say the chat will end, no goodbye
  s(GEMMA, '19 a 17-year-old on a rented jet ski in Destin: "Still with me?" at 190, "Looks like you may have disconnected." at 262, no goodbye (final idle 201 s)', [
    [0, 'p', 'renting jet skis in destin, does my 17 yr old need a card'],
    [20, 'l', 'Hello! Gemma at the Okaloosa County Public Library, answering for Ask a Librarian.'],
    [26, 'l', 'Has he taken a boating course anywhere before, in your home state maybe?'],
    [60, 'p', 'no never'],
    [66, 'l', 'Florida requires anyone born on or after Jan 1, 1988 to have a Boating Safety Education ID Card to operate a PWC; the temporary certificate option for renters is explained at myfwc.com/boating/safety-education. Does that help?'],
    [190, 'l', 'Still with me?'],
    [262, 'l', 'Looks like you may have disconnected.'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 20 one message checks in, gives the notice and invites back
  s(HAMID, '20 a senior fishing licence in Minnesota: one line at 200 asks "Are you still there?", says the connection may have dropped and the chat will close, invites back (final idle 196 s)', [
    [0, 'p', 'my dad turns 65 next month does he still have to buy a fishing license in minnesota'],
    [16, 'l', 'Good morning! Hamid from Hennepin County Library here, answering chat.'],
    [22, 'l', 'Does he live in Minnesota year round?'],
    [58, 'p', 'yes st paul'],
    [64, 'l', 'Minnesota residents 65 and over can buy a discounted senior license; the rules and price are on dnr.state.mn.us/licenses/fishing. Does that answer your question?'],
    [200, 'l', "Are you still there? It looks like the connection may have dropped, so I'll close this chat shortly — feel free to message us again anytime."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 21 a limit of questions, the patron has the last word
  s(IRENE, '21 NJ registration fee, then tides, saltwater registry and crabbing: "We limit each patron to one question per chat, so I\'ll need to end things here."', [
    [0, 'p', 'hi how much is it to register a boat in NJ'],
    [18, 'l', 'Hello, this is Irene, librarian at Ocean County Library.'],
    [24, 'l', 'How long is the boat, and does it have a motor?'],
    [50, 'p', '17 ft, outboard'],
    [56, 'l', 'NJ registration fees go by length; the schedule is on the MVC boat page, nj.gov/mvc/vehicles/boats.htm, and a 17-footer falls in the 16-26 ft class. Did that help?'],
    [100, 'p', 'yes!! also where do i get tide charts for barnegat bay and do i need a saltwater license and what about crabbing'],
    [108, 'l', "We limit each patron to one question per chat, so I'll need to end things here."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 Spanish: other patrons waiting, an invitation back (allowed)
  s(AMPARO, '22 licencia de pesca en Texas y más preguntas (Spanish): "Tengo varias personas esperando … vuelva a escribirnos más tarde" (allowed)', [
    [0, 'p', 'hola, cuanto cuesta la licencia de pesca para residente en texas?'],
    [22, 'l', '¡Hola! Soy Amparo, bibliotecaria del servicio Ask a Librarian de la Biblioteca Pública de San Antonio.'],
    [28, 'l', '¿Es para pesca en agua dulce, agua salada o ambas?'],
    [60, 'p', 'las dos'],
    [66, 'l', 'La licencia "Resident All-Water Package" cubre las dos; los precios actuales están en tpwd.texas.gov/business/licenses. ¿Le sirve esa información?'],
    [110, 'p', 'si gracias. y tambien como registro mi lancha, y donde veo el nivel del lago medina, y si mi hijo de 10 años puede pescar sin licencia'],
    [118, 'l', 'Tengo varias personas esperando en la fila, así que vamos a dejarlo aquí por ahora. Por favor vuelva a escribirnos más tarde y con gusto le ayudamos con las otras preguntas.'],
    [140, 'p', 'ok gracias'],
    [145, 'l', '¡Gracias a usted, que tenga buen día!'],
  ], usual({ anything: 'fail' })),

  // 23 a transfer announced, with a note that says why
  s(KWAME, '23 a fishing guide on the Chesapeake: "I\'m handing you over to her now", internal note why, Lorna answers 64 s after the notice', [
    [0, 'p', 'what license do i need to be a fishing guide on the chesapeake bay in MD'],
    [20, 'l', "Hi! You're chatting with Kwame, a librarian with AskUsNow!"],
    [26, 'l', 'Are you planning to take people out on your own boat, or guide from shore?'],
    [70, 'p', 'my own boat, up to 6 people'],
    [76, 'l', "My colleague Lorna knows the licensing side well — I'm handing you over to her now, she'll be right with you."],
    [79, 'i', 'Lorna: MD fishing guide licence + USCG six-pack q, patron has own boat, up to 6 people. Can you take it?'],
    xfer(82, 'Lorna', 'lorna-b'),
    [140, 'l', "Hi, Lorna here (AskUsNow! librarian). Maryland's fishing guide licence requirements are at dnr.maryland.gov/fisheries/Pages/guides.aspx, and carrying paying passengers also takes a Coast Guard OUPV licence (requirements at dco.uscg.mil/nmc).", as(LORNA)],
    [146, 'l', 'Does that cover it?', as(LORNA)],
    [190, 'p', 'yes thank you, thats everything'],
    [195, 'l', 'Thanks for chatting, fair winds!', as(LORNA)],
  ], usual({ transfer: 'pass' })),

  // 24 a transfer announced, the note only after it
  s(RAFAEL, '24 twenty years of Lake Mead levels for a school project: transfer announced, internal note written after the transfer, Stella 95 s after the notice', [
    [0, 'p', 'hi i need lake mead water levels for the last 20 years for a school project'],
    [24, 'l', "Hey, welcome to Ask a Librarian! I'm Rafael at the Las Vegas-Clark County Library District."],
    [30, 'l', 'Do you need a table of numbers you can graph, or would a chart be enough?'],
    [66, 'p', 'numbers, for excel'],
    [72, 'l', "I'll pass you to Stella, our science and data librarian — one moment."],
    xfer(75, 'Stella', 'stella-b'),
    [78, 'i', 'Stella: student wants 20 yrs of Lake Mead elevation data as a table (for Excel)'],
    [167, 'l', "Hi, I'm Stella! The Bureau of Reclamation publishes Lake Mead's end-of-month elevations back to 1935 as a table: usbr.gov/lc/region/g4000/hourly/levels.html. You can copy it straight into Excel.", as(STELLA)],
    [173, 'l', 'Will that work for your project?', as(STELLA)],
    [220, 'p', 'yes!! ty'],
    [226, 'l', 'Anything else I can find for you?', as(STELLA)],
    [250, 'p', 'nope'],
    [255, 'l', 'Good luck on the project, bye!', as(STELLA)],
  ], usual({ transfer: 'fail' })),

  // 25 "take your time"; three at most; code null; the patron has the last word
  s(EZRA, '25 is the seller\'s boat Coast Guard documented: "No rush, take your time." then 204 s away, PSIX, three chats at most, code null, patron last', [
    [0, 'p', 'how do i look up if a boat is coast guard documented? seller says it is'],
    [26, 'l', 'Hi, Ezra here from the Ask a Librarian desk at Cuyahoga County Public Library.'],
    [32, 'l', "Do you have the boat's official number or the vessel name from the seller's paperwork?"],
    [70, 'p', 'hmm its in my truck let me go get it'],
    [76, 'l', 'No rush, take your time.'],
    [280, 'p', 'ok back, official number is 1234567'],
    [286, 'l', "The Coast Guard's PSIX vessel search looks up a documented vessel by official number: cgmix.uscg.mil/psix. It shows the owner and whether the documentation is current."],
    [292, 'l', 'Did that do the trick? Thanks for your patience while you grabbed the number!'],
    [330, 'p', 'yes found it, thats all i needed'],
  ], usual({ code: 'fail' }), { resolutionCode: null }, {
    otherIntervals: [other('e1', 'ezra-b', -500, 0), other('e2', 'ezra-b', -100, 600), other('e3', 'ezra-b', 30, 90), other('e4', 'ezra-b', 100, 700), other('e5', 'ezra-b', 335, 900)],
  }),

  // 26 four at once for one second; a restatement; the library's own desk by phone
  s(YVETTE, '26 striped bass limits out of Annapolis: restated, "call our Annapolis branch reference desk at 410-555-0117", a fourth chat opens 1 s before the end', [
    [0, 'p', 'striper season on the bay this spring, whats the limit? fishing out of annapolis'],
    [17, 'l', 'Hello, Yvette at the Annapolis Library, AskUsNow!'],
    [23, 'l', "So you're after this spring's striped bass limits for the Maryland part of the Chesapeake."],
    [50, 'p', 'yes exactly, from a boat'],
    [56, 'l', 'DNR posts the current season dates, slot size and daily limit at dnr.maryland.gov/fisheries/Pages/striped-bass. If you want help reading the regulation changes, call our Annapolis branch reference desk at 410-555-0117; they keep the printed Maryland Fishing Guide too.'],
    [62, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'perfect thank you'],
    [126, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Tight lines, and thanks for asking AskUsNow!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('y1', 'yvette-b', -300, 400), other('y2', 'yvette-b', 10, 400), other('y3', 'yvette-b', 159, 600)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (tide macro): coded Practice, every check na', [
    [0, 'p', 'testing 123 - tide chart macro'],
    [6, 'l', 'Hi! this is a training session for the tide macro'],
    [12, 'l', 'Tide predictions: tidesandcurrents.noaa.gov. Did that help?'],
    [20, 'p', 'macro works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined, coded Lost Call after two patron lines
  s(NOBODY, '28 crappie limit on Kentucky Lake: no provider ever joined, "anyone there? 😕", patron left, coded Lost Call with two patron lines', [
    [0, 'p', 'whats the bag limit for crappie in kentucky lake'],
    waitLine(3),
    [150, 'p', 'anyone there? 😕'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 Lost Call: the patron vanished, the provider answered anyway
  s(LAUREN, '29 Rapidan trout stocking (Lost Call, one patron line): answered anyway with the DWR schedule, "Are you still there?" at 170, notice + thanks at 230 (final idle 200 s)', [
    [0, 'p', 'when does the trout stocking start at the rapidan river'],
    [30, 'l', 'Hello! Lauren with Orange County Library ask-a-librarian here.'],
    [36, 'l', "Virginia DWR posts its trout stocking schedule daily at dwr.virginia.gov/fishing/trout-stocking-schedule; the Rapidan's upper section is catch-and-release and isn't stocked."],
    [42, 'l', 'Does that answer your question?'],
    [170, 'l', 'Are you still there?'],
    [230, 'l', "I haven't heard from you, so it looks like you've disconnected; I'll end the chat now. Thanks for stopping by!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 30 greeting over two lines, a book from the catalogue, emoji
  s(DOT, '30 a 13-year-old studying for the NJ boater card (emoji): "Hiya! 👋" + "This is Dot, teen librarian …", books in the catalogue, "thats all!!"', [
    [0, 'p', 'heyyy 🙂 so im 13 and want to get my boater card this summer so i can take our skiff out by myself lol do u have any books to study 🚤🚤'],
    [20, 'l', 'Hiya! 👋'],
    [24, 'l', 'This is Dot, teen librarian at Cape May County Library, glad you asked!'],
    [30, 'l', 'Which state will you be boating in? The test is a little different in each.'],
    [60, 'p', 'new jersey'],
    [66, 'l', "Our catalogue has 'Chapman Piloting & Seamanship' and the 'Boat Smart' NJ study guide; you can put them on hold at cmclibrary.org/catalog. The official NJ course itself is listed on njsp.gov (Marine Services > Boating Safety Course)."],
    [72, 'l', 'Are those the kind of thing you were hoping for?'],
    [110, 'p', 'yesss thank u thats all!!'],
    [116, 'l', 'Have an awesome summer on the water, bye! 🚤'],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundBoating.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-second round: boating and fishing, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundBoating.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundBoating.filter((c) => c.name in LEFT_WHY));
});
