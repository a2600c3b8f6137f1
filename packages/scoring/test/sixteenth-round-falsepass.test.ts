/**
 * Sixteenth round, area (Q6): FALSE PASSES OF RECENT WIDENINGS. Ordinary chat lines, as librarians and patrons write
 * them, that carry the surface cues of the families widened in v13-v17 without doing what RUBRIC.md's Terms ask: a
 * "dot com" that is no domain, "do either of those work?" about appointment times not yet given, a program named
 * "Happy Knitting" that says no goodbye, "text anytime" that is a renewal instruction, "you're taking too long" said to
 * reassure, "we're closing the chat service for the night" with time left, "I've spent enough time on this site" as
 * experience, "try your school login" that names no party, "is that the right zip?" about the patron's situation, "the
 * ref desk is on the 2nd floor" that identifies no one, "are you still on the wifi?" that asks no presence, a library's
 * hold notice that is no promise of the provider's, "that's all I know" from a patron answering a question; and, for
 * balance, real instances of each behaviour in unusual words (a greeting as "Evening! Reference here at …", a
 * colleague's e-mail by Thursday, "what else can I dig up for you?", "the rest is on you, I've got a line here", "call
 * the number on the back of your EBT card").
 * Voices: public, county and academic libraries, the statewide cooperative, an SMS service, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - completeness asks whether the information ALREADY given meets the need; a question offering times or options for
 *   something still to be arranged ("Tuesday at 2 or Thursday at 10: do either of those work?") asks about something
 *   not yet given, and a question about the patron's own data ("is that the right zip?") asks about the need;
 * - a message inviting the patron to use a self-service channel ("you can renew by text anytime: reply RENEW") does not
 *   invite them back, thank them or say goodbye; neither does naming a library program whose name holds "Happy";
 * - a library's automatic notice ("the holds staff always send you a text when it comes in") is no promise by the
 *   provider to send or find more later: no follow-up session;
 * - "your school login" is a credential, not a person or organisation: no referral;
 * - telling the patron they are NOT slow ("don't feel like you're taking too long") ends no help: no dismissal.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, usual } from './helpers';

export const whole: SessionCase[] = [
  {
    name: 'public library: a scam text explained ("some random dot com pretending to be us"), no site, guide or number given: source fails',
    lines: [
      [0, 'p', 'i got a text saying i owe $42.50 in library fines and to pay at a link, is that real??'],
      [30, 'l', "Hi there, this is Marisol at Tulsa City-County Library. Did the text come from a regular phone number or a short code?"],
      [75, 'p', 'a regular number, 10 digits'],
      [84, 'l', "That's not us. We never text about fines or ask for card numbers by text; it's almost certainly some random dot com pretending to be us. Please don't click it, just delete it and block the number."],
      [120, 'p', 'ok wow thanks, thats all i needed'],
      [126, 'l', 'Glad you asked first! Have a good evening.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'teen services: the last two messages are a program announcement ("The Happy Knitting group meets Thursdays…") and a room number: no thanks, goodbye or invitation, courteous fails',
    lines: [
      [0, 'p', 'do you have any knitting books for beginners? like kids level'],
      [25, 'l', 'Hi! Priya here from Glendale Library. How old is the knitter?'],
      [60, 'p', 'shes 11'],
      [68, 'l', 'Try "Kids Knit!" by Sarah Bradberry or "Knitting for Children" by Claire Montgomerie, both in our catalog at glendale.bibliocommons.com. Do those look like her kind of thing?'],
      [120, 'p', 'yes perfect thats all i need'],
      [128, 'l', 'The Happy Knitting group meets Thursdays at 4 for ages 9-14, no signup needed.'],
      [140, 'l', "It's in the Teen Room on the lower level."],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: "you can also renew by text anytime" offers a renewal channel; it does not invite the patron back to the
    // service, thank them or say goodbye
    name: 'SMS renewal: the last two provider messages teach text renewal ("renew by text anytime") and give the number: courteous fails',
    lines: [
      [0, 'p', 'can i renew my books thru this'],
      [30, 'l', 'Hi, this is Deb at Pima County Public Library! Are they due today or already overdue?'],
      [80, 'p', 'due today'],
      [88, 'l', 'Done, all 3 are renewed until April 16; you can see the new dates under My Account at library.pima.gov. Is that what you needed?'],
      [130, 'p', 'yes thats all'],
      [136, 'l', 'You can also renew by text anytime: reply RENEW to the due-date reminder.'],
      [142, 'l', 'The reminders come from 520-555-0134.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    name: 'a slow typist reassured: "Don\'t feel like you\'re taking too long, I\'m happy to wait": no dismissal',
    lines: [
      [0, 'p', 'hello i am looking for large print mysteries'],
      [35, 'l', 'Hello, and welcome to Ask Us at Kent District Library! My name is Carla. Do you have a favorite author or series?'],
      [130, 'p', 'sorry i type slow. i like agatha christie and louise penny'],
      [140, 'l', "Don't feel like you're taking too long, I'm happy to wait. Both are in large print: search our catalog at kdl.org and choose Format > Large Print. The newest Louise Penny, \"The Black Wolf\", has copies in now. Does that help?"],
      [230, 'p', 'yes thank you that is everything'],
      [236, 'l', 'Happy reading! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    name: 'evening chat: "we\'re closing the chat service for the night at 9, but it\'s only 8:15, so there\'s plenty of time": no dismissal',
    lines: [
      [0, 'p', 'Need help citing a government report in APA 7'],
      [30, 'l', "Hi! I'm Josh, a librarian at the Ohio State University Libraries. Just so you know, we're closing the chat service for the night at 9, but it's only 8:15, so there's plenty of time. Which agency published the report?"],
      [80, 'p', 'the CDC, it has a report number'],
      [90, 'l', 'Purdue OWL has the pattern with an example: owl.purdue.edu > APA Style > Reference List: Government Documents. Author is Centers for Disease Control and Prevention, then (Year), Title (Report No. xx), then the URL. Is that what you needed?'],
      [150, 'p', 'yes, thanks so much!'],
      [156, 'l', 'Anything else before we close?'],
      [190, 'p', 'nope'],
      [195, 'l', 'Good luck with the paper. Good night!'],
    ],
    exp: usual(),
  },
  {
    name: 'database help: "I\'ve spent enough time on this site to know it\'s fussy" is experience, not a dismissal',
    lines: [
      [0, 'p', 'ancestry library edition keeps kicking me out'],
      [28, 'l', "Hi, you've reached Rosa at Sacramento Public Library. Are you using it at home or at a branch?"],
      [70, 'p', 'at home'],
      [78, 'l', "Ancestry Library Edition only works inside our branches; from home, use HeritageQuest at saclibrary.org/research (choose Genealogy). I've spent enough time on this site to know it's fussy, so don't worry, it's not you. Does that help?"],
      [140, 'p', 'oh ok. ill try heritagequest, thats all for me'],
      [146, 'l', 'Good luck with the family tree, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "your school login" is a credential, not a person or organisation to contact or visit: no referral
    name: 'academic proxy: "Try your school login instead of your library barcode" names no party: referral na',
    lines: [
      [0, 'p', 'the JSTOR link keeps asking for a barcode'],
      [35, 'l', "Hello! This is Kwame at the Rutgers University Libraries Ask a Librarian service. Are you off campus right now?"],
      [75, 'p', 'yes at home'],
      [83, 'l', 'Try your school login (NetID) instead of your library barcode: start from libraries.rutgers.edu > Databases > JSTOR and it will send you to the NetID page. Did that get you in?'],
      [150, 'p', 'yes it worked. no more questions'],
      [155, 'l', 'Great, have a good night!'],
    ],
    exp: usual(),
  },
  {
    // reading: the holds staff's text is the library's automatic notice, not the provider promising to send or find
    // more later: no follow-up session
    name: 'holds: "I\'ll put a hold on the large print copy now, and the Main holds staff always send you a text when it comes in" promises no follow-up',
    lines: [
      [0, 'p', 'can you hold the new david baldacci for me in large print'],
      [30, 'l', "Hi! This is Grace at Richland Library. Sure, would you pick it up at Main or at your local branch?"],
      [70, 'p', 'main is fine'],
      [78, 'l', "Thanks. I'll put a hold on the large print copy now, and the Main holds staff always send you a text when it comes in. You can watch your place in line under My Account at richlandlibrary.com. Does that work for you?"],
      [140, 'p', 'yes thats all thank you'],
      [146, 'l', 'Thank you for using Richland Library chat!'],
    ],
    exp: usual(),
  },
  {
    // reading: a colleague who will e-mail by Thursday makes a follow-up session (Terms: "someone from your library
    // will contact you"); the address is confirmed in the chat
    name: 'follow-up in unusual words: "Ruth, our local history librarian, will reach out by email Thursday with what she finds" (address repeated back): follow-up passes, pending',
    lines: [
      [0, 'p', 'Looking for the obituary of my great aunt, Hazel Pruitt, died in Lancaster around 1962.'],
      [35, 'l', "Good afternoon! I'm Sam, a reference librarian at Lancaster Public Library. Do you know the month, or the church she attended?"],
      [90, 'p', 'maybe spring? st. james episcopal'],
      [98, 'l', "Our obituary index at lancasterlibraries.org/obits only goes to 1955, so this needs the microfilm. Ruth, our local history librarian, will reach out by email Thursday with what she finds in the Intelligencer Journal. What's the best email for you?"],
      [150, 'p', 'karen.pruitt@example.org'],
      [156, 'l', "Got it, karen.pruitt@example.org. Is there anything else I can look for while she's on it?"],
      [190, 'p', 'no thats it, thanks!'],
      [195, 'l', 'Thank you for contacting us, Karen!'],
    ],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'benefits: "call the number on the back of your EBT card" refers with no number: referral fails',
    lines: [
      [0, 'p', 'my snap card isnt working at the store. how do i get a new one'],
      [40, 'l', "Hi, I'm Luis with the Ask a Librarian chat at Houston Public Library. Is the card lost, or does it just get declined?"],
      [85, 'p', 'declined, says invalid card'],
      [95, 'l', "The card itself has to be replaced by the state, so call the number on the back of your EBT card and choose the option for a damaged card. Texas HHS also explains replacements at yourtexasbenefits.com. Does that help?"],
      [160, 'p', 'yes thank you thats all'],
      [166, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'final idle: "Are you still on the library wifi?" asks where the patron is, not whether they are there; a disconnect notice later: check-in fails',
    lines: [
      [0, 'p', 'the printer at the branch says my job is waiting but nothing prints'],
      [30, 'l', "Hi! It's Ben with Anne Arundel County Public Library. Which branch are you at?"],
      [70, 'p', 'severna park'],
      [80, 'l', 'At Severna Park, print jobs release at the PrintStation by the front desk: tap your card, pick the job, and press Print. The steps are at aacpl.net/print. Did that work?'],
      [210, 'l', 'Are you still on the library wifi?'],
      [300, 'l', "It looks like you may have disconnected, so I'm going to end this chat now. Feel free to start a new one anytime. Thanks!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    name: 'greeting that is not one: "The ref desk is on the 2nd floor if you want to come by" does not identify who answers; "Hi!" alone: greeting fails',
    lines: [
      [0, 'p', 'can i get help with a resume in person'],
      [25, 'l', 'Hi! The ref desk is on the 2nd floor if you want to come by.'],
      [40, 'l', 'Is it for a specific job posting, or a general resume?'],
      [80, 'p', 'general, im changing careers'],
      [88, 'l', "We have drop-in resume help Wednesdays 1-4 at the Job Center, and a template guide at boisepubliclibrary.org/jobs. Is that the kind of help you're after?"],
      [140, 'p', 'yes. thats all i need'],
      [145, 'l', 'See you Wednesday, take care!'],
    ],
    // reading: "the ref desk" is where to go, said about a place, not who is answering
    exp: usual({ greeting: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) inquiry.clarify: "Is your email Gmail, or something else?" asks about the patron's situation (the kind of
    // account shapes the steps), but the scorer reads a question about "your email" as one about the patron's contact and
    // drops it; telling the two apart is a widening of the clarify code, not this round's narrowing (the completeness
    // narrowing it shows is guarded by the short case "Thursday at 10 or Saturday at 11 …")
    // reading: the two times are an appointment not yet given; "do either of those work" asks about them, not about
    // the information already given (RUBRIC: "a question about something not yet given ... does not count")
    name: 'tech help booking: the guide is given, then "Tuesday at 2 or Thursday at 10, do either of those work for you?" is about the appointment: completeness fails',
    lines: [
      [0, 'p', 'Hello, my granddaughter set me up with an email but I cannot figure out attachments. Do you do classes?'],
      [40, 'l', "Good morning! I'm Walt, one of the librarians at Dayton Metro Library. Is your email Gmail, or something else?"],
      [95, 'p', 'Gmail on a laptop'],
      [104, 'l', "We have a printable Gmail basics guide with the attachment steps at daytonmetrolibrary.org/techhelp (scroll to Gmail Basics). We can also book you a free one-on-one with our tech tutor at the Main Library: Tuesday at 2 or Thursday at 10, do either of those work for you?"],
      [170, 'p', 'Thursday please'],
      [178, 'l', "You're booked for Thursday at 10 at Main, 2nd floor Tech Center. Anything else I can help with today?"],
      [215, 'p', 'no that is all, thank you dear'],
      [220, 'l', 'You are very welcome. See you Thursday!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- sources that are not ---------------------------------------------------------------------------------------
  {
    name: '"those dot com places" is no domain: no source',
    lines: [
      [0, 'p', 'is it safe to buy old textbooks online'],
      [20, 'l', "Hi, Jo at Sample County Library. Usually, but be careful with those dot com places that ask you to pay by gift card. Any specific book?"],
      [60, 'p', 'no just wondering, thanks thats all'],
      [66, 'l', 'Sure, take care!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: 'a real domain said aloud: "it\'s bard dot loc dot gov" is a source',
    lines: [
      [0, 'p', 'what is the website for the talking books downloads'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample County Library. It's bard dot loc dot gov, and you log in with the account the talking book program gave you. Did that help?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'an organisation named without a way to reach it: "Try the Brooklyn Public Library, they have more": no source, referral fails',
    lines: [
      [0, 'p', 'do you have yiddish books'],
      [20, 'l', "Hi, Jo at Sample County Library here. We have only a few. Try the Brooklyn Public Library, they have a lot more."],
      [60, 'p', 'ok'],
    ],
    exp: some({ source: 'fail', referral: 'fail' }),
  },
  // ---- completeness that is not ----------------------------------------------------------------------------------
  {
    // reading: the zip is the patron's own data (the need), not the information given
    name: '"You typed 97220, is that the right zip?" after the link asks about the patron\'s data: completeness fails',
    lines: [
      [0, 'p', 'which branch is closest to 97220'],
      [20, 'l', "Hi, I'm Jo, a librarian at Multnomah County Library. The branch finder at multcolib.org/locations sorts by zip. You typed 97220, is that the right zip?"],
      [50, 'p', 'yes'],
      [56, 'l', 'Then Gregory Heights is closest, 7921 NE Sandy Blvd. Bye!'],
    ],
    exp: some({ source: 'pass', complete: 'fail' }),
  },
  {
    name: '"Hmm, did the courtesy notice show up?" asks about a notice the library sent long ago, not about the answer: completeness fails',
    lines: [
      [0, 'p', 'why do i have a $5 fine i never got told anything'],
      [20, 'l', "Hi, Jo at Sample County Library. The $5 is a lost-card replacement fee; the fee list is at samplelibrary.org/fees. Hmm, did the courtesy notice show up?"],
      [60, 'p', 'no never'],
      [66, 'l', 'Sorry about that. I waived it. Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Do any of those days work for the makerspace orientation?" offers times, not the answer: completeness fails',
    lines: [
      [0, 'p', 'can i use the 3d printer'],
      [20, 'l', "Hi, Jo at Sample County Library. You need a one-time orientation first; rules are at samplelibrary.org/makerspace. They run Monday, Wednesday and Saturday. Do any of those days work for the orientation?"],
      [60, 'p', 'saturday'],
      [66, 'l', 'Booked you for Saturday at 11. Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  // ---- goodbyes and invitations back that are not ----------------------------------------------------------------
  {
    name: '"The career coach will talk to you this afternoon at 2, bring a printed résumé." as the last message: no goodbye, courteous fails',
    lines: [
      [0, 'p', 'is the career coach in today'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. She is, and I've put your name down for 2 pm; details at samplelibrary.org/careers."],
      [50, 'p', 'ok'],
      [56, 'l', 'The career coach will talk to you this afternoon at 2, bring a printed résumé.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'a real goodbye for later today: "Perfect, talk to you tonight at the book club!" passes courteous',
    lines: [
      [0, 'p', 'is book club still on tonight'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes, 7 pm in the Oak Room, we're discussing \"Demon Copperhead\"."],
      [50, 'p', 'great ill be there'],
      [56, 'l', 'Perfect, talk to you tonight at the book club!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'Spanish: the last messages explain the "Feliz Lectura" club sign-up: no goodbye, courteous fails',
    lines: [
      [0, 'p', 'hay club de lectura para niños?'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Sí, se llama Club Feliz Lectura y es para niños de 6 a 10 años.'],
      [50, 'p', 'y como lo inscribo'],
      [56, 'l', 'Se inscribe en samplelibrary.org/clubes o en la sala infantil.'],
    ],
    exp: some({ courteous: 'fail' }),
  },
  {
    name: 'a real invitation back in SMS words: "txt us again whenever" passes courteous',
    lines: [
      [0, 'p', 'hours sat?'],
      [20, 'l', 'Hi, Jo @ Sample Co Library. Sat 10-5, all branches. txt us again whenever'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  // ---- dismissals that are not, and ones that are ----------------------------------------------------------------
  {
    name: '"I know it can feel like you\'re taking forever with these forms, but you\'re doing fine" is no dismissal',
    lines: [
      [0, 'p', 'sorry this is taking me so long to fill out'],
      [20, 'l', "Hi, Jo at Sample County Library. I know it can feel like you're taking forever with these forms, but you're doing fine. Which box are you on?"],
      [50, 'p', 'box 7'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"I\'ve got a couple of chats going so I can\'t dig into that right away, but give me five minutes and I\'ll be back with it" is a hold, no dismissal',
    lines: [
      [0, 'p', 'can you find the 1978 city council minutes about the park'],
      [20, 'l', "Hi, Jo at Sample County Library. I've got a couple of chats going so I can't dig into that right away, but give me five minutes and I'll be back with it."],
      [200, 'l', 'Found them: the minutes are on the city archive at samplecity.gov/archive, 1978 > June 12. Did that help?'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: '"We\'re closing our chat line for the night in 10 minutes, so let\'s get you the form first" is no dismissal',
    lines: [
      [0, 'p', 'need the homestead exemption form'],
      [20, 'l', "Hi, Jo at Sample County Library. We're closing our chat line for the night in 10 minutes, so let's get you the form first: samplecounty.gov/homestead. Did that open?"],
      [50, 'p', 'yes got it'],
    ],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- referrals that are not, and ones that are -----------------------------------------------------------------
  {
    name: '"Type the number on the back of your library card into the box" sends the patron nowhere: referral na',
    lines: [
      [0, 'p', 'the libby app wants a card number'],
      [20, 'l', 'Hi, Jo at Sample County Library. Type the number on the back of your library card into the box, then your PIN. Did that work?'],
      [50, 'p', 'yes'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"Try your local credit union, most of them notarize for free" refers with no contact: referral fails',
    lines: [
      [0, 'p', 'does the library have a notary'],
      [20, 'l', 'Hi, Jo at Sample County Library. We don\'t, sorry. Try your local credit union, most of them notarize for free for members.'],
      [50, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"I\'ll check with our cataloguing folks and get back to you" consults staff on the patron\'s behalf: referral na',
    lines: [
      [0, 'p', 'why is this book listed as lost when i returned it'],
      [20, 'l', "Hi, Jo at Sample County Library. I'll check with our cataloguing folks about it."],
      [90, 'l', "They found it on the shelf; it's cleared from your account now. Anything else?"],
      [120, 'p', 'no thanks'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'a reported referral with the number: "the jury summons says to call the Jury Office at 919-555-0142" passes referral',
    lines: [
      [0, 'p', 'can the library help me postpone jury duty'],
      [20, 'l', 'Hi, Jo at Sample County Library. Not directly: your summons says to call the Jury Office at 919-555-0142, and they can move your date.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- promises that are not, and ones that are ------------------------------------------------------------------
  {
    name: '"We\'ll send you a text when your hold comes in" is the library\'s notice: no follow-up session',
    lines: [
      [0, 'p', 'put me on hold for the new grisham'],
      [20, 'l', "Hi, Jo at Sample County Library. Done, you're #4. We'll send you a text when your hold comes in. Anything else?"],
      [50, 'p', 'nope'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- greetings ---------------------------------------------------------------------------------------------------
  {
    name: 'real greeting in odd words: "Evening! Reference here at Deschutes Public Library." passes',
    lines: [
      [0, 'p', 'do you have passport photos'],
      [20, 'l', 'Evening! Reference here at Deschutes Public Library. We don\'t, but the Bend post office does.'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: '"Welcome back! Same question as yesterday?" greets without saying who answers: greeting fails',
    lines: [
      [0, 'p', 'hi again, still cant get into my account'],
      [20, 'l', 'Welcome back! Same question as yesterday?'],
      [40, 'p', 'yes'],
      [46, 'l', 'Ok, try resetting the PIN at samplelibrary.org/pin.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: '"Good question! Let me look." then an answer from the library\'s catalog: no greeting, no one identified: fails',
    lines: [
      [0, 'p', 'do you have the movie oppenheimer'],
      [20, 'l', 'Good question! Let me look.'],
      [60, 'l', 'This is from the Sample County Library catalog: 6 DVD copies, 2 on the shelf at Main.'],
    ],
    exp: some({ greeting: 'fail' }),
  },
  // ---- check-ins and notices ---------------------------------------------------------------------------------------
  {
    name: 'a real check-in in odd words: "Knock knock, you still with me?" in a final idle of 150 s passes',
    lines: [
      [0, 'p', 'how late is main open'],
      [20, 'l', 'Hi, Jo at Sample County Library. Main is open until 8 tonight; hours at samplelibrary.org/hours. Does that help?'],
      [150, 'l', 'Knock knock, you still with me?'],
    ],
    over: { endAfter: 20 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: '"Is the book still there on the hold shelf for you?" in a final idle asks about a book, not presence: check-in fails',
    lines: [
      [0, 'p', 'my hold says ready but i cant find it'],
      [20, 'l', "Hi, Jo at Sample County Library. Ready holds are on the shelves by the entrance, under your last name's first three letters; details at samplelibrary.org/holds."],
      [160, 'l', 'Is the book still there on the hold shelf for you?'],
    ],
    over: { endAfter: 10 },
    exp: some({ idle: 'fail', disconnect: 'na' }),
  },
  {
    name: '"If we get cut off, just start a new chat" said in the first answer is no disconnect notice in the final idle: fails',
    lines: [
      [0, 'p', 'my connection is bad, need the food pantry list'],
      [20, 'l', "Hi, Jo at Sample County Library. If we get cut off, just start a new chat. The pantry list is at samplecounty.gov/food."],
      [150, 'l', 'Still there?'],
      [210, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  // ---- anything else -----------------------------------------------------------------------------------------------
  {
    name: 'a patron answering a question: "thats all i know about it, sorry" is not saying they are done: anything else fails',
    lines: [
      [0, 'p', 'looking for a book, blue cover, a dog on a boat'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you remember when you read it?'],
      [50, 'p', 'thats all i know about it, sorry'],
      [56, 'l', 'No worries: it sounds like "Boat Dog" by Jeffrey Barnett; it\'s in our catalog at samplelibrary.org. Did that help?'],
      [90, 'p', 'yes!! thank you'],
      [96, 'l', 'Yay, bye!'],
    ],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"Anything else I should know about the project before I search?" asks about the need: anything else fails',
    lines: [
      [0, 'p', 'need sources on the dust bowl for history day'],
      [20, 'l', 'Hi, Jo at Sample County Library. Anything else I should know about the project before I search?'],
      [50, 'p', 'it has to have primary sources'],
      [56, 'l', 'Library of Congress has Dust Bowl photos and interviews at loc.gov/collections (search "dust bowl"). Does that work?'],
      [90, 'p', 'yes thanks'],
      [96, 'l', 'Good luck, bye!'],
    ],
    exp: some({ anything: 'fail', clarify: 'pass' }),
  },
  {
    name: 'real offer in odd words: "What else can I dig up for you?" passes',
    lines: [
      [0, 'p', 'is there a fee for ILL'],
      [20, 'l', 'Hi, Jo at Sample County Library. No fee for most items; the request form is at samplelibrary.org/ill. What else can I dig up for you?'],
      [50, 'p', 'nothing, ty'],
    ],
    exp: some({ anything: 'pass' }),
  },
  // ---- guards: what the Q6 narrowings must still catch ---------------------------------------------------------------
  {
    name: 'guard: two guides given, then "Do either of those work for you?" still asks (no time offered before it)',
    lines: [
      [0, 'p', 'how do i cite a tweet'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample College Library. Purdue OWL has it under APA > Social Media, and the MLA Style Center at style.mla.org has an example. Do either of those work for you?"],
      [50, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "I can book you Thursday at 10 or Saturday at 11, would either of those work?" after the guide is about the booking: completeness fails',
    lines: [
      [0, 'p', 'i need help with my resume'],
      [20, 'l', "Hi, Jo at Sample County Library. Our resume guide is at samplelibrary.org/jobs. I can book you with a volunteer coach Thursday at 10 or Saturday at 11, would either of those work?"],
      [50, 'p', 'saturday'],
      [56, 'l', 'Done, Saturday at 11. Bye!'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'guard: "Do any of these books sound good?" after titles still asks',
    lines: [
      [0, 'p', 'books like percy jackson?'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Try \"The Red Pyramid\" and \"Aru Shah and the End of Time\", both in our catalog. Do any of these books sound good?"],
      [50, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'guard: "Did the page come up?" after the link still asks',
    lines: [
      [0, 'p', 'where is the passport appointment page'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Book at samplelibrary.org/passports. Did the page come up?"],
      [50, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'guard: "Found him: Walter Pruitt, 1940 census. Is this the right Walter?" still asks',
    lines: [
      [0, 'p', 'looking for my grandpa walter pruitt in the 1940 census'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Found him on FamilySearch (familysearch.org): Walter Pruitt, 34, Allen County. Is this the right Walter?"],
      [50, 'p', 'yes!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'guard: "Happy knitting!" as the last message still closes',
    lines: [
      [0, 'p', 'knitting books?'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Shelf 746.43 at Main, or search the catalog at samplelibrary.org."],
      [50, 'p', 'cool'],
      [56, 'l', 'Happy knitting!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'guard: Spanish "¡Feliz lectura!" as the last message still closes',
    lines: [
      [0, 'p', 'tienen libros de isabel allende'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Sí, varios en español; búsquelos en samplelibrary.org.'],
      [50, 'p', 'gracias'],
      [56, 'l', '¡Feliz lectura!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'guard: "Ok, I\'ll talk to you this afternoon then!" still parts',
    lines: [
      [0, 'p', 'ill come by at 3 for the scanner'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Sounds good, the scanner is at the Main desk; details at samplelibrary.org/scan."],
      [50, 'p', 'great'],
      [56, 'l', "Ok, I'll talk to you this afternoon then!"],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'guard: "Text anytime!" still invites back',
    lines: [
      [0, 'p', 'r u open sunday'],
      [20, 'l', 'Hi, Jo @ Sample Co Library. Sundays 1-5 at Main only.'],
      [50, 'p', 'k'],
      [56, 'l', 'Text anytime!'],
    ],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: 'guard: "You\'re taking too long to type, so I\'m going to end this chat." is still a dismissal',
    lines: [
      [0, 'p', 'i need'],
      [20, 'l', 'Hi, Jo at Sample County Library. What do you need?'],
      [110, 'p', 'a book on'],
      [116, 'l', "You're taking too long to type, so I'm going to end this chat."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "We\'re shutting the chat queue down now, so this is where I leave you." is still a dismissal',
    lines: [
      [0, 'p', 'still need the other two articles'],
      [20, 'l', "Jo at Sample College Library. We're shutting the chat queue down now, so this is where I leave you."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "I\'ve spent enough time on this one, I need to move on." is still a dismissal',
    lines: [
      [0, 'p', 'can you check one more year of the directory'],
      [20, 'l', "Jo at Sample County Library. I've spent enough time on this one, I need to move on."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "hey - ref desk, UW Libraries. whats up?" still identifies',
    lines: [
      [0, 'p', 'hi'],
      [20, 'l', 'hey - ref desk, UW Libraries. whats up?'],
    ],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'guard: "Are you still there?" in a final idle of 150 s still checks in',
    lines: [
      [0, 'p', 'when is the book sale'],
      [20, 'l', "Hi, Jo at Sample County Library. April 12-13 at Main; details at samplelibrary.org/friends."],
      [150, 'l', 'Are you still there?'],
    ],
    over: { endAfter: 20 },
    exp: some({ idle: 'pass' }),
  },
  {
    name: 'guard: "the site is n l s bard dot l o c dot gov" after "the site is" is still a source',
    lines: [
      [0, 'p', 'what was that website again'],
      [20, 'l', "Hi, Jo at Sample County Library. The site is bard dot loc dot gov."],
    ],
    exp: some({ source: 'pass' }),
  },
  {
    // (left by Q6, run since the merge's M: "that / this" with a noun as the subject, as "the / your …" were)
    name: 'real completeness in odd words: "Did that page come up ok for you?" after the link passes',
    lines: [
      [0, 'p', 'where do i sign up for the summer reading'],
      [20, 'l', "Hi, I'm Jo from Sample County Library. Sign up at samplelibrary.beanstack.com with your card. Did that page come up ok for you?"],
      [60, 'p', 'yep got it'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // the merge's M: "Did that link open for you?" after the link (v9's "did the link load" with "that" and a noun)
    name: 'real completeness: "Did this link open for you?" after the catalog link passes',
    lines: [
      [0, 'p', 'do u have the new james mcbride book'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Yes: catalog.samplelibrary.org/record/88213 shows 2 copies in. Did this link open for you?"],
      [60, 'p', 'yes'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // the merge's M, near misses: "that" with a noun asking about something else ("Did that branch say when it reopens?")
    // or a notice (Q6) asks nothing about what was given
    name: 'near miss: "Did that branch say when it reopens?" and "Did that notice show up?" are no completeness questions',
    lines: [
      [0, 'p', 'my hold at eastside never came, the branch was closed'],
      [20, 'l', "Hi, I'm Jo at Sample County Library. Eastside was closed for repairs; your hold is still on the shelf until Friday: samplelibrary.org/account. Did that branch say when it reopens? Did that notice show up in your email?"],
      [60, 'p', 'no they didnt'],
    ],
    exp: some({ complete: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) "the rest is on you, I've got a line of people here" ends the help with no way back; no family holds "the rest
    // is on you" (P8 has "you'll have to … the rest … yourself"), and a bare "the rest is up to you" is also ordinary advice:
    // a widening to weigh with other rounds' sessions
    name: 'real dismissal in plain words: "the rest is on you, I\'ve got a line of people here" with no way back: fails',
    lines: [
      [0, 'p', 'I need the property tax history for my house for 2010-2020 for a lawsuit'],
      [40, 'l', "Hi, this is Tom with Ask Us at Wake County Public Libraries. Do you have the parcel ID?"],
      [90, 'p', 'no just the address, 1402 Oak Ridge Rd'],
      [100, 'l', 'The county tax portal is at wake.gov/tax, search by address and the Tax History tab shows the years.'],
      [160, 'p', 'it only shows back to 2015 tho'],
      [170, 'l', "Ok I've given you the link, the rest is on you. I've got a line of people here."],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) "Does that square with what your professor asked for?" asks whether the answer meets the need; no family holds
    // "square with" (a widening)
    name: 'real completeness: "Does that square with what your professor asked for?" passes',
    lines: [
      [0, 'p', 'need a peer reviewed article on food deserts'],
      [20, 'l', "Hi, I'm Jo, a librarian at Sample College Library. Any particular city?"],
      [40, 'p', 'chicago'],
      [46, 'l', 'Try Academic Search Complete from library.sample.edu/databases: "food desert*" AND Chicago, limit to Peer Reviewed. Does that square with what your professor asked for?'],
      [80, 'p', 'yes!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    // (run since v18's block RM; it was left:) "I can't keep going back and forth on this, you'll have to sort it out with your landlord yourself": N2's "keep
    // troubleshooting / helping …" has no "going back and forth", and P8's "the rest … yourself" no "sort it out with"
    name: 'a real dismissal: "I can\'t keep going back and forth on this, you\'ll have to sort it out with your landlord yourself" with no way back fails',
    lines: [
      [0, 'p', 'but the lease says something different than the tenant handbook'],
      [20, 'l', "Jo at Sample County Library. I've sent you the handbook already. I can't keep going back and forth on this, you'll have to sort it out with your landlord yourself."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    // (run since v18's block RM; it was left:) "Leave it with me, you'll have the scans in your inbox by Friday" promises a delivery with the patron as the
    // subject; no follow-up family reads "you'll have … in your inbox by …" (a widening)
    name: 'a real promise in odd words: "Leave it with me, you\'ll have the scans in your inbox by Friday" (no address confirmed) fails contact',
    lines: [
      [0, 'p', 'can you scan the 1920s plat maps for section 14'],
      [20, 'l', "Hi, Jo at Sample County Library. Leave it with me, you'll have the scans in your inbox by Friday."],
      [50, 'p', 'great thanks'],
    ],
    // reading: the provider promises to deliver later; the code stays 'Answered' and no address is confirmed
    exp: some({ contact: 'fail', code: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('sixteenth round (Q6): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('sixteenth round (Q6): false passes of recent widenings, every check', whole);
describeSessions('sixteenth round (Q6): false passes, short cases', short);

describeLeft('sixteenth-round-falsepass', LEFT);
