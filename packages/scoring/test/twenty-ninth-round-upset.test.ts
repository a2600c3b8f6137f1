/**
 * Twenty-ninth round, third wave, area (H3): UPSET PATRONS, COMPLAINTS AND SURVEYS. Patrons angry about fines, a lost
 * hold, a rude staff member, a policy, the chat's wait; patrons who swear or insult; providers who apologise,
 * de-escalate, explain policy, refer to a manager or the complaints office, or lose patience; the survey
 * (`survey.rating` 1-5, `survey.comment`) positive, negative, mixed, about the library, sarcastic, in Spanish
 * (closing.no_dismissal, closing.courteous, referral.contact and the flags of RUBRIC.md "Score and flags").
 *
 * PARAPHRASE SWEEP. Ways real providers (and patrons) say it, across registers:
 *  apologising and de-escalating: "I'm so sorry, that's frustrating", "I do understand, and I'm sorry", "Lo siento
 *   mucho", "Kindly accept our apologies", "ugh sorry!!", "[Macro] We're sorry about your experience."
 *  referring a complaint: "the Elm St branch manager, Karen Lowe, 410-555-0142", "Customer Relations at
 *   customerrelations@…", "the council's libraries team at libraries@…gov.uk", "Talk to the branch manager about it."
 *   (no contact), "ask at the circulation desk" (no contact), "the ILL office, ill@…"
 *  the manager calling back: "I'll pass this to the branch manager, who will call you tomorrow at …" (a follow-up, not a
 *   referral: the patron is not told to contact anyone)
 *  ending on abuse: "I'm ending this chat because of the language. You're welcome to start a new chat when you're ready."
 *  losing patience: "Look, I've explained the policy three times. I'm not going around in circles. Bye." / "I can't help
 *   you any further with this, goodbye." (dismissal fails) vs "I'm going to end the chat now. If you'd like help later,
 *   please start a new chat." (passes)
 *  surveys: "Ana was great, the hold system not so much", "oh great, super helpful. NOT.", "Nadie me ayudó, pésimo
 *   servicio", "Muy amable, gracias", "much better than last time!", "no complaints", "Not the librarian's fault, but
 *   the new hours are rubbish", "long wait but got my answer".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - ending the chat because the patron swears at the provider is not for the provider's convenience (older reading:
 *   dismissal passes); "You're welcome to start a new chat" invites back (courteous passes);
 * - refusing to go on because the patron keeps arguing, with no way back, ends the help for the provider's convenience
 *   (dismissal fails);
 * - a comment is negative when it complains, of the provider, the service or the library ("the hold system not so
 *   much", "the new hours are rubbish", "long wait but got my answer"): RUBRIC.md says "the comment is negative", not
 *   "negative about the provider"; praise that recalls an old complaint ("much better than last time!") is not;
 * - a sarcastic comment ("super helpful. NOT.") is negative;
 * - "the branch manager will call you tomorrow" is a follow-up promise, not a referral (the patron is not told to
 *   contact anyone);
 * - an appeal web form ("appeal the fine via the form at lib.univ.edu/appeals") is a source, not a referral;
 * - "ask at the circulation desk" tells the patron to visit the library's own department: a referral, without a contact.
 * - a parting wish ("good luck studying :)") says goodbye (closing.courteous passes); "yeah ok. thats it" is not an explicit
 *   "that's all I needed" (closing.anything_else fails).
 * RESULTS. Written: 30 whole sessions (26 first, 4 more for the fixes; 3 of them in LEFT), 20 short cases (15 first, 5 more),
 * 15 surveys on a good session (13 first, 2 more), and near misses: 6 sessions in `guards`, 11 comments in `notNegative` (the last added after the full suite).
 * First run: 30 of 107 tests failed. Per check: closing.no_dismissal 5, referral.contact 5, approachability.greeting 1,
 * closing.courteous 1, info.source 1, closing.anything_else 1, followup.completeness 1; the flags of 11 whole sessions
 * (negative_comment missed 8 times, critical_fail twice with the dismissals, low_score once) and 5 survey rows. Six were my
 * labels, corrected (each says so at its case): low_score on a 77.8 session, a greeting without a greeting word, "good luck
 * studying :)" a goodbye, no source where only the patron's e-mail was given, "yeah ok. thats it", "Is that OK with you?"
 * about a call back. The rest was the scorer, fixed in block H3:
 *  - `refusedToGoOnH3` (classify.ts `refusedToGoOnH3`, closing.ts): a sentence refusing to go on with an upset patron ("I'm
 *    not going to keep going around in circles.", "I can't help you any further with this, goodbye.", "There is nothing more
 *    I can do for you.", "We're going around in circles, so I'm closing this chat.", "ok im not gonna argue with you"), with
 *    nothing but parting words after it, no source, no way back, the patron not done: dismissal fails [near misses: "There's
 *    nothing more I can do from here, but the branch manager can: 410-555-0142."; "I'm not going to argue, you're right! I've
 *    taken the fine off."; "… Please start a new chat if the branch can't sort it out."; the help going on in the next
 *    message; the patron done first; "I'm not going to argue with the catalogue; … samplelib.org/hold"];
 *  - negativeComment (rubric.ts block H3): "what a joke", "is a nightmare / rip off / rubbish / joke", ", the hold system not so
 *    much", "super helpful. NOT.", "thanks for nothing", "still nothing", "unsympathetic", "brushed off", "long wait", "the wait
 *    … was long", "me dejó esperando"; and v1's "rude" not the patron's own ("even though I was rude") [near misses: the
 *    `notNegative` comments; "I was polite and she was rude" still flags].
 * The whole scoring suite then broke one older test (twenty-seventh-round-followups-checked: "My spelling is rubbish but she
 * understood me" is not negative): "is rubbish / a joke …" was narrowed (not after "I" or "my <thing>", not when the comment
 * goes on to praise the help, C8's PRAISE_AFTER_C8), with the near miss "my typing is a joke but she understood me".
 * Left: 3 whole sessions and 2 short cases, all referral.contact (see `LEFT`): a passive "can be renewed by calling X at
 * <phone>", "X is at <e-mail>" and "X can review it: <phone>" read as no referral; a policy URL taken for the branch desk's.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs), and the
 * flags every case's survey raises (`flags`, sorted); the short ones give a few. `LEFT` (not run) holds cases labelled
 * right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from "vitest";
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, chat, describeSessions, FU_LIB, FU_ME, type Line, score, type SessionCase, some, usual } from './helpers';

type Survey = { rating: number | null; comment: string | null };
type Case = SessionCase & { flags?: string[] };
const sv = (rating: number | null, comment: string | null = null) => ({ survey: { rating, comment } as Survey });

/** A short complaint session up to the patron's second, angrier message (after a source, completeness asked). */
const FINE: Line[] = [
  [0, 'p', 'why do I have a $12 fine?? I returned that book on time'],
  [20, 'l', "Hi, I'm Jo at Ask Us, Sample County Library. I'm sorry about that. Which book was it?"],
  [50, 'p', 'the Grisham one. returned it in the drop box on the 3rd'],
  [70, 'l', 'It was checked in on the 5th; book drop returns are sometimes checked in late. Fines and disputes are explained at samplelib.org/fines. Does that help?'],
  [100, 'p', 'no it does NOT help, this is ridiculous, I want it off my account'],
];
const L = (text: string, t = 120): Line => [t, 'l', text];

