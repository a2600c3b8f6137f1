/**
 * Eightieth round, blind check of block AI (rubric v69), part ai5: AI4 and AI5 tried both ways in cases written by a helper who did
 * not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, typos,
 * other verbs, nouns and orders, Spanish; "against": near misses the block must not read, and older readings it must not break).
 * - AI4: "hold on" after "what / which / whatever / whether / if / everything / anything / all" and a subject is what an archive or
 *   collection holds on a topic, not "please hold on": no hold message. Still holds: "hold on" asking the patron to wait.
 * - AI5: "for a minute / a moment / a second" after doing something to a thing tells the patron how long to do it: no hold message.
 *   Still holds: a provider asking the patron to wait for a minute, a moment, a second.
 * Check: interest.keep_informed (RUBRIC: after pickup, the patron is never left waiting on the provider longer than `silenceSeconds`
 * (120 s): fail if any span of waiting on the provider lasts longer; a hold message ends one span and starts the next; a span still
 * open when the session ends does not count; pass otherwise; na with no substantive exchange. Terms: "Hold message": a provider
 * message announcing that the provider is looking something up or asking the patron to wait; telling the patron to take their
 * time is not a hold. "Waiting on the provider" begins at a patron message or a provider hold message and ends at the next provider
 * message; further patron messages do not restart it. "Waiting on the patron" begins at a provider message that is not a hold and
 * ends at the next patron message). Every session here has one provider message `x` at 55 s and then 135 s or more with no provider
 * message: in `held`, no message of either side until the provider's next message at 190 s (x a hold: a 135 s wait on the provider,
 * fail; x no hold: a wait on the patron, pass); in `away`, the patron comes back at 190 s and the provider answers at 198 s (x a hold:
 * a 143 s wait on the provider, fail; x no hold: the wait on the patron ends at 190 s, then 8 s on the provider, pass). All other
 * spans are 25 s or less, and each session ends with the patron's thanks and a goodbye 6 s later, so only `x` decides the label.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "hold(s) on" after which / what / whatever / whether / if / everything / anything / all and a subject, saying what an archive,
 *   museum, parish or office has on a topic ("ask which photos they hold on the flood", "whether they still hold on site the 1950
 *   plat books", "if Special Collections still holds on microfilm …"), announces no lookup and asks no wait: not a hold. A provider
 *   message that ends by telling the patron where to write or asking the patron a question leaves the patron to act or answer.
 * - "hold on" after those words but in its own clause or sentence, asking the patron to wait ("Not sure if we have the hardback, hold
 *   on a sec.", "Whatever you do, don't close this window, just hold on.", "All right, hold on.", "that's all I need. Hold on.") is a
 *   hold: the provider asks the patron to wait while something is done (RUBRIC "asking the patron to wait").
 * - "for a minute / a moment / a second" after an instruction to the patron about a thing (leave the hotspot off, keep the card on the
 *   reader, rub the disc, shake the cartridge, soak the envelope in Spanish "por un minuto") tells how long the patron is to do it: not
 *   a hold; the patron going off to do it is waiting on the patron.
 * - The same words after the provider's own action ("Let me look into it for a minute.", "I'll run the title through WorldCat for a
 *   minute, stay with me.") or the patron's waiting ("Sit tight for a moment.", "Hang on for a second") announce a lookup or ask a
 *   wait: a hold. A Spanish hold ("Un momentito, por favor, lo estoy buscando") is a hold: the Terms define it by what it does.
 * - "Take a minute to find your card number, no rush" tells the patron to take their time: not a hold (Terms).
 * - The brief asks for 3 "for" and 2-3 "against" cases per reading and also for about 30-36 cases; with two readings both cannot
 *   hold, so each reading has more of each kind (8 for, 7 against) to reach 30.
 *
 * COUNTS. Written: 30 cases, 16 for and 14 against (AI4 8/7, AI5 8/7), in one batch, labels copied aside to /tmp/s74/ai5-labels.ts
 * before the first run. First run as labelled: 22 of 30. Disagreeing: 8, all "for" cases read as holds (every "against" case runs:
 * the holds after "if / whatever / all / which / everything" and "for a moment / a second", the Spanish hold and "Take a minute …, no
 * rush" all score as labelled). Label corrections: none (each of the 8 reread against interest.keep_informed and the Terms "Hold
 * message" and "Waiting on the patron": none announces a lookup or asks a wait; the labels stand). Final: 22 running, 8 LEFT (each
 * scored with rubric v68 to tell "older" from "caused by AI"; 0 caused by AI, 8 older: v68 fail the same, the block's readings not
 * reaching these words):
 * - expected pass / got fail (older: v68 fail): "Write to them … and ask which photos they hold on the 1936 flood" (a noun after
 *   "which": "what they hold on" reads).
 * - expected pass / got fail (older: v68 fail): "ask the Maryland Rm whatevr they hold on ur street" (the typo "whatevr").
 * - expected pass / got fail (older: v68 fail): "call them … and ask whether they still hold on site the 1950 plat books" ("still"
 *   between the subject and "hold").
 * - expected pass / got fail (older: v68 fail): "Unplug the hotspot, leave it off for a minute, then plug it back in." ("off" after
 *   the thing: "Leave it for a minute." reads).
 * - expected pass / got fail (older: v68 fail): "Remoje la esquina del sobre en agua tibia por un minuto" (Spanish "por un minuto"
 *   read as a hold).
 * - expected pass / got fail (older: v68 fail): "Rub the disc with a soft cloth for a moment" ("with a soft cloth" between: "Rub the
 *   disc for a moment." reads).
 * - expected pass / got fail (older: v68 fail): "shake it gently side to side for a moment" ("side to side" between: "shake it
 *   gently for a moment" reads).
 * - expected pass / got fail (older: v68 fail): "weigh the corners down with heavy books for a moment" ("weigh" not read).
 * ON v69 AS LANDED (the mends after this check): AI4 with a noun after "which", "whatevr", a two-word subject and "still / also
 *   …" before "hold"; AI5 with more verbs and words between the thing and "for a minute": seven older cases run; LEFT: the
 *   Spanish "por un minuto".
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { HOLD, nearMiss as c, NO_HOLD } from './near-miss-lines';

/**
 * The builders of a file whose provider greets with `hi` and a question the patron answers (`more`): `away` (the patron comes back
 * after doing what `x` says) and `held` (the provider's next message `answer` 135 s after `x`, nothing between).
 */
