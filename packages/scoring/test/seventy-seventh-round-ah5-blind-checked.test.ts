/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah5: AH1, AH2, AH14, AH10 and AH22 (the block's second blind
 * check: the mends of the first and the new readings) tried both ways in cases written by a helper who did not see the author's
 * cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, parties and
 * orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Check: followup.completeness (AH1, AH2, AH14, AH10, AH22; RUBRIC followup.completeness: pass when, in or after the first message
 * that gives a source or answer, the provider asks whether the information already given meets the need ("Does this completely
 * answer your question?", "Is that what you were looking for?", "Did that help?"); a question about something not yet given
 * ("would a scan be what you need?") does not count; fail otherwise; na when info.source is na).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A question about the patron's own step, thing or people (a course the patron's daughter took, the patron's draft, the patron's
 *   child's level at school, the patron's quilt, the twins' preschool, the patron's own unplugging of a printer, a third party's
 *   help such as a caseworker's or a voucher office's) asks nothing about the information given: not the completeness question.
 * - A question whose subject is the provider's offer or plan, not yet carried out (more books to pull, a delivery by e-mail, a
 *   room booked at 10am, interlibrary loan, an appointment, "I will check … and get back to you by Friday. Does that sound ok?"),
 *   asks about something not yet given: it does not count, whatever information was given before the offer or the plan.
 * - "Does that sound good?" after a report of what was found ("I can see three copies …", "I am happy to say one is checked in
 *   …") asks about what was given: it counts.
 * - A question asked after the patron went to try steps the provider gave ("did that get ur kindle working again?") asks whether
 *   what was given worked: it counts.
 * - "Those / both of those / the first title …" at the right level "for Mia" (a name) or with "do you think" is the same question as
 *   "for him": whether the books given suit the one they are for.
 *
 * COUNTS. Written: 33 cases, 17 for and 16 against (AH1 3/3, AH2 4/3, AH14 4/3, AH10 3/3, AH22 3/4), in one batch, labels copied
 * aside to /tmp/s73/ah5-labels.ts before the first run. First run as labelled: 15 of 33. Disagreeing: 18. Label corrections: 0
 * (each reread against RUBRIC's followup.completeness rule; the labels stand). Final: 15 running, 18 LEFT (each scored with rubric
 * v67 to tell "older" from "AH caused"; 8 caused by AH, 10 older):
 * - caused by AH (all expected fail / got pass, but one): AH1 "…did that get her what she needs to get started, or …?" ("that" the
 *   daughter's own lifeguard course); AH2 "¿La maestra le ha dicho si está al nivel adecuado para su edad?" (the patron's child);
 *   AH14 "I'll also pull three more … tomorrow … Would those three be a good start for your class?" (a promise: "I'll" is no offer
 *   to OFFER_CAN_AH10); AH10 "I am happy to say one is checked in at Maple Ave today. Does that sound good?" (a report read as an
 *   offer: expected pass / got fail); AH22 "Did the preschool get them started?" (a third party), "Is email what you had in mind?"
 *   (an offer's way), "Was it the kind of star quilt your grandmother made …?" (the patron's quilt), "Is 10am what you had in
 *   mind?" (an offer's time).
 * - older (v67 the same): AH1 for "Did all that give her …" (no "all that" subject); AH2 for "… for Mia, do you think?", "those
 *   picks", "al nivel de lectura adecuado"; AH14 for "Would both of those be a good place to start for your talk?", "did that get
 *   ur kindle working again?", "Is this one close enough?"; against "did that get it working for a while?" (patron's own step),
 *   "Is it the right length?" (patron's draft); AH10 against the plan "… get back to you by Friday. Does that sound ok?".
 * ON v68 AS LANDED (mends after this check): the eight caused by AH are mended (AH1 only with the question opening the sentence,
 *   "does / will that / these … give / get"; AH2's Spanish only as the question's own subject; AH14's good start after a plan too
 *   ("I'll also pull three more …"); AH10's offer not "happy to say"; AH22's "get her started" only with a resource as its subject,
 *   "… what you had in mind" not a channel or a clock time, the two-word kind only before "you"): they run; 10 LEFT, older.
 * ON v68 AS LANDED, after the fourth check: "Would both of those be a good place to start for your talk?" reads now (`offerQuestion`
 *   stops before "both of those"): it runs; 9 LEFT, older.
 * ON v69 AS LANDED (block AI): "Did all that give her what …?" (AI9) runs as labelled.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Tomás, a librarian with Ask Now at Linden Falls Public Library.';
const { said, saidThen, asked } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'maple ave' });
const HI_ES = 'Hola, soy Tomás, bibliotecario de la Biblioteca Pública de Linden Falls.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de maple ave' });

