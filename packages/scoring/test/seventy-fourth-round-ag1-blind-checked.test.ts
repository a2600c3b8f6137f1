/**
 * Seventy-fourth round, blind check of block AG (rubric v67), part ag1: AG1, AG11, AG3 and AG4 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break).
 * Checks: followup.completeness (AG1, AG11; RUBRIC: pass when, in or after the first message that gives a source or answer, the
 * provider asks whether the information already given meets the need; a question about something not yet given does not count;
 * fail otherwise), inquiry.clarify (AG3; RUBRIC: pass when the provider asks the patron a question about the need, or restates the
 * question ("so you need…"), before the first message that gives a source; fail otherwise) and followup.contact, followup.on_time,
 * resolution.code (AG4; RUBRIC Terms, Follow-up session: the code is a follow-up code, or the provider promises in the chat to send
 * or find more later; followup.contact and followup.on_time are na unless it is one; contact passes when the patron's e-mail or
 * phone is confirmed in the chat and the provider says when the information will come; on_time is pending before its deadline with
 * nothing recorded; resolution.code fails when the provider promised a follow-up but the code is not a follow-up code).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG1: a provider question, after a source or answer, whether what was given is "the kind / sort / type of detail / stuff /
 *   sources / help / overview you need / were looking for / are after", in any verb ("Is …", "Are these …", "Does … have …", "Would
 *   that timeline be …") or spelling ("u", "you're", "kinda", "ur"), asks whether the information given meets the need: pass. Not:
 *   "What kind of detail do you need …?" (asks about the need, not about what was given), a question about a thing only offered,
 *   one asked before anything was given, a statement.
 * - AG11: a Spanish provider question whether a photo, image or drawing just given or pointed to matches the patron's thing, in
 *   either order ("¿La foto se parece …?", "¿Se parece la foto …?") and with any determiner ("este dibujo"): pass. Not a condition
 *   ("Si la foto se parece …, es …"), a statement, an offer of a drawing not yet given, or a question about the patron's own photos
 *   asked before anything was given.
 * - AG3: a provider statement, before the first source, that says back what the patron's group or relative needs or wants, with or
 *   without "so", in the singular or the plural ("So your students need …", "Got it: your son needs …"), restates the question:
 *   pass. Not: "so your X has to / is looking at …" as a consequence, a rule or an answer (it tells, it restates no need), nor a
 *   restatement made only after the first source.
 * - AG4: "I'll / we should / I can / she'll (a colleague) / our archivist will … have <the thing> (over / back) to you" with a
 *   later time is a promise to send more later: a follow-up session. Not: the thing coming in the chat itself ("in a couple of
 *   minutes" then pasted, "right here in a sec", "before we finish up here"), "I'll have to ask you …", and what someone outside
 *   the library will send ("the clerk … she'll have the certificate to you").
 *
 * COUNTS. Written: 35 cases, 18 for and 17 against (AG1 5/4, AG11 3/4, AG3 4/4, AG4 6/5), in one batch, labels copied aside to
 * /tmp/s72/ag1-labels.ts before the first run. First run as labelled: 25 of 35. Disagreeing: 10. Label corrections: 0 (each
 * reread against RUBRIC's followup.completeness and inquiry.clarify rules and its Follow-up session and Hold message terms; the
 * labels stand). Final: 25 running, 10 LEFT (each scored with rubric v66 to tell "older" from "caused by AG"): 7 caused by AG, 3
 * older.
 * Caused by AG (all near misses read, v66 scored them as labelled):
 * - inquiry.clarify, expected fail / got pass: AG3 takes "so your <noun> has to / is looking" as a restatement when it tells a
 *   consequence, a rule or a deadline: "That one has 40 holds on it right now, so your daughter has to wait about three weeks for a
 *   copy.", "So your boss has to sign section 2, not you.", "Everyone gets the same window, so your company is looking at 15
 *   working days from the day the citation arrived."
 * - followup.contact / resolution.code / followup.on_time, expected na / pass / na, got fail / fail / pending: AG4 takes the thing
 *   coming in the chat itself ("I'll have the list to you in a couple of minutes; …", "I'll have the link to you right here in a
 *   sec.", "I'll have the whole list to you before we finish up here.", each followed by what was promised) and someone outside the
 *   library ("The clerk told me she'll have the certificate to you about two weeks after she gets it.") as a follow-up promise.
 * Older (v66 the same): "¿Se parece la foto a la planta que tiene?" (the verb first) and "¿Este dibujo se parece al pájaro que
 *   vio?" (a masculine determiner) not read by AG11; "our archivist will have the photocopies to you by Friday." (a named colleague)
 *   not read by AG4.
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG3 reads only a sentence that opens on "so your …"
 *   and not "has to", "is looking (at)", "needs to <sign / wait …>"; AG4 takes no time of the chat anywhere after it ("in a couple of
 *   minutes", "right here", "before we finish") nor a promise reported from someone else ("The clerk told me she'll …"); AG11 reads
 *   "¿Se parece la foto a …?" and "este dibujo". The seven AG-caused cases and the two AG11 ones run; 1 LEFT (older: "our archivist
 *   will have the photocopies to you by Friday").
 * WITHDRAWN before v67 landed: AG4, after a third blind check found three more false readings; its five for cases that ran are
 *   LEFT again (`NO_PROMISE_AG4`, older), its against cases run.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NO_PROMISE_AG4, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Marcus, a librarian with Ask Us at Birchfield Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the east one' });
const HI_ES = 'Hola, soy Marcos, bibliotecario de la Biblioteca Pública de Birchfield.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });
const BYE_ES = '¡Gracias por escribirnos, adiós!';

/** inquiry.clarify passed (a question or a restatement before the first source) or failed. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** A follow-up session by promise (code "Answered"): the contact confirmed and the time said, or the contact never given. */
const PROMISED = some({ contact: 'pass', code: 'fail', onTime: 'pending' });
const PROMISED_NO_CONTACT = some({ contact: 'fail', code: 'fail', onTime: 'pending' });
/** No follow-up session. */
const NO_FOLLOW_UP = some({ contact: 'na', code: 'pass', onTime: 'na' });

