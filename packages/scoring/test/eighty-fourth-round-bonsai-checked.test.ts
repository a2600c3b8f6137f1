/**
 * Eighty-fourth round, theme BONSAI, ORCHIDS AND JAPANESE GARDENS, checked: 30 whole sessions no one had written, from
 * Maryland public library and statewide AskUsNow! chats: bonsai (a gift juniper kept on an office desk, a Japanese maple
 * seedling from a flower bed, wire for a trident maple, a ginseng ficus dropping leaves, a grandfather's pot with a potter's
 * seal, a satsuki azalea in flower, a cheap stand-in for akadama, classes near Silver Spring, books in Spanish for a father
 * in Gaithersburg, the 1976 bicentennial gift of bonsai to the National Arboretum), orchids (a wrinkled phalaenopsis in
 * Spanish, repotting a dendrobium, a cymbidium that will not bloom, aerial roots in Spanish, black spots in a bathroom, a
 * yard-sale dendrobium to identify, grow lights in a basement, a tolumnia on driftwood, an orchid show in Baltimore) and
 * Japanese gardens (a dry garden in a shady Catonsville corner, a yukimi-dōrō lantern, moss between stepping stones,
 * gardens to visit from Salisbury, the Sakuteiki for a UMD seminar paper, rock garden books in Boonsboro, Keane's tea garden
 * book for a Bel Air class, salt-tolerant plants in Cambridge, cherry blossoms and Kensington). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s75/bonsai-labels.ts).
 *
 * SHAPES TRIED:
 *  pickup: 18–26 s in most; exactly 60 s (03: pass); 61 s after the patron's "hello??" (04: fail); 72 s after two patron lines
 *   (13: fail); `pickedUpAt` at 55 s with the first visible line at 63 s (26: pass); no provider ever, only the queue's system
 *   line (30: fail); Practice (29: na);
 *  greeting: "Hi there, welcome to Ask a Librarian! I'm Ana at …" (01), Spanish "¡Hola, buenas noches! Gracias por escribir a
 *   AskUsNow!. Soy Lucía, bibliotecaria." (02), "Welcome to AskUsNow! My name is Felix and I'm a librarian." (19), "Good
 *   morning, Kent County Public Library, this is Lionel." (16), "Good evening! You've reached …" (18); "Hello! Thanks for your
 *   question." with the name and library only in the screen name "Kim_HCPL" (05: fail); "This is Dana at Frederick County
 *   Public Libraries." with no greeting word in either of the first two (06: fail); "Hi! 🌸", a question, the name in the
 *   third provider line (21: fail); no provider (30: na);
 *  waits (interest.keep_informed): a hold and a "Still looking — …" hold, each answered exactly 120 s later (07: pass); "give me
 *   a minute" answered 121 s later with an internal note between (08: fail); "Sure, take your time!" and the patron back
 *   230 s later (09: waiting on the patron, pass); a transfer notice with the receiver 130 s later (24: fail); a silent
 *   transfer, the receiver 70 s after the patron with an internal and a system line between (23: pass); a Lost Call with
 *   only a greeting (12: na);
 *  inquiry: size, sun and style of the garden corner; kind of juniper and its light; potting medium; where the cymbidium
 *   summers; seedling size; branch purpose; what the buyer wants at a show; the lantern's shape; firmness of roots; heat or a
 *   move; when and home library; cane height; drive time; stamp shape; class timing; pruning stage; spot texture; paper length;
 *   town; print or e-book; genus under lights; kind of tree; sun; which orchid; the source given first and the question after
 *   it (10: fail); a question and no source ever (11, 13: pass);
 *  sources: catalogues (hclibrary.org, bcpl.info, library.carr.org, stmalib.org, ccplnet.org, washcolibrary.org, hcplonline.org,
 *   calvertlibrary.info, the MCPL catalogue in Spanish), named books (Lewis, Keane, Oguchi, Cullina, Gustafson, Tomlinson,
 *   Bring and Wayembergh, Callaham, Takei and Keane, Borja, Dupuich), databases (Hobbies & Crafts Reference Center, ProQuest
 *   Historical Newspapers, Art & Architecture Source, Avery Index, JSTOR), sites (extension.umd.edu, aos.org,
 *   rawlingsconservatory.org, marylandorchidsociety.org, potomacbonsai.com, bonsaiempire.com, usna.usda.gov); none (11: the
 *   answer from memory, in Spanish; 13: only a question);
 *  completeness: "Does that answer your question?", "¿Le sirve esta información?", "does the ProQuest search get you
 *   started?", "Would that one work for you in the meantime?", "Does the AOS page help for now?", "Does that give you a good
 *   start?"; an offer of something not given, "Would you like me to look for a video on root pruning too?" (06: fail); "Hope
 *   that helps!" (28: fail); none at all (18: fail);
 *  anything else: asked by the provider (18, 19, 20, 21, 23, 26); the patron's "thats all i needed", "es todo lo que
 *   necesitaba", "That is everything", "no more questions", "That's everything for now", "nope, all set" after an offer,
 *   "es todo"; near misses "Feel free to come back if you have any other questions." with "ya thanks" (04: fail), "yes
 *   thank u"-type thanks only (08, 10, 17, 27, 28: fail);
 *  endings and idle: a goodbye 119 s after the answer (08: idle na); 121 s after with no check-in (10: idle fails, notice na);
 *   exactly 120 s after with no check-in (17: idle fails); "¿Sigue ahí?" then a goodbye exactly 180 s after the answer with no
 *   notice (11: idle passes, notice fails); a true Lost Call, "are you still with me?" and "It looks like you've been
 *   disconnected … Thanks for stopping by" exactly 180 s after the greeting (12: both pass); a Lost Call after two patron
 *   lines, no check-in, "It looks like you've disconnected, so I'm closing this chat now." at 176 s and `endedAt` 181 s after
 *   the greeting (13: idle fails, notice passes, courteous fails); "Are you still there? It seems you've disconnected, so
 *   I'll end the chat now" as the last line, `endedAt` 181 s after the answer (16: both pass in one line; courteous fails); the patron's last line with no
 *   provider goodbye (25: courteous fails);
 *  dismissal: "our sessions are limited to one question and your time is up. Goodbye." (27: fails, courteous passes);
 *   "I have several other patrons waiting right now … Please come back later" (28: allowed);
 *  codes: Answered; Lost Call with one patron line (12: pass) and with two (13: fail); a promise coded Answered (17: fail);
 *   Follow-up by me with no contact anywhere (18: fail); the field left out (19: na); "" (20: fail); null (30: fail);
 *   Practice (29);
 *  follow-ups: FU_ME, e-mail typed and read back, "by Thursday afternoon", done at 50 h (14: pass, pass); FU_LIB, phone typed
 *   and read back, "by Wednesday", nothing recorded, judged at 71 h (15: pending); FU_ME, the e-mail from the patron fields
 *   read out and confirmed in the chat, no time given, nothing recorded at day 5 (16: contact and on_time fail); a promise
 *   "by tomorrow morning" coded Answered, e-mail read back, done at 20 h (17: contact and on_time pass); FU_ME, "I'll get back
 *   to you", no contact anywhere, done at 75 h after the end (18: contact and on_time fail);
 *  referrals: the Howard County Master Gardeners by e-mail (01: pass); the DC library's People's Archive by street address
 *   (14: pass); gardens to visit, each with its URL (17: pass); Brookside Gardens' registration desk by phone (19: pass);
 *   "try asking at one of their meetings" of the Baltimore Bonsai Club (20: fail); Ask Extension by URL and Homestead Gardens
 *   with nothing (21: fail: not every party); not referrals: a colleague asked on the patron's behalf (18), the Bel Air branch
 *   asked to call the patron (15), agency web pages to read (03, 10, 27);
 *  transfers: a notice (a hold) and an internal note saying why, both before the transfer (22: pass); an internal note only
 *   (23: fail); a notice only (24: fail);
 *  concurrency: three others, four open at once from 30 s to 90 s (25: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt` (26: three at most, pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a name and library that appear only in the provider's screen name ("Kim_HCPL") do not identify (05: fail); "Hello!
 *   Thanks for your question." greets;
 * - "This is Dana at Frederick County Public Libraries." identifies but does not greet: no hello, hi, welcome, good
 *   morning or thanks for contacting in either of the first two provider lines (06: fail);
 * - "Hi, thanks for waiting! This is Marcus with AskUsNow!, I'm a librarian." greets and identifies and is not a hold; it is
 *   where waiting on the patron begins, so the final idle of 13 starts at it;
 * - when the source records `pickedUpAt`, it is the pickup: 55 s, pass, though the first visible line came at 63 s (26);
 * - "Still looking — I found the wiring chapter in one book and I'm checking it against a second." gives a partial result and
 *   says the search goes on: a hold (07); spans of exactly 120 s are not longer than `silenceSeconds` (07: pass);
 * - "I'm going to transfer you to a colleague who speaks Spanish. Un momento, por favor." is a hold; the span it starts runs
 *   to the receiver's first line, through the system line (24: 130 s, fail);
 * - "I'll e-mail you what I find" and "will e-mail it to you by tomorrow morning" promise later work; they neither ask the
 *   patron to wait now nor say a search is under way in the chat, so they are not holds (16, 17);
 * - "Feel free to come back if you have any other questions." invites the patron back (a goodbye for closing.courteous) but
 *   does not ask whether they need anything else, and "ya thanks" does not say they are done (04: anything_else fails);
 * - "Would that one work for you in the meantime?" asks about a book already named (15: completeness passes); "does the
 *   ProQuest search get you started?" and "Does the AOS page help for now?" ask about what was given (14, 16);
 * - "Would you like me to look for a video on root pruning too?" offers something not yet given (06: fails); "Hope that
 *   helps!" asks nothing (28: fails);
 * - "That's everything for now", "nope, all set" and "no thats all" say explicitly that the patron is done, as do the Spanish
 *   "es todo lo que necesitaba" (02) and "es todo" (24);
 * - "Take care", "bye", "Goodbye", "come back anytime" and "¡vuelva cuando quiera!" say goodbye or invite back; "It looks
 *   like you've disconnected, so I'm closing this chat now." and "Are you still there? It seems you've disconnected, so I'll
 *   end the chat now — I'll still send that e-mail." announce the end and thank no one: not goodbyes (13, 16: courteous
 *   fails); so the final idle runs to `endedAt` (both 181 s), and the notice, sent 5 s before it, is during the idle;
 * - a notice that thanks the patron and invites them back ("… Thanks for stopping by, and please come back anytime!") is a
 *   goodbye, so the idle ends at it (12: exactly 180 s, both idle checks apply);
 * - "our sessions are limited to one question and your time is up. Goodbye." tells the patron their time is up: dismissal
 *   fails; its "Goodbye" still says goodbye (27: courteous passes);
 * - "I have several other patrons waiting right now, so I can't go through the rest this minute. Please come back later …"
 *   is the allowed ending (28: pass);
 * - the e-mail a provider read out from the patron fields and the patron confirmed in the chat ("Is your e-mail still …?" /
 *   "yes that one") is confirmed in the chat (16); with no time for the information, contact still fails;
 * - "I'll get back to you with what she says" promises to find more later: a follow-up session (18), and the colleague who
 *   reads Japanese is staff consulted on the patron's behalf, not a referral;
 * - "I'll pass this to the Bel Air branch so a librarian there can place the request and call you" is a follow-up by the
 *   patron's library, not a referral: the patron is not told to contact them (15);
 * - "you could visit Brookside Gardens … (URL)" and "the U.S. National Arboretum … (usna.usda.gov)" tell the patron to visit
 *   organisations outside the chat: referrals, each with a URL (17: pass);
 * - "Call their registration desk at 301-555-0142" is a referral with a phone (19); "try asking at one of their meetings" of
 *   a named club is a referral with no way to reach it (20); "take a leaf to the orchid staff at Homestead Gardens in
 *   Davidsonville" names no way to reach them, so not every party has one (21: fail, though Ask Extension has a URL);
 * - "You're also welcome to visit the People's Archive at the Martin Luther King Jr. Memorial Library, 901 G Street NW" is
 *   a referral by postal address (14: pass); "e-mail them at hcmg.questions@example.org" one by e-mail (01: pass);
 * - naming a venue with its events page ("The Howard Peters Rawlings Conservatory … usually has orchids on display …; its
 *   events calendar is at rawlingsconservatory.org") answers where a show is without telling the patron to go or get in touch:
 *   a source, not a referral (08: na), unlike "You could visit …" (17);
 * - "'Japanese Garden Design' is on the shelf at Bel Air (catalog at hcplonline.org)" names a book and where it is shelved:
 *   a source; the patron is not told to contact or visit the branch (15: referral na);
 * - a follow-up not recorded at 71 h after the end is pending (15); the resolution field set to `undefined` is the field
 *   left out: na (19).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3 (17, 20, 21, all referral.contact). Label corrections: none (each disagreement
 * reread against RUBRIC.md's Terms and the check's rule; every label stood).
 * Final: 27 running, 3 LEFT (LEFT_WHY: gardens the patron is told to visit, with URLs, not read as a referral, 17; a named
 * bonsai club to ask at its meetings not read as a referral, 20; of two parties in one sentence only the one with a URL
 * read, Homestead Gardens with no way to reach it missed, 21).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const ANA: Prov = { id: 'ana-bn', name: 'Ana', library: 'HCLS' };
const LUCIA: Prov = { id: 'lucia-bn', name: 'Lucía', library: 'AUN' };
const MARISOL: Prov = { id: 'marisol-bn', name: 'Marisol', library: 'BCPL' };
const GRACE: Prov = { id: 'grace-bn', name: 'Grace', library: 'AACPL' };
const KIM: Prov = { id: 'kim-bn', name: 'Kim_HCPL', library: 'HCPL-MD' };
const DANA: Prov = { id: 'dana-bn', name: 'Dana', library: 'FCPL-MD' };
const THEO: Prov = { id: 'theo-bn', name: 'Theo', library: 'CCPL-MD' };
const NOOR: Prov = { id: 'noor-bn', name: 'Noor', library: 'EPFL' };
const WES: Prov = { id: 'wes-bn', name: 'Wes', library: 'SMCL' };
const IRIS: Prov = { id: 'iris-bn', name: 'Iris', library: 'QACL' };
const JAMAL: Prov = { id: 'jamal-bn', name: 'Jamal', library: 'WOCL' };
const ROSA: Prov = { id: 'rosa-bn', name: 'Rosa', library: 'TCFL' };
const MARCUS: Prov = { id: 'marcus-bn', name: 'Marcus', library: 'AUN' };
const KENJI: Prov = { id: 'kenji-bn', name: 'Kenji', library: 'MCPL' };
const BEATRIZ: Prov = { id: 'beatriz-bn', name: 'Beatriz', library: 'AUN' };
const LIONEL: Prov = { id: 'lionel-bn', name: 'Lionel', library: 'KCPL-MD' };
const TESS: Prov = { id: 'tess-bn', name: 'Tess', library: 'WPL' };
const OMAR: Prov = { id: 'omar-bn', name: 'Omar', library: 'PGCMLS' };
const FELIX: Prov = { id: 'felix-bn', name: 'Felix', library: 'AUN' };
const PAIGE: Prov = { id: 'paige-bn', name: 'Paige', library: 'CCPL-CE' };
const BEA: Prov = { id: 'bea-bn', name: 'Bea', library: 'CCPL-CH' };
const GWEN: Prov = { id: 'gwen-bn', name: 'Gwen', library: 'AUN' };
const HAL: Prov = { id: 'hal-bn', name: 'Hal', library: 'UMD' };
const YARA: Prov = { id: 'yara-bn', name: 'Yara', library: 'AUN' };
const QUINN: Prov = { id: 'quinn-bn', name: 'Quinn', library: 'WCFL' };
const COLE: Prov = { id: 'cole-bn', name: 'Cole', library: 'AUN' };
const MARISA: Prov = { id: 'marisa-bn', name: 'Marisa', library: 'AUN' };
const NADIA: Prov = { id: 'nadia-bn', name: 'Nadia', library: 'ACLS' };
const MAEVE: Prov = { id: 'maeve-bn', name: 'Maeve', library: 'CCPL-CA' };
const RUTH: Prov = { id: 'ruth-bn', name: 'Ruth', library: 'DCPL' };
const EZRA: Prov = { id: 'ezra-bn', name: 'Ezra', library: 'CCPL-CR' };
const TRAINEE: Prov = { id: 'trainee-bn', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-bn', name: 'Queue', library: 'VRQ' };

const s = session;

export const BONSAI: SessionCase[] = [
  // 01 the plain good session, a referral by e-mail
  s(ANA, '01 a gift juniper on an office desk: kind and light asked, extension.umd.edu + Lewis in the catalogue, Master Gardeners by e-mail, "thats all i needed"', [
    [0, 'p', 'hi! got a juniper bonsai as a gift, can it live inside on my desk? 🌲'],
    [18, 'l', "Hi there, welcome to Ask a Librarian! I'm Ana at Howard County Library System."],
    [24, 'l', 'Does it get any direct sun where you have it now? And do you know what kind of juniper it is (the tag might say Juniperus procumbens)?'],
    [61, 'p', 'tag says procumbens nana. its by my window at work but not much sun tbh'],
    [70, 'l', "Junipers are outdoor trees: they need a winter chill and several hours of direct sun, so indoors they usually fade within a few months. Keep it outside from spring through fall and in an unheated, sheltered spot (a cold porch, or against the house) in winter. The University of Maryland Extension's Home & Garden Information Center has bonsai care pages at extension.umd.edu/hgic, and Colin Lewis's 'Bonsai Survival Manual' is in our catalog at hclibrary.org. If it starts to brown, you can e-mail the Howard County Master Gardeners, who answer plant questions, at hcmg.questions@example.org."],
    [76, 'l', 'Does that answer your question?'],
    [110, 'p', 'oh no lol ok it goes outside. thats all i needed, thanks!'],
    [116, 'l', 'Good luck with the juniper, and thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // 02 Spanish, the plain good session
  s(LUCIA, '02 orquídea con hojas amarillas y arrugadas (Spanish): "Soy Lucía, bibliotecaria", ice cubes asked about, aos.org, "es todo lo que necesitaba"', [
    [0, 'p', 'hola buenas noches, mi orquídea tiene las hojas amarillas y arrugadas, que hago?? 😢'],
    [22, 'l', '¡Hola, buenas noches! Gracias por escribir a AskUsNow!. Soy Lucía, bibliotecaria.'],
    [28, 'l', '¿Es una orquídea mariposa (Phalaenopsis), de las que venden en el supermercado? ¿Y cada cuánto la riega?'],
    [70, 'p', 'si esa, la riego con 3 cubitos de hielo cada semana como dice la etiqueta'],
    [79, 'l', 'Las hojas arrugadas casi siempre quieren decir que las raíces no están absorbiendo agua: o le falta riego o las raíces se pudrieron. Sáquela de la maceta y mire las raíces: si están verdes o plateadas y firmes, están sanas; las marrones y blandas hay que cortarlas. Si están bien, riéguela a fondo una vez por semana en el fregadero y deje que escurra. La American Orchid Society tiene una guía de cuidado de Phalaenopsis en aos.org (busque "Phalaenopsis"); está en inglés, pero tiene fotos muy claras.'],
    [85, 'l', '¿Le sirve esta información?'],
    [130, 'p', 'si muchas gracias, es todo lo que necesitaba'],
    [136, 'l', '¡Con mucho gusto! Ojalá se recupere su orquídea. Gracias por usar AskUsNow! 🌸'],
  ], usual()),

  // 03 pickup at exactly 60 s
  s(MARISOL, '03 a dry garden in a shady Catonsville corner: pickup at exactly 60 s, size/sun/style asked, Keane and Oguchi at bcpl.info, "That is everything"', [
    [0, 'p', 'Hello, I want to turn a corner of my backyard into a small Japanese-style garden. Where do I even start? Any books?'],
    [60, 'l', 'Good afternoon! This is Marisol, a librarian at Baltimore County Public Library. Happy to help with that.'],
    [66, 'l', 'Roughly how big is the corner, and is it sunny or shady? Are you picturing a dry garden with gravel and stones, or something with water?'],
    [120, 'p', 'About 12 x 15 ft, mostly shade from an oak. No pond, I like the raked gravel look.'],
    [129, 'l', "A dry (karesansui) garden suits a shady corner well; moss and ferns can soften the edges where grass won't grow. Two books in our catalog at bcpl.info are a good start: 'Japanese Garden Design' by Marc Peter Keane, for the ideas behind it, and 'Create Your Own Japanese Garden' by Motomi Oguchi, which walks through small backyard projects step by step."],
    [135, 'l', 'Is that the kind of thing you were looking for?'],
    [170, 'p', 'Perfect, I will put both on hold. That is everything, thank you!'],
    [176, 'l', 'Wonderful! Enjoy the project, and thanks for using Ask a Librarian.'],
  ], usual()),

  // 04 pickup at 61 s; "feel free to come back" is not "anything else?"
  s(GRACE, '04 repotting a dendrobium from moss: "hello??" at 38, pickup at 61 s, aos.org, "Feel free to come back if you have any other questions" after "ya thanks"', [
    [0, 'p', 'what kind of bark do i use to repot an orchid'],
    [38, 'p', 'hello??'],
    [61, 'l', "Sorry for the wait! Hello, I'm Grace, a librarian at Anne Arundel County Public Library."],
    [67, 'l', 'What kind of orchid is it, and is it potted in moss or bark right now?'],
    [95, 'p', 'a dendrobium, its in moss from the store and the roots r coming out the top'],
    [104, 'l', "Dendrobiums like to dry out between waterings, so a medium-grade fir bark mix (often sold as 'orchid mix', with perlite and charcoal) suits them better than moss. Use a pot only a little bigger than the root ball, and repot right after it flowers. The American Orchid Society's repotting guide at aos.org has photos of each step."],
    [110, 'l', 'Does that help?'],
    [140, 'p', 'ya thanks'],
    [146, 'l', 'Feel free to come back if you have any other questions. Happy repotting!'],
  ], usual({ pickup: 'fail', anything: 'fail' })),

  // 05 the name and library only in the screen name
  s(KIM, '05 a cymbidium that only makes leaves: "Hello! Thanks for your question." with the name only in the screen name "Kim_HCPL" (greeting fails), Cullina', [
    [0, 'p', 'my cymbidium orchid hasnt bloomed in 3 years. it just makes leaves. why'],
    [15, 'l', 'Hello! Thanks for your question.'],
    [21, 'l', 'Where does it spend the summer and fall, indoors or outside?'],
    [50, 'p', 'inside on a bookshelf near a window all year'],
    [58, 'l', "That's the usual reason: cymbidiums need cool nights in late summer and fall (in the 50s °F) and bright light to set flower spikes. Put it outside in part sun from May until just before the first frost. 'Understanding Orchids' by William Cullina explains the cool-growing orchids well; it's in our catalog at hcplonline.org."],
    [64, 'l', 'Did that help?'],
    [90, 'p', 'yes!! outside it goes. no more questions, ty'],
    [95, 'l', 'Glad to help, bye!'],
  ], usual({ greeting: 'fail' })),

  // 06 identification without a greeting; an offer instead of the completeness question
  s(DANA, '06 a Japanese maple seedling from the flower bed: "This is Dana at …" with no greeting, Gustafson + Hobbies & Crafts, "Would you like me to look for a video … too?"', [
    [0, 'p', 'can i make a bonsai out of a japanese maple seedling from my yard'],
    [20, 'l', 'This is Dana at Frederick County Public Libraries. How big is the seedling, and is it still in the ground?'],
    [50, 'p', 'like 8 inches, still in the flower bed'],
    [58, 'l', "Yes, maples make good bonsai. Dig it up in late winter or very early spring before the buds open, keep as much root as you can, and pot it in a gritty bonsai soil; then let it grow for a year or two before any serious pruning. 'The Bonsai Workshop' by Herb L. Gustafson covers starting from seedlings, and Hobbies & Crafts Reference Center (fcpl.org > Research > Databases) has several articles on maple bonsai."],
    [64, 'l', 'Would you like me to look for a video on root pruning too?'],
    [90, 'p', 'nah im good, thats all i needed'],
    [95, 'l', 'Okay! Good luck with it, and thanks for chatting.'],
  ], usual({ greeting: 'fail', complete: 'fail' })),

  // 07 two holds answered exactly 120 s later
  s(THEO, '07 wire for a trident maple branch: hold at 56, "Still looking —" at 176, answer at 296 (two spans of exactly 120 s), Tomlinson at library.carr.org', [
    [0, 'p', 'hey, copper or aluminum wire for bonsai? and what gauge for a trident maple branch about pencil thick'],
    [16, 'l', "Hi! Thanks for contacting Ask a Librarian. I'm Theo at Carroll County Public Library."],
    [22, 'l', 'Are you wiring it to set a whole new angle, or just to bring the branch down a bit?'],
    [50, 'p', 'bring it down, its sticking straight up weird'],
    [56, 'l', 'Let me check a couple of our bonsai books for a gauge chart, one moment.'],
    [176, 'l', "Still looking — I found the wiring chapter in one book and I'm checking it against a second."],
    [296, 'l', "Got it. For deciduous trees like trident maple, annealed aluminum is the usual choice since it's gentler on thin bark; copper is mostly used on pines and junipers. The rule of thumb is wire about a third as thick as the branch, so for a pencil-thick branch roughly 2.0 to 2.5 mm aluminum. 'The Complete Book of Bonsai' by Harry Tomlinson has a wiring chart; it's in our catalog at library.carr.org."],
    [302, 'l', 'Does this completely answer your question?'],
    [340, 'p', 'yes perfect. that is everything, thanks!'],
    [345, 'l', 'Happy wiring, and thanks for chatting!'],
  ], usual()),

  // 08 a hold answered 121 s later, an internal note in between; a goodbye 119 s after the answer
  s(NOOR, '08 an orchid show in Baltimore this spring: "give me a minute" answered 121 s later (internal note between), Rawlings + MOS sites, goodbye 119 s after', [
    [0, 'p', 'is there an orchid show in baltimore this spring?'],
    [20, 'l', 'Hello and welcome to Ask Us! Noor here, a librarian at Enoch Pratt Free Library.'],
    [26, 'l', 'Are you hoping to buy plants, or mostly to look?'],
    [55, 'p', 'mostly look, maybe buy one'],
    [61, 'l', 'Let me check the event listings, give me a minute.'],
    [120, 'i', 'anyone know if the Rawlings spring orchid display dates are posted yet?'],
    [182, 'l', "Thanks for waiting! The Howard Peters Rawlings Conservatory in Druid Hill Park usually has orchids on display in the spring; its events calendar is at rawlingsconservatory.org. The Maryland Orchid Society also holds a spring show with vendors, and the dates are on its website, marylandorchidsociety.org."],
    [188, 'l', 'Is that the kind of thing you were after?'],
    [301, 'l', 'Thanks for chatting, and enjoy the orchids!'],
  ], usual({ informed: 'fail', anything: 'fail' })),

  // 09 "take your time" is not a hold
  s(WES, '09 grandmother\'s stone lantern: "Sure, take your time!" and the patron back 230 s later, a yukimi-dōrō, Bring & Wayembergh at stmalib.org', [
    [0, 'p', 'looking for info on japanese stone lanterns for my garden, the kinds and what they mean'],
    [19, 'l', "Hi, welcome to Ask a Librarian! I'm Wes at St. Mary's County Library."],
    [25, 'l', 'Do you already have a lantern, or are you choosing one? If you have one, what does the top look like?'],
    [55, 'p', 'we have one from my wifes grandmother, hang on let me go look at it'],
    [60, 'l', 'Sure, take your time!'],
    [290, 'p', 'ok. its got a wide umbrella roof and 3 legs, pretty short'],
    [299, 'l', "That sounds like a yukimi-dōrō, a 'snow-viewing' lantern: the wide roof catches snow, and it's traditionally set low near water. The tall ones on a single post are kasuga-dōrō, often found along paths. 'Japanese Gardens: Design and Meaning' by Mitchell Bring and Josse Wayembergh has a section on lantern types; you can request it through our catalog at stmalib.org."],
    [305, 'l', 'Did that answer your question?'],
    [340, 'p', 'yes! shes going to love knowing that. no more questions'],
    [346, 'l', 'Lovely! Thanks for chatting, take care.'],
  ], usual()),

  // 10 the source first, the question after it; a goodbye 121 s after the answer
  s(IRIS, '10 moss between stepping stones: extension.umd.edu given at once, the sun question after it (clarify fails), goodbye 121 s after the answer', [
    [0, 'p', 'how do i get moss to grow between stepping stones? going for that japanese garden look'],
    [14, 'l', "Hello! Thanks for contacting Ask a Librarian, this is Iris at Queen Anne's County Library."],
    [22, 'l', "Moss wants shade, steady moisture and acidic, compacted soil. Rake the spot clear, press small pieces of moss from your yard into it, and mist daily for the first few weeks. The University of Maryland Extension explains the conditions moss likes; search 'moss' at extension.umd.edu."],
    [28, 'l', 'Is the path in full shade, or does it get afternoon sun?'],
    [55, 'p', 'some afternoon sun'],
    [62, 'l', 'Then look for the sun-tolerant kinds, like haircap moss (Polytrichum); the Extension page names a few. Does that help?'],
    [183, 'l', 'Thanks for chatting, and good luck with the moss!'],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'fail' })),

  // 11 Spanish, no source; a check-in at 120 s, a goodbye at 180 s with no notice
  s(JAMAL, '11 raíces aéreas (Spanish): a question, the answer from memory (no source), "¿Sigue ahí?" at 120 s, goodbye exactly 180 s after the answer', [
    [0, 'p', 'hola, a mi orquídea le salen raíces para afuera de la maceta, las corto?'],
    [17, 'l', '¡Hola! Soy Jamal, bibliotecario de Worcester County Library. Gracias por escribirnos.'],
    [23, 'l', '¿Las raíces están firmes y verdes o plateadas, o secas y como de papel?'],
    [52, 'p', 'firmes y verdecitas'],
    [58, 'l', 'Entonces déjelas. Son raíces aéreas y es normal que las orquídeas como la Phalaenopsis las tengan; en la naturaleza se agarran a la corteza de los árboles. Solo corte las que estén marrones y blandas o completamente secas, con tijeras limpias. ¿Eso responde su pregunta?'],
    [178, 'l', '¿Sigue ahí?'],
    [238, 'l', 'Gracias por escribirnos, ¡vuelva cuando quiera!'],
  ], usual({ source: 'fail', anything: 'fail', idle: 'pass', disconnect: 'fail' })),

  // 12 a true Lost Call
  s(ROSA, '12 a Japanese bonsai pot near Easton (Lost Call): greeting only, "are you still with me?" at 141, "looks like you\'ve been disconnected … come back anytime" at 201', [
    [0, 'p', 'where can i buy a real japanese bonsai pot near easton'],
    [21, 'l', "Hello, and thanks for contacting AskUsNow! I'm Rosa, a librarian at Talbot County Free Library."],
    [141, 'l', 'Hi, are you still with me?'],
    [201, 'l', "It looks like you've been disconnected, so I'm going to end this chat. Thanks for stopping by, and please come back anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 13 Lost Call after two patron lines; pickup 72 s; no check-in; a bare notice, the session ending 181 s after the greeting
  s(MARCUS, '13 a ginseng ficus dropping leaves (Lost Call, two patron lines): pickup 72 s, a question, no check-in, "closing this chat now", ended 181 s after', [
    [0, 'p', 'my ficus bonsai is dropping all its leaves help'],
    [40, 'p', 'its a ginseng ficus from lowes if that matters'],
    [72, 'l', "Hi, thanks for waiting! This is Marcus with AskUsNow!, I'm a librarian."],
    [78, 'l', 'Did you move it recently, or has the heat come on in your house?'],
    [248, 'l', "It looks like you've disconnected, so I'm closing this chat now."],
  ], usual({ pickup: 'fail', source: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail', idle: 'fail', disconnect: 'pass', code: 'fail' }),
  { resolutionCode: 'Lost Call' }),

  // 14 FU_ME, e-mail read back, "by Thursday afternoon", done at 50 h; a referral by address
  s(KENJI, '14 the 1976 bicentennial bonsai gift: ProQuest Washington Post, microfilm search promised, e-mail read back, "by Thursday afternoon", done at 50 h', [
    [0, 'p', "Hi, I'm trying to find a newspaper article from 1976 about Japan giving bonsai trees to the US for the bicentennial. My father helped unload them at the Arboretum!"],
    [20, 'l', 'Hello! Thanks for contacting Montgomery County Public Libraries. My name is Kenji, and I am a librarian.'],
    [27, 'l', 'What a story! Do you remember which paper it was in, or roughly the month?'],
    [70, 'p', 'probably the Washington Post or the Evening Star, summer 1976 I think'],
    [79, 'l', "The 53 trees arrived in 1976 and the bonsai museum opened at the U.S. National Arboretum that July. You can search the Post yourself in ProQuest Historical Newspapers: The Washington Post, under Research at montgomerycountymd.gov/library. The Evening Star isn't in that database; you're welcome to visit the People's Archive at the Martin Luther King Jr. Memorial Library, 901 G Street NW, Washington, DC 20001, which has it on microfilm, and I'd also like to go through our own clipping files for you. Shall I e-mail you what I find?"],
    [110, 'p', 'Yes please! rkwan.family@example.net'],
    [116, 'l', "Thanks, that's rkwan.family@example.net. I'll send what I find by Thursday afternoon."],
    [122, 'l', 'In the meantime, does the ProQuest search get you started?'],
    [160, 'p', "It does, I found one already. That's everything for now, thank you so much."],
    [166, 'l', 'Wonderful! Thanks for chatting, and you will hear from me by Thursday.'],
  ], usual({ contact: 'pass', onTime: 'pass', referral: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(50 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 15 FU_LIB, phone read back, "by Wednesday", nothing recorded, judged at 71 h
  s(BEATRIZ, '15 Keane\'s The Japanese Tea Garden for a Bel Air class: FU_LIB, Bel Air branch to call, phone read back, "by Wednesday", not recorded at 71 h (pending)', [
    [0, 'p', 'hi i teach an adult ed class in bel air and want the book "the japanese tea garden" by marc keane for next session, my library doesnt seem to have it'],
    [26, 'l', "Hi! Beatriz here, a librarian with AskUsNow!, Maryland's statewide chat service."],
    [32, 'l', 'When is your next class, and is Harford County Public Library your home library?'],
    [64, 'p', 'yes harford, class is in 2 weeks'],
    [72, 'l', "You're right that Harford doesn't own it, but it can come through interlibrary loan. I'll pass this to the Bel Air branch so a librarian there can place the request and call you when it's on its way. What's the best phone number for them?"],
    [105, 'p', '410-555-0187'],
    [111, 'l', "Thanks: 410-555-0187. Someone from Bel Air will call you by Wednesday. Meanwhile, Keane's 'Japanese Garden Design' is on the shelf at Bel Air (catalog at hcplonline.org) if you want something for the first class."],
    [117, 'l', 'Would that one work for you in the meantime?'],
    [150, 'p', "yes, I'll pick it up. thanks, that's all!"],
    [155, 'l', 'Great! Thanks for using AskUsNow!, and have a good class.'],
  ], usual({ contact: 'pass', onTime: 'pending' }), { ...FU_LIB }, { now: T0 + 71 * HOUR * 1000 }),

  // 16 FU_ME, the patron-field e-mail confirmed in the chat, no time, nothing recorded at day 5; check-in and notice in one line
  s(LIONEL, '16 a yard-sale dendrobium to identify: aos.org, e-mail confirmed, no time, not recorded at day 5; "Are you still there? It seems you\'ve disconnected", ended 181 s after', [
    [0, 'p', 'I bought an orchid at a yard sale in Chestertown with no tag. White flowers with purple speckles, long thin leaves, canes kind of like bamboo. Can you tell me what it is?'],
    [22, 'l', 'Good morning, Kent County Public Library, this is Lionel.'],
    [28, 'l', 'How tall are the canes, and do the flowers come from the top or along the sides?'],
    [70, 'p', 'about 2 feet, flowers along the sides near the top'],
    [80, 'l', "That sounds like a cane-type Dendrobium, possibly a Dendrobium nobile hybrid, but speckled whites vary a lot. The American Orchid Society's orchid pages at aos.org have photos to compare. I'd like to check it against the plates in 'The Illustrated Encyclopedia of Orchids' too and write back to you. Is your e-mail still speckled.orchid@example.com?"],
    [110, 'p', 'yes that one'],
    [116, 'l', "Great, I'll e-mail you what I find. Does the AOS page help for now?"],
    [292, 'l', "Are you still there? It seems you've disconnected, so I'll end the chat now — I'll still send that e-mail."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'pass', contact: 'fail', onTime: 'fail' }),
  { ...FU_ME, patron: { name: null, email: 'speckled.orchid@example.com', phone: null } }, { now: T0 + 5 * DAY }),

  // 17 a promise coded Answered; gardens to visit with URLs; a goodbye exactly 120 s after the last answer, no check-in
  s(TESS, '17 Japanese gardens to visit from Salisbury: Brookside and the Arboretum with URLs, a list promised "by tomorrow morning", coded Answered, goodbye 120 s after', [
    [0, 'p', 'are there any japanese gardens to visit in maryland? want to take my mom for her bday'],
    [18, 'l', "Hi there! I'm Tess, a librarian at Wicomico Public Libraries. Thanks for reaching out."],
    [24, 'l', 'What part of the state are you in, and how far are you willing to drive?'],
    [58, 'p', 'salisbury, we could do 2 hrs or a bit more'],
    [66, 'l', "You could visit Brookside Gardens in Wheaton, which has a Japanese-style garden and tea house (montgomeryparks.org/parks-and-trails/brookside-gardens), or the U.S. National Arboretum in Washington, whose bonsai museum has a Japanese pavilion and garden (usna.usda.gov). I'm also putting together a list of smaller gardens with Japanese features closer to the Shore, and I'll e-mail it to you by tomorrow morning. What's your e-mail?"],
    [90, 'p', 'mom.bday.trip@example.com'],
    [96, 'l', 'Got it, mom.bday.trip@example.com. Does that give you a good start?'],
    [216, 'l', 'Thanks for chatting, and happy birthday to your mom!'],
  ], usual({ anything: 'fail', idle: 'fail', code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }),
  { followUps: [{ doneAt: at(20 * HOUR) }] }, { now: T0 + 2 * DAY }),

  // 18 FU_ME with no contact anywhere, done 75 h after the end; a colleague consulted
  s(OMAR, '18 a potter\'s seal on grandfather\'s bonsai pot: Art & Architecture Source, "I\'ll get back to you", no contact anywhere, done 75 h after the end', [
    [0, 'p', 'theres a stamp on the bottom of my grandfathers bonsai pot, japanese characters, how do i find out who made it'],
    [23, 'l', "Good evening! You've reached Prince George's County Memorial Library System's Ask a Librarian. I'm Omar."],
    [30, 'l', 'Can you describe the stamp? Is it square or round, and how many characters?'],
    [70, 'p', 'square, red brown, 2 characters, i cant type them sorry'],
    [78, 'l', "Potters' seals (often called chops) usually give the potter's or the kiln's name. Art & Architecture Source, under Online Resources at pgcmls.info, has articles on Japanese bonsai pot makers and their seals, some with pictures of the chops."],
    [84, 'l', "I'd also like to ask a colleague who reads Japanese to look at how seals like yours are usually styled. I'll get back to you with what she says."],
    [110, 'p', 'ok thank you!'],
    [116, 'l', 'Anything else I can help with tonight?'],
    [130, 'p', 'no thats it'],
    [135, 'l', 'Thanks for chatting, have a good night!'],
  ], usual({ complete: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(140 + 75 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // 19 a referral by phone; the resolution field left out
  s(FELIX, '19 a beginners\' bonsai class near Silver Spring: Brookside\'s registration desk by phone, potomacbonsai.com, "nope, all set", no resolution field', [
    [0, 'p', 'Are there any bonsai classes for beginners around Silver Spring? In person preferably'],
    [17, 'l', "Welcome to AskUsNow! My name is Felix and I'm a librarian. Glad to help."],
    [23, 'l', 'Weekday evenings or weekends? And are you after a one-time workshop or a series?'],
    [55, 'p', 'weekends, a one-time thing to start'],
    [63, 'l', 'Brookside Gardens in Wheaton runs weekend adult workshops, bonsai among them in some seasons. Call their registration desk at 301-555-0142 to ask about the next one. The Potomac Bonsai Association also lists beginner workshops by its member clubs at potomacbonsai.com.'],
    [69, 'l', 'Does that help?'],
    [95, 'p', "very much. i'll call them monday. thanks!"],
    [100, 'l', 'Anything else I can find for you?'],
    [118, 'p', 'nope, all set'],
    [122, 'l', 'Have fun at the workshop, bye!'],
  ], usual({ code: 'na', referral: 'pass' }), { resolutionCode: undefined }),

  // 20 a referral with no way to reach them; code ""
  s(PAIGE, '20 pruning a satsuki in flower: Callaham at ccplnet.org, "try asking at one of their meetings" (Baltimore Bonsai Club, no contact), code ""', [
    [0, 'p', 'i have a satsuki azalea bonsai, when do i prune it? its flowering now'],
    [20, 'l', "Hi! Thanks for contacting Cecil County Public Library's Ask a Librarian. I'm Paige."],
    [26, 'l', 'Is it an older tree you want to keep in shape, or are you still building the branches?'],
    [58, 'p', 'older, just keeping shape'],
    [65, 'l', "Satsukis are pruned right after they finish flowering: pick off the spent flowers and seed pods, then cut the new shoots back to two leaves. Pruning later in summer removes next year's buds. 'Satsuki Azaleas for Bonsai and Azalea Enthusiasts' by Robert Z. Callaham goes into detail; you can request it from our catalog at ccplnet.org. The members of the Baltimore Bonsai Club are great with questions like this too, so try asking at one of their meetings."],
    [71, 'l', 'Did that answer your question?'],
    [100, 'p', 'yes thank you'],
    [104, 'l', 'Anything else?'],
    [118, 'p', 'no'],
    [121, 'l', 'Thanks for chatting, happy pruning!'],
  ], usual({ referral: 'fail', code: 'fail' }), { resolutionCode: '' }),

  // 21 the name in the third provider line; two parties, one without a way to reach it
  s(BEA, '21 black spots on an orchid in the bathroom: "Hi! 🌸", a question, the name third (greeting fails), Ask Extension by URL + Homestead Gardens with nothing', [
    [0, 'p', 'my orchid has black spots on the leaves, is it dying? who can look at it'],
    [16, 'l', 'Hi! 🌸'],
    [20, 'l', 'Are the spots sunken and wet-looking, or dry and hard? And where do you keep it?'],
    [50, 'p', 'kinda wet looking, spreading. its in the bathroom'],
    [55, 'l', "Oops, I should have said: I'm Bea, a librarian at Charles County Public Library."],
    [63, 'l', "Wet, spreading black spots are often a bacterial or fungal rot, which loves a steamy bathroom. Cut off the spotted parts with a sterilized blade and move it somewhere with more air. To have someone look at it, send photos to the University of Maryland Extension's Ask Extension service at extension.umd.edu/hgic, or take a leaf to the orchid staff at Homestead Gardens in Davidsonville."],
    [69, 'l', 'Does that help?'],
    [95, 'p', "yes, i'll move it today. thanks"],
    [100, 'l', 'Is there anything else I can help you with?'],
    [115, 'p', 'no thats all'],
    [119, 'l', 'Good luck with the orchid, bye!'],
  ], usual({ greeting: 'fail', referral: 'fail' })),

  // 22 a transfer with a notice and a note saying why
  s(GWEN, '22 the Sakuteiki for a UMD seminar paper: "I\'m going to transfer you to Hal; please hold", a note why, Hal 49 s later, Avery + JSTOR at lib.umd.edu', [
    [0, 'p', 'hi im a landscape architecture student at umd writing on the Sakuteiki (the old japanese garden manual). need scholarly articles not just websites'],
    [19, 'l', "Hello! I'm Gwen, a librarian with AskUsNow!."],
    [25, 'l', "Since you're at UMD, a librarian from the University of Maryland Libraries is on our service right now and knows your databases best. I'm going to transfer you to Hal; please hold a moment."],
    [28, 'i', 'Hal, UMD landscape arch student needs scholarly articles on the Sakuteiki, your databases, can you take it? thx'],
    xfer(31, 'Hal', 'hal-bn'),
    [80, 'l', 'Hi, Hal from University of Maryland Libraries here. Is this for a seminar paper, and how long does it need to be?', as(HAL)],
    [110, 'p', 'seminar paper, 15 pages, due in 3 weeks'],
    [120, 'l', "Start with the Avery Index to Architectural Periodicals and JSTOR, both on the database list at lib.umd.edu; searching 'Sakuteiki' in JSTOR brings up several articles. The standard English translation is Jiro Takei and Marc Peter Keane's 'Sakuteiki: Visions of the Japanese Garden', which is in the UMD catalog.", as(HAL)],
    [126, 'l', 'Does that give you enough to start?', as(HAL)],
    [160, 'p', 'yes this is great, thats everything'],
    [165, 'l', 'Good luck with the paper, and thanks for using AskUsNow!', as(HAL)],
  ], usual({ transfer: 'pass' })),

  // 23 a silent transfer: a note only
  s(YARA, '23 rock garden books in Boonsboro: an internal note and the transfer with no word to the patron, Quinn 70 s after the patron, Borja at washcolibrary.org', [
    [0, 'p', 'hi do any libraries in washington county have books on japanese rock gardens, and do they ever do classes on it'],
    [21, 'l', "Hi! Welcome to AskUsNow!. I'm Yara, a librarian."],
    [27, 'l', 'Are you in Hagerstown, or somewhere else in the county?'],
    [50, 'p', 'boonsboro'],
    [56, 'i', 'Quinn, Boonsboro patron wants Japanese rock garden books + any WCFL classes, you know your programs, can you take it?'],
    xfer(59, 'Quinn', 'quinn-bn'),
    [120, 'l', "Hello! Quinn at Washington County Free Library here. Our catalog at washcolibrary.org has several, including 'Zen Gardens' by Erik Borja, which is on the shelf at the Boonsboro branch. There are no rock garden classes on the calendar right now, but upcoming programs are listed at washcolibrary.org/events.", as(QUINN)],
    [126, 'l', 'Does that help?', as(QUINN)],
    [150, 'p', 'yes! thanks'],
    [155, 'l', 'Anything else I can do for you?', as(QUINN)],
    [170, 'p', 'no thats all'],
    [174, 'l', 'Enjoy the book, bye!', as(QUINN)],
  ], usual({ transfer: 'fail' })),

  // 24 partly Spanish: a transfer notice with no note; the receiver 130 s after the notice
  s(COLE, '24 libros de bonsái en español para papá (partly Spanish): "I\'m going to transfer you … Un momento" with no note, Marisa 130 s later, MCPL catalogue', [
    [0, 'p', 'hola, busco libros de bonsái en español para mi papá, vive en Gaithersburg'],
    [20, 'l', "Hi, I'm Cole, a librarian with AskUsNow! ¡Hola!"],
    [26, 'l', "I'm going to transfer you to a colleague who speaks Spanish. Un momento, por favor."],
    xfer(29, 'Marisa', 'marisa-bn'),
    [156, 'l', '¡Hola! Soy Marisa, bibliotecaria de AskUsNow!. ¿Su papá prefiere libros impresos o electrónicos?', as(MARISA)],
    [190, 'p', 'impresos, tiene 78 años jaja'],
    [198, 'l', 'En el catálogo de Montgomery County Public Libraries (montgomerycountymd.gov/library) puede buscar "bonsái" y filtrar por idioma español; por ejemplo, "El gran libro del bonsái" está en la sucursal de Gaithersburg y se puede reservar desde el catálogo.', as(MARISA)],
    [204, 'l', '¿Es lo que buscaba?', as(MARISA)],
    [240, 'p', 'si perfecto, es todo, muchas gracias'],
    [246, 'l', '¡Gracias a usted! Que lo disfrute su papá 🌳', as(MARISA)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 25 four open at once; the patron's last word, no goodbye
  s(NADIA, '25 grow lights for orchids in a basement: aos.org, "yep thats all i needed thanks" as the last line (courteous fails), four chats open at once (fail)', [
    [0, 'p', 'what kind of grow light do i need for orchids in my basement'],
    [15, 'l', 'Hello, Nadia here at Allegany County Library System. Welcome!'],
    [21, 'l', 'Which orchids are you growing, and will the lights be their only light?'],
    [48, 'p', 'phals and a couple oncidiums. yes only light, no windows down there'],
    [56, 'l', "Full-spectrum LED shop lights work well for phalaenopsis and oncidiums: hang them 6 to 12 inches above the leaves and run them 12 to 14 hours a day on a timer. The American Orchid Society's article on growing under lights, at aos.org, gives light levels by genus."],
    [62, 'l', 'Is that what you needed?'],
    [95, 'p', 'yep thats all i needed thanks'],
  ], usual({ courteous: 'fail', concurrency: 'fail' }), {}, {
    otherIntervals: [other('n1', 'nadia-bn', -100, 200), other('n2', 'nadia-bn', 10, 300), other('n3', 'nadia-bn', 30, 90)],
  }),

  // 26 three at most, touching ends; pickedUpAt before the first visible line
  s(MAEVE, '26 kitty litter instead of akadama (chat-speak): pickedUpAt 55 (first line 63), bonsaiempire.com + Dupuich, touching ends (three at most)', [
    [0, 'p', 'can i use kitty litter instead of akadama for bonsai soil?? akadama is so expensive lol'],
    [63, 'l', 'Hi! Thanks for your patience, Maeve here, librarian at Calvert Library.'],
    [69, 'l', 'What kind of tree is it, and do you keep it outdoors?'],
    [100, 'p', 'chinese elm, outside on the deck'],
    [108, 'l', "Some growers do use a fired-clay, non-clumping litter (the plain calcined kind, often sold as oil absorbent) as a cheaper stand-in for akadama: it holds water and stays loose. Skip clumping or scented litter. Bonsai Empire has a soil guide with mixes at bonsaiempire.com, and 'The Little Book of Bonsai' by Jonas Dupuich, in our catalog at calvertlibrary.info, covers soil too."],
    [114, 'l', 'Did that help?'],
    [140, 'p', 'yes!! saving me $$$ thx'],
    [145, 'l', 'Anything else for your elm?'],
    [160, 'p', 'nah thats everything'],
    [164, 'l', 'Have fun with it, bye! 🌳'],
  ], usual(), { pickedUpAt: at(55) }, {
    otherIntervals: [other('m1', 'maeve-bn', -300, 0), other('m2', 'maeve-bn', -50, 100), other('m3', 'maeve-bn', 20, 250), other('m4', 'maeve-bn', 169, 400)],
  }),

  // 27 dismissed: "your time is up"
  s(RUTH, '27 plants for a Japanese garden in salt air (Cambridge): extension.umd.edu, then "our sessions are limited to one question and your time is up. Goodbye."', [
    [0, 'p', 'what plants should i use for a japanese garden in cambridge md? we get salt air and clay soil'],
    [22, 'l', "Hi, this is Ruth with Dorchester County Public Library's Ask a Librarian."],
    [28, 'l', 'How much sun does the spot get?'],
    [60, 'p', 'full sun most of the day'],
    [68, 'l', "For salt air and clay in full sun, Japanese black pine is the classic choice (it grows wild on Japan's coasts), with dwarf mondo grass, Japanese iris where the clay stays wet, and a native like bayberry behind them. The University of Maryland Extension's Home & Garden Information Center lists salt-tolerant plants at extension.umd.edu/hgic."],
    [74, 'l', 'Does that help?'],
    [110, 'p', 'yes! what about a japanese maple? and bamboo? and what gravel for raking? and how do i keep deer out'],
    [118, 'l', 'Sorry, our sessions are limited to one question and your time is up. Goodbye.'],
    [130, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 28 the allowed "other patrons waiting"; "Hope that helps!"
  s(EZRA, '28 a tolumnia on driftwood and a list: aos.org, "Hope that helps!", "several other patrons waiting … Please come back later", "Thanks for understanding, bye!"', [
    [0, 'p', 'how do you mount an orchid on a piece of driftwood? also what orchids can live outside in maryland summers, and how often to fertilize, and can i use tap water'],
    [18, 'l', 'Good afternoon! Ezra at Caroline County Public Library here, thanks for writing.'],
    [24, 'l', "That's a few questions! Let's start with the mount: what kind of orchid are you mounting?"],
    [55, 'p', 'a little tolumnia i got at a show'],
    [63, 'l', "Tolumnias love mounts. Tie it to the wood with fishing line over a thin pad of sphagnum, roots against the wood, and mist or dunk it daily in summer. The American Orchid Society's page on mounting orchids at aos.org shows the steps with photos. Hope that helps!"],
    [90, 'p', 'ok and the other stuff??'],
    [98, 'l', "I have several other patrons waiting right now, so I can't go through the rest this minute. Please come back later for the others and we'll gladly take them one at a time."],
    [110, 'p', 'ok fine'],
    [114, 'l', 'Thanks for understanding, bye!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 29 Practice
  s(TRAINEE, '29 practice chat (bonsai watering): coded Practice, every check na', [
    [0, 'p', 'testing 1 2 3 — practice: bonsai watering'],
    [8, 'l', 'Practice reply: see extension.umd.edu for bonsai watering tips'],
    [15, 'p', 'ok thx end test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 30 no provider ever joined
  s(QUEUE, '30 cherry blossoms and a Japanese garden in Kensington: no provider ever joined, "hello?", "never mind", patron left, code null', [
    [0, 'p', 'does anyone know when the cherry blossoms peak this year? and is there a japanese garden in kensington'],
    [3, 's', 'Thank you for your patience. All librarians are currently helping other patrons.'],
    [130, 'p', 'hello?'],
    [210, 'p', 'never mind'],
    left(214),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: null }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => BONSAI.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('17')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "You could visit Brookside Gardens in Wheaton, which has a Japanese-style garden and tea house (montgomeryparks.org/parks-and-trails/brookside-gardens), or the U.S. National Arboretum in Washington … (usna.usda.gov)" tells the patron to visit two organisations outside the chat (a county parks garden and a federal agency\'s arboretum), which is a referral by the Terms ("telling the patron to contact or visit a person or organisation outside the chat … or visit them"); each comes with a URL, so every party can be reached: pass.',
  [byNo('20')]:
    'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 4: "The members of the Baltimore Bonsai Club are great with questions like this too, so try asking at one of their meetings." tells the patron to ask a named organisation outside the chat (the Terms: "call, write to, ask or visit them"), a referral; no e-mail, phone, postal address or URL comes with it, so referral.contact fails.',
  [byNo('21')]:
    'referral.contact: expected fail, got pass ("the referral comes with a way to reach them"). Message 5: "… send photos to the University of Maryland Extension\'s Ask Extension service at extension.umd.edu/hgic, or take a leaf to the orchid staff at Homestead Gardens in Davidsonville." refers the patron to two parties; Ask Extension has a URL but Homestead Gardens comes with only a town, no e-mail, phone, postal address or URL, and RUBRIC.md passes only when "every party the patron is referred to comes with a way to reach them": fail.',
};

describe('eighty-fourth round: bonsai, orchids and Japanese gardens, checked', () => {
  describeSessions('whole sessions', BONSAI.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', BONSAI.filter((c) => c.name in LEFT_WHY));
});
