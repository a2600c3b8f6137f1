/**
 * Twenty-seventh round, area (C2): CONTACTS AND WHEN TO EXPECT. followup.contact (critical: the patron's e-mail or phone
 * confirmed in the chat, given or repeated back, AND the provider says when the information will come), resolution.code's
 * "follow-up code but no patron contact known", and what makes a session a follow-up session by promise (Terms
 * "Follow-up session").
 *
 * PARAPHRASE SWEEP. Ways real patrons and providers say these behaviours, across registers:
 *  patrons giving a contact:
 *   1. "it's jdoe at gmail dot com" (spelled out)
 *   2. "m.okafor @ yahoo.com" (spaces round the @)
 *   3. "text me at 410 555 0134" (spaces)
 *   4. "(410) 555-0134 is my cell"
 *   5. "+1 410.555.0134" (dots, country code)
 *   6. "my school email jsmith23@students.towson.edu"
 *   7. "my email is the one on my account" (not given in the chat)
 *   8. "u can reach me on 0412 345 678" (Australian mobile)
 *   9. "Please write to priya.nair@outlook.com, thank you so much" (non-native, formal)
 *  10. "07700 900123, that's my mobile" (British)
 *  11. "emial is kwong88@hotmail.com" (typo)
 *  12. "best # is 443-555-0199 after 5"
 *  13. "My work address: d.ferreira@umd.edu"
 *  14. "four one oh five five five oh one nine nine" (dictated)
 *  providers confirming:
 *  15. "I have you as jdoe@gmail.com, is that right?"
 *  16. "Just to confirm, that's 410-555-0134?"
 *  17. "I'll send it to the address you gave."
 *  18. "Got it: kwong88@hotmail.com."
 *  19. "And the best number to reach you is (410) 555-0134, correct?"
 *  20. "Lovely, I've noted priya.nair@outlook.com." (British)
 *  21. "Can I double check your email, d.ferreira@umd.edu?"
 *  22. "We have dlee@comcast.net on file for you, is that still good?" (from the account, repeated back)
 *  providers saying when:
 *  23. "I'll email you early next week."
 *  24. "You should hear from us within two business days."
 *  25. "I'll send the scans by COB Thursday."
 *  26. "I'll get back to you in a day or two."
 *  27. "Expect an email from me before the weekend."
 *  28. "I'll follow up after the holiday, on Monday."
 *  29. "I'll email it to you by end of day."
 *  30. "I'll send it first thing tomorrow."
 *  31. "You'll hear back from me sometime this week."
 *  32. "someone will contact you within 72 hrs" (macro)
 *  33. "I'll have the list to you by the 14th."
 *  34. "I'll email you no later than Friday."
 *  35. "Our ILL team will email you in 3-5 business days." (cooperative backup)
 *  36. "ill txt u tmrw w/ the call #s" (chat-speak)
 *  37. "I shall revert to you by tomorrow afternoon." (Indian English)
 *  38. "I'll ring you back this arvo." (Australian)
 *  39. "I'll pop an email over to you by Friday." (British)
 *  40. "Someone from your library will contact you within 48 hours." (backup staff, follow-up by patron's library)
 *  41. "Will send over tonight." (terse veteran)
 *  42. "I'll be in touch by Wednesday at the latest."
 *  43. "You'll get an email from me later today."
 *
 * Near misses (the same words for something else):
 *   N1. "The book is due back by Friday." (a due date, no delivery)
 *   N2. "We're open until 9 tonight." (the library's hours)
 *   N3. the patron's "can you send it by Friday?" answered "Sure, I'll email it." (a time the patron gives)
 *   N4. "I'll get back to the shelves now." (no promise)
 *   N5. "You can email the county recorder at recorder@countymd.gov." (an agency's address, not the patron's)
 *   N6. "I'll email you as soon as I can." (no time)
 *   N7. "I'll send it soon!" (no time)
 *   N8. "Call us at 410-555-0100 if you need more." (the library's phone)
 *   N9. "What's your email address?" that the patron never answers
 *  N10. "We have your email on file, I'll send it there." (a contact never mentioned in the chat)
 *  N11. "I'll be back in two minutes with that." (a hold, in the chat)
 *  N12. "The hold will be ready within 2 business days and the system emails you." (automatic, no promise)
 *  N13. "Our ILL form is at ill.lib.edu; it usually takes a week." (no promise to send)
 *  N14. "My email is the one on my account" with no echo
 *  N15. "The archive's phone is 410-555-0160, they're open Tuesday." (a referral's phone and day)
 *  N16. "I'll get back to you on that in a sec." (in the chat)
 *  N17. "Your card expires on the 14th." (a date, no delivery)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - "soon", "as soon as I can", "shortly" name no time: RUBRIC.md's examples ("by tomorrow", "within 72 hours", "by
 *   Friday") name a day or a span, so a promise with only "soon" says no "when" and followup.contact fails;
 * - "in a day or two", "early next week", "before the weekend", "after the holiday", "sometime this week" name a span
 *   the patron can hold the provider to: they say when;
 * - a contact the patron says is "the one on my account" is not given in the chat; it counts only when the provider
 *   repeats it back in the chat ("We have dlee@comcast.net on file, is that right?");
 * - a phone or e-mail of the library or of an agency the patron is sent to is not the patron's contact, for
 *   followup.contact and for resolution.code's "no patron contact known";
 * - the time must come from the provider: a time the patron proposes and the provider does not repeat does not count;
 * - a promise to come back within the chat ("back in two minutes") is a hold, not a follow-up session.
 * - a loan's, a hold's or a card's date ("your hold expires Friday", "due back by Friday") and a day gone by ("I checked
 *   last Friday") are not when the information will come, even in the promise's sentence;
 * - chat-speak "tmrw", "b4 friday" and Indian English "I shall revert to you by tomorrow afternoon" say when;
 * - the provider's own address, or a party's the provider will write to ("I'll email the recorder at …"), is not the
 *   patron's contact;
 * - a patron who will not give a contact leaves a follow-up code with no patron contact known (resolution.code fails),
 *   and the code alone makes the session a follow-up session (followup.contact fails).
 * First run: 2 of 85 tests failed, none of them the labels (the scorer was wrong each time); both fixed in block C2:
 * followupSend reads a country code before the patron's number ("text it to +1 410.555.0134 no later than Friday" was no
 * promise), notPromise reads "I'll get back to you on that in a sec" as a return within the chat. The short cases under
 * "written after the first run" were written after it, looking for more wordings in other registers (labelled from
 * RUBRIC.md all the same): 3 of 27 failed, none the labels, all fixed behind two settings: `otherDateC2` ("your hold
 * expires Friday", "last Friday" in the promise's sentence) and `partyContactC2` ("I'll email the recorder at
 * recorder@countymd.gov for you and get back to you by Friday" read the recorder's address as the patron's). Nothing
 * moved to `LEFT`. `guards` holds the near miss of each change.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** A follow-up session's usual ending: contact confirmed and when said, recorded follow-up not yet due. */
