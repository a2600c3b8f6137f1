/**
 * Thirty-first round, area (O2): HOUSE AND PROPERTY HISTORY. When a house was built, old deeds and land records
 * (mdlandrec.net), building permits, plats and surveys, Sanborn fire insurance maps, city directories, historic district
 * rules and tax credits, property tax assessments (SDAT), title searches, old photos of a street, former owners in the
 * census; providers point to the land records site, the assessor's database, the permits office, the historical society,
 * the library's own local history room (referral.contact, info.source, inquiry.clarify, followup.*, closing.*).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "you'll have to go to the land records office at the
 *   courthouse", "check with the permits office downtown", "the Historical Society of Baltimore County would also be worth a
 *   call", "stop by the Maryland Room on the third floor, Tuesday to Saturday 10 to 5" (hours and a floor are no contact),
 *   "come on down to our Local History Room on Saturday", "you'd need to go down to the land records office", "ask the
 *   planning department for the permit file".
 *  a referral WITH one (passes): "call the Annapolis Historic Preservation Commission staff at 410-263-7961", "pop into the Kent
 *   History and Library Centre, James Whatman Way, Maidstone ME14 1LQ", "e-mail localhistory@hclibrary.org or call
 *   410-313-1950", "llame a la oficina de evaluaciones … al 240-314-4510", "write to the Maryland State Archives, 350 Rowe Blvd".
 *  a source, not a referral: "SDAT's Real Property search at sdat.dat.maryland.gov/RealProperty", "mdlandrec.net", "plats.net",
 *   "our Sanborn Maps database", "the Polk city directories on microfilm", "1950census.archives.gov", "Trove", "Medusa at
 *   mht.maryland.gov", "loc.gov/collections/sanborn-maps".
 *  follow-ups: "I'd be glad to look through [the vertical file] tomorrow and e-mail you … What e-mail address should I use?",
 *   "Someone from our Local History staff will e-mail you within three days", "I'll dig in our local history files and get
 *   back to you" (no e-mail, no time, coded Answered).
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the text
 * leaves room (each also at its case):
 * - the library's own local history room / Maryland Room / Heritage Room, told to the patron to visit or e-mail, is a
 *   referral (the provider's own library's departments count when the patron is told to contact or visit them); opening hours
 *   and a floor are no way to reach it;
 * - "would be worth a call" names the party to call: a referral; "the Historical Society has a big photo collection" tells no
 *   one to contact anyone: no referral (and an organisation named without a way to reach it is no source);
 * - "Ancestry Library Edition is free on our branch computers", "the Polk directories on microfilm at C. Burr Artz" say where
 *   a resource is, they tell no one to visit: no referral;
 * - "Cheers, enjoy the digging!" (British) thanks the patron: a goodbye;
 * - "Is that OK?" after "I'll also dig in our files and get back to you" asks about the plan, not whether what was given
 *   meets the need: no completeness;
 * - a provider's clarifying question the patron never answers is a substantive exchange (the information checks apply);
 * - a follow-up recorded 30 or 50 hours after the session, with `now` at 24 hours, is recorded within the 72 hours.
 *
 * Written: 30 whole sessions (26 first, 4 more for the fixes; 28 run, 2 in LEFT), 34 short cases (27 first, 7 more; 33 run, 1
 * in LEFT), 10 near misses in `guards`. First run (26 whole, 27 short): 4 of 53 cases failed on 4 statuses: referral.contact 3 ("you'd need a
 * title company or a real estate attorney", "You'd need to go down to the land records office", "Come in to our local history
 * room": no referral read), session.disconnect_notice 1 (the Lost Call's "it looks like you've disconnected. Please contact us
 * again" never says the session will end: my label, now fail). Labels of mine corrected: 1. The fix sessions' runs found 2 more
 * referral.contact errors ("the 1887 atlas for Elm St" read as a postal address giving the Maryland Room a contact; a
 * society's URL in the clause before ", and u can visit our Local History Room" given to the room) and 2 cases whose "… St.
 * Does that help?" ran the referral's sentence into the question (2 texts rewritten so the street does not end the sentence
 * before a question, 1 case left). Fixed in block O2 (phrase families only, no setting):
 *  - referralVerb (plus): "go / come" with "down to / in to / into / over to / by / on down to …" at a clause's start or after
 *    a modal, "to", "just", "please" ("You'd need to go down to the land records office", "Come in to our local history room
 *    at Central", "come on down to our Local History Room", "you can go in to the Land Records office", "you could come down
 *    to the Heritage Room") [near misses: "It may come down to whether the land records office kept …", "The atlases came in
 *    to our local history room in 1990", "Permits … are hard to come by", "On mdlandrec.net, go down to Land Records Search in
 *    the left menu", "owners had to go down to the courthouse to record a deed" (history), "then go into the Land Records
 *    tab"; "Come by and pick up the copies" (no party after it); "Come down to the Local History Room tomorrow and I'll pull
 *    the file for you", "come in to the branch on Monday, and we can scan the plat together" (the provider's own help there)];
 *  - address (swap of alternative 0, one more alternative): a street number that may be a year (1600-2049) is a street
 *    address only when no preposition or "shows / lists / covers" comes between it and the street's suffix ("the 1887 atlas
 *    for Elm St", "the 1920 census of Mulberry St", "the 1904 Sanborn map showing Light St", "the 1930 survey of Patrick St"
 *    are no addresses) [near misses, still addresses: "1900 N Charles St", "2001 Main St in Frederick", "1715 Ridge Road near
 *    the courthouse", "1824 Market Street, for the 1887 atlas of Elm St"].
 * The whole suite's first run broke 3 older cases on the referralVerb widening ("Come by and grab them, see you!", "come down
 * to the desk and I'll show you / lend you one"): narrowed to an object opening with a determiner and not followed by the
 * provider's own "and I'll / we can …" (near misses added above).
 * Left (3): "you'd need a title company or a real estate attorney" (no referring verb; "you'd need a …" is said of documents
 * and accounts too); a society's URL in the clause before ", and … visit our Local History Room" given to the room; "… Elm
 * St. Does that help?" not split at "St." (the sentence splitter is older than this block).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_LIB, FU_ME, type Line, other, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A house-age question up to the patron's answer to the clarifying question. */
