/**
 * Eightieth round, blind check of block AI (rubric v69), part ai1: AI1, AI2, AI3 and AI12 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * other verbs, nouns and orders, chat-speak, a typo, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * - AI1: "site" followed by a word for people or an office (staff, manager, coordinator, rangers, office …) names people at a place,
 *   not a web site, so telling the patron to contact them is a referral; "the site at <url>", "the site search", "the site's FAQ
 *   page" still name no party.
 * - AI2: "try the <office / department / agency / society / museum / clinic …>" read as a referral also when a "City / County /
 *   Town / Village / Borough / Township / State / Port of <name>" opens the name.
 * - AI3: bowling alleys and lanes, pool and billiard halls / rooms / parlors, skating / roller / ice / hockey rinks, and in Spanish
 *   "bolera(s)", "boliche(s)", "salón de billar / patinaje", "pista de patinaje / hielo" are parties one can call, visit or ask; not
 *   their websites, pages, menus, schedules, hours, prices, reviews or maps.
 * - AI12: a patrol or the Coast Guard is an organisation one can call or visit; not their pages, reports, flags, rules, forecasts.
 * Check: referral.contact (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or visit
 * a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or a
 * named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral, even when an
 * agency publishes it; pass when every party referred to comes with a way to reach them (e-mail, phone, postal address or URL);
 * fail otherwise). Every session here refers the patron to at most one party, and the rest of it (a greeting that asks which
 * branch, the patron's "ok thanks", a goodbye) names none, so the label is WITH_WAY (pass), NO_WAY (fail) or NONE (na).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A phone number, e-mail, postal address (number, street, town) or URL given for the party in the message that refers the
 *   patron to it is its way to reach them; a street named without a number ("on main st") or a town is not a postal address, and
 *   "I couldn't find a phone or e-mail" leaves the party with no way.
 * - Telling the patron to "swing by / stop in / drop by / pasar por / visitar" a place and ask, or to "give … a call / ring",
 *   "write / e-mail / llamar a" it, tells them to visit or contact it; "ask for Rita" at a parlor is the same party (its owner).
 * - A place of leisure (lanes, a billiard parlor, a rink, "el boliche") and a volunteer or uniformed body (a park patrol, the Civil
 *   Air Patrol, a mounted patrol, a Coast Guard station) are organisations when the patron is told to call, write to or visit them.
 * - "Visit the site <url>" sends the patron to a web site (a source), not to a party, whatever the verb; a program's "Site Manager"
 *   panel and a web site's "staff picks" list are not people.
 * - A report, an app, a search tool, an online exhibit, a schedule, a price list or reviews of an organisation are sources, named
 *   with or without the organisation's name before them (RUBRIC: "even when an agency publishes it").
 *
 * COUNTS. Written: 30 cases, 18 for and 12 against (AI1 4/3, AI2 4/3, AI3 5/3, AI12 5/3), in one batch, labels copied aside to
 * /tmp/s74/ai1-labels.ts before the first run. First run as labelled: 25 of 30. Disagreeing: 5. Label corrections: none (each of the
 * 5 reread against referral.contact and the Terms "Referral"; the labels stand). The same cases under rubric v68: 8 of 30 disagree
 * (the 4 older ones below, and "site supervisor there a ring", "ask the mounted patrol", "visitar el boliche", "pasar por el salón
 * de billar", which AI reads now). Final: 25 running, 5 LEFT (1 caused by AI, 4 older):
 * - expected na / got fail (caused by AI1: v68 na): "In FileZilla, go to the Site Manager under the File menu, click New Site" (a
 *   program's panel read as a site manager the patron is sent to; "open the Site Manager from the File menu" is not read).
 * - expected pass / got na (older: v68 na): "Write to the site coordinater for the Glenn Dale Hospital cleanup, glenndale.cleanup@…"
 *   (the typo "coordinater" not read; "site coordinator" is).
 * - expected fail / got na (older: v68 na): "maybe try the town of berwyn heights code office? theyd know" (AI2 does not read "Town of
 *   Berwyn Heights code office" in any case of letters; "Try the Town of Cheverly code office." and "Try the Town of Berwyn Heights
 *   office." are read).
 * - expected fail / got na (older: v68 na): "honestly just swing by the billiard parlor on main st n ask for rita" (chat-speak "n"
 *   for "and" not read; "… on main st and ask for rita" is).
 * - expected pass / got fail (older: v68 fail): "Email the Civil Air Patrol's Maryland Wing at cadets@mdwg.example.org and ask about
 *   the cadet program for 12-year-olds" ("ask about the cadet program" read as a second party with no way; "… and ask about flying"
 *   passes).
 * ON v69 AS LANDED (the mends after this check): AI1 not before a program's panel or menu ("go to the Site Manager under the
 *   File menu" runs as labelled, na); the four older cases stay LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Glen Arden Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'riverdale' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de Ask Us en la Biblioteca de Glen Arden.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de riverdale' });

export const ai1: SessionCase[] = [
  // ---- AI1 for: "site" + a word for people (supervisor, coordinator, docents) or "office", with or without a way to reach them
  c('AI1 for: "Give the site supervisor there a ring at 301-555-0148" (a scout service day)', said('my scout troop wants to do a service day at Fort Washington Park, who do we talk to', 'Fort Washington Park takes volunteer groups. Give the site supervisor there a ring at 301-555-0148 and ask about service days for scouts.'), WITH_WAY),
  c('AI1 for: "ur best bet is to swing by the site office at the farm n ask them" (chat-speak, no way)', said('is oxon hill farm open on mondays in winter? cant find it anywhere', 'hmm their winter hours arent posted anywhere i can find. ur best bet is to swing by the site office at the farm n ask them directly'), NO_WAY),
  c('AI1 for: "Write to the site coordinater for the Glenn Dale Hospital cleanup, glenndale.cleanup@…" (a typo, an e-mail)', said('how do i volunteer for the cleanup at the old Glenn Dale Hospital grounds', 'Write to the site coordinater for the Glenn Dale Hospital cleanup, glenndale.cleanup@pgparks.example.gov, to sign up for a Saturday shift.'), WITH_WAY),
  c('AI1 for: "The Surratt House site docents … stop in Thursday to Sunday and ask one of them" (no way)', said('what furniture was in the Surratt House in 1865? for a school project', 'The Surratt House site docents know the 1865 furnishings room by room; stop in Thursday to Sunday and ask one of them during the tour.'), NO_WAY),
  // ---- AI1 against: a program's "Site Manager", a web site's "staff picks", "Visit the site <url>" (a web site)
  c('AI1 against: "Go to the Site Manager under the File menu, click New Site" (FileZilla\'s panel)', said('how do i connect to my school sftp server with filezilla on my laptop', 'In FileZilla, go to the Site Manager under the File menu, click New Site, choose SFTP as the protocol, and enter the server name and your school login there.'), NONE),
  c('AI1 against: "check the site staff picks under Learn" (a web site\'s list)', said('any good books about the new deal towns like greenbelt?', 'The Greenbelt Museum\'s web site has a reading list: check the site staff picks under "Learn" for the best books on the New Deal towns.'), NONE),
  c('AI1 against: "Visit the site mdlandrec.example.net and search by county and year" (a web site)', said('where can i see old land records for charles county, like 1850s', 'Visit the site mdlandrec.example.net and search by county and year; it has the deed books and plats scanned back to the 1600s.'), NONE),
];

export const ai2: SessionCase[] = [
  // ---- AI2 for: "try the" + "Town / Port / State of <name>" before the office, lower case, with and without a way
  c('AI2 for: "Try the Town of Cheverly\'s Public Works office, 301-555-0135" (a phone)', said('how do i get rid of an old couch in cheverly', 'Try the Town of Cheverly\'s Public Works office, 301-555-0135; they schedule bulk trash pickups for residents.'), WITH_WAY),
  c('AI2 for: "maybe try the town of berwyn heights code office? theyd know" (chat-speak, no way)', said('can i put up a 6 ft fence in berwyn heights', 'maybe try the town of berwyn heights code office? theyd know the fence height rules for your street'), NO_WAY),
  c('AI2 for: "You might try the Port of Baltimore\'s visitor office; I couldn\'t find a phone or e-mail" (no way)', said('can the public tour the port of baltimore cargo terminals', 'You might try the Port of Baltimore\'s visitor office; they arrange group tours now and then, but I couldn\'t find a phone or e-mail for it online.'), NO_WAY),
  c('AI2 for: "Try the State of Delaware Division of Motor Vehicles at 302-555-0190" (a division, a phone)', said('i bought a car in delaware but live in maryland, how do i get the title sorted', 'Try the State of Delaware Division of Motor Vehicles at 302-555-0190 for the out-of-state title transfer paperwork.'), WITH_WAY),
  // ---- AI2 against: a search tool, a report, a museum's online exhibit, each after "try the <State / City> of …"
  c('AI2 against: "Try the State of Maryland\'s property search; put in the street name" (a search tool)', said('who owns the empty lot next to my house in hyattsville', 'Try the State of Maryland\'s property search; put in the street name and it shows the owner and the deed reference.'), NONE),
  c('AI2 against: "Try the State of the Bay report from the Chesapeake Bay Foundation" (a report)', said('is the chesapeake getting cleaner? need something for a 7th grade project', 'Try the State of the Bay report from the Chesapeake Bay Foundation; the latest one grades water clarity, crabs and oysters.'), NONE),
  c('AI2 against: "Try the City of Greenbelt Museum\'s online exhibit on the co-op grocery" (an exhibit)', said('how did the greenbelt co-op grocery start?', 'Try the City of Greenbelt Museum\'s online exhibit on the co-op grocery; it tells the story from 1937 with photos.'), NONE),
];

export const ai3: SessionCase[] = [
  // ---- AI3 for: duckpin lanes, a billiard parlor, an ice rink, "el boliche", "el salón de billar"
  c('AI3 for: "Give the duckpin lanes in Greenbelt a call and ask" (no way)', said('is there a youth bowling league near greenbelt for my 10 yr old', 'Give the duckpin lanes in Greenbelt a call and ask whether they still run a Saturday youth league.'), NO_WAY),
  c('AI3 for: "just swing by the billiard parlor on main st n ask for rita" (chat-speak, a street, no way)', said('how do i join an 8 ball league in laurel, total beginner', 'honestly just swing by the billiard parlor on main st n ask for rita, she runs the 8-ball league and takes beginners'), NO_WAY),
  c('AI3 for: "Email the Tucker Road ice rink at tuckerice@pgparks.example.gov" (an e-mail)', said('are there skating lessons for adults around fort washington', 'Email the Tucker Road ice rink at tuckerice@pgparks.example.gov and ask about adult learn-to-skate sessions.'), WITH_WAY),
  c('AI3 for: "Le recomiendo visitar el boliche de Glen Burnie …; está en 7280 Ritchie Hwy" (Spanish, an address)', es.said('¿hay ligas de boliche para personas mayores cerca de Glen Burnie?', 'Le recomiendo visitar el boliche de Glen Burnie y preguntar por las ligas para mayores; está en 7280 Ritchie Hwy, Glen Burnie, MD 21061.'), WITH_WAY),
  c('AI3 for: "Puede pasar por el salón de billar de Langley Park y preguntar por el torneo" (Spanish, no way)', es.said('quiero saber si hay torneos de billar en Langley Park', 'Puede pasar por el salón de billar de Langley Park y preguntar por el torneo de los sábados; no encontré teléfono ni página.'), NO_WAY),
  // ---- AI3 against: a rink's schedule on its web site, a Spanish rink's hours page, an alley's reviews
  c('AI3 against: "The Capital Clubhouse posts its rink schedule on its web site under Public Skate" (a schedule)', said('when can my kids do open skating in waldorf on saturdays', 'The Capital Clubhouse posts its rink schedule on its web site under Public Skate; the Saturday sessions are listed there.'), NONE),
  c('AI3 against: "El horario de la pista de hielo de Rockville está en su página web" (Spanish, an hours page)', es.said('¿a qué hora abre la pista de hielo de Rockville los domingos?', 'El horario de la pista de hielo de Rockville está en su página web, en la sección "Patinaje público".'), NONE),
  c('AI3 against: "Look up the bowling alley\'s reviews on Google Maps" (reviews)', said('is the bowling alley in bowie good for a 5 yr old birthday', 'Look up the bowling alley\'s reviews on Google Maps; several parents mention bumpers and ramps for little kids.'), NONE),
];

export const ai12: SessionCase[] = [
  // ---- AI12 for: a park patrol, a USCG station, la Guardia Costera, the Civil Air Patrol, a mounted patrol
  c('AI12 for: "Call the Montgomery County Park Patrol\'s non-emergency line at 301-555-0124 and ask" (a phone)', said('can i fly a drone in wheaton regional park', 'Call the Montgomery County Park Patrol\'s non-emergency line at 301-555-0124 and ask whether drones are allowed at Wheaton Regional Park.'), WITH_WAY),
  c('AI12 for: "drop by the USCG station in Crisfield and ask the folks there" (chat-speak, no way)', said('where can i find out about the old lightship that was in crisfield', 'drop by the USCG station in Crisfield and ask the folks there about the old lightship, they love that stuff'), NO_WAY),
  c('AI12 for: "Llame a la Guardia Costera en Baltimore al 410-555-0181" (Spanish, a phone)', es.said('¿dónde puedo tomar un curso de seguridad en bote?', 'Llame a la Guardia Costera en Baltimore al 410-555-0181 y pregunte por los cursos de navegación segura.'), WITH_WAY),
  c('AI12 for: "Email the Civil Air Patrol\'s Maryland Wing at cadets@mdwg.example.org" (an e-mail)', said('my 12 yr old wants to learn about flying, any programs?', 'Email the Civil Air Patrol\'s Maryland Wing at cadets@mdwg.example.org and ask about the cadet program for 12-year-olds.'), WITH_WAY),
  c('AI12 for: "You could ask the mounted patrol at Patapsco Valley State Park" (no way)', said('which trails at patapsco are ok for horses', 'You could ask the mounted patrol at Patapsco Valley State Park; they ride every trail and know which ones suit horses.'), NO_WAY),
  // ---- AI12 against: the Coast Guard's app, a ski patrol's report, the Coast Guard Light List (a publication)
  c('AI12 against: "Download the Coast Guard\'s boating safety app" (an app)', said('what do i need to know before taking a kayak out on the bay', 'Download the Coast Guard\'s boating safety app; it has a float plan, the weather and the rules of the road for small boats.'), NONE),
  c('AI12 against: "The Wisp ski patrol posts a trail conditions report every morning" (a report)', said('how do i know which slopes are open at wisp', 'The Wisp ski patrol posts a trail conditions report every morning on the resort\'s snow report page.'), NONE),
  c('AI12 against: "The Coast Guard Light List, volume II, gives every buoy and light" (a publication)', said('i need a list of all the lighthouses and buoys on the east coast', 'The Coast Guard Light List, volume II, gives every buoy and light from the Shrewsbury River in New Jersey down to South Carolina; the PDF is free to download.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older
  'AI1 for: "Write to the site coordinater for the Glenn Dale Hospital cleanup, glenndale.cleanup@…" (a typo, an e-mail)':
    'expected referral pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, the patron is told to write to the cleanup\'s site coordinator (misspelt "coordinater"), a person outside the chat, and an e-mail is given for them; AI1 does not read the typo (a probe: "Write to the site coordinator for the cleanup, glenndale.cleanup@…" passes) (older: v68 na the same)',
  'AI2 for: "maybe try the town of berwyn heights code office? theyd know" (chat-speak, no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "try the … code office? theyd know" sends the patron to the town\'s code office, an office outside the chat, with no phone, e-mail, address or URL; AI2 does not read "Town of Berwyn Heights code office" in lower or upper case (probes: "Try the Town of Berwyn Heights Code Office." na, "Try the Town of Cheverly code office." and "Try the Town of Berwyn Heights office." fail as they should) (older: v68 na the same)',
  'AI3 for: "just swing by the billiard parlor on main st n ask for rita" (chat-speak, a street, no way)':
    'expected referral fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, the patron is told to visit the billiard parlor and ask its league organiser, a party outside the chat, with no street number, phone, e-mail or URL; the chat-speak "n" for "and" is not read (a probe: "just swing by the billiard parlor on main st and ask for rita" fails as it should) (older: v68 na the same)',
  'AI12 for: "Email the Civil Air Patrol\'s Maryland Wing at cadets@mdwg.example.org" (an e-mail)':
    'expected referral pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact, the only party is the Civil Air Patrol\'s Maryland Wing, given with an e-mail; "the cadet program" is what to ask them about, not a second party (probes: "… and ask about the cadet program." fails, "… and ask about flying." passes) (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI1, AI2, AI3, AI12) checked blind, both ways, part ai1', () => {
  for (const [t, cs] of [['AI1', ai1], ['AI2', ai2], ['AI3', ai3], ['AI12', ai12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
