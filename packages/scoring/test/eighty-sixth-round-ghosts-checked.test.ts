/**
 * Eighty-sixth round, theme GHOST TOURS, HAUNTED PLACES AND LOCAL LEGENDS, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! chats: ghost tours (an eleventh-birthday walk in Ellicott City, a
 * book club's Friday night in Annapolis, a date night on the USS Constellation, lantern tours at Hampton, a youth trip to
 * Ocean City and Berlin, an October weekend in Cumberland, an anniversary at the White Swan in Chestertown, ticket prices
 * in Frederick, night tours at Fort McHenry), haunted places (Point Lookout Lighthouse, Savage Mill, the Lilburn mansion,
 * the Concord Point keeper for a school display, the Maryland Theatre in Hagerstown, the Dr. Mudd House for an
 * eighth-grade report, a Taneytown farmhouse and its Civil War soldier, Antietam ghost books for a father's birthday, a
 * podcast's list), local legends (the Poe Toaster, Poe's "last drink" at the Horse You Came In On, Black Aggie, the
 * Snallygaster for a school paper and the 1909 Middletown Valley Register, Moll Dyer's rock, the Goatman of Prince
 * George's County, the Jericho Covered Bridge, the Blue Dog of Port Tobacco, Chessie and the Snallygaster for a
 * fourth-grader's project in Spanish) and ghost hunting (recorders and a thermal camera from a Library of Things), plus a
 * Spanish-language book club wanting ghost stories and a practice chat. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s76/ghosts-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 15-30 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" at 35 (04: fail); `pickedUpAt` at
 *   48 s with the first visible line at 66 s (06: pass on the recorded pickup); no provider ever, only the queue's system
 *   line and the patron leaving (25: fail);
 *  greeting: name and library ("Hi! Thanks for contacting Ask HCLS — I'm Priya, …", 01), the service and "librarian"
 *   ("Hello, welcome to AskUsNow! My name is Sam and I'm a librarian.", 08), Spanish "¡Hola, buenos días! Bienvenida a
 *   AskUsNow!, le atiende Lucía, bibliotecaria." (02) and "¡Hola! Gracias por escribir a la Biblioteca Enoch Pratt. Soy
 *   Andrés, bibliotecario." (28), "Good morning, you've reached the Enoch Pratt Free Library's Ask a Librarian — this is
 *   Malik." (03), the greeting in the first line ("Hi there, and thanks for reaching out!") and the name in the second
 *   (09: pass), "Hey there!" then a question, the name only in the third line (05: fail); na with no provider (25) and
 *   Practice (26);
 *  keep_informed: two holds of exactly 120 s, the second "Still looking — I've got … open and I'm checking …" (06: pass); a
 *   patron line left 121 s while an internal note and a transfer went by and the patron's "?" came in (07: fail);
 *   "No problem, take your time." and the patron back 201 s later (12: waiting on the patron, pass); a transfer
 *   announcement answered 39 s (08) and 38 s (30) later, a receiver's "Let me check … one moment" answered 87 s later
 *   (30); patrons' last lines unanswered at the end (13, 15); na with no substantive exchange (23, 24, 25, 26);
 *  clarify: the restatements "So you'd like the history of the Poe Toaster's visits …" (03) and "So you'd like to know
 *   whether … — is that right?" (17); questions on age and date, cite or curiosity, group or family, walking or seated,
 *   deadline and length, grade and language (Spanish, 02), card and branch, the deed, the weekend, October or not,
 *   club size and short stories (Spanish, 28); the answer straight after the greeting (04: fail); the first question
 *   only in the line after the first source (10: fail); no source ever, a question before the answer (11: pass);
 *  source: visithowardcounty.com, eapoe.org, poeinbaltimore.org, ProQuest Historical Newspapers, chroniclingamerica.loc.gov,
 *   pointlookoutlighthouse.com, dnr.maryland.gov, nps.gov/fomc, nps.gov/hamp, historicships.org, watermarkjourney.com,
 *   annapolis.org, mdlandrec.net, familysearch.org, savagemill.com, concordpointlighthouse.org, mdmountainside.com,
 *   kentcountyhistory.org, mdtheatre.org, drmudd.org, jerusalemmill.org, ococean.com, library catalogues (hclibrary.org,
 *   prattlibrary.org, hcplonline.org, washcolibrary.org, ccplonline.org, kentcountylibrary.org, the MCPL catalogue),
 *   a Library of Things page, named books (Haunted Ellicott City, Haunted Baltimore, Haunted Maryland, Weird Maryland,
 *   Civil War Ghost Trails, Spirits Between the Bays, His Name Is Still Mudd, Cortázar's Poe, Quiroga); none: the Goatman
 *   told from memory and a historical society named with no way to reach it (11: fail);
 *  completeness: "Does that give you what you need to plan it?", "¿Le sirve esta información para el proyecto?", "Did
 *   that answer what you wanted to know?", "Does that settle the bet?" (06), "Are those the kind of books you had in
 *   mind?", "Did that help clear it up?" after an answer with no source (11: pass), "Does the book help in the meantime?"
 *   (19), "Is the history page a good start for now?" (29), "Does the rest answer your questions?" (22), in the answer's
 *   own message (02, 13, 16, 17, 18, 19, 20, 21, 28, 29, 30); near misses "Hope that helps!" (04: fail) and the offer
 *   "Want me to find some of the old newspaper stories about the sightings too?" (10: fail);
 *  anything else: asked by the provider (03, 05, 08, 14 "before I go", 16 and 17 in the answer's message, 29); the
 *   patron's "thats everything", "es todo", "that's all I need", "That's everything", "that's all I needed", "I'm all
 *   set" (22), "thats all i needed"; near misses "ok cool" (04), "k thx" (11), "oh. ok" (15), the provider's "feel free to
 *   reach out again if anything else comes up" (21), nothing at all (13, 18, 19, 20);
 *  dismissal: "Sorry, we limit chats to 15 minutes and your time is up. Thanks for using AskUsNow!" (13: fail); "I have
 *   several other patrons waiting right now … Please log back on later …" (14: allowed, pass); "Sorry, my shift just
 *   ended, so I have to log off now." with no way back (15: fail);
 *  courteous: goodbyes in English and Spanish; "Sorry, my shift just ended …" after an answer (15: fail); a check-in and
 *   a disconnect notice with no thanks as the last two (19: fail); the Lost Call's notice with thanks (23: pass);
 *  final idle: a goodbye 119 s after the answer (16: na); "Are you still there?" then "I'll close the chat now. Thanks …"
 *   120 s after (17: pass, notice na); a goodbye 121 s after with no check-in (18: fail); "Are you still there?" and "It
 *   looks like you've disconnected. If I don't hear from you soon, I'll end this session.", the session ending 179 s
 *   after the answer (19: check-in passes, notice na); one line that asks and says the chat will close, then a goodbye
 *   exactly 180 s after (20: both pass); a check-in, the patron's window closing and a plain goodbye 181 s after (21:
 *   check-in passes, notice fails); a true Lost Call with a check-in and a notice that thanks (23: both pass); the
 *   patron's last line the last visible one (13, 14, 15, 25);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt`, and another provider's chat
 *   (01: three at most, pass); three others open with it from 250 s to 300 s (13: four, fail); transfers where each
 *   provider has three at most over the part they handled but four over the whole session (08, 30: pass);
 *  codes: Answered; no code field at all (02: na); a deployment's own code "Answered: Local Resource" (12: pass); "" (13:
 *   fail); null (15: fail); Follow-up by patron's library with no contact anywhere (19: fail); a promise coded Answered
 *   (22: fail); Lost Call with one patron line (23, 25: pass) and two (24: fail); Practice (26: all na); Follow-up by me
 *   with the e-mail only in `patron.email` (29: pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Monday afternoon", session on Friday 6 March, done at 10:45-04:00 on
 *   Monday 9 March across the switch to daylight time (27: pass, 71 h 42 min); FU_ME in Spanish, phone typed and read
 *   back, "el jueves a más tardar", not recorded at day 2 (28: pending); FU_LIB "someone from your library will get back
 *   to you … by Friday" with no contact, recorded exactly 72 h after the end (19: contact fails, on time passes); "I can
 *   look for it and e-mail you a copy" and "I'll get that over to you soon" with the e-mail typed by the patron, coded
 *   Answered, not recorded at day 4 (22: code, contact and on_time fail); FU_ME, "I'll … e-mail you what I find by
 *   tomorrow afternoon", the e-mail only in `patron.email`, recorded 72 h 1 min after the end (29: contact and on_time
 *   fail);
 *  referrals: the own library's Maryland Room at 110 East Patrick Street (05: pass); the Historical Society by phone (08);
 *   three parties in one message, each with a phone, URL or street address (09: pass); the Historical Society of Carroll
 *   County by e-mail (14); a park visitor center (16) and a ticket office (20) by phone; a historical society with no
 *   contact (11: fail); a visitor center by phone and "the Allegany Museum downtown … stop in and ask them" in one message
 *   (21: fail); not referrals: tour operators' and societies' websites given to use (01, 04, 18, 22, 30), staff consulted
 *   on the patron's behalf (19, 28, 29);
 *  transfers: an internal note saying why but no word to the patron (07: fail); the notice and "Maureen, can you take this
 *   one?" with no reason (08: fail); the notice and a note saying why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - when the source records `pickedUpAt`, it is the pickup: 48 s, pass, though the first visible line came at 66 s (06);
 * - "Hey there!" greets but the first two provider lines never say who is answering; the name in the third is too late
 *   (05: fail); a greeting in the first line and the name in the second pass together (09);
 * - "Still looking — I've got the Poe Society's account … open and I'm checking …" says the search goes on: a hold (06);
 *   "Let me check our local history shelf for you, one moment." is a hold (30); transfer announcements are holds (08,
 *   30); "No problem, take your time." is not (12);
 * - an internal note and a system transfer line do not end a wait on the provider, and the patron's "?" does not restart
 *   it (07: 58 s to 179 s, 121 s);
 * - a question in the line after the first source is not "before the first message that gives a source" (10: fail);
 * - with no source ever given, the question before the answer counts (11: pass); "the Prince George's County Historical
 *   Society would be good people to ask" tells the patron to ask an organisation: a referral, with no way to reach it
 *   (11: referral fails), and not a source;
 * - "Does that settle the bet?" (06), "Does the book help in the meantime?" (19), "Is the history page a good start for
 *   now?" (29) and "Did that help clear it up?" after an answer from memory (11) ask whether what was given meets the
 *   need; "Hope that helps!" asks nothing (04: fail); "Want me to find some of the old newspaper stories … too?" offers
 *   something not yet given (10: fail);
 * - "I'm all set" (22), "es todo" (02, 28), "that's all I need" (07) say explicitly that the patron is done; "ok cool",
 *   "k thx", "oh. ok" do not; "feel free to reach out again if anything else comes up" invites but does not ask (21);
 * - "Sorry, my shift just ended, so I have to log off now." ends the help for the provider's convenience with no way back
 *   (15: dismissal fails) and neither thanks, says goodbye nor invites back (courteous fails); "we limit chats to 15
 *   minutes and your time is up" tells the patron their time is up (13: fails) though it thanks them (courteous passes);
 * - "I haven't heard back, so I'll close the chat now. Thanks for contacting us, …" (17) and "Closing the chat now —
 *   thanks …" (20) thank the patron: goodbyes, so the idle ends at them; "Hello? Are you still with me? It seems we may
 *   have been disconnected, so I'll be closing this chat shortly." asks (check-in) and tells both things (notice) (20);
 * - "It looks like you've disconnected. If I don't hear from you soon, I'll end this session." is a notice, not a
 *   check-in and not a goodbye, so the idle runs to `endedAt` (19: 179 s, notice na; courteous fails);
 * - a patron_left system line inside the final idle changes nothing: the provider still owed the notice (21: fails);
 * - the greeting "Hi, I'm Eli … glad you found it! Thanks for stopping by, and come back anytime." is the provider's only
 *   line: no substantive exchange, and the patron's "nvm found it on their website" is a second patron message, so Lost
 *   Call fails the code (24);
 * - a code field left out (undefined) means the source has no codes (02: na); a deployment's own code passes (12);
 * - "someone from your library will get back to you with what they find by Friday" is a promise (19: a follow-up session;
 *   contact fails with no e-mail or phone anywhere, and so does FU_LIB's code); asking the library's own staff on the
 *   patron's behalf is not a referral (19, 28, 29);
 * - "I'll get that over to you soon" says no when (22: contact fails although the patron typed her e-mail in the chat);
 * - an e-mail known only from `patron.email` is a known contact for the code (29: passes) but is not confirmed in the chat
 *   (contact fails);
 * - "within `followUpHours` elapsed hours" includes the bound: recorded exactly 72 h after the end passes (19); 72 h 1 min
 *   fails (29); a follow-up recorded at 10:45-04:00 on 9 March after an end at 10:02:31-05:00 on 6 March is 71 h 42 min
 *   of real time across the clock change (27: pass);
 * - naming an organisation's website for the patron to use (a tour operator's, a historical society's, the Mudd
 *   Society's) is a source, not a referral (01, 04, 18, 22, 30); "call … at 410-…" (08, 16, 20), "e-mail them at …"
 *   (14), "stop by … at 110 East Patrick Street" (05), "stop by the Visitors Center at 26 West Street, Annapolis" (09)
 *   and "stop in and ask them" (21) are referrals;
 * - an internal note "Maureen, can you take this one?" says nothing of why (08: fail); an internal note saying why with
 *   no visible word to the patron before the transfer fails too (07);
 * - concurrency in a transferred session: each provider judged over the part they handled (08: Sam over 0-64 s, Maureen
 *   over 64-176 s; 30: Nell over 0-68 s, Carlos over 68-241 s), three at most each: pass.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/ghosts-labels.ts). First run as labelled / disagreeing: 27 / 3 (11, 21, 27); every case scored the same once
 * redacted, and no check came out "could not be evaluated" (the three LEFT cases checked by hand too). Label corrections:
 * none (each disagreement reread against RUBRIC.md; every label stood). Final: 27 running, 3 LEFT (LEFT_WHY, message
 * numbers 0-based as in the scorer's evidence: "the Prince George's County Historical Society would be good people to
 * ask", an organisation to ask with no way to reach it, not read as a referral, 11; "the Allegany Museum downtown … stop
 * in and ask them", the second party in a message whose first has a phone, with no contact, not counted, 21; "Does
 * Chronicling America cover you in the meantime?", asked after the source in the line that confirms the e-mail, not read
 * as the completeness question, 27).
 * NOTE (rubric v73, block AM): 11 runs now ("… would be good people to ask", a referral with no way, AM12) and 27 ("Does
 *   Chronicling America cover you in the meantime?", AM11): 29 running, 1 LEFT (21).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
/** Friday 6 March 2026, 10:00 EST, in seconds after T0 (the daylight-time case). */
const FRI = 4 * 86_400;

