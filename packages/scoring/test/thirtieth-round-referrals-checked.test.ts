/**
 * Thirtieth round, second wave (J1): the v31 settings of blocks I2 (community and social services) and I3 (cooperative
 * coverage) checked for false readings: near misses that share a setting's words or shape but are NOT its behaviour,
 * and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - "come to find out" / "come to think of it" tell the patron to go nowhere; a driver coming to the patron's door is no
 *   visit by the patron: no referral (referral.contact na);
 * - the library's own number given as a way back ("our number is …, come back anytime") is not "a phone contact for a
 *   referral", even in a sentence that also refers the patron to someone else with no contact (info.source fails when
 *   nothing else is a source);
 * - a number the library will text the patron at is the patron's, no way to reach anyone;
 * - "oh good question! today." answers the patron's "today or this weekend?": an answer, not the tail of a greeting;
 * - "they" in "when are they closing for renovations" (the branches) is not the party referred to;
 * - "Your library can …; call them at …" after "contact <the same library by name>'s desk" is the same party;
 * - "ask their registrar" after "call the school district" is the school district's registrar, not the party whose
 *   website the sentence before gives.
 * - "ask your landlord …, and our number is 410-…" : the same sentence's phone is still read as the landlord's by
 *   referral.contact (an older reading, not v31's): only info.source is listed for those cases.
 * Written: 33 cases run (25 near misses, 8 of the settings' behaviour in new words) + 2 in LEFT. First run (32 cases):
 * 18 failed; 3 were mine (a referral.contact label on an older reading, dropped; two referrals the scorer never reads,
 * moved to LEFT), 15 were v31 readings (each passes with the 7 settings off), narrowed:
 *  - `visitAddressI2`: "Come to think of it, 12 Oak St is …", "come to find out the pantry moved to 814 Light St" (no "think /
 *    find / know / terms … " after the verb); "just come to the door when the driver pulls up at 12 Oak St", "pop round to
 *    the van when it stops at 3 Mill Lane" (the address is read only before a "when / once / until / if …" clause);
 *  - `referralInviteI2`: "Ask your landlord too, and our number is 410-…", "our line is …", "…, the library's reference
 *    line" (a number labelled as the library's own stays its own contact);
 *  - `bookByPhoneI2`: "Just schedule a pickup and we'll text you at 443-…" (no pronoun among the words before the number);
 *  - `bangTailI3`: "oh good question! today." (the word before "!" must be a name: a capital, not the only word);
 *  - `theyOpenAskI3`: "ok. btw my kids school, when are they closing for spring break?", "also when are they closing for
 *    renovations, i heard the branches are …", "and the pool, are they open sundays?" (the question stands alone: ≤ 3
 *    words before it, no noun phrase there, ≤ 10 words in all);
 *  - `yourLibraryNewPartyI3`: "Contact Riverside Public Library's circulation desk. Your library can waive the fee; call
 *    them at …", the Towson branch, the library's lending desk (an earlier sentence naming a library or branch: one party);
 *  - `theirSiteBeforeI3`: "The county's website is loudoun.gov. Please call the school district and ask their
 *    registrar", "Ask your landlord to contact their insurer", "talk to the housing authority … and visit their office" (no
 *    other referring verb and object before "their").
 * The behaviour cases of both blocks' files still pass. v31's fingerprint is unchanged (code only): 90e7fbd3afc2ccfd.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';


export const checked: SessionCase[] = [
  // ---- visitAddressI2 ----
  { name: 'visitAddressI2 near miss: "Come to think of it, 12 Oak St is in the Towson branch\'s area" (no visit): referral na', lines: one('which branch is closest to 12 Oak St?', "Come to think of it, 12 Oak St is in the Towson branch's area; the branch list is at sample.org/branches. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'visitAddressI2 near miss: chat-speak "come to find out the pantry moved to 814 Light St" (news, no visit): referral na', lines: one('is the food pantry still on main st', 'come to find out the pantry moved to 814 Light St last spring, per the county list at sample.gov/food. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'visitAddressI2 near miss: "just come to the door when the Books by Mail driver pulls up at 12 Oak St" (the patron\'s home): referral na', lines: one('how does the homebound delivery work', 'The Books by Mail driver rings first, so just come to the door when she pulls up at 12 Oak St; the details are at sample.org/homebound. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'visitAddressI2 near miss: British "pop round to the door when the mobile library stops at 3 Mill Lane" : referral na', lines: one('does the mobile library come to my street', 'It does on Tuesdays: just pop round to the van when it stops at 3 Mill Lane, your nearest stop; the timetable is at sample.gov.uk/mobile. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'visitAddressI2 behaviour: "You may drop in at the Tenant Union office, 22 Elm St, on Thursdays" : referral passes', lines: one('who can help me with my landlord', 'You may drop in at the Tenant Union office, 22 Elm St, on Thursday evenings; they help renters with repair disputes. Is that what you were looking for?'), exp: some({ referral: 'pass' }) },

  // ---- referralInviteI2 ----
  { name: 'referralInviteI2 near miss: "Ask your landlord too; our number is 410-555-0100 if you want to come back anytime" : source fails', lines: one('can my landlord keep my deposit', 'Ask your landlord for an itemized list too, and our number is 410-555-0100 if you want to come back anytime. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'referralInviteI2 near miss: chat-speak "talk to ur caseworker, n feel free to come back anytime, our line is 410-555-0100" : source fails', lines: one('how do i get my snap card replaced', 'talk to ur caseworker about it, n feel free to come back anytime, our line is 410-555-0100. did that help?'), exp: some({ source: 'fail' }) },
  { name: 'referralInviteI2 near miss: "Check with the clinic first, and you are welcome back anytime at 410-555-0100, the library\'s reference line" : source fails', lines: one('where can i get a flu shot for free', "Check with the county clinic first, and you are welcome back anytime at 410-555-0100, the library's reference line. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'referralInviteI2 near miss: Spanish "Pregúntele a su casero, y llámenos al 410-555-0100 o vuelva al chat cuando quiera" : source fails', lines: one('mi casero no me devuelve el depósito', 'Pregúntele a su casero por la lista de gastos, y llámenos al 410-555-0100 o vuelva al chat cuando quiera. ¿Le sirve?'), exp: some({ source: 'fail' }) },
  { name: 'referralInviteI2 behaviour: "Ring Shelter Scotland on 0808 800 4444, or pop back into the chat anytime" : source passes', lines: one('i might lose my flat next month', 'Ring Shelter Scotland on 0808 800 4444 for advice, or pop back into the chat anytime. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- bookByPhoneI2 ----
  { name: 'bookByPhoneI2 near miss: "Just schedule a pickup and we\'ll text you at 443-555-0199 when it\'s ready" (the patron\'s number): referral na', lines: one('can i get my holds curbside', "Yes! Just schedule a pickup and we'll text you at 443-555-0199 when it's ready; the steps are at sample.org/curbside. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookByPhoneI2 near miss: "register online and the clinic texts a reminder at 443-555-0199" : referral na', lines: one('how do i get into the tax help sessions', 'Register at sample.org/taxhelp and you get a reminder at 443-555-0199, the cell you gave us. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookByPhoneI2 near miss: "Sign up by March 15 at sample.org/ssl" (a date, a page): referral na', lines: one('how do i get service learning hours', 'Sign up by March 15 at sample.org/ssl for the teen volunteer program. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookByPhoneI2 near miss: "You can reserve it at 10 on 3/16 when holds open" (times): referral na', lines: one('can i reserve the new Grisham', 'You can reserve it at 10 on 3/16 when holds open in the catalog at sample.org/catalog. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'bookByPhoneI2 behaviour: non-native "Please you must register for the citizenship class by calling 301-555-0142" : referral passes', lines: one('is there citizenship class', 'Yes, the Literacy Council has one. You must register for the citizenship class by calling 301-555-0142. Is that what you needed?'), exp: some({ referral: 'pass', source: 'pass' }) },

  // ---- bangTailI3 ----
  { name: 'bangTailI3 near miss: "oh good question! today." answers "today or this weekend?", the patron leaves: substantive, source fails', lines: [[0, 'p', 'is the friends book sale today or this weekend?'], [20, 'l', 'Hi, Jo at the Sample County Library here.'], [40, 'l', 'oh good question! today.'], [200, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'fail' }) },
  { name: 'bangTailI3 near miss: "yes! tonight." answers "is the chat open tonight or only days?", the patron leaves: substantive, source fails', lines: [[0, 'p', 'is the homework help open tonight or only in the day?'], [20, 'l', 'Hi, Jo at the Sample County Library here.'], [40, 'l', 'it is! tonight.'], [200, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'fail' }) },
  { name: 'bangTailI3 near miss: "Great question! the book is due Friday." : substantive, source fails', lines: [[0, 'p', 'when is my book due'], [20, 'l', 'Hi, Jo at the Sample County Library here.'], [40, 'l', 'Great question! the book is due Friday.'], [200, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'fail' }) },
  { name: 'bangTailI3 behaviour: "Hello, Sam with Ask Us Now! this evening." then a hold, the patron leaves: no substantive exchange', lines: [[0, 'p', 'do you have the new Grisham'], [20, 'l', 'Hello, Sam with Ask Us Now! this evening.'], [30, 'l', 'Let me check that for you.'], [200, 'l', 'Are you still there?']], over: { resolutionCode: 'Lost Call' }, exp: some({ source: 'na', clarify: 'na' }) },

  // ---- theyOpenAskI3 ----
  { name: 'theyOpenAskI3 near miss: "when are they closing for renovations" (the branches), then the library\'s page: referral fails', lines: [...OPEN('my library card is blocked'), L('Only Riverside staff can lift a block, so check with them at the front desk.'), [90, 'p', 'ok. also when are they closing for renovations, i heard the branches are'], [100, 'l', 'The renovation schedule is at sample.org/renovations. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'theyOpenAskI3 near miss: "btw my kids school, when are they closing for spring break?" then the school calendar: referral fails', lines: [...OPEN('my library card is blocked'), L('Only Riverside staff can lift a block, so check with them at the front desk.'), [90, 'p', 'ok. btw my kids school, when are they closing for spring break?'], [100, 'l', 'The spring break dates are at samplek12.org/calendar. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'theyOpenAskI3 behaviour: "ok thanks, are they still open now?" then their page: referral passes', lines: [...OPEN('my library card is blocked'), L('Only Riverside staff can lift a block, so check with them at the front desk.'), [90, 'p', 'ok thanks, are they still open now?'], [100, 'l', 'Until 8 tonight; their contact page is riversideca.gov/library/contact. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'pass' }) },
  { name: 'theyOpenAskI3 near miss: "and the pool, are they open sundays?" then the parks page: referral fails', lines: [...OPEN('my library card is blocked'), L('Only Riverside staff can lift a block, so check with them at the front desk.'), [90, 'p', 'and the pool, are they open sundays?'], [100, 'l', 'The pool hours are at sampleparks.gov/pools. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'theyOpenAskI3 near miss: "do they open the voting machines early?" then a page: referral fails', lines: [...OPEN('where do i vote'), L('Ask the Board of Elections; they assign polling places.'), [90, 'p', 'ok, when do they open the polls tho'], [100, 'l', 'Polls open at 7 am statewide; see elections.maryland.gov/voting. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
  { name: 'theyOpenAskI3 behaviour: "wat time r they open 2moro" then their phone: referral passes', lines: [...OPEN('my library card is blocked'), L('Only Riverside staff can lift a block, so check with them at the front desk.'), [90, 'p', 'ok. what time are they open tmrw'], [100, 'l', 'From 9; their number is 951-826-5201. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'pass' }) },

  // ---- yourLibraryNewPartyI3 ----
  { name: 'yourLibraryNewPartyI3 near miss: "Contact Riverside Public Library\'s circulation desk. Your library can waive the fee; call them at …" (one party): passes', lines: one('my card is blocked for fines', "Contact Riverside Public Library's circulation desk about it. Your library can waive the fee; call them at 951-826-5201. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'yourLibraryNewPartyI3 near miss: "Check with the Towson branch staff. Your branch can renew it too; call them at …" (one party): passes', lines: one('can i renew a book that is overdue', 'Check with the Towson branch staff about it. Your branch can renew it over the phone too; call them at 410-887-6166. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'yourLibraryNewPartyI3 near miss: British "Ring the library\'s lending desk. Your local library can extend it too; ring them on 0113 378 5005" : passes', lines: one('can i keep my book longer', "Have a word with the library's lending desk. Your local library can extend the loan too; ring them on 0113 378 5005. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'yourLibraryNewPartyI3 behaviour: "Ask the county Register of Wills. Your library, Frederick County Public Libraries, has the index; call them at …" : fails (the first has no contact)', lines: one('how do i find my grandmothers will', 'You would ask the Frederick County Register of Wills for the file itself. Your library, Frederick County Public Libraries, has the index; call them at 301-600-1630. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- theirSiteBeforeI3 ----
  { name: 'theirSiteBeforeI3 near miss: "The county\'s website is loudoun.gov. Please call the school district and ask their registrar." : fails', lines: one('how do i enroll my son in school', "The county's website is loudoun.gov. Please call the school district and ask their registrar about enrollment. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'theirSiteBeforeI3 near miss: "The library\'s website is sample.org. Ask your landlord to contact their insurer." : fails', lines: one('my apartment flooded and my books are ruined', "The library's website is sample.org, where you can report damaged items. Ask your landlord to contact their insurer about the flood. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'theirSiteBeforeI3 near miss: "Comcast\'s site is xfinity.com. Talk to the housing authority and visit their office about the discount." : fails', lines: one('is there cheap internet for low income', "Comcast's site is xfinity.com. Talk to the housing authority first and visit their office about the discount letter. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'theirSiteBeforeI3 behaviour: "Howard County Library\'s home page is at hclibrary.org. Just call their main desk." : passes', lines: one('can my library get this book for me', "Howard County Library's home page is at hclibrary.org. Just call their main desk about an interlibrary loan. Does that help?"), exp: some({ referral: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer still gets wrong for reasons older than v31 (not run): the referral
 * itself is not read ("Ask the YMCA about lessons", "ur kids can ask their teacher"), so referral.contact is na.
 */
export const LEFT: SessionCase[] = [
  { name: 'theirSiteBeforeI3 near miss: chat-speak "mcps\'s site is mcpsmd.org. ur kids can ask their teacher for the login" : fails', lines: one('how do my kids get into the math program at home', "mcps's site is mcpsmd.org. ur kids can ask their teacher for the login tho. does that help?"), exp: some({ referral: 'fail' }) },
];

describeSessions('thirtieth round, second wave (J1): the I2 and I3 settings checked', checked);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  { name: 'theyOpenAskI3 near miss: "and the pool, what time do they open on sundays?" then the parks page: referral fails', lines: [...OPEN('where can my kid get swim lessons'), L('Ask the YMCA about lessons; they run them all year.'), [90, 'p', 'and the county pool, what time do they open on sundays?'], [100, 'l', 'The county pool hours are at sampleparks.gov/pools. Anything else?'], [120, 'p', 'no'], [125, 'l', 'Bye!']], exp: some({ referral: 'fail' }) },
];

describeSessions('thirtieth-round-referrals-checked: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('thirtieth-round-referrals-checked', LEFT);
