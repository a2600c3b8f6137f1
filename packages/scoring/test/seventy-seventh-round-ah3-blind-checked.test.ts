/**
 * Seventy-seventh round, blind check of block AH (rubric v68), part ah3: AH5, AH11 and AH13 tried both ways in cases written by a
 * helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words:
 * chat-speak, other verbs, parties and orders, Spanish; "against": near misses the block must not read, and older readings it must
 * not break).
 * Check: referral.contact (AH5, AH11, AH13; RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation
 * outside the chat (call, write to, ask or visit them): another agency, library, department, office or a named specialist; pointing
 * to a website, database or publication for the patron to use is a source, not a referral; the own library's departments count
 * when the patron is told to contact or visit them, staff the provider consults on the patron's behalf do not; a transfer of the
 * chat is not a referral. RUBRIC referral.contact: na unless the provider makes a referral; pass when every party the patron is
 * referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Coming back to this chat service (logging, signing back in, reconnecting, a new chat), in any language, is no contact with a
 *   party outside the chat: no referral. Logging back in to another service's chat (the Court Help Center's) to be helped by its
 *   staff is contacting that party: a referral.
 * - A branch of the provider's own library, visited to be helped by a librarian there, is the own library's part the patron is
 *   told to visit: a referral, which needs a way to reach it.
 * - "Their" after a party named in its own part is that party's (the visitor center's hours); a clerk or the staff "there" or of
 *   the party just named are the same party, not a second one.
 * - An earlier sentence's contact reaches a party only when it is that party's own (its URL, its phone), whatever words name it
 *   ("DCHS" and "the Dorchester County Historical Society" are one party); a URL of another body (the Park Service, the state's
 *   tourism office) gives no way to reach a museum or society named after it.
 *
 * COUNTS. Written: 32 cases, 18 for and 14 against (AH5 7/6, AH11 7/4, AH13 4/4), in one batch, labels copied aside to
 * /tmp/s73/ah3-labels.ts before the first run. First run as labelled: 28 of 32. Disagreeing: 4. Label corrections: 0 (each reread
 * against RUBRIC's Referral term and referral.contact rule; the labels stand). Final: 28 running, 4 LEFT (each scored with rubric v67
 * to tell "older" from "AH caused"; 2 caused by AH, 2 older):
 * - referral.contact, expected fail / got na (caused by AH5: v67 fail): "The Maryland Court Help Center has live chat too: log back in
 *   there after lunch and the staff will help you fill out the form." (another agency's chat, read as this service).
 * - referral.contact, expected pass / got fail (caused by AH11: v67 pass): "Call the Wicomico Youth Soccer League at 410-555-0190, and
 *   ask the coaches about their fall tryouts." (the league's coaches read as a second party).
 * - referral.contact, expected fail / got pass (older: v67 pass): "You can read about the festival at eastonwaterfowl.example.org.
 *   Visit the Academy Art Museum while you're there, and call the Talbot County tourism office at 410-555-0142 for a map." (one own
 *   word, under AH13's two).
 * - referral.contact, expected pass / got fail (older: v67 fail): "Yes, DCHS posts its Saturday hours at dchs.example.org. While you're
 *   in Cambridge, stop by the Dorchester County Historical Society, and call the visitor center at 410-555-0111 about parking." (the
 *   initials and the full name are one party).
 * ON v68 AS LANDED (mends after this check): the two caused by AH are mended (AH5 not "log back in there", another service's chat;
 *   AH11's "their" not after the people of a party, "the coaches"): they run; 2 LEFT, older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Renee, a librarian with Ask Us at Dorchester County Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'cambridge' });
const HI_ES = 'Hola, soy Renee, bibliotecaria de la Biblioteca Pública del Condado de Dorchester.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de cambridge' });

export const ah5: SessionCase[] = [
  // ---- AH5 for: coming back to this chat by logging / signing back in or reconnecting, "and / when" a librarian or staff will help
  c('AH5 for: "If your phone dies, just log back in later and a librarian will help you with the rest of the search."', said('can u help me find my grandmas obituary from 1987? my battery is almost dead tho', 'Sure! The Daily Banner for 1987 is in our Newspaper Archive database at dcpl.example.org/newspapers. If your phone dies, just log back in later and a librarian will help you with the rest of the search.'), NONE),
  c('AH5 for: "np!! log back on whenever and a librarian can help w the rest of ur list :)" (chat-speak)', said('i have like 10 more books to find for my book club but i gotta go to work', 'np!! log back on whenever and a librarian can help w the rest of ur list :)'), NONE),
  c('AH5 for: "If the chat drops you, sign in again in a few minutes and one of our librarians will help you finish the citation list."', said('my wifi keeps cutting out, i need help with my APA citations', 'The APA guide is at dcpl.example.org/apa. If the chat drops you, sign in again in a few minutes and one of our librarians will help you finish the citation list.'), NONE),
  c('AH5 for: "Our chat closes at 8 tonight, so please reconnect tomorrow morning when our staff can help you finish the application."', said('i need help with the passport application form', 'The form DS-11 is at travel.state.example.gov/ds11. Our chat closes at 8 tonight, so please reconnect tomorrow morning when our staff can help you finish the application.'), NONE),
  c('AH5 for: "Signing back in later today is fine, and another librarian can help you pick up where we left off." ("signing", a comma)', said('i have to pick up my kid, can we finish this later?', 'Of course. Signing back in later today is fine, and another librarian can help you pick up where we left off.'), NONE),
  c('AH5 for: "Once you have found your card number, log back in to Ask Us and a staff member can help you reset the PIN."', said('i forgot my library pin and i dont have my card with me', 'No problem. Once you have found your card number, log back in to Ask Us and a staff member can help you reset the PIN.'), NONE),
  c('AH5 for: "Si se le corta la conexión, vuelva a entrar al chat más tarde y un bibliotecario le ayudará con el resto." (Spanish)', es.said('necesito ayuda con el formulario de ciudadanía pero mi internet está fallando', 'El formulario N-400 está en uscis.example.gov/n-400. Si se le corta la conexión, vuelva a entrar al chat más tarde y un bibliotecario le ayudará con el resto.'), NONE),
  // ---- AH5 against: a place visited, another service's chat, a party called, and v16's new chat that must not break
  c('AH5 against: "Come back to the Cambridge branch tomorrow and a librarian will help you set up the microfilm reader." (a place)', said('can i look at old newspapers on microfilm?', 'Yes, we have the Daily Banner on microfilm from 1897. Come back to the Cambridge branch tomorrow and a librarian will help you set up the microfilm reader.'), NO_WAY),
  c('AH5 against: "The Maryland Court Help Center has live chat too: log back in there after lunch and the staff will help you fill out the form." (another service)', said('i need help filling out a custody form', 'I can point you to the form, but for help filling it out the court is best. The Maryland Court Help Center has live chat too: log back in there after lunch and the staff will help you fill out the form.'), NO_WAY),
  c('AH5 against: "When your internet is back and you reconnect, visit the Talbot County Free Library\'s Maryland Room and a librarian will help you with the deeds." (another library visited)', said('im looking for old land deeds from easton but my internet is bad', 'When your internet is back and you reconnect, visit the Talbot County Free Library\'s Maryland Room and a librarian will help you with the deeds.'), NO_WAY),
  c('AH5 against: "Once the power is back and you reconnect, call the Choptank Electric outage line at 877-555-0134 and a staff member will help you report it." (a party called, with a way)', said('our power has been out since last night, who do i tell', 'Once the power is back and you reconnect, call the Choptank Electric outage line at 877-555-0134 and a staff member will help you report it.'), WITH_WAY),
  c('AH5 against: "You can start a new chat after 2 and a librarian will help you with the tax forms." (v16 P7, must not break)', said('i need the maryland tax forms but i have to run', 'The forms are at marylandtaxes.example.gov/forms. You can start a new chat after 2 and a librarian will help you with the tax forms.'), NONE),
  c('AH5 against: "Log back in to your MyMVA account first, then go to the Cambridge MVA office and the staff will help you with the REAL ID." (an office visited)', said('how do i get a real id', 'Log back in to your MyMVA account first, then go to the Cambridge MVA office and the staff will help you with the REAL ID.'), NO_WAY),
];

export const ah11: SessionCase[] = [
  // ---- AH11 for: two referring verbs, the later part names its own party before "their"
  c('AH11 for: "Stop by the Talbot Historical Society in Easton, and call the Easton Visitor Center at 410-555-0142 to check their weekend hours." (no way for the society)', said('im visiting easton this weekend and want to see some local history', 'Stop by the Talbot Historical Society in Easton, and call the Easton Visitor Center at 410-555-0142 to check their weekend hours.'), NO_WAY),
  c('AH11 for: "Swing by the Havre de Grace Decoy Museum, and phone the Harford County tourism office at 410-555-0188 for their list of summer events." (other verbs)', said('what is there to do in havre de grace in july', 'Swing by the Havre de Grace Decoy Museum, and phone the Harford County tourism office at 410-555-0188 for their list of summer events.'), NO_WAY),
  c('AH11 for: "Call the Cambridge Visitor Center at 410-555-0111, and visit the Harriet Tubman Museum to see their new quilt exhibit." (order swapped)', said('where can i learn about harriet tubman in cambridge', 'Call the Cambridge Visitor Center at 410-555-0111, and visit the Harriet Tubman Museum to see their new quilt exhibit.'), NO_WAY),
  c('AH11 for: "def stop by the Calvert Marine Museum, and call the Solomons visitor center at 410-555-0163 to check their hrs first" (chat-speak)', said('going to solomons with the kids, anything fun?', 'def stop by the Calvert Marine Museum, and call the Solomons visitor center at 410-555-0163 to check their hrs first'), NO_WAY),
  c('AH11 for: "Drop in at the Kent County Historical Society, and email the Chestertown tourism office at tourism@chestertown.example.org about their walking tours." (an e-mail)', said('any history tours in chestertown?', 'Drop in at the Kent County Historical Society, and email the Chestertown tourism office at tourism@chestertown.example.org about their walking tours.'), NO_WAY),
  c('AH11 for: "Stop by the Dorchester County Historical Society at 1003 Greenway Dr., Cambridge, MD 21613, and call the visitor center at 410-555-0111 to check their hours." (both with a way)', said('where can i see old maps of cambridge', 'Stop by the Dorchester County Historical Society at 1003 Greenway Dr., Cambridge, MD 21613, and call the visitor center at 410-555-0111 to check their hours.'), WITH_WAY),
  c('AH11 for: "Pase por la Sociedad Histórica de Talbot en Easton y llame al Centro de Visitantes de Easton al 410-555-0142 para confirmar su horario." (Spanish)', es.said('quiero conocer la historia de Easton este fin de semana', 'Pase por la Sociedad Histórica de Talbot en Easton y llame al Centro de Visitantes de Easton al 410-555-0142 para confirmar su horario.'), NO_WAY),
  // ---- AH11 against: "them", the clerk or staff of the same party
  c('AH11 against: "Stop by the Dorchester County Historical Society, and call them at 410-555-0150 to check their hours." (one party)', said('does the historical society have old church records', 'They have some. Stop by the Dorchester County Historical Society, and call them at 410-555-0150 to check their hours.'), WITH_WAY),
  c('AH11 against: "Head over to the Somerset County Circuit Court, 30512 Prince William St., Princess Anne, MD 21853, and ask the clerk there about their fee for certified copies." (the clerk there)', said('i need a certified copy of my parents divorce decree from somerset county', 'Head over to the Somerset County Circuit Court, 30512 Prince William St., Princess Anne, MD 21853, and ask the clerk there about their fee for certified copies.'), WITH_WAY),
  c('AH11 against: "Go to the Queen Anne\'s County Register of Wills, 107 N. Liberty St., Centreville, MD 21617, and ask the staff about their copy fees." (the staff of the same party)', said('how do i get a copy of my grandfathers will from queen annes county', 'Go to the Queen Anne\'s County Register of Wills, 107 N. Liberty St., Centreville, MD 21617, and ask the staff about their copy fees.'), WITH_WAY),
  c('AH11 against: "Call the Wicomico Youth Soccer League at 410-555-0190, and ask the coaches about their fall tryouts." (the league\'s coaches)', said('my son wants to play soccer in salisbury', 'Call the Wicomico Youth Soccer League at 410-555-0190, and ask the coaches about their fall tryouts.'), WITH_WAY),
];

export const ah13: SessionCase[] = [
  // ---- AH13 for: the first party named in words of its own does not take an earlier sentence's contact
  c('AH13 for: "…at visitmaryland.example.org/lighthouses. While you\'re in Solomons, drop by the Calvert Marine Museum, and phone the Solomons visitor center at 410-555-0163 …"', said('we want to see lighthouses on our trip to southern maryland', 'The Maryland Office of Tourism has a Chesapeake lighthouse map at visitmaryland.example.org/lighthouses. While you\'re in Solomons, drop by the Calvert Marine Museum, and phone the Solomons visitor center at 410-555-0163 about the boat tours.'), NO_WAY),
  c('AH13 for: "…at dnr.example.gov/trails. when ur out there, swing by the Pocomoke River Canoe Company and call the park office at 410-555-0123 …" (chat-speak)', said('any good kayaking on the lower shore?', 'the state parks site has the water trail maps at dnr.example.gov/trails. when ur out there, swing by the Pocomoke River Canoe Company and call the park office at 410-555-0123 to check water levels'), NO_WAY),
  c('AH13 for: "…at eastonwaterfowl.example.org. Visit the Academy Art Museum while you\'re there, and call the Talbot County tourism office at 410-555-0142 …" (one word of its own)', said('going to the waterfowl festival in easton, what else is there', 'You can read about the festival at eastonwaterfowl.example.org. Visit the Academy Art Museum while you\'re there, and call the Talbot County tourism office at 410-555-0142 for a map.'), NO_WAY),
  c('AH13 for: "…en nps.example.gov/hatu. Cuando esté en Cambridge, pase por la Sociedad Histórica del Condado de Dorchester y llame al centro de visitantes al 410-555-0111." (Spanish)', es.said('quiero ver los lugares de Harriet Tubman', 'El Servicio de Parques Nacionales tiene los sitios de Tubman en nps.example.gov/hatu. Cuando esté en Cambridge, pase por la Sociedad Histórica del Condado de Dorchester y llame al centro de visitantes al 410-555-0111.'), NO_WAY),
  // ---- AH13 against: a pronoun, the party the earlier sentence names, the same party by another name
  c('AH13 against: "The Talbot Historical Society posts its hours at talbothistory.example.org. Swing by them on Saturday, and call the Easton visitor center …" (a pronoun)', said('is the talbot historical society open on weekends', 'The Talbot Historical Society posts its hours at talbothistory.example.org. Swing by them on Saturday, and call the Easton visitor center at 410-555-0142 for a parking map.'), WITH_WAY),
  c('AH13 against: "The Wicomico Historical Society keeps its hours at wicomicohistory.example.org. Stop by the Wicomico society, and call the Salisbury visitor center …" (named before)', said('where can i research old salisbury families', 'The Wicomico Historical Society keeps its hours at wicomicohistory.example.org. Stop by the Wicomico society, and call the Salisbury visitor center at 410-555-0177 for directions.'), WITH_WAY),
  c('AH13 against: "DCHS posts its Saturday hours at dchs.example.org. While you\'re in Cambridge, stop by the Dorchester County Historical Society, and call the visitor center …" (the same party)', said('is DCHS, the dorchester county historical society, open saturdays?', 'Yes, DCHS posts its Saturday hours at dchs.example.org. While you\'re in Cambridge, stop by the Dorchester County Historical Society, and call the visitor center at 410-555-0111 about parking.'), WITH_WAY),
  c('AH13 against: "The Calvert Marine Museum\'s calendar is at calvertmarinemuseum.example.org. Drop by the Calvert Marine Museum on Saturday, and call the Solomons visitor center …" (named before)', said('is there anything for kids at the calvert marine museum', 'The Calvert Marine Museum\'s calendar is at calvertmarinemuseum.example.org. Drop by the Calvert Marine Museum on Saturday, and call the Solomons visitor center at 410-555-0163 about parking.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AH13 for: "…at eastonwaterfowl.example.org. Visit the Academy Art Museum while you\'re there, and call the Talbot County tourism office at 410-555-0142 …" (one word of its own)':
    'expected referral fail, got pass ("the referral comes with a way to reach them"): RUBRIC referral.contact, the museum visited has no way to reach it (the earlier URL is the waterfowl festival\'s); AH13 needs two own words of four letters or more and "Academy Art Museum" has one ("academy"), so the museum still takes the festival\'s URL (older: v67 pass the same)',
  'AH13 against: "DCHS posts its Saturday hours at dchs.example.org. While you\'re in Cambridge, stop by the Dorchester County Historical Society, and call the visitor center …" (the same party)':
    'expected referral pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): RUBRIC referral.contact, DCHS (so named by the patron) is the Dorchester County Historical Society, whose URL dchs.example.org is given just before; the scorer does not see the initials as the same party (older: v67 fail the same)',
};

describe('seventy-seventh round: block AH (AH5, AH11, AH13) checked blind, both ways, part ah3', () => {
  for (const [t, cs] of [['AH5', ah5], ['AH11', ah11], ['AH13', ah13]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