export const whole: Case[] = [
  {
    name: 'warm public library: fine from the book drop, apology, the branch manager with phone and e-mail; survey 2 "the fine is still on my account, what a joke"',
    lines: [
      [0, 'p', 'this is ridiculous, $15 for a book I returned!!'],
      [25, 'l', "Hi, I'm Dana with Ask Us at Sample County Library. I'm so sorry, that's frustrating. Which branch did you return it to?"],
      [60, 'p', 'Elm St, in the book drop last Tuesday'],
      [80, 'l', 'Thank you. Book drop returns are sometimes checked in late, and the branch can look for the item and clear the fine. The Elm St branch manager, Karen Lowe, can be reached at 410-555-0142 or elmstreet@samplelib.org. Does that help?'],
      [130, 'p', "fine. I guess. that's all"],
      [140, 'l', 'Again, I am sorry for the trouble. Thanks for contacting us, and have a good evening.'],
    ],
    over: sv(2, 'the fine is still on my account, what a joke'),
    exp: usual({ referral: 'pass' }),
    flags: ['low_rating', 'negative_comment'],
  },
  {
    // reading: ending on abuse is not for the provider's convenience; "start a new chat" invites back
    name: 'patron swears at the provider, chat ended for the language with an invitation back; survey 1 "rude librarian hung up on me"',
    lines: [
      [0, 'p', 'where the f*** is my hold, ive been waiting 3 months'],
      [20, 'l', 'Hello, this is Chris at the Ask a Librarian service. I can look into that. What is the title of the hold?'],
      [45, 'p', 'you people are f***ing useless, just look it up idiot'],
      [60, 'l', "I'm ending this chat because of the language. You're welcome to start a new chat when you're ready."],
    ],
    over: sv(1, 'rude librarian hung up on me'),
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
    // label fixed after the first run: the value is 77.8 (14 of 18), not below 70: no low_score
    flags: ['low_rating', 'negative_comment'],
  },
  {
    name: 'formal: complaint about a staff member, Customer Relations form and e-mail; survey 5 "Thank you for taking me seriously."',
    lines: [
      [0, 'p', 'I want to complain about a staff member at the Westside branch who yelled at my son.'],
      [30, 'l', "Good afternoon, this is Martin, a librarian with AskUsNow!. I'm very sorry to hear that. Do you know roughly when this happened?"],
      [70, 'p', 'Yesterday around 4pm.'],
      [95, 'l', 'Thank you. Complaints about staff go to our Customer Relations office; you can file one with the form at samplelib.org/feedback or e-mail customerrelations@samplelib.org, and they reply within 5 business days. Is that what you need?'],
      [140, 'p', "Yes, thank you. That's everything."],
      [150, 'l', 'Thank you for letting us know, and I am sorry again. Take care.'],
    ],
    over: sv(5, 'Thank you for taking me seriously.'),
    exp: usual({ referral: 'pass' }),
    flags: [],
  },
  {
    // reading: a comment that complains about the library (not the provider) is still a negative comment
    name: 'lost hold, a 3 min silence after "one moment", the hold placed again; survey 4 "Ana was great, the hold system not so much"',
    lines: [
      [0, 'p', 'my hold just DISAPPEARED from my account. what happened'],
      [25, 'l', "Hi, this is Ana at Sample County Library chat. I'm sorry, let's sort it out. Which title was the hold for?"],
      [60, 'p', 'Lessons in Chemistry, I was #1 for weeks'],
      [70, 'l', 'Let me look into your account, one moment.'],
      [180, 'p', 'hello???'],
      [190, 'p', 'this is why i hate this library'],
      [255, 'l', 'Sorry for the wait. Your hold expired on the shelf on Nov 20 because the pickup notice went to an old e-mail address. I have placed it again at the top of the list, and you can update your e-mail at samplelib.org/myaccount. Does that help?'],
      [300, 'p', 'ok. that is all'],
      [310, 'l', 'Thanks for your patience, enjoy the book!'],
    ],
    over: sv(4, 'Ana was great, the hold system not so much'),
    exp: usual({ informed: 'fail' }),
    flags: ['negative_comment'],
  },
  {
    name: 'the provider loses patience over the card policy: "I\'ve explained the policy three times … Bye." : dismissal fails',
    lines: [
      [0, 'p', 'why cant i get a library card without a bill with my address'],
      [20, 'l', 'Hello, Pat at Ask Us here. Do you live in the county?'],
      [45, 'p', 'yes but i just moved, i have nothing with my address yet'],
      [60, 'l', 'Cards need proof of address; a lease, a letter from your school or a piece of mail all work, the list is at samplelib.org/getacard. Does that help?'],
      [90, 'p', 'thats stupid, i told you i have NOTHING. why is your policy so dumb'],
      [105, 'l', 'As I said, we need proof of address.'],
      [130, 'p', 'so i just cant read books? great library'],
      [140, 'l', "Look, I've explained the policy three times. I'm not going to keep going around in circles. Bye."],
    ],
    over: sv(1, 'she was so rude and just left'),
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
    flags: ['critical_fail', 'low_rating', 'low_score', 'negative_comment'],
  },
  {
    // reading: the sarcastic comment is negative
    name: 'policy explained calmly, the patron unhappy; survey 1 "oh great, super helpful. NOT."',
    lines: [
      [0, 'p', 'why can i only renew 2 times, i need this book for my thesis'],
      [15, 'l', 'Hi, this is Sam at the Ask a Librarian desk, State University Libraries. When is your thesis due?'],
      [40, 'p', 'may'],
      [60, 'l', 'Renewals are capped at 2 so others can get the book, but you can put it back on hold right after returning, or request a second copy through interlibrary loan at lib.state.edu/ill. Would that work for you?'],
      [100, 'p', "whatever. that's all"],
      [110, 'l', 'Good luck with the thesis, bye!'],
    ],
    over: sv(1, 'oh great, super helpful. NOT.'),
    exp: usual(),
    flags: ['low_rating', 'negative_comment'],
  },
  {
    name: 'en español: una multa por un libro devuelto, la bibliotecaria se disculpa y explica; encuesta 5 "Muy amable, gracias"',
    lines: [
      [0, 'p', 'Hola, me cobraron una multa de 8 dólares por un libro que ya devolví. No es justo.'],
      [30, 'l', 'Hola, soy Lucía de la Biblioteca del Condado de Sample. Lo siento mucho. ¿En qué sucursal lo devolvió?'],
      [70, 'p', 'En la de Main Street, hace una semana.'],
      [95, 'l', 'Gracias. Ya revisé su cuenta: el libro se registró tarde y quité la multa. Puede verlo en samplelib.org/micuenta. ¿Le sirve esta información?'],
      [130, 'p', 'Sí, muchas gracias. Es todo.'],
      [140, 'l', '¡Con gusto! Gracias por comunicarse con nosotros, que tenga buen día.'],
    ],
    over: sv(5, 'Muy amable, gracias'),
    exp: usual(),
    flags: [],
  },
  {
    name: 'en español: horario reducido, la bibliotecaria deriva a la administración sin contacto; encuesta 1 "Nadie me ayudó, pésimo servicio"',
    lines: [
      [0, 'p', 'por que cerraron la biblioteca los domingos?? es una vergüenza'],
      [25, 'l', 'Hola, le atiende Marta del servicio Pregúntale al Bibliotecario. Entiendo su molestia. ¿Qué sucursal usa usted?'],
      [60, 'p', 'la del centro'],
      [80, 'l', 'El nuevo horario está en samplelib.org/horario. Para quejas sobre el horario, hable con la administración de la biblioteca. ¿Algo más en que le pueda ayudar?'],
      [120, 'p', 'no'],
      [130, 'l', 'Gracias por escribirnos. ¡Hasta luego!'],
    ],
    over: sv(1, 'Nadie me ayudó, pésimo servicio'),
    exp: usual({ complete: 'fail', referral: 'fail' }),
    flags: ['low_rating', 'negative_comment'],
  },
  {
    name: 'terse veteran: "Talk to the branch manager about it." (no contact) : referral fails',
    lines: [
      [0, 'p', 'the guy at the desk at Northwood told me to leave because I was on the phone. I was whispering!'],
      [20, 'l', 'Hello, Ray at Ask Us. Sorry to hear it. When was this?'],
      [45, 'p', 'this morning'],
      [60, 'l', 'Conduct rules are at samplelib.org/conduct. Talk to the branch manager about it. That answer it?'],
      [90, 'p', 'i guess'],
      [95, 'l', 'Anything else?'],
      [120, 'p', 'no'],
      [125, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'fail' }),
    flags: [],
  },
  {
    // reading: praise that recalls an old complaint is not a negative comment
    name: 'the patron complains about the last librarian, this one helps; survey 5 "much better than last time!"',
    lines: [
      [0, 'p', 'the last person I chatted with was so rude and just logged off on me. I still need help with my Libby'],
      [20, 'l', "Hello, I'm Kim, a librarian with AskUsNow!. I'm sorry that happened, let's get you sorted. What's going wrong in Libby?"],
      [50, 'p', 'it says my card is invalid'],
      [65, 'l', 'That usually means the card has expired. You can renew it online at samplelib.org/renewcard and then sign in to Libby again. Did that fix it?'],
      [140, 'p', "yes it works now!! that's all I needed"],
      [150, 'l', 'Wonderful! Thanks for your patience, and come back anytime.'],
    ],
    over: sv(5, 'much better than last time!'),
    exp: usual(),
    flags: [],
  },
  {
    name: 'Indian English: ILL delay complaint, the ILL office by e-mail; survey 2 "took 3 weeks and still nothing"',
    lines: [
      [0, 'p', 'I requested an interlibrary loan 3 weeks back and nothing has come. Very disappointed.'],
      [30, 'l', 'Good evening, this is Priya from the Ask a Librarian service of City University Library. Kindly accept our apologies for the delay. May I know the title you requested?'],
      [70, 'p', 'Handbook of Indian Epigraphy'],
      [90, 'l', 'Thank you. The request shows as still with the lending library. Kindly write to our Interlibrary Loan office at ill@cityuniv.edu, they will chase it up with the lender. Is this helpful?'],
      [130, 'p', 'ok thank you, nothing else'],
      [140, 'l', 'Thank you for your patience. Have a nice evening.'],
    ],
    over: sv(2, 'took 3 weeks and still nothing'),
    exp: usual({ referral: 'pass' }),
    flags: ['low_rating', 'negative_comment'],
  },
  {
    name: 'student worker, chat-speak: noise complaint, the circ desk by phone; survey 4 "quick reply ty"',
    lines: [
      [0, 'p', 'the 3rd floor quiet zone is SO loud rn, ppl on speakerphone. can someone do smth'],
      [15, 'l', 'hi! Tasha at the Library Help Desk chat :( ugh sorry!! which side of the 3rd floor?'],
      [40, 'p', 'north side by the windows'],
      [55, 'l', 'u can call the circ desk at 555-201-4000 and they will send someone up, quiet zone rules are at lib.univ.edu/quiet. does that help?'],
      [80, 'p', 'yes ty thats all'],
      [85, 'l', 'np! good luck studying :)'],
    ],
    over: sv(4, 'quick reply ty'),
    // label fixed after the first run: "good luck studying :)" is a parting wish, a goodbye (courteous passes)
    exp: usual({ referral: 'pass' }),
    flags: [],
  },
  {
    name: 'Australian: charged for a "lost" book the patron says was returned; the branch will search and e-mail by Friday',
    lines: [
      [0, 'p', "G'day, I've been charged $35 for a book I definitely returned. Not happy."],
      [25, 'l', "Hi there, Mel here from Ask a Librarian at Sample City Libraries. Sorry to hear that. Which branch did you drop it at?"],
      [60, 'p', 'Southport, about a fortnight ago'],
      [80, 'l', "No worries, I'll get the Southport team to search the shelves for it. What's the best e-mail to reach you on?"],
      [110, 'p', 'kerry.w@example.com'],
      [125, 'l', "Thanks, kerry.w@example.com. They'll search this week and I'll email you by Friday with what they find; the charge is on hold till then. Anything else I can help with?"],
      [160, 'p', 'no that will do, ta'],
      [170, 'l', 'Cheers, have a good one!'],
    ],
    over: FU_ME,
    // label fixed after the first run: no URL, named resource or referral contact is ever given (source fails; the
    // patron's own e-mail is no source)
    exp: usual({ source: 'fail', contact: 'pass', onTime: 'pending', complete: 'fail' }),
    flags: ['followup_session'],
  },
  {
    name: 'chat-speak insults, the provider ends the chat with a way back: dismissal passes',
    lines: [
      [0, 'p', 'y cant i log in 2 ur stupid databases'],
      [20, 'l', 'Hi, this is Jordan at Ask a Librarian, Sample County Library. Which database are you trying?'],
      [40, 'p', 'jstor. r u dumb or what, just fix it'],
      [55, 'l', 'JSTOR needs your library card number and PIN at samplelib.org/jstor. Does that work?'],
      [80, 'p', 'no. ur a useless idiot lol'],
      [95, 'l', "I'm going to end the chat now. If you'd like help later, please start a new chat."],
    ],
    exp: usual({ anything: 'fail' }),
    flags: [],
  },
  {
    name: 'the patron swears at the printer, not the provider; "ask at the circulation desk" for a refund (no contact): referral fails',
    lines: [
      [0, 'p', 'this f***ing printer just ate my $2 and printed nothing'],
      [20, 'l', "Hi, I'm Sky at the Central Library chat. Oh no, sorry! Which printer was it, the colour one or black and white?"],
      [45, 'p', 'black and white on 2nd floor'],
      [60, 'l', 'Please ask at the circulation desk for a refund; they can also reset the printer. The printing guide is at samplelib.org/print. Did that help?'],
      [90, 'p', 'yeah ok. thats it'],
      [100, 'l', 'Thanks for letting us know, bye!'],
    ],
    // label fixed after the first run: "yeah ok. thats it" is an ok and a shrug, not an explicit "that's all I needed"
    exp: usual({ anything: 'fail', referral: 'fail' }),
    flags: [],
  },
  {
    name: 'scripted macros: the complaint macro with the form and Patron Services\' phone',
    lines: [
      [0, 'p', 'I would like to make a formal complaint about being refused entry with my service dog.'],
      [20, 'l', '[Macro] Thank you for contacting Ask a Librarian at Sample County Library. My name is Robin. How may I help you today?'],
      [30, 'l', 'I am very sorry that happened. Which branch was it, and when?'],
      [80, 'p', 'Lakeside branch, on Saturday morning'],
      [95, 'l', "[Macro] We're sorry about your experience. To file a formal complaint, please complete the form at www.samplelib.org/complaint or call Patron Services at (555) 123-4567."],
      [100, 'l', 'Service animals are always welcome in our libraries. Is there anything else I can help you with?'],
      [140, 'p', 'No, that is all.'],
      [145, 'l', '[Macro] Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
    flags: [],
  },
  {
    // reading: the manager calling back is a follow-up promise, not a referral
    name: 'the branch manager will call back tomorrow: a follow-up with the phone in the chat, coded Follow-up by patron\'s library',
    lines: [
      [0, 'p', 'I was treated very badly at the Oak Hill branch today and I want to speak to someone in charge.'],
      [25, 'l', "Good afternoon, you've reached AskUsNow!, this is Helen. I'm sorry. Could you tell me a little about what happened?"],
      [80, 'p', 'The staff member refused to let me use the computer even though I had a reservation, and was sarcastic about it.'],
      [100, 'l', "That shouldn't have happened. I'll pass this on to the Oak Hill branch manager. What phone number should they call you on?"],
      [130, 'p', '410-555-0188'],
      [145, 'l', "Thank you. The branch manager will call you at 410-555-0188 tomorrow. The computer reservation rules are at samplelib.org/computers. Is that OK with you?"],
      [180, 'p', 'Yes. That is all for now.'],
      [190, 'l', 'Thank you for telling us, and I am sorry again. Goodbye.'],
    ],
    over: FU_LIB,
    // label fixed after the first run: "Is that OK with you?" asks about the call back, not whether the information meets
    // the need (completeness fails)
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
    flags: ['followup_session'],
  },
  {
    name: 'cut short: "forget it, this is useless" after one question; the provider parts politely; survey 1',
    lines: [
      [0, 'p', 'why does it cost money to get a book from another library. i pay taxes'],
      [20, 'l', 'Hi, this is Alex with the Ask Us chat at Sample County Library. I understand. Is it a book our libraries do not own?'],
      [50, 'p', 'forget it, this is useless'],
      [70, 'l', "I'm sorry you feel that way. If you'd like to try again, we're here until 9. Take care."],
    ],
    over: sv(1, null),
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail' }),
    flags: ['low_rating'],
  },
  {
    name: 'formal academic: the reserve fine policy, appeal via the form (a source); "Is there anything else"; survey 2 "Unsympathetic."',
    lines: [
      [0, 'p', 'I was charged $24 for returning a reserve item one day late. That is absurd.'],
      [30, 'l', 'Good afternoon, this is Dr. Evans, reference librarian at the University Library. Was the item a two-hour course reserve?'],
      [70, 'p', 'Yes, for my ECON 201 class.'],
      [90, 'l', 'Per University Library policy, overdue fines on course reserves are $1 per hour, capped at $24 (lib.univ.edu/policies/reserves). You may appeal the fine via the form at lib.univ.edu/appeals. Is there anything else I can help you with?'],
      [130, 'p', 'No.'],
      [140, 'l', 'Thank you for contacting the Ask a Librarian service.'],
    ],
    over: sv(2, 'Unsympathetic.'),
    exp: usual({ complete: 'fail' }),
    flags: ['low_rating', 'negative_comment'],
  },
  {
    name: 'non-native patron angry at the wait, the provider apologises and answers; survey 5 "very good, thank you"',
    lines: [
      [0, 'p', 'Why so long wait? I am waiting 10 minute in other chat and nobody come.'],
      [30, 'l', 'Hello, I am Raj, librarian at the AskUsNow! service. I am sorry for the wait. What do you need help with?'],
      [60, 'p', 'I want English class for free in library, near Silver Spring'],
      [75, 'l', 'Is it a class in person, or online is also ok?'],
      [100, 'p', 'in person better'],
      [120, 'l', 'The Silver Spring Library has free English Conversation Club every Tuesday at 6 pm; the list of classes is at montgomerycountymd.gov/library/esol. Is this what you were looking for?'],
      [160, 'p', 'yes very good. no more question'],
      [170, 'l', 'You are welcome! Thank you for contacting us.'],
    ],
    over: sv(5, 'very good, thank you'),
    exp: usual(),
    flags: [],
  },
  {
    name: 'the provider tires of the same complaint: "I can\'t help you any further with this, goodbye." : dismissal fails',
    lines: [
      [0, 'p', 'why did my hold go to someone else, I was first'],
      [20, 'l', 'Hi, Jo at Ask Us here. Which title?'],
      [40, 'p', 'the new Louise Penny'],
      [55, 'l', 'Holds are filled in the order placed across all branches; the rules are at samplelib.org/holds. Does that answer it?'],
      [80, 'p', 'no, I was first. I placed it in June. someone cheated'],
      [95, 'l', 'I have already explained how holds work.'],
      [110, 'p', 'so you are calling me a liar'],
      [120, 'l', "I can't help you any further with this, goodbye."],
    ],
    over: sv(1, 'got brushed off'),
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
    flags: ['critical_fail', 'low_rating', 'low_score', 'negative_comment'],
  },
  {
    name: 'mixed survey on a good session: rating 5 "Helpful, though the wait to get connected was long"',
    lines: [
      [0, 'p', 'do you have tax forms'],
      [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Federal or state forms?'],
      [40, 'p', 'federal 1040'],
      [55, 'l', 'We have 1040s at every branch, and you can print them from irs.gov/forms. Does that help?'],
      [80, 'p', "yes, that's all"],
      [85, 'l', 'Thanks for chatting, bye!'],
    ],
    over: sv(5, 'Helpful, though the wait to get connected was long'),
    exp: usual(),
    flags: ['negative_comment'],
  },
  {
    name: 'survey about the library, positive: rating 5 "Love this library, no complaints!"',
    lines: [
      [0, 'p', 'I was so annoyed, the self checkout keeps rejecting my card'],
      [20, 'l', "Hello! I'm Nia at Ask Us, Sample County Library. Sorry about that! Is the card new?"],
      [45, 'p', 'got it last week'],
      [60, 'l', 'New cards must be activated once at a desk; the steps are at samplelib.org/newcard. Does that help?'],
      [90, 'p', 'ahh ok. thats everything thanks'],
      [95, 'l', 'Happy to help, come back anytime!'],
    ],
    over: sv(5, 'Love this library, no complaints!'),
    exp: usual(),
    flags: [],
  },
  // ---- (H3 fixes) the same behaviour in other words, labelled before running ---------------------------------------------
  {
    // (refusedToGoOnH3, other words) British, the refusal as the last word
    name: 'British: the patron demands a refund for a lost-book charge; "Sorry, but there\'s nothing more I can do for you here." : dismissal fails',
    lines: [
      [0, 'p', "I want a refund for the lost book charge, I found the book and brought it back!"],
      [20, 'l', 'Hello, Ask a Librarian at Sampleshire Libraries, Tom speaking. When did you pay the charge?'],
      [55, 'p', 'In March'],
      [75, 'l', 'Refunds are only given within 28 days of payment; the policy is at sampleshire.gov.uk/libraries/charges. Does that make sense?'],
      [110, 'p', "No it doesn't. That's daylight robbery. I want my money back"],
      [125, 'l', "Sorry, but there's nothing more I can do for you here."],
    ],
    over: sv(1, null),
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
    flags: ['critical_fail', 'low_rating', 'low_score'],
  },
  {
    // (refusedToGoOnH3, other words) chat-speak student worker
    name: 'student worker: "ok im not gonna argue with you" then "bye" : dismissal fails',
    lines: [
      [0, 'p', 'why did i get charged for a laptop charger i never borrowed'],
      [15, 'l', 'hi! Tasha at the Library Help Desk chat. was it on ur account this week?'],
      [40, 'p', 'yes 25 dollars'],
      [55, 'l', 'the record shows it was checked out with the laptop on monday, u can see it under My Account at lib.univ.edu/account. does that help?'],
      [80, 'p', 'no bc i NEVER took a charger. fix it'],
      [90, 'l', 'ok im not gonna argue with you'],
      [95, 'l', 'bye'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
    flags: ['critical_fail', 'low_score'],
  },
  {
    // (negativeComment, other words) a complaint about the queue on a good session
    name: 'good session, survey 4 "Helpful enough, but the queue was really slow tonight" : negative_comment',
    lines: [
      [0, 'p', 'can I get a museum pass with my card'],
      [20, 'l', "Hi! I'm Jo at Ask Us, Sample County Library. Which museum?"],
      [45, 'p', 'the science center'],
      [60, 'l', 'Yes, Science Center passes can be reserved at samplelib.org/museumpass. Does that help?'],
      [90, 'p', "yes that's all I needed"],
      [95, 'l', 'Thanks for chatting, enjoy the museum!'],
    ],
    over: sv(4, 'Helpful enough, but the queue was really slow tonight'),
    exp: usual(),
    flags: ['negative_comment'],
  },
  {
    // (negativeComment, other words) the library's rules called a rip off; the provider praised
    name: 'good session, survey 3 "The librarian was kind. Charging for holds is a total rip off." : negative_comment',
    lines: [
      [0, 'p', 'why do i have to pay 50 cents for a hold now?'],
      [20, 'l', "Hello, this is Dana with Ask Us at Sample County Library. I'm sorry, I know it's new. Is it a hold from another county?"],
      [50, 'p', 'yes from Howard County'],
      [65, 'l', 'Holds from other counties now cost $0.50 to cover delivery; the fee is explained at samplelib.org/holdfees. Does that answer your question?'],
      [100, 'p', "ok. that's all"],
      [105, 'l', 'Thanks for asking, take care!'],
    ],
    over: sv(3, 'The librarian was kind. Charging for holds is a total rip off.'),
    exp: usual(),
    flags: ['negative_comment'],
  },
];

export const short: Case[] = [
  // ---- the provider losing patience: fails without a way back -----------------------------------------------------------
  { name: '"I\'m not going to argue with you about this. Goodbye."', lines: [...FINE, L("I'm not going to argue with you about this. Goodbye.")], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"There is nothing more I can do for you. Bye."', lines: [...FINE, L('There is nothing more I can do for you. Bye.')], exp: some({ dismissal: 'fail' }) },
  { name: '"I don\'t have time for this. Ending chat."', lines: [...FINE, L("I don't have time for this. Ending chat.")], exp: some({ dismissal: 'fail', courteous: 'fail' }) },
  { name: '"We\'re going around in circles, so I\'m closing this chat."', lines: [...FINE, L("We're going around in circles, so I'm closing this chat.")], exp: some({ dismissal: 'fail' }) },
  // ---- de-escalation with a way forward: passes -------------------------------------------------------------------------
  { name: '"Please contact our complaints office at complaints@samplelib.org."', lines: [...FINE, L('I hear you. Please contact our complaints office at complaints@samplelib.org and they will review it.')], exp: some({ dismissal: 'pass', referral: 'pass' }) },
  { name: '"You can speak to a supervisor at the branch." (no contact)', lines: [...FINE, L('You can speak to a supervisor at the branch about it.')], exp: some({ dismissal: 'pass', referral: 'fail' }) },
  { name: '"Talk to the manager at your branch" (no contact)', lines: [...FINE, L('Talk to the manager at your branch. Sorry I could not do more.')], exp: some({ referral: 'fail' }) },
  { name: '"Please call the Circulation Supervisor at 555-201-3300 x4 to have it waived."', lines: [...FINE, L('Please call the Circulation Supervisor at 555-201-3300 x4 to have it waived. Thanks for your patience!')], exp: some({ referral: 'pass', courteous: 'pass' }) },
  { name: '"I\'ll pass your complaint to the manager." (no one to contact: no referral)', lines: [...FINE, L("I'll pass your comments on to the manager. Thank you for telling us.")], exp: some({ referral: 'na', courteous: 'pass' }) },
  { name: '(refusedToGoOnH3) "We\'re just going round in circles." then nothing', lines: [...FINE, L("We're just going round in circles.")], exp: some({ dismissal: 'fail' }) },
  { name: '(refusedToGoOnH3) "I cannot help you any further with this." then "Goodbye."', lines: [...FINE, L('I cannot help you any further with this.'), L('Goodbye.', 125)], exp: some({ dismissal: 'fail', courteous: 'pass' }) },
  { name: '"I\'m sorry, I know it\'s frustrating. Let me check the return date again."', lines: [...FINE, L("I'm sorry, I know it's frustrating. Let me check the return date again."), L('It shows the 5th; the branch can fix it at 410-555-0142. Thanks for your patience!', 200)], exp: some({ dismissal: 'pass', informed: 'pass', courteous: 'pass' }) },
  { name: 'survey-free apology and a way back: "Sorry I couldn\'t fix it here; please chat again if the branch can\'t help."', lines: [...FINE, L("Sorry I couldn't fix it here; please chat again if the branch can't help.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'the patron swears, the provider warns and carries on: "Please keep it civil. Was it the Elm St drop?"', lines: [...FINE, [110, 'p', 'this is bullsh*t'], L('Please keep it civil; I want to help. Was it the Elm Street drop box?', 130), [150, 'p', 'yes'], L('Elm St can clear it if they find it checked in late; please call them at 410-555-0142. Thanks for your patience!', 170)], exp: some({ dismissal: 'pass', courteous: 'pass', referral: 'pass' }) },
  // ---- abuse ---------------------------------------------------------------------------------------------------------------
  { name: 'abuse: "I won\'t continue while you use that language. Goodbye."', lines: [...FINE, [110, 'p', 'you stupid b***h'], L("I won't continue this chat while you use that language. Goodbye.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'abuse: "Ending this chat due to abusive language." (no parting)', lines: [...FINE, [110, 'p', 'f*** off you useless cow'], L('Ending this chat due to abusive language.')], exp: some({ dismissal: 'pass', courteous: 'fail' }) },
  // ---- courteous closings after a complaint ------------------------------------------------------------------------------
  { name: '"Sorry again for the trouble." (apology only, no thanks, bye or invitation)', lines: [...FINE, L('Sorry again for the trouble.')], exp: some({ courteous: 'fail' }) },
  { name: '"Lo siento mucho. Gracias por su paciencia."', lines: [...FINE, L('Lo siento mucho. Gracias por su paciencia.')], exp: some({ courteous: 'pass' }) },
];

/** Surveys alone on an ordinary good session: the flags they raise. */
const GOOD: Line[] = [
  [0, 'p', 'do you have tax forms'],
  [15, 'l', 'Hi, Jo at Ask Us here, Sample County Library. Federal or state?'],
  [40, 'p', 'federal'],
  [55, 'l', 'You can print them at irs.gov/forms. Does that help?'],
  [80, 'p', "yes, that's all"],
  [85, 'l', 'Thanks for chatting, bye!'],
];
export const surveys: [rating: number | null, comment: string | null, flags: string[]][] = [
  [5, 'Super helpful, thank you!!', []],
  [4, null, []],
  [3, null, []],
  [2, null, ['low_rating']],
  [1, 'awful', ['low_rating', 'negative_comment']],
  [null, 'the librarian was rude to me', ['negative_comment']],
  [null, 'Yeah, real helpful. Thanks for nothing.', ['negative_comment']],
  [null, 'Me dejó esperando mucho tiempo', ['negative_comment']],
  [null, 'Excelente atención, muy paciente', []],
  [4, 'Librarian was lovely but the website is a nightmare', ['negative_comment']],
  [null, 'She was patient even though I was rude', []],
  [5, 'sorry I was grumpy, you were great', []],
  [null, 'the fines policy is a rip off', ['negative_comment']],
  [null, 'I was polite and she was rude', ['negative_comment']],
  [null, 'the man at the desk was really rude to me', ['negative_comment']],
];

/** Near misses of this round's changes (each change in rubric.ts names its case and this near miss). */
export const guards: Case[] = [
  // near misses for `refusedToGoOnH3`: a source, the help going on, a way back, a refusal that is not the end
  { name: 'near miss: "There\'s nothing more I can do from here, but the branch manager can: 410-555-0142. Thanks!" : passes', lines: [...FINE, L("There's nothing more I can do from here, but the branch manager can: 410-555-0142. Thanks!")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: "I\'m not going to argue, you\'re right! I\'ve taken the fine off. Thanks for your patience." : passes', lines: [...FINE, L("I'm not going to argue, you're right! I've taken the fine off. Thanks for your patience.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: "I can\'t help you any further with this. Please start a new chat if the branch can\'t sort it out." : passes', lines: [...FINE, L("I can't help you any further with this. Please start a new chat if the branch can't sort it out.")], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: "There is nothing more I can do for you online." then help goes on in the next message: passes', lines: [...FINE, L('There is nothing more I can do for you online.'), L('But the Elm St branch manager can remove it: call 410-555-0142. Anything else?', 130), [150, 'p', 'no'], L('Thanks, bye!', 160)], exp: some({ dismissal: 'pass', courteous: 'pass' }) },
  { name: 'near miss: the patron done ("thats all"), then "There\'s nothing more I can do for you here, sorry." : passes', lines: [...FINE.slice(0, 4), [100, 'p', "ok fine. that's all"], L("There's nothing more I can do for you here, sorry. Thanks for chatting.")], exp: some({ dismissal: 'pass' }) },
  { name: 'near miss: "I\'m not going to argue with the catalogue; it says checked out. The hold form is at samplelib.org/hold." : passes', lines: [...FINE, L("I'm not going to argue with the catalogue; it says checked out. The hold form is at samplelib.org/hold.")], exp: some({ dismissal: 'pass' }) },
];
/** Near misses of the negative comments this round reads: comments that are not negative. */
export const notNegative: string[] = [
  'no joke, she was amazing',
  'not so much a complaint as a thank you',
  'I was rubbish at searching but she found it',
  'the wait was not long at all',
  'not a long wait at all, brilliant',
  'helpful or not, I learned a lot',
  'still nothing to complain about',
  'I thought it would be a nightmare to find, she did it in 2 min',
  'sorry I was rude earlier, you were great',
  'I was a bit rude at first but she was lovely',
  'my typing is a joke but she understood me',
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: Case[] = [
  // LEFT: "Laptop loans can be renewed … by calling Circulation at 555-201-3300" tells the patron how to renew: call them
  // (a referral with its phone); the scorer reads no referral in the passive "can be renewed by calling" (na)
  {
    name: 'the chat\'s wait: picked up after 5 min, "Sorry for the wait", circulation by phone; survey 3 "long wait but got my answer"',
    lines: [
      [0, 'p', 'hello? anyone there'],
      [200, 'p', 'been waiting forever'],
      [300, 'l', "Sorry for the wait, it's a busy night. I'm Lee at Ask a Librarian, Sample County Library. What can I help with?"],
      [330, 'p', 'i need to renew my laptop loan'],
      [345, 'l', 'Which library did you borrow it from?'],
      [370, 'p', 'the main library'],
      [390, 'l', "Laptop loans can be renewed once, at the Circulation desk or by calling Circulation at 555-201-3300; they can't be renewed online. Anything else?"],
      [420, 'p', 'no. next time answer faster'],
      [430, 'l', 'Again, sorry about the wait. Have a good night!'],
    ],
    over: sv(3, 'long wait but got my answer'),
    // label fixed after the first run: "Sorry for the wait, it's a busy night. I'm Lee …" greets nobody (greeting fails)
    exp: usual({ pickup: 'fail', greeting: 'fail', complete: 'fail', referral: 'pass' }),
    flags: ['negative_comment'],
  },
  // LEFT: "Bring it to any branch desk" refers the patron to the branch desk with no way to reach it; the scorer takes the
  // damage-policy URL in the same message for the desk's (older rounds read a URL beside the party that way: not narrowed)
  {
    name: 'patron vanishes after the complaint is answered: check-in, disconnect notice with a way back',
    lines: [
      [0, 'p', 'i was charged for a dvd that was cracked when i got it'],
      [20, 'l', "Hi! I'm Jo at Ask Us, Sample County Library. I'm sorry about that. Do you still have the DVD?"],
      [50, 'p', 'yes'],
      [65, 'l', 'Bring it to any branch desk and say it was damaged when you borrowed it; the damage charge policy is at samplelib.org/damaged. Does that help?'],
      [220, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to contact us again anytime."],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'fail' }),
    flags: [],
  },
  // LEFT: "If you'd like to give feedback, the council's libraries team is at libraries@…" refers without an imperative;
  // the scorer reads no referral (na)
  {
    name: 'British: the new opening hours, the council\'s libraries team by e-mail; survey 3 "Not the librarian\'s fault, but the new hours are rubbish"',
    lines: [
      [0, 'p', "Why on earth has the library stopped opening on Saturday afternoons? It's the only time I can go."],
      [25, 'l', "Hello, you're through to Ask a Librarian at Sampleshire Libraries, this is Gemma. I do understand, and I'm sorry. Which library do you use?"],
      [60, 'p', 'Market Street'],
      [80, 'l', "The hours were changed by the council this autumn; the new timetable is at sampleshire.gov.uk/libraries/hours. If you'd like to give feedback, the council's libraries team is at libraries@sampleshire.gov.uk. Does that help?"],
      [120, 'p', "Yes, I'll write to them. That's all, thanks."],
      [130, 'l', 'Thanks for getting in touch. Cheerio!'],
    ],
    over: sv(3, "Not the librarian's fault, but the new hours are rubbish"),
    exp: usual({ referral: 'pass' }),
    flags: ['negative_comment'],
  },
  // LEFT: "X can review the fine: <phone>" / "X can clear it: <phone>" point the patron to the party with its number (a
  // referral that passes); the scorer reads no referral without a verb of contacting (na)
  { name: '"I understand. The branch manager, Karen, can review it: 410-555-0142. Thank you for your patience."', lines: [...FINE, L('I understand, and I am sorry. The branch manager, Karen Lowe, can review the fine: 410-555-0142. Thank you for your patience.')], exp: some({ dismissal: 'pass', courteous: 'pass', referral: 'pass' }) },
  { name: 'insult then an apology, the provider carries on', lines: [...FINE, [110, 'p', 'sorry for yelling. not your fault'], L('No worries at all. The Elm St branch can clear it: 410-555-0142. Thanks for your patience!', 130)], exp: some({ dismissal: 'pass', courteous: 'pass', referral: 'pass' }) },
];

describe('twenty-ninth round (H3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-ninth round (H3): upset patrons and complaints, every check', whole);
describeSessions('twenty-ninth round (H3): upset patrons and complaints, short cases', short);
describeSessions('twenty-ninth round (H3): upset patrons and complaints, near misses of the changes', guards);

const flagged = (c: Case) => score(chat(c.lines, c.over ?? {}), c.ctx).flags.map((f) => f.code).sort();
describe('twenty-ninth round (H3): the flags of the whole cases', () => {
  it.each([...whole, ...guards].filter((c) => c.flags !== undefined))('$name', (c) => {
    expect(flagged(c)).toEqual([...c.flags!].sort());
  });
});
describe('twenty-ninth round (H3): near misses of the negative comments (no flag)', () => {
  it.each(notNegative)('%s', (comment) => {
    expect(flagged({ name: '', lines: GOOD, over: sv(null, comment), exp: {} })).toEqual([]);
  });
});
describe('twenty-ninth round (H3): surveys on a good session', () => {
  it.each(surveys)('rating %s, comment %s: %j', (rating, comment, flags) => {
    expect(flagged({ name: '', lines: GOOD, over: sv(rating, comment), exp: {} })).toEqual([...flags].sort());
  });
});

describeLeft('twenty-ninth-round-upset', LEFT);
