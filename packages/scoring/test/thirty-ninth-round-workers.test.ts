/**
 * Thirty-ninth round, area (G18): UNEMPLOYMENT, WAGES AND WORKERS' RIGHTS. Filing and certifying an unemployment claim (Maryland's
 * BEACON portal, weekly certifications, work-search logs, a claim pending or on hold, the claim center's phone lines that are
 * always busy, appeals to the Lower Appeals Division on Eutaw Street and hearings), unpaid wages (the labor department's
 * Employment Standards Service, the federal Wage and Hour Division, small claims court), workplace safety (OSHA),
 * discrimination (the EEOC, the Maryland Commission on Civil Rights), workers' compensation, union questions (stewards,
 * grievances, the NLRB), severance and COBRA, final paychecks, non-competes, and the library's own Job Centre, career center
 * and résumé help; every check in the whole sessions.
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, furious, anxious, terse, warm and scripted
 * English and in Spanish, inside the area and beside it:
 *  referral WITH a contact: "call the Division of Unemployment Insurance at 667-…", "Call the claim center at …", "file a wage
 *   claim with … at labor.maryland.gov/… or 410-…", "file a complaint with OSHA online at … or by calling 1-800-…", "file a
 *   charge with the EEOC at publicportal.eeoc.gov or call them at …", "write to the Lower Appeals Division at 1100 N. Eutaw
 *   Street, Room 511", "stop by the Job Centre at our Central Library … or call them at 410-…", "visit the American Job Center
 *   at 1100 N. Eutaw St.", "Reach out to the EEOC at …", "def call the wage & hour office at …" (chat-speak), "I can't give
 *   legal advice, but … Legal Aid's workers' rights line at 1-888-… can look at your agreement", "the Lawyer Referral Service
 *   at … can find you an employment lawyer", "You have the right to file a claim with the … Commission at … or 410-…", "You
 *   have every right to call the Wage and Hour Division at …", "You're allowed to bring a lawyer, or ask Legal Aid at … to come",
 *   "You're entitled to ask the Lower Appeals Division for a postponement at …", "Legal Aid can refer you to an employment
 *   lawyer; call them at …", "CASA's workers' center at … may be able to get you a free lawyer"; Spanish "presentar un
 *   reclamo de salario ante el Departamento de Trabajo … o llamar al …", "Llame a la oficina de desempleo al …", "Usted tiene
 *   derecho a presentar una queja ante el Departamento de Trabajo al …";
 *  referral WITHOUT one: "Contact your state's unemployment office", "go to the office on Eutaw Street downtown" (a street, no
 *   address), "Talk to your union rep", "Have a word with your union steward" (British), "Call OSHA", "Ask HR in writing",
 *   "The Lawyer Referral Service can find you a lawyer", "You have the right to file a claim with the … Commission",
 *   "Comuníquese con el Departamento de Trabajo";
 *  sources: BEACON's and the labor department's pages, osha.gov, dol.gov's COBRA guide and elaws Advisor, mwejobs.maryland.gov,
 *   labor.maryland.gov/espanol; labor law cited: "29 U.S.C. § 207", "Cal. Lab. Code § 203", "Maryland Code, Labor and
 *   Employment Article, § 3-502", "Md. Code, Lab. & Empl. § 3-505", "Labor & Employment § 3-507.2", "Md. Code Ann., Lab. &
 *   Empl. § 8-1005", "Cts. & Jud. Proc. § 5-101", "Lab. and Empl. § 9-736"; none: "Check the state's unemployment website";
 *  other parties' calls and letters (no promise of the provider's): "the Employment Standards Service will contact you",
 *   "the EEOC will contact you to schedule an interview", "The Lower Appeals Division will mail you a hearing notice", "The plan
 *   administrator will mail you an election notice", "The unemployment office will mail you a determination letter", "a
 *   claims agent will call you within 10 business days", "an adjudicator will call you for a fact-finding interview", "the
 *   Wage and Hour Division will contact you", "your employer should mail you your W-2", "an OSHA inspector may call you", "the
 *   hearing officer will send you a notice", "your union will get back to you", "a union rep will be in touch with you", "the
 *   OSHA inspector will get in touch with you", "the claims center will txt u a code", "the employment tribunal will write to
 *   you", "the labor commissioner's office will notify you", "the insurance adjuster should call you", "el Departamento de
 *   Trabajo le enviará una carta", "la oficina de desempleo lo va a llamar"; the provider's or the library's own (a promise):
 *   "I'll check … and e-mail you … by tomorrow afternoon", "Our Job Centre staff will call you tomorrow", "Our career center
 *   staff will email you …", "Someone from the library's Job Centre will call you", "Our workforce team will call you Monday",
 *   "The library's job coach will email you …", "Our employment mediators will call you", "The adjudicator will call you, and
 *   I'll email you …", "I'll call the claims center for you and get back to you tomorrow";
 *  dismissals and honest limits: "I've given you the wage claim link and I have other patrons, so I'm done with this one",
 *   "I've got other chats, so I'm done here", "I've got several other people to help, so that's it for me", "You've used up
 *   your chat time for today", "That's too many questions for one chat"; allowed: "Several other patrons are waiting … but
 *   please come back this evening", "I have other patrons, so I need to go, but come back anytime", "I can't give legal
 *   advice, but …"; near misses: "I have other patrons who ask about BEACON too", "I have other patrons in the same boat, and
 *   I'm done being surprised by BEACON's delays!", "I have other chats, so I'm done with the first part";
 *  completeness ("Does that cover what you need for the appeal?", "Does that answer your COBRA question?", "Is that the form
 *   you were after?", "¿Con esto queda resuelta su duda?", "Does that clear up how certifying works?"; not "Would a sample
 *   appeal letter help?"), the patron's own "that covers everything", clarifying questions about the state, the payday, the
 *   determination's date, a hold, a transfer to the job-centre librarian, a slow pickup and four chats at once, an idle patron.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room:
 * - outside offices, agencies, employers, unions, plan administrators, insurers, adjudicators, hearing officers and tribunals
 *   who will call, write to or send something to the patron make no promise of the provider's (G8's, G12's and G15's reading
 *   of outside parties); the library's own Job Centre, career center, workforce team, job coach or mediators are "someone from
 *   your library" (a promise);
 * - the library's Job Centre, told to be visited or called, is one of the provider's own library's departments: a referral;
 * - "the office on Eutaw Street" gives a street, not a postal address: no way to reach the party; "1100 N. Eutaw St." is one;
 * - a State's or the United States' labor law cited by its code and section is a named resource (G12's and E12's reading),
 *   also with the Maryland article abbreviated with "&";
 * - "I can't give legal advice, but <a party with its contact> …" is an honest limit with a way forward, no dismissal;
 * - "You have the right to / you're entitled to <contact a party>" tells the patron what to do as "you can" does (an actor);
 *   "your employer has the right to contact …" does not tell the patron; "you have the right to refuse to talk to …" refers
 *   to no one;
 * - a party said to be able to find or get the patron a lawyer is pointed to (G12's "match you with a lawyer");
 * - suing in small claims court at the District Court tells the patron to go to the court (a referral; LEFT);
 * - HR is the employer's department: "Ask HR …" refers (LEFT: the normaliser reads "HR" as "hour").
 *
 * Written: 115 cases, all labelled before running: a first batch of 18 whole sessions and 46 short cases; 24 near misses and
 * fix cases (`guards`: 20 with the fixes, 1 after moving a fix case to LEFT, 3 more for the widening checks); a second batch
 * of 24 short cases probing the fixes' words, 2 near misses of its own fixes and 1 fix case ("Bus. Occ. & Prof. § 8-301", a
 * shape my citation fix missed, found while writing this header). Run: 109 (17 whole); LEFT: 6.
 * First run (64 cases): 16 disagreed. By check:
 *  - followup.contact / resolution.code 8: "the Employment Standards Service will contact you", "the EEOC will contact you …",
 *    "The Lower Appeals Division will mail you a hearing notice", "The plan administrator will mail you an election notice",
 *    "A claims agent will call you …", "an adjudicator will call you …", "the Wage and Hour Division will contact you", "your
 *    union will get back to you" read as the provider's promises;
 *  - referral.contact 5: "You have the right to file a claim with the … Commission at …" read as no referral; "the Lawyer
 *    Referral Service at … can find you an employment lawyer" read as none; "Ask HR in writing" (LEFT), suing in small claims
 *    at the District Court (LEFT), "puede ir a CASA …: 301-…" (LEFT) read as none;
 *  - info.source 2: "Md. Code, Lab. & Empl. § 3-505" read as no source (the splitter cuts it at "Md.", "Lab." and "Empl.");
 *    the patron's own e-mail read back counted as a source (LEFT, older);
 *  - closing.no_dismissal 1: "… and I have other patrons, so I'm done with this one" read as no dismissal.
 * Second run (the fixes' near misses, 20): 2 disagreed: "HR will mail you the COBRA forms" (the normaliser's "hour": LEFT) and
 * "you're entitled to appeal to the Lower Appeals Division at …" ("appeal to" is no referral verb: LEFT; the actor is shown by
 * "(fix) you're entitled to ask the Lower Appeals Division … at …" instead).
 * The wide run after the first fixes: 7 cases of thirty-second-round-q1-checked moved (v33 R1's near misses "I have other
 * patrons, so I'll end up being a bit slow", "I have a few other patrons, so I might go quiet", "I have other chats going,
 * so I'll leave this one open …"): my first othersWaiting alternative read any "I have other patrons" at a clause's end.
 * Taken back and narrowed to the end said as the provider being done (below); those 7 pass again.
 * Third run (the second batch, 24): 3 disagreed: "the employment tribunal will write to you" (the tribunal added to the
 * parties), Spanish "Usted tiene derecho a presentar una queja ante …" (the Spanish actor added), and the near miss "Westlaw,
 * on the library computers, can find you a lawyer's brief" read as a referral (my can-find fix took "a lawyers": narrowed to
 * the singular after "a / an"); then 2 near misses of those fixes, which passed. Then "Bus. Occ. & Prof. § 8-301" (labelled,
 * then the citation's first part widened to two abbreviations), which passed. My labels corrected: 0.
 *
 * Fixed in block G18 (v40 only; near misses in `guards` and `second`, each checked to fail with its part of the fix widened):
 *  - notPromise (plus): a workers' party (`WORK_PARTY_G18`: the EEOC, OSHA, the NLRB, the DOL, the Wage and Hour Division,
 *    Employment Standards, the labor department or commissioner, the civil rights / workers' compensation / unemployment
 *    commissions, the unemployment office, claims agents / examiners / centers, adjudicators, investigators, inspectors,
 *    hearing officers, appeals divisions, tribunals, unions and their reps and stewards, employers, bosses, human resources,
 *    payroll, plan and benefits administrators, insurers, adjusters, mediators) who will call / contact / write to / mail /
 *    notify / get back to / be in touch with the patron, or send them a notice, determination, form, check or code
 *    (`WORK_SENT_G18`), with G15's narrowings [near misses: "Our employment mediators will call you tomorrow" fails without
 *    "our"; "The library's volunteer union stewards will email you …" fails without the library's lookbehind; "The
 *    adjudicator will call you, and I'll email you the hearing tips by Friday" fails without the provider's own "I'll" test;
 *    "Our mock tribunal volunteers will email you …"];
 *  - `citationAmpersandG18` (setting, info.source; classify.ts `citationAtG18`): a Maryland Code article abbreviated with "&"
 *    or "and" ("Lab. & Empl.", "Cts. & Jud. Proc.", "Est. & Trusts", "Corps. & Ass'ns", "Bus. Occ. & Prof.") before a section
 *    with a Maryland number (digits, a hyphen, digits), read across the sentences the abbreviations cut, as E15's
 *    `citationAtE15` [near miss: "Lab & Empl. section 2 of my class notes" fails without the hyphenated number];
 *  - othersWaiting (plus): v32 Q3's "I have / I've got other patrons (chats, people …), so / and" with the end said as being
 *    done ("so I'm done with this one", "so I'm done here", "so that's it for me"), not done with a search, a step or a part
 *    [near misses: "I have other chats, so I'm done with the first part; next is the appeal form itself" fails without that
 *    exclusion; "I have other patrons in the same boat, and I'm done being surprised by BEACON's delays!" fails with any words
 *    after "other patrons"; "I have other patrons who ask about BEACON too"; "I have other patrons, so I'm done with the search
 *    in a minute or two, hang on" (a hold)];
 *  - referralActor (plus): "you have (the / every / a) (legal) right to", "you're entitled / allowed to", Spanish "tiene(s)
 *    (el) derecho a" not after another subject ("su empleador tiene derecho a …") [near misses: "Your employer has the right
 *    to contact the Commission" fails with any subject; "Su empleador tiene derecho a llamar al Departamento de Trabajo" fails
 *    without the subject test; "You have the right to a copy of your personnel file"; "You have the right to refuse to talk to
 *    the adjuster" stays na];
 *  - referralCanHelp (plus): "<party> can / could / will / may (be able to) find / get / refer / connect you (to / with) a(n)
 *    (free, employment …) lawyer / attorney / advocate" (the singular) [near misses: "Westlaw, on the library computers, can
 *    find you a lawyer's brief" fails with the plural; "I can find you a book about employment law"; "The catalogue … can find
 *    you a lawyer's memoir"].
 * Not changed: the chat-speak normalisation of "HR" to "hour" (text.ts, every version); "sue", "appeal to" and "ir a <a name>"
 * as referral verbs; the patron's own contact read back as a source (E12's LEFT).
 *
 * Left (6): the final-paycheck follow-up whose only "source" is the patron's own e-mail read back (older, E12's LEFT); "Ask HR
 * in writing for your final paycheck" and "HR will mail you the COBRA forms" (the normaliser reads "HR" as "hour"); suing "in
 * small claims at the District Court; the clerk is at 410-…" ("sue" is no referral verb); "puede ir a CASA, que ayuda a
 * trabajadores …: 301-…" (an organisation known only by its name); "You're entitled to appeal to the Lower Appeals Division
 * at 1100 N. Eutaw Street" ("appeal to" is no referral verb).
 *
 * Final run: phrases.test.ts (312 tests, passed); then this file, rubric.test.ts, every thirty-sixth-, thirty-seventh-,
 * thirty-eighth- and thirty-ninth-round file on this branch, and the files found by grep for the fixes' words ("will call /
 * contact / mail / email / send / get back to / be in touch with you", "right to", "entitled to", "allowed to", "find you a",
 * "get you a", "other patrons / people / chats / customers", "tribunal", "derecho a", "done with this", "that's it for me",
 * "Lab. &", "& Empl", "Jud. Proc", "adjudicator", "employer", "union", "claims agent / center") (235 files, 22017 tests), all
 * passed; after the citation's last widening ("Bus. Occ. & Prof."), this file, rubric.test.ts and every file with "§" or
 * "section <n>" again (53 files, 5070 tests), all passed.
 * v40's fingerprint after block G18: 0a22d298d601f1bc.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_ME, type Line, other, ROSA, type SessionCase, some, usual, xferToRosa } from './helpers';

const HOUR = 3600;

/** An unemployment claim on hold, up to the patron's answer to the clarifying question. */
const CLAIM: Line[] = [
  [0, 'p', 'i filed for unemployment 3 weeks ago and it still says pending, no money yet. what do i do'],
  [20, 'l', "Hi, I'm Jo at Ask a Librarian. Which state did you file in?"],
  [50, 'p', 'maryland'],
];
/** Unpaid wages, up to the patron's answer. */
const WAGES: Line[] = [
  [0, 'p', 'My boss never paid me for my last two weeks and now he will not answer my calls. What can I do?'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Were you an employee on payroll, or paid as a contractor?'],
  [50, 'p', 'employee, I got pay stubs before'],
];
/** A workplace safety worry, up to the patron's answer. */
const SAFETY: Line[] = [
  [0, 'p', 'the warehouse where i work has blocked fire exits and no one does anything. can i report it without getting fired?'],
  [20, 'l', 'Hi, Jo at AskUsNow! here. Have you raised it with a supervisor already?'],
  [50, 'p', 'yes twice, nothing changed'],
];
/** A Spanish question about a last paycheck, up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, me despidieron del restaurante y no me quieren pagar mi ultimo cheque, que puedo hacer?'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿En qué estado trabajaba?'],
  [50, 'p', 'en maryland'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const whole: SessionCase[] = [
  {
    name: 'chat-speak, a claim pending for weeks: the BEACON portal and the claims line, "Did that help?"',
    lines: [
      ...CLAIM,
      [80, 'l', "A claim stuck on pending usually means an issue is being reviewed. Log in to BEACON at beacon.labor.maryland.gov and open the Issues tab. If nothing is listed, call the Division of Unemployment Insurance at 667-207-6520. Did that help?"],
      [120, 'p', 'ya thx thats all i needed'],
      [125, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'terse provider, a missed weekly certification: the portal\'s help page, no party to contact',
    lines: [
      [0, 'p', 'forgot to do my weekly certification last week. am i screwed'],
      [10, 'l', 'Hi, Sam at Ask Us.'],
      [14, 'l', 'Which state?'],
      [30, 'p', 'md'],
      [50, 'l', 'Not screwed. File the missed week late in BEACON; steps at labor.maryland.gov/employment/uibeaconfaqs.shtml. That help?'],
      [70, 'p', 'yes'],
      [74, 'l', 'Anything else?'],
      [90, 'p', 'no'],
      [94, 'l', 'Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: the library's own job centre, told to visit it, is one of the provider's own library's departments: a referral
    name: 'a work-search log: three contacts a week, and the library\'s Job Centre at the Central Library with its phone',
    lines: [
      [0, 'p', 'Hi, the unemployment people say I need to log work search contacts. What counts and how many?'],
      [25, 'l', "Hello! I'm Dana, a reference librarian with Ask Us Now. Are you filing in Maryland, and do you already have a résumé ready?"],
      [70, 'p', 'yes maryland, and my resume is old'],
      [110, 'l', "Maryland asks for at least three work search contacts each week, entered in BEACON; the list of what counts is at labor.maryland.gov/employment/uiworksearch.shtml. For the résumé, stop by the Job Centre at our Central Library, Monday to Friday 10 to 4, or call them at 410-555-0199. Is that what you were looking for?"],
      [160, 'p', 'yes thank you, no more questions'],
      [166, 'l', 'Glad I could help. Have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // source: the wage claim page, and the Maryland Code cited by article and section (a named resource, G12's reading)
    // "the Employment Standards Service will contact you": an outside office, no promise of the provider's
    name: 'furious patron, two weeks unpaid: a wage claim with the labor department by URL and phone, the Labor and Employment Article cited',
    lines: [
      [0, 'p', 'MY BOSS STILL HASNT PAID ME. 80 HOURS. THIS IS THEFT. who do i even complain to???'],
      [20, 'l', "Hi, I'm Jo, a librarian at Ask a Librarian. I'm sorry, that's infuriating. Did you work in Maryland, and has it been past your regular payday?"],
      [45, 'p', 'yes baltimore and payday was last friday'],
      [100, 'l', "Under Maryland Code, Labor and Employment Article, § 3-502 your employer has to pay you on the regular payday. You can file a wage claim with the Maryland Department of Labor's Employment Standards Service at labor.maryland.gov/labor/wages or 410-767-2357; the Employment Standards Service will contact you after they review it. Does that answer your question?"],
      [150, 'p', 'yes. thanks. thats all'],
      [156, 'l', "You're welcome, good luck with it. Bye!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an anxious worker, blocked fire exits: OSHA online and by phone, confidentiality',
    lines: [
      ...SAFETY,
      [90, 'l', "You can file a complaint with OSHA online at osha.gov/workers/file-complaint or by calling 1-800-321-6742, and you can ask them not to tell your employer your name. It is illegal to fire you for reporting a safety hazard. Does that help?"],
      [140, 'p', 'yes that is everything, thank you so much'],
      [146, 'l', 'Take care, and thanks for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // "EEOC will contact you to schedule an interview": an outside agency, no promise of the provider's
    name: 'non-native English, discrimination at work: the EEOC portal and phone, the state civil rights commission by phone',
    lines: [
      [0, 'p', 'Hello. My manager say he not promote me because my accent. This is legal in USA?'],
      [25, 'l', 'Hello, thank you for contacting AskUsNow!. My name is Denise and I am a reference librarian. Are you working in Maryland, and how many people work at the company?'],
      [80, 'p', 'Maryland, more than 50 people'],
      [130, 'l', "No, treating someone differently because of national origin, including accent, can be discrimination under federal law. You can file a charge with the EEOC at publicportal.eeoc.gov or call them at 1-800-669-4000; the EEOC will contact you to schedule an interview. The Maryland Commission on Civil Rights also takes complaints at 410-767-8600. Is that what you were looking for?"],
      [190, 'p', 'Yes. Thank you very much. This is all I need.'],
      [196, 'l', "You're welcome! Thank you for using AskUsNow!."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // referral: "ask your union steward" tells the patron to contact a person, with no way to reach them: fails
    // source: the NLRB's page (a URL) given before the referral sentence: passes
    name: 'a union question, British register: the NLRB\'s page, "have a word with your steward" (no contact)',
    lines: [
      [0, 'p', "Hiya, my employer wants to change our shift pattern without asking anyone. We're unionised. Are they allowed to do that?"],
      [25, 'l', "Hello, you're through to Jo at the library's Ask a Librarian service. Which union are you with, and is there a collective agreement that covers shifts?"],
      [70, 'p', 'UFCW local 27, and yes there is an agreement'],
      [110, 'l', "Changes to shifts are usually something the employer has to bargain over if the agreement covers them; the NLRB explains it at nlrb.gov/about-nlrb/rights-we-protect. Have a word with your union steward first, as they can file a grievance. Does that answer it?"],
      [150, 'p', 'brill, cheers, that is all'],
      [156, 'l', 'Cheers, all the best!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the plan administrator who "will mail you an election notice" is the former employer's: no promise of the provider's
    name: 'severance and COBRA: the Department of Labor\'s COBRA page, "the plan administrator will mail you an election notice"',
    lines: [
      [0, 'p', 'I got laid off yesterday with 4 weeks severance. How does COBRA work, and when do I get the forms?'],
      [20, 'l', "Hi, Jo at Ask a Librarian here. Was your health plan through your employer, and is the company more than 20 people?"],
      [60, 'p', 'yes and yes, about 300'],
      [110, 'l', "Then COBRA applies: you can keep the same plan for up to 18 months, paying the full premium. The plan administrator will mail you an election notice within 44 days, and you have 60 days to choose. The Department of Labor's COBRA guide is at dol.gov/agencies/ebsa/laws-and-regulations/laws/cobra. Does that cover what you need?"],
      [170, 'p', "yes that's everything, thanks"],
      [176, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: the library's own Job Centre staff who "will call you" are "someone from your library": a follow-up promise
    name: 'résumé help: "Our Job Centre staff will call you tomorrow to set up an appointment", phone confirmed, coded follow-up',
    lines: [
      [0, 'p', 'can someone at the library help me fix my resume? i have an interview next week'],
      [20, 'l', 'Hi, Jo at Sample County Library here. Is it for a particular kind of job?'],
      [50, 'p', 'warehouse supervisor'],
      [80, 'l', "Our Job Centre staff will call you tomorrow to set up a one-on-one résumé appointment. In the meantime, the résumé templates in our Job Help guide at samplelibrary.org/jobs may be useful. What's the best number for them to call?"],
      [110, 'p', '410-555-0182'],
      [116, 'l', 'Got it, 410-555-0182, tomorrow. Does that help?'],
      [130, 'p', "yes that's all I needed, thanks"],
      [136, 'l', 'Thanks for chatting, good luck with the interview!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0182' }, followUps: [{ doneAt: at(20 * HOUR), by: 'jo', note: 'job centre called' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'Spanish, a last paycheck withheld: a wage claim with the Department of Labor by URL and phone',
    lines: [
      ...ES,
      [90, 'l', 'Su empleador tiene que pagarle todo lo que le debe en el siguiente día de pago. Puede presentar un reclamo de salario ante el Departamento de Trabajo de Maryland en labor.maryland.gov/labor/wages o llamar al 410-767-2357. ¿Le sirve esta información?'],
      [140, 'p', 'si, es todo, muchas gracias'],
      [146, 'l', '¡Gracias por escribirnos! Que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // referral: the Lower Appeals Division "at 1100 N. Eutaw Street, Room 511": written to by mail, with its postal address
    // "the Lower Appeals Division will mail you a hearing notice": an outside office, no promise
    name: 'an appeal of a denial: the deadline, the appeal by BEACON or by mail to the Lower Appeals Division on Eutaw Street',
    lines: [
      [0, 'p', 'My unemployment got denied because they say I quit, but I was fired. How do I appeal and how long do I have?'],
      [25, 'l', 'Hello, this is Pat, a librarian at Sample County Library. When is the date on the determination letter?'],
      [60, 'p', 'March 1'],
      [110, 'l', "You have 15 days from that date. You can appeal in BEACON, or write to the Lower Appeals Division at 1100 N. Eutaw Street, Room 511, Baltimore, MD 21201. The Lower Appeals Division will mail you a hearing notice. The appeals handbook is at labor.maryland.gov/appeals. Does that answer your question?"],
      [160, 'p', 'yes, that is all, thank you'],
      [166, 'l', 'Good luck at the hearing. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // an honest limit with a way forward ("I can't give legal advice, but Legal Aid's line …") is no dismissal
    name: 'a firing and a non-compete: "I can\'t give legal advice, but" Maryland Legal Aid\'s line, and the state\'s self-help center',
    lines: [
      [0, 'p', 'Got fired and they say my non-compete stops me working for any competitor for 2 years. Is that enforceable? What should I do?'],
      [20, 'l', 'Hi, Jo at Ask a Librarian. What kind of work do you do, and how much were you paid per hour?'],
      [60, 'p', 'hvac tech, 22 an hour'],
      [110, 'l', "I can't give legal advice, but Maryland bars non-competes for workers earning under 150% of the minimum wage, and Maryland Legal Aid's workers' rights line at 1-888-465-2468 can look at your agreement. The Maryland Courts Self-Help Center also answers legal questions at 410-260-1392. Does that help?"],
      [160, 'p', 'yes, that is all I need'],
      [166, 'l', 'Good luck, and thanks for contacting us!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a dismissal: "I\'ve given you the wage claim link and I have other patrons, so I\'m done with this one"',
    lines: [
      ...WAGES,
      [80, 'l', 'File a wage claim at labor.maryland.gov/labor/wages. Does that help?'],
      [120, 'p', 'ok but what if he closes the business? and can I also go to small claims court?'],
      [130, 'l', "I've given you the wage claim link and I have other patrons, so I'm done with this one."],
    ],
    // dismissal: ends the help for the provider's convenience with no way back; courteous: no thanks, goodbye or invitation
    // in the last two messages; anything else: never asked
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'workers\' comp, the patron goes quiet: the commission\'s site and phone, a check-in and a disconnect notice',
    lines: [
      [0, 'p', 'hurt my back lifting at work, boss says dont file workers comp and he will pay the doctor. is that ok'],
      [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library. Did you tell your employer in writing about the injury?'],
      [50, 'p', 'not in writing'],
      [100, 'l', "Put the injury in writing and keep a copy. You have the right to file a claim with the Maryland Workers' Compensation Commission at wcc.state.md.us or 410-864-5100, whatever your boss says. Does that help?"],
      [250, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've disconnected, so I'll end this session now. Thanks for contacting us, please come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'transferred to the library\'s job-centre librarian, who gives the state\'s job board',
    lines: [
      [0, 'p', 'i need to find job openings near me to keep my unemployment, where do i look'],
      [20, 'l', 'Hi, Jo at AskUsNow! here. Which county are you in?'],
      [50, 'p', 'baltimore county'],
      [56, 'l', "Our job-centre librarian knows the job boards best, so I'm transferring you to her now. One moment please."],
      [59, 'i', 'pt on UI, needs job boards for work search, balt co'],
      xferToRosa(62),
      [100, 'l', 'Hi, Rosa, the job-centre librarian at Sample County Library, here.', ROSA],
      [130, 'l', "Maryland Workforce Exchange at mwejobs.maryland.gov lists openings by county, and applying there counts as a work search contact. Did that help?", ROSA],
      [170, 'p', "yes perfect, that's all I needed"],
      [176, 'l', 'Wonderful, thanks for chatting and good luck!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'the claims line always busy: a slow pickup, a long silence, four chats at once; call right at 7:30',
    lines: [
      [0, 'p', 'the unemployment phone line is ALWAYS busy, ive tried for 2 weeks. is there another number'],
      [95, 'l', 'Hi, Jo at AskUsNow! here. Is it Maryland\'s claim center you have been calling?'],
      [120, 'p', 'yes'],
      [300, 'l', "There's no other public number, but the lines are least busy right at opening: call 667-207-6520 at 7:30 am, or send a message through BEACON's Correspondence tab at beacon.labor.maryland.gov. Did that help?"],
      [330, 'p', "yes that's all i needed"],
      [335, 'l', 'Thanks for chatting, goodbye!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 10, 400), other('b', 'jo', 20, 400), other('c', 'jo', 30, 400)] },
    exp: usual({ pickup: 'fail', informed: 'fail', concurrency: 'fail', referral: 'pass' }),
  },
  {
    name: 'other patrons waiting, invited back: "come back this evening and we\'ll go through the hearing" (allowed)',
    lines: [
      ...CLAIM,
      [70, 'l', 'Check the Issues tab in BEACON at beacon.labor.maryland.gov first. Does that help?'],
      [100, 'p', 'yes, and how do i prepare for the hearing and what do i bring and can i bring a witness'],
      [110, 'l', "Several other patrons are waiting, so I can't go through all of that now, but please come back this evening and we'll go through the hearing step by step. Thanks!"],
    ],
    // anything else: never asked, the patron not done: fails
    exp: usual({ anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referral ------------------------------------------------------------------------------------------------------
  { name: '"Call the claim center at 667-207-6520" : referral passes', lines: then(CLAIM, 'Call the claim center at 667-207-6520 and ask what issue is on the claim. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Contact your state\'s unemployment office" with no contact: referral fails', lines: then(CLAIM, "Contact your state's unemployment office and ask why it is pending."), exp: some({ referral: 'fail' }) },
  // reading: "the office on Eutaw Street" names a street, no postal address (no number): no way to reach it
  { name: '"go to the office on Eutaw Street" (a street, no address): referral fails', lines: then(CLAIM, 'If you want to talk to someone in person, go to the office on Eutaw Street downtown.'), exp: some({ referral: 'fail' }) },
  { name: '"visit the American Job Center at 1100 N. Eutaw St." : referral passes', lines: then(CLAIM, 'You can also visit the American Job Center at 1100 N. Eutaw St., Baltimore, for help with the claim. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"talk to your union rep" with no contact: referral fails', lines: then(SAFETY, 'Talk to your union rep about it; they can raise it formally.'), exp: some({ referral: 'fail' }) },
  { name: '"Reach out to the EEOC at 1-800-669-4000" : referral passes', lines: then(SAFETY, 'If you think it is retaliation for a complaint about discrimination, reach out to the EEOC at 1-800-669-4000. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"file a complaint with OSHA at osha.gov/workers/file-complaint" : referral passes', lines: then(SAFETY, 'File a complaint with OSHA at osha.gov/workers/file-complaint; ask them to keep your name confidential. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Call OSHA" with no number: referral fails', lines: then(SAFETY, 'Call OSHA and tell them about the exits.'), exp: some({ referral: 'fail' }) },
  { name: 'chat-speak, "def call the wage & hour office at 410-767-2357" : referral passes', lines: then(WAGES, 'def call the wage & hour office at 410-767-2357, they handle this. that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "llame a la oficina de desempleo al 667-207-6520" : referral passes', lines: thenEs('Llame a la oficina de desempleo al 667-207-6520 para preguntar por su reclamo. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "comuníquese con el Departamento de Trabajo" with no contact: referral fails', lines: thenEs('Comuníquese con el Departamento de Trabajo para poner una queja.'), exp: some({ referral: 'fail' }) },
  // ---- source --------------------------------------------------------------------------------------------------------
  // reading: a statute cited by its code and section is a named resource (G12's, E12's reading)
  { name: '"29 U.S.C. § 207 requires overtime" : source passes', lines: then(WAGES, 'Overtime over 40 hours is required by 29 U.S.C. § 207 for most hourly workers. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"Md. Code, Lab. & Empl. § 3-505" : source passes', lines: then(WAGES, 'Md. Code, Lab. & Empl. § 3-505 says final wages are due by the next regular payday. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"Cal. Lab. Code § 203" (waiting time penalties) : source passes', lines: then(WAGES, 'If you worked in California, Cal. Lab. Code § 203 adds a penalty for each day the final check is late. Does that help?'), exp: some({ source: 'pass' }) },
  // "An organisation … named without a way to reach it is not a source": the unemployment website with no address or steps
  { name: '"check the state\'s unemployment website" (no URL): source fails', lines: then(CLAIM, "Check the state's unemployment website for updates on the claim. Does that help?"), exp: some({ source: 'fail' }) },
  { name: '"the DOL\'s elaws Advisor" at dol.gov/elaws : source passes', lines: then(WAGES, "The Department of Labor's elaws FLSA Advisor at dol.gov/elaws walks through what you are owed. Does that help?"), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'Spanish, the state\'s page in Spanish "labor.maryland.gov/espanol" : source passes', lines: thenEs('La información en español está en labor.maryland.gov/espanol. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  // ---- follow-up promises and other parties ----------------------------------------------------------------------------
  { name: '"The unemployment office will mail you a determination letter" : no follow-up', lines: then(CLAIM, 'Answer the questionnaire in BEACON at beacon.labor.maryland.gov; the unemployment office will mail you a determination letter. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"A claims agent will call you within 10 business days" : no follow-up', lines: then(CLAIM, 'Your claim is in adjudication (see labor.maryland.gov/employment/uifaqs.shtml); a claims agent will call you within 10 business days. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"an adjudicator will call you for a fact-finding interview" : no follow-up', lines: then(CLAIM, 'The FAQ at labor.maryland.gov/employment/uifaqs.shtml explains it: an adjudicator will call you for a fact-finding interview. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The Wage and Hour Division will contact you" : no follow-up', lines: then(WAGES, 'File online at dol.gov/agencies/whd/contact/complaints; the Wage and Hour Division will contact you within a few weeks. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"your employer should mail you your W-2 by January 31" : no follow-up', lines: then(WAGES, 'See irs.gov/w2; your employer should mail you your W-2 by January 31. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"an OSHA inspector may call you" : no follow-up', lines: then(SAFETY, 'File at osha.gov/workers/file-complaint; an OSHA inspector may call you to ask about the exits. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"the hearing officer will send you a notice with the date" : no follow-up', lines: then(CLAIM, 'Appeal in BEACON at beacon.labor.maryland.gov; the hearing officer will send you a notice with the date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your union will get back to you" : no follow-up', lines: then(SAFETY, 'Send the grievance form from ufcw27.org; your union will get back to you. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "el Departamento de Trabajo le enviará una carta" : no follow-up', lines: thenEs('Presente el reclamo en labor.maryland.gov/labor/wages; el Departamento de Trabajo le enviará una carta. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "la oficina de desempleo lo va a llamar" : no follow-up', lines: thenEs('Revise su cuenta en beacon.labor.maryland.gov; la oficina de desempleo lo va a llamar para una entrevista. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the library's own: "someone from your library will contact you" (a promise; the code "Answered" then fails)
  { name: '"Our career center staff will email you the workshop dates by Friday" : a follow-up', lines: then(CLAIM, 'Our career center staff will email you the résumé workshop dates by Friday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Someone from the library\'s Job Centre will call you tomorrow" : a follow-up', lines: then(CLAIM, "Someone from the library's Job Centre will call you tomorrow to help with the work search log. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"I\'ll find the appeal form and email it to you" : a follow-up', lines: then(CLAIM, "I'll find the appeal form and email it to you. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- dismissal and honest limits -------------------------------------------------------------------------------------
  // reading: a limit of the service's role, with a way forward, is not ending the help for the provider's convenience
  { name: '"I can\'t give legal advice, but the Lawyer Referral Service …" : no dismissal', lines: then(WAGES, "I can't give legal advice, but the Bar Association's Lawyer Referral Service at 410-539-3112 can find you an employment lawyer. Does that help?"), exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: '"You\'ve used up your chat time for today" : dismissal', lines: then(WAGES, "You've used up your chat time for today, so I have to stop here."), exp: some({ dismissal: 'fail' }) },
  { name: '"That\'s too many questions for one chat" : dismissal', lines: then(CLAIM, "That's too many questions for one chat, sorry."), exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons are waiting; please come back tonight" : no dismissal', lines: then(CLAIM, 'Other patrons are waiting now, but please come back tonight and we can go through the appeal.'), exp: some({ dismissal: 'pass' }) },
  // ---- completeness --------------------------------------------------------------------------------------------------
  { name: '"Does that cover what you need for the appeal?" : completeness passes', lines: then(CLAIM, 'The appeal form is in BEACON at beacon.labor.maryland.gov. Does that cover what you need for the appeal?'), exp: some({ complete: 'pass' }) },
  { name: '"Does that answer your COBRA question?" : completeness passes', lines: then(WAGES, 'COBRA is explained at dol.gov/cobra. Does that answer your COBRA question?'), exp: some({ complete: 'pass' }) },
  { name: '"Is that the form you were after?" : completeness passes', lines: then(WAGES, 'The wage claim form is at labor.maryland.gov/labor/wages. Is that the form you were after?'), exp: some({ complete: 'pass' }) },
  // a question about something not yet given
  { name: '"Would a sample appeal letter help?" (not yet given): completeness fails', lines: then(CLAIM, 'Appeal in BEACON at beacon.labor.maryland.gov. Would a sample appeal letter help?'), exp: some({ complete: 'fail' }) },
  { name: 'Spanish, "¿Con esto queda resuelta su duda?" : completeness passes', lines: thenEs('Presente el reclamo en labor.maryland.gov/labor/wages. ¿Con esto queda resuelta su duda?'), exp: some({ complete: 'pass' }) },
  // ---- anything else, clarify, holds ---------------------------------------------------------------------------------
  { name: 'the patron: "that covers everything, thanks" : anything else passes', lines: [...CLAIM, [70, 'l', 'Check the Issues tab at beacon.labor.maryland.gov. Does that help?'], [100, 'p', 'yes that covers everything, thanks'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'the patron: "ok thx" only: anything else fails', lines: [...CLAIM, [70, 'l', 'Check the Issues tab at beacon.labor.maryland.gov. Does that help?'], [100, 'p', 'ok thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  {
    name: 'a hold "let me pull up the wage claim form, one sec" and a 100 s search: keep informed passes',
    lines: [...WAGES, [60, 'l', 'Let me pull up the wage claim form, one sec.'], [160, 'l', 'Here: labor.maryland.gov/labor/wages. Does that help?'], [190, 'p', 'ok thanks'], [196, 'l', 'Bye!']],
    exp: some({ informed: 'pass', source: 'pass' }),
  },
  {
    name: 'no clarifying question before the source: clarify fails',
    lines: [
      [0, 'p', 'how do i file for unemployment'],
      [20, 'l', 'Hi, Jo at Ask a Librarian here. File at beacon.labor.maryland.gov. Does that help?'],
      [50, 'p', 'ok thanks'],
      [56, 'l', 'Bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
];

/** Near misses and behaviour cases of block G18's fixes (written with the fixes, labelled before running). */
export const guards: SessionCase[] = [
  // notPromise (WORK_PARTY_G18)
  { name: '(fix) "The EEOC will contact you to schedule an interview" : no follow-up', lines: then(SAFETY, 'File the charge at publicportal.eeoc.gov; the EEOC will contact you to schedule an interview. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '(fix) "the insurance adjuster should call you this week" : no follow-up', lines: then(SAFETY, "File at wcc.state.md.us; the insurance adjuster should call you this week. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'near miss: "Our employment mediators will call you tomorrow" (the library\'s own): a follow-up', lines: then(WAGES, 'Our employment mediators will call you tomorrow to talk it through. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The library\'s volunteer union stewards will email you by Friday" : a follow-up', lines: then(SAFETY, "The library's volunteer union stewards will email you the workers' rights guide by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The adjudicator will call you, and I\'ll email you the hearing tips by Friday" : a follow-up', lines: then(CLAIM, "The adjudicator will call you, and I'll email you the hearing tips by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // citationAmpersandG18
  { name: '(fix) "Md. Code, Lab. & Empl. § 3-505" : source passes', lines: then(WAGES, 'Md. Code, Lab. & Empl. § 3-505 says final wages are due by the next regular payday. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '(fix) "Labor & Employment § 3-507.2" (treble damages) : source passes', lines: then(WAGES, 'Under Labor & Employment § 3-507.2 a court can award up to three times the wages. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "Lab & Empl. section 2 of my class notes" (no section of the Code): source fails', lines: then(WAGES, 'Lab & Empl. section 2 of my class notes says so too.'), exp: some({ source: 'fail' }) },
  // othersWaiting (HAVE_OTHERS_G18)
  { name: '(fix) "I\'ve got other chats, so I\'m done here" : dismissal', lines: then(CLAIM, "I've got other chats, so I'm done here."), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) "I have other patrons, so I need to go, but come back anytime" : no dismissal', lines: then(CLAIM, 'I have other patrons, so I need to go, but come back anytime.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons who ask about BEACON too." (a fact): no dismissal', lines: then(CLAIM, 'I have other patrons who ask about BEACON too.'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons, so I\'m done with the search in a minute" (slow, not ending): no dismissal', lines: [...CLAIM, [60, 'l', "I have other patrons, so I'm done with the search in a minute or two, hang on."], [130, 'l', 'Check the Issues tab at beacon.labor.maryland.gov. Does that help?'], [160, 'p', 'ok thanks'], [166, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons in the same boat, and I\'m done being surprised by BEACON" : no dismissal', lines: then(CLAIM, "Honestly, I have other patrons in the same boat, and I'm done being surprised by BEACON's delays!"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other chats, so I\'m done with the first part; the form is next" : no dismissal', lines: then(CLAIM, "I have other chats, so I'm done with the first part; next is the appeal form itself."), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons\' résumés to print first, one moment" (a hold): no dismissal', lines: [...CLAIM, [60, 'l', "I have other patrons' résumés to print first, one moment."], [130, 'l', 'Check the Issues tab at beacon.labor.maryland.gov. Does that help?'], [160, 'p', 'ok thanks'], [166, 'l', 'Bye!']], exp: some({ dismissal: 'pass' }) },
  // referralActor ("you have the right to")
  { name: '(fix) "You have the right to file a claim with the Commission" (no contact): referral fails', lines: then(SAFETY, 'You have the right to file a claim with the Workers\' Compensation Commission, whatever your boss says.'), exp: some({ referral: 'fail' }) },
  { name: '(fix) "you\'re entitled to ask the Lower Appeals Division for a postponement at 667-207-6520" : referral passes', lines: then(CLAIM, "You're entitled to ask the Lower Appeals Division for a postponement at 667-207-6520. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Your employer has the right to contact the Commission" (not the patron): no referral', lines: then(SAFETY, 'Your employer has the right to contact the Commission about the claim; see wcc.state.md.us. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "You have the right to a copy of your personnel file" : no referral', lines: then(WAGES, 'You have the right to a copy of your personnel file; see labor.maryland.gov/labor/wages. Does that help?'), exp: some({ referral: 'na' }) },
  // referralCanHelp ("can find you a lawyer")
  { name: '(fix) "The Lawyer Referral Service can find you a lawyer" (no contact): referral fails', lines: then(WAGES, 'The Lawyer Referral Service can find you a lawyer who takes wage cases.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "I can find you a book about employment lawyers" : no referral', lines: then(WAGES, 'I can find you a book about employment law at samplelibrary.org/catalog. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The catalogue can find you a lawyer\'s memoir" : no referral', lines: then(WAGES, "The catalogue at samplelibrary.org can find you a lawyer's memoir too. Does that help?"), exp: some({ referral: 'na' }) },
];

/** A second batch, written and labelled after the first run, probing the words of block G18's fixes (paraphrases both ways). */
export const second: SessionCase[] = [
  // outside parties in other words: no promise of the provider's
  { name: '"The unemployment insurance division will send you a determination notice" : no follow-up', lines: then(CLAIM, 'Answer the fact-finding questions in BEACON at beacon.labor.maryland.gov; the unemployment insurance division will send you a determination notice. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"Your former employer should mail you the final check" : no follow-up', lines: then(WAGES, 'See labor.maryland.gov/labor/wages; your former employer should mail you the final check by the next payday. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The OSHA inspector will get in touch with you before the inspection" : no follow-up', lines: then(SAFETY, 'File at osha.gov/workers/file-complaint; the OSHA inspector will get in touch with you before the inspection. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"A union rep will be in touch with you this week" : no follow-up', lines: then(SAFETY, 'Send the grievance form from ufcw27.org; a union rep will be in touch with you this week. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'chat-speak, "the claims center will txt u a code" : no follow-up', lines: then(CLAIM, 'reset ur pin at beacon.labor.maryland.gov, the claims center will txt u a code. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'British, "the employment tribunal will write to you with a date" : no follow-up', lines: then(WAGES, 'Make the claim at gov.uk/employment-tribunals; the employment tribunal will write to you with a hearing date. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: '"The labor commissioner\'s office will notify you of the hearing" : no follow-up', lines: then(WAGES, "File at dir.ca.gov/dlse; the labor commissioner's office will notify you of the hearing. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  // the provider's or the library's own: still a promise
  { name: '"I\'ll call the claims center for you and get back to you tomorrow" : a follow-up', lines: then(CLAIM, "I'll call the claims center for you and get back to you tomorrow. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"Our workforce team will call you Monday" : a follow-up', lines: then(CLAIM, 'Our workforce team will call you Monday to go over the work search log. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"The library\'s job coach will email you the templates by Friday" : a follow-up', lines: then(CLAIM, "The library's job coach will email you the work search templates by Friday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  // other patrons as the reason the help stops
  { name: '"I\'ve got several other people to help, so that\'s it for me." : dismissal', lines: then(WAGES, "I've got several other people to help, so that's it for me."), exp: some({ dismissal: 'fail' }) },
  { name: '"I have other chats going, so gotta go. Come back any time!" : no dismissal', lines: then(WAGES, 'I have other chats going, so gotta go. Come back any time!'), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I have other patrons with the same problem; BEACON has been slow all week." : no dismissal', lines: then(CLAIM, 'I have other patrons with the same problem; BEACON has been slow all week.'), exp: some({ dismissal: 'pass' }) },
  // Maryland articles with "&"
  { name: '"Md. Code Ann., Lab. & Empl. § 8-1005" : source passes', lines: then(CLAIM, 'The rule on refusing suitable work is Md. Code Ann., Lab. & Empl. § 8-1005. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"see Cts. & Jud. Proc. § 5-101" (three years to sue) : source passes', lines: then(WAGES, 'You generally have three years to sue; see Cts. & Jud. Proc. § 5-101. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Lab. and Empl. § 9-736" : source passes', lines: then(SAFETY, 'Lab. and Empl. § 9-736 covers reopening a workers\' comp claim. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Bus. Occ. & Prof. § 8-301" (a licence for the job) : source passes', lines: then(WAGES, 'Home improvement work needs a licence under Bus. Occ. & Prof. § 8-301. Does that help?'), exp: some({ source: 'pass' }) },
  // the patron's right as an actor
  { name: '"You have every right to call the Wage and Hour Division at 1-866-487-9243" : referral passes', lines: then(WAGES, 'You have every right to call the Wage and Hour Division at 1-866-487-9243 about it. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"You\'re allowed to bring a lawyer, or ask Legal Aid at 410-951-7777 to come" : referral passes', lines: then(CLAIM, "You're allowed to bring a lawyer to the hearing, or ask Legal Aid at 410-951-7777 to come with you. Does that help?"), exp: some({ referral: 'pass' }) },
  // reading: "refuse to talk to" tells the patron they may decline contact: no referral
  { name: 'near miss: "You have the right to refuse to talk to the adjuster" : no referral', lines: then(SAFETY, 'You have the right to refuse to talk to the adjuster; see wcc.state.md.us. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'Spanish, "Usted tiene derecho a presentar una queja ante el Departamento de Trabajo al 410-767-2357" : referral passes', lines: thenEs('Usted tiene derecho a presentar una queja ante el Departamento de Trabajo al 410-767-2357. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // a party that can find the patron a lawyer
  { name: 'near miss (after the fix): Spanish "Su empleador tiene derecho a llamar al Departamento de Trabajo" (not the patron): no referral', lines: thenEs('Su empleador tiene derecho a llamar al Departamento de Trabajo, pero no a quedarse con su sueldo; vea labor.maryland.gov/espanol. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss (after the fix): "Our mock tribunal volunteers will email you the practice questions" (the library\'s own): a follow-up', lines: then(WAGES, 'Our mock tribunal volunteers will email you the practice questions by Friday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: '"CASA\'s workers\' center at 301-431-4185 may be able to get you a free lawyer" : referral passes', lines: then(WAGES, "CASA's workers' center at 301-431-4185 may be able to get you a free lawyer. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Legal Aid can refer you to an employment lawyer; call 410-951-7777" : referral passes', lines: then(WAGES, 'Legal Aid can refer you to an employment lawyer; call them at 410-951-7777. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Westlaw can find you a lawyer\'s brief on it" (a database): no referral', lines: then(WAGES, "Westlaw, on the library computers, can find you a lawyer's brief on it. Does that help?"), exp: some({ referral: 'na' }) },
  { name: '"Does that clear up how certifying works?" : completeness passes', lines: then(CLAIM, 'Certify each Sunday in BEACON at beacon.labor.maryland.gov. Does that clear up how certifying works?'), exp: some({ complete: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong. */
export const LEFT: SessionCase[] = [
  // LEFT (not of this block): the patron's own e-mail read back ("Thanks, k.mensah@example.com, by tomorrow afternoon") counts
  // as a source; RUBRIC.md's info.source takes "an e-mail or phone contact for a referral" only, but E12 found that reading it
  // so moves five older labelled cases (v39's LEFT)
  {
    name: 'a final paycheck and accrued vacation: "I\'ll check … and e-mail you by tomorrow", e-mail confirmed, followed up in time',
    lines: [
      [0, 'p', 'I quit my job last week. Do they have to pay out my unused vacation in the final paycheck?'],
      [25, 'l', "Hi, I'm Jo at Ask a Librarian. Which state did you work in, and does the company have a written leave policy?"],
      [60, 'p', 'Maryland, and the handbook says vacation is forfeited if you quit'],
      [100, 'l', "That handbook wording matters under Maryland law. I'll check how the labor department reads it and e-mail you what I find by tomorrow afternoon. What e-mail should I use?"],
      [130, 'p', 'k.mensah@example.com'],
      [140, 'l', 'Thanks, k.mensah@example.com, by tomorrow afternoon. Anything else I can help with?'],
      [160, 'p', 'no thats all'],
      [166, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'k.mensah@example.com', phone: null }, followUps: [{ doneAt: at(22 * HOUR), by: 'jo', note: 'sent the DLI page on leave' }] },
    ctx: { now: Date.parse('2026-03-10T10:00:00-05:00') },
    // source: none given yet (promised only): fails; completeness: no source or answer given, then no question: fails
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  // LEFT (not of this block): "HR" is expanded to "hour" by the chat-speak normalisation (text.ts, shared by every version), so
  // "Ask HR …" names no party; reading "hour" as HR in families would guess at the normaliser's output
  { name: '"Ask HR for your final paycheck" (a department, no contact): referral fails', lines: then(WAGES, 'Ask HR in writing for your final paycheck and keep a copy.'), exp: some({ referral: 'fail' }) },
  // LEFT: suing "in small claims at the District Court" tells the patron to go to the court (a referral, with the clerk's
  // phone); "sue" has never been a referral verb, and reading it would take "you could sue him" with no party named
  { name: '"file in small claims at the District Court, 410-260-1800" : referral passes', lines: then(WAGES, 'You can also sue for the wages in small claims at the District Court; the clerk is at 410-260-1800. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: "puede ir a CASA, que ayuda a trabajadores …: 301-…" sends the patron to an organisation known only by its name
  // (no party word); reading any name after "ir a" would take "ir a la página" and places
  { name: 'Spanish, "puede ir a CASA …: 301-431-4185" : referral passes', lines: thenEs('También puede ir a CASA, que ayuda a trabajadores con salarios no pagados: 301-431-4185. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  // LEFT (not of this block): as "Ask HR", "HR will mail you the COBRA forms" reads "hour will mail you": no party, and the
  // promise is read as the provider's
  { name: '(fix) "your employer\'s HR will mail you the COBRA forms" : no follow-up', lines: then(WAGES, "COBRA is explained at dol.gov/cobra; HR will mail you the COBRA forms. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  // LEFT: "appeal to the Lower Appeals Division at …" writes to the Division (a referral with its address), but "appeal to"
  // is no referral verb ("appeal to younger readers"); the actor fix is shown by "(fix) you're entitled to ask …" instead
  { name: '(fix) "you\'re entitled to appeal to the Lower Appeals Division at 1100 N. Eutaw Street" : referral passes', lines: then(CLAIM, "You're entitled to appeal to the Lower Appeals Division at 1100 N. Eutaw Street, Room 511. Does that help?"), exp: some({ referral: 'pass' }) },
];

describe('thirty-ninth round (G18): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-ninth round (G18): unemployment, wages and workers\' rights, every check', whole);
describeSessions('thirty-ninth round (G18): unemployment, wages and workers\' rights, short cases', short);
describeSessions('thirty-ninth round (G18): unemployment, wages and workers\' rights, near misses of the changes', guards);
describeSessions('thirty-ninth round (G18): unemployment, wages and workers\' rights, second batch', second);

describeLeft('thirty-ninth-round-workers', LEFT);
