/**
 * Sixty-third round, theme GOVERNMENT AUCTIONS, SURPLUS PROPERTY AND ESTATE SALES, checked: 30 whole sessions no one had
 * written, from public library and statewide "ask a librarian" chats: sheriff's sales (Cuyahoga listings, a postponed
 * Allegheny sale, liens after a New Jersey sale, what to bring in Montgomery County OH), tax-deed and tax-lien sales
 * (Miami-Dade in Spanish, the Pinellas deposit, the Polk County deposit in Spanish, Baltimore City certificates, occupants
 * left in a Maricopa house), government and surplus sites (GSA Auctions, Washington State Surplus, Ohio DAS patrol cars,
 * GovDeals for a township mower, Michigan DNR land, IRS and Marshals seized houses), police auctions (Baltimore County bikes,
 * Chicago towed cars, Phoenix impounds, Houston in Spanish), a HUD home for a first-time buyer, storage-unit auctions (Texas,
 * Sacramento), estate sales (haggling and numbers, kids and strollers, pricing a father's tools, a San Antonio permit in
 * partly Spanish, an estate-sale company contract), an auction-house consignment of a possible Bierstadt, and books on
 * bidding. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/sixtyThirdRoundAuctions-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there, Priya here, a reference librarian at …" (01); the first line at exactly 60 s (04: pass) and
 *   `pickedUpAt` at 61 s with the first line at 66 (05: fail); "Good morning!" then a question under the screen name "desk3"
 *   (09: greets, names no one: fail); "Thanks for contacting Phoenix Public Library! Yusuf here" (23: the thanks greets);
 *   "Hello, Ask a Librarian at Wake County Public Libraries — Dot speaking." (28); Spanish "Le habla Lucía, bibliotecaria
 *   de …" (03) and "le saluda Mina, bibliotecaria de …" (26); partly Spanish "Hola, lo siento mucho … Soy Rafael,
 *   bibliotecario de Ask a Librarian Texas." (12); chat-speak "hiya! Sam from the … chat team here 🙂" (05); a bilingual
 *   queue line and no provider ever joined (27);
 *  inquiry: houses or lots, bidding as yourself or a business, tax deed or foreclosure, buy or donate, city or county police,
 *   buyer or owner of the unit, one property or several, company-run or family-run, live or online, owner-occupant, deed
 *   recorded; the source at 40 before "Are you bidding as yourself or for a business?" at 46 (02: fail); a question and no
 *   source ever given (29: pass);
 *  waits: a hold answered exactly 120 s later (06: pass); a partial result that "is still looking" (a hold) answered 123 s
 *   later (07: fail); a patron's second question answered 125 s later with only an internal line between (08: fail); "Take
 *   your time reading it, I'll be here." followed by 153 s of the patron reading (28: a wait on the patron, pass); a
 *   transfer notice answered 83 s (20) and 125 s (22: fail) later; a silent transfer, the receiver 90 s after the patron
 *   (21: pass);
 *  endings: final idle exactly 120 s with a goodbye and no check-in (14: idle fails, notice na); 181 s with "Are you still
 *   there?" and "It looks like we've been disconnected … close this chat … chat in again anytime!" (15: both pass); 179 s
 *   ending on "Are you still with me?" (16: check-in pass, notice na, courteous fails); 200 s with only "It looks like
 *   you've been disconnected, so I'm ending the chat now. Thanks …" (17: idle fails, notice passes); a Spanish Lost Call
 *   ending on "parece que se desconectó. Voy a cerrar la sesión." without thanks (26: 190 s, courteous fails); a clarifying
 *   question the patron never answered, then check-in and notice with a goodbye (29: 190 s); "Sorry, your time is up — we
 *   limit each chat to 10 minutes." with the patron's "its been like 2 min??" last (18: dismissal, courteous fails);
 *   "several other people are waiting … Please chat back in later" (19: allowed); patron-side "that's everything", "eso es
 *   todo", "thats all. thx", "no more questions", "thats all for today", and "perfect thanks", "ya thanks", "yep", "ok"
 *   that do not count;
 *  sources: county and state auction sites (sheriffsaleauction, realtaxdeed, des.wa.gov, das.ohio.gov, michigan.gov/dnr,
 *   phoenix.gov, chicago.gov with a search), federal ones (gsaauctions.gov, hudhomestore.gov, treasury.gov/auctions,
 *   usmarshals.gov), private sale sites (propertyroom.com, storagetreasures.com, govdeals.com, estatesales.net), a statute
 *   (Texas Property Code ch. 59), LibGuides and legal-aid pages, Artnet's price database, a book in the catalogue (09);
 *   advice only (19: fail, with the completeness question asked after the answer: pass);
 *  referrals: the Tax Deeds office by street address in Spanish (03); HUD's counselor line by phone (10); "talk to a real
 *   estate attorney, and call the County Recorder's office" with no contact (30: fail); "I'll call the DAS surplus office …
 *   and call you back" and "I'll ask the San Antonio Public Library's reference team … they will e-mail you" (11, 12: staff
 *   consulted on the patron's behalf, no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done at 71 h (10: pass); a promise to call back with the phone
 *   read back and "by Monday", coded Answered (11: code fails, contact passes, pending); FU_LIB with the e-mail typed by the
 *   patron and no time given, done at 73 h (12: contact and on_time fail, code passes); FU_ME with no e-mail or phone
 *   anywhere (13: code and contact fail, pending);
 *  codes: a true Lost Call (26, and 29 with a clarifying question); Lost Call after five patron lines (28); null with no
 *   provider (27); an empty string (24); Practice (25);
 *  transfers: notice + internal note that says why (20: pass); internal note only (21: fail); notice only (22: fail);
 *  concurrency: three others open at once over this one (23: four, fail); one ending exactly at the start, overlapping ones
 *   that never make more than three, one starting exactly at `endedAt`, and two of another provider's chats (24: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Le habla Lucía, bibliotecaria de …", "le saluda Mina, bibliotecaria de …" and "Soy Rafael, bibliotecario de …" identify;
 *   "Hola" greets; "¿Le sirve esta información?" and "¿Le ayuda esto?" are the completeness question; "eso es todo" says
 *   explicitly that the patron is done; "¡Gracias! Que le vaya bien." thanks the patron; "¿Sigue usted ahí?" is a check-in
 *   and "parece que se desconectó. Voy a cerrar la sesión." says the patron seems disconnected and the session will end;
 * - "Thanks for contacting Phoenix Public Library!" greets (the rubric's "thanks for contacting…"); "Good morning!" with no
 *   name, role, library or service does not identify (09), and the screen name "desk3" does not count;
 * - "puede ir en persona a la oficina de Tax Deeds del Secretario del Tribunal, 73 W. Flagler St., Miami" tells the patron to
 *   visit an office (a referral) and a street address with the city is a postal address (03: pass);
 * - "Want me to look up the federal donation program for nonprofits too?" offers something not yet given (04: completeness
 *   fails); "Is that the sort of book you had in mind?" and "Does that point you in the right direction?" ask about what was
 *   given (pass);
 * - "The sale calendar is at … — I am still looking for the deposit rules, give me another minute." is a partial result that
 *   says the search goes on, so a hold that starts a new span (07); "Take your time reading it, I'll be here." is not a hold
 *   (28);
 * - "I'll also check whether any Maryland sales are coming up and send you what I find." is a promise to send more later
 *   (13: a follow-up session); "You'll hear from me by Monday." and "I'll send the list by Friday." say when;
 * - a street address is enough for "postal address"; a final idle of exactly 120 s is "≥ idleCheckSeconds" (14);
 * - in 29 the final idle starts at the greeting (the first provider message after the patron's only line that is not a hold)
 *   and the clarifying question makes a substantive exchange, so the information checks apply: clarify passes (no source
 *   ever given), source fails and completeness and anything_else fail with it (not na); the code Lost Call passes (one
 *   patron message).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1 (case 03, referral.contact). Label corrections: 0 (rereading RUBRIC's
 * referral.contact and Referral for case 03 leaves the label as it was: the patron is told to visit an office, and its
 * street address is a postal address).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 03: "puede ir en persona a la oficina de Tax Deeds …, 73 W. Flagler St., Miami" read as a referral
 *    with no way to reach the office (fail; RUBRIC pass: a postal address is one of the ways listed).
 * Every timing check (pickup at exactly 60 s by the first line and at 61 s by `pickedUpAt`, no provider; keep_informed at
 * exactly 120 s after a hold, 123 s after a partial result, 125 s across an internal line and after a transfer notice, a
 * 153 s wait on the patron; final idles of 120, 179, 181, 190 (twice) and 200 s; concurrency at four and at touching ends
 * with another provider's chats; on_time done at 71 h, late at 73 h, pending twice) and every code (Practice, true and false
 * Lost Call, null, "", a promise under Answered, follow-up codes with and without a contact) scored as labelled on the
 * first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed and read back,
 * typed only; a patron phone read back; agency phones and addresses beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean.
 * ON v57 (block W): as on v56, 29 running, 1 LEFT (03: "73 W. Flagler St." is cut at "W.", which normalising reads as "with"; a
 *   rubric abbreviation did not reach it and was withdrawn).
 * ON v58 (block X, written partly from this file): case 03's "73 W. Flagler St., Miami" keeps its address, "W." after a house
 *   number ending no sentence (X1); it runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-a', name: 'Priya', library: 'CPL-OH' };
const MARCUS: Prov = { id: 'marcus-a', name: 'Marcus', library: 'DEL-ASK' };
const LUCIA: Prov = { id: 'lucia-a', name: 'Lucía', library: 'MDPLS' };
const NADIA: Prov = { id: 'nadia-a', name: 'Nadia', library: 'WSL' };
const SAM: Prov = { id: 'sam-a', name: 'Sam', library: 'BCPL' };
const DARIO: Prov = { id: 'dario-a', name: 'Dario', library: 'HCPL-TX' };
const ERIN: Prov = { id: 'erin-a', name: 'Erin', library: 'SPLS-FL' };
const KWAME: Prov = { id: 'kwame-a', name: 'Kwame', library: 'DCPL-GA' };
const DESK3: Prov = { id: 'desk3-a', name: 'desk3', library: 'SPL-WA' };
const TASHA: Prov = { id: 'tasha-a', name: 'Tasha', library: 'PGCMLS' };
const OMAR: Prov = { id: 'omar-a', name: 'Omar', library: 'CML' };
const RAFAEL: Prov = { id: 'rafael-a', name: 'Rafael', library: 'ALT-TX' };
const WENDY: Prov = { id: 'wendy-a', name: 'Wendy', library: 'AUN' };
const RUTH: Prov = { id: 'ruth-a', name: 'Ruth', library: 'LCL-PA' };
const GRACE: Prov = { id: 'grace-a', name: 'Grace', library: 'CLP' };
const INES: Prov = { id: 'ines-a', name: 'Ines', library: 'CPL-IL' };
const LEON: Prov = { id: 'leon-a', name: 'Leon', library: 'NPL-NJ' };
const BEA: Prov = { id: 'bea-a', name: 'Bea', library: 'SPL-CA' };
const CYRUS: Prov = { id: 'cyrus-a', name: 'Cyrus', library: 'RL-SC' };
const JUN: Prov = { id: 'jun-a', name: 'Jun', library: 'AUN' };
const MARTA: Prov = { id: 'marta-a', name: 'Marta', library: 'EPFL' };
const NELL: Prov = { id: 'nell-a', name: 'Nell', library: 'AUN' };
const SOL: Prov = { id: 'sol-a', name: 'Sol', library: 'MSLL' };
const ABE: Prov = { id: 'abe-a', name: 'Abe', library: 'LOM' };
const HAZEL: Prov = { id: 'hazel-a', name: 'Hazel', library: 'LOM' };
const YUSUF: Prov = { id: 'yusuf-a', name: 'Yusuf', library: 'PPL-AZ' };
const VERA: Prov = { id: 'vera-a', name: 'Vera', library: 'HCL-MN' };
const TRAINEE: Prov = { id: 'trainee-a', name: 'Trainee 12', library: 'TRN' };
const MINA: Prov = { id: 'mina-a', name: 'Mina', library: 'PCLC-FL' };
const NOBODY: Prov = { id: 'queue-a', name: 'Queue', library: 'HPL-TX' };
const DOT: Prov = { id: 'dot-a', name: 'Dot', library: 'WCPL-NC' };
const KENJI: Prov = { id: 'kenji-a', name: 'Kenji', library: 'DML-OH' };
const BO: Prov = { id: 'bo-a', name: 'Bo', library: 'PPL-AZ' };

const s = session;

/** The queue's own line while nobody is free (system). */
const queued = (sec: number): Line => [sec, 's', 'Todos los bibliotecarios están ocupados. Por favor espere. / All librarians are busy, please wait.'];

