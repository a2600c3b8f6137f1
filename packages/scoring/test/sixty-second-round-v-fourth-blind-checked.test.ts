/**
 * Sixty-second round, fourth blind check of block V (rubric v56): V1, V2, V3, V4, V8, V13, V15, V16 and V17 tried both ways in
 * cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant
 * behaviour in new words: chat-speak, other verbs, other orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break). Checks: closing.no_dismissal (V1), inquiry.clarify and info.source (V2), approachability.greeting
 * (V3), interest.keep_informed and inquiry.clarify (V4, V17), followup.completeness (V8, V16), info.source (V13), followup.contact
 * and resolution.code (V15).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - V1: telling the patron they have used up their question (one, daily) is telling them they reached a limit of questions: a fail,
 *   even with "you can chat again tomorrow" (RUBRIC's way back saves only "otherwise ends the help for the provider's convenience"
 *   and "other patrons are waiting"). A negation, a condition and a limit of another service are not told: pass.
 * - V2: "So you want to know / you're wondering / you're asking about …" restates the question (inquiry.clarify's "restates the
 *   question"), and the resource it names is the patron's, not a source given. "So you'll need <resource> at <URL>" gives a source.
 * - V3: a name with the service or library, then "here" or the place, then an emoji or emoticon identifies who answers; a greeting
 *   with an emoji and no name, library or service does not ("ur library account" is the patron's library, not the answerer).
 * - V4 / V17: a question to the patron about their own looking ("or still looking?") or about what sent them somewhere before the
 *   chat is no hold and no transfer announcement: a wait on the patron follows, and it counts as a question about the need. "Still
 *   looking into it" and "I'm passing you to …" said of the provider's own search or the chat are holds (a transfer notice is one).
 * - V8 / V16: "Does that make the <thing> clearer?", "¿La encontraste?", "¿Pudo encontrarlo?" after the source ask whether what was
 *   given meets the need; asked about the patron's own things (a printer, a lost book at home) or before any source, they do not.
 * - V13: a ".me" address with a path is a URL; a bare domain ("li.me") is a domain, a source by RUBRIC's "a URL or domain"; a typo
 *   "up.Me/the other librarian" is neither.
 * - V15: "I'll check / find out … and send / e-mail / text you …" promises to send more later: a follow-up session. The patron's own
 *   finding out, the patron's request, and a send "here in the chat" right away are not.
 *
 * COUNTS. Written: 51 cases, 29 for and 22 against (V1 3/3, V2 4/2, V3 4/2, V4 4/2, V8 3/2, V13 3/1, V15 4/3, V16 4/2, V17 3/2),
 * one batch, labels copied aside (/tmp/sixtySecondRoundVV4-labels.ts) before the first run. First run as labelled: 43 of 51.
 * Disagreeing: 8. Label corrections: 0 (each reread against RUBRIC.md; none was wrong by its literal text). Final: 43 running, 8
 * LEFT (each scored with rubric v55 too, to tell "older" from "V caused"):
 * - closing.no_dismissal, expected fail / got pass: V1 for "You've used up your daily question, but you can chat with us again
 *   tomorrow." (a limit told; the scorer lets the way back save it; older: v55 pass the same).
 * - approachability.greeting, expected fail / got pass: V3 against "hi! can u log in to ur library account here 👉" (the patron's
 *   library read as the answerer; older: v55 pass the same).
 * - followup.completeness, expected fail / got pass: V8 against "Did the printer make the copy clearer?" (the patron's own printer;
 *   V caused: v55 fail).
 * - info.source, expected pass / got fail: V13 for "Their site is li.me." (a bare domain; older: v55 fail the same).
 * - info.source, expected fail / got pass: V13 against "nothing turned up.Me/the other librarian will keep an eye out" (a typo read
 *   as a ".me" address; V caused: v55 fail).
 * - followup.contact + resolution.code, expected fail + fail / got na + pass: V15 for "Voy a averiguar qué sucursales lo certifican y
 *   le envío la lista." (Spanish promise unread; older: v55 na + pass the same).
 * - followup.contact + resolution.code, expected na + pass / got fail + fail: V15 against "Let me check which branches can certify it
 *   and send you the link here in the chat. …" (sent at once, no later send; V caused: v55 na + pass).
 * - interest.keep_informed + inquiry.clarify, expected pass + pass / got fail + fail: V17 for "Did the link in the email send you to
 *   the county's page, or to a different site?" (four words between "did" and "send"; older: v55 fail + fail the same).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the three readings V caused are mended ("Did the printer make the copy clearer?": V8
 *   reads only what was given, or a thing of its kind, making the patron's thing clearer; "turned up.Me/the …": V13 wants a path
 *   of an address; "… and send you the link here in the chat": V15 reads nothing sent here and now), and three older ones are read
 *   (V1: a limit of questions fails whatever way back follows; V15 in Spanish; V17 with up to six words after "did"): 49 running,
 *   2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian with Ask Us at Pell Valley Library.';
const { said, asked, followUp } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Kit, bibliotecaria de la Biblioteca de Pell Valley.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** The patron's `q`, the provider's opening `first`, a second provider message that identifies no one, thanks and goodbye. */
const opened = (q: string, first: string): Line[] => [
  [0, 'p', q],
  [20, 'l', first],
  [40, 'l', 'The renewal steps are at pellvalley.org/renew. Does that help?'],
  [70, 'p', 'yes thanks'],
  [80, 'l', 'Thanks for chatting, bye!'],
];
/**
 * The patron's `q`, a greeting that asks nothing, the provider's `text` at 52 s, and 200 s later (the patron silent) the provider's
 * `later`, then thanks and goodbye. Read as a hold, `text` leaves the patron waiting 200 s (keep_informed fails); read as no hold, the
 * wait is on the patron (passes).
 */
