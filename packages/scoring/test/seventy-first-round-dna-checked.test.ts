/**
 * Seventy-first round, theme DNA TESTS AND GENETIC GENEALOGY, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: reading ethnicity estimates (a "38% Scotland" surprise, Mexico vs. MyHeritage in
 * Spanish), centimorgans and shared matches, a 1750 cM half-sister question, a first-cousin match for a birth father, a surprise
 * half sibling, adoptees (which test first, an Ohio original birth certificate, a Guadalajara adoptee in Spanish), privacy
 * (GEDmatch and police, GINA and life insurance, deleting Ancestry results, downloading raw data), a Y-DNA haplogroup, Cherokee
 * enrollment, a Polish surname project, an old FamilyTreeDNA kit, Puerto Rican genealogy books in Spanish, DNA interest groups,
 * library DNA programs and workshops, and books on genetic genealogy. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/dna-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup exactly 60 s (01: pass) and 61 s (02: fail); "hey there! what can I help with?" naming no one (03: fail);
 *   "Good afternoon!" + "You're chatting with Bruno at …" split, with `pickedUpAt` at 45 s and the first line at 70 (27);
 *   Spanish "Buenas tardes, habla Marisol, bibliotecaria …" (06), "¡Hola! Le atiende Tomás …" (07), "¡Hola! Soy Elena …" (30);
 *   "Hi! Abby here … Take your time!" (26); no provider ever joined (23);
 *  inquiry: which company, which region, which branch, print/ebook, home library, names, town, side of the family, in person or
 *   online, health or life insurance; none before the first source (28: fail); the question only after the patron returns
 *   from "take your time" (26);
 *  waits: a hold answered exactly 120 s later (04: pass) and 121 s later (05: fail); a silent 121 s before the answer (30: fail);
 *   a silent transfer answered 80 s after the patron (17); a transfer notice answered 90 s (18) and 125 s (19: fail) later;
 *   "Take your time!" and the patron back 210 s later (26: waiting on the patron);
 *  endings: a true Lost Call with a check-in and a notice that invites back exactly 180 s after the greeting (11); a notice that
 *   thanks, 200 s after the answer, with no check-in (13); a check-in and then nothing until `endedAt`, 189 s (14); a limit of
 *   questions, "We keep chats to one question each and you're past that, so I'm ending here. Bye." (15); other patrons
 *   waiting with an invitation back and a phone (16); a goodbye 119 s (21: na) and 120 s (28: fail) after the answer; the
 *   patron's "nope, that's all i needed. bye!" as the last line (27);
 *  sources: support.ancestry.com, gedmatch.com/tos, isogg.org, dnapainter.com, genome.gov, familysearch.org/es, cherokee.org,
 *   archives.gov, library event and guide pages, catalogue titles (Bettinger, Farmer, Kennett, Weinberg), Libby, Academic
 *   Search Complete; none ("Ancestry lets you delete your DNA results yourself …", 29: fail);
 *  referrals: "escribir a la agencia de adopción" with no contact (06: fail); "Contact the Ohio Department of Health's Office of
 *   Vital Statistics" with no contact (25: fail); the Genealogy Center by phone (16); a genetic counselor by the NSGC directory
 *   URL (26); Anne Arundel's genealogy librarian asked on the patron's behalf (09: no referral);
 *  follow-ups: FU_ME, Spanish, e-mail typed and read back, "mañana antes del mediodía", done in 20 h (07); a promise "I'll
 *   email you the handout … by Wednesday" coded Answered, e-mail only in `patron.email` (08); FU_LIB, phone read back, "within
 *   72 hours", done exactly 72 h after the end (09); FU_ME, e-mail read back, no time, done after 80 h (10); no codes at all
 *   (`resolutionCode` left out) with a promise, e-mail read back and "by Friday" (24);
 *  codes: a true Lost Call (11); Lost Call after four patron lines (12); null with no provider (23); Practice (22); left out (24);
 *  transfers: silent with an internal note (17: fail); announced with no internal note (18: fail); announced with a note that
 *   says why (19: pass);
 *  concurrency: three others overlapping (20: four at once, fail); one ending at the start, two overlapping, one starting at the
 *   end (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Take care, and happy reading!", "Best of luck, take care!", "Thanks, talk soon!" say goodbye (02, 25, 24);
 * - "Does that clear up the Scotland question?", "Is the project search a good start?", "¿Le ayuda por ahora el catálogo?",
 *   "Does that give you a path forward?" ask whether what was given meets the need;
 * - "I'll pass your question to their genealogy librarian" (09) tells the patron to contact no one: staff consulted on the
 *   patron's behalf, no referral;
 * - "escribir a la agencia de adopción para pedir su expediente" (06) and "Contact the Ohio Department of Health's Office of
 *   Vital Statistics" (25) tell the patron to write to / contact an agency: referrals, no way to reach given;
 * - "you could also ask a genetic counselor; find one near you at findageneticcounselor.nsgc.org" (26): a referral to a kind of
 *   specialist, reached by a URL;
 * - a transcript with `resolutionCode: undefined` (JSON has no undefined: the field left out) has no codes: resolution.code na,
 *   while the promise still makes it a follow-up session (24);
 * - "Take your time!" inside the greeting is not a hold: the 210 s until the patron's return is waiting on the patron (26);
 * - a greeting with "How can I help?" is not substantive: the Lost Call (11) has no substantive exchange, and its final idle runs
 *   from that greeting (30 s) to the notice that invites back (210 s): 180 s exactly, so both idle checks apply;
 * - "We keep chats to one question each and you're past that, so I'm ending here. Bye." tells the patron they have reached a
 *   limit of questions (15: dismissal fail), while its "Bye." still says goodbye (courteous pass).
 *
 * - "What's the first one?" (15), the second of the first two provider messages after "Hi, Oren here …", asks the patron to
 *   state the question: it is the opening's "how can I help?" in other words, not a question about the need (see COUNTS).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (01, 04, 15, 19, 29). Label corrections: 2, each by RUBRIC's text:
 *  - case 15, inquiry.clarify pass -> fail: I had counted "What's the first one?" as a question about the need; it only asks
 *    the patron to say what the question is, within the first two provider messages (the greeting's "how can I help?",
 *    which RUBRIC excludes), and no other question comes before the first source (dnapainter.com, message 4);
 *  - case 19, closing.anything_else pass -> fail: a slip of `usual()`: no provider asks about anything else, and the patron's
 *    "yes, muchas gracias" is thanks alone ("thanks or 'ok' alone does not count").
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 01: "Does that clear up the Scotland question?" after the answer read as never asked (fail;
 *    RUBRIC pass: asks whether the information given meets the need);
 *  - inquiry.clarify, case 04: "Do you know which country or region your birth parents were likely from? The size of each
 *    company's database there matters." read as a source before any question (fail; RUBRIC pass: a situation question, and
 *    "each company's database" names no database);
 *  - info.source, case 29: "Ancestry lets you delete your DNA results yourself …" read as a source (pass; RUBRIC fail: an
 *    organisation named without a way to reach it).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s across holds, a
 * silent 121 s, three transfers (80, 90 and 125 s), "Take your time!"; final idles of 119, 120, 180, 189 and 200 s;
 * concurrency at four and at touching ends; on_time done at 20 h and exactly 72 h, late at 80 h, pending at day 1 twice)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a patron phone typed with spaces and read back with dashes, an e-mail only in `patron.email`,
 * library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft); `npx tsc -p tsconfig.json
 * --noEmit` clean for this file.
 * RUBRIC v64 (block AD, made after this file from its LEFT cases among others): cases 01 (AD1: "Does that clear up the Scotland
 *   question?") and 04 (AD2: "The size of each company's database there matters." names no database) now score as labelled and run
 *   with the others; 29 ("Ancestry lets you delete your DNA results yourself", read as a source) is still LEFT; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const inLine = (sec: number, n = 1): Line => [sec, 's', `Waiting for a librarian. Position in queue: ${n}`];

const DANA: Prov = { id: 'dana-d', name: 'Dana', library: 'CPL-OH' };
const EMIL: Prov = { id: 'emil-d', name: 'Emil', library: 'MCL-OR' };
const ASKDESK: Prov = { id: 'askdesk-d', name: 'AskDesk', library: 'SLC-UT' };
const FARAH: Prov = { id: 'farah-d', name: 'Farah', library: 'DEL-AAL' };
const GRETA: Prov = { id: 'greta-d', name: 'Greta', library: 'FCPL-MD' };
const MARISOL: Prov = { id: 'marisol-d', name: 'Marisol', library: 'SAPL' };
const TOMAS: Prov = { id: 'tomas-d', name: 'Tomás', library: 'OCLS' };
const HUGO: Prov = { id: 'hugo-d', name: 'Hugo', library: 'BCPL' };
const IVY: Prov = { id: 'ivy-d', name: 'Ivy', library: 'HCLS' };
const JADE: Prov = { id: 'jade-d', name: 'Jade', library: 'MPL-WI' };
const KEN: Prov = { id: 'ken-d', name: 'Ken', library: 'SPL-CA' };
const LIA: Prov = { id: 'lia-d', name: 'Lia', library: 'DPL-CO' };
const MIKA: Prov = { id: 'mika-d', name: 'Mika', library: 'EPFL' };
const NINA: Prov = { id: 'nina-d', name: 'Nina', library: 'KCLS' };
const OREN: Prov = { id: 'oren-d', name: 'Oren', library: 'ACL' };
const PAZ: Prov = { id: 'paz-d', name: 'Paz', library: 'PCPL-AZ' };
const QUINCY: Prov = { id: 'quincy-d', name: 'Quincy', library: 'AAL-FL' };
const RAFA: Prov = { id: 'rafa-d', name: 'Rafa', library: 'AAL-FL' };
const SAM: Prov = { id: 'sam-d', name: 'Sam', library: 'AACPL' };
const TEO: Prov = { id: 'teo-d', name: 'Teo', library: 'AACPL' };
const UMA: Prov = { id: 'uma-d', name: 'Uma', library: 'ODL-OK' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'ODL-OK' };
const WREN: Prov = { id: 'wren-d', name: 'Wren', library: 'AUN' };
const XAVI: Prov = { id: 'xavi-d', name: 'Xavi', library: 'NPL-TN' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 9', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'VRQ' };
const YARA: Prov = { id: 'yara-d', name: 'Yara', library: 'FCPL-VA' };
const ZED: Prov = { id: 'zed-d', name: 'Zed', library: 'CML' };
const ABBY: Prov = { id: 'abby-d', name: 'Abby', library: 'CCPL-MD' };
const BRUNO: Prov = { id: 'bruno-d', name: 'Bruno', library: 'EPFL' };
const CORA: Prov = { id: 'cora-d', name: 'Cora', library: 'HCL-MN' };
const DEV: Prov = { id: 'dev-d', name: 'Dev', library: 'MCPL' };
const ELENA: Prov = { id: 'elena-d', name: 'Elena', library: 'LACL' };

const s = session;

export const DNA: SessionCase[] = [
  // 01 the plain good session, pickup exactly 60 s
  s(DANA, '01 "38% Scotland" on an Ancestry estimate: pickup exactly 60 s, company asked, support page + Bettinger, "thats all i needed"', [
    [0, 'p', 'hi i got my ancestry dna results and it says 38% scotland?? but my family is all german. is it wrong'],
    [60, 'l', "Good morning, you've reached Dana, a reference librarian with the Cleveland Public Library."],
    [66, 'l', 'Which company did you test with, and are you looking at the ethnicity estimate or the match list?'],
    [110, 'p', 'ancestry, the estimate pie chart thing'],
    [118, 'l', "Ethnicity percentages are estimates built from reference panels, and neighbouring regions like Scotland and northern Germany share a lot of DNA. Ancestry explains its reference panel on support.ancestry.com (search 'ethnicity estimate'). For a readable overview, our catalogue has 'The Family Tree Guide to DNA Testing and Genetic Genealogy' by Blaine Bettinger."],
    [124, 'l', 'Does that clear up the Scotland question?'],
    [170, 'p', 'yeah that makes sense actually. thats all i needed'],
    [176, 'l', 'Happy to help — enjoy the research, and thanks for stopping by!'],
  ], usual()),

  // 02 pickup 61 s
  s(EMIL, '02 a beginner ebook on genetic genealogy: pickup 61 s, format asked, Libby, "Take care, and happy reading!"', [
    [0, 'p', 'looking for a beginner book on genetic genealogy, something not too technical'],
    [61, 'l', 'Hello! Emil here, librarian at Multnomah County Library. Thanks for waiting.'],
    [67, 'l', 'Would you prefer print, an ebook, or an audiobook?'],
    [100, 'p', 'ebook on libby if possible'],
    [108, 'l', "'DNA for Genealogists' by Kerry Farmer is short and plain-spoken, and it's in our Libby collection: multcolib.org > eBooks > Libby, then search the title."],
    [114, 'l', 'Is that the kind of book you had in mind?'],
    [150, 'p', 'perfect ty'],
    [155, 'l', 'Anything else I can look up?'],
    [180, 'p', 'no'],
    [184, 'l', 'Take care, and happy reading!'],
  ], usual({ pickup: 'fail' })),

  // 03 greets, names no one
  s(ASKDESK, '03 GEDmatch and police: "hey there! what can I help with?" under the screen name "AskDesk", gedmatch.com/tos', [
    [0, 'p', 'if i upload my 23andme raw data to gedmatch can police see it??'],
    [20, 'l', 'hey there! what can I help with?'],
    [28, 'l', "Are you asking about GEDmatch specifically, or about the testing companies' own policies too?"],
    [70, 'p', 'gedmatch mostly'],
    [78, 'l', 'GEDmatch lets each user choose whether law enforcement can compare against their kit (opted in or opted out). Their terms and privacy policy explain it at gedmatch.com/tos, and you can change the setting any time on your profile page.'],
    [84, 'l', 'Did that answer what you were wondering?'],
    [130, 'p', 'yes thank u'],
    [135, 'l', "You're welcome, goodnight!"],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 04 a hold answered exactly 120 s later
  s(FARAH, '04 adoptee choosing a test: "Let me pull up something …, one moment." answered exactly 120 s later (pass), ISOGG chart', [
    [0, 'p', 'Im adopted and want to find my birth family. which dna test is best for that? ancestry or 23andme'],
    [25, 'l', 'Hi, this is Farah, a librarian at Ask a Librarian Delaware.'],
    [31, 'l', "Do you know which country or region your birth parents were likely from? The size of each company's database there matters."],
    [80, 'p', 'probably US, maybe Kentucky'],
    [86, 'l', 'Let me pull up something that compares the databases, one moment.'],
    [206, 'l', "Thanks for holding. The ISOGG wiki's 'Autosomal DNA testing comparison chart' (isogg.org/wiki) lists database sizes. AncestryDNA has the largest US database, so adoptees are usually advised to test there first and then upload the raw data elsewhere."],
    [212, 'l', 'Does that help you decide?'],
    [260, 'p', 'yes definitely ancestry then. thats everything'],
    [266, 'l', 'Good luck with the search — thanks for chatting with us!'],
  ], usual()),

  // 05 a hold answered 121 s later
  s(GRETA, '05 a DNA interest group for mom: "one sec, checking the events calendar" answered 121 s later (fail), fcpl.org/events', [
    [0, 'p', 'does the library have a dna genealogy group? my mom wants to join'],
    [15, 'l', "Welcome to Ask Us! I'm Greta at Frederick County Public Libraries."],
    [21, 'l', 'Which branch is closest to her?'],
    [50, 'p', 'C. Burr Artz downtown'],
    [56, 'l', 'one sec, checking the events calendar'],
    [177, 'l', "Sorry about the wait! The DNA Interest Group meets the second Tuesday of each month at 6:30 pm at C. Burr Artz; it's listed at fcpl.org/events (search 'DNA'). No registration needed."],
    [183, 'l', 'Is that what she was looking for?'],
    [220, 'p', "yes she'll be thrilled"],
    [226, 'l', 'Can I help with anything else?'],
    [250, 'p', 'nope thats it'],
    [254, 'l', 'Thanks for chatting, bye!'],
  ], usual({ informed: 'fail' })),

  // 06 Spanish: adoptee from Guadalajara, the adoption agency with no contact
  s(MARISOL, '06 adoptada en Guadalajara (Spanish): "habla Marisol", FamilySearch wiki en español, "escribir a la agencia de adopción" without contact', [
    [0, 'p', 'hola buenas, soy adoptada, naci en guadalajara en 1985 y me criaron en texas. puedo usar un examen de adn para encontrar a mi mamá biologica?'],
    [30, 'l', 'Buenas tardes, habla Marisol, bibliotecaria del servicio Pregúntale al Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [37, 'l', '¿Tiene algún documento de la adopción, por ejemplo el acta de nacimiento original o los papeles de la agencia?'],
    [90, 'p', 'solo tengo el nombre de la agencia, nada mas'],
    [97, 'l', "Un examen de ADN autosómico puede ayudar aunque tenga pocos papeles. FamilySearch tiene una guía en español para búsquedas de adopción en familysearch.org/es/wiki (busque 'Adopción México'). También le recomiendo escribir a la agencia de adopción para pedir su expediente no identificativo."],
    [103, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si, muchas gracias!! es todo lo que necesitaba'],
    [156, 'l', 'Con gusto. ¡Mucha suerte en su búsqueda y gracias por escribirnos!'],
  ], usual({ referral: 'fail' })),

  // 07 Spanish and English: follow-up by me, e-mail read back, "mañana", done in 20 h
  s(TOMAS, '07 Puerto Rican genealogy books for grandpa (Spanish/English, follow-up by me): e-mail read back, "mañana antes del mediodía", done in 20 h', [
    [0, 'p', 'hi, mi abuelo hizo un test de adn y salieron matches en Puerto Rico. do you have books on Puerto Rican genealogy? en español si es posible'],
    [22, 'l', '¡Hola! Le atiende Tomás, de Orange County Library System, Ask a Librarian.'],
    [28, 'l', '¿Prefiere libros impresos o electrónicos? / Print or ebooks?'],
    [70, 'p', "impresos, para mi abuelo, he's 82"],
    [76, 'l', "En el catálogo (ocls.info, pestaña Catálogo) busque 'Puerto Rico genealogy': hay varios títulos en la sucursal Southeast. Quiero revisar cuáles están en español y le mando la lista por correo. ¿Cuál es su correo electrónico?"],
    [120, 'p', 'lucia.ortiz88@example.com'],
    [126, 'l', 'Perfecto, lucia.ortiz88@example.com. Le envío la lista mañana antes del mediodía.'],
    [132, 'l', '¿Le ayuda por ahora el catálogo?'],
    [170, 'p', 'si, gracias! thats all'],
    [176, 'l', '¡Gracias a usted, que tenga buen día!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 08 a promise to e-mail "by Wednesday", coded Answered, the e-mail only in patron.email
  s(HUGO, '08 the Towson DNA class: "I\'ll email you the handout … by Wednesday", coded Answered, e-mail only in patron.email', [
    [0, 'p', "Heard there's a DNA class at the library next month? Can you send me the details?"],
    [18, 'l', "Hi, Hugo with Baltimore County Public Library's Ask Us chat here."],
    [24, 'l', "Do you mean 'Intro to DNA for Genealogy' at Towson, or the DNA Q&A at Catonsville?"],
    [60, 'p', 'the towson one'],
    [66, 'l', "It's on Saturday the 14th at 10 am; the listing and registration are at bcpl.info/events. I'll email you the handout they'll be using by Wednesday."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'yes great'],
    [114, 'l', 'Thanks for reaching out, goodbye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'r.kim@example.org', phone: null } }),

  // 09 follow-up by the patron's library, phone read back, "within 72 hours", done exactly 72 h after the end
  s(IVY, '09 dad\'s old FamilyTreeDNA kit (follow-up by patron\'s library): phone read back, "within 72 hours", done exactly 72 h after the end', [
    [0, 'p', 'my dad tested at familytreedna years ago, the company says the kit is too old to upgrade. is there anything our library can do'],
    [28, 'l', 'Good afternoon, Ivy from AskUsNow! at Howard County Library System here.'],
    [34, 'l', 'Is his home library Howard County, or another system?'],
    [80, 'p', 'anne arundel county'],
    [86, 'l', "FamilyTreeDNA's help centre explains what they keep of older samples: help.familytreedna.com (search 'sample storage'). Anne Arundel County Public Library works with the local genealogy society's DNA project, so I'll pass your question to their genealogy librarian. What phone number should they use?"],
    [140, 'p', '410 555 0192'],
    [146, 'l', 'Got it — 410-555-0192. Someone from Anne Arundel will call you within 72 hours.'],
    [152, 'l', 'Does the FamilyTreeDNA page help for now?'],
    [200, 'p', 'yes thanks, thats all for now'],
    [206, 'l', 'Thank you for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(211 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by me, e-mail read back, no time, done after 80 h
  s(JADE, '10 a Polish surname DNA project (follow-up by me): e-mail read back, no time said, done after 80 h', [
    [0, 'p', 'can you find out if my great grandmothers town in poland had any DNA surname project? name is Wiśniewski'],
    [20, 'l', 'Hello, Jade at Ask a Librarian (Milwaukee Public Library) — happy to help!'],
    [26, 'l', "Do you know the town's name, or at least the province?"],
    [70, 'p', 'near Łomża i think'],
    [76, 'l', "FamilyTreeDNA lists surname and geographic projects at familytreedna.com/group-project-search. I'll dig into Polish regional projects too and send you what I find. What's your email?"],
    [120, 'p', 'mwis@example.net'],
    [126, 'l', 'Thanks! I have mwis@example.net.'],
    [132, 'l', 'Is the project search a good start?'],
    [180, 'p', 'yes'],
    [185, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(190 + 80 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 11 a true Lost Call, final idle exactly 180 s
  s(KEN, '11 ethnicity accuracy (Lost Call): greeting at 30, "are you still with me?" at 150, notice + invitation back at 210 (180 s)', [
    [0, 'p', 'how accurate are dna ethnicity results'],
    inLine(2),
    [28, 's', 'Ken has joined the chat.', sys('joined')],
    [30, 'l', 'Hi there! Ken, librarian at Sacramento Public Library. How can I help?'],
    [150, 'l', 'Hello — are you still with me?'],
    [210, 'l', "It seems you've been disconnected, so I'll close this chat now. Please chat with us again anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 Lost Call after four patron lines
  s(LIA, '12 a surprise half sibling on 23andMe ("scared tbh"): coded Lost Call after four patron lines', [
    [0, 'p', 'my 23andme says i have a half sibling i never heard of. what do i do'],
    [25, 'l', "Hi, I'm Lia at Ask a Librarian, Denver Public Library."],
    [31, 'l', 'Have you messaged the match yet, or are you trying to confirm the relationship first?'],
    [70, 'p', 'not yet'],
    [74, 'p', 'scared tbh'],
    [80, 'l', "That's understandable. The Shared cM tool at dnapainter.com/tools/sharedcmv4 shows which relationships fit the amount of DNA you share, and 23andMe's help pages at customercare.23andme.com explain how to message a match."],
    [86, 'l', 'Does that help as a first step?'],
    [140, 'p', 'yes thank you'],
    [146, 'l', 'Take good care, and thanks for chatting.'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 13 a notice that thanks, 200 s after the answer, no check-in
  s(MIKA, '13 GINA and life insurance: answer at 66, "Looks like you\'ve left the chat … Thanks for using Ask Us!" at 266, no check-in', [
    [0, 'p', 'is it safe to do a dna test if im worried about insurance companies'],
    [20, 'l', 'Good evening! Mika at the Ask Us service of Pratt Library here.'],
    [26, 'l', 'Are you thinking of health insurance, or life / long-term care insurance? The protections differ.'],
    [60, 'p', 'life insurance'],
    [66, 'l', "The federal GINA law protects against genetic discrimination in health insurance and employment, but not in life insurance. The National Human Genome Research Institute explains it at genome.gov/about-genomics/policy-issues/Genetic-Discrimination."],
    [72, 'l', 'Does that answer your question?'],
    [266, 'l', "Looks like you've left the chat, so I'm closing it now. Thanks for using Ask Us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 14 a check-in and then nothing until endedAt
  s(NINA, '14 what is a centimorgan: answer at 61, "Are you still there?" at 190, session ends at 250 with no notice or goodbye', [
    [0, 'p', 'whats a centimorgan'],
    [18, 'l', 'Hi! This is Nina, a librarian at King County Library System.'],
    [24, 'l', 'Are you looking at a particular match, or just want the general idea?'],
    [55, 'p', 'general idea, i see it on my matches page'],
    [61, 'l', "A centimorgan (cM) measures how much DNA you share with a match: the more cM, the closer the relationship. The ISOGG wiki's article at isogg.org/wiki/Centimorgan explains it with examples."],
    [67, 'l', 'Is that what you needed?'],
    [190, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 60 }),

  // 15 a limit of questions
  s(OREN, '15 a list of match questions: "We keep chats to one question each and you\'re past that, so I\'m ending here. Bye."', [
    [0, 'p', 'ok i have a bunch of questions about my dna matches'],
    [20, 'l', "Hi, Oren here from the library's chat service."],
    [26, 'l', "What's the first one?"],
    [60, 'p', 'how do i tell if a 400 cM match is a cousin or a great aunt'],
    [66, 'l', 'Both fit at 400 cM; the Shared cM chart at dnapainter.com/tools/sharedcmv4 gives the odds for each. Did that help?'],
    [100, 'p', 'sort of. also how do i build a tree for them, and what is triangulation, and can you look at my matches list'],
    [108, 'l', "We keep chats to one question each and you're past that, so I'm ending here. Bye."],
    [115, 'p', 'wow ok'],
  ], usual({ clarify: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 16 other patrons waiting, an invitation back and a phone
  s(PAZ, '16 learning genetic genealogy from scratch 😅: research guide, then "several other patrons waiting … chat back in later, or call our Genealogy Center"', [
    [0, 'p', 'hi!! i want to learn genetic genealogy from scratch, books, classes, groups, everything 😅'],
    [22, 'l', "Welcome! I'm Paz, a reference librarian at Pima County Public Library."],
    [28, 'l', 'Do you prefer learning in person or online?'],
    [60, 'p', 'both honestly. also how do i read my chromosome browser and also what about mtdna'],
    [68, 'l', "For a start, the library's 'Genetic Genealogy' research guide at library.pima.gov/dna lists books, free webinars and the local DNA interest group. Does that give you a good starting point?"],
    [110, 'p', 'yes!! ok and the chromosome browser thing? and mtdna? and y dna??'],
    [118, 'l', 'Those are great questions, but I have several other patrons waiting right now. Please chat back in later, or call our Genealogy Center at 520-555-0177 — they love these.'],
    [140, 'p', 'ok cool ty'],
    [145, 'l', 'Thanks for stopping by — bye for now!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 17 a silent transfer
  s(QUINCY, '17 a birth father and a first-cousin match: internal note, silent transfer, Rafa 80 s after the patron', [
    [0, 'p', 'i want to find my biological father, i have my ancestry results and a 1st cousin match'],
    [20, 'l', 'Hi, Quincy at Ask a Librarian Florida, happy to help.'],
    [26, 'l', 'Do you know anything about your father, like a surname or where he lived?'],
    [70, 'p', 'only that he was in the navy in pensacola in 1979'],
    [75, 'i', 'Rafa, adoptee search w/ DNA match, you do these, taking it?'],
    xfer(78, 'Rafa', 'rafa-d'),
    [150, 'l', "Hi, Rafa here, genealogy librarian with the same service. With a first cousin match, the usual method is to build that cousin's tree back to the shared grandparents; the free 'What Are The Odds?' tool at dnapainter.com/tools/probability helps test each possibility.", as(RAFA)],
    [156, 'l', 'Does that give you a path forward?', as(RAFA)],
    [200, 'p', 'yes thank you so much, thats all'],
    [205, 'l', 'Good luck, and thank you for chatting!', as(RAFA)],
  ], usual({ transfer: 'fail' })),

  // 18 an announced transfer without an internal note
  s(SAM, '18 a genealogy society DNA workshop: "I\'m passing you to Teo … just a moment" with no internal note, Teo 90 s later', [
    [0, 'p', 'our genealogy society wants to host a DNA workshop at the library, who do I talk to'],
    [25, 'l', "Hello, Sam at Anne Arundel County Public Library's chat."],
    [31, 'l', 'Which branch would you like to hold it at?'],
    [70, 'p', 'Severna Park'],
    [76, 'l', "I'm passing you to Teo, who books our programs — just a moment while I transfer you."],
    xfer(80, 'Teo', 'teo-d'),
    [166, 'l', 'Hi, Teo from Programming here! Community groups can request a meeting room or propose a co-sponsored program through the form at aacpl.net/meeting-rooms.', as(TEO)],
    [172, 'l', 'Is that the info you needed?', as(TEO)],
    [210, 'p', 'yes perfect thats everything'],
    [214, 'l', 'Thanks, we look forward to it!', as(TEO)],
  ], usual({ transfer: 'fail' })),

  // 19 an announced transfer with a note that says why, the receiver 125 s after the notice
  s(UMA, '19 "my DNA says 25% Native American" (some Spanish): notice + internal note, Vera 125 s after the notice, Dawes Rolls', [
    [0, 'p', "necesito ayuda, my DNA says i'm 25% Native American, how do I enroll in a tribe"],
    [20, 'l', 'Hi! Uma from Ask a Librarian Oklahoma here.'],
    [26, 'l', 'Do you know which tribe or nation your family was connected to?'],
    [70, 'p', 'grandma said cherokee'],
    [76, 'l', "I'm going to transfer you to Vera, our Native American resources librarian. Please hold a moment."],
    [79, 'i', 'Vera — pt asking about Cherokee enrollment after DNA results, your area'],
    xfer(82, 'Vera', 'vera-d'),
    [201, 'l', "Hi, Vera here. A DNA test can't establish tribal membership: the Cherokee Nation enrolls by descent from an ancestor on the Dawes Rolls. The requirements are at cherokee.org (Services > Tribal Registration), and the Dawes Rolls are searchable at archives.gov/research/native-americans/dawes.", as(VERA)],
    [207, 'l', 'Does that answer it?', as(VERA)],
    [250, 'p', 'yes, muchas gracias'],
    [255, 'l', "You're welcome, goodbye!", as(VERA)],
  ], usual({ informed: 'fail', anything: 'fail', transfer: 'pass' })),

  // 20 four at once
  s(WREN, '20 raw data from Ancestry to MyHeritage: three other chats overlapping (four at once)', [
    [0, 'p', 'how do I download my raw DNA data from ancestry'],
    [15, 'l', 'Hi, Wren at Ask Us Now here.'],
    [20, 'l', 'Is it to upload to another site, or just to keep a copy?'],
    [45, 'p', 'upload to myheritage'],
    [50, 'l', "Ancestry's steps are on support.ancestry.com (search 'download DNA data'): Settings > DNA Settings > Download. MyHeritage's upload page is myheritage.com/dna/upload."],
    [55, 'l', 'Did that do it?'],
    [90, 'p', 'yup thats all thx'],
    [94, 'l', 'Thanks, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren-d', -60, 300), other('w2', 'wren-d', 10, 200), other('w3', 'wren-d', 40, 500)],
  }),

  // 21 three at most with touching ends; a goodbye 119 s after the answer
  s(XAVI, '21 shared matches on an aunt\'s list: chats touching both ends + two overlapping (three at most), goodbye 119 s after the answer', [
    [0, 'p', "what does 'shared matches' mean on ancestry"],
    [16, 'l', 'Hello! Xavi, Ask a Librarian at Nashville Public Library.'],
    [22, 'l', "Are you looking at a specific match's shared matches list?"],
    [45, 'p', "ya my aunt's"],
    [50, 'l', "Shared matches are people who match both you and your aunt, which usually puts them on that side of the family. Ancestry's help article 'Shared Matches' at support.ancestry.com explains the 20 cM cut-off."],
    [56, 'l', 'Does that help?'],
    [169, 'l', 'Thanks for chatting — come back anytime!'],
  ], usual({ anything: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xavi-d', -200, 0), other('x2', 'xavi-d', -30, 100), other('x3', 'xavi-d', 20, 300), other('x4', 'xavi-d', 174, 400)],
  }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (DNA canned answers): coded Practice, every check na', [
    [0, 'p', 'test — dna question for training'],
    [10, 'l', 'testing greeting macro'],
    [16, 'l', 'DNA guide: samplelibrary.org/dna'],
    [30, 'p', 'test reply'],
    [36, 'l', 'Did that help?'],
    [50, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever joined
  s(NOBODY, '23 DNA classes for adoptees: no provider ever joined, "anyone there?", patron left, code null', [
    [0, 'p', 'do you have any classes on dna for adoptees'],
    inLine(2, 4),
    [100, 'p', 'anyone there?'],
    [170, 'p', 'i guess not'],
    [200, 's', 'All librarians are still busy. Thank you for waiting.'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 24 a source with no codes: a promise, e-mail read back, "by Friday"
  s(YARA, '24 R-M269 haplogroup articles (no resolution codes at all): e-mail typed, read back, "by Friday"', [
    [0, 'p', "I'm researching my grandfather's Y-DNA haplogroup, R-M269. Can you find articles about it?"],
    [20, 'l', "Hi, and thanks for contacting Ask a Librarian! I'm Yara at Fairfax County Public Library."],
    [26, 'l', 'Do you want general reading or scholarly journal articles?'],
    [70, 'p', "scholarly is fine, my email is d.moreau@example.com if that's easier"],
    [76, 'l', "Our Academic Search Complete database (fairfaxcounty.gov/library > Research > Databases) has a few. I'll run a fuller search and e-mail the best articles to d.moreau@example.com by Friday."],
    [82, 'l', 'Is the database a good place to start?'],
    [120, 'p', 'yes thanks!'],
    [125, 'l', 'Anything else today?'],
    [150, 'p', 'no'],
    [154, 'l', 'Thanks, talk soon!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pending' }), { resolutionCode: undefined }),

  // 25 the Ohio Office of Vital Statistics with no contact
  s(ZED, '25 Ohio adoptee\'s original birth certificate: "Contact the Ohio Department of Health\'s Office of Vital Statistics" (no contact), Weinberg\'s book', [
    [0, 'p', 'adopted in ohio in 1972, can i get my original birth certificate? want to compare with my dna matches'],
    [30, 'l', "Hello, this is Zed, librarian at Columbus Metropolitan Library's Ask a Librarian."],
    [36, 'l', 'Were you born in Ohio as well, or only adopted there?'],
    [80, 'p', 'born in ohio too'],
    [86, 'l', "Ohio opened adoption files from 1964 through 1996 in 2015, so you can request your original birth certificate. Contact the Ohio Department of Health's Office of Vital Statistics and ask for the adoption file request form. For the DNA side, 'The Adoptee's Guide to DNA Testing' by Tamar Weinberg is in our catalogue."],
    [92, 'l', 'Did that answer your question?'],
    [140, 'p', 'yes!! thank you'],
    [146, 'l', 'Anything else?'],
    [170, 'p', "no that's all"],
    [174, 'l', 'Best of luck, take care!'],
  ], usual({ referral: 'fail' })),

  // 26 "Take your time!", a genetic counselor by URL
  s(ABBY, '26 a 1750 cM "half sister": "Take your time!" then 210 s away, side of the family asked, a genetic counselor via findageneticcounselor.nsgc.org', [
    [0, 'p', "my 23andme match says she's my half sister, how can i be sure? hold on lemme grab my numbers"],
    [20, 'l', 'Hi! Abby here, librarian with the Ask Us chat at Carroll County Public Library. Take your time!'],
    [230, 'p', 'ok back. we share 1750 cM on 23 segments'],
    [236, 'l', "Is she on your mom's side or your dad's, or you don't know yet?"],
    [270, 'p', 'dont know'],
    [276, 'l', '1750 cM fits a half sibling but also a grandparent, aunt or uncle; the Shared cM tool at dnapainter.com/tools/sharedcmv4 shows the ranges. An X-DNA comparison can narrow it down, and you could also ask a genetic counselor: find one near you at findageneticcounselor.nsgc.org.'],
    [282, 'l', 'Is that the kind of answer you needed?'],
    [320, 'p', 'yes. thats all i needed'],
    [325, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ referral: 'pass' })),

  // 27 pickedUpAt 45 s, greeting split, the patron's last word
  s(BRUNO, '27 a DNA basics webinar: pickedUpAt 45 s, "Good afternoon!" + "You\'re chatting with Bruno …", patron "nope, that\'s all i needed. bye!" last', [
    [0, 'p', 'do you have a program on DNA basics coming up? or a video i can watch'],
    [70, 'l', 'Good afternoon!'],
    [74, 'l', "You're chatting with Bruno at the Enoch Pratt Free Library."],
    [80, 'l', 'Would you rather attend in person or watch online?'],
    [120, 'p', 'online pls'],
    [126, 'l', "Our 'DNA for Family Historians' webinar recording is on the library's YouTube channel, linked from prattlibrary.org/genealogy. Does that answer your question?"],
    [170, 'p', 'yes'],
    [174, 'l', 'Anything else I can help you find?'],
    [200, 'p', "nope, that's all i needed. bye!"],
  ], usual({ courteous: 'fail' }), { pickedUpAt: at(45) }),

  // 28 no question before the books; a goodbye 120 s after the answer
  s(CORA, '28 best genetic genealogy books 📚🧬: three titles with no question first, goodbye exactly 120 s after the last answer, no check-in', [
    [0, 'p', 'what are the best books on genetic genealogy 📚🧬'],
    [14, 'l', 'Hi! Cora at Ask a Librarian, Hennepin County Library 😊'],
    [20, 'l', "Three good ones in our catalogue (hclib.org): 'The Family Tree Guide to DNA Testing and Genetic Genealogy' by Blaine Bettinger, 'Genetic Genealogy in Practice' by Bettinger and Debbie Parker Wayne, and 'DNA and Social Networking' by Debbie Kennett."],
    [26, 'l', 'Do any of those look good?'],
    [60, 'p', 'ooh the second one 👍'],
    [66, 'l', "It's on the shelf at Minneapolis Central; you can place a hold from its catalogue page. Does that work?"],
    [186, 'l', 'Thanks for chatting, enjoy the book!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail' })),

  // 29 no source
  s(DEV, '29 deleting Ancestry DNA results: scope asked, answer with no source, "Did that help?"', [
    [0, 'p', 'can i delete my dna results from ancestry? worried about privacy'],
    [22, 'l', 'Hello, Dev from Ask Us Now, Montgomery County Public Libraries.'],
    [28, 'l', 'Do you want to delete just the results, or close the whole account?'],
    [70, 'p', 'just the dna part'],
    [76, 'l', "Yes, you can. Ancestry lets you delete your DNA results yourself, and you can also have the physical sample destroyed. Deleting can't be undone, so download a copy first if you might want it later."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes tyvm'],
    [124, 'l', 'Anything else?'],
    [140, 'p', 'nope'],
    [144, 'l', 'Goodbye and thanks for using Ask Us Now!'],
  ], usual({ source: 'fail' })),

  // 30 Spanish, a silent 121 s
  s(ELENA, '30 ¿Ancestry o MyHeritage para México? (Spanish, emoji): answer 121 s after the patron with no hold (fail)', [
    [0, 'p', 'hola! q es mejor para buscar familia en mexico, ancestry o myheritage??'],
    [19, 'l', '¡Hola! Soy Elena, de la Biblioteca del Condado de Los Ángeles, servicio Pregunte al Bibliotecario.'],
    [25, 'l', '¿Busca familia viva (primos, medios hermanos) o antepasados para su árbol?'],
    [60, 'p', 'familia viva, primos de mi papá'],
    [181, 'l', "Para familia viva en México conviene AncestryDNA, que tiene más usuarios mexicanos; MyHeritage es fuerte en árboles. La guía 'Genealogía de México' de FamilySearch (familysearch.org/es/wiki) compara las opciones."],
    [187, 'l', '¿Le ayuda esto?'],
    [230, 'p', 'si gracias 🙏 eso es todo'],
    [236, 'l', '¡De nada! Gracias por escribirnos, hasta luego.'],
  ], usual({ informed: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DNA.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('29')]:
    'info.source: expected fail, got pass ("gave a source"; evidence message 4). Message 4: "Yes, you can. Ancestry lets you delete your DNA results yourself, and you can also have the physical sample destroyed. …" names a company with no URL, domain, contact, named database, guide, book or web page with steps; no other message gives one (RUBRIC info.source: "An organisation or app named without a way to reach it is not a source").',
};

describe('seventy-first round: DNA tests and genetic genealogy, checked', () => {
  describeSessions('whole sessions', DNA.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DNA.filter((c) => c.name in LEFT_WHY));
});
