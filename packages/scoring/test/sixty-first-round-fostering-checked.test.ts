/**
 * Sixty-first round, theme ADOPTION, FOSTER CARE AND KINSHIP CARE, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats: becoming a foster parent (Harford County MD, Michigan licensing
 * time), respite care and out-of-state trips for foster parents (Texas, Pennsylvania), books for a foster teen and for a
 * child adopted from China, adoptive parent support groups (Durham), adoption assistance after 18 (Florida), stepparent
 * adoption (Florida), the age limit to adopt (Georgia), ICWA and adopting a foster son (Minnesota), records for adult adoptees
 * (an Illinois original birth certificate, an Ohio adoption file, South Dakota's mutual consent register, a 1962 Kansas City
 * infant home, a 1940s orphanage school, NYC foster care case records after aging out), adoption notices in 1958 and 1965
 * newspapers, an adoption decree for a child's passport (Iowa), the orphan trains for a school project, and kinship care
 * (an abuela raising grandchildren without papers, in Spanish; an emergency DCYF placement; Ohio kinship support payments;
 * a grandson's school enrollment in Texas; what a kinship navigator is; a 67-year-old grandmother in Tennessee). Providers
 * point to state child welfare agencies (DHS, DCF, DCYF, DFPS, DCS, DFCS, ACS), vital records and adoption registries, county
 * clerks of court, kinship navigator lines, 2-1-1, TexasLawHelp, grandfamilies.org, AARP, NARF, contract agencies,
 * caseworkers and their own libraries' catalogues and Maryland Room. Every one of the 17 checks labelled in every session
 * from RUBRIC.md's text before the first run (labels copied aside to /tmp/sixtyFirstRoundFostering-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 34 s pickup (01); a patron "hello??" in the queue and a 95 s pickup (04: fail); "Hi! How can
 *   I help?" under the screen name "Ref Desk 4" (05: greets, names no one: fail); "Hi, I'm Helen … — let me look that up for
 *   you." (a greeting that is a hold, 13); "Hi, thanks for contacting Siouxland Libraries. This is Grant." (12); Spanish
 *   "¡Hola, buenas tardes! Le atiende Ana, bibliotecaria de …" (03); chat-speak "hey there! Cody w/ the Ask a Librarian team
 *   at …" (20) and "hi! sunny @ ask a librarian, cedar rapids public library 👋" (23); no provider ever joined (15);
 *  inquiry: county, state, birth state, court, custody or informal, agency, age 21 or older, grade, format, trip length,
 *   which newspaper, which agency; two URLs before "Are you looking for in-person meetings or online?" (06: fail); a
 *   restatement with no question mark ("So you're looking for support and financial help …", 30: pass); "Are you caring for a
 *   relative's child right now, or just looking into it?" (24, LEFT);
 *  waits: "give me a minute" answered 150 s later with a patron "thanks" inside (02: fail); holds at 86/190/295 (one a
 *   partial result that says the search goes on) and the answer at 390 (27: pass); "Sure, no rush — take your time." then
 *   the patron back 214 s later (28: waiting on the patron); "sec" then 56 s (23); two internal lines while the patron waits
 *   130 s (26: fail); a transfer notice answered by the receiver 52 s (19) and 50 s (20) later;
 *  endings: a Lost Call with a check-in at 160 and "It looks like you've disconnected, so I'll end this session. Please chat
 *   with us again anytime!" at 400 (13: final idle 240 s); "u still there?" at 235 and "looks like u got disconnected so im
 *   gonna close this chat. feel free to come back anytime!" at 350 (23: final idle 250 s); a goodbye 206 s after the answer
 *   with no check-in (24: idle and notice fail); "Are you still with me?" and then nothing until 410 (25: notice and courteous
 *   fail); the patron leaving after a promise (12: no goodbye); "That's more questions than I can take on in one chat, so I'm
 *   going to end here." (21: dismissal, courteous fails); "several other patrons waiting … feel free to chat back in later"
 *   (22: allowed); the patron's "thats everything" as the last line (26: courteous fails); goodbyes "ok bye", "Thanks for
 *   stopping by!", "Awesome, good luck on the project! Bye!", "Take care of yourself. Thanks for chatting with us!", "¡Con mucho
 *   gusto! Gracias por comunicarse con nosotros. Que le vaya bien."; patron-side "thats all i needed", "that's all", "that's
 *   all for now", "nothing else, thanks", "no, es todo", "thats everything", and "ok cool", "yeah ok", "bless you yes", "thank
 *   u!!" that do not count;
 *  sources: state agency pages, registries, court self-help pages, TexasLawHelp, grandfamilies.org, AARP, NARF, nckids.org,
 *   books in the catalogue; none at all ("Your caseworker … There's also a Kinship Navigator program … give them a call", 07:
 *   fail);
 *  referrals: a county recruiter by phone (01); "Mail the form to IDPH's Adoption Registry" with the registry's URL (02,
 *   LEFT); KARE by phone and URL (Spanish, 03); a post-adoption line by phone (04); "request … from the Ohio Department of
 *   Health" with odh.ohio.gov (05, LEFT); the caseworker and a navigator with no contact (07: fail); "mail it to the DSS
 *   Post-Adoption office, 700 Governors Dr, Pierre" (12); "call your agency first" (17: fail); the Ohio Kinship Navigator by
 *   phone, named again later as "the Kinship Navigator above" (22, LEFT); the Clerk of District Court by phone (23); "Your
 *   agency caseworker … ask them early" (25: fail); an alumni office by e-mail and phone (27); ACS and two contract agencies'
 *   records offices by URL (28); the library's own Maryland Room desk by street address and URL (29); a relative caregiver
 *   program by phone and "call 2-1-1" (30); staff consulted on the patron's behalf (a children's librarian, 09; the patron's
 *   library's staff, 10; genealogy staff, 12) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (08: pass); a promise to e-mail a list
 *   with the e-mail given and no time, coded Answered (09: code and contact fail, on_time pending); FU_LIB with the e-mail only
 *   in `patron.email`, "by Monday", done after 80 h (10: contact and on_time fail); FU_ME by phone read back, "by tomorrow
 *   afternoon", never recorded, day 4 (11: on_time fails); FU_ME with "get back to you by Thursday" and no contact anywhere,
 *   the patron gone (12: code and contact fail, on_time pending at day 1);
 *  codes: a true Lost Call (13); Lost Call after three patron lines (14: fail); Lost Call with no provider and the question
 *   only (15: pass); null (06: fail); Practice (16);
 *  transfers: a notice (a hold) and an internal note that says why (19: pass); a notice with no note (20: fail);
 *  concurrency: four at once (17: fail); others ending exactly at the start, at another's start and starting exactly at the
 *   end, three at most (18: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - telling the patron to mail a form to an agency ("Mail the form to IDPH's Adoption Registry", 02; "mail it to the DSS
 *   Post-Adoption office", 12), to request records from one ("request your original birth certificate and adoption file from
 *   the Ohio Department of Health", 05; "request their case records from ACS", "write to each agency's records office", 28)
 *   or to call or ask one ("call your agency first", 17) is a referral (RUBRIC: "call, write to, ask or visit them");
 * - the patron's own caseworker is a person outside the chat: "Your caseworker is the first person to ask" (07) and "Your
 *   agency caseworker is the one who signs off, so ask them early" (25) are referrals, here without contact;
 * - an agency's own page URL is a way to reach it (02, 05, 28), and so is a street address (12, 29); "call 2-1-1" gives a
 *   phone (30);
 * - a party referred to with its phone and named again later ("the Kinship Navigator above can help with every one of
 *   those", 22) has come with a way to reach it: the referral passes;
 * - "Stop by the Maryland Room desk … at 110 E. Patrick St" tells the patron to visit the provider's own library's department
 *   (29: a referral, reached by address and URL); "the Durham group meets the first Thursday at 7 pm" (06) and "The Midwest
 *   Genealogy Center has a vertical file" (08) tell the patron to contact or visit no one;
 * - "Would you like me to check the hours for you?" offers more and does not ask whether what was given meets the need (29:
 *   completeness fails); "Is that the kind of thing you wanted?", "Does that cover it?", "Will those work for your project?",
 *   "that help?" and "¿Le sirve esta información?" do;
 * - "that's all for now" (08) and "no, es todo" (03) say the patron is done; "ok cool" (14) and "yeah ok" (04) do not;
 * - "I'll check with our genealogy staff … and get back to you by Thursday" (12) is a follow-up promise; with no e-mail or
 *   phone anywhere, a follow-up code fails resolution.code and followup.contact; the session ends 27 s later, so there is no
 *   final idle of 120 s whether or not the promise is read as a hold;
 * - a greeting that is also a hold ("… — let me look that up for you.") does not start the final idle: in the Lost Call (13)
 *   it starts at the check-in "Are you still there?" (160 s) and ends at the notice that invites back (400 s);
 * - "Are you caring for a relative's child right now, or just looking into it?" is a question about the patron's situation
 *   that shapes the answer, not a hold ("looking into it" is the patron's, not the provider's search).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 26 / 4. Label corrections: 0.
 * Final: 26 running, 4 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 02: "Mail the form to IDPH's Adoption Registry with a copy of your ID" read as no referral (na;
 *    RUBRIC pass: write to an agency, its registry page's URL given);
 *  - referral.contact, case 05: "request your original birth certificate and adoption file from the Ohio Department of
 *    Health … The request form (HEA 8029) is at odh.ohio.gov" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 22: "the Kinship Navigator above can help with every one of those" read as a referral without
 *    contact (fail; RUBRIC pass: the navigator came with its phone, 1-844-555-0153, two messages earlier);
 *  - inquiry.clarify, case 24: "Are you caring for a relative's child right now, or just looking into it?" not read as a
 *    question before the first source (fail; RUBRIC pass).
 * Every timing check (pickup at 34 and 95 s, no provider; keep_informed at 150 and 130 s, across holds, a partial-result
 * hold, "take your time", internal lines and two transfers; final idles of 0, 27, 206, 240, 250 and 314 s; concurrency at four
 * and at touching ends; on_time done at 30 h, late at 80 h, pending at day 1 twice, not recorded by day 4) scored as
 * labelled on the first run. The redaction equality of describeSessions holds for every running case (patron e-mails typed
 * and read back, a patron phone read back, an e-mail only in `patron.email`).
 *
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (4 through describeLeft).
 * ON v55 (block U, written partly from this file): case 05's "request your original birth certificate and adoption file from the
 *   Ohio Department of Health" (U6) reads as labelled and runs: 27 running, 3 LEFT (02, 22, 24).
 * FINAL RUN (rubric v55): 30 tests passed (3 through describeLeft).
 * ON v56 (block V): case 24's "Are you caring for a relative's child right now, or just looking into it?" (V4: the patron's own
 *   looking into it, asked about, is no hold, so a clarifying question) reads as labelled and runs: 28 running, 2 LEFT (02, 22).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Thanks for waiting, you are number ${n} in line. A librarian will join shortly.`];

const MARCY: Prov = { id: 'marcy', name: 'Marcy', library: 'HCPL' };
const TOMAS: Prov = { id: 'tomas', name: 'Tomas', library: 'OLPL' };
const ANA: Prov = { id: 'ana-p', name: 'Ana', library: 'PCL' };
const BEV: Prov = { id: 'bev', name: 'Bev', library: 'PASCO' };
const REF4: Prov = { id: 'ref4', name: 'Ref Desk 4', library: 'CML-OH' };
const KWAME: Prov = { id: 'kwame-d', name: 'Kwame', library: 'DCL' };
const LIN: Prov = { id: 'lin', name: 'Lin', library: 'SCLD' };
const JUDITH: Prov = { id: 'judith', name: 'Judith', library: 'MCPL' };
const OSCAR: Prov = { id: 'oscar', name: 'Oscar', library: 'MWL' };
const RENEE: Prov = { id: 'renee', name: 'Renee (statewide)', library: 'STATE' };
const DOROTHY: Prov = { id: 'dorothy', name: 'Dorothy', library: 'TPL' };
const GRANT: Prov = { id: 'grant', name: 'Grant', library: 'SXL' };
const HELEN: Prov = { id: 'helen', name: 'Helen', library: 'KPL' };
const IKE: Prov = { id: 'ike', name: 'Ike', library: 'GCPL' };
const QUEUE: Prov = { id: 'queue-ca', name: 'Unassigned', library: 'CA-COOP' };
const TRAINER: Prov = { id: 'trainer-f', name: 'Training Account', library: 'TRN' };
const KIM: Prov = { id: 'kim', name: 'Kim', library: 'APL-TX' };
const NELL: Prov = { id: 'nell', name: 'Nell', library: 'LPL-KY' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'ACL' };
const SOFIA: Prov = { id: 'sofia', name: 'Sofia Lund', library: 'ACL' };
const CODY: Prov = { id: 'cody', name: 'Cody', library: 'WPL' };
const MAE: Prov = { id: 'mae', name: 'Mae Holloway', library: 'WPL' };
const PAULA: Prov = { id: 'paula', name: 'Paula', library: 'LKPL' };
const ROSS: Prov = { id: 'ross', name: 'Ross', library: 'CML' };
const SUNNY: Prov = { id: 'sunny', name: 'sunny_crpl', library: 'CRPL' };
const WES: Prov = { id: 'wes', name: 'Wes', library: 'BPL-ID' };
const MIRIAM: Prov = { id: 'miriam', name: 'Miriam', library: 'FLP' };
const BRENDA: Prov = { id: 'brenda', name: 'Brenda', library: 'DPL' };
const HAROLD: Prov = { id: 'harold', name: 'Harold', library: 'DCLS' };
const IRIS: Prov = { id: 'iris', name: 'Iris', library: 'BKLYN' };
const JUNE: Prov = { id: 'june', name: 'June', library: 'FCPL' };
const KATE: Prov = { id: 'kate', name: 'Kate', library: 'KCPL' };

const s = session;

export const sixtyFirstRoundFostering: SessionCase[] = [
  // 01 becoming a foster parent: county recruiter by phone
  s(MARCY, '01 becoming foster parents in Harford County: queue line, county asked, DHS page + recruiter phone, book in the catalog, "thats all i needed"', [
    [0, 'p', 'hi, my husband and I are thinking about becoming foster parents. where do we even start?'],
    queue(2),
    [34, 'l', "Good morning and welcome! I'm Marcy, a librarian at Harford County Public Library."],
    [40, 'l', 'Happy to help you get started. Which county do you live in? Foster parent licensing is handled county by county here.'],
    [95, 'p', 'harford county, bel air'],
    [101, 'l', "Let me pull up the county's info."],
    [170, 'l', "Harford County's Department of Social Services runs the foster and adoptive parent program. You start with a free information session; the dates and the inquiry form are on dhs.maryland.gov (search \"Become a Resource Parent\"). You can also call their resource parent recruiter at 410-555-0177 to ask questions first."],
    [176, 'l', 'Does that give you a good starting point?'],
    [240, 'p', "yes!! is there a book you'd recommend too"],
    [248, 'l', 'A lot of new foster parents like "The Foster Parenting Manual" by John DeGarmo; it\'s in our catalog at hcplonline.org, with 3 copies at Bel Air.'],
    [300, 'p', 'perfect, thats all i needed. thank you so much'],
    [306, 'l', "You're very welcome! Thanks for contacting Ask HCPL, and good luck to you both."],
  ], usual({ referral: 'pass' })),

  // 02 original birth certificate for an adult adoptee: hold, then 150 s
  s(TOMAS, '02 Illinois original birth certificate for a 1971 adoptee: "give me a minute", patron "thanks" inside, answer 150 s after the hold', [
    [0, 'p', "I was adopted in 1971 in Illinois. Can I get my original birth certificate now? I'm 53"],
    [20, 'l', 'Hello, this is Tomas with the Ask a Librarian service at Oak Lawn Public Library.'],
    [27, 'l', 'Were you born in Illinois too, or only adopted there? The birth state is the one that holds the original certificate.'],
    [75, 'p', 'born in chicago'],
    [80, 'l', 'OK, give me a minute to check the current Illinois rules.'],
    [130, 'p', 'thanks'],
    [230, 'l', "Sorry that took a while. Illinois lets adult adoptees request a non-certified copy of the original birth certificate. The form and the $15 fee are on the Illinois Department of Public Health's Adoption Registry page, dph.illinois.gov/topics-services/birth-death-other-records/adoption-registry.html. Mail the form to IDPH's Adoption Registry with a copy of your ID."],
    [236, 'l', 'Does that answer your question?'],
    [300, 'p', "yes thank you, that's all"],
    [305, 'l', 'Good luck with your search, and thanks for using Ask a Librarian!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 03 Spanish: a grandmother raising grandchildren informally
  s(ANA, '03 abuela criando nietos sin papeles (Spanish): custody asked, hold, KARE kinship line with phone + AARP guide, "no, es todo"', [
    [0, 'p', 'hola buenas, soy abuela y tengo a mis 2 nietos conmigo desde hace un año, la mamá no puede cuidarlos. hay alguna ayuda?'],
    [25, 'l', '¡Hola, buenas tardes! Le atiende Ana, bibliotecaria de la Biblioteca del Condado de Pima.'],
    [31, 'l', '¿Tiene usted la custodia legal o una tutela de los niños, o están con usted de manera informal?'],
    [90, 'p', 'informal nomas. no tengo papeles'],
    [96, 'l', 'Un momento, por favor, busco los programas para abuelos en Arizona.'],
    [180, 'l', "En Arizona, el programa Kinship and Adoption Resource and Education (KARE) de Arizona's Children Association ayuda a los abuelos que crían a sus nietos, con o sin papeles de custodia. Puede llamarles al 520-555-0134 (hablan español) o ver arizonaschildren.org/kinship. También la guía de AARP para abuelos que crían nietos está en aarp.org/espanol/familia."],
    [186, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si mucho. muchas gracias mija'],
    [256, 'l', '¿Hay algo más en que le pueda ayudar hoy?'],
    [290, 'p', 'no, es todo'],
    [295, 'l', '¡Con mucho gusto! Gracias por comunicarse con nosotros. Que le vaya bien.'],
  ], usual({ referral: 'pass' })),

  // 04 adoption assistance at 18: a 95 s pickup
  s(BEV, '04 Florida adoption assistance after 18: "hello??" in the queue, 95 s pickup, DCF page + post-adoption line', [
    [0, 'p', 'question about adoption assistance payments - do they stop when my son turns 18?'],
    queue(2, 3),
    [60, 'p', 'hello??'],
    [95, 'l', "Hi, sorry for the wait! I'm Bev, a reference librarian at Pasco County Library."],
    [101, 'l', 'Which state finalized the adoption? Adoption assistance rules differ by state.'],
    [140, 'p', 'florida. we adopted from foster care in 2014'],
    [146, 'l', "In Florida, adoption assistance usually ends at 18, but it can continue to 21 for youth adopted at 16 or older, or with a disability. The Department of Children and Families explains it at myflfamilies.com/services/child-family/adoption/post-adoption-services. Your post-adoption services counselor can tell you about your son's agreement: call the Post Adoption line at 1-800-555-0160."],
    [152, 'l', 'Does that help?'],
    [200, 'p', 'yeah ok'],
    [205, 'l', 'Anything else I can help with?'],
    [240, 'p', 'no'],
    [245, 'l', 'Thanks for chatting, take care!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 "Hi! How can I help?" under a screen name
  s(REF4, '05 Ohio adoption file for a 1985 adoptee: "Hi! How can I help?" under the screen name "Ref Desk 4", ODH by URL, "ok bye"', [
    [0, 'p', 'how do i find out who my birth mother is. adopted in ohio 1985'],
    [30, 'l', 'Hi! How can I help?'],
    [36, 'l', 'Ohio opened its sealed adoption files in 2015. Are you 21 or older?'],
    [70, 'p', 'yes 40'],
    [76, 'l', 'Then you can request your original birth certificate and adoption file from the Ohio Department of Health, Office of Vital Statistics. The request form (HEA 8029) is at odh.ohio.gov, search "adoption file". It costs $20.'],
    [82, 'l', 'Is that what you were looking for?'],
    [130, 'p', 'ya thanks'],
    [134, 'l', 'Anything else?'],
    [160, 'p', 'nope'],
    [163, 'l', 'ok bye'],
  ], usual({ greeting: 'fail', referral: 'pass' })),

  // 06 sources first, the question after; code null
  s(KWAME, '06 adoptive parent support groups near Durham: two URLs before "in-person or online?", code null', [
    [0, 'p', 'Are there any support groups for adoptive parents near Durham?'],
    [18, 'l', "Hi there, Kwame here, librarian with Durham County Library's chat."],
    [24, 'l', 'The Adoptive Families Support Network lists groups by county at adoptivefamiliesnc.org/groups, and the NC Kids Adoption and Foster Care Network has a statewide directory at nckids.org.'],
    [30, 'l', 'Are you looking for in-person meetings or online?'],
    [80, 'p', 'in person, evenings'],
    [86, 'l', 'The nckids.org directory lets you filter by meeting time; the Durham group meets the first Thursday at 7 pm. Did that help?'],
    [130, 'p', 'yes! thats all i needed'],
    [135, 'l', 'Great, thanks for reaching out!'],
  ], usual({ clarify: 'fail', code: 'fail' }), { resolutionCode: null }),

  // 07 no source; the caseworker and a navigator named without contact
  s(LIN, '07 emergency kinship placement with DCYF: no URL or phone, "ask your caseworker", "Kinship Navigator … give them a call"', [
    [0, 'p', 'my niece was just placed with me by CPS, emergency placement. what help can i get? i have no clue'],
    [40, 'l', "Hello, I'm Lin, a librarian at Spokane County Library District. I'm glad you reached out."],
    [47, 'l', 'Is this in Washington state, and is the placement through DCYF?'],
    [100, 'p', 'yes DCYF, spokane'],
    [106, 'l', "Relatives caring for kids placed by DCYF can usually get a child-only TANF grant, help with clothing and child care, and a support group. Your caseworker is the first person to ask about the placement money. There's also a Kinship Navigator program for Eastern Washington that helps relatives sort all this out, give them a call."],
    [112, 'l', 'Does that help?'],
    [170, 'p', 'ok ill call the caseworker. thx'],
    [175, 'l', 'Anything else I can help with?'],
    [200, 'p', 'no thats it'],
    [204, 'l', 'Thanks for chatting, and best of luck with your niece.'],
  ], usual({ source: 'fail', referral: 'fail' })),

  // 08 follow-up by me: e-mail read back, by Friday, done in 30 h
  s(JUDITH, '08 St. Agnes Infant Home file (follow-up by me): e-mail typed and read back, "by Friday", done in 30 h', [
    [0, 'p', 'Im trying to find records from the St. Agnes Infant Home in Kansas City, I was born there in 1962 and placed for adoption'],
    [22, 'l', "Hi, I'm Judith, a genealogy librarian at the Mid-Continent Public Library."],
    [29, 'l', 'Do you know whether the adoption went through a court in Missouri or in Kansas?'],
    [90, 'p', 'missouri, jackson county i think'],
    [96, 'l', 'Let me check what we have on St. Agnes.'],
    [190, 'l', "Our Midwest Genealogy Center has a vertical file on St. Agnes Infant Home in its local history collection, but it isn't digitized and I'd need to look at it in person. I'll go through it and e-mail you what I find by Friday. What's your e-mail?"],
    [240, 'p', 'dgarrett62@example.com'],
    [246, 'l', "Thanks — dgarrett62@example.com. You'll hear from me by Friday. In the meantime, Missouri's Adoption Information Registry page (health.mo.gov/data/vitalrecords/adoption) explains what non-identifying information you can ask for. Does that help for now?"],
    [300, 'p', "yes, thank you so much. that's all for now"],
    [305, 'l', "You're welcome. Thanks for chatting, talk to you Friday!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 09 promise to e-mail, coded Answered, no time
  s(OSCAR, '09 adoption picture books for a 6-year-old from China: three titles, "I\'ll send it over" with the e-mail but no time, coded Answered', [
    [0, 'p', 'looking for books for my 6 yr old about being adopted, shes from china'],
    [15, 'l', 'Hi! Oscar here with Ask Us at Maplewood Library.'],
    [21, 'l', 'Would you like picture books she can read with you, or books for you about talking with her about adoption?'],
    [60, 'p', 'picture books for her'],
    [66, 'l', "A few that families love: \"I Love You Like Crazy Cakes\" by Rose Lewis (a China adoption story), \"Tell Me Again About the Night I Was Born\" by Jamie Lee Curtis, and \"A Mother for Choco\" by Keiko Kasza. All three are in our catalog at maplewoodlibrary.org."],
    [72, 'l', 'Is that the kind of thing you wanted?'],
    [120, 'p', 'yes!! do you have more? esp w chinese american families'],
    [128, 'l', "I can put together a longer list with our children's librarian and e-mail it to you. What's your e-mail?"],
    [170, 'p', 'jenny.wu@example.com'],
    [175, 'l', "Great, I'll send it over."],
    [200, 'p', 'thank u!!'],
    [205, 'l', 'Thanks for chatting, bye!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' })),

  // 10 follow-up by the patron's library: e-mail only on the account, done after 80 h
  s(RENEE, '10 1958 adoption notice in the Hagerstown paper (follow-up by patron\'s library): "the e-mail on your account", "by Monday", done after 80 h', [
    [0, 'p', 'Does the Hagerstown library have the local newspaper from 1958? Looking for an adoption notice in the legal ads'],
    [35, 'l', "Hello, this is Renee with the statewide Ask Us Now service. I'm at a different library but I'll help as much as I can."],
    [42, 'l', 'Do you know the month, or roughly when the court finalized it?'],
    [100, 'p', 'sometime in spring 1958'],
    [106, 'l', 'One moment while I look at their holdings.'],
    [180, 'l', "Washington County Free Library's Western Maryland Room has The Morning Herald on microfilm for 1958, and their digitized local collections are at whilbr.org. The legal ads aren't indexed, so I'm passing your question to their staff; someone from your library will contact you by Monday at the e-mail on your account."],
    [186, 'l', 'Does that help for now?'],
    [240, 'p', 'ok thanks'],
    [245, 'l', "You're welcome, take care!"],
  ], usual({ anything: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_LIB, patron: { name: null, email: 'mharlan@example.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 11 follow-up by me by phone, never recorded, day 4
  s(DOROTHY, '11 grandson\'s school enrollment in Texas (follow-up by me): authorization agreement on TexasLawHelp, phone read back, "by tomorrow afternoon", not recorded by day 4', [
    [0, 'p', 'my grandson lives with me, his parents are on drugs. i need to enroll him in school but the school says i need papers. what do i do'],
    [28, 'l', "Good afternoon, my name is Dorothy and I'm a librarian at the Tyler Public Library. I'm sorry you're dealing with this."],
    [35, 'l', 'Is he already enrolled somewhere, or is this a new school for him?'],
    [90, 'p', 'new school, tyler ISD'],
    [97, 'l', "In Texas a relative can use an Authorization Agreement for Nonparent Relative to enroll a child; the parents usually need to sign it. The form and instructions are on TexasLawHelp.org (texaslawhelp.org, search \"authorization agreement\")."],
    [103, 'l', 'Is that what you needed to know?'],
    [170, 'p', 'yes but his parents wont sign anything. i cant work a computer good either. can somebody call me'],
    [178, 'l', "Of course. I can print the forms for you and go over the other options by phone. What's the best number?"],
    [230, 'p', '903-555-0147'],
    [236, 'l', "903-555-0147 — I'll call you by tomorrow afternoon."],
    [242, 'l', 'Is there anything else I can help with today?'],
    [280, 'p', 'no mam thank you'],
    [285, 'l', "You're welcome. Take care, and talk to you tomorrow."],
  ], usual({ contact: 'pass', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 12 follow-up by me with no contact at all; the patron leaves
  s(GRANT, '12 brother adopted out in 1979 (follow-up by me): SD register by mail to Pierre, "get back to you by Thursday", patron leaves with no contact', [
    [0, 'p', 'trying to find my brother who was adopted out in 1979 from Sioux Falls. is there a registry?'],
    [25, 'l', 'Hi, thanks for contacting Siouxland Libraries. This is Grant.'],
    [31, 'l', 'Was the adoption finalized in South Dakota?'],
    [70, 'p', 'yes'],
    [76, 'l', 'South Dakota runs a mutual consent Voluntary Register: if you both sign up, they match you. The form is on the Department of Social Services site, dss.sd.gov (search "adoption registry"); mail it to the DSS Post-Adoption office, 700 Governors Dr, Pierre. Did that help?'],
    [130, 'p', 'kind of. is there any other way'],
    [138, 'l', "I'll check with our genealogy staff about other options and get back to you by Thursday."],
    left(160),
  ], usual({ anything: 'fail', courteous: 'fail', code: 'fail', contact: 'fail', onTime: 'pending', referral: 'pass' }), { ...FU_ME }),

  // 13 a true Lost Call: greeting that is a hold, check-in, notice 240 s later
  s(HELEN, '13 Michigan foster licensing time (Lost Call): greeting with "let me look that up", check-in at 160, notice + invitation back at 400', [
    [0, 'p', 'how long does it take to get licensed as a foster parent in michigan'],
    queue(2),
    [30, 'l', "Hi, I'm Helen, a librarian with Ask a Librarian at Kalamazoo Public Library — let me look that up for you."],
    [160, 'l', 'Are you still there?'],
    [400, 'l', "It looks like you've disconnected, so I'll end this session. Please chat with us again anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 14 Lost Call after three patron lines
  s(IKE, '14 age limit to adopt in Georgia: answered, patron "ok cool" and leaves, coded Lost Call after 3 patron lines', [
    [0, 'p', 'whats the age limit to adopt a kid in georgia'],
    [20, 'l', 'Hello! Ike here, librarian at Gwinnett County Public Library.'],
    [26, 'l', 'Are you thinking of adopting from foster care, or a private infant adoption?'],
    [60, 'p', 'foster care'],
    [66, 'l', "Georgia requires adoptive parents to be at least 25 (or married and living with the spouse) and at least 10 years older than the child; there's no upper age limit. DFCS explains it at fostergeorgia.com. Does that help?"],
    [100, 'p', 'ok cool'],
    left(104),
    [110, 'l', 'Thanks for stopping by!'],
  ], usual({ anything: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call' }),

  // 15 no provider joined; Lost Call with the question only
  s(QUEUE, '15 extended foster care at 19 in California: no provider ever joined, patron left, coded Lost Call (one patron line)', [
    [0, 'p', 'can a 19 yr old still be in foster care in california'],
    queue(3, 5),
    left(150),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 16 Practice
  s(TRAINER, '16 practice chat (kinship script): coded Practice, every check na', [
    [0, 'p', 'TEST kinship navigator q pls ignore'],
    [8, 'l', 'Hi, this is the training account testing the kinship macro.'],
    [15, 'l', 'See childwelfare.gov/topics/outofhome/kinship. Did that help?'],
    [25, 'p', 'test ok'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 17 four chats at once; "call your agency" without contact
  s(KIM, '17 respite care for Texas foster parents: DFPS page, "call your agency first" (no contact), four chats open at once', [
    [0, 'p', 'is there respite care for foster parents? we need a weekend break, licensed through a private agency in Austin'],
    [25, 'l', "Hi! This is Kim, librarian at Austin Public Library's Ask a Librarian."],
    [31, 'l', 'Is your agency a child-placing agency contracted with DFPS?'],
    [70, 'p', 'yes, its through DFPS'],
    [76, 'l', "Texas foster parents get respite care through their child-placing agency; DFPS's foster parent pages explain respite at dfps.texas.gov (search \"respite care\"). Your agency's case manager arranges it, so call your agency first."],
    [82, 'l', 'Did that help?'],
    [120, 'p', 'yes, thats all i needed'],
    [125, 'l', 'Great — thanks for chatting, and enjoy the break!'],
  ], usual({ concurrency: 'fail', referral: 'fail' }), {}, {
    otherIntervals: [other('k1', 'kim', -400, 500), other('k2', 'kim', -100, 300), other('k3', 'kim', 60, 600)],
  }),

  // 18 three at most, touching ends
  s(NELL, '18 novels for a 15-year-old foster daughter: three titles in the catalog, other chats touch both ends, three at most', [
    [0, 'p', 'do you have books for teens who are in foster care? my foster daughter is 15'],
    [20, 'l', 'Hello, Nell at the Ask Us desk, Lexington Public Library.'],
    [26, 'l', 'Fiction, nonfiction, or both? And does she prefer e-books?'],
    [60, 'p', 'fiction, paper books'],
    [66, 'l', "Teens in care often like \"The Great Gilly Hopkins\" by Katherine Paterson, \"Pictures of Hollis Woods\" by Patricia Reilly Giff and \"Forever, or a Long, Long Time\" by Caela Carter. They're all in our catalog at lexpublib.org; you can place holds from there."],
    [72, 'l', 'Are those the kind of books you had in mind?'],
    [110, 'p', 'perfect thanks'],
    [114, 'l', 'Anything else?'],
    [130, 'p', 'nope'],
    [134, 'l', 'Thanks for chatting, happy reading!'],
  ], usual(), {}, {
    otherIntervals: [other('n1', 'nell', -500, 0), other('n2', 'nell', -200, 60), other('n3', 'nell', 10, 900), other('n4', 'nell', 60, 400), other('n5', 'nell', 139, 1000)],
  }),

  // 19 transfer by the book
  s(FARAH, '19 ICWA and adopting a foster son: transfer to the law librarian with a notice and a note, Sofia answers 52 s after the hold', [
    [0, 'p', "I'm a foster mom and the caseworker said my foster son might be covered by ICWA. what does that mean for us if we want to adopt him?"],
    [24, 'l', "Hi, I'm Farah at the Ask Us desk, Anoka County Library."],
    [30, 'l', 'Is the case in Minnesota state court?'],
    [70, 'p', 'yes anoka county'],
    [78, 'l', "Our law librarian knows ICWA and the Minnesota Indian Family Preservation Act much better than I do, so I'm transferring you to her now. One moment please."],
    [82, 'i', 'Sofia, foster parent asking how ICWA / MIFPA affects adopting her foster son, MN case, can you take it? thx'],
    xfer(85, 'Sofia Lund', 'sofia'),
    [130, 'l', "Hello, Sofia from the Anoka County Law Library here. ICWA sets placement preferences for Native children: extended family first, then members of the child's tribe, then other Native families, and Minnesota adds its own law, MIFPA. The Minnesota Judicial Branch's ICWA page (mncourts.gov, search \"ICWA\") and the Native American Rights Fund's practical guide at narf.org/nill/documents/icwa explain it in plain language.", as(SOFIA)],
    [136, 'l', 'Does that help you understand it?', as(SOFIA)],
    [200, 'p', 'yes, a lot. nothing else, thanks'],
    [205, 'l', "You're welcome. Thanks for using Ask Us!", as(SOFIA)],
  ], usual({ transfer: 'pass' })),

  // 20 transfer with a notice and no note
  s(CODY, '20 orphan trains for an 8th-grade project (chat-speak): "let me transfer you to her real quick", no internal note, Mae answers 50 s later', [
    [0, 'p', 'do yall have anything on the history of the orphan trains? doing a school project'],
    [12, 'l', 'hey there! Cody w/ the Ask a Librarian team at Wichita Public Library'],
    [17, 'l', 'what grade is the project for?'],
    [40, 'p', '8th'],
    [45, 'l', 'our youth services librarian is great with school projects, let me transfer you to her real quick'],
    xfer(50, 'Mae Holloway', 'mae'),
    [95, 'l', 'Hi! Mae here from Youth Services. For 8th grade, "Orphan Train Rider: One Boy\'s True Story" by Andrea Warren is a great start (in our catalog at wichitalibrary.org), and the National Orphan Train Complex\'s site, orphantraindepot.org, has rider stories and photos.', as(MAE)],
    [101, 'l', 'Will those work for your project?', as(MAE)],
    [150, 'p', 'yes thank you!! thats all'],
    [155, 'l', 'Awesome, good luck on the project! Bye!', as(MAE)],
  ], usual({ transfer: 'fail' })),

  // 21 dismissal: too many questions
  s(PAULA, '21 stepparent adoption in Florida: court forms URL, then "more questions than I can take on in one chat, so I\'m going to end here"', [
    [0, 'p', 'what do i need to do to adopt my stepdaughter? her bio dad isnt in the picture'],
    [25, 'l', 'Hi, this is Paula at Ask a Librarian, Lakeland Public Library.'],
    [31, 'l', 'Which state do you live in?'],
    [60, 'p', 'florida. also can you tell me how much it costs and how long and if i need a lawyer and what if he shows up'],
    [68, 'l', "Florida's stepparent adoption forms and instructions are on the Florida Courts self-help pages, flcourts.gov (search \"stepparent adoption\")."],
    [74, 'l', "That's more questions than I can take on in one chat, so I'm going to end here."],
    [90, 'p', 'seriously?'],
  ], usual({ complete: 'fail', anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 22 other patrons waiting, a way back
  s(ROSS, '22 Ohio kinship support payments: navigator phone, then "several other patrons waiting … chat back in later" (allowed)', [
    [0, 'p', "I'm a kinship caregiver for my two nephews in Ohio. Is there money available for me?"],
    [30, 'l', "Good evening! I'm Ross, a librarian with Columbus Metropolitan Library's chat service."],
    [36, 'l', 'Are the boys in the custody of children services, or did the family arrange it privately?'],
    [90, 'p', 'children services placed them with me'],
    [96, 'l', "Ohio's Kinship Support Program pays kinship caregivers of children placed by children services; the eligibility rules and the application are on the Department of Children and Youth's site, childrenandyouth.ohio.gov (search \"kinship support\"). You can also call the Ohio Kinship Navigator at 1-844-555-0153 for help applying."],
    [102, 'l', 'Does that answer your question?'],
    [160, 'p', 'yes. also what about their medical, and school, and can i get respite, and what about a car seat, and daycare vouchers'],
    [170, 'l', "Those are all good questions! I have several other patrons waiting right now, so I can't go through all of them here, but the Kinship Navigator above can help with every one of those. Please feel free to chat back in later, too."],
    [200, 'p', 'ok'],
    [205, 'l', 'Thanks so much for your patience, and take care!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 23 chat-speak: check-in and a notice that invites back
  s(SUNNY, '23 adoption decree for a passport (chat-speak): "sec", clerk by phone, "u still there?" at 235, "looks like u got disconnected … come back anytime!" at 350', [
    [0, 'p', 'hey how do i get my adoption decree copy? need it for my kids passport'],
    [10, 'l', 'hi! sunny @ ask a librarian, cedar rapids public library 👋'],
    [15, 'l', 'which county was the adoption finalized in?'],
    [40, 'p', 'linn county iowa'],
    [44, 'l', 'sec'],
    [100, 'l', "ok so adoption files in iowa are sealed but adoptive parents can get a certified copy of the decree from the Linn County Clerk of District Court. call them at 319-555-0110 or check iowacourts.gov for the clerk's page. bring ur ID"],
    [105, 'l', 'that help?'],
    [235, 'l', 'u still there?'],
    [350, 'l', 'looks like u got disconnected so im gonna close this chat. feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // 24 goodbye 206 s after the answer, no check-in
  s(WES, '24 what a kinship navigator is: Idaho page at 86, goodbye at 292 (final idle 206 s) with no check-in or notice', [
    [0, 'p', 'what is a kinship navigator? the hospital social worker mentioned it'],
    [22, 'l', 'Hi! Wes here, a librarian at Boise Public Library.'],
    [28, 'l', "Are you caring for a relative's child right now, or just looking into it?"],
    [80, 'p', 'my sisters baby, since last month'],
    [86, 'l', "A kinship navigator is a person or program that helps relatives raising kids find support: money, health coverage, legal help, support groups. In Idaho it goes through the Department of Health and Welfare's kinship care page, healthandwelfare.idaho.gov (search \"kinship care\")."],
    [92, 'l', 'Is that the kind of information you were after?'],
    [292, 'l', 'Thanks for chatting with Boise Public Library. Take care!'],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // 25 a check-in and then nothing; "ask them early" (the caseworker)
  s(MIRIAM, '25 out-of-state vacation with foster kids (PA): handbook via dhs.pa.gov, "ask them early" (caseworker), "Are you still with me?" at 260, ends at 410', [
    [0, 'p', 'can foster parents take the foster kids on vacation out of state? in pennsylvania'],
    [35, 'l', "Hello and welcome to Ask Here PA! My name is Miriam, I'm a librarian at the Free Library of Philadelphia."],
    [41, 'l', 'Is the trip for a few days, or longer than a week?'],
    [90, 'p', '5 days, to disney'],
    [96, 'l', "In Pennsylvania, foster parents usually need the agency's written permission to take a child out of state, and sometimes the court's. The DHS Resource Family handbook (dhs.pa.gov, search \"resource family handbook\") has a section on travel. Your agency caseworker is the one who signs off, so ask them early."],
    [102, 'l', 'Did that help?'],
    [260, 'l', 'Are you still with me?'],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' }), { endAfter: 150 }),

  // 26 internal lines while the patron waits; patron has the last word
  s(BRENDA, '26 The Primal Wound for an adoptee group: two internal lines, the answer 130 s after the patron, patron "thats everything" last', [
    [0, 'p', 'do you have the book The Primal Wound? for an adoptee support group'],
    [15, 'l', 'Hi! This is Brenda with the Ask a Librarian chat at Deschutes Public Library.'],
    [20, 'l', 'Would you like the print book, or the e-book or audiobook?'],
    [45, 'p', 'print, 3 copies if possible'],
    [60, 'i', 'Redmond, can u check the shelf for Primal Wound (Verrier)?'],
    [150, 'i', 'Redmond: yes 1 on shelf'],
    [175, 'l', "\"The Primal Wound\" by Nancy Verrier: we own 2 print copies, one on the shelf at Downtown and one at Redmond. You can place holds on both in our catalog at dpl.org, and a third can come through interlibrary loan."],
    [181, 'l', 'Does that cover it?'],
    [230, 'p', 'yes great. thats everything'],
  ], usual({ informed: 'fail', courteous: 'fail' })),

  // 27 holds every ~100 s through a long search
  s(HAROLD, '27 mother\'s 1940s Hershey Industrial School record: holds at 86/190/295, answer at 390 with the alumni office by e-mail and phone', [
    [0, 'p', 'My mother was in the Hershey Industrial School (orphanage) in the 1940s. Are there records?'],
    [26, 'l', 'Good afternoon, Harold here, a reference librarian at Dauphin County Library System.'],
    [32, 'l', 'Are you looking for her student record itself, or for general history and photos of the school in those years?'],
    [80, 'p', 'her record if possible, but anything really'],
    [86, 'l', 'Let me dig into this, it may take a few minutes.'],
    [190, 'l', "Still looking — I've found the school's history, now checking who holds the student files."],
    [295, 'l', 'Almost there, just confirming the contact.'],
    [390, 'l', "The Hershey Industrial School is today's Milton Hershey School. Its alumni relations office handles family requests for former students' records: write to alumnirecords@mhs-pa.org or call 717-555-0123. For history and photos, the Hershey Community Archives has an online collection at hersheyarchives.org."],
    [396, 'l', 'Is that what you were looking for?'],
    [460, 'p', 'yes, thank you so much, thats all I needed'],
    [466, 'l', 'My pleasure — thanks for contacting us, and good luck!'],
  ], usual({ referral: 'pass' })),

  // 28 "take your time" then 214 s away
  s(IRIS, '28 NYC foster care case records after aging out: "Sure, no rush — take your time." then the patron back 214 s later, ACS + two agencies by URL', [
    [0, 'p', 'I need to get my foster care records from when I was a kid in NYC, I aged out in 2008'],
    [20, 'l', "Hi there! I'm Iris, a librarian with Brooklyn Public Library's Ask a Librarian."],
    [26, 'l', 'Do you remember which agency handled your case, or only ACS?'],
    [70, 'p', 'there were 2 agencies, hold on i have it written down somewhere'],
    [76, 'l', 'Sure, no rush — take your time.'],
    [290, 'p', 'ok found it. SCO Family of Services and then Graham Windham'],
    [296, 'l', 'Thanks, one second.'],
    [370, 'l', "Former foster youth in New York City request their case records from ACS; the process is on nyc.gov/site/acs (search \"case records\"). Since your agencies were contract agencies, ACS pulls their files too, and you can also write to each agency's records office: SCO's is at sco.org/contact and Graham Windham's at graham-windham.org/contact."],
    [376, 'l', 'Does that help?'],
    [430, 'p', 'yeah thank you'],
    [434, 'l', 'Anything else I can help with?'],
    [470, 'p', 'no thats it'],
    [474, 'l', 'Take care, and thanks for chatting with BPL!'],
  ], usual({ referral: 'pass' })),

  // 29 the library's own Maryland Room by address; "would you like me to check the hours?"
  s(JUNE, '29 1965 adoption notices on microfilm: "Stop by the Maryland Room desk" at 110 E. Patrick St, "Would you like me to check the hours for you?"', [
    [0, 'p', 'where can i look at old adoption notices in the county newspaper from 1965'],
    [18, 'l', 'Hello! June here, librarian at Frederick County Public Libraries.'],
    [24, 'l', 'Which newspaper, the News or the Post?'],
    [60, 'p', 'not sure, whichever'],
    [66, 'l', 'Both are on microfilm in our Maryland Room at the C. Burr Artz Library, 110 E. Patrick St, Frederick (fcpl.org/maryland-room). Stop by the Maryland Room desk any afternoon and staff will set you up at a reader. Would you like me to check the hours for you?'],
    [110, 'p', 'no i know them thanks'],
    [115, 'l', 'Anything else?'],
    [140, 'p', 'no'],
    [144, 'l', 'Thanks for chatting, bye!'],
  ], usual({ complete: 'fail', referral: 'pass' })),

  // 30 a restatement; the relative caregiver program by phone and 2-1-1
  s(KATE, '30 grandparent raising a 9-year-old in Tennessee: "So you\'re looking for …" restatement, program phone, "call 2-1-1", grandfamilies.org', [
    [0, 'p', "i'm 67 and raising my granddaughter, shes 9. i'm getting tired and broke. anything out there for people like me in Tennessee?"],
    [30, 'l', 'Hi, thank you for reaching out. This is Kate, a librarian at the Knox County Public Library.'],
    [36, 'l', "So you're looking for support and financial help for grandparents raising grandchildren in Tennessee."],
    [45, 'l', "Let me find what's current."],
    [130, 'l', "Tennessee's Relative Caregiver Program (through DCS) gives support groups, case help and some financial help to relatives raising kids outside foster care; in East Tennessee call the program at 865-555-0180. For help with bills and food, call 2-1-1 any time. Grandfamilies.org also has a Tennessee fact sheet at grandfamilies.org/state-fact-sheets."],
    [136, 'l', 'Does that help for now?'],
    [200, 'p', 'bless you yes'],
    [205, 'l', 'Is there anything else I can help you with?'],
    [250, 'p', 'not today'],
    [255, 'l', 'Take care of yourself. Thanks for chatting with us!'],
  ], usual({ referral: 'pass' })),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => sixtyFirstRoundFostering.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('02')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "… on the Illinois Department of Public Health\'s Adoption Registry page, dph.illinois.gov/…/adoption-registry.html. Mail the form to IDPH\'s Adoption Registry with a copy of your ID." tells the patron to write to an agency outside the chat (RUBRIC Terms, Referral: "call, write to, ask or visit them"), reached by the registry page\'s URL.',
  [byNo('22')]:
    'referral.contact: expected pass, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them", evidence message 7 "I have several other patrons waiting right now …"). Message 7\'s "the Kinship Navigator above can help with every one of those" names again the party referred in message 4 with its phone ("call the Ohio Kinship Navigator at 1-844-555-0153"): every party the patron is referred to comes with a way to reach them (RUBRIC referral.contact).',
};

describe('sixty-first round: adoption, foster care and kinship care, checked', () => {
  describeSessions('whole sessions', sixtyFirstRoundFostering.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', sixtyFirstRoundFostering.filter((c) => c.name in LEFT_WHY));
});
