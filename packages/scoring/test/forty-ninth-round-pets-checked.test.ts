/**
 * Forty-ninth round, theme PETS, ANIMALS AND WILDLIFE, checked: 52 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats (Maryland counties and the Ask Us Now cooperative): dog and cat licences (renewal,
 * Baltimore City cats, a senior discount, the fee in Spanish), rabies rules (indoor cats, clinic dates, a bite report, a
 * raccoon circling in daylight), lost and found animals (a lost beagle, a stray kitten, a microchipped dog), injured and wild
 * animals (a robin with a hurt wing in Spanish, baby rabbits, a copperhead, a dead deer on the road, a bee swarm), shelters
 * and rescues (adoption, Saturday hours, towel donations, a pet food pantry), vet costs (cheap spay/neuter, pet insurance,
 * low-cost vet lists, grapes and poison control), pet laws (dogs per household, hedgehogs, backyard hens, a pit bull ban,
 * service vs emotional support animals, dog-friendly hotels), and children's school reports (axolotls, bats, monarchs,
 * horseshoe crabs, ticks and Lyme, box turtles, loggerheads, octopuses, fireflies, black bears in 1987, the old zoo, a 1962
 * fair dog show). Every one of the 17 checks labelled in every session from RUBRIC.md's text before it was run; written in
 * four batches (01-32, 33-40, 41-46, 47-52), each batch's labels copied aside before its first run
 * (/tmp/petsChecked-labels.ts, then -batch2, -batch3, -batch4).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a patron "hello??" with a 110 s pickup (fail); a pickup at exactly 60 s (pass); `pickedUpAt` at
 *   52 s with the first line at 90 s; "Congrats on the puppy! Hi, this is Quin …"; chat-speak "heyyy 👋 its Zoe from the
 *   library!" (screen name "zoe_askus"); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" and "Hola, buenas tardes. Le atiende
 *   Inés, bibliotecaria de …"; "hi! what can i help u with today?" under the screen name "KidsDesk3" (names no one: fail); no
 *   provider ever joining (32);
 *  inquiry: county, ZIP, branch, grade and due date, dog vs cat, spayed or not, housing vs public places, a chip number, "Would a
 *   list … be what you need, or …?" (a question about the need, 43); the sources given first and "Do you live in Frederick
 *   County?" only after (fail, 06);
 *  waits: holds at 76/180/290 with "Still looking — … checking for this year's" and "Almost there, bear with me." (pass); "let me
 *   check the city code" then 170 s with two internal lines inside (fail); an answer exactly 120 s after a hold (pass); "ooh fun
 *   topic!" (no hold) then 200 s of provider silence with no patron line (a wait on the patron: pass); "Sure, take your time."
 *   then the patron away 224 s (pass); "Mind if I take a couple of minutes to find a good source?" then 150 s (LEFT); transfers
 *   answered 44-70 s after the patron or the notice;
 *  endings: check-in at 320 and a notice + goodbye at 430 (03); a Lost Call with a greeting, a check-in and a notice that invites
 *   back (22); a check-in and a goodbye 140 s after the answer (idle pass, disconnect na, 25); a notice + thanks with no "still
 *   there?" (26); silence to the end, 250 s (27); "Are you still there? If I don't hear back in a couple of minutes I'll close the
 *   chat." to an end 254 s after the answer (44); "Still there? If not, thanks for chatting and come back anytime!" as the last
 *   line (not a goodbye: the idle runs to the end, 47); Spanish "¿Sigue ahí?" + "Parece que se desconectó … ¡Vuelva cuando
 *   quiera!" (36); the patron's "ok thx" and "??" as the last lines (no goodbye); "yay! have a good one 🐾", "Happy birding,
 *   bye!", "Thank you! Happy reading!"; patron-side "thats all I needed", "no more questions", "thats it for now", "eso es todo",
 *   "I'm good now, got what I needed" (done) vs "calling them now thanks", "ok thanks", "ill try merlin thanks" (not done);
 *  dismissals: "You've asked a lot of questions already and I have to end this session now." (fail); "I'm going to have to wrap
 *   this up, I've got a meeting starting. Bye." (fail); "our chat sessions are limited to 15 minutes and your time is up. Feel
 *   free to start a new chat tomorrow." (fail: time up, even with a way back); "I have other patrons waiting right now, so please
 *   start a new chat later" (allowed);
 *  sources: county, state and federal URLs, municode and ecode360, catalog titles by author, library databases (Consumer Reports,
 *   NewsBank, ProQuest Historical Newspapers, Gale In Context), Petco Love Lost, petmicrochiplookup.org; none at all ("call your
 *   vet … The ASPCA also has an animal poison control hotline", 30; "the Merlin Bird ID app … iNaturalist", apps named bare, 49);
 *  referrals: Animal Services by phone + address; a health department rabies program by phone; the DNR line in Spanish (LEFT);
 *   "call your county Extension office" (no contact); Animal Control + the Sheriff's non-emergency line by phone; a Roads
 *   Department by phone + URL; the Humane Society pantry by phone + 211; the library's Children's Room by phone, Maryland
 *   Department by e-mail, Information Desk to visit with no contact; "the report goes to … Animal Services" (no contact, LEFT);
 *   "drop them off at the shelter, 6201 …" (LEFT); "call your vet or an emergency animal hospital" (no contact); staff the
 *   provider passes the question to (Elkton, Easton, the children's librarian) as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by Friday", done 30 h (pass); FU_ME, e-mail read back, "I'll get back to you" (contact
 *   fails, pending); FU_LIB, phone read back, "within 3 days", done 90 h (late); a promise "by tomorrow morning" coded Answered
 *   (code fails, pending); FU_ME with no time, not done by day 4 (overdue); FU_LIB, "by Monday", done 71 h 50 min after the end
 *   (pass); "I'll have our children's librarian reach out to you tomorrow" coded Answered (code fails); FU_ME with the
 *   account's phone read back, "by Thursday", done after 100 h (late);
 *  codes: a true Lost Call (one patron line); Lost Call after three patron lines, and after "hello?" with no provider (two: fail);
 *   null; "" (empty); Practice;
 *  transfers: notice + note (pass); note only (fail); "I'm handing you over to my colleague Jess" + "going on break, can u grab
 *   this one?" (pass); a transfer with the transferring provider at four chats before it (concurrency fails, handoff passes);
 *  concurrency: four at once from 40 s (fail); others ending exactly at the start and starting exactly at the end (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Mind if I take a couple of minutes to find a good source?" announces a search and asks the patron to wait: a hold (42);
 *   "ooh fun topic!" announces nothing and asks no wait: no hold, so the 200 s after it, with no patron line, is a wait on the
 *   patron (33);
 * - "the report goes to Baltimore County Animal Services within 24 hours", answering "do i have to report it?", tells the patron
 *   to report to (write to / call) an agency: a referral, here with no contact (41); "You can drop them off at the shelter,
 *   6201 …" tells the patron to visit an organisation: a referral, reached by the address (48); "Luego llame a un rehabilitador
 *   …: la línea del Maryland DNR es 877-…" is a referral in Spanish (04);
 * - "stop by the Information Desk at the Westminster branch and ask for it" tells the patron to visit the library's own
 *   department (RUBRIC: counts), with no contact (37); "I'll pass your question to the Elkton children's staff", "Their staff
 *   will e-mail the list", "I'll have our children's librarian reach out" are staff consulted on the patron's behalf, not
 *   referrals; "The county shelter's adoptable cats are listed at …" and "Animal Services renews licences online at …" point to
 *   websites: sources, no referral;
 * - a generic party ("call your vet or an emergency animal hospital", "the ASPCA also has an animal poison control hotline") is a
 *   referral with no contact (30), and ASPCA or an app named without a way to reach it is no source (30, 49);
 * - "Still there? If not, thanks for chatting and come back anytime!" asks whether the patron is still there, so it is not a
 *   goodbye (Terms) and the final idle runs to `endedAt` (189 s); it still thanks and invites back for closing.courteous, whose
 *   rule does not use the Goodbye term (47); "Are you still there? If I don't hear back … I'll close the chat." says the chat will
 *   end but not that the patron seems disconnected: a check-in, no disconnect notice (44);
 * - "your time is up" fails closing.no_dismissal even with "Feel free to start a new chat tomorrow": the rubric's "without
 *   offering a way back" qualifies only "otherwise ends the help" (51); "I'm going to have to wrap this up, I've got a meeting
 *   starting. Bye." ends the help for the provider's convenience with no way back (35);
 * - "thats it for now" and "I'm good now, got what I needed" say explicitly that the patron is done; "calling them now thanks"
 *   does not (40, a label correction); "yay! have a good one 🐾" and "Happy reading!" after "Thank you!" say goodbye;
 * - "Thanks, dtaylor@example.com." thanks the patron (courteous), and "Would a list … be what you need, or …?" asks about the need
 *   (clarify) but, asked before anything was given, is no completeness question (43);
 * - Lost Call after the patron's question and a bare "hello?" is a Lost Call with more than one patron message (32: code fails,
 *   by the rule's letter).
 *
 * COUNTS. Written: 52 whole sessions, all 17 statuses labelled in each before its batch's first run.
 * First run as labelled / disagreeing: 47 / 5 (batch 01-32: 31 / 1; 33-40: 7 / 1; 41-46: 4 / 2; 47-52: 5 / 1).
 * Label corrections: 1 — case 40 (raccoon): closing.anything_else labelled pass through `usual()` by oversight; the provider never
 * asks and the patron's "calling them now thanks" is not an explicit "done" (RUBRIC: thanks or "ok" alone does not count): fail.
 * Final: 48 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 04: "Luego llame a un rehabilitador … la línea del Maryland DNR es 877-555-3223" read as no referral
 *    (na; RUBRIC pass: a call to a party outside the chat, phone + URL);
 *  - referral.contact, case 41: "the report goes to Baltimore County Animal Services within 24 hours" read as no referral (na;
 *    RUBRIC fail: an agency the patron must report to, no contact);
 *  - interest.keep_informed, case 42: "Mind if I take a couple of minutes to find a good source?" read as no hold (pass, longest
 *    wait 6 s; RUBRIC fail: a hold, then 150 s to the answer);
 *  - referral.contact, case 48: "You can drop them off at the shelter, 6201 Theodore Green Blvd …" read as no referral (na;
 *    RUBRIC pass: a visit to an organisation, reached by address).
 * Every timing check (pickup at 110 s, exactly 60 s and by `pickedUpAt`; keep_informed across holds, internal lines, transfers,
 * "Sure, take your time." and a silent non-hold; exactly 120 s; idle and disconnect spans of 140, 189, 214, 220, 234, 250, 254 and
 * 270 s, in English and Spanish; concurrency at touching ends and in a transfer; on_time done / late / pending / overdue, one done
 * 71 h 50 min after the end) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (e-mails and phones typed in the chat, a phone in `patron.phone`).
 *
 * FINAL RUN (`--project scoring`, this file only): 52 tests passed (4 through describeLeft).
 *
 * Labelled and run on the scorer's default rubric (v47).
 * ON v48 (block N, `forty-ninth-round-n-checked`): 51 running, 1 LEFT. N8 reads "llame a un rehabilitador" (04), N5 "Mind if I
 * take a couple of minutes…?" (42) and N7 "drop them off at the shelter" (48); the passive "has to be reported … goes to
 * Baltimore County Animal Services" (41) stays LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { as, P, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;
/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in the queue. A librarian will be with you shortly.`];

const MINA = P('mina', 'Mina', 'HCPL');
const ABBY = P('abby', 'Abby', 'BCPL');
const DEE = P('dee', 'Dee', 'PGCMLS');
const LUCIA = P('lucia', 'Lucía', 'MCPL');
const OTIS = P('otis', 'Otis', 'AACPL');
const YARA = P('yara', 'Yara', 'FCPL');
const KIDS3 = P('kidsdesk3', 'KidsDesk3', 'HOW');
const NELL = P('nell', 'Nell', 'AUN');
const GUS = P('gus', 'Gus', 'WCFL');
const PIA = P('pia', 'Pia', 'CCPL');
const HAL = P('hal', 'Hal', 'ACLS');
const SAL = P('sal', 'Sal', 'TCFL');
const COLE = P('cole', 'Cole', 'STATE');
const BEA = P('bea', 'Bea', 'SMCL');
const IVY = P('ivy', 'Ivy', 'KCPL');
const ARLO = P('arlo', 'Arlo', 'COOP');
const NIA = P('nia', 'Nia', 'HCLS');
const TAM = P('tam', 'Tam', 'COOP');
const EZRA = P('ezra', 'Ezra', 'SCI');
const REMY = P('remy', 'Remy', 'WPL');
const FERN = P('fern', 'Fern', 'QACL');
const VIC = P('vic', 'Vic', 'DCPL');
const KIT = P('kit', 'Kit', 'GCPL');
const JODY = P('jody', 'Jody', 'AUN');
const MOE = P('moe', 'Moe', 'CAL');
const NAN = P('nan', 'Nan', 'HCPL');
const OLA = P('ola', 'Ola', 'SCL');
const BEN = P('ben', 'Ben', 'TCFL');
const CY = P('cy', 'Cy', 'CCPL-MD');
const DOT = P('dot', 'Dot', 'WOR');
const EVE = P('eve', 'Eve', 'EPFL');
const GIL = P('gil', 'Gil', 'ACLS');
const TRAINEE = P('trainee', 'Trainee 4', 'TRN');
const NOBODY = P('queue-pets', 'Queue', 'AUN');
const ZOE = P('zoe', 'zoe_askus', 'AUN');
const RHEA = P('rhea', 'Rhea', 'FCPL');
const WES = P('wes', 'Wes', 'HCLS');
const INES = P('ines', 'Inés', 'MCPL');
const QUIN = P('quin', 'Quin', 'CCPL');
const ROD = P('rod', 'Rod', 'STATE');
const LOLA = P('lola', 'Lola', 'AUN');
const JESS = P('jess', 'Jess', 'AUN');
const ADA = P('ada', 'Ada', 'WCFL');
const TOVA = P('tova', 'Tova', 'BCPL');
const UMA = P('uma', 'Uma', 'CCPL-MD');
const PERLA = P('perla', 'Perla', 'AACPL');
const SKYE = P('skye', 'Skye', 'AUN');
const GWEN = P('gwen', 'Gwen', 'HCLS');
const HANK = P('hank', 'Hank', 'AUN');
const IRIS = P('iris', 'Iris', 'AUN');
const NICO = P('nico', 'Nico', 'HCPL');
const OPAL = P('opal', 'Opal', 'CAL');
const REN = P('ren', 'Ren', 'AUN');
const MARA = P('mara', 'Mara', 'EPFL');
const LARS = P('lars', 'Lars', 'FCPL');
const WYNN = P('wynn', 'Wynn', 'CCPL');

export const petsChecked: SessionCase[] = [
  // 01 dog licence renewal online, all pass
  s(MINA, '01 dog licence renewal: county asked, Animal Services licensing page URL, "thats all I needed", "give your pup a pat"', [
    [0, 'p', 'hi how do i renew my dogs license, got a letter saying its expired'],
    [20, 'l', 'Hello! This is Mina, a librarian at Harford County Public Library. Happy to help.'],
    [26, 'l', 'Which county do you live in? Dog licences are handled by the county, not the state.'],
    [70, 'p', 'harford'],
    [78, 'l', "Harford County Animal Services renews licences online at harfordcountymd.gov/animalservices: click \"Pet Licensing\", then \"Renew\". You'll need your dog's current rabies certificate. It's $10 for a spayed/neutered dog."],
    [84, 'l', 'Did that answer your question?'],
    [130, 'p', 'yep got it. thats all I needed'],
    [136, 'l', 'Great! Thanks for chatting with us, and give your pup a pat for me.'],
  ], usual()),

  // 02 rabies law for indoor cats; health dept phone
  s(ABBY, '02 rabies shots for indoor cats: law vs vet asked, COMAR 10.06.02 + the county rabies program by phone', [
    [0, 'p', 'Do indoor cats legally need rabies shots in Maryland? My cat never goes outside.'],
    [35, 'l', "Good afternoon, my name is Abby and I'm a reference librarian with Baltimore County Public Library."],
    [42, 'l', 'Are you asking about the state law itself, or about what your vet or a boarding place requires?'],
    [100, 'p', 'the law. my vet keeps sending reminders and I want to know if its actually required'],
    [106, 'l', 'Let me check the state regulations for you.'],
    [190, 'l', "Maryland law requires every dog, cat and ferret 4 months and older to be vaccinated against rabies, indoor-only cats included. The rule is in COMAR 10.06.02 (you can read it at dsd.maryland.gov, search \"10.06.02\"). If you have questions about how it's enforced where you live, call the Baltimore County Department of Health's rabies program at 410-555-2434."],
    [196, 'l', 'Does that answer it?'],
    [250, 'p', 'ugh ok. yes thanks'],
    [256, 'l', 'Is there anything else I can help you with?'],
    [290, 'p', 'no'],
    [295, 'l', 'Thanks for using the chat. Take care!'],
  ], usual({ referral: 'pass' })),

  // 03 lost dog: shelter phone + address, check-in, notice + goodbye
  s(DEE, '03 lost beagle mix: ZIP asked, Animal Services phone + address, Petco Love Lost; check-in at 320, notice + goodbye at 430', [
    [0, 'p', 'my dog got out last night and hasnt come back. what do i do?? shes a beagle mix'],
    [25, 'l', "Hi, I'm Dee, a librarian at Prince George's County Memorial Library. I'm so sorry, let's see what we can do."],
    [31, 'l', 'What town or ZIP are you in? The shelter depends on where she went missing.'],
    [80, 'p', 'bowie 20715'],
    [86, 'l', 'Give me a sec to pull up the shelter info.'],
    [160, 'l', "First, call the county Animal Services Facility at 301-555-7387 and file a lost pet report; they're at 8311 D'Arcy Road, Forestville, and you can look at the photos of found dogs at pgcountymd.gov/animalservices (click \"Lost & Found\"). It also helps to post her on Petco Love Lost (lost.petcolove.org), which matches photos."],
    [166, 'l', 'Does that help?'],
    [320, 'l', 'Are you still there?'],
    [430, 'l', "I haven't heard from you in a while, so it looks like you may have disconnected. I'll end this chat now, but please come back anytime. Good luck finding her!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 04 Spanish: injured robin, DNR line
  s(LUCIA, '04 pajarito herido (Spanish): "¿Sabe qué tipo de pájaro es…?", DNR line by phone + URL, "¿Le sirve…?", "eso es todo"', [
    [0, 'p', 'hola, encontré un pajarito en el suelo, parece que tiene el ala lastimada. que hago?'],
    [30, 'l', '¡Hola! Soy Lucía, bibliotecaria de Montgomery County Public Libraries. Con gusto le ayudo.'],
    [37, 'l', '¿Sabe qué tipo de pájaro es, o si es un pichón sin plumas o un adulto?'],
    [90, 'p', 'adulto creo, es café con pecho rojo. un robin?'],
    [97, 'l', 'Un momento, por favor, busco quién lo puede atender.'],
    [175, 'l', 'No le dé agua ni comida. Póngalo en una caja de cartón con agujeros, en un lugar oscuro y tranquilo. Luego llame a un rehabilitador de fauna silvestre: la línea del Maryland DNR es 877-555-3223, y la lista de rehabilitadores por condado está en dnr.maryland.gov/wildlife (busque "Wildlife Rehabilitators").'],
    [181, 'l', '¿Le sirve esta información?'],
    [240, 'p', 'si, muchas gracias. eso es todo'],
    [246, 'l', '¡Gracias a usted por escribirnos! Que le vaya bien y ojalá se recupere el pajarito.'],
  ], usual({ referral: 'pass' })),

  // 05 bee swarm: MDA page as source, Extension office with no contact
  s(OTIS, '05 bee swarm on the fence: MDA apiary page, "call your county Extension office" (no contact)', [
    [0, 'p', 'theres a huge ball of bees hanging on our fence!!! is that dangerous? who do i call'],
    [18, 'l', 'Hi there, Otis at the Anne Arundel County Public Library Ask a Librarian chat.'],
    [24, 'l', 'Are they on your own property, and is anyone in the house allergic?'],
    [60, 'p', 'yes my yard. no allergies but my kids are scared'],
    [66, 'l', "That sounds like a swarm: they're usually calm and move on within a day or two. Don't spray them. The Maryland Department of Agriculture's apiary page (mda.maryland.gov/plants-pests, then \"Apiary Inspection\") explains swarms and keeps a list of beekeepers who collect them. If they're still there after a couple of days, call your county Extension office and ask for help."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'ok yes. thank u'],
    [116, 'l', 'Anything else?'],
    [130, 'p', 'no thats all'],
    [135, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),

  // 06 cheap spay/neuter: sources first, question after
  s(YARA, '06 cheap cat spay: county program + ASPCA finder given at once, "Do you live in Frederick County?" only after', [
    [0, 'p', 'where can i get my cat fixed cheap? vet wants $400'],
    [22, 'l', "Hi! I'm Yara, a librarian at Frederick County Public Libraries."],
    [28, 'l', "The Frederick County Animal Control low-cost spay/neuter program is listed at frederickcountymd.gov/spayneuter, and the ASPCA's Low-Cost Spay/Neuter Programs finder is at aspca.org/pet-care/general-pet-care/low-cost-spayneuter-programs."],
    [34, 'l', 'Do you live in Frederick County? Some programs are for county residents only.'],
    [80, 'p', 'yes frederick'],
    [86, 'l', "Then the county program is your best bet: it's $50 for a cat with proof of residency."],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'yes perfect, no more questions'],
    [146, 'l', 'Thanks for chatting, bye!'],
  ], usual({ clarify: 'fail' })),

  // 07 axolotl report; greeting names no one
  s(KIDS3, '07 axolotl books for a 4th grade report: "hi! what can i help u with today?" under a screen name (no one named)', [
    [0, 'p', 'hi i need books about axolotls for my 4th grade animal report'],
    [15, 'l', 'hi! what can i help u with today?'],
    [21, 'l', 'Do you need books you can check out, or websites too? And when is it due?'],
    [60, 'p', 'books. its due next friday'],
    [66, 'l', 'Let me search the catalog.'],
    [130, 'l', 'We have "Axolotls" by Grace Hansen (easy to read) at 4 branches, and "The Axolotl" by Lisa Amstutz. Search "axolotl" in the catalog at hclibrary.org/catalog and click "Place Hold" to pick one up at your branch.'],
    [136, 'l', 'Will those work for your report?'],
    [180, 'p', 'yes!! thats all i need'],
    [186, 'l', 'Awesome, good luck with your report! Bye!'],
  ], usual({ greeting: 'fail' })),

  // 08 cat licence in Baltimore City: 110 s pickup
  s(NELL, '08 cat licence in Baltimore City: queue, patron "hello??" at 70, picked up at 110 s', [
    [0, 'p', 'does baltimore city require cats to be licensed?'],
    queue(2, 2),
    [70, 'p', 'hello??'],
    [110, 'l', 'Hi, sorry for the wait! This is Nell with Ask Us Now.'],
    [116, 'l', 'Do you live in Baltimore City itself, or Baltimore County? They have different rules.'],
    [150, 'p', 'the city'],
    [156, 'l', "Yes, Baltimore City requires a licence for cats as well as dogs, 4 months and older, renewed every year with a current rabies vaccine. The Health Department's Animal Licensing page is at health.baltimorecity.gov/animal-licensing, and you can apply online there."],
    [162, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes. thanks'],
    [206, 'l', 'Anything else today?'],
    [230, 'p', 'nope'],
    [234, 'l', 'Thank you for using Ask Us Now! Have a great day.'],
  ], usual({ pickup: 'fail' })),

  // 09 third dog: "let me check the city code", internal lines, 170 s
  s(GUS, '09 three dogs in Hagerstown: "let me check the city code", two internal lines, answer 170 s after the hold', [
    [0, 'p', 'How many dogs can you legally have in Hagerstown? Thinking of adopting a third'],
    [25, 'l', 'Hello, Gus here from Washington County Free Library. Good question!'],
    [31, 'l', 'Is the house inside Hagerstown city limits or out in the county?'],
    [70, 'p', 'inside city limits'],
    [76, 'l', 'let me check the city code'],
    [140, 'i', 'anyone know where hagerstown keeps its animal ordinance?'],
    [200, 'i', 'ecode360 i think'],
    [246, 'l', "Sorry that took a while! Hagerstown's code limits a household to 3 dogs without a kennel permit (Chapter 48, Animals). The city code is online at ecode360.com/HA0597, search \"dogs\"."],
    [252, 'l', 'Does that help?'],
    [300, 'p', 'yes, so 3 is fine! thats everything'],
    [306, 'l', 'Great, thanks for chatting and congrats on the new pup!'],
  ], usual({ informed: 'fail' })),

  // 10 rabies clinic: holds every ~100 s
  s(PIA, '10 free rabies clinic dates: holds at 76/180/290 ("Still looking — …", "Almost there, bear with me."), answer at 380', [
    [0, 'p', 'when is the next free rabies clinic in carroll county'],
    [30, 'l', 'Hi! Pia at Carroll County Public Library here.'],
    [36, 'l', 'Is it for a dog or a cat? Some clinics only do one.'],
    [70, 'p', 'dog and cat both'],
    [76, 'l', 'One moment while I look.'],
    [180, 'l', "Still looking — the health department's page has last year's dates, checking for this year's."],
    [290, 'l', 'Almost there, bear with me.'],
    [380, 'l', "Found it: the Carroll County Health Department's rabies clinics page (cchd.maryland.gov/rabies-clinics) lists Saturday April 18, 9-11 am at the Westminster Agriculture Center, $10 a shot, dogs on leashes and cats in carriers."],
    [386, 'l', 'Is that what you needed?'],
    [440, 'p', 'yes thank you so much'],
    [446, 'l', 'Anything else I can help with?'],
    [470, 'p', "no that's all"],
    [475, 'l', 'Have a good day, and thanks for chatting!'],
  ], usual()),

  // 11 1987 bear article: follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(HAL, '11 1987 Cumberland bear article (follow-up by me): e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'My son is doing a report on black bears in Maryland and his teacher mentioned a bear that wandered into Cumberland in the 80s. Is there a newspaper article?'],
    [28, 'l', 'Hello! This is Hal, a librarian at Allegany County Library System.'],
    [35, 'l', 'Do you know roughly which year, or the month?'],
    [90, 'p', 'she thought 1987, summer'],
    [96, 'l', 'Let me check our newspaper index.'],
    [200, 'l', "Our Cumberland Times-News index (alleganylibrary.org/localhistory) lists \"Bear roams West Side\" on July 9, 1987, page 1, but the paper itself is only on microfilm here. I can scan the article for you. What's your e-mail?"],
    [250, 'p', 'sure, kfoster@example.com'],
    [256, 'l', "Thanks, kfoster@example.com. I'll scan it and e-mail it to you by Friday."],
    [262, 'l', 'Anything else for now?'],
    [290, 'p', "no that's great, thank you!"],
    [296, 'l', 'You are welcome, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 12 hedgehog: "I'll get back to you" with no time
  s(SAL, '12 pet hedgehog (follow-up by me): DNR captive wildlife page, e-mail read back, "I\'ll get back to you" (no time), pending', [
    [0, 'p', 'is it legal to own a hedgehog in maryland? want to get one for my daughter'],
    [20, 'l', 'Hi, this is Sal at Talbot County Free Library.'],
    [26, 'l', 'Which county are you in? Some counties have their own rules on top of the state ones.'],
    [70, 'p', 'talbot'],
    [76, 'l', "The state list of animals you can't keep as pets is on the DNR's captive wildlife page, dnr.maryland.gov/wildlife/Pages/captive_wildlife.aspx, and hedgehogs aren't on it. I'm less sure about the county ordinance, though."],
    [82, 'l', "Can I get your e-mail? I'll check with the county and e-mail you what I find."],
    [130, 'p', 'mgreen@example.com'],
    [136, 'l', "Got it, mgreen@example.com. I'll get back to you."],
    [140, 'p', 'thanks!'],
    [146, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 13 Paws to Read at Elkton: patron's library, phone read back, "within 3 days", done at 90 h
  s(COLE, '13 read-to-a-dog program (follow-up by patron\'s library): phone read back, "within 3 days", done at 90 h', [
    [0, 'p', 'Does the Elkton branch still do the read to a therapy dog thing for kids? my daughter is a shy reader'],
    [40, 'l', "Hi, thanks for contacting Maryland's Ask Us Now! I'm Cole, a librarian at a partner library, not Elkton, but I'll see what I can find."],
    [47, 'l', 'How old is your daughter? Some of those programs are for a certain age range.'],
    [100, 'p', '7'],
    [106, 'l', "Checking Cecil County's event calendar now."],
    [190, 'l', "The Cecil County Public Library events page (cecilcountylibrary.org/events) doesn't show Paws to Read at Elkton this spring. I'll pass your question to the Elkton children's staff so they can tell you if it's coming back. What's the best phone number for them to reach you?"],
    [240, 'p', '410-555-0187'],
    [246, 'l', 'Thanks — 410-555-0187. Someone from Elkton will call you within 3 days.'],
    [252, 'l', 'Anything else I can help with?'],
    [280, 'p', 'no thank you'],
    [286, 'l', 'Thanks for using Ask Us Now, have a good evening!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 pet insurance: promise "by tomorrow morning" coded Answered
  s(BEA, '14 pet insurance ratings: Consumer Reports database, card expired, "e-mail you the article … by tomorrow morning", coded Answered', [
    [0, 'p', 'is pet insurance worth it? looking for something that compares the companies'],
    [30, 'l', "Hello, I'm Bea, a librarian at St. Mary's County Library."],
    [36, 'l', 'Is this for a dog or a cat, and how old?'],
    [80, 'p', 'dog, 2 yr old lab'],
    [86, 'l', 'Consumer Reports rated pet insurance plans last year; you can read it free through our Consumer Reports database at stmalib.org/research (log in with your card number). Does that look like what you want?'],
    [150, 'p', 'my card is expired so i cant log in'],
    [156, 'l', "No problem, I'll renew it on our end and e-mail you the article as a PDF by tomorrow morning. What e-mail should I use?"],
    [200, 'p', 'jlopez@example.com'],
    [206, 'l', 'jlopez@example.com, got it.'],
    [212, 'l', 'Thank you for chatting, take care!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 15 pit bull ban debate: e-mail, no time, overdue
  s(IVY, '15 PG County pit bull ban for a debate (follow-up by me): e-mail read back, no time, not done by day 4', [
    [0, 'p', 'need sources on the pit bull ban in prince georges county for a debate, like when it started'],
    [25, 'l', 'Hi! Ivy here, a librarian at Kent County Public Library.'],
    [31, 'l', 'Are you looking for news articles, the actual law, or research on whether bans work?'],
    [80, 'p', 'all of it honestly, debate is next thursday'],
    [86, 'l', "The law itself is in the PG County Code, Subtitle 3, Section 3-116.01, at library.municode.com/md/prince_georges_county. For news, our NewsBank database (kentlibrary.org/databases) has Washington Post articles from 1996, when the ban started."],
    [92, 'l', 'Does that get you started?'],
    [140, 'p', 'yes but i need research too'],
    [146, 'l', "I'll put together some research articles and e-mail them to you. What's your e-mail?"],
    [190, 'p', 'dtaylor@example.com'],
    [196, 'l', 'Thanks, dtaylor@example.com.'],
    [202, 'l', 'Good luck with the debate, bye!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), FU_ME, { now: T0 + 4 * DAY }),

  // 16 transfer by the book
  s(ARLO, '16 senior dog licence discount: cooperative to Howard County with a notice and a note; Nia gives the page and the Animal Resource Center address', [
    [0, 'p', 'hi, does howard county give a discount on dog licenses for seniors? and where do i pay'],
    [20, 'l', "Hello! I'm Arlo, a librarian with the Ask Us Now cooperative."],
    [26, 'l', 'Are you 65 or over? The discount rules usually have an age cutoff.'],
    [60, 'p', 'yes 71'],
    [66, 'l', "A librarian from Howard County can answer this best, so I'm transferring you to her now. One moment please."],
    [70, 'i', 'Nia, senior patron asking about the Howard Co dog licence senior discount + where to pay. Local q, can you take it?'],
    xfer(73, 'Nia', 'nia'),
    [120, 'l', "Hi, this is Nia at Howard County Library System! Yes: Howard County Animal Control gives residents 65 and older a free licence for a spayed or neutered dog. Apply on the county's pet licensing page, howardcountymd.gov/pet-licensing, or in person at the Animal Resource Center, 8576 Davis Road, Columbia.", as(NIA)],
    [126, 'l', 'Does that answer your question?', as(NIA)],
    [170, 'p', 'yes wonderful. that is all i needed'],
    [176, 'l', 'Thanks for chatting with us, have a lovely day!', as(NIA)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 17 transfer with a note only
  s(TAM, '17 monarch population graph: transfer to a science librarian with an internal note only, no word to the patron', [
    [0, 'p', 'my 5th grader needs data on how many monarch butterflies there are each year for a science report, like a graph'],
    [25, 'l', 'Hi there! Tam from Ask Us Now here.'],
    [31, 'l', 'Does it need to be for North America as a whole, or just the eastern population that goes to Mexico?'],
    [80, 'p', 'idk whatever is easiest to find'],
    [84, 'i', 'Ezra, can you take this monarch population data q? you know the science sources'],
    xfer(87, 'Ezra', 'ezra'),
    [150, 'l', 'Hi, Ezra here, a science librarian. The easiest graph is on Monarch Watch: monarchwatch.org/blog, search "population status", which charts the hectares of forest monarchs cover in Mexico every winter since 1993. Journey North (journeynorth.org/monarchs) has maps kids like too.', as(EZRA)],
    [156, 'l', 'Will that work for the report?', as(EZRA)],
    [200, 'p', 'yes thanks!! thats all'],
    [206, 'l', 'Glad to help, bye!', as(EZRA)],
  ], usual({ transfer: 'fail' })),

  // 18 four chats at once
  s(REMY, '18 baby bunnies in the lawn: HSUS page, three other chats open, four at once from 40 s', [
    [0, 'p', 'i found a nest of baby bunnies in my yard while mowing. do i need to move them??'],
    [22, 'l', 'Hi, Remy at Wicomico Public Library here.'],
    [28, 'l', 'Are they hurt, or just uncovered? And do their eyes look open?'],
    [70, 'p', 'not hurt i think, eyes closed'],
    [76, 'l', "Leave them where they are: the mother only comes back at dawn and dusk. The Humane Society's page \"Found a baby rabbit?\" (humanesociety.org/resources/what-do-if-you-find-baby-rabbit) shows how to check whether she's coming back, with a string tic-tac-toe over the nest."],
    [82, 'l', 'Does that help?'],
    [130, 'p', 'yes, thanks, thats all'],
    [136, 'l', 'Thanks for chatting — good luck with the bunnies!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'remy', -200, 300), other('r2', 'remy', -50, 500), other('r3', 'remy', 40, 250)],
  }),

  // 19 three at most, touching ends
  s(FERN, '19 service dog vs emotional support animal: HUD page; others end at the start and start at the end, three at most', [
    [0, 'p', 'whats the difference between a service dog and an emotional support animal? my landlord says no pets'],
    [24, 'l', "Good morning! This is Fern, a reference librarian at Queen Anne's County Library."],
    [30, 'l', 'Is this about renting housing, or about taking the animal into stores and restaurants? Different laws cover each.'],
    [70, 'p', 'housing, an apartment'],
    [76, 'l', "For housing, HUD's rules cover both service animals and emotional support animals as \"assistance animals\", so a no-pets policy doesn't automatically apply. HUD's assistance animals page is hud.gov/program_offices/fair_housing_equal_opp/assistance_animals, and ADA.gov explains service dogs in public places."],
    [82, 'l', 'Is that the kind of info you were looking for?'],
    [120, 'p', 'yes exactly, thanks'],
    [126, 'l', 'Anything else I can help with?'],
    [131, 'p', 'nope'],
    [136, 'l', 'Thanks for chatting, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('f1', 'fern', -500, 0), other('f2', 'fern', -100, 200), other('f3', 'fern', 50, 141), other('f4', 'fern', 141, 900)],
  }),

  // 20 "You've asked a lot of questions already"
  s(VIC, '20 ferret questions: a list of five, "You\'ve asked a lot of questions already and I have to end this session now."', [
    [0, 'p', 'what do ferrets eat'],
    [20, 'l', 'Hi, Vic at Dorchester County Public Library.'],
    [26, 'l', 'Do you have a ferret already or are you thinking of getting one?'],
    [50, 'p', 'getting one'],
    [56, 'l', 'Ferrets are strict carnivores and need a high-protein, meat-based diet. The book "Ferrets For Dummies" by Kim Schilling is in our catalog at dorchesterlibrary.org, and the American Ferret Association\'s care pages are at ferret.org/care.'],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'ok. how long do they live. do they smell. can they be litter trained. are they legal in dc. how much do they cost'],
    [108, 'l', "You've asked a lot of questions already and I have to end this session now."],
    [120, 'p', '??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 21 other patrons waiting, come back later
  s(KIT, '21 backyard hens in Laurel: then goats, bees, a pig…: "other patrons waiting right now, so please start a new chat later"', [
    [0, 'p', 'can i keep backyard chickens in laurel md?'],
    [28, 'l', "Hi! This is Kit, a librarian on the Ask Us Now chat."],
    [34, 'l', "Do you live in the City of Laurel itself, or an unincorporated part of Prince George's County with a Laurel address?"],
    [80, 'p', 'city of laurel'],
    [86, 'l', 'The City of Laurel Code allows up to 4 hens (no roosters) with a permit; the code is at library.municode.com/md/laurel, Chapter 5 "Animals".'],
    [92, 'l', 'Did that answer your question?'],
    [140, 'p', 'yes! ok next what about goats, and bees, and a pot bellied pig, and do i need a permit for a coop, and'],
    [148, 'l', 'Those are great questions! I have other patrons waiting right now, so please start a new chat later and a librarian can go through the rest with you. Thanks for understanding!'],
    [170, 'p', 'ok fine'],
    [175, 'l', 'Bye, and good luck with the hens!'],
  ], usual({ anything: 'fail' })),

  // 22 a true Lost Call
  s(JODY, '22 stray kitten (Lost Call): one patron line, greeting at 45, check-in at 175, notice + invitation back at 265', [
    [0, 'p', 'found a stray kitten what do i do'],
    queue(2),
    [45, 'l', 'Hello, this is Jody at the Ask Us Now chat. How can I help?'],
    [175, 'l', 'Are you still there?'],
    [265, 'l', "It looks like you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 23 Lost Call after three patron lines
  s(MOE, '23 shelter Saturday hours: answered, patron "k" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'what time does the animal shelter open on saturday'],
    [20, 'l', 'Hi! Moe from Calvert Library here.'],
    [26, 'l', 'Which shelter, the county one in Prince Frederick?'],
    [60, 'p', 'ya'],
    [66, 'l', 'Calvert County Animal Shelter is open Saturdays 10 am to 3 pm for adoptions; the hours are on calvertcountymd.gov/animalshelter.'],
    [90, 'p', 'k'],
    left(92),
    [100, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 24 free dog food: pickedUpAt 52, first line at 90; null code
  s(NAN, '24 free dog food: pickedUpAt 52 s with the first line at 90, Humane Society pantry by phone + 211, code null', [
    [0, 'p', 'hi is there anywhere that gives out free dog food? money is really tight this month'],
    [90, 'l', "Hi, I'm Nan, a librarian at Harford County Public Library. I'm sorry things are tight, let's find something."],
    [96, 'l', 'What town are you in?'],
    [130, 'p', 'aberdeen'],
    [136, 'l', 'One sec, checking the pantry list.'],
    [210, 'l', 'The Humane Society of Harford County runs a pet food pantry on the first Saturday of each month; call them at 410-555-0122 to sign up, or see harfordhumane.org/pet-food-pantry. The 211 Maryland helpline (211md.org, or dial 2-1-1) can point you to others nearby.'],
    [216, 'l', 'Does that help?'],
    [260, 'p', 'yes it does, thank you'],
    [266, 'l', 'Anything else I can help with?'],
    [290, 'p', 'no, thats everything'],
    [295, 'l', 'Take care, and thanks for reaching out.'],
  ], usual({ referral: 'pass', code: 'fail' }), { resolutionCode: null, pickedUpAt: at(52) }),

  // 25 final idle 140 s: check-in then goodbye
  s(OLA, '25 horseshoe crab spawning: answer at 76, "Hello, are you still there?" at 210, goodbye at 216 (final idle 140 s)', [
    [0, 'p', 'when do horseshoe crabs spawn on the beaches? doing a school project'],
    [22, 'l', 'Hi, this is Ola with the Somerset County Library.'],
    [28, 'l', 'Is your project about Maryland beaches or the Delaware Bay in general?'],
    [70, 'p', 'delaware bay'],
    [76, 'l', "They spawn in May and June, peaking on the high tides around the new and full moons. Delaware's DNREC horseshoe crab page, dnrec.delaware.gov/fish-wildlife/conservation/horseshoe-crabs, has the survey data and photos."],
    [82, 'l', 'Is that enough for your project?'],
    [210, 'l', 'Hello, are you still there?'],
    [216, 'l', 'Thanks for chatting, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 26 notice without a check-in
  s(BEN, '26 dead deer on a county road: Roads Department phone + URL, notice + thanks at 300 with no "still there?"', [
    [0, 'p', 'theres a dead deer in front of my house on the road, who picks that up?'],
    [18, 'l', 'Hello! Ben, librarian at Talbot County Free Library.'],
    [24, 'l', 'Is it on a county road or a state highway, like Route 50?'],
    [60, 'p', 'county road, Oak st'],
    [66, 'l', 'For county roads, call the Talbot County Roads Department at 410-555-0930 or report it online at talbotcountymd.gov/roads.'],
    [72, 'l', 'Does that help?'],
    [300, 'l', "It looks like you've been disconnected, so I'll close this chat now. Thanks for contacting us!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 27 provider goes silent
  s(CY, '27 guinea pig books for an 8-year-old: answer at 66, nothing more, session ends at 316', [
    [0, 'p', 'books on taking care of guinea pigs?'],
    [30, 'l', 'Hi, Cy at Cecil County Public Library.'],
    [36, 'l', 'For you or for a kid?'],
    [60, 'p', 'my 8 yr old'],
    [66, 'l', '"Guinea Pigs" by Kate Riggs and "Caring for Your Guinea Pig" are both in our catalog; search "guinea pigs juvenile" at cecilcountylibrary.org.'],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }), { endAfter: 250 }),

  // 28 patron's "ok thx" is the last line
  s(DOT, '28 copperhead in the garage: DNR snake guide, "Did that help?", patron "ya def copperhead. ok thx" last', [
    [0, 'p', 'theres a snake in my garage, brown with hourglass shapes, is it a copperhead??'],
    [15, 'l', 'Hi! Dot here, Worcester County Library.'],
    [19, 'l', 'Can you see its head shape, and about how long is it?'],
    [50, 'p', 'maybe 2 ft, head kinda triangle'],
    [56, 'l', "Hourglass bands on a brown body fit a copperhead, so keep your distance. Compare it with the photos in Maryland DNR's snake guide: dnr.maryland.gov/wildlife/Pages/plants_wildlife/herps/snakes.aspx."],
    [61, 'l', 'Did that help?'],
    [90, 'p', 'ya def copperhead. ok thx'],
  ], usual({ anything: 'fail', courteous: 'fail' })),

  // 29 "Sure, take your time." then the Children's Room by phone
  s(EVE, '29 bat books for a 2nd grader: "Sure, take your time." (224 s away), the Children\'s Room by phone', [
    [0, 'p', 'my daughter has to do a report on bats and needs 3 books, shes in 2nd grade'],
    [20, 'l', 'Hi, thanks for contacting Enoch Pratt Free Library! This is Eve.'],
    [26, 'l', 'Which branch is closest to you? I can see what they have on the shelf.'],
    [60, 'p', 'hold on let me ask my husband which one we go to'],
    [66, 'l', 'Sure, take your time.'],
    [290, 'p', 'Roland Park'],
    [296, 'l', 'Thanks, one moment.'],
    [380, 'l', 'Roland Park has "Bats" by Gail Gibbons, "Stellaluna" (a story, but with bat facts at the end) and "National Geographic Readers: Bats". You can see them in the catalog at prattlibrary.org. Our Children\'s Room at Roland Park can set them aside if you call them at 410-555-0131.'],
    [386, 'l', 'Would those work for her report?'],
    [430, 'p', "yes perfect. that's all we needed, thank you!"],
    [436, 'l', 'Thank you! Happy reading!'],
  ], usual({ referral: 'pass' })),

  // 30 grapes: no source, vet and ASPCA hotline without numbers
  s(GIL, '30 dog ate grapes: "call your vet or an emergency animal hospital", "the ASPCA also has an animal poison control hotline" (no source, no contact)', [
    [0, 'p', 'my dog ate a couple grapes is that bad??'],
    [12, 'l', 'Hello, Gil at Allegany County Library here.'],
    [16, 'l', 'How big is your dog, and how long ago did it happen?'],
    [40, 'p', 'shes 20 lbs, like 10 min ago'],
    [45, 'l', 'Grapes can be toxic to dogs even in small amounts, so please call your vet or an emergency animal hospital right away. The ASPCA also has an animal poison control hotline.'],
    [50, 'l', 'Did that help?'],
    [70, 'p', 'ok calling now thx'],
    [74, 'l', 'Good luck, I hope she is ok. Bye!'],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 31 Practice
  s(TRAINEE, '31 practice chat (pet licence script): coded Practice, every check na', [
    [0, 'p', 'testing - dog license?'],
    [8, 'l', 'Hi, Trainee 4 at Ask Us training. Licences are at harfordcountymd.gov/animalservices. Did that help?'],
    [20, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 32 no provider ever joined
  s(NOBODY, '32 binoculars for birding: no provider joins, patron "hello?" and leaves, coded Lost Call (two patron lines)', [
    [0, 'p', 'do libraries lend out binoculars for bird watching'],
    queue(2, 4),
    [90, 'p', 'hello?'],
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),
  // ---- second batch (labelled and copied aside before its first run) ----

  // 33 chat-speak greeting; a non-hold "ooh fun topic!" and 200 s of provider silence with no patron line
  s(ZOE, '33 ticks and Lyme for a science fair: "heyyy 👋 its Zoe from the library!", "ooh fun topic!" then 200 s, "thats it for now", "have a good one 🐾"', [
    [0, 'p', 'hi my son needs to know how ticks spread lyme disease for his science fair, grade 6'],
    [20, 'l', 'heyyy 👋 its Zoe from the library!'],
    [26, 'l', 'does he need websites he can cite, or books?'],
    [60, 'p', 'websites r fine'],
    [66, 'l', 'ooh fun topic!'],
    [266, 'l', "The CDC's Lyme disease pages explain how ticks spread it, with diagrams: cdc.gov/lyme/about (see \"How it spreads\"). For a kid-friendly version, KidsHealth has \"Lyme Disease\" at kidshealth.org/en/kids/lyme.html."],
    [272, 'l', 'does that work for ya?'],
    [320, 'p', 'perfect thats it for now'],
    [326, 'l', 'yay! have a good one 🐾'],
  ], usual()),

  // 34 thresholds met exactly: pickup 60 s, answer 120 s after the hold
  s(RHEA, '34 found dog with a microchip: picked up at exactly 60 s, answer exactly 120 s after "let me look up…"', [
    [0, 'p', 'found a dog with a microchip, how do I find the owner'],
    [60, 'l', 'Good evening, this is Rhea at Frederick County Public Libraries.'],
    [66, 'l', 'Has a vet or shelter already scanned the chip for you, so you have the number?'],
    [100, 'p', 'yes the vet scanned it, 985112004567890'],
    [106, 'l', 'Thanks, let me look up the registry lookup tool.'],
    [226, 'l', "Put the number into AAHA's Universal Pet Microchip Lookup at petmicrochiplookup.org; it tells you which registry the chip is with and links to that registry's found-pet form."],
    [232, 'l', 'Did that get you what you need?'],
    [280, 'p', 'yes found it, its with HomeAgain. thank you, thats everything'],
    [286, 'l', 'Wonderful, thanks for being a good Samaritan! Goodbye.'],
  ], usual()),

  // 35 "I'm going to have to wrap this up, I've got a meeting starting. Bye."
  s(WES, '35 dog-friendly hotels to Myrtle Beach: follow-up ask answered with "I\'m going to have to wrap this up, I\'ve got a meeting starting. Bye."', [
    [0, 'p', 'looking for dog friendly hotels between baltimore and myrtle beach'],
    [30, 'l', 'Hi, Wes at Howard County Library System.'],
    [36, 'l', 'Is it a big dog? Some chains have weight limits.'],
    [70, 'p', '80 lb lab mix lol'],
    [76, 'l', 'BringFido (bringfido.com) lets you filter hotels along a route and by dog size; La Quinta and Red Roof allow big dogs at most locations.'],
    [82, 'l', 'Is that helpful?'],
    [120, 'p', 'yes! can you check which ones near florence sc have a dog park'],
    [128, 'l', "I'm going to have to wrap this up, I've got a meeting starting. Bye."],
    [140, 'p', 'oh ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 36 Spanish idle handling
  s(INES, '36 licencia de perro (Spanish): "¿Es lo que necesitaba?", "¿Sigue ahí?" at 230, "Parece que se desconectó … ¡Vuelva cuando quiera!" at 300', [
    [0, 'p', 'buenas, cuanto cuesta la licencia para perro en montgomery county'],
    [25, 'l', 'Hola, buenas tardes. Le atiende Inés, bibliotecaria de Montgomery County Public Libraries.'],
    [32, 'l', '¿Su perro está esterilizado? El precio depende de eso.'],
    [80, 'p', 'si'],
    [86, 'l', 'La licencia para un perro esterilizado cuesta $12 al año. Se paga en línea en montgomerycountymd.gov/animalservices (haga clic en "Pet Licensing").'],
    [92, 'l', '¿Es lo que necesitaba?'],
    [230, 'l', '¿Sigue ahí?'],
    [300, 'l', 'Parece que se desconectó, así que voy a cerrar el chat. ¡Vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 37 own library's desk to visit, no contact
  s(QUIN, '37 puppy training DVDs: catalog titles + "stop by the Information Desk at the Westminster branch and ask for it" (no contact)', [
    [0, 'p', 'does the library have any dog training dvds or kits? just adopted a puppy'],
    [22, 'l', 'Congrats on the puppy! Hi, this is Quin, a librarian at Carroll County Public Library.'],
    [28, 'l', 'Are you looking for house training, or obedience things like sit and stay?'],
    [60, 'p', 'house training mostly, shes peeing everywhere'],
    [66, 'l', 'Our catalog has "Puppy Training in 7 Easy Steps" on DVD and the book "The Puppy Primer" by Patricia McConnell; search them at library.carr.org. We also have a Puppy Kit with a DVD and a clicker that is not in the catalog: stop by the Information Desk at the Westminster branch and ask for it.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes thanks!'],
    [116, 'l', 'Anything else?'],
    [130, 'p', 'no thats all'],
    [135, 'l', 'Bye, and good luck with potty training!'],
  ], usual({ referral: 'fail' })),

  // 38 patron's library, e-mail read back, "by Monday", done 71 h 50 min after the end
  s(ROD, '38 low-cost vet list at Easton (follow-up by patron\'s library): e-mail read back, "by Monday", done 71 h 50 min after the end', [
    [0, 'p', 'my library used to have a printed list of low cost vets in the county, is it still around? im in Easton'],
    [30, 'l', "Hello, you've reached Ask Us Now; I'm Rod, a librarian at a partner library."],
    [36, 'l', 'Do you mean the Talbot County Free Library in Easton?'],
    [70, 'p', 'yes'],
    [76, 'l', "I can't see their handouts from here, so I'll send your question to the Easton staff. Could you give me an e-mail so they can send you the list?"],
    [120, 'p', 'pwhite@example.com'],
    [126, 'l', "Thanks, that's pwhite@example.com. Their staff will e-mail the list to you by Monday."],
    [132, 'l', 'In the meantime, the Talbot Humane Society lists low-cost vaccine clinics at talbothumane.org/clinics. Did that help?'],
    [180, 'p', 'yes thank you'],
    [186, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no'],
    [205, 'l', 'Thanks for chatting, take care!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_LIB, followUps: [{ doneAt: at(210 + 71 * HOUR + 50 * 60) }] }, { now: T0 + 5 * DAY }),

  // 39 transfer: "handing you over to my colleague Jess", a note whose why is the provider's break
  s(LOLA, '39 loggerhead report due tomorrow: "I\'m handing you over to my colleague Jess", note "going on break, can u grab this one?"', [
    [0, 'p', 'hi i need info on sea turtles for school. its due tmrw'],
    [18, 'l', 'Hi! Lola from the Ask Us Now chat here.'],
    [24, 'l', 'What grade, and does it need to be about one kind of sea turtle or all of them?'],
    [60, 'p', '7th. loggerheads'],
    [66, 'l', "I'm handing you over to my colleague Jess, she'll take it from here. One sec!"],
    [69, 'i', 'Jess, going on break, can u grab this one? 7th grade loggerhead report due tmrw'],
    xfer(72, 'Jess', 'jess'),
    [110, 'l', "Hi, Jess here, a librarian with Ask Us Now. NOAA Fisheries has a loggerhead page with facts, range maps and photos at fisheries.noaa.gov/species/loggerhead-turtle. For a database article you can cite, try Gale In Context: Middle School on your library's website.", as(JESS)],
    [116, 'l', 'Is that enough for your report?', as(JESS)],
    [160, 'p', 'ya thx thats all'],
    [166, 'l', 'Good luck tomorrow, bye!', as(JESS)],
  ], usual({ transfer: 'pass' })),

  // 40 empty code; Animal Control and the Sheriff's line by phone
  s(ADA, '40 raccoon circling in daylight: Animal Control + Sheriff non-emergency by phone, health dept page, code ""', [
    [0, 'p', 'theres a raccoon stumbling around my yard in the middle of the day, could it be rabid?'],
    [15, 'l', 'Hello, this is Ada, a librarian at Washington County Free Library.'],
    [20, 'l', 'Is it acting aggressive, or has it had contact with any people or pets?'],
    [50, 'p', 'no contact, its just wobbling and circling'],
    [56, 'l', "Stumbling and circling in daylight can be a sign of rabies or distemper, so stay inside and keep pets in. Call Washington County Animal Control at 301-555-4440; after hours, call the Sheriff's non-emergency line at 301-555-4300. The county Health Department's rabies page (washcohealth.org/rabies) says what to do if anyone is bitten."],
    [62, 'l', 'Does that help?'],
    [90, 'p', 'calling them now thanks'],
    [96, 'l', 'Stay safe, and thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'pass', code: 'fail' }), { resolutionCode: '' }),
  // ---- third batch (labelled and copied aside before its first run) ----

  // 41 a bite report: "the report goes to Baltimore County Animal Services" with no contact
  s(TOVA, '41 neighbour\'s dog bit a child: county code URL, "the report goes to Baltimore County Animal Services within 24 hours" (no contact)', [
    [0, 'p', 'my neighbors dog bit my kid, not bad but broke skin. do i have to report it?'],
    [20, 'l', "Hello, I'm Tova, a librarian at Baltimore County Public Library. I'm sorry, I hope your child is okay."],
    [26, 'l', 'Which county do you live in? The reporting rules are set by the county.'],
    [60, 'p', 'baltimore county'],
    [66, 'l', "Yes. Under the county code (Article 12, at library.municode.com/md/baltimore_county), any bite that breaks the skin has to be reported, and the report goes to Baltimore County Animal Services within 24 hours. They will check that the dog's rabies shot is current."],
    [72, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes ty'],
    [116, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [135, 'l', 'Take care, and I hope your kiddo heals fast. Bye!'],
  ], usual({ referral: 'fail' })),

  // 42 a hold asked as a question, then 150 s
  s(UMA, '42 box turtle lifespan: "Mind if I take a couple of minutes to find a good source?" then the answer 150 s later', [
    [0, 'p', 'how long do box turtles live? for my daughters report'],
    [25, 'l', 'Hi, Uma here at Cecil County Public Library!'],
    [31, 'l', 'Is it the eastern box turtle, the kind we have in Maryland?'],
    [60, 'p', 'yes'],
    [66, 'l', 'Mind if I take a couple of minutes to find a good source?'],
    [216, 'l', 'The Maryland DNR\'s eastern box turtle page (dnr.maryland.gov/wildlife/Pages/plants_wildlife/herps/box_turtle.aspx) says they often live 40 to 50 years and some more than 100. The book "Box Turtles" by C. Kenneth Dodd is in our catalog too.'],
    [222, 'l', 'Does that help with the report?'],
    [260, 'p', 'yes! thats all we needed'],
    [266, 'l', 'Great, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 43 the only "what you need" question comes before anything is given
  s(PERLA, '43 adopting a cat near Glen Burnie: "Would a list … be what you need?" before the sources, nothing after, "ok thanks"', [
    [0, 'p', 'want to adopt a cat, where are the shelters around glen burnie'],
    [22, 'l', 'Hi! Perla at Anne Arundel County Public Library here.'],
    [28, 'l', 'Would a list of shelters and rescues near Glen Burnie be what you need, or are you looking for a specific kind of cat?'],
    [70, 'p', 'list is good'],
    [76, 'l', "The county shelter's adoptable cats are listed at aacounty.org/animal-care, with its hours. Petfinder (petfinder.com) also lists rescues by ZIP: try 21061."],
    [140, 'p', 'ok thanks'],
    [146, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 44 a check-in that warns of closing but never says the patron seems disconnected
  s(SKYE, '44 hummingbird feeder: "Are you still there? If I don\'t hear back in a couple of minutes I\'ll close the chat." at 200, ends at 320', [
    [0, 'p', 'when should i put my hummingbird feeder out in maryland'],
    [20, 'l', 'Hello! Skye, a librarian with Ask Us Now.'],
    [26, 'l', 'Which part of Maryland, the Eastern Shore or out west? They arrive a bit later in the mountains.'],
    [60, 'p', 'eastern shore'],
    [66, 'l', "Ruby-throated hummingbirds usually reach the Eastern Shore in mid-April, so put the feeder out by April 10. Journey North's hummingbird map (journeynorth.org/hummingbirds) shows this year's sightings as they come in."],
    [72, 'l', 'Does that help?'],
    [200, 'l', "Are you still there? If I don't hear back in a couple of minutes I'll close the chat."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 120 }),

  // 45 "I'll have our children's librarian reach out to you tomorrow", coded Answered
  s(GWEN, '45 butterfly kit for a 2nd grade class: Science Kits page, "I\'ll have our children\'s librarian reach out to you tomorrow", phone read back, coded Answered', [
    [0, 'p', 'Hi, I teach 2nd grade. Does the library lend the butterfly life cycle kits? Our class wants to raise painted ladies'],
    [30, 'l', "Good morning! I'm Gwen, a librarian at Howard County Library System."],
    [36, 'l', 'When would you need the kit, and how many students are in the class?'],
    [80, 'p', 'late april, 24 kids'],
    [86, 'l', 'Our Science Kits page (hclibrary.org/kits) lists a "Butterfly Life Cycle" kit, but it doesn\'t show the booking calendar for April. I\'ll have our children\'s librarian reach out to you tomorrow to reserve it. What\'s the best phone number?'],
    [140, 'p', '443-555-0162'],
    [146, 'l', 'Thanks, 443-555-0162. Expect a call tomorrow.'],
    [152, 'l', 'Is there anything else I can help with?'],
    [170, 'p', "no that's all, thank you!"],
    [176, 'l', "You're welcome, have a great day!"],
  ], usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 46 transfer; the transferring provider at four chats during his part
  s(HANK, '46 octopus intelligence essay: transfer to the teen librarian with notice + note; Hank at four chats before the transfer', [
    [0, 'p', 'are octopuses really smart? need sources for my 8th grade essay'],
    [20, 'l', 'Hi! Hank at the Ask Us Now chat here.'],
    [26, 'l', 'How many sources do you need, and do they have to be from the library databases?'],
    [60, 'p', '3, at least one from a database'],
    [66, 'l', 'Our teen librarian is great with the databases, so I am transferring you to her now. Just a moment.'],
    [69, 'i', 'Iris, 8th grader needs 3 sources on octopus intelligence, 1 from a database. Can you take it? Im juggling 4'],
    xfer(72, 'Iris', 'iris'),
    [115, 'l', 'Hi, Iris here, teen librarian at Ask Us Now. In Gale In Context: Science (on the library\'s Research page), search "octopus intelligence" for articles you can cite. Also good: "The Soul of an Octopus" by Sy Montgomery, in the catalog, and the Smithsonian Ocean article "How Smart Are Octopuses?" at ocean.si.edu.', as(IRIS)],
    [121, 'l', 'Will those three work?', as(IRIS)],
    [170, 'p', 'yes thank you thats everything'],
    [176, 'l', 'Good luck with the essay, bye!', as(IRIS)],
  ], usual({ transfer: 'pass', concurrency: 'fail' }), {}, {
    otherIntervals: [other('h1', 'hank', -100, 400), other('h2', 'hank', -50, 300), other('h3', 'hank', 10, 200)],
  }),
  // ---- fourth batch (labelled and copied aside before its first run) ----

  // 47 a last line that asks "Still there?" and thanks: a check-in, not a goodbye, so the idle runs to the end
  s(NICO, '47 fireflies: answer at 66, "Still there? If not, thanks for chatting and come back anytime!" at 250 (final idle 189 s to the end)', [
    [0, 'p', 'when do fireflies come out in maryland? my kid wants to catch some'],
    [20, 'l', 'Hi there! Nico, librarian at Harford County Public Library.'],
    [26, 'l', 'Is this for a backyard outing, or for a school project?'],
    [60, 'p', 'just for fun'],
    [66, 'l', "Fireflies in Maryland usually show up in late May and peak in June, about an hour after sunset on warm, humid nights. The Maryland DNR's firefly page (dnr.maryland.gov/wildlife/Pages/fireflies.aspx) has tips for catching and releasing them safely."],
    [72, 'l', 'Does that help?'],
    [250, 'l', 'Still there? If not, thanks for chatting and come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 48 the patron says they are done in other words
  s(OPAL, '48 towels for the shelter: wish list URL, "you can drop them off at the shelter, 6201 …", patron "I\'m good now, got what I needed"', [
    [0, 'p', 'does the humane society take old towels and blankets? cleaning out my closet'],
    [25, 'l', 'Hello, this is Opal at Calvert Library.'],
    [31, 'l', 'Which shelter are you thinking of, the Humane Society of Calvert County?'],
    [70, 'p', 'yes that one'],
    [76, 'l', "Yes, their wish list (calverthumane.org/wishlist) includes towels, blankets and sheets, but no pillows or comforters. You can drop them off at the shelter, 6201 Theodore Green Blvd, White Plains, during open hours."],
    [82, 'l', 'Does that answer it?'],
    [130, 'p', "perfect, I'm good now, got what I needed. thanks!"],
    [136, 'l', 'Thank you for donating! Bye!'],
  ], usual({ referral: 'pass' })),

  // 49 apps named without a way to reach them
  s(REN, '49 yellow bird at the feeder: "try the Merlin Bird ID app … or post it on iNaturalist" (apps named bare: no source)', [
    [0, 'p', 'theres a bird at my feeder i cant identify, yellow with black wings. how can i figure out what it is'],
    [22, 'l', 'Hi, Ren here from the Ask Us Now chat!'],
    [28, 'l', 'Do you have a photo of it, or just what you saw?'],
    [60, 'p', 'i got a blurry pic on my phone'],
    [66, 'l', 'Sounds like it could be an American goldfinch! For the photo, try the Merlin Bird ID app, it identifies birds from pictures, or post it on iNaturalist and the community will ID it.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'ill try merlin thanks'],
    [116, 'l', 'Happy birding, bye!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 50 the library's own department by e-mail
  s(MARA, '50 old Baltimore zoo for a 5th grade report: zoo history page, ProQuest archive, "e-mail our Maryland Department librarians at …"', [
    [0, 'p', 'my daughter has to write about the old baltimore zoo history for school, like when it opened'],
    [24, 'l', "Good afternoon! I'm Mara, a librarian at Enoch Pratt Free Library."],
    [30, 'l', 'What grade is she in, and does she need primary sources like old newspaper articles?'],
    [70, 'p', '5th, newspapers would be cool'],
    [76, 'l', "The Maryland Zoo's own history page (marylandzoo.org/about-us/history) says it opened in 1876 in Druid Hill Park. For old newspaper articles, our Baltimore Sun archive (ProQuest Historical Newspapers, at prattlibrary.org/research) goes back to 1837. If she wants photos, e-mail our Maryland Department librarians at mdrequest@example.org and they can help her find some."],
    [82, 'l', 'Is that what she needs?'],
    [130, 'p', 'yes thank you! thats all'],
    [136, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 51 "your time is up", with an invitation to come back
  s(LARS, '51 ducks, geese, chicken vaccines: "our chat sessions are limited to 15 minutes and your time is up. Feel free to start a new chat tomorrow."', [
    [0, 'p', 'can you help me find info on raising ducks? and geese? and what vaccines chickens need'],
    [20, 'l', 'Hi, this is Lars at Frederick County Public Libraries.'],
    [26, 'l', 'Are these for eggs, meat, or pets?'],
    [60, 'p', 'eggs mostly'],
    [66, 'l', "Storey's Guide to Raising Ducks by Dave Holderread is in our catalog (fcpl.org), and the University of Maryland Extension's backyard poultry page is at extension.umd.edu/resource/backyard-poultry."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'ok and geese? and the vaccines? and what about a coop design'],
    [128, 'l', 'Sorry, our chat sessions are limited to 15 minutes and your time is up. Feel free to start a new chat tomorrow.'],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 52 follow-up by phone: the account's number read back in the chat, "by Thursday", done after 100 h
  s(WYNN, '52 1962 fair dog show photo (follow-up by me): the account\'s phone read back, "by Thursday", done after 100 h, day 6', [
    [0, 'p', 'Looking for a newspaper photo of the 1962 Carroll County fair dog show, my grandpa won best in show'],
    [28, 'l', 'Hello, this is Wynn, a librarian at Carroll County Public Library.'],
    [35, 'l', 'Do you know which newspaper, or the month of the fair?'],
    [90, 'p', 'probably the Carroll County Times, in August'],
    [96, 'l', 'Let me check what we have.'],
    [180, 'l', "The Carroll County Times from 1962 is on microfilm at our Westminster branch; it isn't digitized (the list is at library.carr.org/localhistory). I can look through the August issues and call you with what I find. Should I use the number on your account, 410-555-0144?"],
    [230, 'p', 'yes thats my cell'],
    [236, 'l', "Great, I'll call you at 410-555-0144 by Thursday."],
    [242, 'l', 'Anything else for now?'],
    [260, 'p', 'no, thank you so much'],
    [266, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), {
    ...FU_ME, patron: { name: null, email: null, phone: '410-555-0144' }, followUps: [{ doneAt: at(100 * HOUR) }],
  }, { now: T0 + 6 * DAY }),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '41 neighbour\'s dog bit a child: county code URL, "the report goes to Baltimore County Animal Services within 24 hours" (no contact)':
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat", no evidence). Message 4 answers the patron\'s "do i have to report it?" with "Yes. … any bite that breaks the skin has to be reported, and the report goes to Baltimore County Animal Services within 24 hours": the patron is told to report the bite to an agency outside the chat (RUBRIC Terms, Referral: "contact … (call, write to …) another agency"), said in the passive, with no e-mail, phone, address or URL for Animal Services (the municode URL is the code, not the agency).',
};

describe('forty-ninth round: pets, animals and wildlife, checked', () => {
  describeSessions('whole sessions', petsChecked.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', petsChecked.filter((c) => c.name in LEFT_WHY));
});
