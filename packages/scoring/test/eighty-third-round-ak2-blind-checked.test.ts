/**
 * Eighty-third round, blind check of block AK (rubric v71), part ak2: AK2, AK3 and AK4 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, nouns and orders, Spanish; "against": near misses the reading must not take, and older readings it must not break).
 * Checks: referral.contact (AK2, AK3) and followup.completeness (AK4).
 * - referral.contact (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or visit a
 *   person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office or a
 *   named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; staff the
 *   provider consults on the patron's behalf do not count. pass when every party the patron is referred to comes with a way to reach
 *   them (e-mail, phone, postal address or URL); fail otherwise): labelled NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - followup.completeness (RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks whether
 *   the information already given meets the need; a question about something not yet given does not count; fail otherwise; na when
 *   info.source is na): labelled ASKED (pass) or NOT_ASKED (fail). Each of these sessions gives a source (a URL) in the message that
 *   asks, and asks nothing else after it.
 * - AK2 (referral.contact): "call the maker, L&L Kiln, at 877-555-0143": a name set off by commas after the verb and then "at / on
 *   <phone or e-mail>" is the party called, with its way to reach it ("e-mail the studio's coordinator, Dana Ruiz, at dana@…").
 *   So when the same message also sends the patron to a second party with no way to reach it ("Also check with your county fire
 *   marshal's office"), the check fails (every party needs its own way). Must NOT read "call your doctor, or the nurse line at …"
 *   as one party.
 * - AK3 (referral.contact): "visit <party>, <street address>, and ask the staff for …", "call <party> at <phone> and talk to a
 *   volunteer", Spanish "… y pregúntele al personal": the staff, a librarian, a volunteer, someone asked there are that party's own
 *   people, not a party of their own, so the party's way covers them. Must NOT read "ask the staff at the county archives" (another
 *   party, named) as the same party; and an older reading stays: "Visit a Secretary of State facility (sos.example.gov/locations),
 *   and ask the greeter desk once you're there" fails (the desk counts as a party with no way).
 * - AK4 (followup.completeness): "Does the Evening Star link help in the meantime?" (after the Evening Star was given): a word of
 *   time ("morning", "evening", "tonight", "tomorrow", "today", "noon") followed by a noun is part of a name of a thing given, and
 *   the question asks whether what was given meets the need. Must NOT count "Does the evening help?" or "Does tomorrow morning
 *   work for you?" asked about a time for a call or pickup (something not yet given).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "call your vet, or the pet poison hotline at …" names two parties the patron may contact (the vet, the hotline); the phone after
 *   the second is the hotline's, so the vet has no way: fail. The same for "ur advisor, or the financial aid office at <e-mail>" and
 *   Spanish "llame a su médico, o a la línea de enfermería … al <phone>".
 * - "email the program director, Ana Lutz, at the start of the semester": "at" followed by a time is no way to reach her: fail.
 * - "The maker, Paragon Kilns, has the wiring diagram … at <URL>" points to a web page to use, with no word telling the patron to get
 *   in touch: a source, no referral (na).
 * - "your school's copyright librarian" and "the county permits office" told to be asked or checked with are parties of their own.
 * - "Try the breeder, Hollow Creek Farm, at <phone>" tells the patron to contact it ("try" a party = get in touch with it).
 * - The information desk of the place the patron is told to visit, asked "once you get there", is that place's own people, as AK3's
 *   staff, librarian or volunteer are: the place's URL (a locations page is a URL) covers it. RUBRIC.md gives no ground for a desk at
 *   the visited place being a party apart from the place, so "Stop by any MVA branch (mva.example.org/locations) …, and ask the
 *   information desk once you get there" is labelled pass, not fail as the brief's "older reading" says; it is named "against" after
 *   the brief's grouping, with that label.
 * - An organisation's office named as where "the staff" or "a volunteer" are ("the staff at the county land records office", "a
 *   volunteer at the county animal shelter", "el personal de la Oficina de Registros Vitales del estado") is another party; with no
 *   way of its own the check fails.
 * - "I checked with the staff at the Washington County Archives" is staff the provider consulted: no referral (na).
 * - AK4: a question naming a resource given in the same message ("the Morning Herald index", "the Today in History page", "the
 *   Tonight Show guide", "la guía Mañana Verde") asks whether what was given meets the need, lower case and chat-speak too. A
 *   question about a time for a callback, a pickup or a visit, or about a callback or scan still to come ("Would a tomorrow morning
 *   callback help?", "Would a scan of the whole chapter be what you need?") asks about something not yet given: fail.
 *
 * COUNTS. Written: 34 cases, 18 for and 16 against (AK2 6/5, AK3 5/5, AK4 7/6), in one batch, labels copied aside to
 * /tmp/s75/ak2-labels.ts before the first run. First run as labelled: 31 of 34. Disagreeing: 3. Label corrections: none (each
 * reread against referral.contact and the Terms' "Referral"; the labels stand). Final: 31 running, 3 LEFT (each scored with rubric
 * v70 to tell "older" from "caused by AK"; 0 caused by AK, 3 older, v70 giving each the same status as v71):
 * - expected pass / got na (older: v70 na): "Try the breeder, Hollow Creek Farm, at 301-555-0193" ("try" with a common noun and a
 *   name set off by commas not read as a referral; probes outside this file: "Try Hollow Creek Farm at 301-555-0193." and "Call the
 *   breeder, Hollow Creek Farm, at 301-555-0193." pass).
 * - expected fail / got na (older: v70 na): "No puedo dar consejos médicos, pero llame a su médico, o a la línea de enfermería del
 *   condado al 301-555-0108, hoy mismo." (nothing read after "pero llame a"; probes outside this file: at the start of the message,
 *   "Llame a su médico, o a la línea de enfermería del condado al 301-555-0108, hoy mismo." passes, the doctor and the nurse line read
 *   as one party, the Spanish side of AK2's "must NOT"; the English "… but call your doctor, or the county nurse line at
 *   301-555-0108, today." fails as it should, "(the contact given is another party's)").
 * - expected pass / got fail (older: v70 fail): "Stop by any MVA branch (mva.example.org/locations) …, and ask the information desk
 *   once you get there" (the desk read as a party of its own with no way, as the brief's older reading has it; labelled pass from
 *   RUBRIC.md, see TAKEN: the brief's reading and this label differ).
 * Running as labelled: AK2's league registrar (e-mail), "txt the organizer, Kira, on …", "llame al fabricante, Calentadores Ruiz, al
 *   …" pass, and a second party with no way after the commas' party (the county permits office, the school's copyright librarian)
 *   fails; against: the vet or the hotline, "ur advisor, or the financial aid office at …" fail, "at the start of the semester"
 *   fails, the maker's wiring-diagram page na. AK3's staff, volunteer, personal, docent and members of the party asked pass; the
 *   staff at the county land records office, a volunteer at the county animal shelter and el personal de la Oficina de Registros
 *   Vitales fail, the staff the provider consulted na. AK4's Morning Herald index, morning edition transcript (lower case), Today in
 *   History page, Tonight Show guide, Noon Edition episode, Tomorrow Fund page and "la guía Mañana Verde" asked; the evening or
 *   daytime callback, tomorrow morning pickup, "tonight … callback", noon visit, "a tomorrow morning callback" and "a scan of the
 *   whole chapter" not asked. Of these, v70 misread four that v71 now reads (AK): "txt the organizer, Kira, on 240-555-0131" (v70
 *   na), "llame al fabricante, Calentadores Ruiz, al 888-555-0175" (v70 na), "go to the Washington County Historical Society, …, and
 *   ask the staff for the church records" (v70 fail), "Did the Morning Herald index help?" (v70 fail).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NO_WAY, NONE, NOT_ASKED, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Priya, a librarian with Ask Us at Washington County Free Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'smithsburg' });
const HI_ES = 'Hola, soy Priya, bibliotecaria de la Biblioteca Gratuita del Condado de Washington.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de smithsburg' });

export const ak2: SessionCase[] = [
  // ---- AK2 for: a name set off by commas after the verb, then "at / on <phone or e-mail>"; a second party with no way fails
  c('AK2 for: "email the league\'s registrar, Tomás Vega, at registrar@hubcitysoccer.example.org" (an e-mail)', said('how do i sign my daughter up for fall soccer in hagerstown', 'For the fall league, email the league\'s registrar, Tomás Vega, at registrar@hubcitysoccer.example.org with her age and school.'), WITH_WAY),
  c('AK2 for: "txt the organizer, Kira, on 240-555-0131" (chat-speak, "on", a phone)', said('is there a quilting bee still meeting in boonsboro', 'yep! it meets tuesday nights, txt the organizer, Kira, on 240-555-0131 to get on the list'), WITH_WAY),
  c('AK2 for: "Try the breeder, Hollow Creek Farm, at 301-555-0193" (another verb, a phone)', said('where can i buy a registered nigerian dwarf goat near here', 'Try the breeder, Hollow Creek Farm, at 301-555-0193; they list their kids each spring.'), WITH_WAY),
  c('AK2 for: "llame al fabricante, Calentadores Ruiz, al 888-555-0175" (Spanish, a phone)', es.said('mi calentador de agua hace un ruido raro, ¿quién lo revisa?', 'Como está en garantía, llame al fabricante, Calentadores Ruiz, al 888-555-0175 y pida una visita técnica.'), WITH_WAY),
  c('AK2 for: "Call the manufacturer, Blue Ridge Kilns, at 800-555-0152 … Also check with the county permits office" (a second party, no way)', said('i bought a used kiln, does it need a special outlet', 'Call the manufacturer, Blue Ridge Kilns, at 800-555-0152 to ask whether your model needs a 240-volt line. Also check with the county permits office before the electrician starts.'), NO_WAY),
  c('AK2 for: "write to the publisher, Bramble Press, at permissions@bramblepress.example.com; you should also ask your school\'s copyright librarian" (a second party, no way)', said('can i put photos from a published book in my class handout', 'For the photos, write to the publisher, Bramble Press, at permissions@bramblepress.example.com; you should also ask your school\'s copyright librarian whether a class handout counts as fair use.'), NO_WAY),
  // ---- AK2 against: "<party>, or <another party> at <way>" (two parties), "at" a time, the maker's web page (a source)
  c('AK2 against: "call your vet, or the pet poison hotline at 888-555-0166" (two parties, the vet with no way)', said('my dog ate a chocolate bar, is that bad', 'It can be. If he ate the whole bar, call your vet, or the pet poison hotline at 888-555-0166, right away.'), NO_WAY),
  c('AK2 against: "reach out to ur advisor, or the financial aid office at finaid@hcc.example.org" (chat-speak, two parties)', said('i think my pell grant got messed up, who do i talk to', 'prob best to reach out to ur advisor, or the financial aid office at finaid@hcc.example.org, they can see ur award'), NO_WAY),
  c('AK2 against: "llame a su médico, o a la línea de enfermería del condado al 301-555-0108" (Spanish, two parties)', es.said('mi mamá tiene fiebre alta desde ayer, ¿a quién llamo?', 'No puedo dar consejos médicos, pero llame a su médico, o a la línea de enfermería del condado al 301-555-0108, hoy mismo.'), NO_WAY),
  c('AK2 against: "email the program director, Ana Lutz, at the start of the semester" ("at" a time, no way)', said('the ESL class at the community college is full, what do i do', 'If the class is full, email the program director, Ana Lutz, at the start of the semester; she keeps a waitlist.'), NO_WAY),
  c('AK2 against: "The maker, Paragon Kilns, has the wiring diagram for that model at paragonkilns.example.com/manuals" (a source)', said('where can i find a wiring diagram for my old paragon kiln', 'The maker, Paragon Kilns, has the wiring diagram for that model at paragonkilns.example.com/manuals (page 14).'), NONE),
];

export const ak3: SessionCase[] = [
  // ---- AK3 for: the party's own staff, docent, members, volunteer, personal asked there: the party's way covers them
  c('AK3 for: "go to the Washington County Historical Society, 135 West Washington Street, Hagerstown, and ask the staff for the church records"', said('looking for baptism records from a lutheran church in hagerstown in the 1850s', 'Go to the Washington County Historical Society, 135 West Washington Street, Hagerstown, and ask the staff for the church records collection.'), WITH_WAY),
  c('AK3 for: "call the Humane Society of Washington County at 301-555-0127 and talk to a volunteer about fostering"', said('how do i start fostering cats', 'Call the Humane Society of Washington County at 301-555-0127 and talk to a volunteer about fostering; they run a short training first.'), WITH_WAY),
  c('AK3 for: "visite el Consulado General de Guatemala, 2220 R Street NW, Washington, y pregúntele al personal" (Spanish)', es.said('necesito renovar mi pasaporte guatemalteco, ¿dónde lo hago?', 'Visite el Consulado General de Guatemala, 2220 R Street NW, Washington, y pregúntele al personal por los requisitos del pasaporte.'), WITH_WAY),
  c('AK3 for: "stop by the Boonsboro Museum of History, 113 N Main St, Boonsboro, n ask a docent abt the civil war stuff" (chat-speak)', said('where can my son see real civil war stuff for his project', 'stop by the Boonsboro Museum of History, 113 N Main St, Boonsboro, n ask a docent abt the civil war stuff, they let kids handle some of it'), WITH_WAY),
  c('AK3 for: "email the Hagerstown Model Railroad Club at info@hagerstownmrc.example.org and ask one of the members to look at it"', said('i found an old lionel train set in the attic, how do i find out what it is', 'Email the Hagerstown Model Railroad Club at info@hagerstownmrc.example.org and ask one of the members to look at it; they identify old sets for free.'), WITH_WAY),
  // ---- AK3 against: the staff / a volunteer / el personal of another named party with no way; the desk of the place (older); the provider's own asking
  c('AK3 against: "Go to the Washington County Historical Society, …, for the maps, and ask the staff at the county land records office for the deed" (another party, no way)', said('i want the history of my house, built around 1900', 'Go to the Washington County Historical Society, 135 West Washington Street, Hagerstown, for the maps, and ask the staff at the county land records office for the deed itself.'), NO_WAY),
  c('AK3 against: "Call the Humane Society … at 301-555-0127, then talk to a volunteer at the county animal shelter" (another party, no way)', said('i want to volunteer with dogs somewhere', 'Call the Humane Society of Washington County at 301-555-0127, then talk to a volunteer at the county animal shelter about their dog-walking shifts.'), NO_WAY),
  c('AK3 against: "visite el Departamento de Salud …, y pregúntele al personal de la Oficina de Registros Vitales del estado" (Spanish, another party, no way)', es.said('¿dónde saco una copia del acta de nacimiento de mi hija? nació en Hagerstown', 'Visite el Departamento de Salud del Condado de Washington, 1302 Pennsylvania Avenue, Hagerstown, para el formulario, y pregúntele al personal de la Oficina de Registros Vitales del estado cómo pagar la copia.'), NO_WAY),
  c('AK3 against (older reading): "Stop by any MVA branch (mva.example.org/locations) …, and ask the information desk once you get there" (the desk there: labelled pass, see TAKEN)', said('how do i get a REAL ID here', 'Stop by any MVA branch (mva.example.org/locations) with your documents, and ask the information desk once you get there for the REAL ID checklist.'), WITH_WAY),
  c('AK3 against: "I checked with the staff at the Washington County Archives" (the provider asked, no referral)', said('is there a 1920 school census for washington county', 'I checked with the staff at the Washington County Archives this week: the 1920 school census survives, and its finding aid is at washco-archives.example.org/census.'), NONE),
];

export const ak4: SessionCase[] = [
  // ---- AK4 for: a time word and a noun naming the thing given, asked whether it meets the need
  c('AK4 for: "Did the Morning Herald index help?"', said('looking for newspaper articles on the 1936 flood in hagerstown', 'The Morning Herald index at washcolibrary.example.org/herald lists the 1936 flood stories by date. Did the Morning Herald index help?'), ASKED),
  c('AK4 for: "does the morning edition transcript answer ur q?" (chat-speak, lower case)', said('did npr ever do a story on the antietam church bells', 'yes! Morning Edition ran one in 2019, transcript at npr.example.org/2019/antietam-bells. does the morning edition transcript answer ur q?'), ASKED),
  c('AK4 for: "Is the Today in History page what you were after?"', said('what happened at antietam on september 17', 'The Library of Congress\'s Today in History page for September 17 (loc.example.org/today/0917) covers the battle. Is the Today in History page what you were after?'), ASKED),
  c('AK4 for: "Does the Tonight Show guide do the job for now?"', said('my grandpa says he was on the johnny carson show in the 70s, how can i check', 'The Tonight Show episode guide at tvarchive.example.com/tonight lists every guest by date, 1962-1992. Does the Tonight Show guide do the job for now?'), ASKED),
  c('AK4 for: "Was the Noon Edition episode useful?"', said('is there a podcast about the history of limestone quarries', 'Indiana Public Media\'s Noon Edition did an hour on it: noonedition.example.org/episodes/412. Was the Noon Edition episode useful?'), ASKED),
  c('AK4 for: "Does the Tomorrow Fund page cover it?"', said('are there scholarships for adults going back to school', 'The Tomorrow Fund scholarship page at tomorrowfund.example.org/apply has the forms and deadlines for adult learners. Does the Tomorrow Fund page cover it?'), ASKED),
  c('AK4 for: "¿Le sirve la guía Mañana Verde por ahora?" (Spanish)', es.said('¿cómo empiezo a hacer compost en mi casa?', 'La guía Mañana Verde en mananaverde.example.org/compost explica cómo empezar una compostera en casa. ¿Le sirve la guía Mañana Verde por ahora?'), ASKED),
  // ---- AK4 against: a time for a callback or pickup, a callback or scan not yet given
  c('AK4 against: "Does the evening help, or is daytime better?" (a time for a callback)', said('do you have the book antietam farmsteads', 'The interlibrary loan copy of "Antietam Farmsteads" should reach Smithsburg by Thursday (record at washcolibrary.example.org/rec/55120), and I can call you when it does. Does the evening help, or is daytime better?'), NOT_ASKED),
  c('AK4 against: "Does tomorrow morning work for you to pick it up?" (a time for a pickup)', said('is the frugal gardener in yet', 'Good news: "The Frugal Gardener" is on the hold shelf at Smithsburg now (record at washcolibrary.example.org/rec/20817). Does tomorrow morning work for you to pick it up?'), NOT_ASKED),
  c('AK4 against: "would tonight b ok for a callback?" (chat-speak, a time for a callback)', said('do u have the 1948 smithsburg high yearbook', 'found it in our catalog: washcolibrary.example.org/rec/30311, its reference only tho. i can phone u w the page numbers, would tonight b ok for a callback?'), NOT_ASKED),
  c('AK4 against: "Is noon a good time for you to come in?" (a time for a visit)', said('i need the old plat map of leitersburg', 'The plat map is in the map drawer of our Western Maryland Room (finding aid at washcolibrary.example.org/wmr/maps), and staff can scan it while you wait. Is noon a good time for you to come in?'), NOT_ASKED),
  c('AK4 against: "Would a tomorrow morning callback help?" (a time word and a noun, not yet given)', said('is there an 1877 atlas of washington county', 'The county\'s 1877 atlas is digitized at mdatlases.example.org/washington1877, but the Leitersburg district page is hard to read online. I could look at our print copy and ring you back. Would a tomorrow morning callback help?'), NOT_ASKED),
  c('AK4 against: "Would a scan of the whole chapter be what you need?" (older: not yet given)', said('anything on the old mills in funkstown', 'The chapter on Funkstown mills is in "Mills of Washington County" (record at washcolibrary.example.org/rec/40022), pages 88-104. Would a scan of the whole chapter be what you need?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AK2 for: "Try the breeder, Hollow Creek Farm, at 301-555-0193" (another verb, a phone)':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Try the breeder, Hollow Creek Farm, at 301-555-0193" tells the patron to get in touch with the breeder, whose phone is given ("Try Hollow Creek Farm at 301-555-0193." and "Call the breeder, Hollow Creek Farm, at …" pass) (older: v70 na the same)',
  'AK2 against: "llame a su médico, o a la línea de enfermería del condado al 301-555-0108" (Spanish, two parties)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "pero llame a su médico, o a la línea de enfermería del condado al 301-555-0108" refers the patron to two parties, the doctor with no way to reach them (not read after "pero"; at the start of the message the same words pass, the doctor and the nurse line read as one party) (older: v70 na the same)',
  'AK3 against (older reading): "Stop by any MVA branch (mva.example.org/locations) …, and ask the information desk once you get there" (the desk there: labelled pass, see TAKEN)':
    'expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact, the information desk asked "once you get there" is the MVA branch\'s own people, reached by the branch\'s URL, as the staff and volunteers AK3 reads are; the scorer keeps the older reading the brief names (the desk a party with no way), which RUBRIC.md\'s text does not support (older: v70 fail the same)',
};

describe('eighty-third round: block AK (AK2, AK3, AK4) checked blind, both ways, part ak2', () => {
  for (const [t, cs] of [['AK2', ak2], ['AK3', ak3], ['AK4', ak4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
