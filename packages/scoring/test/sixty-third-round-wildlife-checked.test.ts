/**
 * Sixty-third round, theme WILDLIFE AND INJURED OR NUISANCE ANIMALS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: injured and orphaned animals (a robin fledgling in Ann Arbor, a fawn
 * in Fredericksburg, a dove with a hanging wing in Austin, a baby opossum the dog caught in Baltimore County, baby bunnies
 * before the HOA mows, a baby squirrel after a storm in Nashville, a hummingbird trapped in a Tucson garage), nuisance animals
 * (raccoon kits in a Skokie attic, an opossum under an Ohio deck, a woodpecker on Maine cedar siding, squirrels in a Dayton
 * chimney, a skunk-sprayed dog, pigeons on a Manhattan balcony, a Canada goose nesting at an office door, a bear in Boulder
 * trash), rabies (a bat in a Pittsburgh bedroom, a fox circling in daylight in Paterson), snakes (copperhead or corn snake in
 * Athens GA), deer collisions (a roadkilled deer in Pennsylvania; a live deer on a road, in Spanish, with nobody to answer),
 * feeding bans and rules (sandhill cranes in Florida, bear-resistant cans in Boulder, feeders and salmonellosis in
 * California, a box turtle as a pet in North Carolina, crows nesting in Seattle), bird ID (a red-winged blackbird in
 * Portland, a bird hitting a window in Madison), a barn owl school project and hummingbird nectar, and a coyote in Chula
 * Vista (Spanish). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/sixtyThirdRoundWildlife-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi there — Marguerite with Ask a Librarian at …" (01); the first line at exactly 60 s (02: pass) and at 61 s
 *   (03: fail); `pickedUpAt` 41 s with the first line at 88 s (13: pass); "hey there!" + "red AND yellow patch …?" under the
 *   screen name "birdnerd_desk" (08: greets, names no one: fail); the greeting split over "Hello!" and "Solveig at Siouxland
 *   Libraries here. …" (19: pass); "Hello, thanks for using Ask NYPL chat!", the service and no name (30: pass); Spanish "Hola,
 *   buenas tardes. Le saluda Lucía, bibliotecaria de …" (09) and "¡Buenas noches! Le atiende Ricardo, del servicio …" (17);
 *   chat-speak "hi!! Kiki here, librarian w/ Ask a Librarian at …" (18); a bilingual queue line and no provider ever (29);
 *  inquiry: feathers or bare skin, lying quietly or crying, kits heard, asleep in the room, hourglass bands, resident, eggs
 *   yet, eyes open, length without the tail, grade level, city or county, cat indoor-outdoor, capped chimney, keep it for
 *   good; a restatement with no question mark (26: pass); the first source (rule 68A-4.001 on myfwc.com) before "Are they
 *   showing up in your yard …?" (07: fail); a question and no source ever given (21: pass);
 *  waits: a hold answered exactly 120 s later (05: pass); the patron's "hello??" inside a 121 s wait (06: fail, the wait does
 *   not restart); "No rush, take your time." then 150 s until the patron writes (14: a wait on the patron, pass); an
 *   announced transfer (a hold) answered 100 s later by the receiver (22) and exactly 120 s later (24: pass); a silent
 *   transfer, the receiver 126 s after the patron (23: fail, internal and system lines do not end the wait);
 *  endings: final idle of exactly 180 s with "Are you still with me?" and "Looks like you may have been disconnected, so I'll
 *   close this chat now. Feel free to come back any time!" (15: both pass); 179 s with "Still there?" and a goodbye (16:
 *   check-in pass, notice na); exactly 120 s with a Spanish goodbye and no check-in (17: idle fails); a session ending on
 *   "hellooo, u still there? 👀" with `endedAt` 20 s later (18: 124 s, check-in passes, courteous fails); 205 s with only "Seems
 *   like you've gotten disconnected, so I'll go ahead and close this chat." (19: idle fails, notice passes, courteous fails);
 *   a Lost Call with a greeting, a check-in at 160 and a notice that thanks at 230 (28: 200 s, all pass); "Sorry, you've used
 *   up your time for today. I have to end the chat here." (20: dismissal); "several other patrons waiting … please come back to
 *   the chat later … Thanks!" (21: allowed); the patron's "wow rude", "k", "ok"/"thx" as the last lines (20, 21, 30); patron-side
 *   "thats everything", "that was my only question", "no more questions", "thats all i needed", "eso es todo", "thats all for
 *   now", "that is all", and "yes lol umbrella it is", "yeah. dang ok lol. thanks", "ok" that do not count;
 *  sources: state wildlife agency pages (dwr.virginia.gov, georgiawildlife.com, pgc.pa.gov, myfwc.com, tpwd.texas.gov,
 *   dnr.maryland.gov, wdfw.wa.gov, wildlife.ohiodnr.gov, wildlife.ca.gov, tn.gov/twra, ncwildlife.org, dep.nj.gov), federal
 *   (cdc.gov/rabies, fws.gov), Cornell Lab (allaboutbirds.org, the Merlin app by URL), Audubon pages, a city code and page
 *   (bouldercolorado.gov/bears), NYC 311's page, books in the catalogue (fcpl.org/catalog, Gail Gibbons's "Owls"); none (21);
 *  referrals: the Virginia Wildlife Conflict Helpline by phone (02); the county health department by phone and "check with your
 *   own doctor" with no contact (04: fail); the Game Commission by phone (06); Austin Wildlife Rescue by phone in Spanish (09);
 *   "call your city's animal control" with no contact (21: fail); Paterson Animal Control by phone after a transfer (24); the
 *   DNR's list of rehabilitators given as a page (10: a source, no referral); Seattle Parks, which the provider will ask (11: no
 *   referral); Frederick County Public Libraries, to whom the question is passed (12: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow evening", done 71 h after the end (10: pass); a promise to call
 *   back "by Monday" with the phone read back, coded Answered (11: code fails, contact passes, pending); FU_LIB with the e-mail
 *   read back and no time said, done 73 h after the end (12: contact and on_time fail); FU_ME with the e-mail only in
 *   `patron.email` and "by Wednesday" (13: contact fails, code passes, pending); FU_ME with "I'll … get back to you", no contact
 *   anywhere and no time, done after 10 h (14: code and contact fail, on_time passes);
 *  codes: a true Lost Call (28); Lost Call after two patron lines with no provider (29: fail) and after four (30: fail); "" (16);
 *   the field left out (26: na); Practice (27);
 *  transfers: notice + internal note that says why (22: pass); internal note only (23: fail); notice only (24: fail);
 *  concurrency: three others open at once over this one (25: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hello, thanks for using Ask NYPL chat!" identifies the service (RUBRIC: "the library or the service, in the text"), so it
 *   passes with no name (30); "Hello!" and then "Solveig at Siouxland Libraries here." are the two parts in two messages (19);
 * - Spanish "Le saluda Lucía, bibliotecaria de …" / "Le atiende Ricardo, del servicio …" identify; "¿Le sirve esta
 *   información?" and "¿Le ayuda esta información?" are the completeness question; "eso es todo" says explicitly that the patron
 *   is done; so does "that was my only question" (02) and "that is all" (26);
 * - "Would those work?" right after the two books are named asks whether what was given meets the need (13: pass);
 * - "check with your own doctor about post-exposure shots too" tells the patron to ask a person outside the chat (04: a second
 *   party, with no way to reach them: fail); "call your city's animal control" names an office with no way to reach it (21: a
 *   referral without contact, and not a source);
 * - pointing to the DNR's list of licensed rehabilitators (10), to TWRA's page on what to do (18) and to NYC 311's page (30)
 *   gives a source for the patron to use, not a referral; "I'll pass your question to Frederick County Public Libraries and a
 *   librarian there will e-mail you" is a follow-up promise, not a referral (12);
 * - "Sorry, you've used up your time for today. I have to end the chat here." tells the patron their time is up with no way back
 *   (20: dismissal); "Looks like you may have been disconnected, so I'll close this chat now. Feel free to come back any time!"
 *   tells the patron they seem to have disconnected and that the session ends, and invites back (a goodbye: the idle ends
 *   there, 15); "It seems you've disconnected, so I'll end the chat now. Thanks for contacting us …" does the same (28);
 * - "No rush, take your time." is not a hold (RUBRIC: "Telling the patron to take their time is not a hold"), so the 150 s after
 *   it are a wait on the patron (14);
 * - `resolutionCode: undefined` is the field left out (serialised as JSON it is absent), so resolution.code is na (26);
 * - a `followUps` entry 73 h after `endedAt` is late (12); one at 71 h is on time (10).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (closing.courteous in 18). Label corrections: 0 (rereading RUBRIC's
 * closing.courteous for 18 confirmed the label: see LEFT_WHY).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - closing.courteous, case 18: "mom squirrels usually come back for babies within a few hours." read as an invitation to come
 *    back (pass; RUBRIC fail: neither of the provider's last two visible messages thanks the patron, says goodbye or invites
 *    them back: the mother squirrel comes back, the patron is not invited).
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`; no provider; keep_informed at exactly 120 s after a hold, at 121
 * s across the patron's "hello??", after "take your time", across three transfers at 100, 120 and 126 s; final idles of 120,
 * 124, 179, 180, 200 and 205 s; concurrency at four and at touching ends; on_time done at 71 h and 10 h, late at 73 h, pending
 * twice) and every code (Practice, a true and two false Lost Calls, "", the field left out, a promise under Answered, follow-up
 * codes with and without a contact) scored as labelled on the first run. The redaction equality of describeSessions holds for
 * every running case (patron e-mails typed and read back, one only in `patron.email`, a patron phone read back; agency and
 * library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 18's "mom squirrels usually
 *   come back for babies" and "if she doesn't come back by dusk" are no invitation to the patron (W17) and the case runs; 30
 *   running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const MARGUERITE: Prov = { id: 'marguerite-w', name: 'Marguerite', library: 'AADL' };
const TOBIAS: Prov = { id: 'tobias-w', name: 'Tobias', library: 'CRRL' };
const PRIYA: Prov = { id: 'priya-w', name: 'Priya', library: 'SKOKIE' };
const COLM: Prov = { id: 'colm-w', name: 'Colm', library: 'CLP' };
const NADIA: Prov = { id: 'nadia-w', name: 'Nadia', library: 'ACCRL' };
const EVERETT: Prov = { id: 'everett-w', name: 'Everett', library: 'LPL-PA' };
const HOLLIS: Prov = { id: 'hollis-w', name: 'Hollis', library: 'HCPLC' };
const BIRDNERD: Prov = { id: 'birdnerd-w', name: 'birdnerd_desk', library: 'MCL-OR' };
const LUCIA: Prov = { id: 'lucia-w', name: 'Lucía', library: 'APL-TX' };
const BERTRAND: Prov = { id: 'bertrand-w', name: 'Bertrand', library: 'BCPL' };
const OKSANA: Prov = { id: 'oksana-w', name: 'Oksana', library: 'SPL-WA' };
const DESMOND: Prov = { id: 'desmond-w', name: 'Desmond', library: 'HCLS' };
const IMANI: Prov = { id: 'imani-w', name: 'Imani', library: 'FCPL-MD' };
const RUFUS: Prov = { id: 'rufus-w', name: 'Rufus', library: 'BPL-CO' };
const WENDELL: Prov = { id: 'wendell-w', name: 'Wendell', library: 'TLCPL' };
const GRETA: Prov = { id: 'greta-w', name: 'Greta', library: 'PPL-ME' };
const RICARDO: Prov = { id: 'ricardo-w', name: 'Ricardo', library: 'CVPL' };
const KIKI: Prov = { id: 'kiki-w', name: 'Kiki', library: 'NPL-TN' };
const SOLVEIG: Prov = { id: 'solveig-w', name: 'Solveig', library: 'SXL' };
const MATEO: Prov = { id: 'mateo-w', name: 'Mateo', library: 'SPL-CA' };
const YUSUF: Prov = { id: 'yusuf-w', name: 'Yusuf', library: 'DML' };
const ZORA: Prov = { id: 'zora-w', name: 'Zora', library: 'WCPL' };
const FINN: Prov = { id: 'finn-w', name: 'Finn', library: 'WCPL' };
const AMOS: Prov = { id: 'amos-w', name: 'Amos', library: 'TPPL' };
const BEA: Prov = { id: 'bea-w', name: 'Bea', library: 'TPPL' };
const CORA: Prov = { id: 'cora-w', name: 'Cora', library: 'PFPL' };
const DUNCAN: Prov = { id: 'duncan-w', name: 'Duncan', library: 'ALNJ' };
const EDGAR: Prov = { id: 'edgar-w', name: 'Edgar', library: 'CML-NC' };
const FERN: Prov = { id: 'fern-w', name: 'Fern', library: 'PHX' };
const TRAINEE: Prov = { id: 'trainee-w', name: 'Trainee 12', library: 'TRN' };
const HARLAN: Prov = { id: 'harlan-w', name: 'Harlan', library: 'MPL-WI' };
const NOBODY: Prov = { id: 'queue-w', name: 'Queue', library: 'VRQ' };
const IVY: Prov = { id: 'ivy-w', name: 'Ivy', library: 'NYPL' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor, espere. / All librarians are busy, please wait.'];

export const sixtyThirdRoundWildlife: SessionCase[] = [
  // 01 the plain good session
  s(MARGUERITE, '01 a robin fledgling on the lawn: "Hi there — Marguerite with Ask a Librarian", feathers or bare skin, allaboutbirds.org, "thats everything"', [
    [0, 'p', 'theres a baby bird on my lawn it cant fly, mom bird nowhere. do i take it inside??'],
    [24, 'l', 'Hi there — Marguerite with Ask a Librarian at Ann Arbor District Library.'],
    [29, 'l', 'Quick question so I point you the right way: does it have feathers and hop around, or is it mostly bare skin?'],
    [66, 'p', 'feathers, hopping, kinda fluffy w a short tail'],
    [73, 'l', "That sounds like a fledgling, which is supposed to be out of the nest by now; the parents are usually nearby and still feeding it. Leave it where it is and keep pets indoors for a day or two. Cornell Lab's page \"Found a baby bird?\" walks through it: allaboutbirds.org/news/found-a-baby-bird. Did that answer your question?"],
    [110, 'p', 'omg ok. leaving it. thats everything thank u'],
    [116, 'l', 'You are so welcome. Thanks for checking with us — have a good afternoon!'],
  ], usual()),

  // 02 pickup exactly 60 s; the helpline by phone
  s(TOBIAS, '02 a fawn alone behind the shed in Fredericksburg: first line at exactly 60 s, dwr.virginia.gov, Wildlife Conflict Helpline by phone, "that was my only question"', [
    [0, 'p', 'Found a fawn curled up in the tall grass behind our shed, no mom around all morning. Is it abandoned? We are in Fredericksburg VA'],
    [60, 'l', 'Good morning and welcome to Ask Central Rappahannock! Tobias here.'],
    [66, 'l', 'Is the fawn lying quietly, or is it wandering around and crying out?'],
    [100, 'p', 'quiet, just lying there'],
    [107, 'l', "That's normal: does leave their fawns hidden for hours and come back at dusk to nurse. Virginia's Department of Wildlife Resources says to leave it alone: dwr.virginia.gov/wildlife/injured-orphaned. If it's still there tomorrow, or it's crying or hurt, call the Virginia Wildlife Conflict Helpline at 855-571-9003 before you touch it."],
    [113, 'l', 'Is that what you needed?'],
    [150, 'p', 'yes, we will leave it be. that was my only question'],
    [156, 'l', 'Thanks for looking out for it. Bye for now!'],
  ], usual({ referral: 'pass' })),

  // 03 pickup 61 s
  s(PRIYA, '03 raccoons in the attic with kits: 61 s pickup, "heard chirping or mewing?", humaneworld.org eviction guide, "no more questions"', [
    [0, 'p', 'we hear scratching in the attic at night, pretty sure its raccoons. how do i get them out humanely'],
    [61, 'l', "Hello, and sorry to keep you waiting! I'm Priya, a librarian at Skokie Public Library."],
    [67, 'l', 'Have you seen any babies, or heard chirping or mewing up there? Spring litters change what you should do.'],
    [110, 'p', 'yes little chirpy sounds'],
    [117, 'l', 'Then there is probably a mother with kits, and sealing the hole now would trap them. The guide "Raccoons in the attic" explains the humane eviction (a bright light, a radio, ammonia-soaked rags) and when to seal up: humaneworld.org/resources/raccoons. Once they have all left, close the entry point.'],
    [123, 'l', 'Does that help?'],
    [160, 'p', 'yes thats perfect, no more questions'],
    [166, 'l', 'Good luck with the eviction, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 04 a bat in the bedroom: the health department by phone, "your own doctor" with no contact
  s(COLM, '04 a bat in the bedroom overnight: cdc.gov/rabies, Allegheny County Health Department by phone, "check with your own doctor" with no contact', [
    [0, 'p', 'woke up and there was a bat flying around our bedroom. it got out the window. do we need rabies shots??'],
    [20, 'l', "Hello, Colm here with Carnegie Library of Pittsburgh's Ask Us chat."],
    [26, 'l', 'Were you or anyone else asleep in the room while the bat was in there?'],
    [58, 'p', 'yes me and my husband were asleep'],
    [65, 'l', "The CDC says that when a bat is found in a room where someone was sleeping, you should get medical advice even if you don't see a bite, because bat bites can be tiny: cdc.gov/rabies/exposure. Call the Allegheny County Health Department at 412-687-2243 today, and check with your own doctor about post-exposure shots too."],
    [71, 'l', 'Did that help?'],
    [100, 'p', 'yes. calling now. thats all i needed'],
    [105, 'l', 'Please do. Thanks for contacting us, and take care!'],
  ], usual({ referral: 'fail' })),

  // 05 a hold answered exactly 120 s later
  s(NADIA, '05 copperhead or corn snake in an Athens garden (emoji): "Let me pull up Georgia\'s snake ID guide — one moment." answered exactly 120 s later', [
    [0, 'p', 'snake in my garden!!! 🐍 brown w darker blotches, like 2 ft. is it a copperhead?? athens ga'],
    [18, 'l', 'Hey there, Nadia from Athens-Clarke County Library here! 🙂'],
    [23, 'l', 'Did you see its head shape, or any pattern along its sides that looks like hourglasses?'],
    [55, 'p', 'kind of hourglass shapes yes. head kinda wide'],
    [61, 'l', "Let me pull up Georgia's snake ID guide — one moment."],
    [181, 'l', 'Thanks for waiting. Hourglass bands that are wide on the sides and narrow over the back are the copperhead\'s mark, so keep your distance. Compare it with the photos in the Georgia DNR "Snakes of Georgia" pages at georgiawildlife.com/georgiasnakes (Venomous vs. Nonvenomous). The usual look-alike is the harmless corn snake, whose blotches are squarish.'],
    [187, 'l', 'Does that help you tell them apart?'],
    [220, 'p', 'yes ty!! gonna stay inside lol'],
    [225, 'l', 'Anything else I can help you with?'],
    [245, 'p', 'nope'],
    [250, 'l', 'Stay safe out there, and thanks for chatting!'],
  ], usual()),

  // 06 "hello??" inside a 121 s wait; the Game Commission by phone
  s(EVERETT, '06 a roadkilled deer on Route 30: the patron\'s "hello??" inside a 121 s wait, Game Commission by phone, pgc.pa.gov', [
    [0, 'p', 'I hit a deer on rt 30 last night, its dead on the shoulder. can i keep the meat? in PA'],
    [22, 'l', 'Good afternoon, this is Everett, a reference librarian at Lancaster Public Library.'],
    [27, 'l', 'Is the deer still where it landed, and are you a Pennsylvania resident?'],
    [60, 'p', 'yes and yes'],
    [118, 'p', 'hello??'],
    [181, 'l', "Sorry for the wait! Pennsylvania lets a resident claim a deer killed in a collision, but you have to call the Pennsylvania Game Commission within 24 hours to report it and get a permit number: 1-833-742-4868. The rules are on the Game Commission's Roadkilled Deer page at pgc.pa.gov."],
    [186, 'l', 'Is that the information you were after?'],
    [220, 'p', 'yes ok thanks, calling them'],
    [226, 'l', 'Anything else today?'],
    [240, 'p', 'no thats it'],
    [244, 'l', 'Drive safe, bye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 07 the source before the question
  s(HOLLIS, '07 feeding sandhill cranes in a Tampa neighborhood: rule 68A-4.001 and myfwc.com first, then "Are they showing up in your yard…?"', [
    [0, 'p', 'is it against the law to feed the sandhill cranes that walk thru our neighborhood? my neighbor says its illegal'],
    [15, 'l', 'Hi, thanks for using Ask a Librarian! This is Hollis at Hillsborough County Public Library.'],
    [21, 'l', "Your neighbor may be right: Florida's wildlife code (rule 68A-4.001, Florida Administrative Code) makes it illegal to intentionally feed wild sandhill cranes. FWC explains the rule at myfwc.com/wildlifehabitats/wildlife/sandhill-crane."],
    [27, 'l', 'Are they showing up in your yard, or just along the street?'],
    [60, 'p', 'my yard mostly, my kids toss bread'],
    [66, 'l', 'Then that counts as feeding them. FWC also suggests picking up birdseed spilled under feeders so the cranes stop coming by. Does that answer it?'],
    [100, 'p', 'yeah. dang ok lol. thanks'],
    [105, 'l', 'No problem. Anything else I can look up for you?'],
    [120, 'p', 'no'],
    [124, 'l', 'Have a good one, thanks for chatting!'],
  ], usual({ clarify: 'fail' })),

  // 08 greets but names no one
  s(BIRDNERD, '08 a red-winged blackbird in the cattails: "hey there!" + "red AND yellow patch…?" under the screen name "birdnerd_desk", merlin.allaboutbirds.org', [
    [0, 'p', 'what bird is this. black w red and yellow on the wings, hanging out in the cattails by the pond. portland'],
    [12, 'l', 'hey there!'],
    [16, 'l', 'red AND yellow patch on the shoulder, or just red?'],
    [40, 'p', 'red with a yellow stripe under it'],
    [46, 'l', "that's a male red-winged blackbird, the classic cattail bird. you can double-check with the Merlin Bird ID app (merlin.allaboutbirds.org) or the species page at allaboutbirds.org/guide/Red-winged_Blackbird."],
    [51, 'l', 'did that help?'],
    [80, 'p', 'YES thats him. thx thats all'],
    [84, 'l', 'happy birding, bye!'],
  ], usual({ greeting: 'fail' })),

  // 09 Spanish: an injured dove, Austin Wildlife Rescue by phone
  s(LUCIA, '09 una paloma con el ala lastimada en Austin (Spanish): "Le saluda Lucía, bibliotecaria", Austin Wildlife Rescue por teléfono, tpwd.texas.gov, "eso es todo"', [
    [0, 'p', 'hola, encontré una paloma con el ala lastimada en mi patio. que hago? estoy en austin'],
    [28, 'l', 'Hola, buenas tardes. Le saluda Lucía, bibliotecaria de la Biblioteca Pública de Austin.'],
    [34, 'l', '¿La paloma puede caminar? ¿Ve sangre, o el ala le cuelga?'],
    [75, 'p', 'camina un poco pero el ala cuelga. no veo sangre'],
    [82, 'l', 'Póngala con cuidado en una caja de cartón con agujeros y una toalla, en un lugar oscuro y tranquilo, y no le dé agua ni comida. Después llame a Austin Wildlife Rescue al 512-555-0147: reciben aves heridas todos los días. Texas Parks and Wildlife tiene consejos en tpwd.texas.gov/huntwild/wild/rehab.'],
    [88, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si mil gracias, eso es todo'],
    [136, 'l', '¡Con gusto! Gracias por escribirnos y suerte con la palomita.'],
  ], usual({ referral: 'pass' })),

  // 10 follow-up by me: e-mail read back, "by tomorrow evening", done 71 h after the end
  s(BERTRAND, '10 a baby opossum the dog caught, Baltimore County (follow-up by me): DNR rehabilitator list, e-mail read back, "by tomorrow evening", done at 71 h', [
    [0, 'p', 'My dog caught a baby opossum, it seems alive but stunned. Who in Baltimore County takes opossums? Its in a box in my garage now'],
    [26, 'l', "Good evening. I'm Bertrand, a librarian with AskUsNow! at Baltimore County Public Library."],
    [32, 'l', 'Is the baby longer than about 7 inches, not counting the tail? That decides whether it can be on its own.'],
    [70, 'p', 'smaller i think, maybe 5 inches'],
    [77, 'l', 'Maryland DNR keeps a county-by-county list of licensed wildlife rehabilitators at dnr.maryland.gov/wildlife/Pages/plants_wildlife/rehab.aspx.'],
    [83, 'l', "I'll check which of them are taking opossums this week and e-mail you what I find. What address should I send it to?"],
    [120, 'p', 'kgrant.home@example.com'],
    [126, 'l', "Thanks — kgrant.home@example.com. You'll hear from me by tomorrow evening."],
    [132, 'l', 'Does the DNR list help in the meantime?'],
    [170, 'p', 'yes thank you so much'],
    [176, 'l', 'Anything else tonight?'],
    [190, 'p', 'no thats all'],
    [195, 'l', 'Keep the box warm and quiet. Thanks for contacting AskUsNow!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(200 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back, phone read back, "by Monday", coded Answered
  s(OKSANA, '11 crows dive-bombing a dog walker in Seattle (emoji): wdfw.wa.gov, "call you back by Monday", phone read back, coded Answered', [
    [0, 'p', 'the crows on my block keep dive bombing me when i walk my dog 😩 can the city do anything? seattle'],
    [19, 'l', "Hi! You're chatting with Oksana at The Seattle Public Library."],
    [25, 'l', 'Is it happening near one particular tree? In spring that usually means a nest.'],
    [60, 'p', 'yes the big maple on the corner'],
    [66, 'l', "It's nesting season, and crows are protected under the Migratory Bird Treaty Act, so the city won't remove them; the swooping usually stops once the young leave in a few weeks. WDFW's \"Living with Wildlife: Crows\" page has tips (walk the other side of the street, carry an umbrella): wdfw.wa.gov/species-habitats/living/species-facts/crows."],
    [72, 'l', "I'd like to double-check whether Seattle Parks posts warning signs at nesting trees. I'll find out and call you back by Monday — what's a good number?"],
    [110, 'p', '206-555-0183'],
    [116, 'l', 'Got it, 206-555-0183. Does the WDFW page help for now?'],
    [150, 'p', 'yes lol umbrella it is'],
    [156, 'l', 'Ha! Talk to you Monday. Thanks for writing in!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library: e-mail read back, no time said, done 73 h after the end
  s(DESMOND, '12 baby bunnies in the lawn before the HOA mows (follow-up by patron\'s library): e-mail read back, no "when", done at 73 h', [
    [0, 'p', 'theres a nest of baby bunnies in the middle of my lawn and the HOA mowers come thursday. can i move them??'],
    [30, 'l', "Hello! Desmond here, a librarian with AskUsNow!, Maryland's statewide chat."],
    [36, 'l', "Are the babies' eyes open yet, and do they have fur?"],
    [70, 'p', 'fur yes eyes closed i think'],
    [76, 'l', "Don't move them: the mother only visits at dawn and dusk. Mark the nest with flags, or weigh down a laundry basket over it while they mow, then take it off. The Maryland DNR page \"Eastern Cottontail\" (dnr.maryland.gov) says the young leave the nest at about three weeks."],
    [82, 'l', 'Is that what you needed to know?'],
    [120, 'p', 'yes! also i wanted to ask if frederick county has some class on backyard wildlife? i live in frederick'],
    [127, 'l', "I'm not sure of their current programs, so I'll pass your question to Frederick County Public Libraries and a librarian there will e-mail you. Which e-mail should they use?"],
    [160, 'p', 'jess.m.frederick@example.org'],
    [166, 'l', "Thank you, jess.m.frederick@example.org — I've sent it along."],
    [180, 'p', 'thanks!! thats all'],
    [185, 'l', 'Good luck with the bunnies, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(190 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me: the e-mail only in patron.email; pickedUpAt 41 s, first line at 88
  s(IMANI, '13 a fourth-grader\'s barn owl project (follow-up by me): pickedUpAt 41 s, first line at 88, Gail Gibbons in the catalog, "the e-mail address on your library account by Wednesday"', [
    [0, 'p', 'my daughter has a school project on barn owls, do you have books? also where can we get owl pellets to dissect'],
    [88, 'l', 'Hi, welcome to Ask Frederick! Imani, youth services librarian, here.'],
    [94, 'l', 'What grade is she in? That helps me pick books at the right reading level.'],
    [125, 'p', '4th'],
    [131, 'l', 'Two good ones in our catalog (fcpl.org/catalog) are "Owls" by Gail Gibbons and "Barn Owls" by Tony Johnston; both are on the shelf at the C. Burr Artz branch. Would those work?'],
    [165, 'p', 'yes perfect'],
    [171, 'l', "For the pellets, I'll look into which science suppliers sell sterilized ones and send the list to the e-mail address on your library account by Wednesday."],
    [200, 'p', 'ok great thx, thats all for now'],
    [205, 'l', 'Have fun with the project, and thanks for asking!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, pickedUpAt: at(41), patron: { name: null, email: 'tanya.b@example.net', phone: null } }),

  // 14 follow-up by me with no contact anywhere and no time; "take your time" is not a hold; done after 10 h
  s(RUFUS, '14 a bear in the trash in Boulder (follow-up by me): "No rush, take your time." then 150 s, bouldercolorado.gov/bears, "I\'ll get back to you" with no contact, done at 10 h', [
    [0, 'p', 'a bear got into our trash again last night. does boulder require those bear proof cans? and do they fine you'],
    [33, 'l', "Hi there! Thanks for contacting AskColorado. My name is Rufus and I'm a librarian at Boulder Public Library."],
    [39, 'l', 'Are you inside the city of Boulder, or in unincorporated Boulder County?'],
    [70, 'p', 'hang on let me look at my trash bill'],
    [76, 'l', 'No rush, take your time.'],
    [226, 'p', 'ok it says city of boulder, west of broadway'],
    [233, 'l', "West of Broadway is inside the city's bear-protection zone, where trash has to be in a bear-resistant container, and fines start at $100. The rules are in Boulder Revised Code 6-3-12, and the city's page is bouldercolorado.gov/bears."],
    [239, 'l', 'Did that answer your question?'],
    [270, 'p', 'yes. do you know where to buy the cans tho'],
    [276, 'l', "Not offhand — I'll look into which haulers rent approved cans and get back to you."],
    [300, 'p', 'ok'],
    [305, 'l', 'Thanks for your patience! Take care.'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(310 + 10 * HOUR) }] }),

  // 15 final idle exactly 180 s: a check-in and a notice that invites back
  s(WENDELL, '15 an opossum under the deck and an outdoor cat: answer at 56, "Are you still with me?" at 150, "may have been disconnected … close this chat … come back any time" at 236 (180 s)', [
    [0, 'p', 'theres an opossum living under our deck, is it dangerous to my cat? ohio'],
    [20, 'l', "Good afternoon! Wendell with Toledo Lucas County Public Library's chat service."],
    [26, 'l', "Is your cat indoor-outdoor, and is the deck the opossum's den (you see it come and go every day)?"],
    [50, 'p', 'outdoor, yes it goes in every night'],
    [56, 'l', "Opossums rarely fight cats and very seldom carry rabies; they usually move on within a few weeks. Ohio DNR's species guide has tips for encouraging one to leave: wildlife.ohiodnr.gov (Species Guide > Virginia Opossum). Does that help?"],
    [150, 'l', 'Are you still with me?'],
    [236, 'l', "Looks like you may have been disconnected, so I'll close this chat now. Feel free to come back any time!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 16 final idle 179 s; code ""
  s(GRETA, '16 a woodpecker drilling cedar siding in Maine: answer at 55, "Still there?" at 170, goodbye at 234 (179 s), code ""', [
    [0, 'p', 'a woodpecker keeps drilling holes in our cedar siding every morning. how do we stop it without hurting it'],
    [14, 'l', 'Hi, this is Greta, a librarian at Portland Public Library in Maine. Happy to help!'],
    [20, 'l', 'Is it drumming (loud rapid bursts) or actually making holes you can see?'],
    [48, 'p', 'actual holes, like a row of them'],
    [55, 'l', "A neat row of holes often means insects in the wood, so it's worth checking for carpenter bees. Woodpeckers are federally protected, so stick to deterrents like reflective tape or netting over the spot; Cornell Lab's page \"Woodpeckers damaging your house\" on allaboutbirds.org lists what works. Did that help?"],
    [170, 'l', 'Still there?'],
    [234, 'l', 'Thanks for stopping by, good luck with the siding!'],
  ], usual({ anything: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 17 Spanish; final idle exactly 120 s with no check-in
  s(RICARDO, '17 un coyote en la calle y un perrito en Chula Vista (Spanish): "Le atiende Ricardo", wildlife.ca.gov, despedida exactamente 120 s después sin preguntar si sigue ahí', [
    [0, 'p', 'Buenas, hay un coyote que pasa todas las noches por la calle y tengo un perrito chico. es peligroso? vivo en chula vista'],
    [22, 'l', '¡Buenas noches! Le atiende Ricardo, del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de Chula Vista.'],
    [28, 'l', '¿Su perrito sale solo al patio de noche?'],
    [60, 'p', 'si a veces lo dejo salir un rato'],
    [67, 'l', 'Los coyotes casi nunca atacan a personas, pero sí pueden llevarse perros pequeños y gatos. Lo más seguro es sacarlo con correa de noche y no dejar comida afuera. El Departamento de Pesca y Vida Silvestre de California tiene una guía sobre coyotes en wildlife.ca.gov/Keep-Me-Wild/Coyote. ¿Le ayuda esta información?'],
    [187, 'l', 'Gracias por escribirnos. ¡Que pasen buena noche usted y su perrito!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 chat-speak; the session ends on a check-in, endedAt 20 s after it (final idle 124 s)
  s(KIKI, '18 a baby squirrel down after a storm (emoji): "hi!! Kiki here", tn.gov/twra, last line "hellooo, u still there? 👀", ended 20 s later (124 s)', [
    [0, 'p', 'baby squirrel fell out of the tree in the storm, its crying. what do i do 😭😭'],
    [10, 'l', 'hi!! Kiki here, librarian w/ Ask a Librarian at Nashville Public Library 🐿️'],
    [15, 'l', 'are its eyes open? and is it hurt or just cold?'],
    [38, 'p', 'eyes closed. seems ok just cold'],
    [46, 'l', "ok! put it in a small box w/ a soft cloth at the foot of the tree (not inside). mom squirrels usually come back for babies within a few hours. TWRA's page on what to do if she doesn't come back by dusk: tn.gov/twra (Wildlife > Found Wildlife). does that help?"],
    [150, 'l', 'hellooo, u still there? 👀'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 20 }),

  // 19 a notice with no check-in, final idle 205 s; greeting split over two messages
  s(SOLVEIG, '19 a dog sprayed by a skunk: "Hello!" then "Solveig at Siouxland Libraries here", peroxide recipe, no "does that help", "Seems like you\'ve gotten disconnected…" at 252', [
    [0, 'p', 'dog got sprayed by a skunk. tomato juice?? or what actually works'],
    [16, 'l', 'Hello!'],
    [20, 'l', 'Solveig at Siouxland Libraries here. Did it get him in the face or eyes? That changes the first step.'],
    [45, 'p', 'mostly his back and side'],
    [52, 'l', "Skip the tomato juice: the mix most vets recommend is 1 quart of 3% hydrogen peroxide, 1/4 cup of baking soda and 1 teaspoon of dish soap, made fresh and rinsed off after five minutes. The Humane Society's \"Solving problems with skunks\" page has it, with how to keep skunks from denning under sheds: humanesociety.org."],
    [252, 'l', "Seems like you've gotten disconnected, so I'll go ahead and close this chat."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 20 "you've used up your time"
  s(MATEO, '20 sick finches and feeders in Sacramento, then seed, squirrels and starlings: "Sorry, you\'ve used up your time for today. I have to end the chat here."', [
    [0, 'p', 'do i need to take my bird feeders down? heard something about sick finches'],
    [20, 'l', 'Hi, Mateo at Ask a Librarian — Sacramento Public Library.'],
    [26, 'l', 'Have you actually seen sick birds at your feeders (puffed up, crusty eyes), or is it the news that worried you?'],
    [60, 'p', 'just the news. but also what seed is best and how do i keep squirrels off and are starlings bad'],
    [67, 'l', 'California Fish and Wildlife asks people to take feeders down when salmonellosis is reported nearby, and to clean them weekly in a 10% bleach solution; their wildlife health page is wildlife.ca.gov/Conservation/Laboratories/Wildlife-Health. Does that help?'],
    [100, 'p', 'ok and the seed and squirrels??'],
    [106, 'l', "Sorry, you've used up your time for today. I have to end the chat here."],
    [115, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 21 other patrons waiting, invited back; no source; animal control with no contact
  s(YUSUF, '21 squirrels in an uncapped chimney in Dayton: no source, "call your city\'s animal control", "several other patrons waiting … please come back"', [
    [0, 'p', 'there are squirrels in my chimney, i can hear them scratching. can i just light a fire to get them out?'],
    [25, 'l', "Hello, welcome to Ask Us! I'm Yusuf, a librarian at Dayton Metro Library."],
    [31, 'l', 'Is the chimney capped at the top, or open?'],
    [66, 'p', 'open i think'],
    [72, 'l', "Please don't light a fire: there may be babies, and the smoke can trap them and damage the flue. Usually the mother moves her young out on her own within a few days if you leave a radio playing in the fireplace. If they're still there after that, call your city's animal control and ask them about a one-way door."],
    [110, 'p', 'ok. also, how do i cap the chimney, and will home insurance pay?'],
    [117, 'l', "I have several other patrons waiting right now, so I'll have to stop here — please come back to the chat later and someone can help with those. Thanks!"],
    [135, 'p', 'k'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 22 an announced transfer with a note that says why
  s(ZORA, '22 keeping a wild box turtle in North Carolina: "handing you over to him — one moment", internal note why, Finn 100 s after the notice, ncwildlife.org', [
    [0, 'p', 'found a box turtle in the road and my kids want to keep it. is that legal in north carolina?'],
    [21, 'l', "Hi! I'm Zora, a librarian at Wake County Public Libraries."],
    [27, 'l', 'Do you plan to keep it for good, or just for a few days to show the kids?'],
    [60, 'p', 'for good if we can'],
    [66, 'l', "That's a wildlife-law question, and our science and law specialist Finn is on right now. I'm handing you over to him — one moment please."],
    [69, 'i', 'Finn, pt wants to keep a wild eastern box turtle as a pet in NC. Legal + care question. Can you take it?'],
    xfer(72, 'Finn', 'finn-w'),
    [166, 'l', "Hello, Finn here. The eastern box turtle is North Carolina's state reptile, and you can't keep one taken from the wild without a permit from the Wildlife Resources Commission. Best to put it back near where you found it, on the side of the road it was heading toward. NCWRC's species page: ncwildlife.org/learning/species/reptiles/eastern-box-turtle.", as(FINN)],
    [172, 'l', 'Does that answer your question?', as(FINN)],
    [210, 'p', 'aw ok. yes it does. thats everything'],
    [216, 'l', 'Thanks for checking first — bye!', as(FINN)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer, the receiver 126 s after the patron
  s(AMOS, '23 a hummingbird trapped in a Tucson garage: internal note only, silent transfer, Bea 126 s after the patron, tucsonaudubon.org', [
    [0, 'p', 'a hummingbird is stuck in my garage flying against the ceiling for an hour!! how do i get it out'],
    [18, 'l', "Hello, Amos at the Ask a Librarian desk, Pima County Public Library. Let's figure this out."],
    [24, 'l', 'Is the garage door open now, and is there a light on in there?'],
    [55, 'p', 'door is open. no light'],
    [60, 'i', 'Bea — hummingbird trapped in a garage, you know birds, can you take this? I have to step away.'],
    xfer(63, 'Bea', 'bea-w'),
    [181, 'l', 'Hi, Bea here. Hummingbirds fly up toward light, so they miss the open door below them. Hang something red (a towel, or a feeder with sugar water) just outside the open door at head height, switch off any lights inside, and give it 15 minutes. Tucson Audubon\'s page "Hummingbird trapped indoors" has more: tucsonaudubon.org.', as(BEA)],
    [187, 'l', 'Is that helpful?', as(BEA)],
    [230, 'p', 'IT WORKED!!! ty, thats all i needed'],
    [236, 'l', 'Yay! Thanks for chatting with us.', as(BEA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 24 partly Spanish; an announced transfer with no internal note, answered exactly 120 s after the notice
  s(CORA, '24 un fox circling in daylight, Paterson (partly Spanish): "pass you to my colleague Duncan … un momento", no internal note, Duncan 120 s later, Animal Control by phone', [
    [0, 'p', 'hola, hay un fox in my backyard en pleno día, walking in circles. is it rabid?? tengo niños'],
    [19, 'l', 'Hi, thanks for writing to Ask a Librarian NJ! This is Cora at Paterson Free Public Library.'],
    [25, 'l', '¿Está caminando en círculos ahora mismo? Are the kids inside?'],
    [50, 'p', 'si ahorita, los niños adentro'],
    [56, 'l', "I'm going to pass you to my colleague Duncan, who handles animal-health questions — stay right here, un momento."],
    xfer(60, 'Duncan', 'duncan-w'),
    [176, 'l', "Hi, Duncan here, reference librarian. A fox circling in daylight may be sick (rabies or distemper). Keep everyone and the pets inside and don't go near it. Call Paterson Animal Control right away at 973-555-0160; the NJ Division of Fish and Wildlife lists the warning signs at dep.nj.gov/njfw/wildlife/rabies.", as(DUNCAN)],
    [182, 'l', 'Does that cover it?', as(DUNCAN)],
    [215, 'p', 'ok calling now. gracias, thats all'],
    [221, 'l', 'Take care, and thank you for reaching out!', as(DUNCAN)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 25 four at once
  s(EDGAR, '25 a Canada goose nesting by an office door in Charlotte: fws.gov nest and egg registration, three other chats open at once over this one (four)', [
    [0, 'p', 'a canada goose built a nest right by our office entrance and hisses at everyone. can we move the nest?'],
    [28, 'l', 'Hi, Edgar with Ask a Librarian at Charlotte Mecklenburg Library. Good question!'],
    [34, 'l', 'Are there eggs in the nest yet?'],
    [70, 'p', 'yes 4 eggs'],
    [76, 'l', 'Canada geese are protected under the Migratory Bird Treaty Act, so once there are eggs you need to register before moving or destroying the nest. The U.S. Fish and Wildlife Service explains the registration at fws.gov/service/canada-goose-nest-and-egg-registration. Meanwhile, rope off a wide circle and use another door for about a month.'],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'it does, thanks. no more questions'],
    [126, 'l', 'Thanks for chatting, and good luck with your new neighbor!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('e1', 'edgar-w', -100, 200), other('e2', 'edgar-w', 10, 300), other('e3', 'edgar-w', 60, 140)],
  }),

  // 26 three at most, touching ends; a restatement; the code field left out
  s(FERN, '26 homemade hummingbird nectar and red dye: restated "So you\'d like…", audubon.org, touching chats (three at most), no resolution code field', [
    [0, 'p', 'how do i make hummingbird food, and do i need the red dye'],
    [17, 'l', 'Hello, and welcome! Fern, a librarian at Phoenix Public Library, here.'],
    [22, 'l', "So you'd like a homemade nectar recipe, and to know whether the red dye is needed."],
    [45, 'p', 'yep'],
    [51, 'l', "Mix 1 part white sugar with 4 parts water, boil, let it cool, and skip the dye: the red on the feeder is enough, and dye isn't good for them. Audubon's recipe is at audubon.org/news/how-make-hummingbird-nectar. Change it every two or three days when it's hot."],
    [57, 'l', 'Did that help?'],
    [90, 'p', 'yes!! that is all, thank you'],
    [95, 'l', 'Enjoy the hummers! Bye!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [other('f1', 'fern-w', -400, 0), other('f2', 'fern-w', -50, 60), other('f3', 'fern-w', 20, 300), other('f4', 'fern-w', 100, 500)],
  }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (injured-wildlife macro): coded Practice, every check na', [
    [0, 'p', 'testing the injured wildlife canned message'],
    [5, 'l', 'Hi, this is the injured-wildlife macro: dnr.maryland.gov/wildlife'],
    [11, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 a true Lost Call: check-in and a notice that thanks
  s(HARLAN, '28 a bird hitting the window over and over (Lost Call): greeting only, "are you still there?" at 160, "seems you\'ve disconnected … Thanks" at 230 (200 s)', [
    [0, 'p', 'theres a bird that keeps flying into my window over and over, why'],
    [30, 'l', "Good morning, you're chatting with Harlan at Ask a Librarian, Madison Public Library."],
    [160, 'l', 'Hi again — are you still there?'],
    [230, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for contacting us, and feel free to write back anytime."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 29 Spanish: no provider ever joined, coded Lost Call after two patron lines
  s(NOBODY, '29 atropellé un venado y sigue vivo (Spanish): no provider ever joined, "hola?? alguien?", patron left, coded Lost Call after two patron lines', [
    [0, 'p', 'hola, atropellé a un venado con el carro en la carretera, está vivo todavía. a quién llamo??'],
    busy(2),
    [95, 'p', 'hola?? alguien?'],
    left(170),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 Lost Call after several patron lines; the patron has the last word; the greeting names only the service
  s(IVY, '30 trapping pigeons on a Manhattan balcony: "Hello, thanks for using Ask NYPL chat!" (no name), 311 page, "ok" / "thx" last, coded Lost Call', [
    [0, 'p', 'can i trap the pigeons on my balcony or is that illegal? nyc'],
    [21, 'l', 'Hello, thanks for using Ask NYPL chat!'],
    [27, 'l', 'Are you trying to stop them nesting, or to remove birds already living there?'],
    [55, 'p', 'stop them nesting. theres poop everywhere'],
    [62, 'l', "Pigeons aren't a protected species in New York, but trapping them yourself is discouraged and releasing them elsewhere isn't allowed. Bird spikes or netting are the usual fix; NYC's \"Pigeon Problems\" page at portal.311.nyc.gov lists the options. Does that help?"],
    [95, 'p', 'ok'],
    [99, 'p', 'thx'],
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundWildlife.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: wildlife and injured or nuisance animals, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundWildlife.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundWildlife.filter((c) => c.name in LEFT_WHY));
});
