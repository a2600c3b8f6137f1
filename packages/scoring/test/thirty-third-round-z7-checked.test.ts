/**
 * Thirty-third round, second wave (Z9): the v34 changes of block Z7 (sensitive personal topics) checked for false
 * readings: near misses that share a change's words or shape but are NOT its behaviour, and a few cases that ARE its
 * behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - "text STOP to 741741" (an opt-out keyword) tells the patron how to stop messages, not how to reach anyone: no
 *   referral, no phone contact for a referral (info.source fails when nothing else is a source);
 * - a number after "refers to / applies to / reminders to" is pages, a ZIP code or a count, not a phone;
 * - "I'm at the end of my shift and need to run one more search" / "… have to leave soon, so let me finish this search
 *   first" go on helping: no dismissal; a way back offered in the same message ("you can chat again anytime or e-mail …")
 *   or a transfer to a colleague is not ending the help without a way back;
 * - "they" after "… help with the forms, and they're free at …" is the lawyers (a party), and the URL reaches them.
 * Written: 29 cases (21 near misses, 8 of the changes' behaviour in new words). First run (27 cases): 13 failed; 1 was
 * my label (transfer.handoff on a transfer case, not this block's check: dropped), 9 are older readings (they fail the
 * same with Z7's phrases and theyResourceZ7 off: moved to LEFT), 3 were Z7's readings, narrowed (2 cases added for them):
 *  - phone (`phrasesV34Z7`): "the text refers to 214-216 in the old edition", "el texto remite al 214-216", "the passage of
 *    text jumps to 678-680" (a verb after "text" is the text as a subject, not a keyword: refers, applies, jumps, remite …);
 *    also the opt-out keywords STOP / QUIT / UNSUBSCRIBE / CANCEL (no one to reach; its cases are LEFT for an older
 *    reading). "text HOME to 741741", "text CONNECT to 741741", "txt LOVEIS to 22522", "texto con la palabra AYUDA al
 *    741741" still read;
 *  - dismissalConvenience (`phrasesV34Z7`): "We're at the end of our shift and have to leave soon, so let me finish this
 *    search first", "… have to leave shortly, so here is one more title" (soon / shortly / after / once / when / before:
 *    going later, the help goes on). "… and must leave now", "… shift, gotta log off" still fail.
 * theyResourceZ7 showed no false reading of its own: its five near misses fail the same with it off (LEFT).
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some, sys, ROSA } from './helpers';
import { L, OPEN, one } from './narrowing-lines';

const GRIEF_Q = 'my husband died in march and i am not coping. are there groups';
const TEEN_Q = 'i think im gay and i dont know how to tell my parents';
const NAME_Q = 'how do i change my name legally in maryland';
const DV_Q = 'i need a shelter tonight, somewhere safe';
/** A grief question, a first answer with a source, the patron's "and books?" and the provider's `text` at 110 s, then `tail`. */
const shift = (text: string, tail: Line[] = []): Line[] => [
  ...OPEN(GRIEF_Q),
  L('GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'),
  [100, 'p', 'and books?'],
  [110, 'l', text],
  ...tail,
];
/** The help going on after the shift message: a book, the patron's thanks and a goodbye. */
const ON: Line[] = [
  [170, 'l', "It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?"],
  [200, 'p', 'yes thanks'],
  [205, 'l', 'Take care, bye!'],
];

