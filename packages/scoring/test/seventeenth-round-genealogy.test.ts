/**
 * Seventeenth round, area (R2): GENEALOGY AND VITAL RECORDS, whole sessions as a statewide cooperative's backup and
 * after-hours providers run them (the librarian answering is not at the patron's library and says so): obituaries
 * and old newspapers, census and immigration records, birth, death and marriage certificates, cemetery records,
 * Ancestry Library Edition and FamilySearch access, referrals to county courthouses and clerks, state archives,
 * vital records offices, historical societies and the patron's own library; hand-offs to the patron's library by
 * code and by promise, transfers to a genealogy specialist, providers with several chats, idle patrons.
 * Voices: statewide services (Ohio, Maryland, Delaware, New Jersey, Minnesota, Colorado, Florida, Washington, Iowa),
 * SMS and chat-speak, older patrons typing long messages, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are at the cases; the main ones (following fifteenth-round-archives' P3 readings):
 * - "order it online at <state page>" / "request it through <url>" is a web page for the patron to use: a source, not
 *   a referral; "write to / call / stop by / ask <office>" is a referral.
 * - "your local library", "your home library", "the county clerk" told to be contacted or visited are referrals to
 *   a library or office; with no phone, e-mail, address or URL given for them, referral.contact fails.
 * - Asking a colleague inside the chat ("let me ask our genealogy librarian, one sec") is consulting staff, no
 *   referral; a transfer of the chat is not a referral either.
 * - "says when": a date or a bounded window ("by Thursday", "within two business days", "early next week") counts;
 *   "as soon as they can", "once the microfilm is pulled" does not.
 * - "Would you like me to check the 1940 census too?" offers something not yet given: no completeness question.
 * - The patron's own "that's all I needed" closes `closing.anything_else`; "ok thank you" alone does not.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, ALL_NA, at, describeSessions, FU_LIB, FU_ME, other, type SessionCase, some, sys, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
/** a statewide backup provider answering for another library's patron */
const OH = { queue: 'global' as const, library: 'CML', patronLibrary: 'FCDL', provider: { id: 'jo', name: 'Jo Smith', library: 'CML' } };
const MD = { queue: 'global' as const, library: 'AACPL', patronLibrary: 'WCFL', provider: { id: 'jo', name: 'Jo Smith', library: 'AACPL' } };
const MN = { queue: 'global' as const, library: 'HCL', patronLibrary: 'GRPL', provider: { id: 'jo', name: 'Jo Smith', library: 'HCL' } };
const RAE = who('Rae Okonkwo', 'rokonkwo');

