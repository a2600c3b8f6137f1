/**
 * Fiftieth round, theme WEDDINGS, PARTIES AND EVENT PLANNING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: booking library meeting rooms and the auditorium (bridal and baby
 * showers, a recital, cancelling a room for an engagement party, a kids' birthday at a branch), park pavilions and
 * shelters (a reunion, a graduation party, a rose garden), permits (beer in a city park, a food truck at a block party, a
 * tent, a bounce house, a DJ and the noise code, a beach wedding at a state park, a church fundraiser dinner), venues (a
 * quinceañera hall, historic buildings, community halls, a Grange hall, the fairgrounds), catering and rentals (DIY
 * catering books, tables and chairs, the Library of Things), and etiquette (who pays for the rehearsal dinner, seating
 * divorced parents, adults-only invitations, a cash bar, thank-you notes, officiants). Every one of the 17 checks labelled
 * in every session before it was run (the labels copied aside to /tmp/fiftiethRoundEvents-labels.ts before the first run).
 *
 * SHAPES TRIED:
 *  openings: "Hi there! This is Priya, a librarian at …"; "you've reached the Ask a Librarian service at … My name is
 *   Hollis." (the name last); Spanish "Le atiende Lupe, bibliotecaria de …"; "hey! Kai @ Northside Library
 *   ask-a-librarian here"; a curt "hi" / "what town?" under the screen name ray_ref (no one named: fail); a queue line, a
 *   patron "hello??" and a 95 s pickup (22); `pickedUpAt` at 40 s with the first line at 75 (23); a greeting to a patron
 *   who had already left (18);
 *  inquiry: branch and date, head count, town, indoor/outdoor, era, nonprofit or private, religious or civil, selling or
 *   free; a question only after the first source (03, fail); "Take your time." after two questions (30);
 *  waits: a 74-94 s hold (01, 04, 06, 09); "Let me look up the city park rules" then 154 s (05, fail); chat-speak holds
 *   "ok lemme look" / "still looking …" / "found it, 1 more sec" every ~105 s (27, pass); a silent transfer answered 80 s after
 *   the patron (15, pass); "Take your time." and a patron away 214 s (30: waiting on the patron, pass);
 *  endings: "take care!", "Good night!", "Que disfruten la fiesta" after "¡Gracias por comunicarse…!", "cool, have fun, bye!",
 *   a bare "bye" and "Bye." (after a dismissal); a notice without a check-in as the goodbye at 400 (06); a check-in at 230
 *   and nothing until 480 (21); check-in and notice in one message, then a goodbye (29); "we only answer one question per
 *   chat. You've reached your limit" (08) and "My time's up, my shift is over. Bye" (25) as dismissals; "several other
 *   patrons waiting … please chat back in later" (24, allowed); patron-side "nope that's everything", "that is all I
 *   needed", "no more questions", "thats all i wanted to know", "es todo", "nah im good" (after the question);
 *  sources: city, county, state and library URLs; a database path; books in the catalogue with and without a URL; the
 *   Knot and Emily Post Institute pages; an ecode360 ordinance; none at all (10: a promise only; 26: etiquette from memory);
 *  referrals: a Parks office phone relayed as "they ask you to call" (02, LEFT); the fire department named bare in Spanish
 *   (04, fail); a town clerk by URL and phone together with "stop by the reference desk" with no contact (24, fail); a state
 *   park office phone (14); the fairgrounds by URL and e-mail together with "check with your caterer" (28, LEFT); a health
 *   department by phone and URL (30); staff consulted on the patron's behalf (local history librarian, the Oakmont staff,
 *   "I know the hall manager; I'll ask her") as no referral; "pick them up at the front desk" as no referral (23);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 30 h (09); FU_ME with e-mail but "I'll get back to
 *   you" with no time, pending (10); FU_LIB with the e-mail only in `patron.email`, "within 72 hours", not done by day 5
 *   (11); a call-back promise with the phone read back and "tomorrow morning", coded Answered (12: code fails, on_time
 *   pending); FU_ME done after 80 h (13);
 *  codes: a true Lost Call (18); Lost Call after three patron lines (19); null (26); Practice (20);
 *  transfers: notice (a hold) + note that says why (14, pass); note only, the patron never told (15, fail);
 *  concurrency: four at once (16, fail); others ending at the start and starting at the end, plus another provider's chat
 *   (17, three at most: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "for the big pavilion they ask you to call the Parks office at 319-555-0160 first" tells the patron to call an office
 *   outside the chat (relayed as the office's own request, still the provider telling the patron): a referral, with a phone;
 * - "check with your caterer" tells the patron to ask a person outside the chat about the need: a referral, with no contact
 *   (the project's earlier reading of "worth having a lawyer look it over");
 * - "hable con el Departamento de Bomberos de Pinedale" is a referral with no contact; "stop by the reference desk" is the
 *   provider's own library's department the patron is told to visit: a referral, here with no contact;
 * - "you can place holds … and pick them up at the front desk" is a step of the loan, not a referral (no one to contact
 *   about the need); "Shelters and pavilions are booked through … the reservation page is <URL>" and "the permit application
 *   is online at <URL>" point to web pages to use (sources);
 * - "Enjoy the reunion, and take care!", "Que disfruten la fiesta" (after thanks), "Good night!", "bye" say goodbye;
 *   "518-555-0143, got it, thanks! Talk to you tomorrow morning." thanks the patron;
 * - "anything else" without a question mark asks whether the patron needs anything else; "that work?", "Does that work for
 *   you?" (after a plan), "Are the 1928 ones the kind of thing you had in mind?", "¿Le sirve esta información?" ask whether
 *   what was given meets the need; "What's the best e-mail?" does not;
 * - "Sorry, we only answer one question per chat. You've reached your limit for this session." is a limit of questions
 *   (dismissal even though "Bye." follows); "My time's up, my shift is over. Bye" is "time is up" with no way back;
 * - a no-source session where the provider answers from memory and asks "Is that helpful?" passes completeness (the
 *   question follows the first message that gives an answer); a promise-only session with neither source nor answer fails it;
 * - a notice "It looks like you've disconnected. I'll close this chat now, but feel free to chat back in anytime. Thanks!"
 *   that asks nothing is the goodbye that ends the final idle (220 s: idle fails, notice passes).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2. Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "they ask you to call the Parks office at 319-555-0160 first" read as no referral (na;
 *    RUBRIC pass: the patron is told to call an office outside the chat, and its phone is given);
 *  - referral.contact, case 28: "check with your caterer" read as no referral, so only the fairgrounds office (URL + e-mail)
 *    counts (pass; RUBRIC fail: a person outside the chat to ask, with no contact).
 * Every timing check (pickup with and without `pickedUpAt` and with a patron line in the queue, keep_informed across holds,
 * an internal note and a transfer, "Take your time.", final idles of 220, 314 and 404 s, concurrency at touching ends and
 * with another provider's chat, on_time done / late / pending / not done by day 5) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails and a phone typed in the chat, an
 * e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (2 through describeLeft).
 *
 * ON V49 (block O, after this file was labelled on v48): case 28 (O8: "check with your caterer") reads as labelled: 29 running,
 *   1 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number): Line => [sec, 's', 'Thanks for waiting. A librarian will be with you shortly.'];

const PRIYA: Prov = { id: 'priya-e', name: 'Priya', library: 'MGPL' };
const HOLLIS: Prov = { id: 'hollis', name: 'Hollis', library: 'CFPL' };
const ETTA: Prov = { id: 'etta', name: 'Etta', library: 'BRK' };
const LUPE: Prov = { id: 'lupe', name: 'Lupe', library: 'SCL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'DCL' };
const NORA: Prov = { id: 'nora-w', name: 'Nora', library: 'WFL' };
const RAY: Prov = { id: 'ray', name: 'ray_ref', library: 'FVL' };
const GRETA: Prov = { id: 'greta', name: 'Greta', library: 'LWL' };
const MIRIAM: Prov = { id: 'miriam', name: 'Miriam', library: 'HCPL' };
const OSCAR: Prov = { id: 'oscar-t', name: 'Oscar', library: 'TCL' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'STATE' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'HFL' };
const SAUL: Prov = { id: 'saul', name: 'Saul', library: 'LVPL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'AUN' };
const RAFAEL: Prov = { id: 'rafael', name: 'Rafael', library: 'AACPL' };
const KEN: Prov = { id: 'ken', name: 'Ken', library: 'GVL' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'GVL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'RWL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'APL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'EPL' };
const PIA: Prov = { id: 'pia', name: 'Pia', library: 'SCK' };
const TRAINER: Prov = { id: 'trainer-e', name: 'Training Account', library: 'TRN' };
const BRUNO: Prov = { id: 'bruno', name: 'Bruno', library: 'KPL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'MCL' };
const DELIA: Prov = { id: 'delia', name: 'Delia', library: 'PHL' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'BSL' };
const MAXINE: Prov = { id: 'maxine', name: 'Maxine', library: 'AAL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'OHIO' };
const KAI: Prov = { id: 'kai', name: 'kai_northside', library: 'NSL' };
const ROSALIND: Prov = { id: 'rosalind', name: 'Rosalind', library: 'DVL' };
const SUNNY: Prov = { id: 'sunny', name: 'Sunny', library: 'HRL' };
const ARLO: Prov = { id: 'arlo', name: 'Arlo', library: 'HCPL-KY' };

export const fiftiethRoundEvents: SessionCase[] = [
  // 01 library meeting room for a bridal shower, done by the book
  s(PRIYA, '01 bridal shower in a library meeting room: branch + date asked, hold 74 s, booking URL, "nope that\'s everything"', [
    [0, 'p', 'hi can i reserve a meeting room for a bridal shower? like 25 ppl'],
    [18, 'l', 'Hi there! This is Priya, a librarian at Maple Grove Public Library. Happy to help.'],
    [24, 'l', 'Which branch were you thinking of, and what date? The rooms at each branch are a little different.'],
    [70, 'p', 'central, saturday june 13'],
    [76, 'l', 'One moment while I check the room calendar.'],
    [150, 'l', "Central's Community Room B seats 40 and is free that Saturday from 1 to 5. You book it online at maplegrovelibrary.org/meeting-rooms with your library card; light refreshments are ok but no alcohol and no open flames (so no candles on the cake, sorry!)."],
    [156, 'l', 'Does that answer your question?'],
    [200, 'p', 'yes!! omg perfect'],
    [205, 'l', 'Anything else I can help you with?'],
    [230, 'p', "nope that's everything"],
    [236, 'l', 'Wonderful, congratulations to the bride and thanks for chatting!'],
  ], usual()),

  // 02 park pavilion, Parks office by phone
  s(HOLLIS, '02 family reunion pavilion: head count asked, reservations URL + "call the Parks office at 319-555-0160", "take care!"', [
    [0, 'p', 'How do I rent a pavilion at Riverside Park for a family reunion in August?'],
    [30, 'l', "Good afternoon, you've reached the Ask a Librarian service at Cedar Falls Public Library. My name is Hollis."],
    [38, 'l', 'About how many people are you expecting? The big pavilion and the small shelters are booked differently.'],
    [95, 'p', 'maybe 80 with kids'],
    [101, 'l', "For 80 you'd want Pavilion 1, the only one that holds more than 50. Shelters and pavilions are booked through Cedar Falls Parks & Recreation: the reservation page is cedarfallsiowa.gov/parks/reservations, and for the big pavilion they ask you to call the Parks office at 319-555-0160 first to check the date. Reservations for the season open March 1."],
    [107, 'l', 'Is that what you needed?'],
    [170, 'p', 'yes thank you, that is all I needed'],
    [176, 'l', "You're very welcome. Enjoy the reunion, and take care!"],
  ], usual({ referral: 'pass' })),

  // 03 etiquette book before the question
  s(ETTA, '03 who pays for the rehearsal dinner: Emily Post in the catalogue first, "particular tradition?" only after it', [
    [0, 'p', 'who is supposed to pay for the rehearsal dinner? my fiance and i are arguing lol'],
    [25, 'l', "Hello! I'm Etta, reference librarian at Brookside Library."],
    [31, 'l', "Traditionally the groom's family hosts it, but lots of couples split it now. Emily Post's Etiquette (the 19th edition, 2017) covers it in the wedding chapter; we have it in the catalogue at brooksidelib.org/catalog, call number 395 POS, 3 copies in."],
    [37, 'l', 'Are you following a particular tradition, or just looking for the "usual" rule?'],
    [90, 'p', 'just the usual. that helps thanks'],
    [96, 'l', 'Did that answer your question?'],
    [130, 'p', 'yes'],
    [135, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [154, 'l', 'Thanks for chatting with Brookside, and congrats!'],
  ], usual({ clarify: 'fail' })),

  // 04 Spanish: quinceañera hall + tent, fire department with no contact
  s(LUPE, '04 quinceañera (Spanish): community hall URL, "hable con el Departamento de Bomberos" for the tent (no contact)', [
    [0, 'p', 'buenas tardes, busco un salón para una quinceañera, unas 150 personas, en el condado'],
    [40, 'l', '¡Buenas tardes! Le atiende Lupe, bibliotecaria de la Biblioteca del Condado de Sierra.'],
    [46, 'l', '¿Para qué fecha más o menos, y en qué ciudad del condado?'],
    [110, 'p', 'octubre, en Pinedale. tambien queremos poner una carpa en el patio de mi casa'],
    [116, 'l', 'Déjeme buscar, un momento.'],
    [210, 'l', 'El Centro Comunitario de Pinedale alquila su salón grande para hasta 200 personas; los precios y el formulario están en pinedale.gov/centro-comunitario. Para la carpa en su patio, hable con el Departamento de Bomberos de Pinedale antes de instalarla, porque las carpas grandes necesitan un permiso.'],
    [216, 'l', '¿Le sirve esta información?'],
    [280, 'p', 'si muchas gracias'],
    [286, 'l', '¿Necesita algo más?'],
    [320, 'p', 'no, es todo'],
    [326, 'l', '¡Gracias por comunicarse con nosotros! Que disfruten la fiesta.'],
  ], usual({ referral: 'fail' })),

  // 05 beer in a city park, 154 s after the hold
  s(VICTOR, '05 beer at a 40th in a city park: "Let me look up the city park rules" then 154 s of silence, permit page URL', [
    [0, 'p', 'Do we need a permit to serve beer at a party in a public park? Its a 40th birthday'],
    [20, 'l', 'Hi, Victor here with the Ask Us chat at Delmar County Library.'],
    [26, 'l', 'Which town is the park in, and will you be selling the beer or just serving it free to guests?'],
    [80, 'p', 'Delmar city park, free, we bought it'],
    [86, 'l', 'Let me look up the city park rules for that.'],
    [240, 'l', 'Sorry that took a bit. Delmar city parks allow beer and wine only with a Special Event Permit; the rules and the permit application are online at delmarcity.gov/parks/special-events, and it has to be in 30 days before the party. Selling it would need a one-day state license too, but giving it away free does not.'],
    [246, 'l', 'Does that help?'],
    [300, 'p', 'yeah ugh ok. thats all'],
    [306, 'l', 'Good luck with the party, thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 06 food truck; patron gone; notice without a check-in
  s(NORA, '06 food truck at a block party: answer, patron silent, "It looks like you\'ve disconnected. I\'ll close this chat now" at 400 (no check-in)', [
    [0, 'p', 'can we have a food truck at our block party? do we need a permit'],
    [30, 'l', "Hi! I'm Nora, a librarian at Westfield Library."],
    [36, 'l', 'Is the block party on a city street that would be closed off, or in a private lot?'],
    [100, 'p', 'street, we already have the street closure permit'],
    [106, 'l', 'Give me a sec to check.'],
    [180, 'l', "The truck itself needs a current Westfield mobile food vendor license (the truck owner usually has one), and since the street is closed for your event it's covered by your street closure permit. The city's page on it is westfieldnj.gov/clerk/mobile-vendors."],
    [186, 'l', 'Does that answer your question?'],
    [400, 'l', "It looks like you've disconnected. I'll close this chat now, but feel free to chat back in anytime. Thanks!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 07 curt provider, no identity
  s(RAY, '07 table + chair rentals (curt): "hi" / "what town?" (no one named), Data Axle path, "that work?", "anything else", "bye"', [
    [0, 'p', 'where can i rent tables and chairs for a graduation party, 60 people'],
    [15, 'l', 'hi'],
    [20, 'l', 'what town?'],
    [50, 'p', 'Fairview'],
    [56, 'l', "We can't recommend businesses, but the Data Axle Reference Solutions database lists party rental companies by town: fairviewlibrary.org/databases, log in with your card, search 'party supply rental' + Fairview."],
    [62, 'l', 'that work?'],
    [100, 'p', 'ok'],
    [104, 'l', 'anything else'],
    [130, 'p', 'no'],
    [133, 'l', 'bye'],
  ], usual({ greeting: 'fail' })),

  // 08 one question per chat
  s(GRETA, '08 baby shower food in the meeting room, then a list: "we only answer one question per chat. You\'ve reached your limit"', [
    [0, 'p', 'can we have food at a baby shower in the library meeting room?'],
    [22, 'l', 'Hello, this is Greta at Linwood Library.'],
    [28, 'l', 'Is it the Linwood main library or the Eastgate branch?'],
    [60, 'p', 'main'],
    [66, 'l', 'At Main, light refreshments are allowed in the meeting rooms (no hot food, no alcohol); the policy is at linwoodlibrary.org/policies/meeting-rooms. Did that help?'],
    [110, 'p', 'yes. also can we decorate? and can i bring a projector? and what about parking'],
    [118, 'l', "Sorry, we only answer one question per chat. You've reached your limit for this session."],
    [150, 'p', 'wow ok'],
    [155, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 09 follow-up by me, done in 30 h
  s(MIRIAM, '09 historic wedding venues (follow-up by me): register URL, list to come from local history, e-mail read back, "by Friday", done 30 h', [
    [0, 'p', 'Hi, I am looking for historic buildings in Hale County that can be rented for a wedding (barns, old churches, etc.)'],
    [35, 'l', "Good morning! I'm Miriam, a librarian with Hale County Public Library."],
    [42, 'l', 'Roughly how many guests, and is it indoor or outdoor you want?'],
    [120, 'p', '100ish, indoor preferably. October 2027'],
    [127, 'l', 'Let me check what we have.'],
    [215, 'l', "I found the county's historic register at halecounty.gov/historic-register, but it doesn't say which ones rent space. Our local history librarian keeps a list of rentable historic venues; she's in tomorrow. I can e-mail it to you. What's the best e-mail?"],
    [270, 'p', 'sure, dana.k@example.com'],
    [276, 'l', "Got it: dana.k@example.com. I'll send the list by Friday at the latest."],
    [282, 'l', 'Is there anything else I can help with today?'],
    [320, 'p', 'no thats great thank you!'],
    [326, 'l', 'Thank you, talk soon!'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }),

  // 10 a promise with no time, no source yet
  s(OSCAR, '10 community halls for a 50th anniversary (follow-up by me): no source yet, e-mail given, "I\'ll get back to you" (no time), pending', [
    [0, 'p', 'Does the library have a list of community halls you can rent for a 50th anniversary party?'],
    [25, 'l', 'Hi, Oscar at Ask a Librarian, Tri-County Libraries.'],
    [31, 'l', 'Which town or area should the hall be in?'],
    [80, 'p', 'around Millbrook or Dover'],
    [86, 'l', "We don't keep one list, but I can pull one together from the town sites and e-mail it to you. What's your e-mail?"],
    [130, 'p', 'rgarcia55@example.com'],
    [136, 'l', "Thanks! I'll get back to you with what I find."],
    [160, 'p', 'thank you so much'],
    [165, 'l', 'My pleasure, have a good day!'],
  ], usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 11 follow-up by the patron's library, e-mail on file only, overdue
  s(BEA, '11 7th birthday at a branch (follow-up by patron\'s library): "at the e-mail on your library account within 72 hours", not done by day 5', [
    [0, 'p', 'my daughter wants to have her birthday party at the Oakmont branch, do they do that?'],
    [30, 'l', 'Hello! This is Bea, a librarian with the statewide Ask Us service.'],
    [36, 'l', "How old is she turning, and what kind of party — a private party in a room, or joining one of the branch's kids' events?"],
    [100, 'p', '7. private party with like 12 kids'],
    [106, 'l', "Oakmont's page (oakmontlibrary.org/rooms) lists a Story Room but doesn't say whether private parties are allowed. I'll pass your question to the Oakmont staff and they will contact you at the e-mail on your library account within 72 hours."],
    [112, 'l', 'Does that work for you?'],
    [150, 'p', 'ok sure'],
    [156, 'l', 'Thanks for using Ask Us!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'mfoster@example.org', phone: null } }, { now: T0 + 5 * DAY }),

  // 12 promise to call back, coded Answered
  s(FERN, '12 Grange hall for a retirement party: "I\'ll ask her and call you back tomorrow morning", phone read back, coded Answered', [
    [0, 'p', 'is the Grange hall on Route 9 still available for rent? need it for a retirement party'],
    [28, 'l', "Hi, I'm Fern, a reference librarian at Hillsdale Free Library."],
    [34, 'l', 'When is the party?'],
    [70, 'p', 'may 30'],
    [76, 'l', "The Grange's page on hillsdalegrange.org still lists the hall for rent at $150 a day, but it was last updated in 2023. I know the hall manager; I'll ask her and call you back tomorrow morning. What's a good number?"],
    [130, 'p', '518-555-0143'],
    [136, 'l', '518-555-0143, got it, thanks! Talk to you tomorrow morning.'],
    [150, 'p', 'great thx'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 13 follow-up by me, done after 80 h
  s(SAUL, '13 1920s photos of the wedding pavilion (follow-up by me): digital archive, scans "within two days", done after 80 h', [
    [0, 'p', 'Looking for old photos of the Lakeview Pavilion for our wedding slideshow - we are getting married there'],
    [24, 'l', "Hello and congratulations! I'm Saul, local history librarian at Lakeview Public Library."],
    [30, 'l', 'Are you after any era in particular, or just anything from its early years?'],
    [90, 'p', 'the 1920s-30s if possible'],
    [96, 'l', 'Let me search our digital collections.'],
    [180, 'l', 'Our digital archive (lakeviewlibrary.org/digital, search "pavilion") has three photos from 1928 you can download for personal use. There are more in our print photo files that aren\'t scanned yet.'],
    [186, 'l', 'Are the 1928 ones the kind of thing you had in mind?'],
    [240, 'p', 'yes! but more would be amazing'],
    [246, 'l', 'I can scan a few more from the files and e-mail them. Which e-mail should I use?'],
    [290, 'p', 'jen.and.marcus@example.com'],
    [296, 'l', "Great, I'll send them to jen.and.marcus@example.com within two days."],
    [302, 'l', 'Anything else?'],
    [330, 'p', 'nope! thank you!!'],
    [336, 'l', 'Thanks, and congratulations again!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 transfer by the book; state park office by phone
  s(IVY, '14 beach wedding at a state park: transfer notice + note to Rafael, Special Use Permit URL, park office phone', [
    [0, 'p', 'We want to get married on the beach at Sandy Point State Park. Do we need a permit?'],
    [20, 'l', "Hi! This is Ivy at AskUsNow!, Maryland's library chat."],
    [26, 'l', 'How many guests, and are you planning chairs or an arch set up on the sand?'],
    [75, 'p', '30 people, yes chairs and an arch'],
    [81, 'l', "Our Anne Arundel librarian, Rafael, knows the park permits well, so I'm transferring you to him now. One moment!"],
    [84, 'i', 'Rafael, beach wedding at Sandy Point, 30 guests with chairs + arch, needs permit info. Can you take it?'],
    xfer(88, 'Rafael', 'rafael'),
    [130, 'l', "Hi, Rafael from Anne Arundel County Public Library here. For 30 guests with set-up you need a Special Use Permit from Maryland State Parks: the form and fees are on dnr.maryland.gov/publiclands (search 'special use permit'), and you send it to the park office, 410-555-0182, at least 30 days ahead.", as(RAFAEL)],
    [136, 'l', 'Does that answer your question?', as(RAFAEL)],
    [190, 'p', 'yes perfect thank you'],
    [196, 'l', 'Anything else I can help with?', as(RAFAEL)],
    [220, 'p', 'no thats all'],
    [225, 'l', 'Thanks for chatting, and congratulations!', as(RAFAEL)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 15 silent transfer
  s(KEN, '15 DIY wedding catering books: note to Alma and transfer, the patron never told; Alma answers 80 s after the patron', [
    [0, 'p', 'do you have any books on catering a wedding yourself? like diy food for 100'],
    [35, 'l', 'Hi, Ken at Greenville Library here.'],
    [41, 'l', 'Are you cooking it all, or doing a mix of homemade and bought?'],
    [90, 'p', 'mostly homemade, family is helping'],
    [94, 'i', 'Alma — DIY catering books for a 100-guest wedding, you know the cookbook collection better than me. taking this?'],
    xfer(97, 'Alma', 'alma'),
    [170, 'l', "Hello! Alma here. Two good ones in our catalogue: 'Big-Batch Cooking for Crowds' and 'The DIY Wedding Feast', both at greenvillelibrary.org/catalog, and both on the shelf at Main.", as(ALMA)],
    [176, 'l', 'Do those sound useful?', as(ALMA)],
    [220, 'p', 'yes! thanks'],
    [225, 'l', 'Anything else today?', as(ALMA)],
    [250, 'p', 'no thank you'],
    [255, 'l', 'Happy cooking, and thanks for using the chat!', as(ALMA)],
  ], usual({ transfer: 'fail' })),

  // 16 four at once
  s(TOMAS, '16 indoor games for a 6th birthday: three other chats open, four at once from 60 s', [
    [0, 'p', 'need ideas for games for a 6yo birthday party, indoor'],
    [20, 'l', 'Hi! Tomás here, librarian at Ridgeway Library.'],
    [26, 'l', 'How many kids, and how much space do you have?'],
    [70, 'p', '10 kids, living room'],
    [78, 'l', "The book 'Party Games for Little Kids' (in our catalogue at ridgewaylib.org/catalog) has a chapter on small spaces. Freeze dance and a treasure hunt with picture clues work well in a living room too."],
    [84, 'l', 'Does that help?'],
    [130, 'p', 'yes thx thats all i needed'],
    [135, 'l', 'Have fun! Bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('t1', 'tomas', -200, 500), other('t2', 'tomas', -50, 300), other('t3', 'tomas', 60, 400)],
  }),

  // 17 three at most, touching ends
  s(WREN, '17 seating divorced parents: The Knot guide URL; others touch both ends, another provider\'s chat ignored, three at most', [
    [0, 'p', 'how do you seat divorced parents at a wedding reception, they dont get along'],
    [26, 'l', 'Hi, this is Wren, a librarian at Ashby Public Library.'],
    [32, 'l', 'Are both parents remarried or bringing partners?'],
    [80, 'p', 'mom is remarried, dad is bringing a date'],
    [86, 'l', "The usual advice is to give each parent their own table, with their own family and friends, at an equal distance from the couple. The Knot's guide at theknot.com/content/divorced-parents-wedding-seating walks through a few layouts."],
    [92, 'l', 'Does that help with your plan?'],
    [150, 'p', "yes, that's exactly what I needed. no more questions"],
    [156, 'l', 'Great! Thanks for chatting, and best wishes.'],
  ], usual(), {}, {
    otherIntervals: [other('w1', 'wren', -400, 0), other('w2', 'wren', -100, 150), other('w3', 'wren', 100, 600), other('w4', 'wren', 161, 700), other('x1', 'oscar-t', 0, 300)],
  }),

  // 18 a true Lost Call
  s(JUNE, '18 rose garden ceremony fee (Lost Call): patron leaves at 12, greeting at 40, "feel free to come back anytime" at 70', [
    [0, 'p', 'how much does it cost to rent the rose garden for a ceremony'],
    left(12),
    [40, 'l', "Hi, June here at Elmhurst Public Library's chat."],
    [70, 'l', "It looks like you've left the chat — feel free to come back anytime and we'll be glad to help."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after three patron lines
  s(PIA, '19 bounce house permit: answered, patron "ok cool thx" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'do i need a permit for a bounce house in my backyard'],
    [25, 'l', 'Hi there, Pia at Stonecreek Library.'],
    [31, 'l', 'Which city do you live in?'],
    [60, 'p', 'Stonecreek'],
    [66, 'l', "Stonecreek doesn't need a permit for a bounce house on private property, but the rental company has to carry insurance; the city's FAQ is at stonecreek.gov/faq/inflatables."],
    [100, 'p', 'ok cool thx'],
    left(103),
    [130, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 Practice
  s(TRAINER, '20 practice chat (room booking script): coded Practice, every check na', [
    [0, 'p', 'test: can I book a room for a party'],
    [10, 'l', 'Hi, this is a training chat for Ask Us.'],
    [20, 'l', 'Rooms: example.org/rooms. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 check-in, then nothing until 480
  s(BRUNO, '21 recital + reception in the auditorium: answer with "Does that cover it?", "Are you still there?" at 230, session ends at 480', [
    [0, 'p', "what are the rules for the library's auditorium? we want to do a recital + reception"],
    [20, 'l', "Hi, I'm Bruno at Kingsport Public Library."],
    [26, 'l', 'Is this for a nonprofit group, or a private event? The rules differ.'],
    [70, 'p', 'nonprofit, a music school'],
    [76, 'l', 'For nonprofits the auditorium is free on weekdays and $50 on weekends; the rules (no food in the auditorium itself, reception in the lobby is ok) are at kingsportlibrary.org/auditorium. Does that cover it?'],
    [230, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 250 }),

  // 22 slow pickup with a patron "hello??" in the queue
  s(CORA, '22 graduation party pavilion: "hello??" in the queue, pickup at 95 s, county parks URL', [
    [0, 'p', 'hi how do i reserve a pavilion at Miller County Park for graduation party'],
    queue(2),
    [60, 'p', 'hello??'],
    [95, 'l', "Hi, sorry for the wait! I'm Cora, a librarian at Miller County Library."],
    [101, 'l', 'Which weekend are you looking at?'],
    [140, 'p', 'june 6'],
    [146, 'l', 'Miller County Parks takes pavilion reservations online at millercountyparks.org/reserve; June weekends fill fast, so book soon. Pavilion A has electricity if you need it for music.'],
    [152, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'yes thanks'],
    [205, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no im good'],
    [244, 'l', 'Congrats to your grad, and thanks for chatting!'],
  ], usual({ pickup: 'fail' })),

  // 23 pickedUpAt recorded before the first line; Library of Things
  s(DELIA, '23 coolers + popcorn machine from the Library of Things: pickedUpAt 40 s, first line at 75, "pick them up at the front desk"', [
    [0, 'p', 'I heard the library lends out party stuff? like coolers, folding tables?'],
    [75, 'l', 'Hi! Delia here at Pine Hill Library. Yes — our Library of Things has party gear.'],
    [81, 'l', 'What do you need, and for what date?'],
    [130, 'p', '2 coolers and a popcorn machine for the 20th'],
    [136, 'l', 'We have both: the catalogue at pinehilllibrary.org/things lists the 3 coolers and 1 popcorn machine; you can place holds with your card and pick them up at the front desk. Loans are 7 days.'],
    [142, 'l', 'Will that work for you?'],
    [190, 'p', "yes that works great. that's everything"],
    [196, 'l', 'Enjoy the party! Thanks for chatting.'],
  ], usual(), { pickedUpAt: at(40) }),

  // 24 other patrons waiting (allowed), but "stop by the reference desk" with no contact
  s(LEON, '24 wedding officiant then a list: "other patrons waiting … chat back in later, or stop by the reference desk" (allowed; desk with no contact)', [
    [0, 'p', 'planning my wedding, need help with everything lol. first, where do i find a officiant'],
    [30, 'l', "Hi, I'm Leon, a librarian at Bayside Library — congrats!"],
    [36, 'l', 'Are you looking for a religious officiant or a civil one (like a judge or the town clerk)?'],
    [80, 'p', 'civil'],
    [86, 'l', "In this state the town or city clerk can officiate civil ceremonies, and so can any judge. Bayside's town clerk does ceremonies on Fridays: book through baysidetown.gov/clerk/weddings or call 555-0119."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'yes. next, flowers, dj, photographer, cake, how do i budget for all that, and what about the dress'],
    [140, 'l', "Those are great questions! There are several other patrons waiting for me right now, so I'll stop here, but please chat back in later, or stop by the reference desk, and we can go through budgeting books together."],
    [170, 'p', 'ok'],
    [175, 'l', 'Thanks, and good luck with the planning!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 25 "My time's up, my shift is over. Bye"
  s(MAXINE, '25 adults-only invitation wording: Emily Post in the catalogue, then "My time\'s up, my shift is over. Bye" to a follow-on question', [
    [0, 'p', 'what do i write in a wedding invitation if i dont want kids to come?'],
    [18, 'l', 'hey, Maxine here at the Ask a Librarian chat.'],
    [24, 'l', 'Is it a formal invitation or more casual?'],
    [60, 'p', 'semi formal'],
    [66, 'l', "Address the envelope only to the adults invited; that's the main signal. Then put 'adults-only reception' on your wedding website's FAQ page rather than on the invitation itself. 'Emily Post's Wedding Etiquette' (in our catalogue) has sample wording."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'kind of. what if people ask anyway? and how do i tell my cousin'],
    [118, 'l', "My time's up, my shift is over. Bye"],
    [130, 'p', 'oh'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 26 no source at all, code null
  s(NELL, '26 is a cash bar rude: etiquette from memory, no source, "Is that helpful?", patron "thats all i wanted to know", code null', [
    [0, 'p', 'is it rude to have a cash bar at a wedding?'],
    [25, 'l', 'Hello! This is Nell, a librarian with Ask Ohio.'],
    [31, 'l', 'Is the concern your guests, or your family? Or both haha'],
    [80, 'p', 'my mom says its tacky'],
    [86, 'l', 'Opinions really differ. Traditional etiquette says hosts pay for everything they offer guests, so a cash bar is frowned on; many couples now do a hosted beer and wine bar and a cash bar for cocktails as a middle ground. Either way, say so on the website so guests bring cash.'],
    [92, 'l', 'Is that helpful?'],
    [140, 'p', 'yes thats all i wanted to know, thanks!'],
    [146, 'l', 'Glad to help, bye now!'],
  ], usual({ source: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 27 chat-speak, holds every ~105 s
  s(KAI, '27 DJ at a backyard party (chat-speak): "lemme look", "still looking", "found it, 1 more sec", noise code at ecode360', [
    [0, 'p', 'yo is there a noise rule for backyard parties?? having a dj sat night'],
    [12, 'l', 'hey! Kai @ Northside Library ask-a-librarian here'],
    [17, 'l', 'wat city u in?'],
    [40, 'p', 'Greenport'],
    [44, 'l', 'ok lemme look'],
    [150, 'l', 'still looking, the city code is kinda buried'],
    [255, 'l', 'found it, 1 more sec'],
    [300, 'l', "Greenport noise ordinance (Chapter 12) says amplified music has to be down by 10pm Fri/Sat, no permit needed for private parties. full text: ecode360.com/GR1234, search 'noise'"],
    [305, 'l', 'that help?'],
    [330, 'p', 'ugh ok 10pm. ya thx'],
    [334, 'l', 'np! anything else?'],
    [350, 'p', 'nah im good'],
    [354, 'l', 'cool, have fun, bye!'],
  ], usual()),

  // 28 fairgrounds by URL + e-mail, "check with your caterer" (no contact)
  s(ROSALIND, '28 fairgrounds exhibition hall: rentals form URL + e-mail, "check with your caterer" about decorations (no contact)', [
    [0, 'p', 'Can you tell me how to book the exhibition hall at the county fairgrounds for a wedding reception?'],
    [30, 'l', 'Good evening! Rosalind here, a reference librarian at Dutchess Valley Library.'],
    [36, 'l', 'What month is the wedding? The fair itself takes the hall in August.'],
    [90, 'p', 'September next year'],
    [96, 'l', "September is open. The Fairgrounds office handles rentals: fill in their request form at dvfairgrounds.org/rentals or write to them at rentals@dvfairgrounds.org. For questions about decorations and what you're allowed to bring in, check with your caterer, since most caterers have worked the hall before."],
    [102, 'l', 'Did that answer what you needed?'],
    [150, 'p', 'yes, thanks! that is all'],
    [155, 'l', 'Thank you for chatting with us. Good night!'],
  ], usual({ referral: 'fail' })),

  // 29 one message is check-in and notice; goodbye at 400
  s(SUNNY, '29 cancelling a room booked for an engagement party: check-in + notice in one message at 240, goodbye at 400', [
    [0, 'p', 'i booked the Hilltop branch meeting room for my engagement party but need to cancel, do i get my deposit back'],
    [28, 'l', "Hi! I'm Sunny, a librarian at Hilltop Regional Library."],
    [34, 'l', 'How far away is the booking?'],
    [80, 'p', '3 weeks'],
    [86, 'l', "With more than 14 days' notice you get the whole $25 deposit back. You can cancel through the same booking page, hilltoplibrary.org/rooms, under My Reservations."],
    [92, 'l', 'Does that answer your question?'],
    [240, 'l', "Are you still there? It looks like you may have disconnected, so I'll end this chat in a couple of minutes if I don't hear from you."],
    [400, 'l', 'Ending the chat now. Thanks for contacting Hilltop Regional Library — come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 30 "Take your time." is no hold; Health Department by phone + URL
  s(ARLO, '30 church fundraiser dinner: "Take your time." then the patron away 214 s, Health Department phone + URL, "no more questions"', [
    [0, 'p', 'Our church wants to sell plates at a fundraiser dinner. do we need a food license? county is Harlan'],
    [30, 'l', "Hello, I'm Arlo, a librarian at Harlan County Public Library."],
    [36, 'l', "Will the food be cooked in the church kitchen, or brought in from members' homes? And could you check whether the church kitchen has ever been inspected? Take your time."],
    [250, 'p', 'ok sorry, asked the pastor. church kitchen, it was inspected in 2024'],
    [256, 'l', "Thanks! Then apply to the Harlan County Health Department for a Temporary Food Event permit: call their food program at 606-555-0107, or see harlancountyhealth.org/food/temporary-events. Home-cooked dishes can't be sold, so keep everything in the church kitchen."],
    [262, 'l', 'Did that help?'],
    [300, 'p', 'very much. no more questions'],
    [305, 'l', 'Thank you, and good luck with the dinner!'],
  ], usual({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // (LEFT until v50: '02 family reunion pavilion …', "they ask you to call the Parks office at …", read since v50 P6)
};

describe('fiftieth round: weddings, parties and event planning, checked', () => {
  describeSessions('whole sessions', fiftiethRoundEvents.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftiethRoundEvents.filter((c) => c.name in LEFT_WHY));
});
