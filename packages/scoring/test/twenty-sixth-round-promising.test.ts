/**
 * Twenty-sixth round, area (B5): FOLLOW-UPS, REFERRALS AND CONTACT DETAILS, a paraphrase sweep. Every way a provider
 * promises to get back, says when, asks for or confirms the patron's contact, and refers the patron elsewhere with or
 * without a way to reach the party (`followup.contact`, `followup.on_time` through what counts as a promise,
 * `referral.contact`, `resolution.code`).
 *
 * Ways real people say it (each decided inside a session below; register in brackets):
 *  promising to get back
 *   1. "I'd like to research this further and follow up with you by e-mail" (formal academic)
 *   2. "I'll circle back by e-mail tomorrow morning" (warm public library)
 *   3. "Will email u the scans by Fri." (terse veteran)
 *   4. "lemme look into it more and ill get back to u!!" (student worker)
 *   5. "Someone from your home library will contact you within 2 business days" (cooperative backup staff)
 *   6. "Your question has been forwarded to a subject specialist, who will reply … within 72 hours" (scripted macro)
 *   7. "I'll pop the details in an email to you later today" (British)
 *   8. "I will revert back with the details by tomorrow EOD" (non-native English)
 *   9. "Our archivist, Dr. Mensah, will reach out to you next week" (archives)
 *  10. "I'll give you a call back … before noon tomorrow" (Canadian)
 *  11. "expect to hear from me within 48 hours" (public library)
 *  12. "I'll send that over tomorrow morning" (public library)
 *  13. "ill shoot u an email once i track it down" (chat-speak)
 *  14. "We'll be in touch by close of play Friday" (British)
 *  15. "Kindly expect my mail by tomorrow" (non-native English)
 *  16. "I'll text you at 443-… tonight" (mobile)
 *  17. "Your branch's local history librarian will ring you on … by Wednesday" (Australian/British "ring")
 *  18. "I'll keep digging and get back to you" (no when)
 *  19. "I'll mail the photocopies to your home address by Friday" (postal only)
 *  20. "I'll get this to you as soon as I can" (no when)
 *  21. "Leave it with me — you'll have it in your inbox by Monday" (British/Australian)
 *  asking for / confirming contact
 *  22. "What address should I use?" / "What's the best email to reach you at?"
 *  23. "Kindly share your mail id"
 *  24. "Is it still sam.hughes@… ?" / "yes that's the one"
 *  25. "I have you as …, correct?"
 *  26. patron: "u can reach me at …", "text me at …", "my email is …", "best # is …"
 *  referring
 *  27. "your best bet is the county clerk, 410-…"
 *  28. "reach out to the registrar" (no way to reach)
 *  29. "the folks at the historical society would know" (no way to reach)
 *  30. "best to give Service NSW a ring on 13 77 88" (Australian)
 *  31. "You may wish to write to the Diocese … Archives, 1925 Delaware Ave, …" (formal, postal address)
 *  32. "pls contact ur school librarian" (chat-speak, no way)
 *  33. "I would suggest you approach the Embassy …, consular section, tel. …" (non-native English)
 *  34. "drop them a line at info@…" (warm)
 *  35. "call the Archives reading room at 410-… to book a seat" (own library's department)
 *  36. "The Maryland State Archives has it: msa.maryland.gov, or call 410-…" (formal)
 *  37. "hit up the IT help desk, their number's …" (student)
 *  38. "Try the Land Registry — they're on 0300 006 0411" (British)
 *  39. "ask the reference desk at your local branch" (no way)
 *  40. "The person to talk to is Ms. Alvarez in Government Docs, galvarez@…" (named specialist)
 *  41. "You'd want to check with Vital Records; their office is at 6550 Reisterstown Rd, Baltimore" (postal)
 *  42. "get in touch w/ the financial aid office, finaid@…" (chat-speak)
 *
 * Near misses (the same words for something else):
 *   a. "want me to email u the list too?" — "nah im good" (an offer turned down)
 *   b. "You'll get an automatic email when it's ready for pickup" (the system's notice)
 *   c. "The app will send you a push notification" (the system's notice)
 *   d. "I'll email you the PDF right now" … "Sent! Did it come through?" (a promise kept in the session)
 *   e. "If the 1911 yearbook were digitized I could email you a scan, but …" (counterfactual)
 *   f. "I emailed you that list on Monday" (past)
 *   g. patron: "you guys said last week you'd email me the census page" (a past promise, reported)
 *   h. "The county clerk won't have it, they only keep records from 1950 on" (a party named only to say it won't help)
 *   i. "Don't bother calling the DMV, they can't help with that" (same)
 *   j. "I checked with our archivist and she says …" (staff consulted on the patron's behalf)
 *   k. "the Contact Us page at …" (a web page, a source)
 *   l. "I'll get back to searching, one sec" ("get back to" a search, a hold)
 *   m. "I can't email attachments from the chat, sorry" (a refusal)
 *   n. "Follow the link and you'll see the form" ("follow")
 *   o. "Your books are due back by Friday" (a due date is no "when the information will come")
 *   p. "My email is broken lol, I'll check later" (the patron's own plan)
 *   q. "The registrar emailed everyone about it last week" (past, someone else)
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - a promise carried out inside the same chat ("I'll email it right now" … "Sent!") does not promise to send or find
 *   more LATER: no follow-up session;
 * - an offer the patron turns down promises nothing; a counterfactual ("if it were digitized I could …") neither;
 * - "as soon as I can", "once I find it", "when the archivist is back" do not say when the information will come; "later
 *   today", "next week", "within 2 business days", "tomorrow EOD", "by close of play Friday" do;
 * - a postal address is a way to reach a referred party (Terms: e-mail, phone, postal address or URL) but is not the
 *   patron's contact for `followup.contact` or `resolution.code` (those name e-mail or phone only);
 * - "the folks at X would know", "your best bet is X", "you'd want to check with X" point the patron to X to ask them:
 *   a referral;
 * - a party named only to say it will not help ("the clerk won't have it") is no referral;
 * - `followup.on_time` with the default `now` (one day after the start) and nothing recorded is `pending`;
 * - the provider's "Will do, by Friday at the latest!" right after the patron's "can u just email me when u find it?"
 *   agrees to send later: a promise, and its time is when the information will come; "Will do — sent just now" is not;
 * - "I'll be right back with that" and "I'll get back to you in a sec" stay inside the chat: holds, no promise;
 * - "I'll stay on the chat and get in touch with the branch manager" and "I'll shoot an email to our cataloguer" consult
 *   staff on the patron's behalf: no promise to the patron, no referral.
 * The `second` batch was written after the first run (labelled from RUBRIC.md before running it, all the same); `guards`
 * holds the near misses of this block's changes.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, DAY, describeSessions, FU_LIB, FU_ME, type Line, type SessionCase, some, T0, usual } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  {
    // (1) formal academic: "research this further and follow up … by Thursday afternoon", e-mail given and read back
    name: 'UMD Special Collections, 1920s faculty senate minutes: "I would like to research this further and follow up with you by e-mail" + "by Thursday afternoon": follow-up done',
    lines: [
      [0, 'p', 'Good afternoon. I am looking for the minutes of the University Senate from 1923-1926, specifically any discussion of the new chemistry building.'],
      [41, 'l', 'Good afternoon, and thank you for contacting the University of Maryland Libraries. My name is Adaeze, a reference librarian in Special Collections.'],
      [49, 'l', 'Are you looking for the full minutes or only the sections on the building, and is this for a publication or a course?'],
      [96, 'p', 'The sections on the building would suffice. It is for an article on campus architecture.'],
      [104, 'l', 'One moment while I consult the finding aid.'],
      [201, 'l', 'The Senate records are described in the finding aid at archives.lib.umd.edu (search "University Senate records"), series 1, boxes 3-5. Only 1925 has been digitized, so I would like to research this further and follow up with you by e-mail once I have checked the boxes. What address should I use?'],
      [262, 'p', 'a.okafor@jhu.edu, thank you'],
      [270, 'l', 'Thank you, I have a.okafor@jhu.edu. You can expect a message from me by Thursday afternoon. Does the finding aid help in the meantime?'],
      [301, 'p', 'It does. That is all I need for now.'],
      [309, 'l', 'Wonderful. Thank you for writing, and good luck with the article.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(309 + 46 * HOUR), by: 'jo', note: 'box 4 scans sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (2) warm public library: "I'll circle back by e-mail tomorrow morning"; coded Answered though a follow-up was promised
    name: 'Enoch Pratt, knitting patterns from the 1940s: "I\'ll circle back by e-mail tomorrow morning" but coded Answered: code fails, contact passes, pending',
    lines: [
      [0, 'p', 'hiya! my grandma had a knitting pattern book from like the 1940s, bernat i think, is there any way to see it'],
      [28, 'l', 'Hi there! This is Tasha at the Enoch Pratt Free Library, happy to help.'],
      [35, 'l', "Ooh fun. Do you remember the title or what was in it, sweaters, baby things?"],
      [88, 'p', 'baby sweaters and booties. the cover was pink. my email is ruthiemae52@yahoo.com if that helps'],
      [95, 'l', 'Let me take a peek in WorldCat.'],
      [190, 'l', 'WorldCat lists several Bernat "Baby Book" handicraft booklets from 1943-1949 (worldcat.org, search Bernat baby book). I want to ask our Arts department which of these we own, so I\'ll circle back by e-mail tomorrow morning at ruthiemae52@yahoo.com. Does the WorldCat list help for now?'],
      [230, 'p', 'omg yes thank you so much, thats all i needed!'],
      [236, 'l', 'My pleasure! Thanks for chatting, talk tomorrow.'],
    ],
    exp: usual({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    // (3) terse veteran: "Will email u the scans by Fri. Addr?"
    name: 'Frederick County, obituary 1962: terse "Will email u the scans by Fri. Addr?" and the patron\'s address: follow-up pending',
    lines: [
      [0, 'p', 'need obit for Harold Beall died march 1962 frederick'],
      [19, 'l', 'Hi, Dave, librarian at FCPL Maryland Room.'],
      [23, 'l', 'Which paper? News or Post?'],
      [51, 'p', 'dont know. either'],
      [57, 'l', 'Checking index.'],
      [150, 'l', 'Index has it: Frederick News, 3/14/1962 p. 9. Film is here, not online (index at fcpl.org/obituaries). Will email u the scans by Fri. Addr?'],
      [184, 'p', 'k.tran88@gmail.com'],
      [190, 'l', 'Got it. That help?'],
      [214, 'p', 'yes, thats all'],
      [219, 'l', 'Thx. Bye.'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // (4) student worker: "ill get back to u" with no time; reading: no when
    name: 'Towson student worker, a course reserve: "lemme look into it more and ill get back to u!!" with no time: contact fails, follow-up recorded',
    lines: [
      [0, 'p', 'is the textbook for PSYC 212 on reserve?? the library site says no but my prof said yes'],
      [22, 'l', 'hey!! im Kayla, i work the Ask Us chat at Cook Library'],
      [27, 'l', 'which section is ur class? theres 3 profs teaching it'],
      [60, 'p', 'section 2, dr. ambrose'],
      [66, 'l', 'ok one sec'],
      [160, 'l', "so the reserves list at towson.edu/library/reserves doesnt have it yet, sometimes profs drop books off late. lemme look into it more and ill get back to u!! whats ur email?"],
      [190, 'p', 'jwill23@students.towson.edu'],
      [196, 'l', 'kk got it, jwill23@students.towson.edu. does that help for now?'],
      [220, 'p', 'ya thx'],
      [226, 'l', 'anything else?'],
      [240, 'p', 'nope'],
      [244, 'l', 'ok bye!! thanks for chatting'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(244 + 20 * HOUR), by: 'jo', note: 'book on reserve now' }] },
    exp: usual({ contact: 'fail', onTime: 'pass' }),
  },
  {
    // (6) scripted macro: the e-mail known only from the patron fields, never in the chat
    name: 'scripted macro "forwarded to a subject specialist, who will reply to the e-mail address you provided within 72 hours": e-mail never in the chat, contact fails',
    lines: [
      [0, 'p', 'I need statistics on how many women owned farms in Maryland in 1900'],
      [29, 'l', 'Welcome to Ask a Librarian! You are chatting with Lorraine at the State Library Resource Center.'],
      [36, 'l', 'Do you need it by county or for the whole state?'],
      [80, 'p', 'whole state is fine'],
      [86, 'l', 'Please hold while I search.'],
      [200, 'l', 'The 1900 Census of Agriculture is at census.gov (Library > Publications > 1900), but it does not break farm operators down by sex. Your question has been forwarded to a subject specialist, who will reply to the e-mail address you provided within 72 hours. Does the census report help in the meantime?'],
      [240, 'p', 'somewhat. that is all, thanks'],
      [246, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
    ],
    over: { ...FU_ME, patron: { name: 'M. Grier', email: 'mgrier@umbc.edu', phone: null }, followUps: [{ doneAt: at(246 + 50 * HOUR), by: 'jo', note: 'answered' }] },
    exp: usual({ contact: 'fail', onTime: 'pass' }),
  },
  {
    // (7) British: "I'll pop the details in an email to you later today", the address confirmed; recorded at 80 h
    name: 'British council library, parish registers: "I\'ll pop the details in an email to you later today", "Is it still …?" "yes that\'s the one", recorded after 80 h: late',
    lines: [
      [0, 'p', "Hello, I'm trying to trace a baptism at St Mary's, Lewisham, around 1871."],
      [33, 'l', 'Good morning, you are through to Ask a Librarian at Lewisham Libraries, Priya speaking.'],
      [40, 'l', 'Do you have a name and an approximate date of birth?'],
      [81, 'p', 'Ellen Mary Cole, born spring 1871.'],
      [88, 'l', 'Lovely, let me have a look for you.'],
      [180, 'l', "The Lewisham parish registers are held at the London Metropolitan Archives and indexed on Ancestry Library Edition (lewisham.gov.uk/libraries > eResources). I'll check the 1871 index myself and pop the details in an email to you later today. Is it still sam.hughes@btinternet.com?"],
      [214, 'p', "yes that's the one"],
      [220, 'l', 'Brilliant. Does that help for now?'],
      [240, 'p', 'Yes, that is everything, cheers.'],
      [246, 'l', 'Thanks for getting in touch, bye for now!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(246 + 80 * HOUR), by: 'jo', note: 'index entry sent' }] },
    exp: usual({ contact: 'pass', onTime: 'fail' }),
  },
  {
    // (30) Australian referral with a phone number
    name: 'State Library NSW, a driver licence from 1968: "best to give Service NSW a ring on 13 77 88": referral with a number',
    lines: [
      [0, 'p', "g'day, my dad had a NSW licence in the 60s, can the library find his old licence records?"],
      [24, 'l', "G'day! You're chatting with Mick from the State Library of NSW."],
      [30, 'l', 'Is this for a family history, or do you need an official copy of the record?'],
      [66, 'p', 'official, for his estate'],
      [73, 'l', 'Let me check who holds those.'],
      [150, 'l', "We don't hold licence records. Older ones are kept by Transport for NSW, so best to give Service NSW a ring on 13 77 88 and ask for a driver licence history search. Does that answer your question?"],
      [190, 'p', "yep that's all I needed, ta"],
      [195, 'l', 'No worries, thanks for chatting, take care!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (28) "reach out to the registrar" with no way to reach them; the source is the catalogue, in another message
    name: 'community college, a transcript for a scholarship: "reach out to the registrar" with no contact: referral fails',
    lines: [
      [0, 'p', 'how do i get an official transcript sent to a scholarship org'],
      [30, 'l', "Hi! I'm Renee, a librarian at Anne Arundel Community College."],
      [36, 'l', 'Are you a current student or did you attend a while ago?'],
      [70, 'p', 'current'],
      [77, 'l', "Official transcripts are handled by the Registrar's Office, not the library, so you'd need to reach out to the registrar."],
      [84, 'l', 'For the scholarship essay itself, our Scholarships research guide is at libguides.aacc.edu/scholarships. Did that help?'],
      [120, 'p', 'yeah thanks, thats all'],
      [126, 'l', 'Thanks for chatting, good luck!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (29) reading: "the folks at the historical society would know" points the patron to them: a referral, no way to reach
    name: 'Calvert County, a church cemetery: "the folks at the historical society would know" with no contact: referral fails',
    lines: [
      [0, 'p', 'where is the old methodist cemetery near prince frederick? my ancestors are buried there'],
      [21, 'l', 'Hi, this is Glenn at Calvert Library. Happy to help!'],
      [27, 'l', 'Do you know the name of the church, or about when they were buried?'],
      [66, 'p', 'Smithville Methodist i think, 1880s'],
      [72, 'l', 'One moment, checking Find a Grave.'],
      [170, 'l', "Find a Grave (findagrave.com) lists a Smithville United Methodist Church Cemetery in Dares Beach with 212 memorials. The older burials aren't all indexed, though; the folks at the historical society would know, they keep the church records. Does that help?"],
      [211, 'p', 'yes, thank you, that is everything'],
      [216, 'l', 'You are welcome! Thanks for chatting with Calvert Library.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (8)(23) non-native English: "Kindly share your mail id, I will revert back with the details by tomorrow EOD"
    name: 'university library, patent search: "Kindly share your mail id, I will revert back with the details by tomorrow EOD": follow-up done',
    lines: [
      [0, 'p', 'hello I need patents for solar dryer for grains, filed in India after 2015'],
      [31, 'l', 'Hello, good evening. I am Ravi, librarian at the Engineering Library, how may I help you?'],
      [38, 'l', 'You want Indian patents only, or also international applications that cover India?'],
      [79, 'p', 'Indian only'],
      [85, 'l', 'Please give me one moment, I am searching.'],
      [190, 'l', 'You can search in InPASS, the Indian patent search at iprsearch.ipindia.gov.in, with the keywords solar AND dryer AND grain. There are many results, so I will make a list for you. Kindly share your mail id, I will revert back with the details by tomorrow EOD.'],
      [230, 'p', 'sure, it is vikram.s@iitb.ac.in'],
      [236, 'l', 'Noted, vikram.s@iitb.ac.in. Is this information useful for you?'],
      [260, 'p', 'yes very useful. nothing more, thanks'],
      [266, 'l', 'Thank you for contacting us. Have a nice day.'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(266 + 22 * HOUR), by: 'jo', note: 'patent list sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (b) the system's automatic e-mail is no promise of the provider's
    name: 'Montgomery County, ILL for a memoir: "You\'ll get an automatic email when it\'s ready for pickup": no follow-up',
    lines: [
      [0, 'p', 'Can I get a book the library doesnt own? Its called The Salt Path by Raynor Winn'],
      [34, 'l', 'Hello! This is Marcus at Montgomery County Public Libraries.'],
      [40, 'l', 'Which branch would you pick it up from?'],
      [62, 'p', 'Silver Spring'],
      [70, 'l', 'Bear with me while I fill in the request.'],
      [170, 'l', "Done: I placed an interlibrary loan request for The Salt Path for pickup at Silver Spring. You'll get an automatic email when it's ready for pickup, usually in 2-3 weeks, and you can track it under My Account at montgomerycountymd.gov/library. Did that answer your question?"],
      [205, 'p', 'yes, no more questions, thank you'],
      [211, 'l', 'Thank you for using MCPL chat. Enjoy the book!'],
    ],
    exp: usual(),
  },
  {
    // (d) reading: a promise kept in the same chat sends nothing later: no follow-up session
    name: 'Ask Us 24/7, a journal article: "I\'ll email you the PDF right now" … "Sent! Did it come through?": a promise kept in the chat, no follow-up',
    lines: [
      [0, 'p', "I can't open the PDF of an article on the library website, it just spins"],
      [22, 'l', "Hi, I'm Noor, a librarian with Ask Us 24/7."],
      [28, 'l', 'What is the title of the article, and which database were you in?'],
      [70, 'p', '"Sleep and memory consolidation in adolescents", in PsycINFO. my email is lila.ortega@mail.umbc.edu'],
      [77, 'l', 'Give me a second to find it.'],
      [150, 'l', "Found it in PsycINFO (Journal of Adolescent Health, 2019). The viewer is glitchy tonight, so I'll email you the PDF right now from the database's email tool."],
      [190, 'l', 'Sent to lila.ortega@mail.umbc.edu! Does that article cover what you needed?'],
      [222, 'p', 'yes got it, thank you!! thats all'],
      [228, 'l', 'Great, thanks for chatting with Ask Us 24/7!'],
    ],
    exp: usual(),
  },
  {
    // (g) the patron reports last week's promise; the provider sends the page now: no follow-up session
    name: 'Harford County, census page: the patron says "you guys said last week you\'d email me the census page"; sent now: no follow-up',
    lines: [
      [0, 'p', "hi, last week someone here said they'd email me the census page for my grandpa but i never got it"],
      [30, 'l', "Hello, this is Beth at Harford County Public Library. I'm sorry about that!"],
      [36, 'l', "Which census year was it, and what was your grandfather's name?"],
      [70, 'p', '1940, Walter Pyle, in Aberdeen'],
      [76, 'l', 'Let me pull it up in Ancestry Library Edition.'],
      [180, 'l', 'Walter Pyle is on the 1940 census, Aberdeen, Harford County, ED 13-2, sheet 5B. The free images are at 1940census.archives.gov; enter the ED number and go to sheet 5B. Is that the page you were after?'],
      [220, 'p', 'yes!! thats it, thats all i needed'],
      [226, 'l', 'Wonderful, thanks for your patience, and come back anytime!'],
    ],
    exp: usual(),
  },
  {
    // (h)(36) the clerk named only to say it will not help; the State Archives with a URL and a phone
    name: 'Anne Arundel, a 1938 marriage license: "The county clerk won\'t have it…", then the State Archives with a URL and phone: referral passes',
    lines: [
      [0, 'p', 'how do i get a copy of my grandparents marriage license from 1938, annapolis'],
      [25, 'l', "Hi! I'm Ana at the Anne Arundel County Public Library."],
      [31, 'l', 'Do you need a certified copy for legal use, or is a plain copy fine?'],
      [66, 'p', 'plain is fine, its for a scrapbook'],
      [73, 'l', "The county clerk won't have it: they only keep licenses from 1950 on. For 1938, the Maryland State Archives holds them: request a copy at msa.maryland.gov or call them at 410-260-6400. Does that answer your question?"],
      [110, 'p', "perfect, that's everything"],
      [115, 'l', 'Thanks for chatting, enjoy the scrapbook!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (31) a postal address is a way to reach the party
    name: 'Delaware, baptism in 1911: "You may wish to write to the Diocese of Wilmington Archives, 1925 Delaware Ave, Wilmington DE 19806": referral passes',
    lines: [
      [0, 'p', 'Good evening. I need a baptismal record from St. Anthony of Padua, Wilmington, 1911.'],
      [39, 'l', 'Good evening, this is Claire, a reference archivist at the Delaware Public Archives.'],
      [46, 'l', 'Do you know the full name and the parents\' names?'],
      [88, 'p', 'Giuseppe Rinaldi, parents Antonio and Maria.'],
      [95, 'l', 'One moment please.'],
      [190, 'l', 'Parish sacramental records are not held here. You may wish to write to the Diocese of Wilmington Archives, 1925 Delaware Ave, Wilmington DE 19806, with the names and the year; they answer by post. Is that helpful?'],
      [230, 'p', 'Very. That is all, thank you.'],
      [236, 'l', 'Thank you for contacting us. Goodbye.'],
    ],
    // relabelled: info.source lists "an e-mail or phone contact for a referral", not a postal address, and nothing else in
    // the chat is a source: the referral passes (the Terms count a postal address) but info.source fails
    exp: usual({ source: 'fail', referral: 'pass' }),
  },
  {
    // two parties, one without a way to reach: "every party" fails
    name: 'Prince George\'s, starting a food truck: the health department with a phone, "and ask the folks at SCORE too" with nothing: referral fails',
    lines: [
      [0, 'p', 'what permits do i need to start a food truck in PG county'],
      [29, 'l', "Hi, I'm Derek at Prince George's County Memorial Library System."],
      [35, 'l', "Will you be cooking on the truck or only selling packaged food?"],
      [70, 'p', 'cooking, mostly pupusas'],
      [77, 'l', 'Checking the county site, one sec.'],
      [170, 'l', "Mobile food units need a license from the Health Department's Food Protection program: call them at 301-883-7690. For the business plan, ask the folks at SCORE too, they mentor new food businesses for free. Does that help?"],
      [205, 'p', 'yes thank u, thats all'],
      [210, 'l', 'Good luck with the truck, thanks for chatting!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // (17) the patron's library, by phone, "by Wednesday"; phone repeated back
    name: 'Wicomico, a local history photo: "Your branch\'s local history librarian will ring you on 410-555-0188 by Wednesday": follow-up by the library done',
    lines: [
      [0, 'p', 'Hello. Is there a photo of the old Salisbury train station before it burned?'],
      [33, 'l', "Hello! You've reached Ask Us Now, I'm Siobhan, a librarian from the Eastern Shore regional library."],
      [39, 'l', 'Do you know around what year you are interested in?'],
      [77, 'p', '1910s or 20s. I do not use email, my number is 410-555-0188'],
      [84, 'l', 'Let me look in the Nabb Center catalogue.'],
      [180, 'l', "The Nabb Research Center's digital collections (nabb.salisbury.edu) have two station photos from 1923. Wicomico's local history room may have more prints, so your branch's local history librarian will ring you on 410-555-0188 by Wednesday. Do those two photos help for now?"],
      [214, 'p', 'Yes. That is all I needed.'],
      [220, 'l', 'Thank you for chatting with us. Goodbye!'],
    ],
    over: { ...FU_LIB, followUps: [{ doneAt: at(220 + 26 * HOUR), by: 'jo', note: 'local history called' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (18) a promise, no time, no contact; coded Answered
    name: 'Howard County, a 1970s zoning map: "I\'ll keep digging and get back to you", no contact, no time, coded Answered: code and contact fail',
    lines: [
      [0, 'p', 'looking for the 1974 zoning map of ellicott city'],
      [26, 'l', 'Hi, this is Omar at Howard County Library System.'],
      [32, 'l', 'Do you need the whole county or just the historic district?'],
      [60, 'p', 'historic district'],
      [66, 'l', 'One sec, checking.'],
      [170, 'l', "The county's current zoning maps are at howardcountymd.gov/zoning, but I don't see 1974 there. I'll keep digging and get back to you. Is the current map any help meanwhile?"],
      [205, 'p', 'a bit. thanks, thats all'],
      [210, 'l', 'Thanks, have a good one!'],
    ],
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // (9) archives: "Our archivist, Dr. Mensah, will reach out to you next week at …"
    name: 'Hampton University archives: "Our archivist, Dr. Mensah, will reach out to you next week at pfeng@…", e-mail repeated: follow-up done',
    lines: [
      [0, 'p', 'I am researching a 1930s Hampton Institute choir tour of Europe. Do you have programs or letters?'],
      [44, 'l', 'Hello and welcome to Hampton University Library, this is Ms. Carter, reference librarian.'],
      [51, 'l', 'Which years exactly, and are you interested in the musical programs or the travel correspondence?'],
      [99, 'p', '1930-1932, both ideally. you can reach me at pfeng@wm.edu'],
      [106, 'l', 'Thank you, one moment while I check the finding aids.'],
      [210, 'l', 'The Hampton University Archives finding aid (hamptonu.edu/library/archives) lists a "Choir, 1929-1935" folder. Our archivist, Dr. Mensah, will reach out to you next week at pfeng@wm.edu about what the folder holds. Does that help for now?'],
      [250, 'p', 'Very much. That is all I needed today.'],
      [256, 'l', 'Thank you for contacting Hampton University Library. Goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(256 + 70 * HOUR), by: 'jo', note: 'archivist wrote' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (10) Canadian phone follow-up, "before noon tomorrow"
    name: 'Vancouver PL, a condo bylaw: "I\'ll give you a call back at 604-555-0142 before noon tomorrow": follow-up pending',
    lines: [
      [0, 'p', 'hi there, where can i find the strata bylaws for my building? its in kitsilano'],
      [31, 'l', "Hi! You're chatting with Colin at Vancouver Public Library."],
      [38, 'l', 'Do you know your strata plan number? It starts with LMS or VR.'],
      [80, 'p', 'VR 1234. best # for me is 604-555-0142, i dont check email much'],
      [87, 'l', 'Thanks, let me check LTSA.'],
      [180, 'l', "Registered bylaws are on file with the Land Title and Survey Authority (ltsa.ca); a search costs a fee. I'll check whether our business library has a free way to pull them, and I'll give you a call back at 604-555-0142 before noon tomorrow. Does the LTSA route help in the meantime?"],
      [210, 'p', 'sounds great, thats everything'],
      [216, 'l', 'Perfect, thanks for chatting, talk tomorrow!'],
    ],
    over: FU_ME,
    exp: usual({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // (21) a promise, then the patron goes quiet: check-in at 130 s, disconnect notice at 190 s
    name: 'Carroll County, a tax form: "Leave it with me — you\'ll have it in your inbox by Monday", then the patron goes quiet: check-in and notice pass',
    lines: [
      [0, 'p', 'need the 1998 maryland 502 form instructions for an amended return'],
      [27, 'l', "Hi! I'm Kim, a librarian at Carroll County Public Library."],
      [33, 'l', 'Is it the resident form 502 or the 502X amended one?'],
      [63, 'p', '502X i think. email is wbrandt@comcast.net'],
      [70, 'l', 'Let me check the Comptroller archive.'],
      [160, 'l', "The Comptroller's site (marylandtaxes.gov) only goes back to 2005. Leave it with me: I'll request the 1998 502X from the State Law Library, and you'll have it in your inbox at wbrandt@comcast.net by Monday. Does that help?"],
      [290, 'l', 'Are you still there?'],
      [355, 'l', "It looks like you've disconnected, so I'll end the chat now. Thanks for chatting, and watch for my email by Monday!"],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(355 + 40 * HOUR), by: 'jo', note: 'form sent' }] },
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', contact: 'pass', onTime: 'pass' }),
  },
  {
    // (e)(35) a counterfactual offer, and the library's own archives with a number
    name: 'Goucher College, a 1911 yearbook: "If it were digitized I could email you a scan, but…"; call the Archives reading room at 410-…: referral, no follow-up',
    lines: [
      [0, 'p', 'hi is the 1911 Donnybrooke Fair yearbook online? my great aunt is in it'],
      [27, 'l', "Hi, this is Sam at Goucher College Library. Great question!"],
      [33, 'l', "Do you know her name? I'll check whether she's in the index."],
      [60, 'p', 'Edith Marsh'],
      [66, 'l', 'Checking, one moment.'],
      [150, 'l', "She's in our yearbook index (goucher.edu/library, Special Collections > Yearbooks). If the 1911 volume were digitized I could email you a scan, but it's only in print. You can see it in the Archives reading room: call them at 410-337-6347 to book a seat. Does that answer your question?"],
      [190, 'p', "yes, I'll call them. that's all, thanks"],
      [196, 'l', 'Thanks for chatting, enjoy finding Edith!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // (19) postal only: the patron's contact is an address, no e-mail or phone anywhere: code and contact fail
    name: 'Allegany County, copies of a deed: "I\'ll mail the photocopies to 14 Elm St by Friday", no e-mail or phone anywhere: code and contact fail',
    lines: [
      [0, 'p', 'Hello, I need a copy of the 1952 deed for my farm on Mount Savage Rd. I do not have a computer at home, I am at the senior center.'],
      [38, 'l', "Hello, I'm Doris, a librarian at Allegany County Library System."],
      [44, 'l', 'Do you know the name of the owner in 1952?'],
      [90, 'p', 'My father, Carl Hinkle. Please mail them to me at 14 Elm St, Frostburg MD 21532'],
      [97, 'l', 'Let me check MDLandRec.'],
      [200, 'l', 'The deed is on MDLandRec (mdlandrec.net), Allegany County, Liber 241. I\'ll print it and mail the photocopies to 14 Elm St, Frostburg by Friday. Is that what you needed?'],
      [230, 'p', 'Yes, thank you dear. That is all.'],
      [236, 'l', 'You are very welcome. Thank you for chatting, goodbye!'],
    ],
    over: FU_ME,
    exp: usual({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // (11) "expect to hear from me within 48 hours", code FU, recorded at 30 h
    name: 'Queens Public Library, a citizenship test class: "expect to hear from me within 48 hours" to the e-mail read back: follow-up done',
    lines: [
      [0, 'p', 'hi, is there a free class for the citizenship interview in queens? my english is not so good'],
      [33, 'l', "Hello! Welcome to Queens Public Library chat, I'm Mei."],
      [40, 'l', 'Which neighborhood is best for you, and do you prefer mornings or evenings?'],
      [81, 'p', 'flushing, evenings. my email mr.chowdhury@gmail.com'],
      [88, 'l', 'One moment, I will check the calendar.'],
      [180, 'l', "The New Americans Center lists its citizenship classes at queenslibrary.org/newamericans. The spring evening schedule for Flushing isn't posted yet; I'll ask the center, so expect to hear from me within 48 hours at mr.chowdhury@gmail.com. Does the New Americans page help for now?"],
      [214, 'p', 'ok thank you very much, no more question'],
      [219, 'l', 'Thank you for chatting with us, good luck!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(219 + 30 * HOUR), by: 'jo', note: 'schedule emailed' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  {
    // (40) a named specialist with an e-mail
    name: 'Georgetown, a treaty text: "The person to talk to is Ms. Alvarez in Government Docs, galvarez@…": referral passes',
    lines: [
      [0, 'p', 'where can i find the official text of a 1950s treaty between the US and Panama'],
      [28, 'l', "Hi, I'm Theo, a reference librarian at Georgetown University Library."],
      [34, 'l', 'Do you know the year or the treaty name?'],
      [66, 'p', '1955, the Remon-Eisenhower one'],
      [73, 'l', 'One moment.'],
      [160, 'l', 'It is in United States Treaties and Other International Agreements (UST), vol. 6, available in HeinOnline from our databases page. If you need the Spanish text, the person to talk to is Ms. Alvarez in Government Docs, galvarez@georgetown.edu. Did that help?'],
      [200, 'p', 'yes, thanks. thats all i need'],
      [206, 'l', 'Thank you, have a great evening!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

export const short: SessionCase[] = [
  {
    // (12) "I'll send that over tomorrow morning" with the e-mail given; coded Answered
    name: '"I\'ll send that over tomorrow morning" after the patron\'s e-mail, coded Answered: contact passes, code fails',
    lines: [
      [0, 'p', 'can u find the 1985 city council minutes about the skate park? email is tkaplan@aol.com'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which city, Rockville?'],
      [40, 'p', 'yes'],
      [50, 'l', "The minutes are in the city's archive at rockvillemd.gov. I'll pull the 1985 ones and send that over tomorrow morning."],
      [70, 'p', 'thx'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // (13) chat-speak promise with "once I track it down": reading: no when
    name: '"ill shoot u an email once i track it down" with the e-mail read back, no time: contact fails',
    lines: [
      [0, 'p', 'looking for a pic of the 1977 flood in my town'],
      [20, 'l', 'hey! Jo from Sample County Library here. which town?'],
      [40, 'p', 'ellicott city. my email is sunnyd77@hotmail.com'],
      [50, 'l', 'ok sunnyd77@hotmail.com, ill shoot u an email once i track it down'],
      [70, 'p', 'ty'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // (14) British "by close of play Friday"
    name: '"We\'ll be in touch by close of play Friday", e-mail confirmed: contact passes',
    lines: [
      [0, 'p', 'Could you check whether the library holds the 1851 census for Bath on microfilm? My email is h.pryce@gmail.com'],
      [22, 'l', 'Good afternoon, Jo from Sample Libraries. Is it the whole of Bath or a particular parish?'],
      [50, 'p', 'Walcot parish'],
      [60, 'l', "I'll ask our local studies team to check the film. We'll be in touch by close of play Friday at h.pryce@gmail.com."],
      [80, 'p', 'Lovely, thanks'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // (15) non-native English "Kindly expect my mail by tomorrow"
    name: '"Kindly expect my mail by tomorrow." after "my mail id is …": contact passes',
    lines: [
      [0, 'p', 'sir i need the list of journals on textile engineering indexed in scopus. my mail id is anand.t@psgtech.ac.in'],
      [25, 'l', 'Good morning, I am Jo, librarian. You need only the Scopus-indexed ones, correct?'],
      [50, 'p', 'yes sir'],
      [60, 'l', 'Kindly expect my mail by tomorrow with the full list.'],
      [80, 'p', 'thank you sir'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', onTime: 'pending' }),
  },
  {
    // (16) a text to the number repeated back, "tonight"
    name: '"I\'ll text you at 443-555-0119 tonight with the hours": contact passes',
    lines: [
      [0, 'p', 'r the holiday hours for the branch out yet'],
      [20, 'l', 'Hi! Jo at Sample County Library. Which branch?'],
      [40, 'p', 'glen burnie. just text me, 443-555-0119'],
      [50, 'l', "They aren't posted yet. I'll check with the branch and text you at 443-555-0119 tonight with the hours."],
      [70, 'p', 'ok'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // (20) reading: "as soon as I can" says no when
    name: '"I\'ll get this to you as soon as I can" with the e-mail given: no when, contact fails',
    lines: [
      [0, 'p', 'i need the list of all the poets laureate of maryland. email me at lbrooks@umd.edu'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you need their dates of service too?'],
      [40, 'p', 'yes'],
      [50, 'l', "I'll put the list together and get this to you as soon as I can at lbrooks@umd.edu."],
      [70, 'p', 'great'],
    ],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    // the code alone makes a follow-up session; no contact anywhere
    name: 'coded Follow-up by me, no promise and no contact anywhere: code and contact fail',
    lines: [
      [0, 'p', 'what year did the bay bridge open'],
      [20, 'l', 'Hi, Jo at Sample County Library. The first span, or the second?'],
      [40, 'p', 'first'],
      [50, 'l', 'The first span opened in July 1952, per the MDTA history page at mdta.maryland.gov.'],
      [70, 'p', 'thanks'],
    ],
    over: FU_ME,
    exp: some({ code: 'fail', contact: 'fail', onTime: 'pending' }),
  },
  {
    // a phone only in the patron fields, never in the chat: code passes, contact fails
    name: 'coded Follow-up by patron\'s library, "by Friday", phone only in the patron fields: code passes, contact fails',
    lines: [
      [0, 'p', 'does my library have a notary'],
      [20, 'l', 'Hi, Jo at Ask Us. Which library is yours?'],
      [40, 'p', 'laurel branch'],
      [50, 'l', "I'm not sure, so someone from the Laurel branch will contact you by Friday."],
      [70, 'p', 'ok thanks'],
    ],
    over: { ...FU_LIB, patron: { name: null, email: null, phone: '301-555-0177' } },
    exp: some({ code: 'pass', contact: 'fail' }),
  },
  {
    name: 'coded Lost Call though the patron wrote twice: code fails',
    lines: [
      [0, 'p', 'hi'],
      [8, 'p', 'do u have passport photos'],
      [40, 'l', 'Hi, Jo at Sample County Library. Are you still there?'],
    ],
    over: { resolutionCode: 'Lost Call', endAfter: 200 },
    exp: some({ code: 'fail' }),
  },
  {
    name: 'a resolution code left empty: code fails',
    lines: [
      [0, 'p', 'when does the book sale start'],
      [20, 'l', 'Hi, Jo at Sample County Library. The Friends book sale starts Saturday at 9, see samplecountylibrary.org/friends.'],
      [40, 'p', 'thx'],
    ],
    over: { resolutionCode: '' },
    exp: some({ code: 'fail' }),
  },
  {
    // (27) "your best bet is the county clerk, 410-…"
    name: '"your best bet is the county clerk, 410-535-1600": referral passes',
    lines: [
      [0, 'p', 'how do i find out who owns the empty lot next to me'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which county are you in?'],
      [40, 'p', 'calvert'],
      [50, 'l', 'SDAT\'s real property search at sdat.dat.maryland.gov shows the owner. If it is listed under an estate, your best bet is the county clerk, 410-535-1600.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (32) chat-speak referral with no way to reach
    name: '"pls contact ur school librarian, she can get u into the database": no way to reach, referral fails',
    lines: [
      [0, 'p', 'how do i get into jstor from home, im in 11th grade'],
      [20, 'l', 'hi! Jo @ Ask Us here. is it for a class?'],
      [40, 'p', 'ya ap history'],
      [50, 'l', 'pls contact ur school librarian, she can get u into the database. in the meantime try JSTOR\'s free early journal content at jstor.org'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (33) non-native English referral with a phone
    name: '"I would suggest you approach the Embassy of Poland, consular section, tel. 202-499-1700": referral passes',
    lines: [
      [0, 'p', 'how to get polish citizenship by descent, my grandfather was born in krakow'],
      [20, 'l', 'Hello, I am Jo, librarian. Do you have his birth certificate?'],
      [40, 'p', 'no'],
      [50, 'l', 'For this matter I would suggest you approach the Embassy of Poland, consular section, tel. 202-499-1700. They will tell you the documents required.'],
      [70, 'p', 'thanks'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (34)
    name: '"drop them a line at info@hsmc.org, they\'re lovely": referral passes',
    lines: [
      [0, 'p', 'who would know about the 1634 landing at st clements island'],
      [20, 'l', 'Hi, Jo at Sample County Library! Is this for a school project?'],
      [40, 'p', 'no just curious'],
      [50, 'l', "Historic St. Mary's City has a whole team on it: drop them a line at info@hsmc.org, they're lovely."],
      [70, 'p', 'cool'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (37) student register, a help desk with a number
    name: '"hit up the IT help desk, their number\'s 410-704-5151": referral passes',
    lines: [
      [0, 'p', 'my laptop wont connect to campus wifi in the library'],
      [20, 'l', 'hey, Jo at the Cook Library desk. is it a mac or windows?'],
      [40, 'p', 'mac'],
      [50, 'l', "that's an OTS thing, hit up the IT help desk, their number's 410-704-5151"],
      [70, 'p', 'k'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (38) British register, a phone with spaces
    name: '"Try the Land Registry — they\'re on 0300 006 0411": referral passes',
    lines: [
      [0, 'p', 'How can I find out who owned my house in 1930?'],
      [20, 'l', 'Hello, Jo at the Local Studies Library. Is the property registered, do you know?'],
      [40, 'p', 'I think so'],
      [50, 'l', "Try the Land Registry — they're on 0300 006 0411 — and ask for the historical title."],
      [70, 'p', 'Thank you'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (39) "ask the reference desk at your local branch", no way to reach
    name: '"ask the reference desk at your local branch about a proctor": no way to reach, referral fails',
    lines: [
      [0, 'p', 'can a librarian proctor my exam'],
      [20, 'l', 'Hi, Jo at Ask Us. Is it a paper exam?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Policies differ by branch, so ask the reference desk at your local branch about a proctor.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    // (41) "you'd want to check with Vital Records" with a postal address
    name: '"you\'d want to check with Vital Records; their office is at 6550 Reisterstown Rd, Baltimore": referral passes',
    lines: [
      [0, 'p', 'need my birth certificate fast for a passport'],
      [20, 'l', 'Hi, Jo at Sample County Library. Were you born in Maryland?'],
      [40, 'p', 'yes'],
      [50, 'l', "You'd want to check with Vital Records; their office is at 6550 Reisterstown Rd, Baltimore, and they do same-day copies."],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // (42) chat-speak with an e-mail
    name: '"get in touch w/ the financial aid office, finaid@umbc.edu": referral passes',
    lines: [
      [0, 'p', 'does the library have scholarships for transfer students'],
      [20, 'l', 'hi! Jo at UMBC Library. are u already admitted?'],
      [40, 'p', 'yes'],
      [50, 'l', 'the library doesnt give them, get in touch w/ the financial aid office, finaid@umbc.edu'],
      [70, 'p', 'thx'],
    ],
    exp: some({ referral: 'pass' }),
  },
  // ---- near misses -----------------------------------------------------------------------------------------------------
  {
    // (i) a party named only to say it will not help
    name: 'near miss: "Don\'t bother calling the DMV, they can\'t help with that" and a web form: no referral',
    lines: [
      [0, 'p', 'how do i get my old driving record from 1990'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a Maryland record?'],
      [40, 'p', 'yes'],
      [50, 'l', "Don't bother calling the DMV, they can't help with that; records that old are requested through the MVA's online form at mva.maryland.gov/records."],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // (j) staff consulted on the patron's behalf
    name: 'near miss: "I checked with our archivist and she says the box is empty": staff consulted, no referral, no promise',
    lines: [
      [0, 'p', 'do you have letters from the 1918 flu at the county poor farm'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which county?'],
      [40, 'p', 'this one'],
      [50, 'l', 'Let me ask.'],
      [110, 'l', 'I checked with our archivist and she says the poor farm box has only ledgers, no letters. The ledgers are listed in our finding aid at samplecountylibrary.org/archives.'],
      [140, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', contact: 'na', onTime: 'na' }),
  },
  {
    // (k) a web page of an agency is a source, not a referral
    name: 'near miss: "the Contact Us page at comptroller.marylandtaxes.gov lists the forms": a web page, no referral',
    lines: [
      [0, 'p', 'where do i get maryland tax forms'],
      [20, 'l', 'Hi, Jo at Sample County Library. For this year?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The Forms page at marylandtaxes.gov has all of them as PDFs.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // (l) "get back to" a search is a hold, not a promise
    name: 'near miss: "I\'ll get back to searching, one sec": no follow-up',
    lines: [
      [0, 'p', 'do u have any books on sourdough'],
      [20, 'l', 'Hi, Jo at Sample County Library. Beginner or advanced?'],
      [40, 'p', 'beginner. sorry my cat walked on the keyboard'],
      [50, 'l', "Ha, no problem! I'll get back to searching, one sec."],
      [100, 'l', 'Flour Water Salt Yeast by Ken Forkish is in at Main, search it at samplecountylibrary.org. Does that help?'],
      [130, 'p', 'yes'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },
  {
    // (c) the app's notice
    name: 'near miss: "The Libby app will send you a notification when your hold is ready": no follow-up',
    lines: [
      [0, 'p', 'how do i know when my ebook hold comes in'],
      [20, 'l', 'Hi, Jo at Sample County Library. Are you using Libby?'],
      [40, 'p', 'yes'],
      [50, 'l', 'The Libby app will send you a notification when your hold is ready, and it shows under Shelf > Holds.'],
      [70, 'p', 'ok thx'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // (f) past: the provider already e-mailed
    name: 'near miss: "I emailed you that list on Monday, did it arrive?": past, no follow-up',
    lines: [
      [0, 'p', 'hi its me again about the quilting books'],
      [20, 'l', 'Hi, Jo at Sample County Library! I emailed you that list on Monday, did it arrive?'],
      [40, 'p', 'no, check my spam?'],
      [50, 'l', 'Probably the spam folder. The same list is on our Quilting guide at samplecountylibrary.org/quilting.'],
      [70, 'p', 'found it thx'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // (m) a refusal
    name: 'near miss: "I can\'t email attachments from the chat, sorry": no follow-up',
    lines: [
      [0, 'p', 'can u email me the pdf of the bus map'],
      [20, 'l', 'Hi, Jo at Sample County Library. Which route?'],
      [40, 'p', 'the 35'],
      [50, 'l', "I can't email attachments from the chat, sorry, but the map is at mta.maryland.gov/schedules/35."],
      [70, 'p', 'ok'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // (o) a due date is not when information will come; no promise either
    name: 'near miss: "Your books are due back by Friday" after the e-mail given: no follow-up',
    lines: [
      [0, 'p', 'when are my books due? my email on the account is bfarris@verizon.net'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it the card ending 4471?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Your books are due back by Friday; you can renew them under My Account at samplecountylibrary.org.'],
      [70, 'p', 'thx'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // (p) the patron's own plan
    name: 'near miss: patron "my email is broken lol, I\'ll check later": no follow-up',
    lines: [
      [0, 'p', 'did my ILL come in'],
      [20, 'l', 'Hi, Jo at Sample County Library. What was the title?'],
      [40, 'p', 'the overstory. my email is broken lol, ill check later'],
      [50, 'l', 'It arrived yesterday and is on the hold shelf at Main; My Account at samplecountylibrary.org shows it too.'],
      [70, 'p', 'yay'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // (q) someone else's past e-mail
    name: 'near miss: "The registrar emailed everyone about it last week": past, someone else, no referral, no promise',
    lines: [
      [0, 'p', 'is the library open during finals weekend'],
      [20, 'l', 'Hi, Jo at the Campus Library. This semester?'],
      [40, 'p', 'yes'],
      [50, 'l', 'Yes, 24 hours; the registrar emailed everyone about it last week, and the hours are at library.example.edu/hours.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ contact: 'na', referral: 'na', code: 'pass' }),
  },
  {
    // (n) "follow" a link
    name: 'near miss: "Follow the link and you\'ll see the form; I\'ll stay on while you look": no follow-up',
    lines: [
      [0, 'p', 'how do i request a book we dont have'],
      [20, 'l', 'Hi, Jo at Sample County Library. Is it a book or an article?'],
      [40, 'p', 'book'],
      [50, 'l', "Follow the link samplecountylibrary.org/ill and you'll see the form; I'll stay on while you look."],
      [70, 'p', 'got it'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
];

/**
 * Second batch, written after the first run (labelled from RUBRIC.md all the same, before running them): more ways to say
 * the same things, and near misses of them.
 */