export const ah1: SessionCase[] = [
  // ---- AH1 for: "what he / she / they need(s) to get going / started / rolling" after "does / did / will / has … that … give / get"
  c('AH1 for: "Did all that give her what she needs to get started?" ("all that", "started")', said('my daughter is opening a home daycare and needs to know the licensing steps', 'The state Office of Child Care walks through it at earlychildhood.example.gov/family-child-care: an orientation session, a home inspection, and a background check. Did all that give her what she needs to get started?'), ASKED),
  c('AH1 for: "ok so will these get them what they need to get rolling?" (chat-speak, "will … get", "need")', said('my 2 boys want to start a vegetable garden this spring, any beginner books?', 'yes!! Square Foot Gardening with Kids is on the shelf at Maple Ave, and the Extension has a kids planting calendar at extension.example.edu/kids-garden. ok so will these get them what they need to get rolling?'), ASKED),
  c('AH1 for: "Has that given your dad what he needed to get going?" ("has … given", "needed")', said('my dad is 70 and wants to learn to use his new ipad', 'Our Tech Help page at lindenfallslib.example.org/techhelp has short iPad videos for beginners, and the book "iPad for Seniors" is at Central (call number 004.167 IPA). Has that given your dad what he needed to get going?'), ASKED),
  // ---- AH1 against: a third party's help, the patron's own step
  c('AH1 against: "Has the voucher office given him what he needs to get started?" (a third party)', said('my son got a housing voucher and has to find an apartment in 60 days, where does he start', "The county's voucher holder guide is at lindenfallshousing.example.gov/voucher-guide, with the steps and a list of landlords who take vouchers. Has the voucher office given him what he needs to get started?"), NOT_ASKED),
  c('AH1 against: "…she already took the lifeguard course at the Y, did that get her what she needs to get started, or …?" (the patron\'s own step)', said('my daughter is 15 and wants a summer job at the county pool', 'At 15 she needs a work permit first; the state form and steps are at labor.example.gov/minors-permit. You mentioned she already took the lifeguard course at the Y, did that get her what she needs to get started, or does the pool give its own test?'), NOT_ASKED),
  c('AH1 against: "Did the caseworker get them what they need to get going?" (a third party)', said('my parents just arrived as refugees, how do they get a library card and computer help', 'Cards are free with any proof of address, and our New Americans page at lindenfallslib.example.org/newamericans lists ESL and computer classes. Did the caseworker get them what they need to get going?'), NOT_ASKED),
];

