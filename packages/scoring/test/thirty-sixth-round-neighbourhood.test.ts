/**
 * Thirty-sixth round, area (G11): NEIGHBOURHOOD PROBLEMS. Missed trash and recycling pickups, bulk items (a couch, a
 * mattress), what can be recycled (greasy pizza boxes), potholes on county and state roads, a streetlight out, a
 * neighbour's overgrown yard and rats, an abandoned car, a loose or dangerous dog, rats in the alley, illegal dumping, a
 * fallen tree, a cul-de-sac not plowed, a basement flooded by a backed-up storm drain, a clogged drain, barking at night;
 * referrals to 311 (Baltimore City and County, MC311, Prince George's CountyClick 311), public works, code enforcement,
 * animal services, the homeowners' association, the State Highway Administration, BGE, WSSC Water, the council member
 * (referral.contact, info.source, closing.no_dismissal, followup.*, inquiry.clarify, followup.completeness,
 * closing.anything_else, closing.courteous).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "call your council member about the pothole", "the next
 *   step is to call your city council member", "you can also talk to your HOA", "contact your HOA about it", "Reach out to
 *   your HOA board", "contact your homeowners association", "Animal Services can pick up the stray if you report it",
 *   "Animal Control can pick it up", "the county's Code Enforcement office can inspect the property", "Public Works can send
 *   a crew out", "Report it to code enforcement", "Report it to the city's Department of Public Works", "contact the State
 *   Highway Administration", "Give Animal Control a call", "Talk to your insurance agent", "comuníquese con Control de
 *   Animales del condado", "hable con su concejal del condado".
 *  a referral WITH one (passes): "call Baltimore County 311 at 410-887-5555", "Call 311 to schedule it", "report it to the
 *   State Highway Administration at 410-582-5650", "call BGE at 877-778-2222", "Report them to Prince George's CountyClick
 *   311 at 301-883-4748", "Call Montgomery County Animal Services at 240-773-5900 … If it attacks a person, call 911",
 *   "Llame al 311 para pedir el servicio", "call your council member, Ms. Pindell Charles, at 410-263-7000", "call your
 *   HOA's management company at 301-555-0122", "Email code enforcement at codes@…", "ya just call 311 lol", "Ring the
 *   council on 311", "report the yard to MC311 at 240-777-0311", "Report it on the BaltCo 311 app or call 311", "Reach
 *   your council member through montgomerycountymd.gov/council/members", "Llame a Control de Animales al 240-773-5900".
 *  a source, not a referral: "the SHA's pothole form at roads.maryland.gov/potholes", "Puede hacer la solicitud en línea en
 *   pgc311.com", "the county's lookup tool at montgomerycountymd.gov/sws/wdidw (What Do I Do With…?)", "the county's
 *   online form at aacounty.org/dumping", "the live snowplow map: howardcountymd.gov/snow (Plow Tracker)", "Visit the DPW
 *   website at …"; the provider's own report ("I've sent it to Annapolis 311 for you") refers the patron to no one; not a
 *   source: "Check the county's website", the answer from memory ("trash goes out on Mondays").
 *  clarifying: "Which county or city do you live in?", "Is it a county road or a state road?", "Which town and street are
 *   you on?", "What street are you on?", "Which floor are you on?", "Is the dog still loose right now, and is anyone hurt?",
 *   "So you need a bulk pickup for a couch and a mattress at a city address?", "So the trash was collected but the
 *   recycling was not?", "¿En qué calle está el bache?"; not: a question in the message that gives the first source.
 *  completeness: "Does that give you who to call?", "Does that sort it for you?", "that work for ya?", "¿Esto resuelve su
 *   pregunta?"; not: "Want the bulk pickup schedule too?".
 *  dismissal: "You've reached your limit of questions for today", "I've spent enough time on this one, I'm ending the chat",
 *   "I'm handling several chats, so I need to end this one now"; allowed: "I have a few other patrons waiting … please chat
 *   with us again later", "We close in five minutes … please chat with us again tomorrow".
 *  the patron done: "yes thats all i needed thx", "That is everything", "yes, no more questions", "nope im good thats it",
 *   "si, es todo, gracias"; not done: "k thx", "ok yeah thanks", "whatever".
 *  goodbyes: "Stay safe, and thanks for reaching out!", "Cheers, hope they sort it soon, ta-ra!", "Good luck with the
 *   raccoons! Chat again anytime.", "Good luck, take care!", "¡De nada! Gracias por escribirnos."; not: "ok".
 *  an agency's own call, no promise of the provider's: "Public Works will call you to schedule the pickup", "an inspector
 *   will contact you within 48 hours", "code enforcement will get back to you", "Animal Control will call you back", "MC311
 *   will text you", "the crew will call you before they come", "el inspector le llamará".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - 311 (and 911) is a phone number, so "call 311" refers the patron to the 311 service with a way to reach it; a report
 *   filed on "the 311 app" goes to the county's 311 service (writing to it), and "311" is its number;
 * - filing on an agency's web page ("report it at pgc311.com", "the SHA's pothole form at …") is using a web page: a
 *   source, not a referral (Terms);
 * - a party said to be able to do the thing for the patron ("Animal Services can pick up the stray", "Code Enforcement can
 *   inspect the property", "Public Works can send a crew out") points the patron to it: a referral, as G8's "can set you up";
 * - the homeowners' association and the council member's office are organisations: a referral to them needs a way to
 *   reach them; an insurance agent is a named specialist;
 * - an agency's staff who will call the patron after the patron's report ("an inspector will contact you", "MC311 will text
 *   you") is no promise of the provider's: no follow-up session; "someone from your library will contact you" is one;
 * - "Which town and street are you on?" asks where the patron lives (residence shapes the answer), not whether they are
 *   still there;
 * - a session whose only source-less answer is a promise of the patron's library gives no source: info.source fails, so
 *   followup.completeness applies (na only when info.source is na) and fails without the question;
 * - "I'm handling several chats, so I need to end this one now" ends the help for the provider's convenience with no way
 *   back: dismissal fails; the same with "please chat with us again later" passes;
 * - a transfer with no internal note to the receiving provider: transfer fails.
 * Written: 21 whole sessions (17 first, 4 in a third batch), 64 short cases (38 first, 12 in a second batch, 4 for the
 * fixes, 10 in a third batch), 22 near misses in `guards`; all run but 1 in LEFT. First run (17 whole + 38 short, labelled
 * before running): 7 of 55 disagreed: referral.contact 3 ("you can also talk to your HOA" read as no referral, so the yard
 * session passed on the 311 referral alone; "Animal Services can pick up the stray" and "Code Enforcement can inspect the
 * property" read as no referral), inquiry.clarify 1 ("Which town and street are you on?" read as an idle check-in's "are
 * you on?"), followup.contact and resolution.code 3 ("Public Works will call you", "an inspector will contact you", "code
 * enforcement will get back to you" read as the provider's promises). Second run (12 second-batch, 4 fix and 9 near-miss
 * cases, labelled before running): 4 disagreed: referral.contact 4 ("ya just call 311 lol" read as no referral; "Ring the
 * council on 311" read without a contact, and info.source failed; "Public Works can send a crew out" read as no referral;
 * "report the yard to MC311 at 240-777-0311" read as no referral). Third run (4 whole, 10 short and 2 near misses, written
 * after the fixes): 4 disagreed: followup.completeness 1 (my label, corrected), followup.contact and resolution.code 3 ("the
 * crew will call you before they come", "el inspector le llamará en unos días", and "our crew will call you", LEFT). My
 * labels corrected: 1 of 15. Fixed in block G11:
 *  - referralParty (phrase family): the homeowners' association ("HOA", "homeowners association", "condo / community
 *    association"), not its rules, covenants, dues, fees, documents, pages or forms; "Public Works" and "DPW" and the
 *    counties' 311 services by name ("MC311", "PGC311", "BaltCo311"), not their pages, schedules, trucks or yards [near
 *    misses: "Ask your neighbour about the HOA covenants", "Ask your neighbour about the Public Works schedule", "Visit the
 *    DPW website at …", "Visit your HOA's website …", "The HOA covenants say …"; still read: "even though you're in an HOA,
 *    report the yard to MC311 at …" passes];
 *  - referralCanHelp (phrase family, v20's can-help verbs widened): "pick it / them / the stray up", "pick up" an animal or an
 *    item of rubbish ("the stray", "the dog", "the couch", "debris"), "inspect it / the …", "send an inspector / a crew / a
 *    truck out / over / to" (the subject must be a party, as for every can-help verb) [near misses: "Public Works can pick
 *    up the pace in spring", "You can pick up the yard waste bags", "Your neighbours can pick up the trash with you", "I can
 *    inspect the map with you"];
 *  - stillThere (phrase family, alternative 0 widened): its bare "are you on?" not after "which / what / whose" in the
 *    same clause [near miss, still a check-in: "Hello? Are you on?" in the final idle];
 *  - notPromise (phrase family, as G8's transit staff): a neighbourhood agency or its staff who will call, contact, text,
 *    mail, get back to or follow up with the patron (inspectors, code enforcement / compliance, Public Works, DPW, animal
 *    control / services and their officers, 311 by name, sanitation, solid waste, crews, arborists), not after the
 *    provider's own "I'll" or "our / my", nor with the provider's own promise in the sentence; and the same in Spanish
 *    ("el inspector le llamará", "Control de Animales lo contactará") [near misses, still promises: "An inspector will call
 *    you, and I'll e-mail you the complaint form by Friday", "The crew will call you, and I'll e-mail you the bulk schedule
 *    by Friday", "I'll call you tomorrow once Public Works answers me", "El inspector le llamará pronto, y yo le escribiré
 *    mañana"];
 *  - referralVerb (phrase family, v19's "report … to 311" widened): "to MC311 / PGC311 / BaltCo311";
 *  - phone (phrase family): 311 after "ring / call / phone … on / at" ("Ring the council on 311"), not a street number
 *    [near misses: "Call the town council at 311 Main St office hours", "the rule is on page 311"];
 *  - `yeahLeadG11` (setting; classify.ts `yeahLeadG11`, read by checks/referral.ts beside v33's `okLeadInS3`): "ya / yeah
 *    / yep / yup" (then "just", "so", "and" …) before the referring verb, as v33's "ok" ("ya just call 311 lol"), not
 *    v33's nouns after the verb [near misses: "Yeah, call numbers for the county code are on the spine", "Yeah, ask me
 *    anything else you need", "Yep, ask me if the form is confusing", "ok call me back here if it doesn't work"]. (At the
 *    round's end the setting was taken out: the normaliser writes "yeah / yep / yup" as "yes", so it read only "ya / yah",
 *    which block E8's `yesLeadE8` reads too, with the same near misses kept out.)
 * Each fix's near misses were checked to fail with the fix made too wide (the HOA's and Public Works' nouns let through,
 * "pick up" with any object, the check-in's "are you on?" after "which", the agency's call with the provider's own
 * promise beside it, 311 before a street name, "yeah" before a noun); that check found the bare "pick up" of the first
 * version ("Public Works can pick up the pace"), since narrowed to an object that is an animal or rubbish.
 * Left: 1 ("our crew will call you tomorrow when it is fixed": the library's own staff's call is a promise, but v36's
 * followupPromise reads none with an own-staff subject; not G11's words).
 * Earlier rounds' LEFT cases these fixes now read as labelled, moved to their files' running lists: thirtieth round J3's
 * "(whichOnI4) near miss: "which floor r u on?" during the final idle" (stillThere) and thirty-fourth round J2's
 * "subjectTopicRoleE2 near miss: "Ask your HOA president about the Trust's easement rules"" (referralParty).
 * Full run (scoring and phrases): 302 files, 26,371 tests; the only failures were those two LEFT cases, since moved and
 * their files rerun (passing). Frozen fingerprints unchanged.
 * v37's fingerprint after block G11: 4103aa21e3c92612.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A missed-trash question up to the patron's answer. */
