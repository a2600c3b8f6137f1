/**
 * Sixty-fifth round, blind check of block Y (rubric v59): Y1, Y2 and Y3 tried both ways in cases written by a helper who did not see
 * the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs,
 * other orders, Spanish; "against": near misses the block must not read, and older readings it must not break). Checks:
 * closing.courteous (Y1: one of the provider's last two visible messages thanks the patron, says goodbye or invites them back),
 * info.source and referral.contact (Y2: a URL or domain is a source, and a way to reach a party referred to), inquiry.clarify and
 * info.source (Y3: a restatement of the question before the first message that gives a source counts; a named resource is a source).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Y1: "chat in again / anytime / whenever you like" said to the patron invites them back, as "chat again" does. Told nothing: a
 *   negation ("no need to chat in again"), what other people do ("most students chat in again …"), the provider's own act ("I'll
 *   chat in again with the vendor"), a question about the patron's past act ("Did you chat in again last night …?"): no
 *   invitation back, so with no thanks or goodbye in the last two provider messages closing.courteous fails.
 * - Y2: a host under .me with two or more labels ("help.doxy.me", "docs.citybikes.me", "ayuda.telesalud.me") is a domain, a source,
 *   and a way to reach a party. Words run together with dots ("ok.keep.me posted", "hmm.let.me know", "tell.me") are no domain.
 *   A single-label host that is a real domain ("doxy.me") is still "a URL or domain" by RUBRIC's text: labelled a source.
 * - Y3: a sentence restating what the patron is after ("So you're after a …", "so ur looking for some …", "So you are hoping to find
 *   an …", Spanish "Entonces usted busca un …") restates the question; the thing it names is the patron's want, not a source given.
 *   A sentence that also names a resource, a title or a URL gives a source, so that message is the first source and its restatement
 *   is not before it. "So you'll need a …" tells the patron what to do (no restatement). A restatement after the first source does
 *   not count.
 *
 * COUNTS. Written: 26 cases, 13 for and 13 against (Y1 4/4, Y2 4/4, Y3 5/5), in one batch, labels copied aside to
 * /tmp/yb1-labels.ts before the first run. First run as labelled: 17 of 26. Disagreeing: 9 (one check each). Label corrections: 0
 * (each reread against RUBRIC: closing.courteous "invites them back", info.source "a URL or domain … a named resource … An
 * organisation or app named without a way to reach it is not a source", inquiry.clarify "before the first message that gives a
 * source"; the labels stand). Final: 17 running, 9 LEFT (each also scored on rubric v58 to tell "older" from "Y caused"):
 * - closing.courteous, expected fail / got pass: "There is no need to chat in again for the renewal; …" (negation; Y caused: v58 fail).
 * - closing.courteous, expected fail / got pass: "Most students chat in again the night before the deadline, …" (others' act; Y
 *   caused: v58 fail).
 * - closing.courteous, expected fail / got pass: "I'll chat in again with the vendor's support line about the outage." (own act; Y
 *   caused: v58 fail).
 * - closing.courteous, expected fail / got pass: "Did you chat in again last night about the same form?" (a question about the
 *   patron's past act; Y caused: v58 fail).
 * - info.source, expected fail / got pass: "ok.keep.me posted on whether the camera light comes on" ("keep" is not in ME_WORDS_Y2;
 *   Y caused: v58 fail).
 * - info.source, expected pass / got fail: "The visit link works on doxy.me in any browser." (single-label .me without a path, a
 *   domain by RUBRIC's text; unread by v1 and by Y2's design; older: v58 fail the same).
 * - info.source, expected pass / got fail: "so ur looking for some easy readers about trucks …" then the "Amazing Machines" series
 *   and "Tough Trucks" in J 629 (quoted titles with a shelf section unread; its inquiry.clarify passes as labelled; older: v58 fail).
 * - inquiry.clarify, expected fail / got pass: "So you're after a training book, and "The Other End of the Leash" … is a favourite
 *   here." (RESTATE_WANT_Y3 spares the whole sentence, title included, so the restatement reads as before the first source; Y
 *   caused: v58 fail).
 * - info.source, expected pass / got fail: "So you'll need a library card and the Libby app first." then "Libby is free from the App
 *   Store; …" (the app with where to get it; appStoreF3 wants "download … from"; its inquiry.clarify fails as labelled; older: v58
 *   fail).
 * Of the 13 "for" cases, 8 read differently from v58 (the block's gain: Y1 3 of 4, Y2 4 of 4 plus the referral, Y3 1 of 5; the
 * others were read already or are LEFT).
 * ON THE MENDS (by the author, after this check): the six readings Y caused are mended and run as labelled (Y1 is now its own
 *   alternative, "chat in again / anytime / whenever you" after a lead-in and not in a question; Y2 needs a word leading to a
 *   place before the domain; Y3 holds only when the sentence does not go on to give something, ", and …", a quote, "by"); the three
 *   "for" cases the first mend lost ("Chat in anytime …", "… chat in whenever you like", "Están en ayuda.telesalud.me") read as
 *   labelled. Final: 23 running, 3 LEFT, all older.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, nearMissLines, NO_SOURCE, SOURCE } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca de Birch Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** Neither of the last two provider messages thanks, says goodbye or invites back. */