const waited = (q: string, text: string, later = 'The application is at pellvalley.org/apply. Did that help?'): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [52, 'l', text],
  [252, 'l', later],
  [270, 'p', 'yes thanks'],
  [280, 'l', 'Thanks for chatting, bye!'],
];
/** Spanish: the patron's `q`, the greeting with the branch question, the reply, the `source`, the patron's `mid`, the provider's `ask`, thanks, goodbye. */
const esAsk = (q: string, source: string, mid: string, ask: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI_ES} ¿A qué sucursal va usted?`],
  [50, 'p', 'la del norte'],
  [70, 'l', source],
  [100, 'p', mid],
  [160, 'l', ask],
  [180, 'p', 'ok gracias'],
  [190, 'l', 'Gracias por escribir, ¡adiós!'],
];

export const v1: SessionCase[] = [
  c('V1 for: "uve used up ur question for the day, sorry. bye" (chat-speak)', said('can u also find me a recipe for gumbo', 'uve used up ur question for the day, sorry. bye'), some({ dismissal: 'fail' })),
  c('V1 for: "You have used up your one question for today, so I have to end the chat here."', said('one more thing, when does the pool open', 'You have used up your one question for today, so I have to end the chat here.'), some({ dismissal: 'fail' })),
  c('V1 for: "You\'ve used up your daily question, but you can chat with us again tomorrow." (a limit told, a way back after)', said('and can you check my fines too', 'You\'ve used up your daily question, but you can chat with us again tomorrow.'), some({ dismissal: 'fail' })),
  c('V1 against: "You haven\'t used up your question for today, so ask away!" (negation)', said('am i allowed to ask something else', 'You haven\'t used up your question for today, so ask away!'), some({ dismissal: 'pass' })),
  c('V1 against: "Once you\'ve used up your question credits on the tutoring site, come back here." (condition, another service)', said('the tutoring site says i have 3 credits', 'Once you\'ve used up your question credits on the tutoring site, come back here and we can help.'), some({ dismissal: 'pass' })),
  c('V1 against: "you\'ve used up your questions with Brainfuse for this month; there is no limit here" (another service)', said('brainfuse says i cant ask more', 'It looks like you\'ve used up your questions with Brainfuse for this month; there is no limit here, so ask away.'), some({ dismissal: 'pass' })),
];

export const v2: SessionCase[] = [
  c('V2 for: "So you want to know whether we accept a 1985 World Book set as a donation." (then a source)', asked('do u take old encyclopedias', 'So you want to know whether we accept a 1985 World Book set as a donation.', 'yep', 'Our donation rules are at pellvalley.org/donate; we take books from the last ten years.'), some({ clarify: 'pass', source: 'pass' })),
  c('V2 for: "So you\'re wondering if Consumer Reports rated the 2019 Civic." (then a source)', asked('is the 2019 civic reliable', 'So you\'re wondering if Consumer Reports rated the 2019 Civic.', 'yeah', 'The ratings are in the Consumer Reports database at pellvalley.org/cr.'), some({ clarify: 'pass', source: 'pass' })),
  c('V2 for: "so u wanna know if the Chilton manual covers a 2004 Ranger" (chat-speak, no other source)', asked('does the chilton book do 2004 rangers', 'so u wanna know if the Chilton manual covers a 2004 Ranger', 'yes', 'It does, it covers 1998 to 2008.'), some({ clarify: 'pass', source: 'fail' })),
  c('V2 for: "So you are asking about whether the Oxford English Dictionary has the word yeet." (no other source)', asked('is yeet a real word', 'So you are asking about whether the Oxford English Dictionary has the word yeet.', 'ya', 'It was added in 2022, yes.'), some({ clarify: 'pass', source: 'fail' })),
  c('V2 against: "So you\'ll need the Chilton manual, it is at pellvalley.org/chilton." (a source, no restatement)', asked('how do i change the brakes on a 2004 ranger', 'So you\'ll need the Chilton manual, it is at pellvalley.org/chilton.', 'ok', 'The brake chapter is chapter 9.'), some({ clarify: 'fail', source: 'pass' })),
  c('V2 against: "You wanted to know about the Britannica: Britannica Academic is at pellvalley.org/eb." (a source)', asked('do u have britannica', 'You wanted to know about the Britannica: Britannica Academic is at pellvalley.org/eb.', 'thx', 'You log in with your card number.'), some({ source: 'pass' })),
];

export const v3: SessionCase[] = [
  c('V3 for: "hiya! marco @ ask a librarian here 😊"', opened('how do i renew my books', 'hiya! marco @ ask a librarian here 😊'), some({ greeting: 'pass' })),
  c('V3 for: "hello, dee from Pell Valley Library here :)" (emoticon)', opened('how do i renew my books', 'hello, dee from Pell Valley Library here :)'), some({ greeting: 'pass' })),
  c('V3 for: "hi! ana @ ask us, greene county library 👍"', opened('how do i renew my books', 'hi! ana @ ask us, greene county library 👍'), some({ greeting: 'pass' })),
  c('V3 for: "hey there! bo at the ask us desk here ☺️"', opened('how do i renew my books', 'hey there! bo at the ask us desk here ☺️'), some({ greeting: 'pass' })),
  c('V3 against: "hey! 👋 what do u need?" (no one identified)', opened('how do i renew my books', 'hey! 👋 what do u need?'), some({ greeting: 'fail' })),
  c('V3 against: "hi! can u log in to ur library account here 👉" (the patron\'s library)', opened('how do i renew my books', 'hi! can u log in to ur library account here 👉'), some({ greeting: 'fail' })),
];

export const v4: SessionCase[] = [
  c('V4 for: "Are you buying the house now, or just looking into it?"', waited('how do radon tests work', 'Are you buying the house now, or just looking into it?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V4 for: "r u enrolled already or still looking?" (chat-speak)', waited('what does a nursing program cost', 'r u enrolled already or still looking?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V4 for: "Do you have a lawyer yet, or are you still looking?"', waited('how do i contest a will', 'Do you have a lawyer yet, or are you still looking?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V4 for: "Have you picked a daycare, or are you only looking into it for now?"', waited('how much do daycares cost here', 'Have you picked a daycare, or are you only looking into it for now?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V4 against: "Sorry, still looking, one moment." (a hold)', waited('how do radon tests work', 'Sorry, still looking, one moment.'), some({ informed: 'fail' })),
  c('V4 against: "Nothing in the catalogue, or at least not yet; still looking into it." (partial result, search goes on)', waited('do you have books on radon', 'Nothing in the catalogue, or at least not yet; still looking into it.'), some({ informed: 'fail' })),
];

export const v8: SessionCase[] = [
  c('V8 for: "… pellvalley.org/letters. Does that make the cover letter clearer?"', said('how do i write a cover letter', 'Sample cover letters are at pellvalley.org/letters. Does that make the cover letter clearer?'), some({ complete: 'pass' })),
  c('V8 for: "Did the template make your resume clearer?" (after the source)', done('help with my resume', 'The resume templates are at pellvalley.org/resume.', 'i tried one', 'Did the template make your resume clearer?'), some({ complete: 'pass' })),
  c('V8 for: "does this make the form any clearer?" (chat-speak)', said('how do i fill in the fafsa', 'the fafsa help page is studentaid.example.gov/help, does this make the form any clearer?'), some({ complete: 'pass' })),
  c('V8 against: "Would a sample letter make the letter clearer?" (not yet given)', said('how do i word a complaint letter', 'Complaint letters are covered in the Nolo guide at pellvalley.org/nolo. Would a sample letter make the letter clearer?'), some({ complete: 'fail' })),
  c('V8 against: "Did the printer make the copy clearer?" (the patron\'s own printer)', done('my flyer prints blurry', 'Print at 300 dpi; the steps are at pellvalley.org/print.', 'i got a new printer too', 'Did the printer make the copy clearer?'), some({ complete: 'fail' })),
];

/** A session: the patron's `q`, the greeting with the branch question, `answer`, the patron's `reply`, the provider's `ask`, goodbye. */
function done(q: string, answer: string, reply: string, ask: string): Line[] {
  return [
    [0, 'p', q],
    [20, 'l', `${HI} Which branch do you go to?`],
    [50, 'p', 'northside'],
    [70, 'l', answer],
    [110, 'p', reply],
    [120, 'l', ask],
    [150, 'p', 'ok thanks'],
    [160, 'l', 'Thanks for chatting, bye!'],
  ];
}

export const v13: SessionCase[] = [
  c('V13 for: "The artist sells prints at kimura.me/shop."', said('where can i buy prints by kimura', 'The artist sells prints at kimura.me/shop.'), some({ source: 'pass' })),
  c('V13 for: "their rules r at lime.me/rules-and-fees" (chat-speak)', said('can u ride scooters on the sidewalk', 'depends on the company, their rules r at lime.me/rules-and-fees'), some({ source: 'pass' })),
  c('V13 for: "Their site is li.me." (a domain)', said('who runs the green scooters', 'That is Lime. Their site is li.me.'), some({ source: 'pass' })),
  c('V13 against: "nothing turned up.Me/the other librarian will keep an eye out" (a typo, no address)', said('any info on the 1911 mill fire', 'I looked but nothing turned up.Me/the other librarian will keep an eye out.'), some({ source: 'fail' })),
];

export const v15: SessionCase[] = [
  c('V15 for: "I\'ll check which of our branches still have a notary and email you tomorrow."', said('where can i get a form notarized', 'I\'ll check which of our branches still have a notary and email you tomorrow.'), some({ contact: 'fail', code: 'fail' })),
  c('V15 for: "we\'ll look into which labs do the testing and text u the names" (chat-speak)', said('where can i test my well water', 'we\'ll look into which labs do the testing and text u the names'), some({ contact: 'fail', code: 'fail' })),
  c('V15 for: "I\'ll find out which offices can apostille it and send you the list by Friday." (e-mail read back, follow-up code)', followUp('Could I get your e-mail so I can send it?', 'I\'ll find out which offices can apostille it and send you the list by Friday.'), some({ contact: 'pass', code: 'pass' }), { resolutionCode: 'Follow-up by me' }),
  c('V15 for: "Voy a averiguar qué sucursales lo certifican y le envío la lista." (Spanish)', es.said('dónde me certifican un documento', 'Voy a averiguar qué sucursales lo certifican y le envío la lista.'), some({ contact: 'fail', code: 'fail' })),
  c('V15 against: "You\'ll find out which branches can certify it and send them the form." (the patron\'s act)', said('where can i get a form certified', 'You\'ll find out which branches can certify it and send them the form.'), some({ contact: 'na', code: 'pass' })),
  c('V15 against: "Let me check which branches can certify it and send you the link here in the chat. …" (sent now)', said('where can i get a form certified', 'Let me check which branches can certify it and send you the link here in the chat. Okay: Main and Eastside can, see pellvalley.org/notary.'), some({ contact: 'na', code: 'pass' })),
  c('V15 against: patron "could u find out which branches can certify it and send me the list" (the patron\'s request)', said('could u find out which branches can certify it and send me the list', 'Main and Eastside can; the list is at pellvalley.org/notary.'), some({ contact: 'na', code: 'pass' })),
];

export const v16: SessionCase[] = [
  c('V16 for: "¿La encontraste?"', esAsk('busco una guía de ciudadanía', 'La guía está en pellvalley.org/ciudadania.', 'ok la busco', '¿La encontraste?'), some({ complete: 'pass' })),
  c('V16 for: "y, ¿los pudo ubicar?"', esAsk('busco libros de cocina mexicana', 'Los libros están en el catálogo en pellvalley.org/catalogo, signatura 641.5972.', 'voy a ver', 'y, ¿los pudo ubicar?'), some({ complete: 'pass' })),
  c('V16 for: "ok ¿lo hallaste ahí?"', esAsk('necesito el formulario de la renta', 'El formulario está en pellvalley.org/renta.', 'déjame ver', 'ok ¿lo hallaste ahí?'), some({ complete: 'pass' })),
  c('V16 for: "¿Pudo encontrarlo?" (another form)', esAsk('busco el horario del autobús 12', 'El horario está en transito.example.org/12.', 'un momento', '¿Pudo encontrarlo?'), some({ complete: 'pass' })),
  c('V16 against: "¿Lo encontró en casa?" (the patron\'s lost book)', esAsk('mi hijo perdió un libro de la biblioteca', 'El costo de reposición sale en su cuenta en pellvalley.org/cuenta.', 'lo voy a buscar en casa otra vez', '¿Lo encontró en casa?'), some({ complete: 'fail' })),
  c('V16 against: "¿Lo encontró?" before any source', [
    [0, 'p', 'ya busqué el libro de Isabel Allende en el catálogo'],
    [20, 'l', `${HI_ES} ¿A qué sucursal va usted?`],
    [50, 'p', 'la del norte'],
    [70, 'l', '¿Lo encontró?'],
    [100, 'p', 'no'],
    [130, 'l', 'Está en pellvalley.org/catalogo, signatura 863 ALL.'],
    [160, 'p', 'ok gracias'],
    [170, 'l', 'Gracias por escribir, ¡adiós!'],
  ], some({ complete: 'fail' })),
];

export const v17: SessionCase[] = [
  c('V17 for: "Did the link in the email send you to the county\'s page, or to a different site?"', waited('i think i got a scam tax email', 'Did the link in the email send you to the county\'s page, or to a different site?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V17 for: "did ur bank\'s app send u to this login page or did u search for it?" (chat-speak)', waited('is this bank login page real', 'did ur bank\'s app send u to this login page or did u search for it?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V17 for: "Had the chatbot already passed you to a person before, or is this your first chat?"', waited('i keep getting cut off', 'Had the chatbot already passed you to a person before, or is this your first chat?'), some({ informed: 'pass', clarify: 'pass' })),
  c('V17 against: "I\'ll send you over to Maria in Local History now." (a transfer notice, a hold)', waited('i need 1968 council minutes', 'I\'ll send you over to Maria in Local History now.'), some({ informed: 'fail' })),
  c('V17 against: "Since the pop-up didn\'t help, I\'m passing you to our e-gov specialist now." (a transfer notice)', waited('the state tax site keeps showing a pop-up', 'Since the pop-up didn\'t help, I\'m passing you to our e-gov specialist now.'), some({ informed: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'V3 against: "hi! can u log in to ur library account here 👉" (the patron\'s library)':
    'approachability.greeting expected fail, got pass ("greets the patron and says who is answering", quoting the sentence): "ur library account" is the patron\'s account, nobody answering is named (RUBRIC: identifies who is answering, a name, "librarian", the library or the service); the "… library … here" sign-on read with the emoji after it (older: v55 pass the same)',
  'V13 for: "Their site is li.me." (a domain)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): "li.me" is the organisation\'s domain given as its site (RUBRIC info.source: "a URL or domain"); V13 reads ".me" with a path only (older: v55 fail the same)',
};

describe('sixty-second round: block V checked blind, fourth, both ways', () => {
  for (const [t, cs] of [['V1', v1], ['V2', v2], ['V3', v3], ['V4', v4], ['V8', v8], ['V13', v13], ['V15', v15], ['V16', v16], ['V17', v17]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
