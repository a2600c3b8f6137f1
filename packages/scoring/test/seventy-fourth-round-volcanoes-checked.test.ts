/**
 * Seventy-fourth round, theme VOLCANOES, EARTHQUAKES AND TSUNAMIS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: school projects (a 4th grader's Ring of Fire, a science fair's
 * USGS earthquake list in Excel, Krakatoa heard 3,000 miles away, the 2011 Japan tsunami for 6th grade, a baking-soda
 * volcano), preparedness (an earthquake kit in Spanish, ShakeAlert on an iPhone, volcanic ash from Mount Spurr, a tsunami
 * siren), fault lines and hazard zones near home (the Cascadia subduction zone from Astoria, a Puna lava zone by TMK,
 * lahars in Orting, the Wasatch fault in Holladay, liquefaction in Long Beach in Spanish, a Lincoln City tsunami zone,
 * New Madrid and Memphis), eruptions and quakes in history (Mount St. Helens in The Oregonian, its ashfall in Spokane,
 * Mount Hood in the 1780s, 1906 San Francisco photos, 1964 Alaska oral histories, Puerto Rico's 1918 San Fermín quake,
 * Yellowstone "overdue", Mount Mazama), USGS data ("Did You Feel It?" after a 3 am shake) and insurance and retrofits
 * (California Earthquake Authority, Earthquake Brace + Bolt and an Oakland permit, a Washington earthquake rider
 * dropped, an unreinforced brick rental). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s72/volcanoes-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've reached Ask a Librarian — I'm Priya at …" (01); Spanish "¡Buenos días! Le atiende
 *   Lucía, bibliotecaria de …" (02), "¡Hola! Soy Carmen, bibliotecaria …" (12), "¡Hola! Soy Gabriela …" (24); pickup at
 *   exactly 60 s with only the service named, "Hi there! You've reached Answerland, Oregon's statewide library chat."
 *   (03: pass); pickup at 61 s after a system "joined" line at 35 s (04: fail); `pickedUpAt` recorded at 52 s, first
 *   visible line at 75 s (14: pass); "Aloha and thanks for contacting …! This is Keoni." (04); "Hey there, Dwayne here —
 *   librarian at …" (05); a hold and a clarifying question first, the "hi! I'm Marcus" only in the third line (06: fail);
 *   "Hi there, welcome to SFPL's chat reference! My name is June." (17); a bilingual "¡Hola! Hi, I'm Miguel …" (19); no
 *   provider ever (26);
 *  inquiry: grade and reading level, household and pets, class or home, TMK or address, science or history, Oregon papers
 *   or national, magnitude floor, rental address, iPhone or Android, print or e-book, memoirs or oral histories, kids in
 *   the schools, crawl space and age, where the shaking was felt, street and neighbourhood, exact address, language and
 *   home county, kind of detail, house or condo, asthma, citation style, brick and age, book or websites, report or
 *   visit, deadline and format; "Do you own the house, or are you renting?" only inside the first source line (09: fail);
 *   a restatement with no question, "So you'd like to know whether Yellowstone is really 'overdue' …" (10: pass);
 *  waits: "bear with me while I set up the search" answered exactly 120 s later with the patron's "k" in between (07:
 *   pass); a patron's second question answered 125 s later with no hold (08: fail); a hold of 60 s with an internal note
 *   to a liaison (16); a transfer notice answered 125 s later by the receiver (30: fail) and 64 s later (15); a silent
 *   transfer, the receiver 75 s after the patron (05); "No rush, take your time." then the patron back 184 s later (17:
 *   waiting on the patron, pass); the patron's "hola?? alguien" before pickup (24);
 *  endings: a true Lost Call, "Are you still with me?" at 160 and "Looks like we've lost the connection … Please come
 *   back anytime!" at 345 (22: final idle 317 s); a Lost Call whose provider asked a clarifying question (substantive) and
 *   closed with "It seems you've disconnected. I'm going to end this session now." (23: no goodbye, final idle 213 s to
 *   `endedAt`); a Spanish Lost Call after two patron lines, "¿Sigue ahí?" and "Parece que se desconectó …" (24: 248 s);
 *   an offer of a NOAA report as the last line and 120 s to `endedAt` (13: final idle 126 s, no check-in: fail); only a
 *   disconnect notice with thanks at 330 (16: 220 s, no check-in: fail, notice: pass); "Are you still with me?" and a
 *   goodbye exactly 120 s after the last answer (21: pass, notice na); "Still there?" then "I'll go ahead and close this
 *   chat now. Thanks for stopping by …" exactly 180 s after it (29: check-in pass, nothing said of a disconnect: fail);
 *   "I've already answered your question and I need to keep the queue moving, so I'm going to end our chat here." then
 *   "thanks for nothing" and the patron gone (27: dismissal and courteous fail); "there are other people waiting for help
 *   right now. Please start a new chat later today …" to a rude patron (28: allowed); goodbyes "thanks for chatting with
 *   us!", "¡Con gusto! Que estén bien y gracias por usar nuestro servicio.", "Stay safe out there, bye!", "Mahalo for
 *   chatting …", "Good luck at the history fair, bye!", "Take care, and come back anytime!", "¡Qué bueno! Gracias por
 *   escribirnos …", "Sorry I couldn't do more today — thanks for chatting, and do come back."; patron-side "perfect,
 *   that's everything we needed!!", "no more q's", "thats all i need", "thats all", "that's all for now", "es todo lo
 *   que necesitaba", "es todo", "That's everything for now.", and "got it, installing now", "fine. whatever", "ugh" that
 *   do not count;
 *  sources: books in the catalogue and on Libby (Simon, Doughton, Tarshis), The Oregonian and Spokesman-Review archives
 *   with the menu steps, volcanoes.usgs.gov, earthquake.usgs.gov/earthquakes/search, usgs.gov pages, ready.gov/es,
 *   earthquakecountry.org, oregongeology.org, qpublic.net, earthquakeauthority.com, jukebox.uaf.edu, earthquakebracebolt
 *   .com, geology.utah.gov, redsismica.uprm.edu, insurance.wa.gov, volcano.si.edu, nps.gov, a CONTENTdm archive, referral
 *   phones only (14); none: the MyShake app named with no way to reach it and phone settings (11: fail);
 *  completeness: "Will those work for her project?", "Does that help calm things down a bit?", "Does that cover both
 *   parts of your question?", "¿Le sirve la página … mientras tanto?"; near misses: an offer of more books, "¿Quiere que
 *   le busque más libros …?" (12: fail), and of a report not yet given, "Would you like the NOAA tsunami report …?" (13:
 *   fail, and not an "anything else");
 *  referrals: the county emergency office and the school office, both by phone (14: pass); "Check with your insurance
 *   agent" with no contact (09: fail); the own library's History Center by floor, street address and e-mail (17: pass);
 *   the city's Planning & Building Department by its web page (15: pass); not referrals: agency pages (03, 08, 16: "Did
 *   You Feel It?"), a science liaison consulted (16), the patron's library's genealogy team asked to call (19);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 71 h 46 m written in UTC ("…Z") (18: pass); FU_LIB
 *   in Spanish, phone typed with spaces and read back with dashes, "en un plazo de 72 horas", done at 73 h (19: fail); a
 *   promise to e-mail "by tomorrow evening", e-mail read back, coded Answered (20: code fails, contact passes, on_time
 *   pending at day 1); FU_ME, "e-mail it to the address on your library account by Wednesday" with the e-mail only in the
 *   patron field (21: code passes, contact fails, done in 20 h);
 *  codes: a true Lost Call (22); a Lost Call with a clarifying question, one patron line (23: pass); a Lost Call after
 *   two patron lines (24: fail); Practice (25); the field left out (26: na); "" (29);
 *  transfers: a notice (a hold) and an internal note that says why, before the transfer (15: pass); a note that says why
 *   and no word to the patron (05: fail); a notice and no note (30: fail);
 *  concurrency: one chat ending at the start, two overlapping, one starting at `endedAt` (07: three at most, pass); three
 *   others open through the session (14: four, fail); the transferring provider's three others all opening after the
 *   transfer (15: pass over the part Hugo handled); the receiver's three others open after the transfer (05: fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones ("¡Buenos días! Le atiende Lucía, bibliotecaria",
 *   02, 12, 24); "Aloha" greets (04); "Hey there" greets (05); the service's name alone in the text identifies who is
 *   answering (03: "You've reached Answerland …"); "SFPL's chat reference" names the library (17);
 * - a system "joined" line is not `pickedUpAt` (a transcript field) nor a visible provider message: pickup is the first
 *   visible line at 61 s (04: fail); a recorded `pickedUpAt` is the pickup even when the first visible line comes later
 *   (14: 52 s, pass);
 * - a question inside the first message that gives a source is not "before" that message (09: clarify fails);
 * - "So you'd like to know whether Yellowstone is really 'overdue' and how likely an eruption is" restates the question
 *   (10: pass with no question asked);
 * - "download the MyShake app" names an app with no way to reach it, and "Settings > Notifications" on a phone is not a
 *   web page: no source (11), but it is an answer, so "Did that help?" after it is the completeness question (pass);
 * - "¿Quiere que le busque más libros infantiles …?" and "Would you like the NOAA tsunami report … as well?" offer more,
 *   they do not ask whether what was given meets the need, and the second is about a given thing, not "anything else"
 *   (12, 13);
 * - "no more q's" is "no more questions" (03); "that's all for now", "thats all", "es todo" say the patron is done (09, 06,
 *   19);
 * - "Check with your insurance agent about what your current policy excludes" tells the patron to ask a person outside
 *   the chat: a referral, and no way to reach the agent is given (09: fail);
 * - "your library has a genealogy team … — I'll ask them to call you" is staff contacted on the patron's behalf and a
 *   promise that someone will contact the patron: a follow-up session, not a referral (19); "Our science liaison confirms
 *   it" likewise (16);
 * - the USGS "Did You Feel It?" form at earthquake.usgs.gov/dyfi is a web page to use, not an instruction to write to the
 *   USGS (16: referral na);
 * - a clarifying question is a substantive exchange even when the patron never answers it: the Lost Call of 23 gets the
 *   information checks (clarify passes, as no source is ever given; source, completeness, anything-else fail);
 * - "It seems you've disconnected. I'm going to end this session now." thanks no one and invites no one back: not a
 *   goodbye, so the final idle of 23 runs to `endedAt` and courteous fails;
 * - "I'll go ahead and close this chat now. Thanks for stopping by …" is a goodbye that announces the end but does not
 *   say the patron seems to have disconnected; "Still there?" asks and does not tell: no disconnect notice (29);
 * - "I'll also put together a list … and e-mail it … by Wednesday" is a promise, not a hold; the patron wrote once more
 *   after it, so the final idle of 21 starts at "In the meantime, does the Commissioner's page help at all?" either way;
 * - "I've already answered your question and I need to keep the queue moving, so I'm going to end our chat here." ends
 *   the help for the provider's convenience with no way back (27: fail); "there are other people waiting … Please start
 *   a new chat later today" is the allowed form (28);
 * - a follow-up recorded as "2026-03-05T14:50:00Z" is compared in elapsed time with an end written at -05:00 (18).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (11 info.source, 20 followup.completeness, 27 closing.no_dismissal). Label
 * corrections: none (each disagreement reread against RUBRIC.md; the label stands by its text).
 * Final: 27 running, 3 LEFT (LEFT_WHY: 11, 20, 27, each with its reason).
 * Every timing check (pickup at 60 and 61 s, a "joined" line, `pickedUpAt` before the first line, no provider;
 * keep_informed at exactly 120 s across a patron line, at 125 s with and without a hold, across a silent transfer and
 * "take your time"; final idles of 126, 120, 180, 213, 220, 248 and 317 s; concurrency at four, at touching ends and
 * split at a transfer both ways; on_time done at 20 h, at 71 h 46 m written in UTC, at 73 h, pending at day 1) scored as
 * labelled on the first run, and the redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running, 3 through describeLeft). `npx tsc -p
 * tsconfig.json --noEmit`: no error in this file.
 * ON v67 (block AG8, AG1, AG2): cases 11 ("Settings > Notifications"), 20 ("the kind of detail you need?") and 27 ("I need to
 *   keep the queue moving, so I'm going to end our chat here.") run, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n: number): Line => [sec, 's', `Thanks for your patience. You are number ${n} in line for the next available librarian.`];

const PRIYA: Prov = { id: 'priya-vq', name: 'Priya', library: 'SPL' };
const LUCIA: Prov = { id: 'lucia-vq', name: 'Lucía', library: 'LAPL' };
const ANSWERLAND: Prov = { id: 'answerland-vq', name: 'Answerland', library: 'ANSWERLAND-OR' };
const KEONI: Prov = { id: 'keoni-vq', name: 'Keoni', library: 'HSPLS' };
const DWAYNE: Prov = { id: 'dwayne-vq', name: 'Dwayne', library: 'MPL-TN' };
const BETH: Prov = { id: 'beth-vq', name: 'Beth', library: 'MPL-TN' };
const MARCUS: Prov = { id: 'marcus-vq', name: 'Marcus', library: 'MCL-OR' };
const NOOR: Prov = { id: 'noor-vq', name: 'Noor', library: 'KCLS' };
const ELLA: Prov = { id: 'ella-vq', name: 'Ella', library: 'NPL-OR' };
const OWEN: Prov = { id: 'owen-vq', name: 'Owen', library: 'SACPL' };
const TESSA: Prov = { id: 'tessa-vq', name: 'Tessa', library: 'BPL-MT' };
const RAFA: Prov = { id: 'rafa-vq', name: 'Rafa', library: 'SJPL' };
const CARMEN: Prov = { id: 'carmen-vq', name: 'Carmen', library: 'ABCL' };
const FIONA: Prov = { id: 'fiona-vq', name: 'Fiona', library: 'APL-AK' };
const GRACE: Prov = { id: 'grace-vq', name: 'Grace', library: 'PCLS' };
const HUGO: Prov = { id: 'hugo-vq', name: 'Hugo', library: 'ASKNOW-CA' };
const INES: Prov = { id: 'ines-vq', name: 'Ines', library: 'OPL' };
const IRIS: Prov = { id: 'iris-vq', name: 'Iris', library: 'BERK' };
const JUNE: Prov = { id: 'june-vq', name: 'June', library: 'SFPL' };
const KIRA: Prov = { id: 'kira-vq', name: 'Kira', library: 'SLCOLIB' };
const MIGUEL: Prov = { id: 'miguel-vq', name: 'Miguel', library: 'ASKFL' };
const LENA: Prov = { id: 'lena-vq', name: 'Lena', library: 'DPL-OR' };
const NATE: Prov = { id: 'nate-vq', name: 'Nate', library: 'TPL-WA' };
const WES: Prov = { id: 'wes-vq', name: 'Wes', library: 'KRL' };
const ZOE: Prov = { id: 'zoe-vq', name: 'Zoe', library: 'PPL-AK' };
const GABRIELA: Prov = { id: 'gabriela-vq', name: 'Gabriela', library: 'LBPL' };
const TRAINEE: Prov = { id: 'trainee-vq', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-vq', name: 'Queue', library: 'VRQ' };
const PAUL: Prov = { id: 'paul-vq', name: 'Paul', library: 'SPL-WA' };
const QUINN: Prov = { id: 'quinn-vq', name: 'Quinn', library: 'FVRL' };
const RUTH: Prov = { id: 'ruth-vq', name: 'Ruth', library: 'VCL' };
const YUSUF: Prov = { id: 'yusuf-vq', name: 'Yusuf', library: 'SNOISLE' };
const KIM: Prov = { id: 'kim-vq', name: 'Kim', library: 'SNOISLE' };

const s = session;

export const VOLCANOES: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Ring of Fire for a 4th grader: "you\'ve reached Ask a Librarian — I\'m Priya", reading level asked, a book + volcanoes.usgs.gov, "that\'s everything we needed"', [
    [0, 'p', 'hi! my daughter has a 4th grade project on the ring of fire and we need books or websites pls'],
    [24, 'l', "Good morning, you've reached Ask a Librarian — I'm Priya at The Seattle Public Library."],
    [30, 'l', 'Does she need sources she can read on her own, or is this more for you to read with her?'],
    [75, 'p', 'on her own, she reads pretty well'],
    [82, 'l', 'Two good ones: "Volcanoes" by Seymour Simon (we have several copies in our catalog) and the USGS Volcano Hazards Program, which has kid-friendly explainers and photos at volcanoes.usgs.gov.'],
    [88, 'l', 'Will those work for her project?'],
    [130, 'p', "yes perfect, that's everything we needed!!"],
    [136, 'l', 'Wonderful — good luck to her, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish: an earthquake kit for an apartment
  s(LUCIA, '02 mochila de emergencia para terremotos (Spanish): "¡Buenos días! Le atiende Lucía, bibliotecaria", household asked, ready.gov/es/kit + earthquakecountry.org', [
    [0, 'p', 'buenas, que debo poner en una mochila de emergencia para terremotos? vivimos en un apartamento'],
    [28, 'l', '¡Buenos días! Le atiende Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [34, 'l', '¿Cuántas personas viven en el apartamento, y tienen mascotas o alguien que tome medicinas?'],
    [90, 'p', 'somos 4, mi mamá toma medicina para la presión y tenemos un perro'],
    [97, 'l', 'Le recomiendo la lista de Ready.gov en español: ready.gov/es/kit. Incluya agua para 3 días (un galón por persona al día), comida, linterna, radio de pilas y copias de las recetas de su mamá. Para el perro hay una sección de mascotas en la misma página. La Earthquake Country Alliance tiene además la guía «Siete pasos para la seguridad sísmica» en earthquakecountry.org/espanol.'],
    [103, 'l', '¿Esto responde a su pregunta?'],
    [150, 'p', 'si muy bien'],
    [155, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [180, 'p', 'no gracias'],
    [185, 'l', '¡Con gusto! Que estén bien y gracias por usar nuestro servicio.'],
  ], usual()),

  // 03 pickup at exactly 60 s; the service names itself
  s(ANSWERLAND, '03 Cascadia subduction zone from Astoria: pickup at exactly 60 s, "You\'ve reached Answerland" (service only), oregongeology.org + a Libby e-book, "no more q\'s"', [
    [0, 'p', 'what is the cascadia subduction zone and how big could the earthquake be'],
    [60, 'l', "Hi there! You've reached Answerland, Oregon's statewide library chat."],
    [66, 'l', 'Is this for a class, or are you asking about how it could affect where you live?'],
    [110, 'p', "both kinda. im in astoria and we're doing a unit on it"],
    [117, 'l', "It's the 700-mile fault where the Juan de Fuca plate slides under North America, and it can produce a magnitude 9. The Oregon Department of Geology and Mineral Industries explains it at oregongeology.org/tsuclearinghouse, with Astoria's tsunami evacuation map on the same site. For reading, Full-Rip 9.0 by Sandi Doughton is very readable and is on Libby as an e-book."],
    [123, 'l', 'Did that help?'],
    [170, 'p', "ya thx! no more q's"],
    [175, 'l', 'Stay safe out there, bye!'],
  ], usual()),

  // 04 pickup at 61 s after a system "joined" line at 35 s
  s(KEONI, '04 lava zone of a house in Puna: "joined" at 35 s, first line at 61 s, TMK asked, USGS hazard zone map steps + qpublic.net', [
    [0, 'p', "aloha, we're looking at buying a house in puna. how do i find out what lava zone it's in?"],
    [35, 's', 'Keoni has joined the chat.', sys('joined')],
    [61, 'l', 'Aloha and thanks for contacting the Hawaii State Public Library System! This is Keoni.'],
    [67, 'l', 'Do you have the street address or the TMK number for the property?'],
    [110, 'p', 'i have the TMK'],
    [116, 'l', "Then start with the USGS lava-flow hazard zone map: at volcanoes.usgs.gov go to Hawaiian Volcano Observatory > Hazards > Lava Flow Hazard Zone Maps. The county's property search at qpublic.net/hi/hawaii (search by TMK) shows the parcel so you can match it to the zone. Does that answer your question?"],
    [160, 'p', 'yes thank you so much'],
    [165, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'no thats all mahalo'],
    [194, 'l', 'Mahalo for chatting, and good luck with the house!'],
  ], usual({ pickup: 'fail' })),

  // 05 a silent transfer with a note that says why; the receiver over the limit after it
  s(DWAYNE, '05 quakes felt in Memphis for a newsletter: internal note why, silent transfer to Beth at 84, Beth at 150 with a digital archive; Beth has three others open after the transfer', [
    [0, 'p', 'how close is the new madrid fault to memphis and has the city ever been hit hard? writing something for my neighborhood newsletter'],
    [24, 'l', 'Hey there, Dwayne here — librarian at Memphis Public Libraries.'],
    [30, 'l', 'Are you after the science (distance, risk) or the local history of quakes felt here, or both?'],
    [75, 'p', 'mostly the history part'],
    [80, 'i', 'Beth — newsletter writer wants the history of quakes felt in Memphis (1843, 1895, New Madrid). Your clipping files would cover it, can you take this one?'],
    xfer(84, 'Beth', 'beth-vq'),
    [150, 'l', "Hi, Beth from the Memphis and Shelby County Room here! The big 1811-1812 New Madrid quakes came before Memphis was founded, but the 1843 and 1895 shocks were felt hard here. Our Dig Memphis archive at memphislibrary.contentdm.oclc.org has newspaper clippings on both.", as(BETH)],
    [156, 'l', 'Is that the sort of history you had in mind?', as(BETH)],
    [200, 'p', 'perfect actually. thats all i need'],
    [206, 'l', 'Great — thanks for chatting, and good luck with the newsletter!', as(BETH)],
  ], usual({ concurrency: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [other('d1', 'dwayne-vq', -100, 60), other('b1', 'beth-vq', 50, 300), other('b2', 'beth-vq', 60, 400), other('b3', 'beth-vq', 100, 250)],
  }),

  // 06 the greeting only in the third line
  s(MARCUS, '06 Mount St. Helens in The Oregonian: "one sec, reading your question", a question, then "hi! I\'m Marcus" third; database with menu steps', [
    [0, 'p', 'I need newspaper articles from the day Mt St Helens erupted in 1980, for a history fair project'],
    [18, 'l', 'one sec, reading your question'],
    [26, 'l', 'Do you need the Oregon papers specifically, or would national coverage work too?'],
    [60, 'p', 'oregon would be best. portland'],
    [64, 'l', "Sorry, I skipped my manners — hi! I'm Marcus, a librarian at Multnomah County Library."],
    [70, 'l', 'The Oregonian Historical Archive (1861-1987) is one of our databases: multcolib.org > Research > Newspapers & Magazines > The Oregonian Historical Archive. Search May 18-20, 1980; you log in with your library card.'],
    [76, 'l', 'Does that get you what you need?'],
    [120, 'p', 'yes!! thanks, thats all'],
    [125, 'l', 'Good luck at the history fair, bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 a hold answered exactly 120 s later; three at most, touching ends
  s(NOOR, '07 Washington earthquakes to Excel for a science fair: "bear with me" at 76, patron "k" at 110, steps at 196 (exactly 120 s); three at most with touching ends', [
    [0, 'p', 'how do i download a list of all the earthquakes in washington state for the last 10 yrs? science fair'],
    [20, 'l', "Hello! I'm Noor, a librarian with King County Library System."],
    [26, 'l', 'What magnitude and up do you want — every tiny one, or say 2.5 and bigger?'],
    [70, 'p', '2.5 and bigger. and i need it in excel'],
    [76, 'l', 'Good — bear with me while I set up the search so I can give you the exact steps.'],
    [110, 'p', 'k'],
    [196, 'l', 'Here you go: open earthquake.usgs.gov/earthquakes/search, set Magnitude to 2.5+, the dates to 2016-2026, draw a box around Washington under Geographic Region, and under Output Options choose CSV. Excel opens the CSV file.'],
    [202, 'l', 'Did that work for you?'],
    [260, 'p', 'omg it worked, 1,400 something rows lol. thats all i needed thx'],
    [266, 'l', 'Nice! Good luck with the science fair — thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'noor-vq', -500, 0), other('n2', 'noor-vq', -60, 150), other('n3', 'noor-vq', 100, 400), other('n4', 'noor-vq', 271, 600)],
  }),

  // 08 a second question answered 125 s later with no hold
  s(ELLA, '08 tsunami zone of a Lincoln City rental: oregongeology.org maps, the patron\'s second question at 140 answered at 265 with no hold (125 s)', [
    [0, 'p', 'renting a beach house in lincoln city next month, is it in a tsunami zone?? how would we even know'],
    [22, 'l', 'Hi, welcome! This is Ella at Newport Public Library.'],
    [28, 'l', 'Do you have the rental\'s address handy?'],
    [70, 'p', 'yes 1200 block of SW 51st st'],
    [77, 'l', "Oregon's tsunami evacuation maps are at oregongeology.org/tsuclearinghouse: choose Lincoln City and zoom to the street. Orange is the zone to leave for a local Cascadia tsunami; yellow is for a distant one."],
    [83, 'l', 'Does that answer your question?'],
    [140, 'p', 'its in the yellow part. what does that mean and what do we do if the ground shakes'],
    [265, 'l', "Yellow means you'd only have to leave for a distant tsunami, which comes with hours of warning and official alerts. But if you feel strong shaking at the coast, don't wait for a siren: drop, cover and hold on, then walk inland or uphill as soon as it stops. The same site has a printable brochure, Tsunami Preparedness in Oregon."],
    [271, 'l', 'Is that clear enough?'],
    [300, 'p', 'yes thanks, thats everything'],
    [305, 'l', 'Enjoy the coast, and thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 the only question inside the first source line; a referral to "your insurance agent"
  s(OWEN, '09 earthquake insurance in Sacramento: earthquakeauthority.com with "Do you own the house, or are you renting?" in the same line, "Check with your insurance agent" (no contact)', [
    [0, 'p', 'is earthquake insurance worth it in sacramento? my regular homeowners doesnt cover it right?'],
    [25, 'l', 'Good afternoon! Owen here, reference librarian at Sacramento Public Library.'],
    [31, 'l', 'Right — standard homeowners policies exclude earthquake damage. The California Earthquake Authority explains its policies and has a premium calculator at earthquakeauthority.com. Do you own the house, or are you renting?'],
    [80, 'p', 'own it, built 1962'],
    [86, 'l', "For a house that age the CEA gives a discount if it's been retrofitted (bolted to the foundation, cripple walls braced). Check with your insurance agent about what your current policy excludes and what each deductible choice would cost you."],
    [92, 'l', 'Does that help you weigh it?'],
    [140, 'p', "yes, thanks. that's all for now"],
    [146, 'l', "You're welcome! Bye for now."],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 10 a restatement, no question
  s(TESSA, '10 Yellowstone "overdue" (anxious teen): "So you\'d like to know whether …" restated, no question, usgs.gov/volcanoes/yellowstone', [
    [0, 'p', 'is yellowstone going to erupt soon?? i saw a tiktok that said its overdue and we live in bozeman and im kind of freaking out'],
    [16, 'l', "Hi! I'm Tessa, a librarian at Bozeman Public Library. That sounds scary — let's look at what the scientists actually say."],
    [24, 'l', "So you'd like to know whether Yellowstone is really \"overdue\" and how likely an eruption is in our lifetime."],
    [60, 'p', 'yes'],
    [68, 'l', "The Yellowstone Volcano Observatory, part of the USGS, says it isn't overdue — volcanoes don't erupt on a schedule — and puts the yearly chance of a huge caldera eruption at about 1 in 730,000. Their FAQ and monthly updates are at usgs.gov/volcanoes/yellowstone."],
    [74, 'l', 'Does that help calm things down a bit?'],
    [120, 'p', 'ok yeah. that tiktok was dumb lol. thank u'],
    [126, 'l', 'Not dumb to ask! Is there anything else on your mind?'],
    [150, 'p', 'no im good'],
    [155, 'l', 'Take care, and come back anytime!'],
  ], usual()),

  // 11 an app named with no way to reach it: no source
  s(RAFA, '11 quake warnings on an iPhone: "download the MyShake app" + Settings > Notifications, no way to reach it (no source), "Did that help?"', [
    [0, 'p', 'is there a way to get earthquake warnings on my phone before the shaking starts?'],
    [21, 'l', "Hello, you're chatting with Rafa, a librarian at San José Public Library."],
    [27, 'l', 'Is it an iPhone or an Android?'],
    [55, 'p', 'iphone'],
    [61, 'l', "Download the MyShake app — it's free and sends ShakeAlert warnings for California a few seconds before the shaking reaches you. Also turn on Emergency Alerts in Settings > Notifications."],
    [67, 'l', 'Did that help?'],
    [100, 'p', 'got it, installing now'],
    [106, 'l', 'Anything else I can help with?'],
    [125, 'p', "no that's it"],
    [130, 'l', 'Thanks for chatting, stay safe!'],
  ], usual({ source: 'fail' })),

  // 12 Spanish: an offer of more books, no completeness question
  s(CARMEN, '12 libro de volcanes para un niño de 7 años (Spanish): print or e-book asked, a catalogue book, "¿Quiere que le busque más libros …?" (an offer), "es todo lo que necesitaba"', [
    [0, 'p', 'hola, busco un libro sobre volcanes para mi hijo de 7 años, en español si hay'],
    [30, 'l', '¡Hola! Soy Carmen, bibliotecaria de la Biblioteca de Albuquerque y el Condado de Bernalillo.'],
    [36, 'l', '¿Lo prefiere impreso para llevar a casa, o le sirve un libro electrónico?'],
    [80, 'p', 'impreso porfa'],
    [88, 'l', 'En el catálogo tenemos «Volcanes» de Seymour Simon en español, con fotos muy grandes; hay 3 copias disponibles en la sucursal Main.'],
    [94, 'l', '¿Quiere que le busque más libros infantiles sobre el tema?'],
    [140, 'p', 'no está bien así, gracias. es todo lo que necesitaba'],
    [146, 'l', '¡Qué bueno! Gracias por escribirnos, que lo disfruten.'],
  ], usual({ complete: 'fail' })),

  // 13 an offer as the last line, then 120 s to the end: final idle 126 s, no check-in
  s(FIONA, '13 1964 Alaska quake oral histories: jukebox.uaf.edu, "Would you like the NOAA tsunami report …?" last at 74, ended at 194 (final idle 126 s)', [
    [0, 'p', 'where can i find firsthand accounts of the 1964 good friday earthquake in anchorage'],
    [24, 'l', "Hi, this is Fiona at Anchorage Public Library's Ask a Librarian."],
    [30, 'l', 'Are you after written memoirs, or would recorded oral histories be OK too?'],
    [62, 'p', 'oral histories would be awesome'],
    [68, 'l', 'UAF\'s Project Jukebox has dozens of recorded interviews about it at jukebox.uaf.edu (search "1964 earthquake"). Our Alaska Collection also has the National Academy of Sciences volumes, The Great Alaska Earthquake of 1964.'],
    [74, 'l', 'Would you like the NOAA tsunami report on Seward and Valdez as well?'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail' }), { endAfter: 120 }),

  // 14 pickedUpAt before the first line; two referrals by phone; four at once
  s(GRACE, '14 lahar routes in Orting: pickedUpAt 52 s, first line 75 s, county emergency office and school office by phone, three others open (four at once)', [
    [0, 'p', "we just moved to orting and a neighbor said something about lahars from mt rainier?? what's the evacuation route"],
    [75, 'l', "Hi, welcome to Pierce County Library's Ask a Librarian! Grace here, sorry for the short wait."],
    [81, 'l', 'Do you have kids in the Orting schools? They run their own lahar walkout drills, so I can include that.'],
    [125, 'p', 'yes 2 at the elementary'],
    [132, 'l', "For the official routes, call Pierce County Emergency Management at 253-555-0149 — they'll send you the Orting evacuation map and tell you how to sign up for alerts. For the school's walkout drill, call the elementary office at 360-555-0183."],
    [138, 'l', 'Is that what you were looking for?'],
    [185, 'p', 'yes, kind of scary but thank you'],
    [191, 'l', 'It is a lot to take in. Anything else I can help with today?'],
    [215, 'p', 'nope, thats all'],
    [220, 'l', 'Take care, and thanks for reaching out — bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), { pickedUpAt: at(52) }, {
    otherIntervals: [other('g1', 'grace-vq', -200, 300), other('g2', 'grace-vq', 20, 250), other('g3', 'grace-vq', 40, 500)],
  }),

  // 15 a transfer with a notice and a note that says why; the transferring provider's others open only after it
  s(HUGO, '15 Brace + Bolt and an Oakland permit: transfer notice at 86 + note why, Ines at 150 with earthquakebracebolt.com and the city\'s retrofit page; Hugo\'s three others all open after the transfer', [
    [0, 'p', 'hi, how do i apply for that brace and bolt grant for my house in oakland? and do i need a permit'],
    [23, 'l', 'Hello! Hugo here, a librarian with the statewide Ask Now chat.'],
    [29, 'l', 'Is your house on a raised foundation with a crawl space, and do you know roughly when it was built?'],
    [80, 'p', '1920s, yes crawlspace'],
    [86, 'l', "Thanks! An Oakland librarian who knows the city's permit process is online, so I'm transferring you to Ines at Oakland Public Library. One moment."],
    [89, 'i', 'Ines — Oakland homeowner, 1920s cripple-wall house, wants the Brace + Bolt grant and the city retrofit permit. Local permit question, can you take it?'],
    xfer(92, 'Ines', 'ines-vq'),
    [150, 'l', "Hi, Ines at Oakland Public Library! Registration for the grant opens each fall at earthquakebracebolt.com, and homes are picked by lottery. For the permit, contact the city's Planning & Building Department; its seismic retrofit page is oaklandca.gov/topics/seismic-retrofit and lists how to reach the permit center.", as(INES)],
    [156, 'l', 'Does that cover both parts of your question?', as(INES)],
    [200, 'p', 'yes! thank you both'],
    [205, 'l', 'Is there another question I can take for you?', as(INES)],
    [225, 'p', 'no thats all'],
    [229, 'l', 'Good luck with the retrofit — thanks for chatting!', as(INES)],
  ], usual({ referral: 'pass', transfer: 'pass' }), {}, {
    otherIntervals: [other('h1', 'hugo-vq', 95, 400), other('h2', 'hugo-vq', 100, 500), other('h3', 'hugo-vq', 120, 300), other('i1', 'ines-vq', -50, 120)],
  }),

  // 16 "Did You Feel It?" (a source), a liaison consulted; only a disconnect notice with thanks
  s(IRIS, '16 shaking at 3 am in Berkeley: hold at 50, liaison consulted, earthquake.usgs.gov/dyfi at 110, notice + thanks at 330 (final idle 220 s, no check-in)', [
    [0, 'p', 'did anyone else feel that shaking around 3am?? how do i report it'],
    [18, 'l', "Hi, I'm Iris, a librarian at Berkeley Public Library."],
    [24, 'l', 'Were you in Berkeley when you felt it?'],
    [45, 'p', 'yeah north berkeley'],
    [50, 'l', 'Let me check what was recorded, one moment.'],
    [72, 'i', 'Sam, anything logged for a ~3am quake near Berkeley last night?'],
    [110, 'l', 'Our science liaison confirms it: a magnitude 3.6 on the Hayward Fault at 3:04 am, centered near Piedmont. You can report what you felt on the USGS "Did You Feel It?" form at earthquake.usgs.gov/dyfi; the reports help them map the shaking.'],
    [116, 'l', 'Does that answer your question?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to close this chat. Thanks for the question, and stay safe!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 "take your time" (waiting on the patron); the own library's History Center by address and e-mail
  s(JUNE, '17 1906 earthquake photos of a Mission street: "No rush, take your time." then 184 s away, sfpl.org/sfphotos, History Center by floor, address and e-mail', [
    [0, 'p', 'im looking for photos of my great grandparents street after the 1906 earthquake, is there somewhere to look'],
    [26, 'l', "Hi there, welcome to SFPL's chat reference! My name is June."],
    [32, 'l', 'Which street, and do you know the neighborhood?'],
    [60, 'p', 'hang on let me find the address my aunt sent'],
    [66, 'l', 'No rush, take your time.'],
    [250, 'p', 'ok its 18th street near Dolores, mission district'],
    [258, 'l', 'Our San Francisco Historical Photograph Collection is searchable at sfpl.org/sfphotos — try "18th Street" and "1906". For prints that aren\'t online, contact the San Francisco History Center on the 6th floor of the Main Library, 100 Larkin Street, or e-mail them at historycenter@sfpl.org.'],
    [264, 'l', 'Is that the kind of thing you were hoping for?'],
    [300, 'p', 'yes amazing thank you!!'],
    [304, 'l', 'Happy hunting! Anything else?'],
    [330, 'p', "no that's everything"],
    [334, 'l', 'Thanks for chatting with SFPL, bye!'],
  ], usual({ referral: 'pass' })),

  // 18 follow-up by me, e-mail read back, "by Friday", done at 71 h 46 m recorded in UTC
  s(KIRA, '18 Wasatch fault near a Holladay house (follow-up by me): geology.utah.gov hazards portal, e-mail typed and read back, "by Friday", done "2026-03-05T14:50:00Z"', [
    [0, 'p', "hi, we're buying a house in holladay and i want to know if it's near the wasatch fault or in a liquefaction zone. can you find that?"],
    [30, 'l', 'Good morning! This is Kira, a reference librarian with Salt Lake County Library.'],
    [36, 'l', 'Do you have the exact address? The hazard maps go parcel by parcel.'],
    [80, 'p', '4700 S Holladay Blvd'],
    [87, 'l', "Thanks. The Utah Geological Survey's Geologic Hazards Portal at geology.utah.gov/apps/hazards lets you type the address and turn on the fault and liquefaction layers. I'd also like to check the county's surface fault rupture study for that block and send you what I find. Can I e-mail it?"],
    [140, 'p', 'sure, dan.whitlock@example.com'],
    [147, 'l', "Got it: dan.whitlock@example.com. I'll e-mail you the study pages by Friday."],
    [153, 'l', 'Does the portal help for now?'],
    [200, 'p', 'yes, the fault line is like 2 blocks away yikes'],
    [206, 'l', "That's why the study is worth a look. Anything else today?"],
    [230, 'p', 'no thats all, thank you'],
    [235, 'l', "You're welcome — thanks for using Ask a Librarian!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T14:50:00Z' }] }, { now: T0 + 5 * DAY }),

  // 19 partly Spanish; follow-up by the patron's library, phone read back, done at 73 h
  s(MIGUEL, '19 1918 San Fermín quake for abuela\'s story (partly Spanish, follow-up by patron\'s library): redsismica.uprm.edu, genealogy team to call, phone read back, "en un plazo de 72 horas", done at 73 h', [
    [0, 'p', "hola, i need help finding info about the 1918 earthquake and tsunami in puerto rico for my abuela's story, she was born in aguadilla"],
    [27, 'l', "¡Hola! Hi, I'm Miguel, a librarian with Florida's Ask a Librarian service."],
    [33, 'l', '¿Prefiere inglés o español? And which county is your library card from?'],
    [80, 'p', 'spanish or english both fine. orange county, orlando'],
    [88, 'l', 'Perfecto. La Red Sísmica de Puerto Rico tiene una página sobre el terremoto de San Fermín de 1918 en redsismica.uprm.edu (busque «1918»). For newspapers of the time, your Orange County Library System has a genealogy team who can search the Puerto Rico papers with you — I\'ll ask them to call you. ¿Cuál es su número de teléfono?'],
    [130, 'p', '407 555 0172'],
    [137, 'l', 'Gracias — 407-555-0172. Alguien del equipo de genealogía le llamará en un plazo de 72 horas.'],
    [143, 'l', '¿Le sirve la página de la Red Sísmica mientras tanto?'],
    [190, 'p', 'si, gracias. es todo'],
    [196, 'l', '¡Con mucho gusto! Thanks for using Ask a Librarian.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 a promise to e-mail "by tomorrow evening", coded Answered
  s(LENA, '20 Mount Hood in the 1780s for a novel: usgs.gov page, "I\'ll … e-mail you a short reading list by tomorrow evening", e-mail read back, coded Answered', [
    [0, 'p', "Hello, I'm writing a novel set in the 1780s near Mount Hood. Was it erupting then? I need details on what people would have seen."],
    [22, 'l', "Hi, and thanks for writing in! I'm Lena, a librarian at Deschutes Public Library."],
    [28, 'l', 'What kind of detail matters most — the eruption itself, or how the river communities described it?'],
    [75, 'p', 'both, but mostly what it looked like'],
    [82, 'l', "Yes — Mount Hood's Old Maid eruptive period ran from about 1781 to 1793. The USGS Cascades Volcano Observatory page (usgs.gov/volcanoes/mount-hood) describes the lava dome collapses and the lahars down the Sandy River. I'll dig further in our history databases and e-mail you a short reading list by tomorrow evening. What's the best e-mail?"],
    [130, 'p', 'ruthanne.k@example.org, thank you!'],
    [136, 'l', 'Perfect, ruthanne.k@example.org it is.'],
    [142, 'l', 'Is the USGS page the kind of detail you need?'],
    [180, 'p', "Yes, the lahars are perfect for a scene. That's everything for now."],
    [186, 'l', 'Wonderful. Thanks for chatting, and happy writing!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 21 follow-up by me to the e-mail on file only; check-in and goodbye: final idle exactly 120 s
  s(NATE, '21 earthquake rider dropped in Tacoma (upset patron, follow-up by me): "e-mail it to the address on your library account by Wednesday", e-mail only in the patron field; check-in at 170, goodbye at 226 (final idle 120 s)', [
    [0, 'p', 'my insurance company just dropped my earthquake rider after 12 years with no explanation. this is ridiculous. who even sells it in washington now'],
    [20, 'l', "Hi, Nate here at Tacoma Public Library. Sorry, that's really frustrating."],
    [26, 'l', 'Is it a house or a condo? Some insurers only write one or the other.'],
    [70, 'p', 'house. on the tideflats side if that matters'],
    [78, 'l', 'It may — parts of the Tideflats are mapped as high liquefaction risk, which insurers weigh. The Insurance Commissioner\'s consumer page on earthquake coverage is at insurance.wa.gov (search "earthquake insurance"). I\'ll also put together a list of companies still writing earthquake policies for houses in Washington and e-mail it to the address on your library account by Wednesday.'],
    [100, 'p', 'fine. whatever'],
    [106, 'l', "In the meantime, does the Commissioner's page help at all?"],
    [170, 'l', 'Are you still with me?'],
    [226, 'l', "I'll send that list as promised. Thanks for contacting us, take care!"],
  ], usual({ anything: 'fail', idle: 'pass', contact: 'fail', onTime: 'pass' }), {
    ...FU_ME, patron: { name: 'R. Osei', email: 'r.osei@example.com', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }, { now: T0 + 3 * DAY }),

  // 22 a true Lost Call
  s(WES, '22 tsunami siren chimes (Lost Call): greeting only, "Are you still with me?" at 160, "Looks like we\'ve lost the connection … Please come back anytime!" at 345', [
    [0, 'p', 'what does the tsunami siren mean when it plays westminster chimes'],
    [28, 'l', "Hi! Thanks for contacting Kitsap Regional Library — I'm Wes. How can I help today?"],
    [160, 'l', 'Are you still with me?'],
    [345, 'l', "Looks like we've lost the connection, so I'll close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 a Lost Call whose provider asked a clarifying question; notice with no goodbye
  s(ZOE, '23 ash from Mount Spurr (Lost Call, one patron line): a clarifying question never answered, "Hi, are you still there?" at 140, "It seems you\'ve disconnected. I\'m going to end this session now." at 230', [
    [0, 'p', 'is volcanic ash from spurr dangerous to breathe'],
    [22, 'l', 'Hello, this is Zoe at Palmer Public Library.'],
    [28, 'l', 'Are you asking for yourself, or for someone with asthma or another lung condition?'],
    [140, 'l', 'Hi, are you still there?'],
    [230, 'l', "It seems you've disconnected. I'm going to end this session now."],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 24 Spanish: Lost Call after two patron lines
  s(GABRIELA, '24 zona de licuefacción en Long Beach (Spanish, Lost Call after two patron lines): greeting, hold, "¿Sigue ahí?" at 175, "Parece que se desconectó … ¡Gracias …!" at 300', [
    [0, 'p', 'hola mi casa esta en zona de licuefaccion? vivo en long beach'],
    [35, 'p', 'hola?? alguien'],
    [52, 'l', '¡Hola! Soy Gabriela, bibliotecaria de la Biblioteca Pública de Long Beach.'],
    [58, 'l', 'Deme un momento mientras busco el mapa de su zona.'],
    [175, 'l', '¿Sigue ahí?'],
    [300, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Gracias por escribirnos, vuelva cuando quiera!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (earthquake kit macro): coded Practice, every check na', [
    [0, 'p', 'test test - earthquake kit macro check'],
    [6, 'l', 'Hi! [macro] Earthquake preparedness: ready.gov/earthquakes'],
    [14, 'l', 'Did that help? (testing)'],
    [20, 'p', 'looks good, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever; the source keeps no codes
  s(NOBODY, '26 baking-soda volcano for tomorrow: no provider ever joined, "hellooo", "nvm found it on youtube", patron left, code field left out', [
    [0, 'p', "need a recipe for the baking soda volcano for tmrw's science fair 😭"],
    queueLine(2, 3),
    [95, 'p', 'hellooo'],
    [180, 'p', 'nvm found it on youtube'],
    left(186),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 27 the help ended for the provider's convenience
  s(PAUL, '27 St. Helens ashfall in Spokane, then Tambora, Krakatoa, Pompeii: "I\'ve already answered your question and I need to keep the queue moving, so I\'m going to end our chat here."', [
    [0, 'p', 'need sources on how the 1980 st helens ashfall affected spokane, for a college paper'],
    [20, 'l', "Hello, Paul at Spokane Public Library. What's your citation style, and do you need primary sources?"],
    [60, 'p', 'chicago, primary if possible'],
    [67, 'l', 'The Spokesman-Review archive is in our databases (spokanelibrary.org > Research > Newspapers); May 19-25, 1980 covers the ashfall day by day. Did that help?'],
    [110, 'p', 'yes. ok next i also need sources on tambora and krakatoa and pompeii and how volcanoes affect climate'],
    [116, 'l', "I've already answered your question and I need to keep the queue moving, so I'm going to end our chat here."],
    [130, 'p', 'wow ok. thanks for nothing'],
    left(135),
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 28 other people waiting, start a new chat later (allowed); a rude patron
  s(QUINN, '28 unreinforced brick rental in Vancouver WA, then a demanding list: "there are other people waiting … Please start a new chat later today", patron "typical. whatever"', [
    [0, 'p', "my landlord says our brick building doesn't need a seismic retrofit. is that true?? in vancouver wa"],
    [25, 'l', "Hi! I'm Quinn, a librarian at Fort Vancouver Regional Libraries."],
    [31, 'l', "Do you know if it's unreinforced masonry — old brick with no steel inside — and about when it was built?"],
    [80, 'p', '1910 i think. old brick'],
    [87, 'l', 'Washington doesn\'t require retrofits of unreinforced masonry statewide right now. The state\'s inventory of these buildings and what it means for occupants is on the Department of Natural Resources site, dnr.wa.gov (search "unreinforced masonry"). Does that answer your question?'],
    [130, 'p', 'ok but now i need the city code, the tenant laws, how to sue him, and what happens to renters insurance. all of it. now'],
    [137, 'l', "I'd be glad to help with those, but there are other people waiting for help right now. Please start a new chat later today and we can work through the rest of your list."],
    [160, 'p', 'typical. whatever'],
    [166, 'l', "Sorry I couldn't do more today — thanks for chatting, and do come back."],
  ], usual({ anything: 'fail' })),

  // 29 final idle exactly 180 s: a check-in, a goodbye that says nothing of a disconnect; code ""
  s(RUTH, '29 Krakatoa heard 3,000 miles away (8th grade): volcano.si.edu at 60, "Still there?" at 150, "I\'ll go ahead and close this chat now. Thanks for stopping by …" at 240 (final idle 180 s), code ""', [
    [0, 'p', 'is it true people heard krakatoa from like 3000 miles away? for my 8th grade project'],
    [20, 'l', 'Hi! Ruth at Ventura County Library here.'],
    [26, 'l', 'Do you need a book you can cite, or are websites OK with your teacher?'],
    [55, 'p', 'websites ok'],
    [60, 'l', "Yes — the 1883 explosion was heard on Rodrigues Island, about 3,000 miles away. The Smithsonian's Global Volcanism Program page on Krakatau at volcano.si.edu has the details and sources you can cite. Did that help?"],
    [150, 'l', 'Still there?'],
    [240, 'l', "I'll go ahead and close this chat now. Thanks for stopping by, and good luck with the project!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 30 a transfer notice and no note; the receiver 125 s after the notice
  s(YUSUF, '30 2011 Japan tsunami for a 6th grader: "I\'m transferring you to her now, hang on a sec" at 76, no internal note, Kim at 201 (125 s)', [
    [0, 'p', "my son needs stuff on the 2011 japan tsunami for a 6th grade report, like what happened to the kids' school"],
    [20, 'l', 'Hi! This is Yusuf, a librarian at Sno-Isle Libraries.'],
    [26, 'l', 'When is the report due? And does he need print books, or are websites OK?'],
    [70, 'p', 'due friday, books better'],
    [76, 'l', "Our youth services librarian Kim knows that collection best — I'm transferring you to her now, hang on a sec."],
    xfer(80, 'Kim', 'kim-vq'),
    [201, 'l', 'Hi, I\'m Kim from Sno-Isle\'s youth services! "I Survived the Japanese Tsunami, 2011" by Lauren Tarshis tells it through a boy his age, and we have copies at most branches (search the title at sno-isle.org). For facts he can cite, National Geographic Kids has a tsunami page at kids.nationalgeographic.com.', as(KIM)],
    [207, 'l', 'Would those work for his report?', as(KIM)],
    [250, 'p', 'yes great, sorry i had to step away. thats everything'],
    [256, 'l', 'No problem at all — thanks for chatting, and good luck to him!', as(KIM)],
  ], usual({ informed: 'fail', transfer: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => VOLCANOES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-fourth round: volcanoes, earthquakes and tsunamis, checked', () => {
  describeSessions('whole sessions', VOLCANOES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', VOLCANOES.filter((c) => c.name in LEFT_WHY));
});
