/**
 * Twenty-sixth round, area (B4): ENDINGS. `closing.anything_else`, `closing.courteous` and `closing.no_dismissal`: every
 * way a provider asks whether the patron needs anything more, every way a provider parts courteously, and the dismissals
 * the rubric names against polite limits. A PARAPHRASE SWEEP: the same behaviour in the words of many services and
 * registers, and the same words used for something else.
 *
 * Ways real providers and patrons say it (each decided inside a chat below):
 * asking whether anything else is needed (provider):
 *   1 "What else can I dig up for you?"              2 "Anything more on your list?"
 *   3 "Is there something further I can help with?"  4 "Can I help with anything else today?"
 *   5 "Other questions?"                              6 "Is there anything else I may assist you with this evening?" (formal)
 *   7 "Anything further?" (terse veteran)            8 "anythin else i can help w/??" (student worker, typos)
 *   9 "Is there anything else I can assist you with today?" (macro)
 *  10 "Is there anything more I can help you with?" (British)
 *  11 "Any other questions for me?" (Australian)     12 "There is some other thing I can help to you?" (non-native)
 *  13 "¿Hay algo más en que le pueda ayudar?"        14 "Can I be of any further assistance?"
 *  15 "Was there anything else?"                     16 "Need anything else?"
 *  17 "Do you need help with anything else today?"  18 "Anything else I can look up for ya before you go?"
 *  19 "Let me know if there's anything else you need!" (a statement that puts the question)
 *  20 "You have other question?" (non-native)        21 "¿Necesita algo más?"
 *  22 "Are you all set, or is there something else I can look into?"
 *  23 "Did you have any other questions?"            24 "What other questions can I answer?"
 *  25 "Is there anything else you'd like help finding?" (backup staff from another state)
 *  26 "Y a-t-il autre chose?" (French)               27 "Got any more questions for me?"
 * parting courteously (provider):
 *  28 "Happy listening! Come back anytime"           29 "do not hesitate to contact us again"
 *  30 "Take care."                                    31 "have a good one!!"
 *  32 "Thanks for using AskUsNow, good night!"       33 "Cheers, all the best with the family tree!" (British)
 *  34 "No worries, have a good arvo!" (Australian)   35 "Thank you for contact us, have nice day!" (non-native)
 *  36 "Happy reading!"                               37 "Gracias por usar nuestro servicio. ¡Que tenga buen día!"
 *  38 "Mind how you go!" (British)                    39 "Hasta luego, que le vaya bien"
 *  40 "Bonne journée!"                                41 "ttyl!"
 *  42 "Enjoy the rest of your weekend!"              43 "Happy researching!"
 *  44 "This chat has ended. Thank you for using Chat with a Librarian." (macro)
 *  45 "Catch ya later!"                               46 "Pop back in anytime, eh!" (Canadian)
 * the patron saying on their own that they are done:
 *  47 "ok that's all I needed"   48 "no more questions, you've been great"   49 "that's me sorted, ta" (British)
 *  50 "That will be all, thank you." (formal)   51 "nah thats everything"   52 "No, eso es todo, gracias" (Spanish)
 * dismissals and polite limits (provider):
 *  53 "Sorry, we only do one question per chat. Bye." (limit)   54 "You've hit the limit for questions today." (limit)
 *  55 "That's all the time I can give you, sorry." (time up)   56 "My shift is over, so I'm logging off now. Bye." (convenience)
 *  57 "We're swamped so I have to end this chat." (convenience)  58 "you've asked a lot of questions, I need to move on" (too many)
 *  59 "I can't help with that, but Legal Aid can at …" (polite)  60 "That's outside what we can do here, try the county's 311 line …"
 *  61 "I have a few patrons waiting … pop back into chat anytime" (allowed)
 *  62 "There's a queue building … start a new chat anytime and we'll pick it back up" (allowed)
 * near misses: the same words for something else:
 *  N1 "Is it this author or someone else with the same name?"  N2 "Anything else you remember about the cover?"
 *  N3 the patron's "is there anything else I need to bring?"    N4 "What else did your professor say about sources?"
 *  N5 "Did anyone else in your family serve?"                   N6 "Other translations exist too."
 *  N7 "You'll need to take care of the $12 fine first"          N8 "The book should come back by the 14th"
 *  N9 "Thanks to the Friends of the Library, the passes are free"  N10 "You're welcome." (answers thanks)
 *  N11 "You've reached the renewal limit on this one."          N12 "Your computer session time is up at 5"
 *  N13 a patron's own "bye!! thank you"                          N14 "Thanks for chatting, good night!" before the answer
 *  N15 "Thanks for your patience!" mid-chat                      N16 the patron's "I'm good" before any answer
 *  N17 the patron's "is that all there is on him?"               N18 "There's a limit of 50 items per card."
 *  N19 "You have too many items checked out to borrow more."   N20 "Cheers to the Class of 1974 yearbook committee…"
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - a parting wish ("Take care", "Have a good one", "Happy reading!", "Cheers", "have a good arvo", "Mind how you go",
 *   "Enjoy the rest of your weekend", "ttyl", "Bonne journée", "Que le vaya bien") says goodbye;
 * - "Let me know if there's anything else you need" puts the question of more needs to the patron: it asks;
 * - "Anything further?", "Other questions?", "You have other question?" ask whether the patron needs anything else;
 * - "that's me sorted" (British) and "eso es todo" say explicitly that the patron is done; "perfect", "ok cool", "thx" do not;
 * - a patron's "I'm good" before any answer is small talk, not being done;
 * - "You're welcome" answers thanks: it thanks no one, says no goodbye, invites nobody back;
 * - "take care of the fine", "come back by the 14th" (a book), "Thanks to a grant" are no goodbyes;
 * - a limit on the kind of help ("we can't give legal advice, but …") is not a limit of questions, nor a dismissal; a limit
 *   the library puts on items, renewals or computer time is not the patron's "time is up" nor a limit of questions;
 * - announcing that other patrons wait and ending the help without inviting the patron back fails (the seed allows it only
 *   with the invitation);
 * - "you've asked a lot of questions, I need to move on to other people" tells the patron they asked too many (as the
 *   older reading of "…, so I need to move on" does);
 * - "I can't help with that, but the Comptroller of Maryland's taxpayer helpline can, at 410-…" tells the patron to contact
 *   the helpline: a referral;
 * - a title or slogan read unquoted ("Goodnight Moon is on the shelf", "Farewell to Manzanar is checked in", "Say goodbye
 *   to late fees") parts nobody; "Cheers to the yearbook committee" is a toast, no sign-off; "Be well!", "All the best!"
 *   are parting wishes.
 * The cases under "second batch" and "near misses of the changes" were written after the first run (labelled from
 * RUBRIC.md all the same, before running them). No label was changed after a run: every failure was the scorer's.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  // ---- asking for more, in many registers ---------------------------------------------------------------------------
  {
    name: 'terse veteran, county library ("Marv here"): "Anything further?" / "nope" / "K. Take care."',
    lines: [
      [0, 'p', 'what time does the eastside branch close saturday'],
      [58, 'l', 'Hi. Marv here, reference desk, Ocean County Library.'],
      [63, 'l', 'Eastside or East Brunswick? Two different systems.'],
      [90, 'p', 'eastside, toms river'],
      [96, 'l', 'Sat 9-5. Hours page: theoceancountylibrary.org/hours. That what you needed?'],
      [120, 'p', 'yep'],
      [124, 'l', 'Anything further?'],
      [140, 'p', 'nope'],
      [144, 'l', 'K. Take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'the patron is done on their own ("Would either of those suit her?"): "ok that\'s all I needed, you\'ve been super helpful" / "So glad! Happy reading!"',
    lines: [
      [0, 'p', 'looking for a cozy mystery series for my mom, she loved the thursday murder club'],
      [30, 'l', "Hi! This is Grace, a readers' advisory librarian at Multnomah County Library."],
      [35, 'l', "Does she prefer British settings like Osman's, or is anywhere fine?"],
      [66, 'p', 'british for sure'],
      [72, 'l', "Try the Agatha Raisin series by M.C. Beaton, or Richard Coles's Murder Before Evensong; both are in our catalog at multcolib.org. Would either of those suit her?"],
      [118, 'p', "ok that's all I needed, you've been super helpful"],
      [122, 'l', 'So glad! Happy reading!'],
    ],
    exp: usual(),
  },
  {
    name: 'Pratt Library, Demon Copperhead audiobook: "What else can I dig up for you?" / "nothing, thats everything" / "Happy listening! Come back anytime"',
    lines: [
      [0, 'p', 'hey is demon copperhead on audiobook anywhere? the waitlist at my branch is forever'],
      [41, 'l', "Hi there! Thanks for reaching out to Ask Us at the Enoch Pratt Free Library, I'm Tameka."],
      [47, 'l', 'Do you listen on Libby, or would you rather borrow the CDs?'],
      [80, 'p', 'libby. my phone'],
      [86, 'l', 'Let me take a peek at our Libby holds.'],
      [161, 'l', "The Libby audiobook has 41 holds on 9 copies, about a 6 week wait, but Hoopla has it with no wait at all: sign in at hoopladigital.com with your Pratt card. Did that do the trick?"],
      [200, 'p', 'omg yes hoopla worked'],
      [205, 'l', 'What else can I dig up for you?'],
      [236, 'p', 'nothing, thats everything'],
      [240, 'l', 'Happy listening! Come back anytime 😊'],
    ],
    exp: usual(),
  },
  {
    // reading: "do not hesitate to contact us again" invites the patron back
    name: 'UMD McKeldin, formal: "Is there something further I can help with?" / "No, thank you. That will be all." / "…do not hesitate to contact us again"',
    lines: [
      [0, 'p', 'Good evening. I am looking for peer-reviewed literature on groundwater arsenic in Bangladesh, post-2015.'],
      [33, 'l', 'Good evening, and welcome to Ask Us at the University of Maryland Libraries. My name is Dr. Okafor, a research librarian.'],
      [40, 'l', 'Are you interested in the public-health side (exposure and outcomes) or the hydrogeology?'],
      [92, 'p', 'Primarily exposure and health outcomes.'],
      [99, 'l', 'One moment while I build a search.'],
      [205, 'l', 'PubMed and Web of Science will serve best. In PubMed, try ("arsenic"[MeSH] AND "Bangladesh"[MeSH] AND groundwater) with the filter 2015-present; both are on the Databases A-Z list at lib.umd.edu/databases. Does this completely answer your question?'],
      [260, 'p', 'Yes, that is very helpful.'],
      [266, 'l', 'Is there something further I can help with?'],
      [300, 'p', 'No, thank you. That will be all.'],
      [306, 'l', 'You are most welcome. Best of luck with your research, and do not hesitate to contact us again.'],
    ],
    exp: usual(),
  },
  {
    name: 'student worker, community college: "anythin else i can help w/??" / "nah ur good lol" / "ok have a good one!!"',
    lines: [
      [0, 'p', 'do u guys have the chem 121 textbook on reserve'],
      [22, 'l', 'hi!! this is Kayden at the CCBC library front desk'],
      [26, 'l', 'which edition does ur class use, the 9th or the 10th?'],
      [55, 'p', '10th i think'],
      [60, 'l', 'checking one sec'],
      [115, 'l', 'yep! the 10th ed is on 2 hour reserve at the Catonsville circ desk, call # QD31.3 .T56 2023, u can see it in the catalog at library.ccbcmd.edu. does that help?'],
      [150, 'p', 'yess thank u'],
      [153, 'l', 'anythin else i can help w/??'],
      [170, 'p', 'nah ur good lol'],
      [174, 'l', 'ok have a good one!!'],
    ],
    exp: usual(),
  },
  {
    name: 'QuestionPoint backup librarian from Oregon: "Other questions?" / "no that\'s it" / "Thanks for using AskUsNow, good night!", a referral with a phone',
    lines: [
      [0, 'p', 'can my library in frederick get me a book from another state'],
      [39, 'l', "Hello! I'm Beth, a librarian in Oregon helping cover AskUsNow! chats for Maryland tonight."],
      [45, 'l', 'Is it a book your library does not own at all?'],
      [70, 'p', 'yes, its an old local history of a town in ohio'],
      [77, 'l', "Then interlibrary loan is what you want. Frederick County Public Libraries takes ILL requests online at fcpl.org/ill, and the ILL staff at the C. Burr Artz library can answer questions at 301-600-1630: give them a call if the title is hard to find. Did that help?"],
      [120, 'p', 'yes thanks'],
      [124, 'l', 'Other questions?'],
      [140, 'p', "no that's it"],
      [144, 'l', 'Thanks for using AskUsNow, good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'scripted macros: "Is there anything else I can assist you with today?" / "no" / the closing macro "Thank you for using Ask a Librarian… Goodbye!"',
    lines: [
      [0, 'p', 'I forgot my PIN for the library website'],
      [30, 'l', 'Welcome to Ask a Librarian at Howard County Library System! My name is Priya. How may I help you today?'],
      [35, 'l', 'Do you still have access to the email on your library account?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Then go to hclibrary.org, choose My Account > Forgot PIN, and enter your card number; a reset link goes to that email within a few minutes. Did that answer your question?'],
      [110, 'p', 'yes got the email'],
      [114, 'l', 'Is there anything else I can assist you with today?'],
      [135, 'p', 'no'],
      [139, 'l', 'Thank you for using Ask a Librarian. If you have further questions, please feel free to contact us again. Goodbye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Cheers" as a British sign-off thanks and parts
    name: 'British public library: "Is there anything more I can help you with?" / "No, that\'s brilliant" / "Cheers, all the best with the family tree!"',
    lines: [
      [0, 'p', 'Hello, I am trying to find my great grandad in the 1921 census, he lived in Leeds'],
      [24, 'l', "Hello, you're through to Enquire, the librarians' chat. I'm Sian."],
      [30, 'l', 'Do you have his rough year of birth and his street?'],
      [70, 'p', 'born about 1885, lived on Kirkstall Road'],
      [76, 'l', 'Just having a look for you.'],
      [150, 'l', "The 1921 census is on Findmypast, which you can use free on the library computers at any Leeds library; the census guide at leeds.gov.uk/libraries explains how to search by address. Does that help?"],
      [190, 'p', 'Yes, lovely'],
      [194, 'l', 'Is there anything more I can help you with?'],
      [220, 'p', "No, that's brilliant, thanks"],
      [224, 'l', 'Cheers, all the best with the family tree!'],
    ],
    exp: usual(),
  },
  {
    // reading: "have a good arvo" is an Australian goodbye ("have a good afternoon")
    name: 'Australian state library: "Any other questions for me?" / "nah all good" / "No worries, have a good arvo!"',
    lines: [
      [0, 'p', 'g day, how do i get a state library card if i live in geelong'],
      [35, 'l', "G'day! Nick here from Ask a Librarian at the State Library Victoria."],
      [40, 'l', "Are you after a card for the online databases, or to borrow from the reading rooms?"],
      [65, 'p', 'the online stuff'],
      [71, 'l', "Easy: any Victorian resident can join online at slv.vic.gov.au/join and you'll get the eResources login straight away. Is that what you were after?"],
      [100, 'p', 'yep perfect'],
      [104, 'l', 'Any other questions for me?'],
      [120, 'p', 'nah all good'],
      [124, 'l', 'No worries, have a good arvo!'],
    ],
    exp: usual(),
  },
  {
    name: 'non-native provider: "There is some other thing I can help to you?" / "no thank you" / "Thank you for contact us, have nice day!"',
    lines: [
      [0, 'p', 'where can i find practice tests for the US citizenship exam'],
      [44, 'l', 'Hello, my name is Svetlana, I am librarian of Queens Public Library.'],
      [50, 'l', 'You need the civics test or also the English reading and writing?'],
      [80, 'p', 'civics mostly'],
      [86, 'l', 'Please wait, I search for you.'],
      [170, 'l', 'USCIS has all 100 civics questions and a practice test on uscis.gov/citizenship/find-study-materials-and-resources. Also we have free citizenship classes, information on queenslibrary.org/citizenship. Is this helpful for you?'],
      [210, 'p', 'yes very helpful'],
      [214, 'l', 'There is some other thing I can help to you?'],
      [240, 'p', 'no thank you'],
      [244, 'l', 'Thank you for contact us, have nice day!'],
    ],
    exp: usual(),
  },
  {
    // "You're welcome!" answers thanks; "Take care." parts. "ok thanks" alone is not being done
    name: 'the patron only thanks: no "anything else?" asked: anything_else fails; "You\'re welcome! Take care." passes courteous',
    lines: [
      [0, 'p', 'is the seed library open in winter?'],
      [25, 'l', 'Hello, Dana here at the Pima County Public Library Ask Us desk.'],
      [30, 'l', 'Which branch are you thinking of?'],
      [52, 'p', 'joel d valdez main'],
      [58, 'l', "The Seed Library at Joel D. Valdez Main is open all year; the winter seed list is at library.pima.gov/seed-library. Does that answer it?"],
      [90, 'p', 'ok thanks'],
      [94, 'l', "You're welcome! Take care."],
    ],
    exp: usual({ anything: 'fail' }),
  },
  // ---- "else" and "other" in other senses ---------------------------------------------------------------------------
  {
    name: 'near miss: "…or someone else with the same name?" and "Anything else you remember about the plot?" clarify: anything_else fails; "Bye now!" parts',
    lines: [
      [0, 'p', 'i need a book by john green but not the fault in our stars. its about a girl who disappears'],
      [28, 'l', "Hi! I'm Ruth, a librarian at Cuyahoga County Public Library."],
      [33, 'l', 'Is it the YA author John Green, or someone else with the same name?'],
      [60, 'p', 'the ya one'],
      [64, 'l', 'Anything else you remember about the plot?'],
      [95, 'p', 'she leaves clues in a map and her neighbor looks for her'],
      [101, 'l', "That's Paper Towns by John Green (2008). It's on the shelf at 9 branches, see cuyahogalibrary.org. Is that the one?"],
      [130, 'p', 'YES thx'],
      [134, 'l', 'Bye now!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // the thanks came mid-chat; the last two provider messages neither thank, part nor invite back
    name: 'near miss: "Thanks for your patience!" mid-chat; the last two are the answer and "Can I help with anything else today?": courteous fails',
    lines: [
      [0, 'p', 'do you have any books on raising backyard ducks'],
      [20, 'l', 'Hello, this is Ahmed with Ask a Librarian at Sno-Isle Libraries.'],
      [26, 'l', 'For meat, eggs, or pets?'],
      [50, 'p', 'eggs'],
      [55, 'l', 'Thanks for your patience! Let me check the shelves.'],
      [130, 'l', "Storey's Guide to Raising Ducks by Dave Holderread is the classic, and it's checked in at Lynnwood; request it at sno-isle.org. Is that what you were looking for?"],
      [160, 'p', 'yes'],
      [164, 'l', 'Can I help with anything else today?'],
      [190, 'p', 'no'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // the patron's goodbye is not the provider's
    name: 'near miss: the patron\'s own "no thats all, bye!! thank you" after "Anything else I can look up for ya before you go?": anything passes, courteous fails',
    lines: [
      [0, 'p', 'when is the next free tax help day'],
      [30, 'l', 'Hi! Courtney here, librarian at Sacramento Public Library.'],
      [34, 'l', 'Which branch is closest for you?'],
      [60, 'p', 'central'],
      [65, 'l', 'AARP Tax-Aide is at Central every Tuesday and Saturday through April 15, by appointment: saclibrary.org/taxes has the sign-up. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Anything else I can look up for ya before you go?'],
      [130, 'p', 'no thats all, bye!! thank you'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // a goodbye that came before the last answer: the last two provider messages are the answer and its question
    name: 'near miss: "Thanks for chatting, have a good night!" then the patron\'s "wait one more thing", answered: courteous and anything_else fail',
    lines: [
      [0, 'p', 'do you have the first book in the wayward children series'],
      [25, 'l', "Hi, this is Jordan at Seattle Public Library's Ask Us."],
      [30, 'l', 'Print or ebook?'],
      [50, 'p', 'print'],
      [55, 'l', 'Every Heart a Doorway by Seanan McGuire is on the shelf at Central and Ballard: spl.org has the call number. Does that help?'],
      [80, 'p', 'yes'],
      [84, 'l', 'Thanks for chatting, have a good night!'],
      [95, 'p', 'wait one more thing, do you have the second one too'],
      [100, 'l', 'Yes, Down Among the Sticks and Bones is at Ballard, same shelf.'],
      [106, 'l', 'Is that the one you meant?'],
      [130, 'p', 'yep'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail' }),
  },
  {
    // "take care of the fine" is an errand, not a goodbye
    name: 'near miss: "Once you take care of the $12 fine you can renew…" and "Ok, that should do it.": courteous fails',
    lines: [
      [0, 'p', 'why cant i renew my books online'],
      [30, 'l', "Hi, I'm Lou at Ask a Librarian, Cleveland Public Library."],
      [34, 'l', 'Do you see an error message when you click Renew?'],
      [60, 'p', 'it says blocked'],
      [66, 'l', 'One moment, checking your account.'],
      [140, 'l', "There's a $12 lost-item fee on the card that blocks renewals. Once you take care of the $12 fine you can renew at cpl.org under My Account. Does that make sense?"],
      [170, 'p', 'yes ok'],
      [174, 'l', 'Anything else?'],
      [190, 'p', 'no'],
      [194, 'l', 'Ok, that should do it.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // "come back by the 14th" is the book; "Thanks to the Friends…" thanks the Friends, not the patron
    name: 'near miss: "…should come back by the 14th" and "Thanks to the Friends of the Library…" as the last two: courteous fails',
    lines: [
      [0, 'p', 'can i borrow a museum pass for the zoo this weekend'],
      [26, 'l', 'Hello! Ask Us at Westchester Library System, this is Pat.'],
      [31, 'l', 'Which library is your card from?'],
      [55, 'p', 'white plains'],
      [60, 'l', 'The White Plains zoo pass is out right now and should come back by the 14th; I put you on the list at whiteplainslibrary.org/museum-passes. Does that work for you?'],
      [95, 'p', 'ok sure. nothing else, thx'],
      [100, 'l', 'Thanks to the Friends of the Library, the passes are free to borrow.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- dismissals and polite limits --------------------------------------------------------------------------------
  {
    name: 'dismissal: "Sorry, we only do one question per chat. Bye." to a second question: no_dismissal fails',
    lines: [
      [0, 'p', 'what is the late fee for dvds'],
      [30, 'l', 'Hello, Ask a Librarian, this is Terry at Prince George\'s County Memorial Library.'],
      [35, 'l', 'Is this for a regular DVD or a Blu-ray box set?'],
      [55, 'p', 'regular'],
      [60, 'l', 'There are no late fees on DVDs any more: the fine-free policy is at pgcmls.info/fine-free. Did that answer your question?'],
      [90, 'p', 'yes. also how do i get a study room'],
      [95, 'l', 'Sorry, we only do one question per chat. Bye.'],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  {
    // a limit on the kind of help, with somewhere to go: no dismissal; a referral with its phone
    name: 'polite limit: "I can\'t help with that, but the Maryland tax helpline can, at 410-260-7980": no_dismissal passes, referral passes',
    lines: [
      [0, 'p', 'can you tell me if i should file as head of household'],
      [22, 'l', "Hi, I'm Alana, a librarian with AskUsNow!"],
      [27, 'l', 'Is this about your federal return or your Maryland return?'],
      [60, 'p', 'maryland'],
      [66, 'l', "I can't help with that, since it's tax advice, but the Comptroller of Maryland's taxpayer helpline can, at 410-260-7980. The filing status rules are also in the Maryland resident tax booklet at marylandtaxes.gov. Does that help?"],
      [110, 'p', "ok yes. that's all i needed"],
      [114, 'l', 'Thanks for chatting, and good luck with your return!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'allowed: "I have a few patrons waiting… pop back into chat anytime" after a long list, "What else is on your list?" asked before',
    lines: [
      [0, 'p', 'i have a bunch of questions for my genealogy project'],
      [27, 'l', "Hi! I'm Deb, the local history librarian at Allen County Public Library."],
      [32, 'l', "Great! What's the first one, and which family are you researching?"],
      [62, 'p', 'the Vogel family, how do i find their naturalization papers from 1890s'],
      [70, 'l', 'Naturalizations in the 1890s were filed in county courts; FamilySearch has the Allen County ones indexed, at familysearch.org. Is that what you needed?'],
      [100, 'p', 'yes!'],
      [104, 'l', 'What else is on your list?'],
      [130, 'p', 'church records, cemetery, ship lists, and city directories'],
      [138, 'l', "City directories for Fort Wayne are in our Genealogy Center's online collection at genealogycenter.org. I have a few patrons waiting, so I need to wrap up here, but please pop back into chat anytime for the church and cemetery records!"],
    ],
    exp: usual(),
  },
  {
    // ends the help for the provider's convenience: the shift is over, no way back. "Bye." still parts
    name: 'dismissal: "My shift is over, so I\'m logging off now. Bye." to a follow-up question: no_dismissal fails, courteous passes',
    lines: [
      [0, 'p', 'hi how do i print from my laptop at the library'],
      [30, 'l', 'Hi, this is Sam at Ask Us, Montgomery County Public Libraries.'],
      [35, 'l', 'Are you printing from Windows or a Mac?'],
      [60, 'p', 'windows'],
      [65, 'l', 'Send it to the print portal at montgomerycountymd.gov/mcpl-print, then release it at the branch print station with your card. Did that help?'],
      [100, 'p', 'kinda. does it cost anything for color'],
      [106, 'l', "My shift is over, so I'm logging off now. Bye."],
    ],
    exp: usual({ dismissal: 'fail', anything: 'fail' }),
  },
  // ---- other languages ------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: "¿Hay algo más en que le pueda ayudar?" / "No, eso es todo, gracias" / "Gracias por usar nuestro servicio. ¡Que tenga buen día!"',
    lines: [
      [0, 'p', 'hola, busco libros en español para niños de 5 años'],
      [40, 'l', '¡Hola! Soy Marta, bibliotecaria de la Biblioteca Pública del Condado de Los Ángeles.'],
      [46, 'l', '¿Le interesan libros para leer juntos o libros para que el niño aprenda a leer?'],
      [80, 'p', 'para leer juntos antes de dormir'],
      [86, 'l', 'Le recomiendo "Cuentos para dormir" y la serie "Pete el gato" en español; puede buscarlos en el catálogo en lacountylibrary.org. ¿Le sirve esta información?'],
      [120, 'p', 'si muy bien'],
      [124, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [150, 'p', 'No, eso es todo, gracias'],
      [154, 'l', 'Gracias por usar nuestro servicio. ¡Que tenga buen día!'],
    ],
    exp: usual(),
  },
  // ---- idle endings ---------------------------------------------------------------------------------------------------
  {
    // the final idle runs from "Anything else…?" (154 s) to the goodbye (344 s): 190 s, check-in and notice inside it
    name: '"Is there anything else you\'d like help finding?" unanswered, "Are you still there?", then "Looks like you\'ve stepped away… come back any time!"',
    lines: [
      [0, 'p', 'need articles on the dust bowl for a 10th grade essay'],
      [50, 'l', 'Hi, Kim here, a librarian with Ask a Librarian Delaware.'],
      [55, 'l', 'Does your teacher want primary sources, like newspaper articles from the 1930s?'],
      [90, 'p', 'yes at least 2'],
      [96, 'l', 'Give me a minute to pull some up.'],
      [170, 'l', 'Chronicling America at loc.gov has 1930s newspapers: search "dust storm" for 1935. The Library of Congress also has a Dust Bowl primary source set at loc.gov/classroom-materials. Is that what you need?'],
      [200, 'p', 'yes ty'],
      [204, 'l', "Is there anything else you'd like help finding?"],
      [330, 'l', 'Are you still there?'],
      [394, 'l', "Looks like you've stepped away, so I'll close this chat now. Come back any time!"],
    ],
    exp: usual({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'Canadian library, patron done with "that\'s everything, cheers": "Pop back in anytime, eh!" invites back',
    lines: [
      [0, 'p', 'hi, how long can i keep a museum pass at TPL'],
      [36, 'l', "Hi! I'm Aisha with Toronto Public Library's Ask TPL."],
      [41, 'l', 'Are you asking about the Sun Life Museum + Arts Pass?'],
      [62, 'p', 'yeah that one'],
      [67, 'l', "MAP passes are for one day only, printed at home when you reserve them at tpl.ca/map. Does that clear it up?"],
      [100, 'p', "yep that's everything, cheers"],
      [104, 'l', 'Pop back in anytime, eh!'],
    ],
    exp: usual(),
  },
  {
    // a macro greeting that thanks, then two provider messages that neither thank nor part
    name: 'ends on the answer and "Got any more questions for me?", unanswered: anything passes, courteous fails',
    lines: [
      [0, 'p', 'do u have notary service'],
      [30, 'l', 'Thank you for contacting Ask Us at Anne Arundel County Public Library! This is Noor.'],
      [35, 'l', 'Which branch would you go to?'],
      [60, 'p', 'odenton'],
      [64, 'l', 'Odenton has free notary service by appointment: book at aacpl.net/notary. Does that help?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Got any more questions for me?'],
    ],
    over: { endAfter: 40 },
    exp: usual({ courteous: 'fail' }),
  },
  {
    // "Enjoy the rest of your weekend!" is a parting wish: a goodbye (reading)
    name: '"Did you have any other questions?" / "no I\'m set" / "Enjoy the rest of your weekend!"',
    lines: [
      [0, 'p', 'is there a limit on how many ebooks i can borrow'],
      [25, 'l', 'Hi! Max at Ask a Librarian, Denver Public Library.'],
      [30, 'l', 'On Libby, or on another app?'],
      [55, 'p', 'libby'],
      [60, 'l', "There's a limit of 10 Libby loans and 10 holds at a time; see denverlibrary.org/ebooks. Did that answer your question?"],
      [90, 'p', 'yep'],
      [94, 'l', 'Did you have any other questions?'],
      [120, 'p', "no I'm set"],
      [124, 'l', 'Enjoy the rest of your weekend!'],
    ],
    exp: usual(),
  },
  {
    // a limit the library puts on items and renewals is no limit of questions
    name: 'near miss: "You\'ve reached the renewal limit on this one" and "too many items checked out": no_dismissal passes; "Happy researching!"',
    lines: [
      [0, 'p', 'why wont it let me renew the python book'],
      [30, 'l', 'Hello, Ask a Librarian at Johns Hopkins Sheridan Libraries, Fatima here.'],
      [35, 'l', 'Is it Fluent Python, the one due Friday?'],
      [60, 'p', 'yes'],
      [66, 'l', "You've reached the renewal limit on this one (3 renewals). You also have too many items checked out to borrow more, 50 is the cap. You can request a new copy through Interlibrary Loan at catalyst.library.jhu.edu. Does that answer it?"],
      [100, 'p', 'ugh ok, yes'],
      [104, 'l', 'What other questions can I answer?'],
      [130, 'p', 'none'],
      [134, 'l', 'Happy researching!'],
    ],
    exp: usual(),
  },
];

const CARD: Line[] = [
  [0, 'p', 'how do i get a library card if i just moved here'],
  [22, 'l', "Hi! I'm Jo, a librarian at Sample County Library."],
  [27, 'l', 'Do you live in Sample County, or just work here?'],
  [50, 'p', 'live here'],
  [55, 'l', 'You can sign up online at samplecountylibrary.org/card and bring a photo ID with your new address to any branch. Does that help?'],
  [80, 'p', 'yes'],
];
const MAP: Line[] = [
  [0, 'p', 'i need an old map of baltimore from around 1900'],
  [30, 'l', 'Hello, Jo here with Ask Us at the Sample County Library.'],
  [35, 'l', 'Is it for a specific neighborhood?'],
  [60, 'p', 'fells point'],
  [66, 'l', 'The 1896 Bromley atlas of Baltimore is online at the JHU Sheridan Libraries digital collections, jhir.library.jhu.edu. Is that what you needed?'],
  [100, 'p', 'yes perfect'],
];

export const short: SessionCase[] = [
  // ---- asking for more --------------------------------------------------------------------------------------------
  { name: '"Anything more on your list?" after a patron\'s list: anything passes', lines: [[0, 'p', 'i have a list of 4 books for book club'], [20, 'l', "Hi, Jo at Sample County Library's Ask Us. What's the first?"], [40, 'p', 'the women by kristin hannah'], [45, 'l', 'It has holds; the large print is in at Central, see samplecountylibrary.org. Does that work?'], [70, 'p', 'yes'], [74, 'l', 'Anything more on your list?']], over: { endAfter: 20 }, exp: some({ anything: 'pass' }) },
  { name: '"Can I be of any further assistance?": anything passes', lines: [...CARD, [84, 'l', 'Can I be of any further assistance?'], [100, 'p', 'no'], [104, 'l', 'Goodbye!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"Was there anything else?": anything passes', lines: [...CARD, [84, 'l', 'Great. Was there anything else?'], [100, 'p', 'no']], exp: some({ anything: 'pass', courteous: 'fail' }) },
  { name: '"Need anything else?": anything passes', lines: [...MAP, [104, 'l', 'Need anything else?'], [120, 'p', 'nope'], [124, 'l', 'Have a great day!']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: '"Do you need help with anything else today?": anything passes', lines: [...MAP, [104, 'l', 'Do you need help with anything else today?'], [120, 'p', 'nope']], exp: some({ anything: 'pass' }) },
  {
    // reading: "Let me know if…" puts the question to the patron
    name: '"Let me know if there\'s anything else you need!": anything passes',
    lines: [...MAP, [104, 'l', "Let me know if there's anything else you need!"], [130, 'p', 'will do thx']],
    exp: some({ anything: 'pass' }),
  },
  { name: 'non-native "You have other question?": anything passes', lines: [...CARD, [84, 'l', 'You have other question?'], [100, 'p', 'no thank you'], [104, 'l', 'Thank you, bye bye']], exp: some({ anything: 'pass', courteous: 'pass' }) },
  { name: 'Spanish "¿Necesita algo más?": anything passes', lines: [...CARD, [84, 'l', '¿Necesita algo más?'], [100, 'p', 'no gracias']], exp: some({ anything: 'pass' }) },
  { name: 'French "Y a-t-il autre chose que je peux faire pour vous?": anything passes', lines: [...CARD, [84, 'l', 'Y a-t-il autre chose que je peux faire pour vous?'], [100, 'p', 'non merci']], exp: some({ anything: 'pass' }) },
  {
    name: '"Are you all set, or is there something else I can look into?": anything passes',
    lines: [...MAP, [104, 'l', 'Are you all set, or is there something else I can look into?'], [120, 'p', 'all set']],
    exp: some({ anything: 'pass' }),
  },
  { name: '"Is there anything else I may assist you with this evening?": anything passes', lines: [...CARD, [84, 'l', 'Is there anything else I may assist you with this evening?'], [100, 'p', 'No.']], exp: some({ anything: 'pass' }) },
  // ---- near misses: "else" and "other" in other senses ----------------------------------------------------------------
  {
    name: 'near miss: "What else did your professor say about sources?" (before the answer) is about the need: anything fails',
    lines: [
      [0, 'p', 'i need sources for a paper on the harlem renaissance'],
      [20, 'l', 'Hi, Jo here, a librarian at Sample County Library.'],
      [25, 'l', 'What else did your professor say about sources? Any number or type?'],
      [60, 'p', '3 scholarly articles'],
      [66, 'l', 'JSTOR, from samplecountylibrary.org/databases, has plenty: search "Harlem Renaissance" and tick Peer Reviewed. Does that help?'],
      [100, 'p', 'yes thanks'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: 'near miss: "Did anyone else in your family serve?" asks about the need: anything fails',
    lines: [
      [0, 'p', "my grandpa's WWII service records, where do i start"],
      [20, 'l', 'Hello, Jo at Ask Us, Sample County Library.'],
      [25, 'l', 'Do you know his branch? Did anyone else in your family serve?'],
      [60, 'p', 'army. just him'],
      [66, 'l', "Army records are requested from the National Personnel Records Center through archives.gov/veterans. Does that answer your question?"],
      [100, 'p', 'ok thx'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Other translations exist too, want one of those?" is about the book: anything fails',
    lines: [
      [0, 'p', 'do you have the odyssey, the emily wilson one'],
      [20, 'l', 'Hi! Jo, librarian at Sample County Library.'],
      [25, 'l', 'Print or ebook?'],
      [40, 'p', 'print'],
      [45, 'l', "The Emily Wilson Odyssey is on the shelf at Central, see samplecountylibrary.org. Other translations exist too, want one of those? Is the Wilson what you needed?"],
      [70, 'p', 'wilson is fine ty'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    // "anything else" in the patron's mouth
    name: 'near miss: the patron\'s "is there anything else i need to bring?" answered, nobody asks for more: anything fails',
    lines: [...CARD, [84, 'p', 'is there anything else i need to bring?'], [90, 'l', 'Just the ID with your new address, nothing else.'], [110, 'p', 'ok']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: "Anything else you remember about the cover?" before any answer: anything fails',
    lines: [
      [0, 'p', 'trying to find a kids book about a bear who loses his hat'],
      [20, 'l', 'Hi, Jo at Sample County Library here.'],
      [25, 'l', 'Anything else you remember about the cover?'],
      [50, 'p', 'its brown and the bear is big'],
      [55, 'l', "That's I Want My Hat Back by Jon Klassen; the catalog at samplecountylibrary.org shows it at every branch. Is that it?"],
      [80, 'p', 'yes!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  // ---- the patron done on their own ---------------------------------------------------------------------------------
  { name: '"no more questions, you\'ve been great": anything passes', lines: [...CARD, [90, 'p', "no more questions, you've been great"]], exp: some({ anything: 'pass' }) },
  { name: 'British "that\'s me sorted, ta": anything passes (reading: explicitly done)', lines: [...MAP, [110, 'p', "that's me sorted, ta"]], exp: some({ anything: 'pass' }) },
  { name: '"nah thats everything" unprompted: anything passes', lines: [...MAP, [110, 'p', 'nah thats everything']], exp: some({ anything: 'pass' }) },
  { name: '"perfect thanks!!" alone: anything fails', lines: [...MAP, [110, 'p', 'perfect thanks!!']], exp: some({ anything: 'fail' }) },
  { name: '"ok cool" alone: anything fails', lines: [...CARD, [90, 'p', 'ok cool']], exp: some({ anything: 'fail' }) },
  {
    // reading: "I'm good" before any answer is small talk
    name: 'near miss: the patron\'s "I\'m good" before the answer, "ok" after: anything fails',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', "Hi! I'm Jo at Sample County Library. How are you today?"],
      [30, 'p', "I'm good. do you have tax forms"],
      [35, 'l', 'Federal or state?'],
      [50, 'p', 'federal'],
      [55, 'l', 'We have 1040 forms at every branch, and they can be printed from irs.gov/forms. Does that help?'],
      [80, 'p', 'ok'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: 'near miss: the patron asks "is that all there is on him?": not done, anything fails',
    lines: [...MAP, [110, 'p', 'is that all there is on fells point?'], [116, 'l', 'The Maryland Center for History and Culture has more, at mdhistory.org.']],
    exp: some({ anything: 'fail' }),
  },
  // ---- courteous partings ---------------------------------------------------------------------------------------------
  { name: '"Cheers!" as the last message: courteous passes', lines: [...CARD, [90, 'p', "that's all i needed"], [94, 'l', 'Cheers!']], exp: some({ courteous: 'pass', anything: 'pass' }) },
  { name: '"Mind how you go!" (British): courteous passes', lines: [...CARD, [90, 'p', "that's all i needed"], [94, 'l', 'Mind how you go!']], exp: some({ courteous: 'pass' }) },
  { name: '"Hasta luego, que le vaya bien": courteous passes', lines: [...CARD, [90, 'p', 'eso es todo'], [94, 'l', 'Hasta luego, que le vaya bien']], exp: some({ courteous: 'pass' }) },
  { name: '"Bonne journée!": courteous passes', lines: [...CARD, [90, 'p', 'merci'], [94, 'l', 'Avec plaisir. Bonne journée!']], exp: some({ courteous: 'pass' }) },
  { name: '"ttyl!": courteous passes', lines: [...CARD, [90, 'p', 'kk thx'], [94, 'l', 'np, ttyl!']], exp: some({ courteous: 'pass' }) },
  { name: '"Catch ya later!": courteous passes', lines: [...CARD, [90, 'p', 'sweet'], [94, 'l', 'Catch ya later!']], exp: some({ courteous: 'pass' }) },
  { name: 'macro "This chat has ended. Thank you for using Chat with a Librarian.": courteous passes', lines: [...MAP, [110, 'l', 'This chat has ended. Thank you for using Chat with a Librarian.']], exp: some({ courteous: 'pass' }) },
  { name: 'near miss: "You\'re welcome." as the last two: courteous fails', lines: [...CARD, [90, 'p', 'thank you!'], [94, 'l', "You're welcome."]], exp: some({ courteous: 'fail' }) },
  {
    name: 'near miss: "Cheers to the Class of 1974 yearbook committee for scanning these" is no sign-off: courteous fails',
    lines: [...MAP, [110, 'p', 'do you have yearbooks too'], [116, 'l', 'Yes, our local history page has Sample High yearbooks 1950-1990 at samplecountylibrary.org/yearbooks. Cheers to the Class of 1974 yearbook committee for scanning these.']],
    exp: some({ courteous: 'fail' }),
  },
  // ---- dismissals ------------------------------------------------------------------------------------------------------
  { name: '"You\'ve hit the limit for questions today.": no_dismissal fails', lines: [...CARD, [90, 'p', 'also can i get a museum pass'], [94, 'l', "You've hit the limit for questions today."]], exp: some({ dismissal: 'fail' }) },
  { name: '"That\'s all the time I can give you, sorry.": no_dismissal fails', lines: [...CARD, [90, 'p', 'also can i get a museum pass'], [94, 'l', "That's all the time I can give you, sorry."]], exp: some({ dismissal: 'fail' }) },
  { name: '"We\'re swamped so I have to end this chat." (no way back): no_dismissal fails', lines: [...CARD, [90, 'p', 'also what about parking'], [94, 'l', "We're swamped so I have to end this chat."]], exp: some({ dismissal: 'fail' }) },
  {
    name: '"you\'ve asked a lot of questions, I need to move on to other people": no_dismissal fails',
    lines: [...CARD, [90, 'p', 'and what about the museum passes and the seed library and the makerspace'], [96, 'l', "you've asked a lot of questions, I need to move on to other people"]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"That\'s outside what we can do here, try the county\'s 311 line at 311 or 410-396-5352": no_dismissal passes',
    lines: [...CARD, [90, 'p', 'also can you report a pothole for me'], [96, 'l', "That's outside what we can do here, try the county's 311 line at 410-396-5352."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"There\'s a queue building so I\'m going to have to let you go; start a new chat anytime and we\'ll pick it back up": passes',
    lines: [...CARD, [90, 'p', 'and the makerspace, the 3d printer, the sewing machines?'], [96, 'l', "There's a queue building so I'm going to have to let you go; start a new chat anytime and we'll pick it back up!"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // the library computer's time, not the chat's
    name: 'near miss: "Your computer session time is up at 5, but you can extend it at the desk": no_dismissal passes',
    lines: [[0, 'p', 'how long can i use the computer im on'], [20, 'l', 'Hi, Jo at Sample County Library. Are you at Central?'], [40, 'p', 'yes'], [45, 'l', 'Your computer session time is up at 5, but you can extend it at the desk. The rules are at samplecountylibrary.org/computers. Does that help?'], [70, 'p', 'yes']],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'chat-speak dismissal: "srry gotta go, chat\'s closing" to a question (no way back): no_dismissal fails',
    lines: [...CARD, [90, 'p', 'wait can i renew online too'], [94, 'l', "srry gotta go, chat's closing"]],
    exp: some({ dismissal: 'fail' }),
  },
];

/**
 * Second batch: more paraphrases, written after the first run (labelled from RUBRIC.md all the same, before running them).
 */