const CURT = some({ courteous: 'fail' });

/** An answer with no thanks, goodbye or invitation in it (the second-to-last provider message of the Y1 cases). */
const RENEWED = 'Your card renews online under My Account, it only takes a minute.';

export const y1: SessionCase[] = [
  // ---- Y1 for: "chat in again / anytime / whenever you", said to the patron
  c('Y1 for: "I\'m closing this chat now, but you can always chat in again."', said('how do i renew my library card', RENEWED, "I'm closing this chat now, but you can always chat in again."), COURTEOUS),
  c('Y1 for: "ok u can chat in again anytime if it acts up :)" (chat-speak)', said('the renew button is greyed out', 'try logging out and back in, that usually clears it', 'ok u can chat in again anytime if it acts up :)'), COURTEOUS),
  c('Y1 for: "Chat in anytime once the hold arrives and we can set up a pickup time."', said('can i get the new Erik Larson book', 'It is on order; I placed a hold for you on card 2231.', 'Chat in anytime once the hold arrives and we can set up a pickup time.'), COURTEOUS),
  c('Y1 for: "If the form still gives you trouble, chat in whenever you like."', said('the passport appointment form wont load', 'It works best in Chrome or Firefox, the old Edge breaks it.', 'If the form still gives you trouble, chat in whenever you like.'), COURTEOUS),
  // ---- Y1 against: a negation, other people's act, the provider's own act, a question about the patron's past act
  c('Y1 against: "There is no need to chat in again for the renewal; it goes through on its own." (negation)', said('do i have to renew my ebooks', 'No, ebooks return themselves at the end of the loan.', 'There is no need to chat in again for the renewal; it goes through on its own.'), CURT),
  c('Y1 against: "Most students chat in again the night before the deadline, so the queue gets long." (others\' act)', said('when is the chat busiest', 'Sunday evenings, mostly.', 'Most students chat in again the night before the deadline, so the queue gets long.'), CURT),
  c('Y1 against: "I\'ll chat in again with the vendor\'s support line about the outage." (own act)', said('the newspaper database is down', 'Yes, it is down for everyone since noon.', "I'll chat in again with the vendor's support line about the outage."), CURT),
  c('Y1 against: "Did you chat in again last night about the same form?" (the patron\'s past act asked)', said('the tax form still wont print', 'The print button is at the bottom right of the form.', 'Did you chat in again last night about the same form?'), CURT),
];

export const y2: SessionCase[] = [
  // ---- Y2 for: a host under .me with two or more labels
  c('Y2 for: "Go to help.doxy.me and pick your browser from the list."', said('how do i test my camera before my video visit', 'Go to help.doxy.me and pick your browser from the list.'), SOURCE),
  c('Y2 for: "its all at docs.citybikes.me fyi" (chat-speak)', said('where r the bike share rules', 'its all at docs.citybikes.me fyi'), SOURCE),
  c('Y2 for: "Están en ayuda.telesalud.me, con fotos de cada paso." (Spanish)', es.said('dónde están las instrucciones para la cita por video', 'Están en ayuda.telesalud.me, con fotos de cada paso.'), SOURCE),
  c('Y2 for: "Contact the Eastside Tenants Union; they answer messages at contact.eastsidetenants.me." (a referral\'s way to reach)', said('who can help me with my landlord not fixing the heat', 'Contact the Eastside Tenants Union; they answer messages at contact.eastsidetenants.me.'), some({ source: 'pass', referral: 'pass' })),
  // ---- Y2 against: words run together with dots, a single word before .me; a single-label real domain (RUBRIC: a domain)
  c('Y2 against: "ok.keep.me posted on whether the camera light comes on" (words run together)', said('my camera wont turn on for the video visit', "Sorry, I can't test it from here. ok.keep.me posted on whether the camera light comes on."), NO_SOURCE),
  c('Y2 against: "hmm.let.me know if the light on the camera comes on" (words run together)', said('my webcam is black in the video visit', 'Unplug it and plug it back in. hmm.let.me know if the light on the camera comes on.'), NO_SOURCE),
  c('Y2 against: "just tell.me which step you are on" (one word before .me)', said('i am stuck setting up the video visit', 'just tell.me which step you are on'), NO_SOURCE),
  c('Y2 against: "The visit link works on doxy.me in any browser." (a single-label domain: RUBRIC, "a URL or domain")', said('does the video visit need an app', 'No app needed. The visit link works on doxy.me in any browser.'), SOURCE),
];

