/**
 * Sixty-sixth round, third blind check of block Z (rubric v60): Z1, Z2, Z3 and Z5 tried both ways in cases written by a helper who
 * did not see the author's cases nor the two earlier blind checks, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near misses the block must not
 * read, and older readings it must not break). Checks: inquiry.clarify (Z1: a question about the need, or about the patron's
 * situation that shapes the answer, before the first message that gives a source), followup.completeness (Z2: in or after the
 * first message that gives a source, a question whether the information already given meets the need; a question about something
 * not given does not count), interest.keep_informed (Z3: Terms, Hold message: the provider announcing that the provider is looking
 * something up; a hold starts a span of waiting on the provider), referral.contact (Z5: Terms, Referral: telling the patron to
 * contact or visit a person or organisation; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Z1: a sentence of sympathy or a compliment gives no source, so a question about the patron's situation after it, in the same
 *   message and before any source, counts ("What a great question! Did your teacher give you a list …?" passes as much as "How
 *   awful! Does your insurance cover towing …?"). A question in the message that gives the first source is not before it (fail); a
 *   question about weekend plans shapes no answer (fail).
 * - Z2: "the information already given" is what the provider gave in the chat: "Did the caseworker give you enough info?" asks about
 *   what another person gave the patron outside the chat (fail), as "Does your job give you enough hours?" asks about the patron's
 *   situation; a statement ("… should give you enough to start.") asks nothing (fail).
 * - Z3: "the provider is looking something up": another's looking ("is he only looking into it", "shes checking on that", "the
 *   crew is looking into it", "is she still looking into it") is no hold, so the 200 s after it is waiting on the patron (pass);
 *   the provider's own ("I'm checking on that now", "we're looking into it", "Still looking into it!") is a hold (fail).
 * - Z5: a state, national or toll-free line one calls is an organisation reached by phone (a party); a metro or bus line travelled
 *   on, and a line the provider called, are no referral (na).
 *
 * COUNTS. Written: 32 cases, 17 for and 15 against (Z1 6/4, Z2 4/4, Z3 4/3, Z5 3/4), in two batches, each labelled before its run:
 * 30 first (labels copied aside to /tmp/wt-zb3-labels.ts), then two Z1 "for" cases (copied to /tmp/wt-zb3-labels-batch2.ts) once
 * the first run, scored on v59 as well, showed that the first batch's three English Z1 "for" cases were read on v59 already and so
 * did not try Z1 itself. First run as labelled: 25 of 30; second batch 2 of 2. Disagreeing: 5. Label corrections: 0 (each reread
 * against RUBRIC; the labels stand). Final: 27 running, 5 LEFT (rubric v59 scored on each to tell "older" from "Z caused"):
 * - inquiry.clarify, expected fail / got pass: "Oof, what a rough week! Doing anything fun this weekend to unwind?" (small talk, no
 *   question about the need; older: v59 pass the same).
 * - followup.completeness, expected pass / got fail: "¿Te dieron esos artículos suficientes ideas para tu ensayo?" (the Spanish Z2
 *   takes no "para tu ensayo" tail, the English takes "for your paper"; older: v59 fail the same).
 * - followup.completeness, expected fail / got pass: "Did the caseworker give you enough info?" (another person's information,
 *   outside the chat; v1's "did the <noun> … give you" reads it; older: v59 pass the same).
 * - followup.completeness, expected fail / got pass: "¿Le dio la trabajadora social suficiente información?" (the same in Spanish;
 *   `DA_SUFICIENTE_Z2` keeps out pronouns and possessives only; Z caused: v59 fail).
 * - interest.keep_informed, expected pass / got fail: "The sanitation department says the crew is looking into it, …" (another's
 *   looking, the subject a noun; Z3's lookbehind lists pronouns only; older: v59 fail the same).
 * What Z moved here (v59 -> v60), all as labelled but the one Z caused above: Z1 "¡Qué frustrante! ¿Pudo encontrar …?", "Oof, what
 *   a rough week. Were you able to find …?", "ugh what an awful morning!! were u able to find …?" (clarify fail -> pass); Z2 "Did
 *   Ancestry Library Edition give you enough leads?", "¿Le dio la página de MedlinePlus suficiente información?" (completeness fail
 *   -> pass); Z3 "is he only looking into it", "shes checking on that", "is she still looking into it" (keep_informed fail -> pass);
 *   Z5 "llama a la linea nacional 1-800-555-0199" (referral na -> pass). Every "against" scores as on v59 but "¿Le dio la
 *   trabajadora social suficiente información?" (the one Z caused).
 * ON THE MENDS (after this check; labels unchanged; checked by the full suite only): Z2 no longer takes a person named by a noun
 *   ("la trabajadora social", "the caseworker", "Dr. Lee": the one disagreement Z caused) and its Spanish form takes "para tu
 *   ensayo / trabajo …": the second and fourth disagreements read as labelled and move to the running cases: 29 running, 3 LEFT
 *   (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Dana, a librarian with Ask Us at Fernwood Public Library.';
const { asked } = nearMissLines(HI);
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Pública de Fernwood.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del centro' });

/** A question about the need before the first source. */
const ASKED = some({ clarify: 'pass' });
/** No such question before the first source. */
const NOT_ASKED = some({ clarify: 'fail' });
/** A question whether what was given meets the need. */
const CHECKED = some({ complete: 'pass' });
/** No such question. */
const NOT_CHECKED = some({ complete: 'fail' });
/** Never left waiting on the provider longer than 120 s. */
const INFORMED = some({ informed: 'pass' });
/** A hold, then 200 s of silence. */
const LEFT_WAITING = some({ informed: 'fail' });

