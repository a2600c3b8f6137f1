/**
 * Sixty-eighth round, theme MUSHROOMS, WILD PLANTS AND FORAGING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: identifying mushrooms and poison control (a toddler who swallowed a yard
 * mushroom, a big white backyard mushroom and photos, orange garden mushrooms in Spanish, mulch mushrooms and a dog, a spore
 * print), edible and toxic plants (purslane in Spanish, poke sallet, raw elderberries, wild onion or death camas, knotweed
 * shoots, poison hemlock or Queen Anne's lace, dandelion leaves, park berries and a dog in Spanglish), foraging rules
 * (Pennsylvania state parks, Milwaukee County parks, Mt. Hood National Forest, ramps in the Smokies), mycology clubs (the
 * Twin Cities, a 15-year-old in Tulsa, a Boulder club meeting at the library, October mushrooms in Indiana), seed libraries
 * (free tomato seeds, donating saved beans), invasive plants (garlic mustard, buckthorn), native edible plants for a
 * pollinator garden, and wild-food books (an older Stalking the Wild Asparagus, PNW cookbooks for a book club, a Hill Country
 * field guide), and morel season in Michigan with nobody answering. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/foraging-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (02: pass) and at 61 s (03: fail); a question about symptoms inside the greeting line
 *   (01); "Hey there! What can I help with?" under the screen name AskDesk (05: names no one, fail); "Hi there!" + "This is
 *   Sunny with the Ask a Librarian service …" split over two lines (12: pass); Spanish "¡Buenas tardes! Le atiende Rocío …"
 *   (04) and a Spanish/English "Hello, this is Carmen … ¿Sabe qué arbusto era …?" (25); `pickedUpAt` at 45 s with the first
 *   line at 90 (29); a waiting-room system line and no provider ever (23);
 *  inquiry: symptoms, state or city park, forays or classes, herbicide on the lawn, vegetables or wildflowers, shoots or
 *   berries, county or state land, first edition or any printing, eat or curiosity, PNW or general, the species, the crush
 *   test, own or public land, pick or sell, sun or shade, touched or not, hunts or ID, which side of the park, the kind of
 *   land; the source before "Are you in the Pacific Northwest …?" (28: fail); a restatement with no question mark (29: pass);
 *  waits: a hold answered 121 s later (06: fail) and exactly 120 s later (07: pass); a 69 s hold (30) and an 84 s hold (24);
 *   "No problem, take your time." and the patron back 190 s later (17: waiting on the patron, pass); a transfer announced in
 *   the greeting line and the receiver 65 s later (18); a silent transfer, the receiver 125 s after the patron (19: fail);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 145 and a notice + thanks + invitation back at 200
 *   (11: final idle exactly 180 s, both pass); a goodbye 119 s after the answer (12: idle na); "Still with me?" and a
 *   goodbye exactly 120 s after the answer (13: idle pass, notice na); a check-in and the session ending 200 s after the
 *   answer with no notice or goodbye (14: idle pass, notice fail, courteous fail); a notice that does not ask, 200 s after the
 *   answer (15: idle fail, notice pass); "We only do one question per chat, sorry. Bye." (16: dismissal); "a few other
 *   patrons waiting, so please chat back in later" (17: allowed); the patron's "perfect, thats everything!!" as the last line
 *   after a hold and an answer (30: courteous fails); goodbyes "I hope he's fine. Thank you for reaching out.", "Enjoy
 *   Ricketts Glen, bye for now!", "¡Con gusto! Gracias por escribirnos y buen provecho.", "ok, bye!", "Wise choice! Thanks
 *   for chatting.", "Thanks, talk soon!", "Thanks for using AskUsNow!, take care.", "¡Suerte! Gracias por escribirnos.";
 *   patron-side "no thats it", "thats all i needed", "era todo lo que necesitaba", "nope thats all", "thats everything for
 *   now", "si gracias, es todo", "thats all i needed to know", "thats all, thank you", "ya thats all i wanted to know 👍",
 *   and "yep", "ok calling", "ok sounds good", "wow ok", "yes thats helpful thanks" that do not count;
 *  sources: state and county agency pages (dcnr.pa.gov, dnr.wisconsin.gov, county.milwaukee.gov, fs.usda.gov, nps.gov,
 *   mdc.mo.gov), extension pages (NC State's Plant Toolbox, Ohioline twice, University of Idaho), namyco.org, aspca.org,
 *   riwps.org, foragingtexas.com, library catalogues with named books (Elias & Dykeman, Kuo & Methven, Arora, Trudell &
 *   Ammirati, Meredith, Deur, Tull), a seed library page, an events calendar; none (27: dandelions answered from memory);
 *  referrals: Poison Control by phone (01); the Minnesota Mycological Society with its URL (03: LEFT); the Colorado
 *   Mycological Society "puede escribirles desde cmsweb.org" (18); the library's Downtown checkout desk by street address
 *   (19: LEFT); the ASPCA Animal Poison Control Center by phone (25); "give your county Extension office a call" with no
 *   number (26: fail); staff or a society the provider asks on the patron's behalf (09, 10, 24) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 71 h (08: pass); FU_LIB, phone typed and read back,
 *   no time given, never recorded by day 4 (09: contact and on_time fail); a promise to e-mail "by tomorrow afternoon" with
 *   the e-mail read back, coded Answered (10: code fails, contact passes, on_time pending); FU_ME with "get back to you
 *   tomorrow" and the e-mail only in `patron.email` (24: code passes, contact fails, on_time pending);
 *  codes: a true Lost Call (11); Lost Call after three patron lines (25); null with no provider (23); an empty string (29);
 *   Practice (22);
 *  transfers: announced in a visible line with an internal note that says why (18: pass); an internal note only (19: fail);
 *  concurrency: three others open through the session, four at once (20: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (21: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there! What can I help with?" greets but identifies no one, and the screen name does not count (05);
 * - a question inside the greeting line ("Is he having any symptoms …?", "¿Sabe qué arbusto era …?") is a question about
 *   the need, not the greeting's "how can I help?" (01, 25);
 * - "Does that give you what you need?", "Does the catalogue record help in the meantime?", "Are those two titles the kind
 *   of thing you had in mind?", "Does that give you enough to start?", "Does that help you tell them apart?", "¿Le sirve?"
 *   ask whether what was given meets the need;
 * - a referral tells the patron to contact or visit someone: "get in touch with the Minnesota Mycological Society" (03),
 *   "puede escribirles desde cmsweb.org" (18), "call … Poison Control … at 1-800-222-1222" (01), "call the ASPCA Animal
 *   Poison Control Center … at (888) 426-4435" (25), "give your county Extension office a call" (26: no contact) and "Drop
 *   them … at the Downtown Library's checkout desk, 343 S. Fifth Ave" (19: visiting the provider's own library, with a street
 *   address) are referrals; "I'll pass your photos to the science staff at your home library", "I'll ask them [a team, a
 *   society] and get back to you" are consultations on the patron's behalf (09, 10, 24: na); "the parks hold volunteer
 *   garlic mustard pulls every spring" tells the patron to contact no one (07: na);
 * - "It looks like you've disconnected, so I'll end the chat now. Feel free to reach out again anytime!" is a notice and a
 *   goodbye (it invites back) but asks nothing (15); "It seems you've disconnected, so I'm closing this chat now. Thanks for
 *   stopping by, and come back anytime!" ends the Lost Call's final idle at exactly 180 s from the greeting (11);
 * - "We only do one question per chat" tells the patron they have reached a limit of questions (16);
 * - "Someone from your library's science desk will give you a call." names no time (09: contact fails);
 * - the e-mail in `patron.email` makes a contact known for resolution.code but is not confirmed in the chat (24).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0 (both disagreements reread against RUBRIC.md; the labels
 * stand).
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "Then get in touch with the Minnesota Mycological Society: … Their schedule and membership
 *    form are at minnesotamushrooms.org." read as a referral without a way to reach (fail; RUBRIC pass: the URL is given);
 *  - referral.contact, case 19: "Drop them in a labeled envelope at the Downtown Library's checkout desk, 343 S. Fifth Ave"
 *    read as no referral (na; RUBRIC pass: told to visit the provider's own library, with a street address).
 * Every timing check (pickup at 60, 61 and by `pickedUpAt`, no provider; keep_informed at 120 and 121 s, across a
 * transfer notice and after a silent transfer (125 s), "take your time"; final idles of 119, 120, 180 and 200 s;
 * concurrency at four and at touching ends; on_time done at 71 h, missed by day 4, pending at day 1 twice) scored as labelled
 * on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read
 * back, a patron phone read back, an e-mail only in `patron.email`, helpline phones and a street address beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft). `tsc -p tsconfig.json --noEmit`
 * clean.
 * RUBRIC v62 (block AB, written after this file): case 03 (AB7: "Their schedule and membership form are at
 *   minnesotamushrooms.org." is the society's own site) now scores as labelled and runs with the others; 19 is still LEFT; no
 *   label changed.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The waiting-room line of the chat widget (system). */