const TRASH: Line[] = [
  [0, 'p', 'my trash wasnt picked up again this week, who do i complain to'],
  [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Which county or city do you live in?"],
  [50, 'p', 'baltimore county, towson'],
];
/** A loose-dog question up to the patron's answer. */
const DOG: Line[] = [
  [0, 'p', 'theres a loose dog in our street that keeps chasing kids'],
  [20, 'l', 'Hello, this is Jo, a librarian at AskUsNow!. Is the dog there right now, and where do you live?'],
  [50, 'p', 'not right now, we are in Silver Spring'],
];
/** A pothole question up to the patron's answer. */
const HOLE: Line[] = [
  [0, 'p', 'huge pothole on my road who fixes that'],
  [20, 'l', 'Hi, Jo at Ask Us here. Which road is it, and which county?'],
  [50, 'p', 'Forest Dr in Annapolis'],
];
/** A Spanish question (rubbish left on the kerb) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, no recogieron la basura y ya pasaron tres dias'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive usted?'],
  [50, 'p', 'en Prince Georges, en Hyattsville'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'a missed trash pickup in Towson: Baltimore County\'s collection page and its 311 line with a number',
    lines: [
      [0, 'p', 'hi, our trash got skipped AGAIN on monday. who do i even call about this'],
      [25, 'l', "Hi there, welcome to Ask Us! I'm Dana, a librarian at Baltimore County Public Library. Sorry about that. Are you in Baltimore County, and was it trash or recycling that was missed?"],
      [70, 'p', 'county, towson. trash'],
      [95, 'l', "Missed collections in the county go to Baltimore County 311: report it online at baltimorecountymd.gov/311 or call 410-887-5555. The collection schedule for your address is at baltimorecountymd.gov/departments/publicworks (Trash & Recycling > Find My Collection Day). Does that answer your question?"],
      [150, 'p', 'yes thats all i needed thx'],
      [156, 'l', 'Great, thanks for chatting with us, and I hope they come back soon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a couch and a mattress in Baltimore City: bulk trash by calling 311 or online, the patron done on their own',
    lines: [
      [0, 'p', 'Good morning. How do I get rid of an old couch and a mattress? I live in Hampden, Baltimore City.'],
      [30, 'l', "Good morning, and thank you for contacting AskUsNow!. My name is Denise and I'm a reference librarian. So you need a bulk pickup for a couch and a mattress at a city address?"],
      [70, 'p', 'Yes exactly.'],
      [95, 'l', "The city collects up to three bulk items a month by appointment. Call 311 to schedule it, or book it online at balt311.baltimorecity.gov (Bulk Trash Pickup). The mattress has to be wrapped in plastic. Is that what you were looking for?"],
      [150, 'p', 'Perfect. That is everything, thank you.'],
      [158, 'l', "You're very welcome. Thank you for using AskUsNow!, have a lovely day."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak, can pizza boxes be recycled in MoCo: the county\'s What Do I Do With page, no referral',
    lines: [
      [0, 'p', 'r greasy pizza boxes recyclable?? moco'],
      [15, 'l', 'Hi! Sam at Ask Us, Montgomery County Public Libraries. Is it the cardboard box itself, or the paper liner too?'],
      [45, 'p', 'just the box lol'],
      [60, 'l', "Montgomery County takes pizza boxes in the mixed paper bin as long as the food is scraped off. The county's lookup tool is at montgomerycountymd.gov/sws/wdidw (What Do I Do With…?). Did that help?"],
      [90, 'p', 'ya ty'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'nope'],
      [114, 'l', 'Cool, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse provider, a pothole on a state route: the State Highway Administration with its phone, no question',
    lines: [
      [0, 'p', 'big pothole on rt 97 near olney who fixes it'],
      [10, 'l', 'Hi, Kay at AskUsNow!.'],
      [25, 'l', 'Rt 97 is a state road: report it to the State Highway Administration at 410-582-5650 or roads.maryland.gov (Contact Us > Report a Road Problem). That help?'],
      [60, 'p', 'ok'],
      [64, 'l', 'Anything else?'],
      [80, 'p', 'no'],
      [84, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    name: 'a streetlight out for weeks: BGE\'s outage page and number, warm style',
    lines: [
      [0, 'p', 'The streetlight in front of my house has been out for three weeks and it is really dark. Who is responsible?'],
      [30, 'l', "Hello! I'm Renee, a librarian with Howard County Library System. I'm sorry, that must feel unsafe at night. Is the light on a wooden utility pole, and do you know the pole number?"],
      [80, 'p', 'wooden pole, there is a tag with numbers on it'],
      [110, 'l', 'Those lights belong to BGE. You can report it at bge.com/streetlight with the pole number, or call BGE at 877-778-2222. Does that help?'],
      [170, 'p', 'Yes thank you so much'],
      [176, 'l', 'Is there anything else I can help you with today?'],
      [190, 'p', 'no that is all'],
      [196, 'l', 'Take care, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a neighbour\'s overgrown yard in Bowie: CountyClick 311 with its number, then "talk to your HOA" with no contact',
    lines: [
      [0, 'p', 'my neighbors yard is like 3 feet tall with weeds and theres rats coming out. can the county do something'],
      [25, 'l', "Hi, I'm Dev, a librarian at Prince George's County Memorial Library System. Ugh, sorry. Do you live in a city like Bowie or Laurel, or in the unincorporated county?"],
      [70, 'p', 'bowie but in an HOA neighborhood'],
      [100, 'l', "Tall grass and rats are code violations. Report them to Prince George's CountyClick 311 at 301-883-4748 or online at pgc311.com. Since you're in an HOA, you can also talk to your HOA, which often acts faster on yards. Does that help?"],
      [160, 'p', 'ok yeah thanks'],
      [165, 'l', 'Anything else I can help with?'],
      [180, 'p', 'nah'],
      [185, 'l', 'Good luck, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'an angry patron, an abandoned car for a month: "call your council member" with no contact, the patron gone',
    lines: [
      [0, 'p', 'theres been a junk car with no tags on my street for a MONTH and nobody does anything. this city is a joke'],
      [20, 'l', "Hi, this is Chris at AskUsNow!. I understand the frustration. Is it on a public street in Baltimore City, and have you already reported it?"],
      [50, 'p', 'yes public st and yes i called 311 twice'],
      [80, 'l', "Since 311 hasn't acted, the next step is to call your city council member; their office can push it with the Department of Transportation. The abandoned-vehicle rules are at transportation.baltimorecity.gov/abandoned-vehicles. Did that help?"],
      [110, 'p', 'whatever'],
      [118, 'l', 'Thanks for chatting, and I hope it gets towed soon.'],
    ],
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    name: 'a dangerous stray dog in Silver Spring: Animal Services with its number, 911 if it attacks',
    lines: [
      [0, 'p', 'There is a big dog running loose that bit my neighbors dog. Who do I call??'],
      [20, 'l', "Hello, I'm Omar, a librarian at Montgomery County Public Libraries' Ask Us. That sounds scary. Is the dog still loose right now, and is anyone hurt?"],
      [50, 'p', 'still loose, no people hurt'],
      [65, 'l', 'Call Montgomery County Animal Services at 240-773-5900 right away; they pick up loose and dangerous dogs. If it attacks a person, call 911. The bite-report steps are at montgomerycountymd.gov/animalservices. Did that answer your question?'],
      [100, 'p', 'yes thank you, calling now. thats all'],
      [104, 'l', 'Stay safe, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, rats in the alley in Baltimore City: "llame al 311" and the Rat Rubout page',
    lines: [
      [0, 'p', 'hola tengo ratas en el callejon detras de mi casa en baltimore, que hago?'],
      [25, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿Las ratas están en su casa o solo en el callejón?'],
      [60, 'p', 'solo en el callejon y en la basura'],
      [85, 'l', 'La ciudad tiene un programa gratis contra las ratas (Rat Rubout). Llame al 311 para pedir el servicio, o vaya a publicworks.baltimorecity.gov/rat-rubout para los consejos. Use botes con tapa para la basura. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Gracias por escribirnos! Que tenga buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'illegal dumping behind a shopping centre, the patron gone after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'someone keeps dumping tires behind the strip mall on my street in glen burnie'],
      [18, 'l', "Hello, this is Nia, a librarian with Anne Arundel County Public Library. Is it on the mall's property or on a public road?"],
      [55, 'p', 'behind the mall by the woods'],
      [80, 'l', 'Anne Arundel County takes illegal dumping reports through its online form at aacounty.org/dumping (Report Illegal Dumping); add photos and the location. Does that help?'],
      [220, 'l', 'Are you still with me?'],
      [330, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a fallen tree on a county road: the provider will e-mail the tree crew\'s contact by tomorrow, recorded the next morning',
    lines: [
      [0, 'p', 'Hi, a big oak fell across our road in last nights storm. Who clears it? We are in Ellicott City.'],
      [25, 'l', "Hi! I'm Grace, a librarian with Howard County Library System's Ask Us. Is it blocking the whole road, and are any wires down?"],
      [70, 'p', 'Whole road, no wires'],
      [95, 'l', "For a blocked county road, Howard County's Bureau of Highways takes reports at howardcountymd.gov/highways (Report a Problem). Does that help?"],
      [150, 'p', 'The form is down. Is there a phone number?'],
      [165, 'l', 'Let me look for the after-hours line.'],
      [260, 'l', "I can't confirm the after-hours number right now. I'll e-mail it to you by tomorrow at 9 am. What's the best e-mail for you?"],
      [300, 'p', 'oak.road@example.net'],
      [310, 'l', "Thanks, I'll send it to oak.road@example.net by 9 tomorrow. Anything else for today?"],
      [340, 'p', "no that's all, thanks!"],
      [346, 'l', "You're welcome. Bye for now!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'oak.road@example.net', phone: null }, followUps: [{ doneAt: at(18 * HOUR), by: 'jo', note: 'sent Bureau of Highways after-hours line' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a barking dog every night, then "I\'m handling several chats, so I need to end this one now"',
    lines: [
      [0, 'p', 'my neighbors dog barks all night, is there a noise law in baltimore county'],
      [20, 'l', 'Hi, this is Kay at AskUsNow!. Is it a dog barking, or other noise too?'],
      [45, 'p', 'just the dog'],
      [65, 'l', "Baltimore County's animal noise rules are in the County Code, Article 12, online at library.municode.com/md/baltimore_county. Does that help?"],
      [100, 'p', 'yes but how do i file a complaint and what happens after, do they fine them?'],
      [115, 'l', "I'm handling several chats, so I need to end this one now. Bye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    name: 'a flooded basement after the storm drain backed up, transferred to the county\'s library: WSSC\'s emergency line',
    lines: [
      [0, 'p', 'our basement flooded when the storm drain in the street backed up. who is responsible for the drain?'],
      [20, 'l', 'Hello, Jo at Ask Us here. Which county are you in?'],
      [50, 'p', "Prince George's, in Cheverly"],
      [56, 'l', "A librarian at Prince George's County Memorial Library knows these county services well, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt basement flooded from backed-up storm drain, Cheverly PG, needs who to call'],
      xferToRosa(62),
      [100, 'l', "Hi, Rosa from Prince George's County Memorial Library here.", ROSA],
      [130, 'l', "Storm drains in the street belong to the county's Department of the Environment: call CountyClick 311 at 301-883-4748 to report the backup. If it's a sewer line, call WSSC Water's emergency line at 301-206-4002. Did that help?", ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting, and I hope it dries out soon!', ROSA],
    ],
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
  {
    name: 'snow not plowed on a cul-de-sac, then "other patrons waiting, chat with us again later"',
    lines: [
      [0, 'p', 'Hi, our cul-de-sac has not been plowed in 3 days. When will they come?'],
      [25, 'l', "Hello! I'm Laura, a librarian at Howard County Library System. Is it a county street or a private HOA road?"],
      [60, 'p', 'county street'],
      [85, 'l', "The county's live snowplow map shows which streets are done: howardcountymd.gov/snow (Plow Tracker). Residential streets come after the main roads. Does that get you what you needed?"],
      [130, 'p', 'ok but can you also find out who to call about the mailbox the plow broke, and whether they salt sidewalks'],
      [145, 'l', "Good questions. I have a few other patrons waiting right now, so I need to wrap up, but please chat with us again later and we'll help with those. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a recycling bin question, the patron gone after the greeting: no substantive exchange, Lost Call',
    lines: [
      [0, 'p', 'how do i get a new recycling bin mine got stolen'],
      [20, 'l', "Hi, welcome to AskUsNow! I'm Jo, a librarian."],
      [160, 'l', 'Are you still there?'],
      [320, 'l', "It seems you've disconnected, so I'll end this session now. Feel free to chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a storm drain clogged with leaves: "I\'ll look into who clears it and get back to you", no time, code Answered',
    lines: [
      [0, 'p', 'the storm drain at the end of my street is full of leaves and the road floods when it rains'],
      [20, 'l', "Hello, I'm Tom, a librarian at Ask Us. Which town and street are you on?"],
      [55, 'p', 'Rockville, on Baltimore Rd'],
      [75, 'l', "Rockville's city streets are handled by the City of Rockville, and some drains by the county; the city's page is at rockvillemd.gov/publicworks. Does that help?"],
      [120, 'p', 'not really i need to know who actually clears it'],
      [130, 'l', "I'll look into who clears that drain and get back to you. Can I have your e-mail?"],
      [160, 'p', 'drains@example.org'],
      [170, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'drains@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a scripted provider, a missed recycling pickup in Wheaton: Montgomery County 311 by phone, three minutes of silence',
    lines: [
      [0, 'p', 'recycling wasnt picked up on my street in wheaton, the trash was'],
      [22, 'l', 'Thank you for contacting AskUsNow!, Maryland\'s online reference service. My name is Beth. So the trash was collected but the recycling was not?'],
      [60, 'p', 'yes'],
      [240, 'l', 'Sorry for the wait. Missed recycling in Montgomery County is reported to MC311: dial 311 (240-777-0311 from outside the county) or use montgomerycountymd.gov/311. Does this completely answer your question?'],
      [290, 'p', 'yes, no more questions'],
      [296, 'l', 'Thank you for using AskUsNow!. Goodbye.'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  // ---- (third batch, written and labelled after the fixes, before running it) ------------------------------------------
  {
    name: 'Spanish, an abandoned car in Langley Park: CountyClick 311 by phone, then "hable con su concejal" with no contact',
    lines: [
      [0, 'p', 'buenas, hay un carro abandonado frente a mi casa hace semanas, sin placas'],
      [25, 'l', '¡Buenas tardes! Soy Marta, bibliotecaria de AskUsNow!. ¿En qué ciudad o condado vive?'],
      [60, 'p', "Langley Park, Prince George's"],
      [85, 'l', 'Los carros abandonados en el condado se reportan a CountyClick 311: llame al 301-883-4748 o use pgc311.com. Si no lo quitan en un mes, hable con su concejal del condado. ¿Le sirve esta información?'],
      [140, 'p', 'si, es todo, gracias'],
      [146, 'l', '¡De nada! Gracias por escribirnos.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'leaf collection dates: the patron\'s library will e-mail them by Friday, the e-mail repeated, code Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'When does the county do leaf vacuuming on my street this fall? Towson 21204'],
      [25, 'l', "Hi, I'm Dana, a librarian with AskUsNow!. Is that an address in the county, not the city?"],
      [60, 'p', 'county'],
      [90, 'l', "The fall schedule isn't posted yet. Someone from your branch, Towson Library, will e-mail you the dates by Friday. Is mary.t@example.com still the right address?"],
      [130, 'p', 'yes thats right'],
      [136, 'l', 'Great. Anything else I can help with today?'],
      [150, 'p', 'no thank you'],
      [156, 'l', 'Thanks for chatting, have a good afternoon!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library", patron: { name: null, email: 'mary.t@example.com', phone: null } },
    // my first label was completeness na: info.source fails (it is not na), so completeness applies and fails
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a neighbour\'s tree on the fence, "talk to your insurance agent", the patron gone: check-in and notice',
    lines: [
      [0, 'p', 'my neighbors tree fell on my fence in the storm, who pays for it'],
      [20, 'l', 'Hello, this is Nia, a librarian with Anne Arundel County Public Library. Was the tree healthy before the storm, as far as you know?'],
      [60, 'p', 'it looked dead for a year'],
      [75, 'l', 'Let me check the county rules.'],
      [170, 'l', "Between neighbours this is usually a civil and insurance matter, not the county's. The Maryland Insurance Administration's guide to storm damage is at insurance.maryland.gov/Consumer (Homeowners > Storm Damage). Talk to your insurance agent about a claim. Does that help?"],
      [300, 'l', 'Are you still there?'],
      [420, 'l', "It seems we've been disconnected, so I'll close this chat. Please come back anytime!"],
    ],
    exp: usual({ referral: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'a pothole in Essex, transferred with no note to the receiving librarian: Baltimore County 311 with its number',
    lines: [
      [0, 'p', 'pothole on eastern blvd in essex, ate my tire'],
      [20, 'l', 'Hi, Jo at Ask Us here. Is it on Eastern Blvd itself or a side street?'],
      [50, 'p', 'eastern blvd itself'],
      [56, 'l', "A Baltimore County librarian can help best, so I'm transferring you now. One moment."],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa from Baltimore County Public Library here.', ROSA],
      [130, 'l', 'Eastern Blvd there is a state road (MD 150), so report it to the State Highway Administration at 410-582-5650; for a tire claim, see roads.maryland.gov (Contact Us > Claims). Did that help?', ROSA],
      [170, 'p', 'yes thanks thats all'],
      [176, 'l', 'Good luck with the tire, take care!', ROSA],
    ],
    exp: usual({ transfer: 'fail', referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral.contact -----------------------------------------------------------------------------------------------
  { name: '"call your council member" with no contact: referral fails', lines: then(HOLE, 'If the city is slow to fix it, call your council member about the pothole. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call your council member, Ms. Pindell Charles, at 410-263-7000" : referral passes', lines: then(HOLE, 'If the city is slow, call your council member, Ms. Pindell Charles, at 410-263-7000. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Call 311 to report the missed pickup" : referral passes', lines: then(TRASH, 'Call 311 to report the missed pickup; they will send the truck back. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: a report filed on the 311 app goes to the county's 311 service (writing to it); "311" is its number
  { name: '"report it on the 311 app or call 311" : referral passes', lines: then(TRASH, 'Report it on the BaltCo 311 app or call 311. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Contact your HOA about the fence" with no contact: referral fails', lines: then(DOG, 'The fence the dog gets through is an HOA matter, so contact your HOA about it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call your HOA\'s management company at 301-555-0122" : referral passes', lines: then(DOG, "For the broken fence, call your HOA's management company at 301-555-0122. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Animal Services can pick up the stray" with no contact: referral fails', lines: then(DOG, 'Animal Services can pick up the stray if you report it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Code Enforcement can inspect the property" with no contact: referral fails', lines: then(TRASH, "The county's Code Enforcement office can inspect the property if the trash piles up. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"The Department of Public Works collects bulk items on the first Tuesday" : information, no referral', lines: then(TRASH, 'The Department of Public Works collects bulk items on the first Tuesday of each month in Towson. Does that help?'), exp: some({ referral: 'na', source: 'fail' }) },
  { name: 'the SHA\'s pothole form at roads.maryland.gov : a source, no referral', lines: then(HOLE, "Forest Dr is a county road, but if it were a state route you'd use the SHA's pothole form at roads.maryland.gov/potholes. For Forest Dr use aacounty.org/roads. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"submit a request at pgc311.com" : a source, no referral', lines: thenEs('Puede hacer la solicitud en línea en pgc311.com (Trash & Recycling). ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Spanish, "comuníquese con Control de Animales" with no contact: referral fails', lines: thenEs('Si el perro vuelve, comuníquese con Control de Animales del condado. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to Anne Arundel County\'s Bureau of Highways at 410-222-6120" : referral passes', lines: then(HOLE, "Report it to Anne Arundel County's Bureau of Highways at 410-222-6120. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'the provider reports it to 311 themselves: no referral', lines: then(HOLE, "I've sent it to Annapolis 311 for you through their online form, and the city's pothole page is at annapolis.gov/potholes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- info.source ----------------------------------------------------------------------------------------------------
  { name: '"Check the county\'s website" with no address: no source', lines: then(TRASH, "Check the county's website for the holiday collection schedule. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'the recycling guide with its address: source passes', lines: then(TRASH, "Baltimore County's recycling guide is at baltimorecountymd.gov/recycling. Does that help?"), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'the answer from memory: no source', lines: then(TRASH, 'In Towson trash goes out on Mondays and recycling on Thursdays, by 6 am. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- inquiry.clarify ------------------------------------------------------------------------------------------------
  { name: '"Is it a county road or a state road?" : clarify passes', lines: [[0, 'p', 'pothole on my road who fixes it'], [15, 'l', 'Hi, Jo at Ask Us. Is it a county road or a state road?'], [40, 'p', 'county i think'], [50, 'l', 'Report it at aacounty.org/roads. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'a question in the same message as the first source: clarify fails', lines: [[0, 'p', 'pothole on my road who fixes it'], [15, 'l', 'Hi, Jo at Ask Us. Potholes on county roads go to aacounty.org/roads. Which road is it?'], [40, 'p', 'forest dr'], [50, 'l', 'Then that form is right. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'Spanish, "¿En qué calle está el bache?" : clarify passes', lines: [[0, 'p', 'hay un bache enorme en mi calle'], [15, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué calle está el bache?'], [40, 'p', 'en la University Blvd'], [50, 'l', 'University Blvd es carretera estatal: use roads.maryland.gov. ¿Le sirve?'], [80, 'p', 'si gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  // ---- followup.completeness ------------------------------------------------------------------------------------------
  { name: '"Does that give you who to call?" : completeness passes', lines: then(DOG, 'Montgomery County Animal Services is at 240-773-5900. Does that give you who to call?'), exp: some({ complete: 'pass' }) },
  { name: '"Want the bulk pickup schedule too?" : completeness fails', lines: [...TRASH, [70, 'l', 'Report it at baltimorecountymd.gov/311. Want the bulk pickup schedule too?'], [100, 'p', 'no thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'Spanish, "¿Esto resuelve su pregunta?" : completeness passes', lines: thenEs('Llame a CountyClick 311 al 301-883-4748 para reportarlo. ¿Esto resuelve su pregunta?'), exp: some({ complete: 'pass', referral: 'pass' }) },
  // ---- closing.anything_else ------------------------------------------------------------------------------------------
  { name: '"k thx" : anything else fails', lines: [...TRASH, [70, 'l', 'Report it at baltimorecountymd.gov/311. Does that help?'], [100, 'p', 'k thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"thats all i needed, gonna go call them" : anything else passes', lines: [...DOG, [70, 'l', 'Animal Services: 240-773-5900. Does that help?'], [100, 'p', 'thats all i needed, gonna go call them'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Is there anything else I can help you with?" : anything else passes', lines: [...HOLE, [70, 'l', 'Report it at aacounty.org/roads. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Is there anything else I can help you with?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- closing.no_dismissal -------------------------------------------------------------------------------------------
  { name: '"You\'ve reached your limit of questions for today" : dismissal fails', lines: [...TRASH, [70, 'l', 'Report it at baltimorecountymd.gov/311. Does that help?'], [100, 'p', 'yes and what about yard waste and the bulk pickup and my broken bin'], [110, 'l', "You've reached your limit of questions for today. Goodbye."]], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"I\'ve spent enough time on this one, I\'m ending the chat" : dismissal fails', lines: [...HOLE, [70, 'l', 'Report it at aacounty.org/roads. Does that help?'], [100, 'p', 'no they never fix anything, can you find the supervisor name'], [110, 'l', "I've spent enough time on this one, I'm ending the chat."]], exp: some({ dismissal: 'fail', courteous: 'fail' }) },
  { name: '"We close in five minutes … please chat with us again tomorrow" : dismissal passes', lines: [...TRASH, [70, 'l', 'Report it at baltimorecountymd.gov/311. Does that help?'], [100, 'p', 'yes but what about the bulk pickup'], [110, 'l', "We close in five minutes, so I can't get to that now, but please chat with us again tomorrow from 9 and we'll look it up. Thanks!"]], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- closing.courteous ----------------------------------------------------------------------------------------------
  { name: '"Cheers, hope they sort it soon, ta-ra!" : courteous passes', lines: [...HOLE, [70, 'l', 'Report it at aacounty.org/roads. Does that help?'], [100, 'p', 'yes thats all'], [106, 'l', 'Cheers, hope they sort it soon, ta-ra!']], exp: some({ courteous: 'pass' }) },
  { name: 'the last two provider messages without thanks or goodbye: courteous fails', lines: [...DOG, [70, 'l', 'Animal Services: 240-773-5900. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Anything else?'], [120, 'p', 'no'], [125, 'l', 'ok']], exp: some({ courteous: 'fail' }) },
  // ---- follow-up ------------------------------------------------------------------------------------------------------
  { name: '"Public Works will call you to schedule the bulk pickup" : no follow-up', lines: then(TRASH, 'Once you book it at baltimorecountymd.gov/bulk, Public Works will call you to schedule the pickup. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the county will send you a confirmation e-mail" : no follow-up', lines: then(TRASH, 'Book it at baltimorecountymd.gov/bulk; the county will send you a confirmation e-mail. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"An inspector will contact you within 48 hours" : no follow-up', lines: then(TRASH, 'File the complaint at baltimorecountymd.gov/codeenforcement; an inspector will contact you within 48 hours. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Code enforcement will get back to you within 10 business days" : no follow-up', lines: then(HOLE, 'File it at aacounty.org/code-enforcement; code enforcement will get back to you within 10 business days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the tree crew\'s number by Thursday" with the e-mail repeated: contact passes', lines: [...HOLE, [70, 'l', "I'll e-mail you the county tree crew's number by Thursday. What's your e-mail?"], [100, 'p', 'trees@example.com'], [110, 'l', 'Thanks, trees@example.com, by Thursday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'trees@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: 'Spanish, "le envío un correo mañana" with the e-mail repeated: contact passes', lines: [...ES, [70, 'l', 'Voy a confirmar el día de recogida y le envío un correo mañana. ¿Cuál es su correo?'], [100, 'p', 'ana@example.com'], [110, 'l', 'Gracias, ana@example.com, mañana entonces. ¡Adiós!']], over: { ...FU_ME, patron: { name: null, email: 'ana@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"someone from your library will contact you", code Answered, no e-mail: contact and code fail', lines: then(DOG, 'Someone from your library will contact you about the local leash laws. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"Call Baltimore County Animal Services at 410-887-7297" : referral passes', lines: then(DOG, 'Call Baltimore County Animal Services at 410-887-7297 if it comes back. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Email code enforcement at codes@aacounty.example.org" : referral passes', lines: then(TRASH, 'Email code enforcement at codes@aacounty.example.org with photos of the trash. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"contact the State Highway Administration" with no contact: referral fails', lines: then(HOLE, 'If it turns out to be a state road, contact the State Highway Administration instead. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to the city\'s Department of Public Works" with no contact: referral fails', lines: then(HOLE, "Report it to the city's Department of Public Works. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Reach out to your HOA board" with no contact: referral fails', lines: then(DOG, 'Reach out to your HOA board about the fence. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'chat-speak, "ya just call 311 lol" : referral passes', lines: then(TRASH, 'ya just call 311 lol, they fix it fast. that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'British, "Ring the council on 311" : referral passes', lines: then(HOLE, 'Ring the council on 311 and give them the nearest house number. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "Llame a Control de Animales al 240-773-5900" : referral passes', lines: thenEs('Llame a Control de Animales al 240-773-5900 si el perro vuelve. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Does that sort it for you?" : completeness passes', lines: then(HOLE, 'Report it at aacounty.org/roads. Does that sort it for you?'), exp: some({ complete: 'pass' }) },
  { name: '"nope im good thats it" : anything else passes', lines: [...TRASH, [70, 'l', 'Report it at baltimorecountymd.gov/311. Does that help?'], [100, 'p', 'nope im good thats it'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"What street are you on?" : clarify passes', lines: [[0, 'p', 'the streetlight is out by my house'], [15, 'l', 'Hi, Jo at Ask Us. What street are you on?'], [40, 'p', 'elm st in laurel'], [50, 'l', 'Report it to BGE at bge.com/streetlight. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', idle: 'na' }) },
  { name: '"Animal Control will call you back once they\'ve been out" : no follow-up', lines: then(DOG, "File the report at montgomerycountymd.gov/animalservices; Animal Control will call you back once they've been out. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  // ---- (fixes) homeowners' associations, agencies that pick up or inspect, "which street are you on?", agencies' calls
  { name: '(fix) "contact your homeowners association" with no contact: referral fails', lines: then(DOG, 'For the fence, contact your homeowners association. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "Animal Control can pick it up" with no contact: referral fails', lines: then(DOG, 'If the dog is hurt or dead, Animal Control can pick it up. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "Public Works can send a crew out" with no contact: referral fails', lines: then(HOLE, 'Public Works can send a crew out within a week if you report it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "Which floor are you on?" : clarify passes', lines: [[0, 'p', 'theres mold in my apartment building hallway'], [15, 'l', 'Hi, Jo at Ask Us. Which floor are you on?'], [40, 'p', '3rd, i rent'], [50, 'l', 'Renters can file a complaint at montgomerycountymd.gov/dhca. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- (third batch, written and labelled after the fixes, before running it) ------------------------------------------
  { name: '"Reach your council member through montgomerycountymd.gov/council/members" : referral passes', lines: then(DOG, 'Reach your council member through montgomerycountymd.gov/council/members if Animal Services is slow. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Give Animal Control a call" with no number: referral fails', lines: then(DOG, 'Give Animal Control a call if it comes back. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to code enforcement" with no contact: referral fails', lines: then(TRASH, 'Report it to code enforcement if the trash sits out. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to code enforcement at 410-887-3351" : referral passes', lines: then(TRASH, 'Report it to code enforcement at 410-887-3351 if the trash sits out. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"that work for ya?" : completeness passes', lines: then(TRASH, 'Report it at baltimorecountymd.gov/311. that work for ya?'), exp: some({ complete: 'pass' }) },
  { name: '"Good luck with the raccoons! Chat again anytime." : courteous passes', lines: [...DOG, [70, 'l', 'Animal Services: 240-773-5900. Does that help?'], [100, 'p', 'yes thats all'], [106, 'l', 'Good luck with the raccoons! Chat again anytime.']], exp: some({ courteous: 'pass' }) },
  { name: '"MC311 will text you when the request is closed" : no follow-up', lines: then(DOG, 'File it at montgomerycountymd.gov/311; MC311 will text you when the request is closed. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the crew will call you before they come" : no follow-up', lines: then(TRASH, 'Book the bulk pickup at baltimorecountymd.gov/bulk; the crew will call you before they come. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"An animal control officer will contact you" : no follow-up', lines: then(DOG, 'File the report at montgomerycountymd.gov/animalservices; an animal control officer will contact you within a day. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "el inspector le llamará" : no follow-up', lines: thenEs('Haga la queja en pgc311.com; el inspector le llamará en unos días. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // an HOA's rules, fees or pages, or an HOA only mentioned: no party told to be contacted
  { name: 'near miss: "The HOA covenants say lawns must be mowed" : no referral', lines: then(DOG, 'The HOA covenants say lawns must be mowed, and the county rules are at montgomerycountymd.gov/dhca. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "visit your HOA\'s website for the rules" : no referral', lines: then(DOG, "Visit your HOA's website for the rules, and the county's are at montgomerycountymd.gov/dhca. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Public Works can pick up the pace in spring" : no referral', lines: then(HOLE, 'Public Works can pick up the pace in spring; the repair list is at aacounty.org/roads. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Ask your neighbour about the HOA covenants" : no referral', lines: then(DOG, 'Ask your neighbour about the HOA covenants; they are at hoa.example.org/covenants. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Ask your neighbour about the Public Works schedule" : no referral', lines: then(TRASH, 'Ask your neighbour about the Public Works schedule; it is at baltimorecountymd.gov/collection. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "since you\'re in an HOA, report it to 311 at 240-777-0311" : referral passes (311 only)', lines: then(DOG, "Even though you're in an HOA, report the yard to MC311 at 240-777-0311. Does that help?"), exp: some({ referral: 'pass' }) },
  // "pick up" / "inspect" with no party as the subject, or the library's own pick-up
  { name: 'near miss: "You can pick up free trash bags at the depot" : no referral', lines: then(TRASH, 'You can pick up the yard waste bags for free; details at baltimorecountymd.gov/yardwaste. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Your neighbours can pick up the trash with you on cleanup day" : no referral', lines: then(TRASH, 'Your neighbours can pick up the trash with you on cleanup day; see baltimorecountymd.gov/cleanups. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I can inspect the map with you" : no referral', lines: then(HOLE, 'I can inspect the map with you: the road list is at aacounty.org/roads. Does that help?'), exp: some({ referral: 'na' }) },
  // an idle check-in's "are you on?" still read
  { name: 'near miss: "Are you on?" in the final idle : a check-in', lines: [...HOLE, [70, 'l', 'Report it at aacounty.org/roads. Does that help?'], [200, 'l', 'Hello? Are you on?'], [320, 'l', "It looks like you've disconnected, so I'll end the chat now. Chat with us again anytime!"]], exp: some({ idle: 'pass', disconnect: 'pass' }) },
  // the provider's own promise beside the agency's call: still a follow-up
  { name: 'near miss: "An inspector will call you, and I\'ll e-mail you the form by Friday" : a follow-up', lines: then(TRASH, "An inspector will call you, and I'll e-mail you the complaint form by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "I\'ll call you tomorrow once Public Works answers" : a follow-up', lines: then(TRASH, "I'll call you tomorrow once Public Works answers me. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // public works and the counties' 311 services by name: not their pages or schedules
  { name: 'near miss: "Visit the DPW website at …" : a source, no referral', lines: then(HOLE, 'Visit the DPW website at annapolis.gov/dpw for the repair list. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "check the Public Works schedule" : no referral', lines: then(TRASH, 'Check the Public Works schedule at baltimorecountymd.gov/collection. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // chat-speak lead-ins before something that is no referral
  { name: 'near miss: "Yeah, ask me anything else you need" : no referral', lines: then(TRASH, 'The schedule is at baltimorecountymd.gov/collection. Yeah, ask me anything else you need. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "ok call me back here if it doesn\'t work" : no referral', lines: then(TRASH, "The schedule is at baltimorecountymd.gov/collection. ok call me back here if it doesn't work. Does that help?"), exp: some({ referral: 'na' }) },
  // 311 as a page or a street number
  { name: 'near miss: "Ring the council later; the rule is on page 311" : no phone, no source', lines: then(DOG, 'Ring the council later; the rule is on page 311. Good luck!'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'near miss: "yeah, call numbers for the county code are on the spine" : no referral', lines: then(DOG, 'The county code is in our catalogue. Yeah, call numbers for the county code are on the spine. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "yep, ask me if the form is confusing" : no referral', lines: then(TRASH, 'The form is at baltimorecountymd.gov/311. Yep, ask me if the form is confusing. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "call the council at 311 Main Street" : no phone (a street number)', lines: then(DOG, 'Call the town council at 311 Main St office hours. Good luck!'), exp: some({ source: 'fail' }) },
  // a crew or an inspector beside the provider's own promise, or the library's own: still a follow-up
  { name: 'near miss: "The crew will call you, and I\'ll e-mail you the schedule by Friday" : a follow-up', lines: then(TRASH, "The crew will call you, and I'll e-mail you the bulk schedule by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: Spanish, "el inspector pasará, y yo le escribo mañana" : a follow-up', lines: thenEs('El inspector le llamará pronto, y yo le escribiré mañana con el formulario. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // the provider's library's own staff ("our crew", "our maintenance staff") who will call the patron is a promise of the
  // library's (as "someone from your library will contact you"), but v36's followupPromise reads no own-staff subject
  // before "will call you" (it is not G11's notPromise: the scorer reads no promise with it taken out); reading every
  // "our <staff> will call you" as a promise would touch every earlier round's staff words
  { name: '"our crew will call you" (the library\'s maintenance crew) : a follow-up', lines: then(TRASH, 'The book drop is broken; our crew will call you tomorrow when it is fixed. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
];

describe('thirty-sixth round (G11): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-sixth round (G11): neighbourhood problems, every check', whole);
describeSessions('thirty-sixth round (G11): neighbourhood problems, short cases', short);
describeSessions('thirty-sixth round (G11): neighbourhood problems, near misses of the changes', guards);

describeLeft('thirty-sixth-round-neighbourhood', LEFT);
