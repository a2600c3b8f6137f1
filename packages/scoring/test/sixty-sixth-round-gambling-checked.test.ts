/**
 * Sixty-sixth round, theme GAMBLING, LOTTERIES AND PROBLEM-GAMBLING HELP, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: lottery results and odds history (a 1999 Maryland Pick 3 draw,
 * the Mega Millions odds changes, Delaware scratchers, a 1974 Connecticut Lottery win on microfilm), unclaimed and late
 * prizes (a late mother's PA scratch-off, six old Florida tickets, Massachusetts Megabucks, a Texas claim center in Spanish,
 * NJ lump sum vs annuity), self-exclusion (Ohio's Voluntary Exclusion Program, Pennsylvania's casino and online lists),
 * problem-gambling help (1-800-GAMBLER and Gam-Anon in Spanish, a self-screen, Gamblers Anonymous in Spanish near Cicero, a
 * 19-year-old betting his paychecks, a GA meeting in Baton Rouge no one answered), casino regulation and complaints (a Reno
 * jackpot dispute, Biloxi players-card points, a frozen NJ online-casino account, Louisiana's Gaming Control Board, an
 * Arizona tribal casino, Maryland's licensed sportsbooks, Lake County IN casino tax shares), and gambling history (mob-era Las
 * Vegas for a book club, Churchill Downs betting for a school paper, Detroit's 1930s numbers game, Iowa's lottery and
 * riverboats, Deadwood for trivia night). Every one of the 17 checks labelled in every session from RUBRIC.md's text before
 * the first run (labels copied aside to /tmp/gambling-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, you've got Denise, one of the librarians at …" (01); pickup at exactly 60 s with "Hello, and I'm
 *   sorry for your loss. This is Grant …" (02: pass); at 61 s (03: fail); `pickedUpAt` at 50 s and the first visible line at
 *   175 s (04); Spanish "¡Buenas tardes! Soy Marisol, bibliotecaria de …" (05) and "Le atiende Ursula, bibliotecaria del
 *   servicio …" (13); "¡Hola! ¿En qué le puedo ayudar?" under the screen name "SAPL Chat" (06: names no one, fail); chat-speak
 *   "hey! Vance at Detroit Public Library, Burton History Collection." (14) and "hey! Jasper w/ South Dakota State Library's
 *   Ask a Librarian 🤠" (26); "You're chatting with Zane, a reference librarian at …" (18); a queue line and no provider (28);
 *  inquiry: draw date, game number, casinos or sports betting too, nonfiction or novel, for him or for the family, the city,
 *   anything in writing and the jackpot size, paper length, ticket type, the printed name, county or city share, in person or
 *   online, name or neighborhood, "Are you 21 or older?", points or money, a specific prize, land-based or riverboats, living
 *   in PA; no question before the first source (08: fail); a restatement with no question mark ("So you'd like to check
 *   whether a Megabucks ticket from last year is still on an unclaimed list.", 25: pass); questions and no source ever (30);
 *  waits: "let me look up how disputes work in Nevada, hang on a sec" answered 121 s later (07: fail); "One moment while I
 *   pull up the history." answered exactly 120 s later (08: pass); holds at 86/200 (a partial result, "Still searching — I
 *   have one good book so far")/315 and the answer at 420 (09: spans 114/115/105, pass); "No problem, take your time." and
 *   the patron back 250 s later (10: waiting on the patron, pass); a hold at 77, the patron's "ok?" at 150, the answer at
 *   205 (21: 128 s from the hold, the patron line does not restart it, fail); a transfer notice answered 58 s and 112 s
 *   later (23, 24); 125 s between `pickedUpAt` and the first visible line (04: fail);
 *  endings: a Lost Call with only a greeting, "Hello? Are you still with me?" at 150 and "Seems like you've disconnected, so
 *   I'll close this chat for now. Please come back anytime!" at 210 (15: final idle exactly 180 s, both pass); "Are you still
 *   there?" at 180 and the session ending at 252 with no notice or goodbye (16: final idle 200 s, idle pass, notice and
 *   courteous fail); goodbyes 119 s (17: idle na) and exactly 120 s (18: idle fails, notice na) after the answer; the
 *   patron's "thats all i needed ty" as the last line (19: courteous fails); "We only do one question per chat, so that's it
 *   for today. Bye." (20: dismissal, courteous passes on the "Bye."); "I have several people waiting in the queue right now.
 *   Please chat back in later, or stop by our Central Library reference desk" (21: allowed); "My shift is over, so I have to
 *   end the chat here." (22: dismissal, no goodbye); goodbyes "Take care.", "Cuídese mucho y gracias por escribirnos.", "¡Que
 *   le vaya bien!", "talk soon!", "good luck at trivia, bye! 👋", "Thanks for chatting — good luck! 🍀"; patron-side "ok
 *   thats all i needed", "No, that's everything.", "eso es todo lo que necesitaba", "no more questions!", "That's all I need
 *   for now", "es todo", "thats all", and "oh well thanks", "yes!! ty", "ok", "wow ok" that do not count;
 *  sources: lottery sites (mdlottery.com, palottery.pa.gov, texaslottery.com, floridalottery.com, megamillions.com,
 *   masslottery.com, njlottery.com), regulators (casinocontrol.ohio.gov, gaming.nv.gov, mdgaming.com, msgamingcommission.com,
 *   lgcb.dps.louisiana.gov, gamingcontrolboard.pa.gov, gaming.az.gov, in.gov/igc, dor.sd.gov/gaming), ProQuest Historical
 *   Newspapers, NewsBank, researchitct.org, catalogs (lvccld.org, lfpl.org, detroitpubliclibrary.org, tulsalibrary.org),
 *   books (Roll the Bones, Sudden Money, Nicholson's The Kentucky Derby), ncpgambling.org, gam-anon.org,
 *   gamblersanonymous.org; none ("You could call Gamblers Anonymous, and … talk to his doctor", 30: fail);
 *  referrals: helplines by phone (03, 05 in Spanish, 19); the Nevada Enforcement Division by phone (07); a Texas claim center
 *   reached through texaslottery.com, in Spanish (06); "Take it up with the casino's guest services desk first" with no
 *   contact beside the Gaming Commission by URL (18: fail); the library's own Central Library reference desk by street
 *   address (21); the NJ DGE by form URL and phone (23); "Start with the tribe's own gaming office" (29: fail); "call
 *   Gamblers Anonymous" (30: fail); the Cicero library asked to call the patron, consulted on the patron's behalf (13: na);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Wednesday", done exactly 72 h after `endedAt`, recorded in -08:00
 *   (11: pass); a promise to e-mail, e-mail read back, no time, coded Answered (12: code and contact fail, on_time pending);
 *   FU_LIB in Spanish, phone typed with spaces and read back as a question, "dentro de 72 horas", never recorded, day 4 (13:
 *   on_time fails); FU_ME with "get back to you tomorrow" and the e-mail only in `patron.email` (14: code passes, contact
 *   fails, on_time pending);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (29); null with no provider (28); "" (10); the field left
 *   out (`resolutionCode: undefined`, 26: na); Practice (27);
 *  transfers: a notice (a hold) and an internal note that says why (23: pass); a notice to the patron and no internal note
 *   (24: fail);
 *  concurrency: three others open through the session, four at once (25: fail); one ending exactly at the start, one
 *   starting exactly at `endedAt`, two overlapping, another provider's chat open throughout (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - `pickedUpAt` at 50 s and the first visible line at 175 s (04): pickup is 50 s (pass); the patron's wait after pickup is
 *   125 s, longer than `silenceSeconds`, so keep_informed fails ("After pickup … the patron is never left waiting on the
 *   provider longer than silenceSeconds"; only the wait before pickup is pickup's alone);
 * - "Take care.", "¡Que le vaya bien!" and "You're welcome, talk soon!" say goodbye (02, 06, 14); "Bye." after a dismissal is
 *   still a goodbye (20);
 * - "That's all I need for now" and "si, gracias. es todo" say explicitly that the patron is done (11, 13);
 * - a referral tells the patron to contact or visit: "you can call the … Helpline at …" and "Puede llamar a la línea nacional
 *   …" are referrals (03, 05, 19); "Puede ir al centro de reclamos …; la dirección … están en texaslottery.com" is a visit
 *   with a URL (06); "a casino has to report a dispute … to the Gaming Control Board" tells the patron to contact no one (07);
 *   "enroll online at gamingcontrolboard.pa.gov" points to a website to use, a source (24: na); "puedo pedirles que le llamen"
 *   is the library consulted for the patron (13: na); "Take it up with the casino's guest services desk" is a referral to a
 *   party with no way to reach it, so one contactless party fails the check though the other has a URL (18);
 * - "Would either of those work for you?", "Does that list do the trick?", "that do it?", "Does the book sound useful?" ask
 *   whether what was given meets the need; "Does that help a little?" after advice with no source (30) counts, the advice being
 *   an answer;
 * - "Did the casino give you anything in writing, and how big was the jackpot?" and "Are you 21 or older?" are questions about
 *   the patron's situation that shape the answer (07, 16);
 * - a greeting with "What would you like to know?" is not substantive, so the Lost Call (15) has no substantive exchange and
 *   its final idle runs from that greeting (30 s) to the notice that invites back (210 s): exactly 180 s, so both idle checks
 *   apply.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0 (each disagreement reread against RUBRIC.md; every label
 * stands as written).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 03: "you can call the Ohio Problem Gambling Helpline at 1-800-589-9966" read as a referral with no
 *    contact (fail; RUBRIC pass: the phone is given, the Commission beside it has its URL);
 *  - referral.contact, case 05: Spanish "Puede llamar a la línea nacional 1-800-GAMBLER (1-800-426-2537)" read as no referral
 *    (na; RUBRIC pass: call an organisation, phone given);
 *  - inquiry.clarify and referral.contact, case 07: "Sorry, that sounds stressful. Did the casino give you anything in
 *    writing, and how big was the jackpot?" not read as a question about the need (fail; RUBRIC pass), and the Enforcement
 *    Division given with a phone and gaming.nv.gov read as a referral without contact (fail; RUBRIC pass).
 * Every timing check (pickup at 60, 61 and by `pickedUpAt`, no provider; keep_informed at 120, 121 and 128 s, across holds
 * of 105-115 s, a partial-result hold, a patron line inside a hold, "take your time", two transfers and 125 s after
 * `pickedUpAt`; final idles of 119, 120, 180 and 200 s; concurrency at four and at touching ends with another provider's
 * chat; on_time done at exactly 72 h in another offset, never done at day 4, pending at day 1 twice) scored as labelled on
 * the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read
 * back, a patron phone typed with spaces and read back, an e-mail only in `patron.email`, agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 * ON RUBRIC v60 (block Z, written after this file was labelled; labels unchanged): cases 03 (Z4: "If you'd like to talk to
 *   someone, you can call the … Helpline at …" names one party, with its phone) and 05 (Z5: "llamar a la línea nacional 1-800-…")
 *   read as labelled and move from LEFT to the running cases; in 07 inquiry.clarify reads as labelled (Z1: "Sorry, that sounds
 *   stressful." is filler) and referral.contact is still misread: 29 running, 1 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** ISO time `sec` seconds after T0, written in the offset `offH` hours (the same instant as `at(sec)`). */
