/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah1: AH1, AH2, AH14 and AH10 tried both ways in cases written by
 * a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it
 * must not break).
 * Check: followup.completeness (AH1, AH2, AH14, AH10; RUBRIC followup.completeness: pass when, in or after the first message that
 * gives a source or answer, the provider asks whether the information already given meets the need ("Does this completely answer
 * your question?", "Is that what you were looking for?", "Did that help?"); a question about something not yet given ("would a scan
 * be what you need?") does not count; fail otherwise; na when info.source is na. RUBRIC Terms, Visible message: only the provider's
 * visible messages can satisfy a check that asks the provider to tell or ask the patron something).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question must be the provider's, asked in or after the first message giving an answer: the same words in the patron's message,
 *   or in a clarifying question before any answer (about the patron's own example, attempt or facts), do not count.
 * - A question about the patron's own facts or a third party's doings after the answer ("Has the housing authority given him what he
 *   needs to get started …?", "are they [their classes] at the right level for them now?", "Was Dog Man the kind of book you needed
 *   for last year's reading log?") does not ask whether the information given meets the need.
 * - "Does that sound good / all right / ok?" just after the provider's own offer or promise of something still to come (an e-mail
 *   tonight, a hold, a session, what a colleague finds by Friday) asks about that, not yet given: it does not count. Just after an
 *   answer ("I can see two copies on the shelf …", "As far as I can tell … the card is good until …") it asks about what was given.
 * - "Would those three be a good start?" about items only offered (to be pulled from storage tomorrow) is about something not yet
 *   given.
 * - A statement ("That checklist should give him what he needs to get started.") asks nothing.
 * - Spanish questions ("¿Están al nivel adecuado para su hijo?", "¿Le parece bien?") are read as their English counterparts.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AH1 3/3, AH2 4/4, AH14 6/5, AH10 5/3), in one batch, labels copied aside to
 * /tmp/s73/ah1-labels.ts before the first run. First run as labelled: 20 of 33. Disagreeing: 13. Label corrections: 0 (each reread
 * against RUBRIC's followup.completeness rule; the labels stand). Final: 20 running, 13 LEFT (each scored with rubric v67 to tell
 * "older" from "AH caused"; 5 caused by AH, 8 older):
 * - expected fail / got pass (caused by AH1: v67 fail): "Has the housing authority given him what he needs to get started, like the
 *   voucher packet?" (a third party's doings, read as the completeness question).
 * - expected fail / got pass (caused by AH2: v67 fail): "How are their classes going, are they at the right level for them now?"
 *   ("they" = the patron's twins' classes).
 * - expected fail / got pass (caused by AH14: v67 fail): "Is that close enough that either manual would do, or do you need the 301A
 *   one exactly?" (a clarifying question before any answer).
 * - expected fail / got pass (caused by AH14: v67 fail): "I could also pull three more from the storage stacks tomorrow. Would those
 *   three be a good start for your class?" (the three only offered).
 * - expected pass / got fail (caused by AH10: v67 pass): "I can see two copies on the shelf at Long Branch right now, call number FIC
 *   HANNAH. Does that sound good?" ("I can see" taken as an offer).
 * - older (v67 the same): AH1 "does that give them what they need to get rolling?" (fail; bare "they need" not read before "to …");
 *   AH1 "Does your daughter already have what she needs to get started, like binoculars?" (pass before any answer, alternative 0's
 *   "have what"); AH2 "Is the book at the right reading level for her, do you think?" (fail); AH2 "¿Están al nivel adecuado para su
 *   hijo?" (fail); AH14 "Would both of those be a good place to start for her?" (fail); AH14 "Has clearing the cache got it running
 *   again?" (fail); AH14 "Was Dog Man the kind of book you needed for last year's reading log?" (pass); AH10 "I'll check with our local
 *   history librarian … by Friday. Does that sound good?" (pass: a promise, not an offer).
 * ON v68 AS LANDED (mends after this check): the five caused by AH are mended (AH1 only with "that / this / it … give / get" as its
 *   subject; AH2 without "they"; AH14's "close enough" only as the question's end or "to the one you meant", and a good start asked
 *   after an offer is about the offer; AH10's offer not "I can see …"), and three older ones read now ("… what they need to get
 *   rolling?", "Is the book at the right reading level for her, do you think?", "¿Están al nivel adecuado para su hijo?"): they run;
 *   5 LEFT, older.
 * ON v68 AS LANDED, after the fourth check: "Would both of those be a good place to start for her?" reads now (`offerQuestion` stops
 *   before "both / all of those", as before "any / either of those"): it runs; 4 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi there, this is Dolores at the Ask a Librarian desk of Larkfield County Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'eastgate' });
