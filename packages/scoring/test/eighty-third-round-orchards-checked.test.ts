/**
 * Eighty-third round, theme ORCHARDS, APPLE PICKING, CIDER AND FRUIT TREES, checked: 30 whole sessions no one had written,
 * from Maryland public library and statewide AskUsNow! "ask a librarian" chats: pick-your-own apples near Westminster and
 * (in Spanish) near Hagerstown, Larriland's October picking with a book club, apples that hold up in a pie, peach leaf curl
 * in Harford, a fig by a Baltimore back fence, the history of the Thurmont orchards for a church newsletter, an old unnamed
 * tree on a farm near Rising Sun, a great-grandfather's Smithsburg orchard, old harvest photos for a senior-centre display,
 * planting bare-root trees near Accident in Garrett County, how long farm-stand cider keeps, a partner for a Honeycrisp, how
 * many apples make a gallon, a soil test before planting, a second-grade trip to Weber's Cider Mill Farm, starting a u-pick
 * near Centreville, spotted lanternflies on peach trees, where apple butter comes from, pruning a two-year-old tree, grafting
 * a grandmother's tree, a Bing cherry with no cherries, licences for a farm cidery, pawpaws for a Cumberland yard, cider
 * donuts (a Lost Call), brown rot on a backyard peach (Spanish), a library cider press, a 1950s prize at the Hagerstown fair
 * and a branch's grafting workshop. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/s75/orchards-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 14-24 s in most; 59 s (05: pass), exactly 60 s (03: pass), 61 s after the patron's "hello?" at 38 (04: fail); no
 *   provider ever, only the queue's line, the patron's "still waiting... hola??" and "nvm" (27: fail);
 *  greeting: name, "librarian" and library (01, 07, 13, 14 …); Spanish "¡Hola, buenos días! Soy Marisol, bibliotecaria de
 *   AskUsNow!" (02) and "¡Hola! Soy Teresa, bibliotecaria de …" (26); the service only, "Hello, and welcome to AskUsNow!"
 *   (03: pass); the library only, "Hello, you've reached Baltimore County Public Library's Ask a Librarian service." (16:
 *   pass); split over two lines, "Hi! 👋" then "Noor here, a librarian at …" (05: pass); a greeting with no one named, "Hi!
 *   Sorry for the wait, busy morning.", the name only in the sign-off (04: fail); a name and library with no greeting, "This
 *   is Dana with Howard County Library System." (06: fail);
 *  keep_informed: two holds of exactly 120 s each, with a colleague's internal messages in between (07: pass); a silent
 *   transfer, the receiver 123 s after the patron with an internal note and the transfer event between (09: fail); a
 *   transfer notice answered by the receiver 70 s (10) and 118 s (11) later (pass); "No problem, take your time." and the
 *   patron back 224 s later (08: waiting on the patron, pass); a second question answered 121 s later with no hold (17:
 *   fail); patron lines left unanswered at the end (21, 22: open spans, pass);
 *  clarify: questions about age and day, use of the photos, home branch, variety, pot or ground, the kind of press, rootstock,
 *   format ("Would a printed guide with diagrams be the most useful, or would you rather have a video?", 20); restatements
 *   "So you're looking for … — is that right?" (06) and "So you'd like to know whether …" with no question mark (13); the
 *   answer straight after the greeting (12: fail); no source ever, a question before the answer (14, 15: pass);
 *  sources: marylandsbest.net, baughers.com, pick-your-own.com, extension.umd.edu (HGIC pages), Apples of Uncommon
 *   Character, Old Southern Apples, The Backyard Orchardist in Libby, The Grafter's Handbook, The Oxford Companion to American
 *   Food and Drink, Williams and McKinsey's History of Frederick County at archive.org, NewspaperArchive, whilbr.org,
 *   loc.gov/pictures, planthardiness.ars.usda.gov, foodsafety.gov, extension.psu.edu, mda.maryland.gov, ttb.gov,
 *   atcc.maryland.gov, fcpl.org > Events; none: a rule of thumb from memory (14: fail), the Extension named with no way to
 *   reach it (15: fail);
 *  completeness: "Does that give you enough to cite?", "Will those work for the display?", "¿Le sirve esta información?",
 *   "Did that help?" inside the answer line (14), "Does the pawpaw page help for now?", "Did the NewspaperArchive suggestion
 *   help for now?", "Does the events page help in the meantime?"; near misses: an offer of more, "Want me to find a few old
 *   Maryland apple butter recipes too?" (19: fail), a format question asked only before the source (20: fail);
 *  anything else: the provider asks (03, 04, 11, 12, 15, 18, 30); the patron says so ("thats all i needed", "es todo lo que
 *   necesitaba", "thats everything", "That is everything I needed.", "thats all for now", "no more questions", "thats all
 *   for today", "thats all for tonight then", "that is all, thank you both"); near misses: "Feel free to come back if you need
 *   anything else!" after "no thats ok, thanks" (19: fail), "oh. ok" (22), silence (14, 20, 24, 26);
 *  dismissal: "Sorry, your time is up for this chat — we limit sessions to 15 minutes." (21: fail); "I'm about to go off
 *   shift, so I have to end the chat here. Bye." (22: fail); "I have several other patrons waiting right now. Please log back
 *   on later …" (23: allowed, pass);
 *  final idle: a goodbye 119 s after the answer (14: na); 120 s with no check-in (24: fail); 121 s with "Are you still with
 *   me?" between (20: idle passes, notice na); a Lost Call with a check-in and a notice that says goodbye exactly 180 s after
 *   the greeting (25: both pass); "¿Sigue ahí?" and the session ending 181 s after the answer with no notice (26: idle passes,
 *   notice fails, courteous fails);
 *  codes: Answered; left out (16: na); "" (19); null with no provider (27); Lost Call with one patron line (25: pass) and
 *   with two (26: fail); Practice (28); Answered after a promise to e-mail (12: fail); Follow-up by me with no contact
 *   anywhere (24: fail); Follow-up by patron's library with the phone only in `patron.phone` (30: pass);
 *  follow-ups: "I'll e-mail you a copy by tomorrow afternoon", e-mail read back, coded Answered, nothing recorded at day 1
 *   (12: contact pass, on_time pending); FU_ME, "I'll look into which nurseries … and get back to you", no contact asked,
 *   nothing recorded at day 4 (24: contact and on_time fail); FU_ME, e-mail read back, "by Thursday at the latest", done at
 *   a time written in UTC 71 h 59 m 30 s after `endedAt` (29: pass); FU_LIB, "someone from there will call you by Friday", the
 *   phone never in the chat, done 73 h after `endedAt` (30: contact and on_time fail);
 *  referrals: a farm's school-tours coordinator by phone and e-mail (16: pass); an Extension specialist by e-mail and the
 *   county Farm Bureau with no contact (17: fail); the MDA plant protection section by postal address (18: pass); the Garrett
 *   County Extension office through its web page (11: pass); the ATCC's licensing staff through atcc.maryland.gov (23:
 *   pass); "give your county Extension office a call" (15: fail); not referrals: the Maryland Room staff asked on the patron's
 *   behalf (07), farms named as the places to pick (01, 02, 06), the branch asked to call the patron (30);
 *  transfers: a notice (a hold) and an internal note saying why (10: pass); an internal note and no word to the patron (09:
 *   fail); a notice and no note (11: fail);
 *  concurrency: one other session ending exactly at `startedAt`, two overlapping, one starting exactly at `endedAt` (01: three
 *   at most, pass); three others all open from 30 s to 60 s (13: four at once, fail).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hi! Sorry for the wait, busy morning." greets but names no one; the sign-off "- Marcy, Harford County Public Library" in
 *   the last line is outside the first two visible provider messages (04: fail). "This is Dana with Howard County Library
 *   System." identifies but does not greet, and the restatement after it does not greet either (06: fail);
 * - "Hello, and welcome to AskUsNow!" identifies by the service (03) and "you've reached Baltimore County Public Library's Ask
 *   a Librarian service" by the library (16), with no name: both identify "the library or the service" (pass);
 * - a wait of exactly 120 s is not "longer than `silenceSeconds`" (07); "Still on it: … I'm checking what each says about
 *   orchards." says the search goes on, a hold (07); "No problem, take your time." is not a hold (08); "I'm going to transfer
 *   you to her so she can help. One moment please!" and "I'm transferring you to her now. Hang tight!" announce a transfer,
 *   holds (10, 11);
 * - internal and system lines do not end a wait on the provider: 09's wait runs from the patron's line at 58 s to Wes's first
 *   line at 181 s (123 s, fail);
 * - a restatement with no question mark, "So you'd like to know whether your Honeycrisp needs a partner tree …", restates the
 *   question (13: pass); "Would a printed guide with diagrams be the most useful, or would you rather have a video?" asks about
 *   format before any source (20: clarify passes), and, asked before anything was given, is not the completeness question (20:
 *   fails, nothing asked after the source);
 * - "Did that help?" at the end of the answer line itself is "in … the first message that gives a … answer" (14: pass), and
 *   completeness is labelled pass or fail, not na, where `info.source` fails (14, 15);
 * - "Does that give you enough to cite?", "Will those work for the display?", "Does that help as a start?", "Does the pawpaw
 *   page help for now?", "Did the NewspaperArchive suggestion help for now?" and "Does the events page help in the meantime?"
 *   ask whether what was already given meets the need (pass); "Want me to find a few old Maryland apple butter recipes too?"
 *   offers something not yet given (19: fail);
 * - "Feel free to come back if you need anything else!" invites the patron back (courteous passes) but does not ask whether
 *   they need anything else, and "no thats ok, thanks" declines an offer without saying the patron is done (19: fail);
 * - "thats all for today", "thats all for tonight then", "thats all for now", "es todo lo que necesitaba", "that is all, thank
 *   you both" and "no more questions" say explicitly that the patron is done (17, 23, 08, 02, 10, 13); "sure, thanks", "oh.
 *   ok" and "yes thank u" do not (30, 22, 11: 30 and 11 pass only by the provider's question);
 * - "Sorry, your time is up for this chat — we limit sessions to 15 minutes." fails whatever follows it (21); "I'm about to go
 *   off shift, so I have to end the chat here. Bye." ends the help for the provider's convenience and offers no way back (22:
 *   dismissal fails), while its "Bye." is a goodbye (22: courteous passes); "several other patrons waiting … Please log back on
 *   later and we'll gladly take the business plan and the rest" is the allowed ending (23);
 * - an organisation named without a way to reach it: "The University of Maryland Extension runs soil testing advice …; give
 *   your county Extension office a call" is a referral to an office with no contact, and the only thing resembling a source
 *   (15: referral and source fail);
 * - farms named as the answer to "where can we pick apples" (Baugher's in 01 through the farm finder and its picking report,
 *   the farms in 02, Larriland in 06) are the outing the patron asked about, pointed to through websites; the patron is not
 *   told to call, write to or ask anyone, so no referral (na); the school-tours coordinator to "call … or e-mail" (16) is one;
 * - mailing a specimen "to the MDA Plant Protection and Weed Management section, 50 Harry S. Truman Parkway, Annapolis, MD
 *   21401" is writing to an office with its postal address (18: pass); "contact the Garrett County Extension office through its
 *   page, extension.umd.edu/locations/garrett-county" (11) and "contact the ATCC's licensing staff through atcc.maryland.gov"
 *   (23) give a URL (pass); TTB's Permits Online and guide at ttb.gov are sources to use;
 * - the Maryland Room colleague Greta asks on the patron's behalf is staff consulted, not a referral (07); "I've passed your
 *   question to the Urbana branch; someone from there will call you by Friday" is a promise that someone from the patron's
 *   library will contact them (30: a follow-up session), not a referral;
 * - "I haven't heard back, so I'll let you go. Thanks for chatting, and come back anytime!" is a goodbye, so 20's final idle
 *   ends there (121 s) and "Are you still with me?" at 150 s is the check-in;
 * - 25's greeting, check-in and goodbye-notice are no substantive exchange (information checks na); "It looks like you've been
 *   disconnected, so I'm going to close this chat now. Thanks for reaching out, and please come back anytime!" is both the
 *   notice and a goodbye, sent exactly 180 s after the greeting where the final idle begins (idle and notice pass), and closing
 *   a chat on a patron who left is not a dismissal (pass);
 * - 26's last two provider lines, the answer ending "¿Le sirve?" and "¿Sigue ahí?", neither thank nor say goodbye (courteous
 *   fails); the session ends 181 s after the answer with no notice (disconnect fails);
 * - `resolutionCode: undefined` is the field left out: the source has no codes (16: na);
 * - 24's promise "I'll look into which nurseries near Cumberland carry them and get back to you" with `Follow-up by me` and no
 *   e-mail or phone in the patron fields or the chat: the code fails (no contact known), contact fails, and nothing recorded by
 *   day 4 fails on_time; 30's phone in `patron.phone` only makes the code pass (a contact is known) but is not confirmed in the
 *   chat (contact fails);
 * - 29's follow-up is recorded as 2026-03-05T15:02:00Z: with the offset honoured that is 71 h 59 m 30 s after `endedAt`
 *   (2026-03-02T10:02:30-05:00), within 72 h (pass).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (18). Label corrections: none (the disagreement reread against RUBRIC.md's
 * Referral term and `referral.contact`; the label stood).
 * Final: 29 running, 1 LEFT (LEFT_WHY: a specimen to mail to an MDA section at its postal address not read as a referral, 18).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual, who } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const KATE: Prov = { id: 'kate-or', name: 'Kate', library: 'CCPL-MD' };
const MARISOL: Prov = { id: 'marisol-or', name: 'Marisol', library: 'AUN' };
const OMAR: Prov = { id: 'omar-or', name: 'Omar', library: 'AUN' };
const MARCY: Prov = { id: 'marcy-or', name: 'Marcy', library: 'HCPL-MD' };
const NOOR: Prov = { id: 'noor-or', name: 'Noor', library: 'EPFL' };
const DANA: Prov = { id: 'dana-or', name: 'Dana', library: 'HCLS' };
const GRETA: Prov = { id: 'greta-or', name: 'Greta', library: 'FCPL-MD' };
const HAL: Prov = { id: 'hal-or', name: 'Hal', library: 'CCPL-CE' };
const IVY: Prov = { id: 'ivy-or', name: 'Ivy', library: 'AUN' };
const WES: Prov = { id: 'wes-or', name: 'Wes', library: 'WCFL' };
const PETRA: Prov = { id: 'petra-or', name: 'Petra', library: 'AUN' };
const ROZ: Prov = { id: 'roz-or', name: 'Roz', library: 'FCPL-MD' };
const BRYCE: Prov = { id: 'bryce-or', name: 'Bryce', library: 'AUN' };
const GINA: Prov = { id: 'gina-or', name: 'Gina', library: 'GCPL' };
const ELI: Prov = { id: 'eli-or', name: 'Eli', library: 'AACPL' };
const LENA: Prov = { id: 'lena-or', name: 'Lena', library: 'MCPL' };
const TOM: Prov = { id: 'tom-or', name: 'Tom', library: 'KCPL' };
const RAJ: Prov = { id: 'raj-or', name: 'Raj', library: 'TCFL' };
const SUE: Prov = { id: 'sue-or', name: 'bcpl_ask3', library: 'BCPL' };
const BEA: Prov = { id: 'bea-or', name: 'Bea', library: 'QACL' };
const RUTH: Prov = { id: 'ruth-or', name: 'Ruth', library: 'CCPL-CA' };
const KIM: Prov = { id: 'kim-or', name: 'Kim', library: 'WPL' };
const FAY: Prov = { id: 'fay-or', name: 'Fay', library: 'SMCL' };
const LUKE: Prov = { id: 'luke-or', name: 'Luke', library: 'PGCMLS' };
const ZOE: Prov = { id: 'zoe-or', name: 'Zoe', library: 'DCPL' };
const NED: Prov = { id: 'ned-or', name: 'Ned', library: 'AUN' };
const OLIVE: Prov = { id: 'olive-or', name: 'Olive', library: 'ACLS' };
const PIA: Prov = { id: 'pia-or', name: 'Pia', library: 'CCPL-CH' };
const TERESA: Prov = { id: 'teresa-or', name: 'Teresa', library: 'MCPL' };
const QUEUE: Prov = { id: 'queue-or', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-or', name: 'Trainee 7', library: 'TRN' };
const VERA: Prov = { id: 'vera-or', name: 'Vera', library: 'WCFL' };
const WYATT: Prov = { id: 'wyatt-or', name: 'Wyatt', library: 'AUN' };

const s = session;

export const ORCHARDS: SessionCase[] = [
  // 01 the plain good session; touching ends (three at most)
  s(KATE, '01 pick-your-own near Westminster with two little kids: marylandsbest.net + baughers.com, "thats all i needed", touching ends (three at most)', [
    [0, 'p', 'hi!! where can we go apple picking near westminster this weekend? 🍎'],
    [14, 'l', "Hi there, thanks for contacting Ask a Librarian! I'm Kate, a librarian at Carroll County Public Library."],
    [20, 'l', 'Are you hoping to pick your own, or would a farm market with apples already picked work too?'],
    [52, 'p', 'pick our own def, we have 2 little kids'],
    [61, 'l', "The farm finder at marylandsbest.net lets you filter for pick-your-own orchards in Carroll County. The one closest to Westminster is Baugher's; their picking report at baughers.com says which varieties are open that weekend, since it changes week to week. Wagon rides to the trees are usually a hit with little ones."],
    [67, 'l', 'Does that give you what you need?'],
    [98, 'p', 'yes perfect, thats all i needed thank u'],
    [103, 'l', "You're welcome! Have fun picking, and thanks for chatting with us."],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'kate-or', -300, 0), other('k2', 'kate-or', -40, 60), other('k3', 'kate-or', 30, 400), other('k4', 'kate-or', 108, 500)],
  }),

  // 02 Spanish, a good session
  s(MARISOL, '02 recoger manzanas cerca de Hagerstown con niños (Spanish): "¡Hola, buenos días! Soy Marisol, bibliotecaria", marylandsbest.net, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenos dias, donde puedo ir a recoger manzanas cerca de hagerstown? con mis niños'],
    [22, 'l', '¡Hola, buenos días! Soy Marisol, bibliotecaria de AskUsNow!, el chat de las bibliotecas de Maryland.'],
    [28, 'l', '¿Qué edad tienen los niños, y piensan ir entre semana o el fin de semana?'],
    [70, 'p', '6 y 9 años, el sabado'],
    [79, 'l', 'En el condado de Washington hay varias huertas cerca de Smithsburg que abren para recoger manzanas en septiembre y octubre. El buscador de granjas de Maryland\'s Best (marylandsbest.net) tiene un filtro de "pick your own" por condado; le recomiendo revisar la página de cada granja el viernes para ver qué variedades están listas. Con niños de esa edad, lleven botas porque el pasto suele estar mojado en la mañana 🙂'],
    [85, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [126, 'l', '¡Con mucho gusto! Gracias por escribirnos y que disfruten el sábado 🍎'],
  ], usual()),

  // 03 pickup at exactly 60 s; the service named, no person
  s(OMAR, '03 apples that hold up in a pie: pickup at exactly 60 s, "Hello, and welcome to AskUsNow!", Apples of Uncommon Character, "Anything else"', [
    [0, 'p', 'what apples are best for pie? my last one turned to mush'],
    [60, 'l', 'Hello, and welcome to AskUsNow! Sorry for the short wait.'],
    [66, 'l', 'Did you use one kind of apple or a mix? And do you know which kind it was?'],
    [95, 'p', 'just mcintosh bc thats what the store had'],
    [104, 'l', "That explains the mush: McIntosh breaks down when it bakes. Firmer apples like Northern Spy, Jonagold, Honeycrisp or Granny Smith keep their shape, and many bakers mix a firm tart one with a sweeter one. Rowan Jacobsen's book Apples of Uncommon Character has a note on the best uses of each variety; search the title in your library's catalog."],
    [110, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes! going to try northern spy + granny smith'],
    [146, 'l', 'Sounds delicious. Anything else I can help with today?'],
    [170, 'p', 'nope thats it'],
    [175, 'l', 'Happy baking, and thanks for using AskUsNow!'],
  ], usual()),

  // 04 pickup at 61 s; a greeting that names no one
  s(MARCY, '04 peach leaf curl in Harford: "hello?" at 38, pickup at 61 s, "Hi! Sorry for the wait, busy morning." (no one named), extension.umd.edu', [
    [0, 'p', 'my peach tree leaves are all curly and red and puckered, is it dying'],
    [38, 'p', 'hello?'],
    [61, 'l', 'Hi! Sorry for the wait, busy morning.'],
    [66, 'l', 'Did the leaves come out like that this spring, or did they change later in the summer?'],
    [95, 'p', 'this spring right when they came out'],
    [103, 'l', "That sounds like peach leaf curl, a fungus that gets in as the leaves open in a cool, wet spring. It rarely kills a tree, and the second flush of leaves usually comes out healthy. The fix is a fungicide spray after the leaves drop in fall or in late winter before the buds swell, not now. The University of Maryland Extension's Home & Garden Information Center has a page with photos: search 'peach leaf curl' at extension.umd.edu."],
    [109, 'l', 'Does that answer your question?'],
    [150, 'p', 'ok phew yes. thank you!!'],
    [155, 'l', 'Is there anything else I can help you with?'],
    [171, 'p', 'no thats all'],
    [176, 'l', 'Good luck with the tree, and thanks for writing in! - Marcy, Harford County Public Library'],
  ], usual({ pickup: 'fail', greeting: 'fail' })),

  // 05 pickup at 59 s; the greeting split over two lines
  s(NOOR, '05 a fig by a Baltimore back fence over winter: pickup at 59 s, "Hi! 👋" then "Noor here, a librarian at Enoch Pratt", extension.umd.edu', [
    [0, 'p', 'how do i keep my fig tree alive over winter in baltimore? got it from a neighbor'],
    [59, 'l', 'Hi! 👋'],
    [64, 'l', 'Noor here, a librarian at Enoch Pratt Free Library. Is the fig in a pot, or planted in the ground?'],
    [90, 'p', 'in the ground, by the back fence, its maybe 4 ft tall'],
    [99, 'l', "Most figs planted in Baltimore come through if you protect them from hard freezes: after the leaves drop, mulch the base deeply, then wrap the branches in burlap or put a cage of chicken wire around them and stuff it with dry leaves. The Home & Garden Information Center's figs page has the steps: extension.umd.edu, search 'figs'."],
    [105, 'l', 'Does that help?'],
    [140, 'p', 'yes thank you, thats everything'],
    [145, 'l', 'Glad to help! Thanks for chatting, and good luck with the fig.'],
  ], usual()),

  // 06 a name and a library with no greeting; a restatement
  s(DANA, '06 Larriland in October with a book club: "This is Dana with Howard County Library System." (no greeting), "So you\'re looking for … — is that right?", pick-your-own.com', [
    [0, 'p', 'larriland farm — do they let you pick apples in october and whats the price'],
    [18, 'l', 'This is Dana with Howard County Library System.'],
    [23, 'l', "So you're looking for Larriland's October apple-picking dates and what it costs — is that right?"],
    [45, 'p', 'yep, going w my book club'],
    [53, 'l', "Larriland Farm in Woodbine posts its picking calendar, hours and per-pound prices on its website, pick-your-own.com, and updates them through the season; apples usually run from September into October. Groups are welcome, and they ask everyone to check the crop report on the site the morning they go."],
    [59, 'l', 'Did that help?'],
    [90, 'p', "yes, that's all i needed. thanks!"],
    [95, 'l', 'Have a great time with your book club — bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 two holds of exactly 120 s; a colleague asked on the patron's behalf
  s(GRETA, '07 Thurmont orchards for a church newsletter: hold at 61, Maryland Room asked (internal), "Still on it" at 181, answer at 301, archive.org + NewspaperArchive', [
    [0, 'p', "hello, i'm writing a short piece for our church newsletter on the orchards around thurmont. when did they start growing apples up there commercially?"],
    [16, 'l', "Good morning! I'm Greta, a librarian with Frederick County Public Libraries."],
    [22, 'l', 'How far back do you want to go, and do you need something you can cite in print?'],
    [55, 'p', 'early 1900s on, and yes something I can cite'],
    [61, 'l', "Let me check with our Maryland Room staff, they know the county's farm history best. One moment."],
    [70, 'i', 'Hi Lou, patron writing on Thurmont-area orchards, commercial start ~1900s, needs something citable. Anything in the Maryland Room?'],
    [150, 'i', "Try Williams & McKinsey's History of Frederick County (1910) and the News-Post's farm pages from the 1910s on.", who('Lou Becker', 'lou-or')],
    [181, 'l', "Still on it: our Maryland Room colleague pointed me to two sources and I'm checking what each says about orchards."],
    [301, 'l', "Here's what we found. T.J.C. Williams and Folger McKinsey's History of Frederick County, Maryland (1910) has a section on the county's fruit growing; it's in our catalog and free to read online at archive.org. The Frederick News-Post reported on the apple crop around Thurmont for decades, and you can search it in NewspaperArchive through fcpl.org > Research."],
    [307, 'l', 'Does that give you enough to cite?'],
    [345, 'p', 'This is wonderful, thank you. That is everything I needed.'],
    [351, 'l', 'My pleasure, good luck with the newsletter and thanks for contacting us!'],
  ], usual()),

  // 08 "take your time": a wait on the patron
  s(HAL, '08 an old unnamed apple tree near Rising Sun: "No problem, take your time." (224 s away), Old Southern Apples, "thats all for now"', [
    [0, 'p', 'theres a really old apple tree on my grandpas farm near rising sun, nobody knows what kind it is. how do i find out'],
    [20, 'l', "Hi, thanks for reaching out to Cecil County Public Library! I'm Hal, one of the librarians here."],
    [26, 'l', 'What do the apples look like: color, size, and when do they ripen?'],
    [60, 'p', 'hang on let me go look, its out back'],
    [66, 'l', 'No problem, take your time.'],
    [290, 'p', 'ok. small, greenish yellow with red streaks, kinda lopsided, ripe in late sept. tree is huge'],
    [299, 'l', "A tree that old could well be an heirloom. Creighton Lee Calhoun's book Old Southern Apples describes hundreds of old varieties with color photos, so you can compare shape, streaking and ripening time; it's in our catalog, just search the title on our website."],
    [305, 'l', 'Does that help you get started?'],
    [340, 'p', 'yes, i will look for that book. thanks thats all for now'],
    [346, 'l', 'Happy hunting, and thanks for chatting!'],
  ], usual()),

  // 09 a silent transfer: an internal note, no word to the patron, the receiver 123 s after the patron
  s(IVY, '09 a great-grandfather\'s Smithsburg orchard: note to Wes, transfer with no word to the patron, Wes 123 s after the patron, whilbr.org', [
    [0, 'p', 'hi, researching the orchards around smithsburg for my family tree. my great grandfather ran one in the 1920s'],
    [19, 'l', 'Hello! Ivy here, a librarian with AskUsNow!'],
    [25, 'l', "Do you know the orchard's name, or the family name it went by?"],
    [58, 'p', 'Stottlemyer? i think. or it was just called the mountain orchard'],
    [64, 'i', 'Wes, patron researching a 1920s Smithsburg orchard (family name Stottlemyer?). Your Western Maryland Room is the place for it, can you take it?'],
    xfer(67, 'Wes', 'wes-or'),
    [181, 'l', "Hi, this is Wes at Washington County Free Library's Western Maryland Room. Do you know which road the orchard was on?", as(WES)],
    [210, 'p', 'near cavetown i think'],
    [219, 'l', "WHILBR, our Western Maryland digital history site at whilbr.org, has photos of orchards and packing houses from the Smithsburg-Cavetown area, and its search box takes family names, so try 'Stottlemyer' there.", as(WES)],
    [225, 'l', 'Is that the kind of thing you were hoping to find?', as(WES)],
    [260, 'p', 'yes!! thank you, i didnt know whilbr existed. thats everything'],
    [266, 'l', 'Glad to help — thanks for chatting, and good luck with the family tree!', as(WES)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 10 a transfer with a notice and a note
  s(PETRA, '10 old harvest photos for a senior-centre display: "I\'m going to transfer you to her", a note why, Roz 70 s later, loc.gov/pictures', [
    [0, 'p', 'hello. our senior center wants old photos of apple harvests around thurmont and emmitsburg for a fall display. where could we find some?'],
    [24, 'l', "Good morning, and thanks for contacting AskUsNow! My name is Petra, I'm a librarian."],
    [30, 'l', 'Will you be printing the photos, so you need ones you have permission to reproduce?'],
    [62, 'p', 'yes printing them, poster size maybe'],
    [70, 'l', "Frederick County's local history librarian is online right now and knows those collections, so I'm going to transfer you to her so she can help. One moment please!"],
    [73, 'i', 'Hi Roz, patron from a senior center wants printable photos of Thurmont/Emmitsburg apple harvests. Local history collections and reproduction rights are your area, OK to send over?'],
    xfer(76, 'Roz', 'roz-or'),
    [140, 'l', "Hi there, Roz at Frederick County Public Libraries' Maryland Room. Great project!", as(ROZ)],
    [146, 'l', "The Library of Congress's Prints & Photographs Online Catalog at loc.gov/pictures has Farm Security Administration photos of Maryland orchards that are free to reuse; search 'apple harvest Maryland'. Our own Maryland Room photo files are listed in the catalog at fcpl.org.", as(ROZ)],
    [152, 'l', 'Will those work for the display?', as(ROZ)],
    [190, 'p', 'yes those will work great. that is all, thank you both'],
    [196, 'l', 'Wonderful! Thanks for chatting, and enjoy putting the display together.', as(ROZ)],
  ], usual({ transfer: 'pass' })),

  // 11 a transfer with a notice and no note; the receiver 118 s after the notice; a referral by URL
  s(BRYCE, '11 bare-root apple trees near Accident (Garrett): "I\'m transferring you to her now" with no note, Gina 118 s later, the Extension office by its web page', [
    [0, 'p', 'when should i plant bare root apple trees up here in garrett county? it gets cold'],
    [17, 'l', "Hi! Bryce with AskUsNow!, Maryland's library chat. Happy to help."],
    [24, 'l', "One of our Garrett County librarians is on and knows mountain gardening well, so I'm transferring you to her now. Hang tight!"],
    xfer(27, 'Gina', 'gina-or'),
    [142, 'l', 'Hello! Gina from Garrett County Public Library. Are you near Oakland, or up higher around Grantsville?', as(GINA)],
    [170, 'p', 'near accident'],
    [178, 'l', "Up there, plant bare-root trees in spring as soon as the ground can be worked, usually mid-April to early May, while they're still dormant; fall planting is riskier in the mountains because the roots don't settle before the ground freezes. The USDA hardiness zone map at planthardiness.ars.usda.gov gives your zone by ZIP code, and for advice on varieties for your elevation, contact the Garrett County Extension office through its page, extension.umd.edu/locations/garrett-county.", as(GINA)],
    [184, 'l', 'Does that answer your question?', as(GINA)],
    [215, 'p', 'yes thank u'],
    [220, 'l', 'Anything else I can help with today?', as(GINA)],
    [240, 'p', 'no thanks'],
    [245, 'l', 'Happy planting, bye!', as(GINA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 12 the answer straight after the greeting; a promise to e-mail, coded Answered
  s(ELI, '12 farm-stand cider in the fridge: foodsafety.gov with no question first, "I\'ll e-mail it to you by tomorrow afternoon", e-mail read back, coded Answered, day 1', [
    [0, 'p', 'bought a gallon of fresh cider at a farm stand, how long is it good in the fridge? its unpasteurized'],
    [15, 'l', "Hi, Eli here at Anne Arundel County Public Library's Ask a Librarian."],
    [22, 'l', 'The USDA\'s FoodKeeper at foodsafety.gov lists storage times for cider and other juices; unpasteurized cider starts to ferment and turn fizzy within a week or so in the fridge. The FDA also advises that children, older adults, pregnant people and anyone with a weakened immune system drink only pasteurized juice, or bring fresh cider to a boil first.'],
    [28, 'l', 'Did that help?'],
    [60, 'p', 'yes. my grandma used to freeze it, is that ok?'],
    [68, 'l', "Freezing is fine, just leave room at the top of the jug. There's also a Penn State Extension fact sheet on making safe cider at home that I'd like to send you; I'll e-mail it to you by tomorrow afternoon. What's your e-mail?"],
    [95, 'p', 'ciderfan88@example.net'],
    [101, 'l', 'Thanks, ciderfan88@example.net. Anything else?'],
    [120, 'p', 'nope thats all'],
    [125, 'l', 'Enjoy the cider, and thanks for chatting!'],
  ], usual({ clarify: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + DAY }),

  // 13 a restatement; four at once
  s(LENA, '13 a partner for a Honeycrisp in Silver Spring: "So you\'d like to know whether …" (no question mark), extension.umd.edu, four chats open at once', [
    [0, 'p', 'I planted a honeycrisp last year. do I need another tree for it to make apples'],
    [20, 'l', "Hello! You've reached Lena, a librarian at Montgomery County Public Libraries."],
    [26, 'l', "So you'd like to know whether your Honeycrisp needs a partner tree to set fruit, and which kinds would work."],
    [50, 'p', 'yes exactly, small yard in silver spring'],
    [58, 'l', "Yes, Honeycrisp needs pollen from a different apple variety that blooms at the same time, ideally within about 50 feet. Gala, Fuji and Golden Delicious are common partners, and a flowering crabapple in a neighbor's yard can do the job too. In a small yard a dwarf or columnar apple saves room. The Home & Garden Information Center covers pollination and dwarf trees on its apples page at extension.umd.edu."],
    [64, 'l', 'Is that what you were looking for?'],
    [95, 'p', 'yes thanks! no more questions'],
    [100, 'l', 'Great, enjoy your apples, and thanks for using Ask a Librarian!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'lena-or', -100, 60), other('l2', 'lena-or', 10, 200), other('l3', 'lena-or', 30, 90)],
  }),

  // 14 no source; a goodbye 119 s after the answer
  s(TOM, '14 apples for a gallon of cider, borrowed hand press: a rule of thumb with no source, "Did that help?" in the answer, goodbye 119 s later', [
    [0, 'p', 'how many apples does it take to make a gallon of cider? borrowing my neighbors press'],
    [21, 'l', 'Hi, this is Tom at Kent County Public Library. Thanks for writing in!'],
    [27, 'l', 'Is it a hand-crank press or a hydraulic one, and do you know what kind of apples?'],
    [60, 'p', 'hand crank, mixed from our trees'],
    [68, 'l', 'As a rule of thumb, a bushel of apples, roughly 40 pounds, makes about 3 gallons of cider on a hand press, so figure 12 to 14 pounds for a gallon. Ripe, juicy apples give more, and grinding them fine before pressing helps a lot. Did that help?'],
    [187, 'l', 'Thanks for chatting, and enjoy the cider pressing!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 15 the Extension named with no way to reach it: no source, a referral with no contact
  s(RAJ, '15 a soil test before planting five fruit trees near Easton: "give your county Extension office a call" (no contact, no source)', [
    [0, 'p', 'hi, want to plant 5 fruit trees in the backyard next spring. should i test the soil first and how'],
    [18, 'l', "Hi, I'm Raj, a librarian at Talbot County Free Library. Great project!"],
    [24, 'l', 'What kinds of fruit trees are you thinking of?'],
    [55, 'p', 'apples, 2 pears, maybe a peach. easton area'],
    [63, 'l', "Yes, testing first is smart: fruit trees like a pH around 6 to 6.5, and lime is easiest to work in before planting. The University of Maryland Extension gives soil testing advice and can tell you which lab to use, so give your county Extension office a call and they'll walk you through taking the samples."],
    [69, 'l', 'Does that help?'],
    [100, 'p', 'yes ok, ill call them'],
    [105, 'l', 'Anything else I can help with?'],
    [120, 'p', 'no thats it thanks'],
    [124, 'l', 'Happy planting, and thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 16 a referral by phone and e-mail; the library named, no person; no codes at the source
  s(SUE, '16 a second-grade trip to Weber\'s Cider Mill Farm: "you\'ve reached Baltimore County Public Library\'s Ask a Librarian service", coordinator by phone and e-mail, code left out', [
    [0, 'p', "Hi, I teach 2nd grade in Parkville and want to take my class apple picking in October. Is Weber's Cider Mill Farm a good option and how do we book?"],
    [16, 'l', "Hello, you've reached Baltimore County Public Library's Ask a Librarian service."],
    [22, 'l', 'About how many students and chaperones, and will you have a bus?'],
    [60, 'p', '24 kids, 6 adults, we have a bus'],
    [68, 'l', "Weber's Cider Mill Farm in Parkville runs school field trips in the fall, usually with a hayride, a short talk on how apples grow and something to take home. To book, call their school-tours coordinator at 410-555-0148 or e-mail fieldtrips@example.com, and ask about October dates soon, since they fill up by late summer."],
    [74, 'l', 'Is that what you needed?'],
    [105, 'p', 'Yes, thank you so much. That is everything.'],
    [110, 'l', "You're welcome! Have a wonderful trip, and thanks for contacting us."],
  ], usual({ referral: 'pass', code: 'na' }), { resolutionCode: undefined }),

  // 17 two parties, one with no contact; a second question answered 121 s later
  s(BEA, '17 starting a u-pick near Centreville: an Extension specialist by e-mail and the county Farm Bureau with no contact, the insurance answer 121 s later', [
    [0, 'p', 'my husband and i have 10 acres near centreville and are thinking about starting a small u-pick apple orchard. where do we even start??'],
    [19, 'l', "Hi there! I'm Bea, a librarian at Queen Anne's County Library. Exciting plan!"],
    [25, 'l', 'Are you looking for help with growing the trees, the business side (permits, insurance, marketing), or both?'],
    [62, 'p', 'both honestly but mostly the business side'],
    [70, 'l', "Penn State Extension's Tree Fruit Production Guide at extension.psu.edu is the standard planning guide for Mid-Atlantic orchards, and once you're open, the Maryland's Best farm finder at marylandsbest.net is where most families look for u-pick farms. For one-on-one help with a business plan, e-mail the Extension's agricultural business specialist at agbiz@example.org."],
    [76, 'l', 'Does that help as a start?'],
    [110, 'p', 'yes! what about insurance, do we need special liability coverage for people picking on our land'],
    [231, 'l', "Sorry for the wait! Most u-pick farms carry farm liability coverage that includes agritourism. Ask the folks at the Queen Anne's County Farm Bureau; they'll know which local agents write it. Our Small Business Reference Center database (Research page on our website) also has articles on insuring an agritourism business."],
    [237, 'l', 'Does that cover the insurance part?'],
    [270, 'p', 'yes. thats all for today, thank you!'],
    [275, 'l', 'Good luck with the orchard, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 18 a referral by postal address
  s(RUTH, '18 spotted lanternflies on peach trees in Huntingtown: mda.maryland.gov, a specimen mailed to MDA at 50 Harry S. Truman Parkway (address)', [
    [0, 'p', 'found these weird spotted bugs with red wings all over my peach trees in huntingtown. lanternflies?? what do i do'],
    [18, 'l', "Hi, thanks for contacting Calvert Library! I'm Ruth, a librarian."],
    [24, 'l', "Can you describe them: about an inch long, with grey spotted front wings and red underwings?"],
    [50, 'p', 'yes thats them. tons of them'],
    [58, 'l', "Sounds like spotted lanternfly. The Maryland Department of Agriculture asks residents to report sightings and explains how to kill the adults and scrape off egg masses: search 'spotted lanternfly' at mda.maryland.gov. If you'd like a bug confirmed, you can mail a specimen in a sealed bag to the MDA Plant Protection and Weed Management section, 50 Harry S. Truman Parkway, Annapolis, MD 21401."],
    [64, 'l', 'Does that answer your question?'],
    [95, 'p', 'yes thank you!!'],
    [100, 'l', 'Is there anything else I can help you with?'],
    [118, 'p', 'no, going to go squash some bugs 😤'],
    [123, 'l', 'Good luck! Thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 19 an offer of more; "feel free to come back"; code ""
  s(KIM, '19 where apple butter comes from (a family debate): Oxford Companion, "Want me to find a few old Maryland apple butter recipes too?", "Feel free to come back", code ""', [
    [0, 'p', 'is apple butter a pennsylvania dutch thing or is it from somewhere else? settling a family debate lol'],
    [23, 'l', "Hi! I'm Kim, a librarian at Wicomico Public Libraries."],
    [29, 'l', 'Are you mostly after where it came from, or also how it was traditionally made?'],
    [58, 'p', 'where it came from mostly'],
    [66, 'l', "It's strongly tied to the Pennsylvania Dutch, but it didn't start with them: slow-cooked fruit butters were made in Germany and the Low Countries long before, and German settlers brought the copper-kettle tradition to Pennsylvania and down into western Maryland. The Oxford Companion to American Food and Drink has a short entry on it; it's in our catalog at wicomicolibrary.org."],
    [72, 'l', 'Want me to find a few old Maryland apple butter recipes too?'],
    [100, 'p', 'no thats ok, thanks'],
    [104, 'l', 'Sure thing! Feel free to come back if you need anything else. Good luck with the debate!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 20 a format question before the source only; 121 s of final idle with a check-in
  s(FAY, '20 pruning a two-year-old apple tree: "Would a printed guide with diagrams be the most useful …?" before the source, "Are you still with me?", goodbye 121 s after', [
    [0, 'p', 'how do i prune a 2 year old apple tree? never done it'],
    [20, 'l', "Good morning! Fay here, librarian at St. Mary's County Library."],
    [26, 'l', 'Would a printed guide with diagrams be the most useful, or would you rather have a video?'],
    [55, 'p', 'diagrams pls'],
    [63, 'l', "Then I'd start with Stella Otto's The Backyard Orchardist, which has clear diagrams for training young trees to a central leader; we have it in print and as an e-book in Libby. The Home & Garden Information Center's pruning page at extension.umd.edu also has drawings of first- and second-year cuts."],
    [150, 'l', 'Are you still with me?'],
    [184, 'l', "I haven't heard back, so I'll let you go. Thanks for chatting, and come back anytime!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass' })),

  // 21 "your time is up"
  s(LUKE, '21 grafting a grandmother\'s tree in Bowie: The Grafter\'s Handbook, a list of follow-ups, "Sorry, your time is up for this chat"', [
    [0, 'p', 'hi i want to graft cuttings from my grandmothers old apple tree before it dies. how do i do that'],
    [18, 'l', "Hi! Luke here, a librarian with Prince George's County Memorial Library System."],
    [24, 'l', 'Do you already have rootstock to graft onto, or would you need to get some?'],
    [55, 'p', 'no rootstock. and the tree is in bowie'],
    [64, 'l', "You'd cut dormant scion wood in late winter, keep it cold and damp, and graft it onto rootstock in early spring with a whip-and-tongue or cleft graft. R.J. Garner's The Grafter's Handbook is the classic how-to, and the Home & Garden Information Center at extension.umd.edu has a short page on grafting fruit trees."],
    [70, 'l', 'Does that help?'],
    [100, 'p', 'yes! but which rootstock for a small tree, and how do i store the wood, and what tape do i use, and when do i cut it exactly'],
    [106, 'p', 'and can i graft onto the crabapple in my yard'],
    [114, 'l', 'Sorry, your time is up for this chat — we limit sessions to 15 minutes. Thanks for using the service.'],
    [130, 'p', 'seriously? it hasnt even been 3 minutes'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 22 ended for the provider's convenience
  s(ZOE, '22 a Bing cherry with no cherries: extension.umd.edu, then the plum question, "I\'m about to go off shift, so I have to end the chat here. Bye."', [
    [0, 'p', 'my sweet cherry tree is 6 yrs old and flowers every spring but never gets cherries. why'],
    [22, 'l', 'Hello! This is Zoe, a librarian at Dorchester County Public Library.'],
    [28, 'l', 'Do you know the variety, and is there another cherry tree anywhere nearby?'],
    [60, 'p', 'bing i think. no other cherry trees around'],
    [68, 'l', "That's very likely it: Bing can't pollinate itself, so it needs another sweet cherry that blooms at the same time nearby, such as Black Tartarian, or a self-fertile one like Stella. The Home & Garden Information Center's cherries page at extension.umd.edu lists good pollinator pairs."],
    [74, 'l', 'Does that help?'],
    [110, 'p', 'oh! ok. and what about my plum, same problem? its a santa rosa'],
    [118, 'l', "I'm about to go off shift, so I have to end the chat here. Bye."],
    [125, 'p', 'oh. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 23 the allowed "other patrons waiting"; a referral by URL
  s(NED, '23 licences for a farm cidery in Frederick County: ttb.gov, the ATCC through atcc.maryland.gov, "several other patrons waiting … log back on later", "thats all for tonight then"', [
    [0, 'p', 'Hello. I want to open a small hard cider business on my farm in Frederick County. Need to know federal and state licenses, how to write a business plan, equipment costs, and label rules.'],
    [20, 'l', "Hi, and thanks for contacting AskUsNow! I'm Ned, a librarian."],
    [26, 'l', "That's a lot of ground! Which would you like to start with?"],
    [60, 'p', 'licenses first'],
    [68, 'l', "Federally, hard cider counts as wine, so a cidery needs a winery permit from the Alcohol and Tobacco Tax and Trade Bureau; its online application (Permits Online) and its guide for new wineries are at ttb.gov. In Maryland, a farm cidery usually needs a Class 4 limited winery license: contact the Alcohol, Tobacco and Cannabis Commission's licensing staff through atcc.maryland.gov."],
    [74, 'l', 'Does that cover the licensing part?'],
    [110, 'p', 'yes. now the business plan, equipment, label rules, and also how much to charge per bottle, and can I sell at farmers markets'],
    [118, 'l', "Those are all good questions, but I have several other patrons waiting right now. Please log back on later and we'll gladly take the business plan and the rest one at a time."],
    [140, 'p', 'understood. thats all for tonight then, thanks'],
    [145, 'l', 'Thank you, and best of luck with the cidery!'],
  ], usual({ referral: 'pass' })),

  // 24 FU_ME with no contact anywhere; 120 s of final idle with no check-in; nothing recorded at day 4
  s(OLIVE, '24 pawpaws for a Cumberland yard: "I\'ll look into which nurseries … and get back to you", no contact asked, goodbye 120 s after, FU_ME, day 4', [
    [0, 'p', 'where can i buy pawpaw trees around cumberland? want 2 for the yard'],
    [19, 'l', 'Hi, Olive at Allegany County Library System here. Thanks for the question!'],
    [25, 'l', 'Are you looking for seedlings or grafted named varieties?'],
    [58, 'p', 'no idea what the difference is lol, whatever grows'],
    [66, 'l', "Grafted pawpaws fruit sooner and you know what you'll get; seedlings are cheaper. Either way you'll need two different trees for pollination. The Home & Garden Information Center has a pawpaw page at extension.umd.edu. I'll look into which nurseries near Cumberland carry them and get back to you. Does the pawpaw page help for now?"],
    [186, 'l', 'Thanks for chatting, and enjoy your pawpaws!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 25 a true Lost Call: the notice exactly 180 s after the greeting
  s(PIA, '25 cider donuts like the orchard\'s (Lost Call): greeting only, "Hi, are you still there?" at 140, "looks like you\'ve been disconnected … come back anytime" at 200', [
    [0, 'p', 'recipe for apple cider donuts like the ones at the orchard?'],
    [20, 'l', "Hello and welcome! I'm Pia, a librarian at Charles County Public Library."],
    [140, 'l', 'Hi, are you still there?'],
    [200, 'l', "It looks like you've been disconnected, so I'm going to close this chat now. Thanks for reaching out, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 26 Spanish: Lost Call after two patron lines, 181 s of final idle, a check-in and no notice
  s(TERESA, '26 duraznos podridos en el árbol (Spanish): brown rot, extension.umd.edu, "¿Sigue ahí?", ended 181 s after the answer, Lost Call after two patron lines', [
    [0, 'p', 'hola, tengo un duraznero en el patio y los duraznos se pudren en el árbol antes de madurar. qué hago?'],
    [21, 'l', '¡Hola! Soy Teresa, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [27, 'l', '¿Los duraznos tienen manchas cafés con un polvillo gris encima?'],
    [58, 'p', 'si eso mismo, como moho gris'],
    [66, 'l', 'Parece podredumbre parda (brown rot), un hongo muy común en los duraznos. Hay que recoger y tirar toda la fruta podrida, también la que queda seca colgada del árbol, y podar para que entre aire. El Centro de Información de Hogar y Jardín de la Universidad de Maryland tiene una página en inglés con fotos y el calendario de fumigación: extension.umd.edu, busque "brown rot". ¿Le sirve?'],
    [190, 'l', '¿Sigue ahí?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 57 }),

  // 27 no provider ever joined
  s(QUEUE, '27 a library cider press to borrow: no provider ever joined, "still waiting... hola??", "nvm", patron left, code null', [
    [0, 'p', 'does any library in maryland lend out a cider press? like a library of things'],
    [3, 's', 'Thanks for your patience — a librarian will be with you soon.'],
    [95, 'p', 'still waiting... hola??'],
    [180, 'p', 'nvm'],
    left(184),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 28 Practice
  s(TRAINEE, '28 practice chat (orchard macro): coded Practice, every check na', [
    [0, 'p', 'practice chat - testing the apple orchard macro'],
    [8, 'l', 'Hello! Practice librarian here. Try pickyourown.org for orchards.'],
    [20, 'p', 'ok thanks, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 29 FU_ME, e-mail read back, "by Thursday", recorded in UTC within 72 h
  s(VERA, '29 a 1950s apple prize at the Hagerstown fair: NewspaperArchive, microfilm scans promised, e-mail read back, "by Thursday", done 71 h 59 m after (UTC)', [
    [0, 'p', 'my grandfather won a prize for his apples at the hagerstown fair, sometime in the 1950s. is there a newspaper article about it?'],
    [18, 'l', 'Hi! This is Vera, a librarian at Washington County Free Library.'],
    [24, 'l', "Do you know his name as it would've been printed, and roughly which year?"],
    [60, 'p', 'Harold Rohrer, maybe 1954 or 55'],
    [68, 'l', "The Hagerstown papers covered the fair every year, and some of those years are searchable in NewspaperArchive, free with your library card through our website's Research page. The prize lists are often easier to find on our microfilm, so I can go through the 1954 and 1955 fair weeks and e-mail you scans of anything I find. What e-mail should I use?"],
    [100, 'p', 'jrohrer.family@example.com'],
    [106, 'l', "Thanks: jrohrer.family@example.com. I'll have the scans to you by Thursday at the latest."],
    [112, 'l', 'Did the NewspaperArchive suggestion help for now?'],
    [140, 'p', 'yes, thank you! thats all'],
    [145, 'l', 'Wonderful. Thanks for chatting, and talk to you by Thursday!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T15:02:00Z', by: 'vera-or' }] }, { now: T0 + 5 * DAY }),

  // 30 FU_LIB, the phone only in patron.phone, recorded at 73 h
  s(WYATT, '30 the Urbana branch\'s spring grafting workshop: fcpl.org > Events, "someone from there will call you by Friday", phone never in the chat, done at 73 h', [
    [0, 'p', 'does the urbana library branch still do the fruit tree grafting workshop in spring? cant find it on the calendar'],
    [21, 'l', "Hi there! I'm Wyatt, a librarian with AskUsNow!."],
    [27, 'l', 'Is Urbana your home branch, in Frederick County?'],
    [50, 'p', 'yes'],
    [58, 'l', "Spring programs aren't on the FCPL events calendar yet (fcpl.org > Events), and I can't see the branch's plans from here. I've passed your question to the Urbana branch; someone from there will call you by Friday with the workshop dates."],
    [64, 'l', 'Does the events page help in the meantime?'],
    [90, 'p', 'sure, thanks'],
    [95, 'l', 'Anything else I can help with?'],
    [110, 'p', 'no'],
    [114, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: 'Dee', email: null, phone: '301-555-0117' }, followUps: [{ doneAt: at(119 + 73 * HOUR) }],
  }, { now: T0 + 5 * DAY }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => ORCHARDS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('18')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "If you\'d like a bug ' +
    'confirmed, you can mail a specimen in a sealed bag to the MDA Plant Protection and Weed Management section, 50 Harry S. Truman Parkway, ' +
    'Annapolis, MD 21401." tells the patron to write to (send a specimen to) a named section of a state agency outside the chat, a referral by ' +
    'the Terms ("call, write to, ask or visit them": another agency … department, office), and it comes with a postal address, so every party ' +
    'referred to has a way to reach them: pass.',
};

describe('eighty-third round: orchards, apple picking, cider and fruit trees, checked', () => {
  describeSessions('whole sessions', ORCHARDS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', ORCHARDS.filter((c) => c.name in LEFT_WHY));
});
