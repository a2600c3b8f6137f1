/**
 * Sixtieth round, theme BUYING AND KEEPING A HOME, checked: 30 whole sessions no one had written, from public library and
 * statewide "ask a librarian" chats: first-time homebuyer programs (Ohio's OHFA with income limits, Los Angeles County and
 * CalHFA in Spanish, Georgia Dream in Decatur, a branch's homebuyer workshop, a VA loan), mortgages and down payment help (an
 * FHA payment on a $320k house, a 401(k) for a down payment, PMI, escrow raising a fixed-rate payment, a reverse mortgage
 * call to an 80-year-old), foreclosure and loan modification (a Pennsylvania Act 91 notice, a California trustee sale in
 * Spanish, a modification after a layoff), property tax relief and bills (Maryland's senior credit, Kane County's appeal
 * windows, Texas and Florida homestead exemptions, paying an Allegheny County bill, neighbors' sale prices), deeds and land
 * records (a copy of a deed for the bank, a 1926 house's owners, 1880s farm deeds, warranty vs quitclaim, a quitclaim from an
 * ex, an easement, liens before an offer, CC&Rs) and homeowner associations (fines over a fence, solar panels). Providers find
 * state and county pages, statutes, recorder and assessor searches, HUD / CFPB / FTC / IRS pages and the library's own
 * indexes, and refer to housing counselors, servicers, attorneys, appraisal districts, registers of deeds and their own
 * reference desk. Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels
 * copied aside to /tmp/sixtiethRoundHomes-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 34 s pickup (01); a patron "hello?" in the queue and a 95 s pickup (05: fail); `pickedUpAt`
 *   at 50 s with the first line at 160 (29); "Hi there! How can I help?" under the screen name "Ref Desk 2" (06: greets,
 *   names no one: fail); Spanish "¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria del servicio …" (02); "¡Hola!" and
 *   "Soy Gabriela, bibliotecaria de …" split over two lines (26); "Congratulations! Hi, this is Jordan at …" (30); chat-speak
 *   "hey! Kai here w/ Ask a Librarian @ Durham County Library 👋" (27); "Hi, Lorraine at Cedar Valley Library here." (21); no
 *   provider ever joined (15);
 *  inquiry: income and kind of help, first house and preapproval, state, county, township, parcel and build year, owners or
 *   deeds, subdivision name, escrow or not, home type, move-in date, plan type, county vs school bill, agent or on one's own,
 *   "Do you mean the Elk Grove branch of …?"; a restatement with no question mark ("So you're looking for property tax help
 *   for a senior homeowner in Maryland …", 05: pass); the CFPB guide and "Are you already behind …?" in the same message (04:
 *   fail, the question is not before the first source);
 *  waits: "Let me look up the programs for Pennsylvania." answered 134 s later (03: fail); holds at 86 and 180 and the result
 *   at 270 (08: pass); "sec" then 46 s (27); a transfer notice (a hold) and the receiver 54 s later (19); a silent transfer,
 *   the receiver 135 s after the patron (20: fail); 110 s between `pickedUpAt` and the first line (29: pass, see READINGS);
 *  endings: a true Lost Call, greeting at 25, "Are you still there?" at 170, "It looks like you've disconnected, so I'll close
 *   this chat now. … please chat back in anytime!" at 400 (13); "Does that help?" then "Are you still with me?" at 212, ending
 *   at 222 (14: final idle 146 s, idle passes, disconnect na, courteous fails); "Are you still there?" at 210 and "It looks
 *   like you've disconnected, so I'm going to end this session now." at 330 with no goodbye (23: courteous fails); "I'll close
 *   this chat now. Thanks for chatting, and feel free to come back anytime!" 210 s after the answer, no check-in (24: idle and
 *   disconnect fail); "Your time is up for today, so I'm going to end the chat now." (21: dismissal); "a few other patrons
 *   waiting … Please chat back in later, or call our reference desk" (22: allowed); the patron's "no thats everything" as the
 *   last line (28: courteous fails); goodbyes "You're welcome! Have a great day.", "Happy to help — bye for now!", "np, good
 *   luck! bye", "Mucho ánimo, y gracias por comunicarse con nosotros.", "Enjoy the new home, and thanks for chatting!",
 *   "Thanks for understanding, and good luck with the solar!"; patron-side "thats all we needed", "es todo", "that's
 *   everything for today", "that's all", "ya thats all i needed ty", "no es todo", and "ok sure", "thanks", "yep" that do not
 *   count;
 *  sources: state housing agencies, county recorders, assessors and treasurers, Florida Statutes and C.R.S. sections, HUD,
 *   CFPB (English and Spanish), FTC, IRS Topic 558, Nolo, MDLandRec, the library's deed index and events calendar; none (25:
 *   escrow explained in words, "The yearly letter from your servicer shows which one changed": source fails, completeness
 *   still passes);
 *  referrals: a housing counseling office by phone (01); the HOPE Hotline by phone (03); "call your servicer … the number is
 *   on your monthly statement" (04: fail); "run it by a real estate attorney" (07: fail); "Apply with the Harris Central
 *   Appraisal District; … at hcad.org" (17, LEFT); the library's reference desk by phone (22); a Fair Housing Foundation
 *   counselor by phone, in Spanish (26); "u record the deed w/ the Durham County Register of Deeds" + URL (27, LEFT); "contact
 *   the Property Appraiser's office in your county" (30: fail); staff consulted on the patron's behalf (the Register of Deeds
 *   for a scan, 12; the Elk Grove staff, 11) and a transfer to a specialist (19) as no referral;
 *  follow-ups: FU_ME with the e-mail read back, "by Friday", done in 30 h (08: pass); FU_ME with the e-mail read back and "as
 *   soon as Geneva's dates are posted" (09: contact fails, pending at day 1); a call-back "tomorrow morning" with the phone read
 *   back, coded Answered, never recorded by day 4 (10: code and on_time fail, contact passes); FU_LIB with the e-mail only in
 *   `patron.email`, "within 2 business days", done in 50 h (11: contact fails, on_time passes); FU_ME by phone read back,
 *   "Thursday afternoon", done after 90 h (12: on_time fails);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (14); null with no provider (15); an empty string (30);
 *   Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (19: pass); an internal note only (20: fail);
 *  concurrency: four at once (17: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (18: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "call your servicer now … the number is on your monthly statement" (04) refers the patron to an organisation; saying
 *   where the number is printed is not a phone, e-mail, address or URL: fail (the scorer agrees);
 * - "you might want to run it by a real estate attorney before the hearing" (07) tells the patron to ask a person outside the
 *   chat: a referral, with no contact;
 * - "Apply with the Harris Central Appraisal District; the online application is at hcad.org" (17) and "u record the deed w/
 *   the Durham County Register of Deeds, their page …: dconc.gov/…" (27) tell the patron to submit something to an office
 *   (write to or visit it): referrals, each reached by a URL (the project's reading of "file Form N-565 … with USCIS");
 * - "the 1972 plat is at the Register of Deeds, where I can request a scan tomorrow" (12) is staff consulted on the patron's
 *   behalf; "the Register of Deeds' online records search is at …" is a source: no referral;
 * - "I'll e-mail you as soon as Geneva's dates are posted" (09) names an event, not a time: followup.contact fails;
 *   "tomorrow morning", "Thursday afternoon", "by Friday" and "within 2 business days" say when;
 * - "Does that work for you?" (11, after the events calendar and the follow-up arrangement), "Does the index help for now?"
 *   (08), "Does that help for now?" (12), "Does the Board of Review page help in the meantime?" (09), "Is that the kind of list
 *   you were after?", "Does that give you a place to start?", "that help?", "¿Esto responde a su pregunta?", "¿Le sirve esta
 *   información?" ask whether what was given meets the need;
 * - "I'd need more time than I have right now to go through all of them. I can call you back tomorrow morning …" (10) offers
 *   a way back (a call-back): no dismissal; "Your time is up for today" (21) is one;
 * - "You're welcome! Have a great day." (10) and "Thanks for understanding, and good luck with the solar!" (22) say goodbye
 *   or thank; "I'll close this chat now. Thanks for chatting, and feel free to come back anytime!" (24) is a goodbye but not
 *   a disconnect notice (it says nothing of the patron seeming gone);
 * - with `pickedUpAt` at 50 s and the first line at 160 s (29) only the 110 s after pickup are a wait for keep_informed: pass;
 * - in the Lost Call (13) the greeting is not a hold, so the final idle runs from it (25 s) to the goodbye notice (400 s);
 * - "that's all" and "no es todo" (after "anything else?") say the patron is done; "ok sure" and "thanks" do not.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (both referral.contact). Label corrections: 0.
 * Final: 28 running, 2 LEFT (below, with their reasons in LEFT_WHY), both referral.contact read as no referral (na):
 *  - case 17: "Apply with the Harris Central Appraisal District; the online application is at hcad.org" (RUBRIC pass: write
 *    to an agency, a URL);
 *  - case 27: "u record the deed w/ the Durham County Register of Deeds, their page …: dconc.gov/…" (RUBRIC pass: send or
 *    bring the deed to a county office, a URL).
 * The scorer does read "call the Columbus Urban League's housing counseling office at …" (01), "Call a free HUD-approved
 *   housing counselor through the … HOPE Hotline, 888-…" (03), "call your servicer … the number is on your monthly
 *   statement" (04: its own note, a number "only said to be on a label, card or bill"), "run it by a real estate attorney"
 *   (07), "call our reference desk at …" (22), "Llame cuanto antes a un consejero … atiende al 714-…" (26) and "contact the
 *   Property Appraiser's office in your county" (30) as labelled. Every timing check (pickup at 34 and 95 s, by `pickedUpAt`,
 *   no provider; keep_informed at 134 and 135 s, across holds, a transfer and 110 s after `pickedUpAt`; final idles of 0, 146,
 *   210, 269 and 375 s; concurrency at four and at touching ends; on_time done at 30 and 50 h, late at 90 h, pending at day 1,
 *   not recorded by day 4) scored as labelled on the first run. The redaction equality of describeSessions holds for every
 *   running case (patron e-mails typed and read back, patron phones read back, an e-mail in `patron.email`).
 *
 * ON v54 (block T, written partly from this file): case 17's "Apply with the Harris Central Appraisal District" (T6: a district
 *   that runs a service is a party) and 27's "u record the deed w/ the Durham County Register of Deeds, …: <URL>" (T6: "record …
 *   with", after "k so u") read as labelled and run: 30 running, none LEFT.
 * FINAL RUN (`--project scoring`, this file only, rubric v54): 30 tests passed (none through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for your patience! You are number ${n} in line for a librarian.`];

const MAYA: Prov = { id: 'maya', name: 'Maya', library: 'FHL' };
const LUCIA: Prov = { id: 'lucia', name: 'Lucía', library: 'LACL' };
const DEREK: Prov = { id: 'derek', name: 'Derek', library: 'MCPL' };
const PRISCILLA: Prov = { id: 'priscilla', name: 'Priscilla', library: 'EGL' };
const RUTH: Prov = { id: 'ruth', name: 'Ruth', library: 'CCPL-MD' };
const REFDESK2: Prov = { id: 'refdesk2', name: 'Ref Desk 2', library: 'CCPL-OH' };
const TANYA: Prov = { id: 'tanya', name: 'Tanya', library: 'SRL' };
const GRACE: Prov = { id: 'grace', name: 'Grace', library: 'MBPL' };
const OMAR: Prov = { id: 'omar', name: 'Omar', library: 'APL-IL' };
const KENDRA: Prov = { id: 'kendra', name: 'Kendra', library: 'THL' };
const SAM: Prov = { id: 'sam-state', name: 'Sam (statewide)', library: 'STATE' };
const ALICIA: Prov = { id: 'alicia', name: 'Alicia', library: 'WCL' };
const BEN: Prov = { id: 'ben', name: 'Ben', library: 'LVPL' };
const INES: Prov = { id: 'ines', name: 'Ines', library: 'DML' };
const QUEUE: Prov = { id: 'queue', name: 'Queue', library: 'NONE' };
const TRAINING: Prov = { id: 'training-h', name: 'Training Account', library: 'TRN' };
const LEON: Prov = { id: 'leon', name: 'Leon', library: 'HCPL' };
const IVY: Prov = { id: 'ivy', name: 'Ivy', library: 'KCLS' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia', library: 'AUN' };
const COLIN: Prov = { id: 'colin', name: 'Colin', library: 'FCPL' };
const VICTOR: Prov = { id: 'victor', name: 'Victor', library: 'GCL' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'GCL' };
const LORRAINE: Prov = { id: 'lorraine', name: 'Lorraine', library: 'CVL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'PPLD' };
const KEISHA: Prov = { id: 'keisha', name: 'Keisha', library: 'FPL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomás', library: 'PWL' };
const ROB: Prov = { id: 'rob', name: 'Rob', library: 'KCPL' };
const GABRIELA: Prov = { id: 'gabriela', name: 'Gabriela', library: 'SAPL' };
const KAI: Prov = { id: 'kai', name: 'kai_dcl', library: 'DCL' };
const MARCY: Prov = { id: 'marcy', name: 'Marcy', library: 'CLP' };
const HANNAH: Prov = { id: 'hannah', name: 'Hannah', library: 'WML' };
const JORDAN: Prov = { id: 'jordan', name: 'Jordan', library: 'OCLS' };

export const sixtiethRoundHomes: SessionCase[] = [
  // 01 first-time buyer programs in Ohio: queue, two questions, a hold, state agency URL + counselor by phone
  s(MAYA, '01 first house in Columbus: queue line, income asked, hold, myohiohome.org + "call the Columbus Urban League\'s housing counseling office at 614-555-0177", "thats all we needed"', [
    [0, 'p', 'Hi! my husband and I are trying to buy our first house in Columbus and someone said there are programs for first time buyers?? where do we even start'],
    queue(2),
    [34, 'l', 'Good morning, and welcome to Ask Us! This is Maya, a librarian at Franklin Heights Library.'],
    [40, 'l', 'Congrats on house hunting! Are you looking for help with the down payment, a lower interest rate, or a homebuyer class? And do you know roughly your household income?'],
    [110, 'p', 'down payment mostly. income is around 78k together'],
    [116, 'l', 'Thanks, one moment while I check the current income limits.'],
    [190, 'l', 'The Ohio Housing Finance Agency runs the state\'s first-time homebuyer programs, including a down payment assistance grant: myohiohome.org. The income limits for Franklin County are on their "Income & Purchase Price Limits" page, and $78k is under them. They also require a homebuyer education course, which you can take online through the same site.'],
    [196, 'l', "For one-on-one help, a HUD-approved housing counselor is free: call the Columbus Urban League's housing counseling office at 614-555-0177 to book an appointment."],
    [202, 'l', 'Does that answer what you were looking for?'],
    [260, 'p', 'yes this is super helpful!! thats all we needed'],
    [266, 'l', 'Wonderful — good luck with the house hunt, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 02 Spanish: down payment help in Los Angeles County
  s(LUCIA, '02 enganche en el condado de Los Ángeles (Spanish): "Le saluda Lucía, bibliotecaria", first house + preapproval asked, lacda.org + calhfa.ca.gov, "es todo"', [
    [0, 'p', 'hola, quiero comprar casa en el condado de Los Ángeles y no tengo mucho para el enganche. hay ayuda?'],
    [25, 'l', '¡Hola, buenas tardes! Le saluda Lucía, bibliotecaria del servicio Pregunte al Bibliotecario de la Biblioteca del Condado de Los Ángeles.'],
    [31, 'l', '¿Sería su primera casa? ¿Y ya tiene una preaprobación de algún banco?'],
    [90, 'p', 'si primera. no todavia no tengo nada'],
    [96, 'l', 'Un momento, por favor, reviso los programas del condado.'],
    [170, 'l', 'El condado tiene el Programa de Asistencia para Compradores de Vivienda (HOP), un préstamo para el enganche: la información y los requisitos están en lacda.org/home-ownership. El estado también tiene el programa MyHome de CalHFA, en calhfa.ca.gov/homebuyer. Los dos piden tomar un curso para compradores.'],
    [176, 'l', '¿Esto responde a su pregunta?'],
    [240, 'p', 'si muchas gracias, es todo'],
    [246, 'l', '¡Con mucho gusto! Gracias por usar nuestro chat y mucha suerte con la casa.'],
  ], usual()),

  // 03 foreclosure notice in PA: the hold answered 134 s later
  s(DEREK, '03 notice of intent to foreclose (PA): state asked, "Let me look up the programs" then the answer 134 s later, HOPE Hotline by phone + phfa.org HEMAP', [
    [0, 'p', "I got a letter that says notice of intention to foreclose. I'm 3 months behind. What do I do, I have kids"],
    [20, 'l', "Hi, I'm Derek, a reference librarian at Marlow County Public Library. I'm sorry you're dealing with this — let's find you some help."],
    [26, 'l', 'What state is the house in? Foreclosure rules and help programs are different in each one.'],
    [60, 'p', 'Pennsylvania'],
    [66, 'l', 'Thank you. Let me look up the programs for Pennsylvania.'],
    [200, 'l', "Two places to start right away: 1) Call a free HUD-approved housing counselor through the Homeowner's HOPE Hotline, 888-995-4673; they can talk to your lender for you. 2) Pennsylvania's Homeowner's Emergency Mortgage Assistance Program (HEMAP) can help with missed payments; the application and deadlines are at phfa.org/programs/hemap.aspx. The letter you got (the Act 91 notice) gives you 33 days to meet with a counselor, so call soon."],
    [206, 'l', 'Is that the kind of help you were looking for?'],
    [250, 'p', 'yes. thank you so much'],
    [256, 'l', 'Is there anything else I can help with?'],
    [290, 'p', 'no thats all'],
    [295, 'l', 'Take care, and please chat back in anytime.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 04 loan modification: the CFPB guide given in the same message as the first question; servicer with no number
  s(PRISCILLA, '04 loan modification after a layoff: CFPB URL and "Are you already behind…?" in one message (question after the source), "call your servicer … the number is on your monthly statement"', [
    [0, 'p', 'how do i ask my mortgage company for a loan modification. lost my job in march'],
    [18, 'l', 'Hello! This is Priscilla with Ask a Librarian at Eastgate Library.'],
    [24, 'l', 'The CFPB has a plain-language guide to loan modifications and what to send your servicer: consumerfinance.gov/ask-cfpb (search "loan modification"). Are you already behind on payments, or trying to get ahead of it?'],
    [70, 'p', 'not behind yet but will be next month'],
    [76, 'l', 'Then call your servicer now and ask about forbearance or a modification before you miss a payment; the number is on your monthly statement. The CFPB guide also has a list of documents they usually want (pay stubs, a hardship letter, bank statements).'],
    [82, 'l', 'Does that help?'],
    [120, 'p', 'yeah. ok'],
    [126, 'l', 'Anything else I can help with today?'],
    [150, 'p', 'no'],
    [155, 'l', 'Okay, best of luck. Thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 05 senior property tax credit in MD: 95 s pickup, a restatement with no question mark
  s(RUTH, '05 senior property tax relief (MD): "hello?" in the queue, 95 s pickup, "So you\'re looking for property tax help…" (a restatement), dat.maryland.gov + carrollcountymd.gov', [
    [0, 'p', 'Hello. I am 72 and my property taxes went up again. Is there any relief for seniors in Maryland?'],
    queue(3, 2),
    [50, 'p', 'hello?'],
    [95, 'l', "Good afternoon, and thank you for waiting! My name is Ruth and I'm a librarian with the Ask Us service at Carroll County Public Library."],
    [101, 'l', "So you're looking for property tax help for a senior homeowner in Maryland, to lower what you owe on your own home."],
    [140, 'p', "yes that's right, in Westminster"],
    [146, 'l', "Maryland has the Homeowners' Property Tax Credit, based on income; the application is free and due by October 1: dat.maryland.gov/realproperty/Pages/Homeowners-Property-Tax-Credit-Program.aspx. Carroll County also adds a senior tax credit for homeowners 65 and older, described on the county's Bureau of Collections page at carrollcountymd.gov."],
    [152, 'l', 'Did that help?'],
    [200, 'p', 'Very much. Thank you, dear.'],
    [206, 'l', 'Can I help with anything else today?'],
    [240, 'p', 'No, thank you.'],
    [245, 'l', 'You\'re welcome. Take care, and thanks for using Ask Us!'],
  ], usual({ pickup: 'fail' })),

  // 06 a copy of the deed: greets, names no one (screen name "Ref Desk 2")
  s(REFDESK2, '06 copy of my deed for the bank (Cuyahoga): "Hi there! How can I help?" + "What county…?" under the screen name "Ref Desk 2", recorder search URL', [
    [0, 'p', 'how can i get a copy of the deed to my house? bank needs it'],
    [22, 'l', 'Hi there! How can I help?'],
    [28, 'l', 'What county is the house in?'],
    [60, 'p', 'cuyahoga ohio'],
    [66, 'l', "Cuyahoga County's Fiscal Officer keeps recorded deeds. You can search and print an unofficial copy free at recorder.cuyahogacounty.us (Search Records > by name or parcel); if the bank wants a certified copy, you can order one on the same site for $2 a page."],
    [72, 'l', 'Does that get you what you need?'],
    [110, 'p', 'yes perfect'],
    [115, 'l', 'Anything else?'],
    [130, 'p', "no that's all"],
    [134, 'l', 'Thanks for chatting, bye!'],
  ], usual({ greeting: 'fail' })),

  // 07 HOA fines (FL): statute online, "run it by a real estate attorney" with no contact
  s(TANYA, '07 HOA fining $50/day over a fence (FL): state + written approval asked, Chapter 720 at leg.state.fl.us, "run it by a real estate attorney before the hearing" (no contact)', [
    [0, 'p', 'My HOA is fining me $50 a day over my fence color that the previous board approved!! can they even do that'],
    [30, 'l', "Hi, thanks for contacting Ask a Librarian! I'm Tanya at Sunbelt Regional Library."],
    [36, 'l', 'That sounds stressful. Which state are you in, and do you still have the approval in writing?'],
    [90, 'p', 'florida. i have an email from the old president'],
    [96, 'l', "I can't give legal advice, but I can point you to the law. Florida's HOA law is Chapter 720 of the Florida Statutes; section 720.305 covers fines and says a fine has to go to a hearing before a committee of members first. You can read it at leg.state.fl.us (Statutes > Title XL > Chapter 720)."],
    [102, 'l', 'Since you have the approval in writing, you might want to run it by a real estate attorney before the hearing.'],
    [108, 'l', 'Does that help?'],
    [170, 'p', "yes!! omg thank you so much. that's all i needed"],
    [176, 'l', "You're very welcome. Good luck, and thanks for chatting!"],
  ], usual({ referral: 'fail' })),

  // 08 house history (follow-up by me): holds every ~90 s, e-mail read back, "by Friday", done in 30 h
  s(GRACE, '08 owners of a 1926 house before 1950 (follow-up by me): holds at 86/180, index URL, e-mail read back, "by Friday", "Does the index help for now?", done in 30 h', [
    [0, 'p', "I'm trying to find out who owned our house before 1950, we want to do a house history for its 100th birthday. 412 Orchard St, Millbrook"],
    [20, 'l', "Hello! I'm Grace, the local history librarian at Millbrook Public Library. What a fun project."],
    [26, 'l', "Do you know the year it was built, and do you want just the owners' names or also copies of the deeds?"],
    [80, 'p', '1926 we think. names first, copies would be amazing'],
    [86, 'l', 'Let me check our grantor-grantee index, one moment.'],
    [180, 'l', 'Still looking — the 1930s volumes are on microfilm, so it takes a bit.'],
    [270, 'l', "I've found two of the owners so far: the Kellers bought it in 1926 and sold it in 1941 to Harold and Edna Price. The rest of the chain is in volumes I'd need to pull from our storage room. Our online deed index is at millbrooklibrary.org/localhistory/deeds if you'd like to browse it yourself in the meantime."],
    [276, 'l', "Could I e-mail you the full list and scans of the deeds? What's the best address?"],
    [330, 'p', 'yes please!! jen.okafor@example.com'],
    [336, 'l', "Got it: jen.okafor@example.com. I'll send the owners' list and the deed scans by Friday."],
    [342, 'l', 'Does the index help for now?'],
    [380, 'p', "yes thanks so much, that's everything for today"],
    [386, 'l', 'My pleasure! Thanks for chatting, and happy 100th to your house.'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 assessment appeal deadline (follow-up by me): e-mail read back, no time, pending
  s(OMAR, '09 Kane County assessment appeal deadline (follow-up by me): township asked, Board of Review URL, e-mail read back, "as soon as Geneva\'s dates are posted" (no time), pending', [
    [0, 'p', 'when is the deadline to appeal my property assessment in Kane County IL? the notice got lost in the mail'],
    [15, 'l', 'Hi, this is Omar at Ask a Librarian, Aurora Public Library.'],
    [21, 'l', "Which township is your home in? Kane County's deadlines go township by township."],
    [55, 'p', 'geneva township'],
    [61, 'l', 'One sec, checking the Board of Review calendar.'],
    [150, 'l', "The Board of Review's page (kanecountyil.gov/boardofreview) lists the 2026 filing windows, but Geneva Township isn't posted yet. I can keep an eye on it and e-mail you the date once it's up. What e-mail should I use?"],
    [200, 'p', 'mtorres.geneva@example.com'],
    [206, 'l', "Thanks, mtorres.geneva@example.com. I'll e-mail you as soon as Geneva's dates are posted."],
    [212, 'l', 'Does the Board of Review page help in the meantime?'],
    [250, 'p', 'yes, thanks'],
    [256, 'l', 'Anything else I can help with?'],
    [280, 'p', 'nope'],
    [285, 'l', 'Okay! Thanks for using Ask a Librarian.'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 10 CC&Rs (TX): a call-back promise coded Answered, phone read back, "tomorrow morning", never recorded by day 4
  s(KENDRA, '10 CC&Rs without the $150 fee (TX): county clerk search URL, call-back "tomorrow morning" with the phone read back, coded Answered, not recorded by day 4', [
    [0, 'p', "Hi where can I find the CC&Rs for my subdivision? HOA management company won't send them without a $150 fee"],
    [28, 'l', 'Hello! This is Kendra, a librarian at Travis Hills Library.'],
    [34, 'l', "What's the name of the subdivision, and which county?"],
    [80, 'p', 'Brushy Creek Estates, Williamson County TX'],
    [86, 'l', 'CC&Rs are recorded with the county, so you can usually get them there for much less. The Williamson County Clerk\'s official public records search is at williamson.tx.publicsearch.us — search the subdivision name. Recorded restrictions are usually indexed as "RESTRICTIONS" or "DECLARATION".'],
    [92, 'l', 'Does that help?'],
    [160, 'p', 'I see like 6 documents, not sure which one is the current one'],
    [166, 'l', "I'd need more time than I have right now to go through all of them. I can call you back tomorrow morning and tell you which ones are current. What's a good number?"],
    [220, 'p', '512-555-0148'],
    [226, 'l', "512-555-0148, thanks. You'll hear from me tomorrow morning."],
    [232, 'l', 'Is there anything else I can help with?'],
    [260, 'p', "no that's it thank you"],
    [266, 'l', "You're welcome! Have a great day."],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail' }), {}, { now: T0 + 4 * DAY }),

  // 11 homebuyer workshop (follow-up by the patron's library): e-mail only in patron.email, "within 2 business days", done in 50 h
  s(SAM, '11 Elk Grove homebuyer workshop (follow-up by patron\'s library): events URL, "someone from your library will e-mail you within 2 business days", e-mail only in patron.email, "ok sure", done in 50 h', [
    [0, 'p', 'does the Elk Grove branch still do the free homebuyer workshop? cant find it on the calendar'],
    [20, 'l', "Hi! You've reached Sam with the statewide Ask a Librarian service."],
    [26, 'l', 'Do you mean the Elk Grove branch of Sacramento Public Library?'],
    [50, 'p', 'yes'],
    [56, 'l', "I don't see it on their events calendar at saclibrary.org/events either, so it may not be scheduled yet. I'll pass your question to the Elk Grove staff, and someone from your library will e-mail you within 2 business days."],
    [62, 'l', 'Does that work for you?'],
    [100, 'p', 'ok sure'],
    [106, 'l', 'Thanks for your patience, and thanks for chatting!'],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_LIB, patron: { name: null, email: 'dkhalsa@example.com', phone: null }, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 12 an easement (follow-up by me): phone read back, "Thursday afternoon", done after 90 h
  s(ALICIA, '12 a utility easement across the backyard (follow-up by me): parcel asked, hold, phone read back, "Thursday afternoon", Register of Deeds search URL, done after 90 h', [
    [0, 'p', 'the neighbor says theres an easement across my backyard for a utility line. how do i find out if thats true'],
    [40, 'l', "Good evening! I'm Alicia, a reference librarian at Wayne County Library."],
    [46, 'l', 'Do you have your parcel number or the address? And do you know about when the house was built?'],
    [100, 'p', '1187 Ridge Rd, built 1972 i think'],
    [106, 'l', 'Easements are usually recorded on the subdivision plat or in a separate document. Let me check what we have.'],
    [190, 'l', "Our plat books only go to 1965, and the 1972 plat is at the Register of Deeds, where I can request a scan tomorrow. Can I call you Thursday afternoon with what I find? What's your number?"],
    [240, 'p', 'sure 734-555-0190'],
    [246, 'l', "734-555-0190 — I'll call you Thursday afternoon."],
    [252, 'l', "In the meantime, the Register of Deeds' online records search is at waynecountymi.gov/registerofdeeds. Does that help for now?"],
    [300, 'p', "yes thanks a lot. that's all"],
    [306, 'l', 'Thanks for chatting! Talk to you Thursday.'],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(90 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 13 a true Lost Call: greeting, check-in at 170, notice + invitation back at 400
  s(BEN, '13 VA home loan (Lost Call): greeting at 25, "Are you still there?" at 170, "looks like you\'ve disconnected … please chat back in anytime!" at 400', [
    [0, 'p', 'can the library help me figure out if i qualify for a va home loan'],
    [25, 'l', 'Hi! This is Ben at Ask Us, Lakeview Public Library.'],
    [170, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've disconnected, so I'll close this chat now. If you still need help with the VA loan, please chat back in anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 reverse mortgage: Lost Call after two patron lines, a check-in 130 s into a 146 s final idle, no goodbye
  s(INES, '14 reverse mortgage call to an 80-year-old mom (Lost Call, 2 patron lines): hud.gov HECM + FTC, "Does that help?", "Are you still with me?" at 212, ends at 222', [
    [0, 'p', 'how do reverse mortgages work, my mom is 80 and someone called her about one'],
    [22, 'l', "Hello, I'm Ines at Ask a Librarian, Delmar Library."],
    [28, 'l', 'Is your mom thinking about getting one, or are you worried the call was a scam?'],
    [70, 'p', 'kind of both honestly'],
    [76, 'l', 'The federal reverse mortgage (HECM) is explained on HUD\'s page at hud.gov/program_offices/housing/sfh/hecm/hecmhome — it requires a counseling session before anything is signed. The FTC\'s page on reverse mortgage scams is at consumer.ftc.gov (search "reverse mortgage").'],
    [82, 'l', 'Does that help?'],
    [212, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 10 }),

  // 15 no provider ever joined; code null
  s(QUEUE, '15 taking PMI off a mortgage: no provider ever joined, "hello?? anyone there", patron left, code null', [
    [0, 'p', 'how do i get PMI taken off my mortgage, i have 22% equity now'],
    queue(2, 5),
    [130, 'p', 'hello?? anyone there'],
    left(240),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 16 Practice
  s(TRAINING, '16 practice chat (homebuyer macros): coded Practice, every check na', [
    [0, 'p', 'test - homebuyer macro'],
    [10, 'l', 'Hi, practice chat: Ask Us homebuyer macros test.'],
    [20, 'l', 'First-time buyer programs: see hud.gov/buying. Does that help?'],
    [40, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 homestead in Harris County: "Apply with the Harris Central Appraisal District" (URL); four chats at once
  s(LEON, '17 Harris County homestead exemption: residence asked, "Apply with the Harris Central Appraisal District; … at hcad.org", four chats open at once', [
    [0, 'p', 'how do i apply for homestead exemption in harris county texas'],
    [15, 'l', 'Hello! Leon here, librarian at Harris County Public Library.'],
    [21, 'l', 'Was the home your primary residence as of January 1?'],
    [50, 'p', 'yes bought it last fall'],
    [56, 'l', "Apply with the Harris Central Appraisal District; the online application is at hcad.org (Exemptions > Residence Homestead). You'll upload your Texas driver license showing the home's address. It's free."],
    [62, 'l', 'Does that answer your question?'],
    [100, 'p', 'yes, thats all i needed'],
    [105, 'l', 'Great! Thanks for chatting, bye.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('l1', 'leon', -300, 200), other('l2', 'leon', -60, 400), other('l3', 'leon', 30, 600)],
  }),

  // 18 liens before an offer (WA): concurrency at touching ends, three at most
  s(IVY, '18 liens on a house before an offer (King County): agent asked, recorder search URL, "Anything else?", "nope"; others end exactly at the start / start exactly at the end', [
    [0, 'p', "is there a way to check if a house has liens before i make an offer? it's in king county wa"],
    [16, 'l', "Hi, thanks for contacting Ask KCLS! I'm Ivy, a librarian at King County Library System."],
    [22, 'l', 'Are you working with a real estate agent or title company, or looking on your own first?'],
    [60, 'p', 'on my own first'],
    [66, 'l', "King County's Recorder's Office has a free online search of recorded documents, including liens: kingcounty.gov/recorders-office (Search Records > by name or parcel). Search the owner's name and the parcel number from the King County Parcel Viewer. Once you're under contract, the title report will list any liens too."],
    [72, 'l', 'Does that help?'],
    [110, 'p', 'yes'],
    [114, 'l', 'Anything else I can help with?'],
    [140, 'p', 'nope'],
    [145, 'l', 'Thanks for chatting, and good luck with the offer!'],
  ], usual(), {}, {
    otherIntervals: [other('i1', 'ivy', -500, 0), other('i2', 'ivy', -100, 300), other('i3', 'ivy', 20, 250), other('i4', 'ivy', 150, 700)],
  }),

  // 19 1880s farm deeds: transfer with a visible notice and an internal note
  s(NADIA, '19 great-grandparents\' farm deeds back to the 1880s (MD): transfer notice + internal note, Colin 49 s later, mdlandrec.net', [
    [0, 'p', 'Im trying to trace the deeds for my great grandparents farm in Frederick county back to the 1880s. where would those be'],
    [18, 'l', 'Hi there, this is Nadia with Ask Us Maryland.'],
    [24, 'l', "Do you know the farm's location or the family name on the deeds?"],
    [60, 'p', 'Harne family, near Myersville'],
    [66, 'l', "Frederick County's Maryland Room has a specialist for exactly this. I'm transferring you to Colin there now — one moment, please."],
    [68, 'i', 'Colin, pt tracing Harne family farm deeds near Myersville back to 1880s — land records q, thanks!'],
    xfer(71, 'Colin', 'colin'),
    [120, 'l', 'Hi, Colin from the Maryland Room at Frederick County Public Libraries here! Old Frederick County deeds are all online through MDLandRec, free with an account: mdlandrec.net. Before 1900 you search the grantor/grantee indexes by name (Harne) and then open the deed books.', as(COLIN)],
    [126, 'l', 'Does that give you a place to start?', as(COLIN)],
    [180, 'p', 'yes! thank you both'],
    [186, 'l', 'Anything else I can help with today?', as(COLIN)],
    [210, 'p', "no that's everything"],
    [215, 'l', 'Happy hunting, and thanks for chatting with us!', as(COLIN)],
  ], usual({ transfer: 'pass' })),

  // 20 warranty vs quitclaim: a silent transfer (internal note only), the receiver 135 s after the patron
  s(VICTOR, '20 warranty vs quitclaim deed (MO): transfer to Helen with an internal note only, her answer 135 s after the patron, nolo.com', [
    [0, 'p', "what's the difference between a warranty deed and a quitclaim deed? my dad wants to put the house in my name"],
    [25, 'l', 'Good morning! Victor here, librarian with Ask a Librarian at Greene County Library.'],
    [31, 'l', 'Which state is the house in?'],
    [70, 'p', 'missouri'],
    [74, 'i', "Helen, can you take this one? Deeds / property transfer q, MO. I'm off shift in 2 min"],
    xfer(78, 'Helen', 'helen'),
    [205, 'l', 'Hello, this is Helen, also a librarian here at Greene County. A warranty deed promises the title is clear; a quitclaim deed passes along whatever interest your dad has, with no promises. Missouri also allows a beneficiary deed, which transfers the house only at death. Nolo explains the first two: nolo.com/legal-encyclopedia/quitclaim-deeds-warranty-deeds-30029.html.', as(HELEN)],
    [211, 'l', 'Is that what you were looking for?', as(HELEN)],
    [260, 'p', 'yes. thats all'],
    [266, 'l', 'Great, thanks for chatting!', as(HELEN)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 21 FHA payment math: "Your time is up for today"
  s(LORRAINE, '21 FHA payment on a $320k house: rate + county asked, CFPB + Bankrate calculators, then "Your time is up for today, so I\'m going to end the chat now."', [
    [0, 'p', 'if i buy a 320k house with 3.5% down FHA what would my payment be'],
    [20, 'l', 'Hi, Lorraine at Cedar Valley Library here.'],
    [26, 'l', 'Do you know the interest rate you were quoted, and your county? Taxes and insurance change the payment a lot.'],
    [80, 'p', '6.5% and polk county iowa'],
    [86, 'l', "You can run it on the CFPB's mortgage calculator at consumerfinance.gov/owning-a-home/explore-rates, or Bankrate's at bankrate.com/mortgages/mortgage-calculator; enter $308,800 as the loan amount (320k minus 3.5%), 30 years, 6.5%, and add FHA mortgage insurance and Polk County taxes."],
    [92, 'l', 'Does that help?'],
    [140, 'p', 'ok but what about if i put 10% down, and what if rates go to 6%, and also how much are closing costs, and is pmi the same as mip'],
    [146, 'l', "That's a lot of questions and I've already spent my time on this one. Your time is up for today, so I'm going to end the chat now."],
    [160, 'p', 'wow. ok'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 solar panels and the HOA (CO): other patrons waiting, a way back (reference desk phone)
  s(WES, '22 can my HOA ban solar panels (CO): home type asked, C.R.S. 38-30-168 + energyoffice.colorado.gov, "a few other patrons waiting … chat back in later, or call our reference desk at 719-555-0123"', [
    [0, 'p', 'can my HOA stop me from putting solar panels on my roof? colorado'],
    [30, 'l', 'Hi there! This is Wes, a librarian at Pikes Peak Library District.'],
    [36, 'l', 'Is your home a single-family house or a townhome/condo? The rules differ.'],
    [80, 'p', 'single family'],
    [86, 'l', 'Colorado law limits what HOAs can do about solar: C.R.S. 38-30-168 says an HOA can\'t effectively prohibit solar panels, though it can set reasonable aesthetic rules. The Colorado Energy Office summarizes it at energyoffice.colorado.gov (search "solar access").'],
    [92, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes!! ok next question, can they stop me from parking my work truck, and chickens, and what about the paint colors, and also my neighbor'],
    [158, 'l', "Those are all great questions! I have a few other patrons waiting, so I'll need to wrap up this chat. Please chat back in later, or call our reference desk at 719-555-0123 and we'll keep going."],
    [185, 'p', 'ok fair'],
    [190, 'l', 'Thanks for understanding, and good luck with the solar!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 23 down payment help in Decatur: check-in at 210, notice with no goodbye at 330
  s(KEISHA, '23 Georgia down payment programs (Decatur): Georgia Dream URL, patron quiet, "Are you still there?" at 210, "looks like you\'ve disconnected, so I\'m going to end this session now." at 330', [
    [0, 'p', 'is there a list of down payment assistance programs in georgia'],
    [22, 'l', "Hi, I'm Keisha at Ask a Librarian, Fulton Public Library."],
    [28, 'l', 'Are you buying in Atlanta or elsewhere in Georgia? Atlanta has its own programs.'],
    [60, 'p', 'decatur'],
    [66, 'l', "Georgia Dream, from the Georgia Department of Community Affairs, offers down payment help statewide, including DeKalb County: dca.georgia.gov/georgia-dream. DeKalb County also lists a homebuyer assistance program on its Community Development page at dekalbcountyga.gov."],
    [72, 'l', 'Is that the kind of list you were after?'],
    [210, 'l', 'Are you still there?'],
    [330, 'l', "It looks like you've disconnected, so I'm going to end this session now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 24 neighbors' sale prices: a goodbye 210 s after the answer, no check-in, no notice
  s(TOMAS, '24 what did my neighbors pay (Pueblo County): assessor sales URL, then "I\'ll close this chat now. Thanks for chatting…" 210 s after the answer, no check-in', [
    [0, 'p', 'how do i look up what my neighbors paid for their house'],
    [20, 'l', 'Hello! Tomás here, a librarian at Pueblo West Library.'],
    [26, 'l', 'Which county?'],
    [45, 'p', 'pueblo county'],
    [50, 'l', "The Pueblo County Assessor's property search shows sale prices and dates for every parcel: co.pueblo.co.us/assessor (Property Search > Sales)."],
    [56, 'l', 'Does that answer it?'],
    [260, 'l', "I'll close this chat now. Thanks for chatting, and feel free to come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 25 escrow: an explanation with no source
  s(ROB, '25 why did my fixed-rate payment go up: escrow asked, explained in words with no source, "Did that help?", "thanks", "bye for now!"', [
    [0, 'p', 'why did my mortgage payment go up $212 when i have a fixed rate??'],
    [18, 'l', 'Hi! This is Rob at Ask a Librarian, Kenton County Public Library.'],
    [24, 'l', 'Does your monthly payment include property taxes and homeowners insurance (an escrow account)?'],
    [60, 'p', 'i think so yeah'],
    [66, 'l', "Then it's almost always the escrow. With a fixed rate, the principal and interest never change, but once a year the servicer re-figures the escrow part: if your taxes or insurance premium went up, or the account came up short last year, the monthly payment goes up to cover it. The yearly letter from your servicer shows which one changed."],
    [72, 'l', 'Did that help?'],
    [110, 'p', 'ohh ok that makes sense. my insurance went up a lot. thanks'],
    [116, 'l', 'Happy to help — bye for now!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 26 Spanish foreclosure: "¡Hola!" + "Soy Gabriela, bibliotecaria…" split, a counselor by phone
  s(GABRIELA, '26 remate de la casa (Spanish, CA): "¡Hola!" + "Soy Gabriela, bibliotecaria…", hold, "Llame … al 714-555-0166" + consumerfinance.gov/es, "no es todo"', [
    [0, 'p', 'hola necesito ayuda urgente el banco me quiere quitar la casa'],
    [20, 'l', '¡Hola!'],
    [24, 'l', 'Soy Gabriela, bibliotecaria de la Biblioteca Pública de Santa Ana. Lamento mucho lo que está pasando. ¿La casa está aquí en California? ¿Ya tiene fecha de venta (remate)?'],
    [80, 'p', 'si en santa ana. me llego una carta que dice notice of trustee sale para el 20 de abril'],
    [86, 'l', 'Un momento, busco ayuda gratuita en español.'],
    [160, 'l', 'Llame cuanto antes a un consejero de vivienda aprobado por HUD; es gratis y hay consejeros que hablan español. En el condado de Orange, la Fair Housing Foundation atiende al 714-555-0166. También puede buscar otros consejeros en consumerfinance.gov/es/encontrar-un-consejero-de-vivienda. Con una fecha de venta tan cercana, llame hoy mismo.'],
    [166, 'l', '¿Le sirve esta información?'],
    [230, 'p', 'si gracias mil gracias'],
    [236, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [260, 'p', 'no es todo'],
    [265, 'l', 'Mucho ánimo, y gracias por comunicarse con nosotros.'],
  ], usual({ referral: 'pass' })),

  // 27 quitclaim in NC, chat-speak both sides; the patron says they are done
  s(KAI, '27 quitclaim deed from an ex (NC, chat-speak): "hey! Kai here w/ Ask a Librarian @ Durham County Library", "sec", "u record the deed w/ the … Register of Deeds" + URL, "ya thats all i needed ty"', [
    [0, 'p', 'yo what do i need to file a quitclaim deed in nc, ex is signing over the house'],
    [12, 'l', 'hey! Kai here w/ Ask a Librarian @ Durham County Library 👋'],
    [16, 'l', 'is the house in durham county?'],
    [30, 'p', 'ya'],
    [34, 'l', 'sec'],
    [80, 'l', "k so u record the deed w/ the Durham County Register of Deeds, their page has the recording fees + formatting rules: dconc.gov/county-departments/departments-a-e/register-of-deeds. nc doesnt have a state quitclaim form; the NC Bar's consumer pamphlets explain what the deed needs: ncbar.gov"],
    [84, 'l', 'that help?'],
    [120, 'p', 'ya thats all i needed ty'],
    [124, 'l', 'np, good luck! bye'],
  ], usual({ referral: 'pass' })),

  // 28 paying the county tax bill: the patron has the last word, no goodbye
  s(MARCY, '28 paying the Allegheny County tax bill online: county vs school bill asked, treasurer URL, "Anything else today?", patron "no thats everything" last (no goodbye)', [
    [0, 'p', 'where can i pay my property tax bill online, allegheny county'],
    [15, 'l', "Good afternoon! This is Marcy with the Carnegie Library of Pittsburgh's Ask Us chat."],
    [21, 'l', 'Is it the county bill or the school/municipal bill? In Allegheny County they come separately.'],
    [50, 'p', 'county'],
    [55, 'l', "County real estate tax is paid through the Treasurer's site: treasurer.alleghenycounty.us/real-estate-tax — you'll need the lot and block number from the bill."],
    [60, 'l', 'Does that get you where you need to go?'],
    [90, 'p', 'yep'],
    [95, 'l', 'Anything else today?'],
    [120, 'p', 'no thats everything'],
  ], usual({ courteous: 'fail' })),

  // 29 401(k) for a down payment: pickedUpAt 50 s, first line at 160 (110 s after pickup)
  s(HANNAH, '29 401(k) for a down payment: pickedUpAt 50 s, first line at 160 (110 s after pickup), plan type asked, IRS Topic 558 URL', [
    [0, 'p', 'can i use my 401k for a down payment without a penalty? first house'],
    [160, 'l', "Hi, I'm Hannah, a reference librarian at Westfield Memorial Library. Thanks for waiting."],
    [166, 'l', 'Is it a 401(k) through a current employer, or an IRA? The rules are different.'],
    [210, 'p', '401k from my job'],
    [216, 'l', "I can't give financial advice, but here are the rules. A 401(k) doesn't have the first-time homebuyer exception that IRAs have; most plans allow a loan against your balance instead. IRS Topic 558 explains the penalty and its exceptions: irs.gov/taxtopics/tc558. Your plan's own loan rules are in its Summary Plan Description."],
    [222, 'l', 'Does that cover it?'],
    [270, 'p', "yes, that's all I needed. thanks!"],
    [275, 'l', "You're welcome! Thanks for chatting with us."],
  ], usual(), { pickedUpAt: at(50) }),

  // 30 Florida homestead after closing: "contact the Property Appraiser's office in your county" (no contact); code ""
  s(JORDAN, '30 homestead after closing in Orlando: move-in date asked, floridarevenue.com, "contact the Property Appraiser\'s office in your county" (no contact), code ""', [
    [0, 'p', 'just closed on my house in orlando!! do i need to do something for the homestead exemption'],
    [20, 'l', 'Congratulations! Hi, this is Jordan at Orange County Library System.'],
    [26, 'l', 'Did you move in before January 1 this year, or after?'],
    [60, 'p', 'we closed in feb and moved in right away'],
    [66, 'l', "Then you'd apply for the exemption for next year; the deadline is March 1 of the year it applies to. Florida's Department of Revenue explains who qualifies: floridarevenue.com/property/Pages/Taxpayers_Exemptions.aspx. To apply, contact the Property Appraiser's office in your county; they'll tell you what documents to bring."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'yes thank you!'],
    [126, 'l', 'Anything else I can help with?'],
    [150, 'p', 'no thats it'],
    [155, 'l', 'Enjoy the new home, and thanks for chatting!'],
  ], usual({ code: 'fail', referral: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtiethRoundHomes.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixtieth round: buying and keeping a home, checked', () => {
  describeSessions('whole sessions', sixtiethRoundHomes.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtiethRoundHomes.filter((c) => c.name in LEFT_WHY));
});