export const ah2: SessionCase[] = [
  // ---- AH2 for: what was given at the right level / length for the one it is for
  c('AH2 for: "Are those the right level for Mia, do you think?" (a name, "do you think")', said('need easy chapter books for my niece Mia, she just turned 7', 'Try the Mercy Watson series by Kate DiCamillo, on the shelf at Central (J FIC DIC), and the Princess in Black books. Are those the right level for Mia, do you think?'), ASKED),
  c('AH2 for: "are those picks at the right level for ur 2nd grader?" (chat-speak, "those picks")', said('my son is in 2nd grade and hates reading, anything fun?', 'omg yes, Dog Man and Narwhal and Jelly are huge with 2nd graders, both at westside (J GRAPHIC). are those picks at the right level for ur 2nd grader?'), ASKED),
  c('AH2 for: "¿Cree que están al nivel adecuado para sus alumnos?" (Spanish, "cree que")', es.said('busco libros en español para mis alumnos de tercer grado', 'Le recomiendo la colección "Lee y Serás" y los libros de Yuyi Morales, en la sección infantil de la sucursal Central (J SPA). ¿Cree que están al nivel adecuado para sus alumnos?'), ASKED),
  c('AH2 for: "¿Están al nivel de lectura adecuado para su hija?" (Spanish, "nivel de lectura")', es.said('mi hija de 9 años quiere leer novelas en español', 'En nuestro catálogo (lindenfallslib.example.org/catalogo) hay varias: "Las aventuras de Güicho" y la serie "Judy Moody" traducida. ¿Están al nivel de lectura adecuado para su hija?'), ASKED),
  // ---- AH2 against: the patron's own draft, the patron's child, "they" the children
  c('AH2 against: "Have you timed your draft yet? Is it the right length?" (the patron\'s draft)', said('im giving a toast at my sisters wedding, supposed to be 3 minutes max, any tips?', 'The Toastmasters toast guide at toastmasters.example.org/wedding-toasts has a simple structure: a story, a compliment, a wish. Have you timed your draft yet? Is it the right length?'), NOT_ASKED),
  c('AH2 against: "¿La maestra le ha dicho si está al nivel adecuado para su edad?" (Spanish, the patron\'s child)', es.said('mi hijo tiene 6 años y todavía no lee solo, me preocupa', 'Es muy común a esa edad. La guía para padres de Colorín Colorado (colorincolorado.example.org/padres) tiene actividades para leer en casa. ¿La maestra le ha dicho si está al nivel adecuado para su edad?'), NOT_ASKED),
  c('AH2 against: "At school, are they at the right level for their age, or are they in an advanced group?" ("they" the children)', said('my twins are 8 and read way above grade level, what should they read', 'The "Books for Advanced Young Readers" list at lindenfallslib.example.org/advanced-kids has some great picks: Wonder, The Wild Robot and Holes are on it. At school, are they at the right level for their age, or are they in an advanced group?'), NOT_ASKED),
];

export const ah14: SessionCase[] = [
  // ---- AH14 for: "both of those" a good start, a title as the kind meant, a fix that got it working, "close enough"
  c('AH14 for: "Would both of those be a good place to start for your talk?" ("both of those", "place to start")', said('i have to give a talk on local bird migration for my garden club', 'Two good books: "Living on the Wind" by Scott Weidensaul and "A Season on the Wind" by Kenn Kaufman, both at Central in 598.156. Would both of those be a good place to start for your talk?'), ASKED),
  c('AH14 for: "Is Braiding Sweetgrass the kind of book you had in mind?" (a title)', said('looking for nature writing that isnt too science-y, something reflective', 'Braiding Sweetgrass by Robin Wall Kimmerer is on the shelf at Maple Ave (581.6 KIM). Is Braiding Sweetgrass the kind of book you had in mind?'), ASKED),
  c('AH14 for: "did that get ur kindle working again?" (chat-speak, after the patron tried the steps)', asked('my kindle wont download library books anymore, it just spins', "ugh that happens! try this from Amazon's help page (amazon.example.com/kindle-sync): hold the power button 40 sec till it restarts, then sync.", 'ok doing it now', 'did that get ur kindle working again?'), ASKED),
  c('AH14 for: "Is this one close enough?" ("this one", a photo given)', said("im trying to find a photo of the old Hecht's store on Main St from the 1950s", 'The closest I could find is a 1962 photo in our Digital Archive at lindenfallslib.example.org/archive/hechts-1962, showing the front with the old sign. Is this one close enough?'), ASKED),
  // ---- AH14 against: the provider's offer or promise of more, the patron's own step
  c('AH14 against: "I\'ll also pull three more … tomorrow … Would those three be a good start for your class?" (a promise, not yet given)', said('i teach 7th grade and need books on the Underground Railroad for my class', 'Two to start: "Freedom Train" by Dorothy Sterling and "Sweet Clara and the Freedom Quilt," both at Central. I\'ll also pull three more from our storage shelves tomorrow and hold them at the desk for you. Would those three be a good start for your class?'), NOT_ASKED),
  c('AH14 against: "We could also set aside four more books on it … Would those four be a decent starting point?" (an offer)', said('need sources on the 1936 flood in our town for a history fair', "The Linden Falls Gazette for March 1936 is on microfilm at Central, and the Historical Society's flood page is at lfhistory.example.org/flood1936. We could also set aside four more books on it from the reference shelf for you. Would those four be a decent starting point?"), NOT_ASKED),
  c('AH14 against: "You mentioned you unplugged it this morning: did that get it working for a while?" (the patron\'s own step)', said("our printer keeps saying paper jam but there's no paper stuck, i already unplugged it this morning", "HP's troubleshooting page at support.example.com/hp-paper-jam has the steps, including checking the little rollers inside the back door. You mentioned you unplugged it this morning: did that get it working for a while?"), NOT_ASKED),
];

