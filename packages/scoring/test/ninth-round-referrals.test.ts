/**
 * Ninth round, area (N): REFERRALS AND CONTACTS, whose URL, e-mail or phone number a sentence gives.
 * RUBRIC.md: referral.contact passes when "every party the patron is referred to comes with a way to reach them
 * (e-mail, phone, postal address or URL)". A URL that is a guide's, a form's or another party's is no way to reach
 * the party referred to; the patron's own e-mail or phone read back never is; a floor, a room number, opening
 * hours or a social-media handle are none of the four kinds. Sessions: several parties each with or without its
 * contact; the contact before the referral; contacts in a pasted signature block; the library's own contact
 * beside the party's; a guide's URL next to a party; contacts typed oddly; walk-in addresses and desks; people
 * by title; Spanish referrals. Voices: public, school and academic libraries, SMS, chat-speak, formal and terse.
 *
 * Statuses are read from the literal text of RUBRIC.md. The whole cases give ALL 17 checks (`usual()` is an
 * ordinary good session; each case says where it differs); the short ones give a few. `LEFT` (not run) holds
 * cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS, type Message } from '@askqa/contract';
import { describeLeft, describeSessions, type SessionCase, all, some, who, type Key, type St, FU_ME, FU_LIB, usual } from './helpers';

/** A follow-up session done right: contact confirmed in the chat and a time given, not yet recorded (pending). */
const followed = (over: Partial<Record<Key, St>> = {}) => usual({ contact: 'pass', onTime: 'pending', ...over });

const NOUR = who('Nour A.', 'nour');
const TEXTLINE = who('Harbor Text', 'harbor-sms');
const CELL: Partial<Message> = { authorId: '+14105550148', author: '+14105550148' };
const SMS = { source: 'sms', patron: { name: null, email: null, phone: '+14105550148' }, provider: { id: 'harbor-sms', name: 'Harbor Text', library: 'HBR' } };

