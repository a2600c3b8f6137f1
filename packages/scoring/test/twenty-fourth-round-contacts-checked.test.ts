/**
 * Twenty-fourth round, second wave (Z8): CONTACTS, REFERRALS, SOURCES, PROMISES AND WHEN, CHECKED. The first wave (blocks
 * Z1-Z6) widened families and added settings that decide `referral.contact`, `info.source`, `followup.contact`,
 * `resolution.code` and (through what counts as the first source) `inquiry.clarify`, each guarded only by its own helper's
 * near miss. These sessions put each change in other people's words, where its regexp would read the rubric's literal text
 * wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before the scorer ran:
 * - Z2 `spokenPhoneZ2` (digit words read as a phone: a student number, the last digits of a card, an ISBN-10, a parcel
 *   number), `thisTitleZ2` ("That book: Unfortunately …"), `titleEchoZ2` (a title and author that answer, not echo), the
 *   `namedResource` spelled-domain change ("info at … dot com");
 * - Z4 `notPromise` (the transcript notice joined by "and" to something that is no promise to send later), the "animal
 *   control / services" party, `signatureContactZ4` (a colleague's signature pasted as the referral's contact, a branch's
 *   number asked for, a signature with no dash);
 * - Z5 the "ext. 4471" phone ("Extension 101" a workshop), the text short code ("text your question to 66746": the
 *   service's own line), "by 3" as a when ("dividing by 3,", "8 by 10,", "2 by 3."), "ext" as an abbreviation (a street's
 *   "Grand St. Ext." before a question);
 * - Z6 `referralActor` ("your client can visit the … page", "your daughter can call up her log", "your mom can contact us
 *   here") and `haveCallZ6`;
 * - Z1 Markdown links as sources and contacts ("[start a new chat](https://…)", "[Email the Writing Center](mailto:…)").
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a student number, the last seven digits of a library card, an ISBN-10 or a parcel number said in digit words is no
 *   phone number: it reaches no one, so it is neither the patron's contact nor a referral's;
 * - the provider telling the patron that the book they hold cannot be renewed ("That book: Unfortunately someone has a
 *   hold on it") names no resource: no source;
 * - "Educated by Tara Westover, got it!" answering "what's the title of that memoir by westover" names the book the patron
 *   could not name: a named resource, the source (the patron's surname alone is no request for that title);
 * - an e-mail read back ("info at rourkeplumbing dot com") is the patron's contact, no domain given as a source, and the
 *   service's own "write to us at info at … dot org" is its way back, no source (v6's and Z2's readings of read-back and
 *   own contacts);
 * - "I'll forward this to Circulation" promises nothing to the patron (no one is said to contact them), and "I'll send you
 *   the link right now" sends it now, not later: neither makes a follow-up session, with or without the transcript notice;
 * - "Animal Services will call you if a match comes in" tells the patron of a call, it does not tell them to contact
 *   anyone: no referral; "check the shelter's adoptable pets page at …" points to a web page: a source, no referral;
 * - a colleague's signature pasted under "drop her a line" is the referral's contact (Ruth's e-mail), not the provider's;
 * - the number of a branch the patron asked for ("what number do i call for the Arbutus branch?") given as a dashed last
 *   line is the phone of the library department the patron will call: a referral with its contact, and a source (v11's
 *   answer to "who do I call");
 * - "the Extension 101 workshop" names a class, no phone; "text your question to 66746" is the service's own way back,
 *   like "reach us at 410-…": no referral's contact, no source;
 * - "dividing by 3,", "sized 8 by 10," and "about 2 by 3." say nothing about when the information will come;
 * - "Grand St. Ext." is a street name's abbreviation and ends the sentence; the question after it is a sentence of its own;
 * - "your client can visit the … forms page" and "your daughter can call up her reading log" point to a page and an app:
 *   no referral; "your mom can contact us here anytime" is the chat's own way back: no referral;
 * - the chat's own address in a Markdown link ("[start a new chat](https://…/ask)") is the way back to the chat, no source
 *   (v15's reading of "start a new chat at …/ask").
 * - "You can use Ancestry Library Edition … at the Newburgh Free Library, 124 Grand St." sends the patron to another
 *   library with its address: a referral with its contact (in LEFT: the scorer reads none, as v24 did).
 * Of the first 43 cases, 23 failed against the first wave's rubric, none on the helper's own labels (no case relabelled):
 * 17 through the first wave's changes, 6 through older readings (3 of them fixed). Fixed in Z8 (narrowings only, block `phrasesV25Z8`:
 * `whenExpect`, `phone` (two), `namedResource`, `notPromise`; settings `chatLinkParenZ8`, `signatureOrgZ8`; and four
 * narrowings Z10 wrote at the same time, so the merge kept one of each: the spoken ID labels (`SPOKEN_ID_Z8`, read by
 * Z10's `spokenIdZ10`), the answer word after "this book:" (Z10's `titleLeadZ10`), a title word in the echo (Z10's
 * `echoTitleZ10`), "ext." only before a digit (Z10's `extBeforeDigitZ10`)): every case below passes, each fix with its
 * near miss beside it; the six in `LEFT` need a widening or an older reading undone.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describeLeft, at, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;
/** the patron asks, the provider greets and names themself (and perhaps asks about the need) */
const open = (q: string, greet: string, t = 24): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: a student number said in digit words reaches no one: no patron contact is known, so the follow-up code
    // fails and followup.contact fails; "let me check with Circulation" consults staff (no referral); no source is ever
    // given, so the ID question counts for clarify
    name: 'Towson, a transcript hold for fines: the student number dictated "one zero two two nine four seven", a call-back promised by noon tomorrow with no contact',
    lines: [
      [0, 'p', 'hi i have a hold on my transcript for library fines can u check, dictating this sorry'],
      [35, 'l', "Hi there, this is Marisol at the Towson University Library. Happy to look. What's your student ID?"],
      [70, 'p', 'my student number is one zero two two nine four seven'],
      [80, 'l', 'Thanks. Let me check with Circulation, one moment.'],
      [170, 'l', "Circulation is out until tomorrow, so I can't see the fine details tonight. I'll get back to you by tomorrow at noon with what you owe and how to clear the hold."],
      [200, 'p', 'ok thx'],
      [210, 'l', "You're welcome, have a good night!"],
    ],
    over: { ...FU_ME },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "drop her a line" tells the patron to write to Ruth (a named specialist of the provider's own library's
    // department); the pasted signature under it is Ruth's, with her e-mail: the referral's contact and a source
    name: 'Eastfield, a 1938 obituary: "Ruth in Local History is the person …; drop her a line" with Ruth\'s signature pasted under it: referral and source pass',
    lines: [
      [0, 'p', "Looking for my great-uncle's obituary, he died in Eastfield in 1938. Where would that be?"],
      [22, 'l', "Good afternoon! I'm Jo at Eastfield Public Library. Do you know the month he died, or only the year?"],
      [60, 'p', 'only the year, sorry'],
      [
        75,
        'l',
        'No problem. Our obituary index starts in 1950, so older ones are searched by hand on microfilm. Ruth in Local History is the person for obituaries before 1950; drop her a line with his full name and she can search the reels.\n-- Ruth Baker, Local History, Eastfield Public Library, rbaker@eastfieldlib.org',
      ],
      [130, 'p', "great I'll email her. thats all I needed"],
      [140, 'l', 'Good luck with the search, and thanks for chatting with us!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    // reading: the chat's own address in a Markdown link ("[start a new chat](https://lakeviewlibrary.org/ask)") is the
    // way back to the chat, no source (v15's reading of "start a new chat at …/ask"); the hours are answered from memory:
    // no source, and "Anything else today?" is no clarifying question
    name: 'Lakeview, Sunday hours from memory: "[start a new chat](https://lakeviewlibrary.org/ask)" in the offer of more help is no source',
    lines: [
      [0, 'p', 'what time does the westside branch close on sundays'],
      [25, 'l', 'Hello, this is Priya at Lakeview Public Library! Westside is open 1 to 5 on Sundays.'],
      [50, 'p', 'ok thanks'],
      [58, 'l', 'Happy to help! Anything else today? If you think of something later, just [start a new chat](https://lakeviewlibrary.org/ask).'],
      [90, 'p', 'no thats it'],
      [95, 'l', 'Have a great Sunday, bye!'],
    ],
    exp: usual({ clarify: 'fail', source: 'fail', complete: 'fail' }),
  },
  {
    // reading: "sized 8 by 10," is the print's size, not when the scan will come: the e-mail is confirmed but no when,
    // followup.contact fails; recorded done 30 h later
    name: 'Dayton Metro, a 1920s Union Station photo: the e-mail read back, "I\'ll email you a scan of the best one, sized 8 by 10, and the fee details": no when',
    lines: [
      [0, 'p', 'Hi, do you have a photo of the old Union Station from around 1920? For a framed gift'],
      [28, 'l', "Hi! I'm Alex, a librarian at Dayton Metro Library. Do you need a print-quality copy, or is a web image fine?"],
      [66, 'p', 'print quality please, my email is k.rourke@outlook.com'],
      [
        80,
        'l',
        "Got it, k.rourke@outlook.com. The 1920s Union Station photos are in our Dayton Daily News photo collection; the index is at daytonmetrolibrary.org/photos. I'll email you a scan of the best one, sized 8 by 10, and the reproduction fee details.",
      ],
      [120, 'p', 'awesome thanks so much'],
      [128, 'l', 'My pleasure! Thanks for using Ask Dayton, goodbye.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(133 + 30 * HOUR), by: 'jo', note: 'scan sent' }] },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- Z2 spokenPhoneZ2: digit words that are no phone ----
  {
    // reading: an ISBN-10 in digit words reaches no one: no patron contact, so the follow-up code fails, and contact fails
    name: 'the patron dictates "the ISBN number is oh six seven nine seven three three three oh four", ILL promised "by Friday": no patron contact',
    lines: [
      [0, 'p', 'hi can you order a book for me, the ISBN number is oh six seven nine seven three three three oh four'],
      [20, 'l', "Hi, I'm Sam at Millbrook Library. Is that the 1998 paperback edition?"],
      [50, 'p', 'yes'],
      [60, 'l', "I'll request it through interlibrary loan and let you know by Friday whether a library will lend it."],
      [80, 'p', 'ok'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading: the last seven digits of a library card are no phone number
    name: '"the last seven of my card number are four four oh two one nine eight" and "I\'ll let you know by this afternoon": no patron contact',
    lines: [
      ...open('my pin stopped working on the catalog', 'Hello, this is Renee at Wayne County Library. Which card is it, can you give me the last few digits?'),
      [50, 'p', 'last seven of my card number are four four oh two one nine eight'],
      [62, 'l', "Thanks! I'll ask Circulation to reset the PIN and let you know by this afternoon."],
      [80, 'p', 'thank u'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading: "call the county Treasurer's office" refers; the parcel number in digit words is no way to reach it
    name: '"you\'ll want to call the county Treasurer\'s office" about parcel "two zero one one four four seven three nine nine": referral fails',
    lines: [
      [0, 'p', 'my parcel number is two zero one one four four seven three nine nine, who do i call about the tax bill'],
      [25, 'l', "Hi, I'm Lee at Cecil County Public Library. For the tax bill on parcel two zero one one four four seven three nine nine, you'll want to call the county Treasurer's office."],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Call the Bursar's Office and give them your student number, …" refers with no way to reach the office
    name: '"Call the Bursar\'s Office and give them your student number, one zero two two nine four seven." names no number to call: referral fails',
    lines: [
      ...open('can i pay a library fine with financial aid', 'Hi, Marisol at the Towson University Library. Is the fine on your student account already?'),
      [50, 'p', 'yes i think so'],
      [60, 'l', "Then it's billed with tuition. Call the Bursar's Office and give them your student number, one zero two two nine four seven."],
      [90, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a Dewey call number read out in digit words reaches no one: no patron contact
    name: '"the call number on the spine is six four one five nine two three" and "I\'ll email you by Monday": no patron contact',
    lines: [
      [0, 'p', 'the call number on the spine is six four one five nine two three, is there a newer edition of this one'],
      [22, 'l', 'Hi, Ana at Ask Kent District Library. What is the title on the cover?'],
      [50, 'p', 'the bread bible'],
      [62, 'l', "I'll check with our cataloguer and email you by Monday whether a newer edition is coming."],
      [90, 'p', 'ok'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // near miss (guard): a phone dictated in words is the patron's contact, and "by tomorrow afternoon" says when
    name: 'near miss: "my cell number is four four three five five five oh one three nine" read back and a call "by tomorrow afternoon": contact passes',
    lines: [
      ...open('can someone call me about booking the meeting room', 'Hi, this is Tanya at Harford County Public Library. Which branch is it for?'),
      [50, 'p', 'abingdon. my cell number is four four three five five five oh one three nine'],
      [62, 'l', 'Thanks, 443-555-0139. The Abingdon branch manager will call you by tomorrow afternoon about the room.'],
      [90, 'p', 'great'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  // ---- Z2 thisTitleZ2 ----
  {
    // reading: the provider says the patron's own book cannot be renewed; no resource is named: no source (and, with no
    // source ever given, "Which book is it?" counts as clarifying)
    name: '"That book: Unfortunately someone has placed a hold on it, so it can\'t be renewed." names no resource: source fails',
    lines: [
      ...open('can i renew the book i have out, its due tomorrow', 'Hi, this is Kelly at Pikes Peak Library District. Which book is it?'),
      [50, 'p', 'the one about bees, the hive something'],
      [62, 'l', "That book: Unfortunately someone has placed a hold on it, so it can't be renewed. It's due back tomorrow."],
      [90, 'p', 'ugh ok'],
    ],
    exp: some({ clarify: 'pass', source: 'fail' }),
  },
  {
    // reading: the same for "that title - Sorry, …" about the patron's e-book wait
    name: '"I checked that title - Sorry, all 4 copies are out and there are 11 holds." names no resource: source fails',
    lines: [
      ...open('how long is the wait for lessons in chemistry on libby', 'Hello! Omar here at Ask Us Now. Is that the ebook or the audiobook?'),
      [50, 'p', 'ebook'],
      [60, 'l', 'I checked that title - Sorry, all 4 copies are out and there are 11 holds.'],
      [95, 'p', 'dang'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss (guard): "One cookbook: Salt Fat Acid Heat" names a book
    name: 'near miss: "One cookbook: Salt Fat Acid Heat, it covers exactly that." names a book: source passes',
    lines: [
      ...open('want to learn to cook without recipes, any book?', "Hi, I'm Nadia at Skokie Public Library. Are you a total beginner?"),
      [50, 'p', 'pretty much'],
      [60, 'l', 'One cookbook: Salt Fat Acid Heat, it covers exactly that.'],
      [95, 'p', 'cool ty'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  // ---- Z2 titleEchoZ2 ----
  {
    // reading: the patron asked for the title ("whats the title"), giving only the surname; "Educated by Tara Westover, got
    // it!" names the book they could not: a named resource. No question came before it: clarify fails
    name: '"Educated by Tara Westover, got it! That\'s the one you mean." answers "whats the title of that memoir by westover": source passes, clarify fails',
    lines: [
      [0, 'p', 'whats the title of that memoir by westover, about a girl from idaho who never went to school'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library."],
      [40, 'l', "Educated by Tara Westover, got it! That's the one you mean."],
      [70, 'p', 'yes!! thank you'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  // ---- Z2 namedResource, spelled domains ----
  {
    // reading: the service's own address spelled out ("write to us at info at westfieldlibrary dot org") is its way back,
    // no source; the hours are from memory
    name: '"If anything else comes up, write to us at info at westfieldlibrary dot org." after hours from memory: source fails',
    lines: [
      ...open('are you open on labor day', 'Hello, this is Sam at Westfield Library. Which branch do you usually use?'),
      [50, 'p', 'main'],
      [60, 'l', "Main is closed on Labor Day and open 9 to 8 the next day. If anything else comes up, write to us at info at westfieldlibrary dot org."],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss (guard): the domain spelled after "find it online at" is a source
    name: 'near miss: "You can find the form online at mva dot maryland dot gov." spells a domain: source passes',
    lines: [
      ...open('where do i get the form to renew my disability placard', 'Hi, Tara at Ask Us Now. Is it a permanent or a temporary placard?'),
      [50, 'p', 'permanent'],
      [60, 'l', 'You can find the form online at mva dot maryland dot gov.'],
      [90, 'p', 'thank you'],
    ],
    exp: some({ source: 'pass' }),
  },
  // ---- Z4 notPromise ----
  {
    // reading: forwarding the question to Circulation promises the patron nothing later: no follow-up session, "Answered"
    // is right
    name: '"I\'ll forward this to Circulation, and a transcript of this chat will be emailed to you." promises nothing: code passes, contact na',
    lines: [
      ...open('the self checkout charged me twice for a lost book fee', 'Hi, this is Jen at Carroll County Public Library. Which branch was it?'),
      [50, 'p', 'eldersburg, yesterday'],
      [64, 'l', "I'll forward this to Circulation, and a transcript of this chat will be emailed to you. Thanks for letting us know!"],
      [90, 'p', 'ok'],
    ],
    over: { patron: { name: null, email: 'dmorris@gmail.com', phone: null } },
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // reading: "I'll send you the link right now" sends it in the chat, not later: no follow-up session
    name: '"I\'ll send you the link right now, and a transcript of this chat will be emailed as well: <url>" sends it now: no follow-up session',
    lines: [
      ...open('how do i get a museum pass', 'Hello! Priya at Westfield Library. Which museum are you hoping to visit?'),
      [50, 'p', 'the science center'],
      [62, 'l', "I'll send you the link right now, and a transcript of this chat will be emailed as well: https://westfieldlibrary.org/museum-passes"],
      [90, 'p', 'got it'],
    ],
    over: { patron: { name: null, email: 'lena.b@yahoo.com', phone: null } },
    exp: some({ source: 'pass', code: 'pass', contact: 'na' }),
  },
  {
    // near miss (guard): a call promised for Thursday before the notice is a promise; coded Answered, the code fails, and
    // no phone is confirmed in the chat
    name: 'near miss: "We\'ll call you Thursday when the passport photos are ready, and a copy of this chat will be sent to your email." promises: code fails',
    lines: [
      ...open('do you take passport photos', 'Hi, this is Jen at Carroll County Public Library. Have you booked a passport appointment already?'),
      [50, 'p', 'yes for next week, can i get the photos before'],
      [62, 'l', "Yes. We'll call you Thursday when the passport photos are ready, and a copy of this chat will be sent to your email."],
      [90, 'p', 'ok'],
    ],
    over: { patron: { name: null, email: 'dmorris@gmail.com', phone: null } },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // ---- Z4 animal control / services ----
  {
    // reading: "Animal Services will call you if a match comes in" tells of a call; the patron is told to file a report on
    // a website, not to contact anyone: no referral
    name: '"File the lost pet report on the county website, and Animal Services will call you if a match comes in." refers no one: referral na',
    lines: [
      ...open('my dog got out last night, what do i do', 'Hi, this is Dana at Howard County Library System. Is he microchipped?'),
      [50, 'p', 'yes'],
      [60, 'l', 'File the lost pet report on the county website, and Animal Services will call you if a match comes in.'],
      [90, 'p', 'ok thank you'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: the shelter's page is a web page to use: a source, no referral
    name: '"Animal Control picked up a stray like that yesterday, so check the shelter\'s adoptable pets page at petharbor.com." refers no one: referral na',
    lines: [
      ...open('lost my cat near the park, orange tabby', 'Hello, Marcus at Frederick County Public Libraries. Which park?'),
      [50, 'p', 'baker park'],
      [60, 'l', "Animal Control picked up a stray like that yesterday, so check the shelter's adoptable pets page at petharbor.com."],
      [90, 'p', 'omg thank you'],
    ],
    exp: some({ source: 'pass', referral: 'na' }),
  },
  {
    // near miss (guard): "call animal control" refers, with no way to reach them
    name: 'near miss: "Best bet is to call animal control about the raccoon." refers with no contact: referral fails',
    lines: [
      ...open('theres a raccoon in our book drop at the branch lol', 'Hi, Jen at Carroll County Public Library. Is it the Westminster branch?'),
      [50, 'p', 'yes'],
      [60, 'l', 'Best bet is to call animal control about the raccoon.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- Z4 signatureContactZ4 ----
  {
    // near miss (guard): the provider's own signature after an answer from memory is no source
    name: 'near miss: an answer from memory signed "-- Kim, Reference, Eastfield Public Library, 410-555-0172": source fails',
    lines: [
      ...open('do i need my card to use the computers', 'Hi, this is Kim at Eastfield Public Library. Are you a resident of the county?'),
      [50, 'p', 'no just visiting'],
      [60, 'l', 'Visitors get a free 1-hour guest pass at the front desk, no card needed.\n-- Kim, Reference, Eastfield Public Library, 410-555-0172'],
      [90, 'p', 'thanks'],
    ],
    exp: some({ source: 'fail' }),
  },
  // ---- Z5 ext., short codes, "by 3", "ext" as an abbreviation ----
  {
    // reading: "Extension 101" names a workshop; "call the branch" refers to the library's own branch with no number
    name: '"The Extension 101 workshop for new beekeepers is Tuesday at 6; call the branch to sign up." gives no phone: referral fails',
    lines: [
      ...open('any classes on beekeeping coming up', 'Hi, I\'m Paula at Frederick County Public Libraries. At which branch would you like to go?'),
      [50, 'p', 'urbana'],
      [60, 'l', 'The Extension 101 workshop for new beekeepers is Tuesday at 6 at Urbana; call the branch to sign up.'],
      [90, 'p', 'will do'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: the service's own text line ("text your question to 66746 anytime") is its way back, no referral's contact:
    // the sale's day and hours are from memory, no source
    name: '"You can also text your question to 66746 anytime." after an answer from memory: source fails',
    lines: [
      ...open('when is the big book sale', 'Hi, this is Ana at Ask Kent District Library. Do you mean the Friends sale at the main library?'),
      [50, 'p', 'yes'],
      [60, 'l', "It's this Saturday, 9 to 3, in the lower level. You can also text your question to 66746 anytime."],
      [90, 'p', 'thx'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss (guard): "text your zip code to 898-211" gives 211's short code with the referral
    name: 'near miss: "Contact 211 Maryland: text your zip code to 898-211 and they\'ll send local food pantries." refers with a short code: referral passes',
    lines: [
      ...open('need a food pantry open today', 'Hi, Omar at Ask Us Now. Which county are you in?'),
      [50, 'p', 'baltimore county'],
      [60, 'l', "Contact 211 Maryland: text your zip code to 898-211 and they'll send local food pantries."],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "dividing by 3," is the worksheet's topic: no when; the e-mail is read back
    name: '"I\'ll email you two worksheets on dividing by 3, with the answer keys." says no when: contact fails',
    lines: [
      ...open('my son needs practice with division, 3rd grade', 'Hi! This is Lisa at the Homework Help desk, Ask a Librarian Delaware. Which kind of practice, worksheets or games?'),
      [50, 'p', 'worksheets, email is t.nguyen@gmail.com'],
      [62, 'l', "Got it, t.nguyen@gmail.com. I'll email you two worksheets on dividing by 3, with the answer keys."],
      [90, 'p', 'thank you!'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    // reading: "about 2 by 3." is the map's size in feet: no when
    name: '"I\'ll email you the scanned fold-out map; it\'s big, about 2 by 3." says no when: contact fails',
    lines: [
      ...open('do you have the 1877 atlas map of our farm in Sadsbury township', 'Hello, Ruth at Lancaster Public Library. Do you have the owner name from 1877?'),
      [50, 'p', 'Hershberger. send to ruthann.h@ptd.net'],
      [62, 'l', "Thanks, ruthann.h@ptd.net. I'll email you the scanned fold-out map; it's big, about 2 by 3."],
      [90, 'p', 'wonderful'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    // near miss (guard): "by 3 with" says when
    name: 'near miss: "I\'ll call you back by 3 with the pickup details." to the phone read back says when: contact passes',
    lines: [
      ...open('is my hold ready at the Towson branch', 'Hi, Ken at Baltimore County Public Library. What title is it?'),
      [50, 'p', 'the covenant of water. my number is 410-555-0188'],
      [62, 'l', "Thanks, 410-555-0188. I'll call you back by 3 with the pickup details."],
      [90, 'p', 'ty'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'pass', contact: 'pass' }),
  },
  {
    // reading: "… Tuesday by 3 votes." is how a board vote went, no when; no follow-up is promised: code passes
    name: '"The board approved the Sunday hours on Tuesday by 3 votes." is no promise and no when: contact na',
    lines: [
      ...open('is it true the library will open sundays now', 'Hello! Gwen at Ask Cumberland County Library. Which branch do you use?'),
      [50, 'p', 'carlisle'],
      [60, 'l', 'Yes, the board approved the Sunday hours on Tuesday by 3 votes. Carlisle opens Sundays 1 to 5 from March 1.'],
      [90, 'p', 'nice'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  // ---- Z6 referralActor, haveCallZ6 ----
  {
    // reading: "contact us here" is this chat's own way back: no referral
    name: '"Your mom can contact us here anytime, she doesn\'t need your login." refers no one: referral na',
    lines: [
      ...open('can my mom use this chat too or only me', 'Hello! Omar here at Ask Us Now. Does she have her own library card?'),
      [50, 'p', 'yes'],
      [60, 'l', "Sure. Your mom can contact us here anytime, she doesn't need your login."],
      [90, 'p', 'cool'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss (guard): "Have your grandma call the Talking Book Library at 410-230-2424." refers with its phone
    name: 'near miss: "Have your grandma call the Talking Book Library at 410-230-2424." refers with its phone: referral passes',
    lines: [
      ...open('my grandma is losing her sight, can she get audiobooks', 'Hi, Tara at Ask Us Now. Is she in Maryland?'),
      [50, 'p', 'yes'],
      [60, 'l', 'Have your grandma call the Talking Book Library at 410-230-2424.'],
      [90, 'p', 'thank you'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "have your client called legal aid yet" asks (chat-speak, no "?"): no referral
    name: '"have your client called legal aid yet" asks what was done: referral na',
    lines: [
      ...open('my client is facing eviction, what can she do', 'Hi, Rosa at the Maryland State Law Library. have your client called legal aid yet'),
      [50, 'p', 'yes they have a waitlist'],
      [60, 'l', 'The eviction process and tenant rights are explained at mdcourts.gov/legalhelp/landlordtenant.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ clarify: 'pass', source: 'pass', referral: 'na' }),
  },
  // ---- Z1 Markdown links ----
  {
    // reading: "[Email the Writing Center](mailto:writing@towson.edu)" refers with the address
    name: '"[Email the Writing Center](mailto:writing@towson.edu) for a tutor." refers with its address: referral and source pass',
    lines: [
      ...open('can someone look over my lab report before friday', 'Hi, Marisol at the Towson University Library. Is it the grammar or the citations you want checked?'),
      [50, 'p', 'grammar mostly'],
      [60, 'l', '[Email the Writing Center](mailto:writing@towson.edu) for a tutor.'],
      [90, 'p', 'ok ty'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // reading: "[chat with us again](https://…/ask)" is the chat's own way back, no source; the hours are from memory
    name: '"You\'re welcome to [chat with us again](https://ppld.org/ask) anytime." after hours from memory: source fails',
    lines: [
      ...open('when does east library open tomorrow', 'Hi, this is Kelly at Pikes Peak Library District. Do you mean East Library on Union?'),
      [50, 'p', 'yes'],
      [60, 'l', "East opens at 9 tomorrow. You're welcome to [chat with us again](https://ppld.org/ask) anytime."],
      [90, 'p', 'thanks'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // near miss (guard): a Markdown link to a referral party's page is its contact
    name: 'near miss: "Contact [the Housing Authority](https://hcha.org/contact) about the waitlist." refers with a URL: referral passes',
    lines: [
      ...open('how do i get on section 8', 'Hi, Dana at Howard County Library System. Are you in Howard County?'),
      [50, 'p', 'yes'],
      [60, 'l', 'Contact [the Housing Authority](https://hcha.org/contact) about the waitlist.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // reading: "[call the Law Library](tel:)" has no number: the referral comes with no way to reach it
    name: '"Please [call the Law Library](tel:) about the old session laws." gives no number: referral fails',
    lines: [
      ...open('where can i find maryland session laws from 1910', 'Hi, Ken at Baltimore County Public Library. Do you need the text or just the chapter number?'),
      [50, 'p', 'the text'],
      [60, 'l', 'Please [call the Law Library](tel:) about the old session laws.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- Z8 fixes: the cases taken out of LEFT's whole sessions, and each fix's near miss ----
  {
    // reading: "124 Grand St. Ext." abbreviates a street's extension and ends the sentence; the database named before it is
    // the source, and the question after it is a sentence of its own (fixed by `extDigitZ8`, merged as Z10's `extBeforeDigitZ10`)
    name: '"You can use Ancestry Library Edition free … at the Newburgh Free Library, 124 Grand St. Ext. Want me to check …?" gives the database: source passes',
    lines: [
      [0, 'p', 'does a library near newburgh have ancestry? i dont have a subscription'],
      [30, 'l', 'Hi! This is Dana with Ask Hudson Valley Libraries. Are you hoping to use it from home, or is at a library ok?'],
      [70, 'p', 'at a library is fine'],
      [85, 'l', 'You can use Ancestry Library Edition free on any public computer at the Newburgh Free Library, 124 Grand St. Ext. Want me to check whether you need to book a computer?'],
      [120, 'p', 'yes pls'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // near miss (guard): "ext." before the digits still ends no sentence, and the extension reaches the Tutoring Center
    name: 'near miss: "Call the Tutoring Center at ext. 2210 from any campus phone." refers with the extension: referral passes',
    lines: [
      ...open('where can i get help with statistics homework', 'Hi, Marisol at the Towson University Library. Is it for an intro course?'),
      [50, 'p', 'yes math 231'],
      [60, 'l', 'Call the Tutoring Center at ext. 2210 from any campus phone.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: the branch's line the patron asked for is the phone of the department they will call: a source (fixed by
    // `signatureOrgZ8`; the referral it also is, in LEFT)
    name: '"what number do i call for the Arbutus branch?" answered with the line "- Arbutus Branch, Baltimore County Public Library, 410-887-1451": source passes',
    lines: [
      [0, 'p', 'what number do i call for the Arbutus branch? want to ask if they found my scarf'],
      [20, 'l', "Hi, Tom at Ask BCPL here. Here's their direct line:\n- Arbutus Branch, Baltimore County Public Library, 410-887-1451"],
      [50, 'p', 'thanks!'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss (guard): the patron's title and author echoed, then a question, before any source: clarify passes
    name: 'near miss: "do you have educated by westover on cd" then "Educated by Tara Westover, got it. CD or the Libby audiobook?": clarify passes',
    lines: [
      [0, 'p', 'do you have educated by westover on cd'],
      [20, 'l', "Hi, I'm Jo at Boise Public Library. Educated by Tara Westover, got it."],
      [30, 'l', 'Would you take the Libby audiobook if the CD is out?'],
      [60, 'p', 'sure'],
      [70, 'l', 'The CD is on the shelf at Main, and the audiobook is at boisepubliclibrary.overdrive.com too.'],
      [90, 'p', 'great'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    // near miss (guard): a Markdown link to a page other than the chat is a source
    name: 'near miss: "[start a new chat](https://ppld.org/ask) or see [our holiday hours](https://ppld.org/hours)": the hours page is a source',
    lines: [
      ...open('are you open on christmas eve', 'Hi, this is Kelly at Pikes Peak Library District. Which library do you use?'),
      [50, 'p', 'east'],
      [60, 'l', 'East closes at 3 on Christmas Eve. Any time, [start a new chat](https://ppld.org/ask) or see [our holiday hours](https://ppld.org/hours).'],
      [90, 'p', 'thx'],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // near miss (guard): an agency's address the patron never wrote is a referral's contact and a source
    name: 'near miss: "Sure, write to the Permits Office at permits at ccgov dot org." gives the office\'s address: source and referral pass',
    lines: [
      ...open('how do i get a permit for a shed', 'Hi, Lee at Cecil County Public Library. Is it over 200 square feet?'),
      [50, 'p', 'yes, can i email someone'],
      [60, 'l', 'Sure, write to the Permits Office at permits at ccgov dot org.'],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // near miss (guard): "more info at … dot gov" spells a domain
    name: 'near miss: "There\'s more info at marylandattorneygeneral dot gov." spells a domain: source passes',
    lines: [
      ...open('can my landlord keep my deposit for carpet cleaning', 'Hi, Omar at Ask Us Now. Are you in Maryland?'),
      [50, 'p', 'yes'],
      [60, 'l', "Only for damage beyond normal wear. There's more info at marylandattorneygeneral dot gov."],
      [90, 'p', 'ok'],
    ],
    exp: some({ source: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [
  {
    // left: an older reading: v24 too reads the patron's address read back after "Sure," as a source (v6's read-back
    // lead-ins are "got it" and the like); a setting that took every address the patron wrote before as theirs made
    // older labelled sessions fail (an address read back in a promise was their source), so it was taken back
    // reading: the patron's e-mail read back ("info at rourkeplumbing dot com") is their contact, no domain given as a
    // source; the question about the code year comes before the first source (the code books): clarify passes
    name: 'the patron\'s "info at rourkeplumbing dot com" read back, then "Which code year?", then the codes: clarify passes, contact passes',
    lines: [
      [0, 'p', 'can you email me a list of plumbing code books? my email is info at rourkeplumbing dot com'],
      [22, 'l', 'Hi, Sam at Westfield Library here. Sure, info at rourkeplumbing dot com.'],
      [40, 'l', 'Which code year do you need, 2018 or 2021?'],
      [70, 'p', '2021'],
      [84, 'l', "The 2021 International Plumbing Code is free to read at codes.iccsafe.org. I'll email you the list of our print copies by Thursday morning."],
      [110, 'p', 'thanks'],
    ],
    over: { ...FU_ME },
    exp: some({ clarify: 'pass', source: 'pass', code: 'pass', contact: 'pass' }),
  },
  {
    // left: "You can use Ancestry Library Edition free … at the Newburgh Free Library, 124 Grand St." is no referral to the
    // scorer (v24 reads it so too): reading it as one would be a widening, outside this narrowings-only wave; the source
    // itself is run in `short` (the "Grand St. Ext." case, fixed by `extDigitZ8`)
    // reading: "124 Grand St. Ext." abbreviates a street's extension; the sentence ends there and the next one asks. The
    // database named in the answer is the source; the patron is sent to another library with its street address (a
    // referral with its contact). "Did that answer your question?" after it asks about what was given
    name: 'Ask Hudson Valley, Ancestry for free: "… at the Newburgh Free Library, 124 Grand St. Ext. Want me to check …?" gives the database: source passes',
    lines: [
      [0, 'p', 'does a library near newburgh have ancestry? i dont have a subscription'],
      [30, 'l', 'Hi! This is Dana with Ask Hudson Valley Libraries. Are you hoping to use it from home, or is at a library ok?'],
      [70, 'p', 'at a library is fine'],
      [85, 'l', 'You can use Ancestry Library Edition free on any public computer at the Newburgh Free Library, 124 Grand St. Ext. Want me to check whether you need to book a computer?'],
      [120, 'p', 'yes pls'],
      [130, 'l', 'No booking needed, they open at 9 on weekdays. Did that answer your question?'],
      [150, 'p', 'yes perfect, thank you'],
      [158, 'l', 'Glad I could help, bye for now!'],
    ],
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },
  {
    // left: the referral (v24 reads none either: "Here's their direct line:" answering "what number do i call for …" is
    // no referral verb, and v11's answer to "who do i call" wants "who"); a widening. The source is run in `short`
    // reading: the patron asked which number to call for the branch; the dashed last line gives that branch's phone: a
    // referral to the library's own department with its contact, and a source
    name: '"what number do i call for the Arbutus branch?" answered "Here\'s their direct line:" and "- Arbutus Branch, Baltimore County Public Library, 410-887-1451"',
    lines: [
      [0, 'p', 'what number do i call for the Arbutus branch? want to ask if they found my scarf'],
      [20, 'l', "Hi, Tom at Ask BCPL here. Here's their direct line:\n- Arbutus Branch, Baltimore County Public Library, 410-887-1451"],
      [50, 'p', 'thanks!'],
    ],
    exp: some({ source: 'pass', referral: 'pass' }),
  },
  {
    // left: Z4's signature needs its dash; reading a signature line without one as the provider's own would widen Z4 (v24
    // reads the phone as a source too)
    // reading: the provider's own signature with no dash is still the provider's own way back, no referral's contact: an
    // answer from memory gives no source
    name: 'an answer from memory ending on the line "Kim Ortiz, Reference, Eastfield Public Library, 410-555-0172" (no dash): source fails',
    lines: [
      ...open('can i print from my phone at the library', 'Hi, this is Kim at Eastfield Public Library. Is it an iPhone or Android?'),
      [50, 'p', 'android'],
      [60, 'l', 'Yes, send it to the print release station by email from your phone and pick it up at the desk, 15 cents a page.\nKim Ortiz, Reference, Eastfield Public Library, 410-555-0172'],
      [90, 'p', 'thanks'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // left: an older reading: v24 reads "You can visit the District Court Self-Help Center's forms page …" as a referral
    // as well (the party named before "'s … page"); Z6's actor only carries it to "your client can"
    // reading: the forms page is a web page to use (no URL given, so no source either): no referral
    name: '"Your client can visit the District Court Self-Help Center\'s forms page for the CC-DR 20." points to a page: referral na',
    lines: [
      ...open("i'm a social worker, my client needs the form for a protective order", 'Hi, Rosa at the Maryland State Law Library. Is it a peace order or a protective order?'),
      [50, 'p', 'protective'],
      [60, 'l', "Your client can visit the District Court Self-Help Center's forms page for the CC-DR 20."],
      [90, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // left: an older reading: v24 reads "You can call up her reading log in the Beanstack app" as a referral as well ("call
    // up", open, read as "call"); Z6's actor only carries it to "your daughter can"
    // reading: "call up her reading log" opens it in an app: no one to contact
    name: '"Your daughter can call up her reading log in the Beanstack app and add the minutes." refers no one: referral na',
    lines: [
      ...open('how does my daughter log her summer reading', 'Hi, this is Lisa at Ask a Librarian Delaware. Is she signed up already?'),
      [50, 'p', 'yes'],
      [60, 'l', 'Your daughter can call up her reading log in the Beanstack app and add the minutes.'],
      [90, 'p', 'ok thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
];

describeSessions("twenty-fourth round (Z8): the first wave's contacts, referrals, sources and promises checked, every check", whole);
describeSessions("twenty-fourth round (Z8): the first wave's contacts, referrals, sources and promises checked, short cases", short);

describeLeft('twenty-fourth-round-contacts-checked', LEFT);