const waiting = (sec: number, n = 1): Line => [sec, 's', `All librarians are helping other people. Your place in line: ${n}.`];

const DANA: Prov = { id: 'dana-f', name: 'Dana', library: 'MCL-OR' };
const MARCUS: Prov = { id: 'marcus-f', name: 'Marcus', library: 'FLP' };
const SIGRID: Prov = { id: 'sigrid-f', name: 'Sigrid', library: 'HCL-MN' };
const ROCIO: Prov = { id: 'rocio-f', name: 'Rocío', library: 'SAPL' };
const ASKDESK: Prov = { id: 'askdesk-f', name: 'AskDesk', library: 'SLCL' };
const HOLLIS: Prov = { id: 'hollis-f', name: 'Hollis', library: 'WCPL-NC' };
const IMANI: Prov = { id: 'imani-f', name: 'Imani', library: 'MPL-WI' };
const OWEN: Prov = { id: 'owen-f', name: 'Owen', library: 'CLP' };
const PEARL: Prov = { id: 'pearl-f', name: 'Pearl', library: 'BCPL-MD' };
const QUENTIN: Prov = { id: 'quentin-f', name: 'Quentin', library: 'KCLS' };
const TESS: Prov = { id: 'tess-f', name: 'Tess', library: 'DELIB' };
const SUNNY: Prov = { id: 'sunny-f', name: 'Sunny', library: 'WPL-OH' };
const TOBIAS: Prov = { id: 'tobias-f', name: 'Tobias', library: 'BPL-ID' };
const UNA: Prov = { id: 'una-f', name: 'Una', library: 'KCPL-MO' };
const VERA: Prov = { id: 'vera-f', name: 'Vera', library: 'DPL-OR' };
const WALT: Prov = { id: 'walt-f', name: 'Walt', library: 'ACPL-IN' };
const XAVIER: Prov = { id: 'xavier-f', name: 'Xavier', library: 'PPL-RI' };
const TOM: Prov = { id: 'tom-f', name: 'Tom', library: 'DPL-CO' };
const LUCIA: Prov = { id: 'lucia-f', name: 'Lucía', library: 'DPL-CO' };
const YARA: Prov = { id: 'yara-f', name: 'Yara', library: 'AADL' };
const ZEKE: Prov = { id: 'zeke-f', name: 'Zeke', library: 'AADL' };
const ZELDA: Prov = { id: 'zelda-f', name: 'Zelda', library: 'KCPL-TN' };
const ABBY: Prov = { id: 'abby-f', name: 'Abby', library: 'CCPL-OH' };
const TRAINEE: Prov = { id: 'trainee-f', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-f', name: 'Queue', library: 'MEL' };
const BRENT: Prov = { id: 'brent-f', name: 'Brent', library: 'TCCL' };
const CARMEN: Prov = { id: 'carmen-f', name: 'Carmen', library: 'EPPL' };
const DEV: Prov = { id: 'dev-f', name: 'Dev', library: 'WKPL' };
const EMMA: Prov = { id: 'emma-f', name: 'Emma', library: 'KDL' };
const FELIX: Prov = { id: 'felix-f', name: 'Felix', library: 'SPL-WA' };
const GRETA: Prov = { id: 'greta-f', name: 'Greta', library: 'APL-TX' };
const HUGO: Prov = { id: 'hugo-f', name: 'Hugo', library: 'BPL-CO' };

const s = session;

export const FORAGING: SessionCase[] = [
  // 01 poison control with a phone number
  s(DANA, '01 toddler swallowed a yard mushroom: symptoms asked in the greeting, Poison Control 1-800-222-1222, "no thats it"', [
    [0, 'p', 'my 2 yr old just put a mushroom from the yard in his mouth!! i think he swallowed some what do i do'],
    [14, 'l', 'Hi, this is Dana, a librarian at Multnomah County Library. Is he having any symptoms right now, like vomiting or being unusually sleepy?'],
    [30, 'p', 'no he seems fine, its a little brown one'],
    [36, 'l', "Please call Poison Control right now at 1-800-222-1222. It's free and open 24/7, and they'll tell you what to watch for. Keep a piece of the mushroom in a paper bag (not plastic) in case an expert needs to see it."],
    [42, 'l', 'Does that give you what you need?'],
    [70, 'p', 'ok calling them now thank u'],
    [75, 'l', 'Anything else I can do for you?'],
    [90, 'p', 'no thats it'],
    [95, 'l', "I hope he's fine. Thank you for reaching out."],
  ], usual({ referral: 'pass' })),

  // 02 pickup exactly 60 s
  s(MARCUS, '02 berries and mushrooms in Pennsylvania state parks: pickup at exactly 60 s, DCNR rules, "Enjoy Ricketts Glen, bye for now!"', [
    [0, 'p', 'Can I pick berries and mushrooms in Pennsylvania state parks or is that illegal'],
    [60, 'l', 'Good morning! Marcus here, reference librarian at the Free Library of Philadelphia.'],
    [66, 'l', 'Are you thinking of a state park, or a city park like the Wissahickon?'],
    [100, 'p', 'state parks, mostly ricketts glen'],
    [106, 'l', 'DCNR allows picking edible fruits, nuts and mushrooms for personal use in state parks, but not digging plants or roots. The rule is in the Pennsylvania Code, Title 17, Chapter 11, and DCNR sums it up at dcnr.pa.gov (State Parks > Rules and Regulations).'],
    [112, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'perfect yes'],
    [155, 'l', 'Anything else I can look up?'],
    [175, 'p', 'nope'],
    [180, 'l', 'Enjoy Ricketts Glen, bye for now!'],
  ], usual()),

  // 03 pickup at 61 s; a mycological society by URL
  s(SIGRID, '03 a mushroom club in the Twin Cities: pickup at 61 s, "get in touch with the Minnesota Mycological Society … minnesotamushrooms.org"', [
    [0, 'p', 'is there a mushroom club in the twin cities? want to learn to id them w/ real ppl'],
    [61, 'l', 'Hello, and sorry for the wait! Sigrid at Hennepin County Library.'],
    [67, 'l', 'Are you looking for group forays in the woods, or more like classes?'],
    [110, 'p', 'both honestly'],
    [116, 'l', 'Then get in touch with the Minnesota Mycological Society: they run spring and fall forays and identification sessions for members. Their schedule and membership form are at minnesotamushrooms.org.'],
    [122, 'l', 'Does that help?'],
    [160, 'p', 'yes thats all i needed'],
    [165, 'l', 'Happy hunting, and thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 Spanish: purslane in the yard
  s(ROCIO, '04 verdolaga en el patio (Spanish): "Le atiende Rocío", herbicide asked, Elias & Dykeman in the catalogue, "era todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, tengo verdolaga creciendo en mi patio se puede comer? mi abuela la cocinaba'],
    [25, 'l', '¡Buenas tardes! Le atiende Rocío, bibliotecaria de la Biblioteca Pública de San Antonio.'],
    [31, 'l', '¿Ha usado algún herbicida o fertilizante químico en esa parte del patio?'],
    [80, 'p', 'no nada'],
    [86, 'l', 'Entonces sí: la verdolaga (Portulaca oleracea) se come cruda o cocida. Para no confundirla con la lechetrezna, que se le parece, tiene savia blanca y es tóxica, vea el libro "Edible Wild Plants" de Thomas Elias y Peter Dykeman en nuestro catálogo (mysapl.org).'],
    [92, 'l', '¿Le sirvió la información?'],
    [140, 'p', 'si muchas gracias, era todo lo que necesitaba 😊'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos y buen provecho.'],
  ], usual()),

  // 05 greets without saying who; "ok, bye!"
  s(ASKDESK, '05 free tomato seeds from the seed library: "Hey there! What can I help with?" under the screen name AskDesk, "yep", "ok, bye!"', [
    [0, 'p', 'does the library have a seed library?? i want free tomato seeds lol'],
    [10, 'l', 'Hey there! What can I help with?'],
    [40, 'p', 'seed library. free seeds'],
    [46, 'l', 'Are you after vegetables, or native wildflowers?'],
    [70, 'p', 'veggies, tomatoes mostly'],
    [76, 'l', "The Seed Library's stock list is at slcl.org/seed-library, and you can request up to 5 packets a month through the catalogue like a book. No card fee."],
    [82, 'l', 'Did that help?'],
    [100, 'p', 'yep'],
    [104, 'l', 'ok, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 06 a hold answered 121 s later
  s(HOLLIS, '06 poke sallet: "Let me find you a reliable source on that, one moment." answered 121 s later, NC State Plant Toolbox', [
    [0, 'p', 'my neighbor says poke sallet is edible but i read pokeweed is poisonous?? which is it'],
    [20, 'l', 'Hi! Hollis with Wake County Public Libraries here.'],
    [26, 'l', 'Are you asking about the young spring shoots, or the berries and roots?'],
    [60, 'p', 'the shoots, she wants to cook some for me'],
    [66, 'l', 'Let me find you a reliable source on that, one moment.'],
    [187, 'l', 'Thanks for holding. Every part of pokeweed is toxic; traditional poke sallet uses only young shoots boiled in several changes of water, and people still get sick from it. NC State Extension\'s Plant Toolbox entry explains the toxins: plants.ces.ncsu.edu/plants/phytolacca-americana.'],
    [193, 'l', 'Does that answer your question?'],
    [240, 'p', 'yeah, i think ill pass on it lol. thats all'],
    [245, 'l', 'Wise choice! Thanks for chatting.'],
  ], usual({ informed: 'fail' })),

  // 07 a hold answered exactly 120 s later
  s(IMANI, '07 garlic mustard in Milwaukee County parks: "hang tight" answered exactly 120 s later, DNR and park rules by URL', [
    [0, 'p', 'can i pull garlic mustard in milwaukee county parks and eat it? its everywhere'],
    [18, 'l', "Good afternoon, you've reached Imani at Milwaukee Public Library. Happy to help!"],
    [24, 'l', 'Are you asking about county parks specifically, or state land too?'],
    [55, 'p', 'county parks'],
    [62, 'l', 'Let me check the parks ordinance, hang tight.'],
    [182, 'l', "Okay: the Wisconsin DNR's garlic mustard page (dnr.wisconsin.gov/topic/Invasives) says the young leaves are edible, great in pesto. The county park rules at county.milwaukee.gov/parks say removing plants needs permission, but the parks hold volunteer garlic mustard pulls every spring where picking it is the whole point."],
    [188, 'l', 'Did that help?'],
    [230, 'p', 'yes!! cool ty'],
    [235, 'l', 'Anything else today?'],
    [250, 'p', 'nope thats all'],
    [254, 'l', 'Have fun pulling, bye!'],
  ], usual()),

  // 08 follow-up by me, e-mail read back, "by Thursday", done in 71 h
  s(OWEN, '08 an older Stalking the Wild Asparagus (follow-up by me): e-mail read back, "by Thursday", done in 71 h', [
    [0, 'p', 'looking for a copy of Stalking the Wild Asparagus by euell gibbons, older edition with the original illustrations if possible'],
    [22, 'l', 'Hello, Owen at Carnegie Library of Pittsburgh here. Thanks for writing in!'],
    [28, 'l', 'Do you need the 1962 first edition specifically, or any printing with the original drawings?'],
    [70, 'p', 'any older printing is fine, its a gift idea but i want to read it first'],
    [76, 'l', "Our catalogue (carnegielibrary.org) shows a 1970s paperback at the Squirrel Hill branch, but it's marked missing. I'll check our other copies and interlibrary loan and e-mail you what I find by Thursday. What address should I use?"],
    [120, 'p', 'sure its mjkowal@example.net'],
    [126, 'l', 'Thanks, mjkowal@example.net. Does the catalogue record help in the meantime?'],
    [160, 'p', 'yes thank you'],
    [165, 'l', 'Anything else I can help with?'],
    [180, 'p', 'no thats it'],
    [184, 'l', 'Thanks, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(71 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 follow-up by the patron's library by phone, no time given, never recorded
  s(PEARL, '09 a big white backyard mushroom (follow-up by patron\'s library): phone read back, no time given, not recorded by day 4', [
    [0, 'p', 'found a big white mushroom in my backyard after the rain, can someone tell me if its safe? I have pics'],
    [35, 'l', 'Hi! Pearl here, a librarian with AskUsNow!'],
    [41, 'l', 'Was anyone planning to eat it, or is it more curiosity?'],
    [90, 'p', 'curious mostly, but my husband wants to cook it'],
    [96, 'l', "Please don't eat it on a photo ID alone: several deadly Amanitas are big and white. NAMA's page on mushroom poisoning, namyco.org/mushroom_poisoning_syndromes.php, explains why. I'll pass your photos to the science staff at your home library so a local expert can look. What number can they call you at?"],
    [150, 'p', '410-555-0187'],
    [156, 'l', "Got it, 410-555-0187. Someone from your library's science desk will give you a call."],
    [162, 'l', 'Does the NAMA page help in the meantime?'],
    [200, 'p', 'yes, we wont eat it lol'],
    [205, 'l', 'Good plan! Anything else?'],
    [230, 'p', 'no thank you'],
    [235, 'l', 'Thanks for using AskUsNow!, take care.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 10 a promise to e-mail "by tomorrow afternoon", coded Answered
  s(QUENTIN, '10 wild food cookbooks for a book club: "e-mail you the answer by tomorrow afternoon", e-mail read back, coded Answered', [
    [0, 'p', 'our book club is doing a foraging theme month. any good wild food cookbooks? we need 10 copies of one title ideally'],
    [24, 'l', 'Hi there, Quentin, librarian at King County Library System.'],
    [30, 'l', 'Do you want a regional Pacific Northwest book, or something general?'],
    [70, 'p', 'PNW would be cool'],
    [76, 'l', "\"The Forager's Feast\" by Leda Meredith and \"Pacific Northwest Foraging\" by Douglas Deur are both in our catalogue (kcls.org). Book club kits are handled by a separate team; I'll ask them which title has enough copies and e-mail you the answer by tomorrow afternoon. What's your e-mail?"],
    [120, 'p', 'bookclub.renton@example.org'],
    [126, 'l', 'I have bookclub.renton@example.org. Are those two titles the kind of thing you had in mind?'],
    [170, 'p', 'yes exactly. thats everything for now'],
    [175, 'l', 'Great, talk tomorrow. Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 11 a true Lost Call, final idle exactly 180 s
  s(TESS, '11 mushrooms in the mulch and a dog (Lost Call): greeting only, "Are you still there?" at 145, notice + invitation back at 200 (idle 180 s)', [
    [0, 'p', 'how do i know if the mushrooms in my mulch are poisonous to my dog'],
    [20, 'l', "Hello! Tess at Delaware Libraries' Ask a Librarian. How can I help today?"],
    [145, 'l', 'Are you still there?'],
    [200, 'l', "It seems you've disconnected, so I'm closing this chat now. Thanks for stopping by, and come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 12 greeting split over two lines; a goodbye 119 s after the answer
  s(SUNNY, '12 raw elderberries: "Hi there!" + "This is Sunny with …" in two lines, goodbye 119 s after the answer (no check-in needed)', [
    [0, 'p', 'r raw elderberries poisonous? making syrup and my recipe says cook them'],
    [15, 'l', 'Hi there!'],
    [19, 'l', 'This is Sunny with the Ask a Librarian service at Westerville Public Library.'],
    [40, 'l', "Is it black elderberry you have, or aren't you sure of the species?"],
    [70, 'p', 'black ones from the farmers market'],
    [76, 'l', "Your recipe is right: raw berries, stems and leaves can cause nausea, so cook the berries and strip the stems. Ohio State's Ohioline fact sheet on elderberry (ohioline.osu.edu) covers it. Does that help?"],
    [195, 'l', 'Thanks for chatting, take care!'],
  ], usual({ anything: 'fail' })),

  // 13 final idle exactly 120 s with a check-in
  s(TOBIAS, '13 wild onions or death camas: crush-test asked, answer at 66, "Still with me?" at 160, goodbye at 186 (idle exactly 120 s)', [
    [0, 'p', 'i have wild onions in my lawn. how do i tell them from death camas? want to put them in eggs'],
    [22, 'l', 'Hello, this is Tobias, librarian at Boise Public Library.'],
    [28, 'l', 'Do they smell like onion when you crush a leaf?'],
    [60, 'p', 'yes strong onion smell'],
    [66, 'l', "That's the key test: death camas has no onion smell, and if any plant in the clump doesn't smell, leave the whole clump. University of Idaho Extension's bulletins on poisonous range plants (uidaho.edu/extension/publications) show both side by side. Is that what you needed?"],
    [160, 'l', 'Still with me?'],
    [186, 'l', 'Thanks for stopping by, goodbye!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 14 a check-in and no notice, idle 200 s
  s(UNA, '14 knotweed shoots by a city creek: answer at 56, "Are you still there?" at 186, session ends at 256 with no notice or goodbye', [
    [0, 'p', 'japanese knotweed shoots edible?? tons along the creek by me'],
    [18, 'l', 'Hi, Una from Ask a Librarian at Kansas City Public Library.'],
    [24, 'l', 'Is the creek on your own property or public land?'],
    [50, 'p', 'city park'],
    [56, 'l', 'Young knotweed shoots are edible (they taste a bit like rhubarb), but park crews often spray knotweed with herbicide, so shoots in a park may not be safe. The Missouri Department of Conservation has an ID page at mdc.mo.gov (search "Japanese knotweed"). Is that what you were looking for?'],
    [186, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 70 }),

  // 15 a notice that does not ask, idle 200 s
  s(VERA, '15 mushroom permit on Mt. Hood: answer at 61, "It looks like you\'ve disconnected, so I\'ll end the chat now. Feel free to reach out again anytime!" at 261', [
    [0, 'p', 'do i need a permit to pick mushrooms in the national forest? going to mt hood this wkend'],
    [20, 'l', 'Good evening! Vera with Ask a Librarian at Deschutes Public Library.'],
    [26, 'l', 'Are you picking for yourself, or planning to sell?'],
    [55, 'p', 'just for me'],
    [61, 'l', "Mt. Hood National Forest allows free personal-use mushroom picking up to a daily limit, but the rules change by season, so check the forest's page: fs.usda.gov/mthood (Passes & Permits > Forest Products). Does that help?"],
    [261, 'l', "It looks like you've disconnected, so I'll end the chat now. Feel free to reach out again anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 16 "We only do one question per chat, sorry. Bye."
  s(WALT, '16 October mushrooms in Indiana, then ramps, pawpaws and sassafras: "We only do one question per chat, sorry. Bye." (dismissal), "wow ok"', [
    [0, 'p', 'what wild mushrooms grow in indiana in october'],
    [25, 'l', 'Hi, Walt here at Allen County Public Library.'],
    [31, 'l', 'Are you hoping to eat them, or identify them for a class?'],
    [60, 'p', 'eat. chicken of the woods mainly'],
    [66, 'l', 'Chicken of the woods and hen of the woods both fruit in October here. "Mushrooms of the Midwest" by Michael Kuo and Andrew Methven has good photos and is in our catalogue at acpl.info. Did that help?'],
    [100, 'p', 'ya! also what about ramps, and paw paws, and is sassafras safe, and where can i sell mushrooms'],
    [108, 'l', 'We only do one question per chat, sorry. Bye.'],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 17 "take your time"; other patrons waiting with a way back
  s(XAVIER, '17 edible natives for a pollinator garden: "No problem, take your time." then 190 s away, "a few other patrons waiting — please chat back in later"', [
    [0, 'p', 'need a list of native plants for a pollinator garden that are ALSO edible for humans'],
    [20, 'l', "Hello! I'm Xavier, a librarian at Providence Public Library."],
    [26, 'l', 'Is this for a sunny spot or a shady one?'],
    [50, 'p', 'hold on let me check with my wife which side of the yard'],
    [55, 'l', 'No problem, take your time.'],
    [245, 'p', 'ok sunny side, full sun'],
    [251, 'l', "For full sun: wild strawberry, bee balm, anise hyssop, serviceberry and elderberry are native to Rhode Island and edible. The Rhode Island Wild Plant Society's native plant list is at riwps.org. Does that give you enough to start?"],
    [300, 'p', 'yes but also can you make me a whole garden plan with spacing and where to buy each and what to plant in shade too'],
    [308, 'l', "That's a bigger project than I can do right now with a few other patrons waiting, so please chat back in later and we can work on the shade list together."],
    [330, 'p', 'ok sounds good'],
    [335, 'l', 'Thanks, happy gardening!'],
  ], usual({ anything: 'fail' })),

  // 18 partly Spanish: a transfer announced, a note that says why
  s(TOM, '18 hongos naranjas en el jardín (partly Spanish): Tom announces the transfer to Lucía with a note why, Colorado Mycological Society by URL', [
    [0, 'p', 'hola, encontramos unos hongos naranjas en el jardín despues de la lluvia, son comestibles?'],
    [20, 'l', "Hi, I'm Tom with Ask a Librarian at Denver Public Library. I'll connect you with my colleague Lucía, who speaks Spanish. One moment please."],
    [24, 'i', 'Lucía, patron writes in Spanish: orange mushrooms in the garden, wants to know if they are edible. Can you take it?'],
    xfer(28, 'Lucía', 'lucia-f'),
    [85, 'l', '¡Hola! Soy Lucía, bibliotecaria de Denver Public Library. ¿Alguien ya comió de esos hongos?', as(LUCIA)],
    [120, 'p', 'no, nadie. solo queremos saber'],
    [126, 'l', 'Qué bueno. Por favor no los coman sin una identificación en persona: hay hongos naranjas tóxicos, como el Omphalotus. La Colorado Mycological Society identifica hongos gratis; puede escribirles desde cmsweb.org.', as(LUCIA)],
    [132, 'l', '¿Le ayuda esta información?', as(LUCIA)],
    [170, 'p', 'si gracias, es todo'],
    [175, 'l', '¡De nada! Gracias por comunicarse con nosotros.', as(LUCIA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 19 a silent transfer; the receiver 125 s after the patron
  s(YARA, '19 donating saved bean seeds: internal note only, silent transfer, Zeke 125 s after the patron, the Downtown Library desk by street address', [
    [0, 'p', 'i saved a bunch of heirloom bean seeds, can i donate them to your seed library?'],
    [20, 'l', 'Hi! Yara, librarian at Ann Arbor District Library.'],
    [26, 'l', 'Are they from open-pollinated plants, and were they saved recently?'],
    [40, 'p', 'yes heirloom, saved last fall'],
    [45, 'i', 'Zeke, seed library donation, you run the seed library, can you take this one?'],
    xfer(50, 'Zeke', 'zeke-f'),
    [165, 'l', "Hello, Zeke here, I coordinate the AADL Seed Library. We'd love them! Drop them in a labeled envelope at the Downtown Library's checkout desk, 343 S. Fifth Ave; the donation guidelines are at aadl.org/seeds.", as(ZEKE)],
    [171, 'l', 'Does that answer your question?', as(ZEKE)],
    [200, 'p', 'yes thanks so much'],
    [205, 'l', 'Anything else?', as(ZEKE)],
    [220, 'p', 'no'],
    [224, 'l', 'Thanks for sharing your seeds, bye!', as(ZEKE)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 20 four at once
  s(ZELDA, '20 digging ramps in the Smokies: three other chats open through this one (four at once)', [
    [0, 'p', 'can i dig ramps in the smokies? my uncle always did'],
    [30, 'l', "Hey there, Zelda with Knox County Public Library's Ask a Librarian."],
    [36, 'l', 'The Tennessee side or the North Carolina side?'],
    [70, 'p', 'tn side near cosby'],
    [76, 'l', "Ramp digging has been banned in Great Smoky Mountains National Park for years; the park's rules are at nps.gov/grsm (Plan Your Visit > Laws and Policies). Does that help?"],
    [120, 'p', 'dang ok. thats all i needed to know'],
    [125, 'l', "Sorry it isn't better news. Thanks for chatting!"],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('z1', 'zelda-f', -60, 500), other('z2', 'zelda-f', 10, 400), other('z3', 'zelda-f', 40, 300)],
  }),

  // 21 three at most, touching ends
  s(ABBY, '21 poison hemlock or Queen Anne\'s lace: one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'Is this poison hemlock or queen annes lace?? purple spots on the stem, its taller than me'],
    [16, 'l', 'Hi! Abby at the Cuyahoga County Public Library, good to hear from you.'],
    [22, 'l', 'Did you touch it or cut it at all?'],
    [45, 'p', 'no just looked'],
    [51, 'l', 'Purple blotches on a smooth stem and that height point to poison hemlock; Queen Anne\'s lace has a hairy green stem and rarely gets that tall. Ohio State\'s Ohioline fact sheet "Poison Hemlock" (ohioline.osu.edu) has photos. Please don\'t handle it bare-handed. Does that help you tell them apart?'],
    [90, 'p', 'yes omg its hemlock. thats all, thank you'],
    [95, 'l', 'Thanks for asking before touching it, take care!'],
  ], usual(), {}, {
    otherIntervals: [other('a1', 'abby-f', -400, 0), other('a2', 'abby-f', -100, 300), other('a3', 'abby-f', 50, 600), other('a4', 'abby-f', 100, 700)],
  }),

  // 22 Practice
  s(TRAINEE, '22 practice chat (mushroom macro): coded Practice, every check na', [
    [0, 'p', 'test: is this mushroom edible'],
    [6, 'l', 'testing greeting macro 2'],
    [12, 'l', 'NAMA: namyco.org'],
    [20, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 23 no provider ever joined
  s(NOBODY, '23 morel season in Michigan: no provider ever joined, "anyone there", patron left, code null', [
    [0, 'p', 'morel season in michigan starts when??'],
    waiting(2, 4),
    [130, 'p', 'anyone there'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 24 follow-up by me, the e-mail only in the patron field
  s(BRENT, '24 a 15-year-old and a mushroom club (follow-up by me): "get back to you tomorrow", e-mail only in patron.email, never in the chat', [
    [0, 'p', 'im 15 can i join a mushroom club? is there one in tulsa'],
    [22, 'l', 'Hi, Brent at Tulsa City-County Library here!'],
    [28, 'l', 'Are you looking to go on group hunts, or more to learn identification?'],
    [60, 'p', 'both i guess'],
    [66, 'l', "Let me see what's around."],
    [150, 'l', "The Oklahoma Mycological Society lists its forays at okmushrooms.org. I'm not sure of their rule for members under 18, so I'll ask them and get back to you tomorrow."],
    [156, 'l', 'Does that help for now?'],
    [190, 'p', 'yeah thanks!'],
    [195, 'l', 'Anything else?'],
    [210, 'p', 'nope'],
    [214, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'mycokid@example.com', phone: null } }),

  // 25 Spanglish: Lost Call after three patron lines; the ASPCA line
  s(CARMEN, '25 dog ate berries in the park (Spanglish): ASPCA Animal Poison Control (888) 426-4435, "¿Le sirve?", coded Lost Call after three patron lines', [
    [0, 'p', 'hi mi perro se comio unas bayas de un arbusto en el parque, are they poisonous??'],
    [15, 'l', 'Hello, this is Carmen, librarian at El Paso Public Library. ¿Sabe qué arbusto era, o tiene una foto?'],
    [45, 'p', 'no se, red berries small'],
    [50, 'l', 'Please call the ASPCA Animal Poison Control Center right away at (888) 426-4435; they answer 24/7 (there may be a fee). Their list of toxic plants is at aspca.org/pet-care/animal-poison-control.'],
    [56, 'l', '¿Le sirve?'],
    [80, 'p', 'ok calling'],
    [84, 'l', '¡Suerte! Gracias por escribirnos.'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 26 "give your county Extension office a call" with no contact
  s(DEV, '26 reporting buckthorn behind the subdivision: DNR page by URL, "give your county Extension office a call" with no number', [
    [0, 'p', 'how do i report buckthorn, the whole woods behind our subdivision is full of it'],
    [20, 'l', 'Good morning, Dev with the Waukesha Public Library reference desk.'],
    [26, 'l', 'Is the woods private land, HOA land, or a public park?'],
    [70, 'p', 'HOA i think'],
    [76, 'l', "Buckthorn is a restricted invasive in Wisconsin, so the DNR doesn't take reports of it the way it does for prohibited species. Its buckthorn page (dnr.wisconsin.gov, search \"buckthorn\") covers control methods. For a removal plan for the woods, give your county Extension office a call; they do site advice."],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes thats helpful thanks'],
    [125, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for contacting the library. Good luck with the buckthorn!'],
  ], usual({ referral: 'fail' })),

  // 27 an answer with no source
  s(EMMA, '27 dandelion leaves from the yard: lawn spray asked, answered from memory with no source, "ya thats all i wanted to know 👍"', [
    [0, 'p', 'can u eat dandelions from ur yard?? like the leaves'],
    [12, 'l', 'Hi! Emma from Ask Away at Kent District Library.'],
    [18, 'l', 'Do you spray your lawn with weed killer or fertilizer?'],
    [50, 'p', 'no never'],
    [56, 'l', 'Then yes, every part of the dandelion is edible. Young leaves are the least bitter; older ones are better cooked. Just skip the ones by the road or where dogs go.'],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'ya thats all i wanted to know 👍'],
    [95, 'l', 'Enjoy your salad, thanks for asking!'],
  ], usual({ source: 'fail' })),

  // 28 the first source before the question
  s(FELIX, '28 making a spore print: Arora\'s Mushrooms Demystified given first, then "Are you in the Pacific Northwest…?"', [
    [0, 'p', 'how do I make a spore print? trying to ID a mushroom from my lawn'],
    [20, 'l', 'Hello! Felix here, a librarian at The Seattle Public Library.'],
    [26, 'l', 'David Arora\'s "Mushrooms Demystified" explains spore prints step by step, and it\'s in our catalogue at spl.org.'],
    [32, 'l', 'Are you in the Pacific Northwest, or somewhere else?'],
    [60, 'p', 'seattle yes'],
    [66, 'l', 'Then add Trudell and Ammirati\'s "Mushrooms of the Pacific Northwest" too. Cut off the cap, set it gills-down on half white, half black paper, cover it with a bowl, and check after 6 to 12 hours. Does that help?'],
    [100, 'p', 'yes thank u'],
    [104, 'l', 'Anything else I can help with?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Happy printing, and thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 29 pickedUpAt 45 s, first line at 90; a restatement; code ""
  s(GRETA, '29 a Hill Country field guide: pickedUpAt 45 s with the first line at 90, restated with no question mark, code ""', [
    [0, 'p', 'need a field guide to edible wild plants for texas, hill country mostly'],
    [90, 'l', "Hi, this is Greta at Austin Public Library's Ask a Librarian."],
    [96, 'l', "So you're looking for a field guide to the edible wild plants of the Texas Hill Country."],
    [120, 'p', 'yep'],
    [126, 'l', "Delena Tull's \"Edible and Useful Plants of Texas and the Southwest\" is the classic, in our catalogue at library.austintexas.gov, and Mark Vorderbruggen's foragingtexas.com has Hill Country photos. Did that help?"],
    [170, 'p', 'yes perfect. thats everything'],
    [175, 'l', 'Wonderful, happy foraging and thanks for chatting!'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),

  // 30 the patron has the last word
  s(HUGO, '30 the mushroom club meeting at the library: a 69 s hold, the events calendar, patron "perfect, thats everything!!" last, no goodbye', [
    [0, 'p', 'does the library host the mushroom club meetings? when is the next one'],
    [18, 'l', 'Good afternoon! Hugo from the Boulder Public Library reference team.'],
    [24, 'l', 'Do you mean the Colorado Mycological Society, or a Boulder group?'],
    [55, 'p', 'boulder one i think'],
    [61, 'l', 'One moment while I check the events calendar.'],
    [130, 'l', 'Found it: the Boulder County mushroom club meets at our Main Library on the second Tuesday at 7 pm; it\'s listed at calendar.boulderlibrary.org (search "mushroom"). Did that help?'],
    [170, 'p', 'perfect, thats everything!! see you there'],
  ], usual({ courteous: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FORAGING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('19')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "Drop them in a labeled envelope at the Downtown Library\'s checkout desk, 343 S. Fifth Ave" tells the patron to visit a service point of the provider\'s own library, with its street address (RUBRIC Terms, Referral: "call, write to, ask or visit them"; "The provider\'s own library\'s departments count when the patron is told to contact or visit them").',
};

describe('sixty-eighth round: mushrooms, wild plants and foraging, checked', () => {
  describeSessions('whole sessions', FORAGING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FORAGING.filter((c) => c.name in LEFT_WHY));
});
