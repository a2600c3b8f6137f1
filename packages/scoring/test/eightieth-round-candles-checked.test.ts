/**
 * Eightieth round, theme CANDLE MAKING, PERFUME AND HOME FRAGRANCE, checked: 30 whole sessions no one had written, from
 * public library and statewide "ask a librarian" chats in Maryland: candle making (soy or paraffin for a first jar candle,
 * essential-oil candles for Christmas gifts in Spanish, a candle that tunnels, frosting on soy candles in Spanish, local
 * beeswax, a class for a mother in Wheaton in Spanish, warning labels for craft-fair candles, black soot on the jar, kitchen
 * vanilla extract as a scent, where to buy wick in Frederick in Spanish), perfume (does it expire, Chanel No. 5 for an
 * English essay, a perfume-making class, 1950s perfume ads for a collage, a Lalique bottle with a bird stopper, the allergen
 * behind "fragrance" on a label, a wedding signature scent, how perfume is taken from roses, solid perfume from TikTok,
 * selling candles online and Maryland licences) and home fragrance (a DIY reed diffuser, diffusers and a sneezing cat, wax
 * melts beside a toddler, a no-name wax warmer that got too hot, incense in ancient Egypt, scented candles and a son's asthma,
 * holiday simmer pots, drying garden lavender for sachets, "unscented" beside "fragrance-free"). Every one of the 17 checks
 * labelled in every session from RUBRIC.md's text before the first run (labels copied aside to /tmp/s74/candles-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: "Good morning, and thanks for contacting Ask a Librarian at … My name's Nadia." (01); Spanish "¡Buenas tardes!
 *   Le atiende Marta, bibliotecaria de …" (02) and "¡Hola! Le escribe June, de la biblioteca … (Ask Us)." (09); pickup at
 *   exactly 60 s (03: pass) and at 61 s after the patron's "hello" and "anyone????" (04: fail); "Ask a Librarian, Frederick
 *   County Public Libraries." with no greeting, under a screen name (05: fail); `pickedUpAt` at 45 s with the first visible
 *   line at 70 s (12: pass on the recorded pickup); "Hello!" then "Quincy here, a librarian at …" in the second message (16:
 *   pass, the two parts split); "Welcome to AskUsNow! I'm Noor, a librarian" (13); lower-case "hi there! Otis at Calvert
 *   Library, Ask a Librarian 🙂" (14); "Hi! / ¡Hola! Soy Pilar, …" (15); "Hello, you've reached Ask a Librarian at …" (23);
 *   "Hi there! 😊" and a question, the name only from the receiving provider in the third provider message (26: fail); no
 *   provider ever, only the queue's Spanish line (21);
 *  inquiry: jars or pillars, wax and jar size, jar width and wick, whether opened and where kept, fragrance or essential oil,
 *   deadline and print or online, which oils and mist or not, where the spots are, how much wax, printed pages or scans,
 *   marks on the bottom, jars or tins, the language ("¿Seguimos en español?", 15), patch testing done or not, brand and model,
 *   smoke or scent, oils or a perfumer, fresh or dried, the county (from the receiving provider, 24), wick and trimming, soy
 *   or another wax, school or curiosity, buds or stems, allergy or curiosity, oils or an owned perfume; a restatement with no
 *   question, "So you're after a hands-on class where you'd blend your own perfume, somewhere near Catonsville." (11: pass);
 *   the answer and nfpa.org first and the question only after it (08: fail);
 *  waits: a hold, then "One so far: … I'm still looking for articles for you." exactly 120 s later, the rest exactly 120 s
 *   after that (06: pass); the answer 121 s after the patron with no hold (07: fail); "Give me a minute to look into this."
 *   answered 124 s later with the patron's "still there?" between (10: fail); a hold while Special Collections is asked by
 *   an internal note, answered in 74 s (12); "Sure, take your time." and the patron back 204 s later (12: waiting on the
 *   patron, pass); a transfer announcement answered by the receiver 73 s later (24); a silent transfer, the receiver 125 s
 *   after the patron (26: fail); three patron lines before a 61 s pickup (04: pickup's wait, not keep_informed's);
 *  sources: the catalog (aacpl.net, hclibrary.org, kentcountylibrary.org, pgcmls.info, worcesterlibrary.org, ccplonline.org)
 *   with named books (Oppenheimer, Turin and Sanchez, Mazzeo, Ahnert, Aftel, Siegel-Maier, Bader), Hobbies & Crafts
 *   Reference Center, Biography in Context, Vogue Archive, Britannica School, candlescience.com with the steps to the page,
 *   aspca.org, nfpa.org/candles, repository.duke.edu, kovels.com, cpsc.gov, fda.gov, medlineplus.gov, lung.org,
 *   smithsonianmag.com, businessexpress.maryland.gov, candles.org, an events calendar; a referral's phone as the only source
 *   (11); none, "frosting" explained from knowledge (09: fail);
 *  completeness: "Does that answer what you were wondering?", "¿Le sirve esta información?", "Does that solve the mystery?",
 *   "Is that what you were looking for?", "Did that help?", "Does this completely answer your question?", "Is that the kind of
 *   info you needed?", "¿Esto responde a su pregunta?", "Is that helpful?", "Would those work for your project?", "In the
 *   meantime, does the Kovels link help?", "Did the CPSC page help with the rest?", "¿Le ayudó la información del
 *   calendario?", "Does that cover what you needed?", "Is that helpful for your assignment?", "Does that answer it?"; offers
 *   of more that are not one: "Want a few gift-jar versions too?" (23: fail), "Want me to find some scent blend ideas to go
 *   with it?" (30: fail);
 *  anything else: "Is there anything else I can help you with today?", "¿Hay algo más en que le pueda ayudar?", "Any
 *   other questions I can answer?", "Anything else I can help with?", "Anything else you need?", "anything else for the
 *   fair?", "Anything else?"; patron-side "thats all i needed", "eso es todo", "no tengo más preguntas", "thats everything
 *   i need", "that's all for now", "that's everything", "thats all i wanted to know", "thats all"; and "ok" (17), "yes
 *   thanks", "oh ok no problem" (23) that do not count;
 *  endings: a true Lost Call, greeting only, "Are you still with me?" 120 s after it and "It seems you've been disconnected,
 *   so I'll end this chat now. Come back anytime" exactly 180 s after it (18); a notice with thanks and no question 181 s
 *   after the answer (03: idle fails, notice passes) and 121 s after it (05: idle fails, notice na); "Hello? Are you still
 *   there?" then "It seems you've disconnected." with `endedAt` 185 s after the answer (19: check-in passes, the notice
 *   fails, courteous fails, Lost Call after two patron lines fails); "Are you still there?" then a goodbye exactly 120 s
 *   after the answer (29: pass); a goodbye 119 s after the answer (25: idle na); "Sorry, your time is up for this session —
 *   we only allow one question per chat." (22: dismissal and courteous fail); "A few other patrons are waiting for help
 *   right now, so I'll stop here for this chat — please log back on later" (23: allowed); the patron's "nah im good, thats
 *   all i needed, ty" as the last line (30); goodbyes "Happy pouring, and thanks for chatting with us!", "¡Feliz Navidad!
 *   Gracias por escribirnos", "Thanks for chatting, enjoy the perfume!", "Give your kitty a scratch from us. Take care, and
 *   thanks for chatting!", "Have a great day, bye!", "¡De nada! Adiós, …", "Happy candle making, goodbye!", "Talk soon, and
 *   thanks for writing in!", "good luck at the fair, bye!", "Bye, enjoy the lavender!";
 *  referrals: the ASPCA Animal Poison Control Center by phone (07: pass); "get in touch with the Maryland State Beekeepers
 *   Association" with no way to reach it (10: fail); the own branch's makerspace by phone (11: pass); the Hagley Library's
 *   reference staff by e-mail (12: pass); the Maryland SBDC through marylandsbdc.org (24: pass); the Home and Garden
 *   Information Center by phone and "ask the Charles County Master Gardeners" with nothing (28: fail, not every party);
 *   not referrals: Special Collections asked on the patron's behalf (12), interlibrary loan for the patron (14), the branch's
 *   programmer asked to phone the patron (15), agency pages to read (cpsc.gov, fda.gov, lung.org, aspca.org);
 *  follow-ups: FU_ME, the e-mail typed by the patron and not read back, "by Thursday", done exactly 72 h after `endedAt`
 *   (13: pass); a promise "I'll send it tomorrow morning" coded Answered, e-mail read back, done at 20 h (14: code fails,
 *   contact and on_time pass); FU_LIB in Spanish, a phone typed with spaces and read back with dashes, no time, done 72 h
 *   and 1 s after `endedAt` (15: contact and on_time fail); no codes at all (field left out), a promise "by Monday" to "the
 *   e-mail on your account", the address only in `patron.email`, nothing recorded at day 2 (16: code na, contact fails,
 *   on_time pending); FU_ME, "I'll go through the recall notices myself and get back to you", no contact anywhere, nothing
 *   recorded at day 4 (17: code, contact and on_time fail);
 *  codes: a true Lost Call (18); Lost Call after two patron lines (19); Lost Call with no provider and one patron line (21:
 *   pass); left out (16); "" (30); Practice (20);
 *  transfers: a notice (a hold) and an internal note saying why (24: pass); a note saying why and no word to the patron (25:
 *   fail); neither (26: fail);
 *  concurrency: three others overlapping, four at once from 30 s to 60 s (27: fail); one ending exactly at `startedAt`, two
 *   overlapping, one starting exactly at `endedAt`, and another provider's session over the whole chat (28: three at most,
 *   pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "Ask a Librarian, Frederick County Public Libraries." identifies the service and library but greets no one: none of
 *   "hello, hi, good afternoon, welcome, thanks for contacting…" (05: fail);
 * - when the source records `pickedUpAt`, it is the pickup: 45 s, though the first visible line came at 70 s (12);
 * - a restatement of the need with no question mark ("So you're after …") is the rubric's "restates the question" (11);
 * - "Does that solve the mystery?", "Would those work for your project?", "In the meantime, does the Kovels link help?" and
 *   "Did the CPSC page help with the rest?" ask whether what was already given meets the need; "Want a few gift-jar versions
 *   too?" and "Want me to find some scent blend ideas …?" offer things not yet given (23, 30: fail);
 * - "eso es todo", "no tengo más preguntas", "that's all for now", "thats all" say explicitly that the patron is done;
 *   "oh ok no problem" and "ok" do not;
 * - the patron's e-mail typed by the patron in the chat is "given … there" and so confirmed without a read-back (13);
 *   "the e-mail on your account" names no address, so one known only from `patron.email` is not confirmed (16);
 * - a follow-up recorded exactly 72 h after `endedAt` is "within `followUpHours`" (13: pass), one 72 h and 1 s after is not
 *   (15: fail);
 * - `resolutionCode: undefined` is the field left out: the source has no codes and resolution.code is na (16); the promise
 *   still makes 16 a follow-up session;
 * - a message that tells the patron they have disconnected and invites them back ("Come back anytime", "Thank you for using
 *   Ask a Librarian!") without asking whether they are there is a goodbye and ends the final idle (03, 05, 18); "It seems
 *   you've disconnected." says nothing about the chat ending, so it is not the notice (19), and it thanks no one (courteous
 *   fails there);
 * - "Hello? Are you still there?" is a check-in, not a greeting or a goodbye (19);
 * - "Sorry, your time is up for this session — we only allow one question per chat." ends the help with no way back (22);
 *   "A few other patrons are waiting … so I'll stop here for this chat — please log back on later" is the allowed ending (23);
 * - telling the patron to call a phone line of the own library's branch makerspace is a referral to a department (11); the
 *   ASPCA Animal Poison Control Center, the Hagley Library, the SBDC, the beekeepers' association, the HGIC and the Master
 *   Gardeners are organisations outside the chat (07, 10, 12, 24, 28); a branch programmer who will phone the patron is the
 *   library acting for them, not a referral (15);
 * - a transfer note that says why, with no visible word to the patron, fails the handoff (25).
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside
 * to /tmp/s74/candles-labels.ts). First run as labelled / disagreeing: 29 / 1 (14). Label corrections: none (the
 * disagreement reread against RUBRIC.md's Referral term and referral.contact; the label stood).
 * Final: 29 running, 1 LEFT (LEFT_WHY: the provider's own greeting "Otis at Calvert Library, Ask a Librarian" read as a
 * referral with no contact, 14).
 * ON v69 AS LANDED (block AI): 14 ("Ask a Librarian 🙂" in the greeting) runs as labelled; none LEFT.
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;

const NADIA: Prov = { id: 'nadia-cd', name: 'Nadia', library: 'AACPL' };
const MARTA: Prov = { id: 'marta-cd', name: 'Marta', library: 'MCPL' };
const DANA: Prov = { id: 'dana-cd', name: 'Dana', library: 'AUN' };
const ELI: Prov = { id: 'eli-cd', name: 'Eli', library: 'HCLS' };
const FELIX: Prov = { id: 'felix-cd', name: 'FCPL Ref 2', library: 'FCPL-MD' };
const GWEN: Prov = { id: 'gwen-cd', name: 'Gwen', library: 'PGCMLS' };
const HANA: Prov = { id: 'hana-cd', name: 'Hana', library: 'HCPL-MD' };
const IVY: Prov = { id: 'ivy-cd', name: 'Ivy', library: 'WCFL' };
const JUNE: Prov = { id: 'june-cd', name: 'June', library: 'CCPL-CA' };
const KARL: Prov = { id: 'karl-cd', name: 'Karl', library: 'KCPL-MD' };
const LENA: Prov = { id: 'lena-cd', name: 'Lena', library: 'BCPL' };
const MILO: Prov = { id: 'milo-cd', name: 'Milo', library: 'EPFL' };
const NOOR: Prov = { id: 'noor-cd', name: 'Noor', library: 'AUN' };
const OTIS: Prov = { id: 'otis-cd', name: 'otis_calvert', library: 'CALVERT' };
const PILAR: Prov = { id: 'pilar-cd', name: 'Pilar', library: 'MCPL' };
const QUINCY: Prov = { id: 'quincy-cd', name: 'Quincy', library: 'SMCL' };
const RUTH: Prov = { id: 'ruth-cd', name: 'Ruth', library: 'CCPL-CO' };
const SOFIA: Prov = { id: 'sofia-cd', name: 'Sofia', library: 'TCFL' };
const TEO: Prov = { id: 'teo-cd', name: 'Teo', library: 'DCPL' };
const TRAINEE: Prov = { id: 'trainee-cd', name: 'Trainee 7', library: 'TRN' };
const QUEUE: Prov = { id: 'queue-cd', name: 'Cola', library: 'VRQ' };
const UMA: Prov = { id: 'uma-cd', name: 'Uma', library: 'WOCL' };
const VERA: Prov = { id: 'vera-cd', name: 'Vera', library: 'QACL' };
const WADE: Prov = { id: 'wade-cd', name: 'Wade', library: 'AUN' };
const PRIYA: Prov = { id: 'priya-cd', name: 'Priya', library: 'AUN' };
const XAVI: Prov = { id: 'xavi-cd', name: 'Xavi', library: 'ACLS' };
const ROSE: Prov = { id: 'rose-cd', name: 'Rose', library: 'ACLS' };
const YARA: Prov = { id: 'yara-cd', name: 'Yara', library: 'SCL-MD' };
const ZEKE: Prov = { id: 'zeke-cd', name: 'Zeke', library: 'AUN' };
const ABEL: Prov = { id: 'abel-cd', name: 'Abel', library: 'GCPL' };
const BRIT: Prov = { id: 'brit-cd', name: 'Brit', library: 'CCPL-CH' };
const CLEO: Prov = { id: 'cleo-cd', name: 'Cleo', library: 'CCPL-CE' };
const DEREK: Prov = { id: 'derek-cd', name: 'Derek', library: 'WPL' };

const s = session;

export const CANDLES: SessionCase[] = [
  // 01 the plain good session
  s(NADIA, '01 soy or paraffin for a first jar candle: jars or pillars asked, Oppenheimer in the catalog at aacpl.net, "thats all i needed"', [
    [0, 'p', 'hi! wanting to start making candles at home, is soy or paraffin better for a beginner?'],
    [14, 'l', "Good morning, and thanks for contacting Ask a Librarian at Anne Arundel County Public Library! My name's Nadia."],
    [20, 'l', 'Are you planning container candles in jars, or free-standing pillars?'],
    [48, 'p', 'jars, mason jars prob'],
    [57, 'l', "For jars, soy is the friendlier start: it melts at a lower temperature, clings to glass and cleans up with soap and water. Paraffin throws scent harder but wants more care with heat. Betty Oppenheimer's The Candlemaker's Companion covers both waxes step by step; search the title in our catalog at aacpl.net."],
    [63, 'l', 'Does that answer what you were wondering?'],
    [95, 'p', 'yes perfect, thats all i needed 🕯️'],
    [101, 'l', 'Happy pouring, and thanks for chatting with us!'],
  ], usual()),

  // 02 Spanish throughout
  s(MARTA, '02 velas con aceites esenciales para regalar (Spanish): wax and jar size asked, Hobbies & Crafts Reference Center, "eso es todo"', [
    [0, 'p', 'hola buenas tardes, quiero hacer velas con aceites esenciales para regalar en navidad, cuanto aceite le pongo??'],
    [22, 'l', '¡Buenas tardes! Le atiende Marta, bibliotecaria de las Bibliotecas Públicas del Condado de Montgomery.'],
    [28, 'l', '¿Qué cera piensa usar, de soya o de parafina? ¿Y de qué tamaño son los frascos?'],
    [70, 'p', 'de soya, frascos de 8 onzas'],
    [80, 'l', 'Con cera de soya se suele usar entre un 6 y un 10 % de aceite por peso: para unas 7 onzas de cera, entre media onza y tres cuartos de onza de aceite. Añádalo cuando la cera baje a unos 185 °F y revuelva dos minutos. La base de datos Hobbies & Crafts Reference Center (montgomerycountymd.gov/library, en "Research") tiene guías paso a paso con fotos.'],
    [86, 'l', '¿Le sirve esta información?'],
    [120, 'p', 'si!! muchas gracias'],
    [125, 'l', '¿Hay algo más en que le pueda ayudar?'],
    [150, 'p', 'no, eso es todo. feliz navidad'],
    [156, 'l', '¡Feliz Navidad! Gracias por escribirnos, y vuelva cuando quiera.'],
  ], usual()),

  // 03 pickup at exactly 60 s; a notice with no question, 181 s after the answer
  s(DANA, '03 a candle that tunnels: pickup at exactly 60 s, jar width asked, CandleScience wick guide, a notice with thanks 181 s later (no check-in)', [
    [0, 'p', 'why does my candle keep tunneling?? it burns a hole down the middle and leaves wax all on the sides'],
    [60, 'l', 'Hi there, welcome to Maryland AskUsNow! Dana here, one of the librarians on tonight.'],
    [66, 'l', 'How wide is the jar, and do you know which wick you used?'],
    [100, 'p', 'like 3.5 inches across? the wick said CD 8 i think'],
    [108, 'l', "That wick is probably a size or two small for a 3.5\" jar, so the melt pool never reaches the glass. Go up a size, and on the first burn let it run until the melted wax touches the edges, about an hour per inch of width. CandleScience's free wick guide, at candlescience.com > Learning Center > Wick Guide, lists sizes by jar diameter and wax."],
    [114, 'l', 'Does that solve the mystery?'],
    [289, 'l', "It looks like you've been disconnected, so I'm going to close this chat now. Thanks for stopping by, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'pass' })),

  // 04 pickup at 61 s, an impatient patron
  s(ELI, '04 does perfume expire (a 2015 bottle): "hello", "anyone????", pickup at 61 s, storage asked, Turin & Sanchez in the catalog', [
    [0, 'p', 'do perfumes expire? i have a bottle from like 2015'],
    [30, 'p', 'hello'],
    [52, 'p', 'anyone????'],
    [61, 'l', "Hi, sorry to keep you waiting! I'm Eli, a librarian at Howard County Library System."],
    [67, 'l', 'Has the bottle been opened, and where has it been kept?'],
    [95, 'p', 'opened, on my dresser by the window'],
    [103, 'l', "Perfume has no set expiry date, but light and heat break it down: an opened bottle sitting in sun often goes sour or flat within a few years, while one kept cool and dark can last far longer. The bright top notes go first, so spray a paper strip and sniff it again after ten minutes. Perfume: The A-Z Guide by Luca Turin and Tania Sanchez has a good section on how scents age; it's in our catalog at hclibrary.org."],
    [109, 'l', 'Is that what you were looking for?'],
    [140, 'p', 'ok'],
    [145, 'l', 'Is there anything else I can help you with today?'],
    [160, 'p', 'no'],
    [164, 'l', 'Thanks for chatting, enjoy the perfume!'],
  ], usual({ pickup: 'fail' })),

  // 05 an identification with no greeting; a goodbye-notice 121 s after the answer
  s(FELIX, '05 a DIY reed diffuser: "Ask a Librarian, Frederick County Public Libraries." with no greeting, Hobbies & Crafts, a notice 121 s later', [
    [0, 'p', 'how do i make a reed diffuser? the store ones are so expensive'],
    [18, 'l', 'Ask a Librarian, Frederick County Public Libraries.'],
    [24, 'l', 'Do you already have a fragrance oil, or are you starting from essential oils?'],
    [55, 'p', 'essential oils, lavender and eucalyptus'],
    [64, 'l', 'Mix the oils into a carrier the reeds can draw up: about 1 part essential oil to 3 or 4 parts carrier (fractionated coconut oil or a diffuser base), in a narrow-necked bottle. Use rattan reeds rather than bamboo and flip them once a week. Hobbies & Crafts Reference Center, under Research at fcpl.org, has a reed diffuser project with a supply list.'],
    [70, 'l', 'Did that help?'],
    [185, 'l', "It looks like you've disconnected, so I'll close this chat. Thank you for using Ask a Librarian!"],
  ], usual({ greeting: 'fail', anything: 'fail', idle: 'fail' })),

  // 06 two spans of exactly 120 s: a hold, then a partial result that says the search goes on
  s(GWEN, '06 Chanel No. 5 for an English essay: deadline and format asked, hold at 62, a book "Still looking" at 182, the rest at 302 (120 s each)', [
    [0, 'p', 'I need 3 sources on the history of Chanel No. 5 for an english essay'],
    [20, 'l', "Hello! I'm Gwen, a librarian with Prince George's County Memorial Library System. Happy to help."],
    [26, 'l', "When is the essay due, and does your teacher want print sources or are online ones OK?"],
    [55, 'p', 'friday. at least one has to be a book'],
    [62, 'l', 'Got it. Let me search our catalog and databases, one moment.'],
    [182, 'l', "One so far: the book The Secret of Chanel No. 5 by Tilar Mazzeo is in our catalog at pgcmls.info. I'm still looking for articles for you."],
    [302, 'l', "Here are two more: Biography in Context (pgcmls.info > Research) has an article on Coco Chanel and the scent's 1921 launch, and Smithsonian Magazine ran a feature on the perfume's history at smithsonianmag.com."],
    [308, 'l', 'Does this completely answer your question?'],
    [340, 'p', 'yes, thats all i need. thank you so much!!'],
    [346, 'l', 'Good luck on the essay, and thanks for using Ask a Librarian!'],
  ], usual()),

  // 07 a wait of 121 s with no hold; ASPCA Animal Poison Control by phone
  s(HANA, '07 a diffuser and a sneezing cat: oils asked, the answer 121 s later with no hold, ASPCA Animal Poison Control by phone', [
    [0, 'p', 'are essential oil diffusers safe for cats?? my cat keeps sneezing since i got one'],
    [15, 'l', 'Hi! This is Hana, librarian at Harford County Public Library.'],
    [21, 'l', 'Which oils are you using, and is it the kind that puts out a mist?'],
    [50, 'p', 'tea tree and peppermint, yes the mist kind'],
    [171, 'l', "Both of those are among the oils known to be toxic to cats, and the mist settles on fur that they lick off. The ASPCA's page on essential oils and pets, at aspca.org (search 'essential oils'), explains why. If your cat drools, wobbles or breathes hard, call the ASPCA Animal Poison Control Center at 888-426-4435 right away."],
    [177, 'l', 'Is that the kind of info you needed?'],
    [200, 'p', 'yes, turning it off now 😿 thank you'],
    [205, 'l', 'Anything else I can help with?'],
    [220, 'p', 'no thats all'],
    [224, 'l', 'Give your kitty a scratch from us. Take care, and thanks for chatting!'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // 08 the answer first, the question after it
  s(IVY, '08 wax melts or candles with a toddler: the answer and nfpa.org at once, the question only after it (clarify fails)', [
    [0, 'p', 'which is safer, wax melts or candles? i have a toddler'],
    [12, 'l', "Hi, welcome to Ask a Librarian at Washington County Free Library! I'm Ivy."],
    [20, 'l', "With a toddler, a flameless wax warmer is usually the safer pick since there's no open flame, though the melted wax still gets hot, so keep it up high. The National Fire Protection Association's candle safety tips are at nfpa.org/candles."],
    [26, 'l', 'Are you thinking of a plug-in warmer or the kind with a tealight underneath?'],
    [50, 'p', 'plug in'],
    [56, 'l', 'Then the plug-in is the better bet: no flame at all. Did that help?'],
    [80, 'p', 'yes thx'],
    [84, 'l', 'Any other questions I can answer?'],
    [100, 'p', 'nope, all good'],
    [104, 'l', 'Have a great day, bye!'],
  ], usual({ clarify: 'fail' })),

  // 09 Spanish: no source
  s(JUNE, '09 manchas blancas en velas de soya (Spanish): where the spots are asked, "frosting" explained with no source, "no tengo más preguntas"', [
    [0, 'p', 'hola, mis velas de soya salieron con manchas blancas arriba, las arruiné?'],
    [19, 'l', '¡Hola! Le escribe June, de la biblioteca pública del condado de Carroll (Ask Us).'],
    [25, 'l', '¿Las manchas están solo en la superficie, o también en el vidrio por los lados?'],
    [60, 'p', 'arriba sobre todo, y unas en los lados'],
    [68, 'l', '¡No las arruinó! Lo de arriba se llama "frosting": la cera de soya natural forma cristalitos, y es solo estético; las velas se queman igual de bien. Las manchas del vidrio son partes donde la cera se despegó al enfriarse. Si vierte la cera un poco más fría y deja que las velas se enfríen despacio en un cuarto templado, salen más parejas. ¿Esto responde a su pregunta?'],
    [110, 'p', 'uf que alivio. no tengo más preguntas, gracias!!'],
    [115, 'l', '¡De nada! Adiós, y que disfrute sus velas.'],
  ], usual({ source: 'fail' })),

  // 10 a hold answered 124 s later, the patron asking between; a referral with no way to reach it
  s(KARL, '10 local beeswax for candles: "Give me a minute" answered 124 s later ("still there?" between), the beekeepers association with no contact', [
    [0, 'p', 'where can i get local beeswax for candles? want to support local bees'],
    [20, 'l', 'Good afternoon! Karl here, librarian at Kent County Public Library. Thanks for writing.'],
    [27, 'l', 'About how much wax do you need, a pound or two or more like a bulk order?'],
    [60, 'p', '5 lbs maybe'],
    [66, 'l', 'Give me a minute to look into this.'],
    [150, 'p', 'still there?'],
    [190, 'l', "Sorry for the wait! For 5 lbs, local beekeepers are your best bet: get in touch with the Maryland State Beekeepers Association, whose members often sell cappings wax by the pound. For working with it, Beeswax Alchemy by Petra Ahnert is in our catalog at kentcountylibrary.org."],
    [196, 'l', 'Is that helpful?'],
    [230, 'p', 'yeah thanks'],
    [234, 'l', 'Anything else you need?'],
    [250, 'p', 'no'],
    [254, 'l', 'Happy candle making, goodbye!'],
  ], usual({ informed: 'fail', referral: 'fail' })),

  // 11 a restatement; the own library's makerspace by phone, the only source
  s(LENA, '11 a perfume-making class near Catonsville: "So you\'re after a hands-on class…" restated, the branch makerspace by phone (the only source)', [
    [0, 'p', 'does the library have any classes on making your own perfume? im in catonsville'],
    [16, 'l', "Hi! I'm Lena, a librarian with Baltimore County Public Library. Thanks for reaching out!"],
    [22, 'l', "So you're after a hands-on class where you'd blend your own perfume, somewhere near Catonsville."],
    [40, 'p', 'yes exactly'],
    [48, 'l', "The Catonsville branch's makerspace runs craft workshops that change every season, and its staff would know whether a scent-blending class is coming up. Give them a call at 410-555-0142 and ask for the makerspace team."],
    [54, 'l', 'Is that what you were after?'],
    [90, 'p', 'ok ill call them, thats all i needed'],
    [95, 'l', 'Great, thanks for chatting, and I hope they have one coming up!'],
  ], usual({ referral: 'pass' })),

  // 12 pickedUpAt 45 (first line at 70); Special Collections asked on the patron's behalf; "take your time"; a referral by e-mail
  s(MILO, '12 1950s perfume ads for a collage: pickedUpAt 45 (first line 70), Special Collections asked, Ad*Access, Hagley by e-mail, "take your time"', [
    [0, 'p', 'hi im doing a collage project and want old 1950s perfume ads, like from magazines. does pratt have any'],
    [70, 'l', 'Hello and thanks for waiting! This is Milo, a librarian at Enoch Pratt Free Library.'],
    [76, 'l', 'Do you need the actual printed pages to cut up, or are scans you can print fine?'],
    [110, 'p', "scans are fine, i'll print them"],
    [116, 'l', 'Let me check with our Special Collections team, one moment.'],
    [118, 'i', 'Hi Ana, patron wants 1950s perfume magazine ads for a collage, scans OK. Anything digitized we can point to?'],
    [190, 'l', "Ana in Special Collections suggests Duke University's Ad*Access collection, thousands of 1911–1955 ads including beauty and toiletries: repository.duke.edu/dc/adaccess. Our Vogue Archive database (prattlibrary.org > Databases) has the ads as they ran. If you want printed originals, write to the Hagley Library's reference staff at askhagley@example.org; they keep a big advertising archive."],
    [196, 'l', 'Would those work for your project?'],
    [230, 'p', 'yes!! wait let me look at the duke one first'],
    [236, 'l', 'Sure, take your time.'],
    [440, 'p', 'ok this is amazing, found like 20 already. thats everything i need'],
    [446, 'l', 'Wonderful! Thanks for chatting with Pratt, and come back anytime.'],
  ], usual({ referral: 'pass' }), { pickedUpAt: at(45) }),

  // 13 FU_ME: the e-mail typed by the patron (not read back), "by Thursday", done exactly 72 h after endedAt
  s(NOOR, '13 a Lalique bottle with a bird stopper: kovels.com, catalogues raisonnés promised, e-mail typed, "by Thursday", done at exactly 72 h', [
    [0, 'p', 'i have my grandmothers perfume bottle, glass with a frosted stopper shaped like a bird, how can i find out what it is / worth?'],
    [21, 'l', "Welcome to AskUsNow! I'm Noor, a librarian — happy to help with your bottle."],
    [27, 'l', 'Are there any marks or writing on the bottom of the bottle?'],
    [70, 'p', 'it says R. Lalique France, kind of faint'],
    [80, 'l', "That signature is a great sign: René Lalique made bottles for perfume houses like Worth and Coty in the 1920s and 30s. For a start, Kovels' price guide at kovels.com shows recent sale prices for Lalique bottles. I'd like to go through our print Lalique catalogues for the bird stopper, which will take some digging. Can I e-mail you what I find?"],
    [110, 'p', 'yes please! its ruthbottles@example.com'],
    [116, 'l', "Thanks! I'll send you what I find by Thursday."],
    [122, 'l', 'In the meantime, does the Kovels link help?'],
    [150, 'p', "yes, that's all for now, thank you!"],
    [155, 'l', 'Talk soon, and thanks for writing in!'],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(160 + 72 * HOUR) }] }, { now: T0 + 4 * DAY }),

  // 14 a promise coded Answered, e-mail read back, "tomorrow morning", recorded at 20 h
  s(OTIS, '14 warning labels for craft-fair candles: cpsc.gov, ASTM label section by ILL, "I\'ll send it tomorrow morning", coded Answered, done at 20 h', [
    [0, 'p', 'im selling candles at a craft fair next month, what warning labels do i need on them'],
    [18, 'l', 'hi there! Otis at Calvert Library, Ask a Librarian 🙂'],
    [24, 'l', 'are they in jars or tins, or pillars?'],
    [50, 'p', 'jars'],
    [58, 'l', "Most makers follow ASTM F2058, the standard for candle fire-safety labels: the flame symbol plus 'Burn within sight', 'Keep away from children and pets' and 'Keep away from things that catch fire'. The Consumer Product Safety Commission's business guidance at cpsc.gov (search 'candles') covers the rest. The ASTM text itself isn't free online, but I can get the label section through interlibrary loan and e-mail it to you. What's your e-mail?"],
    [90, 'p', 'candles.by.bea@example.net'],
    [95, 'l', "Thanks, that's candles.by.bea@example.net; I'll send it tomorrow morning. Did the CPSC page help with the rest?"],
    [120, 'p', 'yes thanks'],
    [126, 'l', 'anything else for the fair?'],
    [140, 'p', 'no thats it!'],
    [145, 'l', 'good luck at the fair, bye!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass' }), { followUps: [{ doneAt: at(20 * HOUR) }] }),

  // 15 partly Spanish: FU_LIB, a phone typed with spaces and read back with dashes, no time said, done 72 h + 1 s after endedAt
  s(PILAR, '15 un taller de velas en Wheaton (partly Spanish): language asked, the events calendar, the branch to phone, phone read back, no time, done at 72 h + 1 s', [
    [0, 'p', 'hello, mi mamá quiere tomar una clase de hacer velas, hay algo en la biblioteca de wheaton?'],
    [24, 'l', 'Hi! / ¡Hola! Soy Pilar, bibliotecaria de Montgomery County Public Libraries. ¿Seguimos en español?'],
    [50, 'p', 'si porfa'],
    [58, 'l', '¿Su mamá busca una clase general o una para adultos mayores? ¿Y la prefiere en español?'],
    [90, 'p', 'general, en español si hay'],
    [98, 'l', 'Ahora no veo clases de velas en el calendario de Wheaton (montgomerycountymd.gov/library, en "Events"), pero la sucursal a veces organiza talleres en español si se lo piden. Puedo pedirle a la encargada de programas de Wheaton que la llame a usted cuando tenga fechas. ¿Me da un número de teléfono?'],
    [130, 'p', '301 555 0188'],
    [137, 'l', 'Gracias, lo anoto: 301-555-0188. La encargada de programas la va a llamar.'],
    [143, 'l', '¿Le ayudó la información del calendario?'],
    [170, 'p', 'si gracias, eso es todo'],
    [176, 'l', '¡De nada! Que tenga buen día, y gracias por usar el servicio.'],
  ], usual({ contact: 'fail', onTime: 'fail' }), { ...FU_LIB, followUps: [{ doneAt: at(181 + 72 * HOUR + 1) }] }, { now: T0 + 5 * DAY }),

  // 16 no resolution codes at all (field left out); a promise, "by Monday", the e-mail only in patron.email; nothing recorded at day 2
  s(QUINCY, '16 which perfume ingredient is the allergen: "Hello!" then the name, fda.gov + MedlinePlus, EU list promised "by Monday" to "the e-mail on your account", no codes', [
    [0, 'p', 'how do i find out which ingredient in my perfume im allergic to? the label just says "fragrance"'],
    [20, 'l', 'Hello!'],
    [26, 'l', "Quincy here, a librarian at St. Mary's County Library. Has a doctor done patch testing yet, or are you trying to narrow it down yourself first?"],
    [60, 'p', 'not yet, trying to figure it out first'],
    [68, 'l', "The FDA's page on fragrances in cosmetics (fda.gov, search 'fragrances in cosmetics') explains why a label can just say 'fragrance' and names the common allergens, and MedlinePlus has a page on contact dermatitis at medlineplus.gov."],
    [74, 'l', 'Is that the sort of thing you need?'],
    [100, 'p', 'kind of. is there a list of the 26 allergens the EU makes them label?'],
    [108, 'l', "There is; I'll need to dig into the EU regulation to get you a clean copy. I'll send it to the e-mail on your account by Monday."],
    [130, 'p', 'ok great'],
    [134, 'l', 'Anything else I can help with in the meantime?'],
    [150, 'p', 'no thanks'],
    [155, 'l', 'Thanks for chatting, take care!'],
  ], usual({ code: 'na', contact: 'fail', onTime: 'pending' }), { resolutionCode: undefined, patron: { name: null, email: 'scent.sensitive@example.com', phone: null } }, { now: T0 + 2 * DAY }),

  // 17 FU_ME with no contact anywhere; "I'll … get back to you", nothing recorded at day 4
  s(RUTH, '17 a no-name wax warmer that got too hot: cpsc.gov/Recalls, "I\'ll go through the recall notices myself and get back to you", FU_ME, no contact, "ok"', [
    [0, 'p', 'was there a recall on scentsy type wax warmers? mine got super hot'],
    [22, 'l', 'Hi, thanks for contacting Ask a Librarian! This is Ruth at Caroline County Public Library.'],
    [28, 'l', 'Do you know the brand and model of the warmer?'],
    [60, 'p', 'its a no name one from a discount store'],
    [67, 'l', "The Consumer Product Safety Commission lists recalls at cpsc.gov/Recalls; search 'wax warmer'. Without a brand it's harder to match, so I'll go through the recall notices myself and get back to you."],
    [72, 'l', 'Did the recall page help for now?'],
    [100, 'p', 'ok'],
    [104, 'l', 'Take care, and thanks for chatting!'],
  ], usual({ anything: 'fail', code: 'fail', contact: 'fail', onTime: 'fail' }), { ...FU_ME }, { now: T0 + 4 * DAY }),

  // 18 a true Lost Call: greeting only, a check-in at 120 s, a goodbye-notice at exactly 180 s
  s(SOFIA, '18 incense in ancient Egypt (Lost Call): greeting only, "Are you still with me?" at 145, a notice inviting back at 205 (180 s)', [
    [0, 'p', 'hi how did people make incense in ancient egypt, for my kids homework'],
    [25, 'l', 'Good evening! This is Sofia, librarian at Talbot County Free Library.'],
    [145, 'l', 'Are you still with me?'],
    [205, 'l', "It seems you've been disconnected, so I'll end this chat now. Come back anytime — we're here to help!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'pass', disconnect: 'pass', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 19 Lost Call after two patron lines; a check-in, then "It seems you've disconnected." (no word that the chat ends), 185 s
  s(TEO, '19 scented candles and a son\'s asthma: lung.org + MedlinePlus, "Hello? Are you still there?", "It seems you\'ve disconnected." at 185 s, Lost Call', [
    [0, 'p', 'do scented candles make asthma worse? my son has asthma'],
    [15, 'l', 'Hello, Teo with Dorchester County Public Library on AskUsNow! here.'],
    [21, 'l', 'Is it the scent itself that seems to bother him, or the smoke when a candle is blown out?'],
    [50, 'p', 'not sure, he coughs when i light the vanilla one'],
    [60, 'l', "Both can set it off: burning candles give off fine particles, and many fragrances irritate airways. The American Lung Association's page on candles and air fresheners is at lung.org (search 'candles'), and MedlinePlus's asthma triggers page is at medlineplus.gov. Is that helpful?"],
    [185, 'l', 'Hello? Are you still there?'],
    [245, 'l', "It seems you've disconnected."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', code: 'fail' }), { resolutionCode: 'Lost Call', endAfter: 0 }),

  // 20 Practice
  s(TRAINEE, '20 practice chat (a candle-wick script): coded Practice, every check na', [
    [0, 'p', 'TEST - practice chat, wick question'],
    [9, 'l', 'practice answer: wick chart at samplelibrary.org/wicks'],
    [18, 'p', 'end of test'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 Spanish: no provider ever joined; one patron line, coded Lost Call
  s(QUEUE, '21 mecha para velas en Frederick (Spanish): no provider ever joined, the queue\'s line only, patron left, one patron line, Lost Call', [
    [0, 'p', 'hola, donde puedo comprar mecha para velas en frederick?'],
    [3, 's', 'Gracias por su pregunta. Un bibliotecario le atenderá pronto.'],
    left(160),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 22 dismissed: "your time is up"
  s(UMA, '22 a wedding signature scent, then a list: Aftel\'s Essence and Alchemy, "Sorry, your time is up for this session — we only allow one question per chat."', [
    [0, 'p', 'making a signature scent for my wedding!! how do perfumers build a fragrance, like top middle base notes?'],
    [17, 'l', "Hi! I'm Uma, a librarian at Worcester County Library. Congratulations on the wedding!"],
    [23, 'l', 'Are you blending essential oils yourself, or working with a perfumer?'],
    [55, 'p', 'myself with oils'],
    [63, 'l', "Perfumers build in three layers: top notes (citrus, herbs) that you smell first and fade within minutes, heart notes (florals, spices), and base notes (woods, resins, vanilla) that last for hours. A common starting ratio is 30% top, 50% heart, 20% base. Mandy Aftel's Essence and Alchemy is a lovely guide for home blenders; it's in our catalog at worcesterlibrary.org."],
    [69, 'l', 'Did that help?'],
    [95, 'p', 'yes! ok next, how do i dilute it, what alcohol do i use, how long does it age, and can you help me pick scents for my bridesmaids too'],
    [103, 'l', 'Sorry, your time is up for this session — we only allow one question per chat.'],
    [115, 'p', 'um ok???'],
  ], usual({ anything: 'fail', dismissal: 'fail', courteous: 'fail' })),

  // 23 the allowed ending: other patrons waiting, come back later; an offer of more instead of the completeness question
  s(VERA, '23 holiday simmer pots, then a long list: "Want a few gift-jar versions too?", "A few other patrons are waiting … please log back on later"', [
    [0, 'p', 'need recipes for stovetop simmer pots for the holidays'],
    [19, 'l', "Hello, you've reached Ask a Librarian at Queen Anne's County Library. I'm Vera."],
    [25, 'l', 'Do you want recipes with fresh ingredients, or dried mixes you could give as gifts in jars?'],
    [58, 'p', 'fresh, like oranges and cinnamon'],
    [66, 'l', "Orange slices, cinnamon sticks, whole cloves and a splash of vanilla in a pot of water on low is the classic; top up the water as it simmers down. Hobbies & Crafts Reference Center (qaclibrary.org > Research) has a dozen simmer pot recipes, and our catalog has The Naturally Clean Home by Karyn Siegel-Maier with more."],
    [72, 'l', 'Want a few gift-jar versions too?'],
    [100, 'p', 'yes! also linen spray, carpet freshener, car diffuser, wax sachets, and a fridge deodorizer. and how to make the house smell like a bakery lol'],
    [108, 'l', "Ha, that's a fun list! A few other patrons are waiting for help right now, so I'll stop here for this chat — please log back on later, or tomorrow, and we can go through those one by one."],
    [125, 'p', 'oh ok no problem'],
    [130, 'l', 'Thanks so much, and happy holidays!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 24 a transfer with a notice (a hold) and a note saying why; the SBDC by URL
  s(WADE, '24 selling candles online, which Maryland licences: "I\'m going to transfer you to her — one moment", a note why, Priya, Business Express + SBDC by URL', [
    [0, 'p', 'i want to start selling my candles online, what licenses do i need in maryland'],
    [16, 'l', 'Hi, welcome to AskUsNow! This is Wade, a librarian.'],
    [22, 'l', "Our business librarian, Priya, is on right now and knows this area well. I'm going to transfer you to her — one moment please."],
    [25, 'i', 'Priya, patron is starting an online candle business in MD and asks about licenses/registration. Can you take it? Thanks!'],
    xfer(28, 'Priya', 'priya-cd'),
    [95, 'l', 'Hi, Priya here, the business librarian. Which county do you live in?', as(PRIYA)],
    [120, 'p', 'baltimore county'],
    [130, 'l', "Maryland Business Express, at businessexpress.maryland.gov, walks you through registering a business and getting the sales and use tax license you'll need to sell candles. For free one-on-one advice, contact the Maryland Small Business Development Center through marylandsbdc.org; they have an office for the Baltimore region.", as(PRIYA)],
    [136, 'l', 'Does that cover what you needed?', as(PRIYA)],
    [170, 'p', "yes that's everything, thank you"],
    [176, 'l', "You're welcome! Good luck with the business, and thanks for using AskUsNow!", as(PRIYA)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 25 a transfer with a note saying why and no word to the patron; a goodbye 119 s after the answer
  s(XAVI, '25 black soot on candle jars: a note to Rose, the transfer with no notice, candles.org, goodbye 119 s after the answer', [
    [0, 'p', 'my candles make black smoke and soot on the jar, why'],
    [18, 'l', 'Hello! Xavi at Allegany County Library System, Ask a Librarian.'],
    [22, 'i', 'Rose, soot question from a home candle maker. You teach the candle workshops, can you take this one?'],
    xfer(25, 'Rose', 'rose-cd'),
    [80, 'l', 'Hi, Rose here — I run our candle workshops. Is it a cotton wick, and do you trim it?', as(ROSE)],
    [105, 'p', 'cotton, i never trim it lol'],
    [113, 'l', "That's the usual culprit: trim the wick to about 1/4 inch before every burn, and keep the candle out of drafts. The National Candle Association's candle care tips are at candles.org.", as(ROSE)],
    [119, 'l', 'Did that help?', as(ROSE)],
    [232, 'l', 'Thanks for chatting, come back anytime!', as(ROSE)],
  ], usual({ anything: 'fail', transfer: 'fail' })),

  // 26 a silent transfer with no note; "Hi there! 😊" then the name late; the patron waits 125 s
  s(YARA, '26 kitchen vanilla extract in soy candles: "Hi there! 😊", a question, a transfer with neither note nor notice, Zeke 125 s after the patron', [
    [0, 'p', 'can i use the vanilla extract from my kitchen to scent candles?'],
    [20, 'l', 'Hi there! 😊'],
    [26, 'l', 'Are you making soy candles, or using another wax?'],
    [50, 'p', 'soy'],
    xfer(60, 'Zeke', 'zeke-cd'),
    [175, 'l', "Hi! Zeke here, librarian with AskUsNow!. Kitchen vanilla extract is mostly alcohol and water, which won't blend into wax and can make it sputter; use a fragrance oil labelled candle-safe instead. CandleScience's fragrance oil guide, at candlescience.com > Learning Center, explains why.", as(ZEKE)],
    [181, 'l', 'Does that help?', as(ZEKE)],
    [210, 'p', 'ah ok makes sense. thats all i wanted to know'],
    [215, 'l', 'Thanks for chatting, bye!', as(ZEKE)],
  ], usual({ greeting: 'fail', informed: 'fail', transfer: 'fail' })),

  // 27 four chats open at once
  s(ABEL, '27 how perfume is taken from roses (7th grade): school or curiosity asked, Britannica School, four chats open at once (fail)', [
    [0, 'p', 'how do they get perfume out of flowers? like roses'],
    [14, 'l', "Good morning! I'm Abel, a librarian at Garrett County Public Library."],
    [20, 'l', 'Is this for a school assignment, or are you just curious?'],
    [40, 'p', 'school, 7th grade science'],
    [48, 'l', "Mostly by steam distillation: steam passes through the petals, carries the oil out, and is cooled so the oil separates from the water. Delicate flowers like jasmine are done with solvents, and in the old method, enfleurage, petals were pressed into fat. Britannica School, free at garrettlibrary.org > Research, has a student article on perfume with diagrams."],
    [54, 'l', 'Is that helpful for your assignment?'],
    [80, 'p', 'yes thank you thats all'],
    [85, 'l', 'Good luck with the project, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('a1', 'abel-cd', -100, 60), other('a2', 'abel-cd', 10, 200), other('a3', 'abel-cd', 30, 400)],
  }),

  // 28 three at most with touching ends; two parties referred, one with no contact
  s(BRIT, '28 drying garden lavender for sachets: Bader in the catalog, HGIC by phone and the Master Gardeners with none, touching ends (three at most)', [
    [0, 'p', 'how do i dry lavender from my garden for sachets'],
    [15, 'l', 'Hi! Brit here, a librarian with Charles County Public Library 🌿'],
    [21, 'l', 'Do you want loose buds for sachets, or whole stems for bundles?'],
    [50, 'p', 'loose buds. also my plants look kinda yellow at the bottom'],
    [58, 'l', "Cut the stems just as the lower buds open, bundle them and hang them upside down somewhere dark and dry for two to three weeks, then rub the buds off over a bowl. The Lavender Lover's Handbook by Sarah Berringer Bader, in our catalog at ccplonline.org, has a chapter on drying and sachets. For the yellow leaves, call the Home and Garden Information Center at 410-555-0137, or ask the Charles County Master Gardeners."],
    [64, 'l', 'Does that answer it?'],
    [90, 'p', 'yes thx!!'],
    [95, 'l', 'Anything else?'],
    [110, 'p', 'no, that was all. bye!'],
    [114, 'l', 'Bye, enjoy the lavender!'],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [
      other('b1', 'brit-cd', -300, 0), other('b2', 'brit-cd', -50, 60), other('b3', 'brit-cd', 30, 500), other('b4', 'brit-cd', 119, 600),
      other('x1', 'abel-cd', 0, 119),
    ],
  }),

  // 29 a final idle of exactly 120 s ended by a goodbye, with a check-in
  s(CLEO, '29 "unscented" vs "fragrance-free": allergy or curiosity asked, fda.gov, "Are you still there?" at 150, goodbye at 180 (120 s after the answer)', [
    [0, 'p', "what's the difference between unscented and fragrance-free on candles and lotion"],
    [17, 'l', "Hello, and thanks for contacting Ask a Librarian! I'm Cleo at Cecil County Public Library."],
    [23, 'l', 'Are you shopping around an allergy or sensitivity, or just curious?'],
    [50, 'p', 'sensitivity, strong smells give me headaches'],
    [60, 'l', "'Fragrance-free' means no fragrance ingredients were added; 'unscented' can mean a masking fragrance was added to hide the base smell, so it isn't always free of fragrance. The FDA explains the difference on its Fragrances in Cosmetics page at fda.gov. Is that what you wanted to know?"],
    [150, 'l', 'Are you still there?'],
    [180, 'l', 'Thanks for chatting — feel free to come back anytime!'],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 30 code "", an offer of more, the patron's last word
  s(DEREK, '30 solid perfume from TikTok: oils asked, Hobbies & Crafts, "Want me to find some scent blend ideas to go with it?", patron last, code ""', [
    [0, 'p', 'how do you make solid perfume? saw it on tiktok'],
    [21, 'l', 'Hey! Derek at Wicomico Public Libraries here, librarian on AskUsNow! today.'],
    [27, 'l', 'Do you want to use essential oils, or a perfume you already own?'],
    [50, 'p', 'essential oils'],
    [58, 'l', 'Melt equal parts beeswax and jojoba oil (a tablespoon of each fills a small tin), take it off the heat, stir in 15 to 20 drops of essential oil and pour it into a tin or locket to set. Hobbies & Crafts Reference Center at wicomicolibrary.org > Research has a solid perfume project with photos.'],
    [64, 'l', 'Want me to find some scent blend ideas to go with it?'],
    [90, 'p', 'nah im good, thats all i needed, ty'],
  ], usual({ complete: 'fail', courteous: 'fail', code: 'fail' }), { resolutionCode: '' }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => CANDLES.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('eightieth round: candle making, perfume and home fragrance, checked', () => {
  describeSessions('whole sessions', CANDLES.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', CANDLES.filter((c) => c.name in LEFT_WHY));
});
