/**
 * Eighty-sixth round, blind check of block AM (rubric v73), part am4: AM9, AM11 and AM6b tried both ways in cases written by a
 * helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, typos, other verbs, nouns and orders, Spanish; "against": near misses the block must not
 * read).
 * Checks:
 * - inquiry.clarify and info.source (AM9) (RUBRIC: info.source passes when the provider gives at least one source: a URL or
 *   domain, a named resource such as a database, the catalogue, a guide, a book, a web page; inquiry.clarify passes when the
 *   provider asks a question about the need, or restates it, before the first message that gives a source). Each session here
 *   greets, says sorry about the patron's trouble, asks one clarifying question, hears the answer and then gives a real source;
 *   the label is `some({ clarify, source })`: CLARIFIED (clarify pass, source pass) or TOO_LATE (clarify fail, source pass).
 * - followup.completeness (AM11, AM6b) (RUBRIC: pass when, in or after the first message that gives a source or answer, the
 *   provider asks whether the information already given meets the need; a question about something not yet given does not
 *   count; fail otherwise; na when info.source is na). Each session here gives a source before its one question, so the label
 *   is ASKED (pass) or NOT_ASKED (fail).
 * - AM9: a sentence that is only sympathy naming the patron's own thing ("so sorry to hear about your grandfather's Purple
 *   Heart", "sorry about your mom's copy of The Joy of Cooking", "¡Cuánto lamento lo de la Biblia de su abuela!") gives no
 *   source, so a clarifying question after it still comes first; not sympathy followed, in the same sentence or message, by a
 *   source ("Sorry for the wait — the 1962 … yearbook is scanned at …"), after which the question comes too late.
 * - AM11: "Did the Chilton pages have everything you needed, then?", "Does that finding aid have all she needs?", "Do those
 *   newspaper archives cover you till the book comes back?", about what was given, ask; not "cover you" about insurance or a
 *   passport, "would that copy have everything you need?" about a copy only offered, a workshop's supplies.
 * - AM6b: "Do these look like what your mom is after?", "Does the Kelley Blue Book page look like what your husband needs?",
 *   about what was given for someone else, ask; not a time ("Does Thursday at 6:30 look like what he'd want?"), volumes only
 *   offered, or the patron's own draft or photos.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - info.source's "gives … a source" is read as the provider pointing the patron to a resource for the need. Sympathy that
 *   names the patron's own lost or damaged thing (a medal, a recipe box, a phone, a family Bible, the patron's own copy of a
 *   titled book, a diploma) gives nothing to use: it names the trouble, so it is no source, even when the thing is a book
 *   with a title. Sympathy is neither a question nor a restatement ("so you need…"); the label would not change if it were
 *   read as a restatement, since the question follows it before the source anyway.
 * - "before the first message that gives a source" is read by messages: a question in the same message as the first source,
 *   after it, is not before that message, and a source given in the greeting message makes every later question too late.
 *   So sympathy + source + question in one message, or a greeting with sympathy and a source, fail inquiry.clarify (the brief's
 *   near misses are sympathy and source in one sentence; the ones here with the source in the next sentence of the same
 *   message or in the greeting come out the same by RUBRIC).
 * - A "cover you" question about the patron's insurance or passport asks about the patron's situation, not whether the
 *   information given meets the need. "would that copy have everything you need?" and "would that cover you?" after only
 *   offering a copy or a hold are about something not yet given (RUBRIC's "would a scan be what you need?"). Whether a
 *   workshop has the supplies the patron needs is about materials, not information.
 * - A question whether what was given "looks like what <the person the patron asks for> needs / is after / has in mind"
 *   asks whether the information meets the need (the need is that person's, brought by the patron). A class or swim time
 *   "looking like what she'd want" is about a schedule; the patron's own draft or photos "looking like what the paper / the
 *   adjuster wants" are about the patron's own things; volumes only offered are not yet given.
 * - "Did the … pages have everything you needed, then?" asked after the patron says they looked at the source asks about
 *   what was given (RUBRIC's "Did that help?").
 *
 * COUNTS. Written: 34 cases, 17 for and 17 against (AM9 6/6, AM11 6/6, AM6b 5/5), in one batch, labels copied aside to
 * /tmp/s76/am4-labels.ts before the first run. First run as labelled: 22 of 34. Disagreeing: 12. Label corrections: none (each
 * reread against inquiry.clarify, info.source and followup.completeness; the labels stand). Final: 22 running, 12 LEFT (each
 * scored with rubric v72 to tell "older" from "caused by AM"; 0 caused by AM, 12 older, v72 giving each the same status):
 * - AM9 for, clarify expected pass / got fail (older): "omg so sry abt ur phone n all ur pics :( was it an iphone or an
 *   android?" (the evidence is the later source message: the sympathy is not read as a source, the chat-speak question is not
 *   read as a question).
 * - AM11 for, expected pass / got fail (older): "Does that finding aid have all she needs for the project?", "cool, did the mva
 *   page hav evrything u needed?", "¿Esa página tiene todo lo que necesita?", "Has that obituary index got all your uncle
 *   needs, do you think?".
 * - AM11 against, expected fail / got pass (older): "Does your renter's insurance cover you for the bike?", "Does your passport
 *   still cover you through the end of March?", "I can put you first in line for the new one when it arrives; would that
 *   cover you?" (only offered); the scorer's evidence is the question itself each time.
 * - AM6b for, expected pass / got fail (older): "Do these look like what your mom is after?", "Does the Kelley Blue Book page
 *   look like what your husband needs?", "¿Eso se parece a lo que necesita su hijo?", "Would those plates look like what your
 *   dad has in mind?".
 * Running as labelled: the five other AM9 for cases (the Purple Heart and the Biblia in the greeting, the recipe box, the
 *   Joy of Cooking copy, the diploma) pass clarify and all six AM9 near misses fail it (v72 read the AM9 cases the same);
 *   "Did the Chilton pages have everything you needed, then?" and "Do those newspaper archives cover you till the book comes
 *   back?" ask (AM11), the copy only offered, the workshop's supplies and "¿Su seguro médico le cubre las vacunas por ahora?"
 *   do not; "does that look like wat ur grandpa needs?" asks (AM6b), the Thursday 6:30 time, the patron's draft, the 1945 and
 *   1948 volumes only offered, "el sábado a las 11" and the patron's photos do not. Of these, v72 misread two that v73 now
 *   reads: the Chilton pages (AM11) and the grandpa (AM6b), both fail under v72.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Marisol, a librarian with Ask Us at Kent County Public Library.';
const { said, done, asked } = nearMissLines(HI, { branch: 'Which branch do you usually go to?', branchReply: 'chestertown' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca Pública del Condado de Kent.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal suele ir?', branchReply: 'la de chestertown' });
/** `asked` with the greeting followed, in the same message, by `more` (sympathy, or sympathy and a source). */
const greetedWith = (more: string) => nearMissLines(`${HI} ${more}`).asked;
const greetedWithEs = (more: string) => nearMissLines(`${HI_ES} ${more}`).asked;

