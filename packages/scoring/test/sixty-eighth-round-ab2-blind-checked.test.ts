/**
 * Sixty-eighth round, blind check of block AB (rubric v62), part 2: AB4, AB5 and AB12 tried both ways in cases written by a helper
 * who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak,
 * other verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat: another agency, library, department, office or a named specialist; a website, database or publication for the patron
 * to use is a source; the provider's own library's departments count when the patron is told to contact or visit them; na when
 * there is no referral; pass when every party comes with an e-mail, phone, postal address or URL, fail otherwise).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AB4: "visit" + a named society, museum, archives or an own library's department, with its street address, tells the patron to
 *   visit a party and gives its postal address: pass. A named website or app ("Visit Chronicling America, 1770 to 1963 …", "Visit
 *   Hoopla, 24 hours a day …") is a source (na); a sight visited to see it (an overlook) is no agency, library, department, office
 *   or specialist (na); the provider's own library as a whole, visited to use its scanner, is no "another … library" and no
 *   department (na); the provider's own past visit tells the patron nothing (na).
 * - AB5: "drop it / them / one / the form off with" an office, a department's desk or staff (the provider's own library's Local
 *   History Room included) tells the patron to visit that party: a referral. Leaving a thing with other returns in a bin, with one's
 *   bags at home, or with a friend names no party RUBRIC counts (na); the provider's own act and a condition tell the patron
 *   nothing (na).
 * - AB12: "feel free to / you're (more than / always) welcome to" before a referring verb tells the patron to contact or visit the
 *   party as the imperative does (Spanish "con toda confianza puede escribir al …" too). "contact us again", "ask me", "call back",
 *   "chat with us again" are the chat service itself, not a party outside the chat (na); "visit our website" is a source (na);
 *   "You're welcome!" as thanks before a sentence giving a source refers no one (na).
 *
 * COUNTS. Written: 30 cases, 15 for and 15 against (AB4 6/5, AB5 4/5, AB12 5/5): 28 in a first batch, labels copied aside to
 * /tmp/wt-ab2-labels.ts before the first run; 2 more AB4 "for" cases in a second batch (the first run, scored on v61 as well, showed
 * v61 already read all four first AB4 "for" cases, its party words "Society", "Museum", "Archives", "Department" carrying them), each
 * labelled from RUBRIC before it ran, copied aside to /tmp/wt-ab2-labels-batch2.ts. First run as labelled: 24 of 28; second batch:
 * 1 of 2. Disagreeing: 5. Label corrections: 0 (each reread against RUBRIC's Referral term; the labels stand). Final: 25 running,
 * 5 LEFT (each scored on rubric v61 as well to tell "older" from "AB caused"):
 * - referral.contact, expected na / got pass: "visit Great Falls Overlook, 11710 MacArthur Blvd, in April to see the falls" (a sight
 *   visited to see it, no agency, library, department, office or specialist; AB4 reads any capitalised name with a street address;
 *   AB caused: v61 na).
 * - referral.contact, expected na / got fail: "If you drop the form off with the clerk, keep a copy for yourself." (a condition, the
 *   patron is told nothing; AB5's new "drop … off with" verb reads it with no "if / when you" guard; AB caused: v61 na).
 * - referral.contact, expected na / got fail: "Visit Hoopla, 24 hours a day, with your library card number." (an app for the patron
 *   to use, a source; older: v61 fail the same, "visit" + a capitalised name already read as a party).
 * - referral.contact, expected na / got pass: "Visit Juniper Valley Library, 9 Elm St, and use the book scanner …" (the provider's
 *   own library as a whole, visited to use a machine: RUBRIC counts "another … library" and the own library's departments only;
 *   older: v61 pass the same).
 * - referral.contact, expected pass / got fail: "visit St. John's Episcopal Church, 9120 Frederick Rd, and ask the parish secretary
 *   …" (the secretary is asked at the church whose address is given; the scorer takes "the parish secretary" as a second party
 *   with no way of its own; older: v61 fail the same).
 * WHAT AB ADDED, by the v61 scores of the running "for" cases: AB5 3 of 4 newly read (v61 na; the own Local History Room's e-mail
 *   passed on v61 already), AB12 5 of 5 newly read (v61 na, the Spanish one included); AB4 none of its 6 (five scored the same on v61,
 *   St. John's fails on both), so no case here reaches AB4 where v61 did not, and its one new reading is the Great Falls overlook.
 * AFTER THIS CHECK (the block mended before it landed): AB4 leaves out a sight (a name ending "Overlook", "Falls", "Park" …, or a
 *   visit "to see / walk / tour …" after the address) and AB5 a condition ("If you drop the form off with the clerk, …"): both
 *   false readings AB caused here read as labelled and run with the others; the three older cases stay LEFT. No label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, Alex here, a librarian with Ask a Librarian at Juniper Valley Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'westside' });
const HI_ES = 'Hola, le atiende Alex, bibliotecaria de la Biblioteca de Juniper Valley.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del oeste' });

export const ab4: SessionCase[] = [
  // ---- AB4 for: "visit" a named party with its street address
  c('AB4 for: "Visit the Carroll County Historical Society, 210 E Main St, Westminster, and ask for the vertical files."', said('where can i find old photos of westminster', 'The best collection is not ours. Visit the Carroll County Historical Society, 210 E Main St, Westminster, and ask for the vertical files.'), WITH_WAY),
  c('AB4 for: "u could visit Ellicott City Colored School Museum, 8683 Frederick Rd, they know the alumni" (chat-speak)', said('im looking for people who went to the colored school in ellicott city', 'ooh good one. u could visit Ellicott City Colored School Museum, 8683 Frederick Rd, they know the alumni'), WITH_WAY),
  c('AB4 for: "Visit the Genealogy Department at Central Library, 40 Court Sq, Mon-Thu." (own library\'s department)', said('can someone help me with my family tree in person', 'Yes! Visit the Genealogy Department at Central Library, 40 Court Sq, Mon-Thu, and a volunteer will sit with you.'), WITH_WAY),
  c('AB4 for: "Please visit Montgomery County Archives, 100 Maryland Ave, Rockville, on a Tuesday for the land records."', said('i need a deed from the 1920s', 'The older deeds are not online. Please visit Montgomery County Archives, 100 Maryland Ave, Rockville, on a Tuesday for the land records.'), WITH_WAY),
  // second batch (written after the first run showed v61 already read the four above; labelled from RUBRIC before running)
  c('AB4 for: "visit St. John\'s Episcopal Church, 9120 Frederick Rd, and ask the parish secretary for the burial register"', said('where would a burial record from 1890 be', 'Church records are the best bet. visit St. John\'s Episcopal Church, 9120 Frederick Rd, and ask the parish secretary for the burial register.'), WITH_WAY),
  c('AB4 for: "Visit Hadassah Greater Baltimore, 3723 Old Court Rd, for their class list."', said('where can i take a yiddish class', 'We have no class, but they do. Visit Hadassah Greater Baltimore, 3723 Old Court Rd, for their class list.'), WITH_WAY),
  // ---- AB4 against: a website, an app, a sight, the provider's own library, the provider's own visit
  c('AB4 against: "Visit Chronicling America, 1770 to 1963 papers, at chroniclingamerica.loc.gov" (a website)', said('where can i read old newspapers for free', 'There is a big free archive. Visit Chronicling America, 1770 to 1963 papers, at chroniclingamerica.loc.gov'), NONE),
  c('AB4 against: "Visit Hoopla, 24 hours a day, with your library card number." (an app)', said('can i stream movies with my card', 'You can! Visit Hoopla, 24 hours a day, with your library card number and PIN.'), NONE),
  c('AB4 against: "visit Great Falls Overlook, 11710 MacArthur Blvd, in April to see the falls" (a sight)', said('when is the potomac most impressive', 'After spring rain. visit Great Falls Overlook, 11710 MacArthur Blvd, in April to see the falls at their fullest.'), NONE),
  c('AB4 against: "Visit Juniper Valley Library, 9 Elm St, and use the book scanner on the 2nd floor." (own library, a machine)', said('how can i scan a whole book', 'We have a machine for that. Visit Juniper Valley Library, 9 Elm St, and use the book scanner on the 2nd floor.'), NONE),
  c('AB4 against: "I visited Sandy Spring Museum, 17901 Bentley Rd, last fall; their quilt show was lovely." (own act)', said('any books on maryland quilts', 'Yes, two at Westside. I visited Sandy Spring Museum, 17901 Bentley Rd, last fall; their quilt show was lovely.'), NONE),
];

export const ab5: SessionCase[] = [
  // ---- AB5 for: drop a thing off with a party
  c('AB5 for: "Drop the form off with the Clerk of the Circuit Court, 50 Maryland Ave, Rockville, MD 20850."', said('how do i file a name change petition', 'It is a paper petition. Drop the form off with the Clerk of the Circuit Court, 50 Maryland Ave, Rockville, MD 20850.'), WITH_WAY),
  c('AB5 for: "u can drop them off with the front desk at the Historical Society, 301-555-0142" (chat-speak)', said('i have old family letters, would anyone want them', 'def! u can drop them off with the front desk at the Historical Society, 301-555-0142'), WITH_WAY),
  c('AB5 for: "Drop your application off with the Board of Elections before Friday."', said('how do i sign up to be an election judge', 'They train new judges every spring. Drop your application off with the Board of Elections before Friday.'), NO_WAY),
  c('AB5 for: "Please drop a copy off with the Local History Room staff, localhistory@junipervalley.example.org" (own department)', said('i wrote a history of my church, does the library want it', 'We would love that. Please drop a copy off with the Local History Room staff, localhistory@junipervalley.example.org can tell you their hours.'), WITH_WAY),
  // ---- AB5 against: a bin, home, a friend, the provider's own act, a condition
  c('AB5 against: "Just drop them off with the other returns in the bin by the door." (a bin)', said('can i return dvds to any branch', 'Yes, any branch. Just drop them off with the other returns in the bin by the door.'), NONE),
  c('AB5 against: "drop the laptop off with your bags at home before the class" (home)', said('do i need my own laptop for the coding class', 'No, we lend them there, so drop the laptop off with your bags at home before the class.'), NONE),
  c('AB5 against: "Drop one off with a friend who has a scanner, or use ours." (a friend)', said('how do i get my photos digital', 'Any way works. Drop one off with a friend who has a scanner, or use ours at Westside.'), NONE),
  c('AB5 against: "I\'ll drop the copies off with the Maryland Room staff tomorrow morning." (own act)', said('did the copies of the map come out ok', 'They look great. I\'ll drop the copies off with the Maryland Room staff tomorrow morning.'), NONE),
  c('AB5 against: "If you drop the form off with the clerk, keep a copy for yourself." (condition)', said('any books on how to contest a parking ticket', 'We have one. A tip from it: if you drop the form off with the clerk, keep a copy for yourself.'), NONE),
];

export const ab12: SessionCase[] = [
  // ---- AB12 for: an invitation before the referring verb
  c('AB12 for: "Feel free to reach out to the Register of Wills at 410-555-0123 for the probate file."', said('how do i see my grandfathers will', 'Wills are kept by the county. Feel free to reach out to the Register of Wills at 410-555-0123 for the probate file.'), WITH_WAY),
  c('AB12 for: "pls feel free to call the Orphans Court clerk, 301-555-0160" (chat-speak)', said('who handles guardianship for an adult', 'thats the court. pls feel free to call the Orphans Court clerk, 301-555-0160'), WITH_WAY),
  c('AB12 for: "You\'re more than welcome to stop by the Maryland Room at our Central branch; they have the plat books."', said('where can i see old property maps', 'We have them in print. You\'re more than welcome to stop by the Maryland Room at our Central branch; they have the plat books.'), NO_WAY),
  c('AB12 for: "You are always welcome to write to the State Archives, 350 Rowe Blvd, Annapolis, MD 21401."', said('how do i get a copy of a 1910 divorce decree', 'Those went to the state. You are always welcome to write to the State Archives, 350 Rowe Blvd, Annapolis, MD 21401.'), WITH_WAY),
  c('AB12 for: "Con toda confianza puede escribir al Archivo Municipal, archivo@ciudad.example.gob.mx."', es.said('busco el acta de nacimiento de mi abuelo en México', 'Eso lo guarda el municipio. Con toda confianza puede escribir al Archivo Municipal, archivo@ciudad.example.gob.mx.'), WITH_WAY),
  // ---- AB12 against: the chat service itself, a website, "you're welcome" as thanks
  c('AB12 against: "Feel free to contact us again if anything else comes up!"', said('thanks that was the form i needed', 'Great! Feel free to contact us again if anything else comes up!'), NONE),
  c('AB12 against: "feel free to ask me anything else about the catalog" (chat-speak)', said('how do i put a hold on a book', 'click Place Hold under the title in the catalog at junipervalley.example.org, feel free to ask me anything else about the catalog'), NONE),
  c('AB12 against: "Feel free to call back or chat with us again tomorrow."', said('i need to find my account number first', 'No problem. Feel free to call back or chat with us again tomorrow.'), NONE),
  c('AB12 against: "Feel free to visit our website, junipervalley.example.org/events, for the full list."', said('what events are on for kids', 'Story time is Tuesdays. Feel free to visit our website, junipervalley.example.org/events, for the full list.'), NONE),
  c('AB12 against: "You\'re welcome! The Sanborn maps are at loc.gov/collections/sanborn-maps." (thanks)', said('thanks! where were those fire maps again', 'You\'re welcome! The Sanborn maps are at loc.gov/collections/sanborn-maps.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AB4 against: "Visit Hoopla, 24 hours a day, with your library card number." (an app)':
    'referral.contact expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL to reach them"): a streaming app for the patron to use is a source (RUBRIC Terms, Referral: "Pointing to a website, database or publication for the patron to use is a source, not a referral"); "visit" + a capitalised name was read as a party before AB (older: v61 fail the same)',
  'AB4 against: "Visit Juniper Valley Library, 9 Elm St, and use the book scanner on the 2nd floor." (own library, a machine)':
    'referral.contact expected na, got pass ("the referral comes with a way to reach them"): the provider\'s own library as a whole, visited to use a scanner (RUBRIC Terms, Referral: "another agency, library …"; "The provider\'s own library\'s departments count", not the library itself); read as a referral before AB (older: v61 pass the same)',
  'AB4 for: "visit St. John\'s Episcopal Church, 9120 Frederick Rd, and ask the parish secretary for the burial register"':
    'referral.contact expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): the secretary is asked at the church, reached at the postal address given (RUBRIC referral.contact: "every party the patron is referred to comes with a way to reach them"); the scorer takes "ask the parish secretary" as a second party without a way of its own (older: v61 fail the same)',
};

describe('sixty-eighth round: block AB (AB4, AB5, AB12) checked blind, both ways', () => {
  for (const [t, cs] of [['AB4', ab4], ['AB5', ab5], ['AB12', ab12]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
