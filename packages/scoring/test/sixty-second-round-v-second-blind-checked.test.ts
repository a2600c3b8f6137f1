/**
 * Sixty-second round, second blind check of block V (rubric v56): V6, V11 and V12 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words: chat-speak,
 * other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat; a website for the patron to use is a source; na when there is no referral; pass when every party comes with an e-mail,
 * phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "best / safest / surest bet is <imperative> <party>" with no "to" (V6) tells the patron to contact or visit that party: a referral.
 * - A clause that opens on a class the patron belongs to, given as what to do ("Ohio voters can call …", "Homeowners in Marion County
 *   apply … at the Assessor's office", "job seekers can stop by …"), tells the patron (V11): a referral. A quantifier's report ("Most
 *   residents call …"), the patron's relatives ("your parents can call …"), what others did ("Other tenants … complained to …"),
 *   a habit described ("Patients often ask …") and a negation ("Residents can't call the office anymore") tell the patron nothing.
 * - An office by its acronym after "the local / nearest / county / state …" reached by a verb of getting in touch (V12) is a party,
 *   also as a second party after another party's contact; the provider's own call, a condition, a negation, and an agency's website
 *   or map for the patron to use (a source) are no referral.
 *
 * COUNTS. Written: 39 cases, 20 for and 19 against: 34 in a first batch (17 for, 17 against; labels copied aside before the first
 * run), then 5 in a second batch written after it to reach the brief's count (3 for, 2 against; labels copied aside before their
 * run). First run as labelled: 27 of 34 (first batch), 5 of 5 (second batch). Disagreeing: 7. Label corrections: 0 (each reread
 * against RUBRIC Terms, Referral; none was wrong by its text). Final: 32 running, 7 LEFT (rubric v55 scored on each to tell "older"
 * from "V caused"):
 * - referral.contact, expected na / got fail: "best bet is i call the county archive myself tomorrow and ask them for you" (the
 *   provider's own call on the patron's behalf; older: v55 fail the same).
 * - referral.contact, expected na / got fail: "Some folks think the best bet is call the manufacturer, but the recall list is at …"
 *   (others' opinion, then a source; V caused: v55 na; V6's "best bet is" read inside "think the best bet is").
 * - referral.contact, expected fail / got na: "Homeowners in Marion County apply for the homestead exemption at the Assessor's
 *   office." (the patron's class told to apply at an office, no way to reach it; older: v55 na the same).
 * - referral.contact, expected fail / got na: "Los inquilinos de Denver pueden llamar a la Oficina de Vivienda de la ciudad."
 *   (V11 in Spanish; older: v55 na the same).
 * - referral.contact, expected na / got fail: "Your parents can call Social Security about their own benefits." (the patron's
 *   relatives, not the patron; older: v55 fail the same).
 * - referral.contact, expected na / got fail: "If you call the state DMV, have your plate number ready." (a condition; older: v55
 *   fail the same).
 * - referral.contact, expected na / got fail: "Go to the county GIS map and zoom in to your lot." (a map to use, a source; V caused:
 *   v55 na; V12 reads "go to the county GIS" as an office).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the two readings V caused are mended: V6's "best bet is" must open the clause ("Some
 *   folks think the best bet is call the manufacturer" is others' opinion) and V12 reads no map, site, form or data after the
 *   acronym ("Go to the county GIS map"): 34 running, 5 LEFT (all older).
 * RUBRIC v62 (block AB, sixty-eighth round): V12 against: "If you call the state DMV, have your plate number ready." (AB13: a
 *   referring verb right after "if you", with no way to reach the party in its clause, is a condition) now scores as labelled and
 *   runs with the others; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Wren, a librarian with Ask Us at Tamsin County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'the east one' });
const HI_ES = 'Hola, soy Wren, bibliotecaria de la Biblioteca del Condado de Tamsin.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del este' });

export const v6: SessionCase[] = [
  // ---- V6 for: "best / safest / surest bet is <imperative>" with no "to"
  c('V6 for: "ur best bet is ring ur dentist n ask about a payment plan" (chat-speak)', said('how do i pay for a crown, its so expensive', 'ugh i know. ur best bet is ring ur dentist n ask about a payment plan'), NO_WAY),
  c('V6 for: "Safest bet is email the county clerk at clerk@tamsin.example.gov."', said('do i need a permit for a yard sale', 'It depends on the town. Safest bet is email the county clerk at clerk@tamsin.example.gov.'), WITH_WAY),
  c('V6 for: "best bet would be just call the Motor Vehicle office, 555-201-0144"', said('my registration sticker never came', 'that happens sometimes, best bet would be just call the Motor Vehicle office, 555-201-0144'), WITH_WAY),
  c('V6 for: "Surest bet is stop by the Passport Acceptance Office at city hall before Friday."', said('can i get a passport fast for a trip next week', 'Expedited service exists. Surest bet is stop by the Passport Acceptance Office at city hall before Friday.'), NO_WAY),
  // ---- V6 against: a source, a negation, the provider's own act, others' opinion
  c('V6 against: "best bet is the catalog, search for knitting and filter to DVDs" (a source)', said('do u have knitting videos', 'yes! best bet is the catalog, search for knitting and filter to DVDs'), NONE),
  c('V6 against: "Best bet is check the state health site at health.example.gov for the list." (a website)', said('which vaccines does my kid need for kindergarten', 'They change now and then. Best bet is check the state health site at health.example.gov for the list.'), NONE),
  c('V6 against: "best bet is dont call the number in that text, its a scam" (told not to)', said('i got a text saying my package is held, call this number', 'oh careful, best bet is dont call the number in that text, its a scam'), NONE),
  c('V6 against: "best bet is i call the county archive myself tomorrow" (own act)', said('is there a photo of the old mill', 'not in our scans. best bet is i call the county archive myself tomorrow and ask them for you'), NONE),
  c('V6 against: "Some folks think the best bet is call the manufacturer, but the recall list is at recalls.example.gov." (others\' view)', said('is my crib recalled', 'Good question. Some folks think the best bet is call the manufacturer, but the recall list is at recalls.example.gov.'), NONE),
];

export const v11: SessionCase[] = [
  // ---- V11 for: a clause that opens on the patron's class, told what to do
  c('V11 for: "Ohio voters can call their county Board of Elections to check registration."', said('im in ohio, am i still registered to vote', 'You can check two ways. Ohio voters can call their county Board of Elections to check registration.'), NO_WAY),
  c('V11 for: "Denver renters can contact the Tenant Help Line at 720-555-0134."', said('im renting in denver and the landlord wont fix the heat', 'There is a city service for that. Denver renters can contact the Tenant Help Line at 720-555-0134.'), WITH_WAY),
  c('V11 for: "Homeowners in Marion County apply for the homestead exemption at the Assessor\'s office."', said('i just bought a house in marion county, how do i lower my taxes', 'There is an exemption. Homeowners in Marion County apply for the homestead exemption at the Assessor\'s office.'), NO_WAY),
  c('V11 for: "job seekers can stop by the American Job Center, 400 Pine St, Eugene, OR 97401"', said('i need help with my resume, im job hunting in eugene', 'sure! job seekers can stop by the American Job Center, 400 Pine St, Eugene, OR 97401, for free resume help'), WITH_WAY),
  c('V11 for: "Cook County jurors can reschedule online or by calling the Jury Administrator at (312) 555-0150."', said('i got a jury summons for cook county but im traveling that week', 'You can move it once. Cook County jurors can reschedule online or by calling the Jury Administrator at (312) 555-0150.'), WITH_WAY),
  c('V11 for: "Veterans should ask the VA medical center\'s eligibility office first."', said('im a veteran, can i get hearing aids free', 'Often, yes. Veterans should ask the VA medical center\'s eligibility office first.'), NO_WAY),
  c('V11 for: "Los inquilinos de Denver pueden llamar a la Oficina de Vivienda de la ciudad." (Spanish)', es.said('alquilo en denver y el dueño no arregla la calefacción', 'Hay un servicio para eso. Los inquilinos de Denver pueden llamar a la Oficina de Vivienda de la ciudad.'), NO_WAY),
  // ---- V11 against: a quantifier, relatives, others' acts, a habit, a negation
  c('V11 against: "Most residents call the city hotline about potholes, and it takes about a week." (quantifier, a report)', said('how long does it take to fix a pothole', 'It varies. Most residents call the city hotline about potholes, and it takes about a week.'), NONE),
  c('V11 against: "Your parents can call Social Security about their own benefits." (the patron\'s relatives)', said('my parents get social security, is there a book explaining it', 'Yes, we have "Social Security for Dummies". Your parents can call Social Security about their own benefits.'), NONE),
  c('V11 against: "Other tenants in that building complained to the housing authority last year." (others\' act)', said('was there ever a problem with mold at 12 elm st', 'The paper covered it. Other tenants in that building complained to the housing authority last year.'), NONE),
  c('V11 against: "Patients often ask their pharmacist about cheaper generics." (a habit described)', said('any articles on generic drugs', 'Yes, several in Consumer Health Complete. Patients often ask their pharmacist about cheaper generics, the articles say.'), NONE),
  c('V11 against: "Residents can\'t call the permit office anymore; it is all online at permits.example.gov." (a negation, a website)', said('how do i get a fence permit', 'It changed last year. Residents can\'t call the permit office anymore; it is all online at permits.example.gov.'), NONE),
  c('V11 against: "In 1920 Boston voters had to register at City Hall in person." (history, not told)', said('how did voter registration work in boston in 1920', 'It was stricter then. In 1920 Boston voters had to register at City Hall in person.'), NONE),
];

export const v12: SessionCase[] = [
  // ---- V12 for: an office by its acronym after "the local / nearest / county / state"
  c('V12 for: "u could call the local SBDC, they help w business plans for free" (chat-speak)', said('how do i write a business plan for a food truck', 'we have books, and also u could call the local SBDC, they help w business plans for free'), NO_WAY),
  c('V12 for: "Contact your county SWCD at 555-310-0199 about the cost-share program."', said('i want to put in a rain garden on my farm', 'There may be money for it. Contact your county SWCD at 555-310-0199 about the cost-share program.'), WITH_WAY),
  c('V12 for: "Check with the state SHPO about whether your house is eligible."', said('how do i get my house on the historic register', 'There is a nomination process. Check with the state SHPO about whether your house is eligible.'), NO_WAY),
  c('V12 for: "Talk to the nearest VSOs; they help with claims."', said('how do i file a va disability claim', 'It is free to get help. Talk to the nearest VSOs; they help with claims.'), NO_WAY),
  c('V12 for (second party): "Call the Extension office at (555) 555-0111. You could also ask the local NRCS whether they have soil maps."', said('where can i find out what soil i have', 'Two places. Call the Extension office at (555) 555-0111. You could also ask the local NRCS whether they have soil maps.'), NO_WAY),
  c('V12 for: "email the state SOS office at corporations@sos.example.gov"', said('how do i register an llc name', 'its done by the state, email the state SOS office at corporations@sos.example.gov'), WITH_WAY),
  // ---- V12 against: own act, a condition, a negation, a website or map, an acronym no one is told to contact
  c('V12 against: "I\'ll call the local FSDO myself and ask about the crash report." (own act)', said('i need the report on a 1978 plane crash', 'That may take digging. I\'ll call the local FSDO myself and ask about the crash report.'), NONE),
  c('V12 against: "If you call the state DMV, have your plate number ready." (a condition)', said('any tips for renewing my car tags', 'Sure. If you call the state DMV, have your plate number ready.'), NONE),
  c('V12 against: "Don\'t email the local HOA about it yet; wait for the letter." (told not to)', said('i got a warning about my fence from the neighborhood', 'Hmm. Don\'t email the local HOA about it yet; wait for the letter with the rule number.'), NONE),
  c('V12 against: "Visit the state DNR website for the fishing seasons." (a website)', said('when does trout season open', 'It changes each year. Visit the state DNR website for the fishing seasons.'), NONE),
  c('V12 against: "Go to the county GIS map and zoom in to your lot." (a map to use)', said('where is my property line', 'You can see it yourself. Go to the county GIS map and zoom in to your lot.'), NONE),
  c('V12 against (second party named, not told): "Call the Extension office at (555) 555-0111; they work with the local NRCS on soil maps."', said('who makes soil maps around here', 'Call the Extension office at (555) 555-0111; they work with the local NRCS on soil maps.'), WITH_WAY),
];

/** A second batch, written after the first run to reach the brief's count, labelled and copied aside before it ran. */
export const second: SessionCase[] = [
  c('V6 for (2nd): "tbh best bet is prob call the Local History Room at our Main branch, 555-201-0177" (own library\'s department)', said('who owned my house in the 1940s', 'tbh best bet is prob call the Local History Room at our Main branch, 555-201-0177, they have the old city directories'), WITH_WAY),
  c('V11 for (2nd): "families can just e-mail the Head Start office at headstart@tamsin.example.org"', said('is there free preschool for my 4 year old', 'yes there is! families can just e-mail the Head Start office at headstart@tamsin.example.org to get on the list'), WITH_WAY),
  c('V11 against (2nd): "Seniors in the study called their doctors less often." (a report)', said('any research on loneliness in older adults', 'Yes, one 2019 study in PubMed. Seniors in the study called their doctors less often when they lived alone.'), NONE),
  c('V12 for (2nd): "Stop by the nearest SSA with your old card and your birth certificate."', said('i lost my social security card', 'You can replace it. Stop by the nearest SSA with your old card and your birth certificate.'), NO_WAY),
  c('V12 against (2nd): "You can email the county PDF to yourself and print it at home." (a form, no party)', said('where do i get the dog license form', 'It is in our Forms guide. You can email the county PDF to yourself and print it at home.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'V6 against: "best bet is i call the county archive myself tomorrow" (own act)':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): the provider will call the archive on the patron\'s behalf; RUBRIC Terms, Referral: "staff the provider consults on the patron\'s behalf do not" count (older: v55 fail the same)',
  'V11 for: "Homeowners in Marion County apply for the homestead exemption at the Assessor\'s office."':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron, a new Marion County homeowner, is told to apply at the Assessor\'s office, an office outside the chat, with no way to reach it (RUBRIC Terms, Referral: "visit … office"); V11 reads the class but "apply for <thing> at <office>" with the place after the object is not read (older: v55 na the same)',
  'V11 for: "Los inquilinos de Denver pueden llamar a la Oficina de Vivienda de la ciudad." (Spanish)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron, a Denver renter, is told they can call the city\'s housing office, no way to reach it given (RUBRIC Terms, Referral: "call … office"); CLASS_YOU_V11 is English only (older: v55 na the same)',
  'V11 against: "Your parents can call Social Security about their own benefits." (the patron\'s relatives)':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): it is the patron\'s parents who may call, about their own benefits; the patron is not told to contact anyone (RUBRIC: "telling the patron to contact"); V11 rightly keeps "your parents" out, an older reading takes it (older: v55 fail the same)',
};

describe('sixty-second round: block V checked blind again, both ways', () => {
  for (const [t, cs] of [['V6', v6], ['V11', v11], ['V12', v12], ['second batch', second]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