/** AM9: the clarifying question came before the first source (and a source was given), or only after it. */
const CLARIFIED = some({ clarify: 'pass', source: 'pass' });
const TOO_LATE = some({ clarify: 'fail', source: 'pass' });

export const am9: SessionCase[] = [
  // ---- AM9 for: greeting + sympathy naming the patron's own thing, then a clarifying question, the answer, a real source
  c('AM9 for: greeting + "Oh no, so sorry to hear about your grandfather\'s Purple Heart." then "Do you know which branch …?"',
    greetedWith('Oh no, so sorry to hear about your grandfather\'s Purple Heart.')(
      'my grandpas purple heart got lost when we cleaned out his house, can we get another one',
      'Do you know which branch he served in, and about when?',
      'army, korean war',
      'Families can ask for a replacement medal with Standard Form 180; the form and steps are at '
        + 'archives.example.gov/veterans/replace-medals.'),
    CLARIFIED),
  c('AM9 for: "Ugh, I\'m sorry about the flood and your mom\'s recipe box. Are the cards handwritten in ink, or typed?"',
    asked('our basement flooded and my moms recipe cards got soaked, can they be saved',
      'Ugh, I\'m sorry about the flood and your mom\'s recipe box. Are the cards handwritten in ink, or typed?',
      'mostly ink, some pencil',
      'The Northeast Document Conservation Center leaflet at nedcc.example.org/water-damaged-paper explains how to air-dry '
        + 'them; freeze them first if you cannot dry them within two days.'),
    CLARIFIED),
  c('AM9 for: "omg so sry abt ur phone n all ur pics :( was it an iphone or an android?" (chat-speak)',
    asked('dropped my phone in the bay and lost all my pics is there any way to get them back',
      'omg so sry abt ur phone n all ur pics :( was it an iphone or an android?',
      'iphone',
      'ok if icloud photos was on theyre prob still there, apples steps r at support.example.com/icloud-photos-restore'),
    CLARIFIED),
  c('AM9 for: greeting + "¡Cuánto lamento lo de la Biblia de su abuela!" then "¿Sabe en qué condado …?" (Spanish)',
    greetedWithEs('¡Cuánto lamento lo de la Biblia de su abuela!')(
      'se quemó la biblia de mi abuela con todos los nombres de la familia, hay forma de encontrar esos datos',
      '¿Sabe en qué condado o país nacieron sus abuelos?',
      'en el condado de kent, maryland',
      'Los registros de nacimientos y matrimonios de Kent están en el índice de los Archivos de Maryland: '
        + 'mdarchives.example.org/indice-vital.'),
    CLARIFIED),
  c('AM9 for: "So sorry about your mom\'s copy of The Joy of Cooking; … Do you know which edition …?" (a titled book, hers)',
    asked('spilled coffee all over my moms old joy of cooking and the pages are ruined, can i find another one like it',
      'So sorry about your mom\'s copy of The Joy of Cooking; coffee is rough on old paper. Do you know which edition or year '
        + 'it was?',
      'i think 1975, the red and white cover',
      'Used copies of the 1975 printing turn up on AbeBooks at abebooks.example.com; search "Joy of Cooking 1975 Rombauer".'),
    CLARIFIED),
  c('AM9 for: "Your sister\'s diploma lost in the move, what a headache, so sorry! Which high school …?" (the thing first)',
    asked('my sister lost her high school diploma when she moved and needs a copy for a job',
      'Your sister\'s diploma lost in the move, what a headache, so sorry! Which high school was it, and what year did she '
        + 'graduate?',
      'kent county high, 2009',
      'Kent County Public Schools takes replacement-diploma requests through the form at '
        + 'kent.example.k12.md.us/records/diploma; allow two weeks.'),
    CLARIFIED),
  // ---- AM9 against: sympathy then a source in the same sentence or message (or greeting), the question after it
  c('AM9 against: "Sorry for the wait — the 1962 Chestertown High yearbook is scanned at …. Are you looking for …?"',
    asked('is there a 1962 chestertown high yearbook anywhere',
      'Sorry for the wait — the 1962 Chestertown High yearbook is scanned at kentlib.example.org/yearbooks/1962. Are you '
        + 'looking for a particular classmate?',
      'yes my aunt ruth miller',
      'She is on page 41 of the scan at kentlib.example.org/yearbooks/1962, in the junior class photo.'),
    TOO_LATE),
  c('AM9 against: "Sorry to hear that; the Maryland Emergency Management recovery guide at … lists how …. Were the …?"',
    asked('the hurricane wrecked our house and we lost the deed and the kids birth certificates',
      'Sorry to hear that; the Maryland Emergency Management recovery guide at mdem.example.gov/recovery/documents lists how '
        + 'to replace each one. Were the birth certificates issued in Maryland?',
      'yes all three',
      'Then the Maryland Vital Statistics order page at health.example.gov/vsa/order is where to request new copies.'),
    TOO_LATE),
  c('AM9 against: "Lo siento mucho por sus fotos; la guía del Centro de Conservación en … ¿Son a color …?" (Spanish)',
    es.asked('se mojaron las fotos de la boda de mis padres, se pueden salvar',
      'Lo siento mucho por sus fotos; la guía del Centro de Conservación en nedcc.example.org/es/fotos explica cómo secarlas. '
        + '¿Son a color o en blanco y negro?',
      'blanco y negro',
      'Para las de blanco y negro, la guía en nedcc.example.org/es/fotos recomienda secarlas boca arriba sobre papel secante.'),
    TOO_LATE),
  c('AM9 against: "aw sry bout ur refund, the IRS wheres my refund tool at … shows where it is. did u file …?" (chat-speak)',
    asked('still no tax refund and its been 2 months',
      'aw sry bout ur refund, the IRS wheres my refund tool at irs.example.gov/refunds shows where it is. did u file online '
        + 'or on paper?',
      'online in feb',
      'ok then the tool at irs.example.gov/refunds should show it, itll ask for ur ssn n the exact refund amount'),
    TOO_LATE),
  c('AM9 against: greeting + "So sorry your dad\'s service medals went missing; Standard Form 180 at … is how …" (source 1st)',
    greetedWith('So sorry your dad\'s service medals went missing; Standard Form 180 at archives.example.gov/sf180 is how '
      + 'families replace them.')(
      'my dads service medals went missing after his funeral, can we replace them',
      'Was he in the Navy or the Marines?',
      'navy, vietnam',
      'Then send the SF-180 to the Navy address on page 3 of the form at archives.example.gov/sf180.'),
    TOO_LATE),
  c('AM9 against: "Oh no, sorry about your library card! You can order a new one at …. Was it lost, or …?" (next sentence)',
    asked('i lost my library card what do i do',
      'Oh no, sorry about your library card! You can order a new one at kentlib.example.org/card-replace. Was it lost, or do '
        + 'you think it was stolen?',
      'stolen with my wallet',
      'Then also mark it stolen on the same page, kentlib.example.org/card-replace, so no one can check out on it.'),
    TOO_LATE),
];

