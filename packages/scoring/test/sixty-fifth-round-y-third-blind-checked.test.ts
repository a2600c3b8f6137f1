/**
 * Sixty-fifth round, third blind check of block Y (rubric v59, after its second round of mends): Y1, Y2 and Y3 tried both ways in
 * cases written by a helper who did not see the author's cases (no `sixty-fifth-round-*` file read), each labelled from RUBRIC.md
 * before it ran ("for": the meant reading in new words: chat-speak, other verbs, other orders, Spanish; "against": near misses the
 * block must not read, and older readings it must not break). Checks: closing.courteous (Y1: one of the provider's last two visible
 * messages thanks the patron, says goodbye or invites them back), info.source (Y2, Y3: a URL or domain, a contact for a referral or
 * a named resource) and inquiry.clarify (Y3: a question about the need or a restatement of it before the first message that gives a
 * source; any, if no source is ever given).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Y1: "chat in again / anytime / whenever you …" said to the patron as something they may do invites them back, also when it is
 *   asked as a suggestion ("Why not chat in again tomorrow …?"). Told nothing: a negation ("no need to chat in again"), what other
 *   people do ("Most people chat in again …"), what another party may do ("Your caseworker can always chat in again for you"), the
 *   provider's own act or habit ("I'll chat in again with the vendor", "I just chat in again from another tab"), a question about
 *   what the patron did ("Did you chat in again …?").
 * - Y2: a host name under .me is a domain, so a source, wherever it stands in the sentence (RUBRIC: "a URL or domain"); words run
 *   together with "me" by a missing space ("again.Let.me know", "it.Ping.me", "try.Txt.me", "ok.text.me", "text.me") are no domain.
 * - Y3: "So you're after / looking for / hoping … a / an / some …" restates the want (clarify), and names no source by itself, also
 *   in chat-speak ("so u r hoping for a manual …") and Spanish ("Entonces usted busca una guía …"). A restatement in the same
 *   message as the first source is not "before the first message that gives a source"; one after it does not count. A sentence that
 *   goes on to name a title with where it is ("Tom Lake is on the shelf at Eastside") gives a source (a book). "So you'll need a …"
 *   is an instruction, no restatement. "So you're looking for the Chilton manual …" restates the patron's own named want: a
 *   restatement, no source given.
 *
 * COUNTS. Written: 35 cases, 16 for and 19 against (Y1 5/6, Y2 5/8, Y3 6/5), in two batches: 33 (labels copied aside to
 * /tmp/yb3-labels.ts before the first run) and 2 more Y2 against cases (labels copied to /tmp/yb3-labels-batch2.ts before their own
 * run; the first batch's "It's under Settings.Dm.me …" had missed the lead word, so "It's in Settings.Dm.me …" and "Give it a
 * try.Txt.me …" were added). First run as labelled: batch 1, 27 of 33; batch 2, 1 of 2. Disagreeing: 7. Label corrections: 0 (each
 * reread against RUBRIC; the labels stand). Final: 28 running, 7 LEFT (rubric v58 scored on each to tell "older" from "Y caused"):
 * - closing.courteous, expected pass / got fail: "Why not chat in again tomorrow when the genealogy librarian is on?" (an invitation
 *   asked as a suggestion; Y1 reads no "chat in" in a question; older: v58 fail the same).
 * - closing.courteous, expected fail / got pass: "Your caseworker can always chat in again for you." (another party's act; Y1's
 *   "can always" lead takes any subject; Y caused: v58 fail).
 * - closing.courteous, expected fail / got pass: "When the page freezes on me, I just chat in again from another tab." (the
 *   provider's own habit; Y1's "just" lead takes any subject; Y caused: v58 fail).
 * - info.source, expected fail / got pass: "Give it a try.Txt.me if it freezes" (words run together; "txt" is not in `ME_WORDS_Y2`
 *   and "a" leads; Y caused: v58 fail).
 * - info.source, expected pass / got fail: "The clinic's video room, waiting.northbayhealth.me, opens ten minutes early." (a domain
 *   after a comma, outside Y2's lead words; older: v58 fail the same).
 * - inquiry.clarify expected fail / got pass and info.source expected pass / got fail: "So you're after a novel by Ann Patchett;
 *   Tom Lake is on the shelf at Eastside right now." (an unquoted title with where it is: no source read, so the restatement counts;
 *   older: v58 the same on both).
 * - inquiry.clarify, expected pass / got fail: "So you're looking for the Chilton manual for the 2009 Civic." (the restatement of the
 *   patron's own named want read as the first source; older: v58 fail the same).
 * ON THE MENDS (by the author, after this check): the three readings Y caused are mended and run as labelled (Y1's "just" and
 *   "please" only at a clause's start, and "can always" only after "you"; Y2 no longer takes "a" as a word leading to a place, and
 *   refuses "txt", "msg", "pm", "dm", "sms", "write", "mail" and "phone" run into "me"); the first and second checks' cases still
 *   read as labelled. Final: 31 running, 4 LEFT, all older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_SOURCE, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/**
 * Y1's session: the patron's `q`, the greeting with a question, the reply, the provider's `answer`, the patron's "ok" and the
 * provider's `last`: the provider's last two visible messages are `answer` and `last`, neither thanking nor saying goodbye but
 * for what `last` says.
 */