const HOUSE: Line[] = [
  [0, 'p', 'hi, how can i find out when my house was built and who owned it before'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! What's the address, and which county is it in?"],
  [50, 'p', '412 Elm St, Ellicott City, Howard County'],
];
/** A deed question up to the patron's answer. */
const DEED: Line[] = [
  [0, 'p', 'I need a copy of the deed to my grandmothers house from the 1950s'],
  [20, 'l', 'Hello! This is Jo at Sample County Library. Which county is the house in, and do you know roughly what year she bought it?'],
  [50, 'p', 'Baltimore County, around 1954'],
];
/** A permits question up to the patron's answer. */
const PERMIT: Line[] = [
  [0, 'p', 'how do i find old building permits for my rowhouse'],
  [20, 'l', 'Hi, Jo at Ask Us here. Is the house in Baltimore City or one of the counties?'],
  [50, 'p', 'baltimore city, hampden'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
const HOUR = 3600;
const fu = (h: number, by = 'jo') => [{ doneAt: at(h * HOUR), by }];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, when was my house built: SDAT real property search, then Sanborn maps in the library database',
    lines: [
      [0, 'p', "Hi! We just bought a little bungalow in Catonsville and I'm dying to know how old it really is. The listing said 1925 but the neighbor says it's older."],
      [25, 'l', "Hi, and congratulations on the house! I'm Mary, a librarian at Baltimore County Public Library. What's the street address, so I can look it up with you?"],
      [70, 'p', '18 Melvin Ave, Catonsville 21228'],
      [80, 'l', 'Thanks! Give me a minute to pull up the assessment record.'],
      [160, 'l', "The state's Real Property search (SDAT) at sdat.dat.maryland.gov/RealProperty lists 1925 as the year built, but that date is often an estimate. For a better answer, our Sanborn Maps database (bcpl.info/research, then Sanborn Maps, with your library card) has Catonsville sheets from 1910 and 1922: if the house is drawn on the 1922 sheet, it is older than the listing says. Does that help?"],
      [240, 'p', "Oh that's so cool, I'll look tonight!"],
      [250, 'l', 'Is there anything else I can help you with today?'],
      [275, 'p', "No, that's everything. Thank you so much!"],
      [282, 'l', 'My pleasure! Enjoy the detective work, and thanks for using AskUsNow!'],
    ],
    exp: usual(),
  },
  {
    name: 'terse veteran, a deed chain on mdlandrec.net: the liber and folio explained',
    lines: [
      [0, 'p', 'how do i trace the deeds back on my property'],
      [12, 'l', 'Hi, Ray at Ask Us, Harford County Public Library. Which county, and do you have the current deed\'s liber/folio?'],
      [45, 'p', 'harford. liber 4521 folio 112'],
      [55, 'l', 'Make a free account at mdlandrec.net, pick Harford, search by book and page. Each deed cites the one before it ("being the same lot which…"), so you walk back one deed at a time. That what you need?'],
      [90, 'p', 'yep'],
      [95, 'l', 'Anything else?'],
      [110, 'p', 'no'],
      [114, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "you'll have to go to the land records office at the courthouse" tells the patron to visit an office with no
    // way to reach it; the office named without a way to reach it is no source either
    name: 'sloppy: an old deed, "you\'ll have to go to the land records office at the courthouse": no source, referral fails',
    lines: [
      ...DEED,
      [70, 'l', "For something that old you'll have to go to the land records office at the courthouse in Towson, they can pull it for you. Did that help?"],
      [110, 'p', 'ok i guess. thanks'],
      [118, 'l', 'You are welcome! Have a good day.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    // the librarian promises to look in the vertical file and e-mail, confirms the e-mail and says when; done 30 h later
    name: 'follow-up: the vertical file on a street, e-mail confirmed, "by Friday", done in 30 hours',
    lines: [
      [0, 'p', 'Hello, I am researching the history of Lafayette Avenue in Bolton Hill, especially number 1620. Any old photos or articles?'],
      [30, 'l', "Hello, and thank you for contacting Ask a Librarian! I'm Helen, a librarian at the Enoch Pratt Free Library. Are you after photographs of the house itself, or of the street in general?"],
      [80, 'p', 'Both if possible. The house is from about 1880.'],
      [95, 'l', "Thank you. For the street, the Pratt's Digital Maryland collection at digitalmaryland.org has several Bolton Hill photographs from the 1890s and 1930s. Our Maryland Department also keeps a vertical file of clippings on Bolton Hill houses, which isn't online. I'd be glad to look through it tomorrow and e-mail you what I find. What e-mail address should I use?"],
      [150, 'p', 'r.okafor@example.com'],
      [160, 'l', "Thank you: r.okafor@example.com. I'll send you what the vertical file has by Friday. Does the Digital Maryland link help for now?"],
      [200, 'p', 'Yes, very much. That is all for today.'],
      [210, 'l', 'Wonderful. Thank you for chatting with us, and watch your inbox!'],
    ],
    over: { ...FU_ME, patron: { name: 'R. Okafor', email: 'r.okafor@example.com', phone: null }, followUps: fu(30, 'jo') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // a promise to get back, coded Answered, no e-mail in the chat, no time: code fails, contact fails, on time pending
    name: 'sloppy follow-up: "I\'ll dig in the local history files and get back to you" coded Answered, no e-mail, no time',
    lines: [
      [0, 'p', 'do you have anything on the old Hutzler farmhouse on Route 40? my family owned it'],
      [25, 'l', "Hi! I'm Kim with the Ask a Librarian service. Do you know about when your family owned it?"],
      [60, 'p', '1890s to about 1940'],
      [75, 'l', "The Howard County Historical Society's online catalog (hchsmd.org/research) lists some Route 40 farm photos. I'll also dig in our local history files and get back to you. Is that OK?"],
      [110, 'p', 'sure thanks'],
      [118, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'formal, historic district tax credit: the MHT page, and the city\'s Historic Preservation Commission with phone',
    lines: [
      [0, 'p', 'Good afternoon. I own a house in the Annapolis Historic District and plan to replace the windows. Are there tax credits, and do I need approval?'],
      [30, 'l', 'Good afternoon, and thank you for contacting AskUsNow! My name is Elaine, a librarian with Anne Arundel County Public Library. Is the house your primary residence, or an income property?'],
      [80, 'p', 'It is my primary residence.'],
      [90, 'l', 'Thank you. One moment while I check the current programme.'],
      [170, 'l', "The Maryland Historical Trust's Homeowner Tax Credit covers 20% of qualified rehabilitation costs on owner-occupied homes: the rules and application are at mht.maryland.gov/taxcredits_homeowner.shtml. Window replacement in the district also needs a certificate of approval: please call the Annapolis Historic Preservation Commission staff at 410-263-7961 before you order anything. Does this answer your question?"],
      [240, 'p', 'Yes, completely. That is all I needed. Thank you.'],
      [250, 'l', 'You are most welcome. Thank you for using AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "check with the permits office" tells the patron to contact an office with no way to reach it; the permit
    // search page is a source
    name: 'student worker, old building permits: the online permit lookup, then "check with the permits office downtown": referral fails',
    lines: [
      ...PERMIT,
      [62, 'l', 'ok so newer permits (after 2000ish) are on the city permit lookup at permits.baltimorecity.gov. for older ones id check with the permits office downtown, they have the paper files. did that help?'],
      [100, 'p', 'yeah thx thats all i needed'],
      [106, 'l', 'np! good luck with the house, bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'genealogist, former owners in the census: Ancestry Library Edition in the branch, the 1950 census at the National Archives',
    lines: [
      [0, 'p', 'Hello. I want to find out who lived in my house in 1920-1950. It is on Mulberry Street in Frederick.'],
      [30, 'l', "Hello, I'm Sam, a librarian with Frederick County Public Libraries' Ask a Librarian. Do you already know the names of any owners from the deeds, or are you starting from the address only?"],
      [85, 'p', 'Only the address.'],
      [100, 'l', "Then an address search is the way in. The 1950 census is free and searchable at 1950census.archives.gov: pick Maryland, Frederick County, and the enumeration district map will show your street. For 1920-1940, Ancestry Library Edition is free on our branch computers (fcpl.org/research), and the Polk city directories for Frederick on microfilm at C. Burr Artz list residents by street. Is that what you were looking for?"],
      [170, 'p', 'Yes! I did not know the directories were by street. Thanks.'],
      [176, 'l', 'Anything else I can help with?'],
      [200, 'p', "No, that's all for now."],
      [206, 'l', 'Happy hunting, and thank you for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: the provider's clarifying question is a substantive exchange even though the patron never answers
    name: 'patron vanishes after the clarifying question: check-in, then the disconnect notice inviting back',
    lines: [
      [0, 'p', 'where do i find plats for my subdivision'],
      [20, 'l', "Hi, I'm Dana with AskUsNow! Which county is the subdivision in, and do you know its name?"],
      [200, 'l', 'Are you still there?'],
      [380, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to come back anytime!"],
    ],
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the patron sent only the question: no substantive exchange; Lost Call with one patron message is right
    name: 'Lost Call: only the question about a Sanborn map, a greeting, a check-in and a notice that does not say the chat ends',
    lines: [
      [0, 'p', 'do you have the 1904 sanborn map for havre de grace'],
      [30, 'l', "Hello! I'm Jo, a librarian with AskUsNow!"],
      [150, 'l', 'Are you still there?'],
      [250, 'l', "I'm sorry, it looks like you've disconnected. Please contact us again anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    // reading (my first label was pass): "it looks like you've disconnected. Please contact us again" never says the session
    // will end
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', idle: 'pass', disconnect: 'fail' }),
  },
  {
    name: 'transfer to the local history librarian: the reason in an internal note, the patron told; Rosa answers with the plat book',
    lines: [
      [0, 'p', 'hi, was there a house on our lot before ours was built in 1955? we found an old foundation in the yard'],
      [20, 'l', "Hello, Jo at Ask Us here. What's the address?"],
      [45, 'p', '9 Ridge Rd, Greenbelt'],
      [52, 'l', "Thanks! I'm transferring you to Rosa in our Local History department, she knows the old Prince George's maps best. One moment."],
      [55, 'i', 'pt asks what stood on 9 Ridge Rd Greenbelt before 1955, old foundation found: local history / maps q'],
      [58, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [90, 'l', 'Hi, Rosa from Local History here. Let me check the 1938 plat book.', ROSA],
      [170, 'l', "The 1938 Greenbelt plat (on plats.net, Prince George's, plat book 3) shows your lot as part of the old Walker farm, with a barn drawn near the back line: the foundation may be that barn. Does that answer your question?", ROSA],
      [230, 'p', 'wow yes! thats all i wanted to know'],
      [238, 'l', 'Great find! Thanks for chatting with us.', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // reading: "pop into the county record office" tells the patron to visit an office outside the chat; its postal address
    // makes the referral pass
    name: 'British, a house history in Kent: the National Archives guide, the Kent History and Library Centre\'s address',
    lines: [
      [0, 'p', "Hiya, I'd like to research the history of my cottage near Maidstone. Where do I start?"],
      [25, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Do you know roughly when it was built, and is it listed?"],
      [70, 'p', "Estate agent said 1840s, and yes it's Grade II."],
      [85, 'l', "Brilliant. The National Archives' research guide 'Houses and other buildings' (nationalarchives.gov.uk/help-with-your-research/research-guides/house-history) walks you through tithe maps, census returns and deeds. Historic England's list entry for your cottage is on historicengland.org.uk. For the 1840s tithe map and the parish records, pop into the Kent History and Library Centre, James Whatman Way, Maidstone ME14 1LQ. Is that what you were after?"],
      [160, 'p', "Perfect, cheers. That's all I needed."],
      [168, 'l', 'Cheers, enjoy the digging!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Australian, old photos of a Brisbane street: Trove and the State Library of Queensland\'s catalogue',
    lines: [
      [0, 'p', "G'day, after old photos of Vulture St, West End, our Queenslander's on it. Anything from early 1900s?"],
      [22, 'l', "G'day! Chris here from Ask a Librarian at Brisbane City Council Libraries. Are you after the house itself or the streetscape?"],
      [60, 'p', 'streetscape is fine, house if we get lucky'],
      [70, 'l', 'No worries, give me a sec to search.'],
      [150, 'l', "Trove (trove.nla.gov.au, Pictures filter, 'Vulture Street' West End) has a few tram photos from 1910s-20s, and the State Library of Queensland's One Search (onesearch.slq.qld.gov.au) has the 1946 aerial photos of West End where you can often spot individual houses. Did that do the trick?"],
      [210, 'p', 'legend, thanks'],
      [215, 'l', 'Anything else you need?'],
      [230, 'p', 'nah all good'],
      [235, 'l', 'Cheers, have a good one!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a property tax assessment: SDAT\'s search and the assessment appeal form',
    lines: [
      [0, 'p', 'Good evening madam. Kindly tell me how to check the assessed value of my house in Montgomery county, the tax bill has increased too much.'],
      [30, 'l', 'Good evening! I am Anita, a librarian with Montgomery County Public Libraries on AskUsNow. Do you want to see the assessment itself, or to appeal it?'],
      [75, 'p', 'Both please. I want to appeal if it is wrong.'],
      [88, 'l', "The assessment is on SDAT's Real Property search at sdat.dat.maryland.gov/RealProperty: search by your street address and you will see the land and improvement values. The appeal steps and the form are on the page dat.maryland.gov/realproperty/Pages/Assessment-Appeal-Process.aspx; an appeal must usually be filed within 45 days of the assessment notice. Does this answer your question?"],
      [150, 'p', 'Yes madam, thank you very much. That is all.'],
      [158, 'l', 'You are welcome! Thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish, property tax: SDAT\'s search in Spanish and the assessment office with its phone',
    lines: [
      [0, 'p', 'Hola, compré una casa en Silver Spring y no entiendo el impuesto a la propiedad. ¿Dónde puedo ver el valor tasado?'],
      [25, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿La casa está en el condado de Montgomery?'],
      [55, 'p', 'Si, Montgomery'],
      [68, 'l', 'El valor tasado aparece en la búsqueda de propiedades del SDAT: sdat.dat.maryland.gov/RealProperty, busque por la dirección. Si tiene preguntas sobre el valor, llame a la oficina de evaluaciones del condado de Montgomery al 240-314-4510. ¿Le ayuda?'],
      [120, 'p', 'Si, muchas gracias. Es todo.'],
      [128, 'l', '¡Con gusto! Gracias por usar AskUsNow, adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "stop by our Maryland Room on the third floor, Tuesday to Saturday 10-5" tells the patron to visit the library's
    // own department: hours and a floor are no way to reach it
    name: 'warm, Sanborn maps on paper: "stop by our Maryland Room on the third floor": referral fails',
    lines: [
      [0, 'p', 'Do you have the big paper Sanborn maps? I want to see the colours, the online ones are black and white.'],
      [25, 'l', "Hi there! I'm Gwen, a librarian at the Enoch Pratt Free Library. Which neighbourhood and which years are you interested in?"],
      [65, 'p', 'Fells Point, 1890s'],
      [80, 'l', "We do! The color Sanborn atlases for Baltimore, 1890 and 1901, are in our Maryland Room. Just stop by the Maryland Room on the third floor of the Central Library, Tuesday to Saturday 10 to 5, and ask at the desk. The black-and-white set is in the Sanborn Maps database at prattlibrary.org/research. Does this help?"],
      [150, 'p', 'Yes! I will come Saturday. That is all, thanks'],
      [158, 'l', 'See you Saturday! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the library\'s local history room with its e-mail and phone: referral passes',
    lines: [
      [0, 'p', 'Is there a file on the Glenwood school house? We think our house was the old school.'],
      [25, 'l', "Hello! I'm Robin, a librarian at Howard County Library System. Do you know when it stopped being a school?"],
      [60, 'p', 'around 1938 they say'],
      [75, 'l', "Our Howard County Historical Society collection has a Glenwood schools folder, and the 1930s school board minutes are indexed in the Maryland State Archives guide at msa.maryland.gov. The folder is in our Local History Room at Miller branch: e-mail localhistory@hclibrary.org or call 410-313-1950 to set a time to see it. Is this what you needed?"],
      [140, 'p', 'Yes, exactly. Thats all'],
      [148, 'l', 'Wonderful, thank you for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // the provider searches for four minutes without a word: keep informed fails
    name: 'a long silent search for a 1930s city directory: keep informed fails',
    lines: [
      [0, 'p', 'who lived at 2210 E Monument St in 1935'],
      [20, 'l', "Hi, I'm Pat at Ask Us. Is that Baltimore City?"],
      [40, 'p', 'yes'],
      [290, 'l', "The 1935 Polk's Baltimore City Directory (in the Internet Archive at archive.org, search 'Baltimore city directory 1935') has a street section: 2210 E. Monument was listed to John and Anna Kowalski, grocer. Does that help?"],
      [330, 'p', 'yes thanks'],
      [335, 'l', 'Anything else?'],
      [350, 'p', 'no thats it'],
      [355, 'l', 'Bye, thanks for chatting!'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  {
    // the provider cuts the patron off for convenience with no way back
    name: 'dismissal: "I can only do one question per chat" on the second question, no way back',
    lines: [
      [0, 'p', 'how do i find the survey for my lot line, my neighbor put a fence on my side'],
      [20, 'l', "Hi, I'm Lee with Ask a Librarian. Which county?"],
      [40, 'p', 'carroll'],
      [55, 'l', "Recorded plats for Carroll are on plats.net (free with an mdlandrec.net login): search by subdivision. Does that help?"],
      [90, 'p', 'ok and how would I find who owned it before the subdivision'],
      [100, 'l', "Sorry, I can only do one question per chat. Bye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    name: 'academic, an architecture student: Digital Sanborn Maps (ProQuest) and the Library of Congress collection',
    lines: [
      [0, 'p', 'Good evening. For a studio project I need Sanborn maps of College Park, Maryland, from 1910 to 1950.'],
      [30, 'l', 'Good evening, and welcome to the University of Maryland Libraries chat. My name is Dr. Hollis, the architecture librarian. Do you need them georeferenced for GIS, or are page images enough?'],
      [80, 'p', 'Page images are fine.'],
      [95, 'l', 'Thank you. Let me confirm which years exist.'],
      [175, 'l', "Digital Sanborn Maps (ProQuest, via lib.umd.edu/databases) has College Park sheets for 1913, 1925 and 1939, in colour scans, and the Library of Congress Sanborn collection at loc.gov/collections/sanborn-maps has the 1939 and 1939-1950 updated sheets free. Does this meet your needs?"],
      [240, 'p', 'Yes, this is exactly it. That is all for tonight. Thank you.'],
      [248, 'l', 'You are welcome. Good luck with the studio, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // four other sessions of the same provider open while this one is: concurrency fails
    name: 'a busy librarian with four other chats open: an assessment question answered, concurrency fails',
    lines: [
      [0, 'p', 'how much are property taxes on 55 Bay Dr Annapolis'],
      [20, 'l', "Hi, Jo at Ask Us, Anne Arundel County Public Library. Do you want this year's bill or the assessed value?"],
      [45, 'p', 'the bill'],
      [60, 'l', "The county's tax bill lookup at aacounty.org/finance (Property Tax, Look Up Your Bill) shows the current bill by address. Does that help?"],
      [90, 'p', 'yes thanks. thats all'],
      [96, 'l', 'Thanks for chatting, bye!'],
    ],
    ctx: { otherIntervals: [other('o2a', 'jo', -100, 400), other('o2b', 'jo', -50, 400), other('o2c', 'jo', 0, 400), other('o2d', 'jo', 10, 400)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    // follow-up by the patron's library: the local history staff will e-mail within three days, e-mail confirmed; recorded in 50 h
    name: 'follow-up by the patron\'s library: "our Local History staff will e-mail you within three days", done in 50 hours',
    lines: [
      [0, 'p', 'Hi, I am looking for the original building permit or plans for my house in Takoma Park, built around 1912.'],
      [25, 'l', "Hello! I'm Nora, a librarian with AskUsNow!, answering for Montgomery County Public Libraries tonight. Do you know if the house is in the Takoma Park historic district?"],
      [70, 'p', 'Yes it is.'],
      [85, 'l', "Permits that old were rarely kept, but the Montgomery Planning historic preservation files sometimes have them; their survey forms are searchable at montgomeryplanning.org/planning/historic. I'll also pass your question to the Local History staff at your library, who know the Takoma Park files. Can I have your e-mail for them?"],
      [140, 'p', 'sure, lena.b@example.net'],
      [150, 'l', 'Thanks: lena.b@example.net. Someone from our Local History staff will e-mail you within three days. Does the survey link help for now?'],
      [200, 'p', 'Yes, great. Nothing else, thank you!'],
      [208, 'l', 'Thank you for chatting, goodbye!'],
    ],
    over: { ...FU_LIB, patron: { name: 'Lena B', email: 'lena.b@example.net', phone: null }, followUps: fu(50, 'mcpl') },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // no greeting and no name in the first two provider messages: greeting fails
    name: 'no greeting: "address?" and then the answer; the patron done',
    lines: [
      [0, 'p', 'what year was my condo built'],
      [15, 'l', 'address?'],
      [40, 'p', '700 Fleet St Baltimore'],
      [60, 'l', "SDAT's Real Property search (sdat.dat.maryland.gov/RealProperty) says 2005 for that building. Did that help?"],
      [90, 'p', "yes that's all I needed"],
      [95, 'l', 'Thanks, bye'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // scripted macros; the historical society told with no contact; the source named with its URL
    name: 'scripted macros, a farm\'s history: the county historical society "would be worth a call", no number: referral fails',
    lines: [
      [0, 'p', 'I want to learn the history of our farm in Glyndon, it has a stone barn from maybe 1850'],
      [10, 'l', 'Thank you for contacting Ask a Librarian. A librarian will be with you shortly.'],
      [40, 'l', "Hi, my name is Terry, a librarian at Baltimore County Public Library. Do you know the farm's old name or the family who built it?"],
      [80, 'p', 'the Fowble farm I think'],
      [95, 'l', "The Maryland Inventory of Historic Properties (Medusa, at mht.maryland.gov/secure/medusa) has survey forms for many Glyndon farms, searchable by name. The Historical Society of Baltimore County would also be worth a call, they have a farm files collection. Does this help?"],
      [150, 'p', 'Yes thanks, that is everything'],
      [155, 'l', 'Thank you for using Ask a Librarian. Have a great day!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // the patron's "k" and leaving; the provider's answer, check-in, no disconnect notice before the end
    name: 'chat-speak buyer, a house\'s flood history: FEMA flood map; the patron goes quiet, a check-in only',
    lines: [
      [0, 'p', 'thinking of buying a house in ellicott city old town, how do i know if it flooded before'],
      [20, 'l', "hey! I'm Kai from the AskUsNow! chat :) do u have the address?"],
      [50, 'p', '8100 main st'],
      [62, 'l', "ok so FEMA's flood map at msc.fema.gov shows it's in the floodway, and the county's Ellicott City flood page (howardcountymd.gov/ellicott-city-flood) lists the 2016 and 2018 damage. does that help?"],
      [200, 'l', 'are u still there?'],
    ],
    over: { endAfter: 80 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  // ---- more sessions for the fix (labelled before running) -----------------------------------------------------------------
  {
    // reading: "come on down to the Local History Room" tells the patron to visit the library's own department; no contact
    name: 'warm, a church-turned-house: "come on down to our Local History Room on Saturday", no contact: referral fails',
    lines: [
      [0, 'p', 'Hi!! Our house in Sykesville used to be a Methodist church, does the library have anything about it?'],
      [25, 'l', "Oh how fun! Hi, I'm Bev, a librarian at Carroll County Public Library. Do you know the church's name or when it closed?"],
      [65, 'p', 'St Pauls I think, closed in the 1950s'],
      [80, 'l', 'Let me look, one moment!'],
      [150, 'l', "The Historical Society of Carroll County's church records index (hscc.carr.org/research) lists St. Paul's Methodist, Sykesville, 1871-1956. We also have a folder of clippings on Sykesville churches: come on down to our Local History Room at the Westminster branch on Saturday and the volunteers will pull it for you. Does that help?"],
      [220, 'p', 'Yes!! thank you, that is all I needed'],
      [228, 'l', 'Yay! Thanks for chatting, see you Saturday!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "you can go in to the Land Records office at the courthouse, 401 Bosley Avenue" gives a postal address
    name: 'terse, a 1920s deed not online: "you can go in to the Land Records office, 401 Bosley Ave": referral passes',
    lines: [
      [0, 'p', 'mdlandrec only goes back so far, need a 1923 deed in towson'],
      [15, 'l', 'Hi, Ray at Ask Us, BCPL. Got a liber number from a later deed?'],
      [40, 'p', 'liber WPC 592'],
      [50, 'l', 'mdlandrec.net has the WPC series scanned, search Baltimore County by book. If a page is missing, you can go in to the Land Records office at the Circuit Court, 401 Bosley Ave, Towson. That do it?'],
      [80, 'p', 'yeah thats all'],
      [84, 'l', 'Thanks, bye.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "the 1930 survey of Patrick St" is a resource and its street, no postal address for the Heritage Room
    name: 'formal, a 1930s survey: "please come in to the Heritage Room to see the 1930 survey of Patrick St on the reader": referral fails',
    lines: [
      [0, 'p', 'Good morning. I am told a 1930s survey recorded the houses on West Patrick Street in Frederick. Is it available anywhere?'],
      [30, 'l', 'Good morning, and thank you for contacting Ask a Librarian. I am Margaret, a librarian at Frederick County Public Libraries. Do you mean the 1936 Historic American Buildings Survey, or a city survey of property lines?'],
      [90, 'p', 'The buildings survey, I believe.'],
      [105, 'l', 'Thank you. The HABS drawings and photographs are free in the Library of Congress catalogue at loc.gov/pictures/collection/hh, searchable by street. The local 1930 survey of Patrick St is on microfilm only: please come in to the Heritage Room to see the 1930 survey of Patrick St on the reader there. Does this answer your question?'],
      [170, 'p', 'It does. That is all, thank you.'],
      [178, 'l', 'You are most welcome. Thank you for contacting us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- referrals: offices, societies and the library's own room, with or without a way to reach them -------------------
  { name: '"Call the Land Records office at the Circuit Court, 410-887-2601." : referral passes', lines: then(DEED, 'Call the Land Records office at the Baltimore County Circuit Court, 410-887-2601, and they can pull the 1954 deed. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"You\'d need to go down to the land records office." : referral fails', lines: then(DEED, "You'd need to go down to the land records office for a certified copy. Does that help?"), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"Search the deeds at mdlandrec.net" : a source, no referral', lines: then(DEED, 'Search the 1950s deeds at mdlandrec.net with a free account. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"SDAT\'s real property search shows the year built" : a source, no referral', lines: then(HOUSE, "SDAT's Real Property search at sdat.dat.maryland.gov/RealProperty shows the year built. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Email our Local History Room at localhistory@samplelibrary.org" : referral passes', lines: then(HOUSE, 'Email our Local History Room at localhistory@samplelibrary.org and they can check the house files. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Come in to our local history room, they have the files." : referral fails', lines: then(HOUSE, 'Come in to our local history room at Central, they have files on old Ellicott City houses. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Contact the Howard County Historical Society at 410-480-3250." : referral passes', lines: then(HOUSE, 'Contact the Howard County Historical Society at 410-480-3250, they hold many Ellicott City deeds and photos. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"The historical society would know more, give them a ring." : referral fails', lines: then(HOUSE, 'The historical society would know more about Elm St, give them a ring. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Ask the planning department for the permit file." : referral fails', lines: then(PERMIT, 'Ask the planning department for the permit file on your house. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Permit records since 1998 are at permits.baltimorecity.gov" : a source, no referral', lines: then(PERMIT, 'Permit records since 1998 are searchable at permits.baltimorecity.gov by address. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"Write to the Maryland State Archives, 350 Rowe Blvd, Annapolis" : referral passes', lines: then(DEED, 'For a certified copy of the 1954 deed, write to the Maryland State Archives, 350 Rowe Blvd, Annapolis MD 21401. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"visit the Department of Permits, Approvals and Inspections" without a contact: referral fails', lines: then(PERMIT, 'You could visit the Department of Permits, Approvals and Inspections in person for files before 1998. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: '"our Sanborn Maps database" (named, no URL): a source', lines: then(HOUSE, 'Our Sanborn Maps database has Ellicott City sheets from 1887 to 1930. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: '"the Polk city directories on microfilm" (named): a source', lines: then(HOUSE, 'The Polk city directories on microfilm in our Howard County room list residents by street. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'the historical society named as holding photos, no instruction, no contact: no source, no referral', lines: then(HOUSE, 'The Howard County Historical Society has a big photo collection of Main Street. Does that help?'), exp: some({ source: 'fail', referral: 'na' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"Which county is the property in?" before the source: clarify passes', lines: [[0, 'p', 'how do i look up a deed'], [15, 'l', "Hi, I'm Jo at Ask Us. Which county is the property in?"], [40, 'p', 'anne arundel'], [50, 'l', 'Search it at mdlandrec.net. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: 'the source in the first answer, no question: clarify fails', lines: [[0, 'p', 'how do i look up a deed'], [15, 'l', "Hi, I'm Jo at Ask Us. Search it at mdlandrec.net. Does that help?"], [40, 'p', 'ok thanks'], [45, 'l', 'Bye!']], exp: some({ clarify: 'fail' }) },
  { name: '"So you want the owners before your parents bought it?" restated before the source: clarify passes', lines: [[0, 'p', 'my parents bought our house in 1970, i want to know who had it before'], [15, 'l', "Hi, I'm Jo at Ask Us. So you want the owners before 1970?"], [40, 'p', 'yes'], [50, 'l', 'The deeds on mdlandrec.net go back through each sale. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness ----------------------------------------------------------------------------------------------------
  { name: '"Would you like me to e-mail you the map sheet?" after the source: completeness fails', lines: then(HOUSE, 'The 1910 Sanborn sheet for Elm St is in our Sanborn Maps database. Would you like me to e-mail you the map sheet?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that give you what you need on the deed?" : completeness passes', lines: then(DEED, 'The 1954 deed is on mdlandrec.net under Baltimore County, liber 2501. Does that give you what you need on the deed?'), exp: some({ complete: 'pass' }) },
  // ---- follow-ups ------------------------------------------------------------------------------------------------------
  {
    name: 'the vertical file promised, e-mail repeated back, "by Thursday": contact passes; recorded in 20 h',
    lines: [...HOUSE, [70, 'l', "I'll look in our vertical file on Elm St tomorrow and e-mail you what I find. What's your e-mail?"], [100, 'p', 'pat@example.org'], [110, 'l', "Got it, pat@example.org. You'll hear from me by Thursday. Thanks, bye!"]],
    over: { ...FU_ME, followUps: fu(20) },
    exp: some({ contact: 'pass', onTime: 'pass', code: 'pass' }),
  },
  {
    name: 'the vertical file promised, e-mail given, no time said: contact fails',
    lines: [...HOUSE, [70, 'l', "I'll look in our vertical file on Elm St and e-mail you what I find. What's your e-mail?"], [100, 'p', 'pat@example.org'], [110, 'l', 'Got it, thanks, bye!']],
    over: { ...FU_ME, followUps: fu(20) },
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    name: '"I\'ll get back to you" coded Answered: code fails; not recorded yet: pending',
    lines: [...HOUSE, [70, 'l', "I'll check the house files tomorrow and get back to you by e-mail by Wednesday, pat@example.org right?"], [100, 'p', 'yes'], [110, 'l', 'Thanks, bye!']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'the follow-up recorded 80 hours later: on time fails',
    lines: [...HOUSE, [70, 'l', "I'll check the house files and e-mail you by Friday, pat@example.org right?"], [100, 'p', 'yes'], [110, 'l', 'Thanks, bye!']],
    over: { ...FU_ME, followUps: fu(80) },
    ctx: { now: Date.parse('2026-03-12T10:00:00-05:00') },
    exp: some({ contact: 'pass', onTime: 'fail' }),
  },
  // ---- the patron done, or not -----------------------------------------------------------------------------------------
  { name: '"that\'s all I needed for the house" : anything else passes', lines: [...HOUSE, [70, 'l', 'SDAT at sdat.dat.maryland.gov/RealProperty shows 1890. Does that help?'], [90, 'p', "yes, that's all I needed for the house"], [95, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"cool thanks" : anything else fails', lines: [...HOUSE, [70, 'l', 'SDAT at sdat.dat.maryland.gov/RealProperty shows 1890. Does that help?'], [90, 'p', 'cool thanks'], [95, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  { name: '"Good luck with the house, goodbye!" last: courteous passes', lines: [...HOUSE, [70, 'l', 'SDAT at sdat.dat.maryland.gov/RealProperty shows 1890. Does that help?'], [90, 'p', 'yes'], [95, 'l', 'Good luck with the house, goodbye!']], exp: some({ courteous: 'pass' }) },
  // ---- more for the fix --------------------------------------------------------------------------------------------------
  { name: '"Just come by the Maryland Room on the third floor and ask for the atlas." : referral fails', lines: then(HOUSE, 'Just come by the Maryland Room on the third floor and ask for the 1887 atlas. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"you could come down to the Heritage Room any weekday" : referral fails', lines: then(HOUSE, 'If you want the originals, you could come down to the Heritage Room any weekday afternoon. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Please come into the Heritage Room, 301-600-1630" : referral passes', lines: then(HOUSE, 'Please come into the Heritage Room at Central, 301-600-1630, to see the house files. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"Just come by the Maryland Room; the staff will pull the 1887 atlas for Elm St from the map case." : referral fails', lines: then(HOUSE, 'Just come by the Maryland Room and the staff will pull the 1887 atlas for Elm St from the map case. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Stop in at our Heritage Room to see the 1920 census of Mulberry St" : referral fails', lines: then(HOUSE, 'Stop in at our Heritage Room to see the 1920 census of Mulberry St on microfilm. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Ask at the Maryland Room for the 1904 map showing Light St and its alleys" : referral fails', lines: then(HOUSE, 'Ask at the Maryland Room for the 1904 Sanborn map showing Light St and its alleys. Does that help?'), exp: some({ referral: 'fail' }) },
];

/** Near misses of the changes (the same words for something else). */
export const guards: SessionCase[] = [
  // near misses for the O2 referralVerb: "go / come" with a particle that is no visit, or no party after it
  { name: 'near miss: "It may come down to whether the land records office kept the 1890 books." : no referral', lines: then(DEED, 'It may come down to whether the land records office kept the 1890 books; the 1954 deed is on mdlandrec.net. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The atlases came in to our local history room in 1990" : no referral', lines: then(HOUSE, 'The Sanborn atlases came in to our local history room in 1990 as a gift; they are scanned at samplelibrary.org/sanborn. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Permits before 1950 are hard to come by" : no referral', lines: then(PERMIT, 'Permits from before 1950 are hard to come by, but the Sanborn maps at samplelibrary.org/sanborn show the footprint. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "On mdlandrec.net, go down to Land Records Search in the menu" : a source, no referral', lines: then(DEED, 'On mdlandrec.net, go down to Land Records Search in the left menu and pick the county. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "owners had to go down to the courthouse to record a deed" (history): no referral', lines: then(DEED, 'In the 1950s owners had to go down to the courthouse to record a deed themselves, so it will be in the land records at mdlandrec.net. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "then go into the Land Records tab" (a web page): no referral', lines: then(DEED, 'Log in at mdlandrec.net, then go into the Land Records tab and choose Baltimore County. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // near misses for the O2 address swap: real street addresses whose number may be a year still reach the party
  { name: 'near miss: "Visit the Land Records office at 1900 N Charles St." : referral passes', lines: then(DEED, 'Visit the Land Records office at 1900 N Charles St for the 1954 deed. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Drop in at the Heritage Room, 2001 Main St in Frederick." : referral passes', lines: then(HOUSE, 'Drop in at the Heritage Room, 2001 Main St in Frederick, for the house files. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Write to the historical society at 1715 Ridge Road near the courthouse." : referral passes', lines: then(HOUSE, 'Write to the historical society at 1715 Ridge Road near the courthouse for the photos. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Visit the Historical Society, 1824 Market Street, for the 1887 atlas of Elm St" : referral passes', lines: then(HOUSE, 'Visit the Historical Society of Frederick County, 1824 Market Street, for the 1887 atlas of Elm St and its lots. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Come by and pick up the copies, see you!" (no one to visit): no referral', lines: [...DEED, [70, 'l', 'The 1954 deed is on mdlandrec.net, and I printed it for you. Does that help?'], [100, 'p', 'yes thanks, thats all'], [106, 'l', 'Come by and pick up the copies, see you!']], exp: some({ referral: 'na', courteous: 'pass' }) },
  // reading: the provider will meet the patron there and help them: a visit to the provider, not to a party outside the chat
  { name: 'near miss: "Come down to the Local History Room tomorrow and I\'ll pull the file for you." : no referral', lines: then(HOUSE, "Come down to the Local History Room tomorrow and I'll pull the Elm St file for you. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "come in to the branch on Monday, and we can scan the plat together" : no referral', lines: then(HOUSE, 'If you like, come in to the branch on Monday, and we can scan the 1890 plat together. Does that help?'), exp: some({ referral: 'na' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: "the Laurel Historical Society has a few online at laurelhistoricalsociety.org/…, and u can visit our Local History
  // Room …": the URL is the society's (a source), the room is given no way to reach it; the scorer gives the room the URL of the
  // clause before ", and" (M3's sourceClauseM3 reads only a clause before ";" naming no party)
  {
    // reading: "visit our Local History Room to see the 1910 photos along Main Street" names no way to reach the room: the year and
    // the street are the photos', not an address
    name: 'student worker, old photos of Main Street: "visit our Local History Room for the 1910 photos along Main Street": referral fails',
    lines: [
      [0, 'p', 'hi do u have old pictures of main st laurel? doing a project on our house'],
      [20, 'l', 'hi! im Jess w/ the Ask a Librarian chat at Prince Georges County Memorial Library :) what years r u looking for?'],
      [50, 'p', 'like 1900-1920'],
      [62, 'l', 'ok! the Laurel Historical Society has a few online at laurelhistoricalsociety.org/collections, and u can visit our Local History Room to see the 1910 photos along Main Street, theyre not digitized yet. did that help?'],
      [100, 'p', 'yes thx thats all'],
      [106, 'l', 'yay good luck w/ the project! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  // LEFT: "… the 1887 atlas for Elm St. Does that help?": "St." before a capital is not read as a sentence's end, so the
  // referral's sentence runs into the question and no referral is read (the sentence splitter is older than this block)
  { name: '"Just come by the Maryland Room and the staff will pull the atlas." : referral fails', lines: then(HOUSE, 'Just come by the Maryland Room and the staff will pull the 1887 atlas for Elm St. Does that help?'), exp: some({ referral: 'fail' }) },
  // LEFT: "for a closing you'd need a title company or a real estate attorney" tells the patron to go to a party (a referral
  // without a way to reach it), but the scorer reads no referring verb in "you'd need a …"; "you'd need a …" is also said of
  // documents, forms and accounts ("you'd need a free account", "you'd need a certified copy"), and a party list for it
  // could not be guarded well in the time left
  {
    // reading: "you'd need a title company or a real estate attorney for that" tells the patron to go to them, none with a contact
    name: 'realtor in a hurry, a title search: "we can\'t do title searches, you\'d need a title company or an attorney": referral fails',
    lines: [
      [0, 'p', 'can u run a title search on 221 Oak Ln Bel Air, closing is friday'],
      [15, 'l', "Hi, I'm Priya with Ask Us. Do you need the full chain of title for the closing, or just the current owner and last deed?"],
      [40, 'p', 'full chain'],
      [50, 'l', "We can't do title searches here, sorry: for a closing you'd need a title company or a real estate attorney. If you want to look yourself, the deeds are on mdlandrec.net. Does that help?"],
      [80, 'p', 'ya i know. thanks'],
      [85, 'l', 'Good luck with the closing! Bye.'],
    ],
    exp: usual({ anything: 'fail', referral: 'fail' }),
  },
];

describe('thirty-first round (O2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-first round (O2): house and property history, every check', whole);
describeSessions('thirty-first round (O2): house and property history, short cases', short);
describeSessions('thirty-first round (O2): house and property history, near misses of the changes', guards);

describeLeft('thirty-first-round-property', LEFT);