function waitLines(hi: string, thanks = 'ok thanks', bye = 'Thanks for chatting, bye!') {
  return {
    /** The patron's `q`, the greeting, the patron's `more`, the provider's `x` at 55 s, the patron `back` at 190 s, the `reply` at 198 s. */
    away: (q: string, more: string, x: string, back: string, reply: string): Line[] => [
      [0, 'p', q],
      [20, 'l', hi],
      [45, 'p', more],
      [55, 'l', x],
      [190, 'p', back],
      [198, 'l', reply],
      [210, 'p', thanks],
      [216, 'l', bye],
    ],
    /** The patron's `q`, the greeting, the patron's `more`, the provider's `x` at 55 s, the provider's `answer` at 190 s. */
    held: (q: string, more: string, x: string, answer: string): Line[] => [
      [0, 'p', q],
      [20, 'l', hi],
      [45, 'p', more],
      [55, 'l', x],
      [190, 'l', answer],
      [205, 'p', thanks],
      [211, 'l', bye],
    ],
  };
}

const HI = 'Hello, this is Imani, a librarian with Ask Us at Tollgate County Library. Can you tell me a bit more?';
const { away, held } = waitLines(HI);
const HI_ES = 'Hola, soy Imani, bibliotecaria de Ask Us en la Biblioteca del Condado de Tollgate. ¿Me puede contar un poco más?';
const es = waitLines(HI_ES, 'ok gracias', '¡Gracias por escribirnos, adiós!');

