/**
 * Twenty-sixth round, area (B3): SOURCES. Every way a provider gives a source in a real chat (`info.source`, and through
 * the first source `inquiry.clarify` and `followup.completeness`), and the near misses that use the same words for
 * something else. A paraphrase sweep: the same behaviour in many registers.
 *
 * Ways providers (and patrons) express the behaviours, collected before writing the sessions:
 *  1. full URL in a sentence ("Plan Finder at medicare.gov/plan-compare")
 *  2. bare domain, terse ("try kcls.org, search …")
 *  3. shortened link alone in its own message ("tinyurl.com/…", "bit.ly/…")
 *  4. "here u go:" then the link alone in the next message
 *  5. the link alone after "The holiday schedule is here:"
 *  6. catalogue record URL ("Catalog record: https://…bibliocommons.com/v2/record/…")
 *  7. Dewey call number with cutter ("746.432 SOC")
 *  8. LC call number ("BF637.S8 D43 2006")
 *  9. fiction / language call number ("SP FIC GARCIA")
 * 10. database with the path in words ("From our homepage, click Research, then Online Resources A-Z, then …")
 * 11. database with a breadcrumb ("Databases > O > Oxford English Dictionary")
 * 12. database named alone ("Our Auto Repair Source database has the Chilton manual")
 * 13. student worker's path ("go to the library site, click Databases, find PsycINFO, thats the one for psych stuff")
 * 14. book with author, chapter and pages (formal: "chapter 1, pp. 3-14")
 * 15. style manual section ("section 14.106 of The Chicago Manual of Style, 17th edition")
 * 16. book with ISBN, no author ("ISBN 978-0-13-489572-0")
 * 17. article with journal, year and DOI, no URL
 * 18. DOI to paste into the library's search box on a domain
 * 19. government site with a path (ssa.gov/myaccount, gov.uk/…, irs.gov)
 * 20. Canadian statistics site ("According to Statistics Canada, … (Census Profile, www12.statcan.gc.ca)")
 * 21. British "Have a look at the Citizens Advice pages …, citizensadvice.org.uk, under Housing > …"
 * 22. British "According to A Vision of Britain Through Time (visionofbritain.org.uk)"
 * 23. Australian "I found this in Trove: … trove.nla.gov.au/newspaper/article/…"
 * 24. Australian "Pop over to our One Search catalogue and search …"
 * 25. LibGuide with a URL ("Our Nursing LibGuide has an Evidence-Based Practice tab … guides…/nursing/ebp")
 * 26. "I found this in the Oxford English Dictionary …"
 * 27. a numbered list of books by their authors, then a read-alikes database
 * 28. a list of several genealogy databases in one sentence
 * 29. source sent by e-mail, done ("I've just emailed two to your student address from our CINAHL Complete database")
 * 30. source sent by e-mail, chat-speak ("Just sent a PDF to the email on your account, it's from Academic Search Premier")
 * 31. scripted macro with a typed placeholder ("Here is a resource that may help: [url]")
 * 32. cooperative backup staff from another state ("I'm in Ohio, not at Hennepin County Library … Go to hclib.org, …")
 * 33. non-native English ("Is "Cien años de soledad" by Gabriel García Márquez, in the Main Library, … call number …")
 * 34. a referral's phone as the source ("Call them at 410-222-1430, or visit them at 8 Church Circle")
 * 35. British referral's phone and a page ("Ring HM Land Registry on 0300 006 0411, or search … at gov.uk/…")
 * 36. a referral's e-mail ("write to her at archives@talbotcountymd.gov")
 * 37. a login page URL ("Log in at https://lapl.org/login")
 * 38. the library's own domain in the greeting macro ("Welcome to Ask Us 24/7 (askus247.org)!")
 * 39. a domain in the provider's signature under an answer from memory ("-- Jo, Ask Us, askus.example.org")
 * 40. a source given with a deed site and a promise to e-mail more (mdlandrec.net, then "I'll … e-mail you")
 * 41. restating before the source ("So you're after 1940s Dayton city directories …")
 * 42. "Try data.census.gov … Which county are you after?" (the source before the question)
 * 43. a chat widget's Markdown link ("[Libby](https://libbyapp.com)")
 * 44. a permalink in angle brackets ("Here's the permalink: <https://…>")
 * 45. a newspaper page in a database ("page 3 of the Baltimore Sun, May 4, 1968, in ProQuest Historical Newspapers")
 * 46. "I'd suggest the Encyclopedia of Chicago (encyclopedia.chicagohistory.org), the entry on …"
 * 47. "USA.gov has a page for that: usa.gov/replace-vital-documents"
 * 48. "You'll find it in JSTOR: search the title in quotes"
 * 49. a domain spelled out for a screen reader ("Go to kcls dot org, then the Research menu, …")
 * 50. a research guide with its breadcrumb ("the Genealogy research guide on our site (Research > Guides > Genealogy)")
 * Near misses (the same words, no source by RUBRIC.md's text):
 *  a. "Honestly you could just google it for the rest" (Google named, no way to reach it)
 *  b. "Just google "VITA near me" and put in your zip code"
 *  c. the patron pastes the URL; the provider says "the link you pasted is the IRS's real Direct Pay page"
 *  d. the patron's URL of a form; "the DS-82 you found is the right one"
 *  e. "Just sign into your account and everything you have out is listed there" (the patron's account, no page named)
 *  f. "I searched WorldCat and the Access PA catalog, and neither lists …" (named only to say they lack it)
 *  g. "Sorry, it's not in our catalog yet; it's on order." (the catalogue named only to say it is not there)
 *  h. "According to the CDC, …" (an organisation, no way to reach it)
 *  i. "The Texas Department of State Health Services has the full list" (an agency, no way to reach it)
 *  j. "you'd need to contact the Mobile County Probate Court" (a referral without a contact: no source either)
 *  k. "Try Libby, you just need your library card." (an app named without a way to reach it)
 *  l. "Most professors won't accept Wikipedia, so I'd avoid citing it." (named to be rejected, no way to reach it)
 *  m. "Did you already check the catalog?" (a question, no source given)
 *  n. "I'll pull together some links and email them to you tomorrow." (a promise of sources, none given)
 *  o. "Thanks! Chat with us again anytime at hclibrary.org/ask." (the chat's own link back, v15 O4)
 *  p. "We have a good number on beekeeping at most branches." (holdings mentioned, nothing named)
 *  q. "That link you've sent goes to the state's real renewal page" (the patron's link)
 *  r. "Our website has a page on that somewhere." (no address, no path)
 *  s. "You could ask at your local library for a copy." (a referral with no contact, no source)
 *  t. "We have a great selection of Korean cookbooks at Main too." (holdings, no goodbye: "have a great …")
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (each also at its case):
 * - any URL or domain the provider sends is "a URL or domain", whatever page it is: a login page or the patron's
 *   account page at a URL, a privacy link or the library's domain in the greeting macro, a domain in a signature (the
 *   fifteenth and twenty-fourth rounds read them so). Only v15 O4's chat link back ("chat with us again at …") is none.
 *   So a domain in the greeting is the first source, and a clarifying question after it comes too late;
 * - a URL only the patron sends is no source: the check asks the provider to give one;
 * - a resource named only to say it does not have the answer ("neither lists it", "not in our catalog yet") gives the
 *   patron nothing to use: no source (the twenty-fifth round read "Our catalog doesn't show any copies" so and left it);
 * - Google, Libby, Wikipedia, the CDC and a state agency named without a URL, phone or path are "an organisation or
 *   app named without a way to reach it": no source; a database named as the library's ("Our Auto Repair Source
 *   database", "NoveList K-8 in our Databases") is a named database, a source;
 * - "your account" with no URL or page named is the patron's own record, not a named resource;
 * - an article named with its journal, year and DOI is a named publication (a source) even without a link; an ISBN with
 *   the title names a book (and is no phone number: no referral);
 * - a source e-mailed and said to be sent ("I've just emailed …", "Just sent …") is given, and no promise: no follow-up;
 * - a question in the same message as the first source, after it, is not "before the first message that gives a
 *   source": clarify fails;
 * - "Did that get you to it?", "Will that do?", "did u find what u needed?", "Is that the one?" ask whether what was
 *   given meets the need: completeness questions;
 * - "Cheers" and "ta-ra" are a British or Australian thanks / goodbye.
 * The first run (56 cases) failed 4, none of them this file's labels: two are left (below), two fixed in `phrasesV27B3`
 * (`webSteps`: "the link you pasted" is the patron's link, no step to a page; `farewell`: "We have a good number / a
 * great selection …" is holdings, not "have a good day"). The short cases under "second batch" were written after the
 * first run, looking for more ways to give a source (labelled from RUBRIC.md all the same; all passed as written).
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the
 * short ones give a few. `LEFT` (not run) holds cases labelled right that the scorer still gets wrong, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, FU_ME, type SessionCase, some, usual } from './helpers';

const HOUR = 3600;

export const whole: SessionCase[] = [
  // ---- URLs, domains and links ------------------------------------------------------------------------------------------
  {
    name: 'KCLS, Medicare Part D: "Plan Finder at medicare.gov/plan-compare … try kcls.org and search Medicare under Events": good session',
    lines: [
      [0, 'p', 'hey do yall have anything on medicare part d plans? my mom is turning 65'],
      [28, 'l', "Hi there! You've reached Ask KCLS at the King County Library System, this is Marcus."],
      [33, 'l', 'Is she looking to compare plans, or just trying to understand how Part D works first?'],
      [70, 'p', 'compare, she has like 6 prescriptions'],
      [76, 'l', 'Good to know, give me a sec.'],
      [170, 'l', "Medicare's own Plan Finder at medicare.gov/plan-compare lets you enter her prescriptions and compares the Part D plans side by side. We also run Medicare 101 classes: try kcls.org and search Medicare under Events. Does that give you what you need?"],
      [215, 'p', 'yes thats all i need, thank u!!'],
      [220, 'l', 'You bet! Thanks for chatting with KCLS, take care.'],
    ],
    exp: usual(),
  },
  {
    name: 'Tacoma PL, 9th grade summer list: "Found it, the school posted it as a PDF:" then "bit.ly/LHS9-summer-reads" alone: good session',
    lines: [
      [0, 'p', 'Hi, is there a list of summer reading books for incoming 9th graders at Lincoln High'],
      [41, 'l', 'Good afternoon, Tacoma Public Library Ask a Librarian, Deb speaking.'],
      [47, 'l', "Do you know if it's the honors English list or the regular one?"],
      [80, 'p', 'regular'],
      [85, 'l', 'Okay, one moment please.'],
      [196, 'l', 'Found it, the school posted it as a PDF:'],
      [199, 'l', 'bit.ly/LHS9-summer-reads'],
      [230, 'p', 'got it thx'],
      [236, 'l', 'Is that the list you were looking for?'],
      [260, 'p', 'yep thats everything'],
      [264, 'l', 'Great! Happy reading, bye for now.'],
    ],
    exp: usual(),
  },
  {
    // reading: "Will that do?" asks whether what was given meets the need
    name: 'Dakota County, sock knitting (terse veteran): "…is in at Lakeview, 746.432 SOC. Catalog record: https://… Will that do?": good session',
    lines: [
      [0, 'p', 'need a book on knitting socks for beginners. at the lakeview branch if possible'],
      [22, 'l', 'Hi, Ron at Dakota County Library reference.'],
      [26, 'l', 'Toe-up or cuff-down, or no preference?'],
      [55, 'p', 'no idea lol, whatever is easiest'],
      [61, 'l', 'Checking shelf status.'],
      [140, 'l', 'Sock Knitting Master Class is in at Lakeview, 746.432 SOC. Catalog record: https://dakota.bibliocommons.com/v2/record/S28C1234567. Will that do?'],
      [170, 'p', 'perfect'],
      [176, 'l', 'Anything else?'],
      [200, 'p', 'no'],
      [204, 'l', 'Thanks, bye.'],
    ],
    exp: usual(),
  },
  {
    name: 'Wake County, used CR-V reliability: "From our homepage, click Research, then Online Resources A-Z, then Consumer Reports": good session',
    lines: [
      [0, 'p', 'I want to buy a used car, a 2018 Honda CR-V, and want to know about reliability'],
      [35, 'l', "Hello! Thanks for contacting Ask a Librarian at Wake County Public Libraries. I'm Tasha."],
      [40, 'l', "Are you mostly interested in reliability ratings, or in what it's worth too?"],
      [72, 'p', 'reliability mostly, maybe price'],
      [78, 'l', 'From our homepage, click Research, then Online Resources A-Z, then Consumer Reports. Log in with your library card and search CR-V; the used car reliability charts go back to 2012. Would that work for you?'],
      [118, 'p', 'oh nice, that works. thats all'],
      [123, 'l', 'Wonderful, have a great day and come back anytime!'],
    ],
    exp: usual(),
  },
  {
    name: 'Loyola (formal academic), growth mindset: "Carol Dweck\'s Mindset … chapter 1, pp. 3-14 … BF637.S8 D43 2006": good session',
    lines: [
      [0, 'p', 'Good evening. I am writing a paper on growth mindset in first-year students and need a foundational source.'],
      [50, 'l', 'Good evening, and welcome to Ask Us at Loyola University Libraries. My name is Petra Novak, research librarian.'],
      [56, 'l', 'Do you need peer-reviewed research only, or may you also cite a book for the theory itself?'],
      [110, 'p', 'Books are fine for the theory section.'],
      [118, 'l', 'Please give me a moment to check our holdings.'],
      [230, 'l', "The foundational text is Carol Dweck's Mindset: The New Psychology of Success (Random House, 2006); chapter 1, pp. 3-14, sets out the two mindsets. Our print copy is at Cudahy Library, BF637.S8 D43 2006. Does this completely answer your question?"],
      [290, 'p', 'It does, thank you. That is all I need.'],
      [296, 'l', 'You are most welcome. Good luck with the paper, and goodbye.'],
    ],
    exp: usual(),
  },
  {
    // reading: a URL to a login page (the patron's my Social Security account) is still a URL: a source
    name: 'Free Library of Philadelphia, replacement SS card: "sign in … your my Social Security account at ssa.gov/myaccount": a source, good session',
    lines: [
      [0, 'p', 'how do I get a replacement social security card'],
      [20, 'l', 'Hi! This is Angela at the Free Library of Philadelphia.'],
      [26, 'l', 'Is it for you, an adult, or for a child?'],
      [50, 'p', 'me'],
      [58, 'l', 'Most adults can do it online: sign in or create your my Social Security account at ssa.gov/myaccount and choose Replace Your Social Security Card. Is that what you needed?'],
      [90, 'p', 'yes'],
      [95, 'l', 'Anything else I can help you with today?'],
      [130, 'p', 'nope, thanks'],
      [135, 'l', 'Thanks for using our chat, goodbye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Health Sciences Library, NUR 340: "Our Nursing LibGuide has an Evidence-Based Practice tab … guides.hsl.example.edu/nursing/ebp": good session',
    lines: [
      [0, 'p', 'Hi, where can I find evidence-based practice resources for my NUR 340 paper?'],
      [30, 'l', "Hello and welcome to the Health Sciences Library. I'm Jordan, the nursing liaison librarian."],
      [35, 'l', 'Which topic is your paper on, and does it require sources from the last five years?'],
      [75, 'p', 'fall prevention in older adults, yes last 5 yrs'],
      [82, 'l', "Our Nursing LibGuide has an Evidence-Based Practice tab listing CINAHL, the Cochrane Library and JBI EBP: guides.hsl.example.edu/nursing/ebp. In CINAHL, limit Publication Date to 2020-2025 and add 'accidental falls' as a subject heading. Did that help?"],
      [120, 'p', 'yes!! thats all i needed thank you'],
      [126, 'l', 'Glad to help, come back anytime!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Did that get you to it?" asks whether what was given meets the need
    name: 'Portland State, a DOI from the prof: "Paste the DOI into the search box on library.pdx.edu … via APA PsycArticles. Did that get you to it?": good session',
    lines: [
      [0, 'p', 'my prof gave me a citation with a doi 10.1037/amp0000191 how do i get the actual article'],
      [25, 'l', "Hi, I'm Sam, a librarian at Portland State University Library."],
      [30, 'l', 'Are you on campus or off campus right now?'],
      [60, 'p', 'off campus at home'],
      [66, 'l', "Paste the DOI into the search box on library.pdx.edu; when it asks, sign in with your Odin account. It's in American Psychologist, 2018, via APA PsycArticles. Did that get you to it?"],
      [120, 'p', 'yes got the pdf. thats all thx'],
      [126, 'l', 'Great, thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    // reading: "ta-ra" is a northern English goodbye, and the message thanks the patron anyway
    name: 'Leeds Libraries (British), 1901 census: "According to A Vision of Britain Through Time (visionofbritain.org.uk), …": good session',
    lines: [
      [0, 'p', 'Hiya, what was the population of Leeds in the 1901 census?'],
      [30, 'l', "Hello, you're through to Ask a Librarian at Leeds Libraries, Helen here."],
      [36, 'l', 'Do you mean the borough of Leeds or the wider West Riding?'],
      [70, 'p', 'just the borough pls'],
      [77, 'l', 'Bear with me a mo.'],
      [160, 'l', 'According to A Vision of Britain Through Time (visionofbritain.org.uk), the County Borough of Leeds had 428,968 people in 1901. Does that answer your question?'],
      [200, 'p', 'brill, thats all cheers'],
      [205, 'l', 'Thanks for getting in touch, ta-ra!'],
    ],
    exp: usual(),
  },
  {
    // reading: "I've just emailed two … from our CINAHL Complete database" gives a named database, and is done, not promised
    name: 'University of Sydney, music therapy: "I\'ve just emailed two to your student address from our CINAHL Complete database": source, no follow-up',
    lines: [
      [0, 'p', 'hello im doing a lit review on music therapy and dementia, could you find me a couple of peer reviewed articles'],
      [45, 'l', 'Hi there, thanks for contacting the University of Sydney Library chat. My name is Kiri.'],
      [50, 'l', 'Are you after studies in aged-care settings, or at home with family carers too?'],
      [95, 'p', 'aged care only'],
      [100, 'l', 'Righto, give me a couple of minutes to search.'],
      [215, 'l', "I've just emailed two to your student address from our CINAHL Complete database: a 2021 systematic review in the Journal of Music Therapy and a 2019 RCT in Age and Ageing. Are they the kind of thing you need?"],
      [255, 'p', 'yes perfect, thats all from me'],
      [260, 'l', 'No worries, all the best with the review. Bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Kent District Library, after Wings of Fire: a numbered list "1. Dragon Rider by Cornelia Funke …" and "NoveList K-8 in our Databases": good session',
    lines: [
      [0, 'p', 'my son (11) finished wings of fire and wants something similar, ideas??'],
      [18, 'l', 'Hi! Amy here at Kent District Library.'],
      [24, 'l', 'Does he like the dragon part, or mostly the adventure and battles?'],
      [55, 'p', 'dragons def'],
      [61, 'l', 'A few he might like:\n1. Dragon Rider by Cornelia Funke\n2. Eragon by Christopher Paolini\n3. The Last Firehawk series by Katrina Charman\nNoveList K-8 in our Databases has more read-alikes. Is that helpful?'],
      [100, 'p', 'yes thanks so much! thats all'],
      [104, 'l', 'Enjoy, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'cooperative backup from Ohio for Hennepin County: "Go to hclib.org, choose Log In …, then My Account > Checked Out": good session',
    lines: [
      [0, 'p', 'i need to renew my library books but idk how, its hennepin county'],
      [14, 'l', "Hi! I'm Rachel, a librarian with the 24/7 cooperative. I'm in Ohio, not at Hennepin County Library, but I can help."],
      [20, 'l', 'Do you have your library card number and PIN handy?'],
      [50, 'p', 'yes i have them'],
      [56, 'l', 'Go to hclib.org, choose Log In at the top right, then My Account > Checked Out, tick the books and press Renew.'],
      [120, 'p', 'ok did it'],
      [125, 'l', 'Great! Did that do what you needed?'],
      [145, 'p', 'yep. no more questions'],
      [150, 'l', 'Wonderful. Thanks for using the chat, bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Miami-Dade (non-native English): \'Is "Cien años de soledad" by Gabriel García Márquez, … call number SP FIC GARCIA. Is this what you are looking?\': good session',
    lines: [
      [0, 'p', 'Hello do you have One Hundred Years of Solitude in Spanish'],
      [30, 'l', 'Hello, welcome to the library chat of Miami-Dade Public Library System. I am Luis.'],
      [35, 'l', 'You want the book in paper or in ebook?'],
      [60, 'p', 'paper book'],
      [66, 'l', 'Yes, we have it. Is "Cien años de soledad" by Gabriel García Márquez, in the Main Library, Spanish section, call number SP FIC GARCIA. Is this what you are looking?'],
      [100, 'p', 'yes thank you thats all'],
      [104, 'l', 'Thank you for to contact us. Bye bye!'],
    ],
    exp: usual(),
  },
  {
    name: 'Student worker (chat-speak), Psych 101: "go to the library site, click Databases, find PsycINFO, thats the one for psych stuff": good session',
    lines: [
      [0, 'p', 'hi i need scholarly articles on social media and teen anxiety for psych 101'],
      [22, 'l', 'hey! this is Jaylen, student assistant at the Morris Library help desk :)'],
      [27, 'l', 'do u need them peer reviewed? and like how many?'],
      [55, 'p', 'yes peer reviewed, like 5'],
      [60, 'l', 'ok so go to the library site, click Databases, find PsycINFO, thats the one for psych stuff. type social media AND anxiety AND adolescen* and check the peer reviewed box on the left'],
      [110, 'p', 'omg that worked, tons of results'],
      [115, 'l', 'yay!! did u find what u needed?'],
      [140, 'p', 'yep thats all'],
      [144, 'l', 'cool, good luck w the paper, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: an ISBN with the title names a book; it is no phone number, so no referral
    name: 'Rutgers, Norton Anthology: picked up at 64 s, a 126 s search, then "…10th edition …: ISBN 978-0-393-60312-2": pickup and informed fail',
    lines: [
      [0, 'p', 'Hello I would like to buy the Norton Anthology of English Literature for my class, which edition'],
      [64, 'l', 'Hello, this is Ravi at the Ask a Librarian desk of Rutgers University Libraries.'],
      [70, 'l', 'Which course is it for, and did your syllabus give a volume?'],
      [100, 'p', '01:358:201, vol A and B, 10th ed'],
      [106, 'l', 'Checking the course reserves now.'],
      [232, 'l', "It's The Norton Anthology of English Literature, 10th edition, the package of volumes A, B and C: ISBN 978-0-393-60312-2. We also have a copy on 3-hour reserve at Alexander Library. Does that answer your question?"],
      [260, 'p', 'yes thats all thank u'],
      [264, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ pickup: 'fail', informed: 'fail' }),
  },
  {
    // reading: "Cheers" closes as thanks; "Trove" with its URL is the source
    name: 'State Library of Queensland (Australian), a 1948 wedding notice: "I found this in Trove: … trove.nla.gov.au/newspaper/article/…": good session',
    lines: [
      [0, 'p', "G'day, trying to find a newspaper notice of my nan's wedding in Brisbane, 1948"],
      [35, 'l', "Hi there, welcome to Ask a Librarian at State Library of Queensland, I'm Bronwyn."],
      [40, 'l', 'Do you know her maiden name and roughly what month?'],
      [70, 'p', 'Margaret Keogh, around June'],
      [76, 'l', 'Lovely, let me have a quick look.'],
      [180, 'l', "I found this in Trove: a notice in The Courier-Mail, 19 June 1948, page 9: trove.nla.gov.au/newspaper/article/49671234. Is that the one you're after?"],
      [215, 'p', "Oh my goodness yes!! That's everything, thank you"],
      [220, 'l', 'Wonderful! Thanks for chatting with SLQ, cheers.'],
    ],
    exp: usual(),
  },
  // ---- referrals as sources ---------------------------------------------------------------------------------------------
  {
    name: 'AskUsNow!, opening an estate: "Call them at 410-222-1430, or visit them at 8 Church Circle": the referral\'s phone is the source',
    lines: [
      [0, 'p', 'my dad died and i need to know how to open his estate in anne arundel county'],
      [35, 'l', "I'm so sorry for your loss. Hi, I'm Beth, a librarian with AskUsNow!"],
      [41, 'l', 'Did he leave a will, as far as you know?'],
      [80, 'p', 'yes there is a will'],
      [87, 'l', "Then the Register of Wills for Anne Arundel County handles it. Call them at 410-222-1430, or visit them at 8 Church Circle in Annapolis, and they'll explain the petition for probate. Is that what you were looking for?"],
      [130, 'p', 'yes thank you, thats all for now'],
      [136, 'l', 'Take care, and thank you for reaching out.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // near miss j: an organisation named without a way to reach it is neither a source nor a referral's contact
    name: 'Mobile PL, a 1995 marriage license: "you\'d need to contact the Mobile County Probate Court" with no contact: source and referral fail',
    lines: [
      [0, 'p', 'how do i get a copy of my marriage license from 1995, married in mobile county'],
      [25, 'l', 'Hello, this is Kim at the Mobile Public Library.'],
      [30, 'l', 'Do you need a certified copy for legal use, or just a record for yourself?'],
      [60, 'p', 'certified for social security'],
      [66, 'l', "For a certified copy, you'd need to contact the Mobile County Probate Court, they keep marriage licenses from that year. Does that help?"],
      [90, 'p', 'ok thanks thats all'],
      [95, 'l', 'Have a good day, goodbye!'],
    ],
    exp: usual({ source: 'fail', referral: 'fail' }),
  },
  {
    name: 'Frederick County, 1850 land records: "on MDLandRec (mdlandrec.net) … I\'ll go through them and e-mail you", e-mail read back, "by Friday": follow-up done in 40 h',
    lines: [
      [0, 'p', 'Im looking for land records for a farm in Frederick County MD around 1850, the Brandenburg farm'],
      [40, 'l', "Good morning! I'm Alisha, a librarian at Frederick County Public Libraries."],
      [46, 'l', 'Do you know the names of the owners or roughly where the farm was?'],
      [90, 'p', 'Jacob Brandenburg, near Middletown'],
      [96, 'l', 'Let me take a look.'],
      [200, 'l', "The deeds are on MDLandRec (mdlandrec.net), free with a login: choose Frederick County and the 1850s deed books. The grantor indexes are tricky to read, so I'll go through them and e-mail you what I find for Jacob Brandenburg. What's the best e-mail for you?"],
      [240, 'p', 'kbrandenburg52@gmail.com'],
      [246, 'l', "Thanks, kbrandenburg52@gmail.com. You'll hear from me by Friday. Does that answer your question for now?"],
      [270, 'p', "yes, that's all. thanks so much"],
      [276, 'l', 'Thanks for contacting us, goodbye!'],
    ],
    over: { ...FU_ME, followUps: [{ doneAt: at(276 + 40 * HOUR), by: 'jo', note: 'deed abstracts sent' }] },
    exp: usual({ contact: 'pass', onTime: 'pass' }),
  },
  // ---- the link alone, then the patron goes -------------------------------------------------------------------------------
  {
    name: 'Richmond PL, Thanksgiving hours: "The holiday schedule is here:" then the URL alone, the patron goes: check-in at 200 s, notice at 260 s',
    lines: [
      [0, 'p', 'where can i find the hours for the west end branch on holidays'],
      [30, 'l', 'Hi, Ask Us Now, this is Dev at Richmond Public Library.'],
      [34, 'l', 'Which holiday are you asking about?'],
      [60, 'p', 'thanksgiving'],
      [66, 'l', 'All branches are closed Thanksgiving Day and the day after. The holiday schedule is here:'],
      [68, 'l', 'https://rvalibrary.org/holiday-closings'],
      [74, 'l', 'Did that answer your question?'],
      [200, 'l', 'Are you still there?'],
      [260, 'l', "It looks like you've disconnected, so I'll end this chat now. Thanks for contacting us, and come back anytime!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  // ---- near misses, whole -------------------------------------------------------------------------------------------------
  {
    // near miss a: Google named, no way to reach it; an answer was given, so the completeness question counts
    name: 'near miss, the Berlin Wall: "Honestly you could just google it for the rest of the timeline": no source',
    lines: [
      [0, 'p', 'what year did the berlin wall fall'],
      [12, 'l', 'Hi! Chris at Ask Us here.'],
      [16, 'l', 'Are you asking for the date it opened, or when it was torn down?'],
      [40, 'p', 'when it opened i guess'],
      [46, 'l', 'The border opened on November 9, 1989. Honestly you could just google it for the rest of the timeline.'],
      [70, 'p', 'ok'],
      [75, 'l', 'Did that answer your question?'],
      [95, 'p', 'yeah'],
      [100, 'l', 'Anything else?'],
      [130, 'p', 'no'],
      [134, 'l', 'Bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // near miss d: the only URL is the patron's; "the DS-82 you found" gives nothing new
    name: 'near miss, Fairfax: the patron pastes travel.state.gov/…/DS82.pdf, "the DS-82 you found is the right one": no source',
    lines: [
      [0, 'p', 'is this the right form for a passport renewal? travel.state.gov/content/dam/passports/forms-fees/DS82.pdf'],
      [25, 'l', 'Hello, this is Meg from the Ask a Librarian service at Fairfax County Public Library.'],
      [30, 'l', 'Is your current passport less than 15 years old, and was it issued when you were 16 or older?'],
      [65, 'p', 'yes both'],
      [72, 'l', 'Then yes, the DS-82 you found is the right one, and you can mail it in. Does that answer your question?'],
      [100, 'p', 'yes thats all, thanks!'],
      [104, 'l', 'Thanks for chatting, goodbye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // reading: the domain in the greeting macro is "a URL or domain", the first source; the question after it is too late
    name: 'Ask Us 24/7 greeting macro "Welcome to Ask Us 24/7 (askus247.org)!", then the question: source passes, clarify fails',
    lines: [
      [0, 'p', 'can i get a library card if i work in the city but live outside it'],
      [20, 'l', 'Welcome to Ask Us 24/7 (askus247.org)! A librarian will be with you shortly.'],
      [48, 'l', 'Hi, this is Nadia at Rochester Public Library. Do you work inside Rochester city limits?'],
      [80, 'p', 'yes downtown'],
      [86, 'l', 'Then you qualify for a free card. Bring a photo ID and a recent pay stub to any branch. Did that answer your question?'],
      [110, 'p', 'yes thats all'],
      [114, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual({ clarify: 'fail' }),
  },
  {
    // near miss h: "According to the CDC" names an organisation with no way to reach it
    name: 'near miss, Ask Colorado, flu: "According to the CDC, adults … are usually contagious …": no source',
    lines: [
      [0, 'p', 'how long is someone contagious with the flu'],
      [15, 'l', "Hi! I'm Ellie, a librarian at Ask Colorado."],
      [20, 'l', 'Is this for an adult or a young child?'],
      [45, 'p', 'adult, my husband'],
      [52, 'l', 'According to the CDC, adults with the flu are usually contagious from a day before symptoms start until 5 to 7 days after they begin. Did that answer your question?'],
      [80, 'p', 'yes thanks, thats all'],
      [84, 'l', 'Feel better to him, goodbye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
  {
    // near miss o: the chat's own link back (v15 O4's reading) is no source
    name: 'near miss, Howard County: an answer from memory, then "Thanks! Chat with us again anytime at hclibrary.org/ask.": no source',
    lines: [
      [0, 'p', 'are you open on monday the 19th, presidents day'],
      [15, 'l', 'Hi, this is Jo with the Howard County Library System.'],
      [20, 'l', 'Which branch do you usually go to?'],
      [40, 'p', 'miller'],
      [45, 'l', "All our branches, Miller included, are closed Monday for Presidents' Day and open again Tuesday at 10. Is that what you needed?"],
      [70, 'p', 'yep thats all'],
      [75, 'l', 'Thanks! Chat with us again anytime at hclibrary.org/ask.'],
    ],
    exp: usual({ source: 'fail' }),
  },
];

export const short: SessionCase[] = [
  {
    name: 'terse: "try kcls.org, search "resume" under Events, we do free 1:1 sessions. that help?": source, clarify and completeness pass',
    lines: [[0, 'p', 'any free resume help around here? seattle area'], [20, 'l', 'Hi, Ask KCLS, Mo here. Are you in King County outside Seattle?'], [40, 'p', 'ya bellevue'], [46, 'l', 'try kcls.org, search "resume" under Events, we do free 1:1 sessions. that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    name: '"here u go:" then "tinyurl.com/bmore-fy23-budget" alone, then "Is that the one?": source, clarify and completeness pass',
    lines: [[0, 'p', 'hi where do i find the 2023 budget for baltimore city'], [25, 'l', 'Hi! Sara at Enoch Pratt Free Library. Operating budget or capital budget?'], [50, 'p', 'operating'], [56, 'l', 'here u go:'], [58, 'l', 'tinyurl.com/bmore-fy23-budget'], [62, 'l', 'Is that the one?'], [90, 'p', 'yes']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: a typed placeholder "[url]" is the URL, present (README: placeholders count as the detail)
    name: 'a macro "Here is a resource that may help: [url]" with the answer: source passes',
    lines: [[0, 'p', 'how do i get a passport for my baby'], [20, 'l', 'Hello, this is Tom at Ask a Librarian. Is this a first passport for your child?'], [45, 'p', 'yes first one'], [52, 'l', 'Here is a resource that may help: [url] Children under 16 must apply in person with both parents. Does this answer your question?'], [80, 'p', 'yes ty']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"Britannica School is perfect: on bklynlibrary.org choose Research, then Kids & Teens, then Britannica School": source passes',
    lines: [[0, 'p', 'need a reliable encyclopedia article about the Harlem Renaissance for 8th grade'], [30, 'l', "Hi! I'm Gina, a librarian at Brooklyn Public Library. Does it need to be something your teacher can access, like a database?"], [60, 'p', 'yeah from the library'], [66, 'l', 'Britannica School is perfect: on bklynlibrary.org choose Research, then Kids & Teens, then Britannica School, and search Harlem Renaissance. Did that work?'], [100, 'p', 'ya got it']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // reading: an ISBN with the title names a book, and is no phone number: no referral
    name: '"Campbell Biology in Focus, 3rd edition, hardcover: ISBN 978-0-13-489572-0": source passes, referral na',
    lines: [[0, 'p', 'what isbn should i use to order the AP Bio textbook, Campbell Biology in Focus 3rd ed'], [25, 'l', 'Hi, Jo at Ask Us here. Hardcover or the ebook?'], [50, 'p', 'hardcover'], [56, 'l', 'Campbell Biology in Focus, 3rd edition, hardcover: ISBN 978-0-13-489572-0. Is that what you needed?'], [80, 'p', 'yes']],
    exp: some({ source: 'pass', referral: 'na', complete: 'pass' }),
  },
  {
    // reading: an article named with its journal, year and DOI is a named publication, without a link
    name: 'PREDIMED: "It is "Primary Prevention of Cardiovascular Disease …," New England Journal of Medicine, 2018, DOI 10.1056/NEJMoa1800389": source passes',
    lines: [[0, 'p', 'can u find me the original paper that says the mediterranean diet lowers heart attacks'], [25, 'l', 'Hello, Jo at Ask Us here. Do you want the big Spanish trial, PREDIMED?'], [50, 'p', 'yes that one'], [60, 'l', 'It is "Primary Prevention of Cardiovascular Disease with a Mediterranean Diet Supplemented with Extra-Virgin Olive Oil or Nuts," New England Journal of Medicine, 2018, DOI 10.1056/NEJMoa1800389. Did that help?'], [90, 'p', 'perfect']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'AskON (Canadian): "According to Statistics Canada, … (Census Profile, www12.statcan.gc.ca)": source passes',
    lines: [[0, 'p', 'Hi, what is the population of Saskatoon as of the latest census?'], [30, 'l', 'Hello, you have reached AskON, this is Priya. Do you mean the city itself or the whole metro area (the CMA)?'], [60, 'p', 'the city'], [66, 'l', 'According to Statistics Canada, the City of Saskatoon had 266,141 people in the 2021 Census (Census Profile, www12.statcan.gc.ca). Does this completely answer your question?'], [100, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"I found this in the Oxford English Dictionary (Databases > O > Oxford English Dictionary)": source passes',
    lines: [[0, 'p', 'when was the word "selfie" first used'], [25, 'l', 'Hi, Jo at Ask Us here. In print anywhere, or in a newspaper in particular?'], [50, 'p', 'anywhere'], [56, 'l', 'I found this in the Oxford English Dictionary (Databases > O > Oxford English Dictionary): the first quotation is from an Australian online forum in 2002. Did that answer your question?'], [80, 'p', 'yes thank you']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // pointing to a website is a source, not a referral
    name: 'British: "Have a look at the Citizens Advice pages on tenancy deposits, citizensadvice.org.uk, under Housing > …": source passes, no referral',
    lines: [[0, 'p', 'my landlord wont give back my deposit, what are my rights? im in manchester'], [30, 'l', "Hello, you're through to Manchester Libraries' Ask a Librarian, Sian here. Was your deposit in a government-backed deposit scheme, do you know?"], [70, 'p', 'yeah i think so'], [80, 'l', 'Have a look at the Citizens Advice pages on tenancy deposits, citizensadvice.org.uk, under Housing > Renting privately > Deposits. Does that help?'], [110, 'p', 'yes thanks']],
    exp: some({ source: 'pass', referral: 'na', complete: 'pass' }),
  },
  {
    // near miss b: Google and VITA named with no way to reach them
    name: 'near miss: "Just google "VITA near me" and put in your zip code.": no source',
    lines: [[0, 'p', 'is there a free tax prep place near me, im in dayton'], [20, 'l', 'Hi, Jo at Ask Us here. Do you make under $67,000 a year?'], [45, 'p', 'yes'], [52, 'l', 'Then free VITA tax prep should fit you. Just google "VITA near me" and put in your zip code. Does that help?'], [80, 'p', 'ok']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss c: the only URL is the patron's
    name: 'near miss: the patron pastes irs.gov/payments/direct-pay; "the link you pasted is the IRS\'s real Direct Pay page": no source',
    lines: [[0, 'p', 'is https://www.irs.gov/payments/direct-pay the legit site to pay my taxes? dont want a scam'], [20, 'l', 'Hi, Jo at Ask Us here. Are you paying from a bank account?'], [40, 'p', 'yes checking'], [46, 'l', "Yes, the link you pasted is the IRS's real Direct Pay page, and it's free from a checking account. Does that answer your question?"], [70, 'p', 'yes ty']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss e: "your account" with no URL or page named
    name: 'near miss: "Just sign into your account and everything you have out is listed there.": no source',
    lines: [[0, 'p', 'how do i see what i have checked out'], [20, 'l', 'Hi, Jo at Ask Us here. Do you have your card number and PIN?'], [40, 'p', 'yes'], [46, 'l', 'Just sign into your account and everything you have out is listed there. Did that answer your question?'], [70, 'p', 'yep']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss l: Wikipedia named to be avoided, no way to reach it
    name: 'near miss: "Most professors won\'t accept Wikipedia, so I\'d avoid citing it.": no source',
    lines: [[0, 'p', 'can i use wikipedia for my history essay'], [20, 'l', 'Hi, Jo at Ask Us here. Is it for a college class or high school?'], [40, 'p', 'college'], [46, 'l', "Most professors won't accept Wikipedia, so I'd avoid citing it. Does that answer your question?"], [70, 'p', 'yes']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss m and p: "Did you already check the catalog?" asks; holdings mentioned name nothing
    name: 'near miss: "Did you already check the catalog?", then "We have a good number on beekeeping at most branches.": no source, clarify passes',
    lines: [[0, 'p', 'do you have any books on bee keeping'], [20, 'l', 'Hi, Jo at Ask Us here. Did you already check the catalog?'], [45, 'p', 'no'], [52, 'l', 'We have a good number on beekeeping at most branches. Does that help?'], [80, 'p', 'ok']],
    exp: some({ source: 'fail', clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss n: sources promised, none given
    name: 'near miss: "I\'ll pull together some links and email them to you tomorrow", e-mail read back: no source, follow-up contact passes',
    lines: [[0, 'p', 'i need info on starting a food truck business in columbus'], [20, 'l', 'Hi, Jo at Ask Us here. Are you in Columbus city limits?'], [40, 'p', 'yes'], [46, 'l', "There's a lot to it, so I'll pull together some links and email them to you tomorrow. What's your email?"], [70, 'p', 'dmarsh@yahoo.com'], [76, 'l', 'Thanks, dmarsh@yahoo.com. You will have them by tomorrow afternoon. Bye for now!']],
    over: FU_ME,
    exp: some({ source: 'fail', contact: 'pass', code: 'pass', complete: 'fail' }),
  },
  {
    // near miss i: a state agency named with no way to reach it
    name: 'near miss: "The Texas Department of State Health Services has the full list of required vaccines": no source, no referral',
    lines: [[0, 'p', 'what vaccines does my kid need for kindergarten in texas'], [20, 'l', 'Hi, Jo at Ask Us here. Public or private school?'], [40, 'p', 'public'], [46, 'l', 'The Texas Department of State Health Services has the full list of required vaccines for kindergarten. Does that help?'], [70, 'p', 'ok']],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  {
    name: '"Try data.census.gov, … Which county are you after?": the question comes with the first source: clarify fails',
    lines: [[0, 'p', 'i need census data on income'], [20, 'l', 'Hi, Jo at Ask Us here.'], [26, 'l', 'Try data.census.gov, it has median household income tables. Which county are you after?'], [50, 'p', 'Cuyahoga'], [56, 'l', 'Search "Cuyahoga County income" there and pick table S1901. Does that answer your question?'], [80, 'p', 'yes']],
    exp: some({ clarify: 'fail', source: 'pass', complete: 'pass' }),
  },
  {
    name: '"So you\'re after 1940s Dayton city directories …", then "daytonmetrolibrary.org > Research > Local History > City Directories": clarify passes',
    lines: [[0, 'p', 'looking for dayton city directories 1940s my grandpa lived on wayne ave'], [25, 'l', "Hi, Jo at Ask Us here. So you're after 1940s Dayton city directories to find your grandfather's address."], [45, 'p', 'yes exactly'], [52, 'l', 'Dayton Metro Library has them digitized: daytonmetrolibrary.org > Research > Local History > City Directories. Did that help?'], [80, 'p', 'yes!']],
    exp: some({ clarify: 'pass', source: 'pass', complete: 'pass' }),
  },
  {
    // reading: sent, not promised: no follow-up session
    name: '"Just sent a PDF to the email on your account, it\'s from Academic Search Premier": source passes, no follow-up',
    lines: [[0, 'p', 'can you find me an article on the history of the ouija board'], [20, 'l', 'Hi, Jo at Ask Us here. Any particular angle, the toy or the spiritualism?'], [45, 'p', 'the spiritualism part'], [52, 'l', 'One moment.'], [140, 'l', "Just sent a PDF to the email on your account, it's from Academic Search Premier: Smithsonian Magazine, October 2013. Is that the sort of thing you need?"], [170, 'p', 'yes thanks']],
    exp: some({ source: 'pass', contact: 'na', complete: 'pass' }),
  },
  {
    name: '"Our Auto Repair Source database has the Chilton manual for it": a named database, source passes',
    lines: [[0, 'p', 'need a repair manual for 2009 toyota corolla brakes'], [20, 'l', 'Hi, Jo at Ask Us here. Front or rear brakes?'], [40, 'p', 'front'], [46, 'l', 'Our Auto Repair Source database has the Chilton manual for it, with the brake pad steps and diagrams. Does that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'British: "Ring HM Land Registry on 0300 006 0411, or search their title register at gov.uk/…": source and referral pass',
    lines: [[0, 'p', 'how do i find out who owns the empty house next door, im in bristol'], [30, 'l', 'Hello, Bristol Libraries, Tom here. Is the house in England and registered, do you know?'], [60, 'p', 'dunno, its been empty for years'], [66, 'l', 'Ring HM Land Registry on 0300 006 0411, or search their title register at gov.uk/search-property-information-land-registry for £7. Does that help?'], [100, 'p', 'brilliant ta']],
    exp: some({ source: 'pass', referral: 'pass', complete: 'pass' }),
  },
  {
    // near miss k: an app named without a way to reach it
    name: 'near miss: "Yes! Try Libby, you just need your library card.": no source',
    lines: [[0, 'p', 'can i get audiobooks free for my phone'], [20, 'l', 'Hi, Jo at Ask Us here. iPhone or Android?'], [40, 'p', 'iphone'], [46, 'l', 'Yes! Try Libby, you just need your library card. Does that answer your question?'], [70, 'p', 'yes']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    name: '"See section 14.106 of The Chicago Manual of Style, 17th edition": source passes',
    lines: [[0, 'p', 'how do i cite a tweet in chicago style'], [20, 'l', 'Hi, Jo at Ask Us here. Notes-bibliography or author-date?'], [40, 'p', 'notes'], [46, 'l', 'See section 14.106 of The Chicago Manual of Style, 17th edition; there is an example of a social media post note there. Does that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // reading: a domain in the signature is "a URL or domain" (as the twenty-fourth round read prattlibrary.org/ask)
    name: 'an answer from memory signed "-- Jo, Ask Us, askus.example.org": source passes',
    lines: [[0, 'p', 'what does "ibid" mean'], [20, 'l', 'Hi, Jo at Ask Us here. Do you mean in a footnote?'], [40, 'p', 'yes'], [46, 'l', 'It is short for ibidem, "in the same place": the same source as the note before. Does that answer your question?\n-- Jo, Ask Us, askus.example.org'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"There are a few good ones: Ancestry Library Edition and HeritageQuest in our databases, and FamilySearch": source passes',
    lines: [[0, 'p', 'where can i search for my family tree for free'], [20, 'l', 'Hi, Jo at Ask Us here. Do you know roughly where your family lived?'], [40, 'p', 'ohio and ireland'], [46, 'l', 'There are a few good ones: Ancestry Library Edition and HeritageQuest in our databases, and FamilySearch, which is free at home. Does that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'Australian: "Pop over to our One Search catalogue and search \'bush food plants\'; Wild Food Plants of Australia by Tim Low": source passes',
    lines: [[0, 'p', 'hey do u have any books on bush tucker plants'], [20, 'l', "G'day, Jo at Ask a Librarian, State Library of Queensland. For cooking, or for identifying plants in the wild?"], [40, 'p', 'identifying'], [46, 'l', "Pop over to our One Search catalogue and search 'bush food plants'; Wild Food Plants of Australia by Tim Low is a good start. Did that help?"], [70, 'p', 'yes cheers']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
  {
    // near miss for the chat link back: a real page in the same message is still a source
    name: '"The holiday hours are at hclibrary.org/hours. Chat with us again anytime at hclibrary.org/ask.": source passes',
    lines: [[0, 'p', 'are you open monday'], [15, 'l', 'Hi, this is Jo with the Howard County Library System. Which branch?'], [40, 'p', 'miller'], [45, 'l', "Miller is closed Monday for the holiday. Is that what you needed?"], [70, 'p', 'yep thats all'], [75, 'l', 'The holiday hours are at hclibrary.org/hours. Chat with us again anytime at hclibrary.org/ask.']],
    exp: some({ source: 'pass' }),
  },
  {
    // reading: a login page's URL is a URL
    name: '"Log in at https://lapl.org/login with them, and your holds are under My Account.": source passes',
    lines: [[0, 'p', 'how do i see my holds'], [20, 'l', 'Hi, Jo at Ask Us here. Do you have your card number and PIN?'], [40, 'p', 'yes'], [46, 'l', 'Log in at https://lapl.org/login with them, and your holds are under My Account. Does that answer your question?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"The county archivist keeps them; write to her at archives@talbotcountymd.gov": source and referral pass',
    lines: [[0, 'p', 'where are the old county commissioner minutes from the 1920s'], [20, 'l', 'Hi, Jo at Ask Us here. Which county?'], [40, 'p', 'talbot'], [46, 'l', 'The county archivist keeps them; write to her at archives@talbotcountymd.gov and she can tell you what survives. Does that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', referral: 'pass', complete: 'pass' }),
  },
  // ---- near misses of this round's changes (B3 webSteps, farewell) ---------------------------------------------------------
  {
    // near miss for B3 `webSteps` (the patron's link): the provider's own "first link on …" still gives the steps
    name: 'near miss: "The Direct Pay page is the first link on the IRS\'s Payments page.": source passes',
    lines: [[0, 'p', 'where do i pay my taxes online without a fee'], [20, 'l', 'Hi, Jo at Ask Us here. Are you paying from a bank account?'], [40, 'p', 'yes checking'], [46, 'l', "The Direct Pay page is the first link on the IRS's Payments page. It's free from a checking account. Does that answer your question?"], [70, 'p', 'yes ty']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // B3 `webSteps`, another shape: "that link you've sent" is the patron's
    name: 'the patron sends a link; "That link you\'ve sent goes to the state\'s real renewal page, so you\'re fine.": no source',
    lines: [[0, 'p', 'is this real? mva.maryland.gov/renew-online i got it in a text'], [20, 'l', 'Hi, Jo at Ask Us here. Was the text from a short code or a regular phone number?'], [40, 'p', 'regular number'], [46, 'l', "That link you've sent goes to the state's real renewal page, so you're fine, but texts from regular numbers are often scams, so type the address yourself next time. Does that answer your question?"], [70, 'p', 'yes ty']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // B3 `farewell`: "We have a great selection …" is no goodbye, so the last two provider messages neither thank nor part
    name: 'the last two provider messages "Did that help?" and "We have a great selection of Korean cookbooks at Main too.": courteous fails',
    lines: [[0, 'p', 'do you have maangchi cookbooks'], [20, 'l', 'Hi, Jo at Ask Us here. Print or ebook?'], [40, 'p', 'print'], [46, 'l', "Maangchi's Real Korean Cooking is in at Main, call number 641.59519 MAA. Did that help?"], [70, 'p', 'yes'], [76, 'l', 'We have a great selection of Korean cookbooks at Main too.']],
    exp: some({ source: 'pass', courteous: 'fail' }),
  },
  {
    // near miss for B3 `farewell`: the goodbye after the holdings still parts
    name: 'near miss: "We have a good selection at Main. Have a good one!": courteous passes',
    lines: [[0, 'p', 'do you have maangchi cookbooks'], [20, 'l', 'Hi, Jo at Ask Us here. Print or ebook?'], [40, 'p', 'print'], [46, 'l', "Maangchi's Real Korean Cooking is in at Main, call number 641.59519 MAA. Did that help?"], [70, 'p', 'yes thats all'], [76, 'l', 'We have a good selection of Korean cookbooks at Main too. Have a good one!']],
    exp: some({ source: 'pass', courteous: 'pass' }),
  },
  {
    // near miss for B3 `farewell`: "Have a great weekend!" still parts
    name: 'near miss: "Glad it helped, have a great weekend!": courteous passes',
    lines: [[0, 'p', 'is the main library open sunday'], [20, 'l', 'Hi, Jo at Ask Us here. Main on Elm Street?'], [40, 'p', 'yes'], [46, 'l', 'Main is open Sunday 1-5; the hours are at example.org/hours. Does that answer your question?'], [70, 'p', 'yes thanks'], [76, 'l', 'Glad it helped, have a great weekend!']],
    exp: some({ courteous: 'pass' }),
  },
  // ---- second batch (written after the first run, labelled from RUBRIC.md all the same) ------------------------------------
  {
    name: 'a Markdown link "[Libby](https://libbyapp.com)" from a chat widget: source passes',
    lines: [[0, 'p', 'how do i borrow ebooks on my kindle'], [20, 'l', 'Hi, Jo at Ask Us here. Is it a Kindle Paperwhite or a Fire tablet?'], [40, 'p', 'paperwhite'], [46, 'l', 'Borrow through [Libby](https://libbyapp.com) and choose "Read with Kindle" when you check one out. Does that answer your question?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: 'a link in angle brackets "<https://catalog.spl.org/…>" after "Here\'s the permalink:": source passes',
    lines: [[0, 'p', 'can you send me the record for the 1915 seattle city directory'], [20, 'l', 'Hi, Jo at Ask Us here. The print volume, or the digitized one?'], [40, 'p', 'digitized'], [46, 'l', "Here's the permalink: <https://cdm16118.contentdm.oclc.org/digital/collection/p16118coll3/id/2077>. Is that the volume you wanted?"], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"I found it on page 3 of the Baltimore Sun, May 4, 1968, in ProQuest Historical Newspapers": source passes',
    lines: [[0, 'p', 'looking for an article about the 1968 riots in baltimore from the sun'], [20, 'l', 'Hi, Jo at Ask Us here. Do you know the date, or is any coverage fine?'], [40, 'p', 'early april i think'], [46, 'l', 'One moment.'], [140, 'l', 'I found it on page 3 of the Baltimore Sun, May 4, 1968, in ProQuest Historical Newspapers. Is that what you were looking for?'], [170, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"I\'d suggest the Encyclopedia of Chicago (encyclopedia.chicagohistory.org), the entry on the stockyards": source passes',
    lines: [[0, 'p', 'need background on the union stock yards for a project'], [20, 'l', 'Hi, Jo at Ask Us here. Is it for school, and what grade?'], [40, 'p', '10th grade'], [46, 'l', "I'd suggest the Encyclopedia of Chicago (encyclopedia.chicagohistory.org), the entry on the stockyards. Did that help?"], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"USA.gov has a page for that: usa.gov/replace-vital-documents": source passes',
    lines: [[0, 'p', 'lost my birth certificate how do i get a new one'], [20, 'l', 'Hi, Jo at Ask Us here. Which state were you born in?'], [40, 'p', 'ohio'], [46, 'l', 'USA.gov has a page for that: usa.gov/replace-vital-documents; pick Ohio and it takes you to the state health department\'s order form. Did that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    name: '"You\'ll find it in JSTOR: search the title in quotes." after a clarifying question: source passes',
    lines: [[0, 'p', 'do we have access to the article "The Tragedy of the Commons" by Hardin'], [20, 'l', 'Hi, Jo at Ask Us here. Are you a current student?'], [40, 'p', 'yes'], [46, 'l', "You'll find it in JSTOR: search the title in quotes and it's the 1968 Science article. Did that work?"], [70, 'p', 'yes got it']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // near miss: "our website has a page on that" names no page and gives no way to it
    name: 'near miss: "Our website has a page on that somewhere." with no address or path: no source',
    lines: [[0, 'p', 'do you have a notary at the library'], [20, 'l', 'Hi, Jo at Ask Us here. Which branch is closest to you?'], [40, 'p', 'eastside'], [46, 'l', 'Eastside has a notary on Tuesdays from 2 to 4, free for card holders. Our website has a page on that somewhere. Does that answer your question?'], [70, 'p', 'yes']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
  {
    // near miss: "your local library" with no way to reach it is neither a source nor a referral's contact
    name: 'near miss: "You could ask at your local library for a copy." with no contact: no source, referral fails',
    lines: [[0, 'p', 'where can i read the 1950 census for my town'], [20, 'l', 'Hi, Jo at Ask Us here. Do you know which county?'], [40, 'p', 'not sure'], [46, 'l', 'You could ask at your local library for a copy. Does that help?'], [70, 'p', 'ok']],
    exp: some({ source: 'fail', referral: 'fail' }),
  },
  {
    // reading: a domain written out in words is still a domain
    name: '"Go to kcls dot org, then the Research menu" spelled out for a screen reader user: source passes',
    lines: [[0, 'p', 'i use a screen reader, where are the audiobooks'], [20, 'l', 'Hi, Jo at Ask Us here. Do you want downloadable audiobooks or CDs?'], [40, 'p', 'downloadable'], [46, 'l', 'Go to kcls dot org, then the Research menu, then eBooks and eAudiobooks; Libby works with VoiceOver. Does that help?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', complete: 'pass' }),
  },
  {
    // the first source is a LibGuide with its path; the question came before it
    name: '"Check out the Genealogy research guide on our site (Research > Guides > Genealogy)": source and clarify pass',
    lines: [[0, 'p', 'how do i start researching my family history'], [20, 'l', 'Hi, Jo at Ask Us here. Do you already have names and dates for your grandparents?'], [40, 'p', 'some of them'], [46, 'l', 'Check out the Genealogy research guide on our site (Research > Guides > Genealogy); it starts with what to gather at home. Is that what you needed?'], [70, 'p', 'yes']],
    exp: some({ source: 'pass', clarify: 'pass', complete: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [
  {
    // near miss f: WorldCat and the Access PA catalog named only to say neither has it; the answer is "not kept"
    // LEFT: source passes. The scorer reads a catalogue or database named as one searched as a source, and older rounds rely on
    // that reading (the twenty-fifth round left "Our catalog doesn't show any copies" for the same reason): telling "named to
    // say it lacks the answer" from "named as where it is" needs the sentence's negation, a broad change to an old reading.
    name: 'near miss (whole), Ask Here PA, a 1923 yearbook: "I searched WorldCat and the Access PA catalog, and neither lists …": no source',
    lines: [
      [0, 'p', "looking for a copy of my great-grandfather's 1923 high school yearbook from Dunmore PA"],
      [30, 'l', "Hi, I'm Theo, a librarian with Ask Here PA."],
      [36, 'l', "Do you know which high school, Dunmore High or St. Mary's?"],
      [70, 'p', 'dunmore high'],
      [76, 'l', 'One moment while I search.'],
      [190, 'l', "I'm sorry, I searched WorldCat and the Access PA catalog, and neither lists a 1923 Dunmore yearbook, so I don't think one was kept in a library. Did that answer what you were after?"],
      [230, 'p', 'ok, thanks anyway. that was all'],
      [236, 'l', 'Sorry I could not find it. Thanks for asking, bye!'],
    ],
    exp: usual({ source: 'fail' }),
  },
];

describe('twenty-sixth round (B3): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-sixth round (B3): sources, every check', whole);
describeSessions('twenty-sixth round (B3): sources, short cases', short);

/** Cases once in `LEFT` that the scorer now reads as labelled (found when `LEFT` became a checked record, v34). */
const READ_SINCE_LEFT: SessionCase[] = [
  {
    // near miss g: the catalogue named only to say the book is not there; the title was named in a question
    // LEFT: source passes, for the reason of the Ask Here PA case above ("not in our catalog" read as the catalogue given).
    name: 'near miss: "Sorry, it\'s not in our catalog yet; it\'s on order.": no source',
    lines: [[0, 'p', 'do u have the new james mcbride book'], [20, 'l', 'Hi, Jo at Ask Us here. The Heaven & Earth Grocery Store?'], [40, 'p', 'yes'], [46, 'l', "Sorry, it's not in our catalog yet; it's on order. Does that answer your question?"], [70, 'p', 'ok']],
    exp: some({ source: 'fail', complete: 'pass' }),
  },
];

describeSessions('twenty-sixth-round-citing: once left, now read as labelled', READ_SINCE_LEFT);

describeLeft('twenty-sixth-round-citing', LEFT);
