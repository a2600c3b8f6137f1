/**
 * Sixty-second round, seventh blind check of block V (rubric v56): the last mends V5, V12, V8, V13, V17 and V1 tried both ways in
 * cases written by a helper who did not see the author's cases nor the earlier blind checks, each labelled from RUBRIC.md before it
 * ran ("for": the meant behaviour in new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses
 * the block must not read, and older readings it must not break). Checks: referral.contact (V5, V12: RUBRIC Terms, Referral: telling
 * the patron to contact or visit a person or organisation outside the chat; na when there is none; pass when every party comes with
 * an e-mail, phone, postal address or URL), followup.completeness (V8: asks whether the information already given meets the need;
 * "a question about something not yet given" does not count), info.source (V13: a URL or domain is a source), transfer.handoff,
 * interest.keep_informed and inquiry.clarify (V17: the patron told about the transfer in a visible message; an announcement of a
 * transfer is a hold message), closing.no_dismissal (V1: "that they have reached a limit of questions" fails).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - V5: "pick one / a form / a permit up at <an agency's office>" tells the patron to visit that party: a referral. A condition
 *   ("If you ever pick one up at the DMV, …", "Whenever you next pick them up at …"), and the provider's own act ("I'll pick one up at
 *   the clerk's office for you") tell the patron nothing: na.
 * - V12: "ask / call / contact / e-mail the local, county, state <ACRONYM>" refers to that office; a condition ("If you call the county
 *   SWCD, ask for …": the patron is told what to ask for, not to call), the provider's own act and the office's map, viewer or data
 *   (a source to use) are no referral: na.
 * - V8: "Did the <sample / checklist / video …> made your <own thing> clearer?" asked after that thing was given asks whether what
 *   was given meets the need: pass. The patron's own device or someone else's thing ("Did the scanner …", "Did the new printer …") is
 *   not the information given; "Would a template make …" asks about something not yet given: fail.
 * - V13: an address under ".me" with a path is a URL, a source. A word and "Me" run together ("everything.Me/Dana …") is no
 *   address: with no other source, a substantive exchange with none fails.
 * - V17: "I'll send you to Rosa" after a clause break tells the patron about the transfer (handoff passes when the note and the
 *   transfer are there; without a transfer, the announcement is a hold, so a 200 s gap after it is a wait on the provider). "Did /
 *   had … send you to …?" asked of the patron about how they got here is no notice (handoff fails when nothing else tells them; a
 *   question about the patron's situation counts for clarify; no hold, so the 200 s after it is a wait on the patron).
 * - V1: "ya usó / agotó / gastó (todas) sus preguntas (de hoy)" tells the patron they reached a limit of questions: fail, whatever
 *   way back follows. A condition ("si ya usó sus preguntas con el tutor, …"), a negation, and questions that are exercises in a
 *   book ("ya usó las preguntas de práctica del libro") are no limit told: pass.
 *
 * COUNTS. Written: 36 cases, 18 for and 18 against (V5 3/3, V12 3/4, V8 3/3, V13 3/2, V17 3/3, V1 3/3), all labelled from RUBRIC.md
 * and copied aside before the first run. First run as labelled: 35 of 36. Disagreeing: 1. Label corrections: 0.
 * Final: 35 running, 1 LEFT (rubric v55 scored on it to tell "older" from "V caused"):
 * - closing.no_dismissal, expected pass / got fail: "Ya usó las preguntas de práctica del libro; el capítulo 5 trae más, …" (exercises
 *   in a book, no limit told; USO_PREGUNTAS_V1 reads "usó las preguntas" whatever questions they are; V caused: v55 pass).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the one reading V caused ("Ya usó las preguntas de práctica del libro; …") is mended
 *   (V1's Spanish reads only the patron's own questions, "sus / tus", not another thing's, "… de práctica", "… del examen"; "de
 *   hoy / de esta semana" still read), checked by the full suite only: 36 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { councilHandover, describeWithLeft, noTransfer, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Fenwick County Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'east side' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca del Condado de Fenwick.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const v5: SessionCase[] = [
  c('V5 for: "u can pick one up at the county health department, its free"', said('where can i get a radon test kit', 'u can pick one up at the county health department, its free for residents'), NO_WAY),
  c('V5 for: "Pick a permit up at the Parks Department office, 22 Elm St., Fenwick."', said('do i need a permit for a picnic shelter', 'Yes for groups over 20. Pick a permit up at the Parks Department office, 22 Elm St., Fenwick.'), WITH_WAY),
  c('V5 for: "You can also pick the form up at the Social Security office downtown."', said('how do i replace my social security card', 'Most people do it online, but you can also pick the form up at the Social Security office downtown.'), NO_WAY),
  c('V5 against: "If you ever pick one up at the DMV, keep the receipt." (condition)', said('any tips on renewing a license plate sticker', 'A small tip: if you ever pick one up at the DMV, keep the receipt in the glove box.'), NONE),
  c('V5 against: "Whenever you next pick them up at the pharmacy, check the label." (condition)', said('books on managing my moms medicines', 'Sure, there are a few. One tip from them: whenever you next pick them up at the pharmacy, check the label.'), NONE),
  c('V5 against: "I\'ll pick one up at the clerk\'s office for you tomorrow." (own act)', said('can i get a copy of the meeting agenda', 'They only print them. I\'ll pick one up at the clerk\'s office for you tomorrow and leave it at the desk.'), NONE),
];

export const v12: SessionCase[] = [
  c('V12 for: "ur best move is to ask the local FSDO abt the crash file"', said('my grandpa crashed a small plane in 1971, any records', 'ur best move is to ask the local FSDO abt the crash file'), NO_WAY),
  c('V12 for: "Contact your county SWCD, (410) 555-0182, about cost-share."', said('is there help paying for a rain garden', 'There is a program for that. Contact your county SWCD, (410) 555-0182, about cost-share.'), WITH_WAY),
  c('V12 for: "Email the state DNR and they can say if the pond needs a permit."', said('do i need a permit to dig a pond', 'It depends on the size. Email the state DNR and they can say if the pond needs a permit.'), NO_WAY),
  c('V12 against: "If you call the county SWCD, ask for the cost-share sheet." (condition)', said('books on rain gardens?', 'We have several. A tip: if you call the county SWCD, ask for the cost-share sheet.'), NONE),
  c('V12 against: "Go to the county GIS parcel viewer and zoom in on your lot." (a source)', said('where is my property line', 'The county has a map of that. Go to the county GIS parcel viewer and zoom in on your lot.'), NONE),
  c('V12 against: "Once you contact the state DNR, keep their reply." (condition)', said('anything on pond building', 'Yes, two books. One says: once you contact the state DNR, keep their reply with your plans.'), NONE),
  c('V12 against: "I\'ll email the county SWCD myself and ask." (own act)', said('does the county still give out tree seedlings', 'I am not sure this year. I\'ll email the county SWCD myself and ask.'), NONE),
];

const SOURCE_GIVEN = 'Here is one at fenwicklib.org/guides/resumes with a sample and a checklist.';
export const v8: SessionCase[] = [
  c('V8 for: "Did the sample make your resume any clearer?"', said('how do i make my resume look better', `${SOURCE_GIVEN} Did the sample make your resume any clearer?`), some({ complete: 'pass' })),
  c('V8 for: "did the checklist make ur plan clearer?" (chat-speak)', said('how do i plan a move', 'try fenwicklib.org/guides/moving, it has a checklist. did the checklist make ur plan clearer?'), some({ complete: 'pass' })),
  c('V8 for: "Has the video made your steps clearer?"', said('how do i knit a cable stitch', 'Creativebug has a video at fenwicklib.org/creativebug. Has the video made your steps clearer?'), some({ complete: 'pass' })),
  c('V8 against: "Did the scanner make your copies clearer?" (a device)', said('how do i copy old photos', 'The scanning guide is at fenwicklib.org/guides/scan. Did the scanner make your copies clearer?'), some({ complete: 'fail' })),
  c('V8 against: "Did the new printer make your labels clearer?" (a device)', said('how do i print address labels', 'Word has a label wizard; steps at fenwicklib.org/guides/labels. Did the new printer make your labels clearer?'), some({ complete: 'fail' })),
  c('V8 against: "Would a template make your letter clearer?" (not yet given)', said('how do i write a complaint letter', 'Consumer Reports has advice at fenwicklib.org/cr. Would a template make your letter clearer?'), some({ complete: 'fail' })),
];

export const v13: SessionCase[] = [
  c('V13 for: "Her portfolio is at about.me/lena-ortiz-art."', said('does the artist lena ortiz have a website', 'Yes. Her portfolio is at about.me/lena-ortiz-art.'), some({ source: 'pass' })),
  c('V13 for: "the rules r at li.me/help" (end of message)', said('can i ride a lime scooter on the sidewalk', 'depends on the city, the rules r at li.me/help'), some({ source: 'pass' })),
  c('V13 for: "see bio.me/jt42 for his talks"', said('where can i find the speaker jt from the author event', 'He keeps a page, see bio.me/jt42 for his talks.'), some({ source: 'pass' })),
  c('V13 against: "I checked everything.Me/Dana at the desk found nothing either." (no address)', said('who built the old mill on river rd', 'Sorry, I checked everything.Me/Dana at the desk found nothing either.'), some({ source: 'fail' })),
  c('V13 against: "Searched it all.Me/Kay came up empty on the name." (no address)', said('who was the first mayor of fenwick', 'Searched it all.Me/Kay came up empty on the name, sorry.'), some({ source: 'fail' })),
];

const CLERK = 'hi, how do i renew my library card online';
export const v17: SessionCase[] = [
  c('V17 for: "Our index had no hits so I\'ll send you to Rosa in Local History." (handoff)', councilHandover('Our index had no hits so I\'ll send you to Rosa in Local History.'), some({ transfer: 'pass' })),
  c('V17 for: "Nothing came up, I\'m going to send you to Rosa, she knows the minutes." (handoff)', councilHandover('Nothing came up, I\'m going to send you to Rosa, she knows the minutes.'), some({ transfer: 'pass' })),
  c('V17 for: "I did search but I\'ll send you to our history librarian now." (a hold)', noTransfer(CLERK, 'I did search but I\'ll send you to our history librarian now.'), some({ informed: 'fail' })),
  c('V17 against: "Did the link in the email send you to the renewal page?" (handoff, no notice)', councilHandover('Did the link in the email send you to the renewal page?'), some({ transfer: 'fail' })),
  c('V17 against: "Had the desk staff sent you to us, or did you find the chat yourself?" (no hold)', noTransfer(CLERK, 'Had the desk staff sent you to us, or did you find the chat yourself?'), some({ informed: 'pass' })),
  c('V17 against: "Did the renewal email send you to a login page?" (clarify)', asked(CLERK, 'Did the renewal email send you to a login page or a form?', 'a login page', 'Log in at fenwicklib.org/account with your card number and PIN.'), some({ clarify: 'pass' })),
];

export const v1: SessionCase[] = [
  c('V1 for: "Ya usó todas sus preguntas de hoy. Puede volver mañana."', es.said('y otra pregunta, dónde está el libro de cocina', 'Lo siento, ya usó todas sus preguntas de hoy. Puede volver mañana.'), some({ dismissal: 'fail' })),
  c('V1 for: "agotaste tus preguntas x hoy, vuelve mañana" (chat-speak)', es.said('otra cosa, tienen clases de inglés', 'agotaste tus preguntas x hoy, vuelve mañana porfa'), some({ dismissal: 'fail' })),
  c('V1 for: "Usted ya gastó sus preguntas de esta semana; escríbanos el lunes."', es.said('y cómo saco la tarjeta', 'Usted ya gastó sus preguntas de esta semana; escríbanos el lunes.'), some({ dismissal: 'fail' })),
  c('V1 against: "Si ya usó sus preguntas con el tutor, aquí le seguimos ayudando." (condition)', es.said('el tutor de Brainfuse no me contesta', 'Si ya usó sus preguntas con el tutor, aquí le seguimos ayudando. ¿Es de matemáticas?'), some({ dismissal: 'pass' })),
  c('V1 against: "Cuando ya agotó sus preguntas en el examen, no puede volver atrás." (condition, a test)', es.said('cómo funciona el examen de manejo en línea', 'El manual está en dmv.example.org. Cuando ya agotó sus preguntas en el examen, no puede volver atrás.'), some({ dismissal: 'pass' })),
  c('V1 against: "Ya usó las preguntas de práctica del libro; el capítulo 5 trae más." (exercises)', es.said('necesito más ejercicios para el examen de ciudadanía', 'Ya usó las preguntas de práctica del libro; el capítulo 5 trae más, y hay otras en uscis.example.gov.'), some({ dismissal: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: block V checked blind, both ways (seventh check)', () => {
  for (const [t, cs] of [['V5', v5], ['V12', v12], ['V8', v8], ['V13', v13], ['V17', v17], ['V1', v1]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
