/**
 * Thirty-third round, second wave (Z1): the v34 settings and phrase changes of blocks Y1 (patents, trademarks and
 * copyright) and Y2 (home repair, DIY and vehicle manuals) checked for false readings: near misses that share a change's
 * words or shape but are NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep passing).
 * Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a URL on the party's own site, whose path (not host) names it ("gov.uk/ipo", then "ring the IPO"), is the party's
 *   way to be reached, as a host naming it is;
 * - "did you have a mechanic look at it?", "most people have a mechanic check…", "your landlord has to have a licensed
 *   electrician inspect…", "you don't need to have a plumber come out" tell the patron to contact no one: no referral;
 * - a parent's or guardian's permission ("get permission from a parent to sign up …") is no referral;
 * - the provider's own plan to call someone ("voy a llamar a Legal Aid…") is staff acting for the patron, not a referral;
 * - "ask ur teacher …, and for photos by other photographers see sample.org/fairuse": an older reading lends the URL to the
 *   teacher (referral.contact passes): only info.source is listed there.
 * Written: 45 cases (38 near misses, 7 of the changes' behaviour in new words): 43 run + 2 in LEFT. First run (41
 * cases): 6 failed; 4 were mine (an older reading of a URL lent to a teacher and of a URL lent to a party in the same
 * sentence, relabelled or reworded; "Reference Center" read as a party by an older reading, reworded; "file a claim with
 * the Fund" and "ring the IPO" not read as referrals by older readings, reworded), 2 were v34 readings, narrowed:
 *  - `thenStepY1`: "Look at gov.uk/ipo first, then ring the Intellectual Property Office (IPO)" (the URL's PATH names the
 *    party, as a host label did: its own site; generic path words like "search", "contact", "help" never count). Still
 *    read: "Start at patents.google.com, then make an appointment with our PTRC librarian", "Check espacenet.com …, then
 *    book a session with the Business & IP Centre librarian";
 *  - `llamarNamedY2`: "Puede llamar a CASA, que ayuda a inquilinos, y nosotros seguimos al 301-555-0100, la línea de la
 *    biblioteca", "…, y llámenos al 301-…" (a number labelled as the library's own — nosotros / nuestro / llámenos / la
 *    línea de la biblioteca — after the name is not the party's; classify.ts LLAMAR_OWN_Z1). Still read: "le recomiendo
 *    llamar a Habitat ReStore, que acepta donaciones de materiales, al 301-947-3304". Both cases are in LEFT: without the
 *    v34 reading "llamar a CASA" is read as no referral at all (na, not fail).
 * Probed after the first run (2 more near misses, run): Y1's referralVerb "get permission from" read "You will need to get
 * permission from a parent to sign up for the teen makerspace; the form is at …" as a referral to the makerspace after
 * it (passing with the form's URL). Reading taken: a parent's or guardian's permission is a precondition, not a party
 * (RUBRIC.md's parties are agencies, libraries, departments, offices, named specialists), narrowed in phrasesV34Y1:
 *  - referralVerb: not "permission from (a / your / ur / my …) parent(s) / guardian(s) / mum / mom / dad / family".
 *    Still read: "obtain written permission from the publisher, at permissions@…", "request written permission from
 *    Special Collections".
 * The Y2 phrase additions (tradespeople, "have a … look at") and Y1's (photographer, Special Collections, "get permission
 * from", but see above) read none of the other near misses tried here. v34's fingerprint is now dfa49c4e52182214.
 */
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

