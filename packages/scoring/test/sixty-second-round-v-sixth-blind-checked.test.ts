/**
 * Sixty-second round, sixth blind check of block V (rubric v56), of the mends made after a first blind check: V1 (closing.no_dismissal),
 * V8 (followup.completeness), V13 (info.source), V15 (followup.contact, resolution.code) and V17 (inquiry.clarify,
 * interest.keep_informed, transfer.handoff) tried both ways in cases written by a helper who did not see the author's cases nor the
 * earlier blind checks, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words: chat-speak, other verbs,
 * other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - V1: "you've used up your question(s)" (English or Spanish) tells the patron they have reached a limit of questions: RUBRIC lists
 *   that among the failures with no "way back" clause attached, so it fails whatever invitation follows. A condition ("when you've
 *   used up …"), questions used with another service, a negation, or a limit of something else (renewals) is no such telling: pass.
 * - V8: "Does that / this make the X clearer?", "Has that made the X clearer?", "Did the sample make your X clearer?" ask whether what
 *   was given meets the need: pass. A device or the patron's own thing making something clearer (toner, a scanner, glasses) or a
 *   thing not yet given (a magnifier) is not the information given: fail.
 * - V13: any URL is a source ("a URL or domain"), a ".me/<path>" one included, about.me too; a common word run into "me" by a missing
 *   space ("came up.Me/my coworker", "everything.Me/Dana") is no URL, and "text.me" with no path is no address: fail.
 * - V15: "I'll check / look into … and email / text you …", "Voy a consultar / averiguar … y le mando / te aviso" promise to send
 *   more later: a follow-up session (followup.contact applies; resolution.code fails on a non-follow-up code). Sending "here in the
 *   chat", "ahora mismo", "right away" is no later sending, and the patron's own finding out is no promise: not a follow-up session.
 *   "I'll check with the branch now and email you … tomorrow": the now is the checking; the e-mail is later: a promise.
 * - V17: "Did <something> send you to …?" asks the patron about the need (clarify) and announces no transfer, so the provider's
 *   silence after it is a wait on the patron (keep_informed passes). An announcement of the provider's own sending on ("… so I'll send
 *   you to Rosa in Local History") is a hold even after a "had / did" earlier in the sentence: 200 s of silence after it fails.
 *
 * COUNTS. Written: 41 cases, 22 for and 19 against (V1 4/4, V8 4/4, V13 4/3, V15 6/4, V17 4/4), all labelled before the first run and
 * copied aside (/tmp/sixtySecondRoundVV6-labels.ts). First run as labelled: 34 of 41. Disagreeing: 7. Label corrections: 0 (each
 * label reread against RUBRIC.md and kept). Final: 34 running, 7 LEFT (rubric v55 scored on each to tell "older" from "V caused"):
 * - V1, closing.no_dismissal, expected fail / got pass: "Lo siento, ya usó todas sus preguntas de hoy; puede volver mañana." (a limit
 *   of questions told, in Spanish; USED_UP_QUESTION_V1 is English only; older: v55 pass the same).
 * - V8, followup.completeness, expected fail / got pass: "Did the scanner make your copies clearer?" (a device, not the information
 *   given; CLEARER_V8's "the <word> make your …" reads any noun; V caused: v55 fail).
 * - V13, info.source, expected pass / got fail: "… portfolio at about.me/lena-ortiz-art." (a URL; "about" is on URL_ME_V13's list of
 *   words that are no host; older: v55 fail the same).
 * - V13, info.source, expected fail / got pass: "We looked through everything.Me/Dana at the desk …" (a word run into "me", no URL;
 *   the list of such words is closed; V caused: v55 fail).
 * - V17, interest.keep_informed, expected fail / got pass: "Our index had no hits so I'll send you to Rosa in Local History." (a
 *   transfer announced, a hold, then 200 s; V17's "had … send you to" lookbehind; V caused: v55 fail).
 * - V17, interest.keep_informed, expected fail / got pass: "I did look but I'm going to connect you with Rosa in Local History."
 *   (the same, after "did"; V caused: v55 fail).
 * - V17, transfer.handoff, expected pass / got fail: "That search had nothing so I'm passing you to our local history librarian now."
 *   (the patron told of the transfer; the scorer: "never told the patron about the transfer"; V caused: v55 pass).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the five readings V caused are mended ("Did the scanner make your copies clearer?": V8
 *   reads only things of the kind a provider gives; "everything.Me/Dana at the desk": V13 wants a path of an address; "Our index
 *   had no hits so I'll send you to Rosa …", "I did look but I'm going to connect you with Rosa …", "That search had nothing so
 *   I'm passing you to …": V17 cancels a transfer notice only in a question with no clause break between), and the two older ones
 *   are read ("ya usó todas sus preguntas de hoy", "about.me/lena-ortiz-art."): 41 running, 0 LEFT. These mends were checked again
 *   blind (`sixty-second-round-v-seventh-blind-checked`).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, xferToRosa, ROSA, type Line, type SessionCase } from './helpers';
import { nearMiss as c, DISMISSED, nearMissLines, NO_SOURCE, NOT_DISMISSED, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Mara, a librarian with Ask Us at Birch Hollow Library.';
const { said, followUp } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'the one on elm' });
const HI_ES = 'Hola, soy Mara, bibliotecaria de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de elm' });

/** V17: the patron's `q`, a greeting that asks nothing, the provider's `ask` at 30 s, 200 s of provider silence, `later`, thanks, bye. */
const asked17 = (q: string, ask: string, later: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [30, 'l', ask],
  [230, 'l', later],
  [250, 'p', 'ok thanks'],
  [260, 'l', 'Thanks for chatting, bye!'],
];
/** V17: a transfer: the patron's need, a question, its answer, `notice` (visible), a note that says why, the transfer, Rosa. */
const handedOn = (notice: string): Line[] => [
  [0, 'p', 'do you have old photos of the mill fire'],
  [20, 'l', `${HI} Which mill, and about what year?`],
  [50, 'p', 'the paper mill, 1952'],
  [56, 'l', notice],
  [59, 'i', 'pt wants 1952 paper mill fire photos, local history collection'],
  xferToRosa(62),
  [100, 'l', 'Hi, Rosa from Local History here.', ROSA],
];