export const ai4: SessionCase[] = [
  // ---- AI4 for: what a collection holds on a topic (no hold): the patron goes to write or answers, or the provider adds more
  c('AI4 for: "Write to them … and ask which photos they hold on the 1936 flood" (a noun after "which")', away('looking for photos of the 1936 flood in cumberland', 'for a talk at my church, any photos really', 'The Allegany County Historical Society has the biggest collection. Write to them at info@alleganyhistory.example.org and ask which photos they hold on the 1936 flood; they answer within a day or two.', 'ok i sent them an email', 'Great. Their online gallery at alleganyhistory.example.org/flood1936 has a few you can use right away too.'), NO_HOLD),
  c('AI4 for: "idk everything the B&O museum holds on the Old Main Line but their finding aid …" (chat-speak, then more 135 s later)', held('do u have stuff on the old main line railroad', 'the B&O one thru ellicott city, for my grandson', 'idk everything the B&O museum holds on the Old Main Line but their finding aid at borail.example.org/findingaid lists it box by box', 'oh and our own Maryland Room has 2 picture books on it, both at central: tollgatelib.example.org/rec/88120'), NO_HOLD),
  c('AI4 for: "I\'m not sure if Special Collections still holds on microfilm the Sentinel before 1900 … Would the 1900s reels still help you?"', away('need the daily sentinel from the 1890s, my great grandfather was editor', 'any year really, 1890 to 1899', 'I\'m not sure if Special Collections still holds on microfilm the Sentinel before 1900: the catalogue record at tollgatelib.example.org/rec/50311 lists reels from 1900 on. Would the 1900s reels still help you?', 'yes, 1900 to 1905 would be great', 'Good: reels 1 to 6 cover those years, and you can view them at Central on the second floor.'), NO_HOLD),
  c('AI4 for: "The finding aid lists all the county archive holds on the Brady family, box by box" ("all", then more 135 s later)', held('anything on the brady family of frederick?', 'they owned a tannery in the 1800s, im writing a family history', 'The finding aid lists all the county archive holds on the Brady family, box by box: frederickarchives.example.gov/brady. Box 3 has the tannery ledgers.', 'There is also a short piece on the tannery in the Frederick Historical Quarterly, 1974, in our Maryland Room.'), NO_HOLD),
  c('AI4 for: "ask the Maryland Rm whatevr they hold on ur street" (chat-speak, a typo)', away('how do i find out who lived in my house before me', 'its on Lemmon st in baltimore, built like 1910', 'ask the Maryland Rm whatevr they hold on ur street, they love house history q\'s: mdroom@tollgatelib.example.org. also the city directories are at tollgatelib.example.org/directories', 'ok emailed them and found 1920 in the directories!', 'awesome, the 1930 and 1940 ones are there too'), NO_HOLD),
  c('AI4 for: "The diocese\'s archivist can tell you what St. Peter\'s parish holds on their marriage … Do you know roughly which year it was?"', away('how can i find my great grandparents marriage record, catholic, 1890s', 'st peters in hancock, maryland', 'The diocese\'s archivist can tell you what St. Peter\'s parish holds on their marriage; write to archives@diocese.example.org with their names and the year. Do you know roughly which year it was?', 'i think 1894', 'Good, put 1894 in your e-mail: parish registers from then went to the diocese, so they should have it.'), NO_HOLD),
  c('AI4 for: "call them … and ask whether they still hold on site the 1950 plat books" ("whether", words after "on")', away('where can i see the 1950 plat books for howard county', 'looking for my dads farm', 'The county\'s Land Records office may have sent them to the state: call them at 410-555-0142 and ask whether they still hold on site the 1950 plat books. The state\'s copies are at plats.example.gov too. Do you know the farm\'s district?', 'district 4 i think', 'In the state set, district 4 is volume 12 at plats.example.gov/howard/12.'), NO_HOLD),
  c('AI4 for: "The Western Maryland Room has anything the library holds on the Civil War in Washington County" ("anything", then more)', held('local civil war stuff for my 8th grader', 'washington county, battle of antietam mostly', 'The Western Maryland Room has anything the library holds on the Civil War in Washington County, and its Antietam guide is at tollgatelib.example.org/guides/antietam.', 'Also good for 8th grade: "Antietam: The Soldiers\' Battle" by John Priest, on the shelf at Central.'), NO_HOLD),
  // ---- AI4 against: "hold on" asking the patron to wait, after "if / whatever / all / which / everything" in another clause; older holds
  c('AI4 against: "Not sure if we have the hardback, hold on a sec." ("if" and a subject, then a hold)', held('do you have Antietam by John Priest', 'the hardback if you have it', 'Not sure if we have the hardback, hold on a sec.', 'Yes: one hardback copy at Central, 973.7336 PRI, on the shelf: tollgatelib.example.org/rec/31207.'), HOLD),
  c('AI4 against: "Whatever you do, don\'t close this window, just hold on." ("whatever" and a subject, then a hold)', held('can you look up my fines? my account page wont load', 'its under Dana Ruiz', 'Whatever you do, don\'t close this window, just hold on.', 'You owe $2.40 on one late DVD; you can pay it at tollgatelib.example.org/account.'), HOLD),
  c('AI4 against: "All right, hold on." ("all" and a word, then a hold)', held('when was our high school built? Centennial High in ellicott city', 'for our 50th reunion', 'All right, hold on.', 'Centennial High opened in 1977; the Howard County schools history page at hcpss.example.org/history has the details.'), HOLD),
  c('AI4 against: "Not sure which branch has it, hold on." ("which" and a noun, then a hold)', held('is "The Covenant of Water" in large print anywhere', 'for my mom, she lives near Elkridge', 'Not sure which branch has it, hold on.', 'Elkridge has one large print copy on the shelf: tollgatelib.example.org/rec/77410.'), HOLD),
  c('AI4 against: "Everything\'s loading slow on my end, hold on pls" (chat-speak, "everything" and a verb)', held('cn u check if my holds r in', 'its under jamal pryor', 'Everything\'s loading slow on my end, hold on pls', 'yep 2 holds ready at Savage branch: "Iron Flame" and "Yellowface". see tollgatelib.example.org/account'), HOLD),
  c('AI4 against: "Could you hold on while I ring Special Collections?" (older: a hold asked as a question)', held('is the 1877 atlas of howard county available to look at', 'just to look at, i can come in', 'Could you hold on while I ring Special Collections?', 'Special Collections has it: you can see it at Central any weekday, 10 to 4, and a scan is at tollgatelib.example.org/atlas1877.'), HOLD),
  c('AI4 against: "Thanks, that\'s all I need. Hold on." ("all" and a subject, then a hold in its own sentence)', held('can u renew my books', 'its under Dana Ruiz, the card ends 4410', 'Thanks, that\'s all I need. Hold on.', 'Done: all three are renewed until April 6. You can see them at tollgatelib.example.org/account.'), HOLD),
];

