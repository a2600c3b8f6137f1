/**
 * Sixty-third round, third blind check of block W (rubric v57): W4, W8, W9, W10, W14, W15, W17, W18 and W23 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new
 * words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break). Checks: followup.completeness and inquiry.clarify (W4, W8), closing.no_dismissal (W9), info.source
 * (W10, W23), resolution.code, followup.contact and followup.on_time (W14), referral.contact (W15), closing.courteous (W17),
 * interest.keep_informed and inquiry.clarify (W18); each case lists only its item's checks.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Would it help to start with / narrow down to / focus on …?" (and Spanish "¿Le ayudaría empezar por …?") asks about the need:
 *   before the first source it is a clarifying question (inquiry.clarify), and it does not ask whether what was given met the need
 *   (followup.completeness: "a question about something not yet given … does not count"). "Does that help to start your search?",
 *   "Did the guide help to narrow down your topic?" and "Would it help?" after a source ask whether the thing given helped: they pass.
 * - "Does that get your folks what they need?" asks whether the answer meets the need (a party's need the patron asked for); "Did
 *   the DMV clerk tell you what they need?" and "Has the … office got everything they need from you …?" ask about another party's
 *   part and the patron's, not about the answer.
 * - A limit of minutes for each patron given as the reason to close the chat is the patron told their time is up (closing.no_dismissal
 *   fail, in any order or language); the same limit told of the library's computers, or another place's rule for its visits, ends
 *   nothing (pass).
 * - A publication named by its quoted title and its kind (in Spanish the kind first: el folleto "…") is a named resource; a quoted
 *   title of the thing the patron would make ("make your own "Family Recipes" booklet in Word") or of one said not to exist is not
 *   given as a source (RUBRIC: "An organisation or app named without a way to reach it is not a source").
 * - "I'll / we're going to put together / pull together / compile <however long> … and / then send / mail them to you by …" is a
 *   promise to send later (a follow-up session, coded Answered, no contact: code fail, contact fail, on time pending); the patron's
 *   own act, or another agency's caseworker who will mail the forms, is no promise of the provider's (RUBRIC Terms).
 * - Telling the patron to report or ask "llamando al / marcando el 311 / 211" is a referral to the city's or the help line, with
 *   the number as its phone (pass); "llamando a la oficina de salud" with no number fails; "No lo reporte marcando el 911, …" is none.
 * - "come / check back" of others ("The parents usually check back", "if he doesnt come back", "its mother will come back") invites
 *   no one (closing.courteous fail when nothing else in the last two messages does); "u can always check back", "Hope you and the
 *   kids will come back …" invite the patron (pass).
 * - "an investigative / a tax / a legal hold on …" is a noun, no hold message (the 200 s after it is a wait on the patron; a question
 *   with it before a source is a clarifying question); "Hold on, let me look …" and "Let me check whether there's a police hold on it.
 *   One moment." are holds.
 * - A guide dog, a fishing guide, tour guides: no guide to read (info.source fail when nothing else is given); "the library's guide to
 *   service animals" and a named travel guide (Fodor's Essential Italy) are.
 *
 * COUNTS. Written: 45 cases, 26 for and 19 against (W4 3/3, W8 2/2, W9 3/2, W10 3/2, W14 3/2, W15 3/2, W17 3/2, W18 3/2, W23 3/2), in
 * one batch, labels copied aside to /tmp/sixty-third-round-w-third-blind-checked-labels.ts before the first run. First run as
 * labelled: 29 of 45. Disagreeing: 16. Label corrections: 0 (each reread against RUBRIC's text; the labels stand). Final: 29 running,
 * 16 LEFT (rubric v56 scored on each to tell "older" from "W caused"; 6 W caused, 10 older):
 * - inquiry.clarify, expected pass / got fail: "would it help to narrow down to ur specific disorder first?" ("narrow down to <your>"
 *   not guarded; older: v56 fail).
 * - followup.completeness, expected pass / got fail: "Did the guide help to narrow down your topic?" after a source (W caused: v56 pass).
 * - followup.completeness, expected fail / got pass: "Did the DMV clerk tell you what they need?" (W caused: v56 fail).
 * - closing.no_dismissal, expected fail / got pass: "I'm only able to spend fifteen minutes with each person, …, so I'm closing this
 *   chat now." (older: v56 pass).
 * - closing.no_dismissal, expected pass / got fail: "We can only give each patron 60 minutes on the public computers, but …" (W caused:
 *   v56 pass).
 * - closing.no_dismissal, expected pass / got fail: "The writing center can only give each student 30 minutes per visit, …" (W caused:
 *   v56 pass).
 * - info.source, expected pass / got fail: "El condado publica el folleto "Sus derechos como inquilino" …" (older: v56 fail).
 * - info.source, expected fail / got pass: "You could make your own "Family Recipes" booklet in Word with a template." (older: v56 pass).
 * - info.source, expected fail / got pass: "There is no "Know Your Rights" booklet for Ohio anymore; …" (older: v56 pass).
 * - resolution.code / followup.contact / followup.on_time, expected fail / fail / pending, got pass / na / na: "We're going to compile
 *   …, then mail them to you by Friday." (older: v56 the same).
 * - resolution.code / followup.contact / followup.on_time, expected pass / na / na, got fail / fail / pending: "Your caseworker will put
 *   together the forms and mail them to you by next week." (older: v56 the same).
 * - referral.contact, expected pass / got na: "Reporte el bache marcando el 311 desde cualquier teléfono." (older: v56 na).
 * - referral.contact, expected pass / got na: "pide ayuda con la renta llamando al 211, …" (older: v56 na).
 * - closing.courteous, expected fail / got pass: "Don't touch the fawn; its mother will come back for it at dusk." (older: v56 pass).
 * - closing.courteous, expected pass / got fail: "Hope you and the kids will come back for story time soon!" (W caused: v56 pass).
 * - info.source, expected pass / got fail: "Fodor's Essential Italy travel guide covers the rail passes." (W caused: v56 pass).
 * ON the mends (before v57 landed): the six W-caused readings run (W4 only after "would / will / could / might it help", W8 only
 *   after "give / get", W9 only the provider's own limit and not the computers' or a visit's, W17 not "you and the kids", W23 not
 *   "travel guide"), and four older ones with them ("narrow down to ur …", "spend fifteen minutes with each person", "…, then mail
 *   them to you", "its mother will come back for it at dusk"): 39 running, 6 LEFT (all older).
 * ON v58 (block X): W10's Spanish "el folleto "Sus derechos como inquilino"" (X17), W14's "Your caseworker will put together the
 *   forms and mail them to you by next week" (X7) and W15's "Reporte el bache marcando el 311 …" and "pide ayuda con la renta
 *   llamando al 211" (X20) run; 43 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, some, type SessionCase } from './helpers';
import { nearMiss as c, COURTEOUS, DISMISSED, HOLD, nearMissLines, NO_HOLD, NO_SOURCE, NO_WAY, NONE, NOT_DISMISSED, SOURCE, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Ari, a librarian with Ask Us at Larkspur Public Library.';
const { said, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Ari, bibliotecaria de la Biblioteca Pública de Larkspur.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/** A question about the need before any source (a clarifying question), and no question whether the answer met the need. */
const ASKS_NEED = some({ clarify: 'pass', complete: 'fail' });
/** The provider asks whether the information given meets the need. */
const ASKS_MET = some({ complete: 'pass' });
/** No question whether the information given meets the need. */
const NOT_MET = some({ complete: 'fail' });
/** A follow-up promised in the chat, coded Answered, no patron contact: the code and the contact fail, on time pending. */
const PROMISED = some({ code: 'fail', contact: 'fail', onTime: 'pending' });
/** No follow-up promised (coded Answered). */
const NOT_PROMISED = some({ code: 'pass', contact: 'na', onTime: 'na' });
/** Neither of the provider's last two visible messages does. */
const CURT = some({ courteous: 'fail' });
/** A clarifying question before the first source. */
const CLARIFIES = some({ clarify: 'pass' });

