/**
 * Twenty-eighth round, second wave, block E1: the v29 settings of D1 and D2 (REFERRALS AND THEIR CONTACTS,
 * `referral.contact`) checked for false readings. The first wave (D1, D2) widened what counts as a referral and which contact
 * reaches its party; this file writes near misses (the same words or shape for something else) and a few sessions saying
 * the behaviour in new words, all labelled from RUBRIC.md before the scorer ran, and narrows what read wrongly.
 *
 * RUBRIC.md's Terms applied literally: a Referral is "telling the patron to contact or visit a person or organisation
 * outside the chat"; "pointing to a website, database or publication for the patron to use is a source, not a referral";
 * "staff the provider consults on the patron's behalf do not" count. referral.contact passes when "every party the patron
 * is referred to comes with a way to reach them".
 *
 * Readings taken where the text leaves room:
 * - a person named as the one to talk to at a party whose contact was just given ("call Legal Aid at …, and speak with
 *   Maria, she does evictions") is reached through that contact: no party of her own;
 * - "file it with <a document>" attaches a paper to a paper: no party.
 *
 * Cases: 17 sessions of the behaviours in new words, 33 near misses; first run: 15 failures, none a wrong label. Nine were
 * v29's own readings, narrowed (v1-v28 unchanged):
 * - `consultingHoldD1`: more verbs and general-statement adverbs mark the gerund as a subject ("Calling the Register of Wills
 *   directly gets you …, one moment", "… makes sense, bear with me", "… usually does the trick, one sec" still refer)
 *   [still no referral: "Checking with our Maryland Room staff now, bear with me."];
 * - `purposeSendD1`: not when the object is a box, slot or the patron ("To mail your ballot, return it to the drop box …")
 *   [still refers: "To mail your request, send it to the Office of Vital Statistics, 2 Peachtree St …"];
 * - D1's "try the <org>": one word may come before the resource noun, and tools are resources ("try the food bank locator
 *   at …") [still refers: "You might try the Tenants Union, 555-…"];
 * - `nameLabelD2`: the domain label must spell the whole name up to its first preposition ("the Oregon State Library" is
 *   not reached at "guides.oregonstate.edu") [still reached: "the Food Shelf Network" at "foodshelfnetwork.example.org"];
 * - `namedClauseD2`: a single capitalised word ("speak with Maria") or a name given before the verb ("Email Admissions at
 *   …, and talk to Admissions …") is no party of its own [still one: "also talk to Frederick Historical Society volunteers"].
 * The other six read the same in v28 (older readings, not D1's or D2's settings): they are in `LEFT`, with the reason.
 */
import { describeLeft, describeSessions, type Line, recordReply as one, type SessionCase, some, thanksBye as BYE } from './helpers';

/** The provider's first message is `first` (the sign-on), then a clarifying question and an answer with a source. */
const signOn = (first: string): Line[] => [
  [0, 'p', 'do u have the new percy jackson book'],
  [12, 'l', first],
  [20, 'l', 'Which one, the newest one from 2023?'],
  [40, 'p', 'yes'],
  [50, 'l', 'Yes, 3 copies, place a hold at catalog.example.org. Did that help?'],
  ...BYE(80),
];
const ref = (r: 'pass' | 'fail' | 'na') => some({ referral: r });

