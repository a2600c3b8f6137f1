/**
 * Thirty-second round, area (S2): SPORTS, FITNESS AND RECREATION. Sports statistics and history (the 1971 Orioles, a 1968
 * high school record in a local paper, a 1955 Little League box score), rules of a game (offside, pickleball's kitchen, a
 * flagrant foul, a false start), youth leagues and the county's recreation department (registration, field permits, pool
 * hours), fitness resources (yoga at the branch, Kanopy), the library of things (pickleball and fishing kits), coaching
 * certification, fishing and hunting licences (the DNR), race results, fantasy and betting questions the library won't
 * answer; fans, parents, coaches, retirees, teens in chat-speak (referral.contact, info.source, inquiry.clarify, closing.*,
 * session.idle_checkin, approachability.greeting).
 *
 * PARAPHRASE SWEEP. Ways real providers say it, across registers:
 *  a referral WITHOUT a way to reach the party (referral fails): "You would need to contact Howard County Rec and Parks",
 *   "just stop by any bait and tackle shop", "ask the athletic office at her school", "your league commissioner can tell
 *   you", "check with the league registrar", "talk to his coach", "go to the pro shop … or any tackle shop", "ask the marina
 *   at Sandy Point", "drop in at a DNR service center", "get in touch with a hunter education instructor", "swing by the park
 *   office", "ask at the circulation desk at your branch", "go to any tackle shop n theyll do it".
 *  a referral WITH one (passes): "call their office at 410-313-7275", "call the DNR Licensing and Registration Service at
 *   855-855-3906", "e-mail permits@pgparks.com", "the Soccer Association at hcys.org", "ring the Maidstone Leisure Centre on
 *   01622 602 000", "the Giamatti Research Center …, research@baseballhall.org", "call the marina at Sandy Point, 410-974-2149".
 *  a source, not a referral: "registration is at howardcountymd.gov/recreation-parks", "buy it online at
 *   compass.dnr.maryland.gov", "baseball-reference.com/teams/BAL/1971.shtml", "ProQuest Historical Newspapers: The Baltimore
 *   Sun", "SPORTDiscus", "Law 11 … theifab.com/laws", "usapickleball.org/rules", "the NFHS Basketball Rules Book, rule 4-19-5".
 *  the patron vanishing: "Are you still there?", "Are you still with me?", "you still around?", "It looks like you've
 *   disconnected, so I'll close this chat now. Feel free to come back anytime!".
 *  the patron done: "that's everything", "thats all, go birds", "Spot on mate, ta. That's all.", "Nothing more.", "Es todo.";
 *   not done: "cool thx", "ok", "ya lol thx i won the bet".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a coach, a league or club, a marina, a bait / tackle / pro shop, park rangers and lifeguards are persons or
 *   organisations: telling the patron to ask, call or visit them is a referral; going to the gym, the pool or a game to use
 *   it is not (no one is contacted);
 * - declining a betting or fantasy pick and offering stats is no dismissal (the help goes on);
 * - "Enjoy the game!", "Tight lines!", "Good luck Sunday!" are parting wishes: goodbyes;
 * - "Want me to place a hold on one for you?" after the catalogue asks about something not yet given: no completeness;
 * - a game's rulebook named by its sport or body ("the NFHS Basketball Rules Book", "the USA Swimming rulebook") is a
 *   publication named: a source; "the rulebook", "a rulebook", "its own rulebook" name none;
 * - Hoopla or Kanopy named without a URL are apps named without a way to reach them: no source (not used in a case alone);
 * - "I'll get back to you on that" makes a follow-up session: coded Answered with no e-mail, code and contact fail.
 * Written: 31 whole sessions (26 first, 5 more for the fixes), 40 short cases (24 first, 16 of a second batch of 17 on
 * the parties of the area, one moved to LEFT), 18 cases in `guards` (5 in other words, 13 near misses), 2 LEFT. First run of the first batch: 1
 * of 77 tests failed: followup.completeness 1 ("… they sell them. That it?" read as no completeness question), my label
 * ("That it?" in a terse register as much asks "is that all?"; reworded "That answer it?"). Second batch: 4 of 17 failed:
 * referral.contact 3 ("talk to his coach", "go to the pro shop … or any tackle shop", "ask the marina at Sandy Point": no
 * referral read), session.idle_checkin 1 ("You still in the game?", LEFT). Probing the rules-of-a-game moment: info.source
 * did not read "the NFHS Soccer Rules Book", "the USA Swimming rulebook" (fixed). The fix sessions' first run: no
 * disagreement. Labels corrected: 1. Fixed in block S2 (phrase families only, no setting: v1-v32 unchanged):
 *  - referralParty: the parties of sports and recreation: coaches, athletic / personal trainers, leagues, clubs, clubhouses,
 *    the YMCA / YWCA, bait / tackle / pro / bike / sporting goods / running / outdoor / ski / dive / surf shops and stores,
 *    outfitters, marinas, boathouses, park rangers, a ranger, ranger stations, lifeguards, race / tournament / meet / event
 *    directors and organisers, not before their pages and things (website, schedule, standings, rules, results, polls …)
 *    ("for the travel team tryouts, talk to his coach", "check with your club about the U10 fees", "ask a ranger at the
 *    visitor center") [near misses: "Check out the golf clubs in our Library of Things", "Visit the league standings at
 *    nfl.com/standings", "The coaches poll from 1975 …", "Go see the Rangers at Globe Life Field", "the club's page at
 *    hcys.org", "Join one of the running clubs listed at rrca.org", "Our swim coach Jenna runs the class; sign up at …", "Go
 *    to the pool before 7", "the YMCA's schedule page"];
 *  - namedResource: a rulebook (rule book, rules book) after a word that is not a determiner or preposition, its sport,
 *    league or body ("The NFL rulebook covers it in Rule 8", "the NCAA Baseball rules book") [near misses: "Does your league
 *    have its own rulebook?", "I don't have a rulebook handy", "umpires carry the rulebook", "there's no rulebook for pickup
 *    games"].
 * Left: 2 (below, each with its reason).
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, ROSA, type SessionCase, some, sys, usual } from './helpers';

/** A youth league question up to the parent's answer to the clarifying question. */
const LEAGUE: Line[] = [
  [0, 'p', 'hi how do i sign my son up for youth soccer this fall'],
  [20, 'l', "Hi, I'm Jo, a librarian with AskUsNow! How old is he, and which county do you live in?"],
  [50, 'p', 'hes 8, howard county'],
];
/** A sports history question up to the fan's answer. */
const STATS: Line[] = [
  [0, 'p', 'looking for the 1971 Baltimore Orioles roster and stats'],
  [20, 'l', 'Hello! This is Jo at Sample County Library\'s Ask a Librarian. Do you need the season totals, or box scores of particular games?'],
  [50, 'p', 'season totals for the pitchers'],
];
/** A fishing licence question up to the angler's answer. */
const FISH: Line[] = [
  [0, 'p', 'need a fishing license, where do i get one'],
  [20, 'l', 'Hi, Jo at Ask Us here. Is it for fresh water or the Chesapeake Bay, and are you a Maryland resident?'],
  [50, 'p', 'freshwater, yes resident'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];

export const whole: SessionCase[] = [
  {
    name: 'warm public library, the 1971 Orioles pitchers: Baseball-Reference and the Sun\'s archive in ProQuest',
    lines: [
      ...STATS,
      [60, 'l', 'Great, let me pull that up for you.'],
      [120, 'l', "The 1971 Orioles had four 20-game winners: McNally, Cuellar, Palmer and Dobson. Full season pitching totals are at baseball-reference.com/teams/BAL/1971.shtml, and the Baltimore Sun's game coverage from that season is in ProQuest Historical Newspapers: The Baltimore Sun (samplelibrary.org/databases, log in with your card). Does that help?"],
      [170, 'p', 'Perfect, exactly what I wanted. Thanks!'],
      [180, 'l', 'Is there anything else I can help you with today?'],
      [200, 'p', "No, that's everything."],
      [206, 'l', 'Enjoy the trip down memory lane! Thanks for using Ask a Librarian.'],
    ],
    exp: usual(),
  },
  {
    // reading: "contact Howard County Rec & Parks, they run the fall league" tells the patron to contact an agency with no way
    // to reach it; the agency named without a way to reach it is no source either
    name: 'sloppy: youth soccer, "contact Howard County Rec and Parks, they run it": no source, referral fails',
    lines: [
      ...LEAGUE,
      [70, 'l', 'You would need to contact Howard County Rec and Parks, they run the fall leagues. Did that help?'],
      [110, 'p', 'i guess. thanks'],
      [118, 'l', 'You are welcome! Have a great day.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'youth soccer with the rec department\'s phone and registration page: referral passes',
    lines: [
      ...LEAGUE,
      [62, 'l', 'One sec, checking the registration dates.'],
      [120, 'l', "Howard County Recreation & Parks runs the fall youth soccer leagues; registration is open now at howardcountymd.gov/recreation-parks (search \"youth soccer\"). If you have questions about teams, call their office at 410-313-7275. Does that answer your question?"],
      [180, 'p', 'yes perfect, thats all i needed'],
      [186, 'l', 'Have fun at the games! Thanks for chatting with AskUsNow!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'chat-speak teen, the NBA finals record: Basketball-Reference, no clarifying question',
    lines: [
      [0, 'p', 'yo who has the most finals mvps ever'],
      [15, 'l', "hey! I'm Kai, a student assistant with the AskUsNow! chat :) Michael Jordan has the most, 6 (1991-93 and 1996-98). the full list is at basketball-reference.com/playoffs/finals_mvp.html. that what u needed?"],
      [40, 'p', 'ya lol thx i won the bet'],
      [46, 'l', 'haha nice! anything else?'],
      [60, 'p', 'nah'],
      [64, 'l', 'cool, thanks for chatting, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'the DNR freshwater fishing licence: the online licensing system and the DNR\'s phone',
    lines: [
      ...FISH,
      [65, 'l', "You can buy it online at compass.dnr.maryland.gov, or at any licensing agent such as a bait shop. If you have trouble with the site, call the DNR Licensing and Registration Service at 855-855-3906. Does that help?"],
      [110, 'p', 'Yes thanks. Thats all.'],
      [116, 'l', 'Tight lines! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "just stop by any bait and tackle shop" tells the patron to visit places with no way to reach them
    name: 'terse veteran, a fishing licence: "stop by any bait and tackle shop, they sell them": no source, referral fails',
    lines: [
      ...FISH,
      [60, 'l', 'Just stop by any bait and tackle shop, they sell them. That answer it?'],
      [80, 'p', 'yep'],
      [84, 'l', 'Bye.'],
    ],
    exp: usual({ source: 'fail', anything: 'fail', referral: 'fail' }),
  },
  {
    name: 'the library of things, a pickleball kit: the catalogue record and how to place a hold',
    lines: [
      [0, 'p', 'Hi! Someone told me the library lends pickleball sets?? Is that true?'],
      [18, 'l', "Hi there, welcome to Ask a Librarian at Frederick County Public Libraries! I'm Beth. Yes we do! Which branch is closest to you?"],
      [50, 'p', 'Urbana'],
      [58, 'l', "Our Library of Things has pickleball kits (4 paddles, balls and a portable net). Search \"pickleball\" in the catalogue at fcpl.org and place a hold for pickup at Urbana; they check out for 3 weeks. Is that what you were looking for?"],
      [100, 'p', 'Yes! Thats everything, thank you so much!'],
      [106, 'l', 'Have fun on the court! Thanks for chatting.'],
    ],
    exp: usual(),
  },
  {
    name: 'yoga at the branch and exercise videos on Kanopy: the events calendar and the streaming service',
    lines: [
      [0, 'p', 'do you have any yoga classes for seniors'],
      [22, 'l', 'Hello, and thanks for contacting AskUsNow! My name is Elaine, a librarian with Anne Arundel County Public Library. Would you prefer classes in person at a branch, or videos you can follow at home?'],
      [70, 'p', 'Both would be nice. I go to the Odenton branch.'],
      [80, 'l', "Chair Yoga for seniors meets Tuesdays at 10 at Odenton; the schedule and sign-up are on our events calendar at aacpl.net/events. For home, Kanopy (aacpl.net/kanopy) streams Gentle Yoga for Seniors and other workout videos free with your card. Does this answer your question?"],
      [150, 'p', 'Yes, lovely. That is all I needed.'],
      [158, 'l', 'You are most welcome. Enjoy the class!'],
    ],
    exp: usual(),
  },
  {
    // the library won't answer betting questions: no dismissal (the provider explains the policy and offers other help)
    name: 'sports betting odds: the library does not give picks, offers the state\'s gaming page; the patron leaves',
    lines: [
      [0, 'p', 'who should i bet on ravens or steelers sunday'],
      [15, 'l', "Hi, I'm Pat at AskUsNow! I'm afraid librarians can't give betting picks. Are you looking for the teams' stats this season, or for the rules on sports wagering in Maryland?"],
      [45, 'p', 'stats i guess'],
      [55, 'l', "The teams' 2025 stats and head-to-head history are at pro-football-reference.com (search each team). Did that help?"],
      [80, 'p', 'ok'],
      [86, 'l', 'Thanks for chatting, good luck Sunday!'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'fantasy football advice: the provider declines and points to stats; patron explicitly done',
    lines: [
      [0, 'p', 'should i start derrick henry or saquon in my fantasy league this week'],
      [20, 'l', "Hello! You've reached Ask a Librarian at Sample County Library, I'm Morgan. We can't make fantasy picks for you, but I can find the players' stats. Would this season's game logs help?"],
      [50, 'p', 'sure'],
      [58, 'l', 'Both game logs are on pro-football-reference.com: search the player and pick "Game Logs". Is that what you were looking for?'],
      [90, 'p', 'yeah thats all i needed'],
      [95, 'l', 'Good luck this week! Bye.'],
    ],
    exp: usual(),
  },
  {
    // a high school record in old newspapers: a follow-up by e-mail with a day
    name: 'follow-up: a 1968 high school track record in the local paper, not digitised; the local history librarian will e-mail by Thursday',
    lines: [
      [0, 'p', 'Hello, my father set the county mile record at Towson High in 1968. I would love a copy of the newspaper article.'],
      [25, 'l', "Hello, I'm Rosa, a librarian with Ask Us at Baltimore County Public Library. Do you know the month of the meet, or the name of the paper?"],
      [60, 'p', 'May 1968, I think the Towson Jeffersonian.'],
      [70, 'l', 'Let me check our newspaper holdings, one moment.'],
      [150, 'l', "The Jeffersonian for 1968 is on microfilm in our Local History collection but isn't online. I'll ask our local history librarian to look through the May issues and e-mail you a scan of what she finds by Thursday. What e-mail should she use?"],
      [190, 'p', 'mlewis58@example.com'],
      [198, 'l', 'Thank you, mlewis58@example.com. Is there anything else for now?'],
      [230, 'p', 'No, that is wonderful. Thank you.'],
      [236, 'l', "You're welcome, you'll hear from us by Thursday. Goodbye!"],
    ],
    over: { ...FU_ME, patron: { name: 'M Lewis', email: 'mlewis58@example.com', phone: null } },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // the parent vanishes after the answer: a check-in and a disconnect notice
    name: 'pool hours: the county aquatics page, then the parent vanishes: check-in and disconnect notice',
    lines: [
      [0, 'p', 'what time does the indoor pool open on saturdays'],
      [18, 'l', "Hi, I'm Dana with AskUsNow! Which pool do you mean, and which county?"],
      [40, 'p', 'the one in germantown, montgomery'],
      [48, 'l', 'Checking the schedule now, one sec.'],
      [100, 'l', 'The Germantown Indoor Swim Center opens at 7:00 a.m. on Saturdays; the schedules are at montgomerycountymd.gov/rec (Aquatics). Does that help?'],
      [260, 'l', 'Are you still there?'],
      [420, 'l', "It looks like you've disconnected, so I'll close this chat now. Feel free to come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // the provider waits over two minutes with no word: keep_informed fails
    name: 'a field permit for an adult softball league: a silent 3-minute search, the permit office\'s e-mail',
    lines: [
      [0, 'p', 'Our church softball team needs a field for Thursday nights. How do we reserve one in Prince George\'s County?'],
      [25, 'l', "Good evening, this is Marcus, a librarian with Prince George's County Memorial Library System. Is it for the whole season or a single game?"],
      [60, 'p', 'The whole summer season.'],
      [250, 'l', "Seasonal field permits go through M-NCPPC's Permit Office: the application is at pgparks.com/permits, and you can e-mail permits@pgparks.com with questions. Does this answer your question?"],
      [300, 'p', 'Yes, thanks. That is everything.'],
      [306, 'l', 'Good luck this season, and thank you for contacting us!'],
    ],
    exp: usual({ informed: 'fail', referral: 'pass' }),
  },
  {
    name: 'British, the offside rule: the Laws of the Game on theifab.com',
    lines: [
      [0, 'p', "Hiya, my lad's just started football and I can't for the life of me understand offside. Is there somewhere that explains it simply?"],
      [20, 'l', "Hello, you're through to Ask a Librarian at Kent Libraries, I'm Tom. Is it the 11-a-side game, or mini-soccer? The youngest age groups don't play offside at all."],
      [60, 'p', "He's 10, so 9-a-side I think."],
      [75, 'l', "9v9 does use offside. Law 11 in the IFAB Laws of the Game (theifab.com/laws) explains it with diagrams, and the FA's youth pages at englandfootball.com cover the 9v9 variations. Is that what you were after?"],
      [130, 'p', 'Brilliant, cheers. That\'s all I needed.'],
      [138, 'l', 'Cheers, enjoy the matches!'],
    ],
    exp: usual(),
  },
  {
    name: 'Australian, the library\'s cricket books and a marathon results site',
    lines: [
      [0, 'p', "G'day, looking for my time from the Melbourne Marathon last October and a good book on the 1975 Ashes."],
      [20, 'l', "G'day! Sam here from the Ask a Librarian service at City of Melbourne Libraries. Do you remember your bib number? It makes the results search quicker."],
      [55, 'p', "Nah, but it's under Rob Kelly."],
      [70, 'l', "Results are searchable by name at melbournemarathon.com.au/results. For the 1975 Ashes, we hold \"The Ashes: A Celebration\" by Gideon Haigh in the catalogue at melbourne.vic.gov.au/libraries. Does that cover it?"],
      [120, 'p', 'Spot on mate, ta. That\'s all.'],
      [126, 'l', 'No worries, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'Indian English, a coaching certification for cricket: the provider gives the BCCI page, no question',
    lines: [
      [0, 'p', 'Good evening madam, kindly tell the procedure for Level 1 cricket coaching certification.'],
      [25, 'l', 'Good evening, I am Priya, librarian with the Ask a Librarian service. The BCCI runs Level A coaching courses through the state associations; the details are at bcci.tv under Cricket Operations, Coaching. Hope this helps, is this what you needed?'],
      [80, 'p', 'Yes madam, thank you. Nothing more.'],
      [86, 'l', 'You are welcome, all the best!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    name: 'Spanish, a basketball league for adults: the rec department\'s page and phone',
    lines: [
      [0, 'p', 'Hola, hay ligas de basquetbol para adultos en el condado de Montgomery?'],
      [20, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow! ¿Busca una liga para hombres, mujeres o mixta?'],
      [50, 'p', 'Para hombres, yo tengo 35 años'],
      [62, 'l', 'Montgomery County Recreation tiene ligas de basquetbol para adultos: la inscripción está en montgomerycountymd.gov/rec, y puede llamar a la oficina de deportes al 240-777-6870. ¿Le ayuda?'],
      [100, 'p', 'Si, gracias. Es todo.'],
      [108, 'l', '¡Con gusto! Que le vaya bien, adiós.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'academic, sports science: SPORTDiscus for a thesis on ACL injuries in female soccer players',
    lines: [
      [0, 'p', 'Good afternoon. I am writing a thesis on ACL injury prevention programs for female collegiate soccer players.'],
      [30, 'l', 'Good afternoon, and welcome to the University of Maryland Libraries chat. My name is Dr. Hollis, subject librarian for kinesiology. Are you looking for randomized trials only, or also reviews?'],
      [80, 'p', 'Trials and systematic reviews.'],
      [95, 'l', 'Thank you. Let me build a search.'],
      [180, 'l', "SPORTDiscus with Full Text is the core database (lib.umd.edu/databases, then S). Try: (ACL OR \"anterior cruciate\") AND prevent* AND (female OR women) AND soccer, limited to Academic Journals. PubMed covers the clinical trials too. Does this meet your needs?"],
      [250, 'p', 'Yes, this is exactly it. That is all for now. Thank you.'],
      [258, 'l', 'You are welcome. Good luck with the thesis, and thank you for contacting us.'],
    ],
    exp: usual(),
  },
  {
    // a transfer to the library's sports archive specialist
    name: 'transfer to the local history specialist: box scores of a 1955 Little League World Series game',
    lines: [
      [0, 'p', 'hi, looking for a box score of the 1955 little league world series final, my grandpa played'],
      [20, 'l', 'Hello, Jo at Ask Us here. Do you know his team?'],
      [50, 'p', 'Morrisville PA'],
      [56, 'l', "Our local history librarian knows the newspaper archives best, so I'm transferring you to her now. Please hold a moment."],
      [59, 'i', 'Rosa: pt wants box score, 1955 LLWS final (Morrisville PA), grandfather played. Newspaper archive q.'],
      [62, 's', 'Chat transferred to Rosa Diaz', sys('transfer', 'rosa')],
      [100, 'l', "Hi, I'm Rosa, the local history librarian at Sample County Library, picking up from Jo. Would a newspaper box score do, or do you need the official scorebook?", ROSA],
      [140, 'p', 'newspaper is fine', ],
      [150, 'l', 'The final (Morrisville 4, Merchantville 3) was covered with a box score in the Bucks County Courier Times, August 27, 1955; it is in Newspapers.com Library Edition at samplelibrary.org/databases. Is that what you needed?', ROSA],
      [200, 'p', "yes that's all, thank you so much"],
      [206, 'l', 'You are welcome, enjoy it!', ROSA],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    // the patron vanishes after the clarifying question: Lost Call correct
    name: 'the patron vanishes after the clarifying question: a hunting licence, check-in and disconnect notice, Lost Call',
    lines: [
      [0, 'p', 'do i need hunters safety to get a deer license'],
      [20, 'l', "Hi, I'm Jo with AskUsNow! Were you born before 1977, and is it for Maryland?"],
      [170, 'l', 'Are you still with me?'],
      [330, 'l', 'It seems you have disconnected, so I will end this chat now. Please feel free to contact us again!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ source: 'fail', complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // a dismissal: "I can only answer one question per chat" with no way back
    name: 'a dismissal: the patron\'s second question about the pool is refused, "one question per patron"',
    lines: [
      [0, 'p', 'when does the summer swim team registration open'],
      [20, 'l', "Hi, Lee at AskUsNow! Which county's swim team do you mean?"],
      [40, 'p', 'anne arundel'],
      [50, 'l', 'Registration for the county summer swim league opens March 1 at aacounty.org/recreation. Does that help?'],
      [80, 'p', 'yes, and do they have lifeguard classes too?'],
      [90, 'l', "Sorry, I can only answer one question per patron. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // "other patrons are waiting, come back anytime" is allowed
    name: 'busy night: the rules of pickleball, then "others are waiting, come back anytime" for a third question',
    lines: [
      [0, 'p', 'whats the kitchen rule in pickleball'],
      [20, 'l', "Hi, I'm Pat at AskUsNow! Is this for casual play, or a USA Pickleball sanctioned tournament?"],
      [40, 'p', 'casual'],
      [55, 'l', 'The kitchen is the non-volley zone, 7 feet each side of the net: you may not volley while standing in it. The official rulebook is at usapickleball.org/rules (Section 9). Does that help?'],
      [90, 'p', 'yes. and how do you score doubles'],
      [100, 'l', 'Section 4 of the same rulebook covers scoring: the server calls their score, the other side\'s, and 1 or 2 for the server. Anything else?'],
      [130, 'p', 'also whats a good paddle to buy'],
      [140, 'l', "We have quite a few patrons waiting right now, so for that one please come back to AskUsNow! anytime and we'll be glad to help. Thanks for chatting!"],
    ],
    exp: usual(),
  },
  {
    // a follow-up promised, but coded Answered and no e-mail: code and contact fail
    name: 'sloppy follow-up: a coach\'s certification, "I\'ll get back to you", coded Answered, no e-mail',
    lines: [
      [0, 'p', 'what cert do i need to coach middle school wrestling in virginia'],
      [20, 'l', 'Hi, Sam here with Ask a Librarian, Fairfax County Public Library. Public or private school?'],
      [45, 'p', 'public'],
      [55, 'l', "The VHSL's coaching requirements page is at vhsl.org/coaches: you need the NFHS Fundamentals of Coaching course and First Aid. The wrestling-specific part I'm not sure of, I'll get back to you on that. Is that ok?"],
      [90, 'p', 'sure thanks'],
      [96, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    name: 'scripted macros: a 5K race results question, the results site, macro close',
    lines: [
      [0, 'p', 'where can i find results from the baltimore running festival 5k 2024'],
      [10, 'l', 'Welcome to AskUsNow! A librarian will be with you shortly.'],
      [30, 'l', "Hi, I'm Chris, a librarian. Are you looking for your own time or the overall results?"],
      [60, 'p', 'my own, bib 4412'],
      [72, 'l', 'The 2024 results are searchable by bib or name at thebaltimoremarathon.com/results. Does this completely answer your question?'],
      [110, 'p', 'yes thank you'],
      [115, 'l', 'Is there anything else I can help you with today?'],
      [140, 'p', 'no'],
      [145, 'l', 'Thank you for using AskUsNow! Have a great day.'],
    ],
    exp: usual(),
  },
  {
    // reading: "ask the athletic office at her school" tells the patron to contact a school office with no way to reach it
    name: 'a parent and a high school physical form: the state form online, "ask the athletic office at her school": referral fails',
    lines: [
      [0, 'p', 'Hi, my daughter is trying out for volleyball, which physical form does she need?'],
      [20, 'l', "Hello! I'm Gwen, a librarian at Carroll County Public Library. Is she in a public high school here in Carroll County?"],
      [55, 'p', 'Yes, Westminster High.'],
      [70, 'l', "The MPSSAA pre-participation physical form is at mpssaa.org (Forms). For the tryout date and when it's due, ask the athletic office at her school. Does this answer your question?"],
      [130, 'p', 'Yes, that is all we need. Thank you!'],
      [138, 'l', 'Good luck to her at tryouts, and thank you for chatting with us!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'a retiree, a fishing kit from the library of things, no thanks at the end (courteous fails)',
    lines: [
      [0, 'p', 'i heard you lend fishing poles, how does that work'],
      [20, 'l', 'Hello, this is Chris with the Ask a Librarian service. Which branch do you use?'],
      [45, 'p', 'eastport'],
      [55, 'l', "Our fishing kits (rod, reel, tackle box) are in the catalogue at samplelibrary.org/catalog, search \"fishing kit\"; place a hold for Eastport. You'll still need a licence if you're 16 or over. Does that help?"],
      [90, 'p', 'yes got it'],
      [95, 'l', 'Any other questions?'],
      [110, 'p', 'no'],
      [116, 'l', 'Ok.'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  // ---- more sessions for the fix (labelled before running) ------------------------------------------------------------
  {
    // reading: "talk to the coaches at the tryout" tells the parent to ask people outside the chat; the club's URL is in the
    // sentence before, the tryouts' page, not a way to reach the coaches
    name: 'warm, travel soccer tryouts: the club\'s tryout page, "talk to the coaches at the tryout": referral fails',
    lines: [
      [0, 'p', 'Hi! My son wants to try out for a travel soccer team in Columbia. When are tryouts usually?'],
      [20, 'l', "Hi there, welcome to AskUsNow! I'm Beth, a librarian with Howard County Library System. How old is he, and has he played rec soccer before?"],
      [60, 'p', 'He is 11 and played rec for 3 years.'],
      [75, 'l', "Columbia's travel club posts its U12 tryout dates on its tryouts page, soccerassociationofcolumbia.org/tryouts, usually in late May. For which position he'd fit and what to bring, talk to the coaches at the tryout itself. Does this answer your question?"],
      [140, 'p', "Yes it does, that's everything. Thank you!"],
      [148, 'l', 'Good luck to him! Thanks for chatting with us.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'kayaking at a state park: the park\'s page, "call the marina at Sandy Point, 410-974-2149" for rentals: referral passes',
    lines: [
      [0, 'p', 'can you rent kayaks at sandy point? and do i need a permit to launch my own'],
      [25, 'l', 'Hello, this is Chris with the Ask a Librarian service at Anne Arundel County Public Library. Is this for this summer, and do you have your own kayak or want to rent?'],
      [55, 'p', 'both, me and my wife, one of ours one rented'],
      [70, 'l', 'Launch fees for your own kayak are on the park page at dnr.maryland.gov/publiclands (Sandy Point State Park). For the rental, call the marina at Sandy Point, 410-974-2149, to check they have a kayak that weekend. Did that help?'],
      [120, 'p', 'great thats all i needed thanks'],
      [126, 'l', 'Enjoy the paddle, bye!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "go to any tackle shop" tells the patron to visit a kind of business with no way to reach one
    name: 'chat-speak, a trout stamp: the DNR page, "or just go to any tackle shop n theyll do it": referral fails',
    lines: [
      [0, 'p', 'do i need a trout stamp 4 the gunpowder'],
      [12, 'l', 'hi! Kai here w/ AskUsNow! :) are u 16 or older?'],
      [30, 'p', 'ya 17'],
      [40, 'l', 'then yes, u need the trout stamp w/ ur license. buy it at compass.dnr.maryland.gov, or just go to any tackle shop n theyll do it. that help?'],
      [70, 'p', 'ya thx thats all'],
      [75, 'l', 'np tight lines!! bye'],
    ],
    exp: usual({ referral: 'fail' }),
  },

  {
    // reading: "the NFHS basketball rule book" is a publication named by its body: a source
    name: 'terse veteran, a volunteer referee\'s rules question: "NFHS basketball rule book, 4-19-5", no URL',
    lines: [
      [0, 'p', 'hs hoops: is a flagrant foul 2 shots or 2 shots plus ball'],
      [14, 'l', 'Hi, Ray at Ask Us, Baltimore County Public Library. Boys or girls, and varsity in Maryland?'],
      [35, 'p', 'boys varsity md'],
      [45, 'l', 'Maryland plays NFHS rules: a flagrant personal foul is 2 free throws plus the ball, and the player is ejected. It\'s in the NFHS Basketball Rules Book, rule 4-19-5 and 10-6 penalty. That what you need?'],
      [80, 'p', 'yep that settles it, thats all'],
      [85, 'l', 'Thanks for chatting. Bye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "the USA Swimming rulebook" named by the governing body: a source
    name: 'a swim parent in non-native English: a false start rule, "USA Swimming rulebook, article 101.1.5" and the catalogue',
    lines: [
      [0, 'p', 'Hello, my daughter was disqualify in swim meet for moving on the block. Is this really the rule? I not understand.'],
      [25, 'l', 'Hello, and welcome to Ask a Librarian at Montgomery County Public Libraries! My name is Ana. Was it a USA Swimming meet, or a summer league meet?'],
      [60, 'p', 'USA Swimming meet, she is 9.'],
      [75, 'l', 'Yes, this is the rule. The USA Swimming rulebook, article 101.1.5, says a swimmer who starts before the signal, or moves on the block after "take your mark", is disqualified. We also have "Swimming Rules Made Easy" in our catalogue. Does this answer your question?'],
      [140, 'p', 'Yes, now I understand. Thank you very much, that is all.'],
      [148, 'l', 'You are welcome! Good luck to her at the next meet.'],
    ],
    exp: usual(),
  },

];

export const short: SessionCase[] = [
  // ---- referrals: the rec department, the DNR, a league, a school's athletic office ------------------------------------
  { name: '"Call Rec and Parks." : referral fails', lines: then(LEAGUE, 'Call Howard County Rec and Parks, they can place him on a team. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: '"call Rec and Parks at 410-313-7275" : referral passes', lines: then(LEAGUE, 'Call Howard County Rec and Parks at 410-313-7275 and they can place him on a team. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"Register at howardcountymd.gov/recreation" : a source, no referral', lines: then(LEAGUE, 'Registration for fall soccer is at howardcountymd.gov/recreation-parks. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"your league\'s commissioner can tell you" : referral fails', lines: then(LEAGUE, 'The dates differ by club, so your league commissioner can tell you when tryouts are. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"reach out to the Howard County Youth Soccer Association" : referral fails', lines: then(LEAGUE, 'Reach out to the Howard County Youth Soccer Association about travel teams. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the Soccer Association at hcys.org" : referral passes', lines: then(LEAGUE, 'Reach out to the Howard County Youth Soccer Association at hcys.org about travel teams. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"contact the DNR" : referral fails', lines: then(FISH, 'For the trout stamp, contact the DNR. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"call the DNR at 855-855-3906" : referral passes', lines: then(FISH, 'For the trout stamp, call the DNR at 855-855-3906. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: '"buy it at compass.dnr.maryland.gov" : source, no referral', lines: then(FISH, 'You can buy it online at compass.dnr.maryland.gov. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: '"check with your school\'s athletic director" : referral fails', lines: then(LEAGUE, 'For the school team, check with the athletic director at his school. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"stop by the front desk at the rec center" : referral fails', lines: then(LEAGUE, 'Stop by the front desk at the rec center and they can sign him up. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"ask at the circulation desk for the pickleball kit" : own library\'s desk, referral fails', lines: then(LEAGUE, 'We also lend soccer goals: ask at the circulation desk at your branch. Does that help?'), exp: some({ referral: 'fail' }) },
  // ---- sources ---------------------------------------------------------------------------------------------------------
  { name: 'SPORTDiscus named, no URL: a source', lines: then(STATS, 'Our SPORTDiscus database has articles on the 1971 rotation. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'a book by title: a source', lines: then(STATS, 'The book "Weaver on Strategy" by Earl Weaver is in our catalogue and covers that staff. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Baseball-Reference\'s domain: a source', lines: then(STATS, 'The totals are on baseball-reference.com under the 1971 Orioles. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'the answer from memory, no source: source fails', lines: then(STATS, 'McNally, Cuellar, Palmer and Dobson each won 20 that year. Does that help?'), exp: some({ source: 'fail' }) },
  // ---- clarifying ------------------------------------------------------------------------------------------------------
  { name: '"What sport is it for?" before the source: clarify passes', lines: [[0, 'p', 'need a coaching certification'], [15, 'l', "Hi, I'm Jo at Ask Us. What sport is it for, and which state?"], [40, 'p', 'baseball, maryland'], [50, 'l', 'USA Baseball\'s coach courses are at usabaseball.com/coaches. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  { name: '"So you need the 1975 box score?" restating: clarify passes', lines: [[0, 'p', 'the game where fred lynn hit 3 homers'], [15, 'l', "Hi, I'm Jo at Ask Us. So you need the box score of Fred Lynn's three-homer game in 1975?"], [40, 'p', 'yes'], [50, 'l', 'It is at baseball-reference.com/boxes/DET/DET197506180.shtml. Does that help?'], [80, 'p', 'ok thanks'], [85, 'l', 'Bye!']], exp: some({ clarify: 'pass' }) },
  // ---- completeness / anything else ------------------------------------------------------------------------------------
  { name: '"Want me to place a hold on the kit?" after the record: completeness fails', lines: then(FISH, 'Our fishing kits are in the catalogue at samplelibrary.org/catalog. Want me to place a hold on one for you?'), exp: some({ complete: 'fail' }) },
  { name: '"Does that get you on the water?" after the answer: completeness passes', lines: then(FISH, 'Buy it online at compass.dnr.maryland.gov. Does that get you what you need?'), exp: some({ complete: 'pass' }) },
  { name: '"thats all, go birds" the patron done: anything_else passes', lines: [...STATS, [70, 'l', 'The totals are on baseball-reference.com/teams/BAL/1971.shtml. Does that help?'], [100, 'p', 'yep thats all, go birds'], [106, 'l', 'Bye!']], exp: some({ anything: 'pass' }) },
  { name: '"cool thx" only: anything_else fails', lines: [...STATS, [70, 'l', 'The totals are on baseball-reference.com/teams/BAL/1971.shtml. Does that help?'], [100, 'p', 'cool thx'], [106, 'l', 'Bye!']], exp: some({ anything: 'fail' }) },
  // ---- closing / idle --------------------------------------------------------------------------------------------------
  { name: '"Enjoy the game!" as the last message: courteous passes', lines: [...STATS, [70, 'l', 'The totals are on baseball-reference.com/teams/BAL/1971.shtml. Does that help?'], [100, 'p', 'yes'], [106, 'l', 'Enjoy the game!']], exp: some({ courteous: 'pass' }) },
  { name: '"you still around?" during a 3-minute final idle: idle passes, no notice: disconnect fails', lines: [...FISH, [60, 'l', 'Buy it at compass.dnr.maryland.gov. Does that help?'], [200, 'l', 'you still around?']], over: { endAfter: 60 }, exp: some({ idle: 'pass', disconnect: 'fail' }) },

  // ---- second batch: the parties of sports and recreation (labelled before running) -----------------------------------
  { name: '"check with the league registrar" : referral fails', lines: then(LEAGUE, 'Late sign-ups depend on the club, so check with the league registrar. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"talk to his coach about the travel team" : referral fails', lines: then(LEAGUE, 'For the travel team tryouts, talk to his coach. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"email the registrar at registrar@hcys.org" : referral passes', lines: then(LEAGUE, 'For late sign-ups, email the registrar at registrar@hcys.org. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"the pro shop at the golf course can fit you" : referral fails', lines: then(FISH, 'For a rod that fits you, go to the pro shop at Fort Meade or any tackle shop near you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"drop in at a DNR service center" : referral fails', lines: then(FISH, 'If you prefer paper, drop in at a DNR service center and they will print it. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"a local Little League district administrator can tell you" : referral fails', lines: then(LEAGUE, 'Your Little League district administrator can tell you which league covers your address. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"ring the leisure centre on 01622 602 000" : referral passes', lines: then(LEAGUE, 'Ring the Maidstone Leisure Centre on 01622 602 000 for the junior swim squad. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"speak to the lifeguards at the pool" : referral fails', lines: then(LEAGUE, 'For swim lessons, speak to the lifeguards at the pool; they run the sign-up sheet. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"get in touch with a hunter education instructor" : referral fails', lines: then(FISH, 'For the hunting course, get in touch with a hunter education instructor in your county. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"swing by the park office" : referral fails', lines: then(LEAGUE, 'For a pavilion for the team party, swing by the park office at Centennial Park. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the ranger station" with a phone : referral passes', lines: then(FISH, 'For the lake rules, call the Patapsco ranger station at 410-461-5005. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: '"ask the marina" : referral fails', lines: then(FISH, 'For a boat slip, ask the marina at Sandy Point. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"the team\'s ticket office can help" : referral fails', lines: then(STATS, 'For old programs, the Orioles ticket office can help, call them. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"contact the Hall of Fame\'s library at research@baseballhall.org" : referral passes', lines: then(STATS, 'For the scorecards, contact the Giamatti Research Center at the Hall of Fame, research@baseballhall.org. Does that help?'), exp: some({ referral: 'pass' }) },
  // ---- idle and greeting in sports registers ---------------------------------------------------------------------------
  { name: '"Hey sports fan! Coach Dee at the library here" : greeting passes', lines: [[0, 'p', 'who won the 1983 world series'], [15, 'l', 'Hey sports fan! Coach Dee, the teen librarian at Sample County Library, here.'], [20, 'l', 'The Orioles beat the Phillies in 5; see baseball-reference.com/postseason/1983_WS.shtml. Did that help?'], [50, 'p', 'yes'], [55, 'l', 'Bye!']], exp: some({ greeting: 'pass' }) },
  { name: '"Go team! What can I find for you?" with no name: greeting fails', lines: [[0, 'p', 'who won the 1983 world series'], [15, 'l', 'Go O\'s! What can I find for you?'], [20, 'l', 'The Orioles beat the Phillies in 5; see baseball-reference.com/postseason/1983_WS.shtml. Did that help?'], [50, 'p', 'yes'], [55, 'l', 'Bye!']], exp: some({ greeting: 'fail' }) },
];

/** Near misses of the changes, labelled before running. */
export const guards: SessionCase[] = [
  // positive: the new parties in other registers
  { name: '"go to practice n ask ur coach lol" : referral fails', lines: then(LEAGUE, 'go to practice n ask ur coach lol, they know the dates. does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"Check with your club about the U10 fees" : referral fails', lines: then(LEAGUE, 'Fees vary, so check with your club about the U10 fees. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: '"ask a ranger at the visitor center" : referral fails', lines: then(FISH, 'For the lake rules, ask a ranger at the visitor center. Does that help?'), exp: some({ referral: 'fail' }) },
  // near misses: the same words for a thing, a page, a team, a place of the patron's own use
  { name: 'near miss: "Check out the golf clubs in our Library of Things at …" (equipment): no referral', lines: then(FISH, 'Check out the golf clubs in our Library of Things at samplelibrary.org/things. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Visit the league standings at nfl.com/standings." : no referral', lines: then(STATS, 'Visit the league standings at nfl.com/standings. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "The coaches poll from 1975 is in the AP archive at apnews.com." : no referral', lines: then(STATS, 'The coaches poll from 1975 is in the AP archive at apnews.com. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go see the Rangers at Globe Life Field; tickets are at mlb.com/rangers." (a team, a game): no referral', lines: then(STATS, 'Go see the Rangers at Globe Life Field; tickets are at mlb.com/rangers. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Head to the club\'s page at hcys.org for the form." : no referral', lines: then(LEAGUE, "Head to the club's page at hcys.org for the form. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'near miss: "Join one of the running clubs listed at rrca.org." : no referral', lines: then(FISH, 'Join one of the running clubs listed at rrca.org. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Our swim coach Jenna runs the class; sign up at aacpl.net/events." : no referral', lines: then(LEAGUE, 'Our swim coach Jenna runs the class at the branch; sign up at aacpl.net/events. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Go to the pool before 7, the lanes fill up." (the patron\'s own swim): no referral', lines: then(LEAGUE, 'The lap schedule is at montgomerycountymd.gov/rec. Go to the pool before 7, the lanes fill up. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Visit the YMCA\'s schedule page at ymcacentralmd.org" : no referral', lines: then(LEAGUE, "Visit the YMCA's schedule page at ymcacentralmd.org for swim lessons. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // the rulebook named by its sport or body (namedResource): in other words, and near misses with no name
  { name: '"The NFL rulebook covers it in Rule 8." : a source', lines: then(STATS, 'The NFL rulebook covers it in Rule 8, section 2. Does that help?'), exp: some({ source: 'pass' }) },
  { name: '"It\'s in the NCAA rules book" : a source', lines: then(STATS, "It's in the NCAA Baseball rules book, rule 5-2. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'near miss: "Does your league have its own rulebook?" and no source: source fails', lines: [...LEAGUE, [70, 'l', 'Does your league have its own rulebook?'], [100, 'p', 'no idea'], [106, 'l', 'Ok, thanks for chatting, bye!']], exp: some({ source: 'fail' }) },
  { name: 'near miss: "I don\'t have a rulebook handy" : source fails', lines: then(STATS, "I don't have a rulebook handy, but in my experience that's a balk. Does that help?"), exp: some({ source: 'fail' }) },
  { name: 'near miss: "umpires carry the rulebook" : source fails', lines: then(STATS, 'That is a judgment call; umpires carry the rulebook on the field. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "there\'s no rulebook for pickup games" : source fails', lines: then(LEAGUE, "There's no rulebook for pickup games, just house rules. Does that help?"), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  // LEFT: a figurative check-in; "still in the game" says other things in a sports chat ("is he still in the game?", "the
  // Colts are still in the game for a wild card") and a check-in family cannot guard it well
  { name: '"You still in the game?" during a 3-minute final idle: idle passes', lines: [...FISH, [60, 'l', 'Buy it at compass.dnr.maryland.gov. Does that help?'], [200, 'l', 'You still in the game?']], over: { endAfter: 60 }, exp: some({ idle: 'pass' }) },
  // (read in v34, before block Z4, by v33 U3's "our" clause; the case is in thirty-third-round-lent-urls.test.ts)
];

describe('thirty-second round (S2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('thirty-second round (S2): sports and recreation, every check', whole);
describeSessions('thirty-second round (S2): sports and recreation, short cases', short);
describeSessions('thirty-second round (S2): sports and recreation, near misses of the changes', guards);

describeLeft('thirty-second-round-sports', LEFT);
