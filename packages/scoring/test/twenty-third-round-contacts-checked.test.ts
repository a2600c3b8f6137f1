/**
 * Twenty-third round, second wave (Y8): CONTACTS, REFERRALS AND PROMISES, CHECKED. The first wave (blocks Y1-Y3 and the
 * settings `postcodesY1`, `bestLeadY1`, `requestYouY3`) widened what decides `referral.contact`, `info.source`,
 * `followup.contact`, `resolution.code` and whether a session is a follow-up session, each change guarded only by its own
 * helper's near miss. These sessions put each change in other people's words, where its regexp or setting would read the
 * rubric's literal text wrongly (or where the reading it meant should still hold), labelled from RUBRIC.md before the
 * scorer ran:
 * - `phone` (Y1 bracketed trunk codes, +353 / +44; Y2 bracketed area codes, "is / on 09 377 0209", +61 / +64; Y3 Indian
 *   mobiles in two groups of five): citations whose page dash was lost in a paste, archive series years in brackets, reel
 *   and request numbers after "is", receipt and challan numbers, a price range; and real numbers that must still count;
 * - `postcodesY1`: a laptop's "i5 8GB" and a print size "A3 2up" shaped like postcodes; real postcodes and an Eircode;
 * - `referralVerb`: Y1's "Ask <place> Libraries, <name> here" exclusion met by a real referral ("…, ours here …"); Y2's
 *   "having a chat with" said of the provider's own consultation or of the patron's past;
 * - `referralParty`: Y2's "… advice service" referred to without a contact, and asked about; Y3's "HOD";
 * - `referralActor` / `requestYouY3`: "requesting you to visit" a web portal (a source), "requesting you to wait";
 * - `followupPromise`: Y2's "give you a bell" said of an app's notification, refused, asked about; and a real call back;
 * - `notPromise`: Y3's "give me 5 minutes, I will revert back" when the reply goes out by WhatsApp or SMS;
 * - `bestLeadY1`: "best / you're best to / you'd better" before a verb whose object is a website or a patron's own doing.
 *
 * Readings taken where RUBRIC.md leaves room (each also at its case):
 * - a number is a phone only when it is one; a page range whose dash a paste dropped, a series' years, a reel, request,
 *   receipt or challan number and a price are none, so they are no way to reach a party, no source and no patron contact;
 * - a UK postcode or an Eircode is a postal address (Y1's reading, kept); a hardware spec or a print layout is not;
 * - a reply promised "on WhatsApp" or "through SMS" leaves the chat: the provider promises to send later, a follow-up
 *   session, however soon; "within 30 minutes" then says when;
 * - "Libby will give you a bell icon alert" is the app's notification, no promise by the provider (as v23 read "le
 *   avisarán por correo cuando llegue");
 * - "having a chat with" the provider's colleagues while the patron waits is consulting on the patron's behalf; said of the
 *   patron's past it tells them to do nothing: no referral either way;
 * - a question whether the patron already contacted a party ("Have you already spoken to …?") tells them to contact no one;
 * - "visit the <agency>'s … portal / catalogue" to search it points to a resource to use, a source, not a referral;
 * - "I am requesting you to kindly wait, I will contact the branch" is a hold and a consultation, no referral.
 * Fixed in Y8 (narrowings only: block phrasesV24Y8 and the setting `postcodeAreaY8`): 17 of the first 43 cases failed
 * against the first wave's rubric (none of them the helper's labels); 15 cases now depend on these narrowings: Y1's and Y2's bracketed codes not after a volume
 * number, Y2's "is 0x …" not after reel / request / item words, Y3's two groups of five not after receipt / challan /
 * membership numbers or "Rs", a one-letter postcode area only among the UK's, Y1's "<name> here" not "ours here", Y2's
 * "having a chat with" not after "just / currently" nor as a past told back, Y2's "give you a bell" not asked or refused,
 * Y3's "revert" holds not when the reply goes by SMS or WhatsApp. Five cases fail (also) for older gaps (a party or a
 * domain the scorer does not know, a lead-in it does not read): they are in `LEFT`, each with a variant that runs.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

/** the patron asks, the provider greets and names themself */
const open = (q: string, greet: string, t = 27): Line[] => [
  [0, 'p', q],
  [t, 'l', greet],
];