/** D1: whether a sentence refers at all, in new words: the behaviour, still read. */
export const paraphrases: SessionCase[] = [
  { name: 'relayedLeadD1: "Mr. Banks in Archives wants you to email him at banks@hcls.example.org with the lot number." passes', lines: one('Mr. Banks in Archives wants you to email him at banks@hcls.example.org with the lot number.'), exp: ref('pass') },
  { name: 'relayedLeadD1, British: "The records clerk told me you should phone her on 01632 960 123." passes', lines: one('The records clerk told me you should phone her on 01632 960 123.'), exp: ref('pass') },
  { name: 'consultingHoldD1: "Checking with our Maryland Room staff now, bear with me." is no referral', lines: one('Checking with our Maryland Room staff now, bear with me.'), exp: ref('na') },
  { name: 'consultingHoldD1, chat-speak: "asking my colleague in local history, one sec!" is no referral', lines: one('asking my colleague in local history, one sec!'), exp: ref('na') },
  { name: 'purposeSendD1: "To mail your request, send it to the Office of Vital Statistics, 2 Peachtree St, Atlanta, GA 30303." passes', lines: one('To mail your request, send it to the Office of Vital Statistics, 2 Peachtree St, Atlanta, GA 30303.'), exp: ref('pass') },
  { name: 'purposeSendD1: "To send it by post, address it to the County Clerk, 100 Main St, Ellicott City, MD 21043." passes', lines: one('To send it by post, address it to the County Clerk, 100 Main St, Ellicott City, MD 21043.'), exp: ref('pass') },
  { name: 'youFileD1: "Then you file it with the Register of Wills at 410-313-2133." passes', lines: one('Then you file it with the Register of Wills at 410-313-2133.'), exp: ref('pass') },
  { name: 'youFileD1, chat-speak: "u just file it with the county clerk, no number for them sorry" fails', lines: one('u just file it with the county clerk, no number for them sorry'), exp: ref('fail') },
  { name: 'serviceNameAtD1: "Hey! Ask Tulsa chat - Dee at Tulsa City-County Library." is no referral', lines: signOn('Hey! Ask Tulsa chat - Dee at Tulsa City-County Library.'), exp: ref('na') },
  { name: 'serviceNameAtD1: "Good evening, Ask Pine text, Lou from Pine County Libraries here" is no referral', lines: signOn('Good evening, Ask Pine text, Lou from Pine County Libraries here'), exp: ref('na') },
  { name: '"try the <org>": "You might try the Tenants Union, 555-310-2200, they do free advice." passes', lines: one('You might try the Tenants Union, 555-310-2200, they do free advice.'), exp: ref('pass') },
  { name: '"try the <org>": "maybe try your local food bank too" fails', lines: one('maybe try your local food bank too'), exp: ref('fail') },
  { name: '"file one with": "If the contractor won\'t answer, file one with the Office of Consumer Protection, consumer@howardcountymd.gov." passes', lines: one("If the contractor won't answer, file one with the Office of Consumer Protection, consumer@howardcountymd.gov."), exp: ref('pass') },
  // D2
  { name: 'nameLabelD2: "Get in touch with the Food Shelf Network about it. Sign-up is at foodshelfnetwork.example.org/join." passes', lines: one('Get in touch with the Food Shelf Network about it. Sign-up is at foodshelfnetwork.example.org/join.'), exp: ref('pass') },
  { name: 'firstLaterD2: "Contact the Senior Center or the Area Agency on Aging. The Senior Center\'s front desk is 555-220-2200 and the Agency is at aging.example.gov." passes', lines: one("Contact the Senior Center or the Area Agency on Aging. The Senior Center's front desk is 555-220-2200 and the Agency is at aging.example.gov."), exp: ref('pass') },
  { name: 'numberToCallD2: "404-555-0177 would be their line to ring: that\'s the Fulton County Tax Assessor." passes', lines: one("404-555-0177 would be their line to ring: that's the Fulton County Tax Assessor."), exp: ref('pass') },
  { name: 'namedClauseD2: "Write to the State Archives at archives@msa.example.gov, and also talk to Frederick Historical Society volunteers on Saturdays." fails', lines: one('Write to the State Archives at archives@msa.example.gov, and also talk to Frederick Historical Society volunteers on Saturdays.'), exp: ref('fail') },
];

