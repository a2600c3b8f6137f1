/**
 * Eighty-seventh round, theme DECOY CARVING AND CHESAPEAKE WATERFOWLING HISTORY, checked: 30 whole sessions no one had
 * written, from Maryland public library and statewide AskUsNow! chats: carving (a beginner with a garage of tools in
 * Montgomery County, a retired husband in Salisbury in Spanish, a first entry at the Ward World Championship, clubs for a
 * carver in Garrett County, the paint the old carvers used, a Spanish-speaking daughter asking for carving books), decoys as
 * objects (an R. Madison Mitchell canvasback to value, two flea-market decoys from Chestertown, Upper Bay or Crisfield style,
 * the Chesapeake Bay Maritime Museum's collection of Flats carvers), places (the Havre de Grace Decoy Museum with grandsons,
 * the Ward Brothers' Workshop in Crisfield, the Waterfowl Festival in Easton, punt guns and decoys to see near Kent Island),
 * waterfowling history (a market gunner grandfather fined in 1925, sinkboxes for a novel set in 1933, the canvasbacks that
 * left the Flats, a bushwhack boat bought in Rock Hall, a punt gun at an estate sale near La Plata, the Migratory Bird Treaty
 * Act for History Day, duck stamps, the Chesapeake Bay retriever, a Spanish-speaking father's son and the hunter education
 * course) and people (a 4th grader's Ward brothers project, Dorchester oral histories, the Holly family of Havre de Grace, a
 * father's 1970s ribbon at the Ward World, a Bodine photograph of carvers, an uncle in the Maryland Conservationist). Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/decoys-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-27 s in most; 59 s (03: pass); exactly 60 s in a Lost Call (24: pass); a `joined` system event at 42 s and the
 *   first visible line at 64 s (16: fail); an internal note at 30 s and the first visible line at 75 s (11: fail); no
 *   provider ever (26: fail); startedAt written in UTC ("…T15:00:00Z") over messages written at -05:00 (05: 24 s, pass);
 *  greeting: name and library ("Good morning, and thanks for contacting Harford County Public Library! My name is Dana.",
 *   01), Spanish "¡Buenas noches! Gracias por comunicarse con las Bibliotecas Públicas de Wicomico. Le atiende Lucía." (02),
 *   "¡Buenos días! Soy Miguel, bibliotecario …" (14), "¡Hola! Bienvenida a AskUsNow!. Soy Sofía, bibliotecaria." (25),
 *   congratulations first ("Congratulations on the puppy! Hi, I'm Keisha …", 06), "Hi, you're chatting with a librarian."
 *   only (13), the service only ("Hello, and welcome to Maryland's AskUsNow! service.", 24), a cooperative librarian
 *   overnight (18); fails: "This is Paula with the Somerset County Library System, Crisfield branch." and a question, no
 *   greeting word (12), "Good afternoon!" and a question, the name only in the third provider line (17); na (26, 27);
 *  keep_informed: a hold at 66 s, "Still searching. I found a 1922 … I'm checking the 1923-1926 indexes now." exactly 120 s
 *   later, the answer 100 s after (04: pass); "Sure, go take a look, no rush!" and the patron back 205 s later (09: waiting on
 *   the patron, pass); the patron's question at 110 s, her "?" at 170 s, the answer at 231 s (13: 121 s, fail); a Spanish
 *   hold at 68 s, the patron's "ok gracias" at 140 s, the answer at 193 s (14: 125 s, fail); the patron's "thats all i
 *   needed, thanks!" answered by the goodbye 140 s later (11: fail); transfer notices answered 94 s (28) and 74 s (30) later
 *   with the internal note in between; a silent transfer, the receiver's first line 70 s after the patron's (29); the
 *   patron's last line unanswered (15, 17); na (24-27);
 *  clarify: the restatement "So you need period detail on how gunners used sinkboxes on the Flats around 1933 …" (08);
 *   questions on the due date and printing (03), the years (04), identify or value (05), short version or book (06), out of
 *   town or local (07), working or decorative and tools at hand (09), a family or the county in general (10), weekday or
 *   weekend and the name (12), home county and a course taken (14), the boat's length and rig (16), a whole gun or parts
 *   (17), carver or region (18), heads and bottoms (19), club or class (20), the uncle's name and year (21), driving distance
 *   (23), category (29), the photo (30); fails: the answer straight after the greeting (11), only the greeting's "How can I
 *   help you today?" before the source (15), the History Day category asked after the first source (22); with no source ever,
 *   a question before the answer (13, 23: pass);
 *  source: decoymuseum.com, hcplonline.org, wardmuseum.org (and its Rules, Past Winners and clubs pages), wicomicolibrary.org,
 *   somelibrary.org > Research (Britannica School), ccplnet.org > Local History, chroniclingamerica.loc.gov, fws.gov/duckstamps,
 *   dnr.maryland.gov, the Scott Specialized Catalogue, msa.maryland.gov, bcpl.info, amchessieclub.org, waterfowlfestival.org,
 *   aacpl.net (ProQuest Historical Newspapers), montgomerycountymd.gov/library (Creativebug), salisbury.edu/nabb, msac.org,
 *   the Nabb Center by e-mail and phone, guyetteanddeeter.com, cbmm.org, upperbaymuseum.org, kentcountylibrary.org, atf.gov,
 *   mdsp.maryland.gov, worldcat.org, hathitrust.org, loc.gov/pictures, aaubreybodine.com, books (McKinney, Shourds and
 *   Hillman, Walsh's The Outlaw Gunner, Cherry, Richardson, Chapelle); none: advice, "stop by the Upper Bay Museum in North
 *   East" and "search Google for …" (13: fail), a museum with a street address only (23: fail);
 *  completeness: "Does that help you plan the day?", "¿Le sirve esta información?", "Is that enough for your project, or do
 *   you need more?", "Does this completely answer your question?", "Did that answer what you were looking for?", "Does that
 *   cover it?", "Is that the information you needed?", "Does that give you what you need for now?", "Does the past-winners
 *   page answer your question for now?", "Did that help?" after an answer with no source (13: pass); near misses: the offer
 *   "Want me to look up what other Mitchell canvasbacks have sold for?" (11: fail), "Hope that helps!" (23: fail), none (17,
 *   20, 22: fail);
 *  anything else: asked by the provider (01, 03, 04, 05, 06, 09, 10, 12, 13, 14, 28, 29); the patron's own "eso es todo lo
 *   que necesitaba" (02), "thats everything i needed" (07), "That's all I needed" (08), "thats all i needed" (11), "That's
 *   everything for today then." (16); near misses: "Feel free to come back if anything else comes up." (18: fail), "ok cool"
 *   and "oh ok" (17), "yes, thank you both" (30), "wow ok" (15), a patron who went quiet (19-23);
 *  dismissal: "I'm sorry, but our chat time is up for this session. Thanks for using AskUsNow!" (15: fail); "My shift is
 *   over in a couple of minutes, so I'm going to end the chat here." (17: fail, with no way back); "I have a few other patrons
 *   waiting right now and my shift is wrapping up, so I'd suggest starting a new chat later today or tomorrow — any of our
 *   librarians can pick up from here" (16: pass);
 *  courteous: goodbyes, thanks and "come back anytime" in English and Spanish; fails: a remark and the dismissal (17), a
 *   check-in and a notice with no thanks (20), an answer and a promise before the patron left (22);
 *  final idle: a goodbye 119 s after the last answer (18: na); a check-in at 120 s and a goodbye at 179 s (19: idle passes,
 *   notice na); "Are you still there?" at 120 s and "It looks like you've been disconnected, so I'm going to end the chat
 *   now." with no thanks, ended exactly 180 s after the answer (20: both pass, courteous fails); no check-in and a notice
 *   that thanks and invites back 190 s after (21: idle fails, notice passes); "Patron has left the chat." 220 s after the
 *   provider's last line, ended 225 s after it (22: both fail); a goodbye 90 s after the answer with `endedAt` 540 s after
 *   the goodbye (23: na); a Lost Call: greeting at 60 s, a combined check-in and notice, ended exactly 180 s after the
 *   greeting (24: both pass); a Spanish Lost Call: "¿Sigue ahí?" and a notice with thanks 190 s after the greeting (25);
 *   the patron's last line the last visible one (15, 17, 26);
 *  concurrency: one other ending at 100 s as another starts at 100 s (01: three at most, pass); four others all ended by
 *   `startedAt` (05: pass); three others each overlapping it but never all at once (06: pass); other providers' sessions
 *   around it (07: pass); three others open together from 90 s (15: four, fail); three others open together only after the
 *   goodbye, before `endedAt` (23: four, fail); the receiver of a transfer with three others open during his part (28: fail);
 *  codes: Answered; "Referred to outside agency", a code the deployment configures (10: pass); no code field with no provider
 *   (26: na); "" (17: fail); Lost Call with one patron line (24: pass) and with "hola?" and the question (25: fail); Practice
 *   (27: all na); a promise coded Answered (29: fail); Follow-up by me with no contact anywhere (30: fail); Follow-up by me
 *   with the e-mail only in `patron` (19, 22: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Tuesday evening", a session on Saturday 7 March at 20:00 -05:00 and the
 *   follow-up at "2026-03-10T20:45:00-04:00", 71 h 41 min later across the clock change (12: pass); FU_LIB partly Spanish,
 *   phone typed with spaces and read back with dashes, "lo llamará mañana por la tarde", not recorded at day 1 (14: pending);
 *   an overnight cooperative librarian, e-mail read back, "by Thursday", recorded "2026-03-05T21:30:00-08:00", 72 h 16 min
 *   after the end (18: fail); a promise inside a check-in, the e-mail only in `patron.email`, no time, recorded exactly 72 h
 *   after the end (19: contact fails, on time passes); phone read back, "by tomorrow afternoon", recorded at 80 h (21: on
 *   time fails); "I'll … e-mail it to you at the address on your account by Wednesday", not recorded, `now` 60 s past the
 *   deadline (22: contact and on time fail); an e-mail given and read back, no time, coded Answered, recorded at 30 h (29);
 *   "I'll look into the paper files and get back to you" with no contact and FU_ME, pending at day 1 (30);
 *  referrals: the Decoy Museum by phone (01); el museo por teléfono (02); the Nabb Center by e-mail and phone (10); the
 *   provider's own branch Local History Room by phone (12); the CBMM boatyard by URL and phone and the Upper Bay Museum by
 *   URL in one message (16: pass); a museum by street address (23: pass); fails: Guyette & Deeter by URL, the Decoy Museum by
 *   phone and "ask a certified appraiser through the American Society of Appraisers" in one message (11), "stop by the Upper
 *   Bay Museum in North East" (13), "Your local library may also know of carvers …, so it's worth asking there." (20); not
 *   referrals: staff consulted ("Our local history librarian double-checked the spelling with me", 04), a branch asked to
 *   call the patron (14), the museum librarian the provider will ask herself (29), transfers (28-30);
 *  transfers: a notice and a note saying why, both before (28: pass); a note saying why but no notice before it, the receiver
 *   saying "Toby passed your chat to me" after it (29: fail); a notice and the note "Omar, can u grab this one? thx" (30:
 *   fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a `joined` system event is not `pickedUpAt`: with no `pickedUpAt`, the pickup is the first visible provider message
 *   (16: 64 s, fail); an internal note is not visible (11: 75 s, fail); times are compared as instants whatever the offset
 *   they are written in (05, 12, 18);
 * - "This is Paula with the Somerset County Library System" identifies but greets no one (12: fail); "Hi there, you're
 *   chatting with a librarian." greets and identifies ("librarian"); "welcome to Maryland's AskUsNow! service" greets and
 *   names the service (24);
 * - "Still searching. I found a 1922 Cecil Whig item … I'm checking the 1923-1926 indexes now." gives a partial result and
 *   says the search goes on: a hold (04); a span of exactly 120 s is not longer than 120 s (04: pass);
 * - a patron's line while a wait on the provider lasts does not restart it: "?" (13) and "ok gracias" after a hold (14);
 * - "thats all i needed, thanks!" begins a wait on the provider like any patron message; the goodbye 140 s later ends it
 *   (11: keep_informed fails);
 * - "Sure, go take a look, no rush!" tells the patron to take their time: not a hold, so the 205 s after it are waiting on
 *   the patron (09);
 * - "search Google for …" names a search engine with no URL or domain: "an organisation or app named without a way to reach
 *   it is not a source" (13); a museum given only with its street address is a referral with a way to reach it (postal
 *   address) but not a source, since RUBRIC's list of sources is a URL or domain, an e-mail or phone contact for a referral,
 *   or a named resource (23: source fails, referral passes);
 * - with no source ever given, "any such question counts" (13, 23: clarify passes); "Did that help?" after an answer given
 *   without a source asks whether "the information already given meets the need" (13);
 * - "Want me to look up what other Mitchell canvasbacks have sold for?" asks about something not yet given (11: fail);
 *   "Hope that helps!" asks nothing (23: fail); "Is that enough for your project, or do you need more?" asks (03);
 * - "eso es todo lo que necesitaba" (02), "That's everything for today then." (16) and "thats all i needed" (11) say
 *   explicitly that the patron is done; "yes, thank you both" (30), "ok cool" and "oh ok" (17) do not; "Feel free to come
 *   back if anything else comes up." invites but does not ask (18);
 * - "our chat time is up for this session" tells the patron their time is up (15: fails, though it thanks); "My shift is
 *   over in a couple of minutes, so I'm going to end the chat here." ends the help for the provider's convenience with no
 *   way back (17: fails); other patrons waiting and a shift wrapping up, with "starting a new chat later today or tomorrow —
 *   any of our librarians can pick up from here", offers the way back the seed allows (16: passes);
 * - "It looks like you've been disconnected, so I'm going to end the chat now." thanks no one, says no goodbye and invites
 *   no one back: by the Terms it only announces the end, so it is not a goodbye, the final idle runs to `endedAt` (20:
 *   exactly 180 s) and courteous fails;
 * - "Are you still there? It looks like we may have lost the connection, so I'll end this chat. Please come back anytime!"
 *   asks whether the patron is there, so it is not a goodbye: the final idle runs from the greeting (the first provider line
 *   after the patron's only line, no hold) to `endedAt`, exactly 180 s (24); it is the check-in and the notice at once;
 * - "I haven't heard back, so I'll close this chat for now. Thanks for using AskUsNow!" (19), "It seems you've been
 *   disconnected, so I'll close this chat. … thanks for contacting HCLS, and feel free to chat again anytime!" (21), "Parece
 *   que se desconectó, así que voy a cerrar el chat. … ¡Gracias!" (25) and "I'll let you go — thanks for chatting …" (23)
 *   are goodbyes: the idle ends at them, and 21's and 25's also tell the patron they seem disconnected and the chat ends;
 * - a `patron_left` system event does not end the final idle: `endedAt` does (22: 225 s, check-in and notice fail);
 * - `endedAt` 540 s after a goodbye keeps the session open for concurrency though the final idle ended at the goodbye (23);
 * - a code field left out (undefined) means the source has no codes (26: na); "Referred to outside agency" is a code the
 *   deployment configures (10: pass); "hola?" before the question makes two patron messages (25: Lost Call fails);
 * - "I'll keep digging for a good regional comparison guide and e-mail you what I find." inside a check-in is a promise to
 *   send more later (19); the e-mail is only in `patron.email`, so the Follow-up by me code has a contact (passes) but it
 *   was never confirmed in the chat and no time was said (contact fails);
 * - a follow-up recorded exactly 72 h after the end is "within" 72 h (19: pass); 2026-03-10T20:45:00-04:00 is 71 h 41 min
 *   after 2026-03-07T20:03:31-05:00 (12: pass); 2026-03-05T21:30:00-08:00 is 72 h 16 min after 2026-03-03T00:13:50-05:00
 *   (18: fail, though it is still Thursday where it was written);
 * - "La bibliotecaria de jóvenes de Langley Park lo llamará mañana por la tarde" says someone from the patron's library will
 *   contact him and when (14: a follow-up session, contact passes); he is not told to contact the branch, so no referral;
 * - "I'll ask the museum librarian to check those programs … and e-mail you what she finds" is a promise (a follow-up
 *   session) and not a referral (the patron is not told to contact her); "I'll pass along whatever she finds" says no time
 *   (29: contact fails; Answered is not a follow-up code, code fails);
 * - "Our local history librarian double-checked the spelling with me" is staff consulted on the patron's behalf (04: no
 *   referral); "I'd call the museum … and ask who'll be carving that Saturday" tells the patron to call (01: referral);
 *   "Your local library may also know of carvers who meet nearby, so it's worth asking there" refers to another library with
 *   no way to reach it (20: fail);
 * - a transfer notice must come from the transferring provider before the transfer: the receiver's "Toby passed your chat
 *   to me" after it does not count (29: fail); "Omar, can u grab this one? thx" asks but says no why (30: fail);
 * - concurrency in a transferred session: the receiver judged over his part, 72-251 s, with three others open from 120 s
 *   (28: four, fail); the first provider over 0-72 s (two at most).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/decoys-labels.ts). First run as labelled / disagreeing: 28 / 2 (15, 20); no case scored differently once
 * redacted and no check "could not be evaluated". Label corrections: none (both disagreements reread against RUBRIC.md; both
 * labels stood). Final: 28 running, 2 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence: "our chat time is
 * up for this session" not read as a dismissal, 15; the instruction "Let me know if that link doesn't work." read as the
 * completeness question, 20).
 * NOTE (rubric v74, block AN): 15 runs now ("our chat time is up for this session" is a dismissal, AN2): 29 running, 1 LEFT
 *   (20).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Saturday 7 March 2026, 20:00:00-05:00 (five days and ten hours after T0): the session before the clock change (12). */
