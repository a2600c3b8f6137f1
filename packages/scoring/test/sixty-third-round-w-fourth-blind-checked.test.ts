/**
 * Sixty-third round, fourth blind check of block W (rubric v57): the mended readings W7, W11, W28, W29, W13, W31 and W16 tried both
 * ways in cases written by a helper who did not see the author's cases nor the earlier checks, each labelled from RUBRIC.md before
 * it ran ("for": the meant reading in new words: chat-speak, other verbs, other parties, other orders, Spanish; "against": near
 * misses the block must not read, and older readings it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling
 * the patron to contact or visit a person or organisation outside the chat; a website for the patron to use is a source; staff the
 * provider consults do not count; a transfer of the chat to another provider is not a referral; na when there is no referral; pass
 * when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Taking, bringing, dropping or leaving a thing at a fire or police station by its number (W7), putting a complaint, request or
 *   objection to a party (W11), talking to or putting a grievance to a union or shop steward, rep or hall (W28), writing or talking
 *   to a concejal(a) or regidor (W29), bringing one thing and any / some / whatever other thing to an office (W31), and calling or
 *   contacting a local, county or area chapter (W16) all tell the patron to contact or visit a party outside the chat: a referral.
 * - A fire station named with only the street it is on ("at Fire Station 6 on Birch Rd") is still a party, and a street name alone
 *   is no postal address: fail.
 * - W16: a local or area chapter of the organisation just given a phone in the same sentence is that organisation named again (the
 *   block's reading, RUBRIC silent on chapters): pass; another organisation's chapter is another party (fail); a "state chapter" of a
 *   book is a place in a source (na). Older: "your local food bank" after "the Maryland Food Bank at …" is another party (fail).
 * - W13: "Our <kind> librarian / specialist / archivist (Name) can …" and then the chat transferred to no one named, to her / him or
 *   to that name is a transfer (RUBRIC: not a referral), na; with a transfer to the reference desk or to another name, the librarian
 *   the patron is told to e-mail or visit is still referred to (pass with the e-mail, fail with "stop by his desk" alone).
 * - Told nothing: a condition ("Once you put your grievance to …", "If you bring … to …", "Si llama a su concejal, …"), the
 *   provider's own act or staff consulted ("I'll take the lost glasses to …", "Let me put that question to our cataloguer", "I asked
 *   our union steward"), others' acts ("the crews bring the engines back to Fire Station 8"), an idiom ("Put it to the test"), a bus
 *   stop to travel to, the library's own study room, a book's title: na. A rep's or concejal's web page: a source, na.
 *
 * COUNTS. Written: 41 cases, 21 for and 20 against (W7 3/4, W11 3/3, W28 3/3, W29 3/2, W13 3/3, W31 3/2, W16 3/3), in one batch,
 * labels copied aside to /tmp/sixty-third-round-w-fourth-blind-checked-labels.ts before the first run. First run as labelled: 35 of
 * 41. Disagreeing: 6. Label corrections: 0 (each reread against RUBRIC's Referral term and referral.contact's rule; the labels
 * stand). Final: 35 running, 6 LEFT (each also scored with rubric v56 to tell "older" from "W caused"):
 * - referral.contact, expected fail / got na: "Drop the old flares at Fire Station 6 on Birch Rd." (W7's "on …" exclusion leaves it to
 *   the address family, which does not read it; older: v56 na the same).
 * - referral.contact, expected na / got fail: "Take the 14 bus to Fire Station 5 and walk one block east." (a stop to travel to; W7
 *   reads "the 14 bus" as the thing taken; W caused: v56 na).
 * - referral.contact, expected pass / got fail: "Hable con el regidor de su municipio, tel. 55-5555-0123." (the regidor is read; the
 *   Mexican phone is not; older: v56 fail the same).
 * - referral.contact, expected pass / got na: "Bring your lease and some proof of income to the Housing Authority, 1 Civic Plaza, …"
 *   ("bring … to the Housing Authority" is not read even with one thing; older: v56 na the same).
 * - referral.contact, expected na / got fail: "If you bring the letter and any ID you have to the Vital Statistics office, the wait
 *   is about an hour." (a condition; W31's widened second thing reaches it, v5's "bring" has no condition guard; W caused: v56 na).
 * - referral.contact, expected pass / got fail: "Reach the Sierra Club at (415) 555-0170, or ask at your area Sierra Club chapter."
 *   ("… visit your local Sierra Club chapter" passes: "area" or "ask at" keeps W16's chapter from being named again; older: v56 fail
 *   the same).
 * ON the mends (before v57 landed): the W-caused "Take the 14 bus to Fire Station 5 …" (W7 takes no bus, train or road) and "If
 *   you bring the letter and any ID you have to the Vital Statistics office, the wait is about an hour" (v5's verbs not in a
 *   condition) run, and the older "… or ask at your area Sierra Club chapter" (W16's chapter of the same party, "area" left out)
 *   and "Bring your lease and some proof of income to the Housing Authority, …" (W31 as its own alternative) with them: 39
 *   running, 2 LEFT (both older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Kit, a librarian with Ask Us at Alder Bend Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Kit, bibliotecaria de la Biblioteca de Alder Bend.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal le queda más cerca?', branchReply: 'la del norte' });

export const w7: SessionCase[] = [
  // ---- W7 for: take / bring / drop / leave a thing to / at a numbered fire or police station
  c('W7 for: "u can drop the old car seat off at fire station 3, they recycle them" (chat-speak)', said('where do i get rid of an expired car seat', 'u can drop the old car seat off at fire station 3, they recycle them'), NO_WAY),
  c('W7 for: "Take the expired flares to Fire Station 12, 400 Grant Ave, Tacoma, WA 98402."', said('how do i dispose of old boat flares', 'They are hazardous, so not in the trash. Take the expired flares to Fire Station 12, 400 Grant Ave, Tacoma, WA 98402.'), WITH_WAY),
  c('W7 for: "Bring them to Police Precinct 9, (212) 555-0143, and ask for the property clerk."', said('i found a bag of someones house keys on the bus', 'Kind of you to ask! Bring them to Police Precinct 9, (212) 555-0143, and ask for the property clerk.'), WITH_WAY),
  // ---- W7 against: a street after the number (a referral still, but no full address), the provider's own act, travel, others' act
  c('W7 against: "Drop the old flares at Fire Station 6 on Birch Rd." (a street, no address: still a party with no way)', said('what do i do with old road flares', 'Not in the trash. Drop the old flares at Fire Station 6 on Birch Rd.'), NO_WAY),
  c('W7 against: "I\'ll take the lost glasses to Police Station 4 this afternoon." (own act)', said('did anyone turn in my reading glasses', 'Yes, but our policy changed. I\'ll take the lost glasses to Police Station 4 this afternoon, and the catalogue of found items is at library.example.org/found.'), NONE),
  c('W7 against: "Take the 14 bus to Fire Station 5 and walk one block east." (a stop to travel to)', said('how do i get to the north branch without a car', 'It is easy. Take the 14 bus to Fire Station 5 and walk one block east; the branch is on the corner.'), NONE),
  c('W7 against: "The crews bring the engines back to Fire Station 8 each night." (others\' act)', said('any books on the history of our fire department', 'Yes, Smoke and Brass (363.37 SMI). It says the crews bring the engines back to Fire Station 8 each night.'), NONE),
];

export const w11: SessionCase[] = [
  // ---- W11 for: put a complaint / request / question to a party
  c('W11 for: "put ur complaint to the property manager in writing n keep a copy" (chat-speak)', said('my apartment heat has been off for a week', 'ugh thats awful. put ur complaint to the property manager in writing n keep a copy'), NO_WAY),
  c('W11 for: "Put your request to the county assessor\'s office by email, assessor@county.example.gov."', said('my property tax value looks way too high', 'You can ask for a review. Put your request to the county assessor\'s office by email, assessor@county.example.gov.'), WITH_WAY),
  c('W11 for: "Put any objections to the planning commission in writing, 100 Main St, Springfield, IL 62701."', said('they want to build a gas station next to my house', 'There is a comment period. Put any objections to the planning commission in writing, 100 Main St, Springfield, IL 62701.'), WITH_WAY),
  // ---- W11 against: a condition, the provider's own act, an idiom, a past act told back
  c('W11 against: "Once you put your grievance to the school board, they have 30 days to answer." (condition)', said('how long does a school board take to answer a complaint', 'There is a rule on that. Once you put your grievance to the school board, they have 30 days to answer.'), NONE),
  c('W11 against: "Let me put that question to our cataloguer." (staff consulted)', said('why is this dvd listed as a book', 'Good catch. Let me put that question to our cataloguer; the record is at catalog.example.org/item/4412 meanwhile.'), NONE),
  c('W11 against: "Put it to the test with the free trial at library.example.org/mango." (an idiom, a source)', said('is the language app any good', 'Many patrons like it. Put it to the test with the free trial at library.example.org/mango.'), NONE),
];

export const w28: SessionCase[] = [
  // ---- W28 for: a union or shop steward, rep, delegate or hall
  c('W28 for: "talk to ur union rep before u sign anything" (chat-speak)', said('my boss wants me to sign a new schedule agreement', 'talk to ur union rep before u sign anything'), NO_WAY),
  c('W28 for: "Put the grievance to your shop steward first; the contract gives you 10 days."', said('i got written up for something i didnt do', 'There is usually a process. Put the grievance to your shop steward first; the contract gives you 10 days.'), NO_WAY),
  c('W28 for: "Call your union hall at (312) 555-0166 and ask about the apprenticeship list."', said('how do i become an electrician apprentice', 'The union runs it. Call your union hall at (312) 555-0166 and ask about the apprenticeship list.'), WITH_WAY),
  // ---- W28 against: the rep's website (a source), the provider's own act, a book
  c('W28 against: "Check your union rep\'s website for the contract: local123.example.org/contract" (a source)', said('where can i read my union contract', 'It is online. Check your union rep\'s website for the contract: local123.example.org/contract'), NONE),
  c('W28 against: "I asked our union steward, and the staff contract is at hr.example.org." (own act)', said('do library workers here have a union', 'Yes. I asked our union steward, and the staff contract is posted at hr.example.org.'), NONE),
  c('W28 against: "The Union Steward\'s Complete Guide is on our shelf at 331.88 GRE." (a book)', said('any books on being a union steward', 'Yes. The Union Steward\'s Complete Guide is on our shelf at 331.88 GRE.'), NONE),
];

export const w29: SessionCase[] = [
  // ---- W29 for: a concejal / concejala / regidor(a), in Spanish
  c('W29 for: "escríbale a la concejala de su distrito, ella puede ayudar con los baches" (chat-speak)', es.said('hay un bache enorme en mi calle hace meses', 'q mal! escríbale a la concejala de su distrito, ella puede ayudar con los baches'), NO_WAY),
  c('W29 for: "Hable con el regidor de su municipio, tel. 55-5555-0123."', es.said('quiero que pongan un semáforo en mi esquina', 'Eso lo decide el municipio. Hable con el regidor de su municipio, tel. 55-5555-0123.'), WITH_WAY),
  c('W29 for: "Comuníquese con su concejal al (787) 555-0142."', es.said('quieren cerrar el parque de mi barrio', 'Todavía puede opinar. Comuníquese con su concejal al (787) 555-0142.'), WITH_WAY),
  // ---- W29 against: a page (a source), a condition, a negation
  c('W29 against: "La página del concejal tiene las actas: concejo.example.gov/actas" (a source)', es.said('dónde encuentro lo que votaron en el concejo', 'Está en línea. La página del concejal tiene las actas: concejo.example.gov/actas'), NONE),
  c('W29 against: "Si llama a su concejal, tenga el número de reporte a mano." (condition)', es.said('tienen información sobre cómo reportar luces de calle rotas', 'Sí, hay una guía. Un consejo: si llama a su concejal, tenga el número de reporte a mano.'), NONE),
];

export const w13: SessionCase[] = [
  // ---- W13 for: the library's own librarian or specialist, then the chat transferred to them: no referral
  c('W13 for: "Our law librarian June can pull the exact statute for you. One moment while I transfer you to her."', said('whats the law on security deposits in this state', 'Our law librarian June can pull the exact statute for you. One moment while I transfer you to her.'), NONE),
  c('W13 for: "our genealogy specialist can dig into that census q! transferring u now" (chat-speak)', said('i cant find my great grandpa in the 1910 census', 'our genealogy specialist can dig into that census q! transferring u now'), NONE),
  c('W13 for: "Our local history archivist Dana can answer that best. I\'ll transfer you to Dana now."', said('when was the old mill on river st torn down', 'Our local history archivist Dana can answer that best. I\'ll transfer you to Dana now.'), NONE),
  // ---- W13 against: a transfer elsewhere leaves the librarian a referral; R19's colleague still read (older)
  c('W13 against: "Our law librarian June can help: june.k@library.example.org. For now I\'m transferring you to the reference desk." (with a way)', said('i need the lease law and a copy of a form', 'Our law librarian June can help with the law: june.k@library.example.org. For now I\'m transferring you to the reference desk for the form.'), WITH_WAY),
  c('W13 against: "Our map specialist Theo can find that atlas, stop by his desk any afternoon. I\'m transferring you to Rosa." (another name)', said('i need an old atlas and help with my card', 'Our map specialist Theo can find that atlas, stop by his desk any afternoon. I\'m transferring you to Rosa for the card question.'), NO_WAY),
  c('W13 against: "Our colleague Omar at the Business Center can answer this best. I\'m transferring you to him now." (R19, older)', said('how do i write a business plan', 'Our colleague Omar at the Business Center can answer this best. I\'m transferring you to him now.'), NONE),
];

export const w31: SessionCase[] = [
  // ---- W31 for: bring the thing and any / all / some / whatever other thing to a party
  c('W31 for: "Bring your lease and some proof of income to the Housing Authority, 1 Civic Plaza, Akron, OH 44308."', said('how do i apply for housing help', 'It is in person. Bring your lease and some proof of income to the Housing Authority, 1 Civic Plaza, Akron, OH 44308.'), WITH_WAY),
  c('W31 for: "take the notice and any letters u got to the tenant rights office downtown" (chat-speak)', said('i got an eviction notice what do i do', 'dont panic. take the notice and any letters u got to the tenant rights office downtown'), NO_WAY),
  c('W31 for: "Bring the citation and whatever photos you have to the Traffic Court clerk\'s office, (614) 555-0198."', said('i want to fight a parking ticket', 'You can contest it. Bring the citation and whatever photos you have to the Traffic Court clerk\'s office, (614) 555-0198.'), WITH_WAY),
  // ---- W31 against: a condition, the library's own room (a place, no department)
  c('W31 against: "If you bring the letter and any ID you have to the Vital Statistics office, the wait is about an hour." (condition)', said('how long does it take to get a birth certificate', 'It varies. If you bring the letter and any ID you have to the Vital Statistics office, the wait is about an hour.'), NONE),
  c('W31 against: "Bring your laptop and any chargers you have to the study room you booked, Room 204." (own room)', said('can i use my own laptop in the study room', 'Of course. Bring your laptop and any chargers you have to the study room you booked, Room 204.'), NONE),
];

export const w16: SessionCase[] = [
  // ---- W16 for: a local / county / area chapter a party; a local chapter of the party just given a contact, that party again
  c('W16 for: "call ur local Red Cross chapter, they run the CPR classes" (chat-speak)', said('where can i take a cpr class', 'call ur local Red Cross chapter, they run the CPR classes'), NO_WAY),
  c('W16 for: "Contact the county chapter of the NAACP; they meet the second Tuesday."', said('i want to get involved in voting rights work', 'There are groups near you. Contact the county chapter of the NAACP; they meet the second Tuesday.'), NO_WAY),
  c('W16 for: "Reach the Sierra Club at (415) 555-0170, or ask at your area Sierra Club chapter." (the same party again)', said('who organizes trail cleanups around here', 'The Sierra Club does a lot. Reach the Sierra Club at (415) 555-0170, or ask at your area Sierra Club chapter.'), WITH_WAY),
  // ---- W16 against: another organisation's chapter, a chapter of a book, an older local party kept apart
  c('W16 against: "Call the American Red Cross at 1-800-555-0101, or visit your local NAACP chapter." (another party)', said('i want to volunteer for disaster relief or civil rights', 'Both are good. Call the American Red Cross at 1-800-555-0101, or visit your local NAACP chapter.'), NO_WAY),
  c('W16 against: "Check the state chapter of the Book of the States on our reference shelf." (a book)', said('how many state senators does ohio have', 'It is easy to find. Check the state chapter of the Book of the States on our reference shelf, JK2403 .B6.'), NONE),
  c('W16 against: "Call the Maryland Food Bank at 410-555-0150 or visit your local food bank." (older: another party)', said('where can i get groceries this week', 'There are a few options. Call the Maryland Food Bank at 410-555-0150 or visit your local food bank.'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'W7 against: "Drop the old flares at Fire Station 6 on Birch Rd." (a street, no address: still a party with no way)':
    'referral.contact expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told to visit a fire station, a party (RUBRIC Terms, Referral: "contact or visit … another agency"), and "on Birch Rd" is no postal address; W7 leaves the numbered station with "on …" after it to the address family, but nothing else reads it ("… at Fire Station 6." fails, "… at the fire station on Birch Rd." fails); older: v56 na the same',
  'W29 for: "Hable con el regidor de su municipio, tel. 55-5555-0123."':
    'referral.contact expected pass, got fail ("referred the patron without an e-mail, phone, …"): the regidor is read as the party, but "55-5555-0123" (and "(55) 5555-0123"), a Mexican ten-digit phone, is read as no phone ("al 555-555-0123" passes) (RUBRIC: pass when every party comes with a phone); not W29\'s own reading; older: v56 fail the same',
};

describe('sixty-third round: block W checked blind a fourth time, both ways', () => {
  for (const [t, cs] of [['W7', w7], ['W11', w11], ['W28', w28], ['W29', w29], ['W13', w13], ['W31', w31], ['W16', w16]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