/** Near misses: the same words or shape, not the behaviour. */
export const guards: SessionCase[] = [
  // relayedLeadD1
  { name: 'near miss relayedLeadD1: "Ms. Ortiz said to tell you to ask me if anything in the scan is unclear." is no referral (the provider)', lines: one('Ms. Ortiz said to tell you to ask me if anything in the scan is unclear.'), exp: ref('na') },
  { name: 'near miss relayedLeadD1: "Dr. Lee wants you to visit our website for the forms: hcls.example.org/forms" is a source', lines: one('Dr. Lee wants you to visit our website for the forms: hcls.example.org/forms'), exp: ref('na') },
  { name: 'near miss relayedLeadD1: "He said to tell you to try the catalogue again tomorrow, the record is fixed now." is no referral', lines: one('He said to tell you to try the catalogue again tomorrow, the record is fixed now.'), exp: ref('na') },
  { name: 'near miss relayedLeadD1, British: "My colleague asked me to let you know she\'ll ring you on Monday." is no referral', lines: one("My colleague asked me to let you know she'll ring you on Monday."), exp: ref('na') },
  { name: 'near miss relayedLeadD1: "Your teacher wants you to ask a librarian? Well, you found one! Which topic is it?" is no referral', lines: one('Your teacher wants you to ask a librarian? Well, you found one! Which topic is it?'), exp: ref('na') },
  { name: 'near miss relayedLeadD1, chat-speak: "she said 2 tell u to call back here if the link breaks, im on till 5" is no referral', lines: one('she said 2 tell u to call back here if the link breaks, im on till 5'), exp: ref('na') },
  // consultingHoldD1: a gerund subject is advice, still a referral
  { name: 'near miss consultingHoldD1: "Calling the Register of Wills directly gets you the fastest answer, one moment while I look up their line." still refers (no number): fails', lines: one('Calling the Register of Wills directly gets you the fastest answer, one moment while I look up their line.'), exp: ref('fail') },
  { name: 'near miss consultingHoldD1: "Phoning the Clerk\'s office beforehand makes sense, bear with me while I find the hours." still refers: fails', lines: one("Phoning the Clerk's office beforehand makes sense, bear with me while I find the hours."), exp: ref('fail') },
  { name: 'near miss consultingHoldD1, British: "Ringing the council\'s housing team is your best option, hold on a tick." still refers: fails', lines: one("Ringing the council's housing team is your best option, hold on a tick."), exp: ref('fail') },
  { name: 'near miss consultingHoldD1: "Emailing the archivist at the State Archives usually does the trick, one sec." still refers: fails', lines: one('Emailing the archivist at the State Archives usually does the trick, one sec.'), exp: ref('fail') },
  // purposeSendD1
  { name: 'near miss purposeSendD1: "To send it by email, forward it to your own account and print from there." is no referral', lines: one('To send it by email, forward it to your own account and print from there.'), exp: ref('na') },
  { name: 'near miss purposeSendD1: "To mail your ballot, return it to the drop box outside the branch." is no referral', lines: one('To mail your ballot, return it to the drop box outside the branch.'), exp: ref('na') },
  { name: 'near miss purposeSendD1: "To send a copy, just forward it to yourself first." is no referral', lines: one('To send a copy, just forward it to yourself first.'), exp: ref('na') },
  // youFileD1 and "file it / one with"
  { name: 'near miss youFileD1: "You file it with the Form 1040 when you do your taxes." attaches a paper: no referral', lines: one('You file it with the Form 1040 when you do your taxes.'), exp: ref('na') },
  { name: 'near miss youFileD1: "Then you file it with the original deed somewhere safe." is no referral', lines: one('Then you file it with the original deed somewhere safe.'), exp: ref('na') },
  { name: 'near miss youFileD1, chat-speak: "u just file it with ur receipts lol" is no referral', lines: one('u just file it with ur receipts lol'), exp: ref('na') },
  { name: 'near miss "file one with": "Print two copies and file one with your application." is no referral', lines: one('Print two copies and file one with your application.'), exp: ref('na') },
  { name: 'near miss "file it with": "Keep the certificate and file it with your birth records at home." is no referral', lines: one('Keep the certificate and file it with your birth records at home.'), exp: ref('na') },
  // serviceNameAtD1: a department named after "Ask" in a later message is a referral
  { name: 'near miss serviceNameAtD1: "Ask Housing Services, Maria at City Hall handles rent disputes." later in the chat refers (no contact): fails', lines: one('Ask Housing Services, Maria at City Hall handles rent disputes.'), exp: ref('fail') },
  { name: 'near miss serviceNameAtD1: "Ask Vital Records - Dana at Health Department can pull the certificate." refers: fails', lines: one('Ask Vital Records - Dana at Health Department can pull the certificate.'), exp: ref('fail') },
  // "try the <org>"
  { name: 'near miss "try the": "Try the Junior League cookbook in our catalog, it has the recipe." is a book', lines: one('Try the Junior League cookbook in our catalog, it has the recipe.'), exp: ref('na') },
  { name: 'near miss "try the", British: "Try the Law Society\'s Find a Solicitor search at solicitors.lawsociety.org.uk." is a tool', lines: one("Try the Law Society's Find a Solicitor search at solicitors.lawsociety.org.uk."), exp: ref('na') },
  { name: 'near miss "try the": "try the food bank locator at 211md.example.org" is a tool', lines: one('try the food bank locator at 211md.example.org'), exp: ref('na') },
  // nameLabelD2
  { name: 'near miss nameLabelD2: "For state documents, contact the Oregon State Library. The university\'s guide is at guides.oregonstate.edu/govdocs." fails', lines: one("For state documents, contact the Oregon State Library. The university's guide is at guides.oregonstate.edu/govdocs."), exp: ref('fail') },
  { name: 'near miss nameLabelD2: "Contact the Texas State Historical Association. A timeline is at texasstate.example.edu/history." fails', lines: one('Contact the Texas State Historical Association. A timeline is at texasstate.example.edu/history.'), exp: ref('fail') },
  // firstLaterD2
  // numberToCallD2
  // namedClauseD2
  // reading: a person named as the one to talk to at a party whose contact was just given is reached through it
  { name: 'near miss namedClauseD2: "Call Legal Aid at 410-951-7777 and speak with Maria, she handles evictions." passes', lines: one('Call Legal Aid at 410-951-7777 and speak with Maria, she handles evictions.'), exp: ref('pass') },
  { name: 'near miss namedClauseD2: "Email Admissions at admissions@umd.example.edu, and talk to Admissions about a fee waiver." passes', lines: one('Email Admissions at admissions@umd.example.edu, and talk to Admissions about a fee waiver.'), exp: ref('pass') },
];

