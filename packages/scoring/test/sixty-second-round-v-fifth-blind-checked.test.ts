/**
 * Sixty-second round, fifth blind check of block V (rubric v56): the mends made after a first blind check, V5, V6, V10, V12, V19 and
 * V22, tried both ways in cases written by a helper who did not see the author's cases nor the earlier blind checks, each labelled
 * from RUBRIC.md before it ran ("for": the mended reading in new words: chat-speak, other verbs, other parties, other orders,
 * Spanish; "against": near misses the mends must not read, and older readings they must not break). Check: referral.contact (RUBRIC
 * Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat; a website for the patron to use
 * is a source; na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Picking papers up at an office (V5), dropping or taking a thing to a sheriff's, ranger or fire station (V10), getting in touch
 *   with a local office by its acronym (V12): telling the patron to visit or contact a party outside the chat, a referral.
 * - "(your) best bet is call …" as the provider's own advice (V6) tells the patron; the same words reported as others' opinion ("some
 *   folks think …", "my cousin says …") or asked of the patron ("do you think …?") tell nothing: na.
 * - Told nothing: a condition ("If you pick one up at …"), the provider's own act ("I'll / I'm going to pick it up …"), a report of
 *   what others do ("Most people pick one up at …"): na. A station's or office's website, map, page or viewer is a source: na.
 * - V19: the staff of the party just named ("the clerk on duty", "someone at the counter", "an archivist") are that party, reached
 *   by its contact: pass; a new party named before the pronoun in the same clause needs a contact of its own.
 * - V22: a URL used online in a later clause for a resource is not the party's way to be reached; a URL given to find the party
 *   ("find the nearest one at …") or the party's own site is; a URL in another sentence that belongs to a resource is no one's.
 *
 * COUNTS. Written: 42 cases, 20 for and 22 against: 39 in a first batch (19 for, 20 against; labels copied aside to
 * /tmp/sixtySecondRoundVV5-labels.ts before the first run), then 3 in a second batch written after it (1 for, 2 against; labels
 * copied aside, the same file, before their run). First run as labelled: 34 of 39 (first batch), 2 of 3 (second batch).
 * Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC.md; none wrong by its text). Final: 36 running, 6 LEFT (rubric v55
 * scored on each to tell "older" from "V caused"):
 * - referral.contact, expected na / got fail: "If you ever pick one up at the DMV, read the back page first." (a condition; V caused:
 *   v55 na; NOT_OWN_R7 allows one word between "if" and "pick", not "you ever").
 * - referral.contact, expected fail / got na: "u can leave it at the sheriffs station on Pine" (the verb "leave … at" not read; older:
 *   v55 na the same).
 * - referral.contact, expected pass / got na: "Take the car seat to Fire Station 2, 118 Elm St, Dover, DE 19901, …" (a station by its
 *   capitalised name and number not read; older: v55 na the same).
 * - referral.contact, expected na / got fail: "Go to the county FEMA flood maps and zoom in on your street." (a map, a source; older:
 *   v55 fail the same).
 * - referral.contact, expected pass / got na: "Get the blood test at a lab in your network, and find one at labs.example.com." ("get …
 *   at a lab" not read as a visit; older: v55 na the same; RUBRIC leaves some room here: a lab is an organisation, not one of the
 *   kinds its list names).
 * - referral.contact, expected na / got fail: "If you call the county SWCD, ask for the cost-share sheet." (a condition; V caused: v55
 *   na; LOCAL_ACRONYM_V12 has no "if / when you" guard).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the two readings V caused are mended ("If you ever pick one up at the DMV, …": V5's
 *   guard allows two words before the verb; "If you call the county SWCD, ask for the cost-share sheet.": V12's acronym must be
 *   the verb's own object, and not in a condition): 38 running, 4 LEFT (all older). These mends were checked again blind
 *   (`sixty-second-round-v-seventh-blind-checked`).
 * ON v57 (block W, W5 and W7): "u can leave it at the sheriffs station on Pine" and "Take the car seat to Fire Station 2, 118 Elm
 *   St, …" read as labelled and run; 40 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Wren, a librarian with Ask Us at Cedar Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastgate' });
const HI_ES = 'Hola, soy Wren, bibliotecaria de la Biblioteca de Cedar Hollow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del este' });

export const v5: SessionCase[] = [
  // ---- V5 for: pick … up at a party
  c('V5 for: "u can pick one up at the county clerks office" (chat-speak)', said('where do i get a marriage license form', 'u can pick one up at the county clerks office, its free'), NO_WAY),
  c('V5 for: "Pick a copy up at the Register of Wills, 401 Bosley Ave, Towson, MD 21204."', said('how do i get a copy of my grandmas will', 'Wills become public after probate. Pick a copy up at the Register of Wills, 401 Bosley Ave, Towson, MD 21204.'), WITH_WAY),
  c('V5 for: "You can pick the form up at your local health department."', said('where do i get the septic permit form', 'It is a paper form only. You can pick the form up at your local health department.'), NO_WAY),
  // ---- V5 against: a condition, the provider's own act, others' act
  c('V5 against: "If you ever pick one up at the DMV, read the back page first." (condition)', said('is there a handbook for the driving test', 'Yes, we have the handbook to borrow. If you ever pick one up at the DMV, read the back page first.'), NONE),
  c('V5 against: "I\'m going to pick it up at the clerk\'s office this afternoon and bring it to the branch." (own act)', said('did my program room permit come through', 'It did. I\'m going to pick it up at the clerk\'s office this afternoon and bring it to the branch.'), NONE),
  c('V5 against: "When you pick them up at the pharmacy, the leaflet comes with them." (condition)', said('is there info on the side effects of my pills', 'Our drug guide covers them. When you pick them up at the pharmacy, the leaflet comes with them too.'), NONE),
  c('V5 against: "Most people pick one up at the post office in spring." (a report)', said('how did people get tax forms before the internet', 'Mostly in person. Most people pick one up at the post office in spring, back then and still today.'), NONE),
];

export const v6: SessionCase[] = [
  // ---- V6 for: "best bet is call …" opening the clause
  c('V6 for: "honestly best bet is call the county assessor" (chat-speak)', said('why did my property tax go up so much', 'could be the new valuation, honestly best bet is call the county assessor'), NO_WAY),
  c('V6 for: "ok so ur best bet is just phone the manufacturer at 1-800-555-0111"', said('my car seat buckle is broken', 'ok so ur best bet is just phone the manufacturer at 1-800-555-0111, they send free parts'), WITH_WAY),
  c('V6 for: "i think ur best bet is call the Motor Vehicle office"', said('how do i get a copy of my driving record', 'hmm, i think ur best bet is call the Motor Vehicle office about it'), NO_WAY),
  c('V6 for: "Your best bet would be email the registrar, registrar@hollow.example.edu."', said('how do i get my diploma reprinted', 'The college handles that. Your best bet would be email the registrar, registrar@hollow.example.edu.'), WITH_WAY),
  // ---- V6 against: others' opinion, a question
  c('V6 against: "A few parents in the forum thought the best bet is call the school board." (reported)', said('is there anything on school bus routes', 'We have the district map only. A few parents in the forum thought the best bet is call the school board, but I cannot say.'), NONE),
  c('V6 against: "My cousin says the best bet is call a locksmith, ha." (reported)', said('books on picking locks?', 'We have one on the history of locks. My cousin says the best bet is call a locksmith, ha.'), NONE),
  c('V6 against: "Do you think the best bet is call the landlord?" (a question)', said('is there a guide to tenant rights', 'Yes, the state guide. Before I send it: do you think the best bet is call the landlord, or are you past that?'), NONE),
];

export const v10: SessionCase[] = [
  // ---- V10 for: a sheriff's, ranger or fire station as a party
  c('V10 for: "u can leave it at the sheriffs station on Pine" (chat-speak)', said('i found a wallet in the park', 'nice of u! u can leave it at the sheriffs station on Pine'), NO_WAY),
  c('V10 for: "Stop by the ranger station for a backcountry permit before you hike."', said('do i need a permit to camp at blue lake', 'Yes, overnight stays need one. Stop by the ranger station for a backcountry permit before you hike.'), NO_WAY),
  c('V10 for: "Take the car seat to Fire Station 2, 118 Elm St, Dover, DE 19901, for a free check."', said('how do i know my car seat is installed right', 'They check them for free. Take the car seat to Fire Station 2, 118 Elm St, Dover, DE 19901, for a free check.'), WITH_WAY),
  // ---- V10 against: a station's site or map, no one told, the provider's own act
  c('V10 against: "The fire station\'s website lists the open house dates." (a source)', said('when is the fire station open house', 'It is in the fall. The fire station\'s website lists the open house dates.'), NONE),
  c('V10 against: "Our bookmobile parks at the fire station on Tuesdays." (no one told)', said('when does the bookmobile come to maple ridge', 'Every week. Our bookmobile parks at the fire station on Tuesdays from 3 to 5.'), NONE),
  c('V10 against: "I\'ll drop the flyers at the sheriff\'s station on my way home." (own act)', said('can the library share the lost dog flyer', 'Of course. I\'ll drop the flyers at the sheriff\'s station on my way home too.'), NONE),
];

export const v12: SessionCase[] = [
  // ---- V12 for: a local office by its acronym
  c('V12 for: "You could call your county SWCD about the cost-share program."', said('is there money to fix the erosion on my farm', 'There are state programs. You could call your county SWCD about the cost-share program.'), NO_WAY),
  c('V12 for: "u can email the state SHPO n ask if the house is listed" (chat-speak)', said('is my house on the historic register', 'not in our files, u can email the state SHPO n ask if the house is listed'), NO_WAY),
  c('V12 for: "Visit the nearest SBDC at sbdc.example.org/find; their advisors are free."', said('who can look at my business plan', 'There is free help for that. Visit the nearest SBDC at sbdc.example.org/find; their advisors are free.'), WITH_WAY),
  // ---- V12 against: the office's map, viewer, website, page
  c('V12 against: "Go to the county GIS viewer and type your parcel number." (a source)', said('how do i find my property lines', 'There is a public tool. Go to the county GIS viewer and type your parcel number.'), NONE),
  c('V12 against: "Visit the state DNR website to print a burn permit." (a source)', said('do i need a permit to burn leaves', 'In most counties yes. Visit the state DNR website to print a burn permit.'), NONE),
  c('V12 against: "Go to the state DNR burn permit page and enter your county." (a source)', said('how do i get a burn permit', 'It is all online. Go to the state DNR burn permit page and enter your county.'), NONE),
  c('V12 against: "Go to the county FEMA flood maps and zoom in on your street." (a source)', said('is my house in a flood zone', 'You can see that yourself. Go to the county FEMA flood maps and zoom in on your street.'), NONE),
];

export const v19: SessionCase[] = [
  // ---- V19 for: the staff of the party just named is that party
  c('V19 for: "Call the County Recorder at (555) 555-0101 and ask the clerk on duty if they can certify it."', said('i need a certified copy of my deed', 'That is a recorder job. Call the County Recorder at (555) 555-0101 and ask the clerk on duty if they can certify it.'), WITH_WAY),
  c('V19 for: "ring Vital Records on 555-0142 n ask someone at the counter if they do same day copies" (chat-speak)', said('how fast can i get a birth certificate', 'it varies, ring Vital Records on 555-0142 n ask someone at the counter if they do same day copies'), WITH_WAY),
  c('V19 for: "Email the State Archives at ref@archives.example.gov and ask an archivist whether they have the 1910 maps."', said('are there old maps of my town', 'The state keeps those. Email the State Archives at ref@archives.example.gov and ask an archivist whether they have the 1910 maps.'), WITH_WAY),
  // ---- V19 against: a second party before the pronoun in one clause; a party named but not the pronoun's
  c('V19 against: "Call the Records Office at 410-555-0100, and also contact your county health department so they can send the shot record."', said('i need my sons school records and shot record', 'Two places. Call the Records Office at 410-555-0100, and also contact your county health department so they can send the shot record.'), NO_WAY),
  c('V19 against: "Call the Archives at 555-0100, ask about the county museum too, they might know." (the pronoun is the Archives\')', said('where are the old school yearbooks', 'Call the Archives at 555-0100, ask about the county museum too, they might know.'), WITH_WAY),
];

export const v22: SessionCase[] = [
  // ---- V22 for: the URL of a resource used online in a later clause is not the party's
  c('V22 for: "Ask your landlord to sign the form, then download the rebate form from energy.example.gov."', said('how do i get the heat pump rebate', 'Renters need the owner\'s ok. Ask your landlord to sign the form, then download the rebate form from energy.example.gov.'), NO_WAY),
  c('V22 for: "Pregúntele a su banco por qué cerró la cuenta, y pida su informe gratis en chexsystems.com." (Spanish)', es.said('mi banco cerró mi cuenta sin avisar', 'Puede pasar por un reporte. Pregúntele a su banco por qué cerró la cuenta, y pida su informe gratis en chexsystems.com.'), NO_WAY),
  c('V22 for: another sentence\'s resource URL: "The Bank On list at joinbankon.org/accounts … Ask your old bank to clear the flag, and order your free report at chexsystems.com."', said('no bank will open an account for me', 'There are second-chance accounts. The Bank On list at joinbankon.org/accounts shows them. Ask your old bank to clear the flag, and order your free report at chexsystems.com.'), NO_WAY),
  // ---- V22 against: a locator of the party, the party's own site, the party's contact in another sentence
  c('V22 against: "Drop the batteries at a hazardous waste site; you can find the nearest one at earth911.com." (a locator)', said('where do old batteries go', 'Not in the trash! Drop the batteries at a hazardous waste site; you can find the nearest one at earth911.com.'), WITH_WAY),
  c('V22 against: "Get the blood test at a lab in your network, and find one at labs.example.com." (a locator)', said('where can i get the blood test my doctor ordered', 'Any in-network lab works. Get the blood test at a lab in your network, and find one at labs.example.com.'), WITH_WAY),
  c('V22 against: "Contact the county assessor about the exemption, and download the application from assessor.example.gov." (own site)', said('how do i get the senior tax exemption', 'It is a county benefit. Contact the county assessor about the exemption, and download the application from assessor.example.gov.'), WITH_WAY),
  c('V22 against: "Ask your old bank to clear the flag, and order your free report at chexsystems.com. Their disputes line is 1-800-555-0150."', said('no bank will open an account for me', 'Ask your old bank to clear the flag, and order your free report at chexsystems.com. Their disputes line is 1-800-555-0150.'), WITH_WAY),
];

/** A second batch, written after the first run, labelled and copied aside before it ran. */
export const second: SessionCase[] = [
  c('V22 against (2nd): "Call a licensed electrician, and you can find one at electricians.example.org." (a locator)', said('who can fix my flickering lights', 'Not a DIY job. Call a licensed electrician, and you can find one at electricians.example.org.'), WITH_WAY),
  c('V10 for (2nd): "drop the old flares at the fire station, they take them free" (chat-speak)', said('how do i get rid of old road flares', 'not in the trash! drop the old flares at the fire station, they take them free'), NO_WAY),
  c('V12 against (2nd): "If you call the county SWCD, ask for the cost-share sheet." (condition)', said('is there a book on farm ponds', 'Yes, two. And a tip: if you call the county SWCD, ask for the cost-share sheet too.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'V12 against: "Go to the county FEMA flood maps and zoom in on your street." (a source)':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): the flood maps are a resource for the patron to use, a source, not a party (RUBRIC Terms, Referral: "Pointing to a website, database or publication … is a source"); V12\'s stop list looks only at the word right after the acronym ("FEMA flood maps": "flood"), but the fail is older: v55 fail the same',
  'V22 against: "Get the blood test at a lab in your network, and find one at labs.example.com." (a locator)':
    'referral.contact expected pass, got na ("no referral to a person or organisation outside the chat"): the patron is told to visit a lab (an organisation outside the chat: RUBRIC Terms, Referral, "visit them"), and labs.example.com is where to find one, a URL to reach it; "get … at a lab" is read as no referral at all, so V22 is never reached (older: v55 na the same)',
};

describe('sixty-second round: block V mends checked blind (fifth), both ways', () => {
  for (const [t, cs] of [['V5', v5], ['V6', v6], ['V10', v10], ['V12', v12], ['V19', v19], ['V22', v22], ['second batch', second]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
