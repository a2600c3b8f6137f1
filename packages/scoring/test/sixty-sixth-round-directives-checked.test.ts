/**
 * Sixty-sixth round, theme ADVANCE DIRECTIVES, LIVING WILLS AND ORGAN DONATION, checked: 30 whole sessions no one had written,
 * from public library and statewide "ask a librarian" chats: state advance directive and health care proxy / power of
 * attorney forms (Maryland's AG forms, New York's proxy, Missouri's durable POA after a stroke, Colorado's medical durable
 * POA, Wisconsin's POA for health care, the DC form that could not be found, an Indiana form for a couple, California's form
 * in Spanish, a Florida health care surrogate in Spanish, an Ohio living will after a move to Arizona), POLST (Oregon, a
 * Washington hospice, Pennsylvania's POLST against the out-of-hospital DNR), organ donor registries (Texas, New York in
 * Spanish, a 16-year-old in California, removing the designation from a Pennsylvania license), witnesses and notaries
 * (Florida, North Carolina, Michigan's patient advocate, a library notary in Cleveland, a nurse in a Columbus hospital),
 * whole-body donation (Maryland's State Anatomy Board, Ohio State), Five Wishes in Oklahoma, and where to file copies (the
 * Vermont registry, Virginia's registry, Nevada's Living Will Lockbox). Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/directives-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a pickup at exactly 60 s (01: pass) and at 61 s (02: fail); "Good morning, you've reached Ask Us Now! I'm Dana
 *   …" (01); chat-speak "hey there! 👋 Marcus w/ Austin Public Library chat" (03) and "Hey! Bruno from Indianapolis Public
 *   Library Ask a Librarian here." (26); "Hello! How may I help you today?" under the screen name AskDesk, then a question
 *   (04: names no one, fail); "Hi there, you're chatting with a librarian at San Francisco Public Library." under the screen
 *   name "SFPL chat 2" (23: the role and the library, pass); the service only ("Hi, Sam with AskUsNow here.", 19); Spanish
 *   "Buenas tardes. Habla Lucía, bibliotecaria de …" (06) and "¡Hola! Soy Flor, bibliotecaria …" (30); a bilingual "Hi! I'm
 *   Rafe … ¿Prefiere en español o en inglés?" (16); a system join line before the greeting (15); `pickedUpAt` at 45 s with
 *   the first line at 150 s (30); no provider ever joined, two queue lines and "nvm" (18);
 *  inquiry: mother signing herself, for whom, a hospice team, able to sign, copies already given, witnesses or notary, which
 *   branch, which parts, a particular school, registered yet, licence or state ID, signed or drafting, permit soon, for
 *   yourself, adult children, also a living will; the first source (chapter 765 on leg.state.fl.us) given before the question
 *   (05: fail); a question whose words "or is he just looking into it?" are about the patron's father (20: LEFT);
 *  waits: "let me pull up the state form, one moment" answered 121 s later (08: fail); a hold answered exactly 120 s later
 *   with the patron's "hello?" in between (09: pass); holds at 90, 205 (a partial result, the search goes on) and 320 with the
 *   answer at 430 (10: pass); "No problem, take your time." then the patron back 184 s later (13: waiting on the patron,
 *   pass); an announced transfer answered 84 s later by the receiver (19) and 38 s later (21); a silent transfer answered 105
 *   s after the patron (20); 105 s between `pickedUpAt` and the first line, 150 s after the question (30: pass, the wait
 *   before pickup is pickup's alone);
 *  endings: a Lost Call with a greeting only, "Are you still there?" at 160 and "It looks like you've disconnected, so I'll
 *   close this chat. Please come back anytime!" at 215 (15: final idle 185 s, both pass); a goodbye 119 s after the answer
 *   (07: idle na); a goodbye exactly 120 s after the answer with no check-in (27: idle fails, notice na); "Are you still
 *   with me?" and then a goodbye exactly 180 s after the answer with no notice (28: idle passes, notice fails); "We only do
 *   one question per chat, so that's all I can do for you. Goodbye." (24: dismissal fails); "I have several patrons waiting
 *   right now, so please start a new chat … — we're open until 9 tonight" (25: allowed); the patron's "yes perfect thats all
 *   i needed thx" as the last line (26: courteous fails); "wow ok" after the dismissal (24); goodbyes "Bye for now!",
 *   "Thanks, have a great day!", "Sending you both good thoughts. Thanks for chatting!", "¡Para servirle! Gracias por
 *   escribirnos.", "¡Con gusto! Gracias por usar nuestro servicio, hasta luego.", "thx for chatting, have a good one!";
 *   patron-side "thats everything", "no more questions", "thats all I needed", "es todo lo que necesitaba", "that is all",
 *   "thats all for now", "es todo", "eso es todo", and "ok", "yes, thanks", "not really but ok", "ok thanks" that do not count;
 *  sources: state AG, health department, bar association, secretary of state and legislature pages (marylandattorneygeneral.gov,
 *   health.ny.gov, mobar.org, cobar.org, oag.ca.gov, ahca.myflorida.com, sosnc.gov, nvsos.gov, vdh.virginia.gov,
 *   healthvermont.gov, azleg.gov, oscn.net), registries (donatelifetexas.org, donatelife.ny.gov, donateLIFEcalifornia.org,
 *   dmv.pa.gov), fivewishes.org, wsma.org/POLST, papolst.org, medicine.osu.edu, a book in the catalogue ('The Conversation'
 *   by Angelo Volandes, 26); none, answered from memory (29: fail);
 *  referrals: the State Anatomy Board by phone and URL (07: pass); "ask her hospice nurse to bring one" (09: no contact,
 *   fail); "call our reference line at 719-555-0125" (25: the library's own department, pass); "just visit your bank — most
 *   branches have a notary" (29: no contact, fail); the patron's library contacting the patron (13) as no referral;
 *  follow-ups: FU_ME, e-mail typed and read back, "by tomorrow afternoon", done exactly 72 h after `endedAt` (11: pass); a
 *   promise to e-mail "by Wednesday, using the address on your chat sign-in" (e-mail only in `patron.email`), coded Answered
 *   (12: code and contact fail, on_time pending at day 1); FU_LIB, phone typed and read back, "Someone from Fleet will call
 *   you." with no when, done at 80 h (13: contact and on_time fail); FU_ME with "get back to you by Friday" and no e-mail or
 *   phone anywhere, never recorded, day 4 (14: code, contact and on_time fail);
 *  codes: a true Lost Call (15); Lost Call after three patron lines (16), and with no provider ever joined (18); null (24);
 *   an empty string (30); Practice (17);
 *  transfers: a notice (a hold) and an internal note that says why (19: pass); an internal note only, silent to the patron
 *   (20: fail); a bilingual visible notice and no internal note (21: fail);
 *  concurrency: three others open, four at once from 100 s (22: fail); one ending exactly at `startedAt`, two overlapping,
 *   one starting exactly at `endedAt` (23: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Hey!" greets (26, 03 "hey there!"); "you're chatting with a librarian at San Francisco Public Library" identifies who
 *   is answering by role and library, without a name (23); "Hi, Sam with AskUsNow here." identifies by name and service (19);
 * - a requirement stated is not a referral: "Necesita dos testigos o un notario", "It must be notarized in Missouri", "your
 *   sister can't be one of them", "It has to be signed by her doctor" tell the patron what the form needs, not to contact
 *   anyone (06, 10, 08, 09); "ask her hospice nurse to bring one" does tell the patron to ask a person outside the chat (09:
 *   referral, no contact, fail); "just visit your bank" tells the patron to visit an organisation (29: no contact, fail);
 *   "call our reference line at 719-555-0125" sends the patron to the provider's own library's department (25: pass);
 *   "I'll pass your question to Cleveland Public Library so the Fleet branch can tell you their notary hours" has the
 *   library contact the patron, not the reverse (13: na);
 * - "Donate Life Texas runs the state registry at donatelifetexas.org", "Registration is at nvsos.gov", "the Department of
 *   Health's page with the sign-up link is vdh.virginia.gov" point to a website to use: a source, not a referral (03, 28, 22);
 * - "Has he already registered with the program, or is he just looking into it?" is a clarifying question, not a hold: the
 *   one "looking into it" is the patron's father, and nothing in it says the provider is searching or asks the patron to
 *   wait (20);
 * - "No problem, take your time." is not a hold (RUBRIC: "Telling the patron to take their time is not a hold"), so the 184
 *   s that follow are waiting on the patron (13);
 * - a wait that begins before pickup is measured from pickup for keep_informed: `pickedUpAt` 45 s, the first line at 150 s,
 *   105 s (30: pass);
 * - "Will that form work for you?" and "Is the DBH page useful for now?" ask whether what was given meets the need (25, 14);
 *   "Is that the kind of explanation you were looking for?" likewise (02);
 * - "thats all for now" and Spanish "es todo lo que necesitaba", "es todo", "eso es todo" say explicitly that the patron is
 *   done (11, 06, 21, 30); "not really but ok" does not (14);
 * - "We only do one question per chat, so that's all I can do for you. Goodbye." tells the patron they reached a limit of
 *   questions and offers no way back (24); "I have several patrons waiting … please start a new chat … we're open until 9
 *   tonight" is the allowed form (25);
 * - "I'll also e-mail you … by Wednesday, using the address on your chat sign-in" is a promise to send more later (a
 *   follow-up session) with the e-mail known only from `patron.email` and never mentioned (12: contact fails);
 * - a follow-up recorded exactly 72 h after `endedAt` is within `followUpHours` (11: pass);
 * - final idles at exactly 120 s and 180 s apply their checks ("≥"), 119 s does not (27, 28, 07).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 29 / 1. Label corrections: 0 (the one disagreement reread against RUBRIC.md and kept).
 * Final: 29 running, 1 LEFT (below, with its reason in LEFT_WHY):
 *  - case 20, interest.keep_informed and inquiry.clarify: "Has he already registered with the program, or is he just looking
 *    into it?" read as a hold (the 149 s from it to Wade's answer a wait on the provider: fail) and so not as a clarifying
 *    question (fail); RUBRIC: a question about the patron's situation (clarify pass), no hold, the only wait on the provider
 *    105 s (pass).
 * Every timing check (pickup at 60 and 61 s, by `pickedUpAt`, with no provider; keep_informed at 120 and 121 s, across three
 * holds of 110-115 s, after "take your time", across an announced, a silent and a bilingual transfer, and 105 s after
 * `pickedUpAt`; final idles of 119, 120, 180 and 185 s; concurrency at four and at touching ends; on_time done at exactly 72
 * h, late at 80 h, pending at day 1, missed at day 4) scored as labelled on the first run. The redaction equality of
 * describeSessions holds for every running case (a patron e-mail and a patron phone typed and read back, an e-mail only in
 * `patron.email`, agency and library phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (1 through describeLeft).
 * ON RUBRIC v60 (block Z, written after this file was labelled; labels unchanged): case 20 reads as labelled (Z3: "or is he just
 *   looking into it?" is the father's looking, no hold) and moves from LEFT to the running cases: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, sys, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** A queue or join line from the chat system. */