const ASKED_COMPLETE = some({ complete: 'pass' });
const NOT_ASKED_COMPLETE = some({ complete: 'fail' });
/** A promise to send more later, no e-mail confirmed, code "Answered". */
const PROMISED = some({ contact: 'fail', code: 'fail' });
const NO_PROMISE = some({ contact: 'na', code: 'pass' });
/** A question about the need, no hold: the provider's silence after it is a wait on the patron. */
const ASKED_NO_HOLD = some({ clarify: 'pass', informed: 'pass' });
/** A transfer announced (a hold), then 200 s with no provider message. */
const HELD_TOO_LONG = some({ informed: 'fail' });

export const v1: SessionCase[] = [
  // ---- V1 for: a limit of questions told, a way back after it or not
  c('V1 for: "You have used up your one question for this session; feel free to come back tomorrow."', said('can you help me with my genealogy and also my taxes', 'You have used up your one question for this session; feel free to come back tomorrow.'), DISMISSED),
  c('V1 for: "sry u have used up ur questions for today, try us again tmrw!" (chat-speak)', said('one more q, whats the dewey number for knitting', 'sry u have used up ur questions for today, try us again tmrw!'), DISMISSED),
  c('V1 for: "I\'m afraid you\'ve used up all of your questions for the week. See you Monday!"', said('and can you find me a recipe for pierogi', 'I\'m afraid you\'ve used up all of your questions for the week. See you Monday!'), DISMISSED),
  c('V1 for: "Lo siento, ya usó todas sus preguntas de hoy; puede volver mañana." (Spanish)', es.said('y otra pregunta, ¿tienen libros de cocina?', 'Lo siento, ya usó todas sus preguntas de hoy; puede volver mañana.'), DISMISSED),
  // ---- V1 against: a condition, questions with another service, a negation, another limit
  c('V1 against: "When you\'ve used up your free tutor questions on HelpNow, you can always ask us here." (condition)', said('is the homework help free', 'Yes, for cardholders. When you\'ve used up your free tutor questions on HelpNow, you can always ask us here.'), NOT_DISMISSED),
  c('V1 against: "It sounds like you\'ve used up your questions with the Tutor.com expert, but I\'m happy to keep helping." (another service)', said('the tutor said i cant ask more today', 'It sounds like you\'ve used up your questions with the Tutor.com expert, but I\'m happy to keep helping you here.'), NOT_DISMISSED),
  c('V1 against: "You haven\'t used up any questions, there\'s no limit here, ask away!" (negation)', said('am i allowed to ask another question', 'You haven\'t used up any questions, there\'s no limit here, ask away!'), NOT_DISMISSED),
  c('V1 against: "You\'ve used up your renewals on that book, but you can put a new hold on it." (another limit)', said('why cant i renew my book', 'You\'ve used up your renewals on that book, but you can put a new hold on it.'), NOT_DISMISSED),
];

