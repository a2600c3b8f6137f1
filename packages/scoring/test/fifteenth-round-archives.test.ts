/**
 * Fifteenth round, area (P3): RESEARCH THAT NEEDS SOMEONE ELSE OR MORE TIME. Local history rooms, archives and
 * special collections, genealogy (obituaries, census, land records, vital records, cemetery and military records),
 * interlibrary loan, questions handed to a subject specialist. Follow-up promises and when-to-expect in many shapes
 * ("when she's back on the 3rd", "first thing Monday", "within a couple of business days", "as soon as I hear back",
 * "once the archivist is back", "sometime next week"), the patron's contact confirmed in the chat or only in the
 * patron fields, follow-up codes with and without a promise, referrals to archivists, historical societies,
 * courthouses and records offices with and without a way to reach them, and near misses (offers the patron turns
 * down, "you could email them" against "I'll email you", the ILL system's automatic notices, consulting a colleague
 * inside the chat, a scan sent during the chat).
 * Voices: public libraries (US, Canada), a county history center, academic special collections and subject
 * liaisons, the statewide cooperative, SMS and chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room are at the cases; the main ones:
 * - "says when the information will come": a date or a bounded window counts ("when she's back on the 3rd", "first
 *   thing Monday", "within a couple of business days", "sometime next week", "by the end of the week"); a wait on an
 *   event with no time ("as soon as I hear back", "once the archivist is back", "when the reel comes in") does not.
 * - The patron's e-mail typed by the patron in the chat is "given there", even if the provider never repeats it; one
 *   only in `patron.email` (or an SMS number only in `patron.phone`) is not.
 * - "You could email the county archives at …" is advice (a referral with a contact), no promise; "If you want, I
 *   could ask our archivist and email you" turned down by the patron is no promise.
 * - "You'll get an e-mail from the ILL system when the book arrives" is an automatic notice, not a follow-up promise
 *   (v15's reading of hold-shelf notices); "I'll email you an update on the request by Thursday" is a promise.
 * - Asking the archivist inside the chat ("let me ask our archivist, one sec") is consulting staff, no referral and
 *   no follow-up; handing the question to a specialist who will write to the patron is a follow-up, not a referral.
 * - "Ask for the Heritage Room when you come in" tells the patron to visit the library's own department: a referral.
 * - "expect an email Friday" after "I'm handing this off to our specialist", "You will receive the scans from our
 *   digitization team by the 20th", "I'll … and write back", "I'll … tomorrow and get it over to you" promise;
 *   "Write to the clerk …; expect a reply within 10 days", "they will review it and respond", "you will receive the
 *   certificate from the state office" are the agency's replies, no promise.
 * - "order online at oklahoma.gov/…" is a web page to use (a source); "the clerk may also have a copy; their phone is …"
 *   tells the patron to contact no one (no referral); "pídala al Archivo Histórico del Estado" tells them to ask it.
 * - "The county historical society might have something" tells the patron to do nothing: neither source nor
 *   referral (L3's reading); "Old city directories are a good place to start" names no resource: no source.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type SessionCase, some, sys, T0, usual, who } from './helpers';

const HOUR_S = 3600;
const doneAfter = (endSec: number, h: number, by = 'jo') => [{ doneAt: at(endSec + h * HOUR_S), by }];
const BEA = who('Bea Lindqvist', 'blindqvist');

export const whole: SessionCase[] = [
  // ---- handed to an archivist or specialist: contact confirmed, time said -----------------------------------------
  {
    // reading: "when she's back on the 3rd" names the day the answer comes: a when
    name: 'public local history room: the archivist is out, "she\'ll email you when she\'s back on the 3rd", e-mail typed by the patron and read back; recorded after 26 h: all pass but completeness',
    lines: [
      [0, 'p', 'Hi, I am looking for photos of the Boott Mills weave room from the 1920s, my great grandmother worked there'],
      [32, 'l', "Good morning! You've reached the Pollard Memorial Library in Lowell, this is Denise at the reference desk. Are you after photos of the building, or of the workers inside?"],
      [85, 'p', 'inside if possible, the workers'],
      [92, 'l', 'Let me look through what we have digitized, one moment.'],
      [170, 'l', 'Our digitized Lowell mill photos are on Digital Commonwealth (digitalcommonwealth.org, search "Boott Mills"); most are exteriors. The interior shots are in our Local History Room, which only our archivist, Maureen, can pull.'],
      [215, 'p', 'ok can she look?'],
      [224, 'l', "She's out today. If you leave me your email, I'll send your question to her and she'll email you when she's back on the 3rd."],
      [262, 'p', 'great, rcosta.family@example.org'],
      [270, 'l', 'Thanks! I have rcosta.family@example.org. Maureen will write to you on the 3rd. Anything else I can help with today?'],
      [300, 'p', "no that's it, thanks a lot"],
      [306, 'l', "You're welcome, and thanks for contacting the Pollard Memorial Library. Have a great day!"],
    ],
    over: { ...FU_ME, followUps: doneAfter(311, 26, 'maureen') },
    ctx: { now: T0 + 4 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: the e-mail is only in patron.email and never mentioned: not confirmed in the chat
    name: 'genealogy obituary: "I\'ll email you what the microfilm shows first thing Monday" but the e-mail is only on record: contact fails, the code passes, on_time pending',
    lines: [
      [0, 'p', "Hello. I'm trying to find an obituary for Walter Brzezinski who died in Toledo, possibly 1957."],
      [40, 'l', 'Hi Walter, I mean hi there! This is Greg with Toledo Lucas County Public Library. Do you know the month, or where he was buried?'],
      [95, 'p', 'Sorry the name is my grandfathers. It was fall, maybe October. Calvary cemetery'],
      [104, 'l', 'Thanks. Checking our obituary index now.'],
      [180, 'l', 'Our index (toledolibrary.org/obits) has a Walter Brzezinski, Toledo Blade, Oct. 22, 1957, but the index only gives the citation. The page itself is on microfilm downstairs.'],
      [222, 'p', 'can you get the actual obituary?'],
      [230, 'l', "Yes: I'll pull the reel after my shift on the desk and email you what the microfilm shows first thing Monday."],
      [262, 'p', 'wonderful thank you!'],
      [270, 'l', 'My pleasure. Thanks for chatting with us, take care!'],
    ],
    over: { ...FU_ME, patron: { name: 'Ann Brzezinski', email: 'abrz@example.org', phone: null } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: a subject liaison who will write to the patron is a follow-up (the provider's library), not a referral
    name: 'academic: handed to the maps librarian, "expect a reply within a couple of business days", e-mail given earlier in the chat and not repeated; recorded after 60 h: pass',
    lines: [
      [0, 'p', 'hi, i need 18th c. maps of Charleston harbor for my HIST 398 research paper, ideally showing the wharves'],
      [25, 'l', "Hi, welcome to Ask a Librarian at the College of Charleston Libraries! I'm Naomi. Do you need printed maps or are digitized images fine? And what's your due date?"],
      [80, 'p', 'digitized is fine, paper due in 3 wks. my email is tfoster3@example.edu if thats easier'],
      [88, 'l', 'Great, one moment while I search the Lowcountry Digital Library.'],
      [175, 'l', 'The Lowcountry Digital Library (lcdl.library.cofc.edu) has a 1739 "Ichnography of Charles-Town at High Water" that shows the wharves. For more, our Special Collections maps specialist knows the uncatalogued folios.'],
      [220, 'p', 'that would be amazing'],
      [228, 'l', "I'll pass your question to Dr. Okafor in Special Collections. Expect a reply from her within a couple of business days. Is there anything else I can help you with?"],
      [262, 'p', 'no, that covers it. thank you!'],
      [268, 'l', 'Good luck with the paper, and thanks for using Ask a Librarian!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(273, 60, 'okafor') },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "as soon as I hear back" waits on an event with no time: no when
    name: 'county history center: "I\'ll let you know as soon as I hear back from the archivist", phone read back; not recorded and the deadline passed: contact fails, on_time fails',
    lines: [
      [0, 'p', 'Does the history center have the old Bethel Township school census lists? 1910s'],
      [28, 'l', "Hello! Thanks for contacting the Greene County Public Library's Ohio History Room. I'm Carla. Which school district, do you know?"],
      [70, 'p', 'Bethel twp, Clark county actually. maybe Greene has them?'],
      [78, 'l', "Let me check our holdings list, one moment."],
      [160, 'l', "They aren't in our catalog (greenelibrary.info/catalog), but our archivist keeps an uncatalogued box of township records. I'll ask her and let you know as soon as I hear back. What's the best number?"],
      [205, 'p', '937-555-0172'],
      [212, 'l', "Got it, 937-555-0172. Talk soon, and thank you for contacting us!"],
    ],
    over: { ...FU_ME },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'fail' }),
  },
  {
    name: 'promise in the chat ("I\'ll ring you by Friday with what the deed books show") but coded Answered: the code fails; contact passes (phone read back), on_time pending',
    lines: [
      [0, 'p', 'hi, who owned the farm at 4410 Mill Creek Rd before 1940? doing a house history'],
      [30, 'l', "Hi there, this is Ruth at the Frederick County Public Libraries' Maryland Room. Do you know the tax map or parcel number?"],
      [82, 'p', 'parcel 0217, map 45'],
      [90, 'l', 'Thank you, checking the land records index.'],
      [175, 'l', 'MDLANDREC (mdlandrec.net, free account) has the deed index back to 1790; parcel 0217 traces to a 1946 deed that refers back to "Liber 412, folio 88", which is not scanned. I can look at our microfilmed deed books tomorrow.'],
      [220, 'p', 'yes please! my cell is 240-555-0193'],
      [228, 'l', "Perfect, 240-555-0193. I'll ring you by Friday with what the deed books show. Anything else?"],
      [255, 'p', "nope, that's all for now"],
      [262, 'l', 'Great. Thanks for reaching out, bye for now!'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'cooperative: "I\'m referring this to your library\'s genealogy department; someone there will email you within 3 days", e-mail given; recorded by the library after 80 h: on_time fails',
    lines: [
      [0, 'p', 'I need the 1880 agricultural census for my family in Bucks County, it isnt on Ancestry'],
      [35, 'l', "Hello and welcome to the statewide Ask Here PA service! I'm Tom, a librarian at Lancaster Public Library. Which township, and what surname?"],
      [80, 'p', 'Tinicum township, surname Stover'],
      [88, 'l', 'Thanks, let me search.'],
      [180, 'l', 'The non-population schedules for Pennsylvania are on FamilySearch (familysearch.org, "United States Census (Agriculture), 1880") but only as unindexed images, about 800 pages for Bucks, so browsing them is slow going.'],
      [230, 'p', 'can anyone help me find it?'],
      [238, 'l', "Yes. I'm referring this to your library's genealogy department at Bucks County Free Library; someone there will email you within 3 days. What email should they use?"],
      [270, 'p', 'jstover@example.net'],
      [276, 'l', 'Thanks, jstover@example.net it is. Is there anything else I can do for you?'],
      [300, 'p', "no that's everything"],
      [305, 'l', 'Have a great afternoon, and thanks for using Ask Here PA!'],
    ],
    over: { ...FU_LIB, queue: 'global', patronLibrary: 'BCFL', followUps: doneAfter(310, 80, 'bcfl') },
    ctx: { now: T0 + 6 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }),
  },
  {
    // reading: "ill txt u" on a text service with the number only in patron.phone: not confirmed in the chat
    name: 'SMS chat-speak: "ill txt u tmrw after the archivist looks" with the number only in patron.phone: contact fails, the code passes (contact on record)',
    lines: [
      [0, 'p', 'hey does the library have yearbooks from Central High 1972'],
      [45, 'l', 'hi! Jay @ Sioux City Public Library here. u want to see a specific person or the whole book?'],
      [110, 'p', 'my dads senior pic, Dale Hemmer'],
      [118, 'l', 'ok lemme check'],
      [190, 'l', 'our catalog (siouxcitylibrary.org/catalog) says the 72 Maroon is in the Sioux City Room, non circulating. our archivist can find his page'],
      [240, 'p', 'sweet'],
      [246, 'l', 'ill txt u tmrw after the archivist looks. anything else?'],
      [290, 'p', 'nah thx'],
      [296, 'l', 'np, thx for texting SCPL!'],
    ],
    over: { ...FU_ME, patron: { name: null, email: null, phone: '712-555-0144' } },
    exp: usual({ complete: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'Follow-up by me coded, no promise and no contact anywhere: the code fails (no contact known), contact fails, on_time pending',
    lines: [
      [0, 'p', 'Where would I find naturalization papers for someone who came through Galveston in 1908?'],
      [30, 'l', "Hi! You've reached the Rosenberg Library's Galveston and Texas History Center chat, I'm Luis. Do you know whether he naturalized in Texas or somewhere else?"],
      [90, 'p', 'Houston i think, around 1915'],
      [98, 'l', 'One moment, checking the federal court records.'],
      [180, 'l', 'Naturalizations in the federal court at Houston from 1906 on are indexed in "Texas, Naturalization Records, 1881-1998" on FamilySearch (familysearch.org). Does that help you get started?'],
      [230, 'p', 'yes thanks, ill look tonight'],
      [236, 'l', 'Good luck! Thanks for contacting the Rosenberg Library.'],
    ],
    over: { ...FU_ME },
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- near misses: no follow-up ----------------------------------------------------------------------------------
  {
    // reading: "you could email the county archives at …" is advice: a referral with a contact, no promise
    name: 'near miss: "You could email the county archives at archives@…" is a referral with its contact, not a promise: follow-up checks na',
    lines: [
      [0, 'p', 'Hi, where can I get a copy of my great-grandparents marriage license from 1911 in Cleveland?'],
      [25, 'l', "Hello! This is Priya at Cleveland Public Library's Ask a Librarian. Do you have their names and the approximate date?"],
      [70, 'p', 'Anton Kovac and Mary Hudak, June 1911'],
      [78, 'l', 'Thank you, one moment.'],
      [160, 'l', 'Cuyahoga County marriage records 1810-1941 are indexed on FamilySearch ("Ohio, County Marriages"), and the originals are at the Cuyahoga County Archives. You could email the county archives at archives@cuyahogacounty.us with the names and date and ask for a certified copy. Does that give you what you need?'],
      [215, 'p', 'perfect, that is all i needed'],
      [222, 'l', "Wonderful. Thanks for using Ask a Librarian, and good luck!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the Register of Deeds is told to the patron to visit, with no way to reach it
    name: 'land records: "you\'d need to go to the Register of Deeds at the courthouse in person" with no address, phone or URL: referral fails',
    lines: [
      [0, 'p', 'how do i find who owned our land in the 1880s? rural Marathon County'],
      [30, 'l', 'Hi! Kate here, a librarian at Marathon County Public Library in Wausau. Do you know the township and section?'],
      [75, 'p', 'Town of Berlin, section 14'],
      [82, 'l', 'Great, checking our plat books.'],
      [160, 'l', "Our 1901 plat book is digitized in the UW Digital Collections (digicoll.library.wisc.edu, search \"Marathon County plat\"), which shows owners in 1901. For the 1880s deeds themselves you'd need to go to the Register of Deeds at the courthouse in person and ask for the grantor-grantee index. Is that helpful?"],
      [210, 'p', 'yes very, that is everything. thanks'],
      [216, 'l', "You're welcome, have a good one!"],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'historical society referral with phone and street address; the patron says on her own she is done: all pass',
    lines: [
      [0, 'p', 'Im researching the old Grange hall in Lebanon NH, do you have anything'],
      [40, 'l', 'Hi, thanks for contacting Lebanon Public Libraries! I am Hal, a reference librarian. Are you looking for the building itself or the Grange members and minutes?'],
      [92, 'p', 'the building and when it closed'],
      [100, 'l', 'Let me check a few places.'],
      [190, 'l', 'Our catalog has "Lebanon, New Hampshire: A History" (974.23 LEB), which covers the Grange hall on p. 212. The Lebanon Historical Society holds the Grange records: call them at 603-448-6340 or visit at 1 Campbell St, West Lebanon. Does this answer your question?'],
      [240, 'p', "Yes! That's all I needed, thank you"],
      [246, 'l', 'Glad to help. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the offer is turned down, so nothing is promised; "ask for the Heritage Room … extension 2" refers with a contact
    name: 'near miss: "If you want, I could ask our archivist and email you" turned down ("no need, I\'ll come in Saturday"): no follow-up; the Heritage Room with its phone is a referral that passes',
    lines: [
      [0, 'p', 'hello does the library have city directories from the 1930s? Hamilton ON'],
      [30, 'l', 'Hi, this is Jess from Hamilton Public Library. Which years exactly, and are you looking up a person or an address?'],
      [82, 'p', 'an address, 1931 to 1935, 88 Barton St E'],
      [90, 'l', 'One moment while I check.'],
      [170, 'l', "Vernon's City of Hamilton Directories for 1931-35 are in our Local History & Archives on the 3rd floor of Central Library. If you want, I could ask our archivist to look up 88 Barton St E and email you."],
      [215, 'p', "no need, i'll come in saturday and look myself"],
      [222, 'l', 'Sounds good. When you arrive, ask for the Local History & Archives desk, or call them ahead at 905-546-3408. Did that answer your question?'],
      [260, 'p', 'yep thats all, thanks'],
      [266, 'l', 'Have fun digging, and thanks for chatting with HPL!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the ILL system's notice is automatic, no promise of the provider
    name: 'ILL near miss: "You\'ll get an automatic email from the ILL system when it arrives, usually 1-2 weeks": no follow-up session',
    lines: [
      [0, 'p', 'The library does not have "The Forgotten Shore" by Ellen Marsh, can i get it somehow'],
      [22, 'l', "Hi, this is Dani from Evanston Public Library's Ask Us chat. Do you need the print book, or would an ebook work too?"],
      [60, 'p', 'print please'],
      [66, 'l', 'Okay, let me check whether anyone nearby owns it.'],
      [130, 'l', "WorldCat shows 14 libraries with it, so interlibrary loan will work. Fill out the request at epl.org/ill with your card number. You'll get an automatic email from the ILL system when it arrives, usually in 1-2 weeks. Does that cover it?"],
      [175, 'p', 'yes, great, thats all'],
      [180, 'l', 'Happy reading, and thanks for using Ask Us!'],
    ],
    exp: usual(),
  },
  {
    // reading: asking the archivist inside the chat is consulting staff: no referral, no follow-up
    name: 'consulting the archivist inside the chat ("let me ask our archivist, she\'s right here") with an internal note: no referral, no follow-up; all pass',
    lines: [
      [0, 'p', 'Do you have the Bellingham Herald from 1942 on microfilm?'],
      [20, 'l', 'Hello! This is Sarah at Bellingham Public Library. Are you looking for a particular article or date range?'],
      [62, 'p', 'the week of Feb 19 1942, about local japanese families being removed'],
      [70, 'l', "Let me ask our archivist, she's right here, one moment."],
      [72, 'i', 'Mel, do we have Herald film for Feb 1942 or is that at WWU?', BEA],
      [140, 'l', 'Our archivist confirms the Herald for 1942 is at the Center for Pacific Northwest Studies at WWU, and the same week is also in the Washington Digital Newspapers site (washingtondigitalnewspapers.org). Does that answer your question?'],
      [190, 'p', 'yes thank you, thats all'],
      [196, 'l', 'Thanks for chatting with us, take care!'],
    ],
    exp: usual({ referral: 'na' }),
  },
  {
    // reading: the scan is sent during the chat, so nothing is left to send later: no follow-up
    name: 'obituary scanned and e-mailed during the chat ("I just sent it to you"): no promise, no follow-up; the patron\'s e-mail in the chat does not make one',
    lines: [
      [0, 'p', "hi, could you find my aunt Rosa Delgado's obituary, Pueblo Chieftain, May 1988?"],
      [28, 'l', "Hi! This is Marisol with Pueblo City-County Library District. Do you know the date she died?"],
      [70, 'p', 'May 9th. my email is idelgado@example.com if you can send it'],
      [78, 'l', "I'll look in our obituary index first, one moment."],
      [150, 'l', 'Found it: Pueblo Chieftain, May 11, 1988, page 6B. I scanned the page and just sent it to idelgado@example.com. Did it come through, and is that the right Rosa?'],
      [210, 'p', 'yes got it! thats her. all set thank you so much'],
      [218, 'l', "You're so welcome. Take care, and thanks for contacting us!"],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: acta de nacimiento de Jalisco, referral to the Registro Civil with its URL; completeness asked: all pass',
    lines: [
      [0, 'p', 'Hola, necesito el acta de nacimiento de mi abuelo, nació en Jalisco en 1931'],
      [30, 'l', '¡Hola! Le atiende Rocío, bibliotecaria de la Biblioteca Pública de San José. ¿Sabe el municipio donde nació?'],
      [80, 'p', 'en Tepatitlán'],
      [88, 'l', 'Gracias, un momento mientras busco.'],
      [170, 'l', 'Los registros civiles de Jalisco 1857-2000 están en FamilySearch (familysearch.org), con imágenes de Tepatitlán. Para una copia certificada, puede pedirla al Registro Civil de Jalisco en gob.mx/actas. ¿Le sirve esta información?'],
      [230, 'p', 'sí, muchas gracias, es todo'],
      [236, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the NPRC is named for the patron to request from, with no way to reach it
    name: 'military records: "request his full service file from the National Personnel Records Center" with no contact; Fold3 is the source: referral fails',
    lines: [
      [0, 'p', 'How do I find my grandpa WW2 army records, he was in the 45th division'],
      [35, 'l', "Hello, thanks for contacting Oklahoma City's Metropolitan Library System. I'm Dwayne. Do you have his full name and serial number, or his discharge papers?"],
      [92, 'p', 'Name is Elmer Ray Tubbs, no papers'],
      [100, 'l', 'Okay, searching our databases, one sec.'],
      [180, 'l', "Fold3 (free with your card at metrolibrary.org/databases) has his WWII enlistment record with his serial number, 38 027 114. With that, request his full service file from the National Personnel Records Center; note that many Army files burned in 1973. Does that help?"],
      [240, 'p', "it does, that's all i need"],
      [246, 'l', 'Glad to help. Thanks for using Ask MLS!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'cemetery records, chat-speak patron: the sexton\'s office with phone, Find a Grave as the source: all pass',
    lines: [
      [0, 'p', 'trying 2 find where my great gma is buried. kalamazoo, died 1949'],
      [30, 'l', "Hi! You've reached Kalamazoo Public Library's Ask a Librarian, this is Tasha. What was her name?"],
      [70, 'p', 'Hattie Mae Simmons'],
      [76, 'l', 'One moment while I look.'],
      [150, 'l', 'Find a Grave (findagrave.com) lists a Hattie Mae Simmons, 1888-1949, in Mountain Home Cemetery, Kalamazoo, but with no plot. Call the city cemetery office at 269-337-8055 for the plot; they keep the burial cards. Does that help?'],
      [200, 'p', 'omg yes. thats all i need ty'],
      [206, 'l', 'yay! Thanks for chatting, have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'long microfilm search: after "pulling the reel" 150 s of silence before the answer: keep_informed fails, the rest pass',
    lines: [
      [0, 'p', 'Hello, I need the article about the 1936 flood in Johnstown Tribune, March 18'],
      [30, 'l', 'Hi there, this is Beth at Cambria County Library. Are you after the front page, or a particular story about your family?'],
      [75, 'p', 'front page please'],
      [80, 'l', 'Okay, pulling the reel now.'],
      [230, 'l', 'Front page of the Johnstown Tribune, March 18, 1936: "River Crest Reaches 17 Feet." It is also on newspapers.com (free in the library) under that date. Is that what you were looking for?'],
      [280, 'p', 'yes thats the one, all set'],
      [286, 'l', 'Great! Thanks for contacting us, bye!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    name: 'ILL request made for the patron, "I\'ll email you an update on the request by Thursday", e-mail read back; recorded after 40 h: pass',
    lines: [
      [0, 'p', "i need a dissertation from 1974 from University of Wisconsin, about Hmong oral histories, it's not online"],
      [30, 'l', 'Hi, Ask a Librarian at St. Cloud State University, this is Kofi. Do you have the author or exact title?'],
      [80, 'p', 'Vang, "Oral traditions of the Hmong in Laos" 1974'],
      [88, 'l', 'Let me check WorldCat.'],
      [160, 'l', "It's in WorldCat (OCLC 4512987) but only Madison lends it. I'll place the interlibrary loan for you through ILLiad now. What email do you check?"],
      [200, 'p', 'kv2201@example.edu'],
      [206, 'l', "kv2201@example.edu, got it. I'll email you an update on the request by Thursday. Anything else today?"],
      [240, 'p', 'no thats all thanks!'],
      [246, 'l', 'You bet. Thanks for using Ask a Librarian!'],
    ],
    over: { ...FU_ME, followUps: doneAfter(251, 40) },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "once the archivist is back" gives no time
    name: 'special collections: "once the archivist is back we\'ll email you a scan", e-mail read back, no time: contact fails; recorded after 20 h: on_time passes',
    lines: [
      [0, 'p', 'Good afternoon, do you hold the letters of Rev. Josiah Platt? I saw a reference to a "Platt collection"'],
      [40, 'l', "Good afternoon, and thank you for contacting Special Collections at Hamilton College Library. I'm Ingrid. Are you looking for a specific letter or date range?"],
      [95, 'p', 'anything from 1842, when he was in Utica'],
      [102, 'l', 'Let me look at the finding aid.'],
      [180, 'l', 'The Platt Family Papers finding aid (hamilton.edu/library/collections/platt) lists Box 2, Folder 7: "Correspondence, 1841-1843, Utica." Only our archivist can scan from it. Would you like scans?'],
      [225, 'p', 'yes please, email is hgreer@example.org'],
      [232, 'l', "Thank you, hgreer@example.org. Once the archivist is back, we'll email you a scan of the folder. Is there anything else?"],
      [265, 'p', 'no, thank you'],
      [270, 'l', 'Have a lovely day, and thank you for writing to us.'],
    ],
    over: { ...FU_ME, followUps: doneAfter(275, 20) },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', anything: 'pass', contact: 'fail', onTime: 'pass' }),
  },
  {
    name: 'transfer to the genealogy librarian with an internal note and a visible announcement; census answer by the second librarian: all pass, transfer passes',
    lines: [
      [0, 'p', 'Hi, I need to find my great-grandmother in the 1920 census in Chicago, I cannot find her on Ancestry'],
      [25, 'l', "Hi there, you're chatting with Jo at Chicago Public Library. What's her name, and who else lived with her?"],
      [70, 'p', 'Anna Wojcik, husband Stanley, 3 kids'],
      [78, 'l', "Thanks! I'm going to transfer you to Bea, our genealogy librarian, who knows the census indexes best. One moment."],
      [80, 'i', 'Bea: patron looking for Anna and Stanley Wojcik, 1920 census Chicago, not found on Ancestry. Thanks!'],
      [82, 's', 'Chat transferred to Bea Lindqvist.', sys('transfer', 'blindqvist')],
      [110, 'l', "Hi, this is Bea. Polish names are often misindexed; I'll try spelling variants.", BEA],
      [190, 'l', 'Found them in HeritageQuest (chipublib.org/databases > HeritageQuest) as "Anna Voycik", Ward 16, Enumeration District 943, sheet 7A. Does that look like your family?', BEA],
      [240, 'p', 'YES that is them!! thats all i needed', ],
      [246, 'l', 'Wonderful! Happy researching, and thanks for contacting CPL.', BEA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "la próxima semana" (next week) is a bounded window: a when
    name: 'Spanish cooperative: "la archivista le escribirá la próxima semana", correo dado y repetido; recorded after 50 h: pass',
    lines: [
      [0, 'p', 'Buenas, busco fotos antiguas de la Plaza de Mesilla de antes de 1900'],
      [35, 'l', '¡Buenas tardes! Le atiende Daniel, bibliotecario de la Biblioteca Pública Thomas Branigan en Las Cruces. ¿Las busca para un proyecto o para su familia?'],
      [90, 'p', 'para un proyecto escolar de mi hija'],
      [98, 'l', 'Un momento, voy a buscar en nuestras colecciones.'],
      [175, 'l', 'En la colección digital de NMSU (rgarchives.nmsu.edu) hay varias fotos de la plaza de 1880-1895. Nuestra archivista tiene otras que no están digitalizadas; si me deja su correo, le escribirá la próxima semana con copias.'],
      [230, 'p', 'sí, es mrivera.casa@example.com'],
      [238, 'l', 'Anotado: mrivera.casa@example.com. ¿Hay algo más en que le pueda ayudar?'],
      [270, 'p', 'no, eso es todo, gracias'],
      [276, 'l', '¡Con gusto! Gracias por comunicarse con la biblioteca.'],
    ],
    over: { ...FU_ME, followUps: doneAfter(281, 50) },
    ctx: { now: T0 + 5 * DAY },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading (own label changed after the first run): "order online at oklahoma.gov/…" points to a web page to use (a
    // source, "even when an agency publishes it"), and "the Court Clerk may also have a local copy; their phone is …"
    // tells the patron to contact no one: no referral
    name: 'vital records: the state office\'s order page and the county clerk "may also have a copy; their phone is …": sources, no referral (na)',
    lines: [
      [0, 'p', "how can i get my great uncle's death certificate, he died in Oklahoma in 1960"],
      [30, 'l', 'Hi, this is Rae with Tulsa City-County Library. Do you know which county he died in?'],
      [75, 'p', 'Creek county'],
      [82, 'l', 'Checking for you, one moment.'],
      [160, 'l', 'Oklahoma death certificates are issued by OSDH Vital Records: order online at oklahoma.gov/health/vital-records. For a 1960 death the Creek County Court Clerk may also have a local copy; their phone is 918-227-6301. Anything else I can help with?'],
      [210, 'p', 'no thanks'],
      [215, 'l', 'Take care, and thanks for contacting us!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: "someone at your branch will follow up with you" promises with no time; saying the home library keeps a local history room tells the patron to contact no one (no referral)
    name: 'Follow-up by patron\'s library coded, with the patron\'s phone only in patron.phone and a vague promise ("someone at your branch will follow up") with no time: contact fails, code passes',
    lines: [
      [0, 'p', 'Does Ellis County have old school board minutes from the 1950s? Waxahachie'],
      [40, 'l', "Hi! You're chatting with Marco from the Texas statewide Ask a Librarian service. Which school district, Waxahachie ISD?"],
      [95, 'p', 'yes'],
      [100, 'l', 'One moment while I look.'],
      [180, 'l', "They don't show up in the Portal to Texas History (texashistory.unt.edu). Your library, Nicholas P. Sims Library, keeps a local history room; someone at your branch will follow up with you about the minutes."],
      [230, 'p', 'ok thank you'],
      [236, 'l', 'Thanks for chatting with us today, bye!'],
    ],
    over: { ...FU_LIB, queue: 'global', patronLibrary: 'SIMS', patron: { name: 'D. Oakes', email: null, phone: '972-555-0188' } },
    exp: usual({ complete: 'fail', anything: 'fail', contact: 'fail', onTime: 'pending' }),
  },
];

export const short: SessionCase[] = [
  // ---- followup.contact: when the information will come ---------------------------------------------------------
  {
    name: '"sometime next week" with the e-mail given in the chat: contact passes',
    lines: [
      [0, 'p', 'Can someone check the 1925 Sanborn map for 12 Elm St? my email is kpark@example.org'],
      [30, 'l', "Hi, I'm Lee at Pasadena Public Library. The Sanborn volumes are in our Centennial Room; our archivist will check and email you sometime next week."],
      [60, 'p', 'thank you!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "when the reel comes in from the state archives" is an event, not a time
    name: '"when the reel comes in from the state archives" with the e-mail read back: no time, contact fails',
    lines: [
      [0, 'p', 'do you have the Marshall News Messenger 1911? looking for a lynching report'],
      [30, 'l', 'Hello, Joan at Marshall Public Library. We requested that reel from the Texas State Archives. What email should I use?'],
      [60, 'p', 'dwhite@example.org'],
      [70, 'l', "Thanks, dwhite@example.org. I'll email you the article when the reel comes in from the state archives."],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"I\'ll get back to you as soon as I hear from the historical society" with the e-mail read back: contact fails',
    lines: [
      [0, 'p', 'who built the stone bridge on Cedar Rd? jlowe@example.net'],
      [30, 'l', "Hi, I'm Sam at Chagrin Falls Library. I've written to the Chagrin Falls Historical Society; I'll get back to you at jlowe@example.net as soon as I hear from them."],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"you\'ll have the scans by Wednesday" with the e-mail only in patron.email: contact fails, code passes',
    lines: [
      [0, 'p', 'Could I get scans of the 1964 Lakeview High yearbook, class photos?'],
      [30, 'l', "Hi, this is Mo at Battle Creek's Willard Library. Yes, our Helen Warner Branch has it. You'll have the scans by Wednesday."],
      [50, 'p', 'thanks!'],
    ],
    over: { ...FU_ME, patron: { name: 'P. Dunn', email: 'pdunn@example.org', phone: null } },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: 'Spanish: "le mando un correo el lunes" with the e-mail typed by the patron: contact passes',
    lines: [
      [0, 'p', 'Busco el obituario de mi abuela Carmen Ruiz, murió en El Paso en 1972. mi correo es cruiz72@example.com'],
      [30, 'l', 'Hola, le atiende Pilar de la Biblioteca Pública de El Paso. El índice muestra un obituario del El Paso Times de 1972; le mando un correo el lunes con la copia.'],
      [60, 'p', 'mil gracias'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },

  // ---- resolution.code ---------------------------------------------------------------------------------------------
  {
    name: 'promise "someone from the Heritage Room will reach out to you on Monday" coded Answered, e-mail read back: code fails, contact passes',
    lines: [
      [0, 'p', 'I want to see the WPA house survey for my street. nkim@example.org'],
      [30, 'l', "Hi, this is Paul at Pikes Peak Library District. Thanks, nkim@example.org. Someone from the Heritage Room will reach out to you on Monday with the survey pages."],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'Follow-up by patron\'s library with the contact only in patron.phone: the code passes',
    lines: [
      [0, 'p', 'Does Marion County keep old jail registers from the 1930s?'],
      [30, 'l', "Hi, Jan with Indiana's statewide Ask a Librarian. I'm sending this to your library, Indianapolis Public Library; their Center for Black Literature & Culture staff will call you tomorrow."],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '317-555-0190' } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    // reading: "feel free to email me" asks the patron to write; the provider promises nothing
    name: 'near miss: "feel free to email me at the Local History desk if you find more names" is no promise: follow-up na, Answered passes',
    lines: [
      [0, 'p', 'where are the Lancaster county orphan court records'],
      [30, 'l', "Hi, Nora at LancasterHistory's library. They're indexed at lancasterhistory.org/research; feel free to email me at research@lancasterhistory.org if you find more names."],
      [60, 'p', 'will do'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: 'near miss: "We\'ll email you when the ILL book is ready for pickup" is the library\'s notice: no follow-up, Answered passes',
    lines: [
      [0, 'p', 'did my interlibrary loan request go through?'],
      [30, 'l', "Hi, Ty at Ames Public Library. Yes, it's been shipped from Drake. We'll email you when the ILL book is ready for pickup. Anything else?"],
      [60, 'p', 'nope thanks'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },

  // ---- followup.on_time -------------------------------------------------------------------------------------------
  {
    name: 'not recorded, four days after the end: on_time fails',
    lines: [
      [0, 'p', 'is there a naturalization index for Erie County? ghm@example.org'],
      [30, 'l', "Hi, Vi at Erie County Public Library. I'll look in our index and email you at ghm@example.org tomorrow."],
    ],
    over: FU_ME,
    ctx: { now: T0 + 4 * DAY },
    exp: some({ onTime: 'fail', contact: 'pass' }),
  },

  // ---- referral.contact ---------------------------------------------------------------------------------------------
  {
    name: 'the historical society named with no way to reach it ("the folks at the Bucks County Historical Society would be the ones to ask"): referral fails',
    lines: [
      [0, 'p', 'who designed the Doylestown courthouse in 1878?'],
      [30, 'l', "Hi, Ed at Bucks County Free Library. Our catalog doesn't say. The folks at the Bucks County Historical Society would be the ones to ask."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading (L3): "might have something" tells the patron to do nothing: no referral
    name: 'near miss: "the county historical society might have something on it" is no referral: na',
    lines: [
      [0, 'p', 'any info on the old opera house in Leavenworth?'],
      [30, 'l', 'Hi, Ida at Leavenworth Public Library. Our Kansas Room vertical file has clippings (see leavenworthpubliclibrary.org/kansasroom). The county historical society might have something on it too.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'two parties, only one reachable (the courthouse without contact, the Register of Wills with a URL): referral fails',
    lines: [
      [0, 'p', 'my ancestor died in 1870 in Frederick MD, how do I find his estate?'],
      [30, 'l', 'Hi, Jill at Frederick County Public Libraries. Ask the Register of Wills (registers.maryland.gov) for the estate file, and visit the Circuit Court clerk for any land sales.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Ask for the Heritage Room when you come in" refers to the library's own department
    name: '"ask for the Heritage Room when you come in" with no contact: the library\'s own department, referral fails',
    lines: [
      [0, 'p', 'do you have Civil War pension files?'],
      [30, 'l', 'Hi, Joe at Public Library of Youngstown. Fold3 (ylib.org/databases) has the pension index. Ask for the Heritage Room when you come in; they have the microfilm.'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },

  // ---- info.source and completeness ----------------------------------------------------------------------------------
  {
    // reading: "old city directories" names no resource
    name: 'near miss source: "Old city directories are a good place to start, and maybe church records" names nothing: source fails',
    lines: [
      [0, 'p', 'how do i find where my family lived in 1910'],
      [30, 'l', 'Hi, Ken at Springfield City Library. Do you know the city?'],
      [60, 'p', 'Springfield'],
      [66, 'l', 'Old city directories are a good place to start, and maybe church records too.'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    name: '"Does that give you enough to go on?" after the answer: completeness passes',
    lines: [
      [0, 'p', 'when did the Riverside school close? my mom went there'],
      [30, 'l', 'Hi, Cal at Menominee County Library. Was that the Riverside school in Menominee?'],
      [60, 'p', 'yes'],
      [66, 'l', 'It closed in 1968 per the Herald-Leader of June 3, 1968, on microfilm here and in our catalog (mcl.lib.mi.us). Does that give you enough to go on?'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    // reading (L3): asks about something not yet given
    name: 'near miss completeness: "Would a scan of the full page help?" asks about something not given yet: fails',
    lines: [
      [0, 'p', "was my grandpa's wedding in the paper? Hugo Lind, Moline 1939"],
      [30, 'l', 'Hi, Sue at Moline Public Library. Do you know the month?'],
      [60, 'p', 'august'],
      [66, 'l', 'The Moline Dispatch, Aug. 14, 1939, p. 5 has "Lind-Carlson Nuptials" (Moline Dispatch archive at molinelibrary.org/dispatch). Would a scan of the full page help?'],
    ],
    exp: some({ complete: 'fail', source: 'pass' }),
  },

  // ---- near misses guarding this round's changes ----------------------------------------------------------------------
  {
    name: 'hold: "Grabbing the 1936 box now." then 150 s before the answer: keep_informed fails',
    lines: [
      [0, 'p', 'does the Vanderburgh County flood scrapbook have pictures of Fulton Ave?'],
      [30, 'l', 'Hi, Meg at Evansville Vanderburgh Public Library. Grabbing the 1937 flood box now.'],
      [180, 'l', 'Yes: three photos of Fulton Ave under water, also online at evpl.org/flood1937. Does that help?'],
    ],
    exp: some({ informed: 'fail' }),
  },
  {
    // reading: the fetching happens after the chat ("won't be scanned until next week"), so nothing is being looked up now
    name: 'near miss hold: "Staff are pulling the files now, but they won\'t be scanned until next week" is later work, no hold: keep_informed passes',
    lines: [
      [0, 'p', 'can I get copies of the 1950s zoning board minutes? mailing is fine'],
      [30, 'l', "Hi, Rob at Akron-Summit County Public Library. Staff are pulling the 1950s files now, but they won't be scanned until next week; I'll mail copies then."],
      [200, 'l', 'The index to the minutes is also at akronlibrary.org/specialcollections if you want to look before then.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss hold: "Try pulling the drawer marked 1950 now" tells the patron what to do in the reading room: no hold, keep_informed passes',
    lines: [
      [0, 'p', "i'm at the map cabinet on 3, which drawer has the 1950 city plats?"],
      [30, 'l', 'Hi, Val at Akron-Summit County Public Library. Try pulling the drawer marked 1950 now; it sticks a little.'],
      [200, 'l', 'The plat index is also online at akronlibrary.org/maps if the drawer is empty.'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss referral: "I\'ll request his service file from the National Personnel Records Center for you" is the provider acting: no referral',
    lines: [
      [0, 'p', 'my dad served in Korea, how do i get his records'],
      [30, 'l', "Hi, Ty at Springfield-Greene County Library. I'll request his service file from the National Personnel Records Center for you through our veterans' history project."],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss Spanish referral: "puede pedirla a través de gob.mx/actas" names a web page, no party: no referral, source passes',
    lines: [
      [0, 'p', 'como consigo el acta de matrimonio de mis papas de Sonora'],
      [30, 'l', 'Hola, le atiende Lupe de la Biblioteca de Tucson. Puede pedirla a través de gob.mx/actas con la CURP de alguno de ellos.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'Spanish: "Pídala al Archivo Histórico del Estado" with no way to reach it: referral fails',
    lines: [
      [0, 'p', 'busco el acta de bautismo de mi bisabuelo, Álamos, Sonora, 1898'],
      [30, 'l', 'Hola, le atiende Lupe de la Biblioteca Pública de Tucson. Los libros parroquiales de Álamos están en FamilySearch (familysearch.org). Si no aparece, pídala al Archivo Histórico del Estado.'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss Spanish: "Voy a pedirla al Archivo Histórico del Estado y le escribo el lunes" is the provider acting, and "guarde el archivo" is a file: no referral',
    lines: [
      [0, 'p', 'necesito el acta de defunción de mi abuela, Hermosillo 1965. mi correo es lmora@example.com'],
      [30, 'l', 'Hola, soy Lupe de la Biblioteca Pública de Tucson. Voy a pedirla al Archivo Histórico del Estado y le escribo el lunes a lmora@example.com. Cuando la reciba, guarde el archivo general en su computadora.'],
    ],
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass', code: 'pass' }),
  },
  {
    name: 'ILL notice: "We\'ll text you once your interlibrary loan comes in" is the library\'s notice: no follow-up',
    lines: [
      [0, 'p', 'whats the status on my ILL for the Hmong cookbook'],
      [30, 'l', "Hi, Kia at Saint Paul Public Library. It shipped from Minneapolis yesterday. We'll text you once your interlibrary loan comes in. Anything else?"],
      [60, 'p', 'no ty'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    name: 'near miss ILL notice: "I\'ll email you myself when your ILL book arrives, probably Thursday" is the provider\'s promise: a follow-up session',
    lines: [
      [0, 'p', 'can you let me know when my ILL book gets here? rjt@example.org'],
      [30, 'l', "Hi, Dee at Ames Public Library. Sure: I'll email you myself at rjt@example.org when your ILL book arrives, probably Thursday."],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  // ---- promises the families did not hold before this round (each with the near miss that guards it) --------------
  {
    name: '"I will research this further and respond by e-mail within 48 hours" coded Answered: a promise, so the code fails; contact passes',
    lines: [
      [0, 'p', 'Was there a lumber mill on Pine Creek before 1900? I can be reached at ohale@example.org'],
      [30, 'l', 'Hi, Mae at Lycoming County Historical Society library. Nothing turns up in our catalog tonight; I will research this further and respond by e-mail within 48 hours.'],
    ],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "you can request it and they will review it and respond within 10 business days" is the agency, no promise: Answered passes',
    lines: [
      [0, 'p', 'how do i get my grandfathers immigration file'],
      [30, 'l', 'Hi, Mae at Lycoming County Library. USCIS keeps those: you can request it at uscis.gov/records/genealogy, and they will review it and respond within 10 business days.'],
    ],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: '"Our archivist, Dana, will reply directly to ohale@example.org by Friday" coded Follow-up by me: contact passes',
    lines: [
      [0, 'p', 'Do you have the Pine Creek Lumber Co. payroll books? ohale@example.org'],
      [30, 'l', 'Hi, Mae at Lycoming County Historical Society. We might. Our archivist, Dana, will reply directly to ohale@example.org by Friday.'],
    ],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"Sit tight, I\'ll hunt for the deed tomorrow and get it over to you" coded Answered, phone typed by the patron: the code fails',
    lines: [
      [0, 'p', 'I need the 1922 deed for the Hollister farm, text me at 802-555-0126'],
      [30, 'l', "Hi, Ben at Aldrich Public Library in Barre. Sit tight, I'll hunt for the deed tomorrow and get it over to you."],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: '"Leave it with me and I\'ll dig into the census tomorrow and write back." coded Answered, e-mail typed by the patron: the code fails',
    lines: [
      [0, 'p', "can't find my great aunt Ottilie Baer in the 1910 census, Milwaukee. my email is sbaer@example.net"],
      [30, 'l', "Hi, Kris at Milwaukee Public Library. Leave it with me and I'll dig into the census tomorrow and write back."],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: '"You will receive the scans from our digitization team by the 20th" coded Answered: the code fails',
    lines: [
      [0, 'p', 'could i get scans of the 1890s Woodstock Vermont Standard? hk@example.org'],
      [30, 'l', 'Hi, Tess at Norman Williams Public Library. Yes. You will receive the scans from our digitization team by the 20th.'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'near miss: "You will receive the certificate from the state office in 6 weeks" is the agency\'s delivery: no promise',
    lines: [
      [0, 'p', 'i ordered a copy of my moms birth certificate, when will it come'],
      [30, 'l', 'Hi, Tess at Norman Williams Public Library. Per healthvermont.gov/vital-records, you will receive the certificate from the state office in 6 weeks.'],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: '"I\'m handing this off to our genealogy specialist; expect an email Friday" coded Answered: the code fails, contact passes',
    lines: [
      [0, 'p', 'stuck on my Norwegian line, the Haugens of Decorah. email nh@example.org'],
      [30, 'l', "Hi, Lars at Decorah Public Library. I'm handing this off to our genealogy specialist; expect an email Friday."],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    name: 'near miss: "Write to the county clerk at clerk@…; expect a reply within 10 days" is the clerk\'s reply: no promise, a referral with contact',
    lines: [
      [0, 'p', 'how do i get my grandparents marriage record from Winneshiek county'],
      [30, 'l', 'Hi, Lars at Decorah Public Library. Write to the county recorder at recorder@winneshiekcounty.iowa.gov with the names and year; expect a reply within 10 days.'],
    ],
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },
];

export const LEFT: SessionCase[] = [];

describe('fifteenth round (P3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('fifteenth round (P3): archives, genealogy and follow-ups, every check', whole);
describeSessions('fifteenth round (P3): archives, genealogy and follow-ups, short cases', short);

describeLeft('fifteenth-round-archives', LEFT);
