/**
 * Sixty-fifth round, theme BACKYARD CHICKENS AND BEEKEEPING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: city and county rules for hens (Towson, Minneapolis, Denver, San Antonio in
 * Spanish, Raleigh's rooster, Sacramento, Hialeah in Spanish, Boise's coop, Lakewood OH), coop plans and space per bird
 * (Salt Lake City, Portland), sick and non-laying hens (Annapolis, Kansas City), bee registration and rooftop hives in
 * Maryland, beekeeping clubs, mentors and classes (Asheville, Burlington VT, Pittsburgh), swarms and bees in walls (Austin,
 * Tucson, State College PA), a neighbor's hives in Albuquerque (partly Spanish), honey at an Ohio farmers market, books on
 * poultry and bees (Madison on Libby), a Cornell foraging study for a 4-H poster, 4-H poultry enrolment through the
 * extension office, and the history of Frederick's and Montgomery County's hen rules. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text alone before the first run (labels copied aside to /tmp/backyard-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); `pickedUpAt` at 55 s with the first line at 170 (11:
 *   pickup passes, and the 170 s wait before the first line counts only from 55 s: 115 s, keep_informed passes); "Good
 *   morning, how can I help you today?" under the screen name "Ask Desk" (04: greets, names no one, fail); "hi there!" then
 *   a question, the name only in the third provider line (19: fail); "Hello!" alone, then "This is Ray at … Boise Public
 *   Library" (30: pass across two lines); "Hey! Welcome to KnowItNow — this is Olivia …" (16); chat-speak "hiya! zee from Ask
 *   a Librarian @ Kansas City Public Library 👋" (26); Spanish "Habla Marisol, bibliotecaria de …" (06) and "le atiende
 *   Camila, bibliotecaria del …" (22); bilingual "Hola, soy Andrés, del servicio Ask a Librarian de …" (14); no provider
 *   ever joined (28);
 *  inquiry: hens or a rooster and lot size, city or suburb, landlord's consent, print/ebook/audio, age and symptoms, coop
 *   dimensions, first year in 4-H, honey bees or wasps, which paper and when it is due; the source given before "Is the
 *   fence on your property or a neighbor's?" (05: fail); no question at all before the source (29: fail); a question and
 *   never a source (12, 26: pass);
 *  waits: a hold "let me see what the state requires — one sec." answered 121 s later (07: fail); a patron line answered
 *   exactly 120 s later (08: pass); "hello??" from the patron 90 s into a wait, the answer 125 s after the first line (09:
 *   fail, the nudge does not restart the wait); holds at 76 and 190 (a partial result that says the search goes on), the
 *   answer at 305 (10: 114 and 115 s, pass); "Sure, take your time!" then the patron back 254 s later (11: waiting on the
 *   patron); a transfer notice, the receiver 84 s later (23, pass) and 64 s later (25); a silent transfer, the receiver 135 s
 *   after the patron (24: fail); chat-speak hold "gimme a sec" answered 85 s later (26);
 *  endings: a Lost Call with a clarifying question, "Are you still there?" and "It looks like you may have disconnected, so
 *   I'm going to close this chat. Please chat with us again anytime!" exactly 180 s after the greeting (12: check-in and
 *   notice pass); a goodbye 119 s into the final idle (13: idle na); "¿Le ayuda esto?" then silence and the patron's window
 *   closing, 195 s (14: idle, disconnect and courteous fail); "Are you still there? If you've had to go, thanks for chatting
 *   and come back anytime!" as the last line, 225 s to the end (15: a check-in, so no goodbye: the idle runs to the end and
 *   the missing notice fails; courteous passes on its thanks); "Sorry, your session time is up, so I have to end the chat
 *   here. Bye." (16: dismissal); "several patrons waiting … Please start a new chat later … or call our Science & Business
 *   desk" with the patron's "ok" last (17: allowed); "It seems we've been disconnected, so I'll end this chat now. Thanks …"
 *   194 s in with no check-in (21: idle fails, notice passes); "Looks like you might have lost your connection." with no word
 *   of ending (29: notice fails); the patron's "thx bye!! 🐔" after the provider's goodbye (30: courteous passes); goodbyes
 *   "Wonderful — enjoy the fresh eggs, and thanks for chatting with us!", "Good luck with the flock — bye for now!", "Sounds
 *   good! Have a nice day.", "Gracias a usted por escribirnos. ¡Hasta luego!", "I hope she feels better soon. Thanks for
 *   reaching out!", "yay! bye 👋", "¡Gracias por escribirnos! Que tenga buen día."; patron-side "thats all i needed",
 *   "that's everything", "eso es todo", "es todo", "that's all", "that is all", "thats all i need", and "No, thank you.",
 *   "yes calling now ty ty", "ok", "yeah ok thanks", "yes thank you" that do not count;
 *  sources: county and city code sites (baltimorecountymd.gov, library.municode.com, codelibrary.amlegal.com, cabq.gov,
 *   denvergov.org, sanantonio.gov, cityofboise.org), mda.maryland.gov, extension.umd.edu, extension.oregonstate.edu,
 *   extension.psu.edu, agri.ohio.gov, club sites, the library catalogue, Libby, Academic Search Premier, the Home Improvement
 *   Reference Center, books by Damerow, Pangman, Flottum, Blackiston, Sammataro & Avitabile, Morrison and Caughey; none (26:
 *   daylight and molting explained with no source, fail);
 *  referrals: Minneapolis Animal Care & Control by phone (02); a club's meetings by URL (03); swarm beekeepers from a list
 *   by URL (05); the state animal health lab by phone (10); the city's 311 line by phone, in Spanish (14); the library's own
 *   Science & Business desk by phone (17); Burgh Bees by URL and the Master Gardeners with none (21: fail); the county
 *   Extension 4-H coordinator by phone (24); "ask the Centre County Beekeepers Association" with none (25: fail); a Maryland
 *   Room librarian, MCPL and the Hialeah branch consulted on the patron's behalf (18, 20, 22: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 40 h (18: pass); FU_ME, phone typed, "I will text
 *   it to you." with no time, done after 80 h (19: contact and on_time fail); FU_LIB, phone read back, "within three days",
 *   done exactly 72 h after the end, recorded with a -04:00 offset (20: pass); "I'll send it by tomorrow morning" with the
 *   e-mail read back, coded Answered, never recorded, day 4 (21: code and on_time fail, contact passes); FU_LIB in Spanish
 *   with "antes del miércoles", the e-mail only in `patron.email` (22: code passes, contact fails, on_time pending);
 *  codes: a true Lost Call twice (12, 29: one patron line each); Lost Call after four patron lines (16: fail); null (13);
 *   "" (30); Practice (27); left out, a source with no codes (28: na);
 *  transfers: a notice and an internal note that says why (23: pass); silent, no note (24: fail); a notice and an internal
 *   "all yours 👍" that says no why (25: fail);
 *  concurrency: three others open through the transferring provider's part, four at once (25: fail); four others, never
 *   more than two of them at once with this one (26: three at most, pass); the receiving provider's three other chats all
 *   closed before the transfer, one after (23: judged over the part she handled, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Good morning, how can I help you today?" greets but names no one (04); a name given in the third provider line is
 *   outside "the first two visible provider messages" (19);
 * - "Sounds good! Have a nice day." says goodbye (04: courteous passes); "Gracias a usted por escribirnos" and "Que tenga
 *   buen día" thank and say goodbye (06, 22);
 * - "Would either of those work for you?" asks whether the two titles already given meet the need (04: completeness
 *   passes); "Did the database tip help in the meantime?" likewise (19);
 * - a referral tells the patron to contact or visit someone: "go to one of their monthly meetings" (03) is a visit, "Pick a
 *   beekeeper from the … swarm list and call them" (05) names the parties by the list's URL, "call our Science & Business
 *   desk at 916-555-0123" is the library's own department told to call (17), "llame a la línea 311 de la ciudad,
 *   505-555-0311" (14), "ask the Penn State Extension Master Gardeners" with no contact (21: fail), "ask the Centre County
 *   Beekeepers Association" with no contact (25: fail); "the sign-up form is at vermontbeekeepers.org/mentoring" describes a
 *   web page the patron can use and tells them to contact no one (15: a source, no referral); "I'll ask our Maryland Room
 *   librarian …", "I'll pass your question to them" (MCPL) and "Voy a pasar su pregunta … a la biblioteca de Hialeah" are
 *   staff consulted on the patron's behalf (18, 20, 22: no referral);
 * - "Are you still there? If you've had to go, thanks for chatting and come back anytime!" asks whether the patron is still
 *   there, so it is not a Goodbye and the final idle runs to the end (15); but it does thank the patron and invite them
 *   back, which is what closing.courteous asks of one of the last two provider lines (15: pass);
 * - "Looks like you might have lost your connection." tells the patron they seem disconnected but not that the session
 *   will end (29: disconnect fails);
 * - "all yours 👍" is an internal message to the receiver that says no why (25: transfer fails);
 * - a follow-up recorded exactly 72 h after the session's end is "within `followUpHours`" (20);
 * - with `pickedUpAt` at 55 s the wait on the provider counted by keep_informed is the part after pickup: 55 → 170 (11);
 * - in Lost Calls (12, 29) the greeting is the first provider line after the patron's only line that is not a hold, so the
 *   final idle starts there.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 05, one check). Every case also scored the same once redacted (the
 *  e-mails and phones of 18-22 included, and 22's `patron.email` known only from the patron fields).
 * Label corrections: 0. Case 05's referral.contact reread against RUBRIC's Terms (Referral) and the rule: the parties the
 *  patron is told to call are the beekeepers on the swarm list, and they come with the list's URL; the label stands.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 05: "Then you can call any of them directly" (message 5) read as a referral with no way to reach
 *    them (fail; RUBRIC pass: the same parties came with austinareabeekeepers.org/swarm-removal in message 2).
 * Every timing check read as labelled: pickup at 60 s (pass), 61 s (fail) and by `pickedUpAt` (55 s); keep_informed at 120 s
 *  (pass), 121 s after a hold (fail), 125 s across a patron's nudge (fail), 115 s counted from `pickedUpAt`, 135 s across a
 *  silent transfer (fail); final idles of 119 s (na), 180 s exactly (both apply, pass), 185-245 s; a follow-up done exactly
 *  72 h after the end with a -04:00 offset (pass); concurrency counted per instant (26), per handled part (23) and four at
 *  once (25).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const DENISE: Prov = { id: 'denise-w', name: 'Denise', library: 'BCPL-MD' };
const MARCUS: Prov = { id: 'marcus-w', name: 'Marcus', library: 'HCL-MN' };
const HANNAH: Prov = { id: 'hannah-w', name: 'Hannah', library: 'BCPL-NC' };
const ASKDESK: Prov = { id: 'askdesk-w', name: 'Ask Desk', library: 'SLCPL' };
const LUIS: Prov = { id: 'luis-w', name: 'Luis', library: 'APL-TX' };
const MARISOL: Prov = { id: 'marisol-w', name: 'Marisol', library: 'SAPL' };
const TOM: Prov = { id: 'tom-w', name: 'Tom', library: 'HCLS' };
const JORDAN: Prov = { id: 'jordan-w', name: 'Jordan', library: 'DPL-CO' };
const KENDRA: Prov = { id: 'kendra-w', name: 'Kendra', library: 'MPL-WI' };
const RACHEL: Prov = { id: 'rachel-w', name: 'Rachel', library: 'AACPL' };
const BEN: Prov = { id: 'ben-w', name: 'Ben', library: 'MCL-OR' };
const GWEN: Prov = { id: 'gwen-w', name: 'Gwen', library: 'PCPL-AZ' };
const NADIA: Prov = { id: 'nadia-w', name: 'Nadia', library: 'WCPL-NC' };
const ANDRES: Prov = { id: 'andres-w', name: 'Andrés', library: 'ABCL' };
const SAM: Prov = { id: 'sam-w', name: 'Sam', library: 'FFL-VT' };
const OLIVIA: Prov = { id: 'olivia-w', name: 'Olivia', library: 'CCPL-OH' };
const TERESA: Prov = { id: 'teresa-w', name: 'Teresa', library: 'SPL-CA' };
const FRANK: Prov = { id: 'frank-w', name: 'Frank', library: 'FCPL-MD' };
const GRACE: Prov = { id: 'grace-w', name: 'gtcpl', library: 'TCPL-NY' };
const HECTOR: Prov = { id: 'hector-w', name: 'Hector', library: 'CCPL-MD' };
const IMANI: Prov = { id: 'imani-w', name: 'Imani', library: 'CLP' };
const CAMILA: Prov = { id: 'camila-w', name: 'Camila', library: 'MDPLS' };
const WILL: Prov = { id: 'will-w', name: 'Will', library: 'AUN' };
const DANA: Prov = { id: 'dana-w', name: 'Dana', library: 'EPFL' };
const ELLIOT: Prov = { id: 'elliot-w', name: 'Elliot', library: 'CCPL-MD' };
const KEISHA: Prov = { id: 'keisha-w', name: 'Keisha', library: 'AUN' };
const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'SCRL' };
const OWEN: Prov = { id: 'owen-w', name: 'Owen', library: 'SCRL' };
const ZEE: Prov = { id: 'zee-w', name: 'zee_ask', library: 'KCPL' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 2', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'BPL-ID' };
const IVY: Prov = { id: 'ivy-w', name: 'Ivy', library: 'CML' };
const RAY: Prov = { id: 'ray-w', name: 'Ray', library: 'BPL-ID' };

const s = session;

export const BACKYARD: SessionCase[] = [
  // 01 the plain good session
  s(DENISE, '01 hens in Towson: "Good morning and welcome to Ask Us Now! I\'m Denise", hens or rooster and lot size, county URL + Damerow, "thats all i needed :)"', [
    [0, 'p', 'hi!! can i keep chickens in my backyard in baltimore county? live in towson, not a farm lol'],
    [25, 'l', "Good morning and welcome to Ask Us Now! I'm Denise, a librarian with Baltimore County Public Library."],
    [31, 'l', 'Fun project! Are you thinking hens only, or a rooster too? And do you know roughly how big your lot is?'],
    [75, 'p', 'just hens, maybe 4. lot is like a quarter acre'],
    [82, 'l', "The county's zoning rules for poultry on residential lots are summarized at baltimorecountymd.gov (search 'keeping chickens'): how many birds your lot size allows and how far the coop has to sit from the property line. For day-to-day care, 'Storey's Guide to Raising Chickens' by Gail Damerow is on the shelf at the Towson branch."],
    [88, 'l', 'Does that cover what you wanted to know?'],
    [130, 'p', 'yes perfect, thats all i needed :)'],
    [136, 'l', 'Wonderful — enjoy the fresh eggs, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a referral by phone
  s(MARCUS, '02 Minneapolis hen permit (typos): pickup at exactly 60 s, "Call Minneapolis Animal Care & Control at 612-555-0142"', [
    [0, 'p', 'how do i get a permit for chickens in minneapolis?? my nieghbor said you need signatures or somthing'],
    [60, 'l', "Hi there, you've got Marcus at Hennepin County Library — sorry for the short wait."],
    [66, 'l', 'Are you in Minneapolis itself, or one of the suburbs? Each city handles it differently.'],
    [95, 'p', 'mpls, powderhorn'],
    [101, 'l', "Your neighbor's right: Minneapolis wants written consent from the neighbors around you as part of the application. Call Minneapolis Animal Care & Control at 612-555-0142 and they'll mail you the packet and explain the coop inspection."],
    [107, 'l', 'Is that the info you were after?'],
    [140, 'p', 'yes great'],
    [144, 'l', 'Anything else I can dig up for you?'],
    [170, 'p', "nope that's everything, thx!"],
    [174, 'l', 'Good luck with the flock — bye for now!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at 61 s; go to a club's meetings (URL)
  s(HANNAH, '03 Asheville beekeeping club: pickup at 61 s, "go to one of their monthly meetings … buncombebees.org", Flottum in the catalog', [
    [0, 'p', 'Hello, is there a beekeeping club around Asheville? I want to start with a hive next spring.'],
    [61, 'l', "Hello! This is Hannah with Buncombe County Public Libraries' chat service."],
    [67, 'l', 'Are you completely new to bees, or have you kept them before?'],
    [110, 'p', 'Completely new. I have read a couple of articles, that is about it.'],
    [117, 'l', "Then the Buncombe County Beekeepers club is a good place to start: go to one of their monthly meetings at the extension center — the schedule and their spring beginner class are on buncombebees.org. 'The Backyard Beekeeper' by Kim Flottum is a friendly first book too, and it's in our catalog."],
    [123, 'l', 'Is that the kind of thing you had in mind?'],
    [170, 'p', 'Yes, exactly what I was looking for.'],
    [175, 'l', 'Anything more I can look up for you today?'],
    [200, 'p', 'No, thank you.'],
    [204, 'l', 'Happy beekeeping, and thanks for using the chat!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 greets but names no one; "Would either of those work for you?"; "Have a nice day."
  s(ASKDESK, '04 coop plans for six hens: "Good morning, how can I help you today?" under "Ask Desk", Pangman + Home Improvement Reference Center, "Have a nice day."', [
    [0, 'p', 'looking for coop plans for 6 chickens, something i can build myself w/ basic tools'],
    [14, 'l', 'Good morning, how can I help you today?'],
    [19, 'l', 'Do you want a book you can check out, or would printable plans online work?'],
    [50, 'p', 'either, book is prob easier'],
    [56, 'l', "'Chicken Coops: 45 Building Plans for Housing Your Flock' by Judy Pangman has everything from small A-frames to walk-in coops; two copies are on the shelf at the Main Library, and you can place a hold at slcpl.org. The Home Improvement Reference Center database, linked from our e-resources page, has some free coop plans too."],
    [62, 'l', 'Would either of those work for you?'],
    [100, 'p', 'ya the book, ill put it on hold thanks'],
    [105, 'l', 'Sounds good! Have a nice day.'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 the source comes before the question
  s(LUIS, '05 a swarm on the fence in Austin (emoji): swarm list URL first, then "Is the fence on your property or a neighbor\'s?"', [
    [0, 'p', 'THERES A SWARM OF BEES ON MY FENCE RN 🐝🐝🐝 what do i do?? austin'],
    [15, 'l', "Hi! I'm Luis, a librarian at Austin Public Library. Stay calm — a swarm is usually gentle while it's resting."],
    [21, 'l', "Don't spray it. Pick a beekeeper from the Austin Area Beekeepers Association's swarm list and call them — most will collect a swarm for free: austinareabeekeepers.org/swarm-removal"],
    [27, 'l', "Is the fence on your property or a neighbor's?"],
    [45, 'p', 'mine!! by the back gate'],
    [51, 'l', 'Then you can call any of them directly, no need to involve the neighbor. Did that help?'],
    [80, 'p', 'yes calling now ty ty'],
    [85, 'l', 'Good luck, bye!'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'pass' })),

  // 06 Spanish: hens in San Antonio
  s(MARISOL, '06 gallinas en San Antonio (Spanish): "Habla Marisol, bibliotecaria", ciudad o condado, Animal Care Services, "eso es todo"', [
    [0, 'p', 'hola, quiero tener gallinas en mi patio aquí en San Antonio. cuántas se permiten??'],
    [30, 'l', '¡Buenas tardes! Habla Marisol, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [36, 'l', '¿Vive dentro de los límites de la ciudad o en el condado de Bexar?'],
    [80, 'p', 'en la ciudad, cerca de la Zarzamora'],
    [87, 'l', 'Dentro de la ciudad, el número de gallinas depende de la distancia entre el gallinero y las casas vecinas, y los gallos tienen reglas aparte. Todo está explicado en la página de Animal Care Services: sanantonio.gov/Animal-Care (sección "Permits").'],
    [93, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si muchas gracias, eso es todo'],
    [146, 'l', 'Gracias a usted por escribirnos. ¡Hasta luego!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(TOM, '07 registering two hives in Maryland: "let me see what the state requires — one sec." answered 121 s later', [
    [0, 'p', 'Do I need to register beehives in Maryland? Ellicott City, planning to start this April'],
    [20, 'l', "Hello, I'm Tom, a librarian at Howard County Library System. Congrats on the new hobby!"],
    [26, 'l', 'How many hives are you planning to start with?'],
    [60, 'p', 'two'],
    [66, 'l', 'Ok, let me see what the state requires — one sec.'],
    [187, 'l', "Yes: Maryland requires every beekeeper to register their colonies each year, even a single hive, and registration is free. The form is on mda.maryland.gov under Plants, Pests & Bees > Apiary Inspection. Howard County doesn't add a permit of its own for two hives on a house lot."],
    [193, 'l', 'Did that cover it?'],
    [230, 'p', "yes! that's all, thanks"],
    [236, 'l', 'Thanks for chatting, and good luck with the hives this spring!'],
  ], usual({ informed: 'fail' })),

  // 08 a patron line answered exactly 120 s later
  s(JORDAN, '08 chickens and ducks in a Denver rental: the landlord\'s OK answered exactly 120 s later, denvergov.org', [
    [0, 'p', 'can i have chickens AND ducks in denver? renting a house'],
    [20, 'l', "Hey, this is Jordan at Denver Public Library's Ask Us chat!"],
    [25, 'l', "Has your landlord said it's OK? Denver asks for the owner's permission as part of the permit."],
    [60, 'p', 'yes landlord is fine w it'],
    [180, 'l', "Good. Denver calls these 'food-producing animals', and one permit covers chickens and ducks together (no roosters). The application and the limits are at denvergov.org — search 'food producing animals permit'."],
    [186, 'l', 'Does that help?'],
    [215, 'p', 'ya thx'],
    [219, 'l', 'Anything else I can find for you?'],
    [240, 'p', 'no thats it'],
    [244, 'l', 'Take care, and thanks for using Ask Us!'],
  ], usual()),

  // 09 the patron's nudge does not restart the wait
  s(KENDRA, '09 beginner bee books on Libby: "hello??" 90 s into the wait, the answer 125 s after the patron\'s reply', [
    [0, 'p', 'whats a good beginner beekeeping book? want to read before my package bees come in may'],
    [18, 'l', 'Hi! Kendra here — Ask a Librarian at Madison Public Library.'],
    [23, 'l', 'Do you like print, ebook or audiobook?'],
    [50, 'p', 'ebook pls, i use libby'],
    [140, 'p', 'hello??'],
    [175, 'l', "Sorry about the wait! 'Beekeeping For Dummies' by Howland Blackiston and 'The Beekeeper's Handbook' by Diana Sammataro and Alphonse Avitabile are both in Wisconsin's Digital Library — search either title in the Libby app with your MPL card."],
    [181, 'l', 'Do those sound like what you want?'],
    [220, 'p', 'yep downloading the dummies one lol. thats all i need'],
    [225, 'l', 'Enjoy the read, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 10 holds under the limit, a partial result; the state lab by phone
  s(RACHEL, '10 a sneezing hen in Annapolis: holds at 76 and 190 (partial result), answer at 305, the animal health lab at 301-555-0177', [
    [0, 'p', 'one of my hens is sneezing and has a bubbly eye 😟 who do i even call about this? annapolis'],
    [22, 'l', 'Good evening — Rachel here, from the Ask Us Now! service at Anne Arundel County Public Library.'],
    [28, 'l', 'Oh no. How old is she, and are any of the others showing it?'],
    [70, 'p', 'shes 2, just her so far. not eating much'],
    [76, 'l', 'Let me look for who handles sick backyard birds in Maryland, bear with me.'],
    [190, 'l', "Still looking — UMD Extension has a small-flock poultry page, and I'm checking whether the state runs a lab that tests birds."],
    [305, 'l', "Found it. The Maryland Department of Agriculture's animal health lab in Frederick tests sick poultry: call them at 301-555-0177 before you bring her in. UMD Extension's backyard flock page is at extension.umd.edu (search 'small flock poultry') and lists the respiratory signs to watch for in the others."],
    [311, 'l', 'Is this what you needed?'],
    [350, 'p', "yes ty, i'll call them tomorrow. that's all"],
    [356, 'l', 'I hope she feels better soon. Thanks for reaching out!'],
  ], usual({ referral: 'pass' })),

  // 11 pickedUpAt 55 s, first line at 170; "take your time"
  s(BEN, '11 coop space per hen in Portland: pickedUpAt 55 s, first line at 170, "Sure, take your time!" and the patron back 254 s later', [
    [0, 'p', 'how much room does each chicken need in a coop? building one this weekend'],
    [170, 'l', "Hi, I'm Ben, a reference librarian at Multnomah County Library. Thanks for waiting!"],
    [176, 'l', 'How big is the space you have for the coop and run?'],
    [210, 'p', 'hmm not sure, gonna go measure brb'],
    [216, 'l', 'Sure, take your time!'],
    [470, 'p', 'ok back. its 8 ft by 10 ft'],
    [478, 'l', "That's room for four to six hens. The usual rule of thumb is about 4 square feet per bird inside the coop and 10 in the run; it's laid out in 'Storey's Guide to Raising Chickens' by Gail Damerow, which we have in print and on Libby. OSU Extension's free guide to small flocks is at extension.oregonstate.edu (search 'backyard poultry')."],
    [484, 'l', 'Does that give you what you need?'],
    [520, 'p', 'yes!! thank u so much'],
    [526, 'l', 'Anything else before you start building?'],
    [545, 'p', 'nope all good'],
    [550, 'l', 'Have fun with it — bye!'],
  ], usual(), { pickedUpAt: at(55) }),

  // 12 a Lost Call: a clarifying question, check-in, notice at exactly 180 s
  s(GWEN, '12 bees in a block wall in Tucson (Lost Call): a clarifying question only, "Are you still there?" at 160, notice + invitation at 210 (180 s)', [
    [0, 'p', 'there are bees going in and out of a hole in my block wall, tucson. are they dangerous'],
    [30, 'l', "Hello, thanks for contacting Ask a Librarian! I'm Gwen at Pima County Public Library."],
    [36, 'l', 'Can you see any comb, or just bees going in and out? And is anyone in the house allergic?'],
    [160, 'l', 'Are you still there?'],
    [210, 'l', "It looks like you may have disconnected, so I'm going to close this chat. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 a goodbye 119 s into the final idle; code null
  s(NADIA, '13 a rooster inside Raleigh: answer at 100, goodbye at 219 (final idle 119 s, no check-in needed), code null', [
    [0, 'p', 'is it legal to have a rooster inside raleigh city limits? asking bc of my neighbor situation lol'],
    [16, 'l', "Hi, Nadia here at Wake County Public Libraries' chat."],
    [22, 'l', "Inside Raleigh's city limits, or out in unincorporated Wake County?"],
    [60, 'p', 'inside the beltline'],
    [100, 'l', "Raleigh's animal rules are in the City Code, Part 12 (Animals), at library.municode.com/nc/raleigh. The city's backyard chickens page on raleighnc.gov explains the hen permit and the rules on roosters."],
    [104, 'l', 'Does this help?'],
    [219, 'l', 'Thanks for chatting — take care!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 14 partly Spanish; silence after "¿Le ayuda esto?"
  s(ANDRES, '14 a neighbor\'s hives in Albuquerque (partly Spanish): 311 by phone, "¿Le ayuda esto?" then the window closes (195 s)', [
    [0, 'p', 'hola, my neighbor has like 5 beehives y me picaron dos veces this week. es legal eso en albuquerque?'],
    [25, 'l', 'Hola, soy Andrés, del servicio Ask a Librarian de Albuquerque & Bernalillo County Library. I can help in English or Spanish.'],
    [31, 'l', '¿Quiere saber las reglas para tener colmenas, cómo poner una queja, o las dos cosas?'],
    [70, 'p', 'las dos please'],
    [80, 'l', 'Las reglas para colmenas están en el código de la ciudad, en cabq.gov (busque "beekeeping"): cuántas colmenas y a qué distancia de la cerca. Para la queja, llame a la línea 311 de la ciudad, 505-555-0311, y pida Animal Welfare.'],
    [86, 'l', '¿Le ayuda esto?'],
    left(270),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' })),

  // 15 a check-in that thanks and invites back, last; no notice
  s(SAM, '15 a mentor beekeeper near Burlington: "Are you still there? If you\'ve had to go, thanks for chatting and come back anytime!" last (225 s)', [
    [0, 'p', 'Hi - how would I find a mentor beekeeper near Burlington? first year with bees'],
    [20, 'l', 'Hi! Sam at Fletcher Free Library in Burlington, happy to help.'],
    [26, 'l', 'Are you hoping for someone to visit your hives in person, or would a class or online group work?'],
    [70, 'p', 'In person would be ideal.'],
    [80, 'l', "The Vermont Beekeepers Association matches new beekeepers with experienced mentors; the sign-up form is at vermontbeekeepers.org/mentoring. 'Homegrown Honey Bees' by Alethea Morrison is a good companion for the first season, and it's in our catalog."],
    [85, 'l', 'Does that point you in the right direction?'],
    [210, 'l', "Are you still there? If you've had to go, thanks for chatting and come back anytime!"],
    left(300),
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 16 "your session time is up"; Lost Call after four patron lines
  s(OLIVIA, '16 three questions in Lakewood OH: "Sorry, your session time is up, so I have to end the chat here. Bye." (dismissal), coded Lost Call', [
    [0, 'p', 'hi! 3 questions. can i have chickens in lakewood ohio, where do i buy chicks, and is there a beekeeping class nearby'],
    [12, 'l', 'Hey! Welcome to KnowItNow — this is Olivia, a librarian with Cuyahoga County Public Library.'],
    [18, 'l', "Let's start with the chickens — are you in the city of Lakewood itself?"],
    [45, 'p', 'yes, near madison ave'],
    [52, 'l', "Lakewood's ordinances are searchable at codelibrary.amlegal.com (choose Lakewood, Ohio, then search 'chickens'). Did that help?"],
    [110, 'p', 'kind of?? its confusing. can u just tell me yes or no. and the other 2 questions'],
    [116, 'l', 'Sorry, your session time is up, so I have to end the chat here. Bye.'],
    [125, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 other patrons waiting, come back later; the library's own desk by phone
  s(TERESA, '17 hens in Sacramento, then a list of bee questions: "several patrons waiting … start a new chat later, or call our Science & Business desk", patron "ok" last', [
    [0, 'p', 'hi, how many hens can i have in sacramento city? also i have a bunch of bee questions after that'],
    [24, 'l', "Good afternoon! Teresa at Sacramento Public Library's Ask a Librarian here."],
    [30, 'l', 'Is your home inside Sacramento city limits, or in the county?'],
    [65, 'p', 'city, land park'],
    [72, 'l', "The City of Sacramento's animal care pages explain the hen limits and how far the coop must be from neighbors' houses: cityofsacramento.gov (search 'backyard chickens')."],
    [78, 'l', 'Did that answer the chicken part?'],
    [115, 'p', 'yes! ok so for bees. how do i start, what do i buy, is there a club, when do bees arrive, and do i need a permit'],
    [122, 'l', "That's a big list, and I have several patrons waiting in the queue right now. Please start a new chat later for the bee questions, or call our Science & Business desk at 916-555-0123 — they love bee questions."],
    [140, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 18 follow-up by me: e-mail read back, "by Thursday", done in 40 h; staff consulted
  s(FRANK, '18 when Frederick first allowed hens, for a school paper (follow-up by me): e-mail read back, "by Thursday", done in 40 h', [
    [0, 'p', 'when did the city of frederick start allowing backyard chickens? doing a school paper on it'],
    [26, 'l', "Good morning! My name is Frank, and I'm a librarian at Frederick County Public Libraries."],
    [32, 'l', 'Is your paper about the City of Frederick itself, or the whole county? And when is it due?'],
    [80, 'p', 'the city. due next friday'],
    [86, 'l', "The current rule is in the City Code at library.municode.com/md/frederick (the Animals chapter), but it doesn't say when hens were first allowed. I'll ask our Maryland Room librarian to go through the aldermen's minutes and e-mail you what she finds. What's your e-mail?"],
    [130, 'p', 'its maya.k2009@example.com'],
    [136, 'l', "Thanks — maya.k2009@example.com. You'll have it by Thursday, before your paper is due."],
    [142, 'l', 'Does the City Code help for now?'],
    [170, 'p', 'yes thank you!!'],
    [175, 'l', 'Anything else for your paper?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Good luck with it, and thanks for using Ask Us Now!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }),

  // 19 the name in the third line; follow-up by me, phone typed, no time, done after 80 h
  s(GRACE, '19 a Cornell bee-foraging study for a 4-H poster (follow-up by me): "hi there!", name in the third line, phone typed, "I will text it to you." no time, done after 80 h', [
    [0, 'p', 'im trying to find the cornell study about how far honey bees fly from the hive? for my 4H poster'],
    [30, 'l', 'hi there!'],
    [35, 'l', 'Do you remember about when it came out, or who wrote it?'],
    [70, 'p', 'no idea. like the last 10 yrs maybe'],
    [76, 'l', "I'm Grace btw, a librarian at Tompkins County Public Library. Give me a minute to search."],
    [150, 'l', "I'm finding a few candidates in Academic Search Premier, but not the full text. I'll pull the right article and send it to you. What's a good phone number to text the link to?"],
    [190, 'p', '607-555-0104'],
    [196, 'l', 'Got it, I will text it to you.'],
    [200, 'l', 'Did the database tip help in the meantime?'],
    [240, 'p', 'yeah ok thanks'],
    [246, 'l', 'Thanks for asking, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 20 follow-up by the patron's library: phone read back, "within three days", done exactly 72 h later (-04:00)
  s(HECTOR, '20 Montgomery County hen rules and news for a letter (follow-up by patron\'s library): phone read back, "within three days", done exactly 72 h later (-04:00)', [
    [0, 'p', 'Hello. I am writing a letter to the county council about backyard hens in Montgomery County. Can you help me find the current rules and any past news coverage?'],
    [35, 'l', 'Good afternoon, this is Hector, a librarian with AskUsNow!, the Maryland statewide chat.'],
    [41, 'l', 'Are you looking for the zoning rules themselves, or mostly the newspaper coverage of the debate?'],
    [95, 'p', 'Both, but news is more important.'],
    [102, 'l', "The zoning rules are in the Montgomery County Code at codelibrary.amlegal.com (search 'poultry'). For news coverage, Montgomery County Public Libraries has the local papers and can search them for you, so I'll pass your question to them. What's the best number to reach you?"],
    [160, 'p', '301-555-0129, evenings are best'],
    [166, 'l', "So that's 301-555-0129, evenings. Someone from MCPL will call you within three days."],
    [172, 'l', 'Is the County Code link useful for now?'],
    [220, 'p', 'Yes, it is. Thank you, that is all.'],
    [226, 'l', 'My pleasure. Thanks for using AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: '2026-03-05T11:03:51-04:00' }] }, { now: T0 + 6 * DAY }),

  // 21 a promise with e-mail and time, coded Answered; disconnect notice without a check-in; one referral without contact
  s(IMANI, '21 starting bees in Pittsburgh: Burgh Bees by URL, Master Gardeners with no contact, "I\'ll send it by tomorrow morning" coded Answered, notice 194 s in', [
    [0, 'p', 'hey, want to start beekeeping in pittsburgh. where do people learn? also what flowers should i plant for them'],
    [20, 'l', 'Hello! Imani at Carnegie Library of Pittsburgh, welcome to the chat.'],
    [26, 'l', 'Do you have a yard for the hives, or were you thinking of a community apiary?'],
    [70, 'p', 'small yard in lawrenceville'],
    [76, 'l', 'Burgh Bees teaches beginner classes and runs a community apiary; sign up for one of their classes at burghbees.org. For plants, ask the Penn State Extension Master Gardeners of Allegheny County — they know which flowers do well here.'],
    [82, 'l', "I can also e-mail you the extension's pollinator plant list. What's your e-mail?"],
    [120, 'p', 'sure its dee.lawrenceville@example.net'],
    [126, 'l', "Great, dee.lawrenceville@example.net — I'll send it by tomorrow morning."],
    [320, 'l', "It seems we've been disconnected, so I'll end this chat now. Thanks for using Ask a Librarian!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail', contact: 'pass', onTime: 'fail', referral: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 22 Spanish, follow-up by the patron's library: the e-mail only in patron.email
  s(CAMILA, '22 gallinas y pollitas en Hialeah (Spanish, follow-up by patron\'s library): "le escribirán antes del miércoles", e-mail only in patron.email', [
    [0, 'p', 'Buenas, ¿puedo tener gallinas en mi casa en Hialeah? y donde consigo pollitas'],
    [28, 'l', 'Hola, le atiende Camila, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [34, 'l', '¿Su casa está dentro de la ciudad de Hialeah, o en una zona no incorporada del condado?'],
    [80, 'p', 'dentro de hialeah'],
    [88, 'l', 'Cada municipio tiene sus propias reglas. El código de Hialeah se puede consultar en library.municode.com/fl/hialeah (busque "poultry"). Voy a pasar su pregunta sobre dónde comprar pollitas a la biblioteca de Hialeah; ellos le escribirán antes del miércoles.'],
    [94, 'l', '¿Le sirve esto por ahora?'],
    [140, 'p', 'si gracias, es todo'],
    [146, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_LIB, patron: { name: null, email: 'lucia.r@example.com', phone: null } }),

  // 23 an announced transfer with a note that says why; the receiver judged over her part
  s(WILL, '23 rooftop hives in Baltimore City: transfer notice + internal note why, Dana 84 s later; Dana\'s three other chats all closed before the transfer', [
    [0, 'p', 'Hi, I want to put two hives on my rooftop deck in Baltimore City. Is that allowed?'],
    [20, 'l', "Hi, this is Will with AskUsNow!, Maryland's statewide library chat."],
    [26, 'l', 'Is it your own rowhouse, or an apartment building with a landlord?'],
    [60, 'p', 'my own rowhouse, Hampden'],
    [66, 'l', "I'm going to transfer you to Dana, our urban agriculture librarian at Enoch Pratt — she knows the city rules far better than I do. Hang tight for a moment."],
    [68, 'i', 'Dana, can you take this one? Rooftop beehives in Baltimore City, owner of a Hampden rowhouse, asking what the city allows.'],
    xfer(72, 'Dana', 'dana-w'),
    [150, 'l', 'Hi! Dana here, urban agriculture librarian at Pratt. I read your question.', as(DANA)],
    [156, 'l', "Rooftop hives are allowed in the city as long as they're registered with the state and meet the Health Code's rules on water and flyaway barriers. The registration form is on mda.maryland.gov (Apiary Inspection), and the Baltimore Beekeepers Guild has a rooftop checklist at baltimorebeekeepers.org.", as(DANA)],
    [162, 'l', 'Does that answer it?', as(DANA)],
    [200, 'p', "Yes, that's everything. Thanks!"],
    [206, 'l', 'You are welcome! Bye, and happy beekeeping.', as(DANA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('w1', 'will-w', -50, 500), other('w2', 'will-w', 10, 400),
      other('d1', 'dana-w', -300, 60), other('d2', 'dana-w', -120, 65), other('d3', 'dana-w', -30, 70), other('d4', 'dana-w', 100, 600),
    ],
  }),

  // 24 a silent transfer, the receiver 135 s after the patron; the Extension office by phone
  s(ELLIOT, '24 4-H poultry for a 10-year-old: silent transfer (no note, no notice), Keisha 135 s after the patron, Extension 4-H by phone', [
    [0, 'p', 'my daughter (10) wants to raise chickens for 4-H. how does she sign up? we live near Westminster'],
    [22, 'l', 'Hello, Elliot here at Ask Us Now!, answering for Carroll County Public Library.'],
    [28, 'l', 'Is this her first year in 4-H, or is she already in a club?'],
    [60, 'p', 'first year'],
    xfer(70, 'Keisha', 'keisha-w'),
    [195, 'l', 'Hello, Keisha with Ask a Librarian picking up your chat.', as(KEISHA)],
    [201, 'l', "4-H enrollment goes through the county Extension office. Call University of Maryland Extension in Carroll County at 410-555-0190 and ask for the 4-H coordinator; they'll tell her which club near you has a poultry project. 'A Kid's Guide to Keeping Chickens' by Melissa Caughey is a great book for her age too, and it's in our catalog.", as(KEISHA)],
    [207, 'l', 'Does that help?', as(KEISHA)],
    [240, 'p', 'yes thanks so much'],
    [246, 'l', 'Anything else I can help with?', as(KEISHA)],
    [270, 'p', 'no thats all'],
    [275, 'l', 'Have fun with the chicks! Bye.', as(KEISHA)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 25 a transfer note that says no why; four at once for Nora; a referral with no contact
  s(NORA, '25 honey bees inside a wall in State College: notice + internal "all yours 👍" (no why), Nora with three others open, "ask the Centre County Beekeepers Association" (no contact)', [
    [0, 'p', 'bees are living INSIDE our wall, you can hear them buzzing. who removes that? state college pa'],
    [18, 'l', 'Hi, Nora at Schlow Centre Region Library here.'],
    [24, 'l', 'Do you think they are honey bees, or could they be wasps or yellowjackets?'],
    [60, 'p', 'honey bees i think, we see them on the clover'],
    [66, 'l', "I'm passing you to a colleague now, one moment."],
    [68, 'i', 'all yours 👍'],
    xfer(70, 'Owen', 'owen-w'),
    [130, 'l', "Hi, Owen here, also a librarian at Schlow. Honey bees in a wall usually need a cut-out, since the comb has to come out too. Penn State Extension explains the options at extension.psu.edu (search 'honey bees in buildings'). Ask the Centre County Beekeepers Association for someone who does cut-outs.", as(OWEN)],
    [136, 'l', 'Did that help?', as(OWEN)],
    [170, 'p', 'yes thank you'],
    [176, 'l', 'Thanks for chatting, good luck!', as(OWEN)],
  ], usual({ anything: 'fail', concurrency: 'fail', referral: 'fail', transfer: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nora-w', -100, 300), other('n2', 'nora-w', -20, 200), other('n3', 'nora-w', 10, 150)],
  }),

  // 26 chat-speak; no source; four others staggered, three at most
  s(ZEE, '26 hens stopped laying in December (chat-speak): "gimme a sec", daylight explained with no source, four other chats staggered (three at most)', [
    [0, 'p', 'my hens stopped laying eggs?? its december. r they sick or what 🥚😭'],
    [10, 'l', 'hiya! zee from Ask a Librarian @ Kansas City Public Library 👋'],
    [15, 'l', 'how old r they, and do they have a light in the coop?'],
    [40, 'p', 'like 1.5 yrs, no light'],
    [45, 'l', 'gimme a sec'],
    [130, 'l', "ok so totally normal!! hens need about 14 hrs of daylight to lay well, so they slow way down in winter, and lots of them molt in fall too. they'll pick back up in spring"],
    [135, 'l', 'that help?'],
    [160, 'p', 'omg ok phew. thats all i needed lol'],
    [165, 'l', 'yay! bye 👋'],
  ], usual({ source: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zee-w', -100, 60), other('z2', 'zee-w', 40, 120), other('z3', 'zee-w', 100, 300), other('z4', 'zee-w', 150, 400)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (swarm macro): coded Practice, every check na', [
    [0, 'p', 'testing - bee swarm question for training'],
    [6, 'l', 'hi, trainee here practicing the swarm macro'],
    [12, 'l', 'Swarm help: see our bee page at example.org/bees. Does that answer your question?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined; a source with no codes
  s(NOBODY, '28 spring chicken classes: no provider ever joined, "anyone there?", window closed, no resolution code field (the source has none)', [
    [0, 'p', 'hi, does the library have any classes on raising backyard chickens this spring?'],
    [4, 's', 'All of our librarians are helping other people. Please stay on this page.'],
    [150, 'p', 'anyone there?'],
    [215, 'p', 'guess not'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { source: 'libraryh3lp', resolutionCode: undefined }),

  // 29 a Lost Call after an answer: check-in, a notice that says nothing of ending
  s(IVY, '29 selling backyard honey in Columbus (Lost Call): no question before the answer, "Are you still there?", "Looks like you might have lost your connection." (no ending)', [
    [0, 'p', 'can i sell honey from my backyard hives at the farmers market in columbus ohio without a license'],
    [20, 'l', "Hi, I'm Ivy, a librarian with Columbus Metropolitan Library."],
    [60, 'l', "Ohio treats honey from small beekeepers as a cottage food: the Ohio Department of Agriculture's page at agri.ohio.gov (search 'cottage food') explains the labeling rules and when a beekeeper needs a license."],
    [65, 'l', 'Did that help?'],
    [150, 'l', 'Are you still there?'],
    [200, 'l', 'Looks like you might have lost your connection.'],
    left(260),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'fail', source: 'pass', complete: 'pass', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'fail', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 the greeting over two lines; the patron's goodbye after the provider's; code ""
  s(RAY, '30 a 6x8 coop in Boise: "Hello!" then "This is Ray at … Boise Public Library", the patron\'s "thx bye!! 🐔" after the goodbye, code ""', [
    [0, 'p', 'do i need a permit for a chicken coop in boise? its like 6x8'],
    [15, 'l', 'Hello!'],
    [20, 'l', 'This is Ray at the Cherry Lane branch of Boise Public Library. Is the coop going in a backyard inside the city, or on county land?'],
    [50, 'p', 'backyard, city. north end'],
    [56, 'l', "Boise lets you keep hens in residential zones; the coop has to meet setbacks, and one as small as 6x8 usually doesn't need a building permit. The details are in the Boise City Code's zoning title at cityofboise.org (search 'chickens'), and 'Storey's Guide to Raising Chickens' at the library covers coop basics."],
    [62, 'l', 'Does that help with the permit question?'],
    [100, 'p', "yes thats exactly it. that's all I needed"],
    [106, 'l', 'Great! Thanks for chatting with us, bye!'],
    [115, 'p', 'thx bye!! 🐔'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BACKYARD.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('05')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"). Message 5: "Then you can call any of them directly, no need to involve the neighbor." refers again to the parties of message 2, "Pick a beekeeper from the Austin Area Beekeepers Association\'s swarm list and call them — most will collect a swarm for free: austinareabeekeepers.org/swarm-removal", where they come with the list\'s URL (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)"; nothing asks for the way to reach them in the same message).',
};

describe('sixty-fifth round: backyard chickens and beekeeping, checked', () => {
  describeSessions('whole sessions', BACKYARD.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BACKYARD.filter((c) => c.name in LEFT_WHY));
});
