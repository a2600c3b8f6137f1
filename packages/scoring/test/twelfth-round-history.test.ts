/**
 * Twelfth round, area (L3): GENEALOGY, ARCHIVES, SPECIAL COLLECTIONS AND LOCAL HISTORY. Census and vital records,
 * obituaries and old newspapers (microfilm reels, digitised archives), house histories (Sanborn maps, city
 * directories, deeds), yearbooks and scanning requests, records offices, registers of wills and historical
 * societies as referrals (with and without a way to reach them), long research sessions with many holds (partial
 * results that say the search goes on, a hold followed by too long a silence), follow-ups by e-mail or text with
 * and without a time given, with the contact given, repeated back or only on record, recorded on time and late,
 * finding aids and digitised collections as sources, transfers to a home library's genealogy specialist.
 * Voices: public libraries (US, Canada, UK record-office English), the statewide cooperative, academic special
 * collections, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are in comments at the cases (the main ones: "Would scans of his senior page be what you need?"
 * asks about something not yet given, so it is no completeness question; "Is that her?" / "Does that look like
 * the right Dorothy?" after a found record asks whether what was given meets the need; a named digitised
 * collection ("Chronicling America") is a named resource, so a source, while "the county historical society might
 * have that" names an organisation with no way to reach it and tells the patron to do nothing (no source, no
 * referral); "I'd suggest visiting X's research library" tells the patron to visit, so is a referral; staff
 * the provider asks on the patron's behalf ("I'll check with our archivist") are no referral; "Take your time"
 * is not a hold, so a final idle starts there; a partial result that says the search goes on is a hold;
 * "Happy researching!" closing the chat is a goodbye, as the tenth round read "Good luck on the test!"; "Does that
 * match your family's story?" after a found record asks whether it meets the need; "Have you checked the deed index,
 * or is that what you're hoping to find?" before any source asks about the need; "e-mail our genealogy desk at …"
 * tells the patron to write to the library's own department, a referral with its contact).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs);
 * the short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, sys, usual, who, ALL_NA } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const LENA = who('Lena Ruiz', 'lruiz');
const OMAR = who('Omar Haddad', 'ohaddad');

export const whole: SessionCase[] = [
  // ---- obituaries, census and newspapers: long searches with holds ------------------------------------------------
  {
    // reading: "Does that look like the right Dorothy?" after the found notice asks whether what was given meets the need
    name: 'public: obituary index, two holds (one a partial result that says the search goes on), "Does that look like the right Dorothy?", patron done, "Happy researching": all pass',
    lines: [
      [0, 'p', "Hi, I'm trying to find my grandmother's obituary. She died in Dayton in 1978 I think"],
      [25, 'l', "Good evening! You've reached the Dayton Metro Library's Ask Us chat, this is Renee. What was her full name, and do you know her maiden name as well?"],
      [80, 'p', 'Dorothy Mae Kettering, maiden name Ruhl. March or April 78'],
      [90, 'l', 'Thank you. Give me a few minutes to check our obituary index.'],
      [190, 'l', 'The index lists two Dorothy Ketterings that spring, still checking which one is her.'],
      [270, 'l', 'Found her: Dorothy Ruhl Kettering, Dayton Daily News, April 11, 1978, page 34. You can read the page in the Dayton Daily News Historical Archive at daytonmetrolibrary.org/research/newspapers (log in with your library card). Does that look like the right Dorothy?'],
      [330, 'p', "yes!! that's her. that's all I needed, thank you so much"],
      [340, 'l', "You're very welcome. Happy researching, and thanks for using Ask Us!"],
    ],
    exp: usual(),
  },
  {
    name: 'public: 1900 census via HeritageQuest, a hold then 160 s of silence before the answer: keep_informed fails, the rest pass',
    lines: [
      [0, 'p', 'Hello, looking for my great grandfather in the 1900 census, Giuseppe Russo, Brooklyn'],
      [40, 'l', "Hi there, thanks for contacting Brooklyn Public Library! I'm Marcus from the Center for Brooklyn History. Do you know roughly when he arrived, or the names of anyone in his household?"],
      [95, 'p', 'came over around 1895 i think. wife Maria, son Salvatore'],
      [105, 'l', 'Great, that helps. Let me search HeritageQuest for him, one moment.'],
      [265, 'l', 'Here he is: Giuseppe Russo, 1900 census, Kings County, Ward 12, ED 186, sheet 7A, with Maria and Salvatore. You can see the image in HeritageQuest Online from bklynlibrary.org/databases with your library card. Did that answer your question?'],
      [320, 'p', "yes that's everything, thx"],
      [326, 'l', 'Thanks for chatting, take care!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // reading: "The Duluth Herald for 1918 is on microfilm at our Main Library's 2nd floor" says where it is, and tells the
    // patron to contact or visit no one: no referral
    name: 'Chronicling America with a restatement ("So you want the 1918 flu coverage in Duluth papers…"), several holds a minute apart, patron done',
    lines: [
      [0, 'p', 'for a class project i need newspaper articles about the 1918 flu in duluth. like from the actual time'],
      [30, 'l', 'Hi! This is Cam, a librarian at Duluth Public Library. So you want articles printed in Duluth papers during the 1918 flu, not later histories of it?'],
      [70, 'p', 'yes exactly, primary sources'],
      [76, 'l', 'OK, give me a sec to see what is digitized.'],
      [150, 'l', 'Found the Duluth Labor World for 1918 online, checking for the Herald too.'],
      [230, 'l', "Chronicling America has the Labor World (1896-1922) free at chroniclingamerica.loc.gov; search 'influenza' with the dates Oct-Dec 1918. The Duluth Herald for 1918 is on microfilm at our Main Library's 2nd floor. Are those the kind of sources your teacher is after?"],
      [300, 'p', 'yep those work. thats all i need'],
      [306, 'l', 'Awesome, good luck with the project! Bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Would scans of his senior portrait page be what you need?" asks about something not yet given (no completeness)
    name: 'yearbook scan: "Would scans of his senior portrait page be what you need?" is about what is not yet given; follow-up by me, e-mail read back, "by Thursday afternoon", done in 30 h',
    lines: [
      [0, 'p', "Hi! Does the library have old Hickman High yearbooks? I need my dad's from around 1962"],
      [30, 'l', 'Hello, and welcome to Ask a Librarian at Daniel Boone Regional Library. My name is Priya. Do you know which year he graduated, and his name at the time?'],
      [85, 'p', '1962, Robert Alan Fenske'],
      [92, 'l', 'One moment while I check the catalog.'],
      [150, 'l', "We have the 1962 Hickman High 'Cresset' in our Local History collection at catalog.dbrl.org (search: Cresset 1962). It's reference-only, so it can't be checked out. Would scans of his senior portrait page be what you need?"],
      [200, 'p', "yes that would be amazing, i live in oregon now so i can't come in"],
      [210, 'l', 'I can have our local history staff scan the pages and e-mail them to you. What e-mail address should I use?'],
      [250, 'p', 'bfenske.family@example.org'],
      [258, 'l', "Thanks, that's bfenske.family@example.org. You'll have the scans by Thursday afternoon. Is there anything else I can help you with tonight?"],
      [300, 'p', "no that's it, thank you!!"],
      [306, 'l', 'Take care, and thanks for contacting the library!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(311, 30) },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'cooperative: house history in city directories, "I\'ll look up the 1920s entries … and e-mail you what I find" with the e-mail read back but no time: contact fails, on_time pending',
    lines: [
      [0, 'p', "I'm researching the house at 412 Linden Ave in Oak Park, trying to find who lived there in the 1920s"],
      [35, 'l', 'Hi! This is Sam, a librarian with the Illinois Ask a Librarian cooperative. Are you looking for the owners, or everyone who lived there, renters included?'],
      [90, 'p', 'anyone really, owners or renters. my house turns 100 next year'],
      [98, 'l', "Fun project! Hang on while I check what's digitized."],
      [190, 'l', 'Oak Park Public Library has its city directories from 1905 to 1960 digitized and searchable by street address at oppl.org/localhistory > Directories. The 1923 and 1927 volumes both list 412 Linden. Is that the kind of thing you were looking for?'],
      [240, 'p', "yes, but i can't get the search to work on my phone"],
      [250, 'l', "I'll look up the 1920s entries for 412 Linden myself and e-mail you what I find. What's your e-mail address?"],
      [290, 'p', "it's kmorrow@example.org"],
      [296, 'l', 'Got it, kmorrow@example.org. Anything else for today?'],
      [330, 'p', 'nope, thanks!'],
      [336, 'l', 'Thanks for using Ask a Librarian. Bye!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'microfilm obituary: "I\'ll pull the reel tomorrow morning and e-mail you a copy" coded Answered: code fails; e-mail given and "by tomorrow at noon": contact passes; no completeness or anything-else question; patron last',
    lines: [
      [0, 'p', "Hi, the obituary index says there's an obit for my uncle Walter Szymanski in the Milwaukee Sentinel Jan 9 1971 but I can't find it online"],
      [20, 'l', "Hello! Thanks for contacting Milwaukee Public Library, I'm Dana in the Humanities room. Do you want the whole obituary page, or only the notice itself?"],
      [60, 'p', 'just the notice is fine'],
      [66, 'l', 'Let me see whether that date is in Google News Archive.'],
      [140, 'l', "The Sentinel for 1971 is in Google News Archive (news.google.com/newspapers), but the January issues are missing there; we have them on microfilm here. I'll pull the reel tomorrow morning and e-mail you a copy of the notice. What address should I send it to?"],
      [180, 'p', 'wszy.family@example.org'],
      [186, 'l', "Thanks! I'll send it to wszy.family@example.org by tomorrow at noon. Have a good night!"],
      [200, 'p', 'you too'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },

  // ---- vital records, church records, record offices: referrals -----------------------------------------------------
  {
    name: 'death certificate: FamilySearch collection as the source, then "contact the Ohio Department of Health\'s Office of Vital Statistics at 614-555-0193 or odh.ohio.gov": referral passes',
    lines: [
      [0, 'p', 'how do i get a copy of my great-grandmothers death certificate, she died in Columbus in 1931'],
      [30, 'l', "Hi, this is Jordan at Columbus Metropolitan Library's genealogy chat. Do you need a certified copy for legal use, or a copy for family history?"],
      [75, 'p', 'just family history'],
      [82, 'l', "For family history, Ohio death certificates from 1908-1953 are free to view at familysearch.org/search/collection/1307272, searchable by name. If you later need a certified copy, contact the Ohio Department of Health's Office of Vital Statistics at 614-555-0193 or odh.ohio.gov/vitalstatistics. Did that help?"],
      [130, 'p', "yes thank you, that's all"],
      [136, 'l', 'Great! Good luck with your research, and come back anytime.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "I'd suggest visiting Lancaster History's research library" tells the patron to visit an organisation: a referral
    name: 'state library: church records in a printed set (call number) and "I\'d suggest visiting Lancaster History\'s research library" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'My ancestors were Lutherans in Lancaster County PA in the 1780s, where would baptism records be?'],
      [25, 'l', "Hi! I'm Beth, a reference librarian at the State Library of Pennsylvania. Do you know the name of the congregation or the township?"],
      [70, 'p', 'Trinity Lutheran in Lancaster city I believe'],
      [78, 'l', 'Thanks, let me check a couple of sources.'],
      [170, 'l', "Trinity's early registers were abstracted in 'Pennsylvania German Church Records', a three-volume set we hold at call number F160.G3 P46. For the original registers I'd suggest visiting Lancaster History's research library; they have the church's books on microfilm. Does that get you started?"],
      [230, 'p', 'yes, great'],
      [236, 'l', 'Wonderful. Is there anything else I can look up for you?'],
      [260, 'p', 'no, thanks for the help'],
      [266, 'l', 'My pleasure, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'academic special collections: finding aid URL with box and folder, "you\'d need to visit Special Collections (3rd floor…; e-mail, phone)": referral passes',
    lines: [
      [0, 'p', "Hi, I'm a grad student looking for letters from the Kessler family in the 1890s, someone said your special collections has them"],
      [20, 'l', "Hello, welcome to Ask Us at the University of Iowa Libraries. I'm Tomás. Are these the Kessler family of Iowa City, the brewers?"],
      [60, 'p', 'yes those ones'],
      [65, 'l', 'Checking the finding aids now.'],
      [130, 'l', "The Kessler Family Papers (MsC 412) finding aid is at aspace.lib.uiowa.edu/repositories/2/resources/1187; Series 2, Box 4, folders 10-14 hold the correspondence 1888-1899. They aren't digitized, so you'd need to visit Special Collections (3rd floor, Main Library; lib-spec@uiowa.edu, 319-555-0110) and request the boxes two days ahead. Is that what you were looking for?"],
      [180, 'p', "Perfect, that is exactly it. That's all for now"],
      [185, 'l', 'Glad it is there! Thank you for using Ask Us, and good luck with the dissertation.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish: acta de nacimiento de Puerto Rico, "comuníquese con el Registro Demográfico … pr.gov o 787-555-0140": referral passes',
    lines: [
      [0, 'p', 'Hola, busco el acta de nacimiento de mi abuelo, nació en Ponce en 1922'],
      [30, 'l', '¡Hola! Le atiende Marisol, bibliotecaria de la Biblioteca Pública de Nueva York. ¿La necesita para un trámite oficial o para su árbol genealógico?'],
      [80, 'p', 'para el árbol nada más'],
      [88, 'l', 'Un momento, por favor, reviso las colecciones digitalizadas.'],
      [170, 'l', 'Los registros civiles de Puerto Rico de 1885 a 2001 están gratis en familysearch.org/search/collection/1682798; busque por nombre y municipio (Ponce). Si necesita una copia certificada, comuníquese con el Registro Demográfico en prd.pr.gov o al 787-555-0140. ¿Le sirve esta información?'],
      [230, 'p', 'sí, muchísimas gracias, eso era todo'],
      [236, 'l', '¡Con mucho gusto! Gracias por comunicarse con la biblioteca. ¡Que tenga buena tarde!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'UK record office: "Do pop into the Derbyshire Record Office…" with its website, "Is that any use?", "Cheers, ta-ra": referral passes',
    lines: [
      [0, 'p', 'Hiya, trying to trace my 3x great grandad, a lead miner in Wirksworth about 1840'],
      [35, 'l', "Hello, you're through to Ask a Librarian at Derbyshire Libraries, I'm Gill. Do you know if he was baptised or married in Wirksworth, or just living there?"],
      [85, 'p', 'married there 1838 i think, to a Hannah Slack'],
      [95, 'l', 'Lovely, bear with me while I have a look.'],
      [180, 'l', 'The 1841 census for Wirksworth is on Ancestry Library Edition, free on our PCs; and the parish registers are at the Record Office. Do pop into the Derbyshire Record Office in Matlock (recordoffice.derbyshire.gov.uk) and ask for the Wirksworth St Mary registers, D1532. Is that any use?'],
      [240, 'p', "brilliant, that's everything i needed"],
      [246, 'l', 'Cheers, ta-ra for now and happy hunting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Canada: Library and Archives Canada database for a CEF soldier, then "call the Provincial Archives of New Brunswick at 506-555-0122" for his marriage: referral passes',
    lines: [
      [0, 'p', 'good afternoon, my grandfather served in WW1 from New Brunswick, where do I find his service file'],
      [45, 'l', 'Good afternoon! This is Luc with Saint John Free Public Library. What was his name, and do you have a date of birth?'],
      [100, 'p', 'Arthur Leblanc, born 1897 in Shediac'],
      [108, 'l', 'Searching the Personnel Records database now, one moment.'],
      [200, 'l', "His file is digitized: Personnel Records of the First World War at recherche-collection-search.bac-lac.gc.ca, search 'Leblanc, Arthur' with regimental number 817734. For his 1921 marriage record, call the Provincial Archives of New Brunswick at 506-555-0122. Does that help?"],
      [260, 'p', 'yes very much, that is all thanks'],
      [266, 'l', 'You are welcome! Thanks for contacting the library.'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- the patron goes quiet ------------------------------------------------------------------------------------------
  {
    name: 'house history: Sanborn sheets after two holds, patron quiet (idle 210 s from the answer, ending at a goodbye-notice): check-in and notice pass',
    lines: [
      [0, 'p', 'hello, trying to figure out when my house was built. 1127 W Grace St Richmond VA'],
      [30, 'l', "Hi there! This is Kendra with the Library of Virginia's Ask a Librarian service. Do you know if the house is older than 1920, or is that what you're trying to find?"],
      [80, 'p', 'thats what im trying to find, the city says 1920 but i think its older'],
      [90, 'l', 'Good instinct, city dates are often guesses. One moment while I pull up the Sanborn maps.'],
      [180, 'l', 'Still looking, the 1905 sheets are slow to load.'],
      [250, 'l', "The 1905 Sanborn map (Richmond vol. 2, sheet 187) already shows a two-story dwelling at 1127 W Grace, so it's older than 1920. You can see it in the Sanborn Maps collection at lva.virginia.gov > Collections > Sanborn Maps. Does that help?"],
      [400, 'l', 'Are you still there?'],
      [460, 'l', "It looks like you've been disconnected, so I'll close this chat. Thanks for contacting the Library of Virginia!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: '1950 census: patron quiet for 200 s after the answer, only "Hi, are you still with me?": check-in passes, notice fails, no goodbye',
    lines: [
      [0, 'p', 'do you have the 1950 census for Tulsa'],
      [25, 'l', "Hi, you've reached Tulsa City-County Library's Research Center; I'm Alan. Are you looking for a specific person or household?"],
      [60, 'p', 'my grandparents, Earl and Ruby Tinsley'],
      [70, 'l', 'The 1950 census is free at 1950census.archives.gov, searchable by name and state. Earl Tinsley in Tulsa is in ED 72-143, sheet 11, line 14, with Ruby and two children. Is that your family?'],
      [205, 'l', 'Hi, are you still with me?'],
    ],
    over: { endAfter: 65 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Take your time" is not a hold (Terms), so waiting on the patron, and the final idle, begin there
    name: '"Take your time going through the images, I\'ll be right here." is no hold: the final idle (205 s) starts there; check-in and notice pass',
    lines: [
      [0, 'p', 'Hi, I want to see the 1880 census page for my family in Galveston'],
      [30, 'l', "Hello! This is Irene at Rosenberg Library's Galveston and Texas History Center. What's the head of household's name?"],
      [70, 'p', 'Heinrich Schreiber'],
      [80, 'l', 'Here it is in HeritageQuest (rosenberg-library.org/databases > HeritageQuest): Galveston, Ward 3, ED 47, page 12, Heinrich Schreiber, 38, baker. Is that the right family?'],
      [130, 'p', 'i think so, let me look through it'],
      [140, 'l', "Take your time going through the images, I'll be right here."],
      [290, 'l', 'Are you still there?'],
      [345, 'l', "Seems you've left the chat, so I'll end it now. Thanks for visiting the Texas History Center!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },

  // ---- transfers --------------------------------------------------------------------------------------------------
  {
    name: 'cooperative to the home library\'s genealogy specialist: note saying why and a visible notice: handoff passes',
    lines: [
      [0, 'p', 'I need help with Hessian soldier records, my ancestor stayed in Frederick after the Revolution'],
      [30, 'l', "Hi! I'm Jo with Maryland's AskUsNow! cooperative. Do you know his name and the regiment?"],
      [75, 'p', 'Johann Adam Hoffmann, not sure of the regiment'],
      [85, 'i', "Lena, patron researching a Hessian soldier who settled in Frederick (Johann Adam Hoffmann, regiment unknown); you have the Maryland Room's HETRINA index, so over to you."],
      [90, 'l', "Our Frederick County genealogy specialist, Lena, is online, so I'm transferring you to her now. One moment!"],
      [95, 's', 'Chat transferred to Lena Ruiz.', sys('transfer', 'lruiz')],
      [130, 'l', "Hi, Lena here at Frederick County Public Libraries' Maryland Room. The HETRINA index lists a Johann Adam Hofmann in the Regiment von Knyphausen; it is searchable at lagis-hessen.de/en/subjects/index/sn/hetrina. Does that match your family's story?", LENA],
      [180, 'p', "yes! knyphausen rings a bell. that's all i needed"],
      [186, 'l', 'Wonderful! Thanks for chatting, and good luck.', LENA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'transfer to the archivist with a visible notice but no internal note: handoff fails',
    lines: [
      [0, 'p', 'Do you have the minutes of the Belmont town meetings from the 1800s'],
      [25, 'l', 'Hello, this is Jo at Belmont Public Library. Which decade do you need?'],
      [60, 'p', '1850s, about the new cemetery'],
      [70, 'l', "Our archivist Omar handles the town records, so I'm passing you over to him. One moment please."],
      [75, 's', 'Chat transferred to Omar Haddad.', sys('transfer', 'ohaddad')],
      [120, 'l', 'Hi, Omar here. The town meeting minutes 1850-1859 are digitized in our Digital Archive at belmontpubliclibrary.net/archives, volume 4; the cemetery vote is on page 212 (March 1856). Does that answer your question?', OMAR],
      [170, 'p', 'yes, thats all, thanks'],
      [175, 'l', 'Thank you for contacting the library!', OMAR],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- follow-ups: contact and time -------------------------------------------------------------------------------
  {
    name: "follow-up by patron's library: \"someone from the Maryland Room will e-mail you within 3 business days\", e-mail on record confirmed in the chat (\"still the best address?\" / \"yes\"), done in 50 h",
    lines: [
      [0, 'p', "I'm looking for land records for a farm near Emmitsburg from the 1850s"],
      [40, 'l', 'Hello! This is Jo with the AskUsNow! cooperative. Do you know the owner\'s name, or only the location?'],
      [90, 'p', 'the owner was Jacob Shorb'],
      [100, 'l', 'One moment while I look.'],
      [180, 'l', 'Maryland land records are free at mdlandrec.net (register for an account); Frederick County deeds of the 1850s are under liber ES. To trace the farm through several deeds, someone from the Maryland Room at your library will e-mail you a deed chain within 3 business days. Is kshorb@example.org still the best address?'],
      [230, 'p', 'yes it is'],
      [236, 'l', 'Great. Does that cover what you needed for now?'],
      [270, 'p', "yes that's all, thank you"],
      [276, 'l', 'Thanks for using AskUsNow!, goodbye.'],
    ],
    over: { ...FU_LIB, patron: { name: 'K. Shorb', email: 'kshorb@example.org', phone: null }, followUps: doneAfter(281, 50, 'fcpl') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'follow-up by me: "I\'ll get back to you once I hear from the county archives" with the e-mail given: no time, contact fails; recorded 80 h later: on_time fails',
    lines: [
      [0, 'p', 'I need the naturalization papers for my great-grandmother, Anna Novak, Cuyahoga County, around 1925'],
      [30, 'l', 'Hi, this is Jo at Cleveland Public Library. Do you know whether she filed in the county court or the federal court?'],
      [80, 'p', 'no idea sorry'],
      [88, 'l', "No problem, let me check the index."],
      [170, 'l', "The Cuyahoga County Archives' naturalization index at archives.cuyahogacounty.us lists an Anna Novak, declaration 1924, but the certificate isn't online. I've asked the archives for the file; I'll get back to you once I hear from them. What e-mail should I use?"],
      [220, 'p', 'anna.family@example.org'],
      [226, 'l', 'Thanks, got it. Anything else I can help with?'],
      [250, 'p', 'no thanks'],
      [256, 'l', 'Have a great evening!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(261, 80) },
    // reading: a way to reach the archives is given, but asking them is the provider's doing, no referral
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'chat-speak: yearbook photo to be texted, cell given in the chat, "ill text u a pic of the page tmrw by noon", done in 20 h',
    lines: [
      [0, 'p', 'hey do u guys have the 1994 central high yearbook?? my mom is in it'],
      [20, 'l', "hi! this is Jo @ Springfield-Greene County Library's local history dept. what's your mom's name back then?"],
      [50, 'p', 'tracy dunn'],
      [58, 'l', 'ok checking the shelf list 1 sec'],
      [110, 'l', "yep, we have the 1994 Central High 'Bulldog' in the Local History room (thelibrary.org/lochist). it's not digitized yet tho. want me to snap a pic of her page?"],
      [140, 'p', 'yes plz!! my cell is 417-555-0148'],
      [146, 'l', "cool, 417-555-0148. ill text u a pic of the page tmrw by noon. anything else?"],
      [170, 'p', 'nope thats it ty!!'],
      [175, 'l', 'np, thanks for chatting!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(180, 20) },
    // reading: "want me to snap a pic?" offers what is not yet given: no completeness question
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },

  // ---- dismissals and near misses ---------------------------------------------------------------------------------
  {
    name: 'dismissal: "We only allow 15 minutes per patron for genealogy questions, so I need to end the chat here." without a way back: fails',
    lines: [
      [0, 'p', 'Can you help me find my family in the 1870 and 1880 censuses? Names are Ezekiel and Martha Pruitt, Georgia'],
      [30, 'l', 'Hi, this is Jo at Atlanta-Fulton Public Library. Which county in Georgia?'],
      [70, 'p', 'Coweta, maybe Heard'],
      [78, 'l', 'One moment.'],
      [160, 'l', 'The 1870 census has Ezekiel Pruitt in Coweta County, Newnan, page 44, on FamilySearch (familysearch.org). Does that help?'],
      [220, 'p', 'yes! can you look for 1880 too and their kids?'],
      [230, 'l', 'We only allow 15 minutes per patron for genealogy questions, so I need to end the chat here.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'near miss: "Other patrons are waiting, so I need to wrap up; for the 1880 part, please come back anytime or e-mail genealogy@…" passes',
    lines: [
      [0, 'p', 'Can you help me find my family in the 1870 and 1880 censuses? Names are Ezekiel and Martha Pruitt, Georgia'],
      [30, 'l', 'Hi, this is Jo at Atlanta-Fulton Public Library. Which county in Georgia?'],
      [70, 'p', 'Coweta, maybe Heard'],
      [78, 'l', 'One moment.'],
      [160, 'l', 'The 1870 census has Ezekiel Pruitt in Coweta County, Newnan, page 44, on FamilySearch (familysearch.org). Does that help?'],
      [220, 'p', 'yes! can you look for 1880 too and their kids?'],
      [230, 'l', 'Other patrons are waiting, so I need to wrap up this chat. Please come back anytime for the 1880 search, or e-mail our genealogy desk at genealogy@afpls.example.org. Thank you for chatting!'],
    ],
    // reading: "e-mail our genealogy desk at …" tells the patron to write to the library's own department: a referral with its contact
    exp: usual({ anything: 'fail', referral: 'pass' }),
  },

  // ---- openings ---------------------------------------------------------------------------------------------------
  {
    name: 'late pickup (95 s) and an opening that names no one ("Hi there! What county are you researching?"), then "Checking now." : pickup and greeting fail',
    lines: [
      [0, 'p', 'where can I find probate records for Knox County Tennessee 1840s'],
      [95, 'l', 'Hi there! What county are you researching?'],
      [120, 'p', 'Knox like I said'],
      [126, 'l', 'Sorry! Checking now.'],
      [200, 'l', "Knox County wills and inventories 1792-1900 are digitized in the Knox County Archives' collection at knoxcounty.org/archives/wills; the 1840s are in Will Book 8. Does that answer your question?"],
      [250, 'p', "yes that's all"],
      [256, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail' }),
  },
  {
    name: 'Lost Call: one patron message, the provider greets and asks; patron gone; coded Lost Call: information checks na',
    lines: [
      [0, 'p', 'do you have ship passenger lists from the 1880s'],
      [25, 'l', 'Hello, this is Jo at the Baltimore County Public Library. Which port did your ancestor arrive at?'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 40 },
    // reading: a clarifying question counts as a substantive exchange (Terms), so info checks apply; the final idle is 40 s
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' }),
  },
  {
    name: 'practice session about an obituary: every check na',
    lines: [
      [0, 'p', 'test: obituary for John Smith 1950?'],
      [20, 'l', 'Hi, Jo here testing the genealogy macro. See the obituary index at example.org/obits.'],
    ],
    over: { resolutionCode: 'Practice' },
    exp: ALL_NA,
  },
  {
    name: 'obituary request, patron says only "ok thanks", no anything-else question; closing thanks: anything fails',
    lines: [
      [0, 'p', 'Looking for the obituary of Lorraine Beck, died 2003 in Erie PA'],
      [30, 'l', 'Hello! Thanks for contacting the Erie County Public Library, my name is Nate. Do you know the month?'],
      [60, 'p', 'August I think'],
      [68, 'l', 'Let me search the Erie Times-News index.'],
      [130, 'l', "Lorraine M. Beck's obituary ran in the Erie Times-News on August 14, 2003, page 5B; you can read it in NewsBank's America's News at eriecountypubliclibrary.org/research with your card. Is that her?"],
      [180, 'p', 'ok thanks'],
      [186, 'l', 'You are welcome, thanks for using Ask a Librarian!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

const START: Line[] = [
  [0, 'p', 'hi, im looking for my grandfathers obituary from 1962 in Toledo'],
  [25, 'l', "Hello, this is Jo at Toledo Lucas County Public Library's Local History department. What was his name?"],
  [60, 'p', 'Frank Ostrowski'],
];
const ANSWER: Line = [70, 'l', 'His obituary ran in the Toledo Blade on May 2, 1962, page 18; the Blade is in Google News Archive at news.google.com/newspapers. Is that him?'];

export const short: SessionCase[] = [
  // ---- holds and waits --------------------------------------------------------------------------------------------
  {
    name: '"I\'m going to go pull the 1962 reel, back shortly." is a hold: the 140 s after it fail keep_informed',
    lines: [...START, [66, 'l', "I'm going to go pull the 1962 reel, back shortly."], [206, 'l', 'Found it: Toledo Blade, May 2, 1962, page 18. A copy is in Google News Archive at news.google.com/newspapers. Is that him?'], [240, 'p', 'yes thats all'], [244, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'Spanish hold "Un momento, estoy revisando el índice de defunciones." then 150 s of silence: keep_informed fails',
    lines: [[0, 'p', 'busco el obituario de mi tía Rosa Méndez, murió en El Paso en 1989'], [25, 'l', 'Hola, soy Jo de la Biblioteca Pública de El Paso. ¿Sabe el mes?'], [60, 'p', 'en junio'], [68, 'l', 'Un momento, estoy revisando el índice de defunciones.'], [218, 'l', 'Salió en el El Paso Times el 12 de junio de 1989, página 4B; puede verlo en elpasolibrary.org/genealogia. ¿Es ella?'], [250, 'p', 'sí, eso era todo'], [255, 'l', '¡Gracias, adiós!']],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: a partial result that says the search goes on is a hold; the patron's "ok" during the wait restarts nothing
    name: 'holds every 90-100 s, one a partial result ("That\'s 1910 done; still working on 1920."), a patron "ok" between: keep_informed passes',
    lines: [...START, [66, 'l', 'Searching the census for the family too, hang on.'], [160, 'l', "I've got them in 1910, Lagrange St. That's 1910 done; still working on 1920."], [200, 'p', 'ok'], [255, 'l', '1920: same street, Frank is 12. Both are in HeritageQuest Online (toledolibrary.org/databases). Does that help?'], [290, 'p', 'yes thats everything'], [295, 'l', 'Bye, happy hunting!']],
    exp: some({ informed: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: 'last messages are holds 90 s apart ("Still scrolling through the 1880 reels, hang tight."): no final idle, span still open not counted',
    lines: [...START, [66, 'l', 'Let me look through the microfilm index.'], [150, 'l', 'Still scrolling through the 1962 reels, hang tight.'], [240, 'l', 'Still at it, May is a long month!']],
    over: { endAfter: 200 },
    exp: some({ informed: 'pass', idle: 'na', disconnect: 'na' }),
  },

  // ---- completeness -----------------------------------------------------------------------------------------------
  {
    name: '"Is that the Ellen Hartley you\'re looking for?" after the found record: completeness passes',
    lines: [[0, 'p', 'need the 1940 census for ellen hartley, asheville nc'], [20, 'l', 'Hi, Jo at Pack Memorial Library here. Do you know her age in 1940?'], [50, 'p', 'about 20'], [60, 'l', "1940 census, Asheville, ED 11-27, sheet 5B: Ellen Hartley, 19, stenographer, at archives.gov/research/census/1940. Is that the Ellen Hartley you're looking for?"], [100, 'p', 'yes!'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Would you like me to look in the 1930 census as well?" offers more: completeness fails',
    lines: [[0, 'p', 'need the 1940 census for ellen hartley, asheville nc'], [20, 'l', 'Hi, Jo at Pack Memorial Library here. Do you know her age in 1940?'], [50, 'p', 'about 20'], [60, 'l', '1940 census, Asheville, ED 11-27, sheet 5B: Ellen Hartley, 19, stenographer, at archives.gov/research/census/1940. Would you like me to look in the 1930 census as well?'], [100, 'p', 'no thats fine'], [106, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Let me know if that\'s the right family." after the answer: completeness passes',
    lines: [...START, [70, 'l', "The 1962 obituary is in the Toledo Blade, May 2, page 18, at news.google.com/newspapers. Let me know if that's the right family."], [120, 'p', 'it is, thanks, thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Do you know whether he was buried at Calvary?" after the answer asks about the need, not whether it was met: completeness fails',
    lines: [...START, [70, 'l', 'The Blade ran his obituary on May 2, 1962, page 18 (news.google.com/newspapers). Do you know whether he was buried at Calvary?'], [120, 'p', 'yes he was. thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },

  // ---- anything else and patrons who are done ----------------------------------------------------------------------
  {
    name: '"Any other ancestors I can help you chase down today?" asks for anything else: passes',
    lines: [...START, ANSWER, [110, 'p', 'yes that is him'], [116, 'l', 'Any other ancestors I can help you chase down today?'], [150, 'p', 'not today'], [155, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'patron: "That\'s all I needed for now, you\'ve been amazing": anything passes',
    lines: [...START, ANSWER, [110, 'p', "That's all I needed for now, you've been amazing"], [116, 'l', 'Happy to help!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: patron only "ok great thanks" and the provider asks nothing: anything fails',
    lines: [...START, ANSWER, [110, 'p', 'ok great thanks'], [116, 'l', 'You are welcome!']],
    exp: some({ anything: 'fail' }),
  },

  // ---- sources ----------------------------------------------------------------------------------------------------
  {
    // reading: Chronicling America is a named digitised collection, a named resource
    name: 'a digitised collection named without URL ("search Chronicling America for the Toledo papers") is a source',
    lines: [...START, [70, 'l', "The Blade for 1962 isn't free online, but you could search Chronicling America for older Toledo papers. Is that enough to go on?"], [110, 'p', 'ok thats all'], [115, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: an organisation named with no way to reach it, and no instruction to contact or visit it: no source, no referral
    name: 'near miss: "The county historical society might have that." names an organisation only: source fails, no referral',
    lines: [...START, [70, 'l', 'Hmm, the county historical society might have that.'], [110, 'p', 'ok thanks'], [115, 'l', 'Bye!']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: 'a scanning request form: "fill out the request at toledolibrary.org/scanrequest ($5 a page)" is a source',
    lines: [...START, [70, 'l', 'We can scan it for you: fill out the request at toledolibrary.org/scanrequest ($5 a page, about two weeks). Does that work for you?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: a restatement ending in a full stop still restates the question ("so you need…")
    name: 'a restatement before the source ("So you\'re trying to find the ship manifest for his arrival around 1907?") clarifies',
    lines: [[0, 'p', 'my great-grandpa came from Sicily to New Orleans around 1907, how do i find which ship'], [25, 'l', "Hi! Jo at New Orleans Public Library's Louisiana Division here. So you're trying to find the ship manifest for his arrival around 1907."], [60, 'p', 'yes'], [66, 'l', 'New Orleans passenger lists 1820-1945 are in Ancestry Library Edition, free at any NOPL branch (nolalibrary.org/databases). Did that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: the source comes before any question ("Try FamilySearch at familysearch.org. What year did she die?"): clarify fails',
    lines: [[0, 'p', 'how do i find my grandmothers death record in michigan'], [25, 'l', 'Hi, Jo at the Library of Michigan. Michigan death records 1897-1952 are at familysearch.org.'], [40, 'l', 'What year did she die?'], [70, 'p', '1948'], [76, 'l', 'Then she is in that collection. Does that help?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'fail' }),
  },

  // ---- referrals --------------------------------------------------------------------------------------------------
  {
    name: 'referral with a postal address only: "write to the Lucas County Probate Court, 700 Adams St, Toledo OH 43604" passes',
    lines: [...START, [70, 'l', "The Blade notice doesn't name his parents. For the estate file, write to the Lucas County Probate Court, 700 Adams St, Toledo OH 43604. Does that help?"], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: a named specialist the patron is told to ask: a referral, here without a way to reach her
    name: 'referral to a named volunteer without contact: "ask for Marge, our genealogy volunteer, on Tuesday afternoons" fails',
    lines: [...START, ANSWER, [110, 'p', 'yes! how do i find his parents?'], [116, 'l', 'For that, ask for Marge, our genealogy volunteer; she is in on Tuesday afternoons.'], [150, 'p', 'ok thats all'], [155, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'staff asked on the patron\'s behalf ("I\'ll check with our archivist and e-mail you by Friday") is no referral; coded Answered: code fails',
    lines: [...START, ANSWER, [110, 'p', 'yes! is there a funeral home record too?'], [116, 'l', "I'll check with our archivist about the funeral home ledgers and e-mail you by Friday at fostrowski@example.org, the address on your account. Anything else?"], [150, 'p', 'no thats all'], [155, 'l', 'Bye!']],
    exp: some({ referral: 'na', code: 'fail', contact: 'pass' }),
  },
  {
    name: 'referral with a URL and phone: "For his will, contact the Lucas County Probate Court at probatect.co.lucas.oh.us or 419-555-0175." passes',
    lines: [...START, ANSWER, [110, 'p', 'yes! and his will?'], [116, 'l', 'For his will, contact the Lucas County Probate Court at probatect.co.lucas.oh.us or 419-555-0175.'], [150, 'p', 'ok thats all'], [155, 'l', 'Bye!']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: the probate court\'s online index (a database the court publishes) is a source, not a referral',
    lines: [...START, ANSWER, [110, 'p', 'yes! and his will?'], [116, 'l', "The Lucas County Probate Court's online estate index (probatect.co.lucas.oh.us/search) lists estates from 1835 on; search his surname."], [150, 'p', 'ok thats all'], [155, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },

  // ---- follow-up contact and time ---------------------------------------------------------------------------------
  {
    name: 'follow-up promise with the e-mail only on record and never mentioned: contact fails',
    lines: [...START, ANSWER, [110, 'p', 'yes, can you get the page for me?'], [116, 'l', "Sure, I'll pull the reel and send you a scan of the page by the end of day Monday."], [150, 'p', 'thank you thats all'], [155, 'l', 'Bye!']],
    over: { ...FU_ME, patron: { name: null, email: 'fo@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'e-mail read back as a question ("I have your email as r.ortiz@example.org, is that right?") and "within two business days": contact passes',
    lines: [...START, ANSWER, [110, 'p', 'yes, can you get the page for me?'], [116, 'l', "Yes, I'll scan it from the microfilm. I have your email as r.ortiz@example.org, is that right?"], [140, 'p', 'yep'], [146, 'l', "Great, you'll get the scan within two business days. Anything else?"], [170, 'p', 'no thats all'], [175, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    name: '"I\'ll e-mail the index pages to you tonight" after the patron gave the address: contact passes',
    lines: [...START, ANSWER, [110, 'p', 'yes, could you email me the funeral home index page too? its mo.ostrowski@example.org'], [116, 'l', "I'll e-mail the index pages to you tonight. Anything else?"], [150, 'p', 'no thats all'], [155, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'phone confirmed but "I\'ll be in touch when the scans are ready" gives no time: contact fails',
    lines: [...START, ANSWER, [110, 'p', 'yes, can you scan it for me? call me at 419-555-0166'], [116, 'l', "Will do, 419-555-0166. I'll be in touch when the scans are ready."], [150, 'p', 'ok thats all'], [155, 'l', 'Bye!']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: "coded Follow-up by patron's library with no contact anywhere: code fails",
    lines: [...START, ANSWER, [110, 'p', 'yes, thats all'], [115, 'l', 'Bye!']],
    over: FU_LIB,
    exp: some({ code: 'fail', contact: 'fail' }),
  },

  // ---- greetings, goodbyes, idles, dismissals ---------------------------------------------------------------------
  {
    name: '"Good evening, you\'ve reached the Ask a Librarian service at the State Library of Pennsylvania." greets and identifies',
    lines: [[0, 'p', 'do you have Pennsylvania German church records'], [20, 'l', "Good evening, you've reached the Ask a Librarian service at the State Library of Pennsylvania. Which county?"], [60, 'p', 'berks'], [66, 'l', 'See our Berks County guide at statelibrary.pa.gov/genealogy. Did that help?'], [90, 'p', 'yes thats all'], [95, 'l', 'Bye!']],
    exp: some({ greeting: 'pass' }),
  },
  {
    // reading: "Happy researching!" closing the chat is a goodbye (as the tenth round read "Good luck on the test!")
    name: '"Happy researching!" as the last message: courteous passes',
    lines: [...START, ANSWER, [110, 'p', 'yes thats him, thats all'], [115, 'l', 'Happy researching!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    name: '"Still with me? Let me know if the link works." in a final idle of 160 s: check-in passes',
    lines: [...START, ANSWER, [200, 'l', 'Still with me? Let me know if the link works.']],
    over: { endAfter: 30 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'dismissal: "Genealogy questions take too long for chat, so I\'m going to stop here." fails',
    lines: [...START, ANSWER, [110, 'p', 'yes! and his parents, were they in the 1920 census?'], [116, 'l', "Genealogy questions take too long for chat, so I'm going to stop here."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'near miss: "This needs more time than chat allows; e-mail our local history desk at localhistory@… and they\'ll dig in." gives a way on: no dismissal',
    lines: [...START, ANSWER, [110, 'p', 'yes! and his parents, were they in the 1920 census?'], [116, 'l', "This needs more time than chat allows; e-mail our local history desk at localhistory@toledolibrary.example.org and they'll dig in."]],
    exp: some({ dismissal: 'pass', referral: 'pass' }),
  },

  // ---- near misses and other wordings for this round's widenings ---------------------------------------------------
  {
    name: '"I\'m gonna go fetch the city directory, back in a couple of minutes." is a hold: the 140 s after it fail keep_informed',
    lines: [...START, [66, 'l', "I'm gonna go fetch the 1962 city directory, back in a couple of minutes."], [206, 'l', 'The 1962 Polk directory lists Frank Ostrowski at 1411 Lagrange St; his obituary is in the Blade, May 2, page 18 (news.google.com/newspapers). Is that him?'], [240, 'p', 'yes thats all'], [244, 'l', 'Bye!']],
    exp: some({ informed: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll go pull the reel tomorrow morning and e-mail you a copy" is later work, no hold: the final idle (200 s) starts there, no check-in or notice',
    lines: [...START, ANSWER, [110, 'p', 'yes! can i get a copy? fo@example.org'], [116, 'l', "I'll go pull the reel tomorrow morning and e-mail you a copy at fo@example.org by noon."]],
    over: { ...FU_ME, endAfter: 200 },
    exp: some({ idle: 'fail', disconnect: 'fail', contact: 'pass' }),
  },
  {
    name: 'near miss: "it\'s due back shortly" is about a book, no hold: the final idle (200 s) starts there',
    lines: [...START, ANSWER, [110, 'p', 'yes! do you have the book about the Lagrange St neighborhood?'], [116, 'l', "It's checked out, but it's due back shortly; you can place a hold at toledolibrary.org/catalog."]],
    over: { endAfter: 200 },
    exp: some({ idle: 'fail', disconnect: 'fail' }),
  },
  {
    name: '"Do those dates match what your grandmother told you?" after the answer: completeness passes',
    lines: [...START, [70, 'l', 'The Blade ran his obituary on May 2, 1962 (news.google.com/newspapers): born 1899 in Poznań, came to Toledo in 1913. Do those dates match what your grandmother told you?'], [120, 'p', 'yes they do! thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'pass' }),
  },
  {
    // reading: asking the patron to compare their own evidence asks about the need, not whether the answer met it
    name: 'near miss: "Does the name on his headstone match the census spelling?" after the answer: completeness fails',
    lines: [...START, [70, 'l', 'The 1930 census (archives.gov/research/census) spells it Ostrowsky. Does the name on his headstone match the census spelling?'], [120, 'p', 'no its with an i. thats all'], [125, 'l', 'Bye!']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'near miss: "Does that match the name on your library card?" before any source asks about the patron\'s account: clarify passes',
    lines: [[0, 'p', 'the obituary database says my login is wrong, my name is Pat Ostrowski'], [20, 'l', "Hi, Jo at Toledo Lucas County Public Library. Does that match the name on your library card?"], [50, 'p', 'no its Patricia'], [56, 'l', 'Then log in as Patricia at toledolibrary.org/obits with your card number. Did that work?'], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'pass' }),
  },
  {
    name: '"Is there another relative we could look for while you\'re here?" asks for anything else: passes',
    lines: [...START, ANSWER, [110, 'p', 'yes that is him'], [116, 'l', "Is there another relative we could look for while you're here?"], [150, 'p', 'no'], [155, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Any other records I can check for him?" offers more on the same need: anything fails',
    lines: [...START, ANSWER, [110, 'p', 'yes that is him'], [116, 'l', 'Any other records I can check for him?'], [150, 'p', 'no'], [155, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    name: '"ask one of our docents in the Local History Room on Saturdays" is a referral with no way to reach them: fails',
    lines: [...START, ANSWER, [110, 'p', 'yes! how do i find his house?'], [116, 'l', 'For the house, ask one of our docents in the Local History Room on Saturdays.'], [150, 'p', 'ok thats all'], [155, 'l', 'Bye!']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Our genealogy volunteers indexed these obituaries (toledolibrary.org/obits)." tells the patron to contact no one: referral na',
    lines: [...START, [70, 'l', 'Our genealogy volunteers indexed these obituaries: toledolibrary.org/obits lists Frank Ostrowski, Blade, May 2, 1962, p. 18. Is that him?'], [110, 'p', 'yes thats all'], [115, 'l', 'Bye!']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Looks like you\'ve wandered off from the chat, so I\'ll close it for now." with a check-in (idle 200 s): notice passes',
    lines: [...START, ANSWER, [180, 'l', 'Still there?'], [270, 'l', "Looks like you've wandered off from the chat, so I'll close it for now. Come back anytime!"]],
    exp: some({ idle: 'pass', disconnect: 'pass' }),
  },
  {
    name: 'near miss: "It looks like you\'ve stepped away; if the chat window froze, close it and reopen the link." does not say the chat will end: notice fails',
    lines: [...START, ANSWER, [180, 'l', 'Still there?'], [270, 'l', "It looks like you've stepped away; if the chat window froze, close it and reopen the link."]],
    over: { endAfter: 10 },
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'a choice before any source, "Have you already checked the deed index, or is that what you\'re hoping to find?", clarifies',
    lines: [[0, 'p', 'how old is my house, 88 Elm St, Marietta OH'], [20, 'l', "Hi, Jo at Washington County Public Library's local history room. Have you already checked the county's deed index, or is that what you're hoping to find?"], [60, 'p', 'havent checked anything'], [66, 'l', "The county recorder's online deed index (washingtongov.org/recorder) goes back to 1789; the 1899 Sanborn map is in the Library of Congress' Sanborn collection at loc.gov/collections/sanborn-maps. Does that help?"], [100, 'p', 'yes thats all'], [105, 'l', 'Bye!']],
    exp: some({ clarify: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Is that what you\'re trying to find?" after the source, no question before it: clarify fails, completeness passes',
    lines: [[0, 'p', 'how old is my house, 88 Elm St, Marietta OH'], [20, 'l', "Hi, Jo at Washington County Public Library's local history room. The 1899 Sanborn map at loc.gov/collections/sanborn-maps already shows a brick house at 88 Elm. Is that what you're trying to find?"], [60, 'p', 'yes thats all'], [65, 'l', 'Bye!']],
    exp: some({ clarify: 'fail', complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twelfth round (L3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twelfth round (L3): genealogy, archives and local history, every check', whole);
describeSessions('twelfth round (L3): genealogy and local history, short cases', short);

describeLeft('twelfth-round-history', LEFT);