const HI_ES = 'Hola, soy Dolores, bibliotecaria de la Biblioteca del Condado de Larkfield.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'eastgate' });

export const ah1: SessionCase[] = [
  // ---- AH1 for: "what he / she / they need(s)" before "to get going / started / rolling", about what was given
  c('AH1 for: "Does that give her what she needs to get started on the application?"', said('my niece wants to apply for her first passport, what does she need', 'She needs form DS-11, her birth certificate, a photo ID and one 2x2 photo; the full list is at travel.state.example.gov/ds11, and Eastgate takes passport applications by appointment (301-555-0142). Does that give her what she needs to get started on the application?'), ASKED),
  c('AH1 for: "ok so does that give them what they need to get rolling?" (chat-speak, "they need")', said('my parents want a community garden plot, where do they even start', 'the county parks dept runs them, the application is at larkfieldparks.example.org/gardens and it opens march 1. ok so does that give them what they need to get rolling?'), ASKED),
  c('AH1 for: "Is that what he needs to get going on the project?"', said('my son has to do a science fair project on water filters and has no idea where to start', 'Science Buddies has a water-filter project with a materials list and steps at sciencebuddies.example.org/water-filter, and the book "Hands-On Water Science" is on the shelf at Eastgate. Is that what he needs to get going on the project?'), ASKED),
  // ---- AH1 against: a statement, a question before any answer, a third party's doings
  c('AH1 against: "That checklist should give him what he needs to get started." (a statement)', said('my dad wants to be a volunteer tax preparer, how does that work', 'AARP Tax-Aide trains volunteers every fall; sign up at aarp.example.org/taxaide-volunteer, where there is also a checklist for new volunteers. That checklist should give him what he needs to get started.'), NOT_ASKED),
  c('AH1 against: "Does your daughter already have what she needs to get started, like binoculars?" (before any answer)', asked('my daughter wants to get into birding, can the library help', 'Love that! Does your daughter already have what she needs to get started, like binoculars?', 'no she has nothing yet', 'Eastgate lends birding backpacks with binoculars and a field guide; place a hold at larkfieldlib.example.org/birding.'), NOT_ASKED),
  c('AH1 against: "Has the housing authority given him what he needs to get started, like the voucher packet?" (a third party)', said('my brother just got a housing voucher and needs to find an apartment that takes it', 'The Larkfield Housing Authority keeps a list of landlords who accept vouchers at larkfieldhousing.example.org/landlords, and the Tenant Rights Handbook at Eastgate explains the inspection. Has the housing authority given him what he needs to get started, like the voucher packet?'), NOT_ASKED),
];

