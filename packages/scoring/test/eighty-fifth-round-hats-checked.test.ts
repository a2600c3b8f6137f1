/**
 * Eighty-fifth round, theme HATS, MILLINERY AND COSTUME DESIGN, checked: 30 whole sessions no one had written, from Maryland
 * public library and statewide AskUsNow! "ask a librarian" chats: a no-sew fascinator for the Preakness, blocking a wool felt
 * fedora without a hat block, whether hatters really went mad from mercury (a chemistry assignment), costumes on a $300 budget
 * for a high school Into the Woods, sweat stains on a Panama hat, a correct 1861 Union kepi for a reenactor, a 1920s cloche for a
 * Gatsby wedding in Annapolis, the derby and the bowler, measuring a head for a hat size, restoring a late father's felt Stetson,
 * buying buckram, wire and sinamay near Glen Burnie, a preschool Easter bonnet parade, hat etiquette at a church wedding, hat pin
 * length, a charro hat for ballet folklórico (Spanish), a bridal headpiece (Spanish), Tudor garb and a French hood for the
 * Renaissance Festival at Crownsville, an EVA-foam witch hat for cosplay, becoming a theatre costume designer, Jackie Kennedy's
 * pillbox hats for a senior-centre display, a hat-making workshop in Chestertown, the chef's toque and its hundred pleats, soft
 * chemo caps to knit, a Catrina hat for Día de Muertos (Spanish), a fourth-grader's tricorn, storing a grandmother's 1940s-60s
 * hats, a sun hat for gardening, and Lincoln's stovepipe hat for a wax museum project. Every one of the 17 checks labelled in
 * every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/hats-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 22 s and other ordinary pickups; exactly 60 s (03: pass); 61 s after the patron's "hello?" (04: fail); 58 s after
 *   the patron's "¿hola? ¿hay alguien?" (15); `pickedUpAt` at 55 s with the first visible line at 66 s (16: pass on the recorded
 *   pickup); no provider ever, only the queue's system line (18: fail);
 *  greeting: name, library and service in one line (01, 08, 11, 20, 22 …); "Good morning! This is Marcus, a librarian with …"
 *   (02); Spanish "Le atiende Andrea, bibliotecaria de AskUsNow!." (16) and "Soy Lupe, bibliotecaria del Sistema …" (15); "Hi
 *   there!" and a question with no name, library or service, only the screen name patw_mcpl (05: fail); "Omar with Baltimore
 *   County Public Library's Ask a Librarian service." with no greeting word (10: fail); a greeting and a transfer notice as the
 *   first two lines (26); chat-speak/texting "Thanks for texting us." (30);
 *  keep_informed: a hold answered 121 s later (06: fail); a patron question answered exactly 120 s later (07: pass); "Sure, no
 *   hurry — take your time." and the patron back 204 s later (07: waiting on the patron); a hold, then "Por ahora encontré un
 *   libro …, sigo buscando" 98 s later (a partial result that says the search goes on: a hold), then the answer 90 s later (16:
 *   pass); transfer notices answered 78 s (27) and 61 s (26) later; a silent transfer, the receiver 130 s after the patron's
 *   message (28: fail); the patron's last message never answered, 200 s to `endedAt` (30: a span still open at the end, pass);
 *  clarify: the need, deadline, format, size, residence, the patron's skill, who the costume is for; a restatement with no
 *   question mark, "So what you're after is a way to shape …" (02); none before the answer (08: fail); a question only after
 *   the first source (22: fail); a question and no source ever (09 answer from memory, 15 Lost Call: pass);
 *  sources: Creativebug, the catalogues (prattlibrary.org, hclibrary.org, library.carr.org, aacpl.net, mcpl.org,
 *   wicomicolibrary.org), Gale In Context: Science, Gale OneFile, Consumer Reports, named books (From the Neck Up, The Costume
 *   Designer's Handbook, Echoes of Glory, Vintage Hats & Bonnets 1770-1970, The Tudor Tailor, Crafts for Easter, Day of the
 *   Dead Crafts), loc.gov/pictures, jfklibrary.org, emilypost.com, lockhatters.co.uk, brentblack.com, stetson.com,
 *   hatshopnyc.com, punishedprops.com, ravelry.com, rennfest.com, bls.gov/ooh, skincancer.org, colonialwilliamsburg.org,
 *   americanhistory.si.edu, the CCI Notes at canada.ca; none (09: fail; 15: fail after a clarifying question);
 *  completeness: "Does that give you what you need to get going?", "Would that work for her?", "Is that a good start?", "Does
 *   that settle it?", "¿Le sirve esto?", "In the meantime, does the JFK Library archive look useful?", "Does that help for
 *   now?"; the offer "Want me to check whether another branch has … too?" as the only question (04: fail); none possible (15);
 *  anything_else: provider-asked ("Anything else I can help with today?", "Anything else today?"); patron-said ("that's all i
 *   needed", "thats everything", "no tengo más preguntas", "es todo", "that's all for now", "that's all we needed"); near
 *   misses "yes thx", "ok will do", "sweet thanks!!" and the provider's "come back anytime if other questions come up!" (24:
 *   fail);
 *  endings: "Sorry, your time is up for this session — I can only spend so long on one chat." (19: dismissal fails, the later
 *   thanks keeps courteous); "I have several other patrons waiting right now, so please log back on later" (20: allowed);
 *   final idle of 119 s (09: na), 120 s with "Are you still there?" (27: pass), 121 s with no check-in (11: fail), exactly
 *   180 s with a check-in and a notice that invites back (12: pass, pass), 181 s with a check-in and a plain goodbye (13: idle
 *   passes, notice fails); a true Lost Call: greeting, check-in, a notice that invites back (14); a Spanish Lost Call after
 *   the patron's two lines and a clarifying question, "¿Sigue ahí?", a notice with no thanks (15: courteous fails, code
 *   fails); the patron's last word with no reply (30: no final idle);
 *  codes: Answered; Lost Call with one patron line (14: pass) and two (15: fail); "" (05); null with no provider (18); Practice
 *   (17); the field left out (30: na); Follow-up by me with a contact (21, 23: pass) and without any (25: fail); a promise coded
 *   Answered (24: fail); Follow-up by patron's library with a phone (22);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday", done at 30 h, judged at day 3 (21: pass); FU_LIB, cell number
 *   read back, "within 3 business days", done 75 h after the end, judged at day 5 (22: on_time fails); FU_ME, e-mail read back,
 *   no time, nothing recorded at day 1 (23: contact fails, pending); "I'll get back to you with it" coded Answered, the e-mail
 *   only in `patron.email`, nothing recorded at day 4 (24: fail, fail, fail); FU_ME, "by tomorrow" but no e-mail or phone
 *   anywhere, done at 20 h (25: code and contact fail, on_time passes);
 *  referrals: a supply shop by phone and street address (11: pass); "the hatter in Fells Point" with no way to reach it
 *   (10: fail); the University of Maryland's theatre school's advising office through tdps.umd.edu (20: pass); a
 *   branch workshop coordinator by e-mail, in Spanish (26: pass); not referrals: Kent County staff asked to call the patron
 *   (22), a colleague taking the chat by transfer (26, 27, 28), websites and books to use (most);
 *  transfers: a notice (a hold) and an internal note saying why, English to Spanish (26: pass); a notice and no note (27:
 *   fail); a note and no word to the patron (28: fail);
 *  concurrency: three others open, four at once from 30 s to 40 s (19: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (30: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a greeting needs a greeting word: "Omar with Baltimore County Public Library's Ask a Librarian service. I'm sorry your
 *   dad's hat got crushed." identifies but greets no one (sympathy is not a greeting) (10: fail); "Hi there!" with only the
 *   screen name patw_mcpl identifies no one in the text (05: fail);
 * - when the source records `pickedUpAt`, it is the pickup: 55 s, pass, though the first visible line came at 66 s (16);
 * - "So what you're after is a way to shape a wool felt hood into a fedora at home, without a wooden hat block." restates the
 *   question though it ends in a full stop (02: clarify passes);
 * - "Do you have a soft measuring tape, like a sewing one?" asks about the patron's situation in a way that shapes the answer;
 *   with no source ever given, any such question counts (09);
 * - "¿En qué condado vive? Así busco en el catálogo de su biblioteca." asks the patron's residence and says where the provider
 *   will search; it gives the patron no source, so the first source is the later mcpl.org line (16: clarify passes);
 * - "Por ahora encontré un libro de flores de tela, sigo buscando algo en español sobre tocados." gives a partial result and
 *   says the search goes on: a hold (16); "Sure, no hurry — take your time." is not (07);
 * - "Thanks for waiting." opening an answer does not make the answer a hold (06);
 * - "Does that give you what you need to get going?", "Would that work for her?", "Is that a good start?", "Does that settle
 *   it?", "Is that simple enough for Friday?", "¿Le sirve esto?" and "Does that help for now?" ask whether what was already
 *   given meets the need; "Want me to check whether another branch has a copy of … too?" offers something not yet given (04:
 *   completeness fails);
 * - "thats everything", "that's all i needed", "that's all i wanted to know", "that's all for now", "no tengo más preguntas",
 *   "es todo", "that's everything" and "that's all we needed" say explicitly that the patron is done; "yes thx", "ok will do"
 *   and "sweet thanks!!" do not; the provider's "come back anytime if other questions come up!" invites the patron back but does
 *   not ask whether they need anything else now (24: anything_else fails, courteous passes);
 * - "Sorry, your time is up for this session — I can only spend so long on one chat." ends the help for the provider's
 *   convenience with no way back; the later "Thanks for using Ask a Librarian." offers none (19: dismissal fails);
 * - "I have several other patrons waiting right now, so please log back on later and we'll take them one at a time" is the
 *   allowed ending (20: pass);
 * - a clarifying question is a substantive exchange, so a Lost Call after one has source, completeness and anything_else
 *   failing rather than na (15); a Lost Call in which the provider sent only a greeting, a check-in and a notice has none (14);
 * - "It looks like you may have disconnected, so I'll end the chat now. Come back anytime …" and "I haven't heard back, so it
 *   seems you've been disconnected. I'm going to close this session now, but please come back anytime!" are both the notice
 *   and a goodbye, so the final idle ends at them (12: exactly 180 s, the notice applies and passes; 14);
 * - "Parece que se ha desconectado, así que voy a cerrar la sesión." tells the patron they seem disconnected and that the
 *   session will end, but thanks no one and invites no one back (15: courteous fails; the final idle runs to `endedAt`);
 * - "Someone from Kent County Public Library should call you within 3 business days." says when (22: contact passes), and is a
 *   promise that someone from the patron's library will contact them, not a referral: the patron is not told to contact
 *   anyone (22: referral na);
 * - "I'll get back to you with it" is a promise to find more later (24: a follow-up session, code Answered fails);
 * - a follow-up recorded within 72 h counts even when no contact was known (25: on_time passes, code and contact fail);
 * - a resolution code written as `undefined` is a field left out: the source has no codes (30: code na);
 * - "stop in at the hatter in Fells Point and ask whether they do renovations" tells the patron to visit an organisation,
 *   with no way to reach it (a neighbourhood is not a postal address) (10: referral fails); "contact their advising office
 *   through tdps.umd.edu" gives the office a URL (20: pass); the Stetson, Lock & Co., Brent Black and Hat Shop pages are
 *   websites to use, not referrals;
 * - "you can place a hold on it there" (02) and "hold it with a hat pin" (07) are answers, not hold messages: neither says the
 *   provider is looking something up or asks the patron to wait;
 * - a transfer announcement ("le paso con una colega …", "I'm going to transfer you to him. One moment!") is a hold, so the
 *   wait runs from it to the receiver's first line (26: 61 s, 27: 78 s); internal and system lines end no wait (28: 130 s).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (labels copied aside).
 * First run as labelled / disagreeing: 28 / 2 (16, 27). Label corrections: none (each disagreement reread against RUBRIC.md;
 * both labels stood).
 * Final: 28 running, 2 LEFT (LEFT_WHY: "¿En qué condado vive? Así busco en el catálogo de su biblioteca." read as giving a
 * source, so the county question in it was not counted as asked before one, 16; "Is that simple enough for Friday?" not read as
 * the completeness question, 27).
 * NOTE (rubric v73, block AM): 16 runs now ("Así busco en el catálogo de su biblioteca." gives no source, AM8) and 27 ("Is that
 *   simple enough for Friday?", AM4): 30 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NADIA: Prov = { id: 'nadia-ht', name: 'Nadia', library: 'EPFL' };
const MARCUS: Prov = { id: 'marcus-ht', name: 'Marcus', library: 'HCLS' };
const TAMSIN: Prov = { id: 'tamsin-ht', name: 'Tamsin', library: 'HCPL-MD' };
const RUTH: Prov = { id: 'ruth-ht', name: 'Ruth', library: 'CCPL-MD' };
const PATW: Prov = { id: 'patw-ht', name: 'patw_mcpl', library: 'MCPL' };
const DALE: Prov = { id: 'dale-ht', name: 'Dale', library: 'WCFL' };
const INES: Prov = { id: 'ines-ht', name: 'Ines', library: 'AACPL' };
const KEITH: Prov = { id: 'keith-ht', name: 'Keith', library: 'FCPL-MD' };
const LENA: Prov = { id: 'lena-ht', name: 'Lena', library: 'CCPL-CE' };
const OMAR: Prov = { id: 'omar-ht', name: 'Omar', library: 'BCPL' };
const GRACE: Prov = { id: 'grace-ht', name: 'Grace', library: 'AACPL' };
const BEA: Prov = { id: 'bea-ht', name: 'Bea', library: 'WPL' };
const WES: Prov = { id: 'wes-ht', name: 'Wes', library: 'TCFL' };
const UNA: Prov = { id: 'una-ht', name: 'Una', library: 'SMCL' };
const LUPE: Prov = { id: 'lupe-ht', name: 'Lupe', library: 'PGCMLS' };
const ANDREA: Prov = { id: 'andrea-ht', name: 'Andrea', library: 'AUN' };
const TRAINEE: Prov = { id: 'trainee-ht', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-ht', name: 'Queue', library: 'VRQ' };
const JILL: Prov = { id: 'jill-ht', name: 'Jill', library: 'MCPL' };
const KOFI: Prov = { id: 'kofi-ht', name: 'Kofi', library: 'PGCMLS' };
const SOFIA: Prov = { id: 'sofia-ht', name: 'Sofia', library: 'EPFL' };
const DANA: Prov = { id: 'dana-ht', name: 'Dana', library: 'AUN' };
const PIA: Prov = { id: 'pia-ht', name: 'Pia', library: 'AACPL' };
const QUENTIN: Prov = { id: 'quentin-ht', name: 'Quentin', library: 'WOCL' };
const RAVI: Prov = { id: 'ravi-ht', name: 'Ravi', library: 'SCL-MD' };
const BRIAN: Prov = { id: 'brian-ht', name: 'Brian', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-ht', name: 'Marisol', library: 'AUN' };
const ELLIE: Prov = { id: 'ellie-ht', name: 'Ellie', library: 'QACL' };
const THEO: Prov = { id: 'theo-ht', name: 'Theo', library: 'QACL' };
const YARA: Prov = { id: 'yara-ht', name: 'Yara', library: 'AUN' };
const ZEKE: Prov = { id: 'zeke-ht', name: 'Zeke', library: 'AUN' };
const FERN: Prov = { id: 'fern-ht', name: 'Fern', library: 'CALVERT' };
const GUS: Prov = { id: 'gus-ht', name: 'Gus', library: 'CCPL-CR' };

const s = session;

export const HATS: SessionCase[] = [
  // 01 the plain good session
  s(NADIA, '01 a no-sew fascinator for the Preakness: glue or stitch asked, Creativebug + the Pratt catalog, "that\'s all i needed"', [
    [0, 'p', 'hi! going to preakness for the first time in may and want to make my own fascinator, is that hard?? never sewn anything'],
    [22, 'l', "Hi there, welcome to Ask a Librarian! I'm Nadia at the Enoch Pratt Free Library."],
    [28, 'l', 'Fun! Do you want something you can put together without sewing, like glue and wire on a base, or are you up for a little hand stitching?'],
    [61, 'p', 'no sew def. hot glue i can do lol'],
    [70, 'l', "Then start from a ready-made sinamay base or a covered headband and build up with feathers, silk flowers and a bit of veiling. Creativebug is free with your Pratt card (prattlibrary.org > Research & Learning > Creativebug) and has a short no-sew fascinator class; you can also search 'millinery' in our catalog on prattlibrary.org for books with photos of finished pieces."],
    [76, 'l', 'Does that give you what you need to get going?'],
    [110, 'p', "yes omg perfect, that's all i needed 💐"],
    [115, 'l', 'Have a blast at Pimlico, and thanks for chatting with us!'],
  ], usual()),

  // 02 a restatement instead of a question
  s(MARCUS, '02 blocking a wool felt fedora with no hat block: a restatement, From the Neck Up in the HCLS catalog, "Anything else …?"', [
    [0, 'p', 'Hello. I bought a wool felt hat body (a "hood"?) and want to block it into a fedora. What do I need? I do not own any hat blocks.'],
    [18, 'l', 'Good morning! This is Marcus, a librarian with Howard County Library System.'],
    [25, 'l', "So what you're after is a way to shape a wool felt hood into a fedora at home, without a wooden hat block."],
    [50, 'p', 'exactly. budget is tight'],
    [58, 'l', "You steam the felt until it goes soft, pull it down over a form, tie it off at the crown line with string and let it dry overnight before shaping the brim. For a first hat a lot of people use a foam head or a mixing bowl padded out to their head size. Denise Dreher's 'From the Neck Up: An Illustrated Guide to Hatmaking' walks through blocking step by step; it's in the HCLS catalog at hclibrary.org and you can place a hold on it there."],
    [64, 'l', 'Is that the kind of thing you were looking for?'],
    [100, 'p', "yes! i'll put it on hold. thanks so much"],
    [106, 'l', 'Anything else I can help with today?'],
    [130, 'p', 'nope thats it'],
    [134, 'l', 'Happy hatmaking! Thanks for using Ask HCLS.'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(TAMSIN, '03 did hatters really go mad from mercury (chem class): pickup at exactly 60 s, Gale In Context: Science, "thats everything"', [
    [0, 'p', 'is it true hatters went crazy from mercury? like the mad hatter'],
    [60, 'l', 'Hello! Tamsin here, a librarian at Harford County Public Library.'],
    [66, 'l', 'Is this for a class assignment, or are you just curious?'],
    [90, 'p', 'for my chem class, we have to pick a historical poisoning'],
    [98, 'l', "It's real. Felt makers brushed rabbit and hare fur with a mercury nitrate solution ('carroting') so the fibres would mat, and breathing the vapour over years caused tremors, irritability and memory loss, which workers called the hatter's shakes. For your assignment, search 'mercury hatters' in Gale In Context: Science (hcplonline.org > Research > Databases); there are several articles with citations ready to copy."],
    [104, 'l', 'Does that give you enough for the assignment?'],
    [140, 'p', 'ya thats perfect. thats everything thx'],
    [146, 'l', 'Good luck in chem, and thanks for chatting!'],
  ], usual()),

  // 04 pickup at 61 s; an offer of more instead of the completeness question
  s(RUTH, '04 Into the Woods costumes on $300: "hello?" at 40, pickup at 61 s, The Costume Designer\'s Handbook, only an offer of more', [
    [0, 'p', "Im the parent volunteer doing costumes for our high school's Into the Woods and I have no idea where to start. Budget is $300 for 18 kids"],
    [40, 'p', 'hello?'],
    [61, 'l', "Hi, sorry to keep you waiting! I'm Ruth, a librarian with Carroll County Public Library."],
    [68, 'l', 'When does the show open, and do any of the kids have to change costumes during it?'],
    [100, 'p', 'mid april, and yes a couple of quick changes (the witch!)'],
    [110, 'l', "Rosemary Ingham and Liz Covey's 'The Costume Designer's Handbook' is the classic for planning a show on a small budget: it has costume plots, a sample budget sheet and a section on quick changes. We own it; search our catalog at library.carr.org. A lot of schools also pull from thrift stores and borrow pieces from other drama programs to stretch the money."],
    [116, 'l', "Want me to check whether another branch has a copy of 'The Costume Technician's Handbook' too?"],
    [150, 'p', 'no thats ok, the first one is plenty. thats all I needed, thank you!'],
    [156, 'l', 'Break a leg to the whole cast, and thanks for contacting us!'],
  ], usual({ pickup: 'fail', complete: 'fail' })),

  // 05 no identification, only the screen name; code ""
  s(PATW, '05 sweat stains on a Panama hat: "Hi there!" and a question, no name, library or service (screen name only), brentblack.com, code ""', [
    [0, 'p', 'how do i get sweat stains out of a panama hat, right above the band'],
    [14, 'l', 'Hi there!'],
    [19, 'l', 'Is the stain on the straw itself, or on the leather sweatband inside?'],
    [45, 'p', 'the straw. its yellowish'],
    [52, 'l', "For real toquilla straw, don't soak it. Dab the spot with a cloth dampened in cool water and a drop of mild soap, blot it dry, and let the hat dry on a rolled towel so it keeps its shape; try a hidden spot first. Brent Black, a Panama hat specialist, has a cleaning and care page at brentblack.com."],
    [58, 'l', 'Did that help?'],
    [90, 'p', 'yes ty, thats all i wanted to know'],
    [94, 'l', "You're welcome, bye!"],
  ], usual({ greeting: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 06 a hold answered 121 s later
  s(DALE, '06 a correct 1861 kepi for a 2nd Maryland reenactor: "Let me look …, one moment." answered 121 s later, loc.gov + Echoes of Glory', [
    [0, 'p', 'I do Civil War reenacting (Union, 2nd Maryland) and need to know what a correct 1861 kepi looks like before I buy one. Lots of junk out there'],
    [20, 'l', 'Good afternoon! Dale at Washington County Free Library here, happy to help.'],
    [26, 'l', 'Are you portraying an enlisted man or an officer?'],
    [50, 'p', 'enlisted'],
    [56, 'l', 'Let me look through what we have, one moment.'],
    [177, 'l', "Thanks for waiting. The Library of Congress has hundreds of period photographs of enlisted men in kepis; search 'kepi' in Prints & Photographs at loc.gov/pictures. The Time-Life book 'Echoes of Glory: Arms and Equipment of the Union' shows surviving caps in colour, with the crown height and visor shape you'll want to match, and it's in our catalog at washcolibrary.org."],
    [183, 'l', 'Does that answer your question?'],
    [215, 'p', "yes this is exactly what I needed, that's everything. thank you Dale"],
    [220, 'l', 'My pleasure, and thanks for using the library!'],
  ], usual({ informed: 'fail' })),

  // 07 "take your time" and a reply exactly 120 s after the patron
  s(INES, '07 a 1920s cloche for a Gatsby wedding in Annapolis: "no hurry — take your time" (204 s away), a reply exactly 120 s later, Langley\'s book', [
    [0, 'p', "hi!! i'm going to a gatsby themed wedding in annapolis and want an authentic looking 1920s cloche. make or buy?"],
    [17, 'l', "Hello and welcome to Ask a Librarian! I'm Ines at Anne Arundel County Public Library."],
    [23, 'l', 'How long do you have before the wedding, and do you sew at all?'],
    [40, 'p', '6 weeks. i sew a little. wait let me see if i still have that felt from a craft project'],
    [46, 'l', 'Sure, no hurry — take your time.'],
    [250, 'p', 'ok found it, its a big piece of dark green wool felt'],
    [258, 'l', "Perfect for a cloche. A cloche is basically a close bell-shaped crown with a short brim, so a felt circle steamed over a bowl gets you most of the way. Susan Langley's 'Vintage Hats & Bonnets 1770-1970' has photos of real 1920s cloches to copy the shape from, and Creativebug (aacpl.net > eResources) has a felt hat class."],
    [264, 'l', 'Is that what you were hoping for?'],
    [300, 'p', 'yes! one more thing, how do i make the brim flip up on one side like in the old photos'],
    [420, 'l', "That's usually pinned or tacked: turn the brim up, hold it with a hat pin or a few hidden stitches, and put a brooch or a ribbon rosette over the spot. Langley's book has close-ups of several."],
    [426, 'l', 'Does that cover it?'],
    [450, 'p', 'yes!! thats everything, ty'],
    [455, 'l', 'Have fun at the wedding, and thanks for chatting!'],
  ], usual()),

  // 08 the answer straight after the greeting
  s(KEITH, '08 is a derby the same as a bowler (a bet): the answer at once with no question, lockhatters.co.uk + Britannica', [
    [0, 'p', 'is a derby hat the same as a bowler hat'],
    [15, 'l', 'Hi, thanks for contacting Ask a Librarian! Keith at Frederick County Public Libraries here.'],
    [22, 'l', "Yes, same hat, two names. It was designed in 1849 by the hatters Thomas and William Bowler for Lock & Co. in London, and Americans called it a derby. Lock & Co. tell the story on their site, lockhatters.co.uk, and Britannica (free with your card at fcpl.org > Research) has an entry on it too."],
    [28, 'l', 'Did that answer your question?'],
    [55, 'p', 'yep, I won the bet 😎'],
    [60, 'l', "Anything else you'd like to know?"],
    [80, 'p', 'nah'],
    [84, 'l', 'Enjoy your winnings, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 no source; a goodbye 119 s after the answer
  s(LENA, '09 measuring a head for a hat size: the rule from memory with no source, a goodbye 119 s after the answer', [
    [0, 'p', 'how do I measure my head for a hat size? ordering a hat online and it only has sizes like 7 1/4'],
    [20, 'l', 'Hi! This is Lena, a librarian at Cecil County Public Library.'],
    [26, 'l', 'Do you have a soft measuring tape, like a sewing one?'],
    [50, 'p', 'yes'],
    [57, 'l', "Wrap it around your head where the hat will sit, about a finger's width above your eyebrows and ears, snug but not tight. Take the number in inches and divide by 3.14 to get the US size: 22 3/4 inches comes out to about 7 1/4. If you're between sizes, go up one. Did that help?"],
    [176, 'l', 'Thanks for chatting, and good luck with the new hat!'],
  ], usual({ source: 'fail', anything: 'fail' })),

  // 10 no greeting word; a referral with no way to reach them
  s(OMAR, '10 restoring a late father\'s felt Stetson: no greeting word, stetson.com, "stop in at the hatter in Fells Point" (no contact)', [
    [0, 'p', "my late dad's stetson is crushed and stained, i want it restored not diy. who does that"],
    [21, 'l', "Omar with Baltimore County Public Library's Ask a Librarian service. I'm sorry your dad's hat got crushed."],
    [27, 'l', 'Is it a felt Stetson or a straw one?'],
    [55, 'p', 'felt, grey, from the 60s i think'],
    [64, 'l', "A hatter can clean the felt, steam and re-block it on the right size block and replace the sweatband. Stetson's care page at stetson.com explains what a renovation involves, so you'll know what to ask for. Your best bet locally is to stop in at the hatter in Fells Point and ask whether they do renovations."],
    [70, 'l', 'Did that help?'],
    [100, 'p', 'yes thanks, ill go this weekend. thats all i needed'],
    [105, 'l', 'Good luck with it, and thanks for chatting!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 11 a referral by phone and address; a goodbye 121 s after the answer, no check-in
  s(GRACE, '11 buckram, wire and sinamay near Glen Burnie: a supply shop by phone and street address, hatshopnyc.com, goodbye 121 s later', [
    [0, 'p', 'where can i buy millinery supplies locally? buckram, wire, sinamay. tired of ordering online'],
    [19, 'l', "Hi there, welcome to AskUsNow! I'm Grace, a librarian at Anne Arundel County Public Library."],
    [25, 'l', 'Which part of the state are you in?'],
    [44, 'p', 'glen burnie'],
    [52, 'l', "Most craft stores near you only carry felt and ribbon. Chesapeake Millinery Supply in Baltimore stocks buckram, wire and sinamay and lets you pick up in person; call them first at 410-555-0148, or stop by 1400 Key Highway. If you end up ordering online after all, The Hat Shop's supply list at hatshopnyc.com explains what each material is for. Is that what you needed?"],
    [173, 'l', 'Thanks for chatting, and happy hatmaking!'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'pass' })),

  // 12 final idle exactly 180 s: a check-in, then a notice that invites back
  s(BEA, '12 a preschool Easter bonnet parade: Crafts for Easter, "Are you still with me?", "you may have disconnected … Come back anytime" (180 s)', [
    [0, 'p', 'my daughters preschool has an easter bonnet parade friday, any easy ideas'],
    [16, 'l', "Hi! I'm Bea, a librarian with Wicomico Public Libraries. Fun!"],
    [22, 'l', 'How old is she, and does she want to help make it?'],
    [45, 'p', "she's 4, yes she wants to help lol"],
    [60, 'l', "A paper-plate bonnet is perfect at 4: cut the middle out of a plate, let her decorate the rim with tissue-paper flowers and stickers, then staple a ribbon on each side to tie under her chin. Kathy Ross's 'Crafts for Easter' has one like it with pictures; it's in our catalog at wicomicolibrary.org. Would that work for her?"],
    [170, 'l', 'Are you still with me?'],
    [240, 'l', "It looks like you may have disconnected, so I'll end the chat now. Come back anytime, and have fun at the parade!"],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass' })),

  // 13 final idle 181 s: a check-in, a plain goodbye, no notice
  s(WES, '13 a fedora at a church wedding (etiquette): emilypost.com, "Hello? Still there?", a goodbye 181 s after the answer (no notice)', [
    [0, 'p', "Settling a family argument: does a man have to take his hat off indoors? my son wants to wear his fedora at his cousin's wedding"],
    [22, 'l', "Good evening, and thanks for contacting AskUsNow! I'm Wes at the Talbot County Free Library."],
    [29, 'l', 'Is the wedding in a church, or somewhere like a hall or outdoors?'],
    [55, 'p', 'church ceremony then reception at a barn in easton'],
    [70, 'l', "Traditional etiquette says a man takes his hat off indoors, and certainly in a church, unless his faith asks him to cover his head. Outdoors at the barn a fedora is fine, though he'd take it off for the toasts. The Emily Post Institute has a page on hat etiquette at emilypost.com. Does that settle it?"],
    [200, 'l', 'Hello? Still there?'],
    [251, 'l', 'Thanks for chatting, and enjoy the wedding!'],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 14 a true Lost Call
  s(UNA, '14 hat pin length for a big church hat (Lost Call): greeting only, "Hi, are you still there?" at 150, "seems you\'ve been disconnected … come back anytime!" at 330', [
    [0, 'p', 'how long should a hat pin be for a big church hat'],
    [25, 'l', "Hello, and welcome to AskUsNow! I'm Una, a librarian at St. Mary's County Library."],
    [150, 'l', 'Hi, are you still there?'],
    [330, 'l', "I haven't heard back, so it seems you've been disconnected. I'm going to close this session now, but please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 15 Spanish: Lost Call after the patron's two lines and a clarifying question; a notice with no thanks
  s(LUPE, '15 sombrero de charro para ballet folklórico (Spanish): "¿hola?" before a 58 s pickup, a question, "¿Sigue ahí?", a notice with no thanks, Lost Call', [
    [0, 'p', 'hola, necesito un sombrero de charro para el ballet folklórico de mi hija, dónde puedo conseguir uno?'],
    [40, 'p', '¿hola? ¿hay alguien?'],
    [58, 'l', "¡Hola! Disculpe la espera. Soy Lupe, bibliotecaria del Sistema de Bibliotecas del Condado de Prince George's."],
    [64, 'l', '¿Qué edad tiene su hija, y el sombrero es para una presentación o para los ensayos?'],
    [200, 'l', '¿Sigue ahí?'],
    [250, 'l', 'Parece que se ha desconectado, así que voy a cerrar la sesión.'],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'pass', clarify: 'pass', source: 'fail', complete: 'fail', anything: 'fail', dismissal: 'pass',
    courteous: 'fail', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 16 Spanish: pickedUpAt 55 (first line 66), a hold and a partial result that goes on
  s(ANDREA, '16 un tocado de novia (Spanish): pickedUpAt 55 (first line 66), county asked, a hold, "sigo buscando" 98 s later, the answer 90 s later, mcpl.org', [
    [0, 'p', 'Hola, me caso en junio y quiero hacer mi propio tocado con flores y un poco de tul. Hay libros en español sobre esto?'],
    [66, 'l', '¡Hola, felicidades! Le atiende Andrea, bibliotecaria de AskUsNow!.'],
    [72, 'l', '¿En qué condado vive? Así busco en el catálogo de su biblioteca.'],
    [95, 'p', 'Montgomery, en Wheaton'],
    [102, 'l', 'Perfecto, déjeme buscar en el catálogo, un momento.'],
    [200, 'l', 'Por ahora encontré un libro de flores de tela, sigo buscando algo en español sobre tocados.'],
    [290, 'l', "Listo: en el catálogo de Montgomery County Public Libraries (mcpl.org) busque 'tocados' y 'flores de tela'; hay dos libros de manualidades en español en la sucursal de Wheaton que puede reservar. También Creativebug, gratis con su tarjeta, tiene una clase de tocados de novia: está en inglés, pero es muy visual."],
    [296, 'l', '¿Le sirve esto?'],
    [330, 'p', 'sí!! justo lo que necesitaba, no tengo más preguntas. gracias'],
    [336, 'l', '¡Con mucho gusto, y muchas felicidades por la boda! Gracias por escribirnos.'],
  ], usual(), { pickedUpAt: at(55) }),

  // 17 Practice
  s(TRAINEE, '17 practice chat (a newspaper pirate hat): coded Practice, every check na', [
    [0, 'p', 'test — practice chat: how do I fold a newspaper pirate hat'],
    [9, 'l', 'Practice reply: try the paper hat page at samplelibrary.org/crafts'],
    [18, 'p', 'ok ending practice'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 18 no provider ever joined
  s(QUEUE, '18 borrowing costumes from the library: no provider ever joined, "anyone??", "never mind", patron left, code null', [
    [0, 'p', 'is it true the library lends out halloween costumes? my kid wants to be a witch and i dont want to buy a hat'],
    [3, 's', 'Thanks for your patience. All librarians are helping other patrons; you are number 2 in the queue.'],
    [130, 'p', 'anyone??'],
    [190, 'p', 'never mind'],
    left(195),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),

  // 19 "your time is up"; four chats open at once
  s(JILL, '19 an EVA-foam witch hat, then armour questions: "Sorry, your time is up for this session", four chats open at once (fail)', [
    [0, 'p', 'doing cosplay for otakon, need to make a witch hat AND armor out of eva foam, what glue, what heat gun, how do i seal it'],
    [20, 'l', "Hi, I'm Jill with Montgomery County Public Libraries' Ask a Librarian."],
    [26, 'l', 'Which piece are you starting with, the hat or the armor?'],
    [50, 'p', 'the hat first its a huge witch hat like 2 ft tall'],
    [58, 'l', "For a tall witch hat, use 2 mm foam for the cone and 6 mm for the brim, contact cement on the seams, and seal it with Plasti Dip or Mod Podge before you paint. Bill Doran's Foamsmith books on foam costume work are at punishedprops.com, and Hoopla (mcpl.org > eBooks & More) has several cosplay crafting titles."],
    [64, 'l', 'Does that help with the hat?'],
    [95, 'p', 'yes!! ok now armor: how do i do the chest plate, what heat gun temp, how to make it not crack, and what paint'],
    [103, 'l', 'Sorry, your time is up for this session — I can only spend so long on one chat.'],
    [115, 'p', 'oh. ok?'],
    [120, 'l', 'Thanks for using Ask a Librarian.'],
  ], usual({ anything: 'fail', dismissal: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('j1', 'jill-ht', -300, 40), other('j2', 'jill-ht', -10, 500), other('j3', 'jill-ht', 30, 100)],
  }),

  // 20 the allowed "other patrons waiting"; a referral by URL
  s(KOFI, '20 becoming a theatre costume designer (a list): UMD\'s advising office through tdps.umd.edu, bls.gov/ooh, "other patrons waiting … log back on later"', [
    [0, 'p', 'I want to be a costume designer for theater. what should I major in, which MD colleges have it, do I need to know how to sew, how do people get internships, and how much do they make'],
    [23, 'l', "Hello! Thanks for reaching out to AskUsNow!. My name is Kofi, and I'm a librarian at Prince George's County Memorial Library System."],
    [30, 'l', 'Are you in high school now, or looking at graduate programs?'],
    [60, 'p', 'senior in hs'],
    [70, 'l', "Sewing and pattern-making matter a lot, so most programs teach them alongside design. The University of Maryland's School of Theatre, Dance, and Performance Studies in College Park has design courses; contact their advising office through tdps.umd.edu and ask how undergrads get into costume design. For pay and job outlook, the Occupational Outlook Handbook at bls.gov/ooh has fashion designers and set and exhibit designers, the closest listings."],
    [76, 'l', 'Is that a good start?'],
    [110, 'p', 'yes ok and what about internships? and portfolios? and scholarships? and should i go to NYC instead'],
    [118, 'l', "Those are all great questions, and each deserves a proper search. I have several other patrons waiting right now, so please log back on later and we'll take them one at a time — we'd be glad to help."],
    [135, 'p', 'ok will do'],
    [140, 'l', 'Thanks, and good luck with your applications!'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 21 FU_ME, e-mail read back, "by Thursday", done at 30 h
  s(SOFIA, '21 Jackie Kennedy\'s pillbox hats for a senior-centre display: jfklibrary.org, LIFE images promised, e-mail read back, "by Thursday", done at 30 h', [
    [0, 'p', "doing a display on 60s fashion at my senior center. need good photos of Jackie Kennedy's pillbox hats that we can print"],
    [18, 'l', "Good morning! I'm Sofia, a librarian at the Enoch Pratt Free Library. What a fun project."],
    [25, 'l', 'How big will the prints be, and is the display public or just for residents?'],
    [60, 'p', 'poster size maybe 11x17, just in our lobby'],
    [70, 'l', "The John F. Kennedy Presidential Library has a digital archive with many photos you can print, at jfklibrary.org (Archives > Digital Archives; try 'pillbox'). I'd also like to check which of the LIFE magazine images in our databases you can print at that size. Can I e-mail you what I find?"],
    [100, 'p', 'yes! ruth.abernathy@example.net'],
    [106, 'l', "Thanks: ruth.abernathy@example.net. I'll send it by Thursday. In the meantime, does the JFK Library archive look useful?"],
    [140, 'p', "yes very. that's all for now, thanks so much dear"],
    [145, 'l', "You're welcome, and thanks for chatting!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 22 FU_LIB: a question only after the source; the follow-up recorded 75 h after the end
  s(DANA, '22 a hat-making workshop in Chestertown: the calendar first, then a question, Kent County staff to call, "within 3 business days", done at 75 h', [
    [0, 'p', "does the library in chestertown ever do hat making workshops? i'd love to learn to make a straw hat"],
    [24, 'l', "Hi there, thanks for contacting AskUsNow!, Maryland's statewide library chat. I'm Dana, a librarian."],
    [31, 'l', "I don't see a millinery or hat-making class on Kent County Public Library's events calendar right now (kentcountylibrary.org > Events)."],
    [37, 'l', 'Are you hoping for an in-person class, or would online lessons work too?'],
    [60, 'p', 'in person, im not great with videos'],
    [68, 'l', "Then I can ask Kent County's adult programming staff to contact you about upcoming classes, or whether they'd host one. What's the best phone number for you?"],
    [95, 'p', 'my cell is 443-555-0119'],
    [101, 'l', 'Got it, 443-555-0119. Someone from Kent County Public Library should call you within 3 business days.'],
    [107, 'l', 'Does that help for now?'],
    [130, 'p', 'yes thank you so much'],
    [134, 'l', 'Anything else today?'],
    [150, 'p', "no that's it"],
    [155, 'l', 'Thanks for chatting, have a lovely day!'],
  ], usual({ clarify: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(160 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 23 FU_ME, e-mail read back, no time; nothing recorded at day 1
  s(PIA, '23 Tudor garb and a French hood for the Renaissance Festival: The Tudor Tailor + rennfest.com, a loan search promised, e-mail read back, no time', [
    [0, 'p', 'hey! first time going to the ren fest in crownsville, want to make a historically-ish accurate tudor outfit incl a french hood. where do i even start'],
    [20, 'l', 'Hi! Pia at Anne Arundel County Public Library here, welcome to Ask a Librarian 🙂'],
    [26, 'l', 'Is the outfit for a woman or a man, and how comfortable are you with a sewing machine?'],
    [60, 'p', 'woman (me lol), ive made a few dresses'],
    [68, 'l', "'The Tudor Tailor' by Ninya Mikhaila and Jane Malcolm-Davies has patterns for a kirtle, a gown and a French hood, with notes on fabrics; it's in our catalog at aacpl.net. The festival's own costuming tips are on rennfest.com."],
    [74, 'l', 'Is that the kind of thing you need?'],
    [100, 'p', 'yes but our copy is checked out everywhere 😭'],
    [108, 'l', "Ah. I can look into whether a library in another county can lend us a copy, and I'll e-mail you what I find. What's your e-mail?"],
    [130, 'p', 'tudor.wannabe@example.com'],
    [136, 'l', 'Thanks, tudor.wannabe@example.com. Anything else I can help with?'],
    [160, 'p', "nope, that's everything!"],
    [165, 'l', 'Have fun at the festival, and thanks for chatting!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), { ...FU_ME }),

  // 24 a promise coded Answered, the e-mail only in patron.email, nothing recorded at day 4; an invitation back instead of "anything else?"
  s(QUENTIN, '24 the chef\'s toque and its 100 pleats (essay): Gale OneFile, "I\'ll get back to you with it" coded Answered, e-mail only in patron.email', [
    [0, 'p', "Is it true a chef's hat has 100 folds for 100 ways to cook an egg? For a culinary school essay"],
    [21, 'l', 'Hello! Quentin at Worcester County Library here — thanks for stopping by Ask a Librarian.'],
    [27, 'l', 'When is the essay due, and does it need scholarly sources?'],
    [55, 'p', 'next week, at least 2 sources'],
    [62, 'l', "That's the popular story. The tall toque is usually credited to Marie-Antoine Carême in the early 1800s; the hundred pleats for a hundred egg recipes is more legend than record. Gale OneFile (worcesterlibrary.org > Research) has articles on the toque's history you can cite."],
    [68, 'l', "I'd like to find you a more scholarly source on Carême as well; I'll get back to you with it."],
    [95, 'p', 'ok awesome'],
    [100, 'l', 'Does Gale OneFile give you enough to get started?'],
    [125, 'p', 'yes thx'],
    [130, 'l', 'Good luck with the essay, and come back anytime if other questions come up!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { patron: { name: null, email: 'chefinthemaking@example.com', phone: null } }, { now: T0 + 4 * DAY }),

  // 25 FU_ME with no contact anywhere; done at 20 h
  s(RAVI, '25 soft chemo caps to knit: ravelry.com, "I\'ll e-mail you the pattern page by tomorrow" with no e-mail anywhere, FU_ME, done at 20 h', [
    [0, 'p', "my friend starts chemo next month, want to knit her some soft caps. need a pattern that's not scratchy"],
    [26, 'l', 'Hi, and welcome! This is Ravi, a librarian at Somerset County Library.'],
    [32, 'l', 'What yarn weight do you like to knit with, and do you knit in the round?'],
    [60, 'p', 'worsted, yes on dpns'],
    [70, 'l', "Ravelry (ravelry.com) has hundreds of free chemo cap patterns; filter by 'chemo' and 'worsted'. Soft cotton or bamboo blends are usually kindest to tender skin."],
    [76, 'l', 'Did that help?'],
    [100, 'p', 'yes. is there one with a little brim?'],
    [108, 'l', "There's a lovely brimmed one in a knitting book at our Princess Anne branch. I'll scan the pattern page and e-mail it to you by tomorrow."],
    [130, 'p', 'sweet thanks!!'],
    [135, 'l', 'Take good care of your friend, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 26 a transfer with a notice and a note (English to Spanish); a referral by e-mail
  s(BRIAN, '26 un sombrero de Catrina (Spanish): Brian\'s greeting, "le paso con una colega que habla español", a note why, Marisol, a workshop coordinator by e-mail', [
    [0, 'p', 'hola buenas noches, quiero hacer un sombrero de Catrina para el Día de Muertos, con flores grandes. tienen libros o videos?'],
    [18, 'l', "Hi! I'm Brian, a librarian with AskUsNow!."],
    [24, 'l', 'Un momento, por favor: le paso con una colega que habla español.'],
    [27, 'i', 'Marisol: Spanish-speaking patron wants to make a Catrina hat for Día de Muertos (books or videos). Can you take it? My Spanish is not good enough. Thanks!'],
    xfer(30, 'Marisol', 'marisol-ht'),
    [85, 'l', '¡Hola! Soy Marisol, bibliotecaria de AskUsNow!. ¿El sombrero es para una niña o para una adulta?', as(MARISOL)],
    [120, 'p', 'para mí, adulta'],
    [128, 'l', "Puede partir de un sombrero de ala ancha barato y decorarlo con flores grandes de papel crepé y encaje negro. El libro 'Day of the Dead Crafts' de Kerry Arquette y Andrea Zocchi trae ideas y moldes, y Creativebug, gratis con su tarjeta de la biblioteca, tiene clases de flores de papel. Si prefiere aprender en persona, escriba a la coordinadora de talleres de la biblioteca de Langley Park, talleres.lp@example.org: a veces hacen talleres de flores de papel en octubre.", as(MARISOL)],
    [134, 'l', '¿Le sirve esta información?', as(MARISOL)],
    [170, 'p', 'sí, muchísimas gracias! es todo'],
    [176, 'l', '¡A usted! Gracias por escribirnos, y que le quede precioso el sombrero 🌼', as(MARISOL)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 27 a transfer with a notice and no note; final idle exactly 120 s with a check-in
  s(ELLIE, '27 a 4th-grader\'s tricorn for colonial day: "I\'m going to transfer you to him" with no note, Theo, colonialwilliamsburg.org, final idle 120 s', [
    [0, 'p', 'my son needs a tricorn hat for his 4th grade colonial day on friday. can we make one out of something cheap?'],
    [15, 'l', "Hello! This is Ellie at Queen Anne's County Library. Thanks for asking us!"],
    [22, 'l', "My colleague Theo used to build costumes for a community theater, so I'm going to transfer you to him. One moment!"],
    xfer(25, 'Theo', 'theo-ht'),
    [100, 'l', 'Hi there, Theo here! Does your son wear a youth-size baseball cap? That tells me how big to make it.', as(THEO)],
    [130, 'p', 'yes youth size'],
    [138, 'l', "Easiest cheap version: take a black felt circle or craft-foam sheet about 16 inches across, cut a head hole to fit a youth cap size, then fold the brim up in three places and staple or glue each fold to the crown; a ribbon cockade on the front finishes it. Colonial Williamsburg's site, colonialwilliamsburg.org, has photos of real tricorns to copy. Is that simple enough for Friday?", as(THEO)],
    [215, 'l', 'Are you still there?', as(THEO)],
    [258, 'l', 'Thanks for chatting, and have fun at colonial day!', as(THEO)],
  ], usual({ anything: 'fail', idle: 'pass', transfer: 'fail' })),

  // 28 a silent transfer: a note only; the receiver 130 s after the patron
  s(YARA, '28 storing a grandmother\'s 1940s-60s hats: an internal note, the transfer with no word to the patron, Zeke 130 s after the patron, CCI Notes', [
    [0, 'p', "I inherited about 30 hats from my grandmother (1940s-60s), some with feathers and veils. How do I store them so they don't get ruined?"],
    [20, 'l', "Hello and welcome to AskUsNow! I'm Yara, a librarian."],
    [26, 'l', 'Are they in hat boxes now, and where are you planning to keep them: attic, closet, basement?'],
    [50, 'p', 'in old cardboard boxes in my attic, which gets hot'],
    [55, 'i', 'Zeke, patron has a 1940s-60s hat collection to store, you did the textile care program last fall, can you take this one?'],
    xfer(58, 'Zeke', 'zeke-ht'),
    [180, 'l', "Hi, Zeke here, I'm a librarian too. Heat is the big enemy, so move them out of the attic to a closet in the living space. Stuff each crown with acid-free tissue, keep the veils from being crushed, and store each hat in an acid-free box. The Canadian Conservation Institute's CCI Notes on textiles and costume, free at canada.ca (search 'CCI Notes 13'), cover storage step by step.", as(ZEKE)],
    [186, 'l', 'Does that answer your question?', as(ZEKE)],
    [220, 'p', "yes, thank you, that's everything"],
    [225, 'l', 'Thanks for chatting, and enjoy those hats!', as(ZEKE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 29 an ordinary good session
  s(FERN, '29 a sun hat for gardening: fabric or straw asked, skincancer.org + Consumer Reports, "Was that helpful?", "that\'s all i wanted to know"', [
    [0, 'p', 'what kind of hat actually protects from the sun? dermatologist told me to wear one for gardening'],
    [17, 'l', 'Hi! Fern here, a librarian at Calvert Library. Thanks for writing in.'],
    [23, 'l', 'Do you prefer straw or fabric, and does it need to be washable?'],
    [45, 'p', 'fabric, washable would be nice'],
    [53, 'l', "Look for a brim of at least 3 inches all the way around, a tightly woven fabric and a UPF 50+ label; a neck flap helps too. The Skin Cancer Foundation's guide to sun-protective hats is at skincancer.org, and Consumer Reports (calvertlibrary.info > Research) has tested sun-protective clothing."],
    [59, 'l', 'Was that helpful?'],
    [85, 'p', "yes thanks, that's all i wanted to know"],
    [90, 'l', 'Happy gardening, and thanks for chatting!'],
  ], usual()),

  // 30 no resolution code field; the patron's last word unanswered; three at most, touching ends
  s(GUS, '30 Lincoln\'s stovepipe hat for a wax museum (text line): americanhistory.si.edu, the patron last, no code field, touching ends (three at most)', [
    [0, 'p', 'hi my daughter has to dress up as abe lincoln for a wax museum project, how tall was his hat?'],
    [14, 'l', 'Hi! This is Gus at Caroline County Public Library. Thanks for texting us.'],
    [20, 'l', 'Does she need to make the hat, or just know about it for her speech?'],
    [48, 'p', 'both lol. making it out of poster board'],
    [56, 'l', "His stovepipe hats stood about 7 to 8 inches tall. The Smithsonian's National Museum of American History has the one he wore to Ford's Theatre, with photos, at americanhistory.si.edu (search 'Lincoln top hat'). For poster board, roll a tube about 7 inches tall, tape it, glue it to a ring-shaped brim and paint it black."],
    [62, 'l', 'Did that help? Thanks for using our text service!'],
    [90, 'p', "yes perfect, that's all we needed 🎩"],
  ], usual({ code: 'na' }), { resolutionCode: undefined, endAfter: 200 }, {
    otherIntervals: [other('g1', 'gus-ht', -120, 0), other('g2', 'gus-ht', -50, 150), other('g3', 'gus-ht', 100, 400), other('g4', 'gus-ht', 290, 500)],
  }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => HATS.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eighty-fifth round: hats, millinery and costume design, checked', () => {
  describeSessions('whole sessions', HATS.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', HATS.filter((c) => c.name in LEFT_WHY));
});
