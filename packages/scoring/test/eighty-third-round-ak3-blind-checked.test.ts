/**
 * Eighty-third round, blind check of block AK (rubric v71), part ak3: AK5, AK6 and AK7 tried both ways in cases written by a helper
 * who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, typos, other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older
 * readings it must not break).
 * Check: referral.contact (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office
 * or a named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; staff
 * the provider consults on the patron's behalf do not count. pass when every party the patron is referred to comes with a way to
 * reach them (e-mail, phone, postal address or URL); fail otherwise). The label is NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - AK5: a collective ("the Greenbelt Mindfulness Collective"), a sangha, and a group or circle of a pursuit (a meditation group, a
 *   zen circle, a mindfulness group, a yoga or tai chi group, a prayer or bible group, a grief or caregiver group, a cycling,
 *   birding, chess, poetry, photography, language or conversation group, a moms' group …) is a party the patron can ask, call or
 *   visit. So "For the talk, ask at the Greenbelt Mindfulness Collective" after another party's phone in an earlier sentence is a
 *   second party with no way to reach it (fail). Not a group or circle the patron is told to read about or join online through a
 *   web page (a source), nor "a circle" or "group" in other senses ("circle the date", "the group of files").
 * - AK6: "the one / another one / the other one at <place>" after a party ("call the pro shop at Hagerstown Municipal Golf Course,
 *   301-555-0170, or stop by the one at Black Rock") is ANOTHER party of that kind, which needs its own way to reach it (there none:
 *   fail). Not "the one at the same address", "the one at your branch" (the same party), nor "the one at 3 pm" (a time).
 * - AK7: what the patron is told to visit (visit, stop by, drop by, drop in, come by, swing by, go to, head to) at a street address
 *   ("To try it, visit the group at 3100 Greenmount Avenue, Baltimore, MD 21218") is a party, the address its way to reach it
 *   (pass). Not a visit "at 7 pm" or "at 3:30" (a time, no address), nor a web page "at example.org/…" as a postal address.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A group, circle, collective or sangha of people who meet for a pursuit is an organisation outside the chat: telling the patron
 *   to ask, call, write to, check with or visit it is a referral.
 * - A group the patron is told to read about (its rules, notes or newsletter) or to join online through a web page and read there
 *   is a source or a publication, no referral; a group named only as a study's arm ("the meditation group slept longer") is no
 *   party at all.
 * - "the one at <town>" after a shop or office told to be called is a second shop or office of that kind in that town, referred to
 *   in its own right ("or try", "or head to", "stop in there"); "it's the one at the same address / at your branch" names the same
 *   party again; "the one at 3 pm" is a workshop, "the one at the top of their forms list" a form: neither is a party.
 * - A business or organisation the patron is told to go to, stop by, come by or drop in at (a tool library, a food pantry, a
 *   veterans' centre, a legal aid office, a pottery studio) is visited: a referral; a number, a street and a town is a postal
 *   address, in lower case too. A battlefield park the patron is told to walk is a sight, no person or organisation to contact: no
 *   referral. A club's events page the patron is told to visit is a web page: a source.
 *
 *   The battlefield (a sight) and "join … online … then read the discussion boards" (a source) are the labels most open to another
 *   reading; both were decided before the run and stand.
 *
 * COUNTS. Written: 34 cases, 18 for and 16 against (AK5 6/6, AK6 6/5, AK7 6/5), in one batch, labels copied aside to
 * /tmp/s75/ak3-labels.ts before the first run. First run as labelled: 26 of 34. Disagreeing: 8. Label corrections: none (each
 * reread against referral.contact and the Terms' "Referral"; the labels stand). Final: 26 running, 8 LEFT (each scored with rubric
 * v70 to tell "older" from "caused by AK": 0 caused by AK, 8 older, v70 giving each the same status as v71):
 * - expected fail / got na (older: v70 na): "pregunte en el Grupo de Conversación en Inglés de Hagerstown" (Spanish group not read).
 * - expected fail / got pass (older: v70 pass): "Call the hardware store at Funkstown, 301-555-0162, or try the one at Smithsburg".
 * - expected fail / got na (older: v70 na): "The MVA office at Hagerstown takes appointments at …, or you can head to the other one
 *   at Frederick".
 * - expected fail / got na (older: v70 na): "… another one at Halfway takes furniture, so stop in there too".
 * - expected fail / got pass (older: v70 pass): "Llame a la clínica dental de Hagerstown, 301-555-0138, o vaya a la de Hancock".
 * - expected pass / got na (older: v70 na): "There's a pottery studio at 3100 Pennsylvania Avenue, Hagerstown: swing by on a Saturday".
 * - expected fail / got na (older: v70 na): "Stop by the Hagerstown Camera Group at 7 pm on the first Thursday" ("Camera Group" not
 *   read as a party; "at 7 pm" rightly not an address).
 * - expected na / got pass (older: v70 pass): "head to Antietam National Battlefield, 5831 Dunker Church Road, Sharpsburg, and walk
 *   the Bloody Lane trail" (a sight read as a party by its address).
 * Probes outside this file (not cases): AK6 reads "the one at <place>" as a second party only before "and ask if / whether …": "Call
 * the hardware store at Funkstown, 301-555-0162, or stop by the one at Smithsburg and ask if they cut keys" fails, the same with
 * "… the one at Smithsburg.", "… the one at Black Rock.", "… and ask." or "; they cut keys." passes.
 * Running as labelled: the sangha, the yoga collective, the chat-speak birding group and the moms' group after another party's
 * phone (AK5) fail, the poetry circle with its e-mail passes; the photography group's rules page, the caregivers circle joined
 * online, a study's meditation group, "circle September 17" and "the group of files" stay na, and a group read about in a newsletter
 * after the Commission on Aging's phone still passes; "swing by the one at williamsport n ask if …" (AK6) fails, the two co-ops with
 * a phone each pass, and "the one at the same address", "the one at your branch", "the one at 3 pm", "el de las 6 de la tarde" and
 * "the one at the top of their forms list" are not read as new parties (pass); the tool library, the lower-case food pantry
 * address, the Veterans Service Center after a comma, "Vaya a la clínica comunitaria en …" and the Legal Aid office (AK7) pass, and
 * the Historical Society "at 3:30", the Lions Club "at 10" (fail) and the astronomy club's events page (na) are not read as
 * addresses. Of these, v70 misread four that v71 now reads: the sangha, the birding group, the moms' group (AK5) and the bike shop
 * (AK6).
 * ON v71 AS LANDED (the mends after this check): AK6 reads "the one / another one / the other one at <place>" as the object of a
 *   visit or call itself (not only before "and ask …"): "… or stop by the one at Smithsburg." fails as it should (a probe, not a
 *   case here); the MVA case now gets pass (the Frederick office read as referred to, the Hagerstown office's phone taken as its
 *   way), still LEFT; "try the one at …" and the Spanish "o vaya a la de Hancock" stay LEFT. Not checked blind again.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Dev, a librarian with Ask Us at Antietam County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'the downtown one' });
const HI_ES = 'Hola, soy Dev, bibliotecario de la Biblioteca del Condado de Antietam.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la del centro' });

export const ak5: SessionCase[] = [
  // ---- AK5 for: a sangha, a collective, a birding, poetry, conversation or moms' group asked, called, written to or checked with
  c('AK5 for: "… stress-management course, 240-555-0131. For evening sitting practice, ask at the Antietam Creek Sangha." (a second party, no way)', said('looking for somewhere to learn meditation in hagerstown', 'The Washington County Health Department has a free stress-management course, 240-555-0131. For evening sitting practice, ask at the Antietam Creek Sangha.'), NO_WAY),
  c('AK5 for: "Call the Hagerstown YMCA at 301-555-0145 … For gentle flow on weekends, check with the Blue Ridge Yoga Collective too." (a second party, no way)', said('is there yoga for older beginners near me, my knees are bad', 'Call the Hagerstown YMCA at 301-555-0145 about its chair yoga class. For gentle flow on weekends, check with the Blue Ridge Yoga Collective too.'), NO_WAY),
  c('AK5 for: "ur best bet is the boonsboro birding group, ask em abt the hawk watch on sat" (chat-speak, no way)', said('where can i see the hawk migration this fall', 'ur best bet is the boonsboro birding group, ask em abt the hawk watch on sat'), NO_WAY),
  c('AK5 for: "Write to the Cumberland Valley Poetry Circle at poems@cvpoetry.example.org" (write to, an e-mail)', said('i write poems and want to read them somewhere, any open mics around', 'Write to the Cumberland Valley Poetry Circle at poems@cvpoetry.example.org; they run an open mic every month and welcome new readers.'), WITH_WAY),
  c('AK5 for: "pregunte en el Grupo de Conversación en Inglés de Hagerstown; se reúnen los jueves" (Spanish, no way)', es.said('busco dónde practicar inglés conversando con otras personas', 'Para practicar, pregunte en el Grupo de Conversación en Inglés de Hagerstown; se reúnen los jueves por la noche.'), NO_WAY),
  c('AK5 for: "La Leche League\'s helpline is 301-555-0107. u could also check w/ the Smithsburg moms\' group" (a second party, no way)', said('where can i get help with breastfeeding and maybe used baby stuff', 'La Leche League\'s helpline is 301-555-0107. u could also check w/ the Smithsburg moms\' group, they swap baby gear all the time'), NO_WAY),
  // ---- AK5 against: a group read about or joined online (a source), a study's group, "circle" a date, a group of files, a group read about after a party
  c('AK5 against: "The Hagerstown Photography Group posts its contest rules and past winners at hagerstownphoto.example.org/contest" (read about)', said('how do i enter the local photo contest', 'The Hagerstown Photography Group posts its contest rules and past winners at hagerstownphoto.example.org/contest.'), NONE),
  c('AK5 against: "join the Tri-State Caregivers Circle online at tristatecaregivers.example.org/join, then read the discussion boards" (joined online)', said('im caring for my dad with dementia and feel alone', 'You can join the Tri-State Caregivers Circle online at tristatecaregivers.example.org/join, then read the discussion boards whenever you have a minute.'), NONE),
  c('AK5 against: "the meditation group slept 40 minutes longer than the control group" (a study\'s group)', said('does meditation actually help with sleep? any research', 'Yes, some. In the trial at pubmed.example.gov/3349, the meditation group slept 40 minutes longer than the control group.'), NONE),
  c('AK5 against: "nps.example.gov/anti/events: circle September 17 on your calendar" (circle a date)', said('when is the antietam anniversary program this year', 'The anniversary program is listed at nps.example.gov/anti/events: circle September 17 on your calendar.'), NONE),
  c('AK5 against: "select the group of files, right-click, and choose Send to > Compressed folder" (files)', said('how do i zip a bunch of photos to email them', 'Microsoft\'s steps are at support.microsoft.example.com/zip: select the group of files, right-click, and choose Send to > Compressed folder.'), NONE),
  c('AK5 against: "Call the … Commission on Aging at 301-555-0150 … read about the caregiver group it hosts in … its newsletter" (one party, a way)', said('i need a break from caring for my mom, is there respite care', 'Call the Washington County Commission on Aging at 301-555-0150 about respite care. You can read about the caregiver group it hosts in the spring issue of its newsletter, Aging Well.'), WITH_WAY),
];

export const ak6: SessionCase[] = [
  // ---- AK6 for: "the one / the other one / another one at <town>" after a party: another party of that kind
  c('AK6 for: "Call the hardware store at Funkstown, 301-555-0162, or try the one at Smithsburg" (no way for the second)', said('where can i get a car key cut from the code', 'Call the hardware store at Funkstown, 301-555-0162, or try the one at Smithsburg; either can cut a key from the code.'), NO_WAY),
  c('AK6 for: "The MVA office at Hagerstown takes appointments at 301-555-0171, or you can head to the other one at Frederick" (no way)', said('how do i renew my drivers license in person', 'The MVA office at Hagerstown takes appointments at 301-555-0171, or you can head to the other one at Frederick for walk-ins.'), NO_WAY),
  c('AK6 for: "call the bike shop at boonsboro 301-555-0183 or swing by the one at williamsport n ask" (chat-speak, no way)', said('my back wheel wobbles, who fixes that', 'call the bike shop at boonsboro 301-555-0183 or swing by the one at williamsport n ask if they true wheels'), NO_WAY),
  c('AK6 for: "The thrift store at Maugansville … (301-555-0194); another one at Halfway takes furniture, so stop in there too" (no way)', said('where can i donate an old couch and some clothes', 'The thrift store at Maugansville takes donations on Tuesdays (301-555-0194); another one at Halfway takes furniture, so stop in there too.'), NO_WAY),
  c('AK6 for: "Call the farm co-op at Keedysville, 301-555-0126, or the one at Clear Spring, 301-555-0127" (a phone each)', said('where can i buy chick starter feed around here', 'Call the farm co-op at Keedysville, 301-555-0126, or the one at Clear Spring, 301-555-0127, and ask if they stock chick starter.'), WITH_WAY),
  c('AK6 for: "Llame a la clínica dental de Hagerstown, 301-555-0138, o vaya a la de Hancock" (Spanish, no way)', es.said('necesito un dentista barato, no tengo seguro', 'Llame a la clínica dental de Hagerstown, 301-555-0138, o vaya a la de Hancock, que atiende sin cita.'), NO_WAY),
  // ---- AK6 against: the same party again ("the same address", "your branch"), a workshop at a time, a form on a list
  c('AK6 against: "Call the Register of Wills at 301-555-0190; it\'s the one at the same address as the courthouse" (the same party)', said('how do i get a copy of my grandfathers will', 'Call the Register of Wills at 301-555-0190; it\'s the one at the same address as the courthouse.'), WITH_WAY),
  c('AK6 against: "Call the Friends of the Library bookshop at 301-555-0112 about donating; it\'s the one at your branch" (the same party)', said('i have boxes of paperbacks to give away', 'Call the Friends of the Library bookshop at 301-555-0112 about donating; it\'s the one at your branch.'), WITH_WAY),
  c('AK6 against: "Call the Hagerstown Senior Center at 301-555-0114 … the one at 3 pm on Thursday still has room" (a time)', said('is there a class that explains medicare for new retirees', 'Call the Hagerstown Senior Center at 301-555-0114 to save a seat at a Medicare workshop; the one at 3 pm on Thursday still has room.'), WITH_WAY),
  c('AK6 against: "Llame al Centro Comunitario de Hagerstown al 301-555-0116 …; el de las 6 de la tarde todavía tiene cupo" (Spanish, a time)', es.said('quiero aprender a usar la computadora, hay clases?', 'Llame al Centro Comunitario de Hagerstown al 301-555-0116 para inscribirse en un taller de computación; el de las 6 de la tarde todavía tiene cupo.'), WITH_WAY),
  c('AK6 against: "Call the county Permits office at 240-555-0124 and ask for form BP-2, the one at the top of their forms list" (a form)', said('do i need a permit for a backyard shed', 'Call the county Permits office at 240-555-0124 and ask for form BP-2, the one at the top of their forms list.'), WITH_WAY),
];

export const ak7: SessionCase[] = [
  // ---- AK7 for: stop by, head to, come by, vaya a, drop in at, swing by a place at a street address (the address its way)
  c('AK7 for: "stop by the Hub City Tool Library at 45 West Washington Street, Hagerstown, MD 21740 and ask for a tile saw"', said('i need a tile saw for one weekend, dont want to buy one', 'You can stop by the Hub City Tool Library at 45 West Washington Street, Hagerstown, MD 21740 and ask for a tile saw; members borrow for free.'), WITH_WAY),
  c('AK7 for: "just head to the food pantry at 22 n potomac st hagerstown md" (chat-speak, lower case)', said('we are short on groceries this week, where can we get food', 'just head to the food pantry at 22 n potomac st hagerstown md, open tues & thurs 10-2, no paperwork needed'), WITH_WAY),
  c('AK7 for: "Come by the Veterans Service Center, 7 East Franklin Street, Hagerstown, any weekday morning" (a comma, no "at")', said('my husband is a veteran, who can help him apply for his pension', 'Come by the Veterans Service Center, 7 East Franklin Street, Hagerstown, any weekday morning; an officer there helps with the pension forms.'), WITH_WAY),
  c('AK7 for: "Vaya a la clínica comunitaria en 120 North Potomac Street, Hagerstown, MD 21740" (Spanish)', es.said('necesito ver a un médico pero no tengo seguro', 'Vaya a la clínica comunitaria en 120 North Potomac Street, Hagerstown, MD 21740; atienden a personas sin seguro.'), WITH_WAY),
  c('AK7 for: "Drop in at the Legal Aid office at 100 West Washington Street, Suite 3, Hagerstown, on a Tuesday"', said('my landlord wont give back my deposit, can i get free legal help', 'Drop in at the Legal Aid office at 100 West Washington Street, Suite 3, Hagerstown, on a Tuesday for the free tenant clinic.'), WITH_WAY),
  c('AK7 for: "There\'s a pottery studio at 3100 Pennsylvania Avenue, Hagerstown: swing by on a Saturday" (the address first)', said('i want to try pottery before signing up for a whole class', 'There\'s a pottery studio at 3100 Pennsylvania Avenue, Hagerstown: swing by on a Saturday and they\'ll let you try the wheel.'), WITH_WAY),
  // ---- AK7 against: a visit at a time (7 pm, 3:30, 10), a club's web page, a sight at an address
  c('AK7 against: "Stop by the Hagerstown Camera Group at 7 pm on the first Thursday" (a time, no way)', said('i want feedback on my photography, is there a club', 'Stop by the Hagerstown Camera Group at 7 pm on the first Thursday; they critique prints.'), NO_WAY),
  c('AK7 against: "Drop by the Washington County Historical Society at 3:30 any weekday" (a time, no way)', said('i want to look at old maps of our farm', 'Drop by the Washington County Historical Society at 3:30 any weekday; the archivist is free then.'), NO_WAY),
  c('AK7 against: "swing by the Williamsport Lions Club at 10 on Saturday" (a time, no way)', said('where can i donate old eyeglasses', 'swing by the Williamsport Lions Club at 10 on Saturday, they collect old glasses'), NO_WAY),
  c('AK7 against: "visit the Antietam Astronomy Club\'s events page at antietamastro.example.org/events" (a web page)', said('when is the next public stargazing night', 'Visit the Antietam Astronomy Club\'s events page at antietamastro.example.org/events for the star party dates.'), NONE),
  c('AK7 against: "head to Antietam National Battlefield, 5831 Dunker Church Road, Sharpsburg, and walk the Bloody Lane trail" (a sight)', said('any ideas for a history outing with my teenagers this weekend', 'On a nice day, head to Antietam National Battlefield, 5831 Dunker Church Road, Sharpsburg, and walk the Bloody Lane trail.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AK5 for: "pregunte en el Grupo de Conversación en Inglés de Hagerstown; se reúnen los jueves" (Spanish, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "pregunte en el Grupo de Conversación en Inglés de Hagerstown" tells the patron to ask at a conversation group, a party with no way to reach it (the Spanish "grupo de conversación" is not read as a party: probes outside this file with "llame al Grupo …" and "visite el Grupo …" are na too) (older: v70 na the same)',
  'AK6 for: "Call the hardware store at Funkstown, 301-555-0162, or try the one at Smithsburg" (no way for the second)':
    'expected fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, "or try the one at Smithsburg" sends the patron to a second hardware store, which comes with no way to reach it; only the Funkstown store has the phone (probes outside this file: "or stop by the one at Smithsburg" passes too, while "… or stop by the one at Smithsburg and ask if they cut keys" fails as it should: the second party is read only before "and ask if / whether") (older: v70 pass the same)',
  'AK6 for: "The MVA office at Hagerstown takes appointments at 301-555-0171, or you can head to the other one at Frederick" (no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "you can head to the other one at Frederick" tells the patron to visit a second MVA office, with no way to reach it (neither office is read as referred to; with "Call the MVA office … or head to the other one at Frederick" a probe passes, the Frederick office still unread) (older: v70 na the same). On v71 as landed (AK6 widened after this check to "the one at <place>" as the object of a visit): got pass ("the referral comes with a way to reach them"), the Frederick office read as referred to but the Hagerstown office\'s phone taken as its way',
  'AK6 for: "The thrift store at Maugansville … (301-555-0194); another one at Halfway takes furniture, so stop in there too" (no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "another one at Halfway …, so stop in there too" tells the patron to visit a second thrift store, with no way to reach it ("stop in there" not read as a visit; a probe with "Call the thrift store … ; another one at Halfway …, so stop by there too" passes, the Halfway store unread) (older: v70 na the same)',
  'AK6 for: "Llame a la clínica dental de Hagerstown, 301-555-0138, o vaya a la de Hancock" (Spanish, no way)':
    'expected fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, "o vaya a la de Hancock" sends the patron to a second dental clinic, in Hancock, with no way to reach it (the Spanish "la de <place>" is not read as another party; "o visite la de Hancock" passes too in a probe) (older: v70 pass the same)',
  'AK7 for: "There\'s a pottery studio at 3100 Pennsylvania Avenue, Hagerstown: swing by on a Saturday" (the address first)':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "swing by on a Saturday" tells the patron to visit the pottery studio named just before with its street address, a business with its postal address (a visit with no object after the verb is not read; "Swing by the pottery studio at 3100 Pennsylvania Avenue, Hagerstown on a Saturday." passes in a probe) (older: v70 na the same)',
  'AK7 against: "Stop by the Hagerstown Camera Group at 7 pm on the first Thursday" (a time, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Stop by the Hagerstown Camera Group" tells the patron to visit a photography group, with no way to reach it ("at 7 pm" rightly not taken as an address; but "Camera Group" is not read as a party: in probes "… Photography Group at 7 pm" and "… Camera Club at 7 pm" fail as they should, "… Camera Group on the first Thursday" is na) (older: v70 na the same)',
  'AK7 against: "head to Antietam National Battlefield, 5831 Dunker Church Road, Sharpsburg, and walk the Bloody Lane trail" (a sight)':
    'expected na, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact and Terms "Referral", a battlefield park the patron is told to walk is a sight to see, not a person or organisation to contact or ask (the street address makes it read as a party: without it a probe is na) (older: v70 pass the same)',
};

describe('eighty-third round: block AK (AK5, AK6, AK7) checked blind, both ways, part ak3', () => {
  for (const [t, cs] of [['AK5', ak5], ['AK6', ak6], ['AK7', ak7]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
