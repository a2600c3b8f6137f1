/**
 * Eighty-sixth round, blind check of block AM (rubric v73), part am1: AM1, AM2 and AM3 tried both ways in cases written by a
 * helper who did not see the author's cases nor the scorer's code, each labelled from RUBRIC.md before it ran ("for": the meant
 * reading in new words: other verbs, nouns and orders, chat-speak, a typo, Spanish; "against": near misses the block must not
 * read, which by RUBRIC.md come out otherwise).
 * Check:
 * - referral.contact (AM1, AM2, AM3) (RUBRIC: na unless the provider makes a referral, Terms "Referral": telling the patron to
 *   contact or visit a person or organisation outside the chat (call, write to, ask or visit them): another agency, library,
 *   department, office or a named specialist; pointing to a website, database or publication for the patron to use is a source,
 *   not a referral, even when an agency publishes it. pass when EVERY party the patron is referred to comes with a way to reach
 *   them (e-mail, phone, postal address or URL); fail otherwise). Labels: NO_WAY (fail), WITH_WAY (pass), NONE (na).
 * - AM1: several parties in ONE sentence: after a party the patron is told to contact or visit, a second verb of getting in
 *   touch, visiting or writing ("…, or swing by …", "…, and u could also msg …", "o pase por …") whose object is a capitalised
 *   name not named earlier in the sentence is a second party, which needs its own way; not the same party named again, a person
 *   or room at the party just reached, a day ("or stop by Sunday afternoon"), a language ("write to them in Spanish"), a
 *   database to visit online, nor two parties each with its own way (pass).
 * - AM2: a further party in a LATER sentence of the same message: a sentence that names a party of its own and then says "ask
 *   whether / if / when / what they …" is another party, after a first party given with its way; not a later sentence about the
 *   same party ("the society's museum"), "ask them whether …" or "Ask whether they …" with no new party, a registry to check
 *   (a source), nor a second party with its own address (pass).
 * - AM3: a shop or store named with "the / your" ("the frame shop near the courthouse", "your local yarn store", "the bike shop
 *   by the college", "the hobby shop on Main Street", "la tienda de telas") that the patron is told to visit, call or ask is an
 *   organisation outside the chat: a referral (fail with no way; pass with its phone or URL); not an app store, an online store,
 *   a hardware store named only as where sandpaper is sold, a museum's gift shop described, a coffee shop as a place to sit, or
 *   a yarn store that has closed (all na).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - A shop or store is an "organisation outside the chat" (Terms): the list after the colon (agency, library, department,
 *   office, named specialist) is read as examples, not a closed list, so telling the patron to visit, call or ask a shop, a
 *   church or a café (for open mics) is a referral. A person named as someone to message ("msg Beth Lindqvist, she teaches
 *   privately") is a named specialist.
 * - A street or place with no number ("on Main Street in Thurmont", "near the courthouse", "on Route 26", "de la calle Market")
 *   is not a postal address, so it is no way to reach the party; a number, street and town ("8 Glade Road, Walkersville") is.
 *   A shop's own web page given in brackets ("its hours are at frederickmusic.example.com") is a URL, a way.
 * - A person, room or desk at or inside a party given with its way ("speak with Elena Ruiz, who keeps their oral histories";
 *   "stop in at the Search Room on the first floor" of the Archives) is reached by that party's way: no further party needing
 *   a way of its own. The same party named again ("stop by Heritage Frederick", "the society's museum") is one party.
 * - "Visit FamilySearch's free probate collection" points to a database for the patron to use: a source, not a referral. "Check
 *   the FAA registry at … to see whether they list the plane" is the same (checking a registry, not asking anyone).
 * - A store named only as where something is sold, an app store, an online store at a URL, a museum's gift shop described with
 *   no word telling the patron to go there, a coffee shop described as a place to sit with a laptop (no one to call, write to,
 *   ask or visit about the need), and a store that has closed tell the patron to contact no one: no referral.
 *
 * COUNTS. Written: 36 cases, 18 for and 18 against (AM1 6/7, AM2 5/5, AM3 7/6), in one batch, labels copied aside to
 * /tmp/s76/am1-labels.ts before the first run. First run as labelled: 26 of 36 (v72: 25 of 36). Disagreeing: 10. Label
 * corrections: none (each reread against referral.contact and the Terms' "Referral"; the labels stand). Final: 26 running, 10
 * LEFT (each scored with rubric v72 to tell "older" from "caused by AM"; 0 caused by AM, 10 older, v72 giving each the same
 * status). Every check named is referral.contact:
 * - expected fail / got pass (older: v72 pass): "call the Frederick County Antique Tool Club at 301-555-0146, or swing by
 *   Crumland Farms Antiques and ask for the fellow who deals in old tools" (AM1 for: the shop has no way).
 * - expected fail / got pass (older: v72 pass): "email the Frederick Fiber Arts Guild at info@…, …, and u could also msg Beth
 *   Lindqvist, she teaches privately" (AM1 for, chat-speak: the named teacher has no way).
 * - expected fail / got pass (older: v72 pass): "Write to the Antietam National Battlefield library at anti_library@…, or vist
 *   the Sharpsburg Historical Society and aks about the 7th Maine letters they hold" (AM1 for, typos: the society has no way).
 * - expected pass / got fail (older: v72 fail): "Call the Catoctin Furnace Historical Society at 240-555-0131 and speak with
 *   Elena Ruiz, who keeps their oral histories" (AM1 against: a person at the party just reached, by its phone).
 * - expected pass / got fail (older: v72 fail): "Visit the Maryland State Archives, 350 Rowe Boulevard, Annapolis, and stop in at
 *   the Search Room on the first floor" (AM1 against: a room inside the party just reached, by its address).
 * - expected fail / got pass (older: v72 pass): "call the Frederick Astronomical Society at 301-555-0193 … also pop into
 *   Hagerstown Camera n ask if they rent phone adapters for scopes" (AM2 for, chat-speak: the shop has no way).
 * - expected fail / got pass (older: v72 pass): "E-mail the Frederick Arts Council at grants@…. For open mics, ring Beans in the
 *   Belfry and ask when they hold the next one." (AM2 for, "ask when": the café has no way).
 * - expected fail / got pass (older: v72 pass): "Write to the Maryland Historical Trust at mht@…. Also call Old House Sash & Door
 *   and ask what they charge to rebuild a sash." (AM2 for, "ask what": the joinery has no way).
 * - expected fail / got pass (older: v72 pass): "Puede escribir a la Arquidiócesis de Baltimore a archivos@…. En Frederick, pase
 *   por la Iglesia de San Juan Evangelista y pregunte si guardan los libros de bautismo" (AM2 for, Spanish: the church has no
 *   way; the scorer's evidence is the church's own sentence).
 * - expected pass / got fail (older: v72 fail): "Call the Middletown Valley Historical Society at 301-555-0142. Then stop by the
 *   society's museum and ask if they have the 1858 Isaac Bond map" (AM2 against: the same party, its phone given; the scorer's
 *   evidence is the later sentence).
 * Running as labelled: "…, or drop in at Mountain Gate Outfitters …, or call the Catoctin Trail Club at …" (the party with no
 * way first), "o pase por la Panadería Los Reyes y pregunte por doña Carmen" and "you might also write to Delegate Karen
 * Simpson's office" fail (AM1), while "stop by Heritage Frederick" again, "stop by Sunday afternoon", "write to them in
 * Spanish", FamilySearch's probate collection and the Walkersville Honey Farm with its address pass; "stop in at the garden
 * center on Route 26 and ask whether they carry juniper pre-bonsai" fails (AM2), while "Ask them whether they …", "Ask whether
 * they …" with no new party, the FAA registry and Patchwork Plus with its address pass; the frame shop, "your local yarn
 * store", the bike shop, the hobby shop on Main Street and "la tienda de telas" fail and the tackle shop's phone and the music
 * store's URL pass (AM3), while the app store, the online store, the hardware store's sandpaper, the gift shop described, the
 * coffee shop to sit in and the closed yarn store stay na. Of these, v72 misread one that v73 now reads: the garden center on
 * Route 26 (AM2 for, v72 pass); v72 read every AM3 case here as labelled already, and no case v72 read as labelled is misread
 * by v73.
 * ON v73 AS LANDED (the mends after this check, checked blind again in part am3): AM2 reads a possessive before the party word
 *   as the party already named ("Then stop by the society's museum and ask if they …": one party) and a capitalised name before
 *   "ask if / what they" as a further party ("also pop into Hagerstown Camera n ask if they …"): both run (28 running, 8 LEFT,
 *   all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NO_WAY, NONE, WITH_WAY } from './near-miss-lines';

const HI = 'Hi, this is Marcus, a librarian with Ask Us at Frederick County Public Libraries.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you usually use?', branchReply: 'walkersville' });
const HI_ES = 'Hola, soy Marcus, bibliotecario de las Bibliotecas Públicas del Condado de Frederick.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa normalmente?', branchReply: 'la de walkersville' });

export const am1: SessionCase[] = [
  // ---- AM1 for: a second party in the same sentence after a party with its way (or before it), with no way of its own
  c('AM1 for: "call the … Antique Tool Club at 301-555-0146, or swing by Crumland Farms Antiques and ask for …" (swing by)', said('i found an old hand plane in my grandpas barn, how do i find out how old it is', 'For a hands-on look, call the Frederick County Antique Tool Club at 301-555-0146, or swing by Crumland Farms Antiques and ask for the fellow who deals in old tools.'), NO_WAY),
  c('AM1 for: "email the … Fiber Arts Guild at info@…, and u could also msg Beth Lindqvist, she teaches privately" (chat-speak)', said('how do i learn to spin wool on a wheel', 'ooh fun! email the Frederick Fiber Arts Guild at info@frederickfiber.example.org, they run a beginner wheel class, and u could also msg Beth Lindqvist, she teaches privately'), NO_WAY),
  c('AM1 for: "Drop in at Mountain Gate Outfitters …, or call the Catoctin Trail Club at 301-555-0177" (the party with no way first)', said('where can i find someone to show me how to use a map and compass', 'Drop in at Mountain Gate Outfitters and ask about their navigation clinic, or call the Catoctin Trail Club at 301-555-0177 about their monthly orienteering walks.'), NO_WAY),
  c('AM1 for: "Write to the Antietam … library at …@…, or vist the Sharpsburg Historical Society and aks about …" (typos)', said('my ancestor was in the 7th maine at antietam, where would his letters be', 'Write to the Antietam National Battlefield library at anti_library@nps.example.gov for the regimental files, or vist the Sharpsburg Historical Society and aks about the 7th Maine letters they hold.'), NO_WAY),
  c('AM1 for: "Llame al Centro Comunitario Latino … al 301-555-0129 …, o pase por la Panadería Los Reyes y pregunte …" (Spanish)', es.said('busco una clase de cocina mexicana para mi hija de 12 años', 'Llame al Centro Comunitario Latino de Frederick al 301-555-0129 para las clases de los sábados, o pase por la Panadería Los Reyes y pregunte por doña Carmen, que da clases de repostería.'), NO_WAY),
  c('AM1 for: "Report it to … Highway Operations at 301-555-0160 …, and you might also write to Delegate Karen Simpson\'s office"', said('our road floods every spring, who do i complain to', 'Report it to Frederick County Highway Operations at 301-555-0160 or through frederickcounty.example.org/roads, and you might also write to Delegate Karen Simpson\'s office, since the culvert is under a state road.'), NO_WAY),
  // ---- AM1 against: the same party again, a person or a room at it, a day, a language, a database (a source), two parties with ways
  c('AM1 against: "Write to Heritage Frederick at archives@…, or just stop by Heritage Frederick and ask …" (the same party again)', said('trying to find who owned my house in the 1880s', 'Write to Heritage Frederick at archives@heritagefrederick.example.org, or just stop by Heritage Frederick and ask the archivist to pull the 1880s tax ledgers for your street.'), WITH_WAY),
  c('AM1 against: "Call the Catoctin Furnace Historical Society at 240-555-0131 and speak with Elena Ruiz, who keeps …" (a person there)', said('my great aunt worked at the catoctin furnace, is there any record of the workers', 'Call the Catoctin Furnace Historical Society at 240-555-0131 and speak with Elena Ruiz, who keeps their oral histories and the worker rolls.'), WITH_WAY),
  c('AM1 against: "Visit the Maryland State Archives, 350 Rowe Boulevard, Annapolis, and stop in at the Search Room …" (a room there)', said('need my great grandfathers will from 1911', 'Visit the Maryland State Archives, 350 Rowe Boulevard, Annapolis, and stop in at the Search Room on the first floor, where the staff can pull the probate files.'), WITH_WAY),
  c('AM1 against: "E-mail the Brunswick Heritage Museum at info@…, or stop by Sunday afternoon when …" (a day and time)', said('looking for photos of the brunswick rail yard in the 1940s', 'E-mail the Brunswick Heritage Museum at info@brunswickmuseum.example.org, or stop by Sunday afternoon when the railroad volunteers are in.'), WITH_WAY),
  c('AM1 against: "E-mail the county Office of Equity at equity@…, or write to them in Spanish if that is easier" (a language)', said('my neighbor wants to file a housing discrimination complaint but her english is not great', 'E-mail the county Office of Equity at equity@frederickcounty.example.org, or write to them in Spanish if that is easier; they answer in both.'), WITH_WAY),
  c('AM1 against: "Contact the … Register of Wills at 301-555-0112 …, or visit FamilySearch\'s free probate collection …" (a source)', said('how do i find an old will from frederick county', 'Contact the Frederick County Register of Wills at 301-555-0112 for a certified copy, or visit FamilySearch\'s free probate collection for the index.'), WITH_WAY),
  c('AM1 against: "Call the … Beekeepers Association at 301-555-0188, or drop in at Walkersville Honey Farm, 8 Glade Road, …" (both ways)', said('there is a bee swarm in my apple tree, who can take it', 'Call the Frederick County Beekeepers Association at 301-555-0188, or drop in at Walkersville Honey Farm, 8 Glade Road, Walkersville, and ask for a swarm catcher.'), WITH_WAY),
];

export const am2: SessionCase[] = [
  // ---- AM2 for: a later sentence names a party of its own, then "ask whether / if / when / what they …"; no way for it
  c('AM2 for: "… through potomacbonsai.example.org. Closer to home, stop in at the garden center on Route 26 and ask whether they …"', said('where can i buy a starter bonsai tree and learn to care for it', 'You can reach the Potomac Bonsai Association through potomacbonsai.example.org; they hold beginner workshops. Closer to home, stop in at the garden center on Route 26 and ask whether they carry juniper pre-bonsai.'), NO_WAY),
  c('AM2 for: "call the Frederick Astronomical Society at 301-555-0193 … also pop into Hagerstown Camera n ask if they …" (chat-speak)', said('want to take pics of the moon thru my telescope w my phone', 'call the Frederick Astronomical Society at 301-555-0193 abt their star parties, ppl there do this all the time. also pop into Hagerstown Camera n ask if they rent phone adapters for scopes'), NO_WAY),
  c('AM2 for: "E-mail the Frederick Arts Council at grants@… For open mics, ring Beans in the Belfry and ask when they …" (ask when)', said('i play guitar and want to start performing around town', 'E-mail the Frederick Arts Council at grants@frederickarts.example.org about the busking permit. For open mics, ring Beans in the Belfry and ask when they hold the next one.'), NO_WAY),
  c('AM2 for: "Write to the Maryland Historical Trust at mht@… Also call Old House Sash & Door and ask what they charge …" (ask what)', said('the windows in my 1890 house are rotting, can i fix them instead of replacing', 'Write to the Maryland Historical Trust at mht@maryland.example.gov with photos of the windows; they advise owners of old houses. Also call Old House Sash & Door and ask what they charge to rebuild a sash.'), NO_WAY),
  c('AM2 for: "Puede escribir a la Arquidiócesis de Baltimore a archivos@… pase por la Iglesia de San Juan … y pregunte si …" (Spanish)', es.said('busco el registro de bautismo de mi abuela, nació en frederick en 1920', 'Puede escribir a la Arquidiócesis de Baltimore a archivos@archbalt.example.org. En Frederick, pase por la Iglesia de San Juan Evangelista y pregunte si guardan los libros de bautismo de 1920.'), NO_WAY),
  // ---- AM2 against: the same party later, "ask them whether", "Ask whether they" with no new party, a registry, a second way
  c('AM2 against: "Call the Middletown Valley Historical Society at 301-555-0142. Then stop by the society\'s museum and ask if …"', said('is there an old map that shows the farms around middletown', 'Call the Middletown Valley Historical Society at 301-555-0142. Then stop by the society\'s museum and ask if they have the 1858 Isaac Bond map out on display.'), WITH_WAY),
  c('AM2 against: "E-mail the Frederick Rose Society at info@… Ask them whether they still hold the June show …" (ask them)', said('where can i show my roses this summer', 'E-mail the Frederick Rose Society at info@frederickroses.example.org. Ask them whether they still hold the June show for amateur growers.'), WITH_WAY),
  c('AM2 against: "Call the Wye Grist Mill at 410-555-0117. Ask whether they still grind cornmeal on Saturdays." (no new party)', said('is there anywhere nearby that still grinds cornmeal the old way', 'Call the Wye Grist Mill at 410-555-0117. Ask whether they still grind cornmeal on Saturdays; the season usually runs April to November.'), WITH_WAY),
  c('AM2 against: "Write to the … Airport manager at airport@… Check the FAA registry at … to see whether they list the plane." (a source)', said('my grandpa owned a small plane in the 70s, how can i find out what happened to it', 'Write to the Frederick Municipal Airport manager at airport@cityoffrederick.example.gov about the old hangar records. Check the FAA registry at registry.faa.example.gov to see whether they still list the plane by its tail number.'), WITH_WAY),
  c('AM2 against: "Call the Mason-Dixon Quilters\' Guild at 717-555-0104. … stop in at Patchwork Plus, 112 Main Street, Thurmont, …" (both ways)', said('i want to find the pattern for a double wedding ring quilt', 'Call the Mason-Dixon Quilters\' Guild at 717-555-0104; members swap patterns. In town, stop in at Patchwork Plus, 112 Main Street, Thurmont, and ask whether they have the pattern in stock.'), WITH_WAY),
];

export const am3: SessionCase[] = [
  // ---- AM3 for: a shop or store with "the / your" the patron is told to visit, call or ask (no way: fail; a phone or URL: pass)
  c('AM3 for: "Take it to the frame shop near the courthouse and ask them about museum glass."', said('how should i frame my grandmothers marriage certificate so it doesnt fade', 'Preservation tips are at loc.example.gov/preservation/framing: use UV-filtering glass and acid-free mats. Take it to the frame shop near the courthouse and ask them about museum glass.'), NO_WAY),
  c('AM3 for: "ask at your local yarn store, they can usually fix a dropped stitch in a minute"', said('i dropped a stitch rows ago in my sweater and cant fix it', 'The picture steps for picking up a dropped stitch are at knittinghelp.example.com/dropped. If it still looks wrong, ask at your local yarn store, they can usually fix a dropped stitch in a minute.'), NO_WAY),
  c('AM3 for: "hit up the bike shop by the college, they can true it for u" (chat-speak)', said('my back wheel wobbles after i hit a pothole', 'sounds like the wheel is out of true. hit up the bike shop by the college, they can true it for u in like 10 min'), NO_WAY),
  c('AM3 for: "Call the hobby shop on Main Street in Thurmont; they order Lionel parts." (a street, no number)', said('my dads old lionel train set needs a new transformer', 'Call the hobby shop on Main Street in Thurmont; they order Lionel parts and can test the old transformer for you.'), NO_WAY),
  c('AM3 for: "Pregunte en la tienda de telas de la calle Market; ahí saben de patrones." (Spanish)', es.said('quiero hacer un vestido de quinceañera, dónde consigo el patrón', 'Hay patrones gratis en sewingpatterns.example.com/quince. Para telas y consejos, pregunte en la tienda de telas de la calle Market; ahí saben de patrones.'), NO_WAY),
  c('AM3 for: "Call the tackle shop at Point of Rocks at 301-555-0125" (a phone)', said('where are the smallmouth bass biting on the potomac this month', 'Call the tackle shop at Point of Rocks at 301-555-0125; they post a fishing report every week.'), WITH_WAY),
  c('AM3 for: "Stop by the music store downtown (its hours are at frederickmusic.example.com) and ask for a violin rental" (a URL)', said('my 9 year old is starting violin at school, do we have to buy one', 'Most families rent at first. Stop by the music store downtown (its hours are at frederickmusic.example.com) and ask for a violin rental in her size.'), WITH_WAY),
  // ---- AM3 against: an app store, an online store, a hardware store as where sold, a gift shop described, a coffee shop to sit in, a closed store
  c('AM3 against: "Download the Libby app from the app store, then sign in with your card" (an app store)', said('how do i get ebooks on my new phone', 'Download the Libby app from the app store, then sign in with your card; the steps with pictures are at fcpl.example.org/libby.'), NONE),
  c('AM3 against: "order one from the online store at garmin.example.com/accessories" (an online store)', said('i lost the charger for my gps watch', 'The charging clip is model 010-12491; you can order one from the online store at garmin.example.com/accessories.'), NONE),
  c('AM3 against: "Any 220-grit sandpaper from the hardware store works for the first pass" (where it is sold)', said('how do i refinish an old oak table top', 'The refinishing steps are at woodworking.example.org/refinish. Any 220-grit sandpaper from the hardware store works for the first pass; finish with 320.'), NONE),
  c('AM3 against: "its gift shop is small but has a good shelf of books on field surgery" (a gift shop described)', said('doing a school project on civil war field hospitals', 'The National Museum of Civil War Medicine describes its field hospital exhibit at civilwarmed.example.org/exhibits, with photos; its gift shop is small but has a good shelf of books on field surgery.'), NONE),
  c('AM3 against: "the coffee shop across the street is a comfy place to sit with a laptop" (a place to sit)', said('is there wifi i can use when the branch is closed', 'Our Wi-Fi reaches the benches out front after hours, and the coffee shop across the street is a comfy place to sit with a laptop; the Wi-Fi steps are at fcpl.example.org/wifi.'), NONE),
  c('AM3 against: "The yarn store on Market Street closed in 2019" (a store that has closed)', said('where did the yarn store downtown go', 'The yarn store on Market Street closed in 2019; the patterns it sold are now free at ravelry.example.com/patterns.'), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AM1 for: "call the … Antique Tool Club at 301-555-0146, or swing by Crumland Farms Antiques and ask for …" (swing by)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them", evidence the one provider answer): "call the Frederick County Antique Tool Club at 301-555-0146, or swing by Crumland Farms Antiques and ask for the fellow who deals in old tools"; RUBRIC: pass only when EVERY party referred to comes with a way, and the patron is told to visit (swing by) a second organisation, a shop, named with no e-mail, phone, postal address or URL; only the club has its phone (older: v72 pass the same)',
  'AM1 for: "email the … Fiber Arts Guild at info@…, and u could also msg Beth Lindqvist, she teaches privately" (chat-speak)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): "email the Frederick Fiber Arts Guild at info@frederickfiber.example.org, …, and u could also msg Beth Lindqvist, she teaches privately"; RUBRIC: the patron is told to write to (msg) a named specialist outside the chat (Terms "Referral"), a second party given with no way; only the guild has its e-mail (older: v72 pass the same)',
  'AM1 for: "Write to the Antietam … library at …@…, or vist the Sharpsburg Historical Society and aks about …" (typos)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): "Write to the Antietam National Battlefield library at anti_library@nps.example.gov …, or vist the Sharpsburg Historical Society and aks about the 7th Maine letters they hold"; RUBRIC: "vist … and aks" (typos of visit and ask) tells the patron to visit and ask a second organisation, given with no way; only the battlefield library has its e-mail (older: v72 pass the same)',
  'AM1 against: "Call the Catoctin Furnace Historical Society at 240-555-0131 and speak with Elena Ruiz, who keeps …" (a person there)':
    'referral.contact expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): "Call the Catoctin Furnace Historical Society at 240-555-0131 and speak with Elena Ruiz, who keeps their oral histories and the worker rolls"; RUBRIC: the one party is the society, given with its phone, and Elena Ruiz is the person the patron asks for on that call ("their" oral histories): she is reached by the way given, so every party referred to comes with a way (older: v72 fail the same)',
  'AM1 against: "Visit the Maryland State Archives, 350 Rowe Boulevard, Annapolis, and stop in at the Search Room …" (a room there)':
    'referral.contact expected pass, got fail ("referred the patron to a party without an e-mail, phone, postal address or URL to reach them"): "Visit the Maryland State Archives, 350 Rowe Boulevard, Annapolis, and stop in at the Search Room on the first floor, where the staff can pull the probate files"; RUBRIC: the Search Room is a room on the first floor of the Archives just given with its postal address, reached at that address; no party without a way (older: v72 fail the same)',
  'AM2 for: "E-mail the Frederick Arts Council at grants@… For open mics, ring Beans in the Belfry and ask when they …" (ask when)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): "E-mail the Frederick Arts Council at grants@frederickarts.example.org about the busking permit. For open mics, ring Beans in the Belfry and ask when they hold the next one."; RUBRIC: the patron is told to call (ring) and ask a second organisation, a café that holds open mics, given with no way; only the council has its e-mail (older: v72 pass the same)',
  'AM2 for: "Write to the Maryland Historical Trust at mht@… Also call Old House Sash & Door and ask what they charge …" (ask what)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them"): "Write to the Maryland Historical Trust at mht@maryland.example.gov with photos of the windows; … Also call Old House Sash & Door and ask what they charge to rebuild a sash."; RUBRIC: the patron is told to call and ask a second organisation, a joinery, given with no way; only the Trust has its e-mail (older: v72 pass the same)',
  'AM2 for: "Puede escribir a la Arquidiócesis de Baltimore a archivos@… pase por la Iglesia de San Juan … y pregunte si …" (Spanish)':
    'referral.contact expected fail, got pass ("the referral comes with a way to reach them", evidence the church\'s sentence "En Frederick, pase por la Iglesia de San Juan Evangelista y pregunte si guardan…"): "Puede escribir a la Arquidiócesis de Baltimore a archivos@archbalt.example.org. En Frederick, pase por la Iglesia de San Juan Evangelista y pregunte si guardan los libros de bautismo de 1920."; RUBRIC: the patron is told to visit and ask (pase por … y pregunte) a second organisation, the parish, given with no way; only the archdiocese has its e-mail (older: v72 pass the same)',
};

describe('eighty-sixth round: block AM (AM1, AM2, AM3) checked blind, both ways, part am1', () => {
  for (const [t, cs] of [['AM1', am1], ['AM2', am2], ['AM3', am3]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