export const z1: SessionCase[] = [
  // ---- Z1 for: an exclamation or sentence of sympathy, then a question about the patron's situation, before any source
  c('Z1 for: "Ugh, what a stressful morning! Did your landlord give you anything in writing besides the text?"', asked('my landlord texted me that im evicted on friday, what do i do', 'Ugh, what a stressful morning! Did your landlord give you anything in writing besides the text?', 'no just the text', 'A text alone is not an eviction notice here. The tenant guide at tenants.example.org/evictions walks you through the steps.'), ASKED),
  c('Z1 for: "How awful! Does your insurance cover towing and storage?"', asked('someone rear ended me this morning and the tow yard has my car', 'How awful! Does your insurance cover towing and storage?', 'i think so, its state farm', 'The state insurance office explains towing and storage fees at insurance.example.gov/towing.'), ASKED),
  c('Z1 for: "omg how scary!! did the bank give u a case number?" (chat-speak)', asked('the bank froze my account and says it was fraud', 'omg how scary!! did the bank give u a case number?', 'yes', 'ok, the FTC steps for bank fraud are at identitytheft.gov, use the case number there.'), ASKED),
  c('Z1 for: "¡Qué frustrante! ¿Pudo encontrar la carta que le mandó el banco?"', es.asked('el banco me cerró la cuenta sin avisar', '¡Qué frustrante! ¿Pudo encontrar la carta que le mandó el banco?', 'no, nunca llegó', 'La guía del consumidor en consumidor.example.gov/cuentas explica cómo pedir la carta y qué hacer.'), ASKED),
  // (second batch, labelled before its run: the first batch's English "for" cases were read on v59 already)
  c('Z1 for: "Oof, what a rough week. Were you able to find the letter the school sent?"', asked('my kids school says hes suspended and i dont know why', 'Oof, what a rough week. Were you able to find the letter the school sent?', 'no they just called', 'The state education department explains suspension rights at education.example.gov/discipline.'), ASKED),
  c('Z1 for: "ugh what an awful morning!! were u able to find the eviction notice?" (chat-speak)', asked('came home and theres a paper on my door saying i have to leave', 'ugh what an awful morning!! were u able to find the eviction notice?', 'its taped to the door', 'ok, the tenant guide at tenants.example.org/evictions explains what that paper means and ur deadlines.'), ASKED),
  // ---- Z1 against: exclamations joined to a source (the question comes with or after it), a compliment, small talk
  c('Z1 against: "What a mess our login page has made of your week; the fix is at fernwoodlib.example.org/help. Which browser are you on?"', asked('the library website keeps logging me out', 'What a mess our login page has made of your week; the fix is at fernwoodlib.example.org/help. Which browser are you on?', 'chrome', 'In Chrome, clear the cookies for our site first, then follow the steps again.'), NOT_ASKED),
  c('Z1 against: "How exciting — the DS-11 form is at travel.state.gov, fill it in and print it. When do you fly?"', asked('i need a passport for a trip in june', 'How exciting — the DS-11 form is at travel.state.gov, fill it in and print it. When do you fly?', 'june 20', 'That is enough time with standard processing, about six weeks now.'), NOT_ASKED),
  c('Z1 against: "What a great question! Did your teacher give you a list of topics to choose from?" (a compliment gives nothing either)', asked('i need help picking a topic for my persuasive essay', 'What a great question! Did your teacher give you a list of topics to choose from?', 'no we pick', 'The Opposing Viewpoints database at fernwoodlib.example.org/az lists hundreds of debate topics.'), ASKED),
  c('Z1 against: "Oof, what a rough week! Doing anything fun this weekend to unwind?" (small talk)', asked('i need to renew my car registration, this week has been awful', 'Oof, what a rough week! Doing anything fun this weekend to unwind?', 'lol just sleeping', 'Fair! You can renew the registration online at dmv.example.gov/renew with your plate number.'), NOT_ASKED),
];

