/**
 * Thirty-fifth round, narrowing wave (E3): the whole-session widenings of v35's blocks G1-G4 (and what J1-J3 already narrowed)
 * checked on text nobody wrote for them: G1's sample carried to a party ("take a sample to the extension office"), the
 * Master Gardeners and zoning as parties; G2's loan servicer and `sendThenAskEmailG2`; G3's completeness question "Does that
 * put your mind at ease?", `confirmSiteG3` and `relativePartyG3`; G4's trades that value things (appraisers, auction
 * houses, numismatists, philatelists, antique shops, tasador, anticuario …) and the Spanish "consulte a …", "lleve … a …".
 * Most cases are near misses (the words or shape, not the behaviour); some are the behaviour in new words (must stay read).
 *
 * PARAPHRASE SWEEP (labelled before the scorer ran). The parties and verbs used without telling the patron to contact anyone:
 *  a warning or negation ("Please don't carry the infested branches to the county yard waste center", "Don't take the album
 *   to an antiques shop until…", "There's no need to contact an appraiser", "No hace falta llevar el reloj a un tasador",
 *   "Nunca lleve el reloj a un comerciante sin…"); a hypothetical or a condition ("Should you wish to bring a sample to the
 *   plant clinic…", "Si consulta a un tasador…", "Antes de llevar el reloj a un anticuario…"); someone else acting ("The
 *   Extension's courier will carry the samples to the diagnostic lab", "scammers write to borrowers pretending to be their
 *   servicer", "Auction houses write to consignors after the sale", "Mucha gente consulta a un tasador"); a past act ("I
 *   called an auction house … last year", "the appraiser you called"); a question ("Have you already taken a sample…?", "Is
 *   your servicer Nelnet or MOHELA?", "Have you talked to a dealer yet?", "¿Ya consultó a un tasador?"); a place or a page
 *   ("the centre of the heap", "Go to Zoning > Fences and Walls on the county's site", "Visit studentaid.gov to find out who
 *   your servicer is", "Check with studentaid.gov whether…", "the Master Gardeners' planting calendar at …", "a philatelist's
 *   YouTube channel", "an auction house's past sales at …"); a periodical ("consult The Numismatist, the ANA's monthly
 *   magazine"). The behaviour in new words: "take the bagged branch to the extension office", "drop it off at the extension
 *   office", "Email Howard County zoning", "message your servicer through the inbox on their website", "get a written
 *   estimate from a sports memorabilia auction house", "Le recomiendo consultar a un anticuario…".
 *  completeness: "Did that put your mind at ease?" asked of the call the patron just told of, "Does that put your mind at
 *   ease?" after an offer to call tomorrow, "Has that put your mind at rest?" of the patron's daughter's article (fail);
 *   "Has that put your mind at rest?" and "Does all that put your mind at ease?" right after the source (pass).
 *  send then ask: "I'll send you the steps one at a time … Which email app do you use?", "I can send you a copy of this chat
 *   transcript. What's your email?", "We can send you hold notices by e-mail. What e-mail …?", "I can not send you scans …
 *   What's your e-mail, so I can check …?", "I'll send you a short survey about today's chat. What e-mail should it go to?"
 *   (no follow-up); "I will pull the 1905 manifests … and send you scans. Could you type your e-mail here?", "Let me keep
 *   digging and I'll send you whatever turns up. What's the best email for you?" (a promise, no time).
 *  confirm site: "Do you mean allsides.com?", "Was it the site adfontesmedia.com?" for a site the patron asked for and could
 *   not name (a source); "Is it the site dailypatriotpost.com?" after "is daily patriot post legit?" (a confirmation).
 *  relative clause: "Write to the photo archivists, who run the Sun's reprint desk, …", "Email the Calvert Street front
 *   office, which serves as the Sun's reprint desk" after the desk's URL (pass); "…, which keeps some of the Sun's reprint
 *   negatives" (fail).
 *
 * Statuses are read from the literal text of RUBRIC.md (Terms, "Referral"; referral.contact; info.source: "a URL or domain";
 * followup.completeness: "asks whether the information already given meets the need … A question about something not yet
 * given does not count"; Terms, "Follow-up session": "promises in the chat to send or find more later"). Readings taken
 * where the text leaves room:
 * - a warning not to take something to a party ("Nunca lleve el reloj a un comerciante sin conocer su valor", "Don't take
 *   the album to an antiques shop until you know what's in it"), as J3's "No lo lleve a un comerciante sin saber el precio",
 *   and a hypothetical or a condition ("Should you wish to bring…", "Si consulta a un tasador, pida…", "Antes de llevar…"), as
 *   J1's "Before you take a sample to the lab…", tell the patron to contact no one: no referral;
 * - "Visit studentaid.gov to find out who your servicer is" and "Check with studentaid.gov whether your servicer changed"
 *   point to a website to use (a source), not to the servicer;
 * - "The Numismatist", the ANA's magazine, is a publication; a philatelist's YouTube channel and an auction house's past
 *   sales page are things to watch or read: no referral;
 * - "Did that / Has that put your mind at ease?" right after the patron's message telling of a call or a paper from
 *   elsewhere asks about that, not about what the provider gave (as J2's "Did it …?"); after an offer in the sentence before,
 *   it asks about the offer (as J2's "Would that …?"): completeness fails;
 * - a chat transcript, a survey about the chat and the library's automatic hold notices are not "more" information sent
 *   later: no follow-up session; "Which email app do you use?" asks the patron's program, not their address;
 * - a site the provider names for a patron who asked for one they could not name ("i forgot the name") is the answer, a
 *   source; a look-alike site asked about where the patron saw a story ("Was it the page at abcnews-us.com you saw?", G3's)
 *   or a site the patron named in words only confirms it (no source);
 * - a relative clause saying the party runs or serves as the earlier sentence's party ("who run the Sun's reprint desk")
 *   makes them the same: that party's URL reaches them (as J2's "which is part of").
 *
 * Written: 55 short cases (40 near misses, 15 of the behaviour in new words), 4 whole sessions and 17 near misses of the
 * fixes in `guards` (76); run: 47 short, 4 whole, 17 guards; LEFT: 8. All labelled before running; my labels corrected: 0.
 * First run (48 short + 4 whole): 20 of 52 disagreed: referral.contact 10, followup.completeness 4, the follow-up promise
 * (followup.contact, resolution.code, followup.on_time) 4, info.source 2. v35's false readings: 11 (gone with the v35 change
 * off: the Master Gardeners' calendar; the philatelist's channel, the auction house's past sales, The Numismatist; three
 * "put your mind at ease" of the patron's news or an offer; the e-mail app and the survey; allsides.com and
 * adfontesmedia.com); older than v35: 5 (the heap's centre, the hold notices, twice the photo morgue, which is no party, so
 * `relativePartyG3` never ran: rewritten with the desk as the party; the Spanish source tail's URL lent to the anticuario:
 * rewritten without it); too little (widenings): 4 ("Does all that put your mind at ease?" widened; "Email Howard County
 * zoning", "get a written estimate from … an auction house", "Let me keep digging and I'll send you …" left). Second run
 * (7 more, the rewrites among them): 2 disagreed, both v35's `relativePartyG3` ("who run the Sun's reprint desk", "which
 * serves as the Sun's reprint desk"). Third run (the guards): 0. The whole suite then found my first `confirmSiteNamedE3`
 * too wide (G3's "Was it the page at abcnews-us.com you saw?" after "saw an abc news story": a look-alike asked about);
 * narrowed to a patron who asked for a site they forgot (guard added: "Was it the site cnn-breaking.net?").
 * Fixed in block E3 (phrasesV36E3 and four v36 settings):
 *  - referralParty, G1's Master Gardeners: not their calendars, schedules, charts, lists, handouts, brochures, leaflets,
 *    booklets, pamphlets, checklists, podcasts, columns, YouTube, channels, Facebook or Instagram ("Go to the Master
 *    Gardeners' planting calendar at extension.umd.edu/mg/calendar"); the one word before such a noun is no preposition or
 *    "and / or" [guards: "Call the Master Gardeners about schedules for the plant clinic", "hit up the master gardeners for
 *    planting charts" still refer];
 *  - referralParty, G4's trades: not their YouTube, channels, Instagram, TikTok, Facebook, nor "past / recent / sold / online
 *    / auction / sales / price" + sales, results, prices, listings, lots, records, catalogues, shops, lists, guides, history,
 *    archives ("Visit a philatelist's YouTube channel", "Go to an auction house's past sales at …"), nor a trade word with
 *    "magazine / journal / periodical" right after it or in an apposition ("consult The Numismatist, the ANA's monthly
 *    magazine") [guards: "Call an auction house about past sales …", "Ask an appraiser for sold prices …", "Message a
 *    philatelist on Instagram …", "ask a numismatist about The Numismatist magazine's price columns" still refer];
 *  - completeness, G3's question: also "all that / all this" ("Does all that put your mind at ease?"), and `mindAtEaseOfE3`:
 *    not after an offer in the sentence before, nor right after the patron's message telling of a call or a paper from
 *    elsewhere (called, phoned, talked to, spoke with …; told / sent / showed me; "my daughter said") with nothing given before
 *    it in the message [guards: after the patron's "ok i read the medicare page", the question before an offer, a source
 *    given before the question after the neighbour's news: still pass];
 *  - `confirmSiteNamedE3`: a bare site named for a patron who asked for a site they forgot, and that no patron message named
 *    before, is a source ("Do you mean allsides.com?") [guards: "daily-buzz-live" then "dailybuzzlive.com", "the conservative
 *    truth wire" then "www.conservativetruthwire.com", "the daily echo site" then "dailyecho.co.uk", a look-alike
 *    "cnn-breaking.net" after "a cnn story": still confirmations];
 *  - `sendThenAskNarrowE3`: not a survey about the chat, nor when every e-mail question after the send asks which e-mail app
 *    or program [guards: "Which email should I use, your Gmail or your work one?", "a short list of ship databases … What
 *    email should it go to?": still promises];
 *  - `relativeRunsE3`: the clause "who run / manage / staff / serve as the <a few words>" ending there is kept [guards: "…,
 *    which runs the reading room with many of the Sun's reprint negatives", "…, which runs a clippings file of …": still cut].
 * Left: 8 (LEFT, each with its reason): 3 widenings, 5 older than v35.
 * v36's fingerprint after this block: c3b7ca20ccd52cc3.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';

// ---- the sessions the short cases open with (a question, a greeting with a clarifying question, the patron's answer) ----

/** Emerald ash borer in a big ash tree, Howard County. */
const ASH: Line[] = [
  [0, 'p', 'something is boring little D shaped holes in my ash tree, the bark is splitting'],
  [20, 'l', 'Hi, this is Sam, a librarian with AskUsNow!. Which county are you in, and about how big is the tree?'],
  [50, 'p', 'howard county, its huge, 40 ft maybe'],
];
/** A compost pile that will not heat up. */
const HEAP: Line[] = [
  [0, 'p', 'my compost pile isnt heating up at all, what am i doing wrong'],
  [20, 'l', 'Hello, Sam here at Sample County Library. Is it a bin or an open pile, and what goes into it?'],
  [50, 'p', 'open pile, mostly dry leaves and some grass'],
];
/** A fence in a back yard. */
const FENCE: Line[] = [
  [0, 'p', 'can i put up a 6 foot privacy fence in my back yard? ellicott city'],
  [20, 'l', 'Hi, Sam with Ask Us. Are you in an HOA, and is it a corner lot?'],
  [50, 'p', 'no HOA, not a corner'],
];
/** A borrower who lost track of their student loan servicer. */
const LOANS: Line[] = [
  [0, 'p', 'i have no clue who my student loan company is anymore, they keep changing'],
  [20, 'l', 'Hi, Sam at Ask Us here. Are they federal loans, and do you still have your FSA ID login?'],
  [50, 'p', 'federal, i think i have the login somewhere'],
];
/** A stamp album from the 1940s. */
const STAMPS: Line[] = [
  [0, 'p', 'my dad left me a stamp album from the 1940s, how do i know if its worth anything'],
  [20, 'l', "Hi! I'm Sam, a librarian at AskUsNow!. Are they US stamps, and are they loose or hinged in the album?"],
  [50, 'p', 'mostly US, hinged'],
];
/** A signed baseball. */
const BALL: Line[] = [
  [0, 'p', 'I have a baseball signed by Brooks Robinson, thinking of selling it. How much could I get?'],
  [20, 'l', 'Good afternoon, Sam here at Sample County Library. Does it have a certificate of authenticity?'],
  [50, 'p', 'No certificate, my uncle got it at a game in 1970'],
];
/** A pocket watch, in Spanish. */
const RELOJ: Line[] = [
  [0, 'p', 'buenas, tengo un reloj de bolsillo de mi abuelo y quiero saber si vale algo'],
  [20, 'l', 'Hola, soy Sam, bibliotecario de AskUsNow!. ¿Tiene alguna marca o número dentro de la tapa?'],
  [50, 'p', 'dice Waltham y un numero largo'],
];
/** A worried patron with a Medicare letter. */
const PREMIUM: Line[] = [
  [0, 'p', 'i got a letter saying my medicare premium is going up, is this a scam?? im worried'],
  [20, 'l', "Hello, Sam at Ask Us. What does the letter say it's from, and does it ask you for anything?"],
  [50, 'p', 'says social security, just the new amount, doesnt ask for money'],
];
/** An immigrant ancestor's ship record. */
const SHIP: Line[] = [
  [0, 'p', 'im looking for my great grandfathers ship record, he came from sicily around 1905'],
  [20, 'l', "Hi, I'm Sam, a librarian at Sample County Library. Do you know his name and the port he came in at?"],
  [50, 'p', 'giuseppe romano, new york i think'],
];
/** E-mail on a phone, a patron new to it. */
const PHONE: Line[] = [
  [0, 'p', 'how do i attach a photo to an email on my phone, im not good with this stuff'],
  [20, 'l', 'Hi, Sam at Ask Us here. Is it an iPhone or an Android phone?'],
  [50, 'p', 'iphone'],
];
/** Hold notices that come too late. */
const HOLDS: Line[] = [
  [0, 'p', 'i keep missing my holds, the paper notices come after the pickup date'],
  [20, 'l', "Hello, Sam at Sample County Library. Sorry about that! Do you have a library card number handy?"],
  [50, 'p', 'yes its 21982000123456'],
];
/** A photo from the 1968 riots for a school project. */
const RIOTS: Line[] = [
  [0, 'p', 'need a photo from the evening sun of the 1968 riots for a school project'],
  [20, 'l', 'Hi, Sam at Ask Us. Do you need to publish it, or only use it in class?'],
  [50, 'p', 'just for class'],
];

