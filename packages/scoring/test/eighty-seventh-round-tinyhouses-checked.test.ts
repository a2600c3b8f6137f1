/**
 * Eighty-seventh round, theme TINY HOUSES, ACCESSORY DWELLING UNITS AND ZONING, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: backyard ADUs and in-law apartments (a cottage for a father in
 * Silver Spring, una casita para la mamá en Hyattsville in Spanish, a basement in-law apartment in Baltimore County, a garage
 * conversion in Anne Arundel, a rowhouse backyard in Hampden, a 400 sq ft second house on RC land in western Howard County,
 * an ADU over a garage in Easton, an Airbnb tiny house in Berlin), tiny houses on wheels (living full time on 5 acres near
 * Myersville, towing one from Hagerstown to Salisbury, insuring one in Bel Air, parking one in a Chestertown driveway, vivir
 * en una sobre ruedas en Salisbury in Spanish, living in one while the real house is built near Denton), land and building
 * rules (a lot near Deep Creek, loft ladders and IRC Appendix AQ in Calvert, a composting toilet in Carroll, modular against
 * manufactured in Washington County, a minimum house size near Frostburg, raising a house in a Crisfield flood zone, the
 * Chesapeake Bay Critical Area on Kent Island, the Annapolis Historic District), communities and policy (a tiny house
 * community in St. Mary's, a church's tiny homes for people leaving homelessness in Cambridge, a UMBC policy paper on state
 * ADU bills, Charles County's accessory apartment hearing minutes, tiny rental cabins near Mount Airy) and enforcement (a
 * neighbour's two-storey backyard house in Glen Burnie, a correction notice for a shed lived in, partly in Spanish). Every
 * one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s76/tinyhouses-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-26 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" at 32 (04: fail); `pickedUpAt` 57 s
 *   with the first visible line at 64 s (07: pass on the recorded pickup); no provider ever, only the queue's line (26: fail);
 *  greeting: name and library in one line (01, 03, 04, 08, 12-15, 17-23, 28, 30), Spanish "¡Hola, buenas tardes! Le saluda
 *   Lucía, bibliotecaria …" (02) and "¡Hola! Soy Marta, bibliotecaria …" (24), bilingual "¡Hola! Hi, I'm Natalia …" (29),
 *   the service and "a librarian" (09, 10, 11, 25), "Good morning!" alone then the name in the second line (06: pass),
 *   "Hey there, good question!" then a question, the library only in the screen name (05: fail), "This is Gloria at St.
 *   Mary's County Library." with no greeting word (16: fail); na with no provider (26) and Practice (27);
 *  keep_informed: two holds of exactly 120 s, the second a partial result that says the search goes on (07: pass); a patron
 *   question answered 121 s later with an internal note and the patron's "??" in between (08: fail); "Sure, take your
 *   time!" and the patron back 190 s later (06: waiting on the patron, pass); a transfer announcement answered 47 s later
 *   and the receiver's "Let me see what I can find …" answered 78 s later (10); the patron's "wow ok" left unanswered at the
 *   end (16); na (24, 26, 27);
 *  clarify: questions on zoning, separate building, town or county, wheels or foundation, household or rental, block and
 *   street, garage and house size, lot, permit, year-round use, letter type, flood zone, the number of houses; the
 *   restatement "So you're after two things: …" with no question mark (13: pass); the answer straight after the greeting
 *   (11: fail); "Is your tiny house going on a foundation, or on a trailer?" inside the first message that gives a source
 *   (12: fail); no source ever, the question after the answer (14: pass); a question only, then the patron gone (25: pass);
 *  source: montgomeryplanning.org, pgatlas.com, library.municode.com, hyattsville.org, ecode360.com, garrettcountymd.gov,
 *   garretthealth.org, mdlandrec.net, zoning.baltimorecity.gov, howardcountymd.gov, annapolis.gov, dnr.maryland.gov,
 *   qac.org, roads.maryland.gov, mva.maryland.gov, codes.iccsafe.org, calvertcountymd.gov, mgaleg.maryland.gov,
 *   dhcd.maryland.gov, washco-md.net, stmarysmd.com, choosecambridge.com, insurance.maryland.gov, alleganygov.org,
 *   berlinmd.gov, co.worcester.md.us, carolinemd.org, eastonmd.gov, tcfl.org, chestertown.com, charlescountymd.gov,
 *   baltimorecountymd.gov, mdfloodmaps.net, msc.fema.gov; databases (Academic Search Complete, Foundation Directory
 *   Online); books (Tiny House Living, Backyard Revolution, the Annapolis Historic District Design Manual); the county's
 *   web page given by the steps to reach it and no address (06: pass); only a referral's phone number (04: pass); not
 *   sources: the county health department and the LandWatch app named without a way to reach them (14: fail); only a
 *   clarifying question (25: fail);
 *  completeness: "Does that answer what you were wondering about?", "¿Le sirve esta información?", "Did that help answer
 *   your question?", "Does that cover what you needed?", "Is that the kind of info you were after?", "Does that give you
 *   what you need?", "Will the bill search and Academic Search Complete work for your paper for now?", "Does that help
 *   you get going?", "¿le ayuda la página …?", "Did the flood map links help?", in the answer's own message (08, 18-22);
 *   "Did that help so far?" after an answer with no source (14: pass); near misses: "Does that make sense?" (15: fail),
 *   the offer "Would you like me to look up campgrounds …?" (23: fail), none at all (16), none with no source (25);
 *  anything else: asked by the provider (04, 08, 12, 18, 19, 30); the patron's "that's all i needed", "no tengo más
 *   preguntas", "no more questions", "thats everything", "that's all i need", "thats all I needed to know", "that's all
 *   for me", "that's everything for now", "that's everything", "that's everything for now then", "es todo por ahora";
 *   near misses: "If you think of anything else, just come back!" with "yes it does, ok cool" and "will do" (15: fail),
 *   "wow ok" (16), nothing after the answer (20-23);
 *  dismissal: "Sorry, we're at the time limit for chat sessions, so I'll have to end here." (16: fail); "I have several
 *   other patrons waiting right now, so please log back on later …" (17: allowed, pass);
 *  courteous: goodbyes in English and Spanish, an invitation back alone (15); an answer and the time-limit line (16: fail);
 *   "Are you still there?" and "I haven't heard back, so I'll be closing this chat now." (23: fail);
 *  final idle: a goodbye 119 s after the answer (18: na); "Are you still with me?" and a goodbye 120 s after (19: pass);
 *   "It looks like you've disconnected, so I'll close out this chat. Thanks for stopping by!" 121 s after, with no question
 *   (20: check-in fails, notice na); a check-in and "It looks like you've been disconnected, so I'm going to end this
 *   session. Feel free to chat with us again anytime!" exactly 180 s after (21: both pass); a check-in and a notice-goodbye
 *   179 s after (22: check-in passes, notice na); a check-in and a closing line that is no goodbye, running to `endedAt`
 *   (23: check-in passes, notice fails); a Spanish Lost Call (24) and a Lost Call with a clarifying question (25), each with
 *   a check-in and a notice that thanks or invites back; the patron's last line the last visible one (15, 16, 26);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 60 s (12: four, fail); a transfer where the first provider's three other chats all start after
 *   the transfer and the receiver has two others (10: pass over the parts each handled);
 *  codes: Answered; no code field (06: na); null (11: fail); "" (20: fail); Lost Call with one patron line (24: pass; 26, no
 *   provider: pass) and two (25: fail); Practice (27: all na); a promise coded Answered (30: fail); Follow-up by me with no
 *   contact anywhere (14: fail); Follow-up by me with the e-mail only in `patron.email` (13: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done "2026-03-05T16:00:00+01:00", 71 h 57 min after the end
 *   (28: pass, only with the offset honoured); FU_LIB partly in Spanish, phone typed "(443)555-0178" and read back, "mañana
 *   por la tarde", not recorded at day 1 (29: pending); "e-mail to the address on your library account by tomorrow
 *   morning", FU_ME, done "2026-03-05T09:10:00-06:00", 72 h 8 min after the end (13: contact fails, on_time fails, only
 *   with the offset honoured); "I'll see what I can find out and get back to you", FU_ME, no contact, no time, done at 30 h
 *   (14: code and contact fail, on_time passes); "I'll dig it up and e-mail it to you", the e-mail given, no time, coded
 *   Answered, not recorded at day 4 (30: code, contact and on_time fail);
 *  referrals: Zoning Administration and the Health Department's Environmental Health Services, both by phone, in one
 *   message (03: pass); Permits, Approvals and Inspections by phone and "your County Council member's office" with nothing
 *   (04: fail); "The county health department … you'd want to ask them" (14: fail); the own library's Reference Department
 *   by phone (19: pass); not referrals: an agency's web page to read (01, 05, 11, 18, 20), a colleague consulted (08),
 *   county contacts asked on the patron's behalf (28), the patron's library to call her (29), transfers (09, 10);
 *  transfers: an internal note saying why, the transfer, no word to the patron (09: fail); a visible notice and a note
 *   saying why, both before (10: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 57 s, pass, though the first visible line came at 64 s (07);
 * - greetings in Spanish ("¡Hola!", "buenas tardes") greet and "bibliotecaria" identifies who answers (02, 24, 29);
 * - "Good morning!" and "I'm Wendell, a reference librarian …" in the first two lines are the greeting together (06);
 *   "Hey there" greets but nothing in the text says who answers, the screen name aside (05: fail); "This is Gloria at St.
 *   Mary's County Library." identifies but greets no one (16: fail);
 * - "Still searching — the map shows your block is in an R-8 district, and I'm checking …" gives a partial result and
 *   says the search goes on: a hold (07); "Let me see what I can find on Kent Island lots." is a hold (10); "Sure, take
 *   your time!" is not (06);
 * - an internal note does not end a wait on the provider and the patron's "??" does not restart it (08: 121 s);
 * - a question in the same message as the first source is not "before the first message that gives a source" (12: fail);
 *   "So you're after two things: …" restates the question without asking one (13: pass);
 * - a county web page given as "on the county's website, go to Departments > Planning and Zoning > Zoning > Accessory
 *   Dwelling Units" is "a web page with the steps to reach it" (06: source passes);
 * - a phone number for a referral is a source on its own (04: source passes with no URL);
 * - "the county health department" and "the LandWatch app" named with no way to reach them are not sources (14: fail);
 *   with no source ever given, the question asked after the answer counts (14: clarify passes), and "Did that help so
 *   far?" after the answer from memory asks whether the answer meets the need (14: completeness passes);
 * - "Does that make sense?" asks whether the patron understood, not whether the information meets the need (15: fail);
 *   "Would you like me to look up campgrounds …?" offers something not yet given (23: fail); "Will the bill search and
 *   Academic Search Complete work for your paper for now?" and "Does that help you get going?" ask whether what was
 *   given meets the need (13, 17: pass);
 * - "If you think of anything else, just come back!" invites back but asks nothing (15: anything else fails, courteous
 *   passes); "that's all for me" (10), "that's everything for now then" (17), "no tengo más preguntas" (02) and "es todo
 *   por ahora" (29) say explicitly that the patron is done; "yes it does, ok cool", "will do" and "wow ok" do not;
 * - "Sorry, we're at the time limit for chat sessions, so I'll have to end here." tells the patron their time is up (16:
 *   dismissal fails) and neither thanks, says goodbye nor invites back (courteous fails);
 * - "It looks like you've disconnected, so I'll close out this chat. Thanks for stopping by!" thanks the patron: a goodbye,
 *   so the final idle ends there (121 s), and it asks nothing, so no check-in (20: fails);
 * - "I think we may have lost our connection, so I'm closing this chat now. Thanks …" is a goodbye 179 s after the answer:
 *   below `disconnectSeconds` (22: notice na);
 * - "I haven't heard back, so I'll be closing this chat now." announces the end (not a goodbye, so the idle runs to
 *   `endedAt`) but does not say the patron seems to have disconnected (23: notice fails, courteous fails);
 * - in a Lost Call, the greeting is the first provider message after the patron's last line that is not a hold: the
 *   final idle starts there (24: 274 s; 25: 222 s);
 * - a code field left out (undefined) means the source has no codes (06: na);
 * - "… e-mail to the address on your library account by tomorrow morning" is a promise with a time but the address is
 *   never given or repeated in the chat (13: contact fails; code passes, `patron.email` is a known contact);
 * - an e-mail the patron types in the chat is "given … there" even if the provider does not repeat it (30); with no time
 *   said, contact fails;
 * - a follow-up recorded "2026-03-05T09:10:00-06:00" is 15:10Z, 72 h 7 min 49 s after an end at 15:02:11Z on 2 March (13:
 *   fail); "2026-03-05T16:00:00+01:00" is 15:00Z, 71 h 57 min 29 s after an end at 15:02:31Z (28: pass);
 * - an agency's web page given to read (Permitting Services' ADU guide, 01; the SHA's hauling permits page, 11; the
 *   Insurance Administration's guides, 18; the county's rental page, 20) is a source, not a referral; "you'd want to ask
 *   them" (14) and "you could also ask your County Council member's office" (04) tell the patron to contact a party;
 * - a colleague the provider asked (08), county contacts asked for the minutes on the patron's behalf (28) and the
 *   patron's library told to call her (29) are not referrals;
 * - concurrency in a transferred session: the first provider judged over 0-70 s (two open at most), the receiver over
 *   70-241 s (three) (10: pass); the first provider's three chats from 75 s on are outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/tinyhouses-labels.ts). First run as labelled / disagreeing: 27 / 3 (04, 15, 23); no case scored differently
 * once redacted and no check "could not be evaluated" (the three LEFT cases included, checked apart). Label corrections:
 * none (each disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message
 * numbers 0-based as in the scorer's evidence: the second party "your County Council member's office", with no way to
 * reach it, not read as a referral, 04; "Does that make sense?" read as the completeness question, 15; "I haven't heard
 * back, so I'll be closing this chat now." read as a disconnect notice though it never says the patron seems
 * disconnected, 23).
 * NOTE (rubric v74, block AN): 04 runs now ("call Permits, Approvals and Inspections at 410-…" names the first party, so the
 *   council member's office is a second party with no way, AN6): 28 running, 2 LEFT (15, 23).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-th', name: 'Priya', library: 'MCPL' };
const LUCIA: Prov = { id: 'lucia-th', name: 'Lucía', library: 'PGCMLS' };
const GRANT: Prov = { id: 'grant-th', name: 'Grant', library: 'FCPL-MD' };
const DEVON: Prov = { id: 'devon-th', name: 'Devon', library: 'BCPL' };
const KIT: Prov = { id: 'kit-th', name: 'Kit @ Ruth Enlow Library of Garrett County', library: 'RELGC' };
const WENDELL: Prov = { id: 'wendell-th', name: 'Wendell', library: 'AACPL' };
const ODESSA: Prov = { id: 'odessa-th', name: 'Odessa', library: 'EPFL' };
const FARIDA: Prov = { id: 'farida-th', name: 'Farida', library: 'HCLS' };
const THEO: Prov = { id: 'theo-th', name: 'Theo', library: 'AUN' };
const MIRIAM: Prov = { id: 'miriam-th', name: 'Miriam', library: 'AACPL' };
const NOOR: Prov = { id: 'noor-th', name: 'Noor', library: 'AUN' };
const CALVIN: Prov = { id: 'calvin-th', name: 'Calvin', library: 'QACL' };
const JESSE: Prov = { id: 'jesse-th', name: 'Jesse', library: 'AUN' };
const BEATRIZ: Prov = { id: 'beatriz-th', name: 'Beatriz', library: 'CCPL-CA' };
const ROLAND: Prov = { id: 'roland-th', name: 'Roland', library: 'BCPL' };
const HAZEL: Prov = { id: 'hazel-th', name: 'Hazel', library: 'CCPL-CR' };
const SUNNY: Prov = { id: 'sunny-th', name: 'Sunny', library: 'WCFL' };
const GLORIA: Prov = { id: 'gloria-th', name: 'Gloria', library: 'SMCL' };
const REGGIE: Prov = { id: 'reggie-th', name: 'Reggie', library: 'DCPL-MD' };
const MEI: Prov = { id: 'mei-th', name: 'Mei', library: 'HCPL-MD' };
const OWEN: Prov = { id: 'owen-th', name: 'Owen', library: 'ACLS' };
const TASHA: Prov = { id: 'tasha-th', name: 'Tasha', library: 'WOCL' };
const IVAN: Prov = { id: 'ivan-th', name: 'Ivan', library: 'CCPL-CO' };
const JUNE: Prov = { id: 'june-th', name: 'June', library: 'TCFL' };
const KOFI: Prov = { id: 'kofi-th', name: 'Kofi', library: 'KCPL-MD' };
const MARTA: Prov = { id: 'marta-th', name: 'Marta', library: 'WPL' };
const ABEL: Prov = { id: 'abel-th', name: 'Abel', library: 'AUN' };
const QUEUE: Prov = { id: 'queue-th', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-th', name: 'Trainee 3', library: 'TRN' };
const SELENA: Prov = { id: 'selena-th', name: 'Selena', library: 'CCPL-CH' };
const NATALIA: Prov = { id: 'natalia-th', name: 'Natalia', library: 'AUN' };
const HUGO: Prov = { id: 'hugo-th', name: 'Hugo', library: 'SCLS-MD' };

const s = session;

export const TINYHOUSES: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(PRIYA, '01 a backyard cottage for dad in Silver Spring: zoning and separate building asked, montgomeryplanning.org + the DPS guide, "that\'s all i needed", three at most', [
    [0, 'p', "hi, we're thinking about building a little cottage in our backyard in silver spring for my dad to live in. is that even allowed in montgomery county?"],
    [14, 'l', "Hi! I'm Priya, a librarian with Montgomery County Public Libraries. Happy to help you look into that."],
    [20, 'l', "Do you know how your lot is zoned? If not, no worries. And would the cottage be a separate building, rather than an addition to the house?"],
    [58, 'p', 'no idea on zoning lol. separate building, like 500 sq ft'],
    [67, 'l', "Good news: since 2019 Montgomery County has allowed detached accessory dwelling units on most single-family lots, with limits on size, height and setbacks. You can look up your zoning by address on the Montgomery Planning site (montgomeryplanning.org, search 'zoning map'), and their ADU page explains the rules. The county's Department of Permitting Services has a step-by-step ADU permit guide at montgomerycountymd.gov/dps."],
    [73, 'l', 'Does that answer what you were wondering about?'],
    [110, 'p', "yes!! that's all i needed, thank you so much"],
    [116, 'l', "You're very welcome. Good luck with the cottage, and thanks for chatting with us!"],
  ], usual(), {}, {
    otherIntervals: [other('pr1', 'priya-th', -200, 0), other('pr2', 'priya-th', -60, 80), other('pr3', 'priya-th', 40, 300), other('pr4', 'priya-th', 121, 400)],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 una casita prefabricada para la mamá en Hyattsville (Spanish): ciudad o condado, pgatlas.com + municode + hyattsville.org, "no tengo más preguntas"', [
    [0, 'p', 'hola buenas, quiero poner una casita prefabricada atras de mi casa en Hyattsville para mi mama. se necesita permiso?'],
    [19, 'l', '¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George\'s. Con gusto le ayudo.'],
    [26, 'l', '¿Su casa está dentro de la ciudad de Hyattsville o en una zona no incorporada del condado? Las reglas pueden cambiar.'],
    [70, 'p', 'dentro de la ciudad creo. cerca de la biblioteca nueva'],
    [80, 'l', 'Entonces aplican la zonificación del condado y los permisos de la ciudad. Puede ver la zona de su terreno escribiendo su dirección en PGAtlas (pgatlas.com). Las reglas para viviendas accesorias están en la Ordenanza de Zonificación del condado, en library.municode.com (busque Prince George\'s County), y la Ciudad de Hyattsville explica sus permisos en hyattsville.org. Cualquier construcción para vivir necesita permiso.'],
    [86, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si mucho!! no tengo más preguntas, gracias'],
    [136, 'l', '¡Con mucho gusto! Gracias por comunicarse con nosotros y que le vaya muy bien.'],
  ], usual()),

  // 03 pickup at exactly 60 s; two parties referred in one message, both by phone
  s(GRANT, '03 living full time in a tiny house on wheels near Myersville: pickup at exactly 60 s, ecode360.com, Zoning Administration + Environmental Health by phone, "no more questions"', [
    [0, 'p', "Can I legally live full time in a tiny house on wheels on my own land in Frederick County? It's 5 acres near Myersville."],
    [60, 'l', 'Good afternoon, and thanks for waiting! This is Grant, a librarian at Frederick County Public Libraries.'],
    [66, 'l', 'Is the land inside the Town of Myersville or out in the county? Towns have their own zoning.'],
    [95, 'p', 'county, just outside town. zoned agricultural i think'],
    [104, 'l', "In most Maryland counties a house on wheels counts as a recreational vehicle, and living in an RV full time on a lot usually isn't allowed; a tiny house on a permanent foundation that meets the building code is treated like any other house. Frederick County's zoning ordinance (Chapter 1-19 of the County Code, on ecode360.com) covers what's allowed in the Agricultural zone. For your exact parcel, call the county's Zoning Administration office at 301-555-0170, and for a well and septic on a new dwelling ask the Frederick County Health Department's Environmental Health Services at 301-555-0186."],
    [110, 'l', 'Did that help answer your question?'],
    [150, 'p', "yes that's really helpful, no more questions. thanks!"],
    [156, 'l', 'Glad I could help. Thanks for chatting with Ask a Librarian, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at 61 s; the only source a referral's phone; a second party with nothing
  s(DEVON, '04 a basement in-law apartment in Baltimore County: "hello??", pickup at 61 s, PAI at 410-555-0132 (the only source), "your County Council member\'s office" (no contact)', [
    [0, 'p', 'hi is it legal to have an in-law apartment in my basement in baltimore county? my mother in law might move in'],
    [32, 'p', 'hello??'],
    [61, 'l', "Sorry for the wait! Hi, I'm Devon, a librarian at Baltimore County Public Library."],
    [67, 'l', 'Would she be part of your household, or might the apartment be rented out separately later on?'],
    [100, 'p', 'just her, family. no rent'],
    [110, 'l', "Baltimore County allows what it calls an accessory apartment for a relative in many single-family zones, but it takes a use permit and the house has to stay owner-occupied. For your address and the permit, call Permits, Approvals and Inspections at 410-555-0132, and you could also ask your County Council member's office how often these get approved in your area."],
    [116, 'l', 'Does that cover what you needed?'],
    [150, 'p', 'yeah it does thx'],
    [155, 'l', 'Anything else I can help you with today?'],
    [175, 'p', 'no thats it'],
    [180, 'l', 'Thanks for using Ask a Librarian, take care!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // 05 no identification in the first two provider lines
  s(KIT, '05 a cheap lot near Deep Creek for a tiny house: "Hey there, good question!", the library only in the screen name (greeting fails), garrettcountymd.gov + garretthealth.org + mdlandrec.net', [
    [0, 'p', 'looking at buying a cheap lot near deep creek to put a tiny house on. what should i check first? zoning? septic?'],
    [22, 'l', 'Hey there, good question!'],
    [28, 'l', 'Are you planning to live there year-round, or is it more of a weekend place?'],
    [60, 'p', 'weekends + summers probably'],
    [70, 'l', "Check three things before you buy: the zoning (the lake area has its own Deep Creek Watershed Zoning Ordinance, on garrettcountymd.gov under Planning & Land Management), whether the lot perks for a septic system (the Garrett County Health Department's environmental health pages at garretthealth.org explain perc tests), and any covenants, which are recorded with the deed and searchable free at mdlandrec.net. A lot that won't perk is the most common trap."],
    [76, 'l', 'Is that the kind of info you were after?'],
    [110, 'p', 'yes super useful. thats everything'],
    [115, 'l', 'Great! Good luck with the lot search, bye for now!'],
  ], usual({ greeting: 'fail' })),

  // 06 the greeting across two lines; "take your time"; a web page by the steps to reach it; no code field
  s(WENDELL, '06 converting a detached garage to an ADU in Anne Arundel: "Good morning!" then the name, "Sure, take your time!" (190 s away), the county page by its menu path, no code field', [
    [0, 'p', "what's the biggest an accessory dwelling unit can be in anne arundel county? we want to convert our detached garage"],
    [17, 'l', 'Good morning!'],
    [23, 'l', "I'm Wendell, a reference librarian at Anne Arundel County Public Library. Do you know roughly how big the garage is, and how big the main house is?"],
    [50, 'p', 'hold on let me find the survey'],
    [55, 'l', 'Sure, take your time!'],
    [245, 'p', 'ok garage is 24x24, house is about 1800 sq ft'],
    [256, 'l', "Thanks! The county sets a maximum floor area for an accessory dwelling unit, and a detached one also has to meet the setbacks for accessory buildings. It's all laid out on the county's website: go to Departments > Planning and Zoning > Zoning > Accessory Dwelling Units. A 24x24 garage is 576 sq ft, which is likely within the limit, but confirm it on that page."],
    [262, 'l', 'Does that give you what you need?'],
    [300, 'p', "yep, that's all i need, thanks Wendell"],
    [305, 'l', "You're welcome! Thanks for using AACPL's Ask a Librarian."],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 07 pickedUpAt 57 (first line at 64); two holds of exactly 120 s
  s(ODESSA, '07 a backyard cottage behind a Hampden rowhouse: pickedUpAt 57 (first line 64), holds at 106 and 226 (partial result), answer at 346, zoning.baltimorecity.gov', [
    [0, 'p', 'Can I build a backyard cottage behind my rowhouse in Hampden? how do I find out what my zoning is'],
    [64, 'l', "Good afternoon! I'm Odessa, a librarian at Enoch Pratt Free Library. Thanks for your patience."],
    [70, 'l', "What's the block and street? I can look up the zoning district for you."],
    [100, 'p', '3500 block of Chestnut Ave'],
    [106, 'l', 'Thanks! Let me pull that up on the city zoning map, one moment.'],
    [226, 'l', "Still searching — the map shows your block is in an R-8 district, and I'm checking what the code says about extra units there."],
    [346, 'l', "OK! The 3500 block of Chestnut Ave is zoned R-8 (rowhouse residential). You can see any lot's zone on the city's zoning map at zoning.baltimorecity.gov, and the Zoning Code itself (Article 32) is on the Department of Legislative Reference site, legislativereference.baltimorecity.gov. R-8 doesn't list a separate backyard dwelling as a permitted use, so it would need a variance or conditional use approval."],
    [352, 'l', 'Does this completely answer your question?'],
    [380, 'p', 'yes thank you, thats all I needed to know'],
    [386, 'l', "You're welcome! Thanks for chatting with the Pratt, and good luck."],
  ], usual(), { pickedUpAt: at(57) }),

  // 08 a 121 s wait with an internal note and "??" in it; a colleague consulted (no referral)
  s(FARIDA, '08 a 400 sq ft second house on RC land in west Howard County: howardcountymd.gov, then 121 s (note at 150, "??" at 190), "I checked with a colleague"', [
    [0, 'p', 'hi i have 3 acres in west howard county (RC zone). could i put a tiny house back there for my son?'],
    [16, 'l', 'Hi there! This is Farida, a librarian with Howard County Library System. Thanks for reaching out.'],
    [22, 'l', 'Would the tiny house be on wheels or on a foundation?'],
    [50, 'p', 'foundation, like a real small house ~400 sq ft'],
    [58, 'l', "Howard County's Zoning Regulations are online at howardcountymd.gov (Planning and Zoning > Zoning Regulations): Section 104 covers the RC district, and there's a separate section on accessory apartments. A second full house on one lot generally needs a subdivision, while an accessory apartment has size limits. Did that help?"],
    [95, 'p', 'kind of. does the 400 sq ft count as an accessory apartment if its detached??'],
    [150, 'i', 'anyone know if HoCo allows detached accessory apartments in RC now? pt waiting'],
    [190, 'p', '??'],
    [216, 'l', 'Sorry for the delay! I checked with a colleague who follows the zoning regulations: detached accessory apartments are allowed in some districts, with a maximum size and an owner-occupancy rule. The accessory apartment section on that same page lists the districts, RC included.'],
    [222, 'l', 'Is there anything else I can look up for you?'],
    [250, 'p', 'no thats all, thx'],
    [255, 'l', 'Thanks for chatting, have a good one!'],
  ], usual({ informed: 'fail' })),

  // 09 a transfer with a note but no word to the patron
  s(THEO, '09 a backyard cottage in the Annapolis Historic District: a note why, the transfer, no notice to the patron, Miriam with annapolis.gov + the Design Manual', [
    [0, 'p', 'do I need historic preservation approval to build a small cottage in my backyard in the annapolis historic district?'],
    [20, 'l', "Hello, welcome to AskUsNow! I'm Theo, a librarian."],
    [26, 'l', 'Is the house inside the City of Annapolis, in the downtown historic district itself?'],
    [55, 'p', 'yes, on duke of gloucester st'],
    [60, 'i', "Miriam, can you take this one? Annapolis historic district, backyard cottage approval; you know the city's HPC process."],
    xfer(63, 'Miriam', 'miriam-th'),
    [100, 'l', "Hi, I'm Miriam at Anne Arundel County Public Library, picking up your question.", as(MIRIAM)],
    [108, 'l', "Yes: any new building in the Annapolis Historic District needs a Certificate of Approval from the city's Historic Preservation Commission before a building permit can be issued. The city's Historic Preservation pages at annapolis.gov explain the process, and the Annapolis Historic District Design Manual, linked there, has a section on new outbuildings.", as(MIRIAM)],
    [114, 'l', 'Does that answer your question?', as(MIRIAM)],
    [150, 'p', "yes thanks, that's everything I needed"],
    [156, 'l', 'Thanks for chatting with us, and good luck with the project!', as(MIRIAM)],
  ], usual({ transfer: 'fail' })),

  // 10 a transfer with a notice and a note; concurrency over the parts each handled
  s(NOOR, '10 a tiny house on a vacant Kent Island waterfront lot: "I\'m going to transfer you to him", a note why, Calvin, dnr.maryland.gov/criticalarea + qac.org; Noor\'s others after it', [
    [0, 'p', 'we own a small waterfront lot on kent island. can we put a tiny house on it? someone said the critical area rules make it hard'],
    [18, 'l', "Hi, thanks for contacting AskUsNow! My name is Noor and I'm a librarian."],
    [24, 'l', 'Does the lot already have a house on it, or is it vacant land?'],
    [58, 'p', 'vacant. about a quarter acre'],
    [65, 'l', "A librarian from Queen Anne's County Library is online and knows the county's Critical Area rules well, so I'm going to transfer you to him. One moment, please."],
    [67, 'i', 'Calvin: pt has a vacant 1/4 acre waterfront lot on Kent Island, wants a tiny house on it; Critical Area + QAC zoning q. Can you take it?'],
    xfer(70, 'Calvin', 'calvin-th'),
    [112, 'l', "Hi, Calvin here at Queen Anne's County Library! Let me see what I can find on Kent Island lots.", as(CALVIN)],
    [190, 'l', "Most of Kent Island's shoreline is in the Chesapeake Bay Critical Area, where building within 100 feet of the water (the buffer) is very limited and lot coverage is capped. The state's Critical Area Commission explains the rules at dnr.maryland.gov/criticalarea, and the county's Critical Area and zoning maps are on its GIS pages at qac.org. A tiny house on a foundation is treated as a house, so the same limits apply.", as(CALVIN)],
    [196, 'l', 'Does that help with what you were wondering?', as(CALVIN)],
    [230, 'p', "yes that's exactly it, thank you. that's all for me"],
    [236, 'l', 'Great, thanks for chatting, and good luck with the lot!', as(CALVIN)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('no1', 'noor-th', -200, 50), other('no2', 'noor-th', 75, 500), other('no3', 'noor-th', 80, 400), other('no4', 'noor-th', 90, 600),
      other('ca1', 'calvin-th', -400, 400), other('ca2', 'calvin-th', 100, 300),
    ],
  }),

  // 11 the answer straight after the greeting; code null
  s(JESSE, '11 towing a tiny house from Hagerstown to Salisbury: the answer at once (no question), roads.maryland.gov + mva.maryland.gov, "thats all i needed", code null', [
    [0, 'p', 'how wide can a tiny house trailer be to tow it on maryland roads without a special permit? moving mine from hagerstown to salisbury'],
    [21, 'l', "Hi! You've reached Maryland's AskUsNow! I'm Jesse, one of the librarians."],
    [27, 'l', "Without a permit the limits in Maryland are 8 feet 6 inches wide and 13 feet 6 inches high. Anything wider or taller needs an oversize hauling permit from the State Highway Administration; the SHA's hauling permits page at roads.maryland.gov explains how to apply online. The MVA's trailer titling and registration page at mva.maryland.gov covers registering the trailer itself."],
    [33, 'l', 'Did that answer your question?'],
    [70, 'p', 'yes perfect, mine is 8.5 wide so im good. thats all i needed'],
    [76, 'l', 'Awesome. Safe travels, and thanks for using AskUsNow!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 12 the question inside the first message that gives a source; four chats at once
  s(BEATRIZ, '12 a ladder to a sleeping loft in Calvert: codes.iccsafe.org and "foundation, or on a trailer?" in one message, calvertcountymd.gov, four chats open at once', [
    [0, 'p', 'is a ladder to a sleeping loft allowed in a tiny house under the building code? building one in calvert county'],
    [19, 'l', 'Hello! Beatriz here, a librarian at Calvert Library. Thanks for your question.'],
    [25, 'l', 'The 2018 and 2021 International Residential Code have an appendix just for tiny houses (Appendix Q, renumbered AQ in 2021) that allows ladders and alternating-tread stairs to lofts, with rules on width and rung spacing; you can read it free at codes.iccsafe.org. Is your tiny house going on a foundation, or on a trailer?'],
    [60, 'p', 'foundation'],
    [68, 'l', "Then the building code applies, and what matters is whether Calvert County adopted that appendix. The county's building codes page (search 'building codes' at calvertcountymd.gov) lists the codes and appendices in force. Does that help?"],
    [100, 'p', 'yes thanks'],
    [105, 'l', 'Anything else you need today?'],
    [120, 'p', 'nope, all set'],
    [125, 'l', 'Great, thanks for chatting and happy building!'],
  ], usual({ clarify: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('be1', 'beatriz-th', -100, 200), other('be2', 'beatriz-th', 30, 300), other('be3', 'beatriz-th', 60, 400)],
  }),

  // 13 a restatement; FU_ME with the e-mail only in patron.email; done 72 h 8 min after (with the offset)
  s(ROLAND, '13 a UMBC policy paper on state ADU bills: "So you\'re after two things: …", mgaleg.maryland.gov + Academic Search Complete, "to the address on your library account by tomorrow morning", done 09:10-06:00 Thu', [
    [0, 'p', "Hi, I'm a UMBC student writing a policy paper on accessory dwelling units in Maryland. I need recent state bills and any research on whether ADUs actually add housing."],
    [15, 'l', "Hi there, and welcome to Ask a Librarian! I'm Roland, a librarian at Baltimore County Public Library."],
    [22, 'l', "So you're after two things: the recent Maryland bills on ADUs, and research on whether ADUs actually add to the housing supply."],
    [50, 'p', 'exactly'],
    [58, 'l', "For the bills, the General Assembly's site (mgaleg.maryland.gov) has a legislation search: try 'accessory dwelling' for the 2023-2025 sessions. For research, the Academic Search Complete database on our e-resources page (bcpl.info > Research) has peer-reviewed articles; search \"accessory dwelling units\" AND \"housing supply\"."],
    [64, 'l', 'I also know of a couple of reports from the Urban Institute and the Terner Center that I can track down and e-mail to the address on your library account by tomorrow morning.'],
    [90, 'p', "that'd be amazing, thank you"],
    [96, 'l', 'Will the bill search and Academic Search Complete work for your paper for now?'],
    [120, 'p', "definitely. that's everything for now"],
    [126, 'l', 'Good luck with the paper, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'rk.policy@example.edu', phone: null }, followUps: [{ doneAt: '2026-03-05T09:10:00-06:00' }],
  }, { now: T0 + 5 * DAY }),

  // 14 no source; a referral with no contact; FU_ME with no contact anywhere, done at 30 h
  s(HAZEL, '14 a composting toilet in a tiny house near Westminster: advice from memory, "the county health department … ask them", the LandWatch app, "I\'ll … get back to you", FU_ME, no contact', [
    [0, 'p', 'can i use a composting toilet instead of septic in a tiny house in carroll county?'],
    [24, 'l', "Hello, thanks for contacting Carroll County Public Library! I'm Hazel."],
    [30, 'l', "From what I know, Maryland generally still requires an approved sewage system for a house people live in, even if you also use a composting toilet, because the sink and shower water still has to go somewhere. The county health department is the one that decides, so you'd want to ask them about your lot. Some people also look on the LandWatch app for lots that already have a septic permit."],
    [36, 'l', 'Is the tiny house going to be your full-time home?'],
    [65, 'p', 'yes full time. its on 2 acres near westminster'],
    [74, 'l', "Then it will almost certainly need an approved septic system. I'm not sure whether Carroll County has made any exceptions for composting toilets, so I'll see what I can find out and get back to you. Did that help so far?"],
    [110, 'p', "ok yes thanks. that's everything"],
    [116, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', code: 'fail', contact: 'fail', onTime: 'pass', referral: 'fail' }), {
    ...FU_ME, followUps: [{ doneAt: at(121 + 30 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 15 "Does that make sense?" and "If you think of anything else, just come back!"
  s(SUNNY, '15 modular or manufactured on an RT lot in Washington County: dhcd.maryland.gov + washco-md.net, "Does that make sense?", "If you think of anything else, just come back!"', [
    [0, 'p', 'whats the difference between a modular home and a manufactured home? the county told me one is allowed on my lot and one isnt'],
    [18, 'l', "Hi! I'm Sunny, a librarian at Washington County Free Library. Thanks for writing in."],
    [24, 'l', 'Did they say which one is allowed, or which zoning district your lot is in?'],
    [60, 'p', 'they said modular ok, manufactured no. its zoned RT i think'],
    [70, 'l', "A manufactured home is built to the federal HUD code on a permanent steel chassis (the old 'mobile home'), while a modular home is built in sections in a factory to Maryland's state building code and set on a foundation, so zoning treats it like a site-built house. Maryland's Industrialized Buildings program explains how modular homes are approved at dhcd.maryland.gov (search 'industrialized buildings'), and the Washington County Zoning Ordinance on washco-md.net lists where manufactured homes are allowed."],
    [76, 'l', 'Does that make sense?'],
    [110, 'p', 'yes it does, ok cool'],
    [116, 'l', 'If you think of anything else, just come back!'],
    [130, 'p', 'will do'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 16 no greeting word; the time limit; courteous fails
  s(GLORIA, '16 a tiny house community on St. Mary\'s farmland: "This is Gloria at …" (no greeting), stmarysmd.com/lugm, a list, "we\'re at the time limit for chat sessions", "wow ok"', [
    [0, 'p', 'hi, me and some friends want to start a small tiny house community on farmland in st marys county. how do we even start with zoning'],
    [20, 'l', "This is Gloria at St. Mary's County Library."],
    [26, 'l', 'How many houses are you picturing, and would they be on wheels or on foundations?'],
    [60, 'p', 'maybe 8-10, on foundations'],
    [70, 'l', "Several houses on one farm parcel would be treated as a subdivision or a planned development, so you'd be looking at the Comprehensive Zoning Ordinance and the subdivision regulations, both on the county's Land Use & Growth Management pages at stmarysmd.com/lugm. The Rural Preservation District limits how many lots can be created from a farm, so read that section first."],
    [100, 'p', 'ok. what about water, do we need a community well? and roads, does the county need to take them over? and taxes? and can we do it as a coop?'],
    [106, 'l', "Sorry, we're at the time limit for chat sessions, so I'll have to end here."],
    [120, 'p', 'wow ok'],
  ], usual({ greeting: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 17 the allowed "other patrons waiting"
  s(REGGIE, '17 a church\'s tiny homes for people leaving homelessness in Cambridge: choosecambridge.com + dhcd + Foundation Directory, "several other patrons waiting … log back on later", "that\'s everything for now then"', [
    [0, 'p', 'Hi! I volunteer with a church in Cambridge that wants to build a few tiny homes for people coming out of homelessness. Where do we start on zoning and funding?'],
    [19, 'l', "Good afternoon, and welcome to Ask a Librarian! I'm Reggie at Dorchester County Public Library."],
    [25, 'l', "That's a great project. Is the church planning to put the homes on its own property in the City of Cambridge?"],
    [55, 'p', 'yes, behind the church on Race St'],
    [64, 'l', "Zoning comes first: the City of Cambridge's zoning ordinance and zoning map are on the city's Planning & Zoning page at choosecambridge.com, and several small houses on one lot would likely need a special exception or a planned unit development. For funding, the state housing department lists its homelessness and housing programs at dhcd.maryland.gov, and Foundation Directory Online, free on our library computers, lists foundations that have funded tiny home villages."],
    [70, 'l', 'Does that help you get going?'],
    [110, 'p', 'yes! and also how do we set up a nonprofit, and do we need insurance, and what about utility hookups, and how do other towns handle the neighbors, and can we get volunteers from habitat'],
    [118, 'l', "Those are all good questions! I have several other patrons waiting right now, so please log back on later or tomorrow and we can go through them one at a time. We'll be glad to help."],
    [135, 'p', "ok no problem, that's everything for now then. thank you!"],
    [140, 'l', 'Thank you for reaching out, and best of luck with the homes!'],
  ], usual()),

  // 18 a goodbye 119 s after the answer
  s(MEI, '18 insuring a tiny house on wheels in Bel Air: insurance.maryland.gov + Tiny House Living, "Did that help? Anything else I can look up?", goodbye 119 s after', [
    [0, 'p', 'does regular homeowners insurance cover a tiny house on wheels parked on my property in bel air?'],
    [16, 'l', "Hi, I'm Mei, a librarian at Harford County Public Library. Thanks for contacting us!"],
    [22, 'l', 'Is it going to be lived in full time, or used as a guest space or office?'],
    [52, 'p', 'guest space mostly'],
    [61, 'l', "Often it isn't covered: many homeowners policies exclude anything on a trailer with its own VIN, so tiny houses on wheels are usually insured under an RV policy or a specialty tiny-home policy. The Maryland Insurance Administration has consumer guides on homeowners coverage at insurance.maryland.gov, and Ryan Mitchell's book 'Tiny House Living' (in our catalog at hcplonline.org) talks about insuring and financing tiny houses. Did that help? Anything else I can look up?"],
    [180, 'l', 'Thanks for chatting with us, have a great day!'],
  ], usual()),

  // 19 a check-in and a goodbye 120 s after the answer; the own library's department by phone
  s(OWEN, '19 a minimum house size near Frostburg: alleganygov.org + codes.iccsafe.org, the Reference Department at 301-555-0113, "Are you still with me?", goodbye 120 s after', [
    [0, 'p', 'is there a minimum house size in allegany county? want to build a 320 sq ft tiny house near frostburg'],
    [20, 'l', 'Hello! Owen here, librarian at Allegany County Library System.'],
    [26, 'l', 'Is the lot inside Frostburg city limits or out in the county?'],
    [58, 'p', 'county, off route 36'],
    [66, 'l', "I didn't find a minimum house size in the county's zoning ordinance (it's on the Planning page at alleganygov.org), so size is mostly set by the building code: the IRC requires at least one habitable room of 70 sq ft, and its tiny house appendix covers the rest. You can read the IRC free at codes.iccsafe.org. If you'd like help reading the ordinance, call our Reference Department at the Washington Street Library in Cumberland, 301-555-0113. Did that answer it? Is there anything else I can help with?"],
    [146, 'l', 'Are you still with me?'],
    [186, 'l', "I'll let you go for now. Thanks for chatting, and feel free to come back anytime!"],
  ], usual({ idle: 'pass', referral: 'pass' })),

  // 20 a notice-goodbye 121 s after the answer, no check-in; code ""
  s(TASHA, '20 a tiny house for Airbnb in Berlin: berlinmd.gov + co.worcester.md.us, "It looks like you\'ve disconnected … Thanks for stopping by!" 121 s after (no question), code ""', [
    [0, 'p', 'can I put a tiny house in my yard in berlin md and rent it on airbnb'],
    [17, 'l', "Hi there! I'm Tasha, a librarian at Worcester County Library."],
    [23, 'l', 'Is your home inside the Town of Berlin, or outside town limits in the county?'],
    [55, 'p', 'inside town'],
    [64, 'l', "Then the Town of Berlin's zoning code is what counts: it's on the town's website at berlinmd.gov under Planning & Zoning, and it covers accessory dwellings and short-term rentals. Worcester County's short-term rental licensing page at co.worcester.md.us says whether you also need a county license. Is that what you were looking for?"],
    [185, 'l', "It looks like you've disconnected, so I'll close out this chat. Thanks for stopping by!"],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 21 a check-in and a notice-goodbye exactly 180 s after the answer
  s(IVAN, '21 living in a tiny house while the real one is built near Denton: municode + carolinemd.org, "Hi, are you still there?", a notice that invites back exactly 180 s after', [
    [0, 'p', 'can i live in a tiny house on my lot while my real house is being built? caroline county, near denton'],
    [22, 'l', 'Good morning! This is Ivan, a librarian with Caroline County Public Library.'],
    [28, 'l', 'Do you already have a building permit for the main house?'],
    [60, 'p', 'applying for it next month'],
    [70, 'l', "Many Maryland counties allow a temporary dwelling, often an RV or a mobile unit, while a permitted house is being built, usually for a year or so. Caroline County's zoning ordinance is on library.municode.com (search Caroline County), and the temporary uses section is where to look; the county's Planning & Codes page at carolinemd.org has the permit forms. Did that help?"],
    [170, 'l', 'Hi, are you still there?'],
    [250, 'l', "It looks like you've been disconnected, so I'm going to end this session. Feel free to chat with us again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 22 a check-in and a notice-goodbye 179 s after the answer
  s(JUNE, '22 an ADU over a detached garage in Easton: eastonmd.gov + Backyard Revolution at tcfl.org, "Are you still there?", "we may have lost our connection … Thanks" 179 s after', [
    [0, 'p', 'does the town of easton allow accessory dwelling units? thinking of building one over my garage'],
    [15, 'l', "Hi, thanks for contacting Talbot County Free Library! I'm June."],
    [21, 'l', 'Is the garage detached from the house?'],
    [50, 'p', 'yes detached'],
    [58, 'l', "Easton's zoning ordinance allows accessory dwelling units in some residential districts, with conditions; the ordinance is on eastonmd.gov under Planning & Zoning. Our catalog at tcfl.org also has 'Backyard Revolution' by Kol Peterson, a practical guide to planning and building an ADU. Does that help?"],
    [178, 'l', 'Are you still there?'],
    [237, 'l', "I think we may have lost our connection, so I'm closing this chat now. Thanks for your question, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 23 an offer; a check-in and a closing line that is no goodbye
  s(KOFI, '23 a tiny house on wheels in a Chestertown driveway: chestertown.com, "Would you like me to look up campgrounds …?", "Are you still there?", "I haven\'t heard back, so I\'ll be closing this chat now."', [
    [0, 'p', 'can i park my tiny house on wheels in my friends driveway in chestertown and live in it for a few months'],
    [21, 'l', 'Hi! Kofi here at Kent County Public Library. Thanks for reaching out.'],
    [27, 'l', "Is your friend's place inside the Town of Chestertown?"],
    [60, 'p', 'yeah right in town'],
    [68, 'l', "Most towns, Chestertown included, don't allow anyone to live in an RV or a tiny house on wheels parked at a private house, even for a few months. The town's zoning ordinance is on chestertown.com under Government > Zoning; the section on recreational vehicles is the one to read."],
    [74, 'l', 'Would you like me to look up campgrounds near Chestertown that take tiny houses on wheels?'],
    [200, 'l', 'Are you still there?'],
    [320, 'l', "I haven't heard back, so I'll be closing this chat now."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 24 Spanish: a true Lost Call
  s(MARTA, '24 vivir en una casa pequeña sobre ruedas en Salisbury (Spanish, Lost Call): greeting only, "¿Sigue conectado/a?" at 150, "Parece que se ha desconectado … cerrar el chat" at 300', [
    [0, 'p', 'hola, se puede vivir en una casa pequeña sobre ruedas en un terreno en salisbury?'],
    [26, 'l', '¡Hola! Soy Marta, bibliotecaria de Wicomico Public Libraries. Con gusto le ayudo.'],
    [150, 'l', '¿Sigue conectado/a?'],
    [300, 'l', 'Parece que se ha desconectado, así que voy a cerrar el chat. ¡Puede escribirnos otra vez cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Lost Call after two patron lines; a clarifying question only
  s(ABEL, '25 a neighbour\'s two-storey backyard house in Glen Burnie (Lost Call, two patron lines): a question about the address, "Hello? Are you still there?", a notice with thanks', [
    [0, 'p', 'my neighbor is building what looks like a second house in his backyard in glen burnie. how do i find out if he has a permit'],
    [18, 'p', 'its like 2 stories'],
    [40, 'l', "Hi, welcome to AskUsNow! I'm Abel, a librarian."],
    [46, 'l', 'Do you know the street address of the property, or at least the block?'],
    [175, 'l', 'Hello? Are you still there?'],
    [262, 'l', "Looks like we got disconnected, so I'll end the chat now. Thanks for contacting AskUsNow!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '26 zoning for rental tiny cabins on 14 acres near Mount Airy: no provider ever joined, the patron left, Lost Call', [
    [0, 'p', 'whats the zoning for 14 acres on old national pike near mount airy? want to put tiny cabins on it to rent out'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    left(205),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (ADU macro): coded Practice, every check na', [
    [0, 'p', 'TEST - practice session for the ADU macro'],
    [10, 'l', 'Practice: ADU info is at samplelibrary.org/adu'],
    [22, 'p', 'got it, ending'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 FU_ME, e-mail typed and read back, "by Thursday", done at 16:00+01:00 on Thursday (71 h 57 min)
  s(SELENA, '28 Charles County\'s accessory apartment hearing minutes: charlescountymd.gov, e-mail read back, "by Thursday", done 2026-03-05T16:00:00+01:00', [
    [0, 'p', "Hi, Charles County changed its rules on accessory apartments a few years ago. I'm trying to find when, and what the commissioners said at the hearing. Any way to find that?"],
    [19, 'l', 'Good morning, and thanks for contacting Charles County Public Library! My name is Selena.'],
    [25, 'l', 'Do you need the text of the change itself, the hearing minutes, or both?'],
    [60, 'p', 'both ideally, mostly the minutes'],
    [69, 'l', "The current zoning ordinance, with the accessory apartment section and its amendment history, is on the county's site at charlescountymd.gov (Planning & Growth Management > Zoning Ordinance). The older Commissioners' minutes aren't all online, but I can request the ones from that hearing through our county government contacts and e-mail them to you. What e-mail should I use?"],
    [100, 'p', 'sure, its pat.oyelaran@example.com'],
    [106, 'l', "Thanks, that's pat.oyelaran@example.com. I'll send the minutes by Thursday. In the meantime, is the zoning ordinance page what you were looking for?"],
    [140, 'p', "yes thats great, that's all i needed"],
    [146, 'l', 'Wonderful! Thanks for chatting, and watch your inbox.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:00:00+01:00' }] }, { now: T0 + 5 * DAY }),

  // 29 FU_LIB (partly Spanish), phone typed and read back, "mañana por la tarde", not recorded at day 1
  s(NATALIA, '29 a correction notice for a shed a brother lives in (partly Spanish): baltimorecountymd.gov, phone read back, "mañana por la tarde", FU_LIB, pending at day 1', [
    [0, 'p', 'hola, hi. I got a letter from baltimore county saying my shed is an illegal dwelling?? mi hermano vive ahí. what do i do'],
    [20, 'l', "¡Hola! Hi, I'm Natalia, a librarian with Maryland's AskUsNow! service. Puedo ayudarle en español o en inglés."],
    [26, 'l', '¿Qué dice la carta exactamente? ¿Es una citación (citation) con fecha de audiencia, o un aviso de corrección (correction notice)?'],
    [70, 'p', 'dice correction notice, tengo 30 dias'],
    [80, 'l', 'Entiendo. Ese aviso viene de la oficina de Permits, Approvals and Inspections del condado. La página de Code Enforcement en baltimorecountymd.gov explica los avisos de corrección y cómo pedir una audiencia. Como su biblioteca es Baltimore County Public Library, puedo pedir que alguien de allí que habla español le llame para ayudarle a buscar las reglas. ¿A qué número le pueden llamar?'],
    [110, 'p', '(443)555-0178'],
    [116, 'l', 'Gracias: 443-555-0178. Alguien de Baltimore County Public Library le llamará mañana por la tarde. Mientras tanto, ¿le ayuda la página de Code Enforcement?'],
    [150, 'p', 'si, gracias. es todo por ahora'],
    [155, 'l', '¡Con gusto! Gracias por escribirnos, y mucha suerte.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + DAY }),

  // 30 a promise coded Answered; the e-mail given in the chat, no time; not recorded at day 4
  s(HUGO, '30 raising a 400 sq ft house in a Crisfield flood zone: mdfloodmaps.net + msc.fema.gov, "I\'ll dig it up and e-mail it to you", the e-mail given, no time, coded Answered', [
    [0, 'p', 'hi, looking to put a small 400 sq ft house on a lot in crisfield. someone said it has to be raised because of flooding? how high'],
    [23, 'l', "Hi there, welcome to Ask a Librarian! I'm Hugo, a librarian at Somerset County Library System."],
    [29, 'l', 'Do you know if the lot is in a flood zone on the FEMA maps?'],
    [62, 'p', 'no idea'],
    [70, 'l', "You can check by address on the Maryland Flood Risk Application at mdfloodmaps.net, or on FEMA's Flood Map Service Center at msc.fema.gov. In a flood zone, a new house must have its lowest floor raised above the base flood elevation, plus extra 'freeboard' set by the county's floodplain ordinance."],
    [76, 'l', "I couldn't find Somerset County's floodplain ordinance online just now. I'll dig it up and e-mail it to you. What's your e-mail?"],
    [105, 'p', 'its crisfieldlot@example.net'],
    [111, 'l', 'Got it, thanks! Did the flood map links help?'],
    [140, 'p', 'yes found the lot, its AE zone'],
    [146, 'l', 'Then the freeboard matters, and the ordinance will tell you exactly how much. Anything else I can help with?'],
    [170, 'p', 'no thats it thanks'],
    [175, 'l', 'Thanks for chatting, and good luck with the build!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TINYHOUSES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need"). Message 5: "Does that make sense?" It asks whether the patron understood the explanation, not whether the information given meets the need; RUBRIC.md\'s question is about meeting the need ("Does this completely answer your question?", "Is that what you were looking for?", "Did that help?"), and no other message asks it (message 7, "If you think of anything else, just come back!", asks nothing).',
  [byNo('23')]:
    'session.disconnect_notice: expected fail, got pass ("told the idle patron they seem disconnected and that the session will end"). Message 7: "I haven\'t heard back, so I\'ll be closing this chat now." It says the session will end, but not that the patron seems to have disconnected, and RUBRIC.md asks for both ("told the patron that they seem to have disconnected and that the session will end"); message 6, "Are you still there?", asks and tells nothing, so no message in the 257 s final idle gives the notice.',
};

describe('eighty-seventh round: tiny houses, accessory dwelling units and zoning, checked', () => {
  describeSessions('whole sessions', TINYHOUSES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TINYHOUSES.filter((c) => c.name in LEFT_WHY));
});