export const z2: SessionCase[] = [
  // ---- Z2 for: after a source, whether the named resource gave enough
  c('Z2 for: "Did Ancestry Library Edition give you enough leads?"', asked('im tracing my great grandfather who came from sweden around 1900', 'Ancestry Library Edition has the passenger lists and the 1910 census; use it at fernwoodlib.example.org/ancestry.', 'found a couple of maybes', 'Did Ancestry Library Edition give you enough leads?'), CHECKED),
  c('Z2 for: "did the chilton manual give u enough info to start?" (chat-speak)', asked('need to replace the alternator on my 2009 civic', 'the Chilton manual for ur Civic is in the Auto Repair Source database: fernwoodlib.example.org/auto', 'ok got it open', 'did the chilton manual give u enough info to start?'), CHECKED),
  c('Z2 for: "¿Le dio la página de MedlinePlus suficiente información?"', es.asked('necesito información sobre la diabetes para mi mamá', 'MedlinePlus tiene una página en español sobre la diabetes: medlineplus.gov/spanish/diabetes.html', 'ya la abrí', '¿Le dio la página de MedlinePlus suficiente información?'), CHECKED),
  c('Z2 for: "¿Te dieron esos artículos suficientes ideas para tu ensayo?"', es.asked('tengo que escribir un ensayo sobre la migración', 'La base de datos Fuente Académica tiene artículos en español: fernwoodlib.example.org/az.', 'encontré tres artículos', '¿Te dieron esos artículos suficientes ideas para tu ensayo?'), CHECKED),
  // ---- Z2 against: the patron's own, another person's, a statement
  c('Z2 against: "Does your job give you enough hours to qualify?" (the patron\'s own)', asked('can i get the earned income credit this year', 'The IRS EITC Assistant at irs.gov/eitc walks you through whether you qualify.', 'ok but im only part time', 'Does your job give you enough hours to qualify?'), NOT_CHECKED),
  c('Z2 against: "Did the caseworker give you enough info?" (another person, outside the chat)', asked('i met with a snap caseworker yesterday but im still confused', 'The SNAP handbook at dhs.example.gov/snap explains the interview and the benefit amounts.', 'ok', 'Did the caseworker give you enough info?'), NOT_CHECKED),
  c('Z2 against: "¿Le dio la trabajadora social suficiente información?" (another person, outside the chat)', es.asked('tuve una cita con la trabajadora social y no entendí lo de la ayuda', 'La guía del programa está en dhs.example.gov/ayuda y explica cada paso.', 'ok', '¿Le dio la trabajadora social suficiente información?'), NOT_CHECKED),
  c('Z2 against: "The Haynes manual should give you enough to start." (a statement)', asked('need to replace the brakes on my 2012 focus', 'The Haynes manual for your Focus is in Auto Repair Source: fernwoodlib.example.org/auto.', 'cool', 'The Haynes manual should give you enough to start.'), NOT_CHECKED),
];

export const z3: SessionCase[] = [
  // ---- Z3 for: another's looking into it / checking on that, no hold
  c('Z3 for: "Has he applied yet, or is he only looking into it for now?"', noTransfer('my son wants a summer job at the city pool', 'Great! Has he applied yet, or is he only looking into it for now? The city jobs page is at city.example.gov/jobs.'), INFORMED),
  c('Z3 for: "ugh, so the manager says shes checking on that w the boiler guy?" (chat-speak)', noTransfer('my landlord said the heat will be fixed soon but its been a week', 'ugh, so the manager says shes checking on that w the boiler guy? tenants.example.org has ur rights on heat.'), INFORMED),
  c('Z3 for: "The sanitation department says the crew is looking into it" (a party named by a noun)', noTransfer('the city was supposed to pick up my old couch last week', 'The sanitation department says the crew is looking into it, and bulky pickups are listed at city.example.gov/bulky.'), INFORMED),
  c('Z3 for: "Has she already sent in the form, or is she still looking into it?"', noTransfer('my mom wants to apply for the senior property tax freeze', 'Has she already sent in the form, or is she still looking into it? The form is at county.example.gov/freeze.'), INFORMED),
  // ---- Z3 against: the provider's own look-up, a hold
  c('Z3 against: "I\'m checking on that now with our local history room."', noTransfer('i need my grandpas address from the 1950s city directory', "I'm checking on that now with our local history room."), LEFT_WAITING),
  c('Z3 against: "ok, we\'re looking into it, the old directories take a while" (chat-speak)', noTransfer('i need my grandpas address from the 1950s city directory', "ok, we're looking into it, the old directories take a while"), LEFT_WAITING),
  c('Z3 against: "Still looking into it! The county index is slow tonight."', noTransfer('i need my grandpas address from the 1950s city directory', 'Still looking into it! The county index is slow tonight.'), LEFT_WAITING),
];