export const ah2: SessionCase[] = [
  // ---- AH2 for: whether what was given is at the right level, detail, length for the one it is for
  c('AH2 for: "Are these at the right reading level for your daughter?"', said('my daughter is 9 and wants horse books', 'Try "Black Beauty" (the Usborne Young Reading edition), "The Saddle Club" series by Bonnie Bryant and "Horse Diaries" by Catherine Hapka; all three are on the shelf at Eastgate. Are these at the right reading level for your daughter?'), ASKED),
  c('AH2 for: "Is that the right amount of detail for your report?"', said('i need a quick overview of the erie canal for a 7th grade report', 'Britannica School has a short article: the Erie Canal was built from 1817 to 1825 and linked the Hudson River to Lake Erie. Log in with your card at larkfieldlib.example.org/britannica. Is that the right amount of detail for your report?'), ASKED),
  c('AH2 for: "Is the book at the right reading level for her, do you think?" (a tag after the level)', said('my granddaughter is 12 and wants a mystery, she reads a lot', 'I\'d suggest "The Westing Game" by Ellen Raskin; it won the Newbery Medal and there are three copies at Eastgate. Is the book at the right reading level for her, do you think?'), ASKED),
  c('AH2 for: "¿Están al nivel adecuado para su hijo?" (Spanish)', es.said('busco libros de dinosaurios para mi hijo de 7 años', 'Le recomiendo "Dinosaurios" de la serie National Geographic Kids y "¿Cómo dan las buenas noches los dinosaurios?" de Jane Yolen; los dos están en la sucursal de Eastgate. ¿Están al nivel adecuado para su hijo?'), ASKED),
  // ---- AH2 against: before any answer, a statement, the patron's own classes, the patron's words
  c('AH2 against: "Just to be sure, you said 4th grade: is that the right reading level for him?" (before any answer)', asked('looking for chapter books for my grandson, hes in 2nd grade but reads at a 4th grade level', 'Happy to help. Just to be sure, you said 4th grade: is that the right reading level for him?', 'yes his teacher tested him', 'Try the "Zoey and Sassafras" series by Asia Citro and the "Magic Tree House" books by Mary Pope Osborne; both are at Eastgate.'), NOT_ASKED),
  c('AH2 against: "Those are at the right level for a new reader." (a statement)', said('need books for my 6 yr old who is just starting to read', 'The "Elephant and Piggie" books by Mo Willems and the "Fly Guy" series by Tedd Arnold are on the shelf at Eastgate. Those are at the right level for a new reader.'), NOT_ASKED),
  c('AH2 against: "How are their classes going, are they at the right level for them now?" (the patron\'s own classes)', said('my twins are in the ESOL class at Larkfield Community College and want easy books in english to practice', 'The "Oxford Bookworms" graded readers are on the shelf at Eastgate in levels 1 to 6, and eslreading.example.org has short stories with audio. How are their classes going, are they at the right level for them now?'), NOT_ASKED),
  c('AH2 against: "…are they at the right reading level for him? hes in 5th" (the patron asks)', said('his teacher gave him holes and hatchet for summer, are they at the right reading level for him? hes in 5th', 'Yes, both are often read in 5th grade: Holes is Lexile 660 and Hatchet 1020, per the Lexile Find a Book tool at hub.lexile.example.com. Both are on the shelf at Eastgate.'), NOT_ASKED),
];

