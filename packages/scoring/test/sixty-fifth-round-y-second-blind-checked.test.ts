/**
 * Sixty-fifth round, second blind check of block Y (rubric v59, after the mends): Y1, Y2 and Y3 tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Checks: closing.courteous (Y1: one of the provider's last two visible messages thanks, says goodbye or invites the
 * patron back), info.source (Y2, Y3: a URL or domain, or a named resource, given), inquiry.clarify (Y3: a question about the need
 * or a restatement of it, before the first message that gives a source).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Y1: "chat in again / anytime / whenever you …" addressed to the patron as an imperative or a "you can / feel free to / so …"
 *   invites them back. A negation ("no need to chat in again"), what other patrons do ("Patrons always chat in again …", "Patrons
 *   who log out and chat in again …"), the provider's own act ("I will chat in again with the vendor") and a question about what
 *   the patron did ("Did you chat in again …?") invite no one back: with nothing else in the last two messages, courteous fails.
 * - Y2: a domain is a source (RUBRIC info.source: "a URL or domain"), whatever word stands before it and however many labels it
 *   has: "help.vidclinic.me" after "at", "doxy.me" (one label) and "checkin.healthnow.me" between commas all pass. Words run
 *   together with full stops ("in.Let.me know", "on it.Keep.me posted") are no domain: no source.
 * - Y3: "So you're after / looking for / hoping to find / searching for a …" restating what the patron asked names their want, not a
 *   source, and it is a restatement ("so you need…"): before any source, clarify passes. "So you're after some books by Octavia
 *   Butler" names an author, no book: still a restatement, no source. A sentence that goes on to name a title or a database gives
 *   the source in that message, so the restatement is not before it (clarify fails there); "So you'll need a library card to log
 *   into the Chilton Library database" gives a source and restates nothing; a restatement after the first source is too late.
 *
 * COUNTS. Written: 26 cases, 14 for and 12 against (Y1 4/5, Y2 4/4, Y3 5/4), in one batch, labels copied aside to /tmp/yb2-labels.ts
 * before the first run. First run as labelled: 21 of 26. Disagreeing: 5. Label corrections: 0 (each reread against RUBRIC's
 * closing.courteous and info.source rows; the labels stand). Final: 21 running, 5 LEFT (rubric v58 scored on each, with
 * `scoreSession(t, { now, rubric: rubricV58 })` in a throwaway test since deleted, to tell "older" from "Y caused"):
 * - closing.courteous, expected fail / got pass: "Patrons always chat in again when the site goes down." (a report of what other
 *   patrons do; `CHAT_IN_AGAIN_Y1` takes "always" as a lead-in with a subject before it; Y caused: v58 fail).
 * - closing.courteous, expected fail / got pass: "Patrons who log out and chat in again lose their place in the queue." (a report;
 *   the lead-in "and" joins two verbs of "Patrons who"; Y caused: v58 fail).
 * - info.source, expected fail / got pass: "I'm on it.Keep.me posted if it freezes again." (words run together after "on"; "keep" is
 *   not in `ME_WORDS_Y2`, so "it.keep.me" reads as a domain; Y caused: v58 fail).
 * - info.source, expected pass / got fail: "Dr. Lee's waiting room is at doxy.me, then type drlee in the box." (a one-label .me
 *   domain, read by Y2 on purpose only with two labels; older: v58 fail the same).
 * - info.source, expected pass / got fail: "Her waiting room, checkin.healthnow.me, opens ten minutes early." (a domain after a
 *   comma, no leading word; older: v58 fail the same).
 * ON THE MENDS (by the author, after this check): the three readings Y caused are mended and run as labelled (Y1's lead-ins are
 *   now a clause's start, optionally with "so / and / then / but", "please", "just", "feel free to", "ok" or "you can (always)",
 *   no longer "always" or "and" after another subject; Y2 refuses a first label that is a word, ME_FIRST_Y2, and more verbs run
 *   into "me"), and "… so chat in any time before then" still reads. Final: 23 running, 2 LEFT, both older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, nearMissLines, NO_SOURCE, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, done, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** Neither of the last two provider messages thanks, says goodbye or invites back. */