export const z5: SessionCase[] = [
  // ---- Z5 for: a state, toll-free or national line to call
  c('Z5 for: "Llame a la línea estatal al 1-800-555-0142; atienden en español las 24 horas."', es.said('mi esposo apuesta todo el sueldo, dónde piden ayuda', 'Hay ayuda gratuita. Llame a la línea estatal al 1-800-555-0142; atienden en español las 24 horas.'), WITH_WAY),
  c('Z5 for: "Puede comunicarse con la línea gratuita del programa de vivienda." (no way to reach it)', es.said('quiero saber si califico para ayuda con la renta', 'Depende de sus ingresos. Puede comunicarse con la línea gratuita del programa de vivienda; ellos le explican los requisitos.'), NO_WAY),
  c('Z5 for: "llama a la linea nacional 1-800-555-0199, son bien amables" (chat-speak)', es.said('mi hermana tiene problemas con la bebida', 'q dificil. llama a la linea nacional 1-800-555-0199, son bien amables'), WITH_WAY),
  // ---- Z5 against: a metro or bus line, the provider's own call
  c('Z5 against: "Tome la línea local del metro hasta la estación Centro." (a line travelled on)', es.said('cómo llego a la biblioteca central desde el aeropuerto', 'Es fácil. Tome la línea local del metro hasta la estación Centro; la biblioteca está enfrente.'), NONE),
  c('Z5 against: "Vaya por la línea local hasta la parada Centro y camine dos cuadras." (a line travelled on)', es.said('cómo llego al museo desde la biblioteca', 'Está cerca. Vaya por la línea local hasta la parada Centro y camine dos cuadras.'), NONE),
  c('Z5 against: "Vaya a la línea directa del autobús 12 en la esquina." (a bus line)', es.said('hay transporte al hospital desde la biblioteca', 'Sí. Vaya a la línea directa del autobús 12 en la esquina; sale cada 20 minutos.'), NONE),
  c('Z5 against: "Yo llamé a la línea estatal esta mañana; el formulario está en vivienda.example.gov." (own act)', es.said('encontró el formulario de ayuda para la renta', 'Sí. Yo llamé a la línea estatal esta mañana; el formulario está en vivienda.example.gov.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Z1 against: "Oof, what a rough week! Doing anything fun this weekend to unwind?" (small talk)':
    'inquiry.clarify expected fail, got pass ("asked about the need before giving a source", on "Doing anything fun this weekend to unwind?"): weekend plans are small talk, neither the need nor the patron\'s situation that shapes the answer (RUBRIC check table, inquiry.clarify: "a question about the need … questions about the patron\'s situation that shape the answer … count"); the small-talk readings (v26 A3, v27 B1) do not take this question (older: v59 pass the same)',
  'Z2 against: "Did the caseworker give you enough info?" (another person, outside the chat)':
    'followup.completeness expected fail, got pass ("asked whether the information given meets the need", on "Did the caseworker give you enough info?"): it asks what another person told the patron outside the chat, not whether the information given in the chat meets the need (RUBRIC check table, followup.completeness: "the information already given … A question about something not yet given … does not count"); v1\'s "did the <noun> … give you" reads a person named by a noun (older: v59 pass the same)',
  'Z3 for: "The sanitation department says the crew is looking into it" (a party named by a noun)':
    'interest.keep_informed expected pass, got fail ("the patron waited 200 s without news; the standard is 120 s"): the crew, not the provider, is looking into it, so it is no hold (RUBRIC Terms, Hold message: "the provider is looking something up") and the 200 s is waiting on the patron; Z3\'s lookbehind on the hold family\'s alternative 15 lists pronouns only ("he", "she", "they", "is he" …), not a party named by a noun (older: v59 fail the same)',
};

describe('sixty-sixth round: block Z checked blind a third time, both ways', () => {
  for (const [t, cs] of [['Z1', z1], ['Z2', z2], ['Z3', z3], ['Z5', z5]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