/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `RELOJ`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...RELOJ, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];
/** `base`, the provider's `text` at 70 s, the patron's e-mail, the provider's repeat of it and goodbye. */
const mailed = (base: Line[], text: string, email = 'pat.r@example.com'): Line[] => [...base, [70, 'l', text], [100, 'p', email], [110, 'l', `Thanks, I have ${email}. Bye for now!`]];
/** `base`, a source with no completeness question, the patron's `said`, then the provider's `text` and an ending. */
const afterSource = (base: Line[], source: string, said: string, text: string): Line[] => [
  ...base,
  [70, 'l', source],
  [100, 'p', said],
  [115, 'l', text],
  [140, 'p', 'ok thank you'],
  [146, 'l', 'Take care, bye!'],
];
/** A patron who forgot a site's name: the provider asks, the patron describes it, the provider's `text`, thanks, goodbye. */
const forgot = (q: string, hint: string, text: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, Sam at Ask Us here. Do you remember anything about how the site looked?'],
  [50, 'p', hint],
  [70, 'l', text],
  [100, 'p', 'YES thats the one, thanks'],
  [106, 'l', 'Great, bye!'],
];
/** The patron names a site in `q`; the provider's greeting asks `ask`; the patron's "yes"; a source; thanks; goodbye. */
const named = (q: string, ask: string): Line[] => [
  [0, 'p', q],
  [15, 'l', `Hi, I'm Sam at Ask Us. ${ask}`],
  [40, 'p', 'yes'],
  [50, 'l', 'NewsGuard has no rating for it, and Media Bias/Fact Check lists it as questionable at mediabiasfactcheck.com. Does that help?'],
  [80, 'p', 'ok thanks'],
  [85, 'l', 'Bye!'],
];