export const sixtyThirdRoundAuctions: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 Cuyahoga sheriff\'s sale listings for a fixer-upper: "Hey there, Priya here", houses or lots, sheriffsaleauction site, "that\'s everything"', [
    [0, 'p', 'hi how do i find out whats up for sheriff sale in cuyahoga county? thinking about buying a fixer upper'],
    [24, 'l', 'Hey there, Priya here, a reference librarian at Cleveland Public Library. Happy to help you dig into this.'],
    [30, 'l', 'Are you looking at houses only, or would vacant lots interest you too?'],
    [66, 'p', 'houses, maybe a duplex'],
    [73, 'l', "The Cuyahoga County Sheriff posts every foreclosure sale online: cuyahoga.sheriffsaleauction.ohio.gov lists each property with its appraisal, minimum bid and sale date, and you can filter by property type. How the sales work (deposit, deed transfer) is explained at cuyahogacounty.gov/sheriff/sheriff-sales."],
    [79, 'l', 'Did that get you what you were after?'],
    [120, 'p', "yes!! that's everything, thank you"],
    [126, 'l', 'Happy hunting, and thanks for stopping by the chat!'],
  ], usual()),

  // 02 the source before the question
  s(MARCUS, '02 registering on GSA Auctions for a government truck: gsaauctions.gov given first, then "Are you bidding as yourself or for a business?"', [
    [0, 'p', 'How do I sign up to bid on GSA auctions? saw a government pickup truck for sale'],
    [35, 'l', "Good afternoon! This is Marcus with Delaware Libraries' Ask a Librarian."],
    [40, 'l', 'Registration is at gsaauctions.gov (click "Register" in the top right corner). Each listing shows where the vehicle sits and when you can inspect it.'],
    [46, 'l', 'Are you bidding as yourself or for a business? The sign-up asks for different things.'],
    [80, 'p', 'just me'],
    [88, 'l', 'Then you only need a personal Login.gov account; the site checks your identity once before your first bid. Is that the kind of info you were after?'],
    [130, 'p', 'yep'],
    [134, 'l', 'Anything else I can look up for you?'],
    [160, 'p', 'nah im good'],
    [165, 'l', 'Thanks for chatting, good luck with the bidding!'],
  ], usual({ clarify: 'fail' })),

  // 03 Spanish: Miami-Dade tax deeds, the Clerk by street address
  s(LUCIA, '03 subasta por impuestos en Miami-Dade (Spanish): "Le habla Lucía", tax deed o foreclosure, realtaxdeed, la oficina del Secretario en 73 W. Flagler, "eso es todo"', [
    [0, 'p', 'Hola, quiero comprar una casa en las subastas del condado de Miami-Dade por impuestos no pagados. Donde veo la lista?'],
    [30, 'l', 'Hola, buenas tardes. Le habla Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade.'],
    [36, 'l', '¿Le interesan las subastas por impuestos (tax deed) o las de ejecución hipotecaria (foreclosure)? Son sitios distintos.'],
    [80, 'p', 'por impuestos'],
    [87, 'l', 'La lista está en miamidade.realtaxdeed.com, con la fecha de cada subasta y la oferta mínima. Ojo: hay que hacer un depósito antes de pujar. Si tiene dudas sobre un inmueble, puede ir en persona a la oficina de Tax Deeds del Secretario del Tribunal, 73 W. Flagler St., Miami.'],
    [93, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si muchisimas gracias, eso es todo'],
    [146, 'l', '¡Con gusto! Gracias por comunicarse con nosotros y suerte con la subasta.'],
  ], usual({ referral: 'pass' })),

  // 04 pickup at exactly 60 s; an offer instead of the completeness question
  s(NADIA, '04 Washington State Surplus desks for a nonprofit: first line at exactly 60 s, "Want me to look up the donation program too?", "thats all"', [
    [0, 'p', 'does washington state sell old office furniture to the public? need cheap desks for my nonprofit'],
    [60, 'l', "Hi! Sorry for the short wait — I'm Nadia, a librarian with the Washington State Library's Ask a Librarian service."],
    [66, 'l', 'Do you want to buy outright, or were you hoping to get items donated to the nonprofit?'],
    [100, 'p', 'buy is fine, we have a small budget'],
    [107, 'l', 'Washington State Surplus lists what it sells to the public at des.wa.gov/services/surplus-property (Shop Surplus), with photos and prices; desks and filing cabinets turn up most weeks.'],
    [113, 'l', 'Want me to look up the federal donation program for nonprofits too?'],
    [150, 'p', 'no thats ok, thats all. thx'],
    [155, 'l', 'Great, thanks for chatting and good luck furnishing the office!'],
  ], usual({ complete: 'fail' })),

  // 05 pickedUpAt 61 s
  s(SAM, '05 police auction bikes (chat-speak, emoji): pickedUpAt 61 s, "hiya! Sam from …", propertyroom.com, "thats all i needed 🙏"', [
    [0, 'p', 'yo do the cops auction off bikes?? lookin for a cheap one lol 🚲'],
    [66, 'l', 'hiya! Sam from the Baltimore County Public Library chat team here 🙂'],
    [71, 'l', 'which police dept — city or county?'],
    [100, 'p', 'county i think. towson'],
    [106, 'l', 'Baltimore County Police sell unclaimed property, bikes included, through an online auction site: propertyroom.com (search Baltimore County PD). New lots go up every week and you bid from home.'],
    [111, 'l', 'did that help?'],
    [140, 'p', 'ya thx thats all i needed 🙏'],
    [145, 'l', 'np, enjoy the ride! bye 👋'],
  ], usual({ pickup: 'fail' }), { pickedUpAt: at(61) }),

  // 06 a hold answered exactly 120 s later
  s(DARIO, '06 Texas storage unit auctions: "Let me pull up the Texas law on this, hang tight." answered exactly 120 s later, Property Code ch. 59, "no more questions"', [
    [0, 'p', 'how do storage unit auctions work in texas? my neighbor says you can win a whole unit for $50'],
    [20, 'l', "Hello, and welcome to Ask a Librarian! I'm Dario at Harris County Public Library."],
    [26, 'l', 'Are you hoping to buy at one, or is it your own unit that is behind on rent?'],
    [60, 'p', 'buy lol'],
    [66, 'l', 'Let me pull up the Texas law on this, hang tight.'],
    [186, 'l', "Thanks for holding. Texas lets a storage facility sell a unit's contents after a lien notice and a published ad (Texas Property Code ch. 59, at statutes.capitol.texas.gov). Most sales are online now: storagetreasures.com and lockerfox.com list Houston-area units with the end date and the starting bid."],
    [192, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes! no more questions, thank you'],
    [236, 'l', 'Good luck at the auctions, and thanks for chatting!'],
  ], usual()),

  // 07 a partial result that says the search goes on, answered 123 s later
  s(ERIN, '07 Pinellas tax deed deposit: "The sale calendar is at … — I am still looking for the deposit rules" then 123 s to the answer, "perfect thanks"', [
    [0, 'p', 'pinellas county tax deed sale — how much deposit do i need and when is it due'],
    [18, 'l', 'Hi, Erin at St. Petersburg Library System, happy to help.'],
    [24, 'l', 'Are you planning to bid on one property or several on the same day?'],
    [55, 'p', 'maybe 2 or 3'],
    [62, 'l', 'The sale calendar is at pinellas.realtaxdeed.com — I am still looking for the deposit rules, give me another minute.'],
    [185, 'l', "Found it: the Clerk asks for a deposit of 5% of your highest intended bid or $200, whichever is more, before the sale; the balance is due by the next business day. It's on the Clerk's Tax Deeds page, mypinellasclerk.gov (Tax Deeds > Bidder Information). One deposit can cover bids on 2 or 3 properties."],
    [191, 'l', 'Is that what you were looking for?'],
    [230, 'p', 'perfect thanks'],
    [236, 'l', "You're welcome, thanks for using the chat!"],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 08 a second question answered 125 s later, an internal line between
  s(KWAME, '08 first estate sale, haggling and cash: second question ("numbers?") answered 125 s later with only an internal line between', [
    [0, 'p', 'first time going to an estate sale this saturday. is it rude to haggle? and do I need cash'],
    [22, 'l', "Hello! You've reached Ask a Librarian at DeKalb County Public Library — I'm Kwame."],
    [28, 'l', 'Is it run by an estate sale company, or by the family themselves?'],
    [60, 'p', 'a company, its on estatesales.net'],
    [68, 'l', "Then haggling is normal on day two or three, not day one; most companies cut prices 25-50% later in the sale. The listing says which payments they take. EstateSales.net's tips for first-timers are at estatesales.net/estate-sale-tips."],
    [75, 'l', 'Does that help?'],
    [100, 'p', 'yes. what about numbers? someone said you have to get there early for a number'],
    [160, 'i', 'anyone know if atl estate cos still do sign-up sheets?'],
    [225, 'l', 'Sorry for the wait! Yes, busy sales hand out numbers or put a sign-up sheet at the door, often an hour or more before opening; the listing will say so.'],
    [231, 'l', 'Anything else I can help with?'],
    [260, 'p', 'nope thats all'],
    [265, 'l', 'Have fun Saturday — thanks for chatting!'],
  ], usual({ informed: 'fail' })),

  // 09 greets but names no one
  s(DESK3, '09 books on bidding at auctions: "Good morning!" + a question under the screen name "desk3", The Auction Companion in the catalogue', [
    [0, 'p', 'do you have any books about buying stuff at auctions? like how not to overpay'],
    [15, 'l', 'Good morning!'],
    [20, 'l', 'Are you thinking of live auction houses, online auctions, or government sales?'],
    [50, 'p', 'live ones mostly. estate auctions'],
    [57, 'l', 'In our catalogue (catalog.spl.org) try "The Auction Companion" by Daniel J. Leab and Katharine Kyes Leab: it walks through previews, buyer\'s premiums and absentee bids.'],
    [63, 'l', 'Is that the sort of book you had in mind?'],
    [100, 'p', 'yes ill put it on hold, thanks'],
    [105, 'l', 'Great! Enjoy the reading, bye!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 10 follow-up by me: e-mail read back, "by Friday", done at 71 h; HUD's counselor line by phone
  s(TASHA, '10 a HUD home for a first-time buyer in Prince George\'s (follow-up by me): counselor line by phone, e-mail read back, "by Friday", done at 71 h', [
    [0, 'p', "Hi, how do I buy a foreclosed house from HUD? Im a first time buyer in Prince George's County"],
    [28, 'l', "Good afternoon, I'm Tasha, a librarian with Prince George's County Memorial Library System. Congratulations on starting the search!"],
    [34, 'l', 'Do you plan to live in the house yourself? HUD gives owner-occupants the first chance to bid.'],
    [75, 'p', 'yes to live in'],
    [82, 'l', "HUD homes are listed at hudhomestore.gov; as an owner-occupant you can bid during the exclusive listing period. A HUD-approved housing counselor can walk you through it for free: call HUD's counselor line at 800-569-4287."],
    [88, 'l', "Maryland also has first-time buyer programs. I'll put together a list of the ones that apply in Prince George's and e-mail it to you. What address should I send it to?"],
    [130, 'p', 'dee.ramsey88@example.com'],
    [136, 'l', "Thanks — dee.ramsey88@example.com. I'll send the list by Friday."],
    [142, 'l', 'Does the HUD site help for now?'],
    [180, 'p', 'yes it does, thats all for today'],
    [186, 'l', 'Good luck with the house, and thank you for contacting us!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 71 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a promise to call back, phone read back, "by Monday", coded Answered
  s(OMAR, '11 Ohio Highway Patrol cruisers at state auction: "I\'ll call the DAS surplus office tomorrow and call you back", phone read back, "by Monday", coded Answered', [
    [0, 'p', 'when is the next ohio state vehicle auction? want a used cruiser'],
    [20, 'l', "Hi there! Omar with Columbus Metropolitan Library's Ask a Librarian."],
    [26, 'l', 'Do you mean former State Highway Patrol cars, or any state fleet vehicle?'],
    [60, 'p', 'highway patrol ones'],
    [67, 'l', "Ohio sells its used fleet vehicles, patrol cars included, through auctions listed at das.ohio.gov (Surplus > Vehicle Auctions). The next date isn't posted yet, so I'll call the DAS surplus office tomorrow and call you back with it. What's a good number?"],
    [110, 'p', '614-555-0139'],
    [116, 'l', "Got it: 614-555-0139. You'll hear from me by Monday."],
    [122, 'l', 'Does the DAS page help in the meantime?'],
    [150, 'p', 'ya thanks'],
    [156, 'l', 'Thanks, talk to you Monday!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 partly Spanish; follow-up by the patron's library: e-mail typed by the patron, no time given, done after 73 h
  s(RAFAEL, '12 venta de patrimonio de la abuela en San Antonio (partly Spanish, follow-up by patron\'s library): permit page, e-mail typed, no time, done at 73 h', [
    [0, 'p', 'hola, my abuela passed and we want to do an estate sale at her house in San Antonio. necesitamos permiso de la ciudad?'],
    [25, 'l', 'Hola, lo siento mucho por su pérdida. Soy Rafael, bibliotecario de Ask a Librarian Texas.'],
    [31, 'l', '¿La venta será en la casa misma, y por cuántos días?'],
    [70, 'p', 'si, 2 dias en la casa'],
    [77, 'l', "San Antonio treats it like a garage sale: the city's permit page is sanantonio.gov/DSD (Garage Sale Permits), and you can buy the permit online. ¿Le ayuda esto?"],
    [120, 'p', 'si pero there are a lot of things, like a car and furniture. is there a limit?'],
    [127, 'l', "Buena pregunta. I'll ask the San Antonio Public Library's reference team to look into the limits, and they will e-mail you. ¿Cuál es su correo?"],
    [170, 'p', 'marisa.g.tx@example.net'],
    [176, 'l', '¡Gracias! Que le vaya bien.'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 73 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 follow-up by me with no contact anywhere
  s(WENDY, '13 IRS and Marshals sales of seized houses (follow-up by me): treasury.gov/auctions, "I\'ll … send you what I find", no e-mail or phone anywhere', [
    [0, 'p', 'Does the IRS auction off seized houses? where are they listed'],
    [30, 'l', 'Hello! Wendy at Ask Us Now, the statewide chat service — glad you asked.'],
    [36, 'l', 'Are you interested in real estate only, or also cars and other property?'],
    [70, 'p', 'real estate'],
    [76, 'l', 'IRS sales of seized property are listed at treasury.gov/auctions/irs, a page for each sale with the minimum bid and date. The U.S. Marshals also sell forfeited homes: usmarshals.gov (What We Do > Asset Forfeiture > Assets for Sale).'],
    [82, 'l', "I'll also check whether any Maryland sales are coming up and send you what I find."],
    [88, 'l', 'Does that help so far?'],
    [120, 'p', 'yes thanks'],
    [126, 'l', 'Thanks for chatting with Ask Us Now!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 14 final idle exactly 120 s, no check-in
  s(RUTH, '14 a township riding mower on GovDeals: answer with "Does that answer it?" at 52, goodbye at 172 (final idle exactly 120 s), no check-in', [
    [0, 'p', 'my town sells old equipment on govdeals, can anyone bid or only businesses?'],
    [18, 'l', "Hi, I'm Ruth, a librarian at the Lancaster County Library — welcome!"],
    [24, 'l', 'What kind of item are you eyeing?'],
    [45, 'p', 'a used riding mower from the township'],
    [52, 'l', "Anyone 18 or older can register and bid on GovDeals, individuals included; the rules, fees and payment methods are on its help page, govdeals.com (Help > Buyer FAQ). Items are sold as-is and you usually have to haul them yourself. Does that answer it?"],
    [172, 'l', 'Thanks for using Ask a Librarian, have a good day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 15 final idle 181 s: check-in and a notice that invites back
  s(GRACE, '15 a postponed Allegheny County sheriff sale: answer at 62, "Are you still there?" at 150, "we\'ve been disconnected … close this chat … anytime" at 243 (181 s)', [
    [0, 'p', 'sheriff sale in pittsburgh got postponed, how do i know the new date'],
    [20, 'l', 'Hi, this is Grace with the Carnegie Library of Pittsburgh Ask a Librarian service.'],
    [26, 'l', 'Do you have the case number or the property address?'],
    [55, 'p', 'i have the address'],
    [62, 'l', "Allegheny County Sheriff's sales and their postponements are listed at alleghenycounty.us/sheriff (Real Estate > Sheriff Sales); search by address and the new date shows in the \"Postponed To\" column. Did that help?"],
    [150, 'l', 'Are you still there?'],
    [243, 'l', "It looks like we've been disconnected, so I'll close this chat now. You're welcome to chat in again anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 16 final idle 179 s ending on a check-in
  s(INES, '16 Chicago towed-car auctions: answer at 66, "Are you still with me?" at 200, session ends at 245 (179 s), no goodbye', [
    [0, 'p', 'does chicago auction towed cars? where'],
    [25, 'l', 'Hello! Ines from Chicago Public Library chat reference.'],
    [31, 'l', 'Are you looking to buy one, or trying to get your own car back?'],
    [60, 'p', 'buy'],
    [66, 'l', "The City sells unclaimed towed vehicles at public auctions; the schedule and rules are on the Streets and Sanitation pages of chicago.gov (search 'vehicle auctions'). Does that help?"],
    [200, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }), { endAfter: 45 }),

  // 17 a notice with thanks and no check-in, final idle 200 s
  s(LEON, '17 liens after a New Jersey sheriff sale: Rutgers foreclosure guide at 64, "It looks like you\'ve been disconnected … Thanks for using Ask a Librarian!" at 264', [
    [0, 'p', 'if i buy a house at a sheriff sale in NJ do the old liens go away??'],
    [22, 'l', 'Good evening, Leon here, a reference librarian at Newark Public Library.'],
    [28, 'l', 'Is the sale a mortgage foreclosure or a tax foreclosure?'],
    [58, 'p', 'mortgage i think'],
    [64, 'l', "Generally a mortgage foreclosure sale wipes out liens junior to that mortgage, but not unpaid property taxes or municipal liens, and you buy as-is. Rutgers Law Library's New Jersey foreclosure guide has a section on sheriff's sales: libguides.law.rutgers.edu/foreclosure. Is that helpful?"],
    [264, 'l', "It looks like you've been disconnected, so I'm ending the chat now. Thanks for using Ask a Librarian!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 18 "your time is up"
  s(BEA, '18 Sacramento storage auctions, then a list of questions: "Sorry, your time is up — we limit each chat to 10 minutes.", patron has the last word', [
    [0, 'p', 'how do i find storage auctions in sacramento'],
    [20, 'l', 'Hi! Bea at Sacramento Public Library.'],
    [26, 'l', 'Online or in person?'],
    [40, 'p', 'online'],
    [46, 'l', 'Try storagetreasures.com and search by ZIP code; it lists Sacramento units with end dates and photos. Did that help?'],
    [80, 'p', 'yes. also how do i clean out a unit fast, can i resell the stuff on ebay, do i need a sellers permit, whats a good truck rental'],
    [88, 'l', 'Sorry, your time is up — we limit each chat to 10 minutes.'],
    [100, 'p', 'its been like 2 min??'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 19 other patrons waiting, invited back; advice only, no source
  s(CYRUS, '19 pricing a father\'s tools for a family-run estate sale: advice with no source, "Does that help?", "several other people waiting … chat back in later"', [
    [0, 'p', 'we are doing my dads estate sale ourselves. how do we price his old tools and stuff?'],
    [24, 'l', 'Hi there, welcome to Ask a Librarian! This is Cyrus at Richland Library.'],
    [30, 'l', 'Are these everyday hand tools, or antiques and collectibles?'],
    [65, 'p', 'mix of both, some old stanley planes'],
    [72, 'l', 'A common rule of thumb is a quarter to a third of the new price for everyday tools in good shape. Old Stanley planes can be worth much more, so set those aside and price them by what similar ones have actually sold for, not by asking prices. Does that help?'],
    [110, 'p', 'yes. also how do we advertise, do we need a permit in columbia, what about the car, and can we sell guns at it'],
    [118, 'l', "Those are all good questions, but several other people are waiting for help right now. Please chat back in later and we'll take them one at a time. Thanks so much!"],
    [135, 'p', 'ok'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 20 a transfer with a notice and an internal note that says why
  s(JUN, '20 consigning a possible Bierstadt to an auction house: transfer notice + internal note, Marta answers 83 s after the notice, artnet and askart', [
    [0, 'p', 'I want to consign my grandmothers painting to an auction house. how much do they usually take?'],
    [25, 'l', "Hello, and thanks for reaching out! You're chatting with Jun, a librarian at Ask Us Now."],
    [31, 'l', 'Do you know who painted it, or roughly what it might be worth?'],
    [70, 'p', 'signed by someone named A. Bierstadt?? not sure'],
    [77, 'l', "That may be worth a closer look. I'm transferring you to Marta, our art and antiques librarian — one moment while I hand you over."],
    [80, 'i', 'Marta, pt may have a Bierstadt and wants to know consignment commissions and how to pick an auction house. Can you take it?'],
    xfer(84, 'Marta', 'marta-a'),
    [160, 'l', "Hi, Marta here, art librarian at the Enoch Pratt Free Library. Auction houses usually charge sellers a commission of 10-25% (less for high-value works), plus photography and insurance fees; buyers pay a separate premium. For a possible Bierstadt, compare the artist's past results in the Artnet Price Database (artnet.com/price-database) and on askart.com.", as(MARTA)],
    [166, 'l', 'Does that answer your question?', as(MARTA)],
    [210, 'p', "yes this is super helpful. that's everything"],
    [216, 'l', 'Thanks for chatting, and good luck with the painting!', as(MARTA)],
  ], usual({ transfer: 'pass' })),

  // 21 a silent transfer
  s(NELL, '21 Baltimore City tax sale certificates: internal note only, silent transfer, Sol 90 s after the patron, bidbaltimore.com and peoples-law.org', [
    [0, 'p', 'how do tax sale certificates work in baltimore city? can i make money on them'],
    [24, 'l', 'Hi, Nell with Ask Us Now here.'],
    [30, 'l', 'Are you asking about buying certificates at the annual tax sale, or about a property of yours that is in it?'],
    [60, 'p', 'buying them'],
    [66, 'i', 'Sol, Baltimore City tax sale certificates, investor q, legal-ish, can you take it?'],
    xfer(70, 'Sol', 'sol-a'),
    [150, 'l', "Hello, Sol here, law librarian at the Maryland State Law Library. Baltimore City sells tax sale certificates once a year in an online auction; the buyer pays the taxes and earns interest when the owner redeems, and can foreclose if they don't. Bidder registration and rules are at bidbaltimore.com, and the People's Law Library explains the process: peoples-law.org/tax-sale.", as(SOL)],
    [156, 'l', 'Is that what you needed?', as(SOL)],
    [200, 'p', 'yes thanks'],
    [205, 'l', 'Anything else?', as(SOL)],
    [220, 'p', 'no'],
    [224, 'l', 'Thanks for chatting, have a good afternoon!', as(SOL)],
  ], usual({ transfer: 'fail' })),

  // 22 an announced transfer with no internal note, answered 125 s after the notice
  s(ABE, '22 Michigan DNR surplus land: "Let me pass you to my colleague Hazel … Just a moment.", no internal note, Hazel 125 s after the notice', [
    [0, 'p', 'Michigan sells land at auction right? How do I bid on a lot up north'],
    [20, 'l', "Hey! Thanks for writing in. I'm Abe, a librarian at the Library of Michigan."],
    [26, 'l', 'Are you thinking of DNR surplus land or county tax-foreclosed parcels?'],
    [60, 'p', 'whichever is cheaper lol, probably the DNR'],
    [66, 'l', 'Let me pass you to my colleague Hazel, who handles our land and property questions. Just a moment.'],
    xfer(70, 'Hazel', 'hazel-a'),
    [191, 'l', "Hi, I'm Hazel, also with the Library of Michigan. The DNR sells surplus land in online auctions; upcoming parcels, maps and minimum bids are at michigan.gov/dnr (Buy and Sell > Land Auctions), and the bidding runs on tax-sale.info. Does that help?", as(HAZEL)],
    [230, 'p', 'yes, thats all i need thanks'],
    [236, 'l', 'Great, good luck up north — bye!', as(HAZEL)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 23 four at once
  s(YUSUF, '23 Phoenix impounded-car auctions: "Thanks for contacting Phoenix Public Library! Yusuf here.", three other chats open at once over this one (four)', [
    [0, 'p', 'when does phoenix police auction impounded cars'],
    [30, 'l', 'Thanks for contacting Phoenix Public Library! Yusuf here, one of the librarians.'],
    [36, 'l', 'Do you want cars only, or other seized property as well?'],
    [70, 'p', 'cars'],
    [77, 'l', "Phoenix sells unclaimed and impounded vehicles at public auctions run by the City's contractor; dates and rules are on the City's surplus page, phoenix.gov/finance/surplus (Vehicle Auctions)."],
    [83, 'l', 'Is that helpful?'],
    [120, 'p', 'yes! thats all i needed'],
    [126, 'l', 'Wonderful, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('y1', 'yusuf-a', -100, 200), other('y2', 'yusuf-a', 40, 300), other('y3', 'yusuf-a', 90, 500)],
  }),

  // 24 three at most, touching ends, another provider's chat; code ""
  s(VERA, '24 an estate sale company contract: touching chats (three at most), another provider\'s chat overlapping, code ""', [
    [0, 'p', 'we are hiring an estate sale company for my aunts house. what should be in the contract?'],
    [22, 'l', "Hello! Thanks for contacting Ask a Librarian. My name is Vera, and I'm a librarian at Hennepin County Library."],
    [28, 'l', 'Is the company already picked, or are you still comparing a few?'],
    [60, 'p', 'comparing 2'],
    [67, 'l', "Compare the commission (often 25-40%), who pays for advertising and cleanup, what happens to unsold items, insurance, and when you get paid. The Minnesota Attorney General's consumer pages have a checklist at ag.state.mn.us (Consumer > Estate Sales), and the American Society of Estate Liquidators lists questions to ask at asel.us."],
    [73, 'l', 'Does that give you what you need?'],
    [110, 'p', 'yes, that is all i needed. thank you!'],
    [115, 'l', "You're welcome — goodbye and take care!"],
  ], usual({ code: 'fail' }), { resolutionCode: '' }, {
    otherIntervals: [
      other('v1', 'vera-a', -300, 0), other('v2', 'vera-a', -50, 90), other('v3', 'vera-a', 60, 400), other('v5', 'vera-a', 95, 300),
      other('v4', 'vera-a', 120, 500), other('z1', 'someone-else', 10, 100), other('z2', 'someone-else', 20, 110),
    ],
  }),

  // 25 Practice
  s(TRAINEE, '25 practice chat (surplus macro test): coded Practice, every check na', [
    [0, 'p', 'test: surplus auction macro'],
    [5, 'l', 'Testing: GSA Auctions are at gsaauctions.gov'],
    [10, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 26 Spanish, a true Lost Call ending on a notice without thanks
  s(MINA, '26 depósito para la subasta de Polk County (Spanish, Lost Call): greeting only, "¿Sigue usted ahí?" at 160, notice without thanks at 215 (190 s)', [
    [0, 'p', 'cuanto es el deposito para la subasta de tax deed en polk county?'],
    [30, 'l', 'Hola, le saluda Mina, bibliotecaria de Polk County Library Cooperative.'],
    [160, 'l', '¿Sigue usted ahí?'],
    [215, 'l', 'No he recibido respuesta; parece que se desconectó. Voy a cerrar la sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 27 no provider ever joined (Spanish)
  s(NOBODY, '27 subastas de autos de la policía en Houston (Spanish): no provider ever joined, "hola? sigue alguien ahí", patron left, code null', [
    [0, 'p', 'buenas, alguien me puede ayudar? quiero saber de las subastas de autos de la policía en Houston'],
    queued(3),
    [140, 'p', 'hola? sigue alguien ahí'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 28 Lost Call after five patron lines; "Take your time reading it" then a 153 s wait on the patron
  s(DOT, '28 kids and strollers at an estate sale: "Take your time reading it, I\'ll be here." then the patron 153 s later, coded Lost Call after five patron lines', [
    [0, 'p', 'is it ok to bring kids to an estate sale? also strollers'],
    [20, 'l', 'Hello, Ask a Librarian at Wake County Public Libraries — Dot speaking.'],
    [26, 'l', 'Is this a sale inside a house, or outside in a yard or garage?'],
    [55, 'p', 'inside a house'],
    [62, 'l', "Kids are usually fine, but strollers often aren't in a crowded house, and many companies say so in the listing. EstateSales.net's etiquette tips cover it: estatesales.net/estate-sale-tips. Take your time reading it, I'll be here."],
    [215, 'p', 'read it, makes sense'],
    [218, 'p', 'ty'],
    [224, 'l', 'Great! Did it answer what you wanted to know?'],
    [240, 'p', 'yep'],
    [244, 'l', 'Have fun at the sale, thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 29 a clarifying question, then the patron is gone (Lost Call with one patron line)
  s(KENJI, '29 what to bring to a Montgomery County OH sheriff sale: a clarifying question, no answer, check-in at 145, notice and goodbye at 210, Lost Call', [
    [0, 'p', 'what do i need to bring to bid at a sheriff sale in montgomery county ohio'],
    [20, 'l', 'Hi! Kenji from Dayton Metro Library here.'],
    [25, 'l', 'Are you bidding in person at the courthouse, or on the online auction site?'],
    [145, 'l', 'Just checking — are you still with me?'],
    [210, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Thanks for stopping by, and feel free to come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 30 referrals with no contact
  s(BO, '30 occupants still in a house bought at a Maricopa tax lien foreclosure: eviction guide URL, "talk to a real estate attorney, and call the County Recorder\'s office"', [
    [0, 'p', 'I bought a house at the Maricopa tax lien foreclosure and theres still people living in it. what do I do'],
    [26, 'l', 'Hello, this is Bo, a librarian at Phoenix Public Library. That sounds stressful.'],
    [32, 'l', 'Do you already have the deed recorded in your name?'],
    [70, 'p', 'yes recorded last week'],
    [77, 'l', "Then you'd have to go through an eviction (a forcible detainer action); you can't change the locks yourself. Arizona's self-help eviction guide is at azcourts.gov/selfservicecenter (Eviction Actions). Before filing, please talk to a real estate attorney, and call the County Recorder's office to double-check the deed."],
    [83, 'l', 'Does that point you in the right direction?'],
    [120, 'p', 'ya thanks'],
    [125, 'l', 'Anything else I can help with?'],
    [140, 'p', 'no'],
    [144, 'l', 'Good luck, and thanks for chatting!'],
  ], usual({ referral: 'fail' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundAuctions.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: government auctions, surplus property and estate sales, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundAuctions.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundAuctions.filter((c) => c.name in LEFT_WHY));
});