const ended = (q: string, answer: string, last: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you go to?`],
  [50, 'p', 'eastside'],
  [70, 'l', answer],
  [110, 'p', 'ok'],
  [120, 'l', last],
];

/** One of the provider's last two messages invites the patron back. */
const INVITED = some({ courteous: 'pass' });
/** Neither thanks, goodbye nor an invitation back in the last two. */
const NOT_INVITED = some({ courteous: 'fail' });

export const y1: SessionCase[] = [
  // ---- Y1 for: "chat in again / anytime / any time / whenever you" inviting the patron back
  c('Y1 for: "np! chat in anytime if the link acts up" (chat-speak, after "!")', ended('my ebook wont open', 'Sign out of the app and back in; that resets the loan.', 'np! chat in anytime if the link acts up'), INVITED),
  c('Y1 for: "Your request is in, so chat in again once the pickup email comes." (clause start after "so")', ended('can you get me a book from another library', 'I placed an interlibrary loan request for it this morning.', 'Your request is in, so chat in again once the pickup email comes.'), INVITED),
  c('Y1 for: "We close at 6 tonight, but you can also chat in any time tomorrow from 9." (you can also)', ended('i need help with a census record', 'The 1950 census images are searchable by name now.', 'We close at 6 tonight, but you can also chat in any time tomorrow from 9.'), INVITED),
  c('Y1 for: "You\'re welcome to chat in whenever you get stuck on the form." (welcome to)', ended('how do i fill in the passport form', 'Section 2 wants your parents\' birth places, not addresses.', 'You\'re welcome to chat in whenever you get stuck on the form.'), INVITED),
  c('Y1 for: "Why not chat in again tomorrow when the genealogy librarian is on?" (an invitation asked)', ended('i need help with my great grandfathers naturalization', 'Those papers are usually at the county court for that year.', 'Why not chat in again tomorrow when the genealogy librarian is on?'), INVITED),
  // ---- Y1 against: a negation, other people, the provider's own act, a question, a lead-in that is no invitation
  c('Y1 against: "There\'s no need to chat in again; the renewal went through." (negation)', ended('can u renew my books', 'Done: all three are renewed to the 28th.', 'There\'s no need to chat in again; the renewal went through.'), NOT_INVITED),
  c('Y1 against: "Most people chat in again when the download code expires." (other people)', ended('my download code stopped working', 'Those codes last two weeks from the day they are sent.', 'Most people chat in again when the download code expires.'), NOT_INVITED),
  c('Y1 against: "I\'ll chat in again with the vendor tomorrow about the outage." (the provider\'s own act)', ended('the language app keeps crashing', 'It is down for everyone at the moment, not just you.', 'I\'ll chat in again with the vendor tomorrow about the outage.'), NOT_INVITED),
  c('Y1 against: "Did you chat in again after the first session dropped?" (a question)', ended('nobody answered me yesterday', 'I see a chat from yesterday that closed after a minute.', 'Did you chat in again after the first session dropped?'), NOT_INVITED),
  c('Y1 against: "Your caseworker can always chat in again for you." (another party)', ended('i cant get the benefits form to submit', 'The form times out after 20 minutes, so it may have lost your answers.', 'Your caseworker can always chat in again for you.'), NOT_INVITED),
  c('Y1 against: "When the page freezes on me, I just chat in again from another tab." (the provider\'s own habit)', ended('the chat window froze earlier', 'That happens when the browser tab sleeps.', 'When the page freezes on me, I just chat in again from another tab.'), NOT_INVITED),
];

export const y2: SessionCase[] = [
  // ---- Y2 for: a domain under .me with two or more labels, after a word leading to a place
  c('Y2 for: "the join steps r at start.teledoc-now.me" (chat-speak)', said('how do i join my video visit', 'the join steps r at start.teledoc-now.me'), SOURCE),
  c('Y2 for: "Open waitroom.drpatel.me on your phone and tap Join." (open)', said('where do i go for my telehealth appointment', 'It is all in the browser. Open waitroom.drpatel.me on your phone and tap Join.'), SOURCE),
  c('Y2 for: "You can test your camera via test.harborcare.me before the visit." (via)', said('how do i know my camera works for the doctor', 'There is a quick check. You can test your camera via test.harborcare.me before the visit.'), SOURCE),
  c('Y2 for: "Las instrucciones para la cámara están en ayuda.miconsulta.me." (Spanish "en")', es.said('cómo hago la cita por video', 'Es sencillo. Las instrucciones para la cámara están en ayuda.miconsulta.me.'), SOURCE),
  c('Y2 for: "Consulte soporte.clinicasol.me antes de la cita." (Spanish "consulte")', es.said('mi cita es por video y no sé usar la cámara', 'Hay una guía corta. Consulte soporte.clinicasol.me antes de la cita.'), SOURCE),
  // ---- Y2 against: words run together with "me", single label, a message's start; a domain after other words
  c('Y2 against: "It\'s under Settings.Dm.me if it doesn\'t show up." (run together: "Settings. DM me")', said('where do i turn on captions for the video visit', "It's under Settings.Dm.me if it doesn't show up."), NO_SOURCE),
  c('Y2 against: "Log out and in again.Let.me know if the camera works" (run together)', said('my camera is black on the video call', 'Log out and in again.Let.me know if the camera works'), NO_SOURCE),
  c('Y2 against: "ok im on it.Ping.me when the code comes" (run together, first label a word)', said('i need help with the visit code', 'ok im on it.Ping.me when the code comes'), NO_SOURCE),
  c('Y2 against: "ok.text.me when the link arrives" (a message\'s start, run together)', said('the clinic said theyd send a link', 'ok.text.me when the link arrives'), NO_SOURCE),
  c('Y2 against: "Sure, just check it and text.me if it fails" (a single label: words)', said('will my old laptop work for the video visit', 'Sure, just check it and text.me if it fails'), NO_SOURCE),
  // second batch (written and labelled after the first run, before its own: the first batch's "under Settings.Dm.me" missed the lead word)
  c('Y2 against: "It\'s in Settings.Dm.me if it doesn\'t show up." (run together after "in": "Settings. DM me")', said('where are the captions for the video visit', "It's in Settings.Dm.me if it doesn't show up."), NO_SOURCE),
  c('Y2 against: "Give it a try.Txt.me if it freezes" (run together after "a": "try. Txt me")', said('should i use chrome for the video visit', 'Chrome works best. Give it a try.Txt.me if it freezes'), NO_SOURCE),
  c('Y2 against: "The clinic\'s video room, waiting.northbayhealth.me, opens ten minutes early." (after other words; RUBRIC: a domain is a source)', said('when can i get into my video appointment', "The clinic's video room, waiting.northbayhealth.me, opens ten minutes early."), SOURCE),
];

export const y3: SessionCase[] = [
  // ---- Y3 for: "So you're after / looking for / hoping … a / an / some / any …" restating the want: a restatement, no source
  c('Y3 for: "so ur looking for a book on crate training an older rescue" (chat-speak; no source ever)', asked('any books on training a rescue dog', 'so ur looking for a book on crate training an older rescue', 'yes shes 6', 'Older dogs usually take a week or two to settle, so keep the crate near where you sit.'), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "So you are hoping to find a history of the Erie Canal written for kids." (then a source)', asked('i need something on the erie canal for my kid', 'So you are hoping to find a history of the Erie Canal written for kids.', 'yes 4th grade', 'The Erie Canal by Peter Spier is a picture book, in the catalogue at catalog.example.org.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "So you\'re trying to find some grant databases for a small farm." (no source ever)', asked('where do i look for grants for a small farm', "So you're trying to find some grant databases for a small farm.", 'yep vegetables mostly', 'Those grants usually open in early spring, so start your application in January.'), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "So you are searching for a repair guide with pictures." (then a source)', asked('i want to learn to fix a leaky faucet', 'So you are searching for a repair guide with pictures.', 'yes pictures pls', 'Home Repair 1-2-3 has the steps with photos; it is on the shelf at 643.7 HOM.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "so u r hoping for a manual for ur old sewing machine" (chat-speak "u r"; no source ever)', asked('my moms old singer sewing machine wont thread', 'so u r hoping for a manual for ur old sewing machine', 'yes exactly', 'Older Singers often have the model number under the bobbin plate, so start there.'), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "Entonces usted busca una guía sencilla para llenar la solicitud de ciudadanía." (Spanish; no source ever)', es.asked('necesito ayuda con la solicitud de ciudadanía', 'Entonces usted busca una guía sencilla para llenar la solicitud de ciudadanía.', 'sí, por favor', 'La solicitud es larga, así que conviene llenarla con calma en dos o tres días.'), some({ clarify: 'pass', source: 'fail' })),
  // ---- Y3 against: going on to give a source, "so you'll need a", restating after the first source, "the …"
  c('Y3 against: "So you\'re after a novel by Ann Patchett; Tom Lake is on the shelf at Eastside right now." (goes on to give one)', asked('do u have anything by ann patchett', "So you're after a novel by Ann Patchett; Tom Lake is on the shelf at Eastside right now.", 'oh nice', 'It is in Fiction under PAT.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re hoping for a container gardening book, which is easy: …" (goes on to give one)', asked('anything on growing tomatoes in pots', "So you're hoping for a container gardening book, which is easy: The Bountiful Container is in our catalogue at catalog.example.org.", 'great', 'It has a whole chapter on tomatoes.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'ll need a library card number and a PIN for that." (an instruction)', asked('can i get audiobooks on my phone', "So you'll need a library card number and a PIN for that.", 'i have both', 'Then the audiobooks are in Libby at libbyapp.com.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re hoping for a newer one." (after the first source)', asked('i need a book on composting', 'Try Let It Rot! by Stu Campbell, in our catalogue at catalog.example.org.', 'is there anything newer', "So you're hoping for a newer one. Most composting books are from before 2015."), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re looking for the Chilton manual for the 2009 Civic." ("the": the patron\'s named want restated, then a source)', asked('do u have the chilton manual for a 2009 civic', "So you're looking for the Chilton manual for the 2009 Civic.", 'yes', 'Chilton is online now, in Auto Repair Source at library.example.org/auto.'), some({ clarify: 'pass', source: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Y1 for: "Why not chat in again tomorrow when the genealogy librarian is on?" (an invitation asked)':
    'closing.courteous expected pass, got fail ("neither of the provider\'s last two messages thanks the patron, says goodbye or invites them back"): a suggestion to come back, asked (RUBRIC closing.courteous: "invites them back"); CHAT_IN_AGAIN_Y1 reads nothing in a question (older: v58 fail the same)',
  'Y2 against: "The clinic\'s video room, waiting.northbayhealth.me, opens ten minutes early." (after other words; RUBRIC: a domain is a source)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): a domain (RUBRIC info.source: "a URL or domain"); DOTTED_ME_Y2 reads .me only after its lead words, not after a comma (older: v58 fail the same)',
  'Y3 against: "So you\'re after a novel by Ann Patchett; Tom Lake is on the shelf at Eastside right now." (goes on to give one)':
    'inquiry.clarify expected fail, got pass ("asked about the need (no source was given)"), info.source expected pass, got fail ("answered without any URL, named resource or contact"): an unquoted title with where it is, a book (RUBRIC info.source: "a named resource (… a book …)"), so the restatement is in the first source message, not before it; no title read (older: v58 the same on both)',
  'Y3 against: "So you\'re looking for the Chilton manual for the 2009 Civic." ("the": the patron\'s named want restated, then a source)':
    'inquiry.clarify expected pass, got fail ("gave a source without first asking about the need or restating it"): the patron\'s own named want restated (RUBRIC inquiry.clarify: "restates the question (\'so you need…\')"), read as the first source (evidence message 2); RESTATE_WANT_Y3 leaves "the …" out on purpose (older: v58 fail the same)',
};

describe('sixty-fifth round: block Y checked blind, third helper, both ways', () => {
  for (const [t, cs] of [['Y1', y1], ['Y2', y2], ['Y3', y3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
