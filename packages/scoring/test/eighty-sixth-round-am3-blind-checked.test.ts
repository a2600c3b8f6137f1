/**
 * Eighty-sixth round, blind check of block AM (rubric v73), part am3: AM2b, AM10, AM12 and AM13 tried both ways in cases written
 * by a helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the
 * meant reading in new words: chat-speak, other verbs, nouns and orders, Spanish; "against": near misses the block must not read).
 * Checks:
 * - referral.contact (all four readings) (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to
 *   contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library,
 *   department, office or a named specialist; pointing to a website, database or publication for the patron to use is a source,
 *   not a referral; staff the provider consults on the patron's behalf are not a referral. pass when every party the patron is
 *   referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail otherwise). The label is NO_WAY
 *   (fail), WITH_WAY (pass) or NONE (na); every other sentence of a session is kept free of other parties.
 * - AM2b: a later sentence about a part of the party already named (its reading room, museum, library, house) before "ask
 *   whether / if / what they …" is the same party, reached by the way already given; not a later sentence naming another party
 *   (a town's heritage centre, a firm with a capitalised name, another library, a museum of a town) with no way of its own.
 * - AM10: talking, reading, asking or chatting to an animal, a plant or a baby contacts no person or organisation; not "ask your
 *   cat's vet", "call your horse's farrier", "check with your baby's pediatrician", a humane society with its address, a pet loss
 *   hotline with its phone (referrals as usual).
 * - AM12: "<party> would be good / the right people / folks to ask" tells the patron whom to ask: a referral; not the provider's
 *   colleagues the provider has already asked, classmates to survey, questions "good to ask yourself", the chat service itself.
 * - AM13: trainers at a shop, at a gym, a certified trainer, a stable's head trainer are persons outside the chat the patron is
 *   told to ask: referrals; not a trainer app, a trainer course, trainers worn on the feet, a trainer card in a card game.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A museum, reading room, library or house that belongs to the party already named ("the society's museum", "their library")
 *   is that same organisation: the way given for the society reaches it, so the patron's referral has one party, with its way.
 *   RUBRIC counts departments as parties, but of the provider's own library; a part of a party already reached is read here as
 *   the same party (the reading closest to "every party … comes with a way to reach them": the society's phone reaches its
 *   museum). A museum, centre or firm that is not the named party's own is another party and needs its own way.
 * - An animal, a plant or a baby is neither a person who can help nor an organisation: "ask your puppy", "read to the cat",
 *   "háblele a su perro" contact no one outside the chat. A pet's vet or farrier and a baby's pediatrician are persons outside the
 *   chat the patron is told to ask or call (Terms: "a person … outside the chat"), so referrals.
 * - Classmates asked to fill in a survey are the patron's subjects, not a party the patron is referred to for help with the need
 *   (RUBRIC's list: "another agency, library, department, office or a named specialist"): no referral. Colleagues the provider
 *   has already messaged are "staff the provider consults on the patron's behalf": no referral. "Us" on this chat is the chat.
 * - An unnamed "certified trainer" or "a trainer at ur gym" is a person outside the chat the patron is told to ask (Terms: "a
 *   person … outside the chat"), though not named: a referral, failing with no way.
 *
 * COUNTS. Written: 34 cases, 17 for and 17 against (AM2b 5/4, AM10 4/5, AM12 4/4, AM13 4/4), in one batch, labels copied aside
 * to /tmp/s76/am3-labels.ts before the first run. First run as labelled: 26 of 34 (v72: 22 of 34). Disagreeing: 8. Label
 * corrections: none (each reread against referral.contact and the Terms' "Referral"; the labels stand; one wording in an AM10
 * case, the hotline, was made plainer before the copy and the first run). Final: 26 running, 8 LEFT (each scored with rubric
 * v72 to tell "older" from "caused by AM"; 2 caused by AM, 6 older):
 * - expected pass / got fail (older: v72 fail): "Write to the Dorchester County Historical Society at 1003 Greenway Drive, …
 *   Later on, visit the society's Meredith House and ask if the curator can show you the cannery ledger." (AM2b, a named house)
 * - expected pass / got fail (older: v72 fail): "Llame a la Sociedad Histórica del Condado de Dorchester al 410-555-0128.
 *   Después pase por el museo de la sociedad y pregunte si tienen el mapa de 1877." (Spanish AM2b)
 * - expected fail / got na (older: v72 na): "Good folks to ask: the Caroline County Historical Society, …" (AM12, that order).
 * - expected fail / got na (older: v72 na): "tbh the county extension office wd be gd ppl to ask abt ur soil" (chat-speak AM12).
 * - expected pass / got na (older: v72 na): "La Oficina de Extensión del condado sería la gente indicada a quien preguntar:
 *   410-555-0131." (Spanish AM12)
 * - expected na / got fail (caused by AM: v72 na): "My colleagues in our Local History room would be good people to ask, so I've
 *   messaged them your question …" (AM12 against: staff the provider consults).
 * - expected na / got pass (caused by AM: v72 na): "Your classmates would be good people to ask for the survey; the free form
 *   builder at forms.example.com …" (AM12 against: survey subjects; the form builder's URL taken as their way).
 * - expected fail / got na (older: v72 na): "Antes de usar el collar, consulte con un adiestrador certificado." (Spanish AM13)
 * Running as labelled: "swing by the society's reading room and ask whether …", "drop in at their library and ask what …" and
 * the chat-speak "stop by the society's museum n ask if they got …" pass (AM2b), while "the town's heritage center … ask if
 * they …", "Also ring Bayside Millwork and ask what they charge …", "hit up the Centreville library's maryland room n ask …"
 * and "Luego pase por el museo marítimo de Cambridge y pregunte …" fail; reading aloud to the cat, chatting with a baby, "ask ur
 * puppy" and "Háblele a su perro" stay na (AM10), the cat's vet, the horse's farrier and the baby's pediatrician fail, the
 * humane society with its address and the pet loss hotline with its phone pass; "The Maryland State Archives reference desk
 * would be great people to ask: 410-555-0188 …" passes (AM12), "good things to ask yourself" and "we r good ppl to ask too"
 * stay na; "ask the trainers at the PetSmart in Easton …" and "ask a trainer at ur gym …" fail, the stable's head trainer with
 * a phone passes (AM13), the trainer app, the trainer course, trainers on the feet and the trainer card stay na. Of these, v72
 * misread six that v73 now reads: the reading room and Queen Anne's museum (v72 fail), the heritage center and Bayside
 * Millwork (v72 pass), the State Archives desk (v72 na) and the PetSmart trainers (v72 na).
 * ON v73 AS LANDED (the mend after this check, not checked blind again): the two false readings caused by AM12 are mended: its
 *   praise words ("good / great / helpful people to ask") are read only when the sentence does not first name the provider's
 *   colleagues or the patron's classmates, friends or family ("My colleagues in our Local History room would be good people to
 *   ask, so I've messaged them …", "Your classmates would be good people to ask for the survey" run as labelled): 28 running, 6
 *   LEFT, all older.
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Sam, a librarian with Ask Us at Caroline County Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'denton' });
const HI_ES = 'Hola, soy Sam, bibliotecario de la Biblioteca Pública del Condado de Caroline.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de denton' });

export const am2b: SessionCase[] = [
  // ---- AM2b for: a party with its way, then a later sentence about its own room / museum / library / house, "ask whether …"
  c('AM2b for: "Phone the Caroline County Historical Society at 410-555-0143 first. After that, swing by the society\'s reading room and ask whether they still have the 1877 atlas."', said('looking for the 1877 atlas of caroline county, where would one be', 'Phone the Caroline County Historical Society at 410-555-0143 first. After that, swing by the society\'s reading room and ask whether they still have the 1877 atlas.'), WITH_WAY),
  c('AM2b for: "Email the Kent County Genealogical Society at info@kentgen.example.org. Then drop in at their library and ask what they have on the Vickers family." (their)', said('my great grandmother was a vickers from chestertown, how do i find more', 'Email the Kent County Genealogical Society at info@kentgen.example.org. Then drop in at their library and ask what they have on the Vickers family.'), WITH_WAY),
  c('AM2b for: "call the Queen Anne\'s County Historical Society @ 410-555-0199. then stop by the society\'s museum n ask if they got the 1910 plat book" (chat-speak)', said('need the old plat book for centreville, like 1910', 'ok so call the Queen Anne\'s County Historical Society @ 410-555-0199. then stop by the society\'s museum n ask if they got the 1910 plat book'), WITH_WAY),
  c('AM2b for: "Write to the Dorchester County Historical Society at 1003 Greenway Drive, Cambridge, MD 21613. Later on, visit the society\'s Meredith House and ask if the curator can show you the ledger." (an address, a named house)', said('is there a ledger from the old cambridge cannery anywhere', 'Write to the Dorchester County Historical Society at 1003 Greenway Drive, Cambridge, MD 21613. Later on, visit the society\'s Meredith House and ask if the curator can show you the cannery ledger.'), WITH_WAY),
  c('AM2b for: "Llame a la Sociedad Histórica del Condado de Dorchester al 410-555-0128. Después pase por el museo de la sociedad y pregunte si tienen el mapa de 1877." (Spanish)', es.said('busco un mapa viejo de cambridge, de 1877 más o menos', 'Llame a la Sociedad Histórica del Condado de Dorchester al 410-555-0128. Después pase por el museo de la sociedad y pregunte si tienen el mapa de 1877.'), WITH_WAY),
  // ---- AM2b against: a later sentence naming another party (a town's centre, a firm, another library, a town's museum), no way
  c('AM2b against: "… at 410-555-0143. Then drop by the town\'s heritage center and ask if they have the atlas." (another party, no way)', said('looking for the 1877 atlas of caroline county, where would one be', 'Call the Caroline County Historical Society at 410-555-0143. Then drop by the town\'s heritage center and ask if they have the atlas too.'), NO_WAY),
  c('AM2b against: "Also ring Bayside Millwork and ask what they charge for reproduction shutters." (a capitalised firm, no way)', said('restoring an 1890s farmhouse near ridgely, want the shutters to look right', 'Call the Caroline County Historical Society at 410-555-0143; they have photos of many Ridgely farmhouses. Also ring Bayside Millwork and ask what they charge for reproduction shutters.'), NO_WAY),
  c('AM2b against: "then hit up the Centreville library\'s maryland room n ask if they got the 1910 plat book" (chat-speak, another library)', said('need the old plat book for centreville, like 1910', 'ok so call the Queen Anne\'s County Historical Society @ 410-555-0199. then hit up the Centreville library\'s maryland room n ask if they got the 1910 plat book'), NO_WAY),
  c('AM2b against: "Luego pase por el museo marítimo de Cambridge y pregunte si tienen fotos del puerto." (Spanish, another party)', es.said('busco fotos viejas del puerto de cambridge', 'Llame a la Sociedad Histórica del Condado de Dorchester al 410-555-0128. Luego pase por el museo marítimo de Cambridge y pregunte si tienen fotos del puerto.'), NO_WAY),
];

export const am10: SessionCase[] = [
  // ---- AM10 for: read / chat / ask / talk to an animal or a baby (other verbs, Spanish): no one contacted
  c('AM10 for: "have him read aloud to the cat or the goldfish each night" (an animal, no referral)', said('my 2nd grader hates reading out loud, any tips', 'Lots of kids relax when the listener can\'t judge them: have him read aloud to the cat or the goldfish each night. More tips are at readingtips.example.org/pets.'), NONE),
  c('AM10 for: "Chat with your baby while you turn the pages, even if she can\'t follow yet" (a baby)', said('how early should i start reading to my newborn', 'Right away! Chat with your baby while you turn the pages, even if she can\'t follow yet; the early-literacy steps are at earlyreading.example.org/newborns.'), NONE),
  c('AM10 for: "ask ur puppy \'who wants a walk??\' in a happy voice b4 u grab the leash" (chat-speak, ask an animal)', said('my puppy hides when i get the leash out', 'aw poor pup! ask ur puppy \'who wants a walk??\' in a happy voice b4 u grab the leash, n give a treat when she comes. the leash steps r at puppysteps.example.org/leash'), NONE),
  c('AM10 for: "Háblele a su perro durante todo el viaje" (Spanish, an animal)', es.said('mi perro se pone nervioso en el coche, qué hago', 'Háblele a su perro durante todo el viaje con voz tranquila; los consejos para viajar con mascotas están en mascotas.example.org/viajes.'), NONE),
  // ---- AM10 against: a pet's vet or farrier, a baby's pediatrician, a humane society (address), a pet loss hotline (phone)
  c('AM10 against: "Ask your cat\'s vet before bringing any lilies home." (a person, no way)', said('are easter lilies bad for cats', 'The plant list at toxicplants.example.org/lilies says every part of a lily is toxic to cats. Ask your cat\'s vet before bringing any lilies home.'), NO_WAY),
  c('AM10 against: "call your horse\'s farrier about the crack before it spreads" (a person, no way)', said('my horse has a crack in his front hoof, is that bad', 'The hoof care guide at horsecare.example.org/hoof-cracks explains the kinds of cracks; call your horse\'s farrier about the crack before it spreads.'), NO_WAY),
  c('AM10 against: "take the tags to the Caroline County Humane Society, 407 Shore Highway, Denton, MD 21629" (an address)', said('found a dog with tags in my yard, what do i do', 'Keep him safe and take the tags to the Caroline County Humane Society, 407 Shore Highway, Denton, MD 21629; they can look up the tag number.'), WITH_WAY),
  c('AM10 against: "check with your baby\'s pediatrician before switching to cow\'s milk" (a person, no way)', said('when can my baby start drinking regular milk', 'The feeding chart at babyfeeding.example.org/milk says around 12 months; check with your baby\'s pediatrician before switching to cow\'s milk.'), NO_WAY),
  c('AM10 against: "you can call the grief counselors at the Chesapeake pet loss hotline, 410-555-0170" (a phone)', said('our old dog died yesterday and my son is really upset', 'I\'m so sorry. The books on pet loss for kids are listed at carolinelib.example.org/petloss, and you can call the grief counselors at the Chesapeake pet loss hotline, 410-555-0170; they are very kind.'), WITH_WAY),
];

export const am12: SessionCase[] = [
  // ---- AM12 for: "<party> would be good / the right people / folks to ask" (other nouns, orders, chat-speak, Spanish)
  c('AM12 for: "Good folks to ask: the Caroline County Historical Society" (another order, no way)', said('trying to find out who built the old mill on the choptank near greensboro', 'Our newspaper index does not go back that far. Good folks to ask: the Caroline County Historical Society, they keep the mill deeds.'), NO_WAY),
  c('AM12 for: "The Maryland State Archives reference desk would be great people to ask: 410-555-0188 or ref@msa.example.gov"', said('need a copy of my great grandfathers 1902 land patent', 'The Maryland State Archives reference desk would be great people to ask: 410-555-0188 or ref@msa.example.gov. They hold the land patents.'), WITH_WAY),
  c('AM12 for: "tbh the county extension office wd be gd ppl to ask abt ur soil" (chat-speak, no way)', said('my garden wont grow anything, is it the soil', 'could be! tbh the county extension office wd be gd ppl to ask abt ur soil, they know the local dirt'), NO_WAY),
  c('AM12 for: "La Oficina de Extensión del condado sería la gente indicada a quien preguntar: 410-555-0131" (Spanish, a phone)', es.said('mis tomates tienen manchas negras, qué les pasa', 'La Oficina de Extensión del condado sería la gente indicada a quien preguntar: 410-555-0131. Ellos revisan plantas enfermas.'), WITH_WAY),
  // ---- AM12 against: colleagues already asked, classmates to survey, questions to ask yourself, the chat itself
  c('AM12 against: "My colleagues in our Local History room would be good people to ask, so I\'ve messaged them your question" (staff consulted)', said('who lived in the brick house on main street in denton in 1920', 'My colleagues in our Local History room would be good people to ask, so I\'ve messaged them your question and they are checking the city directories now.'), NONE),
  c('AM12 against: "Your classmates would be good people to ask for the survey" (subjects of a survey, no help sought)', said('i need to make a survey for my stats class, how do i start', 'Your classmates would be good people to ask for the survey; the free form builder at forms.example.com makes it easy to share a link.'), NONE),
  c('AM12 against: "Those would be good things to ask yourself before you pick a major" (questions, no party)', said('how do i choose a college major', 'Think about what you enjoy, what you are good at and what jobs you want. Those would be good things to ask yourself before you pick a major; the self-assessment at careers.example.org/quiz walks through them.'), NONE),
  c('AM12 against: "we r good ppl to ask too, just pop back in this chat anytime" (chat-speak, the chat itself)', said('how do i renew my library card online', 'u can renew it at carolinelib.example.org/renew w ur card number. we r good ppl to ask too, just pop back in this chat anytime'), NONE),
];

export const am13: SessionCase[] = [
  // ---- AM13 for: trainers at a shop, a certified trainer (Spanish), a gym trainer (chat-speak), a stable's head trainer (phone)
  c('AM13 for: "ask the trainers at the PetSmart in Easton about their small-group classes" (no way)', said('my rescue pup pulls like crazy on the leash', 'The leash-walking guide at dogsteps.example.org/leash has step-by-step drills. Also ask the trainers at the PetSmart in Easton about their small-group classes.'), NO_WAY),
  c('AM13 for: "Antes de usar el collar, consulte con un adiestrador certificado." (Spanish, no way)', es.said('mi perra le ladra a todos, le pongo un collar de castigo?', 'La guía de adiestramiento positivo está en perros.example.org/ladridos. Antes de usar el collar, consulte con un adiestrador certificado.'), NO_WAY),
  c('AM13 for: "ask a trainer at ur gym to check ur deadlift form, most do it free" (chat-speak, no way)', said('how do i know if my deadlift form is ok, my back hurts after', 'ouch! the form video at liftsafe.example.org/deadlift is good, but ask a trainer at ur gym to check ur deadlift form, most do it free'), NO_WAY),
  c('AM13 for: "Give the head trainer at Bay Country Equestrian Center a call at 410-555-0177 about lessons" (a phone)', said('my daughter wants riding lessons, shes 10', 'Give the head trainer at Bay Country Equestrian Center a call at 410-555-0177 about lessons; she starts kids at 8.'), WITH_WAY),
  // ---- AM13 against: a trainer app, a trainer course, trainers on the feet, a trainer card in a card game
  c('AM13 against: "the Dogo trainer app at dogo.example.com has free clicker lessons" (an app, a source)', said('how do i teach my dog to sit with a clicker', 'The Dogo trainer app at dogo.example.com has free clicker lessons, and the first one is all about sit.'), NONE),
  c('AM13 against: "the dog trainer course in our Udemy collection at carolinelib.example.org/udemy" (a course, a source)', said('i want to become a dog trainer, where do i start', 'You can start free with the dog trainer course in our Udemy collection at carolinelib.example.org/udemy; sign in with your card.'), NONE),
  c('AM13 against: "wear trainers with a flat sole, not running shoes" (on the feet)', said('what shoes should i wear for deadlifts', 'The guide at liftsafe.example.org/shoes says to wear trainers with a flat sole, not running shoes with a soft heel.'), NONE),
  c('AM13 against: "the Professor\'s Research trainer card lets you draw 7 cards" (a card in a game)', said('what does professors research do in pokemon cards', 'The rules at pokemoncards.example.com/rules explain it: the Professor\'s Research trainer card lets you discard your hand and draw 7 cards.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AM2b for: "Write to the Dorchester County Historical Society at 1003 Greenway Drive, Cambridge, MD 21613. Later on, visit the society\'s Meredith House and ask if the curator can show you the ledger." (an address, a named house)':
    'expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"), evidence "Later on, visit the society\'s Meredith House and ask if the curator can show you the cannery ledger.": RUBRIC referral.contact, the patron is referred to one party, the Dorchester County Historical Society, with its postal address (1003 Greenway Drive, Cambridge, MD 21613); "the society\'s Meredith House" and its curator are that society\'s own, reached by the same way (READINGS TAKEN), so every party comes with a way (older: v72 fail the same)',
  'AM2b for: "Llame a la Sociedad Histórica del Condado de Dorchester al 410-555-0128. Después pase por el museo de la sociedad y pregunte si tienen el mapa de 1877." (Spanish)':
    'expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"), evidence "Después pase por el museo de la sociedad y pregunte si tienen el mapa de 1877.": RUBRIC referral.contact, "el museo de la sociedad" is the society\'s own museum, the society named with its phone (410-555-0128) just before, so one party with its way; the English "the society\'s museum" passes (older: v72 fail the same)',
  'AM12 for: "Good folks to ask: the Caroline County Historical Society" (another order, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Good folks to ask: the Caroline County Historical Society, they keep the mill deeds." tells the patron whom to ask (Terms "Referral": ask them), an organisation outside the chat, with no e-mail, phone, address or URL; the order with "good folks to ask" first is not read ("… would be great people to ask: 410-555-0188 …" passes) (older: v72 na the same)',
  'AM12 for: "tbh the county extension office wd be gd ppl to ask abt ur soil" (chat-speak, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "tbh the county extension office wd be gd ppl to ask abt ur soil" tells the patron to ask an office outside the chat (Terms: "another agency … office"), with no way to reach it; the chat-speak "wd be gd ppl to ask" is not read (older: v72 na the same)',
  'AM12 for: "La Oficina de Extensión del condado sería la gente indicada a quien preguntar: 410-555-0131" (Spanish, a phone)':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "La Oficina de Extensión del condado sería la gente indicada a quien preguntar: 410-555-0131." tells the patron to ask the county Extension office, its phone the way; the Spanish is not read (older: v72 na the same)',
  'AM13 for: "Antes de usar el collar, consulte con un adiestrador certificado." (Spanish, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "Antes de usar el collar, consulte con un adiestrador certificado." tells the patron to consult a person outside the chat (a certified dog trainer), with no way to reach one; the Spanish "consulte con un adiestrador" is not read (older: v72 na the same)',
};

describe('eighty-sixth round: block AM (AM2b, AM10, AM12, AM13) checked blind, both ways, part am3', () => {
  for (const [t, cs] of [['AM2b', am2b], ['AM10', am10], ['AM12', am12], ['AM13', am13]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
