/**
 * Sixty-seventh round, fourth blind check of block AA (rubric v61): AA1, AA4, AA5 and AA8 tried both ways in cases written by a
 * helper who did not see the author's cases nor the earlier blind checks, each labelled from RUBRIC.md before it ran ("for": the
 * meant reading in new words: chat-speak, other verbs, other orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break). Checks: followup.completeness (AA1, AA4, AA5: pass when, in or after the first message that
 * gives a source or answer, the provider asks whether the information already given meets the need; a question about something
 * not yet given does not count) and info.source (AA8: a named resource, a database, a guide, a book …; RUBRIC Terms, Referral:
 * pointing to a publication for the patron to use is a source).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AA1: "that settle it?", "this solve the mystery?", "ok that settle the argument?" after a source ask whether what was given
 *   meets the need (pass). "that settle the bill?" / "that settle your account?" ask about a payment, not the information (fail).
 *   The same words, or "Does that sound / look like a fit?", right after an offer ask about the offer, not yet given (fail).
 * - AA4: "Does <named resource> look / seem / sound useful / promising / like a good start …?" after the resource was given asks
 *   about it (pass), chat-speak tails ("4 now") included. A person as subject (a coach, your tutor), a booking slot "like a fit",
 *   or a thing only offered ask about no information given (fail).
 * - AA5: "If you want more later, <app/site> has / carries / lists …" offers nothing, so the completeness question right after
 *   it asks about what was given (pass), also in Spanish. The library's people with time to give, "our branch has a copy I could
 *   set aside", or "I have …" offer something not yet given, so "Does that help?" right after asks about the offer (fail).
 * - AA8: a periodical named by its title for the patron to use is a named resource (pass), "the FDA's weekly enforcement reports"
 *   included (a publication series named by its publisher). Not a source: a Bullet Journal (a note-taking method), a bulletin
 *   board, a periodical the sentence says the library no longer takes, a periodical searched without result (the patron is not
 *   pointed to use it), "The Journal" named only in a clarifying question, a title only the patron names (fail: no source).
 *
 * COUNTS. Written: 40 cases in two batches, each labelled from RUBRIC.md before it ran (labels copied aside to /tmp/wt-aa4-labels.ts
 * before each run). First batch 33 (for/against: AA1 3/5, AA4 3/4, AA5 3/3, AA8 6/6, 15 for, 18 against): 27 of 33 as labelled.
 * The first run showed that "Does that help?" / "that help?" / "Does that cover what you needed?" are no offer questions (v60
 * reads all six first-batch AA5 cases the same), so the first batch never reached AA5's reading; a second batch of 7 (AA5 3 for /
 * 4 against, with the offer-shaped "Does that fit what you wanted?", "Happy with that?", "Does that one fit?"): 5 of 7 as
 * labelled. In all 40: 18 for, 22 against; 32 of 40 as labelled. Label corrections: 0 (each disagreement reread against the
 * followup.completeness and info.source rules and the Referral term; the labels stand). Final: 32 running, 8 LEFT, every one
 * scored the same on v60 (older, none AA caused):
 * - followup.completeness, expected pass / got fail: AA4 "does pubmed seem useful 4 now?" (AA4's tail has "for now", not "4 now"; older).
 * - followup.completeness, expected fail / got pass: AA4 "I could also pull the 1920 city directory. Does the directory sound useful?"
 *   (an offer, not yet given; older: v60 pass).
 * - followup.completeness, expected fail / got pass: AA5 "If you like, Sam at the reference desk has a few minutes … Does that help?"
 *   ("Does that help?" read after any offer; older).
 * - followup.completeness, expected fail / got pass: AA5 "If you want, our branch has a copy I could set aside. Does that help?" (older).
 * - followup.completeness, expected fail / got pass: AA5 "If you want more later, I have a list of other star apps too. Does that help?" (older).
 * - info.source, expected pass / got fail: AA8 "Look through the FDA's weekly enforcement reports …" (only "annual reports" / "bulletins"
 *   after an agency's initials; older).
 * - followup.completeness, expected pass / got fail: AA5 "if u want more, Seek by iNaturalist covers plants as well. happy with that?"
 *   ("as well" read as "we'll" by X1's first-person guard, and "Happy with that?" not freed by AA5; older).
 * - followup.completeness, expected pass / got fail: AA5 "If you like old maps, the Rumsey collection lists thousands more. Does that
 *   one fit?" ("collection" in AA5's library guard; older).
 * AA caused: the ten AA1 / AA4 / AA8 "for" cases that run (AA1 3, AA4 2, AA8 5) read only on v61 (v60 failed each); every "against" that runs scores
 * the same on v60 and v61 (AA broke no older reading tried here), and the new AA5 "for" "If you want more later, Hoopla has the
 * audiobook too. Does that fit what you wanted?" reads only on v61.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED, NO_SOURCE, SOURCE } from './near-miss-lines';

const HI = 'Hi there, this is Robin, a librarian with Ask a Librarian at Fernbrook Public Library.';
const { said } = nearMissLines(HI, { branch: 'Is this for school or for yourself?', branchReply: 'for me' });
const HI_ES = 'Hola, soy Robin, bibliotecaria de la Biblioteca Pública de Fernbrook.';
const es = nearMissLines(HI_ES, { branch: '¿Es para la escuela o para usted?', branchReply: 'para mí' });

export const aa1: SessionCase[] = [
  // ---- AA1 for: the completeness question without its "does", after what was given
  c('AA1 for: "The deed index is at deeds.example.gov, search by owner name. that settle it?"', said('who owned my house in 1950', 'The county deed index is at deeds.example.gov, search by owner name and year. that settle it?'), ASKED),
  c('AA1 for: "ok that settle the argument? 😄" (chat-speak, after a page)', said('my brother says u can see the great wall from space', 'Not with the naked eye from orbit, NASA explains it at nasa.gov/great-wall. ok that settle the argument? 😄'), ASKED),
  c('AA1 for: "So this solves the mystery?" (after a book)', said('where does the name of our town come from', 'The book Place Names of Fernbrook County by Ada Lowe says it was named for a ferry owner, page 41. So this solves the mystery?'), ASKED),
  // ---- AA1 against: a payment, not the information; the same words or "a fit" right after an offer
  c('AA1 against: "I applied your card credit. that settle the bill?" (a payment)', said('i owe for printing, can i use my credit', 'The print prices are at library.example.org/printing. I applied your $5 card credit to the print charge. that settle the bill?'), NOT_ASKED),
  c('AA1 against: "I took the lost-book fee off. That settle your account?" (a payment)', said('i found the book i lost, do i still owe', 'The policy is at library.example.org/fines. I took the lost-book fee off since you returned it. That settle your account?'), NOT_ASKED),
  c('AA1 against: "I could order the microfilm page for you. that solve it?" (after an offer)', said('was there an article about the 1912 mill fire', 'The Fernbrook Herald covered it; our Herald microfilm index at library.example.org/herald lists it. I could order the microfilm page for you. that solve it?'), NOT_ASKED),
  c('AA1 against: "I can put it on hold at Eastgate. Does that sound like a fit?" (after an offer)', said('any books on raising backyard chickens', 'The book The Backyard Homestead by Carleen Madigan covers it, 636.5 MAD in our catalog. I can put it on hold at Eastgate. Does that sound like a fit?'), NOT_ASKED),
  c('AA1 against: "I could pull the 1930 volume from storage. this settle it?" (after an offer)', said('when did our school open', 'The Fernbrook School Yearbook collection at library.example.org/yearbooks starts in 1931. I could pull the 1930 board minutes from storage for you. this settle it?'), NOT_ASKED),
];

export const aa4: SessionCase[] = [
  // ---- AA4 for: "Does <named resource> look / seem useful …?" about what was given
  c('AA4 for: "Does Chronicling America look promising so far?"', said('old newspaper articles about a flood in 1903', 'Chronicling America at chroniclingamerica.loc.gov has digitized papers from 1903, search flood and the county name. Does Chronicling America look promising so far?'), ASKED),
  c('AA4 for: "Does the Purdue OWL seem like a good start for your paper?"', said('how do i cite a podcast in apa', 'The Purdue OWL at owl.purdue.edu has an APA page for podcasts with examples. Does the Purdue OWL seem like a good start for your paper?'), ASKED),
  c('AA4 for: "does pubmed seem useful 4 now?" (chat-speak)', said('need studies on sleep and memory', 'pubmed at pubmed.ncbi.nlm.nih.gov has loads, try sleep AND memory consolidation. does pubmed seem useful 4 now?'), ASKED),
  // ---- AA4 against: a person as subject, a booking slot, a thing only offered
  c('AA4 against: "Does Coach Patel seem helpful so far?" (a person)', said('books on fixing my swim stroke, my coach says its off', 'The book Total Immersion by Terry Laughlin is in our catalog at 797.21 LAU. Does Coach Patel seem helpful so far?'), NOT_ASKED),
  c('AA4 against: "Does your new tutor seem useful in the meantime?" (a person)', said('practice tests for the GED math part', 'Our Learning Express Library database at library.example.org/lel has GED math practice tests. Does your new tutor seem useful in the meantime?'), NOT_ASKED),
  c('AA4 against: "The 3D printer has a slot Thursday at 4. Does that slot look like a fit?" (a booking)', said('how do i use the 3d printer', 'The how-to guide is at library.example.org/3d. The 3D printer has a slot Thursday at 4 I can book for you. Does that slot look like a fit?'), NOT_ASKED),
  c('AA4 against: "I could also pull the 1920 city directory. Does the directory sound useful?" (not yet given)', said('where did my great grandpa live in 1920', 'The 1920 census on HeritageQuest at library.example.org/hq lists the address. I could also pull the 1920 city directory for you. Does the directory sound useful?'), NOT_ASKED),
];

export const aa5: SessionCase[] = [
  // ---- AA5 for: "If you want more later, <app/site> has …": nothing offered, the question after it asks about what was given
  c('AA5 for: "If you want more later, Stellarium has a desktop version too. Does that cover what you needed?"', said('an app to find constellations', 'SkyView Lite is free at skyview.example.com and points out the stars. If you want more later, Stellarium has a desktop version too. Does that cover what you needed?'), ASKED),
  c('AA5 for: "if u like audiobooks, hoopla carries it as well. that help?" (chat-speak)', said('do u have the new grisham book', 'yep, its in Libby at fernbrook.overdrive.com, 3 copies. if u like audiobooks, hoopla carries it as well. that help?'), ASKED),
  c('AA5 for: "Si quiere más después, Libby tiene la versión en audio. ¿Eso le sirve?" (Spanish)', es.said('tienen Cien años de soledad en libro electrónico', 'Sí, está en Libby en fernbrook.overdrive.com, dos copias. Si quiere más después, Libby tiene la versión en audio también. ¿Eso le sirve?'), ASKED),
  // ---- AA5 against: the library's people with time, the branch's copy set aside, first person
  c('AA5 against: "If you like, Sam at the reference desk has a few minutes to go over it. Does that help?"', said('how do i read a property tax bill', 'The county explains each line at tax.example.gov/bill. If you like, Sam at the reference desk has a few minutes to go over it with you. Does that help?'), NOT_ASKED),
  c('AA5 against: "If you want, our branch has a copy I could set aside. Does that help?"', said('the book educated by tara westover', 'It is in our catalog at library.example.org, 6 copies. If you want, our branch has a copy I could set aside today. Does that help?'), NOT_ASKED),
  c('AA5 against: "If you want more later, I have a list of other star apps too. Does that help?" (first person)', said('an app to find planets', 'SkyView Lite is free at skyview.example.com and shows the planets. If you want more later, I have a list of other star apps too. Does that help?'), NOT_ASKED),
];

export const aa8: SessionCase[] = [
  // ---- AA8 for: a periodical named by its title
  c('AA8 for: "Your best bet is the Railroad Gazette; it reported every wreck that year."', said('a train wreck near here in 1885', 'Your best bet is the Railroad Gazette; it reported every wreck that year, with the cause.'), SOURCE),
  c('AA8 for: "The Journal of Family History ran an article on orphan trains in 1986."', said('scholarly stuff on orphan trains', 'The Journal of Family History ran an article on orphan trains in 1986 that would be a good start.'), SOURCE),
  c('AA8 for: "the Bulletin of the Atomic Scientists had a long piece on that in 1947" (chat-speak)', said('what did scientists say about the bomb right after the war', 'lots! the Bulletin of the Atomic Scientists had a long piece on that in 1947'), SOURCE),
  c('AA8 for: "Look through the FDA\'s weekly enforcement reports for the recall."', said('was there a recall on that baby formula in 2019', 'There may have been. Look through the FDA\'s weekly enforcement reports for 2019, they list every recall.'), SOURCE),
  c('AA8 for: "Ese ensayo salió en la Revista de Occidente en 1925." (Spanish)', es.said('busco un ensayo de Ortega sobre el arte nuevo', 'Ese ensayo salió en la Revista de Occidente en 1925; ahí lo puede leer completo.'), SOURCE),
  c('AA8 for: "El Anuario Estadístico de 1990 trae las cifras por provincia." (Spanish)', es.said('cuánta gente vivía en cada provincia en 1990', 'El Anuario Estadístico de 1990 trae las cifras por provincia, en el capítulo de población.'), SOURCE),
  // ---- AA8 against: a notebook method, a board, a title not to be had, a search that found nothing, a bare "The Journal", the patron's title
  c('AA8 against: "Lots of people keep a Bullet Journal for that, one page a month."', said('how do i keep track of my reading goals', 'Lots of people keep a Bullet Journal for that, one page a month with the titles.'), NO_SOURCE),
  c('AA8 against: "Post a flyer on the Community Bulletin Board by the entrance."', said('can i advertise my lost cat at the library', 'Yes, post a flyer on the Community Bulletin Board by the entrance.'), NO_SOURCE),
  c('AA8 against: "Sorry, we no longer subscribe to the Railroad Gazette." (not to be had)', said('do you have old railroad gazettes', 'Sorry, we no longer subscribe to the Railroad Gazette. Do you know which year you need?'), NO_SOURCE),
  c('AA8 against: "I couldn\'t find it in the Journal of Family History." (searched, nothing)', said('an article on quaker weddings', 'I\'m sorry, I couldn\'t find it in the Journal of Family History. Do you remember the author\'s name?'), NO_SOURCE),
  c('AA8 against: "Which paper do you mean by The Journal?" (the bare name)', said('i need an obituary from the journal', 'Sure. Which paper do you mean by The Journal, and which town was it in?'), NO_SOURCE),
  c('AA8 against: the patron names the Railroad Gazette', said('i saw a picture in the Railroad Gazette, how do i find it again', 'Happy to help. Do you remember roughly what year the picture was from?'), NO_SOURCE),
];

/** Second batch (labelled before it ran, after the first run showed that "Does that help?" is no offer question, so the first
 * batch's AA5 cases do not reach AA5's reading): the offer questions "Does that fit what you wanted?", "Happy with that?", "Does
 * that one fit?" right after the "if you want" sentence. */
