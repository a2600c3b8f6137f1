/**
 * Thirty-second round, second wave (V1): the v33 phrase changes of blocks U1 (pets and animals) and U2 (religion, holidays
 * and culture) checked for false readings: near misses that share a change's words or shape but are NOT its behaviour,
 * and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a conditional ("If you bring her to the vet, bring the adoption papers too") or a question ("Did you take her to the
 *   vet yet?", "Did you file a report with animal control already?") tells the patron to visit or contact no one: no
 *   referral;
 * - an event ("the shelter pet parade on the Main Library lawn", "the Rescue Run 5K"), a class ("a vet-approved puppy
 *   class"), an online tour, timetable or channel of a house of worship is a thing to attend or use, not a party to contact
 *   or visit: no referral;
 * - filing a report through an app ("the BaltCoGo app") is using a source, no referral;
 * - the provider calling the mandir on the patron's behalf is staff consulted, no referral (RUBRIC.md's Terms);
 * - a directory URL in the next clause ("Ask a certified dog trainer for help; the CCPDT directory is at …") is read by
 *   the thirty-second round's pets file as a way to reach the trainers: kept as that reading, in LEFT (the scorer does not
 *   tie a URL of another clause to the party, an older reading, not v33's).
 * Written: 58 cases (47 near misses, 11 of the changes' behaviour in new words): 57 run + 1 in LEFT. First run (37 cases):
 * 3 failed; 1 was my case (the CCPDT directory in another clause: moved to LEFT and replaced by a behaviour case with a
 * phone), 2 were v33 readings. The second batch (11 more) found 4 more; the third (10 more, run after the narrowings) none.
 * All 6 scorer failures read a referral that v32 does not (each na under rubricV32), narrowed in the U blocks:
 *  - U1 referralVerb "take / bring her, the dog … to the vet / shelter …": not after "if / when / whenever / once /
 *    unless / whether / before / after you" ("If you bring her to the vet, bring the adoption papers too"), not the party
 *    word as a modifier ("take ur puppy to a vet-approved puppy class") or an event after it ("bring your dog to the shelter
 *    pet parade", parades, fairs, festivals, walks, runs, fundraisers, galas, events, classes, camps) [still read: "Take
 *    him to the vets on Mill Lane, 01632 960 123", "you should bring the stray to the county animal shelter"];
 *  - U2 referralParty gurdwara / mandir / masjid / temple / vihara: not "'s online / virtual / digital …" or a timetable
 *    ("go to the masjid's online prayer timetable at …", "Go to the mandir's virtual tour at …") [still read: "Call the
 *    Guru Nanak gurdwara at 410-555-0199"];
 *  - U2 referralParty Spanish parroquia / iglesia / …: not after "recorrido virtual / visita virtual / tour virtual /
 *    transmisión de" ("Vaya al recorrido virtual de la iglesia en …") [still read: "Pregunte en la mezquita de la calle
 *    Oak, tel. …", "Hable con el templo hindú de la calle 5"].
 * U1's and U2's own files still pass. v33's fingerprint: 4975b06e5b505241.
 */
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