export const v8: SessionCase[] = [
  // ---- V8 for: "does that make the X clearer?" after a source
  c('V8 for: "Does that make the eviction notice any clearer?"', said('i dont understand this eviction notice', 'Here is a plain-language walkthrough at tenants.example.org/notice. Does that make the eviction notice any clearer?'), ASKED_COMPLETE),
  c('V8 for: "does this make ur form a bit clearer?" (chat-speak)', said('what do i put on line 4 of the w4', 'ok the irs has a walkthrough at irs.gov/w4help, does this make ur form a bit clearer?'), ASKED_COMPLETE),
  c('V8 for: "Did the sample make your cover letter clearer?"', said('my cover letter is a mess', 'I pasted a sample from jobs.example.org/samples above. Did the sample make your cover letter clearer?'), ASKED_COMPLETE),
  c('V8 for: "Has that made the bill clearer?"', said('what are all these charges on my tax bill', 'The county explains each line at county.example.org/taxbill. Has that made the bill clearer?'), ASKED_COMPLETE),
  // ---- V8 against: a device or the patron's own thing, a thing not yet given
  c('V8 against: "Did the toner make the copies clearer?" (a device)', said('my copies were faint last week', 'Our copier tips are at birchhollow.example.org/copy. Did the toner make the copies clearer?'), NOT_ASKED_COMPLETE),
  c('V8 against: "Did the scanner make your copies clearer?" (a device)', said('i rescanned my old letters at elm', 'Our scanning tips are at birchhollow.example.org/scan. Did the scanner make your copies clearer?'), NOT_ASKED_COMPLETE),
  c('V8 against: "Would a magnifier make the print clearer?" (not yet given)', said('the print in this book is too small', 'The large-print edition is listed at birchhollow.example.org/lp. Would a magnifier make the print clearer?'), NOT_ASKED_COMPLETE),
  c('V8 against: "Did your new glasses make the screen clearer?" (the patron\'s own thing)', said('the photos look blurry on my screen', 'Photo tips are at photos.example.org/restore. Did your new glasses make the screen clearer?'), NOT_ASKED_COMPLETE),
];

export const v13: SessionCase[] = [
  // ---- V13 for: a ".me/<path>" address
  c('V13 for: "Their rider rules are posted at bikeshare.me/rules."', said('can i ride the rental bikes on the trail', 'It depends on the company. Their rider rules are posted at bikeshare.me/rules.'), SOURCE),
  c('V13 for: "u can see the schedule at birchrunners.me/events" (chat-speak)', said('is there a running club around here', 'yes! u can see the schedule at birchrunners.me/events'), SOURCE),
  c('V13 for: "The illustrator keeps her portfolio at about.me/lena-ortiz-art."', said('who drew the mural at the elm branch', 'Lena Ortiz did. The illustrator keeps her portfolio at about.me/lena-ortiz-art.'), SOURCE),
  c('V13 for: "Las reglas del préstamo están en ecobici.me/reglas." (Spanish)', es.said('¿cómo funcionan las bicis de préstamo?', 'Cada empresa tiene las suyas. Las reglas del préstamo están en ecobici.me/reglas.'), SOURCE),
  // ---- V13 against: a word run into "me", no path
  c('V13 against: "I tried every search I know and nothing came up.Me/my coworker checked as well."', said('who built the stone bridge on mill road', 'I tried every search I know and nothing came up.Me/my coworker checked as well, sorry.'), NO_SOURCE),
  c('V13 against: "We looked through everything.Me/Dana at the desk found no record of it."', said('was there a school on birch street in 1900', 'We looked through everything.Me/Dana at the desk found no record of it, sorry.'), NO_SOURCE),
  c('V13 against: "Feel free to text.me later if you think of more details." (no path)', said('who owned the corner store in the 1940s', 'I found nothing on that yet. Feel free to text.me later if you think of more details.'), NO_SOURCE),
];