export const whole: SessionCase[] = [
  // ---- moved here from the eighth round's LEFT arrays (one false pass: a guide's or another party's URL read as the party's)
  {
    name: '(from eighth-round-spanish LEFT) "Comuníquese lo antes posible con el Departamento de Vivienda del condado" (the guide has a URL; the department has none)',
    lines: [
      [0, 'p', 'nesesito ayuda con el alquiler, me van a desalojar'],
      [25, 'l', 'Hola, soy Ana de la Biblioteca de Prince George. Lo siento mucho. ¿Ya tiene una fecha de audiencia en el tribunal?'],
      [60, 'p', 'si el viernes'],
      [75, 'l', 'Comuníquese lo antes posible con el Departamento de Vivienda del condado; ellos tienen un programa de ayuda para el alquiler. Y la guía de derechos del inquilino en español está en peoples-law.org/es/desalojo. ¿Esto le ayuda?'],
      [110, 'p', 'ok'],
      [115, 'l', '¿Hay algo más que necesite?'],
      [140, 'p', 'no'],
      [145, 'l', 'Mucha suerte el viernes. Gracias por contactarnos.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '(from eighth-round-academic LEFT) "Check with your professor whether blogs count as scholarly" after a sentence with the guide\'s URL and "them" (the blogs)',
    lines: [
      [0, 'p', 'can i use a blog as one of my scholarly sources'],
      [20, 'l', 'Hello, this is Jo at the Goucher College Library. Is it a blog by a researcher or by a journalist?'],
      [50, 'p', 'a researcher at a university'],
      [65, 'l', "Blogs usually aren't peer reviewed, so most instructors don't count them as scholarly; our Scholarly vs Popular guide explains the difference: goucher.libguides.com/scholarly. Check with your professor whether blogs count for this assignment. Does that help?"],
      [100, 'p', 'yeah that helps. nothing else'],
      [104, 'l', 'Glad to help, take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '(from eighth-round-followups LEFT) "stop by the Financial Aid office, open Mon-Fri 9-5": the FAFSA guide\'s URL before it is no way to reach the office',
    lines: [
      [0, 'p', 'can the library help me with my FAFSA'],
      [20, 'l', 'Hi, Erin at Anne Arundel Community College Library. Are you a current AACC student?'],
      [40, 'p', 'yes'],
      [50, 'l', "The library has a FAFSA guide (libguides.aacc.edu/fafsa). For help with your own form, stop by the Financial Aid office, open Mon-Fri 9-5. Does that help?"],
      [80, 'p', 'ok ty, thats all'],
      [85, 'l', 'Good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  {
    name: '(from eighth-round-quick LEFT) SMS, "for the chromebook hit up the ref desk when ur there" without a comma: a referral with no way to reach the desk',
    lines: [
      [0, 'p', 'cant renew my laptop loan online', CELL],
      [20, 'l', 'hey! its the Harbor Library text line. is it a chromebook or a hotspot?', TEXTLINE],
      [40, 'p', 'chromebook', CELL],
      [50, 'l', 'device loans dont renew online, only books (log in at harborlib.org/account and hit Renew for those). for the chromebook hit up the ref desk when ur there. does that help?', TEXTLINE],
      [80, 'p', 'ya ok thats all', CELL],
      [85, 'l', 'thx, bye!', TEXTLINE],
    ],
    over: SMS,
    exp: usual({ referral: 'fail' }),
  },
  {
    name: '(from eighth-round-noisy LEFT) an e-mail signature pasted as the referral contact after "…an appointment with them. Write or call:"',
    lines: [
      [0, 'p', 'Can I see the original Baltimore Afro-American photographs from the 1960s?'],
      [25, 'l', 'Hello, Nour here at the UMBC Library. Do you want to see the prints in person, or would digital copies do?', NOUR],
      [60, 'p', 'in person'],
      [80, 'l', 'The originals are in our Special Collections and you need an appointment with them. Write or call:\n\n--\nMary Ellen Price\nSpecial Collections Librarian\nAlbin O. Kuhn Library, UMBC\nspeccoll@umbc.edu | 410-455-2353\n\nDoes that help?', NOUR],
      [110, 'p', 'yes that is all I need, thank you'],
      [115, 'l', 'My pleasure, enjoy the visit!', NOUR],
    ],
    over: { provider: { id: 'nour', name: 'Nour A.', library: 'UMBC' } },
    exp: usual({ referral: 'pass' }),
  },

  // ---- a guide's or a form's URL next to a party --------------------------------------------------------------------------
  {
    name: 'small claims: the library\'s guide URL first, then "go to the District Court clerk\'s office in Towson" with no way to reach it',
    lines: [
      [0, 'p', 'how do I sue my old landlord for my deposit back'],
      [18, 'l', 'Hi there, this is Marcus at Baltimore County Public Library. Is the deposit under $5,000?'],
      [45, 'p', 'yes its $1800'],
      [60, 'l', 'That goes to small claims in District Court. Our Legal Help guide walks through it at bcpl.info/legalhelp. To file, go to the District Court clerk\'s office in Towson and ask for form DC-CV-001. Does that answer it?'],
      [95, 'p', 'yes thats all i needed thanks'],
      [100, 'l', 'You\'re welcome, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the same referral, with the clerk\'s own site after it ("their site, mdcourts.gov/district, has the office hours and phone")',
    lines: [
      [0, 'p', 'how do I sue my old landlord for my deposit back'],
      [18, 'l', 'Hi there, this is Marcus at Baltimore County Public Library. Is the deposit under $5,000?'],
      [45, 'p', 'yes its $1800'],
      [60, 'l', 'That goes to small claims. To file, go to the District Court clerk\'s office in Towson; their site, mdcourts.gov/district, has the office hours and phone. Does that answer it?'],
      [95, 'p', 'yes thats all i needed thanks'],
      [100, 'l', 'You\'re welcome, good luck!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a form\'s URL after the referral: "Talk to your property manager first. The rent escrow complaint form is at mdcourts.gov/forms" (the manager has no contact)',
    lines: [
      [0, 'p', 'my apartment has had no heat for 2 weeks what can i do'],
      [30, 'l', 'Hello, you\'ve reached the AskUsNow! librarian, Kendra. Is it a rental, and have you told the landlord in writing?'],
      [70, 'p', 'rental. i called but nothing in writing'],
      [85, 'l', 'Talk to your property manager first and put the request in writing. The rent escrow complaint form is at mdcourts.gov/forms, form DC-CV-080. Is that what you needed?'],
      [130, 'p', 'yes. that is all'],
      [135, 'l', 'Stay warm, and thanks for using AskUsNow!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a legal-information website named like a library (the Maryland Law Help Library\'s name change page) before "visit the Circuit Court clerk in Bel Air": no contact for the clerk',
    lines: [
      [0, 'p', 'need to change my sons last name, where do i start'],
      [22, 'l', 'Good afternoon, Harford County Public Library, Priya speaking. Is he under 18?'],
      [50, 'p', 'yes hes 9'],
      [66, 'l', 'The Maryland Law Help Library has a name change page with every step: marylandlawhelp.org/name-change. To file the petition, visit the Circuit Court clerk in Bel Air. Does that get you started?'],
      [100, 'p', 'yes, no other questions'],
      [106, 'l', 'Thanks for chatting with us. Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'near miss to the guide cases: the URL is the agency\'s own ("The Register of Wills for Harford County is at registers.maryland.gov/harford. Ask them for the small estate forms.")',
    lines: [
      [0, 'p', 'how do i become executor of my moms estate'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which county did she live in?"],
      [40, 'p', 'harford'],
      [55, 'l', 'The Register of Wills for Harford County is at registers.maryland.gov/harford. Ask them for the small estate forms. Does that help?'],
      [80, 'p', 'yes, that is all i needed'],
      [86, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- the contact before the referral ------------------------------------------------------------------------------------
  {
    name: 'the number first: "410-638-3275 is the Register of Wills in Bel Air; call them about the small estate forms"',
    lines: [
      [0, 'p', 'who do i talk to about probate for a small estate in harford county'],
      [20, 'l', 'Hello! Jo here, a librarian with Harford County Public Library. Is the estate under $50,000?'],
      [55, 'p', 'yes'],
      [70, 'l', '410-638-3275 is the Register of Wills in Bel Air; call them about the small estate forms. Does that help?'],
      [95, 'p', 'great thank you that is everything'],
      [100, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the number first as an imperative: "Call 410-767-1310 - that\'s the Office of Vital Records - and ask for an amended certificate"',
    lines: [
      [0, 'p', 'My birth certificate has my name spelled wrong. How do I get it fixed?'],
      [25, 'l', 'Hi, thanks for contacting Ask a Librarian. I\'m Dolores at Carroll County Public Library. Were you born in Maryland?'],
      [55, 'p', 'Yes in Westminster'],
      [70, 'l', "Call 410-767-1310 - that's the Office of Vital Records - and ask for an amended certificate. Their forms are also listed at health.maryland.gov/vsa. Is that what you were looking for?"],
      [110, 'p', 'Yes thanks, that\'s all'],
      [115, 'l', 'You\'re welcome, have a good day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a party\'s phone earlier in the message, naming it, then the referral by name: "The Harford Register of Wills answers at 410-638-3275. … ask the Register of Wills staff"',
    lines: [
      [0, 'p', 'how do i become executor of my moms estate'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which county did she live in?"],
      [40, 'p', 'harford'],
      [55, 'l', "The Harford Register of Wills answers at 410-638-3275. For the forms themselves, the people to ask are the Register of Wills staff in Bel Air. Does that help?"],
      [80, 'p', 'yes thats all'],
      [85, 'l', 'Take care, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- several parties, each with or without its contact -------------------------------------------------------------------
  {
    name: 'two parties in two sentences: the VA office with its phone, then "also talk to your county\'s Office on Aging" with none',
    lines: [
      [0, 'p', 'my dad is a veteran and needs help paying for a nursing home, where do we start'],
      [35, 'l', 'Hello, my name is Gwen and I\'m a librarian at Frederick County Public Libraries. Is he in Frederick County?'],
      [70, 'p', 'yes, in Walkersville'],
      [90, 'l', 'Call the Maryland Department of Veterans Affairs at 410-260-3838 about the Aid and Attendance benefit. Also talk to your county\'s Office on Aging about long-term care programs. Does that help?'],
      [130, 'p', 'yes thanks that is all'],
      [136, 'l', 'Best wishes to your dad. Goodbye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'two parties, each with its own contact in its own sentence (phone; e-mail)',
    lines: [
      [0, 'p', 'my dad is a veteran and needs help paying for a nursing home, where do we start'],
      [35, 'l', 'Hello, my name is Gwen and I\'m a librarian at Frederick County Public Libraries. Is he in Frederick County?'],
      [70, 'p', 'yes, in Walkersville'],
      [90, 'l', 'Call the Maryland Department of Veterans Affairs at 410-260-3838 about the Aid and Attendance benefit. Also write to the Frederick County Senior Services Division at seniorservices@frederickcountymd.gov about long-term care programs. Does that help?'],
      [130, 'p', 'yes thanks that is all'],
      [136, 'l', 'Best wishes to your dad. Goodbye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic: "Email the ILL office at ill@towson.edu, or ask your professor if a scan will do": the professor has no contact',
    lines: [
      [0, 'p', 'the article i need isnt in any of our databases'],
      [20, 'l', 'Hi, Cook Library chat, this is Sam. What\'s the citation?'],
      [55, 'p', 'Harlow 1958, Nature of Love, American Psychologist'],
      [70, 'l', "It's not in our subscriptions, so request it through ILLiad at towson.illiad.oclc.org. Email the ILL office at ill@towson.edu if it's urgent, or ask your professor if a scan from the textbook will do. Does that help?"],
      [100, 'p', 'yes thank you, that is all'],
      [105, 'l', 'Good luck with the paper!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a party in one message and its contact in the next ("Their number is 301-600-1029")',
    lines: [
      [0, 'p', 'where can I get my well water tested'],
      [30, 'l', 'Hello, Frederick County Public Libraries, this is Ray. Is this a private well at your home?'],
      [60, 'p', 'yes'],
      [75, 'l', 'The Frederick County Health Department does well water testing; give them a call to set up a kit pickup.'],
      [82, 'l', 'Their number is 301-600-1029, and the page on it is health.frederickcountymd.gov/wells. Does that answer your question?'],
      [110, 'p', 'perfect, thats all i need'],
      [115, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'the next message gives a health page, not the party\'s contact: "Ask your pharmacist …" then "MedlinePlus has a page on it: medlineplus.gov/…"',
    lines: [
      [0, 'p', 'can i take ibuprofen with my blood pressure pills'],
      [28, 'l', 'Hi! I\'m Alma, a librarian with Howard County Library System. Which blood pressure medicine is it?'],
      [60, 'p', 'lisinopril'],
      [75, 'l', 'I can\'t give medical advice, but please ask your pharmacist or doctor before combining them.'],
      [80, 'l', 'MedlinePlus has a consumer page on the interaction: medlineplus.gov/druginfo/meds/a692051.html. Does that help for now?'],
      [115, 'p', 'yes thanks. nothing else'],
      [120, 'l', 'Take care!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- the library's own contact vs the party's ---------------------------------------------------------------------------
  {
    name: 'the branch\'s own number for the card, then "for the tax forms, go to the Comptroller\'s taxpayer service office in Hagerstown" with none',
    lines: [
      [0, 'p', 'do you have maryland tax forms and also my card wont work'],
      [20, 'l', 'Hello, Washington County Free Library, Tom here. Which forms do you need, the 502?'],
      [55, 'p', 'the 502 and the instructions'],
      [70, 'l', 'Our Hagerstown branch\'s circulation desk can fix the card; their number is 301-739-3250. Our tax page, wcfl.org/taxes, lists what we stock. We\'re out of the printed 502, so for paper forms, go to the Comptroller\'s taxpayer service office in Hagerstown. Does that help?'],
      [100, 'p', 'ok thats all thanks'],
      [105, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the provider\'s own e-mail in a sign-off line after "talk to your school counselor": the provider\'s contact is not the counselor\'s',
    lines: [
      [0, 'p', 'im in 11th grade and want to take a class at the community college is that allowed'],
      [25, 'l', 'Hi! This is Jo, the librarian at Sample High School. Which college are you thinking of?'],
      [55, 'p', 'AACC'],
      [70, 'l', 'Yes, Maryland has dual enrollment; AACC explains it at aacc.edu/dual. Talk to your school counselor about the approval form.\n\nJo Smith, Library Media Specialist\njsmith@samplehs.org\n\nDoes that help?'],
      [100, 'p', 'ya thats all thx'],
      [104, 'l', 'Good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the library\'s own department with its phone ("call our Maryland Room at 410-887-6230") and a guide URL before it',
    lines: [
      [0, 'p', 'im trying to find when my house was built in catonsville'],
      [20, 'l', 'Hello, Baltimore County Public Library chat, this is Devon. Do you know the street address?'],
      [45, 'p', 'yes its on Frederick Rd'],
      [60, 'l', 'Our house history guide is at bcpl.info/househistory and covers land records and old maps. For the old atlases, call our Maryland Room at 410-887-6230 to book a visit. Is that what you needed?'],
      [90, 'p', 'yes that is all thank you'],
      [95, 'l', 'Happy digging, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- desks, rooms, walk-in addresses ---------------------------------------------------------------------------------
  {
    name: 'a desk location only: "stop by the reference desk on the 2nd floor" (a floor is no e-mail, phone, postal address or URL)',
    lines: [
      [0, 'p', 'i need a book on the french revolution for history class'],
      [25, 'l', 'Hey! This is Ms. Lopez in the Westview Middle School library. Is it for a report or a project?'],
      [50, 'p', 'report'],
      [65, 'l', 'Try "The French Revolution" by Linda Wilkinson, call number 944.04 WIL. If it\'s checked out, stop by the reference desk on the 2nd floor of the public library. Does that help?'],
      [90, 'p', 'yes thanks thats all'],
      [95, 'l', 'Good luck on the report!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'the same desk with a way to reach it: "stop by the reference desk on the 2nd floor, or call them at 410-222-7371"',
    lines: [
      [0, 'p', 'i need a book on the french revolution for history class'],
      [25, 'l', 'Hey! This is Ms. Lopez in the Westview Middle School library. Is it for a report or a project?'],
      [50, 'p', 'report'],
      [65, 'l', 'Try "The French Revolution" by Linda Wilkinson, call number 944.04 WIL. If it\'s checked out, stop by the reference desk on the 2nd floor of the public library, or call them at 410-222-7371. Does that help?'],
      [90, 'p', 'yes thanks thats all'],
      [95, 'l', 'Good luck on the report!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic: a subject librarian by title, "drop by Dr. Chen\'s office, room 214 of the library" (a room number is no contact)',
    lines: [
      [0, 'p', 'I need help picking databases for my lit review on microplastics'],
      [22, 'l', 'Hi, you\'ve reached the Research Help chat at UMBC\'s Kuhn Library; I\'m Priyanka. Which discipline is the review for, biology or engineering?'],
      [60, 'p', 'environmental engineering'],
      [75, 'l', 'Start with Web of Science and Compendex (both under Databases A-Z). For a deeper search strategy, drop by Dr. Chen\'s office, room 214 of the library; she\'s our engineering liaison. Does that sound like what you need?'],
      [115, 'p', 'yes! thanks, that\'s all'],
      [120, 'l', 'Happy researching!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a walk-in address: "You can visit the Maryland State Archives at 350 Rowe Blvd, Annapolis", with the finding aid\'s URL for the source',
    lines: [
      [0, 'p', 'are the old naturalization records for anne arundel online'],
      [30, 'l', 'Hi, Anne Arundel County Public Library here, my name is Sal. Which years are you looking for?'],
      [60, 'p', '1900 to 1920'],
      [75, 'l', 'Those are indexed in the Archives\' guide at guide.msa.maryland.gov (search "naturalization"), but the images aren\'t online. You can visit the Maryland State Archives at 350 Rowe Blvd, Annapolis, MD 21401 to see them. Does that answer your question?'],
      [110, 'p', 'yes that is all thanks'],
      [115, 'l', 'Good luck with the search, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an address with no street: "visit the Historical Society in downtown Frederick, next to the courthouse" (a description, no postal address)',
    lines: [
      [0, 'p', 'looking for old photos of the carroll creek flood'],
      [25, 'l', 'Hello, this is Beth with Frederick County Public Libraries. Which flood, 1972 or 1976?'],
      [55, 'p', '1976'],
      [70, 'l', 'Our Maryland Room has a few in the Frederick News-Post clipping files, listed in the catalog at fcpl.org/catalog. For more, visit the Historical Society in downtown Frederick, next to the courthouse. Is that what you were after?'],
      [105, 'p', 'yes, thats all'],
      [110, 'l', 'Thanks, enjoy!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- social handles and oddly typed contacts ---------------------------------------------------------------------------
  {
    name: 'a social handle only: "DM the Hampden Community Council on Instagram, @hampdencc" (no e-mail, phone, postal address or URL)',
    lines: [
      [0, 'p', 'who organizes the miracle on 34th street lights'],
      [30, 'l', 'Hi, Enoch Pratt Free Library here, this is Noor. Are you asking who to contact about the display, or about its history?'],
      [60, 'p', 'who to contact, i want to help next year'],
      [75, 'l', 'It\'s run by the residents of the 700 block with the neighborhood\'s help; the Baltimore Sun covered it at baltimoresun.com/hampden-lights. DM the Hampden Community Council on Instagram, @hampdencc, about volunteering. Does that help?'],
      [110, 'p', 'yes thats all thank u'],
      [115, 'l', 'Happy holidays!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a social page as a URL: "message them on Facebook at facebook.com/hampdencc"',
    lines: [
      [0, 'p', 'who organizes the miracle on 34th street lights'],
      [30, 'l', 'Hi, Enoch Pratt Free Library here, this is Noor. Are you asking who to contact about the display, or about its history?'],
      [60, 'p', 'who to contact, i want to help next year'],
      [75, 'l', 'The Hampden Community Council helps with it. Message them on Facebook at facebook.com/hampdencc about volunteering. Does that help?'],
      [110, 'p', 'yes thats all thank u'],
      [115, 'l', 'Happy holidays!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an e-mail written with (at) and (dot): "email the archives at specialcollections (at) mdhs (dot) org"',
    lines: [
      [0, 'p', 'does anyone have the records of the old Druid Hill Park zoo'],
      [25, 'l', 'Hi, this is Kai with the AskUsNow! service. Are you after photographs or the business records?'],
      [60, 'p', 'business records, like animal purchases'],
      [75, 'l', 'The Maryland Center for History and Culture holds some of the Park Board papers. Please email their library at specialcollections (at) mdhs (dot) org with the years you need. Does that help?'],
      [110, 'p', 'yes, nothing else, thanks!'],
      [116, 'l', 'You\'re welcome. Bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'an e-mail written with [at] and [dot] and no spaces: "write to askarchives[at]umd[dot]edu"',
    lines: [
      [0, 'p', 'Can I visit the university archives to see the 1970 yearbook?'],
      [25, 'l', 'Hello! University of Maryland Libraries, Ask Us chat, this is Jordan. Is it the Terrapin yearbook you mean?'],
      [60, 'p', 'Yes'],
      [75, 'l', 'It\'s digitized at archive.org/details/terrapin1970, so you may not need to visit. To see the print copy, write to University Archives at askarchives[at]umd[dot]edu to book a time. Does that answer your question?'],
      [105, 'p', 'Yes! That\'s everything'],
      [110, 'l', 'Great, have a nice day!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a phone with the area code in brackets and no space: "call the Poison Center at (800)2221222"',
    lines: [
      [0, 'p', 'my toddler ate some of a plant, is pothos poisonous'],
      [12, 'l', 'Hello, Ask a Librarian, I\'m Jo. Is your child having any symptoms right now?'],
      [30, 'p', 'no just drooling a bit'],
      [40, 'l', 'Please call the Maryland Poison Center now at (800)2221222; they answer around the clock. The ASPCA list calls pothos mildly toxic: aspca.org/pothos. Does that help?'],
      [60, 'p', 'calling them now thanks, thats all'],
      [64, 'l', 'I hope your little one is fine. Take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a phone typed with a slash in SMS: "call MVA at 410/768-7000"',
    lines: [
      [0, 'p', 'how do i get a real id'],
      [25, 'l', 'Hi! St. Mary\'s County Library text line, Bree here. Do u already have a MD license?'],
      [50, 'p', 'ya'],
      [60, 'l', 'the doc checklist is at mva.maryland.gov/realid. u need an appt, call MVA at 410/768-7000 to book. that help?'],
      [85, 'p', 'ya thats all thx'],
      [90, 'l', 'thx for texting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a hotline by its number: "dial 211 and ask for the Energy Assistance office"',
    lines: [
      [0, 'p', 'cant pay my electric bill this month is there help'],
      [30, 'l', 'Hello, this is Rosa at Prince George\'s County Memorial Library System. Have you already applied for energy assistance this year?'],
      [60, 'p', 'no'],
      [75, 'l', 'Maryland\'s Office of Home Energy Programs has the application at dhs.maryland.gov/ohep. For help filling it in, dial 211 and ask for the Energy Assistance office in your county. Does that help?'],
      [105, 'p', 'yes thats everything thanks'],
      [110, 'l', 'Take care, and thanks for reaching out!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- the patron's own contacts read back ------------------------------------------------------------------------------
  {
    name: 'the patron\'s e-mail read back for a follow-up, and "contact the Board of Elections" with no contact of its own',
    lines: [
      [0, 'p', 'when was my polling place moved? i want to know for a letter to the paper. my email is dana.k@gmail.com'],
      [25, 'l', 'Hi, Dana! This is Lee at Howard County Library System. Which precinct are you in?'],
      [55, 'p', '5-12'],
      [70, 'l', 'Our Voting guide lists the current places: hclibrary.org/voting. The move date isn\'t there; I\'ll search the meeting minutes and email you at dana.k@gmail.com by Friday. You might also contact the Board of Elections about it. Does the list help for now?'],
      [105, 'p', 'yes thats all, thanks'],
      [110, 'l', 'Thanks for chatting, bye!'],
    ],
    over: FU_ME,
    exp: followed({ referral: 'fail' }),
  },
  {
    name: 'SMS: the patron\'s number read back, and the party\'s own number given ("call the Housing Authority at 410-396-3232")',
    lines: [
      [0, 'p', 'how do i get on the section 8 waitlist in baltimore'],
      [30, 'l', 'hi, Pratt Library text line, Noor here. r u in Baltimore City?'],
      [55, 'p', 'yes. this is my cell 443-555-0148 if u find more'],
      [70, 'l', 'ok 443-555-0148 noted. the waitlist is closed now, the notice is at habc.org/section8. call the Housing Authority at 410-396-3232 to ask when it reopens. that help?'],
      [100, 'p', 'yes thats all i needed'],
      [104, 'l', 'good luck! bye'],
    ],
    exp: usual({ referral: 'pass', complete: 'pass' }),
  },
  {
    name: 'the patron\'s phone read back ("I have 410-555-0163 for you") is the only number; "call the zoning office" has none',
    lines: [
      [0, 'p', 'can i build a fence 6 feet high in my backyard in columbia, my number is 410-555-0163'],
      [20, 'l', 'Hello, Howard County Library System, Alma speaking. Is your home in an HOA?'],
      [50, 'p', 'yes columbia association'],
      [65, 'l', 'I have 410-555-0163 for you. The county code section on fences is at codelibrary.amlegal.com/codes/howardcounty, and Columbia Association has its own rules. Call the zoning office to confirm the height limit for your lot. Does that help?'],
      [100, 'p', 'yes thanks thats all'],
      [105, 'l', 'Thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  // ---- people by title ---------------------------------------------------------------------------------------------
  {
    name: 'school: "ask Ms. Delgado, our media specialist" with no contact (a titled name is a party)',
    lines: [
      [0, 'p', 'i forgot the password for the school database'],
      [20, 'l', 'Hi there! This is Mr. Fox, the librarian at Eastport Elementary. Which database, PebbleGo or World Book?'],
      [40, 'p', 'pebblego'],
      [50, 'l', 'The login card is on the library page, eastport.aacps.org/library. If it\'s not there, ask Ms. Delgado, our media specialist, tomorrow. Does that help?'],
      [80, 'p', 'ok ty thats all'],
      [84, 'l', 'Bye! Have a good night!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'school: "email Mr. Brandt at jbrandt@hcps.org" (a titled name with his e-mail)',
    lines: [
      [0, 'p', 'how do i sign up for the robotics club'],
      [20, 'l', 'Hi there! This is Mr. Fox, the librarian at Havre de Grace High. Is it the FIRST robotics team or the after-school club?'],
      [45, 'p', 'the after school one'],
      [60, 'l', 'The club page is on the school site at hcps.org/hdghs/clubs. Email Mr. Brandt at jbrandt@hcps.org to get on the list. Does that help?'],
      [90, 'p', 'yes thanks. thats all'],
      [95, 'l', 'Have fun!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a pasted signature block as the contact: "You\'d need to contact our data librarian. Her details:" then name, title, e-mail, phone',
    lines: [
      [0, 'p', 'I need census tract data for Baltimore from 1990 in GIS format'],
      [25, 'l', 'Hello, Johns Hopkins Sheridan Libraries, Ask a Librarian, this is Ravi. Is shapefile format what you mean?'],
      [60, 'p', 'yes shapefiles'],
      [75, 'l', 'NHGIS has 1990 tract boundaries as shapefiles at nhgis.org. For help joining the data, you\'d need to contact our data services librarian. Her details:\n\nAmara Osei, PhD\nData Services Librarian\naosei@jhu.edu | 410-516-0000\n\nDoes that help?'],
      [110, 'p', 'yes thanks, that is everything'],
      [115, 'l', 'Good luck with the project!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'a referral to a person by role with a contact page URL: "get in touch with the county\'s Veterans Service Officer through vso.frederickcountymd.gov/contact"',
    lines: [
      [0, 'p', 'how do I get my grandfathers WW2 discharge papers'],
      [30, 'l', 'Hi, Frederick County Public Libraries, this is Ray. Are you his next of kin, or is he living?'],
      [60, 'p', 'he passed, im his grandson'],
      [75, 'l', 'The National Archives takes requests through eVetRecs at archives.gov/veterans. The county\'s Veterans Service Officer can help with the request too; get in touch with them through vso.frederickcountymd.gov/contact. Does that help?'],
      [115, 'p', 'yes thank you, that is all'],
      [120, 'l', 'Thank you, and take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- Spanish ----------------------------------------------------------------------------------------------------------
  {
    name: 'Spanish: "Llame a la oficina del Registro Civil al 410-555-0177" (the party with its phone)',
    lines: [
      [0, 'p', 'hola necesito una copia del acta de matrimonio'],
      [20, 'l', 'Hola, soy Luz de la Biblioteca del Condado de Montgomery. ¿Se casó en Maryland?'],
      [50, 'p', 'si en rockville 2010'],
      [65, 'l', 'Llame a la oficina del Registro Civil al 410-555-0177 para pedirla. La lista de documentos está en health.maryland.gov/vsa. ¿Le sirve esto?'],
      [95, 'p', 'si gracias es todo'],
      [100, 'l', '¡Que le vaya bien!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish: the guide\'s URL before "acuda al Consulado de México en Washington" (no way to reach the consulate)',
    lines: [
      [0, 'p', 'como saco el pasaporte mexicano para mi hijo nacido aqui'],
      [30, 'l', 'Buenas tardes, le atiende Ana de la Biblioteca de Prince George. ¿Su hijo ya tiene acta de nacimiento mexicana?'],
      [65, 'p', 'no todavia'],
      [80, 'l', 'Primero necesita registrarlo. La guía de trámites está en gob.mx/sre. Para la cita, acuda al Consulado de México en Washington. ¿Le ayuda esto?'],
      [115, 'p', 'si gracias, nada mas'],
      [120, 'l', '¡Mucha suerte!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'Spanish, tú: "escríbele a la consejera, la Sra. Ruiz, a mruiz@pgcps.org" (a titled person with her e-mail)',
    lines: [
      [0, 'p', 'q becas hay para estudiantes indocumentados en maryland'],
      [25, 'l', 'Hola! Soy Ana, bibliotecaria de PGCMLS. ¿Estás en la secundaria o ya en la universidad?'],
      [55, 'p', 'ultimo año de high school'],
      [70, 'l', 'TheDream.US tiene becas nacionales: thedream.us/scholarships. Para las de Maryland, escríbele a la consejera, la Sra. Ruiz, a mruiz@pgcps.org. ¿Eso era lo q necesitabas?'],
      [105, 'p', 'si grax es todo'],
      [110, 'l', '¡Suerte! Chau'],
    ],
    exp: usual({ referral: 'pass' }),
  },

  // ---- whole sessions with other checks moving ---------------------------------------------------------------------
  {
    name: 'slow pickup and a long silent search; the referral\'s contact is the party\'s e-mail after a database URL',
    lines: [
      [0, 'p', 'Do you have anything on the history of the Baltimore Orioles minor league teams?'],
      [95, 'l', 'Hello, AskUsNow!, this is Pat. Do you mean the International League Orioles before 1954?'],
      [130, 'p', 'yes'],
      [300, 'l', 'The Baltimore Sun archive (ProQuest Historical Newspapers) covers them: bcpl.info/proquest. The Babe Ruth Museum has a research archive; write to them at research@baberuthmuseum.org. Does that help?'],
      [340, 'p', 'yes thats all i need'],
      [345, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'the patron goes quiet after a referral with a walk-in address and phone; check-in and disconnect notice sent',
    lines: [
      [0, 'p', 'where can i get free tax help in annapolis'],
      [20, 'l', 'Hi! Anne Arundel County Public Library, Jo here. Is your household income under $67,000?'],
      [45, 'p', 'yes'],
      [60, 'l', 'The IRS VITA list is at irs.treasury.gov/freetaxprep. Closest to you: visit the CASH Campaign office at 1 Truman Pkwy, Annapolis, or call them at 410-555-0190 for an appointment. Does that help?'],
      [190, 'l', 'Are you still there?'],
      [260, 'l', 'It looks like you may have disconnected, so I\'ll close this chat. Feel free to chat again anytime!'],
    ],
    exp: usual({ complete: 'pass', anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' }),
  },
  {
    name: 'terse provider, patron leaves: referral with no contact ("hit up the writing center") and no closing',
    lines: [
      [0, 'p', 'how do i cite a tiktok in mla'],
      [20, 'l', 'Hi, Sam @ Towson Library. MLA 9?'],
      [35, 'p', 'yes'],
      [45, 'l', 'Purdue OWL has it: owl.purdue.edu/owl/research_and_citation/mla_style. for a check of ur works cited, hit up the writing center. that help?'],
      [70, 'p', 'ok'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', referral: 'fail' }),
  },
  {
    name: 'follow-up by the patron\'s library with the patron\'s phone confirmed; "someone from your branch will call you" is no referral',
    lines: [
      [0, 'p', 'i want to book a study room at the glen burnie branch for next tuesday'],
      [25, 'l', 'Hi, AskUsNow! librarian Kim here. How many people and what time?'],
      [50, 'p', '4 people 3-5pm'],
      [60, 'l', 'I can\'t book rooms for your branch from here, but the booking page is aacpl.libcal.com/rooms. I\'ll pass this to your branch; someone there will call you by Monday to confirm the room. What number should they use?'],
      [90, 'p', '410-555-0112'],
      [95, 'l', 'Got it, 410-555-0112. Anything else?'],
      [115, 'p', 'no thats all thank you'],
      [120, 'l', 'Thanks, bye!'],
    ],
    over: FU_LIB,
    exp: followed({ complete: 'fail' }),
  },
  {
    name: 'a referral and a transfer in one chat: the transfer has a note and a notice; the referral gives the party\'s URL',
    lines: [
      [0, 'p', 'necesito libros en español para aprender inglés y también quiero saber sobre clases de ciudadanía'],
      [20, 'l', 'Hello, I\'m Jo at Sample County Library. Do you prefer to chat in Spanish?'],
      [45, 'p', 'si por favor'],
      [55, 'i', 'Luz, Spanish-speaking patron wants ESL books and citizenship classes, can you take it?'],
      [60, 'l', 'I\'m transferring you to my colleague Luz, who speaks Spanish. One moment please.'],
      [62, 's', 'Chat transferred to Luz Ortega', { event: 'transfer', to: 'luz' }],
      [80, 'l', 'Hola, soy Luz. Tenemos libros de inglés en el catálogo: samplelibrary.org/esl. Para las clases de ciudadanía, comuníquese con CASA de Maryland en wearecasa.org/ciudadania. ¿Le ayuda esto?', who('Luz Ortega', 'luz')],
      [115, 'p', 'si muchas gracias es todo'],
      [120, 'l', '¡Con gusto, que esté bien!', who('Luz Ortega', 'luz')],
    ],
    exp: usual({ referral: 'pass', transfer: 'pass' }),
  },
];

/** A few checks each: near misses and readings of what is a contact and whose. */
export const short: SessionCase[] = [
  {
    name: '(from eighth-round-falsefail LEFT) "the people to ask are the Register of Wills staff" after "The People\'s Law Library explains the steps: peoples-law.org/probate": no way to reach the Register',
    lines: [
      [0, 'p', 'how do i become executor of my moms estate'],
      [15, 'l', "Hi, I'm Jo at Sample County Library. Which county did she live in?"],
      [40, 'p', 'harford'],
      [55, 'l', "The People's Law Library explains the steps: peoples-law.org/probate. For the forms themselves, the people to ask are the Register of Wills staff in Bel Air. Does that help?"],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: pointing to an agency\'s guide page is a source, not a referral ("The Register of Wills site explains it: registers.maryland.gov/forms")',
    lines: [
      [0, 'p', 'what forms do i need to open an estate'],
      [20, 'l', 'Hi, I\'m Jo at Sample County Library. Which county?'],
      [40, 'p', 'baltimore county'],
      [55, 'l', 'The Register of Wills site explains it and has the forms: registers.maryland.gov/forms. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: staff the provider consults ("I checked with our archivist and she says…") is no referral',
    lines: [
      [0, 'p', 'when did the old Main Street library close'],
      [20, 'l', 'Hi, I\'m Jo at Sample County Library. Do you mean the Carnegie building?'],
      [40, 'p', 'yes'],
      [90, 'l', 'I checked with our archivist and she says it closed in 1971; the library history page has more: samplelibrary.org/history. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a referral to two parties in one sentence, each with its own phone ("call the Clerk at 410-555-0111 or the Assessor at 410-555-0122")',
    lines: [
      [0, 'p', 'who do i ask about my property tax bill'],
      [20, 'l', 'Hello, this is Jo with Sample County Library. Is it the amount or the assessment you want to dispute?'],
      [45, 'p', 'both i guess'],
      [60, 'l', 'For the bill, call the County Treasurer at 410-555-0111; for the assessment, call the State Assessment Office at 410-555-0122. Does that help?'],
    ],
    exp: some({ referral: 'pass', clarify: 'pass' }),
  },
  {
    name: 'a referral to two parties in one sentence, the second without a contact ("call the Treasurer at 410-555-0111 and talk to a tax attorney")',
    lines: [
      [0, 'p', 'who do i ask about my property tax bill'],
      [20, 'l', 'Hello, this is Jo with Sample County Library. Is it the amount or the assessment you want to dispute?'],
      [45, 'p', 'both i guess'],
      [60, 'l', 'For the bill, call the County Treasurer at 410-555-0111, and for the appeal talk to a tax attorney. Does that help?'],
    ],
    exp: some({ referral: 'fail', clarify: 'pass' }),
  },
  {
    name: 'the patron\'s own e-mail in the next message ("I have you as r.diaz@gmail.com") is no contact for the party referred to before it',
    lines: [
      [0, 'p', 'how do i get a copy of my sons immunization record'],
      [20, 'l', 'Hi, AskUsNow! librarian Jo here. Which county do you live in?'],
      [45, 'p', 'montgomery. email me if u find more r.diaz@gmail.com'],
      [60, 'l', 'You should contact your child\'s pediatrician or the school health office; they keep the record.'],
      [65, 'l', 'I have you as r.diaz@gmail.com. The state\'s ImmuNet explains more at health.maryland.gov/immunet. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'an e-mail spelled with " at " and " dot " words ("write to refdesk at stmarys dot edu")',
    lines: [
      [0, 'p', 'can alumni use the library databases'],
      [20, 'l', 'Hi, this is Jo at St. Mary\'s College Library. Are you a graduate of the college?'],
      [40, 'p', 'yes 2015'],
      [55, 'l', 'Alumni get JSTOR Alumni access; for the rest, write to the reference desk at refdesk at stmarys dot edu. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'a referral where the only URL is the library catalogue\'s record of a book ("see the catalog") and the party has none',
    lines: [
      [0, 'p', 'is there a book on starting a food truck in maryland'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Do you want the business side or recipes?'],
      [40, 'p', 'business'],
      [55, 'l', '"Running a Food Truck For Dummies" is in our catalog: samplelibrary.org/catalog/record/88123. For licensing, visit the county Health Department\'s food protection office. Does that help?'],
    ],
    exp: some({ referral: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'Spanish: "vaya a la oficina del MVA; su página es mva.maryland.gov" (the party\'s own page, by "su")',
    lines: [
      [0, 'p', 'como cambio la direccion en mi licencia'],
      [20, 'l', 'Hola, soy Luz de la biblioteca. ¿Su licencia es de Maryland?'],
      [40, 'p', 'si'],
      [55, 'l', 'Puede hacerlo en línea, o vaya a la oficina del MVA más cercana; su página es mva.maryland.gov. ¿Le sirve?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "For students visiting the archives, the reading room opens at 9" tells nobody to go anywhere (a gerund after a prepositional phrase)',
    lines: [
      [0, 'p', 'what time does special collections open'],
      [20, 'l', 'Hi, this is Jo at Sample University Library. Are you coming on a weekday?'],
      [40, 'p', 'yes tuesday'],
      [55, 'l', 'For students visiting the archives the reading room opens at 9; hours are at sample.edu/speccoll/hours. Does that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll message the branch manager about the broken printer" is the provider acting, no referral',
    lines: [
      [0, 'p', 'the printer at the odenton branch has been broken for a week'],
      [20, 'l', 'Hi, Jo here at Anne Arundel County Public Library. Is it the color printer or the black and white one?'],
      [45, 'p', 'color'],
      [60, 'l', "Thanks for telling us. I'll message the branch manager about the broken printer; the other branches that print in color are listed at aacpl.net/printing. Does that help?"],
    ],
    exp: some({ referral: 'na', source: 'pass', clarify: 'pass' }),
  },
  {
    name: 'the party\'s own page after the referral, by "their": "Contact the Register of Wills. Their forms page is registers.maryland.gov/forms."',
    lines: [
      [0, 'p', 'what forms do i need to open an estate'],
      [20, 'l', 'Hi, I\'m Jo at Sample County Library. Which county?'],
      [40, 'p', 'baltimore county'],
      [55, 'l', 'Contact the Register of Wills in Towson. Their forms page is registers.maryland.gov/forms. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the same party named with its site before the referral: "The Small Business Development Center\'s site is mdsbdc.umd.edu. Book a free session with the Small Business Development Center advisors."',
    lines: [
      [0, 'p', 'i want to open a bakery, is there free help writing a business plan'],
      [25, 'l', 'Hello! Frederick County Public Libraries, this is Gwen. Do you have a location in mind yet?'],
      [60, 'p', 'not yet'],
      [75, 'l', 'The Small Business Development Center\'s site is mdsbdc.umd.edu. Book a free session with the Small Business Development Center advisors for the plan. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'a bare "Email them:" and the address on the next line',
    lines: [
      [0, 'p', 'can i get an article the library doesnt have'],
      [20, 'l', 'Hi, Erin at Anne Arundel Community College Library. Do you have the citation?'],
      [45, 'p', 'yes its from the Journal of Nursing Education 2019'],
      [60, 'l', 'Our Interlibrary Loan team can order it for free. Email them:\ninterlibraryloan@aacc.edu\nwith the full citation. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the party\'s contact form after the referral: "Ask the Maryland State Archives. Their reference staff answer through the contact form at msa.maryland.gov/contact."',
    lines: [
      [0, 'p', 'where can i find my great grandmothers 1910 divorce record'],
      [20, 'l', 'Hello, this is Jo at Sample County Library. Which county was the divorce in?'],
      [45, 'p', 'allegany'],
      [60, 'l', 'Court records that old went to the state. Ask the Maryland State Archives for a search. The reference staff answer questions through the contact form at msa.maryland.gov/contact. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the party\'s own page by its name: "Talk to the Register of Wills. The Register\'s page, registers.maryland.gov, lists each county office."',
    lines: [
      [0, 'p', 'what forms do i need to open an estate'],
      [20, 'l', 'Hi, I\'m Jo at Sample County Library. Which county?'],
      [40, 'p', 'baltimore county'],
      [55, 'l', 'Talk to the Register of Wills first. The Register\'s page, registers.maryland.gov, lists each county office. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
];

/** Cases labelled right that the scorer still gets wrong (not run): what it does and why each was left. */
export const LEFT: SessionCase[] = [
  // referral.contact fails: the sentence splitter (text.ts) ends a sentence at each " . " ("call MVA at 410 ." / "768 ."
  // / "7000 to book."), so no sentence holds the whole number and v9's phone alternative for spaced separators never
  // sees it; the MVA's URL before it is its REAL ID checklist's (a resource), no way to reach the MVA. Reading " . "
  // between digit groups as no sentence end is a change to the normalisation (a new version of text.ts), outside this
  // round; the same number typed "410/768-7000" runs in `whole`.
  {
    // v23: "410 . 768 . 7000" is cut into sentences at " . " by text.ts; a change to the sentence splitter changes
    // every check's sentences.
    name: 'a phone with spaced dots in SMS: "call MVA at 410 . 768 . 7000"',
    lines: [
      [0, 'p', 'how do i get a real id'],
      [25, 'l', 'Hi! St. Mary\'s County Library text line, Bree here. Do u already have a MD license?'],
      [50, 'p', 'ya'],
      [60, 'l', 'the doc checklist is at mva.maryland.gov/realid. u need an appt, call MVA at 410 . 768 . 7000 to book. that help?'],
      [85, 'p', 'ya thats all thx'],
      [90, 'l', 'thx for texting, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

describe('ninth round (N): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('ninth round (N): referrals and contacts, whole sessions, every check', whole);
describeSessions('ninth round (N): referrals and contacts, short cases', short);

describeLeft('ninth-round-referrals', LEFT);
