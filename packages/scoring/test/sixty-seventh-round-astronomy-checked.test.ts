/**
 * Sixty-seventh round, theme ASTRONOMY CLUBS, TELESCOPES AND SKY EVENTS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: telescope lending kits (an Urbana hold, a kit without a county card,
 * the kit's planisphere), eclipses (the 2044 total eclipse over Great Falls), meteor showers (Perseids at Deep Creek, the
 * Geminids from a Hyattsville back yard in Spanish, a 2026 calendar), clubs and star parties (a club's observing night, Virginia
 * star parties that take kids, a San Antonio youth club in half Spanish, a PTA star party), a dark-sky park (Cherry Springs),
 * planetarium programs (AACC's family show, April at the Davis Planetarium), star charts and apps (a Cub Scout chart, Sky Map
 * on Android, winter constellations, Jupiter with binoculars, moonrise, the March 2026 full moon), the ISS over Hagerstown,
 * space books for children (Gail Gibbons in Spanish, Pluto, black holes, building a Dobsonian, a moon-phase class unit, a
 * science fair project), and a green fireball reported to the AMS. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/astronomy-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 30 s with the first line at 160 (30:
 *   pickup passes on `pickedUpAt`); "Good morning, you've got Maya, a librarian at …" (01); "Hey! Dev at Ask Us Now, the
 *   Maryland statewide chat, here." (04); "¡Buenas noches! Le atiende Rocío, bibliotecaria del servicio Pregunte a un
 *   Bibliotecario …" (06); "¡Hola! Soy Marta, de Montgomery County Public Libraries. ¿Ella lee sola …?" (07: greeting and
 *   question in one line); "Hi! Saúl here, librarian with … ¡Con gusto le ayudo!" (13); "Hello, and thanks for contacting Ask a
 *   Librarian! I'm Quinn …" (11); "Hey there! 👋" under the screen name AskDesk3, the next line a source (25: names no one,
 *   fail); a queue line and no provider ever (18);
 *  inquiry: branch, city, age, dark site or town, latitude, telescope or binoculars, narrative or pictures, class size and
 *   week, date and family count, county of residence (16: the only question, no source ever given: pass), "Which one is most
 *   urgent?" (24); the Winter Hexagon with a URL before "How old are the students, or is this for you?" (25: fail);
 *  waits: a hold answered exactly 120 s later (04: pass) and 121 s later (05: fail); a hold of 104 s then the answer (11); a
 *   transfer notice answered 64 s later by the receiver (19); a silent transfer, the receiver 118 s after the patron (20:
 *   pass); 130 s between `pickedUpAt` and the first line (30: fail);
 *  endings: a true Lost Call, "Are you still there?" at 150 and "It seems we've lost the connection, so I'm going to end this
 *   chat. Please come back anytime!" at 200 (15: final idle exactly 180 s, both pass); a Lost Call with two patron lines,
 *   "Still with me?" at 170 and a goodbye at 219 (16: idle 179 s, disconnect na, code fails); "Anything else …?" then a
 *   goodbye 119 s later (22: idle na); a goodbye exactly 120 s after the answer with no check-in (27: idle fails); "Hello? Are
 *   you still there?" then "It looks like you've disconnected. Thanks for using Ask Us Now!" (28: idle 240 s, check-in
 *   passes, the notice never says the session will end: fails); the patron's "ok gracias" (07) and "perfect, thats all we
 *   needed!! ty" (26: courteous fails) as the last line; "Sorry, your time is up — chats are limited to 10 minutes. Goodbye."
 *   (23: fail); "several other patrons waiting … please chat back in later … or call our Science and Technology desk at
 *   301-555-0122" (24: allowed); goodbyes "Clear skies, and thanks …", "Have fun under the dome! Bye for now.", "Happy
 *   reporting, goodnight!", "¡Con gusto! … Hasta luego.", "Happy reading, bye!", "Bye!", "Thanks for stopping by, and happy
 *   building!"; patron-side "thats all i needed", "no thats it", "thats everything 🙏", "nope all set", "es todo lo que
 *   necesitaba", "no, es todo", "no that is all", "thats all!", and "yes!!! thank you 😊", "super helpful!! ty", "si perfecto",
 *   "ya thx", "yes great thank u" that do not count;
 *  sources: catalogs (fcpl.org, library.carr.org, library.loudoun.gov, the Montgomery "Catálogo", an ILL Request), books
 *   (Gibbons, DeCristofano, Rey, Rex, Rusch, Berry), NASA pages, amsmeteors.org and the fireball form, darksky.org/places,
 *   skymaps.com, USNO moon phases, Spot the Station, Sky & Telescope, EarthSky, Science Buddies, Google Play; none (16: fail);
 *  referrals: "Have him bring the telescope to one [observing night]" (08: read as no referral, see COUNTS); "give the park
 *   office a call" with no number (09: fail); the library's Science and Technology desk by phone (24: pass); the astronomical
 *   society by its outreach form URL and "talk to Ms. Lindqvist, our STEM programs coordinator" with no contact (29: fail,
 *   not every party reachable); the outreach team and the teen librarian consulted on the patron's behalf (12, 13: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 40 h (11: pass); a promise to e-mail with the e-mail
 *   read back and no time, coded Answered (12: code and contact fail, on_time pending); FU_LIB in half Spanish, phone read back
 *   "Perfecto: 210-555-0187", "within 72 hours", never recorded at day 4 (13: on_time fails); FU_ME, "get back to you by
 *   Monday", the e-mail only in `patron.email`, done 71 h after the end (14: contact fails, code and on_time pass);
 *  codes: a true Lost Call (15); Lost Call after two patron lines (16); null with no provider (18); "" (30); Practice (17);
 *  transfers: a visible notice (a hold) and an internal note that says why (19: pass); an internal note only (20: fail);
 *  concurrency: three others open across the chat, four at once (21: fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings ("¡Buenas noches!", "¡Hola!") greet, and "bibliotecaria" identifies as "librarian" does (06, 07);
 *   "es todo lo que necesitaba" and "no, es todo" are the patron saying explicitly that they are done (06, 13);
 * - "Does that sound like a fit?" (20), "Does that fit what you wanted?" (21), "Would that work for your den?" (05), "Does that
 *   cover it?" (04), "Does that give you a place to start?" (29) ask whether what was already given meets the need;
 * - a referral needs the PATRON to be told to contact or visit: "Have him bring the telescope to one" sends the patron's
 *   husband to a club night (08: na, as the sixty-first round's officiant case); "talk to Ms. Lindqvist" and "give the park
 *   office a call" tell the patron to contact someone (29, 09);
 * - "It seems we've lost the connection, so I'm going to end this chat" tells the patron they seem to have disconnected and
 *   that the session will end; with "Please come back anytime!" it is also a goodbye, so the final idle ends there (15: 180 s);
 *   "It looks like you've disconnected." alone does not say the session will end (28);
 * - the greeting of a Lost Call is the first provider line after the patron's only line that is no hold, so the final idle
 *   starts there (15: from 20; 16: from the greeting at 40, not the question at 45);
 * - with `pickedUpAt` at 30 and the first line at 160 the wait is over 120 s however it is counted (160 s from the patron's
 *   line, 130 s after pickup) (30: keep_informed fails);
 * - "NASA's Spot the Station … can text you alerts" is a site's feature, not the provider promising to send anything (19).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4 (08, 19, 20, 21). Label corrections: 1:
 *  - case 08, referral.contact pass -> na: I had read "Have him bring the telescope to one [of the club's observing nights]" as
 *    a referral; RUBRIC's Referral is "telling the PATRON to contact or visit" someone, and the one sent to the club is the
 *    patron's husband, as with the sixty-first round's officiant (03); the patron is told to contact or visit no one.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 19, resolution.code / followup.contact / followup.on_time: "NASA's Spot the Station … can text you alerts." read as
 *    the provider's promise to follow up (code fail, contact fail, on_time pending; RUBRIC: no promise, so pass / na / na);
 *  - case 20, followup.completeness: "Does that sound like a fit?" not read as the completeness question (fail; RUBRIC pass);
 *  - case 21, followup.completeness: "Does that fit what you wanted?" not read as the completeness question (fail; RUBRIC pass).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at 120 and 121 s after a hold,
 * 118 s across a silent transfer, 130 s after `pickedUpAt`; final idles of 119, 120, 179, 180 and 240 s; concurrency at four
 * and at touching ends; on_time done at 40 h, at 71 h, missing at day 4, pending at day 1) scored as labelled on the first
 * run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron
 * phone read back, an e-mail only in the patron field, a library desk phone beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 * RUBRIC v61 (block AA, written after this file): cases 19 (AA9: a site that "can text you alerts" promises nothing of the
 *   provider's), 20 (AA3: "Does that sound like a fit?") and 21 (AA5: "If you want more later, Stellarium Mobile has a free
 *   version too." offers nothing, so the question after it asks about what was given) now score as labelled and run with the
 *   others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n: number): Line => [sec, 's', `All our librarians are helping others. You are #${n} in the queue.`];

const MAYA: Prov = { id: 'maya-a', name: 'Maya', library: 'FCPL-MD' };
const BEN: Prov = { id: 'ben-a', name: 'Ben', library: 'MSL-MT' };
const CLEO: Prov = { id: 'cleo-a', name: 'Cleo', library: 'AACPL' };
const DEV: Prov = { id: 'dev-a', name: 'Dev', library: 'AUN' };
const ELLA: Prov = { id: 'ella-a', name: 'Ella', library: 'HCLS' };
const ROCIO: Prov = { id: 'rocio-a', name: 'Rocío', library: 'PGCMLS' };
const MARTA: Prov = { id: 'marta-a', name: 'Marta', library: 'MCPL-MD' };
const NED: Prov = { id: 'ned-a', name: 'Ned', library: 'HCLS' };
const OPAL: Prov = { id: 'opal-a', name: 'Opal', library: 'CLP' };
const PIA: Prov = { id: 'pia-a', name: 'Pia', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-a', name: 'Quinn', library: 'FXCPL' };
const RHEA: Prov = { id: 'rhea-a', name: 'Rhea', library: 'BCPL' };
const SAUL: Prov = { id: 'saul-a', name: 'Saúl', library: 'SAPL' };
const TESS: Prov = { id: 'tess-a', name: 'Tess', library: 'EPFL' };
const UMA: Prov = { id: 'uma-a', name: 'Uma', library: 'BPL-MA' };
const VERA: Prov = { id: 'vera-a', name: 'Vera', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-a', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-a', name: 'Queue', library: 'VRQ' };
const WREN: Prov = { id: 'wren-a', name: 'Wren', library: 'AUN' };
const BASIL: Prov = { id: 'basil-a', name: 'Basil', library: 'AUN' };
const XAVI: Prov = { id: 'xavi-a', name: 'Xavi', library: 'CCPL-MD' };
const YOLANDA: Prov = { id: 'yolanda-a', name: 'Yolanda', library: 'CCPL-MD' };
const YARA: Prov = { id: 'yara-a', name: 'Yara', library: 'HCPL-MD' };
const ZANE: Prov = { id: 'zane-a', name: 'Zane', library: 'WCFL' };
const ADA: Prov = { id: 'ada-a', name: 'Ada', library: 'RPL-VA' };
const BETH: Prov = { id: 'beth-a', name: 'Beth', library: 'PGCMLS' };
const ASKDESK: Prov = { id: 'askdesk3-a', name: 'AskDesk3', library: 'LCPL' };
const DARA: Prov = { id: 'dara-a', name: 'Dara', library: 'LCPL' };
const EVAN: Prov = { id: 'evan-a', name: 'Evan', library: 'ACLS' };
const FAYE: Prov = { id: 'faye-a', name: 'Faye', library: 'AUN' };
const GUS: Prov = { id: 'gus-a', name: 'Gus', library: 'HCPL-MD' };
const HANA: Prov = { id: 'hana-a', name: 'Hana', library: 'WCFL' };

const s = session;

export const ASTRONOMY: SessionCase[] = [
  // 01 the plain good session
  s(MAYA, '01 telescope lending kit at Urbana: "Good morning, you\'ve got Maya", branch asked, catalog search, "thats all i needed"', [
    [0, 'p', 'hi do you guys lend telescopes?? saw something about a kit'],
    [25, 'l', "Good morning, you've got Maya, a librarian at Frederick County Public Libraries!"],
    [31, 'l', 'We do. Which branch would be easiest for you to pick one up from?'],
    [70, 'p', 'urbana probably'],
    [78, 'l', 'Urbana has two of the Orion StarBlast 4.5 kits. Search "telescope kit" in our catalog at fcpl.org and place a hold; they go out for 14 days with a star guide in the case. Did that do the trick?'],
    [120, 'p', 'yes perfect thats all i needed'],
    [126, 'l', 'Clear skies, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly 60 s
  s(BEN, '02 next total eclipse over Great Falls MT: pickup at exactly 60 s, city asked, NASA future eclipses page', [
    [0, 'p', 'When is the next total solar eclipse I can see from Montana without traveling far'],
    [60, 'l', 'Hello! Ben here, with the Montana State Library Ask a Librarian service.'],
    [66, 'l', 'Are you near Billings, Missoula, or somewhere else? The path only clips part of the state.'],
    [110, 'p', 'great falls'],
    [118, 'l', "The next total eclipse over Montana is August 23, 2044, and its path crosses north-central Montana, Great Falls included. NASA's eclipse pages have the maps: science.nasa.gov/eclipses/future-eclipses. Is that what you were after?"],
    [160, 'p', 'wow 2044 lol ok. yes thanks'],
    [166, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'no thats it'],
    [195, 'l', 'Take care, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 03 pickup at 61 s
  s(CLEO, '03 family planetarium show at AACC: pickup at 61 s, "Is that helpful?", patron "yes!!! thank you 😊" only', [
    [0, 'p', 'does the planetarium at the community college have shows for little kids, my son is 5'],
    [61, 'l', 'Hi there, this is Cleo from Anne Arundel County Public Library. Sorry to keep you waiting!'],
    [68, 'l', 'Is it the Anne Arundel Community College planetarium you mean, in Arnold?'],
    [95, 'p', 'yes that one'],
    [102, 'l', 'Their public shows, including a family show for ages 4 and up on Friday evenings, are listed at aacc.edu/planetarium. Tickets go on sale two weeks ahead.'],
    [108, 'l', 'Is that helpful?'],
    [140, 'p', 'yes!!! thank you 😊'],
    [146, 'l', 'Have fun under the dome! Bye for now.'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 04 a hold answered exactly 120 s later
  s(DEV, '04 Perseids peak for camping at Deep Creek: "Let me pull up this year\'s peak date, one moment." answered exactly 120 s later', [
    [0, 'p', 'what night is best for the perseids this year, we want to take the kids camping'],
    [20, 'l', 'Hey! Dev at Ask Us Now, the Maryland statewide chat, here.'],
    [26, 'l', 'Are you camping somewhere dark, or in town?'],
    [55, 'p', 'western md, probably deep creek'],
    [62, 'l', "Nice. Let me pull up this year's peak date, one moment."],
    [182, 'l', "Thanks for holding! The American Meteor Society's calendar (amsmeteors.org/meteor-showers/meteor-shower-calendar) gives the Perseid peak as the night of August 12-13. Deep Creek is dark enough to catch a lot of them."],
    [188, 'l', 'Does that cover it?'],
    [230, 'p', 'yes! thats everything 🙏'],
    [236, 'l', 'Enjoy the show, and thank you for chatting!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(ELLA, '05 printable December star chart for a Cub Scout den: "Give me a minute to find a good free one." answered 121 s later', [
    [0, 'p', 'looking for a printable star chart for december for my cub scout den'],
    [18, 'l', 'Hi, Ella here, librarian at Howard County Library System.'],
    [24, 'l', 'Are you still in Maryland? The charts are drawn for a latitude.'],
    [50, 'p', 'yes columbia'],
    [57, 'l', 'Give me a minute to find a good free one.'],
    [178, 'l', 'Skymaps.com has a free monthly Evening Sky Map to print, with a northern hemisphere edition that works for Columbia: skymaps.com/downloads.html.'],
    [184, 'l', 'Would that work for your den?'],
    [220, 'p', 'yes thats great'],
    [226, 'l', 'Anything else for the scouts?'],
    [250, 'p', 'nope all set'],
    [255, 'l', 'Have a great meeting — goodbye!'],
  ], usual({ informed: 'fail' })),

  // 06 Spanish: the Geminids from a back yard
  s(ROCIO, '06 las Gemínidas desde Hyattsville (Spanish): "¡Buenas noches! Le atiende Rocío", amsmeteors.org, "es todo lo que necesitaba"', [
    [0, 'p', 'hola! cuando es la lluvia de estrellas geminidas? quiero verla con mi abuelita'],
    [30, 'l', '¡Buenas noches! Le atiende Rocío, bibliotecaria del servicio Pregunte a un Bibliotecario de Prince George\'s County Memorial Library System.'],
    [37, 'l', '¿Desde dónde piensan mirarla? ¿En la ciudad o en el campo?'],
    [80, 'p', 'en el patio de la casa en hyattsville'],
    [87, 'l', 'Las Gemínidas tienen su máximo la noche del 13 al 14 de diciembre. Desde Hyattsville verán menos por la luz de la ciudad, pero las más brillantes sí se ven. El calendario de la Sociedad Americana de Meteoros está en amsmeteors.org (en inglés).'],
    [93, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [136, 'l', '¡Con gusto! Que disfruten del cielo. Hasta luego.'],
  ], usual()),

  // 07 partly Spanish: space books for a 7-year-old; the patron has the last word
  s(MARTA, '07 libros del espacio para una niña de 7 años (Spanish): question inside the greeting, Gail Gibbons in the catalog, patron "ok gracias" last', [
    [0, 'p', 'Hi necesito libros sobre el espacio para mi hija de 7 años, en español si hay'],
    [22, 'l', '¡Hola! Soy Marta, de Montgomery County Public Libraries. ¿Ella lee sola o se los van a leer ustedes?'],
    [60, 'p', 'ella lee un poco pero mejor si yo le leo'],
    [68, 'l', 'Para leer en voz alta, busque "Los planetas" de Gail Gibbons en nuestro catálogo (montgomerycountymd.gov/library, botón Catálogo). Está en la sección infantil en español de varias sucursales.'],
    [74, 'l', '¿Es lo que buscaba?'],
    [110, 'p', 'si perfecto'],
    [116, 'l', '¡Que lo disfruten! Gracias por escribirnos.'],
    [140, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 08 a club's observing night, with its URL
  s(NED, '08 astronomy club near Ellicott City for a new telescope owner: "Bring the telescope to one" of the club\'s nights, howardastronomy.org', [
    [0, 'p', 'are there any astronomy clubs around ellicott city? my husband just got a telescope and has no idea how to use it lol'],
    [15, 'l', 'Hi! Ned, reference librarian at the Howard County Library System, at your service.'],
    [21, 'l', 'Is he looking for a club with regular meetings, or more for hands-on help setting the scope up?'],
    [65, 'p', 'hands on help mostly'],
    [72, 'l', 'The Howard Astronomical League holds free public observing nights at Alpha Ridge Park, and its members love helping newcomers. Have him bring the telescope to one; the schedule and directions are at howardastronomy.org.'],
    [78, 'l', 'Does that sound like what he needs?'],
    [120, 'p', 'yes that sounds perfect'],
    [126, 'l', 'Anything else today?'],
    [140, 'p', 'no thats all'],
    [144, 'l', 'Great! Thanks for reaching out, and clear skies.'],
  ], usual()),

  // 09 a dark-sky park; "give the park office a call" with no contact
  s(OPAL, '09 dark-sky park from Pittsburgh: Cherry Springs on darksky.org/places, "give the park office a call" with no number', [
    [0, 'p', 'Is there a dark sky park within driving distance of Pittsburgh? And can you stay after dark?'],
    [28, 'l', "Good afternoon, Opal with Carnegie Library of Pittsburgh's Ask a Librarian chat."],
    [34, 'l', 'How far are you willing to drive: a couple of hours, or an overnight trip?'],
    [80, 'p', 'overnight is fine'],
    [86, 'l', "Cherry Springs State Park in Potter County is an International Dark Sky Park about four and a half hours away; it's on DarkSky International's map at darksky.org/places. For staying on the astronomy field after dark, give the park office a call before you go, since the rules change by season."],
    [92, 'l', 'Did that help?'],
    [140, 'p', 'super helpful!! ty'],
    [146, 'l', "You're welcome, and goodbye!"],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 10 reporting a fireball
  s(PIA, '10 a green fireball over the Bay Bridge: time and direction asked, AMS report form at fireball.amsmeteors.org, "Happy reporting, goodnight!"', [
    [0, 'p', 'omg just saw a HUGE green fireball over the bay like 10 min ago. who do i tell??'],
    [12, 'l', 'Hi! This is Pia, a librarian at Ask Us Now. What a sight!'],
    [18, 'l', 'Roughly what time was it, and which way were you facing? The report will ask.'],
    [50, 'p', 'like 9:40pm, facing east over the chesapeake bay bridge'],
    [56, 'l', "The American Meteor Society collects fireball reports with an online form at fireball.amsmeteors.org; it asks for exactly those details and maps everyone's sightings."],
    [62, 'l', 'Did that answer your question?'],
    [90, 'p', 'yes filling it out now thx!!'],
    [96, 'l', 'Anything else I can help with tonight?'],
    [130, 'p', 'no thats it'],
    [134, 'l', 'Happy reporting, goodnight!'],
  ], usual()),

  // 11 follow-up by me: e-mail read back, "by Thursday", done in 40 h
  s(QUINN, '11 Virginia star parties that take kids (follow-up by me): hold 104 s, NOVAC calendar, e-mail read back, "by Thursday", done in 40 h', [
    [0, 'p', 'I need a list of star parties in Virginia this fall that allow kids under 12. Can you help?'],
    [30, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Quinn at Fairfax County Public Library."],
    [36, 'l', 'Are you willing to camp overnight, or only go to evening events?'],
    [80, 'p', 'either is fine'],
    [86, 'l', 'Let me check a couple of calendars for you, one moment.'],
    [190, 'l', "The Virginia star parties I can confirm so far are on the Northern Virginia Astronomy Club's calendar at novac.com, but their kid policies aren't all posted. I'd like to check the rest and e-mail you a list. What address should I use?"],
    [240, 'p', 'sure, its ravi.k.patel@example.net'],
    [246, 'l', "Thanks! That's ravi.k.patel@example.net. I'll send the list by Thursday."],
    [252, 'l', 'Does the NOVAC calendar help for now?'],
    [290, 'p', 'yes thanks'],
    [296, 'l', 'Anything else?'],
    [310, 'p', 'nope'],
    [314, 'l', "Thanks for writing in, you'll hear from me soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 12 a promise to e-mail, no time, coded Answered
  s(RHEA, '12 moon-phase unit for a 4th-grade class: "I\'ll e-mail you what they say", e-mail read back, no time, coded Answered', [
    [0, 'p', 'hi i teach 4th grade, looking for moon phase activities for a unit. does the library have a kit or anything'],
    [24, 'l', "Hi, I'm Rhea, a youth services librarian at Baltimore County Public Library."],
    [30, 'l', 'How many students, and do you need it for a particular week?'],
    [75, 'p', '26 kids, sometime in march'],
    [82, 'l', "NASA's moon phases activity with sandwich cookies is a classic and free: science.nasa.gov/learn (search 'moon phases'). We also have a STEM kit on the moon, but I need to ask our outreach team whether it's free in March. I'll e-mail you what they say. What's your e-mail?"],
    [130, 'p', 'mrs.okafor@example.org'],
    [136, 'l', 'Thanks, I have mrs.okafor@example.org. Is the NASA activity what you had in mind?'],
    [170, 'p', 'yes thats great'],
    [176, 'l', 'Wonderful, thanks for contacting us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 partly Spanish, follow-up by the patron's library by phone, "within 72 hours", never recorded
  s(SAUL, '13 club de astronomía para un chico de 14 (partly Spanish, follow-up by patron\'s library): phone read back, "within 72 hours", not recorded at day 4', [
    [0, 'p', 'hola, mi hijo quiere unirse a un club de astronomia para jovenes en san antonio, hay alguno? he is 14'],
    [35, 'l', "Hi! Saúl here, librarian with San Antonio Public Library's Ask a Librarian. ¡Con gusto le ayudo!"],
    [41, 'l', '¿Busca algo después de la escuela o los fines de semana?'],
    [90, 'p', 'fines de semana'],
    [96, 'l', "The San Antonio Astronomical Association has a youth program, and its public star parties are listed at sanantonioastronomy.org. Our teen librarian at Central knows which groups take 14-year-olds on their own, so I'll pass your question to her. ¿Cuál es el mejor teléfono para llamarle?"],
    [150, 'p', '210-555-0187'],
    [156, 'l', 'Perfecto: 210-555-0187. She will call you within 72 hours.'],
    [162, 'l', '¿Le sirve la página de la asociación mientras tanto?'],
    [200, 'p', 'si, gracias'],
    [206, 'l', '¿Algo más en que le pueda ayudar?'],
    [230, 'p', 'no, es todo'],
    [235, 'l', '¡Gracias por comunicarse! Que tenga buen día.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [] }, { now: T0 + 4 * DAY }),

  // 14 follow-up by me, e-mail only in the patron field, "by Monday", done at 71 h
  s(TESS, '14 April Davis Planetarium shows (follow-up by me): "get back to you by Monday", e-mail only in patron.email, done 71 h after the end', [
    [0, 'p', "Looking for the schedule of the planetarium shows at the Science Center for my grandson's birthday in April"],
    [20, 'l', 'Good evening! Tess at the Enoch Pratt Free Library, happy to help.'],
    [26, 'l', 'Which Saturday in April are you thinking of?'],
    [60, 'p', 'the 18th'],
    [66, 'l', "The Maryland Science Center hasn't posted April's Davis Planetarium shows yet; the current schedule is at marylandsciencecenter.org/planetarium. I'll check back when April goes up and get back to you by Monday."],
    [72, 'l', 'Does that help for now?'],
    [110, 'p', 'yes thank you dear'],
    [116, 'l', 'Anything else tonight?'],
    [130, 'p', 'no that is all'],
    [135, 'l', 'Thank you for chatting with Pratt. Good night!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: null, email: 'grandpa.lou@example.com', phone: null }, followUps: [{ doneAt: at(140 + 71 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 15 a true Lost Call: check-in at 150, notice + invitation back at 200 (final idle exactly 180 s)
  s(UMA, '15 moonrise tonight in Boston (Lost Call): greeting only, "Are you still there?" at 150, "lost the connection … end this chat" at 200 (idle 180 s)', [
    [0, 'p', 'what time does the moon rise tonight in boston'],
    [20, 'l', "Hi, Uma at Boston Public Library's chat. How can I help?"],
    [150, 'l', 'Are you still there?'],
    [200, 'l', "It seems we've lost the connection, so I'm going to end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after two patron lines; final idle 179 s
  s(VERA, '16 telescope kit without a county card (Lost Call, 2 patron lines): county asked, "Still with me?" at 170, goodbye at 219 (idle 179 s)', [
    [0, 'p', 'hi'],
    [10, 'p', 'can i borrow the telescope thing from the library w/o a card from this county'],
    [40, 'l', 'Hello, Vera here at Ask a Librarian, Cecil County Public Library.'],
    [45, 'l', 'Which county do you live in? Some of our neighbors can get a free card here.'],
    [170, 'l', 'Still with me?'],
    [219, 'l', "I'll close this chat for now, but feel free to come back and ask again. Bye!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (star app script): coded Practice, every check na', [
    [0, 'p', 'testing 123 - what is a good star app'],
    [6, 'l', 'hi! practice run, Stellarium is free at stellarium.org'],
    [14, 'p', 'cool test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined
  s(NOBODY, '18 public viewing at the park observatory tonight: no provider ever joined, "anyone there?", patron left, code null', [
    [0, 'p', 'is the observatory at the park open tonight for the public viewing'],
    waitLine(2, 4),
    [95, 'p', 'anyone there?'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 an announced transfer with a note that says why
  s(WREN, '19 waving at the ISS from Hagerstown: "I\'m passing you to him. Hang on just a moment!" + internal note, Basil with Spot the Station', [
    [0, 'p', 'how can i see the space station fly over? my kid wants to wave at the astronauts haha'],
    [22, 'l', 'Hi there! Wren from the Ask Us Now statewide service. What fun!'],
    [28, 'l', 'Where will you be watching from?'],
    [60, 'p', 'Hagerstown'],
    [66, 'l', "Our science specialist Basil is on right now and knows the tracking sites well, so I'm passing you to him. Hang on just a moment!"],
    [69, 'i', 'Basil: ISS sighting times for Hagerstown MD, a kid wants to see it. Yours?'],
    xfer(72, 'Basil', 'basil-a'),
    [130, 'l', "Hi, Basil here, science librarian with Ask Us Now. NASA's Spot the Station (spotthestation.nasa.gov) gives every visible pass over Hagerstown with the time, direction and height, and can text you alerts.", as(BASIL)],
    [136, 'l', 'Does that give you what you need?', as(BASIL)],
    [175, 'p', 'YES he is so excited. thats all!'],
    [181, 'l', 'Enjoy the flyover, and thanks for chatting!', as(BASIL)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer, the receiver 118 s after the patron
  s(XAVI, '20 black holes book for a 13-year-old: internal note only, silent transfer, Yolanda 118 s after the patron with DeCristofano', [
    [0, 'p', 'need a good book about black holes for a 13 yr old who is obsessed'],
    [15, 'l', "Hello! It's Xavi at Ask a Librarian, Carroll County Public Library."],
    [21, 'l', 'Does he like narrative books, or more facts and pictures?'],
    [50, 'p', 'facts + pictures, he hates stories lol'],
    [55, 'i', 'Yolanda, teen nonfiction rec, can you take it? black holes book with pictures for a 13yo'],
    xfer(58, 'Yolanda', 'yolanda-a'),
    [168, 'l', 'Hi, I\'m Yolanda, teen librarian. Try "A Black Hole Is Not a Hole" by Carolyn Cinami DeCristofano: short chapters, lots of images. It\'s in our catalog at library.carr.org, with two copies on the shelf at Westminster.', as(YOLANDA)],
    [174, 'l', 'Does that sound like a fit?', as(YOLANDA)],
    [210, 'p', 'yes thank you!!'],
    [216, 'l', 'Anything else?', as(YOLANDA)],
    [240, 'p', 'no'],
    [244, 'l', 'Happy reading, bye!', as(YOLANDA)],
  ], usual({ transfer: 'fail' })),

  // 21 four at once
  s(YARA, '21 a free Android star app: three other chats of Yara open through this one (four at once)', [
    [0, 'p', 'whats a good free app to identify stars? android'],
    [14, 'l', 'Hi, Yara here, librarian at Harford County Public Library.'],
    [20, 'l', 'Do you want something simple to point at the sky, or a full planetarium program?'],
    [45, 'p', 'simple'],
    [52, 'l', "Sky Map is free on Google Play (play.google.com, search 'Sky Map') and works just by pointing your phone up. If you want more later, Stellarium Mobile has a free version too."],
    [58, 'l', 'Does that fit what you wanted?'],
    [90, 'p', 'yep downloading it now, thats all i need'],
    [95, 'l', 'Have fun stargazing, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yara-a', -200, 300), other('y2', 'yara-a', 20, 150), other('y3', 'yara-a', 40, 400)],
  }),

  // 22 three at most with touching ends; final idle 119 s
  s(ZANE, '22 full moon walk in March: one chat ending at the start, two overlapping, one starting at the end; "Anything else?" then goodbye 119 s later', [
    [0, 'p', 'when is the next full moon? want to do a moon walk w my book club'],
    [20, 'l', 'Good evening! Zane at Ask Us, Washington County Free Library.'],
    [26, 'l', 'Which month are you planning for?'],
    [50, 'p', 'march'],
    [56, 'l', "The full moon in March 2026 is on the 3rd, and there's a total lunar eclipse that morning too. The U.S. Naval Observatory's moon phase tables are at aa.usno.navy.mil/data/MoonPhases. Does that help?"],
    [100, 'p', 'oh cool yes thanks'],
    [105, 'l', 'Anything else for your book club?'],
    [224, 'l', 'Thanks for using Ask Us, goodnight!'],
  ], usual(), {}, {
    otherIntervals: [other('z1', 'zane-a', -300, 0), other('z2', 'zane-a', -60, 120), other('z3', 'zane-a', 100, 500), other('z4', 'zane-a', 229, 600)],
  }),

  // 23 "your time is up"
  s(ADA, '23 four questions at once (meteor showers first): "Sorry, your time is up — chats are limited to 10 minutes. Goodbye."', [
    [0, 'p', 'hi, can u help me find: 1) meteor shower dates for 2026, 2) a telescope for under $200, 3) astronomy clubs in richmond, 4) books on constellations'],
    [25, 'l', "Hello, Ada at Richmond Public Library's Ask a Librarian."],
    [31, 'l', "Let's start with the first: do you need the whole year, or just the major showers?"],
    [60, 'p', 'major ones'],
    [66, 'l', "The American Meteor Society's calendar at amsmeteors.org lists them with peak dates: Quadrantids, Lyrids, Eta Aquariids, Perseids, Orionids, Leonids and Geminids. Does that help?"],
    [100, 'p', 'yes now the telescope one'],
    [108, 'l', 'Sorry, your time is up — chats are limited to 10 minutes. Goodbye.'],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 24 others waiting, a way back, the library's desk by phone
  s(BETH, '24 moon science fair project then more: "several other patrons waiting … chat back in later … or call our Science and Technology desk at 301-555-0122"', [
    [0, 'p', 'hi!! so my daughter needs a science fair project about the moon AND i also want to know about the solar eclipse in 2027 AND which telescope to get her AND'],
    [30, 'l', "Hi, thanks for writing to Ask Us! I'm Beth, a librarian at Prince George's County Memorial Library System."],
    [36, 'l', "That's a lot of good questions! Which one is most urgent?"],
    [70, 'p', 'science fair, due in 2 weeks. 8th grade'],
    [77, 'l', "Science Buddies has moon project ideas sorted by grade, with step-by-step procedures: sciencebuddies.org (search 'moon'). For 8th grade the moon-phase and crater-impact projects work well. Is that the kind of thing she needs?"],
    [120, 'p', 'yes!! ok now the eclipse + telescope'],
    [128, 'l', "I'm glad that helped. I have several other patrons waiting right now, so please chat back in later for the eclipse and telescope questions, or call our Science and Technology desk at 301-555-0122 anytime we're open."],
    [150, 'p', 'ok fair enough'],
    [156, 'l', 'Thanks for understanding, and good luck at the fair!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 25 greets but names no one; the source comes before the question
  s(ASKDESK, '25 winter constellations for a 6th grader: "Hey there! 👋" under the screen name AskDesk3, the Winter Hexagon given before "How old are the students…?"', [
    [0, 'p', 'what constellations can i see in the winter sky? doing a project'],
    [10, 'l', 'Hey there! 👋'],
    [16, 'l', "The Winter Hexagon is the easy one: Orion, Taurus, Gemini, Auriga, Canis Major and Canis Minor. EarthSky's guide at earthsky.org/tonight walks through finding them."],
    [22, 'l', 'How old are the students, or is this for you?'],
    [60, 'p', 'me, im in 6th grade'],
    [66, 'l', 'Then "Find the Constellations" by H. A. Rey is perfect for you, and it\'s in our catalog. Did that help?'],
    [110, 'p', 'ya thx'],
    [116, 'l', 'Bye!'],
  ], usual({ greeting: 'fail', clarify: 'fail', anything: 'fail' })),

  // 26 the patron has the last word
  s(DARA, '26 why Pluto is not a planet, for an 8-year-old: "Pluto Gets the Call", patron "perfect, thats all we needed!! ty" last, no goodbye', [
    [0, 'p', 'Is there a kids book that explains why Pluto isnt a planet anymore? my 8 yo is upset about it lol'],
    [25, 'l', "Hi! I'm Dara, a children's librarian at Loudoun County Public Library."],
    [31, 'l', 'Is a picture book OK, or does he read chapter books?'],
    [70, 'p', 'picture book is fine'],
    [77, 'l', '"Pluto Gets the Call" by Adam Rex is a funny picture book about exactly that, and "The Planet Hunter" by Elizabeth Rusch tells the true story of the astronomer behind it. Both are in our catalog at library.loudoun.gov.'],
    [83, 'l', 'Is that what you had in mind?'],
    [130, 'p', 'perfect, thats all we needed!! ty'],
  ], usual({ courteous: 'fail' })),

  // 27 a goodbye exactly 120 s after the answer, no check-in
  s(EVAN, '27 building a Dobsonian: Richard Berry by interlibrary loan at 70, goodbye at 190 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'do you have any books about building your own telescope'],
    [18, 'l', 'Hello, Evan at the Ask a Librarian service of Allegany County Library System.'],
    [24, 'l', 'Are you thinking of a simple refractor, or grinding your own mirror for a Dobsonian?'],
    [60, 'p', 'dobsonian'],
    [70, 'l', '"Build Your Own Telescope" by Richard Berry covers a Dobsonian step by step; we can get it through interlibrary loan from the catalog at alleganycountylibrary.info (click Request). Does that answer your question?'],
    [190, 'l', 'Thanks for stopping by, and happy building!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 a check-in, then "It looks like you've disconnected." without saying the chat will end
  s(FAYE, '28 Jupiter with binoculars: answer at 60, "Hello? Are you still there?" at 185, "It looks like you\'ve disconnected. Thanks…" at 300', [
    [0, 'p', 'what is the best time to see jupiter this month'],
    [15, 'l', 'Hi! This is Faye at Ask Us Now. Happy to help.'],
    [21, 'l', 'Do you have a telescope or binoculars, or just your eyes?'],
    [50, 'p', 'binoculars'],
    [60, 'l', "Jupiter is up in the east after sunset this month and highest around midnight; with binoculars you can pick out its four big moons. Sky & Telescope's weekly sky guide at skyandtelescope.org/observing has the exact dates. Does that help?"],
    [185, 'l', 'Hello? Are you still there?'],
    [300, 'l', "It looks like you've disconnected. Thanks for using Ask Us Now!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 two referrals: a club by URL, a named coordinator with no contact
  s(GUS, '29 PTA star party at an elementary school: the astronomical society by its outreach form URL, "talk to Ms. Lindqvist" with no contact', [
    [0, 'p', 'our PTA wants to do a star party at the elementary school. can the library help? telescopes, someone to run it?'],
    [20, 'l', "Good afternoon! Gus here, librarian with Harford County Public Library's Ask a Librarian chat."],
    [26, 'l', 'What date are you thinking, and about how many families?'],
    [70, 'p', 'may 15, maybe 60 families'],
    [77, 'l', "For that size, ask the Harford County Astronomical Society for volunteers with telescopes; their outreach request form is at harfordastro.org/outreach. For borrowing our own telescopes for the night, talk to Ms. Lindqvist, our STEM programs coordinator, who handles group loans."],
    [83, 'l', 'Does that give you a place to start?'],
    [130, 'p', 'yes great thank u'],
    [136, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Thanks for planning something so fun, good luck!'],
  ], usual({ referral: 'fail' })),

  // 30 pickedUpAt at 30, first line at 160; code ""
  s(HANA, '30 using the kit\'s planisphere: pickedUpAt 30 s, first line at 160 (130 s after pickup), code ""', [
    [0, 'p', 'how do i use the star chart that came with the library telescope kit? its confusing'],
    [160, 'l', 'Hi, Hana at Ask Us, Washington County Free Library. Sorry for the delay!'],
    [166, 'l', 'Is it the round planisphere, the one you turn to the date and time?'],
    [200, 'p', 'yes the round one'],
    [207, 'l', "Line up today's date on the edge with the time you're observing, then hold it over your head with the direction you're facing at the bottom. The kit's guide booklet explains it on page 4, and there's a short how-to at skyandtelescope.org (search 'planisphere'). Does that make sense?"],
    [250, 'p', 'ohhh ok got it, thats all i needed'],
    [255, 'l', 'Wonderful, enjoy the kit! Thanks for chatting.'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '', pickedUpAt: at(30) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ASTRONOMY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('sixty-seventh round: astronomy clubs, telescopes and sky events, checked', () => {
  describeSessions('whole sessions', ASTRONOMY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ASTRONOMY.filter((c) => c.name in LEFT_WHY));
});
