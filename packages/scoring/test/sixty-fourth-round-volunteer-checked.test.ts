/**
 * Sixty-fourth round, theme VOLUNTEERING AND CIVIC SERVICE, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: finding volunteer shifts (a Baltimore food pantry, flood cleanup in Cedar
 * Rapids, a Habitat build for a church youth group, Thanksgiving with kids in Milwaukee, an animal shelter in Nashville),
 * AmeriCorps and AmeriCorps Seniors (the Segal education award and federal loans, Foster Grandparents in Rhode Island),
 * background checks for volunteers (a field-trip chaperone in Wake County, the Red Cross with an old misdemeanor, youth
 * soccer fingerprints in Charlotte), court-ordered community service (Hennepin County, a juvenile case in Baltimore County,
 * a patron who never got an answer), student service hours (Maryland SSL, a Cy-Fair student in Spanish), poll workers
 * (Franklin County, a bilingual one in Maricopa in Spanish, Missouri student judges, Ohio's Youth at the Booth), library
 * Friends groups (joining in Boyle Heights in Spanish, an hours letter in DC, the SFPL book sale, starting one in Ely MN),
 * literacy tutoring in Brooklyn, VITA tax volunteers in Kansas City, CERT in Oregon, Dari interpreters for Afghan families,
 * a Spanish-speaking abuela reading to children in San Antonio. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFourthRoundVolunteer-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning and welcome to Ask Us Now! My name is Ada …" (01); a pickup of exactly 60 s (02: pass) and of
 *   61 s (04: fail); `pickedUpAt` at exactly 60 s with the first visible line at 95 (05: pass); "Ellis here, a librarian
 *   with …" with no greeting word (06: fail); "Hey there! Gideon, librarian at …" (08); "Hi! Happy to help with that." and a
 *   branch question under the screen name "SPL Librarian 3" (09: greets, names no one: fail); "Hello!" in one message and
 *   "I'm Xavier at Kansas City Public Library" in the next (22: pass); "Hi, thank you for contacting us! Marguerite here" (13);
 *   Spanish "¡Hola! Bienvenida al chat … Me llamo Rafaela y soy bibliotecaria" (03), "¡Hola, buenas tardes! Soy Leticia,
 *   bibliotecaria" (12), "¡Buenas tardes! Habla Rocío, bibliotecaria" (17), "¡Hola! Soy Damián, bibliotecario … Hi" (28); no
 *   provider ever joined (27);
 *  inquiry: group or alone and paperwork, court deadline, district, county of registration, kind of role, grade and bus
 *   lines, type of loans, age of the daughter, DJS case manager, prior tax experience, the league's form, availability,
 *   group size "No rush — take your time." (25: a question, not a hold); the first sources given before "What grade are
 *   you in …?" (08: fail); a question and no source ever (02: pass);
 *  waits: "Let me pull up the current pay rate — one moment." answered exactly 120 s later (06: pass); "Give me a moment"
 *   then "I'm still looking …" 110 s later, the answer 121 s after that (07: fail); a partial result in Spanish that says
 *   "Sigo buscando …, un momento", the rest 124 s later (28: fail); two patron messages and an internal question, the answer
 *   125 s after the first (30: fail); a transfer notice answered 78 s (21: pass) and 121 s (23: fail) later; a silent
 *   transfer, the receiver 95 s after the patron (22: pass); a hold still open when the patron leaves and the session ends
 *   273 s later (02: does not count, pass);
 *  endings: final idle 119 s with no check-in (15: na, courteous fails); exactly 180 s to a goodbye that gives notice, with
 *   "Still with me?" (16: both pass); 179 s to a Spanish notice-goodbye with no check-in (17: check-in fails, notice na);
 *   200 s with nothing at all after an e-mail read-back (11: both fail); a true Lost Call, greeting + "Are you still there?"
 *   + notice 187 s in (18); the patron left during a hold, no non-hold provider message after the patron's last one (02:
 *   no final idle); "You've reached the limit for one chat session, so I'll need to end it here." (19: dismissal, no
 *   goodbye); "several people waiting … feel free to chat back in later. Thanks!" (20: allowed); the patron's "bye",
 *   "wow ok", "ok will do", "❤️" last (09, 19, 20, 28); patron-side "thats all i needed 🙌", "no more questions", "eso es
 *   todo", "that was all!", "thats all we needed for now", and "ya thanks", "si gracias", "ok cool thx" that do not count;
 *  sources: mdfoodbank.org, volunteermatch.org, hennepin.us, wcpss.net, vote.franklincountyohio.gov, americorps.gov (twice),
 *   marylandpublicschools.org and bcps.org, spl.org, rescue.org, dclibrary.org, hcpl.net and volunteerhouston.org,
 *   redcross.org, stlouiscountyvotes.gov, nashville.gov, recorder.maricopa.gov, jacksoncountyor.gov, friendssfpl.org,
 *   bcpl.info, irs.gov (Link & Learn), charlottenc.gov, bklynlibrary.org, indyhabitat.org, mysapl.org, ala.org and
 *   sos.state.mn.us, boe.cuyahogacounty.gov, lapl.org; none at all, only organisations named (02: fail);
 *  referrals: "contact your local Red Cross chapter or the county emergency management office" (02: no contact, fail); "ask
 *   your probation officer to approve the site" (04: fail); the Friends coordinator by e-mail and the branch desk by street
 *   address (03); the Board of Elections' poll worker line (06); the IRC's Baltimore office by URL and phone (10); the DJS
 *   county office by phone (21); the CMPD records unit by street address (23); the library's own Adult Learning office by
 *   phone (24: own department, pass); the Friends' volunteer coordinator by e-mail (20); "check with our Friends liaison"
 *   (11), "le paso su pregunta y ellos le llamarán" (12), "I'll ask them and call you" (29): staff consulted on the patron's
 *   behalf, no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done at a time written in another offset (10: 71 h 58 m,
 *   which reads as 72 h 58 m by wall clock: pass); a promise to e-mail "tomorrow" with the address read back, coded Answered
 *   (11: code fails, contact passes, pending); FU_LIB in Spanish, the phone typed by the patron, no "when", unrecorded at day 4
 *   (12: contact and on_time fail); FU_ME with the address only in `patron.email`, "within 72 hours" (13: contact fails, code
 *   passes, pending); FU_ME with no contact anywhere, "by Friday", done 72 h 1 min after the end (14: code, contact and
 *   on_time fail); no codes in the source, the phone read back, "by Thursday", done exactly 72 h after the end (29: code na,
 *   contact and on_time pass);
 *  codes: Practice (26); a true Lost Call (18); Lost Call with no provider and one patron message (27: pass); Lost Call after
 *   three patron messages (02: fail); `null` (19); "" (30); none in the source (29);
 *  transfers: notice + internal note that says why (21: pass); internal note only (22: fail); notice only (23: fail);
 *  concurrency: three others open at once over this one (24: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (25: three at most, pass); the receiving provider's three other chats ending exactly
 *   at the transfer and a fourth later (22: judged over the part she handled, at most two, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey there!" greets; "Ellis here, a librarian with …" identifies but does not greet (06); "Hi! Happy to help with that."
 *   names no one, and the screen name "SPL Librarian 3" does not count (09);
 * - Spanish greetings ("¡Hola!", "Buenas tardes") greet; "Me llamo Rafaela y soy bibliotecaria de …", "Soy Leticia,
 *   bibliotecaria de …", "Habla Rocío, bibliotecaria de …", "Soy Damián, bibliotecario de …" identify; "¿Es lo que
 *   buscaba?", "¿Le sirve la información mientras tanto?", "¿Le sirve esta información?", "¿Esto le sirve a su abuela?" are
 *   the completeness question; "eso es todo" says explicitly that the patron is done, "si gracias" does not; "Sigo buscando
 *   si hay algo igual en las sucursales, un momento." after a partial result is a hold (28); "Parece que se desconectó, así
 *   que cerraré el chat. ¡Gracias por escribirnos!" tells the patron they seem to have disconnected and that the chat ends,
 *   and thanks them (a goodbye, 17);
 * - "It seems we've lost you, so I'm going to close the chat now." tells the patron they seem to have disconnected and that
 *   the session will end (16); "Still with me?" asks whether the patron is still there;
 * - a final idle of exactly 180 s (16) meets `disconnectSeconds` (≥); 179 s (17) does not; 119 s (15) is under
 *   `idleCheckSeconds`;
 * - when the patron's last visible message is followed only by a provider hold (02: "let me check … One moment.", then the
 *   patron left), no waiting on the patron begins: there is no final idle, idle and notice checks na;
 * - "ask your probation officer to approve the site" (04) tells the patron to ask a person outside the chat: a referral, with
 *   no way to reach them; "contact your local Red Cross chapter or the county emergency management office" (02) names
 *   organisations with no way to reach them: referral fail and, with nothing else given, no source; "check with our Friends
 *   liaison" (11), "le paso su pregunta y ellos le llamarán" (12), "I'll ask them and call you" (29) are staff or others the
 *   provider consults on the patron's behalf: no referral; "call the Adult Learning volunteer office at …" (24) is the
 *   provider's own library's department the patron is told to contact: a referral;
 * - a follow-up done at exactly 72 h after `endedAt` (29) is "within" `followUpHours`; 72 h 1 min (14) is not; a `doneAt` written
 *   with a -04:00 offset is compared in real elapsed time (10);
 * - the phone typed in the chat by the patron (12) is "given there" (confirmed); "ellos le llamarán" gives no time;
 * - "Got it — tay.brooks05@example.com." does not thank the patron (11: courteous fails); "Good luck, and come back anytime!"
 *   invites back (08);
 * - a transfer: each provider "judged over the part they handled" (22: Yolanda's three other chats end exactly at the
 *   transfer, so while she handled it she had at most two open).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (02 on referral.contact, 18 on five information checks, 28 on inquiry.clarify).
 * Label corrections: 0 (each disagreement reread against RUBRIC.md's text: the Referral term and referral.contact for 02, the
 * Substantive exchange term and the na clauses of keep_informed, clarify, source, completeness and anything_else for 18,
 * inquiry.clarify for 28; every label stands).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "Your best bets are to contact your local Red Cross chapter or the county emergency management
 *    office" read as no referral (na; RUBRIC fail: the patron is told to contact two organisations, with no way to reach them);
 *  - keep_informed, clarify, source, completeness, anything_else, case 18: a session whose provider sent only a greeting, "Are
 *    you still there? 🙂" and a disconnect notice read as a substantive exchange (pass / fail ×4; RUBRIC na: a greeting, an
 *    idle check-in and a disconnect notice are not one);
 *  - inquiry.clarify, case 28: "¿Qué le gusta hacer a su abuela: leer a niños, ayudar con eventos, o algo más tranquilo?"
 *    before the first source not read as a question about the need (fail; RUBRIC pass).
 * Every timing check (pickup at exactly 60 s, at 61 s and by `pickedUpAt` at exactly 60 s, no provider; keep_informed at exactly
 * 120 s after a hold, 121 s after a "still looking", 124 s after a Spanish partial result that says the search goes on, 125 s
 * across a second patron message and an internal message, 78 s and 121 s after a transfer notice, 95 s across a silent
 * transfer, 224 s of waiting on the patron after "take your time", a hold still open at the end; final idles of 119, 179, 180,
 * 187 and 200 s and none after a hold; concurrency at four, at touching ends and over the receiving provider's part only;
 * on_time done at 71 h 58 m written in another offset, at exactly 72 h and at 72 h 1 min, unrecorded past the deadline,
 * pending twice) and every code (Practice, a true Lost Call, Lost Call with no provider and one patron message, Lost Call
 * after three patron messages, null, "", no codes in the source, a promise under Answered, follow-up codes with a contact in
 * the chat, only in `patron.email` and nowhere) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back and only in `patron.email`; patron phones
 * typed, and typed and read back; referral e-mails and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (27 running as labelled, 3 through describeLeft). tsc clean
 * (`npx tsc -p tsconfig.json --noEmit`, no errors).
 * ON v58 (block X, written partly from this file and nineteen others of the sixty-fourth round): case 02's "Your best bets are to
 *   contact …" (X14) and case 28's "…, o algo más tranquilo?" (X25: no closing question, so it clarifies) run; 29 running, 1 LEFT
 *   (18).
 * ON v67 (block AG15): case 18's "Are you still there? 🙂" is only a check-in (no substantive exchange); it runs, none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ADA: Prov = { id: 'ada-v', name: 'Ada', library: 'EPFL' };
const GRETA: Prov = { id: 'greta-v', name: 'Greta', library: 'CRPL' };
const RAFAELA: Prov = { id: 'rafaela-v', name: 'Rafaela', library: 'LAPL' };
const CORBIN: Prov = { id: 'corbin-v', name: 'Corbin', library: 'HCL-MN' };
const DELPHINE: Prov = { id: 'delphine-v', name: 'Delphine', library: 'WCPL' };
const ELLIS: Prov = { id: 'ellis-v', name: 'Ellis', library: 'CML' };
const FLORA: Prov = { id: 'flora-v', name: 'Flora', library: 'PPL-RI' };
const GIDEON: Prov = { id: 'gideon-v', name: 'Gideon', library: 'BCPL' };
const DESK: Prov = { id: 'desk-v', name: 'SPL Librarian 3', library: 'SPL-WA' };
const JANELLE: Prov = { id: 'janelle-v', name: 'Janelle', library: 'AUN' };
const KWAME: Prov = { id: 'kwame-v', name: 'Kwame', library: 'DCPL' };
const LETICIA: Prov = { id: 'leticia-v', name: 'Leticia', library: 'HCPL-TX' };
const MARGUERITE: Prov = { id: 'marguerite-v', name: 'Marguerite', library: 'NOPL' };
const NORRIS: Prov = { id: 'norris-v', name: 'Norris', library: 'SLCL' };
const OPHELIA: Prov = { id: 'ophelia-v', name: 'Ophelia', library: 'NPL-TN' };
const PERCY: Prov = { id: 'percy-v', name: 'Percy', library: 'APL-TX' };
const ROCIO: Prov = { id: 'rocio-v', name: 'Rocío', library: 'PHXPL' };
const SIMONE: Prov = { id: 'simone-v', name: 'Simone', library: 'MPL-WI' };
const TOBIAS: Prov = { id: 'tobias-v', name: 'Tobias', library: 'JCLS' };
const UMA: Prov = { id: 'uma-v', name: 'Uma', library: 'SFPL' };
const VERA: Prov = { id: 'vera-v', name: 'Vera', library: 'AUN' };
const WALT: Prov = { id: 'walt-v', name: 'Walt', library: 'AUN' };
const XAVIER: Prov = { id: 'xavier-v', name: 'Xavier', library: 'KCPL' };
const YOLANDA: Prov = { id: 'yolanda-v', name: 'Yolanda', library: 'KCPL' };
const ZARA: Prov = { id: 'zara-v', name: 'Zara', library: 'CMLIB' };
const AMOS: Prov = { id: 'amos-v', name: 'Amos', library: 'CMLIB' };
const BEATRIX: Prov = { id: 'beatrix-v', name: 'Beatrix', library: 'BPL-NY' };
const CASPIAN: Prov = { id: 'caspian-v', name: 'Caspian', library: 'INDYPL' };
const TRAINEE: Prov = { id: 'trainee-v', name: 'Trainee 4', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-v', name: 'Queue', library: 'VRQ' };
const DAMIAN: Prov = { id: 'damian-v', name: 'Damián', library: 'SAPL' };
const ELODIE: Prov = { id: 'elodie-v', name: 'Elodie', library: 'ASKMN' };
const FELIX: Prov = { id: 'felix-v', name: 'Felix', library: 'CCPL-OH' };

const s = session;

/** The queue's own line while nobody is free (system). */
const busy = (sec: number): Line => [sec, 's', 'All of our librarians are busy. Please stay on the line; someone will be with you shortly.'];