export const v15: SessionCase[] = [
  // ---- V15 for: the provider's own finding out, and sending later
  c('V15 for: "I\'ll check which branches still carry the paper tax forms and email you the list."', said('where can i get paper tax forms', 'I\'ll check which branches still carry the paper tax forms and email you the list.'), PROMISED),
  c('V15 for: "ill look into which clinics near u do free tb tests and text u the names" (chat-speak)', said('where can i get a free tb test', 'ill look into which clinics near u do free tb tests and text u the names'), PROMISED),
  c('V15 for: "Voy a consultar qué sucursales tienen el libro y le mando la lista." (Spanish)', es.said('¿dónde tienen el libro de recetas de mi abuela?', 'Voy a consultar qué sucursales tienen el libro y le mando la lista.'), PROMISED),
  c('V15 for: "Voy a averiguar si la biblioteca central tiene copias y te aviso." (Spanish, tú)', es.said('¿hay copias del periódico de 1960?', 'Voy a averiguar si la biblioteca central tiene copias y te aviso.'), PROMISED),
  c('V15 for: "We\'ll track down which archive has the minutes and email you by Friday." (e-mail read back, code Answered)', followUp('Those may be off site. What e-mail should I use?', 'We\'ll track down which archive has the minutes and email you by Friday.'), some({ contact: 'pass', code: 'fail' })),
  c('V15 for: "I\'ll check with the branch now and email you what they say tomorrow." (the now is the checking)', said('is the elm branch meeting room free on the 9th', 'I\'ll check with the branch now and email you what they say tomorrow.'), PROMISED),
  // ---- V15 against: sending here and now, the patron's own finding out
  c('V15 against: "Let me look up the form and send you the link here in the chat."', said('where is the passport form', 'Let me look up the form and send you the link here in the chat.'), NO_PROMISE),
  c('V15 against: "Voy a buscar el formulario y le envío el enlace ahora mismo."', es.said('¿dónde está el formulario de la tarjeta?', 'Voy a buscar el formulario y le envío el enlace ahora mismo.'), NO_PROMISE),
  c('V15 against: "I\'ll check the hours and send you the page right away."', said('when is the elm branch open', 'I\'ll check the hours and send you the page right away.'), NO_PROMISE),
  c('V15 against: "Si usted averigua el número de caso, me lo manda por aquí." (the patron\'s finding out)', es.said('¿cómo veo mi caso en la corte?', 'Si usted averigua el número de caso, me lo manda por aquí.'), NO_PROMISE),
];

export const v17: SessionCase[] = [
  // ---- V17 for: "Did <something> send you to …?" asks about the need, no transfer
  c('V17 for: "Did the QR code on the flyer send you to our events page, or to the city\'s?"', asked17('i want to sign up for the summer concert', 'Did the QR code on the flyer send you to our events page, or to the city\'s?', 'Signup is at birchhollow.example.org/concerts. Does that answer it?'), ASKED_NO_HOLD),
  c('V17 for: "did the ad on facebook send you to an official site or some other one?" (chat-speak)', asked17('i paid for a passport renewal online, is that legit', 'did the ad on facebook send you to an official site or some other one?', 'The only official one is travel.state.gov. Does that answer it?'), ASKED_NO_HOLD),
  c('V17 for: "Did your doctor\'s office send you to a particular lab, or can you go anywhere?"', asked17('where can i get blood work done near elm', 'Did your doctor\'s office send you to a particular lab, or can you go anywhere?', 'The county lists labs at health.example.org/labs. Does that answer it?'), ASKED_NO_HOLD),
  c('V17 for: "Which page did the search box send you to, the catalog or the website?"', asked17('i cant find the ebook i was looking at', 'Which page did the search box send you to, the catalog or the website?', 'Ebooks are at birchhollow.example.org/ebooks. Does that answer it?'), ASKED_NO_HOLD),
  // ---- V17 against: the provider's own sending on (a hold), older and after "had / did"
  c('V17 against: "I\'ll send you over to Rosa in Local History, one moment." (older)', asked17('do you have the 1952 mill fire photos', 'I\'ll send you over to Rosa in Local History, one moment.', 'The photos are at birchhollow.example.org/mill. Does that answer it?'), HELD_TOO_LONG),
  c('V17 against: "Our index had no hits so I\'ll send you to Rosa in Local History."', asked17('do you have the 1952 mill fire photos', 'Our index had no hits so I\'ll send you to Rosa in Local History.', 'The photos are at birchhollow.example.org/mill. Does that answer it?'), HELD_TOO_LONG),
  c('V17 against: "I did look but I\'m going to connect you with Rosa in Local History."', asked17('do you have the 1952 mill fire photos', 'I did look but I\'m going to connect you with Rosa in Local History.', 'The photos are at birchhollow.example.org/mill. Does that answer it?'), HELD_TOO_LONG),
  c('V17 against: "That search had nothing so I\'m passing you to our local history librarian now." (a transfer told)', handedOn('That search had nothing so I\'m passing you to our local history librarian now.'), some({ transfer: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: block V mends checked blind (sixth), both ways', () => {
  for (const [t, cs] of [['V1', v1], ['V8', v8], ['V13', v13], ['V15', v15], ['V17', v17]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
