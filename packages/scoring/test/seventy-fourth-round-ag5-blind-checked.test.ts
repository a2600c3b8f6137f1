/**
 * Seventy-fourth round, part ag5: the second blind check of block AG (rubric v67): AG3, AG4, AG5, AG8, AG9 / AG10, AG11 and AG12
 * tried both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran
 * ("for": the meant reading in new words: chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block
 * must not read, the mends of the first blind check tried with other words, and older readings it must not break).
 * Checks:
 * - inquiry.clarify (AG3; RUBRIC: pass when the provider asks the patron a question about the need, or restates the question ("so
 *   you need…"), before the first message that gives a source; fail otherwise).
 * - followup.contact, resolution.code, followup.on_time (AG4; RUBRIC Terms, Follow-up session: the code is a follow-up code or the
 *   provider promises in the chat to send or find more later; followup.contact is na unless a follow-up session, pass when the
 *   patron's e-mail is confirmed in the chat and the provider says when; resolution.code fails when the provider promised a
 *   follow-up and the code is not a follow-up code; followup.on_time is na unless a follow-up session, pending before its deadline).
 * - referral.contact (AG5, AG9, AG10, AG12; RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation
 *   outside the chat (call, write to, ask or visit them); a website for the patron to use is a source, not a referral; staff the
 *   provider consults on the patron's behalf are not; na when there is no referral; pass when every party comes with an e-mail,
 *   phone, postal address or URL; fail otherwise).
 * - info.source (AG8; RUBRIC: pass when the provider gives a URL or domain, an e-mail or phone for a referral, or a named resource
 *   (a database, the catalogue, a guide, a book, a web page with the steps to reach it); an organisation or app named without a way
 *   to reach it is not a source; fail: a substantive exchange with no source).
 * - followup.completeness (AG11; RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 *   whether the information already given meets the need; a question about something not yet given does not count; fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AG3: a provider statement opening on "(ok / right / got it,) so your <people> wants / needs / is trying to find …" that says
 *   back what the patron asked for their people restates the question (pass). One that states a rule or a consequence for them
 *   ("So your boss needs to sign section 2 first", "So your daughter needs to wait about two weeks") says back nothing the patron
 *   asked: no restatement (fail when nothing else clarifies before the source).
 * - AG4: "I'll / we'll have <it / them / the … thing> (over) to you" with a later day is the provider's promise to send more later: a
 *   follow-up session. "… to you in 5 minutes" in a chat where it then comes is no promise of later; a party's own words quoted ("We'll
 *   have your copy to you …" on an archive's page) are not the provider's promise; "you might as well have the prints mailed to you"
 *   is advice, not a promise.
 * - AG5: a Spanish plural imperative or a plural lead-in before a referring verb said to the patron and their people ("pregunten
 *   en", "les recomiendo que hablen con", "tienen que comunicarse por correo con") tells them to contact the party: a referral.
 *   Others as the subject ("los encuestadores del censo llamen a su puerta"), colleagues the provider asks to call on the patron's
 *   behalf, a web page to go to: no referral (na).
 * - AG8: a path of menu steps in a phone's settings is how to do something on the patron's own device, not a source; a path on a
 *   website (the county's site, the library's site, even through its account settings) is a web page with the steps to reach it.
 * - AG9 / AG10: "llame antes de ir", "come by one of their meetings", "pasen por una de sus charlas" after a party named before them
 *   tell the patron to call or visit that party. A brochure's advice about calling the patron's own grandmother, the provider's own
 *   past call ("llamé antes de ir" is "llame" once folded), a visit the patron is told is not needed: no referral.
 * - AG11: a Spanish question whether a drawing or photo just given matches what the patron saw asks whether what was given meets the
 *   need. A condition ("Si la imagen coincide con su moneda, …") and a photo question asked before anything was given do not count.
 * - AG12: telling the patron to fax a party (an office, a board, an authority) tells them to write to it: a referral, with its way
 *   when the fax number is given. Faxing the patron's own office, or a pharmacy faxing the patron's doctor: no referral.
 *
 * COUNTS. Written: 35 cases, 18 for and 17 against (AG3 3/2, AG4 2/3, AG5 3/3, AG8 2/2, AG9 / AG10 3/3, AG11 2/2, AG12 3/2), in
 * one batch, labels copied aside to /tmp/s72/ag5-labels.ts before the first run. First run as labelled: 28 of 35. Disagreeing: 7.
 * Label corrections: 0 (each reread against RUBRIC's inquiry.clarify rule, its Follow-up session term or its Referral term; the
 * labels stand). Final: 28 running, 7 LEFT, each scored with rubric v66 to tell "older" from "caused by AG": 6 caused by AG, 1 older.
 * - caused by AG (v66 as labelled):
 *   - inquiry.clarify, expected fail / got pass: "So your boss needs to sign section 2 first, then your doctor fills in section 3."
 *     (a rule read as a restatement: "needs to sign" is not mended as "has to sign" is).
 *   - inquiry.clarify, expected fail / got pass: "All 3 copies are checked out and there are 9 holds. So your daughter needs to wait
 *     about two weeks if you place a hold today." (a consequence opening its sentence; the mend takes only mid-sentence "…, so").
 *   - follow-up, expected na / pass / na, got fail / fail / pending: "I'll have the article to you in 5 minutes, it's in our Consumer
 *     Reports database and I'm pulling it up now." (given in the chat 110 s on; the chat-time guard lacks "in 5 minutes").
 *   - follow-up, expected na / pass / na, got fail / fail / pending: "… so you might as well have the prints mailed to you." ("as
 *     well have" taken as "we'll have").
 *   - referral.contact, expected na / got fail: "Lo que aconseja el folleto: llame antes de ir, así su abuela sabe que va a tener
 *     visita." (the tip guard misses this lead-in; the grandmother is the patron's own).
 *   - referral.contact, expected na / got fail: "Just fax the pages to your office from there." (the patron's own office; the
 *     own-fax guard lacks "your office").
 * - older (v66 the same): inquiry.clarify, expected pass / got fail: "So your son's 4th grade class wants to visit a working farm
 *   near Baltimore." (three words between "your" and "class"; AG3 takes two).
 * MENDED before v67 landed (the author, after this check; labels unchanged): AG3 reads "needs / wants to" only with a verb of
 *   finding or learning ("needs to find", "wants to visit"), and up to three words before the noun ("your son's 4th grade class");
 *   AG4 takes "in 5 minutes" as the chat's own time and not "as well have"; AG9's tip lead-ins take "Lo que aconseja el folleto:";
 *   AG12 not "to your office". All seven run; none LEFT.
 * WITHDRAWN before v67 landed: AG4, after a third blind check found three more false readings; its two for cases are LEFT
 *   (`NO_PROMISE_AG4`, older), its against cases run.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NO_PROMISE_AG4, NO_SOURCE, NO_WAY, NONE, NOT_ASKED, SOURCE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Marisol, a librarian with Ask Us at Brookfield Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'eastside' });
const HI_ES = 'Hola, soy Marisol, bibliotecaria de la Biblioteca Pública de Brookfield.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

/** inquiry.clarify: a question about the need or a restatement before the first source, or none. */
const CLARIFIED = some({ clarify: 'pass' });
const NOT_CLARIFIED = some({ clarify: 'fail' });
/** A follow-up session by promise (code "Answered"): the e-mail confirmed and the day said; the code fails; the follow-up pending. */
const PROMISED = some({ contact: 'pass', code: 'fail', onTime: 'pending' });
/** No follow-up session: no promise, code "Answered". */
const NOT_PROMISED = some({ contact: 'na', code: 'pass', onTime: 'na' });

