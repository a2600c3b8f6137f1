/**
 * Eighty-third round, blind check of block AK (rubric v71), part ak1: AK1 tried both ways in cases written by a helper who did not
 * see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, typos,
 * other verbs, nouns and orders, Spanish; "against": near misses the reading must not take, and older readings it must not break).
 * Check: referral.contact (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to contact or
 * visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library, department, office
 * or a named specialist; pointing to a website, database or publication for the patron to use is a source, not a referral; the
 * provider's own library's departments count when the patron is told to contact or visit them. pass when every party the patron is
 * referred to comes with a way to reach them (e-mail, phone, postal address or URL); fail otherwise). Each session here has at most
 * one party, so the label is NO_WAY (fail), WITH_WAY (pass) or NONE (na).
 * - AK1: an art, dance, yoga or craft studio (a pottery studio, a yoga studio, a dance studio), a gallery, a golf course, driving
 *   range or mini-golf course, a plant nursery, an orchard, a farm stand or a farm of a kind (a pick-your-own farm, a dairy farm, a
 *   Christmas tree farm), a farmers' / fish / seafood / flea market, a crab house or crab shack, a gym, a boatyard, a riding
 *   stable, a community or botanical garden, an arboretum, a gift shop (Spanish: "estudio de cerámica / yoga / baile", "galería",
 *   "campo de golf", "vivero", "granja", "gimnasio", "mercado de agricultores") is a place the patron can call, visit or ask at:
 *   telling the patron to do so is a referral (with or without a way to reach it).
 * - AK1 must NOT read: a library's own room ("book the Media Studio", "ask for the Studio B kit"), a photo gallery on a web site,
 *   "nursery rhymes", "gym class", a place name used as an address or area ("Gallery Place", "Orchard Park", "Anythink Wright
 *   Farms" as a branch whose number is given), a bare "farm" with no kind ("the farm loan officer", "the farm bill"), a place's
 *   web page, menu, hours or calendar given as a source with no word telling the patron to contact or visit it.
 *
 * TAKEN (judgement calls where RUBRIC.md leaves room):
 * - A studio, gallery, range, nursery, orchard, farm, market, crab shack, gym, boatyard, stable, arboretum or gift shop the patron is
 *   told to call, ring, e-mail, write to, visit, stop by, swing by, go to or ask at is an organisation outside the chat: a referral.
 *   One named as an example ("a dairy farm such as …") is still a party the patron is told to contact.
 * - The people at the place ("the staff", "the folks at …", "los apicultores" at the market) are the same party as the place.
 * - A street name alone ("on Elm st", "on Route 15") or a town ("in Myersville", "de Thurmont") is no postal address; a number, a
 *   street and a town is. A contact page's URL given as the way to contact the place is a way (URL).
 * - A place's calendar, menu, picking page or a directory of markets given as a URL, with no word telling the patron to contact or
 *   go to the place, is a source, not a referral; "visit <the place's site> at <URL>" is using a website, not a visit to the place.
 * - A library's own room booked online, or a kit asked for "through your account", names no person or department to contact or
 *   visit: no referral.
 * - "Anythink Wright Farms (303-555-0142) …; give them a call" is a library (another system's branch) the patron is told to call,
 *   with its phone: a referral with a way, not a farm.
 * - A route's starting point ("starts at the Gallery Place metro exit") and a town searched in a database ("Orchard Park") are
 *   places, not organisations the patron is told to contact: no referral.
 *
 * COUNTS. Written: 34 cases, 18 for and 16 against (AK1 18/16), in one batch, labels copied aside to /tmp/s75/ak1-labels.ts
 * before the first run. First run as labelled: 33 of 34. Disagreeing: 1. Label corrections: none (reread against referral.contact
 * and the Terms' "Referral"; the label stands). Final: 33 running, 1 LEFT (scored with rubric v70 to tell "older" from "caused by
 * AK"; 0 caused by AK, 1 older, v70 giving it the same status as v71):
 * - expected fail / got na (older: v70 na): "cal the potery studio on Elm st, Mudworks, n ask abt open studio nights" (the typo
 *   "potery" is not read; probes outside this file: "cal the pottery studio on Elm st, Mudworks, n ask abt open studio nights" and
 *   "call the pottery studio and ask about open studio nights" fail as they should under v71, na under v70; "call the potery
 *   studio …" is na under both).
 * Running as labelled: the yoga studio, estudio de baile, gallery, driving range, mini-golf course, plant nursery, orchard (with its
 * address), pick-your-own farm, dairy farm, Christmas tree farm, mercado de agricultores, crab shack, gimnasio, boatyard, riding
 * stable, arboretum (a contact URL) and gift shop referred to; the library's Media Studio and Studio B kit, the web photo galleries
 * (English and Spanish), nursery rhymes, gym class, Gallery Place, Orchard Park, the farm loan officers' page, the farm bill, the
 * pottery studio's calendar, the crab house's menu, "Visit Pryor's Orchard's site at …" and the farmers market directory na; and
 * "Anythink Wright Farms (303-555-0142) …; give them a call" and "Call the Farm Service Agency county office at 301-555-0160" still
 * pass. Of these, v70 misread five that v71 now reads (all na under v70): the mini-golf course, "Contact a dairy farm such as …",
 * "Vaya al mercado de agricultores …", "Pregunte en el gimnasio …" and "visit Sunnyside Riding Stable in Myersville …".
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Dev, a librarian with Ask Us at Catoctin County Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'thurmont' });
const HI_ES = 'Hola, soy Dev, bibliotecario de la Biblioteca del Condado de Catoctin.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de thurmont' });

export const ak1: SessionCase[] = [
  // ---- AK1 for: a studio, gallery, range, course, nursery, orchard, farm of a kind, market, crab shack, gym, boatyard, stable,
  // arboretum or gift shop called, written to, visited or asked at
  c('AK1 for: "cal the potery studio on Elm st, Mudworks, n ask abt open studio nights" (typos, a call, no way)', said('where can i use a pottery wheel without taking a whole class', 'cal the potery studio on Elm st, Mudworks, n ask abt open studio nights, u pay by the hour'), NO_WAY),
  c('AK1 for: "give Sunrise Yoga Studio a buzz at 301-555-0177" (a call, a phone)', said('my mom is 75 and wants to try yoga, anything gentle around here', 'Give Sunrise Yoga Studio a buzz at 301-555-0177; they run a gentle class for seniors on Tuesday mornings.'), WITH_WAY),
  c('AK1 for: "Llame al estudio de baile Ritmo Latino al 301-555-0126 y pregunte por las clases de salsa" (Spanish, a call, a phone)', es.said('quiero aprender a bailar salsa, ¿hay clases cerca?', 'Llame al estudio de baile Ritmo Latino al 301-555-0126 y pregunte por las clases de salsa para principiantes.'), WITH_WAY),
  c('AK1 for: "email the Delaplaine gallery at gallery@delaplaine.example.org with photos of the painting" (write to, an e-mail)', said('i have a painting signed by a local frederick artist, who could tell me about it', 'You could email the Delaplaine gallery at gallery@delaplaine.example.org with photos of the painting and the signature; their curator knows the local painters.'), WITH_WAY),
  c('AK1 for: "Stop by the Maple Run driving range n ask, they loan clubs to beginners" (chat-speak, a visit, no way)', said('want to try golf before buying clubs, any ideas', 'Stop by the Maple Run driving range n ask, they loan clubs to beginners for free'), NO_WAY),
  c('AK1 for: "Ring Putt-Putt Paradise, the mini-golf course on Route 15, at 301-555-0133 to book a party" (a call, a phone)', said('looking for a place for my sons 8th birthday party, he loves mini golf', 'Ring Putt-Putt Paradise, the mini-golf course on Route 15, at 301-555-0133 to book a party; they have a package for up to 12 kids.'), WITH_WAY),
  c('AK1 for: "Swing by Surrey Acres plant nursery and ask the staff which maples grow in clay soil" (a visit, no way)', said('what kind of maple tree can i plant in heavy clay soil', 'Swing by Surrey Acres plant nursery and ask the staff which maples grow in clay soil; they stock the ones that do well here.'), NO_WAY),
  c('AK1 for: "Catoctin Mountain Orchard, 15036 North Franklinville Road, Thurmont: head there and ask about grafting" (a visit, an address)', said('i want to learn to graft heirloom apple trees', 'Catoctin Mountain Orchard, 15036 North Franklinville Road, Thurmont: head there and ask about grafting, they teach a short workshop in March.'), WITH_WAY),
  c('AK1 for: "Call Pryor\'s pick-your-own farm at 301-555-0184 before you drive out" (a call, a phone)', said('where can we pick our own strawberries this weekend', 'Call Pryor\'s pick-your-own farm at 301-555-0184 before you drive out; the berries go fast on Saturdays.'), WITH_WAY),
  c('AK1 for: "Contact a dairy farm such as South Mountain Creamery; many host school tours" (contact, no way)', said('im a 2nd grade teacher, how can my class see where milk comes from', 'Contact a dairy farm such as South Mountain Creamery; many host school tours in the spring.'), NO_WAY),
  c('AK1 for: "ya just ask the ppl at Gaver\'s christmas tree farm, they know all the kinds" (chat-speak, ask, no way)', said('which christmas trees drop the fewest needles', 'ya just ask the ppl at Gaver\'s christmas tree farm, they know all the kinds n which ones hold their needles'), NO_WAY),
  c('AK1 for: "Vaya al mercado de agricultores de Frederick el sábado y pregunte a los apicultores" (Spanish, a visit, no way)', es.said('¿dónde puedo comprar miel local sin procesar?', 'Vaya al mercado de agricultores de Frederick el sábado y pregunte a los apicultores; varios venden miel cruda de la zona.'), NO_WAY),
  c('AK1 for: "Try the crab shack in Shady Side, Snead\'s; ring them at 410-555-0199" (a call, a phone)', said('where can i buy a bushel of live crabs for a party', 'Try the crab shack in Shady Side, Snead\'s; ring them at 410-555-0199 to ask if they have bushels this week.'), WITH_WAY),
  c('AK1 for: "Pregunte en el gimnasio Fuerza Total de Thurmont si tienen clases para mayores" (Spanish, ask at, no way)', es.said('mi papá tiene 70 años y quiere hacer ejercicio con otras personas', 'Pregunte en el gimnasio Fuerza Total de Thurmont si tienen clases para mayores; muchos gimnasios las ofrecen por la mañana.'), NO_WAY),
  c('AK1 for: "write to Herrington Harbour boatyard at yard@herrington.example.com" (write to, an e-mail)', said('who can haul out my sailboat and paint the bottom', 'You could write to Herrington Harbour boatyard at yard@herrington.example.com; they haul out and paint sailboats up to 40 feet.'), WITH_WAY),
  c('AK1 for: "visit Sunnyside Riding Stable in Myersville and ask about lessons" (a visit, no way)', said('my daughter is 9 and wants horseback riding lessons', 'You might visit Sunnyside Riding Stable in Myersville and ask about lessons; they take riders from age 8.'), NO_WAY),
  c('AK1 for: "Contact the Catoctin Arboretum through catoctinarboretum.example.org/contact" (contact, a URL)', said('which native shrubs would do well on a shady slope', 'Contact the Catoctin Arboretum through catoctinarboretum.example.org/contact; their horticulturists answer native plant questions.'), WITH_WAY),
  c('AK1 for: "stop at the Cozy Village gift shop and ask, they carry old Thurmont postcards" (a visit, no way)', said('looking for old postcards of thurmont for my dad', 'Stop at the Cozy Village gift shop and ask, they carry old Thurmont postcards from local estates.'), NO_WAY),
  // ---- AK1 against: the library's own rooms, web galleries, nursery rhymes, gym class, places as areas or addresses, a bare farm,
  // a place's calendar, menu or page given as a source, and older readings (a library's branch, an agency's office) it must not break
  c('AK1 against: "book the Media Studio at the Thurmont branch … at catoctinlib.example.org/rooms" (the library\'s own room)', said('do you have a place i can record a podcast', 'Yes! You can book the Media Studio at the Thurmont branch for up to two hours at catoctinlib.example.org/rooms; it has two mics and sound panels.'), NONE),
  c('AK1 against: "just ask for the Studio B kit through your account at catoctinlib.example.org/account" (the library\'s own kit)', said('can i borrow recording gear from the library', 'Sure, just ask for the Studio B kit through your account at catoctinlib.example.org/account; it comes with a mixer and headphones.'), NONE),
  c('AK1 against: "The photo gallery on thurmonthistory.example.org/gallery has about 40 scans" (a web gallery)', said('looking for pics of the 1950s thurmont parade', 'The photo gallery on thurmonthistory.example.org/gallery has about 40 scans of the 1950s parades.'), NONE),
  c('AK1 against: "La galería de fotos de thurmonthistory.example.org/galeria tiene fotos del centro" (Spanish, a web gallery)', es.said('busco fotos antiguas del centro de Thurmont', 'La galería de fotos de thurmonthistory.example.org/galeria tiene fotos del centro desde 1900.'), NONE),
  c('AK1 against: "Our nursery rhymes list at catoctinlib.example.org/guides/rhymes" (nursery rhymes)', said('any songs i can sing with my toddler', 'Our nursery rhymes list at catoctinlib.example.org/guides/rhymes has the words for 50 classics, and the Mother Goose board books are in the catalogue.'), NONE),
  c('AK1 against: "If it\'s for gym class, the official rules are at usapickleball.example.org/rules" (gym class)', said('my son has to learn the rules of pickleball for school', 'If it\'s for gym class, the official rules are at usapickleball.example.org/rules, with a one-page summary at the top.'), NONE),
  c('AK1 against: "The walking tour at dcwalks.example.org/chinatown starts at the Gallery Place metro exit" (a place name)', said('where does the dc chinatown history walk start', 'The walking tour at dcwalks.example.org/chinatown starts at the Gallery Place metro exit on 7th Street and takes about an hour.'), NONE),
  c('AK1 against: "The 1920 census for Orchard Park is on Ancestry Library Edition (catoctinlib.example.org/ancestry)" (an area)', said('my great grandparents lived in orchard park new york, any records', 'The 1920 census for Orchard Park is on Ancestry Library Edition (catoctinlib.example.org/ancestry); search by the town name.'), NONE),
  c('AK1 against: "Anythink Wright Farms (303-555-0142) has one; give them a call" (a library branch with its phone)', said('im moving to thornton colorado, is there a seed library there', 'Anythink Wright Farms (303-555-0142) has one; give them a call to check what\'s in stock.'), WITH_WAY),
  c('AK1 against: "how its farm loan officers review an application at fsa.example.gov/farmloans" (a bare farm)', said('how does the usda decide on farm loans', 'The FSA explains how its farm loan officers review an application at fsa.example.gov/farmloans, step by step.'), NONE),
  c('AK1 against: "The CRS summary of the farm bill at crsreports.example.gov/farmbill2018" (a bare farm)', said('what did the 2018 farm bill do for dairy farmers', 'The CRS summary of the farm bill at crsreports.example.gov/farmbill2018 has a section on dairy.'), NONE),
  c('AK1 against: "Mudworks pottery studio\'s class calendar is at mudworks.example.com/calendar" (a calendar as a source)', said('are there pottery classes for kids near thurmont', 'Mudworks pottery studio\'s class calendar is at mudworks.example.com/calendar; the kids\' wheel classes are on Saturdays.'), NONE),
  c('AK1 against: "Mike\'s Crab House\'s menu at mikescrabhouse.example.com/menu lists soft-shell crab" (a menu)', said('how much are soft shell crabs going for this year', 'Mike\'s Crab House\'s menu at mikescrabhouse.example.com/menu lists soft-shell crab at $28 a platter this season.'), NONE),
  c('AK1 against: "Visit Pryor\'s Orchard\'s site at pryorsorchard.example.com/picking" (a web page, "visit" a site)', said('when can we pick peaches around here', 'Visit Pryor\'s Orchard\'s site at pryorsorchard.example.com/picking; it shows what is ripe each week.'), NONE),
  c('AK1 against: "The USDA farmers market directory at usdalocalfood.example.gov/markets lists winter markets" (a directory)', said('is there a farmers market open in winter near frederick', 'The USDA farmers market directory at usdalocalfood.example.gov/markets lists winter markets by county; Frederick has two.'), NONE),
  c('AK1 against: "Call the Farm Service Agency county office at 301-555-0160" (an older referral, a phone)', said('how does my dad register his land as a farm', 'Call the Farm Service Agency county office at 301-555-0160; they set up new farm records.'), WITH_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AK1 for: "cal the potery studio on Elm st, Mudworks, n ask abt open studio nights" (typos, a call, no way)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): RUBRIC referral.contact, "cal the potery studio … n ask abt open studio nights" tells the patron to call and ask a pottery studio, with no way to reach it (a street name alone is no address); the typo "potery" is not read ("cal the pottery studio on Elm st, Mudworks, n ask abt …" fails as it should) (older: v70 na the same)',
};

describe('eighty-third round: block AK (AK1) checked blind, both ways, part ak1', () => {
  for (const [t, cs] of [['AK1', ak1]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
