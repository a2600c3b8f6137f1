/**
 * Sixty-fifth round, theme TREES AND URBAN FORESTRY, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: street tree requests (TreePhilly, Rochester's planting list, Evanston's parkway list,
 * trees under Baltimore power lines, a memorial tree in a Raleigh park), removal permits (a landmark oak in Ann Arbor, a
 * mesquite in San Antonio in Spanish), storm damage (a city limb on a car in Columbia SC, a fallen street tree in Miami-Dade
 * in Spanish, a neighbor's tree on a fence in Tulsa, a dead boulevard branch in Minneapolis), identification and disease
 * (sassafras, American beech, tar spot on a maple in Spanglish, oak wilt, root rot or drought in a river birch), emerald ash
 * borer (D-shaped holes, EAB-proof replacements in Columbus, Milwaukee's ash removals by year), arborists (ISA
 * certification, a city arborist report on a cut elm), city forestry (Portland heritage trees, Cleveland tree-lawn removals,
 * WWI memorial trees in Frederick, neighbor's branches in California, pruning oaks). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/trees-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at 25 s (01), 61 s (02: fail), exactly 60 s (03: pass); "Hey there! What's the tree question?" under
 *   the screen name "Desk 2" (04: greets, names no one, fail); "Oh no, sorry to hear it! Good evening, this is Marcus …"
 *   (06); "¡Buenas tardes! Soy Lucía, bibliotecaria …" (07); "Hola! I'm Tomás, librarian at …" (08); "Hello, thanks for
 *   waiting — you've reached the Ask Us librarians at Howard County Library." under "Ask Us HCLS" (02); greeting and
 *   transfer notice in one line (20); `pickedUpAt` at 30 s with the first line at 155 (19); no provider ever joined (17);
 *  inquiry: owner or renter, trunk size, leaf shapes, yard or wires, city, cables, which year/street/park, strip width,
 *   tree-care experience, main or service wires, location and height, branches or trunk, foundation/septic/street, a look
 *   at the trunk base, damage; tar spot and its URL given before "¿Las manchas son grandes …?" (08: fail); no question and
 *   no source at all (30: fail); a question in the greeting line of a Lost Call with no source ever (15: pass);
 *  waits: a hold at 60 answered at 181 with an internal line at 120 between (05: 121 s, fail); a hold at 56 answered at 176
 *   with "ok" and "still there?" from the patron meanwhile (06: 120 s, pass); a hold 104 s (09); a transfer notice answered
 *   44 s later by the receiver (20); a silent transfer, the receiver 60 s after the patron (21); a transfer notice answered
 *   134 s later (22: fail); "Sure, take your time." then the patron back 186 s later (26: waiting on the patron, pass);
 *   125 s between `pickedUpAt` and the first line (19: fail);
 *  endings: a Lost Call with a greeting only, "Are you still there?" at 130 and "It seems you've been disconnected, so this
 *   session will end now." at 200 (14: final idle 185 s, both pass, courteous fails); a check-in at +100 and a goodbye at
 *   +150 (26: idle pass, disconnect na); a check-in at +120 and "It looks like you've disconnected, so I'll end this chat.
 *   Thanks for contacting us!" at +180 (27: both pass); the patron leaving 119 s after the last answer (28: na, courteous
 *   fails); the patron's "yep! thats all i needed 👍" last (25: courteous fails); "Sorry, your time is up for this session.
 *   I need to close the chat now." (23: dismissal); "I have other patrons waiting right now, so please chat back in later …
 *   ¡Gracias y hasta pronto!" (24: allowed, courteous pass with the patron last); goodbyes "Happy planting, and thanks for
 *   writing in!", "You're welcome — bye for now!", "Have fun exploring — bye!", "¡Con gusto! Gracias por escribirnos,
 *   cuídese.", "Thanks, talk soon!", "I'm sorry for your loss. Take care, and thanks for reaching out.", "I'll let you go —
 *   thanks for chatting, and come back anytime!"; patron-side "thats all i need", "that's everything", "no thats it", "es
 *   todo", "eso es todo", "no more questions", "thats exactly what i needed, thats all", and "omg yes 😄 thx", "yea ok",
 *   "yes great thanks", "ok gracias" that do not count;
 *  sources: city, park and county pages (phila.gov, a2gov.org, columbiasc.gov, miamidade.gov, lawrenceks.org,
 *   cityofrochester.gov, cityofevanston.org, portland.gov, raleighnc.gov, sanantonio.gov, minneapolisparks.org,
 *   clevelandohio.gov), extension services (ohioline.osu.edu, extension.umn.edu, extension.psu.edu,
 *   extension.oregonstate.edu), emeraldashborer.info, isa-arbor.com, arborday.org, bge.com, treebaltimore.org, nolo.com,
 *   iii.org, named books in the catalogue (Watts's Tree Finder, Jordan's Neighbor Law); none (30: fail);
 *  referrals: "Call the City of Ann Arbor Forestry unit at 734-555-0142" (03: LEFT); 311 and FPL by phone in Spanish (07);
 *   the City Arborist Office by phone in Spanish (20); "calling 311 at 612-555-0311" (27); a ward council member and
 *   Holden Forests & Gardens with no contact (29: fail); the library's Municipal Reference staff and local history desk
 *   consulted or calling on the patron's behalf (09, 11) and a city clerk's office the provider will check with (10) as no
 *   referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 40 h (09: pass); FU_ME, e-mail read back, "get back
 *   to you" with no when (10: contact fails, on_time pending); a promised call with the phone read back and "tomorrow
 *   afternoon", coded Answered (11: code fails, contact passes); FU_LIB, "they'll follow up with you by Monday", no e-mail
 *   or phone anywhere (12: code and contact fail); FU_ME, "within 72 hours", e-mail only in `patron.email`, done after 80 h
 *   (13: contact and on_time fail, code passes);
 *  codes: a true Lost Call (14); Lost Call after three patron lines (15: fail); null with no provider (17); "" (28);
 *   Practice (16);
 *  transfers: a notice and an internal note that says why (20: pass); an internal note only (21: fail); a notice only, no
 *   note (22: fail);
 *  concurrency: three others of the same provider open through the session, four at once (18: fail); one ending exactly at
 *   the start, two overlapping, one starting exactly at `endedAt`, and another provider's chat open throughout (19: three at
 *   most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there! What's the tree question?" greets but identifies no one (04); "Ask Us librarians at Howard County Library"
 *   identifies the service (02);
 * - `pickedUpAt` is the pickup, so the 125 s from it to the first provider line are a wait on the provider after pickup
 *   (19: keep_informed fails; the 30 s before it are pickup's alone);
 * - "Sure, take your time." is not a hold (RUBRIC says so), so the 186 s that follow are waiting on the patron (26);
 * - a referral tells the patron to contact or visit someone: "Call the City of Ann Arbor Forestry unit at …" (03), "llame a
 *   Miami-Dade 311 al …", "llame a la Oficina del Arborista …" (07, 20), "by calling 311 at …" (27), "reach out to your
 *   ward's city council member" and "contact Holden Forests & Gardens" (29) are referrals; "I can request those from our
 *   Municipal Reference staff" (09), "Someone from our Central Library's local history desk will call you" (11), "I'll
 *   check with the city clerk's office" (10) and "I'll pass your question to them" (12) tell the patron to contact no one;
 *   "report the branch through minneapolisparks.org" and "the claim form is on columbiasc.gov" point to a website: sources;
 * - "Does that solve the mystery?", "Would that work for your yard?", "Does that look right?", "Is that a good start?",
 *   "Does the records portal give you a place to start?", "¿Le sirve esta información?", "¿Le ayudó?" ask whether what was
 *   given meets the need;
 * - "It seems you've been disconnected, so this session will end now." is the notice the rubric asks for, not a dismissal
 *   (14); "Sorry, your time is up for this session." is (23);
 * - a Lost Call's greeting with "What can I help you find?" is not substantive, so 14 has no substantive exchange and its
 *   final idle runs from that greeting (20) to `endedAt` (205): 185 s; in 15 the greeting line also asks "Which city do you
 *   live in?", a clarifying question, so 15 has a substantive exchange (no source: source and completeness fail).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC: the label
 * stands).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: "Call the City of Ann Arbor Forestry unit at 734-555-0142 before you schedule anything"
 *    read as no referral (na; RUBRIC pass: the patron is told to call a city department, phone given).
 * Every timing check (pickup at 25, 60 and 61 s, by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across a
 * 104 s hold, an internal line, two transfers, "take your time" and 125 s after `pickedUpAt`; final idles of 119, 150, 180
 * and 185 s; concurrency at four and at touching ends; on_time done at 40 h, late at 80 h, pending at day 1 three times)
 * scored as labelled on the first run. The redaction equality of describeSessions holds for every running case (patron
 * e-mails typed and read back, a patron phone read back, an e-mail only in `patron.email`, library and city phones beside
 * them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft); `npx tsc -p tsconfig.json --noEmit` clean.
 * ON v68 (block AH3's name of up to seven words before its contact): case 03 ("Call the City of Ann Arbor Forestry unit at
 *   734-555-0142") runs.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waiting = (sec: number, n = 1): Line => [sec, 's', `All our librarians are busy. You are #${n} in the queue.`];

const RENATA: Prov = { id: 'renata-t', name: 'Renata', library: 'FLP' };
const HCLS: Prov = { id: 'hcls-t', name: 'Ask Us HCLS', library: 'HCLS' };
const DEVON: Prov = { id: 'devon-t', name: 'Devon', library: 'AADL' };
const DESK2: Prov = { id: 'desk2-t', name: 'Desk 2', library: 'SPL-IL' };
const PRITI: Prov = { id: 'priti-t', name: 'Priti', library: 'CML' };
const MARCUS: Prov = { id: 'marcus-t', name: 'Marcus', library: 'RCL-SC' };
const LUCIA: Prov = { id: 'lucia-t', name: 'Lucía', library: 'MDPLS' };
const TOMAS: Prov = { id: 'tomas-t', name: 'Tomás', library: 'HCL-MN' };
const GRETA: Prov = { id: 'greta-t', name: 'Greta', library: 'MPL-WI' };
const JORDAN: Prov = { id: 'jordan-t', name: 'Jordan', library: 'LPL-KS' };
const SAM: Prov = { id: 'sam-t', name: 'Sam', library: 'RPL-NY' };
const NADIA: Prov = { id: 'nadia-t', name: 'Nadia', library: 'FCPL-MD' };
const OWEN: Prov = { id: 'owen-t', name: 'Owen', library: 'EPL-IL' };
const WREN: Prov = { id: 'wren-t', name: 'Wren', library: 'APL-TX' };
const IKE: Prov = { id: 'ike-t', name: 'Ike', library: 'AUK' };
const TRAINEE: Prov = { id: 'trainee-t', name: 'Training 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-t', name: 'Queue', library: 'DML' };
const IRIS: Prov = { id: 'iris-t', name: 'Iris', library: 'MCL-OR' };
const DANA: Prov = { id: 'dana-t', name: 'Dana', library: 'WCPL' };
const KEVIN: Prov = { id: 'kevin-t', name: 'Kevin', library: 'SAPL' };
const ROSA: Prov = { id: 'rosa-t', name: 'Rosa', library: 'SAPL' };
const BEA: Prov = { id: 'bea-t', name: 'Bea', library: 'DPL-CO' };
const CHRIS: Prov = { id: 'chris-t', name: 'Chris', library: 'DPL-CO' };
const JESS: Prov = { id: 'jess-t', name: 'Jess', library: 'EPFL' };
const LOU: Prov = { id: 'lou-t', name: 'Lou', library: 'EPFL' };
const HANK: Prov = { id: 'hank-t', name: 'Hank', library: 'AUS' };
const ANA: Prov = { id: 'ana-t', name: 'Ana', library: 'SPL-CA' };
const LEO: Prov = { id: 'leo-t', name: 'Leo', library: 'AACPL' };
const MAYA: Prov = { id: 'maya-t', name: 'Maya', library: 'FVRL' };
const PETE: Prov = { id: 'pete-t', name: 'Pete', library: 'HCL-MN' };
const QUINN: Prov = { id: 'quinn-t', name: 'Quinn', library: 'TCCL' };
const NORA: Prov = { id: 'nora-t', name: 'Nora', library: 'CPL-OH' };
const VAL: Prov = { id: 'val-t', name: 'Val', library: 'CCPL-OH' };

const s = session;

export const TREES: SessionCase[] = [
  // 01 the plain good session
  s(RENATA, '01 free street tree in Philadelphia: owner asked, TreePhilly form at phila.gov/trees, "thats all i need"', [
    [0, 'p', 'hi! how do i request a free street tree in front of my house? i live in philly'],
    [25, 'l', 'Good morning! This is Renata, a librarian at the Free Library of Philadelphia.'],
    [31, 'l', "Do you own the house, or are you renting? The program asks for the owner's OK."],
    [70, 'p', 'own it'],
    [76, 'l', 'Philadelphia Parks & Recreation runs TreePhilly, which gives out free yard and street trees twice a year; the street tree request form is at phila.gov/trees (Street Tree Request).'],
    [82, 'l', 'Is that the kind of thing you were hoping for?'],
    [120, 'p', 'yes perfect!! thats all i need, thank you 🌳'],
    [126, 'l', 'Happy planting, and thanks for writing in!'],
  ], usual()),

  // 02 pickup at 61 s
  s(HCLS, '02 D-shaped holes in an ash (EAB): pickup at 61 s, trunk size asked, emeraldashborer.info', [
    [0, 'p', 'my ash tree has little D shaped holes in the bark is that emerald ash borer??'],
    [61, 'l', "Hello, thanks for waiting — you've reached the Ask Us librarians at Howard County Library."],
    [67, 'l', 'About how big around is the trunk, and have you noticed the top of the tree thinning?'],
    [110, 'p', 'maybe 15 inches across. top looks kinda bare yeah'],
    [118, 'l', 'D-shaped exit holes plus a thinning canopy are the classic signs. The Emerald Ash Borer Information Network at emeraldashborer.info has photos to compare and a page on treatment versus removal.'],
    [124, 'l', "Does that help you figure out what you're looking at?"],
    [170, 'p', 'yes ugh. ok thanks'],
    [175, 'l', 'Anything more I can dig up for you?'],
    [200, 'p', 'no thats it'],
    [204, 'l', 'Good luck with the tree, take care!'],
  ], usual({ pickup: 'fail' })),

  // 03 pickup at exactly 60 s; a referral by phone
  s(DEVON, '03 permit to cut a backyard oak in Ann Arbor: pickup at 60 s, "Call the City of Ann Arbor Forestry unit at 734-555-0142"', [
    [0, 'p', 'Do I need a permit to cut down a big oak in my backyard? Ann Arbor MI'],
    [60, 'l', 'Hi there, Devon at Ann Arbor District Library answering.'],
    [66, 'l', 'How big is the trunk — do you know the diameter roughly?'],
    [100, 'p', 'like 3 feet'],
    [106, 'l', 'Trees that size may count as "landmark trees" under the city\'s rules. Call the City of Ann Arbor Forestry unit at 734-555-0142 before you schedule anything; the ordinance itself is on the city site at a2gov.org (search "landmark tree").'],
    [112, 'l', 'Did that answer what you needed?'],
    [150, 'p', "yep that's everything, thank you!"],
    [154, 'l', "You're welcome — bye for now!"],
  ], usual({ referral: 'pass' })),

  // 04 greets, identifies no one
  s(DESK2, '04 mitten-shaped leaves (sassafras): "Hey there! What\'s the tree question?" under "Desk 2", Watts\'s Tree Finder', [
    [0, 'p', 'what kind of tree has leaves like a mitten?? my kid wants to know'],
    [20, 'l', "Hey there! What's the tree question?"],
    [26, 'l', 'Are the leaves shaped differently on the same tree — some mittens, some with three lobes, some plain ovals?'],
    [60, 'p', 'YES exactly'],
    [66, 'l', 'That\'s almost certainly a sassafras. For your kid, the book "Tree Finder: A Manual for Identification of Trees by Their Leaves" by May Theilgaard Watts is great, and we have copies in the catalogue.'],
    [72, 'l', 'Does that solve the mystery?'],
    [100, 'p', 'omg yes 😄 thx'],
    [104, 'l', 'Have fun exploring — bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 a hold answered 121 s later, an internal line in between
  s(PRITI, '05 EAB-proof trees for a Columbus yard: "Let me pull up a good list" at 60, internal line at 120, answer at 181 (121 s)', [
    [0, 'p', 'Is there a list of trees that are resistant to emerald ash borer that I could plant instead? Columbus Ohio'],
    [18, 'l', "Hi, I'm Priti, a librarian with Columbus Metropolitan Library."],
    [24, 'l', 'Is this for a small yard, or a spot under power lines?'],
    [55, 'p', 'small front yard, no wires'],
    [60, 'l', 'Let me pull up a good list for you, one moment.'],
    [120, 'i', 'anyone have the OSU extension tree list link handy?'],
    [181, 'l', 'Thanks for hanging on. Ohio State\'s extension fact sheet "Selecting Trees for Your Landscape" at ohioline.osu.edu lists non-ash choices like hackberry, Kentucky coffeetree and serviceberry.'],
    [187, 'l', 'Would that work for your yard?'],
    [230, 'p', 'yes!! love serviceberry'],
    [234, 'l', 'Great. Anything else today?'],
    [250, 'p', 'nope'],
    [253, 'l', 'Thanks, happy planting!'],
  ], usual({ informed: 'fail' })),

  // 06 a hold answered exactly 120 s later; the patron writes twice meanwhile
  s(MARCUS, '06 city limb on a car in Columbia SC: "Give me a minute" at 56, "ok" and "still there?" meanwhile, answer at 176 (120 s)', [
    [0, 'p', 'big limb from the city tree out front fell on my car in the storm last nite. who pays??'],
    [15, 'l', 'Oh no, sorry to hear it! Good evening, this is Marcus from Ask a Librarian at Richland Library.'],
    [21, 'l', 'Which city or county are you in? The rules depend on who owns the tree.'],
    [50, 'p', 'columbia sc'],
    [56, 'l', "Give me a minute while I check the city's claims process."],
    [100, 'p', 'ok'],
    [140, 'p', 'still there?'],
    [176, 'l', 'Yes, sorry! The City of Columbia has a damage claim form online at columbiasc.gov (search "claim form"). Your car insurance may also cover it under comprehensive.'],
    [182, 'l', 'Is that what you needed?'],
    [220, 'p', 'yeah i think so, thank u'],
    [225, 'l', 'Anything else I can look up?'],
    [240, 'p', "no that's all i needed"],
    [244, 'l', 'Take care, and good luck with the claim. Goodbye!'],
  ], usual()),

  // 07 Spanish: a fallen street tree, 311 and FPL by phone
  s(LUCIA, '07 árbol caído bloqueando la entrada (Spanish): "¿Está tocando cables?", 311 y FPL por teléfono, "es todo"', [
    [0, 'p', 'hola, un árbol de la calle se cayó en la tormenta y está bloqueando la entrada de mi casa, a quién llamo??'],
    [22, 'l', '¡Buenas tardes! Soy Lucía, bibliotecaria de la Biblioteca Pública de Miami-Dade.'],
    [28, 'l', '¿El árbol está tocando cables eléctricos?'],
    [55, 'p', 'no, solo está en el suelo'],
    [60, 'l', 'Entonces llame a Miami-Dade 311 al 305-555-0311 para reportarlo; si ve cables, llame primero a FPL al 1-800-555-0188. También puede reportarlo en línea en miamidade.gov/311.'],
    [66, 'l', '¿Le sirve esta información?'],
    [100, 'p', 'si muchas gracias, es todo'],
    [104, 'l', '¡Con gusto! Gracias por escribirnos, cuídese.'],
  ], usual({ referral: 'pass' })),

  // 08 partly Spanish: the source before the question
  s(TOMAS, '08 manchas negras en un maple (Spanglish): tar spot and extension.umn.edu given first, then "¿Las manchas son grandes…?"', [
    [0, 'p', 'hi mi arbol de maple tiene manchas negras en las hojas, is it dying?? 😟'],
    [14, 'l', "Hola! I'm Tomás, librarian at Ask a Librarian, Hennepin County Library."],
    [20, 'l', 'Black spots on maple leaves are often tar spot, a fungus that looks bad but rarely harms the tree. La extensión de la Universidad de Minnesota tiene una página con fotos: extension.umn.edu (busque "tar spot").'],
    [26, 'l', '¿Las manchas son grandes y brillantes, como gotas de brea?'],
    [60, 'p', 'si!! exactly like that'],
    [66, 'l', "Then it's tar spot. Rake and bag the fallen leaves this fall; that's the main control. ¿Le ayudó?"],
    [90, 'p', 'si gracias, eso es todo'],
    [94, 'l', '¡De nada! Gracias por usar el chat, adiós.'],
  ], usual({ clarify: 'fail' })),

  // 09 follow-up by me, e-mail read back, "by Thursday", done in 40 h
  s(GRETA, '09 Milwaukee ash removals by year (follow-up by me): hold 104 s, e-mail read back, "by Thursday", done in 40 h', [
    [0, 'p', "Hello, I'm writing an article for our neighborhood newsletter and need how many ash trees Milwaukee has removed since emerald ash borer arrived."],
    [30, 'l', 'Good afternoon, this is Greta, a reference librarian at Milwaukee Public Library.'],
    [36, 'l', 'Do you need citywide totals only, or year by year?'],
    [80, 'p', 'by year would be amazing'],
    [86, 'l', 'One moment while I look.'],
    [190, 'l', "The City Forestry section's annual reports on city.milwaukee.gov (Forestry > Reports) give treated and removed ash each year, but the early years aren't posted. I can request those from our Municipal Reference staff and e-mail them to you. What address should I use?"],
    [240, 'p', 'sure! b.okafor@example.net'],
    [246, 'l', "Thanks, that's b.okafor@example.net. You should have them by Thursday."],
    [252, 'l', 'Does the report page help in the meantime?'],
    [290, 'p', 'yes very much'],
    [295, 'l', 'Anything else for the article?'],
    [320, 'p', "no, that's everything"],
    [325, 'l', 'Thanks for chatting with MPL!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 10 a promise with no when
  s(JORDAN, '10 the arborist report on a cut-down elm in Lawrence (follow-up by me): "get back to you", e-mail read back, no when', [
    [0, 'p', 'hey, looking for the arborist report the city did on the big elm on Maple St before they cut it down. is that public?'],
    [20, 'l', 'Hello! Jordan here, librarian with the Ask Us service at Lawrence Public Library.'],
    [26, 'l', 'Do you know roughly when the city did the report, or when the tree came down?'],
    [60, 'p', 'cut down in march, report maybe january'],
    [66, 'l', "City reports like that are usually requested through the records portal at lawrenceks.org/records, but I'll check with the city clerk's office whether this one is already posted and get back to you. What e-mail should I use?"],
    [110, 'p', 'its mina.k@example.org'],
    [116, 'l', 'Got it: mina.k@example.org.'],
    [122, 'l', 'Does the records portal give you a place to start?'],
    [150, 'p', 'yea ok'],
    [155, 'l', 'Thanks, talk soon!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 11 a promised call, coded Answered
  s(SAM, '11 is Avenue D on the Rochester planting list: "Someone from our Central Library … will call you", phone read back, "tomorrow afternoon", coded Answered', [
    [0, 'p', 'can the library help me find out if my street is on the list for new trees this spring? Rochester NY'],
    [28, 'l', "Hi! Sam at Rochester Public Library's Ask a Librarian here."],
    [34, 'l', 'Which street, and which part of the city?'],
    [70, 'p', 'Avenue D, northeast'],
    [76, 'l', 'The city\'s Forestry Division posts its planting plans on cityofrochester.gov (search "street tree planting"), but this spring\'s list isn\'t up yet. Someone from our Central Library\'s local history desk will call you with what they find. What\'s a good number?'],
    [120, 'p', '585-555-0177'],
    [126, 'l', 'Thanks — 585-555-0177. Expect a call tomorrow afternoon.'],
    [132, 'l', 'Did the city page help for now?'],
    [170, 'p', "yes thanks so much, that's all"],
    [175, 'l', 'Thanks for chatting, goodbye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library, no contact anywhere
  s(NADIA, '12 WWI memorial trees in Frederick\'s square (follow-up by patron\'s library): "they\'ll follow up with you by Monday", no e-mail or phone', [
    [0, 'p', 'is there a book about the history of the trees planted in our town square? Frederick MD'],
    [25, 'l', "Hello, you're chatting with Nadia, a librarian at Frederick County Public Libraries."],
    [31, 'l', 'Are you after the original plantings or the recent replacements?'],
    [70, 'p', 'the old ones, i heard some were planted for WWI soldiers'],
    [76, 'l', "Our Maryland Room has a local history guide at fcpl.org (Maryland Room > Guides) and a vertical file on memorial trees; I'll pass your question to them and they'll follow up with you by Monday."],
    [82, 'l', 'Is that a good start?'],
    [120, 'p', 'yes great thanks'],
    [124, 'l', "You're welcome, have a nice evening. Bye!"],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB }),

  // 13 follow-up by me, e-mail only in the patron field, done after 80 h
  s(OWEN, '13 narrow-parkway tree list for Evanston (follow-up by me): "within 72 hours", e-mail only in patron.email, done after 80 h', [
    [0, 'p', 'I need the list of approved street trees for Evanston, the planting strip is narrow'],
    [15, 'l', 'Hi, Owen at Evanston Public Library here — glad to help.'],
    [21, 'l', 'How wide is the strip between the sidewalk and the curb?'],
    [50, 'p', 'about 4 ft'],
    [56, 'l', "The city's Forestry page on cityofevanston.org has a parkway tree list, but it doesn't sort by strip width. I'll send you a version marked up for narrow parkways within 72 hours."],
    [62, 'l', 'Does the city list work for now?'],
    [100, 'p', 'sure, thanks'],
    [104, 'l', 'Anything else?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Bye, thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_ME, patron: { name: null, email: 'p.wolfe@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 a true Lost Call: check-in and a notice with no goodbye, final idle 185 s
  s(WREN, '14 oak wilt in Texas (Lost Call): greeting at 20, "Are you still there?" at 130, "It seems you\'ve been disconnected" at 200, no goodbye', [
    [0, 'p', 'is the oak wilt thing spreading in texas'],
    [20, 'l', 'Hi there, Wren with Ask a Librarian at Austin Public Library. What can I help you find?'],
    [130, 'l', 'Are you still there?'],
    [200, 'l', "It seems you've been disconnected, so this session will end now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Lost Call after three patron lines; a clarifying question and the patron gone
  s(IKE, '15 city tree over a driveway (Lost Call, three patron lines): "Which city do you live in?" and the patron leaves 55 s later', [
    [0, 'p', 'need tree trimming help'],
    [10, 'p', 'the city tree over my driveway'],
    [18, 'p', 'who do i call'],
    [40, 'l', "Hi, I'm Ike at Ask Us Kentucky! Which city do you live in?"],
    left(95),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Practice
  s(TRAINEE, '16 practice chat (dead tree report): coded Practice, every check na', [
    [0, 'p', 'test - how do i report a dead tree'],
    [10, 'l', 'Practice run: hello from the training queue.'],
    [20, 'l', 'Report it at example.org/trees. Does that help?'],
    [30, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 no provider ever joined
  s(NOBODY, '17 Dayton spring tree giveaway: no provider ever joined, "hellooo anyone", patron left, code null', [
    [0, 'p', 'Is there a free tree giveaway this spring in Dayton?'],
    waiting(2, 4),
    [90, 'p', 'hellooo anyone'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 18 four at once
  s(IRIS, '18 Portland heritage sequoia: three other chats of Iris open through this one (four at once)', [
    [0, 'p', "where can i find out if a tree is on the city's heritage tree list? portland"],
    [16, 'l', 'Hello! Iris here, a librarian at Multnomah County Library.'],
    [22, 'l', 'Do you have a particular tree in mind, or do you want the whole list?'],
    [55, 'p', 'a big sequoia on my street, SE 32nd'],
    [61, 'l', 'Portland Parks & Recreation keeps the Heritage Tree list with a map at portland.gov/trees/heritage; you can search it by address.'],
    [67, 'l', 'Is that what you were after?'],
    [100, 'p', 'yes found it!! thanks, no more questions'],
    [104, 'l', 'Wonderful — thanks for using the chat!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'iris-t', -200, 300), other('i2', 'iris-t', 5, 200), other('i3', 'iris-t', 40, 500)],
  }),

  // 19 pickedUpAt 30 s, first line 125 s later; touching intervals
  s(DANA, '19 memorial tree in a Raleigh park: pickedUpAt 30 s, first line at 155 (125 s after pickup); chats touching both ends (three at most)', [
    [0, 'p', 'I want to plant a tree for my late dad in a city park. is there a memorial tree program? Raleigh'],
    [155, 'l', 'Hi, thanks for your patience! This is Dana, a librarian at Wake County Public Libraries.'],
    [161, 'l', 'Are you hoping for a specific park, or is any park fine?'],
    [200, 'p', 'Pullen park if possible'],
    [206, 'l', 'Raleigh Parks runs a Tree Memorial & Gift program; the application and the list of parks are at raleighnc.gov (search "memorial tree").'],
    [212, 'l', 'Does that help?'],
    [250, 'p', "yes thank you, that's it"],
    [255, 'l', "I'm sorry for your loss. Take care, and thanks for reaching out."],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(30) }, {
    otherIntervals: [
      other('d1', 'dana-t', -400, 0), other('d2', 'dana-t', -100, 300), other('d3', 'dana-t', 100, 400), other('d4', 'dana-t', 260, 600),
      other('x1', 'someone-else-t', 0, 260),
    ],
  }),

  // 20 a transfer announced, with a note that says why; Spanish after it
  s(KEVIN, '20 permiso para quitar un mezquite en San Antonio: "Let me transfer you to my colleague Rosa, who speaks Spanish", internal note why, City Arborist by phone', [
    [0, 'p', 'hola, necesito un permiso para quitar un árbol en mi patio en San Antonio, hablan español?'],
    [20, 'l', 'Hi, this is Kevin, a librarian at San Antonio Public Library. Let me transfer you to my colleague Rosa, who speaks Spanish — one moment please.'],
    [23, 'i', 'Rosa, Spanish-speaking patron, tree removal permit in SA, can you take it?'],
    xfer(26, 'Rosa', 'rosa-t'),
    [70, 'l', '¡Hola! Soy Rosa, bibliotecaria. ¿De qué tamaño es el árbol, más o menos? La ciudad protege algunos árboles grandes.', as(ROSA)],
    [110, 'p', 'como 20 pulgadas de diámetro, es un mezquite'],
    [116, 'l', 'Para un árbol de ese tamaño llame a la Oficina del Arborista de la Ciudad (City Arborist Office) al 210-555-0133, o solicite el permiso en línea en sanantonio.gov/DSD (busque "tree permit").', as(ROSA)],
    [122, 'l', '¿Esto responde a su pregunta?', as(ROSA)],
    [160, 'p', 'si, perfecto. gracias!'],
    [165, 'l', '¿Necesita algo más?', as(ROSA)],
    [180, 'p', 'no, es todo'],
    [184, 'l', '¡Gracias por usar nuestro chat! Que le vaya bien.', as(ROSA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 21 a silent transfer
  s(BEA, '21 becoming an ISA certified arborist: internal note only, silent transfer, Chris 60 s after the patron, isa-arbor.com', [
    [0, 'p', 'how do I become a certified arborist, is there a test?'],
    [20, 'l', 'Hello! This is Bea at Ask a Librarian, Denver Public Library.'],
    [26, 'l', 'Are you already working in tree care, or starting from scratch?'],
    [60, 'p', 'starting out, been doing landscaping 2 yrs'],
    [64, 'i', 'Chris, career q, ISA cert, you know this better — taking it?'],
    xfer(66, 'Chris', 'chris-t'),
    [120, 'l', 'Hi, Chris here, career librarian at Denver Public. The ISA Certified Arborist exam needs three years of experience or a related degree; details and the application are at isa-arbor.com (Credentials > Certified Arborist).', as(CHRIS)],
    [126, 'l', 'Does that answer your question?', as(CHRIS)],
    [160, 'p', 'yes thank u'],
    [165, 'l', 'Is there anything else?', as(CHRIS)],
    [190, 'p', 'no'],
    [194, 'l', 'Thanks, good luck!', as(CHRIS)],
  ], usual({ transfer: 'fail' })),

  // 22 a transfer announced with no note; the receiver 134 s after the notice
  s(JESS, '22 trees under Baltimore power lines: "I\'ll transfer you to a colleague … hang on", no internal note, Lou 134 s later', [
    [0, 'p', 'which trees can be planted under power lines? we want something on the curb strip. Baltimore'],
    [25, 'l', 'Good morning! Jess with the Ask Us librarians at Enoch Pratt Free Library.'],
    [31, 'l', 'Is the strip under the main wires or under the lower service line to the house?'],
    [60, 'p', 'main wires'],
    [66, 'l', "I'll transfer you to a colleague who works with our gardening collection; hang on."],
    xfer(70, 'Lou', 'lou-t'),
    [200, 'l', 'Hi, Lou here, librarian at Pratt. Under main lines, trees under 25 ft at maturity are safest. BGE\'s "Right Tree, Right Place" page at bge.com lists them, and TreeBaltimore (treebaltimore.org) plants street trees for free.', as(LOU)],
    [206, 'l', 'Does that help?', as(LOU)],
    [240, 'p', 'yes!! thats exactly what i needed, thats all'],
    [245, 'l', 'Great — thanks for chatting!', as(LOU)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 23 "your time is up"
  s(HANK, '23 smooth gray bark and spiky husks (beech), then beech leaf disease: "Sorry, your time is up for this session." (dismissal)', [
    [0, 'p', 'what tree is this, smooth gray bark, leaves with little teeth, nuts in spiky husks'],
    [15, 'l', 'Hi, this is Hank at Ask Us Statewide.'],
    [21, 'l', 'Where are you located, and how tall is it?'],
    [50, 'p', 'western pa, like 60 ft'],
    [56, 'l', 'That sounds like an American beech. Penn State Extension\'s tree identification pages at extension.psu.edu (search "beech") have bark and nut photos.'],
    [62, 'l', 'Does that look right?'],
    [100, 'p', 'yes! and also whats killing all the beeches in my woods, leaves have stripes, and can i sell the wood, and'],
    [106, 'l', 'Sorry, your time is up for this session. I need to close the chat now.'],
    [115, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 24 partly Spanish: others waiting, come back later
  s(ANA, '24 neighbor\'s branches over the fence, California (partly Spanish): "I have other patrons waiting … please chat back in later", patron last', [
    [0, 'p', "buenas, tengo varias preguntas sobre árboles. first, is it legal to trim my neighbor's tree branches over my fence? california"],
    [20, 'l', "¡Hola! Hi, I'm Ana, librarian at Sacramento Public Library's Ask a Librarian."],
    [26, 'l', 'Are the branches just hanging over, or is the trunk on the property line?'],
    [60, 'p', 'just hanging over'],
    [66, 'l', 'In California you can generally trim branches back to the property line, as long as you don\'t harm the tree. Nolo\'s article "Neighbors and Trees" at nolo.com explains it, and the book "Neighbor Law" by Cora Jordan is in our catalogue.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'si! ok next, how do i know if a tree is sick, and which trees are good for shade, and what about roots in my sewer, and...'],
    [118, 'l', "Those are great questions! I have other patrons waiting right now, so please chat back in later and we'll take them one at a time. ¡Gracias y hasta pronto!"],
    [130, 'p', 'ok gracias'],
  ], usual({ anything: 'fail' })),

  // 25 the patron has the last word
  s(LEO, '25 red maple distance from the house: arborday.org tree guide, patron "yep! thats all i needed 👍" last, no goodbye', [
    [0, 'p', 'how far from my house should i plant a red maple'],
    [12, 'l', "Hi! You're chatting with Leo, a librarian at Ask Us Now, Anne Arundel County Public Library."],
    [18, 'l', 'Is it going near the foundation, a septic field, or the street?'],
    [45, 'p', 'foundation side'],
    [51, 'l', "Red maples get about 40 ft wide, so at least 20 ft from the foundation is a good rule. The Arbor Day Foundation's tree guide entry for red maple is at arborday.org (Tree Guide > Red Maple)."],
    [57, 'l', 'Did that answer your question?'],
    [90, 'p', 'yep! thats all i needed 👍'],
  ], usual({ courteous: 'fail' })),

  // 26 "take your time" then 186 s away; final idle 150 s with a check-in and a goodbye
  s(MAYA, '26 river birch, root rot or thirst: "Sure, take your time." then 186 s away; answer at 256, "Are you still there?" at 356, goodbye at 406', [
    [0, 'p', 'how do i tell if my tree has root rot or is just thirsty. its a river birch'],
    [22, 'l', 'Good evening! This is Maya, a librarian at Fort Vancouver Regional Library.'],
    [28, 'l', 'Can you go look at the base of the trunk? Any mushrooms or soft, peeling bark there?'],
    [60, 'p', 'hold on ill go check'],
    [64, 'l', 'Sure, take your time.'],
    [250, 'p', 'no mushrooms but the leaves are yellow and dropping'],
    [256, 'l', 'That points more to drought stress; river birches are thirsty trees. OSU Extension\'s "Watering trees during drought" at extension.oregonstate.edu walks through it. Does that help?'],
    [356, 'l', 'Are you still there?'],
    [406, 'l', "I'll let you go — thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 27 final idle exactly 180 s, ended by a notice that thanks
  s(PETE, '27 dead boulevard-tree branch in Minneapolis: Park Board page + "calling 311 at 612-555-0311", check-in at +120, notice that thanks at +180', [
    [0, 'p', 'Who is responsible for the trees between the sidewalk and street in Minneapolis'],
    [18, 'l', "Hello, Pete from Hennepin County Library's chat here."],
    [24, 'l', 'Is there a specific problem with the tree, like damage or a dead branch?'],
    [60, 'p', 'dead branch hanging over the sidewalk'],
    [66, 'l', "Boulevard trees in Minneapolis belong to the Park Board's Forestry department. You can report the branch through minneapolisparks.org (Forestry > Request Service) or by calling 311 at 612-555-0311."],
    [72, 'l', 'Is that what you needed?'],
    [186, 'l', 'Are you still there?'],
    [246, 'l', "It looks like you've disconnected, so I'll end this chat. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 28 the patron leaves; final idle 119 s; code ""
  s(QUINN, '28 neighbor\'s tree on a smashed fence (emoji): answer at 61, no question after, patron left at 175 (final idle 119 s), code ""', [
    [0, 'p', 'yo my neighbors tree fell in my yard during the storm 🌪️🌳 whose problem is it'],
    [20, 'l', 'Hi, Quinn with Ask a Librarian at Tulsa City-County Library.'],
    [26, 'l', 'Did the tree damage anything, like your house or fence, or is it just lying in the yard?'],
    [55, 'p', 'fence is smashed 😭'],
    [61, 'l', 'In most states your own homeowner\'s insurance covers the damage unless the tree was obviously dead or neglected. The Insurance Information Institute explains it at iii.org (search "trees").'],
    left(175),
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 29 referrals with no way to reach them
  s(NORA, '29 healthy tree-lawn trees cut in Cleveland: Urban Forestry page, "reach out to your ward\'s city council member" and Holden Forests & Gardens (no contact)', [
    [0, 'p', 'my city cut down 3 healthy trees on our block without notice. who do i complain to? Cleveland'],
    [30, 'l', "Hi there! I'm Nora, librarian on the Cleveland Public Library chat."],
    [36, 'l', 'Were they street trees on the tree lawn, or in a park?'],
    [70, 'p', 'tree lawn'],
    [76, 'l', "Street trees are handled by the city's Urban Forestry division; their page at clevelandohio.gov has the tree policy. For a complaint, reach out to your ward's city council member, and you could also contact Holden Forests & Gardens, which runs the Cleveland Tree Coalition."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes, thank you'],
    [124, 'l', 'Anything else I can find?'],
    [140, 'p', 'no thats all'],
    [144, 'l', 'Thanks for writing in, bye!'],
  ], usual({ referral: 'fail' })),

  // 30 an answer with no source and no question
  s(VAL, '30 when to prune an oak: "Oaks are best pruned in winter…", no source, no question, "Did that help?"', [
    [0, 'p', 'when is the best time to prune an oak'],
    [10, 'l', "Hi, thanks for contacting Ask Us! I'm Val, a librarian at Cuyahoga County Public Library."],
    [16, 'l', "Oaks are best pruned in winter, November to March, when the beetles that spread oak wilt aren't active."],
    [22, 'l', 'Did that help?'],
    [50, 'p', 'yes great'],
    [54, 'l', 'Anything else?'],
    [70, 'p', 'no'],
    [73, 'l', 'Have a good day, bye!'],
  ], usual({ clarify: 'fail', source: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => TREES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fifth round: trees and urban forestry, checked', () => {
  describeSessions('whole sessions', TREES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', TREES.filter((c) => c.name in LEFT_WHY));
});
