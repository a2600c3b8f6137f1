/**
 * Nineteenth round, area (T1): VETERANS AND MILITARY FAMILIES, whole sessions. Public and statewide "ask a librarian"
 * chat services helping veterans, spouses, widows and service members: DD-214s and military personnel records (the
 * NPRC, SF-180, eVetRecs, milConnect), VA benefits forms (21-526EZ, 40-1330, 22-1990), the GI Bill, veterans service
 * organisations and county veterans service officers, military genealogy (Fold3, NARA, ABMC, the Nationwide Gravesite
 * Locator), deployment and installation (MWR) libraries, TRICARE questions, memorial and burial records. Terse SMS
 * patrons, older patrons who type slowly, spouses, Spanish; referrals with and without a way to reach the party,
 * follow-up promises with and without a when, holds that keep the patron informed and silences that do not, transfers
 * to a genealogy or local-history specialist, idle patrons, polite and impolite endings.
 * Voices: AskUsNow! (Maryland), Ask a Librarian (Florida), KnowItNow (Ohio), Ask WA, NC Knows, a county library's text
 * service, an Army installation library, a Texas public library in Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases. The main ones:
 * - telling the patron to call, write to or visit the NPRC, the VA, a VSO post or the county veterans service officer
 *   is a referral; pointing to va.gov or archives.gov for the patron to fill in a form online is a source only;
 * - "the VFW post on Route 40" or "the CVSO in the courthouse" names a place, not a postal address: no contact; a
 *   street address with a town is one;
 * - "Thank you for your service" thanks the patron: it is a courteous message (a goodbye when it is the last word);
 * - "Hang tight" and "give me a sec to pull that up" are hold messages; "take your time finding the discharge date" is
 *   not (the Terms: telling the patron to take their time is not a hold);
 * - what the NPRC or the VA will do ("NPRC mails it in about 10 days") is no follow-up promise of the provider's;
 * - "when I hear back from the archivist" is a condition, not a when: followup.contact fails;
 * - a question about the service member's branch, era or the patron's county, asked before the first source, clarifies.
 * - a domain named inside the clarifying question ("Do you have a Login.gov or ID.me account for VA.gov?") makes that
 *   message the first that gives a source (Terms: "a URL or domain"), so the question is not before it;
 * - "Que tenga buen día", like "Have a good one", is a leave-taking formula: a goodbye;
 * - "Let me know if you have any questions about the form!" asks for anything else (the README's reading of "Let me know
 *   if you have any other questions" since v12);
 * - what someone else will do later ("when the time comes, the family calls the National Cemetery Scheduling Office at
 *   …") does not tell the patron to contact anyone: no referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, DAY, describeSessions, FU_LIB, FU_ME, other, type SessionCase, some, sys, T0, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const KIM = who('Kim Alvarez', 'kim');

export const whole: SessionCase[] = [
  // ---- DD-214s and personnel records -------------------------------------------------------------------------------
  {
    name: 'AskUsNow!, a son needs his late father\'s DD-214 for a burial: branch and era asked, eVetRecs and the SF-180 with NPRC\'s address and phone; "Does that cover it?"; patron done',
    lines: [
      [0, 'p', 'My dad passed last week and the funeral home is asking for his DD214. I have no idea where he kept it'],
      [31, 'l', "I'm so sorry for your loss. Hi, this is Renee, a librarian with AskUsNow! and Howard County Library System. Do you know which branch he served in, and roughly when?"],
      [88, 'p', 'Army, Vietnam era. Drafted in 68 I think, out in 70'],
      [95, 'l', 'Thank you. Give me a sec to pull up the request steps for next of kin.'],
      [170, 'l', "As next of kin you can request it from the National Personnel Records Center. Online: archives.gov/veterans/military-service-records (eVetRecs). Or mail or fax the SF-180 to NPRC, 1 Archives Drive, St. Louis, MO 63138; their phone is 314-801-0800. Because it's for a burial, tell them so: NPRC puts burial requests first, and funeral homes can often fax the request for you. Does that cover it?"],
      [240, 'p', "yes that's exactly it. that's all i needed, thank you"],
      [247, 'l', "You're welcome, and again, I'm sorry about your father. Thank you for contacting AskUsNow!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: milconnect.dmdc.osd.mil is a page for the patron to use: a source, not a referral
    name: 'SMS, a recently separated Marine wants his DD-214 copy: "when did u get out?" then milConnect; "that work?"; "thats all"; bye',
    lines: [
      [0, 'p', 'need copy of dd214 lost mine'],
      [22, 'l', 'hi! Cuyahoga County Public Library text line, this is Mo. when did u get out?'],
      [61, 'p', '2021 marines'],
      [68, 'l', 'ok since its after 1995 u can download it urself at milconnect.dmdc.osd.mil > Correspondence/Documentation > DPRIS. need a DS logon. that work?'],
      [112, 'p', 'ya got a ds logon. thats all thx'],
      [117, 'l', 'np! thx for texting, semper fi'],
    ],
    exp: usual(),
  },
  {
    // reading: "your county's veterans service officer" is named with a way to reach (the phone), so referral passes
    name: 'KnowItNow, a widow needs the records for a VA survivors pension: the CVSO of Franklin County with phone and street address, plus VA Form 21P-534EZ online; completeness and anything else asked',
    lines: [
      [0, 'p', 'Good afternoon. My husband was in the Navy in Korea. He died in March. Someone told me I might get a pension from the VA. How do I start.'],
      [44, 'l', "Good afternoon, and I'm very sorry about your husband. You've reached KnowItNow, Ohio's library chat; my name is Carol. Which county do you live in? Ohio counties each have a veterans service office that helps with this for free."],
      [150, 'p', 'Franklin county. Columbus'],
      [158, 'l', 'One moment while I find their details.'],
      [230, 'l', "Call or visit the Franklin County Veterans Service Commission, 1849 W. Broad St., Columbus, OH 43223, phone 614-525-2500; they will help you file at no cost. The form they'll use is VA Form 21P-534EZ (survivors pension and DIC), which you can see at va.gov/find-forms/about-form-21p-534ez. Bring his DD-214 and the death certificate. Is that the kind of help you were looking for?"],
      [330, 'p', 'Yes dear. I will call them tomorrow.'],
      [338, 'l', 'Wonderful. Is there anything else I can look up for you today?'],
      [420, 'p', 'No that is all. You have been very kind.'],
      [426, 'l', 'It was my pleasure. Take care, and thank you for contacting KnowItNow.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "stop by the CVSO's office in the courthouse" names a place (no street, no town): no postal address
    name: 'near miss: referral to "the CVSO\'s office in the courthouse, 2nd floor" with no phone, address or URL: referral fails; the source is the VA form page',
    lines: [
      [0, 'p', 'hi, how do I file a disability claim for my knees, I was in the Air Force 2004-2012'],
      [26, 'l', 'Hello! This is Jamal at Cumberland County Public Library (Fayetteville). Are you filing for the first time, or increasing a rating you already have?'],
      [70, 'p', 'first time'],
      [77, 'l', "The form is VA Form 21-526EZ; you can file it online at va.gov/disability/file-disability-claim-form-21-526ez. Many people get a free hand with it: stop by the county veterans service officer's office in the courthouse, 2nd floor, and ask for help with an initial claim. Does that help?"],
      [130, 'p', 'yes thanks, thats all for now'],
      [135, 'l', 'Thanks for chatting, and good luck with the claim!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'no clarifying question: the answer comes at once (source before any question); "Did that answer your question?"; patron done',
    lines: [
      [0, 'p', 'Where do I send an SF-180?'],
      [18, 'l', "Hi, you're chatting with Paul at Anne Arundel County Public Library. Send the SF-180 to the National Personnel Records Center, 1 Archives Drive, St. Louis, MO 63138 for most Army, Air Force, Navy and Marine veterans; the form's page 3 lists the exceptions. Download it at archives.gov/veterans/military-service-records/standard-form-180.html. Did that answer your question?"],
      [55, 'p', 'yep that was it'],
      [60, 'l', 'Anything else I can help with?'],
      [80, 'p', 'no'],
      [84, 'l', 'Have a good one, bye!'],
    ],
    // relabelled (my label): "Send the SF-180 to the National Personnel Records Center, <address>" tells the patron to
    // write to an agency, with its postal address: a referral that passes
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    // reading: "mail it to NPRC at 1 Archives Drive, St. Louis" tells the patron to write to an agency: a referral with a
    // postal address
    name: 'Ask a Librarian (Florida), a granddaughter researching a WWII grandfather: the 1973 fire asked about, Fold3 via the library, NARA\'s request; two holds keep her informed',
    lines: [
      [0, 'p', 'Hi! I am trying to find out what my grandpa did in WWII. He was in the Army. His name was Walter Kowalski from Pittsburgh.'],
      [40, 'l', "Hi there, welcome to Ask a Librarian! I'm Dana from the Tampa-Hillsborough County Public Library. Do you know if he was discharged before 1960, and do you have his service number or birth date?"],
      [95, 'p', 'born 1921, discharged 1945 i think. no service number'],
      [102, 'l', "Thanks! Hang tight while I check what survives for Army records of that era."],
      [190, 'l', "Still looking; I'm checking the enlistment records now."],
      [290, 'l', "Found him, I think: NARA's WWII Army Enlistment Records (aad.archives.gov) list a Walter J. Kowalski, born 1921, enlisted in Pittsburgh on 12 Feb 1942, serial number 33-1xx-xxx. With that number you can ask for his file: mail an SF-180 to the National Personnel Records Center, 1 Archives Drive, St. Louis, MO 63138. Many Army files of that era burned in the 1973 fire, but NPRC rebuilds what it can from other records. Fold3 (free with your library card at hcplc.org/research) has unit records too. Is that the same Walter?"],
      [380, 'p', 'YES that is him!! wow. thank you so much, that is everything'],
      [385, 'l', 'How exciting! Thank you for using Ask a Librarian, and happy hunting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'silence of 150 s after the patron\'s answer with no hold: keep_informed fails; otherwise good',
    lines: [
      [0, 'p', 'how long does it take to get a DD-214 from St Louis'],
      [20, 'l', 'Hi, Ask WA here, this is Kelly from Spokane Public Library. Did you already send the request, or are you about to?'],
      [60, 'p', 'sent it 2 months ago nothing yet'],
      [210, 'l', "NPRC's own page says most requests take about 10 days but backlogs can stretch to months; you can check where yours is at archives.gov/veterans/military-service-records/check-status or call their customer service line at 314-801-0800. Does that help?"],
      [260, 'p', 'ok will call. thats all'],
      [266, 'l', 'Good luck, and thanks for chatting with Ask WA!'],
    ],
    // reading: "call their customer service line at 314-…" after naming NPRC's page: NPRC's own phone, referral passes
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },

  // ---- GI Bill and education --------------------------------------------------------------------------------------
  {
    name: 'community college library, a spouse asks about a transferred Post-9/11 GI Bill: who transferred it asked; va.gov and the GI Bill hotline (a referral with a phone); "Was that what you were after?"',
    lines: [
      [0, 'p', 'hi my husband transferred his GI Bill to me. How do I actually use it for classes here?'],
      [28, 'l', "Hi! You've reached the Tidewater Community College Library chat; I'm Beth. Has the transfer already been approved in milConnect, and are you starting this fall?"],
      [80, 'p', 'yes approved in may, starting in august'],
      [88, 'l', "Great. You apply with VA Form 22-1990E at va.gov/education/apply-for-education-benefits. Then bring the Certificate of Eligibility to TCC's Military & Veterans Services office, which certifies your enrollment: tcc.edu/military, 757-822-1080. If the VA side gets stuck, call the GI Bill hotline at 1-888-442-4551. Was that what you were after?"],
      [150, 'p', 'yes perfect'],
      [155, 'l', 'Anything else I can help with today?'],
      [175, 'p', 'no thats it'],
      [180, 'l', 'Thanks for chatting, and welcome to TCC!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the school certifying official" is named without a way to reach them: referral fails even though the
    // GI Bill hotline has its phone (every party must have one)
    name: 'near miss: two parties referred, the GI Bill hotline with its phone and "your school\'s certifying official" with none: referral fails',
    lines: [
      [0, 'p', 'my GI bill housing payment didnt come this month what do i do'],
      [24, 'l', 'Hello, Brian here at Pikes Peak Library District. Are you on the Post-9/11 GI Bill (Chapter 33), and did you change your class schedule this term?'],
      [66, 'p', 'ch 33 yes, i dropped one class'],
      [74, 'l', "Dropping a class can lower or pause the housing allowance. First ask your school's certifying official whether they reported the change, then call the GI Bill hotline at 1-888-442-4551 to check the payment. The rates are at va.gov/education/benefit-rates. Does that help you figure out next steps?"],
      [140, 'p', 'yeah thanks thats all i need'],
      [145, 'l', 'You bet. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, a Texas veteran\'s daughter asks about the Hazlewood Act: "¿Su papá es veterano de Texas?" then the Texas Veterans Commission with phone; "¿Le sirve?" and "¿Algo más?"',
    lines: [
      [0, 'p', 'Hola, mi papá es veterano y escuché que puedo estudiar gratis en la universidad. ¿Es cierto?'],
      [33, 'l', '¡Hola! Le atiende Graciela, bibliotecaria de la Biblioteca Pública de El Paso. ¿Su papá entró al servicio en Texas, y usted tiene menos de 26 años?'],
      [90, 'p', 'si entro en texas, tengo 19'],
      [97, 'l', 'Un momento, por favor, reviso los requisitos.'],
      [165, 'l', 'Sí, se llama la ley Hazlewood (Hazlewood Legacy): su papá puede pasarle las horas que no usó. Los requisitos están en tvc.texas.gov/education/hazlewood. Para preguntas, llame a la Comisión de Veteranos de Texas al 1-877-898-3833 o escriba a hazlewood@tvc.texas.gov. ¿Le sirve esta información?'],
      [230, 'p', 'si mucho, gracias'],
      [236, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [262, 'p', 'no es todo'],
      [268, 'l', '¡Con gusto! Gracias por escribirnos, que le vaya bien.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Army installation library (MWR), a soldier asks for CLEP study guides: the DANTES page and the library\'s own Peterson\'s; no completeness question; "anything else?"; bye',
    lines: [
      [0, 'p', 'do yall have clep study stuff? trying to knock out college algebra before PCS'],
      [19, 'l', "Hey, welcome to the Fort Hood (Cavazos) Casey Memorial Library chat, this is Lynn, one of the librarians. When do you PCS, so I know how much time you've got?"],
      [58, 'p', 'like 6 weeks'],
      [66, 'l', "Plenty of time. Use Peterson's Test and Career Prep (free through armymwr.com/programs-and-services/library > Online Resources) for CLEP College Algebra practice tests, and DANTES pays for your first attempt: mydantes.org/clep. Anything else?"],
      [100, 'p', 'nah thats it'],
      [104, 'l', 'Good luck on the test, thanks for using the library!'],
    ],
    exp: usual({ complete: 'fail' }),
  },

  // ---- VA benefits, VSOs, crisis -------------------------------------------------------------------------------------
  {
    name: 'NC Knows, a Vietnam veteran asks about Agent Orange presumptives: the PACT Act page, the NC DMVA with phone; older patron, long gaps but holds every minute or two',
    lines: [
      [0, 'p', 'I served in Vietnam 1969. Now I have diabetes. Does the VA cover that for Agent Orange?'],
      [37, 'l', "Hello, this is Sharon with NC Knows, North Carolina's library chat. I'm a librarian at Durham County Library. Have you filed any VA claim before, or would this be your first?"],
      [140, 'p', 'Never filed anything. My wife said I should.'],
      [148, 'l', 'Let me look up the current list for you, one moment.'],
      [250, 'l', "I'm still checking; the list changed with the PACT Act, so I want the current page."],
      [330, 'l', "Yes: type 2 diabetes is on the VA's list of conditions presumed to be caused by Agent Orange for veterans who served in Vietnam: va.gov/disability/eligibility/hazardous-materials-exposure/agent-orange. For free help filing, contact the NC Department of Military and Veterans Affairs at 844-624-8387 or milvets.nc.gov; they'll connect you with a service officer near you. Does that answer your question?"],
      [460, 'p', 'Yes it does. Thank you young lady. That is all.'],
      [468, 'l', 'You are very welcome, sir. Thank you for your service, and take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the American Legion post downtown" has no contact: referral fails; "Thank you for your service" as the last
    // message thanks the patron: courteous passes
    name: 'near miss: "try the American Legion post downtown, they help with claims" (no contact) besides the VA\'s phone: referral fails; "Thank you for your service." closes',
    lines: [
      [0, 'p', 'who can help me appeal a VA decision? they denied my tinnitus'],
      [21, 'l', 'Hi, Jen at Allen County Public Library here. Did you get the decision letter recently, within the last year?'],
      [59, 'p', 'yes in january'],
      [66, 'l', "Then you're in time for a review. The three options (supplemental claim, higher-level review, Board appeal) are explained at va.gov/decision-reviews, and the VA benefits line is 1-800-827-1000. You can also try the American Legion post downtown, they help with claims for free. Does that help?"],
      [120, 'p', 'yes thats all i needed'],
      [126, 'l', 'Thank you for your service.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'crisis: a spouse worried about her husband: the Veterans Crisis Line 988 press 1 at once, then the Vet Center with phone; the provider asks whether he is safe now',
    lines: [
      [0, 'p', 'my husband just got back from deployment and hes not ok. drinking a lot, not sleeping. i dont know who to call'],
      [15, 'l', "Hi, I'm Ava with the Ask Us chat at Kitsap Regional Library. I'm glad you reached out. Is he safe right now, or is he talking about hurting himself?"],
      [50, 'p', 'not right now i dont think. hes asleep'],
      [56, 'l', "Okay. If that changes, call the Veterans Crisis Line: dial 988 and press 1, or text 838255; spouses can call too, any time. For ongoing help, the Bremerton Vet Center offers free confidential counselling for him and for you: 360-782-0002, 6401 Kitsap Way, Bremerton WA 98312. Is that the sort of help you were looking for?"],
      [130, 'p', 'yes. thank you. thats all'],
      [136, 'l', "You're welcome. Please take care of yourself too, and thank you for reaching out."],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "go to your nearest VA medical center" tells the patron to visit a party with no way to reach it
    name: 'TRICARE vs VA: a retiree asks which pays; the provider refers to "your nearest VA medical center" with no contact: referral fails; no clarifying question before the answer',
    lines: [
      [0, 'p', 'I am a military retiree with TRICARE For Life. Can I still go to the VA?'],
      [25, 'l', "Hello! This is Frank, reference librarian at the Montgomery County Public Libraries' chat. Yes, you can use both: TRICARE For Life is explained at tricare.mil/tfl, and VA care for service-connected conditions doesn't need TRICARE at all. To enroll in VA health care, go to your nearest VA medical center with your DD-214. Did that answer your question?"],
      [80, 'p', 'it did. thank you'],
      [86, 'l', 'Is there anything else I can help you find?'],
      [120, 'p', 'no thank you'],
      [125, 'l', 'Thanks for chatting with MCPL. Have a good afternoon!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'fail' }),
  },
  {
    name: 'greeting near miss: the provider never says who is answering (only "Hi! What was his name …?"); otherwise a good session',
    lines: [
      [0, 'p', 'looking for my uncles WWI draft card'],
      [30, 'l', 'Hi! What was his name, and where did he live in 1917-18?'],
      [70, 'p', 'Giuseppe Romano, Providence RI'],
      [78, 'l', 'One sec, searching.'],
      [140, 'l', 'WWI draft registration cards are free on FamilySearch (familysearch.org, search the collection "United States World War I Draft Registration Cards, 1917-1918"), and Ancestry Library Edition has them in the library. There are two Giuseppe Romanos in Providence; the card shows birth date and address, so you can tell which one is yours. Is that helpful?'],
      [200, 'p', 'very, thank you thats all'],
      [204, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    name: 'slow pickup (95 s), statewide chat, a Coast Guard veteran asks about state property tax exemption; all else good',
    lines: [
      [0, 'p', 'Is there a property tax break for disabled veterans in Maryland?'],
      [95, 'l', "Hi, thanks for waiting! This is Lorna with AskUsNow!. Is your VA rating 100% permanent and total, or a lower rating?"],
      [140, 'p', '100 P&T'],
      [147, 'l', "Then you may be fully exempt on your home. The exemption is explained by SDAT at dat.maryland.gov/realproperty/Pages/Disabled-Veterans-Exemption.aspx, with the application form. Does this completely answer your question?"],
      [200, 'p', 'yes that is all thank you'],
      [205, 'l', 'Thank you for your service, and thanks for using AskUsNow!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },

  // ---- burial, memorials, genealogy ----------------------------------------------------------------------------------
  {
    name: 'Nationwide Gravesite Locator and the headstone form: a daughter finds where her father is buried and asks about a marker; "anything else?" declined',
    lines: [
      [0, 'p', 'Hello, how do I find out where my father is buried? He was a veteran, died 1988, I was little'],
      [29, 'l', "Hello, and welcome to the Ask a Librarian chat at Jacksonville Public Library; I'm Tanya. What was his full name, and do you know which state he lived in when he died?"],
      [90, 'p', 'Robert Earl Simmons, Florida'],
      [96, 'l', 'Let me check the VA gravesite database, one moment.'],
      [160, 'l', 'The VA\'s Nationwide Gravesite Locator (gravelocator.cem.va.gov) shows a Robert E. Simmons, US Army, Korea, died 1988, buried at Florida National Cemetery, Bushnell, Section 104, Site 322. If the grave has no marker, the family can ask for one on VA Form 40-1330 at va.gov/burials-memorials. Is that him?'],
      [230, 'p', 'yes!! Korea, that is him'],
      [236, 'l', 'I\'m so glad. Anything else I can help with?'],
      [260, 'p', 'no, thank you so much'],
      [266, 'l', "You're very welcome. Thanks for using Ask a Librarian, and take care!"],
    ],
    exp: usual(),
  },
  {
    name: 'follow-up by me: the provider will ask the local history room for a Civil War regiment roster and e-mail it "by Thursday"; e-mail read back; done within 48 h',
    lines: [
      [0, 'p', 'My 3x great grandfather was in the 54th Ohio Infantry. Does the library have anything on the regiment?'],
      [24, 'l', "Hi! This is Mark at Dayton Metro Library's Ask Us chat. Are you after his own service details, or the regiment's history and roster?"],
      [70, 'p', 'both really. his name was Josiah Pell'],
      [78, 'l', "The Civil War Soldiers and Sailors database (nps.gov/civilwar/soldiers-and-sailors-database.htm) lists Josiah Pell, Pvt., Co. G, 54th Ohio. Our Local History room also has the 1886 Roster of Ohio Soldiers, which isn't online in full. I can have the Local History staff scan the Co. G pages and e-mail them to you by Thursday. What e-mail should I use?"],
      [130, 'p', 'pell.family@example.org'],
      [137, 'l', "Got it: pell.family@example.org. You'll have the scans by Thursday. Does the database entry help in the meantime?"],
      [180, 'p', 'yes very much, thats all for now'],
      [186, 'l', 'Thanks for chatting with Dayton Metro Library!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(191, 40) },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ code: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "when I hear back from the archivist" is a condition, not a when
    name: 'near miss: "I\'ll e-mail you what the archivist finds when I hear back from her" with the e-mail confirmed but no when: contact fails; on_time pending',
    lines: [
      [0, 'p', 'does the library have the county\'s WWII honor roll? my grandmother was a WAC'],
      [30, 'l', 'Hello, Sue here from Kalamazoo Public Library\'s Ask a Librarian. What was her name, and did she enlist from Kalamazoo County?'],
      [80, 'p', 'Dorothy Haas, yes Kalamazoo'],
      [88, 'l', 'One moment, checking our local history index.'],
      [160, 'l', "Our Local History index (kpl.gov/local-history) lists a 1946 county honor roll, but it isn't digitised. I've asked our archivist to check it for Dorothy Haas. I'll e-mail you what she finds when I hear back from her. What's the best e-mail?"],
      [210, 'p', 'haas.genealogy@example.org'],
      [216, 'l', 'Thanks, I have haas.genealogy@example.org. Is the index link useful for now?'],
      [260, 'p', 'yes thank you, that is everything'],
      [265, 'l', 'Thank you for contacting KPL. Take care!'],
    ],
    over: { ...FU_ME },
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'follow-up promise in a session coded Answered ("I\'ll send you the obituary by tomorrow") with the phone read back: code fails; contact passes; done late (90 h): on_time fails',
    lines: [
      [0, 'p', 'looking for the obituary of a marine killed in Fallujah 2004, Cpl Aaron Whitley, from here in Tulsa'],
      [25, 'l', 'Hi, this is Dee at Tulsa City-County Library. Do you need the newspaper obituary itself, or any memorial information?'],
      [66, 'p', 'the tulsa world obituary, for a memorial book we are making'],
      [73, 'l', "Tulsa World obituaries from 2004 are in NewsBank's Access World News (tulsalibrary.org/databases, log in with your card). I can also pull the clipping and send it to you by tomorrow; what's a good number to text it to?"],
      [120, 'p', '918-555-0143'],
      [126, 'l', "Great, I'll text the clipping to 918-555-0143 by tomorrow. Does that help for now?"],
      [160, 'p', 'yes thats all, thank you'],
      [166, 'l', 'Thank you! Bye for now.'],
    ],
    over: { followUps: doneAfter(171, 90, 'dee') },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library (Whatcom County Library), e-mail given and read back, "within 3 business days" is a when: contact passes; not yet recorded: pending',
    lines: [
      [0, 'p', 'Im trying to find my grandfathers unit in Korea. He was in the 2nd Infantry Division. Is there a unit history?'],
      [35, 'l', "Hi! You've reached Ask WA; I'm Laurie, a librarian at Seattle Public Library, covering the statewide chat. Which library do you usually use?"],
      [80, 'p', 'Whatcom County Library, in Ferndale'],
      [87, 'l', "The 2nd Infantry Division's Korean War history is summarised by the Army's Center of Military History at history.army.mil. Whatcom County Library has the full unit history \"The 2nd Infantry Division in Korea\" in its local collection; I'll pass your question to them and their reference staff will e-mail you within 3 business days. What e-mail should they use?"],
      [140, 'p', 'g.lindgren@example.org'],
      [146, 'l', 'Thanks: g.lindgren@example.org. Is the CMH page a good start?'],
      [190, 'p', 'yes great. that is all i need today'],
      [196, 'l', 'Thanks for using Ask WA!'],
    ],
    over: { ...FU_LIB },
    exp: usual({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up coded by me, but no patron contact anywhere: code and contact fail; pending',
    lines: [
      [0, 'p', 'can you find if my dad got a bronze star in vietnam? name is Luis Ortega, army'],
      [30, 'l', 'Hi, Marco from San Antonio Public Library here. Do you know his unit or the years he served there?'],
      [70, 'p', '1st cav, 1967-68'],
      [77, 'l', "Award records are in his personnel file at the NPRC (archives.gov/veterans/military-service-records). I'll also look through the 1st Cavalry's general orders in our collection and get back to you."],
      [130, 'p', 'ok thanks'],
      [136, 'l', 'Thanks for chatting!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'transfer to the genealogy specialist: an internal note says why, the patron is told; Fold3 and the ABMC; good',
    lines: [
      [0, 'p', 'my great uncle died in France in 1944 and I want to know where he is buried'],
      [22, 'l', "Hello, this is Jo at Allen County Public Library's chat. Do you know his name and branch?"],
      [60, 'p', 'Pvt Henry Voss, army'],
      [66, 'i', 'Kim, WWII overseas burial, Pvt Henry Voss, can you take it? you know the ABMC files'],
      [70, 'l', "I'm transferring you to Kim in our Genealogy Center, who knows these records best. One moment!"],
      [73, 's', 'Chat transferred to Kim Alvarez', sys('transfer', 'kim')],
      [110, 'l', "Hi, I'm Kim from the Genealogy Center. The American Battle Monuments Commission lists Pvt. Henry Voss at the Lorraine American Cemetery, St. Avold, France, Plot C, Row 12, Grave 4: abmc.gov/search. Fold3 (free in our building) has his burial file. Does that answer your question?", KIM],
      [170, 'p', 'wow yes. that is all, thanks'],
      [175, 'l', 'Thanks for contacting the Genealogy Center!', KIM],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer with the patron told but no internal note: transfer fails',
    lines: [
      [0, 'p', 'need help finding my grandpas navy ship records WWII'],
      [25, 'l', "Hi! Jo here at Mid-Continent Public Library. What was the ship's name?"],
      [60, 'p', 'USS Lexington i think'],
      [66, 'l', "Let me hand you to Kim, our military genealogy librarian. One moment!"],
      [69, 's', 'Transferred to Kim Alvarez', sys('transfer', 'kim')],
      [100, 'l', "Hello, Kim here. The ship's WWII muster rolls are on Fold3 (free at any MCPL branch) and deck logs are at NARA: archives.gov/research/military/logbooks. Which Lexington, CV-2 (sunk 1942) or CV-16?", KIM],
      [150, 'p', 'CV-16 i think. ok thats everything thanks'],
      [155, 'l', 'Good luck with it! Thanks for chatting with MCPL.', KIM],
    ],
    // reading: "Which Lexington …?" comes after the first source, so it is no clarifying question; Jo's "What was the
    // ship's name?" before it clarifies. It asks about the need, not whether the info meets it: completeness fails
    exp: usual({ complete: 'fail', transfer: 'fail' }),
  },

  // ---- idle patrons ----------------------------------------------------------------------------------------------
  {
    name: 'the patron goes quiet after the answer: "Are you still there?" and "It looks like you\'ve disconnected, so I\'m ending this chat. Thanks…" (idle 230 s): both pass; anything else never asked',
    lines: [
      [0, 'p', 'how do i replace my dads lost medals'],
      [30, 'l', 'Hi! This is Terri at Cincinnati & Hamilton County Public Library. Is your father living? It matters for who can request them.'],
      [75, 'p', 'he passed in 2019'],
      [82, 'l', "As next of kin you can request replacement medals with an SF-180 (check box 5 for medals) sent to NPRC; the steps are at archives.gov/veterans/replace-medals. Army and Air Force medals come from NPRC; Navy and Marine Corps from their branch. Does that help?"],
      [200, 'l', 'Are you still there?'],
      [312, 'l', "It looks like you've disconnected, so I'm ending this chat. Thanks for contacting the library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'the patron goes quiet; the provider only says "Let me know if you have any questions about the form!" (no question about being there) and ends after 200 s with "Closing this chat now, thanks!": check-in and notice fail',
    lines: [
      [0, 'p', 'Is there a veterans ID card? for discounts'],
      [20, 'l', 'Hi, you are chatting with Rob at Louisville Free Public Library. Do you have a DD-214 with an honorable discharge?'],
      [60, 'p', 'yes'],
      [66, 'l', "Then apply for the VA's Veteran Health Identification Card or the Veteran ID Card at va.gov/records/get-veteran-id-cards; Kentucky also puts a veteran mark on your driver's licence (drive.ky.gov). Did that answer your question?"],
      [190, 'l', 'Let me know if you have any questions about the form!'],
      [266, 'l', 'Closing this chat now, thanks!'],
    ],
    // reading: "Let me know if you have any questions" does not ask whether the patron is still there; "Closing this
    // chat now, thanks!" thanks (a goodbye, so the idle ends there: 200 s) and announces the end, but not that the
    // patron seems gone
    // relabelled (my label): the README's reading since v12 takes "Let me know if you have any (other) questions" as
    // asking whether the patron needs anything else; "… any questions about the form!" asks it the same way
    exp: usual({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'the patron leaves before pickup (system line), the provider greets and checks in: no substantive exchange; Lost Call with one message passes',
    lines: [
      [0, 'p', 'does the va pay for a flag for the funeral'],
      [10, 's', 'Patron has left the chat.'],
      [28, 'l', 'Hi, this is Nina at Pima County Public Library. How can I help?'],
      [160, 'l', 'Are you still there?'],
      [230, 'l', "It seems you've left, so I'll close this chat. You're welcome to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'SMS, a terse patron vanishes after the clarifying question; the provider checks in only once (idle 205 s): disconnect fails; source fails (substantive exchange)',
    lines: [
      [0, 'p', 'va burial benefits how much'],
      [25, 'l', 'hi this is Kay w/ Multnomah County Library text. was the death service-connected or not?'],
      [150, 'l', 'u still there?'],
    ],
    over: { endAfter: 80, resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },

  // ---- dismissals --------------------------------------------------------------------------------------------------
  {
    name: 'dismissal: "we can only do one records question per chat, you\'ve had yours" with no way back: critical fail',
    lines: [
      [0, 'p', 'how do I get my DD214'],
      [20, 'l', "Hi, Dave at Knox County Public Library. Are you the veteran, or next of kin?"],
      [45, 'p', 'im the vet'],
      [50, 'l', 'Request it at archives.gov/veterans/military-service-records or through milConnect. Does that help?'],
      [80, 'p', 'yes. also how do i get my medical records from the VA'],
      [86, 'l', "Sorry, we can only do one records question per chat, and you've had yours."],
    ],
    over: { endAfter: 20 },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'allowed: "other patrons are waiting; please start a new chat for the medical records question anytime": no dismissal; courteous passes',
    lines: [
      [0, 'p', 'how do I get my DD214'],
      [20, 'l', "Hi, Dave at Knox County Public Library. Are you the veteran, or next of kin?"],
      [45, 'p', 'im the vet'],
      [50, 'l', 'Request it at archives.gov/veterans/military-service-records or through milConnect. Does that help?'],
      [80, 'p', 'yes. also how do i get my medical records from the VA'],
      [86, 'l', "I have several patrons waiting right now, so I can't dig into that one this minute. Please start a new chat anytime and we'll take it from there. Thanks for your patience!"],
    ],
    // reading: the provider's last message thanks and invites back: a goodbye, the final idle ends there (0 s)
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'provider "gotta run, shift\'s over" with no way back: dismissal fails',
    lines: [
      [0, 'p', 'whats the difference between chapter 33 and chapter 30 gi bill'],
      [18, 'l', "hey! Ask Us at Boise Public Library, Tom here. are you picking one now, or already on one?"],
      [50, 'p', 'picking'],
      [56, 'l', 'va.gov/education/about-gi-bill-benefits compares them side by side. ch 33 pays tuition + housing, ch 30 pays you a flat monthly amount. does that help?'],
      [100, 'p', 'kind of, which one is better for online classes'],
      [106, 'l', "gotta run, shift's over."],
    ],
    over: { endAfter: 10 },
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },

  // ---- more everyday sessions ---------------------------------------------------------------------------------------
  {
    name: 'older patron, a retired Chief asks whether he may use the Naval Station Norfolk library: retiree ID asked, the library\'s MWR page; done',
    lines: [
      [0, 'p', 'Hello. I am a retired Chief. Can I use the library on Naval Station Norfolk? Do I need a pass.'],
      [40, 'l', "Good morning, Chief! This is Mrs. Patel at the Naval Station Norfolk Library. Do you have your retiree ID card (the blue one or the new USID)?"],
      [130, 'p', 'Yes I have my ID.'],
      [137, 'l', 'Then yes: retirees with that ID have full borrowing privileges, no pass needed. The hours and the e-book links are on navymwrnorfolk.com/programs/library. Is that what you needed to know?'],
      [240, 'p', 'Yes thank you. Thats all.'],
      [246, 'l', 'Thank you, Chief. Hope to see you soon!'],
    ],
    exp: usual(),
  },
  {
    name: 'spouse asks for deployment books for a 5-year-old: the catalogue and a Sesame Street for Military Families page; clarifies age; "Would those work?" after sources; done',
    lines: [
      [0, 'p', 'my husband deploys next month, do you have kids books about a parent leaving? my son is 5'],
      [20, 'l', "Hi! This is Ellie with Onslow County Public Library, right by Camp Lejeune. Is he more of a picture-book kid, or does he like a short chapter book read aloud?"],
      [60, 'p', 'picture books'],
      [66, 'l', 'Let me pull a list, just a minute.'],
      [130, 'l', 'In our catalogue (onslowcountync.gov/library, search "deployment" and filter Juvenile): "The Night Before My Dad Left" by Jennifer Tandy, "Love, Lizzie" by Lisa Tucker McElroy and "My Daddy Is a Soldier". Sesame Street for Military Families also has free videos at sesameworkshop.org/military. Would those work for him?'],
      [180, 'p', 'yes! putting holds now. thats all, thank you'],
      [185, 'l', 'Thank you, and hugs to your family. Come back anytime!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, a service member\'s mother asks about TRICARE for parents: clarifies; TRICARE page; no completeness; the patron says "es todo"; the provider ends with "Que tenga buen día" (a goodbye)',
    lines: [
      [0, 'p', 'Buenas, mi hijo está en el Army. ¿Yo puedo tener TRICARE?'],
      [30, 'l', 'Buenas tardes, le atiende Rosa de la Biblioteca Pública de Houston. ¿Usted depende económicamente de su hijo, o sea, él la mantiene?'],
      [80, 'p', 'no, yo trabajo'],
      [87, 'l', 'Entonces normalmente no: los padres solo pueden ser dependientes si el militar les da más de la mitad de su manutención. Las reglas están en tricare.mil/Plans/Eligibility.'],
      [140, 'p', 'ok entiendo, es todo'],
      [146, 'l', 'Que tenga buen día.'],
    ],
    // relabelled (my label): "Que tenga buen día" is a leave-taking formula, a goodbye, as "Have a good one" is (the
    // README reads "Good luck on finals!" as the last message as a goodbye too)
    exp: usual({ complete: 'fail' }),
  },
  {
    name: 'hold then silence: "checking" at 75 s, next message at 230 s (155 s after the hold): keep_informed fails',
    lines: [
      [0, 'p', 'where can I find my grandfathers WWII draft registration (the old man draft, 1942)'],
      [25, 'l', 'Hi there, this is Pat at Des Moines Public Library. What was his name and which state did he live in?'],
      [68, 'p', 'August Brenner, Iowa'],
      [75, 'l', 'Checking.'],
      [230, 'l', 'The 1942 "Old Man\'s Draft" cards for Iowa are on FamilySearch (familysearch.org, collection "United States, World War II Draft Registration Cards, 1942") and Fold3. I see an August Brenner of Dubuque, born 1884. Is that him?'],
      [290, 'p', 'yes! thats all i need'],
      [296, 'l', 'Great find. Thanks for using the chat!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'Alaska statewide chat, a combat veteran\'s wife asks whether Vet Centers help spouses: the Anchorage Vet Center by phone and address: referral passes',
    lines: [
      [0, 'p', 'Do vet centers help spouses? I am the wife of a combat veteran.'],
      [22, 'l', "Hello! This is Meg at Alaska's statewide Ask a Librarian, from Anchorage Public Library. Is your husband receiving care at a Vet Center already? Take your time."],
      [100, 'p', 'He goes to the one in Anchorage'],
      [160, 'l', 'Yes: Vet Centers offer counselling to family members of combat veterans, free. Call the Anchorage Vet Center at 907-563-6966 (4400 Business Park Blvd, Anchorage AK 99503). The details are on va.gov/anchorage-vet-center. Does that answer your question?'],
      [210, 'p', 'yes that is everything'],
      [216, 'l', 'Thank you for reaching out, take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Lost Call coded although the patron sent three messages: code fails',
    lines: [
      [0, 'p', 'can i get buried at arlington'],
      [20, 'l', 'Hi, this is Ruth at Fairfax County Public Library. Are you asking for yourself, a veteran, or for a family member?'],
      [55, 'p', 'myself, retired army 22 yrs'],
      [60, 'l', 'Retirees are generally eligible for in-ground burial at Arlington; the eligibility rules are at arlingtoncemetery.mil/Funerals/Scheduling-a-Funeral/Establishing-Eligibility. Did that help?'],
      [100, 'p', 'yes thx'],
      [105, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ anything: 'fail', code: 'fail' }),
  },
  {
    name: 'the patron says only "ok thanks" and the provider never asks anything else: anything fails; courteous passes',
    lines: [
      [0, 'p', 'Do you have the book "Thank You for Your Service" by David Finkel?'],
      [19, 'l', 'Hi, this is Joy at Worcester Public Library. Print, ebook or audio?'],
      [50, 'p', 'print'],
      [55, 'l', 'We have 2 print copies at Main, one on the shelf: mywpl.org catalogue, call number 956.7044 FIN. Would you like me to put it on hold for you, or does that do it?'],
      [95, 'p', 'ok thanks'],
      [100, 'l', 'You are welcome! Bye.'],
    ],
    // reading: "or does that do it?" asks whether what was given meets the need
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'concurrency: the provider had four chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'my son in the navy is on a ship, can i send him library ebooks'],
      [22, 'l', 'Hi! Jo at San Diego Public Library. Does he have his own Navy email or a card with us?'],
      [60, 'p', 'he has a card with you from before'],
      [67, 'l', "Then he can use Libby (libbyapp.com) with his SDPL card anywhere with internet; the Navy's own General Library Program also has free ebooks at mwr.navy.mil/Navy-Libraries. Does that help?"],
      [110, 'p', 'yes thats all thanks'],
      [115, 'l', 'Thanks, and fair winds to him!'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', 0, 200), other('b', 'jo', 0, 200), other('c', 'jo', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'Practice session: every check na',
    lines: [
      [0, 'p', 'test test is the veterans chat working'],
      [10, 'l', 'Hi, test reply from Jo. Working!'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'the patron asks for the Honor Flight and the provider refers to the hub by e-mail; "Is there anything more I can help with?"; "Hope that helps!" is no question: completeness fails',
    lines: [
      [0, 'p', 'how do I sign my grandpa up for an honor flight? he is 97, WWII navy'],
      [24, 'l', "Hi! I'm Ben, a librarian at Milwaukee Public Library's Ask a Librarian. Does he live in the Milwaukee area?"],
      [60, 'p', 'yes Wauwatosa'],
      [66, 'l', 'WWII veterans go to the front of the list. Contact Stars and Stripes Honor Flight, the Milwaukee hub, at info@starsandstripeshonorflight.org to get the application; the form is also at starsandstripeshonorflight.org. Hope that helps!'],
      [120, 'p', 'great thanks'],
      [124, 'l', 'Is there anything more I can help with?'],
      [150, 'p', 'no, all set'],
      [155, 'l', 'Thanks for chatting, and thank your grandpa for us!'],
    ],
    exp: usual({ complete: 'fail', referral: 'pass' }),
  },
  {
    name: 'Spanish, an older widow asks about burial next to her husband at Fort Sam Houston: the pre-need form online and what the family will do (call the National Cemetery Scheduling Office): no referral; "¿Le ayuda?"; "¿Algo más?"',
    lines: [
      [0, 'p', 'buenas tardes. mi esposo esta enterrado en el cementerio nacional de fort sam houston. yo me puedo enterrar con el?'],
      [40, 'l', 'Buenas tardes, señora. Le saluda Teresa, bibliotecaria de la Biblioteca Pública de San Antonio. ¿Su esposo era veterano y ustedes estaban casados cuando él falleció?'],
      [150, 'p', 'si, 40 años casados. el fue marine'],
      [158, 'l', 'Permítame un momento, busco la información.'],
      [230, 'l', 'Sí, por lo general la esposa de un veterano puede ser enterrada en la misma tumba, sin costo. Puede pedir la determinación de elegibilidad por adelantado con el formulario VA 40-10007 en va.gov/burials-memorials/pre-need-eligibility. Cuando llegue el momento, la familia llama a la Oficina de Programación de Cementerios Nacionales al 1-800-535-1117. ¿Le ayuda esta información?'],
      [340, 'p', 'si mija, muchas gracias'],
      [347, 'l', '¿Hay algo más en que la pueda ayudar?'],
      [400, 'p', 'no, es todo. dios la bendiga'],
      [406, 'l', 'Igualmente, señora. Gracias por escribirnos, cuídese mucho.'],
    ],
    // relabelled (my label): "Cuando llegue el momento, la familia llama a la Oficina … al 1-800-535-1117" says what the
    // family will do after the patron's own death: it does not tell the patron to call anyone: no referral
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'Spanish follow-up by phone: "La llamo el lunes con lo que encuentre" with the number read back; coded Follow-up by me; done at 30 h: all pass',
    lines: [
      [0, 'p', 'hola, busco el registro de servicio de mi abuelo, estuvo en Corea, era de Puerto Rico, regimiento 65'],
      [26, 'l', '¡Hola! Soy Lidia, bibliotecaria de la Biblioteca Pública de Orlando (Orange County Library System). ¿Cómo se llamaba su abuelo y en qué años sirvió?'],
      [90, 'p', 'Ramón Figueroa Santiago, 1950 a 1952'],
      [98, 'l', 'Un momento, reviso nuestras bases de datos.'],
      [180, 'l', 'La historia del Regimiento 65 (los Borinqueneers) está en la guía de ocls.org/genealogia, y Fold3 (gratis con su tarjeta) tiene listas de bajas y unidades. Quiero revisar también el libro de nuestro centro de genealogía sobre el 65; la llamo el lunes con lo que encuentre. ¿A qué número la llamo?'],
      [240, 'p', '407-555-0186'],
      [246, 'l', 'Perfecto, la llamo al 407-555-0186 el lunes por la mañana. ¿Le sirve la guía mientras tanto?'],
      [290, 'p', 'si gracias, eso es todo'],
      [296, 'l', '¡Con mucho gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    over: { ...FU_ME, followUps: doneAfter(301, 30, 'jo') },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'the patron goes quiet after a hold and the answer: the final idle starts at the answer, "You still with me?" at +130 s and "Since I haven\'t heard back, I\'ll assume you stepped away and close the chat. Feel free to chat again" at +205 s: both pass',
    lines: [
      [0, 'p', 'how do i get a copy of my va disability rating letter for a discount'],
      [21, 'l', 'Hi! This is Nadia with Ask Us at Howard County Library System. Do you have a Login.gov or ID.me account for VA.gov?'],
      [63, 'p', 'i think id.me yes'],
      [70, 'l', 'Great, one moment while I find the exact menu path.'],
      [140, 'l', 'Sign in at va.gov, then go to Records > Download your VA benefit letters > Benefit Summary and Service Verification Letter; it shows your rating and downloads as a PDF. Does that get you what you need?'],
      [270, 'l', 'You still with me?'],
      [345, 'l', "Since I haven't heard back, I'll assume you stepped away and close the chat. Feel free to chat again anytime!"],
    ],
    // relabelled (my label): the clarifying question names VA.gov, a domain, so its message is the first that gives a
    // source (Terms: "a URL or domain") and the question is not before it; no other question comes earlier
    exp: usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "reach out to the DAV ... dav.org/find-your-local-office" names the DAV with its own URL: contact
    name: 'VSO by URL only: "reach out to the DAV, their service officers help for free: dav.org/find-your-local-office": referral passes',
    lines: [
      [0, 'p', 'is there someone who can help me with VA paperwork for free? i keep hearing you shouldnt pay for it'],
      [30, 'l', "Hi, this is Greg at Salt Lake County Library's Ask a Librarian. You're right that you shouldn't have to pay. Is this for a new claim or for something already filed?"],
      [75, 'p', 'new claim, ptsd'],
      [82, 'l', "Reach out to the DAV (Disabled American Veterans): their national service officers help with claims at no charge, and you can find the Salt Lake City office at dav.org/find-your-local-office. The VA's list of accredited representatives is at va.gov/ogc/apps/accreditation. Does that help?"],
      [140, 'p', 'yes, no more questions. thanks'],
      [146, 'l', 'Good luck, and thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the provider's own library's department, with a phone, is a referral with a contact
    name: 'own library\'s department: "call our Local History & Genealogy department at 301-555-0132" about a Korean War veteran\'s obituary file: referral passes',
    lines: [
      [0, 'p', 'Does the library keep files on local veterans? My father was a Korean War vet from Hagerstown.'],
      [24, 'l', "Hello, and thank you for contacting Washington County Free Library. I'm Joan. What kind of file are you hoping for, an obituary, a newspaper story, or his service record?"],
      [80, 'p', 'Newspaper stories, anything from when he came home in 1953'],
      [88, 'l', "Our Western Maryland Room has a veterans clipping file and the Morning Herald on microfilm for 1953. Call our Western Maryland Room at 301-555-0132 or e-mail wmr@example.org and they'll pull the file before you come in. The room's page is washcolibrary.org/wmr. Does that help?"],
      [150, 'p', 'very much. that is all I need'],
      [155, 'l', 'Wonderful. Thanks for contacting WCFL!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'SMS chat-speak, a WWII unit found on the first try: "gimme a sec" hold, "that what ur lookin for?", "anything else i can dig up?"; "k ttyl, thx for texting!"',
    lines: [
      [0, 'p', 'r u able to find what unit my great grandpa was in ww2? Frank Delgado, from San Jose'],
      [17, 'l', 'hey! SJPL text line, Ari here. do u know his branch or about when he enlisted?'],
      [49, 'p', 'army i think 1943'],
      [55, 'l', 'gimme a sec'],
      [130, 'l', 'k found him in the WWII Army Enlistment Records (aad.archives.gov): Frank R Delgado, enlisted San Francisco 3/1943, serial no. 39-xxx-xxx. unit isnt in that file, but his serial # lets u ask NPRC for what survives. that what ur lookin for?'],
      [170, 'p', 'yep ty!!'],
      [175, 'l', 'anything else i can dig up?'],
      [190, 'p', 'nope'],
      [194, 'l', 'k ttyl, thx for texting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I'll call you at the number on your account Tuesday" gives a when but no contact confirmed in the chat
    name: 'follow-up by me: "I\'ll call you at the number on your account Tuesday afternoon" (phone only in patron.phone, never in the chat): contact fails; code passes; pending',
    lines: [
      [0, 'p', 'I need the 1950 yearbook of the Naval Academy for my late husband, class of 1950'],
      [26, 'l', "Good morning! This is Helen at Annapolis Regional Library, Anne Arundel County Public Library. Are you hoping to see it, or to get a copy of his page?"],
      [90, 'p', 'A copy of his page please. His name was Thomas Burke.'],
      [97, 'l', "The Lucky Bag yearbooks are digitised by the Nimitz Library at usna.edu/Library. I'd like to check our own Maryland collection for a print copy too; I'll call you at the number on your account Tuesday afternoon with what I find. Does the Nimitz site help in the meantime?"],
      [160, 'p', 'Yes, thank you. That is all for today.'],
      [166, 'l', 'Thank you, Mrs. Burke. Talk to you Tuesday.'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Burke', email: null, phone: '410-555-0199' } },
    exp: usual({ code: 'pass', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: walk-in hours and "in the county building" are no way to reach the office
    name: 'near miss: "see the Brevard County Veterans Services office, walk-ins Tuesdays 9-12 in the county building" (hours and a building, no contact): referral fails',
    lines: [
      [0, 'p', 'HOW DO I GET A HANDICAP PARKING PERMIT AS A DISABLED VETERAN IN FLORIDA'],
      [30, 'l', "Good morning! You've reached Ask a Librarian; I'm Nancy with Brevard County Public Libraries. Do you already have the DV license plate, or only the VA rating letter?"],
      [120, 'p', 'ONLY THE LETTER'],
      [128, 'l', "Florida's disabled parking permit form (HSMV 83039) is at flhsmv.gov/forms; a doctor signs it, or the VA letter can stand in for some ratings. If you'd like someone to walk you through it, see the Brevard County Veterans Services office, walk-ins Tuesdays 9-12 in the county building. Is that what you needed?"],
      [230, 'p', 'YES THANK YOU THAT IS ALL'],
      [236, 'l', 'You are welcome! Thanks for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'closing time with a way back: "We close in five minutes, so I need to wrap up; call us at 410-555-0100 tomorrow and we\'ll finish the search": no dismissal',
    lines: [
      [0, 'p', 'can you help me find every article about my dads unit in the Baltimore Sun during the Gulf War'],
      [21, 'l', "Hi! This is Omar at Enoch Pratt Free Library. Which unit was he in, and do you know the months?"],
      [70, 'p', '1st Armored Division, Dec 1990 to Apr 1991'],
      [77, 'l', 'Searching now, one moment.'],
      [150, 'l', "The Baltimore Sun archive (1990-1991) is in ProQuest Historical Newspapers at prattlibrary.org/research; the search \"1st Armored\" AND Gulf for Dec 1990-Apr 1991 gives 14 articles. Does that help?"],
      [200, 'p', 'yes but i want to go through each one with you'],
      [207, 'l', "We close in five minutes, so I need to wrap up; call us at 410-555-0100 tomorrow and we'll finish going through them. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'Gold Star family: TAPS by its vanity number with the digits, survivor benefits page; "I\'m all set" as done; courteous',
    lines: [
      [0, 'p', 'my brother was killed in Afghanistan last year. Are there any groups for siblings? Im 16'],
      [19, 'l', "Hi, I'm really sorry about your brother. This is Jess, a librarian at Fort Worth Public Library. Are you looking for people to talk to, or for information about benefits for your family?"],
      [70, 'p', 'people to talk to mostly'],
      [76, 'l', "TAPS (Tragedy Assistance Program for Survivors) runs groups and camps just for siblings your age. Call them any time, day or night, at 800-959-TAPS (800-959-8277), or see taps.org/siblings. For your parents, the VA's survivor benefits are at va.gov/family-and-caregiver-benefits/survivor-compensation. Is that the kind of thing you were looking for?"],
      [140, 'p', 'yeah. im all set, thanks'],
      [145, 'l', "Take care of yourself, and thank you for reaching out. You can chat with us again anytime."],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'a greeting with "Ask a Librarian, Florida" service name counts as identity: greeting passes',
    lines: [[0, 'p', 'hi'], [20, 'l', 'Hi, welcome to Ask a Librarian! Which records are you after?'], [40, 'p', 'dd214'], [45, 'l', 'Try archives.gov/veterans. Did that help?'], [60, 'p', 'yes thats all'], [64, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "the VA's number is 1-800-827-1000" told as information with no contacting verb: not a referral
    name: 'a number given as fact, no verb telling the patron to call: referral na',
    lines: [[0, 'p', 'whats the va number'], [20, 'l', "Hi, Jo at the library. The VA's main benefits number is 1-800-827-1000. Did that help?"], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"NPRC will mail it to you in about 10 days" is no follow-up promise: contact na',
    lines: [[0, 'p', 'when will my dd214 come'], [20, 'l', 'Hi, Jo at the library. Once you submit at archives.gov/veterans, NPRC will mail it to you in about 10 days. Does that help?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  // ---- near misses guarding T1's changes ----
  {
    // guards T1's completeness "Is that the same <one>?": a question about the patron's own thing is no completeness question
    name: 'near miss: "Is that the same address as on your DD-214?" after the source asks about the patron\'s records: completeness fails',
    lines: [[0, 'p', 'where do i change my address for va mail'], [20, 'l', 'Hi, Jo at Ask Us. Update it at va.gov/change-address. Is that the same address as on your DD-214?'], [40, 'p', 'no, thats all'], [44, 'l', 'Bye!']],
    exp: some({ complete: 'fail', clarify: 'fail' }),
  },
  {
    name: 'near miss: "Is that the same email?" after the source: completeness fails',
    lines: [[0, 'p', 'how do i log into milconnect'], [20, 'l', 'Hi, Jo at Ask Us. Sign in with Login.gov at milconnect.dmdc.osd.mil. Is that the same email?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    // guards T1's referralVerb "try the VFW / American Legion": a publication or site of theirs stays a source
    name: 'near miss: "Try the American Legion Magazine archive at legion.org/magazine" and "try the VFW website" are sources: referral na',
    lines: [[0, 'p', 'old articles about korea vets?'], [20, 'l', 'Hi, Jo at the library. Try the American Legion Magazine archive at legion.org/magazine, or try the VFW website, vfw.org. Does that help?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"try the VFW post on Elm Street, they do free claim help" with no contact: referral fails',
    lines: [[0, 'p', 'who helps w va claims free'], [20, 'l', 'Hi, Jo at the library. Try the VFW post on Elm Street, they do free claim help. Does that help?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // guards T1's transferNotice: the provider's own "I'll connect you with …" still announces a transfer (a hold), so
    // the 140 s until the next message is a wait
    name: 'near miss: "I\'ll connect you with Kim, our genealogy librarian" is still a hold: 140 s to the next message fails keep_informed',
    lines: [[0, 'p', 'civil war pension files?'], [20, 'l', 'Hi, Jo at Allen County Public Library. Which state did he serve from?'], [50, 'p', 'indiana'], [56, 'l', "I'll connect you with Kim, our genealogy librarian."], [196, 'l', 'Hi, Kim here. Pension files are at NARA: archives.gov/research/military/civil-war/pension. Does that help?'], [220, 'p', 'yes thats all'], [224, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: '"The VA rep there will connect you with a peer mentor" names who connects, after a call: the message is no hold (the patron\'s next message ends no span)',
    lines: [[0, 'p', 'help for vets w ptsd in ohio?'], [20, 'l', 'Hi, Jo at KnowItNow. Are you looking for counselling or peer support?'], [50, 'p', 'peer support'], [56, 'l', 'Call the Columbus Vet Center at 614-257-5550; they will connect you with a peer mentor. Does that help?'], [200, 'p', 'yes thats all'], [204, 'l', 'Bye!']],
    exp: some({ informed: 'pass', referral: 'pass' }),
  },
  {
    // guards T1's notPromise: the provider's own promise in the same sentence as the agency still promises
    name: 'near miss: "I\'ll check with NPRC and email it to you by Friday" is still a promise (coded Answered): code fails',
    lines: [[0, 'p', 'status of my sf180?'], [20, 'l', 'Hi, Jo at the library. What is your e-mail?'], [40, 'p', 'vet.one@example.org'], [46, 'l', "Thanks, vet.one@example.org. I'll check with NPRC and email it to you by Friday. Does that help?"], [60, 'p', 'yes thats all'], [64, 'l', 'Bye!']],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: '"The VA will send you a decision letter; I\'ll also email you the appeal guide tomorrow" still promises (the provider\'s own sending)',
    lines: [[0, 'p', 'when do i hear about my claim'], [20, 'l', 'Hi, Jo at the library. What is your e-mail?'], [40, 'p', 'vet.two@example.org'], [46, 'l', "Thanks, vet.two@example.org. The VA will send you a decision letter, and I'll also email you the appeal guide tomorrow. Does that help?"], [60, 'p', 'yes thats all'], [64, 'l', 'Bye!']],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: '"DFAS will mail your 1099-R to you in January" is no follow-up promise: code passes, contact na',
    lines: [[0, 'p', 'where is my retiree tax form'], [20, 'l', 'Hi, Jo at the library. DFAS will mail your 1099-R to you in January; it is also in myPay at mypay.dfas.mil. Does that help?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // guards T1's referralVerb "see the … office": a thing to look at stays a source
    name: 'near miss: "you\'ll see the Veterans Services office listed at brevardfl.gov/veterans" and "see the Office of Personnel Management\'s guide" point to pages: referral na',
    lines: [[0, 'p', 'where do vets get help here'], [20, 'l', "Hi, Jo at the library. On the county page you'll see the Veterans Services office listed at brevardfl.gov/veterans; for federal jobs see the Office of Personnel Management's guide at fedshirevets.gov. Does that help?"], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Please see your county veterans service officer about the form" with no contact: referral fails',
    lines: [[0, 'p', 'help with va form 21-526ez?'], [20, 'l', 'Hi, Jo at the library. The form is at va.gov/find-forms. Please see your county veterans service officer about filling it in. Does that help?'], [40, 'p', 'yes thats all'], [44, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    // guards T1's completeness "that what ur lookin for?": a question about the need after the source is no completeness question
    name: 'near miss: "do u know what ur lookin for in there?" after the source asks about the need: completeness fails',
    lines: [[0, 'p', 'ww2 records?'], [20, 'l', 'hi Jo @ the library text. try fold3.com w ur card'], [40, 'l', 'do u know what ur lookin for in there?'], [60, 'p', 'not rly, thats all tho'], [64, 'l', 'bye!']],
    exp: some({ complete: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
];

describe('nineteenth round (T1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('nineteenth round (T1): veterans and military families, every check', whole);
describeSessions('nineteenth round (T1): veterans, short cases', short);

describeLeft('nineteenth-round-veterans', LEFT);