export const ai5: SessionCase[] = [
  // ---- AI5 for: how long the patron is to do something to a thing (no hold): the patron goes to do it and comes back
  c('AI5 for: "Unplug the hotspot, leave it off for a minute, then plug it back in."', away('the library hotspot i borrowed wont connect', 'the light is blinking red', 'Unplug the hotspot, leave it off for a minute, then plug it back in. The light should turn solid green.', 'ok its green now and connected!', 'Great! The hotspot guide at tollgatelib.example.org/hotspot has more tips if it acts up again.'), NO_HOLD),
  c('AI5 for: "hold the power btn down for like a sec til the light blinks orange" (chat-speak, "hold … down")', away('my library kindle wont turn on', 'screen is just black', 'hold the power btn down for like a sec til the light blinks orange, then let go. if that does nothing plug it in for a bit first', 'ok it came on!!', 'yay! the e-reader help page is tollgatelib.example.org/ereaders if u need it'), NO_HOLD),
  c('AI5 for: "Remoje la esquina del sobre en agua tibia por un minuto y luego despegue el sello" (Spanish)', es.away('como quito un sello viejo de un sobre sin romperlo', 'es de 1950, de mi abuelo', 'Remoje la esquina del sobre en agua tibia por un minuto y luego despegue el sello con cuidado con unas pinzas. La guía de filatelia en tollgatelib.example.org/sellos lo explica con fotos.', 'listo, salió perfecto', '¡Qué bien! Déjelo secar boca abajo sobre papel.'), NO_HOLD),
  c('AI5 for: "Rub the disc with a soft cloth for a moment, from the center straight out"', away('a library dvd skips in the middle', 'its Encanto, skips at the song', 'Rub the disc with a soft cloth for a moment, from the center straight out to the edge, then try it in the player again.', 'ok that fixed it', 'Good! If it skips again, bring it back to any branch and we will swap it: tollgatelib.example.org/dvd.'), NO_HOLD),
  c('AI5 for: "Tap your card on the reader and keep it there for a second until it beeps"', away('the self checkout wont read my card', 'its the new plastic one', 'Tap your card on the reader and keep it there for a second until it beeps; the chip is at the top, not on the barcode side.', 'that worked, thank u', 'Glad it did! The self-checkout how-to is at tollgatelib.example.org/selfcheck.'), NO_HOLD),
  c('AI5 for: "Let the scanner warm up for a minute before you hit Scan" (the thing does it)', away('the scanner in the study room comes out all streaky', 'the flatbed one by the window', 'Let the scanner warm up for a minute before you hit Scan, and wipe the glass with the cloth next to it.', 'ok much better now', 'Great! The scanning guide at tollgatelib.example.org/scan has the settings for photos too.'), NO_HOLD),
  c('AI5 for: "Take the cartrige out, shake it gently side to side for a moment, then slide it back in untill it clicks" (typos)', away('printer at home says toner low but its new', 'brother laser printer', 'Take the cartrige out, shake it gently side to side for a moment, then slide it back in untill it clicks.', 'ok warning went away', 'Great. Brother\'s support page at support.brother.example.com/toner covers the reset too.'), NO_HOLD),
  c('AI5 for: "weigh the corners down with heavy books for a moment, then unroll a little more" (an order: corners, then time)', away('how do i flatten a rolled up old map', 'its a 1920s road map, paper', 'Unroll it a little, weigh the corners down with heavy books for a moment, then unroll a little more; the Library of Congress guide at loc.example.gov/preservation/flatten shows each step.', 'ok its flat now, thanks', 'Great! Keep it flat in a folder from now on.'), NO_HOLD),
  // ---- AI5 against: the provider's own lookup or the patron's wait for a minute / a moment / a second; older: take your time
  c('AI5 against: "Let me look into it for a minute." (the provider does something to a thing: a lookup)', held('can you find the obituary of Walter Brandt, died 1988 in Laurel', 'the Laurel Leader probably', 'Let me look into it for a minute.', 'Found it: Laurel Leader, March 10, 1988, page 6, in our Laurel Leader archive at tollgatelib.example.org/laurelleader.'), HOLD),
  c('AI5 against: "Sit tight for a moment." (the patron is to wait)', held('is there a copy of my high school yearbook, Hammond High 1985', 'the Hammond Hawk I think', 'Sit tight for a moment.', 'Yes: the 1985 Hawk is in the Howard County Room at Central, and it is scanned at tollgatelib.example.org/yearbooks/hammond1985.'), HOLD),
  c('AI5 against: "I\'ll run the title through WorldCat for a minute, stay with me." (the provider\'s lookup on a thing)', held('can i get "Roadside Picnic" in the 1977 translation', 'the Antonina Bouis one', 'I\'ll run the title through WorldCat for a minute, stay with me.', 'WorldCat shows it at two Maryland libraries, at worldcat.example.org/title/roadside-picnic, and we can borrow it for you by interlibrary loan.'), HOLD),
  c('AI5 against: "Hang on for a second, the catalog is being slow today."', held('do you have any books on beekeeping for beginners', 'in the backyard, just starting', 'Hang on for a second, the catalog is being slow today.', '"Beekeeping for Dummies" and "The Beekeeper\'s Bible" are both at Savage: tollgatelib.example.org/rec/41108.'), HOLD),
  c('AI5 against: "Un momentito, por favor, lo estoy buscando en el catálogo." (a Spanish hold)', es.held('¿tienen libros de cocina mexicana en español?', 'para principiantes', 'Un momentito, por favor, lo estoy buscando en el catálogo.', 'Sí: "Cocina mexicana fácil" está en la sucursal de Elkridge: tollgatelib.example.org/rec/61230.'), HOLD),
  c('AI5 against: "Take a minute to find your card number, no rush" (older: take your time, no hold)', away('i need to renew my books but forgot my card number', 'i have the card somewhere in my wallet', 'Take a minute to find your card number, no rush; it is on the back, under the barcode.', 'found it, ends in 4471', 'Thanks! All three are renewed until April 6: tollgatelib.example.org/account.'), NO_HOLD),
  c('AI5 against: "Just a sec while I check the shelf list." (older: a hold)', held('is the new Tana French in at Elkridge', '"The Hunter"', 'Just a sec while I check the shelf list.', 'Yes, one copy is on the shelf at Elkridge: tollgatelib.example.org/rec/80215.'), HOLD),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  // older (none caused by AI)
  'AI5 for: "Remoje la esquina del sobre en agua tibia por un minuto y luego despegue el sello" (Spanish)':
    'expected keep_informed pass, got fail ("the patron waited 143 s without news; the standard is 120 s"): RUBRIC interest.keep_informed, "Remoje … por un minuto" tells the patron how long to soak the envelope: no hold; AI5 is English only, and "por un minuto" is read as a Spanish hold (a probe: "Remoje el sobre por un minuto." fails, "Remoje el sobre." passes) (older: v68 fail the same)',
};

describe('eightieth round: block AI (AI4, AI5) checked blind, both ways, part ai5', () => {
  for (const [t, cs] of [['AI4', ai4], ['AI5', ai5]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