export const w4: SessionCase[] = [
  // ---- W4 for: "Would it help to start with / focus on / narrow down to <the / a / your …>?" asks about the need
  c('W4 for: "Would it help to start with the car seats and cribs, since those recalls are the most serious?"', asked('are there recalls on any of my baby stuff', 'Would it help to start with the car seats and cribs, since those recalls are the most serious?', 'yes lets do that', 'The CPSC recall list at cpsc.gov/recalls lets you search by brand and model.'), ASKS_NEED),
  c('W4 for: "would it help to narrow down to ur specific disorder first?" (chat-speak)', asked('i need articles for my psych paper', 'would it help to narrow down to ur specific disorder first?', 'ya its anxiety', 'PsycINFO on our databases page, library.example.org/az, has lots on anxiety.'), ASKS_NEED),
  c('W4 for: "¿Le ayudaría empezar por las becas de su propio estado?" (Spanish)', es.asked('busco información sobre becas para la universidad', '¿Le ayudaría empezar por las becas de su propio estado?', 'sí, de Oregon', 'La página becas.example.gov tiene la lista de becas de Oregon.'), ASKS_NEED),
  // ---- W4 against: whether the answer given helped, "to start" with nothing after or a search of the patron's
  c('W4 against: "… library.example.org/smallbiz. Does that help to start your search?"', said('where do i find small business loans', 'Our guide to small business loans is at library.example.org/smallbiz. Does that help to start your search?'), ASKS_MET),
  c('W4 against: "… at ncbi.nlm.nih.gov/pubmed. Would it help?"', said('i need studies on vitamin d', 'PubMed has thousands of them, free at ncbi.nlm.nih.gov/pubmed. Would it help?'), ASKS_MET),
  c('W4 against: "… at library.example.org/topics. Did the guide help to narrow down your topic?"', said('i cant pick a topic for my essay', 'Our topic-picking guide is at library.example.org/topics. Did the guide help to narrow down your topic?'), ASKS_MET),
];

