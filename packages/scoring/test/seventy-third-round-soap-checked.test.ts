/**
 * Seventy-third round, theme SOAP, CANDLES AND PERFUME MAKING, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: lye safety (a first cold process batch, lye math for shea and olive, lye in a
 * kitchen with children in Spanish, bringing lye to a makerspace class), selling handmade soap (a farmers market in Spanish,
 * labelling soap sold online, liability insurance, curing time), candle wax and fire safety (soy or paraffin, candles near
 * curtains, essential oil load, wick tunnelling, flash point, ASTM F2417 for a craft fair, wax melts around a cat), essential
 * oil allergies (red hands after lavender soap), perfume (top/middle/base notes, eau de parfum or eau de toilette, roller
 * dilution, body spray in soap, selling homemade perfume), craft business licences (a Maryland trader's licence, bulk wicks and
 * wax suppliers) and maker-space workshops (a soap class, candle equipment, last month's candle class). Every one of the 17
 * checks labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/soap-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a 22 s pickup, "Hello and welcome to Ask a Librarian! I'm Ada at …" (01); pickup at exactly 60 s (03: pass) and
 *   at 61 s (04: fail); "Hey there! What can I help you with?" under the screen name "Ask Desk" (05: no one named, fail);
 *   Spanish "¡Buenas tardes! Le atiende Marta, bibliotecaria de …" (02) and "¡Hola! Soy Zoila, bibliotecaria del servicio …"
 *   (27); a bilingual "¡Hola! Hi, this is Mateo, a librarian with …" (14); chat-speak "hey! xav here from Calvert Library ask
 *   a librarian 😊" (25); "Hey! 👋" then "You're chatting with Dara, a librarian at …" split over two lines (30: pass); a
 *   queue line and no provider ever (19);
 *  inquiry: flakes or KOH, county, selling or home, lease rule or safety, fragrance percentage, label claims, essential or
 *   fragrance oils, fair or online, branch, state and channel, book or calculator, jar and wick, recipe, container or pillar,
 *   a standard named by the fair, age of the children, alcohol or oil; sources straight after the greeting with no question
 *   (08: fail); a language question "¿Prefiere que le conteste en español?" in a session that never gives a source (09);
 *  waits: holds of 84 s and exactly 120 s with a partial-result hold in between (06: pass); "Give me a minute to find a good
 *   guide." answered 121 s later (07: fail); a transfer notice answered 64 s later by the receiver (22); a silent transfer,
 *   the receiver 80 s after the patron (23: pass); "Sure thing, take your time." then the patron back 200 s later (30:
 *   waiting on the patron, pass); a second patron line "hello?" during a wait (17);
 *  endings: a Lost Call with only a greeting, "Are you still there?" at 150 and "It seems you've disconnected, so I'll end
 *   this chat now. Feel free to come back anytime!" at 330 (16: final idle 305 s, both pass); a check-in at 200 and a
 *   notice with thanks at 260 (26: final idle 200 s) and at 300 (17: 228 s); a goodbye exactly 120 s after the answer with
 *   no check-in (27: fail) and 119 s after (28: na); the patron's "thats everything i needed" as the last line (29:
 *   courteous fails); "there's a limit of one question per chat and you've reached it. I'm ending the chat now." then
 *   "wow ok" (20: dismissal and courteous fail); "I have other patrons waiting right now, so please chat back in later"
 *   (21: allowed); goodbyes "happy soaping and thanks for chatting!", "Bye now!", "Feel better, and thanks for using Ask
 *   Us!", "Gracias, have a nice day!", "¡Con gusto! Gracias por escribirnos, que le vaya bien.", "¡De nada! Thanks for
 *   using Ask Us.", "Thanks for your patience!", "Take care of that kitty, bye!", "cool, have fun, bye!"; patron-side "thats
 *   all i needed", "no more questions", "thats everything", "no thats all", "nope thats all", "no that's everything",
 *   "eso es todo", "es todo", and "yes ok", "ok fine", "yes! thx", "wow ok" that do not count;
 *  sources: books in the catalogue, on Libby and OverDrive (Cavitch, Oppenheimer, Harding, Watson, Adams), the NIOSH pocket
 *   guide, fda.gov pages, nfpa.org, candles.org, medlineplus.gov, aad.org, businessexpress.maryland.gov, ReferenceUSA through
 *   the library's site, candlescience.com, aspca.org, tisserandinstitute.org, soapqueen.com, modernsoapmaking.com, library
 *   events pages; none (09: percentages only, fail);
 *  referrals: the county licence office by phone in Spanish (02: pass); "visit the clerk of the circuit court in your county"
 *   with no contact (10: fail); a maker space by phone and URL (11: pass); the patron's home library's business team asked
 *   to call the patron (14: consulted on the patron's behalf, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done in 30 h (12: pass); a promise to e-mail with the
 *   e-mail read back and no time, coded Answered (13: code and contact fail, on_time pending); FU_LIB, a phone typed with
 *   spaces and read back with dashes, "within 72 hours", not recorded at day 4 (14: on_time fails); FU_ME with "get back to
 *   you tomorrow" and no e-mail or phone anywhere (15: code and contact fail, on_time pending at day 1);
 *  codes: a true Lost Call (16); Lost Call after three patron lines (17); null with no provider (19); an empty string (30);
 *   Practice (18);
 *  transfers: a visible notice (a hold) and an internal note that says why (22: pass); an internal note only (23: fail);
 *  concurrency: three others open through the session, four at once (24: fail); one ending exactly at the start, two
 *   overlapping, one starting exactly at `endedAt` (25: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - greetings and identifications in Spanish count as the English ones RUBRIC lists ("¡Buenas tardes!", "¡Hola!",
 *   "bibliotecaria", 02, 27); "hey!" and "Hey! 👋" greet (25, 30); "Hey there! What can I help you with?" under the screen
 *   name "Ask Desk" greets but identifies no one (05);
 * - the patron's Spanish "eso es todo" / "es todo" ("that's all") says explicitly that they are done (02, 14: pass);
 * - "¿Prefiere que le conteste en español?" asks about the format of the answer (the language), a question about the
 *   patron's situation that shapes it; no source is ever given, so any such question counts (09: clarify pass);
 * - "Still looking — 'moisturizing' seems to make it a cosmetic …; checking what the label then needs." gives a partial
 *   result and says the search goes on: a hold (06), so the next span is 150 -> 270 = exactly 120 s, not longer;
 * - "Looks like you've disconnected, so I'm going to close this chat. Thanks for stopping by!" thanks the patron without
 *   asking whether they are there: a goodbye, so the final idle ends at it (26: 60 -> 260 = 200 s), and it is the notice;
 * - "¡Gracias por escribirnos, adiós!" is a goodbye: the final idle of 27 runs from the answer at 56 to it at 176 = 120 s
 *   (≥ idleCheckSeconds, no check-in: fail; < disconnectSeconds: na);
 * - "I'll ask your home library's business team to look into it and call you" is a promise that someone will contact the
 *   patron (a follow-up session) and staff consulted on the patron's behalf, not a referral (14);
 * - "Is that the kind of book you wanted?", "Does the guild page help for now?", "¿Le ayuda?", "that help?" ask whether
 *   what was given meets the need (21, 12, 27, 25);
 * - the ASPCA's list named with aspca.org/… is a source to use, not an instruction to contact the ASPCA (23: referral na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 30 / 0. Label corrections: none.
 * Final: 30 running, 0 LEFT (LEFT_WHY is empty).
 * Every timing check (pickup at 60 and 61 s, no provider; keep_informed at exactly 120 and at 121 s, across a partial-result
 * hold, "take your time", a notice-transfer and a silent transfer; final idles of 119, 120, 200, 228 and 305 s;
 * concurrency at four and at touching ends; on_time done at 30 h, not recorded at day 4, pending at day 1 twice) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every case (patron e-mails typed and read
 * back, a patron phone typed with spaces and read back with dashes, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (0 through describeLeft). `npx tsc -p tsconfig.json
 * --noEmit`: clean.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All our librarians are busy. Your place in the queue: ${n}.`];

const ADA: Prov = { id: 'ada-sp', name: 'Ada', library: 'FCPL-MD' };
const MARTA: Prov = { id: 'marta-sp', name: 'Marta', library: 'PGCMLS' };
const BEN: Prov = { id: 'ben-sp', name: 'Ben', library: 'AUN' };
const CLEO: Prov = { id: 'cleo-sp', name: 'Cleo', library: 'BCPL' };
const ASKDESK: Prov = { id: 'askdesk-sp', name: 'Ask Desk', library: 'WCPL' };
const EVE: Prov = { id: 'eve-sp', name: 'Eve', library: 'AACPL' };
const FINN: Prov = { id: 'finn-sp', name: 'Finn', library: 'HCLS' };
const GUS: Prov = { id: 'gus-sp', name: 'Gus', library: 'CCPL-MD' };
const HANA: Prov = { id: 'hana-sp', name: 'Hana', library: 'MCPL' };
const IVO: Prov = { id: 'ivo-sp', name: 'Ivo', library: 'AUN' };
const JADE: Prov = { id: 'jade-sp', name: 'Jade', library: 'EPFL' };
const KAI: Prov = { id: 'kai-sp', name: 'Kai', library: 'HCLS' };
const LIV: Prov = { id: 'liv-sp', name: 'Liv', library: 'HCPL-MD' };
const MATEO: Prov = { id: 'mateo-sp', name: 'Mateo', library: 'AUN' };
const NIA: Prov = { id: 'nia-sp', name: 'Nia', library: 'CCPL-CE' };
const OTTO: Prov = { id: 'otto-sp', name: 'Otto', library: 'WCFL' };
const PIA: Prov = { id: 'pia-sp', name: 'Pia', library: 'TCFL' };
const TRAINEE: Prov = { id: 'trainee-sp', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-sp', name: 'Queue', library: 'VRQ' };
const RAY: Prov = { id: 'ray-sp', name: 'Ray', library: 'AUN' };
const SAGE: Prov = { id: 'sage-sp', name: 'Sage', library: 'QACL' };
const TESS: Prov = { id: 'tess-sp', name: 'Tess', library: 'FCPL-MD' };
const ANA: Prov = { id: 'ana-sp', name: 'Ana', library: 'FCPL-MD' };
const UMA: Prov = { id: 'uma-sp', name: 'Uma', library: 'AUN' };
const VERA: Prov = { id: 'vera-sp', name: 'Vera', library: 'AUN' };
const WREN: Prov = { id: 'wren-sp', name: 'Wren', library: 'SMCL' };
const XAV: Prov = { id: 'xav-sp', name: 'xav_calvert', library: 'CCPL-CA' };
const YARA: Prov = { id: 'yara-sp', name: 'Yara', library: 'CCPL-CE' };
const ZOILA: Prov = { id: 'zoila-sp', name: 'Zoila', library: 'AUN' };
const BRUNO: Prov = { id: 'bruno-sp', name: 'Bruno', library: 'ACLS' };
const CORA: Prov = { id: 'cora-sp', name: 'Cora', library: 'GCPL' };
const DARA: Prov = { id: 'dara-sp', name: 'Dara', library: 'PGCMLS' };

const s = session;

export const SOAP: SessionCase[] = [
  // 01 the plain good session
  s(ADA, '01 lye for a first cold process batch: "Hello and welcome … I\'m Ada", flakes or KOH asked, a book + cdc.gov/niosh/npg, "thats all i needed"', [
    [0, 'p', 'hi!! first time making cold process soap, how do i handle lye without hurting myself 😬'],
    [22, 'l', "Hello and welcome to Ask a Librarian! I'm Ada at Frederick County Public Libraries."],
    [28, 'l', 'Are you working with sodium hydroxide flakes for bar soap, or potassium hydroxide for liquid soap?'],
    [70, 'p', 'flakes, bar soap'],
    [76, 'l', "The Soapmaker's Companion by Susan Miller Cavitch (in our catalog) has a whole chapter on handling lye, and the NIOSH Pocket Guide entry for sodium hydroxide lists goggles, gloves and first aid: cdc.gov/niosh/npg. And always add the lye to the water, never the water to the lye."],
    [82, 'l', 'Is that what you were looking for?'],
    [120, 'p', 'yes perfect thats all i needed'],
    [126, 'l', 'Great, happy soaping and thanks for chatting!'],
  ], usual()),

  // 02 Spanish: a farmers market, a county office by phone
  s(MARTA, '02 vender jabón en el mercado de agricultores (Spanish): "¡Buenas tardes! Le atiende Marta, bibliotecaria", county office by phone, "eso es todo"', [
    [0, 'p', 'hola, quiero vender jabón hecho en casa en el mercado de agricultores, necesito permiso??'],
    [30, 'l', '¡Buenas tardes! Le atiende Marta, bibliotecaria de la Biblioteca Pública de Prince George’s.'],
    [36, 'l', '¿En qué condado está el mercado?'],
    [80, 'p', 'prince georges'],
    [86, 'l', "El jabón verdadero (solo aceites y lejía) que se vende como jabón no lo regula la FDA como cosmético; la guía está en fda.gov/cosmetics (busque 'soap'). Para el permiso de vendedor, llame a la oficina de licencias del condado al 301-555-0142."],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si mil gracias, eso es todo'],
    [146, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 03 pickup at exactly 60 s
  s(BEN, '03 soy or paraffin for container candles: pickup at exactly 60 s, selling asked, a book on Libby, "no more questions"', [
    [0, 'p', 'whats better for container candles soy or paraffin wax? want less soot'],
    [60, 'l', 'Hi, Ben here, a librarian with Ask Us Now.'],
    [66, 'l', 'Are you making these to sell, or just for your home?'],
    [100, 'p', 'home, gifts maybe'],
    [106, 'l', "Soy burns cooler and tends to soot less, though the wick size matters more than the wax. The Candlemaker's Companion by Betty Oppenheimer covers wick sizing; we have it as an e-book in Libby. Does that help?"],
    [150, 'p', 'yea thx. no more questions'],
    [156, 'l', "You're welcome, bye!"],
  ], usual()),

  // 04 pickup at 61 s
  s(CLEO, '04 candles near curtains: pickup at 61 s, "lease rule or general fire safety?", nfpa.org/candles', [
    [0, 'p', 'how far should candles be from curtains?? my landlord is freaking out lol'],
    [61, 'l', "Good morning! Cleo from Baltimore County Public Library's Ask a Librarian."],
    [67, 'l', 'Is this about a rule in your lease, or general fire safety?'],
    [100, 'p', 'general safety'],
    [106, 'l', "The NFPA's candle safety tip sheet says to keep candles at least 12 inches from anything that can burn: nfpa.org/candles."],
    [112, 'l', 'Did that answer your question?'],
    [150, 'p', 'yes'],
    [154, 'l', 'Anything else I can do for you?'],
    [170, 'p', 'nope'],
    [175, 'l', 'Take care, and thanks for reaching out!'],
  ], usual({ pickup: 'fail' })),

  // 05 greets, names no one
  s(ASKDESK, '05 essential oil load in candles: "Hey there! What can I help you with?" under "Ask Desk" (no one named), candles.org', [
    [0, 'p', 'does adding essential oil to candles make them a fire hazard'],
    [20, 'l', 'Hey there! What can I help you with?'],
    [26, 'l', 'How much oil are you adding, roughly — what percent of the wax?'],
    [60, 'p', 'like 10%'],
    [66, 'l', "Most waxes are rated for a fragrance load of about 6-10%; past that the oil can pool on top and flare. The National Candle Association's safety page explains it: candles.org/fire-safety."],
    [72, 'l', 'Does this completely answer your question?'],
    [110, 'p', 'yeah thanks'],
    [115, 'l', 'Anything else?'],
    [130, 'p', 'no'],
    [134, 'l', 'Bye now!'],
  ], usual({ greeting: 'fail' })),

  // 06 holds of 84 s and exactly 120 s (a partial result that says the search goes on)
  s(EVE, '06 labelling soap sold online: hold at 66, partial-result hold at 150, answer at 270 (exactly 120 s), FDA labeling guide', [
    [0, 'p', 'what do i have to put on the label of soap i sell online'],
    [18, 'l', 'Hi! This is Eve, reference librarian at Anne Arundel County Public Library.'],
    [24, 'l', 'Is it plain soap, or does the label make claims like moisturizing or acne-fighting?'],
    [60, 'p', 'just says moisturizing and it has lavender oil'],
    [66, 'l', 'Let me look that up, one moment.'],
    [150, 'l', "Still looking — 'moisturizing' seems to make it a cosmetic in the FDA's eyes; checking what the label then needs."],
    [270, 'l', "Found it: as a cosmetic it needs an ingredient list in descending order of amount, the net weight and your business name and address. The FDA's Cosmetics Labeling Guide is at fda.gov/cosmetics/cosmetics-labeling."],
    [276, 'l', 'Is that what you needed?'],
    [320, 'p', 'yes thats everything'],
    [326, 'l', 'Thanks for chatting, good luck with the shop!'],
  ], usual()),

  // 07 a hold answered 121 s later
  s(FINN, '07 top, middle and base notes for a roll-on: "Give me a minute to find a good guide." answered 121 s later', [
    [0, 'p', 'how do perfumers decide top middle and base notes? want to make my own roll-on'],
    [25, 'l', 'Hello, Finn at Ask a Librarian, Howard County Library System.'],
    [31, 'l', 'Are you blending only essential oils, or fragrance oils too?'],
    [70, 'p', 'only essential oils'],
    [76, 'l', 'Give me a minute to find a good guide.'],
    [197, 'l', "Thanks for waiting! Notes are grouped by how fast they evaporate: citrus on top, florals in the middle, woods and resins at the base. Jennie Harding's book Essential Oils walks through a 20/50/30 blend; it's in our catalog at hclibrary.org."],
    [203, 'l', 'Did that help?'],
    [240, 'p', 'yes!! thanks'],
    [245, 'l', 'Anything else today?'],
    [260, 'p', 'thats it'],
    [264, 'l', 'Have fun blending, goodbye!'],
  ], usual({ informed: 'fail' })),

  // 08 no question before the sources
  s(GUS, '08 red hands after lavender soap: sources at once with no question (medlineplus.gov, aad.org)', [
    [0, 'p', 'can you be allergic to lavender essential oil? my hands get red after making soap'],
    [15, 'l', "Hi, I'm Gus, a librarian at Carroll County Public Library."],
    [21, 'l', 'Yes, lavender and other essential oils can cause contact dermatitis. MedlinePlus has a page on it at medlineplus.gov/contactdermatitis.html, and the American Academy of Dermatology site, aad.org, covers reactions to fragrance.'],
    [27, 'l', 'Does that help?'],
    [70, 'p', 'ya thx'],
    [75, 'l', 'Is there anything else you need?'],
    [100, 'p', 'no thats all'],
    [104, 'l', 'Feel better, and thanks for using Ask Us!'],
  ], usual({ clarify: 'fail' })),

  // 09 partly Spanish; an answer with no source
  s(HANA, '09 eau de parfum or eau de toilette (partly Spanish): "¿Prefiere que le conteste en español?", percentages with no source', [
    [0, 'p', 'hola! cual es la diferencia entre eau de parfum y eau de toilette?? sorry my english'],
    [20, 'l', "Hi, welcome! I'm Hana, a librarian at Montgomery County Public Libraries."],
    [26, 'l', '¿Prefiere que le conteste en español?'],
    [50, 'p', 'no english ok'],
    [56, 'l', 'Sure! Eau de parfum has more perfume oil, around 15-20%, so it lasts longer on the skin; eau de toilette is lighter, about 5-15%.'],
    [62, 'l', 'Did that help?'],
    [90, 'p', 'yes thank u!!'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no'],
    [114, 'l', 'Gracias, have a nice day!'],
  ], usual({ source: 'fail' })),

  // 10 a referral with no contact
  s(IVO, '10 trader\'s license for candle fairs: businessexpress.maryland.gov, "visit the clerk of the circuit court in your county" (no contact)', [
    [0, 'p', 'do i need a business license to sell candles at craft fairs in maryland'],
    [22, 'l', 'Hello! Ivo here, a librarian with AskUsNow!.'],
    [28, 'l', 'Will you be selling only at fairs, or online too?'],
    [60, 'p', 'just fairs for now'],
    [66, 'l', "Maryland Business Express, businessexpress.maryland.gov, has a license finder for each county. You'll also want to visit the clerk of the circuit court in your county to get a trader's license."],
    [72, 'l', 'Does that answer it?'],
    [110, 'p', 'yes ok'],
    [115, 'l', 'Anything else I can help with?'],
    [130, 'p', 'no'],
    [134, 'l', 'Good luck with the fairs, bye!'],
  ], usual({ referral: 'fail' })),

  // 11 a referral with a phone and URL
  s(JADE, '11 soap-making workshop (chat-speak): "call them at 410-555-0177 or see openworksbmore.org", events calendar', [
    [0, 'p', 'r there any soap making workshops at the library?? or maker space'],
    [18, 'l', 'Hi there, Jade from Enoch Pratt Free Library here!'],
    [24, 'l', 'Which branch is closest to you?'],
    [50, 'p', 'southeast anchor'],
    [56, 'l', "We don't have a soap class this month, but the Open Works maker space runs them: call them at 410-555-0177 or see openworksbmore.org. Our own events calendar is at prattlibrary.org/events."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'yes!!'],
    [104, 'l', 'Great — anything else?'],
    [120, 'p', 'nope thats all'],
    [124, 'l', 'Thanks for chatting, have fun!'],
  ], usual({ referral: 'pass' })),

  // 12 follow-up by me, e-mail read back, "by Thursday", done in 30 h
  s(KAI, '12 liability insurance for a soap business (follow-up by me): e-mail typed and read back, "by Thursday", done in 30 h', [
    [0, 'p', "I'm looking for product liability insurance info for a small handmade soap business. Can you help?"],
    [25, 'l', 'Good afternoon, this is Kai, a business librarian at Howard County Library System.'],
    [31, 'l', 'Are you selling in Maryland only, and at markets, online, or both?'],
    [80, 'p', 'maryland, markets and etsy'],
    [86, 'l', "The Handcrafted Soap & Cosmetic Guild describes its members' insurance at handcrafted-soap.org/insurance. I'd like to pull a few comparison articles from our business databases for you. Can I e-mail them?"],
    [130, 'p', 'yes please, mara.oakes@example.com'],
    [136, 'l', "Thanks — that's mara.oakes@example.com. I'll send them by Thursday."],
    [142, 'l', 'Does the guild page help for now?'],
    [180, 'p', 'yes, thank you'],
    [186, 'l', 'Anything else today?'],
    [200, 'p', "no that's everything"],
    [205, 'l', 'Thanks for contacting us!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 13 a promise to e-mail, no time, coded Answered
  s(LIV, '13 bulk wicks and wax: "I\'ll e-mail you a short list of candle suppliers", e-mail read back, no time, coded Answered', [
    [0, 'p', 'where can i buy wicks and wax in bulk? starting candle biz'],
    [20, 'l', 'Hi, Liv here at Ask a Librarian, Harford County Public Library.'],
    [26, 'l', 'Do you want suppliers near Bel Air, or is online fine?'],
    [60, 'p', 'online is fine'],
    [66, 'l', "Our ReferenceUSA database (hcplonline.org > Research) lists wholesalers by product. I'll e-mail you a short list of candle suppliers I find there. What's your e-mail?"],
    [110, 'p', 'tj_wicks@example.net'],
    [116, 'l', 'Got it, tj_wicks@example.net. Anything else for now?'],
    [140, 'p', 'no thats all'],
    [144, 'l', 'Thanks for chatting!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 14 partly Spanish; follow-up by the patron's library, phone read back, "within 72 hours", not recorded at day 4
  s(MATEO, '14 selling homemade perfume (partly Spanish, follow-up by patron\'s library): phone read back, "within 72 hours", not recorded at day 4', [
    [0, 'p', 'hi necesito info sobre vender perfume hecho en casa, need a cosmetic registration?'],
    [30, 'l', '¡Hola! Hi, this is Mateo, a librarian with the Ask Us statewide service.'],
    [36, 'l', 'Are you in Maryland, and do you plan to sell online or in stores?'],
    [80, 'p', 'si maryland, online y en ferias'],
    [86, 'l', "The FDA's voluntary cosmetic registration program is explained at fda.gov/cosmetics. For the county rules, I'll ask your home library's business team to look into it and call you. What's your phone number?"],
    [130, 'p', '443 555 0123'],
    [136, 'l', 'Thanks, I have 443-555-0123. They will call you within 72 hours.'],
    [142, 'l', 'Does the FDA page help in the meantime?'],
    [180, 'p', 'si gracias, es todo'],
    [186, 'l', '¡De nada! Thanks for using Ask Us.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB }, { now: T0 + 4 * DAY }),

  // 15 coded follow-up by me, no contact anywhere
  s(NIA, '15 lye math for shea and olive (follow-up by me): hold at 66, Smart Soapmaking, "get back to you tomorrow", no e-mail or phone', [
    [0, 'p', 'is there a book that explains how to calculate lye for a recipe with shea butter and olive oil'],
    [22, 'l', 'Hi, Nia at Ask a Librarian, Cecil County Public Library.'],
    [28, 'l', 'Do you want a book only, or would an online lye calculator work too?'],
    [60, 'p', 'both'],
    [66, 'l', 'Let me check our catalog.'],
    [120, 'l', "Smart Soapmaking by Anne L. Watson explains the lye math step by step; it's in our catalog at cecil.ebranch.info. I'll also look for a printable saponification chart and get back to you tomorrow."],
    [126, 'l', 'Does the book help for now?'],
    [170, 'p', 'yes ok'],
    [175, 'l', 'Thanks for your patience!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 16 a true Lost Call
  s(OTTO, '16 melt and pour soap (Lost Call): greeting only, "Are you still there?" at 150, "seems you\'ve disconnected … come back anytime" at 330', [
    [0, 'p', 'how do u make melt and pour soap'],
    [25, 'l', 'Hi, this is Otto at Washington County Free Library. How can I help today?'],
    [150, 'l', 'Are you still there?'],
    [330, 'l', "It seems you've disconnected, so I'll end this chat now. Feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 17 Lost Call after three patron lines; check-in and notice
  s(PIA, '17 tunnelling soy candles: coded Lost Call after three patron lines, answer at 72, check-in at 200, notice + goodbye at 300', [
    [0, 'p', 'my soy candles keep tunneling why'],
    [20, 'l', "Hello, I'm Pia, a librarian with Talbot County Free Library."],
    [26, 'l', 'What size jar and wick are you using?'],
    [60, 'p', '3 inch jar, cd 8 wick'],
    [64, 'p', 'hello?'],
    [72, 'l', 'A 3-inch jar usually needs a bigger wick, like a CD 10 or 12, and the first burn should last until the melt pool reaches the edge. Wick guide: candlescience.com/wick-guide.'],
    [78, 'l', 'Does that help?'],
    [200, 'l', 'Are you still there?'],
    [300, 'l', "It looks like you've disconnected, so I'll end the chat. Thanks for writing in, come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 18 Practice
  s(TRAINEE, '18 practice chat (candle script): coded Practice, every check na', [
    [0, 'p', 'TEST candle wick q pls ignore'],
    [8, 'l', 'testing macro: Candle info at samplelibrary.org/candles'],
    [15, 'l', 'Did that help?'],
    [25, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 19 no provider ever joined
  s(NOBODY, '19 bringing own lye to a makerspace class: no provider ever joined, "anyone there", patron left, code null', [
    [0, 'p', 'can i bring my own lye to the makerspace soap class'],
    waitLine(3, 4),
    [130, 'p', 'anyone there'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 20 a limit of questions
  s(RAY, '20 curing time, then colour and swirls: "there\'s a limit of one question per chat and you\'ve reached it. I\'m ending the chat now."', [
    [0, 'p', 'how long does cold process soap need to cure'],
    [15, 'l', 'Hi, Ray at Ask Us Now here.'],
    [21, 'l', 'Is it a mostly-olive-oil recipe or a mix of oils?'],
    [50, 'p', 'mix, coconut and olive'],
    [56, 'l', 'Usually 4 to 6 weeks; the curing chapter of Making Natural Soaps is on our e-book shelf at cclpl.overdrive.com. Did that help?'],
    [90, 'p', 'yes! also how do i color it, and how do i make swirls, and can i sell it'],
    [98, 'l', "Sorry, there's a limit of one question per chat and you've reached it. I'm ending the chat now."],
    [110, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 21 other patrons waiting, come back later (allowed)
  s(SAGE, '21 beginner candle book, then a long list: "I have other patrons waiting right now, so please chat back in later for the rest"', [
    [0, 'p', 'hey whats a good beginner book for making candles'],
    [20, 'l', "Hello! Sage here, librarian at Queen Anne's County Library."],
    [26, 'l', 'Container candles, pillars, or both?'],
    [50, 'p', 'container'],
    [56, 'l', "Try Candle Making for Beginners by Ashley Adams — it's on Libby through our site, qaclibrary.org. Is that the kind of book you wanted?"],
    [90, 'p', 'yes. ok also i need soap books and perfume books and help starting an etsy and taxes'],
    [98, 'l', "That's a lot of ground! I have other patrons waiting right now, so please chat back in later for the rest — we'd be glad to help."],
    [130, 'p', 'ok fine'],
    [135, 'l', 'Thanks for chatting today, bye!'],
  ], usual({ anything: 'fail' })),

  // 22 a transfer with a notice and a note that says why
  s(TESS, '22 makerspace candle equipment: transfer notice at 66 + internal note why, Ana at 130 with fcpl.org/makerspace', [
    [0, 'p', 'does the library have a makerspace where i can make candles? need equipment'],
    [20, 'l', 'Hi, Tess here with Ask a Librarian at Frederick County Public Libraries.'],
    [26, 'l', 'Which branch would you go to?'],
    [60, 'p', 'c burr artz downtown'],
    [66, 'l', "I'm going to transfer you to my colleague Ana, who runs our makerspace schedule. One moment please."],
    [69, 'i', 'Ana, pt wants candle-making equipment at the C. Burr Artz makerspace, can you take it?'],
    xfer(72, 'Ana', 'ana-sp'),
    [130, 'l', "Hi, Ana from the makerspace team! We have a hot plate and pouring pitchers, but no open flames are allowed; you can book a session at fcpl.org/makerspace.", as(ANA)],
    [136, 'l', 'Is that what you were looking for?', as(ANA)],
    [170, 'p', 'yes thank you, thats all i needed'],
    [175, 'l', 'Glad to help, goodbye!', as(ANA)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer
  s(UMA, '23 wax melts and a cat: internal note only, silent transfer, Vera 80 s after the patron with aspca.org', [
    [0, 'p', 'is it safe to use candle wax melts around my cat?'],
    [25, 'l', "Hello! I'm Uma, a librarian with Ask Us Now."],
    [31, 'l', 'Are they scented with essential oils or fragrance oils?'],
    [70, 'p', 'essential oils i think, tea tree and eucalyptus'],
    [75, 'i', 'Vera, pet safety q w/ essential oils, you did the vet-med guide, over to you'],
    xfer(80, 'Vera', 'vera-sp'),
    [150, 'l', "Hi, Vera here. Tea tree and eucalyptus oils are both on the ASPCA's list of oils toxic to cats: aspca.org/pet-care/animal-poison-control.", as(VERA)],
    [156, 'l', 'Does that help?', as(VERA)],
    [190, 'p', 'yes thank u'],
    [195, 'l', 'Anything else?', as(VERA)],
    [210, 'p', 'no'],
    [214, 'l', 'Take care of that kitty, bye!', as(VERA)],
  ], usual({ transfer: 'fail' })),

  // 24 four at once
  s(WREN, '24 proof of candle testing for a craft fair (ASTM F2417): three other chats open through this one (four at once)', [
    [0, 'p', 'the craft fair says i need proof my candles were tested, what does that mean'],
    [20, 'l', "Good evening! I'm Wren, a librarian at St. Mary's County Library."],
    [26, 'l', 'Did the fair give you a specific standard or form to meet?'],
    [70, 'p', 'it says ASTM something'],
    [76, 'l', "That's likely ASTM F2417, the fire-safety standard for candles; the National Candle Association summarizes it at candles.org/standards. Does that answer it?"],
    [120, 'p', 'yes thats exactly it. thats all i needed'],
    [126, 'l', 'Wonderful, thanks for chatting with us!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren-sp', -100, 300), other('w2', 'wren-sp', 10, 250), other('w3', 'wren-sp', 30, 400)],
  }),

  // 25 three at most, touching ends; chat-speak provider
  s(XAV, '25 perfume oil dilution (chat-speak): one chat ending at the start, two overlapping, one starting at the end (three at most)', [
    [0, 'p', 'how much fragrance oil do i mix w jojoba for a perfume roller lol'],
    [14, 'l', 'hey! xav here from Calvert Library ask a librarian 😊'],
    [19, 'l', 'is it for urself or to sell?'],
    [40, 'p', 'myself'],
    [46, 'l', "most guides say 15-25% oil in the carrier for a roller. Tisserand Institute's dilution chart: tisserandinstitute.org/safety/dilution"],
    [50, 'l', 'that help?'],
    [80, 'p', 'yesss ty'],
    [85, 'l', 'anything else?'],
    [100, 'p', 'nope'],
    [104, 'l', 'cool, have fun, bye!'],
  ], usual(), {}, {
    otherIntervals: [other('x1', 'xav-sp', -300, 0), other('x2', 'xav-sp', -40, 200), other('x3', 'xav-sp', 30, 400), other('x4', 'xav-sp', 109, 500)],
  }),

  // 26 check-in and notice with a thanks: final idle 200 s
  s(YARA, '26 flash point of fragrance oil: answer at 60, "Hello? Are you still there?" at 200, "Looks like you\'ve disconnected … Thanks for stopping by!" at 260', [
    [0, 'p', 'whats the flash point of fragrance oil and why does it matter for candles'],
    [18, 'l', 'Hi! Yara from Ask a Librarian at Cecil County Public Library.'],
    [24, 'l', 'Are you adding it to soy wax or paraffin?'],
    [50, 'p', 'soy'],
    [60, 'l', "The flash point is the temperature at which the oil's vapour can ignite; it matters for storing and shipping the oil, not for the temperature you add it at. CandleScience explains it at candlescience.com/learning/flash-point. Does that help?"],
    [200, 'l', 'Hello? Are you still there?'],
    [260, 'l', "Looks like you've disconnected, so I'm going to close this chat. Thanks for stopping by!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 27 Spanish: final idle exactly 120 s, no check-in
  s(ZOILA, '27 lejía en la cocina con niños (Spanish): answer at 56, "¡Gracias por escribirnos, adiós!" at 176 (final idle 120 s), no check-in', [
    [0, 'p', 'hola, es peligroso hacer jabón con lejía en la cocina con niños?'],
    [20, 'l', '¡Hola! Soy Zoila, bibliotecaria del servicio Ask Us Now.'],
    [26, 'l', '¿Qué edad tienen los niños?'],
    [50, 'p', '4 y 7'],
    [56, 'l', 'Sí, la lejía (hidróxido de sodio) puede causar quemaduras graves. Trabaje con guantes y gafas y sin niños en la cocina. La ficha de la NIOSH está en cdc.gov/niosh/npg/npgd0565.html. ¿Le ayuda?'],
    [176, 'l', '¡Gracias por escribirnos, adiós!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 final idle 119 s
  s(BRUNO, '28 fragrance oil or essential oil in soap: answer at 51, goodbye at 170 (final idle 119 s)', [
    [0, 'p', "what's the difference between fragrance oil and essential oil in soap"],
    [15, 'l', 'Hi, Bruno at Ask Us, Allegany County Library System.'],
    [21, 'l', 'Is this for cold process soap or melt and pour?'],
    [45, 'p', 'cold process'],
    [51, 'l', "Essential oils are distilled from plants; fragrance oils are blends, often synthetic, and some speed up trace in cold process. Bramble Berry's Soap Queen blog compares them at soapqueen.com. Did that help?"],
    [170, 'l', 'Thanks for stopping by, bye!'],
  ], usual({ anything: 'fail' })),

  // 29 the patron has the last word
  s(CORA, '29 body spray in soap: alcohol or oil asked, modernsoapmaking.com, patron "thats everything i needed" last, no goodbye', [
    [0, 'p', 'can i put perfume in soap or will it seize'],
    [20, 'l', 'Hello! Cora here, a librarian with Garrett County Public Library.'],
    [26, 'l', 'Is it an alcohol-based perfume, or a perfume oil?'],
    [60, 'p', 'alcohol one, like a body spray'],
    [66, 'l', "Alcohol-based perfumes often make cold process soap seize; soapmakers use skin-safe fragrance oils instead. The fragrance chart at modernsoapmaking.com lists which ones behave."],
    [72, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes got it!! thats everything i needed'],
  ], usual({ courteous: 'fail' })),

  // 30 greeting in two lines, "take your time", code ""
  s(DARA, '30 last month\'s candle class: "Hey! 👋" + "You\'re chatting with Dara…", "take your time" then 200 s away, code ""', [
    [0, 'p', 'hi im trying to find that candle class the library had last month?? cant remember the name'],
    [20, 'l', 'Hey! 👋'],
    [24, 'l', "You're chatting with Dara, a librarian at Prince George's County Memorial Library System."],
    [30, 'l', 'Which branch was it at, do you remember?'],
    [60, 'p', 'hold on let me check my email'],
    [66, 'l', 'Sure thing, take your time.'],
    [266, 'p', 'ok it was at bowie, in october'],
    [272, 'l', "That was Candle Making 101. The next session is listed at pgcmls.info/events (search 'candle')."],
    [278, 'l', 'Is that what you were looking for?'],
    [310, 'p', 'yes! thx'],
    [315, 'l', 'Anything else?'],
    [330, 'p', 'no'],
    [335, 'l', 'Have fun, goodbye!'],
  ], usual({ code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => SOAP.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('seventy-third round: soap, candles and perfume making, checked', () => {
  describeSessions('whole sessions', SOAP.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', SOAP.filter((c) => c.name in LEFT_WHY));
});
