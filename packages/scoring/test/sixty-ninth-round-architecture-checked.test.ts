/**
 * Sixty-ninth round, theme ARCHITECTURE AND HISTORIC BUILDINGS, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: who designed a courthouse, a movie palace and a Gothic Revival church,
 * Sanborn fire insurance maps, historic district rules (San Antonio windows, Savannah paint colours, an Ohio porch), old
 * building permits (Los Angeles, a Baltimore rowhouse), original blueprints of a Chicago bungalow, architects' papers in
 * archives (Julia Morgan, a Washington firm), National Register nominations, house styles (an American Foursquare, a
 * Queen Anne, Craftsman bungalows), restoring old houses (wavy glass, slate roofs, lime mortar), architecture books for kids
 * (in Spanish too), and walking tours (Oak Park, Miami Beach Art Deco, Charleston). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/architecture-labels.ts).
 *
 * SHAPES TRIED: see the one-line case names; pickups at 60 (04: pass) and 61 s (05: fail), by `pickedUpAt` (29); holds
 * answered after exactly 120 s (03: pass) and 121 s (02: fail, with the patron's "hello?" inside the span); final idles of
 * 120 s (18), 179 s (17), 180 s (16), 200 s (24) and 215 s (15, a true Lost Call); transfers with and without an internal
 * note; four and three-with-touching-ends concurrency; follow-ups on time, late, pending, and promised with no contact;
 * referrals by phone, URL and with none; Spanish and partly Spanish sessions (06, 07, 08); a dismissal and the allowed
 * "other patrons are waiting"; codes Practice, null, "", Lost Call misused.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Marcus at Ridgeview Public Library." identifies but greets no one (10: fail); "Hey there! What's your question?"
 *   greets but identifies no one (09: fail);
 * - the wait between `pickedUpAt` and the first visible provider line is a wait on the provider after pickup (29: the
 *   patron's question at 0, pickup at 45, the first line at 170: 125 s after pickup, fail);
 * - "the county historian would be the one to ask" tells the patron to ask a named specialist: a referral, without contact
 *   (28: fail); "Le recomiendo llamar a la Oficina de Preservación Histórica … al 210-555-0147" is a referral with a phone
 *   (06); "vaya a la oficina del Departamento de Construcción" with no address is a referral without contact (08);
 * - "someone in our Special Collections will get back to you about it" promises a follow-up (14); staff consulted on the
 *   patron's behalf are not a referral (11, 13, 14);
 * - "It looks like you've disconnected, so I'm closing this chat. You're welcome to start a new one anytime!" is a notice and
 *   a goodbye (invites back) that does not ask whether the patron is there (24: check-in fails, notice passes);
 * - a bare greeting ("Hi, this is Dana …!") is not substantive, so the Lost Call (15) has no substantive exchange.
 *
 * - "Glad I could help. Have a lovely day, bye!", "¡Con gusto! Hasta luego …", "Bye now!" say goodbye; "Here is the link again:
 *   mdpl.org/tours" after "Anything else?" thanks no one and says no goodbye (09: courteous fails);
 * - "Does that work?", "Does that cover it?", "Would that work for you?", "¿Le sirve esta información?", "¿Es lo que
 *   buscaba?" ask whether what was given meets the need; "thats all for now", "no more questions", "es todo", "es todo lo que
 *   necesitaba", "nada mas" (after "¿Algo más…?") say the patron is done;
 * - "Sanborn maps are a great idea." in the greeting echoes the patron's own idea ("someone said sanborn maps??") and names
 *   a kind of map, not a resource the patron can reach: it gives no source, so the question at 21 s comes before the first
 *   source (02: clarify passes);
 * - "grab a printed one at our Main Library" (visit the own library) was cut from 04 before labelling, so 04 has no referral.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/architecture-labels.ts).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC.md: the label
 * stands).
 * Final: 29 running, 1 LEFT (with its reason in LEFT_WHY):
 *  - inquiry.clarify, case 02: the greeting "Hi there, this is Benny with Ann Arbor District Library. Sanborn maps are a great
 *    idea." read as the first source, so the question "What's the street address, roughly, and what year was the house
 *    built?" counts as after it (fail; RUBRIC pass: no source given there, the question comes before the first source).
 * Every timing check scored as labelled on the first run: pickup at 60 s (pass), 61 s (fail), by `pickedUpAt`; keep_informed
 * at 120 s (pass) and 121 s (fail, with a patron "hello?" inside the span), 125 s after `pickedUpAt` (fail), across two
 * transfer notices (90 s), "take your time" with 200 s away (pass); final idles of 120 s (check-in fails), 179 s (notice na),
 * 180 s (notice fails), 200 s (notice without check-in) and 215 s (Lost Call, both pass); concurrency at four and at three
 * with touching ends; on_time done at 50 h, late at 80 h, pending at day 2 and day 1. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, a patron phone read back, library
 * phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); `tsc -p tsconfig.json --noEmit`
 * clean for this file.
 * RUBRIC v63 (block AC, written after this file): case 02 (AC6: "Sanborn maps are a great idea." only praises the patron's own
 *   "someone said sanborn maps??", no source) now scores as labelled and runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const queueLine = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian... (position ${n})`];

const AGNES: Prov = { id: 'agnes-a', name: 'Agnes', library: 'RCPL' };
const BENNY: Prov = { id: 'benny-a', name: 'Benny', library: 'AADL' };
const CORA: Prov = { id: 'cora-a', name: 'Cora', library: 'SFPL' };
const DEV: Prov = { id: 'dev-a', name: 'Dev', library: 'OPPL' };
const ESME: Prov = { id: 'esme-a', name: 'Esme', library: 'LSPL' };
const LUCIA: Prov = { id: 'lucia-a', name: 'Lucía', library: 'SAPL' };
const MATEO: Prov = { id: 'mateo-a', name: 'Mateo', library: 'ELPL' };
const ROCIO: Prov = { id: 'rocio-a', name: 'Rocío', library: 'LAPL' };
const HELPDESK: Prov = { id: 'helpdesk-a', name: 'AskDesk 3', library: 'MDPL' };
const MARCUS: Prov = { id: 'marcus-a', name: 'Marcus', library: 'RPL' };
const NELL: Prov = { id: 'nell-a', name: 'Nell', library: 'BERK' };
const OTTO: Prov = { id: 'otto-a', name: 'Otto', library: 'CPL' };
const PIA: Prov = { id: 'pia-a', name: 'Pia', library: 'AUN' };
const RAFE: Prov = { id: 'rafe-a', name: 'Rafe', library: 'WCPL' };
const DANA: Prov = { id: 'dana-a', name: 'Dana', library: 'FVL' };
const SIGRID: Prov = { id: 'sigrid-a', name: 'Sigrid', library: 'DMPL' };
const TEO: Prov = { id: 'teo-a', name: 'Teo', library: 'PVD' };
const UNA: Prov = { id: 'una-a', name: 'Una', library: 'RICH' };
const VERN: Prov = { id: 'vern-a', name: 'Vern', library: 'CLEV' };
const WILLA: Prov = { id: 'willa-a', name: 'Willa', library: 'CML' };
const XAVI: Prov = { id: 'xavi-a', name: 'Xavi', library: 'DCPL' };
const KEN: Prov = { id: 'ken-a', name: 'Ken', library: 'DCPL' };
const YARA: Prov = { id: 'yara-a', name: 'Yara', library: 'AUN' };
const ZED: Prov = { id: 'zed-a', name: 'Zed', library: 'AUN' };
const ARLO: Prov = { id: 'arlo-a', name: 'Arlo', library: 'MPLS' };
const BRIT: Prov = { id: 'brit-a', name: 'Brit', library: 'CCPL' };
const TRAIN: Prov = { id: 'train-a', name: 'Training 2', library: 'TRN' };
const NOONE: Prov = { id: 'queue-a', name: 'Queue', library: 'VRQ' };
const CASS: Prov = { id: 'cass-a', name: 'Cass', library: 'CHS' };
const DORIT: Prov = { id: 'dorit-a', name: 'Dorit', library: 'SAV' };
const ELIO: Prov = { id: 'elio-a', name: 'Elio', library: 'SLCL' };
const FAYE: Prov = { id: 'faye-a', name: 'Faye', library: 'CCL-OH' };

const s = session;

export const ARCHITECTURE: SessionCase[] = [
  // 01 the plain good session; three open at most (one ending at the start, two overlapping, one starting at the end)
  s(AGNES, '01 who designed the 1889 county courthouse: "Morning! Agnes here, reference at Rockland County PL", three chats open at most with touching ends', [
    [0, 'p', 'who was the architect of the old county courthouse downtown? the big stone one w/ the clock tower'],
    [22, 'l', 'Morning! Agnes here, reference librarian at Rockland County Public Library.'],
    [28, 'l', "Do you mean the 1889 one on Court Street, or the annex they built behind it in the 60s?"],
    [70, 'p', 'the 1889 one'],
    [78, 'l', "That's the work of Henry S. Moul, done in the Richardsonian Romanesque style. Its National Register nomination form (with the architect, the builder and the dates) is on the NPS NPGallery: npgallery.nps.gov, search 'Rockland County Courthouse'. Is that the information you were after?"],
    [130, 'p', 'yes!! perfect, thats all i wanted to know'],
    [135, 'l', 'Glad I could help. Have a lovely day, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'agnes-a', -400, 0), other('a2', 'agnes-a', -60, 90), other('a3', 'agnes-a', 50, 600), other('a4', 'agnes-a', 140, 900)],
  }),

  // 02 a hold answered 121 s later; a "hello?" inside the wait does not restart it
  s(BENNY, '02 Sanborn maps for a 1910 house in Ann Arbor: "hang tight while I pull that up" at 60, "hello?" at 150, answer at 181 (121 s)', [
    [0, 'p', 'hi im trying to see what was on my lot before my house was built, someone said sanborn maps??'],
    [16, 'l', 'Hi there, this is Benny with Ann Arbor District Library. Sanborn maps are a great idea.'],
    [21, 'l', "What's the street address, roughly, and what year was the house built?"],
    [52, 'p', 'Packard st, house is 1910ish'],
    [60, 'l', 'Great, hang tight while I pull that up.'],
    [150, 'p', 'hello?'],
    [181, 'l', "Sorry for the delay! Ann Arbor's Sanborn sheets for 1899, 1908 and 1916 are free on the Library of Congress site: loc.gov/collections/sanborn-maps, filter by Michigan > Ann Arbor. The 1908 sheet 14 covers your block of Packard."],
    [187, 'l', 'Did that get you what you needed?'],
    [230, 'p', 'yes omg theres a barn on my lot in 1908 lol'],
    [236, 'l', 'Ha, love it. Anything else I can look up for you?'],
    [260, 'p', 'no thats all, thanks!!'],
    [264, 'l', 'Happy house-sleuthing, bye!'],
  ], usual({ informed: 'fail' })),

  // 03 a hold answered exactly 120 s later
  s(CORA, '03 architect of the 1922 Castro Theatre: "one moment, checking our SF architecture files" at 50, answer at 170 (exactly 120 s)', [
    [0, 'p', 'Who designed the Castro Theatre in SF? Writing a blog post about movie palaces.'],
    [18, 'l', "Good afternoon, you've reached Cora, a librarian at San Francisco Public Library."],
    [24, 'l', 'Do you need just the name, or also sources you can cite in the post?'],
    [44, 'p', 'both if possible'],
    [50, 'l', 'One moment, checking our SF architecture files.'],
    [170, 'l', "It was Timothy L. Pflueger (of Miller & Pflueger), opened 1922. For a citable source, the San Francisco Planning Department's landmark designation report is at sfplanning.org (search 'Castro Theatre landmark'), and Therese Poletti's book Art Deco San Francisco: The Architecture of Timothy Pflueger covers it in detail. Does that answer it?"],
    [220, 'p', "yes that's exactly what I need, that's everything"],
    [226, 'l', 'Wonderful, good luck with the post and thanks for chatting!'],
  ], usual()),

  // 04 pickup at exactly 60 s
  s(DEV, '04 Frank Lloyd Wright walking tour in Oak Park: first line at exactly 60 s', [
    [0, 'p', 'is there a self guided walking tour of the frank lloyd wright houses in oak park'],
    [60, 'l', 'Hello! Dev from the Oak Park Public Library here, thanks for waiting.'],
    [66, 'l', 'Are you hoping to go inside any of them, or just see the outsides from the street?'],
    [100, 'p', 'just outside, walking w my kids'],
    [106, 'l', "Then the free Historic District walking map works well: it's on oprf.com/fllw. The Frank Lloyd Wright Trust also sells an audio tour at flwright.org. Would that work for you?"],
    [150, 'p', 'yes great ty'],
    [155, 'l', 'Anything else today?'],
    [170, 'p', 'nope'],
    [174, 'l', 'Enjoy the walk! Bye.'],
  ], usual()),

  // 05 pickup at 61 s
  s(ESME, '05 repainting a house in the Savannah historic district: first line at 61 s, paint colour rules', [
    [0, 'p', 'do i need permission to repaint my house in the savannah historic district? its a rental i own on jones st'],
    [61, 'l', "Hi, I'm Esme at Live Oak Public Libraries. Sorry you had to wait."],
    [67, 'l', 'Is it just a repaint, or are you changing any trim, shutters or materials too?'],
    [100, 'p', 'just colors'],
    [106, 'l', "Paint colour alone doesn't need a Certificate of Appropriateness in the Savannah Historic District, but the Historic District Design Standards (on the MPC site, thempc.org > Historic Preservation > Design Standards) list what does. Does that help?"],
    [160, 'p', 'super helpful thx. thats all i needed'],
    [166, 'l', 'Take care, and thanks for reaching out!'],
  ], usual({ pickup: 'fail' })),

  // 06 Spanish: windows in a San Antonio historic district, a referral by phone
  s(LUCIA, '06 ventanas en el distrito histórico de San Antonio (Spanish): "¡Buenas tardes! Soy Lucía", referral to the Office of Historic Preservation by phone', [
    [0, 'p', 'hola buenas, quiero cambiar las ventanas de mi casa en King William, es distrito historico. necesito permiso?'],
    [30, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿Las ventanas son de madera originales, y piensa cambiarlas por unas de vinilo o de aluminio?'],
    [80, 'p', 'si son de madera viejas, queria vinilo'],
    [86, 'l', 'En los distritos históricos de San Antonio casi siempre se necesita un Certificado de Apropiación para cambiar ventanas. Las guías de diseño están en sanantonio.gov/historic (Design Guidelines). Le recomiendo llamar a la Oficina de Preservación Histórica de la ciudad al 210-555-0147 antes de comprar nada.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchas gracias, es todo'],
    [146, 'l', '¡Con gusto! Hasta luego y que tenga buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 07 partly Spanish: kids' architecture books
  s(MATEO, '07 libros de arquitectura para niños (partly Spanish): catalogue titles, "es todo lo que necesitaba"', [
    [0, 'p', 'hi, mi hijo de 8 años loves buildings, tienen libros de arquitectura para niños? en español si es posible'],
    [20, 'l', 'Hola, welcome to El Paso Public Library chat, soy Mateo.'],
    [26, 'l', '¿Le interesan más libros de dibujos, o de construir y hacer proyectos?'],
    [60, 'p', 'de proyectos, le gusta construir con legos'],
    [66, 'l', 'En el catálogo (elpasolibrary.org > Catalog) tenemos "Ada Twist, Científica" y "Iggy Peck, Arquitecto" en español, and in English "Architecture for Kids" by Sam Clemens, with hands-on projects. ¿Es lo que buscaba?'],
    [110, 'p', 'si!! perfecto, es todo lo que necesitaba gracias 😊'],
    [115, 'l', '¡De nada! Gracias por escribirnos.'],
  ], usual()),

  // 08 Spanish: old building permits in Los Angeles, "vaya a la oficina" with no contact
  s(ROCIO, '08 permisos de construcción antiguos en Los Ángeles (Spanish): library guide URL, "vaya a la oficina del Departamento de Construcción" (no contact)', [
    [0, 'p', 'necesito los permisos de construcción originales de mi casa de 1924 en Boyle Heights, donde los busco'],
    [25, 'l', 'Hola, le atiende Rocío de la Biblioteca Pública de Los Ángeles.'],
    [31, 'l', '¿Busca los permisos para una venta, una remodelación, o por historia de la casa?'],
    [70, 'p', 'por una remodelacion, el contratista los pide'],
    [76, 'l', 'Nuestra guía "Investigar la historia de su casa" explica los pasos: lapl.org/collections-resources/house-history. Los permisos de 1924 están en microfilm; para copias, vaya a la oficina del Departamento de Construcción y Seguridad de la ciudad en el centro.'],
    [82, 'l', '¿Le ayuda esto?'],
    [130, 'p', 'ok gracias'],
    [136, 'l', '¿Algo más en que le pueda ayudar?'],
    [150, 'p', 'no, nada mas'],
    [154, 'l', 'Gracias por usar el chat, ¡adiós!'],
  ], usual({ referral: 'fail' })),

  // 09 greets but names no one; the source before the question
  s(HELPDESK, '09 Miami Beach Art Deco walking tour: "Hey there! What\'s your question?" under "AskDesk 3", mdpl.org given before "guided or self-guided?"', [
    [0, 'p', 'art deco walking tour in miami beach - when/where??'],
    [14, 'l', "Hey there! What's your question?"],
    [20, 'l', 'The Art Deco Welcome Center\'s tour times and a self-guided map are at mdpl.org/tours.'],
    [26, 'l', 'Are you looking for a guided tour or a self-guided one?'],
    [60, 'p', 'guided, saturday morning'],
    [66, 'l', 'The guided 90-minute tour runs daily at 10:30 am; Saturday is on that same mdpl.org/tours page with online booking. Does that help?'],
    [100, 'p', 'yep thx'],
    [104, 'l', 'Anything else?'],
    [115, 'p', 'no'],
    [118, 'l', 'Here is the link again: mdpl.org/tours'],
  ], usual({ greeting: 'fail', clarify: 'fail', courteous: 'fail' })),

  // 10 names himself but greets no one; no source; Lost Call after three patron lines
  s(MARCUS, '10 what style is my house (American Foursquare): "This is Marcus at Ridgeview Public Library.", answered from memory, coded Lost Call', [
    [0, 'p', 'what style is my house called, its square with a pyramid roof and a big front porch. built 1915'],
    [20, 'l', 'This is Marcus at Ridgeview Public Library.'],
    [26, 'l', 'Is it two full stories, with a dormer on the roof?'],
    [55, 'p', 'yes 2 stories and a dormer in front'],
    [61, 'l', "That sounds like an American Foursquare: boxy, two stories, hipped roof, wide porch, very common from about 1895 to 1930. Does that help?"],
    [95, 'p', 'yes thank u'],
    [100, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail', source: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 11 follow-up by me, restated, e-mail read back, "by Wednesday", done in 50 h
  s(NELL, "11 Julia Morgan's drawings for a Berkeley house (follow-up by me): restatement, e-mail read back, \"by Wednesday\", done in 50 h", [
    [0, 'p', 'My house in Berkeley is supposedly a Julia Morgan (1911). Are her drawings for it kept somewhere?'],
    [28, 'l', "Hello, I'm Nell, a librarian at Berkeley Public Library."],
    [34, 'l', "So you're looking for Julia Morgan's original drawings for your 1911 Berkeley house, to confirm it's hers."],
    [70, 'p', 'yes exactly, 2631 Derby st'],
    [76, 'l', "Her papers are in the Julia Morgan Papers at Cal Poly's Special Collections (lib.calpoly.edu/search-and-find/collections-and-archives); the finding aid lists jobs by client name. I'll ask our Berkeley History Room staff whether they hold a file on your address and e-mail you what they find. What e-mail should I use?"],
    [130, 'p', 'r.okafor@example.net'],
    [136, 'l', "Thanks: r.okafor@example.net. You'll hear back from me by Wednesday."],
    [142, 'l', 'Does the Cal Poly finding aid help for now?'],
    [180, 'p', 'yes, great start. thats all for now'],
    [186, 'l', 'Thanks for contacting us, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 12 follow-up by me, "I'll get back to you" with no when, done after 80 h
  s(OTTO, '12 original blueprints of a 1926 Chicago bungalow (follow-up by me): e-mail read back, "I\'ll get back to you" with no when, done after 80 h', [
    [0, 'p', 'trying to find the original blueprints for my chicago bungalow, built 1926, in Portage Park'],
    [24, 'l', "Hi! Otto here, I'm a librarian with Chicago Public Library."],
    [30, 'l', 'Have you already checked with the city for the building permit record?'],
    [75, 'p', 'no, didnt know u could'],
    [81, 'l', "The Chicago Building Permits 1872-1954 index is on the Ryerson & Burnham Archives site (artic.edu/libraries), and the permit often names the architect. Blueprints for bungalows rarely survive, but our Municipal Reference Collection may have something. Let me dig there and get back to you; what's your e-mail?"],
    [130, 'p', 'mike.dwyer.chi@example.com'],
    [136, 'l', "Got it, mike.dwyer.chi@example.com. I'll get back to you."],
    [142, 'l', 'In the meantime, does the permit index help?'],
    [190, 'p', 'yea thanks'],
    [195, 'l', 'Anything else?'],
    [210, 'p', 'nope'],
    [214, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by the patron's library, phone read back, "within 72 hours", pending
  s(PIA, "13 permits for a 1880s Baltimore rowhouse (follow-up by patron's library): phone read back, \"within 72 hours\", not done yet at day 2", [
    [0, 'p', 'hey! i bought a rowhouse in Union Square baltimore, 1880s, want any old permits or photos of it'],
    [20, 'l', 'Hello and welcome to Ask Us! This is Pia, a librarian with the statewide service.'],
    [26, 'l', 'Which block is it on? Some of Union Square was photographed in the 1930s surveys.'],
    [60, 'p', '1100 block of Hollins st'],
    [66, 'l', "Baltimore's permit records from 1880s aren't online, but the Baltimore City Archives' guide is at archives.baltimorecity.gov. Pratt Library's Maryland Department can check their photo files for your block, so I'll pass your question to them. How should they reach you?"],
    [110, 'p', 'call me 443-555-0192'],
    [116, 'l', "That's 443-555-0192, right? Someone from Pratt will call you within 72 hours."],
    [150, 'p', 'yes correct'],
    [155, 'l', 'Does the Archives guide help in the meantime?'],
    [190, 'p', 'yes it does, thanks. no more questions'],
    [195, 'l', 'Thank you for using Ask Us, enjoy the new house!'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 14 a promise with no contact, coded Answered
  s(RAFE, '14 who designed a 1890s Gothic Revival church: "someone in our Special Collections will get back to you", no contact, coded Answered', [
    [0, 'p', 'who designed st. pauls episcopal on elm, built 1890s? nothing online about the architect'],
    [26, 'l', "Hi, Rafe here at Westfield County Public Library's Ask a Librarian."],
    [32, 'l', "Have you looked at the church's own history page or anniversary booklet?"],
    [70, 'p', 'yeah it only says gothic revival'],
    [76, 'l', "The American Architects and Buildings database (americanbuildings.org) lists many 1890s churches by city; try Westfield there. Our Special Collections has the parish records, so someone in our Special Collections will get back to you about it."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'ok cool thanks'],
    [124, 'l', 'Bye now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 15 a true Lost Call: greeting only, check-in, notice with invitation back (final idle 215 s)
  s(DANA, '15 National Register nomination form (Lost Call): greeting only at 25, "Are you still there?" at 150, notice + "chat again anytime" at 240', [
    [0, 'p', 'how do i get my house on the national register of historic places'],
    [25, 'l', 'Hi, this is Dana at Ask Us, Fairview Library!'],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "It looks like you've disconnected, so I'll end this chat now. Please chat again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 final idle exactly 180 s: check-in, no notice, no goodbye
  s(SIGRID, '16 wavy old window glass: answer at 70, "Are you still there?" at 200, session ends at 250 (final idle 180 s), no notice', [
    [0, 'p', 'my 1900 farmhouse has wavy glass in the windows, how do i keep it when I restore them'],
    [20, 'l', "Hello! I'm Sigrid, a librarian at Des Moines Public Library."],
    [26, 'l', 'Are the sashes rotting, or is it mostly the glazing putty that needs work?'],
    [50, 'p', 'mostly putty and paint'],
    [70, 'l', 'National Park Service Preservation Brief 9, "The Repair of Historic Wooden Windows" (nps.gov/tps/how-to-preserve/briefs), walks through removing and re-glazing without breaking the old glass. Does that answer your question?'],
    [200, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 50 }),

  // 17 final idle 179 s: check-in, then a goodbye
  s(TEO, '17 slate roof repair on a Queen Anne: answer at 70, "Still with me?" at 190, goodbye at 249 (final idle 179 s)', [
    [0, 'p', 'slate roof on my queen anne is losing tiles, is it worth repairing or replace w asphalt'],
    [20, 'l', 'Hi, Teo here with Providence Public Library, happy to help.'],
    [26, 'l', 'Is the house in a local historic district? That can decide it for you.'],
    [50, 'p', 'no its not'],
    [70, 'l', 'NPS Preservation Brief 29, "The Repair, Replacement, and Maintenance of Historic Slate Roofs" at nps.gov/tps, explains how to judge whether slate is worth repairing; good slate can last 100+ years. Is that helpful?'],
    [190, 'l', 'Still with me?'],
    [249, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 18 final idle exactly 120 s: a goodbye, no check-in
  s(UNA, '18 lime mortar for repointing old brick: answer at 70, goodbye at 190 (final idle 120 s), no check-in', [
    [0, 'p', 'Can I use regular portland cement mortar to repoint my 1850s brick house?'],
    [20, 'l', 'Good evening! Una from the Richmond Public Library here.'],
    [26, 'l', 'Do you know whether the bricks are soft handmade ones?'],
    [50, 'p', 'yes, old soft red brick'],
    [70, 'l', 'Then no: hard portland mortar can crack soft historic brick. NPS Preservation Brief 2, "Repointing Mortar Joints in Historic Masonry Buildings" (nps.gov/tps), recommends a lime-rich mortar. Did that help?'],
    [190, 'l', 'Thanks for using Ask a Librarian, goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 a dismissal: one question per chat
  s(VERN, '19 Cleveland Arcade, then Terminal Tower and Severance Hall: "we only answer one question per chat. Goodbye." (dismissal)', [
    [0, 'p', 'who designed the cleveland arcade?'],
    [18, 'l', 'Hi, this is Vern, librarian at Cleveland Public Library.'],
    [24, 'l', 'The 1890 one on Euclid Ave?'],
    [40, 'p', 'yes'],
    [46, 'l', 'John Eisenmann and George H. Smith. The Encyclopedia of Cleveland History entry at case.edu/ech has the details. Did that help?'],
    [80, 'p', 'yes! now who did terminal tower and severance hall'],
    [86, 'l', 'Sorry, we only answer one question per chat. Goodbye.'],
    [100, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 20 others waiting, a way back, the Local History Room by phone
  s(WILLA, '20 a whole street of German Village houses: "a few more patrons waiting … chat back in later, or call our Local History Room at (614) 555-0172"', [
    [0, 'p', 'hi, i want the build dates and architects for every house on my street in German Village, about 40 houses'],
    [20, 'l', "Hi! I'm Willa, a librarian at Columbus Metropolitan Library."],
    [26, 'l', 'Which street, and do you already have the German Village Society survey?'],
    [70, 'p', 'City Park ave, no what survey'],
    [76, 'l', 'The German Village Society has a house-history guide and the 1960s district survey at germanvillage.com (Preservation > House Histories). It covers most of City Park Ave. Does that help?'],
    [120, 'p', 'sort of, can u go through all 40 for me now?'],
    [126, 'l', "There are a few more patrons waiting, so I can't take on all 40 right now. Please chat back in later, or call our Local History Room at (614) 555-0172; they can set you up with the atlases."],
    [160, 'p', 'ok thanks'],
    [165, 'l', 'Thank you, good luck with the street!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 a transfer with a notice and an internal note that says why
  s(XAVI, "21 a Washington firm's drawings: transfer notice + note why, Ken answers 90 s after the notice", [
    [0, 'p', 'are there archives for the architects Hornblower & Marshall? they did my building in DC in 1905'],
    [22, 'l', 'Hi, Xavi at DC Public Library here.'],
    [28, 'l', "Are you after drawings for your building specifically, or the firm's history in general?"],
    [70, 'p', 'drawings for the building'],
    [76, 'l', "I'll transfer you to Ken in our Special Collections, who knows the architecture collections best. One moment please."],
    [79, 'i', 'Ken, patron wants Hornblower & Marshall drawings for a 1905 DC building, can you take it? architecture archives q'],
    xfer(82, 'Ken', 'ken-a'),
    [166, 'l', "Hi, I'm Ken, Special Collections librarian. Hornblower & Marshall's drawings are at the Library of Congress Prints & Photographs Division: search 'Hornblower & Marshall' at loc.gov/pictures. Also check the DC building permits database at dcpermits.org for the 1905 permit. Is that what you needed?", as(KEN)],
    [210, 'p', 'yes perfect, thats all i needed'],
    [215, 'l', 'Great, thanks for using DC Public Library!', as(KEN)],
  ], usual({ transfer: 'pass' })),

  // 22 a transfer with a notice and no internal note
  s(YARA, '22 Chicago School skyscrapers for a paper: transfer notice at 70, no note to the receiver, Zed answers 90 s later', [
    [0, 'p', 'need scholarly sources on the Chicago School skyscrapers for my arch history paper, due fri'],
    [18, 'l', 'Hey, welcome to Ask Us! Yara here, a librarian.'],
    [24, 'l', 'Is it for a college course, and do you need peer-reviewed articles?'],
    [60, 'p', 'yes college, peer reviewed'],
    [70, 'l', "I'm going to send you over to Zed, our academic librarian on shift; hold on a sec."],
    xfer(74, 'Zed', 'zed-a'),
    [160, 'l', 'Hi, Zed here, academic librarian. Try Avery Index to Architectural Periodicals through your college library, and JSTOR for the Journal of the Society of Architectural Historians. Carl Condit\'s book The Chicago School of Architecture is the classic. Does that cover it?', as(ZED)],
    [200, 'p', 'yes thank you!!'],
    [205, 'l', 'Anything else?', as(ZED)],
    [215, 'p', 'no'],
    [218, 'l', 'Good luck with the paper, bye!', as(ZED)],
  ], usual({ transfer: 'fail' })),

  // 23 four at once
  s(ARLO, '23 Minneapolis mill ruins walking tour: three other chats open through this one (four at once)', [
    [0, 'p', 'is there a walking tour of the mill ruins in mpls'],
    [30, 'l', 'Hi! Arlo at Hennepin County Library, Minneapolis Central.'],
    [36, 'l', 'Guided with a ranger, or on your own?'],
    [60, 'p', 'on my own'],
    [66, 'l', 'The Mill Ruins Park and St. Anthony Falls Heritage Trail map is at mnhs.org/millcity (Visit > Heritage Trail). Does that work?'],
    [100, 'p', 'yes thats everything thanks'],
    [105, 'l', 'Have fun, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'arlo-a', -200, 300), other('r2', 'arlo-a', 5, 200), other('r3', 'arlo-a', 20, 400)],
  }),

  // 24 a notice that does not ask, invites back (final idle 200 s)
  s(BRIT, '24 Craftsman bungalow colours: answer at 60, "It looks like you\'ve disconnected, so I\'m closing this chat…" at 260 (final idle 200 s), no check-in', [
    [0, 'p', 'what were original paint colors for craftsman bungalows like 1915ish'],
    [18, 'l', "Hello, it's Brit at Contra Costa County Library."],
    [24, 'l', 'Interior or exterior?'],
    [40, 'p', 'exterior'],
    [60, 'l', 'Roger Moss\'s book "Paint in America" and "Century of Color" cover it, with period palettes; both are in our catalogue at ccclib.org. Is that what you were looking for?'],
    [260, 'l', "It looks like you've disconnected, so I'm closing this chat. You're welcome to start a new one anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 25 Practice
  s(TRAIN, '25 practice chat (architecture script): coded Practice, every check na', [
    [0, 'p', 'testing: who designed the capitol'],
    [6, 'l', 'test reply, ignore'],
    [12, 'l', 'see capitol.gov. did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 no provider ever joined, code null
  s(NOONE, '26 Sanborn map for a lot in Louisville: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'need a sanborn map of louisville 1905 for my lot asap pls'],
    queueLine(2, 4),
    [130, 'p', 'anyone there??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 27 the patron has the last word
  s(CASS, '27 Charleston single houses for a kid\'s project: "nope thats everything!! bye" as the last line, no goodbye from Cass', [
    [0, 'p', 'my daughter has a school project on charleston single houses, need a kid level book or site'],
    [22, 'l', "Hi there! I'm Cass, librarian at Charleston County Public Library."],
    [28, 'l', 'What grade is she in?'],
    [50, 'p', '4th grade'],
    [56, 'l', 'Historic Charleston Foundation has a kid-friendly page on the single house at historiccharleston.org (Learn > Architecture), and our catalogue has "Charleston: Architecture for Young Readers". Does that help?'],
    [90, 'p', 'yes!'],
    [95, 'l', 'Anything else I can find for you?'],
    [120, 'p', 'nope thats everything!! bye'],
  ], usual({ courteous: 'fail' })),

  // 28 "take your time", 200 s away; "the county historian would be the one to ask" (no contact)
  s(DORIT, '28 a house\'s builder in 1850s Savannah: "No problem, take your time!" then 200 s away, "the county historian would be the one to ask" (no contact)', [
    [0, 'p', 'trying to find who built my house, 1850s, savannah. i have the deed'],
    [20, 'l', 'Hi, this is Dorit at Bull Street Library, Live Oak Public Libraries. Do you know the ward or the lot number?'],
    [40, 'p', 'its on the deed somewhere, hold on let me find it'],
    [46, 'l', 'No problem, take your time!'],
    [246, 'p', 'ok found it, it says lot 12 Jones ward'],
    [252, 'l', "Thanks. For Jones Ward, check the Georgia Historical Society's Savannah building records, searchable at georgiahistory.com (Research > Catalog). If that doesn't name the builder, the county historian would be the one to ask. Does that help?"],
    [300, 'p', 'yes thanks, thats all'],
    [306, 'l', 'Good luck, thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 29 pickedUpAt 45 s, the first line at 170 (125 s after pickup)
  s(ELIO, '29 St. Louis Wainwright Building for a report: pickedUpAt 45 s, first line at 170 (125 s after pickup)', [
    [0, 'p', 'who designed the wainwright building in st louis and why is it famous?? for a report'],
    [170, 'l', 'Hi, Elio at St. Louis County Library here, sorry about the wait.'],
    [176, 'l', 'How long does the report need to be, and do you need a book source?'],
    [210, 'p', '2 pages, yes a book'],
    [216, 'l', 'Louis Sullivan with Dankmar Adler, 1891; it is one of the first skyscrapers to look tall, with its vertical piers. For a book, "Louis Sullivan: The Function of Ornament" is in our catalogue at slcl.org. Did that help?'],
    [260, 'p', 'yes thx thats all i needed'],
    [265, 'l', 'Good luck on your report, bye!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(45) }),

  // 30 code "", a referral to the SHPO by URL
  s(FAYE, '30 tax credits for restoring a historic storefront in Ohio: "contact the State Historic Preservation Office" with its URL, code ""', [
    [0, 'p', 'are there tax credits for fixing up an old storefront building?? 🏚️ its from 1880 in a small town in ohio'],
    [18, 'l', 'Hello! Faye with Cuyahoga County Public Library Ask a Librarian here.'],
    [24, 'l', 'Is the building income-producing, like a shop with apartments above?'],
    [60, 'p', 'yes shop + 2 apts'],
    [66, 'l', "Then the federal 20% Historic Tax Credit may apply (the rules are at nps.gov/tps/tax-incentives.htm), and Ohio has its own Historic Preservation Tax Credit. Contact the State Historic Preservation Office to start: ohiohistory.org/shpo. Does that answer your question?"],
    [110, 'p', 'yes! 🙌 thats all'],
    [114, 'l', 'Wonderful, good luck with the building, thanks for chatting!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ARCHITECTURE.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-ninth round: architecture and historic buildings, checked', () => {
  describeSessions('whole sessions', ARCHITECTURE.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ARCHITECTURE.filter((c) => c.name in LEFT_WHY));
});