export const y3: SessionCase[] = [
  // ---- Y3 for: the patron's want restated as an unnamed thing, before the first source (or with no source ever)
  c('Y3 for: "So you\'re after a beginner\'s guide for a small backyard plot."', asked('looking for books about starting a vegetable garden', "So you're after a beginner's guide for a small backyard plot.", 'yes, just a few raised beds', 'Try "The Raised Bed Book" by Lynn Hamm, call number 635.9 HAM, in our catalogue.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "so ur looking for some easy readers about trucks for a 5 yr old" (chat-speak)', asked('need easy books about trucks for my son', 'so ur looking for some easy readers about trucks for a 5 yr old', 'yes he loves dump trucks', 'The "Amazing Machines" series is in the J 629 section; "Tough Trucks" is a good one to start with.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "So you are hoping to find an account written for general readers, not a textbook."', asked('i want something to read about the panama canal history', 'So you are hoping to find an account written for general readers, not a textbook.', 'right', '"The Path Between the Seas" by David McCullough is the classic; it is in our catalogue at 972.87 MCC.'), some({ clarify: 'pass', source: 'pass' })),
  c('Y3 for: "So you\'re searching for some recipe collections that leave out tree nuts and peanuts." (no source ever)', asked('do you have cookbooks for nut allergies', "So you're searching for some recipe collections that leave out tree nuts and peanuts.", 'yes', "I looked and we don't have anything that specific right now, I'm sorry."), some({ clarify: 'pass', source: 'fail' })),
  c('Y3 for: "Entonces usted busca un libro de ejercicios para adultos que empiezan." (Spanish)', es.asked('busco libros para aprender inglés', 'Entonces usted busca un libro de ejercicios para adultos que empiezan.', 'sí', 'Pruebe "English Grammar in Use", en nuestro catálogo con la signatura 428.24 MUR.'), some({ clarify: 'pass', source: 'pass' })),
  // ---- Y3 against: a thing named with "the" and a source, a title or a URL in the sentence, "so you'll need a", after the first source
  c('Y3 against: "So you\'re looking for the Chilton manual, which is in our Auto Repair Source database." (the, a source)', asked('i need a repair manual for my 2009 civic', "So you're looking for the Chilton manual, which is in our Auto Repair Source database.", 'perfect', 'You log in with your library card number.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re after a training book, and \"The Other End of the Leash\" … is a favourite here." (a title in the sentence)', asked('any books on training a rescue dog', 'So you\'re after a training book, and "The Other End of the Leash" by Patricia McConnell is a favourite here.', 'sounds good', 'It is on the shelf at 636.7 MCC.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re after a blank 1040 form, which you can print from irs.gov/forms-pubs." (a URL in the sentence)', asked('where do i get the 1040 form', "So you're after a blank 1040 form, which you can print from irs.gov/forms-pubs.", 'great', 'Pick the 2025 version near the top of the list.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'ll need a library card and the Libby app first." (an instruction)', asked('how do i get ebooks on my kindle', "So you'll need a library card and the Libby app first.", 'i have a card', 'Libby is free from the App Store; add our library and sign in with your card number.'), some({ clarify: 'fail', source: 'pass' })),
  c('Y3 against: "So you\'re after a book with step-by-step photos, then." (after the first source)', asked('any knitting books for beginners', 'Start with "Knitting for Dummies", 746.432 KNI in our catalogue.', 'hmm is there one with more pictures', "So you're after a book with step-by-step photos, then."), some({ clarify: 'fail', source: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Y2 against: "The visit link works on doxy.me in any browser." (a single-label domain: RUBRIC, "a URL or domain")':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): doxy.me is a domain (RUBRIC info.source: "a URL or domain"); v1 reads .me only with a path (url 6) and Y2 only with two labels or more, by design (older: v58 fail the same)',
  'Y3 for: "so ur looking for some easy readers about trucks for a 5 yr old" (chat-speak)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"; inquiry.clarify passes as labelled): the later message names books, the "Amazing Machines" series and "Tough Trucks", with where they stand (RUBRIC info.source: "a named resource (… a book …)"); the quoted titles with a shelf section are not read (older: v58 fail the same)',
  'Y3 against: "So you\'ll need a library card and the Libby app first." (an instruction)':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"; inquiry.clarify fails as labelled): "Libby is free from the App Store" names the app with where to get it (RUBRIC info.source: "An organisation or app named without a way to reach it is not a source"; here the way is given); v30 F3\'s appStoreF3 reads "download it … from the App Store", not "is free from the App Store" (older: v58 fail the same)',
};

describe('sixty-fifth round: block Y checked blind, both ways', () => {
  for (const [t, cs] of [['Y1', y1], ['Y2', y2], ['Y3', y3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
