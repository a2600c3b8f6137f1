/**
 * Thirty-first round, area (M3): GETTING AROUND. Car repair manuals (Chilton, a Haynes manual to borrow, an ALLDATA-type
 * database in the branch), the driver's licence knowledge test (the state's driver's manual, practice tests), licence and
 * registration renewal, REAL ID documents, parking tickets, bus and train schedules and reduced fares, passports (the
 * library's own passport office, travel.state.gov, the National Passport Information Center), international driving
 * permits (AAA), bike routes, car-seat checks, buying a used car (VIN checks, consumer guides); patrons in a car park on a
 * phone, in a hurry, leaving mid-answer (referral.contact, info.source, inquiry.clarify, interest.keep_informed,
 * session.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails):
 *   "you'll need to contact the MVA", "the DMV can tell you", "just stop by our passport desk at Central", "visit your local
 *   RTO with Form 9", "most fire stations do free checks, just swing by yours", "ask your mechanic", "pop into any AAA
 *   office", "llame a la MVA".
 *  a referral WITH one (passes): "call the MVA Customer Service Center at 410-768-7000", "book with our Passport Office at
 *   410-222-7371 or aacpl.net/passports", "the Reduced Fare Certification Office, 6 St. Paul Street, Baltimore", "the
 *   National Passport Information Center at 1-877-487-2778", "any AAA branch: the list is at aaa.com/…".
 *  a source, not a referral: "the driver's manual at mva.maryland.gov/…", "the Chilton Library database at …", "the
 *   DS-11 at travel.state.gov", "the MARC schedules at mta.maryland.gov/…", "pay online at pay.baltimorecity.gov",
 *   "vehiclehistory.gov (NMVTIS)", "the Haynes manual is in our catalogue (call number …)".
 *  the patron vanishing: "Are you still there?", "you still with me?", "It looks like you've disconnected, so I'll close
 *   this chat. Feel free to come back anytime!".
 *  the patron done: "that's all I needed", "thats it, gotta drive", "es todo", "nah that's everything"; not done: "k thx".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - the provider's own library's passport office, told to the patron to book or visit, is a referral (the provider's own
 *   library's departments count when the patron is told to contact or visit them);
 * - paying a ticket or renewing a registration on an agency's website is using a web page: a source, not a referral;
 * - "Safe travels!", "Drive safe!" are parting wishes: goodbyes;
 * - "Would you like me to put it on hold for you?" after the catalogue record asks about something not yet given:
 *   no completeness;
 * - "yes thats it" answering "Does that help?" says the answer is the one, not that the patron is done; "no thats it"
 *   answering "Anything else?" is done;
 * - a substantive exchange is there when the provider's first message asks a clarifying question, even if the patron sends
 *   nothing after it (the information checks apply: source, completeness and anything-else fail);
 * - "ALLDATA is in-branch only, at Cockeysville and Towson" says where a resource is, it tells no one to visit: no referral;
 * - "swing by your local one" after "Most fire stations do …" in the same sentence visits one of the fire stations.
 * Written: 33 whole sessions (28 first, 5 more for the fixes), 29 short cases (25 first, 4 more), 9 near misses in
 * `guards`. First run: 4 of 82 tests failed on 4 statuses: referral.contact 3 (a fire station's "your local one", "visit
 * your RTO", "ask your mechanic": no referral read), closing.anything_else 1 ("yes thats it, gotta drive" after "Does that
 * help?"), which was my label (now fail; a "no thats it" after "Anything else?" added). The fix sessions' first run: 1 more
 * referral.contact ("The recall is listed at nhtsa.gov/recalls; check with the dealership …" read the recall's URL as the
 * dealership's), fixed below. Fixed in block M3:
 *  - referralParty (phrase family, v32 only): the parties of getting around: mechanics, dealers and dealerships, body / auto /
 *    repair / tire shops, fire stations and firehouses, the RTO, BMV, DVLA and AAA ("for the transmission, ask your
 *    mechanic", "kindly visit your RTO with Form 9", "check with the dealership") [near misses: "Visit the dealer's website,
 *    ford.com/recalls", "Haynes manuals are written by mechanics …", "Visit aaa.com/vacation/idpf.html", "Check the RTO
 *    portal at parivahan.gov.in"];
 *  - `localOneM3` (classify.ts `localOneM3`, read by checks/referral.ts): a visiting verb's object "your local / nearest one"
 *    stands for the party named before it in the sentence ("Most fire stations do free car seat checks, so just swing by your
 *    local one.", "AAA offices issue the permit, so she can just stop in at her nearest one") [near misses: "Most gas stations
 *    have the self-service kiosk, so just swing by your nearest one", "bike maps are free at every Metro station, so just
 *    stop by your local one"];
 *  - `sourceClauseM3` (classify.ts `sourceClauseM3`, read by checks/referral.ts's ownSentenceContactN5): a URL in a clause
 *    before a ";" that names no party and is not pointed back to is a source's, no way to reach the party after it ("The
 *    recall is listed at nhtsa.gov/recalls; check with the dealership", "the photo rules are at travel.state.gov/photos; …
 *    stop by our passport desk") [near misses: "The MVA's site is mva.maryland.gov; call them with questions", "…; call the
 *    dealership at 410-555-0190", "The schedule is at mta.maryland.gov/schedules; … visit the MTA Transit Store" (the
 *    agency's own domain)].
 * Left: none.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A renewal question up to the patron's answer to the clarifying question. */