const SAT_EVENING = 5 * 24 * HOUR + 10 * HOUR;
/** Tuesday 3 March 2026, 00:10:00-05:00: the overnight cooperative session (18). */
const OVERNIGHT = 14 * HOUR + 10 * 60;

const DANA: Prov = { id: 'dana-dc', name: 'Dana', library: 'HCPL-MD' };
const LUCIA: Prov = { id: 'lucia-dc', name: 'Lucía', library: 'WPL-MD' };
const TERRENCE: Prov = { id: 'terrence-dc', name: 'Terrence', library: 'SCLS-MD' };
const MARGUERITE: Prov = { id: 'marguerite-dc', name: 'Marguerite', library: 'CCPL-CE' };
const OWEN: Prov = { id: 'owen-dc', name: 'Owen', library: 'FCPL-MD' };
const KEISHA: Prov = { id: 'keisha-dc', name: 'Keisha', library: 'BCPL' };
const PRIYA: Prov = { id: 'priya-dc', name: 'Priya', library: 'TCFL' };
const GRAHAM: Prov = { id: 'graham-dc', name: 'Graham', library: 'AACPL' };
const RAY: Prov = { id: 'ray-dc', name: 'Ray', library: 'MCPL' };
const NELL: Prov = { id: 'nell-dc', name: 'Nell', library: 'DCPL-MD' };
const CAL: Prov = { id: 'cal-dc', name: 'Cal', library: 'AUN' };
const PAULA: Prov = { id: 'paula-dc', name: 'Paula', library: 'SCLS-MD' };
const JUNE: Prov = { id: 'june-dc', name: 'June', library: 'AUN' };
const MIGUEL: Prov = { id: 'miguel-dc', name: 'Miguel', library: 'PGCMLS' };
const BEA: Prov = { id: 'bea-dc', name: 'Bea', library: 'AUN' };
const FRANK: Prov = { id: 'frank-dc', name: 'Frank', library: 'KCPL-MD' };
const IRIS: Prov = { id: 'iris-dc', name: 'Iris', library: 'CCPL-CH' };
const CORINNE: Prov = { id: 'corinne-dc', name: 'Corinne', library: 'COOP-WA' };
const WALT: Prov = { id: 'walt-dc', name: 'Walt', library: 'AUN' };
const TASHA: Prov = { id: 'tasha-dc', name: 'Tasha', library: 'AUN' };
const DEV: Prov = { id: 'dev-dc', name: 'Dev', library: 'HCLS' };
const MAUREEN: Prov = { id: 'maureen-dc', name: 'Maureen', library: 'CCPL-CA' };
const HOLLIS: Prov = { id: 'hollis-dc', name: 'Hollis', library: 'QACL' };
const KEN: Prov = { id: 'ken-dc', name: 'Ken', library: 'AUN' };
const SOFIA: Prov = { id: 'sofia-dc', name: 'Sofía', library: 'AUN' };
const QUEUE: Prov = { id: 'cola-dc', name: 'AskUsNow! queue', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-dc', name: 'Trainee 3', library: 'TRN' };
const ANA: Prov = { id: 'ana-dc', name: 'Ana', library: 'AUN' };
const BURKE: Prov = { id: 'burke-dc', name: 'Burke', library: 'HCPL-MD' };
const TOBY: Prov = { id: 'toby-dc', name: 'Toby', library: 'WOCL' };
const LIN: Prov = { id: 'lin-dc', name: 'Lin', library: 'WPL-MD' };
const RENEE: Prov = { id: 'renee-dc', name: 'Renee', library: 'AACPL' };
const OMAR: Prov = { id: 'omar-dc', name: 'Omar', library: 'EPFL' };

const s = session;

export const DECOYS: SessionCase[] = [
  // 01 the plain good session; one other ends at 100 s as another starts
  s(DANA, '01 the Havre de Grace Decoy Museum with two grandsons: carving demos, decoymuseum.com, "I\'d call the museum at 410-555-0137", McKinney in the catalog, ends touching at 100 s', [
    [0, 'p', 'hi there, taking my grandsons (8 and 11) to havre de grace next saturday. is the decoy museum worth it for kids, and do they do carving demos?'],
    [22, 'l', 'Good morning, and thanks for contacting Harford County Public Library! My name is Dana.'],
    [28, 'l', 'What a fun trip. Are the boys more into seeing someone actually carve, or would the displays be enough?'],
    [61, 'p', 'carving would be the highlight honestly, the 11 yr old whittles'],
    [70, 'l', "Then it's a good pick. The Havre de Grace Decoy Museum (decoymuseum.com) has a re-creation of R. Madison Mitchell's carving shop, and local carvers often demonstrate there on weekends. Since it varies, I'd call the museum at 410-555-0137 a few days ahead and ask who'll be carving that Saturday. For a little background before you go, our catalog at hcplonline.org has 'Decoys of the Susquehanna Flats and Their Makers' by J. Evans McKinney."],
    [75, 'l', 'Does that help you plan the day?'],
    [104, 'p', 'yes!! exactly what i needed to know'],
    [110, 'l', 'Great! Anything else I can help you with before your trip?'],
    [131, 'p', "no that's it, thank you so much"],
    [137, 'l', 'Have a wonderful Saturday with the boys, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('d1', 'dana-dc', -200, 100), other('d2', 'dana-dc', 50, 400), other('d3', 'dana-dc', 100, 500)],
  }),

  // 02 Spanish: classes for a retired husband, the museum by phone
  s(LUCIA, '02 clases de tallado de señuelos en Salisbury (Spanish): wardmuseum.org, "puede llamar al museo al 410-555-0149", Shourds & Hillman, "eso es todo lo que necesitaba"', [
    [0, 'p', 'Buenas noches, mi esposo se jubiló y quiere aprender a tallar señuelos de pato. Hay clases en Salisbury?'],
    [25, 'l', '¡Buenas noches! Gracias por comunicarse con las Bibliotecas Públicas de Wicomico. Le atiende Lucía.'],
    [31, 'l', '¿Su esposo ya ha tallado madera antes, o empezaría desde cero?'],
    [70, 'p', 'desde cero, nunca a tallado nada jaja. pero es muy paciente'],
    [80, 'l', "Perfecto. El Museo Ward de Arte de Aves Acuáticas (Ward Museum of Wildfowl Art), aquí en Salisbury, ofrece talleres de tallado para principiantes; el calendario está en wardmuseum.org, en la sección de educación. Para preguntar si hay cupo o si las clases son solo en inglés, puede llamar al museo al 410-555-0149. Y en nuestro catálogo (wicomicolibrary.org) hay libros para empezar, como 'Carving Duck Decoys' de Harry V. Shourds y Anthony Hillman, con patrones paso a paso."],
    [86, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si mucho!! eso es todo lo que necesitaba, mil gracias'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos, y que disfrute su esposo el tallado. ¡Buenas noches!'],
  ], usual({ referral: 'pass' })),

  // 03 a 4th grader's project; pickup at 59 s
  s(TERRENCE, '03 three facts and a picture on the Ward brothers for 4th grade: pickup at 59 s, due date asked, wardmuseum.org + Britannica School, "Is that enough for your project"', [
    [0, 'p', 'hi i have a projet on the ward brothers for 4th grade. i need 3 facts and a picture'],
    [59, 'l', "Hi! Thanks for waiting. I'm Terrence, a librarian at the Somerset County Library System in Crisfield. 🦆"],
    [65, 'l', 'When is your project due? And can you print pictures at home, or will you need to print them at the library?'],
    [98, 'p', 'friday. we have a printer'],
    [107, 'l', "Great, Friday gives you time. Here are three facts to start with: Lem and Steve Ward were brothers from Crisfield who carved decoys for hunters and later became famous wildfowl artists; they worked as barbers too; and the Ward Museum of Wildfowl Art in Salisbury is named for them. The museum's page about the brothers (wardmuseum.org > About > The Ward Brothers) has their story and photos you can print for school. Britannica School, free with your library card at somelibrary.org > Research, has an article on decoys with pictures too."],
    [113, 'l', 'Is that enough for your project, or do you need more?'],
    [150, 'p', 'thats enough!! thank u'],
    [155, 'l', 'Is there anything else you need help with?'],
    [170, 'p', 'no'],
    [175, 'l', 'Good luck on Friday! Thanks for using the library, bye!'],
  ], usual()),

  // 04 holds, a partial result exactly 120 s after the hold, staff consulted
  s(MARGUERITE, '04 a market gunner grandfather fined in 1925 (Cecil Whig): a hold at 66, "Still searching. I found a 1922 … item" at 186 (120 s), the answer at 286, staff consulted', [
    [0, 'p', 'Hello. My grandfather, Walter Denney (sp?), was a market gunner on the Susquehanna Flats before the laws changed. Family story says he was arrested once for using a big gun. Is there any way to find a newspaper story about it? He lived near Charlestown.'],
    [18, 'l', "Hello and welcome to Ask a Librarian at Cecil County Public Library! I'm Marguerite."],
    [24, 'l', 'What a story. Do you have a rough idea of the years, before or after the First World War?'],
    [58, 'p', 'After, I think. He was born in 1894 and my mother said it was when she was a baby, so maybe 1920s?'],
    [66, 'l', 'Thank you, that helps. Let me search our Cecil Whig index for that — one moment, please.'],
    [186, 'l', "Still searching. I found a 1922 Cecil Whig item on game wardens seizing a punt gun near Charlestown, but no name in it yet; I'm checking the 1923-1926 indexes now."],
    [286, 'l', "Found it, I think! The Cecil Whig of January 9, 1925 reports that 'Walter Denny of Charlestown' was fined by a magistrate for gunning with a swivel gun on the Flats. Our local history librarian double-checked the spelling with me. The whole page is in the Cecil Whig digital archive on our website (ccplnet.org > Research > Local History), and Chronicling America (chroniclingamerica.loc.gov) has other Maryland papers if you want to look for more."],
    [292, 'l', 'Does this completely answer your question?'],
    [330, 'p', 'Oh my goodness. Yes! Denny is how the family spelled it back then. Thank you!'],
    [336, 'l', "You're so welcome. Is there anything else I can look up for you?"],
    [370, 'p', "No, that's everything. I'm going to print it for my cousins."],
    [376, 'l', 'What a find to share. Thanks for chatting with us, and come back anytime!'],
  ], usual()),

  // 05 duck stamps; startedAt written in UTC; four others all ended by the start
  s(OWEN, '05 a father\'s federal duck stamps: startedAt and endedAt in UTC, fws.gov/duckstamps + dnr.maryland.gov + the Scott catalogue, four others all over by the start', [
    [0, 'p', 'Hi, my dad left me a bunch of federal duck stamps from the 1950s-70s. Is there a list of all of them with the artists? And did Maryland ever have its own?'],
    [24, 'l', 'Hi there! Welcome to Ask FCPL — this is Owen, a librarian at Frederick County Public Libraries.'],
    [30, 'l', 'Are you mostly trying to identify what you have, or to find out what they might be worth?'],
    [63, 'p', 'identify first. worth maybe later lol'],
    [72, 'l', "The U.S. Fish and Wildlife Service keeps the full list of federal duck stamps since 1934, with the artist and species for every year, at fws.gov/duckstamps (look for the stamp history). Maryland has issued its own Migratory Game Bird Stamp since 1974, and the Department of Natural Resources has the contest and past designs at dnr.maryland.gov (search 'duck stamp'). For values later, the Scott Specialized Catalogue of United States Stamps in our reference collection lists every duck stamp."],
    [78, 'l', 'Did that answer what you were looking for?'],
    [110, 'p', 'yes perfect'],
    [116, 'l', 'Can I help with anything else today?'],
    [140, 'p', 'nope, all set. thanks!'],
    [146, 'l', 'Happy sorting, and thanks for chatting with us!'],
  ], usual(), { startedAt: '2026-03-02T15:00:00Z', endedAt: '2026-03-02T15:02:31Z' }, {
    otherIntervals: [other('o1', 'owen-dc', -900, -120), other('o2', 'owen-dc', -800, -60), other('o3', 'owen-dc', -700, -30), other('o4', 'owen-dc', -600, 0)],
  }),

  // 06 the Chesapeake Bay retriever; three others overlapping it, never all at once
  s(KEISHA, '06 how the Chessie became the state dog: short version now and a book later, msa.maryland.gov + Cherry in bcpl.info + amchessieclub.org, three staggered others', [
    [0, 'p', 'we just got a chessie puppy!! how did chesapeake bay retrievers get to be the maryland state dog, and were they really bred for duck hunting?'],
    [17, 'l', "Congratulations on the puppy! Hi, I'm Keisha, a librarian with Baltimore County Public Library."],
    [23, 'l', "Are you after the short version, or something longer you could read, like a book on the breed's history?"],
    [55, 'p', 'both? short version now and a book for later'],
    [64, 'l', "Short version: yes, they were bred to retrieve ducks on the Bay. The breed traces back to two Newfoundland pups, Sailor and Canton, rescued from a ship off the Maryland coast in 1807 and bred with local dogs by gunners who needed a retriever that could break ice and fetch canvasbacks all day. The General Assembly made it the state dog in 1964; the Maryland Manual's State Symbols page tells the story at msa.maryland.gov (Maryland at a Glance > State Symbols). For later, our catalog at bcpl.info has Eloise Heller Cherry's 'The Complete Chesapeake Bay Retriever', and the American Chesapeake Club has history pages at amchessieclub.org."],
    [70, 'l', 'Does that cover it?'],
    [98, 'p', "yes! perfect, she's chewing my shoe as i type lol"],
    [104, 'l', 'Ha! Anything else I can help with?'],
    [125, 'p', 'no thats all, thank u'],
    [130, 'l', 'Enjoy the puppy, and thanks for chatting with BCPL!'],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'keisha-dc', -100, 60), other('k2', 'keisha-dc', 40, 100), other('k3', 'keisha-dc', 80, 300)],
  }),

  // 07 the Waterfowl Festival; the patron says she is done; other providers' sessions around it
  s(PRIYA, '07 the Waterfowl Festival in Easton with a mother who uses a walker: waterfowlfestival.org, "thats everything i needed" unasked, other providers\' chats', [
    [0, 'p', 'when is the waterfowl festival in easton this year and is there a shuttle from parking? my mom uses a walker'],
    [21, 'l', "Hi, thanks for reaching out to Talbot County Free Library! I'm Priya, a librarian at the Easton branch."],
    [27, 'l', 'Will you be driving in from out of town, or are you local to Easton?'],
    [60, 'p', 'coming from dover, de'],
    [68, 'l', "The Waterfowl Festival is held the second weekend of November; this year's dates, tickets and the map are at waterfowlfestival.org. Free shuttle buses run between the parking lots and the exhibit sites, and the Plan Your Visit page there lists the accessible drop-off points, which should help with the walker. From Dover, Route 50 brings you right into Easton."],
    [74, 'l', 'Is that the information you needed?'],
    [102, 'p', 'yes thank you! thats everything i needed'],
    [107, 'l', 'Wonderful — have a great time at the festival, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [
      other('x1', 'jo', 0, 500), other('x2', 'sam-dc', -50, 300), other('x3', 'lee-dc', 10, 200), other('x4', 'kim-dc', 20, 200),
      other('p1', 'priya-dc', -60, 300),
    ],
  }),

  // 08 sinkboxes for a novel: the restatement
  s(GRAHAM, '08 how a sinkbox worked and why it was banned, for a novel set in 1933: "So you need period detail …", Walsh + McKinney in aacpl.net, ProQuest, "That\'s all I needed"', [
    [0, 'p', "I'm writing a novel set on the Susquehanna Flats in 1933 and my main character is a gunner. How did a sinkbox actually work? And why was it outlawed?"],
    [19, 'l', 'Good afternoon! Graham here, a librarian at Anne Arundel County Public Library. Happy to help with the novel.'],
    [25, 'l', 'So you need period detail on how gunners used sinkboxes on the Flats around 1933, and the story of the ban — what the box looked like, how many decoys, that kind of thing?'],
    [60, 'p', 'Exactly that. Sensory detail is gold.'],
    [69, 'l', "A sinkbox was a coffin-shaped box sunk flush with the water, with canvas or wooden wings spread around it to keep the waves out; the gunner lay on his back in it, below the surface, in the middle of hundreds of decoys, and some rigs set cast-iron decoys on the wings to weigh them down. Federal rules outlawed sinkboxes in 1935, so your 1933 is right at the end of the era. Harry M. Walsh's 'The Outlaw Gunner' is full of first-hand stories from the Flats, and 'Decoys of the Susquehanna Flats and Their Makers' by J. Evans McKinney has photos of rigs; both are in our catalog at aacpl.net. For newspaper color from the year itself, the Baltimore Sun archive (ProQuest Historical Newspapers) is free with your library card under aacpl.net > Research."],
    [75, 'l', 'Does that give you what you need for now?'],
    [112, 'p', "This is wonderful. Placing holds now. That's all I needed — thanks!"],
    [118, 'l', 'Good luck with the novel, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 09 a beginner carver: "no rush" is not a hold
  s(RAY, '09 wood and tools for a first decoy: "Sure, go take a look, no rush!" and the patron back 205 s later, Shourds & Hillman + Creativebug at montgomerycountymd.gov/library', [
    [0, 'p', 'hey so i want to try carving a decoy, total beginner. wat wood and tools do i need?? might have some stuff in the garage'],
    [20, 'l', "Hi! Welcome to Ask MCPL. I'm Ray, one of the librarians here."],
    [26, 'l', 'Are you picturing a working decoy that actually floats, or a smaller decorative one for a shelf? And what tools do you already have?'],
    [40, 'p', 'decorative i think. tools idk lemme go look in the garage'],
    [45, 'l', 'Sure, go take a look, no rush!'],
    [250, 'p', 'ok back. i have a coping saw, a utility knife, sandpaper and a rasp'],
    [259, 'l', "That's a decent start: the coping saw will rough out the body. For a first decorative bird most beginners use basswood, which is soft and carves cleanly. Add a proper carving knife with a short blade, plus a thumb guard and a cut-resistant glove. 'Carving Duck Decoys' by Harry V. Shourds and Anthony Hillman has full-size patterns and step-by-step photos (search it in our catalog at montgomerycountymd.gov/library), and Creativebug, free with your card under montgomerycountymd.gov/library > eLibrary, has beginner whittling classes."],
    [265, 'l', 'Does that help you get started?'],
    [300, 'p', 'yeah def, gonna grab the book this weekend'],
    [306, 'l', 'Anything else I can help with?'],
    [330, 'p', 'nah thats all i needed'],
    [335, 'l', 'Have fun carving, and thanks for chatting with MCPL!'],
  ], usual()),

  // 10 Dorchester oral histories: the Nabb Center by e-mail and phone; a configured code
  s(NELL, '10 recorded interviews with Dorchester gunners and carvers (the Robbins family): salisbury.edu/nabb, nabb@example.edu + 410-555-0171, msac.org, code "Referred to outside agency"', [
    [0, 'p', "Good evening. I'm looking for recorded interviews with old-time decoy carvers or gunners from Dorchester County, for a family history. Does anything like that exist?"],
    [26, 'l', 'Good evening, and welcome to AskUsNow! My name is Nell and I\'m a librarian at Dorchester County Public Library.'],
    [33, 'l', 'Are you looking for a particular person or family, or for the Dorchester gunning life in general?'],
    [70, 'p', 'The Robbins family of Hoopers Island, in general is fine'],
    [80, 'l', "The Nabb Research Center at Salisbury University has oral history collections from Delmarva watermen and carvers; its finding aids are at salisbury.edu/nabb. To ask whether any Hoopers Island interviews exist, write to their reference staff at nabb@example.edu or call 410-555-0171. Maryland Traditions, the state's folklife program, has also recorded carvers: browse its materials at msac.org (Programs > Maryland Traditions)."],
    [86, 'l', 'Is that the kind of thing you were looking for?'],
    [120, 'p', "Yes, very much. I'll email them tonight."],
    [126, 'l', 'Wonderful. Is there anything else I can help you with this evening?'],
    [150, 'p', "No, that's all. Thank you, Nell."],
    [155, 'l', "You're very welcome — good luck with the family history, and thanks for using AskUsNow!"],
  ], usual({ referral: 'pass' }), { resolutionCode: 'Referred to outside agency' }),

  // 11 pickup at 75 s after an internal note; no question; three parties, one without contact; goodbye 140 s late
  s(CAL, '11 what an R. Madison Mitchell canvasback is worth: internal note at 30, pickup at 75, the answer at once, Guyette & Deeter + the museum + "the American Society of Appraisers"', [
    [0, 'p', 'hi, i have a canvasback decoy that was my grandfathers. the bottom says R. Madison Mitchell 1948 in pencil. how do i find out what its worth?'],
    [30, 'i', 'grabbing the Mitchell decoy chat'],
    [75, 'l', "Hi, welcome to AskUsNow! I'm Cal, a librarian with Maryland's statewide service."],
    [81, 'l', "Libraries can't appraise items, but here's where to turn. Auction houses that specialize in decoys publish past sale prices: Guyette & Deeter's results are searchable at guyetteanddeeter.com, and you can e-mail their specialists photos of the decoy for a free auction estimate. You could also call the Havre de Grace Decoy Museum at 410-555-0137, since Mitchell's shop is part of the museum, or ask a certified appraiser through the American Society of Appraisers."],
    [87, 'l', 'Want me to look up what other Mitchell canvasbacks have sold for?'],
    [120, 'p', 'no thats ok, this is great. thats all i needed, thanks!'],
    [260, 'l', 'You\'re welcome! Thanks for chatting, and good luck with it.'],
  ], usual({ pickup: 'fail', informed: 'fail', clarify: 'fail', complete: 'fail', referral: 'fail' })),

  // 12 no greeting word; the own library's room by phone; FU_ME across the clock change
  s(PAULA, '12 the Ward Brothers\' Workshop and 1930s Crisfield gunning clubs: "This is Paula with …" (no greeting), the Local History Room by phone, e-mail read back, "by Tuesday evening", DST', [
    [SAT_EVENING, 'p', "Hi, I'm visiting Crisfield in April and want to see where the Ward brothers worked. Is their workshop open to the public? Also my great-grandfather supposedly gunned with them — any photos of Crisfield gunning clubs from the 1930s?"],
    [SAT_EVENING + 27, 'l', 'This is Paula with the Somerset County Library System, Crisfield branch.'],
    [SAT_EVENING + 33, 'l', "Is your visit on a weekday or a weekend? And do you know your great-grandfather's name?"],
    [SAT_EVENING + 80, 'p', 'Weekend, April 18. His name was Elmer Tyler.'],
    [SAT_EVENING + 92, 'l', "The Ward Brothers' Workshop on Sackertown Road is owned by the Ward Museum and opens for tours on set dates; the schedule is at wardmuseum.org (Visit > Ward Brothers' Workshop). For the photos, our Crisfield branch's Local History Room has a gunning club file that isn't online. You can visit it during branch hours or call the room at 410-555-0163, and I'll also look through the file myself on Monday and e-mail you anything with the Tyler name. What's a good e-mail for you?"],
    [SAT_EVENING + 130, 'p', 'etyler.family@example.com'],
    [SAT_EVENING + 137, 'l', "Thank you — etyler.family@example.com. I'll send what I find by Tuesday evening. Does the workshop page help with planning the visit?"],
    [SAT_EVENING + 170, 'p', 'Yes it does. Thank you so much'],
    [SAT_EVENING + 176, 'l', 'Is there anything else I can do for you tonight?'],
    [SAT_EVENING + 200, 'p', "No, that's all. Have a good night"],
    [SAT_EVENING + 206, 'l', 'You too, thanks for writing!'],
  ], usual({ greeting: 'fail', referral: 'pass', contact: 'pass', onTime: 'pass' }), {
    ...FU_ME, startedAt: at(SAT_EVENING), followUps: [{ doneAt: '2026-03-10T20:45:00-04:00', by: 'paula-dc', note: 'sent two gunning club photos' }],
  }, { now: T0 + 12 * DAY }),

  // 13 "you're chatting with a librarian"; 121 s with a "?" in it; no source; a museum to stop by
  s(JUNE, '13 why the canvasbacks left the Susquehanna Flats: "you\'re chatting with a librarian", 121 s with the patron\'s "?", "stop by the Upper Bay Museum", "search Google" (no source)', [
    [0, 'p', 'why did all the canvasbacks dissapear from the susquehanna flats? my pop-pop says there used to be thousands'],
    [20, 'l', "Hi there, you're chatting with a librarian. 🙂"],
    [26, 'l', 'Are you curious about the history in general, or is this for something specific like a school paper?'],
    [55, 'p', 'just curious, we were talking about it at dinner'],
    [64, 'l', "Your pop-pop is right — the Flats were famous for huge rafts of canvasbacks feeding on wild celery. Two things mostly drove them away: heavy market gunning before the Migratory Bird Treaty Act of 1918, and later the loss of the underwater grasses they ate, especially after Tropical Storm Agnes flooded the Bay with mud in 1972. If you're ever up that way, stop by the Upper Bay Museum in North East; they have a whole room on the gunning days."],
    [110, 'p', 'oh wow. are the grasses coming back at all?'],
    [170, 'p', '?'],
    [231, 'l', "Sorry for the wait! Yes — the grass beds on the Flats have made a big comeback since the early 2000s, and some of the ducks with them. If you search Google for 'Susquehanna Flats grass comeback' you'll find news stories about it. Did that help?"],
    [260, 'p', 'yeah thanks'],
    [266, 'l', 'Anything else I can help with?'],
    [285, 'p', 'nope'],
    [290, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail', source: 'fail', referral: 'fail' })),

  // 14 partly Spanish: a hold and the patron's "ok gracias" (125 s); FU_LIB by phone, pending
  s(MIGUEL, '14 un hijo de 14 años y el curso de Hunter Education (partly Spanish): a hold at 68, "ok gracias" at 140, the answer at 193, FU_LIB, phone read back, "mañana por la tarde", pending', [
    [0, 'p', 'Hola, good morning. Mi hijo tiene 14 años y quiere ir a cazar patos con su tío en el Eastern Shore. Que necesita? licencia? curso?'],
    [23, 'l', "¡Buenos días! Soy Miguel, bibliotecario del Prince George's County Memorial Library System. Le puedo ayudar en español."],
    [29, 'l', '¿En qué condado viven ustedes? Y ¿su hijo ya tomó algún curso de seguridad de caza?'],
    [60, 'p', 'vivimos en Langley Park. no, ningun curso'],
    [68, 'l', 'Gracias. Déjeme revisar los requisitos del DNR para menores, un momento por favor.'],
    [140, 'p', 'ok gracias'],
    [193, 'l', 'Aquí está: en Maryland, quien nació después de julio de 1977 tiene que aprobar el curso de Educación del Cazador (Hunter Education) antes de sacar la licencia. Las fechas de los cursos, algunos en línea con una sesión práctica, están en dnr.maryland.gov > Hunting > Hunter Education. Para patos también necesita el registro HIP, y desde los 16 años el sello federal de patos; todo eso está explicado en la Guía de Caza y Trampeo de Maryland, en la misma página.'],
    [199, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si, muy buena. tambien, la biblioteca de Langley Park tiene clases de pintar señuelos? a mi hijo le gusta el arte'],
    [238, 'l', 'No lo sé, pero puedo averiguarlo. Nuestra sucursal de Langley Park organiza talleres para jóvenes; le pido a la bibliotecaria de jóvenes que lo llame con la información. ¿A qué número lo puede llamar?'],
    [270, 'p', '240 555 0119'],
    [276, 'l', 'Perfecto: 240-555-0119. La bibliotecaria de jóvenes de Langley Park lo llamará mañana por la tarde. ¿Hay algo más en que le pueda ayudar?'],
    [300, 'p', 'no, es todo. muchas gracias!!'],
    [305, 'l', '¡Con gusto! Gracias por escribirnos y buena suerte a su hijo con el curso.'],
  ], usual({ informed: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 15 only "How can I help you today?" before the source; "our chat time is up"; four chats at once
  s(BEA, '15 categories at the Ward World Championship, then a list: only "How can I help you today?", wardmuseum.org rules, "our chat time is up for this session", four chats open at once', [
    [0, 'p', 'hi'],
    [19, 'l', "Hi, welcome to AskUsNow! I'm Bea, a librarian. How can I help you today?"],
    [45, 'p', 'im entering my first decoy carving competition. what are the categories at the ward world championship?'],
    [54, 'l', "The Ward World Championship in Ocean City each April has divisions from Novice up to World level, with separate categories for decorative lifesize birds, gunning decoys, miniatures and more. The full rules and category list are on the Ward Museum's site: wardmuseum.org > Ward World Championship > Rules."],
    [60, 'l', 'Is that what you were looking for?'],
    [95, 'p', 'yes. also how do they judge gunning decoys, do they float them? and whats the entry fee, and can i enter 2 birds, and where do i stay in OC, and'],
    [101, 'l', 'Those are all covered in the rules document linked on that page.'],
    [125, 'p', 'ok but can you just check the fee and the floating thing'],
    [132, 'l', "I'm sorry, but our chat time is up for this session. Thanks for using AskUsNow!"],
    [140, 'p', 'wow ok'],
  ], usual({ clarify: 'fail', anything: 'fail', dismissal: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('b1', 'bea-dc', -60, 200), other('b2', 'bea-dc', 30, 300), other('b3', 'bea-dc', 90, 160)],
  }),

  // 16 a joined event at 42 s, the first line at 64 s; two parties with a way; the allowed ending
  s(FRANK, '16 restoring a bushwhack boat bought in Rock Hall: joined at 42, first line at 64, Richardson + Chapelle, the CBMM boatyard + the Upper Bay Museum, others waiting + a new chat later', [
    [0, 'p', "Hello, I'm restoring an old wooden gunning boat I bought in Rock Hall. The seller called it a bushwhack boat. Where can I learn how they were built and rigged?"],
    [42, 's', 'Frank has joined the chat.', { event: 'joined' }],
    [64, 'l', "Hello, and thanks for your patience! I'm Frank, a librarian at Kent County Public Library."],
    [70, 'l', 'Do you know roughly how long the boat is, and whether it has a mast step or was meant to be sculled?'],
    [110, 'p', "about 14 feet, no mast step. there's a sculling notch in the transom."],
    [120, 'l', "That sounds like a true bushwhack boat: gunners sculled them quietly down on rafts of ducks on the Flats. R. H. Richardson's 'Chesapeake Bay Decoys' has a chapter on gunning boats, and Howard I. Chapelle's 'American Small Sailing Craft' has drawings of Chesapeake gunning skiffs; both are in our catalog at kentcountylibrary.org. You could also call the boatyard at the Chesapeake Bay Maritime Museum in St. Michaels (cbmm.org, 410-555-0126), whose shipwrights answer restoration questions, or visit the Upper Bay Museum in North East, which has several bushwhack boats on display (upperbaymuseum.org)."],
    [126, 'l', 'Does that help?'],
    [160, 'p', "Very much. Also, do you know anything about the gear that went with them — the decoy anchors and lines, the punt guns, what was legal when — and how I'd find the original owner from the old registration? And a good varnish for old cedar?"],
    [168, 'l', "Those are all good questions! I have a few other patrons waiting right now and my shift is wrapping up, so I'd suggest starting a new chat later today or tomorrow — any of our librarians can pick up from here, and we'd be glad to help."],
    [190, 'p', "Fair enough. That's everything for today then. Thanks!"],
    [196, 'l', 'Thanks for chatting, and happy restoring!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 17 the name only in the third line; no completeness question; the shift is over; code ""
  s(IRIS, '17 a punt gun at an estate sale near La Plata: "Good afternoon!" then a question (name in the third line), atf.gov, "My shift is over … end the chat here", code ""', [
    [0, 'p', 'found what the guy says is an old punt gun at an estate sale near la plata. is it even legal to own one? what were they for'],
    [18, 'l', 'Good afternoon!'],
    [24, 'l', 'Is it a complete gun with the barrel and lock, or only parts? And are you thinking of buying it, or do you already own it?'],
    [60, 'p', 'complete i think, like 8 ft long. thinking of buying'],
    [66, 'l', "I'm Iris, a librarian at Charles County Public Library, by the way. Punt guns were huge shotguns, some with bores over an inch and a half, mounted on small boats; market gunners fired them into rafts of resting ducks and could kill dozens at once. Hunting with one has been illegal since the federal migratory bird laws of the early 1900s, but whether you can own one depends on its age and how it fires. The ATF explains which old guns count as 'antique firearms' at atf.gov (search 'antique firearm'), and the Maryland State Police Licensing Division's firearms page is at mdsp.maryland.gov."],
    [72, 'l', "Old ones do turn up at auction now and then, so you're not the only one."],
    [100, 'p', 'ok cool. also do you know what one would be worth? and is there a museum that would want it'],
    [107, 'l', "My shift is over in a couple of minutes, so I'm going to end the chat here."],
    [115, 'p', 'oh ok'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 18 overnight cooperative: a goodbye 119 s after; FU_ME recorded at 72 h 16 min in Pacific time
  s(CORINNE, '18 the CBMM decoy collection overnight (cooperative): cbmm.org, e-mail read back, "by Thursday", "Feel free to come back …" goodbye 119 s after, done 2026-03-05T21:30-08:00', [
    [OVERNIGHT, 'p', "hi, up late reading about the Chesapeake Bay Maritime Museum's decoy collection. Is there a catalog of the decoys they have, or articles about it? i'm in talbot county"],
    [OVERNIGHT + 21, 'l', "Hello! Thanks for contacting AskUsNow! My name is Corinne; I'm a librarian with the 24/7 cooperative, covering Maryland's chat overnight."],
    [OVERNIGHT + 27, 'l', 'Are you interested in a particular carver or region, or the collection as a whole?'],
    [OVERNIGHT + 60, 'p', 'the Susquehanna flats carvers mostly. like Holly, McGaw, Mitchell'],
    [OVERNIGHT + 70, 'l', "CBMM's online collections database at cbmm.org (Collections > Search the Collection) lets you search by maker, so you can try 'McGaw' or 'Holly'. There are also a few articles in the museum's magazine that I can't get to tonight; I'll look for them tomorrow and e-mail you the list. What e-mail should I use?"],
    [OVERNIGHT + 100, 'p', 'decoyfan52@example.com'],
    [OVERNIGHT + 106, 'l', "Thanks! I have decoyfan52@example.com, and you'll have the list by Thursday. In the meantime, does the collections search give you what you wanted for tonight?"],
    [OVERNIGHT + 225, 'l', 'Feel free to come back if anything else comes up. Thanks for chatting, and good night!'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, queue: 'global', startedAt: at(OVERNIGHT), followUps: [{ doneAt: '2026-03-05T21:30:00-08:00', by: 'corinne-dc', note: 'e-mailed article list' }],
  }, { now: T0 + 6 * DAY }),

  // 19 a check-in with a promise at 120 s, goodbye at 179 s; the e-mail only in patron.email; recorded at exactly 72 h
  s(WALT, '19 two flea-market decoys, Upper Bay or Crisfield style: Richardson via worldcat.org, "Are you still with me? I\'ll keep digging … e-mail you", goodbye at 179 s, done at 72 h', [
    [0, 'p', 'how can u tell a havre de grace decoy from a crisfield one? bought 2 at a flea market in chestertown'],
    [16, 'l', "Hi! Welcome to AskUsNow! — I'm Walt, a librarian."],
    [22, 'l', "Could you describe them, especially the heads and the bottoms, and whether there's any paint or a signature?"],
    [70, 'p', 'one has a round fat body and a little paddle tail, the other is flatter with a high head. no names'],
    [80, 'l', "Those sound like the two classic styles. Upper Bay decoys from Havre de Grace are usually plump and rounded, with a flat bottom and a paddle-shaped tail, built to ride the rough water of the Susquehanna Flats. Lower Bay birds from Crisfield and the Tangier Sound area tend to be flatter and more stylized, often with a higher head. R. H. Richardson's 'Chesapeake Bay Decoys' shows both side by side; you can find a copy near you at worldcat.org. Does that help you sort them out?"],
    [200, 'l', "Are you still with me? I'll keep digging for a good regional comparison guide and e-mail you what I find."],
    [259, 'l', "I haven't heard back, so I'll close this chat for now. Thanks for using AskUsNow!"],
  ], usual({ anything: 'fail', idle: 'pass', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'flea.market.finds@example.net', phone: null }, followUps: [{ doneAt: at(264 + 72 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 20 "your local library" with no contact; final idle exactly 180 s, the notice thanks no one
  s(TASHA, '20 carving clubs near Oakland (Garrett County): wardmuseum.org clubs list, "Your local library … worth asking there", "Are you still there?" at 196, the notice at 250, ended at 256', [
    [0, 'p', 'any decoy carving clubs or classes out in western md? im in oakland (garrett co). everything seems to be on the eastern shore'],
    [25, 'l', "Hi there, and thanks for contacting AskUsNow! I'm Tasha, a librarian with the statewide service."],
    [31, 'l', 'Are you looking for a club to join for the long haul, or a one-time class to try it out?'],
    [66, 'p', 'club prob, meet other carvers'],
    [76, 'l', "Most clubs are on the Bay side, but there are a couple of options. The Ward Museum keeps a list of carving clubs by state on its Ward World Championship site at wardmuseum.org, and clubs in Pennsylvania or West Virginia may be closer to you than anything in Maryland. Your local library may also know of carvers who meet nearby, so it's worth asking there. Let me know if that link doesn't work."],
    [196, 'l', 'Are you still there?'],
    [250, 'l', "It looks like you've been disconnected, so I'm going to end the chat now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' }), { endAfter: 6 }),

  // 21 a notice with thanks 190 s after, no check-in; FU_ME by phone, recorded at 80 h
  s(DEV, '21 an uncle in the 1950s Maryland Conservationist: hathitrust.org, phone read back, "I\'ll call you by tomorrow afternoon", a notice with thanks at 190 s (no check-in), done at 80 h', [
    [0, 'p', 'Hi. My uncle was in an article in the Maryland Conservationist magazine in the 1950s about decoy carvers in Havre de Grace. Any chance I could get a copy?'],
    [19, 'l', "Hi, welcome to Ask HCLS! I'm Dev, a librarian at Howard County Library System."],
    [25, 'l', "Do you know your uncle's name, and roughly which year or season the issue came out?"],
    [70, 'p', 'Charles Bryson, maybe 1955 or 56'],
    [80, 'l', "Thank you. The Maryland Conservationist was the state's conservation magazine; HathiTrust (hathitrust.org) has some volumes you can search in full text, though most 1950s issues are search-only. I'll find out which library holds the 1955-56 issues and ask whether they can scan the article. What's the best way to reach you?"],
    [110, 'p', 'phone is best, 443 555 0158'],
    [117, 'l', "Got it, 443-555-0158. I'll call you by tomorrow afternoon with what I find. Meanwhile, does the HathiTrust search help for now?"],
    [307, 'l', "It seems you've been disconnected, so I'll close this chat. I'll still call you tomorrow — thanks for contacting HCLS, and feel free to chat again anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, followUps: [{ doneAt: at(312 + 80 * HOUR), by: 'dev-dc', note: 'called, left voicemail with ILL details' }],
  }, { now: T0 + 6 * DAY }),

  // 22 the question after the source; the patron leaves; a promise to the account e-mail; not recorded after the deadline
  s(MAUREEN, '22 market hunting and the 1918 Act for History Day: sources first, the category asked after, "e-mail it to you at the address on your account by Wednesday", patron left', [
    [0, 'p', 'hi i need sources for my history day project on market hunting in the chesapeake and the migratory bird treaty act'],
    [22, 'l', "Hello! I'm Maureen, a librarian at Calvert Library."],
    [30, 'l', "For primary sources, Chronicling America (chroniclingamerica.loc.gov) has Maryland newspapers up to 1963; search 'market gunners' or 'migratory bird law' between 1910 and 1925. The text of the 1918 Act is on the Fish and Wildlife Service's site at fws.gov (search 'Migratory Bird Treaty Act of 1918')."],
    [36, 'l', 'Which category are you entering: paper, exhibit or documentary?'],
    [70, 'p', 'exhibit. i need pictures too'],
    [80, 'l', "For pictures, the Library of Congress Prints & Photographs Online Catalog (loc.gov/pictures) has market gunning photos; try 'punt gun' and 'duck hunting Maryland'."],
    [86, 'l', "I'll also pull together a short list of books from our catalog and e-mail it to you at the address on your account by Wednesday."],
    left(300),
  ], usual({
    clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', contact: 'fail', onTime: 'fail',
  }), { ...FU_ME, patron: { name: null, email: 'cal.student77@example.org', phone: null } }, { now: T0 + (305 + 72 * HOUR + 60) * 1000 }),

  // 23 a street address only; "Hope that helps!"; a goodbye 90 s after, ended 540 s later; four open during the tail
  s(HOLLIS, '23 punt guns and gunning decoys to see near Kent Island: the Upper Bay Museum at 219 Walnut Street (no URL), "Hope that helps!", goodbye at 160, ended at 700, four open at 500', [
    [0, 'p', "where could i see old punt guns and gunning decoys in person? my son is obsessed after a youtube video lol. we're on kent island"],
    [24, 'l', "Hi! I'm Hollis, a librarian at Queen Anne's County Library."],
    [30, 'l', 'How far are you willing to drive, and is a weekend visit OK?'],
    [60, 'p', 'hour or so, weekends yes'],
    [70, 'l', "Then the Upper Bay Museum is your best bet: it has punt guns, sinkboxes and hundreds of decoys from the Susquehanna Flats gunners. Visit it at 219 Walnut Street, North East, MD 21901; it's open weekends in season. Hope that helps!"],
    [160, 'l', "I'll let you go — thanks for chatting with QACL, and have fun at the museum!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', concurrency: 'fail', referral: 'pass' }), { endAfter: 540 }, {
    otherIntervals: [other('h1', 'hollis-dc', 300, 900), other('h2', 'hollis-dc', 400, 800), other('h3', 'hollis-dc', 500, 650)],
  }),

  // 24 Lost Call: pickup at 60 s, the service only, a combined check-in and notice, ended 180 s after the greeting
  s(KEN, '24 the paint the old Chesapeake carvers used (Lost Call): pickup at exactly 60 s, "welcome to Maryland\'s AskUsNow! service", check-in + notice in one line, ended at 240', [
    [0, 'p', 'what kind of paint did the old chesapeake carvers use on their decoys'],
    [60, 'l', "Hello, and welcome to Maryland's AskUsNow! service."],
    [236, 'l', "Are you still there? It looks like we may have lost the connection, so I'll end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 4 }),

  // 25 Spanish Lost Call with two patron lines
  s(SOFIA, '25 señuelos de Havre de Grace para una tarea (Spanish, Lost Call): "hola?" then the question, greeting only, "¿Sigue ahí?", a notice with thanks 190 s after the greeting', [
    [0, 'p', 'hola?'],
    [9, 'p', 'necesito información sobre los señuelos de madera de Havre de Grace para una tarea'],
    [40, 'l', '¡Hola! Bienvenida a AskUsNow!. Soy Sofía, bibliotecaria.'],
    [170, 'l', '¿Sigue ahí?'],
    [230, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. Si todavía necesita ayuda, vuelva a escribirnos cuando quiera. ¡Gracias!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined; no code field
  s(QUEUE, '26 libros de tallado de señuelos en español (Spanish): no provider ever joined, "hola??", "bueno, gracias igual", patron left, no code field', [
    [0, 'p', 'buenas tardes, tienen libros sobre tallado de señuelos en español? para mi papá'],
    [2, 's', 'Gracias por comunicarse con AskUsNow! Un bibliotecario le atenderá en breve.'],
    [95, 'p', 'hola??'],
    [180, 'p', 'bueno, gracias igual'],
    left(184),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (the Decoy Museum hours canned message): coded Practice, every check na', [
    [0, 'p', 'TEST - practicing the decoy museum hours canned message'],
    [10, 'l', 'test reply: Havre de Grace Decoy Museum hours are on decoymuseum.com'],
    [30, 'p', 'looks good, ending'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 a transfer with a notice and a note saying why; the receiver has four open during his part
  s(ANA, '28 James T. Holly of Havre de Grace and his family: "I\'m going to transfer you to him", a note why, Burke, McKinney + Ancestry Library Edition; Burke four open from 120 s', [
    [0, 'p', "Hi! I'm researching my ancestor James T. Holly, a decoy maker in Havre de Grace in the 1800s. Are there any records about him or his family?"],
    [20, 'l', "Hello! Thanks for contacting AskUsNow! — I'm Ana, a librarian."],
    [26, 'l', 'Are you looking for family records like census and death records, for his decoy-making history, or both?'],
    [58, 'p', 'both if possible! mostly his life and his sons'],
    [66, 'l', "Harford County Public Library's local history librarian is on chat right now and knows the Holly family well, so I'm going to transfer you to him. It'll just be a moment."],
    [69, 'i', 'Burke, transferring a patron researching James T. Holly (Havre de Grace decoy maker, 1800s), his life and his sons. Your local history files would help. Can you take it?'],
    xfer(72, 'Burke', 'burke-dc'),
    [160, 'l', 'Hi, this is Burke, the local history librarian at Harford County Public Library. The Hollys are a favorite topic here!', as(BURKE)],
    [168, 'l', "James T. Holly was one of the sons of John 'Daddy' Holly, and like his father he made decoys and built gunning boats in Havre de Grace. 'Decoys of the Susquehanna Flats and Their Makers' by J. Evans McKinney has a chapter on the family, and it's in our catalog at hcplonline.org. For census and death records, Ancestry Library Edition is under hcplonline.org > Research > Genealogy.", as(BURKE)],
    [174, 'l', 'Does that give you a good start?', as(BURKE)],
    [210, 'p', 'Yes, this is great! Thank you both.'],
    [216, 'l', 'Anything else I can help with?', as(BURKE)],
    [240, 'p', "No, that's all I needed."],
    [246, 'l', 'Happy researching, and thanks for chatting!', as(BURKE)],
  ], usual({ concurrency: 'fail', transfer: 'pass' }), {}, {
    otherIntervals: [
      other('a1', 'ana-dc', -100, 50),
      other('bk1', 'burke-dc', -300, 400), other('bk2', 'burke-dc', 100, 300), other('bk3', 'burke-dc', 120, 260),
    ],
  }),

  // 29 a silent transfer announced by the receiver after it; a promise with no time, coded Answered; recorded at 30 h
  s(TOBY, '29 a father\'s 1970s ribbon at the Ward World (Earl Massey): a note why, no notice before the transfer, Lin "Toby passed your chat to me", e-mail read back, no time, Answered', [
    [0, 'p', 'my dad won a ribbon at the world championship carving contest in ocean city sometime in the 70s. is there a list of old winners anywhere?'],
    [21, 'l', "Hi, thanks for contacting Worcester County Library! I'm Toby, one of the librarians."],
    [27, 'l', 'Do you know which bird or category he entered?'],
    [60, 'p', 'a black duck i think. his name is Earl Massey'],
    [64, 'i', "Lin, could you take this one? Pt wants 1970s Ward World Championship winners (father Earl Massey, black duck) and you work with the Ward Museum's archives."],
    xfer(68, 'Lin', 'lin-dc'),
    [130, 'l', "Hi there, I'm Lin from Wicomico Public Libraries. Toby passed your chat to me because I work with the Ward Museum's collections. Happy to help!", as(LIN)],
    [138, 'l', "The museum posts recent results at wardmuseum.org (Ward World Championship > Past Winners), but the 1970s lists are only in the printed show programs in the museum's library. I'll ask the museum librarian to check those programs for Earl Massey and e-mail you what she finds. What's your e-mail?", as(LIN)],
    [170, 'p', 'emassey.jr@example.com'],
    [176, 'l', 'Thanks, I have emassey.jr@example.com and will pass along whatever she finds. Does the past-winners page answer your question for now?', as(LIN)],
    [205, 'p', 'yes thank you'],
    [210, 'l', 'Anything else I can help with?', as(LIN)],
    [232, 'p', "no that's it"],
    [238, 'l', 'Thanks for chatting, and I hope we find your dad\'s ribbon!', as(LIN)],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass', transfer: 'fail' }), {
    followUps: [{ doneAt: at(243 + 30 * HOUR), by: 'lin-dc', note: 'e-mailed 1976 program page' }],
  }, { now: T0 + 3 * DAY }),

  // 30 a note that says no why; FU_ME with no contact anywhere; pending
  s(RENEE, '30 a Bodine photo of Havre de Grace carvers for a dad\'s 80th: the notice, "Omar, can u grab this one? thx", Omar, aaubreybodine.com, "get back to you", no contact, FU_ME', [
    [0, 'p', "hello, im looking for an old Baltimore Sun photo of decoy carvers in Havre de Grace, I think by A. Aubrey Bodine, 1950s. want a print for my dad's 80th"],
    [18, 'l', "Hi! You've reached Ask a Librarian at Anne Arundel County Public Library. My name is Renee."],
    [24, 'l', 'Do you remember anything about the photo, like what the carvers were doing, or where you saw it?'],
    [60, 'p', 'two old men carving at a bench with decoys hanging from the ceiling. saw it in a calendar years ago'],
    [66, 'l', "The Pratt's Maryland Department keeps Sun photo files, so I'm transferring you to a Pratt librarian who can check them. Hold on just a moment!"],
    [68, 'i', 'Omar, can u grab this one? thx'],
    xfer(70, 'Omar', 'omar-dc'),
    [140, 'l', 'Hello, Omar at Enoch Pratt Free Library here! Let me look through what we have on Bodine and Havre de Grace, one moment.', as(OMAR)],
    [230, 'l', "I don't find that exact picture in our online records, and the Sun photo files themselves aren't digitized. In the meantime, many Bodine prints are sold through aaubreybodine.com, which is worth a search for 'decoy'. I'll look into the paper files and get back to you.", as(OMAR)],
    [236, 'l', 'Does that help for now?', as(OMAR)],
    [270, 'p', 'yes, thank you both'],
    [276, 'l', "You're welcome! Thanks for contacting Pratt, and happy early birthday to your dad.", as(OMAR)],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', transfer: 'fail' }), { ...FU_ME }, { now: T0 + DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DECOYS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('20')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence message 4: "Let me know if that link doesn\'t work."). It asks nothing: it is an instruction at the end of the answer, and what it invites is a report that a link fails to open, not an answer to whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were looking for?", "Did that help?"). No other provider line (a check-in and a notice follow) asks it, so RUBRIC.md gives fail.',
};

describe('eighty-seventh round: decoy carving and Chesapeake waterfowling history, checked', () => {
  describeSessions('whole sessions', DECOYS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DECOYS.filter((c) => c.name in LEFT_WHY));
});
