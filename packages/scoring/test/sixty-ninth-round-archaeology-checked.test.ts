/**
 * Sixty-ninth round, theme ARCHAEOLOGY AND LOCAL DIGS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: arrowheads and points (Licking County OH, a Tennessee box of a father's finds), collecting
 * on public land (BLM land in Nevada, Pennsylvania state parks, Michigan state forest bottle dumps), state archaeologists and
 * reporting a find (Iowa, Florida beach coin in Spanish, Alexandria VA backyard, Arkansas creek, a Minnesota dugout canoe),
 * volunteer digs (Passport in Time, Maryland's field session), site reports (an I-70 report through MHT's Medusa, Jamestown,
 * Indiana's SHAARD, a Nashville fairgrounds cemetery), books for kids and book clubs, museums and sites to visit (Philadelphia,
 * Spiro Mounds, San Antonio missions in Spanish), a 5th-grade Maya project (partly Spanish) and a 6th-grade field trip.
 * Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/archaeology-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask Ohio! You've got Dana, reference librarian at …" (01); a pickup at exactly 60 s
 *   (02: pass) and at 61 s with "Hi there! How can I help you today?" under the screen name "IA Ref Desk" (03: both fail);
 *   Spanish "¡Buenas tardes! Soy Lucía, bibliotecaria de …" with the clarifying question in the same line (06); "Hello /
 *   ¡Hola! I'm Tomás …" (07); a queue line and no provider ever (21); `pickedUpAt` at 40 s with "Good afternoon!" and "This is
 *   the Ask a Librarian service at Tulsa City-County Library." split over two lines at 90/94 under screen name tccl_chat3 (27);
 *   chat-speak "Hey there! Ask MI Librarian, this is Drew …" (29);
 *  inquiry: notches and length, surface or digging, what makes you think there is a site, where in the West, story or fact
 *   books, which beach, due date and format, branch, which agency, Philadelphia or the Valley, depth and property, which park,
 *   the teen's age, private or public land, which field session, published or Rediscovery, scholarly or general, which years,
 *   class size and distance, locations or names, the child's age, fossils or sites, day trip, ages and city; a question only
 *   after the first source (24: fail);
 *  waits: "Give me a minute …" answered exactly 120 s later (04: pass); an answer 121 s after the patron with no hold (05: fail);
 *   a hold of 84 s (07); holds at 66 and 180 (Spanish "Permítame un momento", "Sigo buscando") and the answer at 295 (28:
 *   114/115 s, pass); a transfer notice answered 54 s and 44 s later (15, 17); a silent transfer, the receiver 130 s after the
 *   patron (16: fail); a hold still open when the patron leaves at 270 (30: does not count, pass);
 *  endings: a Lost Call with a greeting, "Are you still there?" at 140 and a notice that invites back at 200 (09: final idle
 *   exactly 180 s, both pass); a goodbye exactly 120 s after the answer with no check-in (10: idle fails) and 119 s after (11:
 *   na); check-in at 190 and notice at 250 with no goodbye (12: courteous fails); "the connection dropped, so I will close this
 *   session. Thanks for chatting" (26); "Sorry, your time is up for this chat. Bye." (13: dismissal, courteous passes on the
 *   "Bye"); "several other patrons waiting … please chat back in later" (14: allowed); the patron's "k thx bye 👍" last (29);
 *   the patron leaves during a hold (30: no final idle, courteous fails); patron-side "thats all i needed", "no more
 *   questions", "thats everything", "es todo", "eso es todo", "nothing else", "no, nada mas", and "yes! thank you so much 😊",
 *   "yes ok", "ok" that do not count;
 *  sources: ohiohistory.org and a catalogued book, blm.gov, archaeology.uiowa.edu, passportintime.com and archaeological.org,
 *   dos.fl.gov, library.pima.gov, MHT's Medusa, nps.gov, alexandriava.gov, dcnr.pa.gov, cahokiamounds.org, tn.gov,
 *   marylandarchaeology.org, npshistory.com and historicjamestowne.org, aacpl.net, MasterFILE Premier, SHAARD, lfpl.org,
 *   okhistory.org, gaultschool.org, michigan.gov/dnr; none (25: fail; 30: fail);
 *  referrals: the Iowa OSA by phone and URL (03); "llame a la Oficina del Arqueólogo Estatal al 850-…" (06); "You could
 *   visit …" two museums with URLs (10); "Give them a call at 703-… or stop by …" (11); "take it to the anthropology
 *   department at a university near you" (14: fail); the Arkansas Archeological Survey by phone and URL (18); "worth a visit"
 *   with a URL (27), "Le recomiendo visitar …" with URLs (28); the OSA by phone and "let your local DNR conservation officer
 *   know" with no contact (24: fail); the library's education liaison consulted on the patron's behalf (22: none);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done at 20 h (07: pass); "I'll also ask around and
 *   get back to you", coded Answered, no contact, no time (08: code and contact fail, on_time pending); FU_LIB, phone read
 *   back, "within 72 hours", done exactly 72 h after `endedAt` (22: pass); FU_ME, "e-mail it to you by Thursday", the e-mail
 *   only in `patron.email`, never done, scored at day 5 (23: contact and on_time fail, code passes);
 *  codes: a true Lost Call (09); Lost Call after three patron lines (26: fail); null with no provider (21); "" (27); Practice
 *   (20);
 *  transfers: a notice and a note that says why (15: pass); a note only (16: fail); a notice only (17: fail);
 *  concurrency: three others open through the session, four at once (18: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (19: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a recommendation to go to a place run by an organisation ("You could visit the Museum …", "Definitely worth a visit:
 *   Spiro Mounds Archaeological Center …", "Le recomiendo visitar las Misiones …") tells the patron to visit an organisation:
 *   a referral (10, 27, 28), with a URL for each (pass); a page that only says where a permit application and rules are
 *   ("The permit application and the rules are at michigan.gov/dnr", 29; "the permit form … at dcnr.pa.gov", 12) is a source
 *   and refers to no one (na); passing the question to the library's own liaison who will call (22) is staff consulted on the
 *   patron's behalf (na);
 * - "Does SHAARD look useful to start?", "Are those the kind of books she would like?", "Would those work for what you had in
 *   mind?", "Would those suit your group?", "¿Le sirve esta información?", "¿Es lo que buscaba?" ask whether what was already
 *   given meets the need;
 * - "es todo", "eso es todo", "no, nada mas", "nothing else" say explicitly that the patron is done;
 * - "Sorry, your time is up for this chat. Bye." is a dismissal (13) and also says goodbye (courteous passes);
 * - a Lost Call whose only provider lines are the greeting, a check-in and a notice has no substantive exchange; its final
 *   idle runs from the greeting (the first non-hold provider line after the patron's only line) to the notice that invites
 *   back, a goodbye (09: exactly 180 s);
 * - when the provider's last visible line is a hold and the patron leaves (30), no non-hold provider line follows the patron's
 *   last line, so waiting on the patron never begins: no final idle (idle and disconnect na), and the open span on the provider
 *   does not count (keep_informed passes);
 * - a follow-up done exactly 72 h after `endedAt` is "within" 72 elapsed hours (22).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0 (each disagreement reread against RUBRIC.md; none of my
 * labels was wrong by its text).
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.completeness, case 23: "Does SHAARD look useful to start?" read as no completeness question (fail; RUBRIC pass);
 *  - referral.contact, case 27: "Definitely worth a visit: Spiro Mounds Archaeological Center … okhistory.org/…" read as no
 *    referral (na; RUBRIC pass: visit an organisation, URL given);
 *  - referral.contact, case 28: Spanish "Le recomiendo visitar las Misiones de San Antonio (nps.gov/saan) … gaultschool.org"
 *    read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 29: the greeting "Hey there! Ask MI Librarian, this is Drew …" taken as a referral without contact
 *    (fail; RUBRIC na: no one to contact or visit).
 * Every timing check (pickup at 60, 61 and 40 s by `pickedUpAt`, no provider; keep_informed at exactly 120 and 121 s, across
 * holds of 114/115 s, two transfer notices, a silent transfer at 130 s and a hold still open at the end; final idles of 119,
 * 120, 180, 194 and 203 s; concurrency at four and at touching ends; on_time done at 20 h, exactly 72 h, pending at day 1,
 * missed at day 5) scored as labelled on the first run. The redaction equality of describeSessions holds for every running
 * case (a patron e-mail and a patron phone typed and read back, library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 * RUBRIC v63 (block AC, written after this file): cases 23 (AC1: "Does SHAARD look useful to start?"), 27 (AC2: "Definitely worth
 *   a visit: Spiro Mounds Archaeological Center …") and 29 (AC3: "Hey there! Ask MI Librarian, this is Drew …") now score as
 *   labelled and run with the others; 28 ("Le recomiendo visitar las Misiones de San Antonio") is still LEFT: the missions are a
 *   national historical park, a sight as v62 AB4 reads "Park", and the block did not make them a party; no label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All librarians are busy. You are #${n} in the queue.`];

const DANA: Prov = { id: 'dana-ar', name: 'Dana', library: 'LCDL-OH' };
const MARCUS: Prov = { id: 'marcus-ar', name: 'Marcus', library: 'WCLS-NV' };
const REFDESK: Prov = { id: 'iaref-ar', name: 'IA Ref Desk', library: 'ICPL-IA' };
const PRISCILLA: Prov = { id: 'priscilla-ar', name: 'Priscilla', library: 'ASKCO' };
const KEISHA: Prov = { id: 'keisha-ar', name: 'Keisha', library: 'DML-OH' };
const LUCIA: Prov = { id: 'lucia-ar', name: 'Lucía', library: 'MDPLS' };
const TOMAS: Prov = { id: 'tomas-ar', name: 'Tomás', library: 'PPL-AZ' };
const GRANT: Prov = { id: 'grant-ar', name: 'Grant', library: 'WCFL-MD' };
const DEV: Prov = { id: 'dev-ar', name: 'Dev', library: 'GPLS' };
const ROSALIND: Prov = { id: 'rosalind-ar', name: 'Rosalind', library: 'FLP' };
const SAM: Prov = { id: 'sam-ar', name: 'Sam', library: 'ALX-VA' };
const JONAH: Prov = { id: 'jonah-ar', name: 'Jonah', library: 'SLPA' };
const MANDY: Prov = { id: 'mandy-ar', name: 'Mandy', library: 'SLCL' };
const WREN: Prov = { id: 'wren-ar', name: 'Wren', library: 'KCPL-TN' };
const LEON: Prov = { id: 'leon-ar', name: 'Leon', library: 'BCPL-MD' };
const HAZEL: Prov = { id: 'hazel-ar', name: 'Hazel', library: 'EPFL' };
const RAVI: Prov = { id: 'ravi-ar', name: 'Ravi', library: 'LVA' };
const CORA: Prov = { id: 'cora-ar', name: 'Cora', library: 'LVA' };
const NELL: Prov = { id: 'nell-ar', name: 'Nell', library: 'AACPL' };
const OTIS: Prov = { id: 'otis-ar', name: 'Otis', library: 'AACPL' };
const BETH: Prov = { id: 'beth-ar', name: 'Beth', library: 'FPL-AR' };
const FELIX: Prov = { id: 'felix-ar', name: 'Felix', library: 'KCPL-MO' };
const TRAINEE: Prov = { id: 'trainee-ar', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-ar', name: 'Queue', library: 'NCLIVE' };
const PILAR: Prov = { id: 'pilar-ar', name: 'Pilar', library: 'ABCL' };
const QUENTIN: Prov = { id: 'quentin-ar', name: 'Quentin', library: 'HEPL' };
const INGRID: Prov = { id: 'ingrid-ar', name: 'Ingrid', library: 'HCL-MN' };
const CAM: Prov = { id: 'cam-ar', name: 'Cam', library: 'BPL-ID' };
const RUBY: Prov = { id: 'ruby-ar', name: 'Ruby', library: 'LFPL' };
const TCCL: Prov = { id: 'tccl-ar', name: 'tccl_chat3', library: 'TCCL' };
const ESTEBAN: Prov = { id: 'esteban-ar', name: 'Esteban', library: 'SAPL' };
const DREW: Prov = { id: 'drew-ar', name: 'Drew', library: 'CADL' };
const OPAL: Prov = { id: 'opal-ar', name: 'Opal', library: 'NPL-TN' };

const s = session;

export const ARCHAEOLOGY: SessionCase[] = [
  // 01 the plain good session
  s(DANA, '01 side-notched point from a Licking County field: "Good morning and welcome to Ask Ohio!", notch question, point guide + Justice book, "thats all i needed"', [
    [0, 'p', 'found what i think is an arrowhead in my grandpas field in licking county, how do i find out how old it is'],
    [22, 'l', "Good morning and welcome to Ask Ohio! You've got Dana, reference librarian at Licking County Library."],
    [28, 'l', 'What does it look like — is it notched at the base, and roughly how long?'],
    [75, 'p', 'side notches, about 2 inches, grayish flint with some pink'],
    [82, 'l', "That could well be Flint Ridge flint, quarried right there in Licking County. The Ohio History Connection's point typology guide is at ohiohistory.org (Collections > Archaeology > Projectile Points), and Noel Justice's \"Stone Age Spear and Arrow Points of the Midcontinental and Eastern United States\" is in our catalog at lickingcountylibrary.org."],
    [88, 'l', 'Is that enough to get you started on dating it?'],
    [140, 'p', 'yes perfect, thats all i needed thx'],
    [146, 'l', 'Happy to help — thanks for chatting with us, bye now!'],
  ], usual()),

  // 02 pickup exactly at 60 s
  s(MARCUS, '02 surface arrowheads on Nevada BLM land: picked up at exactly 60 s, ARPA + blm.gov, "no more questions"', [
    [0, 'p', 'Is it legal to pick up arrowheads on BLM land in Nevada?'],
    [60, 'l', 'Hi, thanks for waiting! This is Marcus with the Washoe County Library System.'],
    [66, 'l', 'Are you talking about loose points lying on the surface, or digging?'],
    [100, 'p', 'just surface, we hike a lot near pyramid lake'],
    [108, 'l', 'Short answer: no. The Archaeological Resources Protection Act and BLM rules prohibit removing artifacts such as arrowheads from federal land; only casual collecting of rocks and common invertebrate fossils is allowed. BLM lays it out at blm.gov/programs/cultural-heritage-and-paleontology. Pyramid Lake itself is on the Paiute reservation, which has its own rules.'],
    [114, 'l', 'Does that answer your question?'],
    [150, 'p', 'wow ok good to know. no more questions, thank you'],
    [155, 'l', 'Bye for now, and enjoy the hikes!'],
  ], usual()),

  // 03 pickup at 61 s; greeting names no one
  s(REFDESK, '03 a mound on an Iowa farm: picked up at 61 s, "Hi there! How can I help you today?" (screen name only), OSA by phone + URL', [
    [0, 'p', 'who is the state archaeologist in iowa? i think we have a site on our property'],
    [61, 'l', 'Hi there! How can I help you today?'],
    [67, 'l', 'Sorry for the wait. What makes you think there is a site — pottery, bones, a mound?'],
    [110, 'p', 'lots of pottery bits when we plow, and a low mound'],
    [118, 'l', "Iowa's Office of the State Archaeologist at the University of Iowa handles this. Call them at 319-384-0732 or write through archaeology.uiowa.edu, and they'll talk with you about recording the site. Please don't dig into the mound: Iowa law protects burial mounds."],
    [124, 'l', 'Did that help?'],
    [170, 'p', 'yes thanks'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Thanks, have a good evening!'],
  ], usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' })),

  // 04 a hold answered exactly 120 s later
  s(PRISCILLA, '04 retired couple with an RV want a volunteer dig: "Give me a minute…" answered exactly 120 s later, Passport in Time + AIA bulletin', [
    [0, 'p', 'my husband and i are retired and want to volunteer on a real archaeology dig this summer. where do we look?'],
    [18, 'l', "Hello! I'm Priscilla, a librarian with AskColorado."],
    [24, 'l', 'Are you hoping to stay in Colorado, or willing to travel?'],
    [60, 'p', 'anywhere in the west, we have an RV'],
    [66, 'l', 'Give me a minute to pull a couple of programs together.'],
    [186, 'l', "Here are two listings: the Forest Service's Passport in Time volunteer projects at passportintime.com, and the Archaeological Institute of America's Fieldwork Opportunities Bulletin at archaeological.org/fieldwork (filter by 'volunteer')."],
    [192, 'l', 'Would those work for what you had in mind?'],
    [240, 'p', 'passport in time looks perfect!! thats everything'],
    [246, 'l', 'Wonderful — happy digging, and thanks for using AskColorado!'],
  ], usual()),

  // 05 121 s on the provider, no hold
  s(KEISHA, '05 books for an 8-year-old: the answer 121 s after the patron with no hold, "Are those the kind of books she would like?", only thanks', [
    [0, 'p', 'my 8 yr old is obsessed with archaeology, any good books for her age?'],
    [25, 'l', 'Hi! Welcome to Ask a Librarian at Dayton Metro Library, Keisha here.'],
    [31, 'l', 'Does she like stories, or more fact books with lots of pictures?'],
    [70, 'p', 'fact books, she loves the DK style'],
    [191, 'l', 'Try "Archaeology" (DK Eyewitness) and "Archaeologists Dig for Clues" by Kate Duke; both are in our catalog at daytonmetrolibrary.org.'],
    [197, 'l', 'Are those the kind of books she would like?'],
    [230, 'p', 'yes! thank you so much 😊'],
    [236, 'l', 'You are welcome, bye!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 06 Spanish: a coin on a Florida beach
  s(LUCIA, '06 moneda vieja en Vero Beach (Spanish): greeting and question in one line, dos.fl.gov, "llame a la Oficina del Arqueólogo Estatal al 850-…", "es todo"', [
    [0, 'p', 'hola, encontré una moneda vieja en la playa en florida, puedo quedármela?'],
    [20, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de Miami-Dade Public Library. ¿En qué playa fue, y estaba en la arena seca o en el agua?'],
    [60, 'p', 'en la arena, cerca de vero beach, despues de una tormenta'],
    [68, 'l', 'En Florida, los objetos históricos en tierras y aguas del estado pertenecen al estado. La División de Recursos Históricos explica las reglas en dos.fl.gov/historical (busque "Archaeology"). Para reportar la moneda, llame a la Oficina del Arqueólogo Estatal al 850-245-6444.'],
    [74, 'l', '¿Le sirve esta información?'],
    [110, 'p', 'si gracias, es todo'],
    [116, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 07 partly Spanish; follow-up by me, e-mail read back, "by tomorrow afternoon", done at 20 h
  s(TOMAS, '07 a 5th grader\'s Maya project (partly Spanish): hold of 84 s, two books, e-mail read back, "by tomorrow afternoon", done at 20 h', [
    [0, 'p', 'hi necesito info sobre los mayas para un proyecto de mi hijo, grade 5, in english or spanish is ok'],
    [30, 'l', "Hello / ¡Hola! I'm Tomás, a librarian at Pima County Public Library's Ask Us chat."],
    [36, 'l', 'When is the project due, and does it need print books or are websites ok?'],
    [80, 'p', 'friday, the teacher wants 2 books at least'],
    [86, 'l', 'Which branch do you use? I can check what is on the shelf there.'],
    [110, 'p', 'joel valdez main'],
    [116, 'l', 'One moment while I look.'],
    [200, 'l', "On the shelf at Main right now: \"Ancient Maya\" by Jackie Maloy and \"Los mayas\" (bilingual). Both are in the catalog at library.pima.gov. I'd also like to find a couple of good kids' websites and e-mail them to you — what's your e-mail?"],
    [240, 'p', 'ok its marisol.ybarra@example.com'],
    [246, 'l', "Got it: marisol.ybarra@example.com. I'll send the links by tomorrow afternoon. Do the two books help for now?"],
    [290, 'p', 'si perfecto gracias'],
    [296, 'l', 'Anything else for the project?'],
    [320, 'p', 'no eso es todo'],
    [326, 'l', '¡Gracias! Good luck to your son. Bye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 08 a promise to get back, coded Answered, no contact, no time
  s(GRANT, '08 I-70 widening report near a Hagerstown mill: Medusa at mht.maryland.gov, "I\'ll also ask around and get back to you", coded Answered', [
    [0, 'p', 'Looking for the archaeology report they did before the highway went through near the old mill site by Hagerstown, 1990s'],
    [35, 'l', 'Hi, this is Grant at Washington County Free Library. Thanks for your question.'],
    [41, 'l', 'Do you know which agency ran the highway project — the State Highway Administration?'],
    [90, 'p', 'yes SHA i think. I-70 widening'],
    [96, 'l', "Reports like that end up in the Maryland Historical Trust's library. Their archaeology reports are searchable through Medusa, MHT's cultural resource database, at mht.maryland.gov (Research > Medusa)."],
    [102, 'l', "I'll also ask around and get back to you if I find the exact report title."],
    [140, 'p', 'ok great'],
    [146, 'l', 'Did the Medusa link help for now?'],
    [180, 'p', 'ya i will look'],
    [186, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 09 a true Lost Call, final idle exactly 180 s
  s(DEV, '09 a Georgia point (Lost Call): greeting only, "Are you still there?" at 140, disconnect notice inviting back at 200 (final idle exactly 180 s)', [
    [0, 'p', 'found a arrowhead in my yard in macon ga, how old could it be'],
    [20, 'l', "Hi, you've reached Ask GA Libraries, I'm Dev. What can I help with?"],
    [140, 'l', 'Are you still there?'],
    [200, 'l', "It seems you've disconnected, so I'll close this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 final idle exactly 120 s, no check-in
  s(ROSALIND, '10 Philadelphia museums with local finds: "You could visit…" with URLs, goodbye exactly 120 s after the answer, no check-in', [
    [0, 'p', 'what museums in philly have archaeology stuff from around here, not egypt lol'],
    [15, 'l', "Hey! Ask a Librarian at the Free Library of Philadelphia — I'm Rosalind."],
    [21, 'l', 'By "around here" do you mean Philadelphia itself, or the Delaware Valley generally?'],
    [50, 'p', 'philly itself'],
    [56, 'l', "You could visit the Museum of the American Revolution, which shows artifacts dug up on its own site at 3rd and Chestnut (amrevmuseum.org), or Independence National Historical Park's archaeology lab, open to view in summer (nps.gov/inde)."],
    [62, 'l', 'Does that cover what you were after?'],
    [176, 'l', 'Thanks for chatting with the Free Library — bye!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 11 final idle 119 s
  s(SAM, '11 bottles in an Alexandria VA backyard: "Give them a call at 703-…", completeness + anything else in one line, goodbye 119 s after the answer', [
    [0, 'p', 'we found old bottles and pottery digging a garden in Alexandria VA, who do I tell?'],
    [20, 'l', 'Good evening! Sam from Alexandria Library here, happy to help.'],
    [26, 'l', 'Roughly how deep were they, and is this on your own property?'],
    [70, 'p', 'our backyard, maybe 2 feet down'],
    [76, 'l', 'Alexandria has its own city archaeologists. Give them a call at 703-746-4399 or stop by Alexandria Archaeology, 105 N. Union St (in the Torpedo Factory); they love hearing about backyard finds. Their site is alexandriava.gov/Archaeology.'],
    [82, 'l', 'Does that answer your question? Anything else I can look up?'],
    [195, 'l', 'Thanks for stopping by the chat, goodbye!'],
  ], usual({ referral: 'pass' })),

  // 12 check-in and notice, no goodbye
  s(JONAH, '12 metal detecting at Ricketts Glen: "Are you still there?" at 190, "it seems you\'ve been disconnected… end this chat now" at 250, no goodbye', [
    [0, 'p', 'can i metal detect in pennsylvania state parks'],
    [12, 'l', 'Hi — you have reached Ask Here PA. My name is Jonah, from the State Library of Pennsylvania.'],
    [18, 'l', 'Is there a particular park you had in mind?'],
    [45, 'p', 'ricketts glen'],
    [52, 'l', "DCNR allows metal detecting only in designated areas of some parks, with a permit, and removing anything of historical value isn't allowed. The policy, the permit form and the list of parks are at dcnr.pa.gov (search 'metal detecting')."],
    [58, 'l', 'Does that help?'],
    [190, 'l', 'Are you still there?'],
    [250, 'l', "I haven't heard from you in a while, so it seems you've been disconnected. I'm going to end this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 13 "your time is up"
  s(MANDY, '13 teen archaeology camp near St. Louis, then careers and pay: "Sorry, your time is up for this chat. Bye." (dismissal)', [
    [0, 'p', 'are there archaeology summer camps for teens near st louis'],
    [20, 'l', 'Hello, St. Louis County Library Ask Us, this is Mandy.'],
    [26, 'l', 'How old is your teen?'],
    [40, 'p', '14'],
    [46, 'l', 'Cahokia Mounds State Historic Site runs a summer youth archaeology program; the schedule is at cahokiamounds.org (Events).'],
    [52, 'l', 'Is that the kind of thing you were looking for?'],
    [80, 'p', 'yes!! also what about college programs and how do you become an archaeologist and what do they earn'],
    [88, 'l', 'Sorry, your time is up for this chat. Bye.'],
    [100, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 14 other patrons waiting, a way back; a referral without contact
  s(WREN, '14 a box of a father\'s 1960s Tennessee finds: "take it to the anthropology department at a university near you", "several other patrons waiting… chat back in later"', [
    [0, 'p', 'I have a box of stuff my dad dug up in the 60s in Tennessee. arrowheads, beads, a pipe. How do I find out if its legal to own and what its worth?'],
    [25, 'l', "Hi! I'm Wren, a librarian at Knox County Public Library. Glad you reached out."],
    [31, 'l', 'Do you know whether he found them on private land or public land?'],
    [80, 'p', 'his friends farm i think. also could there be human remains stuff in there? theres a small bone'],
    [88, 'l', "Artifacts collected on private land with the owner's permission are generally legal to own; burial items and human remains are a different matter under Tennessee law. The Tennessee Division of Archaeology explains this at tn.gov/environment/program-areas/arch-archaeology. For the bone, take it to the anthropology department at a university near you — they can tell you if it's human."],
    [94, 'l', 'Does that help with the legal part?'],
    [130, 'p', 'yes. and whats it worth? and where can i sell it? and can you look up what the pipe is'],
    [138, 'l', "I have several other patrons waiting right now, so I'll need to wrap up — please chat back in later and we can dig into the pipe and values. Thanks for your patience!"],
    [150, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 15 an announced transfer with a note that says why
  s(LEON, '15 Maryland field session sign-up: "transferring you to her now, one moment please" + internal note why, Hazel 54 s later', [
    [0, 'p', "Hi, I want to volunteer with the Maryland state archaeologist's summer field session, how do i sign up"],
    [18, 'l', "Hi, welcome to Ask Us Now! I'm Leon at Baltimore County Public Library."],
    [24, 'l', 'Is this the Tyler Bastian Field Session this summer?'],
    [50, 'p', 'yes that one'],
    [56, 'l', "Our Maryland history specialist Hazel knows that program well — I'm transferring you to her now, one moment please."],
    [58, 'i', 'Hazel, patron wants to sign up for the MHT/ASM field session, MD history q. Can you take it?'],
    xfer(60, 'Hazel', 'hazel-ar'),
    [110, 'l', "Hello! Hazel here, Maryland Room librarian at Enoch Pratt. Registration is on the Archaeological Society of Maryland's site, marylandarchaeology.org (Field Session), and the Maryland Historical Trust posts the dates at mht.maryland.gov.", as(HAZEL)],
    [116, 'l', 'Is that what you needed?', as(HAZEL)],
    [150, 'p', 'yes perfect. thats all!'],
    [155, 'l', 'Great, thanks for contacting Ask Us Now!', as(HAZEL)],
  ], usual({ transfer: 'pass' })),

  // 16 a silent transfer, the receiver 130 s after the patron
  s(RAVI, '16 Jamestown fort excavation reports for a college paper: internal note only, silent transfer, Cora 130 s after the patron', [
    [0, 'p', 'where can i find the site report for the fort excavations at jamestown? for a college paper'],
    [22, 'l', 'Hello, this is Ravi at the Library of Virginia reference chat.'],
    [28, 'l', 'Do you need the older published reports, or the newer Jamestown Rediscovery material?'],
    [70, 'p', 'both if possible, paper due monday'],
    [76, 'i', 'Cora — Jamestown archaeology reports for a college paper, you know this collection better'],
    xfer(80, 'Cora', 'cora-ar'),
    [200, 'l', "Hi, Cora here, also at the Library of Virginia. The Park Service published John Cotter's \"Archeological Excavations at Jamestown\" (1958), free online at npshistory.com, and Jamestown Rediscovery's interim reports are at historicjamestowne.org (Research > Archaeology Reports).", as(CORA)],
    [206, 'l', 'Does that give you enough for the paper?', as(CORA)],
    [250, 'p', 'yes thank u!!'],
    [255, 'l', 'Anything else?', as(CORA)],
    [270, 'p', 'no'],
    [274, 'l', 'Good luck with the paper — bye!', as(CORA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 17 an announced transfer, no internal note
  s(NELL, '17 Chesapeake archaeology for a book club: "I\'m going to pass you to a colleague… Hang on a sec." with no internal note, Otis 44 s later', [
    [0, 'p', 'do you have any books on the archaeology of the chesapeake bay area'],
    [14, 'l', 'Hi there, Nell with Anne Arundel County Public Library chat!'],
    [20, 'l', 'Are you looking for something scholarly or more general reading?'],
    [50, 'p', 'general, for my book club'],
    [56, 'l', "I'm going to pass you to a colleague who does readers' advisory. Hang on a sec."],
    xfer(58, 'Otis', 'otis-ar'),
    [100, 'l', 'Hey, Otis here! For a book club, try "Jamestown, the Buried Truth" by William Kelso and "Tobacco Coast" by Arthur Pierce Middleton; both are in our catalog at aacpl.net.', as(OTIS)],
    [106, 'l', 'Would those suit your group?', as(OTIS)],
    [140, 'p', 'perfect thx, thats all'],
    [145, 'l', 'Enjoy, bye!', as(OTIS)],
  ], usual({ transfer: 'fail' })),

  // 18 four at once
  s(BETH, '18 a stone tool from an Arkansas creek: three other chats open through this one (four at once), the Survey by phone + URL', [
    [0, 'p', 'found a cool stone tool in a creek bed in NW arkansas. who do I report it to?'],
    [30, 'l', 'Hi! This is Beth, librarian at Fayetteville Public Library.'],
    [36, 'l', 'Was the creek on private property, or in a park or national forest?'],
    [75, 'p', 'on my uncles land'],
    [81, 'l', "Then it's his to keep, but the Arkansas Archeological Survey likes to record finds. You can contact their Fayetteville office at 479-575-3556 or through archeologicalsurvey.uark.edu."],
    [87, 'l', 'Does that answer it?'],
    [120, 'p', 'yep thx thats all'],
    [125, 'l', 'Thank you for chatting, bye!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'beth-ar', -100, 500), other('b2', 'beth-ar', 10, 300), other('b3', 'beth-ar', 50, 200)],
  }),

  // 19 three at most, touching ends
  s(FELIX, '19 Archaeology magazine back issues: MasterFILE Premier, one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'does the library have access to Archaeology magazine? the AIA one'],
    [16, 'l', "Welcome to KC Library's Ask a Librarian! I'm Felix."],
    [22, 'l', 'Do you want current issues or older articles from back issues?'],
    [50, 'p', 'older articles, like 2010s'],
    [56, 'l', "You can read Archaeology magazine back issues in full text through MasterFILE Premier (EBSCO): it's under Research > Databases at kclibrary.org; log in with your card number."],
    [62, 'l', 'Is that what you were looking for?'],
    [100, 'p', 'yes thank you! nothing else'],
    [105, 'l', 'Have a great day, and thanks!'],
  ], usual(), {}, {
    otherIntervals: [other('f1', 'felix-ar', -300, 0), other('f2', 'felix-ar', -30, 300), other('f3', 'felix-ar', 20, 400), other('f4', 'felix-ar', 110, 600)],
  }),

  // 20 Practice
  s(TRAINEE, '20 training chat about NC points: coded Practice, every check na', [
    [0, 'p', 'test - arrowhead question'],
    [10, 'l', 'hi this is a training chat. Try ncpedia.org for NC archaeology.'],
    [20, 'p', 'thanks test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 no provider ever joined
  s(NOBODY, '21 state museum on Mondays: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'is the state museum open on mondays? want to see the mastodon and the archaeology hall'],
    waitLine(2, 4),
    [130, 'p', 'anyone there??'],
    left(200),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 22 follow-up by the patron's library, phone read back, "within 72 hours", done exactly 72 h after the end
  s(PILAR, '22 a 6th-grade field trip to a New Mexico dig (follow-up by patron\'s library): phone read back, "within 72 hours", done exactly 72 h after the end', [
    [0, 'p', 'my class wants to tour a real dig site in new mexico in april, can someone help set that up? im a 6th grade teacher'],
    [28, 'l', 'Good morning! This is Pilar, a librarian at Albuquerque and Bernalillo County Library.'],
    [34, 'l', 'How many students, and how far from Albuquerque can you travel?'],
    [80, 'p', '24 kids, within 2 hours of abq'],
    [86, 'l', "The state's Historic Preservation Division lists public archaeology events at nmhistoricpreservation.org. Our education liaison arranges school visits with the Office of Archaeological Studies, so I'll pass your question to her. What's the best phone number for you?"],
    [130, 'p', '505-555-0187, after 3 is best'],
    [136, 'l', 'Thank you — 505-555-0187, after 3. She will call you within 72 hours. Does the HPD page help in the meantime?'],
    [180, 'p', 'yes thanks so much, thats everything'],
    [186, 'l', 'Thanks for chatting — have a great trip!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(191 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 23 follow-up by me, e-mail only in the patron field, never recorded, deadline passed
  s(QUENTIN, '23 excavated sites in Hamilton County IN (follow-up by me): SHAARD, "e-mail it to you by Thursday", e-mail only in patron.email, never done, day 5', [
    [0, 'p', 'Where can I find a list of all the archaeological sites excavated in Hamilton County Indiana? Doing a local history project'],
    [40, 'l', "Hello, and thanks for using Ask Indiana. I'm Quentin at Hamilton East Public Library."],
    [46, 'l', 'Do you need exact locations, or just which sites were dug and when?'],
    [100, 'p', 'just names and dates, locations not needed'],
    [106, 'l', "Site locations are restricted, but the DNR Division of Historic Preservation and Archaeology keeps SHAARD, its online database of survey reports, at in.gov/dnr/historic-preservation (SHAARD). I'll put together a list of the published county reports and e-mail it to you by Thursday."],
    [112, 'l', 'Does SHAARD look useful to start?'],
    [160, 'p', 'yes, will try it. thx!'],
    [166, 'l', 'Anything else today?'],
    [190, 'p', 'no thats it'],
    [195, 'l', 'Bye, and thanks!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'k.ortman@example.net', phone: null } }, { now: T0 + 5 * DAY }),

  // 24 source before any question; two parties referred, one without contact
  s(INGRID, '24 a dugout canoe on a Minnesota lake shore: advice and the OSA by phone first, question after, "let your local DNR conservation officer know" (no contact)', [
    [0, 'p', 'I think I found a dugout canoe in the mud at the lake shore in Minnesota. what do I do'],
    [20, 'l', "Hi, you've reached AskMN. I'm Ingrid at Hennepin County Library."],
    [26, 'l', "Don't move it — waterlogged wood falls apart fast once it dries. Call the Office of the State Archaeologist at 651-201-3300 (mn.gov/admin/archaeologist), and let your local DNR conservation officer know too."],
    [32, 'l', 'Is the canoe on public land or private?'],
    [70, 'p', 'public beach'],
    [76, 'l', 'Then the DNR has a say as well. Does that help?'],
    [110, 'p', 'yes ok'],
    [115, 'l', 'Take care, and thanks for reporting it!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 25 no source at all
  s(CAM, '25 archaeologist or paleontologist for a 7-year-old: the age asked, an answer with no source, "Does that clear it up?"', [
    [0, 'p', 'what is the difference between an archaeologist and a paleontologist? my son says they are the same'],
    [18, 'l', 'Hi! This is Cam at the Boise Public Library chat.'],
    [24, 'l', 'How old is your son? I can pitch the answer at his level.'],
    [50, 'p', 'hes 7'],
    [56, 'l', 'Archaeologists study things people made and left behind, like tools, pots and houses. Paleontologists study fossils of ancient animals and plants, like dinosaurs, mostly from long before people existed.'],
    [62, 'l', 'Does that clear it up?'],
    [90, 'p', 'yes!! he says thanks'],
    [96, 'l', 'Tell him he is welcome, bye!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 26 Lost Call after three patron lines; check-in and notice
  s(RUBY, '26 Falls of the Ohio sites (Lost Call after three patron lines): answer at 96, "Are you still there?" at 230, "the connection dropped… Thanks for chatting" at 290', [
    [0, 'p', 'hi'],
    [25, 'l', 'Hello! Ruby at Ask a Librarian, Louisville Free Public Library. What can I help you find?'],
    [50, 'p', 'books on the Falls of the Ohio fossils and indian sites'],
    [56, 'l', 'Are you more interested in the fossils or the Native American sites?'],
    [90, 'p', 'indian sites'],
    [96, 'l', 'Try "Kentucky Archaeology", edited by R. Barry Lewis, in our catalog at lfpl.org; it has a chapter on the Falls area. Is that helpful?'],
    [230, 'l', 'Are you still there?'],
    [290, 'l', 'It looks like the connection dropped, so I will close this session. Thanks for chatting with LFPL!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 27 pickedUpAt 40 s, first line at 90; greeting split; code ""
  s(TCCL, '27 visiting Spiro Mounds: pickedUpAt 40 s, "Good afternoon!" + "This is the Ask a Librarian service at Tulsa City-County Library." (screen name tccl_chat3), code ""', [
    [0, 'p', 'is spiro mounds open to visit? and is there a museum there'],
    [90, 'l', 'Good afternoon!'],
    [94, 'l', 'This is the Ask a Librarian service at Tulsa City-County Library. Are you planning a day trip from Tulsa?'],
    [130, 'p', 'yes this saturday'],
    [136, 'l', "Definitely worth a visit: Spiro Mounds Archaeological Center is open Wednesday through Sunday and has an interpretive center with artifacts; hours and directions are at okhistory.org/sites/spiromounds."],
    [142, 'l', 'Did that answer your question?'],
    [170, 'p', 'yes thank you thats all i needed'],
    [175, 'l', 'Enjoy Spiro, and thanks for the question!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '', pickedUpAt: at(40) }),

  // 28 Spanish: holds at 66 and 180, answer at 295
  s(ESTEBAN, '28 zona arqueológica para niños cerca de San Antonio (Spanish): "Permítame un momento" at 66, "Sigo buscando" at 180, answer at 295', [
    [0, 'p', 'buenas, quiero llevar a mis hijos a ver una zona arqueologica en texas, cual me recomienda?'],
    [22, 'l', '¡Hola! Le atiende Esteban, de la Biblioteca Pública de San Antonio. ¿Qué edades tienen sus hijos y desde qué ciudad saldrían?'],
    [60, 'p', '9 y 12, desde san antonio'],
    [66, 'l', 'Permítame un momento, estoy buscando opciones cerca de San Antonio.'],
    [180, 'l', 'Sigo buscando: ya tengo una opción y estoy revisando otra.'],
    [295, 'l', 'Le recomiendo visitar las Misiones de San Antonio (nps.gov/saan), con programas para niños, y el sitio Gault cerca de Florence, con visitas guiadas que se reservan en gaultschool.org.'],
    [301, 'l', '¿Es lo que buscaba?'],
    [340, 'p', 'si muchas gracias!!'],
    [346, 'l', '¿Algo más en que le pueda ayudar?'],
    [370, 'p', 'no, nada mas'],
    [375, 'l', '¡Que disfruten el paseo! Gracias por usar nuestro chat.'],
  ], usual({ referral: 'pass' })),

  // 29 the patron has the last word
  s(DREW, '29 digging old bottle dumps in a Michigan state forest (chat-speak): DNR permit page, "that help?", patron "k thx bye 👍" last', [
    [0, 'p', 'yo is it illegal to dig for bottles at old dump sites in michigan state forest lol'],
    [10, 'l', 'Hey there! Ask MI Librarian, this is Drew at Capital Area District Library.'],
    [16, 'l', 'r u talking state forest land specifically or like a county park?'],
    [40, 'p', 'state forest'],
    [46, 'l', "On state land, digging or removing artifacts (bottles over 50 yrs old included) needs a permit. The permit application and the rules are at michigan.gov/dnr (search 'archaeology permit')."],
    [52, 'l', 'that help?'],
    [80, 'p', 'k thx bye 👍'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 30 a hold, then the patron leaves; no source
  s(OPAL, '30 a cemetery found under the Nashville fairgrounds stadium: clarifying question, "Let me look for the archaeology report…" hold, patron left at 270', [
    [0, 'p', 'Is there a list of what archaeology got found when they built the new stadium in Nashville? heard they found a cemetery'],
    [20, 'l', "Hello! I'm Opal with Ask a Librarian at Nashville Public Library."],
    [26, 'l', 'Do you mean the Titans stadium area, or the soccer stadium at the Fairgrounds?'],
    [60, 'p', 'fairgrounds one'],
    [66, 'l', "Let me look for the archaeology report on that; it'll take a few minutes."],
    left(270),
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ARCHAEOLOGY.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('28')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 5 (Spanish): "Le recomiendo visitar las Misiones de San Antonio (nps.gov/saan) … y el sitio Gault cerca de Florence, con visitas guiadas que se reservan en gaultschool.org." tells the patron to visit two organisations outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), each with a URL.',
};

describe('sixty-ninth round: archaeology and local digs, checked', () => {
  describeSessions('whole sessions', ARCHAEOLOGY.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ARCHAEOLOGY.filter((c) => c.name in LEFT_WHY));
});