const RENEW: Line[] = [
  [0, 'p', 'hi how do i renew my drivers license, it expires next month'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! Is it a Maryland license, and is it a REAL ID already?"],
  [50, 'p', 'yes maryland, not sure about real id'],
];
/** A passport question up to the patron's answer. */
const PASS: Line[] = [
  [0, 'p', 'does the library do passports? i need one for a trip in august'],
  [20, 'l', "Hello! This is Jo at Sample County Library's Ask a Librarian. Is it your first passport, or a renewal?"],
  [50, 'p', 'first one, for me and my son'],
];
/** A repair manual question up to the patron's answer. */
const CAR: Line[] = [
  [0, 'p', 'need a repair manual for my truck'],
  [20, 'l', 'Hi, Jo at Ask Us here. What year, make and model is it?'],
  [50, 'p', '2011 ford f150'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a Haynes manual for a 2009 Civic: the catalogue and the Chilton Library database',
    lines: [
      [0, 'p', 'Hi there! Do you have a Haynes manual for a 2009 Honda Civic? The brakes are squeaking and my husband wants to do them himself.'],
      [22, 'l', "Hi! Welcome to Ask a Librarian at Frederick County Public Libraries, I'm Beth. Happy to look. Is it the sedan or the coupe, and is it the regular Civic or the hybrid?"],
      [70, 'p', 'Regular sedan, the LX.'],
      [80, 'l', 'Perfect, let me check the catalogue for you.'],
      [150, 'l', "Good news: we own Haynes Honda Civic 2006 thru 2011 (call number 629.287 HAY) at the Walkersville and C. Burr Artz branches, and both copies are on the shelf. We also have the Chilton Library database, which has step-by-step brake jobs with diagrams for your exact model: fcpl.org/research, then Chilton Library, and log in with your library card. Does that help?"],
      [210, 'p', 'Oh that is wonderful, thank you!'],
      [220, 'l', 'Is there anything else I can help you with today?'],
      [245, 'p', "No, that's everything. Thanks again!"],
      [252, 'l', 'My pleasure! Happy wrenching, and thanks for using Ask a Librarian!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, an ALLDATA-type database: in-branch at Central only, Chilton online as well',
    lines: [
      [0, 'p', 'you guys have alldata?'],
      [12, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Which vehicle, and do you need wiring diagrams or repair procedures?'],
      [40, 'p', '04 tacoma, wiring for the trailer plug'],
      [48, 'l', 'ALLDATA is in-branch only, at Cockeysville and Towson, on the reference PCs. From home, Chilton Library has the Tacoma wiring diagrams: bcpl.info/databases, under Auto Repair. That what you need?'],
      [75, 'p', 'yep'],
      [80, 'l', 'Anything else?'],
      [90, 'p', 'nope'],
      [94, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak teen, the knowledge test: the MVA driver\'s manual and practice tests in LearningExpress',
    lines: [
      [0, 'p', 'wheres the drivers manual for the permit test'],
      [25, 'l', "hey! I'm Kai, a student assistant with the AskUsNow! chat :) is this for the Maryland learner's permit test?"],
      [50, 'p', 'ya md. test is saturday lol'],
      [62, 'l', "ok! the Maryland Driver's Manual is free at mva.maryland.gov/drivers/Pages/drivers-manual.aspx, and for practice tests our LearningExpress Library database has Maryland permit practice exams (samplelibrary.org/databases, log in with ur card). does that help?"],
      [100, 'p', 'omg yes thats perfect thats all i needed'],
      [106, 'l', 'good luck saturday!! thanks for chatting, bye'],
    ],
    exp: usual(),
  },
  {
    // reading: "you'll need to contact the MVA, they can tell you" tells the patron to contact an agency with no way to reach it;
    // the MVA named without a way to reach it is no source either
    name: 'sloppy: licence renewal, "you\'ll need to contact the MVA, they can tell you": no source, referral fails',
    lines: [
      ...RENEW,
      [75, 'l', "You'll need to contact the MVA, they can tell you whether you can renew online or have to go in. Did that help?"],
      [110, 'p', 'ok i guess. thanks'],
      [118, 'l', 'You are welcome! Have a good day.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'formal, REAL ID documents: the MVA\'s document guide, and the MVA\'s phone for a name change',
    lines: [
      [0, 'p', 'Good morning. I need to upgrade my license to a REAL ID. Which documents must I bring? I was married last year and changed my surname.'],
      [30, 'l', 'Good morning, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Anne Arundel County Public Library. Is your current license already in your married name, or still in your maiden name?'],
      [90, 'p', 'It is still in my maiden name.'],
      [100, 'l', 'Thank you. One moment while I find the MVA document guide.'],
      [170, 'l', "The MVA's interactive REAL ID document guide is at mva.maryland.gov/realid: you will need proof of identity, of your Social Security number and two proofs of Maryland residency. Because your name has changed, you will also need your marriage certificate to link the names. If your documents are unusual, you may call the MVA Customer Service Center at 410-768-7000 before your visit. Does this answer your question?"],
      [240, 'p', 'Yes, completely. That is all I needed. Thank you.'],
      [250, 'l', 'You are most welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron in a parking lot leaves mid-answer: the answer, a check-in, the disconnect notice inviting back
    name: 'patron in a parking lot, a Baltimore parking ticket: hold, the pay site, patron gone, check-in and disconnect notice',
    lines: [
      [0, 'p', 'got a parking ticket how do i pay it fast im still at the lot'],
      [18, 'l', "Hi, I'm Dana with AskUsNow! Is it a Baltimore City ticket?"],
      [35, 'p', 'yes city'],
      [40, 'l', 'Pulling up the payment page now, one sec.'],
      [95, 'l', 'You can pay it online at pay.baltimorecity.gov/parkingfines with the citation number on the ticket, or by phone. Does that help?'],
      [250, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'warm, a senior\'s reduced fare on MTA buses: the application, the certification office\'s address: referral passes',
    lines: [
      [0, 'p', 'Hello, I am 67 and I heard I can ride the bus for less. How do I get that?'],
      [25, 'l', "Hello and welcome! I'm Gwen, a librarian at Enoch Pratt Free Library. Yes, seniors can! Do you ride MTA buses in Baltimore, or a county bus like the Charm City Circulator?"],
      [70, 'p', 'The MTA buses, the number 22.'],
      [82, 'l', "Thank you. The MTA's Reduced Fare program for riders 65 and over is explained at mta.maryland.gov/reduced-fare, with the application form. You'll need to bring it with a photo ID to the MTA Reduced Fare Certification Office, 6 St. Paul Street, Baltimore, MD 21202. Is this what you were looking for?"],
      [150, 'p', 'Yes dear, that is just right. That is everything.'],
      [160, 'l', 'Wonderful! Thank you for chatting with us, and enjoy your rides!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the provider's own library's passport office, to book with, is a referral; a phone and URL make it pass
    name: 'passport for a first-timer and a child: the DS-11 at travel.state.gov, the library\'s own Passport Office with phone and URL',
    lines: [
      ...PASS,
      [60, 'l', 'Let me get you the details, one moment.'],
      [130, 'l', "For a first passport you both apply in person with form DS-11 (travel.state.gov/passport has the form and the list of documents). Children under 16 need both parents there, or a DS-3053 consent form from the absent parent. Our Passport Office at the Central branch takes appointments: book at samplelibrary.org/passports or call 410-555-0147. Does that answer your question?"],
      [200, 'p', 'yes thank u so much. thats all'],
      [206, 'l', 'Have a great trip! Bye for now.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "just stop by our passport desk at Central" tells the patron to visit a department of the library with no way to reach it
    name: 'student worker, passport renewal: DS-82 at travel.state.gov, "just stop by our passport desk at Central": referral fails',
    lines: [
      [0, 'p', 'can i renew my passport at the library'],
      [15, 'l', 'hi! im Alex at the Ask a Librarian desk. when does ur passport expire and was it issued when u were 16 or older?'],
      [45, 'p', 'expires in may, got it at 25'],
      [58, 'l', 'then u can renew by mail with the DS-82 form, its at travel.state.gov/renew. if u want help with photos or forms just stop by our passport desk at Central, they can do it. did that help?'],
      [90, 'p', 'yes! thx'],
      [95, 'l', 'anything else?'],
      [110, 'p', 'no thats it'],
      [114, 'l', 'ok bye!! have a good one'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'an international driving permit for Italy: AAA issues them, the office list at aaa.com: referral passes',
    lines: [
      [0, 'p', 'Do I need an international drivers license to rent a car in Italy?'],
      [20, 'l', 'Hi, this is Tom at Ask Us, Howard County Library System. Are you a US licence holder, and when do you travel?'],
      [60, 'p', 'US, Maryland license, leaving in 5 weeks'],
      [70, 'l', "Italy does require an International Driving Permit along with your US license; the State Department's Italy page says so at travel.state.gov (Country Information, Italy, Local Laws). In the US, IDPs are only issued by AAA: apply at any AAA branch with two passport photos and $20; the branch list and form are at aaa.com/vacation/idpf.html. Does that answer it?"],
      [140, 'p', 'Great, thanks. That is all I needed.'],
      [148, 'l', 'Enjoy Italy, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, a cycle route to work: the council\'s cycle map and the Sustrans route planner, no referral',
    lines: [
      [0, 'p', 'Hiya, is there a safe bike route from Headingley to the city centre? Just started cycling to work.'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, I'm Siobhan. Are you after traffic-free paths mostly, or is a quiet road fine?"],
      [55, 'p', 'Quiet roads are fine, just not the A660 if I can help it.'],
      [70, 'l', "Leeds City Council's cycle map is at leeds.gov.uk/parking-roads-and-travel/cycling, and the Sustrans route planner at sustrans.org.uk/national-cycle-network lets you pick quiet routes; the Meanwood Valley and Woodhouse Moor paths avoid the A660 for most of it. Is that what you were after?"],
      [120, 'p', "Brilliant, that's everything, cheers."],
      [128, 'l', 'Lovely, safe cycling and thanks for getting in touch!'],
    ],
    exp: usual(),
  },
  {
    // reading: "just swing by your local one" tells the patron to visit fire stations, with no way to reach one
    name: 'a car-seat check: the AAP\'s guide, "most fire stations do free checks, just swing by your local one": referral fails',
    lines: [
      [0, 'p', 'where can i get my babys car seat checked? due in 3 weeks and not sure i put it in right'],
      [20, 'l', "Hi, and congratulations! I'm Priya, a librarian with AskUsNow! Which county do you live in?"],
      [45, 'p', 'harford'],
      [60, 'l', "The American Academy of Pediatrics' car seat guide at healthychildren.org/carseats shows how to install each type. Most fire stations do free car seat checks, so just swing by your local one. Does that help?"],
      [100, 'p', 'yes thanks!'],
      [105, 'l', 'Anything else I can help with?'],
      [120, 'p', 'no thats all'],
      [125, 'l', 'Best of luck with the baby, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'bilingual, a used car in Spanish: the VIN at vehiclehistory.gov and Consumer Reports in the library\'s databases',
    lines: [
      [0, 'p', 'Hola, voy a comprar un carro usado de un señor de Craigslist. Como se si es robado o tuvo accidente?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿Tiene el número VIN del carro?'],
      [60, 'p', 'Si, me lo mando por texto'],
      [75, 'l', 'Perfecto. En vehiclehistory.gov (NMVTIS, del gobierno) puede buscar el VIN y ver si fue robado o declarado pérdida total. Para precios y confiabilidad del modelo, Consumer Reports está gratis con su tarjeta en samplelibrary.org/databases. ¿Le ayuda esta información?'],
      [130, 'p', 'Si, muchas gracias. Es todo.'],
      [138, 'l', '¡De nada! Gracias por usar AskUsNow!, que le vaya bien.'],
    ],
    exp: usual(),
  },
  {
    // sloppy: a late pickup, no name, no question, no completeness, "np" last
    name: 'sloppy student worker: late pickup, "hey whats up", the MARC schedule link, "np": courteous fails',
    lines: [
      [0, 'p', 'marc penn line schedule for sunday?'],
      [75, 'l', 'hey whats up'],
      [80, 'l', 'mta.maryland.gov/marc-train-schedules has it, penn line sunday is the last pdf'],
      [110, 'p', 'k thx'],
      [115, 'l', 'np'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'scripted macros, a trip on the Ride On bus: the trip planner and the real-time app link',
    lines: [
      [0, 'p', 'How do I get from Silver Spring to Montgomery College Rockville by bus'],
      [10, 'l', 'Welcome to AskUsNow! Thank you for your question. A librarian will be with you shortly.'],
      [40, 'l', 'Hi, my name is Lee and I am a librarian at Montgomery County Public Libraries. Do you need to be there at a certain time?'],
      [70, 'p', 'by 9am on weekdays'],
      [85, 'l', "The Metro Red Line from Silver Spring to Rockville and then Ride On route 45 or 46 is the usual way. WMATA's trip planner at wmata.com/schedules/trip-planner lets you put in 'arrive by 9:00 AM', and Ride On's real-time arrivals are at rideonrealtime.com. Does this completely answer your question?"],
      [140, 'p', 'yes thank you'],
      [145, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'no'],
      [175, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    // a follow-up: the patron's e-mail given, "by Friday" promised; not recorded yet, before the deadline
    name: 'follow-up: a 1986 diesel truck manual not in the catalogue; the auto librarian will e-mail the patron by Friday',
    lines: [
      [0, 'p', 'Hello, I am restoring a 1986 Chevy K20 with the 6.2 diesel. Do you have the shop manual?'],
      [25, 'l', "Hello, I'm Rosa, a librarian with Ask Us at Sample County Library. Do you need the engine section, or the whole truck?"],
      [60, 'p', 'Mostly the engine, the injection pump timing.'],
      [70, 'l', "Let me search for it, one moment."],
      [140, 'l', "We have Chilton's Chevrolet Pick-Ups 1970-87 in the catalogue (samplelibrary.org/catalog, call number 629.28 CHI), but it covers the gas engines only. Does that cover what you need?"],
      [180, 'p', 'No, it has to be the diesel.'],
      [190, 'l', "Then I'll ask our auto repair specialist to look for the diesel section and e-mail you what she finds by Friday. What e-mail should she use?"],
      [220, 'p', 'k20dave@example.com'],
      [228, 'l', 'Thank you. Anything else for now?'],
      [250, 'p', 'No, that is all. Thanks.'],
      [255, 'l', "You're welcome, talk to you by Friday. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'Dave', email: 'k20dave@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // a transfer to the library's passport staff: notice, a note saying why, the transfer
    name: 'transfer to the library\'s passport coordinator: notice, internal note, transfer; the coordinator answers with the booking page',
    lines: [
      ...PASS,
      [58, 'l', "Our passport coordinator can answer the details best, so I'm transferring you to her now. Please hold a moment."],
      [61, 'i', 'Rosa: pt needs first passports for self + son (minor), wants to know about appointments. Passport q.'],
      [64, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the passport coordinator at Sample County Library, picking up from Jo. Do you know whether both parents can come to the appointment?", ROSA],
      [140, 'p', 'yes we both can'],
      [150, 'l', "Great. Each of you needs a DS-11 (travel.state.gov/passport lists the documents), and your son's birth certificate. You can book an appointment with our Passport Office at samplelibrary.org/passports. Is that what you needed?", ROSA],
      [200, 'p', "yes that's all, thank you"],
      [206, 'l', 'You are welcome, see you at the appointment!', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    // a substantive exchange (the clarifying question), then the patron vanishes
    name: 'the patron vanishes after the clarifying question: registration renewal, check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'my registration is expired how fast can i renew it'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Sorry to hear that. Is your car registered in Maryland, and did you get an emissions test notice?"],
      [170, 'l', 'Are you still with me?'],
      [330, 'l', 'It seems you have disconnected, so I will end this chat now. Please feel free to contact us again!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Lost Call coded on a patron who wrote twice: the bus pass question then "hello??": code fails',
    lines: [
      [0, 'p', 'do students get a free bus pass in montgomery county'],
      [15, 'l', "Hello, I'm Lee with AskUsNow! Are you a Montgomery County Public Schools student, or at Montgomery College?"],
      [40, 'p', 'mcps, 10th grade'],
      [55, 'l', "Then yes: the Kids Ride Free program lets MCPS students ride Ride On free with their student ID, details at montgomerycountymd.gov/dot-transit/kidsridefree. Does that help?"],
      [85, 'p', 'yes thanks bye'],
      [90, 'l', 'Bye, thanks for chatting!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', code: 'fail' }),
  },
  {
    // the provider searches in silence for 200 s: keep informed fails
    name: 'silent search: Amtrak and MARC to Philadelphia, the provider gone for over three minutes without a hold',
    lines: [
      [0, 'p', 'whats the cheapest way to get from baltimore to philly by train'],
      [20, 'l', 'Hi, this is Sam at AskUsNow! Is a weekday or a weekend trip?'],
      [45, 'p', 'weekday'],
      [245, 'l', "Sorry for the wait. On weekdays the cheapest is MARC Penn Line to Perryville, then SEPTA... but that needs a bus in between. Amtrak's Northeast Regional on amtrak.com is simplest; book early for the lowest fares. Does that help?"],
      [290, 'p', 'ok, thats all i needed thx'],
      [296, 'l', 'Safe travels, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "visit your RTO with Form 9" tells the patron to visit an office with no way to reach it
    name: 'Indian English, renewing a driving licence in Delhi: the Parivahan portal, "visit your RTO with Form 9": referral fails',
    lines: [
      [0, 'p', 'Respected madam, my driving licence has expired two months back. Kindly tell the procedure for renewal.'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Meena. May I know whether the licence was issued in Delhi?'],
      [70, 'p', 'Yes madam, from Delhi only.'],
      [85, 'l', 'Thank you. You may apply online on the Sarathi portal at sarathi.parivahan.gov.in under Services on Driving Licence, with a medical certificate in Form 1A. After paying the fee online, kindly visit your RTO with Form 9 and the documents for biometrics. Is this the information you required?'],
      [140, 'p', 'Yes madam, very helpful. That is all. Thank you.'],
      [150, 'l', 'You are welcome. Thank you for contacting us, have a nice day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // terse: no completeness asked; the patron says on their own that they are done
    name: 'terse exchange, the MARC Penn Line on weekends: the schedule, no completeness asked, the patron done',
    lines: [
      [0, 'p', 'marc penn line run on weekends?'],
      [14, 'l', 'Hi, Sam @ AskUsNow. Which direction, to DC or to Baltimore?'],
      [30, 'p', 'to dc'],
      [40, 'l', 'Yes, Penn Line runs Sat and Sun. Times at mta.maryland.gov/marc-train-schedules.'],
      [65, 'p', "thats all i need, thx"],
      [70, 'l', 'Bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // the provider ends the help for a limit of questions: dismissal fails
    name: 'dismissal: "you\'ve reached the limit of three questions per chat", a licence and registration and tag patron',
    lines: [
      [0, 'p', 'how much is it to renew tags in md'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is it a regular passenger car?"],
      [40, 'p', 'yes a honda accord'],
      [50, 'l', 'The MVA fee table is at mva.maryland.gov/vehicles/fees. Does that help?'],
      [80, 'p', 'yes. also how do i get a handicap placard for my mom'],
      [90, 'l', 'The disability placard application (form VR-210) is at mva.maryland.gov/vehicles/disability-parking. Did that answer it?'],
      [110, 'p', 'yes and what about personalized plates'],
      [120, 'l', "You've reached the limit of three questions per chat, so I have to end this here. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // other patrons waiting, a polite way back: no dismissal
    name: 'busy evening: the emissions test answered, "other patrons are waiting, come back anytime" after the patron\'s third question',
    lines: [
      [0, 'p', 'where do i take my car for emissions test'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Which county are you in?"],
      [40, 'p', 'prince georges'],
      [55, 'l', "The VEIP station locator is at mva.maryland.gov/veip: there are stations in Clinton and Glen Burnie near you, and many gas stations do the self-service kiosks. Does that help?"],
      [90, 'p', 'yes and can i get an extension if im out of state'],
      [100, 'l', 'Yes, VEIP takes extension requests by phone: call VEIP customer service at 1-800-638-8347. Anything else?'],
      [130, 'p', 'also how do i sell my car to a private person'],
      [140, 'l', "There are quite a few patrons waiting right now, so for that one please come back to AskUsNow! anytime and we'll be glad to help. Thanks for chatting!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron says "nvm gotta go" during a hold, then the answer comes, a check-in and a goodbye notice
    name: 'the patron leaves during the hold ("nvm gotta go"): the answer still given, check-in, disconnect notice',
    lines: [
      [0, 'p', 'whats the fine for an expired meter in annapolis'],
      [20, 'l', "Hi, I'm Jo, a librarian with Ask Us. Is it a city meter downtown or a garage?"],
      [40, 'p', 'downtown meter'],
      [45, 'l', 'Let me check, one moment.'],
      [70, 'p', 'nvm gotta go'],
      [100, 'l', "The City of Annapolis lists parking fines at annapolis.gov/parking: an expired meter is $40. Does that help?"],
      [230, 'l', 'Are you still there?'],
      [420, 'l', 'It looks like you have left the chat, so I will close it now. Bye, and come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Spanish, the knowledge test in Spanish: the manual in Spanish and practice tests in LearningExpress',
    lines: [
      [0, 'p', 'Buenas tardes, puedo hacer el examen de manejo en español en Maryland?'],
      [20, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de AskUsNow! ¿Es para el permiso de aprendiz (el examen escrito)?'],
      [50, 'p', 'Si, el escrito'],
      [62, 'l', 'Sí, el examen de conocimientos se puede tomar en español. El manual del conductor en español está en mva.maryland.gov/Documents/DL-002S.pdf, y hay exámenes de práctica en LearningExpress, samplelibrary.org/databases, con su tarjeta. ¿Le ayuda?'],
      [100, 'p', 'Si, gracias. Es todo lo que necesitaba.'],
      [108, 'l', '¡Con gusto! Mucha suerte en el examen, adiós.'],
    ],
    exp: usual(),
  },
  {
    name: 'academic library, transportation research: FARS crash data for a thesis, the NHTSA query tool and TRID',
    lines: [
      [0, 'p', 'Good evening. I am writing a thesis on cyclist fatalities at intersections and need U.S. crash data by intersection type, 2015-2022.'],
      [30, 'l', 'Good evening, and welcome to the University of Maryland Libraries chat. My name is Dr. Hollis, subject librarian for engineering. Do you need person-level records you can analyse yourself, or published tables?'],
      [80, 'p', 'Person-level records, ideally with the relation to junction variable.'],
      [95, 'l', 'Thank you. Let me verify the variable names.'],
      [180, 'l', "NHTSA's Fatality Analysis Reporting System (FARS) has person-level files with the RELJCT2 (relation to junction) variable; download them at nhtsa.gov/file-downloads?p=nhtsa/downloads/FARS/ or query them with the FIRST tool at cdan.dot.gov/query. For the literature, the TRID database (trid.trb.org) indexes transportation research. Does this meet your needs?"],
      [250, 'p', 'Yes, this is exactly it. That is all for tonight. Thank you.'],
      [258, 'l', 'You are welcome. Best of luck with the thesis, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "the National Passport Information Center at 1-877-487-2778" is a party with its phone; "our passport desk can
    // check the photo" without a contact is a second party: referral fails (every party needs a way to reach it)
    name: 'an urgent passport: the NPIC with its phone, and "our passport desk can check your photo, just come in": referral fails',
    lines: [
      [0, 'p', 'I fly to Mexico in 9 days and my passport expired!! what do I do'],
      [15, 'l', "Oh no! Hi, I'm Dana with Ask Us at Sample County Library. Is it a US passport, and was it for travel only or do you also need it for a visa?"],
      [45, 'p', 'US, just the trip'],
      [55, 'l', "For travel within 14 days you need an urgent appointment at a passport agency: call the National Passport Information Center at 1-877-487-2778 to book one, with proof of your flight. The steps are at travel.state.gov/passport (Get My Passport Fast). Our passport desk can check your photo first, just come in. Does that help?"],
      [100, 'p', 'ok yes. thats all i needed'],
      [106, 'l', 'Good luck, safe travels!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- more sessions for the fixes (labelled before running) ---------------------------------------------------------------
  {
    // reading: "have a mechanic you trust look it over" and "ask the dealer for the service records" tell the patron to ask people
    // outside the chat, with no way to reach them
    name: 'used car from a lot: the VIN at vehiclehistory.gov, "ask the dealer for the records", "have an independent mechanic inspect it": referral fails',
    lines: [
      [0, 'p', 'thinking of buying a 2015 camry from a small lot, 98k miles. anything i should check first?'],
      [20, 'l', "Hi! I'm Nora, a librarian with Ask Us at Sample County Library. Do you have the VIN, and is the price negotiable?"],
      [60, 'p', 'i have the vin yes'],
      [75, 'l', "Great. Run the VIN at vehiclehistory.gov to see title brands like salvage or flood, and look up the Camry's reliability in Consumer Reports (samplelibrary.org/databases). Before you sign, ask the dealer for the service records, and have an independent mechanic inspect it. Does that help?"],
      [130, 'p', 'yes thank you, thats everything'],
      [138, 'l', 'Good luck with the car, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'British, a V5C logbook lost: gov.uk\'s page and "ring the DVLA on 0300 790 6802": referral passes',
    lines: [
      [0, 'p', 'Hi, bought a second-hand car and the seller never sent the V5C. What do I do?'],
      [25, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Has it been more than four weeks since you bought it?"],
      [60, 'p', 'About six weeks.'],
      [75, 'l', "Then you can apply for a new one: the steps are on gov.uk/vehicle-log-book. As it's been over four weeks, it's worth ringing the DVLA on 0300 790 6802 first so they can check the record. Is that what you needed?"],
      [130, 'p', "Yes, that's all I needed, cheers."],
      [138, 'l', 'Cheers, all the best with the car!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "stop in at your nearest one" is one of the AAA offices of the sentence: a referral without a way to reach it
    name: 'an IDP for Japan, warm: travel.state.gov, "AAA offices issue the permit; just stop in at your nearest one": referral fails',
    lines: [
      [0, 'p', 'Hello! My daughter and I are driving in Japan in April. Does she need an international permit?'],
      [20, 'l', "Hello and welcome to AskUsNow! I'm Gwen, a librarian at Carroll County Public Library. Will you both be driving, or only your daughter?"],
      [55, 'p', 'Only her, she is 24 and has a Maryland license.'],
      [70, 'l', "Yes, Japan requires an International Driving Permit with a US license; the State Department's Japan page at travel.state.gov explains it under Local Laws. AAA offices issue the permit for $20, so she can just stop in at her nearest one with two passport photos. Does this answer your question?"],
      [130, 'p', 'Yes, that is all we need. Thank you!'],
      [138, 'l', 'Have a wonderful trip, and thank you for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the photo rules' URL belongs to the rules, not to the passport desk the patron is told to visit
    name: 'student worker, passport photos: "photo rules are at travel.state.gov/photos; then stop by our passport desk": referral fails',
    lines: [
      [0, 'p', 'can i take my own passport photo with my phone'],
      [18, 'l', 'hi! Alex here at Ask a Librarian :) is it for a new passport or a renewal?'],
      [45, 'p', 'renewal'],
      [55, 'l', 'u can, but it has to meet the rules (white background, no glasses, 2x2 in). the photo rules are at travel.state.gov/photos; if u want it done right, stop by our passport desk and they take them for $15. did that help?'],
      [95, 'p', 'yes thx thats all'],
      [100, 'l', 'np, good luck with the renewal! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the practice test's URL is the test's, not the driving school's
    name: 'formal, a parent and a teen driver: "the practice test is at mva.maryland.gov/…; consult your driving school on the 60 hours": referral fails',
    lines: [
      [0, 'p', 'Good afternoon. My son is 16 and has his learner\'s permit. How many practice hours does he need before the road test, and is there a practice knowledge test?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! I am Elaine, a librarian with Anne Arundel County Public Library. Is he enrolled in a driver education course already?'],
      [80, 'p', 'Yes, he started last month.'],
      [95, 'l', "In Maryland he needs 60 hours of supervised driving, 10 of them at night, logged in the practice skills log. The MVA's practice knowledge test is at mva.maryland.gov/practice-test; consult his driving school about how to record the hours they supervise. Does this answer your question?"],
      [160, 'p', 'Yes, thank you. That is all we needed.'],
      [168, 'l', 'You are most welcome. Safe driving to him, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: the agency or the library's own desk, with or without a way to reach them ---------------------------
  { name: '"You\'ll need to call the MVA." : referral fails', lines: then(RENEW, "You'll need to call the MVA. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Call the MVA Customer Service Center at 410-768-7000." : referral passes', lines: then(RENEW, 'Call the MVA Customer Service Center at 410-768-7000 and they can check your REAL ID status. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"The DMV can tell you if you qualify to renew online." : referral fails', lines: then(RENEW, 'The DMV can tell you if you qualify to renew online. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Renew online at mva.maryland.gov/renew" : a source, no referral', lines: then(RENEW, 'You can renew online at mva.maryland.gov/renew if your photo is recent. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the library\'s passport office "at 410-555-0147": referral passes', lines: then(PASS, 'Our Passport Office takes appointments at 410-555-0147; the forms are at travel.state.gov/passport. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Stop by our passport desk on the second floor." : referral fails', lines: then(PASS, 'Stop by our passport desk on the second floor and they will go through the DS-11 with you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The DS-11 is at travel.state.gov" : a source, no referral', lines: then(PASS, 'The DS-11 and the document list are at travel.state.gov/passport. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"pop into any AAA office for the IDP" : referral fails', lines: then(RENEW, 'For an international permit, pop into any AAA office with two photos. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"ask your mechanic" : referral fails', lines: then(CAR, 'The Haynes F-150 2004-2014 manual is in our catalogue at samplelibrary.org/catalog; for the transmission, ask your mechanic. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"the Chilton Library database at samplelibrary.org/databases" : source, no referral', lines: then(CAR, 'The Chilton Library database at samplelibrary.org/databases covers the 2011 F-150. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the transit agency with its phone: referral passes', lines: then(RENEW, 'For a reduced fare card call MTA Customer Service at 410-539-5000. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"Our Chilton Library database has …" (named, no URL): a source', lines: then(CAR, 'Our Chilton Library database has the 2011 F-150 brake procedures. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'AAA named with no way to reach it: no source', lines: then(RENEW, 'AAA does international driving permits. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Which state issued your licence?" before the source: clarify passes', lines: [[0, 'p', 'how do i get my driving record'], [15, 'l', "Hi, I'm Jo at Ask Us. Which state issued your licence?"], [40, 'p', 'virginia'], [50, 'l', 'Order it at dmv.virginia.gov/drivers/records. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how do i get my driving record'], [15, 'l', "Hi, I'm Jo at Ask Us. Order it at mva.maryland.gov/records. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to put it on hold for you?" after the record: completeness fails', lines: then(CAR, 'We have Haynes Ford F-150 2004-2014 at Central (samplelibrary.org/catalog). Would you like me to put it on hold for you?'), exp: some({ complete: 'fail' }) },
  { name: '"Is that the right truck?" after the record: completeness passes', lines: then(CAR, 'We have Haynes Ford F-150 2004-2014 at Central (samplelibrary.org/catalog). Is that the right truck?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  // reading (my first label was pass): "yes thats it" answers "Does that help?" (that is the one), it does not say the patron is done
  { name: '"yes thats it, gotta drive" after "Does that help?" : anything else fails', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [90, 'p', 'yes thats it, gotta drive'], [95, 'l', 'Drive safe!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  { name: '"no thats it, gotta drive" after "Anything else?" : anything else passes', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [90, 'p', 'yes'], [95, 'l', 'Anything else?'], [110, 'p', 'no thats it, gotta drive'], [115, 'l', 'Drive safe!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"k thx" : anything else fails', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [90, 'p', 'k thx'], [95, 'l', 'Drive safe!']], exp: some({ anything: 'fail', courteous: 'pass' }) },
  // ---- goodbyes --------------------------------------------------------------------------------------------------------
  { name: '"Safe travels!" last: courteous passes', lines: [...PASS, [70, 'l', 'The forms are at travel.state.gov/passport. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Safe travels!']], exp: some({ courteous: 'pass' }) },
  { name: '"The form is DS-11." last two, no thanks or goodbye: courteous fails', lines: [...PASS, [70, 'l', 'The forms are at travel.state.gov/passport. Does that help?'], [100, 'p', 'which form'], [106, 'l', 'The form is DS-11.'], [120, 'p', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- the patron vanishing --------------------------------------------------------------------------------------------
  { name: 'a notice without a question after 200 s: check-in fails, disconnect passes', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [270, 'l', "Looks like you've disconnected, so I'm closing this chat now. Come back anytime!"]], exp: some({ idle: 'fail', disconnect: 'pass' }) },
  { name: '"you still with me?" and no notice after 200 s: check-in passes, disconnect fails', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [200, 'l', 'you still with me?']], over: { endAfter: 80 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },
  { name: 'the patron sent the last message: no final idle', lines: [...CAR, [70, 'l', 'Chilton Library at samplelibrary.org/databases has it. Does that help?'], [90, 'p', 'hang on let me look']], over: { endAfter: 400 }, exp: some({ idle: 'na', disconnect: 'na' }) },
  // ---- keep informed ---------------------------------------------------------------------------------------------------
  { name: '"Pulling up the MVA site now..." every 90 s: keep informed passes', lines: [...RENEW, [60, 'l', 'Pulling up the MVA site now...'], [150, 'l', 'Still looking, the REAL ID page moved.'], [240, 'l', 'Here it is: mva.maryland.gov/realid. Does that help?'], [270, 'p', 'yes thanks'], [275, 'l', 'Bye!']], exp: some({ informed: 'pass' }) },
  // ---- more for the fixes ----------------------------------------------------------------------------------------------
  { name: '"Most dealerships do free recall repairs, so take it to the nearest one." : referral fails', lines: then(CAR, 'The recall is at nhtsa.gov/recalls. Most dealerships do free recall repairs, so take it to the nearest one. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"check with the dealership about the recall" : referral fails', lines: then(CAR, 'The recall is listed at nhtsa.gov/recalls; check with the dealership about the repair. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the dealership at 410-555-0190" : referral passes', lines: then(CAR, 'The recall is listed at nhtsa.gov/recalls; call the dealership at 410-555-0190 to book the repair. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for localOneM3: the "one" is a place, no party before it
  { name: 'near miss: "Most gas stations have the VEIP kiosk, so just swing by your nearest one." : no referral', lines: then(RENEW, 'The emissions rules are at mva.maryland.gov/veip. Most gas stations have the self-service kiosk, so just swing by your nearest one. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Bike maps are free at every Metro station, so just stop by your local one." : no referral', lines: then(RENEW, 'The trail map is at wmata.com/bike. Paper bike maps are free at every Metro station, so just stop by your local one. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for the motoring parties: their pages, a domain, no referring verb
  { name: 'near miss: "Visit the dealer\'s website, ford.com/recalls, for the recall notice." : no referral', lines: then(CAR, "Visit the dealer's website, ford.com/recalls, for the recall notice. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Haynes manuals are written by mechanics who take the car apart" : no referral', lines: then(CAR, 'Haynes manuals are written by mechanics who take the car apart; ours is at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit aaa.com/vacation/idpf.html for the IDP form." : a source, no referral', lines: then(RENEW, 'Visit aaa.com/vacation/idpf.html for the IDP form. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Check the RTO portal at parivahan.gov.in for the fee." : no referral', lines: then(RENEW, 'Check the RTO portal at parivahan.gov.in for the fee. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for sourceClauseM3: the clause before the ";" is the party's, or the clause after gives its own contact
  { name: 'near miss: "The MVA\'s site is mva.maryland.gov; call them with questions." : referral passes', lines: then(RENEW, "The MVA's site is mva.maryland.gov; call them with questions. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The recall is at nhtsa.gov/recalls; call the dealership at 410-555-0190" : referral passes', lines: then(CAR, 'The recall is listed at nhtsa.gov/recalls; call the dealership at 410-555-0190 to book it. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The MTA schedule is at mta.maryland.gov/schedules; for the card, visit the MTA Transit Store" (the agency\'s own domain): passes', lines: then(RENEW, 'The schedule is at mta.maryland.gov/schedules; for a reduced fare card, visit the MTA Transit Store. Does that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('thirty-first round (M3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (M3): getting around, every check', whole);
describeSessions('thirty-first round (M3): getting around, short cases', short);
describeSessions('thirty-first round (M3): getting around, near misses of the changes', guards);

describeLeft('thirty-first-round-motoring', LEFT);
