/**
 * Sixty-third round, theme PESTS, BED BUGS AND RODENTS AT HOME, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: bed bugs in rented apartments (the Bronx, East LA, Baltimore City, Saint
 * Paul) and after a hotel stay (Phoenix), landlord duties, termites before buying or selling a house (a VA loan in Orlando,
 * a Georgia termite bond, a Riverside escrow), swarmers or flying ants (Austin), carpenter ants (Delaware), county vector
 * control and mosquito spraying (Harris County, Hialeah, a Fairfax storm drain, a dead crow in Orange County CA, Bti dunks in
 * a bird bath), safe pesticides with pets and kids (ants, roaches and boric acid, fleas, a wasp nest, a neighbour's drift in
 * Iowa), extension-office insect ID (Penn State, UC Master Gardeners), and rats and mice (a Chicago alley, a compost bin, a
 * Dundalk vacant house, hantavirus droppings in a New Mexico shed, mice in a 1910 house). Every one of the 17 checks labelled
 * in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyThirdRoundPests-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Hey there, welcome to Ask NYPL! I'm Priya, …" (01); pickup at exactly 60 s (02: pass) and at 61 s (03: fail);
 *   `pickedUpAt` at 45 s with the first line at 80 (09: pass); "Hi there! 🙂" + "What city are you in?" under the screen name
 *   "askref04" (05: greets, names no one: fail); "Hi!" + a question, the name only in the third message (22: fail); Spanish
 *   "¡Hola! Buenos días, le saluda Lucía, bibliotecaria del …" (04), "Buenas tardes, … Soy Alma, bibliotecaria de …" (17);
 *   bilingual "Hola! Hi, José at Miami-Dade Public Library here" (19); a pickup that is itself a transfer notice (24); a queue
 *   line and no provider ever joined (20);
 *  inquiry: renter and building size, written notice or not, ant trail or nest, wing piles, lease in a drawer, escrow, drain on
 *   a public street, fresh bird, nest size; a restatement with no question mark (09: pass); the boric-acid source first, then
 *   "Are you renting, by the way?" (08: fail);
 *  waits: a hold ("Bear with me a moment.") answered exactly 120 s later (06: pass); the patron's "??" inside a 121 s wait (07:
 *   fail); "No rush, take your time finding it." and a 208 s wait on the patron (23: pass); a silent transfer with the receiver
 *   126 s after the patron (25: fail: the internal note and the transfer event do not end the wait); an announced transfer
 *   answered exactly 120 s after the notice (26: pass); a wait still open when the session ends 300 s after the patron's last
 *   line (30: pass);
 *  endings: final idle of exactly 120 s with "Are you still with me?" and a goodbye (14: check-in pass, notice na); 119 s with
 *   a goodbye and no check-in (15: na); 181 s ending on "Looks like we've lost you, so I'm going to close out this chat." (16:
 *   check-in fails, notice passes, courteous fails); exactly 180 s in Spanish with "¿Sigue ahí?" and a notice that thanks
 *   and invites back (17: both pass); a Lost Call with no check-in and a 205 s idle ending on a notice that invites back (18:
 *   check-in fails, notice and courteous pass); "each chat gets 10 minutes and your time is up. Bye." (22: dismissal, but a
 *   goodbye); "a few other people are waiting … Please come back to chat anytime" (23: allowed); the patron's "nah im good
 *   lol" as the last line after "Anything else I can help with?" and no goodbye (30: courteous fails);
 *  sources: nyc.gov/bedbugs, fdacs.gov, the Harris County spray map, LA County public health, chicago.gov/rats and
 *   311.chicago.gov, npic.orst.edu, citybugs.tamu.edu, extension.psu.edu, ipm.ucanr.edu, fairfaxcounty.gov, Baltimore City's
 *   bed bug page, the KC library catalogue and Libby, UGA, EPA (epa.gov, espanol.epa.gov), WSU, Minnesota's AG handbook,
 *   pestboard.ca.gov, westnile.ca.gov, cdc.gov/hantavirus, udel.edu, Iowa's Pesticide Bureau, USU Extension;
 *  referrals: FDACS by URL plus "talk to your real estate agent" with no contact (02: fail); LA County Public Health by phone
 *   (04); "calling 311 or online at 311.chicago.gov" (05); NPIC by phone (06); the Travis County AgriLife office by phone
 *   (07); "Put your complaint to your landlord in writing" (12: fail); "a tenants' union" with no contact (23: fail); the West
 *   Nile hotline (25); Iowa's Pesticide Bureau by phone and URL (28); the Penn State lab's mail-in form page, the UC Master
 *   Gardeners the provider asks on the patron's behalf, and Baltimore County Code Enforcement described with its page (09,
 *   10, 29: no referral);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Friday", done 48 h after the end (10: pass); a call-back promise with the
 *   patron's phone typed but not read back, "tomorrow morning", coded Answered (11: code fails, contact passes, pending);
 *   FU_LIB with the e-mail only in `patron.email`, no time, done after 75 h (12: contact and on_time fail, code passes);
 *   FU_ME with no promise and no contact anywhere, never recorded at day 4 (13: code, contact, on_time fail); FU_ME, phone read
 *   back, "by Monday", done at 71 h 59 min (29: pass);
 *  codes: "" (15), a true Lost Call (18), Lost Call after three patron lines (19), null with no provider (20), Practice (21),
 *   the field left out (30: na);
 *  transfers: notice + internal note that says why, Spanish (24: pass); internal note only (25: fail); notice only (26: fail);
 *  concurrency: three others of the same provider open at once over this one (27: four, fail); one ending exactly at the
 *   start, two overlapping, one starting exactly at `endedAt`, and another provider's chat over the whole session (28: three
 *   at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Spanish greetings and identifications ("le saluda Lucía, bibliotecaria del LA County Library", "Soy Alma,
 *   bibliotecaria de …", "soy Rafaela, bibliotecaria bilingüe") count; "¿Le sirve esta información?", "¿Le ayuda esto?",
 *   "¿Le sirve?" and "¿Le ayuda eso?" are the completeness question; "eso es todo", "es todo", "that is all", "thats all" and
 *   "thats everything" say explicitly that the patron is done; "si gracias", "yes ugh. ok thanks", "sure, thanks", "yes, ok",
 *   "ok thank you" and "ok" do not, nor does "yes great. thats it" in answer to "Was that what you were looking for?" (09: it
 *   confirms the answer, see the correction below);
 * - Referral is "a person or organisation outside the chat": "talk to your real estate agent about …" (02) and "Put your
 *   complaint to your landlord in writing" (12) tell the patron to ask / write to a person outside the chat, so they are
 *   referrals, with no way to reach them (fail); "get in touch with a tenants' union" (23) likewise;
 * - "Request it by calling 311 or online at 311.chicago.gov" tells the patron to contact a city department: a referral, and
 *   311 is a phone number (05: pass);
 * - "Penn State's Insect Identification Lab accepts samples by mail or photos; the submission form … at …" (09) and "Baltimore
 *   County's Code Enforcement handles rat complaints …; their page is …" (29) describe an office and point to its page; they
 *   do not tell the patron to contact it (a source, no referral); "I'll send it to our contact at the UC Master Gardeners" (10)
 *   and "I'll check with the county and call you back" (11) consult on the patron's behalf (no referral);
 * - "Looks like we've lost you, so I'm going to close out this chat." tells the patron they seem to have disconnected and that
 *   the session ends (16); "It seems you've left the chat, so I'll end it now. Feel free to come back any time!" does that and
 *   invites back (a goodbye: the idle ends there, 18);
 * - "Sorry, each chat gets 10 minutes and your time is up. Bye." is a dismissal, and also says goodbye (22: courteous passes);
 * - "Hi, I'm Ken, … Un momento — I'm transferring you to my colleague who speaks Spanish." is the pickup, greets and
 *   identifies, and is a hold (24);
 * - the patron's phone typed in the chat ("703 555 0148") and not read back is "given … there" (11: contact passes with
 *   "tomorrow morning");
 * - `resolutionCode: undefined` is the field left out (30: the source has no codes, na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (09 on closing.anything_else, 12 on referral.contact). Label corrections: 1:
 *  - case 09, closing.anything_else pass -> fail: I had counted the patron's "yes great. thats it" as saying they were done;
 *    rereading RUBRIC ("the patron says on their own, explicitly, that they are done …; thanks or "ok" alone does not
 *    count"), the line answers Nadia's "Was that what you were looking for?" ("that's it" = that is what I wanted), so it
 *    confirms the answer and is not an explicit statement that the patron needs nothing more; no "anything else?" was
 *    asked, so fail. (The scorer's "fail" agreed; the reason is the rubric's word "explicitly", read again in context.)
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - referral.contact, case 12: "Put your complaint to your landlord in writing and keep a copy." read as no referral (na;
 *    RUBRIC fail: the patron is told to write to a person outside the chat, with no way to reach them). (Case 02's "talk to
 *    your real estate agent" scored fail as labelled.)
 * Every timing check (pickup at 60 and 61 s and by `pickedUpAt`, no provider; keep_informed at exactly 120 s after a hold and
 * after a transfer notice, at 121 s across the patron's "??", 126 s across a silent transfer, a 208 s wait on the patron after
 * "take your time", a wait open at the end; final idles of 119, 120, 180, 181 and 205 s; concurrency at four and at touching
 * ends with another provider's chat; on_time at 48 h and 71 h 59 min, late at 75 h, unrecorded past the deadline, pending)
 * and every code (Practice, true and false Lost Call, null, "", the field left out, a promise under Answered, follow-up codes
 * with and without a contact) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 * running case (a patron e-mail typed and read back, a phone typed only, a phone read back, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft). tsc clean for this file.
 * ON v57 (block W, written partly from this file and fifteen others of the sixty-third round): case 12's "Put your complaint to
 *   your landlord in writing" is read as writing to the landlord (W11) and runs; 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const PRIYA: Prov = { id: 'priya-p', name: 'Priya', library: 'NYPL' };
const MARCUS: Prov = { id: 'marcus-p', name: 'Marcus', library: 'OCLS' };
const DENISE: Prov = { id: 'denise-p', name: 'Denise', library: 'HCPL-TX' };
const LUCIA: Prov = { id: 'lucia-p', name: 'Lucía', library: 'LACOL' };
const ASKREF: Prov = { id: 'askref04-p', name: 'askref04', library: 'CPL-IL' };
const OWEN: Prov = { id: 'owen-p', name: 'Owen', library: 'MCL-OR' };
const TESSA: Prov = { id: 'tessa-p', name: 'Tessa', library: 'APL-TX' };
const KWAME: Prov = { id: 'kwame-p', name: 'Kwame', library: 'FLP' };
const NADIA: Prov = { id: 'nadia-p', name: 'Nadia', library: 'CCL-PA' };
const BEA: Prov = { id: 'bea-p', name: 'Bea', library: 'SPL-CA' };
const HOLLIS: Prov = { id: 'hollis-p', name: 'Hollis', library: 'FCPL-VA' };
const GRETA: Prov = { id: 'greta-p', name: 'Greta', library: 'EPFL' };
const ROMAN: Prov = { id: 'roman-p', name: 'Roman', library: 'KCPL' };
const SUNNY: Prov = { id: 'sunny-p', name: 'Sunny', library: 'GCPL-GA' };
const VERA: Prov = { id: 'vera-p', name: 'Vera', library: 'THPL' };
const WALT: Prov = { id: 'walt-p', name: 'Walt', library: 'SCLD' };
const ALMA: Prov = { id: 'alma-p', name: 'Alma', library: 'PPL-AZ' };
const IRIS: Prov = { id: 'iris-p', name: 'Iris', library: 'CCPL-OH' };
const JOSE: Prov = { id: 'jose-p', name: 'José', library: 'MDPLS' };
const NOBODY: Prov = { id: 'queue-p', name: 'Queue', library: 'VRQ' };
const TRAINEE: Prov = { id: 'trainee-p', name: 'Trainee 3', library: 'TRN' };
const JAY: Prov = { id: 'jay-p', name: 'Jay', library: 'CML' };
const KIT: Prov = { id: 'kit-p', name: 'Kit', library: 'SPPL' };
const KEN: Prov = { id: 'ken-p', name: 'Ken', library: 'RCLS' };
const RAFAELA: Prov = { id: 'rafaela-p', name: 'Rafaela', library: 'RCLS' };
const LENA: Prov = { id: 'lena-p', name: 'Lena', library: 'OCPL' };
const MO: Prov = { id: 'mo-p', name: 'Mo', library: 'OCPL' };
const PAT: Prov = { id: 'pat-p', name: 'Pat', library: 'ABCL' };
const QUINN: Prov = { id: 'quinn-p', name: 'Quinn', library: 'ABCL' };
const RUTH: Prov = { id: 'ruth-p', name: 'Ruth', library: 'DEL' };
const SAM: Prov = { id: 'sam-p', name: 'Sam', library: 'DMPL' };
const UMA: Prov = { id: 'uma-p', name: 'Uma', library: 'BCPL' };
const VIC: Prov = { id: 'vic-p', name: 'Vic', library: 'SLCL-UT' };

const s = session;

/** The queue's own line while nobody is free (system). */
const waitLine = (sec: number): Line => [sec, 's', 'You are in line. A librarian will be with you shortly.'];

