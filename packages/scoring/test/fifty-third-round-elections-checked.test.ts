/**
 * Fifty-third round, theme ELECTIONS AND VOTING, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats around elections: registering (at 18, preregistering at 16, in Spanish, after a move),
 * polling places (by address, by precinct on the voter card, is a branch a polling site), absentee and mail ballots (overseas
 * via the FPCA, witness signatures, tracking a returned ballot, drop boxes, a lost ballot), early voting dates and Sunday
 * voting, voter ID (Texas, in Spanish), being removed from the rolls, voting after a felony, party affiliation before a
 * primary, candidates (school board, township trustee, a council forum video) and ballot measures (California Prop 3, the
 * Massachusetts questions), election results (2016 ward-by-ward, a 2023 mayoral runoff by ward, county presidential returns
 * since 1900, a sheriff recount not yet certified), poll worker sign-up. Providers say they cannot recommend candidates,
 * point to secretary of state / county board / clerk pages, and refer to boards of elections, county recorders and clerks
 * (with and without phones and e-mails). Every one of the 17 checks labelled in every session before it was run (the labels
 * as first written copied to /tmp/fiftyThirdRoundElections-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: a queue line (01, 16); a 75 s pickup with chat-speak "hey, Sam here w/ Ask Us Now, librarian on duty" (02);
 *   "Hi! What can I help you with today?" + a question under the screen name "Desk 3" (11: names no one, fail); Spanish
 *   "¡Hola! Soy Lucía, bibliotecaria de …" (04) and "¡Hola! Soy Pilar …" after a transfer (30); a statewide "a librarian at
 *   another library" (12); a greeting that is a hold ("— one moment while I read your question", 16, Lost Call); a greeting
 *   that is also the clarifying question (17); nobody ever picks up (27);
 *  inquiry: state, county, district, party / race, in person vs by mail, registered or not, precinct vs address, 16 or 17,
 *   finished sentence vs parole; a restatement "So you need the April 2023 runoff results for mayor, ward by ward — is that
 *   right?" (29); the question only after the voter-guide URL (05: fail); a question never answered in a Lost Call (17);
 *  waits: a hold, then a partial result that says the search goes on ("I've found the general election canvass, now finding the
 *   ward breakdown"), then the answer, spans 109 and 113 s (06: pass); 150 s with no hold (07: fail); "No rush, take your
 *   time." before a 214 s patron absence (24: waiting on the patron, pass); a transfer announced visibly ("un momento, por
 *   favor") with the receiver's first line 144 s after it (30: fail); internal note + transfer inside a 70 s wait (13: pass);
 *  endings: "Anything else" then a check-in at 280 and a disconnect notice that thanks and invites back at 360 (08, idle 214 s);
 *   a goodbye 140 s after the answer with no check-in (22: idle fails, disconnect na); "Looks like you've disconnected. This
 *   chat will now close." with no question and no goodbye (23: idle fails, notice passes, courteous fails); a Lost Call whose
 *   final idle runs from the check-in (the greeting before it is a hold) to the goodbye, 170 s (16: idle passes, disconnect
 *   na); "no thats everything thx" as the last line with no goodbye (25: courteous fails); "You've asked too many questions
 *   for one chat, and I need to move on. Bye." (09: dismissal; the "Bye." still courteous); "several other patrons waiting …
 *   call the Wake County Board of Elections at 919-… or chat back in later … Thanks for your patience!" (10: allowed); "k bye,
 *   go vote! 🗳️", "Que le vaya bien", "Good night!"; patron-side "yep thats all i needed!!", "es todo", "nada mas", "no more
 *   questions", "that's everything", "nope that's it";
 *  sources: state and county election URLs with click paths, vote411.org, a YouTube channel, a finding-aid URL; none at all in
 *   a Lost Call (17: fail);
 *  referrals: the county Board of Elections by phone (02, 10); the county Clerk by e-mail and phone (15); the Board's research
 *   desk by phone (29); "you should call the Pima County Recorder's Office" with no contact (21: fail); the county board and
 *   the patron's library consulted or asked on the patron's behalf (03, 19: no referral); a state "application for election
 *   judges is online at …" (23: a web page, no referral); "she can ask for her ballot by e-mail" (03: LEFT);
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow at noon", done in 30 h (03); a promise "I'll e-mail you the link
 *   once the Ward 2 video is up" with the e-mail read back but no time, coded Answered, not done on day 4 (18: code, contact,
 *   on_time fail); FU_LIB by phone read back, "by Friday", done after 100 h (19: on_time fail); FU_ME with the patron refusing
 *   to give any contact (20: code fails for no contact, contact fails, on_time pending);
 *  codes: a true Lost Call (16); Lost Call after "hi" + the question (17) and after "hello??" with no provider at all (27);
 *   "" (28: fail); the field left out (`resolutionCode: undefined`, 29: na); Practice (26);
 *  transfers: statewide to the home library with a notice and a note (12: pass); an internal note only (13: fail); a visible
 *   notice and no note (30: fail);
 *  concurrency: four at once (14: fail); others ending at 0 and 200 and starting at 200 and at the session's end (210), three
 *   at most (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hey" greets (a greeting like hello / hi), and "Sam here w/ Ask Us Now, librarian on duty" names the answerer and the
 *   service (02);
 * - "she can ask for her ballot by e-mail" (what the FPCA page says about ballot delivery) tells the patron to contact no one:
 *   it names no person or organisation; "I'll confirm it with the county board" is the provider asking on the patron's behalf:
 *   no referral (03);
 * - "I'll pass your question to Clinton-Macomb Public Library; they can get it from the clerk and call you" tells the patron to
 *   contact no one: no referral (19);
 * - "The application for election judges is online at aacounty.org/…" points to a web page to use: a source, not a referral (23);
 * - "Hi, I'm Ken … — one moment while I read your question" is a greeting and a hold: the final idle begins at the check-in
 *   "Are you still there?" (the first provider line after the patron's that is not a hold) and ends at the goodbye (170 s:
 *   the check-in applies and passes, the notice does not apply) (16);
 * - "nada mas" (after "si muchas gracias") and "es todo" say explicitly that the patron is done (30, 04);
 * - "You've asked too many questions for one chat, and I need to move on. Bye." fails no_dismissal and still says goodbye
 *   (courteous passes) (09); "Thanks for your patience!" with "chat back in later" thanks and invites back (10);
 * - a follow-up promise whose only time is "when I have it" / "once the … video is up" says no when (18);
 * - `resolutionCode: undefined` is the field left out (JSON has no undefined): na (29); "" is empty: fail (28);
 * - a session nobody picked up (27) has no provider: pickup fails, greeting / dismissal / courteous / concurrency are na, and
 *   Lost Call with two patron lines fails the code.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0.
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: "she can ask for her ballot by e-mail" read as a referral without contact (fail; RUBRIC na: no
 *    person or organisation the patron is told to contact).
 * Every timing check (pickup 75 s, keep_informed across holds, a partial-result hold, a "take your time", an internal note and
 * two transfers, idle and disconnect spans of 140, 170, 214, 239 and 290 s, concurrency at touching ends, on_time done in 30 h /
 * late at 100 h / not done by day 4 / pending) scored as labelled on the first run. The redaction equality of describeSessions
 * holds for every running case (patron e-mails typed and read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const PRIYA: Prov = { id: 'priya-e', name: 'Priya', library: 'CCL-PA' };
const SAM: Prov = { id: 'sam-e', name: 'sam_aun', library: 'AUN' };
const NORA: Prov = { id: 'nora-e', name: 'Nora', library: 'SCPL' };
const LUCIA: Prov = { id: 'lucia-e', name: 'Lucía', library: 'SMPL' };
const MARCUS: Prov = { id: 'marcus-e', name: 'Marcus', library: 'FCPL' };
const OLU: Prov = { id: 'olu-e', name: 'Olu', library: 'MPL-WI' };
const BETH: Prov = { id: 'beth-e', name: 'Beth', library: 'ARL' };
const GRANT: Prov = { id: 'grant-e', name: 'Grant', library: 'WML' };
const DALE: Prov = { id: 'dale-e', name: 'Dale', library: 'BPL-MA' };
const ROSALIND: Prov = { id: 'rosalind-e', name: 'Rosalind', library: 'WCPL' };
const DESK3: Prov = { id: 'desk3-e', name: 'Desk 3', library: 'BCL-FL' };
const MEI: Prov = { id: 'mei-e', name: 'Mei (statewide)', library: 'STATE-VA' };
const ABE: Prov = { id: 'abe', name: 'Abe Lindqvist', library: 'FCPL-VA' };
const TOM: Prov = { id: 'tom-e', name: 'Tom', library: 'GCL-OH' };
const KAY: Prov = { id: 'kay', name: 'Kay Ferris', library: 'GCL-OH' };
const HANNAH: Prov = { id: 'hannah-e', name: 'Hannah', library: 'HCPL' };
const IVAN: Prov = { id: 'ivan-e', name: 'Ivan', library: 'BPL-CO' };
const KEN: Prov = { id: 'ken-e', name: 'Ken', library: 'AAL-VA' };
const ANA: Prov = { id: 'ana-e', name: 'Ana', library: 'AUN' };
const JOSIE: Prov = { id: 'josie-e', name: 'Josie', library: 'LPL-OH' };
const ROB: Prov = { id: 'rob-e', name: 'Rob (statewide)', library: 'STATE-MI' };
const LENA: Prov = { id: 'lena-e', name: 'Lena', library: 'MCL-IN' };
const CARLA: Prov = { id: 'carla-e', name: 'Carla', library: 'TPPL' };
const NATE: Prov = { id: 'nate-e', name: 'Nate', library: 'SCL-MA' };
const WES: Prov = { id: 'wes-e', name: 'Wes', library: 'AACPL' };
const FERN: Prov = { id: 'fern-e', name: 'Fern', library: 'DML' };
const GABE: Prov = { id: 'gabe-e', name: 'Gabe', library: 'SLI' };
const TRAINER: Prov = { id: 'trainer-e', name: 'Training Account', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-e', name: 'Ask Us queue', library: 'APL-GA' };
const DEV: Prov = { id: 'dev-e', name: 'Dev', library: 'MPL-WI2' };
const SOFIA: Prov = { id: 'sofia-e', name: 'Sofia', library: 'CPL-IL' };
const ELLEN: Prov = { id: 'ellen-e', name: 'Ellen', library: 'AUN' };
const PILAR: Prov = { id: 'pilar', name: 'Pilar Ortega', library: 'AUN' };

const s = session;

export const fiftyThirdRoundElections: SessionCase[] = [
  // 01 registering at 18, everything by the book
  s(PRIYA, '01 registering at 18 (PA): queue line, state asked, vote.pa.gov/register, "yep thats all i needed!!"', [
    [0, 'p', 'hi how do i register to vote? just turned 18'],
    queue(2),
    [31, 'l', 'Good morning! This is Priya, a librarian at Centre County Library. Congrats on turning 18!'],
    [37, 'l', 'Which state will you be voting in? Registration rules differ by state.'],
    [80, 'p', 'pennsylvania, state college'],
    [86, 'l', "In Pennsylvania you can register online at vote.pa.gov/register (you need a PA driver's license or ID number, or the last four digits of your Social Security number). The deadline is 15 days before the election."],
    [92, 'l', 'Does that answer your question?'],
    [140, 'p', 'yep thats all i needed!!'],
    [145, 'l', 'Awesome — thanks for chatting, and happy voting!'],
  ], usual()),

  // 02 chat-speak, 75 s pickup, "hey" greeting, board of elections by phone
  s(SAM, '02 polling place after a move (chat-speak): picked up at 75 s, "hey, Sam here w/ Ask Us Now", board by phone, "k bye, go vote!"', [
    [0, 'p', 'where do i vote?? moved last month'],
    [75, 'l', 'hey, Sam here w/ Ask Us Now, librarian on duty. sorry for the wait!'],
    [80, 'l', 'what county r u in now? and did u update ur registration after the move?'],
    [130, 'p', 'baltimore county. no i didnt'],
    [137, 'l', 'ok so 2 things. ur polling place goes by the address ur registered at: the Voter Lookup at voterservices.elections.maryland.gov/VoterSearch shows it. since u moved u need to update ur address, do it online at elections.maryland.gov or call the Baltimore County Board of Elections at 410-555-0123'],
    [142, 'l', 'that help?'],
    [170, 'p', 'ya ty'],
    [173, 'l', 'anything else?'],
    [190, 'p', 'nope'],
    [194, 'l', 'k bye, go vote! 🗳️'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 03 overseas absentee: follow-up by me, e-mail read back, "by tomorrow at noon", done in 30 h
  s(NORA, '03 overseas absentee (follow-up by me): fvap.gov, e-mail read back, "by tomorrow at noon", done in 30 h', [
    [0, 'p', 'Hello. My daughter is studying in Spain this year. How does she vote absentee from there? We are in Ohio.'],
    [42, 'l', "Hi, I'm Nora, a reference librarian at Summit County Public Library."],
    [48, 'l', 'Is she already registered in Ohio, and would she like the ballot by e-mail or by mail?'],
    [110, 'p', 'yes registered at home. email if possible'],
    [116, 'l', 'Let me check, one moment.'],
    [200, 'l', "Overseas voters use the Federal Post Card Application: fvap.gov has the form and an Ohio page saying she can ask for her ballot by e-mail. What I can't find is this year's exact request deadline for Ohio overseas voters, so I'll confirm it with the county board and e-mail you."],
    [206, 'l', "What's the best e-mail for you?"],
    [250, 'p', 'mkowalski@example.com'],
    [256, 'l', "Thanks — mkowalski@example.com. I'll e-mail you the deadline by tomorrow at noon."],
    [262, 'l', 'Anything else I can help with today?'],
    [290, 'p', "no that's it, thank you so much"],
    [295, 'l', 'My pleasure — thanks for contacting us, bye!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 04 Spanish, voter ID in Texas
  s(LUCIA, '04 voter ID in Texas (Spanish): "¿Va a votar en persona o por correo?", votetexas.gov/es, "¿Responde esto…?", "es todo"', [
    [0, 'p', 'Hola, que identificacion necesito para votar en Texas?'],
    [28, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Marcos. Con gusto le ayudo.'],
    [35, 'l', '¿Va a votar en persona o por correo?'],
    [70, 'p', 'en persona'],
    [77, 'l', 'Para votar en persona en Texas necesita una de siete identificaciones con foto (licencia de conducir de Texas, pasaporte de EE. UU., etc.). La lista completa está en votetexas.gov/es/mi-voto/identificacion.html. Si no tiene ninguna, hay una declaración jurada que puede firmar al votar.'],
    [83, 'l', '¿Responde esto a su pregunta?'],
    [120, 'p', 'si, gracias. es todo'],
    [126, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
  ], usual()),

  // 05 ballot measure text given before any question
  s(MARCUS, '05 text of Prop 3: voter guide URL at once, "Are you in Fresno County?" only after, "Did that get you the text you need?"', [
    [0, 'p', 'wheres the actual text of prop 3 on the ballot, not the summary'],
    [20, 'l', 'Hi there, Marcus at Ask a Librarian, Fresno County Public Library.'],
    [26, 'l', 'The full text of every state proposition is in the Official Voter Information Guide at voterguide.sos.ca.gov — open Prop 3 and click "Text of Proposed Laws".'],
    [32, 'l', 'Are you in Fresno County? Your sample ballot lists the local measures too, if you need those.'],
    [75, 'p', 'yes fresno. just the state one'],
    [80, 'l', 'Great. Did that get you the text you need?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no thanks'],
    [144, 'l', 'Thanks for chatting with us. Take care!'],
  ], usual({ clarify: 'fail' })),

  // 06 2016 ward results: holds every ~110 s, one a partial result
  s(OLU, '06 2016 ward-by-ward results: hold at 96, partial result "now finding the ward breakdown" at 205, answer at 318', [
    [0, 'p', 'Im trying to find precinct level results for the 2016 county board race in Dane County, district 9'],
    [35, 'l', "Hello! This is Olu, a librarian with Madison Public Library's Ask a Librarian."],
    [41, 'l', 'Do you need the November general election or the spring election?'],
    [90, 'p', 'november general'],
    [96, 'l', "Okay, let me dig into the county clerk's archives. One moment."],
    [205, 'l', "Still looking — the 2016 files are split by race, so it's taking a bit. I've found the general election canvass, now finding the ward breakdown."],
    [318, 'l', 'Found it. On elections.countyofdane.com, go to Election Results > Past Results > November 8, 2016, and open "Ward-by-Ward Results (PDF)"; District 9 is on page 41.'],
    [324, 'l', 'Is that what you needed?'],
    [380, 'p', 'yes!! perfect, thats everything'],
    [386, 'l', 'Glad I could help. Thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 Georgia mail ballot: 150 s with no hold
  s(BETH, '07 mail ballot received? (GA): the answer 150 s after the patron with no hold, My Voter Page', [
    [0, 'p', 'how can i check if they got my mail in ballot'],
    [22, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Beth at Athens Regional Library."],
    [28, 'l', 'Which state did you vote in?'],
    [60, 'p', 'georgia, clarke county'],
    [210, 'l', 'Sorry for the delay! Log in to the My Voter Page at mvp.sos.ga.gov; under "Absentee Ballot" it shows the date your ballot was accepted.'],
    [216, 'l', 'Does that answer your question?'],
    [260, 'p', "yes it says accepted. that's all, thanks"],
    [265, 'l', 'Great! Thanks for chatting — bye!'],
  ], usual({ informed: 'fail' })),

  // 08 school board candidates: no recommendation; patron quiet, check-in, notice + goodbye
  s(GRANT, '08 school board candidates: "I can\'t recommend candidates", vote411.org, "Anything else" at 146, check-in 280, notice + thanks 360', [
    [0, 'p', 'who should i vote for for school board'],
    [30, 'l', 'Hi! This is Grant, a librarian at Westfield Memorial Library.'],
    [36, 'l', "I can't recommend candidates, but I can help you find information about them. Which school district are you in?"],
    [90, 'p', 'westfield'],
    [96, 'l', "VOTE411 (from the League of Women Voters) has each Westfield Board of Education candidate's answers to the same questions: enter your address at vote411.org. The local paper's voter guide is at tapinto.net/towns/westfield and is free to read."],
    [102, 'l', 'Is that helpful?'],
    [140, 'p', 'ok thx'],
    [146, 'l', 'Anything else I can help you find?'],
    [280, 'l', 'Are you still there?'],
    [360, 'l', "It looks like you've disconnected, so I'll close this chat now. Thanks for contacting us, and come back anytime!"],
  ], usual({ idle: 'pass', disconnect: 'pass' })),

  // 09 dismissal: "You've asked too many questions"
  s(DALE, '09 MA ballot questions: booklet URL + "Did that help?" in one line, then "You\'ve asked too many questions for one chat … Bye."', [
    [0, 'p', 'can you explain all the ballot questions on the Massachusetts ballot this year'],
    [25, 'l', "Hello, Dale here at the Boston Public Library's chat reference."],
    [30, 'l', 'Are you looking for the official summaries, or the arguments for and against?'],
    [70, 'p', 'both'],
    [76, 'l', "The Secretary of the Commonwealth's Information for Voters booklet has the summaries, the full text and the arguments for and against every question: sec.state.ma.us/divisions/elections/ballot-questions.htm. Did that help?"],
    [120, 'p', 'ok but what does question 2 actually do. and 4. and whats the difference between yes and no on 5 and'],
    [126, 'l', "You've asked too many questions for one chat, and I need to move on. Bye."],
    [140, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 10 other patrons waiting, with a way back and the board's phone
  s(ROSALIND, '10 address change + early voting + a ride: "several other patrons waiting … call the Board … or chat back in later"', [
    [0, 'p', 'hi. I need to change my address on my voter registration and also find out about early voting and a ride to the polls for my mom'],
    [40, 'l', 'Good afternoon, this is Rosalind, a librarian at Wake County Public Libraries.'],
    [46, 'l', 'Are you and your mom both registered in Wake County?'],
    [100, 'p', 'yes both'],
    [106, 'l', 'You can update your address online through the State Board of Elections: ncsbe.gov > Registration > Update Your Registration (you need your NC DMV ID number).'],
    [112, 'l', 'Does that help with the address part?'],
    [160, 'p', 'yes. now early voting and the ride?'],
    [168, 'l', "I have several other patrons waiting right now, so I can't look up the rest this minute. For early voting sites and rides, please call the Wake County Board of Elections at 919-555-0171, or chat back in later and we'll pick it up. Thanks for your patience!"],
    [190, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 11 the greeting names no one
  s(DESK3, '11 preregistering at 16 (FL): "Hi! What can I help you with today?" + a question, no name or library (screen name "Desk 3")', [
    [0, 'p', 'can i preregister to vote at 17 in florida'],
    [18, 'l', 'Hi! What can I help you with today?'],
    [24, 'l', 'Are you 16 or 17 right now?'],
    [50, 'p', '16, turning 17 in june'],
    [56, 'l', "Good news: Florida lets you preregister at 16, and you're added to the rolls automatically when you turn 18. You can apply online at registertovoteflorida.gov."],
    [62, 'l', 'Does that answer your question?'],
    [90, 'p', 'yes thank you thats all'],
    [95, 'l', "You're welcome! Bye!"],
  ], usual({ greeting: 'fail' })),

  // 12 transfer by the book, statewide to the home library
  s(MEI, '12 is Oakton a polling place: statewide Mei transfers with a notice and a note, Abe answers 52 s after the notice', [
    [0, 'p', 'hi is the Oakton branch a polling place this year? and where do i get a voter registration form'],
    [25, 'l', "Hello, I'm Mei with the statewide Ask Us chat, a librarian at another library."],
    [31, 'l', 'Is that Oakton in Fairfax County?'],
    [70, 'p', 'yes'],
    [78, 'l', "Your own library's staff will know Oakton best, so I'm transferring you to a Fairfax County librarian now. One moment, please."],
    [81, 'i', 'Abe, patron asks if Oakton branch is a polling site + where to get voter reg forms. Can you take it?'],
    xfer(84, 'Abe Lindqvist', 'abe'),
    [130, 'l', "Hi, Abe from Fairfax County Public Library here. Yes, Oakton is an early voting and Election Day site this year; the county's list is at fairfaxcounty.gov/elections/polling-places. The Virginia voter registration form is online at elections.virginia.gov/registration.", as(ABE)],
    [136, 'l', 'Did that answer both parts?', as(ABE)],
    [170, 'p', "yes, that's everything. thanks!"],
    [175, 'l', 'Thanks for chatting with us — bye!', as(ABE)],
  ], usual({ transfer: 'pass' })),

  // 13 transfer with an internal note only
  s(TOM, '13 county presidential returns since 1900: transfer to Local History with an internal note only (patron never told)', [
    [0, 'p', 'need historical election results for our county going back to 1900 for a school project'],
    [30, 'l', 'Hi, this is Tom with Ask a Librarian at Greene County Library.'],
    [36, 'l', 'Which county, and do you need every race or just president?'],
    [90, 'p', 'greene county ohio, just president'],
    [95, 'i', 'Kay — local history q, old election returns 1900+, can you grab it? I have 3 chats'],
    xfer(98, 'Kay Ferris', 'kay'),
    [160, 'l', "Hello! Kay from Local History here. The Ohio Secretary of State's results page (ohiosos.gov/elections/election-results-and-data) has county-by-county presidential returns back to 1940, and the printed Ohio Election Statistics volumes cover 1900-1938; our finding aid for them is at greenecountylibrary.org/localhistory.", as(KAY)],
    [166, 'l', 'Is that what you were looking for?', as(KAY)],
    [220, 'p', 'yes thank you. no more questions'],
    [226, 'l', 'Good luck with the project — bye!', as(KAY)],
  ], usual({ transfer: 'fail' })),

  // 14 four chats at once
  s(HANNAH, '14 early voting dates (Harris County): three other chats open, four at once from 60 s', [
    [0, 'p', 'when does early voting start in harris county'],
    [20, 'l', "Hi! I'm Hannah, a librarian at Harris County Public Library."],
    [26, 'l', 'Is this for the November general election?'],
    [50, 'p', 'yes'],
    [56, 'l', 'Early voting locations, dates and hours are at harrisvotes.com/early-voting, and the page shows live wait times at each site.'],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes thanks'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no thats all'],
    [114, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('e14a', 'hannah-e', -200, 300), other('e14b', 'hannah-e', -50, 150), other('e14c', 'hannah-e', 60, 400)],
  }),

  // 15 three at most, others touching both ends; the county clerk by e-mail and phone
  s(IVAN, '15 ballot drop boxes (Boulder): clerk by e-mail + phone; others end at 0 / 200 and start at 200 / 210, three at most', [
    [0, 'p', 'Are there ballot drop boxes in Boulder? I dont trust the mail'],
    [26, 'l', 'Hi there! Ivan here, reference librarian at Boulder Public Library.'],
    [32, 'l', 'Do you need one close to a particular neighborhood, or anywhere in the city?'],
    [80, 'p', 'near north boulder'],
    [86, 'l', "The county's map of 24-hour drop boxes is at bouldercounty.gov/elections/ballot-drop-boxes; zoom in to North Boulder and click a pin for its address."],
    [92, 'l', 'Does that do it?'],
    [150, 'p', 'yes. what if I lost my ballot'],
    [157, 'l', "Contact the Boulder County Clerk's elections division for a replacement: vote@bouldercounty.example.gov or 303-555-0150."],
    [200, 'p', "ok great, that's all I needed"],
    [205, 'l', 'Thanks for chatting. Happy voting!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('e15a', 'ivan-e', -500, 0), other('e15b', 'ivan-e', -100, 200), other('e15c', 'ivan-e', 50, 600),
      other('e15d', 'ivan-e', 200, 700), other('e15e', 'ivan-e', 210, 900),
    ],
  }),

  // 16 Lost Call: greeting that is a hold, patron gone, check-in at 250, goodbye at 420 (idle 170 s)
  s(KEN, '16 polls closing time (Lost Call): greeting + "one moment while I read", patron leaves, check-in 250, goodbye 420 (idle 170 s)', [
    [0, 'p', 'what time do the polls close in virginia'],
    queue(2),
    [45, 'l', "Hi, I'm Ken, a librarian with Ask a Librarian — one moment while I read your question."],
    left(60),
    [250, 'l', 'Are you still there?'],
    [420, 'l', "It seems you've disconnected, so I'll end this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; a question, then the patron gone
  s(ANA, '17 changing party before the primary (Lost Call, 2 patron lines): "Which state?" unanswered, check-in 200, notice + thanks 330', [
    [0, 'p', 'hi'],
    [5, 'p', 'how do i change my party affiliation before the primary'],
    [40, 'l', 'Hello, this is Ana, a librarian at Ask Us Now! Which state are you registered in?'],
    [200, 'l', 'Hello? Are you still with me?'],
    [330, 'l', "I'm going to close this chat since it looks like you've left. Thanks for contacting Ask Us Now!"],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 promise with no time, coded Answered, overdue on day 4
  s(JOSIE, '18 council forum video: "I\'ll e-mail you the link once … up", e-mail read back, no time, coded Answered, not done by day 4', [
    [0, 'p', 'are the candidate forums for city council being recorded? i missed the one at the library'],
    [35, 'l', "Hi, I'm Josie, a librarian at Lakewood Public Library."],
    [41, 'l', 'Which forum was it — the Ward 2 one on Tuesday?'],
    [80, 'p', 'yes ward 2'],
    [86, 'l', 'Let me check our events page.'],
    [150, 'l', "The League of Women Voters recorded it, but it isn't posted yet. Their earlier forums are on the Lakewood LWV YouTube channel, youtube.com/@LWVLakewood. I'll e-mail you the link once the Ward 2 video is up. What's your e-mail?"],
    [200, 'p', 'its dpatel.votes@example.com'],
    [206, 'l', "Got it, dpatel.votes@example.com. I'll send it when I have it."],
    [212, 'l', 'Does the channel help in the meantime?'],
    [250, 'p', 'yes thanks, thats all'],
    [255, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 19 follow-up by the patron's library, phone read back, "by Friday", done after 100 h
  s(ROB, '19 township trustee candidates (follow-up by patron\'s library): phone read back, "call you by Friday", done after 100 h', [
    [0, 'p', "I need a list of who is on the ballot for the township trustee race in Clinton Township, the clerk's website is down"],
    [50, 'l', "Good evening! You're chatting with Rob from the statewide Ask a Librarian service."],
    [57, 'l', 'Is that Clinton Township in Macomb County?'],
    [110, 'p', 'yes'],
    [116, 'l', 'One moment while I check.'],
    [210, 'l', "The Michigan Voter Information Center, mi.gov/vote, shows your sample ballot once you enter your name and birth date, and it lists the trustee candidates. The township's own candidate list isn't anywhere I can reach tonight, so I'll pass your question to Clinton-Macomb Public Library; they can get it from the clerk and call you. What's a good phone number?"],
    [270, 'p', '586-555-0148'],
    [276, 'l', 'Thanks: 586-555-0148. Someone from Clinton-Macomb will call you by Friday.'],
    [282, 'l', 'Is the sample ballot enough for now?'],
    [330, 'p', "yes that works. that's everything"],
    [336, 'l', 'Thank you for using Ask a Librarian. Good night!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 20 coded follow-up by me, the patron declines to give an e-mail
  s(LENA, '20 sheriff recount (follow-up by me): patron won\'t give an e-mail, coded Follow-up by me anyway, no contact known', [
    [0, 'p', 'did the county ever certify the results for the sheriff race? the news said there was a recount'],
    [30, 'l', 'Hi, this is Lena at Ask Us, Marion County Library.'],
    [36, 'l', "Is it this month's election you mean?"],
    [70, 'p', 'ya'],
    [76, 'l', "The county's results page (marioncountyelections.gov/results) still says \"unofficial\" and shows no recount result yet. I can keep an eye on it and e-mail you when it's certified, if you'd like."],
    [120, 'p', "nah i don't want to give my email, i'll check back"],
    [126, 'l', 'No problem. Is there anything else I can help with?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thanks for chatting — take care!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 21 referral with no contact
  s(CARLA, '21 purged from the rolls? (AZ): my.arizona.vote, "you should call the Pima County Recorder\'s Office" (no number)', [
    [0, 'p', 'I think my name was removed from the voter rolls. how do I find out'],
    [33, 'l', "Hello, I'm Carla, one of the librarians at Tucson-Pima Public Library."],
    [39, 'l', 'Are you registered in Pima County? And did you get any letter from the county?'],
    [100, 'p', 'yes pima. no letter'],
    [106, 'l', "You can check your status right away on the Arizona voter portal, my.arizona.vote — click \"Check My Registration\". If it says inactive or not found, you should call the Pima County Recorder's Office; they handle voter registration and can tell you why."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'ok ill try it'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thank you'],
    [205, 'l', 'Thanks for reaching out, and good luck!'],
  ], usual({ referral: 'fail' })),

  // 22 goodbye 140 s after the answer, no check-in
  s(NATE, '22 special election ballot: answer at 77, "Does that answer it?", goodbye at 217 (final idle 140 s) with no check-in', [
    [0, 'p', 'what is on the ballot in the special election next tuesday? district 4'],
    [24, 'l', 'Hi! Nate here, a librarian at the Springfield City Library.'],
    [30, 'l', 'Is that City Council District 4, or the state house district?'],
    [70, 'p', 'city council'],
    [77, 'l', 'Only the District 4 council seat is on it. Your sample ballot is on the Election Office page, springfield-ma.gov/election — click "Sample Ballots".'],
    [83, 'l', 'Does that answer it?'],
    [217, 'l', 'Thanks for using Ask a Librarian — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 23 a notice that does not ask and does not say goodbye
  s(WES, '23 poll worker sign-up: answer at 86, "Did that help?", then "Looks like you\'ve disconnected. This chat will now close." at 320', [
    [0, 'p', 'how do I sign up to be a poll worker'],
    [28, 'l', "Hi, I'm Wes, a librarian at Anne Arundel County Public Library."],
    [34, 'l', 'Are you in Anne Arundel County, and have you worked an election before?'],
    [80, 'p', 'yes AA county, never done it'],
    [86, 'l', 'The application for election judges is online at aacounty.org/boards-and-commissions/board-of-elections/election-judges. New judges take a 3-hour training and are paid for the training and for Election Day.'],
    [92, 'l', 'Did that help?'],
    [320, 'l', "Looks like you've disconnected. This chat will now close."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 24 "No rush, take your time." then the patron away 214 s
  s(FERN, '24 polling place by precinct: "No rush, take your time." then the patron away 214 s, hold, answer', [
    [0, 'p', 'where is my polling place, I have my voter card somewhere'],
    [20, 'l', 'Hello! This is Fern at Ask a Librarian, Dayton Metro Library.'],
    [26, 'l', 'Do you know your precinct, or would you rather look it up by address? The card has the precinct on it if you can find it.'],
    [60, 'p', 'hold on let me find the card'],
    [66, 'l', 'No rush, take your time.'],
    [280, 'p', 'ok found it, precinct Dayton 3-C'],
    [286, 'l', 'Thanks! One sec.'],
    [350, 'l', 'The Voter Lookup on the Montgomery County Board of Elections site, montgomery.boe.ohio.gov, under "Find My Polling Location", shows that precinct Dayton 3-C votes at the Northwest Recreation Center this year.'],
    [356, 'l', 'Does that answer your question?'],
    [400, 'p', 'yes. thats all i needed thank you'],
    [405, 'l', "You're welcome! Thanks for chatting."],
  ], usual()),

  // 25 the patron has the last word; no goodbye
  s(GABE, '25 voting after a felony (IA): sos.iowa.gov page, "Anything else?", patron "no thats everything thx" last (no goodbye)', [
    [0, 'p', 'can felons vote in iowa'],
    [30, 'l', "Hi, I'm Gabe, a librarian with the State Library of Iowa's Ask a Librarian."],
    [36, 'l', 'Are you asking about someone who has finished their sentence, or someone still on probation or parole?'],
    [90, 'p', 'finished, got out 2 yrs ago'],
    [96, 'l', "The Iowa Secretary of State's page on voting after a felony conviction, sos.iowa.gov/elections/voterinformation/felonyconvictions.html, explains who is eligible and how to check your status."],
    [102, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'yes'],
    [155, 'l', 'Anything else?'],
    [170, 'p', 'no thats everything thx'],
  ], usual({ courteous: 'fail' })),

  // 26 Practice
  s(TRAINER, '26 practice chat (voter registration script): coded Practice, every check na', [
    [0, 'p', 'TEST how do i register to vote'],
    [10, 'l', 'Hi, this is a practice chat for Ask Us training.'],
    [20, 'l', 'vote.gov has every state. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 27 no provider ever joined; Lost Call after two patron lines
  s(NOBODY, '27 Sunday early voting (Fulton): nobody picks up, "hello??" at 180, patron leaves at 240, coded Lost Call', [
    [0, 'p', 'is there early voting on sunday in fulton county'],
    queue(2),
    [180, 'p', 'hello??'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 28 empty resolution code
  s(DEV, '28 absentee witness (WI): a good session coded "" (empty code)', [
    [0, 'p', 'does my absentee ballot need a witness signature in wisconsin'],
    [25, 'l', 'Hi, thanks for contacting Ask Us! This is Dev, a librarian at Milwaukee Public Library.'],
    [31, 'l', 'Are you voting absentee by mail, or in person early?'],
    [60, 'p', 'by mail'],
    [66, 'l', "Yes: in Wisconsin the certificate envelope needs an adult U.S. citizen witness's signature and address. The Elections Commission's page myvote.wi.gov/en-us/Vote-Absentee-By-Mail shows an example of the envelope filled out."],
    [72, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thank you'],
    [105, 'l', 'Anything else today?'],
    [120, 'p', "nope that's it"],
    [124, 'l', 'Thanks for chatting, take care!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),

  // 29 no codes at the source; restatement as the clarifying question; research desk by phone
  s(SOFIA, '29 2023 mayoral runoff by ward: "So you need … is that right?", Board site + research desk phone, code field left out', [
    [0, 'p', 'i need the mayor results broken down by ward for a paper im writing, the april one'],
    [30, 'l', 'Good afternoon, Sofia at Ask a Librarian, Chicago Public Library.'],
    [36, 'l', 'So you need the April 2023 runoff results for mayor, ward by ward — is that right?'],
    [80, 'p', 'yes exactly'],
    [86, 'l', 'The Chicago Board of Election Commissioners posts them: chicagoelections.gov > Election Results > 2023 Municipal Runoff > Mayor, then choose "Ward" as the breakdown; there\'s a download button for a spreadsheet. If you need precinct-level data files, call the Board\'s research desk at 312-555-0188.'],
    [92, 'l', 'Does that give you what you need?'],
    [140, 'p', 'yes, thank you! no more questions'],
    [146, 'l', 'Good luck with your paper — bye!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 30 Spanish handoff: a visible notice, no internal note, 144 s until the receiver writes
  s(ELLEN, '30 registering in Spanish: "I\'ll connect you with my colleague … un momento" (no note), Pilar writes 144 s later, "nada mas"', [
    [0, 'p', 'Necesito ayuda para registrarme para votar, hablo poco inglés'],
    [30, 'l', 'Hi! This is Ellen, librarian at Ask Us Now.'],
    [36, 'l', "I'll connect you with my colleague who speaks Spanish — un momento, por favor."],
    xfer(40, 'Pilar Ortega', 'pilar'),
    [180, 'l', '¡Hola! Soy Pilar, bibliotecaria de Ask Us Now. ¿En qué condado vive?', as(PILAR)],
    [230, 'p', 'Montgomery County, Maryland'],
    [236, 'l', 'Puede registrarse en línea, en español, en elections.maryland.gov/voter_registration (elija "Español" arriba). Necesita su licencia de Maryland o su número de Seguro Social.', as(PILAR)],
    [242, 'l', '¿Le sirve esta información?', as(PILAR)],
    [290, 'p', 'si muchas gracias. nada mas'],
    [296, 'l', '¡De nada! Gracias por usar Ask Us Now.', as(PILAR)],
  ], usual({ informed: 'fail', transfer: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  '03 overseas absentee (follow-up by me): fvap.gov, e-mail read back, "by tomorrow at noon", done in 30 h':
    'referral.contact: expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 5). The sentence that triggers it (checked alone) is "fvap.gov has the form and an Ohio page saying she can ask for her ballot by e-mail": it says how the ballot can be delivered and names no person or organisation the patron is to call, write to, ask or visit; the only body named in the message, the county board, is one the provider will consult ("I\'ll confirm it with the county board and e-mail you"). RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat.',
};

describe('fifty-third round: elections and voting, checked', () => {
  describeSessions('whole sessions', fiftyThirdRoundElections.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftyThirdRoundElections.filter((c) => c.name in LEFT_WHY));
});
