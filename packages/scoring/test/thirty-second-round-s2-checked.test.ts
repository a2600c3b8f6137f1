/**
 * Thirty-second round, second wave (T1): the v33 phrase changes of block S2 (sports, fitness and recreation:
 * `phrasesV33S2`'s `referralParty` and `namedResource` additions) checked for false readings: near misses that share a
 * change's words or shape but are NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep
 * passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a club, league, coach, ranger or marina that is a name, a title, a topic, a vehicle or an idiom ("Ranger Rick", "Marina
 *   Abramović", "the League of Women Voters guide", "take the coach to London", "out of my league", "join the club!") is no
 *   party told to the patron: no referral (referral.contact na);
 * - a party the provider called for the patron ("I called the marina for you") or a party as the subject of a statement
 *   ("the league sets the fees", "lifeguards are on duty until 8") tells the patron to contact no one: no referral;
 * - a rulebook mentioned but not given ("the NFL rulebook is huge", "whatever the league rulebook says", "my old rulebook",
 *   "the unwritten rulebook of baseball") names no publication for the patron to use: no source (info.source fails when
 *   nothing else is given).
 * - "Please you ask the rowing club …" (non-native, a pronoun before the imperative) is a referral the scorer never read, in
 *   v32 either (a gap, not a false reading: no widening here); the case is kept in the standard "Please ask …".
 * Written: 46 cases (38 near misses, 8 of the changes' behaviour in new words). First run (37 cases): 7 failed; 1 was my
 * wording (the "Please you ask" gap above, reworded), 6 were S2 readings (each na / fail under v32), narrowed in
 * `phrasesV33S2`:
 *  - referralParty: not before the party's pages and things one word on, not across "about / for / at / with / on / to /
 *    in" (the normalized text drops the possessive's apostrophe: "club's" is "clubs"): "Visit the 4-H club's fair results
 *    at extension.umd.edu/4h", "the 4-H club fair results", "the coaches' practice schedules" [still read: "ask the coach
 *    for the practice schedule", "check with your club about the U10 fees", "talk to his coach"];
 *  - namedResource: a rulebook only when pointed to by a rule / section / article / law / chapter / page / part number
 *    within 80 characters after it: "the NFL rulebook is huge, but basically …", "whatever the league rulebook says
 *    goes", "I don't have my old rulebook anymore", "The unwritten rulebook of baseball says …", "pub leagues just use a
 *    house rulebook" [still read: "The NFL rulebook covers it in Rule 8", "It's in the NCAA Baseball rules book, rule
 *    5-2", "See the MLB rulebook, rule 5.06(c)", "The USTA rule book, Friend at Court, covers it in section 12", "The USA
 *    Swimming rulebook, article 101.1.5"]. A first, longer form (a list of pointing verbs before it, a list of generic
 *    words) was cut: the phrases project ran out of V8 code space compiling it.
 * Second batch (9 more: 8 near misses, 1 behaviour, after the narrowing): no failure. The S2 whole and guard cases still pass.
 */
import { describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

const SOCCER = 'hi how do i sign my son up for youth soccer';
const BALL = 'looking for baseball rules and history';
const FISH = 'need info on fishing and boating at the lake';

export const checked: SessionCase[] = [
  // ---- referralParty: clubs ----
  { name: 'club near miss: "Our book club meets Tuesdays; this month\'s title is in the catalog at …" : referral na', lines: one('any book clubs at the library?', "Yes! Our book club meets Tuesdays at 7 in the Howard branch; this month's title is in the catalog at samplelibrary.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: "For the club sandwich\'s history, see …" (food): referral na', lines: one('where did the club sandwich come from', "For the club sandwich's history, see the Oxford Companion to Food in our catalog at samplelibrary.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: "check out the Boys & Girls Club history at bgca.org/about-us/history" : referral na', lines: one('when did the boys and girls club start', 'Check out the Boys & Girls Club history at bgca.org/about-us/history, it began in 1860 in Hartford. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: chat-speak "join the club lol, offside confuses everyone" (idiom): referral na', lines: one(SOCCER, 'join the club lol, offside confuses everyone. the rule is Law 11 at theifab.com/laws. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: "Visit the 4-H club\'s fair results at …" (results page): referral na', lines: one('who won at the county fair 4-H show', "Visit the 4-H club's fair results at extension.umd.edu/4h for the livestock winners. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: "The Rotary Club donated the books; see the list at …" (subject): referral na', lines: one('who gave the new sports books', 'The Rotary Club donated them last spring; see the list at samplelibrary.org/newbooks. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: British "Have a look at the Arsenal Football Club archive in the British Newspaper Archive" : referral na', lines: one('old arsenal match reports from the 1930s', 'Have a look at the Arsenal Football Club coverage in the British Newspaper Archive at britishnewspaperarchive.co.uk. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club near miss: "the 4-H club fair results are at …" (a compound, no possessive): referral na', lines: one('who won at the county fair 4-H show', 'Visit the 4-H club fair results at extension.umd.edu/4h for the livestock winners. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'club behaviour: non-native "Please ask the rowing club about the beginner course, they teach adults" : referral fails', lines: one('i want learn rowing', 'Please ask the rowing club at the river about the beginner course, they teach adults. Is this what you need?'), exp: some({ referral: 'fail' }) },

  { name: 'club near miss: Spanish "El club de lectura se reúne los martes; vea la lista en …" : referral na', lines: one('tienen club de lectura?', 'El club de lectura se reúne los martes; vea la lista de libros en samplelibrary.org/clubes. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },

  // ---- referralParty: coach ----
  { name: 'coach near miss: British "take the coach to London from Victoria; times are at nationalexpress.com" (a bus): referral na', lines: one('how do i get to wembley for the cup final', 'The easiest way is to take the coach to London and the Tube from there; times are at nationalexpress.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'coach near miss: "if you fly coach, the bag rules are at united.com/bags" (a class of travel): referral na', lines: one('can i bring my golf clubs on the plane', 'Yes, even if you fly coach; the sports equipment rules are at united.com/bags. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'coach near miss: "I can coach you through the form right here" (a verb): referral na', lines: one(SOCCER, 'I can coach you through the registration form right here: it is at hcys.org/register. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'coach behaviour: "ask the coach for the practice schedule" (a thing after "for"): referral fails', lines: one(SOCCER, 'Ask the coach for the practice schedule, each team sets its own. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'coach near miss: "Print the coaches\' practice schedules at hcys.org/teams" : referral na', lines: one(SOCCER, "Print the coaches' practice schedules at hcys.org/teams. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'coach behaviour: chat-speak "hit up the coach after practice" : referral fails', lines: one(SOCCER, 'hit up the coach after practice, they set the roster. does that help?'), exp: some({ referral: 'fail' }) },

  // ---- referralParty: league ----
  { name: 'league near miss: "Ivy League schools\' admissions stats are at …" : referral na', lines: one('college athletics scholarships', "Ivy League schools don't give athletic scholarships; see ivyleague.com/sports/2017/7/28/information-psa-index.aspx. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'league near miss: "Check the League of Women Voters guide at vote411.org" (a guide): referral na', lines: one('who is running for the parks board', 'Check the League of Women Voters guide at vote411.org for the candidates. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'league near miss: chat-speak "ngl thats out of my league but the rules are at …" (idiom): referral na', lines: one(BALL, 'ngl thats out of my league but the cricket rules are at lords.org/mcc/the-laws-of-cricket. does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'league near miss: "The league sets the fees each spring; they are listed at hcys.org/fees" (subject): referral na', lines: one(SOCCER, 'The league sets the fees each spring; this year they are listed at hcys.org/fees. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'league behaviour: "Contact your local Little League about the rec division" : referral fails', lines: one(SOCCER, 'For baseball instead, contact your local Little League about the rec division. Does that help?'), exp: some({ referral: 'fail' }) },

  // ---- referralParty: trainers, rangers, marinas, shops, lifeguards, directors ----
  { name: 'trainer near miss: "Cross trainers are fine for pickleball; reviews at consumerreports.org" (shoes): referral na', lines: one('what shoes for pickleball', 'Cross trainers are fine for pickleball; reviews are at consumerreports.org. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'trainer near miss: "Look at the personal trainer certification requirements at nasm.org" : referral na', lines: one('how do i become a personal trainer', 'Look at the personal trainer certification requirements at nasm.org/certification. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ranger near miss: "Check out Ranger Rick magazine in Libby" (a title): referral na', lines: one('nature magazines for my 8 year old', 'Check out Ranger Rick magazine in Libby at sample.overdrive.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ranger near miss: "Stream The Lone Ranger on Hoopla" (a film): referral na', lines: one('old westerns to watch', 'Stream The Lone Ranger on Hoopla at samplelibrary.org/hoopla. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'ranger near miss: "I called the ranger station for you: the ramp opens at 6" (consulted for the patron): referral na', lines: one(FISH, 'I called the ranger station for you: the boat ramp opens at 6, and the rules are at dnr.maryland.gov/publiclands. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'marina near miss: "Marina Abramović\'s memoir is in our catalog" (a name): referral na', lines: one('books by performance artists', "Marina Abramović's memoir Walk Through Walls is in our catalog at samplelibrary.org/catalog. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'marina near miss: "I called the marina for you, they have slips" (consulted for the patron): referral na', lines: one(FISH, 'I called the marina for you, they still have slips until May; prices are at sandypointmarina.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'shop near miss: "Since you already went to the bike shop, the repair guide is at …" : referral na', lines: one('my bike chain keeps slipping', 'Since you already went to the bike shop, the repair guide is at sheldonbrown.com. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'lifeguard near miss: "Lifeguards are on duty until 8; the hours are at …" (subject): referral na', lines: one('is the pool open late', 'Lifeguards are on duty until 8; the pool hours are at sampleparks.gov/pools. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'director near miss: "See the race director\'s results page at runsignup.com" : referral na', lines: one('results of the turkey trot', "See the race director's results page at runsignup.com/turkeytrot. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'YMCA near miss: "Read about the YMCA\'s founding at ymca.org/history" : referral na', lines: one('when was the ymca founded', "Read about the YMCA's founding in 1844 at ymca.org/who-we-are/our-history. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'marina near miss: "Check the marina\'s tide chart at tidesandcurrents.noaa.gov" (a thing of the party): referral na', lines: one(FISH, "Check the marina's tide chart at tidesandcurrents.noaa.gov. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'shop near miss: "Check the surf shop\'s webcam at surfline.com" : referral na', lines: one('are the waves good at ocean city today', "Check the surf shop's webcam at surfline.com before you go. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'league near miss: "I asked the league for you and they said the fee is $90" (consulted for the patron): referral na', lines: one(SOCCER, 'I asked the league for you and they said the fee is $90; the form is at hcys.org/register. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'shop behaviour: British "pop into any tackle shop, they sell the rod licence" : referral fails', lines: one(FISH, 'Pop into any tackle shop, they sell the rod licence over the counter. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'ranger behaviour: "talk to the park rangers at 410-461-5005" : referral passes', lines: one(FISH, 'For the lake closures, talk to the park rangers at 410-461-5005. Does that help?'), exp: some({ referral: 'pass' }) },

  // ---- namedResource: rulebooks ----
  { name: 'rulebook near miss: "the NFL rulebook is huge, but basically …" (mentioned, not given): source fails', lines: one(BALL, "Honestly the NFL rulebook is huge, but basically it's a catch if he has control and two feet down. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: chat-speak "whatever the league rulebook says goes lol" : source fails', lines: one(SOCCER, 'whatever the league rulebook says goes lol, but usually its 11 v 11. does that help?'), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: "I don\'t have my old rulebook anymore" : source fails', lines: one(BALL, "I don't have my old rulebook anymore, but I think that's a balk. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: "the unwritten rulebook of baseball says …" : source fails', lines: one(BALL, "The unwritten rulebook of baseball says you don't bunt to break up a no-hitter. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: British "most pub leagues just use a house rulebook" : source fails', lines: one('darts rules for our pub team', 'Most pub leagues just use a house rulebook, so ask your captain. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: "Pickleball\'s rulebook changes every year, so go by your group" : source fails', lines: one('pickleball kitchen rule', "Pickleball's rulebook changes every year, so I'd go by what your group plays. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'rulebook near miss: "The 2024 NFHS rulebook changed that, I think, but I could not find where" : source fails', lines: one(BALL, 'The 2024 NFHS rulebook changed that, I think, but I could not find where. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'rulebook behaviour: "See the MLB rulebook, rule 5.06(c)" : source passes', lines: one(BALL, 'See the MLB rulebook, rule 5.06(c), on when a runner may advance. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'rulebook behaviour: "The USTA rule book, Friend at Court, covers it in section 12" : source passes', lines: one('tennis let rule', 'The USTA rule book, Friend at Court, covers it in section 12. Does that help?'), exp: some({ source: 'pass' }) },
];

describeSessions('thirty-second round, second wave (T1): block S2 checked for false readings', checked);