export const checked: SessionCase[] = [
  // ---- U1 referralVerb "file a … report with / to X" ----
  { name: 'U1 file-report near miss: a question about the past "Did you file a report with animal control already?" : referral na', lines: one('the dog next door bit my son', 'Did you file a report with animal control already? If so, the next steps for a bite case are at sample.gov/animals/bites. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report near miss: the vet\'s duty "Your vet has to file a bite report with the health department, so you don\'t" : referral na', lines: one('do i have to report that my dog got bitten', "Your vet has to file a bite report with the health department, so you don't need to; the rabies rules are at sample.gov/rabies. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report near miss: others\' habit "Some neighbours file a noise report with the HOA, but it rarely changes anything" : referral na', lines: one('the dog next door barks all night', 'Some neighbours file a noise report with the HOA, but it rarely changes anything; the county noise ordinance is at sample.gov/code/noise. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report near miss: British, the council\'s own act "the council will file a report to the RSPCA after the visit" : referral na', lines: one('my neighbour keeps his dog in the yard all day', 'Once the warden has visited, the council will file a report to the RSPCA itself; how that works is on sample.gov.uk/animal-welfare. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report near miss: an app, not a party "you can file a report with the BaltCoGo app (baltcogo.org)" : referral na', lines: one('there is a dead deer on my street', 'you can file a report with the BaltCoGo app, it takes a photo and your location (baltcogo.org). does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report behaviour: "Please file a lost pet report with Howard County Animal Control at 410-313-2780" : referral passes', lines: one('my dog ran off this morning', 'Please file a lost pet report with Howard County Animal Control at 410-313-2780 as soon as you can. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'U1 file-report behaviour: non-native "You must filing a bite report to the health department" (no contact): referral fails', lines: one('a dog bite me at the park', 'You should filing a bite report to the health department today, it is the rule. Is that helpful?'), exp: some({ referral: 'fail' }) },

  // ---- U1 referralVerb "take / bring her, the dog … to the vet / shelter / rescue" ----
  { name: 'U1 take-to near miss: a question "Did you take her to the vet yet?" then a page: referral na', lines: one('my cat is sneezing a lot', 'Oh no! Did you take her to the vet yet? Meanwhile, the Cornell Feline Health Center has a page on cat colds at vet.cornell.edu/fhc. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to near miss: foster volunteers\' task "Foster volunteers can take the kittens to the shelter clinic for shots" : referral na', lines: one('what do kitten fosters actually do', 'Foster volunteers can take the kittens to the shelter clinic for their shots and socialize them at home; the foster handbook is at sample.org/foster. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to near miss: an event "Bring your dog to the Rescue Run 5K on Saturday" : referral na', lines: one('anything fun to do with my dog this weekend', 'Bring your dog to the Rescue Run 5K on Saturday morning, it is dog friendly; details are at sample.org/events/rescue-run. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to near miss: the library\'s event "bring your dog to the shelter pet parade at Main Library" : referral na', lines: one('can i bring my dog to the library', 'Only service animals inside, but you can bring your dog to the shelter pet parade on the Main Library lawn on May 3; see sample.org/events. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to near miss: chat-speak a class "u could take ur puppy to a vet-approved puppy class at the rec center" : referral na', lines: one('how do i socialize my new puppy', 'u could take ur puppy to a vet-approved puppy class at the rec center, the schedule is at sampleparks.gov/classes. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to behaviour: British "Take him to the vets on Mill Lane, 01632 960 123, first thing" : referral passes', lines: one('my dog ate chocolate', 'Take him to the vets on Mill Lane, 01632 960 123, first thing this morning, or ring them now. Is that alright?'), exp: some({ referral: 'pass' }) },
  { name: 'U1 take-to behaviour: "you should bring the stray to the county animal shelter" (no contact): referral fails', lines: one('i found a stray cat on my porch', 'you should bring the stray to the county animal shelter so they can scan for a chip. Does that help?'), exp: some({ referral: 'fail' }) },

  { name: 'U1 take-to near miss: a condition "If you bring her to the vet, bring the adoption papers too" (then a page): referral na', lines: one('i just adopted a cat, what do i need', 'The first-week checklist is at sample.org/newcat. If you bring her to the vet, bring the adoption papers too. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 take-to near miss: a virtual tour "take the kids to the shelter\'s virtual tour at …" : referral na', lines: one('my kids want to see the shelter animals', "You can take the kids to the shelter's virtual tour at sample.org/shelter-tour, it shows every kennel. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- U1 referralParty: rescue, trainer, groomer, breeder, kennel, behaviorist ----
  { name: 'U1 party near miss: a book title "Look for Pet Rescue! by Emma Carlson Berne in our catalog" : referral na', lines: one('any books for kids about rescue animals', 'Look for Pet Rescue! by Emma Carlson Berne in our catalog at sample.org/catalog. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a history "Check out Search and Rescue: A History of Mountain Dogs in our catalog" : referral na', lines: one('books about st bernard dogs', 'Check out Search and Rescue: A History of Mountain Dogs in our catalog at sample.org/catalog. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: videos "Watch the dog trainer videos on our Hoopla page" : referral na', lines: one('how do i stop my dog pulling on the leash', 'Watch the dog trainer videos on our Hoopla page, sample.org/hoopla; search "loose leash". Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a book "Check out The Dog Trainer\'s Resource in our catalog" : referral na', lines: one('i want to become a dog trainer', "Check out The Dog Trainer's Resource by Mychelle Blake in our catalog at sample.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: rules "Check the groomer licensing rules at sample.gov/groomers" : referral na', lines: one('do i need a license to groom dogs from home', 'Check the groomer licensing rules at sample.gov/groomers; home businesses also need a zoning permit listed there. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a template "See the breeder\'s contract template at sample.org/legal-forms" : referral na', lines: one('i am buying a puppy, what should the contract say', "See the breeder's contract template at sample.org/legal-forms for the usual clauses. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a chart "Look at the kennel size chart at petco.com/kennels" : referral na', lines: one('what size crate for a lab', 'Look at the kennel size chart at petco.com/kennels; a lab usually needs a 42 inch one. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party behaviour: "talk to a professional trainer at Canine Campus, 410-555-0177" : referral passes', lines: one('my dog growls at kids', 'For the growling, talk to a professional trainer at Canine Campus, 410-555-0177, before it gets worse. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'U1 party near miss: the Facebook page "check the rescue\'s Facebook page for adoptable rabbits" : referral na', lines: one('where can i adopt a bunny', "check the rescue's Facebook page for adoptable rabbits, facebook.com/samplebunnyrescue. does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party behaviour: chat-speak "hit up a local rescue, they r always looking" (no contact): referral fails', lines: one('where can i adopt a bunny', 'hit up a local rescue, they r always looking for homes. does that help?'), exp: some({ referral: 'fail' }) },

  // ---- U2 referralParty: gurdwara, mandir, masjid, temple, vihara ----
  { name: 'U2 party near miss: a person "Try Temple Grandin\'s Animals in Translation in our catalog" : referral na', lines: one('books on how animals think', "Try Temple Grandin's Animals in Translation in our catalog at sample.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: an encyclopedia entry "Look at the Temple of Heaven entry in Britannica School" : referral na', lines: one('i need info on the temple of heaven for school', 'Look at the Temple of Heaven entry in Britannica School at sample.org/britannica. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: a period "See our books on the Second Temple period at sample.org/catalog" : referral na', lines: one('books on jewish history', 'See our books on the Second Temple period at sample.org/catalog, subject Judaism -- History. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: a district "visit Temple Bar in Dublin for the trad music" : referral na', lines: one('going to ireland for st patricks day, any tips', 'The Lonely Planet Ireland guide is at sample.org/catalog; most people visit Temple Bar in Dublin for the trad music. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: a practice "Read about gurdwara langar at sikhiwiki.org" : referral na', lines: one('what is langar', 'Read about gurdwara langar at sikhiwiki.org/index.php/Langar; it is the free community kitchen. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: the provider calls "I\'ll call the mandir for you and ask about the date" : referral na', lines: one('when is the diwali puja at the local mandir', "I'll call the mandir for you and ask about the date. Meanwhile, Diwali falls on Nov 1; see timeanddate.com/holidays. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party behaviour: "Call the Guru Nanak gurdwara at 410-555-0199 and ask about langar hours" : referral passes', lines: one('where can i volunteer for langar', 'Call the Guru Nanak gurdwara at 410-555-0199 and ask about langar hours. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },

  { name: 'U2 party near miss: a Facebook page "Check the gurdwara\'s Facebook page for the Vaisakhi parade date" : referral na', lines: one('when is the vaisakhi parade', "Check the gurdwara's Facebook page for the Vaisakhi parade date, facebook.com/samplegurdwara. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: an online timetable "go to the masjid\'s online prayer timetable at …" : referral na', lines: one('what time is maghrib today', "go to the masjid's online prayer timetable at samplemasjid.org/times, it updates daily. does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: British a YouTube channel "watch the temple\'s YouTube channel for the Diwali puja" : referral na', lines: one('can i watch the diwali puja online', "Yes: watch the temple's YouTube channel for the Diwali puja, youtube.com/@sampletemple. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: a virtual tour "Go to the mandir\'s virtual tour at …" : referral na', lines: one('my class cant visit a mandir, any alternative', "Go to the mandir's virtual tour at samplemandir.org/tour; it covers the murtis and the prayer hall. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- U2 referralParty: diocese / archdiocese ----
  { name: 'U2 diocese near miss: records "Check diocese records on FamilySearch (familysearch.org)" : referral na', lines: one('looking for my great grandmothers baptism', 'Check diocese records on FamilySearch (familysearch.org); search by the parish name. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 diocese near miss: an encyclopedia "Look up the Diocese of Baltimore in the Catholic Encyclopedia at newadvent.org" : referral na', lines: one('when was the baltimore diocese founded', 'Look up the Diocese of Baltimore in the Catholic Encyclopedia at newadvent.org/cathen; it dates to 1789. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 diocese behaviour: British "Write to the diocese, their registry keeps the old banns books" (no contact): referral fails', lines: one('where would marriage banns from 1890 be', 'Write to the diocese; their registry keeps the old banns books. Does that help?'), exp: some({ referral: 'fail' }) },

  { name: 'U2 diocese near miss: a Facebook page "Check the diocese\'s Facebook page for the Christmas Mass times" : referral na', lines: one('what time is midnight mass', "Check the diocese's Facebook page for the Christmas Mass times, facebook.com/samplediocese. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- U2 referralParty: Spanish parroquia, iglesia, mezquita, sinagoga, templo ----
  { name: 'U2 Spanish near miss: records "Consulte los registros de la parroquia en FamilySearch (familysearch.org)" : referral na', lines: one('busco el bautismo de mi abuela', 'Consulte los registros de la parroquia en FamilySearch (familysearch.org), busque por el nombre del pueblo. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish near miss: a site "Para su tarea sobre el Templo Mayor, vea la enciclopedia en sample.org/britannica" : referral na', lines: one('necesito info del templo mayor para la escuela', 'Para su tarea, busque el Templo Mayor en la enciclopedia Britannica Escolar en sample.org/britannica. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish near miss: a book "Lea sobre la sinagoga más antigua de Europa en el libro …" : referral na', lines: one('libros sobre la historia judia en europa', 'Lea sobre la sinagoga más antigua de Europa en el libro Historia de los judíos, en nuestro catálogo sample.org/catalog. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish behaviour: "Pregunte en la mezquita de la calle Oak, tel. 410-555-0133" : referral passes', lines: one('cuando empieza el ramadan este año', 'Pregunte en la mezquita de la calle Oak, tel. 410-555-0133; ellos anuncian la fecha. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'U2 Spanish near miss: a virtual tour "Vaya al recorrido virtual de la iglesia en sample.org/tour" : referral na', lines: one('quiero ver la iglesia de san miguel por dentro', 'Vaya al recorrido virtual de la iglesia en sample.org/tour, tiene fotos del altar. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish near miss: a Facebook page "Visite el Facebook de la parroquia para los horarios" : referral na', lines: one('a que hora es la misa del gallo', 'Visite el Facebook de la parroquia para los horarios de Navidad, facebook.com/sampleparroquia. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- second batch ----
  { name: 'U1 file-report near miss: the library\'s own act "we file a report with the county each month" : referral na', lines: one('do you keep track of the stray dogs people ask about', 'We file a report with the county each month on the pet questions we get; the county strays page is sample.gov/strays. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 file-report near miss: how to fill it "file a bite report with photos of the wound" online: referral na', lines: one('how do i report a dog bite', 'Use the online form at sample.gov/report; file a bite report with photos of the wound and the dog\'s description. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a topic "Look for books on pet rescue in our catalog" : referral na', lines: one('books about rescuing animals for my 10 year old', 'Look for books on pet rescue in our catalog at sample.org/catalog, the kids section. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U1 party near miss: a guide "Read up on rescue for small boats in the Coast Guard guide" : referral na', lines: one('what should i know before kayaking', 'Read up on rescue for small boats in the Coast Guard guide at uscgboating.org/safety. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: poems "Check out The Temple by George Herbert in our catalog" : referral na', lines: one('poems by george herbert', 'Check out The Temple by George Herbert in our catalog at sample.org/catalog; it has all his poems. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: history "See the history of Temple Oheb Shalom in our Maryland Room collection" : referral na', lines: one('history of the synagogues in baltimore', 'See the history of Temple Oheb Shalom in our Maryland Room collection at sample.org/mdroom. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 party near miss: photos "See photos of the old gurdwara on our Flickr" : referral na', lines: one('pictures of the first sikh temple in our county', 'See photos of the old gurdwara on our Flickr, flickr.com/samplelibrary, from the 1970s. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 diocese near miss: newspapers "Search diocese newspapers in Chronicling America" : referral na', lines: one('old catholic newspapers from the 1900s', 'Search diocese newspapers in Chronicling America at chroniclingamerica.loc.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish near miss: a film "Vea el documental sobre la Mezquita de Córdoba en Kanopy" : referral na', lines: one('algo sobre la mezquita de cordoba', 'Vea el documental sobre la Mezquita de Córdoba en Kanopy (sample.org/kanopy). ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'U2 Spanish behaviour: "hable con el templo hindú de la calle 5" (no contact): referral fails', lines: one('cuando es diwali este año', 'Hable con el templo hindú de la calle 5, ellos saben la fecha exacta. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer gets wrong for reasons older than v33 (not run).
 */
export const LEFT: SessionCase[] = [
  { name: 'U1 party behaviour: "Ask a certified dog trainer, the CCPDT directory is at ccpdt.org" : referral passes', lines: one('my dog growls at kids', 'Ask a certified dog trainer for help; the CCPDT directory is at ccpdt.org/dog-owners. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
];

describeSessions('thirty-second round, second wave (V1): the U1 and U2 phrase changes checked', checked);

describeLeft('thirty-second-round-u12-checked', LEFT);