export const short: SessionCase[] = [
  // ---- G1 referralVerb (a sample carried to a party): near misses ----
  { name: 'G1 sample carried near miss: a warning, "Please don\'t carry the infested branches to the county yard waste center" : no referral', lines: then(ASH, "Please don't carry the infested branches to the county yard waste center; that is how the borer spreads. Bag them for the trash, and see the Extension's EAB page at extension.umd.edu/hgic/eab. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 sample carried near miss: "The Extension\'s courier will carry the samples to the diagnostic lab on Fridays" (someone else carries) : no referral', lines: then(ASH, "The Extension's courier will carry the samples to the diagnostic lab on Fridays, so results take about two weeks; the form is at extension.umd.edu/plant-lab. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 sample carried near miss: British "Should you wish to bring a sample to the plant clinic, double-bag it" (hypothetical) : no referral', lines: then(ASH, 'Should you wish to bring a sample to the plant clinic, do double-bag it; for now the photo guide at extension.umd.edu/hgic/eab is enough to confirm it. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 sample carried near miss: a question, "Have you already taken a sample to the plant clinic?" : no referral', lines: then(ASH, 'Have you already taken a sample to the plant clinic? If not, the photo guide at extension.umd.edu/hgic/eab is a good start. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G1 referralVerb: behaviour in new words ----
  { name: 'G1 sample carried behaviour: "take the bagged branch to the extension office on Route 108" (no contact) : referral fails', lines: then(ASH, 'Cut a small branch with the holes, bag it, and take the bagged branch to the extension office on Route 108 so they can confirm it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'G1 sample carried behaviour: chat-speak "drop it off at the extension office" (no contact) : referral fails', lines: then(ASH, 'bag up a piece of bark w the holes and drop it off at the extension office in ellicott city, they can ID it. that help?'), exp: some({ referral: 'fail' }) },

  // ---- G1 referralParty (zoning, Master Gardeners): near misses ----
  { name: 'G1 zoning near miss: a menu path, "Go to Zoning > Fences and Walls on the county\'s site, howardcountymd.gov" : no referral', lines: then(FENCE, "Go to Zoning > Fences and Walls on the county's site, howardcountymd.gov; 6 feet is allowed in most rear yards. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G1 Master Gardeners near miss: "Go to the Master Gardeners\' planting calendar at extension.umd.edu/mg/calendar" (a page) : no referral', lines: then(HEAP, "Go to the Master Gardeners' planting calendar at extension.umd.edu/mg/calendar for when to add the greens. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G1 zoning: behaviour in new words ----

  // ---- G2 referralParty "servicer": near misses ----
  { name: 'G2 servicer near miss: "Visit studentaid.gov to find out who your servicer is" (a website) : no referral', lines: then(LOANS, "Visit studentaid.gov to find out who your servicer is; it's under My Aid after you log in. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: "Check with studentaid.gov whether your servicer changed" (a website) : no referral', lines: then(LOANS, 'Check with studentaid.gov whether your servicer changed this year: log in and open My Aid. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: a warning, "scammers write to borrowers pretending to be their servicer" : no referral', lines: then(LOANS, 'Be careful: scammers write to borrowers pretending to be their servicer. The real one is listed at studentaid.gov under My Aid. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G2 servicer near miss: a question, "Is your servicer Nelnet or MOHELA?" : no referral', lines: then(LOANS, 'Is your servicer Nelnet or MOHELA? Either way, the repayment plans are compared at studentaid.gov/idr. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G2 servicer: behaviour in new words ----
  { name: 'G2 servicer behaviour: "Message your servicer through the inbox on their website" (no address) : referral fails', lines: then(LOANS, 'Once you know who it is, message your servicer through the inbox on their website and ask about the new plan. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- G4 referralParty (the trades): near misses ----
  { name: 'G4 trades near miss: a warning, "Don\'t take the album to an antiques shop until you know what\'s in it" : no referral', lines: then(STAMPS, "Don't take the album to an antiques shop until you know what's in it; the Scott catalogue values are in our databases at samplelib.org/databases. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: "Visit a philatelist\'s YouTube channel" (videos to watch) : no referral', lines: then(STAMPS, "Visit a philatelist's YouTube channel to learn how hinges affect value; our stamp books are listed at samplelib.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: "Go to an auction house\'s past sales at stampauctionnetwork.com" (a page) : no referral', lines: then(STAMPS, "Go to an auction house's past sales at stampauctionnetwork.com to see what similar albums fetched. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: "Consult The Numismatist, the ANA\'s magazine, in our databases" (a publication) : no referral', lines: then(BALL, "For the coins in the box, consult The Numismatist, the ANA's monthly magazine, in our databases at samplelib.org/databases. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: the provider\'s past call, "I called an auction house in Timonium last year for a patron" : no referral', lines: then(BALL, 'I called an auction house in Timonium last year for another patron and they charged 25%. Recent sold prices are in WorthPoint at samplelib.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: "There\'s no need to contact an appraiser for hinged stamps" (negated) : no referral', lines: then(STAMPS, "There's no need to contact an appraiser for hinged stamps like these; the Scott values at samplelib.org/databases are enough. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: a question about the patron\'s situation, "Have you talked to a dealer yet?" : no referral', lines: then(BALL, 'Have you talked to a dealer yet? Either way, the sold prices in WorthPoint at samplelib.org/databases are a good start. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: the sellers\' side, "Auction houses write to consignors after the sale" : no referral', lines: then(BALL, 'Auction houses write to consignors after the sale with the hammer price. Past results for Robinson balls are in WorthPoint at samplelib.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 trades near miss: the patron\'s own past call, "Since the appraiser you called already said $200" : no referral', lines: then(STAMPS, 'Since the appraiser you called already said $200, compare that with the Scott values in our databases at samplelib.org/databases. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G4 referralParty: behaviour in new words ----

  // ---- G4 referralVerb (Spanish consulte a / lleve … a): near misses ----
  { name: 'G4 Spanish near miss: a condition, "Si consulta a un tasador, pida el valor por escrito" : no referral', lines: thenEs('Si consulta a un tasador, pida que le dé el valor por escrito; mientras tanto, vea los precios de venta en ebay.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 Spanish near miss: a general statement, "Mucha gente consulta a un tasador antes de vender" : no referral', lines: thenEs('Mucha gente consulta a un tasador antes de vender, pero para un Waltham común basta con ver los precios en ebay.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 Spanish near miss: "No hace falta llevar el reloj a un tasador" (no need) : no referral', lines: thenEs('No hace falta llevar el reloj a un tasador: los Waltham de esos años se venden entre 50 y 150 dólares en ebay.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 Spanish near miss: a warning, "Nunca lleve el reloj a un comerciante sin conocer su valor" : no referral', lines: thenEs('Nunca lleve el reloj a un comerciante sin conocer su valor; primero busque el número de serie en pocketwatchdatabase.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 Spanish near miss: "Antes de llevar el reloj a un anticuario, busque el número" (before, a hypothetical) : no referral', lines: thenEs('Antes de llevar el reloj a un anticuario, busque su número de serie en pocketwatchdatabase.com para saber el año. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'G4 Spanish near miss: a question, "¿Ya consultó a un tasador?" : no referral', lines: thenEs('¿Ya consultó a un tasador? Si no, vea primero los precios de venta en ebay.com. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- G4 Spanish: behaviour in new words ----

  { name: 'G4 Spanish behaviour: "Le recomiendo consultar a un anticuario especializado en relojes de su zona" (no contact, no address) : referral fails', lines: thenEs('Le recomiendo consultar a un anticuario especializado en relojes de su zona, que le dirá cuánto vale. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // ---- G3 completeness ("put your mind at ease"): near misses ----
  { name: 'G3 mind-at-ease near miss: "Did that put your mind at ease?" asked of the call the patron just made : completeness fails', lines: afterSource(PREMIUM, 'Medicare explains the 2026 premium change at medicare.gov/basics/costs.', 'i also called the number on the back of my card and they said its real', 'Good. Did that put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'G3 mind-at-ease near miss: "Does that put your mind at ease?" after an offer to call tomorrow (not yet given) : completeness fails', lines: afterSource(PREMIUM, 'Medicare explains the 2026 premium change at medicare.gov/basics/costs.', 'im still nervous tbh', 'I understand. I can call the Social Security office for you tomorrow morning and tell you what they say. Does that put your mind at ease?'), exp: some({ complete: 'fail' }) },
  { name: 'G3 mind-at-ease near miss: British "Has that put your mind at rest?" of the patron\'s daughter\'s article : completeness fails', lines: afterSource(PREMIUM, 'The premium amounts for 2026 are on medicare.gov/basics/costs.', 'my daughter sent me an AARP article saying the same', 'Oh lovely. Has that put your mind at rest?'), exp: some({ complete: 'fail' }) },
  // ---- G3 completeness: behaviour in new words ----
  { name: 'G3 mind-at-ease behaviour: "Has that put your mind at rest?" right after the source : completeness passes', lines: then(PREMIUM, 'It is real: the 2026 premium amounts are listed at medicare.gov/basics/costs, and the letter matches them. Has that put your mind at rest?'), exp: some({ complete: 'pass' }) },
  { name: 'G3 mind-at-ease behaviour: "Does all that put your mind at ease?" after the source : completeness passes', lines: then(PREMIUM, 'It is real: the 2026 premium amounts are listed at medicare.gov/basics/costs, and SSA sends those letters every fall. Does all that put your mind at ease?'), exp: some({ complete: 'pass' }) },

  // ---- G2 sendThenAskEmailG2: near misses ----
  { name: 'G2 send-then-ask near miss: "I\'ll send you the steps one at a time. Which email app do you use?" (in the chat) : no follow-up', lines: then(PHONE, "I'll send you the steps one at a time so you can follow along. Which email app do you use, Gmail or the iPhone Mail app?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 send-then-ask near miss: "I can send you a copy of this chat transcript. What\'s your email?" : no follow-up', lines: mailed(SHIP, "The 1905 passenger lists are free at heritage.ellisisland.org. I can send you a copy of this chat transcript if you'd like. What's your email?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 send-then-ask near miss: "I can not send you scans from the rare book room … What\'s your e-mail, so I can check your card?" : no follow-up', lines: then(SHIP, "I can not send you scans from the rare book room, I'm sorry, that collection is restricted. What's your e-mail, so I can check whether you already have a card with us?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  { name: 'G2 send-then-ask near miss: "I\'ll send you a short survey about today\'s chat. What e-mail should it go to?" : no follow-up', lines: mailed(SHIP, "The manifests are on heritage.ellisisland.org; search Romano, 1905. I'll send you a short survey about today's chat. What e-mail should it go to?"), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  // ---- G2 sendThenAskEmailG2: behaviour in new words ----
  { name: 'G2 send-then-ask behaviour: "I will pull the 1905 manifests and send you scans. Could you type your e-mail here?" : contact fails (no time), code fails', lines: mailed(SHIP, 'I will pull the 1905 manifests for Romano and send you scans. Could you type your e-mail here?'), exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }) },

  // ---- confirmSiteG3: near misses (the provider names a site the patron could not) ----
  { name: 'confirmSiteG3 near miss: "Do you mean allsides.com?" for a site the patron forgot : source passes', lines: forgot('theres a website that shows if news sites lean left or right, my teacher showed us but i forgot the name', 'it had a chart with left center right colors', 'Do you mean allsides.com?'), exp: some({ source: 'pass' }) },
  { name: 'confirmSiteG3 near miss: "Was it the site adfontesmedia.com?" for a chart the patron forgot : source passes', lines: forgot('what was that site with the media bias chart shaped like a big triangle? cant remember', 'it ranks news outlets on reliability too', 'Was it the site adfontesmedia.com?'), exp: some({ source: 'pass' }) },
  // ---- confirmSiteG3: behaviour in new words ----
  { name: 'confirmSiteG3 behaviour: "Is it the site dailypatriotpost.com?" after the patron named it : clarify passes', lines: named('is daily patriot post legit? my uncle keeps sharing it', 'Is it the site dailypatriotpost.com?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'confirmSiteG3 behaviour: chat-speak "u mean the site realnewsnow24.com?" : clarify passes', lines: named('is realnewsnow24 real news or fake', 'u mean the site realnewsnow24.com?'), exp: some({ clarify: 'pass', source: 'pass' }) },

  // ---- relativePartyG3: near misses (the clause says the party is the same) ----
  { name: 'relativePartyG3 near miss: "Write to the photo archivists, who run the Sun\'s reprint desk" after the desk\'s URL : referral passes', lines: then(RIOTS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Write to the photo archivists, who run the Sun's reprint desk, about the 1968 negatives. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'relativePartyG3 near miss: "Email the Calvert Street front office, which serves as the Sun\'s reprint desk" : referral passes', lines: then(RIOTS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Email the Calvert Street front office, which serves as the Sun's reprint desk, to order one. Does that help?"), exp: some({ referral: 'pass' }) },
  // ---- relativePartyG3: behaviour in new words ----
  { name: 'relativePartyG3 behaviour: "write to the Maryland Center for History and Culture, which keeps some of the Sun\'s reprint negatives" : referral fails', lines: then(RIOTS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Or write to the Maryland Center for History and Culture, which keeps some of the Sun's reprint negatives. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'relativePartyG3 behaviour: "contact UMD\'s Special Collections, which hold many Evening Sun photos too" : referral fails', lines: then(RIOTS, "The Evening Sun's photo morgue is now part of the Baltimore Sun's archive at baltimoresun.com/archive. Or contact the University of Maryland's Special Collections, which hold many Evening Sun photos too. Does that help?"), exp: some({ referral: 'fail' }) },
];

export const whole: SessionCase[] = [
  {
    name: 'emerald ash borer: a warning not to carry the branches anywhere, then the extension office with its phone',
    lines: [
      [0, 'p', 'hi. our big ash tree has little D shaped holes and woodpeckers all over it. is it that borer thing?'],
      [25, 'l', "Hi there, this is Priya, a librarian with AskUsNow!. It does sound like emerald ash borer. Which county are you in?"],
      [60, 'p', 'Carroll'],
      [85, 'l', "Please don't carry the cut branches to the county drop-off center or take the firewood to your cabin; moving ash wood is how it spreads. The University of Maryland Extension's EAB page, extension.umd.edu/hgic/topics/emerald-ash-borer, shows the holes and the S-shaped tunnels under the bark. To confirm it, call the Carroll County Extension office at 410-386-2760. Is that what you needed?"],
      [150, 'p', 'yes thats great, thanks so much thats all'],
      [158, 'l', 'Good luck with the tree, and thanks for chatting!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'Spanish, a silver peso: "Nunca lleve la moneda a un comerciante…" and Numista, no referral',
    lines: [
      [0, 'p', 'hola tengo un peso de plata de 1947 de mexico, cuanto vale?'],
      [30, 'l', 'Hola, buenas tardes. Soy Marta, bibliotecaria de AskUsNow!. ¿La moneda está limpia o tiene su pátina?'],
      [70, 'p', 'tiene manchas oscuras, no la he limpiado'],
      [95, 'l', 'Muy bien, no la limpie. Nunca lleve la moneda a un comerciante sin conocer su valor: en es.numista.com están las fotos y los precios del peso de 1947 según su estado. ¿Esto responde su pregunta?'],
      [150, 'p', 'si, gracias, es todo'],
      [158, 'l', '¡De nada, que le vaya bien!'],
    ],
    exp: usual(),
  },
  {
    name: 'chat-speak, who is my servicer: studentaid.gov as the place to look, no referral',
    lines: [
      [0, 'p', 'who is my loan servicer now?? i got a letter from some company i never heard of'],
      [15, 'l', 'hey! Sam from Ask Us here. r these federal student loans?'],
      [40, 'p', 'ya'],
      [55, 'l', "ok so visit studentaid.gov to find out who ur servicer is, log in n its under My Aid > Loan Servicers. if the letter's company isnt there it could be a scam. does that help?"],
      [90, 'p', 'found it, its mohela. thx'],
      [95, 'l', 'anything else?'],
      [110, 'p', 'nope thats all'],
      [114, 'l', 'cool, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'ship manifest, a transcript offered at the end: no follow-up promised',
    lines: [
      [0, 'p', 'Hello, I am trying to find when my grandmother arrived from Poland, maybe 1912?'],
      [30, 'l', 'Good morning, I\'m Dee, a reference librarian at Sample County Library. Do you know her maiden name and the port?'],
      [80, 'p', 'Anna Kowalska, Baltimore I think'],
      [120, 'l', 'The Baltimore passenger lists for 1912 are in Ancestry Library Edition, free inside any branch, and on FamilySearch at familysearch.org/search. Search Kowalska with 1912 and Baltimore. Does this answer your question?'],
      [200, 'p', 'Yes I found her! Thank you!'],
      [210, 'l', "Wonderful! I can send you a copy of this chat transcript so you have the links. What's your email?"],
      [240, 'p', 'anna.k.lee@example.net'],
      [250, 'l', 'Thanks, anna.k.lee@example.net. Anything else I can help with today?'],
      [270, 'p', 'No, that is all'],
      [278, 'l', 'Take care, goodbye!'],
    ],
    exp: usual(),
  },
];

/** Near misses of the fixes made after the first run (labelled before running). */
export const guards: SessionCase[] = [
  // ---- referralParty (G1's Master Gardeners): still the people ----
  { name: 'guard, Master Gardeners: "Call the Master Gardeners about schedules for the plant clinic" (a thing asked about) : referral fails', lines: then(HEAP, 'Call the Master Gardeners about schedules for the plant clinic; they can look at a handful of your pile too. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard, Master Gardeners: chat-speak "hit up the master gardeners for planting charts" : referral fails', lines: then(HEAP, 'hit up the master gardeners for planting charts, theyre at the farmers market on sat. that help?'), exp: some({ referral: 'fail' }) },
  // ---- referralParty (G4's trades): still the trades ----
  { name: 'guard, trades: "Call an auction house about past sales of Robinson balls" : referral fails', lines: then(BALL, 'Call an auction house about past sales of Robinson balls before you set a price. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard, trades: "Ask an appraiser for sold prices on hinged stamps" : referral fails', lines: then(STAMPS, 'Ask an appraiser for sold prices on hinged stamps from the 1940s; they see these albums often. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard, trades: "Message a philatelist on Instagram" (no address) : referral fails', lines: then(STAMPS, 'Message a philatelist on Instagram with photos of the best pages; many answer for free. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'guard, trades: "Ask a numismatist about The Numismatist magazine\'s price columns" (the person, then the magazine) : referral fails', lines: then(BALL, "If there are coins in the box, ask a numismatist about The Numismatist magazine's price columns. Does that help?"), exp: some({ referral: 'fail' }) },
  // ---- completeness (mindAtEaseOfE3): still the question ----
  { name: 'guard, mind at ease: the patron\'s "ok i read the medicare page" then "Good. Did that put your mind at ease?" : completeness passes', lines: afterSource(PREMIUM, 'Medicare explains the 2026 premium change at medicare.gov/basics/costs.', 'ok i read the medicare page', 'Good. Did that put your mind at ease?'), exp: some({ complete: 'pass' }) },
  { name: 'guard, mind at ease: the question before an offer, "Does that put your mind at ease? I can also call SSA for you" : completeness passes', lines: then(PREMIUM, 'It is real: the 2026 amounts are at medicare.gov/basics/costs and your letter matches them. Does that put your mind at ease? I can also call SSA for you tomorrow if you like.'), exp: some({ complete: 'pass' }) },
  { name: 'guard, mind at ease: the patron\'s neighbour told of, then a source in the same message before the question : completeness passes', lines: afterSource(PREMIUM, 'Medicare explains the 2026 premium change at medicare.gov/basics/costs.', 'my neighbour told me its a scam though', "It isn't a scam: SSA's letter matches the amounts on medicare.gov/basics/costs. Does that put your mind at ease?"), exp: some({ complete: 'pass' }) },
  // ---- confirmSiteG3 (confirmSiteNamedE3): still the patron's site ----
  { name: 'guard, confirm site: "is the daily-buzz-live site legit?" then "Do you mean dailybuzzlive.com?" : clarify passes', lines: named('is the daily-buzz-live site legit?', 'Do you mean dailybuzzlive.com?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'guard, confirm site: "Is it www.conservativetruthwire.com?" after "the conservative truth wire" : clarify passes', lines: named('is the conservative truth wire legit', 'Just to confirm, is it www.conservativetruthwire.com?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'guard, confirm site: British "Do you mean dailyecho.co.uk?" after "the daily echo site" : clarify passes', lines: named('is the daily echo site trustworthy for local news', 'Do you mean dailyecho.co.uk?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  { name: 'guard, confirm site: a look-alike asked about, "Was it the site cnn-breaking.net?" after "my mom sent me a cnn story" : clarify passes', lines: named('my mom sent me a cnn story saying the bay bridge collapsed, real??', 'Was it the site cnn-breaking.net?'), exp: some({ clarify: 'pass', source: 'pass' }) },
  // ---- sendThenAskEmailG2 (sendThenAskNarrowE3): still a promise ----
  { name: 'guard, send then ask: "…send you what I find. Which email should I use, your Gmail or your work one?" : contact fails, code fails', lines: mailed(SHIP, "I'll dig through the 1905 lists and send you what I find. Which email should I use, your Gmail or your work one?"), exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }) },
  { name: 'guard, send then ask: "I\'ll send you a short list of ship databases to try. What email should it go to?" : contact fails, code fails', lines: mailed(SHIP, "I'll send you a short list of ship databases to try. What email should it go to?"), exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }) },
  // ---- relativePartyG3 (relativeRunsE3): still cut ----
  { name: 'guard, relative clause: "…, which runs the reading room with many of the Sun\'s reprint negatives" : referral fails', lines: then(RIOTS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Or write to the Maryland Center for History and Culture, which runs the reading room with many of the Sun's reprint negatives. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'guard, relative clause: "contact the Pratt\'s Maryland Room, which runs a clippings file of the Sun\'s reprint desk photos" : referral fails', lines: then(RIOTS, "The Sun's reprint desk sells prints at baltimoresun.com/reprints. Or contact the Pratt's Maryland Room, which runs a clippings file of the Sun's reprint desk photos. Does that help?"), exp: some({ referral: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // older than v35 (v34 the same): "take … to the centre" (v1's take-to verb) reads the middle of the pile as a party
  { name: 'G1 sample carried near miss: "take the green clippings to the centre of the heap" (a place in the pile) : no referral', lines: then(HEAP, "Turn the pile and take the green clippings to the centre of the heap, where it's warmest; the RHS guide at rhs.org.uk/advice/composting has the ratios. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // a widening, not this wave's: G1's zoning is read only after "the / your / county / city …", not after a county's name
  { name: 'G1 zoning behaviour: "Email Howard County zoning before you build" (no contact) : referral fails', lines: then(FENCE, 'Email Howard County zoning before you build; they will confirm the height for your lot. Does that help?'), exp: some({ referral: 'fail' }) },
  // a widening, not this wave's: "get … from" reads copies, records, forms, help or advice, not an estimate
  { name: 'G4 trades behaviour: "get a written estimate from a sports memorabilia auction house" (no contact) : referral fails', lines: then(BALL, 'Before you sell, get a written estimate from a sports memorabilia auction house; without a certificate they may want to authenticate it first. Does that help?'), exp: some({ referral: 'fail' }) },
  // older than v35 (its reading of the address): the source after ";" lends its URL to the party in Spanish (v34 Z4's `sourceTailZ4` reads English only); without the URL it runs above
  { name: 'G4 Spanish behaviour: "Le recomiendo consultar a un anticuario especializado en relojes" (no contact) : referral fails', lines: thenEs('Le recomiendo consultar a un anticuario especializado en relojes de su zona; el número de serie se busca en pocketwatchdatabase.com. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // older than v35 (v34 the same): "by … e-mail" after "send you" reads as sending later, the library's automatic notices included
  { name: 'G2 send-then-ask near miss: "We can send you hold notices by e-mail. What e-mail would you like them to go to?" (the system\'s notices) : no follow-up', lines: mailed(HOLDS, 'We can send you hold notices by text or e-mail instead of paper; I can switch that on your account now. What e-mail would you like them to go to?'), exp: some({ contact: 'na', code: 'pass', onTime: 'na' }) },
  // a widening, not this wave's: G2 reads "I'll … send you" only opening the sentence, not after "Let me … and"
  { name: 'G2 send-then-ask behaviour: "Let me keep digging and I\'ll send you whatever turns up. What\'s the best email?" : contact fails, code fails', lines: mailed(SHIP, "Let me keep digging and I'll send you whatever turns up. What's the best email for you?"), exp: some({ contact: 'fail', code: 'fail', onTime: 'pending' }) },
  // older than v35 (the same with `relativePartyG3` off): "the Evening Sun's photo morgue" opens no party, so v19 SM lends its URL to no one
  { name: 'relativePartyG3 near miss: "Write to the reprint team, who run the Sun\'s photo morgue" : referral passes', lines: then(RIOTS, "The Evening Sun's photo morgue is now part of the Baltimore Sun's archive at baltimoresun.com/archive. Write to the reprint team, who run the Sun's photo morgue, about the 1968 prints. Does that help?"), exp: some({ referral: 'pass' }) },
  // older than v35 (the same with `relativePartyG3` off): as above, the morgue is no party word
  { name: 'relativePartyG3 near miss: "Email the front office, which serves as the photo morgue\'s reading room" : referral passes', lines: then(RIOTS, "The Evening Sun's photo morgue is now part of the Baltimore Sun's archive at baltimoresun.com/archive. Email the front office, which serves as the photo morgue's reading room, to book a visit. Does that help?"), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-fifth round (E3): v35 G1-G4 widenings checked, short cases', short);
describeSessions('thirty-fifth round (E3): v35 G1-G4 widenings checked, whole sessions', whole);
describeSessions('thirty-fifth round (E3): near misses of the fixes', guards);

describeLeft('thirty-fifth-round-e3-checked', LEFT);