const ASK: Line[] = [
  [0, 'p', 'im trying to find the deed for my great grandparents farm, around 1905'],
  [20, 'l', 'Hi, Jo at Sample County Library. Which county was the farm in?'],
  [40, 'p', 'carroll. my email is ggarner@verizon.net'],
];
export const second: SessionCase[] = [
  {
    // (43) British "come back to you"
    name: '"Leave it with me and I\'ll come back to you by Tuesday" after the e-mail: contact passes',
    lines: [...ASK, [50, 'l', "The land records index at mdlandrec.net goes back that far but it's patchy. Leave it with me and I'll come back to you by Tuesday."], [70, 'p', 'thank you']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // (44) "drop you a line"
    name: '"I\'ll drop you a line tomorrow with the liber and folio" coded Answered: a promise, code fails',
    lines: [...ASK, [50, 'l', "I'll look through the grantee index and drop you a line tomorrow with the liber and folio."], [70, 'p', 'great']],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // (45) "You'll hear from me by end of week"
    name: '"You\'ll hear from me by end of week." after the e-mail: contact passes',
    lines: [...ASK, [50, 'l', "The 1905 deeds aren't online, so I'll check the microfilm. You'll hear from me by end of week."], [70, 'p', 'ok']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // (46) "I'll be in touch" with no time, coded Answered
    name: '"I\'ll be in touch!" with no time, coded Answered: contact and code fail',
    lines: [...ASK, [50, 'l', "Those deeds are on microfilm at our Westminster branch. I'll have a look at the reels and be in touch!"], [70, 'p', 'ok thx']],
    exp: some({ contact: 'fail', code: 'fail' }),
  },
  {
    // (47) the library's ILL team "once it's in": a person's promise (not the system's), no time
    name: '"Our ILL team will reach out once it\'s in" to the e-mail given: a promise with no time, contact fails',
    lines: [...ASK, [50, 'l', "I've asked the State Archives for the film of Liber 97; our ILL team will reach out once it's in."], [70, 'p', 'ok']],
    over: FU_ME,
    exp: some({ contact: 'fail', code: 'pass' }),
  },
  {
    // (48) "forward what I find to your inbox first thing Monday"
    name: '"I\'ll forward what I find to your inbox first thing Monday": contact passes',
    lines: [...ASK, [50, 'l', "I'll check the 1900-1910 grantee books and forward what I find to your inbox first thing Monday."], [70, 'p', 'perfect']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // (49) macro "will be in touch within 3-5 business days"
    name: 'macro "A member of our Special Collections staff will be in touch within 3-5 business days.": contact passes',
    lines: [...ASK, [50, 'l', 'Thank you for your question. A member of our Special Collections staff will be in touch within 3-5 business days.'], [70, 'p', 'ok']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // (50) relayed to a volunteer who will phone, the phone given
    name: '"I\'ve passed this on to our genealogy volunteer; she\'ll ring you Saturday morning" to the number given: contact passes',
    lines: [
      [0, 'p', 'need help finding my grandfathers ship from italy, 1912. i dont do email, call me 410-555-0160'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you know the port he arrived at?'],
      [40, 'p', 'new york i think'],
      [50, 'l', "I've passed this on to our genealogy volunteer; she'll ring you Saturday morning at 410-555-0160."],
      [70, 'p', 'thank you'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // (51) "Let me get back to you on that", no time
    name: '"Let me get back to you on that." with no time: contact fails',
    lines: [...ASK, [50, 'l', "Hmm, I'm not sure we have 1905. Let me get back to you on that."], [70, 'p', 'ok']],
    over: FU_ME,
    exp: some({ contact: 'fail' }),
  },
  {
    // (52) chat-speak "will msg u tmrw"
    name: '"gonna need to dig more, will msg u tmrw" after the e-mail: contact passes',
    lines: [...ASK, [50, 'l', 'gonna need to dig more, will msg u tmrw'], [70, 'p', 'k']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // (53) the patron asks to be e-mailed; the provider agrees with a time
    name: 'patron "can u just email me when u find it?" — "Will do, by Friday at the latest!": a promise, contact passes',
    lines: [...ASK, [50, 'l', "The 1905 deeds are on film, not online."], [60, 'p', 'can u just email me when u find it?'], [70, 'l', 'Will do, by Friday at the latest!'], [90, 'p', 'ty']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
  {
    // (54) "in the next day or two"
    name: '"Expect an email from me in the next day or two." : contact passes',
    lines: [...ASK, [50, 'l', "I'll ask our Maryland Room staff. Expect an email from me in the next day or two."], [70, 'p', 'thanks']],
    over: FU_ME,
    exp: some({ contact: 'pass' }),
  },
  {
    // (55) "Give the Register of Wills a buzz at …"
    name: '"Give the Register of Wills a buzz at 410-386-2770, they keep estate files": referral passes',
    lines: [...ASK, [50, 'l', 'If the farm passed by will, give the Register of Wills a buzz at 410-386-2770, they keep estate files from the 1800s.'], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    // (56) "would be the people to ask", no contact
    name: '"The Historical Society of Carroll County would be the people to ask." with no way to reach: referral fails',
    lines: [...ASK, [50, 'l', 'For old farm maps, the Historical Society of Carroll County would be the people to ask.'], [70, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    // (57) "I'd point you to … 410-…"
    name: '"I\'d point you to the Law Library\'s self-help center, 410-260-1430": referral passes',
    lines: [...ASK, [50, 'l', "For whether the deed is still valid, I'd point you to the Law Library's self-help center, 410-260-1430."], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    // (58) "Shoot an email to …"
    name: '"Shoot an email to hscc@carr.org with the names": referral passes',
    lines: [...ASK, [50, 'l', 'The historical society has farm files. Shoot an email to hscc@carr.org with the names.'], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    // (59) British "Citizens Advice", no contact
    name: '"Head to Citizens Advice, they\'re brilliant with boundary disputes": no way to reach, referral fails',
    lines: [...ASK, [50, 'l', "If it's a boundary dispute now, head to Citizens Advice, they're brilliant with boundary disputes."], [70, 'p', 'ok']],
    exp: some({ referral: 'fail' }),
  },
  {
    // (60) a named specialist, directly
    name: '"Reach out to Dr. Lin directly: ylin@mcdaniel.edu": referral passes',
    lines: [...ASK, [50, 'l', 'Dr. Lin at McDaniel College studies Carroll County farms. Reach out to Dr. Lin directly: ylin@mcdaniel.edu.'], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
  {
    // near miss (r): "I'll be right back with that" is a hold inside the chat
    name: 'near miss: "I\'ll be right back with that, still searching" then the answer: no follow-up',
    lines: [...ASK, [50, 'l', "I'll be right back with that, still searching."], [110, 'l', 'Found it: Liber 97, folio 212, on mdlandrec.net. Does that help?'], [130, 'p', 'yes!']],
    exp: some({ contact: 'na', code: 'pass', onTime: 'na' }),
  },
  {
    // near miss (s): reading: "get back to you in a sec" stays inside the chat
    name: 'near miss: "I\'ll get back to you in a sec, the index is slow" then the answer: no follow-up',
    lines: [...ASK, [50, 'l', "I'll get back to you in a sec, the index is slow."], [100, 'l', 'Here it is: Liber 97, folio 212, on mdlandrec.net. Does that help?'], [120, 'p', 'yes']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss (t): a past counterfactual
    name: 'near miss: "I\'d have emailed you the index last week, but I didn\'t have your address" then the answer now: no follow-up',
    lines: [...ASK, [50, 'l', "I'd have emailed you the index last week, but I didn't have your address. It's Liber 97, folio 212, on mdlandrec.net."], [70, 'p', 'thx']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss (u): an agency named only to say it won't help
    name: 'near miss: "The registrar won\'t be able to help with a library fine." no referral',
    lines: [
      [0, 'p', 'i have a $40 library fine, can the registrar take it off'],
      [20, 'l', "Hi, Jo at the Campus Library. Is it for a lost book?"],
      [40, 'p', 'yes'],
      [50, 'l', "The registrar won't be able to help with a library fine. You can pay or appeal it under My Account at library.example.edu."],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
];

/** Near misses of this block's changes. */
export const guards: SessionCase[] = [
  {
    // near miss for B5 `notPromise` (the counterfactual): the "but" clause promises
    name: 'near miss: "If the 1911 volume were digitized I could email you a scan, but since it isn\'t, I\'ll scan the page myself and email it to you by Friday": a promise',
    lines: [
      [0, 'p', 'is the 1911 yearbook online? my email is edie.m@gmail.com'],
      [20, 'l', 'Hi, Jo at the College Library. Do you know which page?'],
      [40, 'p', 'no, just Edith Marsh'],
      [50, 'l', "If the 1911 volume were digitized I could email you a scan, but since it isn't, I'll scan the page myself and email it to you by Friday."],
      [70, 'p', 'thank you!'],
    ],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass', onTime: 'pending' }),
  },
  {
    // near miss for B5 `notPromise` (the counterfactual): an indicative condition still promises
    name: 'near miss: "If the archivist is in tomorrow, I\'ll email you a scan by noon." a promise, coded Answered: code fails',
    lines: [
      [0, 'p', 'can i see the 1911 yearbook? edie.m@gmail.com'],
      [20, 'l', 'Hi, Jo at the College Library. Are you after one person?'],
      [40, 'p', 'Edith Marsh'],
      [50, 'l', "If the archivist is in tomorrow, I'll email you a scan by noon."],
      [70, 'p', 'great'],
    ],
    exp: some({ contact: 'pass', code: 'fail' }),
  },
  {
    // near miss for B5 `notPromise` (the counterfactual), a contraction: "I'd" as well as "I could"
    name: '"If we had a copy I\'d mail it to you, but we don\'t." a counterfactual: no follow-up',
    lines: [
      [0, 'p', 'do you have the 1966 phone book for towson'],
      [20, 'l', 'Hi, Jo at Sample County Library. The white pages or yellow pages?'],
      [40, 'p', 'white'],
      [50, 'l', "If we had a copy I'd mail it to you, but we don't. The 1966 directory is on Ancestry Library Edition, which you can use from our databases page."],
      [70, 'p', 'ok'],
    ],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss for B5 `referralParty` ("registry"): a registry's database is a source
    name: 'near miss: "Try the state death registry database on FamilySearch (familysearch.org)": a database, no referral',
    lines: [
      [0, 'p', 'looking for my great uncles death date, ohio 1940s'],
      [20, 'l', 'Hi, Jo at Sample County Library. Do you know the county?'],
      [40, 'p', 'no'],
      [50, 'l', 'Try the state death registry database on FamilySearch (familysearch.org): the Ohio Deaths 1908-1953 collection is free.'],
      [70, 'p', 'ok'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for B5 `followupPromise` ("and be in touch"): in touch with staff, not the patron
    name: 'near miss: "I\'ll stay on the chat and get in touch with the branch manager, one moment." no follow-up',
    lines: [...ASK, [50, 'l', "I'll stay on the chat and get in touch with the branch manager, one moment."], [100, 'l', 'She says the 1905 deed books are on mdlandrec.net, Liber 97. Does that help?'], [120, 'p', 'yes']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss for B5 `followupPromise` ("and be in touch"): the patron's own contact with the branch
    name: 'near miss: "You\'ll find the reels at Westminster and can get in touch with the branch there." no follow-up',
    lines: [...ASK, [50, 'l', "The 1905 deed books are on microfilm. You'll find the reels at Westminster and can get in touch with the branch there at 410-386-4490."], [70, 'p', 'ok']],
    // (its referral, read as none, is in LEFT)
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss for B5 `referralVerb` ("shoot an email to"): the provider writing to staff
    name: 'near miss: "I\'ll shoot an email to our cataloguer, one moment." staff consulted, no referral',
    lines: [...ASK, [50, 'l', "I'll shoot an email to our cataloguer, one moment."], [100, 'l', 'She says Liber 97 on mdlandrec.net has it. Does that help?'], [120, 'p', 'yes']],
    exp: some({ referral: 'na' }),
  },
  {
    // near miss for B5 `referralVerb` ("point you to"): a publication, no party
    name: 'near miss: "I\'d point you to table 12 of the Statistical Abstract" names no party: no referral',
    lines: [...ASK, [50, 'l', "For farm values in 1905, I'd point you to table 12 of the Statistical Abstract at census.gov."], [70, 'p', 'ok']],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    // near miss for B5 `agreedRequestB5`: the agreement says it is done now
    name: 'near miss: "can u email me the index page when u find it?" — "Will do — sent just now, check your inbox." no follow-up',
    lines: [...ASK, [50, 'l', 'Found it on mdlandrec.net, Liber 97.'], [60, 'p', 'can u email me the index page when u find it?'], [70, 'l', 'Will do — sent just now, check your inbox.'], [90, 'p', 'got it']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // near miss for B5 `agreedRequestB5`: the system's automatic notice
    name: 'near miss: "could you let me know when my ILL comes in?" — "Of course — the system emails you automatically." no follow-up',
    lines: [...ASK, [50, 'l', "I've requested the land record book through interlibrary loan."], [60, 'p', 'could you let me know when it comes in?'], [70, 'l', 'Of course — the system emails you automatically when it is on the hold shelf.'], [90, 'p', 'ok']],
    exp: some({ contact: 'na', code: 'pass' }),
  },
  {
    // B5 `agreedRequestB5`, another shape: the phone given in the request, "Sure thing, tomorrow afternoon"
    name: '"could you call me if the film turns up? 410-555-0133" — "Sure thing, tomorrow afternoon at the latest.": a promise, contact passes',
    lines: [...ASK, [50, 'l', 'The 1905 film may be at the State Archives.'], [60, 'p', 'could you call me if the film turns up? 410-555-0133'], [70, 'l', 'Sure thing, tomorrow afternoon at the latest.'], [90, 'p', 'thanks']],
    over: FU_ME,
    exp: some({ contact: 'pass', code: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // LEFT: referral passes. "You'll find the reels at Westminster and can get in touch with the branch there at 410-…" tells
    // the patron they can contact the branch, with a number; the scorer reads no referral in "you'll … and can get in touch
    // with" (a verb of getting in touch after "and can", with "you'll" far before it): an older reading of the subject
    name: '"You\'ll find the reels at Westminster and can get in touch with the branch there at 410-386-4490.": referral passes',
    lines: [...ASK, [50, 'l', "The 1905 deed books are on microfilm. You'll find the reels at Westminster and can get in touch with the branch there at 410-386-4490."], [70, 'p', 'ok']],
    exp: some({ referral: 'pass' }),
  },
];

describe('twenty-sixth round (B5): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B5): follow-ups, referrals and contact details, every check', whole);
describeSessions('twenty-sixth round (B5): follow-ups, referrals and contact details, short cases', short);
describeSessions('twenty-sixth round (B5): follow-ups, referrals and contact details, second batch', second);
describeSessions('twenty-sixth round (B5): follow-ups, referrals and contact details, near misses of the changes', guards);

describeLeft('twenty-sixth-round-promising', LEFT);
