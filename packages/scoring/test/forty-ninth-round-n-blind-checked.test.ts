/**
 * Forty-ninth round, blind check: block N's readings N1, N2 and N11 (rubric v48) tried both ways in cases the block's author
 * never saw, written and labelled from RUBRIC.md's text before they ran ("for": the meant behaviour in other words; "against":
 * near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN (RUBRIC.md Terms, Follow-up session; info.source; followup.contact):
 * - N1: only the provider's promise makes a follow-up session ("the provider promises"); a sentence that says only that another
 *   body (an office, an agency, a clinic, a company) or a thing (a system, a form) will write to or call the patron is no such
 *   promise, and its time is not when the follow-up's information comes. The library's own people, rooms and desks, "they",
 *   "someone", a named person, and any sentence with the provider's own person ("I", "we") still promise. A health department
 *   is another body, not a library department.
 * - N2: the patron's own e-mail or phone read back is no "e-mail or phone contact for a referral", whatever the language the patron
 *   gave it in and however it is formatted; a third party's number typed by the patron, confirmed by the provider as that party's,
 *   is a referral's contact (a source), even when the patron wrote "thats" or "its" beside it.
 * - N11: a newspaper item named by its masthead, or an issue cited by date and page, is a named resource (a publication), in any
 *   case or language, and even when the sentence goes on to say what the item lacks; not when it is not found or only sought
 *   (also "let me check for", "I'll try to find"); a program or a patron's own bill cited like an issue is no resource.
 *
 * COUNTS: written 51 / first run as labelled 37 / disagreeing 14 / label corrections 0 / final: 37 running, 14 LEFT (9 older, 5 N caused):
 *   - followup.contact expected fail, got pass: N1 for: "Your county health department will call you within 2 days" lends no time (older)
 *   - followup.contact expected fail, got pass: N1 for: "the DMV wil mail u the title in 2-3 wks" (typo) lends no time (older)
 *   - info.source expected fail, got pass: N2 for: "4435550191" typed bare, read back as "443.555.0191" (older)
 *   - info.source expected fail, got pass: N2 for: "mi correo es ana.p@example.com" read back in Spanish (older)
 *   - info.source expected pass, got fail: N2 against: "thats the number i have for the passport office", confirmed (N caused)
 *   - info.source expected pass, got fail: N2 against: "i think its 410-555-0122" is the repair shop's, confirmed (N caused)
 *   - info.source expected pass, got fail: N11 for: "The 1955 Hartford Courant article on the flood" (older)
 *   - info.source expected pass, got fail: N11 for: "found it!! cecil whig article from 1951" (lower case) (older)
 *   - info.source expected pass, got fail: N11 for: "un artículo de La Opinión del 3 de mayo de 1962, página 4" (older)
 *   - info.source expected pass, got fail: N11 for: "It ran in the Pueblo Chieftain on May 11, 1988, on page 6B" (older)
 *   - info.source expected pass, got fail: N11 for: "the 1951 Cecil Whig article; it doesn't give his middle name" (older)
 *   - info.source expected fail, got pass: N11 against: "Come to our Pioneer story hour on Tuesday at 10!" is a program (N caused)
 *   - info.source expected fail, got pass: N11 against: "Your Water Bill, March 3, 2025, page 2" is the patron's own bill (N caused)
 *   - info.source expected fail, got pass: N11 against: "I'll try to find a Toledo Blade story on it" only seeks (N caused)
 * MENDED (the author, after this check): N2 no longer takes "thats / its" for the patron's own; N11's mastheads not before
 * "story hour / time", its dated page not of the patron's paperwork ("Your Water Bill, …"), and neither after "try to find";
 * all five cases block N caused run now. Two older misses taken with them: "Courant", and "on May 11, 1988, on page 6B".
 * Final on the mended v48: 44 running, 7 LEFT (all older).
 *
 * ON V49: "mi correo es ana.p@example.com" read back reads as labelled (O1's Spanish "mi correo"); 45 running, 6 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, FU_ME, type Line, some, type SessionCase } from './helpers';
import { readBackLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam with Ask Us at Riverbend Library here.';
const { said } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'eastside' });
const ANSWERED = { resolutionCode: 'Answered' };

/** A follow-up session about naturalization papers: `before`, the patron's e-mail, its read-back, then `promise`. */
const fu = (before: string, promise: string): Line[] => [
  [0, 'p', "looking for my great-grandfather's naturalization papers, 1910s"],
  [20, 'l', `${HI} Which county did he live in?`],
  [50, 'p', 'allegany county md'],
  [70, 'l', before],
  [100, 'p', 'sure, lou.k@example.net'],
  [110, 'l', 'Got it: lou.k@example.net.'],
  [130, 'l', promise],
];
const NO_TIME = "I'll dig through the naturalization index and send along what turns up. Bye!";

