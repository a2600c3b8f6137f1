/**
 * Forty-sixth round, theme SPORTS, OUTDOORS AND RECREATION, checked: 31 whole sessions no one had written (fishing and hunting
 * licences and seasons, the state park passes libraries lend, trail and towpath maps, birding kits, campsite reservations,
 * youth soccer and Little League, sports trivia and statistics, rules of pickleball and cornhole, chair yoga at the library,
 * pools, crabbing limits), each with the status of all 17 checks, labelled from RUBRIC.md before it was run.
 *
 * SHAPES TRIED:
 *  openings: a queue line then a full greeting; a greeting that also clarifies; "Good afternoon!" with the name in the next
 *   line; "hey there!" + a question with the name only in the fourth provider line (fail); chat-speak "hi, Hugo w/ Howard
 *   County Library here"; Spanish "¡Hola! Le saluda Lupe, bibliotecaria de …"; a `pickedUpAt` at 40 s with the first line at
 *   175 s; a pickup at 140 s after the patron wrote three times in the queue;
 *  inquiry: plain questions on residence, branch, season, age, format; a restatement ("So you'd like … — is that right?"); a
 *   jokey "Baseball, I assume? 😄"; "Would a printable rule sheet be the most useful for you?" (format, before the answer);
 *  waits: a hold and 138 s; no hold and 145 s with a patron "hello?" inside it; holds every 104-112 s with a partial result
 *   and a patron "ok no rush" inside a span; a transfer notice as the hold; "take your time, I'll stay on" (no hold) before a
 *   237 s patron absence; a hold still open when the patron leaves 312 s later;
 *  sources: URLs and domains with steps, a database, catalog searches, a book title, newspapers named (the Star-Democrat and
 *   Cecil Whig on microfilm), an answer from memory with no source (the 1986 World Series);
 *  completeness: "Did that settle it?", "Does that settle the argument?", "Would that get you started?", "Would that work for
 *   him?", "¿Le sirve esta información?", "Does what I sent so far help?"; an offer "Would that work?" (scans not yet made)
 *   and "Can I call you with what I find?" (not completeness);
 *  endings: the patron's "that's everything", "thats all for now", "no, es todo"; "No thank you dear" after "anything else?";
 *   the patron's "losing signal gotta go" as the last message; a check-in then a notice that is also the goodbye; a check-in
 *   only (final idle 156 s) with no goodbye; a goodbye 156 s after the answer with no check-in; a check-in and a notice that
 *   is no goodbye ("It looks like you've disconnected. I'll be ending this session."); a question limit then "Bye."; "several
 *   other patrons waiting … Please chat back in later" (allowed);
 *  follow-ups: by me with the e-mail repeated and "by Thursday" (done in 30 h); by me by phone, "I'll call you by Monday" (done
 *   after 80 h: fail); a promise "I'll email it to you later today" coded Answered; by the patron's library ("our branch staff
 *   will reach out") with the e-mail only in `patron.email`, no time, not done by day 5;
 *  codes: a true Lost Call (greeting, hold, check-in, notice); Lost Call after three patron messages; Lost Call after a
 *   clarifying exchange and an open hold;
 *  referrals: DNR's licensing line, the reservation center, a pool's front desk (each with a number); the Boys & Girls Club "give
 *   them a call" with no number; "stop by the Circulation Desk at your branch" (the library's own desk) with no contact;
 *  transfers: notice + note (+ the receiver's reply) before the transfer; notice only, no note;
 *  concurrency: four at once (three others over 60-100 s); three at most, one ending as this starts and one starting as it ends.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Baseball, I assume?" asks about the need (which sport); with no source ever given, any such question counts (clarify);
 * - a newspaper named as where the answer is (the Star-Democrat, the Cecil Whig, on microfilm) is a named resource (a
 *   publication), so info.source passes though the scans come later;
 * - "You can buy it online at …, or call DNR's licensing line at 855-…" tells the patron to call an agency: a referral, reached;
 *   a place named as somewhere to go birding or walk (a refuge, a park) is no referral (no "contact or visit them" about the
 *   need); the sessions avoid "most sporting goods stores" and the like, which would make a generic party of doubtful reading;
 * - "stop by the Circulation Desk at your branch and ask for it" tells the patron to visit the library's own department
 *   (Terms: "The provider's own library's departments count when the patron is told to contact or visit them"); no address,
 *   phone or URL reaches it, so referral.contact fails;
 * - "Did that settle it?", "Does that settle the argument?", "Would that work for him?" (after the answer) ask whether what was
 *   given meets the need; "Would that work?" about scans not yet made and "Can I call you with what I find?" do not;
 * - "thats all for now" and "no, es todo" say explicitly that the patron is done; "ok thx losing signal gotta go" does not;
 * - "Have a good one, bye!", "Tight lines! Thanks for …", "Enjoy the parks! Bye." are goodbyes; "Que tenga buen día" with
 *   "¡Gracias por comunicarse con nosotros!" thanks;
 * - `pickedUpAt` is the pickup; the span of waiting on the provider that began at the patron's first message is counted for
 *   keep_informed only after the pickup (135 s here; counted whole it is 175 s: fail either way);
 * - the greeting + "Are you still there?" in one line at pickup (no hold) starts the final idle, and its question is the
 *   check-in "during it" (case 18); a Lost Call with only a greeting, a hold, a check-in and a notice has no substantive
 *   exchange (information checks and keep_informed na);
 * - when the provider's last visible message is a hold and the patron then leaves, there is no final idle (idle and
 *   disconnect na) and the open span does not count (the forty-second round's reading);
 * - a patron "ok no rush" inside a span of waiting on the provider does not restart it (Terms) and does not end it.
 *
 * COUNTS. Written: 31 whole sessions, every one of the 17 checks labelled in each before the first run (the labels as first
 * written kept apart from the file before it was run). First run as labelled / disagreeing: 30 / 1. Label corrections: 0.
 * Final: 30 running, 1 LEFT (below, with its reason in LEFT_WHY): followup.completeness in case 15, "Does what I sent so far
 * help?" read as no completeness question (the same line as "Does what I sent help?", "Does the info so far help?" or "Does
 * this help so far?" passes: probed outside the file, not cases of it).
 * The redaction equality of describeSessions holds for every running case (a patron e-mail and a patron phone in the chat, an
 * e-mail in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 31 tests passed (1 through describeLeft).
 *
 * RUBRIC v46 (block L) reads its one LEFT case (15: "Does what I sent so far help?", L3) as labelled, so all 31 sessions run
 * (v45, on which they were labelled, read 30 of them as labelled).
 */
