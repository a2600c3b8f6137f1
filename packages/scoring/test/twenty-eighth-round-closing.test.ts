/**
 * Twenty-eighth round, block D5: the LEFT sweep of COMPLETENESS QUESTIONS, DISMISSALS, FLAGS, FOLLOW-UP CONTACTS AND CODES
 * (followup.completeness, closing.no_dismissal, the negative_comment flag, followup.contact, resolution.code). Earlier
 * rounds' `LEFT` cases of this area, re-read against RUBRIC.md, fixed where a narrow reading generalises, each fix with
 * sessions saying the same in other words and near misses that must not change.
 *
 * TAKEN (21, by the check that comes out wrong): eighteenth-round-falsefail ("does that help at all or am I rambling lol"),
 * eighteenth-round-falsepass (2: the drop box, "Is that her?"), nineteenth-round-falsepass ("Is it any good?"),
 * tenth-round-academic ("Is that alright?"), tenth-round-tech ("Did you get the e-mail?"), twentieth-round-falsefail (2:
 * FamilySearch, "close of play"), twentieth-round-platforms (the system line's address), twenty-first-round-messy ("Is that
 * it?"), twenty-first-round-questions-checked (the death record), twenty-fourth-round-proxies (the sister's phone),
 * twenty-seventh-round-codes (2 comments), twenty-seventh-round-limits ("brb… nvm gotta run"),
 * twenty-seventh-round-settings-checked (the number without "you"), twenty-sixth-round-parting ("Are those the kind of thing
 * she'd like?"), twenty-sixth-round-promising ("of any use"), twenty-third-round-international (2: "Is it fine?", "last
 * time"), twenty-third-round-patronwords (the pasted agency number). Looked at and not counted: eighteenth-round-falsefail's
 * "dose that help?" case (its completeness passes now; its greeting is D4's), eleventh-round-referrals' "Does that sound
 * good?" (runs in its `short` list, not LEFT), tenth-round-tech's school-IT case (LEFT for its referral, D1/D2's).
 *
 * FIXED AND MOVED (10): FamilySearch, "kind of thing she'd like", "of any use in the meantime", "Is it fine?", "solved … last
 * time", "brb… nvm gotta run", "I'll text the link on 0412 345 678", the pasted agency number (sessions, `left` below) and
 * the two survey comments (`LEFT_COMMENTS_FIXED` below).
 * DROPPED AS MISLABELLED: none (every label reads right against RUBRIC.md's text).
 * STILL LEFT (11), in their files with their reasons: "rambling lol" (a nine-word tail without "?"), the drop box, "Is that
 * her?", "Is it any good?" (each needs the sentence or the patron message before), "Is that alright?" after a promise (an
 * eighth-round label reads a consent after a promise as no completeness question), "Did you get the e-mail?" (clarifies before
 * any help), "close of play" (whose time it is needs the clause's subject), the system line's address (a new source of patron
 * contacts), "Is that it?" (all common words, also "is that all?"), the death record (the offer is in the sentence before),
 * the sister's phone (an earlier round reads a relative's contact given for the follow-up as the patron's).
 *
 * WHAT EACH FIX READS
 *  1. `moreCompleteD5` (classify.ts): whole-sentence questions about what was given: "Is that page of any use (to you) (in
 *     the meantime)?", "Has FamilySearch got what you need for now?", "Are those the kind of thing she'd like?"; and the bare
 *     "Is it fine?" / "Is that alright?" only right after a sentence of the same message that gives a source (a URL, or a
 *     named resource with no time in it) and offers nothing. ["Is that the kind of thing you'd like me to look for?", "Has
 *     the ILL office got what they need from you, your student ID?", "I can mail you the receipt tomorrow. Is it
 *     fine?", "Is that alright?" in a message
 *     of its own after a promise (the tenth round's case, left: an eighth-round label reads a consent after a promise as no
 *     completeness question).]
 *  2. completeness[0] (v1's "was your <noun> … solved"): not when another time follows ("last time", "yesterday", "last
 *     week", "previously"). ["Was your problem solved?" still asks.]
 *  3. negativeComment[0]: v1's bare "wrong" when the patron had the wrong thing ("I had / typed / got the wrong …"), and
 *     "annoyed with the website / the catalogue annoyed me" (a thing, not a person), each only when the comment goes on to
 *     praise the help (C8's PRAISE_AFTER_C8). ["she gave me the wrong edition", "the librarian seemed annoyed with me",
 *     "annoyed with the website and nobody helped" still complain.]
 *  4. `holdTakenBackD5` (closing.ts): a hold taken back ("never mind", "scratch that", "forget it") and then leaving for the
 *     provider's convenience in the same message is no hold; with v8's "got to run" allowed after "actually / never mind".
 *     ["brb... actually nvm, found it: …", "One moment, never mind the photo question, I'll check the archive" pass.]
 *  5. patronContactContext: "I'll / we will text (the link / the details) on / to <number>" is the patron's number. ["You can
 *     text the library on 0412 111 222" names the library's.]
 *  6. `toCallD5` (facts.ts): a patron message whose every contact is one they were told to call ("the county site says call
 *     410-555-0100", "the letter told me to ring …") gives no patron contact. ["please call me at 410-555-0100", "my number is
 *     …" stay the patron's.]
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ANSWERED_NURSING, chat, DAY, describeSessions, FU_LIB, FU_ME, type Key, type Line, score, type SessionCase, some, type St, T0, usual } from './helpers';

const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const IN_ASKED: Line[] = [
  [0, 'p', 'good evening mam, i am having one doubt. how to renew books online?'],
  [30, 'l', 'Good evening! This is Lakshmi, librarian at Ask Chennai Libraries. May I know your library card is of which branch?'],
  [55, 'p', 'Anna Nagar branch madam'],
];
const IN_ANSWER = 'Kindly login at chennailibraries.in/renew with card number and PIN, then click Renew on each book.';

/** twenty-seventh-round-limits' BASE: an answer, then the patron's second question. */
const LIMITS_BASE: Line[] = [
  [0, 'p', 'hi, do you have books about the Dust Bowl for a school report?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library. What grade is the report for?"],
  [50, 'p', '8th grade'],
  [70, 'l', 'Try The Worst Hard Time by Timothy Egan in our catalogue at catalog.sample.org, and the Britannica School database. Does that help?'],
  [100, 'p', 'yes, and do you have old photos from then too?'],
];

/** The LEFT cases fixed, moved here from their files (names kept). */
export const left: SessionCase[] = [
  {
    // from twenty-seventh-round-limits.test.ts
    // LEFT: dismissal passes. "brb" is read "be right back", a hold message (RUBRIC.md's Terms), and a hold that does not
    // announce the end is never a dismissal (checks/closing.ts); telling a hold taken back ("actually nvm") from a hold
    // would overturn that older reading for every message that holds and then says something else.
    name: '"brb... actually nvm gotta run, ttyl"',
    lines: [...LIMITS_BASE, [120, 'l', 'brb... actually nvm gotta run, ttyl']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // from twenty-seventh-round-settings-checked.test.ts
    // LEFT: an older reading (before v28) does not take a number the provider types without "you / your" as the
    // patron's, with or without `partyContactC2` (checked with it off); not the first wave's change
    // reading: "I'll text the link on 0412 345 678" is the patron's number (the text comes to the patron)
    name: '"I\'ll text the link on 0412 345 678 tomorrow morning." confirms the patron\'s: contact passes',
    lines: [
      [0, 'p', 'is there an online copy of the 1954 flood report'],
      [24, 'l', 'Hi, Kim at Ask a Librarian, State Library of Queensland. For Brisbane or Ipswich?'],
      [60, 'p', 'ipswich'],
      [90, 'l', "I'll text the link on 0412 345 678 tomorrow morning."],
      [120, 'p', 'yes thats my mobile, thanks'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // from twenty-third-round-patronwords.test.ts
    // reading: a number the patron typed that is the agency's is not the patron's contact; none is known
    // LEFT: code and contact come out pass. v6's reading takes every contact the patron typed as the patron's own (v23 left
    // the same reading in place for a number the provider repeats); telling whose a typed number is would overturn it.
    name: 'the patron pastes the tax office\'s number ("the site says call 410-555-0100"); the provider promises an e-mail by Friday, Follow-up by me, no patron contact: code and contact fail',
    lines: [[0, 'p', 'the county site says call 410-555-0100 about my property tax credit but nobody answers. what forms do i need'], [25, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Is this the Homeowners\' Tax Credit or the senior credit?'], [60, 'p', 'homeowners'], [100, 'l', 'The form is on dat.maryland.gov under Tax Credit Programs. I will check whether the county needs anything extra and email you by Friday. Does that help for now?'], [130, 'p', 'yes thats all'], [136, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // from twentieth-round-falsefail.test.ts
    // LEFT: "Has FamilySearch got what you need for now?" is no completeness question to the scorer (v3's "did you get what you
    // need" wants the patron as subject); an alternative would be keyed on "got" or "need", words too common to run a family
    // at (the round's rule: rare words only)
    // reading: "Has FamilySearch got what you need for now?" asks about the source given; "That is all." says the patron is done
    // v23 (X3): still left: the only rare word near it is the resource's own name; "got what you need" keyed on "got" or
    // "need" would run the completeness family at two of the commonest chat words
    name: 'LEFT (completeness: "Has FamilySearch got what you need for now?") Yorkshire: the patron\'s library will "ring you before the weekend", number repeated back, coded Follow-up by patron\'s library',
    lines: [
      [0, 'p', "Hello, I wondered if you could help. I need the parish registers for St Mary's, Whitby, 1790s. Are they held locally?"],
      [52, 'l', "Good afternoon, thank you for contacting Ask Yorkshire Libraries. I'm Tom, an information officer. Are you after baptisms, marriages or burials?"],
      [110, 'p', 'Baptisms mainly.'],
      [118, 'l', 'Whitby baptisms of the 1790s are on FamilySearch (familysearch.org) as indexed transcripts. Our colleagues at Whitby Library hold a microfiche copy of the register and can check the entries against it for you. Would you like them to ring you?'],
      [160, 'p', 'Yes please, 01947 600 123'],
      [166, 'l', 'Thank you, 01947 600 123. Someone from Whitby Library will ring you before the weekend. Has FamilySearch got what you need for now?'],
      [200, 'p', 'It has, thank you. That is all.'],
      [205, 'l', 'Lovely. Thanks for contacting us, and do get in touch again.'],
    ],
    over: FU_LIB,
    exp: followed(),
  },
  {
    // from twenty-sixth-round-parting.test.ts
    // LEFT (followup.completeness, another helper's area): "Are those the kind of thing she'd like?" asks whether the books given
    // meet the need (for the patron's mother); the scorer reads no completeness question. The closing checks pass as labelled.
    name: 'the patron is done on their own: "ok that\'s all I needed, you\'ve been super helpful" / "So glad! Happy reading!"',
    lines: [
      [0, 'p', 'looking for a cozy mystery series for my mom, she loved the thursday murder club'],
      [30, 'l', "Hi! This is Grace, a readers' advisory librarian at Multnomah County Library."],
      [35, 'l', "Does she prefer British settings like Osman's, or is anywhere fine?"],
      [66, 'p', 'british for sure'],
      [72, 'l', "Try the Agatha Raisin series by M.C. Beaton, or Richard Coles's Murder Before Evensong; both are in our catalog at multcolib.org. Are those the kind of thing she'd like?"],
      [118, 'p', "ok that's all I needed, you've been super helpful"],
      [122, 'l', 'So glad! Happy reading!'],
    ],
    exp: usual(),
  },
  {
    // from twenty-sixth-round-promising.test.ts
    // LEFT: completeness passes. "Is that page of any use in the meantime?" asks whether the page given meets the need; the
    // completeness family has no "of any use" (another area's family; the follow-up checks of this case all pass)
    // (5) cooperative backup staff in another state: "Someone from your home library will contact you within 2 business
    // days"; nothing recorded five days later
    name: 'backup staff from Oregon for Maryland: "Someone from your home library will contact you within 2 business days", nothing recorded after 5 days: on time fails',
    lines: [
      [0, 'p', 'Hi I want to know if Howard County library can proctor an exam for my online course'],
      [37, 'l', "Hello! I'm Bree, a librarian in Oregon staffing the Ask Us Now! cooperative tonight, so I'm not at Howard County myself."],
      [44, 'l', 'Is the exam on paper or online, and do you know roughly when you need to take it?'],
      [90, 'p', 'online, sometime in april. my email is dnguyen.hc@gmail.com'],
      [97, 'l', "Thanks. Let me look at their website."],
      [180, 'l', "HCLS's services page (hclibrary.org, About > Services) mentions proctoring but not the details. I'll pass your question on to them: someone from your home library will contact you within 2 business days at dnguyen.hc@gmail.com. Is that page of any use in the meantime?"],
      [215, 'p', 'yes great'],
      [222, 'l', 'Is there anything else I can help with tonight?'],
      [250, 'p', 'no thats it'],
      [256, 'l', 'Thank you for using Ask Us Now! Good night.'],
    ],
    over: FU_LIB,
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // from twenty-third-round-international.test.ts
    // LEFT: followup.completeness fails. "Is it fine?" right after the answer asks whether what was given suits the need, but
    // it is keyed only on common words, and after an offer ("I can also mail you the receipt tomorrow, is it fine?", a
    // short case here) or a plan the same words ask about what is not yet given; telling the two apart needs more than a
    // phrase (the "good name" half of the case is fixed by `nameQuestionY3`, and run in the short cases).
    // reading: "What is your good name?" asks the patron's name, which does not shape the answer: no clarifying question
    // before the first source; "Is it fine?" right after the answer asks whether what was given suits the need
    name: 'an Arabic-speaking newcomer in Dearborn asks for ESL classes: "What is your good name?" the only question, the class page, "Is it fine?", "any other query", "I don\'t have any other query"',
    lines: [
      [0, 'p', 'Salam, I am new in America. I want class for learn English free, for adult. where is?'],
      [36, 'l', 'Salam and welcome! This is Karim, librarian at Dearborn Public Library chat.'],
      [41, 'l', 'What is your good name?'],
      [70, 'p', 'My name is Huda'],
      [90, 'l', 'Nice to meet you Huda. Our free adult English classes are on Monday and Wednesday evenings, the schedule and registration are at dearbornlibrary.org/esl. Is it fine?'],
      [130, 'p', 'yes is good. I don\'t have any other query. thank you'],
      [136, 'l', 'Thank you Huda, good luck with the classes!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // from twenty-third-round-international.test.ts
    // LEFT: followup.completeness passes. v1's family reads "was your <noun> … solved" as a completeness question whatever
    // follows ("Was your problem solved by the IT desk last time?" asks about the past, not what was given); narrowing
    // v1's first alternative by time words is outside this area (it would move earlier rounds' readings).
    name: '"Was your problem solved by the IT desk last time?" after the answer asks about the past: completeness fails',
    lines: [...IN_ASKED, [70, 'l', `${IN_ANSWER} Was your problem solved by the IT desk last time?`], [100, 'p', 'no'], [105, 'l', 'Thank you, bye!']],
    exp: some({ complete: 'fail' }),
  },
];

/** A patron question, the provider's greeting and clarifying question, the patron's answer; then `answer` and a goodbye. */
function asked(answer: string, reply = 'yes thanks, thats all'): Line[] {
  return [
    [0, 'p', 'hi, im looking for help with something for my family history'],
    [20, 'l', 'Hello, this is Jo at Sample County Library. Which county and which years?'],
    [50, 'p', 'Yorkshire, 1850s'],
    [80, 'l', answer],
    [110, 'p', reply],
    [115, 'l', 'Thanks for chatting, bye!'],
  ];
}

/** The same behaviours in other words (each labelled from RUBRIC.md before running). */
export const paraphrases: SessionCase[] = [
  // moreCompleteD5: "of any use"
  {
    name: 'British: "The parish maps are on the NLS site at maps.nls.uk. Are those of any use to you?": completeness passes',
    lines: asked('The parish maps are on the NLS site at maps.nls.uk. Are those of any use to you?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'chat-speak: "census index is at freecen.org.uk. is it any use for u?": completeness passes',
    lines: asked('census index is at freecen.org.uk. is it any use for u?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'formal: "The Borthwick Institute\'s guide is at york.ac.uk/borthwick. Was that guide of any help?": completeness passes',
    lines: asked("The Borthwick Institute's guide is at york.ac.uk/borthwick. Was that guide of any help?"),
    exp: some({ complete: 'pass' }),
  },
  // moreCompleteD5: "got what you need"
  {
    name: '"Has the catalogue got what you need for now? It is at catalogue.sample.org." asks about the catalogue given: passes',
    lines: asked('The register transcripts are in our catalogue at catalogue.sample.org under Local Studies. Has the catalogue got what you need for now?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'non-native: "Have these links got you what you needed?" after two URLs: completeness passes',
    lines: asked('Please see ukbmd.org.uk and freebmd.org.uk for the indexes. Have these links got you what you needed?'),
    exp: some({ complete: 'pass' }),
  },
  // moreCompleteD5: "the kind of thing she'd like"
  {
    name: '"Are these the sort of books he\'d enjoy?" after titles from the catalogue: completeness passes',
    lines: asked("Try Who Do You Think You Are? Magazine and Tracing Your Yorkshire Ancestors by Rachel Bellerby, both in our catalog at samplelibrary.org. Are these the sort of books he'd enjoy?"),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'Australian: "Are they the kind of thing you\'d want?" after the Trove link: completeness passes',
    lines: asked("Trove has the Yorkshire papers digitised: trove.nla.gov.au. Are they the kind of thing you'd want?"),
    exp: some({ complete: 'pass' }),
  },
  // moreCompleteD5: the bare "Is it fine?" after a source
  {
    name: 'non-native: "The index is at freebmd.org.uk. Is that alright?" in the answer\'s message: completeness passes',
    lines: asked('The index is at freebmd.org.uk, search by surname and district. Is that alright?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"You can order the certificate at gro.gov.uk. Is this okay?": completeness passes',
    lines: asked('You can order the certificate online at gro.gov.uk with the index reference. Is this okay?'),
    exp: some({ complete: 'pass' }),
  },
  // completeness[0]: another time
  {
    name: '"Was your question answered by the front desk yesterday?" after the answer asks about the past: completeness fails',
    lines: asked('The index is at freebmd.org.uk, search by surname. Was your question answered by the front desk yesterday?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Was your issue resolved when you called previously?" after the answer: completeness fails',
    lines: asked('The index is at freebmd.org.uk, search by surname. Was your issue resolved when you called previously?'),
    exp: some({ complete: 'fail' }),
  },
  // holdTakenBackD5
  {
    name: 'one sec… "oh wait, never mind, I have to go, sorry" after the patron\'s new question: dismissal fails',
    lines: [...LIMITS_BASE, [120, 'l', 'one sec... oh wait, never mind, I have to go, sorry']],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'British: "Bear with me. Actually, scratch that, I\'ve got to dash." after the patron\'s new question: dismissal fails',
    lines: [...LIMITS_BASE, [120, 'l', "Bear with me. Actually, scratch that, I've got to dash."]],
    exp: some({ dismissal: 'fail' }),
  },
  // patronContactContext: a number typed with "I'll text … on"
  {
    name: 'British: "We will text the details to 07700 900123 this afternoon." confirms the patron\'s number: contact and code pass',
    lines: [
      [0, 'p', 'do you have the 1930s electoral registers for Leeds'],
      [24, 'l', 'Hello, Sam at Leeds Libraries enquiries. Which ward?'],
      [60, 'p', 'Headingley'],
      [90, 'l', 'We will text the details to 07700 900123 this afternoon.'],
      [120, 'p', 'yes that is my mobile, thank you'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: 'chat-speak: "ill text the list on 555-201-3344 tmrw" confirms the patron\'s number: contact and code pass',
    lines: [
      [0, 'p', 'need a list of free tax help sites near me'],
      [24, 'l', 'hi! Jo at Sample County Library chat, which zip?'],
      [60, 'p', '21201'],
      [90, 'l', 'ill text the list on 555-201-3344 tomorrow'],
      [120, 'p', 'ya thats my cell thx'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  // toCallD5: the number the patron was told to call
  {
    name: 'the patron: "the letter told me to ring 0300 123 4567 but it just rings out"; the provider will e-mail by Monday, no patron contact: code and contact fail',
    lines: [
      [0, 'p', 'the letter told me to ring 0300 123 4567 but it just rings out. how do i appeal a parking fine'],
      [25, 'l', 'Hello, this is Sam at Ask Leeds Libraries. Is it a council fine or a private car park?'],
      [60, 'p', 'council'],
      [100, 'l', 'The appeal form is at leeds.gov.uk/parking. I will find out the deadline and email you by Monday. Does that help for now?'],
      [130, 'p', 'yes thats all'],
      [136, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    name: 'non-native: "website is saying to call 212-555-0199 but nobody pick up"; the provider will email tomorrow, no patron contact: code fails',
    lines: [
      [0, 'p', 'hello, website is saying to call 212-555-0199 for the rent freeze program but nobody pick up. what documents i need?'],
      [25, 'l', 'Hello, I am Ana, librarian at Ask NYPL. Is it for SCRIE or DRIE?'],
      [60, 'p', 'SCRIE'],
      [100, 'l', 'The checklist is at nyc.gov/rentfreeze. I will check the income rules and email you tomorrow. Is that what you needed?'],
      [130, 'p', 'ok thank you, that is all'],
      [136, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
];

/** Near misses: the same words for something else (labelled from RUBRIC.md before running). */
export const guards: SessionCase[] = [
  {
    name: 'near miss: "Is that the kind of thing you\'d like me to look for?" asks about a search not yet made: completeness fails',
    lines: asked('The index is at freebmd.org.uk. I could also look for parish records. Is that the kind of thing you\'d like me to look for?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Has the ILL office got what they need from you, your student ID?" asks about the patron\'s part: completeness fails',
    lines: asked('The request form is at samplelibrary.org/ill and I have sent it for you. Has the ILL office got what they need from you, your student ID?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "I can mail you the printout tomorrow. Is it fine?" asks about the offer: completeness fails',
    lines: asked('The index is at freebmd.org.uk. I can mail you the printout of the entries tomorrow. Is it fine?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Your slot at the Central Library\'s genealogy clinic is Thursday at 2. Is it fine?" asks about the time: completeness fails',
    lines: asked('Your slot at the Central Library\'s genealogy clinic is Thursday at 2. Is it fine?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Is there any use in ordering the certificate?" (the provider wonders aloud): completeness fails',
    lines: asked('The index is at freebmd.org.uk. Is there any use in ordering the certificate if the index has the mother\'s name?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss of the narrowing: "Was your problem solved?" after the answer still asks: completeness passes',
    lines: asked('The index is at freebmd.org.uk, search by surname. Was your problem solved?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss of the narrowing: "Was your question answered by the guide?" still asks: completeness passes',
    lines: asked('The guide at samplelibrary.org/genealogy walks through it. Was your question answered by the guide?'),
    exp: some({ complete: 'pass' }),
  },
  // holdTakenBackD5
  {
    name: 'near miss: "brb... actually nvm, found it: the FSA photos are at loc.gov/fsa" goes on helping: dismissal passes',
    lines: [...LIMITS_BASE, [120, 'l', 'brb... actually nvm, found it: the FSA photos are at loc.gov/pictures/collection/fsa. Anything else?']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss: "One moment, never mind the photo question, I\'ll check the archive" leaves nothing: dismissal passes',
    lines: [...LIMITS_BASE, [120, 'l', "One moment, never mind the photo question for now, I'll check the photo archive first."]],
    exp: some({ dismissal: 'pass' }),
  },
  // patronContactContext
  {
    name: 'near miss: "You can text the library on 0412 111 222 to renew" names the library\'s number: no patron contact, code fails',
    lines: [
      [0, 'p', 'how do i renew my books'],
      [24, 'l', 'Hi, Kim at Ask a Librarian, State Library of Queensland. Are they from us or your local library?'],
      [60, 'p', 'local, Ipswich'],
      [90, 'l', 'You can text the library on 0412 111 222 to renew, and I will check the Ipswich fines policy and email you tomorrow.'],
      [120, 'p', 'ok thanks'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // toCallD5
  {
    name: 'near miss: "please call me at 410-555-0100 when you find it" is the patron\'s own: contact and code pass',
    lines: [
      [0, 'p', 'what forms do i need for the homeowners tax credit? please call me at 410-555-0100 when you find it'],
      [25, 'l', "Hi, I am Dana, a librarian with Ask Us Now. Is this the Homeowners' Tax Credit or the senior credit?"],
      [60, 'p', 'homeowners'],
      [100, 'l', 'The form is on dat.maryland.gov under Tax Credit Programs. I will check what the county needs and call you at 410-555-0100 by Friday. Does that help for now?'],
      [130, 'p', 'yes thats all'],
      [136, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    name: 'near miss: "the form says to call the county, my number is 410-555-0111" gives the patron\'s own: code passes',
    lines: [
      [0, 'p', 'the form says to call the county but which office? my number is 410-555-0111 if you find out'],
      [25, 'l', 'Hi, I am Dana, a librarian with Ask Us Now. Which county are you in?'],
      [60, 'p', 'baltimore county'],
      [100, 'l', 'The county page is at baltimorecountymd.gov/departments/budfin. I will find the right office and call you at 410-555-0111 by Friday. Does that help for now?'],
      [130, 'p', 'yes thats all'],
      [136, 'l', 'Bye!'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass' }),
  },
];

/** Survey comments fixed, moved from twenty-seventh-round-codes' LEFT_COMMENTS: [comment, negative]. */
export const LEFT_COMMENTS_FIXED: [comment: string, negative: boolean][] = [
  // from twenty-seventh-round-codes.test.ts: the wrong thing is the patron's own list; the comment praises
  ['I had the wrong edition on my list but she found the right one', false],
  // from twenty-seventh-round-codes.test.ts: annoyed at the website, not at the help; the comment praises the librarian
  ['I was annoyed with the website but the librarian fixed it', false],
];
/** The same in other words, and near misses. */
const COMMENTS: [comment: string, negative: boolean][] = [
  ['I typed the wrong title, but she found it anyway', false],
  ['I got the wrong date in my head but she found the event for me', false],
  ['Honestly the catalog annoyed me but the librarian sorted it', false],
  ['was annoyed by the app at first, though the librarian was so patient', false],
  ['she gave me the wrong edition', true],
  ['wrong answer', true],
  ['I had the wrong edition and nobody could find the right one', true],
  ['the librarian seemed annoyed with me', true],
  ['I was annoyed with the website and nobody helped', true],
  ['annoyed with the librarian but the website fixed it', true],
];

const ANSWERED = ANSWERED_NURSING;

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-eighth round (D5): every moved whole case lists all 17 checks', () => {
  it.each(left.filter((c) => Object.keys(c.exp).length === 17))('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-eighth round (D5): the LEFT cases fixed', left);
describeSessions('twenty-eighth round (D5): the same behaviours in other words', paraphrases);
describeSessions('twenty-eighth round (D5): near misses of the changes', guards);

describe('twenty-eighth round (D5): survey comments and the negative_comment flag', () => {
  it.each([...LEFT_COMMENTS_FIXED, ...COMMENTS])('"%s": negative %s', (comment, negative) => {
    const flags = score(chat(ANSWERED, { survey: { rating: null, comment } })).flags.map((f) => f.code);
    expect(flags).toEqual(negative ? ['negative_comment'] : []);
  });
});

describeLeft('twenty-eighth-round-closing', LEFT);
