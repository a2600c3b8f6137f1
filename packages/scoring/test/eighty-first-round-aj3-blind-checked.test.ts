/**
 * Eighty-first round, blind check of block AJ (rubric v70), part aj3: AJ2, AJ3 and AJ5 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * Checks:
 * - referral.contact (AJ2, AJ3; RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or
 *   visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department,
 *   office or a named specialist; a website, database or publication for the patron to use is a source, not a referral; staff the
 *   provider consults on the patron's behalf do not count; pass when every party referred to comes with a way to reach them
 *   (e-mail, phone, postal address or URL); fail otherwise). Labels NO_WAY (fail), WITH_WAY (pass), NONE (na).
 *   AJ2: "drop in" followed by a thing dropped or typed into something is no visit; "drop in at / to / on …", "drop in <a day>"
 *   still are. AJ3: "take / bring / carry it / them / the <thing> (in / over) to" a capitalised name, a comma and a street address
 *   refers the patron to that place, its address the way; not a sight to see or walk, not the library taking it.
 * - followup.completeness (AJ5; RUBRIC: pass when, in or after the first message that gives a source or answer, the provider asks
 *   whether the information already given meets the need ("Does this completely answer your question?", "Is that what you were
 *   looking for?", "Did that help?"); a question about something not yet given ("would a scan be what you need?") does not count;
 *   fail otherwise). Every completeness session here gives a source in the message that asks (before the question), and has no
 *   other question that could count, so the label is ASKED (pass) or NOT_ASKED (fail). AJ5: "Will / Would / Does / Can that /
 *   these / those / … / the <thing> do for <a purpose> / for now / the trick / the job?" about what was given counts; not a time or
 *   slot, not just after the provider's own offer or a colleague's or branch's plan.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A street number and street with the town (with or without state and ZIP) is a postal address: a way to reach the party there.
 * - Bringing a thing to a shop, society or business to be looked at, appraised, repaired or bought is visiting that organisation:
 *   a referral.
 * - A park, a trail or a transit station the patron is sent to walk, see or pass through is a place, not a person or organisation:
 *   no referral, with or without its address.
 * - The library ("we'll take it over to …") taking a thing somewhere tells the patron to contact or visit no one: no referral.
 * - A name typed into a search box ("drop in "Enoch Pratt Free Library"") is a search term, not a party the patron is sent to.
 * - A group said to meet "at Millbrook" (the provider's own branch named, no street address) comes with no way to reach it.
 * - "Drop in there / on them / with your W-2s / Saturdays …" after a named office or group tells the patron to visit it.
 * - A completeness question naming the thing given ("Would the Seymour Simon book do …?") asks about what was given even right
 *   after an offer; "that one" after "You mentioned you might have an old copy at home" is the patron's own copy; "a large-print
 *   copy", never given, is something not yet given; Spanish "¿Le sirve ese manual para …?" asks whether the manual given serves.
 *
 * COUNTS. Written: 33 cases, 18 for and 15 against (AJ2 6/5, AJ3 6/5, AJ5 6/5), in one batch, labels copied aside to
 * /tmp/s74/aj3-labels.ts before the first run. First run as labelled: 23 of 33. Disagreeing: 10. Label corrections: none (each
 * reread against referral.contact or followup.completeness; the labels stand). Final: 23 running, 10 LEFT (each scored with
 * rubric v69 to tell "older" from "caused by AJ"; 1 caused by AJ, 9 older):
 * - expected na / got pass (caused by AJ3: v69 na): "Take the Metro to Smithsonian Station, 1200 Independence Avenue SW,
 *   Washington, then walk ten minutes to the Tidal Basin" (a station passed through read as a party with an address).
 * - expected fail / got pass (older: v69 na): "carry the sword over to Antietam Relics, 12 West Main Street, Sharpsburg, and you
 *   could also ask the Civil War Round Table of Frederick" (AJ3 reads the shop; the Round Table, with no way, is not read).
 * - expected na / got fail (older: v69 fail): "In the search box, drop in "Enoch Pratt Free Library" and "branch"" (a typed
 *   library name read as a party).
 * - expected fail / got na (older: v69 na): "AARP Tax-Aide volunteers are also at Millbrook on Wednesdays …; drop in with your
 *   W-2s" (a visit to an outside organisation, no way).
 * - expected pass / got na (older: v69 na): "lug it over to Timonium Sew & Vac, 2315 York Road, Timonium" ("lug" not read).
 * - expected pass / got na (older: v69 na): "puede llevar el reloj a Relojería Ortiz, 1520 University Boulevard East, …".
 * - expected pass / got na (older: v69 na): "Pikesville Coin & Currency, 1500 Reisterstown Road, Pikesville, does free appraisals:
 *   bring the jar there" (the party named before the verb).
 * - expected pass / got fail (older: v69 fail): "Does this one do for your grant application?" ("this one", the page given).
 * - expected pass / got fail (older: v69 fail): "Would the 1880 record do for now?" (the record given).
 * - expected pass / got fail (older: v69 fail): "I could also order the National Geographic DVD from another branch. Would the
 *   Seymour Simon book do for his class tomorrow?" (the book given, named, after an offer).
 * ON v70 AS LANDED (the mends after this check, not checked blind again): AJ3 not for a ride taken ("Take the Metro to
 *   Smithsonian Station, …": runs as labelled); AJ5's offer test only with "that / this / it" as the subject; LEFT: nine older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { ASKED, nearMiss as c, nearMissLines, NO_WAY, NONE, NOT_ASKED, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Odette, a librarian with Ask Us at Linden Ridge Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'millbrook' });
const HI_ES = 'Hola, soy Odette, bibliotecaria de la Biblioteca de Linden Ridge.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de millbrook' });

export const aj2: SessionCase[] = [
  // ---- AJ2 for: "drop in" followed by a thing dropped into a pot or bottle, or typed into a box: no visit
  c('AJ2 for: "drop in a teaspoon of oil or butter before the water boils" (a cookbook given)', said('my rice always sticks to the pot, any tips?', '"How to Cook Everything" by Mark Bittman has a whole section on rice; Millbrook has it on the shelf (641.5 BIT). He says to rinse the rice first and drop in a teaspoon of oil or butter before the water boils.'), NONE),
  c('AJ2 for: "drop in ur barcode and password, then hit Renew All" (chat-speak, typed)', said('how do i renew my books online', 'go to linden.example.org/renew, drop in ur barcode and password, then hit Renew All :)'), NONE),
  c('AJ2 for: "drop in five Mentos at once and stand back" (a capitalised thing)', said('my kid wants to do the soda geyser thing for the science fair', 'The steps are at stevespanglerscience.example.com/geyser: open a 2-liter bottle of Diet Coke outside, drop in five Mentos at once and stand back.'), NONE),
  c('AJ2 for: "drop in a few keywords like "Bay Bridge" and "1952"" (typed into a database)', said('how do i find old newspaper articles about the 1952 bay bridge opening', 'Try ProQuest Historical Newspapers at linden.example.org/databases/proquest: drop in a few keywords like "Bay Bridge" and "1952", then narrow the results to the Baltimore Sun.'), NONE),
  c('AJ2 for: "In the search box, drop in "Enoch Pratt Free Library" and "branch"" (a library\'s name typed)', said('looking for old photos of baltimore library branches', 'The Maryland Digital Collections site at mdigital.example.org has hundreds. In the search box, drop in "Enoch Pratt Free Library" and "branch", then sort by date.'), NONE),
  c('AJ2 for: "drop in the yeast only once the milk has cooled … call their Baker\'s Hotline at 855-371-2253" (the one referral has a phone)', said('my bread dough never rises, what am i doing wrong', 'King Arthur\'s yeast guide at kingarthur.example.com/yeast says to drop in the yeast only once the milk has cooled to lukewarm. If it still won\'t rise, call their Baker\'s Hotline at 855-371-2253.'), WITH_WAY),
  // ---- AJ2 against: "drop in there / Saturdays … with / on them / with your W-2s / to <an address>" still visits
  c('AJ2 against: "The county Veterans Service Office can also help …; you can drop in there any weekday morning" (no way)', said('how do i get a copy of my dad\'s DD-214', 'The request page at archives.example.gov/veterans has the SF-180 form and the steps. The county Veterans Service Office can also help you fill it out; you can drop in there any weekday morning.'), NO_WAY),
  c('AJ2 against: "The Frederick County Master Gardeners run a free plant clinic; just drop in Saturdays 9 to noon with a leaf in a zip bag"', said('my tomato leaves have brown spots, what is it', '"The Maryland Gardener\'s Handbook" on the shelf at Millbrook has a chapter on leaf spots, with photos. The Frederick County Master Gardeners also run a free plant clinic; just drop in Saturdays 9 to noon with a leaf in a zip bag.'), NO_WAY),
  c('AJ2 against: "u can drop in to the American Job Center, 5 East Church St, Frederick MD 21701" (chat-speak, an address)', said('need help with my resume and finding work', 'our job help guide is at linden.example.org/jobs! also u can drop in to the American Job Center, 5 East Church St, Frederick MD 21701, mon-fri 9-4, no appt needed'), WITH_WAY),
  c('AJ2 against: "The Literacy Council\'s volunteer tutors … drop in on them any Thursday evening" (no way)', said('my neighbor wants to practice english conversation, is there anything free', 'The "English Conversation" e-books on Libby at linden.overdrive.example.com are free with a card. The Literacy Council\'s volunteer tutors also run a conversation group; she can drop in on them any Thursday evening, no sign-up.'), NO_WAY),
  c('AJ2 against: "AARP Tax-Aide volunteers are at Millbrook on Wednesdays; drop in with your W-2s" (no way)', said('can someone help me do my taxes for free', 'The IRS Free File page at irs.example.gov/freefile lists free online options. AARP Tax-Aide volunteers are also at Millbrook on Wednesdays from 10 to 2; drop in with your W-2s and last year\'s return.'), NO_WAY),
];

export const aj3: SessionCase[] = [
  // ---- AJ3 for: a thing taken, brought, carried or lugged to a named place with a street address: a referral, the address its way
  c('AJ3 for: "take them to the Baltimore County Historical Society, 9811 Van Buren Lane, Cockeysville"', said('found my grandpa\'s WWII letters in the attic, who can tell me about them?', 'The guide at archives.example.gov/family-papers explains how to store them safely. To have them looked at, take them to the Baltimore County Historical Society, 9811 Van Buren Lane, Cockeysville; their archivist is in on Saturdays.'), WITH_WAY),
  c('AJ3 for: "bring the map in to Chesapeake Paper Conservation, 120 West Street, Annapolis, MD 21401"', said('i have an old map that\'s torn, how do i fix it', 'The preservation leaflet at nedcc.example.org/leaflets/tears says not to tape it. For a proper repair, bring the map in to Chesapeake Paper Conservation, 120 West Street, Annapolis, MD 21401.'), WITH_WAY),
  c('AJ3 for: "u could carry the whole box over to Ukazoo Books, 4 Allegheny Ave, Towson" (chat-speak)', said('got like 200 old paperbacks, anywhere that buys them?', 'ya for sure! u could carry the whole box over to Ukazoo Books, 4 Allegheny Ave, Towson, they buy used paperbacks n give store credit'), WITH_WAY),
  c('AJ3 for: "lug it over to Timonium Sew & Vac, 2315 York Road, Timonium" (another verb)', said('my grandmother\'s old Singer sewing machine keeps jamming, who fixes those?', 'The manual archive at singer.example.com/manuals has the manual for most models. For a repair, lug it over to Timonium Sew & Vac, 2315 York Road, Timonium; they service vintage machines.'), WITH_WAY),
  c('AJ3 for: "puede llevar el reloj a Relojería Ortiz, 1520 University Boulevard East, Langley Park, MD 20783" (Spanish)', es.said('el reloj de mi abuelo no funciona, ¿dónde lo pueden arreglar?', 'La guía de cuidado de relojes antiguos está en nawcc.example.org/cuidado. Para arreglarlo, puede llevar el reloj a Relojería Ortiz, 1520 University Boulevard East, Langley Park, MD 20783.'), WITH_WAY),
  c('AJ3 for: "Pikesville Coin & Currency, 1500 Reisterstown Road, Pikesville, does free appraisals: bring the jar there" (the party first)', said('have a jar of old coins from my uncle, are they worth anything?', 'The Red Book price guide is on the shelf at Millbrook (737.4 YEO). Pikesville Coin & Currency, 1500 Reisterstown Road, Pikesville, does free appraisals: bring the jar there any weekday.'), WITH_WAY),
  // ---- AJ3 against: a park to walk, a station to pass through, the library taking it; no address; a second party with no way
  c('AJ3 against: "Take the little one to Cunningham Falls State Park, 14039 Catoctin Hollow Road, Thurmont, and walk the Lower Trail"', said('need an easy hike for my 6 yr old near frederick', 'The trail finder at dnr.example.gov/trails lists easy ones by county. Take the little one to Cunningham Falls State Park, 14039 Catoctin Hollow Road, Thurmont, and walk the Lower Trail up to the falls.'), NONE),
  c('AJ3 against: "Take the Metro to Smithsonian Station, 1200 Independence Avenue SW, Washington, then walk … to the Tidal Basin"', said('whats the best way to see the cherry blossoms without driving', 'The bloom watch at nps.example.gov/cherry has the peak dates. Take the Metro to Smithsonian Station, 1200 Independence Avenue SW, Washington, then walk ten minutes to the Tidal Basin.'), NONE),
  c('AJ3 against: "we\'ll take it over to Chesapeake Bindery, 88 Ritchie Highway, Severna Park" (the library takes it)', said('i spilled coffee on a library book, help', 'No worries, it happens! Our damaged items page is at linden.example.org/policies/damaged. Since the book is ours, we\'ll take it over to Chesapeake Bindery, 88 Ritchie Highway, Severna Park, to see if it can be saved; there\'s nothing else you need to do.'), NONE),
  c('AJ3 against: "bring the diary to the Maryland Center for History and Culture and ask for the manuscripts curator" (no address)', said('found a diary from 1864 in my attic, what do i do with it', 'The preservation leaflet at nedcc.example.org/leaflets/diaries says to keep it in a cool, dry box. To learn more about it, bring the diary to the Maryland Center for History and Culture and ask for the manuscripts curator.'), NO_WAY),
  c('AJ3 against: "carry the sword over to Antietam Relics, 12 West Main Street, Sharpsburg, and … ask the Civil War Round Table of Frederick"', said('i have a civil war sword from my great-great-grandfather, how do i learn about it', 'The guide to identifying swords is at si.example.edu/swords. For an appraisal, carry the sword over to Antietam Relics, 12 West Main Street, Sharpsburg, and you could also ask the Civil War Round Table of Frederick about its history.'), NO_WAY),
];

export const aj5: SessionCase[] = [
  // ---- AJ5 for: "Will / Does / Would … do for <a purpose> / for now / the trick?" about what was given
  c('AJ5 for: "Will those three do for your book club?" (three titles given)', said('need a short novel for my book club, we meet in 2 weeks', '"Train Dreams" by Denis Johnson, "Foster" by Claire Keegan and "Small Things Like These" by Claire Keegan are all under 130 pages, and Millbrook has book club kits for two of them (linden.example.org/kits). Will those three do for your book club?'), ASKED),
  c('AJ5 for: "Does this one do for your grant application?" (a page given)', said('need census numbers on poverty in Allegany County for a grant', 'The Census Bureau QuickFacts page for Allegany County (census.example.gov/quickfacts/alleganycountymd) gives the poverty rate, 2023 estimate. Does this one do for your grant application?'), ASKED),
  c('AJ5 for: "Would the 1880 record do for now?" (a census record given)', said('looking for my great-grandma Ida Rausch in the 1890 census', 'Sadly most of the 1890 census burned in 1921, but she is in the 1880 census in Cumberland, on FamilySearch at familysearch.example.org/ark/1880/rausch. Would the 1880 record do for now?'), ASKED),
  c('AJ5 for: "do these do the trick for ur resume?" (chat-speak, a list given)', said('need action verbs for my resume lol', 'lol ok! the Purdue OWL list at owl.example.edu/resume-verbs has like 200, sorted by skill. do these do the trick for ur resume?'), ASKED),
  c('AJ5 for: "¿Le sirve ese manual para preparar el examen?" (Spanish, a manual given)', es.said('necesito las reglas para sacar la licencia de conducir en Maryland', 'El manual del conductor en español está en mva.example.gov/manual-es, con todas las reglas y un examen de práctica. ¿Le sirve ese manual para preparar el examen?'), ASKED),
  c('AJ5 for: "I could also order the National Geographic DVD …. Would the Seymour Simon book do for his class tomorrow?" (the book named)', said('my son needs a book on volcanoes for class tomorrow', '"Volcanoes" by Seymour Simon is on the shelf at Millbrook (J 551.21 SIM). I could also order the National Geographic DVD from another branch. Would the Seymour Simon book do for his class tomorrow?'), ASKED),
  // ---- AJ5 against: a time slot, the provider's offer, the patron's own copy, a branch's plan, a thing not yet given
  c('AJ5 against: "Would 10:30 on Tuesday do for you to come in?" (a slot)', said('can someone help me do my taxes, does the library do that', 'The IRS Free File page at irs.example.gov/freefile lists free options. Our tax volunteers also do returns by appointment. Would 10:30 on Tuesday do for you to come in?'), NOT_ASKED),
  c('AJ5 against: "I can ask a nearby library system to lend us one, usually about a week. Would that do for the party?" (an offer)', said('do you have the Bluey movie on DVD? its for a birthday party', 'Our catalogue record at linden.example.org/rec/88120 shows both copies checked out. I can ask a nearby library system to lend us one, usually about a week. Would that do for the party?'), NOT_ASKED),
  c('AJ5 against: "You mentioned you might have an old copy at home. Would that one do for her class?" (the patron\'s own copy)', said('my daughter needs The Giver for 7th grade english, we might have an old copy somewhere at home', 'Millbrook has two copies of "The Giver" on the shelf (J LOW), and the e-book is on Libby at linden.overdrive.example.com. You mentioned you might have an old copy at home. Would that one do for her class?'), NOT_ASKED),
  c('AJ5 against: "ive asked our Eastbrook branch to send 4 more over by fri, would that do for ur group?" (chat-speak, a branch\'s plan)', said('need 6 copies of wonder for my reading group', 'ok so the catalog (linden.example.org/rec/50321) shows 2 here at millbrook. ive asked our Eastbrook branch to send 4 more over by fri, would that do for ur group?'), NOT_ASKED),
  c('AJ5 against: "Would a large-print copy do for your mom?" (none given)', said('need a copy of The Women by Kristin Hannah for my mom', 'Millbrook has it on the shelf; the catalogue record is at linden.example.org/rec/71020. Would a large-print copy do for your mom?'), NOT_ASKED),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AJ2 for: "In the search box, drop in "Enoch Pratt Free Library" and "branch"" (a library\'s name typed)':
    'expected referral.contact na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact, "Enoch Pratt Free Library" is a search term typed into the Maryland Digital Collections box, no party the patron is told to contact or visit (older: v69 fail the same)',
  'AJ2 against: "AARP Tax-Aide volunteers are at Millbrook on Wednesdays; drop in with your W-2s" (no way)':
    'expected referral.contact fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "drop in with your W-2s" tells the patron to visit AARP Tax-Aide, an organisation outside the chat, with no e-mail, phone, address or URL (older: v69 na the same)',
  'AJ3 for: "lug it over to Timonium Sew & Vac, 2315 York Road, Timonium" (another verb)':
    'expected referral.contact pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "lug it over to" a repair shop is telling the patron to visit it, and its street address is a way (older: v69 na the same; "lug" is not among AJ3\'s verbs)',
  'AJ3 for: "puede llevar el reloj a Relojería Ortiz, 1520 University Boulevard East, Langley Park, MD 20783" (Spanish)':
    'expected referral.contact pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "puede llevar el reloj a Relojería Ortiz, <address>" sends the patron to a repair shop with its postal address (older: v69 na the same)',
  'AJ3 for: "Pikesville Coin & Currency, 1500 Reisterstown Road, Pikesville, does free appraisals: bring the jar there" (the party first)':
    'expected referral.contact pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "bring the jar there" sends the patron to the coin shop named just before with its street address (older: v69 na the same; AJ3 reads only the name and address after "to")',
  'AJ3 against: "carry the sword over to Antietam Relics, 12 West Main Street, Sharpsburg, and … ask the Civil War Round Table of Frederick"':
    'expected referral.contact fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, every party must come with a way: "ask the Civil War Round Table of Frederick" is a second referral with none (older: v69 na, not as labelled either; AJ3 now reads Antietam Relics and its address, the Round Table is still not read)',
  'AJ5 for: "Does this one do for your grant application?" (a page given)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "this one" is the QuickFacts page just given, asked whether it serves the grant application (older: v69 fail the same; "this one" not among AJ5\'s subjects)',
  'AJ5 for: "Would the 1880 record do for now?" (a census record given)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, "the 1880 record" is the FamilySearch record just given, asked whether it serves for now (older: v69 fail the same)',
  'AJ5 for: "I could also order the National Geographic DVD …. Would the Seymour Simon book do for his class tomorrow?" (the book named)':
    'expected followup.completeness pass, got fail ("never asked whether the information given meets the need"): RUBRIC followup.completeness, the question names the book given ("the Seymour Simon book"), not the DVD offered just before it (older: v69 fail the same)',
};

describe('eighty-first round: block AJ (AJ2, AJ3, AJ5) checked blind, both ways, part aj3', () => {
  for (const [t, cs] of [['AJ2', aj2], ['AJ3', aj3], ['AJ5', aj5]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
