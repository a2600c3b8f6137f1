/**
 * Twenty-fifth round, area (A1): NEGATION, HEDGING AND CONDITIONAL OFFERS. Providers and patrons name a behaviour in order
 * to say it is not happening, might happen, or would happen but for something: "I won't be able to email you anything
 * tonight", "I can't promise I'll find it, but…", "If you'd like, I could email you a list. Would you like that?" and the
 * patron's yes or no, "I'd normally refer you to the Clerk … but they're closed", "Don't worry about holding for me",
 * "I'm not going anywhere!", "I won't transfer you", "Not goodbye yet, one more thing", "I didn't mean to end the chat",
 * "Nobody will call you", "You don't need to contact Ball State yourself", "I never got your email", "Unless you have any
 * other questions…", "If there's nothing else…", "I'm not sure that answers it — does it?", "Not sure if you're still
 * there", double negatives ("I can't not mention…"), and the patron's "no, that's it", "nope, all set", "no thanks",
 * "not right now".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - an offer is no promise: "I could email you a list, would you like that?" turned down ("no thanks", "not right now")
 *   makes no follow-up session; taken up with the e-mail and a "will do" it is one (as older rounds read an accepted
 *   offer). A promise hedged ("I can't promise I'll find it, but I'll … email you by Friday") or put off ("I won't get to
 *   it before Monday, but I'll email you Monday morning") is still a promise; a double negative ("I can't not follow up
 *   on this — I'll email you…") too. A refusal ("I won't be able to email you anything tonight", "I'd email it, but the
 *   scanner is down", "Nobody will call you") promises nothing;
 * - a party named only to say the patron need not or cannot contact them ("You don't need to contact Ball State
 *   yourself", "You shouldn't have to call anyone", "I'd normally refer you to the Clerk and Recorder, but they're
 *   closed") is no referral; "I can't not mention the Tenant Resource Center: call them at …" is one;
 * - a resource named only to say it holds nothing ("Our catalog doesn't show any copies, and there's no database for
 *   this") is not given to the patron: no source;
 * - a negated hold is no hold ("Don't worry about holding for me", "I'm not going anywhere!", "I won't transfer you");
 *   "Don't go anywhere, I'm searching…" asks the patron to wait, so it is one, and so is "Nothing yet, give me a couple
 *   more minutes" (a partial result while the search goes on);
 * - "Not goodbye yet, one more thing" says no goodbye; "No need to thank me" thanks no one; "Don't hesitate to reach out
 *   again" and "Don't be a stranger!" invite back;
 * - "Unless you have any other questions, I'll let you get to your reading!" puts the question of more needs to the
 *   patron, as "let me know if…" does: it asks whether they need anything else; "If there's nothing else, have a great
 *   night!" assumes the answer and asks nothing; an offer of one more specific thing ("I could also email you some
 *   titles if you want?") is not "anything else?", and the patron's "no thanks" / "not right now" to it does not say
 *   they are done, while "no, that's it" / "nope, all set" / "thats all i need" do;
 * - "I'm not sure that answers it for a 6-year-old though — does it?" and "Let me know if that doesn't cover it" ask
 *   whether what was given meets the need; "Not sure if that helps, sorry." states a doubt and asks nothing;
 * - "Not sure if you're still there?" asks (a check-in); "Not sure if you're still there, so I'll close this chat in a
 *   minute." asks nothing but tells the patron they may be gone and that the chat will end (a disconnect notice); "If I
 *   don't hear from you in a couple of minutes, I'll end the chat" says the chat may end but not that the patron seems
 *   gone (no disconnect notice); "I won't close the chat just yet. Are you still there?" is a check-in and no notice;
 *   "Still here if you need me!" neither thanks, says goodbye nor invites back;
 * - a closing macro sent by mistake and taken back at once ("Sorry!! Wrong button — I didn't mean to end the chat")
 *   ends nothing: no dismissal; "I can't stay on any longer, my shift is over. Goodbye." ends the help for the provider's
 *   convenience with no way back (a dismissal), "I can't stay past 5, but the chat is staffed around the clock, just
 *   start a new one" offers one.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, all, at, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  // ---- offers turned down and taken up ----------------------------------------------------------------------------------
  {
    // reading: the offer is turned down ("no thanks, this is plenty lol"): no promise, Answered passes
    name: 'Tacoma PL, a 1953 synagogue cookbook: "If you\'d like, I could also email you a list… Would you like that?" "no thanks": no follow-up session',
    lines: [
      [0, 'p', 'hi, looking for old recipes from the Temple Beth Israel ladies cookbook from like the 1950s? my grandma was in it'],
      [34, 'l', 'Hi there! This is Marisol, a librarian at Tacoma Public Library.'],
      [40, 'l', 'Do you know roughly what year it was printed?'],
      [95, 'p', 'i think 1953?'],
      [103, 'l', 'Let me check our Northwest Room holdings, one sec.'],
      [190, 'l', 'Good news: we have the 1953 "Temple Beth Israel Cook Book" in the Northwest Room cookbook collection. The record is in our catalog at tacomalibrary.org/catalog. Does that answer your question?'],
      [230, 'p', 'omg yes'],
      [236, 'l', "If you'd like, I could also email you a list of the other community cookbooks from the 50s. Would you like that?"],
      [262, 'p', 'no thanks, this is plenty lol'],
      [268, 'l', 'Sure thing! Anything else I can help with?'],
      [290, 'p', 'nope thats it'],
      [295, 'l', 'Thanks for chatting with us, enjoy the recipes!'],
    ],
    exp: usual(),
  },
  {
    // reading: the offer taken up with the e-mail, then "I'll send it to … by Friday": a promise, coded and sent at 30 h
    name: 'UAF Libraries, a 2019 Permanent Fund report: "I could email the records office… Want me to do that?" "yes please! <email>", "I\'ll send it … by Friday"; Follow-up by me, sent at 30 h',
    lines: [
      [0, 'p', 'Hello, I need the 2019 annual report of the Alaska Permanent Fund, the pdf link on their site is broken'],
      [25, 'l', "Good afternoon, you've reached Ask UAF Libraries. My name is Tom."],
      [31, 'l', 'Do you need the full report, or only the financial statements?'],
      [80, 'p', 'full report please'],
      [88, 'l', 'Give me a minute to look.'],
      [180, 'l', 'Their 2018 and 2020 reports are at apfc.org/annual-reports, but the 2019 link is broken for me too. Does the 2020 one help in the meantime?'],
      [215, 'p', 'not really, my prof wants 2019 specifically'],
      [222, 'l', "Ok. I could email the Fund's records office and send you the 2019 PDF once they reply. Want me to do that?"],
      [250, 'p', 'yes please! r.anagick@alaska.edu'],
      [256, 'l', "Great, I'll send it to r.anagick@alaska.edu by Friday. Anything else I can do for you today?"],
      [280, 'p', 'no thats all, thank you!!'],
      [285, 'l', "You're welcome, have a good rest of your day!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(290 + 30 * HOUR), by: 'jo', note: '2019 report forwarded' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // reading: "I won't be able to email you a scan tonight" refuses; nothing is promised
    name: 'Kenosha PL, a 1962 yearbook: "I won\'t be able to email you a scan tonight since the collection is closed": no promise, Answered passes',
    lines: [
      [0, 'p', 'do you guys have the 1962 Bradford High yearbook? need a pic of my dad for his 80th bday party saturday'],
      [40, 'l', 'Good evening! Kenosha Public Library, this is Deb.'],
      [47, 'l', 'Is it the Bradford in Kenosha? And do you know his graduating year?'],
      [85, 'p', 'yes kenosha, he graduated 62'],
      [92, 'l', 'Checking our local history list…'],
      [170, 'l', "We do: the 1962 Bradford yearbook is in our local history collection, and its catalog record is at mykpl.info. I won't be able to email you a scan tonight since the collection is closed, sorry. Does that help?"],
      [200, 'p', 'yeah ok cool'],
      [206, 'l', 'Is there anything else I can help with?'],
      [230, 'p', 'no thank you'],
      [234, 'l', 'Good night, and happy birthday to your dad!'],
    ],
    exp: usual(),
  },
  {
    // v26 A1 followupPromise: the hyphen in "April-June" broke the promise (contact and on_time were na, Answered passed)
    // reading: the hedge ("I can't promise I'll find it") does not take back "I'll … email you what I find by Friday"
    name: 'Greenville County, a 1978 obituary: "I can\'t promise I\'ll find it, but I\'ll go through the microfilm… and email you… by Friday", coded Answered: code fails, contact passes, pending',
    lines: [
      [0, 'p', 'trying to find an obituary for Walter Pruitt, died around 1978 in Greenville SC'],
      [20, 'l', 'Hello! Kendra here, from the Greenville County Library System.'],
      [26, 'l', 'Do you know the month, or whether he lived in the city or out in the county?'],
      [70, 'p', 'spring i think, he lived in Taylors'],
      [78, 'l', 'Let me look in the Greenville News index.'],
      [195, 'l', "The Greenville News index on our South Carolina Room page (greenvillelibrary.org/scroom) only covers up to 1975 online. I can't promise I'll find it, but I'll go through the April-June 1978 microfilm tomorrow and email you what I find by Friday. What's the best email?"],
      [240, 'p', 'jpruitt54@gmail.com thank u so much'],
      [247, 'l', 'Got it, jpruitt54@gmail.com. Anything else for today?'],
      [270, 'p', 'no, thats all'],
      [275, 'l', 'Thanks for reaching out, talk soon.'],
    ],
    exp: usual({ complete: 'fail', code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: an offer of one more specific thing is no "anything else?" and "not right now, thanks" does not say the
    // patron is done; the provider coded a follow-up anyway with no contact known: code and contact fail
    name: 'AskColorado, Ludlow for a 7th grader: "I could also email you a couple of book titles… if you want?" "not right now, thanks", yet coded Follow-up by me with no contact',
    lines: [
      [0, 'p', 'Do you have any info on the Ludlow massacre for a 7th grade project?'],
      [40, 'l', 'Hi! This is Marcy with AskColorado.'],
      [45, 'l', 'Is this for you or your student? And are websites ok, or do you need books?'],
      [80, 'p', 'its for my son, websites are fine'],
      [87, 'l', "History Colorado has a kid-friendly page at historycolorado.org, search Ludlow. There's also the Colorado Encyclopedia article at coloradoencyclopedia.org. Would those work for him?"],
      [130, 'p', 'yes perfect'],
      [136, 'l', 'I could also email you a couple of book titles for kids his age if you want?'],
      [160, 'p', 'not right now, thanks'],
      [166, 'l', 'No problem! Thanks for using AskColorado, good luck on the project!'],
    ],
    over: FU_ME,
    exp: usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // reading: "You don't need to contact Ball State yourself" refers no one; the accepted interlibrary loan offer with "I'll
    // email … when it arrives, within two weeks" is a promise with a when
    name: 'Muncie PL, a 1985 thesis: "You don\'t need to contact Ball State yourself", an ILL offer taken up, "I\'ll email <email> when it arrives, within two weeks": no referral, contact passes',
    lines: [
      [0, 'p', "I need a copy of a 1985 master's thesis from Ball State, do I have to call them?"],
      [22, 'l', 'Hi! Thanks for contacting Muncie Public Library, this is Lena.'],
      [29, 'l', "You don't need to contact Ball State yourself, we can request it through interlibrary loan. Do you have the author or title?"],
      [70, 'p', 'Hartman, Social dance in Delaware County 1920-1950'],
      [78, 'l', 'Checking WorldCat, one moment.'],
      [150, 'l', "Found it in WorldCat (worldcat.org): one copy at Ball State's Bracken Library. I can place the interlibrary loan request for you and email you when it arrives. Would you like me to?"],
      [190, 'p', 'yes please. my email is mhartman1952@aol.com'],
      [197, 'l', "Done! The request is in, and I'll email mhartman1952@aol.com when it arrives, within two weeks. Is there anything else I can help with?"],
      [230, 'p', 'no, thats it. thank u dear'],
      [235, 'l', "You're very welcome, have a lovely day!"],
    ],
    over: FU_ME,
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- refusals and negated promises ---------------------------------------------------------------------------------------
  {
    // v26 A1 notPromise: "Nobody will call you" was read as a promise (code and contact failed)
    // reading: "Nobody will call you about it" promises nothing
    name: 'Salt Lake County, a lost kids\' book: "Nobody will call you about it. … the replacement cost shows up on your account": no follow-up session',
    lines: [
      [0, 'p', 'I lost a library book, will someone call me about paying for it?'],
      [18, 'l', 'Hi there, this is Sam with the Salt Lake County Library chat.'],
      [24, 'l', 'Do you know the title, or about when it was due?'],
      [55, 'p', 'a kids book, due last week'],
      [62, 'l', "Nobody will call you about it. After it's 30 days overdue it's marked lost and the replacement cost shows up on your account; you can pay it online under Fines & Fees at slcolibrary.org/account. If you find it later, return it and the charge comes off. Does that answer your question?"],
      [110, 'p', 'ok yes thanks'],
      [116, 'l', "You're welcome! Is there anything else?"],
      [130, 'p', 'nope'],
      [134, 'l', 'Have a good one!'],
    ],
    exp: usual(),
  },
  {
    // reading: the promise stands, but the patron never gives an address ("I never got your email"): contact fails
    // (critical), Answered fails; the patron gone, a check-in at 130 s and a notice inviting back at 205 s
    name: 'Topeka & Shawnee County, 1998 school board minutes: "I\'ll pull the reel and email you a scan … by Wednesday", the patron gone, "Are you still there? I never got your email address."',
    lines: [
      [0, 'p', 'im looking for the minutes of the 1998 school board meeting where they voted on closing Lincoln Elementary'],
      [30, 'l', 'Good morning, this is Alicia, reference librarian at Topeka & Shawnee County Public Library.'],
      [37, 'l', 'Was this USD 501, the Topeka district?'],
      [70, 'p', 'yes'],
      [77, 'l', 'One moment, checking what we have.'],
      [160, 'l', 'The Topeka Capital-Journal covered the vote; NewsBank, under Research at tscpl.org, has the article from June 1998. The minutes themselves are only on microfilm, so I\'ll pull the reel and email you a scan of the Lincoln vote by Wednesday. What email should I use?'],
      [290, 'l', 'Are you still there? I never got your email address.'],
      [365, 'l', "It looks like you've been disconnected, so I'll close this chat now. If you'd still like the scan, start a new chat and leave your email. Thanks for using Ask a Librarian!"],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  // ---- referrals named to say no one need be contacted ----------------------------------------------------------------------
  {
    // reading: "I'd normally refer you to the Clerk and Recorder's office, but they're closed" tells the patron to contact
    // no one; the online order page is a source
    name: 'Douglas County Libraries, a 2011 marriage license: "I\'d normally refer you to the Clerk and Recorder\'s office, but they\'re closed…", the order page online: no referral',
    lines: [
      [0, 'p', 'hi i need a copy of my marriage license from 2011, who do i ask'],
      [30, 'l', "Hi! You're chatting with Ben, a librarian at Douglas County Libraries."],
      [36, 'l', 'Were you married in Douglas County, Colorado?'],
      [60, 'p', 'yes castle rock'],
      [69, 'l', "I'd normally refer you to the Clerk and Recorder's office, but they're closed for the holiday until Monday. The good news is you can order a certified copy online at douglas.co.us/clerk-and-recorder, and it's mailed in about a week. Does that answer your question?"],
      [110, 'p', "perfect, that's all i needed"],
      [115, 'l', 'Glad to help. Bye for now!'],
    ],
    exp: usual(),
  },
  {
    // reading: the double negative recommends: "I can't not mention the Tenant Resource Center … call them at …" refers
    name: 'Madison PL, no heat: "I can\'t not mention the Tenant Resource Center…: call them at (608) 257-0006": referral passes',
    lines: [
      [0, 'p', 'my landlord wont fix the heat, what are my rights in wisconsin'],
      [35, 'l', "Hi, you've reached Ask Madison Public Library. I'm Rosa."],
      [42, 'l', 'Are you in Madison, and is it a lease or month-to-month?'],
      [80, 'p', 'madison, lease till august'],
      [88, 'l', 'One moment while I find the right page.'],
      [175, 'l', 'The state consumer protection office has a landlord-tenant guide that covers heat: datcp.wi.gov, search "landlord-tenant". And I can\'t not mention the Tenant Resource Center, they\'re great for exactly this: call them at (608) 257-0006. Does that help?'],
      [215, 'p', 'yes thanks so much'],
      [220, 'l', 'Is there anything else I can help with?'],
      [240, 'p', 'no thats all'],
      [244, 'l', 'Take care and stay warm!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  // ---- holds, and what only looks like one -----------------------------------------------------------------------------
  {
    // reading: "Don't worry about holding for me, take your time finding it!" is no hold: the 157 s are waiting on the
    // patron
    name: 'Wichita PL, a hold on Demon Copperhead: "Could you give me your card number? Don\'t worry about holding for me, take your time" then 157 s: keep_informed passes',
    lines: [
      [0, 'p', 'can you tell me if my hold on Demon Copperhead came in? i have my card somewhere'],
      [28, 'l', "Hi, welcome to Ask Wichita Public Library! I'm Laura."],
      [33, 'l', "Could you give me your card number? Don't worry about holding for me, take your time finding it!"],
      [190, 'p', 'ok found it 21409002233117'],
      [197, 'l', 'Thanks! One moment while I pull up your account.'],
      [260, 'l', "Your hold on Demon Copperhead arrived at the Advanced Learning Library yesterday; it'll be on the holds shelf until the 14th. You can also see it under My Account at wichitalibrary.org. Did that help?"],
      [290, 'p', 'yay yes'],
      [296, 'l', 'Anything else I can look up for you?'],
      [320, 'p', 'nope, all set'],
      [324, 'l', 'Great, happy reading, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Haven't found it yet, … still checking." gives a partial result while the search goes on: a hold
    name: 'Lawrence PL, a 1925 house history: "Let me look…" 118 s, "Haven\'t found it yet… still checking." 115 s, the answer: keep_informed passes',
    lines: [
      [0, 'p', 'Who owned the house at 412 W Elm St in 1925? doing a house history'],
      [45, 'l', 'Hello and welcome to Ask a Librarian at Lawrence Public Library. My name is Quinn.'],
      [52, 'l', 'Which city is this, Lawrence KS?'],
      [70, 'p', 'yes sorry'],
      [78, 'l', 'Let me look in the old city directories.'],
      [196, 'l', "Haven't found it yet, the 1925 directory isn't indexed by street. Still checking."],
      [311, 'l', "Found it: the 1925 Polk's Lawrence City Directory lists Harold and Minnie Ostrander at 412 W Elm. Our digitized directories are in the Kansas Collection at lplks.org/local-history. Does this completely answer your question?"],
      [350, 'p', 'wow yes!! thats everything'],
      [355, 'l', 'Thanks for the fun question, good luck with the house history!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Don't go anywhere, I'm searching the catalog." asks the patron to wait (a hold); "Nothing yet…, give me a
    // couple more minutes." too; the answer 125 s after that: keep_informed fails
    name: 'Ann Arbor DL, Ashokan Farewell for solo violin: "Don\'t go anywhere, I\'m searching…" 117 s, "Nothing yet…, give me a couple more minutes." then 125 s: keep_informed fails',
    lines: [
      [0, 'p', 'do you have the sheet music for Ashokan Farewell for violin'],
      [30, 'l', 'Hi! Kim here, music librarian at Ann Arbor District Library.'],
      [36, 'l', 'Violin solo, or violin and piano?'],
      [50, 'p', 'solo'],
      [58, 'l', "Don't go anywhere, I'm searching the catalog."],
      [175, 'l', 'Nothing yet under that title, give me a couple more minutes.'],
      [300, 'l', 'Got it: it\'s in "Fiddle Tunes of the Civil War" (M40 .F53), on the shelf at Downtown; the catalog record is at aadl.org/catalog. Is that what you were looking for?'],
      [330, 'p', 'yes! thats all i need'],
      [335, 'l', 'Great, happy fiddling! Bye.'],
    ],
    exp: usual({ informed: 'fail' }),
  },
  // ---- nothing found ----------------------------------------------------------------------------------------------------------
  {
    // reading: "I wasn't able to find a source for that one" gives none; "Sorry I couldn't be more help!" asks nothing
    name: 'AskAway, a ship-in-harbor quotation: "I wasn\'t able to find a source for that one, I\'m afraid": source and completeness fail',
    lines: [
      [0, 'p', 'where does the quote "a ship in harbor is safe but that is not what ships are built for" come from'],
      [22, 'l', "Hi, I'm Ines, a reference librarian with AskAway."],
      [28, 'l', 'Do you need the original author, or the first place it was printed?'],
      [60, 'p', 'who said it originally'],
      [66, 'l', 'Let me dig a little.'],
      [180, 'l', "I wasn't able to find a source for that one, I'm afraid. It gets attributed to several people online, but I couldn't confirm any of them in anything I have access to."],
      [240, 'p', 'darn ok'],
      [246, 'l', "Sorry I couldn't be more help! Is there anything else I can look up for you?"],
      [270, 'p', 'no thats ok'],
      [275, 'l', 'Thanks for asking AskAway, take care.'],
    ],
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  // ---- endings ------------------------------------------------------------------------------------------------------------------
  {
    // v26 A1 farewell: "Not goodbye yet" was read as a goodbye (courteous passed)
    // reading: "Not goodbye yet, one more thing: …" says no goodbye and thanks no one; the patron is done explicitly
    name: 'Ask Us 24/7, a passport renewal: the patron done, then "Not goodbye yet, one more thing: the photo…", the patron leaves: courteous fails',
    lines: [
      [0, 'p', 'how do i renew my passport if its expired'],
      [25, 'l', 'Hello! Ask Us 24/7, Priya speaking.'],
      [30, 'l', 'When did it expire, and were you 16 or older when it was issued?'],
      [70, 'p', 'expired 2021, i was 30'],
      [78, 'l', 'Then you can renew by mail with form DS-82; the steps are on travel.state.gov under Passports > Renew. Does that answer it?'],
      [120, 'p', 'yes thats everything i needed, thanks!'],
      [127, 'l', 'Not goodbye yet, one more thing: the photo has to be recent, with no glasses, and they are strict about it. The photo rules are on the same site under "Photo requirements".'],
      [160, 'p', 'oh good to know, ok bye'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // reading: the closing macro sent by mistake, taken back at once ("I didn't mean to end the chat"), ends no help
    name: 'Nashville PL, Libby limits: "Thank you for chatting… This chat has now ended." by mistake, then "Sorry!! Wrong button, I didn\'t mean to end the chat": no dismissal',
    lines: [
      [0, 'p', 'hey is there a limit on how many ebooks I can borrow on Libby'],
      [15, 'l', 'Hi! Welcome to Ask a Librarian at Nashville Public Library, Gabe here.'],
      [21, 'l', 'Are you asking about checkouts at once, or holds?'],
      [50, 'p', 'checkouts'],
      [58, 'l', 'Thank you for chatting with Ask a Librarian. This chat has now ended.'],
      [70, 'p', 'wait what'],
      [76, 'l', "Sorry!! Wrong button, I didn't mean to end the chat, I'm still here. You can have 10 ebook checkouts at a time; it's on library.nashville.org/ebooks. Did that answer your question?"],
      [110, 'p', 'lol ok yes thank you'],
      [115, 'l', 'Is there anything else I can help with today?'],
      [135, 'p', 'no thats all'],
      [140, 'l', 'Thanks again, and sorry for the scare! Goodbye.'],
    ],
    exp: usual(),
  },
  {
    // reading: "I won't close the chat just yet. Are you still there?" checks in and tells of no ending; "Still here if you
    // need me!" neither thanks, says goodbye nor invites back. Final idle 63 s to 295 s (232 s).
    name: 'Cedar Rapids PL, chicken coop books: the patron gone, "I won\'t close the chat just yet. Are you still there?" at 137 s, "Still here if you need me!": notice and courteous fail',
    lines: [
      [0, 'p', 'do u have any books on building a chicken coop'],
      [20, 'l', 'Hi, Jo-Ann at Cedar Rapids Public Library here.'],
      [26, 'l', 'Are you looking for plans for a small backyard coop, or something bigger?'],
      [55, 'p', 'small, like 4 hens'],
      [63, 'l', "Here are two in our catalog: Building Chicken Coops For Dummies and The Chicken Chick's Guide to Backyard Chickens. Search them at crlibrary.org. Do those look like what you need?"],
      [200, 'l', "I won't close the chat just yet. Are you still there?"],
      [290, 'l', 'Still here if you need me!'],
    ],
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail' }),
  },
  {
    // reading: "Not sure if you're still there, so I'll close this chat in a minute." asks nothing (no check-in) but tells
    // the patron they may be gone and that the chat will end (a notice); final idle 66 s to the goodbye at 250 s (184 s)
    name: 'Arlington PL, an aquarium pass: "Not sure if you\'re still there, so I\'ll close this chat in a minute." at 134 s, the goodbye at 184 s: check-in fails, notice passes',
    lines: [
      [0, 'p', 'hi, how do i get a museum pass'],
      [25, 'l', 'Hello, this is Ray at Arlington Public Library.'],
      [30, 'l', 'Which museum were you thinking of?'],
      [60, 'p', 'the aquarium'],
      [66, 'l', 'The New England Aquarium pass is booked online at arlingtonlibrary.org/museum-passes; pick a date, then print the coupon. Does that answer your question?'],
      [200, 'l', "Not sure if you're still there, so I'll close this chat in a minute."],
      [250, 'l', "Closing the chat now since I haven't heard back. Thanks for contacting the library!"],
    ],
    exp: usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' }),
  },
  {
    // reading: "Not sure if you're still there?" asks; only the question was sent, so no substantive exchange; Lost Call
    name: 'Jacksonville PL, a Lost Call: picked up at 70 s, "Not sure if you\'re still there?" at 130 s, "I haven\'t heard from you… you\'re welcome to come back anytime!" at 210 s',
    lines: [
      [0, 'p', 'need the phone number for the passport office downtown'],
      [70, 'l', 'Hello, this is Sue with the Jacksonville Public Library!'],
      [200, 'l', "Not sure if you're still there?"],
      [280, 'l', "I haven't heard from you, so it looks like you've disconnected. I'll end the chat now, but you're welcome to come back anytime!"],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: all({
      pickup: 'fail', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass', courteous: 'pass',
      idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
    }),
  },
  {
    // reading: "No need to thank me, just doing my job :)" thanks no one, says no goodbye and invites no one back
    name: 'Fort Worth PL, Sunday hours: the patron done, the last message "No need to thank me, just doing my job :)": courteous fails',
    lines: [
      [0, 'p', 'what time does the east berry branch close on sundays'],
      [12, 'l', 'Hey there! This is Omar at Fort Worth Public Library.'],
      [17, 'l', 'Do you mean this Sunday, or Sundays in general? Holiday hours differ.'],
      [40, 'p', 'in general'],
      [46, 'l', 'East Berry closes at 5 pm on Sundays. All branch hours are on fortworthtexas.gov/library. Did that help?'],
      [70, 'p', "yes! thank you so much, that's all"],
      [75, 'l', 'No need to thank me, just doing my job :)'],
    ],
    exp: usual({ courteous: 'fail' }),
  },
  {
    // v26 A1 letMeKnow: the statement asked nothing for the scorer (anything else failed)
    // reading: "Unless you have any other questions, I'll let you get to your reading!" asks whether the patron needs more,
    // as "let me know if…" does; "cool ty" alone would not say they are done
    name: 'Boise PL, the NYT pass: "Unless you have any other questions, I\'ll let you get to your reading!" "cool ty": anything else passes',
    lines: [
      [0, 'p', 'Is there a way to get the NYT for free with my library card'],
      [26, 'l', 'Hi! Thanks for reaching out to the Boise Public Library. This is Dev.'],
      [31, 'l', 'Do you want to read it on your phone or on a computer?'],
      [50, 'p', 'phone mostly'],
      [57, 'l', 'You get a free 72-hour pass: go to boisepubliclibrary.org/nyt, sign in with your card, then open the NYT app and log in with the account you created. Does that work for you?'],
      [100, 'p', 'got it working, thanks!'],
      [106, 'l', "Awesome. Unless you have any other questions, I'll let you get to your reading!"],
      [125, 'p', 'cool ty'],
      [129, 'l', 'Bye!'],
    ],
    exp: usual(),
  },
  {
    // v26 A1 completeness: the tag question after the doubt was no completeness question (completeness failed)
    name: 'Ask Now, why the sky is blue: "I\'m not sure that answers it for a 6-year-old though — does it?", "not right now" to "Anything else…?": good session',
    lines: [
      [0, 'p', 'why is the sky blue? my 6yo asked and i have no idea haha'],
      [9, 'l', "Ha, great question! Hi, I'm Theo, a librarian with the Ask Now service."],
      [14, 'l', 'Would you like a kid-level explanation or the full science version?'],
      [40, 'p', 'kid level pls'],
      [47, 'l', "Sunlight has all the colors mixed together, and when it hits the air, the blue part bounces around the most, so we see blue everywhere. NASA's Space Place has a kids' page on it: spaceplace.nasa.gov/blue-sky. I'm not sure that answers it for a 6-year-old though — does it?"],
      [90, 'p', 'yes thats perfect, we read the nasa page together'],
      [96, 'l', 'Love that! Anything else your curious kid wants to know?'],
      [120, 'p', 'lol not right now'],
      [124, 'l', 'Come back anytime, have fun!'],
    ],
    exp: usual(),
  },
  // ---- dismissals and what is not one ---------------------------------------------------------------------------------------
  {
    // reading: "I can't stay on any longer, my shift is over. Goodbye." ends the help for the provider's convenience,
    // mid-question, with no way back
    name: 'Riverside CC, sleep and grades: the patron asks to narrow the search, "I can\'t stay on any longer, my shift is over. Goodbye.": dismissal fails',
    lines: [
      [0, 'p', 'can you help me find scholarly articles on sleep and teen grades'],
      [28, 'l', 'Hi, Jordan at the Riverside Community College library chat.'],
      [34, 'l', 'What class is it for, and do they need to be peer reviewed?'],
      [70, 'p', 'psych 101, yes peer reviewed'],
      [78, 'l', 'Try PsycINFO from the A-Z list at rcc.edu/library/databases; search "sleep duration" AND "academic performance" AND adolescen*, then tick Peer Reviewed. Does that help?'],
      [120, 'p', 'kinda, how do i narrow it to the US'],
      [130, 'l', "I can't stay on any longer, my shift is over. Goodbye."],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail' }),
  },
  {
    // reading: "You haven't hit any limit, ask away!" tells of no limit; "I can't stay past 5, but … just start a new one"
    // offers a way back
    name: 'Queens PL, two questions: "You haven\'t hit any limit, ask away!", then "I can\'t stay past 5, but the chat is staffed around the clock, just start a new one": no dismissal',
    lines: [
      [0, 'p', 'hi can i renew my kids books online'],
      [20, 'l', "Hi! You're chatting with Marco at Queens Public Library."],
      [25, 'l', 'Are they on your card or on a separate card for your child?'],
      [55, 'p', 'separate card'],
      [62, 'l', 'You can renew them under My Account at queenslibrary.org with the child\'s card number and PIN, up to 3 times each. Does that answer your question?'],
      [100, 'p', 'yes. sorry can i ask one more'],
      [105, 'l', "Of course, you haven't hit any limit, ask away!"],
      [130, 'p', 'do you have the new dog man book'],
      [137, 'l', 'Dog Man: Big Jim Believes has 40 holds; place one from the catalog at queenslibrary.org. Did that help?'],
      [170, 'p', 'ok cool. and how about homework help'],
      [178, 'l', "I can't stay past 5, but the chat is staffed around the clock, just start a new one and ask about homework help. Thanks for chatting!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
];

/** A question asked and clarified, for the short cases about what comes after. */
const CLOCK: Line[] = [
  [0, 'p', 'can you help me find a good book about repairing old clocks'],
  [22, 'l', 'Hi, Noor at Brook County Library here. Mechanical clocks, or electric ones?'],
  [48, 'p', "mechanical, my grandpa's mantel clock"],
];
const CLOCK_ANSWER = 'Practical Clock Repairing by Donald de Carle is on the shelf at Central, call number 681.113.';
const ANSWERED: Line[] = [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [80, 'p', 'yes great']];

