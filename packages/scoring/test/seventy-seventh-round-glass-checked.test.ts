/**
 * Seventy-seventh round, theme STAINED GLASS AND GLASSWORK, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: glassblowing classes (a multi-week course near Columbia, a teen's birthday ornament,
 * weeknight adult classes in Baltimore, a school trip to Corning), church windows and their makers (a Baltimore parish in
 * Spanish, an anniversary booklet in Frederick, St John's in Hagerstown, Tiffany windows in Frederick, a saved school window,
 * a 1950s studio on Howard Street, a 1925 house in Takoma Park), Tiffany lamps (a dragonfly shade, a piece fallen out of a
 * foiled shade), restoring old windows (crumbling lead came, wavy glass and putty, a cracked stairwell panel), kiln safety
 * (a fusing kiln in a garage, a yard-sale kiln and asbestos, a kiln near a playroom, fusing books with firing schedules) and
 * sea glass (a red piece from Ocean City, books for a 12-year-old, Lake Erie glass, drilling it for jewelry). Every one of
 * the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/s73/glass-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome to Ask a Librarian! I'm Priya with …" (01); pickup at exactly 60 s (03: pass) and at
 *   61 s (04: fail); "This is Lena at Carroll County Public Library." with no greeting word (05: fail); a greeting, a name
 *   and a question in one Spanish line "¡Buenos días! Habla Rosario, bibliotecaria de …" (02); a bilingual "Hi! I'm Tomás …
 *   ¡Hola!" (22); chat-speak "hi!! kit here w/ calvert library ask a librarian 🙂" (28); "Hi! You're chatting with Rhea …"
 *   (14); an apology in the greeting to an angry patron (15); a Spanish queue line and no provider ever (19);
 *  inquiry: one-day or multi-week, the year of the church, a stamp on the base, size and frost, the outlet, the age of the
 *   window, foil or frame, sashes and putty, one-time or ongoing, the street address, the branch, the workshop's name, glass
 *   or lead, age and brand of the kiln, makers or stories, stained or fused, the studio's name, city or county and nights,
 *   to borrow or to read in, class or curiosity, electric and the children's ages, the grade, wire or drill, the window's
 *   subject; a restatement "So you're trying to identify the studio … got it." (09: pass); sources in the first line with
 *   no question (08: fail);
 *  waits: a hold, 114 s, a partial-result hold, exactly 120 s (06: pass); "Bear with me while I pull up a good repair guide."
 *   answered 121 s later (07: fail); "No rush, take your time." and the patron back 204 s later (10: waiting on the patron,
 *   pass); a Spanish transfer notice answered 54 s later by the receiver (22); two patron lines during one wait (17);
 *  endings: a true Lost Call with a greeting only and one line that asks "Are you still there?" and says the chat will close
 *   (16: final idle 240 s, both pass, no goodbye: courteous fails); Lost Call after three patron lines, "u still there?" and
 *   no notice (17: final idle 230 s, disconnect fails); final idles of exactly 120 s with a check-in and no goodbye (26),
 *   exactly 180 s to a goodbye with a check-in and no notice (27), 179 s (28) and 119 s with no check-in (24: na); the
 *   patron's "that's everything. bye!" as the last line (29: courteous fails); "Thanks for all your questions, but I can only
 *   take one topic per chat and your time is up" (20: dismissal fails, the thanks keeps courteous); "there are several other
 *   people waiting in the queue right now — please come back to chat later" (21: allowed); goodbyes "have fun at the furnace",
 *   "vuelva cuando guste", "Happy soldering, bye!", "bye 👋", "talk to you by Friday!", "hasta luego", "thx for using ask a
 *   librarian! come back anytime"; patron-side "thats all i needed", "that's everything", "thats all, ty!!", "no more
 *   questions", "eso era todo", "es todo", "thats everything", and "ok thanks", "yes ok", "nope" (to no question) that do not;
 *  sources: books in the catalogue, on Libby, Hoopla and through ILL (Littleton, Duncan, Walker, LaMotte, Lambert, Meany,
 *   Rich, Raguin), hocoarts.org, neustadtcollection.org, paragonweb.com, nps.gov Preservation Briefs 33 and 9, delphiglass.com,
 *   stainedglass.org, montgomeryhistory.org, pgcmls.info, aacpl.net, epa.gov, washcolibrary.org, mcpl.libnet.info,
 *   prattlibrary.org, skutt.com, cmog.org, riogrande.com, hsobc.org; a referral's phone as the only source (02); none, the
 *   North American Sea Glass Association named with no way to reach it (04: fail);
 *  referrals: the archdiocese archives by phone in Spanish (02: pass); "ask the church office" with no contact (09: fail); a
 *   studio by phone and a studio by street address (11: pass); a collective through its contact page URL (24: pass); the
 *   provider's own Maryland Room "stop by or call them at …" (25: pass); a group visit booked with the museum at its URL
 *   (28: pass); not referrals: the NPS brief (10), Special Collections staff searching for the provider (12), branch staff
 *   asked to e-mail or call the patron (13, 14), a transfer to the Maryland Department (23), a society's database (30);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday afternoon", done at 40 h (12: pass); FU_LIB with the e-mail only
 *   in the patron fields, "by Thursday" (13: code passes, contact fails, pending at day 1); FU_LIB, a phone typed with spaces
 *   and read back with dashes, "within 72 hours", not recorded at day 4 (14: fail); FU_ME, "by tomorrow afternoon", done at
 *   80 h (15: fail); a promise "I'll send what I find" with the e-mail read back and no time, coded Answered (30: code and
 *   contact fail, pending);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); Practice (18); null with no provider (19); an empty
 *   string (29);
 *  transfers: a Spanish notice (a hold) and an internal note that says why (22: pass); a visible notice and no internal note
 *   (23: fail);
 *  concurrency: three others open together during the session (24: four at once, fail); one ending exactly at the start, one
 *   starting exactly at `endedAt`, three overlapping two at a time (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Lena at Carroll County Public Library." identifies who answers but neither it nor the next line greets (05:
 *   greeting fails); Spanish greetings and identifications count as the English ones ("¡Buenos días! Habla Rosario,
 *   bibliotecaria", "¡Hola! Soy Lucía");
 * - the patron's "eso era todo", "es todo", and "thats all, ty!!" say explicitly that they are done (02, 22, 04: pass);
 * - "Let me know if you need anything else." invites but does not ask whether the patron needs anything else (10: fail);
 * - "Want me to look up their prices too?" offers something not yet given, not a question about what was given (11:
 *   completeness fails); "Would either of those work for her?", "Does that give you somewhere to start?", "Does that get you
 *   started?", "Is that the kind of detail you needed?", "¿Esto le sirve para lo que busca?", "did that help" ask whether
 *   what was given meets the need (pass);
 * - "Still looking — found the Park Service's brief on leaded glass, now checking what it says about bowing panels." gives a
 *   partial result and says the search goes on: a hold (06), so the last span is 180 -> 300 = exactly 120 s, not longer;
 * - an organisation named in an answer ("collectors' groups like the North American Sea Glass Association generally rank
 *   red …") with no way to reach it is neither a source nor a referral (04: source fails, referral na);
 * - "ask the church office" tells the patron to ask an office outside the chat, a referral with no way to reach it (09);
 *   "you can book a group visit with them at cmog.org/…" tells the patron to contact the museum, with a URL (28: pass);
 * - "Thanks for all your questions, but … your time is up, so I'm going to close this one now." thanks the patron: courteous
 *   passes on RUBRIC's literal text while the dismissal fails (20);
 * - "Are you still there? It looks like we may have lost the connection, so if I don't hear back in a minute I'll close this
 *   chat." is both the check-in and the disconnect notice; it asks whether the patron is there, so it is no goodbye and the
 *   final idle runs to `endedAt` (16);
 * - "Hi, this is Marcus with Ask Us Now, the Maryland statewide chat." is a greeting only: no substantive exchange (16);
 * - "I'll pass your question to the Hyattsville branch staff, and they will e-mail you by Thursday" is a follow-up promise by
 *   the patron's library, and staff consulted on the patron's behalf, not a referral (13); the e-mail in `patron.email` makes
 *   a contact known for resolution.code but is never confirmed in the chat (contact fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (09 inquiry.clarify, 10 closing.anything_else). Label corrections: none (both
 * reread against RUBRIC's literal text: a restatement before the source passes clarify; "Let me know if …" asks nothing).
 * Final: 28 running, 2 LEFT (09, 10, each with its reason in LEFT_WHY). The redaction equality of describeSessions holds for
 * every running case (e-mails typed and read back, a phone typed with spaces and read back with dashes, an e-mail only in
 * patron.email, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: no error in this file.
 * ON v68 (block AH15): case 09's "So you're trying to identify the studio … — got it." restates the question before the first
 *   source; it runs, 10 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-gl', name: 'Priya', library: 'HCLS' };
const ROSARIO: Prov = { id: 'rosario-gl', name: 'Rosario', library: 'AUN' };
const OWEN: Prov = { id: 'owen-gl', name: 'Owen', library: 'EPFL' };
const SUNNY: Prov = { id: 'sunny-gl', name: 'Sunny', library: 'WOCL' };
const LENA: Prov = { id: 'lena-gl', name: 'Lena', library: 'CCPL-MD' };
const MAX: Prov = { id: 'max-gl', name: 'Max', library: 'AACPL' };
const ZED: Prov = { id: 'zed-gl', name: 'Zed', library: 'WIPL' };
const BEA: Prov = { id: 'bea-gl', name: 'Bea', library: 'SMCL' };
const KOFI: Prov = { id: 'kofi-gl', name: 'Kofi', library: 'FCPL-MD' };
const NORA: Prov = { id: 'nora-gl', name: 'Nora', library: 'BCPL' };
const JUNE: Prov = { id: 'june-gl', name: 'June', library: 'HCPL-MD' };
const PETRA: Prov = { id: 'petra-gl', name: 'Petra', library: 'MCPL' };
const QUINN: Prov = { id: 'quinn-gl', name: 'Quinn', library: 'AUN' };
const RHEA: Prov = { id: 'rhea-gl', name: 'Rhea', library: 'AACPL' };
const SOL: Prov = { id: 'sol-gl', name: 'Sol', library: 'HCLS' };
const MARCUS: Prov = { id: 'marcus-gl', name: 'Marcus', library: 'AUN' };
const IRIS: Prov = { id: 'iris-gl', name: 'Iris', library: 'CCPL-CE' };
const TRAINEE: Prov = { id: 'trainee-gl', name: 'Trainee 4', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-gl', name: 'Queue', library: 'VRQ' };
const DRU: Prov = { id: 'dru-gl', name: 'Dru', library: 'AUN' };
const ELLA: Prov = { id: 'ella-gl', name: 'Ella', library: 'WCFL' };
const TOMAS: Prov = { id: 'tomas-gl', name: 'Tomás', library: 'MCPL' };
const LUCIA: Prov = { id: 'lucia-gl', name: 'Lucía', library: 'MCPL' };
const HAL: Prov = { id: 'hal-gl', name: 'Hal', library: 'EPFL' };
const DEV: Prov = { id: 'dev-gl', name: 'Dev', library: 'EPFL' };
const GIA: Prov = { id: 'gia-gl', name: 'Gia', library: 'BCPL' };
const HUGO: Prov = { id: 'hugo-gl', name: 'Hugo', library: 'FCPL-MD' };
const IVY: Prov = { id: 'ivy-gl', name: 'Ivy', library: 'GCPL' };
const JAX: Prov = { id: 'jax-gl', name: 'Jax', library: 'QACL' };
const KIT: Prov = { id: 'kit-gl', name: 'kit_calvert', library: 'CCPL-CA' };
const LEO: Prov = { id: 'leo-gl', name: 'Leo', library: 'SCL' };
const MINA: Prov = { id: 'mina-gl', name: 'Mina', library: 'AUN' };

const s = session;

export const GLASS: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 multi-week glassblowing class near Columbia: "Good afternoon and welcome … I\'m Priya", hocoarts.org + a book, "thats all i needed"', [
    [0, 'p', "hi! is there anywhere around here that teaches glassblowing to total beginners? i'm in columbia"],
    [19, 'l', "Good afternoon and welcome to Ask a Librarian! I'm Priya with Howard County Library System."],
    [25, 'l', 'Are you hoping for a one-day "make a paperweight" kind of experience, or a class that runs for several weeks?'],
    [70, 'p', 'several weeks, id like to actually learn it'],
    [78, 'l', "Our makerspace doesn't have a hot shop, but the Howard County Arts Council lists multi-week glass courses at hocoarts.org/classes. If you'd like some reading first, Glassblowing: A Search for Form by Harvey Littleton is in our catalog."],
    [84, 'l', 'Does that cover what you were after?'],
    [120, 'p', 'yes!! perfect thats all i needed'],
    [126, 'l', 'Wonderful, thanks for chatting, and have fun at the furnace!'],
  ], usual()),

  // 02 Spanish: a parish's windows, the archdiocese archives by phone
  s(ROSARIO, '02 quién hizo los vitrales de una iglesia en Baltimore (Spanish): archives by phone as the only source, "eso era todo"', [
    [0, 'p', 'buenas, quien hizo los vitrales de la iglesia de San Miguel en Baltimore? mi abuela se casó ahi'],
    [28, 'l', '¡Buenos días! Habla Rosario, bibliotecaria de Ask Us Now. ¿Sabe más o menos en qué año se construyó la iglesia?'],
    [75, 'p', 'creo que 1890 y algo'],
    [82, 'l', 'Para las iglesias católicas de esa época, los contratos de los vitrales suelen guardarse en los Archivos de la Arquidiócesis de Baltimore. Le recomiendo llamarles al 410-555-0193 y preguntar por los documentos de San Miguel.'],
    [88, 'l', '¿Esto le sirve para lo que busca?'],
    [130, 'p', 'si, muchas gracias, eso era todo'],
    [136, 'l', '¡A usted! Que tenga buen día, y vuelva cuando guste.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(OWEN, '03 is grandma\'s dragonfly lamp a real Tiffany: pickup at exactly 60 s, a stamp asked, Duncan + neustadtcollection.org', [
    [0, 'p', "How can I tell if my grandmother's lamp is a real Tiffany? It has a dragonfly shade."],
    [60, 'l', 'Hello, this is Owen, a librarian at the Enoch Pratt Free Library.'],
    [66, 'l', "Is there any stamp or mark on the base, or on the metal rim of the shade?"],
    [110, 'p', "there's something stamped on the bottom, hard to read, maybe a number"],
    [117, 'l', "Genuine Tiffany Studios bases are usually stamped TIFFANY STUDIOS NEW YORK with a model number. Tiffany Lamps and Metalware by Alastair Duncan shows the marks (reference collection, Central Library), and the Neustadt Collection has a guide to spotting fakes at neustadtcollection.org."],
    [123, 'l', 'Is that the sort of thing you needed?'],
    [170, 'p', "Yes, that's everything, thank you so much"],
    [176, 'l', 'My pleasure, good luck with the lamp. Goodbye!'],
  ], usual()),

  // 04 pickup at 61 s, no source
  s(SUNNY, '04 a red piece of sea glass from Ocean City: pickup at 61 s, an answer with an association named and no way to reach it (no source)', [
    [0, 'p', 'found a red piece of sea glass at ocean city!!! is that rare?? 🔴🌊'],
    [61, 'l', 'Hi there! Sunny from Worcester County Library here.'],
    [67, 'l', 'How big is it, and is the surface frosty all over or still a bit shiny?'],
    [100, 'p', 'like a thumbnail, totally frosty'],
    [108, 'l', "Red is one of the rarest colors. Collectors' groups like the North American Sea Glass Association generally rank red and orange at the top, since so little red glass was ever made, and a piece frosted all over has likely been in the surf for decades."],
    [112, 'l', 'Does that answer your question?'],
    [140, 'p', 'omg yes. thats all, ty!!'],
    [146, 'l', 'Enjoy your treasure, and thanks for asking!'],
  ], usual({ pickup: 'fail', source: 'fail' })),

  // 05 names herself, greets no one
  s(LENA, '05 a fusing kiln in the garage: "This is Lena at Carroll County Public Library." with no greeting, paragonweb.com + Walker', [
    [0, 'p', 'I just bought a small kiln for glass fusing. can I run it in my garage? worried about fumes'],
    [22, 'l', 'This is Lena at Carroll County Public Library.'],
    [28, 'l', 'What does it plug into: a regular outlet, or a 240V dryer-type outlet?'],
    [70, 'p', '240 i think. an electrician is coming'],
    [77, 'l', "Kilns want at least 12 inches of clearance on every side and nothing flammable underneath. Fusing glass gives off few fumes, but glues and shelf-paper binders burn off, so vent the garage. Paragon's kiln safety page walks through it at paragonweb.com, and Contemporary Warm Glass by Brad Walker is in our catalog."],
    [83, 'l', 'Did that help?'],
    [115, 'p', 'yes thank you. no more questions'],
    [120, 'l', 'Good luck with the new kiln, bye for now!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 114 s and exactly 120 s (a partial result that says the search goes on)
  s(MAX, '06 crumbling lead came in a 1910 door: hold at 66, partial-result hold at 180, Preservation Brief 33 at 300 (exactly 120 s)', [
    [0, 'p', 'some of the lead between the pieces in our old front door window is cracking. can it be fixed or does the whole thing need redoing?'],
    [18, 'l', "Hi! Max here, a reference librarian at Anne Arundel County Public Library."],
    [24, 'l', 'About how old is the window, and is the glass itself still in good shape?'],
    [60, 'p', 'house is 1910. glass is fine, just the lead lines look crumbly and it bows out a little'],
    [66, 'l', 'Let me check what the preservation guides say, one moment.'],
    [180, 'l', "Still looking — found the Park Service's brief on leaded glass, now checking what it says about bowing panels."],
    [300, 'l', "Here it is: Preservation Brief 33, The Preservation and Repair of Historic Stained and Leaded Glass, at nps.gov/orgs/1739/upload/preservation-brief-33-stained-leaded-glass.pdf. Bowing plus crumbling came usually means the panel comes out to be re-leaded by a professional, and the old glass can be reused."],
    [306, 'l', 'Is that what you were looking for?'],
    [340, 'p', 'yes that explains it'],
    [346, 'l', 'Can I help with anything else today?'],
    [370, 'p', 'no thats it'],
    [375, 'l', 'Thanks for writing in, and good luck with the door!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(ZED, '07 a piece fell out of a foiled lamp shade: "Bear with me while I pull up a good repair guide." at 64, answer at 185 (121 s)', [
    [0, 'p', 'a piece of glass fell out of my tiffany style lamp shade, how do i fix it myself'],
    [16, 'l', 'Hey, welcome to Ask a Librarian! Zed at Wicomico Public Libraries.'],
    [22, 'l', 'Is the shade put together with copper foil and solder, or is the glass set into a metal frame?'],
    [58, 'p', 'copper foil i think, theres silver lines'],
    [64, 'l', 'Bear with me while I pull up a good repair guide.'],
    [185, 'l', "OK: Delphi Glass has a step-by-step on re-foiling a single piece and soldering it back into a shade at delphiglass.com (search 'lamp repair'), and our catalog has The Complete Book of Stained Glass Lampshades."],
    [190, 'l', 'Did that help?'],
    [220, 'p', "yes thank u, that's all i needed"],
    [226, 'l', 'Happy soldering, bye!'],
  ], usual({ informed: 'fail' })),

  // 08 sources at once, no question first
  s(BEA, '08 sea glass books for a 12-year-old: LaMotte and Lambert in the first line, no question first, "Would either of those work for her?"', [
    [0, 'p', 'can u recommend a book about sea glass? my daughter is obsessed'],
    [24, 'l', "Hi, Bea from St. Mary's County Library here! Pure Sea Glass by Richard LaMotte is the classic, with 3 copies at Lexington Park in our catalog, and Sea Glass Chronicles by C.S. Lambert has lots of photos."],
    [30, 'l', 'Would either of those work for her?'],
    [70, 'p', "yes she's 12 so the first one is good. thanks thats all"],
    [76, 'l', 'Great! Thanks for stopping by the chat, bye 👋'],
  ], usual({ clarify: 'fail' })),

  // 09 a restatement, a referral without contact
  s(KOFI, '09 who made the altar windows (anniversary booklet): "So you\'re trying to identify the studio … got it.", "ask the church office" (no contact)', [
    [0, 'p', 'Our church is doing a 125th anniversary booklet and nobody knows who made the big windows behind the altar. how would I even find that out'],
    [21, 'l', "Hello, I'm Kofi, a librarian with Frederick County Public Libraries."],
    [27, 'l', "So you're trying to identify the studio that made your church's altar windows, for the anniversary booklet — got it."],
    [60, 'p', 'yes exactly. the church was built 1899'],
    [68, 'l', "Studios often signed a lower corner of the window, so check there first (binoculars help). The Stained Glass Association of America has tips on researching old windows at stainedglass.org, and the Frederick News-Post archive at fcpl.org/newspapers may have an 1899 dedication article naming the maker. You might also ask the church office, since old vestry minutes sometimes record the contract."],
    [74, 'l', 'Does that give you somewhere to start?'],
    [110, 'p', 'yes, great ideas. thank you'],
    [115, 'l', 'Anything else I can help you with?'],
    [130, 'p', 'nope!'],
    [135, 'l', 'Good luck with the booklet, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 10 "take your time", a publication from an agency, "let me know if …"
  s(NORA, '10 re-glazing wavy glass in a 1920s bungalow: "No rush, take your time." then 204 s away, Preservation Brief 9 + Meany, "Let me know if you need anything else."', [
    [0, 'p', 'I want to restore the old wavy glass windows in my 1920s bungalow myself. Where do I start?'],
    [17, 'l', 'Hi, Nora here at Baltimore County Public Library, happy to help!'],
    [23, 'l', "Are the sashes wood, and is it the glazing putty that's failing or the glass itself?"],
    [50, 'p', 'wood. putty is falling out. hang on let me go look at which ones are worst'],
    [56, 'l', 'No rush, take your time.'],
    [260, 'p', 'ok back. 4 windows on the south side are the worst, putty just crumbles'],
    [268, 'l', "The National Park Service's Preservation Brief 9, The Repair of Historic Wooden Windows, covers re-glazing step by step: nps.gov/orgs/1739/upload/preservation-brief-09-wooden-windows.pdf. Old cylinder glass is hard to replace, so save every pane you can. We also have Working Windows by Terence Meany in the catalog."],
    [274, 'l', 'Is that the kind of guidance you needed?'],
    [300, 'p', 'yes super helpful'],
    [306, 'l', 'Great! Let me know if you need anything else. Thanks for using Ask a Librarian!'],
  ], usual({ anything: 'fail' })),

  // 11 two studios, by phone and by address; an offer of more
  s(JUNE, '11 a glassblowing birthday near Bel Air: one studio by phone, one by street address, "Want me to look up their prices too?"', [
    [0, 'p', 'my son (16) wants to try glassblowing for his birthday, where can we go near bel air'],
    [20, 'l', 'Good morning! June here, a librarian at Harford County Public Library.'],
    [26, 'l', 'Is he after a one-time experience, or something he could keep doing?'],
    [60, 'p', 'one time, like a make-your-own ornament thing'],
    [67, 'l', "Two options: Rebel Glass Works in Bel Air does make-an-ornament sessions for ages 12 and up, call them at 410-555-0127 to book. And Chesapeake Glass Studio, 214 Water St, Havre de Grace, MD 21078, runs weekend blow-your-own sessions; you can just stop in."],
    [73, 'l', 'Want me to look up their prices too?'],
    [100, 'p', 'no thats ok, thanks, thats everything'],
    [106, 'l', 'Happy birthday to him, and thanks for chatting!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 12 follow-up by me, on time
  s(PETRA, '12 the maker of 1925 windows in a Takoma Park house: FU_ME, e-mail typed and read back, "by Friday afternoon", done at 40 h', [
    [0, 'p', "I'm researching the stained glass windows in my grandparents' house in Takoma Park, supposedly made locally around 1925. any way to find the maker?"],
    [24, 'l', "Hi, I'm Petra, a librarian at Montgomery County Public Libraries."],
    [30, 'l', 'Do you know the street address, or the name of the family who built the house?'],
    [75, 'p', '7 Maple Ave, built by the Hendricks family'],
    [82, 'l', "Studio records from the 1920s aren't online, but our Special Collections staff can search the Takoma Park papers and the building permit index for me. That takes a day or two. What's the best e-mail to send the results to?"],
    [110, 'p', 'ruthanne.k@example.com'],
    [116, 'l', "Thanks — ruthanne.k@example.com. I'll e-mail you what we find by Friday afternoon. In the meantime, Montgomery History's guide to researching a house is at montgomeryhistory.org/house-history."],
    [122, 'l', 'Does that guide help for now?'],
    [150, 'p', 'yes, thank you so much!'],
    [156, 'l', 'Anything else I can look into for you?'],
    [170, 'p', 'no thats all'],
    [176, 'l', 'Thanks for reaching out, talk to you by Friday!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 follow-up by the patron's library, e-mail only in the patron fields
  s(QUINN, '13 fusing books with firing schedules, then spring workshops: FU_LIB, "they will e-mail you by Thursday", e-mail only in patron.email', [
    [0, 'p', 'do any libraries in PG county have books on glass fusing I can borrow? i need ones with kiln schedules'],
    [20, 'l', 'Hello! Quinn with Ask Us Now, the Maryland statewide service.'],
    [26, 'l', 'Which branch do you usually borrow from?'],
    [55, 'p', 'hyattsville'],
    [62, 'l', 'Contemporary Warm Glass by Brad Walker has full firing schedules. The catalog shows a copy at Largo, so you can place a hold at pgcmls.info/catalog and pick it up at Hyattsville.'],
    [68, 'l', 'Is that the kind of book you wanted?'],
    [95, 'p', "yes. but I also want to know if they'll have any fusing workshops this spring"],
    [102, 'l', "That isn't posted yet, so I'll pass your question to the Hyattsville branch staff, and they will e-mail you by Thursday with the spring schedule."],
    [130, 'p', 'ok thanks'],
    [135, 'l', 'Thank you for using Ask Us Now, goodbye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'deshawn.fuse@example.org', phone: null } }),

  // 14 follow-up by the patron's library by phone, not recorded at day 4
  s(RHEA, '14 a cancelled suncatcher workshop in Glen Burnie: FU_LIB, phone typed with spaces and read back, "within 72 hours", not recorded at day 4', [
    [0, 'p', 'the glass class at the library in glen burnie, is it still happening? the website says cancelled but my friend said it moved'],
    [18, 'l', "Hi! You're chatting with Rhea, a librarian at Anne Arundel County Public Library."],
    [24, 'l', 'Is this the stained glass suncatcher workshop for adults?'],
    [50, 'p', 'yes thats the one'],
    [57, 'l', "Our events calendar at aacpl.net/events still shows it as cancelled, and I can't confirm a new date from here. I'll have the Glen Burnie branch staff look into it and call you within 72 hours. What number should they use?"],
    [90, 'p', '410 555 0148'],
    [96, 'l', 'Got it: 410-555-0148. Glen Burnie will call you within 72 hours with the new date.'],
    [120, 'p', 'ok cool. thats all'],
    [126, 'l', 'Thanks for your patience, and have a great day!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 follow-up by me, done late; an angry patron
  s(SOL, '15 a contractor cracked a 100-year-old stairwell panel (angry patron): FU_ME, e-mail read back, "by tomorrow afternoon", done at 80 h', [
    [0, 'p', "my contractor cracked a 100 yr old stained glass panel in my stairwell and now says nobody can fix it. I'm furious. is that true???"],
    [22, 'l', "Hi, this is Sol, a librarian at Howard County Library System. I'm sorry, that sounds really upsetting."],
    [28, 'l', 'Is one piece of glass cracked, or is it the lead holding the pieces?'],
    [60, 'p', 'one piece of glass, a purple one, cracked right across'],
    [66, 'l', "Replacing a single piece is a routine repair for a restoration studio, and old glass can often be matched. The Stained Glass Association of America's directory of member studios is at stainedglass.org. I'd also like to check which studios near Ellicott City have done historic work. Can I e-mail you a short list?"],
    [90, 'p', 'yes please, m.berger@example.com'],
    [96, 'l', "Thanks, that's m.berger@example.com. I'll send you the list by tomorrow afternoon."],
    [100, 'l', 'Did the directory help in the meantime?'],
    [130, 'p', 'yes. sorry for snapping at you'],
    [136, 'l', 'No apology needed! Anything else I can do today?'],
    [150, 'p', 'no'],
    [155, 'l', 'Take care, and thanks for writing in.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 16 a true Lost Call; one line both checks in and gives notice
  s(MARCUS, '16 Lake Erie sea glass (Lost Call): greeting only, "Are you still there? … I\'ll close this chat." at 205, endedAt 265 (final idle 240 s), no goodbye', [
    [0, 'p', 'is sea glass from lake erie different from ocean sea glass'],
    [25, 'l', 'Hi, this is Marcus with Ask Us Now, the Maryland statewide chat.'],
    [205, 'l', "Are you still there? It looks like we may have lost the connection, so if I don't hear back in a minute I'll close this chat."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 60 }),

  // 17 Lost Call after three patron lines; a check-in, no notice
  s(IRIS, '17 a glass cutter for a beginner: coded Lost Call after three patron lines, answer at 80, "u still there?" at 210, endedAt 310 (230 s)', [
    [0, 'p', 'whats the best glass cutter for a beginner doing stained glass'],
    [20, 'l', 'Hello! Iris here, a librarian at Cecil County Public Library.'],
    [26, 'l', 'Will you be cutting mostly straight lines or curves?'],
    [55, 'p', 'both probably'],
    [58, 'p', 'mostly small suncatchers'],
    [80, 'l', "Most beginner guides suggest a pistol-grip, oil-fed cutter, which is easier on the hand for curves. Stained Glass Basics by Chris Rich walks through choosing one; it's on the shelf at Elkton and on Hoopla."],
    [84, 'l', 'Does that help?'],
    [210, 'l', 'u still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 100 }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (Tiffany lamp script): coded Practice, every check na', [
    [0, 'p', 'practice session - tiffany lamp question, ignore'],
    [6, 'l', 'test reply: see the glass guide at library.example/glass'],
    [12, 'p', 'ok end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(QUEUE, '19 clases de vitral para niños (Spanish): no provider ever joined, a queue line, "hola???", patron left, code null', [
    [0, 'p', 'hola? tienen clases de vitral para niños en verano?'],
    [2, 's', 'Todos nuestros bibliotecarios están ocupados. Su lugar en la fila: 3.'],
    [140, 'p', 'hola???'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 "your time is up", with thanks
  s(DRU, '20 a yard-sale kiln and asbestos, then three more questions: "Thanks for all your questions, but … your time is up", "seriously?? wow"', [
    [0, 'p', 'how do i know if theres asbestos in an old kiln? got it at a yard sale'],
    [15, 'l', 'Hi, Dru at Ask Us Now here.'],
    [21, 'l', 'About how old is the kiln, and is there a brand plate on it?'],
    [50, 'p', 'like 1970s, says Duncan on it'],
    [57, 'l', "Older kilns sometimes had asbestos in the lid insulation or the wiring. Don't sand or break anything; the EPA's asbestos page at epa.gov/asbestos explains how to get a sample tested. Did that help?"],
    [90, 'p', 'kinda. also how do i rewire it, whats a good first project, and where do i buy glass'],
    [97, 'l', "Thanks for all your questions, but I can only take one topic per chat and your time is up, so I'm going to close this one now."],
    [110, 'p', 'seriously?? wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, come back later (allowed)
  s(ELLA, '21 makers of the windows at St John\'s, Hagerstown, then six more churches: "several other people waiting … please come back to chat later"', [
    [0, 'p', "looking for the history of the stained glass windows at St John's Lutheran in Hagerstown"],
    [20, 'l', "Hello and welcome! I'm Ella, a librarian at Washington County Free Library."],
    [26, 'l', 'Are you looking for who made them, or the stories the windows show?'],
    [60, 'p', 'who made them and when'],
    [68, 'l', "The church's bicentennial history, St. John's Lutheran Church: 200 Years, lists the makers of each window. It's in our Western Maryland Room collection; search for it in the catalog at washcolibrary.org."],
    [74, 'l', 'Is that the kind of detail you needed?'],
    [110, 'p', 'yes! ok next, can you also find who made the windows at 6 other churches, I have a list'],
    [118, 'l', "I'd love to help with those, but there are several other people waiting in the queue right now. Please come back to chat later (or tomorrow) with your list and we'll go through it."],
    [140, 'p', 'ok'],
    [145, 'l', 'Thanks for understanding, bye for now!'],
  ], usual({ anything: 'fail' })),

  // 22 Spanish: a transfer with a notice and a note that says why
  s(TOMAS, '22 clases de vitral para una adolescente (Spanish): notice "Le voy a transferir con mi colega Lucía" + internal note why, Lucía 54 s later', [
    [0, 'p', 'hola, mi hija de 15 años quiere aprender a trabajar el vidrio, hay clases en la biblioteca de wheaton? prefiero en español'],
    [20, 'l', "Hi! I'm Tomás at Montgomery County Public Libraries. ¡Hola! Entiendo un poco de español."],
    [26, 'l', '¿Busca clases de vitral o de vidrio soplado?'],
    [55, 'p', 'de vitral, o fusión, lo que haya'],
    [61, 'l', 'Le voy a transferir con mi colega Lucía, que habla español y conoce los talleres para adolescentes. Un momento, por favor.'],
    [64, 'i', 'Lucía, Spanish-speaking parent, teen (15) wants stained glass / fusing workshops at Wheaton, can you take it?'],
    xfer(67, 'Lucía', 'lucia-gl'),
    [115, 'l', '¡Hola! Soy Lucía. En Wheaton el taller "Vitral para adolescentes" es los sábados de abril; la inscripción está en mcpl.libnet.info/events (busque "vitral").', as(LUCIA)],
    [121, 'l', '¿Es lo que buscaba?', as(LUCIA)],
    [150, 'p', 'si perfecto, es todo, gracias'],
    [156, 'l', '¡Con mucho gusto! Gracias por comunicarse, hasta luego.', as(LUCIA)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer notice without an internal note
  s(HAL, '23 a 1950s glass studio on Howard Street: "I\'m going to pass you over to Dev …" and no internal note, Dev with the city directories', [
    [0, 'p', "I'm trying to find out about a glass studio that used to be on Howard St in the 1950s, my dad worked there"],
    [19, 'l', 'Hi, this is Hal, a librarian at the Enoch Pratt Free Library.'],
    [25, 'l', 'Do you remember the name of the studio?'],
    [60, 'p', 'something like Baltimore Art Glass? not sure'],
    [66, 'l', "I'm going to pass you over to Dev in our Maryland Department, he knows the old city directories. One sec!"],
    xfer(70, 'Dev', 'dev-gl'),
    [140, 'l', "Hi, Dev here. Polk's Baltimore City Directories for the 1950s are digitized at prattlibrary.org/research (Maryland Department, then City Directories); look under 'Glass' in the business section and at the Howard Street listings.", as(DEV)],
    [146, 'l', 'Does that get you started?', as(DEV)],
    [180, 'p', 'yes thank you, thats all'],
    [186, 'l', 'Glad to help, goodbye!', as(DEV)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; a URL referral; final idle 119 s
  s(GIA, '24 weeknight glassblowing in Baltimore: a collective through its contact page, goodbye 119 s after the answer, three other chats open (four at once)', [
    [0, 'p', 'where can an adult take a real glassblowing class in baltimore, like weekly'],
    [18, 'l', 'Good evening! Gia with the Ask a Librarian service at Baltimore County Public Library.'],
    [24, 'l', 'Would city or county work for you, and do you want weeknights or weekends?'],
    [55, 'p', 'either, weeknights'],
    [62, 'l', 'The Baltimore Glass Collective runs 8-week weeknight beginner courses; contact them through bmoreglasscollective.org/contact to get on the waitlist.'],
    [68, 'l', 'Does that answer it?'],
    [181, 'l', 'Hope that helps, thanks for chatting!'],
  ], usual({ anything: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'gia-gl', -60, 200), other('g2', 'gia-gl', 5, 150), other('g3', 'gia-gl', 40, 300)],
  }),

  // 25 three at most, touching ends; the provider's own department
  s(HUGO, '25 Tiffany windows in Frederick: the Maryland Room "stop by or call them at …", one chat ending at the start, one starting at the end (three at most)', [
    [0, 'p', 'does the library have anything on the Tiffany windows in frederick churches, or Tiffany windows in maryland generally'],
    [14, 'l', "Hi there, Hugo here from Frederick County Public Libraries' Ask a Librarian."],
    [20, 'l', 'Do you need something to borrow, or is reading it at the library fine?'],
    [45, 'p', 'either is fine'],
    [52, 'l', 'Tiffany Windows by Alastair Duncan is in our catalog at C. Burr Artz. For the local windows, the Maryland Room on the 2nd floor of C. Burr Artz keeps a file on Frederick churches; stop by, or call them at 301-555-0164 before you go.'],
    [58, 'l', 'Is that what you had in mind?'],
    [90, 'p', 'yes thank you thats everything'],
    [95, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('h1', 'hugo-gl', -200, 0), other('h2', 'hugo-gl', -100, 50), other('h3', 'hugo-gl', 20, 60), other('h4', 'hugo-gl', 55, 400),
      other('h5', 'hugo-gl', 100, 300),
    ],
  }),

  // 26 final idle exactly 120 s, a check-in, no goodbye
  s(IVY, '26 stained or painted glass for an art history paper: answer at 70, "anything else" at 74, "Are you still with me?" at 150, endedAt 190 (120 s)', [
    [0, 'p', 'whats the difference between stained glass and painted glass in old church windows'],
    [16, 'l', 'Hi! Ivy at Garrett County Public Library, how are you today?'],
    [22, 'l', 'Is this for a class, or just curiosity?'],
    [50, 'p', 'art history paper due friday'],
    [70, 'l', "Stained glass is colored in the melt; painted glass has vitreous paint fired onto its surface, and most church windows use both. For a citable source, Stained Glass: Radiant Art by Virginia Raguin explains the techniques; request it through interlibrary loan at garrettlibrary.org/ill."],
    [74, 'l', 'Is there anything else I can help you find for the paper?'],
    [150, 'l', 'Are you still with me?'],
  ], usual({ complete: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 40 }),

  // 27 final idle exactly 180 s to a goodbye, no notice
  s(JAX, '27 a glass kiln next to the playroom: answer at 60, "Hello, still there?" at 190, goodbye at 240 (final idle 180 s), no disconnect notice', [
    [0, 'p', "is it safe to use a glass kiln in the same room as my kids' playroom in the basement"],
    [18, 'l', "Hello! Jax here, librarian at Queen Anne's County Library."],
    [24, 'l', 'Is it an electric kiln, and how old are the kids?'],
    [52, 'p', 'electric, 6 and 9'],
    [60, 'l', "Kilns reach over 1400°F inside and the outside gets hot enough to burn, so safety guides say to give it its own vented space and keep kids out while it fires. Skutt's kiln safety sheet is at skutt.com/kiln-safety. Does that help?"],
    [190, 'l', 'Hello, still there?'],
    [240, 'l', 'Thanks for chatting with us today, take care!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 28 final idle 179 s; chat-speak provider
  s(KIT, '28 a school trip to the Corning Museum of Glass (chat-speak): "book a group visit with them at cmog.org/…", check-in at 175, goodbye at 229 (179 s)', [
    [0, 'p', 'hey whats that glass museum in corning ny called and can u go there w a school group'],
    [12, 'l', 'hi!! kit here w/ calvert library ask a librarian 🙂'],
    [17, 'l', 'what grade r the kids?'],
    [40, 'p', '4th'],
    [50, 'l', "it's the Corning Museum of Glass! u can book a group visit with them at cmog.org/visit/groups, and they do live glassblowing demos for kids. did that help, and is there anything else u need?"],
    [175, 'l', 'u still there?'],
    [229, 'l', 'ok ill close this out, thx for using ask a librarian! come back anytime'],
  ], usual({ idle: 'pass', referral: 'pass' })),

  // 29 the patron has the last word; code ""
  s(LEO, '29 drilling sea glass for jewelry: wire or drill asked, riogrande.com, patron "that\'s everything. bye!" last, code ""', [
    [0, 'p', 'how do people make sea glass jewelry without breaking it when drilling'],
    [20, 'l', "Good afternoon! Leo here, I'm a librarian at Somerset County Library."],
    [26, 'l', 'Are you wrapping the pieces in wire, or drilling holes through them?'],
    [55, 'p', 'drilling'],
    [62, 'l', "People drill under water with a diamond-tipped bit at low speed so the glass stays cool. Rio Grande's how-to on drilling sea glass shows the setup: riogrande.com, search 'drilling sea glass'."],
    [68, 'l', 'Does that answer your question?'],
    [95, 'p', "yes!! perfect, that's everything. bye!"],
  ], usual({ courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 30 a promise to e-mail, coded Answered, no time
  s(MINA, '30 a saved high school window (class of 1931 owl): "I\'ll e-mail you whatever I find", e-mail read back, no time, coded Answered', [
    [0, 'p', 'i read that a stained glass window from my old high school in towson was saved when the building came down and is somewhere now. any idea where?'],
    [24, 'l', 'Hi, Mina with Ask Us Now here, thanks for your question!'],
    [30, 'l', 'Do you know roughly what the window showed, or who gave it to the school?'],
    [70, 'p', 'it was a class gift, an owl i think. class of 1931'],
    [78, 'l', "I couldn't find it in a quick search. The Historical Society of Baltimore County's collection database is at hsobc.org/collections; try 'high school window' and 'owl'. I'd like to dig through old Towson newspapers too, and I'll e-mail you whatever I find. Which address should I use?"],
    [105, 'p', 'owlfan31@example.com'],
    [110, 'l', "Great, I have owlfan31@example.com. I'll send what I find."],
    [116, 'l', 'Does the collection database help for now?'],
    [140, 'p', 'yes ok, thank you!!'],
    [146, 'l', 'Is there anything else I can help with?'],
    [160, 'p', 'nope'],
    [165, 'l', 'Thanks for using Ask Us Now, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => GLASS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('10')]:
    'closing.anything_else: expected fail, got pass ("asked whether the patron needed anything else"). Message 9: "Let me know if you need anything else." invites the patron but asks nothing; no other line asks and the patron never says they are done (RUBRIC closing.anything_else: "pass: before the end the provider asks whether the patron needs anything else").',
};

describe('seventy-seventh round: stained glass and glasswork, checked', () => {
  describeSessions('whole sessions', GLASS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', GLASS.filter((c) => c.name in LEFT_WHY));
});