/** Cases labelled right that the scorer still gets wrong (not run), each with the reason. */
export const LEFT: SessionCase[] = [
  // LEFT: v28 reads it the same (an older verb or party reading takes the book's publisher for a party), not one of D1's settings: the "try the" phrase no longer reads it
  { name: 'near miss "try the": "Try the National Audubon Society Field Guide to North American Birds, 598.097 NAT." is a book', lines: one('Try the National Audubon Society Field Guide to North American Birds, 598.097 NAT.'), exp: ref('na') },
  // LEFT: v28 reads it the same: v16's later-contact reading gives "tenants" in Legal Aid's sentence to the Tenant Union; firstLaterD2 is not what passes it
  { name: 'near miss firstLaterD2: "Call the Tenant Union or Ridgeview Legal Aid. Ridgeview Legal Aid helps tenants at 555-310-4400." fails (the union unreached)', lines: one('Call the Tenant Union or Ridgeview Legal Aid. Ridgeview Legal Aid helps tenants at 555-310-4400.'), exp: ref('fail') },
  // LEFT: D1's "try the <org>" rightly makes it a referral (v28: none); the older later-contact reading then gives Legal Aid's number to the Housing Authority through "housing" (firstLaterD2 off: the same)
  { name: 'near miss firstLaterD2: "Try the Housing Authority or Legal Aid. Legal Aid handles housing cases: 555-201-0100." fails', lines: one('Try the Housing Authority or Legal Aid. Legal Aid handles housing cases: 555-201-0100.'), exp: ref('fail') },
  // LEFT: v28 reads it the same: the number earlier in the sentence is taken for the Attorney General's office's; numberToCallD2 is not what passes it
  { name: 'near miss numberToCallD2: "1-800-555-0199 is the number to call to cancel the card; for the lawsuit, call the Attorney General\'s office." fails', lines: one("1-800-555-0199 is the number to call to cancel the card; for the lawsuit, call the Attorney General's office."), exp: ref('fail') },
  // LEFT: v28 reads it the same (an older reading takes "Legal Aid's intake team" for a party of its own); namedClauseD2 no longer counts it
  { name: 'near miss namedClauseD2: "Call Maryland Legal Aid at 410-951-7777 and talk to Legal Aid\'s intake team about the eviction." passes', lines: one("Call Maryland Legal Aid at 410-951-7777 and talk to Legal Aid's intake team about the eviction."), exp: ref('pass') },
];

describeSessions('twenty-eighth round, second wave (E1): D1 and D2 behaviours in new words', paraphrases);
describeSessions('twenty-eighth round, second wave (E1): D1 and D2 near misses', guards);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  // LEFT: v28 reads it the same: the county's number earlier in the sentence is taken for the Permit Office's
  { name: 'near miss numberToCallD2: "555-201-0100 is the number to call for the county, but for city permits call the Permit Office." fails', lines: one('555-201-0100 is the number to call for the county, but for city permits call the Permit Office.'), exp: ref('fail') },
];

describeSessions('twenty-eighth-round-referrals-checked: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twenty-eighth-round-referrals-checked', LEFT);