export const w8: SessionCase[] = [
  // ---- W8 for: "… what they need / want?" ending a question about the answer given
  c('W8 for: "Does that get your folks what they need?"', said('my parents need help picking a medicare drug plan', 'The Medicare Plan Finder at medicare.gov/plan-compare compares drug costs plan by plan. Does that get your folks what they need?'), ASKS_MET),
  c('W8 for: "do those give ur kids what they want?" (chat-speak)', said('my kids want dinosaur books', 'the kids dino list is at library.example.org/kids/dinos. do those give ur kids what they want?'), ASKS_MET),
  // ---- W8 against: a question about the other party's part, not about the answer given
  c('W8 against: "Did the DMV clerk tell you what they need?"', said('i need to renew my license but i moved', 'The change of address form is at dmv.example.gov/address. Did the DMV clerk tell you what they need?'), NOT_MET),
  c('W8 against: "Has the Social Security office got everything they need from you, your birth certificate?"', said('how do i replace my social security card', 'The SS-5 form is at ssa.gov/forms/ss-5. Has the Social Security office got everything they need from you, your birth certificate?'), NOT_MET),
];

export const w9: SessionCase[] = [
  // ---- W9 for: a limit of minutes for each patron, told to end the help
  c('W9 for: "sry, i can only give each patron 10 mins, so i have to end the chat here" (chat-speak)', said('can you help me write my whole cover letter', 'sry, i can only give each patron 10 mins, so i have to end the chat here'), DISMISSED),
  c('W9 for: "I\'m only able to spend fifteen minutes with each person, and we\'re past that, so I\'m closing this chat now." (other order)', said('can you keep looking for more articles', "I'm only able to spend fifteen minutes with each person, and we're past that, so I'm closing this chat now."), DISMISSED),
  c('W9 for: "Solo puedo dedicar diez minutos a cada usuario, así que tengo que cerrar el chat." (Spanish)', es.said('me ayuda a llenar todo el formulario', 'Solo puedo dedicar diez minutos a cada usuario, así que tengo que cerrar el chat.'), DISMISSED),
  // ---- W9 against: minutes on the library's computers, another place's rule
  c('W9 against: "We can only give each patron 60 minutes on the public computers, but you can sign up again after an hour."', said('how long can i use a computer at the library', 'We can only give each patron 60 minutes on the public computers, but you can sign up again after an hour.'), NOT_DISMISSED),
  c('W9 against: "The writing center can only give each student 30 minutes per visit, so book two slots …" (another place\'s rule)', said('does the college writing center help with long papers', 'Yes. The writing center can only give each student 30 minutes per visit, so book two slots if your paper is long.'), NOT_DISMISSED),
];