export const whole: SessionCase[] = [
  // ---- obituaries and old newspapers ------------------------------------------------------------------------------
  {
    name: 'Ohio backup: obituary 1978 Lancaster, clarifies year and town, points to Ohio Memory and the home library\'s obituary index with the library\'s phone and address: all pass, referral passes',
    lines: [
      [0, 'p', 'Hello I am trying to find an obituary for my grandfather Walter Eckert who died in Lancaster Ohio. I think it was 1978 or 1979'],
      [31, 'l', "Hi Walter's grandchild, welcome to Ohio's KnowItNow! I'm Jo, a librarian at Columbus Metropolitan Library helping out tonight. Do you know which month, or at least the season?"],
      [88, 'p', 'it was winter, around christmas'],
      [95, 'l', 'Thanks. Give me a couple minutes to check what is indexed for Fairfield County.'],
      [190, 'l', "The Lancaster Eagle-Gazette for those years isn't in Ohio Memory, but the Fairfield County District Library keeps an obituary index and does lookups. You can call their Genealogy Room at 740-653-2745 or stop in at 219 N. Broad St., Lancaster, and they can copy it from the microfilm."],
      [196, 'l', 'Their index is also online at fcdlibrary.org/genealogy if you want to check the date first. Does that help?'],
      [240, 'p', 'yes that helps a lot, thank you. thats all i needed'],
      [248, 'l', "You're welcome! Good luck with the search, and thanks for using KnowItNow."],
    ],
    over: OH,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "go to your local library" tells the patron to visit a library: a referral, with no way to reach it
    name: 'near miss: "you\'d have to go to your local library to use Ancestry Library Edition" names no way to reach it: referral fails; rest good',
    lines: [
      [0, 'p', 'can i use ancestry for free from home with my library card?'],
      [22, 'l', 'Hi there, this is Jo with the Ask a Librarian Delaware service. Which library is your card from?'],
      [50, 'p', 'Sussex county, the Milton one'],
      [61, 'l', "Ancestry Library Edition only works on library computers or the library wifi, not from home, so you'd have to go to your local library to use it. From home you can use FamilySearch (familysearch.org) for free with an account, and Heritage Quest at lib.de.us/databases with your card. Does that answer your question?"],
      [120, 'p', 'ok. thanks'],
      [126, 'l', 'Anything else I can look up for you today?'],
      [150, 'p', 'no thats it'],
      [155, 'l', 'Have a great evening!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Chronicling America and a state digital newspaper program only (sources, no referral); the patron only says "ok thanks": anything else fails',
    lines: [
      [0, 'p', 'where can i read old newspapers from the 1890s in minnesota online'],
      [19, 'l', 'Hello! This is Jo, a librarian with AskMN, the statewide chat. Is there a town or county you are most interested in?'],
      [60, 'p', 'Otter Tail County, Fergus Falls'],
      [70, 'l', 'Good news: the Minnesota Digital Newspaper Hub at mnhs.org/newspapers has the Fergus Falls Weekly Journal for the 1890s, free. Chronicling America (chroniclingamerica.loc.gov) has some Minnesota papers too. Did you find what you need there?'],
      [150, 'p', 'ok thanks'],
      [156, 'l', 'Happy searching, take care!'],
    ],
    over: MN,
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'keep informed fails: the provider goes silent 4 min while searching the newspaper archive after the patron\'s answer',
    lines: [
      [0, 'p', 'I need the obituary of Margaret Sullivan Boyle, died March 1951 in Baltimore'],
      [25, 'l', "Good evening, you've reached AskUsNow! and I'm Jo, a librarian from Anne Arundel County Public Library. Do you know if it ran in the Sun or the News-Post?"],
      [70, 'p', 'probably the Sun'],
      [320, 'l', 'The Baltimore Sun archive (1837-1991) is in ProQuest Historical Newspapers, which you can use with a Maryland library card at marylandlibraries.org/databases. I found a death notice on March 14, 1951, page 32. Is that the one you were looking for?'],
      [380, 'p', 'YES that is her. thank you so much, that is everything'],
      [386, 'l', 'Wonderful! Thanks for chatting with AskUsNow!'],
    ],
    over: MD,
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library: Washington County staff will pull the microfilm and e-mail "by Thursday", patron typed e-mail, recorded at 40 h: all pass',
    lines: [
      [0, 'p', 'Hi, I need a copy of an obituary from the Hagerstown Morning Herald, June 1962, for Ruth Ann Mowen'],
      [28, 'l', "Hi! I'm Jo, a librarian at Anne Arundel County Public Library, answering for AskUsNow! tonight. Do you have the exact date, or just the month?"],
      [66, 'p', 'just june, she died the 9th I think'],
      [74, 'l', 'One moment while I check whether that paper is digitized.'],
      [150, 'l', "The Morning Herald for 1962 is only on microfilm in the Western Maryland Room at Washington County Free Library (their holdings list is at washcolibrary.org/wmr). I can send your request to their staff; they do obituary lookups. What e-mail should they use?"],
      [190, 'p', 'mowen.family@example.org'],
      [198, 'l', "Got it: mowen.family@example.org. The Western Maryland Room staff will e-mail you a scan by Thursday."],
      [230, 'p', 'perfect, that is all. thanks!'],
      [236, 'l', 'Thank you for using AskUsNow!, have a good night.'],
    ],
    over: { ...MD, ...FU_LIB, followUps: doneAfter(241, 40, 'wcfl') },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "as soon as they can" is no when
    name: 'follow-up promise "someone from your library will contact you as soon as they can", e-mail typed, code Follow-up by patron\'s library, not yet recorded: contact fails, on time pending; no source before the promise: source fails',
    lines: [
      [0, 'p', 'my great aunt died in grand rapids in 1944, i want her obit, name Hendrika De Vries'],
      [35, 'l', 'Hello, this is Jo with AskMN. I am a librarian at Hennepin County Library. Do you know her married name, or was De Vries her married name?'],
      [90, 'p', 'that was married name'],
      [97, 'l', "Grand Rapids Public Library's local history staff can check their newspaper files from 1944 for you. If you leave your e-mail, someone from your library will contact you as soon as they can."],
      [140, 'p', 'hdevries.kin@example.org, thanks'],
      [146, 'l', 'Thank you, I have sent it over. Have a good night!'],
    ],
    over: { ...MN, ...FU_LIB },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- vital records: birth, death, marriage ------------------------------------------------------------------------
  {
    name: 'death certificate 2003 Colorado: state vital records office with URL and phone, clarifies relationship (eligibility): referral passes',
    lines: [
      [0, 'p', 'How do I get a copy of my fathers death certificate, he died in Pueblo in 2003'],
      [20, 'l', "Hi, I'm Jo, a librarian with AskColorado. I'm sorry about your father. Are you his child or the executor? Colorado only issues certified copies to family members and legal representatives."],
      [65, 'p', 'his son'],
      [73, 'l', "Then you're eligible. You can order a certified copy online at cdphe.colorado.gov/vitalrecords, or call Colorado Vital Records at 303-692-2200. The Pueblo County Clerk can also issue it: 215 W 10th St, Pueblo. Does that cover what you needed?"],
      [130, 'p', "Yes it does. That's everything, thank you."],
      [136, 'l', 'Take care, and thanks for contacting AskColorado.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "check with the county clerk's office" tells the patron to contact an office; no contact given
    name: 'marriage record 1921: FamilySearch for the index (source), then "check with the county clerk\'s office for the certified copy" with no contact: referral fails',
    lines: [
      [0, 'p', 'looking for my great grandparents marriage record, Youngstown ohio 1921, Stanislaw Nowak and Helena Kowalczyk'],
      [30, 'l', 'Good evening! Jo here, a KnowItNow librarian from Columbus Metropolitan Library. Do you just need the date and names, or a certified copy?'],
      [80, 'p', 'i guess both'],
      [88, 'l', 'The index is free on FamilySearch: familysearch.org > Search > Records, collection "Ohio, County Marriages, 1789-2016". For a certified copy, check with the Mahoning County probate clerk\'s office.'],
      [150, 'p', 'found it!! 14 may 1921'],
      [156, 'l', 'Great find! Is there anything else I can help with?'],
      [190, 'p', 'no thank you'],
      [194, 'l', 'Bye now, thanks for using KnowItNow!'],
    ],
    over: OH,
    exp: usual({ complete: 'fail', referral: 'fail' }),
  },
  {
    name: 'Spanish: acta de nacimiento de Puerto Rico; "solicítela en línea en pr.gov" (a page to use) and "o llame al Registro Demográfico al 787-765-2929": referral passes',
    lines: [
      [0, 'p', 'Buenas noches, necesito el acta de nacimiento de mi abuela que nació en Ponce en 1935 para un trámite'],
      [26, 'l', '¡Buenas noches! Le atiende Jo, bibliotecaria del servicio Ask a Librarian de Florida. ¿Usted es nieta directa? Lo pregunto porque en Puerto Rico solo pueden pedirla ciertos familiares.'],
      [75, 'p', 'si soy nieta, mi mama ya fallecio'],
      [83, 'l', 'Entonces puede pedirla. Puede solicitarla en línea en pr.gov (sección Certificados, Registro Demográfico) o llamar al Registro Demográfico al 787-765-2929 para pedirla por correo. ¿Le sirve esta información?'],
      [140, 'p', 'si muchas gracias, es todo'],
      [146, 'l', '¡Con gusto! Gracias por comunicarse con nosotros.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'birth certificate before statewide registration (1898 Iowa): refers to the county recorder with phone and to the State Historical Society with URL; two sentences, two parties, both reachable: pass',
    lines: [
      [0, 'p', 'My great grandma was born 1898 in Decorah Iowa. Is there a birth certificate?'],
      [24, 'l', "Hello and welcome to Ask the Iowa Library! I'm Jo, a librarian at Ames Public Library helping your library tonight. Are you after proof of birth for something official, or for family history?"],
      [70, 'p', 'family history only'],
      [77, 'l', 'Iowa required birth registration only from 1880, and many rural births were not recorded until 1921. Call the Winneshiek County Recorder at 563-382-5085 to ask whether one was registered. The State Historical Society of Iowa also has delayed birth records: iowaculture.gov/history/research. Is that helpful?'],
      [140, 'p', 'yes very. no more questions, thanks'],
      [145, 'l', 'Good luck, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'two parties in separate sentences, the second without a contact ("The Cuyahoga County Archives may also have it. Ask them about the coroner\'s files."): referral fails',
    lines: [
      [0, 'p', 'my uncle died 1966 in cleveland, accident. need death record and maybe a coroner report'],
      [28, 'l', "Hi, this is Jo with KnowItNow, a librarian at Columbus Metropolitan Library. Do you need a certified death certificate, or just the record's details?"],
      [75, 'p', 'just details for the family tree'],
      [84, 'l', "Ohio death certificates 1954-1967 are indexed on FamilySearch (familysearch.org, collection \"Ohio Death Index\"). For the certificate itself, write to the Ohio Department of Health, Vital Statistics, PO Box 15098, Columbus OH 43215."],
      [92, 'l', "The Cuyahoga County Archives may also have the coroner's files. Ask them about the inquest records. Does that help?"],
      [150, 'p', 'yes, thats all i needed thanks'],
      [156, 'l', 'You are welcome, goodbye!'],
    ],
    over: OH,
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "You could email the county archives at ..." is a referral with a contact (advice), no promise
    name: 'adoption and sealed birth records: refers to the Minnesota Department of Health adoption office with e-mail and phone; the patron says "I\'m all set": all pass',
    lines: [
      [0, 'p', 'I was adopted in St Paul in 1970 and want my original birth certificate. Is that possible?'],
      [33, 'l', 'Hello! You have reached AskMN; my name is Jo and I work at Hennepin County Library. Was the adoption finalized in Minnesota, as far as you know?'],
      [80, 'p', 'yes in ramsey county'],
      [88, 'l', 'Since 2024 adult adoptees born in Minnesota can request their original birth record. You can email the MDH Office of Vital Records at health.birthrecords@state.mn.us or call 651-201-5970 for the application. The law is explained at health.state.mn.us/people/vitalrecords/adoption.html. Does that answer your question?'],
      [150, 'p', "It does. I'm all set, thank you!"],
      [156, 'l', 'Wishing you the best with it. Thanks for contacting AskMN!'],
    ],
    over: MN,
    exp: usual({ referral: 'pass' }),
  },

  // ---- census and immigration ---------------------------------------------------------------------------------------
  {
    name: '1950 census: no clarifying question before the source (the first reply gives 1950census.archives.gov): clarify fails',
    lines: [
      [0, 'p', 'how do i look up my family in the 1950 census'],
      [18, 'l', 'Hi! This is Jo, a librarian with Ask a Librarian Delaware. The 1950 census is free at 1950census.archives.gov: search by name and state, or by address if you know where they lived. Does that help?'],
      [80, 'p', 'yes found them, thats all thanks'],
      [85, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Ellis Island passenger list: Statue of Liberty-Ellis Island Foundation site (source), the patron stays quiet after the answer; check-in at 140 s and notice at 210 s: both pass; anything else fails',
    lines: [
      [0, 'p', 'I am looking for when my grandfather came from Sicily, around 1907-1910, name Salvatore Russo'],
      [27, 'l', "Hello, I'm Jo, a librarian with the New Jersey statewide Ask a Librarian service. Do you know the town in Sicily he came from? Russo is a very common name."],
      [70, 'p', 'Cefalù'],
      [78, 'l', 'Thank you, one moment while I search the passenger lists.'],
      [160, 'l', "The passenger search at statueofliberty.org/ellis-island/passenger-ship-search has a Salvatore Russo, age 19, from Cefalù, arriving on the SS Canopic on 12 April 1908. Does that look like him?"],
      [300, 'l', 'Are you still there?'],
      [370, 'l', "It looks like we've been disconnected, so I'm going to close this chat. Thanks for contacting Ask a Librarian, and come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "submit Form G-1041 to the USCIS Genealogy Program" tells the patron to write to an agency: a referral
    name: 'naturalization file: "submit Form G-1041 to the USCIS Genealogy Program" with uscis.gov URL, and NARA Kansas City by e-mail: referral passes',
    lines: [
      [0, 'p', 'need naturalization papers for my great grandfather, he became a citizen in Omaha in the 1930s'],
      [30, 'l', 'Hi, welcome to Ask a Librarian! I am Jo, a librarian at Ames Public Library covering the statewide chat. Do you know roughly what year, and whether he filed in federal or county court?'],
      [85, 'p', 'no idea, maybe 1934'],
      [92, 'l', 'Let me check which court records survive for Douglas County, one moment.'],
      [170, 'l', "After 1906 his file will be with USCIS: submit Form G-1041 to the USCIS Genealogy Program (uscis.gov/records/genealogy) for an index search. The court's copy of the petition is at the National Archives at Kansas City, which you can reach at kansascity.archives@nara.gov. Does that help?"],
      [230, 'p', 'yes! thats all i need'],
      [236, 'l', 'Good luck, and thank you for using Ask a Librarian.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'census with several waits: provider keeps the patron informed ("still looking…" every 90 s) across a long search; all pass',
    lines: [
      [0, 'p', 'Can you help me find the Lindgren family in the 1910 and 1920 census? They were in Kandiyohi County MN'],
      [22, 'l', 'Hi there! Jo from AskMN here, a librarian at Hennepin County Library. Do you know the parents\' first names?'],
      [60, 'p', 'Nils and Anna, kids Oscar and Elna'],
      [68, 'l', 'Thanks! Searching now, this may take a few minutes.'],
      [160, 'l', 'Still looking, 1910 is done, checking 1920 now.'],
      [250, 'l', 'Almost there, thanks for your patience.'],
      [320, 'l', 'Found them: 1910 in Willmar Township, sheet 4A, and 1920 in the city of Willmar, sheet 12B. Both are free on FamilySearch (familysearch.org, search "Nils Lindgren" with Kandiyohi as the place). Is that what you were after?'],
      [380, 'p', 'yes exactly, thank you!'],
      [386, 'l', 'Do you need anything else tonight?'],
      [420, 'p', 'no thats it'],
      [425, 'l', 'Happy hunting, goodbye!'],
    ],
    over: MN,
    exp: usual(),
  },

  // ---- cemetery records ---------------------------------------------------------------------------------------------
  {
    name: 'SMS: grave of grandma, Find a Grave and the cemetery office\'s phone; chat-speak both ways: referral passes',
    lines: [
      [0, 'p', 'hi where is my grandma buried she died 1989 name Dolores Kaminski in toledo'],
      [40, 'l', 'Hi! Jo here from KnowItNow, statewide library chat, Columbus. Do u know which cemetery or is that the question?'],
      [85, 'p', 'thats the question lol. prob catholic'],
      [92, 'l', 'ok 1 sec, checking'],
      [150, 'l', 'Find a Grave has her: Calvary Cemetery, Toledo, section 42 (findagrave.com, search Dolores Kaminski 1989). For the exact plot map call the Calvary office at 419-555-0176. That help?'],
      [190, 'p', 'omg yes. thats all'],
      [195, 'l', 'yay! thx for texting KnowItNow :)'],
    ],
    over: OH,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "look them up on Facebook" gives no way to reach them (no URL)
    name: 'cemetery association reached only "on Facebook" (no URL): referral fails; the patron leaves the last message, "ok will do"',
    lines: [
      [0, 'p', 'Is there a list of who is buried in the old Zion cemetery near Hebron, its a tiny country one'],
      [30, 'l', "Hello, this is Jo with KnowItNow. I'm a librarian at Columbus Metropolitan Library answering for libraries around the state. Is this Hebron in Licking County?"],
      [70, 'p', 'yes'],
      [78, 'l', 'The Licking County Genealogical Society transcribed many rural cemeteries; their index is on USGenWeb at ohgenweb.org/licking (Cemeteries, Union Township). For the newer burials, contact the Zion Cemetery Association; they post on Facebook. Did that help?'],
      [140, 'p', 'ok will do, thanks!! thats everything'],
    ],
    over: OH,
    exp: usual({ courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'military headstone: VA Nationwide Gravesite Locator (source), no referral; completeness asked as "Were you able to find him?"',
    lines: [
      [0, 'p', 'My grandfather was a WWII vet buried somewhere in Florida, how can I find where'],
      [25, 'l', "Hi, you're chatting with Jo, a librarian from the Florida statewide Ask a Librarian service. Do you know his full name and year of death?"],
      [60, 'p', 'Eugene Harold Pratt, died 1985'],
      [68, 'l', 'The VA Nationwide Gravesite Locator covers veterans in national and many private cemeteries: gravelocator.cem.va.gov. Enter his last name and the state. Were you able to find him?'],
      [150, 'p', 'Yes, Florida National Cemetery in Bushnell. Thats all I needed.'],
      [156, 'l', 'Wonderful. Thank you for chatting with us!'],
    ],
    exp: usual(),
  },

  // ---- Ancestry Library Edition, FamilySearch access --------------------------------------------------------------
  {
    name: 'cooperative provider cannot see the patron\'s account; "contact your library\'s reference desk about remote access" with no contact: referral fails',
    lines: [
      [0, 'p', "why cant i log into ancestry library edition from home? it worked last year"],
      [20, 'l', "Hi, I'm Jo, a librarian with Ask a Librarian Delaware. I'm at a different library, so I can't see your account. What message do you get when you try?"],
      [60, 'p', 'it says access restricted to library locations'],
      [67, 'l', "ProQuest ended the at-home access that was allowed during the pandemic, so Ancestry Library Edition works only in the library again. HeritageQuest Online still works from home at lib.de.us/databases. If you think your library still has remote access, contact your library's reference desk about it. Does that answer your question?"],
      [120, 'p', 'yeah. thats all, thanks'],
      [126, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'FamilySearch affiliate library: the provider names the Kent District Library branch with phone for viewing restricted images: referral passes',
    lines: [
      [0, 'p', 'familysearch says "this image can only be viewed at a family history center or affiliate library", where is one near grand rapids?'],
      [32, 'l', 'Hello! This is Jo from AskMN. I am not at your library but I can help. Are you in Grand Rapids, Minnesota or Michigan?'],
      [70, 'p', 'Michigan sorry lol'],
      [78, 'l', 'No problem, one sec while I check the affiliate map.'],
      [140, 'l', "You can visit Kent District Library's Wyoming branch, a FamilySearch affiliate, at 3350 Michael Ave SW, Wyoming MI (616-784-2007). Sign in to FamilySearch on their computers and the image opens. Did that help?"],
      [180, 'p', 'yes thank you. im done'],
      [186, 'l', 'Great, thanks for chatting and good luck!'],
    ],
    over: MN,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "let me ask our genealogy librarian" is staff consulted for the patron, no referral
    name: 'the provider consults a colleague inside the chat ("let me ask our genealogy librarian, one sec") and answers: referral na, all pass',
    lines: [
      [0, 'p', 'Does ancestry library edition have the Maryland state census from 1776?'],
      [20, 'l', "Hi! I'm Jo, a librarian at Anne Arundel County Public Library, answering for AskUsNow!. Are you looking for a specific county?"],
      [55, 'p', 'Frederick'],
      [62, 'l', 'Let me ask our genealogy librarian, one sec.'],
      [140, 'l', 'She says the 1776 Maryland census survives only for some hundreds, and Frederick County is not among them on Ancestry. The Maryland State Archives has the surviving lists online at msa.maryland.gov (Special Collections, Census 1776). Is that what you needed?'],
      [190, 'p', "Yes, that's all. Thanks!"],
      [196, 'l', 'Thank you for using AskUsNow!'],
    ],
    over: MD,
    exp: usual(),
  },

  // ---- referrals to courthouses, archives, historical societies ----------------------------------------------------
  {
    name: 'probate and land records: "stop by the Recorder\'s office at the courthouse, 100 N Main St" and the historical society with phone: referral passes',
    lines: [
      [0, 'p', 'Im trying to find out who owned our farm before 1900, Shelby County Ohio'],
      [25, 'l', 'Good afternoon! Jo from Columbus Metropolitan Library here, answering for KnowItNow. Do you know the township and section number?'],
      [80, 'p', 'Turtle Creek twp, section 14'],
      [86, 'l', 'Deeds before 1900 are not online for Shelby County. Stop by the Recorder\'s office at the Shelby County Courthouse, 129 E Court St, Sidney, and ask for the grantor-grantee index. The Shelby County Historical Society has plat maps from 1875 and 1899; call them at 937-498-1653. Does that help?'],
      [140, 'p', 'it does, thank you, thats all'],
      [145, 'l', 'Have a great day!'],
    ],
    over: OH,
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the state archives might have something" tells the patron to do nothing (P3/L3 reading)
    name: 'near miss: "the Minnesota Historical Society might have something on that" tells the patron to do nothing: no referral (na); a source was given',
    lines: [
      [0, 'p', 'looking for records of the 1918 Cloquet fire victims'],
      [30, 'l', 'Hi, this is Jo, librarian at Hennepin County Library for AskMN. Are you looking for a list of names, or for claims and relief records?'],
      [70, 'p', 'names of who died'],
      [78, 'l', "The Minnesota Forest Fires relief commission's list is transcribed at mnhs.org/library/findaids/gr00470.xml. The Minnesota Historical Society might have something more on that. Does that help?"],
      [140, 'p', 'yes thanks, no more questions'],
      [145, 'l', 'Thanks for using AskMN!'],
    ],
    over: MN,
    exp: usual(),
  },
  {
    name: 'state archives, court records 1880s divorce: "write to the Delaware Public Archives, 121 Martin Luther King Jr Blvd N, Dover": referral passes; clarify by restatement',
    lines: [
      [0, 'p', 'My ancestor got divorced in Kent County Delaware in the 1880s and I want the court file'],
      [27, 'l', "Hi, I'm Jo, a librarian with Ask a Librarian Delaware. So you're looking for the actual divorce file from Kent County Superior Court in the 1880s, not just a mention in the paper?"],
      [70, 'p', 'yes the file itself'],
      [78, 'l', 'Those files were transferred to the state. Write to the Delaware Public Archives, 121 Martin Luther King Jr Blvd N, Dover DE 19901, with the names and years. Their research request page is archives.delaware.gov/research. Did that answer it?'],
      [130, 'p', 'yes, thats everything, thank you'],
      [136, 'l', 'My pleasure, goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'pickup after 95 s (backup queue busy); everything else good',
    lines: [
      [0, 'p', 'is the Iowa 1925 state census online anywhere?'],
      [95, 'l', "Hi, sorry for the wait! I'm Jo, a librarian with Ask the Iowa Library. Do you want to search it by name or browse a town?"],
      [130, 'p', 'by name'],
      [138, 'l', 'FamilySearch has it indexed and free: familysearch.org, collection "Iowa, State Census, 1925". Does that help?'],
      [190, 'p', 'yep thanks, all set'],
      [195, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ pickup: 'fail' }),
  },
  {
    name: 'greeting without who is answering ("Hi! What county…?" then the answer): greeting fails; the patron\'s bare "done, thank you" is not explicit: anything else fails',
    lines: [
      [0, 'p', 'where can i find Colorado marriage records from the 1890s'],
      [20, 'l', 'Hi! What county were they married in?'],
      [60, 'p', 'Boulder'],
      [66, 'l', 'The Colorado Statewide Marriage Index 1853-2006 is free on FamilySearch (familysearch.org). The original licenses are at the Carnegie Library for Local History in Boulder, boulderlibrary.org/locations/carnegie. Was that helpful?'],
      [120, 'p', 'very. done, thank you'],
      [126, 'l', 'Have a good one!'],
    ],
    // relabelled after the first run: a bare "done" ("very. done, thank you") can as well report a step finished; it is
    // not the explicit "that's all I needed" the rule asks for, so anything else fails
    exp: usual({ greeting: 'fail', anything: 'fail' }),
  },

  // ---- follow-ups by the backup provider --------------------------------------------------------------------------
  {
    name: 'follow-up by me: the provider will search the 1880 Polish parish indexes and e-mail "by Monday"; e-mail read back; recorded at 50 h: all pass',
    lines: [
      [0, 'p', 'Can you help me find where in Poland my family came from? Jozef Wisniewski, came to Chicago 1890s'],
      [28, 'l', "Hi, I'm Jo, a librarian at Anne Arundel County Public Library working the AskUsNow! chat. Do you have his naturalization papers or a death certificate? They often name the village."],
      [80, 'p', 'I have his death cert, it just says Poland'],
      [88, 'l', "This will take more digging than I can do in a chat. I'll check the Geneteka parish indexes and the Chicago Polish church records and e-mail you what I find by Monday. What's the best e-mail?"],
      [130, 'p', 'jwis.tree@example.org'],
      [136, 'l', "Thanks, that's jwis.tree@example.org. In the meantime, the Polish Genealogical Society of America has a guide at pgsa.org/resources. Anything else for now?"],
      [175, 'p', 'nope, thanks so much'],
      [180, 'l', 'You are welcome, talk soon!'],
    ],
    over: { ...MD, ...FU_ME, followUps: doneAfter(185, 50) },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up by me recorded at 90 h (late): on time fails; contact passes ("within two business days", phone read back for a text)',
    lines: [
      [0, 'p', 'im looking for a photo of my grandpas ship, the SS Noordam, he came 1912'],
      [22, 'l', 'Hello, this is Jo with the NJ Ask a Librarian service, a librarian at Morris County Library. Do you want a photo of the ship itself, or the passenger manifest too?'],
      [60, 'p', 'the ship mostly'],
      [67, 'l', "I'll search a few maritime photo archives and text you links within two business days. Is 973-555-0162 the right number?"],
      [100, 'p', 'yes thats me'],
      [106, 'l', 'Great, talk to you soon. Thanks for contacting Ask a Librarian!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '973-555-0162' }, followUps: doneAfter(111, 90) },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: an e-mail only in patron.email, never mentioned in the chat, is not confirmed
    name: 'follow-up by the patron\'s library, the e-mail only in the patron field and "they will reach out early next week": contact fails; not recorded and 5 days gone: on time fails',
    lines: [
      [0, 'p', 'Do you have the Worthington News from 1940 on microfilm? Need an article about my grandmother'],
      [26, 'l', "Hi, I'm Jo at Columbus Metropolitan Library, covering KnowItNow tonight. Do you know the date of the article or what it was about?"],
      [66, 'p', 'her wedding, august 1940'],
      [73, 'l', "The Worthington News isn't digitized. I'll pass this to the Worthington Libraries local history staff and they will reach out to you early next week with a scan."],
      [110, 'p', 'ok thank you'],
      [116, 'l', 'Thanks for using KnowItNow, bye!'],
    ],
    over: { ...OH, ...FU_LIB, patron: { name: 'M. Hale', email: 'mhale@example.org', phone: null } },
    ctx: { now: Date.parse(at(121)) + 5 * 86_400_000 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'a promise in the chat ("I\'ll email you the scan of the obituary tonight") but coded Answered: code fails; e-mail typed and when said: contact passes; not recorded: pending',
    lines: [
      [0, 'p', 'Could you find me an obituary from the Rocky Mountain News, April 1977, for Carl Haugen?'],
      [25, 'l', "Hi! You're chatting with Jo, a librarian for AskColorado. Do you know the day he died?"],
      [60, 'p', 'april 3'],
      [66, 'l', 'One moment while I look.'],
      [140, 'l', "Found it in the Denver Public Library's Rocky Mountain News archive (denverlibrary.org/databases), April 6, 1977, page 84. It won't let me send the page from here; I'll email you the scan tonight. What's your e-mail?"],
      [180, 'p', 'chaugen.family@example.org'],
      [186, 'l', 'Thanks! Is there anything else you need?'],
      [220, 'p', 'no, thank you!'],
      [225, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'follow-up code with no patron contact anywhere: code fails, contact fails; not recorded, 4 days gone: on time fails',
    lines: [
      [0, 'p', 'need help finding my great great grandmothers death in 1870s baltimore'],
      [25, 'l', "Good evening, I'm Jo, a librarian at Anne Arundel County Public Library, helping with AskUsNow!. Do you know her name and the church the family went to?"],
      [70, 'p', 'Bridget Donnelly, St Patricks'],
      [77, 'l', 'Baltimore did not issue death certificates until 1875, so church burial records are the best bet. The Archdiocese of Baltimore archives hold St. Patrick\'s registers; I will ask them about it and get back to you.'],
      [120, 'p', 'ok'],
      [180, 'l', 'Thanks for your patience, goodbye!'],
    ],
    over: { ...MD, ...FU_ME },
    ctx: { now: Date.parse(at(185)) + 4 * 86_400_000 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }),
  },

  // ---- transfers ----------------------------------------------------------------------------------------------------
  {
    name: 'transfer to a genealogy specialist: internal note says why, the patron is told; Rae answers with sources: transfer passes',
    lines: [
      [0, 'p', 'I need help reading a German church record from 1850s, it is in old handwriting'],
      [20, 'l', 'Hello, this is Jo with AskMN, a librarian at Hennepin County Library. Is it a baptism, marriage or burial record?'],
      [55, 'p', 'baptism'],
      [60, 'i', 'Rae, German Kurrent baptism record from the 1850s, you do the German script ones'],
      [64, 'l', "I'm transferring you to Rae, who reads old German script. One moment!"],
      [66, 's', 'Chat transferred to Rae Okonkwo', sys('transfer', 'rokonkwo')],
      [100, 'l', "Hi, I'm Rae. The FamilySearch German Script Tutorial at script.byu.edu will help with the letters, and I can read it with you if you paste the words you can't make out. Is that what you needed?", RAE],
      [150, 'p', 'yes perfect, thanks both, thats all'],
      [155, 'l', 'You are welcome! Thanks for using AskMN.', RAE],
    ],
    over: MN,
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer without an internal note: the patron is told but the receiving provider is told nothing: transfer fails',
    lines: [
      [0, 'p', 'Are there passenger lists for ships arriving in Baltimore in the 1870s?'],
      [24, 'l', 'Hi! Jo here, librarian for AskUsNow! at Anne Arundel County Public Library. Are you looking for a particular person?'],
      [60, 'p', 'yes, Johann Becker, from Bremen'],
      [68, 'l', "I'll transfer you to a colleague who does a lot of immigration research, one moment."],
      [70, 's', 'Chat transferred to Rae Okonkwo', sys('transfer', 'rokonkwo')],
      [105, 'l', "Hi, Rae here. Baltimore passenger lists 1820-1948 are on FamilySearch (familysearch.org, collection \"Maryland, Baltimore Passenger Lists\"). Bremen ships landed at Locust Point. Does that help?", RAE],
      [160, 'p', 'yes, found him. that is all'],
      [166, 'l', 'Excellent! Thanks for chatting.', RAE],
    ],
    over: MD,
    exp: usual({ transfer: 'fail' }),
  },

  // ---- concurrency, dismissal ---------------------------------------------------------------------------------------
  {
    name: 'after-hours provider with four chats open at once: concurrency fails',
    lines: [
      [0, 'p', 'what is the best free site for finding old obituaries in washington state'],
      [22, 'l', 'Hi, this is Jo from Ask WA, a librarian at King County Library System. Any particular county or decade?'],
      [60, 'p', 'Spokane in the 1950s'],
      [67, 'l', 'The Washington State Library has an obituary index at sos.wa.gov/library (Digital Collections, Obituary Index), and the Spokesman-Review 1883-present is free on Google News Archive. Did that help?'],
      [120, 'p', 'yes, thats all i needed'],
      [125, 'l', 'Great! Goodbye and thanks.'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -300, 400), other('b', 'jo', -60, 300), other('c', 'jo', 10, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // reading: a limit of time on the service with no way back ends the help for the provider's convenience
    name: 'dismissal: "Our backup chat is limited to 10 minutes per patron, so I need to end here" with no way back: critical fail',
    lines: [
      [0, 'p', 'I have a long list of relatives I need census records for, can you look them up one by one?'],
      [25, 'l', 'Hi, I am Jo, a librarian with KnowItNow. How many people are on the list?'],
      [60, 'p', 'about 12'],
      [66, 'l', 'FamilySearch (familysearch.org) is free and has every census 1850-1950 indexed. Here is the first one: Franz Huber, 1900, Cincinnati Ward 9, sheet 6A. Does that help?'],
      [120, 'p', 'yes can you do the next one'],
      [128, 'l', 'Our backup chat is limited to 10 minutes per patron, so I need to end here.'],
    ],
    over: OH,
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    // reading: "too many names for chat" tells the patron they asked too many, and the help ends there with no way back
    name: 'dismissal: a lookup list cut off with "That\'s too many names for chat, so I won\'t be doing the rest." and no way back: critical fail; courteous fails',
    lines: [
      [0, 'p', "Can you look up obituaries for everyone on my list? It's my grandmother's 14 brothers and sisters, all died in Cleveland"],
      [25, 'l', "Hi, I'm Jo, a librarian with KnowItNow at Columbus Metropolitan Library. Do you have death years for them?"],
      [80, 'p', 'Most of them, 1950s to 1980s. First is Frank Sustar 1961'],
      [88, 'l', 'One moment.'],
      [160, 'l', "Frank Sustar's obituary ran in the Plain Dealer on March 9, 1961; the Plain Dealer archive is free with a library card at cpl.org/databases. Is that him?"],
      [200, 'p', 'yes! next is Mary Sustar Kovac, 1974'],
      [208, 'l', "That's too many names for chat, so I won't be doing the rest."],
    ],
    over: OH,
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'not a dismissal: other patrons are waiting, the provider invites the patron back for the rest of the list: pass; courteous passes',
    lines: [
      [0, 'p', 'can you look up my whole family in the 1940 census? there are like 10 households'],
      [22, 'l', "Hi! I'm Jo, a librarian with Ask a Librarian Delaware. Do you want me to show you how, so you can do the rest yourself?"],
      [60, 'p', 'sure'],
      [67, 'l', 'Go to 1940census.archives.gov or FamilySearch (familysearch.org), type the name and state, then open the image. I did your first one: Ruth Vane, Wilmington Ward 7, sheet 3B. Does that help?'],
      [130, 'p', 'yes but can u do the others'],
      [138, 'l', "There are several other patrons waiting right now, so I can't do all ten tonight, but please come back anytime and we'll pick up where you left off. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },

  // ---- idle patrons -------------------------------------------------------------------------------------------------
  {
    name: 'check-in only ("Still with me?") then the provider closes without a notice (idle 250 s): check-in passes, disconnect fails',
    lines: [
      [0, 'p', 'how do i request a copy of a florida death certificate from 1960'],
      [28, 'l', 'Hi, this is Jo, a librarian for the Florida statewide Ask a Librarian. Which county did the death happen in?'],
      [70, 'p', 'Duval'],
      [76, 'l', "Florida death records over 50 years old are public: order from the Bureau of Vital Statistics online at floridahealth.gov/certificates, or by mail with form DH 727. Does that answer your question?"],
      [210, 'l', 'Still with me?'],
    ],
    over: { endAfter: 120 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'patron goes quiet after the clarifying question; no check-in, chat ends after 200 s: source fails; idle and disconnect fail',
    lines: [
      [0, 'p', 'looking for old city directories for Des Moines'],
      [25, 'l', 'Hello, I am Jo, a librarian at Ames Public Library helping with Ask the Iowa Library. Which years are you looking for?'],
    ],
    over: { endAfter: 200 },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: 'the patron left at once (system "patron left"); greeting, then "Looks like you left before I could answer. Please chat with us again anytime!": no substantive exchange, Lost Call with one message',
    lines: [
      [0, 'p', 'how do i find my grandmas birth certificate from 1940 minneapolis'],
      [8, 's', 'Patron has left the chat.', sys('patron_left')],
      [30, 'l', 'Hi, this is Jo, a librarian with AskMN.'],
      [70, 'l', 'Looks like you left before I could answer. Please chat with us again anytime!'],
    ],
    over: { ...MN, resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    name: 'Lost Call coded though the patron sent three messages: code fails',
    lines: [
      [0, 'p', 'Hi. Do you have Delaware birth records from 1915?'],
      [20, 'l', 'Hi, this is Jo with Ask a Librarian Delaware. Do you need a certified copy or just the information?'],
      [55, 'p', 'just the info'],
      [62, 'l', 'The Delaware Public Archives has birth records 1861-1924 indexed at archives.delaware.gov (Research > Vital Records). Is that what you needed?'],
      [110, 'p', 'yes thanks thats all'],
      [116, 'l', 'Have a nice day!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'resolution code left empty: code fails',
    lines: [
      [0, 'p', 'where are Ohio naturalization records from before 1906 kept?'],
      [22, 'l', 'Hi, I am Jo, librarian at Columbus Metropolitan Library for KnowItNow. Do you know the county?'],
      [58, 'p', 'Hamilton'],
      [64, 'l', 'Before 1906 naturalizations were in county courts; Hamilton County Probate Court has an online index at probatect.org/court-records/court-record-search. Did that answer it?'],
      [110, 'p', 'yes, all set, thank you'],
      [115, 'l', 'Goodbye!'],
    ],
    over: { ...OH, resolutionCode: null },
    exp: usual({ code: 'fail' }),
  },
  {
    name: 'Practice session (staff training on a genealogy question): every check na',
    lines: [
      [0, 'p', 'test: how do i find an obituary from 1985 in Akron'],
      [20, 'l', 'Hi, Jo from KnowItNow. Try the Akron Beacon Journal archive at akronlibrary.org.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'long message patron, several waits handled, completeness asked after the second source ("Is this the record you need?"); patron done explicitly; referral to the Colorado State Archives by e-mail: pass',
    lines: [
      [0, 'p', 'Good evening. My mother always said her father, Tomas Archuleta, served time in the Colorado State Penitentiary in Canon City sometime in the 1920s. I would like to know if that is true and what for. I am 78 and not good with computers.'],
      [34, 'l', "Good evening, and welcome to AskColorado. My name is Jo and I'm a librarian at Pueblo City-County Library, answering for libraries across the state. We'll take it slowly. Do you know about how old he was then, or where he lived?"],
      [120, 'p', 'He was born about 1900 and lived in Walsenburg.'],
      [128, 'l', 'Thank you. Let me look at the prison records index, it may take a few minutes.'],
      [230, 'l', "I'm still searching, thank you for waiting."],
      [320, 'l', 'The Colorado State Archives has an index of Penitentiary inmates 1871-1973 at archives.colorado.gov (Collections, Prison Records). A Tomas Archuleta, age 24, from Huerfano County, was received in 1925, inmate number 13602. Is this the record you need?'],
      [400, 'p', 'Oh my goodness. Yes, that must be him. How do I get the papers?'],
      [408, 'l', 'You can e-mail the State Archives at archives_reference@state.co.us with his name and inmate number, and they will send a copy of his record and photo card for a small fee.'],
      [470, 'p', 'Thank you dear. That is all I needed.'],
      [476, 'l', 'You are very welcome. Thank you for contacting AskColorado, and good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the provider ends with a plain notice that names no thanks, goodbye or way back after the patron says "that\'s all": courteous fails',
    lines: [
      [0, 'p', 'how far back do Minnesota death certificates go'],
      [19, 'l', 'Hi, this is Jo with AskMN, a librarian at Hennepin County Library. Are you looking for a particular person or just the range?'],
      [50, 'p', 'just the range'],
      [56, 'l', 'Statewide death records start in 1908; some counties have them from the 1870s. The MN Official Marriage and death index is at mnhs.org/people/research. Does that answer your question?'],
      [100, 'p', "yes that's all"],
      [105, 'l', 'Closing the chat now.'],
    ],
    over: MN,
    exp: usual({ courteous: 'fail' }),
  },

  // ---- more voices --------------------------------------------------------------------------------------------------
  {
    // reading: "I think that's it for now" says explicitly that the patron is done
    name: '"Your best bet is the Genealogy Center at Allen County Public Library … by email at Genealogy@ACPL.Info" (an out-of-state lookup service): referral passes; "Hang tight while I check" holds; patron "I think that\'s it for now"',
    lines: [
      [0, 'p', "Is there anywhere that will look up an obituary in an Indiana paper for me? I'm in Ohio and can't drive there"],
      [24, 'l', "Hi there! I'm Jo, a KnowItNow librarian at Columbus Metropolitan Library. Which town's paper, and about what year?"],
      [70, 'p', 'Fort Wayne, 1952'],
      [78, 'l', 'Hang tight while I check who does lookups for Allen County.'],
      [170, 'l', 'Your best bet is the Genealogy Center at Allen County Public Library in Fort Wayne; they do obituary lookups by email at Genealogy@ACPL.Info, usually free for one or two. Does that get you what you need?'],
      [230, 'p', "Perfect. I think that's it for now, thank you!"],
      [236, 'l', 'Happy to help. Have a good night!'],
    ],
    over: OH,
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a named specialist at the patron\'s own library with a direct line ("ask for Linda Haas in the Local History Room … her direct line is 319-555-0130"), the society\'s form a source: referral passes',
    lines: [
      [0, 'p', 'I found a family bible with births from the 1860s. Does anyone take copies of these for preservation? We are in Cedar Rapids'],
      [30, 'l', 'Hello! Jo here, a librarian at Ames Public Library answering Ask the Iowa Library chat tonight. Do you want to donate the bible itself, or just share copies of the pages?'],
      [90, 'p', 'just copies, we want to keep the bible'],
      [98, 'l', "The Iowa Genealogical Society collects Bible record transcriptions; the form is at iowagenealogy.org/bible-records. Locally, ask for Linda Haas in the Local History Room at the Cedar Rapids Public Library; her direct line is 319-555-0130 and she scans them for the library's collection. Is that the sort of thing you had in mind?"],
      [150, 'p', 'yes thank you'],
      [156, 'l', 'Anything else I can help you with tonight?'],
      [200, 'p', "No that's all"],
      [205, 'l', 'Thanks for chatting with us, good night!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the email on your account" names no address in the chat: the contact is not confirmed there
    name: 'follow-up by me "to the email on your account by end of day Friday": the address is only in the patron field, contact fails; recorded at 30 h; nothing given yet: source fails',
    lines: [
      [0, 'p', "Hello, I'm looking for the ship my great-grandmother came on from Norway in 1887. Her name was Karen Olsdatter."],
      [26, 'l', "Hi! This is Jo, a librarian from Hennepin County Library staffing AskMN. Do you know what port she left from, or where she settled?"],
      [80, 'p', 'Bergen I think, she settled in Fillmore county'],
      [88, 'l', "Thanks. The Norwegian emigration records take some time to search properly. I'll send what I find to the email on your account by end of day Friday."],
      [130, 'p', 'That would be wonderful, thank you'],
      [136, 'l', "You're welcome! Have a good evening."],
    ],
    over: { ...MN, ...FU_ME, patron: { name: 'K. Lund', email: 'klund.family@example.org', phone: null }, followUps: doneAfter(141, 30) },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pass' }),
  },
  {
    // reading: cdphe.colorado.gov in the next sentence is the state's page, not a way to reach the county office
    name: 'Spanish: "Llame a la oficina de registros vitales del condado de Larimer y pida la copia." with no contact; the state page in the next sentence is another party\'s: referral fails',
    lines: [
      [0, 'p', 'hola, necesito el certificado de defuncion de mi papa, murio en Fort Collins en 2019'],
      [30, 'l', 'Hola, le atiende Jo, bibliotecaria de AskColorado. Lamento mucho su pérdida. ¿Usted es hijo o hija de él?'],
      [70, 'p', 'si soy su hija'],
      [78, 'l', 'Entonces usted puede pedir copias certificadas. Llame a la oficina de registros vitales del condado de Larimer y pida la copia. También hay información en español en cdphe.colorado.gov/vitalrecords. ¿Le ayuda esto?'],
      [130, 'p', 'si gracias, eso es todo'],
      [136, 'l', '¡Con gusto! Que tenga buena noche.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Was he married to a Rosa?" asks a fact to tell the record apart, not whether what was given meets the need
    name: 'chat-speak check-in "u there?" and "Haven\'t heard from you … guessing you got disconnected. Closing this chat, but feel free to reconnect anytime!" (idle 230 s): both pass; "Was he married to a Rosa?" is no completeness question',
    lines: [
      [0, 'p', 'trying to find my great grandpa in the 1920 census but ancestry at my library keeps timing out'],
      [25, 'l', "Hi! This is Jo, a librarian with Ask a Librarian Delaware (I'm at the Newark Free Library). What's his name and where was he living in 1920?"],
      [70, 'p', 'Giuseppe Marino, Wilmington'],
      [78, 'l', 'Got it, searching the free FamilySearch index now.'],
      [150, 'l', "I see a Giuseppe Marino, 34, on Union St in Wilmington's 10th ward, 1920, at familysearch.org (search his name with Delaware as the place). Was he married to a Rosa?"],
      [300, 'l', 'u there?'],
      [380, 'l', "Haven't heard from you in a few minutes so I'm guessing you got disconnected. Closing this chat, but feel free to reconnect anytime!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
];

export const short: SessionCase[] = [
  // ---- a negation in its own clause before the provider's own sending (notPromise, R2) ----------------------------
  {
    name: 'promise after a comma-spliced negation: "I can\'t attach files in this chat, I\'ll email you the scans tomorrow" coded Answered: a promise, so code fails; contact passes',
    lines: [
      [0, 'p', 'can you get me the 1931 obituary page for Anton Bergstrom from the Duluth paper?'],
      [20, 'l', 'Hi, Jo from AskMN here, a librarian at Hennepin County Library. Do you know the month?'],
      [50, 'p', 'october. my email is abergstrom.tree@example.org'],
      [58, 'l', "Found it in the Duluth News Tribune archive (mnhs.org/newspapers), Oct 12, 1931. I can't attach files in this chat, I'll email you the scans tomorrow."],
      [90, 'p', 'thank you!'],
      [95, 'l', 'You are welcome, goodbye!'],
    ],
    over: MN,
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "I can\'t email you the scan; the file is too big for our system" and a page to download it: no promise (code passes, contact na)',
    lines: [
      [0, 'p', 'could you email me the 1931 obituary for Anton Bergstrom?'],
      [20, 'l', 'Hi, Jo from AskMN here, a librarian at Hennepin County Library. Is that the Duluth News Tribune one?'],
      [50, 'p', 'yes'],
      [58, 'l', "I can't email you the scan; the file is too big for our system. You can download it yourself at mnhs.org/newspapers (Duluth News Tribune, Oct 12, 1931, page 9)."],
      [90, 'p', 'ok got it, thanks'],
      [95, 'l', 'You are welcome, goodbye!'],
    ],
    over: MN,
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss: "I can\'t attach files here; you\'ll need to email the county clerk at …" sends nothing: no promise; a referral with a contact',
    lines: [
      [0, 'p', 'can you send me a copy of my great grandparents 1902 marriage license from Stark County?'],
      [20, 'l', 'Hi, this is Jo with KnowItNow, a librarian at Columbus Metropolitan Library. Do you have their names and the month?'],
      [55, 'p', 'August Weber and Lina Roth, june 1902'],
      [62, 'l', "I can't attach files here; you'll need to email the Stark County Probate Court at probate.records@example.gov for a copy of the license."],
      [100, 'p', 'ok, thanks'],
      [105, 'l', 'Thanks for using KnowItNow, bye!'],
    ],
    over: OH,
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },

  // ---- church and parish archives are an organisation (namedResource, R2) ----------------------------------------
  {
    name: '"The Diocese of Pittsburgh archives keep the sacramental registers" names an organisation with no way to reach it: no source',
    lines: [
      [0, 'p', 'where would baptism records from 1880s pittsburgh be? catholic family'],
      [22, 'l', 'Hello, this is Jo, a librarian with the statewide chat. Do you know the parish?'],
      [60, 'p', 'St Stanislaus Kostka'],
      [68, 'l', 'The Diocese of Pittsburgh archives keep the sacramental registers of closed and merged parishes, including St. Stanislaus for those years.'],
      [110, 'p', 'ok thank you'],
      [115, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: 'near miss: a newspaper\'s archives ("Check the Catholic Mirror\'s archives for the 1870s") are still a named resource: source passes',
    lines: [
      [0, 'p', 'any way to find catholic burials in baltimore in the 1870s?'],
      [22, 'l', 'Hello, this is Jo, a librarian for AskUsNow!. Do you have a name and year?'],
      [60, 'p', 'Bridget Donnelly, 1872'],
      [68, 'l', "Check the Catholic Mirror's archives for the 1870s; the paper printed parish burial notices each week."],
      [110, 'p', 'ok thank you'],
      [115, 'l', 'Thanks for chatting, goodbye!'],
    ],
    over: MD,
    exp: some({ source: 'pass' }),
  },

  // ---- a lookup limit for the chat (dismissalHard since the merge; R2 had it in dismissalConvenience) --------------
  {
    // reading (the merge's, RUBRIC.md literally): "fail: the provider tells the patron … that they have reached a limit of
    // questions or asked too many" is not rescued by a way back (only "otherwise ends the help for the provider's
    // convenience without offering a way back" is); R2 had labelled this a pass
    name: '"That\'s too many names for one chat, but you\'re welcome to come back anytime with the next few." tells the patron they asked too many, a way back or not: dismissal fails',
    lines: [
      [0, 'p', 'can you look up obits for my 14 great aunts and uncles? first is Frank Sustar 1961 cleveland'],
      [25, 'l', "Hi, I'm Jo, a librarian with KnowItNow. Was that the Plain Dealer or the Press?"],
      [60, 'p', 'plain dealer'],
      [68, 'l', "It ran March 9, 1961; the Plain Dealer archive is free with a library card at cpl.org/databases. That's too many names for one chat, but you're welcome to come back anytime with the next few."],
      [100, 'p', 'ok thanks'],
      [105, 'l', 'Thanks, bye!'],
    ],
    over: OH,
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "No such thing as too many names for a chat! Who\'s next?" keeps helping: dismissal passes',
    lines: [
      [0, 'p', 'sorry, i know this is a lot of names. next is Mary Sustar Kovac, 1974'],
      [25, 'l', "Hi again, Jo with KnowItNow here. No such thing as too many names for a chat! Mary's obituary ran on June 2, 1974 (cpl.org/databases, Plain Dealer). Who's next?"],
      [60, 'p', 'thats the last one, thanks!'],
      [65, 'l', 'Thanks, bye!'],
    ],
    over: OH,
    exp: some({ dismissal: 'pass' }),
  },

  // ---- a pronoun referral after a party named in its own message (pronounNamedHereR2) ---------------------------
  {
    name: 'near miss: the message before names the same party with its phone ("The Cuyahoga County Archives has … 216-443-7250"), then "The Cuyahoga County Archives also keeps inquest records. Ask them about those too.": referral passes',
    lines: [
      [0, 'p', 'my uncle died 1966 in cleveland in an accident, is there a coroner report?'],
      [25, 'l', 'Hi, this is Jo with KnowItNow, a librarian at Columbus Metropolitan Library. Do you know the month he died?'],
      [60, 'p', 'may 1966'],
      [68, 'l', "The Cuyahoga County Archives has the coroner's case files for the 1960s: 216-443-7250."],
      [74, 'l', 'The Cuyahoga County Archives also keeps the inquest records. Ask them about those too. Does that help?'],
      [120, 'p', "yes, that's all, thanks"],
      [125, 'l', 'You are welcome, goodbye!'],
    ],
    over: OH,
    exp: some({ source: 'pass', referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('seventeenth round (R2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('seventeenth round (R2): genealogy and vital records by a statewide backup service, every check', whole);
describeSessions('seventeenth round (R2): genealogy, short cases', short);

describeLeft('seventeenth-round-genealogy', LEFT);
