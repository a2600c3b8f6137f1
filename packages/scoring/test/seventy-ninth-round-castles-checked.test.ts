/**
 * Seventy-ninth round, theme CASTLES AND PALACES, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: visiting castles abroad (castles near Edinburgh by train in Spanish, Neuschwanstein
 * tickets, Glamis in October, Versailles from Paris in Spanish, the Queen's Hamlet, the Alcázar de Segovia for an abuela),
 * Versailles and Windsor history (the Hall of Mirrors, the 1992 Windsor fire, the 1917 name change, Windsor or Buckingham,
 * Windsor or the Tower, the crown jewels, Chambord's stair), castle architecture for a school model (parts of a stone castle,
 * a Harlech floor plan, drawbridge machinery, clockwise spiral stairs), Maryland mansions and historic houses (Hampton,
 * Evergreen, an Eastport house on a register, Montpelier in Laurel, a road trip of house tours, a castle you can tour in
 * Maryland), royal family trees (the Tudors, Charles III and Victoria, the Spanish Borbóns in Spanish) and cardboard castles
 * (a party template, glue that takes paint). Every one of the 17 checks labelled in every session from RUBRIC.md's text
 * before the first run (labels copied aside to /tmp/s73/castles-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good afternoon and welcome! You're chatting with Odile, a librarian at …" (01); Spanish "¡Buenas noches! Soy
 *   Lucía, bibliotecaria de AskUsNow!" (02), "Le saluda Beatriz, bibliotecaria …" (14), "¡Hola! Le atiende Olga …" (27);
 *   pickup at exactly 60 s (03: pass) and 61 s (04: fail); a terse "Pat, Enoch Pratt Free Library." with no greeting word
 *   (05: fail); `pickedUpAt` at 48 s with the first message at 75 s (08: pass); "Hi!" and a question, the name only in the
 *   third provider message (25: fail); a queue line and no provider ever (19);
 *  inquiry: sources wanted, scale and extent, era, car or train, dates, grade and deadline, party age and size, now or
 *   historically, region and days, counterweight or model, tour or special event, myth or research, from central Paris;
 *   sources at once with no question (08, 17: fail);
 *  waits: "bear with me" then a partial-result hold, the answer exactly 120 s after it (06: pass); "One moment while I check
 *   the ticket rules." answered 121 s later (07: fail); the patron's "hello??" during a 125 s wait with no hold (24: fail,
 *   not restarted); a transfer notice answered 73 s and 64 s later (22, 23); "No problem, take your time." and the patron
 *   back 229 s later (30: waiting on the patron);
 *  endings: a true Lost Call with a check-in and an invitation back (16: final idle 222 s); a notice with thanks and no
 *   check-in (17: 278 s, idle fails); check-in + notice with thanks at exactly 180 s (26); check-in + Spanish goodbye at
 *   179 s (27: disconnect na); a session closed by the system 120 s after the answer, a check-in as the last line (28:
 *   courteous fails); "that's all the time I have for your questions today. I'm ending the chat now. Bye." (20: dismissal
 *   fails, the "Bye." still says goodbye); "a number of other patrons waiting … please log back on later" (21: allowed);
 *   the patron's "no more questions from me!" as the last line (29); patron-side "thats everything", "no more questions",
 *   "thats all i needed", "es todo", "nope thats it", and "no thats ok, thanks", "yess thank u!!", "fine", "ok whatever"
 *   that do not count;
 *  sources: books in the catalogue (Spawforth, Macaulay, Weir, Adolph, Yasuda), Libby, ProQuest Historical Newspapers under
 *   Research at bcpl.info, nps.gov, britannica.com with steps, hohenschwangau.de, royal.uk, thegazette.co.uk, casareal.es,
 *   chateauversailles.fr, historicenvironment.scot, mht.maryland.gov, cadw.gov.wales, glamis-castle.co.uk, pgparks.com,
 *   hrp.org.uk, castlestudiesgroup.org.uk, visitmaryland.org, instructables.com, alcazardesegovia.com; none: organisations
 *   named with no way to reach them (09: fail);
 *  referrals: "give the Annapolis Historic Preservation office a call" with no number (10: fail); the library's own Special
 *   Collections by address and phone and a museum archive by URL (11: pass); site staff by e-mail (24: pass); not referrals:
 *   an agency's website to use (02, 10), the Hyattsville children's librarian asked to call the patron (14), transfers (22, 23);
 *  completeness: "Would you like me to also look for old photos of Eastport?" (10: an offer of more, fail); "Is that a good
 *   starting point?" (21), "¿Era esto lo que buscaba?", "¿Le sirve?", "Did the book suggestion help too?" (pass);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done in 40 h (12); a promise to e-mail "tomorrow" coded
 *   Answered, done at 80 h (13: code and on_time fail); FU_LIB in Spanish, a phone typed with spaces and read back with
 *   dashes, "el jueves a más tardar", pending at day 1 (14); FU_ME, e-mail read back, no time, done in 10 h (15: contact fails);
 *  codes: a true Lost Call (16); Lost Call after two patron lines (17); Practice (18); null with no provider (19); "" (30);
 *  transfers: notice + internal note that says why (22: pass); notice only, no note (23: fail);
 *  concurrency: three others open at once with this one (24: four, fail); one ending at the start, two overlapping, one
 *   starting at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications count as the English ones ("¡Buenas noches! Soy Lucía, bibliotecaria", "Le saluda
 *   Beatriz, bibliotecaria", "¡Hola! Le atiende Olga, bibliotecaria"); "Pat, Enoch Pratt Free Library." identifies but does
 *   not greet (05: fail);
 * - `pickedUpAt`, when recorded, is the pickup (Terms: "or `pickedUpAt` when the source system records it"): 48 s (08: pass);
 * - "So far: … still hunting for a chart that also shows their spouses." gives a partial result and says the search goes
 *   on: a hold (06), so the spans are 66 -> 160 (94 s) and 160 -> 280 (exactly 120 s, not longer);
 * - the Spanish "es todo" says explicitly that the patron is done (14, 23: pass); "no thats ok, thanks" (10) and "fine" (21)
 *   do not;
 * - "Would you like me to also look for old photos of Eastport?" offers something not yet given: neither the completeness
 *   question nor "anything else" (10); "Is that a good starting point?" asks whether what was given meets the need (21);
 * - "Cadw's guidebook to Harlech Castle" is a named resource (a guide) and a source (12); "the Centre des monuments
 *   nationaux and the château's own foundation both mention the theory" names organisations with no way to reach them:
 *   no source (09);
 * - "I'll ask the children's librarian there to call you" (le pido a la bibliotecaria infantil que le llame) is staff
 *   consulted on the patron's behalf and a promise that someone will contact them: a follow-up session, not a referral (14);
 * - "For a group or accessibility questions, e-mail the site staff at …" tells the patron to write to an office outside the
 *   chat: a referral, with an e-mail (24: pass);
 * - "Sorry, that's all the time I have for your questions today. I'm ending the chat now. Bye." ends the help for the
 *   provider's convenience with no way back (dismissal fails), and "Bye." says goodbye (20: courteous pass);
 * - "I haven't heard back, so it looks like you've disconnected and I'll end the chat now. Thanks for the great question!"
 *   thanks the patron without asking whether they are there: a goodbye, so the final idle ends at it (26: 60 -> 240 = 180 s);
 *   likewise the Lost Call's "Please chat in again any time!" (16: 28 -> 250) and Glamis's "Thanks for contacting us!" (17:
 *   22 -> 300); the greeting of 16 and 17 is the first provider message after the patron's last (not a hold);
 * - a session with no goodbye runs its final idle to `endedAt` (28: 56 -> 176 = 120 s; the check-in "Are you still there?"
 *   is not a goodbye).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (24, referral.contact). Label corrections: none.
 * Final: 29 running, 1 LEFT (24: the e-mail to the site staff read as no referral).
 * ON v69 AS LANDED (block AI): 24 ("e-mail the site staff at …") runs as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queueLine = (sec: number, n: number): Line => [sec, 's', `You are number ${n} in line. A librarian will be with you shortly.`];

const ODILE: Prov = { id: 'odile-cs', name: 'Odile', library: 'EPFL' };
const LUCIA: Prov = { id: 'lucia-cs', name: 'Lucía', library: 'AUN' };
const ROLF: Prov = { id: 'rolf-cs', name: 'Rolf', library: 'HCLS' };
const MAEVE: Prov = { id: 'maeve-cs', name: 'Maeve', library: 'BCPL' };
const PAT: Prov = { id: 'pat-cs', name: 'Pat', library: 'EPFL' };
const QUINN: Prov = { id: 'quinn-cs', name: 'Quinn', library: 'AACPL' };
const SORAYA: Prov = { id: 'soraya-cs', name: 'Soraya', library: 'FCPL-MD' };
const TOVE: Prov = { id: 'tove-cs', name: 'Tove', library: 'CCPL-MD' };
const VIGGO: Prov = { id: 'viggo-cs', name: 'Viggo', library: 'MCPL' };
const XENIA: Prov = { id: 'xenia-cs', name: 'Xenia', library: 'AACPL' };
const YUSUF: Prov = { id: 'yusuf-cs', name: 'Yusuf', library: 'EPFL' };
const ZORA: Prov = { id: 'zora-cs', name: 'Zora', library: 'AUN' };
const AMOS: Prov = { id: 'amos-cs', name: 'Amos', library: 'CCPL-CA' };
const BEATRIZ: Prov = { id: 'beatriz-cs', name: 'Beatriz', library: 'PGCMLS' };
const CASS: Prov = { id: 'cass-cs', name: 'Cass', library: 'WCFL' };
const DOV: Prov = { id: 'dov-cs', name: 'Dov', library: 'SMCL' };
const ELSA: Prov = { id: 'elsa-cs', name: 'Elsa', library: 'HCPL-MD' };
const TRAINEE: Prov = { id: 'trainee-cs', name: 'Trainee 3', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-cs', name: 'Queue', library: 'VRQ' };
const FELIX: Prov = { id: 'felix-cs', name: 'Felix', library: 'AUN' };
const GRETA: Prov = { id: 'greta-cs', name: 'Greta', library: 'TCFL' };
const HUGO: Prov = { id: 'hugo-cs', name: 'Hugo', library: 'HCLS' };
const IRIS: Prov = { id: 'iris-cs', name: 'Iris', library: 'HCLS' };
const JUNE: Prov = { id: 'june-cs', name: 'June', library: 'AUN' };
const KARINA: Prov = { id: 'karina-cs', name: 'Karina', library: 'AUN' };
const LARS: Prov = { id: 'lars-cs', name: 'Lars', library: 'PGCMLS' };
const MINA: Prov = { id: 'mina-cs', name: 'Mina', library: 'QACL' };
const NED: Prov = { id: 'ned-cs', name: 'Ned', library: 'WPL' };
const OLGA: Prov = { id: 'olga-cs', name: 'Olga', library: 'BCPL' };
const PIPPA: Prov = { id: 'pippa-cs', name: 'Pippa', library: 'GCPL' };
const ROMY: Prov = { id: 'romy-cs', name: 'Romy', library: 'CCPL-CE' };
const SAUL: Prov = { id: 'saul-cs', name: 'Saul', library: 'AUN' };

const s = session;

export const CASTLES: SessionCase[] = [
  // 01 the plain good session
  s(ODILE, '01 Hall of Mirrors for a 10th grade paper: "Good afternoon and welcome!", sources asked, Spawforth + chateauversailles.fr, "thats everything"', [
    [0, 'p', 'hi i need info on the hall of mirrors at versailles for a history paper, when was it built and why'],
    [18, 'l', "Good afternoon and welcome! You're chatting with Odile, a librarian at the Enoch Pratt Free Library."],
    [25, 'l', 'How many sources does your teacher want, and do they have to be books or can some be websites?'],
    [70, 'p', '2 books and 1 website. its for 10th grade'],
    [78, 'l', "It was built 1678-1684 for Louis XIV, partly to show off mirrors made in France instead of Venice. For books, Tony Spawforth's Versailles: A Biography of a Palace is in our catalog, and so is Philip Mansel's King of the World: The Life of Louis XIV. For the website, the palace's own page on the Hall of Mirrors is at chateauversailles.fr."],
    [84, 'l', 'Does that cover what you need for the paper?'],
    [130, 'p', 'yes thank you so much thats everything'],
    [136, 'l', 'Good luck with the paper, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 02 Spanish: castles near Edinburgh without a car
  s(LUCIA, '02 castillos cerca de Edimburgo sin carro (Spanish): "¡Buenas noches! Soy Lucía, bibliotecaria", historicenvironment.scot + Libby, "¿Hay algo más…?"', [
    [0, 'p', 'buenas noches, vamos a viajar a escocia en julio y queremos visitar castillos, cuales se pueden visitar cerca de edimburgo?'],
    [25, 'l', '¡Buenas noches! Soy Lucía, bibliotecaria de AskUsNow!, con gusto le ayudo.'],
    [31, 'l', '¿Van a ir en coche o en transporte público?'],
    [75, 'p', 'sin carro, en tren o bus'],
    [83, 'l', 'Desde Edimburgo se llega fácil en tren al castillo de Stirling (a unos 15 minutos a pie de la estación) y al palacio de Linlithgow. Historic Environment Scotland publica horarios y precios en historicenvironment.scot, y en Libby tenemos la guía Lonely Planet Scotland.'],
    [90, 'l', '¿Era esto lo que buscaba?'],
    [140, 'p', 'si perfecto, muchas gracias!!'],
    [146, 'l', '¿Hay algo más en lo que le pueda ayudar?'],
    [170, 'p', 'no, nada mas'],
    [175, 'l', '¡Que disfruten el viaje! Gracias por usar AskUsNow.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(ROLF, '03 parts of a stone castle for a 4th grade model: pickup at exactly 60 s, Macaulay\'s Castle, "no more questions"', [
    [0, 'p', 'my son has to build a model of a medieval castle for 4th grade. what are the parts called? like the tower things'],
    [60, 'l', "Hi there, I'm Rolf, a youth services librarian at Howard County Library System."],
    [67, 'l', 'Does the teacher want a particular kind of castle, like a motte and bailey, or a stone castle with a keep?'],
    [110, 'p', 'stone one i think. with the walls and towers'],
    [118, 'l', "The main parts are the keep, the curtain wall, the towers, the battlements (the notched top is called crenellation), the gatehouse with its portcullis, and the moat. David Macaulay's book Castle shows every one of them in drawings; it's on the shelf at most of our branches, and you can place a hold at hclibrary.org."],
    [124, 'l', 'Is that the kind of thing you needed?'],
    [170, 'p', 'yes!! he loves the drawings already lol. no more questions'],
    [176, 'l', 'Have fun building! Bye!'],
  ], usual()),

  // 04 pickup at 61 s
  s(MAEVE, '04 the 1992 Windsor Castle fire: pickup at 61 s, articles asked, ProQuest Historical Newspapers with steps', [
    [0, 'p', 'When did the fire at Windsor Castle happen and how much was damaged'],
    [61, 'l', 'Hello, Maeve here at Baltimore County Public Library. Happy to help.'],
    [68, 'l', 'Are you after a short answer, or newspaper articles from the time?'],
    [105, 'p', 'articles from the time would be great'],
    [112, 'l', 'It was 20 November 1992; it started in the Private Chapel and damaged or destroyed more than 100 rooms. For articles from the time, open ProQuest Historical Newspapers under Research at bcpl.info, search windsor castle fire, and set the dates to November 1992.'],
    [118, 'l', 'Did that help?'],
    [160, 'p', 'yes got a bunch of hits'],
    [166, 'l', 'Anything else I can look up for you?'],
    [185, 'p', 'no thats it'],
    [190, 'l', 'Thanks for chatting with us, bye for now!'],
  ], usual({ pickup: 'fail' })),

  // 05 identifies, never greets
  s(PAT, '05 who built Hampton Mansion (terse): "Pat, Enoch Pratt Free Library." with no greeting, nps.gov/hamp, "Bye."', [
    [0, 'p', 'who built hampton mansion in towson'],
    [21, 'l', 'Pat, Enoch Pratt Free Library.'],
    [26, 'l', 'Do you need the family history or the building itself?'],
    [55, 'p', 'the building. its for a school thing'],
    [62, 'l', 'Captain Charles Ridgely built it; it was finished in 1790. The National Park Service page is nps.gov/hamp. Does that answer it?'],
    [100, 'p', 'yep'],
    [104, 'l', 'Anything else?'],
    [118, 'p', 'no'],
    [121, 'l', 'Bye.'],
  ], usual({ greeting: 'fail' })),

  // 06 holds: 94 s, then exactly 120 s after a partial-result hold
  s(QUINN, '06 Tudor family tree: "bear with me" at 66, partial-result hold at 160, answer at 280 (exactly 120 s), britannica.com with steps + Weir', [
    [0, 'p', "I need a family tree of the Tudors with all of henry viii's kids and who they married"],
    [20, 'l', "Hi! I'm Quinn, a reference librarian with Anne Arundel County Public Library."],
    [27, 'l', 'Should it go back to Henry VII, or start with Henry VIII?'],
    [60, 'p', 'start with henry 8'],
    [66, 'l', 'OK, let me find a good chart for you, bear with me.'],
    [160, 'l', 'So far: his three children who reigned were Edward VI, Mary I and Elizabeth I. Still hunting for a chart that also shows their spouses.'],
    [280, 'l', "Got it: Britannica's article on the Tudor dynasty at britannica.com (search Tudor dynasty, then open the family tree image) shows Henry VIII's six wives, his children, and Mary I's marriage to Philip II of Spain. Alison Weir's Britain's Royal Families is also in our catalog at aacpl.net."],
    [286, 'l', 'Does that completely answer your question?'],
    [330, 'p', 'yes this is perfect thank you'],
    [335, 'l', 'Is there anything else you need today?'],
    [350, 'p', "no that's all i needed"],
    [355, 'l', 'Thanks for your patience, have a great day!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(SORAYA, '07 Neuschwanstein tickets from Munich: "One moment while I check the ticket rules." answered 121 s later, hohenschwangau.de', [
    [0, 'p', 'how do i get tickets for neuschwanstein castle? going to munich in may'],
    [16, 'l', 'Hello and thanks for contacting Ask Us! Soraya here, a librarian at Frederick County Public Libraries.'],
    [22, 'l', 'Will you be driving from Munich or going by train?'],
    [55, 'p', 'train'],
    [61, 'l', 'One moment while I check the ticket rules.'],
    [182, 'l', "Thanks for waiting. Tickets are only for timed guided tours and they sell out in spring, so book ahead online at hohenschwangau.de. From Munich, take the regional train to Füssen and then bus 73 or 78 to Hohenschwangau."],
    [188, 'l', 'Did that help?'],
    [225, 'p', 'yess thank u!!'],
    [230, 'l', 'Enjoy Bavaria, and thanks for writing in!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 08 pickedUpAt at 48 s; an answer with no question first
  s(TOVE, '08 how Charles III descends from Victoria: pickedUpAt 48 s, first message at 75, royal.uk at once with no question', [
    [0, 'p', 'how is king charles related to queen victoria? my grandma says hes her great great something'],
    [75, 'l', 'Hi, this is Tove, a librarian at Carroll County Public Library. Sorry for the wait!'],
    [82, 'l', "Your grandma is close: Charles III is Victoria's great-great-great-grandson, through Edward VII, George V, George VI and Elizabeth II. The royal family's site, royal.uk, has the family tree under The Royal Family. Does that help?"],
    [120, 'p', 'omg ok so great great great. thank u'],
    [126, 'l', 'Is there anything else I can help with?'],
    [140, 'p', 'nah thats all'],
    [144, 'l', 'Take care, bye!'],
  ], usual({ clarify: 'fail' }), { pickedUpAt: at(48) }),

  // 09 an answer from memory, organisations named with no way to reach them
  s(VIGGO, '09 did Leonardo design the Chambord stair: an answer with two organisations named and no way to reach them (no source)', [
    [0, 'p', 'was leonardo da vinci the one who designed the double staircase at chambord?'],
    [19, 'l', 'Hi, welcome to Ask a Librarian! Viggo here at Montgomery County Public Libraries.'],
    [25, 'l', 'Is this for a class, or are you just curious?'],
    [50, 'p', 'just curious, saw it on a tv show'],
    [57, 'l', "Nobody knows for sure. Leonardo was living nearby at Amboise when Chambord was begun in 1519, and he had sketched double-spiral stairs, so many historians think he had a hand in it, but no plan signed by him survives. The Centre des monuments nationaux and the château's own foundation both mention the theory."],
    [63, 'l', 'Does that answer your question?'],
    [100, 'p', 'cool yes thx'],
    [104, 'l', 'Anything else today?'],
    [120, 'p', 'nope'],
    [124, 'l', 'Thanks for stopping by!'],
  ], usual({ source: 'fail' })),

  // 10 a referral with no contact; an offer of more
  s(XENIA, '10 an 1890 Eastport house on a register: Medusa at mht.maryland.gov, "give the Annapolis Historic Preservation office a call" (no number), an offer of old photos', [
    [0, 'p', 'hi, my house in annapolis is from 1890 and i want to find out if its on a historic register, how?'],
    [22, 'l', 'Hello! Xenia, librarian at Anne Arundel County Public Library, here.'],
    [28, 'l', 'Do you know if it is inside the Annapolis historic district, or somewhere else in the county?'],
    [70, 'p', 'its in eastport so not sure'],
    [78, 'l', "Medusa, the Maryland Historical Trust's map of surveyed historic properties, is at mht.maryland.gov/medusa; search your address there. If it isn't listed, give the Annapolis Historic Preservation office a call, they keep the city's own survey."],
    [85, 'l', 'Would you like me to also look for old photos of Eastport?'],
    [120, 'p', 'no thats ok, thanks'],
    [125, 'l', 'Thanks for using Ask a Librarian, good luck with the house!'],
  ], usual({ complete: 'fail', anything: 'fail', referral: 'fail' })),

  // 11 the library's own department by address and phone, a museum archive by URL
  s(YUSUF, '11 1920s photos of Evergreen House: Special Collections at 400 Cathedral Street + phone, Evergreen\'s archive via museums.jhu.edu', [
    [0, 'p', 'Are there old photographs of Evergreen House (the Garrett mansion on N Charles St) I could look at in person?'],
    [20, 'l', 'Good morning! This is Yusuf, a librarian at the Enoch Pratt Free Library.'],
    [26, 'l', 'Any particular era you want, the Garrett years or later?'],
    [60, 'p', '1920s-30s ideally'],
    [68, 'l', "Our Special Collections department at the Central Library keeps Baltimore photograph files. Please visit them at 400 Cathedral Street, or call 410-555-0190 first and ask them to pull the Evergreen folder. Evergreen Museum & Library, run by Johns Hopkins, also has its own archive; you can write to them through museums.jhu.edu."],
    [74, 'l', 'Does this answer your question?'],
    [115, 'p', 'yes thats great, thanks a lot. thats all i needed'],
    [120, 'l', "You're very welcome, goodbye!"],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me: e-mail read back, "by Friday", done in 40 h
  s(ZORA, '12 Harlech floor plan for a 1:100 model (follow-up by me): Cadw guidebook, e-mail typed and read back, "by Friday", done in 40 h', [
    [0, 'p', 'im building a model of harlech castle and need an actual floor plan with measurements, can you find one?'],
    [24, 'l', "Hi, I'm Zora, a librarian with Ask Us Now."],
    [30, 'l', 'What scale is the model, and do you need just the inner ward or the whole site with the outer walls?'],
    [75, 'p', '1:100, whole site. its for a scouts badge due next week'],
    [82, 'l', "Cadw's guidebook to Harlech Castle has a site plan in the back (cadw.gov.wales sells it), but the measured drawings are in an older survey I'd have to request. Can I e-mail you what I find? What's your e-mail address?"],
    [120, 'p', 'sure its jpike.models@gmail.com'],
    [126, 'l', "Thanks, that's jpike.models@gmail.com. I'll send the plan and the survey details by Friday. In the meantime, is the guidebook plan enough to get started?"],
    [160, 'p', 'yes i can start with that. thanks!!'],
    [165, 'l', 'Anything else I can help with today?'],
    [180, 'p', 'no thats it'],
    [184, 'l', 'Talk to you by Friday, thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise coded Answered, done at 80 h
  s(AMOS, '13 the 1917 name change to Windsor: "I\'ll dig that out and e-mail it to you tomorrow", e-mail read back, coded Answered, done at 80 h', [
    [0, 'p', 'why did the royal family change their name to windsor? and was it really from the castle'],
    [17, 'l', 'Hello! Amos here, a librarian at Calvert Library.'],
    [23, 'l', 'Do you want a quick answer, or something you can cite?'],
    [50, 'p', 'something i can cite, its for a blog post'],
    [58, 'l', 'Quick version: in July 1917, during the war with Germany, George V replaced Saxe-Coburg and Gotha with Windsor, taken from the castle. The proclamation was printed in The London Gazette, which is searchable at thegazette.co.uk. Was that the sort of thing you need?'],
    [95, 'p', 'yes! can you find the actual gazette page number too? I cant find it'],
    [101, 'l', "I'll dig that out and e-mail it to you tomorrow. What's your e-mail?"],
    [130, 'p', 'mira.k.writes@outlook.com'],
    [136, 'l', 'Great, mira.k.writes@outlook.com. Anything else for now?'],
    [150, 'p', 'no thats all'],
    [154, 'l', 'Thanks, talk tomorrow!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), { followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 Spanish: follow-up by the patron's library, phone read back, "el jueves a más tardar", pending at day 1
  s(BEATRIZ, '14 árbol genealógico de los Borbones (Spanish, follow-up by patron\'s library): casareal.es, phone read back with dashes, "el jueves a más tardar", pending', [
    [0, 'p', 'hola, necesito ayuda con un arbol genealogico de los reyes de españa desde felipe v para un proyecto de mi hija'],
    [26, 'l', '¡Hola! Le saluda Beatriz, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George’s.'],
    [33, 'l', '¿Para qué grado es el proyecto y para cuándo lo tiene que entregar?'],
    [80, 'p', '5to grado, para el lunes'],
    [88, 'l', 'La Casa Real tiene la historia de la dinastía en casareal.es, en la sección de Historia. Para un árbol impreso y grande, la sucursal de Hyattsville tiene libros en español; le pido a la bibliotecaria infantil de allí que le llame. ¿Me da un número de teléfono?'],
    [130, 'p', '301 555 0168'],
    [136, 'l', 'Gracias: 301-555-0168. La bibliotecaria de Hyattsville le llamará el jueves a más tardar. ¿Le sirve la página de la Casa Real mientras tanto?'],
    [175, 'p', 'si, gracias. es todo'],
    [180, 'l', '¡Gracias a usted! Que tenga buena tarde.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }),

  // 15 follow-up by me, e-mail read back, no time, done in 10 h
  s(CASS, '15 cardboard castle template for a party (follow-up by me): Adolph\'s book, "I\'ll scan it and send it to you", e-mail read back, no time', [
    [0, 'p', 'does the library have a printable template for a cardboard castle? doing a birthday party craft for 8 kids'],
    [19, 'l', 'Hi there! Cass here, librarian at Washington County Free Library.'],
    [25, 'l', 'How old are the kids, and how big should each castle be: shoebox size, or big enough to sit in?'],
    [70, 'p', '6 and 7 year olds. shoebox size'],
    [78, 'l', "We have Cardboard Box Engineering by Jonathan Adolph in the catalog; it has a castle with towers made from paper towel tubes. There's also a printable castle template we keep at the children's desk. I'll scan it and send it to you. What e-mail should I use?"],
    [115, 'p', 'partyhost77@yahoo.com'],
    [121, 'l', 'Got it, partyhost77@yahoo.com. Did the book suggestion help too?'],
    [150, 'p', 'yes ill grab it. thank you!'],
    [155, 'l', 'Anything else?'],
    [165, 'p', 'no'],
    [168, 'l', 'Have a fun party, bye!'],
  ], usual({ contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(10 * HOUR) }] }),

  // 16 a true Lost Call
  s(DOV, '16 age of the crown jewels (Lost Call): greeting only, "are you still with me?" at 160, "It seems you have disconnected … chat in again any time!" at 250', [
    [0, 'p', 'how old are the crown jewels in the tower of london'],
    [28, 'l', "Hello, and welcome to Ask Us Now! My name is Dov; I'm a librarian at St. Mary's County Library."],
    [160, 'l', 'Hi, are you still with me?'],
    [250, 'l', "It seems you have disconnected, so I'll be closing this chat. Please chat in again any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after two patron lines; a notice with thanks and no check-in
  s(ELSA, '17 Glamis in October: two patron lines, answer at once, "looks like you\'ve left … Thanks for contacting us!" at 300 with no check-in, coded Lost Call', [
    [0, 'p', 'is glamis castle open to visitors in october?'],
    [6, 'p', "we'll be in scotland the 2nd week"],
    [22, 'l', 'Hi! This is Elsa, a librarian at Harford County Public Library.'],
    [28, 'l', "Glamis usually runs guided tours until the end of October and then closes for the winter; the castle's site, glamis-castle.co.uk, posts the exact dates and prices."],
    [300, 'l', "It looks like you've left the chat, so I'll close it now. Thanks for contacting us!"],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (cardboard castle script): coded Practice, every check na', [
    [0, 'p', 'TEST - how do i make a cardboard castle for a school project'],
    [40, 'l', 'Hi! Trainee here, practicing for Ask Us Now.'],
    [46, 'l', 'Practice answer: see the library catalog for castle craft books.'],
    [80, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 the Hampton Court maze: no provider ever joined, "hello??", patron left, code null', [
    [0, 'p', 'how long does it take to walk through the maze at hampton court palace'],
    queueLine(4, 3),
    [140, 'p', 'hello??'],
    left(260),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 out of time for the provider's convenience
  s(FELIX, '20 Windsor or Buckingham (rude patron): royal.uk, then "that\'s all the time I have for your questions today. I\'m ending the chat now. Bye."', [
    [0, 'p', 'whats the difference between windsor castle and buckingham palace. which one does the king actually live in'],
    [15, 'l', 'Hi, Felix here, a librarian at AskUsNow!'],
    [21, 'l', 'Do you mean right now, or historically?'],
    [45, 'p', 'now obviously'],
    [52, 'l', "The royal website says Buckingham Palace is the monarch's official London home and office, and Windsor is the weekend home; see royal.uk/royal-residences. Does that answer it?"],
    [90, 'p', 'ok whatever. and how many rooms does each have, and who pays for them, and can i go inside'],
    [97, 'l', "Sorry, that's all the time I have for your questions today. I'm ending the chat now. Bye."],
    [110, 'p', 'wow. rude'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 21 other patrons waiting, log back on later (allowed)
  s(GRETA, '21 Maryland historic house road trip (a long list): visitmaryland.org with steps, "other patrons waiting … please log back on later"', [
    [0, 'p', 'planning a maryland historic houses road trip. which mansions can you tour? also hours, also which allow photos, also any with ghost tours'],
    [20, 'l', 'Hi! Greta at Talbot County Free Library, one of the Ask Us Now librarians.'],
    [27, 'l', 'Which part of the state are you starting from, and how many days do you have?'],
    [60, 'p', 'eastern shore, 3 days'],
    [68, 'l', "Maryland's tourism site, visitmaryland.org, has a list under Things to Do > History & Heritage where you can filter by region; each house's page has hours and tour times. Is that a good starting point?"],
    [110, 'p', 'ok but i also need the ghost tours and photo rules for each one and parking and food nearby and'],
    [118, 'l', "There are a number of other patrons waiting for help right now, so I'll stop here; please log back on later and a librarian can pick up the rest of your list. Thanks for your patience!"],
    [130, 'p', 'fine'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(HUGO, '22 how drawbridges worked, for a working science fair model: transfer notice at 67 + internal note why, Iris at 140 with Yasuda\'s book', [
    [0, 'p', 'hi! my daughter wants to know how drawbridges actually worked, like the machinery, for a science fair'],
    [18, 'l', "Hello! I'm Hugo, a librarian at Howard County Library System."],
    [24, 'l', 'Is the project about how the counterweight works, or a model she will build?'],
    [60, 'p', 'shes building one that actually opens'],
    [67, 'l', "Our STEM librarian Iris is great with simple machines, so I'm transferring you to her now. Just a moment, please."],
    [70, 'i', 'Iris, can you take this one? Pt needs how drawbridges worked (windlass, counterweights) for a working science fair model.'],
    xfer(73, 'Iris', 'iris-cs'),
    [140, 'l', "Hi, Iris here! Most castle drawbridges were raised with a windlass and chains; later ones used a counterweight on a pivot, like a seesaw. Explore Simple Machines! by Anita Yasuda has a pulley build she can adapt, and it's in our catalog.", as(IRIS)],
    [146, 'l', 'Does that give her what she needs?', as(IRIS)],
    [190, 'p', 'yes!! thank you both'],
    [195, 'l', 'Is there anything else I can help with?', as(IRIS)],
    [210, 'p', 'no thats all'],
    [214, 'l', 'Good luck at the fair, bye!', as(IRIS)],
  ], usual({ transfer: 'pass' })),

  // 23 a transfer with a notice and no note
  s(JUNE, '23 the Alcázar de Segovia for an abuela (English, then Spanish): transfer notice, no internal note, Karina at 95, alcazardesegovia.com', [
    [0, 'p', 'hi im helping my abuela, she wants to know about the alcazar de segovia, is it the castle disney copied? she reads spanish better'],
    [21, 'l', 'Hi, June here at Ask Us Now, the chat service of Maryland libraries.'],
    [27, 'l', "I'll transfer you to my colleague Karina, who can answer in Spanish. One moment!"],
    xfer(31, 'Karina', 'karina-cs'),
    [95, 'l', '¡Hola! Soy Karina, bibliotecaria. ¿Quiere saber la historia del Alcázar o cómo visitarlo?', as(KARINA)],
    [130, 'p', 'la historia y si es verdad lo de disney'],
    [138, 'l', 'El Alcázar de Segovia fue fortaleza y palacio de los reyes de Castilla desde el siglo XII. Se dice que inspiró un castillo de Disney, pero Disney nunca lo confirmó. La página oficial, alcazardesegovia.com, tiene la historia y los horarios. ¿Le sirve?', as(KARINA)],
    [180, 'p', 'si gracias, es todo'],
    [185, 'l', '¡Con mucho gusto! Gracias por escribirnos.', as(KARINA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once; a 125 s wait the patron's "hello??" does not restart; a referral by e-mail
  s(LARS, '24 Montpelier Mansion tours: "hello??" inside a 125 s wait, pgparks.com, site staff by e-mail, three other chats open (four at once)', [
    [0, 'p', 'when is montpelier mansion in laurel open for tours? want to bring my mom'],
    [15, 'l', "Good evening, Lars here. I'm a librarian at Prince George's County Memorial Library System."],
    [22, 'l', 'Are you hoping for a regular tour or a special event?'],
    [60, 'p', 'regular tour, a sunday'],
    [150, 'p', 'hello??'],
    [185, 'l', 'Sorry for the wait! Montpelier Mansion has guided tours on Sunday afternoons; the schedule is on pgparks.com (search Montpelier Mansion). For a group or accessibility questions, e-mail the site staff at montpelier@pgparks.com.'],
    [191, 'l', 'Is that what you were looking for?'],
    [220, 'p', 'yes thank you'],
    [225, 'l', 'Anything else I can help you with?'],
    [240, 'p', 'no'],
    [244, 'l', 'Enjoy the tour, goodbye!'],
  ], usual({ informed: 'fail', concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('l1', 'lars-cs', -200, 400), other('l2', 'lars-cs', 20, 300), other('l3', 'lars-cs', 100, 500)],
  }),

  // 25 the name only in the third provider message; three at most, touching ends
  s(MINA, '25 Windsor or the Tower, which is older: "Hi!", a question, the name third (greeting fails); three chats at most, touching ends', [
    [0, 'p', 'which is older, windsor castle or the tower of london'],
    [12, 'l', 'Hi!'],
    [15, 'l', 'Do you mean the oldest part still standing, or when each one was founded?'],
    [19, 'l', "I'm Mina, by the way, a librarian at Queen Anne's County Library."],
    [50, 'p', 'when they were founded'],
    [57, 'l', "Both go back to William the Conqueror: the Tower was begun around 1066-1078 (the White Tower) and Windsor around 1070, so the Tower is a little older. Historic Royal Palaces has the Tower's history at hrp.org.uk."],
    [62, 'l', 'Does that answer it?'],
    [95, 'p', 'ya cool'],
    [100, 'l', 'Anything else?'],
    [112, 'p', 'nope thats it'],
    [116, 'l', 'Thanks for chatting!'],
  ], usual({ greeting: 'fail' }), {}, {
    otherIntervals: [other('m1', 'mina-cs', -300, 0), other('m2', 'mina-cs', -60, 240), other('m3', 'mina-cs', 40, 500), other('m4', 'mina-cs', 121, 900)],
  }),

  // 26 check-in and notice with thanks: final idle exactly 180 s
  s(NED, '26 clockwise spiral stairs: answer at 60, "Are you still there?" at 150, "…looks like you\'ve disconnected … Thanks for the great question!" at 240', [
    [0, 'p', 'is it true castle staircases spiral clockwise so defenders could swing swords?'],
    [17, 'l', 'Hello! Ned here, a librarian with Wicomico Public Libraries.'],
    [23, 'l', 'Are you looking for the story itself, or for research that tests it?'],
    [45, 'p', 'the research'],
    [60, 'l', "It's largely a myth: surveys of castles find plenty of stairs turning the other way. The Castle Studies Group's bibliography at castlestudiesgroup.org.uk has articles on it (search spiral stairs). Does that help?"],
    [150, 'l', 'Are you still there?'],
    [240, 'l', "I haven't heard back, so it looks like you've disconnected and I'll end the chat now. Thanks for the great question!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 27 Spanish: check-in, goodbye at 179 s
  s(OLGA, '27 de París a Versalles en tren (Spanish): answer at 50, "¿Sigue usted ahí?" at 170, "Gracias por escribirnos, ¡buen viaje!" at 229 (final idle 179 s)', [
    [0, 'p', 'hola como llego a versalles desde paris en tren? y se puede comprar la entrada alla?'],
    [14, 'l', '¡Hola! Le atiende Olga, bibliotecaria de la Biblioteca Pública del Condado de Baltimore.'],
    [20, 'l', '¿Sale usted del centro de París?'],
    [44, 'p', 'si, cerca de notre dame'],
    [50, 'l', 'Tome el RER C hasta Versailles Château Rive Gauche, unos 40 minutos. Mejor compre la entrada con hora en chateauversailles.fr, porque en la taquilla hay filas largas. ¿Le sirve?'],
    [170, 'l', '¿Sigue usted ahí?'],
    [229, 'l', 'Gracias por escribirnos, ¡buen viaje!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 28 closed by the system 120 s after the answer; a check-in as the last line
  s(PIPPA, '28 a castle to tour in Maryland: answer at 56, "Are you still there?" at 140, ended at 176 (final idle 120 s), no goodbye', [
    [0, 'p', 'are there any real castles in maryland? want to take my kids'],
    [16, 'l', 'Hi, Pippa here, librarian at Garrett County Public Library!'],
    [22, 'l', 'Would a castle-style mansion count, or does it need to be one you can tour?'],
    [50, 'p', 'one we can tour'],
    [56, 'l', 'The closest thing is the Castle at Mount Savage near Frostburg, a Scottish-style mansion that opens for tours; visitmaryland.org lists its dates under Allegany County. Is that the kind of place you meant?'],
    [140, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 36 }),

  // 29 the patron has the last word
  s(ROMY, '29 the Queen\'s Hamlet at Versailles: visiting asked, chateauversailles.fr, patron "no more questions from me!" last, no goodbye', [
    [0, 'p', 'what was the hamlet at versailles? marie antoinette had a fake village??'],
    [20, 'l', 'Hello! Romy at Cecil County Public Library here.'],
    [26, 'l', 'Is this for a class, or are you visiting?'],
    [55, 'p', 'visiting next month'],
    [61, 'l', "Yes: the Queen's Hamlet (Hameau de la Reine) was a model farm village built for her in 1783-1787 near the Petit Trianon. It's included in the Trianon ticket, and the estate map is on chateauversailles.fr under Plan your visit."],
    [67, 'l', 'Does that help?'],
    [100, 'p', 'perfect thanks. no more questions from me!'],
  ], usual({ courteous: 'fail' })),

  // 30 "take your time", the patron back 229 s later; code ""
  s(SAUL, '30 glue for a painted cardboard castle (partly Spanish): "brb", "No problem, take your time.", back 229 s later, instructables.com, code ""', [
    [0, 'p', 'hello, need ideas for a cardboard castle for my son class, they do "castillos" theme. what glue works best on cardboard??'],
    [22, 'l', 'Hi! Saul here, librarian with Ask Us Now. Glad to help.'],
    [28, 'l', 'Is the castle going to be painted, and does it need to hold any weight?'],
    [55, 'p', 'painted yes. wait my son is calling me brb'],
    [61, 'l', 'No problem, take your time.'],
    [290, 'p', 'ok back sorry! painted and the towers have to stand up'],
    [298, 'l', "For cardboard that gets painted, tacky craft glue or a low-temp glue gun works best; white school glue can make it warp. The cardboard castle guides on instructables.com (search cardboard castle) show how to brace towers with paper towel tubes."],
    [304, 'l', 'Did that help?'],
    [330, 'p', 'si perfecto, gracias!! thats all i needed'],
    [335, 'l', '¡De nada! Thanks for chatting, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CASTLES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventy-ninth round: castles and palaces, checked', () => {
  describeSessions('whole sessions', CASTLES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CASTLES.filter((c) => c.name in LEFT_WHY));
});
