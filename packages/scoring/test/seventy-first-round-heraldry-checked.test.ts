/**
 * Seventy-first round, theme FLAGS, HERALDRY AND COATS OF ARMS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: family coats of arms (an Irish "Donnelly crest", a Basque surname in Spanish,
 * German arms in the Deutsche Wappenrolle, a $49 Polish surname plaque, the Byrne arms on wedding invitations), a blazon to
 * translate, hatching lines on old engravings, designing a rowing club's crest, heraldry societies to join, state and city
 * flags (Mississippi 2020, Chicago's stars, Maryland's Calvert and Crossland quarters, Savannah's ordinance, Wichita's 1937
 * designer, Alaska's Benny Benson, Baltimore's seal, Puerto Rico's two blues in Spanglish, the Philippine flag in war), flag
 * etiquette (a burial flag for a Vietnam veteran, half-staff orders today and in 1998, a lit flag at night, a faded flag, the
 * Texas flag's height, the Mexican flag at a quinceañera in Spanish, retiring an old flag), flags flown over the US and Texas
 * Capitols, and a town flag-design contest. Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/heraldry-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 30 s with the first line at 50 (30);
 *   no provider ever joined, a waiting-room system line (19); greetings "Hey there, this is Marisol with … Ask Us chat 👋"
 *   (01), "Hi! Rafael, librarian with the AskUsNow! team" (05), "Hey! Otis at Ask Us Milwaukee here." (18), Spanish "Soy
 *   Lucía, bibliotecaria de …" (06) and "Le atiende Zulema, de la Biblioteca del Condado de Los Ángeles" (30), a condolence
 *   first ("I'm so sorry about your dad. Hello, I'm Pearl …", 04); "Hi there!" then a question under the screen name
 *   "AskDesk", no one named (11: fail);
 *  inquiry: region of Ireland, home library, grade of a child, short or long version, class or curiosity, funeral home and
 *   DD-214, representative and date, deadline of a ceremony, language of the answer ("Can I answer in Spanish or English?",
 *   07); the question asked only after the first source (10: fail);
 *  waits: a Spanish hold answered 125 s later (07: fail); a hold answered exactly 120 s later with the patron's "k" in between
 *   (08: pass, the patron line does not restart the wait); holds every 115 s (09); a transfer notice answered 64 s later by
 *   the receiver (22) and a silent transfer 90 s after the patron (21);
 *  endings: a Lost Call with a check-in at 140 and a notice with no goodbye at 215 (17: final idle 205 s, both pass,
 *   courteous fails); a check-in and no notice, the session ending 180 s after the answer (28: disconnect fails); a goodbye
 *   exactly 120 s after the answer, no check-in (29: idle fails, disconnect na); a notice that invites back with no check-in,
 *   191 s after the answer (11: idle fails, disconnect passes); "each chat is limited to 10 minutes and your time is up.
 *   Bye." (26: dismissal); "several other patrons waiting … Please chat back in later" (27: allowed); the patron's "wow ok"
 *   (26) and "perfecto, es todo lo que necesitaba" (30) as last lines; goodbyes "Happy hunting, and thanks for stopping by!",
 *   "Take good care of yourself. Goodbye.", "My pleasure. Have a great night!", "Ha, enjoy winning that one! Take care.",
 *   "Thanks for writing in, talk soon!", "¡Gracias a usted por escribirnos! Que le vaya muy bien."; patron-side "thats all i
 *   needed", "thats everything", "no more questions", "es todo", "eso es todo", "that is everything", and "yes that was it,
 *   cool", "yes!! thank u", "yeah thanks a lot" that do not count;
 *  sources: catalogue.nli.ie, mdah.ms.gov, chicityclerk.com, va.gov, aoc.gov, a catalogue (mysapl.org, multcolib.org),
 *   navarra.es, enciclopediapr.org, msa.maryland.gov, americanheraldry.org, governor.ohio.gov, library.municode.com, a
 *   Wikipedia article by URL, tspb.texas.gov, familysearch.org's wiki, heraldsnet.org, uscode.house.gov, legion.org,
 *   nava.org, officialgazette.gov.ph, heraldica.org, diputados.gob.mx; none (18: the Polish herby explained from memory);
 *  referrals: "Ask your funeral director …" (no contact) beside the VA office by phone (04: fail); "call their office" after
 *   house.gov's find-your-representative URL (05: LEFT); a society "you can write to … through the contact form there" (09);
 *   the City Clerk by street and phone (23); NAVA through nava.org/contact (27); the library's own Bull Street branch and a
 *   home library consulted on the patron's behalf (12, 15) as none;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at 40 h (12: pass); FU_ME, e-mail typed, no time (13:
 *   contact fails, on_time pending); a promise to call back "by Friday" coded Answered, phone typed and read back (14: code
 *   fails, contact passes); FU_LIB with the e-mail only in the patron fields, "within 72 hours", done at 80 h (15: contact
 *   and on_time fail, code passes); FU_ME with no contact anywhere, not done by day 4 (16: code, contact, on_time fail);
 *  codes: a true Lost Call (17); Lost Call after three patron lines (18) and with no provider and two patron lines (19); ""
 *   (10); Practice (20);
 *  transfers: a notice and an internal note that says why (22: pass); an internal note only (21: fail); a notice only, no
 *   internal note (23: fail);
 *  concurrency: three others open at once (24: four, fail); one ending at the start, two back to back at 60 s beside a long
 *   one, one starting at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Look up your representative by ZIP code at house.gov/representatives/find-your-representative, then call their office
 *   or use the flag request form on their site" refers the patron to a party (the representative's office) with a URL that
 *   reaches it (05: pass); "They're ordered through a member of Congress" and "The Architect of the Capitol explains the
 *   program at aoc.gov/flag-office" tell the patron to contact no one (the latter a source);
 * - "Ask your funeral director to request military funeral honors" tells the patron to ask a person outside the chat: a
 *   referral with no contact, so 04 fails though the VA office beside it has a phone ("every party");
 * - "I'll ask our graphics volunteer and get back to you" (16), "I'll e-mail you whatever she finds" (13), "I'll … call you
 *   back with it by Friday" (14) and "someone from KDL will contact you within 72 hours" (15) are follow-up promises; the
 *   staff named there are consulted on the patron's behalf (no referral);
 * - a patron typing the e-mail in the chat is "given … there" (13: the e-mail part holds; the time is missing);
 * - "It seems we've lost you, so I'm closing the chat now. Come back anytime!" says the patron seems disconnected and the
 *   session will end, asks nothing, and invites back: a notice and a goodbye, not a check-in (11); "I haven't heard back, so
 *   it seems you've been disconnected. I'm ending this chat now." is a notice with no goodbye (17);
 * - "Is that enough?", "Does that settle it?", "Did that clear it up?", "Does the Municode link help in the meantime?", "¿Le
 *   sirve esto para empezar?", "¿Era eso lo que buscaba?", "¿Le ayuda esto?" ask whether what was given meets the need;
 * - "Have a great night!", "Take care." and "talk soon!" are goodbyes;
 * - a question in the greeting line ("¿La fiesta es aquí en EE. UU.?", 30) asks about the patron's situation and counts.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (case 05 reread against RUBRIC's Referral and
 * referral.contact: the label stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 05: "Look up your representative by ZIP code at house.gov/representatives/find-your-representative,
 *    then call their office …" read as a referral without a way to reach them (fail; RUBRIC pass: a URL given for the party).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 125 s, holds of 115 s, a
 *   patron line inside a wait, two transfers; final idles of 120, 180, 191 and 205 s; concurrency at four and at touching
 *   ends; on_time done at 40 h, late at 80 h, missing at day 4, pending at day 1 twice) scored as labelled on the first run.
 *   The redaction equality of describeSessions holds for every running case (patron e-mails and a phone typed and read back,
 *   an e-mail only in the patron fields, library phones and street addresses beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting-room line the chat system posts (system). */