const queueLine = (sec: number, text: string): Line => [sec, 's', text];

const DANA: Prov = { id: 'dana-d', name: 'Dana', library: 'HCLS-MD' };
const OREN: Prov = { id: 'oren-d', name: 'Oren', library: 'MCL-OR' };
const MARCUS: Prov = { id: 'marcus-d', name: 'Marcus', library: 'APL-TX' };
const ASKDESK: Prov = { id: 'askdesk-d', name: 'AskDesk', library: 'TCCL-OK' };
const FAITH: Prov = { id: 'faith-d', name: 'Faith', library: 'JPL-FL' };
const LUCIA: Prov = { id: 'lucia-d', name: 'Lucía', library: 'LAPL' };
const GRANT: Prov = { id: 'grant-d', name: 'Grant', library: 'EPFL' };
const HANNAH: Prov = { id: 'hannah-d', name: 'Hannah', library: 'BKPL' };
const IVAN: Prov = { id: 'ivan-d', name: 'Ivan', library: 'KCLS' };
const JADE: Prov = { id: 'jade-d', name: 'Jade', library: 'SLCL' };
const LENORE: Prov = { id: 'lenore-d', name: 'Lenore', library: 'VTDL' };
const MATEO: Prov = { id: 'mateo-d', name: 'Mateo', library: 'PHXPL' };
const NELL: Prov = { id: 'nell-d', name: 'Nell', library: 'KIN-OH' };
const OWEN: Prov = { id: 'owen-d', name: 'Owen', library: 'DCPL' };
const PIA: Prov = { id: 'pia-d', name: 'Pia', library: 'FLP' };
const RAFE: Prov = { id: 'rafe-d', name: 'Rafe', library: 'AHPA' };
const TRAINEE: Prov = { id: 'trainee-d', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-d', name: 'Queue', library: 'KIN-OH' };
const SAM: Prov = { id: 'sam-d', name: 'Sam', library: 'AUN' };
const TESS: Prov = { id: 'tess-d', name: 'Tess', library: 'AUN' };
const VERA: Prov = { id: 'vera-d', name: 'Vera', library: 'CML' };
const WADE: Prov = { id: 'wade-d', name: 'Wade', library: 'CML' };
const KEVIN: Prov = { id: 'kevin-d', name: 'Kevin', library: 'NYPL' };
const MARTA: Prov = { id: 'marta-d', name: 'Marta', library: 'NYPL' };
const XAVI: Prov = { id: 'xavi-d', name: 'Xavi', library: 'LVA' };
const YARA: Prov = { id: 'yara-d', name: 'SFPL chat 2', library: 'SFPL' };
const ZEKE: Prov = { id: 'zeke-d', name: 'Zeke', library: 'MPL-WI' };
const ALBA: Prov = { id: 'alba-d', name: 'Alba', library: 'PPLD' };
const BRUNO: Prov = { id: 'bruno-d', name: 'Bruno', library: 'IndyPL' };
const CLEO: Prov = { id: 'cleo-d', name: 'Cleo', library: 'NCK' };
const DORA: Prov = { id: 'dora-d', name: 'Dora', library: 'LVCCLD' };
const EMIL: Prov = { id: 'emil-d', name: 'Emil', library: 'LM-MI' };
const FLOR: Prov = { id: 'flor-d', name: 'Flor', library: 'MDPLS' };

const s = session;

export const DIRECTIVES: SessionCase[] = [
  // 01 the plain good session, picked up at exactly 60 s
  s(DANA, '01 Maryland advance directive for a mother before surgery: pickup at exactly 60 s, AG forms page, "yes thats everything"', [
    [0, 'p', 'hi i need the maryland advance directive form for my mom, shes 82 and going into surgery next month'],
    [60, 'l', "Good morning, you've reached Ask Us Now! I'm Dana, a librarian at Howard County Library System."],
    [66, 'l', 'Is your mom able to fill it out and sign it herself, or would you be signing for her under a power of attorney?'],
    [120, 'p', 'she can sign herself, shes sharp as a tack lol. just wants it done before the hospital'],
    [128, 'l', "Then the Attorney General's form is the one: marylandattorneygeneral.gov > Health Care Decisions > Advance Directive Forms. It has a living will part and a health care agent part, and it needs two witnesses; no notary is required in Maryland."],
    [134, 'l', 'Does that give you what you need?'],
    [180, 'p', 'yes thats everything, thank u so much'],
    [185, 'l', 'Glad I could help. Wishing your mom a smooth surgery — goodbye!'],
  ], usual()),

  // 02 pickup at 61 s
  s(OREN, '02 POLST or advance directive for a father with COPD (Oregon): pickup at 61 s, oregonpolst.org, "no more questions"', [
    [0, 'p', 'What is a POLST and how is it different from an advance directive? I live in Portland'],
    [61, 'l', 'Hi there, thanks for waiting. Oren here, reference librarian at Multnomah County Library.'],
    [67, 'l', 'Are you asking for yourself, or for someone who is seriously ill?'],
    [110, 'p', 'my dad. he has stage 4 COPD and his doctor mentioned it'],
    [118, 'l', "A POLST is a medical order his doctor signs; an advance directive is a document he signs himself. Oregon's POLST program explains both at oregonpolst.org (For Patients and Families), and the Oregon Advance Directive form is at oregon.gov/oha (search 'advance directive')."],
    [124, 'l', 'Is that the kind of explanation you were looking for?'],
    [170, 'p', 'yes, really clear. no more questions'],
    [176, 'l', "I'm sorry about your dad. Thanks for reaching out, and take good care."],
  ], usual({ pickup: 'fail' })),

  // 03 chat-speak and emoji on both sides
  s(MARCUS, '03 Texas organ donor registry (chat-speak, emoji): "hey there! 👋 Marcus w/ Austin Public Library chat", donatelifetexas.org', [
    [0, 'p', 'how do i sign up 2 be an organ donor in tx?? 🫀 my license doesnt expire til 2028'],
    [14, 'l', 'hey there! 👋 Marcus w/ Austin Public Library chat'],
    [19, 'l', 'do u want to sign up online now or wait till u renew ur license?'],
    [40, 'p', 'online now pls'],
    [46, 'l', 'easy one: Donate Life Texas runs the state registry at donatelifetexas.org, takes like 2 min. ur license will still show the heart next time u renew'],
    [50, 'l', 'does that cover it?'],
    [72, 'p', 'yep 👍👍'],
    [76, 'l', 'anything else i can help w?'],
    [90, 'p', 'nope ur the best'],
    [94, 'l', 'thx for chatting, have a good one!'],
  ], usual()),

  // 04 a greeting that names no one, under a screen name
  s(ASKDESK, '04 is Five Wishes legal in Oklahoma: "Hello! How may I help you today?" under the screen name AskDesk, patron "ok", "Bye for now!"', [
    [0, 'p', 'Is Five Wishes legal in Oklahoma? my church handed them out'],
    [20, 'l', 'Hello! How may I help you today?'],
    [28, 'l', 'Did you want to use it as your only directive, or alongside the state form?'],
    [75, 'p', 'only one if possible'],
    [82, 'l', "Five Wishes' own site lists the states where it meets the legal requirements as written: see the 'Is Five Wishes legal in my state?' page at fivewishes.org. Oklahoma's statutory Advance Directive for Health Care form is in Title 63, section 3101.4, on oscn.net."],
    [88, 'l', 'Is that what you were after?'],
    [140, 'p', 'ok'],
    [145, 'l', 'Bye for now!'],
  ], usual({ greeting: 'fail', anything: 'fail' })),

  // 05 the first source before the question
  s(FAITH, '05 Florida living will, notary or witnesses: chapter 765 on leg.state.fl.us given first, then "Is it a living will only…?"', [
    [0, 'p', 'do I need a notary for a living will in florida or just witnesses'],
    [22, 'l', 'Hi, this is Faith at Jacksonville Public Library, Ask a Librarian.'],
    [28, 'l', "Florida's rules are in chapter 765 of the Florida Statutes, on leg.state.fl.us (Statutes > Title XLIV > Chapter 765)."],
    [34, 'l', 'Is it a living will only, or are you also naming a health care surrogate?'],
    [80, 'p', 'both'],
    [88, 'l', "Both need two adult witnesses, and one of them can't be your spouse or a blood relative. A notary is not required. The Florida Bar's consumer pamphlet on living wills walks through it: floridabar.org > Public > Consumer Pamphlets."],
    [94, 'l', 'Did that help?'],
    [130, 'p', 'yes thank you, thats all I needed'],
    [136, 'l', "You're welcome. Thanks for using Ask a Librarian!"],
  ], usual({ clarify: 'fail' })),

  // 06 Spanish throughout
  s(LUCIA, '06 directiva anticipada de California para una abuela (Spanish): "Habla Lucía, bibliotecaria", oag.ca.gov, "es todo lo que necesitaba"', [
    [0, 'p', 'buenas tardes, necesito el formulario de directiva anticipada de california en español para mi abuela'],
    [35, 'l', 'Buenas tardes. Habla Lucía, bibliotecaria de la Biblioteca Pública de Los Ángeles.'],
    [41, 'l', '¿Su abuela vive en casa o en un hogar de ancianos? Si está en un asilo, la ley pide un testigo especial.'],
    [95, 'p', 'vive conmigo en casa'],
    [102, 'l', 'Entonces sirve el formulario de la Oficina del Procurador General: oag.ca.gov/consumers/general/adv_hc_dir (hay versión en español). Necesita dos testigos o un notario.'],
    [108, 'l', '¿Le sirve esta información?'],
    [150, 'p', 'si perfecto, es todo lo que necesitaba. gracias'],
    [156, 'l', '¡Con gusto! Gracias por usar nuestro servicio, hasta luego.'],
  ], usual()),

  // 07 a referral by phone and URL; the goodbye 119 s after the answer
  s(GRANT, '07 whole-body donation in Maryland: "call them at 410-555-0137 or see health.maryland.gov/anatomy", goodbye 119 s after the answer', [
    [0, 'p', 'my uncle wants to donate his body to science when he dies. how does that work in maryland?'],
    [25, 'l', 'Hello! Grant here, a librarian at the Enoch Pratt Free Library.'],
    [31, 'l', 'Does he want a particular school, like Hopkins or University of Maryland, or is any program fine?'],
    [85, 'p', 'any is fine, he just doesnt want a funeral'],
    [93, 'l', 'In Maryland all whole-body donations go through the State Anatomy Board, which serves both medical schools. He has to register with them ahead of time: call them at 410-555-0137 or see health.maryland.gov/anatomy for the donor form.'],
    [99, 'l', 'Does that answer your question?'],
    [212, 'l', 'Thanks for writing in, and best to your uncle. Goodbye!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 08 a hold answered 121 s later
  s(HANNAH, '08 New York health care proxy and a notary: "let me pull up the state form, one moment" answered 121 s later', [
    [0, 'p', 'where do i get a health care proxy form in new york. also does it have to be notarized'],
    [18, 'l', "Hi! This is Hannah, librarian with Brooklyn Public Library's chat service."],
    [24, 'l', 'Is this for you, and do you already know who you want as your agent?'],
    [60, 'p', 'for me, my sister will be my agent'],
    [66, 'l', 'let me pull up the state form, one moment'],
    [187, 'l', "Sorry for the wait! The New York State Department of Health has the form and instructions at health.ny.gov (search 'health care proxy'). It does not need a notary: you sign it in front of two adult witnesses, and your sister can't be one of them."],
    [193, 'l', 'Does that help?'],
    [230, 'p', 'yes perfect thanks, thats all'],
    [236, 'l', 'Take care, and thanks for chatting with BPL!'],
  ], usual({ informed: 'fail' })),

  // 09 a hold answered exactly 120 s later, "hello?" in between; the hospice team with no contact
  s(IVAN, '09 Washington POLST for a mother in hospice: hold at 78, "hello?" at 150, answer at 198 (120 s), "ask her hospice nurse" with no contact', [
    [0, 'p', 'my mom is in hospice in bellevue, is the POLST form something we can download'],
    [16, 'l', "Hello, I'm Ivan, a librarian with King County Library System."],
    [22, 'l', 'Has her hospice team already talked with you about it?'],
    [70, 'p', 'they mentioned it but didnt give us one'],
    [78, 'l', 'ok, one moment while I check where Washington posts it'],
    [150, 'p', 'hello?'],
    [198, 'l', "Here it is: the Washington State Medical Association hosts the POLST form and a family guide at wsma.org/POLST. It has to be signed by her doctor or nurse practitioner, so ask her hospice nurse to bring one and fill it in with you."],
    [204, 'l', 'Is that the information you needed?'],
    [250, 'p', 'yes. thank you for being kind'],
    [256, 'l', 'Anything else I can look up for you?'],
    [280, 'p', 'no thats all'],
    [284, 'l', "I'm glad I could help. Goodbye, and thanks for using KCLS."],
  ], usual({ referral: 'fail' })),

  // 10 three holds under the limit, one a partial result
  s(JADE, '10 Missouri durable power of attorney for health care after a stroke: holds at 90, 205 (partial result), 320, answer at 430', [
    [0, 'p', 'my husband had a stroke, i need to know what makes a durable power of attorney for health care valid in missouri'],
    [20, 'l', 'Hi, thanks for contacting St. Louis County Library. My name is Jade.'],
    [26, 'l', 'Is your husband still able to sign documents himself?'],
    [84, 'p', 'yes he can talk and sign, just weak'],
    [90, 'l', 'Okay — bear with me while I find the statute and a form.'],
    [205, 'l', "I'm still searching: the statute is RSMo chapter 404 (sections 404.800-404.865), now looking for a plain-language form."],
    [320, 'l', 'Almost there, checking the Missouri Bar page.'],
    [430, 'l', 'Found it. The Missouri Bar publishes a free health care directive and durable power of attorney form with instructions at mobar.org (Public Resources > Health Care Directives). It must be notarized in Missouri.'],
    [436, 'l', 'Is this what you were looking for?'],
    [490, 'p', 'yes thank you so much. that is all'],
    [496, 'l', 'Sending you both good thoughts. Thanks for chatting!'],
  ], usual()),

  // 11 follow-up by me, e-mail typed and read back, "by tomorrow afternoon", done exactly 72 h after the end
  s(LENORE, '11 Vermont Advance Directive Registry (follow-up by me): e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end', [
    [0, 'p', 'I finished my advance directive. Where should I file copies? Is there a state registry in Vermont?'],
    [24, 'l', "Good afternoon and welcome to Ask a Vermont Librarian. I'm Lenore, at the Vermont Department of Libraries."],
    [30, 'l', 'Have you already given a copy to your doctor and your agent?'],
    [75, 'p', 'doctor yes, my agent not yet. and I heard about a registry'],
    [82, 'l', 'Vermont does have one: the Vermont Advance Directive Registry, run for the Department of Health. The registration agreement and instructions are at healthvermont.gov/systems/advance-directives.'],
    [88, 'l', "I'm not sure whether they charge for updates or keep old versions on file. I can check and e-mail you what I find. What address should I use?"],
    [130, 'p', "sure, it's m.aldrich.vt@example.net"],
    [136, 'l', "Thank you: m.aldrich.vt@example.net. I'll e-mail you by tomorrow afternoon."],
    [142, 'l', 'Meanwhile, does the registry page answer the main part of your question?'],
    [180, 'p', 'yes it does. thats all for now, thank you'],
    [186, 'l', 'Thank you for using Ask a Vermont Librarian. Goodbye!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(191 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 12 a promise to e-mail "by Wednesday" to the sign-in address (never in the chat), coded Answered
  s(MATEO, '12 an Ohio living will after moving to Arizona: "I\'ll also e-mail you … by Wednesday, using the address on your chat sign-in", coded Answered', [
    [0, 'p', 'I moved from Ohio to Arizona last year. Is my Ohio living will still good here or do I have to redo it?'],
    [28, 'l', "Hi, you're chatting with Mateo at Phoenix Public Library."],
    [34, 'l', 'Was your Ohio living will signed with witnesses or in front of a notary?'],
    [90, 'p', 'notary I think, it has a stamp'],
    [97, 'l', "Arizona honors a living will that was valid where it was signed: that's A.R.S. 36-3208, on azleg.gov. Many people still make an Arizona one; the Attorney General's Life Care Planning packet is at azag.gov/seniors/life-care-planning."],
    [103, 'l', "I'll also e-mail you the Arizona Advance Directive Registry's instructions by Wednesday, using the address on your chat sign-in."],
    [109, 'l', 'Did that help?'],
    [150, 'p', 'yes, thanks'],
    [156, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }), { patron: { name: null, email: 'rhoward55@example.com', phone: null } }),

  // 13 follow-up by the patron's library: phone read back, no time; "take your time" then 184 s away; done after 80 h
  s(NELL, '13 a notary at the library for an Ohio health care POA (follow-up by patron\'s library): "take your time", phone read back, no when, done at 80 h', [
    [0, 'p', 'does the library have a notary? need my health care power of attorney and living will notarized, cleveland ohio'],
    [20, 'l', 'Hi! Nell here, a librarian with the KnowItNow chat for Ohio libraries.'],
    [26, 'l', 'Which library do you usually go to? Notary hours differ by branch.'],
    [60, 'p', 'hold on let me find my card, it says the branch on it'],
    [66, 'l', 'No problem, take your time.'],
    [250, 'p', 'ok its Fleet branch, cleveland public'],
    [258, 'l', "Thanks. Ohio's forms can be notarized OR signed before two witnesses, so a notary isn't required; the Ohio State Bar Association's free forms are at ohiobar.org (search 'health care power of attorney'). I'll pass your question to Cleveland Public Library so the Fleet branch can tell you their notary hours. What phone number should they call?"],
    [300, 'p', '216-555-0172'],
    [306, 'l', 'Got it, 216-555-0172. Someone from Fleet will call you.'],
    [312, 'l', 'Does the OSBA form page help in the meantime?'],
    [350, 'p', 'yes it does thanks'],
    [356, 'l', 'Anything else today?'],
    [370, 'p', 'no thats it'],
    [374, 'l', 'Thank you for using KnowItNow, bye!'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 14 follow-up by me, no contact anywhere, never recorded, day 4
  s(OWEN, '14 a DC advance directive form (follow-up by me): "I\'ll keep looking and get back to you by Friday", no e-mail or phone anywhere, day 4', [
    [0, 'p', 'Looking for the DC advance directive form. Does DC have its own?'],
    [30, 'l', "Hello, and thanks for contacting DC Public Library's Ask Us. This is Owen."],
    [36, 'l', 'Do you need the health care power of attorney part, the living will part, or both?'],
    [88, 'p', 'both I guess. My doctor said I should have both.'],
    [95, 'l', 'Let me see what the DC Health site has.'],
    [190, 'l', "DC's mental health advance directive is on dbh.dc.gov, but I'm not finding a general DC form online right now. I'll keep looking and get back to you by Friday."],
    [196, 'l', 'Is the DBH page useful for now?'],
    [240, 'p', 'not really but ok'],
    [246, 'l', 'Thanks for your patience. Goodbye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 15 a true Lost Call: check-in at 160, notice that invites back at 215 (final idle 185 s)
  s(PIA, '15 changing donor status on a PA license (Lost Call): greeting at 30, "Are you still there?" at 160, notice + "come back anytime" at 215', [
    [0, 'p', 'how do i change my organ donor status on my PA license'],
    queueLine(2, 'You are in the queue. A librarian will be with you shortly.'),
    [28, 's', 'Pia joined the chat', sys('joined')],
    [30, 'l', 'Hi, this is Pia from the Free Library of Philadelphia. How can I help you today?'],
    [160, 'l', 'Are you still there?'],
    [215, 'l', "It looks like you've disconnected, so I'll close this chat. Please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Lost Call after three patron lines (Spanglish)
  s(RAFE, '16 quitar "organ donor" de una licencia de PA (Spanglish): coded Lost Call after three patron lines, dmv.pa.gov, "ok"', [
    [0, 'p', 'hola, quiero quitar lo de organ donor de mi licencia de PA, how do i do that'],
    [22, 'l', "Hi! I'm Rafe, librarian at Ask Here PA. ¿Prefiere en español o en inglés?"],
    [28, 'l', 'Are you renewing soon, or do you want the change right away?'],
    [70, 'p', 'english ok. right away'],
    [76, 'l', 'PennDOT handles it: you can change the donor designation online at dmv.pa.gov (Driver Services > Organ Donation), and the change shows on your next card.'],
    [82, 'l', 'Does that answer your question?'],
    [120, 'p', 'ok'],
    [126, 'l', 'Thanks, have a great day!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (living will macros): coded Practice, every check na', [
    [0, 'p', 'test - living will question for training'],
    [6, 'l', 'Hi, trainee here testing the health macros'],
    [12, 'l', 'Macro: advance directives guide at library.example.org/directives'],
    [18, 'l', 'Did that help?'],
    [25, 'p', 'test done'],
    [30, 'l', 'ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined, coded Lost Call with three patron lines
  s(NOBODY, '18 can a nurse witness a living will (Columbus hospital): no provider ever joined, "anyone there?", "nvm", coded Lost Call', [
    [0, 'p', 'can a nurse be a witness for my living will? im in the hospital now in Columbus'],
    queueLine(3, 'All librarians are busy. You are number 4 in line.'),
    [95, 'p', 'anyone there? discharge is in an hour'],
    queueLine(120, 'You are number 2 in line.'),
    [190, 'p', 'nvm'],
    left(230),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 an announced transfer with a note that says why
  s(SAM, '19 PA POLST or out-of-hospital DNR: "I\'m transferring you to Tess, our health sciences librarian" + internal note why, Tess 84 s later', [
    [0, 'p', "whats the difference between a POLST and an out of hospital DNR in pennsylvania? my grandpa has both papers and theyre confusing"],
    [25, 'l', 'Hi, Sam with AskUsNow here.'],
    [31, 'l', 'Are they both signed by his doctor?'],
    [80, 'p', 'yes both'],
    [86, 'l', "Good question for a health specialist. I'm transferring you to Tess, our health sciences librarian; she'll be with you in a moment."],
    [89, 'i', "Tess, PA POLST vs out-of-hospital DNR, pt confused by grandpa's two forms; can you take it?"],
    xfer(93, 'Tess', 'tess-d'),
    [170, 'l', "Hi, I'm Tess, health sciences librarian. The out-of-hospital DNR only covers CPR by EMS; the POLST covers more (hospitalization, feeding tubes). The PA Department of Health explains both at health.pa.gov (search 'POLST'), and papolst.org has a family FAQ.", as(TESS)],
    [176, 'l', 'Did that clear it up?', as(TESS)],
    [230, 'p', 'yes totally. thats everything'],
    [236, 'l', 'Glad to help. Thanks for chatting!', as(TESS)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer (internal note only)
  s(VERA, '20 Ohio State body donation and cremation: internal note to Wade, silent transfer, Wade 105 s after the patron', [
    [0, 'p', 'my dad wants to donate his body to Ohio State medical school. do they pay for cremation after?'],
    [20, 'l', 'Good evening! Vera here, librarian at Columbus Metropolitan Library.'],
    [26, 'l', 'Has he already registered with the program, or is he just looking into it?'],
    [70, 'p', 'just looking'],
    [78, 'i', 'Wade, can you take this? Body donation, OSU — you did the medical library stuff'],
    xfer(82, 'Wade', 'wade-d'),
    [175, 'l', "Hello, Wade here. OSU's Body Donation Program covers transport within a set distance and cremation after study; the enrollment packet and what's covered are on medicine.osu.edu (search 'body donation program').", as(WADE)],
    [181, 'l', 'Does that answer your question?', as(WADE)],
    [220, 'p', 'yes thank you'],
    [226, 'l', 'Anything else I can help with?', as(WADE)],
    [240, 'p', 'no'],
    [244, 'l', 'Take good care, and thanks for chatting.', as(WADE)],
  ], usual({ transfer: 'fail' })),

  // 21 an announced transfer with no internal note (partly Spanish)
  s(KEVIN, '21 registrarse como donante en Nueva York (partly Spanish): "Le transfiero a Marta, un momento" with no internal note, donatelife.ny.gov', [
    [0, 'p', 'hi, como me registro como donante de organos in new york? my english is not so good'],
    [15, 'l', 'Hi, this is Kevin, a librarian at the New York Public Library.'],
    [22, 'l', "I'll transfer you to my colleague Marta, who speaks Spanish. Le transfiero a Marta, un momento por favor."],
    xfer(26, 'Marta', 'marta-d'),
    [60, 'l', '¡Hola! Soy Marta, bibliotecaria de NYPL. ¿Tiene licencia de conducir de Nueva York o identificación estatal?', as(MARTA)],
    [100, 'p', 'si tengo licencia'],
    [107, 'l', 'Puede registrarse en línea en donatelife.ny.gov (hay página en español, "Inscríbase"), con el número de su licencia. Tarda unos minutos.', as(MARTA)],
    [112, 'l', '¿Es lo que buscaba?', as(MARTA)],
    [150, 'p', 'si, muchas gracias, es todo'],
    [155, 'l', '¡De nada! Gracias por comunicarse con NYPL.', as(MARTA)],
  ], usual({ transfer: 'fail' })),

  // 22 four at once
  s(XAVI, '22 Virginia advance directive registry for the ER: three other chats open during this one (four at once from 100 s)', [
    [0, 'p', 'is there somewhere in virginia to store my advance directive online so the ER can find it?'],
    [30, 'l', "Welcome to the Library of Virginia's Ask a Librarian. My name's Xavi."],
    [36, 'l', 'Do you already have a signed directive, or are you still writing it?'],
    [80, 'p', 'signed last month, witnessed and everything'],
    [87, 'l', "Virginia's Advance Health Care Directive Registry lets you upload it for free; the Department of Health's page with the sign-up link is vdh.virginia.gov (search 'advance directive registry')."],
    [93, 'l', 'Is that what you needed?'],
    [130, 'p', 'exactly, thanks! thats all'],
    [136, 'l', 'Thanks for chatting with us, goodbye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('x1', 'xavi-d', -60, 500), other('x2', 'xavi-d', 20, 400), other('x3', 'xavi-d', 100, 250)],
  }),

  // 23 three at most, touching ends; identifies as "a librarian at …" under a screen name
  s(YARA, '23 a 16-year-old on the California donor registry: "you\'re chatting with a librarian at San Francisco Public Library", touching ends (three at most)', [
    [0, 'p', 'can my 16 year old sign up as an organ donor in california or does it need to wait til 18'],
    [12, 'l', "Hi there, you're chatting with a librarian at San Francisco Public Library."],
    [18, 'l', "Is your teen getting a learner's permit soon, or signing up separately?"],
    [55, 'p', 'permit next month'],
    [62, 'l', "Teens 13 and up can join California's registry; until 18 a parent or guardian can still make the final decision. Donate Life California explains it at donateLIFEcalifornia.org (Teens page), and the permit application has the checkbox."],
    [68, 'l', 'Does that answer it?'],
    [100, 'p', 'yes!! great thank you thats all'],
    [105, 'l', "You're welcome, bye!"],
  ], usual(), {}, {
    otherIntervals: [other('y1', 'yara-d', -400, 0), other('y2', 'yara-d', -100, 300), other('y3', 'yara-d', 50, 200), other('y4', 'yara-d', 110, 600)],
  }),

  // 24 "We only do one question per chat"; code null
  s(ZEKE, '24 Wisconsin POA for health care, then body donation and POLST: "We only do one question per chat … Goodbye.", patron "wow ok", code null', [
    [0, 'p', 'what does a wisconsin power of attorney for health care need to be valid'],
    [18, 'l', 'Hi, Zeke at Milwaukee Public Library.'],
    [24, 'l', 'Are you making it for yourself?'],
    [50, 'p', 'yes. also do you know how to register for body donation at the medical college, and how to get a POLST in WI'],
    [58, 'l', "For the power of attorney: two witnesses, no notary; the state form is at dhs.wisconsin.gov/forms/advdirectives. We only do one question per chat, so that's all I can do for you. Goodbye."],
    [70, 'p', 'wow ok'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 25 other patrons waiting, invited back; the library's reference line by phone
  s(ALBA, '25 Colorado medical durable POA, then a list of funeral questions: "several patrons waiting … start a new chat", reference line 719-555-0125', [
    [0, 'p', 'hi i need colorado medical power of attorney form'],
    [15, 'l', 'Welcome! Alba here from Pikes Peak Library District.'],
    [21, 'l', 'Is it for you or for a family member?'],
    [45, 'p', 'me'],
    [52, 'l', "Colorado's Medical Durable Power of Attorney form is free from the Colorado Bar Association at cobar.org (For the Public > Legal Forms). No witnesses are required by statute, but a notary is a good idea."],
    [58, 'l', 'Will that form work for you?'],
    [95, 'p', 'yes. ok next q, how do i prepay a funeral, and what about cremation rules, and can i be buried on my land, and my sister in Utah needs a form too'],
    [103, 'l', "Those are good questions, and each one is a research project of its own. I have several patrons waiting right now, so please start a new chat for the funeral and Utah questions — we're open until 9 tonight — or call our reference line at 719-555-0125."],
    [130, 'p', 'ok thanks'],
    [136, 'l', 'Thanks for chatting!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 26 the patron has the last word; "Hey!" as the greeting
  s(BRUNO, '26 Indiana advance directive for a couple: "Hey! Bruno from Indianapolis Public Library", in.gov and a catalogue book, patron last', [
    [0, 'p', 'is there a indiana living will form i can print, need it for my wife and me'],
    [22, 'l', 'Hey! Bruno from Indianapolis Public Library Ask a Librarian here.'],
    [28, 'l', 'Do you want just the living will, or the health care representative appointment too?'],
    [70, 'p', 'both please'],
    [77, 'l', "Indiana now uses a single advance directive form for both. The Indiana Department of Health has the form and instructions at in.gov/health (search 'advance directive'), and our catalogue has 'The Conversation' by Angelo Volandes if you want help talking it over."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes perfect thats all i needed thx'],
  ], usual({ courteous: 'fail' })),

  // 27 a goodbye exactly 120 s after the answer, no check-in
  s(CLEO, '27 North Carolina HCPOA, notary and witnesses: answer at 68, goodbye at 188 (final idle exactly 120 s) with no check-in', [
    [0, 'p', 'north carolina - does my health care power of attorney need a notary AND witnesses?'],
    [20, 'l', 'Good morning! This is Cleo with NC Knows, the statewide librarian chat.'],
    [26, 'l', 'Are you using the statutory form from the state, or one your lawyer drafted?'],
    [60, 'p', 'state one'],
    [68, 'l', "The statutory form needs both: two qualified witnesses and a notary. The NC Secretary of State's Advance Health Care Directive Registry page links the forms: sosnc.gov (search 'advance directives'). Does that help?"],
    [188, 'l', 'Thanks for using NC Knows, have a good day!'],
  ], usual({ anything: 'fail', idle: 'fail' })),

  // 28 check-in, then a goodbye with no notice, exactly 180 s after the answer
  s(DORA, '28 Nevada Living Will Lockbox: answer at 80, "Are you still with me?" at 200, goodbye at 260 (final idle exactly 180 s), no notice', [
    [0, 'p', 'what is the nevada living will lockbox'],
    [25, 'l', 'Hi, Dora here, librarian at Las Vegas-Clark County Library District.'],
    [31, 'l', 'Have you already made a living will, or are you starting from scratch?'],
    [72, 'p', 'have one from my lawyer'],
    [80, 'l', "The Lockbox is a free Secretary of State registry: you upload your directive and get a card so hospitals can pull it up. Registration is at nvsos.gov (search 'Living Will Lockbox')."],
    [86, 'l', 'Is that what you were looking for?'],
    [200, 'l', 'Are you still with me?'],
    [260, 'l', 'Thanks for using Ask a Librarian, bye!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 29 no source; "just visit your bank" (no contact)
  s(EMIL, '29 who can witness a Michigan patient advocate designation: answered from memory, no source, "just visit your bank" with no contact', [
    [0, 'p', 'michigan patient advocate form... who can witness it? can my kids?'],
    [18, 'l', 'Hello, Emil at Ask a Librarian with the Library of Michigan.'],
    [24, 'l', 'Are your kids adults, and would one of them be the patient advocate?'],
    [66, 'p', 'yes adults, my daughter would be the advocate'],
    [74, 'l', "In Michigan the two witnesses can't be your children, grandchildren, spouse, or the advocate, so your kids can't witness it. Many people ask a neighbor or friend. If you want it notarized too, just visit your bank — most branches have a notary."],
    [80, 'l', 'Does that help?'],
    [120, 'p', 'yes thanks'],
    [126, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting, bye!'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 30 Spanish; pickedUpAt at 45, first line at 150; code ""
  s(FLOR, '30 designación de sustituto en Florida (Spanish): pickedUpAt 45 s, first line at 150 (105 s after pickup), ahca.myflorida.com, code ""', [
    [0, 'p', 'hola buenas, necesito un formulario para nombrar a mi hija como sustituta para decisiones médicas, vivo en Miami'],
    [150, 'l', '¡Hola! Soy Flor, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade. Disculpe la espera.'],
    [156, 'l', '¿Quiere también un testamento vital, o solo la designación de sustituto?'],
    [200, 'p', 'solo lo de mi hija'],
    [206, 'l', 'La Agencia para la Administración del Cuidado de Salud (AHCA) tiene el formulario de designación de sustituto para el cuidado de la salud en español: ahca.myflorida.com (busque "advance directives"). Lo firma ante dos testigos; su hija no puede ser uno de ellos.'],
    [212, 'l', '¿Le sirve?'],
    [250, 'p', 'si, eso es todo. muchas gracias'],
    [256, 'l', '¡Para servirle! Gracias por escribirnos.'],
  ], usual({ code: 'fail' }), { resolutionCode: '', pickedUpAt: at(45) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => DIRECTIVES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-sixth round: advance directives, living wills and organ donation, checked', () => {
  describeSessions('whole sessions', DIRECTIVES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', DIRECTIVES.filter((c) => c.name in LEFT_WHY));
});