export const ah10: SessionCase[] = [
  // ---- AH10 for: "Does that sound …?" just after the provider's own offer asks about the offer
  c('AH10 for: "I\'d be happy to order it through interlibrary loan for you. Does that sound like a plan?"', said('do you have the new Erik Larson book? cant find it in the catalog', "We don't own it yet; the WorldCat record at worldcat.example.org/title/71234 shows copies at two nearby libraries. I'd be happy to order it through interlibrary loan for you. Does that sound like a plan?"), NOT_ASKED),
  c('AH10 for: "We could also book you a half-hour one-on-one … next week." then "Would that sound all right?" (next message)', saidThen('i want to start tracing my family tree but have no idea where to begin', 'FamilySearch (familysearch.example.org) is free and a good first stop, and our Genealogy Guide at lindenfallslib.example.org/genealogy has the basics.', 'We could also book you a half-hour one-on-one with our genealogy volunteer next week. Would that sound all right?'), NOT_ASKED),
  c('AH10 for: "i can put it on hold for u at westbrook, does that sound ok?" (chat-speak, one sentence)', said('can i get the large print of Lessons in Chemistry?', "yes! it's in the catalog at lindenfallslib.example.org/item/20931, 1 copy at central. i can put it on hold for u at westbrook, does that sound ok?"), NOT_ASKED),
  // ---- AH10 against: a report before it, a plan promised
  c('AH10 against: "I can see three copies checked in at Eastgate right now. Does that sound good?" (a report)', said('is the Wild Robot movie tie-in edition in?', 'The catalog record is at lindenfallslib.example.org/item/55120. I can see three copies checked in at Eastgate right now. Does that sound good?'), ASKED),
  c('AH10 against: "I am happy to say one is checked in at Maple Ave today. Does that sound good?" (a report, "happy to")', said('do any branches have a telescope to borrow?', 'Yes, our Library of Things (lindenfallslib.example.org/things) lends a beginner Orion telescope for two weeks. I am happy to say one is checked in at Maple Ave today. Does that sound good?'), ASKED),
  c('AH10 against: "I will check whether we can scan the pages you need and get back to you by Friday. Does that sound ok?" (a plan, not yet given)', said('is there a copy of the 1958 Linden Falls High yearbook?', 'Our catalog lists it at lindenfallslib.example.org/item/11958, but it is in off-site storage. I will check whether we can scan the pages you need and get back to you by Friday. Does that sound ok?'), NOT_ASKED),
];

