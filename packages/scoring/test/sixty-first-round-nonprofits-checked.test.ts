/**
 * Sixty-first round, theme NONPROFITS AND VOLUNTEERING, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: starting a nonprofit (an Ohio food pantry, Georgia steps, a Texas church, sample
 * bylaws for a Michigan garden), 501(c)(3) status (1023-EZ eligibility, 501(c)(3) vs 501(c)(4), fiscal sponsorship,
 * reinstating a revoked exemption, looking up an EIN, deducting volunteer mileage), finding a volunteer opportunity (teen
 * service hours in Spanish, NHS hours in chat-speak, a retiree, volunteering abroad, hospice visits, CASA, an animal
 * shelter), board duties, charity registration (California's Registry, New York's CHAR500, is a phone solicitor legit),
 * fundraising rules (a PA 50/50 raffle, a Virginia bake sale, grants for murals, tutoring and a first proposal) and
 * background checks for volunteers (Florida coaches, a Maryland chaperone's CJIS fingerprint form). Providers point to the
 * IRS, secretaries of state, attorneys general, county treasurers, FDLE and DPSCS, Candid, BoardSource, Idealist,
 * VolunteerMatch, CASA and their own libraries' Teen Services and Nonprofit Resource Center. Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to
 * /tmp/sixtyFirstRoundNonprofits-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 30 s pickup (01); a patron "hello?" in the queue and an 85 s pickup (23: fail); `pickedUpAt`
 *   at 40 s with the first line at 70 (21); "Hi there! Happy to help with that." under the screen name "Ref Desk 2" (04:
 *   greets, names no one: fail); "Hi there!" + "Sol here, with Fairfax County Public Library's Ask a Librarian." split over two
 *   lines (22); Spanish "¡Hola! Soy Lucía, bibliotecaria de …" (03); chat-speak "hey! wren from ask a librarian @ maple valley
 *   library 👋" (26); a greeting that carries the clarifying question in a Lost Call (09); no provider ever joined (08);
 *  inquiry: state and 501(c)(3) plans, receipts and assets, the child's age, county, league type, town and causes, itemizing,
 *   the revocation year, the form's heading, the fiscal year and return; no question at all (04: fail); "How big is your
 *   group's budget?" only after fiscalsponsors.org and a book (27: fail);
 *  waits: "checking the current eligibility worksheet, one sec" answered 150 s later (02: fail); holds at 96 and 200 (one a
 *   partial result that says the search goes on) and the answer at 305 (25: pass); "Sure, take your time." then the patron
 *   back 204 s later (24: a wait on the patron); a silent transfer with the receiver 145 s after the patron (13: fail); a
 *   transfer notice and the receiver 54 s later (12);
 *  endings: "Are you still there?" at 230 and "It looks like you may have disconnected, so I'll end this chat now. Feel free to
 *   chat back anytime!" at 400 (07: final idle 314 s, both pass); a Lost Call with a check-in at 150 and "Seems like you've
 *   disconnected. I'm going to close this chat now." at 250, no goodbye (09: idle and notice pass, courteous fails); a goodbye
 *   136 s after the answer with no check-in (29: idle fails, disconnect na); the patron's window closing, "Are you still with
 *   me?" at 230 and nothing until 430 (30: idle passes, notice and courteous fail); "That's a lot of questions for one chat and
 *   I have other things to do. I'm going to end the session here." (14: dismissal); "a few other patrons waiting … Please chat
 *   back in later" (15: allowed); the patron's "ya ty thats all" as the last line (26: courteous fails); goodbyes "Have a
 *   great day!", "Thanks, talk to you tomorrow!", "You're welcome! Have fun on the field trip, bye!", "¡De nada! Gracias por
 *   usar nuestro chat."; patron-side "thats all i needed", "es todo", "thats everything for now", "no more questions", "thats
 *   all for now", "no thats it thanks", and "yes thanks", "yes great", "ok fine", "yes" that do not count;
 *  sources: irs.gov pages, apps.irs.gov/app/eos, ohiosos.gov, oag.ca.gov, revenue.pa.gov, fdle.state.fl.us, sos.maryland.gov,
 *   dpscs.maryland.gov, charitiesnys.com, vdacs.virginia.gov, candid.org, guidestar.org, boardsource.org, idealist.org,
 *   volunteermatch.org, caringinfo.org, a library's databases page, books in the catalog; none at all (28: steps only, "file
 *   articles of incorporation with the Secretary of State", "apply to the IRS");
 *  referrals: the Ohio SOS and the IRS by URL (01); the library's Teen Services by phone in Spanish (03, LEFT); "ask the
 *   society whether it carries D&O insurance" (04: no contact); the AG's Registry by URL (05, LEFT); the Bucks County
 *   Treasurer, "check with them", with no phone found (06: fail); the MD Charities Division by phone (11); CASA by URL and
 *   e-mail (13); "apply to the IRS again" with irs.gov (19, LEFT); fingerprinting locations "listed with addresses and phone
 *   numbers" at a URL (24); "sign up w/ them at maplevalleyhumane.org/volunteer" (26, LEFT); the Secretary of State, a
 *   newspaper and the IRS named bare (28: fail); the library's Nonprofit Resource Center by phone and e-mail (30); a
 *   self-identification the scorer read as a referral (22, LEFT); "I'll ask your library to send it" (17) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by tomorrow at noon", done in 20 h (05: pass); a promise with the
 *   e-mail read back, "by Friday", coded Answered (18: code fails, on_time pending); FU_ME by phone read back, "tomorrow
 *   morning", done after 90 h (19: on_time fails); FU_LIB with the e-mail only in `patron.email`, no time, not done by day 5
 *   (17: contact and on_time fail); FU_ME with no contact anywhere ("the email on your library account", no `patron.email`),
 *   day 1 (20: code and contact fail, on_time pending);
 *  codes: a Lost Call with no provider and one patron line (08: pass); a Lost Call with one patron line and a clarifying
 *   question (09: pass); Lost Call after three patron lines (22: fail); null (21); Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (12: pass); an internal note only (13: fail);
 *  concurrency: four at once (10: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (11: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting that asks a clarifying question ("What kind of volunteering are you interested in, and what town are you in?")
 *   is a provider message other than a greeting alone: "a clarifying question counts", so a Lost Call whose patron vanished
 *   after it has a substantive exchange (09): clarify passes, source fails (none given), completeness and anything_else fail
 *   (info.source is not na), and keep_informed passes; the parenthetical "vanished before the provider could work on it" is
 *   read as the case with no such message;
 * - "Seems like you've disconnected. I'm going to close this chat now." is a disconnect notice and not a goodbye (it announces
 *   the end only), so courteous fails there (09); "… I'll end this chat now. Feel free to chat back anytime!" invites back, so
 *   it is a goodbye and ends the final idle (07);
 * - filing with, registering with, applying to or signing up with an organisation outside the chat is writing to it: a
 *   referral ("file articles … with the Secretary of State", "apply to the IRS", "register with the Attorney General's
 *   Registry", "sign up w/ them [the Humane Society] at …") (01, 05, 19, 26, 28), reached by the organisation's own URL when
 *   one comes with it; a website or database the patron only uses (VolunteerMatch, Idealist, GrantStation, IRS TEOS) is a
 *   source;
 * - "ask the society whether it carries D&O insurance" tells the patron to ask an organisation outside the chat (the one they
 *   may join): a referral with no contact (04);
 * - "You go in person to one of the approved fingerprinting locations; they're listed with addresses and phone numbers on …
 *   dpscs.maryland.gov/…" refers to parties reached through the URL that lists them (24: pass);
 * - "Meanwhile, does the CT-1 page answer the registration question?", "Does the AmeriCorps Seniors site help in the
 *   meantime?", "Did the IRS page help for now?", "Does that get you started?", "Does that do it?", "Does that cover it?"
 *   ask whether what was given meets the need;
 * - "Thanks, talk to you tomorrow!", "Have a great day!" and "You're welcome! Have fun on the field trip, bye!" say goodbye;
 * - "thats everything for now", "thats all for now" and "es todo" say the patron is done; "yes thanks", "yes great" do not;
 * - "I'll ask your library to send it to you at the e-mail on your library account" promises a follow-up (a follow-up session)
 *   but refers the patron to no one (17); "the email on your library account" with no `patron.email` and no address in the
 *   chat leaves no patron contact known, so a follow-up code fails resolution.code (20).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (six check results: five referral.contact, one followup.completeness).
 * Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 03, referral.contact pass/na: "llame a la sección de Jóvenes (Teen Services) al 555-0147 para apuntarlo" (Spanish,
 *    own library's department by phone);
 *  - case 05, followup.completeness pass/fail: "Meanwhile, does the CT-1 page answer the registration question?"; and
 *    referral.contact pass/na: "register with the Attorney General's Registry … at oag.ca.gov/…";
 *  - case 19, referral.contact pass/fail: "you apply to the IRS again … the IRS explains reinstatement at irs.gov/…" (the URL
 *    not taken as the IRS's contact);
 *  - case 22, referral.contact na/fail: the self-identification "Sol here, with Fairfax County Public Library's Ask a
 *    Librarian." read as a referral without contact;
 *  - case 26, referral.contact pass/na: "sign up w/ them at maplevalleyhumane.org/volunteer".
 * Every timing check (pickup at 30 and 85 s, by `pickedUpAt`, no provider; keep_informed at 150 and 145 s, across holds,
 * "take your time", two transfers; final idles of 0, 136, 200, 235 and 314 s; concurrency at four and at touching ends;
 * on_time done at 20 h, late at 90 h, pending at day 1, not recorded by day 5) scored as labelled on the first run. The
 * redaction equality of describeSessions holds for every running case (patron e-mails typed and read back, a patron phone
 * read back, an e-mail in `patron.email`, organisations' e-mails and phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (5 through describeLeft).
 * ON v55 (block U, written partly from this file): case 22's "Sol here, with Fairfax County Public Library's Ask a Librarian." is
 *   the service's name, no referral (U2), and runs: 26 running, 4 LEFT (03, 05, 19, 26).
 * FINAL RUN (rubric v55): 30 tests passed (4 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting. You are number ${n} in line; a librarian will join shortly.`];

const ANA: Prov = { id: 'ana-l', name: 'Ana', library: 'LPL-OH' };
const BEN: Prov = { id: 'ben-f', name: 'Ben', library: 'FCL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'RVCL' };
const REFDESK: Prov = { id: 'refdesk2', name: 'Ref Desk 2', library: 'HPL' };
const CARA: Prov = { id: 'cara', name: 'Cara', library: 'SPL-CA' };
const DOUG: Prov = { id: 'doug', name: 'Doug', library: 'PA-ASK' };
const EVA: Prov = { id: 'eva', name: 'Eva', library: 'ACLD' };
const NOBODY: Prov = { id: 'queue-v', name: 'Queue', library: 'STATE' };
const SAM: Prov = { id: 'sam-a', name: 'Sam', library: 'ASK' };
const FAYE: Prov = { id: 'faye', name: 'Faye', library: 'MRL' };
const GUS: Prov = { id: 'gus', name: 'Gus', library: 'AUN' };
const HANNA: Prov = { id: 'hanna', name: 'Hanna', library: 'AUS' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'EPFL' };
const JOEL: Prov = { id: 'joel', name: 'Joel', library: 'LCL' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'LCL' };
const LEO: Prov = { id: 'leo', name: 'Leo', library: 'AUS-TX' };
const MIRA: Prov = { id: 'mira', name: 'Mira', library: 'WML' };
const TRAINER: Prov = { id: 'trainer-np', name: 'Training Account', library: 'TRN' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'AUS' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'KDL' };
const PAZ: Prov = { id: 'paz', name: 'Paz', library: 'GCLS' };
const QUIN: Prov = { id: 'quin', name: 'Quin', library: 'DML' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'WPL' };
const SOL: Prov = { id: 'sol', name: 'Sol', library: 'FCPL' };
const TOBY: Prov = { id: 'toby', name: 'Toby', library: 'AUS' };
const UMA: Prov = { id: 'uma', name: 'Uma', library: 'HCLS' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'QPL' };
const WREN: Prov = { id: 'wren', name: 'wren_mvl', library: 'MVL' };
const XAVI: Prov = { id: 'xavi', name: 'Xavi', library: 'RPL' };
const YARA: Prov = { id: 'yara', name: 'Yara', library: 'ARL' };
const ZED: Prov = { id: 'zed', name: 'Zed', library: 'PBL' };
const ABE: Prov = { id: 'abe', name: 'Abe', library: 'CEN' };

export const sixtyFirstRoundNonprofits: SessionCase[] = [
  // 01 starting a nonprofit in Ohio: SOS + IRS by URL (referrals with URLs), Candid guide
  s(ANA, '01 food pantry nonprofit in Ohio: queue line, state + 501(c)(3) asked, hold 74 s, "file … with the Ohio Secretary of State at ohiosos.gov", "thats all i needed"', [
    [0, 'p', 'Hi im trying to start a nonprofit for our neighborhood food pantry, where do I even begin??'],
    queue(2),
    [30, 'l', 'Good afternoon! This is Ana, a librarian at Lorain Public Library. Congrats on the pantry!'],
    [36, 'l', 'Are you in Ohio? And do you plan to apply for 501(c)(3) status so donations are tax-deductible, or just incorporate for now?'],
    [90, 'p', 'yes ohio. and yes we want the 501c3 so people can write it off'],
    [96, 'l', 'Let me grab the steps for you.'],
    [170, 'l', 'Two parts. First you incorporate with the state: file Articles of Incorporation for a nonprofit corporation (Form 532B) with the Ohio Secretary of State at ohiosos.gov/businesses. Then get an EIN and apply to the IRS for exemption on Form 1023 or 1023-EZ; the steps are at irs.gov/charities-non-profits/application-for-recognition-of-exemption. Candid also has a free guide, "How to Start a Nonprofit", at candid.org under Learning.'],
    [176, 'l', 'Does that give you what you need to get started?'],
    [240, 'p', 'yes! this is great. thats all i needed'],
    [246, 'l', 'Wonderful, thanks for chatting with Ask a Librarian, and good luck with the pantry!'],
  ], usual({ referral: 'pass' })),

  // 02 1023-EZ: "one sec" then 150 s
  s(BEN, '02 can a robotics club use the 1023-EZ: "checking the current eligibility worksheet, one sec" then 150 s, "nope"', [
    [0, 'p', "quick q, can we use the 1023-EZ? we're a tiny youth robotics club, maybe $8k a year"],
    [18, 'l', 'Hi, Ben here at the Ask Us chat, Franklin County Library.'],
    [24, 'l', 'Do you expect gross receipts to stay under $50,000 a year for the next three years, and are your total assets under $250,000?'],
    [70, 'p', 'way under both'],
    [75, 'l', 'ok, checking the current eligibility worksheet, one sec'],
    [225, 'l', "Sorry that took a while! With those numbers you're likely eligible. The eligibility worksheet is in the Instructions for Form 1023-EZ at irs.gov/forms-pubs/about-form-1023-ez: if you answer No to every question on it, you can use the EZ. The fee is $275."],
    [231, 'l', 'Did that answer it?'],
    [280, 'p', 'yep thx'],
    [285, 'l', 'Anything else I can help with?'],
    [310, 'p', 'nope'],
    [315, 'l', 'Thanks for using Ask Us. Bye!'],
  ], usual({ informed: 'fail' })),

  // 03 Spanish: teen service hours; the library's Teen Services by phone
  s(LUCIA, '03 horas de servicio para un hijo de 14 años (Spanish): age asked, volunteermatch.org, "llame a la sección de Jóvenes … al 555-0147", "es todo"', [
    [0, 'p', 'hola, mi hijo necesita 40 horas de servicio comunitario para la escuela, donde puede ser voluntario?'],
    [25, 'l', '¡Hola! Soy Lucía, bibliotecaria de la Biblioteca del Condado de Riverview. Con gusto le ayudo.'],
    [31, 'l', '¿Cuántos años tiene su hijo? Muchos lugares piden 16 o más.'],
    [80, 'p', 'tiene 14'],
    [86, 'l', "Para 14 años hay opciones. En VolunteerMatch (volunteermatch.org) puede filtrar por 'Teens' y por su código postal. Además, nuestra biblioteca tiene un programa de voluntarios juveniles: llame a la sección de Jóvenes (Teen Services) al 555-0147 para apuntarlo."],
    [92, 'l', '¿Le sirve esta información?'],
    [140, 'p', 'si gracias, es todo'],
    [146, 'l', '¡De nada! Gracias por usar nuestro chat.'],
  ], usual({ referral: 'pass' })),

  // 04 board duties: no name, no question, "ask the society" with no contact
  s(REFDESK, '04 joining a historical society board: "Hi there! Happy to help with that." (names no one), no question, BoardSource + a book, "ask the society whether it carries D&O insurance"', [
    [0, 'p', 'I just got asked to join the board of our local historical society. What am I actually legally responsible for?'],
    [20, 'l', 'Hi there! Happy to help with that.'],
    [26, 'l', 'Board members generally have three legal duties: care, loyalty and obedience. BoardSource explains each at boardsource.org (Resources > Board Responsibilities), and the book "Ten Basic Responsibilities of Nonprofit Boards" by Richard Ingram is in our catalog. Before you say yes, ask the society whether it carries D&O insurance for its directors.'],
    [32, 'l', 'Does that help?'],
    [70, 'p', 'yes very helpful, thank you'],
    [76, 'l', "You're welcome! Thanks for chatting."],
  ], usual({ greeting: 'fail', clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // 05 CA charity registration: follow-up by me, e-mail read back, "by tomorrow at noon", done 20 h
  s(CARA, '05 California charity registration (follow-up by me): Registry of Charities by URL, e-mail typed and read back, "by tomorrow at noon", done 20 h', [
    [0, 'p', 'Our nonprofit just got our 501c3 letter. Someone told us we ALSO have to register with the state of California? Is that true'],
    [22, 'l', "Hello and welcome! I'm Cara, a reference librarian with the Sacramento Public Library."],
    [28, 'l', 'Do you hold or ask for charitable donations in California (take donations, run fundraisers)?'],
    [75, 'p', 'yes we do a gala every year'],
    [81, 'l', "Then yes: charities that hold or raise money in California register with the Attorney General's Registry of Charities and Fundraisers. The initial registration form (CT-1) and its instructions are at oag.ca.gov/charities/initial-reg."],
    [87, 'l', "There's also the question of whether your gala raffle needs a separate raffle registration. I'd like to confirm that and e-mail you. What's the best e-mail?"],
    [140, 'p', 'treasurer.lpf@example.com'],
    [146, 'l', "treasurer.lpf@example.com, got it. I'll e-mail you by tomorrow at noon about the raffle part."],
    [152, 'l', 'Meanwhile, does the CT-1 page answer the registration question?'],
    [200, 'p', 'yes it does. thats everything for now, thanks!'],
    [206, 'l', 'Great, thanks for contacting us!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 06 PA 50/50 raffle: the County Treasurer with no contact
  s(DOUG, '06 PTO 50/50 raffle in Bucks County PA: county asked, revenue.pa.gov guide, "check with [the Treasurer\'s office]" and no phone found', [
    [0, 'p', "can our PTO do a 50/50 raffle at the spring carnival or do we need a license? we're in PA"],
    [35, 'l', 'Hi, this is Doug with the Ask Here PA chat. Happy to look into it.'],
    [41, 'l', 'Which county is the carnival in? In Pennsylvania the small games license comes from the county.'],
    [90, 'p', 'Bucks county'],
    [96, 'l', "PA's Local Option Small Games of Chance Act covers 50/50 drawings. The Department of Revenue's guide to small games of chance is at revenue.pa.gov (search \"small games of chance\"). The license itself comes from the Bucks County Treasurer's office, so check with them before you sell any tickets."],
    [102, 'l', 'Is that what you were looking for?'],
    [150, 'p', 'ok. do they have a phone number'],
    [156, 'l', "I'm not finding a direct line for their licensing desk, sorry. The county's main website should list one."],
    [200, 'p', 'ok fine'],
    [205, 'l', 'Thanks for chatting, good luck with the carnival!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 07 FL volunteer coach screening: check-in at 230, notice + invitation back at 400
  s(EVA, '07 background checks for rec-league coaches (FL): FDLE VECHS URL, quiet patron, "Are you still there?" at 230, notice that invites back at 400', [
    [0, 'p', 'what kind of background check do volunteer coaches need for a kids soccer league in Florida'],
    [28, 'l', 'Good evening! Eva here, librarian at Alachua County Library District.'],
    [34, 'l', 'Is the league part of a national body like US Youth Soccer or AYSO, or a local independent league?'],
    [80, 'p', 'independent, just our town rec league'],
    [86, 'l', "For Florida volunteers who work with children, many leagues use a Level 2 (fingerprint) screening through the Volunteer & Employee Criminal History System (VECHS). FDLE explains it at fdle.state.fl.us/Criminal-History-Records/VECHS, and the Florida Youth Soccer Association's risk management page (fysa.com/risk-management) lists what its member leagues do."],
    [92, 'l', 'Does that help?'],
    [230, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you may have disconnected, so I'll end this chat now. Feel free to chat back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 08 no provider joined; one patron line; Lost Call
  s(NOBODY, '08 volunteering at the animal shelter: queue line, no provider ever joined, patron left at 240, coded Lost Call (one patron line)', [
    [0, 'p', 'how old do you have to be to volunteer at the county animal shelter'],
    queue(2, 5),
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 09 Lost Call with a clarifying question in the greeting, then nothing from the patron
  s(SAM, '09 "looking for volunteer stuff" (Lost Call): greeting with a clarifying question, "Are you still there?" at 150, "I\'m going to close this chat now." at 250 (no goodbye)', [
    [0, 'p', 'looking for volunteer stuff'],
    [20, 'l', 'Hi, this is Sam at Ask a Librarian. What kind of volunteering are you interested in, and what town are you in?'],
    [150, 'l', 'Are you still there?'],
    [250, 'l', "Seems like you've disconnected. I'm going to close this chat now."],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 volunteer abroad; four chats at once
  s(FAYE, '10 cheap volunteer-abroad programs: idealist.org, peacecorps.gov, a book, "thats all i needed"; four chats open at once', [
    [0, 'p', "hey are there legit volunteer abroad programs that don't cost thousands? lol"],
    [15, 'l', 'Hi! Faye from Ask a Librarian at Marion Library here.'],
    [21, 'l', 'What kind of work are you hoping to do, and for how long?'],
    [60, 'p', 'teaching english maybe, like 3 months, summer'],
    [66, 'l', 'Idealist (idealist.org) lists volunteer roles, many with no program fee; filter by "Volunteer Opportunity" and location. Peace Corps (peacecorps.gov) is free but asks for 27 months, so it won\'t fit a summer. For a critical look at fee-charging programs, our catalog has "Learning Service: The Essential Guide to Volunteering Abroad" by Claire Bennett.'],
    [72, 'l', 'Is that the kind of thing you were after?'],
    [110, 'p', 'yeah thats perfect thats all i needed'],
    [115, 'l', 'Awesome, have a great summer! Thanks for chatting.'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('f1', 'faye', -300, 200), other('f2', 'faye', -30, 400), other('f3', 'faye', 40, 150)],
  }),

  // 11 is this charity legit: the MD Charities Division by phone; touching ends
  s(GUS, '11 is a phone-solicitor charity legit (MD): name + state asked, IRS TEOS, MD charity search, Charities Division by phone; others touching the ends (three at most)', [
    [0, 'p', 'how can I tell if a charity that called me asking for money is legit'],
    [20, 'l', 'Hello, Gus here, reference librarian with Ask Us Now.'],
    [26, 'l', "Do you have the charity's exact name, and which state did they say they're in?"],
    [70, 'p', 'Heroes Fund for Firefighters, they said Maryland'],
    [76, 'l', 'Let me run a couple of checks.'],
    [150, 'l', "Here's how to check any charity: the IRS Tax Exempt Organization Search at apps.irs.gov/app/eos shows whether it is a registered 501(c)(3), and the Maryland Secretary of State's charity search at sos.maryland.gov/Charity shows whether it is registered to solicit in Maryland. I don't find 'Heroes Fund for Firefighters' in either. You can report the call to the Secretary of State's Charities Division at 410-974-5534."],
    [156, 'l', 'Does that help you decide?'],
    [210, 'p', "yes, I won't give them anything. that's everything"],
    [215, 'l', 'Good call. Thanks for checking with us, take care!'],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [other('g1', 'gus', -500, 0), other('g2', 'gus', -100, 600), other('g3', 'gus', 10, 300), other('g4', 'gus', 220, 900)],
  }),

  // 12 transfer with a notice and a note
  s(HANNA, '12 funders for community murals (Baltimore): transfer to Iris with a notice and an internal note, Foundation Directory Online + msac.org', [
    [0, 'p', "Hi! I run a small arts nonprofit and I'm looking for foundations that fund community murals"],
    [25, 'l', "Hi, I'm Hanna, a librarian with the Ask Us statewide chat."],
    [31, 'l', 'What state or city is the project in?'],
    [70, 'p', 'Baltimore'],
    [76, 'l', "Our grants librarian Iris knows the funder databases best, so I'm transferring you to her now. One moment please!"],
    [79, 'i', 'Iris: pt looking for foundations funding community murals in Baltimore, small arts nonprofit. Thanks!'],
    xfer(82, 'Iris', 'iris'),
    [130, 'l', "Hi, Iris here, grants librarian. The best tool is Foundation Directory Online, free with your library card at prattlibrary.org/databases: search Fields of Interest 'Arts' with Geographic Focus 'Baltimore'. The Maryland State Arts Council's grants page (msac.org/grants) lists public art grants too.", as(IRIS)],
    [136, 'l', 'Is that what you needed?', as(IRIS)],
    [190, 'p', 'yes! thats all, thank you both'],
    [196, 'l', "You're welcome, good luck with the murals!", as(IRIS)],
  ], usual({ transfer: 'pass' })),

  // 13 silent transfer; the receiver 145 s after the patron; CASA by URL + e-mail
  s(JOEL, '13 becoming a CASA volunteer (Hamilton Co IN): transfer to Kim with an internal note only, Kim 145 s after the patron, CASA URL + e-mail', [
    [0, 'p', 'how do i become a CASA volunteer? for foster kids'],
    [20, 'l', 'Hello! Joel at Ask a Librarian, Linden County Library.'],
    [26, 'l', 'Which county do you live in? Each CASA program is local.'],
    [55, 'p', 'Hamilton county, Indiana'],
    [58, 'i', 'Kim, can you take this? CASA volunteering in Hamilton Co IN, you did the volunteer fair.'],
    xfer(62, 'Kim', 'kim'),
    [200, 'l', 'Hi, Kim here! Hamilton County CASA recruits volunteers year-round: the application, the 30 hours of pre-service training and the background check steps are at hamiltoncountycasa.org/volunteer. You can also e-mail their volunteer coordinator at volunteer@hccasa.example.org.', as(KIM)],
    [206, 'l', 'Does that help?', as(KIM)],
    [250, 'p', 'yes thank u'],
    [255, 'l', 'Anything else today?', as(KIM)],
    [280, 'p', 'no thats it'],
    [285, 'l', 'Thanks for chatting, take care!', as(KIM)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 14 dismissal
  s(LEO, '14 starting a church in Texas: IRS Pub 1828, then "That\'s a lot of questions for one chat and I have other things to do. I\'m going to end the session here."', [
    [0, 'p', 'hi. starting a church. do churches need 501c3? also how do we do payroll for the pastor and do we need a board and can we own the building'],
    [30, 'l', 'Hi, Leo here, librarian at Ask Us.'],
    [36, 'l', 'Is the church already incorporated in your state?'],
    [80, 'p', "not yet. we're in texas"],
    [86, 'l', "Churches are treated as tax-exempt automatically and don't have to apply, though many do so donors feel sure. IRS Publication 1828, Tax Guide for Churches and Religious Organizations, covers it: irs.gov/pub/irs-pdf/p1828.pdf. It also covers paying the pastor (the minister's housing allowance)."],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'some. what about texas incorporation and board and insurance and the building, and do we need bylaws'],
    [160, 'l', "That's a lot of questions for one chat and I have other things to do. I'm going to end the session here."],
    [175, 'p', 'wow rude'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 15 other patrons waiting, come back later (allowed)
  s(MIRA, '15 501(c)(3) vs 501(c)(4) for a bike-lane group: IRS + Bolder Advocacy, then "a few other patrons waiting … Please chat back in later"', [
    [0, 'p', "what's the difference between a 501c3 and a 501c4, and can a c4 do lobbying"],
    [40, 'l', "Good morning! I'm Mira, a librarian at the Westfield Memorial Library."],
    [46, 'l', 'Are you asking for an organization you are starting, or comparing two existing groups?'],
    [100, 'p', 'starting one, advocacy for bike lanes'],
    [106, 'l', 'In short: a 501(c)(3) can do only limited lobbying and no campaign work, but donations to it are tax-deductible; a 501(c)(4) can lobby without limit and do some political activity, but donations are not deductible. The IRS describes (c)(4)s at irs.gov/charities-non-profits/other-non-profits/social-welfare-organizations, and Bolder Advocacy\'s guide "Being a Player" (bolderadvocacy.org) explains the lobbying rules.'],
    [112, 'l', 'Does that cover it?'],
    [170, 'p', 'yes but also what about an LLC instead, and fiscal sponsors, and how do we get grants, and can we pay ourselves'],
    [180, 'l', "Great questions! I have a few other patrons waiting right now, so I can't go through them all at once. Please chat back in later and we'll pick up from here."],
    [200, 'p', 'ok will do'],
    [205, 'l', 'Thanks, and good luck with the bike lanes!'],
  ], usual({ anything: 'fail' })),

  // 16 Practice
  s(TRAINER, '16 practice chat (volunteer form script): coded Practice, every check na', [
    [0, 'p', 'test test - volunteer form question'],
    [8, 'l', 'Hi, this is a practice session for new Ask Us staff.'],
    [15, 'l', 'Volunteer info is at samplelibrary.org/volunteer. Did that help?'],
    [25, 'p', 'testing done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 follow-up by the patron's library: e-mail only in patron.email, no time, never done
  s(NELL, '17 volunteer list for a retiree (follow-up by patron\'s library): AmeriCorps Seniors URL, "send it … to the e-mail on your library account", no time, not done by day 5', [
    [0, 'p', "does my library have a list of places that need volunteers? I'm retired and want to do something 2 days a week"],
    [30, 'l', "Hi! This is Nell with the Ask Us statewide chat; I'm at a different library, but I can help."],
    [36, 'l', 'Which library system are you with, and what kind of things do you enjoy doing?'],
    [100, 'p', 'Carroll County. I like gardening and reading to kids'],
    [106, 'l', "AmeriCorps Seniors (americorps.gov/serve/americorps-seniors) has a volunteer finder for people 55 and up. Carroll County also keeps a volunteer center list, but I can't see the current one from here, so I'll ask your library to send it to you at the e-mail on your library account."],
    [112, 'l', 'Does the AmeriCorps Seniors site help in the meantime?'],
    [160, 'p', 'yes thank you'],
    [165, 'l', "You're welcome! Thanks for using Ask Us."],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'rjennings52@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 18 a promise coded Answered; pending
  s(OMAR, '18 sample bylaws for a Michigan garden nonprofit: MNA template + Nolo book, "I can email you the answer", e-mail read back, "by Friday", coded Answered', [
    [0, 'p', 'Im writing bylaws for our community garden nonprofit. Are there sample bylaws for Michigan?'],
    [20, 'l', 'Hello, Omar here at Ask a Librarian, Kent District Library.'],
    [26, 'l', 'Is the garden incorporated as a Michigan nonprofit corporation already, or are you about to file?'],
    [70, 'p', 'we filed last month'],
    [76, 'l', 'The Michigan Nonprofit Association has a sample bylaws template for members at mnaonline.org (Resources > Governance). Our catalog also has "Starting & Building a Nonprofit" from Nolo, which includes sample bylaws.'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes. do you know if michigan requires a certain number of directors?'],
    [126, 'l', "I'm not sure offhand and want to check the statute. I can email you the answer. What's your email?"],
    [160, 'p', 'greenrows.garden@example.com'],
    [166, 'l', "greenrows.garden@example.com. I'll get back to you by Friday."],
    [190, 'p', 'perfect, thats all'],
    [195, 'l', 'Thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 19 follow-up by me by phone, done after 90 h
  s(PAZ, '19 reinstating a revoked exemption (follow-up by me): "apply to the IRS again" + irs.gov, phone given and read back, "tomorrow morning", done after 90 h', [
    [0, 'p', 'our little club lost its tax exempt status because we never filed the 990-N, how do we get it back'],
    [35, 'l', "Hi, I'm Paz, reference librarian at Greenville County Library."],
    [41, 'l', 'Do you know the year the IRS revoked it? It is on the revocation letter (CP120A).'],
    [90, 'p', '2022 i think'],
    [96, 'l', 'To get it back you apply to the IRS again with a new Form 1023 or 1023-EZ; the IRS explains reinstatement at irs.gov/charities-non-profits/reinstating-tax-exempt-status.'],
    [102, 'l', 'I want to double-check which option still fits a 2022 revocation. Can I call you back?'],
    [150, 'p', 'sure 864-555-0173'],
    [156, 'l', "864-555-0173. I'll call you tomorrow morning."],
    [162, 'l', 'Did the IRS page help for now?'],
    [200, 'p', 'yes, thats all for now'],
    [205, 'l', 'Thanks, talk to you tomorrow!'],
  ], usual({ contact: 'pass', onTime: 'fail', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 20 follow-up by me with no contact known
  s(QUIN, '20 grants for an after-school tutoring nonprofit (follow-up by me): GrantStation, "send it to the email on your library account" with no contact anywhere', [
    [0, 'p', 'can the library help me find grants for my new nonprofit, we do after school tutoring'],
    [22, 'l', 'Hi! Quin here, a librarian at Dayton Metro Library.'],
    [28, 'l', 'Is the nonprofit already a 501(c)(3), and is it in Montgomery County?'],
    [60, 'p', 'yes and yes'],
    [66, 'l', "Start with GrantStation, which you can use free with your card from daytonmetrolibrary.org/research (Databases > Business). I'll also pull a short list of local funders and send it to the email on your library account."],
    [72, 'l', 'Does that get you started?'],
    [110, 'p', 'yes thanks'],
    [115, 'l', 'Have a great day!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 21 pickedUpAt; code null
  s(RUTH, '21 hospice volunteer training: pickedUpAt 40 s, first line at 70, caringinfo.org, "that\'s all I need, ty", code null', [
    [0, 'p', 'I want to volunteer with hospice patients. What training do I need?'],
    [70, 'l', "Hello! You've reached Ruth at Ask a Librarian, Westport Public Library."],
    [76, 'l', 'Are you thinking of visiting patients, or helping in the office?'],
    [120, 'p', 'visits'],
    [126, 'l', "Medicare-certified hospices have to train their volunteers, so the hospice gives the training itself, often 15 to 20 hours. CaringInfo, from the National Hospice and Palliative Care Organization, has a 'Find a Provider' search at caringinfo.org."],
    [132, 'l', 'Is that what you were looking for?'],
    [180, 'p', "yes, that's all I need, ty"],
    [185, 'l', 'Thank you for chatting, take care!'],
  ], usual({ code: 'fail' }), { resolutionCode: null, pickedUpAt: at(40) }),

  // 22 greeting split; Lost Call after three patron lines
  s(SOL, '22 bake sale without a food permit (VA): "Hi there!" + "Sol here, with …", VDACS URL, coded Lost Call after three patron lines', [
    [0, 'p', 'can our nonprofit sell homemade baked goods at a fundraiser without a food permit in Virginia'],
    [25, 'l', 'Hi there!'],
    [28, 'l', "Sol here, with Fairfax County Public Library's Ask a Librarian. Is it a one-time bake sale, or a regular booth?"],
    [70, 'p', 'one time, at the church fall festival'],
    [76, 'l', "Virginia exempts many bake sales by nonprofits and churches from food permits; VDACS explains the exemptions at vdacs.virginia.gov/food-private-homes.shtml. Label the items with the nonprofit's name to be safe."],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'yes great'],
    [125, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 23 pickup after 85 s
  s(TOBY, '23 a nonprofit\'s EIN for a matching gift: "hello?" in the queue, pickup at 85 s, IRS TEOS + GuideStar, "no thats it thanks"', [
    [0, 'p', "where do I look up a nonprofit's EIN"],
    queue(2, 3),
    [50, 'p', 'hello?'],
    [85, 'l', 'Hi, sorry for the wait! Toby here, librarian with Ask Us.'],
    [91, 'l', 'Which organization is it, and do you need it for a donation receipt or for a form?'],
    [130, 'p', 'Habitat for Humanity of Frederick, for a matching gift form at work'],
    [136, 'l', "The IRS Tax Exempt Organization Search (apps.irs.gov/app/eos) lists the EIN; search by name and state. Candid's GuideStar profile (guidestar.org) shows it too."],
    [142, 'l', 'Does that do it?'],
    [170, 'p', 'yep found it'],
    [175, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thats it thanks'],
    [205, 'l', 'Thanks for contacting Ask Us, bye!'],
  ], usual({ pickup: 'fail' })),

  // 24 "Sure, take your time." then 204 s away; fingerprint locations by URL
  s(UMA, '24 chaperone background check (MD CJIS): "Sure, take your time." then the patron away 204 s, fingerprinting locations listed at dpscs URL', [
    [0, 'p', "my kids school wants me to get a background check to chaperone field trips. they gave me a form but I dont get it"],
    [20, 'l', 'Hi there! This is Uma at Ask a Librarian, Howard County Library System.'],
    [26, 'l', 'What does the form say at the top? Is it a fingerprint form or a name-based check?'],
    [60, 'p', 'hold on its in my car'],
    [66, 'l', 'Sure, take your time.'],
    [270, 'p', 'ok it says CJIS Maryland Criminal Background Check - Volunteer'],
    [276, 'l', 'Thanks! One moment.'],
    [340, 'l', "That's a Maryland fingerprint check through CJIS. You go in person to one of the approved fingerprinting locations; they're listed with addresses and phone numbers on the Department of Public Safety's page, dpscs.maryland.gov/publicservs/bgchecks.shtml. Bring the form and a photo ID."],
    [346, 'l', 'Does that answer your question?'],
    [400, 'p', 'yes thank you so much, thats all'],
    [405, 'l', "You're welcome! Have fun on the field trip, bye!"],
  ], usual({ referral: 'pass' })),

  // 25 holds every ~105 s
  s(VIC, '25 NY CHAR500 due date: holds at 96 and 200 (a partial result, search goes on), answer at 305, "no more questions"', [
    [0, 'p', 'when is the CHAR500 due for a NY charity with a calendar year? our treasurer quit and nobody knows'],
    [30, 'l', 'Good afternoon, Vic here, a reference librarian at Queens Public Library.'],
    [36, 'l', 'Is your organization registered with the NY Charities Bureau already, and do you file a 990, 990-EZ or 990-N with the IRS?'],
    [90, 'p', 'yes registered, we file 990-EZ'],
    [96, 'l', "Let me check the Charities Bureau's filing rules."],
    [200, 'l', 'Still looking, their due-date chart is in a separate document. Pulling it up now.'],
    [305, 'l', 'Found it. The CHAR500 is due 4 months and 15 days after your fiscal year ends, so May 15 for a calendar year, with the same extensions as your 990-EZ. The form, the fee chart and the filing portal are at charitiesnys.com (Annual Filing).'],
    [311, 'l', 'Does that answer it?'],
    [360, 'p', 'yes, thank you!! no more questions'],
    [365, 'l', 'Glad to help, thanks for chatting!'],
  ], usual()),

  // 26 chat-speak; patron has the last word
  s(WREN, '26 NHS volunteer hours (chat-speak): "hey! wren from ask a librarian @ maple valley library", Humane Society sign-up URL, "ya ty thats all" last', [
    [0, 'p', 'hey how do i find volunteer stuff for my nhs hours, need like 10 more by may'],
    [12, 'l', 'hey! wren from ask a librarian @ maple valley library 👋'],
    [17, 'l', 'what town r u in? and any causes u like?'],
    [45, 'p', 'maple valley, animals i guess'],
    [50, 'l', "the Maple Valley Humane Society takes teen volunteers 14+, sign up w/ them at maplevalleyhumane.org/volunteer. also try volunteermatch.org w/ ur zip + 'animals'"],
    [55, 'l', 'that help?'],
    [80, 'p', 'ya ty thats all'],
  ], usual({ courteous: 'fail', referral: 'pass' })),

  // 27 the question only after the source
  s(XAVI, '27 fiscal sponsorship vs own 501(c)(3): fiscalsponsors.org + a book first, then "How big is your group\'s budget?"', [
    [0, 'p', 'what is fiscal sponsorship and should our group do that instead of getting our own 501c3'],
    [20, 'l', 'Hello! Xavi here with the Ask Us chat at Riverside Public Library.'],
    [26, 'l', 'Fiscal sponsorship lets an existing 501(c)(3) take donations for your project, usually for a fee of 5-10%. The National Network of Fiscal Sponsors has a guide and a directory of sponsors at fiscalsponsors.org, and the book "Fiscal Sponsorship: 6 Ways to Do It Right" by Gregory Colvin is in our catalog.'],
    [32, 'l', "How big is your group's budget, roughly? That changes which makes more sense."],
    [80, 'p', 'maybe 20k a year'],
    [86, 'l', 'At that size a lot of groups start with a sponsor and apply for their own status later. Does that help?'],
    [130, 'p', 'it does thanks. thats everything'],
    [135, 'l', 'Thanks for using Ask Us!'],
  ], usual({ clarify: 'fail' })),

  // 28 no source; filing with agencies named bare
  s(YARA, '28 steps to start a nonprofit in Georgia: steps with no URL, book or contact ("file articles … with the Secretary of State", "apply to the IRS")', [
    [0, 'p', 'what are the steps to start a nonprofit in georgia'],
    [25, 'l', 'Hi, Yara here, a librarian at Athens Regional Library.'],
    [31, 'l', 'Are you planning to apply for tax-exempt status too, or only form the organization?'],
    [70, 'p', 'both'],
    [76, 'l', "Roughly: pick a name, file articles of incorporation with the Secretary of State, publish a notice of intent to incorporate in your county's legal newspaper, adopt bylaws, get an EIN, then apply to the IRS for 501(c)(3) status. After that, register with the state if you'll ask the public for donations."],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yes that helps. thats all'],
    [125, 'l', 'Great, thanks for chatting!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 29 goodbye 136 s after the answer, no check-in
  s(ZED, '29 deducting volunteer mileage: IRS Pub 526, goodbye at 212 (final idle 136 s) with no check-in', [
    [0, 'p', 'can i deduct miles i drive for volunteering at the food bank'],
    [22, 'l', "Hi, I'm Zed, a librarian at Pine Bluff Library."],
    [28, 'l', 'Do you itemize deductions, or take the standard deduction?'],
    [70, 'p', 'i think i itemize'],
    [76, 'l', "If you itemize, miles driven for a charity are deductible at 14 cents a mile; your time isn't. IRS Publication 526, Charitable Contributions (irs.gov/publications/p526), explains it under Out-of-Pocket Expenses."],
    [82, 'l', 'Did that help?'],
    [212, 'l', 'Thanks for chatting with us, come back anytime!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 30 own library's Nonprofit Resource Center by phone + e-mail; patron left; check-in, then nothing
  s(ABE, '30 help writing a first grant proposal: the Nonprofit Resource Center by phone + e-mail, patron "yes", window closed, "Are you still with me?" at 230, ends at 430', [
    [0, 'p', 'Do you have anyone who can help me write my first grant proposal? small nonprofit, youth chess'],
    [18, 'l', "Good morning, welcome to Ask a Librarian! My name is Abe, I'm at the Central Library."],
    [24, 'l', 'Is it for a specific grant with a deadline, or are you getting started in general?'],
    [70, 'p', 'community foundation grant due march 30'],
    [76, 'l', 'Our Nonprofit Resource Center on the 3rd floor of Central does one-on-one proposal reviews. Call them at 555-214-0880 or e-mail nonprofit@centrallib.example.org to book a slot. Candid\'s free course "Introduction to Proposal Writing" is at learning.candid.org too.'],
    [82, 'l', 'Does that help?'],
    [140, 'p', 'yes'],
    left(150),
    [230, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' }), { endAfter: 200 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundNonprofits.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('03')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4 (Spanish): "nuestra biblioteca tiene un programa de voluntarios juveniles: llame a la sección de Jóvenes (Teen Services) al 555-0147 para apuntarlo" tells the patron to call the provider\'s own library\'s Teen Services (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), reached by a phone.',
  [byNo('05')]:
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 8: "Meanwhile, does the CT-1 page answer the registration question?" comes after the first source (message 4, oag.ca.gov/charities/initial-reg) and asks whether what was already given meets the need (RUBRIC followup.completeness). Also referral.contact: expected pass, got na ("no referral …"): message 4, "charities that hold or raise money in California register with the Attorney General\'s Registry of Charities and Fundraisers. The initial registration form (CT-1) and its instructions are at oag.ca.gov/…", answers "do we have to register?" by telling the patron to file with (write to) an agency outside the chat (RUBRIC Terms, Referral; the project\'s "file Form N-565 … with USCIS" reading), reached by its URL.',
  [byNo('19')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 4). Message 4: "To get it back you apply to the IRS again with a new Form 1023 or 1023-EZ; the IRS explains reinstatement at irs.gov/charities-non-profits/reinstating-tax-exempt-status." The one party referred to, the IRS, comes with its URL in the same message (RUBRIC referral.contact: "e-mail, phone, postal address or URL"); case 01\'s "apply to the IRS … the steps are at irs.gov/…" passes.',
  [byNo('26')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "the Maple Valley Humane Society takes teen volunteers 14+, sign up w/ them at maplevalleyhumane.org/volunteer" tells the patron to apply to (write to) an organisation outside the chat to volunteer there (RUBRIC Terms, Referral: "call, write to, ask or visit them"; see READINGS), reached by its URL.',
};

describe('sixty-first round: starting nonprofits, 501(c)(3) status, volunteering, boards, charity registration and fundraising, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundNonprofits.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundNonprofits.filter((c) => c.name in LEFT_WHY));
});
