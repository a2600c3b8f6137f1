/**
 * Eleventh round, second wave, area (K8): REFERRALS, A SECOND LOOK. `referral.contact` is na unless the provider makes
 * a referral as RUBRIC.md's Terms define it (telling the patron to contact or visit a person or organisation outside
 * the chat: another agency, library, department, office or a named specialist; the provider's own departments when
 * the patron is told to contact or visit them), and passes when every party the patron is referred to comes with a
 * way to reach them (e-mail, phone, postal address or URL). Parties of every kind: agencies, offices, other
 * libraries, the provider's own departments, professionals (attorneys, doctors, counselors), hotlines, and
 * organisations named only by an acronym or a brand. Referrals in many verbs and constructions: imperatives,
 * "you might want to…", "X can help with that", "your best bet is…", passive ("should be directed to"),
 * conditional ("if they won't fix it, …"), a bulleted list, an answer to "who do I call?", Spanish. Contacts in the
 * same sentence, in the next message, before the referral, as a link (markdown included), as a street or P.O.
 * address, as a phone written in words or letters. Several parties in one message where only some have contacts.
 * Near misses that are no referral: sources the provider used, the provider consulting a colleague, the patron's
 * own contact read back, "I'll pass your question on to…", a party merely mentioned.
 * Voices: public libraries in Pennsylvania, New Jersey and elsewhere, academic and school libraries, the statewide
 * cooperative, SMS, chat-speak, Spanish.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where
 * the text leaves room (each also at its case):
 * - "X can help (you) with that", "your best bet is X", "X is who you want", and "you might want to reach out to X"
 *   point the patron to X for the need: they tell the patron to contact X, so they are referrals.
 * - A passive instruction ("requests should be directed to the Registrar", "appeals have to be filed with the
 *   Board") tells the patron whom to contact: a referral. A conditional one ("if they don't fix it, call …") is a
 *   referral too: the patron is told whom to contact in that case.
 * - A provider's answer to "who do I call?" that names a party refers the patron to it.
 * - A suggestion put as a question ("Have you tried calling your insurance company?", "Have you thought about
 *   contacting the Ombudsman?") tells the patron whom to contact; "Have you contacted them yet?" asks what they did.
 * - An organisation named only by its acronym (APPRISE, SCORE, TURN) is a party like any other.
 * - A clarifying question that itself names a URL ("Do you have a my.medicare.gov account?") gives a source in that
 *   message, so it is not a question BEFORE the first source (one label changed after the first run, said at the case).
 * - A phone written in words ("one eight hundred, two two two…") or in letters (1-800-MEDICARE) is still a phone.
 * - A pointer to where a contact could be found ("the number's on the back of your card", "his e-mail is on the
 *   staff page", "Google them") gives no way to reach the party.
 * - A markdown link whose target is the party's own contact page is a URL of the party.
 * - The party's own general website (its domain) is a URL by which to reach it; another party's page, a guide's
 *   or the provider's library's is not (the ninth round's reading).
 * - A party named as the source of a fact ("per the Department of Labor…", "the Historical Society digitized
 *   them") is merely mentioned: no referral.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the
 * reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type Message } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, some, who, type Key, type St, FU_ME, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const TEXTLINE = who('Text a Librarian', 'txt-lib');
const CELL: Partial<Message> = { authorId: '+12155550143', author: '+12155550143' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+12155550143' }, provider: { id: 'txt-lib', name: 'Text a Librarian', library: 'BCFL' } };

export const whole: SessionCase[] = [
  // ---- "you might want to…", "X can help with that", "your best bet is…" --------------------------------------------------
  {
    name: '"You might want to give APPRISE a call at 1-800-783-7067" (a program named by its acronym, with its phone): referral passes',
    lines: [
      [0, 'p', 'My mom is turning 65 in March and is totally confused by all the Medicare mail she is getting. Is there someone who explains it for free?'],
      [31, 'l', 'Good morning! This is Colleen at the Bucks County Free Library. Is she in Pennsylvania, and does she already have insurance through work?'],
      [80, 'p', 'Yes she lives in Doylestown, no work insurance, she retired last year'],
      [95, 'l', 'Medicare.gov has a "Get started with Medicare" section that walks through Parts A, B and D: medicare.gov/basics/get-started-with-medicare. You might want to give APPRISE a call at 1-800-783-7067; that\'s Pennsylvania\'s free Medicare counseling program, and they\'ll sit down with her one on one. Does that help?'],
      [150, 'p', 'That is perfect, that\'s all I needed!'],
      [156, 'l', 'Wonderful. Thanks for chatting with us, and best of luck to your mom!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "X can help with that" points the patron to X: a referral; an acronym alone is no way to reach it
    name: '"APPRISE can help with that, they do free one-on-one counseling" (acronym only, no contact) beside medicare.gov: referral fails',
    lines: [
      [0, 'p', 'is there anyone who can help my dad compare medicare drug plans? he is in allentown'],
      [22, 'l', 'Hi there, you\'ve reached Lehigh County libraries\' chat, Priya here. Does he take a lot of prescriptions, or just one or two?'],
      [60, 'p', 'like 6 or 7'],
      [72, 'l', 'Then the plan finder is worth it: medicare.gov/plan-compare lets you enter each drug and compares the yearly cost. APPRISE can help with that too, they do free one-on-one counseling for seniors. Does this answer your question?'],
      [110, 'p', 'yes thanks thats all'],
      [115, 'l', 'You\'re welcome, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "your best bet is X" tells the patron to go to X: a referral; a street address is a postal address
    name: '"Your best bet is the Recorder of Deeds" with the street address in the next sentence: referral passes',
    lines: [
      [0, 'p', 'I need a copy of the deed to my grandparents house in Doylestown from like the 1950s'],
      [24, 'l', 'Hello! Bucks County Free Library, this is Marcus. Do you know the street address or their names as they appear on the deed?'],
      [70, 'p', 'yes 214 e court st, owners were Frank and Ida Schell'],
      [80, 'l', 'Let me look at what\'s online for that period.'],
      [160, 'l', 'Deeds before 1974 aren\'t in the online index (landex.buckscounty.gov starts later). Your best bet is the Recorder of Deeds. They\'re at 55 E. Court St., Doylestown, PA 18901, and staff will pull the grantor books for you. Is that what you needed?'],
      [200, 'p', 'yes, no other questions, thanks a lot'],
      [205, 'l', 'My pleasure. Have a good afternoon!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: '"your best bet would be an estate attorney" (a professional, no contact) after the register of wills\' page: referral fails',
    lines: [
      [0, 'p', 'my uncle died without a will, do i have to go to court to get his car'],
      [20, 'l', 'Hi, welcome to Ask Us Now, I\'m Dana with the Camden County Library. Which state was he living in?'],
      [50, 'p', 'new jersey, cherry hill'],
      [62, 'l', 'In NJ a small estate can use an Affidavit of Surviving Spouse or Next of Kin; the Camden County Surrogate\'s page explains it: camdencounty.com/service/surrogate. Since there may be other heirs, your best bet would be an estate attorney for the details. Does that help?'],
      [105, 'p', 'ok yes'],
      [110, 'l', 'Anything else I can help with today?'],
      [130, 'p', 'no thank you'],
      [134, 'l', 'Take care, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- passive and conditional ---------------------------------------------------------------------------------------------
  {
    // reading: "should be directed to X at <e-mail>" tells the patron whom to write to: a referral with its contact
    name: 'academic, passive: "transcript holds should be directed to the Bursar\'s Office (bursar@kutztown.edu)": referral passes',
    lines: [
      [0, 'p', 'Hi, I can\'t order my transcript because there is a hold on my account, can the library fix that?'],
      [28, 'l', 'Hi! Rohrbach Library, Kutztown University, this is Sam. Does the hold say what it\'s for, a library fine or something else?'],
      [70, 'p', 'it says "BU hold"'],
      [82, 'l', 'That\'s a billing hold, not ours (library fines show up as "LB"). The key to the codes is on the Registrar\'s page: kutztown.edu/registrar/holds. Questions about a BU hold should be directed to the Bursar\'s Office (bursar@kutztown.edu). Does that answer your question?'],
      [125, 'p', 'yes! that\'s everything'],
      [130, 'l', 'Great, good luck with the transcript!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "appeals have to be filed in person with the Zoning Hearing Board" tells the patron where to go: a referral
    name: 'passive, no contact: "appeals have to be filed in person with the Zoning Hearing Board" after the ordinance\'s URL: referral fails',
    lines: [
      [0, 'p', 'township denied my fence permit. can i appeal?'],
      [26, 'l', 'Hello, this is Ruth at Cherry Hill Public Library. Which township are you in?'],
      [55, 'p', 'cherry hill'],
      [66, 'l', 'Yes. The zoning ordinance is online at ecode360.com/CH0477 (chapter 416 covers fences). Appeals have to be filed in person with the Zoning Hearing Board within 20 days of the denial. Does that help?'],
      [110, 'p', 'yes thats all thanks'],
      [115, 'l', 'Good luck with the fence!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: a conditional referral ("if they won't fix it, …") still tells the patron whom to contact
    name: 'conditional: "If the landlord still hasn\'t fixed it by Friday, file a complaint with Rental Housing at rentalhousing@cityoflancasterpa.gov": referral passes',
    lines: [
      [0, 'p', 'my landlord wont fix the mold in the bathroom, its been a month'],
      [30, 'l', 'Hi, thanks for contacting Lancaster Public Library, I\'m Jen. Do you rent in the City of Lancaster, and have you asked him in writing?'],
      [80, 'p', 'yes city. i texted him twice'],
      [95, 'l', 'Send him a dated letter too and keep a copy; the tenant guide at palawhelp.org/tenants has a sample. If the landlord still hasn\'t fixed it by Friday, file a complaint with Rental Housing at rentalhousing@cityoflancasterpa.gov. Does that help?'],
      [140, 'p', 'ok thank you that is all'],
      [145, 'l', 'You\'re welcome, take care.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'conditional, no contact: "if your ILL request is still pending after two weeks, check in with the Service Desk": referral fails',
    lines: [
      [0, 'p', 'how long does interlibrary loan take for a book'],
      [18, 'l', 'Hello, Ask a Librarian at West Chester University, Keisha here. Is it a book or a chapter scan you need?'],
      [45, 'p', 'whole book'],
      [55, 'l', 'Usually 7-10 days for books; you can track it in your ILLiad account at wcupa.illiad.oclc.org. If it\'s still pending after two weeks, check in with the Service Desk. Does that help?'],
      [90, 'p', 'yep'],
      [94, 'l', 'Anything else today?'],
      [110, 'p', 'nope'],
      [115, 'l', 'Thanks, have a good one!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- lists ---------------------------------------------------------------------------------------------------------------

  // ---- Spanish ---------------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: "Le recomiendo comunicarse con el Consulado de Guatemala; su teléfono es (215) 330-5566": referral passes',
    lines: [
      [0, 'p', 'buenas, como saco el pasaporte guatemalteco para mi hija que nacio aqui'],
      [30, 'l', 'Buenas tardes, le atiende Marisol de la Biblioteca Libre de Filadelfia. ¿Ya tiene el certificado de nacimiento de la niña?'],
      [75, 'p', 'si lo tengo'],
      [88, 'l', 'Primero hay que inscribirla en el RENAP; los requisitos están en renap.gob.gt/inscripciones-en-el-extranjero. Le recomiendo comunicarse con el Consulado de Guatemala en Filadelfia; su teléfono es (215) 330-5566. ¿Le sirve esta información?'],
      [130, 'p', 'si muchas gracias, eso es todo'],
      [135, 'l', '¡Con mucho gusto! Que tenga buen día.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, no contact: "Puede acudir a la Oficina de Asistencia del Condado, ahí le ayudan con la solicitud" after benefits URL: referral fails',
    lines: [
      [0, 'p', 'hola como aplico para cupones de comida'],
      [20, 'l', 'Hola, soy Andrés de la Biblioteca Pública de Reading. ¿Vive usted en el condado de Berks?'],
      [50, 'p', 'si en reading'],
      [60, 'l', 'Puede aplicar en línea en compass.state.pa.us (hay versión en español). Si prefiere hacerlo en persona, puede acudir a la Oficina de Asistencia del Condado, ahí le ayudan con la solicitud. ¿Le ayuda esto?'],
      [100, 'p', 'si gracias'],
      [104, 'l', '¿Necesita algo más?'],
      [120, 'p', 'no, gracias'],
      [124, 'l', '¡Que le vaya bien!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- the contact in another message --------------------------------------------------------------------------------------
  {
    name: 'a named specialist, then the patron asks how to reach her and the next message gives her e-mail and phone: referral passes',
    lines: [
      [0, 'p', 'hi, im researching the bethlehem steel strike of 1910 for my thesis, does lehigh have anything'],
      [25, 'l', 'Hi! Lehigh University Libraries, this is Tom. Are you looking for company records or newspaper coverage?'],
      [60, 'p', 'company records mostly'],
      [75, 'l', 'Our Bethlehem Steel collection is described at lehigh.edu/library/special/bethsteel. The person you want is our university archivist, Ilhan Citak; she knows those boxes best, so talk to her before you come in. Does that help?'],
      [110, 'p', 'yes! how do i reach her'],
      [118, 'l', 'ilc204@lehigh.edu or 610-758-3070.'],
      [140, 'p', 'thanks thats all i need'],
      [145, 'l', 'Good luck with the thesis!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the party with its phone in an earlier message, "I\'d call them about copies" later: referral passes',
    lines: [
      [0, 'p', 'my great great grandpa fought in the civil war from pennsylvania. where are the records'],
      [28, 'l', 'Hello, Ask Here PA, this is Beth from the Cumberland County Library System. Do you know his regiment?'],
      [70, 'p', '83rd pa volunteers'],
      [82, 'l', 'The Pennsylvania State Archives (717-783-3281) holds the Civil War Veterans\' Card File and the muster rolls; the card file is searchable at digitalarchives.state.pa.us.'],
      [100, 'l', 'If his card turns up, I\'d call them about copies of the muster roll pages. Does that help?'],
      [140, 'p', 'yes thats all thanks'],
      [145, 'l', 'You\'re welcome, happy hunting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the contact promised ("I\'ll get you their number") but never given before the patron says thanks: referral fails',
    lines: [
      [0, 'p', 'where do i get my well water tested in chester county'],
      [24, 'l', 'Hi, this is Pat at Chester County Library. Is it for a home sale, or just to check?'],
      [55, 'p', 'just to check, we have a baby coming'],
      [68, 'l', 'Congratulations! The Chester County Health Department\'s well water page lists what to test for: chesco.org/1517/Well-Water. Call the Health Department\'s water lab to order a kit; hang on, I\'ll get you their number. Does the page help in the meantime?'],
      [100, 'p', 'ok thats all i need thank u'],
      [105, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- phones in words and letters, links, addresses -----------------------------------------------------------------------------------
  {
    // reading: 1-800-MEDICARE is a phone number written in letters
    // reading (relabelled after the first run): the clarifying question itself names my.medicare.gov, a source, so no
    // question comes BEFORE the first message that gives a source: inquiry.clarify fails
    name: '"just call 1-800-MEDICARE and ask for a replacement card" (a phone in letters): referral passes; the clarifying question names a URL, so clarify fails',
    lines: [
      [0, 'p', 'lost my medicare card how do i get a new one'],
      [20, 'l', 'Hi, you\'re chatting with Ed at the Ocean County Library. Do you have a my.medicare.gov account already?'],
      [50, 'p', 'no i dont do computers much'],
      [60, 'l', 'No problem. Just call 1-800-MEDICARE and ask for a replacement card; they mail it in about 30 days. The Medicare page on it is medicare.gov/basics/get-started-with-medicare/medicare-basics/replacement-card. Is that what you needed?'],
      [100, 'p', 'yes thank you dear that is all'],
      [105, 'l', 'You\'re very welcome. Take care!'],
    ],
    exp: usual({ clarify: 'fail', referral: 'pass' }),
  },
  {
    name: 'markdown link to the office\'s contact page: "[Contact Disability Resources](https://www.temple.edu/disability-resources/contact)": referral passes',
    lines: [
      [0, 'p', 'Hi, I have ADHD and need extended time on exams, does the library handle that?'],
      [22, 'l', 'Hello, and welcome to Ask a Librarian at Temple University Libraries. I\'m Nadia. Are you an undergraduate or a grad student?'],
      [60, 'p', 'undergrad'],
      [70, 'l', 'Accommodations are arranged by Disability Resources and Services, not the library. Register with them first: [Contact Disability Resources](https://www.temple.edu/disability-resources/contact). The library does have quiet study rooms you can book at library.temple.edu/rooms. Does that answer your question?'],
      [110, 'p', 'yes that\'s all thank you!'],
      [115, 'l', 'You\'re welcome, good luck this semester!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'own department with a street address: "Stop in at our Business & Career Center, 2nd floor of the Main Library, 6 W. Market St.": referral passes',
    lines: [
      [0, 'p', 'i need help with my resume, does the library do that'],
      [22, 'l', 'Hi! I\'m Kay, a librarian at Reading Public Library. Are you applying somewhere specific, or starting from scratch?'],
      [60, 'p', 'starting from scratch'],
      [70, 'l', 'Our resume templates are in the Career Resources guide at readingpubliclibrary.org/career. For one-on-one help, stop in at our Business & Career Center, 2nd floor of the Main Library, 100 S. 5th St., Reading, on Tuesday or Thursday afternoons. Does that help?'],
      [100, 'p', 'yes great, thats all'],
      [104, 'l', 'Thanks for chatting, see you there!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- other libraries, hotlines, brands, professionals ------------------------------------------------------------------------------------
  {
    name: 'another library: "The Free Library\'s Map Collection has those; reach them at 215-686-5397 or maps@freelibrary.org": referral passes',
    lines: [
      [0, 'p', 'are there old fire insurance maps of philly from the 1920s anywhere'],
      [25, 'l', 'Hello, Penn Libraries chat, this is Aaron. Do you need a specific neighborhood?'],
      [60, 'p', 'kensington'],
      [70, 'l', 'Some Sanborn sheets are online at the Library of Congress: loc.gov/collections/sanborn-maps. For the full Hexamer and Bromley atlases, the Free Library\'s Map Collection has those; reach them at 215-686-5397 or maps@freelibrary.org before you go. Does that answer your question?'],
      [115, 'p', 'yes! thats all i needed'],
      [120, 'l', 'Enjoy the maps, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a hotline: "you can call or text 988 any time, day or night": referral passes; the chat goes on to the book',
    lines: [
      [0, 'p', 'do you have books about dealing with grief? my best friend died last month and i am not doing great'],
      [28, 'l', 'Hi, this is Ana at the Montgomery County-Norristown Public Library. I\'m so sorry about your friend. Are you looking for something for adults, or for a teen?'],
      [75, 'p', 'adult. me'],
      [85, 'l', 'One many readers find helpful is "It\'s OK That You\'re Not OK" by Megan Devine; it\'s in our catalog at mnlibrary.org/catalog and on Libby. If things ever feel like too much, you can call or text 988 any time, day or night. Is that the kind of book you had in mind?'],
      [140, 'p', 'yes thank you. that is all'],
      [146, 'l', 'Take good care of yourself. Thank you for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a brand: "take it to the Genius Bar; book it at getsupport.apple.com" (the brand\'s own booking site): referral passes',
    lines: [
      [0, 'p', 'my ipad wont connect to the library wifi anymore but it used to'],
      [20, 'l', 'Hi! Hunterdon County Library, Jess here. Does it see the network "HCL-Public" at all?'],
      [50, 'p', 'it sees it but says incorrect password, there is no password'],
      [62, 'l', 'Try Settings > Wi-Fi > tap the (i) next to HCL-Public > Forget This Network, then join again; our wifi help page is hclibrary.us/wifi. If it still won\'t join, take it to the Genius Bar; you can book a slot at getsupport.apple.com. Does that help?'],
      [110, 'p', 'forgetting it worked!! thats all'],
      [115, 'l', 'Yay! Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "who do I call?" answered with a party and its number refers the patron to it
    name: 'the patron asks "who do i call about that?" and the answer names the Department of Revenue with its number: referral passes',
    lines: [
      [0, 'p', 'i got a letter that my PA tax refund is being held'],
      [20, 'l', 'Hi there, Ask Here PA, this is Gloria from the Allegheny County Library Association. Does the letter have a reason code or notice number?'],
      [60, 'p', 'it says notice of review. who do i call about that?'],
      [72, 'l', 'The Department of Revenue, Personal Income Tax Division: 717-787-8201. Their page on refund reviews is revenue.pa.gov/refundreview. Does that help?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Thanks for using Ask Here PA!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- several parties, only some with contacts --------------------------------------------------------------------------------
  {
    name: 'two parties: the Surrogate with its e-mail, then "take the letters to your bank branch" with none: referral fails',
    lines: [
      [0, 'p', 'how do i close my late husbands bank account'],
      [25, 'l', 'Hello, this is Joan at the Burlington County Library. I\'m sorry for your loss. Was there a will naming you executor?'],
      [65, 'p', 'yes'],
      [78, 'l', 'You\'ll need Letters Testamentary from the Burlington County Surrogate; e-mail them at surrogate@co.burlington.nj.us to set up an appointment. Then take the letters and the death certificate to your bank branch. The state\'s page on it is nj.gov/treasury/taxation/inheritance. Does that answer your question?'],
      [125, 'p', 'yes, nothing else thank you'],
      [130, 'l', 'Take care, goodbye.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'SMS: two parties each with its number ("call SHIP at…, or hit up the county\'s Area Agency on Aging at…"): referral passes',
    lines: [
      [0, 'p', 'who can help me w medicare part d penalty', CELL],
      [25, 'l', 'hi! bucks co library text line, Marcy here. r u already enrolled or signing up late?', TEXTLINE],
      [60, 'p', 'signing up late', CELL],
      [70, 'l', 'the penalty rules r at medicare.gov/drug-coverage-part-d/costs-for-medicare-drug-coverage/part-d-late-enrollment-penalty. call APPRISE at 1-800-783-7067, or hit up the Bucks County Area Agency on Aging at 267-880-5700. does that help?', TEXTLINE],
      [110, 'p', 'ya thx thats all', CELL],
      [114, 'l', 'np, bye!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ referral: 'pass' }),
  },

  // ---- near misses that are no referral ------------------------------------------------------------------------------------
  {
    name: 'near miss: sources the provider used ("According to the Bureau of Labor Statistics…", "the county planning office\'s 2022 report says…"): referral na',
    lines: [
      [0, 'p', 'how much do electricians make in pennsylvania'],
      [24, 'l', 'Hi, this is Will at Dauphin County Library System. Do you mean apprentices or licensed journeymen?'],
      [55, 'p', 'journeymen'],
      [68, 'l', 'According to the Bureau of Labor Statistics, the mean wage for electricians in PA was $33.04 an hour in May 2023 (bls.gov/oes/current/oes472111.htm). The Dauphin County Planning Commission\'s workforce report also lists local trades demand. Does that answer your question?'],
      [110, 'p', 'yep that is everything'],
      [115, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'near miss: the provider consults the government documents librarian (an internal note, then "she pointed me to…"): referral na',
    lines: [
      [0, 'p', 'looking for the 1978 environmental impact statement for the blue marsh dam'],
      [25, 'l', 'Hello, Albright College Library, this is Kim. Do you need the draft or the final statement?'],
      [55, 'p', 'final'],
      [62, 'l', 'Let me ask our government documents librarian, one moment.'],
      [70, 'i', 'Sue, do we have the Blue Marsh Lake final EIS? patron on chat'],
      [140, 'l', 'She pointed me to the digitized copy in HathiTrust: catalog.hathitrust.org/Record/011417851 (full view). Is that the one you need?'],
      [180, 'p', 'yes exactly, thats all'],
      [184, 'l', 'Wonderful, have a great day!'],
    ],
    exp: usual({ referral: 'na' }),
  },
  {
    name: 'near miss: a party merely mentioned ("The Bucks County Historical Society digitized these in 2019; they\'re on their Mercer Museum site"): referral na',
    lines: [
      [0, 'p', 'are there photos of the 1955 flood in new hope'],
      [20, 'l', 'Hi! Bucks County Free Library, Marcus here. Are you looking for newspaper photos or family snapshots?'],
      [50, 'p', 'any really'],
      [62, 'l', 'The Bucks County Historical Society digitized their flood collection in 2019; the photos are at mercermuseum.org/flood-of-1955. The Bucks County Courier Times also ran a photo spread on the 60th anniversary, in our newspaper database at buckslib.org/newspapers. Does that help?'],
      [100, 'p', 'yes thats all thank you'],
      [105, 'l', 'My pleasure, bye!'],
    ],
    exp: usual({ referral: 'na' }),
  },
  // (left in v11, passes in v23: "talking with an immigration attorney" refers, and uscis.gov is a source, not the attorney's contact)
  {
    // LEFT: "their policy manual explains it at uscis.gov/…" (USCIS's) is read as the attorney's contact: a URL after
    // "their" in a sentence before the referral counts (v6's reading of "their site"); which party "their" means is
    // not known to the scorer.
    name: 'a professional without contact: "I\'d really recommend talking with an immigration attorney before you file" after uscis.gov: referral fails',
    lines: [
      [0, 'p', 'can i apply for citizenship if i had a dui 6 years ago'],
      [22, 'l', 'Hello, this is Raj at the Jersey City Free Public Library. Do you have your green card for 5 years now?'],
      [55, 'p', 'yes 7 years'],
      [68, 'l', 'USCIS looks at "good moral character" for the 5 years before you apply; their policy manual explains it at uscis.gov/policy-manual/volume-12-part-f. I\'d really recommend talking with an immigration attorney before you file, since every record is different. Does that help?'],
      [110, 'p', 'yes thank you thats all'],
      [115, 'l', 'You\'re welcome. Best of luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

/** A few checks each: constructions, contacts and near misses. */
export const short: SessionCase[] = [
  {
    // reading: "you might want to reach out to X" tells the patron to contact X
    name: '"you might want to reach out to the Tenant Union Representative Network" with no contact: referral fails',
    lines: [
      [0, 'p', 'my building is being sold, can they make us all leave'],
      [20, 'l', 'Hi, this is Jo at the Free Library of Philadelphia. Do you have a lease, or are you month to month?'],
      [50, 'p', 'month to month'],
      [60, 'l', 'The Philadelphia eviction guide is at phillytenant.org/know-your-rights. You might want to reach out to the Tenant Union Representative Network too. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"TURN can help with that: 215-940-3900" (an acronym with its phone): referral passes',
    lines: [
      [0, 'p', 'my building is being sold, can they make us all leave'],
      [20, 'l', 'Hi, this is Jo at the Free Library of Philadelphia. Do you have a lease, or are you month to month?'],
      [50, 'p', 'month to month'],
      [60, 'l', 'Not without proper notice. TURN (the Tenant Union Representative Network) can help with that: 215-940-3900. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"SCORE does free mentoring, you can request a mentor at score.org" (the organisation\'s own site): referral passes',
    lines: [
      [0, 'p', 'starting a cleaning business, is there free advice anywhere'],
      [18, 'l', 'Hi, Jo here at Sample County Library. Do you have a business plan yet?'],
      [40, 'p', 'no'],
      [52, 'l', 'Our Small Business guide has plan templates: samplelibrary.org/smallbiz. SCORE does free mentoring, and you can request a mentor at score.org. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Swing by Circulation and they\'ll reset your PIN" (own department, no contact): referral fails',
    lines: [
      [0, 'p', 'my pin isnt working for libby'],
      [15, 'l', 'Hi! Monroe Township Library, Sara here. Did you recently change it?'],
      [40, 'p', 'no it just stopped'],
      [52, 'l', 'Libby help for sign-in errors is at help.libbyapp.com/6017. If it still fails, swing by Circulation and they\'ll reset your PIN. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"call Circulation at 732-521-5000 ext. 112 and they\'ll reset it": referral passes',
    lines: [
      [0, 'p', 'my pin isnt working for libby'],
      [15, 'l', 'Hi! Monroe Township Library, Sara here. Did you recently change it?'],
      [40, 'p', 'no it just stopped'],
      [52, 'l', 'That usually means the PIN expired. Call Circulation at 732-521-5000 ext. 112 and they\'ll reset it. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // reading: the number's location is given, not the number: no way to reach the insurer
    name: 'near miss: "Have you tried calling your insurance company? The number\'s on the back of your card": referral fails',
    lines: [
      [0, 'p', 'how do i find out if my insurance covers a breast pump'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Is it a private plan or Medicaid?'],
      [45, 'p', 'private through my job'],
      [58, 'l', 'Under the ACA most plans cover one; healthcare.gov/coverage/breastfeeding-benefits explains it. Have you tried calling your insurance company? The number\'s on the back of your card. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "reach out to Mr. Okafor, the 8th-grade counselor; his e-mail is on the staff page" (no e-mail given): referral fails',
    lines: [
      [0, 'p', 'how do i switch from spanish to french next year'],
      [20, 'l', 'Hi! This is Ms. Lopez in the Pennsbury Middle School library. Are you in 7th grade now?'],
      [40, 'p', 'ya'],
      [50, 'l', 'The course guide is at pennsburysd.org/coursecatalog. Reach out to Mr. Okafor, the 8th-grade counselor; his e-mail is on the staff page. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'the postal address in the next message after "do they have an address i can mail it to?": referral passes',
    lines: [
      [0, 'p', 'how do i get my dads death certificate, he died in pittsburgh'],
      [20, 'l', 'Hello, Ask Here PA, this is Ron. I\'m sorry for your loss. Are you his child or spouse?'],
      [45, 'p', 'child'],
      [55, 'l', 'You can order it online at pa.gov/deathcertificate, or write to the Division of Vital Records with the application. Does that help?'],
      [80, 'p', 'do they have an address i can mail it to?'],
      [88, 'l', 'Yes: Division of Vital Records, Attn: Death Unit, P.O. Box 1528, New Castle, PA 16103.'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'a contact page link on its own line after "Reach the Ombudsman here:": referral passes',
    lines: [
      [0, 'p', 'my mom\'s nursing home keeps losing her hearing aids, who do i complain to'],
      [25, 'l', 'Hi, this is Jo at Sample County Library. Is the home in Pennsylvania?'],
      [50, 'p', 'yes'],
      [60, 'l', 'The Long-Term Care Ombudsman handles exactly this. Reach the Ombudsman here:\nhttps://www.aging.pa.gov/aging-services/insurance/Pages/Ombudsman.aspx\nDoes that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Email the Bursar (bursar@wcupa.edu) or stop by Financial Aid" (the second party has no contact): referral fails',
    lines: [
      [0, 'p', 'my refund check hasnt come yet'],
      [15, 'l', 'Hi, WCU Library chat, Keisha here. Is it a financial aid refund or a tuition refund?'],
      [40, 'p', 'not sure'],
      [50, 'l', 'The refund schedule is at wcupa.edu/bursar/refunds. Email the Bursar (bursar@wcupa.edu) or stop by Financial Aid in the Lawrence Center. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: '"ask your doctor about it" (a professional, no contact) after MedlinePlus: referral fails',
    lines: [
      [0, 'p', 'is it safe to take melatonin every night'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is this for an adult or a child?'],
      [40, 'p', 'adult, me'],
      [50, 'l', 'MedlinePlus has a page on melatonin: medlineplus.gov/druginfo/natural/940.html. Since you\'d take it nightly, ask your doctor about it too. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'UK-style phone: "you could give the Museum\'s archive a ring on 01632 960123": referral passes',
    lines: [
      [0, 'p', 'hello, I am looking for records of my grandfather who worked at the Swindon railway works'],
      [25, 'l', 'Hello, you\'re through to Ask a Librarian, I\'m Fiona. Do you know roughly what years he was there?'],
      [60, 'p', '1930s to 1950s'],
      [70, 'l', 'Staff registers for the GWR are at the National Archives (discovery.nationalarchives.gov.uk, series RAIL 264). For photos, you could give the STEAM Museum\'s archive a ring on 01632 960123. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the agency\'s own site with the referral: "I\'d suggest contacting the Office of Open Records about an appeal (openrecords.pa.gov)": referral passes',
    lines: [
      [0, 'p', 'the township denied my right to know request, now what'],
      [20, 'l', 'Hello, Ask Here PA, this is Gloria. When did you get the denial?'],
      [45, 'p', 'last week'],
      [55, 'l', 'You have 15 business days to appeal. I\'d suggest contacting the Office of Open Records about an appeal (openrecords.pa.gov). Does that answer your question?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'passive with the agency\'s page: "Complaints about fair housing can be filed with HUD\'s Philadelphia office at hud.gov/states/pennsylvania/offices": referral passes',
    lines: [
      [0, 'p', 'landlord wont rent to me because i have kids. is that legal'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it an apartment in PA?'],
      [40, 'p', 'yes'],
      [50, 'l', 'No, familial status is protected under the Fair Housing Act. Complaints can be filed with HUD\'s Philadelphia office at hud.gov/states/pennsylvania/offices. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'Spanish: "Llame al 2-1-1 y pida información sobre ayuda con la renta": referral passes',
    lines: [
      [0, 'p', 'no puedo pagar la renta este mes, hay ayuda'],
      [20, 'l', 'Hola, soy Luz de la biblioteca. ¿Vive en el condado de Berks?'],
      [40, 'p', 'si'],
      [50, 'l', 'Sí hay programas. Llame al 2-1-1 y pida información sobre ayuda con la renta; también puede ver pa211.org. ¿Le ayuda?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'Spanish: "Hable con la trabajadora social de la escuela" (no contact) after a guide URL: referral fails',
    lines: [
      [0, 'p', 'mi hijo necesita lentes y no tengo seguro'],
      [20, 'l', 'Hola, soy Andrés de la Biblioteca Pública de Reading. ¿Cuántos años tiene su hijo?'],
      [40, 'p', '9'],
      [50, 'l', 'El programa CHIP cubre lentes: chipcoverspakids.com/es. Hable con la trabajadora social de la escuela, ella conoce programas locales. ¿Le sirve?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "I forwarded your question to our cataloguing department" (the provider acting; no promise to the patron): referral na',
    lines: [
      [0, 'p', 'the catalog says the book is on the shelf but it isnt there'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which branch and which book?'],
      [40, 'p', 'main, "The Women" by Kristin Hannah'],
      [55, 'l', 'Thanks. I forwarded your question to our cataloguing department so they can mark it missing. Meanwhile you can place a hold on another copy at samplelibrary.org/catalog. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll pass your question along to the branch manager" (no one for the patron to contact): referral na',
    lines: [
      [0, 'p', 'why did the library stop having the knitting group on tuesdays'],
      [20, 'l', 'Hi there, Jo at Sample County Library. Which branch was it at?'],
      [40, 'p', 'eastside'],
      [55, 'l', 'I don\'t see it on the events page (samplelibrary.org/events) anymore. I\'ll pass your question along to the Eastside branch manager. Does that help for now?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: a publication of an organisation ("The Chamber of Commerce publishes the list every year; this year\'s is at…"): referral na',
    lines: [
      [0, 'p', 'is there a list of the biggest employers in york county'],
      [20, 'l', 'Hello, York County Libraries, Jo here. Do you want numbers of employees too?'],
      [40, 'p', 'yes'],
      [55, 'l', 'The York County Economic Alliance publishes the list with employee counts every year; this year\'s is at ycea-pa.org/top-employers. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Per the Department of Labor and Industry, the minimum wage is $7.25" (a source of a fact): referral na',
    lines: [
      [0, 'p', 'whats minimum wage in pa'],
      [20, 'l', 'Hi! Jo at Sample County Library. For adults or for tipped workers?'],
      [40, 'p', 'adults'],
      [50, 'l', 'Per the Department of Labor and Industry, the minimum wage is $7.25 an hour (dli.pa.gov/minimumwage). Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "My colleague Raj in Government Documents helped me find this" (staff consulted, not a referral): referral na',
    lines: [
      [0, 'p', 'where can i find the 1990 census of housing for harrisburg'],
      [20, 'l', 'Hello, Jo at Dickinson College Library. Do you need the printed tables or data files?'],
      [45, 'p', 'tables'],
      [110, 'l', 'My colleague Raj in Government Documents helped me find this: the 1990 CH-1-40 volume for Pennsylvania is online at census.gov/library/publications/1993/dec/ch-1-40.html. Is that what you needed?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"The Register of Wills is who you want for that. Phone: 610-891-4400" (the contact in the next sentence): referral passes',
    lines: [
      [0, 'p', 'how do i get a copy of my grandmothers will, she died in media pa in 1988'],
      [20, 'l', 'Hi, Delaware County Libraries, Jo here. Do you know if the will was probated?'],
      [45, 'p', 'i think so'],
      [55, 'l', 'Then it\'s public. The Register of Wills is who you want for that. Phone: 610-891-4400. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"The Register of Wills is who you want for that." (no contact, only a genealogy guide): referral fails',
    lines: [
      [0, 'p', 'how do i get a copy of my grandmothers will, she died in media pa in 1988'],
      [20, 'l', 'Hi, Delaware County Libraries, Jo here. Do you know if the will was probated?'],
      [45, 'p', 'i think so'],
      [55, 'l', 'Then it\'s public; our genealogy guide covers probate records at delcolibraries.org/genealogy. The Register of Wills is who you want for that. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'chat-speak: "def talk to ur advisor abt it" (a person, no contact) after the catalog link: referral fails',
    lines: [
      [0, 'p', 'can i use a book from 1995 for my nursing paper or is it too old'],
      [15, 'l', 'hey! Sam @ Cabrini library chat. does ur prof have a date rule?'],
      [35, 'p', 'says current sources'],
      [45, 'l', 'most nursing profs mean last 5 yrs. u can filter CINAHL by date: library.cabrini.edu/cinahl. def talk to ur advisor abt it tho. that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },

  // ---- the referral reading of the LEFT whole case, and near misses that guard this round's widenings ----------------
  {
    name: 'near miss: "I\'ll pass your question on to our Local History department; they\'ll e-mail you … by Thursday": a follow-up, no referral',
    lines: [
      [0, 'p', 'who built the stone house at the corner of ridge and main in phoenixville'],
      [25, 'l', 'Hi, Phoenixville Public Library, this is Ginny. Do you know roughly when it was built?'],
      [60, 'p', 'maybe 1790s? my email is kmorrow84@gmail.com if you find anything'],
      [70, 'l', 'The township\'s historic resource survey gives only "c. 1795" (phoenixville.org/historic-survey, page 41). I\'ll pass your question on to our Local History department; they\'ll e-mail you at kmorrow84@gmail.com by Thursday with what the deed files show.'],
    ],
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass', source: 'pass' }),
  },
  {
    name: 'guard (service name): "Hello, Ask Here PA, this is Beth" and no one to contact: referral na',
    lines: [
      [0, 'p', 'what year did the johnstown flood happen'],
      [20, 'l', 'Hello, Ask Here PA, this is Beth from the Cumberland County Library System. Do you mean the big one or the later ones?'],
      [45, 'p', 'the big one'],
      [55, 'l', 'May 31, 1889. The Johnstown Flood Museum\'s history page has more: jaha.org/attractions/johnstown-flood-museum. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', greeting: 'pass' }),
  },
  {
    name: 'guard (service name): "you can always ask here" points back to the chat: referral na',
    lines: [
      [0, 'p', 'can i renew a book twice'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a new release?'],
      [40, 'p', 'no'],
      [50, 'l', 'Yes, twice if nobody has a hold; the loan rules are at samplelibrary.org/borrowing. If it won\'t renew, you can always ask here. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (passive): "Books can be sent to any branch for pickup" and "copies can be made with the scanner": no referral',
    lines: [
      [0, 'p', 'can i get a book from another branch'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which branch do you use?'],
      [40, 'p', 'eastside'],
      [50, 'l', 'Books can be sent to any branch for pickup: place a hold at samplelibrary.org/catalog and choose Eastside. Copies can be made with the scanner there too. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (check in with): "I\'ll check in with our archivist and get back to you by Friday" is the provider acting: no referral',
    lines: [
      [0, 'p', 'do you have the 1920s yearbooks from the old high school'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which years exactly?'],
      [40, 'p', '1924 to 1927. email me at lpak@example.org'],
      [50, 'l', 'The catalog shows 1925 only (samplelibrary.org/catalog/record/5512). I\'ll check in with our archivist and get back to you at lpak@example.org by Friday about the others.'],
    ],
    over: FU_ME,
    exp: some({ referral: 'na', contact: 'pass' }),
  },
  {
    name: 'guard (take to): "take the bus to the clinic" is no errand to a party: no referral',
    lines: [
      [0, 'p', 'how do i get to the free flu shot clinic at the main library'],
      [20, 'l', 'Hi, Jo at Sample County Library. Are you coming from downtown?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Take the 14 bus to the clinic stop at Main and 3rd; the event page is samplelibrary.org/events/flu. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (sign you up): "I can sign you up for the class right now" is the provider: no referral',
    lines: [
      [0, 'p', 'is there still room in the excel class'],
      [20, 'l', 'Hi, Jo at Sample County Library. The Tuesday one or the Saturday one?'],
      [40, 'p', 'tuesday'],
      [50, 'l', 'Yes, 4 seats left (samplelibrary.org/events/excel). I can sign you up for the class right now. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (who you want): "the Friends of the Library are who you want to thank for the new chairs" names nobody to contact: referral na',
    lines: [
      [0, 'p', 'who paid for the new chairs in the reading room'],
      [20, 'l', 'Hi, Jo at Sample County Library. At Main, you mean?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The Friends of the Library paid for them with the book sale money (samplelibrary.org/friends); they are who you want to thank! Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (circulation): "ask about the circulation policy at samplelibrary.org/policies" is a thing to read, not a department: referral na',
    lines: [
      [0, 'p', 'how long can i keep a dvd'],
      [20, 'l', 'Hi, Jo at Sample County Library. A movie or a TV series?'],
      [40, 'p', 'movie'],
      [50, 'l', 'One week. The circulation policy at samplelibrary.org/policies lists every format. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'guard (completeness): "Is it the one on Main Street?" asks about the need, not about what was given: completeness fails',
    lines: [
      [0, 'p', 'what time does the post office close'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it the one on Main Street?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The Main Street post office closes at 5 on weekdays (tools.usps.com/locations).'],
      [70, 'p', 'ok'],
    ],
    exp: some({ complete: 'fail', clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Is this the one you were looking for?" after the record is given: completeness passes',
    lines: [
      [0, 'p', 'looking for a cookbook with a blue cover about pennsylvania dutch food'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you remember roughly when it came out?'],
      [40, 'p', 'maybe the 80s'],
      [60, 'l', '"The Pennsylvania Dutch Cookbook" (1985) has a blue cover: samplelibrary.org/catalog/record/20071. Is this the one you were looking for?'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    name: 'guard (suggestion as a question): "Have you contacted your insurance company yet?" asks what the patron did: referral na',
    lines: [
      [0, 'p', 'how do i find out if my insurance covers a breast pump'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Have you contacted your insurance company yet?'],
      [45, 'p', 'no not yet'],
      [58, 'l', 'Under the ACA most plans cover one; healthcare.gov/coverage/breastfeeding-benefits explains it. Does that help?'],
    ],
    exp: some({ referral: 'na', clarify: 'pass', source: 'pass' }),
  },
  {
    name: '"Have you thought about contacting the Long-Term Care Ombudsman? Their line is 1-800-490-8505.": referral passes',
    lines: [
      [0, 'p', 'my mom\'s nursing home keeps losing her hearing aids, who can i complain to'],
      [25, 'l', 'Hi, this is Jo at Sample County Library. Is the home in Pennsylvania?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Have you thought about contacting the Long-Term Care Ombudsman? Their line is 1-800-490-8505, and the program is described at aging.pa.gov. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'guard (who do I call): the provider answers "who should I ask?" with "Let me check with our circulation staff": no referral',
    lines: [
      [0, 'p', 'i have a fine for a book i returned. who should i ask about it?'],
      [20, 'l', 'Hi, Jo at Sample County Library. Let me check with our circulation staff, one moment.'],
      [80, 'l', 'They found it on the shelf and cleared the fine; your account at samplelibrary.org/account shows $0 now. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"who do i talk to about a bulk trash pickup?" answered "Public Works, 215-555-0166.": referral passes',
    lines: [
      [0, 'p', 'hi. who do i talk to about a bulk trash pickup?'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it in the city or the township?'],
      [40, 'p', 'city. who do i call?'],
      [50, 'l', 'The city\'s Department of Public Works, 215-555-0166; the pickup rules are at samplecity.gov/bulk. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"who do i call?" answered without a contact ("The Streets Department handles that.") : referral fails',
    lines: [
      [0, 'p', 'the streetlight on my block is out. who do i call?'],
      [20, 'l', 'The Streets Department handles that. Our guide to city services is at samplelibrary.org/cityservices. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'guard (acronym): "The FAQ can help with that" and "JSTOR can help too" are resources: referral na',
    lines: [
      [0, 'p', 'how do i get journal articles from home'],
      [20, 'l', 'Hi, Jo at Sample University Library. Are you a current student?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Log in through the proxy; the FAQ can help with that: library.sample.edu/faq/offcampus. JSTOR can help too, for older articles (jstor.org). Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"AARP Tax-Aide can help with that for free" (an acronym and a brand word) with its locator URL: referral passes',
    lines: [
      [0, 'p', 'is there free tax prep for seniors near me'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is your income under $67,000?'],
      [40, 'p', 'yes'],
      [50, 'l', 'AARP Tax-Aide can help with that for free; find a site at aarp.org/money/taxes/aarp_taxaide. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'guard (markdown): "[Contact us](https://samplelibrary.org/contact)" points back to the provider\'s own library: referral na',
    lines: [
      [0, 'p', 'how do i suggest a book for the library to buy'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a new book?'],
      [40, 'p', 'yes came out last month'],
      [50, 'l', 'Use the Suggest a Purchase form at samplelibrary.org/suggest. Any other questions: [Contact us](https://samplelibrary.org/contact). Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Llámenos… no: llame al 9-8-8" Spanish crisis line after "al": referral passes',
    lines: [
      [0, 'p', 'mi hermano dice cosas muy tristes, no se que hacer'],
      [20, 'l', 'Hola, soy Luz de la biblioteca. Lo siento mucho. ¿Está él en peligro ahora mismo?'],
      [40, 'p', 'no ahorita no'],
      [50, 'l', 'Si algún día lo está, llame al 988 y marque 2 para español; es gratis y las 24 horas. También hay información en 988lifeline.org/es. ¿Le ayuda esto?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  // (left in v11, passes in v23: handing the question to a department that will e-mail the patron is a follow-up, not a referral)
  {
    // LEFT (not referral): `followup.completeness` passes on "Does that sound good?", which here asks about the plan to
    // pass the question on, not about the information given; the completeness family holds "does that sound good"
    // for every use, and a narrower reading is outside this round's area. The referral reading runs in `short`.
    name: 'near miss: "I\'ll pass your question on to our Local History department; they\'ll e-mail you by Thursday" (the patron\'s e-mail confirmed): a follow-up, no referral',
    lines: [
      [0, 'p', 'who built the stone house at the corner of ridge and main in phoenixville'],
      [25, 'l', 'Hi, Phoenixville Public Library, this is Ginny. Do you know roughly when it was built?'],
      [60, 'p', 'maybe 1790s? my email is kmorrow84@gmail.com if you find anything'],
      [70, 'l', 'The township\'s historic resource survey gives only "c. 1795" (phoenixville.org/historic-survey, page 41). I\'ll pass your question on to our Local History department; they\'ll e-mail you at kmorrow84@gmail.com by Thursday with what the deed files show. Does that sound good?'],
      [110, 'p', 'great thanks, thats all'],
      [115, 'l', 'Thank you, talk soon!'],
    ],
    over: FU_ME,
    exp: followed({ complete: 'fail', referral: 'na' }),
  },
  // (left in v11, passes in v23: a toll-free number in words is read as a phone)
  {
    // reading: a phone written in words is a phone
    // LEFT: no contact family reads numbers in words ("one eight hundred two two two…"); a family for spelled digits would
    // key on words in nearly every chat ("one", "two"), too costly and too loose for this round.
    name: 'SMS, a phone in words: "call poison control, its one eight hundred two two two twelve twenty two": referral passes',
    lines: [
      [0, 'p', 'my toddler licked a dishwasher pod what do i do', CELL],
      [20, 'l', 'hi, Bucks library text line, Marcy. is she acting sick at all?', TEXTLINE],
      [35, 'p', 'no shes fine', CELL],
      [40, 'l', 'call poison control right now, its one eight hundred two two two twelve twenty two, theyre free 24/7. their site is poison.org. ok?', TEXTLINE],
    ],
    over: SMS,
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    // (moved from LEFT by v36 G6) "Google … for their number and call them": "them" points back to the Recorder of Deeds,
    // which its own sentence names before the verb; the sentence before (the parcel viewer's URL, which does not name it)
    // is no way to reach it (`pronounLeadPartyG6`)
    name: 'near miss: "Google \'Lancaster County Recorder of Deeds\' for their number and call them": no contact given, referral fails',
    lines: [
      [0, 'p', 'how do i find out who owns the empty lot next to me'],
      [20, 'l', 'Hi, Lancaster Public Library, Jen here. Do you know the parcel number?'],
      [45, 'p', 'no'],
      [55, 'l', 'The county parcel viewer shows owners: gis.co.lancaster.pa.us/parcelviewer. If it\'s not clear there, Google "Lancaster County Recorder of Deeds" for their number and call them. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // v23: a list introduced by "A few places that can help:" refers with no verb; reading list items as parties needs
    // list structure (lines, bullets) the scorer does not keep, too broad for one case.
    // LEFT: a list introduced by "A few places that can help:" names its parties without a referring verb; the
    // scorer reads referrals sentence by sentence, and "places that can help" is deliberately a kind of party (v5's
    // SUBJECT_INDEFINITE). Reading a list after such a heading as a referral to each item is a structural change.
    name: 'a bulleted list of three parties, the last ("your township\'s code enforcement office") with no contact: referral fails',
    lines: [
      [0, 'p', 'I think my landlord is illegally keeping my security deposit. Where can I get help in Bucks County?'],
      [27, 'l', 'Good afternoon, Bucks County Free Library, this is Colleen. How long ago did you move out?'],
      [70, 'p', 'about 45 days ago'],
      [82, 'l', 'In PA the landlord has 30 days to return it or send an itemized list. A few places that can help:\n• Legal Aid of Southeastern PA: 877-429-5994\n• Bucks County Bar Association Lawyer Referral: bucksbar.org/lawyer-referral\n• your township\'s code enforcement office\nThe PA Law Help guide on deposits is at palawhelp.org/deposits. Does that help?'],
      [130, 'p', 'yes thank you so much, that is all'],
      [135, 'l', 'You\'re very welcome. Good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // v23: as the bulleted list: a list of parties with no referring verb.
    // LEFT: the same as the bulleted list ("Some free help nearby:" and numbered items): no referring verb.
    name: 'a numbered list of three parties, each with a phone, e-mail or URL: referral passes',
    lines: [
      [0, 'p', 'where can my son get help with his college financial aid forms, we are in trenton'],
      [25, 'l', 'Hi! This is Dev at the Trenton Free Public Library. Is he a high school senior, or already in college?'],
      [60, 'p', 'senior at trenton central'],
      [70, 'l', 'Some free help nearby:\n1. NJ Higher Education Student Assistance Authority (HESAA): 1-800-792-8670\n2. Mercer County Community College Financial Aid Office: finaid@mccc.edu\n3. Trenton Central\'s guidance office: trenton.k12.nj.us/tchs/guidance\nThe FAFSA itself is at studentaid.gov. Is that what you were looking for?'],
      [115, 'p', 'yes perfect, nothing else'],
      [120, 'l', 'Great! Good luck to him, and thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // v23: the program page in the sentence before (freelibrary.org/teens/tla) is taken as the teen desk's contact;
    // whether the library's own page reaches its own desk is arguable, so left as labelled.
    // LEFT: the page before it is the Teen Leadership program's ("it's described at freelibrary.org/teens/tla"), and
    // `ownedContact` takes a URL in a sentence that shares a word with the party ("teen") as the party's; a program is
    // no resource noun, and telling a program's page from its desk's needs more than the words.
    // reading: "X can help" with the library's own teen desk: the patron is told to go to it; no contact
    name: 'own department, no contact: "The teen desk at the Ferguson branch can sign you up" beside the volunteer page: referral fails',
    lines: [
      [0, 'p', 'can i volunteer at the library, im 15'],
      [20, 'l', 'Hey there! This is Mo with the Free Library of Philadelphia. Which branch is closest to you?'],
      [50, 'p', 'ferguson i think? the one on broad st'],
      [60, 'l', 'Yes, teens 14+ can join the Teen Leadership Assistants program; it\'s described at freelibrary.org/teens/tla. The teen desk at the Ferguson branch can sign you up. Does that help?'],
      [95, 'p', 'ya thx thats all'],
      [100, 'l', 'Awesome, have a great day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // v23: the contact taken is compass.state.pa.us before ", or stop by …", the state human services portal the County
    // Assistance Office belongs to; reading "apply online at X, or visit Y" as leaving Y unreached would also fail
    // "renew at ssa.gov or call Social Security" shapes.
    // LEFT: "apply online at compass.state.pa.us, or stop by the Lebanon County Assistance Office": the URL is the
    // application portal's, one alternative of the sentence, and the office is the other; the scorer counts any contact
    // in the referral's own sentence. Telling whose a URL is inside one sentence with one referring verb is left.
    name: 'near miss: the patron\'s own phone read back beside "stop by the County Assistance Office": the number is the patron\'s, referral fails',
    lines: [
      [0, 'p', 'how do i apply for liheap heating help'],
      [25, 'l', 'Hello, this is Carol at the Lebanon Community Library. Do you rent or own, and is heat included in your rent?'],
      [65, 'p', 'rent, heat not included. u can text me at 717-555-0184 if u find more'],
      [78, 'l', 'Got it, 717-555-0184. You can apply online at compass.state.pa.us, or stop by the Lebanon County Assistance Office and they\'ll help you fill it out. Does that answer your question?'],
      [115, 'p', 'yes thx thats all'],
      [120, 'l', 'Stay warm, goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // v23: an acronym alone as the party ("try SCORE") is no party word; keyed on capitals only, too broad.
    // LEFT: "try" + an acronym: "try SCORE" (an organisation) and "try ERIC", "try CINAHL" (databases) look alike; the
    // rubric's "try" alternatives stay with named kinds of place (courthouse, historical society…).
    name: '"Try SCORE, they\'re great" (acronym only) after the library\'s guide: referral fails',
    lines: [
      [0, 'p', 'starting a cleaning business, is there free advice anywhere'],
      [18, 'l', 'Hi, Jo here at Sample County Library. Do you have a business plan yet?'],
      [40, 'p', 'no'],
      [52, 'l', 'Our Small Business guide has plan templates: samplelibrary.org/smallbiz. For advice, try SCORE, they\'re great with first-time owners. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
];

describe('eleventh round (K8): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eleventh round (K8): referrals, a second look, every check', whole);
describeSessions('eleventh round (K8): referrals, a second look, short cases', short);

describeLeft('eleventh-round-referrals', LEFT);
