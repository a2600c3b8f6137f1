/**
 * Twenty-second round, area (X3): THE TWENTIETH AND TWENTY-FIRST ROUNDS' LEFT CASES. The cases those rounds labelled but
 * could not fix (each round file's `LEFT`) were reread against RUBRIC.md's literal text; the ones fixed in v23 moved to
 * their files' running lists. This file holds each fix's near misses: a second wording of the behaviour the fix catches,
 * and the cases it must not change, in new words, labelled from the rubric before the scorer ran.
 *
 * The fixes (block X3 in `rubric.ts`, settings `purposeLongX3` and `failedClauseX3`):
 * - closing time ends the help: V4's reading stood aside at any "tomorrow", "again" or "later" in the message, and v1's
 *   way back took any bare "later" / "tomorrow"; a due or expiry date, "sorry again", "Again, …" and an item that "shows up
 *   later" are no way back;
 * - the provider signing off "at this point" or "in a sec" leaves now (V4's sign-off stood aside before any "at / in", and
 *   "in a second," read as a hold);
 * - "drop back in / by anytime" invites the patron back;
 * - "I'll reply with <what> by <when>" promises to send more later;
 * - "forward your question to our <team / department / office> at <contact>" refers to the library's own department;
 * - an English purpose clause before the referring verb may run to eight words ("To order a copy of the death
 *   certificate call …");
 * - V9's `contactElsewhereV9` reads the clause that failed the party.
 *
 * Readings taken where the text leaves room (each also at its case):
 * - "Again, sorry I couldn't find it", "Thanks again", "the book is due tomorrow", "your hold expires tomorrow", "the ebook
 *   may show up later" offer no way back to the help; "try again tomorrow", "ask us later this week" do;
 * - "at this point", "at this time", "in a sec", "in a moment" are the provider leaving now, no later time; "at 6", "at
 *   five" are a later time, and "…, but first …" carries the help on;
 * - "drop back in anytime", "drop by again whenever" invite back; "drop it in the returns box anytime" is the patron's book;
 * - "I'll reply with the list by Friday" promises more later; "I'll reply with the link in a sec" is in the chat;
 * - the library's own ILL team or special collections department, which the patron is told to write to, is a party (the
 *   Terms: the provider's own library's departments count when the patron is told to contact them); "our team here in the
 *   chat" is the service itself;
 * - in "Check with the transit agency …; our transit guide is at …, or the agency's customer line at 503-…" the agency's
 *   customer line is the agency's way to be reached; "the county's ride line" is another party's.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** a short opening: the patron asks, the provider greets and asks about the need */
const open = (q: string, greet: string): Line[] => [
  [0, 'p', q],
  [27, 'l', greet],
];
/** an answered question: the opening, the patron's reply, and a source with a completeness question */
const ANSWERED: Line[] = [
  [0, 'p', 'hi, can i renew my cookbook online? it keeps saying error'],
  [20, 'l', "Hello, I'm Jo, a librarian at Sample County Library. Which book is it?"],
  [45, 'p', 'the instant pot one'],
  [55, 'l', 'You can renew it at catalog.samplelib.org under My Account, Checkouts. Does that help?'],
  [80, 'p', 'yes'],
];