export const w10: SessionCase[] = [
  // ---- W10 for: a title in quotation marks, then its kind
  c('W10 for: "… a "Canning Tomatoes Safely" fact sheet that walks through every step."', said('how do i can tomatoes without getting sick', 'The county extension puts out a "Canning Tomatoes Safely" fact sheet that walks through every step.'), SOURCE),
  c('W10 for: "grab the "Renters Rights in Ohio" booklet, it has a sample letter" (chat-speak)', said('my landlord wont fix the heat', 'ugh. grab the "Renters Rights in Ohio" booklet, it has a sample letter'), SOURCE),
  c('W10 for: "El condado publica el folleto "Sus derechos como inquilino" con una carta modelo." (Spanish, the kind first)', es.said('el dueño no quiere arreglar la calefacción', 'El condado publica el folleto "Sus derechos como inquilino" con una carta modelo.'), SOURCE),
  // ---- W10 against: a quoted title of the patron's own thing, or one said not to exist
  c('W10 against: "You could make your own "Family Recipes" booklet in Word with a template." (the patron\'s own)', said('i want to make a cookbook for my family', 'You could make your own "Family Recipes" booklet in Word with a template.'), NO_SOURCE),
  c('W10 against: "There is no "Know Your Rights" booklet for Ohio anymore; it went out of print." (none)', said('is there a know your rights booklet for ohio', 'There is no "Know Your Rights" booklet for Ohio anymore; it went out of print years ago.'), NO_SOURCE),
];

export const w14: SessionCase[] = [
  // ---- W14 for: the provider will put together a long list and send it
  c('W14 for: "I\'ll put together a list of the food pantries in the county, their hours, … and email it to you by Thursday."', said('where can i get food this week', "I'll put together a list of the food pantries in the county, their hours, which ones ask for ID and the bus lines that stop near each, and email it to you by Thursday."), PROMISED),
  c('W14 for: "ok ill pull together the march n april minutes plus the committee reports and attachments and send them to u by tmrw" (chat-speak)', said('i need the school board minutes from spring 1998', 'ok ill pull together the march n april minutes plus the committee reports and attachments and send them to u by tmrw'), PROMISED),
  c('W14 for: "We\'re going to compile the 1910 and 1920 census pages …, then mail them to you by Friday." (", then")', said('im looking for my great grandparents in the census', "We're going to compile the 1910 and 1920 census pages for both townships, the tax rolls and the plat maps, then mail them to you by Friday."), PROMISED),
  // ---- W14 against: the patron's own act, another's, the provider's past act
  c('W14 against: "You can put together a list of your sources in Zotero and email it to your teacher by Friday." (the patron\'s act)', said('how do i make a bibliography', 'You can put together a list of your sources in Zotero and email it to your teacher by Friday.'), NOT_PROMISED),
  c('W14 against: "Your caseworker will put together the forms and mail them to you by next week." (another\'s act)', said('how do i apply for snap', 'Your caseworker will put together the forms and mail them to you by next week.'), NOT_PROMISED),
];

export const w15: SessionCase[] = [
  // ---- W15 for: "llamando / marcando" an N-1-1 line
  c('W15 for: "Puede pedir un contenedor de reciclaje gratis llamando al 311."', es.said('cómo consigo un bote de reciclaje', 'Es gratis en la ciudad. Puede pedir un contenedor de reciclaje gratis llamando al 311.'), WITH_WAY),
  c('W15 for: "Reporte el bache marcando el 311 desde cualquier teléfono."', es.said('hay un bache enorme en mi calle', 'La ciudad los arregla. Reporte el bache marcando el 311 desde cualquier teléfono.'), WITH_WAY),
  c('W15 for: "pide ayuda con la renta llamando al 211, es gratis y 24 hrs" (chat-speak)', es.said('no me alcanza para la renta este mes', 'q difícil. pide ayuda con la renta llamando al 211, es gratis y 24 hrs'), WITH_WAY),
  // ---- W15 against: "llamando" an office with no number, a negation with a page
  c('W15 against: "Puede pedir el kit llamando a la oficina de salud del condado." (no number)', es.said('dónde consigo un kit para el agua del pozo', 'Son gratis. Puede pedir el kit llamando a la oficina de salud del condado.'), NO_WAY),
  c('W15 against: "No lo reporte marcando el 911, no es una emergencia; el formulario está en ciudad.example.gov." (negation, a source)', es.said('cómo reporto un árbol caído en el parque', 'No lo reporte marcando el 911, no es una emergencia; el formulario está en ciudad.example.gov.'), NONE),
];