export const ah22: SessionCase[] = [
  // ---- AH22 for: a resource given "get him started / going", a one-word site "what you needed", the kind of + two words
  c('AH22 for: "Does the Kids InfoBits page get him going?"', said('my 4th grader has a report on sea turtles due friday', 'Kids InfoBits has a sea turtle topic page with pictures and short articles, free with your card at lindenfallslib.example.org/kidsinfobits. Does the Kids InfoBits page get him going?'), ASKED),
  c('AH22 for: "Is FamilySearch what you needed?" (a one-word site)', said("looking for my great-grandfather's WWI draft card", 'FamilySearch has the WWI draft registration cards free, searchable by name and county, at familysearch.example.org/wwi-draft. Is FamilySearch what you needed?'), ASKED),
  c('AH22 for: "Is this the kind of board book you were picturing?" ("board book")', said('we want a board book for a new baby, something about farm animals', 'Sandra Boynton\'s "Barnyard Dance!" is at every branch, and our baby book list is at lindenfallslib.example.org/babybooks. Is this the kind of board book you were picturing?'), ASKED),
  // ---- AH22 against: a third party, an offer's terms, the patron's own thing
  c('AH22 against: "Did the preschool get them started?" (the twins\' preschool)', said('my twins start kindergarten in the fall, they go to little acorn preschool now. how do i help them learn to read', 'Reading Rockets has a kindergarten page for parents at readingrockets.example.org/kindergarten, with letter games you can play at home. Did the preschool get them started?'), NOT_ASKED),
  c('AH22 against: "I can send you the scans by email or by post. Is email what you had in mind?" (an offer)', said("can i get a copy of my grandma's 1962 wedding announcement from the Gazette?", 'Yes: the Gazette for 1962 is on microfilm at Central, indexed at lindenfallslib.example.org/gazette-index. I can send you the scans by email or by post. Is email what you had in mind?'), NOT_ASKED),
  c('AH22 against: "Was it the kind of star quilt your grandmother made for each grandchild, or a one-off?" (the patron\'s quilt)', said('my grandmother made a quilt with a big eight-pointed star, how can i find out how old it is?', 'The Quilt Index at quiltindex.example.org lets you compare dated quilts by pattern, and the fabric prints are often the best clue. Was it the kind of star quilt your grandmother made for each grandchild, or a one-off?'), NOT_ASKED),
  c('AH22 against: "I can book it for your group Thursday at 10am. Is 10am what you had in mind?" (an offer\'s time)', said('do you have rooms for a small genealogy group, 6 of us?', 'Yes, the Local History room at Central seats eight; the booking page is lindenfallslib.example.org/rooms. I can book it for your group Thursday at 10am. Is 10am what you had in mind?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH2 for: "Are those the right level for Mia, do you think?" (a name, "do you think")':
    'expected pass, got fail ("never asked whether the information given meets the need"): asks whether the books given suit the niece; AH2 takes "for him / her / your <…>" but not a name before ", do you think" (older: v67 fail the same)',
  'AH2 for: "are those picks at the right level for ur 2nd grader?" (chat-speak, "those picks")':
    'expected pass, got fail ("never asked whether the information given meets the need"): asks whether the books given suit the son; AH2 takes "these / those" or "the picks", not "those picks" (older: v67 fail the same)',
  'AH2 for: "¿Están al nivel de lectura adecuado para su hija?" (Spanish, "nivel de lectura")':
    'expected pass, got fail ("never asked whether the information given meets the need"): asks whether the novels given suit the daughter; AH2\'s Spanish takes "al nivel adecuado" but not "al nivel de lectura adecuado" (the English "reading level" is read) (older: v67 fail the same)',
  'AH14 for: "did that get ur kindle working again?" (chat-speak, after the patron tried the steps)':
    'expected pass, got fail ("never asked whether the information given meets the need"): asks whether the restart steps given worked; AH14 takes "get it / them / the <…> working", not "ur kindle" (older: v67 fail the same)',
  'AH14 for: "Is this one close enough?" ("this one", a photo given)':
    'expected pass, got fail ("never asked whether the information given meets the need"): asks whether the 1962 photo given meets the need; AH14 takes "is that / this / it … close enough", not "this one" (older: v67 fail the same)',
  'AH14 against: "You mentioned you unplugged it this morning: did that get it working for a while?" (the patron\'s own step)':
    'expected fail, got pass ("asked whether the information given meets the need"): "that" is the patron\'s own unplugging, not the HP page given; the question is about the patron\'s situation (older: v67 pass the same)',
  'AH2 against: "Have you timed your draft yet? Is it the right length?" (the patron\'s draft)':
    'expected fail, got pass ("asked whether the information given meets the need"): "it" is the patron\'s own draft toast, not the Toastmasters guide given (older: v67 pass the same)',
  'AH10 against: "I will check whether we can scan the pages you need and get back to you by Friday. Does that sound ok?" (a plan, not yet given)':
    'expected fail, got pass ("asked whether the information given meets the need"): RUBRIC, a question about something not yet given does not count; "that" is the plan to check and write back by Friday (the author\'s AH10 keeps it counting on purpose; by RUBRIC\'s text it asks about the plan) (older: v67 pass the same)',
};

describe('seventy-seventh round: block AH (AH1, AH2, AH14, AH10, AH22) checked blind, both ways, part ah5', () => {
  for (const [t, cs] of [['AH1', ah1], ['AH2', ah2], ['AH14', ah14], ['AH10', ah10], ['AH22', ah22]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
