/**
 * Thirtieth round, area (I5): HEALTH, LEGAL AND FINANCIAL QUESTIONS: INFORMATION, NOT ADVICE. Drug interactions,
 * symptoms, a landlord dispute, a will, a divorce, small claims, a traffic ticket, debt collectors, investing, Medicare
 * plans; providers who say they cannot advise and point to MedlinePlus, court self-help pages, Nolo, the CFPB, legal aid, a
 * pharmacist, "your doctor", "a lawyer", the bar's referral line, with and without a way to reach them; patrons who push
 * for an opinion, anxious or angry (referral.contact, info.source, closing.no_dismissal, closing.*, followup.completeness).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  the disclaimer (not a referral, not a dismissal, not a source):
 *   1. "I can't give medical advice, but I can find you reliable information." (warm)
 *   2. "Library staff cannot provide legal, medical or financial advice." (macro)
 *   3. "i cant tell u what to do legally but heres what the court says" (student worker)
 *   4. "We can't give financial advice, mate, but here's the general info." (Australian)
 *   5. "Kindly note we are not permitted to give legal opinion." (Indian English)
 *   6. "No puedo dar consejos legales, pero le puedo dar información." (Spanish)
 *  a referral WITHOUT a way to reach the party (referral fails):
 *   "ask your pharmacist", "check with your doctor", "see a doctor", "you may want to consult an attorney", "talk to a
 *   tax professional", "I'd run it by your GP", "consulte con su médico", "call legal aid", "the number is on your
 *   prescription label / on the back of your card" (no number given), "call the pharmacy that filled it".
 *  a referral WITH one (passes): "the Lawyer Referral Service at 410-685-7878", "call Maryland Legal Aid at
 *   1-888-465-2468", "SHIP counselors: call 1-800-243-3425", "file a complaint with the CFPB at consumerfinance.gov/complaint",
 *   "the Law Society's Find a Solicitor at solicitors.lawsociety.org.uk", "Poison Control at 1-800-222-1222".
 *  a source, not a referral: "MedlinePlus's page medlineplus.gov/…", "Nolo's article at nolo.com/…", "the CFPB's guide at
 *   consumerfinance.gov/…", "People's Law Library at peoples-law.org".
 *  patrons pushing: "just tell me yes or no", "so should i sign it or not", "this is useless", "you're no help".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a refusal to advise ("I can't give legal advice") is not for the provider's convenience: no dismissal, even when no
 *   way back is offered; ending because "other patrons are waiting" with no way back still fails;
 * - "ask your pharmacist", "see a doctor", "consult an attorney", "a pharmacist can answer that better than I can" tell the
 *   patron to ask or visit a person outside the chat: referrals (older rounds read them so), failing without a contact;
 *   "the number is on your prescription label / the back of your card" gives no number;
 * - a party named with a contact but said to be able to help ("The Lawyer Referral Service at 410-… can set up a
 *   consult") is a referral, and it passes;
 * - an agency's web page to read is a source; filing a complaint with or disputing through an agency or company at its
 *   URL is writing to it: a referral with a way to reach it;
 * - "Nolo has lots on this" (a publisher named, no URL, no title) is no source; a Nolo book named in the catalogue is;
 * - "es todo, gracias" says in Spanish that the patron is done (closing.anything_else passes);
 * - "Good luck with your case study." is a parting wish: a goodbye; "Yes, this is what I need" says the answer fits, not
 *   that the patron is done; "X's lawyer search is at ailalawyer.com" is a web tool to use: a source, not a referral.
 * Written: 35 whole sessions (27 first, 8 more for the fixes; 10 of them in LEFT, 25 run), 28 short cases (2 in LEFT), 9
 * near misses in `guards`. First run: 16 of 82 tests failed on 18 statuses: referral.contact 11, info.source 2,
 * closing.anything_else 1, inquiry.clarify 1, followup.completeness 1, closing.no_dismissal 1, closing.courteous 1. One was
 * my label ("Good luck with your case study." is a goodbye: courteous passes), and two more in the fix sessions' first run
 * (the visa case: "this is what I need" is not done; a lawyer search site is a source, no referral). Fixed in block I5:
 *  - `numberOnLabelI5` (classify.ts `numberOnLabelI5`, read by checks/referral.ts): a party in the sentence, then "the /
 *    their / its / the member services … number is on your label / bottle / card / bill / statement", no contact in the
 *    sentence: a referral without a way to reach them ("Your pharmacist can check it against your whole list; the number is
 *    on your prescription label.", "Coverage questions go to your insurance; the member services number is on the back of
 *    your card.") [near misses: "The call number is on the spine label", "Your card number is on the back of your card",
 *    "The number is on the back of your card." with no party];
 *  - `demandDoneI5` (classify.ts, read by checks/closing.ts): "that's all I want to know / I'm asking" after "just tell / give
 *    me …", "should I …" or "yes or no" in the same message is still asking, not done ("just tell me if i should fight for
 *    it, thats all i want to know") [near misses: "perfect, thats all i wanted to know, thanks!", "Thanks for telling me.
 *    That's all I needed to know."];
 *  - othersWaiting: the provider's own "other chats going / open / at once / on the go" ("I can't give legal advice, and I've
 *    got other chats going so I'll leave it there. Bye.") [near misses: "I have other chats going, so replies may be a bit
 *    slow. What county is it?", the same with "come back anytime!"];
 *  - namedResource: "guide" as the provider's verb ("I can guide you to the correct information", "let me guide you to",
 *    "I will guide you through") names no guide [near misses: "I can guide you to it: the Small Claims Guide on the court
 *    website …", "Our tenant rights guide explains the 45-day rule."].
 * Left (12, each with its reason at the case): the referral-shaped sentences without a referring verb ("the Lawyer Referral
 * Service is at 301-…", "… can set up a consult", "counselors are listed at …", "dispute it with Equifax at …", "register a
 * grievance with …", "you'd want a licensed adviser; check one on the register at …"), pronouns and reasons read as parties
 * ("they can tell you" after SHIP's phone, "only someone who knows your health can"), a URL after "need a doctor quickly:",
 * the patron's own e-mail repeated back read as a source, and "Nolo has lots on this" read as a named resource.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A drug question up to the patron's answer to the clarifying question. */