/** A session where the provider asks for the patron's e-mail (`ask`), the patron gives `email`, and the provider says `promise`. */
const promiseLines = (q: string, clarify: string, answer: string, ask: string, email: string, promise: string, bye = 'Thanks for chatting, bye!'): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ${clarify}`],
  [50, 'p', answer],
  [70, 'l', ask],
  [100, 'p', email],
  [110, 'l', promise],
  [140, 'p', 'great thanks'],
  [150, 'l', bye],
];

export const ag3: SessionCase[] = [
  // ---- AG3 for: the question said back as one the patron asks for their people, opening the sentence
  c('AG3 for: "ok so ur book club wants to read something set in iceland, got it." (chat-speak)', asked('any good books for my book club? we want something set in iceland', 'ok so ur book club wants to read something set in iceland, got it.', 'yep thats it', 'Try "Burial Rites" by Hannah Kent, set in 1820s Iceland; we have 8 copies, see the catalog at brookfieldlib.example.org.'), CLARIFIED),
  c('AG3 for: "Right, so your grandma is trying to find her father\'s naturalization papers."', asked('my grandmother wants to find her dads citizenship papers, he came from poland in 1910', "Right, so your grandma is trying to find her father's naturalization papers.", 'yes', 'Naturalization records from 1910 are indexed on FamilySearch at familysearch.org/search, and the files themselves are at uscis.gov/genealogy.'), CLARIFIED),
  c('AG3 for: "So your son\'s 4th grade class wants to visit a working farm near Baltimore." (three words before "class")', asked("my son's 4th grade class wants to visit a real farm near baltimore, any ideas", "So your son's 4th grade class wants to visit a working farm near Baltimore.", 'yes, about 25 kids', "The Maryland Department of Agriculture's list at mda.maryland.gov/farms-to-visit has working farms that host school groups."), CLARIFIED),
  // ---- AG3 against: a rule or a consequence for the patron's people, opening the sentence with "So your … needs"
  c('AG3 against: "So your boss needs to sign section 2 first, then your doctor fills in section 3." (a rule)', asked('how do i get my fmla paperwork done, my job sent me a form', 'So your boss needs to sign section 2 first, then your doctor fills in section 3.', 'ok', "The Department of Labor's instructions for the form are at dol.gov/agencies/whd/fmla."), NOT_CLARIFIED),
  c('AG3 against: "So your daughter needs to wait about two weeks if you place a hold today." (a consequence)', asked('can i get the new percy jackson book for my daughter', 'All 3 copies are checked out and there are 9 holds. So your daughter needs to wait about two weeks if you place a hold today.', 'ok put a hold on it', 'Done! You can see the hold under My Account at brookfieldlib.example.org.'), NOT_CLARIFIED),
];

export const ag4: SessionCase[] = [
  // ---- AG4 for: "I'll / we'll have <thing> (over) to you" with a later day, the e-mail confirmed
  c(
    'AG4 for: "I\'ll have the marriage record scan to you by Thursday."',
    promiseLines('do you have the 1921 marriage record for john kowalski and anna nowak in carroll county?', 'Do you know the month?', 'june i think', "The 1921 Carroll County marriage index is on microfilm here, so it has to be pulled from storage. What's a good e-mail for you?", 'anna.k@example.com', "Thanks, I have anna.k@example.com. I'll have the marriage record scan to you by Thursday."),
    PROMISED,
  ),
  c(
    'AG4 for: "we\'ll have them over to u by friday as pdfs" (chat-speak)',
    promiseLines('hey do u have the old pta newsletters from 2004, like the spring ones', "Which school's PTA?", 'lincoln elem', 'we have a box of those in the archive! whats ur email?', 'jpark22@example.com', "got it, jpark22@example.com. we'll have them over to u by friday as pdfs", 'np, bye!'),
    PROMISED,
  ),
  // ---- AG4 against: the chat's own time, a party's words quoted, "as well have" advice
  c(
    'AG4 against: "I\'ll have the article to you in 5 minutes, …" (then given in the chat)',
    [
      [0, 'p', 'can u find me the consumer reports review of the 2024 honda cr-v'],
      [20, 'l', `${HI} Do you have a library card with us?`],
      [50, 'p', 'yes'],
      [70, 'l', "Great. I'll have the article to you in 5 minutes, it's in our Consumer Reports database and I'm pulling it up now."],
      [180, 'l', 'Here it is: the 2024 CR-V review is on pages 34-36 of the April issue, in Consumer Reports at brookfieldlib.example.org/cr. Does that help?'],
      [210, 'p', 'perfect thanks'],
      [220, 'l', 'Thanks for chatting, bye!'],
    ],
    NOT_PROMISED,
  ),
  c(
    'AG4 against: "Their copy request page … says: \\"We\'ll have your copy to you within 10 business days of payment.\\"" (the archive\'s words)',
    said('how do i get a copy of my great grandfathers deed from 1935 in frederick county', 'The Maryland State Archives holds Frederick County land records. Their copy request page, msa.maryland.gov/msa/refserv/html/copies.html, says: "We\'ll have your copy to you within 10 business days of payment."'),
    NOT_PROMISED,
  ),
  c(
    'AG4 against: "… so you might as well have the prints mailed to you." (advice)',
    said('i want copies of the 1950s photos of main street from the display, can i pick them up', 'Prints are $5 each and postage is only $1, so you might as well have the prints mailed to you. The order form is at brookfieldlib.example.org/photo-orders.'),
    NOT_PROMISED,
  ),
];

export const ag5: SessionCase[] = [
  // ---- AG5 for: plural imperatives and plural lead-ins said to the patron and their people
  c('AG5 for: "Pregunten en la Oficina del Registro Civil del condado (410-555-0123); …"', es.said('queremos ver los registros de nacimiento de mi abuelo, somos tres hermanos', 'Pregunten en la Oficina del Registro Civil del condado (410-555-0123); ellos guardan los registros de antes de 1930.'), WITH_WAY),
  c('AG5 for: "Además, les recomiendo que hablen con la trabajadora social del hospital antes del alta." (no way given)', es.said('mi mamá sale del hospital la semana que viene y mis hermanos y yo no sabemos qué ayuda hay en casa', 'Lo siento, es mucho. Hay una guía de cuidados en casa en medlineplus.gov/spanish/homecare.html. Además, les recomiendo que hablen con la trabajadora social del hospital antes del alta.'), NO_WAY),
  c('AG5 for: "Tienen que comunicarse por correo con la oficina de grupos del zoológico, grupos@zoo.example.org, …"', es.said('somos maestras y queremos llevar a 40 niños al zoológico, ¿cómo reservamos?', 'Para grupos de más de 15 personas no se puede reservar en línea. Tienen que comunicarse por correo con la oficina de grupos del zoológico, grupos@zoo.example.org, con dos semanas de anticipación.'), WITH_WAY),
  // ---- AG5 against: others as the subject, colleagues asked on the patron's behalf, a web page
  c('AG5 against: "Es posible que los encuestadores del censo llamen a su puerta este mes …" (others)', es.said('¿el censo viene a las casas? vivimos varios en un apartamento', 'Sí. Es posible que los encuestadores del censo llamen a su puerta este mes si no han respondido; las preguntas están en census.gov/es.'), NONE),
  c('AG5 against: "Voy a pedirles a mis colegas que llamen a la sucursal central por ustedes; …" (staff on the patron\'s behalf)', es.said('¿tienen Cien años de soledad en letra grande? es para mis padres', 'No aparece en nuestro catálogo en letra grande. Voy a pedirles a mis colegas que llamen a la sucursal central por ustedes; a veces tienen ejemplares que no salen en el catálogo.'), NONE),
  c('AG5 against: "Vayan a la página del DMV, dmv.example.gov/es/renovar, y llenen la solicitud en línea; …" (a web page)', es.said('¿cómo renovamos la licencia de manejo mi esposo y yo?', 'Vayan a la página del DMV, dmv.example.gov/es/renovar, y llenen la solicitud en línea; tarda unos 10 minutos.'), NONE),
];

export const ag8: SessionCase[] = [
  // ---- AG8 for: a phone's settings path alone is no source
  c('AG8 for: "u can do it right on his phone: settings>screen time>app limits, …" (chat-speak)', said('how do i stop my son from being on youtube all night on his iphone', 'u can do it right on his phone: settings>screen time>app limits, then tap add limit, pick youtube and set the hours'), NO_SOURCE),
  c('AG8 for: "Puede apagarlo en su teléfono: Ajustes > Privacidad y seguridad > Localización, …" (Spanish)', es.said('¿cómo hago para que el mapa de mi celular no sepa dónde estoy?', "Puede apagarlo en su teléfono: Ajustes > Privacidad y seguridad > Localización, y ahí elija la app de mapas y marque 'Nunca'."), NO_SOURCE),
  // ---- AG8 against: a website's path is still a web page with the steps to reach it
  c("AG8 against: \"On the county's website, go to Departments > Clerk of Court > Marriage Licenses; …\"", said('where can i find the marriage license application for the county', "On the county's website, go to Departments > Clerk of Court > Marriage Licenses; the application is a fillable PDF there."), SOURCE),
  c('AG8 against: "On our website, log in and go to My Account > Settings > Text Alerts, …" (a site\'s account settings)', said('how do i get text alerts when my holds come in', 'On our website, log in and go to My Account > Settings > Text Alerts, then add your cell number.'), SOURCE),
];

export const ag9ag10: SessionCase[] = [
  // ---- AG9 / AG10 for: "llame antes de ir", "come by one of their meetings", "pasen por una de sus charlas" after the party
  c('AG9 for: "La Sociedad Puertorriqueña de Genealogía tiene copias … Llame antes de ir: …" (no way given)', es.said('busco los registros de bautismo de mi bisabuela en Ponce, Puerto Rico', 'La Sociedad Puertorriqueña de Genealogía tiene copias de los libros parroquiales de Ponce. Llame antes de ir: abren solo los martes y sábados.'), NO_WAY),
  c('AG10 for: "the Portland Rose Society is at portlandrosesociety.example.org, super friendly ppl, come by one of their meetings!!" (chat-speak)', said('where can i learn to grow roses in portland', 'the Portland Rose Society is at portlandrosesociety.example.org, super friendly ppl, come by one of their meetings!! they do pruning demos in feb'), WITH_WAY),
  c('AG10 for: "… el Club de Astronomía de Mesa da charlas gratis para familias. Pasen por una de sus charlas de los jueves, …" (no way given)', es.said('mis hijos quieren ver planetas con telescopio, ¿hay algún club?', 'Sí, el Club de Astronomía de Mesa da charlas gratis para familias. Pasen por una de sus charlas de los jueves, llevan telescopios al parque.'), NO_WAY),
  // ---- AG9 / AG10 against: a brochure's advice about the patron's grandmother, the provider's own past call, a visit not needed
  c('AG9 against: "Lo que aconseja el folleto: llame antes de ir, así su abuela sabe que va a tener visita." (the patron\'s own grandmother)', es.said('mi abuela vive sola y tiene alzhéimer, ¿hay consejos para visitarla?', "La Asociación de Alzheimer tiene un folleto en español, 'Visitas que ayudan', en alz.org/espanol. Lo que aconseja el folleto: llame antes de ir, así su abuela sabe que va a tener visita."), NONE),
  c('AG9 against: "Yo fui en marzo: llamé antes de ir y me dijeron lo mismo." (the provider\'s own past call)', es.said('¿hay que reservar para el Museo del Ferrocarril B&O?', 'El Museo del Ferrocarril B&O dice en su página, borail.example.org/visitar, que no hace falta reservar para grupos de menos de 10. Yo fui en marzo: llamé antes de ir y me dijeron lo mismo.'), NONE),
  c("AG10 against: \"… so you don't have to come to one of their meetings to get them.\" (a visit not needed)", said('do you have books on knitting socks? i heard theres a guild too but i dont want to go to meetings', "We have \"Custom Socks\" by Kate Atherley at Eastside, call number 746.43 ATH. The Cascade Knitters Guild also posts free sock patterns at cascadeknitters.example.org/patterns, so you don't have to come to one of their meetings to get them."), NONE),
];

export const ag11: SessionCase[] = [
  // ---- AG11 for: a Spanish question whether the drawing or photo given matches
  c('AG11 for: "¿Se parece el dibujo al escudo que vio en la iglesia?"', es.said('vi un escudo pintado en una iglesia vieja de San Antonio, un águila con una serpiente', 'Parece el escudo de México de la época colonial. Hay un dibujo en la página del Instituto Cultural Mexicano, icmsa.example.org/escudo. ¿Se parece el dibujo al escudo que vio en la iglesia?'), ASKED),
  c('AG11 for: "y esa foto se parece a tu mariposa?" (chat-speak)', es.said('q mariposa es una naranja con negro q vi en mi jardin', 'suena a una monarca! hay fotos en monarchwatch.org/espanol. y esa foto se parece a tu mariposa?'), ASKED),
  // ---- AG11 against: a condition, a photo question before anything was given
  c('AG11 against: "Si la imagen coincide con su moneda, vale entre 10 y 50 centavos." (a condition)', es.said('encontré una moneda de un centavo gris, ¿vale algo?', 'Puede ser un centavo de acero de 1943. La Casa de Moneda tiene una imagen en usmint.gov/es/monedas. Si la imagen coincide con su moneda, vale entre 10 y 50 centavos.'), NOT_ASKED),
  c('AG11 against: "¿La foto se parece a un velero o a un barco de vapor?" (before any source or answer)', es.asked('tengo una foto vieja de un barco donde trabajó mi bisabuelo, ¿cómo sé qué barco es?', '¿La foto se parece a un velero o a un barco de vapor?', 'a un vapor, tiene dos chimeneas', 'Entonces busque en la colección de fotos de barcos de vapor del Museo Marítimo de Mystic, research.mysticseaport.org, por el nombre del puerto.'), NOT_ASKED),
];

export const ag12: SessionCase[] = [
  // ---- AG12 for: faxing a party
  c('AG12 for: "… then fax it over to the MVA medical advisory board @ 410-555-0161, …" (chat-speak)', said('the mva sent me a medical form for my license, where does it go', 'your doctor fills it out, then fax it over to the MVA medical advisory board @ 410-555-0161, they dont take email'), WITH_WAY),
  c('AG12 for: "The Assessor\'s office only takes appeals on paper, so send it by fax at 503-555-0190 before April 1."', said('how do i send my property tax appeal', "The Assessor's office only takes appeals on paper, so send it by fax at 503-555-0190 before April 1."), WITH_WAY),
  c('AG12 for: "Fax the completed application to the Housing Authority along with …" (no way given)', said('i filled out the section 8 application, now what', 'Great! Fax the completed application to the Housing Authority along with copies of your last two pay stubs.'), NO_WAY),
  // ---- AG12 against: the patron's own office, what a pharmacy does
  c('AG12 against: "Just fax the pages to your office from there." (the patron\'s own office)', said('can i fax things from the library? i need these pages at work', 'Yes, the copier on the 2nd floor scans and faxes, $1 a page. Just fax the pages to your office from there.'), NONE),
  c('AG12 against: "Usually the pharmacy will fax the refill request to your doctor, …" (what others do)', said("my pharmacy says my refill needs the doctor's ok, what happens now", "Usually the pharmacy will fax the refill request to your doctor, and the doctor's office faxes the approval back. The steps are explained at medlineplus.gov/refills."), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // caused by AG (v66 scored them as labelled)
  'AG4 for: "I\'ll have the marriage record scan to you by Thursday."':
    NO_PROMISE_AG4,
  'AG4 for: "we\'ll have them over to u by friday as pdfs" (chat-speak)':
    NO_PROMISE_AG4,
};

describe('seventy-fourth round, part ag5: block AG checked blind, both ways', () => {
  for (const [t, cs] of [['AG3', ag3], ['AG4', ag4], ['AG5', ag5], ['AG8', ag8], ['AG9 / AG10', ag9ag10], ['AG11', ag11], ['AG12', ag12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
