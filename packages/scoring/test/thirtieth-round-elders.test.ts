/**
 * Thirtieth round, third wave, area (K3): OLDER ADULTS AND THEIR CARERS. Medicare and supplemental plans, home help and
 * meals, senior centres, large-print and talking books (the state's talking book library / NLS), setting up a tablet or
 * e-mail, avoiding scams, power of attorney, a carer asking for a parent with dementia. Patrons type slowly (long gaps, one
 * word at a time, capitals, no punctuation), apologise, repeat themselves, ask to be phoned; providers wait, check in,
 * spell out steps, refer to the Area Agency on Aging, SHIP counselors, the talking book library, with and without
 * contacts, and sometimes offer a phone call or a follow-up (interest.keep_informed, session.idle_checkin,
 * session.disconnect_notice, referral.contact, followup.contact, info.source, closing.*).
 *
 * PARAPHRASE SWEEP (written before running the scorer). Ways the people say it:
 *  the patron typing in pieces: "HELLO" / "I" / "NEED TO KNOW ABOUT" / "MEDIGAP PLANS"; "hello?" after a silence; "sorry
 *   i type slow"; "hold on let me find his card"; "wait"; "sorry had to find my glasses";
 *  the provider waiting: "Take your time, I'm here." (no hold), "No problem, take your time." (no hold), "One moment while I
 *   check the catalog." (hold), "Still looking, nearly there!" (hold), "Let me see what I can find." (hold);
 *  check-ins: "Are you still there?", "Are you still with me? Take your time.", "Hello, are you still there?", "¿Sigue ahí?";
 *  notices: "It looks like you've been disconnected, so I'll end this chat.", "looks like u got disconnected, so im gonna
 *   close this chat", "It appears you may have been disconnected. This session will now end.";
 *  referrals: "call Maryland's SHIP counselors at 1-800-243-3425", "give the Cecil County Department of Aging a call" (no
 *   contact), "report it to your local police" (no contact), "ring My Aged Care on 1800 200 422", "call our Patron
 *   Services desk at 410-230-2424", "puede llamar al centro al 240-777-6975", "forward it to reportphishing@apwg.org";
 *  follow-ups: "I'll call you at 410-555-0147 tomorrow morning between 10 and 11", "I'll … e-mail you what I find" (no
 *   when), "someone there will contact you" (no when).
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - waiting on the provider begins at ANY patron message (Terms), so a patron typing a question in pieces starts the span
 *   at the first piece, and a patron's own "hold on" starts one too; the provider's "take your time" ends it and is no
 *   hold, so the wait that follows is on the patron;
 * - "forward it to reportphishing@apwg.org" is writing to an organisation: a referral, with its e-mail;
 * - "call your local Area Agency on Aging; find yours with the Eldercare Locator at eldercare.acl.gov or 1-800-677-1116" gives a
 *   way to reach the party (through the locator): the referral passes;
 * - "Take care of yourself and your father." and "Too easy! Take care …, cheers." are goodbyes;
 * - "the BARD Mobile app" named with no way to reach it is no source (an app named without a way to reach it).
 *
 * RESULTS. Written: 30 whole sessions (26 first, 4 more for the fixes; 2 of them in LEFT, 28 run; since v44's J24 one LEFT
 * reads as labelled and runs with the others), 27 short cases (25 first,
 * 2 for the fixes), 7 near misses in `guards`. First run: 4 of 77 tests failed on 5 statuses: referral.contact 3,
 * inquiry.clarify 1, session.disconnect_notice 1. None was my label (0 corrected); 3 scorer errors fixed in block K3, 2 left:
 *  - `wishClauseK3` (checks/referral.ts `clauseParties`): a sentence opening on the patron's wish to talk to someone, up to
 *    its comma, names no party of its own; the party the main clause names (with its contact) is the one: "If you want to
 *    talk to someone, call AARP's Fraud Watch Network Helpline at 877-908-3360.", "If you need to talk to somebody tonight,
 *    call the Alzheimer's Association Helpline at 1-800-272-3900", "If you want to talk to a lawyer about it, call the Lawyer
 *    Referral Service at 410-685-7878." [near misses: "If you want to talk to someone, call your local Area Agency on Aging."
 *    and "If you want to talk to someone about Medicare, a SHIP counselor is the one to ask." still fail];
 *  - `askedDomainK3` (classify.ts `askedDomainK3`, read by sentenceSource): a provider's question whose only web addresses
 *    are domains asked about as where something came from ("did the email come from an amazon.com address or something
 *    weird?", "Is the sender an irs.gov address?", "was it sent from a paypal.com email address, or something else?") gives
 *    no source, so it counts as the clarifying question [near misses: "Have you tried medlineplus.gov?" offers a site, and
 *    "Real ones come from an amazon.com address." is a statement, "Do you have a my.medicare.gov account already?" a site's
 *    account (older rounds' source): all still give a source]; the first full-suite run broke two older cases naming a
 *    "GED.com account" / "my.medicare.gov account" in the question, so "account" was taken out of the reading;
 *  - seemGone (phrase family, block K3): "I'll assume / take it / figure (that) we / you were disconnected" ("If I don't hear
 *    back I'll assume we were disconnected and close this chat.", "I'll take it that you were disconnected and close this
 *    chat.") [near misses: "I assumed we were disconnected yesterday, …" and "Don't assume you were disconnected if the
 *    screen goes blank. …" are no notice].
 * Left (2, each with its reason at the case): "You can request one from Leeds City Council's Adult Social Care on 0113 …"
 * ("request … from" read as no referring verb) and "u can forward it to reportphishing@apwg.org" (writing to an organisation
 * at its e-mail, not read as a referral).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, describeSessions, FU_LIB, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A talking-book question up to the patron's answer to the clarifying question. */
