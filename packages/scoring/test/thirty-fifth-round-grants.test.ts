/**
 * Thirty-fifth round, area (G7): NONPROFITS, GRANTS AND FUNDRAISING. Starting a nonprofit (articles of incorporation, the
 * 501(c)(3) application, the state's charity registration), finding grants (Candid's Foundation Directory Online at the
 * library, Grants.gov, GrantStation, the state arts council, the Historical Trust), writing a first proposal, a PTA's raffle
 * and online fundraiser, a church's roof, kitchen and car wash, crowdfunding medical bills, small businesses wanting grants
 * (a gift-card "federal grant" scam, a food truck, a cleaning business, a nonprofit coffee shop), checking a charity before
 * giving (the IRS's Tax Exempt Organization Search, ProPublica's Nonprofit Explorer), a board's treasurer, bylaws and the
 * 990-N; referrals to Maryland Nonprofits, SCORE, the SBDC, the Secretary of State's charities division, a lawyer, an
 * accountant. Volunteers, PTA parents, pastors, treasurers, small owners; chat-speak, formal, British, Spanish, canned
 * macros (info.source, referral.contact, closing.no_dismissal, followup.*, inquiry.clarify, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (fails): "check with the county police department's licensing section
 *   before the fair", "If you get close to $50k, talk to an accountant before filing", "Talk to a nonprofit lawyer before
 *   you file", "Reach out to your local SBDC", "you can also contact the Women's Business Center at your local SBDC",
 *   "Consulte con un abogado antes de firmar", "Call your state arts council", "For the will itself, talk with an estate
 *   attorney", "try the SBA or your bank" (LEFT), "You can book a free advisor through the SBDC." (fix).
 *  a referral WITH one (passes): "call the Maryland Volunteer Lawyers Service, which helps small nonprofits: 410-…", "the
 *   Lawyer Referral Service can be reached at 410-…", "contact the Charities and Legal Services Division directly at 410-…
 *   or …@…", "Maryland Nonprofits …; call them at 410-…", "request a free SCORE mentor at score.org", "Contact the
 *   Community Foundation of Howard County at cfhoward.org", "Llame a Maryland Nonprofits al 410-…", "the Maryland Small
 *   Business Development Center advises owners for free: call 877-… or visit mdsbdc.umd.edu", "book a free advisor
 *   through the Maryland SBDC at mdsbdc.umd.edu" (fix), "Schedule a free business counselor with the Women's Business
 *   Center at 410-…" (fix).
 *  a source, not a referral: "Candid's Foundation Directory Online, free at any of our branches", "search Grants.gov",
 *   "GrantStation, one of our databases", "IRS Publication 557", "Nonprofit Kit For Dummies, in our catalogue",
 *   "learning.candid.org", "msac.org/grants", "the charity registration form is at sos.maryland.gov/Charity", "the IRS's
 *   Tax Exempt Organization Search", "EO Select Check", "ProPublica's Nonprofit Explorer" (the last three: fix).
 *  no source: "The Maryland State Arts Council gives grants …", "Candid has data on most foundations, you could look
 *   there", "There are also crowdfunding sites you could look into".
 *  a dismissal: "You've asked a lot of questions and I can't go through all of them. Bye." (fix), "our chats are limited
 *   to 15 minutes and your time is up", "We only allow one question per chat"; allowed: "I have several other patrons
 *   waiting …; please chat back later today and we can take the board and the food drive questions".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - filing with an agency on its site ("the form and online filing are at businessexpress.maryland.gov", "the charity
 *   registration form is at sos.maryland.gov/Charity") points to a web page to use: a source, no referral;
 * - "you can report the call at reportfraud.ftc.gov" tells the patron to write to the FTC: a referral, reached by its URL;
 * - booking a free adviser, counsellor or mentor through or with a party ("book a free advisor through the Maryland SBDC")
 *   is contacting that party: a referral; booking a webinar or a meeting room is not (a programme, a room);
 * - "try the SBA or your bank" tells the patron to go to them: a referral (LEFT);
 * - an organisation named as doing something ("The Maryland State Arts Council gives grants…", "Candid has data on most
 *   foundations") is an organisation without a way to reach it: no source; "Candid's Foundation Directory Online" names
 *   the database: a source;
 * - "Does that help?" closing a message of general advice with no source ("car washes, raffles, sponsorships …") asks
 *   about an answer already given: completeness passes while info.source fails;
 * - a clarifying question left unanswered (the patron gone) is still a substantive exchange: the information checks apply;
 * - "You've asked a lot of questions and I can't go through all of them" tells the patron they asked too many: dismissal
 *   fails, whatever follows; but a sentence that goes on with help ("…, but the guide at … covers every one", "…all of them
 *   myself, so I'm bringing in our business librarian") states a limit of the chat, not of the patron's questions: passes;
 * - "yes, I'm all set" says on the patron's own that they are done (anything else passes); "kinda. ok thanks" does not;
 * - parting words count as a goodbye for courteous: "Cheers, all the best with the club!", "Good luck with the playground,
 *   bye!"; "OK." after "Anything else?" does not;
 * - "someone from your library will call you by Wednesday afternoon" is a promised follow-up, not a referral; the phone
 *   given and repeated in the chat confirms the contact, "by Wednesday afternoon" says when.
 * Written: 32 whole sessions (29 first, 3 more for the fixes; 1 of the first moved to LEFT), 39 short cases (30 first, 9 for
 * the fixes), 13 near misses in `guards`; 83 run, 1 in LEFT. First run (29 whole + 30 short, labelled before running): 5 of 59
 * cases disagreed, one status each: info.source 2 ("the IRS's Tax Exempt Organization Search" and "ProPublica's Nonprofit
 * Explorer" named without a URL not read as named resources), referral.contact 2 ("You can also book a free advisor through
 * the Maryland SBDC at mdsbdc.umd.edu" read as no referral; "try the SBA or your bank" read as no referral),
 * closing.no_dismissal 1 ("You've asked a lot of questions and I can't go through all of them. Bye." read as no dismissal).
 * My labels corrected: 0 (all 5 re-read against RUBRIC.md and kept). Fixed in block G7 (phrase families, v36 only; no
 * settings, no code):
 *  - knownResource: the IRS's and ProPublica's look-ups of exempt organisations by name: "Tax Exempt Organization Search"
 *    (also "Tax-Exempt …", "… Organisation Search"), its older name "EO Select Check" / "Exempt Organizations Select Check",
 *    "Nonprofit Explorer" (also "non-profit"), each keyed on its rarer last words [near misses: "the tax-exempt organization
 *    search committee for a director", "A tax exempt organization searches for funders …", "a nonprofit Explorer post for
 *    teens", "our nonprofit explorer club"];
 *  - dismissalHard: the patron as the subject of "asked a lot of / lots of / a ton of / loads of … questions", then the
 *    provider's refusal ("I can't / cannot / won't … go through / get to / answer / do … all of them / any more / the rest")
 *    closing the sentence ("You've asked a lot of questions and I can't go through all of them.", "u asked a ton of
 *    questions and i cant get to all of them. bye", "you have asked lots of questions, I cannot answer any more.", "You've
 *    asked loads of questions and we can't do them all today.") [near misses: "You've asked a lot of great questions
 *    today!", "…, and I can't cover all of them in chat, but the guide at … covers every one", "… I can't answer all of them
 *    myself, so I'm bringing in our business librarian", "… and I can't wait to see the grant you write!"];
 *  - referralVerb: "book / schedule / reserve" a (free) adviser, counsellor or mentor, then "through / with / from / at /
 *    via" a party ("book a free advisor through the Maryland SBDC at …", "Schedule a free business counselor with the
 *    Women's Business Center at 410-…", "Reserve a free mentor through SCORE's site, score.org", and with no contact "You can
 *    book a free advisor through the SBDC." fails) [near misses: "I can book a free advisor through the SBDC for you", "The
 *    SBDC will book you a free advisor once you fill in the form at …", "Advisors at the SBDC book up fast …", "Book the free
 *    mentor webinar at score.org/events", "schedule a mentor meeting room through LibCal at …"].
 *  Each near miss was checked to fail with its fix made too wide (no exclusions after the names; any "asked a lot of
 *  questions", or the refusal not closing the sentence; any booking of a helper's word within three words).
 * Second run (the fixes' 3 whole and 9 short cases and 13 near misses, labelled before running): 0 disagreed.
 * Left: 1 (LEFT, with its reason): the sloppy bakery session's "try the SBA or your bank".
 * v36's fingerprint after block G7: f1c62734a3ddbafa.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { at, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

const HOUR = 3600;

/** A new nonprofit's question up to the patron's answer. */
const NP: Line[] = [
  [0, 'p', 'how do we start a 501c3 for our community garden'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Are you in Maryland, and is the garden already incorporated?"],
  [50, 'p', 'maryland, not incorporated yet'],
];
/** A grant seeker's question up to the patron's answer. */
const GR: Line[] = [
  [0, 'p', 'looking for grants for a youth mentoring program'],
  [20, 'l', 'Hello, this is Jo, a librarian at Sample County Library. Is your group a 501(c)(3) already?'],
  [50, 'p', 'yes since 2019'],
];
/** A Spanish question about starting a nonprofit, up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'hola, quiero empezar una organización sin fines de lucro para ayudar a inmigrantes'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Está usted en Maryland?'],
  [50, 'p', 'sí, en Hyattsville'],
];
/** A small-business grant question up to the patron's answer. */
const BIZ: Line[] = [
  [0, 'p', 'are there grants for starting a food truck'],
  [20, 'l', "Hi, I'm Jo at AskUsNow!. Is it in Maryland, and do you have a business plan yet?"],
  [50, 'p', 'yes maryland, no plan yet'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `GR`, a source with the completeness question at 70 s, then the patron's `reply` at 100 s and the provider's `last` at 110 s. */
const grThen = (reply: string, last: string): Line[] => [...GR, [70, 'l', 'Grants.gov lists federal mentoring grants; search "mentoring". Does that help?'], [100, 'p', reply], [110, 'l', last]];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, a garage food pantry becoming a nonprofit: Business Express, the IRS\'s charities pages, the charity registration form',
    lines: [
      [0, 'p', 'hi! me and a few neighbors run a little food pantry out of a garage and people keep telling us we should become a nonprofit. where do we even start??'],
      [25, 'l', "Hi there, and welcome to AskUsNow! I'm Denise, a librarian at Baltimore County Public Library. Love that you're doing this. Are you in Maryland, and do you have a board or a few officers picked out yet?"],
      [70, 'p', 'yes maryland, dundalk. theres 4 of us, no official board yet'],
      [100, 'l', "OK! In Maryland it's usually three steps. 1) Articles of Incorporation for a nonstock corporation: the form and online filing are at businessexpress.maryland.gov. 2) The 501(c)(3) application; small groups can often use Form 1023-EZ, explained at irs.gov/charities-non-profits. 3) Before you ask the public for money, the charity registration form is at sos.maryland.gov/Charity. Does that cover what you were looking for?"],
      [190, 'p', 'wow yes. thats everything, thank you so much!!'],
      [198, 'l', "You're so welcome, good luck with the pantry! Thanks for chatting with us."],
    ],
    exp: usual(),
  },
  {
    name: 'grant seeker for an arts programme: Candid\'s Foundation Directory Online on the branch computers, Grants.gov, msac.org after a hold',
    lines: [
      [0, 'p', 'Where can I find grants for our after-school arts program? We are a small 501(c)(3) in Columbia.'],
      [20, 'l', 'Hello, this is Marcus, a reference librarian with Howard County Library System. Happy to help. Are you looking for foundation grants, government grants, or both?'],
      [60, 'p', 'both I guess. mostly foundations'],
      [75, 'l', 'Let me check which branches have it.'],
      [150, 'l', "Candid's Foundation Directory Online is free to use on the public computers at our Central and Miller branches; you can search funders by county and by arts education. For federal grants, search Grants.gov, and the state arts council's grants are at msac.org/grants. Is that what you were looking for?"],
      [220, 'p', 'yes thank you'],
      [228, 'l', 'Is there anything else I can help you with today?'],
      [250, 'p', 'no thats it'],
      [256, 'l', 'Thanks for chatting, and good luck with the grants!'],
    ],
    exp: usual(),
  },
  {
    name: 'a "federal grant" with a gift-card fee for a small business: the FTC\'s pages and the SBDC with phone and site',
    lines: [
      [0, 'p', 'got a call saying my small business qualifies for a $9000 federal grant, i just have to pay a $250 processing fee by gift card. is this legit??'],
      [18, 'l', "Hi, I'm Priya with Ask a Librarian. Good on you for checking first. Did they say which agency they were from?"],
      [50, 'p', 'they said the federal grant department'],
      [70, 'l', "That's a scam: the government never charges a fee for a grant or asks for gift cards, and there's no Federal Grant Department. The FTC explains these calls at consumer.ftc.gov/articles/government-grant-scams, and you can report the call at reportfraud.ftc.gov. For real help funding a small business, the Maryland Small Business Development Center advises owners for free: call 877-421-0830 or visit mdsbdc.umd.edu. Does that answer your question?"],
      [140, 'p', 'yes wow ok. glad i asked. thats all i needed'],
      [146, 'l', 'Glad you asked too! Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak PTA mom, a 50/50 raffle: the catalogue and pta.org, "check with the county police department\'s licensing section" with no contact',
    lines: [
      [0, 'p', 'hey! PTA mom here lol. we want to do a 50/50 raffle at the spring fair, do we need some kind of permit?? also any fundraising idea books'],
      [22, 'l', "Hi! I'm Kayla from the Ask Us team at Sample County Library :) Which county is your school in?"],
      [45, 'p', 'howard'],
      [70, 'l', "In Howard County raffles need a gaming permit, so check with the county police department's licensing section before the fair. For ideas, Fundraising For Dummies is in our catalogue, and National PTA has fundraising rules and ideas at pta.org. did that help?"],
      [110, 'p', 'ya thx!!'],
      [114, 'l', 'np! anything else?'],
      [125, 'p', 'nope thats all'],
      [129, 'l', 'bye, good luck with the fair!!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a first grant proposal for a community garden: Candid Learning\'s course and a grant-writing book in the catalogue',
    lines: [
      [0, 'p', "I've been asked to write our first grant proposal for a community garden and I have no idea how. Help?"],
      [30, 'l', "Hello, and thanks for contacting AskUsNow!. I'm Ruth, a librarian. Do you have a particular funder in mind yet, with their guidelines, or are you starting from scratch?"],
      [75, 'p', 'starting from scratch. the deadline for the one we want is in 6 weeks'],
      [110, 'l', "Six weeks is doable. Candid Learning has a free, self-paced proposal writing course at learning.candid.org. For a book, The Only Grant-Writing Book You'll Ever Need by Karsh and Fox is in our catalogue, with sample proposals. Is that what you had in mind?"],
      [170, 'p', 'Yes, exactly. No more questions, thank you!'],
      [176, 'l', 'My pleasure. Good luck with the garden, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'formal, a rescue\'s new treasurer: the Standards for Excellence, the IRS\'s sample policy, the volunteer lawyers with a phone',
    lines: [
      [0, 'p', 'Good afternoon. I was just elected treasurer of a small animal rescue board. Our bylaws are a mess and we have no conflict of interest policy. Are there model documents?'],
      [35, 'l', 'Good afternoon! This is Harold, a reference librarian at Anne Arundel County Public Library. Is the rescue incorporated in Maryland?'],
      [80, 'p', 'Yes, since 2015.'],
      [105, 'l', "Maryland Nonprofits publishes the Standards for Excellence, with sample policies, at marylandnonprofits.org; the IRS has a sample conflict of interest policy in the Form 1023 instructions at irs.gov/instructions/i1023 (Appendix A). For rewriting the bylaws themselves, call the Maryland Volunteer Lawyers Service, which helps small nonprofits: 410-547-6537. Does this completely answer your question?"],
      [180, 'p', 'It does. That is all I need today. Thank you.'],
      [188, 'l', 'You are very welcome. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a donor at the door for a "veterans relief fund": the IRS\'s Tax Exempt Organization Search with its URL, after a hold',
    lines: [
      [0, 'p', 'Someone came to my door collecting for a "veterans relief fund". How can I tell if a charity is real before I give?'],
      [25, 'l', "Hi, I'm Sam at Ask Us. Good question to ask. Did they give you the charity's full name or a paper with it?"],
      [70, 'p', 'yes, American Veterans Relief Fund of Maryland'],
      [80, 'l', 'One moment while I look.'],
      [160, 'l', "I don't find that exact name. You can check any charity yourself in the IRS's Tax Exempt Organization Search at apps.irs.gov/app/eos, and Maryland keeps a list of registered charities at sos.maryland.gov (Charity > Search). Charity Navigator (charitynavigator.org) rates larger ones. Did that help?"],
      [230, 'p', "Yes, very much. That's all I needed."],
      [236, 'l', 'Thanks for checking before you gave. Take care!'],
    ],
    exp: usual(),
  },
  {
    name: 'crowdfunding a mother\'s medical bills, the patron vanishes after the answer: check-in and disconnect notice',
    lines: [
      [0, 'p', 'is money from a gofundme for my moms medical bills taxable'],
      [20, 'l', 'Hi, this is Chris, a librarian with AskUsNow!. Is the money going straight to the hospital, or to you?'],
      [60, 'p', 'to me, then i pay the bills'],
      [80, 'l', "Gifts from friends and strangers through crowdfunding are generally not income to you. The IRS explains it at irs.gov (search crowdfunding), and GoFundMe's help center has a page on taxes at support.gofundme.com. Does that help?"],
      [215, 'l', 'Are you still with me?'],
      [295, 'l', "It looks like you've disconnected, so I'll end the chat now. Please chat with us again anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'veterans\' woodworking nonprofit, a Foundation Directory search e-mailed by Thursday and sent the next day',
    lines: [
      [0, 'p', "Hello, I run a small nonprofit that teaches woodworking to veterans in Frederick. I need a list of foundations that fund veterans programs in Maryland. I can't get to a library this week."],
      [30, 'l', "Hello, I'm Grace, a librarian with AskUsNow!. Thank you for what you do. What size grants are you looking for, and do you have your 501(c)(3) letter?"],
      [80, 'p', 'yes we have it. 5 to 25 thousand'],
      [100, 'l', "Foundation Directory Online is the best tool for this, but it only works on library computers. Meanwhile, Grants.gov lists federal grants, and the VA's grant programs are at va.gov/grants. I can run a Foundation Directory search for you and e-mail you the list by Thursday. Does that help for now?"],
      [170, 'p', 'yes that would be amazing. my email is tom.reyes@example.org'],
      [180, 'l', "Got it: tom.reyes@example.org. You'll have the list by Thursday. Anything else I can help with today?"],
      [215, 'p', 'no that is all, thanks so much'],
      [222, 'l', 'You are welcome, Tom. Take care!'],
    ],
    over: { ...FU_ME, patron: { name: 'Tom', email: 'tom.reyes@example.org', phone: null }, followUps: [{ doneAt: at(30 * HOUR), by: 'jo', note: 'sent FDO list: veterans programs, MD' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'street trees for a neighbourhood association: "I\'ll look into it and get back to you", no time, coded Answered',
    lines: [
      [0, 'p', 'does our county give small grants to neighborhood associations? we want to plant street trees'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which county are you in?'],
      [45, 'p', 'Prince Georges'],
      [70, 'l', "The Chesapeake Bay Trust funds community tree plantings; their grant list is at cbtrust.org/grants. I'm not sure whether the county itself has a small-grants program, so I'll look into it and get back to you. What's a good e-mail?"],
      [110, 'p', 'dee.h@example.com'],
      [118, 'l', 'Thanks, dee.h@example.com it is. Is the Bay Trust page the kind of thing you needed?'],
      [150, 'p', 'yes, thanks'],
      [156, 'l', 'Anything else for today?'],
      [170, 'p', 'no thats all'],
      [175, 'l', 'Bye for now!'],
    ],
    over: { patron: { name: null, email: 'dee.h@example.com', phone: null } },
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer to the business librarian: a nonprofit coffee shop that hires people in recovery, booked advisor at the SBDC\'s site',
    lines: [
      [0, 'p', 'I want to start a nonprofit coffee shop that hires people in recovery. Can a business be a nonprofit?'],
      [20, 'l', 'Hello, this is Jo at Ask Us. Is this in Maryland, and would the shop be the whole organization or one program of it?'],
      [55, 'p', 'maryland. the whole thing'],
      [65, 'l', "That's a great question for our business librarian, Rosa. I'm transferring you to her now; please hold a moment."],
      [68, 'i', 'pt starting social-enterprise coffee shop as nonprofit (recovery jobs), MD; business/nonprofit structure q'],
      [71, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [110, 'l', "Hi, Rosa here from the business desk. A nonprofit can run a shop if the shop serves its charitable purpose, like job training; some people form a benefit corporation instead. Nolo's Starting & Building a Nonprofit, in our catalogue, covers this. You can also book a free advisor through the Maryland SBDC at mdsbdc.umd.edu. Does that help?", ROSA],
      [180, 'p', 'yes that helps a lot, thats everything'],
      [186, 'l', 'Great! Good luck, and thanks for chatting.', ROSA],
    ],
    exp: usual({ transfer: 'pass', referral: 'pass' }),
  },
  {
    name: 'transfer with no note to the receiving provider: an NEA grant\'s SF-424A budget form',
    lines: [
      [0, 'p', 'i need help w a grant budget for a federal grant, the excel part'],
      [20, 'l', 'Hi, Jo here at Ask a Librarian. Which grant is it, and is the budget form the SF-424A?'],
      [50, 'p', 'yeah SF-424A for an NEA grant'],
      [60, 'l', "I'm going to pass you to a colleague who knows federal grant forms better. One moment."],
      [64, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', 'Hello, Rosa here. The SF-424A instructions are at grants.gov/forms (SF-424 family), and the NEA explains its budget rules at arts.gov/grants. Is that what you needed?', ROSA],
      [150, 'p', 'yes, thats all. thank you'],
      [156, 'l', 'Thanks for chatting, bye!', ROSA],
    ],
    exp: usual({ transfer: 'fail' }),
  },
  {
    name: 'too many questions: "You\'ve asked a lot of questions and I can\'t go through all of them. Bye."',
    lines: [
      [0, 'p', 'how do i start a nonprofit'],
      [15, 'l', 'Hi, Jo at Ask Us. Which state?'],
      [30, 'p', 'maryland'],
      [45, 'l', 'The steps are laid out in the startup guide at marylandnonprofits.org/start. Does that help?'],
      [80, 'p', 'ok and how do i get a board and do i need insurance and how do i get grants and whats an EIN'],
      [95, 'l', "You've asked a lot of questions and I can't go through all of them. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'a church\'s questions, wrapped up politely because others are waiting, with a way back',
    lines: [
      [0, 'p', 'I have questions about our church food drive and about getting grants for a new kitchen and about our board'],
      [25, 'l', "Hello, this is Ana, a librarian with AskUsNow!. Let's start with the grants. Is the church its own 501(c)(3), or part of a denomination?"],
      [60, 'p', 'we are part of the Methodist conference'],
      [90, 'l', 'Then your conference may have its own grants for building projects; many denominations do. For foundation grants, Foundation Directory Online is free at any of our branches, and Partners for Sacred Places has repair grants and guides at sacredplaces.org. Does that help?'],
      [150, 'p', 'yes. ok now the board question, and the food drive'],
      [165, 'l', "I have several other patrons waiting right now, so I'll need to wrap up here. Please chat back later today and we can take the board and the food drive questions. Thank you!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'a youth group\'s car wash: a slow pickup and a 210-second silence, the city\'s office with its number',
    lines: [
      [0, 'p', 'our youth group wants to do a car wash fundraiser in the church parking lot. do we need permission from the city?'],
      [95, 'l', 'Hello, this is Pat with the Ask Us service, sorry for the wait. Which city are you in?'],
      [130, 'p', 'Laurel'],
      [340, 'l', "Sorry for the delay. In Laurel, ask the city's Department of Economic and Community Development; their number is 301-725-5300. Car washes also need care with storm drains; the EPA's tips are at epa.gov (search charity car wash). Does that help?"],
      [400, 'p', 'yes thank you'],
      [405, 'l', 'Anything else I can do for you?'],
      [420, 'p', 'nope'],
      [425, 'l', 'Have a great fundraiser, bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'Spanish, a 1910 church\'s roof: the Maryland Historical Trust\'s grants page and sacredplaces.org',
    lines: [
      [0, 'p', 'hola buenas, nuestra iglesia necesita arreglar el techo y no tenemos dinero. hay becas o subvenciones para iglesias?'],
      [30, 'l', '¡Hola, buenas tardes! Soy Lucía, bibliotecaria de AskUsNow!. ¿El edificio de la iglesia es histórico, o tiene más de 50 años?'],
      [75, 'p', 'si, es de 1910'],
      [100, 'l', 'Para edificios históricos, el Maryland Historical Trust tiene subvenciones; la información está en mht.maryland.gov/grants. Partners for Sacred Places también ayuda a iglesias con reparaciones: sacredplaces.org. ¿Le sirve esta información?'],
      [160, 'p', 'si muchisimas gracias, es todo lo que necesitaba'],
      [168, 'l', '¡Con gusto! Que les vaya muy bien con el techo. ¡Adiós!'],
    ],
    exp: usual(),
  },
  {
    name: 'a lapsed charity registration: the Charities Division with phone and e-mail',
    lines: [
      [0, 'p', 'We got a letter that our charitable organization registration is delinquent. We are a tiny scholarship fund. What do we do?'],
      [30, 'l', "Hi, this is Lee, a librarian at AskUsNow!. Did the letter come from the Maryland Secretary of State, and do you know which year's report is missing?"],
      [80, 'p', 'yes, secretary of state. 2024 annual update I think'],
      [110, 'l', 'The annual update form and its instructions are on the Charities page at sos.maryland.gov/Charity. Since you got a letter, contact the Charities and Legal Services Division directly at 410-974-5534 or charities.sos@maryland.example.gov so they know you are working on it. Is that what you needed?'],
      [170, 'p', 'yes, thank you'],
      [176, 'l', 'Is there anything else I can help with?'],
      [200, 'p', 'no, that covers it'],
      [206, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a little league\'s treasurer and the 990-N: Maryland Nonprofits with a phone, "talk to an accountant" with none',
    lines: [
      [0, 'p', 'im treasurer for a little league. we make like 20k a year. what tax form do we file?'],
      [20, 'l', "Hi, I'm Jo at Ask Us. Is the league its own 501(c)(3), or covered by a national group's exemption?"],
      [50, 'p', 'our own'],
      [70, 'l', "Under $50,000 in gross receipts you file the 990-N e-Postcard online at irs.gov/990n; it's free and short. Maryland Nonprofits runs money-management workshops for small groups; call them at 410-727-6367. If you get close to $50k, talk to an accountant before filing. Does that help?"],
      [130, 'p', 'yes thx, thats all'],
      [136, 'l', 'Good luck this season, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'formal, articles for an arts nonprofit: SDAT\'s forms, Publication 557, the bar\'s Lawyer Referral Service by phone',
    lines: [
      [0, 'p', 'Good morning. I am drafting articles of incorporation for a small arts nonprofit. Do I need a lawyer, and if so, how do I find one who can help affordably?'],
      [35, 'l', 'Good morning, and thank you for contacting AskUsNow!. My name is Helen and I am a reference librarian. Are you filing in Maryland?'],
      [80, 'p', 'Yes.'],
      [105, 'l', "You are not required to use a lawyer. SDAT's sample articles for a nonstock corporation are at dat.maryland.gov (Businesses > Forms), and the IRS wants specific purpose and dissolution clauses, described in Publication 557. For an affordable lawyer, the Maryland State Bar Association's Lawyer Referral Service can be reached at 410-685-7878. Does this completely answer your question?"],
      [180, 'p', 'It does. Thank you, that is everything.'],
      [188, 'l', 'You are most welcome. Thank you for contacting us, and good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a women-owned cleaning business: a SCORE mentor at score.org, "contact the Women\'s Business Center at your local SBDC" with no contact',
    lines: [
      [0, 'p', 'I own a small cleaning business. Are there grants for women-owned small businesses?'],
      [25, 'l', "Hello, I'm Dana, a business librarian with AskUsNow!. What would the money be for: equipment, hiring, or something else?"],
      [70, 'p', 'a second van and hiring'],
      [100, 'l', "Grants for that are rare and many offers online are scams; most owners use loans. You can request a free SCORE mentor at score.org to talk through financing, and you can also contact the Women's Business Center at your local SBDC. Our database GrantStation lists the few real small-business grants. Is that what you were looking for?"],
      [160, 'p', "yes thanks, that's all I needed"],
      [166, 'l', 'Best of luck with the business! Bye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'British, a youth football club in Leeds: gov.uk\'s pages, "Cheers, all the best with the club!"',
    lines: [
      [0, 'p', "Hiya, I'm in Leeds and we want to register our youth football club as a charity. Can you point me in the right direction?"],
      [25, 'l', "Hello! Fiona here, a librarian with the Ask a Librarian cooperative. Is your club's income over £5,000 a year?"],
      [65, 'p', 'Just under, about £4k'],
      [90, 'l', "Then you can't register with the Charity Commission yet, but you can still be a charitable organisation, or a CASC for sports clubs. The rules and the steps are at gov.uk/setting-up-charity, and HMRC's CASC guidance is at gov.uk/community-amateur-sports-clubs. Does that help?"],
      [150, 'p', 'Brilliant, that is all I needed, ta'],
      [156, 'l', 'Cheers, all the best with the club!'],
    ],
    exp: usual(),
  },
  {
    name: 'cut short: a church grant, the patron gone before answering the question (Lost Call)',
    lines: [
      [0, 'p', 'how do i get a grant for my church'],
      [25, 'l', 'Hi, this is Jo with Ask Us at Sample County Library. What is the grant for: a building, a program, or something else?'],
      [160, 'l', 'Hello? Are you still online?'],
      [250, 'l', "I haven't heard back, so it looks like we got disconnected. I'm going to end this session; please come back anytime."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'scripted macros, a Friends of the Library group: GrantStation with the databases page and imls.gov after a hold',
    lines: [
      [0, 'p', 'where can i find grants for a new library in a small town? we are a friends of the library group'],
      [8, 'l', 'Thank you for contacting AskUsNow! A librarian will be with you shortly.'],
      [40, 'l', 'Hello, my name is Jo and I am a librarian. Is the Friends group its own 501(c)(3)?'],
      [70, 'p', 'yes'],
      [80, 'l', 'Please give me a few minutes while I search.'],
      [190, 'l', "GrantStation, one of our databases, lists library and literacy funders; search it with your library card at ourlibrary.org/databases. The Institute of Museum and Library Services' grants are at imls.gov/grants. Does this give you what you need?"],
      [250, 'p', 'yes thanks'],
      [255, 'l', 'Is there anything else I can help you with today?'],
      [275, 'p', 'no'],
      [280, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    name: 'Foundation Directory with a librarian at the patron\'s own library: follow-up by the library, by phone, "by Wednesday afternoon"',
    lines: [
      [0, 'p', 'hi, can I use the Foundation Directory at my library? I live in Frederick'],
      [25, 'l', "Hi, I'm Jo, a librarian with AskUsNow!. Would you want to use it on your own, or with a librarian's help the first time?"],
      [60, 'p', 'with help, its my first time'],
      [85, 'l', "Frederick County Public Libraries list their nonprofit resources at fcpl.org/nonprofit. They schedule those sessions themselves, so I'll send them your request and someone from your library will call you by Wednesday afternoon to set up a time. What number is best?"],
      [130, 'p', '301-555-0142'],
      [140, 'l', 'Thanks, they will call 301-555-0142 by Wednesday afternoon. Does that answer your question?'],
      [170, 'p', 'yes! thats all'],
      [176, 'l', 'Thanks for chatting, bye!'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '301-555-0142' } },
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'a travel soccer team\'s parents: ideas but no source named',
    lines: [
      [0, 'p', 'my son plays travel soccer and the team needs money for a tournament. any ideas?'],
      [20, 'l', 'Hello, Jo at Ask Us here. Is the team part of a club that is a nonprofit, or is it just the parents?'],
      [55, 'p', 'just the parents'],
      [75, 'l', 'Lots of teams do car washes, raffles, or sponsorships from local businesses. There are also crowdfunding sites you could look into. Does that help?'],
      [120, 'p', 'kinda. ok thanks'],
      [126, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail' }),
  },
  {
    name: 'adult literacy numbers for a needs statement: the provider ends it, "your time is up"',
    lines: [
      [0, 'p', 'I am writing a grant for a literacy nonprofit and I need statistics on adult literacy in Baltimore City. Also help with my needs statement.'],
      [30, 'l', 'Hi, this is Jo at Ask Us. Do you need city-level numbers, or would neighborhood-level be better?'],
      [70, 'p', 'city level is fine'],
      [95, 'l', "The National Center for Education Statistics' PIAAC skills map at nces.ed.gov/surveys/piaac/skillsmap has adult literacy estimates by county and city. Is that what you were after?"],
      [150, 'p', 'yes! now can you look at my needs statement draft?'],
      [165, 'l', 'Sorry, our chats are limited to 15 minutes and your time is up. Goodbye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'ebooks on board fundraising, the patron quiet after the answer: a check-in, then a goodbye before three minutes',
    lines: [
      [0, 'p', 'do you have books on board fundraising, like getting board members to give?'],
      [20, 'l', 'Hi! This is Sam, a librarian with AskUsNow!. Are you looking for print books or ebooks?'],
      [50, 'p', 'ebooks please'],
      [70, 'l', "Fundraising For Dummies and The Board Member's Guide to Fundraising are both in our catalogue as ebooks through Libby. Does that help?"],
      [210, 'l', 'Are you still there?'],
      [230, 'l', 'Thanks for chatting, and come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'pass' }),
  },
  {
    name: 'a PTA\'s online playground fundraiser: DonorsChoose and GoFundMe\'s fee page, "Will that get you started?", "I\'m all set"',
    lines: [
      [0, 'p', 'our PTA wants to do an online fundraiser for new playground equipment. is GoFundMe ok or is there something better for schools?'],
      [20, 'l', 'Hi there! Kim from Ask a Librarian here. Does your PTA have its own EIN and bank account, or does the money go through the school?'],
      [55, 'p', 'own EIN, we are a 501c3 under the state PTA'],
      [80, 'l', "Then you can use a platform that pays out to nonprofits: GoFundMe Charity, or for classroom projects DonorsChoose (donorschoose.org, where teachers post the request). Compare the fees on each site; GoFundMe's fee page is gofundme.com/pricing. Will that get you started?"],
      [130, 'p', "yes, I'm all set. thanks!"],
      [135, 'l', 'Wonderful! Good luck with the playground, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'an aunt\'s bequest to a "ministry foundation": the Tax Exempt Organization Search and Nonprofit Explorer named, no URL (fix: known resource)',
    lines: [
      [0, 'p', 'My aunt wants to leave money in her will to a small mission group. How do we check they are a real charity?'],
      [30, 'l', 'Hello, this is Bea, a librarian at AskUsNow!. Do you know whether the group is a church itself, or a separate nonprofit?'],
      [75, 'p', 'separate, they call themselves a ministry foundation'],
      [100, 'l', "Churches don't have to apply to the IRS, but a separate foundation usually does. Look it up by name in the IRS's Tax Exempt Organization Search; if it files a 990, you'll find the returns in ProPublica's Nonprofit Explorer too. For the will itself, talk with an estate attorney. Does that help?"],
      [170, 'p', 'yes, very helpful. that is all'],
      [176, 'l', 'Thank you for chatting, and take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'chat-speak, a dance team nonprofit: "u asked a ton of questions and i cant get to all of them. bye" (fix: dismissal)',
    lines: [
      [0, 'p', 'hey so im starting a dance team nonprofit, how do i get grants and do i need a board and insurance and a bank account and how do i do taxes'],
      [20, 'l', 'hi, Jo at Ask Us. Is the team in Maryland?'],
      [40, 'p', 'yes'],
      [60, 'l', 'The Maryland Nonprofits startup checklist covers the board, the bank account and insurance: marylandnonprofits.org/resources. Does that help?'],
      [90, 'p', 'ok but what about grants and taxes and also can u help me write the bylaws'],
      [100, 'l', 'u asked a ton of questions and i cant get to all of them. bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'a catering start-up: "You can also book a free advisor through the Maryland SBDC at mdsbdc.umd.edu" (fix: booking a helper)',
    lines: [
      [0, 'p', 'Good evening, I want to start a catering business from a church kitchen. Is there grant money for that?'],
      [30, 'l', "Good evening! I'm Omar, a librarian with AskUsNow!. Do you plan to run it as a business for profit, or through the church as a ministry?"],
      [70, 'p', 'as my own business'],
      [95, 'l', "Then grants are unlikely; most start-ups use microloans. The SBA's microloan page is at sba.gov/funding-programs/loans/microloans. You can also book a free advisor through the Maryland SBDC at mdsbdc.umd.edu to work out a plan and the licences. Is that what you needed?"],
      [160, 'p', 'yes thank you, thats everything'],
      [166, 'l', 'Good luck with the catering, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- clarify ----------------------------------------------------------------------------------------------------------
  { name: 'the 1023-EZ page at once, no question: clarify fails', lines: [[0, 'p', 'what form do i use to apply for 501c3'], [15, 'l', 'Hi, Jo at Ask Us. Small groups usually file Form 1023-EZ; see irs.gov/form1023ez. Does that help?'], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }) },
  { name: '"Has your group gotten its EIN yet?" before the source: clarify passes', lines: [[0, 'p', 'starting a nonprofit, what do i do first'], [15, 'l', 'Hi, Jo at Ask Us. Has your group gotten its EIN yet?'], [40, 'p', 'no'], [50, 'l', 'You can get an EIN free at irs.gov/ein in about 15 minutes. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }) },
  { name: '"So you want funders for the building, not for programs?" : clarify passes', lines: [[0, 'p', 'grants for our church building'], [15, 'l', 'Hi, Jo at Ask Us. So you want funders for the building, not for programs?'], [40, 'p', 'right'], [50, 'l', 'Partners for Sacred Places lists building grants at sacredplaces.org. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass', source: 'pass' }) },
  // ---- source ----------------------------------------------------------------------------------------------------------
  { name: '"the IRS\'s Tax Exempt Organization Search" named, no URL: source passes', lines: then(GR, "To double-check a funder's status, use the IRS's Tax Exempt Organization Search. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"ProPublica\'s Nonprofit Explorer" named, no URL: source passes', lines: then(GR, "You can read a foundation's 990s, with its past grants, in ProPublica's Nonprofit Explorer. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"The Maryland State Arts Council gives grants…" with no way to reach it: source fails', lines: then(GR, 'The Maryland State Arts Council gives grants to youth arts programs, if yours has an arts part. Does that help?'), exp: some({ source: 'fail' }) },
  { name: '"listed on Grants.gov" : source passes', lines: then(GR, 'Federal mentoring grants are listed on Grants.gov; search "mentoring". Does that help?'), exp: some({ source: 'pass', complete: 'pass' }) },
  { name: '"IRS Publication 557" : source passes', lines: then(NP, 'IRS Publication 557 explains the whole 501(c)(3) process step by step. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"Candid\'s Foundation Directory Online, free at any of our branches" : source passes', lines: then(GR, "Candid's Foundation Directory Online, free at any of our branches, lets you search mentoring funders. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '"Candid has data on most foundations" (the organisation, no way to reach it): source fails', lines: then(GR, 'Candid has data on most foundations, you could look there. Good luck!'), exp: some({ source: 'fail' }) },
  { name: '"Nonprofit Kit For Dummies, in our catalogue" : source passes', lines: then(NP, 'Nonprofit Kit For Dummies, in our catalogue, walks you through incorporating. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Spanish, "en irs.gov/es/charities-non-profits" : source passes', lines: thenEs('La guía del IRS en español sobre organizaciones exentas está en irs.gov/es/charities-non-profits. ¿Le sirve?'), exp: some({ source: 'pass', complete: 'pass' }) },
  // ---- referral --------------------------------------------------------------------------------------------------------
  { name: '"Talk to a nonprofit lawyer before you file" : referral fails', lines: then(NP, 'The articles form is at businessexpress.maryland.gov. Talk to a nonprofit lawyer before you file if the garden will own land. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Call Maryland Nonprofits at 410-727-6367" : referral passes', lines: then(NP, 'Call Maryland Nonprofits at 410-727-6367; they coach new groups through incorporating. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Ask your accountant whether a big grant changes your 990" : referral fails', lines: then(GR, 'GrantStation in our databases lists mentoring funders. Ask your accountant whether a big grant changes your 990 filing. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: '"Reach out to your local SBDC" : referral fails', lines: then(NP, 'The steps are in IRS Publication 557. Reach out to your local SBDC if the garden will sell produce. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"request a free SCORE mentor at score.org" : referral passes', lines: then(NP, 'If the garden will sell produce, request a free SCORE mentor at score.org. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'Spanish, "Consulte con un abogado antes de firmar" : referral fails', lines: thenEs('La guía está en irs.gov/es. Consulte con un abogado antes de firmar los estatutos. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "Llame a Maryland Nonprofits al 410-727-6367" : referral passes', lines: thenEs('Llame a Maryland Nonprofits al 410-727-6367; ofrecen asesoría a grupos nuevos. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: '"Call your state arts council" : referral fails', lines: then(GR, 'Call your state arts council about youth arts grants. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Contact the Community Foundation of Howard County at cfhoward.org" : referral passes', lines: then(GR, 'Contact the Community Foundation of Howard County at cfhoward.org about their youth grants. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to look for state grants too?" after the source: completeness fails', lines: then(GR, 'Grants.gov lists federal mentoring grants. Would you like me to look for state grants too?'), exp: some({ complete: 'fail' }) },
  { name: '"Did those links get you what you need?" : completeness passes', lines: then(GR, 'Federal grants are on Grants.gov and state ones at goc.maryland.gov/grants. Did those links get you what you need?'), exp: some({ complete: 'pass' }) },
  // ---- the patron done, or not; the last word --------------------------------------------------------------------------
  { name: '"yes, no further questions" : anything else passes', lines: grThen('yes, no further questions', 'Bye!'), exp: some({ anything: 'pass' }) },
  { name: '"cool thx" : anything else fails', lines: grThen('cool thx', 'Bye!'), exp: some({ anything: 'fail' }) },
  { name: '"Anything else?" then "OK." last: courteous fails', lines: [...GR, [70, 'l', 'Grants.gov lists federal mentoring grants. Does that help?'], [100, 'p', 'yes thanks'], [106, 'l', 'Anything else?'], [120, 'p', 'no'], [125, 'l', 'OK.']], exp: some({ anything: 'pass', courteous: 'fail' }) },
  // ---- dismissal -------------------------------------------------------------------------------------------------------
  { name: '"We only allow one question per chat, so I have to end this one" : dismissal fails', lines: grThen('yes, and can you help me write the budget part?', 'We only allow one question per chat, so I have to end this one. Bye.'), exp: some({ dismissal: 'fail' }) },
  { name: '"other patrons in the queue; please chat back later for the budget" : dismissal passes', lines: grThen('yes, and can you help me write the budget part?', 'There are other patrons in the queue right now; please chat back later for the budget and we can go through it. Thanks!'), exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  // ---- follow-up -------------------------------------------------------------------------------------------------------
  { name: '"I\'ll e-mail you a list of family foundations tomorrow" with the e-mail repeated: contact passes', lines: [...GR, [70, 'l', "I'll pull a list of local family foundations that fund mentoring and e-mail it to you tomorrow. What's your e-mail?"], [100, 'p', 'mentors@example.org'], [110, 'l', 'Thanks, mentors@example.org. Talk soon, bye!']], over: { ...FU_ME, patron: { name: null, email: 'mentors@example.org', phone: null } }, exp: some({ contact: 'pass', code: 'pass' }) },
  { name: '"I\'ll look for more foundations and e-mail them to you" with no time: contact fails', lines: [...GR, [70, 'l', "I'll look for more foundations and e-mail them to you. What's your e-mail?"], [100, 'p', 'mentors@example.org'], [110, 'l', 'Thanks, mentors@example.org. Bye!']], over: { ...FU_ME, patron: { name: null, email: 'mentors@example.org', phone: null } }, exp: some({ contact: 'fail', code: 'pass' }) },
  // ---- (fixes) the IRS's and ProPublica's look-ups named; a lot of questions refused; booking a helper -----------------------
  { name: '(fix) "the IRS Tax-Exempt Organization Search" (hyphen) : source passes', lines: then(NP, 'Before you pick a name, check it is not taken in the IRS Tax-Exempt Organization Search. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) "EO Select Check", its older name : source passes', lines: then(GR, 'To confirm a partner group is still exempt, check it in EO Select Check. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '(fix) Spanish, "el Tax Exempt Organization Search del IRS" : source passes', lines: thenEs('Puede buscar organizaciones parecidas en el Tax Exempt Organization Search del IRS. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: '(fix) "Nonprofit Explorer from ProPublica lists the foundation\'s grants" : source passes', lines: then(GR, "Nonprofit Explorer from ProPublica lists each foundation's grants by year. Does that help?"), exp: some({ source: 'pass' }) },
  { name: '(fix) "you have asked lots of questions, I cannot answer any more." : dismissal fails', lines: grThen('yes, and the budget? and the logic model? and the board?', 'Honestly you have asked lots of questions, I cannot answer any more.'), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) British, "You\'ve asked loads of questions and we can\'t do them all today." : dismissal fails', lines: grThen('brilliant, and the budget, the timeline and the board letters?', "You've asked loads of questions and we can't do them all today. Cheers."), exp: some({ dismissal: 'fail' }) },
  { name: '(fix) "Schedule a free business counselor with the Women\'s Business Center at 410-…" : referral passes', lines: then(BIZ, "Schedule a free business counselor with the Women's Business Center at 410-555-0187 to start the plan. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: '(fix) "Reserve a free mentor through SCORE\'s site, score.org" : referral passes', lines: then(BIZ, "Reserve a free mentor through SCORE's site, score.org, to start the plan. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '(fix) "You can book a free advisor through the SBDC." with no contact : referral fails', lines: then(BIZ, 'Grants for food trucks are rare. You can book a free advisor through the SBDC. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // the look-ups' words for something else
  { name: 'near miss: "the tax-exempt organization search committee" (hiring a director) : no source', lines: then(NP, 'Later on, the tax-exempt organization search committee for a director should include a board member. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "A tax exempt organization searches for funders…" (a verb) : no source', lines: then(GR, 'A tax exempt organization searches for funders the same way anyone else does. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "a nonprofit Explorer post for teens" (Scouting) : no source', lines: then(GR, 'Many fire departments run a nonprofit Explorer post for teens that could partner with you. Good luck!'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "our nonprofit explorer club" : no source', lines: then(GR, 'The kids in our nonprofit explorer club did a mentoring project last year. Good luck!'), exp: some({ source: 'fail' }) },
  // "asked a lot of questions" that refuses nothing, or goes on helping
  { name: 'near miss: "You\'ve asked a lot of great questions today!" : dismissal passes', lines: grThen('yes, and the budget part?', "You've asked a lot of great questions today! The budget template is at grants.gov/forms. Bye!"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "…asked a lot of questions, and I can\'t cover all of them in chat, but the guide at … covers every one" : dismissal passes', lines: grThen('yes, and bylaws, minutes, and officers?', "You've asked a lot of questions, and I can't cover all of them in chat, but the guide at marylandnonprofits.org/governance covers every one. Bye!"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "…I can\'t answer all of them myself, so I\'m bringing in our business librarian" : dismissal passes', lines: grThen('yes, and the LLC vs nonprofit thing?', "You've asked a lot of questions and I can't answer all of them myself, so I'm bringing in our business librarian. Thanks!"), exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "You\'ve asked a lot of questions and I can\'t wait to see the grant you write!" : dismissal passes', lines: grThen('yes, thats all, thanks for all the answers', "You've asked a lot of questions and I can't wait to see the grant you write! Bye!"), exp: some({ dismissal: 'pass' }) },
  // booking words that refer the patron to no one
  { name: 'near miss: "I can book a free advisor through the SBDC for you" (the provider acts) : no referral', lines: then(BIZ, 'Grants for food trucks are rare; mdsbdc.umd.edu explains the options. I can book a free advisor through the SBDC for you if you like. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "The SBDC will book you a free advisor once you fill in the form at …" : no referral', lines: then(BIZ, 'The SBDC will book you a free advisor once you fill in the intake form at mdsbdc.umd.edu. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Book the free mentor webinar at score.org/events" (a programme to attend) : no referral', lines: then(BIZ, 'Book the free mentor webinar at score.org/events; it covers grant myths. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Schedule a mentor meeting room through LibCal at …" (a room) : no referral', lines: then(BIZ, 'When you meet your mentor, schedule a mentor meeting room through LibCal at ourlibrary.org/rooms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Advisors at the SBDC book up fast, so use the form at …" : no referral', lines: then(BIZ, 'Advisors at the SBDC book up fast, so use the intake form at mdsbdc.umd.edu early. Does that help?'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "try the SBA or your bank" tells the patron to go to the SBA (an agency, by its acronym) or their bank, with no way
  // to reach either: a referral. The scorer reads "try the <party word>" (v9) and "try your <party>" alone, and an acronym
  // after "the" only as the subject of "can help" (v34 Z3); reading "try the <ACRONYM>" needs the raw capitals and a list of
  // acronyms that name things ("try the FAQ / OPAC / PDF / ERIC"), too wide for this round
  {
    name: 'sloppy: a home bakery wants a storefront grant, no name, "try the SBA or your bank", no source',
    lines: [
      [0, 'p', 'are there grants to start a bakery? i have a home bakery and want a storefront'],
      [25, 'l', 'hi'],
      [35, 'l', 'there arent really grants to start a business, mostly loans. try the SBA or your bank'],
      [80, 'p', 'oh ok'],
      [90, 'l', 'ok bye'],
    ],
    exp: usual({ greeting: 'fail', clarify: 'fail', source: 'fail', complete: 'fail', anything: 'fail', referral: 'fail' }),
  },
];

describe('thirty-fifth round (G7): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-fifth round (G7): nonprofits and grants, every check', whole);
describeSessions('thirty-fifth round (G7): nonprofits and grants, short cases', short);
describeSessions('thirty-fifth round (G7): nonprofits and grants, near misses of the changes', guards);

describeLeft('thirty-fifth-round-grants', LEFT);