export const short: SessionCase[] = [
  // ---- offers and promises ---------------------------------------------------------------------------------------------------
  {
    name: '"If you\'d like, I could email you a list of repair shops nearby. Would you like that?" "no thanks": no promise, Answered passes',
    lines: [...ANSWERED, [86, 'l', "If you'd like, I could email you a list of clock repair shops nearby. Would you like that?"], [100, 'p', 'no thanks'], [104, 'l', 'Ok! Happy tinkering, bye.']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'the offer taken up ("yes pls, hdlamb@yahoo.com") and "Will do, you\'ll have it by tomorrow night": a promise, contact passes',
    lines: [...ANSWERED, [86, 'l', 'Want me to email you a list of clock repair shops nearby?'], [100, 'p', 'yes pls, hdlamb@yahoo.com'], [106, 'l', "Will do, you'll have it at hdlamb@yahoo.com by tomorrow night."], [120, 'p', 'thx']],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: '"I won\'t be able to email you the list, sorry, our email is down today": no promise, Answered passes',
    lines: [...ANSWERED, [86, 'l', "I won't be able to email you the repair shop list, sorry, our email is down today. It's on brookcountylibrary.org/local under Services."], [100, 'p', 'ok thanks'], [104, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    name: '"I\'d email you a scan of the diagram, but our scanner is down this week": no promise, Answered passes',
    lines: [...ANSWERED, [86, 'l', "I'd email you a scan of the escapement diagram, but our scanner is down this week. The book has it on page 54."], [100, 'p', 'ok no worries'], [104, 'l', 'Thanks for chatting!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // reading: a promise put off is still a promise, with its when
    name: '"I won\'t get to it before Monday, but I\'ll email you the parts list Monday morning" to the address given, coded Answered: code fails, contact passes',
    lines: [...ANSWERED, [86, 'l', "Our clock collection binder has a parts supplier list. I won't get to it before Monday, but I'll email you the list Monday morning. What's your email?"], [110, 'p', 'gwen.okafor@outlook.com'], [116, 'l', 'Thanks, gwen.okafor@outlook.com it is.'], [130, 'p', 'great']],
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: the double negative promises
    name: '"I can\'t not follow up on a mystery like this, I\'ll email you what I find by Thursday" to the address given: a promise, contact passes',
    lines: [...ANSWERED, [86, 'l', "The maker's mark you describe isn't in the book. I can't not follow up on a mystery like this, I'll email you what I find by Thursday. Is ted.r@gmail.com still good?"], [110, 'p', 'yes thats me'], [116, 'l', 'Perfect.']],
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    // v26 A1 notPromise: read as a promise (code failed, contact failed)
    name: '"Nobody from the branch will call you, the hold just shows up in your account": no promise, contact na',
    lines: [...ANSWERED, [86, 'l', "I placed the hold. Nobody from the branch will call you, it just shows up under My Account when it's ready."], [100, 'p', 'ok'], [104, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: '"Your library won\'t be able to call before Monday, but they will email you Monday morning" at the address given, Follow-up by patron\'s library: contact passes',
    lines: [...ANSWERED, [86, 'l', "I've sent your question to your home library. They won't be able to call before Monday, but they will email you Monday morning. What email should they use?"], [110, 'p', 'jbaptiste@earthlink.net'], [116, 'l', 'Got it, jbaptiste@earthlink.net.']],
    over: FU_LIB,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    // reading: a patron e-mail known only from the patron fields and never mentioned does not count
    name: '"I\'ll email you the scans by Friday" and "I never got your email, I\'ll use the one on your account": contact fails, code passes (a contact is known)',
    lines: [...ANSWERED, [86, 'l', "I'll email you the scans of the chapter by Friday."], [100, 'p', 'thanks'], [110, 'l', "I never got your email, so I'll use the one on your account."]],
    over: { ...FU_ME, patron: { name: null, email: 'dlamb@example.org', phone: null } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  // ---- referrals -------------------------------------------------------------------------------------------------------------
  {
    name: '"You don\'t need to call the county assessor, the values are online at …": no referral',
    lines: [[0, 'p', 'how do i find out what my house is assessed at'], [20, 'l', 'Hi, this is Kai at Pima County Public Library. Which county is the house in?'], [40, 'p', 'pima'], [48, 'l', "You don't need to call the county assessor, the values are online at asr.pima.gov; search by your address. Does that help?"], [80, 'p', 'yes thx']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"You shouldn\'t have to call anyone, the form fills in online at …": no referral',
    lines: [[0, 'p', 'do i have to call someone to get my voter registration changed'], [20, 'l', 'Hi, Kai at Pima County Public Library here. Did you move within Arizona?'], [40, 'p', 'yes'], [48, 'l', "You shouldn't have to call anyone, the update form fills in online at servicearizona.com. Does that help?"], [80, 'p', 'yes thx']],
    exp: some({ referral: 'na' }),
  },
  {
    name: '"You can ask the Writing Center in person, I don\'t have an email for them, sorry": referral fails',
    lines: [[0, 'p', 'can someone check my citations'], [20, 'l', 'Hi, Kai at Delmar College Library here. Is it APA or MLA?'], [40, 'p', 'apa'], [48, 'l', "The Purdue OWL APA guide at owl.purdue.edu covers it. You can also ask the Writing Center in person; I don't have an email for them, sorry. Does that help?"], [80, 'p', 'yes thx']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"The genealogy society doesn\'t have a phone, but you can write to them at PO Box 112, Marion, OH 43301": referral passes',
    lines: [[0, 'p', 'who has old church records for Marion county ohio'], [20, 'l', 'Hi, Kai at Marion Public Library here. Which church, do you know?'], [40, 'p', 'st marys'], [48, 'l', "The Marion Area Genealogical Society indexed them. They don't have a phone, but you can write to them at PO Box 112, Marion, OH 43301. Does that help?"], [80, 'p', 'yes thx']],
    exp: some({ referral: 'pass' }),
  },
  // ---- holds --------------------------------------------------------------------------------------------------------------------
  {
    // reading: "I'm not going anywhere!" is no hold; the 134 s are waiting on the patron
    name: '"brb need to grab my card" / "No problem, I\'m not going anywhere!" then 134 s: keep_informed passes',
    lines: [[0, 'p', 'can you check what i have checked out'], [20, 'l', 'Hi! Kai at Pima County Public Library. Can you give me your card number?'], [60, 'p', 'brb need to grab my card'], [66, 'l', "No problem, I'm not going anywhere!"], [200, 'p', 'ok back, 23910044512'], [206, 'l', 'Thanks! You have 3 items out: two DVDs due Friday and a book due the 20th. Does that help?']],
    exp: some({ informed: 'pass' }),
  },
  {
    // reading: "Don't go anywhere" asks the patron to wait: a hold, so the 125 s after it are waiting on the provider
    name: '"Don\'t go anywhere, pulling up the 1940 census now." 10 s after the question, the answer 125 s later: keep_informed fails',
    lines: [[0, 'p', 'can you find my great grandpa in the 1940 census, Arvid Lindqvist'], [20, 'l', 'Hi, Kai at Duluth Public Library. Do you know what county he lived in?'], [60, 'p', 'st louis county mn'], [70, 'l', "Don't go anywhere, pulling up the 1940 census now."], [195, 'l', 'Found him: Arvid Lindqvist, 44, in Duluth Ward 3, on Ancestry Library Edition (free in our branches). Does that help?'], [230, 'p', 'wow yes']],
    exp: some({ informed: 'fail' }),
  },
  {
    // v26 A1 transferNotice: read as a transfer announcement, so a hold (keep_informed failed)
    // reading: "I won't transfer you" announces no transfer; the clarifying question starts waiting on the patron
    name: '"I won\'t transfer you, I can answer this one myself. Which county…?" then the patron 124 s later: keep_informed passes',
    lines: [[0, 'p', 'do i need to go to a different library for tax forms'], [20, 'l', 'Hi, Kai at Pima County Public Library.'], [60, 'p', 'hello?'], [66, 'l', "I won't transfer you, I can answer this one myself. Which forms do you need, federal or state?"], [190, 'p', 'state, arizona 140'], [196, 'l', 'The Arizona 140 is at azdor.gov/forms, and every branch has printed copies. Does that help?']],
    exp: some({ informed: 'pass' }),
  },
  // ---- endings --------------------------------------------------------------------------------------------------------------------
  {
    name: 'the last message "Don\'t hesitate to reach out again!" invites back: courteous passes',
    lines: [...ANSWERED, [86, 'l', 'Anything else?'], [100, 'p', 'nope'], [104, 'l', "Don't hesitate to reach out again!"]],
    exp: some({ courteous: 'pass', anything: 'pass' }),
  },
  {
    name: 'the last message "Don\'t be a stranger!" invites back: courteous passes',
    lines: [...ANSWERED, [86, 'l', 'Anything else?'], [100, 'p', 'nope'], [104, 'l', "Don't be a stranger!"]],
    exp: some({ courteous: 'pass' }),
  },
  {
    // v26 A1 thanks: "No thanks needed" was read as thanks (courteous passed)
    name: 'the last messages the answer and "No thanks needed, that\'s what we\'re here for.": courteous fails',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [80, 'p', "yes thank you, that's all"], [86, 'l', "No thanks needed, that's what we're here for."]],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: 'the patron\'s "yep. and no, that\'s it from me" says they are done: anything else passes',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [80, 'p', "yep. and no, that's it from me"], [86, 'l', 'Bye!']],
    exp: some({ anything: 'pass' }),
  },
  {
    // reading: "no thanks" to an offer of a hold does not say the patron is done, and nobody asked "anything else?"
    name: 'near miss: "Want me to put it on hold for you?" "no thanks": anything else fails',
    lines: [...ANSWERED, [86, 'l', 'Want me to put it on hold for you?'], [100, 'p', 'no thanks'], [104, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // reading: "If there's nothing else" assumes the answer and asks nothing
    name: 'near miss: "If there\'s nothing else, have a great night!": anything else fails, courteous passes',
    lines: [...ANSWERED, [86, 'l', "If there's nothing else, have a great night!"]],
    exp: some({ anything: 'fail', courteous: 'pass' }),
  },
  {
    name: '"Not sure if that helps, sorry." states a doubt and asks nothing: completeness fails',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Not sure if that helps, sorry.`], [80, 'p', 'ok']],
    exp: some({ complete: 'fail' }),
  },
  {
    name: '"Let me know if that doesn\'t cover it." asks as "let me know if…" does: completeness passes',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Let me know if that doesn't cover it.`], [80, 'p', 'ok']],
    exp: some({ complete: 'pass' }),
  },
  {
    // v26 A1 completeness: the tag question was no completeness question (completeness failed)
    name: '"I\'m not sure that\'s quite what you needed, is it?" asks: completeness passes',
    lines: [...CLOCK, [58, 'l', CLOCK_ANSWER], [62, 'l', "I'm not sure that's quite what you needed, is it?"], [80, 'p', 'its close enough']],
    exp: some({ complete: 'pass' }),
  },
  {
    name: '"Not sure if you\'re still there?" 130 s into a 135 s final idle asks: check-in passes, too short for the notice',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [188, 'l', "Not sure if you're still there?"]],
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    // reading: a conditional ending does not say the patron seems gone
    name: '"Are you still there?" at 130 s, "If I don\'t hear from you in a couple of minutes, I\'ll end the chat." at 200 s: check-in passes, notice fails',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [188, 'l', 'Are you still there?'], [258, 'l', "If I don't hear from you in a couple of minutes, I'll end the chat."]],
    exp: some({ idle: 'pass', disconnect: 'fail' }),
  },
  {
    // v26 A1 dismissalConvenience: nothing ended the help for the scorer (dismissal passed)
    name: '"I\'m not able to help with any more questions today." ends the help with no way back: dismissal fails',
    lines: [...ANSWERED, [86, 'p', 'one more, do you have books on cuckoo clocks'], [94, 'l', "I'm not able to help with any more questions today."]],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"I\'m not trying to rush you, take all the time you need" ends nothing: dismissal passes',
    lines: [...ANSWERED, [86, 'p', 'sorry im slow at typing'], [94, 'l', "I'm not trying to rush you, take all the time you need."], [130, 'p', 'ok thanks that is all i needed'], [136, 'l', 'Bye!']],
    exp: some({ dismissal: 'pass' }),
  },
  // ---- sources, questions, greetings ----------------------------------------------------------------------------------------------
  {
    name: 'near miss: "There\'s no database for this, but the Heinz History Center has a finding aid at heinzhistorycenter.org" gives one',
    lines: [[0, 'p', 'do you have anything on the history of the Sligo Iron Works'], [22, 'l', 'Hi, Noor at Brook County Library here. Is this the one in Pittsburgh?'], [48, 'p', 'yes'], [58, 'l', "There's no database for this, but the Heinz History Center has a finding aid at heinzhistorycenter.org; search Sligo. Does that help?"], [80, 'p', 'ok']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"I won\'t ask why you need it!" then the form: no question before the source, clarify fails',
    lines: [[0, 'p', 'where can i find a power of attorney form for ohio'], [22, 'l', "Hi, Noor at Brook County Library here. I won't ask why you need it!"], [30, 'l', 'The Ohio State Bar Association has the statutory form at ohiobar.org. Does that help?'], [60, 'p', 'yes']],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: '"Hi! Not a bot, I\'m Wen, a real live librarian at Ask a Librarian Delaware." greets and names: greeting passes',
    lines: [[0, 'p', 'is this a bot'], [15, 'l', "Hi! Not a bot, I'm Wen, a real live librarian at Ask a Librarian Delaware."], [30, 'p', 'ok cool']],
    exp: some({ greeting: 'pass' }),
  },
];

/** The near misses that guard this round's changes (each says which). */
export const guards: SessionCase[] = [
  {
    // near miss for the hyphenated words in v26 A1's followupPromise: v10's notPromise still takes the system's e-mail back
    name: 'near miss: "Once you fill in the sign-up form, the system will email you a confirmation": no promise, Answered passes',
    lines: [...ANSWERED, [86, 'l', 'The repair workshop is on the 12th. Once you fill in the sign-up form at brookcountylibrary.org/events, the system will email you a confirmation.'], [100, 'p', 'ok thanks'], [104, 'l', 'Bye!']],
    exp: some({ code: 'pass', contact: 'na' }),
  },
  {
    // near miss for A1's notPromise "nobody will call you": a promise after "but" stands
    name: 'near miss: "Nobody will call you, but I\'ll email you the parts list by Friday" to the address given, coded Answered: code fails, contact passes',
    lines: [...ANSWERED, [86, 'l', "Nobody will call you, but I'll email you the parts list by Friday. What's your email?"], [100, 'p', 'hdlamb@yahoo.com'], [106, 'l', 'Got it, hdlamb@yahoo.com.']],
    exp: some({ code: 'fail', contact: 'pass' }),
  },
  {
    // near miss for A1's farewell ("not goodbye yet"): the goodbye before it still parts
    name: 'near miss: the last message "Goodbye for now, not goodbye forever!": courteous passes',
    lines: [...ANSWERED, [86, 'l', 'Anything else?'], [100, 'p', 'nope'], [104, 'l', 'Goodbye for now, not goodbye forever!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss for A1's thanks ("no thanks needed"): the thanks after it still thanks
    name: 'near miss: the last message "No thanks needed, and thanks for chatting with us!": courteous passes',
    lines: [...CLOCK, [58, 'l', `${CLOCK_ANSWER} Does that help?`], [80, 'p', "yes thank you, that's all"], [86, 'l', 'No thanks needed, and thanks for chatting with us!']],
    exp: some({ courteous: 'pass' }),
  },
  {
    // near miss for A1's transferNotice ("I won't transfer you"): "I won't be long: transferring you…" still holds
    name: 'near miss: "I won\'t be long: transferring you to Ana in Government Documents now." then 125 s: keep_informed fails',
    lines: [[0, 'p', 'where can i find old federal budget documents'], [20, 'l', 'Hi, Kai at Pima County Public Library. Which year do you need?'], [60, 'p', '1962'], [66, 'l', "I won't be long: transferring you to Ana in Government Documents now."], [191, 'l', 'Hi, Ana here. The 1962 federal budget is on govinfo.gov under Budget of the United States Government. Does that help?']],
    exp: some({ informed: 'fail' }),
  },
  {
    // near miss for A1's completeness (a doubt and a tag question): a question about the need is no tag question
    name: 'near miss: "I\'m not sure that covers it, is it for a class?" asks about the need: completeness fails',
    lines: [...CLOCK, [58, 'l', CLOCK_ANSWER], [62, 'l', "I'm not sure that covers it, is it for a class?"], [80, 'p', 'no just for fun']],
    exp: some({ complete: 'fail' }),
  },
  {
    // near miss for A1's letMeKnow ("unless you have any other questions"): questions for someone else
    name: 'near miss: "Unless you have other questions for the clerk, just mail the form." asks nothing: anything else fails',
    lines: [[0, 'p', 'how do i get a copy of my birth certificate'], [20, 'l', 'Hi, Kai at Pima County Public Library. Were you born in Arizona?'], [40, 'p', 'yes'], [48, 'l', 'The request form is at azdhs.gov/vital-records. Unless you have other questions for the clerk, just mail the form. Does that help?'], [80, 'p', 'ok'], [86, 'l', 'Bye!']],
    exp: some({ anything: 'fail' }),
  },
  {
    // near miss for A1's dismissalConvenience ("not able to help with any more questions today"): a way back saves it
    name: 'near miss: "I\'m not able to take any more questions today, but feel free to start a new chat tomorrow!": dismissal passes',
    lines: [...ANSWERED, [86, 'p', 'one more, do you have books on cuckoo clocks'], [94, 'l', "I'm not able to take any more questions today, but feel free to start a new chat tomorrow!"]],
    exp: some({ dismissal: 'pass' }),
  },
  {
    // near miss for A1's dismissalConvenience: questions about a topic the provider cannot answer
    name: 'near miss: "I\'m not able to help with any more questions about your taxes, but the VITA site can…": dismissal passes',
    lines: [...ANSWERED, [86, 'p', 'and can you help with my tax return'], [94, 'l', "I'm not able to help with any more questions about your taxes, but the VITA site at irs.gov/vita can. Does that help?"], [110, 'p', 'ok']],
    exp: some({ dismissal: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // left: the scorer finds no party in "you could ask the Hmong American Partnership" ("partnership" is no party word of
    // referralParty), so it sees no referral at all (na); the negation after it ("I don't have a phone number for them")
    // is not what it misses. Adding an organisation word is a widening outside this round's area.
    name: 'Saint Paul PL, energy assistance in Hmong: "you could ask the Hmong American Partnership — I don\'t have a phone number for them handy": referral fails',
    lines: [
      [0, 'p', 'my mom needs help applying for energy assistance this winter, she only speaks hmong'],
      [35, 'l', "Hi, thanks for contacting Saint Paul Public Library, I'm Pa Houa."],
      [41, 'l', 'Is she in Saint Paul, and has she applied before?'],
      [90, 'p', 'yes st paul, first time'],
      [97, 'l', "The state's Energy Assistance Program page has the application and a list of local service providers: mn.gov/commerce/eap. For help in Hmong, you could ask the Hmong American Partnership. I don't have a phone number for them handy, sorry. Does that help?"],
      [140, 'p', 'yes ty'],
      [146, 'l', 'Anything else I can help you or your mom with?'],
      [170, 'p', 'no thats it'],
      [174, 'l', 'Take care, and stay warm!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: the catalogue named only to say it holds nothing is not given as a source
    // left: the scorer reads "our catalog" as a named source wherever it appears; older rounds rely on a catalogue the
    // provider consulted as the source ("the catalog shows it on the shelf at Main"), and telling "the catalog doesn't show
    // any copies" apart from "the catalog doesn't show it checked out, so it's on the shelf" needs more than a phrase
    name: '"Our catalog doesn\'t show any copies, and there\'s no database for this, sorry." gives no source',
    lines: [[0, 'p', 'do you have anything on the history of the Sligo Iron Works'], [22, 'l', 'Hi, Noor at Brook County Library here. Is this the one in Pittsburgh?'], [48, 'p', 'yes'], [58, 'l', "Our catalog doesn't show any copies of anything on it, and there's no database for this, sorry."], [80, 'p', 'ok']],
    exp: some({ source: 'fail' }),
  },
];

describe('twenty-fifth round (A1): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-fifth round (A1): negation, hedging and conditional offers, every check', whole);
describeSessions('twenty-fifth round (A1): negation, hedging and conditional offers, short cases', short);
describeSessions('twenty-fifth round (A1): negation, hedging and conditional offers, near misses of the changes', guards);

describeLeft('twenty-fifth-round-negation', LEFT);