export const am11: SessionCase[] = [
  // ---- AM11 for: "have everything / all … needs", "cover you till …" about what was given (other nouns, verbs, Spanish)
  c('AM11 for: "Did the Chilton pages have everything you needed, then?" (after the patron looked)',
    done('how do i change the front brake pads on a 2009 civic',
      'The Chilton manual for the 2009 Civic is in the Auto Repair Source database at kentlib.example.org/autorepair; the pad '
        + 'steps are under Brakes > Front Disc.',
      'ok found it, it has the torque numbers too',
      'Great! Did the Chilton pages have everything you needed, then?'),
    ASKED),
  c('AM11 for: "Does that finding aid have all she needs for the project?"',
    said('my daughter is doing a school project on the chestertown tea party, where can she find old documents',
      'The Kent County Historical Society\'s finding aid at kentcountyhistory.example.org/tea-party lists letters and '
        + 'broadsides from 1774, with box numbers. Does that finding aid have all she needs for the project?'),
    ASKED),
  c('AM11 for: "Do those newspaper archives cover you till the book comes back?"',
    said('do you have the book about the 1967 cambridge riot, i need it for a paper',
      'Our copy is checked out until the 14th. Meanwhile ProQuest Historical Newspapers at kentlib.example.org/news has the '
        + 'Baltimore Sun coverage from July 1967 on. Do those newspaper archives cover you till the book comes back?'),
    ASKED),
  c('AM11 for: "cool, did the mva page hav evrything u needed?" (chat-speak, typos)',
    done('wat do i need to bring for real id at the mva',
      'the mva real id checklist is at mva.example.gov/realid, it lists the docs u need: proof of age, ssn, 2 proofs of '
        + 'address',
      'ok lookin at it',
      'cool, did the mva page hav evrything u needed?'),
    ASKED),
  c('AM11 for: "¿Esa página tiene todo lo que necesita?" (Spanish)',
    es.said('necesito saber cómo pedir una copia de mi declaración de impuestos del año pasado',
      'El IRS explica cómo pedir la transcripción en su página en español, irs.example.gov/es/transcripcion; se puede hacer '
        + 'en línea o por correo. ¿Esa página tiene todo lo que necesita?'),
    ASKED),
  c('AM11 for: "Has that obituary index got all your uncle needs, do you think?" (another verb and order)',
    said('my uncle is looking for his fathers obituary from around 1955, he lives in chestertown',
      'The Kent News obituary index at kentlib.example.org/obits lists your grandfather under March 1955, page 6, with the '
        + 'microfilm reel number. Has that obituary index got all your uncle needs, do you think?'),
    ASKED),
  // ---- AM11 against: "cover you" about insurance / a passport, a copy or a hold only offered, a workshop's supplies
  c('AM11 against: "Does your renter\'s insurance cover you for the bike?" (not about information)',
    said('my bike got stolen from the rack outside the library, what do i do',
      'The Chestertown police take theft reports online at chestertown.example.gov/police/report; have the serial number '
        + 'ready. Does your renter\'s insurance cover you for the bike?'),
    NOT_ASKED),
  c('AM11 against: "I can have the Chestertown branch copy the microfilm page …; would that copy have everything you need?"',
    said('looking for my great aunts obituary, she died in 1962 in rock hall',
      'She is in our obituary index at kentlib.example.org/obits under June 1962. I can have the Chestertown branch copy the '
        + 'microfilm page and mail it to you; would that copy have everything you need?'),
    NOT_ASKED),
  c('AM11 against: "Does the workshop have all the supplies you\'ll need, or do you paint with special brushes?" (supplies)',
    said('any beginner watercolor classes at the library',
      'Yes: the Saturday watercolor workshop at the Chestertown branch, listed at kentlib.example.org/events/watercolor; paper '
        + 'and paints are provided. Does the workshop have all the supplies you\'ll need, or do you paint with special brushes?'),
    NOT_ASKED),
  c('AM11 against: "¿Su seguro médico le cubre las vacunas por ahora?" (Spanish, not about information)',
    es.said('dónde puedo vacunar a mis hijos contra el sarampión',
      'El pediatra y las farmacias las ponen, y el departamento de salud tiene clínicas; las fechas están en '
        + 'kenthealth.example.gov/vacunas. ¿Su seguro médico le cubre las vacunas por ahora?'),
    NOT_ASKED),
  c('AM11 against: "Does your passport still cover you through the end of March?" (the patron\'s own passport)',
    said('flying to costa rica in march, what documents do i need',
      'The State Department country page at travel.example.gov/costa-rica lists them: a passport valid for your whole stay '
        + 'and a return ticket. Does your passport still cover you through the end of March?'),
    NOT_ASKED),
  c('AM11 against: "I can put you first in line for the new one when it arrives; would that cover you?" (only offered)',
    said('need the new edition of the nclex review book, the one you have is old',
      'The 2024 edition is on order; the 2022 one is in the catalogue at kentlib.example.org/catalog/nclex. I can put you '
        + 'first in line for the new one when it arrives; would that cover you?'),
    NOT_ASKED),
];