export const checked: SessionCase[] = [
  // ---- Y1 referralParty: photographer(s) ----
  { name: 'Y1 photographer near miss: the patron is the photographer ("As the photographer, you own…; check copyright.gov/…") : referral na', lines: one("i'm a photographer, do i have to register my photos?", 'As the photographer, you own the copyright the moment you take the picture; registration is optional, but check copyright.gov/registration/photographs for the fees. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 photographer near miss: a column title ("check the Ask a Photographer column … at sample.org/magazines") : referral na', lines: one('can i use a photo from a magazine in my zine', 'Check the Ask a Photographer column in Popular Photography, on our magazine database at sample.org/magazines; it answers this question often. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 photographer near miss: "if the photographer died in 1950, check the chart at sample.org/pd" : referral na', lines: one('is this 1940s photo public domain', 'If the photographer died in 1950, check whether the photo is in the public domain with the chart at sample.org/pd. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 photographer near miss: a book title ("look for A Photographer\'s Guide to Copyright in the catalogue at …") : referral na', lines: one('any books on copyright for photos', "Look for A Photographer's Guide to Copyright in the catalogue at sample.org/catalog; it covers model releases too. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 photographer near miss: chat-speak "ask ur teacher if u can use photos by other photographers, see sample.org/fairuse" : source passes (referral.contact: an older reading lends the URL to the teacher, not listed)', lines: one('can i use photos in my school project', 'ask ur teacher first, and for photos by other photographers see sample.org/fairuse. does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Y1 photographer behaviour: "contact the photographer for a licence; her studio is at studio@example.com" : referral passes', lines: one('can i use this photo on my website', "You'll need to contact the photographer for a licence; her studio's email is studio@example.com. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },

  // ---- Y1 referralParty: Special Collections ----
  { name: 'Y1 Special Collections near miss: a closed room ("the Special Collections reading room is closed, so check the scans at …") : referral na', lines: one('can i see the 1890 fire insurance maps', 'The Special Collections reading room is closed until Monday, so check the digitized maps at sample.org/digital for now. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: "Y1 Special Collections near miss: \"Special Collections' finding aids at sample.org/findingaids list the boxes; search for Hartley\" : referral na", lines: one('where are the hartley family papers', "Special Collections' finding aids at sample.org/findingaids list the box and folder numbers; search for Hartley. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 Special Collections near miss: British "I\'ve had a look through Special Collections, and the scans are at sample.ac.uk/maps" : referral na', lines: one('do you have old maps of the parish', "I've had a look through Special Collections for the 1890s maps, and the scans are online at sample.ac.uk/maps. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 Special Collections near miss: "those letters were donated to Special Collections in 1972; view the copies at …" : referral na', lines: one('are the mayor letters online', 'Those letters were donated to Special Collections in 1972; you can view the digitised copies at sample.org/letters. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 Special Collections behaviour: "please ask Special Collections about a scan; they\'re at specialcollections@sample.org" : referral passes', lines: one('can i get a high res scan of a map', "Please ask Special Collections about a high-resolution scan; they're at specialcollections@sample.org. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },

  // ---- Y1 referralVerb: get / obtain / request / seek permission from ----
  { name: 'Y1 permission near miss: someone else got it ("the author got permission from the estate…") : referral na', lines: one('can i quote these letters', 'The author got permission from the estate to quote the letters, so the edition at sample.org/catalog is fine to cite. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission near miss: "you won\'t need to request permission from the publisher for a short quote; see sample.org/fairuse" : referral na', lines: one('do i need permission to quote a paragraph', "You won't need to request permission from the publisher for a short quotation in a review; see sample.org/fairuse. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission near miss: the library is seeking it ("our library is seeking permission from the estate to digitize…") : referral na', lines: one('are the diaries online', 'Our library is seeking permission from the estate to digitize the diaries; for now the transcripts are at sample.org/diaries. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission near miss: chat-speak "u dont have to get permission from anyone if its public domain, check sample.org/pd" : referral na', lines: one('can i use an old painting on a tshirt', 'u dont have to get permission from anybody if its public domain, check sample.org/pd. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission near miss: a parent\'s permission ("get permission from a parent to sign up for the teen makerspace; the form is at …") : referral na', lines: one('can i join the makerspace, im 14', 'You will need to get permission from a parent to sign up for the teen makerspace; the form is at sample.org/teens. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission near miss: British "you\'ll have to get permission from your mum or dad to join the coding club, form at …" : referral na', lines: one('can i join the coding club', "You'll have to get permission from your mum or dad to join the coding club at the library; the form is at sample.gov.uk/code. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y1 permission behaviour: "you\'d have to obtain written permission from the publisher at permissions@penguinrandomhouse.com" : referral passes', lines: one('can i reprint a chapter in my newsletter', "You'd have to obtain written permission from the publisher, at permissions@penguinrandomhouse.com. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },

  // ---- Y1 thenStepY1 ----
  { name: "thenStepY1 near miss: the host names the party (\"Start at copyright.gov/registration, then call the Copyright Office\") : referral passes", lines: one('how do i register a song', 'Start at copyright.gov/registration, then call the Copyright Office if you get stuck. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'thenStepY1 near miss: British, the path names the party ("Look at gov.uk/ipo first, then ring the IPO") : referral passes', lines: one('how do i register a trade mark in the uk', 'Look at gov.uk/ipo first, then ring the Intellectual Property Office (IPO) if the classes confuse you. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'thenStepY1 near miss: the party\'s contact in a later sentence ("…, then make an appointment with our PTRC librarian. She\'s at ptrc@…") : referral passes', lines: one('how do i see if my invention is patented', "Start at patents.google.com, then make an appointment with our PTRC librarian. She's at ptrc@sample.org. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'thenStepY1 near miss: no party after ", then" ("Start at patents.google.com, then check the CPC codes") : referral na', lines: one('how do i search patents', 'Start at patents.google.com, then check the CPC classification codes on each result. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'thenStepY1 behaviour: "Check espacenet.com for European patents, then book a session with the Business & IP Centre librarian" : referral fails', lines: one('how do i search european patents', 'Check espacenet.com for European patents, then book a session with the Business & IP Centre librarian. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },

  // ---- Y2 referralParty: tradespeople ----
  { name: 'Y2 party near miss: a career ("to become a licensed electrician, check the board\'s rules at …") : referral na', lines: one('how do i become an electrician in maryland', "To become a licensed electrician, check the state board's requirements at labor.maryland.gov/license/elec. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: the patron\'s own ("since you\'re a licensed contractor yourself, check the code updates at …") : referral na', lines: one("i'm a contractor myself, what code is montgomery on", "Since you're a licensed contractor yourself, check the code updates at montgomerycountymd.gov/dps/codes. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: the library\'s own ("a technician from our IT team will fix the scanner; check the guide at …") : referral na', lines: one('the scanner at the branch is broken', 'A technician from our IT team will fix the scanner tomorrow; meanwhile check the scanning guide at sample.org/scan. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: what a home inspector found ("since a home inspector found radon, see epa.gov/radon") : referral na', lines: one('a home inspector found radon, what now?', "Since a home inspector found radon, see the EPA's Citizen's Guide to Radon at epa.gov/radon; it explains the levels. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: books for a handyman ("for a handyman, try The Complete Guide to Home Repair in the catalogue at …") : referral na', lines: one('books for a handyman?', 'For a handyman, try The Complete Guide to Home Repair in the catalogue at sample.org/catalog, or browse 643.7. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: a statement ("note that a licensed plumber must pull the permit; the rules are at …") : referral na', lines: one('can i replace my own water heater', 'Note that a licensed plumber must pull the permit for a water heater swap in the county; the rules are at montgomerycountymd.gov/dps. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: a price ("a local locksmith charges about $100, per the cost guide at …") : referral na', lines: one('how much does a lockout cost', 'A local locksmith charges about $100 for a lockout, according to the cost guide at homeguide.com/locksmith. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: chat-speak book title ("a plumbers guide to pex is on hoopla, check sample.org/hoopla") : referral na', lines: one('any books on pex plumbing', 'a plumbers guide to pex is on hoopla, check sample.org/hoopla. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 party near miss: the one the patron hired ("when a licensed contractor walks off the job, contact the Guaranty Fund at …") : referral passes', lines: one('the licensed contractor we hired is gone', 'When a licensed contractor walks off the job, contact the Home Improvement Guaranty Fund at labor.maryland.gov/license/mhic. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },

  { name: 'Y2 party behaviour: chat-speak "def call a certified exterminator abt the termites asap" : referral fails', lines: one('i think i have termites', 'def call a certified exterminator abt the termites asap, they can do a lot of damage fast. does that help?'), exp: some({ referral: 'fail' }) },

  // ---- Y2 referralVerb: have a/an … <trade> look at ----
  { name: 'Y2 verb near miss: a question about the past ("Did you have a mechanic look at it already? …") : referral na', lines: one('my check engine light is on', "Did you have a mechanic look at it already? If so, the Chilton manual at sample.org/chilton shows the sensor's location. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: "Y2 verb near miss: negated (\"you don't need to have a plumber come out for a dripping faucet\") : referral na", lines: one('my faucet drips', "You don't need to have a plumber come out for a dripping faucet; the repair steps are at sample.org/faucet. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 verb near miss: what most people do ("most people have a mechanic check the brakes every year") : referral na', lines: one('how often should brakes be checked', "Most people have a mechanic check the brakes every year; the maintenance schedule is in the owner's manual at sample.org/manuals. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 verb near miss: the landlord\'s duty ("your landlord has to have a licensed electrician inspect the wiring") : referral na', lines: one('the outlets in my apartment spark', 'Under Maryland law your landlord has to have a licensed electrician inspect the wiring; see the tenant guide at sample.gov/tenants. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 verb near miss: the library\'s staff ("we\'re going to have a technician look at the scanner") : referral na', lines: one('the scanner at the branch is broken', "We're going to have a technician look at the scanner this afternoon; meanwhile the how-to is at sample.org/scan. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Y2 verb behaviour: British "I\'d have a qualified electrician check that consumer unit before you touch it" : referral fails', lines: one('my fuse box keeps tripping', "I'd have a qualified electrician check that consumer unit before you touch it. Does that help?"), exp: some({ referral: 'fail' }) },

  // ---- Y2 llamarNamedY2 ----
  { name: 'llamarNamedY2 near miss: what neighbours do ("muchos vecinos suelen llamar a Juan Pérez, un plomero del barrio, al 301-…") : referral na', lines: one('necesito un plomero', 'Muchos vecinos suelen llamar a Juan Pérez, un plomero del barrio, al 301-555-0101, pero no tiene licencia; la lista de plomeros con licencia está en labor.maryland.gov/pq. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'llamarNamedY2 near miss: negated ("no hace falta llamar a Legal Aid, que está saturado, al 1-888-…") : referral na', lines: one('mi casero no arregla la calefacción', 'No hace falta llamar a Legal Aid, que está saturado, al 1-888-465-2468; la guía en sample.org/inquilinos basta para escribir la carta. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'llamarNamedY2 near miss: the provider calls ("yo voy a llamar a Legal Aid, que conoce el caso, al 1-888-…") : referral na', lines: one('mi casero no arregla la calefacción', 'Yo voy a llamar a Legal Aid, que conoce estos casos, al 1-888-465-2468, y mientras tanto lea la guía en sample.org/inquilinos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'llamarNamedY2 behaviour: "le recomiendo llamar a Habitat ReStore, que acepta materiales, al 301-947-3304" : referral passes', lines: one('donde dono materiales de construccion', 'Le recomiendo llamar a Habitat ReStore, que acepta donaciones de materiales, al 301-947-3304. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer still gets wrong for reasons older than v34 (not run): without v34's
 * `llamarNamedY2` reading, "llamar a CASA" with no contact of its own is read as no referral (referral.contact na, where
 * RUBRIC.md says fail); before Z1's narrowing, `llamarNamedY2` read the library's own number after the name as CASA's
 * and passed them.
 */
export const LEFT: SessionCase[] = [
  { name: 'llamarNamedY2 near miss: the number is the library\'s ("puede llamar a CASA, que ayuda a inquilinos; nosotros seguimos al 301-555-0100")  : referral fails (CASA has no contact)', lines: one('mi casero no arregla la calefacción', 'Puede llamar a CASA, que ayuda a inquilinos, y nosotros seguimos al 301-555-0100, la línea de la biblioteca. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'llamarNamedY2 near miss: the library\'s own ("puede llamar a CASA, que ayuda a inquilinos, y llámenos al 301-555-0100") : referral fails', lines: one('mi casero no arregla la calefacción', 'Puede llamar a CASA, que ayuda a inquilinos, y llámenos al 301-555-0100 si necesita más ayuda. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-third round, second wave (Z1): v34 Y1 and Y2 checked', checked);

describeLeft('thirty-third-round-y12-checked', LEFT);