export const aa5b: SessionCase[] = [
  // ---- AA5 for: nothing offered, the offer-shaped question asks about what was given
  c('AA5 for: "If you want more later, Hoopla has the audiobook too. Does that fit what you wanted?"', said('do you have the new grisham book as an ebook', 'Yes, it is in Libby at fernbrook.overdrive.com, 3 copies. If you want more later, Hoopla has the audiobook too. Does that fit what you wanted?'), ASKED),
  c('AA5 for: "if u want more, Seek by iNaturalist covers plants as well. happy with that?" (chat-speak)', said('app to identify birds from a photo', 'Merlin Bird ID is free at merlin.allaboutbirds.org, snap a pic n it guesses. if u want more, Seek by iNaturalist covers plants as well. happy with that?'), ASKED),
  c('AA5 for: "If you like old maps, the Rumsey collection lists thousands more. Does that one fit?"', said('an old map of fernbrook from the 1870s', 'The 1873 county atlas page is at maps.example.org/fernbrook-1873. If you like old maps, the Rumsey collection lists thousands more. Does that one fit?'), ASKED),
  // ---- AA5 against: the library's people with time, the branch's copy to set aside, first person, time offered
  c('AA5 against: "If you like, Sam at the reference desk has time to walk you through it. Does that fit what you wanted?"', said('how do i read a property tax bill', 'The county explains each line at tax.example.gov/bill. If you like, Sam at the reference desk has time to walk you through it. Does that fit what you wanted?'), NOT_ASKED),
  c('AA5 against: "If you want, our branch has a copy I could set aside. Does that fit what you wanted?"', said('the book educated by tara westover', 'It is in our catalog at library.example.org, 6 copies. If you want, our branch has a copy I could set aside today. Does that fit what you wanted?'), NOT_ASKED),
  c('AA5 against: "If you want more later, I have a list of other star apps. Happy with that?" (first person)', said('an app to find planets', 'SkyView Lite is free at skyview.example.com and shows the planets. If you want more later, I have a list of other star apps. Happy with that?'), NOT_ASKED),
  c('AA5 against: "If you want, the Makerspace has an opening Thursday at 4. Does that one fit?" (time offered)', said('how do i use the 3d printer', 'The how-to guide is at library.example.org/3d. If you want, the Makerspace has an opening Thursday at 4. Does that one fit?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AA4 for: "does pubmed seem useful 4 now?" (chat-speak)':
    'followup.completeness expected pass, got fail ("never asked whether the information given meets the need"): the question asks whether the database just given meets the need (RUBRIC check table, followup.completeness); LOOK_USEFUL_AA4\'s tails take "for now" but not chat-speak\'s "4 now" ("does pubmed seem useful for now?" and "… useful?" pass) (older: v60 fail the same)',
  'AA4 against: "I could also pull the 1920 city directory. Does the directory sound useful?" (not yet given)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", quoting "Does the directory sound useful?"): the directory is only offered ("I could also pull …"), and "a question about something not yet given … does not count" (RUBRIC check table, followup.completeness); an older alternative reads it, no offer guard for "Does the <thing> sound useful?" (older: v60 pass the same)',
  'AA5 against: "If you like, Sam at the reference desk has a few minutes to go over it. Does that help?"':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", quoting "Does that help?"): right after Sam\'s time is offered, "that" is the offer, not yet given (RUBRIC check table, followup.completeness: "A question about something not yet given … does not count"); "Does that help?" is read after any offer (v7 guards only "Would that help?"), so AA5 is not reached (older: v60 pass the same)',
  'AA5 against: "If you want, our branch has a copy I could set aside. Does that help?"':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", quoting "Does that help?"): the copy to set aside is offered, not given (RUBRIC check table, followup.completeness); as above, "Does that help?" is read after any offer, AA5 not reached (older: v60 pass the same)',
  'AA5 against: "If you want more later, I have a list of other star apps too. Does that help?" (first person)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", quoting "Does that help?"): the provider\'s list is offered, not given (RUBRIC check table, followup.completeness); as above, AA5 not reached (older: v60 pass the same)',
  'AA8 for: "Look through the FDA\'s weekly enforcement reports for the recall."':
    'info.source expected pass, got fail ("answered without any URL, named resource or contact"): the patron is pointed to a named publication series to use (RUBRIC check table, info.source: a named resource; Terms, Referral: "Pointing to a … publication for the patron to use is a source"); PERIODICAL_AA8 takes an agency\'s "annual reports" or "bulletins" after its initials but not "weekly enforcement reports" ("the FDA\'s annual reports", "… weekly bulletins" pass) (older: v60 fail the same)',
  'AA5 for: "if u want more, Seek by iNaturalist covers plants as well. happy with that?" (chat-speak)':
    'followup.completeness expected pass, got fail ("never asked whether the information given meets the need"): nothing is offered, the question asks about the app given (RUBRIC check table, followup.completeness); two misses: X1\'s first-person guard reads "as well" as "we\'ll" (`FIRST_PERSON_X1`\'s "well"; "… covers plants too. Does that fit what you wanted?" passes, "… as well. Does that fit …?" fails), and "Happy with that?" after an "if you want" sentence fails even when AA5 reads it ("If you want more later, Stellarium has a desktop version too. Happy with that?" fails) (older: v60 fail the same)',
  'AA5 for: "If you like old maps, the Rumsey collection lists thousands more. Does that one fit?"':
    'followup.completeness expected pass, got fail ("never asked whether the information given meets the need"): the Rumsey collection is another\'s site, nothing is offered (RUBRIC check table, followup.completeness); AA5\'s subject guard `LIBRARY_N1` takes "collection" for the library\'s own ("the Rumsey site lists …" and "Rumsey lists …" pass) (older: v60 fail the same)',
};

describe('sixty-seventh round: block AA checked blind (fourth), both ways', () => {
  for (const [t, cs] of [['AA1', aa1], ['AA4', aa4], ['AA5', aa5], ['AA5 second batch', aa5b], ['AA8', aa8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