export const sixtyFourthRoundVolunteer: SessionCase[] = [
  // 01 the plain good session
  s(ADA, '01 a Saturday food pantry shift in Baltimore: "welcome to Ask Us Now! My name is Ada", alone or a group, mdfoodbank.org + volunteermatch.org, "thats all i needed 🙌"', [
    [0, 'p', 'hi!! looking for volunteer shifts this saturday, food pantry or soup kitchen type thing. im in baltimore city'],
    [19, 'l', "Good morning and welcome to Ask Us Now! My name is Ada and I'm a librarian at the Enoch Pratt Free Library."],
    [25, 'l', 'Is this for you alone or for a group, and do you need the hours documented for anything (school, work, court)?'],
    [58, 'p', 'just me, no paperwork needed lol i just want to help'],
    [64, 'l', "The Maryland Food Bank posts open volunteer shifts with a sign-up calendar at mdfoodbank.org/volunteer, and one-day opportunities all over the city are listed at volunteermatch.org (search 21201). Saturday morning slots tend to fill by Thursday, so book soon."],
    [70, 'l', 'Is that the kind of thing you had in mind?'],
    [101, 'p', 'yesss perfect, thats all i needed 🙌'],
    [106, 'l', 'Enjoy volunteering, and thanks for chatting with us!'],
  ], usual()),

  // 02 pickup exactly 60 s; organisations named with no way to reach them; a hold still open when the patron leaves; Lost Call after three patron messages
  s(GRETA, '02 flood cleanup crews in Cedar Rapids: pickup at 60 s, "contact your local Red Cross chapter or the county emergency management office" (no contact, no source), a hold, the patron leaves, coded Lost Call', [
    [0, 'p', 'the river flooded in our town last week and i want to help clean up. who do i call'],
    [60, 'l', "Hi, I'm Greta, a librarian at Cedar Rapids Public Library. So sorry to hear about the flooding."],
    [66, 'l', 'Are you hoping to join a cleanup crew, donate supplies, or something else?'],
    [100, 'p', 'cleanup crews, i have a truck'],
    [107, 'l', 'Your best bets are to contact your local Red Cross chapter or the county emergency management office; they coordinate volunteer cleanup crews after floods.'],
    [140, 'p', 'do i need to be trained or can i just show up'],
    [147, 'l', 'Good question, let me check what training they ask for. One moment.'],
    left(200),
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'fail', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endedAt: at(420) }),

  // 03 Spanish; the Friends coordinator by e-mail and the branch desk by address
  s(RAFAELA, '03 unirse a los Amigos de la biblioteca en Boyle Heights (Spanish): "Me llamo Rafaela y soy bibliotecaria", coordinadora por e-mail, lapl.org, "eso es todo"', [
    [0, 'p', 'hola quiero ser voluntaria con los amigos de la biblioteca, como me uno?'],
    [23, 'l', '¡Hola! Bienvenida al chat Pregúntele al Bibliotecario. Me llamo Rafaela y soy bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [29, 'l', '¿Cuál es su sucursal más cercana? Cada grupo de Amigos es independiente.'],
    [64, 'p', 'la de boyle heights'],
    [71, 'l', 'El grupo de Amigos de la Biblioteca Benjamin Franklin (Boyle Heights) se reúne una vez al mes. Puede escribir a su coordinadora a franklinfriends@example.org o pasar por el mostrador de la sucursal, 2200 E 1st St, Los Angeles. La lista de todos los grupos de Amigos está en lapl.org/support/friends.'],
    [77, 'l', '¿Es lo que buscaba?'],
    [118, 'p', 'si!! eso es todo, gracias'],
    [124, 'l', '¡Con mucho gusto! Gracias por escribirnos y que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup 61 s; the probation officer with no contact
  s(CORBIN, '04 40 court-ordered hours at a Minneapolis nonprofit: 61 s pickup, hennepin.us/volunteer, "ask your probation officer to approve the site" (no contact), "no more questions"', [
    [0, 'p', 'i got 40 hrs community service from court need to find a place that takes court ordered ppl. minneapolis'],
    [61, 'l', "Hello, and sorry for the wait — I'm Corbin, a librarian at Hennepin County Library."],
    [67, 'l', 'Does your court paperwork list approved sites, or a deadline for finishing the hours?'],
    [110, 'p', 'says due by may 1 and the site has to be a nonprofit'],
    [117, 'l', 'The county volunteer hub lists nonprofits that accept court-ordered hours; filter by "court-ordered OK" at hennepin.us/volunteer. Before you start anywhere, ask your probation officer to approve the site so the hours count.'],
    [123, 'l', 'Does that get you what you need?'],
    [160, 'p', 'yeah ok that works, no more questions'],
    [165, 'l', 'Thanks for chatting, and good luck getting those hours in!'],
  ], usual({ pickup: 'fail', referral: 'fail' })),

  // 05 pickedUpAt exactly 60 s, first visible line at 95
  s(DELPHINE, '05 a background check to chaperone a field trip (Wake County): pickedUpAt 60 s, first line at 95, wcpss.net/volunteer, "Anything else today?"', [
    [0, 'p', 'my kids school says i need a background check to chaperone the field trip. how long does it take and who pays'],
    [95, 'l', 'Hi there, this is Delphine from Wake County Public Libraries. Thanks for waiting!'],
    [101, 'l', 'Which school district is it — the Wake County Public School System?'],
    [130, 'p', 'yes wcpss'],
    [137, 'l', 'WCPSS volunteers register online and the district runs the criminal background check at no cost to you. Approval usually takes 5 to 10 business days, so sign up at least two weeks before the trip. The registration page is wcpss.net/volunteer.'],
    [143, 'l', 'Is that what you needed?'],
    [175, 'p', 'perfect thank you!'],
    [180, 'l', 'Anything else today?'],
    [200, 'p', 'no thats it'],
    [205, 'l', 'Have a great field trip, bye!'],
  ], usual(), { pickedUpAt: at(60) }),

  // 06 names himself but never greets; a hold answered exactly 120 s later; the Board of Elections by phone
  s(ELLIS, '06 paid poll worker in Franklin County: "Ellis here, a librarian with …" (no greeting), "one moment" answered exactly 120 s later, the Board\'s poll worker line', [
    [0, 'p', 'how do i sign up to be a poll worker for the november election? do they pay'],
    [16, 'l', "Ellis here, a librarian with Columbus Metropolitan Library's chat service."],
    [22, 'l', "Are you registered to vote in Franklin County? Poll workers usually serve in the county where they're registered."],
    [55, 'p', 'yes franklin county'],
    [61, 'l', 'Let me pull up the current pay rate — one moment.'],
    [181, 'l', "Thanks for hanging on. Franklin County poll workers are paid about $200 for Election Day plus paid training. You can apply online at vote.franklincountyohio.gov/poll-workers, or call the Board of Elections' poll worker line at 614-555-0142."],
    [187, 'l', 'Does that answer your question?'],
    [220, 'p', 'yep thats everything, thx'],
    [226, 'l', 'Thank you for signing up to help — goodbye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 holds of 110 s and then 121 s
  s(FLORA, '07 Senior Corps for a retired teacher in Rhode Island (caps): "Give me a moment" then "I\'m still looking" 110 s later, the answer 121 s after that, americorps.gov', [
    [0, 'p', 'I AM 68 AND RETIRED. WHAT IS SENIOR CORPS AND IS THERE ONE IN RHODE ISLAND'],
    [21, 'l', "Good afternoon, you're chatting with Flora at Providence Public Library. Thanks for writing in."],
    [27, 'l', 'Are you more interested in working with children, with other seniors, or on general community projects?'],
    [70, 'p', 'CHILDREN I THINK. I WAS A TEACHER'],
    [76, 'l', 'Wonderful. Give me a moment to see which programs run in Rhode Island.'],
    [186, 'l', "I'm still looking — the program was renamed, so bear with me."],
    [307, 'l', 'Senior Corps is now called AmeriCorps Seniors. Its Foster Grandparent Program pairs people 55 and older with children who need a mentor, and there is a small tax-free stipend. You can search Rhode Island projects at americorps.gov/serve/americorps-seniors (Find a Local Program).'],
    [313, 'l', 'Does this help?'],
    [360, 'p', 'YES VERY MUCH. THANK YOU DEAR'],
    [366, 'l', 'Is there anything else I can help with?'],
    [390, 'p', 'NO THAT IS ALL'],
    [395, 'l', 'Thank you, and enjoy the grandkids-to-be! Goodbye.'],
  ], usual({ informed: 'fail' })),

  // 08 the sources before the question
  s(GIDEON, '08 75 SSL hours with no car (😭): "Hey there! Gideon, librarian at …", marylandpublicschools.org + bcps.org given first, then "What grade are you in …?"', [
    [0, 'p', 'i need 75 SSL hours to graduate and i only have 20 😭 where can i get them fast'],
    [14, 'l', 'Hey there! Gideon, librarian at Baltimore County Public Library.'],
    [20, 'l', 'The Maryland State Department of Education explains what counts toward the service-learning graduation requirement at marylandpublicschools.org (search "service-learning"), and BCPS posts approved opportunities at bcps.org/ssl.'],
    [26, 'l', 'What grade are you in, and do you have a car or need something on a bus line?'],
    [60, 'p', '11th grade, no car'],
    [67, 'l', "Then look at the library's own teen volunteer program: Teen Tech Helpers and the summer reading crew both count for SSL, and most branches are on bus lines. Details at bcpl.info/teens. Did that help?"],
    [100, 'p', 'omg yes ty'],
    [105, 'l', 'Anything else?'],
    [115, 'p', 'nah'],
    [120, 'l', 'Good luck, and come back anytime!'],
  ], usual({ clarify: 'fail' })),

  // 09 greets, names no one; the patron has the last word
  s(DESK, '09 shelving books at the Ballard branch: "Hi! Happy to help with that." under the screen name "SPL Librarian 3", spl.org, patron "bye" last', [
    [0, 'p', 'does the library need volunteers?? i want to shelve books or something'],
    [10, 'l', 'Hi! Happy to help with that.'],
    [16, 'l', 'Which branch is closest to you?'],
    [40, 'p', 'ballard'],
    [46, 'l', 'Seattle Public Library runs volunteer programs like homework help and ESL conversation circles; shelving is done by staff. Openings and the application are at spl.org/support-us/volunteer. Does that answer your question?'],
    [80, 'p', 'oh ok. ty thats all'],
    [85, 'l', 'You bet, bye now!'],
    [90, 'p', 'bye'],
  ], usual({ greeting: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Wednesday", done at a -04:00 time 71 h 58 m after the end; the IRC by URL and phone
  s(JANELLE, '10 Dari interpreting for Afghan families near Columbia MD (follow-up by me): the IRC by URL and phone, e-mail read back, "by Wednesday", done 71 h 58 m later (written -04:00)', [
    [0, 'p', 'I speak Dari and want to volunteer helping afghan families resettle. Are there groups near Columbia MD?'],
    [18, 'l', "Hello, thanks for contacting Ask Us Now! I'm Janelle, a librarian with Howard County Library System."],
    [24, 'l', 'Are you hoping to interpret, tutor, or help with things like rides and apartment setup?'],
    [65, 'p', 'interpreting mostly, but anything'],
    [72, 'l', "The International Rescue Committee's Baltimore office takes volunteer interpreters: apply at rescue.org/united-states/baltimore-md or call them at 410-555-0118."],
    [78, 'l', "I'd like to put together a list of smaller Howard County groups too. I'll e-mail it to you by Wednesday — what address should I send it to?"],
    [120, 'p', 'farid.n@example.net'],
    [126, 'l', 'Got it: farid.n@example.net. Does the IRC info help for now?'],
    [160, 'p', 'yes thank u so much'],
    [166, 'l', 'Is there anything else I can do for you today?'],
    [190, 'p', 'no thanks'],
    [196, 'l', 'Thank you for chatting with Ask Us Now, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: '2026-03-05T11:02:00-04:00' }] }, { now: T0 + 5 * DAY }),

  // 11 a promise to e-mail "tomorrow", address read back, coded Answered; then 200 s of nothing
  s(KWAME, '11 an hours letter for a Friends book sale volunteer (DC): "e-mail you tomorrow", address read back, coded Answered, then 200 s with no check-in or notice', [
    [0, 'p', 'hey i volunteered at the friends of the library book sale at MLK last fall and need a letter w my hours for a scholarship app. who do i ask'],
    [20, 'l', 'Hi! This is Kwame, a reference librarian at DC Public Library.'],
    [26, 'l', 'When is the scholarship application due?'],
    [55, 'p', 'march 15'],
    [61, 'l', "The Friends groups keep their own volunteer records, not the library, so I'll check with our Friends liaison on how they issue hour letters and e-mail you tomorrow. What's your e-mail?"],
    [100, 'p', 'its tay.brooks05@example.com'],
    [106, 'l', 'Got it — tay.brooks05@example.com. Meanwhile, the Friends of the MLK Library page is dclibrary.org/friends. Did that help a bit?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }), { endedAt: at(306) }),

  // 12 Spanish; follow-up by the patron's library; phone typed, no time; unrecorded at day 4
  s(LETICIA, '12 20 horas de servicio comunitario para la prepa (Spanish, follow-up by patron\'s library): hcpl.net, la sucursal Cy-Fair "le llamarán", teléfono escrito, sin cuándo, sin registrar al día 4', [
    [0, 'p', 'buenas, mi hija necesita 20 horas de servicio comunitario para la prepa (Cy-Fair ISD) y no sabemos donde'],
    [24, 'l', '¡Hola, buenas tardes! Soy Leticia, bibliotecaria de Harris County Public Library.'],
    [30, 'l', '¿Qué edad tiene su hija? Algunos lugares solo aceptan voluntarios de 16 años o más.'],
    [65, 'p', '15'],
    [72, 'l', 'Con 15 años puede entrar al programa de voluntarios adolescentes de la biblioteca, que acepta desde los 14: hcpl.net/teen-volunteers. La lista de Volunteer Houston en volunteerhouston.org también se puede filtrar por edad.'],
    [78, 'l', 'Su biblioteca local, la sucursal Cy-Fair, puede confirmar qué horas acepta la escuela; les paso su pregunta y ellos le llamarán. ¿A qué número?'],
    [120, 'p', '281 555 0177'],
    [126, 'l', '¿Le sirve la información mientras tanto?'],
    [160, 'p', 'si gracias'],
    [165, 'l', '¡Gracias por escribirnos! Hasta luego.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 13 follow-up by me; the address only in patron.email; "within 72 hours"
  s(MARGUERITE, '13 the Red Cross background check with an old misdemeanor (follow-up by me): redcross.org, "within 72 hours", the address only in patron.email', [
    [0, 'p', 'thinking of volunteering w the red cross for hurricane season but i have an old misdemeanor. will the background check knock me out?'],
    [22, 'l', 'Hi, thank you for contacting us! Marguerite here, librarian at New Orleans Public Library.'],
    [28, 'l', 'How long ago was it, and what kind of role are you interested in — shelters, blood drives, or disaster response?'],
    [75, 'p', '2015, shoplifting. shelters'],
    [82, 'l', "The Red Cross runs a background check for disaster volunteers. Their volunteer FAQ at redcross.org/volunteer says a record doesn't automatically rule you out; it depends on the offense and how long ago it was. I want to find their exact lookback rule, so I'll send you what I find within 72 hours."],
    [88, 'l', 'Does the FAQ help in the meantime?'],
    [120, 'p', 'yes ok thanks'],
    [126, 'l', 'Thanks for chatting — goodbye for now!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'dee.landry@example.org', phone: null } }),

  // 14 follow-up by me with no contact anywhere; done 72 h 1 min after the end
  s(NORRIS, '14 a 16-year-old election judge in Missouri (follow-up by me): stlouiscountyvotes.gov, "get back to you by Friday", no contact anywhere, done 72 h 1 min after the end', [
    [0, 'p', 'can a 16 yr old be a poll worker in missouri? my teacher said theres a student program'],
    [17, 'l', "Hello! You're chatting with Norris at St. Louis County Library."],
    [23, 'l', 'Are you signing up through your school, or on your own?'],
    [55, 'p', 'on my own i think'],
    [61, 'l', "Yes — Missouri lets high school students 16 and older serve as student election judges with a parent's and the principal's permission. The St. Louis County Board of Election Commissioners has the form at stlouiscountyvotes.gov (Election Judges > Student Judges)."],
    [67, 'l', "I'll find out when the next student training sessions are and get back to you by Friday."],
    [95, 'p', 'ok cool thx'],
    [100, 'l', 'Thank you for reaching out — bye!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), {
    ...FU_ME, followUps: [{ doneAt: at(105 + 72 * HOUR + 60) }],
  }, { now: T0 + 5 * DAY }),

  // 15 final idle 119 s, no check-in, no goodbye
  s(OPHELIA, '15 minimum age at Metro Animal Care in Nashville: answer at 56, endedAt 175 (final idle 119 s), no check-in, no goodbye', [
    [0, 'p', 'how old do you have to be to volunteer at the animal shelter in nashville'],
    [20, 'l', "Hi, I'm Ophelia, a librarian with Nashville Public Library."],
    [26, 'l', 'Do you mean Metro Animal Care and Control, or a private rescue?'],
    [50, 'p', 'metro'],
    [56, 'l', 'Metro Animal Care and Control takes volunteers 18 and up on their own, and 12 to 17 with a parent volunteering alongside. The orientation sign-up is at nashville.gov/animalcare (Volunteer). Does that help?'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endedAt: at(175) }),

  // 16 final idle exactly 180 s to a goodbye that gives notice, with a check-in
  s(PERCY, '16 the Segal education award and federal loans after VISTA: answer at 52, "Still with me?" at 172, "It seems we\'ve lost you … Thanks" at 232 (180 s)', [
    [0, 'p', 'does the americorps education award pay off student loans directly? doing VISTA next year'],
    [15, 'l', 'Hi, thanks for writing! Percy at Austin Public Library here.'],
    [21, 'l', 'Are your loans federal, private, or both?'],
    [45, 'p', 'federal'],
    [52, 'l', 'Yes: the Segal AmeriCorps Education Award can be paid straight to qualifying federal student loans, and VISTA members can choose a cash stipend instead. The rules and the payment request steps are at americorps.gov/members-volunteers/segal-americorps-education-award. Is that what you were looking for?'],
    [172, 'l', 'Still with me?'],
    [232, 'l', "It seems we've lost you, so I'm going to close the chat now. Thanks for contacting us, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 17 Spanish; final idle 179 s to a notice-goodbye, no check-in
  s(ROCIO, '17 trabajador electoral bilingüe en Maricopa (Spanish): recorder.maricopa.gov, sin "¿sigue ahí?", "Parece que se desconectó … ¡Gracias por escribirnos!" a los 179 s', [
    [0, 'p', 'hola, quiero trabajar en las elecciones como trabajador electoral bilingue, donde me apunto? vivo en phoenix'],
    [21, 'l', '¡Buenas tardes! Habla Rocío, bibliotecaria de Phoenix Public Library. Con gusto le ayudo.'],
    [27, 'l', '¿Está registrado para votar en el condado de Maricopa?'],
    [60, 'p', 'si'],
    [66, 'l', 'El condado de Maricopa busca trabajadores electorales bilingües y les paga un poco más. La solicitud en español está en recorder.maricopa.gov (Trabajadores electorales). ¿Le sirve esta información?'],
    [245, 'l', 'Parece que se desconectó, así que cerraré el chat. ¡Gracias por escribirnos!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 18 a true Lost Call: greeting, check-in, notice (187 s)
  s(SIMONE, '18 Thanksgiving volunteering with two kids in Milwaukee (Lost Call): greeting, "Are you still there? 🙂" at 140, notice that invites back at 205 (187 s)', [
    [0, 'p', 'where can i volunteer on thanksgiving day in milwaukee?? with my 2 kids'],
    [18, 'l', 'Hello! Simone here, a librarian at Milwaukee Public Library.'],
    [140, 'l', 'Are you still there? 🙂'],
    [205, 'l', "I haven't heard back, so it seems you've been disconnected; I'll end this chat now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 "you've reached the limit"; no goodbye; code null
  s(TOBIAS, '19 CERT training in Jackson County OR, then a run-on list: "You\'ve reached the limit for one chat session, so I\'ll need to end it here.", patron "wow ok" last, code null', [
    [0, 'p', 'whats CERT training and is it free? in jackson county oregon'],
    [25, 'l', 'Hi, this is Tobias with Jackson County Library Services.'],
    [31, 'l', 'Are you hoping to join a CERT team, or just take the class for your own preparedness?'],
    [60, 'p', 'join'],
    [66, 'l', "CERT is free disaster-response training run by local emergency managers. Jackson County's classes and the sign-up form are at jacksoncountyor.gov/emergency (CERT). Does that cover it?"],
    [100, 'p', 'ok and whats the age limit and can i do it online and do i get a backpack and does it count for my nursing school volunteer hours and'],
    [107, 'l', "That's a lot of questions! You've reached the limit for one chat session, so I'll need to end it here."],
    [120, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 20 others waiting, invited back; the Friends' coordinator by e-mail
  s(UMA, '20 the SFPL Big Book Sale, then five more questions: friendssfpl.org, "several people waiting … chat back in later. Thanks!", the coordinator by e-mail, patron "ok will do" last', [
    [0, 'p', 'hi how do i join the friends of the sf public library? i want to help at the big book sale'],
    [19, 'l', "Good evening! I'm Uma, a librarian at San Francisco Public Library. Thanks for stopping by the chat."],
    [25, 'l', "Would you like to become a member, or volunteer at the sale itself? They're separate sign-ups."],
    [58, 'p', 'volunteer at the sale'],
    [64, 'l', 'The Friends of the San Francisco Public Library run the Big Book Sale and recruit shift volunteers each summer; the sign-up is at friendssfpl.org/volunteer. Did that help?'],
    [100, 'p', 'yes. also can i bring my teen, do we get free books, is there parking, can we do setup day, and what about the bookstore at fort mason'],
    [108, 'l', "Those are great questions, but there are several people waiting for help right now. The Friends' volunteer coordinator can answer all of them — write to them at volunteer@friendssfpl.org — or feel free to chat back in later. Thanks!"],
    [125, 'p', 'ok will do'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 a transfer with a notice and a note that says why; the DJS office by phone
  s(VERA, '21 juvenile community service at the library (Baltimore County): transfer notice + internal note why, Walt 78 s after the notice, bcpl.info, the DJS office by phone', [
    [0, 'p', 'my son (15) got community service through juvenile court in baltimore county, can he do it at the library?'],
    [20, 'l', "Hi, I'm Vera with Ask Us Now!, Maryland's chat reference service."],
    [26, 'l', 'Does the court order name who supervises the hours, like a Department of Juvenile Services case manager?'],
    [66, 'p', 'yes a DJS case manager'],
    [72, 'l', "I'm going to transfer you to Walt, our subject specialist for legal and court questions — he'll be with you shortly."],
    [75, 'i', 'Walt, juvenile community service in Baltimore Co. (a DJS case manager supervises), can the library host it? Legal/court one, yours.'],
    xfer(78, 'Walt', 'walt-v'),
    [150, 'l', "Hi, Walt here, law and court specialist for Ask Us Now. Baltimore County Public Library does take some court-ordered youth volunteers, but the DJS case manager has to approve the site first. BCPL's volunteer page is bcpl.info/volunteer; to reach the case manager, call the DJS Baltimore County office at 410-555-0133. Does that answer it?", as(WALT)],
    [190, 'p', 'yes thanks that is everything'],
    [195, 'l', 'Glad to help — goodbye!', as(WALT)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 22 greeting split over two messages; a silent transfer; the receiver's other chats end exactly at the transfer
  s(XAVIER, '22 becoming a VITA tax volunteer in Kansas City: "Hello!" then "I\'m Xavier at …", internal note only, silent transfer, Yolanda 95 s after the patron; her three other chats end at the transfer', [
    [0, 'p', 'i want to be a VITA tax volunteer this season. is the irs certification test hard? kansas city'],
    [16, 'l', 'Hello!'],
    [20, 'l', "I'm Xavier at Kansas City Public Library. Have you prepared taxes before, or would you be brand new?"],
    [50, 'p', 'brand new but good w numbers'],
    [55, 'i', 'Yolanda, VITA volunteer q — you coordinate our tax site, can you take it?'],
    xfer(58, 'Yolanda', 'yolanda-v'),
    [145, 'l', 'Hi, Yolanda here, the tax site coordinator at Kansas City Public Library. New volunteers take the free Link & Learn Taxes course and pass the Basic certification test online; it\'s open-book and most people pass. It\'s on irs.gov (search "Link & Learn Taxes"). Does that help?', as(YOLANDA)],
    [180, 'p', 'yes!! perfect thats all i needed'],
    [185, 'l', 'Thanks so much, see you at training!', as(YOLANDA)],
  ], usual({ transfer: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yolanda-v', -50, 58), other('y2', 'yolanda-v', -40, 58), other('y3', 'yolanda-v', -30, 58), other('y4', 'yolanda-v', 100, 400)],
  }),

  // 23 an announced transfer with no internal note, answered 121 s after the notice; the CMPD records unit by address
  s(ZARA, '23 fingerprints for a youth soccer coach background check (Charlotte): "Let me bring in my colleague Amos … transferring you now", no internal note, Amos 121 s later, CMPD by address', [
    [0, 'p', 'the youth soccer league says i need fingerprints for my volunteer coach background check. where do i get fingerprinted in charlotte'],
    [22, 'l', 'Hi there, this is Zara at Charlotte Mecklenburg Library.'],
    [28, 'l', 'Did the league send you a specific form, or a link to a vendor?'],
    [70, 'p', 'they said any law enforcement agency'],
    [76, 'l', 'Let me bring in my colleague Amos, who handles our government info questions — transferring you now.'],
    xfer(79, 'Amos', 'amos-v'),
    [197, 'l', "Hello, Amos here. Make an appointment with the Charlotte-Mecklenburg Police Department's records unit at its headquarters, 601 E Trade St, Charlotte; they fingerprint volunteers for a small fee. Hours and fees are on charlottenc.gov/cmpd (Records > Fingerprinting). Did that help?", as(AMOS)],
    [240, 'p', 'yes thanks'],
    [245, 'l', 'Anything else I can help with?', as(AMOS)],
    [270, 'p', 'nope thats everything'],
    [275, 'l', 'Good luck with the season — thanks for chatting!', as(AMOS)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 24 four at once; the library's own Adult Learning office by phone
  s(BEATRIX, '24 tutoring adult learners in Brooklyn: "Call the Adult Learning volunteer office at 718-555-0121", bklynlibrary.org, three other chats open at once over this one (four)', [
    [0, 'p', 'i want to tutor adults learning to read, does brooklyn public library do that'],
    [17, 'l', 'Hello and thanks for contacting Brooklyn Public Library! This is Beatrix, one of the librarians.'],
    [23, 'l', 'Do you have weekday daytime availability, or evenings and weekends only?'],
    [55, 'p', 'evenings only unfortunately'],
    [61, 'l', 'Our Adult Learning Centers train volunteer tutors and hold evening sessions at several branches. Call the Adult Learning volunteer office at 718-555-0121 to book an info session; the program page is bklynlibrary.org/adult-learning. Did that answer your question?'],
    [95, 'p', 'yes thank you thats all i need'],
    [100, 'l', 'Thank you, and have a good night!'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('b1', 'beatrix-v', -60, 120), other('b2', 'beatrix-v', 10, 200), other('b3', 'beatrix-v', 50, 80)],
  }),

  // 25 three at most, touching ends; "take your time" (no hold) then a long wait on the patron
  s(CASPIAN, '25 a Habitat build for a church youth group (Indianapolis): "No rush — take your time." then 224 s for the patron, indyhabitat.org, touching chats', [
    [0, 'p', 'our church youth group (ages 14-17) wants to do a habitat for humanity build, can minors do that?'],
    [20, 'l', "Good morning! You're chatting with Caspian from the Indianapolis Public Library."],
    [26, 'l', 'How many kids and adults would come, and do you have a date in mind? No rush — take your time.'],
    [250, 'p', 'sorry! about 10 kids and 3 adults, sometime in june'],
    [257, 'l', "Habitat lets 16- and 17-year-olds work on most build sites with a signed waiver; 14- and 15-year-olds can help at the ReStore or on special youth days instead. Greater Indy Habitat's group volunteer page, with the age rules and the booking form, is indyhabitat.org/volunteer. Does this help?"],
    [300, 'p', 'yes super helpful, that was all!'],
    [305, 'l', 'Have a great build day, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('c1', 'caspian-v', -300, 0), other('c2', 'caspian-v', -30, 150), other('c3', 'caspian-v', 100, 400), other('c4', 'caspian-v', 310, 600)],
  }),

  // 26 Practice
  s(TRAINEE, '26 practice chat (volunteer FAQ macro): coded Practice, every check na', [
    [0, 'p', 'testing the volunteer FAQ macro'],
    [6, 'l', 'Hi! Macro test: volunteer opportunities are at example.org/volunteer'],
    [12, 'p', 'macro ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 no provider ever joined; one patron message; Lost Call
  s(NOBODY, '27 do library volunteer hours count for court community service: no provider ever joined, one patron message, patron left, coded Lost Call', [
    [0, 'p', 'do volunteer hours at the library count for my court community service? need answer asap'],
    busy(2),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 partly Spanish; a partial result that says the search goes on, the rest 124 s later
  s(DAMIAN, '28 una abuela que quiere leer cuentos en español (partly Spanish): mysapl.org, "Sigo buscando … un momento" after a partial result, the rest 124 s later, patron "❤️" last', [
    [0, 'p', 'hi! my abuela wants to volunteer at the library, she only speaks spanish. hay algo para ella? san antonio'],
    [18, 'l', '¡Hola! Soy Damián, bibliotecario de San Antonio Public Library. Hi, happy to help in either language.'],
    [24, 'l', '¿Qué le gusta hacer a su abuela: leer a niños, ayudar con eventos, o algo más tranquilo?'],
    [60, 'p', 'leer a niños!! she loves kids'],
    [66, 'l', 'La Biblioteca Central tiene "Cuentos con Abuelos", que busca voluntarios que lean en español; la página es mysapl.org/volunteer. Sigo buscando si hay algo igual en las sucursales, un momento.'],
    [190, 'l', 'Listo: las sucursales Landa y Westfall también tienen hora de cuentos bilingüe y aceptan voluntarios. Se inscribe en la misma página. ¿Esto le sirve a su abuela?'],
    [220, 'p', 'siii perfecto, eso es todo. muchas gracias!!'],
    [226, 'l', '¡Con gusto! Gracias por escribir, y saludos a su abuela.'],
    [232, 'p', '❤️'],
  ], usual({ informed: 'fail' })),

  // 29 no codes in the source; a promise, phone read back, "by Thursday", done exactly 72 h after the end
  s(ELODIE, '29 starting a Friends group in Ely MN (no codes in the source): ala.org + sos.state.mn.us, "call you by Thursday", phone read back, done exactly 72 h after the end', [
    [0, 'p', "our small town library doesnt have a friends group. how do we start one? (we're in Ely MN)"],
    [21, 'l', "Hi! Elodie here, a librarian with AskMN, Minnesota's statewide chat service."],
    [27, 'l', "Has your library director or board already said they'd welcome a Friends group?"],
    [70, 'p', 'yes the director is excited about it'],
    [76, 'l', "Great. United for Libraries (a division of ALA) has a free starter kit with sample bylaws and a first-meeting agenda at ala.org/united/friends. You'll also want to register as a Minnesota nonprofit; the Secretary of State's page is sos.state.mn.us (Business & Liens > Nonprofits)."],
    [82, 'l', "I know a couple of northern Minnesota Friends groups that might mentor you. I'll ask them and call you by Thursday with their contacts. What number should I use?"],
    [120, 'p', '218-555-0104 thanks!!'],
    [126, 'l', "Thanks — I'll call 218-555-0104 by Thursday. Does the starter kit look useful for now?"],
    [160, 'p', 'very. thats all we needed for now'],
    [166, 'l', 'Wonderful — thanks for contacting AskMN, and good luck with the new group!'],
  ], usual({ code: 'na', contact: 'pass', onTime: 'pass' }), { resolutionCode: undefined, followUps: [{ doneAt: at(171 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 30 two patron messages and an internal question inside one wait (125 s); code ""
  s(FELIX, '30 Youth at the Booth for a 17-year-old in Cuyahoga County: patron at 60 and 75, an internal question at 110, the answer at 185 (125 s), code ""', [
    [0, 'p', 'is youth at the booth still a thing in ohio? my son is 17 and wants to be a poll worker'],
    [19, 'l', 'Hello, this is Felix, a librarian at Cuyahoga County Public Library. Glad you asked!'],
    [25, 'l', 'Is he a senior this year, and is he registered or pre-registered to vote?'],
    [60, 'p', 'senior, pre registered'],
    [75, 'p', 'also does he get paid??'],
    [110, 'i', 'does anyone know if the Cuyahoga BOE still pays Youth at the Booth workers?'],
    [185, 'l', "Yes — Ohio's Youth at the Booth lets 17-year-old seniors work the polls with a parent's and the school's permission, and Cuyahoga County pays them the same as adult poll workers. The application is at boe.cuyahogacounty.gov (Poll Workers > Youth at the Booth). Does that answer both questions?"],
    [220, 'p', 'yes thank you'],
    [226, 'l', 'Anything else for you today?'],
    [250, 'p', 'no that covers it'],
    [255, 'l', 'Thanks for chatting, take care!'],
  ], usual({ informed: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFourthRoundVolunteer.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-fourth round: volunteering and civic service, checked', () => {
  describeSessions('whole sessions', sixtyFourthRoundVolunteer.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFourthRoundVolunteer.filter((c) => c.name in LEFT_WHY));
});
