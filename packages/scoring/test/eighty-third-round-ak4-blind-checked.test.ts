/**
 * Eighty-third round, blind check of block AK (rubric v71), part ak4: AK9 (a), AK9 (b) and AK4 (again) tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, typos, other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break).
 * Check: followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 * whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 * looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 * fail otherwise; na when info.source is na). Each session gives a source in the provider's one answering message, the question
 * tried comes after it in the same message, and no other provider question could count (the greeting's "Which branch is closest
 * to you?" comes before any source), so the label is ASKED (pass) or NOT_ASKED (fail).
 * - AK9 (a): "Is the arthritis.org page useful for now?": a site's address before the resource's noun ("the nasa.gov page", "the
 *   mdhistory.org guide") in "Is/Was the … useful / helpful?" asks whether what was given meets the need (counts), as "Is the page
 *   useful?" does.
 * - AK9 (b): "Does FamilySearch give you something to start with in the meantime?", "Did that give you a place to start?", "Does the
 *   guide give her a good starting point?", "Would those give you somewhere to begin?": whether what was given gives the patron a
 *   start counts as asking whether the information given meets the need. Must NOT count the same words about something not yet
 *   given or the patron's own ("Does your school give you something to start with?", "Does Thursday give you a place to start?",
 *   "Would a scan give you something to start with?" after only offering a scan), nor a question about the provider's offer or plan.
 * - AK4 again (from the first part of the block): "Does the Evening Star link help in the meantime?": a word of time ("morning",
 *   "evening", "tonight", "tomorrow", "today", "noon") followed by a noun is part of a name of a thing given; "Does the evening
 *   help?" or "Does tomorrow morning work for you?" asked about a time for a call or pickup still do not count.
 *
 * TAKEN (judgement calls where RUBRIC.md leaves room):
 * - "Is the irs.gov page loading for you?" asks whether the page works, not whether what it says meets the need: NOT_ASKED.
 * - "Is the census.gov copy useful to you if I track it down?" and "Would the Morning Herald microfilm help? I can pull it" ask
 *   about something not yet given (RUBRIC's "would a scan be what you need?"): NOT_ASKED, though the words match the readings.
 * - "Was the ssa.gov page you read last week helpful?" asks about a page the patron found before the chat, not information given
 *   in it: NOT_ASKED.
 * - "Is that enough to get you started?", "Is the mdlandrec.net site any help so far?", "Are the archives.gov pages useful?" and
 *   the Spanish "¿Le es útil la página de medlineplus.gov …?", "¿Le da esto un buen punto de partida?" ask, in other words, whether
 *   what was just given meets the need: ASKED (RUBRIC lists phrasings as examples, not as a closed list).
 * - "does Wednesday give you a place to start, or is Saturday better?" about the days of a drop-in help hour asks which day suits
 *   the patron, not whether the index given meets the need: NOT_ASKED.
 * - A question about when to call or when to pick a held book up ("does tonight help for a quick call", "does noon tomorrow work 2
 *   pick it up") is about the provider's plan, not the information given: NOT_ASKED.
 *
 * COUNTS. Written: 33 cases, 17 for and 16 against (AK9 (a) 6/4, AK9 (b) 6/6, AK4 5/6), in one batch, labels copied aside to
 * /tmp/s75/ak4-labels.ts before the first run. First run as labelled: 28 of 33. Disagreeing: 5. Label corrections: none (each reread
 * against followup.completeness; the labels stand). Final: 28 running, 5 LEFT (each scored with rubric v70 to tell "older" from
 * "caused by AK"; 1 caused by AK, 4 older, v70 giving each of those the same status as v71):
 * - expected fail / got pass (caused by AK: v70 fail): "There may be a scanned copy on census.gov I haven't found yet: is the
 *   census.gov copy useful to you if I track it down?" (AK9 (a) takes a copy not yet given).
 * - expected fail / got pass (older: v70 pass): "Was the ssa.gov page you read last week helpful?" (the patron's own page).
 * - expected pass / got fail (older: v70 fail): "Would the Chilton manual give your son a place to begin?" (AK9 (b) does not
 *   read it).
 * - expected pass / got fail (older: v70 fail): "¿Le da esto un buen punto de partida?" (Spanish, not read).
 * - expected fail / got pass (older: v70 pass): "Does your grandma's Bible give you somewhere to begin with the dates?" (the
 *   patron's own).
 * Running as labelled: v71 now reads five cases v70 misread ("is the nps.gov guide helpful 4 ur trip?", "Is the loc.gov collection
 * useful for the paper?", "does HeritageQuest give u somewhere to start for now?", "Does the Morning Herald scan help for now?",
 * "did the evening sun article help u?"); the times for a call or pickup, the scan and the plan only offered, the professor and
 * the day stay uncounted.
 * ON v71 AS LANDED (the mends after this check): the one false reading caused by AK ("is the census.gov copy useful to you if I
 *   track it down?", AK9 (a) widening an older reading of "is the copy useful to you if I track it down?") is mended by AK10
 *   (`ifIFindAK10`: a question whose condition is the provider's own act still to come asks about something not yet given) and
 *   runs: 29 running, 4 LEFT (older). Not checked blind again.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NOT_ASKED } from './near-miss-lines';

const HI = 'Hi, this is Dev, a librarian with Ask Us at Patapsco Valley Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'elkridge' });
const HI_ES = 'Hola, soy Dev, bibliotecario de la Biblioteca de Patapsco Valley.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la de elkridge' });

export const ak9a: SessionCase[] = [
  // ---- AK9 (a) for: "<the> <site address> <noun>" in "Is / Was / Are … useful / helpful / any help?" about what was just given
  c('AK9a for: "Is the cdc.gov fact sheet helpful?" (another site and noun)', said('how long is someone contagious with the flu', 'The CDC\'s flu fact sheet at cdc.gov/flu/spread says adults can spread it from a day before symptoms start to 5-7 days after. Is the cdc.gov fact sheet helpful?'), ASKED),
  c('AK9a for: "is the nps.gov guide helpful 4 ur trip?" (chat-speak)', said('planning a trip to antietam w my kids, where do i start', 'the park visitor guide is at nps.gov/anti/planyourvisit, has the driving tour + the junior ranger program. is the nps.gov guide helpful 4 ur trip?'), ASKED),
  c('AK9a for: "Is the loc.gov collection useful for the paper?" (another noun, a purpose after)', said('i need primary sources on the 1918 flu for a history paper', 'The Library of Congress has 1918 newspapers in Chronicling America at loc.gov/collections/chronicling-america; search influenza and limit the dates to 1918. Is the loc.gov collection useful for the paper?'), ASKED),
  c('AK9a for: "Is the mdlandrec.net site any help so far?" (other words: "any help")', said('looking for my great grandfathers land records in howard county, 1920s', 'Howard County deeds from the 1920s are scanned on MDLandRec at mdlandrec.net (a free account), under Howard County, by name. Is the mdlandrec.net site any help so far?'), ASKED),
  c('AK9a for: "Are the archives.gov pages useful?" (plural)', said('how do i get my dads army service records, he served in korea', 'The National Archives explains how next of kin request them at archives.gov/veterans/military-service-records, with the SF-180 form. Are the archives.gov pages useful?'), ASKED),
  c('AK9a for: "¿Le es útil la página de medlineplus.gov por ahora?" (Spanish, the site after the noun)', es.said('busco información sobre la diabetes tipo 2 para mi mamá', 'MedlinePlus tiene una guía en español sobre la diabetes tipo 2 en medlineplus.gov/spanish/diabetestype2.html, con dieta y medicamentos. ¿Le es útil la página de medlineplus.gov por ahora?'), ASKED),
  // ---- AK9 (a) against: the same words about a page's loading, a copy not yet found, the patron's own page; the older "Is the guide useful?"
  c('AK9a against: "Is the irs.gov page loading for you?" (not whether it meets the need)', said('where do i get the 1040 instructions', 'The 2024 Form 1040 instructions are at irs.gov/instructions/i1040gi. Is the irs.gov page loading for you? It was slow for me earlier.'), NOT_ASKED),
  c('AK9a against: "is the census.gov copy useful to you if I track it down?" (not yet given)', said('i need the population of elkridge in 1950', 'The 1950 census volume for Maryland, Census of Population 1950, Vol. II, Part 20, is in the reference room at Central. There may be a scanned copy on census.gov I haven\'t found yet: is the census.gov copy useful to you if I track it down?'), NOT_ASKED),
  c('AK9a against: "Was the ssa.gov page you read last week helpful?" (the patron\'s own)', said('trying to figure out when to claim social security, i read a page on ssa.gov last week', 'The SSA benefit calculator at ssa.gov/benefits/calculators shows your monthly amount at each claiming age. Was the ssa.gov page you read last week helpful?'), NOT_ASKED),
  c('AK9a against: "Is the guide useful?" (the older reading still counts)', said('how do i get a food handlers card in maryland', 'The county health department\'s guide at howardcountymd.example.gov/food-safety lists the approved courses and the fee. Is the guide useful?'), ASKED),
];

export const ak9b: SessionCase[] = [
  // ---- AK9 (b) for: whether what was given gives the patron a start, in other words
  c('AK9b for: "does HeritageQuest give u somewhere to start for now?" (chat-speak)', said('how do i start finding my irish ancestors', 'HeritageQuest Online (free w ur card at pvlib.example.org/heritagequest) has the 1900-1940 census + immigration records. does HeritageQuest give u somewhere to start for now?'), ASKED),
  c('AK9b for: "Do those two books give you a jumping-off point?" (another noun)', said('i want to start keeping bees in my backyard', 'Two good ones on the shelf at Elkridge: The Backyard Beekeeper (638.1 FLO) and Beekeeping for Dummies (638.1 BLA). Do those two books give you a jumping-off point?'), ASKED),
  c('AK9b for: "Would the Chilton manual give your son a place to begin?" (third person)', said('my son wants to fix the brakes on his 2009 civic himself', 'Chilton Library online (pvlib.example.org/chilton, with your card) has step-by-step brake repair for the 2009 Civic, with diagrams. Would the Chilton manual give your son a place to begin?'), ASKED),
  c('AK9b for: "does tht give u a good startin point??" (typos)', said('need stats on teen vaping for my health class poster', 'the CDC youth tobacco survey has the latest #s at cdc.gov/tobacco/data_statistics/surveys/nyts. does tht give u a good startin point??'), ASKED),
  c('AK9b for: "Is that enough to get you started?" (another verb and order)', said('how do i apply for a passport for my baby', 'For a child under 16 both parents come in person with form DS-11; the steps are at travel.state.gov/passports/need-passport/under-16. Is that enough to get you started?'), ASKED),
  c('AK9b for: "¿Le da esto un buen punto de partida?" (Spanish)', es.said('necesito información sobre cómo pedir la ciudadanía', 'El formulario N-400 y la guía de estudio para el examen están en uscis.gov/es/ciudadania. ¿Le da esto un buen punto de partida?'), ASKED),
  // ---- AK9 (b) against: the same words about the patron's own, a time, an offer not yet given, the provider's plan
  c('AK9b against: "Does your professor give you something to start with, like a reading list?" (the patron\'s own)', said('i need sources on the dust bowl for a college paper', 'The Library of Congress has Dust Bowl migrant oral histories at loc.gov/collections/todd-and-sonkin. Does your professor give you something to start with, like a reading list?'), NOT_ASKED),
  c('AK9b against: "Does your grandma\'s Bible give you somewhere to begin with the dates?" (the patron\'s own)', said('my grandmas family bible has names going back to 1850, how do i check them', 'FamilySearch (familysearch.org, a free account) has Maryland births and marriages from the 1800s to check them against. Does your grandma\'s Bible give you somewhere to begin with the dates?'), NOT_ASKED),
  c('AK9b against: "would a scan give you a starting point?" (a scan only offered)', said('looking for a map of elkridge from the 1870s', 'The 1878 Hopkins atlas of Howard County is in our Maryland Room (MR 912.7528 HOP). I could scan the Elkridge plate for you: would a scan give you a starting point?'), NOT_ASKED),
  c('AK9b against: "Would it give you a place to start if I checked the index for his name first?" (the provider\'s plan)', said('trying to find my great uncles obituary, he died in ellicott city in 1955', 'The Ellicott City Times for 1955 is on microfilm at our Miller branch, and its obituary index is at pvlib.example.org/obits. Would it give you a place to start if I checked the index for his name first?'), NOT_ASKED),
  c('AK9b against: "does Wednesday give you a place to start, or is Saturday better?" (a day)', said('i want to learn to use ancestry for my family tree', 'Ancestry Library Edition is free on any branch computer (pvlib.example.org/ancestry). Our genealogy volunteer holds drop-in help on Wednesdays and Saturdays: does Wednesday give you a place to start, or is Saturday better?'), NOT_ASKED),
  c('AK9b against: "¿un escaneo le daría algo para empezar?" (Spanish, a scan only offered)', es.said('busco la foto de mi tía en el anuario de Howard High de 1965', 'El anuario de 1965 de Howard High está en nuestra sala de Maryland (pvlib.example.org/anuarios). Puedo escanearle la página de su tía: ¿un escaneo le daría algo para empezar?'), NOT_ASKED),
];

export const ak4: SessionCase[] = [
  // ---- AK4 for: a word of time before a noun, part of the name of a thing given
  c('AK4 for: "Does the Morning Herald scan help for now?"', said('i need the obituary of my grandpa, he died in hagerstown in march 1962', 'The Hagerstown Morning Herald for March 1962 is on our microfilm; his obituary is on March 14, page 22, and the scan is at pvlib.example.org/scans/herald-1962-03-14.pdf. Does the Morning Herald scan help for now?'), ASKED),
  c('AK4 for: "did the evening sun article help u?" (chat-speak, lower case)', said('wat year did harborplace open in baltimore', 'harborplace opened july 2 1980, the evening sun covered it the next day, its in ProQuest Historical Newspapers at pvlib.example.org/proquest. did the evening sun article help u?'), ASKED),
  c('AK4 for: "Does the Tonight Show clip help in the meantime?"', said('looking for the interview where carl sagan talks about billions and billions', 'Sagan was on The Tonight Show many times; a 1980 clip is in the Carson archive at johnnycarson.example.com/sagan. Does the Tonight Show clip help in the meantime?'), ASKED),
  c('AK4 for: "Did the Noon Edition episode help any?"', said('why do cats purr, my kid asked me and i have no idea', 'Indiana Public Media\'s Noon Edition did a segment on it at indianapublicmedia.example.org/noon-edition/purring. Did the Noon Edition episode help any?'), ASKED),
  c('AK4 for: "Does the Saturday Evening Post archive help?" (the time word inside a longer name)', said('which magazine first printed norman rockwells freedom from want', 'It ran in the Saturday Evening Post on March 6, 1943; the issue is in the magazine\'s archive at saturdayeveningpost.example.com/archive. Does the Saturday Evening Post archive help?'), ASKED),
  // ---- AK4 against: a time for a call or a pickup; a paper named but not yet given
  c('AK4 against: "does tonight help for a quick call, or is the weekend better?" (a time for a call)', said('where can i get free help doing my taxes', 'The AARP Tax-Aide sites near you are listed at aarp.org/taxaide with their hours. I can call you to go over which one is closest: does tonight help for a quick call, or is the weekend better?'), NOT_ASKED),
  c('AK4 against: "does noon tomorrow work 2 pick it up?" (chat-speak, a pickup)', said('do u have a repair manual for a 2012 ford focus', 'yep, the Haynes Ford Focus 2012-2018 manual (629.287 HAY) is on hold for u at elkridge. does noon tomorrow work 2 pick it up?'), NOT_ASKED),
  c('AK4 against: "does the morning help? I\'m on the desk till 1" (a time for a call)', said('how do i get ebooks on my kindle', 'Libby at pvlib.example.org/libby sends ebooks to a Kindle once you sign in with your card. I can walk you through it by phone: does the morning help? I\'m on the desk till 1.'), NOT_ASKED),
  c('AK4 against: "Would today work for pickup, or should I hold it through Saturday?" (a pickup)', said('do you have the new james mcbride novel', 'Yes, The Heaven & Earth Grocery Store by James McBride is in at Elkridge, and I have put it on hold for you. Would today work for pickup, or should I hold it through Saturday?'), NOT_ASKED),
  c('AK4 against: "Would tomorrow evening suit you for the callback?" (a time for a call)', said('i need help filling out the fafsa for my daughter', 'The FAFSA help pages are at studentaid.gov/apply-for-aid/fafsa/filling-out. Our college-aid volunteer can phone you to go through it: would tomorrow evening suit you for the callback?'), NOT_ASKED),
  c('AK4 against: "Would the Morning Herald microfilm help? I can pull it" (named, not yet given)', said('my grandma was in a car accident in hagerstown around 1958, was it in the paper', 'Maryland\'s accident reports from then are not online, but the Washington County Historical Society\'s index at wchsmd.example.org/index covers some local news. Would the Morning Herald microfilm help? I can pull it for 1957-1959.'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AK9a against: "Was the ssa.gov page you read last week helpful?" (the patron\'s own)':
    'expected fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, the question asks about a page the patron read before the chat, not about the information the provider gave (the calculator at ssa.gov/benefits/calculators) (older: v70 pass the same)',
  'AK9b for: "Would the Chilton manual give your son a place to begin?" (third person)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the Chilton manual was just given (pvlib.example.org/chilton) and the question asks whether it gives the patron\'s son a start, i.e. whether it meets the need (older: v70 fail the same)',
  'AK9b for: "¿Le da esto un buen punto de partida?" (Spanish)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "esto" is the N-400 form and study guide just given (uscis.gov/es/ciudadania), and the question asks whether they give a good start, i.e. whether they meet the need (older: v70 fail the same)',
  'AK9b against: "Does your grandma\'s Bible give you somewhere to begin with the dates?" (the patron\'s own)':
    'expected fail, got pass ("asked whether the information given meets the need"): RUBRIC followup.completeness, the grandmother\'s Bible is the patron\'s own, not information the provider gave (FamilySearch), so the question does not ask whether what was given meets the need (older: v70 pass the same)',
};

describe('eighty-third round: block AK (AK9 (a), AK9 (b), AK4) checked blind, both ways, part ak4', () => {
  for (const [t, cs] of [['AK9 (a)', ak9a], ['AK9 (b)', ak9b], ['AK4', ak4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