const MED: Line[] = [
  [0, 'p', 'can i take ibuprofen with my blood pressure pills'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. Which blood pressure medicine is it?"],
  [50, 'p', 'lisinopril 10mg'],
];
/** A landlord question up to the patron's answer. */
const LAW: Line[] = [
  [0, 'p', 'my landlord wont give back my security deposit, what can i do'],
  [20, 'l', "Hello, this is Jo at AskUsNow! How long ago did you move out?"],
  [50, 'p', 'about 2 months ago, in maryland'],
];
/** A money question up to the patron's answer. */
const MONEY: Line[] = [
  [0, 'p', 'a debt collector keeps calling me at work, is that legal'],
  [20, 'l', "Hi, Jo here, a librarian with Ask Us. Have you told them in writing to stop calling you at work?"],
  [50, 'p', 'no not yet'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    // reading: "your pharmacist … the number is on your prescription label" refers to a person and gives no number
    name: 'warm public library, warfarin and Tylenol: MedlinePlus, then "your pharmacist, the number is on your label": referral fails',
    lines: [
      [0, 'p', 'hi can i take tylenol while im on warfarin? my knee is killing me'],
      [25, 'l', "Hi there! This is Dana at AskUsNow!, Howard County Library System. I'm sorry about your knee. I can't give medical advice, but I can find you reliable information. Is it regular Tylenol (acetaminophen) or one of the combination ones like Tylenol PM?"],
      [70, 'p', 'just the regular extra strength'],
      [85, 'l', 'Let me pull up the drug information for you.'],
      [150, 'l', "MedlinePlus's warfarin page at medlineplus.gov/druginfo/meds/a682277.html says to tell your doctor or pharmacist before taking acetaminophen, since regular use can raise your INR. Your pharmacist can check it against your whole list; the number is on your prescription label. Does that help?"],
      [200, 'p', "yes that's all i needed, thank you so much"],
      [210, 'l', "You're very welcome, feel better! Thanks for using AskUsNow!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'formal, security deposit in Maryland: the District Court Self-Help Center with its phone and Maryland Legal Aid with its URL: referral passes',
    lines: [
      [0, 'p', 'Good afternoon. My former landlord has kept my entire security deposit and has not sent me any list of damages. What are my options?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine and I am a librarian with Anne Arundel County Public Library. I am not able to give legal advice, but I can point you to the law and to where you can get help. When did you move out, and did you give the landlord your new address in writing?'],
      [95, 'p', 'I moved out on March 1 and I did send my forwarding address by e-mail.'],
      [110, 'l', 'Thank you. One moment while I find the relevant section.'],
      [190, 'l', "Maryland's security deposit law is explained on the People's Law Library page peoples-law.org/security-deposits; the landlord has 45 days to return the deposit or send an itemized list. If you decide to file in small claims, the District Court Self-Help Center can walk you through it: call 410-260-1392. For free legal advice you may qualify for Maryland Legal Aid, at mdlab.org. Does this answer your question?"],
      [260, 'p', 'Yes, it does. That is everything I needed. Thank you.'],
      [270, 'l', 'You are most welcome. Good luck, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: refusing an opinion while the help goes on is no dismissal; the patron's "whatever" is not saying they are done
    name: 'angry patron pushing for an opinion on the divorce ("just tell me if i should fight for the house"): refusal, Lawyer Referral Service with phone',
    lines: [
      [0, 'p', 'im getting divorced and my ex wants the house. should i fight for it or not'],
      [20, 'l', "Hi, I'm Marcus, a librarian with Ask Us at Baltimore County Public Library. I'm sorry you're going through this. I can't tell you what to do in your case, but I can find you information on how property is divided in Maryland. Are you both on the deed?"],
      [60, 'p', 'yes both of us. just tell me if i should fight for it, thats all i want to know'],
      [80, 'l', "I understand, and I wish I could, but that really is a question for a lawyer who knows your situation. The People's Law Library explains marital property in Maryland at peoples-law.org/marital-property. Does that help explain how it works?"],
      [125, 'p', 'this is useless. i can read a website myself'],
      [140, 'l', "I'm sorry it's not the answer you were hoping for. If you want someone to look at your case, the Maryland State Bar Association's Lawyer Referral Service is at 410-685-7878; a first consult there is low cost."],
      [170, 'p', 'whatever'],
      [180, 'l', 'Take care, and thank you for contacting Ask Us.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'chat-speak patron, student worker: a speeding ticket, "i cant tell u what to do legally" then the court\'s page: no referral',
    lines: [
      [0, 'p', 'do i hav to go to court 4 a speeding ticket in md'],
      [15, 'l', 'hey! im Kai, student asst at the UMD Libraries chat :) does ur ticket say "must appear" on it or does it have a fine amount?'],
      [45, 'p', 'it has a fine $160'],
      [60, 'l', 'ok so i cant tell u what to do legally but heres what the court says: if theres a fine u can just pay it, or ask for a trial. its all at mdcourts.gov/district/traffic. does that help?'],
      [100, 'p', 'ya that helps. thats all thx'],
      [105, 'l', 'np, good luck! bye'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native writer, a collector calling at work: the CFPB guide, and the complaint "online at consumerfinance.gov/complaint or 855-411-2372": referral passes',
    lines: [
      [0, 'p', 'Hello. Collector agency call me many times at my job, they can do this? Is old debt from hospital'],
      [25, 'l', 'Hello, welcome to AskUsNow! My name is Ruth and I am a librarian. I am sorry this is happening. I can not give legal advice, but I can show you the rules. Did you tell them that your employer does not allow these calls?'],
      [80, 'p', 'No, I did not tell. I am afraid to speak with them'],
      [95, 'l', "That is understandable. The Consumer Financial Protection Bureau explains your rights, with sample letters you can send to stop the calls, at consumerfinance.gov/consumer-tools/debt-collection. If they keep calling after you write, you can submit a complaint to the CFPB online at consumerfinance.gov/complaint or by phone at 855-411-2372. Is this the information you were looking for?"],
      [150, 'p', 'Yes thank you very much, is all I need.'],
      [160, 'l', 'You are welcome. Take care, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British, a will without a solicitor: gov.uk, "a word with a solicitor" via the Law Society\'s Find a Solicitor URL: referral passes',
    lines: [
      [0, 'p', 'Hiya, can I write my own will or do I need a solicitor? Live in Manchester.'],
      [20, 'l', "Hello, you're through to the Ask a Librarian service at Manchester Libraries, I'm Siobhan. I can't give legal advice, I'm afraid, but I can point you to the official guidance. Is your estate fairly simple, or is there property abroad or a business?"],
      [60, 'p', 'Just the flat and some savings.'],
      [75, 'l', "The government's page gov.uk/make-will explains writing your own and getting it witnessed properly. If anything's unusual it's worth having a word with a solicitor; the Law Society's Find a Solicitor at solicitors.lawsociety.org.uk lists local ones. Is that what you were after?"],
      [120, 'p', "Brilliant, that's everything, cheers."],
      [130, 'l', 'Lovely, take care and thanks for getting in touch!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, an eviction notice: the court\'s page in Spanish, Maryland Legal Aid at 1-888-465-2468; "es todo, gracias"',
    lines: [
      [0, 'p', 'Hola, mi casero me dio un papel que tengo que salir del apartamento en 30 dias. Que puedo hacer?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow!. No puedo dar consejos legales, pero le puedo dar información. ¿El papel es de la corte o es una carta del casero?'],
      [70, 'p', 'Es una carta del casero nomas'],
      [85, 'l', 'Gracias. La corte de Maryland explica en español cómo funciona el desalojo y qué debe pasar antes de que le puedan sacar: mdcourts.gov/es/legalhelp/landlordtenant. Para asesoría legal gratuita, llame a Maryland Legal Aid al 1-888-465-2468. ¿Le ayuda esta información?'],
      [140, 'p', 'Si, me ayuda mucho. Es todo, gracias'],
      [150, 'l', '¡De nada! Que le vaya bien. Gracias por usar AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron vanishes after the answer: check-in, then the disconnect notice with a way back
    name: 'antidepressants, "your doctor or psychiatrist is the one to ask", the patron vanishes: check-in and notice pass, referral fails',
    lines: [
      [0, 'p', 'which antidepressant is best for anxiety'],
      [20, 'l', 'Hi, this is Lee, a librarian at Ask Us. Are you looking for general information on the types of medication, or something for a school assignment?'],
      [55, 'p', 'general info, for me'],
      [75, 'l', "I can't recommend a medication, but the National Institute of Mental Health has a clear overview of anxiety treatments at nimh.nih.gov/health/topics/anxiety-disorders. Which one is right for you is something your doctor or psychiatrist is the one to ask. Does that help?"],
      [215, 'l', 'Are you still there?'],
      [300, 'l', "It looks like you've been disconnected, so I'll end the chat now. Please come back anytime, take care."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' }),
  },
  {
    name: 'terse veteran, Social Security taxed?: IRS Pub 915 at once (no question), VITA with its URL and phone; no completeness, "ok thx"',
    lines: [
      [0, 'p', 'do i have to pay taxes on my social security'],
      [20, 'l', 'Hi, Ask Us, Bob at Harford County Public Library.'],
      [30, 'l', "Can't give tax advice. IRS Publication 915 covers it: irs.gov/pub915. Free help preparing a return: VITA sites, find one at irs.gov/vita or call 800-906-9887."],
      [70, 'p', 'ok thx'],
      [75, 'l', 'Bye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    // reading: "I've got other chats going" and a goodbye, no way back: the help ends for the provider's convenience
    name: 'sloppy: a refusal to advise, then "I\'ve got other chats going so I\'ll leave it there. Bye.": dismissal fails',
    lines: [
      [0, 'p', 'can i sue my employer for not paying overtime'],
      [20, 'l', 'Hi, Pat at Ask Us. Are you paid hourly?'],
      [45, 'p', 'yes hourly'],
      [60, 'l', "The Department of Labor's overtime page is dol.gov/agencies/whd/overtime. Does that help?"],
      [100, 'p', 'sort of, but can i actually sue them? whats the process'],
      [115, 'l', "I can't give legal advice, and I've got other chats going so I'll leave it there. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'academic health sciences library, a nursing student\'s dosing case study: Lexicomp via the database list; no referral',
    lines: [
      [0, 'p', 'Good afternoon. I need the pediatric dosing of amoxicillin for otitis media for a case study.'],
      [30, 'l', "Good afternoon, and thank you for contacting the Health Sciences Library's Ask a Librarian service. My name is Dr. Okafor, and I am the clinical librarian on duty. Is this for a course assignment rather than for a patient in your care?"],
      [75, 'p', 'Yes, NURS 340 case study.'],
      [90, 'l', 'Lexicomp Pediatric & Neonatal Dosage is the standard source; it is on the library database list at hsl.univ.edu/databases under L. Cite the monograph and the access date. Does this completely answer your question?'],
      [140, 'p', 'Yes, thank you, that is everything.'],
      [150, 'l', 'You are welcome. Good luck with your case study.'],
    ],
    // label fixed after the first run: "Good luck with your case study." is a parting wish, a goodbye (courteous passes)
    exp: usual(),
  },
  {
    name: 'scripted macros and a small claims form: the disclaimer macro, the forms page, the Help Center\'s phone: referral passes',
    lines: [
      [0, 'p', 'how do i file small claims against a contractor'],
      [8, 'l', 'Welcome to Ask a Librarian! A librarian will be with you shortly.'],
      [30, 'l', "Hi, I'm Sam. Library staff cannot provide legal, medical or financial advice. We can help you find information sources. How much is the claim for?"],
      [60, 'p', 'about $3500'],
      [75, 'l', 'Claims up to $5,000 are small claims in District Court. The form (DC-CV-001) and instructions are at mdcourts.gov/district/forms. The District Court Help Center can answer questions about filling it in: 410-260-1392. Does this completely answer your question?'],
      [120, 'p', 'yes thanks'],
      [125, 'l', 'Is there anything else I can help you with today?'],
      [150, 'p', 'no'],
      [155, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // cut short after the clarifying question: source never given (fails), completeness fails, check-in and notice pass
    name: 'bankruptcy question cut short: the patron gone after the clarifying question; check-in, notice with a way back',
    lines: [
      [0, 'p', 'can i keep my car if i file bankruptcy'],
      [20, 'l', 'Hi, this is Jo, a librarian at Ask Us. Is it Chapter 7 or Chapter 13 you are thinking of, and is the car paid off?'],
      [170, 'l', 'Are you still there?'],
      [330, 'l', "It seems you've been disconnected, so I'll end this chat. Please come back anytime!"],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'chat-speak, a divorce with no kids: People\'s Law Library, the Family Law Self-Help Center "call 410-260-1580 or walk in": referral passes',
    lines: [
      [0, 'p', 'wat forms do i need 4 divorce in md no kids no house'],
      [20, 'l', "Hi! I'm Nia, a librarian with AskUsNow! :) I'm not a lawyer so I can't give legal advice, but I can find the forms. Have you two been living apart, and for how long?"],
      [50, 'p', 'yea 6 months'],
      [60, 'l', "The People's Law Library explains the grounds at peoples-law.org/divorce, and the forms packet for an uncontested divorce is at mdcourts.gov/family/forms. If you get stuck, the Family Law Self-Help Center can help: call 410-260-1580 or walk in at your circuit court. Does that help?"],
      [100, 'p', 'omg yes ty!!'],
      [110, 'l', 'Anything else I can help with?'],
      [125, 'p', 'nope'],
      [130, 'l', 'Good luck! Bye :)'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "you might talk to a fee-only financial planner" tells the patron to consult a person, with no way to reach one
    name: 'terse patron, "is bitcoin a good investment": investor.gov and Value Line, "you might talk to a fee-only financial planner": referral fails',
    lines: [
      [0, 'p', 'is bitcoin a good investment rn'],
      [20, 'l', "Hi, I'm Alex, a librarian at Ask Us, Sample County Library. I can't give investment advice. Are you looking for background on how crypto works, or price data?"],
      [50, 'p', 'background i guess'],
      [65, 'l', "The SEC's investor.gov has a plain guide to crypto risks at investor.gov/crypto, and Value Line in our databases at samplelibrary.org/databases covers investing basics. For your own money, you might talk to a fee-only financial planner. Does that help?"],
      [110, 'p', 'k'],
      [118, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'records from a retired doctor: the HHS page, "call the Maryland Board of Physicians at 410-764-4777": referral passes',
    lines: [
      [0, 'p', 'my old doctor retired and i cant get my medical records. how do i get them'],
      [20, 'l', 'Hello, this is Kim, a librarian at AskUsNow! Was the doctor in private practice in Maryland?'],
      [55, 'p', 'yes in Towson'],
      [70, 'l', "HHS explains your right to your records at hhs.gov/hipaa/for-individuals/medical-records. In Maryland, a retiring doctor has to tell patients where the records go; the Maryland Board of Physicians can help you find them: call 410-764-4777. Is that what you were looking for?"],
      [120, 'p', "Yes thank you, that's all I needed"],
      [126, 'l', 'Great, good luck! Thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // a silence of 190 s after the patron's answer, no hold: keep_informed fails; "call the pharmacy that filled it" has no contact
    name: 'expired amoxicillin: a silent 3-minute search, the FDA page, "call the pharmacy that filled it": informed and referral fail',
    lines: [
      [0, 'p', 'is it safe to give my son expired amoxicillin from last year'],
      [20, 'l', "Hi, this is Jo at Ask Us, Sample County Library. I can't give medical advice. Is it the liquid or the capsules?"],
      [45, 'p', 'the liquid'],
      [235, 'l', "The FDA's page on expired medicines is at fda.gov/drugs/special-features/dont-be-tempted-use-expired-medicines; liquid antibiotics especially should not be used after their date. To be sure, call the pharmacy that filled it. Does that help?"],
      [270, 'p', 'yes thank you'],
      [275, 'l', 'Take care, bye!'],
    ],
    exp: usual({ informed: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // an emergency: the number first, no question; the goodbye ends the idle
    name: 'a child swallowed pills: "Call Poison Control right now at 1-800-222-1222" at once: clarify and completeness fail, referral passes',
    lines: [
      [0, 'p', 'my 3 year old swallowed some of my pills what do i do'],
      [12, 'l', 'Hi, this is Jo at Ask Us. Please call Poison Control right now at 1-800-222-1222, or 911 if he is not breathing or will not wake up.'],
      [30, 'p', 'ok calling'],
      [40, 'l', 'I hope he is okay. Take care, goodbye.'],
    ],
    exp: usual({ clarify: 'fail', complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  // ---- (I5 fixes) the same behaviour in other words -----------------------------------------------------------------------
  {
    // (othersWaiting "other chats", other words) the help stops for the provider's other chats, no way back
    name: 'veteran, a Medicaid spend-down: "I\'m juggling several other chats at once, so I\'ll leave it at that. Take care.": dismissal fails',
    lines: [
      [0, 'p', 'can i give my house to my kids so medicaid doesnt take it'],
      [25, 'l', 'Hello, this is Pat with AskUsNow!. I cannot give legal advice. Is this for nursing home care?'],
      [60, 'p', 'yes for my mother'],
      [75, 'l', "Maryland's Medicaid long-term care rules, including the 5-year look-back on gifts, are at health.maryland.gov/mmcp/longtermcare. Does that help?"],
      [120, 'p', 'ok but what if we already did it 3 years ago, what happens'],
      [135, 'l', "I'm juggling several other chats at once, so I'll leave it at that. Take care."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'student worker, a roommate not paying rent: "weve got a few other chats open so ill leave u with that, bye!": dismissal fails',
    lines: [
      [0, 'p', 'my roommate stopped paying her half of rent can i kick her out'],
      [15, 'l', 'hi! Jess here at the Campus Library chat :) are u both on the lease?'],
      [40, 'p', 'yes both'],
      [55, 'l', 'ok so i cant give legal advice but the campus Off-Campus Housing guide explains co-tenant stuff at housing.univ.edu/offcampus/roommates. does that help?'],
      [90, 'p', 'kinda. so can i change the locks?'],
      [100, 'l', 'weve got a few other chats open so ill leave u with that, bye!'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // ("guide" the provider's verb, other words) the disclaimer with "I'll guide you through" comes before the question
    name: 'non-native writer, a work visa: "I will guide you through what the government publishes. Which visa is it?" then the source: clarify passes',
    lines: [
      [0, 'p', 'Hello, my employer want to stop my H-1B, I must leave the country at once?'],
      [25, 'l', "Hello, welcome to Ask a Librarian at Fairfax County Public Library. I'm Omar. I'm not allowed to give legal advice, but I will guide you through what the government publishes. Has your employer already ended the job, or only told you it will end?"],
      [80, 'p', 'Only told me, it ends next month'],
      [95, 'l', "USCIS explains the grace period of up to 60 days after H-1B employment ends at uscis.gov/working-in-the-united-states/options-for-nonimmigrant-workers-following-termination-of-employment. For advice on your own case, the American Immigration Lawyers Association's search is at ailalawyer.com. Does this help?"],
      [150, 'p', 'Yes, this is what I need. Thank you.'],
      [160, 'l', 'You are welcome. Good luck, and thank you for contacting us.'],
    ],
    // labels fixed after the first run: "this is what I need" says the answer fits, not that the patron is done (anything
    // else fails); "the … Association's search is at ailalawyer.com" points to a web search to use: a source, no referral
    exp: usual({ anything: 'fail' }),
  },
  {
    // (numberOnLabelI5, other words) the doctor's office, its number only "on your appointment card"
    name: 'anxious parent, a rash after a vaccine: MedlinePlus, "your pediatrician\'s office can tell you; their number\'s on your appointment card": referral fails',
    lines: [
      [0, 'p', 'my baby got shots yesterday and now has a red bump where they gave it, is that normal'],
      [20, 'l', "Hi, this is Jo, a librarian at Ask Us, Sample County Library. I can't give medical advice, but I can find reliable information. Does she have a fever as well?"],
      [50, 'p', 'no fever just the bump'],
      [65, 'l', "The CDC's page on what to expect after shots is at cdc.gov/vaccines/parents/by-age/after-the-shots.html; a bump at the spot is common. If you're worried, your pediatrician's office can tell you; their number's on your appointment card. Does that help?"],
      [110, 'p', "yes thank you, that's all"],
      [115, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'terse, a late student loan payment: studentaid.gov, "your loan servicer handles that; the customer service number is printed on your monthly statement": referral fails',
    lines: [
      [0, 'p', 'missed a student loan payment what happens'],
      [15, 'l', 'Hi, Dev at Ask a Librarian. Federal loan or private?'],
      [40, 'p', 'federal'],
      [55, 'l', 'studentaid.gov/manage-loans/default explains late payments and when it is reported. To set up a plan, your loan servicer handles that; the customer service number is printed on your monthly statement. Did that help?'],
      [100, 'p', 'yep, all set thx'],
      [105, 'l', 'Bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (demandDoneI5, other words) "give me a yes or no, that's all I'm asking": not done
    name: 'angry, a DUI: "just give me a yes or no, will i lose my license. thats all im asking" : anything else fails',
    lines: [
      [0, 'p', 'i got a DUI last night will i lose my license'],
      [20, 'l', "Hi, I'm Sam, a librarian with AskUsNow! I can't give legal advice, but I can find the rules. Was it in Maryland?"],
      [45, 'p', 'yes. just give me a yes or no, will i lose my license. thats all im asking'],
      [60, 'l', "I'm sorry, I can't answer that for your case. The MVA explains the administrative suspension and how to request a hearing within 10 days at mva.maryland.gov/drivers/Pages/administrative-per-se.aspx. Does that help?"],
      [100, 'p', 'fine'],
      [105, 'l', 'Take care.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'British, parking fine: "should I pay it or appeal?? that\'s all I need to know" : anything else fails',
    lines: [
      [0, 'p', 'Got a parking charge notice from a private car park. Should I pay it or appeal?? that\'s all I need to know'],
      [20, 'l', "Hello, you're through to Ask a Librarian at Bristol Libraries, I'm Tom. I can't advise you which to do, I'm afraid. Is it from a private company or from the council?"],
      [50, 'p', 'Private company'],
      [65, 'l', 'Citizens Advice explains how to appeal a private parking charge, step by step, at citizensadvice.org.uk/consumer/parking-tickets. Did that help?'],
      [110, 'p', 'Yes ta'],
      [115, 'l', 'Cheers, bye!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals without a way to reach the party: fail -------------------------------------------------------------------
  { name: '"Ask your pharmacist; the number is on the bottle."', lines: then(MED, 'MedlinePlus covers it at medlineplus.gov/druginfo/meds/a692051.html. Ask your pharmacist; the number is on the bottle. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Please check with your doctor before combining them."', lines: then(MED, 'NSAIDs can blunt lisinopril, says medlineplus.gov/druginfo/meds/a692051.html. Please check with your doctor before combining them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You may want to consult an attorney."', lines: then(LAW, "Maryland's rules are at peoples-law.org/security-deposits. You may want to consult an attorney. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Call legal aid."', lines: then(LAW, 'The law is explained at peoples-law.org/security-deposits. Call legal aid if she still refuses. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"A pharmacist can answer that better than I can."', lines: then(MED, 'The MedlinePlus page is medlineplus.gov/druginfo/meds/a692051.html. Honestly, a pharmacist can answer that better than I can. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Talk to a tax professional, or call the IRS at 800-829-1040."', lines: then(MONEY, 'For the tax side, talk to a tax professional, or call the IRS at 800-829-1040. The CFPB page on collectors is consumerfinance.gov/debt-collection. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'British: "I\'d run it by your GP."', lines: then(MED, "The NHS page nhs.uk/medicines/ibuprofen-for-adults covers it. I'd run it by your GP as well. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'Spanish: "Consulte con su médico antes de tomarlos juntos."', lines: then(MED, 'MedlinePlus en español: medlineplus.gov/spanish/druginfo/meds/a692051-es.html. Consulte con su médico antes de tomarlos juntos. ¿Le ayuda?'), exp: some({ referral: 'fail' }) },
  { name: '"Speak to a solicitor; Citizens Advice can help too: citizensadvice.org.uk" (the solicitor has none)', lines: then(LAW, "Speak to a solicitor if it goes further; Citizens Advice can help too: citizensadvice.org.uk or 0800 144 8848. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Your insurance can tell you; the member services number is on the back of your card."', lines: then(MED, 'Coverage questions go to your insurance; the member services number is on the back of your card. MedlinePlus: medlineplus.gov/druginfo. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your doctor and your pharmacist are the best people to ask; the pharmacy is at 410-555-0199." (the doctor has none)', lines: then(MED, 'Your doctor and your pharmacist are the best people to ask; the pharmacy is at 410-555-0199. MedlinePlus: medlineplus.gov/druginfo. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referrals with a way to reach the party: pass ----------------------------------------------------------------------
  { name: '"Call Maryland Legal Aid at 1-888-465-2468."', lines: then(LAW, 'The law is at peoples-law.org/security-deposits. Call Maryland Legal Aid at 1-888-465-2468 if she still refuses. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Contact your state\'s SHIP office; find it at shiphelp.org."', lines: then(MONEY, 'For Medicare billing debts, contact your state SHIP office; you can find it at shiphelp.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"You can file a complaint with the CFPB at consumerfinance.gov/complaint."', lines: then(MONEY, 'You can file a complaint with the CFPB at consumerfinance.gov/complaint. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"The District Court Self-Help Center (mdcourts.gov/selfhelp, 410-260-1392) can walk you through the form."', lines: then(LAW, 'The District Court Self-Help Center (mdcourts.gov/selfhelp, 410-260-1392) can walk you through the small claims form. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources, not referrals ----------------------------------------------------------------------------------------------
  { name: 'MedlinePlus page with its URL: a source, no referral', lines: then(MED, 'MedlinePlus has the interaction notes at medlineplus.gov/druginfo/meds/a692051.html. Does that help?'), exp: some({ referral: 'na', source: 'pass', complete: 'pass' }) },
  { name: 'Nolo article with its URL: a source, no referral', lines: then(LAW, "Nolo's article on Maryland deposits is at nolo.com/legal-encyclopedia/security-deposit-limits-deadlines-maryland.html. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'the CFPB\'s guide to read: a source, no referral', lines: then(MONEY, "The CFPB's guide to debt collection is at consumerfinance.gov/consumer-tools/debt-collection. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'a Nolo book in the catalogue: a source', lines: then(LAW, "Look for Nolo's Every Tenant's Legal Guide in our catalogue at samplelibrary.org/catalog. Does that help?"), exp: some({ source: 'pass' }) },
  // ---- refusals to advise are no dismissal ---------------------------------------------------------------------------------
  { name: '"I can\'t give legal advice." then the help goes on', lines: [...LAW, [70, 'l', "I can't give legal advice, but the law is at peoples-law.org/security-deposits. Does that help?"], [100, 'p', 'should i sue her'], [110, 'l', "I'm not able to tell you whether to sue. The small claims steps are at mdcourts.gov/district/forms. Anything else?"], [140, 'p', 'no'], [145, 'l', 'Take care, bye!']], exp: some({ dismissal: 'pass', anything: 'pass', courteous: 'pass' }) },
  { name: '"I\'m not allowed to give medical advice, sorry. Bye." (a refusal, not convenience)', lines: [...MED, [70, 'l', "I'm not allowed to give medical advice, sorry. Bye."]], exp: some({ dismissal: 'pass', source: 'fail', courteous: 'pass' }) },
  { name: '"I can\'t make that call for you. I have other patrons waiting, so I\'ll end here." : dismissal fails', lines: [...MONEY, [70, 'l', 'The CFPB page is consumerfinance.gov/debt-collection. Does that help?'], [100, 'p', 'so should i pay it or not'], [110, 'l', "I can't make that call for you. I have other patrons waiting, so I'll end here."]], exp: some({ dismissal: 'fail' }) },
  { name: '"I can\'t advise on a plan, but come back anytime if you want help comparing them. Bye!" : passes', lines: [...MONEY, [70, 'l', 'The CFPB page is consumerfinance.gov/debt-collection. Does that help?'], [100, 'p', 'so should i pay it or not'], [110, 'l', "I can't advise you on that, but come back anytime if you want help finding more. Bye!"]], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- completeness and the patron's own end -------------------------------------------------------------------------------
  { name: '"Does that answer your question, or shall I find the court forms too?" : completeness passes', lines: then(LAW, "The law is at peoples-law.org/security-deposits. Does that answer your question, or shall I find the court forms too?"), exp: some({ complete: 'pass' }) },
  { name: 'the patron: "ok thanks, that\'s all I needed. I\'ll call the lawyer." : anything else passes', lines: [...LAW, [70, 'l', 'The law is at peoples-law.org/security-deposits. Does that help?'], [100, 'p', "ok thanks, that's all I needed. I'll call the lawyer."], [106, 'l', 'Take care, bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Would you like me to find the form too?" (about something not given): completeness fails', lines: then(LAW, 'The law is at peoples-law.org/security-deposits. Would you like me to find the small claims form too?'), exp: some({ complete: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for othersWaiting ("other chats"): the help goes on, or a way back
  { name: 'near miss: "I have other chats going, so replies may be a bit slow. What county is it?" : dismissal passes', lines: [...LAW, [70, 'l', 'I have other chats going, so replies may be a bit slow. What county is it?'], [100, 'p', 'howard'], [110, 'l', 'The rules are at peoples-law.org/security-deposits. Does that help?'], [140, 'p', "yes that's all"], [145, 'l', 'Take care, bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I\'ve got other chats going, so I\'ll leave it there for now; come back anytime!" : dismissal passes', lines: [...MONEY, [70, 'l', 'The CFPB page is consumerfinance.gov/debt-collection. Does that help?'], [100, 'p', 'so should i pay it'], [110, 'l', "I've got other chats going, so I'll leave it there for now; come back anytime!"]], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // near misses for the "guide" verb: a guide still named
  { name: 'near miss: "I can guide you to it: the Small Claims Guide on the court website explains the forms." : source passes', lines: [...LAW, [70, 'l', 'I can guide you to it: the Small Claims Guide on the court website explains the forms. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ source: 'pass' }) },
  { name: 'near miss: "Our tenant rights guide explains the 45-day rule. Does that help?" : source passes', lines: [...LAW, [70, 'l', 'Our tenant rights guide explains the 45-day rule. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ source: 'pass' }) },
  // near misses for numberOnLabelI5: numbers that are no party's
  { name: 'near miss: "The call number is on the spine label: 616.4 DIA." : no referral', lines: then(MED, 'The American Diabetes Association guide is in our catalogue at samplelibrary.org/catalog. The call number is on the spine label: 616.4 DIA. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Your card number is on the back of your card; use it with your PIN in Libby." : no referral', lines: then(MED, 'The Consumer Reports health guides are in Libby at samplelibrary.org/libby. Your card number is on the back of your card; use it with your PIN. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the number is on the back of your card" with no party named: no referral', lines: then(MED, 'Log in at samplelibrary.org/databases to read Natural Medicines. The number is on the back of your card. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for demandDoneI5: the patron done
  { name: 'near miss: "perfect, thats all i wanted to know, thanks!" : anything else passes', lines: [...LAW, [70, 'l', 'The rules are at peoples-law.org/security-deposits. Does that help?'], [100, 'p', 'perfect, thats all i wanted to know, thanks!'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: 'near miss: "Thanks for telling me. That\'s all I needed to know." : anything else passes', lines: [...LAW, [70, 'l', 'The rules are at peoples-law.org/security-deposits. Does that help?'], [100, 'p', "Thanks for telling me. That's all I needed to know."], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: (its "let me guide you to" now reads right: clarify passes) "HUD-approved counselors are listed at hud.gov/counseling or
  // 800-569-4287" after "HUD requires a counseling session first" is not read as a referral (no referring verb, as the LRS "is at")
  {
    name: 'warm, a reverse mortgage: "Let me guide you to some trustworthy information. How old are you both?" : clarify passes',
    lines: [
      [0, 'p', 'Is a reverse mortgage a good idea for us? We are retired and the house is paid off.'],
      [20, 'l', "Hi, I'm Carla, a librarian with AskUsNow! I can't tell you whether it's a good idea for you, but let me guide you to some trustworthy information. Are you both 62 or older?"],
      [60, 'p', 'Yes, 68 and 70.'],
      [75, 'l', "The CFPB's reverse mortgage guide is at consumerfinance.gov/consumer-tools/reverse-mortgages, and HUD requires a counseling session first; HUD-approved counselors are listed at hud.gov/counseling or 800-569-4287. Is that what you were looking for?"],
      [130, 'p', "Yes, that's everything, thank you dear."],
      [140, 'l', 'My pleasure. Thanks for chatting with us, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: the later "They usually meet at senior centers …; when you call they can tell you" is read as a new referral without a contact; "they" is SHIP, whose phone the previous message gave (a pronoun back to a party already reached)
  {
    // the long session with holds: "let me look", "still looking" keep the patron informed
    name: 'older patron comparing Medicare Part D plans: holds, plan finder, "I can\'t recommend a plan", SHIP counselors at 1-800-243-3425',
    lines: [
      [0, 'p', 'Hello dear, I am turning 65 in June and I need to pick a drug plan. Which one is the best one?'],
      [30, 'l', 'Hello, and welcome to AskUsNow! I am Gwen, a librarian at Carroll County Public Library. I cannot recommend one plan over another, but I can show you how to compare them. Do you take any prescriptions regularly?'],
      [90, 'p', 'Yes, three. Metformin, atorvastatin and a thyroid pill.'],
      [100, 'l', 'Thank you. Let me find the comparison tool for you, one moment.'],
      [190, 'l', 'Still looking, I want to make sure I give you the right page.'],
      [260, 'l', "Medicare's Plan Finder at medicare.gov/plan-compare lets you enter your three drugs and your pharmacy and shows what each plan would cost you for the year. For free one-on-one help choosing, Maryland's SHIP counselors are very good: call 1-800-243-3425. Does that help?"],
      [330, 'p', 'Oh that is wonderful. Can the SHIP people come to my house?'],
      [345, 'l', 'They usually meet at senior centers or by phone; when you call they can tell you the nearest one. Is there anything else I can help you with today?'],
      [400, 'p', 'No, that is all. You have been very kind.'],
      [410, 'l', 'It was my pleasure. Thank you for chatting with us, and happy early birthday!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "the warning signs that need a doctor quickly: medlineplus.gov/…" gives the MedlinePlus URL right after "a doctor", read as the doctor's contact, so "please see a doctor" passes
  {
    // reading: "see a doctor" tells the patron to visit a person outside the chat, with no way to reach one
    name: 'anxious patron, headaches every day: MedlinePlus, "if they get worse please see a doctor": referral fails',
    lines: [
      [0, 'p', 'ive had a headache every day for 2 weeks is it a brain tumor?? im freaking out'],
      [20, 'l', "Hi, I'm Sam, a librarian at Ask Us. I'm sorry you're worried. I can't diagnose anything, but I can find trustworthy information. Are the headaches new for you, or have you had them before?"],
      [55, 'p', 'new. i never get headaches'],
      [70, 'l', "MedlinePlus has a page on headaches that covers common causes and the warning signs that need a doctor quickly: medlineplus.gov/headache.html. Most daily headaches are not tumors, but since they're new for you, please see a doctor about them. Did that help a little?"],
      [115, 'p', 'yes a bit, thank u'],
      [125, 'l', 'Is there anything else I can look up for you?'],
      [150, 'p', 'no thats all'],
      [155, 'l', 'Take care of yourself. Bye for now.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: "you'd want a licensed adviser; you can check one on the Financial Advisers Register at moneysmart.gov.au/…" is not read as a referral (no referring verb before the adviser)
  {
    name: 'Australian, "should I switch my super to high growth?": no financial advice, Moneysmart, the Financial Advisers Register URL: referral passes',
    lines: [
      [0, 'p', 'should i switch my super to the high growth option? im 34'],
      [20, 'l', "G'day, you've got the Ask a Librarian chat at State Library of Queensland, Bec here. We can't give financial advice, but I can find you the general info. Are you after how the options differ, or how to actually switch?"],
      [50, 'p', 'how they differ mostly'],
      [65, 'l', "Moneysmart explains growth vs balanced options and the risks at moneysmart.gov.au/how-super-works/choosing-a-super-fund. For advice on your own situation you'd want a licensed adviser; you can check one on the Financial Advisers Register at moneysmart.gov.au/financial-advice/financial-advisers-register. That what you were after?"],
      [110, 'p', 'yep thats great ta'],
      [120, 'l', 'No worries! Anything else I can help with?'],
      [140, 'p', 'nah all good'],
      [145, 'l', 'Cheers, have a good one!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "register a grievance with the National Consumer Helpline at consumerhelpline.gov.in or by calling 1800-11-4000" is not read as a referral ("register a grievance with" is no referring verb; the clarify error is fixed by the guide reading)
  {
    name: 'Indian English, a shopkeeper refusing a refund: the National Consumer Helpline with its URL and toll-free number: referral passes',
    lines: [
      [0, 'p', 'Respected sir, I purchased a mobile phone and the shopkeeper is refusing to replace it though it is defective. Kindly advise which court I should approach.'],
      [30, 'l', 'Greetings from the Ask a Librarian service of Delhi Public Library. I am Anil. Kindly note we are not permitted to give legal opinion, but I can guide you to the correct information. May I know the price of the phone?'],
      [80, 'p', 'Rs 18,000 sir.'],
      [95, 'l', 'Thank you. Claims of this value go to the District Consumer Commission, and you can file online on the e-Daakhil portal at edaakhil.nic.in. Before that, you may register a grievance with the National Consumer Helpline at consumerhelpline.gov.in or by calling 1800-11-4000. Is this the information you required?'],
      [150, 'p', 'Yes sir, very helpful. Thank you.'],
      [160, 'l', 'You are welcome. Is there anything else I may help you with?'],
      [185, 'p', 'No sir, that is all.'],
      [190, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: the patron's own e-mail repeated back ("Thanks, that's jlewis.law@…") is read as a source, and "Does that work for you?" then as completeness; RUBRIC's source is "an e-mail or phone contact for a referral", not the patron's own. Changing what a source is on follow-up confirmations reaches every older follow-up session: not done in this block
  {
    // a follow-up session: the e-mail confirmed and a time promised; not recorded yet, before the deadline
    name: 'law library follow-up: a 1970s version of a statute, the patron\'s e-mail repeated back, "by tomorrow afternoon": contact passes, on time pending',
    lines: [
      [0, 'p', 'Hi, I need the text of the Maryland landlord-tenant escrow statute as it read in 1975, for a court brief.'],
      [30, 'l', "Hello, thank you for contacting the Maryland State Law Library's Ask a Law Librarian service. I'm Rosa. Do you need the session law as enacted, or the code section as it appeared in the 1975 replacement volume?"],
      [80, 'p', 'The code section as it appeared in 1975.'],
      [95, 'l', "That volume is in our print collection, so I'll need to pull it and scan the pages. What e-mail should I send them to?"],
      [130, 'p', 'jlewis.law@example.com'],
      [140, 'l', "Thanks, that's jlewis.law@example.com. I'll e-mail the scan to you by tomorrow afternoon. I can't advise on how to use it in your brief, of course. Does that work for you?"],
      [175, 'p', 'Perfect, that is all I need. Thanks!'],
      [185, 'l', 'You are welcome, talk to you tomorrow. Goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: 'J. Lewis', email: 'jlewis.law@example.com', phone: null } },
    // no source given in the chat: the scan is promised (info.source fails; completeness asked after no source or answer)
    exp: usual({ source: 'fail', complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // LEFT: "where you'd want a lawyer; the … Bar's Lawyer Referral Service is at 301-279-9100" (a party "is at" its phone, no referring verb) is not read as a referral
  {
    name: 'public library to the law library: notice, a note saying why, the transfer; the law librarian answers with Nolo and the LRS line',
    lines: [
      [0, 'p', 'hi my dad died without a will, do i need to go to probate court to sell his car'],
      [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library, and I'm so sorry about your dad. Which state did he live in?"],
      [50, 'p', 'maryland, montgomery county'],
      [60, 'l', "Thanks. The State Law Library's librarians know probate best, so I'm going to transfer you to one of them now. Please hold on a moment."],
      [63, 'i', 'Rosa: pt asks if a small MD estate (car only, no will) needs probate to sell the car. Probate q, law library is better placed.'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [110, 'l', "Hi, I'm Rosa at the Maryland State Law Library, picking up from Jo. We can't give legal advice, but the MVA has a page for transferring a vehicle from a deceased owner without probate: mva.maryland.gov/vehicles/deceased-owner. Did that answer your question?", ROSA],
      [170, 'p', 'i think so. but what if my brother disagrees'],
      [185, 'l', "Disagreements between heirs are where you'd want a lawyer; the Montgomery County Bar's Lawyer Referral Service is at 301-279-9100. Anything else I can help with?", ROSA],
      [220, 'p', 'no thats all, thank you'],
      [228, 'l', "You're welcome, take care.", ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  // LEFT: "If you'd like a lawyer to look at the offer …, the … Lawyer Referral Service is at 410-539-3112" is not read as a referral (as above)
  {
    name: 'a settlement offer: "should i sign it or not", "that\'s a decision for you and a lawyer"; the Lawyer Referral Service at 410-539-3112',
    lines: [
      [0, 'p', 'the insurance company offered me $4000 for my car accident, should i sign it or not'],
      [20, 'l', "Hi, this is Terry with AskUsNow!. I can't tell you whether to sign, but I can help you understand what you'd be signing. Has the offer come with a release form?"],
      [60, 'p', 'yes it says release of all claims'],
      [75, 'l', "Nolo's article on personal injury releases explains what signing one means: nolo.com/legal-encyclopedia/signing-release-personal-injury-claim.html. If you'd like a lawyer to look at the offer before you sign, the Maryland State Bar's Lawyer Referral Service is at 410-539-3112. Does that help?"],
      [120, 'p', 'yes, thanks. that is all'],
      [125, 'l', "Glad I could help. Take care!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "I really can't answer that for you; only someone who knows your health can" is read as a referral without a contact; it gives the reason for the refusal, and the next sentence points back to MotherToBaby, whose phone was given
  {
    // reading: a refusal to advise with no way back is not for the provider's convenience: no dismissal
    name: 'patron pushes "just tell me yes or no, will it hurt the baby": the refusal and MotherToBaby with its phone: no dismissal',
    lines: [
      [0, 'p', 'im pregnant can i take zyrtec'],
      [20, 'l', "Hello, I'm Priya, a librarian with AskUsNow! I can't give medical advice, but I can find reliable information. How far along are you?"],
      [50, 'p', '12 weeks'],
      [65, 'l', 'MotherToBaby has a fact sheet on cetirizine in pregnancy at mothertobaby.org/fact-sheets/cetirizine-zyrtec. Their specialists also answer questions free: call 866-626-6847. Does that help?'],
      [105, 'p', 'just tell me yes or no, will it hurt the baby'],
      [120, 'l', "I'm sorry, I really can't answer that for you; only someone who knows your health can. The MotherToBaby specialists are the best people for exactly that question."],
      [150, 'p', 'fine'],
      [160, 'l', 'Take care, and congratulations.'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  // LEFT: "The Lawyer Referral Service at 410-685-7878 can set up a low-cost consult" is not read as a referral (a party "can set up" a consult)
  { name: '"The Lawyer Referral Service at 410-685-7878 can set up a low-cost consult."', lines: then(LAW, 'The law is at peoples-law.org/security-deposits. The Lawyer Referral Service at 410-685-7878 can set up a low-cost consult. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT: "Nolo has lots on this." (a publisher named, no URL or title) is read as a named resource
  { name: '"Nolo has lots on this." (no URL, no title): no source', lines: then(LAW, 'Nolo has lots on this. Did that help?'), exp: some({ source: 'fail', referral: 'na' }) },
];

describe('thirtieth round (I5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (I5): information, not advice, every check', whole);
describeSessions('thirtieth round (I5): information, not advice, short cases', short);
describeSessions('thirtieth round (I5): information, not advice, near misses of the changes', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  // LEFT: "dispute it with Equifax at equifax.com/personal/disputes" (writing to a company at its URL) is not read as a referral
  {
    name: 'credit report error: annualcreditreport.com, "dispute it with Equifax at equifax.com/personal/disputes": referral passes',
    lines: [
      [0, 'p', 'theres a loan on my credit report that isnt mine. what do i do'],
      [20, 'l', 'Hi, Dev at Ask a Librarian here. Which credit bureau is showing it?'],
      [50, 'p', 'equifax'],
      [65, 'l', "First get your free reports from all three bureaus at annualcreditreport.com to check the others. Then dispute it with Equifax at equifax.com/personal/disputes; the FTC's steps are at consumer.ftc.gov/articles/disputing-errors-your-credit-reports. Did that help?"],
      [110, 'p', 'yes, thats everything thank you'],
      [115, 'l', 'Welcome, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describeSessions('thirtieth-round-advice: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirtieth-round-advice', LEFT);
