/**
 * Sixty-first round, theme CONSUMER PROBLEMS, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: complaints about a business (a car repair shop 130% over its estimate, movers holding
 * furniture for more money, a furniture store that never delivered, a car wash that broke a mirror, a home warranty company,
 * a magazine auto-renewal, a gym that will only cancel in person), product recalls (a yard-sale crib, a smoking dishwasher,
 * open recalls on a 2016 sedan by VIN, a peanut butter lot code), contractor disputes (a roofer who kept a deposit, checking
 * a window company's licence and complaints), warranties and returns (a washer in Spanish, a furnace warranty from 2014, a
 * no-receipt return, an extended car warranty that denies an AC repair, an alternator that failed again, a used car sold
 * "as is", a door-to-door solar contract within three days), scams (a vanished web store, Zelle on Marketplace), small
 * claims (the filing fee, a ruined wedding dress, collecting a judgment, a law-student clinic at a branch), a 2003 Consumer
 * Reports article and Consumer Reports online. Providers point to attorneys general (MD, TX in Spanish, NY, OH, AZ, PA), the
 * CPSC, SaferProducts.gov, NHTSA, the FDA, the FTC, the CFPB, IC3, the FMCSA, state licensing boards and insurance
 * departments, court self-help pages, clerks and self-help centers, the BBB, a manufacturer's recall line and their own
 * libraries' databases, ebooks, microfiche and reference desk. Every one of the 17 checks labelled in every session from
 * RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundConsumers-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 25 s pickup (01); no provider ever joined, "hello??", the patron's window closing (05);
 *   picked up at 75 s with "Hi! Thanks for waiting. What can I help you with?" under the screen name "ChatDesk 4" (20:
 *   pickup and greeting fail); `pickedUpAt` at 40 s with the first line at 130 s (26: pickup passes, 90 s after pickup
 *   passes keep_informed); "Hello!" + "You've reached Anneke at Ask Eastside Library." split over two lines (30); a greeting
 *   that is a hold ("Hello, Deshawn at Riverbend Library here — one moment while I read your question.", 12); a greeting and
 *   the clarifying question in one line (13, 26, 28); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" (04); chat-speak "hey!
 *   nix from ask a librarian @ fox valley library here" (24);
 *  inquiry: state, written estimate, model number, licence, receipt and warranty, Buyers Guide, interstate or not, install
 *   date, month of an article, business or person, VIN, dealer or private seller, county, payment method, who sold the
 *   warranty, the jar's lot code, invoice, online or print, when signed; a restatement ("So the part is covered but labor
 *   isn't spelled out.", 28); an ebook link before "Which county do you live in?" (25: fail); no question at all (24: fail);
 *  waits: holds answered in 84-104 s (01, 02, 04, 08, 09, 10, 28); "give me a sec to look some things up" then 140 s (03:
 *   fail); a greeting-hold then 130 s (12: fail); holds at 106/210/310 (210 a partial result that says the search goes on)
 *   and the answer at 400 (27: pass); "Sure, take your time." then the patron back 220 s later (28: waiting on the patron);
 *   two internal lines while the patron waits 140 s (29: fail); a silent transfer, the receiver 150 s after the patron (17:
 *   fail); a transfer notice (a hold) answered 74 s later (18) and 54 s later (16);
 *  endings: a Lost Call whose only provider lines are a greeting with a clarifying question, "Are you still there?" at 170 and
 *   "It looks like we got disconnected, so I'll close this chat now. Feel free to chat back in anytime!" at 360 (13); "It looks
 *   like you've disconnected, so I'm going to end this chat now." 204 s after the answer with no check-in and no goodbye (21:
 *   idle fails, notice passes, courteous fails); "Are you still there? It looks like we may have lost you, so I'll close this
 *   chat soon. Thanks for using Ask Brightwater!" with the session running 60 s on (22, see READINGS); the patron's window
 *   closing before "Thanks for chatting, take care!" (23); "We've been at this a while and I have other things to do, so your
 *   time is up. Bye." (06: dismissal fails, courteous passes on "Bye."); "a few other patrons waiting … Please chat back in
 *   later, or call our reference desk" (07: allowed); the patron's "that is everything i needed thank you" as the last line
 *   (25: courteous fails); goodbyes "Good luck, bye!", "¡Gracias por comunicarse con nosotros! Que tenga buen día.", "Thanks
 *   for your patience. Bye for now!", "Ok, have a nice day!", "np, good luck! bye", "Thanks for chatting, and stay safe!";
 *   patron-side "thats everything", "no more questions", "es todo", "nothing else", "thats all i needed", "thats all i need",
 *   "thats it thx", "that is everything i needed", "thats all" and "ok thanks", "yes thx", "Alright", "wow. ok" that do not
 *   count;
 *  sources: AG, federal agency, court and licensing URLs; the library's databases page, ebooks page and MasterFILE path;
 *   none ("the Better Business Bureau or your state's consumer protection office", 26: fail);
 *  referrals: the MD AG by URL and hotline (01); the CSLB by URL and phone (03); the TX AG in Spanish by URL and phone (04);
 *   the reference desk by phone (07); the Self-Help Center by phone (16); the FTC and IC3 by URL with "dispute the charge
 *   with your card company" (17, LEFT); the IL Department of Insurance by URL and phone (18); the AZ AG and the BBB by URL
 *   (20); the PA AG by URL and phone and a magisterial district court by the courts' URL (21); "call ur bank" and "to
 *   facebook thru the listing" (24: fail); the Clerk of Circuit Court by phone (25); the BBB and "your state's consumer
 *   protection office" bare (26, LEFT); a maker's recall line by phone (27); the Michigan Department of State by URL (28,
 *   LEFT); staff consulted on the patron's behalf (Greenbrook staff, 11; colleagues in internal lines, 29) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by tomorrow at noon", done in 30 h (08: pass); FU_ME with the phone read back,
 *   "by Tuesday afternoon", done after 90 h (09: late); a promise to e-mail "by Thursday" coded Answered (10: code fails,
 *   pending); FU_LIB with the e-mail read back, "Someone from Greenbrook will be in touch" (no time), not done by day 4 (11);
 *   FU_ME with "I'll … get back to you" and no patron contact anywhere (12: code and contact fail, pending);
 *  codes: a Lost Call with one patron line (13: pass); Lost Call after three patron lines (23: fail); the field left out (05:
 *   na); an empty string (30); Practice (19);
 *  transfers: a notice (a hold) and an internal note that says why (16: pass); an internal note only (17: fail); a notice with
 *   no note (18: fail);
 *  concurrency: four at once (14: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (15: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a Lost Call whose one provider line after the greeting words is a clarifying question ("Which state are you in, and did
 *   you buy it from a dealer or a private seller?") has a substantive exchange (RUBRIC: "a clarifying question counts"), so
 *   the information checks apply: clarify passes (no source ever given, any question counts), source fails, completeness and
 *   anything-else fail (13); the final idle runs from that line (25 s) to the notice that invites back (360 s);
 * - "Are you still there? … I'll close this chat soon. Thanks for using Ask Brightwater!" is no Goodbye for the final idle
 *   (Terms: "unless it also asks whether the patron is still there"), so the idle runs to `endedAt`; it still thanks the
 *   patron, which is what closing.courteous asks of one of the last two provider lines (22: courteous passes);
 * - "file a complaint with …", "you can file a claim at your magisterial district court", "call Halvorsen at …", "Report the
 *   site to the FTC at …", "complain to the Better Business Bureau" and "dispute the charge with your card company" tell
 *   the patron to write to or call an organisation outside the chat: referrals (RUBRIC: "call, write to, ask or visit them");
 *   a court's or agency's own web page given for it is its URL (21, 28); the CFPB page that explains how to dispute a charge
 *   is a URL for the CFPB, not a way to reach the card company (17);
 * - "The form at the back of your contract is how you cancel" (30) and "throw it out" (23) send the patron to no one;
 * - "thats it thx" (alone) says the patron is done; "ok thanks", "yes thx" and "Alright" do not;
 * - "In the meantime, does the index entry help?", "Did the court page help in the meantime?", "Does the FMCSA site help
 *   for now?" ask whether what was given meets the need; "Could I call you back with what I find?" does not (09);
 *   "Does that help?" after an answer with no source still passes completeness (26: info.source fails, not na);
 * - "Someone from Greenbrook will be in touch." says no time (11: contact fails).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (every disagreement on referral.contact). Label corrections: 0.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 17: "dispute the charge with your card company" read past (pass on the FTC's URL; RUBRIC fail:
 *    every party needs a way to reach it, the card company has none);
 *  - referral.contact, case 26: "You could complain to the Better Business Bureau or to your state's consumer protection
 *    office" read as no referral (na; RUBRIC fail: write to organisations outside the chat, no contact);
 *  - referral.contact, case 28: "the Michigan Department of State explains your rights at michigan.gov/sos …, and you can file
 *    a complaint with them there online" read as a referral without contact (fail; RUBRIC pass: its URL is given).
 * Every timing check (pickup at 25 and 75 s, by `pickedUpAt`, no provider; keep_informed at 130, 140 and 150 s, across holds,
 *   a partial-result hold, a greeting-hold, "take your time", internal lines and three transfers; final idles of 0, 209, 274
 *   and 335 s; concurrency at four and at touching ends; on_time done at 30 h, late at 90 h, pending at day 1, not recorded
 *   by day 4) scored as labelled on the first run. The redaction equality of describeSessions holds for every running case
 *   (patron e-mails typed and read back, a patron phone read back, a VIN).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft). Labelled and run on rubric v54.
 * ON v55 (block U, written partly from this file): case 26's "You could complain to the Better Business Bureau or to your state's
 *   consumer protection office" (U7) reads as labelled and runs: 28 running, 2 LEFT (17, 28).
 * FINAL RUN (rubric v55): 30 tests passed (2 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for your patience — you are number ${n} in line.`];

const BEA: Prov = { id: 'bea', name: 'Bea', library: 'FML' };
const NOOR: Prov = { id: 'noor', name: 'Noor', library: 'WVPL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'RCL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'SBPL' };
const NOBODY: Prov = { id: 'queue-c', name: 'Queue', library: 'CCL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'PCL' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'APL' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'HCL' };
const PAOLO: Prov = { id: 'paolo', name: 'Paolo', library: 'LWL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'MCL' };
const HANK: Prov = { id: 'hank', name: 'Hank (statewide)', library: 'STATE' };
const DESHAWN: Prov = { id: 'deshawn', name: 'Deshawn', library: 'RBL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'LVL' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'EPL' };
const PETRA: Prov = { id: 'petra', name: 'Petra', library: 'DML' };
const RHODA: Prov = { id: 'rhoda', name: 'Rhoda', library: 'CCPL' };
const KEN: Prov = { id: 'ken', name: 'Ken Adair', library: 'CCPL' };
const GINA: Prov = { id: 'gina', name: 'Gina', library: 'ELL' };
const SAM: Prov = { id: 'sam', name: 'Sam Ortiz', library: 'ELL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'NFL' };
const TINA: Prov = { id: 'tina', name: 'Tina Brooks', library: 'NFL' };
const TRAINER: Prov = { id: 'trainer-c', name: 'Training Account', library: 'TRN' };
const DESK4: Prov = { id: 'desk4', name: 'ChatDesk 4', library: 'MPL-AZ' };
const LENA: Prov = { id: 'lena', name: 'Lena', library: 'OPL' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'BWL' };
const KIT: Prov = { id: 'kit', name: 'Kit', library: 'MBL' };
const NIX: Prov = { id: 'nix', name: 'nix_fv', library: 'FVL' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'GWL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'PHL' };
const FERN: Prov = { id: 'fern', name: 'Fern', library: 'AGPL' };
const SOL: Prov = { id: 'sol', name: 'Sol', library: 'QHL' };
const DOT: Prov = { id: 'dot', name: 'Dot', library: 'LPL' };
const ANNEKE: Prov = { id: 'anneke', name: 'Anneke', library: 'ESL' };

export const sixtyFirstRoundConsumers: SessionCase[] = [
  // 01 car repair over the estimate: the AG's consumer division by URL and phone
  s(BEA, '01 mechanic charged $1,400 on a $600 estimate: queue line, state + written estimate asked, MD AG complaint URL + hotline, "thats everything"', [
    [0, 'p', 'hi my mechanic charged me $1,400 when the estimate was $600 and wont give my car back til i pay. who do i complain to'],
    queue(2),
    [25, 'l', "Hi there, this is Bea at Fairmont Library's Ask a Librarian. Sorry you're dealing with that!"],
    [31, 'l', 'Which state are you in? And did you sign a written estimate before they started?'],
    [80, 'p', 'maryland. yes i have the estimate paper'],
    [86, 'l', 'Ok, one moment while I pull up the rules.'],
    [170, 'l', "Maryland's Automotive Repair Facilities Act says a shop can't go more than 10% over a written estimate without your OK. The Attorney General's Consumer Protection Division takes car repair complaints: file online at marylandattorneygeneral.gov/Pages/CPD/complaint.aspx or call their hotline at 410-528-8662. Their mediation unit can contact the shop for you."],
    [176, 'l', 'Does that help with what you needed?'],
    [240, 'p', 'yes!! thats everything, thank u so much'],
    [246, 'l', "You're welcome, good luck getting your car back. Thanks for chatting!"],
  ], usual({ referral: 'pass' })),

  // 02 crib recall: CPSC and SaferProducts, no referral
  s(NOOR, '02 yard-sale crib recall: model number asked, hold 87 s, cpsc.gov/Recalls + SaferProducts.gov, "no more questions"', [
    [0, 'p', 'Is there a recall on the Slumbercraft Violet crib? We bought one at a yard sale and my sister said she heard something'],
    [22, 'l', "Good morning! I'm Noor, a librarian at Westvale Public Library. Happy to check that for you."],
    [28, 'l', "Do you know the model number? It's usually on a sticker on the headboard or under the rail."],
    [95, 'p', 'it says Violet 7 in 1 convertible, model 654'],
    [101, 'l', 'Thanks! Let me check the recall database.'],
    [188, 'l', 'The U.S. Consumer Product Safety Commission keeps every recall at cpsc.gov/Recalls: search "Slumbercraft" and you\'ll see each notice with photos and model numbers. I don\'t see model 654 among their crib recalls, but compare the date code on your sticker with the notices too. SaferProducts.gov also lists reports from other parents by model.'],
    [195, 'l', 'Is that what you were looking for?'],
    [260, 'p', 'yes thank you. no more questions'],
    [266, 'l', 'Glad I could help. Take care, and thanks for chatting!'],
  ], usual()),

  // 03 roofer kept a deposit: "give me a sec" then 140 s
  s(TOMAS, '03 roofer kept a $3000 deposit (CA): "give me a sec to look some things up" then 140 s, CSLB by URL + phone, small claims guide, "ok thanks"', [
    [0, 'p', 'A roofer took a $3000 deposit in January and never showed up. Now he wont answer calls. What can I do??'],
    [35, 'l', 'Hello, Tomás here with Ask a Librarian at Ridgecrest Library.'],
    [41, 'l', "I'm sorry, that's stressful. Are you in California? And do you know whether he's licensed?"],
    [100, 'p', 'yes CA. no idea if he has a license'],
    [106, 'l', 'give me a sec to look some things up'],
    [246, 'l', "You can check his license on the Contractors State License Board's lookup at cslb.ca.gov (Check a License). If he's licensed, the CSLB takes complaints about deposits and abandoned jobs: file online at cslb.ca.gov/consumers/filing_a_complaint or call 800-321-2752. You can also sue him for up to $12,500 in small claims; the courts' guide is at selfhelp.courts.ca.gov/small-claims."],
    [252, 'l', 'Does that help?'],
    [300, 'p', 'ok thanks'],
    [306, 'l', 'Good luck, bye!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 04 Spanish: a washer the store will not exchange
  s(LUCIA, '04 lavadora defectuosa (Spanish, TX): recibo y estado preguntados, consumidor.ftc.gov, Procurador General by URL + phone, "es todo"', [
    [0, 'p', 'hola, compre una lavadora en una tienda y salio mala a la semana y no me la quieren cambiar. que puedo hacer'],
    [30, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca Pública de San Benito. Con gusto le ayudo.'],
    [36, 'l', '¿Tiene el recibo y la garantía del fabricante? ¿Y en qué estado vive?'],
    [90, 'p', 'si tengo el recibo. vivo en texas'],
    [96, 'l', 'Un momento, por favor, busco la información.'],
    [180, 'l', 'La garantía del fabricante puede cubrir la reparación aunque la tienda no la cambie. La FTC explica sus derechos en español en consumidor.ftc.gov (busque "garantías"). Si no le cumplen, puede presentar una queja ante la División de Protección al Consumidor del Procurador General de Texas en texasattorneygeneral.gov/es o llamando al 1-800-621-0508.'],
    [186, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si muchas gracias, es todo'],
    [256, 'l', '¡Gracias por comunicarse con nosotros! Que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 05 no provider ever joined; the source has no codes
  s(NOBODY, '05 small claims filing fee (Cook County): no provider joined, "hello??", patron left, no resolution code field', [
    [0, 'p', 'how much does it cost to file in small claims in cook county'],
    queue(2, 5),
    [140, 'p', 'hello??'],
    left(210),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'na', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: undefined }),

  // 06 "your time is up. Bye."
  s(GRANT, '06 used car sold "as is": Buyers Guide asked, FTC page, then "We\'ve been at this a while … your time is up. Bye."', [
    [0, 'p', 'i bought a used car from a dealer 3 weeks ago and the transmission is going. they say its sold as is. is that legal'],
    [20, 'l', 'Hi, this is Grant at the Pike County Library. Did the car come with a Buyers Guide sticker in the window that says "As Is"?'],
    [70, 'p', 'yeah i think so'],
    [76, 'l', 'Then the FTC\'s Used Car Rule generally lets a dealer sell "as is" if the Buyers Guide says so. The FTC explains it at consumer.ftc.gov/articles/buying-used-car-dealer. Did that help?'],
    [130, 'p', 'kind of but what about the lemon law, and can i stop payments, and what if they lied about the miles, and also my credit'],
    [138, 'l', "We've been at this a while and I have other things to do, so your time is up. Bye."],
    [150, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 07 other patrons waiting, a way back: the reference desk by phone
  s(WREN, '07 window contractor check (VA): DPOR lookup + BBB, a list of questions, "a few other patrons waiting … call our reference desk at 555-…"', [
    [0, 'p', "Hello. I'd like to research a company before I sign a contract for new windows. Where can I look up complaints?"],
    [28, 'l', "Good afternoon! You've reached Wren at Ashby Public Library's chat reference."],
    [34, 'l', 'Which state is the company in?'],
    [80, 'p', "Virginia. Its called Clearview Home Exteriors"],
    [86, 'l', "Virginia's contractor licenses can be looked up at dpor.virginia.gov (License Lookup), which shows any disciplinary actions. The Better Business Bureau's site, bbb.org, lists complaints and how the company answered them."],
    [92, 'l', 'Is that the sort of thing you needed?'],
    [150, 'p', 'Yes. Also what should be in the contract, and the deposit, and how do I cancel if I change my mind, and financing, and the warranty on the windows?'],
    [160, 'l', "Those are all good questions! I have a few other patrons waiting right now, so I can't go through them all in this chat. Please chat back in later, or call our reference desk at 555-274-3100 and we can pull some consumer guides for you."],
    [200, 'p', 'Alright'],
    [206, 'l', 'Thank you for your patience, take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 08 follow-up by me, done in 30 h
  s(JUNE, '08 movers holding furniture (follow-up by me): interstate asked, FMCSA Protect Your Move, e-mail read back, "by tomorrow at noon", done in 30 h', [
    [0, 'p', 'my movers are holding my furniture hostage asking $2000 more than the quote. are there complaints about "Swift Hawk Moving" anywhere'],
    [30, 'l', 'Hi! June here, a reference librarian at Harbor City Library.'],
    [36, 'l', 'Was it an interstate move (across state lines) or within one state? Different agencies cover them.'],
    [90, 'p', 'interstate, NJ to florida'],
    [96, 'l', 'Let me look.'],
    [180, 'l', "For interstate movers, the FMCSA's Protect Your Move site (fmcsa.dot.gov/protect-your-move) has a lookup by company name or USDOT number with complaint history, and the National Consumer Complaint Database form to report them. Under federal rules, on a non-binding estimate a mover can't demand more than 110% of it at delivery."],
    [186, 'l', 'Does the FMCSA site help for now?'],
    [240, 'p', 'yes but I cant find their DOT number'],
    [246, 'l', "I can dig through the registration records for a DOT number under that name and e-mail you what I find. What's your e-mail?"],
    [300, 'p', 'its kwalsh22@example.com'],
    [306, 'l', "Thanks, kwalsh22@example.com. I'll e-mail you by tomorrow at noon."],
    [312, 'l', 'Anything else for now?'],
    [340, 'p', 'no thats all'],
    [346, 'l', 'Thanks for chatting, talk soon!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 09 follow-up by me by phone, done after 90 h
  s(PAOLO, '09 2014 furnace warranty (follow-up by me): model + install date asked, maker\'s lookup URL, phone read back, "by Tuesday afternoon", done after 90 h', [
    [0, 'p', 'need the warranty terms for a 2014 Comfortline furnace, the company says warranty expired but i registered it. who do i complain to'],
    [40, 'l', "Hello, my name is Paolo and I'm a librarian at Linwood Library."],
    [46, 'l', 'Do you have the model number and the date it was installed?'],
    [120, 'p', 'model 59SC5A, installed oct 2014'],
    [126, 'l', "One moment, let me see what's available."],
    [210, 'l', "Comfortline posts its warranty certificates by model and year at comfortline.com/warranty-lookup, but not back to 2014. Our home repair manuals collection may have the printed 2014 certificate; I'll need to check the shelf tomorrow. Could I call you back with what I find?"],
    [260, 'p', 'sure 410-555-0187'],
    [266, 'l', "410-555-0187, got it. I'll call you by Tuesday afternoon."],
    [272, 'l', 'Thanks for your patience. Bye for now!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 a promise coded Answered: pending
  s(IVY, '10 2003 Consumer Reports article on extended car warranties: index entry in MasterFILE, microfiche scan "by Thursday", e-mail read back, coded Answered', [
    [0, 'p', "Hi, I'm trying to find an old Consumer Reports article about extended car warranties, I think from 2003"],
    [26, 'l', 'Hi! This is Ivy at Marlow County Library. I can help look.'],
    [32, 'l', 'Do you remember which month, or anything about the title?'],
    [90, 'p', 'no, maybe spring? it compared the dealer ones to the third party ones'],
    [96, 'l', 'Hang on, searching our magazine index.'],
    [200, 'l', 'Our MasterFILE Complete database (marlowlibrary.org/databases, log in with your card) indexes Consumer Reports back to 1991 but has full text only from 2005. The index shows "Extended warranties: Are they worth it?" in the April 2003 issue, pp. 18-21. We have 2003 on microfiche, so I\'ll scan the article and e-mail it to you by Thursday. What e-mail should I use?'],
    [250, 'p', 'd.oyelaran@example.com'],
    [256, 'l', "Great: d.oyelaran@example.com. It'll be in your inbox by Thursday."],
    [262, 'l', 'In the meantime, does the index entry help?'],
    [300, 'p', 'yes thats the one! thanks. thats all'],
    [306, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 11 follow-up by the patron's library: e-mail read back, no time, not done by day 4
  s(HANK, '11 small claims clinic at Greenbrook (follow-up by patron\'s library): e-mail read back, "Someone from Greenbrook will be in touch" (no time), day 4', [
    [0, 'p', 'does Greenbrook library still do the free small claims help with law students? i need help filling out the forms'],
    [45, 'l', "Hi, this is Hank with the statewide Ask Us chat. I'm not at Greenbrook, but I'll see what I can find."],
    [51, 'l', 'Is your case against a business or a person? And have you already filed?'],
    [110, 'p', 'a business, a furniture store. not filed yet'],
    [116, 'l', "Greenbrook's events page (greenbrooklibrary.org/events) doesn't list the clinic this spring. Minnesota's small claims (Conciliation Court) forms and instructions are at mncourts.gov/Help-Topics/Conciliation-Court.aspx. I'll pass your question to the Greenbrook staff so they can tell you whether the clinic is coming back. What e-mail should they use?"],
    [170, 'p', 'rosa.m.lind@example.com'],
    [176, 'l', 'Thanks, rosa.m.lind@example.com. Someone from Greenbrook will be in touch.'],
    [182, 'l', 'Did the court page help in the meantime?'],
    [230, 'p', 'yes thx'],
    [236, 'l', "You're welcome! Thanks for using Ask Us."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), FU_LIB, { now: T0 + 4 * DAY }),

  // 12 a greeting that is a hold, then 130 s; follow-up by me with no contact known
  s(DESHAWN, '12 open recalls on a 2016 sedan: greeting "— one moment while I read your question" then 130 s, VIN asked, nhtsa.gov/recalls, "get back to you", FU_ME, no contact', [
    [0, 'p', 'how do i know if my 2016 Altima has any open recalls? dealer is closed today'],
    [30, 'l', 'Hello, Deshawn at Riverbend Library here — one moment while I read your question.'],
    [160, 'l', "Do you have the VIN handy? It's 17 characters, on your registration or the driver's side of the dashboard."],
    [230, 'p', '1N4AL3AP5GC123456'],
    [236, 'l', "Put the VIN into NHTSA's recall lookup at nhtsa.gov/recalls and it shows any open recalls for that exact car."],
    [242, 'l', 'Did that work?'],
    [300, 'p', 'it says 1 recall incomplete, something about the hood latch. but will they charge me'],
    [306, 'l', "Recall repairs are free. I'll find out whether the parts for that recall are available yet and get back to you with what I learn."],
    [340, 'p', 'ok thanks'],
    [346, 'l', "You're welcome, take care!"],
  ], usual({ informed: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), FU_ME),

  // 13 Lost Call: a clarifying question, then a check-in and a notice that invites back
  s(OMAR, '13 lemon law for a used car (Lost Call): greeting + clarifying question, patron gone, "Are you still there?" at 170, notice + invitation at 360', [
    [0, 'p', 'does the lemon law cover a used car? its been in the shop 4 times'],
    [25, 'l', 'Hi, Omar at Ask Us, Lakeview Library. Which state are you in, and did you buy it from a dealer or a private seller?'],
    [170, 'l', 'Are you still there?'],
    [360, 'l', "It looks like we got disconnected, so I'll close this chat now. Feel free to chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 four chats at once
  s(CORA, '14 gym cancellation (NY): state asked, ag.ny.gov health clubs page, "nope"; three other chats open, four at once from 30 s', [
    [0, 'p', 'how do i cancel a gym membership, they say i have to come in person or send certified mail'],
    [18, 'l', 'Hi! Cora here, librarian at Elmhurst Public Library.'],
    [24, 'l', 'Which state are you in? Some states have rules on this.'],
    [60, 'p', 'new york'],
    [66, 'l', "New York's Attorney General has a page on health club contracts at ag.ny.gov/consumer-frauds/health-clubs; it covers your right to cancel and when they must refund you."],
    [72, 'l', 'Does that cover it?'],
    [110, 'p', 'yes perfect'],
    [116, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('c1', 'cora', -300, 200), other('c2', 'cora', -50, 500), other('c3', 'cora', 30, 160)],
  }),

  // 15 three at most; others touch both ends
  s(PETRA, '15 no-receipt return of a space heater (OH): state + payment asked, Ohio AG page; others end at the start and start at the end, three at most', [
    [0, 'p', 'can a store refuse a return if i have no receipt? its a space heater, unopened'],
    [22, 'l', 'Good evening, Petra here, librarian with Ask a Librarian at Delmar Library.'],
    [28, 'l', 'What state are you in, and did you pay by card?'],
    [75, 'p', 'ohio, debit card'],
    [81, 'l', "In Ohio no law makes stores take returns; each store sets its own policy, which has to be posted. The Ohio Attorney General's page on refunds and returns is at ohioattorneygeneral.gov (Consumer Protection > Consumer Information > Refunds and Returns). Since you paid by debit card, the store can often look up the purchase from the card."],
    [87, 'l', 'Is that helpful?'],
    [140, 'p', 'yes ill try w my card. thats all i needed'],
    [146, 'l', 'Good luck, and thanks for chatting!'],
  ], usual(), {}, {
    otherIntervals: [other('p1', 'petra', -500, 0), other('p2', 'petra', -100, 100), other('p3', 'petra', 40, 600), other('p4', 'petra', 151, 700)],
  }),

  // 16 transfer done by the book; the court's Self-Help Center by phone
  s(RHODA, '16 collecting a small claims judgment: transfer to the law librarian with a notice and a note, Ken 46 s later, Self-Help Center phone', [
    [0, 'p', "I won in small claims against a contractor but he still hasnt paid. how do i collect"],
    [20, 'l', "Hello, I'm Rhoda at the Ask Us desk, Carroll County Public Library."],
    [26, 'l', 'Which county was the case in?'],
    [60, 'p', 'Baltimore county'],
    [66, 'l', "Our law librarian knows judgment collection best, so I'm transferring you to him now. One moment, please!"],
    [70, 'i', 'Ken, pt won small claims in Balt Co, needs help collecting the judgment (garnishment etc). Can you take it?'],
    xfer(74, 'Ken Adair', 'ken'),
    [120, 'l', "Hi, Ken from the law library here. The Maryland Courts' page on collecting a judgment, mdcourts.gov/legalhelp/judgments, walks you through wage and bank garnishment and the forms. You can also call the courts' Self-Help Center at 410-260-1392 for free help with the forms.", as(KEN)],
    [126, 'l', 'Does that answer your question?', as(KEN)],
    [190, 'p', 'yes thank you! nothing else'],
    [196, 'l', 'Glad to help. Thanks for using Ask Us!', as(KEN)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 17 silent transfer, 150 s wait; the card company with no contact
  s(GINA, '17 boots from a vanished website: payment asked, transfer with an internal note only, Sam 150 s after the patron, FTC + IC3, "dispute the charge with your card company"', [
    [0, 'p', 'ordered boots from a website, they took my money and the site is gone now. is there anywhere to report it'],
    [30, 'l', "Hi! I'm Gina, a librarian at Eastlake Library."],
    [36, 'l', 'Did you pay by credit card, debit card or something like Zelle?'],
    [90, 'p', 'credit card'],
    [96, 'i', "Sam, can you take this online shopping scam q? I'm buried in chats"],
    xfer(99, 'Sam Ortiz', 'sam'),
    [240, 'l', 'Hello, Sam here at Eastlake Library. Report the site to the FTC at reportfraud.ftc.gov and to the FBI\'s Internet Crime Complaint Center at ic3.gov. Because you paid by credit card, you can also dispute the charge with your card company under the Fair Credit Billing Act; the CFPB explains how at consumerfinance.gov (search "dispute a charge").', as(SAM)],
    [246, 'l', 'Does that help?', as(SAM)],
    [300, 'p', 'yes thanks'],
    [306, 'l', 'Anything else I can help with?', as(SAM)],
    [330, 'p', 'no'],
    [335, 'l', 'Take care, and thanks for chatting!', as(SAM)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'fail' })),

  // 18 transfer notice, no internal note
  s(ABE, '18 extended car warranty denies an AC repair (IL): transfer notice with no note, Tina asks the state, Dept of Insurance by URL + phone', [
    [0, 'p', 'my extended warranty company wont pay for my AC repair. can someone help me figure out my options'],
    [25, 'l', 'Hi there! This is Abe at Ask a Librarian, Northfield Library.'],
    [31, 'l', 'Is the warranty from the dealer, or from a separate company you bought it from?'],
    [80, 'p', 'separate company, I bought it over the phone'],
    [86, 'l', "I'm going to transfer you to my colleague Tina, who handles our consumer law questions. Please hold a moment."],
    xfer(90, 'Tina Brooks', 'tina'),
    [160, 'l', 'Hi, Tina here at Northfield Library. Vehicle service contracts are regulated by the state insurance department in many states. Which state are you in?', as(TINA)],
    [200, 'p', 'illinois'],
    [206, 'l', "In Illinois, service contract providers register with the Department of Insurance. You can file a complaint with them online at insurance.illinois.gov (Complaints) or call their consumer hotline at 866-445-5364. Read the contract's exclusions section first; many exclude AC parts.", as(TINA)],
    [212, 'l', 'Does that help you decide what to do next?', as(TINA)],
    [260, 'p', 'yes very much. thanks!'],
    [266, 'l', 'Anything else?', as(TINA)],
    [290, 'p', "no that's everything"],
    [296, 'l', 'Good luck! Thanks for chatting.', as(TINA)],
  ], usual({ transfer: 'fail', referral: 'pass' })),

  // 19 Practice
  s(TRAINER, '19 practice chat (consumer complaint macros): coded Practice, every check na', [
    [0, 'p', 'test - where do i report a scam'],
    [10, 'l', 'Hi, practice chat for the consumer macros.'],
    [20, 'l', 'reportfraud.ftc.gov. Did that help?'],
    [30, 'p', 'test over'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 20 picked up at 75 s; the greeting names no one
  s(DESK4, '20 couch never delivered (AZ): picked up at 75 s, "Hi! Thanks for waiting. What can I help you with?" under the screen name, AZ AG + BBB complaint URLs', [
    [0, 'p', 'want to file a complaint about a furniture store that wont deliver my couch, been 3 months'],
    [75, 'l', 'Hi! Thanks for waiting. What can I help you with?'],
    [81, 'l', 'Did you pay in full, and do you have the order in writing?'],
    [130, 'p', 'yes paid in full, have receipt. its "Cozy Home Outlet" in Phoenix'],
    [136, 'l', "You can file a complaint with the Arizona Attorney General's office at azag.gov/complaints/consumer, or with the Better Business Bureau at bbb.org/file-a-complaint. Keep copies of your receipt and any messages with the store."],
    [142, 'l', 'Would that work for you?'],
    [190, 'p', 'yes. thats all i need'],
    [196, 'l', "You're welcome. Bye!"],
  ], usual({ pickup: 'fail', greeting: 'fail', referral: 'pass' })),

  // 21 a notice with no check-in, no goodbye
  s(LENA, '21 car wash broke a mirror (PA): PA AG by URL + phone, magisterial district court page, no reply, "It looks like you\'ve disconnected … end this chat now." at 300 (no check-in)', [
    [0, 'p', 'a car wash broke my side mirror and the manager says they arent responsible bc of a sign. can they do that'],
    [35, 'l', 'Hi, Lena here, reference librarian at Oakmont Public Library.'],
    [41, 'l', 'Which state is this in?'],
    [90, 'p', 'pennsylvania'],
    [96, 'l', "A posted sign doesn't always protect a business that was careless. You can file a complaint with the Pennsylvania Attorney General's Bureau of Consumer Protection at attorneygeneral.gov/protect-yourself/file-a-complaint or call 800-441-2555. If they still won't pay, you can file a claim at your magisterial district court; pacourts.us/learn/learn-about-the-judicial-system/magisterial-district-courts explains how. Does that help?"],
    [300, 'l', "It looks like you've disconnected, so I'm going to end this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' })),

  // 22 a check-in, a notice and thanks in one message; the session runs on 60 s
  s(MIRA, '22 magazine auto-renewal charge: FTC subscriptions page, no reply, "Are you still there? It looks like we may have lost you … Thanks for using Ask Brightwater!" at 300', [
    [0, 'p', 'got charged $89 for a magazine subscription renewal i never agreed to. how do i get my money back'],
    [28, 'l', "Hello! You're chatting with Mira at Brightwater Library."],
    [34, 'l', 'Did you contact the magazine already, and how did you pay?'],
    [80, 'p', 'emailed them no answer. paid w paypal'],
    [86, 'l', "The FTC's page on auto-renewals, consumer.ftc.gov/articles/subscriptions, explains your rights and how to get an unauthorized renewal charge reversed. Is that what you needed?"],
    [300, 'l', "Are you still there? It looks like we may have lost you, so I'll close this chat soon. Thanks for using Ask Brightwater!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }), { endAfter: 60 }),

  // 23 Lost Call after three patron lines; no completeness question; the patron's window closes before the goodbye
  s(KIT, '23 peanut butter recall lot code: lot asked, fda.gov recalls page, patron "thanks" and leaves, goodbye after, coded Lost Call', [
    [0, 'p', 'is the sunny day peanut butter recall still going on? what lot numbers'],
    [20, 'l', 'Hi, this is Kit at the Ask a Librarian chat, Millbrook Library.'],
    [26, 'l', 'Do you have the jar in front of you? The lot code is printed near the best-if-used-by date.'],
    [70, 'p', 'yes 2140425'],
    [76, 'l', "The FDA's recalls page, fda.gov/safety/recalls-market-withdrawals-safety-alerts, lists every food recall with its lot codes. The Sunny Day notice covers codes 1274425 through 2140425, so yours is recalled: per the notice, don't eat it, just throw it out."],
    [120, 'p', 'omg ok throwing it out. thanks'],
    left(125),
    [140, 'l', 'Thanks for chatting, take care!'],
  ], usual({ complete: 'fail', anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 24 chat-speak, no question, "call ur bank"
  s(NIX, '24 Zelle marketplace scam (chat-speak): no question, "call ur bank asap", reportfraud.ftc.gov, "report … to facebook thru the listing", "thats it thx"', [
    [0, 'p', 'paid a guy on marketplace for a ps5 w zelle and he blocked me. can i get it back??'],
    [12, 'l', 'hey! nix from ask a librarian @ fox valley library here'],
    [17, 'l', 'ugh sorry :( zelle is basically like cash so its hard, but call ur bank asap and report it as fraud, some banks do refund. also report it at reportfraud.ftc.gov and to facebook thru the listing'],
    [60, 'p', 'ok. thats it thx'],
    [64, 'l', 'np, good luck! bye'],
  ], usual({ clarify: 'fail', complete: 'fail', referral: 'fail' })),

  // 25 a source before the question; the patron has the last word
  s(OTIS, '25 dry cleaner ruined a wedding dress (WI): Nolo ebook link before "Which county …?", Clerk of Circuit Court by phone, patron "that is everything" last (no goodbye)', [
    [0, 'p', 'The dry cleaners ruined my wedding dress and will only pay $50. It cost $1200. Can I take them to small claims?'],
    [40, 'l', "Hello, I'm Otis, a librarian with Ask a Librarian at Greenway Library. I'm sorry about your dress."],
    [46, 'l', 'Small claims is made for this. The Nolo guide "Everybody\'s Guide to Small Claims Court" is in our ebook collection at greenwaylibrary.org/ebooks, and it has a chapter on damaged property.'],
    [52, 'l', 'Which county do you live in? The filing steps depend on the court.'],
    [100, 'p', 'Dane county wisconsin'],
    [106, 'l', 'Dane County small claims are filed with the Clerk of Circuit Court, Small Claims division: call them at 608-266-4311, and the claim form (SC-500) is at wicourts.gov/forms1/circuit.htm. The limit is $10,000, so your claim fits.'],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'yes!! that is everything i needed thank you'],
  ], usual({ clarify: 'fail', courteous: 'fail', referral: 'pass' })),

  // 26 no source: organisations named bare; pickedUpAt 40, first line at 130
  s(RUTH, '26 home warranty denials (NC): pickedUpAt 40 s, first line at 130, "the Better Business Bureau or your state\'s consumer protection office" (no way to reach), "thats all"', [
    [0, 'p', 'who do i complain to about a home warranty company that keeps denying claims'],
    [130, 'l', 'Hi, Ruth here at Pine Hill Library. Which state are you in?'],
    [170, 'p', 'NC'],
    [176, 'l', "You could complain to the Better Business Bureau or to your state's consumer protection office. They handle that kind of thing."],
    [182, 'l', 'Does that help?'],
    [230, 'p', 'i guess. thats all'],
    [236, 'l', 'Ok, have a nice day!'],
  ], usual({ source: 'fail', referral: 'fail' }), { pickedUpAt: at(40) }),

  // 27 holds every ~100 s, one a partial result; the maker's recall line by phone
  s(FERN, '27 dishwasher smoking, recall? holds at 106/210/310 (210 a partial result that goes on), cpsc.gov notice, maker\'s recall line by phone, SaferProducts.gov', [
    [0, 'p', 'Our Halvorsen dishwasher started smoking last night. Is there a recall? Model SHX55 something, bought 2019'],
    [25, 'l', "Good afternoon! Fern here, a librarian at Aldergrove Public Library. I'm glad you're ok."],
    [31, 'l', 'Is it unplugged now? And can you read me the full model number from the label on the inside edge of the door?'],
    [100, 'p', 'yes unplugged. SHX55RL5UC/64'],
    [106, 'l', 'Thanks, let me search the recall databases.'],
    [210, 'l', "I found a 2018 recall for some of that series, I'm still checking whether your production code is included."],
    [310, 'l', "Still looking — the notice lists production codes and I'm matching yours."],
    [400, 'l', 'Your model is in the 2018 recall on cpsc.gov (search "Halvorsen dishwasher power cord"): the remedy is a free repair. Per the notice, call Halvorsen at 888-965-5813 to schedule it. Since yours smoked, you can also report the incident at SaferProducts.gov.'],
    [406, 'l', 'Does that answer your question?'],
    [450, 'p', 'yes thank you so much. anything i should do meanwhile?'],
    [456, 'l', 'Keep it unplugged until the repair. Anything else I can help with?'],
    [490, 'p', 'no thats all, thanks!'],
    [495, 'l', 'Thanks for chatting, and stay safe!'],
  ], usual({ referral: 'pass' })),

  // 28 "Sure, take your time." then 220 s
  s(SOL, '28 alternator failed again (MI): invoice asked, "Sure, take your time." then 220 s, restatement, hold 82 s, Michigan SOS complaint page', [
    [0, 'p', 'shop in lansing put in a new alternator in march and it died again. they want to charge me again for labor. isnt there a warranty?'],
    [22, 'l', 'Hi, Sol at Ask Us, Quarry Hill Library. Did they give you an invoice that mentions a warranty?'],
    [60, 'p', 'let me find it, its in the glovebox'],
    [66, 'l', 'Sure, take your time.'],
    [286, 'p', 'ok found it. says parts 12 mo/12000 mi, nothing about labor'],
    [292, 'l', "Thanks. So the part is covered but labor isn't spelled out."],
    [298, 'l', 'One moment while I check the state rules.'],
    [380, 'l', "Michigan's Motor Vehicle Service and Repair Act requires shops to put estimates and warranties in writing; the Michigan Department of State explains your rights at michigan.gov/sos (Consumer > Auto repair complaints), and you can file a complaint with them there online."],
    [386, 'l', 'Does that help?'],
    [420, 'p', "yes it does, I'll ask them about labor first. no more questions"],
    [426, 'l', 'Good luck with it, bye!'],
  ], usual({ referral: 'pass' })),

  // 29 two internal lines while the patron waits 140 s
  s(DOT, '29 Consumer Reports online for a used car: two internal lines, the patron waits 140 s, lakeportlibrary.org/databases', [
    [0, 'p', 'does the library have consumer reports? want to check reliability of a 2019 rav4 before i buy it'],
    [18, 'l', 'Hello! Dot here at the Lakeport Library Ask a Librarian chat.'],
    [24, 'l', 'Would online access from home work, or do you want the print magazines?'],
    [55, 'p', 'online from home'],
    [60, 'i', 'does anyone know if CR online still works remotely after the vendor switch?'],
    [150, 'i', 'yes, via the Consumer Reports link on the databases page, card login'],
    [195, 'l', 'Yes! Consumer Reports online is on our databases page, lakeportlibrary.org/databases: click Consumer Reports and log in with your library card. Their used car reliability ratings go back 10 years.'],
    [201, 'l', 'Does that work for you?'],
    [240, 'p', 'yep perfect'],
    [246, 'l', 'Anything else today?'],
    [270, 'p', 'nope'],
    [274, 'l', 'Thanks for chatting, have a good day!'],
  ], usual({ informed: 'fail' })),

  // 30 empty code; the greeting split over two lines
  s(ANNEKE, '30 door-to-door solar contract, 3-day cancel: "Hello!" + "You\'ve reached Anneke at …", FTC Cooling-Off Rule page, code ""', [
    [0, 'p', 'signed a solar contract at my door yesterday and changed my mind. can i cancel?'],
    [30, 'l', 'Hello!'],
    [34, 'l', "You've reached Anneke at Ask Eastside Library. When exactly did you sign, and did they give you a cancellation form?"],
    [80, 'p', 'yesterday afternoon. there is a form at the back'],
    [86, 'l', "Under the FTC's Cooling-Off Rule you have until midnight of the third business day to cancel a sale made at your home. The FTC explains it at consumer.ftc.gov/articles/buyers-remorse-ftcs-cooling-rule-may-help. The form at the back of your contract is how you cancel; keep a copy."],
    [92, 'l', 'Is that what you needed?'],
    [140, 'p', 'yes thanks'],
    [146, 'l', 'Anything else I can help with?'],
    [175, 'p', 'no thank you'],
    [180, 'l', 'Thanks for using Ask Eastside, bye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundConsumers.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('17')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 6 "Report the site to the FTC at reportfraud.ftc.gov …"). Message 6 also says "you can also dispute the charge with your card company under the Fair Credit Billing Act; the CFPB explains how at consumerfinance.gov": the patron is told to write to the card company, an organisation outside the chat (RUBRIC Terms, Referral), and no e-mail, phone, address or URL of it is given (the URL is the CFPB\'s); referral.contact passes only when "every party the patron is referred to comes with a way to reach them".',
  [byNo('28')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 7). Message 7: "the Michigan Department of State explains your rights at michigan.gov/sos (Consumer > Auto repair complaints), and you can file a complaint with them there online." The one party referred to (the Department of State, written to by filing a complaint) comes with its URL, michigan.gov/sos, where the complaint is filed (RUBRIC: pass when every party comes with an e-mail, phone, postal address or URL).',
};

describe('sixty-first round: consumer problems, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundConsumers.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundConsumers.filter((c) => c.name in LEFT_WHY));
});
