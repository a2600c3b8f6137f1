/**
 * Seventy-third round, theme TATTOOS AND BODY ART, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: tattoo history for school reports (world history for a 9th grader, why tattoos are
 * permanent, the word "tattoo", Ötzi), finding and checking licensed artists and studios (Portland, NYC, a Florida artist
 * license, a home studio in Baltimore County), removal and health rules (laser on colored ink, cost, a spa in Pasadena TX,
 * free gang-tattoo removal in LA, breastfeeding, swimming after a new tattoo, ink regulation), age laws for piercings (Ohio,
 * a 16-year-old in San Antonio, Georgia), a memorial tattoo in a late father's handwriting, books on tattoo art (Sailor Jerry
 * flash, magazines on Libby, a Pacific picture book, irezumi and ukiyo-e) and cultural traditions (Inuit kakiniit, Māori tā
 * moko, the Samoan pe'a, Chicano tattooing, WWII Navy swallows). Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/tattoos-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (03: pass) and at 61 s (04: fail); "Hi! Sorry about the wait." + a question under the
 *   screen name "Ref Desk" (04: no one identified, fail); "I'm sorry about your dad. Hi, I'm Tobias …" (06); "Kia ora and
 *   hello! Mateo here …" (14); "Talofa! I'm Cora, a librarian …" (30: LEFT); Spanish "¡Buenas tardes! Habla Rosario,
 *   bibliotecaria …" (05) and "¡Hola! Soy Zaida, bibliotecaria …" (27); English then "¡Hola!" (28); chat-speak "hey! Violet
 *   here, librarian at Ask Us from Richland Library 👋" (21) and "hey! Bryce here from the Ask a Librarian crew …" (29);
 *   `pickedUpAt` at 30 s with the first line at 100 (25); no provider ever joined, a queue line, "anyone there??" (23);
 *  inquiry: grade and scope, shop or artist, medical information or a place, piercing or tattoos too, lobe or cartilage, a
 *   handwriting sample, college and peer review, county, borrow or online, baby's age, general rules or a brand, language
 *   and age ("¿Prefiere que le conteste en español? And is your son over 18?", 28); the catalog and Gale given before
 *   "¿Para qué grado es el proyecto?" (27: fail);
 *  waits: a hold answered 121 s later (02: fail) and exactly 120 s later (03: pass); "Of course, take your time." then the
 *   patron back 200 s later (06: waiting on the patron, pass); a transfer notice answered 74 s later by the receiver (17);
 *   a silent transfer, the receiver 95 s after the patron (18); an announced transfer answered 65 s later (19); 70 s from
 *   `pickedUpAt` to the first line (25);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 160 and "it seems you've disconnected; I'll close this
 *   chat now. Come back anytime!" at 340 (10: final idle 310 s, both pass); "Looks like you've left the chat, so I'll end the
 *   session now." with no check-in and no goodbye (11: final idle 219 s, idle fails, notice passes, courteous fails); a
 *   goodbye exactly 120 s after the answer with no check-in (12: idle fails, disconnect na); a check-in and a goodbye 179 s
 *   after the answer (13: idle passes, disconnect na); "Still with me?" and "Seems we lost you — I'm closing out this chat.
 *   Thanks …" exactly 180 s after the answer (14: both pass); "We only take one question per patron, sorry. Bye." (15:
 *   dismissal); "I've got several other patrons waiting … please start a new chat later" (16: allowed); the patron's "siii
 *   muchas gracias!! eso es todo" as the last line (28: courteous fails); goodbyes "come back anytime!", "Aloha, and thanks
 *   for chatting!", "Bye now!", "Fa'afetai, and thanks for chatting!", "¡Mucho éxito … Gracias por escribirnos.", "cool,
 *   good luck w the new tat! bye"; patron-side "thats all i need", "thats everything", "eso es todo", "thats all for now",
 *   "es todo lo que necesitaba", "nope all set", "no i think thats everything" and "ok thanks", "yes thx", "ugh ok yes.
 *   thanks" that do not count;
 *  sources: hlo.oregon.gov, medlineplus.gov, fda.gov, codes.ohio.gov, dshs.texas.gov, floridahealth.gov, tmb.state.tx.us,
 *   LactMed, the OED and Libby through library sites, Academic Search Premier, Anthropology Plus, Art Full Text, Gale In
 *   Context, named books in catalogs (Friedman, Gilbert, Krutak, Hardy's Sailor Jerry Collins, Te Awekotuku, Kitamura,
 *   Mallon & Galliot), iceman.it (16: LEFT); none (29: an answer from the provider's own knowledge, fail);
 *  referrals: the Texas DSHS program by phone in Spanish (05); "ask the Harris County health department about it" with no
 *   contact (26: fail); Homeboy Industries by phone and URL (28); the library's own West Valley branch by phone (30); a
 *   county library's business librarian consulted on the patron's behalf (08) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done in 20 h (06: pass); FU_ME with "send you what
 *   I find by Friday" and no e-mail or phone anywhere (07: code and contact fail, on_time pending); FU_LIB, phone typed and
 *   read back, "within 72 hours", never recorded by day 4 (08: on_time fails); a promise to e-mail "by Thursday", e-mail read
 *   back, coded Answered (09: code fails, contact passes, on_time pending);
 *  codes: a true Lost Call (10); Lost Call after three patron lines (24); null with no provider (23); an empty string (25);
 *   Practice (22);
 *  transfers: a notice (a hold) and an internal note that says why (17: pass); an internal note only, silent to the patron
 *   (18: fail); a notice with no internal note (19: fail);
 *  concurrency: three others open with the session, four at once from 90 s (20: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings in the patron's or the tradition's language are greetings: "¡Buenas tardes!", "¡Hola!", "Kia ora and hello!",
 *   "Talofa!" (Samoan "hello", 30); "Hi! Sorry about the wait." greets but identifies no one, and the screen name "Ref Desk"
 *   does not count (04);
 * - "Of course, take your time." is not a hold (Terms), so the 200 s after it are a wait on the patron (06);
 * - "Seems we lost you — I'm closing out this chat." tells the patron they seem to have disconnected and that the session
 *   will end; with "Thanks for using Ask a Librarian!" it is also a goodbye, so the final idle ends at it (14: exactly 180 s);
 * - "it seems you've disconnected; I'll close this chat now. Come back anytime!" invites back: a goodbye and the notice (10);
 *   the Lost Call's final idle starts at the greeting (the first non-hold provider line after the patron's only line);
 * - "Looks like you've left the chat, so I'll end the session now." is the notice but not a goodbye (11);
 * - "We only take one question per patron, sorry. Bye." tells the patron they have reached a limit of questions (15);
 *   "several other patrons waiting … please start a new chat later and we'll pick them up" is the allowed form (16);
 * - "ask the Harris County health department about it" tells the patron to contact an agency, with no way to reach it (26);
 *   "call them at 801-555-0144 or stop by" sends the patron to the provider's own branch (30: a referral, by phone);
 *   "I'll pass it to Baltimore County Public Library's business librarian" is staff consulted for the patron (08: na);
 *   "Baltimore County's Department of Health covers body art establishments on baltimorecountymd.gov" points to a web page
 *   (08: a source, not a referral);
 * - "Would you like me to look for some videos on the tufuga ceremony too?" offers something not yet given (30: completeness
 *   fails); "Is the catalog copy a good start?", "Does the catalog give you a place to start meanwhile?", "Does that work
 *   for now?" ask about what was given;
 * - "thats all for now, thank you" (06) and "no i think thats everything, thanks!" (30) say explicitly the patron is done;
 * - an answer from the provider's own knowledge with no URL, resource or contact is an answer but not a source (29): source
 *   fails, and the completeness question in the answering message passes; with no source, the earlier question counts.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC.md; each label
 * stands by its literal text).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - info.source, case 16: "The South Tyrol Museum of Archaeology has a page on them at iceman.it." read as no source (fail;
 *    RUBRIC pass: "a URL or domain");
 *  - approachability.greeting, case 30: "Talofa! I'm Cora, a librarian at Salt Lake County Library." read as no greeting
 *    (fail; RUBRIC pass: a greeting, Samoan "hello", and a name and "librarian").
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across "take your
 * time", three transfers and after `pickedUpAt`; final idles of 120, 179, 180, 219 and 310 s; concurrency at four and at
 * touching ends; on_time done at 20 h, late by day 4, pending at day 1 twice) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone
 * read back, agency and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 * RUBRIC v66 (block AF, made after this file from its LEFT cases among others): readings for cases 16 (".it" as a web address) and
 *   30 ("Talofa!" as a greeting) were tried and withdrawn before v66 landed, since three blind checks found them reading "order.it
 *   should", "Marco.It has", "open main.rs" as web addresses and "Mabuhay, the Filipino grocery", "Szia, take care!" as greetings;
 *   both cases stay LEFT, no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const MARISOL: Prov = { id: 'marisol-t', name: 'Marisol', library: 'TPL-WA' };
const DARNELL: Prov = { id: 'darnell-t', name: 'Darnell', library: 'MCL-OR' };
const EVELYN: Prov = { id: 'evelyn-t', name: 'Evelyn', library: 'ACPL-IN' };
const REFDESK: Prov = { id: 'refdesk-t', name: 'Ref Desk', library: 'OPLIN' };
const ROSARIO: Prov = { id: 'rosario-t', name: 'Rosario', library: 'SAPL-TX' };
const TOBIAS: Prov = { id: 'tobias-t', name: 'Tobias', library: 'HCLS-MD' };
const NAOMI: Prov = { id: 'naomi-t', name: 'Naomi', library: 'APL-AK' };
const PRISCILLA: Prov = { id: 'priscilla-t', name: 'Priscilla', library: 'AUN' };
const JONAH: Prov = { id: 'jonah-t', name: 'Jonah', library: 'HSPLS' };
const DEV: Prov = { id: 'dev-t', name: 'Dev', library: 'DPL-CO' };
const IMANI: Prov = { id: 'imani-t', name: 'Imani', library: 'AUNJ' };
const KWAME: Prov = { id: 'kwame-t', name: 'Kwame', library: 'CPL-OH' };
const LUCIA: Prov = { id: 'lucia-t', name: 'Lucia', library: 'MDPLS' };
const MATEO: Prov = { id: 'mateo-t', name: 'Mateo', library: 'SPL-WA' };
const NORA: Prov = { id: 'nora-t', name: 'Nora', library: 'PPL-AZ' };
const OSCAR: Prov = { id: 'oscar-t', name: 'Oscar', library: 'SPPL' };
const PENNY: Prov = { id: 'penny-t', name: 'Penny', library: 'BKLYN' };
const ARTHUR: Prov = { id: 'arthur-t', name: 'Arthur', library: 'BKLYN' };
const QUENTIN: Prov = { id: 'quentin-t', name: 'Quentin', library: 'SACPL' };
const ROXANNE: Prov = { id: 'roxanne-t', name: 'Roxanne', library: 'SACPL' };
const SAM: Prov = { id: 'sam-t', name: 'Sam', library: 'NYPL' };
const TESS: Prov = { id: 'tess-t', name: 'Tess', library: 'NYPL' };
const URSULA: Prov = { id: 'ursula-t', name: 'Ursula', library: 'HCL-MN' };
const VIOLET: Prov = { id: 'violet-t', name: 'violet_rl', library: 'RL-SC' };
const TRAINEE: Prov = { id: 'trainee-t', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-t', name: 'Queue', library: 'GPLS' };
const WALTER: Prov = { id: 'walter-t', name: 'Walter', library: 'NPL-VA' };
const XAVIER: Prov = { id: 'xavier-t', name: 'Xavier', library: 'KCLS' };
const YVETTE: Prov = { id: 'yvette-t', name: 'Yvette', library: 'HPL-TX' };
const ZAIDA: Prov = { id: 'zaida-t', name: 'Zaida', library: 'LAPL' };
const ALBA: Prov = { id: 'alba-t', name: 'Alba', library: 'LACL' };
const BRYCE: Prov = { id: 'bryce-t', name: 'Bryce', library: 'LFPL' };
const CORA: Prov = { id: 'cora-t', name: 'Cora', library: 'SLCL' };

const s = session;

export const TATTOOS: SessionCase[] = [
  // 01 the plain good session
  s(MARISOL, '01 world tattoo history for a 9th-grade report: "Hey there! Marisol here", grade asked, two books in the catalog, "thats all i need"', [
    [0, 'p', 'hi i need info on tattoo history for a school report its due friday 😬'],
    [22, 'l', 'Hey there! Marisol here, a librarian with Tacoma Public Library.'],
    [28, 'l', 'What grade is the report for, and does it need to cover one culture or tattoos around the world?'],
    [70, 'p', '9th grade, like the whole world history of it. need 2 books minimum'],
    [78, 'l', "Two good ones in our catalog: Anna Felicity Friedman's The World Atlas of Tattoo and Steve Gilbert's Tattoo History: A Source Book. Search either title at tacomalibrary.org to place a hold; both are on the shelf at the Main Library."],
    [84, 'l', 'Will those two work for what your teacher wants?'],
    [130, 'p', 'ya perfect, thats all i need thx!!'],
    [136, 'l', 'Good luck on the report, and come back anytime!'],
  ], usual()),

  // 02 a hold answered 121 s later
  s(DARNELL, '02 is a Portland tattoo artist licensed: "Let me pull up the state license lookup, one moment." answered 121 s later', [
    [0, 'p', 'How can I tell if a tattoo shop in Portland is actually licensed? Going next week'],
    [35, 'l', 'Good morning, this is Darnell at Multnomah County Library Ask a Librarian.'],
    [41, 'l', 'Do you have a particular shop or artist in mind, or are you looking for a way to check any of them?'],
    [80, 'p', 'a specific artist, Kim at Rosebud Ink'],
    [86, 'l', 'Let me pull up the state license lookup, one moment.'],
    [207, 'l', 'Sorry that took a while. Oregon licenses each tattoo artist and each facility through the Health Licensing Office; you can search both by name at hlo.oregon.gov (License Lookup).'],
    [213, 'l', 'Does that get you what you need?'],
    [260, 'p', 'yes she shows active. thank u'],
    [266, 'l', 'Anything else I can look up for you?'],
    [290, 'p', 'no thats it'],
    [295, 'l', 'Great — thanks for chatting, enjoy the new ink!'],
  ], usual({ informed: 'fail' })),

  // 03 pickup at exactly 60 s, a hold answered exactly 120 s later
  s(EVELYN, '03 laser removal of colored ink: pickup at exactly 60 s, "Give me a moment…" answered exactly 120 s later, MedlinePlus + FDA', [
    [0, 'p', 'does laser tattoo removal actually work on colored ink? thinking about getting a rose removed'],
    [60, 'l', 'Hello, Evelyn from the Allen County Public Library reference desk here.'],
    [66, 'l', 'Are you looking for medical information on how it works, or for somewhere to have it done?'],
    [110, 'p', 'how it works mostly, and if its safe'],
    [116, 'l', 'Give me a moment to find a reliable health source.'],
    [236, 'l', "MedlinePlus has a plain-language page on tattoo removal, including why greens and blues take more sessions than black: medlineplus.gov (search 'tattoo removal'). The FDA's page on removing tattoos covers safety and the at-home kits to avoid: fda.gov/cosmetics (Tattoos & Permanent Makeup)."],
    [242, 'l', 'Is that the kind of information you were after?'],
    [300, 'p', 'yes very helpful. thats everything'],
    [306, 'l', 'Thank you for contacting us — have a good afternoon!'],
  ], usual()),

  // 04 pickup at 61 s; greets without saying who answers
  s(REFDESK, '04 Ohio nose piercing age: pickup at 61 s, "Hi! Sorry about the wait." under the screen name "Ref Desk" (no one identified), "Bye now!"', [
    [0, 'p', 'what age can u get a nose piercing without parents in ohio'],
    [61, 'l', 'Hi! Sorry about the wait.'],
    [67, 'l', 'Are you asking about piercing only, or tattoos too? Ohio treats them a little differently.'],
    [100, 'p', 'just piercing'],
    [106, 'l', 'Under Ohio law you have to be 18 to get a body piercing on your own; under 18 a parent or guardian has to consent in person. The rules are in the Ohio Administrative Code, chapter 3701-9, at codes.ohio.gov.'],
    [112, 'l', 'Does that answer it for you?'],
    [150, 'p', 'ugh ok yes. thanks'],
    [155, 'l', 'Bye now!'],
  ], usual({ pickup: 'fail', greeting: 'fail', anything: 'fail' })),

  // 05 Spanish: a 16-year-old's cartilage piercing in Texas, the state program by phone
  s(ROSARIO, '05 piercing de cartílago a los 16 en San Antonio (Spanish): "Habla Rosario, bibliotecaria", DSHS page, "puede llamar al programa al 512-555-0192", "eso es todo"', [
    [0, 'p', 'hola buenas, mi hija tiene 16 y quiere un piercing en la oreja en San Antonio, q necesitamos?'],
    [28, 'l', '¡Buenas tardes! Habla Rosario, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [34, 'l', '¿Es solo en el lóbulo de la oreja, o en otra parte? La ley de Texas los trata distinto.'],
    [80, 'p', 'en la parte de arriba de la oreja, el cartilago'],
    [87, 'l', 'Para menores de 18 en Texas, uno de los padres tiene que estar presente y firmar el consentimiento en el estudio, con identificación. Las reglas están en la página de tatuajes y perforaciones del Departamento Estatal de Servicios de Salud: dshs.texas.gov/tattoo. Si tiene dudas sobre un estudio en particular, puede llamar al programa al 512-555-0192.'],
    [93, 'l', '¿Con esto queda resuelta su pregunta?'],
    [140, 'p', 'si perfecto, eso es todo. gracias!!'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 06 "take your time" and 200 s away; follow-up by me, e-mail read back, "by tomorrow afternoon", done in 20 h
  s(TOBIAS, '06 memorial tattoo in a late father\'s handwriting (follow-up by me): "take your time" then 200 s away, e-mail read back, "by tomorrow afternoon", done in 20 h', [
    [0, 'p', 'I want a memorial tattoo for my dad with his handwriting. Are there books on designing something like that?'],
    [18, 'l', "I'm sorry about your dad. Hi, I'm Tobias, one of the librarians at Howard County Library System."],
    [24, 'l', 'Do you already have a sample of his handwriting, like a card or a letter?'],
    [60, 'p', 'somewhere in a box, hang on let me look'],
    [65, 'l', 'Of course, take your time.'],
    [265, 'p', 'found a birthday card he signed!'],
    [272, 'l', "That's perfect. Artists usually scan the card and trace the signature, so bring the original. For ideas, search our catalog at hclibrary.org for 'hand lettering' and 'tattoo design'. I'd like to put together a short list of memorial design books and articles for you. Can I e-mail it?"],
    [320, 'p', 'yes pls, m.okafor@example.net'],
    [326, 'l', "Thanks, I have m.okafor@example.net. You'll have the list by tomorrow afternoon."],
    [332, 'l', 'Does the catalog give you a place to start meanwhile?'],
    [380, 'p', 'yes it does. thats all for now, thank you'],
    [386, 'l', 'Take care, and thank you for reaching out.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 07 coded follow-up by me, "by Friday", no e-mail or phone anywhere
  s(NAOMI, '07 Inuit tattooing for an anthropology paper (follow-up by me): Krutak + Academic Search Premier, "send you what I find by Friday", no contact anywhere', [
    [0, 'p', 'looking for sources on traditional Inuit tattooing for my anthropology paper'],
    [40, 'l', "Hi, you've reached the Ask a Librarian chat — I'm Naomi, at Anchorage Public Library."],
    [46, 'l', 'Is it a college paper? How many sources do you need, and do they have to be peer reviewed?'],
    [100, 'p', 'college yes, at least 3 scholarly'],
    [106, 'l', "Lars Krutak's Tattoo Traditions of Native North America is a solid start; it's in our catalog at anchoragelibrary.org. For articles, search Academic Search Premier (through sled.alaska.edu) for 'Inuit tattoo*'."],
    [112, 'l', "I'll also check with our Alaska collection about anything on the revival of kakiniit and send you what I find by Friday."],
    [118, 'l', 'Does that work for now?'],
    [170, 'p', 'yes thx'],
    [175, 'l', 'Thanks for chatting with us!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 08 follow-up by the patron's library: phone read back, "within 72 hours", never recorded, day 4
  s(PRISCILLA, '08 tattooing from a home studio in Baltimore County (follow-up by patron\'s library): phone read back, "within 72 hours", not recorded by day 4', [
    [0, 'p', 'is it legal to do tattoos out of my house in maryland? i have a home studio setup'],
    [25, 'l', 'Good evening! Priscilla with AskUsNow!, the Maryland libraries chat.'],
    [31, 'l', 'Which county do you live in? Some of the rules are county ones.'],
    [70, 'p', 'baltimore county'],
    [76, 'l', "Maryland leaves body art rules largely to the counties. Baltimore County's Department of Health covers body art establishments on baltimorecountymd.gov (search 'body art'). The zoning side of a home business is a bigger question, so I'll pass it to Baltimore County Public Library's business librarian. What number can they call you at?"],
    [130, 'p', '410-555-0177'],
    [136, 'l', 'Got it, 410-555-0177. Someone from BCPL will call you within 72 hours.'],
    [142, 'l', 'Does the health department page help in the meantime?'],
    [190, 'p', 'yes thank you'],
    [195, 'l', 'Anything else tonight?'],
    [210, 'p', 'no thats all'],
    [214, 'l', 'Thanks for using AskUsNow!, good night.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 09 a promise to e-mail "by Thursday", e-mail given and read back, coded Answered
  s(JONAH, '09 Sailor Jerry flash books: "I\'ll check on them and e-mail you by Thursday", e-mail read back, coded Answered', [
    [0, 'p', 'do u have any books of old sailor jerry flash? want to look at designs'],
    [15, 'l', "Hi! Jonah at Ask a Librarian, Hawaii State Public Library System."],
    [21, 'l', 'Are you after books you can borrow, or would images online be okay too?'],
    [55, 'p', 'books to borrow'],
    [61, 'l', "We have Sailor Jerry Collins: American Tattoo Master in the catalog (librarieshawaii.org), one copy at the Hawaii State Library. A couple of other flash collections are in storage; I'll check on them and e-mail you by Thursday. What's your e-mail?"],
    [100, 'p', 'kainoa.b@example.org'],
    [106, 'l', 'Thanks — kainoa.b@example.org. Is the catalog copy a good start?'],
    [140, 'p', 'yes, thats all i needed'],
    [145, 'l', 'Aloha, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 10 a true Lost Call
  s(DEV, '10 cost of tattoo removal (Lost Call): greeting only, "Are you still there?" at 160, "seems you\'ve disconnected … Come back anytime!" at 340', [
    [0, 'p', 'how much does tattoo removal cost usually'],
    [30, 'l', 'Hello! This is Dev with Ask a Librarian at Denver Public Library. What can I help you find?'],
    [160, 'l', 'Are you still there?'],
    [340, 'l', "I haven't heard back, so it seems you've disconnected; I'll close this chat now. Come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 11 a disconnect notice with no check-in and no goodbye
  s(IMANI, '11 a tattoo while breastfeeding: LactMed at 66, "Looks like you\'ve left the chat, so I\'ll end the session now." at 280, no check-in, no goodbye', [
    [0, 'p', 'is it safe to get a tattoo while breastfeeding? cant find a straight answer'],
    [20, 'l', 'Hi, Imani here, reference librarian at Ask Us NJ.'],
    [26, 'l', 'How old is your baby? Some sources split the advice by age.'],
    [60, 'p', '4 months'],
    [66, 'l', "LactMed, the National Library of Medicine's database on breastfeeding and medicines, has an entry on tattoos and tattoo inks: ncbi.nlm.nih.gov/books (LactMed, search 'tattoo'). It's a good one to bring to your doctor. Does that help?"],
    [280, 'l', "Looks like you've left the chat, so I'll end the session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 12 a goodbye exactly 120 s after the answer, no check-in
  s(KWAME, '12 why tattoos are permanent (science class): answer at 56, goodbye at 176 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'why are tattoos permanent if skin cells die? science class question'],
    [14, 'l', 'Good afternoon, Kwame at the Ask a Librarian service of Cleveland Public Library.'],
    [20, 'l', 'What grade is the class, and do you need a certain kind of source?'],
    [50, 'p', '8th grade, websites are fine'],
    [56, 'l', "The ink is swallowed by immune cells called macrophages in the dermis, and new ones take it up when the old ones die. Scientific American explains it in 'What Makes a Tattoo Permanent?': scientificamerican.com (search 'tattoo permanent'). Is that the kind of thing you need?"],
    [176, 'l', 'Thanks for using Ask a Librarian, good luck with the project!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 13 a check-in and a goodbye 179 s after the answer
  s(LUCIA, '13 Florida tattoo artist license: answer at 76, "Are you still there?" at 190, goodbye at 255 (final idle 179 s)', [
    [0, 'p', 'what do i need to become a licensed tattoo artist in florida'],
    [25, 'l', 'Hi there! This is Lucia, librarian at Miami-Dade Public Library System.'],
    [31, 'l', 'Are you asking about the artist license, or about opening your own shop too?'],
    [70, 'p', 'just the artist license'],
    [76, 'l', "Florida's Department of Health licenses tattoo artists; you need a bloodborne pathogens course and an application, both explained at floridahealth.gov (Environmental Health > Tattoo Program). Does that answer your question?"],
    [190, 'l', 'Are you still there?'],
    [255, 'l', 'Thanks for chatting — take care!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 14 a check-in and a notice that thanks, exactly 180 s after the answer
  s(MATEO, '14 books on Māori tā moko: answer at 51, "Still with me?" at 150, "Seems we lost you — I\'m closing out this chat. Thanks…" at 231 (final idle exactly 180 s)', [
    [0, 'p', 'need books about maori ta moko for a presentation next week'],
    [12, 'l', 'Kia ora and hello! Mateo here from Ask a Librarian at Seattle Public Library.'],
    [18, 'l', 'Should the books be for a general audience, or is this for a university class?'],
    [45, 'p', 'uni class, anthropology'],
    [51, 'l', "Start with Ngahuia Te Awekotuku's Mau Moko: The World of Māori Tattoo (in our catalog at spl.org), and search Anthropology Plus in our databases list for articles on moko. Is that what you need?"],
    [150, 'l', 'Still with me?'],
    [231, 'l', "Seems we lost you — I'm closing out this chat. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 15 "We only take one question per patron, sorry. Bye."
  s(NORA, '15 swimming after a new tattoo, then scars and numbing cream: "We only take one question per patron, sorry. Bye." (dismissal)', [
    [0, 'p', 'how long should i wait to swim after getting a tattoo'],
    [20, 'l', 'Hi, Nora from the Ask a Librarian team at Phoenix Public Library.'],
    [26, 'l', 'Is it a new tattoo, from this week?'],
    [50, 'p', 'yes got it tuesday'],
    [56, 'l', "The American Academy of Dermatology's tattoo care page says to stay out of pools, lakes and the ocean until it has healed, usually about 2 weeks: aad.org (search 'tattoo care'). Did that help?"],
    [90, 'p', 'yes. also can i cover a scar with a tattoo and whats the best numbing cream'],
    [97, 'l', 'We only take one question per patron, sorry. Bye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 16 other patrons waiting, a way back
  s(OSCAR, '16 the oldest tattoo (Ötzi), then mummies and the Bible: "several other patrons waiting … please start a new chat later" (allowed)', [
    [0, 'p', 'hey whats the oldest tattoo ever found'],
    [18, 'l', 'Hi! Oscar here, librarian at Ask Us Chat, Saint Paul Public Library.'],
    [24, 'l', 'Is this for school, or just curious?'],
    [40, 'p', 'just curious lol'],
    [46, 'l', "That'd be Ötzi the Iceman, about 5,300 years old, with 61 tattoos. The South Tyrol Museum of Archaeology has a page on them at iceman.it. Does that help?"],
    [80, 'p', 'so cool. wait what about egyptian mummies and also tattoos in the bible and'],
    [88, 'l', "Great questions! I've got several other patrons waiting right now, so I can't dig into those in this chat, but please start a new chat later and we'll pick them up."],
    [100, 'p', 'ok np'],
    [105, 'l', 'Thanks for the fun question — bye for now!'],
  ], usual({ anything: 'fail' })),

  // 17 a transfer announced to the patron, with an internal note that says why
  s(PENNY, '17 irezumi and ukiyo-e for an art history essay: "I\'m transferring you to him now. One moment please." + internal note why, Arthur 74 s after the notice', [
    [0, 'p', 'im doing a project on japanese irezumi and the woodblock prints it came from'],
    [20, 'l', 'Hello, Penny with Ask a Librarian at Brooklyn Public Library.'],
    [26, 'l', 'What kind of project is it — an essay, a presentation?'],
    [60, 'p', 'an art history essay, college'],
    [66, 'l', "Our art librarian Arthur knows the ukiyo-e material well, so I'm transferring you to him now. One moment please."],
    [69, 'i', 'Arthur, college art history essay on irezumi and the Kuniyoshi prints. Over to you.'],
    xfer(72, 'Arthur', 'arthur-t'),
    [140, 'l', "Hi, Arthur here, the art librarian. Kuniyoshi's Suikoden prints are where the irezumi look comes from; Takahiro Kitamura's Tattoos of the Floating World covers exactly that link and is in our catalog at bklynlibrary.org. For articles, try Art Full Text in our databases list.", as(ARTHUR)],
    [146, 'l', 'Will that give you enough to work with?', as(ARTHUR)],
    [200, 'p', 'yes!! thats everything, thank you'],
    [206, 'l', 'Good luck with the essay, and thanks for chatting!', as(ARTHUR)],
  ], usual({ transfer: 'pass' })),

  // 18 a silent transfer (internal note only)
  s(QUENTIN, '18 who regulates tattoo ink: internal note and a silent transfer, Roxanne 95 s after the patron with the FDA fact sheet', [
    [0, 'p', 'are tattoo inks regulated by anyone? worried about what is in them'],
    [22, 'l', 'Hi, Quentin at the Ask a Librarian desk, Sacramento Public Library.'],
    [28, 'l', 'Are you thinking of a specific color or brand, or the rules in general?'],
    [70, 'p', 'general rules'],
    [74, 'i', 'Roxanne, consumer health q on tattoo ink regulation, can you take it?'],
    xfer(78, 'Roxanne', 'roxanne-t'),
    [165, 'l', "Hello, I'm Roxanne, a health sciences librarian. The FDA regulates tattoo inks as cosmetics and posts recalls and safety advice at fda.gov/cosmetics (Tattoos & Permanent Makeup: Fact Sheet).", as(ROXANNE)],
    [171, 'l', 'Does that cover what you wanted to know?', as(ROXANNE)],
    [220, 'p', 'yes thx, thats all'],
    [225, 'l', 'Thanks for chatting, take care!', as(ROXANNE)],
  ], usual({ transfer: 'fail' })),

  // 19 a transfer announced, with no internal note
  s(SAM, '19 checking an NYC tattoo artist\'s license: "I\'m handing you over to my colleague Tess … one sec." with no internal note', [
    [0, 'p', 'how do i check if a tattoo artist in nyc has a license'],
    [15, 'l', "Hi! I'm Sam, a librarian with Ask NYPL."],
    [21, 'l', "Do you have the artist's name, or just the shop?"],
    [50, 'p', 'the artists name'],
    [55, 'l', "I'm handing you over to my colleague Tess, who does our consumer questions — one sec."],
    xfer(58, 'Tess', 'tess-t'),
    [120, 'l', "Hi, Tess here at NYPL. The city's Health Department licenses tattoo artists, and you can look one up by name on nyc.gov (search 'tattoo license').", as(TESS)],
    [126, 'l', 'Is that what you were looking for?', as(TESS)],
    [170, 'p', 'yes thanks'],
    [175, 'l', 'Anything else today?', as(TESS)],
    [190, 'p', 'nope all set'],
    [194, 'l', 'Have a good one, thanks!', as(TESS)],
  ], usual({ transfer: 'fail' })),

  // 20 four at once
  s(URSULA, '20 where the word "tattoo" comes from: three other chats open with this one (four at once from 90 s)', [
    [0, 'p', 'whats the history of the word tattoo? heard its from tahiti'],
    [25, 'l', 'Hello, this is Ursula at Ask a Librarian, Hennepin County Library.'],
    [31, 'l', 'Do you want just the word origin, or the history of the practice too?'],
    [60, 'p', 'just the word'],
    [66, 'l', "Yes — from the Tahitian and Samoan 'tatau', brought into English by the journals of Captain Cook's 1769 voyage. The Oxford English Dictionary entry has the full history; it's free with your library card in our e-resources at hclib.org."],
    [72, 'l', 'Is that what you needed?'],
    [100, 'p', 'yep thats all, thank you'],
    [106, 'l', 'Thanks for the great question, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('u1', 'ursula-t', -200, 300), other('u2', 'ursula-t', 50, 400), other('u3', 'ursula-t', 90, 600)],
  }),

  // 21 three at most, touching ends (chat-speak)
  s(VIOLET, '21 tattoo magazines online (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'do yall have tattoo magazines i can read online??'],
    [15, 'l', 'hey! Violet here, librarian at Ask Us from Richland Library 👋'],
    [20, 'l', 'do u mean current issues, or old ones too?'],
    [40, 'p', 'current ones'],
    [45, 'l', 'Inked is on Libby, free w/ ur library card: richlandlibrary.com > eBooks & Audiobooks > Libby. does that work?'],
    [80, 'p', 'omg yes ty'],
    [85, 'l', 'anything else i can help w?'],
    [110, 'p', 'nope thats it 😊'],
    [115, 'l', 'cool! thx for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('v1', 'violet-t', -400, 0), other('v2', 'violet-t', -60, 300), other('v3', 'violet-t', 30, 200), other('v4', 'violet-t', 120, 600)],
  }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (body art macro test): coded Practice, every check na', [
    [0, 'p', 'test - tattoo removal question'],
    [5, 'l', 'testing greeting macro'],
    [12, 'l', 'Tattoo info: samplelibrary.org/bodyart. Did that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever joined
  s(NOBODY, '23 tattoo age in Georgia: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'how old do u have to be for a tattoo in georgia'],
    queue(2, 4),
    [150, 'p', 'anyone there??'],
    left(290),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 24 Lost Call after three patron lines
  s(WALTER, '24 a grandfather\'s WWII Navy swallow tattoo: coded Lost Call after three patron lines, "ok thanks"', [
    [0, 'p', 'my grandpa had a tattoo from the navy in ww2, how do i find out what it meant'],
    [20, 'l', 'Hi, Walter here from the Ask a Librarian service at Norfolk Public Library.'],
    [26, 'l', 'Do you know what the tattoo showed, or have a photo of it?'],
    [70, 'p', 'a swallow and a ship with some letters'],
    [76, 'l', "Swallows and ships were classic sailor designs. The Naval History and Heritage Command's article on tattoos in the Navy explains many of them: history.navy.mil (search 'tattoo'). Does that help?"],
    [120, 'p', 'ok thanks'],
    [125, 'l', 'Thank you for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 25 pickedUpAt 30 s, first line at 100; code ""
  s(XAVIER, '25 a Pacific tattoo picture book: pickedUpAt 30 s, first line at 100, code ""', [
    [0, 'p', 'looking for a book about tattoo history in the pacific islands'],
    [100, 'l', 'Hi, Xavier at King County Library System, Ask KCLS.'],
    [106, 'l', 'Do you want something scholarly or more of a picture book?'],
    [140, 'p', 'more pictures, its for my coffee table lol'],
    [146, 'l', "Search our catalog at kcls.org for 'Polynesian tattoo' and filter by Books; the big photo books come up first, and you can place holds from there."],
    [152, 'l', 'Does that help?'],
    [190, 'p', 'yup thanks'],
    [195, 'l', 'Anything else?'],
    [210, 'p', 'no'],
    [214, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(30) }),

  // 26 "ask the Harris County health department" with no contact
  s(YVETTE, '26 cheap laser removal at a spa in Pasadena TX: Texas Medical Board URL, "ask the Harris County health department about it" (no contact)', [
    [0, 'p', 'who is allowed to do laser tattoo removal in texas? a spa near me offers it cheap and im nervous'],
    [30, 'l', "Hello! You've reached Yvette, a librarian at Houston Public Library."],
    [36, 'l', 'Is the spa in Houston, or somewhere else in Texas?'],
    [80, 'p', 'pasadena tx'],
    [86, 'l', "Texas puts laser procedures like tattoo removal under a physician's supervision; the Texas Medical Board explains the rules at tmb.state.tx.us (search 'laser'). If you want someone to check on that spa, ask the Harris County health department about it."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yeah kinda thanks'],
    [146, 'l', 'Is there anything else I can help with?'],
    [170, 'p', 'no'],
    [174, 'l', 'Take care, goodbye!'],
  ], usual({ referral: 'fail' })),

  // 27 Spanish: the source comes before the question
  s(ZAIDA, '27 historia del tatuaje chicano para la escuela (Spanish): catálogo y Gale dados antes de "¿Para qué grado es el proyecto?", "es todo lo que necesitaba"', [
    [0, 'p', 'hola, necesito informacion sobre la historia del tatuaje chicano para un proyecto de la escuela'],
    [20, 'l', '¡Hola! Soy Zaida, bibliotecaria del servicio de chat de la Biblioteca Pública de Los Ángeles.'],
    [26, 'l', "En nuestro catálogo (lapl.org) busque 'Chicano tattoo'; también la base de datos Gale In Context tiene artículos sobre el arte chicano."],
    [32, 'l', '¿Para qué grado es el proyecto?'],
    [70, 'p', '8vo grado'],
    [76, 'l', 'Entonces Gale In Context: Middle School le sirve mejor; está en lapl.org > eMedia > Research. ¿Le sirve esto?'],
    [120, 'p', 'si gracias, es todo lo que necesitaba'],
    [126, 'l', '¡Mucho éxito con el proyecto! Gracias por escribirnos.'],
  ], usual({ clarify: 'fail' })),

  // 28 partly Spanish: Homeboy Industries by phone and URL; the patron has the last word
  s(ALBA, '28 free removal of a gang tattoo in LA (English/Spanish): Homeboy Industries "Puede llamar al 323-555-0110", patron "eso es todo" last, no goodbye', [
    [0, 'p', 'hi my son wants to get a gang tattoo removed for job interviews, is there any free place? somos de LA'],
    [24, 'l', "Hi, this is Alba with LA County Library's Ask a Librarian. ¡Hola!"],
    [30, 'l', '¿Prefiere que le conteste en español? And is your son over 18? Some programs only take adults.'],
    [70, 'p', 'español porfa. si tiene 19'],
    [76, 'l', 'Homeboy Industries en Los Ángeles ofrece eliminación de tatuajes gratis a personas que salen de pandillas. Puede llamar al 323-555-0110 o ver los horarios en homeboyindustries.org/tattoo-removal.'],
    [82, 'l', '¿Es lo que buscaba?'],
    [130, 'p', 'siii muchas gracias!! eso es todo'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 29 chat-speak, an answer with no source
  s(BRYCE, '29 ribs or forearm, which hurts more (chat-speak): a clarifying question, an answer with no source, "did that help?"', [
    [0, 'p', 'yo does a tattoo hurt more on ribs or forearm lol'],
    [10, 'l', 'hey! Bryce here from the Ask a Librarian crew at Louisville Free Public Library'],
    [15, 'l', 'r u planning one soon or just curious?'],
    [30, 'p', 'planning 1 for next month'],
    [36, 'l', 'most ppl say ribs hurt way more, less fat and the skin is thin over the bone. forearm is usually one of the easier spots. did that help?'],
    [60, 'p', 'ya ty'],
    [64, 'l', 'anything else?'],
    [75, 'p', 'nah'],
    [78, 'l', 'cool, good luck w the new tat! bye'],
  ], usual({ source: 'fail' })),

  // 30 an offer of more instead of the completeness question; the library's own branch by phone
  s(CORA, '30 the Samoan pe\'a: "Talofa! I\'m Cora", Mallon & Galliot\'s Tatau, the West Valley branch by phone, "Would you like me to look for some videos…?"', [
    [0, 'p', 'my cousin is getting a traditional samoan pea and i want to understand what it means. any books?'],
    [28, 'l', "Talofa! I'm Cora, a librarian at Salt Lake County Library."],
    [34, 'l', 'Are you looking for something to read yourself, or to share with family at the ceremony?'],
    [80, 'p', 'for me to read'],
    [86, 'l', "Sean Mallon and Sébastien Galliot's Tatau: A History of Sāmoan Tattooing is the best recent one; it's in our catalog at slcolibrary.org. Our West Valley branch also keeps a Pacific Islander community collection, so call them at 801-555-0144 or stop by to browse."],
    [92, 'l', 'Would you like me to look for some videos on the tufuga ceremony too?'],
    [130, 'p', 'no i think thats everything, thanks!'],
    [136, 'l', "Fa'afetai, and thanks for chatting!"],
  ], usual({ complete: 'fail', referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TATTOOS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('16')]:
    'info.source: expected pass, got fail ("answered without any URL, named resource or contact"). Message 4: "That\'d be Ötzi the Iceman, about 5,300 years old, with 61 tattoos. The South Tyrol Museum of Archaeology has a page on them at iceman.it." gives a domain (RUBRIC info.source: "pass: the provider gives at least one source: a URL or domain").',
  [byNo('30')]:
    'approachability.greeting: expected pass, got fail ("says who is answering but never greets the patron"). Message 1: "Talofa! I\'m Cora, a librarian at Salt Lake County Library." opens with the Samoan "hello" and names Cora, a librarian (RUBRIC approachability.greeting: "the provider greets the patron (hello, hi, good afternoon, welcome, thanks for contacting…) and identifies who is answering").',
};

describe('seventy-third round: tattoos and body art, checked', () => {
  describeSessions('whole sessions', TATTOOS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TATTOOS.filter((c) => c.name in LEFT_WHY));
});
