/**
 * Eighteenth round, area (S4): ARTS AND MEDIA REFERENCE. Music (sheet music and scores, parts, recordings, lyrics,
 * streaming through the library), film and TV (where to stream, screenplays, film history), visual art (art history
 * databases, image rights and reproductions, citing an artwork or an exhibition catalogue), theatre and dance,
 * photography, local arts events. Voices: big-city and county public libraries, a conservatory library, an art-school
 * library, a statewide chat service, a text-message service, chat-speak, Spanish. Whole sessions (all 17 checks) and
 * short ones (a few checks), with near misses on the area's own words ("record", "score", "piece", "show", "play",
 * "track", "frame", "print", "collection", "session"), which must not trip families meant for other behaviours.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room (also at the cases):
 * - a streaming service or app named alone ("it's on Kanopy") is an app with no way to reach it, no source; with its
 *   URL or the library's page for it, it is a source (the README's reading of "borrow it free on Libby");
 * - a rights office, a performance library, a box office or a named curator the patron is told to write to, call or
 *   visit is a referral; an online image licence form or open-access page is a source, not a referral;
 * - booking the library's media lab or recording studio through a web form is using a source, not a referral;
 * - a provider's "let me pull up the score" is a hold; "I placed a hold on the score for you" is not;
 * - "too many records to do in one session" about a digitising lab's booked slot tells the patron nothing about
 *   their questions: no dismissal;
 * - "Is there anything else on the program besides the Brahms?" asks about the need (a clarifying question), not
 *   whether the patron needs anything else;
 * - "Is it still playing for you?" in a final idle asks about the video, not whether the patron is there;
 * - "Thanks to the Frick's photoarchive, …" thanks no one; "Enjoy the concert!" / "Break a leg!" as a last message are
 *   parting wishes, goodbyes (the README's reading of "Enjoy the show!", "Good luck with the paper!");
 * - "Time's Up" as a song title tells the patron nothing about their time.
 * - "your time is up for the studio booking at 5; you can book another hour …" is about the patron's booked studio
 *   hour, not the chat: the help goes on, no dismissal.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, at, describeSessions, other, type SessionCase, some, sys, usual, who } from './helpers';

const MEI = who('Mei Tanaka', 'mei');

export const whole: SessionCase[] = [
  // ---- sheet music and scores -------------------------------------------------------------------------------------
  {
    name: 'county library: piano sheet music for Clair de Lune, level asked, IMSLP and the catalog, "Does that answer your question?", patron done: a good session',
    lines: [
      [0, 'p', 'Hi! looking for sheet music for Clair de Lune for my daughter, she is learning piano'],
      [26, 'l', "Good afternoon, you've reached Ask a Librarian at Fairfax County Public Library. I'm Wendy. About how long has she been playing? The original is fairly hard, so there are easier arrangements."],
      [70, 'p', 'about 3 years, she can do some Chopin waltzes'],
      [78, 'l', "Then the original should be within reach. Two options: the public-domain Debussy score is free to print at imslp.org (search \"Suite bergamasque\", it's the 3rd movement), and we own the Henle edition, call number M25 .D4 S8, at the Reston and Tysons branches: place a hold at fairfaxcounty.gov/library. Does that answer your question?"],
      [130, 'p', 'yes perfect, thats all i needed'],
      [136, 'l', 'Wonderful! Thanks for chatting with FCPL, and happy practicing to her.'],
    ],
    exp: usual(),
  },
  {
    name: 'conservatory library: orchestral parts for Mahler 5, edition asked, score on reserve, the Orchestra Library referred with its e-mail: referral passes',
    lines: [
      [0, 'p', 'hello, I need the full score and a set of parts for Mahler 5 for a reading next week'],
      [22, 'l', 'Hi, this is Naomi at the San Francisco Conservatory of Music Library. Which edition is your conductor using, the Peters or the newer Ratz critical edition?'],
      [60, 'p', 'the critical edition i think'],
      [68, 'l', "One moment while I check our holdings."],
      [120, 'l', "We have the Ratz study score (M1001 .M21 no.5 R3) on 2-hour reserve at the circulation desk. Performance parts are not in the library's circulating collection: write to the Orchestra Library at orchlib@sfcm.edu with the reading date and they will pull a set. Does that cover what you need?"],
      [170, 'p', 'yes that covers it. nothing else, thank you!'],
      [176, 'l', 'Good luck with the reading! Thanks for stopping by the library chat.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "Dr. Patel, our music librarian" is a named specialist the patron is told to ask; "the front desk" gives
    // no phone, e-mail, address or URL
    name: 'near miss: the music librarian named and the patron told to ask her "at the front desk" with no way to reach her: referral fails',
    lines: [
      [0, 'p', 'do you have any choral octavos for SATB, christmas, for a church choir of 20'],
      [30, 'l', 'Hello, welcome to the Brooklyn Public Library chat. My name is Devon. Are you hoping to borrow a set of copies for the whole choir, or just a single copy to look at?'],
      [75, 'p', 'a set for the choir'],
      [83, 'l', "We don't lend choral sets through the regular catalog. Ask Dr. Patel, our music librarian, at the front desk of the Central Library; she keeps the performance sets. Our holiday choral list is also in the catalog at bklynlibrary.org under \"choral music\". Did that help?"],
      [140, 'p', 'ok i will ask her. thats all, thanks'],
      [146, 'l', 'Happy singing, and thanks for chatting with BPL!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // reading: "Is there anything else on the program besides the Brahms?" asks about the concert program (the need),
    // not whether the patron needs anything else
    name: 'near miss: program notes, "Is there anything else on the program besides the Brahms?" clarifies but is no "anything else" offer; "ok thanks" alone: anything else fails',
    lines: [
      [0, 'p', 'I am writing program notes for our community orchestra concert and need background on the Brahms Academic Festival Overture'],
      [28, 'l', 'Hi there, Raj here from Ann Arbor District Library. Is there anything else on the program besides the Brahms, so I can look for all of it at once?'],
      [66, 'p', 'just the Brahms for now'],
      [74, 'l', 'Let me look.'],
      [150, 'l', 'Oxford Music Online (Grove) has a full article on the overture, including the student songs Brahms quotes: aadl.org/research > Oxford Music Online, log in with your card. Is that what you needed?'],
      [200, 'p', 'ok thanks'],
      [206, 'l', 'You are welcome! Good luck with the notes.'],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    name: 'keep informed fails: a search for a rare score with 150 s of silence, then the answer',
    lines: [
      [0, 'p', 'Is there a score of the Florence Price Symphony No. 1 anywhere I can borrow?'],
      [20, 'l', "Hi! I'm Luis, a librarian with the Chicago Public Library. Do you need a full conductor's score or would a study score do?"],
      [50, 'p', 'study score is fine'],
      [200, 'l', 'G. Schirmer published it in 2021; we have one copy at Harold Washington Library Center, Music Information Center, 8th floor: chipublib.org/catalog, search "Price Symphony 1". Does that help?'],
      [240, 'p', 'great, that is all i need'],
      [246, 'l', 'Thank you for contacting CPL. Enjoy the music!'],
    ],
    exp: usual({ informed: 'fail' }),
  },

  // ---- recordings and streaming --------------------------------------------------------------------------------------
  {
    // reading: "the show is on Kanopy" with Kanopy's library page URL given after it: a source
    name: 'film: where to stream a documentary, format asked, Kanopy through the library with its URL, patron done: good session; the words "show" and "play" do not trip other checks',
    lines: [
      [0, 'p', 'where can i watch the documentary "Summer of Soul" for free? my teacher wants us to see it'],
      [21, 'l', "Hi, thanks for contacting Multnomah County Library! I'm Bea. Do you want to stream it at home or borrow the DVD?"],
      [55, 'p', 'stream please'],
      [61, 'l', 'The film plays on Hulu, but for free you can stream it with your library card through Hoopla: multcolib.org/hoopla, sign in and search the title. It counts as one of your 8 monthly borrows. Did that help?'],
      [110, 'p', 'yes got it playing! thats all'],
      [115, 'l', 'Enjoy the show! Thanks for chatting with us.'],
    ],
    exp: usual(),
  },
  {
    // reading: "It's on Kanopy" names an app with no way to reach it (no source)
    name: 'near miss: "It\'s on Kanopy, just log in with your card" with no URL or steps, then "anything else?": source fails, and with no completeness question completeness fails',
    lines: [
      [0, 'p', 'can i watch Rashomon through the library'],
      [35, 'l', 'Hello! This is Terry with Salt Lake County Library. Are you looking to stream it tonight, or is a DVD fine?'],
      [70, 'p', 'stream'],
      [76, 'l', "It's on Kanopy, just log in with your card."],
      [100, 'p', 'ok'],
      [106, 'l', 'Anything else I can help you find today?'],
      [140, 'p', 'no'],
      [146, 'l', 'Have a good evening!'],
    ],
    exp: usual({ source: 'fail', complete: 'fail' }),
  },
  {
    name: 'SMS service: the Hamilton cast recording on CD, format asked, a hold placed with the catalog link, no completeness question',
    lines: [
      [0, 'p', 'do u have the hamilton cast recording'],
      [40, 'l', 'Hi, this is Lee at Seattle Public Library text service. CD or streaming?'],
      [95, 'p', 'cd'],
      [101, 'l', '6 copies, 2 on shelf at Central. Hold: spl.org/catalog search "Hamilton original Broadway". Anything else?'],
      [150, 'p', 'nope ty'],
      [155, 'l', 'Thanks, bye!'],
    ],
    exp: usual({ complete: 'fail' }),
  },
  {
    // reading: booking the Memory Lab through its web page is using a source; "too many records to do in one session"
    // is about the lab's booked slot, not the patron's questions: no dismissal
    name: 'digitising vinyl: "Forty LPs is too many records to do in one session, so book two back-to-back slots" in the Memory Lab: no dismissal, no referral',
    lines: [
      [0, 'p', 'I have about 40 old vinyl records of my grandfather\'s, can I record them to mp3 at the library?'],
      [24, 'l', "Hi! I'm Cass with DC Public Library. Are they 33s or 78s? The turntable in the Memory Lab only does 33 and 45."],
      [60, 'p', 'all 33s'],
      [68, 'l', 'Great. Forty LPs is too many records to do in one session, so book two back-to-back 3-hour slots at dclibrary.org/memorylab. Bring a USB drive; the lab computers run Audacity, and the how-to guide is on the same page. Does that answer your question?'],
      [120, 'p', 'yes! that is everything'],
      [126, 'l', 'Have fun with the records, and thanks for contacting DC Public Library!'],
    ],
    exp: usual(),
  },
  {
    name: 'lyrics: a hymn\'s words and rights, the provider answers straight from hymnary.org without a question: clarify fails',
    lines: [
      [0, 'p', 'Looking for all the verses of "How Great Thou Art" for a funeral program, is it public domain?'],
      [30, 'l', 'Hello, this is Pat at Tulsa City-County Library. The English words by Stuart K. Hine (1949) are still under copyright, so you would need permission to print them; hymnary.org lists the text and the rights holder (hymnary.org/text/o_lord_my_god_when_i_in_awesome_wonder). Most churches print it under a CCLI license. Does that help?'],
      [90, 'p', 'yes, that is all I needed, thank you'],
      [96, 'l', 'I am sorry for your loss. Take care, and thanks for reaching out.'],
    ],
    exp: usual({ clarify: 'fail' }),
  },

  // ---- visual art and image rights ------------------------------------------------------------------------------------
  {
    name: 'image rights for a book cover: open-access Met image is a source; for the in-copyright print, the Artists Rights Society referred with phone and e-mail: referral passes',
    lines: [
      [0, 'p', 'I am self-publishing a book and want to use a painting on the cover. One is a Hokusai print and one is a Jacob Lawrence. How do I get permission?'],
      [32, 'l', "Hi, welcome to Ask Us at the Pratt Institute Libraries; I'm Mei, the visual resources librarian. Is the book for sale, and is it print only or also an ebook?"],
      [75, 'p', 'for sale, both'],
      [83, 'l', 'Thanks, give me a minute to check both.'],
      [170, 'l', "The Hokusai (the Met's impression of The Great Wave) is public domain and free under Open Access: metmuseum.org/art/collection, look for the OA icon and download the high-res file. Jacob Lawrence's work is still in copyright; contact the Artists Rights Society at 212-420-9160 or info@arsny.com for a commercial license. Does that answer your question?"],
      [230, 'p', 'very helpful, thats all'],
      [236, 'l', 'Good luck with the book! Thanks for using Ask Us.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: "reach out to the museum's rights and reproductions office" names a party; "the museum" with no contact
    name: 'near miss: "reach out to the museum\'s rights and reproductions office" with no contact, while the catalogue URL is the painting\'s: referral fails',
    lines: [
      [0, 'p', 'hi i need a high quality image of a painting at the Nelson-Atkins for my thesis presentation'],
      [28, 'l', "Hi! This is Jordan, a librarian at the Kansas City Art Institute's Jannes Library. Is this for a class presentation only, or will it be published?"],
      [70, 'p', 'just the presentation'],
      [78, 'l', "For a class presentation, JSTOR's Artstor images are cleared for teaching: kcai.edu/library > Databases > JSTOR, search the title. If you need the museum's own high-res file, reach out to the Nelson-Atkins's rights and reproductions office. Does that work for you?"],
      [130, 'p', 'yes works. no more questions!'],
      [136, 'l', 'Great, good luck on the thesis! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    name: 'citing an exhibition catalogue in Chicago, style asked, format given with the Chicago Manual link; patron leaves after "Did that help?"; check-in and notice (idle 220 s)',
    lines: [
      [0, 'p', 'how do i cite an exhibition catalogue'],
      [18, 'l', 'Hi, this is Sam at the School of the Art Institute of Chicago Flaxman Library. Which citation style does your instructor want?'],
      [60, 'p', 'chicago notes bibliography'],
      [68, 'l', 'Bibliography form: Editor Last, First, ed. Title of Catalogue. Exhibition catalogue. City: Publisher, Year. E.g. Rothkopf, Scott, ed. Jasper Johns: Mind/Mirror. Exhibition catalogue. New Haven: Yale University Press, 2021. The Chicago Manual (chicagomanualofstyle.org, section 14.131, our login is at libguides.saic.edu/chicago) covers it. Did that help?'],
      [190, 'l', 'Are you still there?'],
      [288, 'l', "It looks like you've disconnected, so I'll close this chat now. Come back any time!"],
    ],
    exp: usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' }),
  },
  {
    // reading: "Thanks to the Frick's photoarchive" thanks no one; "Happy researching" is a parting wish: the last
    // message says goodbye (courteous passes on it)
    name: 'art history database: provenance of a painting, Frick photoarchive; "Thanks to the Frick\'s photoarchive…" is no thanks but "Happy researching!" closes',
    lines: [
      [0, 'p', 'Im trying to trace the ownership history of a small Dutch still life my family has. where do i start'],
      [40, 'l', "Hello, you've reached the statewide Ask Away service; I'm Chris, a librarian at Delaware County Library. Do you know the artist's name, or is there a signature or a label on the back of the frame?"],
      [95, 'p', 'there is a label on the back of the frame, says "Knoedler 1922"'],
      [103, 'l', "That helps. M. Knoedler & Co. was a New York dealer, and its stock books are digitized in the Getty Provenance Index (piprod.getty.edu), searchable by year. Thanks to the Frick's photoarchive (frick.org/research/photoarchive) you can also compare photos of Dutch still lifes sold in the 1920s. Is that the kind of thing you're looking for?"],
      [170, 'p', 'yes exactly. that is all for now'],
      [176, 'l', 'Happy researching!'],
    ],
    exp: usual(),
  },
  {
    name: 'photography: old photos of a town in a statewide digital collection; provider never asks a question before the answer and ends with nothing courteous',
    lines: [
      [0, 'p', 'Are there any old photographs of Lanesboro from the 1900s online?'],
      [25, 'l', 'Hi, AskMN librarian Ruth here.'],
      [31, 'l', 'Minnesota Reflections has over 100 Lanesboro photos, many from 1900-1920: reflections.mndigital.org, search "Lanesboro". The Minnesota Historical Society photo collection (collections.mnhs.org) has more. Did you find what you were after?'],
      [95, 'p', 'yes these are great, thats all i need'],
      [101, 'l', 'ok'],
    ],
    exp: usual({ clarify: 'fail', courteous: 'fail' }),
  },
  {
    name: 'greeting and pickup fail: a film-history question picked up after 95 s with no greeting ("Checking the catalog for that now"), then the answer',
    lines: [
      [0, 'p', 'Do you have any books about the history of Technicolor?'],
      [95, 'l', 'Checking the catalog for that now.'],
      [140, 'l', '"Glorious Technicolor" by Fred Basten is at the Main branch (778.53 BAS): catalog.sdcl.org. Would you like more on the early two-strip films, or is that enough?'],
      [190, 'p', 'thats enough thanks, that is all'],
      [196, 'l', 'Have a good day!'],
    ],
    exp: usual({ pickup: 'fail', greeting: 'fail', clarify: 'fail' }),
  },

  // ---- theatre, dance, local events ----------------------------------------------------------------------------------
  {
    name: 'theatre: what\'s playing this weekend, rush tickets, the box office referred with its phone: referral passes',
    lines: [
      [0, 'p', 'whats playing at the Guthrie this weekend and are there cheap tickets'],
      [22, 'l', "Hi! This is Ana at Hennepin County Library. Are you looking for a specific show, or anything that's on?"],
      [50, 'p', 'anything, i\'m a student'],
      [58, 'l', 'This weekend the Wurtele Thrust Stage has "A Christmas Carol" and the Dowling Studio has a new play, "Jelly\'s Last Jam"; the schedule is at guthrietheater.org/shows. For student rush ($15, an hour before curtain), call the box office at 612-377-2224 to check what\'s left. Does that answer your question?'],
      [110, 'p', 'yep thanks, that\'s all'],
      [115, 'l', 'Enjoy the play! Thanks for chatting.'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    name: 'dance history: a research librarian at NYPL\'s dance division referred with an appointment e-mail; the patron done; good session',
    lines: [
      [0, 'p', 'I am researching Katherine Dunham\'s choreography for a dissertation chapter, any films of her work?'],
      [30, 'l', 'Hi, welcome to Ask NYPL! I\'m Ida, a librarian at the Library for the Performing Arts. Are you after performance footage specifically, or notation and programs too?'],
      [80, 'p', 'footage mostly'],
      [86, 'l', 'One moment while I search the catalog.'],
      [160, 'l', 'The Jerome Robbins Dance Division holds several Dunham films, e.g. "Katherine Dunham: Dance Technique" (call no. *MGZIA 4-2117); search archives.nypl.org/dan for the list. Viewing is by appointment: email the Dance Division at dance@nypl.org. Is that what you were looking for?'],
      [220, 'p', 'exactly what I need. nothing else'],
      [226, 'l', 'Great, good luck with the chapter, and thanks for using Ask NYPL!'],
    ],
    exp: usual({ referral: 'pass' }),
  },
  {
    // reading: the patron's own "I'll call the Kennedy Center" is not the provider referring
    name: 'local events: free summer concerts in the park, calendar URL; the patron says she\'ll call the venue herself: no referral',
    lines: [
      [0, 'p', 'Are there free outdoor concerts in DC in July?'],
      [28, 'l', 'Hello, thanks for contacting the DC Public Library! My name is Gwen. Which part of town, or are you open to anywhere?'],
      [70, 'p', 'anywhere near a metro'],
      [78, 'l', "The Kennedy Center's Millennium Stage has a free show every evening (kennedy-center.org/millennium), and the Navy Band plays at the Navy Memorial on Tuesdays in summer (navyband.navy.mil/schedule). Both are near Metro stops. Did that help?"],
      [130, 'p', 'yes, i will call the kennedy center to check if i need a ticket. thats all'],
      [136, 'l', 'Sounds good. Enjoy the concerts, and come back any time!'],
    ],
    exp: usual(),
  },
  {
    name: 'Spanish: películas en español en Hoopla, pregunta y respuesta con URL, "¿Le sirve?", "¿Algo más?": a good session',
    lines: [
      [0, 'p', 'Hola, ¿tienen películas mexicanas para ver en línea gratis?'],
      [30, 'l', '¡Hola! Le atiende Raúl, bibliotecario de la Biblioteca Pública de San Antonio. ¿Busca películas clásicas o más recientes?'],
      [75, 'p', 'clásicas, del cine de oro'],
      [83, 'l', 'En Kanopy hay varias de la Época de Oro, por ejemplo "Nosotros los pobres" con Pedro Infante. Entre con su tarjeta en mysapl.org/kanopy y busque "cine mexicano". ¿Le sirve esta información?'],
      [140, 'p', 'sí, muy bien'],
      [146, 'l', '¿Algo más en que le pueda ayudar?'],
      [170, 'p', 'no, gracias'],
      [176, 'l', '¡Que las disfrute! Gracias por comunicarse con la biblioteca.'],
    ],
    exp: usual(),
  },

  // ---- follow-ups -----------------------------------------------------------------------------------------------------
  {
    name: 'screenplay: the shooting script of a 1970s film checked with the archive, follow-up promised by Thursday to a confirmed e-mail, done in 30 h: all pass',
    lines: [
      [0, 'p', 'Hi, I am looking for the original shooting script of "The Conversation" (1974), not the published screenplay'],
      [26, 'l', "Hello, I'm Mei, the film studies librarian at UCLA Library. Do you need to see it in person, or would a scan of a few pages work?"],
      [70, 'p', 'a scan of the ending would be enough'],
      [78, 'l', 'The Margaret Herrick Library lists a draft in its Core Collection (oscars.org/library), but I need to confirm which draft with their staff. I will email you what I find by Thursday. What email should I use?'],
      [120, 'p', 'jlee.film@example.org'],
      [126, 'l', 'Thanks, that\'s jlee.film@example.org. You will hear from me by Thursday. Anything else today?'],
      [160, 'p', 'no, thanks a lot'],
      [166, 'l', 'Thanks for contacting UCLA Library, talk soon!'],
    ],
    over: { resolutionCode: 'Follow-up by me', followUps: [{ doneAt: at(30 * 3600), by: 'mei', note: 'sent Herrick draft info' }] },
    exp: usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll get back to you about the print\'s edition size" with no time and the session coded Answered: code and contact fail, on time pending',
    lines: [
      [0, 'p', 'I have a signed Chagall lithograph, how can I find out how many prints were in the edition?'],
      [30, 'l', 'Hi, this is Lena at Palm Beach County Library. Is there a number written in pencil at the bottom, like 25/50?'],
      [75, 'p', 'it says EA and no number. my email is dana.r@example.org'],
      [83, 'l', "EA means épreuve d'artiste, an artist's proof outside the numbered edition. The catalogue raisonné of Chagall's lithographs (Mourlot) is in our art reference collection. I'll get back to you about the edition size once I've looked in it."],
      [130, 'p', 'ok thank you'],
      [136, 'l', 'You are welcome, bye!'],
    ],
    exp: usual({ complete: 'fail', anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pending' }),
  },

  // ---- transfers ------------------------------------------------------------------------------------------------------
  {
    name: 'public library to the art librarian: an internal note and "I\'m transferring you to our art librarian": transfer passes',
    lines: [
      [0, 'p', 'I need images of Bauhaus textiles for a design class, is there a database for that'],
      [20, 'l', 'Hi, this is Jo with Pasadena Public Library. Is this for a college class, and do you need to reuse the images in a presentation?'],
      [60, 'p', 'yes art center college, for slides'],
      [64, 'i', 'Mei, patron needs Bauhaus textile images for slides, Art Center student; you know Artstor better than I do'],
      [68, 'l', "I'm transferring you to Mei, our art librarian, who knows the image databases best. One moment please."],
      [71, 's', 'Chat transferred to Mei Tanaka', sys('transfer', 'mei')],
      [110, 'l', 'Hi, Mei here! JSTOR\'s Artstor collection has Anni Albers and Gunta Stölzl textiles, free to use in class slides: pasadenapubliclibrary.net/research > JSTOR, then Images. Does that get you what you need?', MEI],
      [170, 'p', 'yes! thats all i need'],
      [176, 'l', 'Great, thanks for contacting the library!', MEI],
    ],
    exp: usual({ transfer: 'pass' }),
  },
  {
    name: 'near miss: a theatre-script question transferred with an internal note but the patron never told: transfer fails',
    lines: [
      [0, 'p', 'where can i find a monologue from a contemporary play for an audition, female, 1 minute'],
      [25, 'l', "Hello! I'm Jo, a librarian at Austin Public Library. Comedic or dramatic?"],
      [55, 'p', 'dramatic'],
      [60, 'i', 'Mei, audition monologues, dramatic, female, contemporary: can you take this one? You run the drama collection'],
      [63, 's', 'Chat transferred to Mei Tanaka', sys('transfer', 'mei')],
      [100, 'l', 'Hi, Mei here. Try Drama Online (library.austintexas.gov/databases > Drama Online): filter Monologues by gender and tone. "Clybourne Park" and "Ruined" both have strong one-minute pieces. Did that help?', MEI],
      [160, 'p', 'yes. that\'s everything, thanks'],
      [165, 'l', 'Break a leg! Thanks for contacting APL.', MEI],
    ],
    exp: usual({ transfer: 'fail' }),
  },

  // ---- dismissals and endings -----------------------------------------------------------------------------------------
  {
    name: 'dismissal: "we only allow one question per chat, so I have to end this one" after a second question about a score: fails',
    lines: [
      [0, 'p', 'do you have the vocal score for La Boheme'],
      [24, 'l', 'Hi, you are chatting with Kim at the Free Library of Philadelphia. Italian only, or with English translation?'],
      [55, 'p', 'with english please'],
      [61, 'l', 'The Schirmer vocal score (Italian/English) is at the Fleisher Collection and Parkway Central: catalog.freelibrary.org, search "Boheme vocal score". Does that answer your question?'],
      [100, 'p', 'yes, and do you have the libretto for tosca too?'],
      [108, 'l', 'We only allow one question per chat, so I have to end this one now.'],
    ],
    exp: usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' }),
  },
  {
    name: 'allowed: other patrons waiting, come back later, with the Tosca libretto left for a new chat: no dismissal',
    lines: [
      [0, 'p', 'do you have the vocal score for La Boheme'],
      [24, 'l', 'Hi, you are chatting with Kim at the Free Library of Philadelphia. Italian only, or with English translation?'],
      [55, 'p', 'with english please'],
      [61, 'l', 'The Schirmer vocal score (Italian/English) is at Parkway Central: catalog.freelibrary.org, search "Boheme vocal score". Does that answer your question?'],
      [100, 'p', 'yes, and do you have the libretto for tosca too?'],
      [108, 'l', "I have a few other patrons waiting right now, so please start a new chat in a little while for Tosca and we'll be glad to help. Thanks for your patience!"],
    ],
    exp: usual({ anything: 'fail' }),
  },
  {
    // reading: "Time's Up" is a song title, not the patron's time
    name: 'near miss: "Time\'s Up" by Living Colour is a track title; the provider finds it on Freegal: no dismissal',
    lines: [
      [0, 'p', 'can i download the album Time\'s Up by Living Colour'],
      [28, 'l', 'Hey! Sam from Denver Public Library here. Do you want to keep the mp3s or just stream it?'],
      [60, 'p', 'keep them'],
      [66, 'l', "Time's Up is on Freegal: denverlibrary.org/freegal, sign in with your card and you can keep 5 tracks a week. Does that help?"],
      [120, 'p', 'yes thats all i need'],
      [126, 'l', 'Rock on, and thanks for chatting!'],
    ],
    exp: usual(),
  },
  {
    name: 'concurrency: the provider had four chats open while answering about photography books: fails',
    lines: [
      [0, 'p', 'any good books on learning film photography, like with an old Pentax'],
      [22, 'l', 'Hi, this is Jo at Boise Public Library. Are you completely new to it, or do you know exposure basics?'],
      [60, 'p', 'new'],
      [68, 'l', 'Start with "The Film Photography Handbook" by Chris Marquardt; we have 3 copies: boisepubliclibrary.org/catalog. Is that what you were looking for?'],
      [110, 'p', 'yes, nothing else'],
      [115, 'l', 'Have fun shooting! Thanks for chatting.'],
    ],
    ctx: { otherIntervals: [other('a', 'jo', -200, 300), other('b', 'jo', -100, 300), other('c', 'jo', 10, 300), other('d', 'jo', 20, 200)] },
    exp: usual({ concurrency: 'fail' }),
  },
  {
    name: 'the patron left before pickup after asking about a local art fair; the provider greets and gives a notice: no substantive exchange; Lost Call',
    lines: [
      [0, 'p', 'when is the cherry creek arts festival this year'],
      [10, 's', 'Patron has left the chat.'],
      [30, 'l', 'Hi, this is Max with Denver Public Library. How can I help?'],
      [100, 'l', 'It looks like you have left, so I am closing this chat. Thanks for contacting us!'],
    ],
    over: { resolutionCode: 'Lost Call' },
    exp: usual({ informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na' }),
  },
  {
    // reading: "Is it still playing for you?" asks about the video, not whether the patron is still there
    name: 'near miss: "Is it still playing for you?" in a final idle of 200 s asks about the stream, not the patron: check-in and notice fail',
    lines: [
      [0, 'p', 'the kanopy movie keeps freezing on my roku'],
      [30, 'l', 'Hi, Ellen at Montgomery County Public Libraries here. Does it freeze at the same spot each time?'],
      [70, 'p', 'no random'],
      [78, 'l', "Try lowering the quality: in the Kanopy Roku app go to Settings > Playback > Quality and pick 720p. Kanopy's help page for Roku is help.kanopy.com. Did that fix it?"],
      [160, 'l', 'Is it still playing for you?'],
    ],
    over: { endAfter: 118 },
    exp: usual({ anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'fail' }),
  },
];

export const short: SessionCase[] = [
  // ---- holds and hold messages ----------------------------------------------------------------------------------------
  {
    // reading: "I placed a hold on the score" reports an action done, not a wait: the 150 s after it are on the patron
    name: 'near miss: "I placed a hold on the score for you" is no hold message; the patron\'s 150 s reply wait is on the patron',
    lines: [
      [0, 'p', 'need the Bach cello suites, Bärenreiter edition'],
      [20, 'l', 'Hi, Tom at Cleveland Public Library. Just the suites, or with the facsimile of the manuscripts?'],
      [50, 'p', 'just suites'],
      [56, 'l', 'I placed a hold on the score for you at Main: cpl.org/catalog shows it under your account. Did that help?'],
      [206, 'p', 'great, thanks! that is all'],
      [212, 'l', 'You are welcome, bye!'],
    ],
    exp: some({ informed: 'pass', complete: 'pass', anything: 'pass', courteous: 'pass' }),
  },
  {
    name: '"Let me pull up the score in the catalog" is a hold: the next 100 s and 100 s spans are each under the limit',
    lines: [
      [0, 'p', 'does the library have the Hamilton piano vocal selections'],
      [20, 'l', 'Hello, this is Dee at Kansas City Public Library. Piano/vocal or easy piano?'],
      [50, 'p', 'piano vocal'],
      [60, 'l', 'Let me pull up the score in the catalog.'],
      [160, 'l', 'Still looking, the music records are slow today.'],
      [260, 'l', 'Found it: kclibrary.org/catalog, "Hamilton vocal selections", on shelf at Central. Does that help?'],
    ],
    exp: some({ informed: 'pass' }),
  },
  {
    name: 'near miss: "The piece has a famous one-moment pause before the coda" gives information; the 150 s after it wait on the patron, not the provider',
    lines: [
      [0, 'p', 'what is special about the ending of Haydn\'s Farewell symphony'],
      [25, 'l', 'Hi! Ivy from Arlington Public Library here. Are you writing about it or just curious?'],
      [60, 'p', 'curious'],
      [66, 'l', 'In the finale the players leave one by one, and the piece ends with only two violins; it was a hint to Prince Esterházy that the musicians wanted to go home. Grove Music Online has the story: library.arlingtonva.us/research. Does that answer your question?'],
      [216, 'p', 'ha, cool'],
    ],
    exp: some({ informed: 'pass', complete: 'pass' }),
  },

  // ---- dismissal near misses ----------------------------------------------------------------------------------------
  {
    name: 'near miss: "That\'s too many tracks for one CD-R" is about the disc: no dismissal',
    lines: [
      [0, 'p', 'can i burn 30 songs to one cd at the library computer'],
      [22, 'l', 'Hi, Bo at Tacoma Public Library. Are they mp3s or wav files?'],
      [50, 'p', 'wav'],
      [56, 'l', "As WAV that's too many tracks for one CD-R (about 80 minutes max), so split them over two discs. The Media Lab has a burner: tacomalibrary.org/medialab. Does that help?"],
      [100, 'p', 'yes thanks'],
    ],
    exp: some({ dismissal: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "Forty records is too many records to do in one session" at the Memory Lab booking: no dismissal (short form)',
    lines: [
      [0, 'p', 'can i digitize a box of 45s at the library'],
      [22, 'l', 'Hi! Ro at Austin Public Library. How many are there?'],
      [50, 'p', 'maybe 40'],
      [56, 'l', "That's too many records to do in one session in the lab, so plan on two visits. Book the Recording Studio at library.austintexas.gov/studio. Does that help?"],
      [100, 'p', 'ok thanks'],
    ],
    exp: some({ dismissal: 'pass', referral: 'na' }),
  },
  {
    name: 'dismissal: "You\'ve asked too many questions for one chat" about a list of film titles, with no way back: fails',
    lines: [
      [0, 'p', 'can you check if you have these 12 criterion dvds, list coming'],
      [20, 'l', 'Hi, this is Jan at Wake County Public Libraries. Sure, send the list.'],
      [50, 'p', 'seven samurai, ran, ikiru, tokyo story, floating weeds, late spring, 8 1/2, la strada, the 400 blows, breathless, pierrot le fou, contempt'],
      [60, 'l', "You've asked too many questions for one chat, sorry."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: '"Our time is up for the studio booking at 5" is about the patron\'s booked studio hour: no dismissal',
    lines: [
      [0, 'p', 'I booked the podcast studio 4-5 today, can I stay longer if nobody is after me?'],
      [25, 'l', 'Hi, Nia at Sacramento Public Library. Which branch is the booking at?'],
      [55, 'p', 'central'],
      [61, 'l', "Bookings end on the hour, and the system locks the mixer at 5, so your time is up for the studio booking at 5; you can book another hour right after at saclibrary.org/studio if it's free. Does that help?"],
      [100, 'p', 'yes thats all thanks'],
      [104, 'l', 'Have a good session!'],
    ],
    exp: some({ dismissal: 'pass', anything: 'pass', courteous: 'pass' }),
  },

  // ---- referrals and sources -------------------------------------------------------------------------------------------
  {
    // reading: filling in the museum's online image request form is using a source, not a referral
    name: 'image order through the museum\'s online request form: a source, no referral',
    lines: [
      [0, 'p', 'how do i order a photo of a painting from the Art Institute for a poster'],
      [25, 'l', 'Hi, Lou at Evanston Public Library. For personal use or to sell?'],
      [60, 'p', 'personal'],
      [66, 'l', 'For personal use, public-domain works download free from artic.edu/collection (look for "CC0"); for other works, fill in the image request form at artic.edu/image-licensing. Did that help?'],
    ],
    exp: some({ source: 'pass', referral: 'na', complete: 'pass' }),
  },
  {
    name: 'the performance library at a conservatory named and told to e-mail "them" with the address in the sentence before: referral passes',
    lines: [
      [0, 'p', 'I need bowings marked parts for Brahms 2 for studio class'],
      [25, 'l', 'Hi, Greta at the Oberlin Conservatory Library. Which studio class, strings only?'],
      [55, 'p', 'yes violin'],
      [61, 'l', 'The Ensemble Library keeps the marked parts; their address is ensemblelibrary@oberlin.edu. Email them with the class day and they will set the parts aside. Does that help?'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'the theatre\'s accessibility office referred with no contact ("ask the theatre\'s accessibility office about captioned performances"): referral fails',
    lines: [
      [0, 'p', 'are there captioned performances of Wicked at the Pantages'],
      [25, 'l', 'Hello, Cam at LA County Library. Are you looking for open captions or a personal caption device?'],
      [60, 'p', 'open captions'],
      [66, 'l', 'The tour usually schedules one open-captioned performance per run. Ask the theatre\'s accessibility office about the date. Does that help?'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "record" as a noun in "the record shows the film is on order" is no referral and no promise',
    lines: [
      [0, 'p', 'do you have the new Wes Anderson movie on dvd'],
      [20, 'l', 'Hi, Pia at Johnson County Library. DVD or Blu-ray?'],
      [50, 'p', 'dvd'],
      [56, 'l', 'The catalog record shows it is on order, and you can already place a hold at jocolibrary.org/catalog; you will be notified when it arrives. Did that help?'],
      [100, 'p', 'yes'],
    ],
    exp: some({ referral: 'na', contact: 'na', code: 'pass', source: 'pass' }),
  },
  {
    name: 'framing a print: the makerspace\'s mat cutter booked online: no referral (a service booked through a page)',
    lines: [
      [0, 'p', 'can i frame a print at the library'],
      [22, 'l', 'Hi! Ben at Nashville Public Library. What size is the print?'],
      [55, 'p', '11x14'],
      [61, 'l', 'The Studio NPL makerspace has a mat cutter that takes up to 16x20; book time at library.nashville.org/studio and bring your own frame. Did that help?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'a named photo curator at the historical society to call, with phone: referral passes',
    lines: [
      [0, 'p', 'who would know about dating an old tintype photo'],
      [22, 'l', 'Hello, Ona at Vermont Online Library chat. Do you know roughly where it was taken?'],
      [60, 'p', 'vermont probably'],
      [66, 'l', 'Call Paul Carnahan, the librarian at the Vermont Historical Society, at 802-479-8500; he can look at the costume and the plate size. Does that help?'],
    ],
    exp: some({ referral: 'pass' }),
  },

  // ---- completeness, anything else, courteous near misses --------------------------------------------------------------
  {
    name: 'near miss: "Would a high-res scan of the print work for you?" asked before anything is given, then the link with no question: completeness fails',
    lines: [
      [0, 'p', 'I need a copy of the old poster for the 1939 World\'s Fair'],
      [25, 'l', 'Hi, Zoe at Queens Public Library. Would a high-res scan of the print work for you?'],
      [60, 'p', 'yes'],
      [66, 'l', 'The NYPL Digital Collections has it free: digitalcollections.nypl.org, search "World\'s Fair 1939 poster".'],
      [100, 'p', 'got it'],
    ],
    exp: some({ clarify: 'pass', complete: 'fail', source: 'pass' }),
  },
  {
    name: '"Does the track play now?" after the fix asks whether it solved the problem: completeness passes',
    lines: [
      [0, 'p', 'freegal songs wont play on my phone'],
      [25, 'l', 'Hi, Ed at Hartford Public Library. Android or iPhone?'],
      [55, 'p', 'iphone'],
      [61, 'l', 'In the Freegal app, tap Settings and turn off "Stream on Wi-Fi only"; the steps are at hplct.org/freegal. Does the track play now?'],
      [100, 'p', 'yes it plays!'],
    ],
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss: "Any other pieces on the recital you need scores for?" scoped to the need: anything else passes (scoped offer)',
    lines: [
      [0, 'p', 'I need the score for Debussy Syrinx for my flute recital'],
      [22, 'l', 'Hi, Liz at the Eastman School Sibley Music Library. Urtext or any edition?'],
      [50, 'p', 'urtext'],
      [56, 'l', 'Henle HN 1163 is on the shelf at M60 .D43 S9, and IMSLP has the 1927 Jobert edition free at imslp.org. Does that help?'],
      [90, 'p', 'yes'],
      [96, 'l', 'Any other pieces on the recital you need scores for?'],
      [130, 'p', 'no thats it'],
    ],
    exp: some({ anything: 'pass', complete: 'pass' }),
  },
  {
    name: 'near miss: "Thanks to the Getty\'s open content program…" in the last message thanks no one: courteous fails',
    lines: [
      [0, 'p', 'can I use a Van Gogh image from the Getty in my school project'],
      [22, 'l', 'Hi, Ana at Glendale Library. Is it for a class slideshow?'],
      [55, 'p', 'yes'],
      [61, 'l', 'Thanks to the Getty\'s open content program, you can download Irises free at getty.edu/art/collection and use it in class. Does that help?'],
      [100, 'p', 'yes thats all'],
      [106, 'l', 'Ok.'],
    ],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: '"Happy listening!" as the last message: courteous passes',
    lines: [
      [0, 'p', 'is there a way to listen to the Met Opera radio broadcasts'],
      [22, 'l', 'Hi, Kit at Westchester Library System. Live or archived?'],
      [50, 'p', 'archived'],
      [56, 'l', 'Met Opera on Demand is free through our databases: westchesterlibraries.org/databases > Met Opera on Demand. Does that answer your question?'],
      [90, 'p', 'yes that is all'],
      [96, 'l', 'Happy listening!'],
    ],
    exp: some({ courteous: 'pass', anything: 'pass', complete: 'pass' }),
  },
  {
    // reading: "a print" and "the show" in an ordinary sentence are not a goodbye, a hold or a check-in
    name: 'near miss: "The show closes Sunday" is no goodbye in the last two messages: courteous fails',
    lines: [
      [0, 'p', 'is the Kusama exhibit still up at the Broad'],
      [22, 'l', 'Hi, Mo at LA Public Library. Do you want dates or tickets?'],
      [50, 'p', 'dates'],
      [56, 'l', 'The show closes Sunday; dates and free timed tickets are at thebroad.org/visit. Does that help?'],
      [90, 'p', 'yes that is all i needed'],
      [96, 'l', 'The print catalogue is $45 in their shop.'],
    ],
    exp: some({ courteous: 'fail', anything: 'pass' }),
  },
  {
    name: 'Spanish: "¿Sigue ahí?" check-in after the answer on a theatre question, idle 150 s: check-in passes, notice na',
    lines: [
      [0, 'p', '¿hay obras de teatro en español en Chicago este mes?'],
      [25, 'l', '¡Hola! Le saluda Raúl, de la Biblioteca Pública de Chicago. ¿Busca algo para niños o para adultos?'],
      [60, 'p', 'adultos'],
      [66, 'l', 'Aguijón Theater y Teatro Vista tienen funciones este mes: aguijontheater.org y teatrovista.org. ¿Le sirve?'],
      [190, 'l', '¿Sigue ahí?'],
    ],
    over: { endAfter: 26 },
    exp: some({ idle: 'pass', disconnect: 'na' }),
  },
  {
    name: 'clarify: "So you need a film still, not a poster?" restates the need before the source: passes',
    lines: [
      [0, 'p', 'i want a picture from the movie Vertigo for a paper'],
      [22, 'l', 'Hi, Gil at Berkeley Public Library. So you need a film still, not a poster?'],
      [50, 'p', 'yes a still'],
      [56, 'l', 'The Margaret Herrick Library digital collections have production stills: digitalcollections.oscars.org, search "Vertigo". Did that help?'],
    ],
    exp: some({ clarify: 'pass', source: 'pass' }),
  },
  {
    name: 'clarify near miss: "the score for Star Wars" answered at once, the question comes in the message with the source: clarify fails',
    lines: [
      [0, 'p', 'where can i find the score for Star Wars'],
      [22, 'l', 'Hi, Lex at Orange County Library System. The John Williams piano solo book is in the catalog at ocls.org/catalog, search "Star Wars piano". Were you after the full orchestra score instead?'],
      [60, 'p', 'no piano is good'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'follow-up by the patron\'s library: a conservatory will mail the recording list "within two days" to a confirmed e-mail: contact passes, on time pending',
    lines: [
      [0, 'p', 'Hi, do you have recordings of student recitals from 2019? my son played in one. email is kwame.o@example.org'],
      [30, 'l', 'Hello, Bess at the New England Conservatory\'s Spaulding Library. Which month and which hall?'],
      [70, 'p', 'may 2019, jordan hall'],
      [78, 'l', 'Those are in our recital archive, which I can\'t search from chat. Our archivist will email the list to kwame.o@example.org within two days. Anything else?'],
      [110, 'p', 'no thanks'],
      [116, 'l', 'Thanks for contacting NEC, have a good day.'],
    ],
    over: { resolutionCode: "Follow-up by patron's library" },
    exp: some({ contact: 'pass', onTime: 'pending', code: 'pass' }),
  },
  {
    name: 'near miss: "the system will email you when the Blu-ray is ready" is the catalog\'s notice: no follow-up session',
    lines: [
      [0, 'p', 'can you put the criterion Paris Texas blu-ray on hold for me'],
      [22, 'l', 'Hi, Rae at Saint Paul Public Library. Do you want it at your home branch?'],
      [55, 'p', 'yes, highland park'],
      [61, 'l', 'Done: it is on hold at Highland Park, and the system will email you when it is ready. Your holds are at sppl.org/account. Anything else?'],
      [90, 'p', 'no'],
    ],
    exp: some({ contact: 'na', onTime: 'na', code: 'pass' }),
  },

  // ---- guards of S4's narrowings (the same words, still the behaviour) -------------------------------------------------
  {
    name: 'guard: "Anything else on the program you\'d like notes for?" after the answer still offers more help: anything else passes',
    lines: [
      [0, 'p', 'I need background on Copland\'s Appalachian Spring for our concert program'],
      [22, 'l', 'Hi, Vic at Tucson-Pima Public Library. Full ballet or the orchestral suite?'],
      [50, 'p', 'the suite'],
      [56, 'l', 'Oxford Music Online has the history of the 1945 suite and the Shaker tune "Simple Gifts": library.pima.gov/research > Oxford Music Online. Does that help?'],
      [90, 'p', 'yes'],
      [96, 'l', "Anything else on the program you'd like notes for?"],
      [130, 'p', 'no, just that'],
    ],
    exp: some({ anything: 'pass', clarify: 'pass' }),
  },
  {
    name: 'guard: "Sorry, your time is up for this chat." with no way back still dismisses',
    lines: [
      [0, 'p', 'can you find me the lyrics to every song on the Rumours album'],
      [22, 'l', 'Hi, Dot at Lubbock Public Library. All eleven songs?'],
      [50, 'p', 'yes all of them'],
      [56, 'l', 'Sorry, your time is up for this chat.'],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "Sorry, time\'s up, I have to close this chat now." still dismisses',
    lines: [
      [0, 'p', 'what year did the Joffrey Ballet move to Chicago and who was director'],
      [22, 'l', 'Hi, Fay at Evanston Public Library. Are you writing about the company?'],
      [50, 'p', 'yes a report'],
      [56, 'l', "The Joffrey moved to Chicago in 1995 under Gerald Arpino; the company history is at joffrey.org/about. Sorry, time's up, I have to close this chat now."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
  {
    name: 'guard: "That\'s too many records to look up in one session, so I won\'t be doing the rest" (catalog records of recordings) still dismisses',
    lines: [
      [0, 'p', 'can you check which of these 25 jazz albums you own on cd, list below'],
      [22, 'l', 'Hi, Abe at Madison Public Library. Sure, paste them in.'],
      [50, 'p', 'kind of blue, a love supreme, mingus ah um, time out, blue train, somethin else, moanin, saxophone colossus, and 17 more'],
      [56, 'l', "I checked the first five: all on CD at Central. That's too many records to look up in one session, so I won't be doing the rest."],
    ],
    exp: some({ dismissal: 'fail' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('eighteenth round (S4): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('eighteenth round (S4): arts and media reference, every check', whole);
describeSessions('eighteenth round (S4): arts and media reference, short cases', short);

describeLeft('eighteenth-round-arts', LEFT);
