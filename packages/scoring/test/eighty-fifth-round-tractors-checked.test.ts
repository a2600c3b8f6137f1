/**
 * Eighty-fifth round, theme TRACTORS, FARM MACHINERY AND ENGINE SHOWS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: dating tractors (a Farmall H by its serial number, an inherited 1952
 * Ford 8N valued for insurance, a Massey Ferguson 135's real horsepower), repairs (a Ford 8N's 6- to 12-volt change, bleeding
 * a Kubota that ran dry, a New Holland baler missing knots, a McCormick grain binder for a show), restoration (Allis-Chalmers
 * Persian Orange, McCormick-Deering 10-20 decals, an unmarked hit-and-miss engine, a Case steam engine's boiler inspection),
 * engine shows and pulls (the Steam & Gas Round-Up in Westminster, antique pulling classes at a fair, the Federalsburg
 * threshermen's show in a 1970s paper), farm law (a 15-year-old on a tractor, in Spanish; a tractor on a Charles County road),
 * farm history (Johnny Popper, threshing crews near Flintstone, a 1950s Centreville implement dealer, an R. Sinclair & Co.
 * plow, a 1955 fair tractor contest, tobacco tools for a 4th-grade project), donating tractors to the farm museum, old
 * tractors for children to see (in Spanish) and tractor picture books. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/tractors-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, thanks for contacting AskUsNow! I'm Marisol, a librarian at …" (01); Spanish "¡Hola! Bienvenida a
 *   AskUsNow!, le atiende Valeria, bibliotecaria." (02) and "¡Hola! Soy Marta, bibliotecaria de …" (14); the service alone,
 *   no name: "Hello and welcome to AskUsNow!, Maryland's statewide ask-a-librarian service." at exactly 60 s (03: pickup and
 *   greeting pass); "hellooo" at 40 and pickup at 61 s (04: fail); "Hi there!" and a question, only a screen name
 *   (WCFL_Ref2) as identification (05: greeting fails); "This is Curtis with Talbot County Free Library's Ask a Librarian."
 *   with no greeting word (06: fails); chat-speak "Hi! 😊 Jules here, librarian at …" (30); no provider ever, only the
 *   queue's line (20);
 *  inquiry: serial plate, engine type, trailer rating, project deadline, farm use and daylight, gas or diesel, the museum,
 *   age of the children (in Spanish), the year and name, the tractor running the cutter, tag or casting marks; a restatement
 *   alone, "So you need a current market value for a 1952 Ford 8N, to give your insurance company." (10: pass); the answer
 *   straight after the greeting with no question (09: fail); no source ever but a question asked (11: pass);
 *  waits: a patron's follow-up question answered 121 s later with no hold (07: fail); "Let me look up the Nebraska test
 *   report for it, one moment." answered exactly 120 s later (08: pass); a transfer notice (a hold) and the receiver 58 s
 *   later (27: pass); a silent transfer, the receiver 125 s after the patron (28: fail); the patron's "hellooo" before a 61 s
 *   pickup (04: pickup's wait, not keep_informed's);
 *  sources: tractordata.com, the catalogue (library.carr.org, fcpl.org, tcfl.org, washcolibrary.org, ccplnet.org,
 *   calvertlibrary.info, wicomicolibrary.org, the MCPL catalogue), dol.gov's Fact Sheet 40, a county Extension office's
 *   phone, carrollcountyfarmmuseum.org, the I&T shop manual, yesterdaystractors.com, gasenginemagazine.com, Wendel's American
 *   Gasoline Engines Since 1872, two-cylinder.com, farmcollector.com, tractortestlab.unl.edu, kubotausa.com > Parts & Service >
 *   Manuals, tractorhouse.com, extension.psu.edu, montgomeryparks.org, mgaleg.maryland.gov, extension.umd.edu,
 *   digitalmaryland.org, threshermen.org, wisconsinhistory.org, books.google.com, hchsmd.org, labor.maryland.gov,
 *   jefpat.maryland.gov; none, the PTO speeds from memory (11: fail);
 *  follow-up questions: "Does that answer your question?", "Does that help?", "Did that answer your question?", "Is that what
 *   you were looking for?", "Does that answer it?", "¿Le sirve esta información?", "¿Le sirve?", "Does the Wisconsin
 *   collection look useful?", "In the meantime, does the association history page help?", "Is that the kind of help you
 *   need?"; an offer of more, "Want me to see if I can find the parts diagram for the knotter too?" (12: fails);
 *  closings: provider's "Anything else …?" (03, 04, 05, 07, 10, 24, 25, 29), none asked and the patron silent (09, 11, 16,
 *   18, 19, 26); patron-side "thats everything i needed",
 *   "es todo lo que necesitaba", "that's all I need", "no more questions", "thats all for now", "yes thanks, that works,
 *   nothing else", "that is everything", "perfect thats all", "thats all i needed"; and "ok thanks" (12), "ok perfecto,
 *   gracias!" (14) that do not count; "I answer one question per session, so you've reached your limit for today." then
 *   "Thanks for chatting." (13: dismissal fails, courteous passes); "tengo otros usuarios esperando ahora mismo; vuelva a
 *   conectarse más tarde" (14: allowed); the patron's "ok thanks" as the last line after an offer (12: courteous fails);
 *  final idle: a goodbye 119 s after the last answer (09: na); a goodbye exactly 120 s after with no check-in (26: fail); "Are
 *   you still there?" and a goodbye 121 s after (11: pass, notice na); "Hello, are you still there?" as the last line and
 *   `endedAt` exactly 180 s after the answer (18: idle passes, notice fails, courteous fails); "It looks like you may have
 *   disconnected, so I'll close this chat now. Thanks …" 200 s after with no check-in (19: idle fails, notice passes); a Lost
 *   Call with "Hi, are you still there?" and "It looks like we've been disconnected, so I'll end this chat now. Feel free to
 *   come back anytime!" (15); "Are you still there?" then "It seems you've disconnected, so I'm going to end this chat.
 *   Thanks …" 181 s after the answer, coded Lost Call after two patron lines (16: idle and notice pass, code fails);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h, judged at day 3 (21: pass); FU_LIB, a phone
 *   typed and read back, "by Wednesday", nothing recorded at day 2 (22: pending); FU_ME with the e-mail only in
 *   `patron.email`, "get back to you" with no time, done at 80 h (23: contact and on_time fail, code passes); a promise to
 *   e-mail a scan "tomorrow", e-mail read back, coded Answered, nothing recorded at day 4 (24: code and on_time fail, contact
 *   passes); FU_ME with no e-mail or phone anywhere, "by Friday", done at 50 h (25: code and contact fail, on_time passes);
 *  codes: the field left out (10: na); "" (12); null with no provider (20); a true Lost Call (15); Lost Call after two patron
 *   lines (16); Practice (17);
 *  referrals: a county Extension office by phone, in Spanish (02: pass); the Maryland boiler unit by URL and "the antique
 *   engine club that runs the steam show at the fairgrounds in Leonardtown" with nothing (26: fail); the farm museum's
 *   curator by phone and URL, from the receiving provider (27: pass); a museum to visit at its postal address (29: pass); not
 *   referrals: Queen Anne's County Library's staff asked on the patron's behalf (22), microfilm the provider will search
 *   (21, 25), websites published by agencies (18, 23, 25);
 *  transfers: a notice (a hold) and an internal note saying why (27: pass); an internal note only, no word to the patron
 *   (28: fail);
 *  concurrency: three others, four open at once from 90 s (29: fail); one ending exactly at `startedAt` and one starting
 *   exactly at `endedAt` with two open throughout (30: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Curtis with Talbot County Free Library's Ask a Librarian." identifies who answers but greets no one: none of
 *   hello, hi, good morning, welcome or thanks for contacting is in the first two provider messages (06: greeting fails);
 * - the service named alone ("welcome to AskUsNow!, Maryland's statewide ask-a-librarian service") is an identification,
 *   as the check's list includes "the service" (03: pass);
 * - "So you need a current market value for a 1952 Ford 8N, to give your insurance company." restates the question (10);
 * - a follow-up question after a substantive answer with no source still counts for followup.completeness, which asks about
 *   "the first message that gives a source or answer" (11: pass while info.source fails);
 * - "Want me to see if I can find the parts diagram for the knotter too?" offers something not yet given (12: fails);
 * - "Is that the kind of help you need?" (28) and "Is the New Idea history useful in the meantime?" (22) ask whether what
 *   was given meets the need; "Would that work?" (21) asks about the follow-up offered, and the check passes there on the
 *   later "does the association history page help?";
 * - "yes thanks, that works, nothing else" (23), "es todo lo que necesitaba" (02), "thats all for now" (21) and "perfect
 *   thats all" (28) say explicitly that the patron is done; "ok thanks" (12) and "ok perfecto, gracias!" (14) are thanks alone;
 * - "I answer one question per session, so you've reached your limit for today" tells the patron they reached a limit of
 *   questions; the "Thanks for chatting." after it does not offer a way back (13: dismissal fails, courteous passes);
 * - "tengo otros usuarios esperando ahora mismo; vuelva a conectarse más tarde y con gusto le ayudamos" says others are
 *   waiting and invites the patron back (14: allowed);
 * - the final idle starts at the first non-hold provider message after the patron's last visible line: in 09 the
 *   "Great — once fuel runs out …" at 76 s (goodbye at 195: 119 s), in 11 the answer at 68 s (goodbye at 189: 121 s), in 18
 *   the answer at 68 s (`endedAt` 248: 180 s), in 19 the answer at 79 s (goodbye at 279: 200 s), in 26 the answer at 68 s
 *   (goodbye at 188: 120 s), in 16 the answer at 56 s (goodbye at 237: 181 s), in 15 the greeting at 26 s;
 * - "I'll close the chat for now, but thanks for writing in and come back anytime!" (11), "It looks like you may have
 *   disconnected, so I'll close this chat now. Thanks for reaching out …" (19) and "It seems you've disconnected, so I'm going
 *   to end this chat. Thanks for using AskUsNow!" (16) thank the patron without asking whether they are there: goodbyes, so
 *   the idle ends at them; the last two also tell the patron they seem disconnected and the chat will end (the notice);
 * - "Hello, are you still there?" as the last provider line is a check-in, not a goodbye: the idle runs to `endedAt` (18);
 * - "I'll look through it and e-mail you a scan … You'll have it tomorrow." (24), "I'll also check whether our interlibrary
 *   loan can get a reprint … and get back to you" (23) and "I'll look through the August 1955 issues and get back to you by
 *   Friday" (25) are promises to send or find more later;
 * - with no patron e-mail or phone anywhere, a follow-up code has no known contact (25: code fails), even though the
 *   follow-up was recorded done at 50 h (on_time passes: it asks only when it was recorded);
 * - "It's also worth talking to the antique engine club that runs the steam show at the fairgrounds in Leonardtown" tells
 *   the patron to contact an organisation, with no way to reach it (26: one of two parties, referral fails);
 * - "you can visit them at 10515 Mackall Road, St. Leonard, MD 20685, and ask at the visitor center" is a referral with a
 *   postal address (29: pass);
 * - Queen Anne's County Library staff asked to search and call the patron are staff consulted on the patron's behalf, not a
 *   party the patron is told to contact (22: referral na);
 * - a transfer notice ("I'm going to transfer you to him. One moment, please.") is a hold; the internal note and the system
 *   line do not end the wait, which Frank's first line ends (27: 58 s);
 * - "resolutionCode" set to undefined is the field left out (10: code na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0 (none). Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY empty).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARISOL: Prov = { id: 'marisol-tr', name: 'Marisol', library: 'CCPL' };
const VALERIA: Prov = { id: 'valeria-tr', name: 'Valeria', library: 'AUN' };
const HANK: Prov = { id: 'hank-tr', name: 'Hank', library: 'AUN' };
const DMITRI: Prov = { id: 'dmitri-tr', name: 'Dmitri', library: 'FCPL-MD' };
const WCFL2: Prov = { id: 'wcfl2-tr', name: 'WCFL_Ref2', library: 'WCFL' };
const CURTIS: Prov = { id: 'curtis-tr', name: 'Curtis', library: 'TCFL' };
const CHERYL: Prov = { id: 'cheryl-tr', name: 'Cheryl', library: 'HCPL-MD' };
const RENEE: Prov = { id: 'renee-tr', name: 'Renee', library: 'KCPL' };
const IMANI: Prov = { id: 'imani-tr', name: 'Imani', library: 'PGCMLS' };
const GLENN: Prov = { id: 'glenn-tr', name: 'Glenn', library: 'CCPL-CE' };
const OPAL: Prov = { id: 'opal-tr', name: 'Opal', library: 'SCL' };
const LARS: Prov = { id: 'lars-tr', name: 'Lars', library: 'AACPL' };
const TRENT: Prov = { id: 'trent-tr', name: 'Trent', library: 'WOCO' };
const MARTA: Prov = { id: 'marta-tr', name: 'Marta', library: 'MCPL' };
const BEA: Prov = { id: 'bea-tr', name: 'Bea', library: 'DCPL' };
const NIKHIL: Prov = { id: 'nikhil-tr', name: 'Nikhil', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-tr', name: 'Trainee 7', library: 'TRN' };
const SHANICE: Prov = { id: 'shanice-tr', name: 'Shanice', library: 'CCPL-CH' };
const WES: Prov = { id: 'wes-tr', name: 'Wes', library: 'ACLS' };
const QUEUE: Prov = { id: 'queue-tr', name: 'Queue', library: 'VRQ' };
const INGRID: Prov = { id: 'ingrid-tr', name: 'Ingrid', library: 'CCPL-CO' };
const RUTH: Prov = { id: 'ruth-tr', name: 'Ruth', library: 'AUN' };
const DESMOND: Prov = { id: 'desmond-tr', name: 'Desmond', library: 'BCPL' };
const LENA: Prov = { id: 'lena-tr', name: 'Lena', library: 'EPFL' };
const OMAR: Prov = { id: 'omar-tr', name: 'Omar', library: 'HCLS' };
const GAIL: Prov = { id: 'gail-tr', name: 'Gail', library: 'SMCL' };
const TOMAS: Prov = { id: 'tomas-tr', name: 'Tomás', library: 'AUN' };
const FRANK: Prov = { id: 'frank-tr', name: 'Frank', library: 'CCPL' };
const PRISCILLA: Prov = { id: 'priscilla-tr', name: 'Priscilla', library: 'AUN' };
const WALT: Prov = { id: 'walt-tr', name: 'Walt', library: 'FCPL-MD' };
const KAYLA: Prov = { id: 'kayla-tr', name: 'Kayla', library: 'CALVERT' };
const JULES: Prov = { id: 'jules-tr', name: 'Jules', library: 'WPL' };

const s = session;

export const TRACTORS: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 dating a Farmall H from an auction: serial plate asked, tractordata.com + library.carr.org, "thats everything i needed"', [
    [0, 'p', 'hi i just bought an old farmall H at an auction near westminster, how can i tell what year it is??'],
    [21, 'l', "Good morning, thanks for contacting AskUsNow! I'm Marisol, a librarian at Carroll County Public Library."],
    [27, 'l', "Congrats on the H! Can you find a serial number on it? It's usually on a small plate or stamped on the left side of the clutch housing."],
    [70, 'p', 'found it, FBH 245xxx something, last digits are rusty'],
    [78, 'l', "That's plenty to go on. International Harvester numbered the H in order, so the first digits tell you the year: tractordata.com has the serial number table on its Farmall H page, and a number in the 245,000s puts it in the late 1940s. For the full story, search 'Farmall' in our catalog at library.carr.org; several of the Farmall histories there print the serial charts too."],
    [84, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes!! thats everything i needed, thanks so much'],
    [126, 'l', "You're welcome, enjoy the tractor and thanks for using AskUsNow!"],
  ], usual()),

  // 02 Spanish: a 15-year-old on a tractor, the county Extension office by phone
  s(VALERIA, '02 hijo de 15 años y el tractor (Spanish): farm and county asked, dol.gov Fact Sheet 40, Extension office by phone, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas tardes, mi hijo tiene 15 años y el patrón de la granja quiere que maneje el tractor este verano. es legal??'],
    [24, 'l', '¡Hola! Bienvenida a AskUsNow!, le atiende Valeria, bibliotecaria.'],
    [30, 'l', '¿En qué condado está la granja, y la granja es de su familia o de otra persona?'],
    [72, 'p', 'en Frederick, no es de nosotros, el trabaja ahi'],
    [80, 'l', 'Según la ley federal, un joven de 14 o 15 años que trabaja en una granja que no es de sus padres no puede manejar un tractor de más de 20 caballos de fuerza, a menos que tenga el certificado de seguridad de tractores (un curso de 4-H o de Extensión). La explicación está en la hoja informativa del Departamento de Trabajo en dol.gov (busque "Fact Sheet 40").'],
    [86, 'l', 'Para el curso, puede llamar a la oficina de Extensión de la Universidad de Maryland en el condado de Frederick: 301-555-0139.'],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mucho, es todo lo que necesitaba, gracias!'],
    [146, 'l', '¡Con mucho gusto! Gracias por escribirnos, y que le vaya bien a su hijo.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the service named, no provider name
  s(HANK, '03 the Steam & Gas Round-Up in Westminster: pickup at exactly 60 s, "welcome to AskUsNow!, Maryland\'s statewide …" (no name), carrollcountyfarmmuseum.org', [
    [0, 'p', 'when is the antique engine show at the carroll county farm museum this year? want to take my grandkids'],
    [60, 'l', "Hello and welcome to AskUsNow!, Maryland's statewide ask-a-librarian service."],
    [66, 'l', 'Are you thinking of the steam and gas engine show, or the fall harvest festival?'],
    [95, 'p', 'the engines one, with the old tractors putting around'],
    [103, 'l', "That's the Steam & Gas Round-Up put on by the Mason-Dixon Historical Society on the farm museum grounds in Westminster, over a summer weekend. This year's dates, hours and admission are on the museum's events page at carrollcountyfarmmuseum.org."],
    [109, 'l', 'Does that help?'],
    [140, 'p', 'yes perfect'],
    [145, 'l', 'Anything else I can help you with today?'],
    [170, 'p', 'no thats it thank you'],
    [175, 'l', 'Have fun at the show, and thanks for using AskUsNow!'],
  ], usual()),

  // 04 pickup at 61 s after a "hellooo"
  s(DMITRI, '04 Ford 8N from 6 to 12 volts: "hellooo" at 40, pickup at 61 s, generator asked, I&T manual in fcpl.org + yesterdaystractors.com', [
    [0, 'p', 'anyone know how to convert a ford 8n from 6 volt to 12 volt'],
    [40, 'p', 'hellooo'],
    [61, 'l', 'Hi, sorry to keep you waiting! This is Dmitri at Frederick County Public Libraries.'],
    [67, 'l', 'Does your 8N still have the original generator, or has it been swapped for an alternator already?'],
    [100, 'p', 'original generator, starter is getting weak'],
    [108, 'l', "Most people put in a one-wire 12-volt alternator, change the coil to a 12-volt one (or add a resistor), fit a 12-volt battery, and switch the tractor from positive ground to negative ground. Our catalog at fcpl.org has the I&T Shop Service manual for the Ford 2N, 8N and 9N, and Yesterday's Tractors has step-by-step conversion threads at yesterdaystractors.com."],
    [114, 'l', 'Did that answer your question?'],
    [150, 'p', 'ya good enough'],
    [155, 'l', 'Anything else I can look up for you?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Good luck with the swap, bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 a greeting with no identification (screen name only)
  s(WCFL2, '05 why a "Johnny Popper": "Hi there!" and a question, only the screen name WCFL_Ref2 (greeting fails), two-cylinder.com + catalog', [
    [0, 'p', 'why do old john deere tractors make that putt putt sound? my dad called it a johnny popper'],
    [18, 'l', 'Hi there!'],
    [23, 'l', 'Are you asking about the sound itself, or where the nickname came from?'],
    [50, 'p', 'both lol'],
    [58, 'l', "John Deere's two-cylinder engines, built until 1960, fire unevenly, so you hear each power stroke as its own 'pop' instead of a steady hum, and farmers nicknamed them Johnny Poppers. The Two-Cylinder Club has a history section at two-cylinder.com, and our catalog at washcolibrary.org has books on the two-cylinder Deeres."],
    [64, 'l', 'Does that answer it?'],
    [90, 'p', 'yes thx'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail' })),

  // 06 an identification with no greeting word
  s(CURTIS, '06 an unmarked hit-and-miss engine in Easton: "This is Curtis with Talbot County Free Library\'s Ask a Librarian." (no greeting), Wendel in tcfl.org', [
    [0, 'p', 'found an old hit and miss engine in my uncles shed in easton. how do I figure out who made it'],
    [25, 'l', "This is Curtis with Talbot County Free Library's Ask a Librarian."],
    [31, 'l', 'Is there any name tag or casting mark on it, and roughly how big is it?'],
    [80, 'p', 'no tag, flywheels are maybe 2 feet across, was painted red once'],
    [88, 'l', "Without a tag, collectors go by the shape of the water hopper, the igniter and the flywheel spokes. C.H. Wendel's American Gasoline Engines Since 1872 is the standard guide, with photos of hundreds of makers; it's in our catalog at tcfl.org. Gas Engine Magazine's site, gasenginemagazine.com, also has an engine ID forum where you can post pictures."],
    [94, 'l', 'Is that what you were looking for?'],
    [130, 'p', "yes that book sounds perfect. that's all I need"],
    [136, 'l', 'Happy restoring, and thanks for writing in!'],
  ], usual({ greeting: 'fail' })),

  // 07 a patron's second question answered 121 s later, no hold
  s(CHERYL, '07 Persian Orange for an Allis-Chalmers WD45: farmcollector.com, "also what color were the wheels" answered 121 s later with no hold', [
    [0, 'p', 'what color paint is correct for an allis chalmers wd45? restoring one for the harford county fair'],
    [17, 'l', "Hi! I'm Cheryl, a librarian at Harford County Public Library."],
    [23, 'l', 'Are you going for show-correct original paint, or just something close?'],
    [50, 'p', 'show correct, its going in the antique class'],
    [57, 'l', "Allis-Chalmers painted its tractors Persian Orange from 1936 on; for a WD45 collectors use the later shade, 'Persian Orange No. 2'. Farm Collector magazine's article on Allis-Chalmers paint (search 'Persian Orange' at farmcollector.com) explains the difference between the two."],
    [63, 'l', 'Does that help?'],
    [100, 'p', 'yes! also what color were the wheels and the grille'],
    [221, 'l', 'Sorry about the wait! On the WD45 the wheels and the grille were Persian Orange too, with the Allis-Chalmers name in black decals; the same Farm Collector article has photos.'],
    [227, 'l', 'Anything else for the fair?'],
    [250, 'p', 'no thats it thanks'],
    [255, 'l', 'Good luck in the antique class, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 a hold answered exactly 120 s later
  s(RENEE, '08 a Massey Ferguson 135\'s real horsepower: gas or diesel asked, "Let me look up the Nebraska test report for it, one moment." answered exactly 120 s later', [
    [0, 'p', 'how much horsepower did a massey ferguson 135 actually make? seller says 45 hp'],
    [20, 'l', 'Hello! Renee here, a librarian at Kent County Public Library.'],
    [26, 'l', 'Is it the gas or the diesel model?'],
    [48, 'p', 'diesel, perkins engine'],
    [55, 'l', 'Let me look up the Nebraska test report for it, one moment.'],
    [175, 'l', "Found it: the University of Nebraska Tractor Test Laboratory measured the MF 135 diesel at about 37 to 38 horsepower at the PTO, so the seller's 45 is likely the engine's rated figure, not what reaches the PTO. The test reports are free on the lab's site, tractortestlab.unl.edu, and tractordata.com has the same numbers in a short table."],
    [181, 'l', 'Does that answer your question?'],
    [215, 'p', 'yes very helpful, no more questions'],
    [220, 'l', 'Great, thanks for chatting and good luck with the deal!'],
  ], usual()),

  // 09 no question before the source; a goodbye 119 s after the last answer
  s(IMANI, '09 bleeding a Kubota L2350 that ran dry: the steps at once with no question, kubotausa.com > Manuals, goodbye 119 s after the last answer', [
    [0, 'p', 'ran my kubota L2350 out of diesel, now it wont start. do i need to bleed it??'],
    [15, 'l', "Hi, thanks for contacting Ask a Librarian! Imani here at Prince George's County Memorial Library System."],
    [21, 'l', "Yes, after running dry you nearly always have to bleed the air out. Fill the tank, open the bleed screw on top of the fuel filter until fuel comes out with no bubbles, close it, then do the same at the injection pump's bleed screw, and crank in short bursts. The operator's manual has the exact steps with a diagram: kubotausa.com > Parts & Service > Manuals (search L2350)."],
    [27, 'l', 'Did that help?'],
    [70, 'p', 'ok found the bleed screw on the filter, opening it now'],
    [76, 'l', 'Great — once the fuel runs out with no bubbles, close it and move on to the pump.'],
    [195, 'l', 'Hope it fires right up. Thanks for chatting, and come back anytime!'],
  ], usual({ clarify: 'fail', anything: 'fail' })),

  // 10 a restatement; the resolution code field left out
  s(GLENN, '10 an inherited 1952 Ford 8N for insurance: "So you need a current market value …" (restatement), tractorhouse.com + Wendel, code field left out', [
    [0, 'p', 'my grandfather left me his 1952 ford 8N and the insurance company wants a value. any idea what its worth'],
    [22, 'l', 'Hi! Glenn here, librarian at Cecil County Public Library.'],
    [30, 'l', 'So you need a current market value for a 1952 Ford 8N, to give your insurance company.'],
    [45, 'p', 'yep exactly. it runs good, mostly original paint'],
    [53, 'l', "There's no single official price guide for antique tractors, but insurers usually accept recent sale prices of comparable 8Ns: TractorHouse lists auction results you can search by model at tractorhouse.com. For the tractor's history and specifications, C.H. Wendel's Standard Catalog of Farm Tractors is in our catalog at ccplnet.org."],
    [59, 'l', 'Did that answer your question?'],
    [95, 'p', 'yes, thank you!'],
    [100, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats all'],
    [125, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 11 no source; a check-in and a goodbye 121 s after the answer
  s(OPAL, '11 540 or 1000 PTO for a used bush hog: the tractor asked, the answer from memory (no source), "Are you still there?", goodbye 121 s after', [
    [0, 'p', 'whats the difference between 540 and 1000 pto? buying a used bush hog'],
    [19, 'l', 'Hello! Opal at Somerset County Library here, happy to help.'],
    [25, 'l', 'What tractor will be running the bush hog?'],
    [60, 'p', 'a 1970s international 574, about 60hp'],
    [68, 'l', "The numbers are the revolutions per minute of the tractor's power take-off shaft at rated engine speed. 540 is the older standard and what most rotary cutters use; 1000 is for bigger implements. The shafts differ too: a 540 shaft has 6 splines, a 1000 shaft 21. Most 574s were built with a 540 PTO, so look for a cutter made for 540. Does that help?"],
    [128, 'l', 'Are you still there?'],
    [189, 'l', "I'll close the chat for now, but thanks for writing in and come back anytime!"],
  ], usual({ source: 'fail', anything: 'fail', idle: 'pass' })),

  // 12 an offer of more, the patron's "ok thanks" last, code ""
  s(LARS, '12 a New Holland 273 baler missing knots: extension.psu.edu, "Want me to see if I can find the parts diagram … too?", patron\'s "ok thanks" last, code ""', [
    [0, 'p', 'my new holland 273 baler keeps missing knots on one side, anyone know why'],
    [16, 'l', "Hi, I'm Lars, a librarian with Anne Arundel County Public Library."],
    [22, 'l', 'Is it the same knotter every time, and is the twine breaking or just not tying?'],
    [70, 'p', 'always the left one, twine just falls out untied'],
    [78, 'l', "When one knotter drops the twine untied, the usual causes are a weak twine disk holder spring or a worn billhook. Penn State Extension's page on troubleshooting knotters on small square balers, at extension.psu.edu, goes through each cause with photos."],
    [84, 'l', 'Want me to see if I can find the parts diagram for the knotter too?'],
    [110, 'p', 'ok thanks'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 13 dismissed: "you've reached your limit for today"
  s(TRENT, '13 antique tractor pulls at the Berlin fair, then a list: farmcollector.com, "I answer one question per session, so you\'ve reached your limit for today."', [
    [0, 'p', 'hey, how do antique tractor pulls work? like the weight classes'],
    [21, 'l', 'Hi, Trent at Worcester County Library here. Are you thinking of entering one, or watching?'],
    [50, 'p', 'entering my farmall super M at the fair in berlin'],
    [58, 'l', "Antique pulls use a weight-transfer sled, and tractors are split into classes by weight (5,000, 5,500, 6,000 lb and so on) with a speed limit, usually 3 or 4 mph. Each club sets its own rules; Farm Collector explains how the classes work in its antique pulling articles at farmcollector.com."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yes. next, how do i weigh my tractor, where to get wheel weights, what hitch height, and do i need a kill switch'],
    [96, 'l', "That's more than I can take on in one chat — I answer one question per session, so you've reached your limit for today."],
    [110, 'p', 'seriously?'],
    [115, 'l', 'Thanks for chatting.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 Spanish: the allowed "others waiting", come back later
  s(MARTA, '14 ver tractores antiguos con los niños (Spanish): ages asked, montgomeryparks.org + catalog, "tengo otros usuarios esperando … vuelva a conectarse más tarde"', [
    [0, 'p', 'hola! donde puedo llevar a mis niños a ver tractores antiguos en montgomery county? 🚜'],
    [18, 'l', '¡Hola! Soy Marta, bibliotecaria de Montgomery County Public Libraries. ¿Qué edad tienen sus niños?'],
    [45, 'p', '5 y 8 años'],
    [53, 'l', 'El Agricultural History Farm Park en Derwood tiene tractores antiguos y hace eventos para familias; el calendario está en montgomeryparks.org (busque "Agricultural History Farm Park"). ¿Le sirve?'],
    [80, 'p', 'si! y tambien libros de tractores para niños, y donde hay granjas para recoger fresas, y un museo de trenes, y clases de jardineria para niños??'],
    [88, 'l', 'Para los libros, busque "tractores" en nuestro catálogo en montgomerycountymd.gov/library; tenemos varios en español. Para las otras preguntas, tengo otros usuarios esperando ahora mismo; vuelva a conectarse más tarde y con gusto le ayudamos con las granjas, el museo y las clases.'],
    [100, 'p', 'ok perfecto, gracias!'],
    [105, 'l', '¡Gracias a usted! Que disfruten los tractores 🚜'],
  ], usual({ anything: 'fail' })),

  // 15 a true Lost Call
  s(BEA, '15 a manual for a 1949 Oliver 77 (Lost Call): greeting only, "Hi, are you still there?" at 150, "looks like we\'ve been disconnected … come back anytime" at 330', [
    [0, 'p', 'where can i find a manual for a 1949 oliver 77'],
    [26, 'l', 'Hello! This is Bea, a librarian at Dorchester County Public Library.'],
    [150, 'l', 'Hi, are you still there?'],
    [330, 'l', "It looks like we've been disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after two patron lines; 181 s of final idle with a check-in and the notice
  s(NIKHIL, '16 hauling a Farmall M on a trailer: tractordata.com, "Are you still there?", "It seems you\'ve disconnected …" 181 s after the answer, coded Lost Call', [
    [0, 'p', 'how much does a farmall M weigh? need to haul it on my trailer'],
    [20, 'l', 'Hi, Nikhil here with AskUsNow!. What is your trailer rated for?'],
    [48, 'p', '7000 lb gvwr, 16 ft'],
    [56, 'l', "A Farmall M weighs roughly 4,500 to 5,000 lb without wheel weights or fluid in the tires (tractordata.com lists its weight on the Farmall M page). Subtract the trailer's own weight from the 7,000 lb rating to see what it can carry; most 16 ft equipment trailers handle an M fine. Does that answer it?"],
    [150, 'l', 'Are you still there?'],
    [237, 'l', "It seems you've disconnected, so I'm going to end this chat. Thanks for using AskUsNow!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (tractor manual script): coded Practice, every check na', [
    [0, 'p', 'testing - practice chat about tractor manuals'],
    [8, 'l', 'Practice reply: try tractordata.com'],
    [15, 'p', 'end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 a check-in as the last line, `endedAt` exactly 180 s after the answer, no notice
  s(SHANICE, '18 a tractor on a Charles County road: mgaleg + extension.umd.edu, "Hello, are you still there?" last, ended exactly 180 s after the answer', [
    [0, 'p', 'is it legal to drive my tractor on the road in charles county to get to my other field? its like 2 miles'],
    [23, 'l', 'Good afternoon! Shanice at Charles County Public Library here.'],
    [29, 'l', 'Is the tractor used for your farm, and will you be driving in daylight?'],
    [60, 'p', 'yes its for farming, daytime only'],
    [68, 'l', "Farm tractors can generally use public roads in Maryland to get between fields as long as they show the orange slow-moving vehicle triangle and have working lights. The Maryland Vehicle Law is on the General Assembly's site at mgaleg.maryland.gov (Laws > Statutes > Transportation), and University of Maryland Extension has a fact sheet on moving farm equipment on public roads at extension.umd.edu. Does that help?"],
    [190, 'l', 'Hello, are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 58 }),

  // 19 the notice without a check-in, 200 s after the answer
  s(WES, '19 threshing crews near Flintstone (family history): digitalmaryland.org, "It looks like you may have disconnected … Thanks" 200 s after, no check-in', [
    [0, 'p', 'looking for old photos of threshing machines/crews around cumberland in the 1920s-30s for a family history'],
    [19, 'l', 'Hi there, this is Wes from Allegany County Library System.'],
    [26, 'l', 'Do you know which part of the county your family farmed in?'],
    [70, 'p', 'near flintstone i think'],
    [79, 'l', "Digital Maryland (digitalmaryland.org) has farm photographs from western Maryland; try searching 'threshing Allegany'. Our catalog at alleganycountylibrary.info also lists local history books on Flintstone and the eastern end of the county. Is that what you were looking for?"],
    [279, 'l', "It looks like you may have disconnected, so I'll close this chat now. Thanks for reaching out, and good luck with the family history!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 no provider ever joined
  s(QUEUE, '20 lending a David Brown 990 manual: no provider ever joined, "anyone??", patron left, code null', [
    [0, 'p', 'does any library in maryland lend tractor repair manuals? need one for a david brown 990'],
    [3, 's', 'Thanks for your patience — all librarians are busy helping others. Please stay on the line.'],
    [150, 'p', 'anyone??'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(INGRID, '21 grandpop\'s steam engine at the Federalsburg threshermen show in a 1970s paper: threshermen.org, microfilm promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', 'hi! my grandpop showed his steam engine at the threshermen show in federalsburg back in the 70s and supposedly was in the paper. any way to find it?'],
    [20, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Ingrid at Caroline County Public Library."],
    [27, 'l', 'Do you know roughly what year, and his name as the paper would have printed it?'],
    [75, 'p', '1976 or 77, Harold Wheatley'],
    [84, 'l', "The Eastern Shore Threshermen and Collectors Association still holds the show every summer near Federalsburg, and the association's history page at threshermen.org has show photos going back decades. The local weeklies from 1976-77 are on microfilm at our Denton branch and aren't online, so I'd be glad to go through the summer issues for you and e-mail you scans of anything I find. Would that work?"],
    [110, 'p', 'oh that would be amazing. my email is jwheatley.fam@example.net'],
    [118, 'l', "Great — jwheatley.fam@example.net. I'll go through the reels and send what I find by Thursday."],
    [124, 'l', 'In the meantime, does the association history page help?'],
    [160, 'p', "yes I'll look at it tonight. thats all for now, thank you so much!"],
    [166, 'l', 'My pleasure. Thanks for chatting, and talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 22 FU_LIB, a phone read back, "by Wednesday", not recorded at day 2
  s(RUTH, '22 a 1950s implement dealer in Centreville: farmcollector.com, Queen Anne\'s staff to search and call, phone read back, "by Wednesday", pending at day 2', [
    [0, 'p', "Hi, I'm researching the old implement dealership on Route 213 in Centreville that sold Olivers and New Idea equipment in the 50s. Anything out there?"],
    [25, 'l', "Hi there, welcome to AskUsNow! My name is Ruth and I'm a librarian covering the statewide service tonight."],
    [32, 'l', 'Do you remember the name of the dealership, or the family who ran it?'],
    [80, 'p', 'something like Tidewater Implement, run by the Cooper family'],
    [90, 'l', "For background on what they sold, Farm Collector has a history of the New Idea company at farmcollector.com (search 'New Idea'). The dealership itself would be in the Queen Anne's County Library's local history collection in Centreville, which has the Record-Observer on microfilm and a file on local businesses that only their staff can search. I can ask them to look and contact you. What's the best phone number or e-mail for them to reach you?"],
    [130, 'p', 'phone is best, 410-555-0187'],
    [137, 'l', "Thanks — 410-555-0187. I'll send your question to Queen Anne's County Library tonight, and someone there will call you by Wednesday."],
    [143, 'l', 'Is the New Idea history useful in the meantime?'],
    [180, 'p', 'yes, thats everything, thanks!'],
    [186, 'l', 'Thanks for using AskUsNow!, good night.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 2 * DAY }),

  // 23 FU_ME, the e-mail only in patron.email, no time, done at 80 h
  s(DESMOND, '23 McCormick-Deering 10-20 decals: wisconsinhistory.org, "I\'ll … get back to you" with no time, e-mail only in patron.email, done at 80 h', [
    [0, 'p', 'looking for an old McCormick-Deering sales brochure for a 10-20 tractor, trying to match decals'],
    [17, 'l', 'Hi! Desmond here, a librarian at Baltimore County Public Library.'],
    [24, 'l', 'Do you need the whole brochure, or mainly pictures of where the decals go?'],
    [58, 'p', 'decal placement mostly, and the colors'],
    [66, 'l', "The Wisconsin Historical Society holds International Harvester's corporate archive, and its McCormick-IH collection has scanned sales literature you can browse at wisconsinhistory.org (search 'McCormick-Deering 10-20'). I'll also check whether interlibrary loan can get us a reprint of the brochure and get back to you."],
    [72, 'l', 'Does the Wisconsin collection look useful?'],
    [110, 'p', 'yes thanks, that works, nothing else'],
    [116, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'tentwenty.restorer@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 24 a promise to e-mail, coded Answered, nothing recorded at day 4
  s(LENA, '24 an R. Sinclair & Co. plow moldboard: books.google.com, "I\'ll … e-mail you a scan … You\'ll have it tomorrow", e-mail read back, coded Answered, day 4', [
    [0, 'p', 'dug up an old cast iron plow piece on our property, it says R. SINCLAIR & CO BALTIMORE on it. who were they?'],
    [21, 'l', "Hello! Lena here, librarian at Enoch Pratt Free Library's Ask Us."],
    [28, 'l', 'Is it the whole plow or just a part, like the moldboard?'],
    [60, 'p', 'just the moldboard i think, the curved piece'],
    [68, 'l', "Robert Sinclair & Co. was a Baltimore seed and farm implement firm from the early 1800s that made plows, straw cutters and other tools sold across the region. Some of their old catalogs are scanned in Google Books (search 'Sinclair Baltimore agricultural implements' at books.google.com). Our Maryland Department also has a file on Baltimore implement makers; I'll look through it and e-mail you a scan of anything on Sinclair plows. What's your e-mail?"],
    [100, 'p', 'sure its hollyfarm@example.org'],
    [106, 'l', "hollyfarm@example.org — got it. You'll have it tomorrow."],
    [112, 'l', 'Does the Google Books tip help for now?'],
    [140, 'p', 'yes great, thanks!'],
    [145, 'l', 'Anything else I can help with?'],
    [160, 'p', 'no'],
    [165, 'l', 'Thanks for writing in, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 25 FU_ME with no contact anywhere, done at 50 h
  s(OMAR, '25 a 1955 tractor contest at the Howard County Fair: hchsmd.org, microfilm search "by Friday", no e-mail or phone anywhere, FU_ME done at 50 h', [
    [0, 'p', 'did the howard county fair have a tractor driving contest in the 1950s? my dad said he won it as a teenager'],
    [24, 'l', 'Hello, Omar at Howard County Library System here! Thanks for writing in.'],
    [30, 'l', "Do you know the year, or your dad's name back then?"],
    [66, 'p', 'around 1955, Eugene Fisher'],
    [75, 'l', "The Howard County Fair has been held since 1946, and the Howard County Historical Society's site, hchsmd.org, has a page on the fair's history. Fair results were printed in the Ellicott City Times, which we have on microfilm; I'll look through the August 1955 issues and get back to you by Friday."],
    [82, 'l', 'Does the fair history page help in the meantime?'],
    [120, 'p', 'yes, thank you so much!'],
    [126, 'l', 'Anything else today?'],
    [140, 'p', "no, that's it"],
    [145, 'l', 'Thank you, talk soon!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 26 a referral without contact; a goodbye exactly 120 s after the answer, no check-in
  s(GAIL, '26 a Case steam engine\'s boiler for shows: the boiler unit at labor.maryland.gov + "the antique engine club … in Leonardtown" (no contact), goodbye 120 s after', [
    [0, 'p', 'we restored a small case steam traction engine and want to run it at shows. does maryland require the boiler to be inspected?'],
    [20, 'l', "Hi! Gail with St. Mary's County Library here."],
    [27, 'l', 'Will the engine only run at shows, or on your own farm as well?'],
    [60, 'p', 'just shows, maybe the county fair'],
    [68, 'l', "Yes: Maryland treats a hobby steam boiler like other boilers, so it needs an inspection certificate. Contact the Boiler and Pressure Vessel Safety Unit of the Maryland Division of Labor and Industry; their page is labor.maryland.gov/labor/boil/. It's also worth talking to the antique engine club that runs the steam show at the fairgrounds in Leonardtown, since they've been through it with their own engines. Does that help?"],
    [188, 'l', 'Good luck with the engine, and thanks for contacting us!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 27 a transfer with a notice and a note; the farm museum's curator by phone and URL
  s(TOMAS, '27 donating three John Deeres to the farm museum: transfer notice + internal note to Frank (Carroll), the curator by phone and carrollcountyfarmmuseum.org', [
    [0, 'p', 'hi, i have a question about donating my late husbands antique tractors to a museum in carroll county'],
    [18, 'l', "Hello, thanks for contacting AskUsNow! I'm Tomás, a librarian with the statewide service."],
    [24, 'l', 'Are you thinking of a particular museum, or any that would take them?'],
    [55, 'p', 'the farm museum in westminster maybe. we have 3 john deeres'],
    [62, 'l', "Frank, a librarian at Carroll County Public Library, knows the farm museum well and is online now, so I'm going to transfer you to him. One moment, please."],
    [65, 'i', 'Frank: widow wants to donate 3 antique John Deere tractors, asking about the Carroll County Farm Museum. Local question, can you take it?'],
    xfer(68, 'Frank', 'frank-tr'),
    [120, 'l', "Hi, Frank here at Carroll County Public Library. I'm sorry for your loss. The farm museum takes donations only after its curator has looked at them; the donation guidelines are on the museum's site, carrollcountyfarmmuseum.org (About > Donations), and you can call the curator at 410-555-0171 to talk about the three Deeres.", as(FRANK)],
    [126, 'l', 'Does that answer your question?', as(FRANK)],
    [170, 'p', 'yes, thank you, that is everything'],
    [176, 'l', 'Take good care, and thank you for reaching out.', as(FRANK)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 28 a silent transfer (note only); the receiver 125 s after the patron
  s(PRISCILLA, '28 a McCormick grain binder for the threshermen show: internal note and transfer to Walt with no word to the patron, Walt 125 s after the patron', [
    [0, 'p', 'where can i get my grandfathers old grain binder looked at, its a mccormick, we are in frederick county'],
    [22, 'l', 'Hi there! Priscilla with AskUsNow! here, a librarian.'],
    [28, 'l', 'Are you hoping to get it running again, or to find out what it is worth?'],
    [50, 'p', 'running, want to use it at the threshing show'],
    [56, 'i', 'Walt, Frederick patron with a McCormick grain binder to restore for a show; you know the local engine clubs, can you take it?'],
    xfer(60, 'Walt', 'walt-tr'),
    [175, 'l', "Hello, Walt here at Frederick County Public Libraries. Binders are fussy machines, mostly because of the knotter and the canvases. Farm Collector's archive at farmcollector.com has a multi-part series on bringing a McCormick binder back to work, knotter and canvases included.", as(WALT)],
    [181, 'l', 'Is that the kind of help you need?', as(WALT)],
    [210, 'p', 'perfect thats all'],
    [215, 'l', 'Great, thanks for chatting and enjoy the show!', as(WALT)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 29 four at once; a museum to visit at its postal address
  s(KAYLA, '29 tobacco tools for a 4th-grade project: Jefferson Patterson Park by street address, calvertlibrary.info, four chats open at once (fail)', [
    [0, 'p', 'my son is doing a 4th grade project on how tobacco was farmed in southern maryland, like the old equipment. where can we see some?'],
    [15, 'l', 'Hi! This is Kayla, a librarian at Calvert Library.'],
    [21, 'l', 'When is the project due, and do you need pictures or can you go somewhere in person?'],
    [52, 'p', 'due in 2 weeks, we can go on a saturday'],
    [60, 'l', "Jefferson Patterson Park & Museum has a farm exhibit with old tobacco tools and a tobacco barn: you can visit them at 10515 Mackall Road, St. Leonard, MD 20685, and ask at the visitor center about the farm exhibit. For pictures, search 'tobacco farming Maryland' in our catalog at calvertlibrary.info."],
    [66, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes perfect!'],
    [104, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats it, thx'],
    [125, 'l', 'Good luck on the project, bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('k1', 'kayla-tr', -100, 300), other('k2', 'kayla-tr', 10, 200), other('k3', 'kayla-tr', 90, 400)],
  }),

  // 30 three at most, touching ends
  s(JULES, '30 tractor picture books for a 3-year-old (chat-speak): Otis and Tractor Mac in wicomicolibrary.org, touching ends (three at most)', [
    [0, 'p', 'hi!! my 3yo is OBSESSED w tractors 🚜🚜 any good picture books?'],
    [14, 'l', 'Hi! 😊 Jules here, librarian at Wicomico Public Libraries.'],
    [19, 'l', 'Fun! Do you want stories to read aloud, or more "real tractor" photo books?'],
    [40, 'p', 'both honestly lol'],
    [48, 'l', "For stories, Loren Long's Otis books (a little red tractor) and Billy Steers's Tractor Mac series are big hits; for real ones, DK's tractor board books have great photos. All are in our catalog at wicomicolibrary.org, and you can place holds right from there."],
    [54, 'l', 'Does that help?'],
    [80, 'p', 'yesss perfect, thats all i needed!!'],
    [85, 'l', 'Happy reading, bye! 🚜'],
  ], usual(), {}, {
    otherIntervals: [other('j1', 'jules-tr', -300, 0), other('j2', 'jules-tr', -50, 100), other('j3', 'jules-tr', -10, 500), other('j4', 'jules-tr', 90, 600)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TRACTORS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-fifth round: tractors, farm machinery and engine shows, checked', () => {
  describeSessions('whole sessions', TRACTORS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TRACTORS.filter((c) => c.name in LEFT_WHY));
});