const PRIYA: Prov = { id: 'priya-gh', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-gh', name: 'Lucía', library: 'AUN' };
const MALIK: Prov = { id: 'malik-gh', name: 'Malik', library: 'EPFL' };
const DANA: Prov = { id: 'dana-gh', name: 'Dana', library: 'SMCL' };
const THEO: Prov = { id: 'theo-gh', name: 'Theo', library: 'FCPL-MD' };
const GRACE: Prov = { id: 'grace-gh', name: 'Grace', library: 'BCPL' };
const JAMAL: Prov = { id: 'jamal-gh', name: 'Jamal', library: 'WCFL' };
const LEE: Prov = { id: 'lee-gh', name: 'Lee', library: 'WCFL' };
const SAM: Prov = { id: 'sam-gh', name: 'Sam', library: 'AUN' };
const MAUREEN: Prov = { id: 'maureen-gh', name: 'Maureen', library: 'SMCL' };
const OLU: Prov = { id: 'olu-gh', name: 'Olu', library: 'AACPL' };
const WREN: Prov = { id: 'wren-gh', name: 'Wren', library: 'HCPL-MD' };
const INES: Prov = { id: 'ines-gh', name: 'Ines', library: 'PGCMLS' };
const QUINN: Prov = { id: 'quinn-gh', name: 'Quinn', library: 'CCPL-CE' };
const KOFI: Prov = { id: 'kofi-gh', name: 'Kofi', library: 'AUN' };
const BEA: Prov = { id: 'bea-gh', name: 'Bea', library: 'CCPL-CA' };
const OWEN: Prov = { id: 'owen-gh', name: 'Owen', library: 'WOCL' };
const RUTH: Prov = { id: 'ruth-gh', name: 'Ruth', library: 'BCPL' };
const DEVON: Prov = { id: 'devon-gh', name: 'Devon', library: 'HCLS' };
const JUN: Prov = { id: 'jun-gh', name: 'Jun', library: 'HCPL-MD' };
const KEISHA: Prov = { id: 'keisha-gh', name: 'Keisha', library: 'CCPL-CH' };
const FARAH: Prov = { id: 'farah-gh', name: 'Farah', library: 'AUN' };
const JESS: Prov = { id: 'jess-gh', name: 'Jess', library: 'ACLS' };
const TESSA: Prov = { id: 'tessa-gh', name: 'Tessa', library: 'KCPL-MD' };
const SOFIA: Prov = { id: 'sofia-gh', name: 'Sofia', library: 'HCLS' };
const ELI: Prov = { id: 'eli-gh', name: 'Eli', library: 'FCPL-MD' };
const QUEUE: Prov = { id: 'queue-gh', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-gh', name: 'Trainee 3', library: 'TRN' };
const HAL: Prov = { id: 'hal-gh', name: 'Hal', library: 'FCPL-MD' };
const ANDRES: Prov = { id: 'andres-gh', name: 'Andrés', library: 'EPFL' };
const MIRA: Prov = { id: 'mira-gh', name: 'Mira', library: 'WCFL' };
const NELL: Prov = { id: 'nell-gh', name: 'Nell', library: 'AUN' };
const CARLOS: Prov = { id: 'carlos-gh', name: 'Carlos', library: 'CCPL-CH' };

const s = session;

export const GHOSTS: SessionCase[] = [
  // 01 the plain good session; touching ends and another provider's chat
  s(PRIYA, '01 an Ellicott City ghost walk for an eleventh birthday: visithowardcounty.com + Haunted Ellicott City, "thats everything", touching ends (three at most)', [
    [0, 'p', 'hi are there ghost tours in ellicott city?? my son turns 11 next month and hes obsessed w haunted stuff'],
    [22, 'l', "Hi! Thanks for contacting Ask HCLS — I'm Priya, a librarian at Howard County Library System."],
    [28, 'l', 'Fun birthday idea! Would this be just your family joining a public tour, or a private group for his friends? And do you have a date in mind?'],
    [71, 'p', 'just us, a saturday in october. is it too scary for 11 tho'],
    [83, 'l', "Ellicott City has lantern-lit ghost walks through the historic district most Friday and Saturday nights in the fall; Visit Howard County keeps the current list on its events calendar at visithowardcounty.com (search 'ghost'). If you'd like to preview the stories first, 'Haunted Ellicott City' by Shelley Davies Wygant is in our catalog at hclibrary.org. Most of the walks are history with a few jump scares, and they usually say 10 and up is fine."],
    [90, 'l', 'Does that give you what you need to plan it?'],
    [131, 'p', 'yes!! thats everything, thank u so much'],
    [137, 'l', "You're so welcome — happy early birthday to your son, and thanks for chatting with us! 👻"],
  ], usual(), {}, {
    otherIntervals: [
      other('pr1', 'priya-gh', -300, 0), other('pr2', 'priya-gh', -60, 90), other('pr3', 'priya-gh', 40, 500), other('pr4', 'priya-gh', 142, 600),
      other('x1', 'malik-gh', 0, 142),
    ],
  }),

  // 02 Spanish, no code field
  s(LUCIA, '02 una leyenda de Maryland para un proyecto de cuarto grado (Spanish): Snallygaster y Chessie, Weird Maryland en el catálogo, "es todo", no code field', [
    [0, 'p', 'Hola buenas, mi hija tiene que hacer un proyecto sobre una leyenda de Maryland para la escuela. Que leyendas hay?? no sabemos ninguna'],
    [19, 'l', '¡Hola, buenos días! Bienvenida a AskUsNow!, le atiende Lucía, bibliotecaria.'],
    [26, 'l', '¿En qué grado está su hija, y el proyecto tiene que ser en inglés o en español?'],
    [64, 'p', '4to grado. en ingles, es para el lunes'],
    [77, 'l', "Para cuarto grado hay dos leyendas muy divertidas: el Snallygaster, un monstruo con alas de los cuentos del condado de Frederick, y Chessie, la serpiente marina de la bahía de Chesapeake. El libro 'Weird Maryland' de Matt Lake trae las dos, con fotos, y lo puede pedir en el catálogo de las bibliotecas de Montgomery (montgomerycountymd.gov/library). ¿Le sirve esta información para el proyecto?"],
    [121, 'p', 'si perfecto!! es todo, muchas gracias 🙏'],
    [127, 'l', '¡Con mucho gusto! Gracias por escribirnos y mucha suerte a su hija con el proyecto.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 03 pickup at exactly 60 s; a restatement
  s(MALIK, '03 when the Poe Toaster stopped coming: pickup at exactly 60 s, the restatement, eapoe.org + ProQuest Historical Newspapers, "Is there anything else", "nah thats it"', [
    [0, 'p', 'when did the poe toaster stop coming to poes grave? and my friend says it was actually a ghost lol'],
    [60, 'l', "Good morning, you've reached the Enoch Pratt Free Library's Ask a Librarian — this is Malik."],
    [66, 'l', "So you'd like the history of the Poe Toaster's visits to the grave at Westminster Hall, including when they stopped — and whether anyone ever found out who it was?"],
    [94, 'p', 'yea exactly'],
    [104, 'l', "The visitor in black left three red roses and a half-empty bottle of cognac at Poe's first grave every January 19th from at least 1949 until 2009. Nobody came in 2010, and after no-shows in 2011 and 2012 the watch was called off. Not a ghost: Jeff Jerome, the Poe House curator who kept watch for decades, always said it was a person, and a new, sanctioned Toaster started in 2016. The Edgar Allan Poe Society of Baltimore has the whole story at eapoe.org, and you can read the Baltimore Sun's coverage year by year in ProQuest Historical Newspapers, free from prattlibrary.org with your library card."],
    [110, 'l', 'Did that answer what you wanted to know?'],
    [146, 'p', 'yes thank u!! crazy story'],
    [152, 'l', "Isn't it? Is there anything else I can help you with today?"],
    [177, 'p', 'nah thats it'],
    [182, 'l', 'Thanks for chatting with the Pratt — have a good one!'],
  ], usual()),

  // 04 pickup at 61 s; the answer straight after the greeting; "Hope that helps!"; "ok cool"
  s(DANA, '04 is Point Lookout Lighthouse haunted: "hello??", pickup at 61 s, the answer at once, pointlookoutlighthouse.com + dnr.maryland.gov, "Hope that helps!", "ok cool"', [
    [0, 'p', 'is point lookout lighthouse really haunted? can u go inside it'],
    [35, 'p', 'hello??'],
    [61, 'l', "Hi, sorry for the wait! I'm Dana, a librarian at St. Mary's County Library."],
    [68, 'l', "It has a big reputation: the lighthouse sits next to the site of the Civil War prison camp where thousands of Confederate prisoners died, and rangers and visitors have reported voices and footsteps for decades. The Point Lookout Lighthouse Preservation Society opens it for tours on some weekends and holds paranormal nights a few times a year, with the dates at pointlookoutlighthouse.com; the state park's own page at dnr.maryland.gov covers the prison camp's history. Hope that helps!"],
    [110, 'p', 'ok cool'],
    [116, 'l', 'Have a great trip, and thanks for contacting us!'],
  ], usual({ pickup: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail' })),

  // 05 no identification in the first two provider lines; the own library's room by street address
  s(THEO, '05 the Snallygaster for a school paper: "Hey there!", a question, the name only in the third line, Chronicling America, the Maryland Room at 110 East Patrick Street', [
    [0, 'p', 'hi, doing a piece for my school paper on the snallygaster. where did the legend even come from??'],
    [17, 'l', 'Hey there!'],
    [22, 'l', 'Is this a news-style article or more of a fun feature? And when is it due?'],
    [52, 'p', 'fun feature, due friday. like 500 words'],
    [58, 'l', "Perfect. I'm Theo, by the way — I work in the Maryland Room at Frederick County Public Libraries."],
    [66, 'l', "The stories go back to German settlers in the Middletown Valley, who told of a 'Schneller Geist', a quick spirit. The famous part is 1909, when the Middletown Valley Register printed a string of reports of a huge winged monster and papers around the country picked them up. Chronicling America (chroniclingamerica.loc.gov) has many of those 1909 reprints free online — search 'snallygaster'. For the local side, stop by the Maryland Room at the C. Burr Artz Public Library, 110 East Patrick Street in Frederick, and ask for the Snallygaster clipping file."],
    [72, 'l', 'Does that help you get started?'],
    [105, 'p', 'yes omg thank you!!'],
    [111, 'l', 'Anything else for the article?'],
    [130, 'p', 'no thats everything'],
    [135, 'l', 'Good luck with the piece, and thanks for chatting!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 pickedUpAt 48, two holds of exactly 120 s
  s(GRACE, '06 Poe\'s "last drink" at the Horse You Came In On: pickedUpAt 48 (first line 66), holds at 107 and 227, answer at 347, eapoe.org + poeinbaltimore.org, "Does that settle the bet?"', [
    [0, 'p', 'I went on a Fells Point ghost tour last night and the guide said Poe had his last drink at The Horse You Came In On Saloon. Is that actually documented anywhere?'],
    [66, 'l', 'Hi, and thanks for waiting! This is Grace, a librarian at Baltimore County Public Library.'],
    [72, 'l', 'Are you after something you can cite, or do you just want to know whether the story holds up?'],
    [101, 'p', 'just curious, my friend and I have a bet going lol'],
    [107, 'l', 'Ha, love it. Let me dig into the Poe sources for you — one moment.'],
    [227, 'l', "Still looking — I've got the Poe Society's account of his last days open and I'm checking what it says about the week before he was found."],
    [347, 'l', "OK, the verdict: the Edgar Allan Poe Society of Baltimore's pages on Poe's death (eapoe.org, under 'Poe's Death') say nobody knows where he was between leaving Richmond and being found at Gunner's Hall on October 3, 1849, and no account from the time mentions the Horse. The Poe House's own FAQ at poeinbaltimore.org calls the saloon story a legend. Great story, no evidence."],
    [353, 'l', 'Does that settle the bet?'],
    [392, 'p', 'haha it does, I win. thats all i needed, thanks!'],
    [398, 'l', "You're welcome — thanks for chatting with BCPL, and enjoy your winnings!"],
  ], usual(), { pickedUpAt: at(48) }),

  // 07 a transfer with a note why but no word to the patron; 121 s of waiting across it
  s(JAMAL, '07 Antietam ghost books for a father\'s birthday: a note why at 98, the transfer at 104, no word to the patron, "?" at 150, Lee at 179 (121 s), Haunted Maryland + Civil War Ghost Trails', [
    [0, 'p', 'looking for a book about ghost stories at antietam battlefield. my dad loves that stuff, its for his birthday'],
    [24, 'l', "Hello! I'm Jamal, a librarian at Washington County Free Library."],
    [30, 'l', "Would you like to buy one for him, or borrow a few first to see which he'd like?"],
    [58, 'p', 'buy probably but id like to look at them first'],
    [98, 'i', 'Lee, pt wants ghost-story books on Antietam to preview before buying one as a gift; you run the Civil War collection, can you take it?'],
    xfer(104, 'Lee', 'lee-gh'),
    [150, 'p', '?'],
    [179, 'l', 'Hi, this is Lee, I look after the Civil War collection at Washington County Free Library. Sorry for the wait!', as(LEE)],
    [186, 'l', "Two we own that you could look at first: Ed Okonowicz's 'Haunted Maryland' has a long chapter on Antietam and South Mountain, and Mark Nesbitt's 'Civil War Ghost Trails' covers Sharpsburg. Search either title at washcolibrary.org and place a hold for pickup at your branch.", as(LEE)],
    [192, 'l', 'Are those the kind of books you had in mind?', as(LEE)],
    [226, 'p', "yes perfect, ill put them on hold. that's all I need"],
    [232, 'l', 'Great — thanks for chatting, and happy birthday to your dad!', as(LEE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 08 a transfer whose note gives no reason; a referral by phone; concurrency over each provider's part
  s(SAM, '08 where Moll Dyer\'s rock is now: "I\'m transferring you to her", "Maureen, can you take this one?", the Historical Society at 301-475-2467; four at once only over the whole session', [
    [0, 'p', 'where is the moll dyer rock now?? my kids want to go see it'],
    [20, 'l', "Hello, welcome to AskUsNow! My name is Sam and I'm a librarian."],
    [26, 'l', "Are you in St. Mary's County, or coming from farther away?"],
    [50, 'p', 'we live in california md'],
    [58, 'l', "A St. Mary's County librarian is online right now and knows the local history best, so I'm transferring you to her — one moment please."],
    [61, 'i', 'Maureen, can you take this one?'],
    xfer(64, 'Maureen', 'maureen-gh'),
    [97, 'l', "Hi, Maureen at St. Mary's County Library here — happy to help with Moll Dyer!", as(MAUREEN)],
    [105, 'l', "The rock said to carry her handprint was hauled out of the woods in 1972 and now sits outside the Old Jail Museum, 41625 Court House Drive in Leonardtown, where you can see it any time. If you'd like to go inside the museum too, call the St. Mary's County Historical Society at 301-475-2467 for the hours; the legend itself is told on their site, stmaryshistory.org.", as(MAUREEN)],
    [111, 'l', 'Does that help?', as(MAUREEN)],
    [141, 'p', "yes!! we'll go saturday. thanks"],
    [147, 'l', 'Anything else I can help with?', as(MAUREEN)],
    [166, 'p', 'no thats all'],
    [171, 'l', 'Have fun on Saturday, and thanks for chatting!', as(MAUREEN)],
  ], usual({ transfer: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [
      other('sa1', 'sam-gh', -200, 30), other('sa2', 'sam-gh', 10, 300), other('sa3', 'sam-gh', 64, 400), other('sa4', 'sam-gh', 70, 500),
      other('mo1', 'maureen-gh', -100, 64), other('mo2', 'maureen-gh', 0, 400), other('mo3', 'maureen-gh', 50, 300),
    ],
  }),

  // 09 the greeting split over two lines; three referred parties, each with a way to reach them
  s(OLU, '09 a book club\'s Friday night ghost walk in Annapolis: greeting in line 1, name in line 2, Watermark + Historic Annapolis by phone and URL + the Visitors Center on West Street', [
    [0, 'p', "Hi! I'm bringing my book club (8 of us) to Annapolis the last weekend of October and we'd love to do a ghost tour. Any suggestions?"],
    [17, 'l', 'Hi there, and thanks for reaching out!'],
    [23, 'l', "I'm Olu, a librarian at Anne Arundel County Public Library. Do you want a walking tour or something seated, like a boat or a trolley? And is anyone in the group worried about a lot of walking?"],
    [62, 'p', "walking is fine, everyone's pretty spry. friday night probably"],
    [74, 'l', "Three options for a group of eight on a Friday night: call Annapolis Tours by Watermark at 410-268-7601 (or book at watermarkjourney.com) for a private 'Ghosts of Annapolis' lantern walk; ask Historic Annapolis about its candlelit late-October evening tours (410-267-7619, annapolis.org); or stop by the Visitors Center at 26 West Street, Annapolis, which can put you on whichever tour has space that night."],
    [80, 'l', 'Is that the sort of thing you were looking for?'],
    [118, 'p', "Perfect, I'll call Watermark tomorrow. That's everything — thank you!"],
    [124, 'l', 'Have a wonderful (and spooky) weekend, and thanks for chatting with AACPL!'],
  ], usual({ referral: 'pass' })),

  // 10 the first question only after the first source; an offer instead of the completeness question
  s(WREN, '10 driving through the Jericho Covered Bridge at night: Weird Maryland first, then "Are you planning to go …?", jerusalemmill.org, "Want me to find … too?", "that\'s all I needed"', [
    [0, 'p', 'is the jericho covered bridge haunted?? me and my friends wanna drive thru it at night lol'],
    [18, 'l', "Hi! You've reached Harford County Public Library's Ask a Librarian, I'm Wren."],
    [25, 'l', "Locals tell plenty of stories about it: the bridge over the Little Gunpowder Falls near Kingsville is said to be where people were hanged in the 1800s, and drivers report a figure on the bridge, handprints on fogged windows and so on. Matt Lake's 'Weird Maryland' has the best-known version, and it's in our catalog at hcplonline.org."],
    [31, 'l', 'Are you planning to go, or mostly reading up?'],
    [60, 'p', 'going friday night'],
    [69, 'l', "It's a working one-lane road, so you can drive through at any hour, but there's no stopping on the bridge and parking nearby is limited. Jerusalem Mill Village next door (jerusalemmill.org) has the bridge's real history if you want to know what actually happened there. Want me to find some of the old newspaper stories about the sightings too?"],
    [100, 'p', "nah we're good, that's all I needed lol"],
    [106, 'l', 'Drive safe Friday, and thanks for chatting!'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 11 no source ever; a referral with no way to reach the party
  s(INES, '11 is the Goatman real: told from memory, "the Prince George\'s County Historical Society would be good people to ask" (no contact), "Did that help clear it up?", "k thx"', [
    [0, 'p', 'is the goatman real lol my cousin says he lives off fletchalls chapel rd and kills dogs'],
    [22, 'l', "Hi, I'm Ines, a librarian at Prince George's County Memorial Library System. Good question!"],
    [28, 'l', 'Where did your cousin hear about it — from friends at school, or something he saw online?'],
    [56, 'p', 'his friends. they went out there at night and now hes scared lol'],
    [67, 'l', "The Goatman is a Prince George's County legend that goes back at least to the 1950s and 60s: a half-man, half-goat said to have escaped from a lab at the agricultural research center and to roam the back roads around Bowie and Upper Marlboro with an axe. There's no evidence for him at all. It's folklore that teenagers pass around, a lot like the 'crybaby bridge' stories, and the 1971 newspaper stories about a dog found dead near Fletchall's Chapel Road never tied it to anything. If your cousin wants to dig into the real history, the Prince George's County Historical Society would be good people to ask."],
    [75, 'l', 'Did that help clear it up?'],
    [110, 'p', 'yeah lol i knew it. k thx'],
    [116, 'l', 'Anytime! Thanks for chatting.'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 12 "take your time" is not a hold; a deployment's own code
  s(QUINN, '12 recorders and a thermal camera for a high school ghost hunting club: "No problem, take your time." (201 s away), the Library of Things, code "Answered: Local Resource"', [
    [0, 'p', 'hey does the library lend stuff like voice recorders or emf meters? starting a ghost hunting club at my high school lol'],
    [20, 'l', 'Hi! Quinn here, a librarian at Cecil County Public Library. Love it.'],
    [27, 'l', 'Do you have a Cecil County library card, and which branch is closest to you?'],
    [55, 'p', 'i think i do, let me go find it. one sec'],
    [61, 'l', 'No problem, take your time.'],
    [262, 'p', 'ok found it. elkton branch'],
    [271, 'l', "Great. Our Library of Things lends digital audio recorders and a thermal camera kit (browse and request them at cecilcountylibrary.org under Library of Things), two weeks at a time with your card. We don't lend EMF meters, but the camera kit is what most paranormal groups ask for. Is that what you were looking for?"],
    [300, 'p', 'yes!! thats awesome. ok thats all i needed'],
    [306, 'l', 'Have fun with the club, and thanks for chatting!'],
  ], usual(), { resolutionCode: 'Answered: Local Resource' }),

  // 13 "your time is up"; four chats at once; an empty code
  s(KOFI, '13 a haunted-Maryland podcast\'s list: nps.gov/fomc + historicships.org + Haunted Baltimore, then "we limit chats to 15 minutes and your time is up", four chats at once, code ""', [
    [0, 'p', 'hey im starting a podcast on haunted places in maryland and need research help. first q: whats the most haunted place in baltimore'],
    [16, 'l', "Hi, welcome to AskUsNow! I'm Kofi, a librarian."],
    [22, 'l', 'Are you after places with documented history you can cite on air, or mostly the popular stories?'],
    [49, 'p', 'both but documented is better'],
    [61, 'l', "Fort McHenry and the USS Constellation come up most, and both have real history behind the stories. The National Park Service's history pages at nps.gov/fomc and Historic Ships in Baltimore (historicships.org) are solid for the facts, and 'Haunted Baltimore' by Melissa Rowell and Amy Lynwander collects the stories; it's in the Pratt catalog at prattlibrary.org. Does that give you a start?"],
    [140, 'p', 'yes thx. next: hampton mansion in towson?'],
    [152, 'l', "Hampton National Historic Site's history, including the Ridgely family and the people enslaved there, is at nps.gov/hamp, and 'Haunted Baltimore' has a Hampton chapter too."],
    [260, 'p', 'ok and the lighthouse in havre de grace?'],
    [271, 'l', "Concord Point Lighthouse: the Friends group tells the keeper John O'Neill's story at concordpointlighthouse.org."],
    [880, 'p', 'cool. last few: can you find me every newspaper article about maryland ghost tours since 1990? and the history of the fells point tour company? and whether fort mchenry allows night recording'],
    [891, 'l', 'Sorry, we limit chats to 15 minutes and your time is up. Thanks for using AskUsNow!'],
    [901, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', concurrency: 'fail', code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [other('ko1', 'kofi-gh', -100, 300), other('ko2', 'kofi-gh', 200, 1000), other('ko3', 'kofi-gh', 250, 600)],
  }),

  // 14 the allowed ending: other patrons waiting, come back later; a referral by e-mail
  s(BEA, '14 who lived in a "haunted" Taneytown farmhouse: mdlandrec.net, the Historical Society by e-mail, familysearch.org, "anything else … before I go", then "other patrons waiting … log back on later"', [
    [0, 'p', 'our farmhouse outside taneytown is supposedly haunted by a civil war soldier lol. how do i find out who lived there before us?'],
    [25, 'l', 'Hello! This is Bea with Carroll County Public Library. What a fun project.'],
    [31, 'l', 'Do you know roughly when the house was built, and do you have the deed from when you bought it?'],
    [72, 'p', 'around 1850 we think. we have our deed somewhere'],
    [83, 'l', "Your deed will name the previous owner and cite the deed before it, so you can walk back owner by owner on mdlandrec.net, the free Maryland land records site (make an account, then choose Carroll County). The Historical Society of Carroll County's library also has farm and family files: e-mail them at info@hscc.carr.org before you visit so they can pull what they have. Does that help you get going?"],
    [121, 'p', "yes!! also how do i find out if soldiers camped there? and the 1860 census? and old photos? and who's buried in the little family cemetery out back?"],
    [133, 'l', 'The 1860 census is free on FamilySearch (familysearch.org), and our Carroll County history guide at library.carr.org lists the Gettysburg campaign maps that show where troops moved through Taneytown. Is there anything else I can help with before I go?'],
    [170, 'p', "yes the photos and the cemetery, and what about the barn, and can you look up the soldier's name if i find it"],
    [179, 'l', "Those are all great questions, but I have several other patrons waiting right now, so I'll need to wrap up here. Please log back on later, or send us the soldier's name through the Ask form, and we can keep digging. Thanks for chatting, and good luck with the ghost!"],
    [192, 'p', 'ok will do, thanks'],
  ], usual({ referral: 'pass' })),

  // 15 the shift is over, no way back; no thanks in the last two; a null code
  s(OWEN, '15 ghost walks in Ocean City and Berlin for a family with teens: ococean.com, then "Sorry, my shift just ended, so I have to log off now.", "oh. ok", code null', [
    [0, 'p', "are there haunted places or ghost tours in ocean city or berlin? we're there in june with teenagers"],
    [20, 'l', 'Hi there, thanks for contacting Ask a Librarian! This is Owen at Worcester County Library.'],
    [26, 'l', 'Are you looking for a guided tour, or places you can visit on your own?'],
    [58, 'p', 'guided if possible'],
    [68, 'l', "Ocean City's boardwalk ghost walks run on summer evenings; the town's tourism site, ococean.com, lists them under Events (search 'ghost'). In Berlin, the Atlantic Hotel's ghost stories are part of the town's evening history walks, listed at berlinmainstreet.com. Does that help?"],
    [99, 'p', 'yes. do any of them do discounts for groups? and is the berlin one ok for a wheelchair, my son uses one'],
    [107, 'l', 'Sorry, my shift just ended, so I have to log off now.'],
    [115, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 16 final idle 119 s; the anything-else question inside the answer
  s(RUTH, '16 lantern tours at Hampton around Halloween: nps.gov/hamp, the visitor center at 410-823-1309, "Does that answer … and is there anything else", goodbye 119 s after', [
    [0, 'p', 'does hampton national historic site do ghost tours around halloween?'],
    [15, 'l', "Hello! I'm Ruth, a librarian at Baltimore County Public Library."],
    [21, 'l', 'Are you hoping for an evening tour, or would a daytime house tour work too?'],
    [46, 'p', 'evening for sure'],
    [53, 'l', "In past years the park has held evening lantern-light tours in late October that include the mansion's ghost stories; the dates are announced on nps.gov/hamp under Plan Your Visit > Calendar. You can also call the visitor center at 410-823-1309 and ask whether they're running them this year. Does that answer your question, and is there anything else I can help with?"],
    [172, 'l', 'Thanks for chatting with BCPL, and I hope you get a spooky night at Hampton!'],
  ], usual({ referral: 'pass' })),

  // 17 final idle exactly 120 s with a check-in
  s(DEVON, '17 is Savage Mill haunted: the restatement, savagemill.com + Haunted Ellicott City, "Are you still there?" at 150, "I\'ll close the chat now. Thanks …" 120 s after the answer', [
    [0, 'p', 'hi! heard savage mill is haunted. are there tours or is it just a rumor'],
    [19, 'l', 'Hi! Welcome to Ask HCLS, this is Devon at Howard County Library System.'],
    [25, 'l', "So you'd like to know whether the Savage Mill ghost stories have anything behind them, and whether anyone gives tours — is that right?"],
    [54, 'p', 'yep exactly'],
    [64, 'l', "There's no official ghost tour at the mill; the stories mostly come from paranormal groups who've visited. The mill's real history, from the 1820s cotton mill to the shops today, is on savagemill.com under History, and 'Haunted Ellicott City' by Shelley Davies Wygant (in our catalog at hclibrary.org) has a chapter on Savage. Is that what you were looking for? Anything else I can dig up?"],
    [150, 'l', 'Are you still there?'],
    [184, 'l', "I haven't heard back, so I'll close the chat now. Thanks for contacting us, and feel free to come back anytime!"],
  ], usual({ idle: 'pass' })),

  // 18 final idle 121 s with no check-in
  s(JUN, '18 the Concord Point keeper\'s ghost for a school library display: concordpointlighthouse.org + Weird Maryland, a goodbye 121 s after the answer, no check-in', [
    [0, 'p', 'looking for the ghost story of the concord point lighthouse keeper in havre de grace, for a halloween display in our school library'],
    [20, 'l', "Hello, you've reached Harford County Public Library — I'm Jun, one of the librarians."],
    [27, 'l', 'Do you need a short version of the story you can print, or pictures as well?'],
    [58, 'p', 'both would be great'],
    [66, 'l', "The Friends of Concord Point Lighthouse tell the story of keeper John O'Neill, the War of 1812 hero, and his family on concordpointlighthouse.org, with historic photos of the lighthouse you can print for a display. Matt Lake's 'Weird Maryland' (hcplonline.org catalog) has a shorter, spookier version. Does that cover what you need for the display?"],
    [187, 'l', 'Thanks for contacting HCPL, and good luck with the display!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 FU_LIB with no contact; idle 179 s to endedAt; the last two lines thank no one; recorded exactly 72 h after
  s(KEISHA, '19 the Blue Dog of Port Tobacco: Haunted Maryland, "someone from your library will get back to you … by Friday" (no contact), a check-in, a notice with no thanks, 179 s, done at 72 h', [
    [0, 'p', 'my grandma always talked about the blue dog of port tobacco. is there anything written down about it?'],
    [18, 'l', "Hi! I'm Keisha, a librarian at Charles County Public Library."],
    [24, 'l', 'Are you looking for the legend itself, or the history of Port Tobacco around it?'],
    [51, 'p', 'the legend mostly. she said it was in the paper a long time ago'],
    [70, 'l', "The Blue Dog story, about a Revolutionary War soldier and his dog killed for their gold near Rose Hill, with the dog still guarding the spot, is retold in Ed Okonowicz's 'Haunted Maryland' (search it at ccplonline.org). For the old newspaper version, I'll ask our Southern Maryland history staff to check the Port Tobacco Times index, and someone from your library will get back to you with what they find by Friday. Does the book help in the meantime?"],
    [190, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you've disconnected. If I don't hear from you soon, I'll end this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail', contact: 'fail', onTime: 'pass' }),
  { ...FU_LIB, endAfter: 9, followUps: [{ doneAt: at(249 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 final idle exactly 180 s: one line asks and gives notice, then a goodbye
  s(FARAH, '20 a date night on the USS Constellation: historicships.org, the ticket office at 410-539-1797, "Are you still with me? It seems we may have been disconnected …", goodbye 180 s after', [
    [0, 'p', 'do they still do ghost tours on the uss constellation in the inner harbor?'],
    [23, 'l', "Hello and welcome to AskUsNow! My name's Farah, and I'm a librarian."],
    [29, 'l', 'Are you looking at this October, or another time of year?'],
    [61, 'p', 'this october, for a date night 🙂'],
    [80, 'l', "Historic Ships in Baltimore has run evening ghost tours of the Constellation in October in past years; this year's dates and tickets go up on historicships.org under Events. If you'd rather ask directly, call their ticket office at 410-539-1797. Does that help?"],
    [200, 'l', "Hello? Are you still with me? It seems we may have been disconnected, so I'll be closing this chat shortly."],
    [260, 'l', 'Closing the chat now — thanks for contacting AskUsNow!, and come back anytime.'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 21 final idle 181 s: a check-in, the patron's window closes, a plain goodbye; two parties, one with no contact
  s(JESS, '21 a Cumberland ghost walk in October: the Visitor Center by phone + "the Allegany Museum downtown … stop in and ask them", a check-in, patron left, goodbye 181 s after', [
    [0, 'p', "hi is there a ghost walk in cumberland md? we're visiting in oct"],
    [22, 'l', 'Hi there! Jess here, a librarian with Allegany County Library System.'],
    [28, 'l', 'Which weekend in October will you be in town?'],
    [49, 'p', 'the 17th-18th'],
    [58, 'l', "For tour dates that weekend, call the Allegany County Visitor Center at 301-777-5138 or check mdmountainside.com under Events; the Allegany Museum downtown has hosted ghost-story talks too, so stop in and ask them. Is that what you needed?"],
    [178, 'l', 'Just checking in — are you still there?'],
    left(225),
    [239, 'l', 'Thanks for chatting, and feel free to reach out again if anything else comes up. Enjoy Cumberland!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' })),

  // 22 a promise coded Answered, "soon", not recorded at day 4
  s(TESSA, '22 the White Swan Tavern\'s ghost and the Chestertown ghost walk: kentcountyhistory.org + Spirits Between the Bays, "I\'ll get that over to you soon" (e-mail typed), Answered, day 4', [
    [0, 'p', 'Hi! Is there a ghost walk in Chestertown? And is it true the White Swan Tavern is haunted?'],
    [21, 'l', "Good morning! Thanks for contacting Kent County Public Library — I'm Tessa, a librarian here."],
    [28, 'l', "Are you visiting for a particular weekend, or is this more about the town's ghost stories in general?"],
    [64, 'p', "both! we're staying at the white swan in october for our anniversary"],
    [76, 'l', "Happy anniversary! The Historical Society of Kent County runs Chestertown's ghost walk in October; dates and tickets are at kentcountyhistory.org. The White Swan's stories turn up in Ed Okonowicz's 'Spirits Between the Bays', in our catalog at kentcountylibrary.org. There's also an old Kent News feature on the tavern's ghost in our local history files; I can look for it and e-mail you a copy."],
    [110, 'p', 'oh that would be amazing, my email is mrs.d.harlan@example.com'],
    [118, 'l', "Thanks! I'll get that over to you soon. Does the rest answer your questions?"],
    [150, 'p', "yes, thank you so much! I'm all set"],
    [156, 'l', 'Wonderful — enjoy the anniversary and the ghost walk, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 23 a true Lost Call
  s(SOFIA, '23 is the Lilburn mansion open to the public (Lost Call): greeting only, "Hello, are you still there?" at 160, "It seems you\'ve been disconnected … Thank you … come back anytime!" at 340', [
    [0, 'p', "is the lilburn mansion in ellicott city open to the public? heard it's super haunted"],
    [30, 'l', "Hi, thanks for contacting Ask HCLS! I'm Sofia, a librarian at Howard County Library System."],
    [160, 'l', 'Hello, are you still there?'],
    [340, 'l', "It seems you've been disconnected, so I'll end this chat now. Thank you for reaching out, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Lost Call after two patron lines, nothing substantive from the provider
  s(ELI, '24 ghost tour tickets in downtown Frederick (Lost Call): "nvm found it on their website", then one greeting-and-goodbye line', [
    [0, 'p', 'how much are tickets for the ghost tour in downtown frederick'],
    [38, 'p', 'nvm found it on their website'],
    [52, 'l', "Hi, I'm Eli with Frederick County Public Libraries — glad you found it! Thanks for stopping by, and come back anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 no provider ever joined; Lost Call with one patron line
  s(QUEUE, '25 night ghost tours at Fort McHenry: no provider ever joined, the queue\'s line, patron left at 95, Lost Call', [
    [0, 'p', 'does fort mchenry do ghost tours at night'],
    [2, 's', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
    left(95),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (ghost tours canned message, with a promise): coded Practice, every check na', [
    [0, 'p', 'TEST - practicing the ghost tours canned message'],
    [10, 'l', "Practice: Hi! Local ghost tours are listed at samplelibrary.org/halloween. I'll e-mail you more by Friday."],
    [22, 'p', 'test done, thx'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 FU_ME on Friday 6 March, done on Monday 9 March in daylight time (71 h 42 min)
  s(HAL, '27 the 1909 Middletown Valley Register pages: Chronicling America, e-mail read back, "by Monday afternoon", Friday 6 March, done 2026-03-09T10:45-04:00 (71 h 42 min)', [
    [FRI, 'p', "Hi, I'm researching the 1909 Snallygaster sightings. Is the original Middletown Valley Register article from February 1909 available anywhere?"],
    [FRI + 21, 'l', "Good morning, and thanks for contacting Frederick County Public Libraries! I'm Hal, a librarian in the Maryland Room."],
    [FRI + 27, 'l', 'Do you need a readable copy of the whole page, or is a transcription enough?'],
    [FRI + 60, 'p', "a copy of the page if possible, it's for a talk I'm giving"],
    [FRI + 70, 'l', "Some 1909 reprints are free in Chronicling America (chroniclingamerica.loc.gov, search 'snallygaster' for 1909), but the Register itself is only on microfilm here. I can pull the February 1909 reels and e-mail you scans of the pages. What e-mail should I use?"],
    [FRI + 100, 'p', "great! it's r.okafor@example.org"],
    [FRI + 106, 'l', "Thanks — r.okafor@example.org. I'll send the scans by Monday afternoon. Does Chronicling America cover you in the meantime?"],
    [FRI + 140, 'p', "yes, I'll start there. that's everything, thank you!"],
    [FRI + 146, 'l', "You're welcome — thanks for chatting, and good luck with the talk!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, startedAt: at(FRI), followUps: [{ doneAt: '2026-03-09T10:45:00-04:00' }] }, { now: T0 + 10 * DAY }),

  // 28 Spanish: FU_ME by phone, "el jueves a más tardar", pending at day 2
  s(ANDRES, '28 cuentos de fantasmas para un club de lectura en Highlandtown (Spanish): Poe (Cortázar) + Quiroga, phone read back, "el jueves a más tardar", FU_ME, pending at day 2', [
    [0, 'p', 'hola, tengo un club de lectura en español en highlandtown y queremos leer algo de fantasmas o leyendas de baltimore para octubre. hay libros en español?'],
    [26, 'l', '¡Hola! Gracias por escribir a la Biblioteca Enoch Pratt. Soy Andrés, bibliotecario.'],
    [33, 'l', '¿Cuántas personas son en el club, y prefieren novela o cuentos cortos?'],
    [70, 'p', 'somos 9. cuentos cortos mejor'],
    [84, 'l', "Sobre leyendas de Baltimore en español casi no hay nada publicado, pero hay una opción muy de aquí: los cuentos de Edgar Allan Poe, que vivió y murió en Baltimore, en la traducción de Julio Cortázar ('Cuentos 1', Alianza Editorial), y 'Cuentos de amor de locura y de muerte' de Horacio Quiroga. Los dos están en nuestro catálogo, prattlibrary.org. Además, voy a preguntar en la sucursal de Highlandtown si pueden reunir 9 ejemplares para el club. ¿A qué teléfono la llamo para avisarle?"],
    [121, 'p', '410-555-0137'],
    [128, 'l', 'Gracias: 410-555-0137. La llamo el jueves a más tardar con la respuesta. Mientras tanto, ¿le sirven los libros de Poe y Quiroga?'],
    [160, 'p', 'si!! perfecto, es todo. muchas gracias'],
    [166, 'l', '¡Con gusto! Gracias por escribirnos y que disfruten la lectura.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_ME }, { now: T0 + 2 * DAY }),

  // 29 FU_ME with the e-mail only in patron.email; recorded 72 h 1 min after the end
  s(MIRA, '29 the Maryland Theatre\'s balcony ghost for a church newsletter: mdtheatre.org, "I\'ll … e-mail you what I find by tomorrow afternoon" (e-mail only on file), done at 72 h 1 min', [
    [0, 'p', 'Hi, I write a little Halloween column for our church newsletter. Is there a ghost story about the Maryland Theatre in Hagerstown?'],
    [19, 'l', "Hello! Thanks for contacting Ask a Librarian. I'm Mira, a librarian at Washington County Free Library."],
    [26, 'l', 'How long is the column, and do you need sources you can cite, or just the story?'],
    [60, 'p', "about 300 words, and I'd like to be able to say where it came from"],
    [71, 'l', "The theatre opened in 1915 and has a well-known story about a ghost in the balcony; the Maryland Theatre's own history page (mdtheatre.org, under About > History) gives the facts you can cite. Our Western Maryland Room has a clipping file on the theatre that isn't online, so I'll go through it and e-mail you what I find by tomorrow afternoon. Is the history page a good start for now?"],
    [105, 'p', "Yes, that's lovely. Thank you!"],
    [111, 'l', 'Anything else I can help with?'],
    [130, 'p', "No, that's all. Thanks again."],
    [135, 'l', "You're welcome — thanks for chatting, and enjoy writing the column!"],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: 'dotty.kemp@example.org', phone: null }, followUps: [{ doneAt: at(140 + 72 * HOUR + 60) }],
  }, { now: T0 + 5 * DAY }),

  // 30 a transfer with a notice and a note why; concurrency over each provider's part
  s(NELL, '30 the Dr. Mudd House for an 8th-grade report: "I\'m going to transfer you to him", a note why, Carlos\'s hold, drmudd.org + His Name Is Still Mudd; four only over the whole', [
    [0, 'p', "Hi, I'm doing a report on the Dr. Samuel Mudd House in Waldorf. People say it's haunted — are there any real sources on that, and on the house's history?"],
    [21, 'l', "Hello, and welcome to AskUsNow! I'm Nell, a librarian."],
    [27, 'l', 'Is this for a school report? What grade, and when is it due?'],
    [55, 'p', '8th grade, due in two weeks'],
    [63, 'l', "A Charles County librarian who knows their local history collection is online, so I'm going to transfer you to him. He'll be with you in just a moment."],
    [65, 'i', 'Carlos, 8th grader doing a report on the Mudd House (history + ghost stories), due in 2 weeks; needs local history sources from your Southern Maryland collection. Can you take it?'],
    xfer(68, 'Carlos', 'carlos-gh'),
    [101, 'l', 'Hi! Carlos here, a librarian at Charles County Public Library. Let me check our local history shelf for you, one moment.', as(CARLOS)],
    [188, 'l', "For the history: the Dr. Samuel A. Mudd Society's site, drmudd.org, has the house's story and tour hours, and our catalog at ccplonline.org has 'His Name Is Still Mudd' by Edward Steers Jr. For the ghost stories, Ed Okonowicz's 'Haunted Maryland' has a chapter on the Mudd House — fine for a paragraph, as long as you say they're legends. Does that give you enough to start the report?", as(CARLOS)],
    [230, 'p', "yes thank you!! that's all I needed"],
    [236, 'l', 'Good luck with the report, and thanks for chatting with us!', as(CARLOS)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('ne1', 'nell-gh', -200, 100), other('ne2', 'nell-gh', 20, 400), other('ne3', 'nell-gh', 68, 500),
      other('ca1', 'carlos-gh', -50, 90), other('ca2', 'carlos-gh', 40, 300), other('ca3', 'carlos-gh', 150, 600),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => GHOSTS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('21')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 4: "For tour dates that weekend, call the Allegany County Visitor Center at 301-777-5138 or check mdmountainside.com under Events; the Allegany Museum downtown has hosted ghost-story talks too, so stop in and ask them." Two parties in one message: the Visitor Center comes with a phone, but the Allegany Museum is an organisation the patron is told to visit and ask with no e-mail, phone, postal address or URL ("downtown" is no address); RUBRIC.md passes only when every party comes with a way to reach them.',
};

describe('eighty-sixth round: ghost tours, haunted places and local legends, checked', () => {
  describeSessions('whole sessions', GHOSTS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', GHOSTS.filter((c) => c.name in LEFT_WHY));
});
