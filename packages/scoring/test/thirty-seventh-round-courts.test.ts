/**
 * Thirty-seventh round, area (G12): COURTS AND LEGAL SELF-HELP. Small claims against a contractor and an unpaid judgment,
 * contesting a speeding or red-light camera ticket, court forms (Maryland Judiciary forms by number: DC-CV-001, DC-CV-065,
 * CC-NC-001, CC-DC-CR-072, CC-DC-DV-001), looking up a case (Maryland Judiciary Case Search, CourtListener), expunging a
 * dismissed charge, a protective order at night, answering a failure-to-pay-rent complaint and a landlord's letter, rent
 * escrow, a free or low-cost lawyer (Maryland Legal Aid, the People's Law Library, a bar association's Lawyer Referral
 * Service, Maryland Volunteer Lawyers Service, law school clinics, the public defender), an adult name change, an uncontested
 * divorce, a jury summons, a notarised affidavit, a simple will, old court files and superseded code volumes; providers who
 * decline legal advice (and go on, or end), law library referrals (the State Law Library, a county circuit court law
 * library), self-help centres' phones and hours (info.source, referral.contact, closing.no_dismissal, followup.*,
 * inquiry.clarify, followup.completeness, closing.anything_else, closing.courteous, and every check in the whole sessions).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers (terse, warm, scripted, chat-speak, Spanish):
 *  a referral WITHOUT a way to reach the party (referral fails): "Contact the Circuit Court's Family Law Self-Help Center for
 *   help with them", "ask the clerk at the courthouse for the fee waiver form", "call the Harford County Bar Association's
 *   Lawyer Referral Service", "Your county's circuit court law library can help you find the forms", "Talk to a lawyer before
 *   you sign anything", "The county bar's Lawyer Referral Service can match you with a lawyer", "The court's interpreter
 *   office can arrange a Spanish interpreter", "Llame al Centro de Autoayuda del Tribunal de Distrito".
 *  a referral WITH one (passes): "call the District Court Self-Help Center at 410-260-1392", "The Bar Association of
 *   Baltimore City's Lawyer Referral Service can match you with a lawyer …: 410-539-3112", "Maryland Legal Aid
 *   (1-888-465-2468) may be able to represent you", "The public defender's office may be able to represent you; call …",
 *   "the law school clinic may take on your case; call …", "visit them at 361 Rowe Blvd, Annapolis, MD 21401", "Our Towson
 *   branch has a free notary …: call the branch at 410-887-6166" (the provider's own library's department), "House of Ruth
 *   Maryland's 24-hour hotline, 410-889-7884, can help you", "please call 911", "Llame al Centro de Autoayuda … al
 *   410-260-1392", "puede llamar a Maryland Legal Aid al 1-888-465-2468".
 *  a source, not a referral: the form by number at mdcourts.gov/district/forms, "casesearch.courts.state.md.us", "the
 *   People's Law Library site at peoples-law.org/small-claims", "Maryland Judiciary Case Search" and "CourtListener" by name,
 *   statutes by article and section ("the Maryland Code, Criminal Procedure § 10-105", "the Real Property Article, § 8-211",
 *   "the Family Law Article, § 7-103", "COMAR 10.09.24.05"), "Maryland Code, Real Property § 8-203 (at mgaleg.maryland.gov,
 *   Laws > Statutes Text)"; not a source: "Check the court's website" (no address), "just google maryland expungement", the
 *   fee from memory, the patron's own phone or e-mail read back for a follow-up ("Thanks, 410-555-0171, before noon tomorrow").
 *  clarifying: "Which county are you in, and how much was the deposit?", "Want to pay it or contest it?", "Do you have a case
 *   number, or just his name?", "Was it dismissed, or did you get probation before judgment?", "Has he filed anything in
 *   court yet, or is it only a letter?", "So the court gave you a judgment and the defendant has not paid it, is that right?",
 *   "¿El papel viene del tribunal, o es una carta del casero?"; not: "Are you safe right now?" in the message that says "please
 *   call 911" (a source in the same message), "How many defendants are there?" after the form.
 *  completeness: "Does that give you what you need to file?", "Does that cover what you need for the hearing?", "Does this
 *   completely answer your question?", "¿Le sirve esta información?"; not: "Would you like the form in Spanish too?".
 *  dismissal: "I can't give legal advice, and I have other chats waiting, so I'm closing this chat now", "I've spent enough
 *   time on this one, I need to end the chat now", "we only answer one legal question per chat. Goodbye.", "I can only give
 *   you 10 minutes per chat, and your time is up", "Ya hizo demasiadas preguntas, tengo que cerrar el chat"; allowed: "I can't
 *   give legal advice, sorry. Bye.", "This is a legal question and we don't answer those. Bye." (policy, not convenience),
 *   "I'm not able to give legal advice, but the District Court Self-Help Center can: …", "We close in five minutes … please
 *   chat with us again tomorrow from 9".
 *  follow-ups: "I'll check with them and e-mail you the hours by tomorrow afternoon", "call you tomorrow before noon",
 *   "someone from your library will contact you within two days", "I'll look into … and get back to you" (no time); not the
 *   provider's: "the court will mail you a trial date", "Legal Aid will call you back within two business days", "an intake
 *   worker will contact you within a week", "the court commissioner will call you", "the sheriff's office will contact you",
 *   "Maryland Legal Aid le llamará en dos días".
 *  the patron done: "yes that's all I needed", "That is everything", "no more questions", "thats all i needed, gotta go to
 *   work", "si muchas gracias, es todo"; not done: "ok cool thx", "ya thx", "ok thanks".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - declining legal advice and going on helping is no dismissal; a refusal under policy that ends the chat ("I can't give
 *   legal advice, sorry. Bye.") is not the provider's convenience (the fifteenth round's reading); "I can't give legal advice,
 *   and I have other chats waiting, so I'm closing this chat now" ends it for the provider's convenience with no way back;
 * - "please call 911" is a referral with a phone contact, so a source: a question in the same message is not before it;
 * - a party said to be able to do the thing for the patron ("can match you with a lawyer", "may be able to represent you",
 *   "can arrange a Spanish interpreter") points the patron to it: a referral (G8's reading);
 * - a database named ("Maryland Judiciary Case Search", "CourtListener") and a statute cited by its article and section are
 *   named resources (a database; a publication the patron can read) without their addresses;
 * - a transfer of the chat to a law librarian is not a referral; passing the question to the patron's library ("someone from
 *   your library will contact you") is a follow-up session and no referral (staff consulted on the patron's behalf);
 * - the provider's own library's branch, told to call it, is a referral (Terms: the provider's own library's departments);
 * - an outside legal-help party or the court who will call or write to the patron is no promise of the provider's;
 * - the patron's own phone or e-mail read back in a follow-up is not "a phone contact for a referral": no source;
 * - "Take care!" alone is a goodbye (G8's reading); a bare answer as the provider's last two messages is none;
 * - "You file it in the circuit court …" may be read as a referral to the court (v21's "file it with the Circuit Court
 *   clerk"): to keep the first batch's labels clean I took that wording out of two sessions before running (not counted).
 Written: 23 whole sessions (20 first, 2 in a second batch, 1 for the fixes; 2 in LEFT, 21 run), 58 short cases (38 first,
 * 14 in a second batch, 6 for the fixes; 1 in LEFT, 57 run), 16 near misses (13 in `guards`; 2 moved to the short cases
 * when their fix was taken back; 1 split, its referral label in LEFT), 4 in LEFT. First run (20 whole
 * + 38 short, labelled before running): 6 of 58 disagreed: inquiry.clarify 1 (the protective order: my label), referral.contact
 * 3 (the protective order's commissioner, whose postal address comes after a colon for "the Commissioner's office"; "can match
 * you with a lawyer …: 410-…" and "(1-888-…) may be able to represent you" read as no referral), info.source 2 ("Maryland
 * Judiciary Case Search" by name, a statute by its article and section read as no source), followup.contact and
 * resolution.code 1 ("Legal Aid will call you back within two business days" read as the provider's promise). Second batch
 * (2 whole + 14 short, written after the first run to probe the area's own words, labelled before running it): 4 of 16
 * disagreed: info.source 1 (the patron's phone read back, "Thanks, 410-555-0171, before noon tomorrow.", read as a source),
 * referral.contact 2 ("a free consultation with a volunteer lawyer through Maryland Volunteer Lawyers Service: 410-…" and
 * "The court's interpreter office can arrange a Spanish interpreter" read as no referral), followup.contact and
 * resolution.code 1 ("Maryland Legal Aid le llamará en dos días" read as a promise). Third run (the fixes' cases and the near
 * misses): 1 disagreed, not of this block's changes (the patron's own typed number given back as the Self-Help Center's: the
 * referral read without a contact; the near miss keeps its source label, the referral went to LEFT). My labels corrected: 1 of
 * 11. Fixed in block G12:
 *  - referralCanHelp (phrase family, v20's can-help verbs widened): "represent you / her / him / them", "match you (up)
 *    with", "take (on) your / her / his / their case", "arrange (for) a / the / your … interpreter / translator /
 *    accommodation / interpretation" (the subject must be a party, as for every can-help verb) [near misses: "Legal Aid can
 *    represent tenants only in Baltimore City", "The clerk can match your payment with the case number", "The website can
 *    match you with a lawyer", "The clerk can arrange the files by date", "I can arrange an interpreter for our next chat"];
 *  - notPromise (phrase family, as v31's caseworker and v37's offices): legal-help parties and the court's people who will
 *    call, contact, write to, mail or get back to the patron ("Legal Aid / legal services / the clinic / the Lawyer Referral
 *    Service / lawyers / attorneys / paralegals / an intake worker / the public defender / the commissioner / the bailiff /
 *    the sheriff / the process server / the mediator / the facilitator / the self-help center will call you"), and in Spanish
 *    ("Maryland Legal Aid le llamará", "un abogado … lo contactará") [near misses, still promises: "Legal Aid will call you
 *    back, and I'll e-mail you the forms by tomorrow", "Our law clinic will call you on Monday with a time", "Maryland Legal
 *    Aid le llamará, y yo le escribiré mañana con los formularios"];
 *  - namedResource (phrase family): a section sign after the State's code and one to four words ("the Maryland Code,
 *    Criminal Procedure § 10-105", "the Code of Maryland, … §", "annotated code …"), or after one of Maryland's articles by
 *    name ("the Real Property Article, § 8-211", "Family Law Article, § 7-103"), and "COMAR" with its numbers [near misses:
 *    "the library's Code of Conduct § 3", "see article § 4 of your lease"];
 *  - knownResource (phrase family): "(Maryland) Judiciary Case Search", "CourtListener", not said to lack the thing [near
 *    misses: "the Maryland Judiciary Case Search doesn't show sealed cases", "I searched Judiciary Case Search and it isn't
 *    there", "Do a case search on Google"];
 * Each fix's near misses were checked to fail with the fix made too wide ("represent" and "match" with any object, the
 * legal parties' call with "our", the case databases without the negation test, "arrange" with any object).
 * Taken back: a setting `readBackG12` (a provider sentence whose e-mails and phones are all ones the patron wrote earlier
 * gives no source, unless it refers the patron to a party). The final full run showed it changed 5 earlier rounds' labelled
 * cases (eighth-round-falsefail, tenth-round-followthrough, fifteenth-round-archives, nineteenth-round-settings,
 * thirty-first-round-hobbies) and made 6 of their LEFT cases (eighth-round-noisy, fourteenth-round-urban,
 * twenty-first-round-research, twenty-ninth-round-accounts) score as labelled: earlier rounds' readings differ on read-backs,
 * which is for a narrowing block to settle; its session went to LEFT. The final run also asked the statute alternative to
 * start at a word (the phrases test's first-words rule): it now starts at "code" or "article".
 * Left (4): the patron's own number read back ("Thanks, 410-555-0171, before noon tomorrow.") read as a source (see Taken
 * back); the protective order whose commissioner's address comes after a colon for "the Commissioner's office" (linking
 * the two names needs the sentence's meaning); "get a free consultation with a volunteer lawyer through Maryland Volunteer
 * Lawyers Service: 410-…" (reading "get … through" as a referral would take "get the form through the website" too); the
 * number the patron typed first given back as the referral's (read as the patron's own; not of this block's changes).
 * Noticed and left alone: "I'll ask Legal Aid and they will call you, then I'll email you by Friday" is read as no follow-up
 * (v1-v37 as well); "Md. Code Ann., Real Prop. § 8-203" is split at its abbreviations, so it is not read as a citation.
 * v38's fingerprint after block G12: c9c4d8db710adabe.
 * ON v53 (block S): "You can get a free consultation with a volunteer lawyer through Maryland Volunteer Lawyers Service: 410-…"
 * reads as labelled (S26 reads the consultation with the lawyer, the one met, not "get … through") and runs, in `READ_SINCE_V53`.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** A small-claims question up to the patron's answer to the clarifying question. */