export const ah14: SessionCase[] = [
  // ---- AH14 for: "good start" with two or both, a title asked about as the kind wanted, a fix that worked, close enough
  c('AH14 for: "Would both of those be a good place to start for her?" ("both of those")', said('my mom wants to learn to use her new iphone, any classes?', 'Eastgate has a free "iPhone Basics" class on the first Tuesday of each month (sign up at larkfieldlib.example.org/techclasses), and the book "iPhone for Seniors" by Nancy Muir is on the shelf there. Would both of those be a good place to start for her?'), ASKED),
  c('AH14 for: "Would those three be a good starting point for your class?"', said('i teach 3rd grade and need books about bees', 'Eastgate has "The Honey Makers" by Gail Gibbons, "Give Bees a Chance" by Bethany Barton and "The Bee Book" by Charlotte Milner on the shelf. Would those three be a good starting point for your class?'), ASKED),
  c('AH14 for: "Is The Wild Robot the kind of book you had in mind?"', said('looking for a chapter book for my 8 year old about nature, not too scary', 'How about "The Wild Robot" by Peter Brown? A robot learns to survive on an island with the animals, and Eastgate has two copies on the shelf. Is The Wild Robot the kind of book you had in mind?'), ASKED),
  c('AH14 for: "Great. Did that get the printer working again?" (after the patron tried the fix)', asked('the eastgate printer says offline from my laptop', 'Let\'s try this: on your laptop go to Settings > Printers, remove "Eastgate-Public", then add it again with the steps at larkfieldlib.example.org/print.', 'ok i removed it and added it back', 'Great. Did that get the printer working again?'), ASKED),
  c('AH14 for: "Has clearing the cache got it running again?" (the fix named as subject)', asked('libby keeps crashing when i open a book', 'That usually clears if you empty the app\'s cache: Settings > Apps > Libby > Storage > Clear cache (the same steps are on help.libbyapp.example.com).', 'done', 'Has clearing the cache got it running again?'), ASKED),
  c('AH14 for: "Is this close enough to the one you remember?"', said('trying to find a picture book from the 80s about a bear who loses his button, green cover', 'That sounds like "Corduroy" by Don Freeman (1968), though its cover is more red than green; there is a copy at Eastgate and a preview at openlibrary.example.org/corduroy. Is this close enough to the one you remember?'), ASKED),
  // ---- AH14 against: before any answer (the patron's own example, attempt or model), something only offered, the patron's past
  c('AH14 against: "Is Wings of Fire the kind of series you were thinking of, …?" (the patron\'s own example, before any answer)', asked('my daughter loved wings of fire, what should she read next', 'Great pick! Is Wings of Fire the kind of series you were thinking of, with dragons and big battles, or does she just want another long series?', 'dragons for sure', 'Try "Dragon Rider" by Cornelia Funke and the "Dragon Masters" series by Tracey West; both are on the shelf at Eastgate.'), NOT_ASKED),
  c('AH14 against: "Sorry, that is frustrating. Did that get it working at all?" (the patron\'s own restart, before any answer)', asked('my kindle wont download library books, i already restarted it', 'Sorry, that is frustrating. Did that get it working at all?', 'nope', 'Then deregister and register the Kindle again under Manage Your Content and Devices at amazon.example.com, and send the book again from larkfieldlib.example.org/ebooks.'), NOT_ASKED),
  c('AH14 against: "Is that close enough that either manual would do, …?" (before any answer)', asked('i need the manual for a singer 301 sewing machine, mine might be a 301A though', 'Happy to look. Is that close enough that either manual would do, or do you need the 301A one exactly?', 'either is fine', 'The Singer 301 manual is free on Singer\'s support site at singer.example.com/manuals/301, and it covers the 301A too.'), NOT_ASKED),
  c('AH14 against: "I could also pull three more from the storage stacks tomorrow. Would those three be a good start for your class?" (not yet given)', said('i teach 4th grade and need books about wetlands for my class', 'Eastgate has "Wetlands" by Ellen Lawrence and "Over and Under the Pond" by Kate Messner on the shelf now. I could also pull three more from the storage stacks tomorrow. Would those three be a good start for your class?'), NOT_ASKED),
  c('AH14 against: "Does his teacher count comics? Was Dog Man the kind of book you needed for last year\'s reading log?" (the patron\'s past)', said('my son only reads dog man, what else would he like', 'Try "Cat Kid Comic Club" by Dav Pilkey and "InvestiGators" by John Patrick Green; both are at Eastgate. Does his teacher count comics? Was Dog Man the kind of book you needed for last year\'s reading log?'), NOT_ASKED),
];

