/**
 * Thirty-sixth round (E8), a narrowing wave: v37's block G11 (neighbourhood problems: `referralParty` HOA / homeowners' /
 * condo associations, Public Works, DPW, MC311…; `referralCanHelp` "can pick up the stray / the couch", "can inspect it",
 * "can send a crew out"; `stillThere`'s wh-question narrowing; `notPromise` of inspectors, crews, 311; `phone` "311 after
 * ring / call … on / at"; `yeahLeadG11`) and block E6 (`namedMapE6`, `phoneLineE6`, `pronounHostE6`, can-help "hook u up
 * w / sort you out with / get her signed up", `notPromise` "will ring you / get back to you"): both ways, what they read that
 * is not their behaviour, and what they skip that is.
 *
 * PARAPHRASE SWEEP. The shapes tried, in English (American, British, chat-speak) and Spanish, mostly outside neighbourhood
 * problems:
 *  "HOA" / "association" / "Public Works" as words of books, laws and history ("The HOA Handbook can walk you through …",
 *   "The Maryland Homeowners Association Act can tell you …", "the condo association manual can help u", "The Public Works
 *   Administration photos at the National Archives can help you date the bridge"), and the association still a party ("Call
 *   your HOA", "Your HOA board can tell you; … 410-…", British "Ring your homeowners association");
 *  "can pick up" of skills ("kids can pick up Spanish fast") and by the provider's own library on its rounds ("Our homebound
 *   delivery team can pick up the items", "the library's bookmobile can pick them up"), and a county's agency after "our"
 *   ("Our county's Animal Services can pick up the stray dog", "our city dpw can pick up the branches");
 *  "inspect" by the provider ("I can inspect the scan"), by the patron at an office ("You can inspect the original deed at the
 *   Land Records office"), by the provider's own lab the patron brings the item to;
 *  "crew" as a film crew and a rowing crew, the provider's own "reference crew here will email you", a county tree crew;
 *  "311" as a room ("they're at 311 on the third floor", "we're at 311 in Hale Hall", Spanish "en el 311 del segundo piso"),
 *   a bus ("hop on 311", "take the 311 bus"), a price ("they quoted us at 311"), and as the number in the calling clause ("Call
 *   the city at 311 and …", "Ring the council on 311, then …", "Call Baltimore County Animal Services, at 311 or …");
 *  "are you on …" of other kinds, as clarifying questions ("Are you on any medication right now?", "Are you on the library
 *   wifi or your own data?", "r u on a mac or a pc?", "Which page are you on?", "Are you on Medicaid or private insurance?"),
 *   and idle check-ins in chat-speak with no "?" ("sorry dont know what happened are you still on", "sorry about that are u
 *   still there"), and wh-questions in the idle ("ok which step are you still on", "hm what page are you still on");
 *  "yeah / yep / ya / yes" before other verbs ("yeah call it a hunch, but …", "ya just visit the ebooks page at …", "yep, ask
 *   away!", "yep, contact me here anytime", "Yes, call numbers are on the spine", "yes, contact info for … is on the flyer",
 *   "yes, visit hours at the detention center are …") and before referring verbs ("yeah ask ur teacher …", "yeah call the
 *   Humane Society about it", "Yes, call the MVA at …");
 *  capitalised "… Map" names of exhibits, events and classes ("the Chesapeake Bay Trail Map Exhibit", "the Downtown Bike Map
 *   Scavenger Hunt", "our Metro Transit Map Workshop", British "the London Tube Map Walk", "the Bay Trail Map Show") beside
 *   maps ("the Official Maryland Highway Map, free at the front desk", "the Capital Crescent Trail Map is free at any
 *   branch desk", a map and a workshop in one sentence);
 *  "hook you up / sort you out / get her signed up" by the provider ("lemme hook u up w the link", "I can sort you out with a
 *   temporary card number", "We can get her signed up … right here in chat"), by things ("Your library card can hook you up
 *   with free films on Kanopy", "Libby can sort you out with audiobooks", "Your account can tell you the due dates"), and by
 *   parties ("His school counselor can get him signed up", "the front desk at Eastgate can hook her up with a guest pass",
 *   "The Card Services desk … can help you replace it", "The USCIS Green Card office can sort you out with the I-90");
 *  E6's pronoun host with a modifier word ("The forms are at tax.maryland.gov. Whether you can deduct it is up to your tax
 *   preparer, so ask them."); outside staff who "will ring you" ("the archivist at the Historical Society"), the provider's own
 *   ("The Ask Us team will get back to you by Friday", Spanish "el equipo de la biblioteca le escribirá el viernes").
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms: Referral, "telling the patron to contact or visit a person or
 * organisation outside the chat … The provider's own library's departments count when the patron is told to contact or visit
 * them; staff the provider consults on the patron's behalf do not"; Follow-up session, "someone from your library will
 * contact you"; info.source, "a named resource (a database, the catalogue, a guide, a book, a web page …)"; idle_checkin,
 * "asked whether the patron is still there"), decided before the scorer ran. Readings taken where the text leaves room:
 * - a handbook, a manual or an act named after an association is a publication (a source), no party, whatever it "can tell
 *   you"; so is the patron's card or account ("Your library card can hook you up with …");
 * - the provider's own library's staff who come to the patron on their rounds ("can pick up the items when they drop off your
 *   next bag") are not contacted or visited: no referral; the library's lab the patron is told to bring the item to is
 *   visited: a referral;
 * - a room number, a bus route or a price after "at / on" is no phone number, even after "call" earlier in the sentence when a
 *   new clause comes between ("…, then hop on 311", "…, they're at 311 on the third floor", "…; they quoted us at 311");
 * - an exhibit, a scavenger hunt, a workshop, a walk or a show named "… Map …" is an event, not a map to use: no source;
 * - "sorry dont know what happened are you still on" (no "?") asks whether the patron is still there, as v12's bare "you
 *   there"; "what happened" is no wh-question;
 * - "The reference crew here will email you the list by Friday" is the provider's service promising (a follow-up session);
 *   "the archivist at the Historical Society will ring you" is outside staff (no promise of the provider's);
 * - "yeah ask ur teacher if a website counts" tells the patron to ask a person outside the chat: a referral (no contact).
 *
 * Written: 85 cases, all labelled before running: a first batch of 3 whole sessions and 35 short cases; a second batch of 23
 * near misses after the fixes; a third of 7 (5 document subjects, a chat-speak "our city dpw" pick-up, "what page are you
 * still on"; and one near miss rewritten with its own label: "Our county's Animal Services … ; call them at …" reached a
 * referral through "call them", so it became "… if you report it", fail); a fourth of 9 (E6's pronoun host, the provider's
 * hook-ups, "yeah" verbs, a tree crew, "on Medicaid"); a fifth of 7 after the last fix ("yes" leads); and the referral half of
 * one short case split off to LEFT ("Call the bindery; they quoted us at 311": its source half runs). Run: 2 whole, 32 short,
 * 45 in `guards` (the fourth batch is there too); LEFT: 6.
 *
 * First run (38 cases): 14 disagreed; my labels corrected: 0 (each re-read against RUBRIC.md and kept).
 *  - referral.contact 9: G11's (v36 na): "The HOA Handbook can walk you through …" (party), "Our homebound delivery team can
 *    pick up the items" (party), "call the Writing Center, they're at 311 on the third floor" and "Phone the shelter first,
 *    then hop on 311" (311 lent as the phone: pass for fail); E6's: "Your library card can hook you up with …" (the card a
 *    party, the Kanopy URL lent); older (v36 the same): the PWA photos "at the National Archives", "You can inspect the original
 *    deed at the Land Records office" (no visit verb), "Call the bindery" (no party word), and the book-repair whole session
 *    (the lab's referral is G11's, the AIC's URL in the next sentence lent to it: older contact attribution).
 *  - info.source 7: G11's 311 as a phone (room, bus, price); the map events: E6's "the London Tube Map Walk", and G8's (v36
 *    passes too, E6 kept them) "… Trail Map Exhibit", "… Bike Map Scavenger Hunt", "… Transit Map Workshop".
 *  - session.idle_checkin 1: "sorry dont know what happened are you still on" (G11's wh-lookbehind took "what happened"; and
 *    with no "?" after a lead, older: "not sure what happened are you still there" failed in v36 too).
 *  - resolution.code 1, followup.contact 1: "the archivist at the Historical Society will ring you" (older than E6).
 * Fixed in block E8 (v37 only; near misses in `guards`):
 *  - referralParty (swaps G11's association alternative): not before "handbook(s), manual(s), book(s), guide(s), law(s),
 *    act(s), statute(s), code(s), primer(s)" [near misses still read: "Call your HOA and ask …", "Your HOA board can tell you;
 *    …410-…"].
 *  - phone (swaps G11's 311 alternative): between the calling verb and "on / at 311" no ";", no comma before "then / they /
 *    it / we / he / she / and / but / so", no verb of riding or pricing ("hop, get, take, catch, ride, board, quoted, priced,
 *    cost, sell") [near misses still read: "Call the city at 311 and ask …", "Ring the council on 311, then ask for …",
 *    "Call Baltimore County Animal Services, at 311 or …"; not read: "call the clinic first, we're at 311 in Hale Hall"].
 *  - referralCanHelp (swaps G11's pick-up alternatives in family 1): not after "our" (unless "our county / city / town /
 *    state / local / area", possessive included), "library's", "bookmobile", "homebound", "outreach" in the clause before
 *    [near misses: "Our county's Animal Services can pick up the stray dog if you report it", "our city dpw can pick up the
 *    branches, theyre at …", "Public Works can pick up the couch; book it on our county's site …" still read; "the library's
 *    bookmobile can pick them up" not].
 *  - stillThere (swaps G11's wh-lookbehind, family 0): "what happened / happens / went wrong" is no wh-question [near misses:
 *    "ok which step are you still on", "hm what page are you still on" in a final idle stay no check-in; "Which page are you
 *    on?" stays a clarifying question].
 *  - `bareTailE8` (classify.ts `bareTailE8`, hooked in `stillThere`): "are / r you / u / ya still there / on / with me /
 *    around / online" ending a sentence with no "?" after any lead, not after a wh-word [near misses: "sorry about that are u
 *    still there", "not sure what happened are you still there" read; "also … you are still on the list" not].
 *  - `mapEventE8` (classify.ts `namedMapE6` with its `eventsE8`, where E6 is on): a title followed by an event's word
 *    (Exhibit, Exhibition, Display, Show, Hunt, Workshop, Class, Walk, Hike, Talk, Lecture, Festival, Fair, Party, Night, Day,
 *    Contest, Competition, Meetup, Storytime, Camp, Seminar, Webinar, Program, Club, one capitalised word between allowed) is
 *    no map; another title of the sentence may still be one [near miss: "Pick up the Metro Transit Map at the front desk,
 *    and bring him to our Bus Map Workshop" stays a source; "the Capital Crescent Trail Map is free at any branch desk" too].
 *  - `cardSubjectE8` (classify.ts `CARD_SUBJECT_E8`, checks/referral.ts in the can-help loop): the words before the can-help
 *    verb end in card, account, membership, login, barcode, pin, or a document (handbook, manual, act, statute, law,
 *    directory, brochure, pamphlet, leaflet, fact sheet, toolkit, workbook, textbook): no party [near misses: "The Card
 *    Services desk … can help you replace it", "The USCIS Green Card office can sort you out", "The Law Library at the
 *    courthouse can help you find the form", "The Workforce Investment Act office downtown can help" stay parties].
 *  - `yesLeadE8` (classify.ts `yesLeadE8`, checks/referral.ts in place of `yeahLeadG11`, since taken out): G11's lead as the text reaches it: the
 *    normaliser (text.ts) writes "yeah / yep / yup / yea" as "yes", so G11 read only "ya / yah"; now "yes / ya / yah" (then
 *    "just / so / and …") before the referring verb, with v33's nouns kept out [near misses: "Yes, call numbers are on the
 *    spine", "yep, ask away!", "Yes, visit samplelibrary.org/ebooks", "yes, contact info for the Humane Society is on …" not
 *    read; "Yes, call the MVA at …" read].
 * Each rule was then widened on purpose (any comma before 311; pick-ups after any "our"; any wh-word excepted; the card and
 * document words anywhere in the subject; an event word anywhere in the sentence): 9 guards failed, as they should; the
 * rules went back as written. Two widenings broke nothing, and are said so: `bareTailE8` without its wh-word check (G11's
 * family already leaves "which … on" out) and `yesLeadE8` without v33's nouns (older rules already skip those objects).
 * Second run (23): 2 disagreed, "The Maryland Homeowners Association Act can tell you …" and "the condo association manual
 * can help u …" (older: "association" is a party word before G11): fixed by the document words of `cardSubjectE8`. Third run
 * (7): 1, "Our county's Animal Services …" (the fix's own gap: the normalised possessive "countys"): fixed. Fourth run (9): 1,
 * "yeah ask ur teacher …" (G11's dead "yeah"): `yesLeadE8`. Fifth run (7): 1, "yes, visit hours at the detention center are
 * …" (LEFT). Earlier files still pass.
 * Left (6, each with its reason in LEFT): the book-repair whole session (a URL of the next sentence lent to the lab), the PWA
 * photos "at the National Archives", "You can inspect … at the Land Records office", "Call the bindery" (its referral half),
 * "the archivist at the Historical Society will ring you", "yes, visit hours … are".
 * Noticed and left alone: G11's `notPromise` "crews?" takes any crew with no owner word; "The reference crew here will email
 * you the list by Friday" (the provider's service) still scored as a promise, as labelled, and was not probed further; E6's
 * `pronounHostE6` did not lend tax.maryland.gov to "your tax preparer" (scored as labelled).
 * v37's fingerprint after block E8: eb4eed229bafbebb.
 * ON v58 (block X): the book-repair whole session runs (X2: "the AIC's Find a Conservator directory at culturalheritage.org" is
 *   the directory's URL, no way to reach the lab); moved from LEFT to `whole`; 5 LEFT.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** `OPEN(q)`, the provider's `text` at 70 s with no goodbye after: the patron thanks and the provider says bye. */