const FU_OK = { contact: 'pass', onTime: 'pending' } as const;

export const whole: SessionCase[] = [
  {
    name: 'public library, obituary scan: patron spells "rgarza at gmail dot com", provider "I have you as rgarza@gmail.com, is that right?" and "early next week": contact passes',
    lines: [
      [0, 'p', 'hi, im looking for my grandfathers obituary from the 1968 Evening Sun'],
      [24, 'l', "Hello! I'm Dana, a librarian with Ask Us Now at Baltimore County Public Library."],
      [31, 'l', 'Do you know the month he passed away, or roughly when?'],
      [70, 'p', 'march 1968 i think, his name was Ruben Garza'],
      [78, 'l', 'Let me check what we hold for that year, one moment.'],
      [160, 'l', 'The Sun is searchable in ProQuest Historical Newspapers from our Research page (bcpl.info/research), but the Evening Sun for 1968 is only on microfilm at Towson. Does that help so far?'],
      [205, 'p', 'kind of, i cant get to towson though. could someone look at the film?'],
      [214, 'l', "Yes, I can ask our microfilm staff to look for it and email you a scan. What's the best email for you?"],
      [250, 'p', 'rgarza at gmail dot com'],
      [258, 'l', "I have you as rgarza@gmail.com, is that right? You should have the scan from me early next week. Anything else I can help with?"],
      [290, 'p', 'yes thats right, thats all, thank you!'],
      [297, 'l', 'Thanks for chatting with us, take care!'],
    ],
    over: FU_ME,
    exp: usual(FU_OK),
  },
  {
    name: 'university, ILL article: "my school email jsmith23@students.towson.edu" and "within two business days": contact passes',
    lines: [
      [0, 'p', 'Hello, I need an article from the Journal of Phonetics 1994 that our library doesnt have'],
      [19, 'l', 'Good afternoon, this is Adaeze at Cook Library Research Help.'],
      [27, 'l', 'Do you have the full citation, including the volume and pages?'],
      [80, 'p', 'Vol 22, pages 301-330, by Keating'],
      [88, 'l', 'Thank you. One moment while I check our holdings.'],
      [170, 'l', 'We do not hold 1994; the request form is at towson.edu/library/ill, but I can place the request for you. Would that be what you need?'],
      [210, 'p', 'yes please. my school email jsmith23@students.towson.edu'],
      [218, 'l', 'Just to confirm, that is jsmith23@students.towson.edu? I will send you the PDF link within two business days once the lending library supplies it. Is there anything else?'],
      [260, 'p', 'thats correct, nothing else'],
      [266, 'l', 'Thank you, and good luck with your paper.'],
    ],
    over: FU_ME,
    // reading: "Would that be what you need?" asks about something not yet given (a request), so the completeness
    // question is not asked: followup.completeness fails
    exp: usual({ ...FU_OK, complete: 'fail' }),
  },
  {
    name: 'county library, property deed: "text me at 410 555 0134" and "by COB Thursday": contact passes',
    lines: [
      [0, 'p', 'i need to find who owned my house in the 1920s'],
      [35, 'l', "Hi there, Marcus at Harford County Public Library's Ask a Librarian."],
      [42, 'l', 'Is the house in Harford County, and do you have the street address?'],
      [90, 'p', 'yes, 112 Pennsylvania Ave, Bel Air'],
      [98, 'l', 'Give me a minute to look at the land records index.'],
      [190, 'l', 'Maryland land records are free at mdlandrec.net after you register; search Harford County by grantee. Did that help?'],
      [240, 'p', 'its confusing, can you look into the 1920s ones for me? text me at 410 555 0134'],
      [250, 'l', "Sure. I'll look through the 1920s books and text you at 410-555-0134 by COB Thursday with what I find. Anything else today?"],
      [280, 'p', 'no thats it thanks'],
      [286, 'l', 'You are welcome, have a great evening!'],
    ],
    over: FU_ME,
    exp: usual(FU_OK),
  },
  {
    name: 'backup staff from another state, genealogy: patron "(410) 555-0134", provider "Someone from your library will contact you within 48 hours": contact passes',
    lines: [
      [0, 'p', 'Does the library have the 1880 city directory for Frederick?'],
      [30, 'l', "Hi! I'm Lee, a librarian in Oregon helping with Maryland's Ask Us Now tonight."],
      [38, 'l', 'Are you looking for a particular person or a business?'],
      [80, 'p', 'my ancestor Jacob Hoke, a blacksmith'],
      [88, 'l', 'One moment while I look at the Maryland State Archives guide.'],
      [170, 'l', "The Maryland State Archives lists city directories in its Guide to Government Records at msa.maryland.gov, but Frederick's 1880 volume is only at the Maryland Room in Frederick. Is that what you were looking for?"],
      [220, 'p', 'sort of, can someone there check it? my number is (410) 555-0134'],
      [230, 'l', "I'll pass this to the Maryland Room staff, and someone from your library will contact you at (410) 555-0134 within 48 hours. Is there anything else?"],
      [260, 'p', "no, that's everything"],
      [266, 'l', 'Thanks for using Ask Us Now, goodnight!'],
    ],
    over: FU_LIB,
    exp: usual(FU_OK),
  },
  {
    name: 'British public library, local history: "07700 900123, that\'s my mobile" and "I\'ll ring you back by Friday": contact passes',
    lines: [
      [0, 'p', 'Hello, do you hold old photographs of Kirkstall Road from the 1950s?'],
      [28, 'l', "Hello, you're through to Leeds Libraries' enquiry chat, Priya speaking."],
      [36, 'l', 'Are you after a particular building or the street in general?'],
      [80, 'p', 'The Kirkstall Road cinema, my dad worked there'],
      [90, 'l', 'Lovely, let me have a look in Leodis for you.'],
      [180, 'l', 'Leodis, our photographic archive at leodis.net, has two photos of the Lyric Cinema on Tong Road; search "Lyric". Is that the one you mean?'],
      [230, 'p', "Not quite, it's the Kirkstall one. Could you check the local studies files? 07700 900123, that's my mobile"],
      [240, 'l', "Of course. I'll ask Local and Family History to check their cinema files and ring you back on 07700 900123 by Friday. Anything else I can help with?"],
      [270, 'p', "No, that's all, cheers"],
      [276, 'l', 'Cheers, thanks for getting in touch!'],
    ],
    over: FU_ME,
    // reading: "Is that the one you mean?" after the Leodis photos asks whether what was given meets the need
    exp: usual(FU_OK),
  },
  {
    name: 'Australian state library, convict record: "u can reach me on 0412 345 678" and "ring you ... within 24 hours": contact passes',
    lines: [
      [0, 'p', 'hey, trying to get a copy of a convict indent for my ancestor'],
      [22, 'l', "G'day! Shaz here from Ask a Librarian at the State Library of NSW."],
      [30, 'l', 'Do you know the ship and the year he arrived?'],
      [70, 'p', 'the Lady Kennaway, 1836'],
      [78, 'l', 'Righto, bear with me while I look.'],
      [160, 'l', 'The indents are digitised on the State Archives site at mhnsw.au, under Convict indents 1788-1842; search Lady Kennaway. Is that what you were after?'],
      [210, 'p', 'cant find his page, can u have a look? u can reach me on 0412 345 678'],
      [220, 'l', "No worries, I'll dig out the page and ring you on 0412 345 678 within 24 hours. Anything else?"],
      [250, 'p', 'nah thats everything ta'],
      [256, 'l', 'Cheers, thanks for chatting!'],
    ],
    over: FU_ME,
    exp: usual(FU_OK),
  },
  {
    name: 'academic, data set: "We have dlee@comcast.net on file for you, is that still good?" (the account\'s address repeated back) and "by the 14th": contact passes',
    lines: [
      [0, 'p', 'I need county-level opioid prescribing data for 2012-2019, can you help'],
      [26, 'l', 'Good morning, this is Nadia from Research Data Services at Hopkins Libraries.'],
      [34, 'l', 'Is this for a course project or a thesis, and do you need it by state or county?'],
      [80, 'p', 'thesis, county level. my email is the one on my account'],
      [90, 'l', 'One moment, let me check the CDC sources.'],
      [170, 'l', 'The CDC publishes U.S. Opioid Dispensing Rate Maps at cdc.gov/drugoverdose/rxrate-maps with county tables for 2006-2020. Does that cover what you need?'],
      [220, 'p', 'I need them merged in one file though'],
      [230, 'l', "I can merge the county tables for 2012-2019 and email you the file. We have dlee@comcast.net on file for you, is that still good? You'll have it by the 14th."],
      [262, 'p', 'yes that works, no more questions'],
      [268, 'l', 'Thanks, good luck with the thesis!'],
    ],
    over: { ...FU_ME, patron: { name: 'D. Lee', email: 'dlee@comcast.net', phone: null } },
    exp: usual(FU_OK),
  },
  {
    name: 'student worker, textbook: the patron never gives the e-mail the provider asks for; "ill ... email you by tonight": contact fails, code fails',
    lines: [
      [0, 'p', 'is the chem 131 textbook on reserve'],
      [15, 'l', 'heyy! im Jordan, student assistant at the Hunt Library help desk 🙂'],
      [22, 'l', 'which edition does ur class use?'],
      [50, 'p', '8th, Tro'],
      [56, 'l', 'one sec lemme look'],
      [120, 'l', 'the 7th is on reserve at call number QD31.3 .T76 2017 on the catalog; not seeing the 8th. does that help at all?'],
      [160, 'p', 'not really, need the 8th'],
      [168, 'l', "ok ill ask the reserves person and email you by tonight. what's ur email?"],
      [200, 'p', 'ok thx, thats all'],
      [206, 'l', 'np, thanks for stopping by!'],
    ],
    over: FU_ME,
    // reading: "what's ur email?" asked and never answered: no contact in the chat, none in the fields, so the follow-up
    // code has no patron contact known and followup.contact fails
    exp: usual({ contact: 'fail', onTime: 'pending', code: 'fail' }),
  },
  {
    name: 'public library, large print: "I\'ll email you as soon as I can" (no time) after the patron gives "m.okafor @ yahoo.com": contact fails',
    lines: [
      [0, 'p', 'good evening, does the library have large print books by Chimamanda Adichie'],
      [30, 'l', "Good evening! I'm Rosa, a librarian at Prince George's County Memorial Library."],
      [38, 'l', 'Are you after a particular title, or anything of hers in large print?'],
      [80, 'p', 'Half of a Yellow Sun please'],
      [86, 'l', 'Let me look in the catalog, one moment.'],
      [150, 'l', 'Our catalog at pgcmls.info shows Half of a Yellow Sun in regular print only; Americanah is in large print at Bowie. Is that helpful?'],
      [200, 'p', 'Could you find out if another library can lend the large print? m.okafor @ yahoo.com'],
      [210, 'l', "Certainly. I'll check with our interlibrary loan team and email you at m.okafor@yahoo.com as soon as I can. Anything else?"],
      [240, 'p', 'No, that is all, thank you'],
      [246, 'l', 'Thank you for chatting, have a lovely night.'],
    ],
    over: FU_ME,
    // reading: "as soon as I can" names no time (N6)
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'law library, a promise coded Answered: "+1 410.555.0134" and "no later than Friday", but the code is Answered: code fails, contact passes',
    lines: [
      [0, 'p', 'I need the 1998 version of Maryland Real Property 8-208'],
      [20, 'l', 'Hello, this is Anne at the Maryland State Law Library.'],
      [28, 'l', 'Do you need the statute as it read on a particular date in 1998?'],
      [70, 'p', 'as of July 1998, for a lease dispute'],
      [78, 'l', 'One moment while I check our historical codes.'],
      [160, 'l', 'Westlaw\'s historical statutes have it; our public terminals offer Westlaw free, see mdcourts.gov/lawlib. Does that answer your question?'],
      [210, 'p', 'i cant come in, can you send it? +1 410.555.0134 for a text if easier'],
      [220, 'l', "I'll pull the 1998 text and text it to +1 410.555.0134 no later than Friday. Anything else?"],
      [250, 'p', 'that is everything thanks'],
      [256, 'l', 'Thanks for contacting the Law Library, goodbye!'],
    ],
    // reading: the provider promised a follow-up and coded Answered: resolution.code fails; the session is a follow-up
    // session by the promise, so the contact and on-time checks apply
    exp: usual({ ...FU_OK, code: 'fail' }),
  },
  {
    name: 'due date near miss in a whole session: "I\'ll email you the reading list" then "The book is due back by Friday": contact fails',
    lines: [
      [0, 'p', 'hi, can you recommend books like The Overstory for my book club'],
      [25, 'l', "Hi! Thanks for contacting Ask a Librarian, I'm Theo at Howard County Library System."],
      [33, 'l', 'Does your club prefer fiction only, or would nonfiction about trees work too?'],
      [70, 'p', 'fiction only. my email is kate.b@verizon.net'],
      [78, 'l', 'Let me pull some ideas, one moment.'],
      [160, 'l', 'Greenwood by Michael Christie and The Hidden Life of Trees are good starts; both are in our catalog at hclibrary.org. Do those look like what you need?'],
      [200, 'p', 'yes! a longer list would be great'],
      [210, 'l', "I'll put together a longer list and email it to kate.b@verizon.net. The copy of The Overstory you have is due back by Friday, by the way. Anything else?"],
      [240, 'p', 'nope that is all thanks'],
      [246, 'l', 'Thanks, happy reading!'],
    ],
    over: FU_ME,
    // reading: "due back by Friday" is the loan's date, not when the list will come (N1)
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'library hours near miss: "I\'ll send the guide" and "we\'re open until 9 tonight": contact fails',
    lines: [
      [0, 'p', 'hello, is there a guide to starting a small business in the county'],
      [22, 'l', "Hello! I'm Gwen with Ask Us at Anne Arundel County Public Library."],
      [30, 'l', 'What kind of business are you thinking of starting?'],
      [70, 'p', 'a home bakery. email is tbrooks77@gmail.com'],
      [78, 'l', 'One moment while I look.'],
      [150, 'l', "Maryland's cottage food rules are at health.maryland.gov/cottagefood, and our Business Center's guide is at aacpl.net/business. Is that what you were looking for?"],
      [190, 'p', 'yes, but is there a printed packet too?'],
      [198, 'l', "I'll ask the Business Center for their printed packet and send it to tbrooks77@gmail.com. We're open until 9 tonight if you'd like to pick one up. Anything else?"],
      [230, 'p', 'thats all thank u'],
      [236, 'l', 'Thanks for chatting, bye!'],
    ],
    over: FU_ME,
    // reading: "open until 9 tonight" is the library's hours (N2), no time for the packet
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'no follow-up: "I\'ll get back to the shelves after this chat": contact na, code passes',
    lines: [
      [0, 'p', 'do you have the new Louise Penny on the shelf at Towson'],
      [18, 'l', "Hi! This is Sam at Baltimore County Public Library's Ask Us."],
      [25, 'l', 'Is that The Black Wolf you mean?'],
      [50, 'p', 'yes'],
      [56, 'l', 'One moment, checking the catalog.'],
      [110, 'l', "The catalog at bcpl.info shows one copy on the shelf at Towson, call number F PENNY. I'll get back to the shelves after this chat and can set it aside for you. Did that help?"],
      [150, 'p', "yes that's all i needed"],
      [156, 'l', 'Thanks for chatting, enjoy the book!'],
    ],
    // reading: "I'll get back to the shelves" promises nothing to the patron (N4)
    exp: usual(),
  },
  {
    name: 'agency address near miss: follow-up code, only the recorder\'s e-mail in the chat: code fails, contact fails',
    lines: [
      [0, 'p', 'how can i get a copy of my parents 1975 marriage license'],
      [26, 'l', 'Hello, this is Ines at Ask a Librarian, Montgomery County Public Libraries.'],
      [34, 'l', 'Were they married in Montgomery County, Maryland?'],
      [70, 'p', 'yes in Rockville'],
      [78, 'l', 'One moment please.'],
      [150, 'l', 'Marriage licenses are kept by the Clerk of the Circuit Court; you can email the clerk at licenses@mcccourt.md.gov or call 240-777-9460. Did that help?'],
      [190, 'p', 'ok, could you also find when they started keeping them?'],
      [200, 'l', "I'll look into that and follow up within 3 business days. Anything else?"],
      [230, 'p', 'thats all'],
      [236, 'l', 'Thank you, take care!'],
    ],
    over: FU_ME,
    // reading: the clerk's address is the agency's (N5), not the patron's: no patron contact known
    exp: usual({ contact: 'fail', onTime: 'pending', code: 'fail', referral: 'pass' }),
  },
  {
    name: 'macro confirmation: "[Macro] Thank you! A librarian will reply to kim.tran@aol.com within 72 hrs." after the patron types it: contact passes',
    lines: [
      [0, 'p', 'can i get help finding census records for my grandmother in 1940'],
      [20, 'l', 'Welcome to Ask a Librarian! You are chatting with Beth, reference staff at Carroll County Public Library.'],
      [28, 'l', 'Do you know where she lived in 1940?'],
      [60, 'p', 'Westminster MD, her name was Ada Myers'],
      [68, 'l', 'Searching now, one moment.'],
      [150, 'l', 'The 1940 census is free at 1940census.archives.gov; enumeration district 7-12 covers Westminster. Is that what you were looking for?'],
      [190, 'p', 'i cant read the handwriting, could a librarian look? kim.tran@aol.com'],
      [200, 'l', 'Thank you! A librarian will reply to kim.tran@aol.com within 72 hrs with what we find. Is there anything else we can help with today?'],
      [230, 'p', 'no thank you, that is all'],
      [236, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    over: FU_ME,
    exp: usual(FU_OK),
  },
  {
    name: 'Canadian, French-immersion resources: "I\'ll send it to the address you gave" and "before the weekend": contact passes',
    lines: [
      [0, 'p', 'Hi, looking for French-immersion readers for a grade 2 kid. My email is ahmed.s@rogers.com'],
      [30, 'l', "Hi there! Welcome to Ask TPL, I'm Farah at Toronto Public Library."],
      [38, 'l', 'Is your child reading independently in French yet, or are you reading together?'],
      [80, 'p', 'reading together mostly'],
      [88, 'l', 'One moment while I check our lists.'],
      [160, 'l', 'Our "Lire en français" list at torontopubliclibrary.ca/kids has picture books for ages 6-8. Does that help?'],
      [200, 'p', 'yes, a shorter list of the easiest ones would be great'],
      [210, 'l', "Happy to. I'll pull the ten easiest and send them to the address you gave before the weekend. Anything else I can help with?"],
      [240, 'p', "no that's everything, merci"],
      [246, 'l', 'Merci, bye for now!'],
    ],
    over: FU_ME,
    // reading: the patron gave the address in the chat; "the address you gave" needs no repeat
    exp: usual(FU_OK),
  },
  {
    name: 'non-native formal, scholarship: "Please write to priya.nair@outlook.com" and "I will ... email you ... by tomorrow afternoon": contact passes',
    lines: [
      [0, 'p', 'Respected sir/madam, I am searching scholarship for international student in nursing'],
      [24, 'l', 'Hello, good evening. I am Rakesh, library assistant at the Central Library Ask service.'],
      [32, 'l', 'Which level of study is it for, undergraduate or masters?'],
      [70, 'p', 'Masters. Please write to priya.nair@outlook.com, thank you so much'],
      [78, 'l', 'Kindly wait, I am checking.'],
      [160, 'l', 'The IIE Funding for US Study database at fundingusstudy.org lists nursing awards; filter by Masters. Is this information useful to you?'],
      [200, 'p', 'Yes, but I need ones for Indian students specially'],
      [210, 'l', 'I will search more and email you at priya.nair@outlook.com by tomorrow afternoon. Anything else?'],
      [240, 'p', 'No more questions, thank you'],
      [246, 'l', 'Thank you, have a good evening!'],
    ],
    over: FU_ME,
    exp: usual(FU_OK),
  },
  {
    name: 'chat-speak, patron phone with spaces and provider "ill txt u tmrw": contact passes',
    lines: [
      [0, 'p', 'hey do u guys have the sat prep book from princeton review'],
      [15, 'l', "hi! it's Mo @ Dayton Metro Library 🙂"],
      [22, 'l', 'which year edition u need?'],
      [45, 'p', '2025 pls'],
      [50, 'l', 'sec, checking'],
      [100, 'l', 'catalog at daytonmetrolibrary.org shows 2024 on shelf at Main, 2025 on order. that help?'],
      [130, 'p', 'can u tell me when the 2025 comes in? 937 555 0188'],
      [138, 'l', 'ya ill check w/ acquisitions + txt u at 937-555-0188 tmrw. anything else?'],
      [160, 'p', 'nope thats all thx'],
      [165, 'l', 'thx for chatting, bye!'],
    ],
    over: FU_ME,
    // reading: "tmrw" is chat-speak for tomorrow: a time
    exp: usual(FU_OK),
  },
  {
    name: 'patron\'s own time: "can you send it by Friday?" answered "Sure, I\'ll email it": contact fails',
    lines: [
      [0, 'p', 'i need articles on urban heat islands for a paper, my email is h.ruiz@umbc.edu'],
      [20, 'l', "Hello! I'm Carla, a librarian at UMBC's Kuhn Library."],
      [28, 'l', 'Is there a city or region your paper focuses on?'],
      [60, 'p', 'Baltimore'],
      [68, 'l', 'One moment while I search.'],
      [150, 'l', 'In Academic Search Ultimate (library.umbc.edu/databases) try "urban heat island" AND Baltimore; there are 40 peer-reviewed hits. Does that help?'],
      [190, 'p', 'yes. could you send me a few of the best ones by friday?'],
      [198, 'l', "Sure, I'll pick the best five and email them. Anything else?"],
      [225, 'p', 'thats all'],
      [231, 'l', 'Thanks, good luck!'],
    ],
    over: FU_ME,
    // reading: the time is the patron's (N3); the provider says none
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'a hold, not a promise: "I\'ll be back in two minutes with that" and a phone in the chat, coded Answered: contact na',
    lines: [
      [0, 'p', 'whats the phone number for the Catonsville branch'],
      [15, 'l', 'Hi, this is Ed at BCPL Ask Us.'],
      [22, 'l', 'Do you want the main desk or the children\'s desk?'],
      [40, 'p', 'main desk'],
      [46, 'l', "I'll be back in two minutes with that."],
      [110, 'l', "Catonsville's main desk is 410-887-0951, and the hours are on bcpl.info/locations. Does that answer your question?"],
      [140, 'p', "yes that's all i needed, thanks"],
      [146, 'l', 'Thanks for chatting, bye!'],
    ],
    // reading: a return within the chat is a hold (N11), no follow-up session
    // reading: giving the branch's number the patron asked for tells the patron to contact no one: no referral
    exp: usual(),
  },
];

const Q: Line = [0, 'p', 'hi, can you find the 1962 school board minutes for Dundalk?'];
const HI: Line = [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library."];
/** The question, the greeting, then `lines`. */
const s = (lines: Line[]): Line[] => [Q, HI, ...lines];
const ASK: Line = [40, 'l', "I'll need to check the minutes in the archive and get back to you. What's the best way to reach you?"];

export const short: SessionCase[] = [
  // ---- the patron gives a contact ----
  {
    name: 'spelled out "jdoe at gmail dot com" and "I\'ll email you early next week": contact passes',
    lines: s([ASK, [70, 'p', 'jdoe at gmail dot com'], [80, 'l', "Thanks! I'll email you early next week."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'spaces round the @ "jdoe @ gmail.com" and "within two business days": contact passes',
    lines: s([ASK, [70, 'p', 'jdoe @ gmail.com'], [80, 'l', "Great, you'll hear from me within two business days."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"text me at 410 555 0134" and "I\'ll text you by COB Thursday": contact passes',
    lines: s([ASK, [70, 'p', 'text me at 410 555 0134'], [80, 'l', "Will do, I'll text you by COB Thursday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"(410) 555-0134" and "I\'ll call you in a day or two": contact passes',
    lines: s([ASK, [70, 'p', '(410) 555-0134'], [80, 'l', "Thanks, I'll call you in a day or two."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"+1 410.555.0134" and "expect a text from me before the weekend": contact passes',
    lines: s([ASK, [70, 'p', '+1 410.555.0134'], [80, 'l', 'Got it. Expect a text from me before the weekend.']]),
    over: FU_ME,
    // reading: "before the weekend" names a span the patron can hold the provider to
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"my school email jsmith23@students.towson.edu" and "I\'ll send it after the holiday, on Monday": contact passes',
    lines: s([ASK, [70, 'p', 'my school email jsmith23@students.towson.edu'], [80, 'l', "Thanks! I'll send it after the holiday, on Monday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"emial is kwong88@hotmail.com" (typo) and "I\'ll email it by end of day": contact passes',
    lines: s([ASK, [70, 'p', 'emial is kwong88@hotmail.com'], [80, 'l', "Got it: kwong88@hotmail.com. I'll email it by end of day."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"best # is 443-555-0199 after 5" and "I\'ll call first thing tomorrow": contact passes',
    lines: s([ASK, [70, 'p', 'best # is 443-555-0199 after 5'], [80, 'l', "Okay, I'll call first thing tomorrow."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'dictated "four one oh five five five oh one nine nine" as the phone and "you\'ll hear back sometime this week": contact passes',
    lines: s([ASK, [70, 'p', 'call me on four one oh five five five oh one nine nine'], [80, 'l', "Thank you, you'll hear back from me sometime this week."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'British mobile "07700 900123" and "I\'ll ring you by Friday": contact passes',
    lines: s([ASK, [70, 'p', '07700 900123, that is my mobile'], [80, 'l', "Lovely, I'll ring you by Friday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'Australian "0412 345 678" and "I\'ll ring you within 72 hrs": contact passes',
    lines: s([ASK, [70, 'p', 'u can reach me on 0412 345 678'], [80, 'l', "No worries, I'll ring you within 72 hrs."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- the provider confirms ----
  {
    name: '"I have you as jdoe@gmail.com, is that right?" after the patron typed it, and "by the 14th": contact passes',
    lines: s([ASK, [70, 'p', 'jdoe@gmail.com'], [80, 'l', "I have you as jdoe@gmail.com, is that right? I'll have the minutes to you by the 14th."], [100, 'p', 'yes']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"Just to confirm, that\'s 410-555-0134?" and "no later than Friday": contact passes',
    lines: s([ASK, [70, 'p', '4105550134'], [80, 'l', "Just to confirm, that's 410-555-0134? I'll text you no later than Friday."], [100, 'p', 'yep']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'account address repeated back: "We have dlee@comcast.net on file for you, is that still good?" and "by tomorrow": contact passes',
    lines: s([ASK, [70, 'p', 'my email is the one on my account'], [80, 'l', "We have dlee@comcast.net on file for you, is that still good? I'll email you by tomorrow."], [100, 'p', 'yes']]),
    over: { ...FU_ME, patron: { name: null, email: 'dlee@comcast.net', phone: null } },
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll send it to the address you gave" with the address given earlier, and "later today": contact passes',
    lines: s([[40, 'p', 'my email is ana.p@gmail.com btw'], [50, 'l', "Thanks. I'll need to check the archive; I'll send it to the address you gave later today."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'the provider asks to double-check: "Can I double check your email, d.ferreira@umd.edu?" and "within 48 hours": contact passes',
    lines: s([ASK, [70, 'p', 'd.ferreira@umd.edu'], [80, 'l', "Can I double check your email, d.ferreira@umd.edu? You'll get the scans within 48 hours."], [100, 'p', 'yes thats it']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- when ----
  {
    name: 'chat-speak "ill txt u tmrw": contact passes',
    lines: s([ASK, [70, 'p', '410 555 0134'], [80, 'l', 'k ill txt u tmrw w/ what i find']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'British "I\'ll pop an email over to you by Friday": contact passes',
    lines: s([ASK, [70, 'p', 'r.hughes@btinternet.com'], [80, 'l', "Brilliant, I'll pop an email over to you by Friday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'backup staff "Someone from your library will contact you within 48 hours", coded Follow-up by patron\'s library: contact passes',
    lines: s([[40, 'p', 'my email is lnguyen@gmail.com'], [50, 'l', 'Thanks! Someone from your library will contact you within 48 hours.']]),
    over: FU_LIB,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    name: 'cooperative "Our ILL team will email you in 3-5 business days": contact passes',
    lines: s([[40, 'p', 'lnguyen@gmail.com is my email'], [50, 'l', 'Our ILL team will email you in 3-5 business days.']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'terse "Will send over tonight." after the e-mail: contact passes',
    lines: s([ASK, [70, 'p', 'bk@proton.me'], [80, 'l', "Noted. I'll send it over tonight."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll be in touch by Wednesday at the latest": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll be in touch by Wednesday at the latest."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll have the list to you by the 14th": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll have the list to you by the 14th."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'Indian English "I shall revert to you by tomorrow afternoon": contact passes',
    lines: s([ASK, [70, 'p', 'anil.k@rediffmail.com'], [80, 'l', 'Thank you sir, I shall revert to you by tomorrow afternoon.']]),
    over: FU_ME,
    // reading: "revert to you" (Indian English for "reply to you") with a time says when the information will come
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll get back to you early next week" (promise): contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Perfect. I'll get back to you early next week."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // ---- the session is a follow-up session by promise ----
  {
    name: 'promise without a code: "I\'ll email you what I find within two business days", coded Answered: code fails, contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you what I find within two business days."]]),
    exp: some({ contact: 'pass', code: 'fail', onTime: 'pending' }),
  },
  {
    name: 'promise, no codes in the source (field left out): code na, contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you what I find by Friday."]]),
    over: { resolutionCode: undefined },
    exp: some({ contact: 'pass', code: 'na', onTime: 'pending' }),
  },
  // ---- near misses ----
  {
    name: 'near miss N1: "The book is due back by Friday" after "I\'ll email you the list": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you the list. The book you have is due back by Friday."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N2: "We\'re open until 9 tonight" after "I\'ll send it": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll send it to you. We're open until 9 tonight if you'd rather stop by."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N3: the patron\'s "by friday?" answered "Sure, I\'ll email it": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com, can u send it by friday?'], [80, 'l', "Sure, I'll email it."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N4: "I\'ll get back to the shelves now" is no promise: contact na',
    lines: s([[40, 'l', "The minutes are in the Dundalk vertical file, which you can see at the branch. I'll get back to the shelves now."], [60, 'p', 'ok thanks']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss N5: the recorder\'s address, not the patron\'s, with a follow-up code: code fails',
    lines: s([[40, 'l', "You can email the county recorder at recorder@countymd.gov for the deed. I'll look into the minutes and follow up by Friday."], [60, 'p', 'ok']]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'near miss N6: "I\'ll email you as soon as I can" names no time: contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you as soon as I can."]]),
    over: FU_ME,
    // reading: "as soon as I can" names no time
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N7: "I\'ll send it soon!": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll send it soon!"]]),
    over: FU_ME,
    // reading: "soon" names no time
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N8: the library\'s phone "Call us at 410-555-0100", a follow-up code and no patron contact: code fails',
    lines: s([[40, 'l', "I'll look into the minutes and get back to you by Friday. Call us at 410-555-0100 if you need more."], [60, 'p', 'ok']]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'near miss N9: "What\'s your email address?" never answered, "by Friday": contact fails, code fails',
    lines: s([[40, 'l', "I'll look into the minutes and email you by Friday. What's your email address?"], [60, 'p', 'ok thanks bye']]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'near miss N10: "We have your email on file, I\'ll send it there by Friday" (never mentioned): contact fails, code passes',
    lines: s([[40, 'l', "We have your email on file, so I'll send it there by Friday."], [60, 'p', 'great']]),
    over: { ...FU_ME, patron: { name: null, email: 'm.king@gmail.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N11: "I\'ll be back in two minutes with that" is a hold, coded Answered: contact na, code passes',
    lines: s([[40, 'l', "I'll be back in two minutes with that."], [100, 'l', 'The minutes are in the Dundalk vertical file at the North Point branch.'], [120, 'p', 'thanks']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss N12: "the system emails you" about a hold within 2 business days: contact na',
    lines: s([[40, 'l', 'I placed the hold; it will be ready within 2 business days and the system emails you automatically.'], [60, 'p', 'ok thx']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss N13: "it usually takes a week" about the ILL form: contact na',
    lines: s([[40, 'l', 'Our ILL form is at sample.lib.md.us/ill; it usually takes a week.'], [60, 'p', 'ok thx']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss N14: "my email is the one on my account", never echoed, "by Friday": contact fails, code passes',
    lines: s([ASK, [70, 'p', 'my email is the one on my account'], [80, 'l', "Okay, I'll email you by Friday."]]),
    over: { ...FU_ME, patron: { name: null, email: 'm.king@gmail.com', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss N15: the archive\'s phone and its Tuesday hours, no promise: contact na',
    lines: s([[40, 'l', "The archive's phone is 410-555-0160; they're open Tuesday. You can call them about the minutes."], [60, 'p', 'ok thanks']]),
    exp: some({ contact: 'na', code: 'pass', referral: 'pass' }),
  },
  {
    name: 'near miss N16: "I\'ll get back to you on that in a sec" is within the chat: contact na',
    lines: s([[40, 'l', "I'll get back to you on that in a sec."], [70, 'l', 'The minutes are in the Dundalk vertical file at North Point.'], [90, 'p', 'thx']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    name: 'near miss N17: "Your card expires on the 14th" after "I\'ll email you": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you the minutes. Your card expires on the 14th, by the way."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'near miss: a follow-up code, the patron\'s phone only in the patron fields: code passes, contact fails',
    lines: s([[40, 'l', "I'll look into the minutes and call you by Friday."], [60, 'p', 'ok']]),
    over: { ...FU_ME, patron: { name: null, email: null, phone: '410-555-0134' } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  // ---- written after the first run (labelled from RUBRIC.md all the same) ----
  {
    name: 'later: "jdoe(at)gmail(dot)com" and "You\'ll have it in your inbox by Tuesday": contact passes',
    lines: s([ASK, [70, 'p', 'jdoe(at)gmail(dot)com'], [80, 'l', "Thanks! You'll have it in your inbox by Tuesday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "my cell: 410/555/0134" and "I\'ll text you the page numbers by end of next week": contact passes',
    lines: s([ASK, [70, 'p', 'my cell: 410/555/0134'], [80, 'l', "Thanks, I'll text you the page numbers by the end of next week."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "And that\'s 443 555 0199 for the text, yes?" and "in the next day or so": contact passes',
    lines: s([ASK, [70, 'p', '443 555 0199'], [80, 'l', "And that's 443 555 0199 for the text, yes? I'll send the scans along in the next day or so."], [95, 'p', 'yes']]),
    over: FU_ME,
    // reading: "in the next day or so" names a span
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "Expect an email from me within the week": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', 'Thank you. Expect an email from me within the week.']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll send it over by close of business tomorrow": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Great, I'll send it over by close of business tomorrow."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll have an answer for you by Monday": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll have an answer for you by Monday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: British "Our archivist will reply by email within 5 working days": contact passes',
    lines: s([ASK, [70, 'p', 'r.hughes@btinternet.com'], [80, 'l', 'Lovely. Our archivist will reply by email within 5 working days.']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll email you on the 3rd": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, the archive is shut till then, so I'll email you on the 3rd."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll email it over by midday": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Cheers, I'll email it over by midday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "You can expect my email by 5pm": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', 'Thank you. You can expect my email by 5pm.']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll message you in a few hours": contact passes',
    lines: s([ASK, [70, 'p', '410-555-0134'], [80, 'l', "Ok, I'll message you in a few hours."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll send it Monday morning": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Got it, I'll send it Monday morning."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: chat-speak "will email u b4 friday": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', 'kk will email u b4 friday']]),
    over: FU_ME,
    // reading: "b4 friday" is chat-speak for "before Friday"
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll call you back later this afternoon": contact passes',
    lines: s([ASK, [70, 'p', '410-555-0134'], [80, 'l', "Thanks, I'll call you back later this afternoon."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: the time first, "By Thursday you\'ll have an email from me": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Noted. By Thursday you'll have an email from me."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "I\'ll email you a week from today": contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you a week from today."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: "in 1-2 business days" from the ILL team: contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you the article in 1-2 business days."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: the promise before the contact, "I\'ll email you within 2 business days" then the patron types it: contact passes',
    lines: s([[40, 'l', "I'll need to dig into the archive, so I'll email you within 2 business days."], [60, 'p', 'ok, its sam.ortiz@yahoo.com']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later: the typed placeholder "[email]" from the patron and "by Friday": contact passes',
    lines: s([ASK, [70, 'p', 'my email is [email]'], [80, 'l', "Thanks, I'll email you by Friday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'later near miss: the hold\'s date in the same sentence, "I\'ll email you the list, and your hold expires Friday": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "I'll email you the list, and your hold expires Friday."]]),
    over: FU_ME,
    // reading: "expires Friday" is the hold's date, not when the list comes
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'later near miss: the provider\'s own address, "You can reach me at jo.smith@sample.lib.md.us", a follow-up code: code fails, contact fails',
    lines: s([[40, 'l', "I'll look into the minutes and email you by Friday. You can reach me at jo.smith@sample.lib.md.us."], [60, 'p', 'ok bye']]),
    over: FU_ME,
    // reading: the provider's own address is not the patron's contact
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'later near miss: the provider will email the recorder at recorder@countymd.gov on the patron\'s behalf: code fails',
    lines: s([[40, 'l', "I'll email the recorder at recorder@countymd.gov for you and get back to you by Friday."], [60, 'p', 'ok thanks']]),
    over: FU_ME,
    // reading: the recorder's address is the agency's, not the patron's
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'later near miss: the patron will not give a contact, "id rather not give my email": contact fails, code fails',
    lines: s([[40, 'l', "I can look further and email you by Friday if you'd like to leave an address."], [60, 'p', "id rather not give my email, i'll check back"], [70, 'l', 'No problem, check back with us Friday then.']]),
    over: FU_ME,
    // reading: the follow-up code stays with no patron contact: resolution.code fails; the offer is turned down, but the
    // code alone makes it a follow-up session: followup.contact fails
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    name: 'later near miss: "I\'ll email you. I\'m here until 5pm today." (the shift): contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you. I'm here until 5pm today if you think of anything else."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'later near miss: the patron\'s own time "im free after 3 tomorrow" and "Ok, I\'ll call you": contact fails',
    lines: s([ASK, [70, 'p', '410-555-0134, im free after 3 tomorrow'], [80, 'l', "Ok, I'll call you."]]),
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'later near miss: a past day, "I checked last Friday, and I\'ll email you what I find": contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "I checked the index last Friday, and I'll email you what I find in the minutes."]]),
    over: FU_ME,
    // reading: "last Friday" is when the provider looked, not when the information comes
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'later near miss: "I\'ll email you shortly" names no time: contact fails',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Thanks, I'll email you shortly."]]),
    over: FU_ME,
    // reading: "shortly" names no time
    exp: some({ contact: 'fail', code: 'pass' }),
  },
];

/** Near misses of the changes: cases that must NOT change. */
export const guards: SessionCase[] = [
  {
    // guards followupSend's country code (the law library case): the library's number with "+1" sends nothing
    name: 'guard: "Call us at +1 410-555-0100 if you need more" is the library\'s number, no promise: contact na',
    lines: s([[40, 'l', 'The minutes are in the Dundalk vertical file. Call us at +1 410-555-0100 if you need more.'], [60, 'p', 'ok thanks']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // guards followupSend's country code: "You can text it to +1 …" is the patron's to do
    name: 'guard: "You can text it to +1 410-555-0100 to renew" is the patron\'s, no promise: contact na',
    lines: s([[40, 'l', 'Our renewal line takes texts: you can text it to +1 410-555-0100 to renew.'], [60, 'p', 'ok thanks']]),
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // guards notPromise's "on that" (N16): a time after it keeps the promise
    name: 'guard: "I\'ll get back to you on that tomorrow" still promises: contact passes with the e-mail',
    lines: s([[40, 'p', 'sam.ortiz@yahoo.com'], [50, 'l', "I'll get back to you on that tomorrow."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // guards notPromise's "on that" (N16): days are no return within the chat
    name: 'guard: "I\'ll get back to you on that in a few days by email" still promises, coded Answered: code fails',
    lines: s([[40, 'p', 'sam.ortiz@yahoo.com'], [50, 'l', "I'll get back to you on that in a few days by email."]]),
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // guards otherDateC2 (the hold's date case): the delivery's own time after the hold's date still counts
    name: 'guard: "Your hold expires Friday, so I\'ll email you the list tomorrow" says when: contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "Your hold expires Friday, so I'll email you the list tomorrow."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // guards otherDateC2: "by Friday at the latest" is no "last Friday"
    name: 'guard: "I\'ll email you by Friday at the latest" says when: contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "I'll email you by Friday at the latest."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // guards otherDateC2: "the last of the scans … by Monday" keeps Monday
    name: 'guard: "I\'ll send the last of the scans to you by Monday" says when: contact passes',
    lines: s([ASK, [70, 'p', 'sam.ortiz@yahoo.com'], [80, 'l', "I'll send the last of the scans to you by Monday."]]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // guards partyContactC2 (the recorder case): the patron's address after "to you at" is still repeated back
    name: 'guard: "I\'ll email the list to you at sam.ortiz@yahoo.com by Friday" repeats the patron\'s: code passes, contact passes',
    lines: s([[40, 'l', "I'll email the list to you at sam.ortiz@yahoo.com by Friday."], [60, 'p', 'perfect thanks']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // guards partyContactC2: "I'll text you on 0412 345 678" is the patron's number
    name: 'guard: "I\'ll text you on 0412 345 678 by Friday, is that right?" repeats the patron\'s: contact passes',
    lines: s([[40, 'l', "I'll text you on 0412 345 678 by Friday, is that right?"], [60, 'p', 'yep']]),
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-seventh round (C2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-seventh round (C2): contacts, every check', whole);
describeSessions('twenty-seventh round (C2): contacts, short cases', short);
describeSessions('twenty-seventh round (C2): contacts, near misses of the changes', guards);

describeLeft('twenty-seventh-round-contacts', LEFT);