export const whole: SessionCase[] = [
  {
    // second wording of the closing-time fix: "expires tomorrow" is the hold's date, no way back; "Take care" says goodbye
    name: 'closing time: "The branch is closing in 5 minutes, so I have to stop here. Your hold expires tomorrow anyway. Take care." dismisses',
    lines: [
      [0, 'p', 'can you tell me if the hold on the new grisham book is still waiting for me'],
      [25, 'l', 'Hi, this is Jo at Sample County Library. Which branch did you pick it up from before?'],
      [60, 'p', 'eastgate, and also can u check my fines'],
      [70, 'l', 'The branch is closing in 5 minutes, so I have to stop here. Your hold expires tomorrow anyway. Take care.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'fail' }),
  },
  {
    // second wording of the promise fix: "I'll reply with the holdings list by Thursday" sends more later, a follow-up
    // session; coded Answered, the code fails; the address repeated and "by Thursday": contact passes, on time pending
    name: 'holdings: "I\'ll reply with the full holdings list by Thursday" is a promise, coded Answered',
    lines: [
      [0, 'p', 'does the library have runs of the Cedar Rapids Gazette from the 1910s? my email is r.ames@example.org'],
      [30, 'l', 'Good morning, this is Jo at Sample County Library. Do you need a particular year?'],
      [70, 'p', '1912 to 1915'],
      [80, 'l', 'The Gazette is on microfilm at the State Historical Society; their catalog is at iowaculture.gov. I\'ll reply with the full holdings list within two days, to r.ames@example.org. Is that what you needed?'],
      [120, 'p', 'yes thats all, thanks'],
      [126, 'l', 'Thank you, bye!'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // near miss for the promise fix: "I'll reply with the link in a sec" is in the chat, no promise: coded Answered passes
    name: 'near miss: "I\'ll reply with the link in a sec" then the link: no promise, Answered passes',
    lines: [
      [0, 'p', 'is there a guide to the county plat maps'],
      [25, 'l', 'Hello, Jo here at Sample County Library. Are you after a particular township?'],
      [60, 'p', 'marion township'],
      [66, 'l', "Good, I'll reply with the link in a sec."],
      [90, 'l', 'Here it is: samplelib.org/guides/plat-maps, Marion is on page 3. Did that help?'],
      [130, 'p', 'yes thats all'],
      [135, 'l', 'Bye, thanks!'],
    ],
    exp: usual(),
  },
  {
    // second wording of the purpose-clause fix: seven words after "request"; the archives with its e-mail
    name: 'death record scan: "To request a scan of the original 1931 death record email the state archives at archives@…" refers with a contact',
    lines: [
      [0, 'p', 'how do i get a copy of a 1931 death record from mississippi'],
      [30, 'l', 'Hi, Jo here, librarian at Jackson-Hinds Library. Do you need a certified copy or just the record?'],
      [70, 'p', 'just the record'],
      [80, 'l', 'To request a scan of the original 1931 death record email the state archives at reference@mdah.ms.gov. Does that help?'],
      [130, 'p', 'yes thats all i needed'],
      [136, 'l', 'Good luck, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- closing time: "tomorrow", "again", "later" ------------------------------------------------------------------
  {
    // second wording: "Sorry again" is an apology, no way back; "good night" says goodbye
    name: 'closing time: "We close in ten minutes and I can\'t finish the search tonight. Sorry again, good night." dismisses',
    lines: [...open('looking for a poem about rain on a tin roof, not sure who wrote it', 'Hello, Sam at Riverside Library. Do you remember any line of it?'), [80, 'p', 'something about the roof singing'], [90, 'l', "We close in ten minutes and I can't finish the search tonight. Sorry again, good night."]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // second wording: the renewal "will show up later" on the account, no way back
    name: 'closing time: "The library is closing now, so I need to end the chat. Your renewal will show up later on your account." dismisses',
    lines: [...open('did my renewal go through', 'Hi! Jo from Sample County Library. Which title?'), [66, 'p', 'the lincoln highway'], [75, 'l', 'The library is closing now, so I need to end the chat. Your renewal will show up later on your account.']],
    exp: some({ dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // a sentence opening "Again," after the closing: no way back
    name: 'closing time: "We\'re closing now, so I have to stop. Again, I\'m sorry I couldn\'t look up the obituary." dismisses',
    lines: [...open('can i use the microfilm reader this week', 'Hi, Jo at Sample County Library here. Which day were you thinking?'), [60, 'p', 'any day really, and can you also look up an obituary'], [70, 'l', "We're closing now, so I have to stop. Again, I'm sorry I couldn't look up the obituary."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // near miss: "try again tomorrow" is a way back
    name: 'near miss: "We close in 5 minutes, so I have to stop here. Please try again tomorrow and we\'ll pick it up." offers a way back',
    lines: [...open('looking for a poem about a red wheelbarrow? not the williams one', 'Hello, this is Sam at Riverside Library. Do you remember any line of it?'), [92, 'p', 'something about rain on the glaze'], [100, 'l', "We close in 5 minutes, so I have to stop here. Please try again tomorrow and we'll pick it up."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // near miss: "ask us later this week" is a way back (v1's bare "later")
    name: 'near miss: "The library is closing now, so I need to end the chat. You can ask us later this week." offers a way back',
    lines: [...open('my libby loan vanished??', 'Hi! Jo from Sample County Library. Which title was it?'), [66, 'p', 'the lincoln highway'], [75, 'l', 'The library is closing now, so I need to end the chat. You can ask us later this week.']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss: "chat with us again tomorrow" is a way back even with "due tomorrow" in the message
    name: 'near miss: "We\'re closing now, so I can\'t look into that tonight. It\'s due tomorrow, so chat with us again in the morning." offers a way back',
    lines: [...open('can i renew my book a 3rd time? the system wont let me', 'Hi, Jo at Sample County Library here. Which book is it?'), [70, 'p', 'the instant pot cookbook'], [81, 'l', "We're closing now, so I can't look into that tonight. It's due tomorrow, so chat with us again in the morning."]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // near miss: "again" after a verb of coming back, not after "sorry" or a sentence start
    name: 'near miss: "The chat is closing in five minutes, so I can\'t finish tonight. Do message us again on Monday." offers a way back',
    lines: [...open('i need articles on bee decline for a paper', 'Hello, this is Jo at Sample College Library. Which class is it for?'), [60, 'p', 'bio 110'], [70, 'l', "The chat is closing in five minutes, so I can't finish tonight. Do message us again on Monday."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss: "but" carries the help on (V4's reading), whatever "tomorrow" is about
    name: 'near miss: "We close in 10 minutes, so I can\'t renew it for you, but it\'s due tomorrow and you can renew it at catalog.samplelib.org." goes on helping',
    lines: [...open('can i renew my book a 3rd time?', 'Hi, Jo at Sample County Library here. Which book is it?'), [70, 'p', 'the instant pot cookbook'], [81, 'l', "We close in 10 minutes, so I can't renew it for you, but it's due tomorrow and you can renew it yourself at catalog.samplelib.org. Does that help?"], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    // near miss: "see you later" ends no help: the answer was given and the patron said they were done
    name: 'near miss: after the answer and "thats all", "We\'re closing soon, see you later!" dismisses no one',
    lines: [...ANSWERED, [90, 'p', 'thats all, thanks'], [96, 'l', "You're welcome! See you later!"]],
    exp: some({ dismissal: 'pass', anything: 'pass' }),
  },
  // ---- signing off "at this point", "in a sec" -----------------------------------------------------------------------
  {
    // second wording: "at this time" is now
    name: 'sign off: "I\'ll need to log off at this time. Take care!" dismisses',
    lines: [...open('how do i appeal my property tax assessment', 'Hi, Jo at Sample County Library. Which county is the property in?'), [60, 'p', 'cook county, and whats the deadline'], [68, 'l', "I'll need to log off at this time. Take care!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // second wording: "in a moment." is the provider leaving, not a hold
    name: 'sign off: "I\'ll have to sign off in a moment. Good luck with the form!" dismisses',
    lines: [...open('where do i get the form to change my name on my voter card', 'Hello, Jo at Sample County Library. Which state are you registered in?'), [55, 'p', 'ohio'], [62, 'l', "I'll have to sign off in a moment. Good luck with the form!"]],
    exp: some({ dismissal: 'fail', courteous: 'pass' }),
  },
  {
    // near miss: "in a sec, but first" carries the help on
    name: 'near miss: "I\'ll have to log off in a sec, but first here is the form: sos.state.tx.us/elections/forms." goes on helping',
    lines: [...open('how do i get my voter registration card reprinted', 'Hello, Jo at Sample County Library. Which state are you registered in?'), [55, 'p', 'texas, harris county'], [62, 'l', "I'll have to log off in a sec, but first here is the form: sos.state.tx.us/elections/forms. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    // near miss: "at five" is a later time; the help goes on in the sentence
    name: 'near miss: "I\'ll have to log off at five, so let\'s get this sorted quickly: the form is at cookcountyassessor.com/appeals." goes on helping',
    lines: [...open('how do i appeal my property tax assessment', 'Hi, Jo at Sample County Library. Which county is the property in?'), [60, 'p', 'cook county'], [68, 'l', "I'll have to log off at five, so let's get this sorted quickly: the appeal form is at cookcountyassessor.com/appeals. Does that help?"], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    // near miss for the hold narrowing: "One second, please." is still a hold, so the 180 s after it is a wait on the
    // provider: keep_informed fails
    name: 'near miss: "Hi, Jo at Sample County Library. One second, please." is still a hold: 180 s of silence after it fails keep_informed',
    lines: [[0, 'p', 'do you have the new john grisham'], [20, 'l', 'Hi, Jo at Sample County Library. One second, please.'], [200, 'l', 'Yes, The Exchange is on the shelf at Eastgate: catalog.samplelib.org. Does that help?'], [230, 'p', 'yes thats all'], [235, 'l', 'Bye!']],
    exp: some({ informed: 'fail', dismissal: 'pass' }),
  },
  // ---- "drop back in" ----------------------------------------------------------------------------------------------
  {
    // second wording: "drop back in later" invites back
    name: '"I\'ve placed the hold for you. Drop back in later for the sequel!" invites back: courteous passes',
    lines: [...ANSWERED, [90, 'p', 'can you also put a hold on the sequel'], [100, 'l', "I've placed the hold for you. Drop back in later for the sequel!"]],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss: "drop it in the returns box anytime" is about the book
    name: 'near miss: "You can drop it in the returns box anytime." invites no one back: courteous fails',
    lines: [...ANSWERED, [90, 'p', 'where do i return it'], [100, 'l', 'You can drop it in the returns box anytime.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    // near miss: "drop back in the search box" is no invitation
    name: 'near miss: "Drop back in the search box and type the title." invites no one back: courteous fails',
    lines: [...ANSWERED, [90, 'p', 'it says no results'], [100, 'l', 'Drop back in the search box and type the title.']],
    exp: some({ courteous: 'fail' }),
  },
  // ---- "I'll reply with … by …" ------------------------------------------------------------------------------------
  {
    // second wording: "by Monday", coded Answered: the code fails
    name: '"I\'ll reply with the scans by Monday" is a promise: coded Answered, the code fails',
    lines: [...open('can you send me the 1920 city directory page for elm street', 'Hi, Jo at Sample County Library. Which city is it?'), [60, 'p', 'dubuque, my email is t.lee@example.org'], [70, 'l', "The directories are in our local history room; I'll reply with the scans by Monday, to t.lee@example.org. Anything else?"], [100, 'p', 'no thats all'], [104, 'l', 'Thanks, bye!']],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // near miss: the patron is told to reply, no promise
    name: 'near miss: "Reply with your card number and I can check the fines" asks the patron: no promise, contact na',
    lines: [...ANSWERED, [90, 'p', 'what about my fines'], [100, 'l', 'Reply with your card number and I can check the fines.'], [130, 'p', '2938475'], [140, 'l', 'No fines on that card. Anything else?'], [160, 'p', 'no thats all'], [165, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // near miss: the agency replies, not the provider
    name: 'near miss: "The records office will reply with a quote by Friday" is no promise of the provider\'s: contact na',
    lines: [...open('how much does a copy of a deed cost', 'Hi, Jo at Sample County Library. Which county?'), [60, 'p', 'linn county'], [70, 'l', 'Email the Linn County Recorder at recorder@linncountyiowa.gov; the records office will reply with a quote by Friday. Does that help?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },
  // ---- "forward your question to our … team at …" ------------------------------------------------------------------
  {
    // second wording: the library's special collections department with its e-mail
    name: '"forward your request to our Special Collections department at specoll@…" refers with a contact: referral passes',
    lines: [...open('can i see the original letters of the college founder', 'Hi, Jo at Sample College Library. Do you know which years?'), [55, 'p', '1850s'], [62, 'l', 'Yes: forward your request to our Special Collections department at specoll@samplecollege.edu with the dates. Is that what you needed?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: "our team here in the chat" is the service itself
    name: 'near miss: "Forward your question to our team here in the chat anytime" refers to no one: referral na',
    lines: [...ANSWERED, [90, 'p', 'what if i have more questions later'], [100, 'l', 'Forward your question to our team here in the chat anytime!']],
    exp: some({ referral: 'na', courteous: 'pass' }),
  },
  {
    // near miss: the provider forwards it on the patron's behalf
    name: 'near miss: "I\'ll forward your question to our ILL team at ill@…, and they will email you by Friday" is a promise, no referral',
    lines: [...open('can i borrow a thesis from another university', 'Hi, Jo at Sample College Library. Do you know which university?'), [55, 'p', 'univ of oregon, 2004. k.diaz@example.edu'], [62, 'l', "I'll forward your question to our ILL team at ill@samplecollege.edu, and they will email you at k.diaz@example.edu by Friday. Anything else?"], [90, 'p', 'no thats all'], [94, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass' }),
  },
  // ---- purpose clauses of up to eight words ------------------------------------------------------------------------
  {
    // second wording: eight words after "get"
    name: '"To get a certified copy of your 1962 birth certificate visit the Vital Records office at 1 Main St, Dayton, OH 45402" refers with an address',
    lines: [...open('i need my birth certificate', 'Hi, Jo at Sample County Library. Which state were you born in?'), [55, 'p', 'ohio, montgomery county'], [62, 'l', 'To get a certified copy of your 1962 birth certificate visit the Vital Records office at 117 S Main St, Dayton, OH 45422. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: V9's other people as the clause's subject
    name: 'near miss: "To order a copy of the death certificate most families write to Vital Records" is what others do: referral na',
    lines: [...open('how do people usually get a death certificate', 'Hi, Jo at Sample County Library. Which state?'), [55, 'p', 'mississippi'], [62, 'l', 'To order a copy of the death certificate most families write to Vital Records; the form is at msdh.ms.gov/vitalrecords. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss: a modal in the clause ("they can"): no lead-in
    name: 'near miss: "to see whether they can find the 1931 death record call …" keeps its reading: the clause has its own subject',
    lines: [...open('need proof my great grandfather died in 1931', 'Hi, Jo at Sample County Library. Which county?'), [55, 'p', 'bristol county mass'], [62, 'l', 'The index is at familysearch.org. Most people ask the county to see whether they can find the 1931 death record in the old books. Does that help?'], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- "or in person at", "another chat on their page", "WhatsApp <party>" ------------------------------------------
  {
    // second wording: "renew … or in person at" the library with its street address
    name: '"Renew it online at samplelib.org/renew, or in person at the Central Library, 400 Main St, Springfield, IL 62701" refers with an address',
    lines: [...ANSWERED, [90, 'p', 'and my passport? can the library renew it'], [100, 'l', 'The post office handles that: renew it online at travel.state.gov/renew, or in person at the Springfield Post Office, 411 E Monroe St, Springfield, IL 62701. Does that help?'], [130, 'p', 'yes thats all'], [135, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: a negation before it: no visit
    name: 'near miss: "You can\'t renew in person at the branch anymore, only at catalog.samplelib.org" refers to no one: referral na',
    lines: [...ANSWERED, [90, 'p', 'can i just renew at the desk'], [100, 'l', "You can't renew or pay in person at the branch anymore, only at catalog.samplelib.org. Sorry!"], [130, 'p', 'ok thats all'], [135, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss: "in person at" with no applying, renewing or registering before it
    name: 'near miss: "The author spoke about it in person at the festival; the talk is at youtube.com/…" refers to no one: referral na',
    lines: [...ANSWERED, [90, 'p', 'did the author ever talk about the book'], [100, 'l', 'She spoke about it in person at the Iowa City Book Festival; the recording is at youtube.com/watch?v=abc123. Does that help?'], [130, 'p', 'yes thats all'], [135, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // second wording: another service's chat, the archives named before it in the sentence
    name: '"The state archives answers its own questions, so please open another chat on their website, archives.example.gov/chat" refers with a URL',
    lines: [...open('who has the 1880 land patents for kansas', 'Hello, Jo at Sample County Library. Which county in Kansas?'), [60, 'p', 'riley'], [70, 'l', 'The state archives answers land patent questions itself, so please open another chat on their website, archives.example.gov/chat. Is that what you needed?'], [100, 'p', 'yes thats all'], [104, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: another chat with this service is an invitation back, no referral
    name: 'near miss: "If the file won\'t open, just start another chat and ask for Jo." refers to no one: referral na, courteous passes',
    lines: [...ANSWERED, [90, 'p', 'can you email me a scan of the recipe page'], [100, 'l', "I've sent it. If the file won't open, just start another chat and ask for Jo."]],
    exp: some({ referral: 'na', courteous: 'pass' }),
  },
  {
    // second wording: WhatsApp with a UK mobile number
    name: '"WhatsApp the Kerala Samajam on +44 7700 900123 to join the Malayalam class" refers with a phone: referral passes',
    lines: [...ANSWERED, [90, 'p', 'are there malayalam classes for kids nearby'], [100, 'l', 'Yes, on Saturdays: WhatsApp the Kerala Samajam on +44 7700 900123 to join the Malayalam class. Does that help?'], [130, 'p', 'yes thats all'], [135, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: the provider sends it on WhatsApp, no one to contact
    name: 'near miss: "I can WhatsApp you the class list if you like" refers to no one: referral na',
    lines: [...ANSWERED, [90, 'p', 'are there malayalam classes for kids nearby'], [100, 'l', 'The class list is at samplelib.org/languages. I can WhatsApp you the class list too if you like. Does that help?'], [130, 'p', 'no thats fine, thats all'], [135, 'l', 'Bye!']],
    exp: some({ referral: 'na' }),
  },
  // ---- contactElsewhereV9 reads the clause that failed the party ---------------------------------------------------
  {
    // the fix: the agency's own customer line after the library's guide
    name: '"Check with the transit agency whether …; our transit guide is at …, or the agency\'s customer line at 503-…" gives the agency a contact: referral passes',
    lines: [...open('does my senior pass work on the express bus', 'Hi, Jo at Sample County Library. Which city are you in?'), [55, 'p', 'portland'], [62, 'l', "Check with the transit agency whether your pass covers the express bus; our transit guide is at samplelib.org/transit, or the agency's customer line at 503-238-7433. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss: the phone after the guide is another party's
    name: 'near miss: "…; our transit guide is at …, or the county\'s ride line at 503-…": the transit agency has none: referral fails',
    lines: [...open('does my senior pass work on the express bus', 'Hi, Jo at Sample County Library. Which city are you in?'), [55, 'p', 'portland'], [62, 'l', "Check with the transit agency whether your pass covers the express bus; our transit guide is at samplelib.org/transit, or the county's ride line at 503-988-5555. Does that help?"], [90, 'p', 'yes thats all'], [94, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss: V1's " or " reading, unchanged
    name: 'near miss: "talk to your pharmacist or the poison help line at 1-800-222-1222" leaves the pharmacist without a contact: referral fails',
    lines: [...open('my kid swallowed a vitamin is that bad', 'Hi, Jo at Sample County Library. How old is your child?'), [40, 'p', '4'], [48, 'l', 'Talk to your pharmacist or the poison help line at 1-800-222-1222 right away. Does that help?'], [70, 'p', 'yes thats all'], [74, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-second round (X3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X3): the twentieth and twenty-first rounds\' left cases, every check', whole);
describeSessions('twenty-second round (X3): the twentieth and twenty-first rounds\' left cases, short cases', short);

describeLeft('twenty-second-round-left-late', LEFT);
