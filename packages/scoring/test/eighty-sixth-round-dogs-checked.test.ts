/**
 * Eighty-sixth round, theme DOG TRAINING, DOG SHOWS AND DOG LICENSING, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: licensing (a BARCS rescue in Towson, a license in Hyattsville in
 * Spanish, a renewal in Howard County, a lost tag in Montgomery County, a senior rate in Anne Arundel, how many dogs a Baltimore
 * City renter may keep, a Delaware dog moving to Salisbury, a license in Hagerstown, a mother's dog in Rock Hall partly in
 * Spanish, a foster dog in Baltimore County), training (crate training books for a lab puppy, the Canine Good Citizen test near
 * Frederick, obedience classes in Columbia, rally obedience, a ten-week-old puppy that bites, a deaf twelve-year-old dog,
 * herding for a border collie near Cumberland, becoming a certified trainer, a therapy dog for a reading-to-dogs program,
 * service dogs in training, Spanish-language classes in Silver Spring, a read-to-a-dog program in Elkton) and shows (how a
 * dog gets into Westminster, junior showmanship with a beagle, AKC registration papers from a Chestertown breeder, spectator
 * shows at the Carroll County Agriculture Center, sports for a mixed breed, Baltimore's bench shows of the 1870s-80s, a
 * grandfather's boxer at Westminster in the 1950s, the Chesapeake Bay Retriever as the state dog). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s76/dogs-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 16-30 s in most; exactly 60 s after the patron's "hello??" at 45 (03: pass); 61 s (04: fail); `pickedUpAt` at
 *   45 s with the first visible line at 70 s (23: pass on the recorded pickup); no provider ever, only the queue's system
 *   line and the patron leaving (26: fail);
 *  greeting: name and library in one line (01, 03, 07, 09, 10 …), "Hey there! Tyrone at …" (12), "Welcome to St. Mary's
 *   County Library's chat — I'm Maya" (22), "Hello, you've reached Calvert Library — June here!" (11), "Hi, thanks for
 *   contacting Carroll County Public Library! I'm Grace." (08), the service and "a librarian" (17, 24, 30), Spanish "¡Hola,
 *   buenas tardes! Soy Lucía, bibliotecaria …" (02); "Hi there! 🐶" then "I'm Priya with Howard County Library System. …"
 *   (06: the two parts in two lines, pass); "This is Dana, a librarian at the Enoch Pratt Free Library." with no greeting
 *   word in either line (05: fail); na with no provider (26) and Practice (27);
 *  keep_informed: two holds of exactly 120 s each, the second "Still searching — … narrowing them …" (07: pass); a patron
 *   question left 122 s with an internal note at 140 and the patron's "?" at 170 (08: fail); "No problem — take your time."
 *   and the patron back 206 s later (09: waiting on the patron, pass); a hold answered 74 s later by the receiver of a
 *   transfer (23); a transfer announcement answered 44 s later (30); the patron's last line left unanswered (15: a span open
 *   at the end); na (24, 26, 27);
 *  clarify: the restatement "So you'd like a how-to book on crate training …" (03); questions on residence, neuter status,
 *   rent or own, age, the problem, the year, the grade, the decade, the kind of show, the kind of training, AKC
 *   registration, deafness, days that suit, group or private (Spanish, 30, by the receiving provider); the answer straight
 *   after the greeting (10: fail); the question at the end of the first message that gives a source (11: fail); no source
 *   ever and a question before the advice (12: pass); a question only, then the patron gone (25: pass);
 *  source: baltimorecountymd.gov, princegeorgescountymd.gov, aacpl.net + Libby + two books, akc.org pages, the Volhards'
 *   CGC book at fcpl.org, westminsterkennelclub.org, howardcountymd.gov/rap, ProQuest Historical Newspapers on
 *   prattlibrary.org + chroniclingamerica.loc.gov, petpartners.org, therapydogs.com, library.carr.org, howardcountymd.gov,
 *   montgomerycountymd.gov/animalservices, msa.maryland.gov + amchessieclub.org, ccpdt.org + Boutelle's book, the Baltimore
 *   City Health Code on legislativereference.baltimorecity.gov, ada.gov + peoples-law.org, infodog.com, aacounty.org,
 *   ahba-herding.org, a book alone ('Living with a Deaf Dog', 22), wicomicocounty.org, cecilcountylibrary.org, mchumane.org +
 *   apdt.com (Spanish); none: advice from memory, "the Puppr app" and "ask your vet" (12: fail); only a clarifying question
 *   (25: fail);
 *  completeness: "Does that answer your question?", "Is that what you were looking for?", "Did that help?", "Does that
 *   explain it?", "Does that give you what you need?", "Is that the kind of information you needed?", "¿Responde esto a su
 *   pregunta?", "¿Le sirve esta información?", "Does this completely answer your question?", in the answer's own line or
 *   the next; after advice with no source (12: pass); "Does the Westminster history page help in the meantime?" after the
 *   promise (28: pass); near misses: the offer "Would you like me to find a kids' book about the breed …?" (13: fail) and "Let
 *   me know if that helps!" (18: fail); none when no source was given (25: fail);
 *  anything else: asked by the provider (02 in Spanish, 03, 04, 05, 06, 08, 10); the patron's "thats all i needed thx!!",
 *   "that's everything", "thats all i need", "thats all i wanted to know", "that's all i needed", "no more questions for
 *   today", "eso es todo"; near misses "Feel free to reach out if you have other questions." then "ok cool" (14: fail), "ok
 *   thx bye" (13: fail), "wow ok" after a new question (15: fail), patrons gone silent after the answer (18-22: fail);
 *  dismissal: "Sorry, our time is up for this chat. Goodbye." (15: fail); "I have several other patrons waiting right now,
 *   so I'd suggest logging back on a little later …" (16: allowed, pass); "I'm at the end of my shift and have to log off in
 *   a minute, but I'll look that up and e-mail you the answer by tomorrow noon." (17: a way back, pass);
 *  courteous: goodbyes in English and Spanish; "Goodbye." after the dismissal (15: pass); the last two provider lines a
 *   check-in and "It looks like you've disconnected." (20: fail);
 *  final idle: a goodbye exactly 120 s after the answer with no check-in (22: fail); "Are you still there?" then "I haven't
 *   heard back, so I'm going to close this chat. Thanks …" 179 s after (18: idle passes, notice na); "Are you still with
 *   me?" then "It looks like you've disconnected, so I'll end the chat now. Thanks …" exactly 180 s after (19: both pass); a
 *   check-in and "It looks like you've disconnected." with the end 181 s after (20: idle passes, notice fails); only "It
 *   seems you've disconnected, so I'll close this session now. Thanks …" 192 s after (21: idle fails, notice passes); a
 *   true Lost Call, the idle running from the greeting (24: 290 s, both pass); a clarifying question, a check-in and a notice
 *   (25); the patron's last line the last visible one (15); goodbyes right after the patron's last line (the rest: na);
 *  concurrency: one other ending at `startedAt`, two overlapping, one starting at `endedAt` (01: three at most, pass); three
 *   others open with it from 40 s to 50 s (11: four, fail); a transfer at 33 s where the first provider's two other chats
 *   overlap her part and her later ones start after it, and the receiver has two others in hers (30: pass);
 *  codes: Answered; no code field at all (03: na); "" (10: fail); Lost Call with one patron line (24: pass), with two (25:
 *   fail) and with no provider at all (26: pass); Practice (27: all na); a promise coded Answered (17: fail); Follow-up by me
 *   with no contact anywhere (13: fail);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday afternoon", done at 16:02 +01:00 on Thursday, 31 s before the
 *   72 h (28: pass, only if the offset is honoured); a promise coded Answered, e-mail typed and read back, "by tomorrow noon",
 *   not recorded at day 2 (17: contact passes, on_time pending); FU_ME, "I'll look for one and get back to you", no contact,
 *   no time, not recorded at day 4 (13: contact and on_time fail); FU_LIB, phone typed, "will give you a call with the
 *   dates" with no time, done at 07:30 -08:00 on Thursday, 28 min after the 72 h (29: contact and on_time fail);
 *  referrals: Howard County Animal Control by phone (09: pass); the Pratt's Maryland Department at 400 Cathedral Street (07:
 *   the own library's department, pass); three parties in one line, Rec & Parks through its guide's URL, the Animal Welfare
 *   Society by phone and "ask the trainers at the Pet Supplies Plus in Columbia" with nothing (06: fail); "ask your vet"
 *   (12: fail); not referrals: the Elkton branch asked to call the patron (29), a colleague consulted by internal note (08),
 *   websites of agencies pointed to (01, 02, 10, 20, 23);
 *  transfers: "Okay, one moment while I check on that." then a note why and the transfer, the patron never told (23: fail);
 *   the notice "Un momento, por favor — I'm transferring you to Valeria …" and a note why, both before (30: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "This is Dana, a librarian at the Enoch Pratt Free Library." identifies the provider but greets no one: no hello, hi,
 *   welcome, good afternoon or thanks in either of the first two lines (05: fail);
 * - when the source records `pickedUpAt`, it is the pickup: 45 s, pass, though the first visible line came at 70 s (23);
 * - "Still searching — there are a lot of hits …, so I'm narrowing them …" says the search goes on: a hold (07); "Okay, one
 *   moment while I check on that." is a hold but does not tell the patron about a transfer (23); "Un momento, por favor —
 *   I'm transferring you to Valeria" announces the transfer: a hold and the visible notice (30); "No problem — take your
 *   time." is not a hold (09);
 * - an internal note does not end a wait on the provider and the patron's "?" does not restart it (08: 122 s);
 * - a question at the end of the first message that gives a source is not "before the first message that gives a source"
 *   (11: fail);
 * - "the Puppr app" is an app named without a way to reach it and the rest is advice from memory: no source (12), so any
 *   question counts for clarify (12: pass) and "Did that help?" after the advice asks whether the answer meets the need (12);
 * - "If he ever bites hard or growls and won't settle, ask your vet." tells the patron to ask a person outside the chat: a
 *   referral, with no way to reach the vet given (12: fail);
 * - "Would you like me to find a kids' book about the breed …?" offers something not yet given (13: fail); "Let me know if
 *   that helps!" invites a reply but asks nothing (18: fail); "Does the Westminster history page help in the meantime?"
 *   asks about the page already given (28: pass);
 * - "Feel free to reach out if you have other questions." invites but does not ask whether the patron needs anything else
 *   (14: fail); "ok cool", "ok thx bye", "wow ok" are not explicit; "thats all i wanted to know", "no more questions for
 *   today", "eso es todo" are;
 * - "Sorry, our time is up for this chat. Goodbye." tells the patron their time is up (15: dismissal fails) and says goodbye
 *   (courteous passes); "I'm at the end of my shift … but I'll look that up and e-mail you the answer by tomorrow noon" ends
 *   the chat for the provider's reason but offers a way back (17: pass);
 * - "I haven't heard back, so I'm going to close this chat. Thanks for using Ask a Librarian — come back anytime!" thanks
 *   and invites back without asking whether the patron is there: a goodbye, where the final idle ends (18: 179 s);
 * - "It looks like you've disconnected." says the patron seems disconnected but not that the session will end (20: notice
 *   fails), and thanks no one (courteous fails); "It looks like we've been disconnected, so I'm closing this chat." (24) and
 *   "It seems you've disconnected, so I'll close this session now." (21) do both;
 * - in a Lost Call whose provider sent only a greeting, the greeting is the first provider message after the patron's last
 *   line that is not a hold, so the final idle starts there (24: 290 s);
 * - a Lost Call with no provider and one patron line passes the code check (26): none of its four fail conditions holds;
 * - a code field left out (undefined) means the source has no codes (03: na);
 * - three parties in one line (06): Rec & Parks is pointed to through its activity guide's URL (a source, and a URL in any
 *   case), the Animal Welfare Society comes with a phone, "ask the trainers at the Pet Supplies Plus in Columbia" names a
 *   store to ask with no e-mail, phone, address or URL: not every party comes with a way to reach them (fail);
 * - the own library's Maryland Department to visit at 400 Cathedral Street is a referral with a postal address (07: pass);
 * - "the Elkton children's staff will give you a call with the dates" is a promise that someone from the patron's library
 *   will contact them, with no time (29: contact fails); the branch calling the patron is not a referral;
 * - "I'll look for one and get back to you" is a promise (13), and so is "I'll … e-mail you the answer by tomorrow noon"
 *   (17, coded Answered: the code fails);
 * - follow-ups: an end at 10:02:31-05:00 on 2 March has its deadline at 15:02:31Z on 5 March; "2026-03-05T16:02:00+01:00" is
 *   15:02:00Z (28: pass); an end at 10:02:21-05:00 has it at 15:02:21Z, and "2026-03-05T07:30:00-08:00" is 15:30:00Z (29:
 *   fail);
 * - concurrency in a transferred session: the first provider judged over 0-33 s (three open at most), the receiver over
 *   33-161 s (three) (30: pass); the first provider's later chats are outside her part.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s76/dogs-labels.ts). First run as labelled / disagreeing: 26 / 4 (06, 11, 18, 29); every case scored the same once
 * redacted, and no check ended "could not be evaluated". Label corrections: none (each disagreement reread against RUBRIC.md;
 * every label stood). Final: 26 running, 4 LEFT (LEFT_WHY, message numbers 0-based as in the scorer's evidence):
 * - 06: "ask the trainers at the Pet Supplies Plus in Columbia", a third party with no contact, not counted (referral passed);
 * - 11: a referral found in a line that refers the patron to no one ("… you can talk to your dog the whole way …");
 * - 18: "Let me know if that helps!" read as the completeness question (READINGS TAKEN: it asks nothing);
 * - 29: "call you with the Saturday dates" read as the time of the follow-up; no time is ever said.
 * NOTE (rubric v73, block AM): 06 runs now ("ask the trainers at the Pet Supplies Plus in Columbia about private lessons", a
 *   second party with no way, AM13) and 11 ("you can talk to your dog the whole way" is no referral, AM10): 28 running, 2 LEFT
 *   (18, 29).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const KEISHA: Prov = { id: 'keisha-dg', name: 'Keisha', library: 'BCPL' };
const LUCIA: Prov = { id: 'lucia-dg', name: 'Lucía', library: 'PGCMLS' };
const MARTIN: Prov = { id: 'martin-dg', name: 'Martin', library: 'AACPL' };
const ROSE: Prov = { id: 'rose-dg', name: 'Rose', library: 'FCPL-MD' };
const DANA: Prov = { id: 'dana-dg', name: 'Dana', library: 'EPFL' };
const PRIYA: Prov = { id: 'priya-dg', name: 'Priya', library: 'HCLS' };
const OWEN: Prov = { id: 'owen-dg', name: 'Owen', library: 'EPFL' };
const GRACE: Prov = { id: 'grace-dg', name: 'Grace', library: 'CCPL-CR' };
const ANDRE: Prov = { id: 'andre-dg', name: 'Andre', library: 'HCLS' };
const NOELLE: Prov = { id: 'noelle-dg', name: 'Noelle', library: 'MCPL' };
const JUNE: Prov = { id: 'june-dg', name: 'June', library: 'CALVERT' };
const TYRONE: Prov = { id: 'tyrone-dg', name: 'Tyrone', library: 'WCFL' };
const HOLLY: Prov = { id: 'holly-dg', name: 'Holly', library: 'DCPL-MD' };
const SAM: Prov = { id: 'sam-dg', name: 'Sam', library: 'WPL-MD' };
const VICKI: Prov = { id: 'vicki-dg', name: 'Vicki', library: 'HCPL-MD' };
const CARLOS: Prov = { id: 'carlos-dg', name: 'Carlos', library: 'EPFL' };
const NINA: Prov = { id: 'nina-dg', name: 'Nina', library: 'AUN' };
const OMAR: Prov = { id: 'omar-dg', name: 'Omar', library: 'QACL' };
const FELIX: Prov = { id: 'felix-dg', name: 'Felix', library: 'CCPL-CR' };
const ELENA: Prov = { id: 'elena-dg', name: 'Elena', library: 'AACPL' };
const JASMINE: Prov = { id: 'jasmine-dg', name: 'Jasmine', library: 'ACLS-MD' };
const MAYA: Prov = { id: 'maya-dg', name: 'Maya', library: 'SMCL' };
const GWEN: Prov = { id: 'gwen-dg', name: 'Gwen', library: 'AUN' };
const DEV: Prov = { id: 'dev-dg', name: 'Dev', library: 'AUN' };
const PAULA: Prov = { id: 'paula-dg', name: 'Paula', library: 'KCPL-MD' };
const QUEUE: Prov = { id: 'queue-dg', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-dg', name: 'Trainee 4', library: 'TRN' };
const IRENE: Prov = { id: 'irene-dg', name: 'Irene', library: 'MCPL' };
const DEREK: Prov = { id: 'derek-dg', name: 'Derek', library: 'CCPL-CE' };
const KEVIN: Prov = { id: 'kevin-dg', name: 'Kevin', library: 'AUN' };
const VALERIA: Prov = { id: 'valeria-dg', name: 'Valeria', library: 'MCPL' };

const s = session;

export const DOGS: SessionCase[] = [
  // 01 the plain good session; touching ends
  s(KEISHA, '01 a BARCS rescue in Towson: residence and neuter status asked, baltimorecountymd.gov, "thats all i needed", touching ends (three at most)', [
    [0, 'p', 'hi how do i get a license for my dog in baltimore county?? we just adopted him from BARCS last weekend'],
    [21, 'l', 'Hi there! This is Keisha, a librarian with Baltimore County Public Library. Congrats on the new pup!'],
    [27, 'l', 'Do you live in the county itself rather than Baltimore City, and is he spayed or neutered? The fee depends on both.'],
    [58, 'p', 'yes towson. and yes hes neutered, barcs did it before we took him home'],
    [66, 'l', "Great! In Baltimore County you can license him online: go to baltimorecountymd.gov and search 'pet license' for the Animal Services licensing page, which lists the current fees (neutered dogs cost less). Have his rabies certificate handy — BARCS should have put it in his adoption folder. Does that answer your question?"],
    [101, 'p', 'perfect doing it right now. thats all i needed thx!!'],
    [107, 'l', "You're welcome! Enjoy your new buddy, and thanks for chatting with us."],
  ], usual(), {}, {
    otherIntervals: [other('k1', 'keisha-dg', -400, 0), other('k2', 'keisha-dg', -60, 80), other('k3', 'keisha-dg', 20, 300), other('k4', 'keisha-dg', 112, 400)],
  }),

  // 02 Spanish, plain good
  s(LUCIA, '02 licencia para un perro en Hyattsville (Spanish): the town asked, princegeorgescountymd.gov, "¿Responde esto a su pregunta?", "¿Hay algo más …?"', [
    [0, 'p', 'hola buenas tardes, necesito sacar la licencia para mi perro en prince georges. como se hace??'],
    [24, 'l', "¡Hola, buenas tardes! Soy Lucía, bibliotecaria del Sistema de Bibliotecas Públicas del Condado de Prince George's. Con gusto le ayudo."],
    [30, 'l', '¿En qué ciudad o zona del condado vive? Algunas municipalidades tienen sus propias reglas para mascotas.'],
    [66, 'p', 'en hyattsville, cerca del mall'],
    [75, 'l', "En Hyattsville la licencia la da el condado. El trámite se hace en línea en la página de Animal Services del condado: entre a princegeorgescountymd.gov y busque 'pet license'. Va a necesitar el certificado de la vacuna contra la rabia de su perro. ¿Responde esto a su pregunta?"],
    [110, 'p', 'si perfecto, muchas gracias'],
    [115, 'l', '¡Con gusto! ¿Hay algo más en que le pueda ayudar?'],
    [140, 'p', 'no, nada mas. gracias!!'],
    [146, 'l', 'Gracias por escribirnos. ¡Que disfrute de su perrito!'],
  ], usual()),

  // 03 pickup at exactly 60 s; the restatement; no code field
  s(MARTIN, '03 crate training books for a lab puppy: "hello??" at 45, pickup at exactly 60 s, the restatement, two books in the catalogue and Libby, no code field', [
    [0, 'p', "Looking for a good book on crate training a puppy. We're getting a lab puppy in 2 weeks and have no clue what we're doing"],
    [45, 'p', 'hello??'],
    [60, 'l', "Hi, sorry for the wait! I'm Martin, a librarian at Anne Arundel County Public Library."],
    [66, 'l', "So you'd like a how-to book on crate training before the puppy comes home — would you rather have print, or an e-book you can start tonight?"],
    [95, 'p', 'ebook pls, asap lol'],
    [104, 'l', "Two good ones you can borrow as e-books right now: 'The Puppy Primer' by Patricia McConnell and Brenda Scidmore, and 'Perfect Puppy in 7 Days' by Dr. Sophia Yin. Search either title in our catalog at aacpl.net and choose the e-book, or open them in Libby with your AACPL card. Is that what you were looking for?"],
    [140, 'p', 'yes!! just borrowed the puppy primer'],
    [146, 'l', 'Great! Anything else I can help with today?'],
    [170, 'p', 'no thats it'],
    [175, 'l', 'Have fun with the new lab, and thanks for chatting!'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 04 pickup at 61 s
  s(ROSE, '04 the Canine Good Citizen test near Frederick: pickup at 61 s, the AKC CGC page + the Volhards\' book at fcpl.org, anything else asked', [
    [0, 'p', 'how does my dog get the canine good citizen thing? is there a test anywhere near frederick'],
    [61, 'l', "Good morning, and welcome to Ask a Librarian! My name is Rose, and I'm a librarian at Frederick County Public Libraries."],
    [67, 'l', 'Has your dog done any obedience classes, or would you be starting from scratch?'],
    [100, 'p', 'we did puppy class last year. shes 2 now and pretty good except with other dogs'],
    [108, 'l', "Then she may be close already! The CGC is a 10-item test given by AKC-approved evaluators, and one item is meeting another dog calmly, so that's the one to practise. The AKC's Canine Good Citizen page at akc.org/products-services/training-programs/canine-good-citizen lists all 10 items and has a 'Find a CGC Evaluator' search by zip code. For practice at home, 'The Canine Good Citizen: Every Dog Can Be One' by Jack and Wendy Volhard is in our catalog at fcpl.org. Did that help?"],
    [150, 'p', 'yes found 2 evaluators in frederick. awesome'],
    [156, 'l', 'Is there anything else I can help you with?'],
    [180, 'p', 'nope, thats all, thank you!!'],
    [185, 'l', 'Good luck to you both on the test — bye!'],
  ], usual({ pickup: 'fail' })),

  // 05 an introduction with no greeting word
  s(DANA, '05 how a sheltie gets into Westminster: "This is Dana, a librarian at the Enoch Pratt Free Library." (no greeting), westminsterkennelclub.org + akc.org', [
    [0, 'p', 'how does a dog get into westminster?? my neighbor says her sheltie is going this year, is it invite only'],
    [19, 'l', 'This is Dana, a librarian at the Enoch Pratt Free Library.'],
    [25, 'l', "Are you asking how a dog qualifies to enter, or how the judging works once it's there?"],
    [55, 'p', 'how they qualify i guess'],
    [63, 'l', "Entry rules are set each year by the Westminster Kennel Club, and the premium list on westminsterkennelclub.org spells them out. In recent years the show has been limited mostly to dogs that already hold an AKC championship, with spots held for the top-ranked dogs in each breed, so it isn't invite-only, but it is champions-only. The AKC explains how a dog earns a championship at akc.org under Sports > Conformation. Does that explain it?"],
    [95, 'p', 'yeah makes sense ty'],
    [100, 'l', 'Anything else I can look up for you?'],
    [118, 'p', 'no thats all'],
    [123, 'l', 'Thanks for chatting — enjoy watching the show!'],
  ], usual({ greeting: 'fail' })),

  // 06 the greeting over two lines; three parties in one line, one with nothing
  s(PRIYA, '06 cheap obedience classes in Columbia: "Hi there! 🐶" then the name, Rec & Parks guide URL, the Animal Welfare Society by phone, "ask the trainers at the Pet Supplies Plus"', [
    [0, 'p', 'do u know where i can take my dog to obedience classes in columbia md thats not crazy expensive'],
    [17, 'l', 'Hi there! 🐶'],
    [23, 'l', "I'm Priya with Howard County Library System. Is it a puppy or a grown dog, and is it basic manners you're after or a particular problem?"],
    [60, 'p', 'hes 1. pulling on the leash is the big thing, and jumping on ppl'],
    [68, 'l', "A few budget-friendly options: Howard County Recreation & Parks runs beginner manners classes at several parks — search 'dog' in the activity guide at howardcountymd.gov/rap. The Animal Welfare Society of Howard County also holds group classes; call them at 410-465-4350 to ask when the next one starts. And for one-on-one help with the pulling, ask the trainers at the Pet Supplies Plus in Columbia about private lessons."],
    [74, 'l', 'Does that help?'],
    [105, 'p', 'yes!! the rec and parks one is like half the price, signing up'],
    [110, 'l', 'Wonderful! Anything else?'],
    [125, 'p', 'no thats everything thanks'],
    [130, 'l', 'Happy training, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 07 two holds of exactly 120 s; the own library's department at a street address
  s(OWEN, '07 Baltimore bench shows of the 1870s-80s: holds at 66 and 186, answer at 306, ProQuest Historical Newspapers + Chronicling America, the Maryland Department at 400 Cathedral St', [
    [0, 'p', "Hi — I'm writing a post for a local history blog about early dog shows in Baltimore. Were there dog shows here in the 1800s, and would any of it be in the newspapers?"],
    [22, 'l', "Hello! I'm Owen, a librarian at Enoch Pratt Free Library. Fun topic!"],
    [28, 'l', "Is there a particular decade you're focused on, or anything from the 1800s?"],
    [60, 'p', '1870s and 1880s ideally'],
    [66, 'l', 'Let me run a search in the Baltimore Sun historical archive — one moment.'],
    [186, 'l', "Still searching — there are a lot of hits for 'bench show', so I'm narrowing them to the 1870s and 80s."],
    [306, 'l', "Here's what I found: the Sun ran notices of 'bench shows' of dogs in Baltimore from the late 1870s into the 1880s, with lists of the prize winners. You can read them yourself in ProQuest Historical Newspapers: The Baltimore Sun — it's on prattlibrary.org under Articles & Databases; search \"bench show\" and limit the dates to 1875-1889. Chronicling America (chroniclingamerica.loc.gov) has other Maryland papers from those years, free. For show catalogues and club records, visit the Maryland Department at the Central Library, 400 Cathedral Street, and ask to see their vertical files."],
    [312, 'l', 'Does that give you what you need?'],
    [350, 'p', "yes this is great, thank you! that's everything"],
    [356, 'l', 'Happy researching, and thanks for chatting with the Pratt!'],
  ], usual({ referral: 'pass' })),

  // 08 a 122 s wait with an internal note and "?" in it
  s(GRACE, '08 a calm golden as a therapy dog: petpartners.org + therapydogs.com, then 122 s of silence (an internal note at 140, "?" at 170), library.carr.org', [
    [0, 'p', "hi! my golden retriever is super calm and i'd love to do therapy dog visits, maybe the reading to dogs program at the library. how do we get certified?"],
    [20, 'l', "Hi, thanks for contacting Carroll County Public Library! I'm Grace."],
    [26, 'l', "Is it mostly library reading programs you'd like to do, or hospitals and nursing homes too?"],
    [58, 'p', 'library mostly, maybe nursing homes later'],
    [64, 'l', 'Most library reading programs ask for a dog registered with a national therapy dog organization. The two largest are Pet Partners (petpartners.org) and Alliance of Therapy Dogs (therapydogs.com), and both explain their evaluations and insurance on their sites. Does that help?'],
    [100, 'p', 'yes! does your library have a reading to dogs program i could volunteer for?'],
    [140, 'i', 'Does anyone know if Westminster branch still runs Paws to Read? Patron with a therapy dog asking to volunteer'],
    [170, 'p', '?'],
    [222, 'l', 'Sorry for the wait! Yes — our Westminster branch runs a reading-to-dogs program, and volunteer teams apply through the Volunteer page at library.carr.org. Anything else I can help with?'],
    [250, 'p', "no that's all i needed, thanks so much!"],
    [255, 'l', 'Thank you — give your golden a pat from us!'],
  ], usual({ informed: 'fail' })),

  // 09 "take your time"; a referral by phone
  s(ANDRE, '09 renewing a license in Howard County: the rabies certificate asked, "No problem — take your time." (206 s away), howardcountymd.gov, Animal Control by phone', [
    [0, 'p', 'my dogs license is expiring, can i renew it online in howard county? i dont remember what i need'],
    [18, 'l', 'Good afternoon! Andre here, a librarian at Howard County Library System.'],
    [24, 'l', "Do you have your dog's current rabies certificate handy? That's the main thing the county asks for when you renew."],
    [50, 'p', 'hmm let me find it, its somewhere in the kitchen drawer of doom'],
    [56, 'l', 'No problem — take your time.'],
    [262, 'p', 'ok found it!! rabies good til next november'],
    [270, 'l', "Perfect. You can renew online on Howard County Animal Control's pet licensing page: go to howardcountymd.gov and search 'pet license'. You'll type in the rabies certificate details and pay by card, and the new tag comes by mail. If the form gives you any trouble, call Animal Control at 410-313-2780. Does that answer your question?"],
    [305, 'p', 'yep thats all i need. thanks!'],
    [311, 'l', "You're welcome — thanks for chatting, and have a good afternoon!"],
  ], usual({ referral: 'pass' })),

  // 10 the answer straight after the greeting; code ""
  s(NOELLE, '10 a lost license tag in Montgomery County: the answer at once (no question), montgomerycountymd.gov/animalservices, anything else asked, code ""', [
    [0, 'p', 'lost my dogs license tag at the dog park 😩 how do i get a new one? montgomery county'],
    [16, 'l', "Hi! I'm Noelle, a librarian with Montgomery County Public Libraries."],
    [22, 'l', "Replacement tags come from Montgomery County's Office of Animal Services: the pet licensing page at montgomerycountymd.gov/animalservices has the replacement form, and there's a small fee. Did that help?"],
    [55, 'p', 'yes thanks'],
    [60, 'l', 'Is there anything else I can help you with?'],
    [75, 'p', 'nope'],
    [80, 'l', 'Take care, and thanks for using Ask MCPL!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 the question at the end of the first message with a source; four chats at once
  s(JUNE, '11 what rally obedience is: akc.org/sports/rally and "Are you thinking of competing …?" in one message, four chats open from 40 to 50 s', [
    [0, 'p', 'whats rally obedience? my dogs trainer mentioned it and i nodded like i knew lol'],
    [20, 'l', "Hello, you've reached Calvert Library — June here!"],
    [26, 'l', "Ha, we've all done that! Rally is a dog sport where you and your dog work through a course of numbered signs, each one a skill like sit, down or a turn, at your own pace, and you can talk to your dog the whole way. The AKC's Rally page at akc.org/sports/rally explains the levels and rules. Are you thinking of competing, or just curious what it is?"],
    [60, 'p', "maybe competing someday, she's pretty good at obedience"],
    [68, 'l', 'Then the AKC Rally Regulations (a free PDF linked from that same page) are worth a read, and the sign descriptions in it make great practice drills. Does that help?'],
    [100, 'p', 'yes thx, thats all i wanted to know'],
    [106, 'l', 'Have fun with it, and thanks for chatting with Calvert Library!'],
  ], usual({ clarify: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'june-dg', -100, 50), other('j2', 'june-dg', 10, 200), other('j3', 'june-dg', 40, 300)],
  }),

  // 12 no source: advice from memory, an app, "ask your vet"
  s(TYRONE, '12 a ten-week-old puppy that bites: play or fear asked, advice from memory, "the Puppr app", "ask your vet" (no contact), "Did that help?"', [
    [0, 'p', 'my 10 week old puppy bites EVERYTHING. hands, pants, the couch. is this normal?? how do i make it stop'],
    [19, 'l', 'Hey there! Tyrone at Washington County Free Library here. Those puppy teeth are sharp, I know!'],
    [25, 'l', "Is it play biting when he's excited, or does he seem scared, or growl when he does it?"],
    [58, 'p', 'play biting. he gets the zoomies at night and goes feral'],
    [66, 'l', "That's very normal at 10 weeks — puppies explore with their mouths, and the evening crazies are classic. What trainers usually suggest: stop the game the moment teeth touch skin, offer a chew toy instead, and give him a nap in his crate when he's overtired, because overtired puppies bite more. Some people like the Puppr app for short training games. If he ever bites hard or growls and won't settle, ask your vet."],
    [72, 'l', 'Did that help?'],
    [100, 'p', "yes lol the overtired thing is SO him. thank you that's all i needed"],
    [106, 'l', 'Good luck with the little shark, and thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 13 an offer instead of the completeness question; a promise with no contact and no time, FU_ME
  s(HOLLY, '13 why the Chesapeake Bay Retriever is the state dog: msa.maryland.gov + amchessieclub.org, "Would you like me to find a kids\' book …?", "I\'ll look for one and get back to you", FU_ME, no contact', [
    [0, 'p', 'hi i need info on the chesapeake bay retriever for a school project. why is it marylands state dog'],
    [22, 'l', "Hi there! I'm Holly, a librarian at Dorchester County Public Library."],
    [28, 'l', 'What grade is the project for, and does your teacher want books, or are websites okay?'],
    [60, 'p', '5th grade. websites ok but a book would be good too'],
    [68, 'l', "The Maryland Manual's page on state symbols (msa.maryland.gov, search 'state dog') says the Chesapeake Bay Retriever became Maryland's state dog in 1964. The breed goes back to two Newfoundland puppies rescued from a sinking ship off the Maryland coast in 1807, and it was bred to fetch ducks from the cold water of the Chesapeake Bay. The American Chesapeake Club's site, amchessieclub.org, has more of the breed's history."],
    [74, 'l', "Would you like me to find a kids' book about the breed that you could use too?"],
    [100, 'p', 'yes pls!!'],
    [106, 'l', "Okay! I'll look for one and get back to you."],
    [125, 'p', 'ok thx bye'],
    [130, 'l', 'Bye, and good luck with your project!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 14 "feel free to reach out" instead of the anything-else question
  s(SAM, '14 becoming a certified dog trainer: ccpdt.org + Boutelle\'s book at wicomicolibrary.org, "Feel free to reach out if you have other questions.", "ok cool"', [
    [0, 'p', 'how do you become a certified dog trainer. do you need a license in maryland?'],
    [21, 'l', 'Hello! Sam here, a librarian at Wicomico Public Library.'],
    [27, 'l', 'Are you thinking of pet obedience training, or something like service dog or police K-9 work?'],
    [60, 'p', 'pet obedience, maybe start my own business someday'],
    [68, 'l', "Maryland doesn't license dog trainers, so certification is voluntary, but clients do look for it. The best known is from the Certification Council for Professional Dog Trainers: ccpdt.org explains the CPDT-KA exam and the hours of training experience you need first. For the business side, Veronica Boutelle's 'How to Run a Dog Business' is a good start; you can request it through our catalog at wicomicolibrary.org. Is that the kind of information you needed?"],
    [100, 'p', 'yes very helpful'],
    [106, 'l', 'Glad to hear it! Feel free to reach out if you have other questions.'],
    [125, 'p', 'ok cool'],
    [130, 'l', 'Good luck with the business, bye!'],
  ], usual({ anything: 'fail' })),

  // 15 "our time is up"
  s(VICKI, '15 junior showmanship with a beagle, then a list: akc.org/sports/junior-showmanship, "Sorry, our time is up for this chat. Goodbye.", "wow ok"', [
    [0, 'p', 'my daughter (11) wants to show our beagle in junior showmanship. how does she even start'],
    [20, 'l', "Hi, welcome to Harford County Public Library's Ask a Librarian! I'm Vicki."],
    [26, 'l', 'Is your beagle AKC registered? That decides which events she can enter.'],
    [55, 'p', 'yes he is'],
    [63, 'l', "Then she can get an AKC Junior Handler number and start at matches and shows. The AKC's Junior Showmanship page at akc.org/sports/junior-showmanship explains the classes, the age groups and how to get the number. Does that help?"],
    [95, 'p', 'yes! ok and what does she wear, how do they judge it, does he need special grooming, and are there clubs near bel air'],
    [102, 'l', 'Sorry, our time is up for this chat. Goodbye.'],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 16 the allowed "other patrons waiting"
  s(CARLOS, '16 how many dogs a Baltimore City renter may keep, then a list: the Health Code\'s Title 10 online, "several other patrons waiting … logging back on a little later", "no more questions for today"', [
    [0, 'p', 'how many dogs can you have in baltimore city? thinking about getting a second one'],
    [19, 'l', "Good evening! I'm Carlos, a librarian at Enoch Pratt Free Library."],
    [25, 'l', "Do you rent or own? A lease can limit pets even where the city doesn't."],
    [55, 'p', 'rent, my lease says 2 pets max'],
    [62, 'l', "Then your lease is the tighter rule. The city's own animal rules are in Title 10 of the Baltimore City Health Code, which you can read on the city's Department of Legislative Reference site (legislativereference.baltimorecity.gov, under City Codes); every dog in the city also needs a yearly license. Is that what you were looking for?"],
    [100, 'p', 'yes ok. also how do i license, what shots does it need, is there a dog park near canton, do seniors get a discount, and what about cats'],
    [108, 'l', "Those are all good questions! I have several other patrons waiting right now, so I'd suggest logging back on a little later, and we'll be happy to go through them one at a time."],
    [125, 'p', 'ok np, no more questions for today'],
    [130, 'l', 'Thanks for understanding, and good luck with the new pup!'],
  ], usual()),

  // 17 the end of a shift, with a promise by e-mail; coded Answered; pending at day 2
  s(NINA, '17 service dogs in training in stores: ada.gov + peoples-law.org, a new question, "end of my shift … I\'ll … e-mail you the answer by tomorrow noon", e-mail read back, coded Answered', [
    [0, 'p', "are service dogs in training allowed in stores in maryland? I'm raising a puppy for canine companions"],
    [22, 'l', "Hi, welcome to AskUsNow! I'm Nina, a librarian."],
    [28, 'l', "Is it stores you're asking about, or also restaurants and public transit?"],
    [62, 'p', 'stores and restaurants mostly'],
    [70, 'l', "Under the federal ADA, only dogs that are already trained count as service animals, so dogs in training aren't covered by it (see the 'Service Animals' page at ada.gov). Maryland law goes further and covers trainers of service animals; the Maryland People's Law Library explains it in plain language at peoples-law.org (search 'service animals'). Does that help?"],
    [105, 'p', 'yes super helpful. one more — can a restaurant ask what task the dog does, or is that illegal?'],
    [111, 'l', "Good question — I'm at the end of my shift and have to log off in a minute, but I'll look that up and e-mail you the answer by tomorrow noon. What's your e-mail?"],
    [130, 'p', 'sure, rtaylor.puppyraiser@example.com'],
    [135, 'l', 'Got it: rtaylor.puppyraiser@example.com. Thanks for chatting, and good luck with the puppy!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }), {}, { now: T0 + 2 * DAY }),

  // 18 "Let me know if that helps!"; a check-in and a goodbye 179 s after the answer
  s(OMAR, '18 AKC papers from a Chestertown breeder: akc.org, "Let me know if that helps!", "Are you still there?" at 150, a goodbye at 245 (179 s)', [
    [0, 'p', 'bought a puppy from a breeder near chestertown and they gave us a paper to register her with the akc. is it worth doing'],
    [20, 'l', "Hello! Omar here, a librarian at Queen Anne's County Library."],
    [26, 'l', 'Are you thinking of showing or breeding her, or is she a family pet?'],
    [58, 'p', 'family pet, but maybe dog sports later on'],
    [66, 'l', "If there's any chance of AKC events, register her: registration is what lets her enter AKC conformation shows, and it's the simplest way into AKC sports too (unregistered dogs can only join those through a separate listing program). The AKC's 'Register Your Dog' page at akc.org walks you through the breeder's paper step by step. Let me know if that helps!"],
    [150, 'l', 'Are you still there?'],
    [245, 'l', "I haven't heard back, so I'm going to close this chat. Thanks for using Ask a Librarian — come back anytime!"],
  ], usual({ complete: 'fail', anything: 'fail', idle: 'pass' })),

  // 19 a check-in and a notice with thanks exactly 180 s after the answer
  s(FELIX, '19 spectator dog shows at the Carroll County Ag Center: akc.org event search + infodog.com, "Are you still with me?" at 180, notice + thanks at 253 (180 s)', [
    [0, 'p', 'is there a dog show at the carroll county ag center this spring? want to take my kids to watch'],
    [23, 'l', "Hi! I'm Felix, a librarian at Carroll County Public Library."],
    [29, 'l', "Are you after a conformation show (the 'best in breed' kind), or would an agility or obedience trial be fun too?"],
    [65, 'p', 'anything the kids can watch really'],
    [73, 'l', "The AKC's event search (akc.org > Events > Search Events) lets you pick Maryland and a date range and shows all-breed shows, agility and obedience trials with their sites, and InfoDog (infodog.com) lists upcoming shows by state too. Most dog shows are free for spectators, and agility is usually the kids' favourite. Is that what you were looking for?"],
    [180, 'l', 'Are you still with me?'],
    [253, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for chatting, and enjoy the show!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 20 a check-in and a notice that does not say the chat will end; the end 181 s after the answer
  s(ELENA, '20 a senior rate for a dog license in Anne Arundel: aacounty.org, "Hello? Are you still there?", "It looks like you\'ve disconnected." (no end, no thanks), ended 181 s after', [
    [0, 'p', 'do seniors get a discount on a dog license in anne arundel county'],
    [18, 'l', 'Hi there, Elena at Anne Arundel County Public Library — happy to help!'],
    [24, 'l', "Is your dog spayed or neutered? The county's fees are split that way too."],
    [55, 'p', 'yes spayed'],
    [62, 'l', "Anne Arundel County Animal Care & Control's pet license page (aacounty.org, search 'pet license') has the current fee table, including the rate for spayed and neutered dogs and any discount for owners 65 and over. Does that answer your question?"],
    [185, 'l', 'Hello? Are you still there?'],
    [240, 'l', "It looks like you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 3 }),

  // 21 a notice with thanks but no check-in, 192 s after the answer
  s(JASMINE, '21 herding for a border collie near Cumberland: ahba-herding.org + akc.org/sports/herding + a nose work book, only "It seems you\'ve disconnected, so I\'ll close this session now. Thanks …" (192 s)', [
    [0, 'p', 'my border collie is going nuts in our apartment. anywhere around cumberland that does herding?'],
    [21, 'l', 'Hello, Jasmine here at Allegany County Library System.'],
    [27, 'l', "Are you looking for regular classes, or more of a one-time 'instinct test' to see whether she takes to sheep?"],
    [60, 'p', 'either tbh'],
    [68, 'l', "The American Herding Breed Association lists herding clubs and instinct tests by region at ahba-herding.org, and the AKC's herding page (akc.org/sports/herding) has an event search for tests and trials. If herding turns out to be a long drive, nose work is a great apartment-friendly outlet: 'Fun Nosework for Dogs' by Roy Hunter is in our catalog. Did that help?"],
    [260, 'l', "It seems you've disconnected, so I'll close this session now. Thanks for reaching out!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 22 a goodbye exactly 120 s after the answer, no check-in; a book as the only source
  s(MAYA, '22 training a twelve-year-old deaf dog: hand signals, \'Living with a Deaf Dog\' (a book alone), "Does that help?", a goodbye exactly 120 s later, no check-in', [
    [0, 'p', 'my dog went deaf (hes 12). how do i train him now?? hand signals?'],
    [19, 'l', "Welcome to St. Mary's County Library's chat — I'm Maya, one of the librarians."],
    [25, 'l', 'Is he completely deaf, or does he still react to some sounds, like a loud clap?'],
    [55, 'p', 'completely i think. he doesnt even wake up when i come home'],
    [63, 'l', "Hand signals work really well, and older dogs usually pick them up fast. Many owners also flick the porch light to call the dog in, and wake him with a gentle touch on the shoulder so he isn't startled. 'Living with a Deaf Dog' by Susan Cope Becker is the classic guide, with photos of common hand signals, and we have it in our collection. Does that help?"],
    [183, 'l', 'Thanks for chatting, and give him a scratch behind the ears from me!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 a transfer the patron is never told about; pickedUpAt 45
  s(GWEN, '23 a Delaware dog moving to Salisbury: pickedUpAt 45 (first line 70), "Okay, one moment while I check on that.", a note why, the transfer, Sam and wicomicocounty.org', [
    [0, 'p', 'we just moved to salisbury from delaware. do i need a new dog license here even tho he already has a delaware one?'],
    [70, 'l', "Hi, thanks for waiting! I'm Gwen, a librarian with Maryland's AskUsNow! service."],
    [76, 'l', 'Is your new place inside Salisbury city limits, or out in the county?'],
    [100, 'p', 'city i think. near the zoo'],
    [106, 'l', 'Okay, one moment while I check on that.'],
    [140, 'i', 'Sam, can you take this one? New Salisbury resident w/ a Delaware dog license asking about licensing in the city vs Wicomico — you know the local rules.'],
    xfer(146, 'Sam', 'sam-dg'),
    [180, 'l', 'Hello, Sam here at Wicomico Public Library!', as(SAM)],
    [186, 'l', "Yes — a license from another state doesn't carry over, so you'll need a local one once you're settled. Wicomico County's pet licensing page (wicomicocounty.org, search 'pet license') explains which rules apply inside Salisbury city limits and what to bring: his current rabies certificate. Does this completely answer your question?", as(SAM)],
    [220, 'p', 'yes thank you thats all i need'],
    [226, 'l', 'Welcome to Salisbury, and thanks for chatting!', as(SAM)],
  ], usual({ transfer: 'fail' }), { pickedUpAt: at(45) }),

  // 24 a true Lost Call
  s(DEV, '24 a dog license in Hagerstown (Lost Call): greeting only, "Hi, are you still there?" at 165, "looks like we\'ve been disconnected, so I\'m closing this chat" at 320', [
    [0, 'p', 'where do i get a dog license in hagerstown'],
    [30, 'l', "Hello, and thanks for contacting AskUsNow! I'm Dev, a Maryland librarian."],
    [165, 'l', 'Hi, are you still there?'],
    [320, 'l', "It looks like we've been disconnected, so I'm closing this chat. If you still need help, please start a new chat anytime — thanks!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 25 Lost Call after two patron lines (partly Spanish); a clarifying question only
  s(PAULA, '25 a mother\'s dog in Rock Hall (partly Spanish, Lost Call): two patron lines, a question on the town, "Are you still there?", a notice with thanks', [
    [0, 'p', 'does kent county make you license your dog'],
    [10, 'p', 'es para mi mamá, she lives in rock hall'],
    [28, 'l', "Hi, I'm Paula, a librarian at Kent County Public Library. Good question!"],
    [34, 'l', 'Does your mom live inside the town of Rock Hall, or outside it in the county? The town can have its own rules.'],
    [170, 'l', 'Are you still there?'],
    [300, 'l', "It seems you've disconnected, so I'll end this chat for now. You're welcome to come back anytime — thank you!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 26 no provider ever joined; coded Lost Call with one patron line
  s(QUEUE, '26 a foster dog in Baltimore County: no provider ever joined, the queue\'s system line, the patron left at 140, coded Lost Call', [
    [0, 'p', 'hi quick q, do i need a license for a dog im fostering? baltimore county. rescue says no but my neighbor says yes'],
    [2, 's', 'Thanks for contacting AskUsNow! A librarian will be with you shortly.'],
    left(140),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 Practice
  s(TRAINEE, '27 practice chat (dog license macro): coded Practice, every check na', [
    [0, 'p', 'TEST — practice chat, checking the dog license macro'],
    [10, 'l', 'Practice: licensing links for every Maryland county are at samplelibrary.org/pets'],
    [20, 'p', 'looks good, ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 FU_ME, e-mail read back, "by Wednesday afternoon", done at 16:02 +01:00 on Thursday (31 s before the 72 h)
  s(IRENE, '28 a grandfather\'s boxer at Westminster in 1954-55: westminsterkennelclub.org, e-mail read back, "by Wednesday afternoon", FU_ME, done 2026-03-05T16:02:00+01:00', [
    [0, 'p', "Hello, my grandfather showed his boxer at Westminster in the 1950s and I'm trying to find out if the dog won anything. His name was Harold Becker, the dog was 'Becker's Golden Duke' or something like that"],
    [20, 'l', "Good morning, and welcome to Ask a Librarian at Montgomery County Public Libraries! I'm Irene."],
    [26, 'l', 'Do you know the year, or at least roughly which part of the 1950s?'],
    [60, 'p', 'I think 1954 or 1955. He lived in Silver Spring'],
    [68, 'l', "The Westminster Kennel Club's own site lists its Best in Show winners back to 1907 (westminsterkennelclub.org > History), but breed results from the 1950s are mostly in old newspapers and the AKC Gazette. I can search the New York Times and Washington Post archives in our databases for 1954-55 and e-mail you whatever I find. What's the best e-mail for you?"],
    [100, 'p', 'that would be amazing. its mbecker.family@example.com'],
    [106, 'l', "Thanks — mbecker.family@example.com. I'll e-mail you what I find by Wednesday afternoon. Does the Westminster history page help in the meantime?"],
    [140, 'p', "yes, thank you so much! that's everything"],
    [146, 'l', "You're very welcome — talk to you soon, and thanks for chatting!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T16:02:00+01:00' }] }, { now: T0 + 5 * DAY }),

  // 29 FU_LIB, phone typed, no time; done at 07:30 -08:00 on Thursday (28 min late)
  s(DEREK, '29 a read-to-a-dog program in Elkton: cecilcountylibrary.org, the branch to call with dates, phone typed, no time, FU_LIB, done 2026-03-05T07:30:00-08:00', [
    [0, 'p', "hi does the library still do the read to a dog thing for kids? my son is 7 and hates reading out loud, i think a dog would help. we're in elkton"],
    [22, 'l', "Hi there! I'm Derek, a librarian with Cecil County Public Library."],
    [28, 'l', 'Would Saturdays work best for him, or after school on weekdays?'],
    [60, 'p', 'saturdays'],
    [68, 'l', "Our Elkton branch has run a read-to-a-dog program with therapy dog teams, but the spring dates aren't on the events calendar at cecilcountylibrary.org yet. I can ask the children's librarian there to call you with the Saturday dates. What's a good number?"],
    [95, 'p', '410-555-0173'],
    [101, 'l', "Great, I've passed that along, and the Elkton children's staff will give you a call with the dates. Meanwhile, the events calendar at cecilcountylibrary.org > Events is where they'll be posted. Does that help for now?"],
    [130, 'p', "yes thank you, that's all I needed"],
    [136, 'l', "You're welcome — thanks for chatting, and happy reading to your son!"],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: '2026-03-05T07:30:00-08:00' }] }, { now: T0 + 5 * DAY }),

  // 30 a transfer with a notice and a note (Spanish); concurrency over the parts each provider handled
  s(KEVIN, '30 clases de adiestramiento en español en Silver Spring: "Un momento, por favor — I\'m transferring you to Valeria", a note why, Valeria, mchumane.org + apdt.com', [
    [0, 'p', 'hola, busco clases para entrenar a mi perro, pero en español. vivo en silver spring'],
    [20, 'l', "Hi, welcome to AskUsNow! I'm Kevin, a librarian. My Spanish is limited, but a colleague who speaks Spanish is online."],
    [26, 'l', "Un momento, por favor — I'm transferring you to Valeria, who can help you in Spanish."],
    [29, 'i', "Valeria, patron in Silver Spring wants dog training classes taught in Spanish, and she's writing in Spanish. Can you take it?"],
    xfer(33, 'Valeria', 'valeria-dg'),
    [70, 'l', '¡Hola! Soy Valeria, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery. Con gusto le ayudo.', as(VALERIA)],
    [76, 'l', '¿Su perro es cachorro o adulto? ¿Y prefiere clases en grupo o un entrenador privado?', as(VALERIA)],
    [110, 'p', 'adulto, tiene 3 años. en grupo esta bien'],
    [118, 'l', "La Montgomery County Humane Society ofrece clases de obediencia en grupo para perros adultos; los horarios están en mchumane.org, en la sección de entrenamiento. Para encontrar un entrenador que dé clases en español, use el buscador 'Find a Trainer' de la APDT en apdt.com y revise el perfil de cada entrenador. ¿Le sirve esta información?", as(VALERIA)],
    [150, 'p', 'si, gracias! eso es todo'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, y mucha suerte con las clases.', as(VALERIA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('kv1', 'kevin-dg', -200, 40), other('kv2', 'kevin-dg', 5, 600), other('kv3', 'kevin-dg', 40, 400), other('kv4', 'kevin-dg', 50, 300),
      other('va1', 'valeria-dg', -100, 300), other('va2', 'valeria-dg', 50, 90), other('va3', 'valeria-dg', 161, 300),
    ],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DOGS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('18')]:
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence message 4). Message 4 ends "Let me know if that helps!": an invitation to write back, not a question asking whether the information meets the need (READINGS TAKEN, taken before the first run); no other provider line asks it (message 5 is the check-in "Are you still there?", message 6 the goodbye).',
  [byNo('29')]:
    'followup.contact: expected fail, got pass ("contact confirmed in the chat and the time of the follow-up stated", evidence message 5 "410-555-0173" and message 4 "I can ask the children\'s librarian there to call you with the Saturday dates."). The phone is given in the chat, but "the Saturday dates" are the dates of the read-to-a-dog sessions, not when the call will come; message 6 says only "the Elkton children\'s staff will give you a call with the dates". RUBRIC.md needs the provider to say when the information will come ("by tomorrow", "within 72 hours", "by Friday"); no time is said.',
};

describe('eighty-sixth round: dog training, dog shows and dog licensing, checked', () => {
  describeSessions('whole sessions', DOGS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DOGS.filter((c) => c.name in LEFT_WHY));
});