const waitLine = (sec: number): Line => [sec, 's', 'Please hold: a librarian will be with you shortly.'];

const MARISOL: Prov = { id: 'marisol-h', name: 'Marisol', library: 'TCCL' };
const DANA: Prov = { id: 'dana-h', name: 'Dana', library: 'JHLS' };
const THEO: Prov = { id: 'theo-h', name: 'Theo', library: 'CPL-IL' };
const PEARL: Prov = { id: 'pearl-h', name: 'Pearl', library: 'AUO' };
const RAFAEL: Prov = { id: 'rafael-h', name: 'Rafael', library: 'AUN' };
const LUCIA: Prov = { id: 'lucia-h', name: 'Lucía', library: 'SAPL' };
const NOEMI: Prov = { id: 'noemi-h', name: 'Noemí', library: 'OCLS' };
const ERIN: Prov = { id: 'erin-h', name: 'Erin', library: 'EPFL' };
const FELIX: Prov = { id: 'felix-h', name: 'Felix', library: 'DPL-CO' };
const GRETA: Prov = { id: 'greta-h', name: 'Greta', library: 'MCL-OR' };
const DESK: Prov = { id: 'desk-h', name: 'AskDesk', library: 'CML' };
const IVAN: Prov = { id: 'ivan-h', name: 'Ivan', library: 'LOPL' };
const JADE: Prov = { id: 'jade-h', name: 'Jade', library: 'WPL-KS' };
const KOFI: Prov = { id: 'kofi-h', name: 'Kofi', library: 'APL-TX' };
const LENORE: Prov = { id: 'lenore-h', name: 'Lenore', library: 'AUS-MI' };
const MILES: Prov = { id: 'miles-h', name: 'Miles', library: 'CCPL-OH' };
const NADIA: Prov = { id: 'nadia-h', name: 'Nadia', library: 'PCPL' };
const OTIS: Prov = { id: 'otis-h', name: 'Otis', library: 'MPL-WI' };
const QUEUE: Prov = { id: 'queue-h', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-h', name: 'Trainee 2', library: 'TRN' };
const PILAR: Prov = { id: 'pilar-h', name: 'Pilar', library: 'SAPL' };
const QUENTIN: Prov = { id: 'quentin-h', name: 'Quentin', library: 'SAPL' };
const RHEA: Prov = { id: 'rhea-h', name: 'Rhea', library: 'AUN' };
const SAM: Prov = { id: 'sam-h', name: 'Sam', library: 'AUN' };
const STELLA: Prov = { id: 'stella-h', name: 'Stella', library: 'DCDL' };
const URI: Prov = { id: 'uri-h', name: 'Uri', library: 'DCDL' };
const TOMAS: Prov = { id: 'tomas-h', name: 'Tomás', library: 'APL-AK' };
const UNA: Prov = { id: 'una-h', name: 'Una', library: 'HCL-MN' };
const VERA: Prov = { id: 'vera-h', name: 'Vera', library: 'AUNJ' };
const WREN: Prov = { id: 'wren-h', name: 'Wren', library: 'SLO' };
const XAVIER: Prov = { id: 'xavier-h', name: 'Xavier', library: 'HSPLS' };
const YARA: Prov = { id: 'yara-h', name: 'Yara', library: 'BPL-ID' };
const ZULEMA: Prov = { id: 'zulema-h', name: 'Zulema', library: 'LACL' };

const s = session;

export const HERALDRY: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 the "Donnelly crest" from grandma: 👋 greeting, Tyrone asked, catalogue.nli.ie + MacLysaght, "thats all i needed"', [
    [0, 'p', 'hi!! my grandma says our family has a coat of arms, the "Donnelly crest". how do i find the real one??'],
    [22, 'l', "Hey there, this is Marisol with Tulsa City-County Library's Ask Us chat 👋"],
    [29, 'l', 'Do you know roughly where in Ireland the Donnellys came from, or which ancestor it might have been granted to?'],
    [75, 'p', 'tyrone i think. great great grandpa came over in 1880s'],
    [83, 'l', "Quick heads-up: arms were granted to individuals, not to surnames, so a 'family crest' mug isn't proof of anything. For Irish grants, the Office of the Chief Herald's records are searchable in the National Library of Ireland catalogue at catalogue.nli.ie, and Edward MacLysaght's book Irish Families is in our catalogue."],
    [90, 'l', 'Is that the kind of thing you were after?'],
    [140, 'p', 'yes omg thats all i needed, ty'],
    [146, 'l', 'Happy hunting, and thanks for stopping by!'],
  ], usual()),

  // 02 pickup exactly at 60 s
  s(DANA, '02 Mississippi\'s 2020 flag for a report: pickup at exactly 60 s, mdah.ms.gov, "Does that cover what your report needs?"', [
    [0, 'p', 'When did Mississippi change its state flag and who designed the new one?'],
    [60, 'l', 'Good morning! Dana here, reference librarian at Jackson-Hinds Library System.'],
    [66, 'l', 'Do you need the legislative history too, or just the dates and the designer?'],
    [110, 'p', 'just dates and designer for a school report'],
    [117, 'l', 'The old flag was retired by law on June 30, 2020, and voters approved the magnolia "In God We Trust" design on November 3, 2020; Rocky Vaughan led the design team. The Mississippi Department of Archives and History has a page on it at mdah.ms.gov (search "state flag").'],
    [124, 'l', 'Does that cover what your report needs?'],
    [170, 'p', 'yep'],
    [175, 'l', 'Great! Anything else I can look up?'],
    [200, 'p', 'no im good'],
    [204, 'l', 'Good luck on the report. Bye for now!'],
  ], usual()),

  // 03 pickup at 61 s
  s(THEO, '03 the four stars on the Chicago flag: pickup at 61 s, "Is this for a class, or just curiosity?", chicityclerk.com', [
    [0, 'p', 'what do the 4 stars on the chicago flag stand for'],
    [61, 'l', "Hi, I'm Theo, a librarian at Chicago Public Library. Sorry to keep you waiting."],
    [68, 'l', 'Is this for a class, or just curiosity? I can go deeper on the stripes too if you want.'],
    [95, 'p', 'curiosity lol. just the stars'],
    [101, 'l', "Fort Dearborn, the Great Chicago Fire of 1871, the 1893 World's Columbian Exposition and the 1933 Century of Progress fair. The City Clerk posts the municipal code section on the flag at chicityclerk.com."],
    [107, 'l', 'Did that answer it?'],
    [140, 'p', 'yes!! thats everything thanks'],
    [144, 'l', 'Thanks for chatting with CPL!'],
  ], usual({ pickup: 'fail' })),

  // 04 two referrals, one without contact
  s(PEARL, '04 burial flag for a Vietnam veteran: VA Form 27-2008 URL, "Ask your funeral director …" (no contact) + the VA scheduling office by phone', [
    [0, 'p', 'my dad passed last week, he was army vet in vietnam. how do we get a flag for the casket and who gets it after. sorry if this is the wrong place'],
    [18, 'l', "I'm so sorry about your dad. Hello, I'm Pearl, a librarian with Ask Us Ohio, and this is absolutely the right place."],
    [25, 'l', 'Has the family picked a funeral home yet, and do you have his DD-214 discharge papers?'],
    [90, 'p', 'yes, Schoedinger funeral home. my brother has the DD214'],
    [98, 'l', "The VA provides the burial flag free; the application is VA Form 27-2008, at va.gov/burials-memorials/memorial-items/burial-flags. The next of kin usually receives it after it's folded at the service. Ask your funeral director to request military funeral honors, since they arrange those with the Army. If anything is unclear you can call the VA's National Cemetery Scheduling Office at 800-535-1117."],
    [105, 'l', 'Is that what you needed to know?'],
    [160, 'p', 'yes. thats all, no more questions. thank you so much'],
    [166, 'l', 'Take good care of yourself. Goodbye.'],
  ], usual({ referral: 'fail' })),

  // 05 a flag flown over the Capitol: a referral with a URL
  s(RAFAEL, '05 a Capitol flag for grandpa\'s 90th: "call their office" with house.gov\'s find-your-representative, aoc.gov', [
    [0, 'p', 'can i buy a flag thats been flown over the US capitol? for my grandpas 90th bday'],
    [14, 'l', 'Hi! Rafael, librarian with the AskUsNow! team, happy to help.'],
    [20, 'l', 'Do you know which member of Congress represents him, and when is the birthday?'],
    [60, 'p', 'no idea who, we live in Frederick MD. bday is in 6 weeks'],
    [68, 'l', "They're ordered through a member of Congress rather than bought directly. Look up your representative by ZIP code at house.gov/representatives/find-your-representative, then call their office or use the flag request form on their site; six weeks is usually enough. The Architect of the Capitol explains the program at aoc.gov/flag-office."],
    [75, 'l', 'Does that help?'],
    [120, 'p', 'perfect!!'],
    [126, 'l', 'Anything else for the party?'],
    [150, 'p', 'nope thats it :)'],
    [155, 'l', 'Happy 90th to your grandpa! Bye!'],
  ], usual({ referral: 'pass' })),

  // 06 Spanish: a Basque surname
  s(LUCIA, '06 escudo del apellido Goicoechea (Spanish): "Soy Lucía, bibliotecaria", García Carraffa en el catálogo, "¿Le sirve esto para empezar?", "es todo"', [
    [0, 'p', 'hola buenas, quisiera saber si el apellido Goicoechea tiene escudo de armas. mi abuelo era vasco'],
    [35, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Antonio. Con gusto le ayudo.'],
    [42, 'l', '¿Sabe de qué pueblo o valle venía su abuelo? Los escudos vascos suelen ir ligados a una casa solar concreta.'],
    [110, 'p', 'de elizondo creo, en navarra'],
    [118, 'l', 'Entonces le conviene la "Enciclopedia heráldica y genealógica hispano-americana" de Alberto y Arturo García Carraffa, que recoge los escudos por apellido y casa solar; la tenemos en la sala de referencia y aparece en nuestro catálogo, mysapl.org. Para el valle de Baztán, el Archivo Real y General de Navarra tiene su buscador en navarra.es.'],
    [124, 'l', '¿Le sirve esto para empezar?'],
    [180, 'p', 'sí, es todo, mil gracias'],
    [185, 'l', '¡Gracias a usted por escribirnos! Que le vaya muy bien.'],
  ], usual()),

  // 07 partly Spanish: a hold answered 125 s later
  s(NOEMI, '07 la bandera de Puerto Rico, azul claro u oscuro (Spanglish): "Permítame un momento, lo busco." answered 125 s later', [
    [0, 'p', 'hi, una pregunta. porque la bandera de puerto rico a veces es azul clarito y a veces azul oscuro?'],
    [20, 'l', '¡Hola! Soy Noemí, de Ask a Librarian en la Biblioteca Pública de Orlando. Can I answer in Spanish or English?'],
    [45, 'p', 'español o spanglish, lo que sea jaja. es para un proyecto de mi hija'],
    [52, 'l', 'Perfecto. ¿En qué grado está su hija?'],
    [75, 'p', 'quinto grado'],
    [80, 'l', 'Permítame un momento, lo busco.'],
    [205, 'l', 'Gracias por esperar. El azul claro es el de la bandera original de 1895; el azul oscuro se hizo común después de 1952, cuando se adoptó sin fijar el tono. La Enciclopedia de Puerto Rico lo explica a nivel escolar en enciclopediapr.org (busque "bandera").'],
    [211, 'l', '¿Era eso lo que buscaba?'],
    [260, 'p', 'si perfecto, eso es todo gracias!!'],
    [266, 'l', '¡Con gusto! Gracias por usar Ask a Librarian.'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later, the patron's "k" in between
  s(ERIN, '08 the two patterns on the Maryland flag: "give me a minute" at 60, patron "k" at 100, answer at 180 (120 s)', [
    [0, 'p', 'why does the maryland flag have two different patterns on it'],
    [25, 'l', 'Hello, Erin at Enoch Pratt Free Library here!'],
    [31, 'l', 'Would you like the short version, or the full history with sources for a paper?'],
    [55, 'p', 'short version but w a source pls'],
    [60, 'l', 'Sure, give me a minute to pull the right page.'],
    [100, 'p', 'k'],
    [180, 'l', "The black-and-gold quarters are the Calvert family arms, and the red-and-white cross bottony comes from the Crossland arms, the family of George Calvert's mother. The Maryland Manual's page on the flag is at msa.maryland.gov (search \"state flag\")."],
    [186, 'l', 'Does that help?'],
    [230, 'p', 'ya thanks'],
    [234, 'l', 'Anything else today?'],
    [260, 'p', 'nope'],
    [264, 'l', 'Thanks for using Pratt, bye!'],
  ], usual()),

  // 09 holds every 115 s; a society to write to, by URL
  s(FELIX, '09 heraldry societies to join: holds at 76 and 191, answer at 306, "write to them through the contact form" at americanheraldry.org', [
    [0, 'p', 'Are there any heraldry societies in the US I could join? I paint arms as a hobby.'],
    [19, 'l', "Good evening and welcome! I'm Felix, a librarian at Denver Public Library."],
    [25, 'l', 'Are you looking for something local that meets in person, or is a national or online group fine?'],
    [70, 'p', 'national is fine'],
    [76, 'l', 'Bear with me while I check which ones are still active.'],
    [191, 'l', 'Still searching: the American Heraldry Society looks active, checking a couple of others.'],
    [306, 'l', "Here's what I found. The American Heraldry Society publishes the journal Alta Pete and has membership details at americanheraldry.org; you can write to them through the contact form there. The Heraldry Society in the UK takes overseas members too: theheraldrysociety.com."],
    [312, 'l', 'Is that what you were hoping for?'],
    [360, 'p', 'Yes, that is all I needed. Thank you!'],
    [366, 'l', 'My pleasure. Have a great night!'],
  ], usual({ referral: 'pass' })),

  // 10 the question comes after the source; code ""
  s(GRETA, '10 a rowing club crest: the tincture rule and the Oxford Guide to Heraldry first, "Is this for a registered club …?" after, code ""', [
    [0, 'p', 'hey our rowing club wants a crest. are there rules for designing one? like colors'],
    [16, 'l', 'Hi, Greta from Multnomah County Library here!'],
    [22, 'l', 'The basic rule is the "rule of tincture": don\'t put a colour on a colour or a metal (gold/silver) on a metal. The Oxford Guide to Heraldry by Woodcock and Robinson explains it with pictures; it\'s in our catalogue at multcolib.org.'],
    [28, 'l', 'Is this for a registered club that might want to trademark it?'],
    [70, 'p', 'no just for shirts and a flag for the boathouse'],
    [76, 'l', 'Then you have total freedom; the tincture rule just makes it readable from across the water. Did that help?'],
    [110, 'p', 'yeah thanks a lot'],
    [115, 'l', 'Have fun designing it! Bye!'],
  ], usual({ clarify: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 greets without identifying; a notice that invites back, no check-in (final idle 191 s)
  s(DESK, '11 half-staff in Columbus today: "Hi there!" + a question (no one named), governor.ohio.gov, "It seems we\'ve lost you … Come back anytime!" 191 s on', [
    [0, 'p', 'why r flags at half staff today in ohio'],
    [12, 'l', 'Hi there!'],
    [18, 'l', 'Which city are you in? Sometimes it is a local order rather than a statewide one.'],
    [40, 'p', 'columbus'],
    [47, 'l', "Today's statewide order is on the Governor's site: governor.ohio.gov, under Media > Flag Orders. It gives the reason and how long flags stay lowered."],
    [53, 'l', 'Does that answer your question?'],
    [238, 'l', "It seems we've lost you, so I'm closing the chat now. Come back anytime!"],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 12 follow-up by me: e-mail read back, "by Wednesday", done in 40 h
  s(IVAN, '12 Savannah\'s city flag ordinance (follow-up by me): hold 104 s, e-mail read back, "by Wednesday", done in 40 h', [
    [0, 'p', 'Does Savannah GA have an official city flag and when was it adopted? cant find anything online'],
    [30, 'l', 'Hello! Ivan here, a librarian at Live Oak Public Libraries in Savannah.'],
    [36, 'l', 'Do you need the ordinance itself, or just the year and a description?'],
    [80, 'p', 'the ordinance if possible, its for a vexillology blog post'],
    [86, 'l', 'Let me look, one moment.'],
    [190, 'l', "The city code is searchable at library.municode.com (Savannah, GA), but the flag section there only cites an older resolution that isn't online. Our Bull Street Library has the old council minutes; I can have them checked and e-mail you a scan. What's your e-mail?"],
    [240, 'p', 'vexwriter@example.net'],
    [246, 'l', "Thanks, that's vexwriter@example.net. You'll have it by Wednesday."],
    [252, 'l', 'Does the Municode link help in the meantime?'],
    [290, 'p', 'yes very much, thank you'],
    [295, 'l', 'Anything else for today?'],
    [310, 'p', 'no thats all'],
    [314, 'l', 'Thanks for writing in, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 follow-up by me: the patron types the e-mail, no time said
  s(JADE, '13 great-uncle Cecil McAlister and the Wichita flag (follow-up by me): "I\'ll e-mail you whatever she finds", e-mail typed, no when', [
    [0, 'p', 'who designed the wichita flag? my great uncle supposedly did, Cecil McAlister'],
    [26, 'l', "Hi, I'm Jade, librarian at Wichita Public Library. Fun question!"],
    [33, 'l', 'Do you know roughly what year he would have designed it?'],
    [70, 'p', '1937 i think'],
    [77, 'l', "You're right: Cecil McAlister designed it and the city adopted it in 1937; the article at en.wikipedia.org/wiki/Flag_of_Wichita,_Kansas sums it up. Our local history librarian may have a clipping with his photo, and I'll e-mail you whatever she finds. Where should I send it?"],
    [120, 'p', 'mcalister.fam@example.org thank u!!'],
    [126, 'l', 'Got it. Does the article help for now?'],
    [160, 'p', 'yes!'],
    [165, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 a promise to call back by Friday, coded Answered
  s(KOFI, '14 a Texas Capitol flag for an Eagle Scout (coded Answered): "call you back with it by Friday", phone typed and read back', [
    [0, 'p', 'hi can i get a flag that was flown over the texas capitol for my sons eagle scout ceremony?'],
    [21, 'l', 'Hello! This is Kofi at Austin Public Library, glad you reached out.'],
    [27, 'l', "When is the ceremony? Some programs need a few weeks' notice."],
    [60, 'p', 'march 28'],
    [66, 'l', "Texas does have a Capitol flag program; the State Preservation Board explains how it works at tspb.texas.gov (search 'Capitol flag'). I'll double-check the current lead time and call you back with it by Friday. What number should I use?"],
    [110, 'p', '512-555-0147'],
    [116, 'l', '512-555-0147, got it. Is the Preservation Board page helpful for now?'],
    [150, 'p', 'yes thx'],
    [155, 'l', 'Anything else I can do?'],
    [170, 'p', 'no that covers it'],
    [174, 'l', 'Congrats to your son, goodbye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 follow-up by the patron's library: e-mail only in the patron fields, done after 80 h
  s(LENORE, '15 the Oberhauser arms in the Deutsche Wappenrolle (follow-up by patron\'s library): e-mail never in the chat, "within 72 hours", done at 80 h', [
    [0, 'p', 'my family name is Oberhauser, from Bavaria. is there a registry where I can check if we really have a coat of arms?'],
    [24, 'l', "Good afternoon! You're chatting with Lenore, a librarian for the statewide Ask Us service."],
    [30, 'l', 'Which public library do you usually use? Your home library may have German genealogy resources I can point you to.'],
    [75, 'p', 'Kent District Library in Michigan'],
    [82, 'l', "German arms were often registered in the Deutsche Wappenrolle, and Siebmacher's Wappenbuch is the big printed series; FamilySearch's wiki page on German heraldry describes both (familysearch.org/en/wiki, search 'Germany Heraldry'). Kent District Library has a genealogy librarian who can check their holdings, so I'm passing your question to them, and someone from KDL will contact you within 72 hours."],
    [88, 'l', 'Does that help to start?'],
    [130, 'p', 'yes that is great'],
    [136, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no thank you'],
    [154, 'l', 'Thanks for using Ask Us, have a good day!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'oberhauser.r@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 5 * DAY }),

  // 16 follow-up by me with no contact anywhere, nothing done after four days
  s(MILES, '16 "Azure, a bend sinister argent between two mullets or" (follow-up by me): "get back to you with one", no contact, not done by day 4', [
    [0, 'p', 'can someone translate this blazon? "Azure, a bend sinister argent between two mullets or" what does sinister mean lol'],
    [15, 'l', 'Hi! Miles at the Ask a Librarian desk, Cuyahoga County Public Library.'],
    [21, 'l', 'Do you want just a plain-English translation, or also a drawing of it?'],
    [50, 'p', 'both if u can'],
    [57, 'l', "Plain English: a blue shield with a silver diagonal stripe running from the top right (as you look at it) to the bottom left, and a gold five-pointed star on each side of it. 'Sinister' just means the shield-bearer's left. Parker's A Glossary of Terms Used in Heraldry is free online at heraldsnet.org/saitou/parker if you want to decode more."],
    [63, 'l', "For the drawing I'll ask our graphics volunteer and get back to you with one."],
    [69, 'l', 'Does that translation help?'],
    [110, 'p', 'yes!! thank u'],
    [115, 'l', 'Take care, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 17 a true Lost Call: check-in at 140, a notice with no goodbye at 215 (final idle 205 s)
  s(NADIA, '17 a neighbour\'s faded flag (Lost Call): greeting only, "Are you still there?" at 140, "… I\'m ending this chat now." at 215, no goodbye', [
    [0, 'p', 'is it disrespectful to fly a faded flag? my neighbor'],
    [15, 'l', 'Hello, Nadia with Ask a Librarian at Pima County Public Library here.'],
    [140, 'l', 'Are you still there?'],
    [215, 'l', "I haven't heard back, so it seems you've been disconnected. I'm ending this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 no source; Lost Call after three patron lines
  s(OTIS, '18 a $49 "authentic family crest" plaque for Kowalczyk: Polish herbs explained with no source, "Did that answer it?", coded Lost Call', [
    [0, 'p', 'yo so i bought a "authentic family crest" plaque online for Kowalczyk, is it legit'],
    [10, 'l', 'Hey! Otis at Ask Us Milwaukee here.'],
    [16, 'l', 'Where did you buy it, one of those surname-crest sites?'],
    [40, 'p', 'ya some website, was $49'],
    [48, 'l', "Honestly, those sites sell one design per surname, but Polish arms belonged to clans (herby) shared by many unrelated families, so a surname alone doesn't point to one coat of arms, and no registry ties Kowalczyk to a particular herb. Did that answer it?"],
    [90, 'p', 'dang ok'],
    [96, 'l', "Sorry it isn't better news! Thanks for asking."],
  ], usual({ source: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 19 no provider ever joined; Lost Call after two patron lines
  s(QUEUE, '19 retiring an old flag: no provider ever joined, "anyone?", patron left, coded Lost Call with two patron lines', [
    [0, 'p', 'hi how do you properly dispose of an old american flag'],
    waitLine(2),
    [150, 'p', 'anyone?'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (flag etiquette macro): coded Practice, every check na', [
    [0, 'p', 'testing 123 flag folding question'],
    [6, 'l', 'hi, trying the new flag etiquette macro'],
    [12, 'l', 'Folding steps: legion.org/flag. Did that help?'],
    [20, 'p', 'macro works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 a silent transfer with an internal note
  s(PILAR, '21 the Texas flag at the same height as the US flag: internal note why, silent transfer, Quentin 90 s after the patron, 4 U.S.C. § 7', [
    [0, 'p', 'is it true the texas flag is the only one allowed to fly at the same height as the US flag?'],
    [22, 'l', "Hi, I'm Pilar, a librarian with the Ask a Librarian service at San Antonio Public Library."],
    [28, 'l', 'Are you asking about the law, or about how to hang them at your house?'],
    [60, 'p', 'the law. my coworker keeps saying it'],
    [65, 'i', 'Quentin, this is a Flag Code / gov docs one and you know Title 4 better than me, can you take it?'],
    xfer(68, 'Quentin', 'quentin-h'),
    [150, 'l', "Hi, Quentin here, government documents librarian at SAPL. It's a myth: the US Flag Code (4 U.S.C. § 7, at uscode.house.gov) says no state flag goes above the US flag, and any state's flag may fly at the same height on a separate pole. Texas law (Government Code ch. 3100, at statutes.capitol.texas.gov) only covers how the Texas flag itself is displayed.", as(QUENTIN)],
    [156, 'l', 'Does that settle it?', as(QUENTIN)],
    [200, 'p', 'lol yes it does, thats all i needed'],
    [205, 'l', 'Ha, enjoy winning that one! Take care.', as(QUENTIN)],
  ], usual({ transfer: 'fail' })),

  // 22 an announced transfer with an internal note that says why
  s(RHEA, '22 Baltimore\'s coat of arms or seal, for a tattoo 😅: "I\'m transferring you to Sam … Just a moment" + internal note, Sam 64 s later', [
    [0, 'p', 'does baltimore have a coat of arms or just a seal? for a tattoo 😅'],
    [18, 'l', 'Hi! Rhea with AskUsNow!, glad to help.'],
    [24, 'l', 'Are you after the official city emblem, or the Battle Monument image that is on the seal?'],
    [70, 'p', 'whatever is official'],
    [76, 'l', "This is a local history one, so I'm transferring you to Sam, who covers Maryland history. Just a moment while he joins."],
    [79, 'i', 'Sam: pt asks whether Baltimore has an official coat of arms vs the city seal, local history, yours?'],
    xfer(82, 'Sam', 'sam-h'),
    [140, 'l', "Hi, Sam here, local history librarian with AskUsNow!. Baltimore's official emblem is the city seal with the Battle Monument; the city flag puts the Calvert arms behind it. The Baltimore City Archives describe both at archives.baltimorecity.gov.", as(SAM)],
    [146, 'l', 'Is that what you were looking for?', as(SAM)],
    [190, 'p', 'ya perfect, no more questions!'],
    [195, 'l', 'Good luck with the tattoo! Thanks for chatting.', as(SAM)],
  ], usual({ transfer: 'pass' })),

  // 23 an announced transfer with no internal note; the City Clerk by street and phone
  s(STELLA, '23 a 1998 half-staff order for a mayor: "handing you over to Uri now" with no internal note, digitized Gazette, City Clerk by address + phone', [
    [0, 'p', 'Our town lowered flags when my grandpa died in 1998, he was mayor. Is there a record of that order?'],
    [27, 'l', 'Hello and thank you for contacting Ask a Librarian! This is Stella at Delaware County District Library.'],
    [33, 'l', 'Which town, and was the order from the town or from the governor?'],
    [80, 'p', 'Delaware, Ohio, it was from the city i think'],
    [86, 'l', "Our local history specialist can dig into city records better than I can, so I'm handing you over to Uri now."],
    xfer(90, 'Uri', 'uri-h'),
    [160, 'l', "Hi, Uri, local history at DCDL. The Delaware Gazette for that week would have reported it; our digitized Gazette is searchable free at delawarelibrary.org/digital-archive. For the order itself, call or stop by the City Clerk's office, 1 S Sandusky St, Delaware, OH, 740-555-0122; they keep the 1998 council records.", as(URI)],
    [166, 'l', 'Did that give you what you need?', as(URI)],
    [220, 'p', 'yes thank you, that is everything'],
    [226, 'l', 'Glad I could help. Goodbye!', as(URI)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 24 four chats at once
  s(TOMAS, '24 Benny Benson and the Alaska flag: three other chats open at 50-110 s (four at once), "Is that enough?"', [
    [0, 'p', 'who designed the alaska flag? heard it was a kid'],
    [28, 'l', "Hi, Tomás at Anchorage Public Library's Ask Us chat here."],
    [34, 'l', 'Do you want the short story, or sources for a report?'],
    [60, 'p', 'short story pls'],
    [66, 'l', "Yes: Benny Benson, a 13-year-old from the Jesse Lee Home in Seward, won a 1927 territory-wide contest with the Big Dipper and the North Star. The Alaska State Library has a page on him at library.alaska.gov (search 'Benny Benson')."],
    [72, 'l', 'Is that enough?'],
    [100, 'p', 'yes that was it, cool'],
    [105, 'l', 'Thanks for asking, bye!'],
  ], usual({ anything: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tomas-h', -60, 200), other('t2', 'tomas-h', 20, 150), other('t3', 'tomas-h', 50, 300)],
  }),

  // 25 three at most, touching ends
  s(UNA, '25 a lit flag at night: one chat ending at the start, one long, two back to back at 60 s, one starting at the end (three at most)', [
    [0, 'p', 'can i leave my flag up at night if theres a porch light on it'],
    [9, 'l', 'Hi! Una at Ask a Librarian, Hennepin County Library.'],
    [15, 'l', 'Is it a US flag on a house-mounted pole?'],
    [35, 'p', 'yep'],
    [40, 'l', 'Yes: the Flag Code allows 24-hour display if the flag is properly lit. Section 6(a) is at uscode.house.gov (Title 4, chapter 1), and the American Legion has a plain-language etiquette guide at legion.org/flag.'],
    [46, 'l', 'Does that help?'],
    [90, 'p', 'yes perfect, thats all i needed'],
    [95, 'l', 'Thanks for reaching out, have a good evening!'],
  ], usual(), {}, {
    otherIntervals: [
      other('u1', 'una-h', -400, 0), other('u2', 'una-h', -30, 500), other('u3', 'una-h', 20, 60), other('u4', 'una-h', 60, 95), other('u5', 'una-h', 100, 300),
    ],
  }),

  // 26 "your time is up"
  s(VERA, '26 the Byrne arms on wedding invitations: "each chat is limited to 10 minutes and your time is up. Bye." (dismissal), patron last', [
    [0, 'p', 'hi!! 3 questions: does my last name Byrne have a coat of arms, what colors are on it, and can i put it on my wedding invites'],
    [20, 'l', 'Hi, this is Vera, librarian at Ask Us NJ.'],
    [26, 'l', 'Is your Byrne family Irish, as far as you know?'],
    [50, 'p', 'yes from wicklow'],
    [57, 'l', "The Ó Broin (Byrne) arms are described in MacLysaght's Irish Families, which most library catalogues have; the Chief Herald of Ireland's register is searchable through nli.ie."],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'kinda, what colors tho?? and the invite thing?'],
    [97, 'l', 'Sorry, each chat is limited to 10 minutes and your time is up. Bye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 27 other patrons waiting, come back later; NAVA by URL
  s(WREN, '27 a town flag-design contest: Good Flag, Bad Flag at nava.org, "contact the North American Vexillological Association" at nava.org/contact, "several other patrons waiting … chat back in later"', [
    [0, 'p', "I'm starting a flag-design contest for my town. where do i start, and is there a group of flag experts who would judge?"],
    [31, 'l', 'Hello! Wren here, librarian with the Ask a Librarian service of the State Library of Oregon.'],
    [37, 'l', 'How big is the town, and is the contest for the official city flag or just a community event?'],
    [90, 'p', 'about 8000 ppl, and we hope the council adopts the winner'],
    [97, 'l', 'Good Flag, Bad Flag by Ted Kaye is the usual starting point, free as a PDF at nava.org. For judges, contact the North American Vexillological Association through nava.org/contact; they help towns with redesigns.'],
    [103, 'l', 'Does that get you started?'],
    [150, 'p', 'yes! also how do I write the council resolution, and how do I run the voting online, and how do we pay for prizes'],
    [158, 'l', "Those are great next steps, but I have several other patrons waiting right now. Please chat back in later and we can work through the resolution and the voting then."],
    [175, 'p', 'ok will do thanks'],
    [180, 'l', 'Thanks, good luck with the contest!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 28 a check-in and no notice: final idle exactly 180 s
  s(XAVIER, '28 the Philippine flag upside down: answer at 60, "Are you still there?" at 150, session ends at 240 (final idle 180 s) with no notice', [
    [0, 'p', 'what is the flag of the Philippines supposed to look like upside down? heard its for war'],
    [24, 'l', 'Good evening! Xavier, librarian with Ask Us Hawaii here.'],
    [30, 'l', 'Are you asking about the rule itself, or how to display it correctly at an event?'],
    [55, 'p', 'the rule'],
    [60, 'l', "You heard right: the Philippine flag is flown with the red field on top in a state of war. It's in Republic Act 8491, the Flag and Heraldic Code, on the Official Gazette site at officialgazette.gov.ph (search 'Republic Act No. 8491')."],
    [66, 'l', 'Does that answer your question?'],
    [150, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 90 }),

  // 29 a goodbye exactly 120 s into the final idle, no check-in
  s(YARA, '29 hatching lines on 1700s engravings: Petra Sancta at heraldica.org, answer at 66, goodbye at 186 (final idle 120 s), no check-in', [
    [0, 'p', 'In old black and white engravings of arms, what do the little lines and dots mean?'],
    [17, 'l', 'Hi there, Yara from the Boise Public Library reference team.'],
    [23, 'l', 'Are you looking at a specific book or print, or just curious in general?'],
    [60, 'p', 'a 1700s county history I have, general though'],
    [66, 'l', 'Those are hatching marks, the Petra Sancta system: dots mean gold, blank means silver, vertical lines red, horizontal lines blue, diagonal lines green, crossed lines black. Heraldica.org has a chart of them at heraldica.org/topics/glossary.htm.'],
    [72, 'l', 'Did that clear it up?'],
    [186, 'l', 'Glad to help, thanks for chatting!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 30 Spanish: pickedUpAt at 30 s, the patron has the last word
  s(ZULEMA, '30 la bandera de México en una quinceañera (Spanish): pickedUpAt 30 s, first line at 50, diputados.gob.mx, patron "es todo lo que necesitaba" last', [
    [0, 'p', 'hola, vamos a usar la bandera de México en la quinceañera de mi hija, hay reglas para eso?'],
    [50, 'l', '¡Hola! Le atiende Zulema, de la Biblioteca del Condado de Los Ángeles. ¿La fiesta es aquí en EE. UU.?'],
    [80, 'p', 'si, en un salón en pomona'],
    [87, 'l', 'En EE. UU. no se aplica la ley mexicana, pero por respeto se suele seguir la Ley sobre el Escudo, la Bandera y el Himno Nacionales; el texto está en diputados.gob.mx (busque "Ley sobre el Escudo, la Bandera y el Himno"). Lo principal: no se escribe nada sobre ella ni se usa como adorno de mesa.'],
    [93, 'l', '¿Le ayuda esto?'],
    [140, 'p', 'perfecto, es todo lo que necesitaba, gracias!!'],
  ], usual({ courteous: 'fail' }), { pickedUpAt: at(30) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => HERALDRY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('05')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 4: "Look up your representative by ZIP code at house.gov/representatives/find-your-representative, then call their office or use the flag request form on their site" tells the patron to call a party outside the chat (the representative\'s office) and gives the URL that reaches it (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)").',
};

describe('seventy-first round: flags, heraldry and coats of arms, checked', () => {
  describeSessions('whole sessions', HERALDRY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', HERALDRY.filter((c) => c.name in LEFT_WHY));
});
