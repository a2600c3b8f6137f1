/**
 * Sixty-second round, theme UNCLAIMED PROPERTY AND LOST MONEY, checked: 30 whole sessions no one had written, from public
 * library and statewide "ask a librarian" chats: state unclaimed-property searches (Maryland + DC, Texas in Spanish, Florida,
 * California, Washington, Tennessee, Missouri + Kansas, Georgia, Utah + MissingMoney, Alaska, Indiana, Michigan, New York in
 * Spanish), old savings bonds (a grandmother's 1985 EE bonds, lost bonds and FS Form 1048), dormant bank accounts (a closed
 * Brooklyn bank, a Hawaii checking account), lost pensions and 401(k)s (PBGC, a Philadelphia printer's plan, the DOL abandoned
 * plan search), life-insurance policy locators (NAIC for a mother, an aunt, a grandfather), uncashed checks (a Richmond
 * paycheck, an IRS refund, a utility deposit), a deceased parent's claims (Ohio with a release of assets, Illinois I-Cash
 * with a small estate affidavit) and scams posing as finders (a 35% "asset recovery" letter, a Spanish phone call asking a
 * $200 fee, a pop-up). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run
 * (labels copied aside to /tmp/sixtySecondRoundUnclaimed-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: pickup at exactly 60 s (01: pass) and 61 s (02: fail); `pickedUpAt` 50 s with the first line at 75 (22);
 *   "I'm so sorry for your loss. This is Pilar … — hi, and welcome." (05); "Hey there! What can I help you with today?" +
 *   "Ah, an uncashed paycheck. What state …?" naming no one (06: fail); "Greetings from Multnomah County Library's Ask a
 *   Librarian — Vera here." (12); "Aloha! Keiko with the Hawaii State Public Library System here." (27); Spanish "Soy
 *   Marisol, bibliotecaria …" (03), "Habla Lucía, bibliotecaria …" (13), "Le atiende Nora, bibliotecaria …" (30); no
 *   provider ever joined, the patron writing in Spanish (24);
 *  inquiry: state, residence history, paper or electronic, company and years, estate or probate, executor or relative,
 *   the letter's state, which utility, filed or not; the first source before "Which states have you lived in?" (26: fail);
 *  waits: a hold answered exactly 120 s later (04: pass) and 121 s later (05: fail); "No rush, go find it whenever you are
 *   ready." then the patron back 180 s later (07: waiting on the patron); Spanish holds at 76 and 180 (a partial result that
 *   says the search goes on) and the answer at 280 (30); a transfer notice answered 74 s later (19); a silent transfer with
 *   the patron's "hello? anyone?" in the middle, the receiver 125 s after the patron's first unanswered line (20: fail);
 *  endings: a Spanish Lost Call with a greeting, "¿Sigue ahí?" and a notice that invites back exactly 180 s after the
 *   greeting (13: both pass); a check-in and a goodbye 179 s after the answer (14: check-in pass, notice na); a goodbye
 *   119 s after the answer (15: both na); a goodbye exactly 120 s after the answer with no check-in (08: fail); "It seems
 *   you've disconnected, so I'm closing this chat now." with no question and no goodbye, final idle 189 s to `endedAt` (16:
 *   check-in fails, notice passes, courteous fails); check-in + notice after a Lost Call coded with two patron lines (29);
 *   "Sorry, that's your limit for this chat. … Bye." (17: dismissal); "a couple of other patrons waiting … Please chat back
 *   in later" (18: allowed); the patron's "perfect, thats all i needed!! have a good day" as the last line (25);
 *   patron-side "thats everything", "That is everything for now.", "no more questions!", "im all set", "eso es todo";
 *  sources: state sites (marylandtaxes.gov, unclaimed.dc.gov, ClaimItTexas.gov, FLTreasureHunt.gov, claimit.ca.gov, …),
 *   treasurydirect.gov, pbgc.gov, content.naic.org, efast.dol.gov, askebsa.dol.gov, irs.gov, a book in the catalogue
 *   (Nolo's The Executor's Guide, 07); none, only what the law usually says (27: fail);
 *  referrals: PBGC's contact center by phone (04), the Lucas County Probate Court by phone (07), the Minnesota AG by phone
 *   (08), the Ford Retiree Service Center by phone (20), the Texas AG's consumer line in Spanish (30); "ask the restaurant's
 *   payroll department" with no contact (06: fail); the library's Business Resource Center and Legal & Estate librarians
 *   working on the patron's behalf (10, 12) as no referral;
 *  follow-ups: FU_ME, e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end (09: pass); FU_LIB, phone
 *   read back as a question, "by Wednesday", done 72 h + 60 s after the end (10: fail); a promise to send a list, the
 *   e-mail typed by the patron, no time, coded Answered (11: code and contact fail, on_time pending); FU_LIB with the
 *   e-mail only in `patron.email` ("the address on your library account") and "by Friday", done in 20 h (12: code pass,
 *   contact fails, on_time passes);
 *  codes: a true Lost Call (13); Lost Call after two patron lines (29); null with no provider (24); an empty string (26);
 *   the field left out, a source with no codes (28: na); Practice (23);
 *  transfers: a notice (a hold) and an internal note that says why (19: pass); neither, silent (20: fail);
 *  concurrency: three others open at once with this one (21: four, fail); one ending exactly at the start, two overlapping,
 *   one starting exactly at `endedAt` (22: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Aloha!" is a greeting (27); "I'm so sorry for your loss. This is Pilar … — hi, and welcome." greets and identifies (05);
 * - "Hey there! What can I help you with today?" greets but names no one, and the second line names no one either (06);
 * - "im all set" (28) says explicitly that the patron is done, like "that's all I needed"; "no more questions!" (27) is the
 *   rubric's own example;
 * - "No rush, go find it whenever you are ready." (07) tells the patron to take their time: not a hold, so the 180 s that
 *   follow are waiting on the patron;
 * - "Sigo buscando: por ahora no encuentro ninguna oficina con ese nombre …" (30) gives a partial result and says the search
 *   goes on: a hold;
 * - "call their customer contact center at 1-800-…" (04), "call the Lucas County Probate Court at 419-…" (07), "report them
 *   to the Minnesota Attorney General's Office at 651-…" (08), "call the Ford Retiree Service Center at 1-888-…" (20),
 *   "Puede denunciar la llamada a la línea … del Procurador General de Texas, 1-800-…" (30) tell the patron to contact an
 *   organisation, each with a phone: referrals that pass; "ask the restaurant's payroll department to reissue the check"
 *   (06) tells the patron to ask an organisation with no way to reach it: fail;
 * - "Since she was a teacher, CalSTRS may also have a death benefit: calstrs.com/death-benefits." (05) points to a web page:
 *   a source, not a referral; "the form needs a certifying officer's signature; I'll find out which branches near you can
 *   certify it" (11) tells the patron to contact no one yet: no referral;
 * - "Our Business Resource Center can trace the plan administrator … and phone you" (10) and "Our Legal & Estate librarians
 *   can look for her employer's group plans too; they'll e-mail you … by Friday" (12) are staff working on the patron's
 *   behalf (no referral) and promises to send more later (follow-up sessions);
 * - "they'll e-mail you at the address on your library account" (12) never states or repeats the e-mail in the chat, so the
 *   contact is not confirmed there, while `patron.email` still makes a contact known for resolution.code;
 * - "Did that settle it?", "Is the 5500 search helpful in the meantime?", "Does the Comptroller link help for now?", "Does
 *   the form page have what you need?", "Did that answer both parts?", "¿Esto responde a lo que necesitaba saber?" ask
 *   whether what was given meets the need;
 * - "Sorry, that's your limit for this chat. I can't keep running searches for everyone. Bye." (17) tells the patron they
 *   reached a limit, with no way back; "Bye." still makes it a courteous ending (courteous passes, dismissal fails);
 * - a followUp done exactly 72 h after `endedAt` is "within" 72 elapsed hours (09: pass);
 * - `resolutionCode: undefined` in the test's override is the field left out (28: na).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0 (each disagreement reread against RUBRIC.md; every label
 * stands on its literal text).
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - followup.contact / followup.on_time / resolution.code, case 11: "I'll find out which branches near you can certify it
 *    and send you the list." + "Where should I send it?" read as no follow-up (na / na / pass; RUBRIC fail / pending / fail:
 *    a promise to find and send more later, coded Answered, no time said);
 *  - inquiry.clarify, case 14: "Did the pop-up send you to the state's own site, or to some other site that asked for a
 *    fee?" before the first source read as no question about the need (fail; RUBRIC pass: a question about the patron's
 *    situation that shapes the answer);
 *  - referral.contact, case 30: Spanish "Puede denunciar la llamada a la línea de protección al consumidor del Procurador
 *    General de Texas, 1-800-555-0155." read as no referral (na; RUBRIC pass: call/report to an agency, phone given).
 * Every timing check scored as labelled on the first run: pickup at 60 and 61 s and by `pickedUpAt`, no provider;
 * keep_informed at exactly 120 and 121 s, across "No rush" (180 s waiting on the patron), Spanish holds with a partial
 * result, an announced transfer and a silent one with a patron "hello?" inside the span (125 s); final idles of 119, 120,
 * 179, 180 (a goodbye notice), 189 (to `endedAt`) and 190 s; concurrency at four and at touching ends; on_time done at
 * exactly 72 h (pass), at 72 h + 60 s (fail), at 20 h with the e-mail only in `patron.email` (pass). The code field left out
 * (28) scored na, "" and null failed, Lost Call with two patron lines failed. The redaction equality of describeSessions
 * holds for every running case (patron e-mail and phone typed and read back, library and agency phones beside them).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 * ON v56 (block V, written partly from these twelve files): case 11's "I'll find out which branches near you can certify it and
 *   send you the list." (V15: a follow-up promise), 14's "Did the pop-up send you to the state's own site, or …?" (V17: no
 *   transfer notice, so a question about the need) and 30's "denunciar la llamada a la línea de protección al consumidor del
 *   Procurador General de Texas, 1-800-…" (V9) read as labelled and run: 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const waitLine = (sec: number, n = 1): Line => [sec, 's', `All our librarians are helping other people. You are #${n} in the queue.`];

const MARGO: Prov = { id: 'margo-u', name: 'Margo', library: 'EPFL' };
const TEDDY: Prov = { id: 'teddy-u', name: 'Teddy', library: 'CCPL-OH' };
const MARISOL: Prov = { id: 'marisol-u', name: 'Marisol', library: 'SAPL' };
const NED: Prov = { id: 'ned-u', name: 'Ned', library: 'CLP' };
const PILAR: Prov = { id: 'pilar-u', name: 'Pilar', library: 'SPL-CA' };
const ASKSTAFF: Prov = { id: 'askstaff-u', name: 'AskUs Staff', library: 'RPL-VA' };
const OREN: Prov = { id: 'oren-u', name: 'Oren', library: 'TLCPL' };
const QUENTIN: Prov = { id: 'quentin-u', name: 'Quentin', library: 'HCL' };
const RHEA: Prov = { id: 'rhea-u', name: 'Rhea', library: 'BKLYN' };
const SIMONE: Prov = { id: 'simone-u', name: 'Simone', library: 'FLP' };
const TOMAS: Prov = { id: 'tomas-u', name: 'Tomás', library: 'PPL-AZ' };
const VERA: Prov = { id: 'vera-u', name: 'Vera', library: 'MCL-OR' };
const LUCIA: Prov = { id: 'lucia-u', name: 'Lucía', library: 'MDPLS' };
const WREN: Prov = { id: 'wren-u', name: 'Wren', library: 'OCLS' };
const XAVIER: Prov = { id: 'xavier-u', name: 'Xavier', library: 'LACOL' };
const YARA: Prov = { id: 'yara-u', name: 'Yara', library: 'DPL-CO' };
const ZANE: Prov = { id: 'zane-u', name: 'Zane', library: 'INDYPL' };
const ABBY: Prov = { id: 'abby-u', name: 'Abby', library: 'KCPL' };
const BRYCE: Prov = { id: 'bryce-u', name: 'Bryce', library: 'CPL-IL' };
const DELIA: Prov = { id: 'delia-u', name: 'Delia', library: 'CPL-IL' };
const ELLIS: Prov = { id: 'ellis-u', name: 'Ellis', library: 'DETPL' };
const FAYE: Prov = { id: 'faye-u', name: 'Faye', library: 'MEL' };
const GRETA: Prov = { id: 'greta-u', name: 'Greta', library: 'TPL-WA' };
const HUGO: Prov = { id: 'hugo-u', name: 'Hugo', library: 'NPL-TN' };
const TRAINEE: Prov = { id: 'trainee-u', name: 'Trainee 7', library: 'TRN' };
const NOBODY: Prov = { id: 'queue-u', name: 'Queue', library: 'NYVRQ' };
const IVY: Prov = { id: 'ivy-u', name: 'Ivy', library: 'GCPL' };
const JONAH: Prov = { id: 'jonah-u', name: 'Jonah', library: 'SLCL' };
const KEIKO: Prov = { id: 'keiko-u', name: 'Keiko', library: 'HSPLS' };
const LEON: Prov = { id: 'leon-u', name: 'Leon', library: 'APL-AK' };
const MAEVE: Prov = { id: 'maeve-u', name: 'Maeve', library: 'BPL-ID' };
const NORA: Prov = { id: 'nora-u', name: 'Nora', library: 'EPPL' };

const s = session;

export const sixtySecondRoundUnclaimed: SessionCase[] = [
  // 01 the plain good session, pickup exactly at the limit
  s(MARGO, '01 Maryland + DC unclaimed property: pickup at exactly 60 s, past addresses asked, two state sites, "thats everything"', [
    [0, 'p', 'hi, my coworker found $48 in her name on some state website. how do i check if theres money in mine? I live in baltimore'],
    [60, 'l', "Good morning and welcome to Ask Us Now! I'm Margo, a reference librarian at Enoch Pratt Free Library."],
    [66, 'l', 'Have you always lived in Maryland, or have you had addresses in other states too?'],
    [110, 'p', 'lived in DC for like 4 years before this'],
    [117, 'l', "Then search both. Maryland's list is on the Comptroller's site, marylandtaxes.gov (Unclaimed Property > Search), and DC's is at unclaimed.dc.gov. Search your name as it was at each address, including any old spelling."],
    [123, 'l', 'Does that cover what you needed to know?'],
    [180, 'p', 'omg theres a $112 refund from comcast in DC lol. thats everything, thanks!!'],
    [186, 'l', 'Ha, nice find! Thanks for chatting with Ask Us Now, and enjoy the windfall.'],
  ], usual()),

  // 02 pickup one second over
  s(TEDDY, '02 grandma\'s 1985 savings bonds (chat-speak): pickup at 61 s, paper or not asked, TreasuryDirect calculator', [
    [0, 'p', 'found old savings bonds in my grandmas dresser from like 1985 r they still worth anything??'],
    [61, 'l', 'Hi there! Teddy with the Ask a Librarian service at Cuyahoga County Public Library, thanks for waiting.'],
    [67, 'l', "Are they paper bonds, and whose names are printed on them — hers, yours, or both?"],
    [105, 'p', 'paper. her name and my moms name. grandma passed in 2019'],
    [112, 'l', "Series EE bonds from 1985 stopped earning interest after 30 years, so they're worth cashing now. TreasuryDirect's Savings Bond Calculator (treasurydirect.gov/savings-bonds/calculator) shows what each one is worth, and since your grandmother has died, your mom as co-owner can cash them; the steps are on the same site under 'Cash a paper bond'."],
    [118, 'l', 'Is that the info you were looking for?'],
    [160, 'p', 'yes thank u so much'],
    [165, 'l', 'Anything else I can look up for you?'],
    [190, 'p', 'nope thats it'],
    [194, 'l', 'Great — bye for now, and have a good evening!'],
  ], usual({ pickup: 'fail' })),

  // 03 Spanish: a dormant account in Texas
  s(MARISOL, '03 cuenta inactiva de un banco cerrado en Texas (Spanish): "Soy Marisol, bibliotecaria", ClaimItTexas.gov, "eso es todo"', [
    [0, 'p', 'buenas tardes, mi papá tenía una cuenta en un banco que ya cerró hace años, como sé si el dinero está en algún lado?'],
    [35, 'l', '¡Buenas tardes! Soy Marisol, bibliotecaria del servicio Pregúntele al Bibliotecario de la Biblioteca Pública de San Antonio.'],
    [42, 'l', '¿En qué estado tenía la cuenta su papá, y él todavía vive?'],
    [95, 'p', 'en texas. si vive, pero no usa internet jaja'],
    [101, 'l', 'Cuando una cuenta queda inactiva, el banco manda el dinero al Contralor de Texas. Puede buscar el nombre de su papá en ClaimItTexas.gov (la página también está en español) y presentar el reclamo ahí mismo en nombre de él, con su permiso y una copia de su identificación.'],
    [107, 'l', '¿Eso responde a su pregunta?'],
    [150, 'p', 'si!! eso es todo, muchas gracias'],
    [156, 'l', '¡Con mucho gusto! Hasta pronto y mucha suerte con el reclamo.'],
  ], usual()),

  // 04 a hold answered exactly 120 s later; PBGC by phone
  s(NED, '04 a steelworker\'s pension from the 70s: "Hang tight…" answered exactly 120 s later, PBGC search + contact center by phone', [
    [0, 'p', 'My dad worked at a steel plant in the 70s that went bankrupt. He thinks he had a pension. Is there any way to find out?'],
    [28, 'l', 'Hello, you have Ned, a librarian at Carnegie Library of Pittsburgh. Glad to help track this down.'],
    [35, 'l', "Do you know the company's name, and about what years he worked there?"],
    [80, 'p', 'Wheeling-Pittsburgh Steel, roughly 1971 to 1979'],
    [86, 'l', 'Hang tight while I check whether PBGC took over that plan.'],
    [206, 'l', "Good news: the Pension Benefit Guaranty Corporation took over Wheeling-Pittsburgh's plans. Your dad can search his name in PBGC's unclaimed pension search at pbgc.gov/search-unclaimed-pensions, or call their customer contact center at 1-800-555-0124 to ask about his benefit."],
    [212, 'l', 'Does that give you what you need to get started?'],
    [260, 'p', "Yes! He'll be thrilled. That's all I needed."],
    [266, 'l', 'Wonderful. Thank you for using Ask a Librarian — best of luck to your dad!'],
  ], usual({ referral: 'pass' })),

  // 05 a hold answered 121 s later
  s(PILAR, '05 a late mother\'s life insurance: condolences + "hi, and welcome", "One moment…" answered 121 s later, NAIC locator + CalSTRS page', [
    [0, 'p', 'my mom passed last month and we think she had life insurance but cant find any papers. how do we find out'],
    [22, 'l', "I'm so sorry for your loss. This is Pilar at Sacramento Public Library's Ask a Librarian — hi, and welcome."],
    [29, 'l', 'Do you know roughly when she might have bought the policy, or whether it came through an employer?'],
    [75, 'p', 'no idea honestly. maybe through work, she was a teacher'],
    [81, 'l', 'One moment, I want to double-check the current link for the NAIC locator.'],
    [202, 'l', "The NAIC's Life Insurance Policy Locator (content.naic.org/life-policy-locator) asks participating insurers to search for policies on her; it's free and you'll need the details from her death certificate. Since she was a teacher, CalSTRS may also have a death benefit: calstrs.com/death-benefits."],
    [208, 'l', 'Is that what you were after?'],
    [250, 'p', 'yes thank you so much'],
    [256, 'l', 'Is there anything else I can help with today?'],
    [290, 'p', 'no thats all'],
    [295, 'l', 'Take care of yourself, and thanks for reaching out.'],
  ], usual({ informed: 'fail' })),

  // 06 greets but names no one; payroll with no contact
  s(ASKSTAFF, '06 an uncashed last paycheck in Virginia: "Hey there! What can I help you with today?" naming no one, payroll department with no contact', [
    [0, 'p', 'i never got my last paycheck from a restaurant i quit in 2021, they said they mailed it. can i still get it'],
    [14, 'l', 'Hey there! What can I help you with today?'],
    [19, 'l', 'Ah, an uncashed paycheck. What state was the restaurant in?'],
    [50, 'p', 'virginia, richmond'],
    [56, 'l', "Uncashed wages go to the state as unclaimed property after a year, so check Virginia's list at vamoneysearch.gov. If nothing shows up, ask the restaurant's payroll department to reissue the check."],
    [62, 'l', 'Does that help?'],
    [100, 'p', 'ok ty'],
    [104, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', anything: 'fail', referral: 'fail' })),

  // 07 "No rush" (not a hold), probate court by phone, a book
  s(OREN, '07 a late father\'s Ohio unclaimed funds: "No rush, go find it…" then 180 s away, claim site, probate court by phone, Nolo\'s Executor\'s Guide', [
    [0, 'p', "My father died last year and I found his name on Ohio's unclaimed funds list. How do I claim it as his daughter?"],
    [30, 'l', "Hello, I'm Oren, a librarian at Toledo Lucas County Public Library. I'm sorry about your father."],
    [37, 'l', 'Was a probate estate opened for him, or was everything small enough to skip probate? That changes what the state asks for.'],
    [80, 'p', "I'm not sure, my brother handled it. Let me find the letter he got from the court"],
    [86, 'l', 'No rush, go find it whenever you are ready.'],
    [266, 'p', "ok it says 'Release of Assets from Administration', Lucas County Probate Court"],
    [272, 'l', "That helps. With a release of assets you file the claim at com.ohio.gov/unclaimed-funds and upload a copy of that release plus his death certificate. If the release doesn't list the unclaimed money, call the Lucas County Probate Court at 419-555-0173 and ask whether it needs amending."],
    [278, 'l', "For the bigger picture, Nolo's The Executor's Guide by Mary Randolph is in our catalogue and has a chapter on collecting a deceased person's property."],
    [284, 'l', 'Does that get you where you need to go?'],
    [330, 'p', 'Yes, very much. That is everything for now.'],
    [336, 'l', 'Take care, and thank you for chatting with us.'],
  ], usual({ referral: 'pass' })),

  // 08 a finder's letter; a goodbye exactly 120 s after the answer, no check-in
  s(QUENTIN, '08 a 35% "asset recovery" finder letter: Minnesota AG by phone, goodbye exactly 120 s after the answer with no check-in', [
    [0, 'p', 'got a letter from "National Asset Recovery" saying they found $2,300 owed to me, they want 35% fee to get it. legit??'],
    [20, 'l', 'Hi! This is Quentin, a librarian with Hennepin County Library.'],
    [26, 'l', 'Does the letter say which state is holding the money, or what kind of account it came from?'],
    [70, 'p', 'says minnesota dept of commerce, from an old insurance refund'],
    [100, 'l', "Finders like that are often legal, but you never need to pay one: Minnesota's list is free to search and claim at mn.gov/commerce (Unclaimed Property) or missingmoney.com. If they pressure you or ask for your Social Security number up front, report them to the Minnesota Attorney General's Office at 651-555-0142. Does that clear it up?"],
    [220, 'l', 'Thanks for checking with us before signing anything. Take care!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 09 follow-up by me, done exactly 72 h after the end
  s(RHEA, '09 a closed Brooklyn bank\'s dormant account (follow-up by me): e-mail read back, "by tomorrow afternoon", done exactly 72 h after the end', [
    [0, 'p', 'I had a savings account at Dime Savings Bank in the 90s. The bank is gone. Where did the money go?'],
    [18, 'l', "Good afternoon, thanks for contacting Ask a Librarian at Brooklyn Public Library! I'm Rhea."],
    [25, 'l', 'Do you remember roughly when you last used the account, and was it a New York branch?'],
    [70, 'p', 'Brooklyn branch, last deposit maybe 1996'],
    [76, 'l', "New York's Office of the State Comptroller holds dormant accounts; search at osc.ny.gov/unclaimed-funds. Dime was bought more than once, so I'd like to trace which bank holds its records now and send that to you. What e-mail should I use?"],
    [130, 'p', 'its dana.pereira88@example.com'],
    [136, 'l', "Thanks — dana.pereira88@example.com. I'll have the successor bank's name and contact details to you by tomorrow afternoon."],
    [142, 'l', 'Does the Comptroller link help for now?'],
    [190, 'p', 'yes it does, thank you! thats all for today'],
    [196, 'l', 'My pleasure. Talk soon, and thanks for chatting!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(201 + 72 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 10 follow-up by the patron's library by phone, done 72 h + 60 s after the end
  s(SIMONE, '10 a late husband\'s printing-company pension (follow-up by patron\'s library): phone read back, "by Wednesday", done 72 h + 60 s after the end', [
    [0, 'p', 'trying to find a pension from my late husbands job at a philly printing company, closed in 2008. who do i even ask'],
    [40, 'l', "Hi, thank you for reaching out. My name is Simone and I'm a librarian at the Free Library of Philadelphia."],
    [47, 'l', "What was the company's name? And do you have any old pension statements or his W-2s?"],
    [110, 'p', 'Dunmore Press. no statements, just his last w2'],
    [116, 'l', "The W-2's employer ID number is the key. You can look the plan up by company name in the Department of Labor's Form 5500 search at efast.dol.gov, which shows who ran the plan. Our Business Resource Center can trace the plan administrator from there and phone you with what they find. What number should they use?"],
    [170, 'p', '215 555 0199'],
    [176, 'l', "That's 215-555-0199, right? Someone from the Business Resource Center will call you by Wednesday."],
    [200, 'p', 'yes correct'],
    [206, 'l', 'Is the 5500 search helpful in the meantime?'],
    [250, 'p', 'i think so. thats all, thank you dear'],
    [256, 'l', "You're very welcome. Goodbye for now!"],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(261 + 72 * HOUR + 60) }] }, { now: T0 + 6 * DAY }),

  // 11 a promise to send a list, coded Answered, no time
  s(TOMAS, '11 lost savings bonds, FS Form 1048: "I\'ll find out which branches … and send you the list", e-mail typed, no time, coded Answered', [
    [0, 'p', 'lost 3 savings bonds in a move. i have the serial numbers written down. can they be replaced?'],
    [25, 'l', 'Hi! Tomás at Phoenix Public Library here, answering for Ask a Librarian.'],
    [31, 'l', 'Were they paper bonds in your name, and do you know the issue dates too?'],
    [70, 'p', 'yep my name, 2001 and 2003'],
    [76, 'l', "Yes, lost paper bonds can be replaced. You file Treasury's FS Form 1048 (Claim for Lost, Stolen, or Destroyed U.S. Savings Bonds), which is at treasurydirect.gov/forms. The form needs a certifying officer's signature; I'll find out which branches near you can certify it and send you the list."],
    [82, 'l', 'Where should I send it?'],
    [120, 'p', 'bkettleman@example.org pls'],
    [126, 'l', 'Perfect. Does the form page have what you need?'],
    [170, 'p', 'yep got it. thanks!'],
    [176, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thanks, thats it'],
    [204, 'l', 'Have a good one, bye!'],
  ], usual({ code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 12 follow-up by the patron's library, e-mail only in patron.email
  s(VERA, '12 a late aunt\'s life insurance, executor (follow-up by patron\'s library): "the address on your library account … by Friday", done in 20 h', [
    [0, 'p', 'hi need help finding if my late aunt had any life insurance or annuities. oregon'],
    [30, 'l', "Greetings from Multnomah County Library's Ask a Librarian — Vera here."],
    [36, 'l', 'Are you the executor of her estate, or a family member helping out?'],
    [80, 'p', 'executor'],
    [86, 'l', "Start with the NAIC Life Insurance Policy Locator (content.naic.org/life-policy-locator); as executor you can submit the request. Oregon also lists unclaimed insurance proceeds at unclaimed.oregon.gov. Our Legal & Estate librarians can look for her employer's group plans too; they'll e-mail you at the address on your library account by Friday."],
    [92, 'l', 'Does that help for now?'],
    [140, 'p', 'yes that helps a lot'],
    [146, 'l', 'Anything more I can do today?'],
    [170, 'p', 'nope thats all'],
    [175, 'l', 'Thanks for chatting, and sorry about your aunt.'],
  ], usual({ contact: 'fail', onTime: 'pass' }), {
    ...FU_LIB, patron: { name: null, email: 'r.okafor@example.org', phone: null }, followUps: [{ doneAt: at(20 * HOUR) }],
  }),

  // 13 Spanish Lost Call: check-in, notice exactly 180 s after the greeting
  s(LUCIA, '13 dinero no reclamado de una abuela en Florida (Spanish, Lost Call): saludo, "¿Sigue ahí?", aviso que invita a volver a los 180 s', [
    [0, 'p', 'hola como busco dinero no reclamado en florida a nombre de mi abuela'],
    [25, 'l', '¡Hola! Habla Lucía, bibliotecaria del Sistema de Bibliotecas Públicas de Miami-Dade. ¿En qué le puedo ayudar?'],
    [100, 'l', '¿Sigue ahí?'],
    [205, 'l', 'Parece que se desconectó, así que voy a cerrar esta sesión. Si todavía necesita ayuda, vuelva a escribirnos cuando guste.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 a check-in and a goodbye 179 s after the answer
  s(WREN, '14 is FLTreasureHunt a scam (pop-up): "Did that settle it?", "Are you still there?" at 150, goodbye 179 s after the answer', [
    [0, 'p', 'is fltreasurehunt legit or a scam? a popup told me i had money there'],
    [20, 'l', "Hi, I'm Wren, a librarian at the Orange County Library System in Orlando."],
    [26, 'l', "Did the pop-up send you to the state's own site, or to some other site that asked for a fee?"],
    [60, 'p', 'the state one i think, it ended in .gov'],
    [66, 'l', "Then it's real: FLTreasureHunt.gov is run by the Florida Department of Financial Services, and searching and claiming there is free. A site that charges you to search is not the state's. Did that settle it?"],
    [150, 'l', 'Are you still there?'],
    [245, 'l', 'Thanks for using Ask a Librarian — chat with us again anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 15 a goodbye 119 s after the answer
  s(XAVIER, '15 an SCE deposit never refunded: claimit.ca.gov, goodbye 119 s after the answer (no final-idle checks)', [
    [0, 'p', 'Moved out of my apartment in 2019 and never got my electric deposit back from the utility. Can I still get it?'],
    [30, 'l', 'Good evening! Xavier here from LA County Library, happy to help.'],
    [36, 'l', 'Which utility was it, and was the account in California?'],
    [75, 'p', 'SCE, yes Long Beach'],
    [81, 'l', "Deposits a utility can't return go to the State Controller after three years. Search your name and old address at claimit.ca.gov; claims are free. Is that what you needed?"],
    [200, 'l', 'Thank you for chatting with LA County Library. Goodbye!'],
  ], usual({ anything: 'fail' })),

  // 16 a notice with no question and no goodbye
  s(YARA, '16 a lost IRS refund check: irs.gov/refunds, "It seems you\'ve disconnected, so I\'m closing this chat now." alone (final idle 189 s)', [
    [0, 'p', 'irs sent me a refund check in 2022 that i lost and never cashed. is it gone forever??'],
    [22, 'l', 'Hi! Yara, reference librarian at Denver Public Library, here to help.'],
    [28, 'l', 'Was it a paper check mailed to you, and for which tax year?'],
    [60, 'p', 'paper check, 2021 taxes'],
    [66, 'l', "It isn't gone. Uncashed Treasury checks can be reissued: the IRS explains how to trace a refund at irs.gov/refunds (look for 'Where's My Refund' and Form 3911). Does that help?"],
    [250, 'l', "It seems you've disconnected, so I'm closing this chat now."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 17 the dismissal
  s(ZANE, '17 searches for the whole family in three states: "Sorry, that\'s your limit for this chat. … Bye." (dismissal)', [
    [0, 'p', 'can you search unclaimed money for me, my mom, my 2 brothers and my ex, we lived in indiana, ohio and kentucky'],
    [25, 'l', 'Hello, this is Zane at Indianapolis Public Library.'],
    [31, 'l', 'Which of you would you like to start with?'],
    [60, 'p', 'me first, Carla Jeffries, indiana'],
    [66, 'l', "Indiana's search is at indianaunclaimed.gov: type in your name and any past cities. Did that work?"],
    [120, 'p', 'yes found one! now do my mom, Brenda Jeffries, and then ohio and kentucky for everyone'],
    [128, 'l', "Sorry, that's your limit for this chat. I can't keep running searches for everyone. Bye."],
    [140, 'p', 'wow ok'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 18 other patrons waiting, a way back
  s(ABBY, '18 ShowMeGold for nine relatives: "a couple of other patrons waiting … Please chat back in later" (allowed), Kansas too', [
    [0, 'p', 'how do i search missouri unclaimed property'],
    [18, 'l', "Hi! I'm Abby, a librarian at Kansas City Public Library."],
    [24, 'l', 'Are you searching for yourself or for someone else, like a relative or a business?'],
    [50, 'p', 'myself for now'],
    [56, 'l', "Missouri's State Treasurer runs ShowMeGold at showmegold.mo.gov; search your name, and your maiden name if you had one. Does that answer it?"],
    [100, 'p', 'yes thx'],
    [105, 'l', 'Anything else I can help with?'],
    [140, 'p', 'yes actually can u do my whole family? theres like 9 people, and kansas too'],
    [148, 'l', "I have a couple of other patrons waiting right now, so I'll stop here, but you can run those names at showmegold.mo.gov yourself, and Kansas has its own search at kansascash.ks.gov. Please chat back in later if you get stuck!"],
    [170, 'p', 'ok fair enough'],
    [175, 'l', 'Thanks for your patience — bye for now!'],
  ], usual()),

  // 19 an announced transfer with a note that says why
  s(BRYCE, '19 a mother\'s I-Cash claim without a will: transfer notice + internal note why, Delia 74 s after it, small estate affidavit', [
    [0, 'p', 'my mom died without a will and her name is on the illinois icash list for $3,100. me and my sister are the only kids. how do we claim'],
    [20, 'l', 'Hi there, Bryce at Chicago Public Library Ask a Librarian.'],
    [26, 'l', 'Did either of you open an estate in probate court, or is that not started?'],
    [70, 'p', 'nothing started, we didnt think there was enough money'],
    [76, 'l', "I'm bringing in my colleague Delia, our legal reference librarian, who knows the heirship paperwork well. One moment while I hand you over."],
    [80, 'i', 'Delia, heirship claim for I-Cash, mom intestate, no probate, 2 daughters; can you take it?'],
    xfer(84, 'Delia', 'delia-u'),
    [150, 'l', "Hi, Delia here. For an estate under $100,000 in Illinois you can usually use a Small Estate Affidavit instead of probate. I-Cash's claim page (icash.illinoistreasurer.gov) lists the documents heirs upload, and the affidavit form is on illinoiscourts.gov (Forms > Probate).", as(DELIA)],
    [156, 'l', 'Does that answer your question?', as(DELIA)],
    [200, 'p', 'yes it does. thats all we needed'],
    [205, 'l', 'Glad I could help. Goodbye, and sorry about your mom.', as(DELIA)],
  ], usual({ transfer: 'pass' })),

  // 20 a silent transfer; the patron's "hello?" does not restart the wait
  s(ELLIS, '20 Michigan unclaimed property + a grandfather\'s life insurance: silent transfer, "hello? anyone?", Faye 125 s after the patron, Ford by phone', [
    [0, 'p', 'how do i check michigan unclaimed property AND see if my late grandpa had life insurance'],
    [24, 'l', 'Hello, Ellis at Detroit Public Library here.'],
    [30, 'l', 'Do you know the name of the company he worked for, or his last city?'],
    [70, 'p', 'ford, he lived in dearborn'],
    xfer(80, 'Faye', 'faye-u'),
    [150, 'p', 'hello? anyone?'],
    [195, 'l', "Hi, I'm Faye, a librarian with the Michigan eLibrary's Ask service. Michigan's unclaimed property search is at unclaimedproperty.michigan.gov, and for life insurance try the NAIC Life Insurance Policy Locator at content.naic.org/life-policy-locator. For any pension or life coverage from Ford, call the Ford Retiree Service Center at 1-888-555-0170.", as(FAYE)],
    [201, 'l', 'Did that answer both parts?', as(FAYE)],
    [240, 'p', 'yes thank you'],
    [246, 'l', 'Anything else?', as(FAYE)],
    [270, 'p', 'no'],
    [274, 'l', 'Take care, and thanks for chatting!', as(FAYE)],
  ], usual({ informed: 'fail', transfer: 'fail', referral: 'pass' })),

  // 21 four at once
  s(GRETA, '21 the Washington unclaimed property site: three other chats open with this one (four at once)', [
    [0, 'p', 'whats the site to search washington unclaimed property?'],
    [15, 'l', 'Hi, welcome to Ask a Librarian! Greta at Tacoma Public Library here.'],
    [21, 'l', 'Is it for you, or for a business?'],
    [40, 'p', 'me'],
    [45, 'l', "It's the Department of Revenue's Claim Your Cash: claimyourcash.wa.gov. Is that what you were looking for?"],
    [70, 'p', 'yep thats all i needed'],
    [75, 'l', 'Thanks for chatting with us!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('g1', 'greta-u', -200, 100), other('g2', 'greta-u', 10, 90), other('g3', 'greta-u', 50, 300)],
  }),

  // 22 pickedUpAt; touching ends
  s(HUGO, '22 how long a Tennessee claim takes: pickedUpAt 50 s, first line at 75, one chat ending at the start and one starting at the end', [
    [0, 'p', 'how long does it take to get money from a tennessee unclaimed property claim'],
    [75, 'l', 'Hi, this is Hugo at Nashville Public Library. Sorry for the short pause!'],
    [81, 'l', 'Have you already filed the claim, or are you about to?'],
    [110, 'p', 'filed it 3 weeks ago, no word'],
    [116, 'l', 'The Tennessee Treasury says most claims are processed within 90 days; you can check the status with your claim number at claimittn.gov (Check Claim Status). Does that help?'],
    [150, 'p', 'ya ok. thats all'],
    [155, 'l', 'Good luck, and thanks for writing in!'],
  ], usual(), { pickedUpAt: at(50) }, {
    otherIntervals: [other('h1', 'hugo-u', -300, 0), other('h2', 'hugo-u', -100, 120), other('h3', 'hugo-u', 20, 400), other('h4', 'hugo-u', 160, 500)],
  }),

  // 23 Practice
  s(TRAINEE, '23 practice chat (MissingMoney macro): coded Practice, every check na', [
    [0, 'p', 'practice: is missing money dot com real'],
    [10, 'l', 'testing macro — MissingMoney: missingmoney.com. Does that help?'],
    [20, 'p', 'test done'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 24 no provider ever joined (Spanish)
  s(NOBODY, '24 un cheque a su nombre en Nueva York (Spanish): no provider ever joined, "hola?? hay alguien", patron left, code null', [
    [0, 'p', 'hola, quiero saber si hay un cheque a mi nombre en el estado de nueva york'],
    waitLine(2, 4),
    [130, 'p', 'hola?? hay alguien'],
    left(250),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 25 the patron has the last word
  s(IVY, '25 a 401(k) refund in Georgia: gaclaims + DOL abandoned plan search, patron "perfect, thats all i needed!! have a good day" last', [
    [0, 'p', 'does georgia have an unclaimed property list? my husband thinks he has an old 401k refund out there'],
    [28, 'l', 'Good morning, Ivy here at Gwinnett County Public Library! Thanks for writing in.'],
    [34, 'l', 'Was the 401(k) refund check from a Georgia employer, or one in another state?'],
    [80, 'p', 'georgia, atlanta company'],
    [86, 'l', "Georgia's Department of Revenue keeps the list at gaclaims.unclaimedproperty.com. Retirement plan money can also sit with the plan's administrator, so the Department of Labor's Abandoned Plan Search (askebsa.dol.gov/abandonedplansearch) is worth a look too."],
    [92, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'perfect, thats all i needed!! have a good day'],
  ], usual({ courteous: 'fail' })),

  // 26 the source before the question; code ""
  s(JONAH, '26 one site for every state: MissingMoney.com given before "Which states have you lived in?", code ""', [
    [0, 'p', 'is there one site to search every state for unclaimed money? ive moved a lot'],
    [15, 'l', 'Hey! Jonah from Salt Lake County Library on the Ask a Librarian line.'],
    [20, 'l', "MissingMoney.com searches most states at once; it's run by the state treasurers' association and is free."],
    [26, 'l', 'Which states have you lived in? A few, like Utah, list more on their own sites.'],
    [70, 'p', 'utah, idaho, nevada, arizona'],
    [76, 'l', "Then also run Utah's own search at mycash.utah.gov, since it shows some newer items first. Does that cover it?"],
    [120, 'p', 'yup, ty. thats everything'],
    [125, 'l', 'Sure thing! Thanks for chatting, bye.'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 27 an answer with no source
  s(KEIKO, '27 when a quiet Hawaii checking account goes to the state: "Aloha!", an answer with no source, "no more questions!"', [
    [0, 'p', 'how long before a bank gives up on a dormant account and sends it to the state? asking bc my checking has been quiet for 2 yrs'],
    [20, 'l', 'Aloha! Keiko with the Hawaii State Public Library System here.'],
    [26, 'l', 'Is the account at a bank in Hawaii, or somewhere else?'],
    [60, 'p', 'hawaii'],
    [66, 'l', 'In most states, Hawaii included, a checking account is presumed abandoned after about three to five years with no activity or contact from you. Making a deposit or logging in online usually resets the clock, and the bank has to mail you a notice before it turns the money over.'],
    [72, 'l', 'Did that answer your question?'],
    [110, 'p', 'yes good to know, ill log in this week. no more questions!'],
    [115, 'l', 'Mahalo for chatting, take care!'],
  ], usual({ source: 'fail' })),

  // 28 a source with no codes (field left out)
  s(LEON, '28 a late brother\'s crew-share checks in Alaska: no resolution code field (source without codes), "im all set"', [
    [0, 'p', 'how do i look up unclaimed property in alaska for my late brother. he fished out of kodiak for years'],
    [35, 'l', 'Hi, this is Leon at the Anchorage Public Library reference desk.'],
    [41, 'l', 'Are you the personal representative of his estate? Alaska asks heirs for different paperwork than the estate.'],
    [90, 'p', 'yes im the one handling everything'],
    [96, 'l', "Search his name at unclaimedproperty.alaska.gov (Alaska Department of Revenue, Treasury Division). Crew share checks that were never cashed often turn up there. As personal representative you'll upload your Letters of Administration with the claim."],
    [102, 'l', 'Does that give you what you need?'],
    [150, 'p', 'yes, thank you. im all set'],
    [156, 'l', 'Thanks for contacting us, and sorry for your loss.'],
  ], usual({ code: 'na' }), { resolutionCode: undefined }),

  // 29 Lost Call after two patron lines; check-in and notice
  s(MAEVE, '29 an old 401(k) from 2005: coded Lost Call after two patron lines, "Are you still with me?" + notice 190 s after the answer', [
    [0, 'p', 'hi is there a way to find an old 401k from a job i had in 2005'],
    [45, 'l', 'Hello! Maeve at Boise Public Library, thanks for chatting in.'],
    [50, 'l', 'Do you remember the name of the employer, and did they go out of business?'],
    [80, 'p', 'idaho company, not sure if they still exist'],
    [90, 'l', "Two places to start: the Department of Labor's Abandoned Plan Search at askebsa.dol.gov/abandonedplansearch, and the National Registry of Unclaimed Retirement Benefits at unclaimedretirementbenefits.com. Did that help?"],
    [215, 'l', 'Are you still with me?'],
    [280, 'l', "Looks like you've been disconnected, so I'm going to close this session. Come back anytime — we're here 24/7!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 30 Spanish scam call: holds, a partial result, the Texas AG by phone
  s(NORA, '30 llamada que cobra una "fee" por dinero no reclamado (Spanish): esperas a 76/180 (resultado parcial), respuesta a 280, Procurador General por teléfono', [
    [0, 'p', 'hola, me llamaron diciendo q tengo $4,000 de unclaimed money en texas y q tengo que pagar $200 de "fee" para recibirlo. es real??'],
    [20, 'l', '¡Hola! Le atiende Nora, bibliotecaria de El Paso Public Library. Gracias por escribirnos.'],
    [27, 'l', '¿Le dieron el nombre de una empresa, o dijeron que llamaban de parte del estado?'],
    [70, 'p', 'dijeron que eran del "Texas Unclaimed Funds Department"'],
    [76, 'l', 'Un momento, voy a revisar si esa oficina existe.'],
    [180, 'l', 'Sigo buscando: por ahora no encuentro ninguna oficina con ese nombre; reviso la lista de la Contraloría.'],
    [280, 'l', 'Es una estafa. En Texas el dinero no reclamado lo guarda la Contraloría, y reclamarlo es gratis en ClaimItTexas.gov; nunca le cobran una "fee". Puede denunciar la llamada a la línea de protección al consumidor del Procurador General de Texas, 1-800-555-0155.'],
    [286, 'l', '¿Esto responde a lo que necesitaba saber? ¿Hay algo más en que le pueda ayudar?'],
    [330, 'p', 'si!! gracias a dios no les pague nada. eso es todo'],
    [336, 'l', 'Me alegro mucho. ¡Cuídese y gracias por consultarnos!'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtySecondRoundUnclaimed.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-second round: unclaimed property and lost money, checked', () => {
  describeSessions('whole sessions', sixtySecondRoundUnclaimed.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtySecondRoundUnclaimed.filter((c) => c.name in LEFT_WHY));
});