export const ah10: SessionCase[] = [
  // ---- AH10 for: "Does that sound good?" just after the provider's own offer (or promise) asks about it, not about what was given
  c('AH10 for: "I can ask the teen librarian at Eastgate to email you the list of summer shifts once it is out. Does that sound good?"', said('my 15 yo needs volunteer hours this summer', 'Teens can volunteer at the library from age 14; the application opens in April at larkfieldlib.example.org/teenvolunteer. I can ask the teen librarian at Eastgate to email you the list of summer shifts once it is out. Does that sound good?'), NOT_ASKED),
  c('AH10 for: "We could also book her a one-on-one session with our tech volunteer at Eastgate. Would that sound all right?"', said('my grandma just got a tablet and cant figure out email', 'Our "Email Basics" guide at larkfieldlib.example.org/techhelp walks through Gmail step by step. We could also book her a one-on-one session with our tech volunteer at Eastgate. Would that sound all right?'), NOT_ASKED),
  c('AH10 for: "i can email u the pdf tonight, does that sound ok?" (chat-speak, one sentence)', said('need the 2023 annual report for the larkfield water authority', 'found it, its on their site at larkfieldwater.example.org/reports but its a huge file. i can email u the pdf tonight, does that sound ok?'), NOT_ASKED),
  c('AH10 for: "I\'ll check with our local history librarian for the route maps and email you what she finds by Friday. Does that sound good?" (a promise)', said('did larkfield have a trolley line? my grandfather talked about it', 'Yes: the Larkfield and Eastgate Railway ran trolleys from 1897 to 1932, and the Historical Society\'s page at larkfieldhistory.example.org/trolley has photos. I\'ll check with our local history librarian for the route maps and email you what she finds by Friday. Does that sound good?'), NOT_ASKED),
  c('AH10 for: "Puedo pedir que se lo envíen a Eastgate para que lo recoja allí. ¿Le parece bien?" (Spanish)', es.said('quiero el libro "La casa en Mango Street" pero en Eastgate no está', 'Está disponible en la sucursal de Northfield; la ficha del catálogo está en larkfieldlib.example.org/catalogo. Puedo pedir que se lo envíen a Eastgate para que lo recoja allí. ¿Le parece bien?'), NOT_ASKED),
  // ---- AH10 against: after an answer with nothing offered, "Does that sound good?" still asks about what was given
  c('AH10 against: "The Lego Club meets at Eastgate on Saturdays at 10, … Does that sound good?" (nothing offered)', said('when is the lego club?', 'The Lego Club meets at Eastgate on Saturdays at 10, no sign-up needed; the calendar is at larkfieldlib.example.org/events. Does that sound good?'), ASKED),
  c('AH10 against: "I can see two copies on the shelf at Long Branch right now, … Does that sound good?" ("I can see": an answer)', said('is "The Women" by Kristin Hannah in at any branch?', 'I can see two copies on the shelf at Long Branch right now, call number FIC HANNAH. Does that sound good?'), ASKED),
  c('AH10 against: "As far as I can tell from your account, the card is good until March 2027, … Does that sound good?" (an answer)', said('is my library card still good? the date on the back is worn off', 'As far as I can tell from your account, the card is good until March 2027, and you can check it any time under My Account at larkfieldlib.example.org. Does that sound good?'), ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH1 against: "Does your daughter already have what she needs to get started, like binoculars?" (before any answer)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness counts a question only in or after the first message giving a source or answer; this one asks about the patron\'s daughter\'s gear before any answer; alternative 0\'s "have what" reads it (older: v67 pass the same)',
  'AH14 for: "Has clearing the cache got it running again?" (the fix named as subject)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, it asks whether the fix given worked; AH14\'s subject is only that / this / it / those … (steps, tip, trick), not the fix named by a gerund (older: v67 fail the same)',
  'AH14 against: "Does his teacher count comics? Was Dog Man the kind of book you needed for last year\'s reading log?" (the patron\'s past)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, Dog Man is the patron\'s own example and the question is about last year\'s reading log, not whether the titles given meet the need (older: v67 pass the same; AH14\'s title reading also takes it)',
  'AH10 for: "I\'ll check with our local history librarian for the route maps and email you what she finds by Friday. Does that sound good?" (a promise)':
    'expected followup.completeness fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, a question about something not yet given does not count; "that" is the promised search and e-mail by Friday; AH10 reads only an offer ("I can / could …") before it, a promise ("I\'ll …") deliberately not (older: v67 pass the same)',
};

describe('seventy-seventh round: block AH (AH1, AH2, AH14, AH10) checked blind, both ways, part ah1', () => {
  for (const [t, cs] of [['AH1', ah1], ['AH2', ah2], ['AH14', ah14], ['AH10', ah10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