export const more: SessionCase[] = [
  { name: '"Anything else I can hunt down for you?": anything passes', lines: [...MAP, [104, 'l', 'Anything else I can hunt down for you?'], [120, 'p', 'no']], exp: some({ anything: 'pass' }) },
  { name: '"Is there any other way I can help?": anything passes', lines: [...CARD, [84, 'l', 'Is there any other way I can help?'], [100, 'p', 'no']], exp: some({ anything: 'pass' }) },
  { name: '"Any other burning questions? 🙂": anything passes', lines: [...CARD, [84, 'l', 'Any other burning questions? 🙂'], [100, 'p', 'lol no']], exp: some({ anything: 'pass' }) },
  { name: '"What more can I do for you today?": anything passes', lines: [...MAP, [104, 'l', 'What more can I do for you today?'], [120, 'p', 'nothing']], exp: some({ anything: 'pass' }) },
  { name: '"Anything else while I\'ve got you?": anything passes', lines: [...MAP, [104, 'l', "Anything else while I've got you?"], [120, 'p', 'nope']], exp: some({ anything: 'pass' }) },
  { name: '"Do you have any further questions?": anything passes', lines: [...CARD, [84, 'l', 'Do you have any further questions?'], [100, 'p', 'No']], exp: some({ anything: 'pass' }) },
  { name: '"Can I help you with something else?": anything passes', lines: [...CARD, [84, 'l', 'Can I help you with something else?'], [100, 'p', 'no']], exp: some({ anything: 'pass' }) },
  { name: '"Shall I look up anything else for you?": anything passes', lines: [...MAP, [104, 'l', 'Shall I look up anything else for you?'], [120, 'p', 'no ta']], exp: some({ anything: 'pass' }) },
  { name: 'typo "anyting els i can do?": anything passes (reading: the typo still asks)', lines: [...CARD, [84, 'l', 'anyting els i can do?'], [100, 'p', 'nope']], exp: some({ anything: 'pass' }) },
  { name: 'Spanish "¿En qué más le puedo ayudar?": anything passes', lines: [...CARD, [84, 'l', '¿En qué más le puedo ayudar?'], [100, 'p', 'nada mas']], exp: some({ anything: 'pass' }) },
  { name: 'patron "I\'m all set now, thanks": anything passes', lines: [...CARD, [90, 'p', "I'm all set now, thanks"]], exp: some({ anything: 'pass' }) },
  { name: 'patron "no further questions": anything passes', lines: [...CARD, [90, 'p', 'great, no further questions']], exp: some({ anything: 'pass' }) },
  { name: 'British patron "That\'ll do me, thanks": anything passes (reading: explicitly done)', lines: [...MAP, [110, 'p', "That'll do me, thanks"]], exp: some({ anything: 'pass' }) },
  { name: 'patron "Nope, I think that covers it": anything passes', lines: [...MAP, [110, 'p', 'Nope, I think that covers it']], exp: some({ anything: 'pass' }) },
  { name: '"Have a lovely evening!": courteous passes', lines: [...CARD, [90, 'p', "that's all"], [94, 'l', 'Have a lovely evening!']], exp: some({ courteous: 'pass' }) },
  { name: '"See you around!": courteous passes', lines: [...CARD, [90, 'p', "that's all"], [94, 'l', 'See you around!']], exp: some({ courteous: 'pass' }) },
  { name: '"Thx for chattin!": courteous passes', lines: [...CARD, [90, 'p', 'kk'], [94, 'l', 'Thx for chattin!']], exp: some({ courteous: 'pass' }) },
  { name: '"All the best!": courteous passes (reading: a parting wish)', lines: [...CARD, [90, 'p', "that's everything"], [94, 'l', 'All the best!']], exp: some({ courteous: 'pass' }) },
  { name: '"Be well!": courteous passes (reading: a parting wish)', lines: [...CARD, [90, 'p', "that's everything"], [94, 'l', 'Be well!']], exp: some({ courteous: 'pass' }) },
  { name: '"Have a blessed day": courteous passes', lines: [...CARD, [90, 'p', "that's everything"], [94, 'l', 'Have a blessed day']], exp: some({ courteous: 'pass' }) },
  { name: '"Thanks heaps, have a good one mate!" (Australian): courteous passes', lines: [...CARD, [90, 'p', "that's everything"], [94, 'l', 'Thanks heaps, have a good one mate!']], exp: some({ courteous: 'pass' }) },
  { name: '"Merci beaucoup et au revoir!": courteous passes', lines: [...CARD, [90, 'p', 'merci'], [94, 'l', 'Merci beaucoup et au revoir!']], exp: some({ courteous: 'pass' }) },
  { name: '"Gracias por su paciencia, que tenga buena tarde": courteous passes', lines: [...CARD, [90, 'p', 'gracias'], [94, 'l', 'Gracias por su paciencia, que tenga buena tarde']], exp: some({ courteous: 'pass' }) },
  { name: '"Ta-ta for now!": courteous passes', lines: [...CARD, [90, 'p', "that's all"], [94, 'l', 'Ta-ta for now!']], exp: some({ courteous: 'pass' }) },
  {
    name: 'near miss: "Goodnight Moon is on the shelf at Central" as the last two: courteous fails',
    lines: [...MAP, [110, 'p', 'also a bedtime book for my toddler?'], [116, 'l', 'Goodnight Moon is on the shelf at Central, and so is Llama Llama Red Pajama.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Farewell to Manzanar is checked in at two branches" as the last two: courteous fails',
    lines: [...MAP, [110, 'p', 'and a memoir about japanese internment'], [116, 'l', 'Farewell to Manzanar is checked in at two branches, with the call number 940.53 HOU.']],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'near miss: "Say goodbye to late fees: we went fine-free in May!" (a slogan) as the last two: courteous fails',
    lines: [...CARD, [90, 'p', 'do you still charge late fees'], [96, 'l', "Say goodbye to late fees: we went fine-free in May! Lost items are still billed, though."]],
    exp: some({ courteous: 'fail' }),
  },
  { name: '"Your 20 minutes are up.": no_dismissal fails', lines: [...CARD, [90, 'p', 'also what about parking'], [94, 'l', 'Your 20 minutes are up.']], exp: some({ dismissal: 'fail' }) },
  {
    name: '"We limit chats to 15 minutes, so I\'ll have to end it here.": no_dismissal fails',
    lines: [...CARD, [90, 'p', 'also what about parking'], [94, 'l', "We limit chats to 15 minutes, so I'll have to end it here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"…this one is too long for chat, please email us at ask@samplecountylibrary.org and we\'ll dig in": a way back, no_dismissal passes',
    lines: [...CARD, [90, 'p', 'can you find every article about my grandfather in the local paper 1940-1980'], [96, 'l', "Sorry, this one is too long for chat, please email us at ask@samplecountylibrary.org and we'll dig in."]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"I\'m the only one on tonight and there\'s a line, so please come back later for the rest": no_dismissal passes',
    lines: [...CARD, [90, 'p', 'ok and next how do i use the 3d printer, and the laser cutter'], [96, 'l', "I'm the only one on tonight and there's a line, so please come back later for the rest!"]],
    exp: some({ dismissal: 'pass', courteous: 'pass' }),
  },
  {
    // reading: a limit on the kind of help (legal advice) ends nothing for the provider's convenience
    name: '"That\'s beyond what I can answer, you\'d need a lawyer for that." : no_dismissal passes',
    lines: [...CARD, [90, 'p', 'can my landlord keep my deposit for painting'], [96, 'l', "That's beyond what I can answer, you'd need a lawyer for that."]],
    exp: some({ dismissal: 'pass' }),
  },
];

/** Near misses of this round's changes (written with them; labelled from RUBRIC.md). */
export const guards: SessionCase[] = [
  { name: 'guard (anythingElse "what else"): "What else do you need for the assignment?" after the answer: anything passes', lines: [...MAP, [104, 'l', 'What else do you need for the assignment?'], [120, 'p', 'nothing']], exp: some({ anything: 'pass' }) },
  { name: 'guard (anythingElse "what else"): "What else did you need?": anything passes', lines: [...MAP, [104, 'l', 'What else did you need?'], [120, 'p', 'nothing']], exp: some({ anything: 'pass' }) },
  {
    name: 'guard (anythingElse French): "Vous cherchez autre chose que le roman?" asks about the book: anything fails',
    lines: [[0, 'p', 'bonjour, je cherche Les Misérables en français'], [20, 'l', 'Bonjour! Jo, bibliothécaire à Sample County Library.'], [25, 'l', 'Vous cherchez autre chose que le roman?'], [50, 'p', 'non, le roman'], [55, 'l', 'Nous l\'avons à Central: samplecountylibrary.org. Ça vous convient?'], [80, 'p', 'oui']],
    exp: some({ anything: 'fail' }),
  },
  { name: 'guard (anythingElse French): "Avez-vous d\'autres questions?": anything passes', lines: [...CARD, [84, 'l', "Avez-vous d'autres questions?"], [100, 'p', 'non']], exp: some({ anything: 'pass' }) },
  { name: 'guard (inviteBack): "You should come back Tuesday when the pass is in!": courteous passes', lines: [...MAP, [104, 'l', 'You should come back Tuesday when the pass is in!']], exp: some({ courteous: 'pass' }) },
  { name: 'guard (farewell "cheers"): "Cheers to you, and happy hunting!": courteous passes', lines: [...MAP, [104, 'l', 'Cheers to you, and happy hunting!']], exp: some({ courteous: 'pass' }) },
  {
    name: 'guard (dismissalHard): "You\'ve asked a lot of questions, and I\'m happy to keep going! What\'s next?": no_dismissal passes',
    lines: [...CARD, [90, 'p', 'ok next one, parking?'], [96, 'l', "You've asked a lot of questions, and I'm happy to keep going! What's next?"]],
    exp: some({ dismissal: 'pass' }),
  },
  { name: 'guard (farewell "good night"): "Good night, and take care!": courteous passes', lines: [...MAP, [104, 'l', 'Good night, and take care!']], exp: some({ courteous: 'pass' }) },
  { name: 'guard (farewell "farewell"): "Farewell, and happy reading!": courteous passes', lines: [...MAP, [104, 'l', 'Farewell, and happy reading!']], exp: some({ courteous: 'pass' }) },
  { name: 'guard (farewell "goodbye"): "Goodbye to you all!": courteous passes', lines: [...MAP, [104, 'l', 'Goodbye to you all!']], exp: some({ courteous: 'pass' }) },
  { name: 'guard (farewell "be well"): "It may be well worth the wait." as the last two: courteous fails', lines: [...MAP, [104, 'l', 'The 1896 atlas has a waitlist for the print copy. It may be well worth the wait.']], exp: some({ courteous: 'fail' }) },
  { name: 'guard (inviteBack): "You can put it on hold and you should come back Tuesday!": courteous passes', lines: [...MAP, [104, 'l', 'You can put it on hold and you should come back Tuesday!']], exp: some({ courteous: 'pass' }) },
  {
    name: 'guard (anythingElse "what more"): "What more can you tell me about the book?" before the answer: anything fails, clarify passes',
    lines: [[0, 'p', 'looking for a book with a red cover about a lighthouse'], [20, 'l', 'Hi, Jo at Sample County Library.'], [25, 'l', 'What more can you tell me about the book?'], [50, 'p', 'its for kids, a girl and her dad'], [55, 'l', "That sounds like Hello Lighthouse by Sophie Blackall; it's at Central, see samplecountylibrary.org. Is that the one?"], [80, 'p', 'yes!']],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: 'guard (referralCanHelp): "I can\'t renew it, but the copy you have can be renewed online at …" names no party: referral na',
    lines: [...CARD, [90, 'p', 'can you renew my card'], [96, 'l', "I can't renew it, but the copy you have can be renewed online at samplecountylibrary.org."]],
    exp: some({ referral: 'na' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-sixth round (B4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B4): endings, paraphrased, every check', whole);
describeSessions('twenty-sixth round (B4): endings, paraphrased, short cases', short);
describeSessions('twenty-sixth round (B4): endings, paraphrased, second batch', more);
describeSessions('twenty-sixth round (B4): endings, paraphrased, near misses of the changes', guards);

describeLeft('twenty-sixth-round-parting', LEFT);