import { describe } from 'vitest';
import { all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, xfer, session } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's automatic line (system). */
const inLine = (sec: number, n = 1): Line => [sec, 's', `You are #${n} in the queue. Please stay on this page.`];
/** The patron's window closing (system). */
const gone = (sec: number): Line => [sec, 's', 'Patron has left the session', sys('patron_left')];

const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'FCPL' };
const MARCO: Prov = { id: 'marco', name: 'Marco', library: 'HCLS' };
const TESS: Prov = { id: 'tess', name: 'Tess', library: 'AACPL' };
const WADE: Prov = { id: 'wade', name: 'Wade', library: 'GCPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia R.', library: 'WOR' };
const GIL: Prov = { id: 'gil', name: 'Gil', library: 'HCPL' };
const OPAL: Prov = { id: 'opal', name: 'Opal', library: 'CALV' };
const BRYN: Prov = { id: 'bryn', name: 'Bryn', library: 'SMCL' };
const DORA: Prov = { id: 'dora', name: 'Dora', library: 'CCPL' };
const IKE: Prov = { id: 'ike', name: 'Ike', library: 'PGCMLS' };
const JUNO: Prov = { id: 'juno', name: 'Juno', library: 'WCFL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'BCPL' };
const LUIS: Prov = { id: 'luis', name: 'Luis', library: 'HCLS' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'EPFL' };
const MINA: Prov = { id: 'mina', name: 'Mina', library: 'EPFL' };
const PEG: Prov = { id: 'peg', name: 'Peg', library: 'TCFL' };
const REN: Prov = { id: 'ren', name: 'Ren', library: 'KENT' };
const SKY: Prov = { id: 'sky', name: 'Sky', library: 'QACL' };
const VERA: Prov = { id: 'vera', name: 'Vera', library: 'DCPL' };
const WILL: Prov = { id: 'will', name: 'Will', library: 'MCPL' };
const CASS: Prov = { id: 'cass', name: 'Cass', library: 'ACLS' };
const ELLA: Prov = { id: 'ella', name: 'Ella', library: 'FCPL' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'HCLS' };
const LIV: Prov = { id: 'liv', name: 'Liv', library: 'CARR' };
const NED: Prov = { id: 'ned', name: 'Ned', library: 'WPL' };
const OZ: Prov = { id: 'oz', name: 'Oz', library: 'SOM' };
const ROY: Prov = { id: 'roy', name: 'Roy', library: 'BCPL' };
const KAI: Prov = { id: 'kai', name: 'Kai', library: 'AACPL' };
const MAE: Prov = { id: 'mae', name: 'Mae', library: 'HCPL' };
const TAM: Prov = { id: 'tam', name: 'Tam', library: 'EPFL' };
const LUPE: Prov = { id: 'lupe', name: 'Lupe', library: 'MCPL' };
const BO: Prov = { id: 'bo', name: 'Bo', library: 'CCPL' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'AACPL' };

export const outdoors: SessionCase[] = [
  // 1 fishing licence, by the book; buying by phone tells the patron to call DNR: a referral, with its number
  s(HANNAH, '01 fishing licence (Potomac, shore): residency asked, COMPASS URL + DNR phone, patron done', [
    [0, 'p', 'hi where do i buy a fishing license? going to the potomac saturday'],
    inLine(4),
    [31, 'l', "Good morning! You've reached Ask Us Now — I'm Hannah, a librarian with Frederick County Public Libraries."],
    [38, 'l', 'Are you a Maryland resident, and will you be fishing from the shore or from a boat?'],
    [70, 'p', 'yes resident. shore, near brunswick'],
    [112, 'l', "Above the DC line the Potomac counts as nontidal water, so you need Maryland's nontidal (freshwater) angler license. You can buy it online at licensing.dnr.maryland.gov, or call DNR's licensing line at 855-855-3906. The resident annual license is $20.50."],
    [118, 'l', 'Is that what you needed?'],
    [160, 'p', 'perfect thats all i needed, thanks!'],
    [166, 'l', 'Tight lines! Thanks for chatting with Ask Us Now.'],
  ], usual({ referral: 'pass' })),

  // 2 the library's state park passes; "let me check" and then 138 s of nothing
  s(MARCO, '02 state park pass (Miller branch): hold at 66, the answer only at 204 (138 s)', [
    [0, 'p', 'Do you guys still lend out the state park passes? My kids are off next week'],
    [22, 'l', 'Hi there! This is Marco, librarian at Howard County Library System.'],
    [27, 'l', 'Which branch do you usually go to?'],
    [58, 'p', 'Miller in Ellicott City'],
    [66, 'l', 'Okay, let me check the catalog to see if any passes are in at Miller.'],
    [204, 'l', "Thanks for waiting. Search 'state park pass' in the catalog at hclibrary.org: Miller has 0 of 3 on the shelf right now, but you can place a hold and it'll be sent to Miller. They go out for 2 weeks."],
    [210, 'l', 'Does that answer your question?'],
    [250, 'p', "ok thx, I'll put a hold on one"],
    [256, 'l', 'Anything else I can help you with?'],
    [290, 'p', "no that's it"],
    [294, 'l', 'Have fun at the parks! Bye!'],
  ], usual({ informed: 'fail' })),

  // 3 sports trivia answered from memory: no source at all; "Baseball, I assume?" checks the need
  s(TESS, '03 1986 World Series bet: "Baseball, I assume?", answered from memory with no source, "Did that settle it?"', [
    [0, 'p', 'settle a bet: who won the 1986 world series'],
    [14, 'l', 'Hi, Tess at Ask a Librarian here, Anne Arundel County Public Library!'],
    [19, 'l', 'Baseball, I assume? 😄'],
    [35, 'p', 'yes lol'],
    [48, 'l', "The New York Mets, over the Boston Red Sox in seven games. Game 6 was the famous one where the grounder went through Bill Buckner's legs."],
    [62, 'l', 'Did that settle it?'],
    [80, 'p', 'yep I owe my brother 10 bucks'],
    [86, 'l', 'Ha! Sorry about that. Thanks for asking Ask a Librarian, have a good night.'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 4 deer season from a phone at Deep Creek: the patron vanishes; check-in, then a notice that is also the goodbye
  s(WADE, '04 deer firearm season (Region A): patron gone after the answer; "still there?" at 330, notice + goodbye at 455', [
    [0, 'p', 'when does deer season open this year? rifle'],
    [40, 'l', "Hello! I'm Wade, a librarian at Ruth Enlow Library of Garrett County."],
    [46, 'l', 'Is this for Garrett County (Region A) or somewhere else in the state? The dates differ by region.'],
    [95, 'p', 'garrett, im up at deep creek now'],
    [101, 'l', "Give me a minute to pull up this season's hunting guide."],
    [190, 'l', "The Maryland Guide to Hunting & Trapping (eregulations.com/maryland/hunting) has the Region A firearm season: it opens the Saturday after Thanksgiving and runs two weeks, plus a few bonus days in December. The season table is near the front of the deer section."],
    [195, 'l', 'Does that cover what you needed?'],
    [330, 'l', 'Are you still there?'],
    [455, 'l', "It seems we've lost the connection, so I'm going to close this chat. If you have more questions you're welcome to contact us again anytime. Good luck this season!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 5 camping reservation: a referral with phone and URL; "take your time" is no hold, the patron's 237 s is hers
  s(NADIA, '05 Assateague campsite: reservation center phone + URL, "take your time, I\'ll stay on", patron back after 237 s', [
    [0, 'p', "Hi, I'm trying to reserve a campsite at Assateague for July and the site keeps timing out. Is there a phone number?"],
    [28, 'l', "Hi, welcome to Ask Us Now! I'm Nadia, a librarian at Worcester County Library."],
    [33, 'l', 'Is it the state park side (Assateague State Park) or the national seashore side? They use different systems.'],
    [85, 'p', 'um I think the state park, the one with the bathhouses'],
    [120, 'l', 'Okay. State park campsites are booked through Maryland Park Service reservations: parkreservations.maryland.gov, or call the reservation center at 1-888-432-2267 (Mon–Fri, 8 to 5). The national seashore side books on recreation.gov.'],
    [128, 'l', "Does that help? You could try the website once more first — take your time, I'll stay on."],
    [365, 'p', 'ok it went through this time!! site 47 for july 10-13'],
    [372, 'l', 'Wonderful, enjoy the beach (and guard your snacks from the ponies)! Anything else today?'],
    [400, 'p', "no that's everything, thank you so much"],
    [405, 'l', "You're very welcome. Thanks for chatting with us, have a great trip!"],
  ], usual({ referral: 'pass' })),

  // 6 youth soccer: the registration URL, but "give them a call" with no number for the Boys & Girls Club
  s(GIL, '06 rec soccer sign-up (age 7): parks URL, Boys & Girls Club "give them a call" with no number', [
    [0, 'p', 'how do i sign my 7 yr old up for rec soccer in bel air? and is there financial help'],
    [35, 'l', 'Hi! Gil here, librarian at Harford County Public Library.'],
    [40, 'l', 'Is this for the fall season or spring?'],
    [80, 'p', 'fall'],
    [130, 'l', 'Fall youth soccer in Bel Air goes through Harford County Parks & Recreation. Registration opens in June at harfordcountymd.gov/parks (Recreation Councils > Bel Air). For help with the fee, the Boys & Girls Club of Harford County sometimes covers it: give them a call and ask about their sports scholarship.'],
    [136, 'l', 'Does that help?'],
    [170, 'p', 'yes thx'],
    [176, 'l', 'Anything else I can look up for you?'],
    [200, 'p', 'nope'],
    [204, 'l', 'Have a good one, bye!'],
  ], usual({ referral: 'fail' })),

  // 7 birding backpack; a check-in only (final idle 156 s), last two provider lines neither thank nor say goodbye
  s(OPAL, '07 birding for a beginner: backpack kit, "Would that get you started?", check-in at 296, patron gone at 311', [
    [0, 'p', "Hello, I'd like to get into birdwatching. Does the library have anything for beginners? I'm in Prince Frederick."],
    [19, 'l', "Good afternoon, and welcome! I'm Opal, a librarian with Calvert Library."],
    [25, 'l', 'Do you already have binoculars, or would you want to borrow some?'],
    [70, 'p', "No binoculars yet. I didn't want to buy some before I knew I'd like it."],
    [78, 'l', "Smart! One moment while I check what's on the shelf."],
    [160, 'l', "We lend Birding Backpacks: each has binoculars, a Sibley field guide and a checklist of Calvert County birds. Search 'birding backpack' in our catalog at calvertlibrary.info and place a hold for pickup at Prince Frederick."],
    [166, 'l', 'Would that get you started?'],
    [296, 'l', 'Are you still with me?'],
    gone(311),
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' })),

  // 8 pickleball: a restatement as the clarifying question, a follow-up question answered, patron done
  s(BRYN, '08 pickleball kitchen rule: restated ("So you\'d like …, is that right?"), USA Pickleball rulebook, patron done', [
    [0, 'p', 'Our senior center is starting pickleball and nobody agrees on the kitchen rule. Can you find the official rule?'],
    [26, 'l', "Hi! Thanks for contacting Ask Us Now. I'm Bryn, a librarian at St. Mary's County Library."],
    [33, 'l', "So you'd like the official wording of the non-volley zone ('kitchen') rule — is that right?"],
    [60, 'p', 'Yes exactly'],
    [95, 'l', "It's Section 9 of the Official Pickleball Rulebook from USA Pickleball, free at usapickleball.org (Rules > current rulebook PDF). In short: you can't volley while standing in the zone or touching its line, and you can't step in after a volley from your momentum. You can be in the kitchen any time to play a ball that has bounced."],
    [101, 'l', 'Does that settle the argument?'],
    [150, 'p', "It does! So if my foot is on the line and I volley, that's a fault?"],
    [162, 'l', "Yes — the line counts as part of the zone, so that's a fault."],
    [190, 'p', "Great. That's all I needed, thank you."],
    [196, 'l', "You're welcome, have fun out there! Goodbye."],
  ], usual()),

  // 9 chair yoga at the library: an older patron, long gaps, everything by the book
  s(DORA, '09 chair yoga (older patron): branch asked, events calendar, "Is there anything else", "No thank you dear"', [
    [0, 'p', 'Good morning. My doctor said I should do some gentle exercise. I heard the library has a chair yoga class? When is it and do I need to sign up. Thank you'],
    [45, 'l', "Good morning! You're chatting with Dora, a librarian at Cecil County Public Library. I'd be glad to help."],
    [52, 'l', 'Which branch is closest to you?'],
    [130, 'p', 'North East branch'],
    [175, 'l', 'North East has Chair Yoga on Wednesdays at 10:30 am in the meeting room. It is free and there is no registration, just bring water. The full list is on our events calendar at cecilcountylibrary.org/events (filter by branch: North East). Is that what you were looking for?'],
    [240, 'p', 'Yes that is wonderful. Can I bring my husband'],
    [260, 'l', 'Absolutely, everyone is welcome. Is there anything else I can help you with?'],
    [300, 'p', 'No thank you dear'],
    [306, 'l', 'Enjoy the class! Thank you for contacting us, and have a lovely day.'],
  ], usual()),

  // 10 pool hours; Ike had three other chats open at 60-100 s (four at once)
  s(IKE, '10 Sunday open swim: front desk phone (referral), four chats at once at 60-100 s', [
    [0, 'p', "is the pool at the Prince George's sports & learning complex open sundays"],
    [18, 'l', 'Hi, this is Ike at PGCMLS Ask a Librarian.'],
    [22, 'l', 'Are you asking about open/lap swim or lessons?'],
    [50, 'p', 'open swim'],
    [88, 'l', "The complex's aquatic center posts its hours at pgparks.com (search 'Sports & Learning Complex'). Sunday open swim is usually noon–5 but holiday hours change, so call the front desk to confirm: 301-583-2400."],
    [93, 'l', 'Did that answer it?'],
    [120, 'p', 'yup'],
    [125, 'l', 'Anything else?'],
    [140, 'p', 'no thanks'],
    [144, 'l', 'Thanks for chatting — have a good swim!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, { otherIntervals: [other('ike-a', 'ike', -300, 100), other('ike-b', 'ike', 30, 400), other('ike-c', 'ike', 60, 700)] }),

  // 11 towpath map; Juno's other chats touch this one only at its ends
  s(JUNO, '11 C&O towpath bike map: NPS maps + a book, three at most (one ends at 0, one starts at the end)', [
    [0, 'p', 'looking for a trail map of the C&O canal towpath from Williamsport to Hancock'],
    [25, 'l', "Hi! I'm Juno, a librarian at Washington County Free Library. Will you be biking or hiking it?"],
    [55, 'p', 'biking, 2 days'],
    [60, 'l', 'Let me look.'],
    [150, 'l', "The National Park Service has free printable maps at nps.gov/choh/planyourvisit/maps.htm; the Williamsport–Hancock section shows the hiker-biker campsites about every 5 miles. We also have 'Towpath Guide to the C&O Canal' by Thomas Hahn at our Central branch."],
    [156, 'l', 'Will that work for your trip?'],
    [190, 'p', 'perfect. thats all i need'],
    [196, 'l', 'Have a great ride! Thanks for using Ask Us Now.'],
  ], usual(), {}, { otherIntervals: [other('j1', 'juno', -900, 0), other('j2', 'juno', -100, 300), other('j3', 'juno', 50, 150), other('j4', 'juno', 201, 800)] }),

  // 12 transfer done well: a notice, Fern's note to Luis (and his reply) before the transfer
  s(FERN, '12 Patapsco park pass, Howard card: transfer to Luis with notice + note, Luis answers', [
    [0, 'p', 'can i check out a patapsco valley state park pass with my howard county card'],
    [20, 'l', "Hello, welcome to Ask Us Now! I'm Fern, a librarian at Baltimore County Public Library."],
    [26, 'l', "Just to check — you'd want to pick it up at a Howard County branch, right?"],
    [60, 'p', 'yes, central'],
    [68, 'l', "Howard County has a librarian on right now, so I'm going to transfer you to them — they can check their own passes. One moment."],
    [72, 'i', 'Luis — HoCo patron wants a state park pass, pickup at Central. Can you take it?'],
    [80, 'i', 'Sure, send it over', as(LUIS)],
    xfer(84, 'Luis', 'luis'),
    [110, 'l', "Hi, I'm Luis at Howard County Library System. Let me check Central's passes.", as(LUIS)],
    [195, 'l', "Central has 1 of 4 Maryland State Park passes in right now. Search 'state park pass' at hclibrary.org and choose Central for pickup; it's held for 3 days.", as(LUIS)],
    [200, 'l', 'Does that help?', as(LUIS)],
    [240, 'p', "yes thank you!! that's all"],
    [246, 'l', 'Enjoy Patapsco! Thanks for chatting.', as(LUIS)],
  ], usual({ transfer: 'pass' })),

  // 13 transfer with a notice but no note to the receiving provider
  s(ABE, '13 1958 Colts-Giants box score: transfer to Mina announced, no internal note', [
    [0, 'p', 'I need the box score from the Colts-Giants 1958 championship game for a school project'],
    [30, 'l', "Hi, I'm Abe, a librarian at Enoch Pratt Free Library. Do you need the full box score or just the final stats?"],
    [70, 'p', 'full box score'],
    [80, 'l', "I'm going to transfer you to Mina in our Sports & Recreation department, she knows the newspaper archives best."],
    xfer(85, 'Mina', 'mina'),
    [140, 'l', "Hi, Mina here at the Pratt. The Baltimore Sun for Dec 29, 1958 is in our ProQuest Historical Newspapers: Baltimore Sun database (prattlibrary.org > Research > Databases); the box score is in the sports section.", as(MINA)],
    [146, 'l', 'Is that the box score you needed?', as(MINA)],
    [200, 'p', 'found it thanks'],
    [206, 'l', 'Great! Anything else?', as(MINA)],
    [230, 'p', 'nah'],
    [234, 'l', 'Good luck with the project, bye!', as(MINA)],
  ], usual({ transfer: 'fail' })),

  // 14 follow-up by me: microfilm scores, e-mail repeated back, "by Thursday", done in 30 h
  s(PEG, '14 1978 Easton football scores (follow-up by me): e-mail repeated, "by Thursday", done in 30 h; "Would that work?" is an offer', [
    [0, 'p', 'My dad played for Easton High in 1978 and says they went undefeated. Can you find the scores?'],
    [33, 'l', "Hi there! I'm Peg, a librarian at Talbot County Free Library. Happy to help."],
    [40, 'l', "Do you need every game's score, or just the season record?"],
    [90, 'p', 'every game if possible, its for his 65th birthday'],
    [96, 'l', 'What a fun gift! Let me see what we have — one moment.'],
    [200, 'l', 'The Star-Democrat covered Easton games, but 1978 is only on microfilm in our Maryland Room, not online. I can go through the fall issues and send you what I find. Would that work?'],
    [240, 'p', 'yes please!!'],
    [246, 'l', 'What email should I send the scans to?'],
    [290, 'p', 'kbrightwell78@yahoo.com'],
    [297, 'l', "Got it: kbrightwell78@yahoo.com. I'll have the scores to you by Thursday at the latest."],
    [303, 'l', 'Is there anything else I can help with?'],
    [330, 'p', "no that's everything thank you!"],
    [336, 'l', 'Thanks so much for chatting with us. Bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 15 a promise to e-mail more trails, coded Answered
  s(REN, '15 dog-friendly shady trails: "I\'ll email it to you later today", e-mail repeated, coded Answered; "thats all for now"', [
    [0, 'p', 'are there any dog-friendly trails near chestertown? ideally under 3 miles'],
    [40, 'l', 'Hi, Ren from Kent County Public Library here!'],
    [45, 'l', 'Do you need them to be paved or is dirt trail ok?'],
    [80, 'p', 'dirt is fine, just shady. its getting hot'],
    [150, 'l', 'Eastern Neck National Wildlife Refuge has several short, shady trails (the Boardwalk Trail is half a mile, Duck Inn Trail about a mile) and allows leashed dogs: fws.gov/refuge/eastern-neck.'],
    [156, 'l', "I'm putting together a list of a couple more with parking info — I'll email it to you later today. What's your email?"],
    [200, 'p', "sure, it's dana.w.kent@gmail.com"],
    [206, 'l', "Thanks, dana.w.kent@gmail.com. You'll have it this afternoon."],
    [212, 'l', 'Does what I sent so far help?'],
    [240, 'p', 'yes! thats all for now'],
    [246, 'l', 'Enjoy the walk! Bye for now.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 16 follow-up by the patron's library; e-mail only in patron.email, no time; not done by day 5
  s(SKY, '16 hunter safety course (follow-up by patron\'s library): "branch staff will reach out", e-mail never in the chat, no when; day 5', [
    [0, 'p', 'my son is 12 and needs the hunter safety course before turkey season. where are classes near centreville?'],
    [30, 'l', "Hi! Sky here, librarian at Queen Anne's County Library."],
    [36, 'l', 'Does he need the in-person course, or is the online course plus a field day okay?'],
    [75, 'p', 'either'],
    [135, 'l', "DNR lists every Hunter Education class on its course calendar: dnr.maryland.gov/nrp/Pages/HunterSafety.aspx (choose 'Find a Course'). Classes near Centreville fill fast. Our Centreville branch also hosts one each spring, and our branch staff will reach out to you with the date once it's set."],
    [141, 'l', 'Does that help for now?'],
    [180, 'p', 'yes thanks'],
    [186, 'l', 'Anything else today?'],
    [200, 'p', 'no'],
    [205, 'l', 'Thanks for chatting, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'hunter.mom@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 17 a true Lost Call: greeting, "a moment to read your question", check-in, notice + goodbye
  s(VERA, '17 Blackwater trail maps (Lost Call): greeting, hold, "are you still there?" at 150, notice + goodbye at 360', [
    [0, 'p', 'do you have maps of the trails at blackwater refuge'],
    [20, 'l', 'Hello! This is Vera, a librarian at Dorchester County Public Library.'],
    [26, 'l', 'Give me just a moment to read your question.'],
    [150, 'l', 'Hi, are you still there?'],
    [360, 'l', 'It looks like you may have disconnected, so I will end this chat now. Please feel free to chat with us again anytime!'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 18 coded Lost Call though the patron wrote three times in the queue; picked up at 140
  s(WILL, '18 county pool season pass: patron writes 3 times in the queue, pickup at 140 with "Are you still there?", coded Lost Call', [
    [0, 'p', 'how much is a season pass for the county pools'],
    inLine(3, 3),
    [70, 'p', 'hello?'],
    [105, 'p', 'anyone there'],
    [140, 'l', 'Hi, sorry for the wait! Will here at Montgomery County Public Libraries. Are you still there?'],
    [345, 'l', "Looks like you've left, so I'm closing this chat. Feel free to come back anytime!"],
  ], all({
    pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 trivia night barrage: a question limit, then "Bye."
  s(CASS, '19 1986 trivia barrage: World Cup, NBA, Stanley Cup, Masters, then "that\'s the limit of questions"', [
    [0, 'p', 'trivia night help!! who won the 1986 world cup'],
    [15, 'l', 'Hi! Cass at Allegany County Library System. Is this the soccer World Cup?'],
    [30, 'p', 'yes'],
    [50, 'l', "Argentina won the 1986 FIFA World Cup in Mexico, beating West Germany 3–2 in the final. FIFA's tournament page confirms it: fifa.com (Tournaments > Mexico 1986)."],
    [60, 'p', 'ok and who won the 1986 nba finals'],
    [85, 'l', 'The Boston Celtics, 4–2 over the Houston Rockets (nba.com/history lists every Finals).'],
    [95, 'p', 'and the stanley cup that year?'],
    [105, 'p', 'also the masters'],
    [130, 'l', 'Montreal Canadiens won the 1986 Stanley Cup, and Jack Nicklaus won the Masters at 46.'],
    [140, 'p', 'omg ur amazing. who won the 1986 super bowl??'],
    [150, 'l', "Sorry, that's the limit of questions I can answer in one chat."],
    [165, 'p', 'oh ok'],
    [170, 'l', 'Bye.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 20 scout campout list; "several other patrons waiting … please chat back in later" (allowed)
  s(ELLA, '20 scout campout (four questions, then four more): "other patrons waiting … please chat back in later"', [
    [0, 'p', 'hi, planning a scout campout. need: 1) group campsites near frederick 2) are campfires allowed 3) where to buy firewood 4) any badge books'],
    [35, 'l', "Hi, welcome to Ask Us Now! I'm Ella, a librarian with Frederick County Public Libraries. What month is the campout?"],
    [70, 'p', 'october'],
    [80, 'l', 'Let me check these one at a time.'],
    [175, 'l', "1) Gambrill State Park and Cunningham Falls both have youth group sites; book at parkreservations.maryland.gov. 2) Campfires are allowed in the fire rings unless there's a burn ban (posted on each park's page). 3) Firewood has to be bought at or near the park (Maryland's firewood rules, to stop the emerald ash borer). 4) Our catalog has the Scouts BSA merit badge pamphlets: search 'merit badge camping' at fcpl.org."],
    [181, 'l', 'Does that cover your list?'],
    [240, 'p', 'yes! also can you find me recipes for dutch oven cobbler, a packing list, knots for tarps, and the weather forecast for oct 12'],
    [255, 'l', 'Those are great questions, but there are several other patrons waiting for help right now. Please chat back in later and another librarian will be happy to help with those!'],
    [270, 'p', 'ok fair lol'],
    [276, 'l', 'Thanks for understanding, and have a great campout!'],
  ], usual({ anything: 'fail' })),

  // 21 phone at a trailhead: the patron's "losing signal gotta go" is the last word; no provider goodbye
  s(HUGO, '21 Grist Mill Trail closure (phone at the trailhead): patron "losing signal gotta go" last, no goodbye', [
    [0, 'p', 'at the trailhead at patapsco avalon, is the grist mill trail closed?? theres a sign but its faded'],
    [24, 'l', 'hi, Hugo w/ Howard County Library here'],
    [29, 'l', 'which end are you at, the Avalon visitor center lot?'],
    [65, 'p', 'ya'],
    [72, 'l', 'one sec checking the park alerts'],
    [140, 'l', "DNR's Patapsco Valley page (dnr.maryland.gov/publiclands, Central Region > Patapsco Valley) says the Grist Mill Trail is open, but the stretch past Bloede Dam is closed for bridge repair"],
    [144, 'l', 'did that help?'],
    [170, 'p', 'ok thx losing signal gotta go'],
    gone(172),
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 22 a goodbye 156 s after the answer, no check-in
  s(LIV, '22 disc golf for a 10-year-old: answer at 110, goodbye at 266 with no "still there?"', [
    [0, 'p', "Is there a disc golf course in Westminster? My nephew is visiting."],
    [28, 'l', "Hello! I'm Liv, a librarian at Carroll County Public Library."],
    [33, 'l', 'Do you need one that is good for beginners?'],
    [60, 'p', "Yes he's 10"],
    [110, 'l', "Carroll County Recreation & Parks lists its disc golf courses at ccgovernment.carr.org/ccg/recparks (Parks > Disc Golf); the 9-hole course there is marked beginner-friendly."],
    [116, 'l', 'Would that work for him?'],
    [266, 'l', 'Thanks for contacting the library — have a great time!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 crabbing limits: no hold, a patron "hello?" in the middle (does not restart the wait), 145 s
  s(NED, '23 pier crabbing limits: patron 45 s, "hello?" at 130, answer at 190 (145 s, no hold)', [
    [0, 'p', 'what are the rules for crabbing off a pier in maryland, like how many can I keep'],
    [22, 'l', 'Hi there, this is Ned from Wicomico Public Library. Recreational crabbing, not commercial, right?'],
    [45, 'p', 'yes just for fun with my kids'],
    [130, 'p', 'hello?'],
    [190, 'l', "Sorry about that! DNR's recreational crabbing page (dnr.maryland.gov/fisheries, Blue Crab > Recreational) has the limits: with no license you can keep up to two dozen hard crabs per person per day from a pier, 5 1/4 inches minimum in summer. There are extra rules for females in the fall."],
    [196, 'l', 'Is that the info you needed?'],
    [230, 'p', 'yes thank you'],
    [236, 'l', 'Anything else?'],
    [250, 'p', 'no'],
    [255, 'l', 'Happy crabbing! Bye now.'],
  ], usual({ informed: 'fail' })),

  // 24 a hold still open when the patron leaves; coded Lost Call after two patron messages
  s(OZ, '24 Crisfield pool opening: clarifying question, "let me look that up", patron leaves 312 s later; Lost Call', [
    [0, 'p', 'what time does the crisfield marina pool open for the summer'],
    [30, 'l', 'Hi! Oz here, librarian at Somerset County Library.'],
    [36, 'l', 'Are you asking about Memorial Day weekend or the regular schedule?'],
    [80, 'p', 'regular'],
    [88, 'l', 'OK, let me look that up for you.'],
    gone(400),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 picked up (recorded) at 40 s, but the first word only at 175 s
  s(ROY, '25 1983 Orioles books: pickedUpAt 40, first message 175 (135 s after pickup)', [
    [0, 'p', "Do you have any books about the 1983 Orioles? My dad's birthday is coming up"],
    [175, 'l', "Hi, sorry for the delay! I'm Roy, librarian at Baltimore County Public Library. Is he more into stats or stories?"],
    [210, 'p', 'stories I think, he loves Cal Ripken and Eddie Murray'],
    [270, 'l', "Try 'Orioles Magic: The 1983 Season Remembered' — it's in our catalog at bcpl.info with 3 copies in. It's full of clubhouse stories from Ripken, Murray and the rest."],
    [276, 'l', 'Is that the kind of thing you had in mind?'],
    [300, 'p', "yes that's perfect, that's all I needed"],
    [306, 'l', 'Great! Thanks for chatting, and happy birthday to your dad.'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(40) }),

  // 26 the provider names herself only in her fourth message
  s(KAI, '26 Babe Ruth home runs (chat-speak): "hey there!" + "for a report?", name only in the 4th message', [
    [0, 'p', 'how many career home runs did babe ruth hit'],
    [12, 'l', 'hey there!'],
    [15, 'l', 'for a report or just curious?'],
    [40, 'p', 'report'],
    [62, 'l', '714 in the regular season. Baseball-Reference has his full stats: baseball-reference.com/players/r/ruthba01.shtml — good to cite in a report'],
    [66, 'l', "btw I'm Kai, a librarian at Anne Arundel County Public Library. does that help?"],
    [90, 'p', 'ya thx'],
    [95, 'l', 'np! anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'good luck w the report, bye!'],
  ], usual({ greeting: 'fail' })),

  // 27 greeting in one message, name in the next; a format question before the answer; patron done
  s(MAE, '27 cornhole rules: "Good afternoon!" + name in the next line, "Would a printable rule sheet be most useful?" before the answer', [
    [0, 'p', "I need the rules for cornhole for a tournament we're running. distance between boards etc"],
    [20, 'l', 'Good afternoon!'],
    [24, 'l', "You're chatting with Mae, a librarian at Harford County Public Library."],
    [30, 'l', 'Would a printable rule sheet be the most useful for you?'],
    [60, 'p', 'yes printable'],
    [115, 'l', 'The American Cornhole Association posts its official rules at americancornhole.com (Rules page, with a print button). Boards go 27 feet apart, front edge to front edge, and the foul line is the front of the board.'],
    [150, 'p', "great, that's everything I needed"],
    [156, 'l', 'Good luck with the tournament! Thanks for asking.'],
  ], usual({ complete: 'fail' })),

  // 28 "stop by the Circulation Desk at your branch": the library's own desk, to visit, with no way to reach it
  s(TAM, '28 Pratt state park pass: "stop by the Circulation Desk at your branch and ask for it" (no contact), DNR URL', [
    [0, 'p', 'does pratt have the park pass thing where you get into state parks free'],
    [26, 'l', "Hi! I'm Tam, a librarian at Enoch Pratt Free Library."],
    [31, 'l', 'Do you have a Pratt card already?'],
    [55, 'p', 'yes'],
    [95, 'l', "Yes — the Maryland State Parks pass can be borrowed with a Pratt card for one week. They can't be put on hold, so stop by the Circulation Desk at your branch and ask for it; it's first come, first served. What the pass covers is explained at dnr.maryland.gov/publiclands."],
    [100, 'l', 'Does that answer your question?'],
    [130, 'p', 'yep'],
    [134, 'l', 'Is there anything else I can help with?'],
    [150, 'p', 'nope thx'],
    [155, 'l', 'Enjoy the parks! Bye.'],
  ], usual({ referral: 'fail' })),

  // 29 Spanish: fishing licence for Lake Needwood, every step in Spanish
  s(LUPE, '29 licencia de pesca, Lake Needwood (Spanish): saludo con nombre, preguntas, URL, "¿Le sirve…?", "¿Necesita algo más?"', [
    [0, 'p', 'hola, necesito saber donde compro la licencia de pesca para el lago'],
    [25, 'l', '¡Hola! Le saluda Lupe, bibliotecaria de Montgomery County Public Libraries.'],
    [30, 'l', '¿Qué lago? ¿Y es usted residente de Maryland?'],
    [70, 'p', 'lago needwood, si soy residente'],
    [115, 'l', 'Para Lake Needwood necesita la licencia de pesca de agua dulce (nontidal) de Maryland. Se compra en línea en licensing.dnr.maryland.gov (elija «Recreational Licenses»).'],
    [120, 'l', '¿Le sirve esta información?'],
    [160, 'p', 'si muchas gracias'],
    [165, 'l', '¿Necesita algo más?'],
    [190, 'p', 'no, es todo'],
    [195, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual()),

  // 30 follow-up by phone: Little League founding; holds every ~100 s; the call made only after 80 h
  s(BO, '30 Elkton Little League founding (follow-up by me, phone): holds, "I\'ll call you by Monday", done after 80 h', [
    [0, 'p', 'trying to find out when the Elkton Little League was founded, for a 75th anniversary banner'],
    [35, 'l', 'Hello, this is Bo, a librarian at Cecil County Public Library. Do you know roughly what decade it started?'],
    [80, 'p', 'late 40s or early 50s supposedly'],
    [88, 'l', 'Let me check our local history files. Bear with me.'],
    [200, 'l', 'Still looking — our index has a few Cecil Whig articles on Little League in the early 50s.'],
    [290, 'l', "I found a 1951 Cecil Whig article about the league's first season, but I'd like to confirm it against Little League's own charter records before I pass it on. Can I call you with what I find?"],
    [330, 'p', 'sure, 410-555-0172'],
    [336, 'l', "Thanks, that's 410-555-0172. I'll call you by Monday."],
    [340, 'l', 'Anything else for now?'],
    [360, 'p', 'no, thank you so much'],
    [366, 'l', 'Thanks for chatting with Ask Us Now. Bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }),

  // 31 record strikeouts: long search held every ~110 s, then the patron gone; check-in, a notice that is no goodbye
  s(PIA, '31 HS strikeout record: holds at 66/170/280, answer 390, check-in 540, "I\'ll be ending this session." at 700', [
    [0, 'p', 'whats the maryland high school record for strikeouts in one game? my grandson struck out 17 last night and people say thats a record'],
    [20, 'l', "Hi! You've reached Ask Us Now. I'm Pia, a librarian at Anne Arundel County Public Library. Congratulations to him!"],
    [26, 'l', 'Was it a 7-inning game? And is it a public school (MPSSAA) or a private school league?'],
    [60, 'p', '7 innings, public, Severna Park'],
    [66, 'l', 'Let me see what I can find — this one may take a few minutes.'],
    [170, 'l', "Still searching. The MPSSAA record book covers some sports but I'm not seeing baseball in it yet."],
    [200, 'p', 'ok no rush'],
    [280, 'l', 'Thanks! Still digging — checking the Capital Gazette archives now.'],
    [390, 'l', 'MPSSAA posts its state baseball records at mpssaa.org (Sports > Baseball > Records). The single-game strikeout record listed for a 7-inning game is 21, so 17 is terrific but not the state record. The Capital Gazette (capitalgazette.com) may have a write-up of his game.'],
    [395, 'l', 'Does that answer your question?'],
    [540, 'l', 'Are you still there?'],
    [700, 'l', "It looks like you've disconnected. I'll be ending this session."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),
];

/** The cases the scorer still misreads (name -> which check, what the scorer gave, what RUBRIC.md says, which message). */
const LEFT_WHY: Record<string, string> = {
};

describe('forty-sixth round: sports, outdoors and recreation, checked', () => {
  describeSessions('whole sessions', outdoors.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', outdoors.filter((c) => c.name in LEFT_WHY));
});