const atOffset = (sec: number, offH: number): string => {
  const d = new Date(T0 + sec * 1000 + offH * 3600_000);
  const hh = String(Math.abs(offH)).padStart(2, '0');
  return `${d.toISOString().slice(0, 19)}${offH < 0 ? '-' : '+'}${hh}:00`;
};

/** The queue's own line (system). */
const waitLine = (sec: number): Line => [sec, 's', 'All librarians are helping other patrons. Please stay on the line.'];

const DENISE: Prov = { id: 'denise-g', name: 'Denise', library: 'BCPL' };
const GRANT: Prov = { id: 'grant-g', name: 'Grant', library: 'FLP' };
const HOLLIS: Prov = { id: 'hollis-g', name: 'Hollis', library: 'CPL-OH' };
const IVY: Prov = { id: 'ivy-g', name: 'Ivy', library: 'LVCCLD' };
const MARISOL: Prov = { id: 'marisol-g', name: 'Marisol', library: 'HPL' };
const NICO: Prov = { id: 'nico-g', name: 'SAPL Chat', library: 'SAPL' };
const OREN: Prov = { id: 'oren-g', name: 'Oren', library: 'WCLS' };
const PIA: Prov = { id: 'pia-g', name: 'Pia', library: 'HCL-MN' };
const QUENTIN: Prov = { id: 'quentin-g', name: 'Quentin', library: 'LFPL' };
const RHEA: Prov = { id: 'rhea-g', name: 'Rhea', library: 'MDPLS' };
const SAUL: Prov = { id: 'saul-g', name: 'Saul', library: 'CSL' };
const TOVA: Prov = { id: 'tova-g', name: 'Tova', library: 'GPL-IN' };
const URSULA: Prov = { id: 'ursula-g', name: 'Ursula', library: 'AAL-IL' };
const VANCE: Prov = { id: 'vance-g', name: 'Vance', library: 'DPL-MI' };
const WREN: Prov = { id: 'wren-g', name: 'Wren', library: 'DDL' };
const XAVIER: Prov = { id: 'xavier-g', name: 'Xavier', library: 'EPFL' };
const YARA: Prov = { id: 'yara-g', name: 'Yara', library: 'TCCL' };
const ZANE: Prov = { id: 'zane-g', name: 'Zane', library: 'HCLS-MS' };
const ABBY: Prov = { id: 'abby-g', name: 'Abby', library: 'NHSL' };
const BRUNO: Prov = { id: 'bruno-g', name: 'Bruno', library: 'ACFPL' };
const CLEO: Prov = { id: 'cleo-g', name: 'Cleo', library: 'DMPL' };
const DORIAN: Prov = { id: 'dorian-g', name: 'Dorian', library: 'NOPL' };
const ELLIS: Prov = { id: 'ellis-g', name: 'Ellis', library: 'QANJ' };
const FARAH: Prov = { id: 'farah-g', name: 'Farah', library: 'QANJ' };
const GIDEON: Prov = { id: 'gideon-g', name: 'Gideon', library: 'CLP' };
const HANA: Prov = { id: 'hana-g', name: 'Hana', library: 'CLP' };
const IMANI: Prov = { id: 'imani-g', name: 'Imani', library: 'BPL-MA' };
const JASPER: Prov = { id: 'jasper-g', name: 'Jasper', library: 'SDSL' };
const KIRA: Prov = { id: 'kira-g', name: 'Trainee Kira', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-g', name: 'Queue', library: 'EBRPL' };
const LEO: Prov = { id: 'leo-g', name: 'Leo', library: 'PPL-AZ' };
const MABEL: Prov = { id: 'mabel-g', name: 'Mabel', library: 'KCPL-KY' };

const s = session;

export const GAMBLING: SessionCase[] = [
  // 01 the plain good session
  s(DENISE, '01 a 1999 Maryland Pick 3 evening draw: "Good morning, you\'ve got Denise", date and draw asked, mdlottery.com + ProQuest, "ok thats all i needed"', [
    [0, 'p', 'hi!! how far back can i see winning numbers for the maryland lottery pick 3? my dad swears 4-1-7 hit on his birthday in 1999 lol'],
    [22, 'l', "Good morning, you've got Denise, one of the librarians at Baltimore County Public Library 😊"],
    [29, 'l', 'Fun one. Do you know the exact date, and was it the midday or the evening drawing?'],
    [75, 'p', 'june 12 1999. no idea which one'],
    [81, 'l', "The Maryland Lottery's past-results search is at mdlottery.com (Winning Numbers > Past Winning Numbers): choose Pick 3 and 06/12/1999 and it shows both drawings. If the online archive doesn't reach back that far, the Baltimore Sun of June 13, 1999 printed them, and you can read it in ProQuest Historical Newspapers with your BCPL card."],
    [88, 'l', 'Does that get you what you need?'],
    [150, 'p', 'omg it DID hit, evening draw. ok thats all i needed thanks!!'],
    [156, 'l', 'Ha, tell him he was right! Thanks for chatting with us, have a good one.'],
  ], usual()),

  // 02 pickup at exactly 60 s
  s(GRANT, '02 a late mother\'s $500 scratch-off in PA: pickup at exactly 60 s, "Hello, and I\'m sorry for your loss", Ended Games list, "No, that\'s everything"', [
    [0, 'p', "Found a scratch off in my late mother's purse that says $500 winner. Is it too late to cash it? Pennsylvania."],
    [60, 'l', "Hello, and I'm sorry for your loss. This is Grant, a reference librarian at the Free Library of Philadelphia."],
    [67, 'l', 'Do you see a game number on the ticket? It tells us when the game ended.'],
    [130, 'p', 'game 1487, it says. she passed last spring'],
    [137, 'l', 'Pennsylvania allows one year to claim; for instant games the year runs from the announced end of the game. The Lottery\'s "Ended Games" list gives the last day to claim each game: palottery.pa.gov (Scratch-Offs > Ended Games). An estate claims with the death certificate and letters of administration, and the claim form is on the same site under Claiming.'],
    [143, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'yes it is. very helpful'],
    [205, 'l', 'Is there anything else I can look up for you?'],
    [240, 'p', "No, that's everything. Thank you Grant."],
    [246, 'l', "You're very welcome. Take care."],
  ], usual()),

  // 03 pickup at 61 s; a helpline by phone
  s(HOLLIS, '03 banning myself from Ohio casinos: 61 s pickup, "casinos only or sports betting too?", Voluntary Exclusion Program URL, helpline by phone', [
    [0, 'p', 'how do i ban myself from the casinos in ohio. serious question. i need to stop'],
    [61, 'l', "Hi, thank you for reaching out — I'm Hollis, a librarian with Cleveland Public Library. I'm glad you asked."],
    [68, 'l', 'Do you want to be barred from the casinos and racinos only, or from online sports betting too?'],
    [120, 'p', 'everything if i can'],
    [127, 'l', "Ohio's Voluntary Exclusion Program covers casinos, racinos and sports gaming, and you can enroll online through the Ohio Casino Control Commission at casinocontrol.ohio.gov (Responsible Gaming > Voluntary Exclusion Program); you choose 1 year, 5 years or lifetime. If you'd like to talk to someone, you can call the Ohio Problem Gambling Helpline at 1-800-589-9966, free and confidential."],
    [133, 'l', 'Does this answer your question?'],
    [190, 'p', 'yes. thank you for not being weird about it'],
    [196, 'l', 'Of course. Anything else I can help with tonight?'],
    [230, 'p', 'no'],
    [235, 'l', 'Take good care of yourself, and thanks for chatting with us.'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 04 pickedUpAt 50 s, the first line at 175 s (125 s after pickup)
  s(IVY, '04 mob-era Las Vegas book for a book club: pickedUpAt 50 s, first visible line at 175 (125 s after pickup), Roll the Bones', [
    [0, 'p', 'looking for a good book about the history of las vegas casinos, like the mob era. for my book club'],
    [175, 'l', 'Hi there! Ivy at Las Vegas-Clark County Library District. Sorry, I got pulled away for a moment.'],
    [182, 'l', 'Does the club want nonfiction history, or would a novel set in that era work too?'],
    [230, 'p', 'nonfiction pls'],
    [236, 'l', 'Two that book clubs like: "Roll the Bones: The History of Gambling" by David G. Schwartz and "The Money and the Power" by Sally Denton and Roger Morris. Both are in our catalog at lvccld.org, and Roll the Bones comes as a book-club kit.'],
    [242, 'l', 'Would either of those work for you?'],
    [300, 'p', 'roll the bones sounds perfect!! thats all i needed'],
    [306, 'l', 'Enjoy, and thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail' }), { pickedUpAt: at(50) }),

  // 05 Spanish: a helpline for a family
  s(MARISOL, '05 ayuda para el juego compulsivo en español (Spanish): "Soy Marisol, bibliotecaria", 1-800-GAMBLER, gam-anon.org, "eso es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas, mi esposo tiene problemas con el juego y ya no se que hacer. hay alguna ayuda en español?'],
    [35, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria de la Biblioteca Pública de Houston. Con gusto le ayudo.'],
    [42, 'l', '¿Busca ayuda para él, para usted como familiar, o para los dos?'],
    [100, 'p', 'para los dos creo'],
    [107, 'l', 'Puede llamar a la línea nacional 1-800-GAMBLER (1-800-426-2537): es gratuita, confidencial, atiende las 24 horas y tiene intérpretes en español. Para familiares existe Gam-Anon; las reuniones en español aparecen en gam-anon.org (Meeting Directory).'],
    [114, 'l', '¿Esto responde a lo que buscaba?'],
    [170, 'p', 'si muchas gracias, eso es todo lo que necesitaba'],
    [176, 'l', 'Con mucho gusto. Cuídese mucho y gracias por escribirnos.'],
  ], usual({ referral: 'pass' })),

  // 06 partly Spanish; a greeting that names no one
  s(NICO, '06 cobrar un premio de $2,000 de la Lotería de Texas (partly Spanish): "¡Hola! ¿En qué le puedo ayudar?" names no one, claim center via texaslottery.com', [
    [0, 'p', 'hi my uncle won $2,000 on texas lottery but he only speaks spanish, donde puede cobrar el premio?'],
    [18, 'l', '¡Hola! ¿En qué le puedo ayudar?'],
    [24, 'l', 'Is he in San Antonio? Prizes over $599 cannot be cashed at the store.'],
    [70, 'p', 'si, san antonio'],
    [76, 'l', 'Puede ir al centro de reclamos de la Lotería de Texas en San Antonio; la dirección, el horario y el formulario están en texaslottery.com (How to Claim > Claim Centers). Debe llevar el boleto firmado, una identificación con foto y su número de Seguro Social o ITIN.'],
    [82, 'l', '¿Le sirvió la información?'],
    [130, 'p', 'yes gracias!!'],
    [135, 'l', '¿Algo más en que le pueda ayudar?'],
    [160, 'p', 'no nada mas'],
    [164, 'l', '¡Que le vaya bien!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 07 a hold answered 121 s later
  s(OREN, '07 a Reno casino refusing a slot jackpot: "let me look up how disputes work … hang on a sec" answered 121 s later, Enforcement Division by phone', [
    [0, 'p', 'a casino in reno wont pay out my slot jackpot, says machine malfunction. who do i complain to??'],
    [14, 'l', 'Hi, Oren here, librarian at Washoe County Library System.'],
    [20, 'l', 'Sorry, that sounds stressful. Did the casino give you anything in writing, and how big was the jackpot?'],
    [66, 'p', '$3,200, they just gave me a comp buffet ticket lol. nothing in writing'],
    [72, 'l', 'Ok, let me look up how disputes work in Nevada, hang on a sec.'],
    [193, 'l', "Thanks for your patience. In Nevada a casino has to report a dispute of $500 or more to the Gaming Control Board, and you can ask for an agent yourself: call the Board's Enforcement Division in Reno at 775-555-0142, ideally while you're still at the property. The process is described at gaming.nv.gov (Patron Disputes)."],
    [199, 'l', 'Did that help?'],
    [240, 'p', 'yes going back now. thanks'],
    [246, 'l', 'Good luck! Thanks for chatting with us.'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 08 a hold answered exactly 120 s later; no question before the source
  s(PIA, '08 did the Mega Millions odds change: hold at 31, answer at exactly 151 (120 s), no question before the source, "no more questions!"', [
    [0, 'p', 'did the mega millions odds change at some point? feels like nobody wins anymore'],
    [25, 'l', 'Hello! Pia at Hennepin County Library here. Good question.'],
    [31, 'l', 'One moment while I pull up the history.'],
    [151, 'l', 'Found it. The jackpot odds went from 1 in 258.9 million to 1 in 302.6 million when the game changed its number pools in October 2017, and to 1 in 290.5 million with the April 2025 redesign. The current odds table is at megamillions.com (How to Play), and the Star Tribune covered the 2017 change; you can read it in our NewsBank database.'],
    [157, 'l', "Is that the kind of answer you were after, or did you want the smaller prize tiers as well?"],
    [200, 'p', 'nope thats it, makes sense now. no more questions!'],
    [206, 'l', 'Thanks for chatting — good luck! 🍀'],
  ], usual({ clarify: 'fail' })),

  // 09 holds every ~110 s, one with a partial result
  s(QUENTIN, '09 betting at Churchill Downs for a school paper: holds at 86/200 (partial result)/315, answer at 420, two books', [
    [0, 'p', 'need sources on history of betting at churchill downs for a school paper, like when pari-mutuel started'],
    [20, 'l', "Hey there, I'm Quentin, a reference librarian at Louisville Free Public Library."],
    [27, 'l', 'How long is the paper, and does your teacher want books, or are newspapers ok?'],
    [80, 'p', '5 pages, at least 2 books'],
    [86, 'l', 'Let me dig through the catalog, bear with me.'],
    [200, 'l', 'Still searching — I have one good book so far, checking for a second.'],
    [315, 'l', "Almost there, just confirming it's on the shelf."],
    [420, 'l', 'Here you go: "The Kentucky Derby: How the Run for the Roses Became America\'s Premier Sporting Event" by James C. Nicholson, and "Churchill Downs: America\'s Most Historic Racetrack" by Samuel W. Thomas. Both are at the Main Library; holds can be placed at lfpl.org. Pari-mutuel machines came to Churchill Downs in 1908, and both books cover that.'],
    [426, 'l', 'Would those fit what your teacher wants?'],
    [480, 'p', 'yes!! thank u so much 🙏'],
    [485, 'l', 'Anything else for the paper?'],
    [510, 'p', 'no im good'],
    [514, 'l', 'Good luck on it, and come back anytime!'],
  ], usual()),

  // 10 "take your time", 250 s away; code ""
  s(RHEA, '10 six old Florida tickets in a drawer: "No problem, take your time." then 250 s away, floridalottery.com, code ""', [
    [0, 'p', 'how do i check if a florida lotto ticket from last year is still good? i have like 6 old ones in a drawer'],
    [16, 'l', "Hi! Welcome to Ask a Librarian. My name is Rhea and I'm with Miami-Dade Public Library System."],
    [23, 'l', 'Are they draw-game tickets like Lotto and Powerball, or scratch-offs? The deadlines differ.'],
    [60, 'p', 'hold on let me go get them'],
    [66, 'l', 'No problem, take your time.'],
    [316, 'p', 'ok back. 4 are lotto, 2 are scratchers'],
    [323, 'l', "Florida gives you 180 days from the draw date for draw games, and 60 days after a game's end for scratch-offs. You can scan each ticket with the Florida Lottery app, or check the numbers and the closed games at floridalottery.com (Winning Numbers; Scratch-Offs > Closing Games)."],
    [329, 'l', 'Does that help you sort them out?'],
    [380, 'p', "yeah they're all expired lol. oh well thanks"],
    [386, 'l', 'Sorry! Thanks for chatting, and come back anytime.'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 11 follow-up by me: e-mail read back, "by Wednesday", done exactly 72 h after the end (recorded in another offset)
  s(SAUL, '11 a 1974 Connecticut Lottery win for a family history (follow-up by me): e-mail read back, "by Wednesday", done exactly 72 h after the end, -08:00', [
    [0, 'p', "Hi, I'm writing a family history and my grandfather won the Connecticut Lottery weekly game in 1974. Is there any record of the drawing?"],
    [28, 'l', 'Good afternoon! This is Saul, a librarian at the Connecticut State Library.'],
    [35, 'l', 'What a story. Do you know his name as it would have been printed, and roughly the month?'],
    [90, 'p', 'Walter Nowak, sometime in the fall of 1974, from New Britain'],
    [97, 'l', "The Lottery's own site only has recent results, so this means newspapers. The Hartford Courant for 1974 is in ProQuest Historical Newspapers, and I can search the New Britain Herald on microfilm here. Could I e-mail you what I find?"],
    [150, 'p', 'Yes, please. its w.nowak.family@example.net'],
    [156, 'l', "Thanks, that's w.nowak.family@example.net. I'll send what I find by Wednesday."],
    [162, 'l', 'Meanwhile, does the ProQuest tip help? Any Connecticut library card logs you in through researchIT CT (researchitct.org).'],
    [210, 'p', "yes, I'll try it tonight. That's all I need for now, thank you!"],
    [216, 'l', 'My pleasure. Thank you for contacting the State Library!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: atOffset(221 + 72 * HOUR, -8), by: 'saul-g', note: 'sent Courant and Herald clippings' }] }, { now: T0 + 5 * DAY }),

  // 12 a promise to e-mail, no time, coded Answered
  s(TOVA, '12 Lake County IN casino tax shares for a council talk: "I\'ll put the numbers in a table and e-mail it to you", e-mail read back, no time, coded Answered', [
    [0, 'p', 'how much casino tax money does lake county indiana get each year? need the last 5 yrs for a city council presentation'],
    [20, 'l', "Hi, I'm Tova from the Gary Public Library reference desk."],
    [26, 'l', "Do you need the county's share only, or the city of Gary's share too?"],
    [75, 'p', 'both if possible'],
    [81, 'l', "The Indiana Gaming Commission posts monthly and annual revenue reports, including the wagering tax sent to local units, at in.gov/igc (Reports > Gaming Revenue). Pulling five years by unit takes some digging, so I'll put the numbers in a table and e-mail it to you. What address should I use?"],
    [130, 'p', 'dmarsh@example.org thx'],
    [136, 'l', 'Got it — dmarsh@example.org.'],
    [141, 'l', 'Is there anything else I can help with?'],
    [170, 'p', 'nope thats all'],
    [175, 'l', 'Thanks for using Ask a Librarian!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 13 Spanish: follow-up by the patron's library, phone read back, "dentro de 72 horas", never recorded
  s(URSULA, '13 reuniones de Jugadores Anónimos en español cerca de Cicero (Spanish, follow-up by patron\'s library): teléfono repetido, "dentro de 72 horas", never recorded', [
    [0, 'p', 'buenas noches, busco reuniones de jugadores anonimos en español cerca de cicero, illinois'],
    [30, 'l', '¡Buenas noches! Le atiende Ursula, bibliotecaria del servicio Ask a Librarian de Illinois.'],
    [37, 'l', '¿Prefiere reuniones en persona, o también le sirven las virtuales?'],
    [90, 'p', 'en persona, no tengo buena internet'],
    [97, 'l', 'El directorio de Gamblers Anonymous (gamblersanonymous.org, Meeting Directory) no siempre indica el idioma. La biblioteca de Cicero conoce los grupos locales; puedo pedirles que le llamen con la lista. ¿A qué número le pueden llamar?'],
    [160, 'p', '708 555 0193'],
    [166, 'l', 'Entonces es el 708-555-0193, ¿correcto? Le llamarán dentro de 72 horas.'],
    [200, 'p', 'correcto, gracias'],
    [206, 'l', '¿Le sirve el directorio mientras tanto?'],
    [250, 'p', 'si, gracias. es todo'],
    [256, 'l', 'Gracias a usted. ¡Que tenga buena noche!'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 14 follow-up by me, the patron's e-mail only in patron.email, "get back to you tomorrow"
  s(VANCE, '14 a great-grandmother who ran numbers in 1930s Detroit (follow-up by me): e-mail only in patron.email, never in the chat, "get back to you tomorrow"', [
    [0, 'p', 'my great grandma ran numbers in detroit in the 30s (family legend). any books or records about the numbers game there?'],
    [24, 'l', 'hey! Vance at Detroit Public Library, Burton History Collection.'],
    [30, 'l', 'Do you know her name or the neighborhood? Black Bottom and Paradise Valley had most of the policy houses.'],
    [80, 'p', 'Black Bottom, her name was Hattie Greene'],
    [86, 'l', 'A good start is "Detroit\'s Black Bottom and Paradise Valley" from Arcadia\'s Images of America series, with a chapter on the policy kings; it\'s in our catalog at detroitpubliclibrary.org. I\'ll also check our clipping files on the 1930s numbers raids for her name and get back to you tomorrow.'],
    [92, 'l', 'Does the book sound useful?'],
    [140, 'p', 'yes!! ty'],
    [145, 'l', "You're welcome, talk soon!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME, patron: { name: null, email: 'hgreene.family@example.com', phone: null } }),

  // 15 a true Lost Call, final idle exactly 180 s
  s(WREN, '15 odds on Delaware $10 scratchers (Lost Call): greeting only, "Are you still with me?" at 150, notice + "come back anytime" at 210 (final idle exactly 180 s)', [
    [0, 'p', 'what are the odds on the delaware $10 scratch offs'],
    [30, 'l', 'Hi, this is Wren at the Delaware Libraries Ask a Librarian service. What would you like to know?'],
    [150, 'l', 'Hello? Are you still with me?'],
    [210, 'l', "Seems like you've disconnected, so I'll close this chat for now. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 a check-in, no notice, no goodbye, final idle 200 s
  s(XAVIER, '16 legal sports-betting apps in Maryland: "Are you 21 or older?", mdgaming.com, "Are you still there?" at 180, session ends at 252 (final idle 200 s)', [
    [0, 'p', 'is it legal to bet on sports on my phone in maryland? which apps are actually legit'],
    [12, 'l', "Hello, Xavier from Enoch Pratt Free Library's Ask Us chat."],
    [18, 'l', "Are you 21 or older? That's the minimum age for sports wagering here."],
    [45, 'p', 'yes 34'],
    [52, 'l', 'Yes, mobile sports wagering has been legal in Maryland since November 2022. The Maryland Lottery and Gaming Control Agency lists every licensed mobile sportsbook at mdgaming.com (Sports Wagering > Licensees); anything not on that list is unlicensed.'],
    [58, 'l', 'Does that answer your question?'],
    [180, 'l', 'Are you still there?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }), { endAfter: 72 }),

  // 17 a goodbye 119 s after the answer
  s(YARA, '17 books on winning the lottery "asking for a friend 😅": answer at 76, goodbye at 195 (final idle 119 s), no completeness question', [
    [0, 'p', 'any good books on what to do if you win the lottery? asking for a friend 😅'],
    [20, 'l', "Hi! I'm Yara, a librarian at Tulsa City-County Library."],
    [26, 'l', 'Is your friend more interested in the money side (taxes, lump sum vs annuity) or in stories of past winners?'],
    [70, 'p', 'money side lol'],
    [76, 'l', '"Sudden Money: Managing a Financial Windfall" by Susan Bradley walks through lump sum vs annuity and the tax side; we have it in print and as an ebook in Libby (search it at tulsalibrary.org).'],
    [195, 'l', 'Hope your friend enjoys it — thanks for chatting, bye! 👋'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 18 a goodbye exactly 120 s after the answer; two parties, one without contact
  s(ZANE, '18 a Biloxi casino keeping players-card points: "take it up with guest services first" (no contact) + Gaming Commission URL, goodbye 120 s after the answer', [
    [0, 'p', 'how do i file a complaint against a casino in biloxi? they kicked me out and kept my players card points'],
    [22, 'l', "Good evening. You're chatting with Zane, a reference librarian at Harrison County Library System."],
    [29, 'l', 'Was it about the points only, or was money or chips involved too?'],
    [80, 'p', 'just the points, like $400 worth of comps'],
    [87, 'l', "Take it up with the casino's guest services desk first, since comps and loyalty points are their own program. If that goes nowhere, write to the Mississippi Gaming Commission: its patron complaint form and mailing address are at msgamingcommission.com (Contact > Patron Complaints)."],
    [93, 'l', 'Does that help?'],
    [207, 'l', 'Thanks for chatting with us tonight. Goodbye!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // 19 the patron has the last word
  s(ABBY, '19 a self-screening quiz, "not for me. ok kinda for me": ncpgambling.org + a helpline by phone, patron "thats all i needed ty" last, no goodbye', [
    [0, 'p', 'is there like a quiz to tell if u have a gambling problem. not for me. ok kinda for me'],
    [15, 'l', "Hi, thanks for writing in. I'm Abby, a librarian with the NH State Library's Ask a Librarian service."],
    [21, 'l', 'Would you like something you can do privately online, or information on talking to someone?'],
    [60, 'p', 'online private'],
    [66, 'l', 'The National Council on Problem Gambling has a short confidential self-screen at ncpgambling.org (Help & Treatment > Self-Assessment). And if you ever want to talk it through, you can call or text the NH Problem Gambling Helpline at 603-555-0170; it is free.'],
    [72, 'l', 'Is that the kind of thing you were looking for?'],
    [120, 'p', 'yeah thats exactly it. thats all i needed ty'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 20 "We only do one question per chat"
  s(BRUNO, '20 NJ lump sum vs annuity, then taxes, anonymity, a trust: "We only do one question per chat, so that\'s it for today. Bye." (dismissal)', [
    [0, 'p', 'whats the difference between lump sum and annuity on a nj lottery prize'],
    [19, 'l', 'Hi, Bruno at Atlantic City Free Public Library.'],
    [25, 'l', 'Is this for a specific prize, or in general?'],
    [60, 'p', 'general. also how are winnings taxed in nj and can i stay anonymous and how do i set up a trust'],
    [68, 'l', 'The NJ Lottery explains the cash option vs the annuity at njlottery.com (Claim a Prize > FAQs), and the state withholding on prizes over $10,000 is explained there too.'],
    [74, 'l', "We only do one question per chat, so that's it for today. Bye."],
    [90, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 21 a hold the patron interrupts; others waiting, a way back
  s(CLEO, '21 Iowa lottery and riverboats for a history project: hold at 77, patron "ok?" at 150, answer at 205 (128 s after the hold), "several people waiting … chat back in later"', [
    [0, 'p', 'when did iowa start a lottery and was there a vote on it? doing a history project'],
    [21, 'l', 'Hello! Cleo here, a librarian at Des Moines Public Library.'],
    [27, 'l', 'Is the project about the lottery only, or about gambling in Iowa generally (riverboats too)?'],
    [70, 'p', 'all of it!! lottery, riverboats, the dog track, bingo, everything since 1900'],
    [77, 'l', "Let me check the legislature's history pages, one sec."],
    [150, 'p', 'ok?'],
    [205, 'l', 'The Iowa Lottery began selling tickets in 1985 after the legislature approved it, and riverboat gambling was legalized in 1989 with county referendums. The Iowa Legislature\'s site (legis.iowa.gov) and the Des Moines Register archive in our NewsBank database cover both.'],
    [211, 'l', 'Does that give you a good start?'],
    [260, 'p', 'yes but what about the dog track and bingo and the 1900s stuff'],
    [268, 'l', "That's a big project, and I have several people waiting in the queue right now. Please chat back in later, or stop by our Central Library reference desk at 1000 Grand Ave and we can dig into the older history with you."],
    [295, 'p', 'ok thanks'],
    [301, 'l', 'Thank you for chatting, good luck with the project!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 22 "My shift is over, so I have to end the chat here."
  s(DORIAN, '22 who regulates Louisiana casinos, then truck-stop video poker: "My shift is over, so I have to end the chat here." (dismissal, no goodbye)', [
    [0, 'p', 'how many casinos are there in louisiana and who regulates them'],
    [40, 'l', "Hi, Dorian with New Orleans Public Library's chat reference."],
    [47, 'l', 'Do you mean land-based casinos only, or riverboats and racinos too?'],
    [90, 'p', 'all of them'],
    [96, 'l', "The Louisiana Gaming Control Board licenses them and the State Police Gaming Enforcement Division enforces the rules. The Board's annual report lists every licensed riverboat, land-based casino and racino: lgcb.dps.louisiana.gov (Reports)."],
    [140, 'p', 'ok and what about video poker at truck stops, is that the same board?'],
    [147, 'l', 'My shift is over, so I have to end the chat here.'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 a transfer announced, with a note that says why
  s(ELLIS, '23 frozen funds at a licensed NJ online casino: transfer announced + internal note why, Farah 58 s after the notice, DGE form URL + phone', [
    [0, 'p', "an online casino in NJ froze my account with $1,900 in it and won't answer emails. who regulates them??"],
    [18, 'l', "Hi, you're chatting with Ellis at QandA NJ, the statewide librarian chat."],
    [25, 'l', 'Is it one of the licensed NJ sites, as far as you know?'],
    [60, 'p', 'yes its on the list on their site'],
    [66, 'l', "Our government-information librarian knows this area best, so I'm handing you over to my colleague Farah now. One moment."],
    [69, 'i', 'Farah, pt has frozen funds at a licensed NJ online casino, wants the DGE complaint route. Can you take this?'],
    xfer(72, 'Farah', 'farah-g'),
    [124, 'l', "Hello! Farah here, government information librarian. The NJ Division of Gaming Enforcement handles complaints about licensed online casinos: fill in its Patron Complaint Form at njoag.gov/about/divisions-and-offices/division-of-gaming-enforcement-home/ or call the DGE at 609-555-0124.", as(FARAH)],
    [130, 'l', 'Does that give you what you need?', as(FARAH)],
    [190, 'p', 'yes, filing now. thats everything, thanks'],
    [196, 'l', 'Good luck, and thanks for using QandA NJ!', as(FARAH)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 24 a transfer announced, no internal note
  s(GIDEON, '24 self-exclusion in PA for casinos and online: transfer announced to the patron, no internal note to Hana, Hana 112 s after the notice', [
    [0, 'p', 'I want to sign up for self exclusion in PA for online gambling AND casinos. is it one form or two?'],
    [30, 'l', 'Good morning, Gideon from Carnegie Library of Pittsburgh here.'],
    [37, 'l', 'Are you living in Pennsylvania now, and have you ever enrolled before?'],
    [74, 'p', 'yes pittsburgh, never enrolled'],
    [80, 'l', "I'm going to pass you to Hana, our consumer-information specialist; she'll take it from here. Just a moment."],
    xfer(84, 'Hana', 'hana-g'),
    [192, 'l', "Hi, I'm Hana. They're separate lists: the PA Gaming Control Board runs one for casinos and another for online gaming and sports wagering, and you can enroll in either or both online at gamingcontrolboard.pa.gov (Self-Exclusion).", as(HANA)],
    [198, 'l', 'Is that what you needed?', as(HANA)],
    [250, 'p', 'yes, ty. thats all'],
    [255, 'l', 'Take care, and thank you for reaching out.', as(HANA)],
  ], usual({ transfer: 'fail' })),

  // 25 four at once; a restatement
  s(IMANI, '25 unclaimed Megabucks prizes in Massachusetts: restated ("So you\'d like to check …"), three other chats open through this one (four at once)', [
    [0, 'p', 'does mass lottery publish a list of unclaimed prizes? i think i bought a winning megabucks ticket in worcester last year'],
    [25, 'l', 'Hello, this is Imani at Boston Public Library. Happy to look.'],
    [31, 'l', "So you'd like to check whether a Megabucks ticket from last year is still on an unclaimed list."],
    [60, 'p', 'yes'],
    [66, 'l', 'masslottery.com has an Unclaimed Prizes page under Winning Numbers, listing large prizes by game, draw date and the store that sold them. In Massachusetts you have one year from the draw date to claim.'],
    [72, 'l', 'Does that list do the trick?'],
    [130, 'p', 'no luck, wasnt mine 😭 but thanks, thats all'],
    [136, 'l', 'Sorry about that! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('i1', 'imani-g', -200, 300), other('i2', 'imani-g', 20, 260), other('i3', 'imani-g', 50, 400)],
  }),

  // 26 three at most, touching ends; no codes in the source
  s(JASPER, '26 when Deadwood casinos opened (chat-speak, 🤠): one chat ending at the start, one starting at the end, another provider\'s chat; no resolution code field', [
    [0, 'p', 'yo when did deadwood legalize gambling again? 1989? need it for trivia night lol'],
    [14, 'l', "hey! Jasper w/ South Dakota State Library's Ask a Librarian 🤠"],
    [19, 'l', 'u want the year it was voted or the year the casinos opened?'],
    [40, 'p', 'opened'],
    [45, 'l', 'casinos opened nov 1, 1989, after the statewide vote in 1988. the SD Commission on Gaming has the timeline at dor.sd.gov/gaming (About > History)'],
    [50, 'l', 'that do it?'],
    [66, 'p', 'yesss ty. thats all i needed 🙌'],
    [71, 'l', 'good luck at trivia, bye! 👋'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }, {
    otherIntervals: [
      other('j1', 'jasper-g', -400, 0), other('j2', 'jasper-g', -30, 60), other('j3', 'jasper-g', 10, 300), other('j4', 'jasper-g', 76, 400),
      other('j5', 'someone-else-g', 0, 500),
    ],
  }),

  // 27 Practice
  s(KIRA, '27 practice chat (lottery macro test): coded Practice, every check na', [
    [0, 'p', 'test - where can i find lottery results'],
    [6, 'l', 'testing macro: Lottery results are on your state lottery website.'],
    [14, 'p', 'ok test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 28 no provider ever joined
  s(QUEUE, '28 a Gamblers Anonymous meeting tonight in Baton Rouge: no provider ever joined, "anyone??", "nvm", patron left, code null', [
    [0, 'p', 'is there a gamblers anonymous meeting tonight in baton rouge'],
    waitLine(3),
    [95, 'p', 'anyone??'],
    [210, 'p', 'nvm'],
    left(215),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 29 Lost Call after three patron lines; the tribe's gaming office with no contact
  s(LEO, '29 a slot payout at an Arizona tribal casino: "Start with the tribe\'s own gaming office" (no contact) + gaming.az.gov, coded Lost Call after three patron lines', [
    [0, 'p', 'can i complain to the state about a tribal casino in arizona or is it only the tribe'],
    [24, 'l', "Hi there, Leo from Phoenix Public Library's Ask a Librarian."],
    [30, 'l', 'What is the complaint about: a payout, or how you were treated?'],
    [75, 'p', 'payout on a slot'],
    [81, 'l', "Start with the tribe's own gaming office, since each tribal casino is regulated under that tribe's compact. The Arizona Department of Gaming also takes patron complaints: gaming.az.gov (Contact Us > File a Complaint)."],
    [87, 'l', 'Does that help?'],
    [130, 'p', 'ok'],
    [135, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 no source; Gamblers Anonymous with no way to reach it
  s(MABEL, '30 a 19-year-old son betting his paychecks: "You could call Gamblers Anonymous" with no contact, no source at all', [
    [0, 'p', 'my son is 19 and is betting his whole paycheck on sports apps. what do i do'],
    [28, 'l', "Hi, this is Mabel, I'm a librarian at Kenton County Public Library."],
    [35, 'l', "I'm sorry you're dealing with that. Does he live with you, and does he know you're looking for help?"],
    [100, 'p', 'yes lives with us. he knows im worried'],
    [107, 'l', 'You could call Gamblers Anonymous, and it would be worth having him talk to his doctor too. Many families also find it helps to get support for themselves.'],
    [113, 'l', 'Does that help a little?'],
    [170, 'p', 'a little. thank you'],
    [176, 'l', 'Is there anything else I can do for you?'],
    [200, 'p', 'no'],
    [205, 'l', 'Take care of yourself. Goodbye.'],
  ], usual({ source: 'fail', referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => GAMBLING.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    '(inquiry.clarify reads as labelled on v60: Z1 takes "Sorry, that sounds stressful." as filler.) inquiry.clarify on v59: expected pass, got fail ("gave a source without first asking about the need or restating it"). Message 2: "Sorry, that sounds stressful. Did the casino give you anything in writing, and how big was the jackpot?" asks about the patron\'s situation before the first source (message 5), and the size decides the answer (the $500 dispute rule) (RUBRIC inquiry.clarify: "questions about the patron\'s situation that shape the answer … count"). '
    + 'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"). Message 5: "call the Board\'s Enforcement Division in Reno at 775-555-0142 … The process is described at gaming.nv.gov" refers the patron to one party, with a phone and a URL; "a casino has to report a dispute … to the Gaming Control Board" says what the casino must do, not whom the patron should contact (RUBRIC referral.contact: "pass: every party the patron is referred to comes with a way to reach them").',
};

describe('sixty-sixth round: gambling, lotteries and problem-gambling help, checked', () => {
  describeSessions('whole sessions', GAMBLING.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', GAMBLING.filter((c) => c.name in LEFT_WHY));
});