export const whole: SessionCase[] = [
  {
    // reading: "receipt no 70431 22816" is a receipt, no phone: the follow-up code has no patron contact, and none is
    // confirmed in the chat; the promise's when is "by Friday"; the patron leaves without giving an e-mail
    name: 'membership card: "receipt no 70431 22816", "I will … email you the status by Friday. What is your email id?", no e-mail given, Follow-up by me',
    lines: [
      [0, 'p', 'Good evening. I paid the membership fee online but card not yet received. receipt no 70431 22816'],
      [34, 'l', 'Good evening sir, welcome to the chat service of Connemara Public Library. Myself Lakshmi. Did you apply at the main library or the Adyar branch?'],
      [71, 'p', 'main library, on 2nd of this month'],
      [79, 'l', 'Kindly give me 2 minutes, I will check the register.'],
      [161, 'l', 'Sir, your application is still with the membership section; the card is printed only after verification. The membership rules are on connemaralibrary.org/membership. I will check with the section and email you the status by Friday. What is your email id?'],
      [232, 'p', 'ok thank you madam, bye'],
      [238, 'l', 'Thank you sir, have a nice evening!'],
    ],
    over: { ...FU_ME },
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "Just having a quick chat with our … team about it, bear with me." is a hold and a consultation on the
    // patron's behalf, no referral (Y2's "having a chat with" without "I'm" before it); the hold runs 66 -> 171 (105 s)
    name: 'Lyttelton ships: "Just having a quick chat with our Aotearoa New Zealand Centre team about it, bear with me." consults, refers no one',
    lines: [
      [0, 'p', 'kia ora, is there a list of the ships that brought settlers into Lyttelton in the 1850s?'],
      [25, 'l', 'Kia ora! Aroha here from Christchurch City Libraries. Are you after a particular family, or the ships in general?'],
      [60, 'p', 'in general, its for a school project'],
      [66, 'l', 'Just having a quick chat with our Aotearoa New Zealand Centre team about it, bear with me.'],
      [171, 'l', 'They suggest the Canterbury Association ships list on discoverywall.nz, and Papers Past for the arrival notices: paperspast.natlib.govt.nz. Is that the kind of thing you need?'],
      [222, 'p', 'yes perfect thats all I need, thanks'],
      [228, 'l', 'Ka pai, good luck with the project! Haere rā.'],
    ],
    exp: usual(),
  },
  {
    // reading: "You're best to visit the National Archives' Discovery catalogue and search WO 363" points to a catalogue to
    // use (a source, not a referral); the Record Office is referred to with its postcode address and its e-mail: pass
    name: 'DLI service record: "You\'re best to visit the National Archives\' Discovery catalogue…" is a source; "…County Hall, Durham DH1 5UL…; you\'d better email them first at record.office@…" refers with contacts',
    lines: [
      [0, 'p', "Hiya, trying to find my great grandad's army service record, WW1, he was in the Durham Light Infantry"],
      [41, 'l', "Morning! You're chatting with Gemma at Durham County Libraries. Do you know his service number or which battalion?"],
      [92, 'p', 'no sorry just his name, Thomas Hedley, from Consett'],
      [99, 'l', 'No problem, let me have a look.'],
      [192, 'l', "You're best to visit the National Archives' Discovery catalogue and search WO 363 and WO 364 for his surname; about 60% of WW1 records were burned in 1940, so it may not be there. For the battalion, the DLI Collection at Durham County Record Office, County Hall, Durham DH1 5UL holds the regimental records; you'd better email them first at record.office@durham.gov.uk as visits are by appointment. Does that help?"],
      [263, 'p', 'brilliant, thats all I needed, ta'],
      [268, 'l', "You're welcome, good luck with the search. Bye!"],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Kindly give me 10 minutes, I will revert back on WhatsApp with the scanned papers within 30 minutes" sends the
    // papers later, outside the chat: a promise, so a follow-up session; the patron's WhatsApp number is in the chat and
    // "within 30 minutes" says when; the code is not a follow-up code (fail); no source is given in the chat (fail)
    name: 'question papers: "…I will revert back on WhatsApp with the scanned papers within 30 minutes." promises a follow-up, code Answered',
    lines: [
      [0, 'p', 'Hello mam. I need the previous year question papers of BSc Chemistry 3rd semester, 2022'],
      [46, 'l', 'Hello, good afternoon. This is Meena, librarian at the Central Library, Anna University. Which paper do you need, Physical Chemistry or Organic?'],
      [83, 'p', 'both if possible. my whatsapp is 98410 22735'],
      [91, 'l', 'Kindly give me 10 minutes, the scanner is in the stack room. I will revert back on WhatsApp with the scanned papers within 30 minutes.'],
      [152, 'p', 'ok thank you mam'],
      [158, 'l', 'Welcome. Is there anything else?'],
      [203, 'p', 'no thats all'],
      [208, 'l', 'Thank you for using the library chat. Bye.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: "Libby will give you a bell icon alert" is the app's notification, no promise by the provider: no follow-up
    // session; the steps to the setting name the app with the way there (a source)
    name: 'Libby hold alert: "Libby will give you a bell icon alert at the top of the Shelf screen when it\'s ready" promises nothing',
    lines: [
      [0, 'p', "g'day, how do i know when my Libby hold is ready?"],
      [21, 'l', "G'day! Bronwyn here at Yarra Plenty Regional Library. Are you using the Libby app on your phone or the website?"],
      [52, 'p', 'the app'],
      [60, 'l', "Libby will give you a bell icon alert at the top of the Shelf screen when it's ready, and an email too if notifications are on: Menu > Settings > Notifications. Does that answer your question?"],
      [101, 'p', 'yep cheers thats all'],
      [106, 'l', 'No worries, happy reading! Bye.'],
    ],
    exp: usual(),
  },
];

/** Short cases: the checks each is about. */
export const short: SessionCase[] = [
  // ---- phone: shapes that are no phone ------------------------------------------------------------------------------------
  {
    // reading: a citation pasted from a PDF that lost its page dash, "24 (03) 118 125", is no phone: the Archive is
    // referred to without a way to reach it (Y1's bracketed trunk code)
    name: 'Y1 phone: "Ask the Irish Architectural Archive about the drawings; the article is Irish Arts Review 24 (03) 118 125." has no contact',
    lines: [
      ...open('looking for the original plans of a georgian house on Merrion Square', 'Hi, Niamh at Dublin City Libraries here. Do you know the house number?'),
      [64, 'p', 'number 63'],
      [75, 'l', 'Ask the Irish Architectural Archive about the drawings; the article is Irish Arts Review 24 (03) 118 125.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "(04) 1939-1945" is a series' box and years, no phone (Y2's bracketed area code)
    name: 'Y2 phone: "Write to Archives New Zealand for the file, series AAYS 8638 (04) 1939-1945." has no contact',
    lines: [
      ...open('my grandad was a conscientious objector in ww2, are there files on him?', 'Kia ora, Hemi at Wellington City Libraries. Do you know where he was held?'),
      [55, 'p', 'Strathmore camp i think'],
      [66, 'l', 'Write to Archives New Zealand for the file, series AAYS 8638 (04) 1939-1945.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "the microfilm reel is 05 1886 0147" is a reel, no phone (Y2's number after "is")
    name: 'Y2 phone: "Pop into the Research Centre on level 2 to read it; the microfilm reel is 05 1886 0147." has no contact',
    lines: [
      ...open('hi do you have the Auckland Star from march 1886 on film?', 'Hi! Tama from Auckland Libraries here. Is it a particular article?'),
      [49, 'p', 'a shipwreck report, the Cyclone'],
      [57, 'l', 'Pop into the Research Centre on level 2 to read it; the microfilm reel is 05 1886 0147.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a challan number is no phone (Y3's two groups of five; "challan" is not among its labels)
    name: 'Y3 phone: "Kindly visit the membership desk at the branch library with the challan no. 81234 56789 for your card." has no contact',
    lines: [
      ...open('sir i paid the deposit at bank, when i get the library card', 'Namaste, this is Ravi from Anna Centenary Library. Did you pay at the SBI counter or online?'),
      [63, 'p', 'SBI counter'],
      [70, 'l', 'Kindly visit the membership desk at the branch library with the challan no. 81234 56789 for your card.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "Rs 65000-70000" is a price range, no phone: no source is given
    name: 'Y3 phone: "…the replacement cost is Rs 65000-70000 plus Rs 100 processing." gives no source',
    lines: [
      [0, 'p', 'what is the fine if i lose one volume of the encyclopaedia set? i borrowed it on reference card'],
      [31, 'l', 'Hello, Ramesh from the District Central Library, Coimbatore here. Is it the 12-volume set from the reference section?'],
      [70, 'p', 'yes'],
      [79, 'l', 'If one volume is lost the whole set must be replaced; the replacement cost is Rs 65000-70000 plus Rs 100 processing.'],
      [120, 'p', 'ok. thank you'],
      [126, 'l', 'Thank you, bye.'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: "Your interloan request number is 07 2291 4410" is no phone: no source
    name: 'Y2 phone: "Your interloan request number is 07 2291 4410; it\'s on its way…" gives no source',
    lines: [
      [0, 'p', 'hi has my interloan arrived yet? the one about the Napier earthquake'],
      [18, 'l', 'Hi there, Kiri at Hastings District Libraries. Was it the book by Conly, or a thesis?'],
      [52, 'p', 'the conly one'],
      [60, 'l', "Your interloan request number is 07 2291 4410; it's on its way from another library and should be here next week."],
      [95, 'p', 'ok sweet'],
      [100, 'l', 'Cheers, bye!'],
    ],
    exp: some({ source: 'fail' }),
  },
  {
    // reading: the reel number the patron typed ("its reel 03 1861 0092") is no phone: a follow-up code with no patron contact
    // known fails, and followup.contact fails (no contact confirmed)
    name: 'Y2 phone: the patron\'s "its reel 03 1861 0092 in the catalogue" is no contact: Follow-up by me fails',
    lines: [
      ...open('the Otago Witness 1861 film is scratched, can someone copy page 4 for me? its reel 03 1861 0092 in the catalogue', 'Hi, Jo at Dunedin Public Libraries. Is it the issue of 12 October?'),
      [60, 'p', 'yes thats the one'],
      [70, 'l', "I'll ask our technician to rescan it and send it to you by Thursday."],
      [100, 'p', 'thanks heaps'],
      [106, 'l', 'No worries, bye!'],
    ],
    over: { ...FU_ME },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // reading: the pasted citation "Irish Historical Studies 39 (02) 215 237" (its dash lost) is no phone: no patron contact
    name: 'Y1 phone: the patron\'s "Irish Historical Studies 39 (02) 215 237" is no contact: Follow-up by patron\'s library fails',
    lines: [
      ...open('can i get this article? Irish Historical Studies 39 (02) 215 237, the one on the land war', 'Hello, Ciara at Galway County Libraries. Are you a member at Galway or another county?'),
      [58, 'p', 'mayo actually'],
      [66, 'l', 'Your library in Castlebar will order it for you through interlibrary loan and be in touch within the week.'],
      [92, 'p', 'great thanks'],
      [97, 'l', 'Slán!'],
    ],
    over: { ...FU_LIB },
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  // ---- phone: real numbers that must still count ---------------------------------------------------------------------------
  {
    name: 'real: "Best ring the State Library of Queensland on +61 7 3840 7666." refers with a phone',
    lines: [
      ...open('can i see the original Moreton Bay convict registers anywhere?', "G'day, Jo at Brisbane City Council Libraries. Do you want the originals or copies?"),
      [44, 'p', 'originals'],
      [52, 'l', 'Best ring the State Library of Queensland on +61 7 3840 7666.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'real: "…call the Adyar branch librarian Mr. Senthil on 94441 27730" refers with a phone',
    lines: [
      ...open('is the tamil kids story time on this saturday at adyar?', 'Vanakkam! Priya here from Chennai Public Library. Which age group is your child?'),
      [44, 'p', '6 years'],
      [51, 'l', 'The schedule changes every month, so please call the Adyar branch librarian Mr. Senthil on 94441 27730.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'real: "Ring PRONI on +44 (0)28 9053 4800 to book a seat." refers with a phone',
    lines: [
      ...open('where can i see the 1901 census originals for county Down?', "Hello! I'm Aine at Libraries NI. Is it the household returns you want?"),
      [50, 'p', 'yes the originals'],
      [60, 'l', 'Ring PRONI on +44 (0)28 9053 4800 to book a seat.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss of Y8's narrowing of Y1's bracketed trunk code: a calling word before it, no volume number
    name: 'real: "Ring the Linen Hall Library on (028) 9032 1707 and ask for the Political Collection." refers with a phone',
    lines: [
      ...open('who has the old troubles posters and leaflets?', "Hello! I'm Aine at Libraries NI. Is it for research or an exhibition?"),
      [50, 'p', 'research, my dissertation'],
      [60, 'l', 'Ring the Linen Hall Library on (028) 9032 1707 and ask for the Political Collection.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss of Y8's narrowing of Y2's bracketed area code
    name: 'real: "You\'d best call the State Library Victoria on (03) 8664 7000." refers with a phone',
    lines: [
      ...open('where can i read the Argus from 1880 in print', "G'day, Jo at Melbourne Library Service. Print, not online?"),
      [44, 'p', 'yeah print'],
      [52, 'l', "You'd best call the State Library Victoria on (03) 8664 7000."],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'real: "…ring the Hocken Library on 03 479 8868 before you come." refers with a phone',
    lines: [
      ...open('where can i see old photos of port chalmers?', 'Kia ora, Jo at Dunedin Public Libraries. Any particular decade?'),
      [44, 'p', '1900s'],
      [52, 'l', 'The Hocken has the best collection; ring the Hocken Library on 03 479 8868 before you come.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- postcodes -----------------------------------------------------------------------------------------------------------
  {
    // reading: "i5 8GB" is the laptops' processor and memory, no postcode: the desk has no contact
    name: 'postcodesY1: "…pop into the IT Service Desk on the ground floor; they\'re Dell i5 8GB machines." has no contact',
    lines: [
      ...open('can i borrow a laptop for the day?', "Hi, I'm Rhys at Cardiff University Libraries. Is it for use in the library or to take home?"),
      [41, 'p', 'in the library'],
      [48, 'l', "Yes! For a loan laptop pop into the IT Service Desk on the ground floor; they're Dell i5 8GB machines."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: "A3 2up" is a print layout, no postcode
    name: 'postcodesY1: "Ask the Print Services office to print it A3 2up." has no contact',
    lines: [
      ...open('how do i print my poster big for the conference', 'Hello, Sam at the University of Leeds Library. How big is it meant to be?'),
      [44, 'p', 'A1 ideally but A3 would do'],
      [52, 'l', 'Ask the Print Services office to print it A3 2up.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // reading: a postcode is a postal address (Y1's reading, kept)
    name: 'postcodesY1 real: "Best write to the Borthwick Institute for Archives, University of York, Heslington, York YO10 5DD." refers with an address',
    lines: [
      ...open('where are the york probate records before 1858?', "Morning! Jo at Explore York Libraries. Which parish was it?"),
      [44, 'p', 'Haxby'],
      [52, 'l', 'Best write to the Borthwick Institute for Archives, University of York, Heslington, York YO10 5DD.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'postcodesY1 real: "…writing to the Cork City and County Archives, Great William O\'Brien Street, Blackpool, Cork T23 RCK2." refers with an Eircode',
    lines: [
      ...open('where are the Cork poor law union minute books kept?', 'Dia duit, Jo at Cork County Library here. Which union?'),
      [44, 'p', 'Macroom'],
      [52, 'l', "You'd be better off writing to the Cork City and County Archives, Great William O'Brien Street, Blackpool, Cork T23 RCK2."],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss of Y8's `postcodeAreaY8`: a one-letter area of the UK's (G)
    name: 'postcodesY1 real: "Write to Glasgow City Archives, Mitchell Library, North Street, Glasgow G3 7DN." refers with an address',
    lines: [
      ...open('where are the Govan poorhouse records', 'Hiya, Jo at Glasgow Libraries. Which years?'),
      [44, 'p', '1870s'],
      [52, 'l', 'Write to Glasgow City Archives, Mitchell Library, North Street, Glasgow G3 7DN.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- referralVerb: "Ask <place> Libraries", "having a chat with" -------------------------------------------------------
  {
    // reading: "ask Stockport Libraries, ours here only cover the city" refers the patron to Stockport Libraries, no contact
    // (Y1's exclusion read "ours here" as "<name> here")
    name: 'Y1 ask: "For Marple you\'d need to ask Stockport Libraries, ours here only cover the city." refers without a contact',
    lines: [
      ...open('do you have the Marple parish registers?', 'Hiya, Jo at Manchester Libraries. Which years?'),
      [40, 'p', '1780s'],
      [48, 'l', "For Marple you'd need to ask Stockport Libraries, ours here only cover the city."],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // near miss: the service's own name in the greeting refers to no one
    name: 'Y1 ask near miss: "Hiya! Ask Kent Libraries, Bev speaking." refers to no one',
    lines: [
      [0, 'p', 'can i renew my books over the chat'],
      [22, 'l', 'Hiya! Ask Kent Libraries, Bev speaking. Yes, which card are they on?'],
      [50, 'p', 'mine, 3 books'],
      [57, 'l', "Done, they're renewed till the 20th; you can see them in My Account at kent.gov.uk/libraries."],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // reading: the patron's own past chat with the council is told back, no one is sent anywhere
    name: 'Y2 having a chat: "Right, having a chat with the council\'s housing team clearly hasn\'t got you anywhere." refers no one',
    lines: [
      ...open('i rang the council about the damp in my flat twice and nothing, what are my rights?', 'Hi, Sian at Cardiff Libraries here. Are you renting from the council or a private landlord?'),
      [60, 'p', 'council'],
      [69, 'l', "Right, having a chat with the council's housing team clearly hasn't got you anywhere. Shelter Cymru's repairs guide at sheltercymru.org.uk/get-advice/repairs sets out what they must do."],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: "Having a word with my colleague in Special Collections now" consults on the patron's behalf, a hold
    name: 'Y2 having a word: "Having a word with my colleague in Special Collections now, won\'t be a tick." refers no one',
    lines: [
      ...open('is the Brontë letter on display this month?', "Hi, I'm Jo at Leeds Libraries. Which letter do you mean?"),
      [45, 'p', 'the one to Ellen Nussey'],
      [52, 'l', "Having a word with my colleague in Special Collections now, won't be a tick."],
      [140, 'l', "It's in the Central Library's Treasures room until the 28th; details at leeds.gov.uk/libraries/treasures."],
    ],
    exp: some({ referral: 'na', informed: 'pass' }),
  },
  {
    // the widening where it reads right: "worth having a chat with" the advice service, a referral without contact
    name: 'Y2 having a chat real: "It\'s worth having a chat with your local housing advice service before you sign anything." fails',
    lines: [
      ...open('my landlord wants me to sign a new tenancy with a big rent rise, is that allowed', 'Hi, Jo at Bristol Libraries. Is it a periodic tenancy now or fixed term?'),
      [55, 'p', 'periodic'],
      [64, 'l', "It's worth having a chat with your local housing advice service before you sign anything."],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- referralParty: advice services, HOD ----------------------------------------------------------------------------------
  {
    // reading: asking whether the patron already spoke to a party tells them to contact no one
    name: 'Y2 advice service: "Have you already spoken to the debt advice service at the council?" refers no one',
    lines: [
      ...open('bailiffs letter came today, what do i do', 'Hi, Jo at Sheffield Libraries. Is it about council tax?'),
      [40, 'p', 'yes'],
      [48, 'l', 'Have you already spoken to the debt advice service at the council?'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // a real referral to an advice service of a kind Y2 did not list, without contact
    name: 'advice service: "Speak to a welfare rights advice service before the tribunal." refers without a contact',
    lines: [
      ...open('my PIP was refused, can the library help with the appeal?', 'Hi, Jo at Salford Libraries. Have you had the mandatory reconsideration yet?'),
      [50, 'p', 'yes, still refused'],
      [58, 'l', 'Speak to a welfare rights advice service before the tribunal.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'Y3 HOD: "You can ask your HOD for the departmental login." refers without a contact',
    lines: [
      ...open('sir how to access the IEEE papers from home', 'Hello, Kavitha from the Central Library, PSG Tech. Are you a student or faculty?'),
      [42, 'p', 'PG student, ECE'],
      [50, 'l', 'Remote access is given department-wise. You can ask your HOD for the departmental login.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  // ---- referralActor / requestYouY3 -----------------------------------------------------------------------------------------
  {
    // reading: the portal is a website to use (a source), no referral
    name: 'Y3 requesting you: "I am requesting you to kindly visit the National Digital Library of India portal, ndl.iitkgp.ac.in, and register…" refers no one',
    lines: [
      ...open('madam i need e-books for UPSC preparation free', 'Good morning, Sunita from the State Central Library, Hyderabad. Which subjects are you preparing?'),
      [50, 'p', 'history and polity'],
      [58, 'l', 'I am requesting you to kindly visit the National Digital Library of India portal, ndl.iitkgp.ac.in, and register with your email.'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // reading: a hold and the provider's own call to the branch, no referral
    name: 'Y3 requesting you: "I am requesting you to kindly wait, I will contact the Adyar branch and confirm." refers no one',
    lines: [
      ...open('is the book Ponniyin Selvan volume 3 available at adyar branch', 'Vanakkam, Priya from Chennai Public Library. Tamil original or the English translation?'),
      [50, 'p', 'tamil'],
      [58, 'l', 'I am requesting you to kindly wait, I will contact the Adyar branch and confirm.'],
      [150, 'l', 'Yes, one copy is on the shelf at Adyar; you can see it in the catalogue at chennailibrary.in/opac.'],
    ],
    exp: some({ referral: 'na', informed: 'pass' }),
  },
  {
    // the setting where it reads right
    name: 'Y3 requesting you real: "I am requesting you to visit the Reference Section … or call them on 044-2220 1011." refers with a phone',
    lines: [
      ...open('i need old gazette of tamil nadu 1975', 'Hello, Jo from Anna Centenary Library. Which department gazette?'),
      [50, 'p', 'revenue'],
      [58, 'l', 'I am requesting you to visit the Reference Section on the 2nd floor with your ID proof, or call them on 044-2220 1011.'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // reading: "contact us only through this chat" is the service itself
    name: 'Y3 requesting you: "We are requesting you to contact us only through this chat during library hours." refers no one',
    lines: [
      ...open('why nobody picks the phone at the library', 'Hello, Jo from District Central Library. Which number did you call?'),
      [40, 'p', 'the landline'],
      [48, 'l', 'The landline is under repair. We are requesting you to contact us only through this chat during library hours.'],
    ],
    exp: some({ referral: 'na' }),
  },
  // ---- followupPromise: "give you a bell" ---------------------------------------------------------------------------------
  {
    // reading: a refusal to call back is no promise; the Local Studies desk is referred to with its phone
    name: 'Y2 bell: "I\'m afraid we can\'t give you a bell back, the chat has no outgoing line, but the Local Studies desk is on 01524 580700." promises nothing',
    lines: [
      ...open('could someone ring me about the Lancaster tithe map? easier to explain on phone', 'Hello, Jo at Lancashire Libraries. Which township is it?'),
      [45, 'p', 'Scotforth'],
      [54, 'l', "I'm afraid we can't give you a bell back, the chat has no outgoing line, but ring the Local Studies desk on 01524 580700 and they'll talk you through it."],
      [90, 'p', 'ok ta'],
      [95, 'l', 'Cheers, bye!'],
    ],
    exp: some({ code: 'pass', contact: 'na', referral: 'pass' }),
  },
  {
    // reading: a question about a past call promises nothing
    name: 'Y2 bell: "Did the branch give you a bell when it came in?" promises nothing',
    lines: [
      ...open('my reserved book isnt on the shelf at Fishponds', 'Hi, Jo at Bristol Libraries. Which book is it?'),
      [45, 'p', 'The Salt Path'],
      [53, 'l', 'It says it came in on Monday. Did the branch give you a bell when it came in?'],
      [90, 'p', 'no'],
      [96, 'l', "It's on the hold shelf under your surname now; My Account at bristol.gov.uk/libraries shows it. Bye!"],
    ],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // the widening where it reads right: a call back promised, code Answered
    name: 'Y2 bell real: "I\'ll give you a bell tomorrow morning on 07700 900462 once I\'ve checked the stacks." promises, code Answered fails',
    lines: [
      ...open('is the 1950s Ilkley Gazette bound volume still in stock? my mobile is 07700 900462', 'Morning, Jo at Bradford Libraries. Which year exactly?'),
      [45, 'p', '1953'],
      [55, 'l', "I'll give you a bell tomorrow morning on 07700 900462 once I've checked the stacks."],
      [80, 'p', 'lovely thanks'],
      [85, 'l', 'Bye for now!'],
    ],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  // ---- notPromise: "give me N minutes, I will revert back" ----------------------------------------------------------------
  {
    // reading: the reply goes by SMS, outside the chat: a promise to send later; no when, no patron contact
    name: 'Y3 revert: "Kindly give me 5 minutes to note it, I will revert back through SMS once the Tamil copy is traced." promises',
    lines: [
      ...open('i returned the tamil book but it still shows in my account', 'Hello, Jo from Madurai District Central Library. Which title is it?'),
      [45, 'p', 'Karukku, returned on monday'],
      [53, 'l', 'Kindly give me 5 minutes to note it, I will revert back through SMS once the Tamil copy is traced.'],
      [80, 'p', 'ok'],
      [86, 'l', 'Thank you, bye.'],
    ],
    exp: some({ code: 'fail', contact: 'fail' }),
  },
  {
    // near miss: a reply in this chat within minutes is a hold, no promise
    name: 'Y3 revert near miss: "Kindly give me 5 minutes, I will revert back here in the chat itself." is a hold',
    lines: [
      ...open('my fine shows Rs 50 but i returned on time', 'Hello, Jo from Madurai District Central Library. Which book was it?'),
      [45, 'p', 'wings of fire'],
      [53, 'l', 'Kindly give me 5 minutes, I will revert back here in the chat itself.'],
      [150, 'l', 'The fine is removed now; you can check it in your account at mdcl.in/opac.'],
    ],
    exp: some({ code: 'pass', contact: 'na', informed: 'pass' }),
  },
  // ---- bestLeadY1 ---------------------------------------------------------------------------------------------------------
  {
    // reading: the council's planning portal is a website to search (a source), no referral
    name: 'Y1 best: "It\'s best to visit the council\'s planning portal and search the application number." refers no one',
    lines: [
      ...open('how do i see the plans for the new houses behind our road?', 'Hiya, Jo at Bury Libraries. Do you have the application number?'),
      [45, 'p', 'yes 71234/FUL'],
      [55, 'l', "It's best to visit the council's planning portal and search the application number."],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    // the setting where it reads right
    name: 'Y1 best real: "You\'d better check with your GP surgery first." refers without a contact',
    lines: [
      ...open('is there a library book on what to eat with coeliac?', 'Hello, Jo at Norfolk Libraries. Is it newly diagnosed?'),
      [45, 'p', 'yes last week, can i just go gluten free'],
      [55, 'l', "You'd better check with your GP surgery first."],
    ],
    exp: some({ referral: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: "the membership counter" is no party the scorer knows (no referral is read at all), an older gap that needs a
    // widening; with "the membership desk at the branch library" it runs
    // reading: a challan number is no phone (Y3's two groups of five; "challan" is not among its labels)
    name: 'Y3 phone: "Kindly visit the membership counter with the challan no. 81234 56789 for your card." has no contact',
    lines: [
      ...open('sir i paid the deposit at bank, when i get the library card', 'Namaste, this is Ravi from Anna Centenary Library. Did you pay at the SBI counter or online?'),
      [63, 'p', 'SBI counter'],
      [70, 'l', 'Kindly visit the membership counter with the challan no. 81234 56789 for your card.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // left: "the Reprographics Unit" is no party the scorer knows (no referral is read at all), an older gap that needs a
    // widening; with "the Print Services office" it runs
    // reading: "A3 2up" is a print layout, no postcode
    name: 'postcodesY1: "Ask the Reprographics Unit to print it A3 2up." has no contact',
    lines: [
      ...open('how do i print my poster big for the conference', 'Hello, Sam at the University of Leeds Library. How big is it meant to be?'),
      [44, 'p', 'A1 ideally but A3 would do'],
      [52, 'l', 'Ask the Reprographics Unit to print it A3 2up.'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // left: "but for the originals ring PRONI…" is read as no referral at all (a prepositional lead-in after "but"), an older
    // gap that needs a widening, outside this wave; the phone itself is read (the plain case below runs)
    name: 'real: "…ring PRONI on +44 (0)28 9053 4800 to book a seat." refers with a phone',
    lines: [
      ...open('where can i see the 1901 census originals for county Down?', "Hello! I'm Aine at Libraries NI. Is it the household returns you want?"),
      [50, 'p', 'yes'],
      [60, 'l', "They're online at nationalarchives.ie, but for the originals ring PRONI on +44 (0)28 9053 4800 to book a seat."],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // left: "the Hocken" alone is no party the scorer knows (referralParty), an older gap that needs a widening; with
    // "Library" it runs (below)
    name: 'real: "…ring the Hocken on 03 479 8868 before you come." refers with a phone',
    lines: [
      ...open('where can i see old photos of port chalmers?', 'Kia ora, Jo at Dunedin Public Libraries. Any particular decade?'),
      [44, 'p', '1900s'],
      [52, 'l', 'The Hocken has the best collection; ring the Hocken on 03 479 8868 before you come.'],
    ],
    exp: some({ referral: 'pass' }),
  },
];

describe('twenty-third round (Y8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-third round (Y8): the first wave\'s contacts, referrals and promises checked, every check', whole);
describeSessions('twenty-third round (Y8): the first wave\'s contacts, referrals and promises checked, short cases', short);

describeLeft('twenty-third-round-contacts-checked', LEFT);