export const w17: SessionCase[] = [
  // ---- W17 for: others who come or check back are no invitation (the last two provider messages thank no one)
  c('W17 for: "The parents usually check back on the nest every half hour."', said('i found a baby bird on the ground', 'That is normal for fledglings; leave it where it is.', 'The parents usually check back on the nest every half hour.'), CURT),
  c('W17 for: "if he doesnt come back by tmrw, post on the lost pets page" (chat-speak)', said('my cat got out last night', 'ya cats do that a lot', 'if he doesnt come back by tmrw, post on the lost pets page'), CURT),
  c('W17 for: "Don\'t touch the fawn; its mother will come back for it at dusk." (a singular noun)', said('there is a fawn alone in my yard', 'That is how deer hide their young.', "Don't touch the fawn; its mother will come back for it at dusk."), CURT),
  // ---- W17 against: the patron invited back
  c('W17 against: "u can always check back here if the link breaks" (chat-speak)', said('where is the tax form', 'its at irs.gov/forms', 'u can always check back here if the link breaks'), COURTEOUS),
  c('W17 against: "Hope you and the kids will come back for story time soon!"', said('when is toddler story time', 'Toddler story time is Tuesdays at 10 in the children\'s room.', 'Hope you and the kids will come back for story time soon!'), COURTEOUS),
];

export const w18: SessionCase[] = [
  // ---- W18 for: a hold the police, a court or an office put on something is a noun, no hold message
  c('W18 for: "Did the sheriff put an investigative hold on the vehicle, or is it just at the impound lot for fees?"', noTransfer('how do i get my car back from impound', 'Did the sheriff put an investigative hold on the vehicle, or is it just at the impound lot for fees?'), NO_HOLD),
  c('W18 for: "is there a tax hold on ur registration? that usually blocks renewal" (chat-speak)', noTransfer('why cant i renew my tags online', 'is there a tax hold on ur registration? that usually blocks renewal'), NO_HOLD),
  c('W18 for: "Has the court put a legal hold on the account, or did the bank freeze it?" (a clarifying question)', asked('my moms bank account is frozen', 'Has the court put a legal hold on the account, or did the bank freeze it on its own?', 'the court i think', "The state courts' self-help page at courts.example.gov explains how to ask to lift a court hold."), CLARIFIES),
  // ---- W18 against: a hold message still a hold
  c('W18 against: "Hold on, let me look at the DMV rules for that."', noTransfer('can i register a car with an out of state title', 'Hold on, let me look at the DMV rules for that.'), HOLD),
  c('W18 against: "Let me check whether there\'s a police hold on it. One moment." (the noun in a hold)', noTransfer('my stolen bike was found, can i pick it up', "Let me check whether there's a police hold on it. One moment."), HOLD),
];

export const w23: SessionCase[] = [
  // ---- W23 for: a guide dog or horse, a fishing, hunting or tour guide is no guide to read
  c('W23 for: "Yes, a guide dog is allowed in restaurants and stores; only pets can be turned away."', said('can a restaurant turn away a blind person with a dog', 'Yes, a guide dog is allowed in restaurants and stores; only pets can be turned away.'), NO_SOURCE),
  c('W23 for: "ur best bet is a fishing guide who knows the lake, they know where the bass are" (chat-speak)', said('where are the bass in lake marion', 'ur best bet is a fishing guide who knows the lake, they know where the bass are'), NO_SOURCE),
  c('W23 for: "The capitol tour guides tell the story of the murals on every tour."', said('who painted the murals in the state capitol', 'The capitol tour guides tell the story of the murals on every tour.'), NO_SOURCE),
  // ---- W23 against: a guide to read (older readings kept)
  c('W23 against: "The library\'s guide to service animals lists the state rules for guide dogs."', said('what are the rules for service dogs in stores', "The library's guide to service animals lists the state rules for guide dogs."), SOURCE),
  c('W23 against: "Fodor\'s Essential Italy travel guide covers the rail passes." (a named book)', said('how do trains work in italy', "Fodor's Essential Italy travel guide covers the rail passes."), SOURCE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'W10 against: "You could make your own "Family Recipes" booklet in Word with a template." (the patron\'s own)':
    'info.source expected fail, got pass ("gave a source"): the quoted title is the booklet the patron would make, not a resource to use, and an app named without a way to reach it is no source (RUBRIC info.source: "An organisation or app named without a way to reach it is not a source") (older: v56 pass the same, so not W10\'s reading)',
  'W10 against: "There is no "Know Your Rights" booklet for Ohio anymore; it went out of print." (none)':
    'info.source expected fail, got pass ("gave a source"): the publication is said not to exist, nothing is given to the patron (RUBRIC info.source: "the provider gives at least one source") (older: v56 pass the same)',
};

describe('sixty-third round: block W checked blind a third time, both ways', () => {
  for (const [t, cs] of [['W4', w4], ['W8', w8], ['W9', w9], ['W10', w10], ['W14', w14], ['W15', w15], ['W17', w17], ['W18', w18], ['W23', w23]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