export const n1: SessionCase[] = [
  // ---- for: another body's or a thing's writing is no promise; its time lends none to the follow-up
  c('N1 for: "The Social Security office should mail u a new card in 10 business days" lends no time', fu('The Social Security office should mail u a new card in 10 business days. For the papers, whats a good email?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "ur county health dept will text you within 48 hrs" lends no time', fu('ur county health dept will text you within 48 hrs about the shot clinic. and for the papers, email?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "Your county health department will call you within 2 days" lends no time', fu('Your county health department will call you within 2 days about the clinic. For the papers, which email?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "The hold system will email you by Thursday once the book is in" lends no time', fu('The hold system will email you by Thursday once the book is in. For the papers, which email?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "You\'ll hear back from the Board of Elections by Friday" lends no time', fu("You'll hear back from the Board of Elections by Friday. For the papers, which email?", NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "The National Archives may contact you within 90 days" lends no time', fu('The National Archives may contact you within 90 days about your request. Which email for the county papers?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "You will be contacted by the county assessor within a week" (passive) lends no time', fu('You will be contacted by the county assessor within a week. Which email for the papers?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "the DMV wil mail u the title in 2-3 wks" (typo) lends no time', fu('the DMV wil mail u the title in 2-3 wks. for the papers whats ur email?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "La oficina del registro civil le enviará el acta en dos semanas" lends no time', fu('La oficina del registro civil le enviará el acta en dos semanas. ¿Y para los papeles, qué correo?', NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "The court\'s self-help center will call you back within three days" lends no time', fu("The court's self-help center will call you back within three days. For the papers, which email?", NO_TIME), some({ contact: 'fail' }), FU_ME),
  c('N1 for: "the SSA will mail you the new card within 14 days" is no promise (answered)', said('how do i replace a lost social security card', 'Apply online at ssa.gov/number-card; the SSA will mail you the new card within 14 days. Does that help?'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "the form system will email you your number within an hour" is no promise (answered)', said('how do i get a library card number fast', 'Fill in the e-card form at riverbendlib.org/ecard; the form system will email you your number within an hour.'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "an inspector from the city should call you within 5 days" is no promise (answered)', said('my landlord wont fix the heat', 'File a complaint at riverbend.gov/housing; an inspector from the city should call you within 5 days.'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  c('N1 for: "el consulado le llamará en 3 días hábiles" is no promise (answered)', said('como saco mi pasaporte mexicano', 'Haga la cita en citas.sre.gob.mx; el consulado le llamará en 3 días hábiles para confirmar.'), some({ contact: 'na', onTime: 'na', code: 'pass' }), ANSWERED),
  // ---- against: the library's people, rooms, "they", "someone", a name, or the provider's own person still promise
  c('N1 against: "Our local history librarian will email you the scans by Wednesday"', fu('Our local history librarian will email you the scans by Wednesday. Which email should she use?', 'Bye for now!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "Somebody in Reference will call u tomorrow afternoon"', fu('Somebody in Reference will call u tomorrow afternoon about the papers. Email as a backup?', 'Take care!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The county will mail the deed copy in about 3 weeks, and I\'ll email u the index page by tomorrow"', fu("The county will mail the deed copy in about 3 weeks, and I'll email u the index page by tomorrow. Email?", 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "We\'ll have the clerk\'s office call you by Friday"', fu("We'll have the clerk's office call you by Friday. Best email in case?", 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "Mr. Delgado in the archives will email you by Monday" (a name)', fu('Mr. Delgado in the archives will email you by Monday. Which email should he use?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The recorder can mail you a copy, and our archivist will email you what she finds by Tuesday"', fu('The recorder can mail you a copy, and our archivist will email you what she finds by Tuesday. Which email?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "They will e-mail you the scans within 2 business days"', fu('They will e-mail you the scans within 2 business days. What address?', 'Bye!'), some({ contact: 'pass' }), FU_ME),
  c('N1 against: the clerk\'s time first, then "I\'ll email you the naturalization papers by Thursday"', fu("The clerk's office will mail you the certificate within 4 weeks. What email for the papers?", "I'll email you the naturalization papers by Thursday. Bye!"), some({ contact: 'pass' }), FU_ME),
  c('N1 against: "The Riverbend Room staff will email you the scans by Friday" promises (answered)', said('do you have my grandpas 1944 yearbook', 'The Riverbend Room staff will email you the scans by Friday.'), some({ code: 'fail' }), ANSWERED),
  c('N1 against: "The library will email you that page by Monday" promises (answered)', said('can i get the 1970s city directory page for my street', 'The library will email you that page by Monday.'), some({ code: 'fail' }), ANSWERED),
];

/** The patron's request `q`, a greeting, the provider's `reply`, thanks and goodbye. */
const rb = readBackLines(HI, 'k thx', 'Take care, bye!', [0, 20, 50, 90, 100]);

export const n2: SessionCase[] = [
  // ---- for: the patron's own contact read back gives no source
  c('N2 for: "(443) 555-0176 is on the list" reads the patron\'s cell back', rb('pls put me on the list for the tax help appts, cell (443) 555-0176', '(443) 555-0176 is on the list for the Saturday tax help appointments.'), some({ source: 'fail' })),
  c('N2 for: "rosa.m@example.org is on the mystery book club list" reads the patron\'s e-mail back', rb('sign me up for the mystery book club, my email is rosa.m@example.org', 'Thanks! rosa.m@example.org is on the mystery book club list now.'), some({ source: 'fail' })),
  c('N2 for: the phone of the patron fields read back', rb('add me to the 3D printer waitlist pls', 'Done, 410-555-0163 is on the 3D printer waitlist.'), some({ source: 'fail' }), { patron: { name: null, email: null, phone: '410-555-0163' } }),
  c('N2 for: "4435550191" typed bare, read back as "443.555.0191"', rb('waitlist for the museum pass please, 4435550191', "443.555.0191, you're on the museum pass waitlist."), some({ source: 'fail' })),
  c('N2 for: "mi correo es ana.p@example.com" read back in Spanish', rb('quiero inscribirme en la clase de inglés, mi correo es ana.p@example.com', 'Listo, ana.p@example.com ya está en la lista de la clase de inglés.'), some({ source: 'fail' })),
  c('N2 for: the number given on request ("301 555 0111") read back', [
    [0, 'p', 'can i get on the waitlist for the citizenship class'],
    [20, 'l', `${HI} What number should we use?`],
    [45, 'p', '301 555 0111'],
    [60, 'l', 'ok 301 555 0111 is on the citizenship class waitlist'],
    [90, 'p', 'ty'],
    [100, 'l', 'Bye!'],
  ], some({ source: 'fail' })),
  // ---- against: a third party's contact, or another contact or a URL beside the patron's own, is still a source
  c('N2 against: the passport office number the patron asked about, "call them"', rb('is 410-555-0190 the right number for the county passport office?', 'Yes, 410-555-0190 is the county passport office; call them to book a time.'), some({ source: 'pass' })),
  c('N2 against: "thats the number i have for the passport office", confirmed', rb('thats the number i have for the passport office: 410-555-0190, right?', 'Yes, 410-555-0190 is the county passport office.'), some({ source: 'pass' })),
  c('N2 against: the patron\'s e-mail and the class\'s e-mail in one sentence', rb('sign me up for the GED class, my email is jay.t@example.com', 'jay.t@example.com is on the list, and questions go to adulted@riverbendlib.org.'), some({ source: 'pass' })),
  c('N2 against: the patron\'s number and a URL in one sentence', rb('put me down for the tax help, im 443-555-0102', '443-555-0102 is on the list; what to bring is at riverbendlib.org/taxhelp.'), some({ source: 'pass' })),
  c('N2 against: "i think its 410-555-0122" is the repair shop\'s, confirmed', [
    [0, 'p', 'my phone screen cracked, who fixes them near riverbend'],
    [20, 'l', `${HI} Do you have a shop in mind?`],
    [45, 'p', 'the one on orchard st, i think its 410-555-0122'],
    [60, 'l', 'Yes, 410-555-0122 is Orchard Street Phone Repair; they do screens the same day.'],
    [90, 'p', 'ty'],
    [100, 'l', 'Bye!'],
  ], some({ source: 'pass' })),
  c('N2 against: the recorder\'s e-mail the patron found, "email recorder@…"', rb('whats the email for the county recorder? i found recorder@story.example.gov', "That's right: email recorder@story.example.gov with your parcel number."), some({ source: 'pass' })),
];

export const n11: SessionCase[] = [
  // ---- for: a newspaper's item by its masthead, or an issue by date and page, is a named resource
  c('N11 for: "a 1938 Toledo Blade story on the fire"', said('was there anything in the paper about the 1938 warehouse fire', 'There was a 1938 Toledo Blade story on the fire, on page 1 of the March 4 issue.'), some({ source: 'pass' })),
  c('N11 for: "Pittsburgh Post-Gazette, June 2, 1974, page 17"', said('where was my uncles obit printed', 'His obit ran in the Pittsburgh Post-Gazette, June 2, 1974, page 17.'), some({ source: 'pass' })),
  c('N11 for: "The 1955 Hartford Courant article on the flood"', said('who lost houses in the 1955 flood', 'The 1955 Hartford Courant article on the flood lists the families.'), some({ source: 'pass' })),
  c('N11 for: "found it!! cecil whig article from 1951" (lower case)', said('anything on the 1951 mill fire in elkton', 'found it!! cecil whig article from 1951 about the mill fire, names the workers'), some({ source: 'pass' })),
  c('N11 for: "un artículo de La Opinión del 3 de mayo de 1962, página 4"', said('busco noticias de la boda de mis abuelos en 1962', 'Encontré un artículo de La Opinión del 3 de mayo de 1962, página 4, con la foto de la boda.'), some({ source: 'pass' })),
  c('N11 for: "It ran in the Pueblo Chieftain on May 11, 1988, on page 6B"', said('when did the paper cover the steel mill strike', 'It ran in the Pueblo Chieftain on May 11, 1988, on page 6B.'), some({ source: 'pass' })),
  c('N11 for: "Deseret News, 14 March 1912, pg 5 has her obit"', said('i need my great aunts obituary, she died march 1912 in salt lake', 'Deseret News, 14 March 1912, pg 5 has her obit.'), some({ source: 'pass' })),
  c('N11 for: "the 1951 Cecil Whig article; it doesn\'t give his middle name"', said('anything on my grandpa at the 1951 mill fire', "Here is the 1951 Cecil Whig article; it doesn't give his middle name, though."), some({ source: 'pass' })),
  // ---- against: not found, only sought, asked back, or no newspaper at all
  c('N11 against: "I couldn\'t find a Toledo Blade story about the fire"', said('was there anything in the paper about the 1938 warehouse fire', "I couldn't find a Toledo Blade story about the fire."), some({ source: 'fail' })),
  c('N11 against: "I looked for a Cecil Whig obituary from 1951 but no luck"', said('my grandpas obit 1951 elkton', 'I looked for a Cecil Whig obituary from 1951 but no luck.'), some({ source: 'fail' })),
  c('N11 against: "So you remember a Plain Dealer article about it?"', said('there was a story about my street in the 60s', 'So you remember a Plain Dealer article about it?'), some({ source: 'fail' })),
  c('N11 against: "Come to our Pioneer story hour on Tuesday at 10!" is a program', said('anything for toddlers this week', 'Come to our Pioneer story hour on Tuesday at 10!'), some({ source: 'fail' })),
  c('N11 against: "Your Water Bill, March 3, 2025, page 2" is the patron\'s own bill', said('why is my water bill so high', 'Your Water Bill, March 3, 2025, page 2 lists the late fee.'), some({ source: 'fail' })),
  c('N11 against: "Let me check for a 1951 Cecil Whig article on that" only seeks', said('anything on the 1951 mill fire in elkton', 'Let me check for a 1951 Cecil Whig article on that.'), some({ source: 'fail' })),
  c('N11 against: "I\'ll try to find a Toledo Blade story on it" only seeks', said('was there anything in the paper about the 1938 warehouse fire', "I'll try to find a Toledo Blade story on it."), some({ source: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  "N1 for: \"Your county health department will call you within 2 days\" lends no time":
    "followup.contact: expected fail, got pass. \"Your county health department will call you within 2 days\": a health department is another body, yet LIBRARY_N1's \"department\" keeps it the library's, so its time counts; older (v47 passes it too)",
  "N1 for: \"the DMV wil mail u the title in 2-3 wks\" (typo) lends no time":
    "followup.contact: expected fail, got pass. \"the DMV wil mail u the title in 2-3 wks\": the typo \"wil\" escapes TO_YOU_N1, so the DMV's time counts; older (v47 passes it too)",
  "N2 for: \"4435550191\" typed bare, read back as \"443.555.0191\"":
    "info.source: expected fail, got pass. \"waitlist for the museum pass please, 4435550191\" then \"443.555.0191, you're on the museum pass waitlist.\": no \"my\" and more than four words, so not read as the patron's own; older (v47 passes it too)",
  "N11 for: \"found it!! cecil whig article from 1951\" (lower case)":
    "info.source: expected pass, got fail. \"found it!! cecil whig article from 1951 about the mill fire\": lower-case masthead, NEWSPAPER_ITEM_N11 is case-sensitive; older (v47 fails it too)",
  "N11 for: \"un art\u00edculo de La Opini\u00f3n del 3 de mayo de 1962, p\u00e1gina 4\"":
    "info.source: expected pass, got fail. \"Encontr\u00e9 un art\u00edculo de La Opini\u00f3n del 3 de mayo de 1962, p\u00e1gina 4\": no Spanish item or page cite; older (v47 fails it too)",
  "N11 for: \"the 1951 Cecil Whig article; it doesn't give his middle name\"":
    "info.source: expected pass, got fail. \"Here is the 1951 Cecil Whig article; it doesn't give his middle name, though.\": the \"doesnt\" of what the item lacks reads as not found (NOT_FOUND_D3 over the whole sentence); older (v47 fails it too)",
};

describe('forty-ninth round, blind: block N1, N2, N11 tried both ways', () => {
  for (const [t, cs] of [['N1', n1], ['N2', n2], ['N11', n11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