export const sixtyThirdRoundPests: SessionCase[] = [
  // 01 the plain good session
  s(PRIYA, '01 bed bugs in a 40-unit Bronx building: "welcome to Ask NYPL! I\'m Priya", renter and building size, nyc.gov/bedbugs, "thats everything i needed 🙏"', [
    [0, 'p', 'hi so i think we have bed bugs?? found little blood spots on the sheets & bites on my arms. landlord says its my problem. is it??'],
    [22, 'l', "Hey there, welcome to Ask NYPL! I'm Priya, one of the librarians on chat tonight."],
    [27, 'l', "Ugh, sorry you're dealing with that. Do you rent, and is the building 3 or more apartments? NYC rules are different for those."],
    [70, 'p', 'yes renting, its like 40 units in the bronx'],
    [78, 'l', "Then it's on the owner, not you: in a multiple dwelling the landlord has to get rid of bed bugs, and has to give tenants the building's bed bug history when the lease is signed or renewed. The city lays out your rights and what to do on its bed bug page, nyc.gov/bedbugs."],
    [84, 'l', 'Is this the kind of info you were after?'],
    [130, 'p', 'yes omg thank u. thats everything i needed 🙏'],
    [136, 'l', 'Glad it helped — good luck, and thanks for chatting with NYPL!'],
  ], usual()),

  // 02 pickup at exactly 60 s; a real estate agent with no contact
  s(MARCUS, '02 WDO inspection for a VA loan on a 1978 Orlando house: pickup at 60 s, fdacs.gov license lookup, "talk to your real estate agent" with no contact', [
    [0, 'p', 'Buying a house in Orlando built in 1978. Should I get a termite inspection, and who does those? Is it required?'],
    [60, 'l', "Good afternoon! Marcus here, from Orange County Library System's Ask a Librarian."],
    [66, 'l', 'Are you financing with an FHA or VA loan, or a conventional mortgage? It changes whether the lender requires one.'],
    [110, 'p', 'VA loan'],
    [117, 'l', 'VA loans in Florida generally require a Wood Destroying Organism (WDO) inspection report on form FDACS-13645, and only licensed pest control companies can do them. You can check a company\'s license with the FDACS license lookup at fdacs.gov (Business Services > Pest Control). Also talk to your real estate agent about making the contract contingent on a clean WDO report.'],
    [123, 'l', 'Did that answer what you needed?'],
    [170, 'p', "Yes thanks, that's all I needed"],
    [175, 'l', "You're welcome, and congrats on the house! Bye for now."],
  ], usual({ referral: 'fail' })),

  // 03 pickup at 61 s
  s(DENISE, '03 Harris County mosquito spraying and a kid with asthma: 61 s pickup, schedule or alerts, the spray map, "Anything else I can look up for you?"', [
    [0, 'p', 'when does harris county spray for mosquitos in my neighborhood?? 77084. my kid has asthma so i want to keep him inside'],
    [61, 'l', 'Hi, this is Denise with Harris County Public Library. Sorry for the wait!'],
    [68, 'l', 'Do you want the spraying schedule for this week, or a way to get notified every time they spray?'],
    [100, 'p', 'both if possible'],
    [108, 'l', "Harris County Public Health's Mosquito and Vector Control Division posts its nightly spray zones on a map at publichealth.harriscountytx.gov (Services & Programs > Mosquito and Vector Control > Spray Map), and you can sign up for spray alerts on the same page. They spray between dusk and dawn, so keeping him in overnight on spray nights is the usual advice."],
    [114, 'l', 'Does that give you what you need?'],
    [160, 'p', 'yes. perfect'],
    [165, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'no thats it ty'],
    [195, 'l', 'Take care, and thanks for using the chat!'],
  ], usual({ pickup: 'fail' })),

  // 04 Spanish: East LA bed bugs, County Public Health by phone
  s(LUCIA, '04 chinches en un departamento de East LA (Spanish): "le saluda Lucía", aviso por escrito o de palabra, Salud Pública por teléfono, "eso es todo"', [
    [0, 'p', 'hola, tengo chinches en mi departamento en east LA y el dueño no hace nada. que puedo hacer?'],
    [30, 'l', '¡Hola! Buenos días, le saluda Lucía, bibliotecaria del LA County Library. Con gusto le ayudo.'],
    [36, 'l', '¿Ya le avisó al dueño por escrito, o solo de palabra?'],
    [90, 'p', 'solo le dije en persona, hace 2 semanas'],
    [98, 'l', 'En California el dueño tiene que tratar las chinches y avisarle antes de entrar a fumigar (Código Civil 1954.600 y siguientes). Si el dueño sigue sin hacer nada, llame al Departamento de Salud Pública del condado, Programa de Vivienda, al 888-555-0142; ellos inspeccionan. La guía en español está en publichealth.lacounty.gov/eh (busque "chinches").'],
    [104, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si mucho, eso es todo gracias!!'],
    [156, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 05 greets, names no one; 311 by phone and URL
  s(ASKREF, '05 rats in a Logan Square alley (emoji): "Hi there! 🙂" + "What city are you in?" under "askref04", 311 by phone or 311.chicago.gov', [
    [0, 'p', 'theres rats all over the alley behind my building, like huge ones 🐀🐀 who do i call'],
    [18, 'l', 'Hi there! 🙂'],
    [24, 'l', 'What city are you in?'],
    [40, 'p', 'chicago, logan square'],
    [47, 'l', "Chicago's Department of Streets and Sanitation baits alleys for rats for free. Request it by calling 311 or online at 311.chicago.gov (Rodent Baiting / Rat Complaint). Their rodent page, chicago.gov/rats, has tips on garbage carts and sealing holes too."],
    [53, 'l', 'Did that help?'],
    [80, 'p', 'ya thats all i needed thx!!'],
    [85, 'l', 'Good luck with the rats, bye!'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 a hold answered exactly 120 s later; NPIC by phone
  s(OWEN, '06 ants, a toddler and two cats: trail or nest, "Bear with me a moment." answered exactly 120 s later, npic.orst.edu, NPIC by phone', [
    [0, 'p', 'I have ants in the kitchen and a toddler and two cats. what can I use that wont poison them?'],
    [20, 'l', 'Hello! Owen from Multnomah County Library here, thanks for your question.'],
    [26, 'l', 'Are the ants coming in from outside (a trail along a window or door), or nesting inside the walls?'],
    [60, 'p', 'along the back door, a trail'],
    [66, 'l', 'Let me look up what the pesticide information folks recommend. Bear with me a moment.'],
    [186, 'l', "Back! The National Pesticide Information Center (Oregon State University) has a page on ants with kids and pets at npic.orst.edu/pest/ants.html: wipe the trail with soapy water, seal the gap by the door, and if you use bait, use enclosed bait stations out of reach. You can also call NPIC with questions at 800-555-0164."],
    [192, 'l', 'Is that helpful?'],
    [240, 'p', 'very, thank you. that is all'],
    [245, 'l', 'Bye now, and thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),

  // 07 "??" inside a 121 s wait
  s(TESSA, '07 swarmers or flying ants in Austin: wing piles, the patron\'s "??" inside a 121 s wait, citybugs.tamu.edu, AgriLife office by phone, "yes ugh. ok thanks"', [
    [0, 'p', 'hundreds of little winged bugs came out of my baseboard this morning, are these termites or flying ants?? in austin'],
    [25, 'l', "Hi, I'm Tessa, a librarian at Austin Public Library."],
    [31, 'l', 'Did the wings fall off and pile up, and are all four wings about the same length?'],
    [70, 'p', 'yes theres piles of wings everywhere. they look same length i think'],
    [130, 'p', '??'],
    [191, 'l', "Sorry for the wait. Shed wings in piles and four equal wings point to termite swarmers, not ants. Texas A&M AgriLife Extension's fact sheet on subterranean termites compares them with photos at citybugs.tamu.edu (Fact Sheets > Termites). You can also take a sample to the Travis County AgriLife Extension office for an ID; call them first at 512-555-0171."],
    [197, 'l', 'Does that help?'],
    [240, 'p', 'yes ugh. ok thanks'],
    [246, 'l', 'Good luck, and thanks for writing to us!'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // 08 the source before the question
  s(KWAME, '08 roaches, a crawling baby and boric acid: NPIC fact sheet first, then "Are you renting, by the way?", phila.gov', [
    [0, 'p', 'roaches in my kitchen, i have a baby crawling around. is boric acid ok to use'],
    [20, 'l', "Good evening, Kwame at the Free Library of Philadelphia's Ask a Librarian."],
    [26, 'l', "Boric acid is low in toxicity but can still make a child sick if swallowed, so it has to go where the baby can't reach (inside cabinets, behind the fridge). NPIC's boric acid fact sheet is at npic.orst.edu/factsheets/boricgen.html."],
    [32, 'l', 'Are you renting, by the way? In Philly the landlord is responsible for extermination in most rentals.'],
    [75, 'p', 'yeah renting'],
    [82, 'l', "Then the landlord should be treating it. The city's tenant rights page is at phila.gov/services/property-lots-housing (Renting > Tenant rights). Did that help?"],
    [120, 'p', 'yes thank u, thats all'],
    [125, 'l', "You're welcome — take care, bye!"],
  ], usual({ clarify: 'fail' })),

  // 09 pickedUpAt 45 s, first line at 80; a restatement
  s(NADIA, '09 a black-and-orange basement bug for Penn State Extension: pickedUpAt 45 s, first line at 80, restated "So you\'d like …", extension.psu.edu', [
    [0, 'p', 'found a weird bug in my basement, black and orange, like an inch long. my neighbor said the penn state extension can tell what it is? how does that work'],
    [80, 'l', 'Hi and welcome to Ask Here PA! Nadia, librarian at Centre County Library, with you.'],
    [85, 'l', "So you'd like to get a bug identified by Penn State Extension and want to know how to send it in."],
    [120, 'p', 'yes exactly'],
    [127, 'l', "Penn State's Insect Identification Lab accepts samples by mail or photos; the submission form and how to pack a sample are at extension.psu.edu/insect-identification. There's a small fee for physical samples."],
    [133, 'l', 'Was that what you were looking for?'],
    [170, 'p', 'yes great. thats it'],
    [175, 'l', 'Thanks for chatting, and happy bug hunting!'],
  ], usual({ anything: 'fail' }), { pickedUpAt: at(45) }),

  // 10 follow-up by me: e-mail read back, "by Friday", done 48 h after the end
  s(BEA, '10 tiny tan beetles in the flour (follow-up by me): UC IPM page, photo to the Master Gardeners, e-mail read back, "by Friday", done at 48 h', [
    [0, 'p', 'Hi, I keep finding tiny tan beetles in my pantry and now in my bedroom too. I took a photo. Can someone tell me what they are?'],
    [24, 'l', "Hi! You've reached Bea at Sacramento Public Library. Happy to help figure this out."],
    [30, 'l', 'How small are they — smaller than a grain of rice? And are they in the flour or cereal, or just walking around?'],
    [80, 'p', 'smaller than rice, in the flour and some on the windowsill'],
    [88, 'l', "Those could be flour beetles or carpet beetles; UC IPM's pantry pest page has photos of both: ipm.ucanr.edu/PMG/PESTNOTES/pn7452.html. Since you have a photo, I'll send it to our contact at the UC Master Gardeners of Sacramento County for an ID and e-mail you what they say. Which e-mail should I use? You can attach the photo when you reply."],
    [150, 'p', 'great!! its dara.lopez88@example.com'],
    [156, 'l', "Thanks — dara.lopez88@example.com. You'll hear from me by Friday."],
    [162, 'l', 'In the meantime, does the UC IPM page help?'],
    [200, 'p', "yes it does, thanks so much. that's all for now"],
    [206, 'l', 'My pleasure — thanks for using the chat!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(211 + 48 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 11 a call-back promise, phone typed and not read back, "tomorrow morning", coded Answered
  s(HOLLIS, '11 mosquito larvae in a Fairfax storm drain: fairfaxcounty.gov DCIP, "I\'ll check with the county and call you back", phone typed, "tomorrow morning", coded Answered', [
    [0, 'p', "theres a storm drain in front of our house that always has standing water and it's full of mosquito larvae. who do I report that to in fairfax county"],
    [26, 'l', "Hello! Hollis with Fairfax County Public Library's chat service."],
    [32, 'l', "Is the drain on a public street, or on your HOA's property?"],
    [70, 'p', 'public street i think. Its on Glenbrook rd'],
    [78, 'l', "Fairfax County's Health Department runs the Disease Carrying Insects Program; its page is fairfaxcounty.gov/health/dcip. I'm not sure whether street drains go to them or to VDOT, so I'll check with the county and call you back with the right office. What's a good number?"],
    [130, 'p', '703 555 0148'],
    [136, 'l', "Great, I'll call you tomorrow morning."],
    [140, 'l', 'Does the program page help for now?'],
    [175, 'p', 'sure, thanks'],
    [181, 'l', 'Thanks for your patience, have a good evening!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' })),

  // 12 follow-up by the patron's library: e-mail only in patron.email, no time, done after 75 h; the landlord in writing
  s(GRETA, '12 Baltimore City bed bugs blamed on the tenant (follow-up by patron\'s library): "to your landlord in writing", e-mail only in patron.email, no time, done at 75 h', [
    [0, 'p', 'my landlord in baltimore city says bed bugs are my fault bc i brought them in and wants me to pay for the exterminator. is that legal'],
    [35, 'l', "Good afternoon and welcome to AskUsNow! I'm Greta, a librarian at the Enoch Pratt Free Library."],
    [41, 'l', 'How long have you lived there, and did the bugs show up in other units too?'],
    [100, 'p', '8 months. the neighbor upstairs has them too'],
    [108, 'l', "Baltimore City's bed bug rules put treatment on the landlord in most cases, especially when more than one unit has them. The city health department's bed bug page summarizes it: health.baltimorecity.gov/bedbugs. Put your complaint to your landlord in writing and keep a copy."],
    [114, 'l', "A librarian at your home library can pull the text of the ordinance and tenant resources for you. I'll pass your question along and they'll be in touch by e-mail."],
    [160, 'p', 'ok thank you'],
    [166, 'l', 'Thanks for chatting with AskUsNow!'],
  ], usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail', referral: 'fail' }),
  { ...FU_LIB, patron: { name: null, email: 'k.mensah@example.org', phone: null }, followUps: [{ doneAt: at(171 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 coded Follow-up by me with no promise and no contact anywhere, never recorded at day 4
  s(ROMAN, '13 mice in the walls of a 1910 house: e-book or print, kclibrary.org catalogue and Libby, coded Follow-up by me with no promise and no contact, unrecorded at day 4', [
    [0, 'p', 'do you have any books on keeping mice out of an old house? ours is from 1910 and theyre in the walls'],
    [15, 'l', 'Hi, Roman at Kansas City Public Library here — welcome!'],
    [21, 'l', 'Would you prefer something you can check out today, or is an e-book OK?'],
    [50, 'p', 'ebook is fine'],
    [57, 'l', "Search \"rodent control\" in our catalog at kclibrary.org and filter to eBooks; \"Pest-Proof Your Home\" is available in Libby right now. University of Missouri Extension's free guide \"Controlling House Mice\" is at extension.missouri.edu (search 'house mice') too."],
    [63, 'l', 'Is that what you were hoping for?'],
    [100, 'p', 'yep thats perfect, thats everything'],
    [105, 'l', 'Enjoy, and thanks for chatting!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 14 final idle exactly 120 s: check-in and goodbye
  s(SUNNY, '14 a Georgia termite bond when selling: UGA Extension, "Are you still with me?" at 168, goodbye at 188 (120 s)', [
    [0, 'p', 'what is a termite bond and do i need one to sell my house in georgia'],
    [22, 'l', 'Hi there, this is Sunny at Gwinnett County Public Library. Thanks for reaching out!'],
    [28, 'l', "Are you the seller, and has the buyer's lender asked for one?"],
    [60, 'p', 'seller. buyers agent mentioned it'],
    [68, 'l', "A termite bond is a renewable contract with a pest company to re-treat (and sometimes repair) if termites come back. Georgia doesn't require one to sell, but buyers and lenders often ask for a clean inspection letter. UGA Extension explains it in \"Termite Bonds in Georgia\" at extension.uga.edu (Publications, search 'termite bond'). Does that answer your question, or is there anything else you need?"],
    [168, 'l', 'Are you still with me?'],
    [188, 'l', "I'll close this chat for now. Thanks for contacting us, and feel free to come back!"],
  ], usual({ idle: 'pass' })),

  // 15 final idle 119 s, no check-in; code ""
  s(VERA, '15 Bti mosquito dunks in a bird bath: answer at 52, goodbye at 171 (119 s) with no check-in, code ""', [
    [0, 'p', 'are mosquito dunks safe for a bird bath? birds drink from it'],
    [14, 'l', 'Hello! Vera, librarian at Tampa-Hillsborough County Public Library, here.'],
    [20, 'l', 'Are these the donut-shaped Bti dunks, or a different larvicide?'],
    [45, 'p', 'the donut ones, says Bti on it'],
    [52, 'l', "Bti only affects the larvae of mosquitoes, black flies and fungus gnats; EPA says it isn't toxic to birds, pets or people at label rates. EPA's page: epa.gov/mosquitocontrol (Bti for Mosquito Control). Did that help?"],
    [171, 'l', 'Thanks so much for chatting, have a great weekend!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 16 final idle 181 s ending on a notice with no check-in and no thanks
  s(WALT, '16 rats in a backyard compost bin with a dog: hardware cloth, WSU Extension, "Looks like we\'ve lost you, so I\'m going to close out this chat." (181 s)', [
    [0, 'p', 'rats r getting into my compost bin in the backyard. how do i stop them w/out poison? we have a dog'],
    [20, 'l', 'Hey, welcome to Ask Us! Walt from Spokane County Library District.'],
    [26, 'l', 'Is it an open pile, a plastic bin, or a tumbler?'],
    [50, 'p', 'plastic bin with a lid, they chew under it'],
    [58, 'l', "Put 1/4-inch hardware cloth under the bin and a few inches up the sides, stop adding meat, dairy and cooked food, and keep the pile moist. WSU Extension's publication on rodents in compost is at extension.wsu.edu (search 'compost rodents')."],
    [234, 'l', "Looks like we've lost you, so I'm going to close out this chat."],
  ], usual({ complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 Spanish; final idle exactly 180 s: check-in and a notice that thanks
  s(ALMA, '17 chinches traídas de un hotel (Spanish): "Soy Alma, bibliotecaria", espanol.epa.gov, "¿Sigue ahí?" a los 198, aviso y despedida a los 258 (180 s)', [
    [0, 'p', 'Buenas, creo que traje chinches de un hotel. ¿Cómo sé si tengo chinches en mi casa?'],
    [30, 'l', 'Buenas tardes, gracias por escribir. Soy Alma, bibliotecaria de la Biblioteca Pública de Phoenix.'],
    [36, 'l', '¿Ya vio algún insecto, o solo tiene piquetes?'],
    [70, 'p', 'solo piquetes en los brazos'],
    [78, 'l', 'Los piquetes solos no confirman que sean chinches. Revise las costuras del colchón y de la maleta buscando manchitas oscuras o cascaritas. La EPA tiene una guía en español con fotos: espanol.epa.gov/chinches. ¿Le ayuda esto?'],
    [198, 'l', '¿Sigue ahí?'],
    [258, 'l', 'Parece que se desconectó, así que voy a cerrar la sesión. ¡Gracias por comunicarse, vuelva cuando quiera!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 18 a true Lost Call: no check-in, a notice that invites back after 205 s
  s(IRIS, '18 a free exterminator for seniors in Cleveland (Lost Call): greeting only, no check-in, "It seems you\'ve left the chat … come back any time!" at 230 (205 s)', [
    [0, 'p', 'is there any free exterminator program for seniors in cleveland? my mom has mice'],
    [25, 'l', 'Good morning, Iris with Cuyahoga County Public Library here.'],
    [230, 'l', "It seems you've left the chat, so I'll end it now. Feel free to come back any time!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'fail', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 partly Spanish; Lost Call after three patron lines
  s(JOSE, '19 fumigación de mosquitos en Hialeah con un bebé (partly Spanish): "Hola! Hi, José …", zip code, miamidade.gov/mosquito, coded Lost Call after three patron lines', [
    [0, 'p', 'hi, they spraying for mosquitos tonite in hialeah? tengo un bebé'],
    [20, 'l', 'Hola! Hi, José at Miami-Dade Public Library here, I speak English y español.'],
    [26, 'l', '¿Qué zona de Hialeah? Do you have your zip code?'],
    [50, 'p', '33012'],
    [57, 'l', "Miami-Dade Mosquito Control posts tonight's truck and aerial spray zones at miamidade.gov/mosquito (Spray Schedule), and you can sign up for text alerts there. ¿Le ayuda eso?"],
    [90, 'p', 'si gracias'],
    [95, 'l', '¡De nada! Gracias por escribir.'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 20 no provider ever joined; code null
  s(NOBODY, '20 a bug bomb in an apartment with a cat: no provider ever joined, "anyone there??", patron left, code null', [
    [0, 'p', 'can i set off a bug bomb in my apartment if i have a cat? what if i take her out for the day'],
    waitLine(2),
    [120, 'p', 'anyone there??'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 21 Practice
  s(TRAINEE, '21 practice chat (bed bug canned message): coded Practice, every check na', [
    [0, 'p', 'testing 123 - new bed bug macro'],
    [5, 'l', 'Hi! Test of the bed bug canned message: epa.gov/bedbugs'],
    [12, 'p', 'works'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 22 "your time is up"; the name only in the third message
  s(JAY, '22 fleas, ants, wasps and maybe termites (chat-speak): "Hi!" + a question, name in the third message, ohioline.osu.edu, "each chat gets 10 minutes and your time is up. Bye."', [
    [0, 'p', 'we got fleas from the dog and also ants and wasps on the porch and maybe termites?? where do i start lol'],
    [20, 'l', 'Hi!'],
    [24, 'l', 'Which one is bugging you most right now? 😄'],
    [50, 'p', 'the fleas, we all have bites'],
    [55, 'l', "I'm Jay btw, librarian at Columbus Metropolitan Library. For fleas, treat the dog (a vet-approved product) and the house at the same time; Ohio State's fact sheet on fleas at ohioline.osu.edu (search 'fleas') lays out the steps. Does that help?"],
    [90, 'p', 'ok yes. now the wasps?'],
    [96, 'l', 'Sorry, each chat gets 10 minutes and your time is up. Bye.'],
    [110, 'p', 'seriously??'],
  ], usual({ greeting: 'fail', anything: 'fail', dismissal: 'fail' })),

  // 23 "take your time", other patrons waiting; a tenants' union with no contact
  s(KIT, '23 a Saint Paul landlord who never treats bed bugs: "No rush, take your time finding it.", ag.state.mn.us, "a tenants\' union", other patrons waiting and "come back to chat anytime"', [
    [0, 'p', 'my landlord keeps saying hes gonna treat the bed bugs and never does. its been 2 months. what are my options in minnesota'],
    [22, 'l', 'Good evening! Kit here, librarian at Saint Paul Public Library.'],
    [28, 'l', 'Do you have your written lease handy? Part of the answer depends on what it says about repairs.'],
    [45, 'p', 'its in a drawer somewhere, hang on'],
    [52, 'l', 'No rush, take your time finding it.'],
    [260, 'p', "ok found it. says landlord handles 'pest control'"],
    [268, 'l', "Good, that helps. Minnesota law (Minn. Stat. 504B.161) makes landlords keep the unit fit to live in, and the Attorney General's \"Landlords and Tenants: Rights and Responsibilities\" handbook explains rent escrow when repairs aren't made: ag.state.mn.us (Publications). You could also get in touch with a tenants' union for advice."],
    [274, 'l', 'Is that what you needed?'],
    [300, 'p', 'yes. also can i break the lease? and can they charge me for my couch? and'],
    [306, 'l', "Those are good questions, but a few other people are waiting for help right now. Please come back to chat anytime and we'll pick up from there. Thanks!"],
    [320, 'p', 'ok'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // 24 Spanish; an announced transfer with an internal note that says why
  s(KEN, '24 termitas en una casa en escrow en Riverside (Spanish): Ken\'s pickup is the transfer notice, internal note why, Rafaela 79 s later, pestboard.ca.gov', [
    [0, 'p', 'hola, compré una casa en Riverside y el inspector dice que tiene termitas. ¿Quién paga el tratamiento, yo o el vendedor?'],
    [25, 'l', "Hi, I'm Ken, a librarian with Riverside County Library System. Un momento — I'm transferring you to my colleague who speaks Spanish."],
    [28, 'i', 'Rafaela, Spanish-speaking patron, termites found on a home inspection, asking who pays for treatment. Can you take it?'],
    xfer(31, 'Rafaela', 'rafaela-p'),
    [110, 'l', 'Hola, soy Rafaela, bibliotecaria bilingüe. ¿Ya cerró la compra, o todavía está en escrow?', as(RAFAELA)],
    [150, 'p', 'todavia en escrow'],
    [158, 'l', 'Entonces se puede negociar: en California ninguna ley obliga al vendedor a pagar, pero el informe de termitas (Wood Destroying Pests and Organisms Inspection Report) se usa para negociar en el contrato. El Structural Pest Control Board explica el informe en pestboard.ca.gov (Consumidores). ¿Le sirve?', as(RAFAELA)],
    [200, 'p', 'si, muchas gracias, es todo'],
    [205, 'l', '¡Gracias a usted! Que le vaya bien con la casa.', as(RAFAELA)],
  ], usual({ transfer: 'pass' })),

  // 25 a silent transfer; the receiver 126 s after the patron
  s(LENA, '25 a fresh dead crow and West Nile in Orange County CA: internal note only, silent transfer, Mo 126 s after the patron, the hotline by phone and westnile.ca.gov', [
    [0, 'p', 'found a dead crow in my yard, should I report it for west nile? orange county ca'],
    [20, 'l', "Hello, this is Lena at OC Public Libraries' Ask a Librarian."],
    [26, 'l', 'Is the bird fresh (died in the last day or so), or has it been there a while?'],
    [60, 'p', 'looks fresh, this morning'],
    [66, 'i', 'Mo, dead bird / West Nile reporting in OC, you know vector control better, taking it?'],
    xfer(69, 'Mo', 'mo-p'),
    [186, 'l', "Hi, Mo here, also with OC Public Libraries. Fresh dead crows are exactly what the state wants: report it to the California West Nile Virus hotline at 877-555-0173 or online at westnile.ca.gov (Report a Dead Bird). The county's vector control district may pick it up for testing.", as(MO)],
    [192, 'l', 'Does that answer it?', as(MO)],
    [230, 'p', 'yes thanks!!'],
    [236, 'l', 'Anything else?', as(MO)],
    [250, 'p', 'nope thats everything'],
    [255, 'l', 'Thanks for reporting it, bye!', as(MO)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 26 an announced transfer with no internal note; answered exactly 120 s after the notice
  s(PAT, '26 mouse droppings and hantavirus in a New Mexico shed: "I\'m passing you to Quinn now, hang tight", no internal note, Quinn exactly 120 s later, cdc.gov/hantavirus', [
    [0, 'p', 'found mouse droppings all over the shed. is it dangerous to sweep them up? heard about hantavirus. new mexico'],
    [18, 'l', 'Hi, thanks for writing in. Pat here, librarian at Albuquerque & Bernalillo County Library.'],
    [24, 'l', "Our health sciences librarian is better with this one; I'm passing you to Quinn now, hang tight."],
    xfer(27, 'Quinn', 'quinn-p'),
    [144, 'l', 'Hello, Quinn here. Are the droppings dry and old, or fresh?', as(QUINN)],
    [170, 'p', 'dry mostly'],
    [178, 'l', "Don't sweep or vacuum them: that puts virus particles in the air. Air the shed out for 30 minutes, soak the droppings with a bleach solution (1 part bleach to 10 parts water), wait 5 minutes, then wipe up with paper towels wearing gloves. The CDC's steps are at cdc.gov/hantavirus (Cleaning Up After Rodents).", as(QUINN)],
    [184, 'l', 'Is that what you were looking for?', as(QUINN)],
    [220, 'p', 'yes thank you thats all i needed'],
    [225, 'l', 'Stay safe, and thanks for chatting!', as(QUINN)],
  ], usual({ transfer: 'fail' })),

  // 27 four at once
  s(RUTH, '27 carpenter ants in a damp window frame: udel.edu extension fact sheet, three other chats of Ruth\'s open at once over this one (four)', [
    [0, 'p', 'big black ants coming out of a window frame, sawdust stuff on the sill. carpenter ants? do they damage like termites'],
    [30, 'l', 'Good morning! Ruth at Ask a Librarian Delaware here.'],
    [36, 'l', 'Is the wood around the window soft or damp, do you know?'],
    [70, 'p', 'kind of soft yes, there was a leak last year'],
    [78, 'l', "Sawdust-like frass plus damp wood is classic carpenter ants. They hollow out wood to nest but don't eat it, so the damage is usually slower than termites', and fixing the moisture is key. University of Delaware Cooperative Extension's fact sheet on carpenter ants is at udel.edu/canr/cooperative-extension (Fact Sheets > Carpenter Ants)."],
    [84, 'l', 'Did that help?'],
    [120, 'p', 'yes!! ok. thats all thanks'],
    [126, 'l', 'Have a good one, thanks for chatting!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('r1', 'ruth-p', -100, 400), other('r2', 'ruth-p', 30, 500), other('r3', 'ruth-p', 60, 300)],
  }),

  // 28 three at most: touching ends, another provider's chat
  s(SAM, '28 a neighbour\'s pesticide drift into a play yard in Iowa: the Pesticide Bureau by phone and URL, touching chats and another provider\'s (three at most)', [
    [0, 'p', 'my neighbors pest guy sprays along the fence and it blows into our yard where my kids play. is that allowed? iowa'],
    [20, 'l', 'Hi there, Sam with Des Moines Public Library here.'],
    [26, 'l', 'Is it a licensed company doing the spraying, as far as you know?'],
    [60, 'p', 'yes theres a truck with a logo'],
    [67, 'l', "Commercial applicators in Iowa aren't allowed to let pesticide drift onto neighboring property. Drift complaints go to the Iowa Department of Agriculture and Land Stewardship's Pesticide Bureau: call 515-555-0185 or use the complaint form at iowaagriculture.gov (Pesticide Bureau > File a Complaint)."],
    [73, 'l', 'Does that answer your question?'],
    [110, 'p', 'yes, thats everything. thank you!'],
    [115, 'l', "You're welcome, bye!"],
  ], usual({ referral: 'pass' }), {}, {
    otherIntervals: [
      other('m1', 'sam-p', -300, 0), other('m2', 'sam-p', -50, 200), other('m3', 'sam-p', 10, 90), other('m4', 'sam-p', 120, 600),
      other('t1', 'tom-p', 0, 120),
    ],
  }),

  // 29 follow-up by me: phone read back, "by Monday", done at 71 h 59 min
  s(UMA, '29 rats from a vacant Dundalk rowhouse (follow-up by me): "Let me look that up — one sec." 62 s, Code Enforcement page, phone read back, "by Monday", done at 71 h 59 min', [
    [0, 'p', 'hi theres a rat problem in the alley behind our rowhouses in dundalk, county doesnt answer. who handles rats in baltimore county?'],
    [28, 'l', 'Hello, Uma here, librarian with Baltimore County Public Library on AskUsNow!'],
    [34, 'l', 'Are the rats coming from trash, a vacant house, or somewhere else you can see?'],
    [80, 'p', 'theres a vacant house with trash piled up'],
    [88, 'l', 'Let me look that up — one sec.'],
    [150, 'l', "Baltimore County's Code Enforcement handles rat complaints and vacant properties; their page is baltimorecountymd.gov (Code Enforcement > Rat Control). I couldn't confirm whether they bait alleys, so I'll find out and call you back. What's the best phone number?"],
    [200, 'p', '410-555-0126'],
    [206, 'l', "Thanks, that's 410-555-0126. I'll call by Monday."],
    [212, 'l', 'Does the Code Enforcement page help for now?'],
    [250, 'p', 'yes, ok'],
    [256, 'l', 'Thank you for using AskUsNow! Talk soon.'],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(261 + 71 * HOUR + 59 * 60) }] }, { now: T0 + 4 * DAY }),

  // 30 the code field left out; the patron's last word; no goodbye; a wait still open at the end
  s(VIC, '30 a paper wasp nest under the deck where kids play: USU Extension, "Anything else I can help with?", "nah im good lol" last, no goodbye, no code field', [
    [0, 'p', 'theres a wasp nest under our deck and my kids play there. is it ok to spray it myself or hire someone'],
    [22, 'l', "Hi, welcome! I'm Vic, a librarian at Salt Lake County Library."],
    [28, 'l', "How big is the nest — golf ball, softball, or bigger? And can you tell if they're yellowjackets or paper wasps?"],
    [70, 'p', 'like a softball. paper wasps i think, the umbrella kind'],
    [78, 'l', "A paper wasp nest that size can usually be handled yourself at dusk with a labeled wasp spray, keeping the kids inside until the next day. USU Extension's fact sheet on paper wasps has the steps: extension.usu.edu (search 'paper wasps'). Is that helpful?"],
    [110, 'p', 'yes'],
    [116, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nah im good lol'],
  ], usual({ courteous: 'fail', code: 'na' }), { resolutionCode: undefined, endAfter: 300 }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyThirdRoundPests.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: pests, bed bugs and rodents at home, checked', () => {
  describeSessions('whole sessions', sixtyThirdRoundPests.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyThirdRoundPests.filter((c) => c.name in LEFT_WHY));
});