export const am6b: SessionCase[] = [
  // ---- AM6b for: "look like what <someone else> needs / is after / has in mind" about what was given
  c('AM6b for: "Do these look like what your mom is after?"',
    said('my mom wants some large print mysteries, she liked agatha christie',
      'Our large-print mysteries are in the catalogue at kentlib.example.org/catalog/large-print-mystery; Christie readers '
        + 'tend to like M.C. Beaton\'s Agatha Raisin and Jacqueline Winspear\'s Maisie Dobbs, both there. Do these look like '
        + 'what your mom is after?'),
    ASKED),
  c('AM6b for: "Does the Kelley Blue Book page look like what your husband needs?" (a named page)',
    said('my husband is trading in his truck and wants to know what its worth',
      'Kelley Blue Book\'s trade-in tool at kbb.example.com/trade-in gives a value from the year, mileage and trim; '
        + 'NADAguides at nada.example.com is the one dealers often use. Does the Kelley Blue Book page look like what your '
        + 'husband needs?'),
    ASKED),
  c('AM6b for: "does that look like wat ur grandpa needs?" (chat-speak)',
    said('my grandpa wants 2 learn the computer, any classes',
      'yep we do free tech help for seniors tues mornings, its on kentlib.example.org/techhelp n gcfglobal.example.org has '
        + 'free lessons too. does that look like wat ur grandpa needs?'),
    ASKED),
  c('AM6b for: "¿Eso se parece a lo que necesita su hijo?" (Spanish)',
    es.said('mi hijo necesita libros en inglés fácil para practicar, tiene 10 años',
      'En el catálogo, kentlib.example.org/catalogo, busque "lectores graduados": hay series como Oxford Bookworms para su '
        + 'edad. ¿Eso se parece a lo que necesita su hijo?'),
    ASKED),
  c('AM6b for: "Would those plates look like what your dad has in mind?" (would, has in mind)',
    said('my dad wants a map of the farms around kennedyville in the 1870s',
      'The 1877 Lake, Griffing & Stevenson atlas of Kent County shows each farm with the owner\'s name; the Kennedyville '
        + 'plates are at mdmaps.example.org/kent1877. Would those plates look like what your dad has in mind?'),
    ASKED),
  // ---- AM6b against: a time, volumes only offered, the patron's own draft or photos, a swim time (Spanish)
  c('AM6b against: "Does Thursday at 6:30 look like what he\'d want?" (a time)',
    said('my son wants to join the teen robotics club, when does it meet',
      'The club page at kentlib.example.org/teens/robotics has the schedule: Tuesdays at 4 and Thursdays at 6:30, both at '
        + 'Chestertown. Does Thursday at 6:30 look like what he\'d want?'),
    NOT_ASKED),
  c('AM6b against: "Does your draft look like what the paper wants?" (the patron\'s own draft)',
    said('writing my dads obituary, is there a guide for what to include',
      'The Kent County News posts its obituary guidelines at kentnews.example.com/obituaries: up to 400 words, one photo, '
        + 'the service details. Does your draft look like what the paper wants?'),
    NOT_ASKED),
  c('AM6b against: "I could ask the State Archives for the 1945 and 1948 volumes; would those look like what your grandmother '
      + 'needs?" (only offered)',
    said('my grandmother is looking for her parents in the chestertown city directories from the 1940s',
      'The 1941 directory is online at kentlib.example.org/directories/1941. I could ask the State Archives for the 1945 and '
        + '1948 volumes on loan; would those look like what your grandmother needs?'),
    NOT_ASKED),
  c('AM6b against: "¿El sábado a las 11 le parece lo que quiere su hija?" (Spanish, a time)',
    es.said('mi hija quiere clases de natación en la piscina del condado',
      'Los horarios y la inscripción están en kentparks.example.gov/natacion: sábados a las 9 y a las 11. ¿El sábado a las 11 '
        + 'le parece lo que quiere su hija?'),
    NOT_ASKED),
  c('AM6b against: "Do the photos you took look like what her adjuster wants?" (the patron\'s own photos)',
    said('my sisters car was hit in the library lot, what should she send the insurance company',
      'The Maryland Insurance Administration\'s claim guide at insurance.example.gov/auto-claims lists what adjusters ask '
        + 'for: photos, the police report number and repair estimates. Do the photos you took look like what her adjuster '
        + 'wants?'),
    NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AM9 for: "omg so sry abt ur phone n all ur pics :( was it an iphone or an android?" (chat-speak)':
    'inquiry.clarify: expected pass, got fail ("gave a source without first asking about the need or restating it", evidence '
    + 'the apple steps message, the first source): RUBRIC inquiry.clarify, "was it an iphone or an android?" is a provider '
    + 'question about the patron\'s situation that shapes the answer (which phone), asked before the first message that gives a '
    + 'source; the sympathy "omg so sry abt ur phone n all ur pics" was not read as a source (the evidence is the later message), '
    + 'the chat-speak question itself is not read (older: v72 fail the same)',
  'AM11 for: "Does that finding aid have all she needs for the project?"':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the finding aid was given (its URL, in the same message before the question), and "Does that '
    + 'finding aid have all she needs for the project?" asks whether it meets the daughter\'s need (older: v72 fail the same)',
  'AM11 for: "cool, did the mva page hav evrything u needed?" (chat-speak, typos)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the MVA checklist page was given (mva.example.gov/realid) and the patron looked at it; "did the mva '
    + 'page hav evrything u needed?" asks whether it met the need, in chat-speak with typos (older: v72 fail the same)',
  'AM11 for: "¿Esa página tiene todo lo que necesita?" (Spanish)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the IRS page was given (irs.example.gov/es/transcripcion) before the question, which asks whether '
    + 'that page has everything the patron needs (older: v72 fail the same)',
  'AM11 for: "Has that obituary index got all your uncle needs, do you think?" (another verb and order)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the obituary index was given (its URL and the entry) before the question, which asks whether it '
    + 'has all the uncle needs (older: v72 fail the same)',
  'AM11 against: "Does your renter\'s insurance cover you for the bike?" (not about information)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence "Does your '
    + 'renter\'s insurance cover you for the bike?"): RUBRIC followup.completeness, the question asks about the patron\'s '
    + 'insurance, not whether the police report page given meets the need; no other question follows the source (older: v72 '
    + 'pass the same)',
  'AM11 against: "Does your passport still cover you through the end of March?" (the patron\'s own passport)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence "Does your '
    + 'passport still cover you through the end of March?"): RUBRIC followup.completeness, the question asks about the patron\'s '
    + 'own passport, not whether the State Department page given meets the need; no other question follows the source (older: '
    + 'v72 pass the same)',
  'AM11 against: "I can put you first in line for the new one when it arrives; would that cover you?" (only offered)':
    'followup.completeness: expected fail, got pass ("asked whether the information given meets the need", evidence "I can put '
    + 'you first in line for the new one when it arrives; would that cover y…"): RUBRIC followup.completeness, "that" is the '
    + 'hold only offered, something not yet given ("A question about something not yet given (\'would a scan be what you '
    + 'need?\') does not count"); no other question follows the catalogue link (older: v72 pass the same)',
  'AM6b for: "Do these look like what your mom is after?"':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the catalogue list and two series were given before the question, which asks whether they are '
    + 'what the mother (for whom the patron asks) is after, i.e. whether they meet the need (older: v72 fail the same)',
  'AM6b for: "Does the Kelley Blue Book page look like what your husband needs?" (a named page)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the Kelley Blue Book trade-in page was given (kbb.example.com/trade-in) before the question, '
    + 'which asks whether it meets the husband\'s need (older: v72 fail the same)',
  'AM6b for: "¿Eso se parece a lo que necesita su hijo?" (Spanish)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the catalogue search and the Oxford Bookworms series were given before the question, which asks '
    + 'whether that looks like what the son needs (older: v72 fail the same)',
  'AM6b for: "Would those plates look like what your dad has in mind?" (would, has in mind)':
    'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC '
    + 'followup.completeness, the 1877 atlas plates were given (mdmaps.example.org/kent1877) before the question, which asks '
    + 'whether they are what the father wants, i.e. whether they meet the need (older: v72 fail the same)',
};

describe('eighty-sixth round: block AM (AM9, AM11, AM6b) checked blind, both ways, part am4', () => {
  for (const [t, cs] of [['AM9', am9], ['AM11', am11], ['AM6b', am6b]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