export const checked: SessionCase[] = [
  // ---- phone (phrase family): a text short code ----
  { name: 'phone near miss: "the text refers to 214-216 in the old edition" (pages): source fails, referral na', lines: one(TEEN_Q, 'In that handout the text refers to 214-216 in the old edition, which covers telling your parents. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: Spanish "el texto remite al 214-216" (pages): source fails, referral na', lines: one('hola, mi hijo tiene diabetes y no entiendo nada', 'En ese folleto el texto remite al 214-216 de la edición anterior. ¿Le sirve?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: "the passage of text jumps to 678-680 in the new printing" (pages): source fails, referral na', lines: one(TEEN_Q, 'Careful: in the new printing the passage of text jumps to 678-680, past the chapter on parents. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: "text your question to us here in the chat box to the right" : source fails, referral na', lines: one(NAME_Q, 'You can text your question to us here in the chat box to the right anytime, even step by step. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone near miss: British "text 5 to 10 mates you trust" (a count): source fails, referral na', lines: one(TEEN_Q, "Some teens text 5 to 10 mates they trust first, before telling family. Does that help?"), exp: some({ source: 'fail', referral: 'na' }) },
  { name: 'phone behaviour: "you can also text CONNECT to 741741, any hour" : referral passes, a source', lines: one(GRIEF_Q, 'If the nights are the worst, you can also text CONNECT to 741741, any hour, to reach a crisis counselor. Does that help?'), exp: some({ source: 'pass', referral: 'pass' }) },
  { name: 'phone behaviour: chat-speak "txt LOVEIS to 22522 to reach an advocate" : referral passes, a source', lines: one(DV_Q, 'if calling isnt safe, txt LOVEIS to 22522 to reach an advocate. did that help?'), exp: some({ source: 'pass', referral: 'pass' }) },

  // ---- dismissalConvenience (phrase family): the end of a shift ----
  { name: 'dismissal near miss: "I\'m at the end of my shift and need to run one more search for you" : no dismissal', lines: shift("I'm at the end of my shift and need to run one more search for you, one moment.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "We\'re at the end of our shift and have to leave soon, so let me finish this search first" : no dismissal', lines: shift("We're at the end of our shift and have to leave soon, so let me finish this search first.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: British "I\'m at the end of my shift and have to leave shortly, so here is one more title" : no dismissal', lines: shift("I'm at the end of my shift and have to leave shortly, so here is one more title while I look for others.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "I\'m nearly at the end of my shift and need to go pull the last box from storage for you" : no dismissal', lines: shift("I'm nearly at the end of my shift and need to go pull the last box from storage for you, one minute.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "… end of my shift and have to go, but you can chat with us again anytime or e-mail ask@sample.org" : a way back', lines: shift("I'm at the end of my shift and have to go, but you can chat with us again anytime or e-mail ask@sample.org for the book list."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: British "… end of my shift and must go, do ring us on 0161 555 0100 tomorrow" : a way back', lines: shift("I'm at the end of my shift and must go; do ring us on 0161 555 0100 tomorrow and we'll find you some books."), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "… end of my shift and need to go, so my colleague Rosa will pick this up" (transfer): no dismissal', lines: shift("I'm at the end of my shift and need to go, so my colleague Rosa will pick this up, one moment.", [[112, 'i', 'Rosa: widow, grief groups given, wants books.'], [115, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')], [140, 'l', "Hi, Rosa here. It's OK That You're Not OK by Megan Devine is in our catalogue. Does that help?", ROSA], [170, 'p', 'yes thanks'], [175, 'l', 'Take care, bye!', ROSA]]), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: "I was at the end of my shift yesterday and had to go before I found it" (the past): no dismissal', lines: shift("I was at the end of my shift yesterday and had to go before I found it, so I looked again this morning.", ON), exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal near miss: the patron "im at the end of my shift and gotta run" : no dismissal', lines: [...OPEN(GRIEF_Q), L('GriefShare lists groups by ZIP at griefshare.org/findagroup. Does that help?'), [100, 'p', 'yes. im at the end of my shift and gotta run, thank you'], [110, 'l', 'Take care of yourself, bye!']], exp: some({ dismissal: 'pass' }) },
  { name: 'dismissal behaviour: "Apologies, I am at the end of my shift and must leave now." : dismissal fails', lines: shift('Apologies, I am at the end of my shift and must leave now.'), exp: some({ dismissal: 'fail' }) },
  { name: 'dismissal behaviour: chat-speak "were at the end of our shift, gotta log off" : dismissal fails', lines: shift('sorry were at the end of our shift, gotta log off'), exp: some({ dismissal: 'fail' }) },

  // ---- theyResourceZ7 (setting): a resource's "they" lends no URL ----
  { name: 'theyResourceZ7 behaviour: "The fact sheets are short and they\'re freely available at nctsn.org. Please also talk to your child\'s therapist." : referral fails', lines: one(GRIEF_Q, "The fact sheets are short and they're freely available at nctsn.org. Please also talk to your child's therapist. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'theyResourceZ7 behaviour: "The brochures are clear, and they are all free at pflag.org/resources. Talk to your school counselor too." : referral fails', lines: one(TEEN_Q, 'The brochures are clear, and they are all free at pflag.org/resources. Talk to your school counselor too. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong, on readings older than Z7's (not run). */
export const LEFT: SessionCase[] = [
  // LEFT (older reading: v34 without Z7's changes scores it the same; Z7's phone now skips opt-out keywords): the short code
  // after an opt-out keyword is read as a referral's phone.
  { name: 'phone near miss: "text STOP to 741741 to stop the messages" (an opt-out, no one to reach): source fails, referral na', lines: one(DV_Q, 'If the texts from the line ever worry you, text STOP to 741741 and they will stop. Is that what you needed?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, the same without Z7's changes; see the case before).
  { name: 'phone near miss: chat-speak "u can txt QUIT to 22522 anytime to stop the alerts" : source fails, referral na', lines: one(DV_Q, 'u can txt QUIT to 22522 anytime to stop the alerts, so nothing shows up on ur phone. did that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, the same without Z7's changes): a five-digit count is read as a source.
  { name: 'phone near miss: "we text reminders to 25000 cardholders" (a count): source fails, referral na', lines: one(GRIEF_Q, 'We text reminders to 25000 cardholders each week, but the grief group dates are not in them yet. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, the same without Z7's changes; Z7's phone now skips "applies"): a ZIP code is read as a source.
  { name: 'phone near miss: "the flyer\'s text applies to 21201 residents only" (a ZIP code): source fails, referral na', lines: one(DV_Q, "The flyer's text applies to 21201 residents only, so it may not cover your county. Does that help?"), exp: some({ source: 'fail', referral: 'na' }) },
  // LEFT (older reading, the same with theyResourceZ7 off): "a lawyer there" is not given mdlab.org/apply.
  { name: 'theyResourceZ7 near miss: "Legal Aid\'s lawyers help with the forms, and they\'re free at mdlab.org/apply. Ask a lawyer there" (they = the lawyers): referral passes', lines: one(NAME_Q, "Maryland Legal Aid's lawyers help with the forms, and they're free at mdlab.org/apply. Ask a lawyer there if your ex objects. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading, the same with theyResourceZ7 off): "your local chapter" is not given the chapters' URL.
  { name: 'theyResourceZ7 near miss: "The chapters run support groups for parents, and they\'re free at pflag.org/find-a-chapter. Reach out to your local chapter" : referral passes', lines: one(TEEN_Q, "The chapters run support groups for parents, and they're free at pflag.org/find-a-chapter. Reach out to your local chapter when you're ready. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading, the same with theyResourceZ7 off): "Chat with an advocate" is read as no referral.
  { name: 'theyResourceZ7 near miss: "The advocates who write the safety guides are there 24/7 and they are free at thehotline.org. Chat with an advocate" : referral passes', lines: one(DV_Q, 'The advocates who write the safety guides are trained, and they are free at thehotline.org, day or night. Chat with an advocate tonight about a shelter. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading, the same with theyResourceZ7 off): "a counselor there" is not given the Project's URL.
  { name: 'theyResourceZ7 near miss: "The Trevor Project\'s resources are free at thetrevorproject.org; they also have a lifeline. Reach out to a counselor there" : referral passes', lines: one(TEEN_Q, "The Trevor Project's resources are free at thetrevorproject.org; they also have a lifeline. Reach out to a counselor there tonight. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  // LEFT (older reading, the same with theyResourceZ7 off, which reads English only): "Hable con su pediatra" is read as no
  // referral.
  { name: 'theyResourceZ7 near miss: Spanish "Los folletos son gratis en childrensgrief.net. Hable también con su pediatra." : referral fails', lines: one('hola, mi hijo perdió a su abuelo y no sé qué decirle', 'Los folletos son gratis en childrensgrief.net. Hable también con su pediatra sobre un consejero. ¿Le sirve?'), exp: some({ referral: 'fail', source: 'pass' }) },
];

describeSessions('thirty-third round, second wave (Z9): v34 Z7 checked', checked);

describeLeft('thirty-third-round-z7-checked', LEFT);
