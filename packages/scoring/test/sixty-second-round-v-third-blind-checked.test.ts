/**
 * Sixty-second round, third blind check of block V (rubric v56): V19, V21 and V22, and V20's new parties where they are a second
 * party, tried both ways in cases written by a helper who did not see the author's cases (no sixty-second-round-* file read), each
 * labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words: chat-speak, other verbs, other parties, other
 * orders, Spanish; "against": near misses the block must not read, and older readings it must not break). Check: referral.contact
 * (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside the chat; a website for the
 * patron to use is a source; na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 * All cases are one message that names two parties (or one party and a thing done online), of which at most one has a contact.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A second party told to be phoned, called, asked, checked with, visited, seen, talked with or told ("tell ur mental health
 *   provider about it") is referred to, whatever pronoun follows it ("so they know …"): it needs its own way to be reached; a
 *   contact given for the first party in the same sentence is not its way. "It's smart to phone …" tells the patron to phone.
 * - Each / every party of a kind ("ask each fair", "call each clinic you use", "visit every branch office") is a party referred to;
 *   a web address where the patron does something online (a permit, a report, a form) is a source, not that party's contact,
 *   unless it is the party's own site (the fairs' shared vendor portal, ssa.gov for the Social Security office, dmv.… for the DMV).
 * - The staff of an office reached by the office's phone ("ask the clerk on duty" after "Call the Records Office at …") are that
 *   party, reached by that phone, not a second party.
 * - "A podiatrist", "your prescriber", "your periodontist", "ur mental health provider": a specialist or provider the patron is told
 *   to see or ask is a person outside the chat (RUBRIC's "a named specialist" read as a specialist named by kind; RUBRIC leaves
 *   room here, see the LEFT below).
 * - Told nothing: a condition ("if your bank calls, tell them …"), a negation ("No need to call the credit union", "you don't need to
 *   ask each fair"), a report of what others do ("your county sheriff usually hears about these", "most dermatologists there take
 *   walk-ins", "each fair will check it at the gate"), the provider's own act or a colleague consulted ("I'll ask each fair's office
 *   myself", "I'll email our business librarian so they can …"). "Report it at reportfraud.ftc.gov" alone is a website to use (na).
 *   "Fair housing", "a fair price", "your insurance provider's website" name no party.
 *
 * COUNTS. Written: 37 cases in one batch, 18 for and 19 against (V19 5 for / 5 against, V20 4 / 4, V21 4 / 5, V22 5 / 5); labels
 * copied aside to /tmp/sixtySecondRoundVV3-labels.ts before the first run. First run as labelled: 32 of 37. Disagreeing: 5. Label
 * corrections: 0. Final: 32 running, 5 LEFT (rubric v55 scored on each with `scoreSession(…, { rubric: rubricV55 })` to tell
 * "older" from "V caused"; 4 older, 1 V caused):
 * - referral.contact, expected fail / got pass: V19 for "Report the text to the FTC at reportfraud.ftc.gov, and it's smart to phone
 *   your bank's fraud desk too so they can watch the account." ("it's smart to" is no lead-in of a referring verb, so the sentence
 *   holds one party; without it, "and phone your bank's fraud desk too so they …" fails as labelled; older: v55 pass the same).
 * - referral.contact, expected pass / got fail: V19 against "Call the Records Office at 410-555-0120, and ask the clerk on duty
 *   whether they can certify it the same day." (the office's own clerk read as a second party before "they"; V caused: v55 pass).
 * - referral.contact, expected fail / got pass: V20 for "u can call or text 988 anytime, and tell ur mental health provider about it
 *   too" ("tell" is no referring verb, and the first part names no party of its own, only the number 988; older: v55 pass the same).
 * - referral.contact, expected fail / got pass: V20 for "Write to Medicare at PO Box 1270, Baltimore, MD 21203, and see a podiatrist
 *   for the shoe prescription." (Medicare is read as no party, so both verbs join one part and the address lends to the podiatrist;
 *   "see your podiatrist" scores the same; older: v55 pass the same).
 * - referral.contact, expected fail / got pass: V22 for "Pregúntele a su banco por qué lo reportaron, y pida su informe gratis en
 *   chexsystems.com." (V22's clause reads English verbs and "at / from / on …" only; older: v55 pass the same).
 * AFTER THE AUTHOR'S MENDS (v56 as landed): the one reading V caused ("… and ask the clerk on duty whether they can certify it")
 *   is mended (V19 reads no staff of the party just named as a party of its own, and the party and the pronoun must share a
 *   clause), and V22 reads Spanish (", y pida su informe gratis en chexsystems.com"): 34 running, 3 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Harlow County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually visit?', branchReply: 'eastgate' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca del Condado de Harlow.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la de eastgate' });

export const v19: SessionCase[] = [
  // ---- V19 for: a second party named in its own part before "they / them", the contact the first party's
  c('V19 for: "Report the text to the FTC at reportfraud.ftc.gov, and it\'s smart to phone your bank\'s fraud desk too so they can watch the account."', said('i got a text saying my bank account is locked, click here', 'That is a phishing text. Report the text to the FTC at reportfraud.ftc.gov, and it\'s smart to phone your bank\'s fraud desk too so they can watch the account.'), NO_WAY),
  c('V19 for: "report it to the FTC at reportfraud.ftc.gov and also call ur local police dept so they have it on file" (chat-speak)', said('someone used my name to open a phone plan', 'ugh sorry, report it to the FTC at reportfraud.ftc.gov and also call ur local police dept so they have it on file'), NO_WAY),
  c('V19 for: "Send the complaint to the Attorney General at ag.example.gov/complain, and give your city councilmember a call so they know it is still happening."', said('the towing company keeps booting cars in our lot illegally', 'There are rules for that. Send the complaint to the Attorney General at ag.example.gov/complain, and give your city councilmember a call so they know it is still happening.'), NO_WAY),
  c('V19 for: "Renew the registration with the MVA at mva.example.gov, and ask your insurance agent to send them proof of coverage."', said('my car registration got flagged for insurance', 'That usually means the MVA lost your proof. Renew the registration with the MVA at mva.example.gov, and ask your insurance agent to send them proof of coverage.'), NO_WAY),
  c('V19 for: "Reporte la llamada a la FTC en reportfraud.ftc.gov, y llame también a la policía de su ciudad para que ellos lo sepan." (Spanish)', es.said('me llamaron diciendo que era del IRS y pidieron dinero', 'Es una estafa. Reporte la llamada a la FTC en reportfraud.ftc.gov, y llame también a la policía de su ciudad para que ellos lo sepan.'), NO_WAY),
  // ---- V19 against: the pronoun the first party's, the same office's staff, a condition, the provider's own colleague
  c('V19 against: "Report the call to the FTC at reportfraud.ftc.gov, and call them back if the scammer phones again." (pronoun first: the same party)', said('a man called saying i won a prize', 'That is a common scam. Report the call to the FTC at reportfraud.ftc.gov, and call them back if the scammer phones again.'), WITH_WAY),
  c('V19 against: "Call the Records Office at 410-555-0120, and ask the clerk on duty whether they can certify it the same day." (the office\'s own clerk)', said('i need a certified copy of my marriage license fast', 'The county keeps those. Call the Records Office at 410-555-0120, and ask the clerk on duty whether they can certify it the same day.'), WITH_WAY),
  c('V19 against: "Report it to the FTC at reportfraud.ftc.gov, and if your bank calls, tell them you already reported it." (a condition)', said('someone charged my card in another state', 'Do this first: report it to the FTC at reportfraud.ftc.gov, and if your bank calls, tell them you already reported it.'), WITH_WAY),
  c('V19 against: "Call the Labor Board at 1-800-555-0166, and I\'ll email our business librarian so they can pull the wage laws." (staff consulted)', said('my boss says overtime doesnt apply to me', 'That depends on your job type. Call the Labor Board at 1-800-555-0166, and I\'ll email our business librarian so they can pull the wage laws.'), WITH_WAY),
  c('V19 against: "Report it at reportfraud.ftc.gov; your county sheriff usually hears about these too since they get the same calls." (a report of others, and a site)', said('is the jury duty phone scam real', 'Yes, it is a scam. Report it at reportfraud.ftc.gov; your county sheriff usually hears about these too since they get the same calls.'), NONE),
];

export const v20: SessionCase[] = [
  // ---- V20 for: a prescriber, specialist, health care or insurance provider as the second party, without a contact
  c('V20 for: "Contact the Embassy of Mexico at 202-555-0160 about the medicine, and talk with your prescriber too."', said('can i take my adhd meds to mexico', 'Some are controlled there. Contact the Embassy of Mexico at 202-555-0160 about the medicine, and talk with your prescriber too.'), NO_WAY),
  c('V20 for: "Call Delta Dental at 1-800-555-0199 to check coverage, and ask your periodontist which code they\'ll bill."', said('will insurance cover my gum surgery', 'It depends on the code. Call Delta Dental at 1-800-555-0199 to check coverage, and ask your periodontist which code they\'ll bill.'), NO_WAY),
  c('V20 for: "u can call or text 988 anytime, and tell ur mental health provider about it too" (chat-speak)', said('ive been having really dark thoughts lately', 'im really glad u reached out. u can call or text 988 anytime, and tell ur mental health provider about it too'), NO_WAY),
  c('V20 for: "Write to Medicare at PO Box 1270, Baltimore, MD 21203, and see a podiatrist for the shoe prescription."', said('does medicare pay for diabetic shoes', 'Yes, with a prescription. Write to Medicare at PO Box 1270, Baltimore, MD 21203, and see a podiatrist for the shoe prescription.'), NO_WAY),
  // ---- V20 against: "fair" not a party, a provider's website, a report of what dermatologists do
  c('V20 against: "Call HUD at 1-800-555-0177 about your fair housing complaint." (fair housing, one party)', said('my landlord wont rent to families with kids', 'That may be illegal. Call HUD at 1-800-555-0177 about your fair housing complaint.'), WITH_WAY),
  c('V20 against: "Call the dealer at 410-555-0181 and ask for a fair price on the trade-in." (a fair price)', said('how much is my 2015 civic worth', 'Check the guides first. Then call the dealer at 410-555-0181 and ask for a fair price on the trade-in.'), WITH_WAY),
  c('V20 against: "Call the clinic at 410-555-0190, and check your insurance provider\'s website for coverage." (a website)', said('where can i get a flu shot', 'The county clinic has them. Call the clinic at 410-555-0190, and check your insurance provider\'s website for coverage.'), WITH_WAY),
  c('V20 against: "Call the skin clinic at 410-555-0193; most dermatologists there take walk-ins on Monday." (a report, no referral)', said('i have a weird mole', 'Please get it looked at. Call the skin clinic at 410-555-0193; most dermatologists there take walk-ins on Monday.'), WITH_WAY),
];

export const v21: SessionCase[] = [
  // ---- V21 for: a thing done online first, then "each / every" party with no contact
  c('V21 for: "Sign up for the registry at immunize.example.gov, and call each clinic you use to ask if they report to it."', said('how do i get all my kids shots in one record', 'There is a state registry. Sign up for the registry at immunize.example.gov, and call each clinic you use to ask if they report to it.'), NO_WAY),
  c('V21 for: "apply at cdtfa.ca.gov and ask every festival u go to if they need a temp permit 2" (chat-speak)', said('i want to sell my candles at festivals this summer in ca', 'u need a sellers permit, apply at cdtfa.ca.gov and ask every festival u go to if they need a temp permit 2'), NO_WAY),
  c('V21 for: "Get your seller\'s permit at cdtfa.ca.gov (it\'s free), and check with each county fair about their booth rules."', said('what do i need to sell honey at county fairs', 'Two things. Get your seller\'s permit at cdtfa.ca.gov (it\'s free), and check with each county fair about their booth rules.'), NO_WAY),
  c('V21 for: "File the change online at sos.example.gov, or visit every branch office that holds your accounts."', said('how do i update my business address everywhere', 'The state part is easy. File the change online at sos.example.gov, or visit every branch office that holds your accounts.'), NO_WAY),
  // ---- V21 against: each party with a contact, the provider's own act, no referral, a negation, the fairs' own site
  c('V21 against: "Apply at cdtfa.ca.gov, and ask each fair (Alameda County Fair 925-555-0131, Marin County Fair 415-555-0132) whether they need a permit."', said('do i need permits to sell at the alameda and marin fairs', 'Yes. Apply at cdtfa.ca.gov, and ask each fair (Alameda County Fair 925-555-0131, Marin County Fair 415-555-0132) whether they need a permit.'), WITH_WAY),
  c('V21 against: "Apply at cdtfa.ca.gov, and I\'ll ask each fair\'s office myself." (own act)', said('can you find out if the fairs need a permit', 'Sure. Apply at cdtfa.ca.gov, and I\'ll ask each fair\'s office myself.'), NONE),
  c('V21 against: "Apply at cdtfa.ca.gov, and each fair will check it at the gate." (no one to contact)', said('do i need a permit to sell at fairs', 'Yes, a seller\'s permit. Apply at cdtfa.ca.gov, and each fair will check it at the gate.'), NONE),
  c('V21 against: "Apply at cdtfa.ca.gov; you don\'t need to ask each fair separately." (told not to)', said('do i need a separate permit for every fair', 'No, one is enough. Apply at cdtfa.ca.gov; you don\'t need to ask each fair separately.'), NONE),
  c('V21 against: "Register at countyfairs.example.org (the fairs\' shared vendor portal), and ask each county fair there whether they take walk-ins." (the fairs\' own site)', said('how do i get a booth at the county fairs', 'They share one system. Register at countyfairs.example.org (the fairs\' shared vendor portal), and ask each county fair there whether they take walk-ins.'), WITH_WAY),
];

export const v22: SessionCase[] = [
  // ---- V22 for: the party first, a thing done online at a URL in a later clause
  c('V22 for: "ask ur bank to fix it, then pull ur free report at annualcreditreport.com" (chat-speak)', said('my bank reported a closed account wrong on my credit', 'that happens, ask ur bank to fix it, then pull ur free report at annualcreditreport.com'), NO_WAY),
  c('V22 for: "Talk to the financial aid office about the appeal; then fill out the FAFSA at studentaid.gov."', said('my parents lost their jobs, can i get more aid', 'Yes, there is a process. Talk to the financial aid office about the appeal; then fill out the FAFSA at studentaid.gov.'), NO_WAY),
  c('V22 for: "Call your landlord about the deposit, and download the move-out checklist from tenants.example.org."', said('how do i get my security deposit back', 'Document everything. Call your landlord about the deposit, and download the move-out checklist from tenants.example.org.'), NO_WAY),
  c('V22 for: "Ask your employer\'s payroll office to fix the W-2, and get a wage transcript at irs.gov."', said('my w2 has the wrong amount', 'That needs a corrected form. Ask your employer\'s payroll office to fix the W-2, and get a wage transcript at irs.gov.'), NO_WAY),
  c('V22 for: "Pregúntele a su banco por qué lo reportaron, y pida su informe gratis en chexsystems.com." (Spanish)', es.said('no me dejan abrir una cuenta de banco', 'Puede ser ChexSystems. Pregúntele a su banco por qué lo reportaron, y pida su informe gratis en chexsystems.com.'), NO_WAY),
  // ---- V22 against: the party's own site, a negation, the party's contact elsewhere, the provider's own act, "find it at"
  c('V22 against: "Ask the Social Security office about the name change, and you can also check your earnings record at ssa.gov." (its own site)', said('i got married, what do i do about social security', 'You update your card. Ask the Social Security office about the name change, and you can also check your earnings record at ssa.gov.'), WITH_WAY),
  c('V22 against: "No need to call the credit union; just request your free report at chexsystems.com." (told not to)', said('the credit union said im in chexsystems', 'You can see why yourself. No need to call the credit union; just request your free report at chexsystems.com.'), NONE),
  c('V22 against: "Ask the credit union to update ChexSystems, and request your free report at chexsystems.com. Their member line is 800-555-0147."', said('the credit union put me in chexsystems by mistake', 'It can be fixed. Ask the credit union to update ChexSystems, and request your free report at chexsystems.com. Their member line is 800-555-0147.'), WITH_WAY),
  c('V22 against: "I\'ll ask the credit union to update it, and you can request your free report at chexsystems.com." (own act)', said('can the library help with my chexsystems problem', 'A little. I\'ll ask the credit union to update it, and you can request your free report at chexsystems.com.'), NONE),
  c('V22 against: "Check with the DMV about the fee, or find it at dmv.example.gov." (the party\'s own page)', said('how much is a replacement license', 'It changed this year. Check with the DMV about the fee, or find it at dmv.example.gov.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'V19 for: "Report the text to the FTC at reportfraud.ftc.gov, and it\'s smart to phone your bank\'s fraud desk too so they can watch the account."':
    'referral.contact expected fail, got pass (note "the referral comes with a way to reach them"): the patron is told to phone the bank\'s fraud desk, a party outside the chat, and the only contact in the sentence is the FTC\'s site (RUBRIC: "every party the patron is referred to comes with a way to reach them"); "it\'s smart to phone" is not read as a referring verb, so the sentence has one party and V19 never runs ("and phone your bank\'s fraud desk too so they …" fails as labelled) (older: v55 pass the same)',
  'V20 for: "u can call or text 988 anytime, and tell ur mental health provider about it too" (chat-speak)':
    'referral.contact expected fail, got pass (note "the referral comes with a way to reach them"): the patron is told to contact their mental health provider (RUBRIC Terms, Referral: "telling the patron to contact … a person"), who comes with no contact; "tell" is not read as a referring verb, and with "call ur mental health provider" the first part ("call or text 988") names no party of its own, so the number lends to both (older: v55 pass the same)',
  'V20 for: "Write to Medicare at PO Box 1270, Baltimore, MD 21203, and see a podiatrist for the shoe prescription."':
    'referral.contact expected fail, got pass (note "the referral comes with a way to reach them"): the patron is told to see a podiatrist, a specialist outside the chat, with no contact; the postal address is Medicare\'s (RUBRIC referral.contact; "a named specialist" in Terms leaves room for "a podiatrist", read here as a specialist named by kind); Medicare is read as no party, so the two verbs make one part and the address lends to the podiatrist ("see your podiatrist" scores the same) (older: v55 pass the same)',
};

describe('sixty-second round: block V checked blind, both ways (third helper)', () => {
  for (const [t, cs] of [['V19', v19], ['V20', v20], ['V21', v21], ['V22', v22]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
