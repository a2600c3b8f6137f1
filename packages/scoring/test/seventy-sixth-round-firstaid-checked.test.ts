/**
 * Seventy-sixth round, theme FIRST AID, CPR AND EMERGENCY PREPAREDNESS, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: CPR and AED classes (an adult Heartsaver card for work, an AED and
 * group class for a church, hands-only CPR compressions, how long a card is good for, a caregiver's class in Spanish, a
 * Spanish-taught class list for a church group, a teen who wants to be a lifeguard), infant CPR for a new father, babysitter
 * courses (a 12-year-old in Spanish, a 13-year-old in Harford), snakebites (a copperhead on a hike, a dog at Calvert Cliffs),
 * a bee sting on the playground and a jellyfish sting in Spanish, first aid kits (the car, a flood kit, a free kit, a senior
 * center refresher, wilderness first aid for scouts, a first aid app for an 80-year-old), Stop the Bleed (a class in the city,
 * a training kit for a 4-H demo), seizures and stroke signs, heat illness for a landscaping crew, go-bags and emergency plans
 * (hurricanes for new arrivals, a home daycare plan, power outages with home oxygen). Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s72/firstaid-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: an 18 s pickup with "Hi there, thanks for reaching out to Ask a Librarian! This is Priya at …" (01); pickup at
 *   exactly 60 s (03: pass) and at 61 s (04: fail); `pickedUpAt` recorded at 40 s with the first line at 75 s (08: pass);
 *   "Tomás here, librarian at Ask Us Now." with no greeting word in either of the first two lines (05: fail); Spanish "¡Hola!
 *   Habla Lucía, bibliotecaria de …" (02), "¡Hola! Soy Cal, bibliotecario de …" (21); chat-speak "hi! sam w/ ask us now library
 *   chat here" (10); "Not dumb at all! Hi, Abel here, …" (19); "Hey, congrats! This is Owen at …" (07); a queue line and no
 *   provider ever (23);
 *  inquiry: which card the job needs, nearest branch or online, travellers and medications, planning ahead or far from a
 *   signal, where and whether on site, free or paid, due date and format, county and kids or pets, a format question "would a
 *   printable checklist be what you need" (09), breathing and face swelling asked in the greeting's own line (11), phone and
 *   who it is for, leaving or staying, in person or online, number of people and a card, branch and trip kind, training or real
 *   kit, renewal or inspection, which card issuer, who will type, printable or video, work or an office plan, oxygen and
 *   backup tanks; sources straight after the greeting with no question (10: fail);
 *  waits: a hold at 70, "Still digging — … now checking …" (a partial result, the search goes on) at 170 and the answer at 290
 *   (100 s and exactly 120 s: 06 pass); "Bear with me while I check …" answered 121 s later (07: fail); a patron's "hello?"
 *   during a wait that began 130 s before the answer (09: fail, the second line does not restart it); "brb kid is screaming"
 *   and "No worries, take your time!" then 264 s away (08: waiting on the patron, pass); a hold while a colleague is asked
 *   through an internal note (14); a transfer notice answered 64 s later (27) and 50 s later (28);
 *  endings: a true Lost Call in Spanish, "¿Sigue ahí?" at 150 and "Parece que se perdió la conexión, así que voy a cerrar
 *   esta sesión." at 320 (21: final idle 301 s, both pass, no thanks in the last two lines: courteous fails); a goodbye exactly
 *   120 s after the answer, no check-in (22: fail) and 119 s after (12: na); "You still with me?" at 200 and "Seems like you've
 *   stepped away, so I'll close this chat now — start a new one anytime. Take care!" at 252 (24: 190 s, both pass); a notice
 *   with thanks and no check-in at 192 s (29: check-in fails, notice passes); the patron's "yes!! thank u so much" then the
 *   window closes (03: courteous fails); "My shift is about over, so I have to close out this chat now." then "seriously??"
 *   (25: dismissal and courteous fail); "there are several patrons waiting for me right now … Please come back and start a new
 *   chat anytime" to a rude patron (26: allowed); goodbyes "Good luck with the class, and thanks for chatting!", "¡De nada!
 *   Gracias por escribirnos …", "Have a safe hike, take care!", "👍 thanks for asking, bye!", "Gracias, talk soon!", "Stay
 *   dry, and thanks for reaching out!", "Congrats again, and goodbye!", "Glad to help. Stay safe, bye!"; patron-side "that is
 *   all i need", "es todo", "thats all, thx", "thats everything", "no more questions", "thats all i wanted to know", "eso es
 *   todo", "thats all i needed", and "yep", "yes thx", "nope", "no thats ok, thank you!!" that do not count alone;
 *  sources: cpr.heart.org, redcross.org pages, stopthebleed.org, prattlibrary.org/events, ready.gov pages, weather.gov/nwr,
 *   princegeorgescountymd.gov/alerts, cdc.gov pages, osha.gov, aspca.org, epilepsy.com, stroke.org, medlineplus.gov, miemss.org,
 *   lifebridgehealth.org, the Maryland early childhood site, books in the catalogue (Infant CPR Anytime, Wilderness First Aid,
 *   The First Aid Companion for Dogs & Cats), a library events page reached through "Eventos"; none (19, 26); the Red Cross
 *   First Aid app named with no way to reach it (12: fail); 911 as the only contact given (11);
 *  referrals: the patron's own library's branch desk by street address (01: pass); a branch by phone in Spanish (02: pass);
 *   the Maryland Poison Center by phone (04: pass); the MIEMSS AED program by e-mail (05: pass); a hospital's education
 *   office through its URL (07: pass); "call 911 right away" (11: pass); a Red Cross chapter by phone and "ask her school
 *   nurse" with no contact (15: one party without, fail); the electric co-op by phone (30: pass); not referrals: a colleague
 *   asked on the patron's behalf (14), the patron's library's staff who will call the patron (18), an outdoor-programs
 *   librarian asked on the patron's behalf (17), "get her seen by a vet" (24), transfers (27, 28), sites of agencies to use;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 40 h (16: pass); a promise to e-mail, address read
 *   back, no time, coded Answered (17: code and contact fail, pending at day 1); FU_LIB, a phone typed with spaces and read
 *   back with dashes, "by Friday", done at 80 h (18: on_time fails); FU_ME, "get back to you tomorrow", no e-mail or phone
 *   anywhere, not done at day 4 (19: code, contact and on_time fail); FU_ME with the e-mail only in `patron.email`, "by
 *   Monday" (20: code passes, contact fails, pending);
 *  codes: a true Lost Call (21); Lost Call after three patron lines (22); null with no provider (23); "" (10); Practice (13);
 *  transfers: a visible notice (a hold) and an internal note that says why, to a Spanish-speaking colleague (27: pass); a
 *   visible notice with no internal note (28: fail);
 *  concurrency: three others open through the session, four at once (29: fail); one ending exactly at the start, one starting
 *   exactly at `endedAt`, one through, one early and one late (30: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings, identifications, check-ins and notices count as the English ones RUBRIC lists ("¡Hola!", "Habla
 *   Lucía, bibliotecaria", "¿Sigue ahí?", "Parece que se perdió la conexión, así que voy a cerrar esta sesión": 02, 21, 27);
 *   "es todo" / "eso es todo" say explicitly that the patron is done (02, 27); "Gracias, talk soon!" thanks the patron (16);
 * - "Tomás here, librarian at Ask Us Now." identifies the answerer but greets no one (05: greeting fails); "Hey, congrats!"
 *   and "Not dumb at all! Hi, …" greet (07, 19);
 * - "Have a safe hike, take care!" and "Take care, bye!" say goodbye (04, 20);
 * - "If his lips or face start swelling or he's wheezing, call 911 right away." tells the patron to call an outside party
 *   (emergency services) and gives the number to reach them: a referral with a phone contact (referral passes) and so "a phone
 *   contact for a referral", a source (11: source passes);
 * - "get her seen by a vet right away" names no agency, office or specialist (any vet): not a referral (24: na);
 * - "It's also worth asking her school nurse" tells the patron to ask a person outside the chat: a referral, with no way to
 *   reach the nurse, so not every party has a contact (15: fail);
 * - "stop by the Information Desk at our Miller Branch, 9421 Frederick Road, …" tells the patron to visit a department of the
 *   provider's own library, with a postal address (01: referral passes);
 * - "I'll pass this to Kent County Public Library's programming staff; they'll call you" and "I'll also ask our
 *   outdoor-programs librarian … and e-mail it to you" are staff acting on the patron's behalf, not referrals; both are
 *   follow-up promises (17, 18);
 * - the Red Cross First Aid app named with no store, URL or other way to reach it is not a source (12: source fails); the
 *   answer is still an answer, so the completeness question after it counts (12: pass);
 * - "Would you like me to find some kid-friendly info on bee allergies too?" offers one more thing; it does not ask whether the
 *   patron needs anything else, and "no thats ok, thank you!!" declines the offer without saying they are done (11: fails);
 * - "would a printable checklist be what you need" asked before anything is given is a format question (clarify passes) and
 *   not a completeness question; "Anything else you'd like help with?" after the list is not one either (09: complete fails);
 * - "Seems like you've stepped away, so I'll close this chat now" tells the patron they seem to have gone and that the chat
 *   will end: a disconnect notice; with "start a new one anytime. Take care!" it is also a goodbye, so the final idle ends at
 *   it (24: 62 -> 252 = 190 s);
 * - "Still digging — … now checking whether …" gives a partial result and says the search goes on: a hold (06);
 * - "I'm handing you over to Dev … — one sec." is a visible transfer notice and a hold (28);
 * - 19's "I'll check with our Oakland branch and get back to you tomorrow" gives no answer and no source, so the
 *   completeness check applies (source fails, not na) and fails with no question.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n = 1): Line => [sec, 's', `Thanks for your patience. You are number ${n} in line for a librarian.`];

const PRIYA: Prov = { id: 'priya-fa', name: 'Priya', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-fa', name: 'Lucía', library: 'MCPL' };
const DEON: Prov = { id: 'deon-fa', name: 'Deon', library: 'AUN' };
const KATE: Prov = { id: 'kate-fa', name: 'Kate', library: 'WCFL' };
const TOMAS: Prov = { id: 'tomas-fa', name: 'Tomás', library: 'AUN' };
const NOOR: Prov = { id: 'noor-fa', name: 'Noor', library: 'EPFL' };
const OWEN: Prov = { id: 'owen-fa', name: 'Owen', library: 'CCPL-MD' };
const PAZ: Prov = { id: 'paz-fa', name: 'Paz', library: 'PGCMLS' };
const RHEA: Prov = { id: 'rhea-fa', name: 'Rhea', library: 'AACPL' };
const SAM: Prov = { id: 'sam-fa', name: 'sam_askusnow', library: 'AUN' };
const JUNE: Prov = { id: 'june-fa', name: 'June', library: 'FCPL-MD' };
const MILO: Prov = { id: 'milo-fa', name: 'Milo', library: 'SMCL' };
const TRAINEE: Prov = { id: 'trainee-fa', name: 'Trainee 12', library: 'TRN' };
const IRIS: Prov = { id: 'iris-fa', name: 'Iris', library: 'CCPL-CE' };
const GRACE: Prov = { id: 'grace-fa', name: 'Grace', library: 'HCPL-MD' };
const VIC: Prov = { id: 'vic-fa', name: 'Vic', library: 'AUN' };
const WES: Prov = { id: 'wes-fa', name: 'Wes', library: 'BCPL' };
const ZARA: Prov = { id: 'zara-fa', name: 'Zara', library: 'AUN' };
const ABEL: Prov = { id: 'abel-fa', name: 'Abel', library: 'GCPL' };
const BETH: Prov = { id: 'beth-fa', name: 'Beth', library: 'QACL' };
const CAL: Prov = { id: 'cal-fa', name: 'Cal', library: 'WIPL' };
const ELLA: Prov = { id: 'ella-fa', name: 'Ella', library: 'AUN' };
const NOBODY: Prov = { id: 'queue-fa', name: 'Queue', library: 'VRQ' };
const FAY: Prov = { id: 'fay-fa', name: 'Fay', library: 'CCPL-CA' };
const HUGO: Prov = { id: 'hugo-fa', name: 'Hugo', library: 'AUN' };
const IDA: Prov = { id: 'ida-fa', name: 'Ida', library: 'AUN' };
const OLGA: Prov = { id: 'olga-fa', name: 'Olga', library: 'HCLS' };
const MARIO: Prov = { id: 'mario-fa', name: 'Mario', library: 'HCLS' };
const PETE: Prov = { id: 'pete-fa', name: 'Pete', library: 'MCPL' };
const DEV: Prov = { id: 'dev-fa', name: 'Dev', library: 'MCPL' };
const LENA: Prov = { id: 'lena-fa', name: 'Lena', library: 'EPFL' };
const NELL: Prov = { id: 'nell-fa', name: 'Nell', library: 'CCPL-CH' };

const s = session;

export const FIRSTAID: SessionCase[] = [
  // 01 the plain good session, with a branch desk by street address
  s(PRIYA, '01 adult CPR card for work: "Hi there, thanks for reaching out … This is Priya", which card asked, cpr.heart.org + Miller Branch desk by address', [
    [0, 'p', 'hi where can i take an adult CPR class? my job wants me certified by next month'],
    [18, 'l', 'Hi there, thanks for reaching out to Ask a Librarian! This is Priya at Howard County Library System.'],
    [24, 'l', 'Does your job need a particular card, like American Heart Association BLS, or will any CPR/AED certification do?'],
    [70, 'p', 'they said AHA heartsaver i think'],
    [78, 'l', "Heartsaver CPR AED is the one. The AHA's class finder at cpr.heart.org lets you search by ZIP code, and there's a blended version where you do the video part online and only the skills test in person. If you'd like to practice first, stop by the Information Desk at our Miller Branch, 9421 Frederick Road, Ellicott City, and ask to borrow the CPR practice kit."],
    [84, 'l', 'Does that cover what you need?'],
    [120, 'p', 'yes perfect, that is all i need 🙏'],
    [126, 'l', 'Good luck with the class, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: a babysitter course, the branch by phone
  s(LUCIA, '02 curso de niñera para una niña de 12 años (Spanish): "¡Hola! Habla Lucía, bibliotecaria", branch by phone, "es todo"', [
    [0, 'p', 'buenas, mi hija tiene 12 años y quiere cuidar niños. hay algun curso de niñera en la biblioteca??'],
    [25, 'l', '¡Hola! Habla Lucía, bibliotecaria de Montgomery County Public Libraries. Con gusto le ayudo.'],
    [31, 'l', '¿Qué sucursal le queda más cerca? ¿O prefiere un curso en línea?'],
    [75, 'p', 'wheaton. en persona mejor'],
    [82, 'l', 'La sucursal de Wheaton ofrece el curso "Safe Sitter" para niños de 11 a 13 años; las fechas están en montgomerycountymd.gov/library, en la sección Eventos. Para inscribirla, llame a la sucursal de Wheaton al 240-555-0188.'],
    [88, 'l', '¿Esto responde a su pregunta?'],
    [130, 'p', 'si perfecto. es todo, muchas gracias!!'],
    [136, 'l', '¡De nada! Gracias por escribirnos, que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s; the patron's window closes after thanks
  s(DEON, '03 car first aid kit for a road trip: pickup at exactly 60 s, redcross.org + cdc.gov/travel, patron thanks and leaves', [
    [0, 'p', 'what should be in a first aid kit for the car? driving cross country w/ kids in june'],
    [60, 'l', "Good afternoon! I'm Deon, a librarian with Ask Us Now."],
    [66, 'l', 'How many of you are traveling, and is anyone on daily medications?'],
    [110, 'p', '4 of us. my youngest has asthma'],
    [118, 'l', "The Red Cross list of what a family first aid kit should hold is at redcross.org (search 'make a first aid kit'); add a spare inhaler and a copy of her asthma action plan. The CDC's travelers' health pages, cdc.gov/travel, cover packing medicines for the road."],
    [124, 'l', 'Is that what you were looking for?'],
    [160, 'p', 'yes!! thank u so much'],
    left(170),
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 04 pickup at 61 s; the Poison Center by phone
  s(KATE, '04 copperhead bite on a hike: pickup at 61 s, planning or far from signal asked, cdc.gov/niosh + Maryland Poison Center by phone', [
    [0, 'p', 'going hiking near sideling hill next month, what do you do if a copperhead bites you??'],
    [61, 'l', "Hello, Kate here — I'm a librarian at Washington County Free Library."],
    [67, 'l', 'Just to check: is this for planning ahead, and will you be somewhere without cell service?'],
    [100, 'p', 'planning ahead. prob some spots w no signal'],
    [108, 'l', "The CDC's venomous snakes page, cdc.gov/niosh/topics/snakes, has the do's and don'ts: keep the bitten limb still and at heart level, take off rings and anything tight, no tourniquet, no cutting or sucking. If it happens, call the Maryland Poison Center at 1-800-222-1222, any hour, and they'll talk you through it."],
    [114, 'l', 'Does that answer your question?'],
    [150, 'p', 'yep thx'],
    [155, 'l', 'Anything else I can look up for you?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Have a safe hike, take care!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 names himself but greets no one; MIEMSS by e-mail
  s(TOMAS, '05 AED and a group class for a church: "Tomás here, librarian at Ask Us Now." (no greeting), cpr.heart.org, MIEMSS by e-mail', [
    [0, 'p', 'our church wants to buy an AED and train volunteers. where do we find a class for like 15 people'],
    [22, 'l', 'Tomás here, librarian at Ask Us Now.'],
    [28, 'l', 'Which county are you in, and would you want the trainer to come to the church?'],
    [70, 'p', 'baltimore county, and yes come to us would be great'],
    [78, 'l', "The American Heart Association's finder at cpr.heart.org lists Training Centers near you that teach groups on site; pick 'Heartsaver CPR AED'. Once you buy the AED, Maryland wants it registered: write to the MIEMSS Public Access AED program at aed@miemss.org, and the rules are on miemss.org."],
    [84, 'l', 'Is that what you were after?'],
    [130, 'p', 'that helps a lot. thats all, thx'],
    [135, 'l', 'Thanks for writing in!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 holds of 100 s and exactly 120 s (a partial result that says the search goes on)
  s(NOOR, '06 Stop the Bleed class in the city: hold at 70, "Still digging — … now checking" at 170, answer at 290 (exactly 120 s)', [
    [0, 'p', 'is there a stop the bleed class anywhere in baltimore city? saw a poster at work'],
    [20, 'l', 'Hi! Noor here, a reference librarian at Enoch Pratt Free Library.'],
    [26, 'l', 'Are you looking for a free community class, or one your employer would pay for?'],
    [60, 'p', 'free if possible'],
    [70, 'l', 'Let me take a look, one sec.'],
    [170, 'l', "Still digging — the national Stop the Bleed site has a class search; now checking whether any hospitals in the city list free ones."],
    [290, 'l', 'Found some: stopthebleed.org/training/class-search lists upcoming classes by ZIP, and two city trauma centers post free community sessions there. Our Central Library hosts one in May too; see prattlibrary.org/events.'],
    [296, 'l', 'Did that get you what you need?'],
    [340, 'p', 'yes!! signing up now. thats everything'],
    [345, 'l', 'Great, thanks for using Pratt Ask a Librarian!'],
  ], usual()),

  // 07 a hold answered 121 s later; a hospital office by URL
  s(OWEN, '07 infant CPR before the baby comes: "Bear with me while I check …" answered 121 s later, hospital office by URL + a catalog kit', [
    [0, 'p', 'new dad here 👶 want to learn infant cpr before the baby comes. any classes or videos?'],
    [15, 'l', 'Hey, congrats! This is Owen at the Carroll County Public Library Ask a Librarian service.'],
    [21, 'l', 'When is the baby due, and would you rather do it in person or at home?'],
    [55, 'p', 'due in 6 weeks, in person w my wife ideally'],
    [62, 'l', 'Bear with me while I check the hospital class calendars.'],
    [183, 'l', "Thanks for hanging on. Carroll Hospital runs an Infant & Child CPR class most months; to register, contact their childbirth education office through lifebridgehealth.org/carroll/classes. For practice at home, the AHA's Infant CPR Anytime kit is in our catalog and you can put it on hold."],
    [189, 'l', 'Does this answer your question?'],
    [230, 'p', 'yes thank u'],
    [236, 'l', 'Anything else I can help with today?'],
    [260, 'p', 'no thats great'],
    [265, 'l', 'Congrats again, and goodbye!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 pickedUpAt before the first line; the patron steps away
  s(PAZ, '08 hurricanes and tornadoes for new arrivals: pickedUpAt 40 s (first line 75 s), "brb" + "take your time", back 264 s later', [
    [0, 'p', 'hi, we just moved here from arizona and have no idea what to do for hurricanes/tornadoes. where do i start'],
    [75, 'l', "Welcome to Maryland, and to Ask Us Now! I'm Paz, a librarian at Prince George's County Memorial Library System."],
    [81, 'l', 'What part of the county are you in, and do you have kids or pets to plan for?'],
    [110, 'p', 'brb kid is screaming lol'],
    [116, 'l', 'No worries, take your time!'],
    [380, 'p', 'ok back. bowie. 2 kids and a dog'],
    [388, 'l', "Ready.gov's Make a Plan page, ready.gov/plan, has a fill-in family plan with a section for pets, and you can sign up for the county's text alerts at princegeorgescountymd.gov/alerts. A NOAA weather radio is worth having too; the station list is at weather.gov/nwr."],
    [394, 'l', 'Is that the sort of thing you had in mind?'],
    [440, 'p', 'yes this is great, ty'],
    [446, 'l', 'Anything else today?'],
    [470, 'p', 'no thats everything'],
    [475, 'l', 'Stay safe, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(40) }),

  // 09 a "hello?" during a 130 s wait; a format question; no completeness question
  s(RHEA, '09 go-bags for three adults: "would a printable checklist be what you need" asked first, "hello?" at 150, answer at 190 (130 s)', [
    [0, 'p', 'what goes in a go bag? want to make one for each of us'],
    [20, 'l', "Hi, I'm Rhea, a librarian at Anne Arundel County Public Library."],
    [26, 'l', 'How many people, and would a printable checklist be what you need, or something more detailed like a book?'],
    [60, 'p', '3 adults, checklist is fine'],
    [150, 'p', 'hello?'],
    [190, 'l', "Sorry for the wait! Ready.gov's Build a Kit page, ready.gov/kit, has a printable checklist: water (a gallon per person per day for several days), food, flashlight, radio, batteries, a first aid kit, meds, copies of documents and cash."],
    [196, 'l', "Anything else you'd like help with?"],
    [230, 'p', 'no thats it thanks'],
    [235, 'l', 'Happy prepping, bye!'],
  ], usual({ informed: 'fail', complete: 'fail' })),

  // 10 the answer at once, no question; code ""
  s(SAM, '10 hands-only CPR rate (chat-speak): "hi! sam w/ ask us now library chat here", answer and cpr.heart.org at once, code ""', [
    [0, 'p', 'how many compressions per minute for hands only cpr'],
    [12, 'l', 'hi! sam w/ ask us now library chat here'],
    [16, 'l', "100 to 120 a minute, about 2 inches deep, center of the chest. the AHA's hands-only CPR page has a 60 sec video: cpr.heart.org/en/courses/hands-only-cpr. tip: push to the beat of 'stayin alive' 🎶"],
    [22, 'l', 'that help?'],
    [50, 'p', 'lol yes. thats all i wanted to know'],
    [54, 'l', '👍 thanks for asking, bye!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 a bee sting: 911 the only contact; an offer of more
  s(JUNE, '11 bee sting on the playground: breathing asked in the greeting line, "call 911 right away" (only contact), "find … info on bee allergies too?"', [
    [0, 'p', 'my son just got stung by a bee on the playground, hes 7, what do i do. hes crying but ok'],
    [14, 'l', 'Hi, this is June, librarian at Frederick County Public Libraries. Is he having any trouble breathing, or swelling on his face or lips?'],
    [35, 'p', 'no just his arm where it stung, a red bump'],
    [42, 'l', "OK. Scrape the stinger out sideways with a fingernail or a card, wash the spot with soap and water, and hold something cold on it for 10 minutes. If his lips or face start swelling or he's wheezing, call 911 right away."],
    [48, 'l', 'Does that help?'],
    [80, 'p', 'yes ok got the stinger out'],
    [86, 'l', 'Would you like me to find some kid-friendly info on bee allergies too?'],
    [110, 'p', 'no thats ok, thank you!!'],
    [115, 'l', 'Hope he feels better soon, bye!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 12 an app named with no way to reach it; goodbye 119 s after the answer
  s(MILO, '12 first aid app for an 80-year-old: the Red Cross app named with no way to reach it, no reply, goodbye 119 s after the answer', [
    [0, 'p', 'is there a good first aid app? i panic in emergencies and forget everything'],
    [20, 'l', "Hello! Milo here, librarian at St. Mary's County Library."],
    [26, 'l', 'Is it for an iPhone or an Android, and is it for you or someone else?'],
    [55, 'p', 'android, for my mom mostly, shes 80'],
    [62, 'l', 'The American Red Cross has a free First Aid app with step-by-step instructions and big buttons, and it works without a signal once it is downloaded. It covers falls, burns, strokes and choking.'],
    [68, 'l', 'Did that help?'],
    [181, 'l', 'Thanks for chatting with us, and take care!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 13 Practice
  s(TRAINEE, '13 practice chat (CPR class script): coded Practice, every check na', [
    [0, 'p', 'TEST - cpr class q, disregard'],
    [6, 'l', 'Test reply: CPR classes at redcross.org/take-a-class. Did that help?'],
    [14, 'p', 'test ok'],
    [18, 'l', 'closing test chat, thanks'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 14 a colleague asked on the patron's behalf (not a referral)
  s(IRIS, '14 first aid for a flood evacuation kit: hold while the health librarian is asked (internal note), ready.gov/floods + cdc.gov/floods', [
    [0, 'p', 'we live near the susquehanna and got flooded in 2011. what first aid stuff should go in a flood kit specifically'],
    [22, 'l', 'Hi there! Iris, librarian at Cecil County Public Library, here to help.'],
    [28, 'l', 'Are you thinking of a kit for leaving the house, or for riding it out at home?'],
    [60, 'p', 'leaving. evacuating'],
    [66, 'l', 'Good question — let me ask our health librarian, she did a flood prep program last spring. One moment.'],
    [68, 'i', 'Dana, flood evac kit, first aid part. any handout from your program?'],
    [130, 'l', "She recommends FEMA's checklist at ready.gov/floods plus extras for floodwater: waterproof bandages, antiseptic wipes, rubber gloves and a record of your last tetanus shot, since cuts from floodwater get infected easily. The CDC's flood page, cdc.gov/floods, covers wound care afterward."],
    [136, 'l', 'Does that cover it?'],
    [175, 'p', 'yes it does. no more questions'],
    [180, 'l', 'Stay dry, and thanks for reaching out!'],
  ], usual()),

  // 15 two parties, one without a contact
  s(GRACE, '15 babysitting certification for a 13-year-old: Red Cross chapter by phone and "asking her school nurse" with no contact', [
    [0, 'p', 'my 13yo wants to start babysitting for neighbors. is there a certification she should get?'],
    [18, 'l', 'Good morning, Grace at Harford County Public Library here!'],
    [24, 'l', 'Is she looking for something in person, or would an online course be ok?'],
    [60, 'p', 'in person, she learns better that way'],
    [68, 'l', "The Red Cross Babysitting Basics course covers first aid, CPR for kids and how to run the job; for dates near Bel Air, call the Red Cross Greater Chesapeake chapter at 410-555-0170. It's also worth asking her school nurse, who often knows of local courses."],
    [74, 'l', 'Is that what you were hoping for?'],
    [110, 'p', 'yes great thanks'],
    [115, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [134, 'l', 'Thanks for chatting, bye!'],
  ], usual({ referral: 'fail' })),

  // 16 FU_ME, e-mail read back, "by Thursday", done at 40 h
  s(VIC, '16 CPR classes taught in Spanish for a church group: FU_ME, e-mail read back, "by Thursday", done at 40 h', [
    [0, 'p', 'I need a list of CPR classes taught in Spanish in Montgomery County, for my church group. is that something you can find?'],
    [20, 'l', "Hello, this is Vic with Ask Us Now, Maryland's statewide library chat."],
    [26, 'l', 'How many people, and do they need a certification card or just the training?'],
    [70, 'p', 'about 20. card would be good'],
    [78, 'l', "That will take some calling around, since most class listings don't say the language. I can dig into it and e-mail you a list. What's the best e-mail for you?"],
    [110, 'p', 'mrodriguez.iglesia@example.org'],
    [116, 'l', "Got it: mrodriguez.iglesia@example.org. You'll have the list from me by Thursday. For now, the Red Cross class search at redcross.org/take-a-class lets you filter by county, and some instructors note that they teach in Spanish."],
    [122, 'l', 'Does that help for now?'],
    [150, 'p', 'yes thank you!!'],
    [155, 'l', 'Anything else in the meantime?'],
    [170, 'p', 'no thats all'],
    [175, 'l', 'Gracias, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 17 a promise to e-mail, no time given, coded Answered
  s(WES, '17 wilderness first aid for a scout leader: catalog book, promise to e-mail a course list, address read back, no time, coded Answered', [
    [0, 'p', 'does the library have any books on wilderness first aid? going to be a scout leader'],
    [25, 'l', "Hi! I'm Wes, a librarian at Baltimore County Public Library."],
    [31, 'l', 'Which branch do you use, and is it for backpacking trips or car camping?'],
    [70, 'p', 'towson. backpacking, multi day'],
    [78, 'l', "Wilderness First Aid from the Boy Scouts and the Wilderness Medical Society is in our catalog at bcpl.info, with 2 copies at Towson. I'll also ask our outdoor-programs librarian for the course list she keeps and e-mail it to you."],
    [84, 'l', "What's your e-mail?"],
    [110, 'p', 'dan.k.scouts@example.com'],
    [116, 'l', "Thanks, I'll send it to dan.k.scouts@example.com."],
    [122, 'l', 'Does the book sound like what you need?'],
    [150, 'p', 'yep'],
    [156, 'l', 'Great, happy trails, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 18 FU_LIB, a phone typed with spaces and read back with dashes, "by Friday", done at 80 h
  s(ZARA, '18 first aid refresher for senior center volunteers: FU_LIB, phone read back, "by Friday", done at 80 h (late)', [
    [0, 'p', 'our senior center wants a first aid refresher for volunteers. does kent county library do programs like that?'],
    [20, 'l', "Good afternoon! You've reached Ask Us Now; I'm Zara, a librarian."],
    [26, 'l', 'Which town is the senior center in, and about how many volunteers?'],
    [65, 'p', 'chestertown, about 12'],
    [72, 'l', "I'm with the statewide service, not Kent County, so I'll pass this to Kent County Public Library's programming staff and they'll call you about scheduling. What's a good number?"],
    [100, 'p', '410 555 0199, ask for bev'],
    [106, 'l', "Got it, 410-555-0199, ask for Bev. They'll call by Friday. In the meantime, the Red Cross First Aid/CPR/AED participant's manual is free online at redcross.org (search 'first aid manual')."],
    [112, 'l', 'Does that help until then?'],
    [140, 'p', 'yes thx, thats all we need'],
    [146, 'l', 'Thanks for reaching out, have a good day!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 FU_ME with no contact anywhere, not done by day 4
  s(ABEL, '19 Stop the Bleed training kit for a 4-H demo: FU_ME, "get back to you tomorrow", no e-mail or phone anywhere, not done at day 4', [
    [0, 'p', 'do yall have the stop the bleed kits to borrow or is that a dumb question'],
    [30, 'l', 'Not dumb at all! Hi, Abel here, librarian at Garrett County Public Library.'],
    [36, 'l', 'Do you mean a training kit for practicing, or a real kit to keep at home?'],
    [70, 'p', 'training one, for my 4-H club demo'],
    [78, 'l', "I'm not sure whether we have one to lend. I'll check with our Oakland branch and get back to you tomorrow."],
    [84, 'l', 'Anything else for now?'],
    [110, 'p', 'no thats it thanks'],
    [115, 'l', 'Thanks, bye!'],
  ], usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 20 FU_ME with the e-mail only in the patron fields
  s(BETH, '20 emergency plan for a home daycare: state form on the MSDE site, FU_ME "by Monday" to the e-mail on the account (patron.email only)', [
    [0, 'p', 'im writing an emergency plan for my home daycare (licensed, 6 kids). does the state have a template?'],
    [22, 'l', "Hi, welcome to Ask a Librarian! I'm Beth at Queen Anne's County Library."],
    [28, 'l', 'Is this for your license renewal, or an inspection coming up?'],
    [60, 'p', 'renewal in april'],
    [68, 'l', "The Maryland State Department of Education's child care office publishes an emergency preparedness plan form for family child care at earlychildhood.marylandpublicschools.org (search 'emergency plan'). I'll also look for a filled-in sample and send it to the e-mail on your account by Monday."],
    [74, 'l', 'Is the form what you needed?'],
    [100, 'p', 'yes that helps, thank you'],
    [106, 'l', 'Anything else I can do?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Take care, bye!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'kelly.daycare@example.net', phone: null } }),

  // 21 a true Lost Call in Spanish; the notice does not thank
  s(CAL, '21 picadura de medusa (Spanish, Lost Call): greeting only, "¿Sigue ahí?" at 150, "Parece que se perdió la conexión … voy a cerrar" at 320', [
    [0, 'p', 'como se trata una picadura de medusa? vamos a ocean city'],
    [24, 'l', '¡Hola! Soy Cal, bibliotecario de Wicomico Public Libraries. ¿En qué le puedo ayudar?'],
    [150, 'l', '¿Sigue ahí?'],
    [320, 'l', 'Parece que se perdió la conexión, así que voy a cerrar esta sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 Lost Call after three patron lines; goodbye exactly 120 s after the answer
  s(ELLA, '22 CPR for a 14-year-old future lifeguard: coded Lost Call after three patron lines, goodbye exactly 120 s after the answer, no check-in', [
    [0, 'p', 'is there a cpr class for teens? my daughter is 14'],
    [5, 'p', 'she wants to be a lifeguard eventually'],
    [25, 'l', 'Hi, Ella here, a librarian with AskUsNow!.'],
    [31, 'l', 'Is she looking for a card for a job, or just to learn for now?'],
    [60, 'p', 'to learn for now'],
    [68, 'l', "The Red Cross CPR/AED course is open to ages 12 and up; search by ZIP at redcross.org/take-a-class. Once she's 15, the Lifeguarding course is on the same site."],
    [74, 'l', 'Does that answer your question?'],
    [188, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 no provider ever joined
  s(NOBODY, '23 a free first aid kit: no provider ever joined, "hello??", "nvm", patron left, code null', [
    [0, 'p', 'where can i get a free first aid kit? cant afford one rn'],
    queueLine(2, 3),
    [140, 'p', 'hello??'],
    [200, 'p', 'nvm'],
    left(205),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 24 check-in, then a notice that says goodbye (final idle 190 s)
  s(FAY, '24 snakebite on a dog at Calvert Cliffs: aspca.org + a catalog book, "You still with me?" at 200, "Seems like you\'ve stepped away … Take care!" at 252', [
    [0, 'p', 'what do i do if my dog gets bit by a snake?? we hike at calvert cliffs'],
    [20, 'l', "Hi! I'm Fay, a librarian at Calvert Library."],
    [26, 'l', 'Is this to be ready ahead of time, or did it just happen?'],
    [55, 'p', 'ahead of time, shes fine'],
    [62, 'l', "Keep her calm, carry her if you can, don't cut or ice the bite, and get her seen by a vet right away. The ASPCA's page on snake bites in dogs is at aspca.org (search 'snake bite'), and our catalog has The First Aid Companion for Dogs & Cats by Amy Shojai."],
    [68, 'l', 'Does that answer it? Anything else I can find for you?'],
    [200, 'l', 'You still with me?'],
    [252, 'l', "Seems like you've stepped away, so I'll close this chat now — start a new one anytime. Take care!"],
  ], usual({ idle: 'pass', disconnect: 'pass' })),

  // 25 the provider's shift ends
  s(HUGO, '25 heat stroke first aid for a landscaping crew: osha.gov, then "My shift is about over, so I have to close out this chat now." and "seriously??"', [
    [0, 'p', 'i need help finding info on heat stroke first aid for my landscaping crew, and also what to put in a truck first aid kit, and osha rules'],
    [18, 'l', 'Hi, Hugo with Ask Us Now.'],
    [24, 'l', 'Is this for a training session, or a handout to keep in the trucks?'],
    [60, 'p', 'both honestly'],
    [68, 'l', "For heat illness, OSHA's page osha.gov/heat-exposure has a one-page first aid poster in English and Spanish."],
    [75, 'l', 'My shift is about over, so I have to close out this chat now.'],
    [90, 'p', 'seriously?? i had 2 more questions'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 26 other patrons waiting, come back later (allowed); no source
  s(IDA, '26 how long a CPR card is good for, then a list: no source, "several patrons waiting … Please come back … anytime" to a rude patron', [
    [0, 'p', 'how long is a cpr card good for'],
    [20, 'l', 'Hello and thanks for contacting Ask Us Now! This is Ida, a librarian.'],
    [26, 'l', 'Which card is it — Red Cross, American Heart, or one your employer issued?'],
    [50, 'p', 'red cross'],
    [57, 'l', 'Red Cross CPR and first aid certificates are good for two years from the class date.'],
    [62, 'l', 'Did that answer your question?'],
    [90, 'p', 'ok whatever. now what about the aed at my gym, who checks it, and whats the law, and can i get sued if i use it, and where do i buy one'],
    [98, 'l', "Those are all good questions, but there are several patrons waiting for me right now, so I'll need to stop here. Please come back and start a new chat anytime for the rest!"],
    [110, 'p', 'wow. great service 🙄'],
    [116, 'l', 'Sorry about that, and thanks for your patience. Come back anytime!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 27 a transfer with a notice and a note that says why, to a Spanish-speaking colleague
  s(OLGA, '27 caregiver CPR class for a Spanish-speaking mother: transfer notice at 66 + internal note why, Mario at 130 in Spanish, "eso es todo"', [
    [0, 'p', 'hi my mother only speaks spanish and needs a CPR class for her caregiver job. can someone help her in spanish?'],
    [20, 'l', "Hello! I'm Olga, a librarian at Howard County Library System."],
    [26, 'l', 'Will she be typing on the chat herself, or will you pass the information along?'],
    [60, 'p', 'she will type, she is here with me'],
    [66, 'l', "I'll transfer you to my colleague Mario, who speaks Spanish. Just a moment, please."],
    [69, 'i', 'Mario, Spanish-speaking pt (mom typing herself) needs a caregiver CPR class, can you take it?'],
    xfer(72, 'Mario', 'mario-fa'),
    [130, 'l', '¡Hola! Soy Mario, bibliotecario de Howard County Library System. ¿Necesita el curso con tarjeta de certificación para su trabajo?', as(MARIO)],
    [170, 'p', 'si, la agencia me pide certificado de RCP y primeros auxilios'],
    [178, 'l', 'La Cruz Roja ofrece el curso de RCP y primeros auxilios en español; busque "español" en redcross.org/take-a-class. También hay clases en la biblioteca central: hclibrary.org/events.', as(MARIO)],
    [184, 'l', '¿Le sirve esta información?', as(MARIO)],
    [220, 'p', 'si, gracias. eso es todo'],
    [226, 'l', '¡Con gusto! Gracias por escribirnos.', as(MARIO)],
  ], usual({ transfer: 'pass' })),

  // 28 a transfer notice with no internal note
  s(PETE, '28 stroke signs for grandparents: "I\'m handing you over to Dev … — one sec." with no internal note, Dev with stroke.org + medlineplus', [
    [0, 'p', 'what are the signs of a stroke? want to teach my grandparents'],
    [18, 'l', 'Hi! Pete here, a librarian at Montgomery County Public Libraries.'],
    [24, 'l', 'Would something printable work best for them, or a video?'],
    [55, 'p', 'printable, big font if possible'],
    [62, 'l', "I'm handing you over to Dev, our health sciences librarian — one sec."],
    xfer(65, 'Dev', 'dev-fa'),
    [112, 'l', "Hi, Dev here. The American Stroke Association's BE FAST poster is a free printable at stroke.org (search 'BE FAST'), and MedlinePlus has a plain-language page at medlineplus.gov/stroke.html.", as(DEV)],
    [118, 'l', 'Is that what you had in mind?', as(DEV)],
    [150, 'p', 'yes perfect, ty'],
    [155, 'l', 'Anything else I can help with?', as(DEV)],
    [170, 'p', 'no, all set'],
    [174, 'l', 'Thanks for chatting, bye!', as(DEV)],
  ], usual({ transfer: 'fail' })),

  // 29 four at once; a notice with thanks and no check-in
  s(LENA, '29 seizure first aid for a coworker: three other chats open through this one (four at once), notice with thanks at 260, no check-in', [
    [0, 'p', 'what should i do if someone has a seizure? my coworker has epilepsy'],
    [20, 'l', "Good morning! Lena at Pratt Library's Ask a Librarian."],
    [26, 'l', 'Is this so you know what to do yourself, or are you writing a plan for the office?'],
    [60, 'p', 'just so i know what to do'],
    [68, 'l', "The Epilepsy Foundation's Seizure First Aid page, epilepsy.com/recognition/first-aid, has the steps: stay with them, keep them safe, turn them on their side, time it, and stay until they're fully awake."],
    [74, 'l', 'Does that cover it?'],
    [260, 'l', "It seems you've disconnected, so I'll end the chat now. Thanks for writing in!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('l1', 'lena-fa', -60, 400), other('l2', 'lena-fa', 10, 300), other('l3', 'lena-fa', 40, 500)],
  }),

  // 30 three at most, touching ends; the electric co-op by phone
  s(NELL, '30 power outages with home oxygen: ready.gov/disability + the co-op by phone; others touching the start and the end (three at most)', [
    [0, 'p', 'our family wants to make a emergency plan for power outages, my dad is on oxygen at home'],
    [16, 'l', "Hi, thanks for writing! I'm Nell, a librarian with Charles County Public Library."],
    [22, 'l', 'Does his oxygen concentrator run on power, and does he have backup tanks?'],
    [60, 'p', 'concentrator yes, 2 backup tanks'],
    [68, 'l', "Ready.gov's page for people with disabilities and medical needs, ready.gov/disability, has a plan worksheet for powered medical equipment. Also call SMECO at 1-888-555-0137 to register him as a medical-priority customer, so they know about the oxygen before an outage."],
    [74, 'l', 'Is this what you were looking for?'],
    [110, 'p', 'yes, super helpful. thats all i needed thank you'],
    [116, 'l', 'Glad to help. Stay safe, bye!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('n1', 'nell-fa', -300, 0),
      other('n2', 'nell-fa', -200, 50),
      other('n3', 'nell-fa', 100, 600),
      other('n4', 'nell-fa', -50, 500),
      other('n5', 'nell-fa', 121, 400),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => FIRSTAID.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};
void byNo;

describe('seventy-sixth round: first aid, CPR and emergency preparedness, checked', () => {
  describeSessions('whole sessions', FIRSTAID.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', FIRSTAID.filter((c) => c.name in LEFT_WHY));
});