/**
 * A request for copies: the patron's `q`, the greeting with `ask`, the patron's `reply`, the provider's `text` (and `more`, 20 s
 * later, when given), the patron's thanks and the goodbye.
 */
const copies = (q: string, ask: string, reply: string, text: string, more?: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ${ask}`],
  [50, 'p', reply],
  [70, 'l', text],
  ...(more === undefined ? [] : [[90, 'l', more] as Line]),
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];

export const ag1: SessionCase[] = [
  // ---- AG1 for: whether what was given is the kind / sort / type of detail, stuff, sources, help, overview the patron needs
  c('AG1 for: "Is the county soil survey the sort of detail you were looking for?"', said('i need to know what the soil is like on my lot before i pour a garage slab', 'The county soil survey maps every parcel: go to websoilsurvey.nrcs.usda.gov and search by your address. Is the county soil survey the sort of detail you were looking for?'), ASKED),
  c('AG1 for: "is this the sort of stuff u need??" (chat-speak)', said('need stuff on the 1913 flood in dayton for a school thing', 'ooh good topic! dayton metro library has a whole flood photo collection at daytonmetrolibrary.org/1913flood, is this the sort of stuff u need??'), ASKED),
  c('AG1 for: "Are these the type of sources you\'re after?" (you\'re)', said('i need scholarly sources on microplastics in drinking water', 'Two to start: the review by Koelmans and others in Water Research (2019) and the WHO report "Microplastics in drinking-water", both linked from our Environmental Science guide at birchfieldlibrary.example.org/guides/envsci. Are these the type of sources you\'re after?'), ASKED),
  c('AG1 for: "Does the state guide have the kind of help you need?" (does … have)', said('how do i set up a small llc in ohio', 'The Ohio Secretary of State has a step-by-step starter guide at ohiosos.gov/businesses, with the forms and fees. Does the state guide have the kind of help you need?'), ASKED),
  c('AG1 for: "Would that timeline be the kind of overview you wanted?" (would, of a thing given)', said('i want a quick overview of the suffrage movement in the us', 'The Library of Congress has a one-page timeline at loc.gov/collections/women-of-protest/timeline. Would that timeline be the kind of overview you wanted?'), ASKED),
  // ---- AG1 against: a clarifying question, an offer of more, a question before anything was given, a statement
  c('AG1 against: "What kind of detail do you need: building outlines or just the streets?" (a clarifying question)', said('i need a map of my neighborhood from the 1920s', 'The Sanborn fire insurance maps cover it; they are in our Sanborn Maps database at birchfieldlibrary.example.org/sanborn. What kind of detail do you need: building outlines or just the streets?'), NOT_ASKED),
  c('AG1 against: "I could also pull the 1890 plat book from storage. Would that be the kind of material you need?" (an offer)', said('where can i find old plat maps of birchfield township', 'The county recorder has plat maps from 1920 on at recorder.example.gov/plats. I could also pull the 1890 plat book from storage. Would that be the kind of material you need?'), NOT_ASKED),
  c('AG1 against: "Is a checklist of the permit steps the kind of help you need?" (before anything was given)', asked('i need info on getting a building permit for a deck', 'Is a checklist of the permit steps the kind of help you need?', 'yes that would be great', 'The city posts one at birchfieldpermits.example.gov/decks, with the fee table and the forms.'), NOT_ASKED),
  c('AG1 against: "That page is the kind of detail you need for the counter." (a statement)', said('what paperwork do i need to register a used car in ohio', 'The BMV lists it all at bmv.ohio.gov/vr-title.aspx: the title, your ID and the emissions test. That page is the kind of detail you need for the counter.'), NOT_ASKED),
];

export const ag11: SessionCase[] = [
  // ---- AG11 for: a Spanish question whether the photo, image or drawing given matches
  c('AG11 for: "¿Esas imágenes coinciden con lo que vio en el bosque?"', es.said('vi unas flores moradas con forma de campana en el bosque, ¿qué son?', 'Por lo que describe, pueden ser campanillas (Campanula). Hay imágenes en la guía de flores silvestres de wildflower.org/plants. ¿Esas imágenes coinciden con lo que vio en el bosque?', BYE_ES), ASKED),
  c('AG11 for: "¿Se parece la foto a la planta que tiene?" (the verb first)', es.said('tengo una planta con hojas gruesas y flores rojas en invierno', 'Parece un cactus de Navidad (Schlumbergera). Hay una foto en missouribotanicalgarden.org/plantfinder. ¿Se parece la foto a la planta que tiene?', BYE_ES), ASKED),
  c('AG11 for: "¿Este dibujo se parece al pájaro que vio?" (este dibujo)', es.said('vi un pájaro rojo con cresta en mi patio', 'Es probablemente un cardenal norteño. La guía Sibley de aves tiene un dibujo en la página 455, y también está en allaboutbirds.org/guide/Northern_Cardinal. ¿Este dibujo se parece al pájaro que vio?', BYE_ES), ASKED),
  // ---- AG11 against: a condition, a statement, an offer, a question about the patron's own photos before anything was given
  c('AG11 against: "Si la foto se parece a su mariposa, es una monarca." (a condition)', es.said('hay una mariposa naranja y negra en mi jardín', 'Puede ser una monarca; hay fotos en monarchwatch.org/biology. Si la foto se parece a su mariposa, es una monarca.', BYE_ES), NOT_ASKED),
  c('AG11 against: "La foto de mushroomexpert.com se parece mucho a lo que describe." (a statement)', es.said('qué hongo es blanco con un anillo en el tallo', 'Por lo que dice, podría ser una Amanita, ¡no lo coma! La foto de mushroomexpert.com/amanita.html se parece mucho a lo que describe.', BYE_ES), NOT_ASKED),
  c('AG11 against: "Puedo buscarle también una ilustración de la polilla adulta. ¿Le serviría?" (an offer)', es.said('qué es la oruga verde con un cuerno en mis tomates', 'Es el gusano del tomate (Manduca quinquemaculata); hay una hoja informativa en extension.umn.edu/yard-and-garden-insects. Puedo buscarle también una ilustración de la polilla adulta. ¿Le serviría?', BYE_ES), NOT_ASKED),
  c('AG11 against: "¿Las fotos coinciden con lo que vio a simple vista?" (the patron\'s photos, before anything was given)', es.asked('anoche tomé fotos de unas luces raras en el cielo', '¿Las fotos coinciden con lo que vio a simple vista?', 'sí, eran como diez luces en fila', 'Eso suele ser un tren de satélites Starlink. Puede ver cuándo pasan en findstarlink.com.'), NOT_ASKED),
];

export const ag3: SessionCase[] = [
  // ---- AG3 for: what the patron's group or relative needs or wants, said back before the first source
  c('AG3 for: "So your scout troop wants beginner star guides for the astronomy badge."', asked('my scout troop is doing the astronomy badge, any good beginner star books?', 'So your scout troop wants beginner star guides for the astronomy badge.', 'yes, theyre 11 and 12', 'Try "Find the Constellations" by H. A. Rey and "NightWatch" by Terence Dickinson, both on the shelf at East: birchfieldlibrary.example.org/catalog.'), CLARIFIED),
  c('AG3 for: "ok so ur book club is looking for a short classic w a movie version" (chat-speak)', asked('my book club wants a short classic that has a movie we can watch after', 'ok so ur book club is looking for a short classic w a movie version', 'yep under 200 pages ideally', '"Of Mice and Men" is 107 pages and has the 1992 film; both are in the catalog at birchfieldlibrary.example.org/catalog.'), CLARIFIED),
  c('AG3 for: "So your students need primary sources on the Dust Bowl for their posters." (the plural)', asked('my 8th graders are doing posters on the dust bowl and need primary sources', 'So your students need primary sources on the Dust Bowl for their posters.', 'right, photos and letters mostly', 'The Library of Congress has a Dust Bowl primary source set at loc.gov/classroom-materials/dust-bowl.'), CLARIFIED),
  c('AG3 for: "Got it: your son needs a biography of a woman scientist by Monday." (no "so")', asked('hi my son needs a biography of a woman scientist for monday', 'Got it: your son needs a biography of a woman scientist by Monday.', 'yes hes in 5th grade', '"Who Was Marie Curie?" by Megan Stine is on the shelf at East: birchfieldlibrary.example.org/catalog.'), CLARIFIED),
  // ---- AG3 against: a consequence, a rule, a restatement only after the first source, "is looking at" a deadline
  c('AG3 against: "That one has 40 holds on it right now, so your daughter has to wait about three weeks for a copy." (a consequence)', asked('can my daughter get the first wings of fire book', 'That one has 40 holds on it right now, so your daughter has to wait about three weeks for a copy.', 'oh ok, is there an ebook', 'Yes: the ebook is on Libby at libbyapp.com, with a shorter wait, about a week.'), NOT_CLARIFIED),
  c('AG3 against: "You fill in section 1. So your boss has to sign section 2, not you." (a rule, the answer)', asked('who signs the i-9 form for my new job, me or my boss', 'You fill in section 1. So your boss has to sign section 2, not you.', 'ok got it', 'The USCIS instructions spell it out at uscis.gov/i-9.'), NOT_CLARIFIED),
  c('AG3 against: "So your guild wants to see them in person, then: …" (only after the first source)', asked('my quilting guild wants to see baltimore album quilts in person', 'The Baltimore Museum of Art shows several; the gallery schedule is at artbma.org.', 'great', 'So your guild wants to see them in person, then: the BMA books guided group tours at artbma.org/visit.'), NOT_CLARIFIED),
  c('AG3 against: "Everyone gets the same window, so your company is looking at 15 working days …" (a fact)', asked('my company got an osha citation, how long do we have to contest it', 'Everyone gets the same window, so your company is looking at 15 working days from the day the citation arrived.', 'ok where does it say that', 'Section 10(c) of the OSH Act; the OSHA page on contesting is osha.gov/enforcement/contest.'), NOT_CLARIFIED),
];

export const ag4: SessionCase[] = [
  // ---- AG4 for: "… have <the thing> (over / back) to you" at a later time, a promise to send more later
  c('AG4 for: "The yearbook is in our local history room, so I\'ll have the scans over to you by Thursday afternoon."', copies('do you have the 1952 birchfield high yearbook? i need the page with my dad on it', 'Do you know his name?', 'walter kiss. my email is r.kiss@example.com', 'Thanks, I have r.kiss@example.com. The yearbook is in our local history room, so I\'ll have the scans over to you by Thursday afternoon.'), PROMISED),
  c('AG4 for: "np, the Courier is on microfilm here. ill have those to u tmrw am" (chat-speak)', copies('can u find the obit for my grandma mary ellen soto, died march 1987', 'Do you know which paper ran it?', 'the birchfield courier i think. email is jsoto88@example.com', 'np, the Courier is on microfilm here. ill have those to u tmrw am at jsoto88@example.com'), PROMISED),
  c('AG4 for: "We should have your copy of the deed back to you by next Wednesday." (no contact given)', copies('i need a copy of the deed to my house on birch lane, bought in 1978', 'Do you know the seller\'s name?', 'no, just the year', 'The 1978 deed books are in off-site storage. We should have your copy of the deed back to you by next Wednesday.'), PROMISED_NO_CONTACT),
  c('AG4 for: "Maya, our genealogy librarian, …; she\'ll have the obituary over to you by Monday."', copies('looking for the 1964 obituary of my uncle, tomas reyes', 'Do you know the month he died?', 'june 1964. email me at lena.reyes@example.com', 'Thanks, I have lena.reyes@example.com. Maya, our genealogy librarian, has the 1964 papers at the Elm Street branch; she\'ll have the obituary over to you by Monday.'), PROMISED),
  c('AG4 for: "By Friday I can have the rest of the list to you." (the time first)', copies('i need all the council votes on the dog park from 2019', 'Only the final vote, or the committee votes too?', 'all of them please, my email is dee.park@example.com', 'Thanks, I have dee.park@example.com. The first two votes are in the minutes at birchfield.example.gov/minutes. By Friday I can have the rest of the list to you.'), PROMISED),
  c('AG4 for: "our archivist will have the photocopies to you by Friday." (a colleague named)', copies('my great grandfather worked at the birchfield mill, are there any employee records', 'Do you know roughly which years?', '1910s. my email is sam.ortiz@example.com', 'Thanks, I have sam.ortiz@example.com. The mill\'s payroll ledgers are in our archive; our archivist will have the photocopies to you by Friday.'), PROMISED),
  // ---- AG4 against: "have to ask you", the thing coming in the chat itself, what someone outside the library will send
  c('AG4 against: "I\'ll have to ask you which edition, though: …"', copies('do u have the cookbook salt fat acid heat', 'Do you want a print copy?', 'yes paper please', 'I\'ll have to ask you which edition, though: the catalog has the 2017 one and the 10th anniversary one. Both are at birchfieldlibrary.example.org/catalog.'), NO_FOLLOW_UP),
  c('AG4 against: "I\'ll have the list to you in a couple of minutes; there are a lot of them." (then pasted in the chat)', copies('can i get a list of the wpa murals in ohio that are still standing', 'Do you want post office murals only, or schools too?', 'all of them', 'I\'ll have the list to you in a couple of minutes; there are a lot of them.', 'Here it is: the Ohio History Connection lists the 38 still standing at ohiohistory.org/wpa-murals.'), NO_FOLLOW_UP),
  c('AG4 against: "Found it! I\'ll have the link to you right here in a sec." (then given in the chat)', copies('where can i see my grandparents in the 1940 census', 'Do you know where they lived in 1940?', 'birchfield, on oak street', 'Found it! I\'ll have the link to you right here in a sec.', 'Here: 1940census.archives.gov, enumeration district 18-42, sheet 7A, line 12.'), NO_FOLLOW_UP),
  c('AG4 against: "The clerk told me she\'ll have the certificate to you about two weeks after she gets it." (someone outside the library)', copies('how do i get a certified copy of my birth certificate, i was born in birchfield county', 'Were you born in the county hospital?', 'yes', 'The county clerk handles it: mail the form at birchfield.example.gov/vital-records with a $20 check to 12 Court St. The clerk told me she\'ll have the certificate to you about two weeks after she gets it.'), NO_FOLLOW_UP),
  c('AG4 against: "Give me a bit, I\'ll have the whole list to you before we finish up here." (then given in the chat)', copies('what are the books on the summer reading list for 7th grade at birchfield middle', 'Is it the required list or the optional one?', 'the required one', 'Give me a bit, I\'ll have the whole list to you before we finish up here.', 'Here it is, from the school page at birchfieldschools.example.org/summer: "Hatchet", "Wonder" and "The Giver".'), NO_FOLLOW_UP),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AG
  'AG4 for: "our archivist will have the photocopies to you by Friday." (a colleague named)':
    'expected contact pass / code fail / on_time pending, got na / pass / na ("not a follow-up session"): RUBRIC Terms, a promise that someone from the library will send more later ("someone from your library will contact you"); AG4 takes "have … to you" only after a pronoun ("I\'ll / we\'ll / she\'ll / he\'ll / I can …"), not after a named colleague ("our archivist will") (older: v66 na / pass / na the same)',
  'AG4 for: "The yearbook is in our local history room, so I\'ll have the scans over to you by Thursday afternoon."':
    NO_PROMISE_AG4,
  'AG4 for: "np, the Courier is on microfilm here. ill have those to u tmrw am" (chat-speak)':
    NO_PROMISE_AG4,
  'AG4 for: "We should have your copy of the deed back to you by next Wednesday." (no contact given)':
    NO_PROMISE_AG4,
  'AG4 for: "Maya, our genealogy librarian, …; she\'ll have the obituary over to you by Monday."':
    NO_PROMISE_AG4,
  'AG4 for: "By Friday I can have the rest of the list to you." (the time first)':
    NO_PROMISE_AG4,
};

describe('seventy-fourth round: block AG, part ag1 (AG1, AG11, AG3, AG4) checked blind, both ways', () => {
  for (const [t, cs] of [['AG1', ag1], ['AG11', ag11], ['AG3', ag3], ['AG4', ag4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