const CURT = some({ courteous: 'fail' });

/** The answer before the last message: no thanks, no goodbye, no invitation. */
const HOLD_PLACED = 'Your hold on The Women by Kristin Hannah is placed; you are number 4 in line.';

export const y1: SessionCase[] = [
  // ---- Y1 for: "chat in again / anytime / whenever you" as an invitation back
  c('Y1 for: "ok u can chat in again whenever u want, the list moves fast" (chat-speak)', done('can i get on the list for the new kristin hannah', HOLD_PLACED, 'ok', 'ok u can chat in again whenever u want, the list moves fast'), COURTEOUS),
  c('Y1 for: "I have to close this chat now, but feel free to chat in anytime."', done('can i get on the list for the new kristin hannah', HOLD_PLACED, 'ok', 'I have to close this chat now, but feel free to chat in anytime.'), COURTEOUS),
  c('Y1 for: "Just chat in again once the hold arrives."', done('can i get on the list for the new kristin hannah', HOLD_PLACED, 'ok', 'Just chat in again once the hold arrives.'), COURTEOUS),
  c('Y1 for: "We are staffed until 9 tonight, so chat in any time before then."', done('can i get on the list for the new kristin hannah', HOLD_PLACED, 'ok', 'We are staffed until 9 tonight, so chat in any time before then.'), COURTEOUS),
  // ---- Y1 against: a negation, other people's acts, the provider's own act, a question
  c('Y1 against: "There is no need to chat in again; the renewal went through." (negation)', done('can you renew my laptop loan', 'Done: the laptop is now due on March 16.', 'ok', 'There is no need to chat in again; the renewal went through.'), CURT),
  c('Y1 against: "Patrons always chat in again when the site goes down." (others)', done('is the catalog down', 'It is down for everyone right now; the vendor is working on it.', 'ok', 'Patrons always chat in again when the site goes down.'), CURT),
  c('Y1 against: "Patrons who log out and chat in again lose their place in the queue." (others, a report)', done('why did i lose my spot in the chat line', 'The queue keeps one spot for each open window.', 'ok', 'Patrons who log out and chat in again lose their place in the queue.'), CURT),
  c('Y1 against: "I will chat in again with the vendor tomorrow about the glitch." (own act)', done('the ebook app keeps crashing', 'It is a known problem with the latest update of the app.', 'ok', 'I will chat in again with the vendor tomorrow about the glitch.'), CURT),
  c('Y1 against: "Did you chat in again after the app crashed?" (a question)', done('i was helped by someone else earlier', 'I can see an earlier chat from this morning in our log.', 'yes', 'Did you chat in again after the app crashed?'), CURT),
];

export const y2: SessionCase[] = [
  // ---- Y2 for: a domain under .me with two labels or more, after a word leading to a place
  c('Y2 for: "easy, the video visit steps r at help.vidclinic.me" (chat-speak)', said('how do i do a video visit with my doctor', 'easy, the video visit steps r at help.vidclinic.me'), SOURCE),
  c('Y2 for: "Visit start.tutorlink.me to book a free session."', said('is there free homework help online', 'Yes, with your card. Visit start.tutorlink.me to book a free session.'), SOURCE),
  c('Y2 for: "Las instrucciones están en ayuda.citasalud.me."', es.said('cómo hago la cita por video con el médico', 'Es sencillo. Las instrucciones están en ayuda.citasalud.me.'), SOURCE),
  c('Y2 for: "Consulte portal.becasfacil.me para ver las fechas."', es.said('cuándo cierran las becas del condado', 'Cambian cada año. Consulte portal.becasfacil.me para ver las fechas.'), SOURCE),
  // ---- Y2 against: words run together with "me"; a single label and a domain after other words (both domains by RUBRIC)
  c('Y2 against: "Your hold is in.Let.me know if Eastside is ok for pickup." (words run together)', said('is my hold in', 'Yes! Your hold is in.Let.me know if Eastside is ok for pickup.'), NO_SOURCE),
  c('Y2 against: "I\'m on it.Keep.me posted if it freezes again." (words run together)', said('my video visit keeps freezing', 'That is usually the wifi. I\'m on it.Keep.me posted if it freezes again.'), NO_SOURCE),
  c('Y2 against: "Dr. Lee\'s waiting room is at doxy.me, then type drlee in the box." (one label: a domain all the same)', said('how do i get into my telehealth visit', 'Dr. Lee\'s waiting room is at doxy.me, then type drlee in the box.'), SOURCE),
  c('Y2 against: "Her waiting room, checkin.healthnow.me, opens ten minutes early." (after other words: a domain all the same)', said('when can i log in for my video appointment', 'Her waiting room, checkin.healthnow.me, opens ten minutes early.'), SOURCE),
];

