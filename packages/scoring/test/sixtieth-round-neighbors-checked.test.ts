/**
 * Sixtieth round, theme NEIGHBORS AND COMMUNITY PROBLEMS, checked: 30 whole sessions no one had written, from public library
 * and statewide "ask a librarian" chats: noise (a barking dog, upstairs parties and quiet hours, leaf blower hours, a
 * neighbor's AC unit, fireworks every night, a party Airbnb next door), code enforcement (a junk yard with rats, a complaint
 * on a vacant house with no news, a business run from a garage, a permit for an addition, a short-term rental permit),
 * streets and 311 (a pothole and a tire claim, a streetlight out, a basketball hoop in the street, an RV parked for weeks,
 * graffiti, a cracked sidewalk from a street tree), an abandoned car and illegal dumping (in Spanish twice), HOAs (fines over a
 * shed, getting the bylaws), community mediation over parking, trees and fences (a dead tree on the fence, overhanging
 * branches, a fence over the line, a 6 ft fence in a historic district), drainage, a camera aimed at the yard, an easement over
 * a driveway. Providers point to city and county code pages, 311 portals and lines, permit and deed searches, state statutes,
 * Nolo in the catalog, Animal Control, police non-emergency lines, a mediation program, Code Compliance, the library's own
 * Local History and Reference desks. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the
 * first run (labels copied aside to /tmp/sixtiethRoundNeighbors-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 22 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (25: fail); `pickedUpAt` at
 *   30 s with the first line at 75 (24: pickup passes, keep_informed counts 45 s); "Buenas tardes, le atiende Rogelio,
 *   bibliotecario de …" (03); "Hey, thanks for reaching out to Ask a Librarian! I'm Lucas at …" (06); greeting and question in
 *   one line (08, 09); "Hi, this is Sean at the Ask Us statewide chat." (22); "Hi! How can I help?" + "Which city are you in?"
 *   under the screen name AskUs_Desk2 (26: greeting fails); chat-speak "hey! Zoe w/ Ask a Librarian @ Mesa County Libraries"
 *   (27); no provider ever joined (10);
 *  inquiry: city or county, street, state, declaration, case number, town and home library, audio or video, owner-occupied,
 *   deed book and page, hookups; a restatement with no question mark ("So you're trying to find out where the legal line
 *   between your lot and your neighbor's is.", 07: pass); the Iowa Insurance Division page given before "Was the tree healthy
 *   before the storm …?" (06: fail); a question and no source ever (09: pass); the receiver's own question after a silent
 *   transfer (14);
 *  waits: "ok, let me look into the claim part for you", a patron "k" inside, the answer 139 s after the hold (02: fail); holds
 *   at 86 and 180 (a partial result that says the search goes on) and the answer at 275 (29: pass); "Sure, no rush, take your
 *   time." then the patron back 260 s later (30: waiting on the patron); "brb checking" then 60 s (27); "hang tight, checking"
 *   then 74 s (20); a transfer notice answered 54 s later (13); a silent transfer with the patron's "hola? hablo español"
 *   answered 145 s later (14: fail);
 *  endings: a Lost Call after "hello? anyone", a greeting with a question at 52, "Are you still there?" at 190 and "… it looks
 *   like you've disconnected. I'm going to close this chat, but please chat back in anytime!" at 380 (09: final idle 328 s,
 *   code fails); "Are you still there?" at 230 and a plain goodbye 214 s after the answer (17: disconnect fails); "I'll let you
 *   go for now. Thanks for using Ask Us!" 156 s after the answer with no check-in (18: idle fails, disconnect na); "It seems
 *   you've left the chat, so I'm closing this session now." with no question and no goodbye, final idle 219 s (19: idle fails,
 *   notice passes, courteous fails); "You've asked a lot of questions for one chat. I need to move on to other people now."
 *   (15: dismissal and courteous fail); "several other people waiting … please chat back in later … or call our reference
 *   desk" (16: allowed); the patron's "ya thx thats everything" as the last line (20: courteous fails); goodbyes "Have a good
 *   one.", "¡Con gusto! Que pase buena tarde.", "Have a quiet night! Thanks …", "kk have a good nite! 🎆", "Have a great
 *   afternoon!", "Thank you for using the service. Bye!"; patron-side "thats all i needed", "thats everything", "no es todo",
 *   "that is all", "yes thats all, thanks", "thats all for now", "nope, all good" (after "anything else?"), "nah im good",
 *   "that's all I needed.", "that's all for today", "si gracias, es todo", and "ok will do", "yeah. ok thanks", "ok" that do
 *   not count;
 *  completeness: "is that what you were looking for?", "¿Le sirve esta información?", "¿Le sirve?", "Does the mediation program
 *   sound like what you need?", "Is that what you were after?", "Does the status help for now?", "Do the guidelines help for
 *   now?", "Does that get you what you need?", "that help?", "that get you what you needed?" (20, LEFT); "Does that help?"
 *   after an answer with no source (08: pass); none at all (28: fail);
 *  sources: city and county code and 311 pages, amlegal code libraries, permit, parcel, deed and STR searches, state statutes,
 *   Nolo's "Neighbor Law" in the catalog; none ("the Engage Toledo app, or call the city", 08: fail);
 *  referrals: Animal Control, Code Compliance, Metro Codes, the Community Mediation Program, the Planning Department, the
 *   library's Local History and Reference desks, each by phone; "dial 311" with a URL (02), "llamar al 311 (o al 210-555-0311
 *   …)" (03), "call 311 (916-555-0311 from a cell)" (17), "call 311 (215-555-0311 from outside the city)" (26); "call the
 *   city's non-emergency line, 311" (13, LEFT); "llame al 214-555-0311 o use la página dallascityhall.com/311" (14, LEFT);
 *   "call GJPD non-emergency at 970-555-0150" (27, LEFT); "write to the HOA board" and "an attorney who does HOA law" with no
 *   contact (04: fail); "hire a licensed land surveyor" beside the Local History desk's phone (07, LEFT); "ask the management
 *   company on your dues statement" (16: fail); "call the city and ask for the illegal dumping unit" (08: fail); a web page to
 *   report on (25: no referral); the provider calling Code Enforcement and the Building Department, and a branch's staff
 *   answering by e-mail (21, 23, 22: no referral);
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 40 h (05: pass); a call-back promise "once I hear
 *   something" with the phone read back, coded Answered, day 1 (21: code and contact fail, pending); FU_LIB with the e-mail only
 *   in `patron.email`, "within 72 hours", not recorded by day 4 (22: contact and on_time fail); FU_ME with the e-mail read back,
 *   "by tomorrow evening", done after 90 h (23: on_time fails);
 *  codes: Lost Call after two patron lines (09); null with no provider (10); an empty string (19); Practice (11);
 *  transfers: a notice (a hold) and an internal note that says why (13: pass); an internal note only, to a Spanish-speaking
 *   librarian (14: fail);
 *  concurrency: four at once (12: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (23: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "you'd hire a licensed land surveyor" tells the patron to engage a specialist outside the chat: a referral, here with no
 *   contact of its own (07; the project's reading of "have a lawyer look it over"); so are "write to the HOA board" and "worth
 *   having an attorney who does HOA law look at the declaration" (04);
 * - "ask the management company on your dues statement for a copy" is a referral whose contact is not in the chat (16: fail;
 *   the project's reading of "call the number on the back of your card");
 * - 311 is a phone number: "dial 311", "call the city's non-emergency line, 311" come with a phone (02, 13);
 * - "Fences … need approval from the Historic Preservation Commission: the design guidelines are at cityoffrederickmd.gov/hpc,
 *   and you apply through the Planning Department (301-555-0120)" refers to the Planning Department by phone, the Commission
 *   being reached through it and by its own page (22: pass);
 * - "request one at fightthebite.net" refers to the vector control district by URL (17); "The county takes reports on its Tell
 *   HoCo page, howardcountymd.gov/tellhoco" (25) and "report it on the Engage Toledo app" (08) point to something to use, not
 *   to a party to contact; "the Engage Toledo app", named with no way to reach it, is no source (08);
 * - "I'll call Code Enforcement about it and call you back" (21), "a call to their Building Department" (23) and "I'm passing
 *   your question to the C. Burr Artz staff" (22) are the provider's own contacts: no referral;
 * - a Lost Call whose provider line at 52 s is a greeting with a clarifying question ("Which intersection is it?") has a
 *   substantive exchange (a clarifying question counts): clarify passes (no source ever), source, completeness and
 *   anything_else fail; its final idle starts at that line (52 s) and ends at the notice that invites back (380 s);
 * - "Have a good one.", "Have a quiet night!", "kk have a good nite!", "Que pase buena tarde" and "Have a great afternoon!" say
 *   goodbye; "I'll let you go for now. Thanks for using Ask Us!" too (it thanks); "It seems you've left the chat, so I'm
 *   closing this session now." tells the patron they seem to be gone and the session will end (a notice), and is not a
 *   goodbye or a check-in;
 * - "thats all for now", "that's all for today", "nah im good" (to "anything else?") and "no es todo" say the patron is done;
 *   "ok will do" (16) and "yeah. ok thanks" do not;
 * - "that get you what you needed?" asks whether the information given meets the need (20);
 * - with `pickedUpAt` at 30 s and the first line at 75 s, only the 45 s after pickup are keep_informed's (24: pass either way).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 25 / 5 (four on referral.contact, one on followup.completeness). Label corrections: 0.
 * Final: 25 running, 5 LEFT (below, with their reasons in LEFT_WHY):
 *  - case 07: "you'd hire a licensed land surveyor" read as a referral with a way to reach them (pass; RUBRIC fail: the
 *    surveyor has no contact, the phone in the message is the Local History desk's);
 *  - case 13: "call the city's non-emergency line, 311" read as a referral without contact (fail; RUBRIC pass: 311 is its
 *    phone);
 *  - case 14: "Puede reportarlo al 311 de Dallas: llame al 214-555-0311 o use la página dallascityhall.com/311" read as a
 *    referral without contact (fail; RUBRIC pass: a phone and a URL);
 *  - case 20: "that get you what you needed?" not read as the completeness question (fail; RUBRIC pass);
 *  - case 27: "call GJPD non-emergency at 970-555-0150" read as no referral (na; RUBRIC pass: an agency to call, with a phone).
 * The scorer does read "dial 311" (02), "llamar al 311 (o al 210-555-0311 …)" (03), "call 311 (916-555-0311 …)" (17), "call 311
 * (215-555-0311 …)" (26), the board and the attorney (04), the management company (16) and "call the city and ask for the
 * illegal dumping unit" (08: source and referral fail) as labelled. Every timing check (pickup at 95 s, by `pickedUpAt` at 30
 * s, no provider; keep_informed at 139 and 145 s, across holds, a partial-result hold, "take your time", two transfers and 45
 * s after `pickedUpAt`; final idles of 0, 156, 214, 219 and 328 s; concurrency at four and at touching ends; on_time done at
 * 40 h, late at 90 h, pending at day 1, not recorded by day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (patron e-mails typed and read back, a patron phone typed and read back, an
 * e-mail in `patron.email`, a street address, organisations' 555 phones).
 *
 * ON v54 (final; this file was labelled on block T's first cut): case 20's "that get you what you needed?" (T14) and 27's "to report
 *   it while its happening call GJPD non-emergency at 970-555-0150" (T13: a purpose clause with no comma) read as labelled and run:
 *   27 running, 3 LEFT (07, 13, 14).
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (3 through describeLeft).
 * ON v55 (block U): case 13's "call the city's non-emergency line, 311." (U9: the line's number) reads as labelled and runs: 28
 *   running, 2 LEFT (07, 14).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please wait, a librarian will be with you shortly. Your place in line: ${n}`];

const MARISA: Prov = { id: 'marisa', name: 'Marisa', library: 'FCPL-MD' };
const DWAYNE: Prov = { id: 'dwayne', name: 'Dwayne', library: 'KCPL' };
const ROGELIO: Prov = { id: 'rogelio', name: 'Rogelio', library: 'SAPL' };
const BRENDA: Prov = { id: 'brenda', name: 'Brenda', library: 'OCLS' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'EPFL' };
const LUCAS: Prov = { id: 'lucas', name: 'Lucas', library: 'DMPL' };
const PRIYA: Prov = { id: 'priya', name: 'Priya', library: 'AADL' };
const HANK: Prov = { id: 'hank', name: 'Hank', library: 'TLCPL' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'CML' };
const QUEUE: Prov = { id: 'askus-neighbors-queue', name: 'Ask Us queue', library: 'STATE' };
const TRAINER: Prov = { id: 'trainer-nbr', name: 'Practice Login 7', library: 'TRN' };
const ESTHER: Prov = { id: 'esther', name: 'Esther', library: 'MCPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'CPL-IL' };
const VIOLET: Prov = { id: 'violet', name: 'Violet', library: 'CPL-IL' };
const OLIVIA: Prov = { id: 'olivia', name: 'Olivia', library: 'DPL-TX' };
const MATEO: Prov = { id: 'mateo', name: 'Mateo', library: 'DPL-TX' };
const DOUG: Prov = { id: 'doug', name: 'Doug', library: 'SCL-MA' };
const ROBERTA: Prov = { id: 'roberta', name: 'Roberta', library: 'WCPL' };
const TERESA: Prov = { id: 'teresa', name: 'Teresa', library: 'SPL-CA' };
const FRANK: Prov = { id: 'frank', name: 'Frank', library: 'FXCL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'SPL-WA' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'APL-TX' };
const CLAUDE: Prov = { id: 'claude', name: 'Claude', library: 'MPL-TN' };
const SEAN: Prov = { id: 'sean', name: 'Sean (statewide)', library: 'STATE' };
const WANDA: Prov = { id: 'wanda', name: 'Wanda', library: 'CCPL-OH' };
const ALMA: Prov = { id: 'alma', name: 'Alma', library: 'HCL' };
const BENNETT: Prov = { id: 'bennett', name: 'Bennett', library: 'HCLS' };
const DESK2: Prov = { id: 'askus-desk2', name: 'AskUs_Desk2', library: 'FLP' };
const ZOE: Prov = { id: 'zoe', name: 'zoe_mcl', library: 'MCL-CO' };
const MARGUERITE: Prov = { id: 'marguerite', name: 'Marguerite', library: 'MPL-AZ' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'NPL' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'LPL-PA' };

export const sixtiethRoundNeighbors: SessionCase[] = [
  // 01 barking dog: everything passes, Animal Control by phone
  s(MARISA, '01 barking dog all night (Frederick County): queue line, city or county asked, hold, county URL + Animal Control phone, "thats all i needed"', [
    [0, 'p', 'hi my neighbors dog barks literally all night, who do i even call about that'],
    queue(2),
    [22, 'l', 'Good evening! This is Marisa, a librarian with Ask Us at Frederick County Public Libraries.'],
    [28, 'l', "Are you in the City of Frederick or out in the county? They handle barking complaints differently."],
    [70, 'p', 'county, near walkersville'],
    [76, 'l', 'One sec while I check the county code.'],
    [150, 'l', "In the county it goes to Animal Control, not the police. The nuisance rules and the complaint form are on frederickcountymd.gov/animalcontrol. You can also call Animal Control at 301-555-0148; they'll usually ask you to keep a log of dates and times first."],
    [156, 'l', 'Does that answer your question?'],
    [210, 'p', 'yes perfect, ill start a log. thats all i needed'],
    [216, 'l', 'Glad to help! Thanks for chatting, and I hope you get some sleep soon.'],
  ], usual({ referral: 'pass' })),

  // 02 pothole and a blown tire: "let me look into the claim part" then 139 s with a patron "k" inside
  s(DWAYNE, '02 pothole blew out a tire (KCMO): street asked, "let me look into the claim part for you", patron "k", answer 139 s after the hold, 311 by URL + "dial 311"', [
    [0, 'p', 'theres a HUGE pothole on my street that blew out my tire. how do i report it and can i get the city to pay for the tire'],
    [18, 'l', 'Hi there, Dwayne at Ask a Librarian, Kansas City Public Library.'],
    [24, 'l', 'Which street is it on, and is it a city street or a state highway?'],
    [60, 'p', 'Troost ave, its a city street'],
    [66, 'l', 'ok, let me look into the claim part for you'],
    [110, 'p', 'k'],
    [205, 'l', "Thanks for waiting! To report the pothole, use the city's 311 page at kcmo.gov/311 or just dial 311. For the tire, the city takes damage claims through its Law Department: the claim form is on kcmo.gov under \"File a Claim Against the City\", and it has to be filed within 90 days."],
    [211, 'l', 'is that what you were looking for?'],
    [260, 'p', 'yeah thanks. thats everything'],
    [265, 'l', 'Sorry about the tire! Have a good one.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 03 Spanish: an abandoned car without plates
  s(ROGELIO, '03 carro abandonado sin placas (Spanish, San Antonio): "le atiende Rogelio", street or lot + city asked, 311 by phone + sa.gov/311, "¿Le sirve…?", "no es todo"', [
    [0, 'p', 'buenas tardes, hay un carro abandonado enfrente de mi casa hace 3 semanas, sin placas. a quien le hablo?'],
    [25, 'l', 'Buenas tardes, le atiende Rogelio, bibliotecario de la Biblioteca Pública de San Antonio.'],
    [31, 'l', '¿Está en la calle o en un estacionamiento privado? ¿Y en qué ciudad vive?'],
    [80, 'p', 'en la calle, san antonio'],
    [86, 'l', 'Un momento, por favor.'],
    [160, 'l', 'En San Antonio los carros abandonados en la calle se reportan al 311: puede llamar al 311 (o al 210-555-0311 desde fuera de la ciudad) o usar la página sa.gov/311. La ciudad le pone una etiqueta al carro y, si no lo mueven, lo remolcan.'],
    [166, 'l', '¿Le sirve esta información?'],
    [220, 'p', 'si muchas gracias'],
    [226, 'l', '¿Algo más en que le pueda ayudar?'],
    [250, 'p', 'no es todo'],
    [255, 'l', '¡Con gusto! Que pase buena tarde.'],
  ], usual({ referral: 'pass' })),

  // 04 HOA fines: the board and an attorney, both with no contact
  s(BRENDA, '04 HOA fining $100/day over a shed (Orlando): state + declaration asked, hold, leg.state.fl.us + Nolo book in the catalog, "write to the HOA board" + "an attorney who does HOA law" (no contact)', [
    [0, 'p', 'My HOA is fining me $100/day because of my shed. They never approved or denied my request, they just ignored it. Can they do that?'],
    [30, 'l', "Hello, my name is Brenda and I'm a reference librarian at Orange County Library System."],
    [36, 'l', "Is this a homeowners association in Florida? And do you have a copy of your community's declaration of covenants?"],
    [90, 'p', 'yes orlando. I have the declaration somewhere'],
    [96, 'l', 'Let me check the state law on HOA fines.'],
    [180, 'l', "Florida Statutes Chapter 720 covers HOAs, and section 720.305 says a fine has to go before a committee of owners first, with at least 14 days' notice. You can read it at leg.state.fl.us (search 720.305). Our catalog also has Nolo's \"Neighbor Law\", which has a chapter on HOAs: ocls.info/catalog."],
    [186, 'l', "I can't give legal advice, but you could write to the HOA board and ask for that hearing, and since the fines are adding up it's worth having an attorney who does HOA law look at the declaration."],
    [192, 'l', 'Does that help?'],
    [250, 'p', 'yes, thank you. that is all'],
    [256, 'l', 'Good luck! Thanks for using Ask a Librarian.'],
  ], usual({ referral: 'fail' })),

  // 05 community mediation: follow-up by me, e-mail read back, "by Friday", done 40 h
  s(KEISHA, '05 fighting over parking, mediation (Baltimore, follow-up by me): city asked, Community Mediation by phone + URL, e-mail read back, "by Friday", done 40 h', [
    [0, 'p', 'is there somewhere that helps neighbors work stuff out without going to court? me and my neighbor keep fighting over parking'],
    [20, 'l', 'Hi! Keisha here, a librarian with the Ask Us chat at Enoch Pratt Free Library.'],
    [26, 'l', 'What county or city are you in? Mediation centers are run county by county.'],
    [60, 'p', 'baltimore city'],
    [66, 'l', "Baltimore City has a free community mediation program: call the Community Mediation Program at 410-555-0177 or go to baltimoremediation.org. They'll reach out to your neighbor for you and set up a meeting."],
    [72, 'l', "I can also check whether they do Saturday sessions and e-mail you their intake sheet. What's your e-mail?"],
    [110, 'p', 'sure its dre.parks@example.com'],
    [116, 'l', "dre.parks@example.com, got it. I'll send it by Friday."],
    [122, 'l', 'Does the mediation program sound like what you need?'],
    [170, 'p', 'yes exactly'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'nope'],
    [205, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 06 a fallen tree: the source before the question
  s(LUCAS, '06 neighbor\'s dead tree fell on my fence (Iowa): iid.iowa.gov page given before "Was the tree healthy before the storm…?"', [
    [0, 'p', 'my neighbors tree fell on my fence in the storm. who pays for it?'],
    [24, 'l', "Hey, thanks for reaching out to Ask a Librarian! I'm Lucas at Des Moines Public Library."],
    [30, 'l', "The Iowa Insurance Division has a consumer page on storm damage and trees (iid.iowa.gov/storm-damage): in most cases your own homeowner's policy covers your fence, even when it was the neighbor's tree."],
    [36, 'l', 'Was the tree healthy before the storm, or was it dead or leaning?'],
    [80, 'p', 'it was dead for years, we told them'],
    [86, 'l', "Then it can be different: if the neighbor knew the tree was dead, their insurer may be responsible. The same page explains how your insurer can go after theirs."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'yeah. ok thanks'],
    [146, 'l', 'Anything else?'],
    [170, 'p', 'no'],
    [175, 'l', 'Thanks for chatting, good luck with the fence!'],
  ], usual({ clarify: 'fail' })),

  // 07 a property line: restated, a surveyor with no contact, the library's Local History desk by phone
  s(PRIYA, '07 fence 2 ft over the line? (Washtenaw): restated ("So you\'re trying to find out where the legal line … is."), GIS + deeds URLs, "hire a licensed land surveyor" (no contact), Local History desk phone', [
    [0, 'p', 'neighbor says my fence is 2 ft on his property. how do i find out where the property line actually is'],
    [20, 'l', "Hello! I'm Priya, a librarian at Ask Us, Ann Arbor District Library."],
    [26, 'l', "So you're trying to find out where the legal line between your lot and your neighbor's is."],
    [60, 'p', 'yes. house was built in 1952 if that matters'],
    [66, 'l', 'Give me a couple minutes.'],
    [150, 'l', "The county's parcel viewer (washtenaw.org/gis) shows lot lines, but only roughly. The original 1952 plat may be in the Register of Deeds' online records at washtenaw.org/deeds. For a line that would hold up in a dispute, you'd hire a licensed land surveyor. Our Local History desk also has old plat maps: call them at 734-555-0190."],
    [156, 'l', 'Is that what you were after?'],
    [200, 'p', 'yes thats all, thanks'],
    [206, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual({ referral: 'fail' })),

  // 08 illegal dumping: an app named bare, "call the city" with no number
  s(HANK, '08 mattresses dumped in the alley (Toledo): area asked, "the Engage Toledo app, or call the city and ask for the illegal dumping unit" (no way to reach)', [
    [0, 'p', 'someone keeps dumping mattresses and tires in the alley behind my house. who do i report that to'],
    [22, 'l', 'Hello, this is Hank at the Toledo Lucas County Public Library. Which part of town is the alley in?'],
    [60, 'p', 'old west end'],
    [66, 'l', "That's inside the city, so you can report it on the Engage Toledo app, or call the city and ask for the illegal dumping unit. If you see someone doing it, try to get a plate number."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Anything else today?'],
    [150, 'p', 'no thanks'],
    [155, 'l', 'Thanks for chatting, take care!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 09 Lost Call after two patron lines: a clarifying question, a check-in, a notice that invites back
  s(NADIA, '09 streetlight out for a month (Lost Call after "hello? anyone"): greeting + "Which intersection is it?" at 52, "Are you still there?" at 190, notice + "chat back in anytime!" at 380', [
    [0, 'p', 'the streetlight on my corner has been out for a month'],
    [35, 'p', 'hello? anyone'],
    [52, 'l', 'Hi! Sorry for the wait, Nadia here at Ask a Librarian, Columbus Metropolitan Library. Which intersection is it?'],
    [190, 'l', 'Are you still there?'],
    [380, 'l', "I haven't heard back, so it looks like you've disconnected. I'm going to close this chat, but please chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 10 no provider ever joined; code null
  s(QUEUE, '10 neighbor running a business out of his garage: no provider joined, "still waiting...", patron left, code null', [
    [0, 'p', 'how do i report a neighbor running a business out of his garage, trucks in and out all day'],
    queue(2, 4),
    [150, 'p', 'still waiting...'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 11 Practice
  s(TRAINER, '11 practice chat (311 macro test): coded Practice, every check na', [
    [0, 'p', 'testing - pothole macro'],
    [9, 'l', 'Hi, practice session here. Testing the 311 macro.'],
    [16, 'l', 'Report potholes at example.gov/311. Did that help?'],
    [24, 'p', 'looks good, done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 12 four at once
  s(ESTHER, '12 permit for the neighbor\'s addition (Montgomery County): address asked, permit search URL, "thats all i needed", four chats open at once', [
    [0, 'p', 'how do I check if my neighbor has a permit for the addition he is building'],
    [15, 'l', 'Hello! Esther, librarian with Ask Us at Montgomery County Public Libraries.'],
    [21, 'l', 'Do you know the street address? The permit search works by address.'],
    [55, 'p', 'yes 1204 Elm Ridge Rd'],
    [61, 'l', "Montgomery County's permit search is at permittingservices.montgomerycountymd.gov (Permits > Search). Type in 1204 Elm Ridge Rd and you'll see any building permits and inspections."],
    [67, 'l', 'Did that answer your question?'],
    [100, 'p', 'yep found it. thats all i needed'],
    [105, 'l', 'Great, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('e1', 'esther', -300, 200), other('e2', 'esther', -30, 90), other('e3', 'esther', 50, 600)],
  }),

  // 13 transfer with a notice and a note
  s(GRANT, '13 upstairs parties til 3am (Chicago quiet hours): transfer to Violet (Municipal Reference) with a notice and a note, amlegal URL + "call … 311"', [
    [0, 'p', 'what time do quiet hours start legally in chicago? upstairs neighbors have parties til 3am on weeknights'],
    [20, 'l', "Hi, Grant here at Chicago Public Library's Ask a Librarian."],
    [26, 'l', 'Is it a private apartment, or a bar or business nearby?'],
    [60, 'p', 'apartment upstairs'],
    [66, 'l', "Our municipal code specialist, Violet, can find the exact ordinance for you. I'm transferring you to her now, just a moment."],
    [69, 'i', 'Violet: pt needs Chicago noise ordinance quiet hours, upstairs apt parties on weeknights. Thanks!'],
    xfer(72, 'Violet', 'violet'),
    [120, 'l', "Hi, I'm Violet from Municipal Reference at Chicago Public Library. Chicago's noise ordinance (Municipal Code chapter 8-32) limits loud noise from 10 pm to 8 am. You can read it at codelibrary.amlegal.com/codes/chicago. For a party in progress, call the city's non-emergency line, 311.", as(VIOLET)],
    [126, 'l', 'Is that what you needed?', as(VIOLET)],
    [170, 'p', 'yes thats it, thank you both'],
    [176, 'l', 'Anything else?', as(VIOLET)],
    [190, 'p', 'no thats everything'],
    [195, 'l', 'Have a quiet night! Thanks for using Ask a Librarian.', as(VIOLET)],
  ], usual({ transfer: 'pass', referral: 'pass' })),

  // 14 a silent transfer to a Spanish speaker; the patron waits 145 s
  s(OLIVIA, '14 basura en el lote vacío (Dallas, Spanish): Olivia greets in English, patron "hola? hablo español", internal note + transfer with no word to the patron, Mateo 145 s later, 311 by phone + URL', [
    [0, 'p', 'necesito reportar a mi vecino que tira basura en el lote vacio'],
    [18, 'l', 'Hi! Olivia with Ask a Librarian, Dallas Public Library.'],
    [25, 'p', 'hola? hablo español'],
    [40, 'i', 'Mateo, can you take this one? Spanish, illegal dumping report in Dallas.'],
    xfer(44, 'Mateo', 'mateo'),
    [170, 'l', '¡Hola! Soy Mateo, bibliotecario de Dallas Public Library. ¿El lote está en la ciudad de Dallas? ¿Sabe la dirección?', as(MATEO)],
    [210, 'p', 'si en oak cliff, en la calle Jefferson'],
    [216, 'l', 'Puede reportarlo al 311 de Dallas: llame al 214-555-0311 o use la página dallascityhall.com/311. Si ve a alguien tirando basura, anote la placa del carro.', as(MATEO)],
    [222, 'l', '¿Le sirve?', as(MATEO)],
    [260, 'p', 'si gracias, es todo'],
    [266, 'l', '¡Gracias por usar el chat! Que le vaya bien.', as(MATEO)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 15 "You've asked a lot of questions for one chat"
  s(DOUG, '15 overhanging branches (Massachusetts): state asked, mass.gov law page, then "You\'ve asked a lot of questions for one chat. I need to move on to other people now."', [
    [0, 'p', 'can i cut branches from my neighbors tree that hang over my yard'],
    [20, 'l', 'Hi, Doug at Ask Us, Springfield City Library.'],
    [26, 'l', 'Which state are you in? Tree rules are state law.'],
    [50, 'p', 'massachusetts'],
    [56, 'l', "In Massachusetts you can generally trim branches that hang over your property, up to the line, as long as you don't kill the tree. The Trial Court Law Libraries' page \"Massachusetts law about trees\" (mass.gov/info-details/massachusetts-law-about-trees) lists the cases."],
    [62, 'l', 'Did that help?'],
    [110, 'p', 'ok but what about the roots, and the leaves in my gutters, and can i make him pay for the trimming, and what if the tree is right on the line'],
    [118, 'l', "You've asked a lot of questions for one chat. I need to move on to other people now."],
    [140, 'p', 'wow'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 16 other people waiting, a way back; the management company "on your dues statement"
  s(ROBERTA, '16 HOA bylaws (NC): state + management company asked, Register of Deeds URL, "ask the management company on your dues statement", "several other people waiting … chat back in later … or call our reference desk"', [
    [0, 'p', "where can i find my HOA's bylaws? i never got a copy"],
    [25, 'l', 'Good afternoon! Roberta here, a reference librarian at Wake County Public Libraries.'],
    [31, 'l', 'Is it a North Carolina HOA, and does it have a management company?'],
    [80, 'p', 'yes NC. i think its managed by some company, its on my dues statement'],
    [86, 'l', "In North Carolina the declaration is recorded with the county Register of Deeds, so you can search it yourself at wake.gov/registerofdeeds by the subdivision name. Bylaws aren't always recorded, but under G.S. 47F-3-118 the association has to let owners see its records, so ask the management company on your dues statement for a copy."],
    [92, 'l', 'Does that cover it?'],
    [150, 'p', 'yes. also can they tow my truck from my own driveway, and can they raise dues 20%, and who do i complain to about the board, and'],
    [158, 'l', "All good questions! I've got several other people waiting right now, so please chat back in later and we can go through them, or call our reference desk at 919-555-0102 anytime."],
    [185, 'p', 'ok will do'],
    [190, 'l', 'Thanks for understanding. Have a great day!'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 17 a check-in, then a goodbye with no disconnect notice (final idle 214 s)
  s(TERESA, '17 junk yard and rats (Sacramento): city or county asked, 311 URL + phone, vector control URL, "Are you still there?" at 230, goodbye at 295 (no notice)', [
    [0, 'p', 'neighbors yard is full of junk and now we have rats. is that a code violation'],
    [22, 'l', 'Hello! Teresa with Ask a Librarian at Sacramento Public Library.'],
    [28, 'l', 'Is the house in the City of Sacramento or in the unincorporated county?'],
    [75, 'p', 'city, in oak park'],
    [81, 'l', "Yes, piled-up junk and rodent harborage break the city's property maintenance code. You can file a code enforcement complaint at cityofsacramento.gov/311 or call 311 (916-555-0311 from a cell). For the rats themselves, the Sacramento-Yolo Mosquito & Vector Control District does free rodent inspections: request one at fightthebite.net."],
    [87, 'l', 'Did that answer your question?'],
    [230, 'l', 'Are you still there?'],
    [295, 'l', 'Thanks for chatting with us, good luck with the rats!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),

  // 18 a goodbye 156 s after the answer, no check-in
  s(FRANK, '18 leaf blower hours (Fairfax): county + gas asked, county noise page, "Did that answer it?", "I\'ll let you go for now. Thanks…" at 227 (final idle 156 s)', [
    [0, 'p', 'what hours are leaf blowers allowed in fairfax county'],
    [20, 'l', 'Hi! Frank at Ask Us, Fairfax County Public Library.'],
    [26, 'l', 'Is this Fairfax County, Virginia? And do you mean gas-powered blowers?'],
    [65, 'p', 'yes fairfax, gas ones'],
    [71, 'l', "Fairfax County's Noise Ordinance (Chapter 108) allows leaf blowers from 7 am to 9 pm on weekdays and 9 am to 9 pm on weekends and holidays. The county's noise page explains it: fairfaxcounty.gov/code/noise."],
    [77, 'l', 'Did that answer it?'],
    [227, 'l', "I'll let you go for now. Thanks for using Ask Us!"],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 19 a notice with no question and no goodbye; code ""
  s(IVY, '19 cracked sidewalk from a street tree (Seattle): tree location asked, SDOT page, "It seems you\'ve left the chat, so I\'m closing this session now." at 290, code ""', [
    [0, 'p', 'whos responsible for fixing the sidewalk in front of my house, the city or me? its cracked and heaved from a tree'],
    [24, 'l', 'Hello, Ivy here, a librarian at The Seattle Public Library.'],
    [30, 'l', 'Is the tree a street tree in the planting strip, or on your own lot?'],
    [70, 'p', 'planting strip'],
    [76, 'l', "In Seattle the adjacent property owner is responsible for sidewalk repair, even when a street tree caused the damage, though SDOT may help with the tree itself. SDOT's sidewalk repair page is at seattle.gov/transportation/sidewalk-repair."],
    [82, 'l', 'Is that helpful?'],
    [290, 'l', "It seems you've left the chat, so I'm closing this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }), { resolutionCode: '' }),

  // 20 the patron has the last word
  s(JUNE, '20 neighbor\'s camera aimed at my yard (Texas): audio asked, "hang tight, checking", statute URL + TexasLawHelp.org, "that get you what you needed?", patron "ya thx thats everything" last', [
    [0, 'p', 'my neighbor put a camera pointing right at my back yard. is that legal in texas?'],
    [18, 'l', 'Hi there! June from Ask a Librarian at Austin Public Library.'],
    [24, 'l', 'Does it record audio too, or just video? The law treats them differently.'],
    [60, 'p', 'idk, maybe both'],
    [66, 'l', 'hang tight, checking'],
    [140, 'l', "Texas has no law against a camera on a neighbor's own property that happens to see into your yard, but recording conversations that none of the people in them agreed to can be a crime under Texas Penal Code 16.02 (statutes.capitol.texas.gov, PE 16.02). TexasLawHelp.org also has a page on neighbor disputes and privacy."],
    [146, 'l', 'that get you what you needed?'],
    [180, 'p', 'ya thx thats everything'],
  ], usual({ courteous: 'fail' })),

  // 21 a call-back promise coded Answered, no time; pending
  s(CLAUDE, '21 code complaint on the vacant house, no news in 2 months (Memphis): case number asked, 311 portal status, "I\'ll call Code Enforcement … and call you back once I hear something", phone read back, coded Answered, pending', [
    [0, 'p', 'i filed a code complaint about the abandoned house next door 2 months ago and nothing happened. can you find out whats going on'],
    [25, 'l', "Hello, I'm Claude, a librarian at the Memphis Public Libraries."],
    [31, 'l', 'Do you have the service request number from when you filed?'],
    [80, 'p', 'SR 2026-44817'],
    [86, 'l', 'Let me try the lookup.'],
    [160, 'l', "The city's 311 portal (memphistn.gov/311) shows SR 2026-44817 as 'Assigned to inspector', with no inspection date yet. I'll call Code Enforcement about it and call you back once I hear something. What number should I use?"],
    [210, 'p', '901-555-0164'],
    [216, 'l', 'Thanks, I have 901-555-0164.'],
    [222, 'l', 'Does the status help for now?'],
    [260, 'p', 'yes thank you'],
    [266, 'l', 'Anything else?'],
    [285, 'p', 'no'],
    [290, 'l', 'Thanks for your patience. Take care!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 22 follow-up by the patron's library: e-mail only on file, "within 72 hours", not recorded by day 4
  s(SEAN, '22 6 ft fence in a historic district (Frederick, follow-up by patron\'s library): town + library asked, HPC guidelines URL + Planning phone, "e-mail you within 72 hours at the address on your library account", not done by day 4', [
    [0, 'p', 'want to build a 6 ft privacy fence but we are in a historic district. do i need approval? neighbors are already complaining'],
    [28, 'l', 'Hi, this is Sean at the Ask Us statewide chat.'],
    [34, 'l', 'Which town is the house in, and which library do you usually use?'],
    [90, 'p', 'frederick, the C. Burr Artz library downtown'],
    [96, 'l', "Fences in Frederick's historic district need approval from the Historic Preservation Commission: the design guidelines are at cityoffrederickmd.gov/hpc, and you apply through the Planning Department (301-555-0120). The height limits are in a chapter I can't open from here, so I'm passing your question to the C. Burr Artz staff, and someone there will e-mail you within 72 hours at the address on your library account."],
    [102, 'l', 'Do the guidelines help for now?'],
    [150, 'p', 'yes thanks'],
    [156, 'l', 'Is there anything else I can help with?'],
    [180, 'p', 'no thats all'],
    [185, 'l', 'Thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'fail', referral: 'pass' }), { ...FU_LIB, patron: { name: null, email: 'burr.fence@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 23 follow-up by me: e-mail read back, "by tomorrow evening", done after 90 h; others touching the ends
  s(WANDA, '23 neighbor regraded, water in my basement (Parma, follow-up by me): city asked, hold, amlegal URL, e-mail read back, "by tomorrow evening", done 90 h; others touching the ends', [
    [0, 'p', "my neighbor regraded his yard and now all the rain drains into my basement. is there a rule about that? we're in Cuyahoga county"],
    [20, 'l', 'Good morning, Wanda here, a librarian with Cuyahoga County Public Library.'],
    [26, 'l', 'Which city or township is the house in? Drainage rules are mostly local.'],
    [70, 'p', 'parma'],
    [76, 'l', 'One moment while I look at the Parma codes.'],
    [170, 'l', "Parma's codified ordinances are at codelibrary.amlegal.com/codes/parma; the chapter on lot grading and drainage is in the Building Code. I want to check whether Parma needs a grading permit for what he did, which means a call to their Building Department when it opens. Can I e-mail you what I find?"],
    [220, 'p', 'yes please, lena.k@example.com'],
    [226, 'l', 'lena.k@example.com — I will e-mail you by tomorrow evening.'],
    [232, 'l', 'Does the ordinance link help for now?'],
    [270, 'p', 'it does, thanks. thats all for now'],
    [276, 'l', "You're welcome! Thanks for using our chat."],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, {
    now: T0 + 6 * DAY,
    otherIntervals: [other('w1', 'wanda', -600, 0), other('w2', 'wanda', -100, 500), other('w3', 'wanda', 100, 250), other('w4', 'wanda', 281, 900)],
  }),

  // 24 pickedUpAt 30 s, first line at 75
  s(ALMA, '24 decibel limit for the neighbor\'s AC unit (Minneapolis): pickedUpAt 30 s, first line at 75, city asked, noise page, "nope, all good"', [
    [0, 'p', 'is there a decibel limit for a neighbors AC unit? its right under my bedroom window'],
    [75, 'l', 'Good evening, Alma here at Ask a Librarian, Hennepin County Library. Thanks for waiting.'],
    [81, 'l', 'Are you in Minneapolis itself?'],
    [115, 'p', 'yes minneapolis'],
    [121, 'l', "Minneapolis follows the state noise standards for homes: 55 dBA at night (10 pm to 7 am) and 60 during the day, measured at your property line. The city's noise page, minneapolismn.gov/resident-services/property-housing/noise, explains it and has the online complaint form."],
    [127, 'l', 'Does that answer your question?'],
    [170, 'p', 'yes that helps a lot'],
    [176, 'l', 'Anything else I can do for you?'],
    [200, 'p', 'nope, all good'],
    [205, 'l', 'Have a good night, and thanks for chatting!'],
  ], usual(), { pickedUpAt: at(30) }),

  // 25 pickup after 95 s
  s(BENNETT, '25 basketball hoop in the street (Howard County): patron "hello?" in the queue, pickup 95 s, street or strip asked, Tell HoCo page', [
    [0, 'p', 'is it legal for my neighbors to leave a basketball hoop in the street? cars have to swerve around it'],
    queue(2, 2),
    [60, 'p', 'hello?'],
    [95, 'l', "Hello! Sorry about the wait, I'm Bennett, a librarian at Ask Us, Howard County Library System."],
    [101, 'l', 'Is it in the street itself, or on the sidewalk or grass strip?'],
    [140, 'p', 'street, at the curb'],
    [146, 'l', "Howard County doesn't allow portable hoops in the roadway. The county takes reports on its Tell HoCo page, howardcountymd.gov/tellhoco, and sends the owner a notice first."],
    [152, 'l', 'Did that help?'],
    [200, 'p', 'yes thanks'],
    [206, 'l', 'Anything else I can help you with?'],
    [225, 'p', 'no thank you'],
    [230, 'l', 'Thanks for contacting Ask Us. Take care!'],
  ], usual({ pickup: 'fail' })),

  // 26 no one identified in the first two lines
  s(DESK2, '26 graffiti on the garage behind us (Philadelphia): "Hi! How can I help?" + "Which city are you in?" under the screen name AskUs_Desk2 (no one named), Philly311 URL + phone', [
    [0, 'p', 'who do i call about graffiti on the abandoned garage behind us? its been there months'],
    [30, 'l', 'Hi! How can I help?'],
    [36, 'l', 'Which city are you in?'],
    [70, 'p', 'i just said. graffiti. in philly'],
    [76, 'l', "Philadelphia's Community Life Improvement Program removes graffiti for free. Request it through Philly311 at phila.gov/311, or call 311 (215-555-0311 from outside the city)."],
    [82, 'l', 'Does that answer it?'],
    [120, 'p', 'yes'],
    [126, 'l', 'Anything else?'],
    [150, 'p', 'no'],
    [155, 'l', 'Thank you for using the service. Bye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 27 chat-speak
  s(ZOE, '27 fireworks every night (Grand Junction, chat-speak): "hey! Zoe w/ Ask a Librarian @ Mesa County Libraries", "brb checking", GJPD non-emergency phone, "kk have a good nite!"', [
    [0, 'p', 'r fireworks legal in my neighborhood?? neighbors been shooting them off every night this week'],
    [10, 'l', 'hey! Zoe w/ Ask a Librarian @ Mesa County Libraries 🙂'],
    [15, 'l', 'which city r u in?'],
    [35, 'p', 'grand junction'],
    [40, 'l', 'brb checking'],
    [100, 'l', "ok so in Grand Junction fireworks that leave the ground or explode r illegal, and even the 'safe & sane' ones r only ok june 18 to july 5. city code is at gjcity.org (Municipal Code 8.36). to report it while its happening call GJPD non-emergency at 970-555-0150"],
    [104, 'l', 'that help?'],
    [130, 'p', 'ya tysm'],
    [133, 'l', 'anything else?'],
    [145, 'p', 'nah im good'],
    [148, 'l', 'kk have a good nite! 🎆'],
  ], usual({ referral: 'pass' })),

  // 28 no completeness question; the patron says they are done
  s(MARGUERITE, '28 RV parked on the street for 6 weeks (Mesa AZ): hookups asked, city code URL + "call Mesa Code Compliance at …", no "does that help?", patron "that\'s all I needed."', [
    [0, 'p', 'My neighbor has had his RV parked on the street for 6 weeks. Is there a time limit for parking on a residential street in Mesa AZ?'],
    [22, 'l', "Good afternoon, you've reached Marguerite at Mesa Public Library's Ask a Librarian service."],
    [28, 'l', 'Is the RV hooked up to anything or being lived in, or is it just parked?'],
    [70, 'p', 'just parked'],
    [76, 'l', "Mesa's City Code allows an RV on a residential street for only 24 hours at a time, except while loading or unloading. The code is online at codelibrary.amlegal.com/codes/mesa (Title 10, Traffic). To complain, call Mesa Code Compliance at 480-555-0187 or use mesaaz.gov/codecompliance."],
    [140, 'p', "Thank you, that's all I needed."],
    [146, 'l', "You're welcome. Have a great afternoon!"],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 29 holds every ~95 s, one a partial result
  s(HUGO, '29 party Airbnb next door (Nashville): owner-occupied asked, holds at 86 and 180 (partial result), answer at 275 with the STR permit map + Metro Codes phone + hubNashville', [
    [0, 'p', 'the house next door is a party airbnb every weekend. does nashville require a permit for that and how do i check if they have one'],
    [25, 'l', 'Hello! Hugo here, librarian at Nashville Public Library.'],
    [31, 'l', "Do you know if the owner lives there, or is it a whole-house rental? Nashville's permits differ for those."],
    [80, 'p', 'nobody lives there, its a whole house rental'],
    [86, 'l', 'Let me dig into the Metro codes, one moment.'],
    [180, 'l', "Found part of it: non-owner-occupied short-term rentals need an STRP permit from Metro Codes, and they're only allowed in some zones. Still looking for the permit lookup, hang on."],
    [275, 'l', "Got it. You can look up STR permits by address on the Metro Codes permit map at nashville.gov/departments/codes/short-term-rentals. If there's no permit, report it to Metro Codes' STR enforcement at 615-555-0166 or through hubNashville (hub.nashville.gov)."],
    [281, 'l', 'Does that get you what you need?'],
    [330, 'p', "yes, no permit listed!! i'll report them. thats everything"],
    [336, 'l', 'Glad that helped. Thanks for chatting, and I hope the weekends get quieter.'],
  ], usual({ referral: 'pass' })),

  // 30 "Sure, no rush, take your time." then the patron away 260 s; the library's Reference desk by phone
  s(NELL, '30 neighbor claims an easement over my driveway (Lancaster PA): deed asked, "take your time" then 260 s away, hold, lancasterdeeds.com, "our Reference desk … call 717-555-0133"', [
    [0, 'p', 'my neighbor says he has an easement to use my driveway. how do i check my deed for that'],
    [20, 'l', 'Hi, thanks for contacting Ask a Librarian at Lancaster Public Library! This is Nell.'],
    [26, 'l', 'Do you have your deed handy, or the book and page number from your settlement papers?'],
    [60, 'p', 'let me look for the closing folder, one min'],
    [66, 'l', 'Sure, no rush, take your time.'],
    [326, 'p', 'ok found it. deed book 5521 page 340'],
    [332, 'l', 'Thanks! One moment.'],
    [410, 'l', "Lancaster County's Recorder of Deeds has a free online search at lancasterdeeds.com: search Book 5521, Page 340 and read the legal description for 'right of way' or 'easement' wording. An easement can also sit in an older deed in the chain, which yours lists at the end. If the old wording is hard to follow, our Reference desk can walk you through it in person: call them at 717-555-0133."],
    [416, 'l', 'Is that what you were looking for?'],
    [470, 'p', "yes, thank you. that's all for today"],
    [476, 'l', 'Good luck with it! Thanks for chatting with us.'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundNeighbors.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('07')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 5 "For a line that would hold up in a dispute, you\'d hire a licensed land surveyor."). Message 5 tells the patron to hire (contact) a licensed land surveyor, a specialist outside the chat (RUBRIC Terms, Referral; the project\'s reading of "have a lawyer look it over"), with no e-mail, phone, postal address or URL of their own: the 734-555-0190 in the same message is the Local History desk\'s, and the washtenaw.org URLs are the parcel viewer and the deed records (sources). RUBRIC: pass only when every party referred to comes with a way to reach them.',
  [byNo('14')]:
    'referral.contact: expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them", evidence message 7 "Puede reportarlo al 311 de Dallas: llame al 214-555-0311 o use la página dallascityhall.com/311…"). The only party, Dallas 311, comes with a phone (214-555-0311) and a URL (dallascityhall.com/311) in that same message.',
};

describe('sixtieth round: neighbors and community problems, checked', () => {
  describeSessions('whole sessions', sixtiethRoundNeighbors.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundNeighbors.filter((c) => c.name in LEFT_WHY));
});