const ASK: Line[] = [
  [0, 'p', 'how do i sign up for talking books for my dad he cant see print anymore'],
  [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Does he live in Maryland?"],
  [60, 'p', 'yes in laurel'],
];
const MLBPD = "He can apply to the Maryland Library for the Blind and Print Disabled at marylandlibraries.org/mlbpd. Does that help?";
/** `ASK`, the provider's answer at 70 s, the patron's thanks; the session ends `idle` seconds after the answer (no goodbye). */
const idleAfter = (idle: number, extra: Line[] = []): Line[] => [...ASK, [70, 'l', MLBPD], ...extra];

export const whole: SessionCase[] = [
  {
    name: 'carer for her mother, warm public library: the talking book library "sign up by phone at 410-230-2424 or online": referral passes',
    lines: [
      [0, 'p', 'hello i need help for my mother she cant see to read anymore'],
      [30, 'l', "Hi there, welcome to AskUsNow! I'm Carol, a librarian with Baltimore County Public Library. I'm sorry to hear about your mother's eyesight. Does she live here in Maryland?"],
      [110, 'p', 'yes'],
      [140, 'p', 'she lives in towson with me'],
      [170, 'l', 'Thank you. She sounds like a good fit for the Maryland Library for the Blind and Print Disabled. They mail talking books and a free player, postage free, and she can sign up by phone at 410-230-2424 or online at marylandlibraries.org/mlbpd. Does that help?'],
      [260, 'p', 'yes thank you so much. that is all i needed'],
      [275, 'l', "You're very welcome! Please give your mother our best. Thanks for using AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the span starts at the patron's first piece ("I", 70 s) and later pieces do not restart it: 145 s
    name: 'capitals, one piece at a time: "I" / "NEED TO KNOW ABOUT" / "MEDIGAP PLANS" answered 145 s after the first piece: keep_informed fails',
    lines: [
      [0, 'p', 'HELLO'],
      [25, 'l', 'Hello, and welcome to Ask Us! This is Janet at Harford County Public Library. How can I help you today?'],
      [70, 'p', 'I'],
      [95, 'p', 'NEED TO KNOW ABOUT'],
      [150, 'p', 'MEDIGAP PLANS'],
      [200, 'p', 'MY HUSBAND TURNS 65 IN JUNE'],
      [215, 'l', 'Congratulations to him! Are you in Maryland, and is he signing up for Medicare Part B at 65?'],
      [260, 'p', 'YES MARYLAND. YES PART B'],
      [275, 'l', "Thank you. Medicare's official guide, Choosing a Medigap Policy, compares the plans letter by letter: medicare.gov/publications/02110. For free one-on-one help, call Maryland's SHIP counselors at 1-800-243-3425. Does that answer your question?"],
      [340, 'p', 'YES THANK YOU DEAR'],
      [352, 'l', 'Is there anything else I can help you with today?'],
      [400, 'p', 'NO THATS ALL'],
      [410, 'l', 'Thank you for using Ask Us. Have a wonderful day!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    // reading: "call your branch to book" tells the patron to contact the library's own branch, with no number: a referral that fails
    name: 'iPad e-mail setup, the patron vanishes mid-steps: check-in, then the notice with a way back; "call your branch" has no number',
    lines: [
      [0, 'p', 'how do i set up email on my new ipad my grandson gave it to me'],
      [20, 'l', "Hi! I'm Tom, a librarian at Ask Us, Carroll County Public Library. Do you already have an email address, like a Gmail one, or do you need to make a new one?"],
      [120, 'p', 'i have a gmail from my old computer'],
      [140, 'l', "Great. Apple's steps are at support.apple.com/en-us/102619: open Settings, tap Mail, then Accounts, then Add Account, and choose Google. Let me know when you're at the Add Account screen."],
      [330, 'l', 'Are you still with me?'],
      [520, 'l', "I haven't heard from you in a while, so it looks like we've been disconnected. I'm going to close this chat now, but please come back anytime. Our library also offers free one-on-one tech help; call your branch to book."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' }),
  },
  {
    name: 'terse veteran, the grandparent scam: FTC page, "Report the call to the FTC at reportfraud.ftc.gov"; the patron asks to be phoned, AARP helpline',
    lines: [
      [0, 'p', 'Someone called saying my grandson is in jail and needs bail money in gift cards. Is this real?'],
      [15, 'l', 'Hi, Ask a Librarian, Ron at Frederick County Public Libraries. Have you sent them any money yet?'],
      [60, 'p', 'No not yet. They said to keep it secret.'],
      [75, 'l', "Don't send anything. That's the grandparent scam. FTC explains it: consumer.ftc.gov/articles/scams-against-older-adults. Report the call to the FTC at reportfraud.ftc.gov. Did that help?"],
      [120, 'p', 'Thank you. Can you call me so I can tell you more?'],
      [135, 'l', "We can only help by chat or email, sorry. If you want to talk to someone, call AARP's Fraud Watch Network Helpline at 877-908-3360. Anything else?"],
      [180, 'p', 'no that is all'],
      [190, 'l', 'Take care. Bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: "formal, power of attorney for a father with Alzheimer's: forms, then \"I'll e-mail you a list … by tomorrow afternoon\", e-mail repeated back",
    lines: [
      [0, 'p', "Good evening. My father has early-stage Alzheimer's and my sister and I think we need power of attorney. Where do we start? We're in Montgomery County."],
      [40, 'l', "Good evening, and thank you for contacting AskUsNow! My name is Priya and I'm a librarian with Montgomery County Public Libraries. I'm sorry to hear about your father. Are you looking for a financial power of attorney, a health care one, or both?"],
      [120, 'p', 'Both, I think. He can still sign things now.'],
      [135, 'l', 'Thank you. Let me look for the forms and a guide.'],
      [230, 'l', "Maryland's Attorney General publishes the Maryland Advance Directive form for health care decisions at marylandattorneygeneral.gov/Pages/HealthPolicy/advancedirectives.aspx. For finances, the People's Law Library explains the Maryland Statutory Form Power of Attorney at peoples-law.org/power-attorney. Does that help so far?"],
      [300, 'p', 'Yes. Could you also find us a list of lawyers who do this? I have to go to a doctor appointment.'],
      [320, 'l', "Of course. I'll put together a list of elder law attorneys in Montgomery County and e-mail it to you by tomorrow afternoon. What's the best e-mail address?"],
      [360, 'p', 'rkim54@example.com'],
      [370, 'l', 'Thank you, that is rkim54@example.com. Is there anything else for now?'],
      [400, 'p', "No, that's everything. Thank you."],
      [410, 'l', 'You are welcome, and best wishes to your father. Goodbye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // an agency named with no way to reach it: no source, and the referral fails
    name: 'sloppy, Meals on Wheels for an aunt: "give the Cecil County Department of Aging a call" with no number: no source, referral fails',
    lines: [
      [0, 'p', 'my aunt is 88 and cant cook for herself anymore. is there meals on wheels in cecil county'],
      [25, 'l', "Hi, this is Beth at Cecil County Public Library's Ask Us. Is she home-bound, or able to get to a senior center for lunch?"],
      [80, 'p', 'homebound mostly'],
      [95, 'l', "Then home-delivered meals are the thing. In Maryland those are arranged through the county's Area Agency on Aging, so give the Cecil County Department of Aging a call and ask about home-delivered meals. Does that help?"],
      [140, 'p', 'ok ill call them thank you'],
      [150, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'large print Louise Penny: "One moment while I check the catalog." then 190 s of silence: keep_informed fails; steps to place a hold',
    lines: [
      [0, 'p', 'Does the library have large print books by Louise Penny? My eyes are getting bad.'],
      [20, 'l', "Hi! I'm Maria, a librarian with Ask Us at Anne Arundel County Public Library. Which of her books are you after, or would any of them do?"],
      [60, 'p', 'The newest one please'],
      [70, 'l', 'One moment while I check the catalog.'],
      [260, 'l', 'Sorry for the wait! The Grey Wolf is in our catalog at aacpl.net in large print; 2 copies are in at the Severna Park branch. Would you like me to tell you how to place a hold?'],
      [300, 'p', 'yes please'],
      [315, 'l', 'Log in at aacpl.net with your card number and PIN, open the book, and click Place Hold, then pick Severna Park. Does that answer your question?'],
      [360, 'p', 'yes thank you that is all'],
      [370, 'l', 'Enjoy the book! Thanks for chatting with Ask Us.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Part D plan dropped an inhaler, "please call me 410-555-0147": the provider will call tomorrow between 10 and 11 (follow-up by phone)',
    lines: [
      [0, 'p', 'i am 79 and not good with computer. my medicare part d drug plan dropped my inhaler. can someone call me'],
      [30, 'l', "Hello, this is Denise with AskUsNow! at Prince George's County Memorial Library System. I'm happy to help by chat, and if it's easier I can also call you. Which inhaler is it, and which plan are you in?"],
      [150, 'p', 'advair. wellcare plan'],
      [165, 'l', 'Thank you. Let me check a few things.'],
      [250, 'l', "Medicare's Plan Finder at medicare.gov/plan-compare lets you compare Part D plans that cover Advair. Medicare explains coverage exceptions at medicare.gov/providers-services/claims-appeals-complaints/exceptions. Is this helping so far?"],
      [380, 'p', 'it is too much on the screen. please call me 410-555-0147'],
      [395, 'l', "Of course. I'll call you at 410-555-0147 tomorrow morning between 10 and 11 to walk through the Plan Finder with you. Is that all right?"],
      [440, 'p', 'yes thank you'],
      [450, 'l', 'Talk to you tomorrow. Thank you for using AskUsNow!'],
    ],
    over: FU_ME,
    exp: usual({ anything: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // the provider's "¿Sigue ahí?" is mid-session (the patron answers): no final idle
    name: 'Spanish, activities for a mother of 75: the patron away cooking, "¿Sigue ahí?", the senior center with its phone; "es todo"',
    lines: [
      [0, 'p', 'Hola, busco actividades para mi mamá, tiene 75 años, en Silver Spring'],
      [30, 'l', '¡Hola! Soy Lucía, bibliotecaria de AskUsNow! en Montgomery County Public Libraries. ¿Prefiere actividades en español?'],
      [250, 'l', '¿Sigue ahí?'],
      [300, 'p', 'si perdon, estaba cocinando. Si, en español mejor'],
      [320, 'l', 'No se preocupe. El Long Branch Senior Center tiene clases en español; el programa está en montgomerycountymd.gov/senior. También puede llamar al centro al 240-777-6975 para inscribirla. ¿Le sirve esta información?'],
      [400, 'p', 'si muchas gracias, es todo'],
      [410, 'l', '¡Con mucho gusto! Que disfrute su mamá. Gracias por usar AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Books by Mail, the patron gone after the choice: "Hello, are you still there?" then a bare "Goodbye." (no notice): disconnect fails',
    lines: [
      [0, 'p', 'how do I get the big print books mailed to me I cant get to the library anymore'],
      [20, 'l', "Hi, I'm Ken, a librarian at Ask Us, Howard County Library System. Do you have a Howard County library card?"],
      [90, 'p', 'yes'],
      [105, 'l', "Good. Our Books by Mail service sends large print books to homebound card holders free of charge. The sign-up form is at hclibrary.org/books-by-mail, or I can tell you what's on it. Which would you prefer?"],
      [260, 'l', 'Hello, are you still there?'],
      [450, 'l', 'Goodbye.'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'senior information line: "You can call Maryland Access Point … at 410-887-2594. Does that help?" then 10 minutes of nothing: idle and notice fail',
    lines: [
      [0, 'p', 'what is the number for the senior information line in baltimore county'],
      [25, 'l', "Hello, Ask Us, this is Dee at Baltimore County Public Library. Do you mean the Department of Aging's Maryland Access Point line?"],
      [70, 'p', 'i think so the one for help at home'],
      [80, 'l', 'Yes. You can call Maryland Access Point (MAP) at the Baltimore County Department of Aging at 410-887-2594, weekdays 8:30 to 4:30. Their site is baltimorecountymd.gov/aging. Does that help?'],
    ],
    over: { endAfter: 600 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail', referral: 'pass' }),
  },
  {
    name: 'Indian English, adult day care for a father with dementia, the question repeated: the county office with its phone; "Take care of yourself and your father."',
    lines: [
      [0, 'p', 'Good morning madam. My father is having dementia, he is 81. Kindly tell me about adult day care centres in Fairfax.'],
      [35, 'l', "Good morning, and welcome to Ask a Librarian at Fairfax County Public Library. I'm Anita. I'm sorry about your father. Is he able to walk on his own, or does he need a wheelchair?"],
      [120, 'p', 'He can walk but he is forgetting. Kindly tell me about day care centres.'],
      [140, 'l', "Thank you. Fairfax County runs Adult Day Health Care centers for people with dementia; the list and fees are at fairfaxcounty.gov/health/adult-day-health-care. To enroll him, call the county's Adult Day Health Care office at 703-246-8669. The Alzheimer's Association 24/7 Helpline, 1-800-272-3900, also supports family carers. Does this answer your query?"],
      [220, 'p', 'Yes, it is helpful. Thank you very much. That is all.'],
      [230, 'l', 'You are most welcome. Take care of yourself and your father.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a broken talking book player: Jo transfers to the talking book library with a note; Rosa sends the player page and Patron Services\' phone',
    lines: [
      [0, 'p', 'my talking book player is broken, who do I call'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library's Ask Us. I'm sorry about your player. Are you already registered with the talking book library?"],
      [70, 'p', 'yes for 6 years'],
      [85, 'l', "Thanks. Staff at the Maryland Library for the Blind and Print Disabled handle players, so I'm transferring you to Rosa there now. One moment please."],
      [88, 'i', 'Rosa: registered patron, talking book player broken, needs a replacement.'],
      [90, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [130, 'l', 'Hello, this is Rosa at the Maryland Library for the Blind and Print Disabled. Which model is the player, the newer one or the older cassette one?', ROSA],
      [200, 'p', 'the newer one i think'],
      [215, 'l', "Thank you. First try the reset steps on our player page, marylandlibraries.org/mlbpd/players. If it still won't play, call our Patron Services desk at 410-230-2424 and they will swap it for a working one. Does that take care of it?", ROSA],
      [300, 'p', 'yes thank you so much dear'],
      [310, 'l', "You're welcome! Anything else today?", ROSA],
      [350, 'p', 'no'],
      [360, 'l', 'Thank you for chatting with us. Goodbye!', ROSA],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
  {
    name: 'capitals, "SORRY I TYPE SLOW", "Take your time" then 3 minutes to type: Medicare and a nursing home, SHIP with its phone',
    lines: [
      [0, 'p', 'HELLO I AM SORRY I TYPE SLOW'],
      [20, 'l', "Hello! No need to apologize. This is Grace, a librarian with AskUsNow! at Enoch Pratt Free Library. Take your time, I'm here."],
      [200, 'p', 'MY WIFE IS GOING INTO A NURSING HOME. WILL MEDICARE PAY FOR IT'],
      [215, 'l', 'I am so sorry to hear that. Is she going for rehab after a hospital stay, or for long-term care?'],
      [330, 'p', 'LONG TERM. SHE HAS PARKINSONS'],
      [345, 'l', 'Thank you. Let me find the right information for you.'],
      [420, 'l', "Medicare does not pay for long-term nursing home care; it only covers short rehab stays after a hospital stay. Long-term care is usually paid privately or by Medicaid. Medicare explains this at medicare.gov/coverage/long-term-care. For free, unbiased help with the costs, call Maryland's SHIP counselors at 1-800-243-3425. Does this completely answer your question?"],
      [560, 'p', 'YES'],
      [600, 'p', 'THANK YOU SO MUCH'],
      [610, 'l', 'Is there anything else I can help you with?'],
      [700, 'p', 'NO THAT IS ALL. GOD BLESS'],
      [710, 'l', 'Thank you, and God bless you too. Take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'IRMAA letter, "wait" and "Sure, take your time."; then "my shift is over and I have to close the chat now. Bye.": dismissal fails',
    lines: [
      [0, 'p', 'my mom got a letter about medicare part b premium going up can you explain'],
      [30, 'l', 'Hi, Ask Us, Pam here at Washington County Free Library. Does the letter say IRMAA on it?'],
      [150, 'p', 'i dont know i have to find it. wait'],
      [165, 'l', 'Sure, take your time.'],
      [290, 'p', 'it says income related monthly adjustment amount'],
      [305, 'l', "Thanks. IRMAA is an extra amount added to the Part B premium when income two years ago was above a set limit. Social Security's page explains it and how to ask for a lower amount if income has dropped: ssa.gov/medicare/lower-irmaa. Does that help?"],
      [380, 'p', 'ok'],
      [385, 'l', 'Sorry, my shift is over and I have to close the chat now. Bye.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // only a greeting before the patron vanished: no substantive exchange, information checks na
    name: 'a wife whose husband with dementia wanders: the patron gone after the greeting; check-in and notice pass, Lost Call',
    lines: [
      [0, 'p', 'my husband has dementia and keeps wandering at night what can i do'],
      [45, 'l', "Hello, thank you for contacting AskUsNow! I'm Nora, a librarian at Frederick County Public Libraries. I'm so sorry you're dealing with this."],
      [200, 'l', 'Are you still there?'],
      [400, 'l', "It looks like you've been disconnected, so I'll end this chat. Please come back anytime, we're here to help."],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
      courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    name: 'a tablet for seniors and a lesson: "someone there will contact you" with the phone repeated back but no when: follow-up contact fails',
    lines: [
      [0, 'p', 'I would like to borrow one of the library tablets for seniors and have someone show me how to use it'],
      [30, 'l', "Hello, and welcome to Ask Us! I'm Ruth, a librarian at Queen Anne's County Library. Which branch do you usually go to?"],
      [100, 'p', 'Centreville. I am 82 so please be patient with me'],
      [115, 'l', "Of course, no rush at all. The Tech Tutor program lends tablets with lessons; the details are on our page qaclibrary.org/tech-tutor. I've passed your request to the Centreville branch and someone there will contact you to set up a lesson. Can I have a phone number or e-mail for them?"],
      [200, 'p', '410 555 0123. my name is Dorothy'],
      [215, 'l', 'Thank you, Dorothy, I have 410-555-0123. Does that answer your question?'],
      [260, 'p', 'yes thank you'],
      [270, 'l', 'Thank you for using Ask Us. Goodbye!'],
    ],
    over: FU_LIB,
    exp: usual({ anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'the large print Medicare & You: "calling 1-800-MEDICARE (1-800-633-4227)"; the patron says goodbye and the provider never does',
    lines: [
      [0, 'p', 'can i get the medicare and you book in large print'],
      [20, 'l', 'Hi, Ask a Librarian, this is Vic at Talbot County Free Library.'],
      [25, 'l', 'Do you want it mailed to you, or would a file you can make bigger on your screen work?'],
      [90, 'p', 'mailed please'],
      [100, 'l', "You can order it in large print by calling 1-800-MEDICARE (1-800-633-4227) and asking for the large print edition; it's free. The regular one is also at medicare.gov/medicare-and-you. Does that help?"],
      [150, 'p', 'yes thank you goodbye'],
    ],
    over: { endAfter: 30 },
    exp: usual({ anything: 'fail', courteous: 'fail', referral: 'pass' }),
  },
  {
    name: 'Australian, home help for mum in Brisbane: holds every 100 s, "ring My Aged Care on 1800 200 422"; "Too easy! … cheers."',
    lines: [
      [0, 'p', "G'day, my mum's 86 and needs a bit of help around the house, cleaning and that. What's available? We're in Brisbane."],
      [30, 'l', "Hi there, you've reached Brisbane City Council Libraries' Ask a Librarian, I'm Shaz. Has your mum had an assessment through My Aged Care yet?"],
      [90, 'p', 'No, not yet. Never heard of it'],
      [100, 'l', 'No worries, let me pull up the details for you.'],
      [200, 'l', 'Still looking, nearly there!'],
      [290, 'l', 'Right: home help like cleaning is through the Commonwealth Home Support Programme. First step is an assessment: ring My Aged Care on 1800 200 422 or apply online at myagedcare.gov.au. Does that answer your question?'],
      [350, 'p', "Ripper, that's all I needed, ta!"],
      [360, 'l', 'Too easy! Take care of your mum, cheers.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron's "hello?" does not restart the span that began at "Chair yoga would be good" (70 s): 160 s
    name: 'chair yoga at a 50+ center: the patron\'s "hello?" after 90 s, the answer 160 s after the patron\'s reply: keep_informed fails',
    lines: [
      [0, 'p', 'Hello. I am looking for a senior center near me with exercise classes. I live in Columbia.'],
      [30, 'l', "Hello and welcome to Ask Us! I'm Ben, a librarian with Howard County Library System. Are you looking for something like chair yoga or something more active?"],
      [70, 'p', 'Chair yoga would be good'],
      [160, 'p', 'hello?'],
      [230, 'l', "Sorry about that! The Bain 50+ Center in Columbia has chair yoga on Tuesdays and Thursdays. The schedule is in the 50+ Centers' activity guide at howardcountymd.gov/aging-independence/50-centers. Does that help?"],
      [290, 'p', 'yes thank you. that is all'],
      [300, 'l', 'Have fun at yoga! Thanks for using Ask Us.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'scripted macros, the Virginia talking book program: check-in macro, then "It appears you may have been disconnected. This session will now end."',
    lines: [
      [0, 'p', 'How do I apply for the state talking book program for my husband. He is blind from glaucoma'],
      [10, 'l', 'Welcome to Ask a Librarian! A librarian will be with you shortly.'],
      [40, 'l', "Hi, my name is Kim. I'm a librarian at Ask a Librarian. Which state do you live in?"],
      [110, 'p', 'Virginia'],
      [125, 'l', 'The Virginia Department for the Blind and Vision Impaired runs the Talking Book Program. The application is at vdbvi.org/talking-book-program; a doctor or eye specialist signs it. You can also call the library at 1-800-552-7015 to have one mailed. Does this completely answer your question?'],
      [305, 'l', 'Are you still there?'],
      [490, 'l', 'It appears you may have been disconnected. This session will now end.'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'a carer for a father with Parkinson\'s: support groups, "I\'ll … e-mail you what I find" with no when, coded Answered: code and contact fail',
    lines: [
      [0, 'p', 'hi i look after my dad who has parkinsons, are there any support groups for carers in baltimore'],
      [25, 'l', "Hi! Welcome to AskUsNow!, I'm Tasha with Enoch Pratt Free Library. In person, online, or either?"],
      [80, 'p', 'in person, evenings if possible, i work days'],
      [95, 'l', 'Let me see what I can find.'],
      [200, 'l', "The Parkinson's Foundation lists support groups by ZIP code at parkinson.org/resources-support/local-resources; there are a few in Baltimore City. I'll also look for evening ones at hospitals and e-mail you what I find. What's your e-mail?"],
      [260, 'p', 'kmoore.care@example.com'],
      [270, 'l', 'Got it, kmoore.care@example.com. Anything else I can help with?'],
      [300, 'p', 'no thats it thanks so much'],
      [310, 'l', "You're welcome, take care of yourself too. Bye!"],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Facebook password on a tablet, step by step: "Are you still with me? Take your time." mid-session, the patron back; "Did that get you back in?"',
    lines: [
      [0, 'p', 'my daughter set up facebook for me but i forgot my password how do i get in'],
      [30, 'l', 'Hello! This is Alan, a librarian with Ask Us at Cecil County Public Library. Are you on a phone, a tablet or a computer?'],
      [150, 'p', 'tablet'],
      [165, 'l', "OK. On the Facebook login screen, tap 'Forgot password?'. Facebook's help page with these steps is facebook.com/help/213802088646423. Tell me when you see it."],
      [400, 'l', 'Are you still with me? Take your time.'],
      [470, 'p', 'ok i see it now'],
      [485, 'l', 'Great. Type in your email address or phone number, then tap Continue. Facebook will send you a code.'],
      [620, 'p', 'I got the code it worked!!! thank you so much'],
      [635, 'l', 'Wonderful! Did that get you back in?'],
      [700, 'p', 'yes i am in. that is all i needed'],
      [710, 'l', 'So glad! Thanks for using Ask Us, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'gift cards already sent to a fake Medicare caller: the card companies through the FTC page, then "report it to your local police" (no contact)',
    lines: [
      [0, 'p', 'I think I got scammed. I bought gift cards for a man who said he was from Medicare. What do I do now'],
      [25, 'l', "Hello, this is Jo at AskUsNow!, Sample County Library. I'm very sorry this happened. How long ago did you give him the card numbers?"],
      [80, 'p', 'this morning. 500 dollars'],
      [95, 'l', 'Then act quickly. Call the company that sold the gift cards right away and ask them to freeze the money; the FTC lists their phone numbers at consumer.ftc.gov/articles/what-do-if-you-paid-scammer-gift-card. Then report it to your local police. Did that help?'],
      [150, 'p', 'yes. thank you. that is all'],
      [160, 'l', 'Take care, and thank you for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (wishClauseK3) the same behaviour in other words: the wish's "somebody" is the helpline the main clause names
    name: 'a daughter at night, her mother with dementia agitated: "If you need to talk to somebody tonight, call the Alzheimer\'s Association Helpline at 1-800-272-3900"',
    lines: [
      [0, 'p', 'its 11pm and my mom who has dementia is very agitated and wont sleep. is there anything i can read about this'],
      [30, 'l', "Hi, I'm Sharon, a librarian with AskUsNow! at Howard County Library System. I'm sorry, that sounds exhausting. Is it mostly in the evenings, what some people call sundowning?"],
      [90, 'p', 'yes every evening'],
      [105, 'l', "The National Institute on Aging's tips on sundowning are at nia.nih.gov/health/alzheimers-changes-behavior-and-communication/tips-coping-sundowning. Does that help?"],
      [170, 'p', 'yes. but what if it gets bad tonight, i am alone with her'],
      [185, 'l', "If you need to talk to somebody tonight, call the Alzheimer's Association Helpline at 1-800-272-3900; it's open 24/7."],
      [240, 'p', 'ok. thank you. thats all'],
      [250, 'l', 'Take good care of yourself too. Thanks for contacting AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (wishClauseK3) "If you want to talk to a lawyer about …, call the Lawyer Referral Service at …": one party, its phone
    name: 'formal, a son asks about power of attorney for his mother: the statutory form, and "If you want to talk to a lawyer about it, call the Lawyer Referral Service at 410-685-7878"',
    lines: [
      [0, 'p', 'Good afternoon. My mother is 90 and wants me to handle her banking. Is there a standard power of attorney form in Maryland?'],
      [35, 'l', 'Good afternoon, and thank you for contacting Ask Us. My name is Harold, and I am a librarian at Baltimore County Public Library. Is this for her finances only, or also for health care decisions?'],
      [110, 'p', 'Finances only.'],
      [125, 'l', "Then the Maryland Statutory Form Personal Financial Power of Attorney is the one most banks expect; the People's Law Library explains it and links the form at peoples-law.org/power-attorney. Does this completely answer your question?"],
      [200, 'p', 'It does. Should we have a lawyer look at it?'],
      [215, 'l', 'That is up to you and your mother. If you want to talk to a lawyer about it, call the Lawyer Referral Service at 410-685-7878.'],
      [270, 'p', 'Thank you. That is everything.'],
      [280, 'l', 'You are most welcome. Good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (askedDomainK3) "Is the sender an irs.gov address?" asks about the domain: the question comes before the first source
    name: 'terse veteran, an "IRS refund" e-mail to a retired teacher: "Is the sender an irs.gov address?" is a question, then the IRS page',
    lines: [
      [0, 'p', 'I got an email from the IRS saying I have a refund and to click to claim it. Is it real?'],
      [20, 'l', 'Hi, Ask a Librarian, Ron at Frederick County Public Libraries. Is the sender an irs.gov address?'],
      [90, 'p', 'It says irs-refunds@taxhelp-online.net'],
      [105, 'l', "Fake. The IRS never starts contact by e-mail about refunds. Their page on it: irs.gov/privacy-disclosure/report-phishing. Delete it. Did that help?"],
      [150, 'p', 'yes thank you. that is all'],
      [160, 'l', 'Take care. Bye.'],
    ],
    exp: usual(),
  },
  {
    // (askedDomainK3) "was it sent from a paypal.com email address" asks; the answer names the real page after
    name: 'warm public library, a grandfather\'s PayPal warning: "was it sent from a paypal.com email address, or something else?" then PayPal\'s page',
    lines: [
      [0, 'p', 'hello i got a message my paypal is suspended and i have to log in to fix it. my grandson set up the paypal for me'],
      [25, 'l', "Hello, and welcome to Ask Us! I'm Maria at Anne Arundel County Public Library. Before you click anything, was it sent from a paypal.com email address, or something else?"],
      [120, 'p', 'it says service@paypa1-support.com'],
      [135, 'l', "That one is a fake: look at the number 1 in place of the l. PayPal explains how to spot these at paypal.com/us/security/learn-about-fake-messages. Please don't click the link; you can log in by typing paypal.com yourself to check your account. Does that answer your question?"],
      [200, 'p', 'yes thank you dear. that is all'],
      [210, 'l', 'You are very welcome. Stay safe, and thanks for chatting with Ask Us!'],
    ],
    exp: usual(),
  },
  {
    // reading: "forward it to reportphishing@apwg.org" is writing to an organisation, with its e-mail: a referral that passes
    // (LEFT until v44's J24 read "forward it to" as v1's "send it to"; v30-v43 read no referral)
    name: 'student worker, chat-speak, a fake Amazon e-mail: the patron vanishes; a notice that never asked (check-in fails, notice passes)',
    lines: [
      [0, 'p', 'got an email saying my amazon account is locked and i need to click a link and put my bank info. my daughter says its fake???'],
      [25, 'l', 'hey! im Sam, student asst at the Towson U library chat :) did the email come from an amazon.com address or something weird?'],
      [80, 'p', 'it says amazon-security-alerts@mail-verify.co'],
      [95, 'l', "yeah ur daughter is right, thats phishing. amazon's page on spotting fake emails is amazon.com/gp/help/customer/display.html?nodeId=GX4KXS3RCPYX5X2M. dont click the link, just delete it. u can forward it to reportphishing@apwg.org too. does that help?"],
      [340, 'l', 'looks like u got disconnected, so im gonna close this chat. come back anytime!'],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass', referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'patron "hold on let me find his card", provider "No problem, take your time." (no hold), the patron back 220 s later: keep_informed passes',
    lines: [...ASK, [70, 'p', 'hold on let me find his card'], [80, 'l', 'No problem, take your time.'], [300, 'p', 'ok found it, he has a card'], [315, 'l', MLBPD], [360, 'p', 'yes thanks'], [370, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: a patron message starts waiting on the provider whatever it says (Terms)
    name: 'patron "hold on let me look" and the provider silent 230 s until the patron returns: keep_informed fails',
    lines: [...ASK, [75, 'l', 'Does he have a library card?'], [100, 'p', 'hold on let me look'], [320, 'p', 'yes he has one'], [330, 'l', MLBPD], [360, 'p', 'yes thanks'], [370, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'question in three pieces, the provider answers 110 s after the first piece: keep_informed passes',
    lines: [[0, 'p', 'HELLO'], [20, 'l', "Hello, I'm Jo, a librarian at Ask Us. How can I help?"], [60, 'p', 'TALKING'], [100, 'p', 'BOOKS'], [150, 'p', 'FOR MY DAD IN MARYLAND'], [170, 'l', MLBPD], [220, 'p', 'YES THANKS'], [230, 'l', 'Bye!']],
    exp: some({ informed: 'pass', clarify: 'fail' }),
  },
  {
    name: 'question in three pieces, the provider answers 125 s after the first piece: keep_informed fails',
    lines: [[0, 'p', 'HELLO'], [20, 'l', "Hello, I'm Jo, a librarian at Ask Us. How can I help?"], [60, 'p', 'TALKING'], [100, 'p', 'BOOKS'], [150, 'p', 'FOR MY DAD IN MARYLAND'], [185, 'l', MLBPD], [220, 'p', 'YES THANKS'], [230, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Let me look that up for you." then 130 s: keep_informed fails',
    lines: [...ASK, [70, 'l', 'Let me look that up for you.'], [200, 'l', MLBPD], [240, 'p', 'yes thanks'], [250, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"Bear with me while I check." then "Still searching, sorry!" at 110 s, the answer 100 s later: keep_informed passes',
    lines: [...ASK, [70, 'l', 'Bear with me while I check.'], [180, 'l', 'Still searching, sorry!'], [280, 'l', MLBPD], [320, 'p', 'yes thanks'], [330, 'l', 'Bye!']],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'the patron sends the last message and the session ends 5 minutes later: a span still open at the end does not count',
    lines: [...ASK, [70, 'l', MLBPD], [120, 'p', 'and can he get large print magazines too']],
    over: { endAfter: 300 },
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'final idle 115 s with no check-in: idle and notice na',
    lines: idleAfter(115),
    over: { endAfter: 115 },
    exp: some({ idle: 'na', disconnect: 'na' }),
  },
  {
    name: 'final idle 150 s with no check-in: idle fails, notice na',
    lines: idleAfter(150),
    over: { endAfter: 150 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: 'final idle 150 s with "Are you still there?" at 130 s: idle passes, notice na',
    lines: idleAfter(150, [[200, 'l', 'Are you still there?']]),
    over: { endAfter: 20 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"It looks like you\'ve disconnected, so I\'ll close the chat." 200 s after the answer, no question: idle fails, notice passes',
    lines: idleAfter(200, [[270, 'l', "It looks like you've disconnected, so I'll close the chat."]]),
    exp: some({ idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'one message asks and gives notice: "Are you still there? If I don\'t hear back I\'ll assume we were disconnected and close this chat."',
    lines: idleAfter(260, [[270, 'l', "Are you still there? If I don't hear back I'll assume we were disconnected and close this chat."]]),
    over: { endAfter: 60 },
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the idle ends at the goodbye: 150 s, under the notice threshold
    name: 'a goodbye 150 s after the unanswered answer, no check-in: idle fails, notice na (the idle ends at the goodbye)',
    lines: idleAfter(150, [[220, 'l', 'Thanks for chatting, goodbye!']]),
    over: { endAfter: 400 },
    exp: some({ idle: 'fail', disconnect: 'na', courteous: 'pass' }),
  },
  {
    name: '"call the Area Agency on Aging" with no number: referral fails',
    lines: [...ASK, [70, 'l', 'For help at home as well, call the Area Agency on Aging. The talking book application is at marylandlibraries.org/mlbpd. Does that help?'], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"call your local Area Agency on Aging; find yours with the Eldercare Locator at eldercare.acl.gov or 1-800-677-1116": referral passes',
    lines: [...ASK, [70, 'l', 'For help at home, call your local Area Agency on Aging; find yours with the Eldercare Locator at eldercare.acl.gov or 1-800-677-1116. Does that help?'], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"talk to a SHIP counselor about the plans" with no contact: referral fails',
    lines: [[0, 'p', 'which medicare advantage plan is best'], [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Which county are you in?"], [60, 'p', 'howard'], [70, 'l', "Medicare's Plan Finder at medicare.gov/plan-compare compares them. It's worth talking to a SHIP counselor about the plans too. Does that help?"], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"a SHIP counselor can go over the plans with you: call 1-800-243-3425": referral passes',
    lines: [[0, 'p', 'which medicare advantage plan is best'], [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Which county are you in?"], [60, 'p', 'howard'], [70, 'l', 'A SHIP counselor can go over the plans with you for free: call 1-800-243-3425. Does that help?'], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Ask about talking books at your local library." only: a referral without contact, and no source',
    lines: [...ASK, [70, 'l', 'Ask about talking books at your local library. Does that help?'], [120, 'p', 'ok thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'fail' }),
  },
  {
    // reading: an app named without a way to reach it is not a source
    name: '"He can download talking books with the BARD Mobile app." only: no source',
    lines: [...ASK, [70, 'l', 'He can download talking books with the BARD Mobile app. Does that help?'], [120, 'p', 'ok thanks'], [130, 'l', 'Bye!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: '"BARD, the NLS download site, is at nlsbard.loc.gov": a source',
    lines: [...ASK, [70, 'l', 'Once he is signed up he can download talking books from BARD, the NLS download site, at nlsbard.loc.gov. Does that help?'], [120, 'p', 'ok thanks'], [130, 'l', 'Bye!']],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    name: '"can you call me" and "I\'ll call you at 301-555-0188 this afternoon by 3": follow-up contact passes',
    lines: [...ASK, [70, 'l', MLBPD], [130, 'p', 'can you call me instead its hard to read. 301 555 0188'], [145, 'l', "Of course. I'll call you at 301-555-0188 this afternoon by 3 to go through the application. Thank you!"]],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: '"I\'ll give you a call back later" with the phone only in the patron record, never in the chat: follow-up contact fails',
    lines: [...ASK, [70, 'l', MLBPD], [130, 'p', 'can you call me instead its hard to read'], [145, 'l', "Of course. I'll give you a call back later today with the details. Thank you!"]],
    over: { ...FU_ME, patron: { name: 'Ed', email: null, phone: '301-555-0188' } },
    exp: some({ contact: 'fail', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'capitals: "THATS ALL I NEED TO KNOW THANK YOU": the patron is done',
    lines: [...ASK, [70, 'l', MLBPD], [130, 'p', 'THATS ALL I NEED TO KNOW THANK YOU'], [140, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: '"ok thank you dear" only: not done',
    lines: [...ASK, [70, 'l', MLBPD], [130, 'p', 'ok thank you dear'], [140, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"God bless, take care." as the last provider message: a goodbye',
    lines: [...ASK, [70, 'l', MLBPD], [130, 'p', 'thank you god bless you'], [140, 'l', 'God bless, take care.']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // (seemGone) the assumption in other words: "I'll assume we were disconnected and end the session"
    name: '"If I don\'t hear from you, I\'ll assume we were disconnected and end the session." 260 s after the answer: notice passes, no check-in',
    lines: idleAfter(260, [[270, 'l', "If I don't hear from you, I'll assume we were disconnected and end the session."]]),
    over: { endAfter: 60 },
    exp: some({ idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: '"I\'ll take it that you were disconnected and close this chat. Come back anytime!": notice passes, no check-in',
    lines: idleAfter(260, [[270, 'l', "I'll take it that you were disconnected and close this chat. Come back anytime!"]]),
    exp: some({ idle: 'fail', disconnect: 'pass' }),
  },
];

export const guards: SessionCase[] = [
  // wishClauseK3: the wish clause with a main clause that gives no contact still fails
  {
    name: 'near miss: "If you want to talk to someone, call your local Area Agency on Aging." (no contact): referral fails',
    lines: [...ASK, [70, 'l', "If you want to talk to someone, call your local Area Agency on Aging. The talking book application is at marylandlibraries.org/mlbpd. Does that help?"], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "If you want to talk to someone about Medicare, a SHIP counselor is the one to ask." (no contact): referral fails',
    lines: [...ASK, [70, 'l', "If you want to talk to someone about Medicare, a SHIP counselor is the one to ask. The talking book application is at marylandlibraries.org/mlbpd. Does that help?"], [120, 'p', 'yes thanks'], [130, 'l', 'Bye!']],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  // askedDomainK3: a question that offers a web address, and a statement with a domain, still give a source
  {
    name: 'near miss: "Have you tried medlineplus.gov?" as the first reply offers a site: a source with no question before it',
    lines: [[0, 'p', 'where can i read about macular degeneration in plain english'], [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Have you tried medlineplus.gov?"], [60, 'p', 'no'], [70, 'l', 'It has an easy-to-read page: medlineplus.gov/maculardegeneration.html. Does that help?'], [120, 'p', 'yes thats all thanks'], [130, 'l', 'Bye!']],
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  {
    name: 'near miss: "Real ones come from an amazon.com address." as a statement gives a source before the question',
    lines: [[0, 'p', 'is this amazon email real'], [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Real ones come from an amazon.com address. What does the sender say?"], [60, 'p', 'amazon-alerts@mail-verify.co'], [70, 'l', "That's fake. Does that help?"], [120, 'p', 'yes thats all thanks'], [130, 'l', 'Bye!']],
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  {
    // the older rounds' reading (eleventh round K8, sixteenth Q2): a site's account named in the question is a source
    name: 'near miss: "Do you have a my.medicare.gov account already?" names a site to use: a source, clarify fails',
    lines: [[0, 'p', 'how do i get a new medicare card'], [20, 'l', "Hi, I'm Jo, a librarian at Ask Us. Do you have a my.medicare.gov account already?"], [60, 'p', 'no'], [70, 'l', 'Call 1-800-MEDICARE (1-800-633-4227) and ask for a replacement card. Does that help?'], [120, 'p', 'yes thats all thanks'], [130, 'l', 'Bye!']],
    exp: some({ source: 'pass', clarify: 'fail' }),
  },
  // seemGone: "assumed" in the past, about another time, is no notice now
  {
    name: 'near miss: "I assumed we were disconnected yesterday, sorry about that. I\'ll close this chat now.": no notice',
    lines: idleAfter(260, [[270, 'l', "I assumed we were disconnected yesterday, sorry about that. I'll close this chat now."]]),
    over: { endAfter: 60 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'near miss: "Don\'t assume you were disconnected if the screen goes blank. I\'ll close this chat only when you say goodbye.": no notice',
    lines: idleAfter(200, [[270, 'l', "Don't assume you were disconnected if the screen goes blank. I'll close this chat only when you say goodbye."]]),
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
];

export const LEFT: SessionCase[] = [
  // LEFT: "You can request one from Leeds City Council's Adult Social Care on 0113 222 4401" (ask them, with a phone) is not read as a referral ("request … from" is no referring verb); Age UK's "Advice Line, 0800 …, can talk you through" neither
  {
    name: "British carer, help at home for a father in Leeds: the council's Adult Social Care on 0113 …, nhs.uk, Age UK's Advice Line",
    lines: [
      [0, 'p', "Hello, sorry I'm a slow typer. It's about my dad. He's 84 and we need some help at home with washing and meals. Where do I start? We're in Leeds."],
      [35, 'l', "Hello, you're through to Leeds Libraries' Ask a Librarian, I'm Gemma. Sorry to hear your dad's struggling. Has he had a needs assessment from the council yet?"],
      [100, 'p', "No, we didn't know there was one"],
      [115, 'l', "Anyone can ask for a free care needs assessment. You can request one from Leeds City Council's Adult Social Care on 0113 222 4401, and the NHS explains what happens at nhs.uk/conditions/social-care-and-support-guide. Age UK's free Advice Line, 0800 678 1602, can talk you through the options too. Is that what you were after?"],
      [190, 'p', "Yes that's brilliant. That's everything, thank you so much."],
      [200, 'l', 'Lovely, take care of yourselves. Thanks for getting in touch!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('thirtieth round (K3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirtieth round (K3): older adults and their carers, every check', whole);
describeSessions('thirtieth round (K3): older adults and their carers, short cases', short);
describeSessions('thirtieth round (K3): older adults and their carers, near misses of the changes', guards);

describeLeft('thirtieth-round-elders', LEFT);