const SMALL: Line[] = [
  [0, 'p', 'how do i file in small claims court? a contractor took my deposit and never showed up'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. Which county are you in, and how much was the deposit?"],
  [50, 'p', 'baltimore county, $2400'],
];
/** An expungement question up to the patron's answer. */
const EXP: Line[] = [
  [0, 'p', 'can i get an old charge taken off my record? it was dismissed in 2015'],
  [20, 'l', 'Hello, Jo at AskUsNow! here. Was it in a Maryland District Court?'],
  [50, 'p', 'yes in towson'],
];
/** An eviction question up to the patron's answer. */
const EVICT: Line[] = [
  [0, 'p', 'i got a failure to pay rent notice from my landlord, what do i do'],
  [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Do you already have a court date?'],
  [50, 'p', 'yes the 12th'],
];
/** A Spanish question (an eviction notice) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, mi casero me dio un aviso de desalojo, que hago?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué condado vive usted?'],
  [50, 'p', 'en Montgomery'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's answer with a source at 70 s, the patron's `patron` at 100 s, the provider's `last` at 110 s. */
const ending = (base: Line[], patron: string, last: string): Line[] => [
  ...base,
  [70, 'l', 'The complaint form (DC-CV-001) is at mdcourts.gov/district/forms. Does that help?'],
  [100, 'p', patron],
  [110, 'l', last],
];

export const whole: SessionCase[] = [
  {
    name: 'small claims against a contractor: the District Court form and the Self-Help Center with its phone',
    lines: [
      [0, 'p', 'Hi, a contractor took a $2,400 deposit and never did the work. Can I take him to small claims court myself?'],
      [25, 'l', "Hi there, welcome to AskUsNow! I'm Leah, a librarian with Baltimore County Public Library. I'm sorry that happened. Is the contractor in Maryland, and do you have his business name and address?"],
      [80, 'p', 'yes hes in dundalk, i have his card'],
      [110, 'l', "Then it is a small claim (up to $5,000), and you can bring it without a lawyer. The form is the Complaint/Summons Against One Defendant (DC-CV-001) at mdcourts.gov/district/forms, and the steps are on the District Court's small claims page at mdcourts.gov/district/smallclaims. For help filling it in, call the District Court Self-Help Center at 410-260-1392; they answer weekdays 8:30 to 8. Does that answer your question?"],
      [180, 'p', "yes that's all I needed, thank you!"],
      [186, 'l', 'Good luck with it, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse provider, a speeding ticket to contest: the citation page, "Want to pay it or fight it?"',
    lines: [
      [0, 'p', 'got a speeding ticket how do i fight it'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [14, 'l', 'Want to pay it or contest it?'],
      [40, 'p', 'contest'],
      [55, 'l', 'Request a trial within 30 days: mdcourts.gov/district/trafficcitations (Traffic Citation > Request a Trial). That help?'],
      [80, 'p', 'ya'],
      [84, 'l', 'Anything else?'],
      [95, 'p', 'nah'],
      [99, 'l', 'Bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'looking up a neighbour\'s case: Maryland Judiciary Case Search by its address, "Do you have the case number?"',
    lines: [
      [0, 'p', 'how can I see if my neighbor was charged with something? he was arrested last week'],
      [30, 'l', "Hello! This is Renee at AskUsNow!, a librarian with Howard County Library System. Do you have a case number, or just his name?"],
      [70, 'p', 'just his name'],
      [95, 'l', "You can search by name in Maryland Judiciary Case Search at casesearch.courts.state.md.us; accept the disclaimer, then enter his last and first name. New cases can take a few days to show up. Is that what you were looking for?"],
      [150, 'p', 'yes thanks'],
      [156, 'l', 'Is there anything else I can help you with today?'],
      [170, 'p', 'no'],
      [175, 'l', 'Have a great day!'],
    ],
    exp: usual(),
  },
  {
    // reading: declining legal advice and going on helping is no dismissal
    name: 'expungement of a dismissed charge: "I can\'t give legal advice, but …", the People\'s Law Library and Maryland Legal Aid\'s phone',
    lines: [
      [0, 'p', 'Hello. I had a theft charge in 2015 that was dismissed but it still shows up on background checks. Can I get it removed?'],
      [35, 'l', 'Hello, and thank you for contacting AskUsNow!. My name is Denise and I am a reference librarian. Was the case in Maryland, and was it dismissed, or did you get probation before judgment?'],
      [90, 'p', 'Maryland, Anne Arundel. It was dismissed.'],
      [100, 'l', 'Thank you. Let me find the right form for you.'],
      [170, 'l', "I can't give legal advice about your case, but a dismissed charge can usually be expunged. The petition is form CC-DC-CR-072 at mdcourts.gov/courtforms, and the People's Law Library explains the steps at peoples-law.org/expungement. If you'd like a lawyer to look at it for free, call Maryland Legal Aid at 1-888-465-2468. Does this help?"],
      [240, 'p', 'Yes it does. That is everything, thank you so much.'],
      [248, 'l', "You're very welcome. Best of luck, and thank you for using AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, an eviction notice: the People\'s Law Library in Spanish and Maryland Legal Aid\'s line with its number',
    lines: [
      [0, 'p', 'hola, mi casero me dio un papel que dice que tengo que salir en 10 dias, es legal?'],
      [25, 'l', '¡Hola! Soy Marta, bibliotecaria de AskUsNow!. ¿El papel viene del tribunal, o es una carta del casero?'],
      [60, 'p', 'es carta del casero, no del tribunal'],
      [90, 'l', 'No puedo darle consejo legal, pero en Maryland el casero necesita una orden del tribunal para desalojarle. La People\'s Law Library lo explica en español en peoples-law.org/es (Vivienda > Desalojo). Para ayuda gratis, puede llamar a Maryland Legal Aid al 1-888-465-2468. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a free lawyer for a custody case: the People\'s Law Library page, "call the Lawyer Referral Service" with no number',
    lines: [
      [0, 'p', 'i need a free or cheap lawyer for custody, i cant afford one'],
      [20, 'l', 'Hi, Jo here at Ask a Librarian, Sample County Library. Which county is the custody case in?'],
      [50, 'p', 'harford'],
      [75, 'l', "The People's Law Library lists free and low-cost legal help by county at peoples-law.org/find-legal-help. You can also call the Harford County Bar Association's Lawyer Referral Service for a reduced-fee first consultation. Is that what you were looking for?"],
      [130, 'p', 'ok thanks'],
      [135, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'fail', anything: 'fail' }),
  },
  {
    // reading: a transfer of the chat to a law librarian is not a referral (Terms)
    name: 'an adult name change: transferred to a law librarian at the State Law Library, who gives the petition form',
    lines: [
      [0, 'p', 'hi, i want to change my name legally, where do i start'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is the name change for you, an adult, or for a child?'],
      [50, 'p', 'for me'],
      [56, 'l', "A law librarian at the Maryland State Law Library knows these forms well, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt wants adult name change forms, MD; law library q'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa, a law librarian at the Maryland State Law Library, here.', ROSA],
      [130, 'l', "The Petition for Change of Name (Adult), form CC-NC-001, is at mdcourts.gov/courtforms (Family > Name Change), with the instructions sheet CC-NC-INS. Did that help?", ROSA],
      [170, 'p', "yes thats exactly it, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and good luck!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'an uncontested divorce without a lawyer: the family law page, then the self-help hours to be e-mailed by tomorrow, recorded next morning',
    lines: [
      [0, 'p', 'Hi, my husband and I want a divorce and we agree on everything. Can we do it without a lawyer?'],
      [25, 'l', "Hi! I'm Grace, a librarian with Howard County Library System's Ask Us. Do you have children together, and have you been separated?"],
      [70, 'p', 'No kids. We agree on everything.'],
      [95, 'l', "Many couples do. The Maryland Courts' family law pages explain an uncontested (mutual consent) divorce step by step at mdcourts.gov/family/divorce, with the Complaint for Absolute Divorce (CC-DR-020). Is that what you were looking for?"],
      [150, 'p', 'Yes. Is there somewhere in person to get help with the forms?'],
      [165, 'l', 'Let me check the family law self-help centres near you.'],
      [260, 'l', "The Howard County circuit court's hours for family law help have changed this month and the page isn't updated. I'll check with them and e-mail you the hours by tomorrow afternoon. What's the best e-mail for you?"],
      [300, 'p', 'dana.m@example.net'],
      [310, 'l', "Thanks, I'll send it to dana.m@example.net by tomorrow afternoon. Anything else for today?"],
      [340, 'p', "no that's all, thanks!"],
      [346, 'l', "You're welcome, talk soon. Bye for now!"],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'dana.m@example.net', phone: null }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'sent family law self-help hours' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'a jury summons while away at college: the patron gone after the question, Lost Call; check-in and disconnect notice',
    lines: [
      [0, 'p', "i got a jury summons but i'm at college out of state, how do i get excused"],
      [20, 'l', "Hi, I'm Dev at Ask Us, Prince George's County Memorial Library System. Which county is the summons from?"],
      [170, 'l', 'Are you still there?'],
      [290, 'l', "It looks like you've disconnected, so I'll end the chat now. Please chat with us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: the provider's own library's branch, told to call it, is a referral (Terms)
    name: 'a notarised affidavit: the library\'s own notary at the Towson branch, with the branch\'s phone',
    lines: [
      [0, 'p', 'i need an affidavit notarized for court. does the library do that?'],
      [20, 'l', 'Hello! Jo at Baltimore County Public Library\'s Ask Us. Is the affidavit already written and signed, or do you still need the form?'],
      [50, 'p', 'its written, not signed yet'],
      [70, 'l', "Good, don't sign it until you're in front of the notary. Our Towson branch has a free notary on weekdays by appointment: call the branch at 410-887-6166 to book. Bring a photo ID. Does that help?"],
      [110, 'p', 'yes perfect thats all i needed'],
      [116, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an angry patron over a traffic ticket: "I have other chats waiting, so I\'m closing this one" with no way back',
    lines: [
      [0, 'p', 'i got a red light camera ticket and it wasnt even me driving'],
      [20, 'l', 'Hi, Kay at AskUsNow!. Was the camera in Baltimore City or a county?'],
      [45, 'p', 'city'],
      [65, 'l', 'You can contest it by requesting a hearing on the back of the notice, or online at mdcourts.gov/district/trafficcitations. Does that help?'],
      [100, 'p', 'thats useless. just tell me if i will win or not, you people never help'],
      [115, 'l', "I can't give legal advice, and I have other chats waiting, so I'm closing this chat now."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'chat-speak, the small claims fee from memory: an answer, no source named',
    lines: [
      [0, 'p', 'hw much does it cost 2 file small claims in md'],
      [20, 'l', "Hi, I'm Joan at Ask Us, Baltimore County Public Library. How much are you suing for?"],
      [50, 'p', 'like 3k'],
      [70, 'l', 'For claims up to $5,000 the District Court filing fee is $39, plus about $5 a defendant to serve by certified mail. Did that help?'],
      [110, 'p', 'ya thx'],
      [115, 'l', 'Is there anything else I can help you with?'],
      [130, 'p', 'nope'],
      [135, 'l', 'Good luck, goodbye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    name: 'the county law library\'s hours: a hold, then 200 s of silence; the law library with its phone',
    lines: [
      [0, 'p', 'when is the law library at the annapolis courthouse open'],
      [20, 'l', 'Hello, Tom at Ask Us here. Do you mean the Anne Arundel County Circuit Court law library?'],
      [45, 'p', 'yes'],
      [55, 'l', 'One moment, let me look that up.'],
      [255, 'l', "The Anne Arundel County Public Law Library in the circuit court building is open weekdays 8:30 to 4:30; call them at 410-222-1387 to check holiday hours. Is that what you were looking for?"],
      [290, 'p', 'yes thats all i needed'],
      [296, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'late pickup with "hi how can i help?" and no name: the security deposit statute with its address',
    lines: [
      [0, 'p', 'my landlord kept my whole deposit. is there a law about how long he has to return it?'],
      [95, 'l', 'hi how can i help?'],
      [110, 'p', 'see above lol'],
      [120, 'l', 'Sorry! Are you in Maryland?'],
      [140, 'p', 'yes'],
      [165, 'l', 'The rule is in the Maryland Code, Real Property § 8-203 (at mgaleg.maryland.gov, Laws > Statutes Text): the landlord has 45 days after you move out to return it with interest. Does that answer your question?'],
      [200, 'p', 'yes that is all, thx'],
      [205, 'l', 'Take care!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'answering an eviction complaint, four other chats open: concurrency fails',
    lines: [
      ...EVICT,
      [70, 'l', "The People's Law Library's page on failure to pay rent cases explains what to bring to court: peoples-law.org/failure-pay-rent. Does that help?"],
      [110, 'p', 'yes, no more questions'],
      [116, 'l', 'Good luck on the 12th, bye!'],
    ],
    ctx: { otherIntervals: [other('c1a', 'jo', -100, 400), other('c1b', 'jo', -50, 400), other('c1c', 'jo', 0, 400), other('c1d', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'a 1998 court file: "I\'ll look into it and get back to you" with no time and the code left Answered',
    lines: [
      [0, 'p', 'how do i get a copy of my dads 1998 court case file, it was in baltimore city circuit court'],
      [20, 'l', 'Hello, I\'m Tom, a librarian at Ask Us. Do you know the case number or the year it ended?'],
      [55, 'p', 'only the year, 1998'],
      [75, 'l', 'Case Search at casesearch.courts.state.md.us may not go back that far for circuit cases. Does that help so far?'],
      [120, 'p', 'not really, it isnt there'],
      [130, 'l', "I'll look into whether the old files went to the Maryland State Archives and get back to you. Can I have your e-mail?"],
      [160, 'p', 'mreed@example.org'],
      [170, 'l', 'Got it. Thanks for your patience, bye for now!'],
    ],
    over: { patron: { name: null, email: 'mreed@example.org', phone: null } },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: the law librarian consulted on the patron's behalf is no referral; "someone from your library will contact
    // you" is a follow-up session (Terms)
    name: 'a will question passed to the patron\'s library: "someone from your library will contact you within two days" at a repeated e-mail',
    lines: [
      [0, 'p', 'where can i find a simple will form for maryland'],
      [20, 'l', 'Hi, Jo at AskUsNow! here. Which library do you usually use?'],
      [50, 'p', 'frederick county'],
      [70, 'l', "The Maryland Courts don't publish a will form, but the People's Law Library explains what a valid Maryland will needs at peoples-law.org/wills. Does that help?"],
      [110, 'p', 'sort of, i wanted actual books with forms'],
      [120, 'l', "I'll pass your question to Frederick County Public Libraries; someone from your library will contact you within two days. Is ana.p@example.com still the best e-mail?"],
      [150, 'p', 'yes'],
      [156, 'l', 'Great. Anything else?'],
      [170, 'p', 'no thank you'],
      [175, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: 'ana.p@example.com', phone: null }, followUps: [{ doneAt: at(30 * HOUR), by: 'fcpl', note: 'sent will form books list' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'scripted provider, a small claims judgment not paid: canned opening, the Request for Garnishment form and the Self-Help Center\'s phone',
    lines: [
      [0, 'p', 'I won in small claims but he still hasnt paid me. What now?'],
      [5, 'l', "Thank you for contacting AskUsNow!, Maryland's online reference service. A librarian will be with you shortly."],
      [40, 'l', 'Hello, my name is Kim. I am reviewing your question now.'],
      [55, 'l', 'So the court gave you a judgment and the defendant has not paid it, is that right?'],
      [80, 'p', 'yes right'],
      [100, 'l', "You can ask the court to garnish his wages with the Request for Garnishment of Wages (DC-CV-065) at mdcourts.gov/district/forms. The District Court's page \"After Judgment\" at mdcourts.gov/district/afterjudgment explains the options, and the District Court Self-Help Center (410-260-1392) can walk you through them. Does this completely answer your question?"],
      [160, 'p', 'yes it does'],
      [166, 'l', 'Is there anything else I can help you with today?'],
      [180, 'p', 'no'],
      [185, 'l', 'Thank you for using AskUsNow!. Goodbye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a landlord\'s court papers, the patron leaves early: "that\'s all I needed" before the provider asks',
    lines: [
      ...EVICT,
      [70, 'l', "So you need to know what to do before your rent court date on the 12th? The People's Law Library page peoples-law.org/failure-pay-rent explains it. Does that help?"],
      [100, 'p', 'yes thats all i needed, gotta go to work'],
      [106, 'l', 'Good luck on the 12th, thanks for chatting!'],
    ],
    exp: usual(),
  },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  {
    name: 'a tenant\'s court papers, the patron gone after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'my landlord filed against me in rent court, can they evict me before the trial'],
      [20, 'l', "Hello, this is Chris, a librarian with Montgomery County Public Libraries' Ask Us service. Is the trial date already on the summons?"],
      [55, 'p', 'yes next tuesday'],
      [80, 'l', "No: the landlord can't put you out before the judge rules and a warrant of restitution is issued. The People's Law Library explains each step at peoples-law.org/failure-pay-rent. Does that help?"],
      [220, 'l', 'Are you still with me?'],
      [330, 'l', "It looks like we've been disconnected, so I'll close this chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- (fixes) a legal-help party's service, its staff who will call, statutes by article and section, case databases --
  {
    name: '(fix) an eviction for a repair dispute: the Real Property Article, § 8-211, and "Maryland Legal Aid may be able to represent you" with its number',
    lines: [
      [0, 'p', 'my landlord wont fix the heat so i stopped paying rent and now he says hes evicting me'],
      [25, 'l', "Hi! I'm Priya, a librarian at Ask Us (Enoch Pratt Free Library). I'm sorry, that sounds stressful. Has he filed anything in court yet, or is it only a letter?"],
      [60, 'p', 'just a letter so far'],
      [90, 'l', "I can't give legal advice, but Maryland's rent escrow law lets tenants pay rent into the court instead of to the landlord when serious repairs aren't made: it is the Real Property Article, § 8-211. Maryland Legal Aid may be able to represent you if he does file; their number is 1-888-465-2468. Does that answer your question?"],
      [150, 'p', 'yes thank you, thats all i needed'],
      [156, 'l', 'Good luck, and thanks for chatting with us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral ------------------------------------------------------------------------------------------------------
  { name: '"Contact the Circuit Court\'s Family Law Self-Help Center for help with the forms" with no contact: referral fails', lines: then(SMALL, "The forms are at mdcourts.gov/courtforms. Contact the Circuit Court's Family Law Self-Help Center for help with them. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"call the District Court Self-Help Center at 410-260-1392" : referral passes', lines: then(SMALL, 'For help filling in the complaint, call the District Court Self-Help Center at 410-260-1392. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"the University of Baltimore\'s law clinic … call 410-837-5706" : referral passes', lines: then(EVICT, "The University of Baltimore School of Law's clinic takes some tenant cases; call them at 410-837-5706. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Ask the clerk at the courthouse for the fee waiver form" with no contact: referral fails', lines: then(SMALL, 'If you cannot pay the $39, ask the clerk at the courthouse for the fee waiver form. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The Bar Association of Baltimore City\'s Lawyer Referral Service … 410-539-3112" : referral passes', lines: then(EVICT, "The Bar Association of Baltimore City's Lawyer Referral Service can match you with a lawyer for a $35 first consultation: 410-539-3112. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"visit the State Law Library at 361 Rowe Blvd, Annapolis" : referral passes', lines: then(EXP, 'The older Maryland Reports are at the State Law Library; visit them at 361 Rowe Blvd, Annapolis, MD 21401. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "Llame al Centro de Autoayuda del Tribunal de Distrito" with no number: referral fails', lines: thenEs('Llame al Centro de Autoayuda del Tribunal de Distrito para que le ayuden con la respuesta. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "Llame al Centro de Autoayuda … al 410-260-1392" : referral passes', lines: thenEs('Llame al Centro de Autoayuda del Tribunal de Distrito al 410-260-1392 para que le ayuden con la respuesta. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: a party said to be able to do the thing for the patron points the patron to it (a referral), as G8's reading
  { name: '"Your county\'s circuit court law library can help you find the forms" with no contact: referral fails', lines: then(SMALL, "Your county's circuit court law library can help you find the forms and the rules. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"The forms are on the People\'s Law Library site at peoples-law.org" : a source, no referral', lines: then(SMALL, "The forms and a step-by-step guide are on the People's Law Library site at peoples-law.org/small-claims. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Maryland Legal Aid (1-888-465-2468) may be able to represent you" : referral passes', lines: then(EVICT, 'Maryland Legal Aid (1-888-465-2468) may be able to represent you at the hearing; call before the 12th. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Talk to a lawyer before you sign anything" (no party named): referral fails', lines: then(EVICT, 'Talk to a lawyer before you sign anything the landlord gives you. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- source --------------------------------------------------------------------------------------------------------
  { name: 'the form by number and address: source passes', lines: then(SMALL, 'Use the Complaint/Summons Against One Defendant (DC-CV-001) at mdcourts.gov/district/forms. Does that help?'), exp: some({ source: 'pass' }) },
  // reading: a database named is a named resource, without its address
  { name: '"search Maryland Judiciary Case Search by his name" (a database named): source passes', lines: then(EXP, 'You can look the case up yourself in Maryland Judiciary Case Search by your name and date of birth. Does that help?'), exp: some({ source: 'pass' }) },
  // reading: a statute by its citation is a named publication the patron can read (a named resource)
  { name: 'a statute by its citation, "Maryland Code, Criminal Procedure § 10-105" : source passes', lines: then(EXP, 'Dismissed charges can be expunged under the Maryland Code, Criminal Procedure § 10-105. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Check the court\'s website for the forms" (no address): source fails', lines: then(SMALL, "Check the court's website for the forms. Good luck!"), exp: some({ source: 'fail' }) },
  { name: '"just google maryland expungement" : source fails', lines: then(EXP, 'just google maryland expungement, its all there. Good luck!'), exp: some({ source: 'fail' }) },
  // ---- dismissal -----------------------------------------------------------------------------------------------------
  { name: '"I can\'t give legal advice, sorry. Bye." (a policy refusal): dismissal passes', lines: ending(EVICT, 'but can he change the locks on me before the court date?', "I can't give legal advice, sorry. Bye."), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: '"I\'m not able to give legal advice, but the Self-Help Center can: 410-260-1392" : dismissal passes, referral passes', lines: ending(EVICT, 'but can he change the locks on me?', "I'm not able to give legal advice, but the District Court Self-Help Center can: 410-260-1392. Good luck!"), exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: '"I\'ve spent enough time on this one, I need to end the chat now" : dismissal fails', lines: ending(SMALL, 'what if he doesnt show up to court, and can i get interest', "I've spent enough time on this one, I need to end the chat now."), exp: some({ dismissal: 'fail' }) },
  { name: '"we only answer one legal question per chat. Goodbye." : dismissal fails', lines: ending(SMALL, 'also how do i serve him and what if he moved', "That's a second question, and we only answer one legal question per chat. Goodbye."), exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"We close in five minutes … chat with us again tomorrow" : dismissal passes', lines: ending(SMALL, 'also how do i serve him and what if he moved', "We close in five minutes, so I can't look into service now, but please chat with us again tomorrow from 9 and we'll go through it. Thanks!"), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'Spanish, "Ya hizo demasiadas preguntas, tengo que cerrar el chat." : dismissal fails', lines: [...ES, [70, 'l', 'La guía está en peoples-law.org/es. ¿Le sirve?'], [100, 'p', 'si, y tambien como pido mas tiempo y si me pueden quitar mis cosas'], [110, 'l', 'Ya hizo demasiadas preguntas, tengo que cerrar el chat.']], exp: some({ dismissal: 'fail' }) },
  // ---- follow-up -----------------------------------------------------------------------------------------------------
  { name: '"The court will mail you a trial date" : no follow-up', lines: then(SMALL, 'Once you file at mdcourts.gov/district/forms, the court will mail you a trial date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // reading: an outside agency who will call the patron is no promise of the provider's (G8's reading)
  { name: '"Legal Aid will call you back within two business days" : no follow-up', lines: then(EVICT, 'Apply by phone at 1-888-465-2468; Legal Aid will call you back within two business days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the commissioner will send you a copy of the interim order" : no follow-up', lines: then(EVICT, 'After the hearing the commissioner will send you a copy of the interim order. See mdcourts.gov/courtforms. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"I\'ll e-mail you the law library\'s list of tenant books by Friday", the e-mail repeated: contact passes', lines: [...EVICT, [70, 'l', "I'll e-mail you the law library's list of landlord-tenant books by Friday. What's your e-mail?"], [100, 'p', 'tenant@example.com'], [110, 'l', 'Thanks, tenant@example.com, by Friday then. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'tenant@example.com', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll call you back tomorrow with the clinic\'s hours", phone repeated: contact passes', lines: [...SMALL, [70, 'l', "I'll call you back tomorrow morning with the law clinic's intake hours. Is 410-555-0148 the best number?"], [100, 'p', 'yes'], [110, 'l', 'Great, talk to you tomorrow. Bye!']], over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0148' } }, exp: some({ contact: 'pass', code: 'pass' }) },
  // ---- clarify -------------------------------------------------------------------------------------------------------
  { name: 'restating: "So you need to answer the complaint before your trial date?" : clarify passes', lines: [[0, 'p', 'got court papers from my landlord'], [15, 'l', 'Hi, Jo at Ask Us. So you need to respond to a rent complaint before your trial date?'], [40, 'p', 'yes'], [50, 'l', 'peoples-law.org/failure-pay-rent explains it. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the question in the message that gives the form: clarify fails', lines: [[0, 'p', 'need the small claims form'], [15, 'l', 'Hi, Jo at Ask Us. It is DC-CV-001 at mdcourts.gov/district/forms. How many defendants are there?'], [40, 'p', 'one'], [50, 'l', 'Then that one is right. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'Spanish, "¿Tiene el número del caso?" before Case Search: clarify passes', lines: [[0, 'p', 'como busco mi caso en la corte'], [15, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Tiene el número del caso?'], [40, 'p', 'no'], [50, 'l', 'Puede buscar por nombre en casesearch.courts.state.md.us. ¿Le sirve?'], [80, 'p', 'gracias'], [85, 'l', '¡Adiós!']], exp: some({ clarify: 'pass', complete: 'pass' }) },
  // ---- completeness --------------------------------------------------------------------------------------------------
  { name: '"Does that give you what you need to file?" : completeness passes', lines: then(SMALL, 'The form is DC-CV-001 at mdcourts.gov/district/forms. Does that give you what you need to file?'), exp: some({ complete: 'pass' }) },
  { name: '"Would you like the form in Spanish too?" (not yet given): completeness fails', lines: then(SMALL, 'The form is DC-CV-001 at mdcourts.gov/district/forms. Would you like the form in Spanish too?'), exp: some({ complete: 'fail' }) },
  // ---- anything else -------------------------------------------------------------------------------------------------
  { name: 'the patron\'s "that\'s all I needed to know" : anything else passes', lines: ending(EXP, "that's all I needed to know, thanks", 'Good luck, bye!'), exp: some({ anything: 'pass' }) },
  { name: 'the patron\'s "ok cool thx" : anything else fails', lines: ending(EXP, 'ok cool thx', 'Bye!'), exp: some({ anything: 'fail' }) },
  { name: '"Any other questions about your case?" : anything else passes', lines: [...ending(EXP, 'yes', 'Any other questions?'), [130, 'p', 'no'], [135, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  // ---- courteous -----------------------------------------------------------------------------------------------------
  { name: '"Best of luck at the hearing, and thanks for using Ask Us!" : courteous passes', lines: ending(EVICT, 'ok', 'Best of luck at the hearing, and thanks for using Ask Us!'), exp: some({ courteous: 'pass' }) },
  { name: 'the last message a bare answer: courteous fails', lines: [...EVICT, [70, 'l', 'peoples-law.org/failure-pay-rent explains it. Does that help?'], [100, 'p', 'what time does court open'], [110, 'l', 'The District Court opens at 8:30.']], exp: some({ courteous: 'fail' }) },
  // ---- (second batch, written and labelled after the first run, before running it) ------------------------------------
  { name: '"call the Maryland Courts Help Center at 410-260-1392 (weekdays 8:30 to 8)" : referral passes', lines: then(SMALL, 'You can also call the Maryland Courts Help Center at 410-260-1392, weekdays 8:30 to 8. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // reading: a party said to be able to do the thing for the patron is a referral
  { name: '"The court\'s interpreter office can arrange a Spanish interpreter" with no contact: referral fails', lines: then(EVICT, "The court's interpreter office can arrange a Spanish interpreter for the hearing; ask at least 30 days before. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"The public defender\'s office may be able to represent you; call 410-333-4900" : referral passes', lines: then(EXP, "The public defender's office may be able to represent you; call 410-333-4900. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Family Law Article, § 7-103 lists the grounds" : source passes', lines: then(SMALL, 'The grounds for an absolute divorce are listed in the Family Law Article, § 7-103. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"search CourtListener by the party\'s name" : source passes', lines: then(EXP, "For the federal case, search CourtListener by the party's name. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"The court commissioner will call you if the petition is approved" : no follow-up', lines: then(EVICT, 'The petition form is at mdcourts.gov/courtforms; the court commissioner will call you if it needs more information. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the sheriff\'s office will contact you to serve the papers" : no follow-up', lines: then(SMALL, "The form is at mdcourts.gov/district/forms; if you choose sheriff service, the sheriff's office will contact you about serving the papers. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "Maryland Legal Aid le llamará en dos días" : no follow-up', lines: thenEs('Llame al 1-888-465-2468 para pedir ayuda; después Maryland Legal Aid le llamará en dos días. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // reading: a refusal under policy that ends the chat is not the provider's convenience (fifteenth round's reading)
  { name: '"This is a legal question and we don\'t answer those. Bye." : dismissal passes', lines: ending(EVICT, 'can he take my stuff out of the apartment?', "This is a legal question and we don't answer those. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: '"I can only give you 10 minutes per chat, and your time is up" : dismissal fails', lines: ending(EVICT, 'can he take my stuff out of the apartment?', 'Sorry, I can only give you 10 minutes per chat, and your time is up.'), exp: some({ dismissal: 'fail' }) },
  { name: '"Does that cover what you need for the hearing?" : completeness passes', lines: then(EVICT, 'peoples-law.org/failure-pay-rent lists what to bring. Does that cover what you need for the hearing?'), exp: some({ complete: 'pass' }) },
  { name: '"Is this a renter\'s case or a homeowner\'s?" before the source: clarify passes', lines: [[0, 'p', 'foreclosure or eviction help'], [15, 'l', "Hi, Jo at Ask Us. Is this a renter's case or a homeowner's?"], [40, 'p', 'renter'], [50, 'l', 'peoples-law.org/eviction explains it. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the patron\'s "no more questions, thank you so much" : anything else passes', lines: ending(SMALL, 'no more questions, thank you so much', 'You are welcome, bye!'), exp: some({ anything: 'pass' }) },
  // ---- (fixes) ------------------------------------------------------------------------------------------------------
  { name: '(fix) "the Lawyer Referral Service can match you with a lawyer" with no contact: referral fails', lines: then(EVICT, "The county bar's Lawyer Referral Service can match you with a lawyer for a reduced first fee. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '(fix) "the law school clinic may take on your case; call 410-706-3295" : referral passes', lines: then(EVICT, 'The University of Maryland law school clinic may take on your case; call 410-706-3295. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '(fix) "an intake worker will contact you within a week" : no follow-up', lines: then(EVICT, 'Apply at mdlab.org/apply; an intake worker will contact you within a week. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "COMAR 10.09.24.05 sets the rule" : source passes', lines: then(EXP, 'The rule is in COMAR 10.09.24.05. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) "the court\'s interpreter office can arrange a Spanish interpreter" with its e-mail: referral passes', lines: then(EVICT, "The court's interpreter office can arrange a Spanish interpreter for the hearing: interpreter@mdcourts.gov. Does that help?"), exp: some({ referral: 'pass' }) },
  // a referral's contact beside the patron's own, or the number the patron asked about given as the referral's
  { name: '"call the Self-Help Center at 410-260-1392, and I\'ll call you at 410-555-0171 tomorrow" : a source', lines: [...SMALL, [70, 'l', 'What number should I call you back on tomorrow?'], [90, 'p', '410-555-0171'], [100, 'l', "Call the Self-Help Center at 410-260-1392 today, and I'll call you at 410-555-0171 tomorrow morning. Bye!"]], over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0171' } }, exp: some({ source: 'pass' }) },
  { name: 'the patron asks "is 410-260-1392 the self-help center?" and is told to call it: a source', lines: [...SMALL, [70, 'l', 'Happy to check.'], [80, 'p', 'is 410-260-1392 the self help center number?'], [95, 'l', 'Yes, call the District Court Self-Help Center at 410-260-1392, weekdays 8:30 to 8. Bye!']], exp: some({ source: 'pass' }) },
  { name: 'the patron\'s e-mail read back for a follow-up, nothing else given: source fails', lines: [...EXP, [70, 'l', "I'll find out whether 2015 records are online yet and e-mail you by Friday. What's your e-mail?"], [100, 'p', 'sam.k@example.com'], [110, 'l', 'Thanks, sam.k@example.com, by Friday. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'sam.k@example.com', phone: null } }, exp: some({ source: 'fail', contact: 'pass', code: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // a class of people, or something other than the patron, as the object
  { name: 'near miss: "Legal Aid can represent tenants only in Baltimore City" : no referral', lines: then(EVICT, 'Legal Aid can represent tenants only in Baltimore City, see mdlab.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The clerk can match your payment with the case number" : no referral', lines: then(SMALL, 'The clerk can match your payment with the case number, see mdcourts.gov/district/forms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The website can match you with a lawyer" : no referral', lines: then(EVICT, 'The website can match you with a lawyer. Does that help?'), exp: some({ referral: 'na' }) },
  // the provider's own promise beside, or the library's own clinic: still a follow-up
  { name: 'near miss: "Legal Aid will call you back, and I\'ll e-mail you the forms by tomorrow" : a follow-up', lines: then(EVICT, "Legal Aid will call you back, and I'll e-mail you the forms by tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our law clinic will call you on Monday with a time" : a follow-up', lines: then(EVICT, 'Our law clinic will call you on Monday with a time. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // a section sign not in a state code or a named article
  { name: 'near miss: "the library\'s Code of Conduct § 3" : no source', lines: then(SMALL, "Per the library's Code of Conduct § 3, we can't help with that. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "see article § 4 of your lease" : no source', lines: then(EVICT, 'see article § 4 of your lease for the notice rule. Good luck!'), exp: some({ source: 'fail' }) },
  // the case database said not to have it, or a case search that is no database
  { name: 'near miss: "Judiciary Case Search doesn\'t show sealed cases" : no source', lines: then(EXP, "Sorry, the Maryland Judiciary Case Search doesn't show sealed cases. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "I searched Judiciary Case Search and it isn\'t there" : no source', lines: then(EXP, "I searched Judiciary Case Search and it isn't there. Good luck!"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "do a case search on Google" : no source', lines: then(EXP, 'Do a case search on Google with your name. Good luck!'), exp: some({ source: 'fail' }) },
  // "arrange" with no interpreter or accommodation, or the provider as the subject
  { name: 'near miss: "The clerk can arrange the files by date" : no referral', lines: then(SMALL, 'The clerk can arrange the files by date if you ask, see mdcourts.gov/district/forms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I can arrange an interpreter for our next chat" : no referral', lines: then(ES, 'I can arrange an interpreter for our next chat; the guide is at peoples-law.org/es. Does that help?'), exp: some({ referral: 'na' }) },
  // Spanish: the provider's own promise beside
  { name: 'near miss: "Legal Aid le llamará, y yo le escribiré mañana" : a follow-up', lines: thenEs('Maryland Legal Aid le llamará, y yo le escribiré mañana con los formularios. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (not of this block's changes): the number the patron typed first, given back as the referral's, is read as the
  // patron's own: the referral to the Self-Help Center is read without a contact
  { name: 'the patron asks "is 410-260-1392 the self-help center?" and is told to call it: referral passes', lines: [...SMALL, [70, 'l', 'Happy to check.'], [80, 'p', 'is 410-260-1392 the self help center number?'], [95, 'l', 'Yes, call the District Court Self-Help Center at 410-260-1392, weekdays 8:30 to 8. Bye!']], exp: some({ referral: 'pass' }) },
  {
    // my first label was clarify pass: "please call 911" is a phone contact for a referral (a source) in the message that asks
    // "Are you safe right now?", so the question is not before the first source
    // LEFT: the contact comes after a colon in the next clause, for "the Commissioner's office" (the same party by another
    // name): linking the two needs the sentence's meaning
    name: 'a protective order, a frightened patron: "Are you safe right now?", the commissioner\'s office by its address, House of Ruth\'s hotline',
    lines: [
      [0, 'p', 'how do i get a protective order against my ex. he keeps showing up'],
      [20, 'l', "Hi, I'm Nia, a librarian at Ask Us. I'm so sorry. Are you safe right now? If you are in danger, please call 911."],
      [50, 'p', 'im safe right now, hes gone, but i dont know what to do'],
      [60, 'l', 'One moment while I get you the details.'],
      [130, 'l', "When the courts are closed you can file a petition with a District Court Commissioner, open 24 hours: in Baltimore City go to the Commissioner's office at 1400 E North Ave, Baltimore, MD 21213. The petition form (CC-DC-DV-001) is at mdcourts.gov/courtforms. House of Ruth Maryland's 24-hour hotline, 410-889-7884, can help you through it and plan for safety. Does this help?"],
      [190, 'p', 'yes thank you'],
      [195, 'l', 'Is there anything else I can do for you right now?'],
      [215, 'p', 'no i have to go'],
      [220, 'l', 'Please stay safe. Thank you for reaching out, and come back anytime.'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
];

/** Cases once in `LEFT` that rubric v48 reads as labelled (block N: `forty-ninth-round-n-checked`). */
export const READ_SINCE_V48: SessionCase[] = [
  {
    // LEFT: the patron's own number read back ("Thanks, 410-555-0171, before noon tomorrow.") is read as a source; a fix
    // (`readBackG12`, no source from a sentence whose contacts the patron all wrote earlier) changed earlier rounds' labels (header)
    // and was taken back
    name: 'the law library\'s answer promised by phone tomorrow before noon, recorded 80 hours later: on time fails',
    lines: [
      [0, 'p', 'Do you have the 1985 Maryland Code volumes? I need the old version of a statute'],
      [20, 'l', "Hi, I'm Jo at Ask a Librarian. Which title or article of the Code?"],
      [50, 'p', 'Family Law, the custody part'],
      [70, 'l', "We don't keep superseded volumes, but the Maryland State Law Library does. Let me check with them and call you tomorrow before noon. What number should I use?"],
      [100, 'p', '410-555-0171'],
      [110, 'l', 'Thanks, 410-555-0171, before noon tomorrow. Anything else?'],
      [130, 'p', 'no thats all'],
      [136, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0171' }, followUps: [{ doneAt: at(80 * HOUR), by: 'jo', note: 'called with the law library answer' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
];

/** Cases once in `LEFT` that rubric v53 reads as labelled (block S: S26's "a consultation with a volunteer lawyer"). */
export const READ_SINCE_V53: SessionCase[] = [
  // LEFT until v53: "get a consultation with a volunteer lawyer through X" names the party as the way to a service; reading "get …
  // through" as a referral would take "get the form through the website" too. v53's S26 reads the consultation with the lawyer
  // (the one met), not "get … through"
  { name: '"a free 30-minute consult … through Maryland Volunteer Lawyers Service: 410-547-6537" : referral passes', lines: then(EVICT, 'You can get a free consultation with a volunteer lawyer through Maryland Volunteer Lawyers Service: 410-547-6537. Does that help?'), exp: some({ referral: 'pass' }) },
];

describe('thirty-seventh round (G12): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-seventh round (G12): courts and legal self-help, every check', whole);
describeSessions('thirty-seventh round (G12): courts and legal self-help, short cases', short);
describeSessions('thirty-seventh round (G12): courts and legal self-help, near misses of the changes', guards);

describeSessions('thirty-seventh-round-courts: once left, read as labelled since v48', READ_SINCE_V48);
describeSessions('thirty-seventh-round-courts: once left, read as labelled since v53', READ_SINCE_V53);

describeLeft('thirty-seventh-round-courts', LEFT);