const es = (q: string, text: string): Line[] => [
  ...OPEN(q, 'Hola, soy Jo, bibliotecaria de Sample County Library. ¿En qué condado vive usted?', 'en el de sample'),
  L(text),
  [110, 'p', 'gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡hasta pronto!'],
];
/** The patron's question `q`, a greeting with no question, then the provider's `ask` (a question) and the patron's `reply`, then `text` and a goodbye. */
const asked = (q: string, ask: string, reply: string, text: string): Line[] => [
  [0, 'p', q],
  [15, 'l', "Hi, I'm Jo, a librarian at Sample County Library."],
  [30, 'l', ask],
  [60, 'p', reply],
  [90, 'l', text],
  [130, 'p', 'ok thanks'],
  [140, 'l', 'Thanks for chatting, bye!'],
];

/** An answered ebook question, then the provider's `text` at 230 s into a final idle, and a disconnect notice at 420 s. */
const idle = (text: string): Line[] => [
  [0, 'p', 'do u have the new stephen king book'],
  [20, 'l', 'hi! jo here, librarian at Sample County Library. do u want print, ebook or audio?'],
  [45, 'p', 'ebook'],
  [70, 'l', 'its on Libby, search "Holly" at samplecounty.overdrive.com and place a hold. did that answer it?'],
  [230, 'l', text],
  [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for using Ask Us, come back anytime!"],
];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak, a final idle: the check-in "sorry dont know what happened are you still on" (a "what" before "are you on")',
    lines: [
      [0, 'p', 'do u have the new stephen king book'],
      [20, 'l', 'hi! jo here, librarian at Sample County Library. do u want print, ebook or audio?'],
      [45, 'p', 'ebook'],
      [70, 'l', 'its on Libby, search "Holly" at samplecounty.overdrive.com and place a hold. did that answer it?'],
      [230, 'l', 'sorry dont know what happened are you still on'],
      [420, 'l', "It looks like you've been disconnected, so I'll end this chat now. Thanks for using Ask Us, come back anytime!"],
    ],
    // anything_else: never asked, the patron never said done; idle from 70 s to the goodbye at 420 s (350 s)
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a follow-up promised by the provider\'s own service in third person: "the reference crew here will email you the list by Friday"',
    lines: [
      [0, 'p', 'i need a list of every mayor of our town since 1900 for a school project'],
      [20, 'l', "Hi, this is Sam, a librarian at Sample County Library. When is the project due?"],
      [50, 'p', 'next monday'],
      [80, 'l', "That list isn't online anywhere I can find. What's your email? The reference crew here will email you the list by Friday."],
      [110, 'p', 'kim.tran@example.com'],
      [120, 'l', 'Got it: kim.tran@example.com. Anything else I can help with?'],
      [140, 'p', 'no thats it'],
      [150, 'l', 'Thanks for chatting, bye!'],
    ],
    // a follow-up session by promise (the provider's own staff "will email you", "someone from your library will contact you"):
    // code Answered is no follow-up code (code fails); the e-mail is confirmed and "by Friday" said (contact passes);
    // on_time: not recorded, deadline not passed at now = T0 + 1 day (pending); source: no source given, substantive (fail);
    // completeness: no source or answer given... the answer is a promise, not info: fail (info.source applies)
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ON v58 (X2): it runs: a directory owns the URL after it, so culturalheritage.org is no way to reach the lab (moved from LEFT)
  {
    name: 'a book-repair question: "The HOA Handbook" is not in it; "the Preservation Lab can inspect it when you bring it in" (own department, visited), no contact',
    lines: [
      [0, 'p', 'hi my grandmas family bible is falling apart, the spine is cracked. can the library fix it?'],
      [25, 'l', "Hello! I'm Dana, a librarian at Sample County Library. Is it a leather binding, and roughly how old is it?"],
      [60, 'p', 'leather, 1890s i think'],
      [95, 'l', "For an 1890s leather Bible, our Preservation Lab can inspect it when you bring it in to the Central branch, and they'll tell you whether it needs a conservator. The AIC's Find a Conservator directory at culturalheritage.org lists private conservators too. Does that help?"],
      [150, 'p', 'yes thats all i needed thank you'],
      [160, 'l', 'Glad to help. Thanks for chatting, and good luck with the Bible!'],
    ],
    // referral: the patron is told to bring it to (visit) the library's own lab: it counts, and no way to reach the lab is given
    exp: usual({ referral: 'fail' }),
  },
];

