/**
 * Fiftieth round, theme MUSEUM PASSES, TICKETS AND LOCAL ATTRACTIONS, checked: 30 whole sessions no one had written, from
 * public library and cooperative "ask a librarian" chats: borrowing museum passes (art, science, children's, natural history,
 * history center, train museum), zoo, aquarium, planetarium and botanical garden passes, a state park day-use pass (and what
 * it does not cover: camping), pass rules (one per card, non-residents, a 16-year-old with her own card, party sizes), holiday
 * openings (Thanksgiving, July 4th, New Year's Day, Labor Day, Dec 26, Easter, Presidents Day), local tours (a free history
 * walk, a lighthouse tour, a group mill tour, the state capitol, winter harbor cruises) and accessibility of venues
 * (wheelchair, walker, stroller, scooters, ASL tours for a Deaf patron). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (the labels copied aside to /tmp/fiftiethRoundAttractions-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hi! I'm Nora, a librarian at …"; an 82 s pickup with "sorry about the wait"; `pickedUpAt` at 40 s with the first
 *   line at 75 s; Spanish "¡Hola! Le saluda Lucía, bibliotecaria de …"; chat-speak "hi, Tomas here at …", "Hey! Bea here,
 *   librarian w/ …"; a clarifying question inside the greeting line; "Hi! How can I help?" + "Which day are you going?" under
 *   the screen name "desk3", the name and library only in the third line (fail); a cooperative greeting before a transfer;
 *  inquiry: party size, which museum, date, ages, branch/card, wheelchair use, chair vs steps; a restatement ("So you need a
 *   History Center pass for Sunday … One sec.") that is also a hold; a question only after the hours URL (fail);
 *  waits: holds at 97/200/305 with spans of 103, 105 and 85 s (pass); "One sec." then 173 s (fail); an internal note and a
 *   silent transfer with the receiver's first line 130 s after the patron (fail); a transfer notice that is a hold and a 44 s
 *   handover (pass); "No rush, take your time." before a 224 s patron absence (waiting on the patron: pass);
 *  endings: check-in at 215 and a disconnect notice that invites back at 330 (final idle 253 s); "u still there?" then nothing
 *   until 330 (idle pass, notice fail, courteous fail); a goodbye 146 s into the idle with no check-in (idle fail, notice na);
 *   "Are you still there? If not, thanks for chatting and feel free to come back anytime." as the last line (final idle 153 s
 *   to `endedAt`: idle pass, notice na, courteous pass); patron-side "yep that's all i needed", "thats everything", "no more
 *   questions", "eso es todo", "yes ty thats all", "sure, thats all"; "ok"/"yes thanks"/"thank you!!" alone (no);
 *   "You've hit the limit for this chat — we answer two questions per session. Please log off now." (dismissal);
 *   "a few other patrons waiting … please chat back in later tonight or tomorrow" (allowed);
 *  sources: library pass pages, museum / zoo / park hours and access pages, a state reservation site, a visitors' holiday list;
 *   none ("call the Brightwater Visitors Bureau": an organisation named with no way to reach it);
 *  referrals: a museum's visitor services coordinator by phone (pass); "contact the aquarium's accessibility office directly"
 *   with only the library's own pass page URL in the line (fail); the Visitors Bureau with no contact (fail); the provider
 *   calling the Historical Society, and the patron's library to "contact you", as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by tomorrow at noon", done at 26 h (pass); a promise "get back to you by email" with
 *   the e-mail read back but no time, coded Answered (code fail, contact fail, on_time pending); FU_LIB by phone read back,
 *   "within 72 hours", done at 90 h (on_time fail); FU_ME with no contact anywhere, not done by day 5 (code, contact, on_time
 *   fail); FU_ME, e-mail read back, "by Thursday", not yet done at day 1 (pending);
 *  codes: a true Lost Call (greeting only, check-in, notice); Lost Call after three patron lines (fail); null; Practice;
 *  transfers: notice + internal note saying why (pass); internal note only, silent transfer (fail);
 *  concurrency: four at once (fail); others ending exactly at the start and starting exactly at `endedAt`, three at most
 *   (pass); both providers of a transfer at three at most over their parts (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de San Marcos" greets and identifies (the name and library);
 * - "Are you still there? If not, thanks for chatting and feel free to come back anytime." is a check-in and so not a Goodbye
 *   (Terms), so the final idle runs to `endedAt` (153 s: check-in applies and passes, notice na); for closing.courteous, whose
 *   rule asks only that the line thanks or invites back, it passes;
 * - "You're welcome! Have a lovely visit, goodbye." and "Thank you, enjoy!" are courteous endings;
 * - "contact the aquarium's accessibility office directly" is a referral; the library's pass page URL in the same line reaches
 *   the library, not the aquarium, so the referral has no contact (fail);
 * - "call the Brightwater Visitors Bureau" is a referral without contact, and the Bureau named bare is no source (info.source
 *   fails), while the answer in that line ("Most harbor cruises stop in October") is the answer completeness counts from;
 * - describing an attraction ("a free history walk Saturdays at 10 from the Old Courthouse steps, no booking needed", "shows are
 *   $5 extra", "the fifth pays at the ticket window") tells the patron to contact or visit no one about the need: no referral;
 *   the provider calling the Historical Society and "someone from Dunmore Public Library will call you" are no referral either
 *   (staff acting for the patron; the patron is told to contact no one);
 * - "please chat back in later tonight or tomorrow" is the way back the seed allows (no dismissal) and not a referral;
 * - "Is that this Saturday?" inside the greeting line, "Is your card from Dunmore Public Library …?" and "Is your daughter over
 *   18?" are questions about the need / the patron's situation before the first source;
 * - "So you need … One sec." restates the question (clarify passes) and is a hold (waiting on the provider until 205);
 * - "I'll check with them and get back to you by email" says how, not when: followup.contact fails;
 * - "Does that help you plan Sunday?", "Is that the kind of list you wanted?", "¿Esto responde a su pregunta?" ask whether what
 *   was given meets the need; "What e-mail should I use?" and "Anything else tonight?" do not.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: 0.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty): the scorer read every wording here as RUBRIC.md does, including the Spanish
 *  greeting, the check-in that thanks, the bare Visitors Bureau, the aquarium office next to an unrelated URL, the restatement
 *  that is also a hold, and every timing (pickup with and without `pickedUpAt`, holds, the silent transfer, idle and
 *  disconnect spans, touching concurrency ends, on_time done / late / pending / overdue). The redaction equality of
 *  describeSessions holds for every case (patron e-mails typed and read back, a patron phone read back).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (none through describeLeft).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, P, session, xfer } from './provider-lines';

const HOUR = 3600;

const NORA: Prov = P('nora', 'Nora', 'BRK');
const LEON: Prov = P('leon', 'Leon', 'MBL');
const MAYA: Prov = P('maya', 'Maya', 'HCL');
const GRANT: Prov = P('grant', 'Grant', 'WPL');
const ROSALIND: Prov = P('rosalind', 'Rosalind', 'CHL');
const DARIUS: Prov = P('darius', 'Darius', 'PEL');
const LUCIA: Prov = P('lucia', 'Lucía', 'SML');
const BRENT: Prov = P('brent', 'Brent', 'ORL');
const PRIYA: Prov = P('priya', 'Priya', 'FWL');
const HAZEL: Prov = P('hazel', 'Hazel', 'LWL');
const TOMAS: Prov = P('tomas', 'Tomas', 'RVL');
const FIONA: Prov = P('fiona', 'Fiona', 'AGL');
const IVAN: Prov = P('ivan', 'Ivan', 'SGL');
const JUNE: Prov = P('june', 'June', 'MWL');
const KWAME: Prov = P('kwame', 'Kwame', 'EHL');
const SELMA: Prov = P('selma', 'Selma', 'STATE');
const HUGO: Prov = P('hugo', 'Hugo', 'GVL');
const ZARA: Prov = P('zara', 'Zara', 'RBL');
const PAULA: Prov = P('paula', 'Paula', 'COOP');
const ERIN: Prov = P('erin', 'Erin', 'LSL');
const CLAUDE: Prov = P('claude-c', 'Claude', 'COOP');
const NINA: Prov = P('nina', 'Nina', 'HCY');
const AMOS: Prov = P('amos', 'Amos', 'VAL');
const BEA: Prov = P('bea', 'Bea', 'NGL');
const SAM: Prov = P('sam-e', 'Sam', 'ELM');
const DORA: Prov = P('dora', 'Dora', 'PRL');
const TRAINEE: Prov = P('trainee', 'Trainee 4', 'TRN');
const DESK3: Prov = P('desk3', 'desk3', 'CCL');
const OSCAR: Prov = P('oscar', 'Oscar', 'BWL');
const GWEN: Prov = P('gwen', 'Gwen', 'HCR');
const REGINA: Prov = P('regina', 'Regina', 'SPT');
const ELSA: Prov = P('elsa', 'Elsa', 'KBL');

const s = session;

export const fiftiethRoundAttractions: SessionCase[] = [
  // 01 art museum pass, everything by the book
  s(NORA, '01 art museum pass for Saturday: party size asked, pass page URL, "yep that\'s all i needed, thx"', [
    [0, 'p', 'hi does the library have passes for the art museum? want to go next saturday'],
    [18, 'l', "Hi! I'm Nora, a librarian at Brookfield Public Library."],
    [24, 'l', 'How many people are going, and is it the Brookfield Art Museum or the one in the city?'],
    [70, 'p', '2 adults 2 kids, the brookfield one'],
    [78, 'l', 'Our Museum Pass page, brookfieldlibrary.org/museumpasses, lets you reserve the Brookfield Art Museum pass up to 30 days ahead; it admits 2 adults and up to 4 kids free. Click the museum, pick Saturday, and sign in with your library card.'],
    [84, 'l', 'Does that answer your question?'],
    [130, 'p', "yep that's all i needed, thx"],
    [136, 'l', 'Enjoy the museum! Thanks for chatting.'],
  ], usual()),

  // 02 zoo pass, 82 s pickup
  s(LEON, '02 zoo pass all booked: picked up at 82 s, "Let me look at the calendar", open dates + URL, "nope"', [
    [0, 'p', 'Do you still do the zoo passes?? site says all booked'],
    [82, 'l', 'Good afternoon, this is Leon at Millbrook Library, sorry about the wait!'],
    [88, 'l', 'Which date were you hoping for?'],
    [120, 'p', 'any weekend in march'],
    [127, 'l', 'Let me look at the calendar.'],
    [200, 'l', 'March 21 and 28 are still open for the Riverside Zoo pass. Reserve at millbrooklib.org/passes/zoo; the pass is emailed to you and good for 4 people.'],
    [206, 'l', 'Is that what you were looking for?'],
    [250, 'p', 'ya booked the 21st!! thank u'],
    [256, 'l', 'Anything else I can help with?'],
    [290, 'p', 'nope'],
    [295, 'l', 'Have fun at the zoo — goodbye!'],
  ], usual({ pickup: 'fail' })),

  // 03 state park pass, holds every ~100 s
  s(MAYA, '03 state park pass vs camping: holds at 97/200/305 ("one moment", "Still looking", "Bear with me"), answer at 390', [
    [0, 'p', 'I heard you can check out a state park pass from the library? how does that work, we want to camp at Lake Hollis in july'],
    [25, 'l', "Hello and welcome! I'm Maya, reference librarian with the Hollins County Library."],
    [31, 'l', 'Is it the day-use parking you need, or the camping fee too?'],
    [90, 'p', 'both if it covers it'],
    [97, 'l', 'Let me check what the pass covers, one moment.'],
    [200, 'l', "Still looking — the state's page and ours say slightly different things, so I'm double checking."],
    [305, 'l', 'Bear with me, nearly there.'],
    [390, 'l', "OK: the State Parks Explorer pass (hollinslibrary.org/explorer) covers day-use parking for one car at any state park, Lake Hollis included, for a 7-day loan. It does NOT cover camping; campsites are booked and paid on the state's reservation site, parks.state.example.gov/reserve."],
    [396, 'l', 'Does this completely answer your question?'],
    [450, 'p', 'yes. thats everything thank you'],
    [455, 'l', 'Happy camping, and thanks for using Hollins County Library chat!'],
  ], usual()),

  // 04 holiday hours: the question only after the source, no completeness question
  s(GRANT, '04 science center on Thanksgiving: hours URL first, "Were you planning to go on the day itself" after it', [
    [0, 'p', 'is the science center open on thanksgiving day'],
    [15, 'l', 'Hi, Grant at Westfield Public Library here.'],
    [21, 'l', "The Westfield Science Center's hours page, westfieldscience.example.org/visit, says it's closed Thanksgiving Day and open the Friday after, 9-5."],
    [27, 'l', 'Were you planning to go on the day itself or that weekend?'],
    [60, 'p', 'friday. thats all i needed thanks'],
    [65, 'l', 'Great, enjoy! Bye.'],
  ], usual({ clarify: 'fail', complete: 'fail' })),

  // 05 wheelchair access, the museum's coordinator by phone
  s(ROSALIND, '05 wheelchair access at a historic house: access page URL, "call their visitor services coordinator at 555-…"', [
    [0, 'p', 'my mom uses a wheelchair, is the Harlan House museum accessible? we have a pass from you guys for sunday'],
    [30, 'l', "Hi there, this is Rosalind at Cedar Hill Library's Ask a Librarian service."],
    [36, 'l', 'Does she need to stay in the chair the whole visit, or can she manage a few steps?'],
    [80, 'p', 'whole visit, she cant do stairs'],
    [86, 'l', 'Checking their access info now.'],
    [170, 'l', "Harlan House's accessibility page (harlanhouse.example.org/accessibility) says the first floor and garden are wheelchair accessible by a ramp at the side entrance, but the second floor is stairs only. They offer a photo tour of the upstairs. For parking or to borrow one of their wheelchairs, call their visitor services coordinator at 555-210-4477."],
    [176, 'l', 'Does that help you plan Sunday?'],
    [230, 'p', 'yes, thank you so much. no more questions'],
    [236, 'l', "You're welcome! Have a lovely visit, goodbye."],
  ], usual({ referral: 'pass' })),

  // 06 ASL tour, the aquarium's office with no contact
  s(DARIUS, '06 ASL tour at the aquarium: library pass page URL, "contact the aquarium\'s accessibility office directly" (no contact)', [
    [0, 'p', 'Hi. I am Deaf. Does the aquarium have ASL tours? I want to use the library pass'],
    [40, 'l', 'Hello! Darius here, librarian at Port Ellis Public Library. Thanks for writing in.'],
    [46, 'l', 'Which aquarium pass do you have, the Bayfront Aquarium?'],
    [90, 'p', 'yes bayfront. for next month'],
    [96, 'l', "Our pass page (portellislibrary.org/passes/bayfront) doesn't list ASL tours. For an interpreter or an ASL-led tour, contact the aquarium's accessibility office directly and ask at least two weeks ahead."],
    [102, 'l', 'Did that help?'],
    [150, 'p', 'ok i will. thank you'],
    [156, 'l', 'Anything else today?'],
    [190, 'p', 'No'],
    [195, 'l', 'Thanks for chatting, take care!'],
  ], usual({ referral: 'fail' })),

  // 07 Spanish zoo pass
  s(LUCIA, '07 pase del zoológico (Spanish): "Le saluda Lucía", fecha y personas, URL, "¿Esto responde…?", "eso es todo"', [
    [0, 'p', 'hola, se puede sacar el pase del zoológico con la tarjeta de la biblioteca?'],
    [22, 'l', '¡Hola! Le saluda Lucía, bibliotecaria de la Biblioteca Pública de San Marcos.'],
    [28, 'l', '¿Para qué fecha lo necesita y cuántas personas van?'],
    [80, 'p', 'el domingo, somos 5'],
    [86, 'l', 'Sí. Se reserva en sanmarcoslibrary.org/pases con el número de su tarjeta. El pase del zoológico es para 4 personas; la quinta paga la entrada normal en la taquilla.'],
    [92, 'l', '¿Esto responde a su pregunta?'],
    [140, 'p', 'si, gracias. eso es todo'],
    [146, 'l', '¡Gracias por escribirnos! Que disfruten el zoológico.'],
  ], usual()),

  // 08 a limit of questions
  s(BRENT, '08 passes per card: "You\'ve hit the limit for this chat — we answer two questions per session. Please log off now."', [
    [0, 'p', 'how many museum passes can i check out at once'],
    [20, 'l', 'Hi, this is Brent with Oakridge Library.'],
    [26, 'l', 'Per card, or for your whole household?'],
    [55, 'p', 'per card'],
    [60, 'l', 'One pass per card at a time, for up to 3 days; the rules are at oakridgelibrary.org/passes under "Loan rules". Does that answer it?'],
    [90, 'p', 'ok and can my husband use mine, and what about the children museum one, is it free parking there, and'],
    [98, 'l', "You've hit the limit for this chat — we answer two questions per session. Please log off now."],
    [120, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 09 other patrons waiting, come back later (allowed)
  s(PRIYA, '09 staycation passes: ages asked, pass list URL, "a few other patrons waiting … please chat back in later tonight"', [
    [0, 'p', 'Hi! Planning a staycation w/ the kids. what passes do u have'],
    [20, 'l', "Hi! I'm Priya, a librarian at Fernwood Library. Fun!"],
    [26, 'l', 'How old are the kids? Some passes are better for little ones.'],
    [60, 'p', '4 and 9'],
    [66, 'l', "Good picks for those ages: the Children's Discovery Museum, the Fernwood Zoo and the Planetarium, all on our pass list at fernwoodlibrary.org/discover. Each one is reserved separately with your card."],
    [72, 'l', 'Is that the kind of list you wanted?'],
    [110, 'p', 'yes!! also whats open on memorial day, and are any free w/o pass, and tours for kids, and the botanical garden'],
    [120, 'l', "Lots of good questions! I have a few other patrons waiting right now, so please chat back in later tonight or tomorrow and we'll go through the rest."],
    [140, 'p', 'ok will do'],
    [145, 'l', 'Thanks, and have fun planning!'],
  ], usual({ anything: 'fail' })),

  // 10 quiet patron: check-in, then a notice that invites back
  s(HAZEL, '10 July 4th museum hours: answer at 77, "Are you still there?" at 215, disconnect notice + "come back anytime" at 330', [
    [0, 'p', 'need the hours for the historical museum on july 4th'],
    [20, 'l', 'Hello, Hazel at Linwood Library Ask a Librarian.'],
    [26, 'l', 'Is that the Linwood Historical Museum on Elm St, or the county one?'],
    [70, 'p', 'elm st'],
    [77, 'l', "Their site, linwoodhistory.example.org/hours, says they're open 12-4 on July 4th, with free admission for the holiday."],
    [83, 'l', 'Does that answer your question?'],
    [215, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Please come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 11 check-in and nothing more
  s(TOMAS, '11 aquarium scooters (chat-speak): answer at 86, "u still there?" at 230, ends at 330 with no notice or goodbye', [
    [0, 'p', 'is the aquarium wheelchair accesible and do they loan scooters'],
    [30, 'l', 'hi, Tomas here at Ridgeview Public Library'],
    [36, 'l', 'r u going with the library pass or buying tickets?'],
    [80, 'p', 'pass'],
    [86, 'l', "The aquarium's access page, bayviewaquarium.example.org/access, says all exhibits are step-free and they lend 4 mobility scooters free, first come first served, with any admission incl. our pass."],
    [92, 'l', 'that help?'],
    [230, 'l', 'u still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 100 }),

  // 12 a check-in that also thanks and invites back
  s(FIONA, '12 free history walk: answer at 82, "Are you still there? If not, thanks for chatting and feel free to come back anytime." at 230', [
    [0, 'p', 'are there any free walking tours downtown this weekend'],
    [25, 'l', "Good morning! Fiona from Ashgrove Library's chat service here."],
    [31, 'l', 'Are you interested in history tours, architecture, or food?'],
    [75, 'p', 'history'],
    [82, 'l', 'The Ashgrove Historical Society runs a free history walk Saturdays at 10 from the Old Courthouse steps, no booking needed. Details are on their events page, ashgrovehistory.example.org/walks.'],
    [88, 'l', 'Does that answer your question?'],
    [230, 'l', 'Are you still there? If not, thanks for chatting and feel free to come back anytime.'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 13 a goodbye 146 s into the idle, no check-in
  s(IVAN, '13 New Year\'s Day openings: "Let me check.", answer at 150, goodbye at 296 with no check-in (final idle 146 s)', [
    [0, 'p', 'whats open on new years day? museums etc. visiting w family'],
    [28, 'l', "Hi, I'm Ivan, a librarian at Stonegate Public Library."],
    [34, 'l', 'Which city will you be in?'],
    [60, 'p', 'stonegate'],
    [66, 'l', 'Let me check.'],
    [150, 'l', "On Jan 1 the Stonegate Art Museum and the Planetarium are closed; the Children's Museum and the Railroad Museum are open 12-5. Visit Stonegate keeps a holiday hours list at visitstonegate.example.com/holidays."],
    [156, 'l', 'Does that help?'],
    [296, 'l', 'Thanks for chatting with Stonegate Library. Take care!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 14 follow-up by me, done in 26 h
  s(JUNE, '14 lighthouse tour on Presidents Day (follow-up by me): e-mail read back, "by tomorrow at noon", done after 26 h', [
    [0, 'p', 'hi is the lighthouse tour running over presidents day weekend? their site is not updated'],
    [24, 'l', 'Hello! June here, reference librarian at Maplewood Library.'],
    [30, 'l', 'Is it the Point Arden lighthouse tour you mean, the one run by the Historical Society?'],
    [65, 'p', 'yes that one'],
    [72, 'l', "Their tour page, pointardenlight.example.org/tours, still shows the fall schedule. I'll call the Society tomorrow morning when they open and e-mail you what they say. What e-mail should I use?"],
    [120, 'p', 'rgarcia@example.com'],
    [126, 'l', "Thanks — rgarcia@example.com. You'll have an answer from me by tomorrow at noon."],
    [132, 'l', 'Anything else I can help with in the meantime?'],
    [160, 'p', 'no thats it, thank you!'],
    [166, 'l', "You're welcome, talk soon. Bye!"],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(26 * HOUR) }] }),

  // 15 promise coded Answered, no time
  s(KWAME, '15 botanical garden pass + Easter hours: "I\'ll check with them and get back to you by email", no time, coded Answered', [
    [0, 'p', 'does the library have a pass for the Carver Botanical Garden? and is it open on easter'],
    [20, 'l', 'Hi there, Kwame at Elmhurst Public Library!'],
    [26, 'l', 'Are you hoping to go Easter Sunday itself?'],
    [50, 'p', 'yes'],
    [58, 'l', "We do: the Carver Botanical Garden pass is on elmhurstlibrary.org/passes (admits 2). Their Easter hours aren't posted yet. I'll check with them and get back to you by email — what's the best address?"],
    [100, 'p', 'tk.lee@example.com'],
    [106, 'l', 'Got it, tk.lee@example.com. Did the pass info help?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Great, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 16 follow-up by the patron's library, phone, done after 90 h
  s(SELMA, '16 state park pass at Dunmore (follow-up by patron\'s library): phone read back, "within 72 hours", done after 90 h', [
    [0, 'p', 'my library card is from Dunmore. can I get the Discovery Pass for the state parks through them? its not on their website'],
    [35, 'l', "Good evening, you've reached Selma with AskUs Statewide, the 24/7 librarian chat."],
    [41, 'l', 'Is your card from Dunmore Public Library, in Dunmore County?'],
    [80, 'p', 'yes'],
    [86, 'l', "Dunmore's pass page (dunmorelibrary.org/passes) lists museum passes only. Whether they lend the state park pass is something their staff will have to confirm, so I'll send your question to them and they'll contact you. What's the best phone number or e-mail?"],
    [140, 'p', '555-418-2209 cell'],
    [146, 'l', 'Thanks, 555-418-2209. Someone from Dunmore Public Library will call you within 72 hours.'],
    [152, 'l', 'Anything else tonight?'],
    [180, 'p', 'no thats all'],
    [186, 'l', 'Thanks for using AskUs Statewide. Good night!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 17 follow-up by me with no contact at all, never done
  s(HUGO, '17 arts center for a walker (follow-up by me): "I\'ll find out more … and follow up", no contact anywhere, not done by day 5', [
    [0, 'p', 'Is the Glenview Arts Center ADA accessible? They have a show Sat. and my brother uses a walker'],
    [30, 'l', 'Hi! Hugo here from Glenview Public Library.'],
    [36, 'l', 'Is the show in the main theater or in the gallery?'],
    [70, 'p', 'theater'],
    [77, 'l', "Their website (glenviewarts.example.org) only says 'accessible seating available'. I'll find out more about the theater and follow up."],
    [83, 'l', 'Is there anything else?'],
    [110, 'p', 'no'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 5 * DAY }),

  // 18 follow-up by me, pending
  s(ZARA, '18 group mill tour with two wheelchairs (follow-up by me): e-mail read back, "by Thursday", not done yet (pending)', [
    [0, 'p', 'looking for a guided tour of the old mill district for a group of 12 seniors, in May, wheelchair friendly'],
    [20, 'l', 'Hello, thanks for contacting Riverbend Library! My name is Zara.'],
    [26, 'l', 'Do you have a date in May yet, and how many in the group use wheelchairs?'],
    [90, 'p', 'may 14 or 15, two wheelchairs'],
    [96, 'l', 'Let me look.'],
    [190, 'l', "The Mill District Heritage Trust offers group tours; their page riverbendmills.example.org/groups says the lower level route is step-free but doesn't say how many wheelchairs they can take. I'd like to ask them and e-mail you the details by Thursday. Where should I send it?"],
    [240, 'p', 'ok great. margaret.h@example.org'],
    [246, 'l', 'margaret.h@example.org — got it. Thursday at the latest. Thanks for chatting, bye for now!'],
    [270, 'p', 'thank you!!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'pending' }), { ...FU_ME }),

  // 19 transfer by the book
  s(PAULA, '19 non-resident museum pass: coop -> Lakeside, notice ("transferring you … One moment") + internal note, Erin at 110', [
    [0, 'p', 'can i get a museum pass with a Lakeside library card if i live in another town'],
    [22, 'l', 'Hi, Paula here with the Ask a Librarian cooperative.'],
    [28, 'l', 'Which town do you live in?'],
    [60, 'p', 'Hartwell'],
    [66, 'l', "Pass rules for non-residents are local, and a Lakeside librarian is online, so I'm transferring you to them now. One moment please."],
    [69, 'i', 'Lakeside: Hartwell resident w/ Lakeside card asking if non-residents can borrow museum passes.'],
    xfer(72, 'Erin', 'erin'),
    [110, 'l', 'Hi, this is Erin at Lakeside Public Library. Happy to help with the pass question.', as(ERIN)],
    [116, 'l', 'Non-residents with a Lakeside card can borrow any pass except the Science Museum one, which the donor limits to residents. The policy is at lakesidelibrary.org/passes/policy.', as(ERIN)],
    [122, 'l', 'Does that answer your question?', as(ERIN)],
    [170, 'p', "yes, that's all I needed"],
    [175, 'l', 'Thanks for chatting with us!', as(ERIN)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [other('pa1', 'paula', -300, 200), other('pa2', 'paula', 30, 600), other('er1', 'erin', -200, 900), other('er2', 'erin', 100, 400)],
  }),

  // 20 silent transfer
  s(CLAUDE, '20 zoo penguin encounter: internal note only, silent transfer, Nina\'s first line 130 s after the patron', [
    [0, 'p', 'hi, is the Harbor City zoo pass good for the penguin encounter thing?'],
    [30, 'l', "Good afternoon! I'm Claude, a librarian with the Ask Us cooperative."],
    [36, 'l', 'Do you have the pass already, or are you thinking of borrowing one?'],
    [70, 'p', 'i have it for saturday'],
    [75, 'i', 'Nina — Harbor City zoo pass question, needs local policy. Taking it?'],
    xfer(80, 'Nina', 'nina'),
    [200, 'l', 'Hi, Nina from Harbor City Library here.', as(NINA)],
    [206, 'l', "The zoo pass covers general admission only; the penguin encounter is an add-on you buy on the zoo's tickets page, harborcityzoo.example.org/tickets. Did that help?", as(NINA)],
    [240, 'p', 'ok yes, thats all'],
    [245, 'l', 'Enjoy the penguins! Bye.', as(NINA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 four at once
  s(AMOS, '21 children\'s museum pass for Friday: three other chats open, four at once from 40 s', [
    [0, 'p', "do you have the children's museum pass for this friday"],
    [20, 'l', 'Hi! Amos at Valley Library here.'],
    [26, 'l', "Is it the Valley Children's Museum or the Discovery Center in Ashby?"],
    [50, 'p', 'valley'],
    [56, 'l', "Friday's open: reserve at valleylibrary.org/passes/vcm and print the e-pass at home. Does that answer it?"],
    [80, 'p', 'yes done! thats all'],
    [85, 'l', 'Great, have fun! Bye.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('am1', 'amos', -400, 300), other('am2', 'amos', -100, 500), other('am3', 'amos', 40, 200)],
  }),

  // 22 three at most, others touching both ends
  s(BEA, '22 planetarium on Labor Day: others end at 0 and start at 110 (the end), three at most at once', [
    [0, 'p', 'hey what time does the Northgate Planetarium open on Labor Day?'],
    [18, 'l', 'Hey! Bea here, librarian w/ Northgate Library.'],
    [24, 'l', 'Are you going to a show or just the exhibits?'],
    [50, 'p', 'the 2pm show'],
    [56, 'l', 'On Labor Day it opens at noon and the 2 pm show is on; tickets are at northgateplanetarium.example.org/shows. Our Planetarium pass gets you in free but shows are $5 extra. Did that help?'],
    [100, 'p', 'yep thx, thats everything'],
    [105, 'l', 'Have a great holiday — bye!'],
  ], usual(), {}, {
    otherIntervals: [other('be1', 'bea', -600, 0), other('be2', 'bea', -100, 400), other('be3', 'bea', 60, 900), other('be4', 'bea', 110, 700)],
  }),

  // 23 a true Lost Call
  s(SAM, '23 train museum pass (Lost Call): greeting at 20, patron silent, check-in at 160, notice + thanks at 260', [
    [0, 'p', 'do u have passes for the train museum'],
    [20, 'l', 'Hi, Sam at Elm Library here!'],
    [160, 'l', 'Hello? Are you still there?'],
    [260, 'l', "It looks like you've disconnected, so I'll end this chat. Thanks, and come back anytime if you still need help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass',
    idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 Lost Call after three patron lines
  s(DORA, '24 two science museum passes: answered, patron "ok" and gone, coded Lost Call after 3 patron lines', [
    [0, 'p', 'need 2 passes for the science museum sat'],
    [25, 'l', "Hi, I'm Dora at Pine Ridge Library. Is that this Saturday?"],
    [50, 'p', 'yes'],
    [56, 'l', 'Only one pass per card; this Saturday is open at pineridgelibrary.org/passes.'],
    [80, 'p', 'ok'],
    [85, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (pass script): coded Practice, every check na', [
    [0, 'p', 'testing - zoo pass?'],
    [12, 'l', 'Hi, this is a training chat.'],
    [20, 'l', 'Zoo pass: samplelibrary.org/passes. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 the name only in the third message
  s(DESK3, '26 capitol tour + elevator: "Hi! How can I help?" + a question, the name and library only in the third line', [
    [0, 'p', 'is the state capitol tour free? and do they have an elevator'],
    [15, 'l', 'Hi! How can I help?'],
    [21, 'l', 'Which day are you going?'],
    [60, 'p', 'tuesday'],
    [66, 'l', 'This is Pat at the Capital City Library, by the way. Tours are free, Mon-Sat on the hour, and the building has elevators at the north entrance; details at capitol.state.example.gov/tours.'],
    [72, 'l', 'Does that answer your questions?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [135, 'l', 'Thanks, enjoy the tour!'],
  ], usual({ greeting: 'fail' })),

  // 27 an organisation named with no way to reach it
  s(OSCAR, '27 winter harbor cruises: "call the Brightwater Visitors Bureau" with no contact, no other source', [
    [0, 'p', 'any boat tours of the harbor in the off season?'],
    [22, 'l', "Hi, Oscar at Brightwater Library's reference desk."],
    [28, 'l', 'Are you looking for something this month, or planning for later?'],
    [60, 'p', 'this month, a weekend'],
    [66, 'l', 'Most harbor cruises stop in October. Your best bet is to call the Brightwater Visitors Bureau, they know which operators run winter trips.'],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'sure, thats all'],
    [115, 'l', 'Thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 28 a restatement with a hold, then 173 s
  s(GWEN, '28 history center pass + stroller: restatement "So you need …" + "One sec." at 32, answer at 205 (173 s)', [
    [0, 'p', 'looking for a pass to the history center for sunday for me and my 2 grandkids, is it accessible for a stroller too'],
    [26, 'l', "Hello! You've reached Gwen at Hillcrest Public Library."],
    [32, 'l', 'So you need a History Center pass for Sunday for one adult and two kids, and stroller access. One sec.'],
    [205, 'l', 'Sorry that took a while! Sunday is free to book at hillcrestlibrary.org/passes/history (1 adult + 3 kids). The History Center says all floors are reachable by elevator and strollers are welcome.'],
    [211, 'l', 'Is that what you were looking for?'],
    [250, 'p', "perfect, that's everything"],
    [255, 'l', 'Thank you, enjoy!'],
  ], usual({ informed: 'fail' })),

  // 29 code null; pickedUpAt before the first line
  s(REGINA, '29 natural history museum on Dec 26: pickedUpAt 40 s (first line 75 s), holiday page URL, code null', [
    [0, 'p', 'Is the museum of natural history open Monday Dec 26? we have your pass'],
    [75, 'l', 'Good morning, this is Regina at Southport Library.'],
    [81, 'l', 'Is your pass for the Southport Museum of Natural History?'],
    [110, 'p', 'yes'],
    [116, 'l', "Its holiday page, southportnature.example.org/holiday-hours, says it's open 10-5 on Dec 26. Does that answer your question?"],
    [150, 'p', 'yes!'],
    [155, 'l', 'Anything else?'],
    [180, 'p', 'no thats it'],
    [185, 'l', 'Happy holidays — goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: null, pickedUpAt: at(40) }),

  // 30 "No rush, take your time." then 224 s away
  s(ELSA, '30 aquarium pass for a teen: "No rush, take your time." at 76, the patron back at 300', [
    [0, 'p', 'can i reserve the aquarium pass for my daughter, she has her own card'],
    [20, 'l', 'Hi, Elsa at Kingsbury Library. Is your daughter over 18? Passes need an adult card.'],
    [70, 'p', 'she is 16. hold on let me check if i have my card on me'],
    [76, 'l', 'No rush, take your time.'],
    [300, 'p', 'ok found my card'],
    [306, 'l', 'Great. Sign in at kingsburylibrary.org/passes with your card, choose the Aquarium pass and pick a date; your daughter can use it if she goes with you.'],
    [312, 'l', 'Does that answer your question?'],
    [350, 'p', 'yes ty thats all'],
    [355, 'l', 'Enjoy the aquarium! Bye.'],
  ], usual()),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fiftieth round: museum passes, tickets and local attractions, checked', () => {
  describeSessions('whole sessions', fiftiethRoundAttractions.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundAttractions.filter((c) => c.name in LEFT_WHY));
});
