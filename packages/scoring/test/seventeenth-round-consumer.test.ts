/**
 * Seventeenth round, area (R3): CONSUMER AND EVERYDAY LEGAL-ADJACENT QUESTIONS. Scam calls, texts and gift-card
 * fraud; identity theft and credit freezes; credit report errors and debt collectors; complaints about businesses
 * (the Better Business Bureau, state attorneys general, the CFPB, the FTC); car and home repairs gone wrong
 * (mechanics, contractors, contractor licence boards and recovery funds, lemon laws); small claims court; tenants'
 * deposits, repairs and evictions; utility shutoffs and payment help (public utility commissions, 2-1-1); warranties
 * and product or vehicle recalls (NHTSA, CPSC). Lots of referrals (agencies, hotlines, attorneys general, legal aid,
 * courts' help centres, the patron's own bank or utility) given with and without a way to reach them, and librarians
 * who decline to give legal advice and go on helping (or not).
 * Voices: urban and rural public libraries, a state law library, an academic library, the statewide cooperative,
 * SMS, chat-speak, Canadian and British wording, a line of Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases. The main ones:
 * - filing a complaint WITH an agency, reporting something TO an agency, or taking a car TO a dealer is contacting,
 *   writing to or visiting an organisation: a referral; filing or reporting on a website with no party named ("you can
 *   report it at reportfraud.ftc.gov") is a source only;
 * - "your bank", "the number on the back of your debit card", "a lawyer", "the police non-emergency line" are parties
 *   with no way to reach them: `referral.contact` fails;
 * - a floor, a room or opening hours are no contact; a street address, a phone (2-1-1 and vanity numbers with their
 *   digits included), an e-mail or a URL of the party itself are;
 * - "I can't give legal advice" followed by more help is no dismissal; a limit of questions always is;
 * - the provider calling an agency herself is no referral; what an agency will mail is no promise of the provider's;
 * - an offer of more ("Want the steps for a fraud alert too?") does not ask whether what was given met the need.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_ME, other, type SessionCase, some, sys, T0, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const KIM = who('Kim Alvarez', 'kim');

export const whole: SessionCase[] = [
  // ---- identity theft and credit ------------------------------------------------------------------------------------
  {
    name: 'public library, identity theft: which accounts asked, identitytheft.gov, a freeze at each bureau with its phone; "Does that cover it?"; patron done',
    lines: [
      [0, 'p', 'Someone opened a credit card in my name. I got a bill from Capital One for a card I never applied for. What do I do first??'],
      [31, 'l', "Hi, I'm Priya, a reference librarian at Fairfax County Public Library. I'm sorry, that's stressful. Is it just the one card so far, or have you seen other accounts you don't recognize?"],
      [80, 'p', 'just that one as far as i know'],
      [86, 'l', 'OK. Give me a moment to pull together the official steps.'],
      [170, 'l', 'The federal recovery site is IdentityTheft.gov (identitytheft.gov): it walks you through a report and builds a personalized recovery plan with letters you can send. Then place a freeze with each credit bureau: call Equifax at 1-888-298-0045, Experian at 1-888-397-3742 and TransUnion at 1-888-909-8872 (freezes are free).'],
      [200, 'l', 'Does that cover what you needed to get started?'],
      [260, 'p', "yes that's everything, thank you so much"],
      [266, 'l', 'You are very welcome. Take care, and thanks for chatting with Fairfax County Public Library.'],
    ],
    // reading: each bureau is a party the patron is told to call, each given its own phone: referral passes
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'SMS service, grandparent scam with gift cards: FTC report with its URL, then "let your local police know on their non-emergency number" with no number: referral fails',
    lines: [
      [0, 'p', 'my mom got a call saying my nephew was in jail and she bought $900 in target gift cards. is there anything we can do'],
      [40, 'l', 'Hi, this is Ask a Librarian by text from Douglas County Libraries, Sam here. Did she already give them the numbers off the back of the cards?'],
      [95, 'p', 'yes she read them over the phone'],
      [101, 'l', "Call Target right away at 1-800-544-2943: they can sometimes freeze unused balances. Report the scam to the FTC at reportfraud.ftc.gov. Also let your local police department know on their non-emergency number. Did that help?"],
      [150, 'p', 'ok yes thank u. thats all'],
      [154, 'l', 'So sorry this happened. Take care, text us anytime.'],
    ],
    // reading: "let your local police department know" is telling the patron to contact an organisation; no number
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'credit report error: bureau asked, annualcreditreport.com and a CFPB complaint with URL and phone; never asks if it helped, patron only "ok thx"',
    lines: [
      [0, 'p', 'theres a collection on my credit report from a gym i cancelled in 2021. how do i get it off'],
      [28, 'l', 'Hello! Marcus at the Tacoma Public Library here. Is it showing on all three reports or just one bureau?'],
      [70, 'p', 'just experian i think'],
      [77, 'l', 'Pull all three free at annualcreditreport.com to be sure. To dispute, use Experian\'s online dispute center (experian.com/disputes) and upload your cancellation proof; they have 30 days to investigate. If it isn\'t fixed, you can submit a complaint to the Consumer Financial Protection Bureau at consumerfinance.gov/complaint or 855-411-2372.'],
      [130, 'p', 'ok thx'],
      [135, 'l', "You're welcome! Bye for now."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', referral: 'pass' }),
  },
  {
    name: 'debt collector calling at work: no legal advice but the FDCPA page and the state AG; an offer of a sample letter is not the completeness question, "Did that help?" after is',
    lines: [
      [0, 'p', 'A debt collector keeps calling me at work about a medical bill. Are they allowed to do that? Do I have to pay it?'],
      [33, 'l', "Hi, welcome to Ask Us at Spokane Public Library, my name's Dana. I can't give legal advice about whether you owe it, but I can show you what the law says about the calls. Are you in Washington state?"],
      [75, 'p', 'yes spokane valley'],
      [82, 'l', "The CFPB's plain-language page on debt collection rules is at consumerfinance.gov/consumer-tools/debt-collection: a collector must stop calling you at work once you tell them your employer doesn't allow it. Would a sample letter asking them to stop help?"],
      [120, 'p', 'yes please'],
      [126, 'l', 'The CFPB has sample letters at consumerfinance.gov/consumer-tools/debt-collection/answers/know-your-rights (see "Sample letters"). You can also file a complaint with Washington\'s Attorney General: 1-800-551-4636 or atg.wa.gov/file-complaint. Did that help?'],
      [175, 'p', 'yeah a lot. nothing else'],
      [181, 'l', 'Glad to hear it. Thanks for chatting, Dana'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- businesses, repairs and contractors --------------------------------------------------------------------------
  {
    name: 'mechanic overcharged: Ohio AG with phone and URL, small claims at the court with street address; completeness "Is that what you were looking for?"',
    lines: [
      [0, 'p', 'hi. auto shop charged me $1,400 when the estimate was $600 and wont give my car back until i pay. who do i complain to'],
      [24, 'l', "Hi there, this is Greg, a librarian with Columbus Metropolitan Library. Did they give you the $600 estimate in writing?"],
      [66, 'p', 'yes i have the paper'],
      [72, 'l', "Good. I can't tell you whether you have a case, but Ohio has a repair rule for this. Let me find it."],
      [150, 'l', "Ohio's Motor Vehicle Repair rule says a shop needs your OK before going more than $25 over a written estimate; the AG's summary is at ohioattorneygeneral.gov/Individuals-and-Families/Consumers/Auto-Repairs. You can file a complaint with the Ohio Attorney General's Consumer Protection Section at 800-282-0515. For money back, you can sue in small claims (up to $6,000) at Franklin County Municipal Court, 375 S. High St., Columbus, OH 43215. Is that what you were looking for?"],
      [220, 'p', 'yes exactly. thats all i need'],
      [226, 'l', 'Good luck getting your car back. Bye!'],
    ],
    // reading: filing a complaint WITH the AG is writing to an organisation (a referral); the court given its address
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'contractor took a deposit and vanished: the MHIC with phone, then "talk to an attorney" with no contact: referral fails; patron done',
    lines: [
      [0, 'p', 'Our roofer took a $5,000 deposit in March and never showed. Maryland. Is there any fund that pays people back?'],
      [38, 'l', 'Good afternoon, this is Rachel at Howard County Library System. Was the roofer licensed with the state, do you know?'],
      [90, 'p', 'he said he was, MHIC number on the contract'],
      [96, 'l', 'One moment, checking the Guaranty Fund rules.'],
      [180, 'l', 'Maryland\'s Home Improvement Guaranty Fund repays up to $30,000 for losses caused by a licensed contractor. Verify the licence at labor.maryland.gov/pq, then contact the Maryland Home Improvement Commission at 410-230-6309 to open a claim. Since it\'s a large sum, you might also want to talk to an attorney. Does this answer your question?'],
      [240, 'p', "Yes, that's all I needed. Thanks!"],
      [245, 'l', 'You\'re welcome, thanks for using Ask Us!'],
    ],
    // reading: "talk to an attorney" refers the patron to a person (README: "ask … a lawyer" is a referral); no contact
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'no clarifying question: patron gives the licence number and state, provider goes straight to the CSLB lookup: clarify fails',
    lines: [
      [0, 'p', 'How can I check if a California contractor license is valid? The number on his truck is 1049327.'],
      [27, 'l', "Hi! You've reached Jordan at San Diego Public Library."],
      [40, 'l', 'Enter the number at cslb.ca.gov under "Check a License or HIS Registration": it shows the status, the bond and any complaints or disciplinary actions. Did that find him?'],
      [110, 'p', 'yes, active. great thats all'],
      [115, 'l', 'Perfect. Take care!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'slow pickup (75 s) and a 200 s silence without a hold: pickup and keep_informed fail; BBB complaint with its URL passes',
    lines: [
      [0, 'p', 'how do i file a complaint against a gutter company that never finished the job'],
      [75, 'l', 'Hello, this is Ann at Wichita Public Library. Sorry for the wait! Have you already contacted the company in writing?'],
      [110, 'p', 'yes twice by email, no answer'],
      [310, 'l', 'You can file a complaint with the Better Business Bureau at bbb.org/file-a-complaint; they forward it to the business. Does that help?'],
      [350, 'p', 'ok yes, nothing else'],
      [355, 'l', 'Thanks for contacting us!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail', referral: 'pass' }),
  },
  // ---- recalls and warranties ---------------------------------------------------------------------------------------
  {
    name: 'vehicle recall by VIN: nhtsa.gov/recalls, "take it to any Honda dealer" with the dealer locator URL: referral passes',
    lines: [
      [0, 'p', 'How do I find out if my 2017 Honda CR-V has any open recalls?'],
      [19, 'l', "Hi, this is Luis with Ask Us at Mesa Public Library. Do you have the VIN handy? It's on your registration or the driver-side dashboard."],
      [70, 'p', 'yes i have it'],
      [75, 'l', 'Enter the 17 characters at nhtsa.gov/recalls; it lists any unrepaired recalls for that exact car. Repairs are free: take it to any Honda dealer (find one at automobiles.honda.com/tools/dealership-locator). Did the search work?'],
      [160, 'p', 'yes there was one for the fuel pump. ok thats all i need thanks'],
      [166, 'l', "Glad we caught it! Have a good day."],
    ],
    // reading: a locator URL is the dealers' way to be reached (v17 reading)
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'washer broke at 11 months, manufacturer refuses: FTC warranty page, then "contact the manufacturer\'s customer service" with no contact: referral fails',
    lines: [
      [0, 'p', 'My Samsung washer died at 11 months and they say the control board isnt covered. Isnt it under warranty??'],
      [36, 'l', 'Hello and welcome! This is Beth, librarian at Kenton County Public Library. Do you still have the written warranty that came with it?'],
      [88, 'p', 'somewhere, probably in the manual'],
      [94, 'l', 'The FTC explains what written warranties must cover at consumer.ftc.gov/articles/warranties; the written warranty decides which parts are covered, so check the manual first. If it lists the control board, contact the manufacturer\'s customer service and ask for a supervisor. Is that helpful?'],
      [140, 'p', 'ok yes. thats all'],
      [145, 'l', 'Thank you for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'crib recall: CPSC recall search and SaferProducts.gov; the provider never thanks or says bye (last two: the answer and "Sure."): courteous fails',
    lines: [
      [0, 'p', 'is there a recall on the DaVinci Kalani crib'],
      [25, 'l', 'Hi, this is Tom at Boise Public Library. Do you know the model number? It\'s on a label on the crib\'s headboard.'],
      [80, 'p', 'M5501'],
      [85, 'l', 'Search cpsc.gov/Recalls for "DaVinci": M5501 isn\'t on the current list. You can also report a problem at SaferProducts.gov. Does that answer it?'],
      [120, 'p', "yes that's everything"],
      [124, 'l', 'Sure.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'lemon law: "I\'ll look for the arbitration forms and email you" with the e-mail confirmed but no when; code Answered: code and contact fail, on_time pending',
    lines: [
      [0, 'p', 'My new Kia has been in the shop 4 times for the same transmission problem. Does Florida have a lemon law?'],
      [29, 'l', "Hi! I'm Keisha from Broward County Library. Did the repairs all happen in the first 24 months?"],
      [70, 'p', 'yes within a year'],
      [76, 'l', "Florida's Lemon Law covers that window: the Attorney General's Lemon Law page, myfloridalegal.com/lemon-law, explains the three-repair rule and the arbitration program. Does that help so far?"],
      [130, 'p', 'yes but where do i get the forms'],
      [137, 'l', "I'll look for the arbitration request forms and email them to you. Is b.hollis@example.org right?"],
      [170, 'p', 'yes thats me, thats all'],
      [176, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'utility shutoff rules PDF promised "by tomorrow morning" to the confirmed e-mail, coded Follow-up by me, sent 20 h later; PUC with its phone',
    lines: [
      [0, 'p', 'PECO sent a 10 day shutoff notice. Can they shut off my heat in winter in PA?'],
      [26, 'l', 'Hello, Free Library of Philadelphia, this is Ines. Is the account in your name, and is anyone in the home seriously ill?'],
      [75, 'p', 'its in my name. nobody sick'],
      [80, 'l', 'Thanks, let me check the winter rules.'],
      [170, 'l', "From Dec 1 to Mar 31, PA utilities need the Public Utility Commission's permission to shut off heat for households under 250% of the poverty line. Call the PUC's consumer line at 1-800-692-7380 before the date on the notice. Is that helpful?"],
      [210, 'p', 'yes. is there something in writing i can show them'],
      [217, 'l', "I'll email you the PUC's winter shutoff fact sheet by tomorrow morning. Is nina.p@example.org the best address?"],
      [240, 'p', 'yes. thats all, thank you'],
      [246, 'l', 'You\'re welcome, Nina. Stay warm!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(251, 20, 'jo') },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ referral: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'help paying a gas bill: "Dial 2-1-1 to reach United Way" is a referral with a phone; "did that answer your question?"',
    lines: [
      [0, 'p', 'im behind on my gas bill like $700 and they said disconnect friday. any help programs in michigan'],
      [21, 'l', 'Hi there! This is Capital Area District Libraries, Ahmed here. Which gas company is it?'],
      [55, 'p', 'consumers energy'],
      [61, 'l', "Apply for the State Emergency Relief energy help at newmibridges.michigan.gov. Also dial 2-1-1 to reach the United Way's helpline, which knows local funds with money left. And call Consumers Energy at 800-477-5050 to ask for a shutoff protection plan. Did that answer your question?"],
      [115, 'p', 'yes. thats all for now'],
      [120, 'l', 'Good luck Friday, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- tenants --------------------------------------------------------------------------------------------------
  {
    name: 'deposit not returned: state page on deposits, then "call the Tenants Union\'s hotline; they handle this all the time" with no number: referral fails',
    lines: [
      [0, 'p', 'my landlord has kept my whole deposit for 2 months and wont answer. im in seattle'],
      [32, 'l', 'Hi, thanks for contacting The Seattle Public Library. I\'m Wen. Did you get any itemized list of deductions from them?'],
      [80, 'p', 'nope nothing'],
      [86, 'l', "Washington's law (RCW 59.18.280) gives a landlord 30 days to return it or send a full statement: the text is at app.leg.wa.gov/RCW/default.aspx?cite=59.18.280. You should call the Tenants Union's hotline; they handle deposit questions all the time. Does that help?"],
      [130, 'p', 'yes thx thats all'],
      [136, 'l', 'You\'re welcome, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'academic library, off-campus lease: Tenant Union with room and phone; a student says "no more questions"',
    lines: [
      [0, 'p', 'Hi, my landlord in Champaign is charging us $300 for carpet cleaning. Is there someone on campus who reviews leases?'],
      [30, 'l', "Hi! I'm Maya, a librarian at the University of Illinois Library. Is the charge in your lease, do you know?"],
      [71, 'p', 'not sure, I have the lease as a PDF'],
      [78, 'l', 'Take the lease PDF to the Tenant Union, which reviews leases and deposit deductions for students for free: 326 Illini Union, 1401 W Green St, Urbana, 217-333-0112, or tenantunion.illinois.edu. Does that answer your question?'],
      [125, 'p', 'Yes! No more questions.'],
      [130, 'l', 'Great, thanks for stopping by the chat!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'state law library, eviction notice: information not advice, the self-help center and Legal Aid with phones; patron leaves after the answer, check-in and notice (idle 200 s)',
    lines: [
      [0, 'p', 'I got a 3-day notice to pay or quit. What are my rights? Can they just change the locks?'],
      [35, 'l', "Hello, you've reached the Connecticut State Library's law reference desk; I'm Pat. I can't advise you on your case, but I can point you to the law and free help. Is the notice from a private landlord or a housing authority?"],
      [90, 'p', 'private landlord'],
      [97, 'l', 'One moment.'],
      [160, 'l', "In Connecticut a landlord can't change the locks without a court order: see the Judicial Branch's eviction guide at jud.ct.gov/Publications/hm031.pdf. For help with your case call Statewide Legal Services at 1-800-453-3320, or the Court Service Center at 860-756-7920. Is that the information you needed?"],
      [290, 'l', 'Are you still there?'],
      [360, 'l', "It looks like you've disconnected, so I'll close this chat. You're welcome to come back anytime."],
    ],
    exp: usual({ anything: 'fail', referral: 'pass', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'limit of questions: after three eviction questions the provider says the chat limit is reached and leaves: dismissal fails',
    lines: [
      [0, 'p', 'can my landlord evict me for having a cat if the lease doesnt say anything about pets'],
      [22, 'l', 'Hi, this is Oakland Public Library, Rosa speaking. Is it a written lease?'],
      [50, 'p', 'yes 1 year lease'],
      [56, 'l', "California tenant guide: courts.ca.gov/selfhelp-eviction.htm. For advice, call Centro Legal de la Raza's tenant line at 510-437-1554. Does that help?"],
      [100, 'p', 'ok what about if he raises rent 20%'],
      [106, 'l', 'Oakland\'s Rent Adjustment Program covers rent increases: oaklandca.gov/rap, 510-238-3721.'],
      [140, 'p', 'and can he enter without telling me'],
      [146, 'l', "You've reached the limit of three questions per chat, so I'm ending this one now. Goodbye."],
    ],
    // reading: no "anything else" offer and the patron never says they are done
    exp: usual({ anything: 'fail', dismissal: 'fail', referral: 'pass' }),
  },
  {
    name: 'transfer to the law librarian: whisper says why, patron told; Kim refers to the Housing Court help center with phone; all pass',
    lines: [
      [0, 'p', 'my landlord in boston hasnt fixed the heat in 3 weeks. can i withhold rent?'],
      [26, 'l', 'Hi, this is Jo at the Boston Public Library. Is this an apartment you rent from a private landlord?'],
      [60, 'p', 'yes'],
      [66, 'i', 'Kim: tenant asking about rent withholding for no heat, Boston; can you take it? law collection question'],
      [70, 'l', "I'm transferring you to Kim, our law and government librarian, who knows the tenant materials best."],
      [72, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [100, 'l', "Hi, Kim here. Mass Legal Help's page on withholding rent for bad conditions is at masslegalhelp.org/housing/withholding-rent; it explains the steps before withholding. The Boston Housing Court's Court Service Center can walk you through filing: 617-788-8411. Does this answer your question?", KIM],
      [150, 'p', 'yes thank you, all set'],
      [156, 'l', 'Take care, and thanks for using Ask BPL!', KIM],
    ],
    // reading: "all set" as the patron's answer here says explicitly that they are done
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  // ---- scams and fraud ----------------------------------------------------------------------------------------------
  {
    name: 'text scam, no name: "Hey there! What does the text say?" and an answer with no introduction: greeting fails; "report it at reportfraud.ftc.gov" is a source, no referral',
    lines: [
      [0, 'p', 'got a text saying USPS couldnt deliver my package and to click a link to update my address. is it real'],
      [18, 'l', 'Hey there! What does the link look like?'],
      [52, 'p', 'usps-redelivery-help.info something'],
      [58, 'l', "That's a scam: USPS doesn't text links unless you signed up for tracking, and its only site is usps.com. Don't click. You can report it at reportfraud.ftc.gov and then delete it. Does that help?"],
      [90, 'p', 'yep thats all thanks'],
      [95, 'l', 'Anytime, have a good one!'],
    ],
    // reading: a website to report on, with no party named, is a source (Terms: "Pointing to a website … is a source")
    exp: usual({ greeting: 'fail', referral: 'na' }),
  },
  {
    name: 'chat-speak, Zelle scam: "call ur bank\'s fraud line, the number\'s on the back of ur debit card": a party with no number, referral fails',
    lines: [
      [0, 'p', 'omg i sent $450 on zelle to a guy selling concert tix on fb and he blocked me'],
      [20, 'l', 'hi! Nate @ Ask Denver Public Library here. when did u send it?'],
      [40, 'p', 'like an hour ago'],
      [46, 'l', "ok act fast: call ur bank's fraud line now, the number's on the back of ur debit card, and ask them to try a recall. then report it at reportfraud.ftc.gov. did that help?"],
      [80, 'p', 'ya ok calling now. thats it thx'],
      [85, 'l', 'good luck!! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Medicare scam call: 1-800-MEDICARE with digits and the Senior Medicare Patrol with phone; an older patron typing slowly, holds every minute or two',
    lines: [
      [0, 'p', 'A MAN CALLED SAYING HE IS FROM MEDICARE AND NEEDS MY NUMBER TO SEND A NEW CARD. I DID NOT GIVE IT. WHO DO I TELL'],
      [40, 'l', 'Hello, and good for you for not giving it! This is Carol at the Pasco County Library. Did he leave a call-back number?'],
      [120, 'p', 'NO'],
      [127, 'l', 'Thank you. I am looking up the right places to report it, one moment please.'],
      [230, 'l', 'Still checking, almost there.'],
      [300, 'l', 'Call 1-800-MEDICARE (1-800-633-4227) to report the call, and the Florida Senior Medicare Patrol, which helps with Medicare scams, at 1-866-357-6510. Medicare never calls to ask for your number. Is that what you needed?'],
      [380, 'p', 'YES THANK YOU. THAT IS ALL.'],
      [388, 'l', 'You are welcome. Thank you for chatting with us, and have a nice day.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'gift-card scam, provider in four chats at once: concurrency fails; otherwise good',
    lines: [
      [0, 'p', 'is it a scam if my "boss" texts asking me to buy apple gift cards for clients'],
      [15, 'l', "Hi! I'm Jo with Ask Us at Austin Public Library. Did the text come from your boss's usual number?"],
      [44, 'p', 'no a new number'],
      [50, 'l', 'Classic scam. The FTC explains the gift card version at consumer.ftc.gov/articles/avoiding-and-reporting-gift-card-scams. Call your boss on the number you already have to check. Does that answer your question?'],
      [80, 'p', 'yes thanks, no more q'],
      [85, 'l', 'Thanks for checking with us!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -100, 300), other('b', 'jo', 10, 500), other('c', 'jo', 30, 400)] },
    // reading (label corrected after the first run): the Terms' list after the colon (another agency, library,
    // department, office or a named specialist) says what a referral's party is; the patron's own boss, called to check
    // a text, is none of them: no referral
    exp: usual({ concurrency: 'fail', referral: 'na' }),
  },
  {
    name: 'lost call: the patron asked about a car warranty robocall and left before the greeting; check-in and notice; coded Lost Call',
    lines: [
      [0, 'p', 'are those car warranty calls legit'],
      [32, 'l', 'Hi, this is Mark at Ask Us, Hennepin County Library.'],
      [160, 'l', 'Are you still there?'],
      [245, 'l', "I haven't heard from you, so it looks like you've left. I'm closing this chat now; feel free to start a new one anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- small claims -------------------------------------------------------------------------------------------------
  {
    name: 'small claims in Cook County: the Clerk with URL and phone; Nolo\'s book in the catalogue; holds every minute while searching; "all set?"',
    lines: [
      [0, 'p', 'How do I sue a dry cleaner who ruined my coat? Its $350. Chicago'],
      [22, 'l', 'Hello! This is Ava, a librarian at Chicago Public Library. Do you have the receipt and something showing the coat\'s value?'],
      [60, 'p', 'yes both'],
      [66, 'l', "Let me look up how Cook County handles small claims."],
      [170, 'l', 'Still digging through the Circuit Court pages, bear with me.'],
      [260, 'l', 'Claims up to $10,000 go to Cook County small claims. File with the Clerk of the Circuit Court (cookcountyclerkofcourt.org, 312-603-5030); the forms and fees are under Civil > Small Claims. We also have "Everybody\'s Guide to Small Claims Court" (Nolo) in the catalogue at chipublib.org. All set?'],
      [300, 'p', 'yes thats everything'],
      [305, 'l', 'Thanks for chatting with CPL!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'statewide cooperative for another library: serving a small claims judgment; the patron\'s own library\'s law desk with its phone; "Did that help?"',
    lines: [
      [0, 'p', 'I won in small claims but the guy wont pay. What now? I live in Dane County'],
      [30, 'l', "Hi, thanks for using AskAway! I'm Lee, a librarian at a partner library in the Wisconsin cooperative. Did the court enter a money judgment for you?"],
      [80, 'p', 'yes for $2,100'],
      [86, 'l', "The Wisconsin court system's collecting-a-judgment page is wicourts.gov/services/public/selfhelp/judgments.htm: it covers garnishment and wage earnings forms. Your own library's law and government desk at Madison Public Library has the forms in print too: call them at 608-266-6350. Did that help?"],
      [140, 'p', "yes, that's everything"],
      [146, 'l', 'Thanks for using AskAway. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'registered agent for small claims: holds keep the patron informed, Secretary of State business search; patron leaves, check-in only (idle 150 s): disconnect na',
    lines: [
      [0, 'p', 'I need the address to serve an LLC in Texas for small claims. Where do I find it?'],
      [24, 'l', "Hi, welcome to Houston Public Library's chat, I'm Jamal. Do you know the company's exact name as registered?"],
      [60, 'p', 'Gulf Coast Flooring LLC'],
      [65, 'l', 'One moment while I look.'],
      [150, 'l', 'Still searching, the state site is slow tonight.'],
      [230, 'l', 'Use the Texas Secretary of State\'s SOSDirect business search (sos.state.tx.us > Business & Public Filings > SOSDirect): the entity record lists the registered agent and their address for service. Does that help?'],
      [360, 'l', 'Are you still with me?'],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass' }),
  },
  {
    name: 'dismissal for convenience: "we\'re swamped, I need to wrap this up" with no way back after a credit freeze answer',
    lines: [
      [0, 'p', 'how do i unfreeze my credit for a car loan'],
      [25, 'l', 'Hi, this is Kelly with St. Louis County Library. Which bureau does the dealer use?'],
      [55, 'p', 'no idea'],
      [60, 'l', 'Lift all three temporarily: equifax.com/personal/credit-report-services, experian.com/freeze and transunion.com/credit-freeze. Does that help?'],
      [100, 'p', 'kind of, can you explain the temporary lift part'],
      [105, 'l', "Sorry, we're swamped tonight and I need to wrap this up. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'Canadian patron, phone scam: the Canadian Anti-Fraud Centre with phone; "Is this helpful?"; patron done',
    lines: [
      [0, 'p', 'Got a call from "CRA" saying I owe taxes and will be arrested. Is that real? Ontario'],
      [23, 'l', "Hello! Thanks for contacting Ask Ontario. This is Sophie from Hamilton Public Library. Did they ask you to pay in gift cards or bitcoin?"],
      [60, 'p', 'bitcoin at a machine'],
      [66, 'l', "That's a known scam: the CRA never threatens arrest or takes bitcoin (canada.ca/en/revenue-agency/corporate/scams-fraud.html). Report it to the Canadian Anti-Fraud Centre at 1-888-495-8501. Is this helpful?"],
      [100, 'p', 'very. thats all i needed'],
      [105, 'l', 'Thank you, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'British wording, doorstep trader: "ring the Citizens Advice consumer helpline on 0808 223 1133"; "Does that cover it?"',
    lines: [
      [0, 'p', 'A man knocked and did my driveway for £2,000 cash, its already cracking and his number is dead. Anything I can do? Leeds'],
      [27, 'l', 'Hello, this is Amir at Leeds Libraries. Did he give you any paperwork or a cancellation notice?'],
      [70, 'p', 'no nothing'],
      [75, 'l', "Doorstep contracts over £42 must come with a 14-day cancellation notice; without it the contract may not be enforceable (see gov.uk/cancelling-doorstep-sales). Ring the Citizens Advice consumer helpline on 0808 223 1133: they pass cases to Trading Standards. Does that cover it?"],
      [120, 'p', 'yes cheers, that is all'],
      [125, 'l', 'Cheers, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

const START: SessionCase['lines'] = [
  [0, 'p', 'someone used my debit card number online, what should i do'],
  [20, 'l', 'Hi, this is Jo at Reno Public Library. Has your bank already seen the charges?'],
  [50, 'p', 'not yet'],
];

export const short: SessionCase[] = [
  // ---- referrals with and without a way to reach the party ----------------------------------------------------------
  {
    name: '"You might reach out to the Pennsylvania Attorney General\'s Bureau of Consumer Protection." with no contact: referral fails',
    lines: [...START, [56, 'l', 'The steps are at consumer.ftc.gov/articles/lost-or-stolen-credit-atm-and-debit-cards. You might reach out to the Pennsylvania Attorney General\'s Bureau of Consumer Protection too. Does that help?']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'an FTC guide pointed to ("The FTC has a checklist at consumer.ftc.gov/…"): a source, no referral',
    lines: [...START, [56, 'l', 'The FTC has a good checklist for this at consumer.ftc.gov/articles/what-do-if-you-were-scammed. Does that help?']],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Your best bet is Legal Aid of Western Missouri: 816-474-6750": referral passes',
    lines: [[0, 'p', 'my landlord is keeping my deposit in kc'], [20, 'l', 'Hi, Jo at Kansas City Public Library. Have you asked for it in writing?'], [50, 'p', 'yes'], [56, 'l', 'Your best bet is Legal Aid of Western Missouri: 816-474-6750. Did that help?']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: '"Legal aid would be the ones to ask about that." with no contact: referral fails',
    lines: [[0, 'p', 'my landlord is keeping my deposit in kc'], [20, 'l', 'Hi, Jo at Kansas City Public Library. Have you asked for it in writing?'], [50, 'p', 'yes'], [56, 'l', 'Missouri\'s deposit law is at revisor.mo.gov (section 535.300). Legal aid would be the ones to ask about your case, though. Did that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'own library\'s desk: "stop by our Business & Law desk on the 3rd floor" (a floor is no contact): referral fails',
    lines: [[0, 'p', 'where do i get small claims forms'], [20, 'l', 'Hi! Jo at Carnegie Library of Pittsburgh. Which county?'], [50, 'p', 'allegheny'], [56, 'l', 'The forms are at alleghenycourts.us under Magisterial District Courts. If you want printed copies, stop by our Business & Law desk on the 3rd floor. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'the same desk "or call them at 412-622-3100": referral passes',
    lines: [[0, 'p', 'where do i get small claims forms'], [20, 'l', 'Hi! Jo at Carnegie Library of Pittsburgh. Which county?'], [50, 'p', 'allegheny'], [56, 'l', 'The forms are at alleghenycourts.us under Magisterial District Courts. If you want printed copies, stop by our Business & Law desk on the 3rd floor or call them at 412-622-3100. Does that help?']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the provider phoning an agency herself is no referral (Terms: staff consulted on the patron's behalf)
    name: 'the provider called the PUC herself and reports what they said: no referral',
    lines: [[0, 'p', 'can the water company shut me off during a heat wave in AZ'], [20, 'l', 'Hi, Jo at Tucson-Pima County Public Library. Is it city water or a private company?'], [50, 'p', 'city'], [56, 'l', 'One sec.'], [150, 'l', 'I just called the city\'s utility services office and they said there is a summer disconnection moratorium through Oct 15; it is on tucsonaz.gov/water. Does that answer it?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Talk to the clerk\'s office at the courthouse, 1st floor, open 8-4:30." (a floor and hours are no contact): referral fails',
    lines: [[0, 'p', 'how do i file small claims in boone county'], [20, 'l', 'Hi, Jo here at Boone County Public Library. Is the amount under $2,500?'], [50, 'p', 'yes'], [56, 'l', 'Talk to the circuit clerk\'s office at the courthouse, 1st floor, open 8-4:30; they have the complaint form. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Also call the sheriff\'s non-emergency line to make a report." with no number: referral fails',
    lines: [...START, [56, 'l', 'Call your bank at the number on its website and dispute the charges. Also call the sheriff\'s non-emergency line to make a report. Did that help?']],
    // reading: "the number on its website" gives no number, and the sheriff has none either
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"file a complaint with the Public Utility Commission" when no URL of theirs is given anywhere: referral fails',
    lines: [[0, 'p', 'the power co wont fix my meter reading, im being overcharged'], [20, 'l', 'Hi, Jo at Dallas Public Library. Have you disputed the bill with them?'], [50, 'p', 'yes twice'], [56, 'l', 'Texas electric customers can file a complaint with the Public Utility Commission after disputing with the company. Does that help?']],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  // ---- no legal advice, dismissals ----------------------------------------------------------------------------------
  {
    name: '"I\'m not able to give legal advice" and then the statutes and a lawyer referral service: no dismissal',
    lines: [[0, 'p', 'should i sue my contractor or just leave a bad review'], [20, 'l', 'Hi, Jo at Multnomah County Library. I\'m not able to give legal advice on whether to sue, but I can point you to the law and to people who can. Is the job in Oregon?'], [50, 'p', 'yes portland'], [56, 'l', 'File complaints with the Oregon Construction Contractors Board: oregon.gov/ccb, 503-378-4621. For advice, call the Oregon State Bar\'s Lawyer Referral Service at 503-684-3763. Does that help?']],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },
  {
    name: '"I need to run, busy night. Bye!" in the middle of a question: dismissal fails',
    lines: [[0, 'p', 'how long does a fraud alert last'], [20, 'l', 'Hi, Jo at Sacramento Public Library. An initial fraud alert lasts one year (consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts). Does that help?'], [50, 'p', 'yes, and how do i make it 7 years'], [56, 'l', 'I need to run, busy night. Bye!']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"It\'s really busy tonight, so I\'ll stop here, but chat back tomorrow and we\'ll pick it up": a way back, no dismissal',
    lines: [[0, 'p', 'how long does a fraud alert last'], [20, 'l', 'Hi, Jo at Sacramento Public Library. An initial fraud alert lasts one year (consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts). Does that help?'], [50, 'p', 'yes, and how do i make it 7 years'], [56, 'l', "It's really busy tonight, so I'll stop here, but chat back tomorrow and we'll pick it up."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    name: '"That\'s a legal question, so I can\'t go further; you\'ll have to figure out the rest with your landlord yourself." ends the help: dismissal fails',
    lines: [[0, 'p', 'my lease says i pay for all repairs, is that legal'], [20, 'l', 'Hi, Jo at Denver Public Library. Is it an apartment?'], [50, 'p', 'a house'], [56, 'l', "That's a legal question, so I can't go further; you'll have to figure out the rest with your landlord yourself."]],
    // reading: "figure the rest out yourself" ends the help with no way back (v3 reading)
    exp: some({ dismissal: 'fail' }),
  },
  // ---- completeness and anything else ------------------------------------------------------------------------------
  {
    name: '"Did that clear up the difference between a freeze and a fraud alert?" after the answer: completeness passes',
    lines: [[0, 'p', 'whats the difference between a freeze and a fraud alert'], [20, 'l', 'Hi, Jo at Sacramento Public Library. Are you asking for yourself after a breach?'], [50, 'p', 'yes'], [56, 'l', 'A freeze blocks new credit until you lift it; a fraud alert only asks lenders to verify you. Both are explained at consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts. Did that clear up the difference between a freeze and a fraud alert?']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Want the steps for placing a fraud alert too?" offers more: completeness fails',
    lines: [[0, 'p', 'whats the difference between a freeze and a fraud alert'], [20, 'l', 'Hi, Jo at Sacramento Public Library. Are you asking for yourself after a breach?'], [50, 'p', 'yes'], [56, 'l', 'A freeze blocks new credit until you lift it; a fraud alert only asks lenders to verify you. Both are explained at consumer.ftc.gov/articles/what-know-about-credit-freezes-and-fraud-alerts. Want the steps for placing a fraud alert too?'], [90, 'p', 'no im good'], [95, 'l', 'Ok, take care!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'patron: "nah that covers it, no other questions": anything else passes without the offer',
    lines: [[0, 'p', 'is annualcreditreport.com the real free one'], [20, 'l', 'Hi, Jo at Austin Public Library. Yes: annualcreditreport.com is the only official free site; reports are free weekly. Is that what you needed?'], [50, 'p', 'nah that covers it, no other questions'], [55, 'l', 'Thanks, bye!']],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },
  {
    name: '"Anything else I can look up on the recall?" asks for anything else; "Take care and good luck with the dispute!" is a goodbye',
    lines: [[0, 'p', 'my car seat was recalled, how do i get the fix'], [20, 'l', 'Hi, Jo at Fresno County Public Library. Which brand?'], [50, 'p', 'graco'], [56, 'l', 'Order the free remedy kit at graco.com/recalls with the model number and date of manufacture from the label. Did that help? Anything else I can look up on the recall?'], [90, 'p', 'nope'], [95, 'l', 'Take care and good luck with the dispute!']],
    exp: some({ anything: 'pass', courteous: 'pass' }),
  },
  // ---- sources ------------------------------------------------------------------------------------------------------
  {
    name: '"The Better Business Bureau handles that sort of thing." alone names an organisation with no way to reach it: source fails',
    lines: [[0, 'p', 'where can i check complaints about a moving company'], [20, 'l', 'Hi, Jo at Mesa Public Library. Is it an interstate move?'], [50, 'p', 'no local'], [56, 'l', 'The Better Business Bureau handles that sort of thing. Does that help?']],
    exp: some({ source: 'fail' }),
  },
  // ---- follow-ups ---------------------------------------------------------------------------------------------------
  {
    name: 'what the AG will do ("The AG\'s office will mail you a complaint form within a week") is no promise of the provider\'s: contact na',
    lines: [[0, 'p', 'can i get a paper complaint form from the ag'], [20, 'l', 'Hi, Jo at Louisville Free Public Library. For Kentucky?'], [50, 'p', 'yes'], [56, 'l', 'Call the Kentucky AG\'s Consumer Protection line at 888-432-9257 and ask for one. The AG\'s office will mail you a complaint form within a week. Did that help?'], [90, 'p', 'yes all set'], [95, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass', referral: 'pass' }),
  },
  {
    name: '"I\'ll send the small claims forms to sam.r@example.org by Thursday" with the address the patron gave: contact passes',
    lines: [[0, 'p', 'i need the small claims forms for harris county, my email is sam.r@example.org'], [20, 'l', 'Hi, Jo at Houston Public Library. Justice of the peace court, right?'], [50, 'p', 'yes'], [56, 'l', "The JP courts' forms are at jp.hctx.net/forms. I'll also send the printable packet to sam.r@example.org by Thursday. Does that help?"], [90, 'p', 'yes thanks thats all'], [95, 'l', 'Bye!']],
    over: { ...FU_ME },
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'coded Follow-up by me but no patron contact anywhere: resolution code fails, contact fails',
    lines: [[0, 'p', 'what does the lemon law say in nj'], [20, 'l', 'Hi, Jo at Newark Public Library. New or used car?'], [50, 'p', 'used'], [56, 'l', 'NJ has a Used Car Lemon Law: see njconsumeraffairs.gov/ocp/Pages/lemon-law.aspx. Let me find the warranty table and get back to you tomorrow.'], [90, 'p', 'ok thanks'], [95, 'l', 'Bye!']],
    over: { ...FU_ME },
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: '"take the truck to the dealership and ask for the recall repair" refers with no way to reach it: referral fails',
    lines: [[0, 'p', 'my ford has an open recall'], [20, 'l', 'Hi, Jo at Reno Public Library. Did you get the recall letter?'], [50, 'p', 'yes'], [56, 'l', 'The letter has the recall number; take the truck to the dealership and ask for the recall repair, which is free. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"report the charges to your card issuer right away" is a referral with no contact: fails',
    lines: [...START, [56, 'l', 'Lock the card in your banking app, then report the charges to your card issuer right away. The FTC\'s steps are at consumer.ftc.gov/articles/lost-or-stolen-credit-atm-and-debit-cards. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  // ---- near misses of the R3 widenings ------------------------------------------------------------------------------
  {
    name: 'near miss (report … to): the provider\'s own "I\'ll report it to the webmaster" refers no one',
    lines: [[0, 'p', 'the link to the scam alert page is broken'], [20, 'l', 'Hi, Jo at Reno Public Library. Which page were you on?'], [50, 'p', 'the fraud one'], [56, 'l', "Thanks! The working page is renolibrary.org/scams. I'll report it to the webmaster so the broken link gets fixed. Does that help?"]],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (take … to): "take it to the next step" names no party',
    lines: [[0, 'p', 'i disputed a charge, the bank said no'], [20, 'l', 'Hi, Jo at Reno Public Library. Did they send the denial in writing?'], [50, 'p', 'yes'], [56, 'l', 'To take it to the next step, the CFPB explains second-level disputes at consumerfinance.gov/ask-cfpb. Does that help?']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss (file … with): "Open the PDF file with the Adobe Reader app" refers no one',
    lines: [[0, 'p', 'the small claims form wont open'], [20, 'l', 'Hi, Jo at Reno Public Library. Are you on a phone or a computer?'], [50, 'p', 'computer'], [56, 'l', 'Download it from nvcourts.gov/selfhelp and open the PDF file with the Adobe Reader app rather than the browser. Did that work?']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss (dealer): "the dealer locator at automobiles.honda.com shows their hours" is a source, no referral',
    lines: [[0, 'p', 'when are honda service departments open'], [20, 'l', 'Hi, Jo at Reno Public Library. Which town?'], [50, 'p', 'sparks'], [56, 'l', 'The dealer locator at automobiles.honda.com/tools/dealership-locator shows each one\'s service hours. Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (the FTC): "Go to consumer.ftc.gov for the checklist" uses a website, no referral',
    lines: [[0, 'p', 'what do i do after a data breach letter'], [20, 'l', 'Hi, Jo at Reno Public Library. Which company sent it?'], [50, 'p', 'my health insurer'], [56, 'l', 'Go to consumer.ftc.gov for the data breach checklist. Does that help?']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss (find him): "Did your inspector find him?" is another\'s search, no completeness question',
    lines: [[0, 'p', 'is my roofer licensed in nevada'], [20, 'l', 'Hi, Jo at Reno Public Library. Do you have his licence number?'], [50, 'p', 'no just his name'], [56, 'l', 'Search by name at nscb.nv.gov under License Search. Did your inspector find him?'], [90, 'p', 'no idea, bye'], [95, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss (no more q): "there are no more qs on the worksheet" gives a detail, not done',
    lines: [[0, 'p', 'for my consumer ed class, where do i find the lemon law for nevada'], [20, 'l', 'Hi, Jo at Reno Public Library. Is it for a new car?'], [50, 'p', 'yes'], [56, 'l', 'NRS 597.600-597.680, at leg.state.nv.us/NRS/NRS-597.html. Does that help?'], [90, 'p', 'yes and there are no more qs on the worksheet after that one'], [95, 'l', 'Great, bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss (the rest with): "you can work out the rest with your landlord" is advice, no dismissal',
    lines: [[0, 'p', 'my lease says i pay for all repairs'], [20, 'l', 'Hi, Jo at Reno Public Library. Is it a house or apartment?'], [50, 'p', 'house'], [56, 'l', "Nevada's landlord duties are in NRS 118A.290 (leg.state.nv.us). Once you've read it, you can work out the rest with your landlord. Does that help?"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss (office will mail you): "Our office will mail you the packet by Friday" is the library\'s promise: code Answered fails',
    lines: [[0, 'p', 'can i get the small claims packet by mail, my email is lee.t@example.org'], [20, 'l', 'Hi, Jo at Reno Public Library. For Washoe County?'], [50, 'p', 'yes'], [56, 'l', 'Yes. Our office will mail you the packet by Friday. Does that help?']],
    exp: some({ code: 'fail' }),
  },
  {
    // (run since v18's `namedUrlRM`; it was left:) the FTC's page in the same sentence (after a semicolon) is read as the issuer's contact (a false pass; before
    // R3 named issuers as parties, the sentence read as no referral): the known weak spot of one sentence with two
    // parties and one contact (v17's Q2 bank and FTC), not a family.
    name: '(referral: "report the charges to your card issuer right away; the FTC\'s steps are at consumer.ftc.gov/…") the issuer has no contact',
    lines: [...START, [56, 'l', 'Lock the card in your banking app, then report the charges to your card issuer right away; the FTC\'s steps are at consumer.ftc.gov/articles/lost-or-stolen-credit-atm-and-debit-cards. Does that help?']],
    exp: some({ referral: 'fail' }),
  },
  {
    // (run since v18's `namedUrlRM`: a party after ";" is another clause's; it was left:) one sentence names the AG's line (with its phone) and then "the AG's office" as the subject of what the
    // office will do; the second naming is read as a second party of the referral with no contact of its own (the
    // known weak spot of one sentence with two parties), though the patron is told to contact only the first.
    name: '(referral: "Call the Kentucky AG\'s … line at 888-432-9257 and ask; the AG\'s office will mail you a form within a week") one party, with its phone',
    lines: [[0, 'p', 'can i get a paper complaint form from the ag'], [20, 'l', 'Hi, Jo at Louisville Free Public Library. For Kentucky?'], [50, 'p', 'yes'], [56, 'l', 'Call the Kentucky AG\'s Consumer Protection line at 888-432-9257 and ask; the AG\'s office will mail you a complaint form within a week. Did that help?'], [90, 'p', 'yes all set'], [95, 'l', 'Bye!']],
    exp: some({ contact: 'na', referral: 'pass' }),
  },
  {
    name: '(referral: the CFPB\'s own URL in the sentence before) an agency complaint filed WITH the CFPB and no contact ("you can file a complaint with the CFPB"): referral fails',
    lines: [[0, 'p', 'my bank charged me 6 overdraft fees in one day'], [20, 'l', 'Hi, Jo at Tulsa City-County Library. Did you ask the bank to waive them?'], [50, 'p', 'they said no'], [56, 'l', 'The CFPB explains overdraft rules at consumerfinance.gov/ask-cfpb. If the bank won\'t budge, you can file a complaint with the CFPB as well. Does that help?']],
    // (run since v19's merge (SM); it was left:) since R3 the CFPB is a party (before, no referral was read at all); its URL sits in the sentence before,
    // whose subject is the CFPB itself, and a contact there is not taken for a party named in a later sentence. Which
    // earlier contacts belong to a later sentence's party is the merge's rule (v16's laterContactOwnerV16), not a family.
    // reading: the CFPB's Ask page is a source, not its contact for complaints? It is the CFPB's own URL: a URL of the
    // party itself counts as its way to be reached (RUBRIC: "e-mail, phone, postal address or URL")
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('seventeenth round (R3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventeenth round (R3): consumer and everyday legal-adjacent questions, every check', whole);
describeSessions('seventeenth round (R3): consumer questions, short cases', short);

describeLeft('seventeenth-round-consumer', LEFT);
