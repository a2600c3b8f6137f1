/**
 * Thirtieth round, third wave, area (K1): CONSUMER PROBLEMS AND SCAMS. A refund refused, a contractor who vanished, a car
 * dealer, a gym contract, a phishing text, a gift-card scam, identity theft, a data breach letter, robocalls, a fake check;
 * providers who point to reportfraud.ftc.gov, IdentityTheft.gov, the attorney general's consumer protection division, the
 * BBB, the CFPB, the bank's fraud line ("the number on the back of your card"), the police non-emergency line, the credit
 * bureaus, with and without a way to reach them; patrons angry, embarrassed, in a hurry, older or young.
 *
 * PARAPHRASE SWEEP (labelled before running the scorer):
 *  referrals WITH a way to reach the party (pass): "report it to the FTC at reportfraud.ftc.gov", "file a complaint with
 *   the Attorney General's Consumer Protection Division: 410-528-8662", "freeze your credit with Equifax (equifax.com/…),
 *   Experian (…) and TransUnion (…)", "call the IRS Identity Protection unit at 800-908-4490", "ring Scamwatch… report
 *   it at scamwatch.gov.au", "Action Fraud on 0300 123 2040", "write to the dealer at 1200 Route 40 …".
 *  referrals WITHOUT one (fail): "call the number on the back of your card", "report it to your local police on their
 *   non-emergency line", "you can file a complaint with the Better Business Bureau", "freeze your credit with all three
 *   bureaus", "contact the store where you bought the cards", "call the company using the number on their official
 *   website", "talk to a lawyer about the contract", "send a certified letter to the address on your contract", "ring
 *   your bank".
 *  sources, not referrals: "the FTC's guide to gift card scams at consumer.ftc.gov/…", "IdentityTheft.gov walks you
 *   through a recovery plan".
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - reporting to, filing a complaint with, disputing with or freezing credit with an agency or company is writing to it:
 *   a referral; it passes only when that party's phone, e-mail, address or URL is given;
 * - "the number on the back of your card / on your statement / on their official website / the address on your contract"
 *   points to a contact the patron must find: no way to reach the party is given, the referral fails;
 * - "Stay safe!" as a parting wish is a goodbye (as I5 read "Good luck with your case study.");
 * - "ok i'll call them now" is not saying the patron is done (closing.anything_else fails); "that's all I needed" is;
 * - a bare "Help?" / "That help?" after the source asks whether it helped (completeness passes);
 * - "we close in 5 minutes so I have to end this now" with no way back ends the help for the provider's convenience;
 * - a party named in passing with its own organisation's URL given just before ("The FTC explains … at consumer.ftc.gov/…
 *   Report it to the FTC too.") is reachable: the URL is the FTC's (my first label said fail).
 * Written: 29 whole sessions (26 first, 3 more for the fixes; 1 in LEFT), 31 short cases (24 first, 7 more for the fixes;
 * 1 in LEFT), 11 near misses in `guards`. First run: 11 of 76 tests failed on 11 statuses: referral.contact 8,
 * followup.completeness 2, inquiry.clarify 1. One was my label ("Report it to the FTC too." after the FTC's own URL
 * passes). Fixed in block K1:
 *  - referralVerb: "freeze / lock your credit (file) with", "place / put / set up a (fraud alert | security freeze) with",
 *    "dispute the charge / debt / it with", "file / make a (police) report with" (not the provider's own "I'll file a report
 *    with our web team"); referralParty: "bureaus" and Equifax, Experian, TransUnion (not "Experian IdentityWorks", their
 *    websites) [near misses: "Compare your report with last year's", "Experian IdentityWorks is free with the code",
 *    "I'll file a report with our web team"];
 *  - referralActor: "it (also) helps / pays to", "the strongest protection / safest move / best step … is to" before the
 *    verb [near misses: "It helps to know the rules first: …", "The first step is to find the affidavit form online at …"];
 *  - `otherReferralK1` (checks/referral.ts): a later sentence that names the first party in passing but refers the
 *    patron to ANOTHER party ("…dispute the charge with your credit card issuer… If the issuer does not resolve it, you may
 *    submit a complaint to the CFPB at consumerfinance.gov/complaint") lends its contact to that other party only [near
 *    misses: "Contact your card issuer. You can reach the issuer at 1-800-…", "Call your bank. The bank's fraud line is …"];
 *  - `thirdPartyAskedK1` (classify.ts): "Did they ask you for your number…?", "Did you give them your number?", "Have you
 *    given the scammer your phone number?" ask about the patron's situation, not for the patron's contact [near misses:
 *    "What's the best number to reach you?", "Can I get your phone number in case we get cut off?"];
 *  - completeness: a bare "Help?" ("ok, that help?") [near misses: "Need help with anything else?", "Any other help?"].
 * Left (2, reasons at the cases): "call the number printed on the letter" (the IRS) not read as a referral; a demand letter
 * "to the address on your contract" (the counterparty written to) not read as a referral.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual, all } from './helpers';

/** A gift-card scam up to the patron's answer to the clarifying question. */
const GIFT: Line[] = [
  [0, 'p', 'i paid a man who said he was from the power company with target gift cards. what do i do now'],
  [20, 'l', "Hi, I'm Jo, a librarian with Ask Us at Sample County Library. I'm sorry this happened. How long ago did you give him the card numbers?"],
  [50, 'p', 'this morning'],
];
/** An identity theft question up to the patron's answer. */
const IDT: Line[] = [
  [0, 'p', 'someone opened a credit card in my name. where do i start'],
  [20, 'l', 'Hello, this is Jo at AskUsNow! Have you already contacted the card company that opened the account?'],
  [50, 'p', 'no not yet'],
];
/** A contractor question up to the patron's answer. */
const BUILD: Line[] = [
  [0, 'p', 'our contractor took a $6000 deposit for a deck and stopped answering his phone. we are in maryland'],
  [20, 'l', 'Hi, Jo here, a librarian with Ask Us. Do you have a written contract with him?'],
  [50, 'p', 'yes signed in april'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, older patron, gift-card scam: the FTC at reportfraud.ftc.gov and Target at its phone: referral passes',
    lines: [
      [0, 'p', 'Hello. I think I have been scammed. A man called and said my electricity would be shut off unless I paid with gift cards. I bought $500 of Target cards and read him the numbers.'],
      [30, 'l', "Hi there, I'm Dana, a librarian at AskUsNow! from Howard County Library System. I'm so sorry, that's a very common scam and you're not alone. How long ago did you read him the numbers?"],
      [90, 'p', 'About an hour ago. I feel so foolish.'],
      [105, 'l', "Please don't, these callers are very convincing. Let me look up who you need to call about the cards."],
      [180, 'l', "Call Target's gift card line right away at 1-800-544-2943; if the money hasn't been spent they can sometimes freeze it. Then report it to the FTC at reportfraud.ftc.gov. The FTC explains these scams at consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams. Does that help?"],
      [260, 'p', "Yes dear, thank you. That's all I needed, I will call them now."],
      [270, 'l', "You're very welcome. Take care of yourself, and thanks for using AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'formal, contractor vanished with a deposit: the AG\'s Consumer Protection Division and the MHIC with phones: referral passes',
    lines: [
      [0, 'p', 'Good evening. We paid a home improvement contractor a deposit of $6,000 in April. He has not started the work and does not answer calls. What recourse do we have in Maryland?'],
      [25, 'l', 'Good evening, and thank you for contacting AskUsNow! My name is Elaine, and I am a librarian with Anne Arundel County Public Library. Do you know whether the contractor held a Maryland Home Improvement Commission licence?'],
      [80, 'p', 'I believe so, his number is on the contract.'],
      [95, 'l', 'Thank you. One moment while I check the Commission\'s guidance.'],
      [170, 'l', 'The Maryland Home Improvement Commission handles complaints against licensed contractors and runs a Guaranty Fund that can repay homeowners up to $30,000; you can file a claim by calling 410-230-6309. You may also file a complaint with the Attorney General\'s Consumer Protection Division at marylandattorneygeneral.gov or 410-528-8662. The Commission\'s guide for homeowners is at labor.maryland.gov/license/mhic. Does this answer your question?'],
      [240, 'p', 'It does. Is there anything in writing I should send him first?'],
      [255, 'l', 'The People\'s Law Library has a sample demand letter at peoples-law.org/demand-letters; sending one by certified mail gives you a record. Is there anything else I can help you with?'],
      [300, 'p', 'No, that is everything. Thank you very much.'],
      [308, 'l', 'You are most welcome. Good luck, and thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // no question before the first source; the patron's "k thx" does not say they are done
    name: 'terse veteran, phishing text about a package: the FTC page only, no question first: clarify fails, anything else fails',
    lines: [
      [0, 'p', 'got a text saying usps cant deliver my package and to click a link to pay $1.99. is that real'],
      [15, 'l', 'Hi, Pat at Ask Us here.'],
      [40, 'l', "It's a scam. USPS doesn't text for fees. Don't click. The FTC's page on spam texts: consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages. Help?"],
      [70, 'p', 'k thx'],
      [75, 'l', 'np, bye'],
    ],
    exp: usual({ clarify: 'fail', anything: 'fail' }),
  },
  {
    // the bureaus are reached by phone; "file a police report with your local police department" gives no way to reach them
    name: 'embarrassed patron, identity theft: IdentityTheft.gov, a fraud alert with Equifax at its phone, the police without one: referral fails',
    lines: [
      [0, 'p', 'this is embarrassing but i think someone stole my identity. theres a car loan on my credit report i never took out'],
      [20, 'l', "Hi, I'm Marcus, a librarian with Ask Us at Baltimore County Public Library. Nothing to be embarrassed about, it happens to a lot of people. Do you know how they got your information, like a lost wallet or a data breach letter?"],
      [70, 'p', 'my wallet was stolen in march'],
      [85, 'l', "Okay. I'm pulling together the steps for you."],
      [160, 'l', "First, report it at IdentityTheft.gov: it builds a personal recovery plan and an FTC report you can use with lenders. Next, place a fraud alert with Equifax at 1-800-685-1111; they have to tell the other two bureaus. It also helps to file a police report with your local police department. Did that help?"],
      [230, 'p', 'yes thank you, thats all'],
      [240, 'l', 'Glad to help. Take care, and thanks for chatting with Ask Us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'academic library, a data breach letter: freeze your credit with the three bureaus, each with its URL: referral passes',
    lines: [
      [0, 'p', 'Hi, I received a letter from a hospital saying my Social Security number was exposed in a data breach. Is the letter legitimate, and what should I do?'],
      [35, 'l', "Good afternoon, and welcome to Ask a Librarian at the University of Maryland Libraries. I'm Priya. Does the letter offer free credit monitoring with an enrollment code?"],
      [90, 'p', 'Yes, through Experian IdentityWorks.'],
      [110, 'l', "So you want to know whether the letter is real and how to protect yourself. The hospital's breach should be listed on the HHS breach portal at ocrportal.hhs.gov/ocr/breach; if it is there, the letter is very likely genuine. The strongest protection is to freeze your credit with Equifax (equifax.com/personal/credit-report-services), Experian (experian.com/freeze) and TransUnion (transunion.com/credit-freeze); it is free. The FTC's checklist is at identitytheft.gov/databreach. Does this completely answer your question?"],
      [200, 'p', 'Yes, that is very thorough. That is all I needed.'],
      [210, 'l', 'Wonderful. Thank you for using Ask a Librarian, and good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a used-car dealer who will not give the title: the AG\'s division with its phone, in Spanish: referral passes',
    lines: [
      [0, 'p', 'hola, compré un carro usado hace dos meses y el dealer no me da el título. que puedo hacer?'],
      [25, 'l', 'Hola, soy Lucía, bibliotecaria de AskUsNow! ¿El concesionario está en Maryland?'],
      [60, 'p', 'si, en Glen Burnie'],
      [75, 'l', 'Gracias. Un momento, por favor, busco la información.'],
      [150, 'l', 'En Maryland el concesionario tiene que entregar el título. Puede presentar una queja con la División de Protección al Consumidor del Fiscal General al 410-528-1840 (línea en español) o en marylandattorneygeneral.gov. La MVA explica los derechos del comprador en mva.maryland.gov. ¿Le sirve esta información?'],
      [220, 'p', 'si, muchas gracias. es todo'],
      [230, 'l', '¡De nada! Gracias por usar AskUsNow!, que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the patron's "cool ty" is no "done"; the provider never asks whether it helps
    name: 'chat-speak patron, student worker, gym will not cancel: "file a complaint w/ the BBB at bbb.org", no completeness question',
    lines: [
      [0, 'p', 'my gym wont let me cancel unless i come in person and pay 2 more months?? is that even legal'],
      [20, 'l', 'hey! im Jordan, student assistant at Ask Us @ the library. what state r u in?'],
      [45, 'p', 'virginia'],
      [60, 'l', 'ok so VA has a health spa law, the AG explains it here: oag.state.va.us/consumer-protection/index.php. if they wont budge u can file a complaint w/ the BBB at bbb.org too'],
      [100, 'p', 'cool ty'],
      [106, 'l', 'np good luck!! bye'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'British provider, a robocall claiming to be HMRC: report it to Action Fraud on 0300 123 2040: referral passes',
    lines: [
      [0, 'p', 'I keep getting automated calls saying I owe HMRC tax and a warrant is out for my arrest. Is this a scam?'],
      [30, 'l', "Hello, you're through to Ask a Librarian at the British Library, I'm Oliver. Have you given them any details or money yet?"],
      [75, 'p', 'No, I hung up.'],
      [90, 'l', "Good. Yes, it's a well-known scam: HMRC never threatens arrest on the phone. GOV.UK lists the genuine contacts at gov.uk/government/organisations/hm-revenue-customs/contact/reporting-fraudulent-emails. You can report the calls to Action Fraud on 0300 123 2040. Does that answer your question?"],
      [150, 'p', 'Yes, cheers.'],
      [158, 'l', 'Anything else I can help with today?'],
      [190, 'p', 'No, that was it.'],
      [196, 'l', 'Lovely. Thanks for getting in touch, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'young patron, a fake check for a Marketplace sale: "call your bank\'s fraud line, the number on the back of your debit card": referral fails',
    lines: [
      [0, 'p', 'someone buying my ps5 on marketplace sent me a check for $1200 instead of $450 and wants me to zelle back the difference. legit??'],
      [20, 'l', "Hi! Sam here from AskUsNow!, Prince George's County Memorial Library. Have you deposited the check yet?"],
      [55, 'p', 'ya yesterday, bank says its available'],
      [70, 'l', "That's the classic fake check scam: funds show up before the check clears, and it bounces days later. Don't send anything back. The FTC's page on fake checks is at consumer.ftc.gov/articles/how-spot-avoid-and-report-fake-check-scams. Call your bank's fraud line, the number on the back of your debit card, and tell them. Does that help?"],
      [120, 'p', 'omg ok. yes thanks'],
      [130, 'l', 'Anything else I can help with?'],
      [150, 'p', 'nope'],
      [155, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Indian English provider, a refund refused: "dispute the charge with your card issuer" (no contact) and the CFPB with its URL: referral fails',
    lines: [
      [0, 'p', 'an online store refuses to refund a blender that arrived broken. i paid with my credit card'],
      [25, 'l', 'Good day, this is Ravi from Ask Us 24/7, kindly let me know: have you written to the store about it?'],
      [65, 'p', 'yes twice, they ignore me'],
      [80, 'l', 'Kindly give me two minutes, I am checking the rules for you.'],
      [170, 'l', 'Under the Fair Credit Billing Act you may dispute the charge with your credit card issuer within 60 days of the statement. If the issuer does not resolve it, you may submit a complaint to the CFPB at consumerfinance.gov/complaint. The FTC explains the process at consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges. Is this what you were looking for?'],
      [240, 'p', 'yes. thank you'],
      [250, 'l', 'Is there anything else I may help you with?'],
      [280, 'p', 'no'],
      [286, 'l', 'Thank you for contacting Ask Us 24/7. Have a nice day.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron stops answering; a check-in and a disconnect notice that invites back
    name: 'patron vanishes after a Social Security scam call answer: report it to the SSA\'s Inspector General at oig.ssa.gov; check-in and notice pass',
    lines: [
      [0, 'p', 'a caller says my social security number is suspended and i have to confirm it'],
      [20, 'l', "Hi, I'm Kim at AskUsNow!, Carroll County Public Library. Did they ask you for your number or a payment?"],
      [60, 'p', 'they asked for my number'],
      [75, 'l', "Social Security numbers can't be suspended: it's a scam. Hang up and report it to the SSA's Inspector General at oig.ssa.gov. Their scam page is ssa.gov/scam. Does that help?"],
      [230, 'l', 'Are you still there?'],
      [340, 'l', "It looks like you've been disconnected, so I'll close this chat. Please contact us again anytime. Goodbye!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    // no goodbye and no check-in: the final idle runs to endedAt
    name: 'sloppy: a robocall question answered, then the provider waits and the session times out with nothing said',
    lines: [
      [0, 'p', 'how do i stop robocalls on my landline'],
      [30, 'l', 'Hello, Chris from Ask Us here. Is the number already on the Do Not Call list?'],
      [60, 'p', 'i dont know'],
      [80, 'l', 'You can check and add it at donotcall.gov. The FCC tips page is fcc.gov/consumers/guides/stop-unwanted-robocalls-and-texts. Does that help?'],
    ],
    over: { endAfter: 400 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'follow-up: the contractor\'s licence history to be e-mailed by tomorrow, e-mail confirmed in the chat: contact passes, on time pending',
    lines: [
      [0, 'p', 'can you find out if a contractor called Bayside Builders has had complaints? we are about to sign'],
      [25, 'l', "Hi, this is Terry with AskUsNow! at Harford County Public Library. Do you know their MHIC licence number?"],
      [70, 'p', '01-123456'],
      [85, 'l', "Thanks. The Commission's licence search is at labor.maryland.gov/license/mhic; the complaint history is not online, so I'll ask our business librarian to request it. I'll e-mail you what we find by tomorrow afternoon. What's the best e-mail for you?"],
      [130, 'p', 'mgreene@example.com'],
      [140, 'l', 'Got it: mgreene@example.com. Does the licence search help in the meantime?'],
      [160, 'p', 'yes thank you'],
      [170, 'l', 'Is there anything else I can help with today?'],
      [190, 'p', 'no thats all'],
      [196, 'l', "Thanks for contacting AskUsNow!, talk to you tomorrow."],
    ],
    over: { ...FU_ME, patron: { name: 'M. Greene', email: 'mgreene@example.com', phone: null } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'transfer to the law library about a lemon-law car: notice, a note saying why; the law librarian sends the AG\'s arbitration line',
    lines: [
      [0, 'p', 'my new car has been in the shop 5 times for the same problem. does maryland have a lemon law'],
      [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Is the car under a year old?"],
      [50, 'p', 'yes 8 months'],
      [60, 'l', "Thanks. The State Law Library knows the lemon law best, so I'm going to transfer you to one of their librarians now. One moment please."],
      [63, 'i', 'Rosa: pt asks about MD lemon law, car 8 months old, 5 repairs for same defect. Law q, better with you.'],
      [66, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [110, 'l', "Hi, I'm Rosa at the Maryland State Law Library, picking up from Jo. Maryland's Automotive Warranty Enforcement Act covers new cars for 24 months or 18,000 miles; the People's Law Library explains it at peoples-law.org/lemon-law. You can file a lemon law complaint with the Attorney General's Consumer Protection Division at 410-528-8662. Does that help?", ROSA],
      [170, 'p', 'yes thats everything, thanks'],
      [178, 'l', "You're welcome, good luck with it!", ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    // pickup 90 s; then 200 s of silence after the patron's answer with no hold message
    name: 'slow pickup and a long silence: a phone repair shop that kept a phone; the county Office of Consumer Protection at its phone',
    lines: [
      [0, 'p', 'a repair shop has had my phone 3 weeks and keeps saying next week. can i do anything'],
      [90, 'l', 'Hi, Alex here at Ask Us, Montgomery County Public Libraries. Do you have a receipt or a work order?'],
      [130, 'p', 'yes a work order'],
      [330, 'l', "Montgomery County's Office of Consumer Protection takes complaints like this: call 240-777-3636 or file online at montgomerycountymd.gov/ocp. Does that help?"],
      [380, 'p', "yes that's all i need thanks"],
      [386, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'scripted macros, a timeshare exit company that took a fee: the FTC at reportfraud.ftc.gov and "contact your state attorney general" (none): referral fails',
    lines: [
      [0, 'p', 'We paid a company $3,000 to get us out of our timeshare and nothing has happened in a year.'],
      [20, 'l', 'Welcome to Ask Us 24/7! My name is Kim and I am a librarian. I will be happy to help you with your question.'],
      [24, 'l', 'Which state do you live in?'],
      [60, 'p', 'Florida'],
      [70, 'l', 'Please hold while I search for that information.'],
      [150, 'l', "Timeshare exit companies are a frequent subject of complaints. You can report the company to the FTC at reportfraud.ftc.gov, and you should also contact your state attorney general's office. The FTC's article on timeshare resale and exit scams is at consumer.ftc.gov/articles/timeshares-vacation-plans-exit-resale. Does this completely answer your question?"],
      [220, 'p', 'Yes, thank you.'],
      [225, 'l', 'Is there anything else I can help you with today?'],
      [250, 'p', 'No thank you.'],
      [255, 'l', 'Thank you for using Ask Us 24/7. Please come back anytime. Goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Australian provider, a scam text about a toll: Scamwatch at its URL, then "ring your bank" with no number: referral fails',
    lines: [
      [0, 'p', 'got a text saying i owe a Linkt toll and i clicked and put my card in. what now'],
      [20, 'l', "G'day, Mia here from Ask a Librarian at the State Library of NSW. Did you enter your full card number and the security code?"],
      [55, 'p', 'yeah both'],
      [70, 'l', "Right, ring your bank straight away and ask them to cancel the card. Then report the text to Scamwatch at scamwatch.gov.au/report-a-scam. Does that help?"],
      [110, 'p', 'yep, thats all thanks'],
      [118, 'l', 'No worries, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "call the company using a number from their official website" leaves the number to the patron
    name: 'data breach letter the patron doubts: "call the company using the number on their official website, not the letter": referral fails',
    lines: [
      [0, 'p', 'i got a letter from "Evergreen Insurance" about a data breach with a phone number to call and give my ssn to verify. seems fishy'],
      [20, 'l', 'Hi, Jo here at Ask Us, Sample County Library. Good instinct. Is Evergreen a company you actually have a policy with?'],
      [60, 'p', 'yes my car insurance'],
      [75, 'l', "Real breach letters don't ask you to give your SSN by phone. Don't call the number in the letter: call the company using the number on their official website instead. The FTC's page on data breach scams is at consumer.ftc.gov/consumer-alerts/data-breach-scams. Did that help?"],
      [130, 'p', 'yes thanks'],
      [136, 'l', 'Anything else?'],
      [160, 'p', 'no'],
      [165, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // "we close in five minutes so I have to end the chat" with no way back: a dismissal
    name: 'dismissal: a vanished painter, "we close in 5 minutes so I have to end this now", no way back',
    lines: [
      [0, 'p', 'a painter took half the money and never came back. who do i complain to'],
      [20, 'l', 'Hi, this is Lee with Ask Us at Frederick County Public Libraries. Did you pay by check or cash?'],
      [50, 'p', 'check'],
      [65, 'l', "The Attorney General's Consumer Protection Division takes complaints at marylandattorneygeneral.gov. Does that help?"],
      [100, 'p', 'what about the check, can i stop it'],
      [110, 'l', 'We close in 5 minutes so I have to end this now.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail', referral: 'pass' }),
  },
  {
    name: 'other patrons waiting, come back later: a gym contract; the AG\'s division with its phone: no dismissal',
    lines: [
      [0, 'p', 'my gym keeps charging me after i cancelled in writing'],
      [20, 'l', "Hi, I'm Robin, a librarian with AskUsNow! Do you have a copy of the cancellation letter?"],
      [50, 'p', 'yes i emailed it'],
      [60, 'l', "Keep that e-mail. You can file a complaint with the Attorney General's Consumer Protection Division at 410-528-8662, and ask your card issuer to stop the charges. Did that help?"],
      [100, 'p', 'kind of, what about getting the money back'],
      [110, 'l', "I have other patrons waiting right now, so I need to wrap up, but please chat with us again later and we'll dig into refunds with you. Thanks for contacting AskUsNow!"],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'grandparent scam, a worried older patron: the FBI\'s IC3 at ic3.gov, "call the police non-emergency number" without one: referral fails',
    lines: [
      [0, 'p', 'Someone called pretending to be my grandson in jail and I sent $2000 by courier. My daughter says its a scam.'],
      [30, 'l', "Hello, I'm Jo, a librarian at Sample County Library's Ask Us service. I'm so sorry. Do you still have the courier's name or any phone number they called from?"],
      [80, 'p', 'I have the number on my caller ID.'],
      [95, 'l', "Keep that. Please call the police non-emergency number and report it, and also report it to the FBI's Internet Crime Complaint Center at ic3.gov. The FTC's page on family emergency scams is consumer.ftc.gov/articles/scams-against-older-adults. Does that help?"],
      [170, 'p', 'Yes. Thank you for being kind.'],
      [180, 'l', 'Is there anything else I can do for you?'],
      [210, 'p', 'No that is all.'],
      [218, 'l', 'Please take care. Thanks for chatting with us, goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'gift cards again, brusque provider: "contact the store where you bought the cards" (no contact); the FTC guide: referral fails',
    lines: [
      [0, 'p', 'scammer got me to buy google play cards. can i get my money back'],
      [15, 'l', 'Hi, Ask Us, Dev here. When did you give the codes?'],
      [40, 'p', '2 days ago'],
      [55, 'l', "Contact the store where you bought the cards and Google, but after 2 days it's likely spent. FTC guide: consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams. Help?"],
      [90, 'p', 'ugh. ok thanks anyway'],
      [96, 'l', 'Sorry. Bye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
  {
    // the patron sends only the question; the provider greets, checks in, and closes
    name: 'lost call: the patron asks about a car warranty robocall and is gone before the provider can work on it',
    lines: [
      [0, 'p', 'are those car warranty calls real'],
      [20, 'l', "Hello, I'm Sam, a librarian with AskUsNow!."],
      [160, 'l', 'Are you still there?'],
      [280, 'l', "It looks like you've been disconnected. I'll end this chat now; please chat with us again anytime. Goodbye!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'public library, bilingual patron, a notario who took money for immigration papers: the AG\'s line and the Notario fraud page: referral passes',
    lines: [
      [0, 'p', 'hi, a notario charged my mom $1500 to do her immigration papers and disappeared. where can we report?'],
      [25, 'l', 'Hi! Carmen here at AskUsNow!, Montgomery County Public Libraries. ¿Prefiere en inglés o en español?'],
      [55, 'p', 'english is fine, we are in silver spring'],
      [70, 'l', "Thanks. You can file a complaint with the Maryland Attorney General's Consumer Protection Division at 410-528-8662 (they have a Spanish line, 410-230-1712). USCIS explains notario fraud at uscis.gov/scams-fraud-and-misconduct/avoid-scams. Does that help?"],
      [120, 'p', 'yes thank you so much. that is all'],
      [126, 'l', '¡De nada! Take care and thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'credit freeze with no ways to reach the bureaus: "freeze your credit with all three bureaus" and the FTC\'s page: referral fails',
    lines: [
      [0, 'p', 'my ex has my social security number and i am worried she will open accounts'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Have you seen any accounts you don't recognise on your credit report?"],
      [60, 'p', 'not yet'],
      [75, 'l', "The best step is to freeze your credit with all three bureaus; it's free and you can lift it anytime. The FTC explains freezes at consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts. Does that help?"],
      [120, 'p', 'yes thanks'],
      [126, 'l', 'Anything else I can help with?'],
      [150, 'p', 'no, thats everything'],
      [156, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // ---- more whole sessions for the fixes, in other words ----------------------------------------------------------------
  {
    // "lock your credit file with TransUnion at …" (the verb in other words) and "It pays to ring your bank" with no number
    name: 'young patron, a leaked SSN after a job scam: lock the file with TransUnion at its URL, "it pays to ring your bank" (none): referral fails',
    lines: [
      [0, 'p', 'i applied for a remote job and they had me send my ssn and a pic of my license for "onboarding". now they ghosted me'],
      [20, 'l', "Hi, I'm Ash at Ask Us, Pima County Public Library. Ugh, sorry, that's a common fake job scam. Did you give them any bank details too?"],
      [55, 'p', 'yeah my direct deposit info'],
      [70, 'l', "Ok. Lock your credit file with TransUnion at transunion.com/credit-freeze, and do the same at the other two. It pays to ring your bank today as well. The FTC's page on job scams: consumer.ftc.gov/articles/job-scams. Does that help?"],
      [130, 'p', 'yeah thanks thats all'],
      [136, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the first party named again in the next sentence, which refers the patron to another party with its own phone
    name: 'a car dealer who will not fix a recall: "contact the dealer first; if the dealer won\'t, report it to the AG at 410-528-8662": referral fails',
    lines: [
      [0, 'p', 'The dealer sold me a used SUV with an open recall and now refuses to do the repair. Is that allowed?'],
      [30, 'l', 'Good morning, this is Grace at AskUsNow! What is the vehicle\'s make and year?'],
      [70, 'p', '2019 Ford Explorer'],
      [85, 'l', "Recall repairs are free at any franchised dealer of that make; NHTSA's lookup is nhtsa.gov/recalls. Contact the dealer in writing first. If the dealer still won't act, report it to the Attorney General's Consumer Protection Division at 410-528-8662. Does this answer your question?"],
      [150, 'p', 'Yes, that covers it. Thank you.'],
      [158, 'l', 'Anything else today?'],
      [175, 'p', 'No.'],
      [180, 'l', 'Thank you for using AskUsNow! Goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // a question about what the caller got, with "your number" in it, and a terse "That help?"
    name: 'terse provider, a bank impersonation call: "Did he ask for your card number or PIN?", then "That help?"',
    lines: [
      [0, 'p', 'got a call from "my bank" saying my account is locked'],
      [15, 'l', 'Hi, Ask Us, Pat here. Did he ask for your Social Security number?'],
      [40, 'p', 'yes and i gave the last 4'],
      [55, 'l', "Banks don't call to ask for that. Call your bank at the number printed on your statement, not one the caller gives. FTC: consumer.ftc.gov/articles/how-avoid-bank-impersonation-scams. That help?"],
      [90, 'p', 'yes'],
      [95, 'l', 'ok, bye'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals without a way to reach the party: fail -------------------------------------------------------------------
  // my label was fail: the FTC's own URL (consumer.ftc.gov) is in the sentence before: a way to reach the FTC (pass)
  { name: '"Report it to the FTC too." after the FTC\'s page at consumer.ftc.gov: the FTC\'s URL reaches it', lines: then(GIFT, 'The FTC explains these scams at consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams. Report it to the FTC too. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"You can file a complaint with the Better Business Bureau."', lines: then(BUILD, "Maryland's guide is at peoples-law.org/home-improvement. You can file a complaint with the Better Business Bureau as well. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Call the number on the back of your card and ask for the fraud department."', lines: then(IDT, 'IdentityTheft.gov has the steps. Call the number on the back of your card and ask for the fraud department. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Your credit card company can dispute it; call them at the number on your statement."', lines: then(GIFT, 'Your credit card company can dispute it; call them at the number on your statement. The FTC page is consumer.ftc.gov/articles/gift-card-scams. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Report it to your local police on their non-emergency line."', lines: then(IDT, 'Report it at identitytheft.gov, and report it to your local police on their non-emergency line. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You might want to talk to a lawyer about the contract."', lines: then(BUILD, "The MHIC's homeowner guide is at labor.maryland.gov/license/mhic. You might want to talk to a lawyer about the contract. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Call the Social Security Administration about it."', lines: then(IDT, 'The FTC steps are at identitytheft.gov. If your SSN was used for work, call the Social Security Administration about it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'Australian: "Give your bank a ring and cancel the card."', lines: then(GIFT, 'Give your bank a ring and cancel the card. Scamwatch has the steps at scamwatch.gov.au. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- referrals with a way to reach the party: pass ----------------------------------------------------------------------
  { name: '"Report it to the FTC at reportfraud.ftc.gov."', lines: then(GIFT, 'Report it to the FTC at reportfraud.ftc.gov. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"File a complaint with the Attorney General\'s Consumer Protection Division: 410-528-8662."', lines: then(BUILD, "File a complaint with the Attorney General's Consumer Protection Division: 410-528-8662. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Call your bank\'s fraud line at 1-800-432-1000 (it\'s also on the back of your card)."', lines: then(IDT, "Call your bank's fraud line at 1-800-432-1000 (it's also on the back of your card). Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Freeze your credit with Equifax (…), Experian (…) and TransUnion (…)."', lines: then(IDT, 'Freeze your credit with Equifax (equifax.com/personal/credit-report-services), Experian (experian.com/freeze) and TransUnion (transunion.com/credit-freeze). Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Call the AARP Fraud Watch Network Helpline at 877-908-3360."', lines: then(GIFT, 'Call the AARP Fraud Watch Network Helpline at 877-908-3360; their volunteers help people through this. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Write to the dealer at 1200 Route 40, Ellicott City, MD 21043, by certified mail."', lines: then(BUILD, 'Write to him at 1200 Route 40, Ellicott City, MD 21043, by certified mail, and keep a copy. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- sources, not referrals ----------------------------------------------------------------------------------------------
  { name: 'the FTC\'s guide to read: a source, no referral', lines: then(GIFT, "The FTC's guide to gift card scams is at consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams. Does that help?"), exp: some({ referral: 'na', source: 'pass', complete: 'pass' }) },
  { name: '"IdentityTheft.gov walks you through a recovery plan step by step." : a source, no referral', lines: then(IDT, 'IdentityTheft.gov walks you through a recovery plan step by step. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"the BBB" named to read about, no way to reach it: no source', lines: then(BUILD, 'The BBB has a lot on contractor scams. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarify -------------------------------------------------------------------------------------------------------------
  { name: 'restating: "So the text wants a fee for a held package, is that right?" before the source: clarify passes', lines: [[0, 'p', 'i got a text about a package'], [20, 'l', 'Hi, Jo at Ask Us here. So the text wants a fee to release a held package, is that right?'], [50, 'p', 'yes'], [70, 'l', 'That is a scam: consumer.ftc.gov/articles/how-recognize-and-report-spam-text-messages. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'source first, then "Did you pay them anything?" : clarify fails', lines: [[0, 'p', 'is this amazon refund call a scam'], [20, 'l', 'Hi, Jo at Ask Us here. Yes, see consumer.ftc.gov/consumer-alerts/amazon-impersonators. Did you pay them anything?'], [50, 'p', 'no'], [70, 'l', 'Good. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // ---- completeness and the patron's own end -------------------------------------------------------------------------------
  { name: '"Would a guide to chargebacks help?" before any source: completeness fails', lines: [[0, 'p', 'store wont refund me'], [20, 'l', 'Hi, Jo at Ask Us here. Did you pay by card?'], [50, 'p', 'yes'], [70, 'l', 'Would a guide to chargebacks help?'], [100, 'p', 'sure'], [110, 'l', 'Here: consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges. Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'the patron: "ok i\'ll call them now" : anything else fails', lines: [...GIFT, [70, 'l', "Call Target's gift card line at 1-800-544-2943. Does that help?"], [100, 'p', "ok i'll call them now"], [106, 'l', 'Good luck, bye!']], exp: some({ anything: 'fail' }) },
  { name: 'the patron: "that\'s all I needed, I\'ll call them now" : anything else passes', lines: [...GIFT, [70, 'l', "Call Target's gift card line at 1-800-544-2943. Does that help?"], [100, 'p', "that's all I needed, I'll call them now"], [106, 'l', 'Good luck, bye!']], exp: some({ anything: 'pass' }) },
  { name: '"Stay safe out there!" as the last message: courteous passes', lines: [...GIFT, [70, 'l', "Call Target's gift card line at 1-800-544-2943. Does that help?"], [100, 'p', 'yes'], [106, 'l', 'Stay safe out there!']], exp: some({ courteous: 'pass' }) },
  // ---- the fixes in other words ----------------------------------------------------------------------------------------------
  { name: '"Put a security freeze with each bureau." (no contacts)', lines: then(IDT, 'Put a security freeze with each bureau; the FTC explains it at consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"You\'ll want to make a police report with the sheriff\'s office too."', lines: then(IDT, "Start at identitytheft.gov. You'll want to make a police report with the sheriff's office too. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: '"Dispute the debt with the collection agency in writing."', lines: then(IDT, 'Dispute the debt with the collection agency in writing; the CFPB has sample letters at consumerfinance.gov/consumer-tools/debt-collection. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"The safest move is to call your bank\'s fraud line at 1-800-935-9935."', lines: then(GIFT, "The safest move is to call your bank's fraud line at 1-800-935-9935. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '"Ask your bank to reverse it. If the bank refuses, file a complaint with the CFPB at …" : the bank has no contact', lines: then(GIFT, 'Ask your bank to reverse the transfer. If the bank refuses, you can file a complaint with the CFPB at consumerfinance.gov/complaint. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'clarify: "Have you given the scammer your phone number?" : the patron\'s situation', lines: [[0, 'p', 'someone on facebook wants to send me a verification code'], [20, 'l', 'Hi, Jo at Ask Us here. Have you given the scammer your phone number?'], [50, 'p', 'yes'], [70, 'l', 'That is the Google Voice scam: consumer.ftc.gov/consumer-alerts/google-voice-scam. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'completeness: "ok, that help?" after the source', lines: [...GIFT, [70, 'l', "Target's gift card line is 1-800-544-2943; the FTC steps are at consumer.ftc.gov/articles/gift-card-scams. ok, that help?"], [100, 'p', 'yes'], [106, 'l', 'Bye!']], exp: some({ complete: 'pass' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the credit and fraud verbs: the provider's own, or no "with" a party
  { name: 'near miss: "I\'ll file a report with our web team about the broken link." : no referral', lines: then(IDT, "The link on our page is broken, so I'll file a report with our web team. IdentityTheft.gov is the right site. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Compare your report with last year\'s at annualcreditreport.com." : no referral', lines: then(IDT, "Compare your report with last year's; get it free at annualcreditreport.com. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Experian IdentityWorks is free with the code in your letter." : no referral', lines: then(IDT, 'Experian IdentityWorks is free with the code in your letter; the FTC checklist is at identitytheft.gov/databreach. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for the actor: nothing to contact after it
  { name: 'near miss: "It helps to know the rules first: consumer.ftc.gov/…" : no referral', lines: then(GIFT, 'It helps to know the rules first: consumer.ftc.gov/articles/gift-card-scams. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The first step is to find the form online at identitytheft.gov." : no referral', lines: then(IDT, 'The first step is to find the affidavit form online at identitytheft.gov. Does that help?'), exp: some({ referral: 'na' }) },
  // near misses for otherReferralK1: the same party's contact in the next sentence
  { name: 'near miss: "Contact your card issuer. You can reach the issuer at 1-800-555-0100." : passes', lines: then(GIFT, 'Contact your card issuer. You can reach the issuer at 1-800-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call your bank. The bank\'s fraud line is 1-800-555-0199." : passes', lines: then(GIFT, "Call your bank. The bank's fraud line is 1-800-555-0199. Does that help?"), exp: some({ referral: 'pass' }) },
  // near misses for thirdPartyAskedK1: how to reach the patron
  { name: 'near miss: "What\'s the best number to reach you?" : no clarifying question', lines: [[0, 'p', 'is this irs call a scam'], [20, 'l', "Hi, Jo at Ask Us here. What's the best number to reach you?"], [50, 'p', '410-555-0142'], [70, 'l', 'The IRS page is irs.gov/newsroom/tax-scams-consumer-alerts. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: 'near miss: "Can I get your phone number in case we get cut off?" : no clarifying question', lines: [[0, 'p', 'is this irs call a scam'], [20, 'l', 'Hi, Jo at Ask Us here. Can I get your phone number in case we get cut off?'], [50, 'p', '410-555-0142'], [70, 'l', 'The IRS page is irs.gov/newsroom/tax-scams-consumer-alerts. Does that help?'], [100, 'p', 'ok thanks'], [106, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  // near misses for the bare "Help?": other questions with "help"
  { name: 'near miss: "Need help with anything else?" only: completeness fails', lines: [...GIFT, [70, 'l', "Target's gift card line is 1-800-544-2943. Need help with anything else?"], [100, 'p', 'no'], [106, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "Any other help?" only: completeness fails', lines: [...GIFT, [70, 'l', "Target's gift card line is 1-800-544-2943. Any other help?"], [100, 'p', 'no'], [106, 'l', 'Bye!']], exp: some({ complete: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "call the number printed on the letter" is not read as a referral (the IRS, reached at idverify.irs.gov in the same sentence); "The IRS … Unit is at 800-…" has no referring verb (as I5's LEFT)
  {
    name: 'the IRS letter about a return the patron never filed: the IRS Identity Protection unit at its phone: referral passes',
    lines: [
      [0, 'p', 'The IRS sent me a letter 5071C saying a return was filed in my name. I did not file yet.'],
      [25, 'l', 'Hello, and thanks for contacting Ask a Librarian. I am Beth, a reference librarian at Enoch Pratt Free Library. So someone filed a return with your SSN before you did, and the letter asks you to verify your identity, is that right?'],
      [80, 'p', 'Yes exactly.'],
      [95, 'l', 'The 5071C is genuine IRS mail: verify at idverify.irs.gov or call the number printed on the letter. The IRS Identity Protection Specialized Unit is at 800-908-4490 if you have further questions, and IdentityTheft.gov can build your recovery plan. Does that help?'],
      [160, 'p', 'Very much. That is all, thank you.'],
      [168, 'l', 'You are welcome. Take care, and thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // LEFT: "Send him a demand letter by certified mail to the address on your contract" is not read as a referral (the contractor, to be written to, with no address given); reading the counterparty of a dispute as a referred party reaches every older demand-letter session
  { name: '"Send a certified letter to the address on your contract." (the contractor\'s address not given)', lines: then(BUILD, "Send him a demand letter by certified mail to the address on your contract; a sample is at peoples-law.org/demand-letters. Does that help?"), exp: some({ referral: 'fail' }) },
];

describe('thirtieth round (K1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (K1): consumer problems and scams, every check', whole);
describeSessions('thirtieth round (K1): consumer problems and scams, short cases', short);
describeSessions('thirtieth round (K1): consumer problems and scams, near misses of the changes', guards);

describeLeft('thirtieth-round-consumer', LEFT);
