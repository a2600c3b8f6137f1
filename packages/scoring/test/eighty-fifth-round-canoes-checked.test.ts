/**
 * Eighty-fifth round, theme CANOEING, KAYAKING AND PADDLING TRAILS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: water trails and put-ins (the Patuxent at Jug Bay, the Monocacy
 * near Frederick, the Nanticoke from Vienna to Sharptown, the Pocomoke for a church newsletter, the Susquehanna below
 * Conowingo, Blackwater's marked trails for a family, Tuckahoe Creek below the dam, Kings Landing in Calvert, the Inner
 * Harbor in an inflatable), flat water on the C&O Canal near Hagerstown, river levels (the Gunpowder gauge, Upper Yough
 * releases), tides for Janes Island, camping by kayak on Assateague, whether a kayak needs a licence, life jackets for
 * children (Spanish), youth kayak classes in Montgomery County (partly Spanish), the J-stroke for a father and son, a
 * shuttle from Brunswick to Point of Rocks, guided trips out of St. Michaels, dating an Old Town canoe, Mallows Bay's
 * ghost fleet, a five-day Paw Paw Bends trip, a list about Eastern Neck, canoe rentals at Centennial Lake, early
 * Baltimore canoe clubs, the St. Mary's River to Historic St. Mary's City. Every one of the 17 checks labelled in every
 * session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/canoes-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hello and thanks for contacting Prince George's County Memorial Library System! I'm Dana …" (01); Spanish
 *   "¡Buenas tardes! Le atiende Marisol, bibliotecaria del servicio AskUsNow!." (02) and "¡Hola! Soy Lorena, bibliotecaria
 *   de …" (15); pickup at exactly 60 s (03: pass); 61 s after the patron's "hello?? anyone" (04: fail); "Good morning! 🛶" and
 *   a question, the name only in the third provider message (05: greeting fails); `pickedUpAt` at 55 s with the first
 *   visible line at 66 s (08: pass); "Hi!" then "Abe here at Cecil County Public Library." (16: the two parts split, pass);
 *   "Hi there! You're chatting with a librarian at AskUsNow!" (10: "librarian" and the service, no name); no provider ever,
 *   only the queue's system line (21);
 *  inquiry: out-and-back or shuttle, river, bay or lake and own or rented boats (02), flat water only or the river too,
 *   which side of Assateague, trip length and craft, which stretch and what boat, which Saturday and where from, solo or
 *   tandem, experience on class IV-V water, lesson or guided trip, a serial number on the stem, booklet or printout, whether
 *   the son swims, launches or releases, rent or own, one or a group, publication or family history, lake or creek, own or
 *   rented; the restatement "So you're after a short, sheltered route the kids can manage near the refuge, got it." (24);
 *   the answer straight after the greeting with no question (08: fail); the only question asked after the DNR page (17:
 *   fail);
 *  waits: two holds of exactly 120 s ("one moment", then "Still looking — … now checking …") (06: pass); "Let me pull up the
 *   tide predictions … one moment." answered 121 s later (07: fail); 123 s of silence after the patron, with the patron's "??"
 *   in between (05: fail, no hold); "No problem, take your time." and the patron back 204 s later (09: waiting on the
 *   patron, pass); transfer notices answered by the receiver 114 s (25), 72 s (26) and 125 s (27: fail) later;
 *  endings: a true Lost Call, greeting only, "Hi, are you still there?", then "It looks like you've disconnected … Thanks for
 *   reaching out, and please come back anytime!" exactly 180 s after the greeting (18: idle and notice pass); a Lost Call
 *   after two patron lines, "Are you still there?" and "It looks like you've disconnected. I'll end the session now." with
 *   `endedAt` 181 s after the answer and no thanks (19: courteous and code fail); goodbyes 119 s after an answer that also
 *   asked for anything else (30: idle na), 120 s after with "Are you still with me?" between (10: pass), 121 s after with no
 *   check-in (12: fail), 179 s after with a check-in (04: idle passes, notice na), 204 s after the greeting with a check-in
 *   and a goodbye that gives no notice (08: notice fails); "you've used up your time for this chat — we give each patron 15
 *   minutes. Goodbye." (22: dismissal fails, courteous passes); "other patrons waiting in the queue … Please log back on
 *   later" (23: allowed); "My shift is ending in a minute … if you start a new chat, the next librarian on will gladly pick
 *   that up" (07: a way back offered, pass); patron-side "that's everything", "es todo", "thats all I needed", "that's all
 *   I need", "no more questions 😊", "thats all", "no thats everything", and "yes it does, thanks", "ok cool", "yep, thanks
 *   a bunch", "haha ok fair, thanks" that do not count;
 *  sources: dnr.maryland.gov (water trails, boating safety, Tuckahoe, Janes Island, Pocomoke), pgparks.com, nps.gov/choh,
 *   nps.gov/asis, frederickcountymd.gov, waterdata.usgs.gov, americanwhitewater.org, tidesandcurrents.noaa.gov,
 *   chesapeakepaddlers.org, wcha.org, nanticokeriver.org, montgomeryparks.org, lowersusquehannariverkeeper.org,
 *   charlescountyparks.com, fws.gov refuge pages, stmarysmd.com, howardcountymd.gov, ProQuest Historical Newspapers through
 *   prattlibrary.org, the Maryland Vertical File in the catalogue, calvertcountymd.gov, americancanoe.org,
 *   baltimorewaterfront.com; none (09: the J-stroke from memory, fail);
 *  referrals: "The outfitters in Harpers Ferry … give one of them a call" (10: no way to reach, fail); Ohiopyle State Park's
 *   office by phone (11: pass); the Chesapeake Paddlers Association through its site and "stop in at the kayak shop by the
 *   harbor" (12: one of two without a way, fail); the MCHC library by street address (27: pass); the Tuckahoe park office by
 *   e-mail (28: pass); not referrals: launches and parks to paddle from (01, 29, 30), a colleague who will phone the patron
 *   (15), a transfer (25-27);
 *  follow-ups: FU_ME, e-mail read back, "by Thursday at the latest", done at 30 h (13: pass); FU_ME, e-mail read back, "by
 *   Wednesday", nothing recorded at day 1 (14: pending); FU_LIB partly in Spanish, a phone read back, no time, nothing at day
 *   5 (15: contact and on_time fail); a promise to scan and e-mail "tomorrow" coded Answered, done at 20 h (16: code fails,
 *   contact and on_time pass); FU_ME with "I'll look into it and get back to you", no contact anywhere, done 73 h after
 *   `endedAt` (17: code, contact, on_time fail);
 *  codes: Lost Call with one patron line (18: pass) and with two (19: fail); Practice (20); null with no provider (21); ""
 *   (23);
 *  transfers: a notice (a hold) and an internal note before it saying why (25: pass); a notice with no note (26: fail); a
 *   notice with the note written after the transfer (27: fail);
 *  concurrency: three others, four open at once from 60 s to the end (28: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (29: three at most, pass).
 *  ordinary good sessions with natural variation: 01, 02, 03, 06, 11, 13, 24, 25, 29, 30.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 55 s, pass, though the first visible line came at 66 s (08);
 * - an identification in the third visible provider message is outside "the first two" (05: fail); "Hi!" in one message and
 *   "Abe here at Cecil County Public Library" in the next are the two parts in different messages (16: pass);
 * - a launch, ramp or park named as the place to put in ("launch at the Jug Bay Natural Area", "Kings Landing Park … has a
 *   soft launch", "The Canton Waterfront Park boat ramp is the usual put-in") is a place to paddle from, not a person or
 *   organisation the patron is told to contact or visit for help: no referral (01, 29, 30);
 * - "The outfitters in Harpers Ferry run shuttles … give one of them a call" tells the patron to call organisations outside
 *   the chat and gives no way to reach any (10: referral fails); "stop in at the kayak shop by the harbor in St. Michaels and
 *   ask" the same, so the Chesapeake Paddlers Association reached "through chesapeakepaddlers.org" does not save it: not
 *   every party has a way (12);
 * - "puedo pedir a una compañera de su sucursal que le llame" is library staff contacting the patron, not the patron told to
 *   contact anyone: no referral, but a promise that someone from the library will contact them (15: a follow-up session);
 * - "So you're after a short, sheltered route the kids can manage near the refuge, got it." restates the question (24);
 * - "¿Van a remar en un río, en la bahía o en un lago? ¿Y el kayak es suyo o alquilado?" and "Are you both experienced?"
 *   ask about the patron's situation in a way that shapes the answer (02, 11);
 * - "Still looking — I've found the gauge, now checking what level paddlers call runnable." says the search goes on: a hold
 *   (06); "No problem, take your time." is not a hold (09); a transfer announcement is a hold (25, 26, 27);
 * - "Would you like me to find a beginner kayak class nearby too?" offers something not yet given: neither the completeness
 *   question nor a question whether the patron needs anything else (19: both fail); "Did that help? And is there anything
 *   else I can look up?" in the answer message asks both (30);
 * - "es todo" (02, 15), "perfect thx, thats all" (25), "that's all I need" (06), "no more questions 😊" (24) and "that's
 *   everything" (01, 11, 29) say explicitly that the patron is done; "yep, thanks a bunch" (16) and "haha ok fair, thanks"
 *   (23) are thanks only;
 * - "My shift is ending in a minute, so I'll stop here — but if you start a new chat, the next librarian on will gladly pick
 *   that up." ends the help for the provider's convenience but offers a way back (07: dismissal passes);
 * - "Sorry, you've used up your time for this chat … Goodbye." tells the patron their time is up (dismissal fails) and says
 *   goodbye (courteous passes) (22);
 * - "I'll close the chat for now — thanks for writing in, and come back anytime!" and "I'll close this out for now — thanks
 *   … come back anytime!" thank and invite back without asking whether the patron is there: goodbyes, so the final idle ends
 *   at them (10: 120 s; 04: 179 s); "It looks like you've disconnected. I'll end the session now." thanks no one and invites
 *   no one back, so it is not a goodbye and the idle runs to `endedAt` (19: 181 s) and courteous fails;
 * - in 08 the patron's only line is the question, so the final idle starts at the greeting (the first provider line after it
 *   that is not a hold): 204 s to the goodbye; the goodbye "Thanks for chatting with AACPL, take care!" tells the patron
 *   nothing about a disconnect (notice fails);
 * - "I'll look into it and get back to you" (17) and "I'll scan it and e-mail it to you tomorrow" (16) are promises to send
 *   or find more later; a follow-up done 73 h after `endedAt` is outside `followUpHours` (17); "by Wednesday", "by
 *   Thursday at the latest" and "tomorrow" say when (14, 13, 16);
 * - an internal note written after the transfer event is not "before the transfer" (27).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (12). Label corrections: none (the disagreement reread against RUBRIC.md; the
 * label stood).
 * Final: 29 running, 1 LEFT (LEFT_WHY: "stop in at the kayak shop by the harbor in St. Michaels and ask" not read as a
 * referral without a way to reach it, only the Chesapeake Paddlers Association's site seen, 12).
 * NOTE (rubric v73, block AM): 12 runs now ("In town, stop in at the kayak shop by the harbor in St. Michaels and ask whether
 *   they run guided tours.", a further party with no way, AM2 and AM3): 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DANA: Prov = { id: 'dana-cn', name: 'Dana', library: 'PGCMLS' };
const MARISOL: Prov = { id: 'marisol-cn', name: 'Marisol', library: 'AUN' };
const HANK: Prov = { id: 'hank-cn', name: 'Hank', library: 'WCFL' };
const BEA: Prov = { id: 'bea-cn', name: 'Bea', library: 'WOCL' };
const INES: Prov = { id: 'ines-cn', name: 'ines_fcpl', library: 'FCPL-MD' };
const GUS: Prov = { id: 'gus-cn', name: 'Gus', library: 'BCPL' };
const LOU: Prov = { id: 'lou-cn', name: 'Lou', library: 'SCL-MD' };
const RAE: Prov = { id: 'rae-cn', name: 'Rae', library: 'AACPL' };
const TESS: Prov = { id: 'tess-cn', name: 'Tess', library: 'CCPL-MD' };
const KWAME: Prov = { id: 'kwame-cn', name: 'Kwame', library: 'AUN' };
const WREN: Prov = { id: 'wren-cn', name: 'Wren', library: 'GCPL' };
const SOL: Prov = { id: 'sol-cn', name: 'Sol', library: 'TCFL' };
const NADIA: Prov = { id: 'nadia-cn', name: 'Nadia', library: 'HCPL-MD' };
const EZRA: Prov = { id: 'ezra-cn', name: 'Ezra', library: 'WPL' };
const LORENA: Prov = { id: 'lorena-cn', name: 'Lorena', library: 'MCPL' };
const ABE: Prov = { id: 'abe-cn', name: 'Abe', library: 'CCPL-CE' };
const PIA: Prov = { id: 'pia-cn', name: 'Pia', library: 'AUN' };
const THEO: Prov = { id: 'theo-cn', name: 'Theo', library: 'AUN' };
const JUN: Prov = { id: 'jun-cn', name: 'Jun', library: 'CCPL-CH' };
const TRAINEE: Prov = { id: 'trainee-cn', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-cn', name: 'Queue', library: 'VRQ' };
const CORA: Prov = { id: 'cora-cn', name: 'Cora', library: 'ACLS' };
const IKE: Prov = { id: 'ike-cn', name: 'Ike', library: 'KCPL-MD' };
const VERA: Prov = { id: 'vera-cn', name: 'Vera', library: 'DCPL' };
const GRETA: Prov = { id: 'greta-cn', name: 'Greta', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-cn', name: 'Ruth', library: 'SMCL' };
const AHMED: Prov = { id: 'ahmed-cn', name: 'Ahmed', library: 'HCLS' };
const LIN: Prov = { id: 'lin-cn', name: 'Lin', library: 'HCLS' };
const MARA: Prov = { id: 'mara-cn', name: 'Mara', library: 'EPFL' };
const DOV: Prov = { id: 'dov-cn', name: 'Dov', library: 'EPFL' };
const JESS: Prov = { id: 'jess-cn', name: 'Jess', library: 'QACL' };
const NELL: Prov = { id: 'nell-cn', name: 'Nell', library: 'CCPL-CA' };
const LYDIA: Prov = { id: 'lydia-cn', name: 'Lydia', library: 'EPFL' };

const s = session;

export const CANOES: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 Patuxent water trail near Upper Marlboro: out-and-back asked, Jug Bay, DNR water trails page + pgparks.com, "that\'s everything"', [
    [0, 'p', 'hi! looking for put-in spots on the Patuxent water trail near upper marlboro, want to take my new kayak out saturday'],
    [18, 'l', "Hello and thanks for contacting Prince George's County Memorial Library System! I'm Dana, one of the librarians on chat."],
    [24, 'l', 'Are you thinking of a there-and-back paddle, or do you have a second car for a shuttle?'],
    [51, 'p', 'just me and one car so out n back. maybe 3 hrs'],
    [60, 'l', "Then Jug Bay makes a nice base: launch at the Jug Bay Natural Area in Patuxent River Park, paddle upstream toward Mount Calvert and come back with the tide. The Patuxent River Water Trail map, with every public launch marked, is on Maryland DNR's water trails page at dnr.maryland.gov/boating/Pages/water-trails.aspx. Launching at Jug Bay takes a day permit; the park's page at pgparks.com explains how to get one."],
    [66, 'l', 'Does that completely answer your question?'],
    [100, 'p', "yes!! that's everything, thank you"],
    [106, 'l', "You're welcome, enjoy the paddle and thanks for chatting with us!"],
  ], usual()),

  // 02 Spanish, life jackets for children
  s(MARISOL, '02 chalecos salvavidas para niños en Deep Creek (Spanish): lake and own boats asked, DNR boating safety, "es todo"', [
    [0, 'p', 'hola buenas tardes, mis hijos de 8 y 11 años tienen que usar chaleco salvavidas en el kayak? es ley en maryland?'],
    [22, 'l', '¡Buenas tardes! Le atiende Marisol, bibliotecaria del servicio AskUsNow!.'],
    [28, 'l', '¿Van a remar en un río, en la bahía o en un lago? ¿Y el kayak es suyo o alquilado?'],
    [70, 'p', 'en el lago de deep creek, son nuestros kayaks'],
    [79, 'l', 'Sí: en Maryland los menores de 13 años tienen que llevar puesto un chaleco salvavidas aprobado por la Guardia Costera en cualquier embarcación de menos de 21 pies mientras está en marcha, y el kayak entra en esa regla. Las normas están en la página de seguridad náutica del DNR: dnr.maryland.gov/nrp/Pages/BoatingSafety. Además, cada persona a bordo necesita su propio chaleco.'],
    [85, 'l', '¿Responde esto a su pregunta?'],
    [118, 'p', 'si perfecto. es todo, gracias 🙏'],
    [124, 'l', '¡Con mucho gusto! Gracias por comunicarse con AskUsNow! y que disfruten el lago.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(HANK, '03 flat water on the C&O Canal near Hagerstown: pickup at exactly 60 s, Big Pool and Williamsport, nps.gov/choh, "thats all I needed"', [
    [0, 'p', 'Is there any part of the C&O Canal that still has water in it where I could paddle a canoe? Live in Hagerstown.'],
    [60, 'l', 'Hi, this is Hank at Washington County Free Library — thanks for waiting.'],
    [66, 'l', 'Do you want flat water only, or would you also consider the Potomac itself alongside the canal?'],
    [97, 'p', 'flat water only. wife is nervous in moving water lol'],
    [105, 'l', 'Near you, Big Pool (around mile 112) and the watered stretch at Williamsport are calm choices, and Little Pool near Hancock too. The National Park Service lists the watered sections and the boat launches on the C&O Canal park site, nps.gov/choh (Plan Your Visit > Things To Do > Boating).'],
    [111, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'perfect, thats all I needed. thanks Hank'],
    [145, 'l', 'Glad to help — have a calm paddle, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 04 pickup at 61 s; goodbye 179 s after the answer with a check-in
  s(BEA, '04 camping on Assateague by kayak: "hello?? anyone" at 38, pickup at 61 s, nps.gov/asis, "Are you still with me?", goodbye 179 s after the answer', [
    [0, 'p', 'can you camp overnight on assateague if you get there by kayak?'],
    [38, 'p', 'hello?? anyone'],
    [61, 'l', "Hi, sorry for the wait! I'm Bea, a librarian with Worcester County Library."],
    [67, 'l', 'Are you thinking of the national seashore side or the state park?'],
    [95, 'p', 'national seashore i guess, launching on the bay side'],
    [104, 'l', 'Yes: Assateague Island National Seashore keeps a few backcountry canoe-in campsites on the bayside, and you need a backcountry permit for each night. The list of sites and the permit rules are at nps.gov/asis under Plan Your Visit > Camping. Bring lots of bug spray!'],
    [110, 'l', 'Does that help?'],
    [240, 'l', 'Are you still with me?'],
    [283, 'l', "I'll close this out for now — thanks for contacting Worcester County Library, and come back anytime!"],
  ], usual({ pickup: 'fail', anything: 'fail', idle: 'pass' })),

  // 05 no identification in the first two lines; 123 s of silence after the patron
  s(INES, '05 a short Monocacy float: "Good morning! 🛶" and a question, the name in the third line, 123 s silent with "??" between', [
    [0, 'p', 'where can i put in on the monocacy for a short float, frederick area'],
    [15, 'l', 'Good morning! 🛶'],
    [21, 'l', 'How long a trip are you hoping for, and is it a canoe or a kayak?'],
    [50, 'p', 'kayak, 2 hours tops'],
    [140, 'p', '??'],
    [173, 'l', "Sorry for the silence, I was digging through the county's maps. I'm Ines, by the way, a librarian at Frederick County Public Libraries. A nice short float is from Pinecliff Park down to Buckeystown Park. Frederick County's Monocacy Scenic River water trail map shows every access point: search 'Monocacy water trail' at frederickcountymd.gov. Check the USGS gauge for the Monocacy at Frederick on waterdata.usgs.gov before you go."],
    [179, 'l', 'Did that help?'],
    [210, 'p', 'yes ty! thats all i needed'],
    [215, 'l', 'Have fun out there, bye!'],
  ], usual({ greeting: 'fail', informed: 'fail' })),

  // 06 two holds of exactly 120 s
  s(GUS, '06 is the Gunpowder high enough below Prettyboy: hold at 64, "Still looking" at 184, answer at 304 (two spans of exactly 120 s), USGS gauge', [
    [0, 'p', "Hi. How do I know if Gunpowder Falls is high enough to kayak below Prettyboy? Don't want to scrape the whole way."],
    [20, 'l', "Hi there, Gus with Baltimore County Public Library's Ask a Librarian."],
    [26, 'l', 'Is this the stretch from the dam down toward Loch Raven, and are you in a whitewater boat or a rec kayak?'],
    [58, 'p', 'rec kayak, from masemore road down'],
    [64, 'l', 'Let me check which gauge paddlers use for that section, one moment.'],
    [184, 'l', "Still looking — I've found the gauge, now checking what level paddlers call runnable."],
    [304, 'l', "Found it. Most paddlers watch the USGS gauge 'Gunpowder Falls at Glencoe'; live readings are at waterdata.usgs.gov (search 01582500). That stretch depends on releases from Prettyboy, so it can drop fast. American Whitewater's page for the Gunpowder, at americanwhitewater.org, lists the minimum flow people use."],
    [310, 'l', 'Does that answer your question?'],
    [345, 'p', "yes great, that's all I need. thanks!"],
    [350, 'l', 'Happy paddling, and thanks for chatting with BCPL!'],
  ], usual()),

  // 07 a hold answered 121 s later; the shift ends with a way back
  s(LOU, '07 low tide at Janes Island: "one moment" answered 121 s later, tidesandcurrents.noaa.gov, "My shift is ending … start a new chat"', [
    [0, 'p', 'going to paddle the janes island water trails this weekend, when is low tide sat?'],
    [17, 'l', 'Hello! Lou from Somerset County Library here, happy to help.'],
    [23, 'l', 'Which Saturday, and will you launch from the state park?'],
    [47, 'p', 'this sat, yes from the park marina'],
    [53, 'l', 'Let me pull up the tide predictions for Crisfield, one moment.'],
    [174, 'l', "Sorry for the wait! NOAA predicts low water at Crisfield around 11:40 am this Saturday and high water near 5:50 pm; any day's tides are at tidesandcurrents.noaa.gov (search 'Crisfield'). The Janes Island water trail map is on the park's page at dnr.maryland.gov."],
    [180, 'l', 'Did that help?'],
    [205, 'p', 'ok cool'],
    [209, 'l', 'Anything else I can look up for you?'],
    [230, 'p', 'actually yea, can you crab from a kayak there? what do i need'],
    [238, 'l', "My shift is ending in a minute, so I'll stop here — but if you start a new chat, the next librarian on will gladly pick that up. Thanks for chatting, and have a great trip!"],
    [250, 'p', 'ok will do'],
  ], usual({ informed: 'fail' })),

  // 08 no question; pickedUpAt; a check-in and a goodbye with no notice
  s(RAE, '08 a licence for a kayak?: pickedUpAt 55 (first line 66), the answer with no question, "Are you still there?", goodbye with no notice', [
    [0, 'p', 'do i need a boating license to paddle a kayak in maryland'],
    [66, 'l', 'Hi, thanks for waiting! This is Rae, a librarian at Anne Arundel County Public Library.'],
    [72, 'l', "Good news: no license is needed for a kayak or canoe without a motor. Maryland's Boating Safety Certificate is only required to run a motorized boat if you were born on or after July 1, 1972. DNR explains it on its boating education page at dnr.maryland.gov/nrp/Pages/BoatingSafety/Boating-Education.aspx."],
    [78, 'l', 'Does that answer it?'],
    [200, 'l', 'Are you still there?'],
    [270, 'l', 'Thanks for chatting with AACPL, take care!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }), { pickedUpAt: at(55) }),

  // 09 no source; "take your time"
  s(TESS, '09 the canoe keeps turning (J-stroke): "No problem, take your time." (204 s away), the stroke from memory, no source', [
    [0, 'p', 'my canoe keeps turning when i paddle in the back. how do i go straight??'],
    [19, 'l', 'Hi! Tess here, librarian at Carroll County Public Library.'],
    [25, 'l', 'Are you paddling solo, or with someone in the bow?'],
    [40, 'p', "with my son in front. hold on he's yelling at me brb"],
    [46, 'l', 'No problem, take your time.'],
    [250, 'p', 'ok back sorry. yes he paddles in front'],
    [258, 'l', "That's the classic problem: the person in the stern has to correct. Try the J-stroke: pull back as usual, then at the end of the stroke turn your top thumb down and push the blade out away from the canoe, so the blade draws a J in the water. It steers you back without switching sides. Your son just paddles forward on the other side."],
    [264, 'l', 'Does that help?'],
    [300, 'p', "yes we'll try it sat. that's all i needed thank u"],
    [305, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ source: 'fail' })),

  // 10 outfitters with no way to reach them; goodbye 120 s after the answer with a check-in
  s(KWAME, '10 a shuttle from Brunswick to Point of Rocks: "give one of them a call" (no contact), nps.gov/choh, "Are you still with me?", goodbye at 120 s', [
    [0, 'p', 'Planning to paddle the Potomac from Brunswick down to Point of Rocks. Is there anyone who does a car shuttle?'],
    [21, 'l', "Hi there! You're chatting with a librarian at AskUsNow!, Maryland's statewide library chat."],
    [27, 'l', 'Is that a canoe or kayaks, and how many of you?'],
    [55, 'p', '2 kayaks, 2 ppl'],
    [63, 'l', "That's about 6 miles of river. The outfitters in Harpers Ferry run shuttles on that stretch — give one of them a call and ask about a Brunswick put-in. The C&O Canal park's boating page at nps.gov/choh shows the river access at Brunswick and at Point of Rocks."],
    [69, 'l', 'Does that help you plan it?'],
    [150, 'l', 'Are you still with me?'],
    [183, 'l', "I'll close the chat for now — thanks for writing in, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', referral: 'fail' })),

  // 11 a referral by phone
  s(WREN, '11 Upper Yough releases: experience asked, americanwhitewater.org, Ohiopyle State Park office by phone, "that\'s everything!"', [
    [0, 'p', 'when are the whitewater releases on the upper yough this summer? want to plan a trip w my brother'],
    [16, 'l', "Hi, welcome to Ask a Librarian! I'm Wren at Garrett County Public Library."],
    [22, 'l', 'Are you both experienced? The Upper Yough is class IV-V, so I want to point you to the right info.'],
    [50, 'p', "he is, I'm solid class III. might do the lower yough instead honestly"],
    [58, 'l', "The Upper Yough releases come from the Deep Creek hydro station, and the schedule is posted on American Whitewater's Upper Yough page at americanwhitewater.org, usually by late spring. The Lower Yough runs through Ohiopyle, PA; for its conditions and launch permits call the Ohiopyle State Park office at 724-555-0148."],
    [64, 'l', 'Is that what you needed?'],
    [95, 'p', "yes, thank you, that's everything!"],
    [100, 'l', 'Have a great trip and stay safe — bye!'],
  ], usual({ referral: 'pass' })),

  // 12 two parties, one without a way to reach it; goodbye 121 s after the answer, no check-in
  s(SOL, '12 guided trips out of St. Michaels: chesapeakepaddlers.org and "stop in at the kayak shop by the harbor" (no contact), goodbye 121 s later', [
    [0, 'p', 'im visiting st michaels next month, want to try sea kayaking on the miles river but never done it. lessons? group trips?'],
    [23, 'l', 'Hello! This is Sol, a librarian at Talbot County Free Library.'],
    [29, 'l', 'Would you rather have a lesson first, or join a guided group paddle?'],
    [62, 'p', 'guided group paddle probably'],
    [70, 'l', 'The Chesapeake Paddlers Association runs group trips for all levels; you can write to their trip coordinators through chesapeakepaddlers.org. In town, stop in at the kayak shop by the harbor in St. Michaels and ask whether they run guided tours. Does that help?'],
    [191, 'l', 'Thanks for using Ask a Librarian, and have a great visit!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 13 FU_ME, e-mail read back, "by Thursday at the latest", done at 30 h
  s(NADIA, '13 dating dad\'s Old Town canoe: serial asked, wcha.org, restoration books promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', "found an old wooden canoe in my late dad's garage, says Old Town on it. how can I tell what year it was made?"],
    [20, 'l', "Good evening, this is Nadia, librarian at Harford County Public Library. I'm sorry about your dad, and what a find!"],
    [27, 'l', 'Is there a serial number stamped on the stem, at the very tip of the bow or stern?'],
    [90, 'p', 'ok went and looked, its 113456 something, hard to read the last digit'],
    [99, 'l', "The Wooden Canoe Heritage Association's site, wcha.org, explains how Old Town serial numbers work and how the company's build records are kept. I'd also like to check our canoe restoration books for tips on reading a worn number; can I e-mail you what I find?"],
    [130, 'p', 'yes please! its rkline.garage@example.net'],
    [137, 'l', "Thanks — rkline.garage@example.net. I'll send it by Thursday at the latest. Did the WCHA link help for now?"],
    [170, 'p', "yes, thank you so much, that's all I needed"],
    [176, 'l', "You're very welcome. Talk soon, and thanks for chatting!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 14 FU_ME, e-mail read back, "by Wednesday", nothing recorded yet at day 1
  s(EZRA, '14 a printed Nanticoke water trail guide for a 78-year-old: nanticokeriver.org, paper copy promised, e-mail read back, "by Wednesday", pending', [
    [0, 'p', 'Hi, is there a printed guide for the Nanticoke River water trail? my dad doesnt do phones/pdfs'],
    [24, 'l', 'Hi! This is Ezra with Wicomico Public Libraries, thanks for reaching out.'],
    [30, 'l', 'Would a printout of the online map work for him, or is he after a booklet?'],
    [66, 'p', "booklet would be best. he's 78 and wants to paddle from vienna to sharptown"],
    [74, 'l', "The Nanticoke water trail map and guide is online at nanticokeriver.org. I'll check whether our Maryland Room has a paper copy of the printed guide and e-mail you what I find. What's the best e-mail for you?"],
    [110, 'p', 'sure, jpowell.sharptown@example.com'],
    [117, 'l', 'Got it: jpowell.sharptown@example.com. You will hear from me by Wednesday. In the meantime, does the online map help?'],
    [150, 'p', 'yes it does, thanks'],
    [156, 'l', 'Anything else I can help with?'],
    [170, 'p', "no that's it"],
    [175, 'l', 'Thanks for chatting, and tell your dad happy paddling!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 15 FU_LIB partly in Spanish, a phone read back, no time, nothing recorded at day 5
  s(LORENA, '15 clases de kayak para un adolescente (partly Spanish): montgomeryparks.org, a colleague to phone, phone read back, no time, not done at day 5', [
    [0, 'p', 'hola, hi. busco clases de kayak para mi hijo de 14 años, en montgomery county. hay algo?'],
    [20, 'l', '¡Hola! Soy Lorena, bibliotecaria de Montgomery County Public Libraries. ¿Prefiere que le conteste en español?'],
    [45, 'p', 'si por favor'],
    [52, 'l', '¿Su hijo ya sabe nadar bien? Algunos cursos lo piden.'],
    [80, 'p', 'si nada bien, está en el equipo de natación'],
    [88, 'l', "Montgomery Parks ofrece cursos de kayak para jóvenes en los lagos Needwood y Black Hill durante el verano; la lista está en montgomeryparks.org (busque 'kayak')."],
    [94, 'l', 'También puedo pedir a una compañera de su sucursal que le llame con los campamentos de verano que conocemos. ¿Me da un teléfono?'],
    [125, 'p', '240 555 0119'],
    [131, 'l', 'Apuntado: 240-555-0119. ¿Le sirve la página de Montgomery Parks?'],
    [160, 'p', 'si, gracias! es todo'],
    [165, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 5 * DAY }),

  // 16 a promise coded Answered, done at 20 h
  s(ABE, '16 the Susquehanna below Conowingo: "Hi!" then "Abe here", riverkeeper page, "I\'ll scan it and e-mail it to you tomorrow", coded Answered', [
    [0, 'p', 'Do you have maps of the Susquehanna below Conowingo for kayaking? Port Deposit to Havre de Grace'],
    [18, 'l', 'Hi!'],
    [24, 'l', 'Abe here at Cecil County Public Library. Are you after the launches and landmarks, or the river levels and the dam releases?'],
    [55, 'p', 'both honestly. heard the releases can be dangerous'],
    [63, 'l', "They can, the water comes up fast. The Lower Susquehanna Riverkeeper's paddling page at lowersusquehannariverkeeper.org shows the launches at Port Deposit and Havre de Grace, and the dam's daily generation schedule is posted on the operator's site (search 'Conowingo generation schedule')."],
    [69, 'l', "We also have an old Cecil County paddling map in our Maryland collection. I'll scan it and e-mail it to you tomorrow. What's your e-mail?"],
    [100, 'p', 'tdelgado@example.org'],
    [106, 'l', 'Thanks, tdelgado@example.org. Does the riverkeeper page help for now?'],
    [135, 'p', 'yep, thanks a bunch'],
    [140, 'l', 'Stay safe on the river, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 17 FU_ME with no contact anywhere; the question only after the source; done 73 h after the end
  s(PIA, '17 the Pocomoke canoe trail for a church newsletter: DNR page before any question, "I\'ll look into it and get back to you", no contact, done at 73 h', [
    [0, 'p', 'im writing a piece for our church newsletter on the pocomoke river canoe trail, when was it first mapped as a trail?'],
    [22, 'l', 'Hi, thanks for contacting AskUsNow! This is Pia, a librarian.'],
    [28, 'l', "Maryland DNR's page for the Pocomoke River water trail, at dnr.maryland.gov (search 'Pocomoke water trail'), has today's map and a short history."],
    [34, 'l', 'When is the newsletter due?'],
    [60, 'p', 'end of the month'],
    [68, 'l', "Then there's time. The date it was first laid out as a canoe trail needs some digging in older state publications, so I'll look into it and get back to you."],
    [74, 'l', 'Does the DNR page help as a start?'],
    [100, 'p', 'yes thanks!'],
    [104, 'l', 'Is there anything else you need?'],
    [120, 'p', 'no thats everything'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(130 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 18 a true Lost Call; the notice-goodbye exactly 180 s after the greeting
  s(THEO, '18 kayak rentals at Deep Creek (Lost Call): greeting only, "Hi, are you still there?" at 150, notice with thanks at 200 (180 s)', [
    [0, 'p', 'can you rent kayaks at deep creek lake state park'],
    [20, 'l', "Hello! You've reached AskUsNow!, I'm Theo, a librarian."],
    [150, 'l', 'Hi, are you still there?'],
    [200, 'l', "It looks like you've disconnected, so I'm going to end this chat. Thanks for reaching out, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines; an offer of more; 181 s of final idle, a notice with no thanks
  s(JUN, '19 Mallows Bay for a beginner: "Would you like me to find a beginner kayak class nearby too?", check-in, "I\'ll end the session now." (181 s), Lost Call', [
    [0, 'p', 'hey is mallows bay good for beginners? want to see the ghost ships by kayak'],
    [19, 'l', 'Hi! Jun here, a librarian at Charles County Public Library.'],
    [25, 'l', 'Have you paddled on open water before, or mostly calm lakes?'],
    [58, 'p', 'only lakes'],
    [66, 'l', "Mallows Bay is sheltered, but it opens onto the Potomac, which gets windy and choppy in the afternoon. Go early on a calm day and stay inside among the wrecks. Charles County's Mallows Bay Park page has the launch details and a paddling map: charlescountyparks.com (Parks > Mallows Bay). Would you like me to find a beginner kayak class nearby too?"],
    [190, 'l', 'Are you still there?'],
    [247, 'l', "It looks like you've disconnected. I'll end the session now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (kayak rental script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, kayak rental question'],
    [8, 'l', 'Test reply from the trainee: kayak info at example.org/paddle'],
    [20, 'p', 'ok ending test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(QUEUE, '21 a canoe launch on the Sassafras near Georgetown: no provider ever joined, "anyone?", "never mind", patron left, code null', [
    [0, 'p', 'where can i launch a canoe on the sassafras river near georgetown md'],
    [3, 's', 'Thanks for your patience — all librarians are busy. You are number 4 in line.'],
    [130, 'p', 'anyone?'],
    [210, 'p', 'never mind'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 dismissed: "you've used up your time for this chat"
  s(CORA, '22 a five-day Paw Paw Bends trip: hiker-biker campsites on nps.gov/choh, then "you\'ve used up your time for this chat … Goodbye."', [
    [0, 'p', 'planning a 5 day canoe trip on the potomac thru paw paw bends. where to camp, how far per day, where to get water, shuttles, what maps, are the towpath campsites ok for boaters??'],
    [21, 'l', "Hi, I'm Cora, a librarian at Allegany County Library System. Thanks for writing!"],
    [27, 'l', 'Where are you starting and ending: Cumberland to Hancock?'],
    [60, 'p', 'oldtown to hancock'],
    [68, 'l', "The C&O Canal's hiker-biker campsites along the towpath are free, first come first served, and many sit right by the river; the list with mile markers is at nps.gov/choh (Plan Your Visit > Camping). Most have a pump, but the pumps are shut off some seasons, so check that page before you go."],
    [74, 'l', 'Did that help with the camping part?'],
    [100, 'p', 'yes. now how many miles a day, and shuttles, and is paw paw bends hard, and do i need permits, and maps'],
    [108, 'l', "Sorry, you've used up your time for this chat — we give each patron 15 minutes. Goodbye."],
    [120, 'p', "it's been like 2 minutes??"],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting"; code ""
  s(IKE, '23 a long list about Eastern Neck: fws.gov refuge page, "other patrons waiting in the queue … Please log back on later", code ""', [
    [0, 'p', 'hi! paddling question(s) lol. eastern neck refuge: where to launch, is there a trail map, can i bring my dog in the kayak, best time for birds, tides, and is there a kayak rental in rock hall'],
    [20, 'l', "Hi there! Ike from Kent County Public Library here. That's quite a list 😄"],
    [26, 'l', 'Let\'s start with the launch and the map. Are you bringing your own kayak?'],
    [50, 'p', 'yes own kayak'],
    [58, 'l', "Eastern Neck National Wildlife Refuge has a canoe and kayak launch at Bogles Wharf, and the refuge's water trail map is on fws.gov/refuge/eastern-neck (Visit Us > Activities). Dogs have to stay leashed on refuge land; the same page lists the rules."],
    [64, 'l', 'Does that cover the launch and the map?'],
    [90, 'p', 'yes! ok now birds, tides, rental, and also whats the best lunch spot in rock hall lol'],
    [98, 'l', "I'd love to keep going, but I have other patrons waiting in the queue right now. Please log back on later and one of us will take the rest of your list with you. Thanks so much for chatting!"],
    [115, 'p', 'haha ok fair, thanks'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 24 a restatement instead of a question
  s(VERA, '24 Blackwater with kids of 7 and 10: "So you\'re after a short, sheltered route … got it.", fws.gov/refuge/blackwater, "no more questions 😊"', [
    [0, 'p', 'We want to take the kids (7 and 10) paddling at Blackwater this spring. Which of the trails is easiest?'],
    [19, 'l', 'Good afternoon! Vera at Dorchester County Public Library here, thanks for the question.'],
    [25, 'l', "So you're after a short, sheltered route the kids can manage near the refuge, got it."],
    [33, 'p', 'yes exactly, nothing too long'],
    [41, 'l', "Blackwater National Wildlife Refuge has three marked paddling trails, and the shortest loop is the one to start the kids on. The trail maps, with lengths and launch points, are on the refuge's site at fws.gov/refuge/blackwater (Visit Us > Activities). Keep an eye on the wind: it's wide-open marsh."],
    [47, 'l', 'Was that what you were hoping for?'],
    [75, 'p', 'yes thank you!! no more questions 😊'],
    [80, 'l', 'Enjoy the marsh, and thanks for chatting!'],
  ], usual()),

  // 25 a transfer with a notice and a note before it
  s(GRETA, '25 the St. Mary\'s River to Historic St. Mary\'s City: notice, a note why, the transfer, Ruth 114 s after the notice, stmarysmd.com', [
    [0, 'p', 'hi, can you paddle from st marys college down to historic st marys city? is there a launch and somewhere to pull out?'],
    [20, 'l', "Hi, this is Greta with AskUsNow!, Maryland's statewide librarian chat."],
    [26, 'l', "Our St. Mary's County librarian knows that river well — I'm transferring you to her now, one moment please."],
    [29, 'i', "Ruth, patron wants launch/pull-out info on the St. Mary's River near SMCM and Historic St. Mary's City, a local question — can you take it?"],
    xfer(32, 'Ruth', 'ruth-cn'),
    [140, 'l', "Hi! Ruth at St. Mary's County Library here. Are you bringing your own boat or hoping to rent?", as(RUTH)],
    [170, 'p', 'own kayak'],
    [178, 'l', "All the county's public landings and launches are on its water access map at stmarysmd.com (search 'water access'). From the college to the Historic St. Mary's City waterfront it's a short, sheltered paddle along the shore.", as(RUTH)],
    [184, 'l', 'Does that answer your question?', as(RUTH)],
    [215, 'p', 'perfect thx, thats all'],
    [220, 'l', 'Happy paddling, and thanks for using AskUsNow!', as(RUTH)],
  ], usual({ transfer: 'pass' })),

  // 26 a transfer with a notice and no note
  s(AHMED, '26 renting a canoe at Centennial Lake: "I\'m transferring you to her. Just a moment!" with no note, Lin 72 s later, howardcountymd.gov', [
    [0, 'p', 'Is there any place in Howard County to rent a canoe for a couple hours? Centennial Lake maybe?'],
    [17, 'l', "Hello! Ahmed at Howard County Library System's Ask a Librarian."],
    [23, 'l', "My colleague Lin handles our parks and recreation questions; I'm transferring you to her. Just a moment!"],
    xfer(27, 'Lin', 'lin-cn'),
    [95, 'l', "Hi, I'm Lin, also a librarian here. Is it just you, or a group?", as(LIN)],
    [120, 'p', 'me and my girlfriend'],
    [128, 'l', "Centennial Park rents canoes, kayaks and paddleboats on the lake from spring into early fall; hours and prices are on Howard County Recreation & Parks' page at howardcountymd.gov (search 'Centennial boat rentals').", as(LIN)],
    [134, 'l', 'Did that help?', as(LIN)],
    [170, 'p', 'yes! thats all i needed'],
    [175, 'l', 'Have fun on the lake — bye!', as(LIN)],
  ], usual({ transfer: 'fail' })),

  // 27 a transfer, the note after it; the receiver 125 s after the notice; a referral by street address
  s(MARA, '27 early Baltimore canoe clubs: notice, transfer, then the note, Dov 125 s after the notice, ProQuest + the MCHC library at 610 Park Avenue', [
    [0, 'p', 'researching the history of canoe clubs in baltimore, like 1900s. anything?'],
    [18, 'l', "Hi, welcome to Ask Us at Enoch Pratt Free Library! I'm Mara."],
    [24, 'l', "This one is really for our Maryland Department — I'll transfer you to Dov there, hang on."],
    xfer(28, 'Dov', 'dov-cn'),
    [31, 'i', 'Dov — pt researching early Baltimore canoe clubs, local history, yours'],
    [149, 'l', 'Hello, Dov in the Maryland Department here. Is this for a publication, or family history?', as(DOV)],
    [180, 'p', 'family history. my great grandfather was in a canoe club on the patapsco i think'],
    [188, 'l', "The Baltimore Sun covered club regattas closely: search 'canoe club' with 'Patapsco' in ProQuest Historical Newspapers: The Baltimore Sun, free with your Pratt card at prattlibrary.org > Research. You could also visit the library of the Maryland Center for History and Culture, 610 Park Avenue, Baltimore, MD 21201, which keeps papers of some old boating clubs.", as(DOV)],
    [194, 'l', 'Is that what you were looking for?', as(DOV)],
    [230, 'p', 'yes great start, thank you'],
    [236, 'l', 'Anything else I can help with today?', as(DOV)],
    [260, 'p', "no that's it"],
    [265, 'l', 'Good luck with the research — thanks for using Ask Us!', as(DOV)],
  ], usual({ informed: 'fail', referral: 'pass', transfer: 'fail' })),

  // 28 four at once; a referral by e-mail
  s(JESS, '28 Tuckahoe Creek in summer: lake or creek asked, DNR + USGS, the park office by e-mail, four chats open at once (fail)', [
    [0, 'p', 'Is Tuckahoe Creek ok to kayak in the summer or does it get too low?'],
    [16, 'l', "Hi! This is Jess, librarian at Queen Anne's County Library."],
    [22, 'l', 'Are you planning to paddle the lake at Tuckahoe State Park, or the creek below the dam?'],
    [50, 'p', 'the creek below the dam'],
    [58, 'l', "Below the dam the creek is narrow and by late summer it can get low and full of deadfall; spring and early summer are best, and the lake above the dam is fine all season. The park's page on dnr.maryland.gov (Tuckahoe State Park) has the launch details, and the USGS gauge 'Tuckahoe Creek near Ruthsburg' on waterdata.usgs.gov shows the current flow. For this week's conditions, e-mail the park office at tuckahoe.office@example.org."],
    [64, 'l', 'Does that help?'],
    [95, 'p', 'yep'],
    [99, 'l', 'Anything else I can help with?'],
    [115, 'p', 'nope thanks!'],
    [119, 'l', 'Happy paddling — bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('j1', 'jess-cn', -100, 200), other('j2', 'jess-cn', 10, 150), other('j3', 'jess-cn', 60, 400)],
  }),

  // 29 three at most, touching ends
  s(NELL, '29 a first-time kayaker in Huntingtown (chat-speak): own or rented asked, Kings Landing, calvertcountymd.gov + americancanoe.org, touching ends', [
    [0, 'p', 'hiya, first time kayaker here 🙋‍♀️ is there somewhere calm to launch in calvert? im in huntingtown'],
    [15, 'l', "Hi! You've reached Nell at Calvert Library, glad to help 😊"],
    [21, 'l', 'Do you have your own kayak, or would you need to rent one?'],
    [45, 'p', 'just bought one!! sit on top'],
    [52, 'l', "Congrats! Kings Landing Park in Huntingtown has a soft launch onto the Patuxent with a sheltered creek to practise in. Calvert County Parks lists it with its hours at calvertcountymd.gov/parks. For first-timers, the American Canoe Association's safety tips at americancanoe.org are worth a read too."],
    [58, 'l', 'Is that the kind of info you needed?'],
    [85, 'p', "YES thank u, that's everything!!"],
    [90, 'l', 'Have fun on your first paddle, bye! 🛶'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'nell-cn', -300, 0), other('n2', 'nell-cn', -50, 90), other('n3', 'nell-cn', 30, 500), other('n4', 'nell-cn', 95, 600)],
  }),

  // 30 the answer asks both questions; goodbye 119 s later
  s(LYDIA, '30 an inflatable kayak in the Inner Harbor: own or rented asked, "Did that help? And is there anything else I can look up?", goodbye 119 s later', [
    [0, 'p', 'can you kayak in the inner harbor?? like is it allowed, and where do you put in'],
    [14, 'l', "Hi! You're chatting with Lydia, a librarian at Enoch Pratt Free Library."],
    [20, 'l', 'Do you have your own kayak, or were you hoping to rent one?'],
    [52, 'p', 'my own, inflatable one'],
    [60, 'l', "Yes, paddling in the harbor is allowed; just keep clear of the water taxis and the shipping channel. The Canton Waterfront Park boat ramp is the usual put-in, and the Waterfront Partnership's Healthy Harbor page, baltimorewaterfront.com/healthy-harbor, reports the water quality every week. Did that help? And is there anything else I can look up?"],
    [179, 'l', "Looks like you've got what you need — thanks for chatting with Pratt, and come back anytime!"],
  ], usual()),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CANOES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-fifth round: canoeing, kayaking and paddling trails, checked', () => {
  describeSessions('whole sessions', CANOES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CANOES.filter((c) => c.name in LEFT_WHY));
});
