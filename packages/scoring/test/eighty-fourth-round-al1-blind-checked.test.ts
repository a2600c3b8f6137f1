/**
 * Eighty-fourth round, blind check of block AL (rubric v72), part al1: AL1, AL2 and AL3 tried both ways in cases written by a
 * helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: chat-speak, other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and
 * older readings it must not break).
 * Checks:
 * - referral.contact (AL1, AL2) (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact
 *   or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department,
 *   office or a named specialist; pointing to a website, database or publication for the patron to use is a source, not a
 *   referral. pass when every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or
 *   URL); fail otherwise). Each session here has at most one party, so the label is NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - followup.completeness (AL3) (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider
 *   asks whether the information already given meets the need; a question about something not yet given does not count; fail
 *   otherwise; na when info.source is na). Each session here gives a source before its one question, so the label is ASKED
 *   (pass) or NOT_ASKED (fail).
 * - AL1: "US" in capitals before a capitalised name after a referring verb ("contact US Sailing's …", "call US Rowing at …",
 *   "email US Lacrosse at …") is an organisation the patron is referred to (its URL, phone or e-mail the way; with none, fail);
 *   not "contact us at …", "email us", "call us" (the library itself, no referral).
 * - AL2: a party named, then its street address set off by commas, then "is (also / well) worth a visit / call" refers the
 *   patron to that party, its address the way; not a sight ("The overlook, 12 Ridge Road, is worth a visit"), not a negation
 *   ("…, 5 Main St, is not worth a visit").
 * - AL3: "Does that give him both sources he needs?", "Did this give you all the info you were after?", "Does that sample fit
 *   your situation?", "Would the Nolo guide suit your case?", "Does the sailing school look like a good fit meanwhile?", "Does
 *   that site seem like the right place to start?", about what was given, ask whether it meets the need; not such words about
 *   a time or slot, about something only offered, or about the patron's own things.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "us" is the chat service answering (Ask Us at the library): telling the patron to e-mail, call or ask "us" again is no
 *   contact with anyone outside the chat, so no referral, in lower case, in a chat typed all in capitals ("CALL US AT …") and in
 *   Spanish ("escríbanos"). "write US Citizen in box 3" is writing on a form, no one contacted.
 * - A sports body's rulebook given by its URL with no word telling the patron to get in touch is a source, not a referral.
 * - "<party>, <street address>, is worth a visit / call" tells the patron to visit or call that party: a referral, the street
 *   address and town its way (a postal address, even when the verb is "call"). The same with "def worth a visit", "also worth a
 *   visit: <party>, <address>" and Spanish "también vale la pena visitarla". A covered bridge or a park's overlook is a sight to
 *   see, no person or organisation to contact; "isn't worth a visit", "is not really worth a call" tell the patron not to go;
 *   a shop that "was worth a visit in the 1950s" is a memory, no one to contact now.
 * - A question whether a time slot, a pick-up window or an hour fits the patron is about the patron's schedule, not about
 *   whether the information meets the need; so is a question about the patron's own tent. "Would that guide suit your case?"
 *   right after offering to have the guide sent over is about something not yet given (RUBRIC's "would a scan be what you
 *   need?"). "Would the Tax-Aide checklist suit her situation?" about a checklist already linked asks about what was given.
 *
 * COUNTS. Written: 34 cases, 16 for and 18 against (AL1 5/6, AL2 5/6, AL3 6/6), in one batch, labels copied aside to
 * /tmp/s75/al1-labels.ts before the first run. First run as labelled: 26 of 34. Disagreeing: 8. Label corrections: none (each
 * reread against referral.contact, the Terms' "Referral" and followup.completeness; the labels stand). Final: 26 running, 8 LEFT
 * (each scored with rubric v71 to tell "older" from "caused by AL"; 0 caused by AL, 8 older, v71 giving each the same status):
 * - expected pass / got na (older: v71 na): "Escríbale a US Swimming a records@usaswimming.example.org" (Spanish AL1).
 * - expected pass / got na (older: v71 na): "La Sociedad Histórica del Condado de Talbot, 25 S. Washington Street en Easton,
 *   también vale la pena visitarla" (Spanish AL2).
 * - expected pass / got fail (older: v71 fail): "Does that give her both the maps she needs?" (AL3).
 * - expected pass / got fail (older: v71 fail): "Would the Tax-Aide checklist suit her situation?" (AL3, after it was linked).
 * - expected pass / got fail (older: v71 fail): "Does the Three Rivers Rowing Club look like a decent fit for him for now?" (AL3).
 * - expected pass / got fail (older: v71 fail): "Does that index seem like a good spot to start?" (AL3).
 * - expected pass / got fail (older: v71 fail): "¿Esa guía se ajusta a su caso?" (Spanish AL3).
 * - expected fail / got pass (older: v71 pass): "I could have the Oxford branch send over Nolo's tenant guide; would that guide
 *   suit your case?" (only offered, read as asking; the scorer's evidence is that message).
 * Running as labelled: "get in touch with US Rowing's coaching office via …", "give US Lacrosse a call at 410-555-…", "Email US
 * Fencing's membership desk at …" pass and "msg US Youth Soccer" fails (AL1), while "email us here at Ask Us, …", "CALL US AT
 * 410-555-…", "write US Citizen in box 3", "email us the US Census page", the US Rowing rulebook and "escríbanos a …" stay na;
 * "…'s library, 301 High Street in Chestertown, is well worth a visit", "…, 201 E Patrick St, Frederick, is def worth a call
 * too", "…, 1003 Greenway Drive, Cambridge, is worth a visit as well" and "Also worth a visit: the Oxford Museum's archive room,
 * …" pass (AL2), the covered bridge, the park overlook, "isn't worth a visit", "is not really worth a call" and the Woolworth's
 * of the 1950s stay na and the older "Stop by the Talbot Historical Society, …" passes; "did that get u all the info u were
 * after?" and the older "did that help at all?" are asked (AL3), the 4:30 slot, the Wednesday pickup window, "el horario de las
 * 3" and the patron's own tent are not. Of these, v71 misread five that v72 now reads: the US Rowing and US Fencing referrals
 * (AL1) and the Kent, Frederick and Dorchester societies "worth a visit / call" (AL2), all na under v71.
 * ON v72 AS LANDED (the mends after this check): AL3 widened to "both (of) the <things> she needs" and "a good spot / place to
 *   start / begin": "Does that give her both the maps she needs?" and "Does that index seem like a good spot to start?" run (28
 *   running, 6 LEFT). A widening to subjects of up to five words ("the Three Rivers Rowing Club") was tried and withdrawn: it took
 *   this file's "Does the Wednesday evening pickup window look like a good option for you?". Not checked blind again.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NO_WAY, NONE, NOT_ASKED, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Dana, a librarian with Ask Us at Talbot County Free Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'easton' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca Gratuita del Condado de Talbot.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de easton' });

export const al1: SessionCase[] = [
  // ---- AL1 for: "US" + a capitalised name after call / email / write to / msg / get in touch with (and Spanish "escríbale a")
  c('AL1 for: "get in touch with US Rowing\'s coaching office via usrowing.example.org/coaching" (a URL)', said('my son wants to become a certified rowing coach, where does he start', 'The first step is the Level 1 course. He should get in touch with US Rowing\'s coaching office via usrowing.example.org/coaching to sign up for the next session.'), WITH_WAY),
  c('AL1 for: "give US Lacrosse a call at 410-555-0172" (another order, a phone)', said('how do i get my daughter\'s lacrosse team insured for a summer tournament', 'Team insurance comes with membership; give US Lacrosse a call at 410-555-0172 and ask for the club services desk.'), WITH_WAY),
  c('AL1 for: "Email US Fencing\'s membership desk at membership@usfencing.example.org" (an e-mail)', said('my membership card for fencing never came and i have a tournament next month', 'Email US Fencing\'s membership desk at membership@usfencing.example.org with your member number; they can send a digital card.'), WITH_WAY),
  c('AL1 for: "ur best bet is to msg US Youth Soccer, they keep the old state cup rosters" (chat-speak, no way)', said('trying to find the roster of my dad\'s 1985 state cup soccer team', 'hmm nothing in our papers on that. ur best bet is to msg US Youth Soccer, they keep the old state cup rosters'), NO_WAY),
  c('AL1 for: "escríbale a US Swimming a records@usaswimming.example.org" (Spanish, an e-mail)', es.said('quiero saber el récord de natación de mi abuelo en 1972', 'Los registros de esos años no están en línea. Escríbale a US Swimming a records@usaswimming.example.org con el nombre y el año de la competencia.'), WITH_WAY),
  // ---- AL1 against: the library itself as "us" (lower case, all caps, Spanish), "write US Citizen" on a form, a rulebook (a source)
  c('AL1 against: "email us here at Ask Us, askus@talbotlib.example.org, if the link breaks" (the library itself)', said('how do i download audiobooks to my phone', 'Install the Libby app and sign in with your card; the steps with pictures are at talbotlib.example.org/libby. You can email us here at Ask Us, askus@talbotlib.example.org, if the link breaks.'), NONE),
  c('AL1 against: "IF IT STILL WONT LOAD CALL US AT 410-555-0100" (all capitals, the library itself)', said('CANT GET THE NEWSPAPER DATABASE TO OPEN', 'TRY IT FROM TALBOTLIB.EXAMPLE.ORG/NEWS AND SIGN IN WITH YOUR CARD NUMBER. IF IT STILL WONT LOAD CALL US AT 410-555-0100.'), NONE),
  c('AL1 against: "write US Citizen in box 3 and sign at the bottom" (writing on a form)', said('filling out the voter registration form, what do i put for citizenship', 'The form\'s instructions are at elections.example.org/register: write US Citizen in box 3 and sign at the bottom.'), NONE),
  c('AL1 against: "just email us the US Census page you found and we\'ll look" (the patron writes to the library)', said('found my great grandpa on a census page but cant read the handwriting', 'Happy to help! The 1920 census pages are on FamilySearch at familysearch.example.org/census. Just email us the US Census page you found and we\'ll look at the handwriting with you.'), NONE),
  c('AL1 against: "The US Rowing rulebook at usrowing.example.org/rules covers lane draws" (a source)', said('how are lanes decided at a rowing regatta', 'The US Rowing rulebook at usrowing.example.org/rules covers lane draws in section 4: lanes go by seeding times.'), NONE),
  c('AL1 against: "Si tiene más preguntas, escríbanos a pregunte@talbotlib.example.org" (Spanish, the library itself)', es.said('cómo renuevo mis libros en línea', 'Entre a talbotlib.example.org/cuenta con su tarjeta y pulse "Renovar". Si tiene más preguntas, escríbanos a pregunte@talbotlib.example.org.'), NONE),
];

export const al2: SessionCase[] = [
  // ---- AL2 for: a party, its street address set off by commas, "is … worth a visit / call" (other words, orders, Spanish)
  c('AL2 for: "The Kent County Historical Society\'s library, 301 High Street in Chestertown, is well worth a visit for ship manifests"', said('looking for records of ships that sailed out of chestertown in the 1700s', 'There is not much online. The Kent County Historical Society\'s library, 301 High Street in Chestertown, is well worth a visit for ship manifests and port records.'), WITH_WAY),
  c('AL2 for: "the Frederick County Genealogical Society, 201 E Patrick St, Frederick, is def worth a call too" (chat-speak, an address)', said('need help tracing my moms side, they were from frederick', 'ok so start w the free census records on familysearch.example.org, and the Frederick County Genealogical Society, 201 E Patrick St, Frederick, is def worth a call too, they do lookups'), WITH_WAY),
  c('AL2 for: "The Dorchester County Historical Society, 1003 Greenway Drive, Cambridge, is worth a visit as well"', said('where can i see old photos of the cambridge oyster packing houses', 'The Dorchester County Historical Society, 1003 Greenway Drive, Cambridge, is worth a visit as well: their photo room has the packing houses from the 1920s on.'), WITH_WAY),
  c('AL2 for: "Also worth a visit: the Oxford Museum\'s archive room, 100 South Morris Street, Oxford." (another order)', said('is there anywhere with records of the oxford ferry boats', 'Also worth a visit: the Oxford Museum\'s archive room, 100 South Morris Street, Oxford. The volunteers there keep the ferry logbooks.'), WITH_WAY),
  c('AL2 for: "La Sociedad Histórica del Condado de Talbot, 25 S. Washington Street en Easton, también vale la pena visitarla" (Spanish)', es.said('busco menús antiguos de restaurantes de easton', 'La Sociedad Histórica del Condado de Talbot, 25 S. Washington Street en Easton, también vale la pena visitarla: guarda menús de los años 40 y 50.'), WITH_WAY),
  // ---- AL2 against: sights, negations, a shop remembered, and the older "stop by <party>, <address>" (still a referral)
  c('AL2 against: "The old Roddy Road covered bridge, 14 Roddy Road, Thurmont, is worth a visit on the way" (a sight)', said('we are driving to thurmont saturday, anything historic to see', 'The old Roddy Road covered bridge, 14 Roddy Road, Thurmont, is worth a visit on the way: it dates from the 1850s and has a small pull-off.'), NONE),
  c('AL2 against: "the overlook at Gambrill State Park, 8602 Gambrill Park Road, Frederick, is also worth a visit for the view" (a sight)', said('my parents visit in october, any good fall foliage drives near frederick', 'The Catoctin Mountain scenic drive is the classic one, and the overlook at Gambrill State Park, 8602 Gambrill Park Road, Frederick, is also worth a visit for the view.'), NONE),
  c('AL2 against: "The Emmitsburg Heritage Room, 12 Main Street, Emmitsburg, isn\'t worth a visit for this" (a negation)', said('are there any old school yearbooks from emmitsburg around', 'The Emmitsburg Heritage Room, 12 Main Street, Emmitsburg, isn\'t worth a visit for this, it only keeps deeds and church records. The yearbooks from 1950 on are scanned at yearbooks.example.org/emmitsburg.'), NONE),
  c('AL2 against: "The county Extension office, 330 Montevue Lane, Frederick, is not really worth a call for this" (a negation)', said('where can i get my garden soil tested', 'The county Extension office, 330 Montevue Lane, Frederick, is not really worth a call for this since they stopped doing tests; the steps for a home test are at gardening.example.org/home-soil-test.'), NONE),
  c('AL2 against: "The old Woolworth\'s, 14 North Market Street, Frederick, was worth a visit in the 1950s" (a memory, no one to contact)', said('writing a memoir, what was downtown frederick shopping like in the 50s', 'The Frederick News-Post archive at newspost.example.com/archive has ads and photos from then. The old Woolworth\'s, 14 North Market Street, Frederick, was worth a visit in the 1950s for its lunch counter, by most accounts.'), NONE),
  c('AL2 against: "Stop by the Talbot Historical Society, 25 S. Washington Street, Easton, and ask for the menu files" (older: a visit)', said('looking for old menus from the tidewater inn', 'Stop by the Talbot Historical Society, 25 S. Washington Street, Easton, and ask for the menu files; they have several from the Tidewater Inn.'), WITH_WAY),
];

export const al3: SessionCase[] = [
  // ---- AL3 for: about what was given: give … both …, get … all the info, suit, look like a fit, seem like a good spot, Spanish
  c('AL3 for: "Does that give her both the maps she needs?"', said('my daughter needs two old maps of frederick county for school, one from the 1850s and one from the 1870s', 'Both are online: the 1858 Bond map at mdmaps.example.org/bond1858 and the 1873 Titus atlas at mdmaps.example.org/titus1873. Does that give her both the maps she needs?'), ASKED),
  c('AL3 for: "did that get u all the info u were after?" (chat-speak)', said('which bus goes from easton to the cambridge hospital and how often', 'the county bus route 2 map n times r at maryland-upper-shore-transit.example.org/route2, it runs every hour on weekdays. did that get u all the info u were after?'), ASKED),
  c('AL3 for: "Would the Tax-Aide checklist suit her situation?" (after it was linked)', said('my mom is 78 and wants free help with her taxes, what does she need to bring', 'AARP Tax-Aide has a checklist of what to bring at aarp.example.org/taxaide/checklist: ID, last year\'s return, all 1099s and the SSA-1099. Would the Tax-Aide checklist suit her situation?'), ASKED),
  c('AL3 for: "Does the Three Rivers Rowing Club look like a decent fit for him for now?" (after its page was given)', said('my 15 yr old wants to try rowing, nothing at his school', 'The Three Rivers Rowing Club runs a learn-to-row course for teens each spring, details at threeriversrowing.example.org/juniors. Does the Three Rivers Rowing Club look like a decent fit for him for now?'), ASKED),
  c('AL3 for: "Does that index seem like a good spot to start?"', said('i want to find my grandparents marriage record from talbot county in the 1940s', 'The Maryland marriage index for 1914-1950 is searchable at mdarchives.example.org/marriage-index; it gives the certificate number you need to order the record. Does that index seem like a good spot to start?'), ASKED),
  c('AL3 for: "¿Esa guía se ajusta a su caso?" (Spanish)', es.said('quiero pedir la ciudadanía, tengo residencia hace 5 años', 'La guía de naturalización en uscis.example.org/es/guia explica cada paso, el formulario N-400 y el examen. ¿Esa guía se ajusta a su caso?'), ASKED),
  // ---- AL3 against: a slot, a pick-up window, an hour (Spanish), something only offered, the patron's own tent; the older "did that help"
  c('AL3 against: "Does the Thursday 4:30 slot fit around your shifts?" (a slot)', said('can i get help with my resume at the library', 'Yes, the job coach sees people by appointment; sign up at talbotlib.example.org/jobcoach. The next opening is Thursday at 4:30. Does the Thursday 4:30 slot fit around your shifts?'), NOT_ASKED),
  c('AL3 against: "Does the Wednesday evening pickup window look like a good option for you?" (a time)', said('how do i put a hold on a book thats checked out', 'Find it in the catalogue at talbotlib.example.org/catalog and click "Place hold"; we text you when it comes in. Holds at Easton can be picked up Wednesday evenings until 8. Does the Wednesday evening pickup window look like a good option for you?'), NOT_ASKED),
  c('AL3 against: "¿Le queda bien el horario de las 3 del jueves?" (Spanish, an hour)', es.said('necesito ayuda con mis impuestos, hay voluntarios?', 'Sí, los voluntarios atienden con cita; puede reservar en talbotlib.example.org/impuestos. La próxima cita libre es el jueves a las 3. ¿Le queda bien el horario de las 3 del jueves?'), NOT_ASKED),
  c('AL3 against: "I could have the Oxford branch send over Nolo\'s tenant guide; would that guide suit your case?" (only offered)', said('my landlord wont give back my security deposit, what are my rights', 'The state\'s tenant page at dhcd.example.org/tenants covers deposits: the landlord has 45 days to return it or list the damage. I could have the Oxford branch send over Nolo\'s tenant guide; would that guide suit your case?'), NOT_ASKED),
  c('AL3 against: "Does your tent fit on a 16 x 16 ft pad?" (the patron\'s own thing)', said('going camping at tuckahoe state park, how big are the tent sites', 'The campground page at dnr.example.org/tuckahoe lists the sites: each has a 16 x 16 ft gravel tent pad. Does your tent fit on a 16 x 16 ft pad?'), NOT_ASKED),
  c('AL3 against: "did that help at all?" (older: asked)', said('how do i renew my passport by mail', 'The DS-82 form and the steps are at travel.example.org/renew: mail it with your old passport and a photo. did that help at all?'), ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AL1 for: "escríbale a US Swimming a records@usaswimming.example.org" (Spanish, an e-mail)':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Escríbale a US Swimming a records@…" tells the patron to write to an organisation outside the chat (Terms "Referral": write to them), its e-mail the way; the Spanish verb before "US <Name>" is not read (English "Email US Fencing\'s membership desk at …" passes) (older: v71 na the same)',
  'AL2 for: "La Sociedad Histórica del Condado de Talbot, 25 S. Washington Street en Easton, también vale la pena visitarla" (Spanish)':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "también vale la pena visitarla" tells the patron to visit the society, its street address and town the way (postal address); the Spanish "worth a visit" is not read (the English "…, 1003 Greenway Drive, Cambridge, is worth a visit as well" passes) (older: v71 na the same)',
  'AL3 for: "Would the Tax-Aide checklist suit her situation?" (after it was linked)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the checklist was already given (its URL and contents in the same message, before the question), so asking whether it suits her situation asks whether the information given meets the need; not "something not yet given" (older: v71 fail the same)',
  'AL3 for: "Does the Three Rivers Rowing Club look like a decent fit for him for now?" (after its page was given)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the club and its page were given before the question, which asks whether that answer meets the son\'s need (older: v71 fail the same)',
  'AL3 for: "¿Esa guía se ajusta a su caso?" (Spanish)':
    'expected pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the naturalisation guide was given (its URL) before the question, which asks whether it fits the patron\'s case, i.e. meets the need (older: v71 fail the same)',
  'AL3 against: "I could have the Oxford branch send over Nolo\'s tenant guide; would that guide suit your case?" (only offered)':
    'expected fail, got pass ("asked whether the information given meets the need", evidence the offering message): RUBRIC followup.completeness, the guide is only offered ("I could have … send over"), not yet given, and "A question about something not yet given (\'would a scan be what you need?\') does not count"; no other question follows the state page (older: v71 pass the same)',
};

describe('eighty-fourth round: block AL (AL1, AL2, AL3) checked blind, both ways, part al1', () => {
  for (const [t, cs] of [['AL1', al1], ['AL2', al2], ['AL3', al3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