export const y3: SessionCase[] = [
  // ---- Y3 for: the patron's want restated as an unnamed thing: a restatement, no source
  c('Y3 for: "So you\'re after a practical guide for helping a parent downsize."', asked('need something to help my mom downsize her house', 'So you\'re after a practical guide for helping a parent downsize.', 'yes exactly', 'Try "Downsizing the Family Home" by Marni Jameson; it is in our catalogue at Eastside.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "so u looking for some books on beekeeping for beginners" (chat-speak, no source after)', asked('bees??', 'so u looking for some books on beekeeping for beginners', 'ya', 'Our branch has only one on the shelf right now, and the rest are checked out.'), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "So you\'re hoping to find a database with full text nursing journals."', asked('nursing articles for my capstone', 'So you\'re hoping to find a database with full text nursing journals.', 'yes peer reviewed', 'CINAHL Complete has them, at lib.example.org/az.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "So, you\'re searching for an old map of the county." (no source after)', asked('my kid needs a map of the county from the 1800s', 'So, you\'re searching for an old map of the county.', 'yes 1870s if possible', 'I\'m sorry, we don\'t hold any maps that old, and I couldn\'t find a scan either.'), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "So you\'re after some books by Octavia Butler." (an author, no book named)', asked('any octavia butler', 'So you\'re after some books by Octavia Butler.', 'yes her older ones', 'Kindred is on the shelf at Eastside, call number F BUT.'), some({ clarify: 'pass', source: 'pass' })),
  // ---- Y3 against: goes on to name a title or a database; "the …"; "so you'll need a …"; after the first source
  c('Y3 against: "So you\'re looking for a cookbook, and \\"Salt Fat Acid Heat\\" by Samin Nosrat is a great place to start."', asked('i want to learn to cook without recipes', 'So you\'re looking for a cookbook, and "Salt Fat Acid Heat" by Samin Nosrat is a great place to start.', 'ok', 'It is on the shelf at Eastside.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re looking for the Chilton manual, which is in the Auto Repair Source database."', asked('repair manual for a 2009 civic', 'So you\'re looking for the Chilton manual, which is in the Auto Repair Source database.', 'ok', 'It works from home with your card number.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'ll need a library card to log into the Chilton Library database."', asked('can i see car repair manuals from home', 'So you\'ll need a library card to log into the Chilton Library database.', 'ok i have one', 'Then you are all set; it works from home.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re after a lease template you can edit." (after the first source)', asked('i need a lease for renting my basement', 'Nolo\'s "Every Landlord\'s Legal Guide" is in our catalogue.', 'i mean a form i can fill in', 'So you\'re after a lease template you can edit.'), some({ clarify: 'fail', source: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Y2 against: "Dr. Lee\'s waiting room is at doxy.me, then type drlee in the box." (one label: a domain all the same)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): "doxy.me" is a domain (RUBRIC info.source: "a URL or domain"); Y2 reads .me only with two labels or more before it, v1 only with a path (older: v58 fail the same)',
  'Y2 against: "Her waiting room, checkin.healthnow.me, opens ten minutes early." (after other words: a domain all the same)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): "checkin.healthnow.me" is a domain (RUBRIC info.source: "a URL or domain"); Y2 reads it only after a word leading to a place, not after a comma (older: v58 fail the same)',
};

describe('sixty-fifth round: block Y checked blind a second time, both ways', () => {
  for (const [t, cs] of [['Y1', y1], ['Y2', y2], ['Y3', y3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