export const checked: SessionCase[] = [
  // ---- referralParty (G11): HOA / Public Works as words of books and history ----
  { name: 'party near miss: "The HOA Handbook can walk you through the dispute process" (a book, with its call number) : referral na, source passes', lines: one('my hoa is fining me for my fence, what are my rights', 'The HOA Handbook by Peter Liebold can walk you through the dispute process; we have it at call number 346.043 LIE. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'party near miss: "a Condo Association Guide can tell you" (a guide) : referral na', lines: one('what can a condo board make me pay for', "The Maryland Condo Association Guide can tell you what the board may charge; it's free at marylandattorneygeneral.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'party behaviour: British "ring your residents\' association, they can sort the bins" : referral fails', lines: one('the bins in our block never get emptied', "Ring your homeowners association and ask; they can chase the council about the bins. Does that help?"), exp: some({ referral: 'fail' }) },
  // ---- referralCanHelp (G11): pick up, inspect, send a crew ----
  { name: 'canHelp near miss: "our homebound delivery team can pick up the items when they drop off new ones" (own staff, for the patron) : referral na', lines: one('i cant get to the library to return my books, im housebound', 'Our homebound delivery team can pick up the items when they drop off your next bag, so just leave them by the door. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'canHelp near miss: skills, "kids can pick up Spanish fast; Mango Languages at samplelibrary.org/mango" : referral na', lines: one('is my 6 year old too young to learn spanish', 'Not at all, kids can pick up Spanish fast. Mango Languages at samplelibrary.org/mango has a kids course. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'canHelp near miss: the provider inspects, "I can inspect the scan if you send it here" : referral na', lines: one('is this old map real or a copy', 'I can inspect the scan if you attach it here, and the Library of Congress map guide at loc.gov/maps explains watermarks. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'canHelp behaviour: "the county\'s Code Enforcement office can inspect the property, call them at 240-777-0311" : referral passes', lines: one('my neighbors house has been empty for a year and its falling apart', "The county's Code Enforcement office can inspect the property; call them at 240-777-0311. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- notPromise (G11): crews, inspectors, 311 ----
  { name: 'notPromise near miss: a film crew, "the film crew will contact you about a release form" (a third party) : code passes, contact na', lines: one('a movie is filming on my street, do i have to let them in', 'No, you don\'t. If they want your house in a shot, the film crew will contact you about a release form; the Maryland Film Office at marylandfilm.org explains permits. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'notPromise near miss: rowing, "the crew will email you the practice schedule" (the club\'s) : code passes, contact na', lines: one('how do i join a rowing club in annapolis', 'Annapolis Rowing Club takes new members in spring at annapolisrowing.org; once you sign up the crew will email you the practice schedule. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  // ---- phone 311 (G11): a room, a bus, a price ----
  { name: 'phone near miss: a room, "call the Writing Center, they\'re at 311 on the third floor" : referral fails, source fails', lines: one('who can look at my essay before i turn it in', "Call in at the Writing Center, they're at 311 on the third floor of the library building. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'phone near miss: a bus, "Phone the shelter first, then hop on 311 and get off at Elm" : referral fails, source fails', lines: one('how do i get to the animal shelter without a car', 'Phone the shelter first, then hop on 311 and get off at Elm. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'phone near miss: a price, "Call the bindery; they quoted us at 311 for a full rebind" : source fails', lines: one('how much does it cost to rebind an old book', 'Call the bindery downtown; they quoted us at 311 for a full leather rebind last year. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'phone behaviour: British "ring the council on 311" : referral passes', lines: one('theres a dead fox on our road', 'Ring the council on 311 and they will collect it. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- stillThere (G11): "are you on" of other kinds, asked as clarifying questions ----
  { name: 'stillThere near miss: "Are you on any medication right now?" (the need) : clarify passes', lines: asked('can grapefruit juice mess with pills', 'Are you on any medication right now?', 'yes lipitor', 'MedlinePlus at medlineplus.gov/druginfo lists grapefruit warnings for Lipitor. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'stillThere near miss: "Are you on the library wifi or your own data?" : clarify passes', lines: asked('the ebook app wont load', 'Are you on the library wifi or your own data?', 'library wifi', 'The wifi blocks some downloads; the steps are at samplelibrary.org/wifi. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'stillThere near miss: "r u on a mac or a pc?" : clarify passes', lines: asked('how do i print from home to the library', 'r u on a mac or a pc?', 'pc', 'the steps are at samplelibrary.org/print, pick Windows. that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'stillThere near miss: "Which page are you on?" : clarify passes', lines: asked('the library card form keeps erroring', 'Which page are you on?', 'the second one', 'Page 2 needs a street address, not a PO box; the form is at samplelibrary.org/card. Does that help?'), exp: some({ clarify: 'pass' }) },
  // ---- yeahLeadG11: "yeah" before other verbs ----
  { name: 'yeah near miss: "yeah call it a hunch, but the 1940 census should have him" : referral na', lines: one('would my great grandpa be in the 1940 census', 'yeah call it a hunch, but the 1940 census on Ancestry Library at samplelibrary.org/ancestry should have him. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yeah near miss: "ya just visit the ebooks page at samplelibrary.org/ebooks" : referral na', lines: one('where do i get ebooks', 'ya just visit the ebooks page at samplelibrary.org/ebooks lol. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yeah behaviour: "yep, just call the Humane Society, no number handy" : referral fails', lines: one('found a lost dog what do i do', 'yep, just call the Humane Society and tell them where you found it. that help?'), exp: some({ referral: 'fail' }) },
  // ---- namedMapE6: "… Map" names of exhibits, events ----
  { name: 'namedMap near miss: "the Chesapeake Bay Trail Map Exhibit in our lobby" (an exhibit) : source fails', lines: one('is there anything at the library about the bay', 'Come see the Chesapeake Bay Trail Map Exhibit in our lobby this month. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "the Bike Map Scavenger Hunt on Saturday" (an event) : source fails', lines: one('anything fun for kids this weekend', 'Sign up for the Downtown Bike Map Scavenger Hunt on Saturday at 10. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: "our Transit Map Workshop" (a class) : source fails', lines: one('my dad wants to learn to take the bus', 'Bring him to our Metro Transit Map Workshop next Tuesday at the Central branch. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap near miss: British "the Tube Map Walk" (a guided walk) : source fails', lines: one('anything on london transport history for a visitor', 'You might enjoy the London Tube Map Walk on Sundays, it leaves from Aldgate. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'namedMap behaviour: "the Official Maryland Highway Map, free at the front desk" : source passes', lines: one('do you have road maps', 'Yes, pick up the Official Maryland Highway Map, free at the front desk of any branch. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- E6's can-help verbs: the provider, things ----
  { name: 'E6 canHelp near miss: "your library card can hook you up with free Kanopy films" (a card) : referral na', lines: one('any free movie streaming', 'Your library card can hook you up with free films on Kanopy at samplelibrary.kanopy.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'E6 canHelp near miss: "we can get her signed up for Summer Reading right here in chat" (the provider) : referral na', lines: one('my daughter wants to do summer reading', 'We can get her signed up for Summer Reading right here in chat; the reading log is at samplelibrary.org/summer. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'E6 canHelp near miss: "Libby can sort you out with audiobooks" (an app, with its site) : referral na', lines: one('i want audiobooks for my commute', 'Libby can sort you out with audiobooks; sign in at samplecounty.overdrive.com with your card. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'E6 canHelp behaviour: "the school counselor can get him signed up for the free tutoring" : referral fails', lines: one('my son is failing algebra', "His school counselor can get him signed up for the free after-school tutoring. Does that help?"), exp: some({ referral: 'fail' }) },
  // ---- E6 notPromise: outside staff who will ring / get back ----
  { name: 'E6 notPromise near miss: "the Ask Us team will get back to you by Friday" (the provider\'s own service) : code fails', lines: one('can you find who owned my house in 1920', "I'll need more time. The Ask Us team will get back to you by Friday at the email you gave us. Does that help?"), exp: some({ code: 'fail' }) },
  // ---- Spanish ----
  { name: 'Spanish notPromise near miss: "el equipo de la biblioteca le escribirá el viernes" (own staff) : code fails', lines: es('quien era dueño de mi casa en 1920', 'Necesito más tiempo para buscarlo; el equipo de la biblioteca le escribirá el viernes con lo que encontremos. ¿Le sirve?'), exp: some({ code: 'fail' }) },
  { name: 'Spanish phone near miss: "llame a la oficina, está en el 311 del segundo piso" (a room) : referral fails', lines: es('donde me ayudan con la tarea de inglés', 'Llame a la oficina de tutorías, está en el 311 del segundo piso del edificio. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'fail' }) },
];

export const guards: SessionCase[] = [
  // ---- referralParty (HOA): still the association after the narrowing; laws are no party ----
  { name: 'HOA guard: "Call your HOA and ask whether the fence is allowed" : referral fails', lines: one('can i put up a fence', 'Call your HOA and ask whether a 6-foot fence is allowed. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'HOA guard: "Your HOA board can tell you; the management company is at 410-555-0142" : referral passes', lines: one('who decides if i can paint my door red', 'Your HOA board can tell you; the management company is at 410-555-0142. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'HOA guard: "The Maryland Homeowners Association Act can tell you what the board may do" (a law) : referral na', lines: one('can my hoa fine me without a hearing', 'The Maryland Homeowners Association Act can tell you what the board may do; read it at mgaleg.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'HOA guard: British chat-speak "the condo association manual can help u with that" (a manual) : referral na', lines: one('can my condo stop me renting my flat', 'the condo association manual can help u with that, its on Nolo at nolo.com. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- phone 311: still a number in the calling clause ----
  { name: 'phone guard: "Call the city at 311 and ask for a bulk pickup" : referral passes', lines: one('how do i get rid of an old mattress', 'Call the city at 311 and ask for a bulk pickup. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'phone guard: "Ring the council on 311, then ask for Environmental Health" (the comma after it) : referral passes', lines: one('rats in the alley behind our flats', 'Ring the council on 311, then ask for Environmental Health. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'phone guard: "Call Baltimore County Animal Services, at 311 or online" (a comma before it, no new clause) : referral passes', lines: one('theres a dog loose on our street', 'Call Baltimore County Animal Services, at 311 or through the BaltCo311 page. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'phone guard: "Phone the shelter and then take bus 311" (no "on / at 311") : source fails', lines: one('how do i get to the animal shelter', 'Phone the shelter and then take the 311 bus to Elm. Does that help?'), exp: some({ source: 'fail', referral: 'fail' }) },
  { name: 'phone guard: "call the clinic, we\'re at 311 in Hale Hall" (a room, a new clause) : source fails', lines: one('where do i get a flu shot on campus', "call the clinic first, we're at 311 in Hale Hall. that help?"), exp: some({ source: 'fail', referral: 'fail' }) },
  // ---- pick-ups: the county's agencies stay parties; the library's rounds do not ----
  { name: 'pickUp guard: "Our county\'s Animal Services can pick up the stray dog if you report it" (no contact) : referral fails', lines: one('a stray dog is sleeping on my porch', "Our county's Animal Services can pick up the stray dog if you report it. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'pickUp guard: chat-speak "our city dpw can pick up the branches, theyre at 410-396-7623" : referral passes', lines: one('tree fell in my yard after the storm', 'our city dpw can pick up the branches, theyre at 410-396-7623. that help?'), exp: some({ referral: 'pass' }) },
  { name: 'pickUp guard: "Animal Services can pick up the stray" (no contact) : referral fails', lines: one('a stray cat had kittens under my deck', 'Animal Services can pick up the stray cats if you report them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'pickUp guard: "the library\'s bookmobile can pick them up on its Tuesday stop" : referral na', lines: one('can i return books without driving to the branch', "The library's bookmobile can pick them up on its Tuesday stop at your senior center. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'pickUp guard: "Public Works can pick up the couch; book it at our county\'s site" ("our" after the verb) : referral passes', lines: one('how do i get rid of a couch', "Public Works can pick up the couch; book it on our county's site at montgomerycountymd.gov/sws. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- bare check-in at the end of a chat-speak sentence ----
  { name: 'bareTail guard: "sorry about that are u still there" : idle passes', lines: idle('sorry about that are u still there'), exp: some({ idle: 'pass', disconnect: 'pass' }) },
  { name: 'bareTail guard: "not sure what happened are you still there" : idle passes', lines: idle('not sure what happened are you still there'), exp: some({ idle: 'pass' }) },
  { name: 'bareTail guard: "ok which step are you still on" (a wh-question, no check-in) : idle fails', lines: idle('ok which step are you still on'), exp: some({ idle: 'fail' }) },
  { name: 'stillThere guard: "hm what page are you still on" (a wh-question, not "what happened") : idle fails', lines: idle('hm what page are you still on'), exp: some({ idle: 'fail' }) },
  { name: 'bareTail guard: "let me know where the holds are you still on the list" (no check-in) : idle fails', lines: idle('also if the app shows how many holds are ahead of you, you are still on the list'), exp: some({ idle: 'fail' }) },
  // ---- map titles: a map beside an event still a source ----
  { name: 'mapEvent guard: "Pick up the Metro Transit Map at the front desk, and come to our Map Workshop" : source passes', lines: one('my dad wants to learn to take the bus', 'Pick up the Metro Transit Map at the front desk, and bring him to our Bus Map Workshop on Tuesday. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'mapEvent guard: "the Bay Trail Map Show" (an event) : source fails', lines: one('anything about the bay trail', 'There is the Bay Trail Map Show at the Central branch on Friday night. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'mapEvent guard: "the Capital Crescent Trail Map, free at any branch" : source passes', lines: one('is there a map of the capital crescent trail', 'Yes, the Capital Crescent Trail Map is free at any branch desk. Does that help?'), exp: some({ source: 'pass' }) },
  // ---- card subjects ----
  { name: 'cardSubject guard: "Your account can tell you the due dates; log in at samplelibrary.org/account" : referral na', lines: one('when are my books due', 'Your account can tell you the due dates; log in at samplelibrary.org/account. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'cardSubject guard: "The Card Services desk can help you replace it" (a desk) : referral fails', lines: one('i lost my library card', 'The Card Services desk at any branch can help you replace it for $1. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'cardSubject guard: "The Green Card office can sort you out with the form" : referral fails', lines: one('how do i renew my green card', 'The USCIS Green Card office can sort you out with the I-90 form. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- fourth batch: E6's pronoun host, the provider's own "hook you up", "yeah" before other verbs ----
  { name: 'pronounHost near miss: "The forms are at tax.maryland.gov. Whether you can deduct it is up to your tax preparer, so ask them." (a modifier word) : referral fails', lines: one('can i deduct my home office', 'The forms are at tax.maryland.gov. Whether you can deduct it is up to your tax preparer, so ask them. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'pronounHost behaviour: "The MVA\'s chat is at mva.maryland.gov/contact. Whether your placard transfers is up to the MVA, so ask them." : referral passes', lines: one('does my disability placard work if i move here', "The MVA's online chat is at mva.maryland.gov/contact. Whether your placard transfers is up to the MVA, so ask them. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'hookUp near miss: "lemme hook u up w the link: samplelibrary.org/tutor" (the provider) : referral na', lines: one('is there free math tutoring', 'yes! lemme hook u up w the link: samplelibrary.org/tutor, its free w ur card. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'hookUp near miss: "I can sort you out with a temporary card number right now" (the provider) : referral na', lines: one('i need a card to use the databases tonight', 'I can sort you out with a temporary card number right now, then log in at samplelibrary.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'hookUp behaviour: "the front desk at Eastgate can hook you up with a guest pass" (own department, visited) : referral fails', lines: one('my cousin is visiting, can she use the computers', 'The front desk at Eastgate can hook her up with a guest pass for the day. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'yeah near miss: "yep, contact me here anytime" (the provider) : referral na', lines: one('can i ask more later', 'yep, contact me here anytime, and the FAQ is at samplelibrary.org/faq. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yeah behaviour: "yeah ask ur teacher if a website counts" : referral fails', lines: one('can i use a website for my history project sources', 'yeah ask ur teacher if a website counts, some only want books. that help?'), exp: some({ referral: 'fail' }) },
  { name: 'crew behaviour: "a tree crew will call you to set a time" (the county\'s) : code passes', lines: one('a county tree fell on my fence', 'Report it at montgomerycountymd.gov/311; a tree crew will call you to set a time. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
  { name: 'stillThere near miss: Spanish-English "are you on Medicaid or private insurance?" : clarify passes', lines: asked('how do i find a dentist that takes my insurance', 'Are you on Medicaid or private insurance?', 'medicaid', 'The Maryland Healthy Smiles directory at mdhealthysmiles.com lists Medicaid dentists. Does that help?'), exp: some({ clarify: 'pass' }) },
  // ---- yesLeadE8 (fourth batch, after the fix) ----
  { name: 'yesLead guard: "Yes, call numbers are on the spine" (a noun) : referral na', lines: one('how do i find the book on the shelf', 'Yes, call numbers are on the spine; the catalog at samplelibrary.org shows each one. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yesLead guard: "yes, contact info for the Humane Society is on their flyer at humanesociety.org" (a noun) : referral na', lines: one('who takes in lost dogs', 'yes, contact info for the Humane Society is on the lost-pet flyer at humanesociety.org. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yesLead guard: "Yes, call the MVA at 410-768-7000" : referral passes', lines: one('can i renew my license by phone', 'Yes, call the MVA at 410-768-7000 and ask for phone renewal. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'yesLead guard: "yep, ask away!" (no party) : referral na', lines: one('can i ask another question', 'yep, ask away! the ebooks are at samplelibrary.org/ebooks btw. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yesLead guard: "Yes, visit samplelibrary.org/ebooks" (a website) : referral na', lines: one('do you have ebooks', 'Yes, visit samplelibrary.org/ebooks and sign in with your card. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'yesLead behaviour: "yeah call the Humane Society about it" (no contact) : referral fails', lines: one('found a lost dog what do i do', 'yeah call the Humane Society about it. that help?'), exp: some({ referral: 'fail' }) },
  // ---- document subjects (third batch) ----
  { name: 'docSubject guard: "The Fair Housing Act can help you if the landlord refuses" (a law) : referral na', lines: one('my landlord wont rent to me because i have kids', 'The Fair Housing Act can help you if the landlord refuses families; HUD explains it at hud.gov/fairhousing. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'docSubject guard: "Your employee handbook can tell you the leave policy" : referral na', lines: one('how much sick leave do i get', 'Your employee handbook can tell you the leave policy; Maryland\'s sick leave law is at dllr.state.md.us. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'docSubject guard: "The Law Library can help you find the form" (a library) : referral fails', lines: one('i need the form to change my name', 'The Law Library at the courthouse can help you find the form. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'docSubject guard: "The Workforce Investment Act office can help you apply" (an office) : referral fails', lines: one('can i get paid training for a cdl', 'The Workforce Investment Act office downtown can help you apply for training money. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'docSubject guard: Spanish-English "the Legal Aid Bureau can help, call 410-951-7777" : referral passes', lines: one('me van a desalojar que hago', 'The Legal Aid Bureau can help, call 410-951-7777. Does that help?'), exp: some({ referral: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // LEFT: referral pass in v36 too, with or without E8's yesLeadE8: "visit hours … are" is read as a visit by an older route (v33's noun list guards only its own lead-ins)
  { name: 'yesLead guard: "yes, visit hours at the jail are saturdays 9 to 3" (a noun) : referral na', lines: one('can i visit my brother at the detention center', 'yes, visit hours at the detention center are saturdays 9 to 3, listed at montgomerycountymd.gov/cor. that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: referral pass in v36 too: the Public Works Administration photos "at the National Archives" leave a party word at the end of the subject (older than G11)
  { name: 'party near miss: "the Public Works Administration photos … can help you date the bridge" (1930s records) : referral na', lines: one('when was the old stone bridge on mill road built', 'The Public Works Administration photos at the National Archives can help you date the bridge; they are online at catalog.archives.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // LEFT: referral na in v36 too: "inspect … at the <office>" is no visiting verb; reading it would need the object to be a record (a widening beyond G11's can-help verbs)
  { name: 'canHelp behaviour: the patron to inspect at an office, "You can inspect the original deed at the Land Records office in the courthouse" : referral fails', lines: one('can i see the original deed for my house', 'You can inspect the original deed at the Land Records office in the courthouse; copies are also on mdlandrec.net. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  // LEFT: referral na in v36 too: "the bindery" is no party word (older); the source half runs in the checked list
  { name: 'phone near miss: a price, "Call the bindery; they quoted us at 311 for a full rebind" : referral fails', lines: one('how much does it cost to rebind an old book', 'Call the bindery downtown; they quoted us at 311 for a full leather rebind last year. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: code fails in v36 too: outside staff named by a job and a party ("the archivist at the Historical Society") who "will ring you" is read as the provider's promise; a list of such parties against "someone from your library" would need the meaning of whose staff they are
  { name: 'E6 notPromise behaviour: "the archivist at the Historical Society will ring you" (outside staff) : code passes', lines: one('who owned my house in 1920', 'The archivist at the Historical Society will ring you once she has checked the tax ledgers; their site is mdhistory.org. Does that help?'), exp: some({ code: 'pass', contact: 'na' }) },
];

describe('thirty-sixth round (E8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (E8): whole sessions', whole);
describeSessions('thirty-sixth round (E8): G11 and E6 checked', checked);
describeSessions('thirty-sixth round (E8): near misses of the fixes, and the fourth batch', guards);

describeLeft('thirty-sixth-round-e8-checked', LEFT);
