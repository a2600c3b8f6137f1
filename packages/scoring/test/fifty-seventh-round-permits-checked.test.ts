/**
 * Fifty-seventh round, theme BUILDING PERMITS, ZONING, CODE ENFORCEMENT, LICENSED CONTRACTORS AND HOME REPAIRS, checked:
 * 30 whole sessions no one had written, from public library and statewide "ask a librarian" chats: a deck permit (MD), a
 * 6-foot fence (McAllen, in Spanish), checking a contractor's license (CSLB, DBPR, NJ Consumer Affairs, Minnesota DLI, TDLR,
 * Massachusetts DOL), junk cars and rats next door (Columbus 311), an ADU for a parent (Fairfax), vinyl windows in a historic
 * district (Richmond's Certificate of Appropriateness), dating a 1960s addition from Sanborn maps, home daycare zoning
 * (Westminster MD), an unpermitted basement before closing (Mundelein permit portal and FOIA), a garage setback variance
 * (Arlington BZA), a homeowner electrical permit (Austin), a storm-chaser roofer (Hillsborough Consumer Protection), a gas
 * water heater swap (Minneapolis), an HVAC contractor and a deposit lost to another (NJ), a shed over the property line (Salt
 * Lake County recorder, a land surveyor), a red tag on a kitchen remodel (San Diego), an Airbnb basement (Nashville STRP), a
 * wider driveway (Decatur GA), a garage turned bedroom (Phoenix), a landlord who won't fix mold (Baltimore DHCD, rent
 * escrow), the MHIC Guaranty Fund (MD), a zoning lookup in the queue, rooftop solar and an HOA (Loudoun, Code of Virginia),
 * 1926 house plans (Seattle SDCI microfilm, Municipal Archives), an above-ground pool (Orlando), a neighbour's dead oak
 * (Durham One Call), a complaint about a licensed plumber (MA board), doing hair at home (Chicago BACP), a reroof overlay
 * (Denver). Every one of the 17 checks labelled in every session from RUBRIC.md's text before the first run (labels copied
 * aside to /tmp/fiftySeventhRoundPermits-labels.ts).
 *
 * SHAPES TRIED:
 *  openings: a queue line and a 32 s pickup (01); a patron "anyone there" in the queue and an 82 s pickup (04: fail);
 *   `pickedUpAt` at 40 s with the first line at 100 (30: pickup 40 s); a question and a hold as the first two provider lines,
 *   the greeting and name only in the third (17: fail); "Hey there!" + "Ana from Ask Us @ DeKalb County Public Library here"
 *   split over two lines under the screen name "ana_dekalb" (18: pass); Spanish "¡Hola! Le saluda Rocío, bibliotecaria …"
 *   (02); curt "Hi, Ted w/ Ask a Librarian here." (03); "Hey there, Vic at Austin Public Library's chat!" (11); "Hello,
 *   Sloane at Ask Us NJ here, from Morris County Library." (14); no provider ever joined (23);
 *  inquiry: attached or not and height, front or back yard, city or township, historic district or not, before or after
 *   the 70s, family child care and city or county, which town, detached or not, owner-occupant, name or license number, DIY
 *   or plumber, check one or find one, plat or survey, why the tag, primary residence, city or county, permanent or flex
 *   room, asked the landlord in writing, licensed with the MHIC, buy or lease, permit record or plans, private property or
 *   right-of-way, rent or own and who travels, house or condo and HOA; a license lookup URL given before "Was the work done
 *   in the last year or so?" (28: fail); no question at all (03; 05, where the answer follows a hold: fail);
 *  waits: holds then 64-94 s (01, 02, 05, 06, 08, 09, 16, 17, 18, 29, 30); holds at 76/170/262 with one a partial result
 *   ("Found the permit side; checking whether plans that old were kept.", 25: pass); a transfer announced with "Hang tight."
 *   and the receiver's first line 134 s later (11: fail); two internal lines while the patron waits 150 s (24: fail); "Sure,
 *   no rush!" then the patron back 270 s later (30: waiting on the patron); the patron leaving (system `patron_left`) during
 *   a hold answered 109 s after it (16);
 *  endings: a Lost Call answered after the patron went quiet, "Are you still there?" at 250 and "It looks like you've
 *   disconnected, so I'm going to close this chat. Feel free to chat back in anytime" at 395 (05: final idle 370 s from the
 *   greeting, both pass); "Are you still there?" at 200 and "I'll let you go — thanks for chatting, and come back anytime!"
 *   at 256 (26: final idle 156 s, idle passes, disconnect na); "Hello? You there?" at 220 and "Seems like you're gone." at
 *   335 with nothing more (27: final idle 244 s, notice fails, courteous fails); "we're only able to answer 2 questions per
 *   session and you've reached that limit. Thanks for using Ask Us NJ!" (14: dismissal fails, courteous passes); "it's
 *   getting busy on my end with folks in the queue. Could you pop back in later for the rest?" (15: allowed, and an
 *   invitation back); the answer and "Thanks for chatting!" after the patron left (16: final idle 0); the patron's "that is
 *   everything" as the last line with no goodbye (25); goodbyes "¡Con mucho gusto! Gracias por usar nuestro chat", "Talk
 *   soon!", "kk, good luck w/ the driveway! bye 👋", "Sorry it isn't the answer you hoped for. Thanks for chatting"; "np" (03:
 *   no goodbye); patron-side "thats all i needed, thx!", "es todo", "no thats it", "nothing else", "thats everything", "ya
 *   thx, all set", "nah im good, thats everything", "that is all", and "ok got it", "yes ok thank u", "kinda i guess. ok
 *   thanks", "ok" that do not count;
 *  sources: county and city permit pages, municode, ecode360, CSLB, DBPR, DLI, TDLR, NJ license search, mass.gov license
 *   lookup, slco.org recorder, balt311, peoples-law.org, labor.maryland.gov, law.lis.virginia.gov, SDCI's microfilm library,
 *   the library's own Sanborn maps path; none at all ("something the city's Planning and Development Department handles",
 *   19: fail);
 *  referrals: the city planning department by phone and street address in Spanish (02); 311 by phone and URL (04, 21); the
 *   BZA by URL and the Zoning Office by phone (10); "report unlicensed contractors to its Consumer Protection office at
 *   813-…" (12, LEFT); "you hire a licensed land surveyor; the Utah Council of Land Surveyors lists its members at ucls.org"
 *   (15, LEFT); "you'd file a FOIA request with the village … the FOIA form is at mundelein.org/foia" (09, LEFT); "file a
 *   claim with the Commission at labor.maryland.gov/…" (22); Durham One Call by phone and URL (27); the Planning and
 *   Development Department "you'd want to ask them" with no contact (19: fail); the Board of State Examiners and the plumber
 *   ("sending him a written demand letter") with no contact (28: fail); the city's Small Business Center and the library's
 *   own Business & Economics department by phone (29); staff consulted on the patron's behalf (the Western Research Room
 *   staff, 07; Carroll County Public Library's staff, 08; a colleague in internal lines, 24, 29) as no referral;
 *  follow-ups: FU_ME with the e-mail typed and read back, "by Friday", done in 30 h (06: pass); FU_ME by phone read back,
 *   "once they have it" (no time), not done a day later (07: contact fails, pending); FU_LIB by phone read back, "by end of
 *   day Wednesday", not recorded by day 4 (08: on_time fails); a promise to e-mail "early next week" with the e-mail read
 *   back, coded Answered, done after 100 h (09: code fails, contact passes, late);
 *  codes: a Lost Call with one patron line that the provider answered anyway (05: pass); Lost Call after three patron lines
 *   (22); Lost Call with no provider and two patron lines (23: fail); null (21); Practice (20);
 *  transfers: a notice (a hold) and an internal note that says why (10: pass); a notice with no internal note (11: fail);
 *  concurrency: four at once (12: fail); others ending exactly at the start and starting exactly at the end, three at most
 *   (13: pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a session whose patron sent only the question and whose provider answered it anyway (05) has a substantive exchange (the
 *   answer is a visible provider message other than those the Terms list): the information checks apply (clarify fails,
 *   there being no question before the source) and the Lost Call code passes (one patron message); the final idle starts at
 *   the greeting, the first non-hold provider line after the patron's only line;
 * - "you'd file a FOIA request with the village" (09) tells the patron to write to an agency (a referral) and "file a claim
 *   with the Commission at labor.maryland.gov/…" (22) likewise, each reached by the agency's URL (the project's reading of
 *   "apply by mail or at a AAA branch");
 * - "Hillsborough County asks people to report unlicensed contractors to its Consumer Protection office at 813-…" (12),
 *   written as what the county asks of people, still tells this patron (who has just found no license) to report to an
 *   office outside the chat: a referral, with a phone;
 * - "for that you hire a licensed land surveyor; the Utah Council of Land Surveyors lists its members at ucls.org" (15) tells
 *   the patron to engage a professional outside the chat (the project's reading of "have a lawyer look it over"), reached
 *   through the council's member list by URL;
 * - "It's worth sending him a written demand letter first" (28) tells the patron to write to the plumber (no contact);
 * - "once they have it" (07) says no time; "by end of day Wednesday" (08), "by Friday" (06) and "early next week" (09) say
 *   when the information will come;
 * - "nothing else" (07), "ya thx, all set" (11) and "nah im good, thats everything" (18) say the patron is done; "yes ok
 *   thank u" (08) and "kinda i guess. ok thanks" (19) do not;
 * - "want me to look up the fees too?" (18) offers more: no completeness question; "Did that answer both parts?" (24) and
 *   "Do the Sanborn maps help for now?" (07) ask whether what was given meets the need;
 * - "Hang tight." closing a transfer announcement (11) makes it a hold: the wait runs from it to the receiver's first line;
 * - "Seems like you're gone." (27) says the patron seems disconnected but not that the session will end: no disconnect
 *   notice, and no goodbye; "I'll let you go — thanks for chatting, and come back anytime!" (26) is a goodbye;
 * - "we're only able to answer 2 questions per session and you've reached that limit" (14) is a limit of questions whatever
 *   thanks follow it; "Could you pop back in later for the rest? We're here until 9 tonight." (15) invites back;
 * - the patron leaving (a `patron_left` system line, 16) changes no rule: the hold's span ends at the provider's next line,
 *   and that line's "Thanks for chatting!" ends the final idle at once.
 *
 * COUNTS. Written: 30 whole sessions, all 17 statuses labelled in each before the first run (one batch; labels copied aside).
 * First run as labelled / disagreeing: 27 / 3. Label corrections: 0.
 * Final: 27 running, 3 LEFT (below, with their reasons in LEFT_WHY):
 *  - referral.contact, case 09: "you'd file a FOIA request with the village for those — the FOIA form is at
 *    mundelein.org/foia" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 12: "Hillsborough County asks people to report unlicensed contractors to its Consumer Protection
 *    office at 813-555-0144" read as no referral (na; RUBRIC pass);
 *  - referral.contact, case 15: "for that you hire a licensed land surveyor; the Utah Council of Land Surveyors lists its
 *    members at ucls.org" read as no referral (na; RUBRIC pass).
 * Every timing check (pickup at 82 s and by `pickedUpAt`, no provider, keep_informed at 134 s across a transfer and 150 s
 * across internal lines, a partial-result hold, "no rush", a patron leaving mid-hold, final idles of 0, 156, 244 and 370 s,
 * concurrency at four and at touching ends, on_time done / late / pending / not recorded by day 4) scored as labelled on the
 * first run; every disagreement is about words (three referral.contact). The redaction equality of describeSessions holds
 * for every running case (patron e-mails typed and read back, patron phones typed with spaces or dashes and read back).
 *
 * ON v52 (block R, written from this round's files): case 09's "you'd file a FOIA request with the village" (R10: the village a
 *   party) and case 12's "Hillsborough County asks people to report unlicensed contractors to its Consumer Protection office at …"
 *   (R12) read as labelled and run: 29 running, 1 LEFT (15).
 * FINAL RUN (`--project scoring`, this file only): 30 tests passed (3 through describeLeft).
 */
import { describe } from 'vitest';
import { all, ALL_NA, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const s = session;

/** The queue's own line (system). */
const queue = (sec: number, n = 1): Line => [sec, 's', `Please hold, you are #${n} in the queue. A staff member will be right with you.`];

const GWEN: Prov = { id: 'gwen', name: 'Gwen', library: 'MCPL' };
const ROCIO: Prov = { id: 'rocio', name: 'Rocío', library: 'MPL-TX' };
const TED: Prov = { id: 'ted-k', name: 'Ted', library: 'SFPL' };
const MERCER: Prov = { id: 'mercer', name: 'Mercer', library: 'CML' };
const BEA: Prov = { id: 'bea', name: 'Bea', library: 'FCPL-VA' };
const NKECHI: Prov = { id: 'nkechi', name: 'Nkechi', library: 'RPL-VA' };
const OSWALDO: Prov = { id: 'oswaldo', name: 'Oswaldo', library: 'PCCLD' };
const PRIYA: Prov = { id: 'priya', name: 'Priya (statewide)', library: 'STATE' };
const DWIGHT: Prov = { id: 'dwight', name: 'Dwight', library: 'LCPL-IL' };
const LORENA: Prov = { id: 'lorena', name: 'Lorena', library: 'APL-VA' };
const HUGO: Prov = { id: 'hugo', name: 'Hugo', library: 'APL-VA' };
const VIC: Prov = { id: 'vic', name: 'Vic', library: 'APL-TX' };
const JUNE: Prov = { id: 'june-a', name: 'June', library: 'APL-TX' };
const FARAH: Prov = { id: 'farah', name: 'Farah', library: 'THPL' };
const GIDEON: Prov = { id: 'gideon', name: 'Gideon', library: 'HCL-MN' };
const SLOANE: Prov = { id: 'sloane', name: 'Sloane', library: 'MCL-NJ' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'SLCL' };
const ELENI: Prov = { id: 'eleni', name: 'Eleni', library: 'SDPL' };
const LOU: Prov = { id: 'lou', name: 'Lou', library: 'NPL-TN' };
const ANA: Prov = { id: 'ana-d', name: 'ana_dekalb', library: 'DCPL-GA' };
const BARRY: Prov = { id: 'barry', name: 'Barry', library: 'PPL-AZ' };
const TRAINER: Prov = { id: 'trainer-z', name: 'Training Seat 2', library: 'TRN' };
const IMANI: Prov = { id: 'imani', name: 'Imani', library: 'EPFL' };
const KOFI: Prov = { id: 'kofi', name: 'Kofi', library: 'HCLS' };
const QUEUE: Prov = { id: 'askus-queue-z', name: 'Ask a Librarian queue', library: 'STATE' };
const PEARL: Prov = { id: 'pearl', name: 'Pearl', library: 'LCPL-VA' };
const HOLDEN: Prov = { id: 'holden', name: 'Holden', library: 'SPL-WA' };
const CORA: Prov = { id: 'cora', name: 'Cora', library: 'OCLS' };
const DARIUS: Prov = { id: 'darius', name: 'Darius', library: 'DCL-NC' };
const MIREILLE: Prov = { id: 'mireille', name: 'Mireille', library: 'BPL' };
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'CPL-IL' };
const SUNNIVA: Prov = { id: 'sunniva', name: 'Sunniva', library: 'DPL' };

export const fiftySeventhRoundPermits: SessionCase[] = [
  // 01 everything passes
  s(GWEN, '01 deck permit (MD): queue line, attached + height asked, hold, DPS deck page, "thats all i needed, thx!"', [
    [0, 'p', 'hi do i need a permit to build a deck in montgomery county md? its about 12x16 off the back door'],
    queue(3),
    [32, 'l', "Good morning! You've reached Gwen, a reference librarian with Montgomery County Public Libraries."],
    [38, 'l', 'Will the deck be attached to the house, and roughly how high off the ground will the floor be?'],
    [96, 'p', 'attached, maybe 4 ft up bc the yard slopes'],
    [102, 'l', "Thanks! Let me pull up the county's deck rules."],
    [180, 'l', 'Yes, you\'ll need one. The Department of Permitting Services has a Residential Decks page at montgomerycountymd.gov/DPS (search "deck permit"): any deck attached to a house, or more than 30 inches above grade, needs a building permit. The page links to their Typical Deck Details handout, which shows the footing and railing drawings they expect with the application.'],
    [186, 'l', 'Does that answer your question?'],
    [240, 'p', 'yes thats all i needed, thx!'],
    [246, 'l', "You're welcome! Good luck with the deck, and thanks for using Ask Us."],
  ], usual()),

  // 02 Spanish: fence, the city planning department by phone and street address
  s(ROCIO, '02 cerca de 6 pies (Spanish): "¡Hola! Le saluda Rocío", front or back yard asked, municode + "puede llamar al Departamento de Planeación al 956-…", "es todo"', [
    [0, 'p', 'hola buenas, quiero poner una cerca de 6 pies alrededor de mi casa, necesito permiso? vivo en mcallen'],
    [26, 'l', '¡Hola! Le saluda Rocío, bibliotecaria de la Biblioteca Pública de McAllen. Con gusto le ayudo.'],
    [33, 'l', '¿La cerca va en el patio de enfrente, en el de atrás, o en los dos?'],
    [90, 'p', 'en los dos'],
    [96, 'l', 'Un momento, por favor, reviso el código de la ciudad.'],
    [185, 'l', 'En McAllen las cercas necesitan permiso de construcción. El código de zonificación (library.municode.com/tx/mcallen, capítulo 138) limita la altura de la cerca en el patio de enfrente; en el patio de atrás normalmente se permiten 6 pies. Para confirmar su caso, puede llamar al Departamento de Planeación de la ciudad al 956-555-0160 o visitarlos en 311 N. 15th St.'],
    [191, 'l', '¿Le sirve esta información?'],
    [250, 'p', 'si muchas gracias, es todo'],
    [256, 'l', '¡Con mucho gusto! Gracias por usar nuestro chat, que tenga buen día.'],
  ], usual({ referral: 'pass' })),

  // 03 curt: no question, no completeness question, "np"
  s(TED, '03 is this contractor licensed (CA, curt): "Hi, Ted w/ Ask a Librarian here.", CSLB lookup, patron "ok got it", "np"', [
    [0, 'p', 'how do i check if a contractor is licensed in california'],
    [15, 'l', 'Hi, Ted w/ Ask a Librarian here.'],
    [20, 'l', 'CSLB has a lookup: cslb.ca.gov, click "Check a License". you can search by license # or business name'],
    [55, 'p', 'ok got it'],
    [59, 'l', 'np'],
  ], usual({ clarify: 'fail', complete: 'fail', anything: 'fail', courteous: 'fail' })),

  // 04 pickup 82 s; code enforcement through 311 by phone and URL
  s(MERCER, '04 junk cars + rats next door (Columbus): "anyone there" in the queue, pickup 82 s, 311 by phone and URL, anonymous reports', [
    [0, 'p', 'my neighbor has 3 junk cars and trash piled in his yard for months, rats everywhere. who do i complain to?? columbus ohio'],
    queue(2, 2),
    [45, 'p', 'anyone there'],
    [82, 'l', 'Hi, so sorry for the wait — this is Mercer, a librarian at Columbus Metropolitan Library.'],
    [88, 'l', 'Is the property inside Columbus city limits, or out in the township?'],
    [130, 'p', 'city, north linden'],
    [137, 'l', 'Then it\'s the City of Columbus\'s Code Enforcement. You can report it through 311: call 311 (or 614-555-0311 from a cell outside the city), or file online at columbus.gov/311 — choose "Property Maintenance" for the junk and trash and "Rodent Complaint" for the rats. An inspector gets assigned and you can track the request number online.'],
    [143, 'l', 'Does that help?'],
    [200, 'p', 'yeah. can i do it without giving my name'],
    [207, 'l', "Yes, 311 takes anonymous reports; you just won't get updates by e-mail. Anything else I can help with?"],
    [240, 'p', 'no thats it thank you'],
    [246, 'l', 'Thanks for reaching out, and I hope it gets cleaned up soon!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // 05 Lost Call (one patron line) answered anyway; check-in and notice
  s(BEA, '05 ADU for mom (Lost Call, one patron line): greeting, hold, answer with no question, "Are you still there?" at 250, notice + "chat back in anytime" at 395', [
    [0, 'p', 'can i build an ADU in my backyard in fairfax county? for my mom'],
    [25, 'l', "Hi there, thanks for contacting Ask a Librarian! I'm Bea at Fairfax County Public Library."],
    [31, 'l', 'Let me take a look at what the county says about accessory dwelling units.'],
    [118, 'l', 'Fairfax County calls these "accessory living units". The rules and the application are on the county\'s zoning page, fairfaxcounty.gov/planning-development/accessory-living-units: the unit has to be for someone 55 or older or a person with a disability, and a separate building needs a special permit.'],
    [124, 'l', 'Does that help?'],
    [250, 'l', 'Are you still there?'],
    [395, 'l', "It looks like you've disconnected, so I'm going to close this chat. Feel free to chat back in anytime if you have more questions!"],
  ], usual({ clarify: 'fail', anything: 'fail', idle: 'pass', disconnect: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 06 follow-up by me, e-mail read back, "by Friday", done in 30 h
  s(NKECHI, '06 vinyl windows in a historic district (Richmond, follow-up by me): district asked, hold, CAR page, e-mail read back, "by Friday", done in 30 h', [
    [0, 'p', 'I live in the Fan in Richmond and want to replace my old wood windows with vinyl. someone told me I need approval first?? from who'],
    [20, 'l', "Hello! I'm Nkechi, a librarian at Richmond Public Library. Happy to help."],
    [27, 'l', 'Is the house in a City Old and Historic District, do you know? Some blocks of the Fan are in one and some are not.'],
    [80, 'p', 'not sure. its on hanover ave near the museum'],
    [86, 'l', 'One moment, let me check the district map.'],
    [170, 'l', 'That stretch of Hanover Avenue is inside a City Old and Historic District (the district map is at rva.gov/planning-development-review/commission-architectural-review). In those districts, replacing windows needs a Certificate of Appropriateness before the building permit; the application form and the window guidelines are on that same page.'],
    [176, 'l', 'Does that help so far?'],
    [230, 'p', 'yes. do they ever approve vinyl though?'],
    [238, 'l', "I'm not sure and I'd rather not guess. I can look through the recent decisions and e-mail you what I find. What's a good e-mail for you?"],
    [290, 'p', 'sure, lwhitaker@example.com'],
    [296, 'l', "Thanks — lwhitaker@example.com. I'll send it by Friday."],
    [302, 'l', 'Anything else in the meantime?'],
    [330, 'p', "no that's all, thank you!"],
    [336, 'l', "You're welcome, thanks for chatting with us. Talk soon!"],
  ], usual({ contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(30 * HOUR) }] }, { now: T0 + 3 * DAY }),

  // 07 follow-up by me by phone, no time; pending
  s(OSWALDO, '07 when was the addition built, 1952 house (follow-up by me): Sanborn maps, phone read back, "once they have it" (no time), not done yet', [
    [0, 'p', 'trying to find out when my house got its addition, the county says their permit records only go back to 1985. house built 1952'],
    [30, 'l', 'Hi! This is Oswaldo, reference librarian at Pueblo City-County Library.'],
    [36, 'l', 'Do you know roughly when the addition went on — before or after the 70s? And is it in the city or the county?'],
    [95, 'p', 'city. probably 60s, the siding is different'],
    [101, 'l', "Our Western Research Room has the old Sanborn fire insurance maps (pueblolibrary.org > Research > Sanborn Maps), which show a house's footprint in 1952 and again in 1966, so comparing them can date the addition. The staff there can also check the city's old permit cards, which aren't online. I'll have them look and give you a call. What's the best number?"],
    [160, 'p', '719-555-0148'],
    [166, 'l', '719-555-0148, got it. Someone will call you once they have it.'],
    [172, 'l', 'Do the Sanborn maps help for now?'],
    [220, 'p', 'yes, great idea thanks. nothing else'],
    [226, 'l', 'Great, thanks for chatting, take care!'],
  ], usual({ contact: 'fail', onTime: 'pending' }), FU_ME),

  // 08 follow-up by the patron's library, phone read back, "by end of day Wednesday", not recorded by day 4
  s(PRIYA, '08 home daycare zoning in Westminster (follow-up by patron\'s library): ecode360 chapter, phone read back, "by end of day Wednesday", not recorded by day 4', [
    [0, 'p', 'Is my house zoned to run a home daycare? 6 kids. Westminster, Carroll County'],
    [40, 'l', "Hi, this is Priya with Maryland's statewide Ask Us service. Thanks for writing in!"],
    [47, 'l', "Is it a family child care home (up to 8 children) you're planning, and are you inside the City of Westminster or in the county part?"],
    [110, 'p', 'family child care. city i think, westminster address'],
    [116, 'l', 'Let me check the city code, one sec.'],
    [200, 'l', 'Westminster\'s zoning code is on ecode360.com (search "Westminster MD"), Chapter 164; family child care homes are a permitted use in most residential zones there. Which zone your house is in is on the city\'s zoning map, which I can\'t open from here, so I\'ll ask Carroll County Public Library\'s staff to look it up and call you by end of day Wednesday. What number should they use?'],
    [260, 'p', '410 555 0172'],
    [266, 'l', "Got it: 410-555-0172. They'll call by end of day Wednesday."],
    [272, 'l', 'Does the code chapter help for now?'],
    [320, 'p', 'yes ok thank u'],
    [326, 'l', "You're welcome! Thanks for using Ask Us, and good luck with the daycare."],
  ], usual({ anything: 'fail', contact: 'pass', onTime: 'fail' }), FU_LIB, { now: T0 + 4 * DAY }),

  // 09 a promise coded Answered, "early next week", done after 100 h; FOIA with the village by URL
  s(DWIGHT, '09 unpermitted basement before closing (Mundelein): permit portal + "file a FOIA request with the village" by URL, promise to e-mail "early next week", coded Answered, done after 100 h', [
    [0, 'p', 'buying a house and inspector says basement was finished w/o permit. how can I see permit history for the address??'],
    [25, 'l', 'Good afternoon, Dwight here at Ask a Librarian, Lake County Public Library.'],
    [31, 'l', 'Which town is the house in? Some towns in Lake County do their own permits.'],
    [70, 'p', 'mundelein'],
    [76, 'l', 'Give me a minute.'],
    [160, 'l', "Mundelein does its own building permits. Recent permits can be searched on the village's permit portal, mundelein.org/permits; older ones are on paper, and you'd file a FOIA request with the village for those — the FOIA form is at mundelein.org/foia."],
    [166, 'l', 'Does that help?'],
    [220, 'p', 'yes but closing is in 10 days, foia takes forever'],
    [228, 'l', "Understood. Our local history room keeps the village's old permit ledgers on microfilm; I'll check them for the address and e-mail you what I find early next week. What e-mail should I use?"],
    [280, 'p', 'dk.closing2026@example.com'],
    [286, 'l', 'dk.closing2026@example.com — thanks. Anything else?'],
    [310, 'p', 'no thats all'],
    [316, 'l', 'Thanks for chatting, and good luck with the closing!'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'fail', referral: 'pass' }), { followUps: [{ doneAt: at(100 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // 10 transfer with a notice and a note that says why; the Zoning Office by phone
  s(LORENA, '10 garage 3 ft from the line (Arlington VA): transfer to Hugo with a notice and a note, BZA page + "calling the Zoning Office at 703-…"', [
    [0, 'p', 'my lot is weird shaped and the garage i want to build would be 3 ft from the property line, zoning says 5. is there any way around that'],
    [22, 'l', "Hi! I'm Lorena, a librarian at Arlington Public Library."],
    [29, 'l', 'Is this in Arlington County, Virginia? And is the garage detached?'],
    [70, 'p', 'yes arlington va, detached'],
    [76, 'l', "What you're describing is a variance. Our government information librarian, Hugo, knows the zoning process well, so I'm going to transfer you to him. Just a moment!"],
    [79, 'i', 'Hugo — pt wants a detached garage 3 ft from the lot line (5 ft required), Arlington. Needs the variance / BZA process. Thanks!'],
    xfer(83, 'Hugo', 'hugo'),
    [150, 'l', 'Hi, Hugo here, government information librarian at Arlington Public Library. Building closer to the line than the Zoning Ordinance allows needs a variance from the Board of Zoning Appeals; the process and the application are at arlingtonva.us/Government/Programs/Building/Permits/Zoning (look for "Variances"). Before you apply, it\'s worth calling the Zoning Office at 703-555-0195 — they\'ll tell you whether a use permit might fit instead, which is easier to get.', as(HUGO)],
    [156, 'l', 'Does that answer your question?', as(HUGO)],
    [210, 'p', 'yes thanks both of you, thats everything'],
    [216, 'l', 'Glad to help — good luck with the garage, and thanks for chatting!', as(HUGO)],
  ], usual({ referral: 'pass', transfer: 'pass' })),

  // 11 transfer announced (a hold), no internal note; the receiver 134 s after the notice
  s(VIC, '11 DIY garage outlets (Austin): "Hang tight" transfer to June with no internal note, June 134 s after the notice, homeowner permit, "all set"', [
    [0, 'p', 'can i do my own electrical work in austin or does it have to be a licensed electrician? adding outlets in garage'],
    [18, 'l', "Hey there, Vic at Austin Public Library's chat!"],
    [24, 'l', 'Do you own the house and live in it? That matters for the homeowner permit.'],
    [60, 'p', 'yes i own it, live there'],
    [66, 'l', "I'll transfer you to my colleague June, who handles a lot of these city code questions. Hang tight."],
    xfer(70, 'June', 'june-a'),
    [200, 'l', 'Hi, June here at Austin Public Library. Yes — the City of Austin lets an owner-occupant get a Homeowner Electrical Permit and do the work themselves, as long as it passes the inspections. The requirements and the homestead affidavit are on austintexas.gov (search "homeowner permit"). If you\'d rather hire someone, you can check a Texas electrician\'s license on the TDLR site, tdlr.texas.gov.', as(JUNE)],
    [206, 'l', 'Did that cover it?', as(JUNE)],
    [250, 'p', 'ya thx, all set'],
    [256, 'l', 'Awesome. Thanks for chatting, bye!', as(JUNE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // 12 four chats at once; Consumer Protection by phone
  s(FARAH, '12 storm-chaser roofer (FL): DBPR lookup by company name, "report unlicensed contractors to its Consumer Protection office at 813-…", four chats open at once', [
    [0, 'p', 'how do i verify a roofer license in florida, a guy knocked on my door after the storm offering a new roof'],
    [17, 'l', "Hi, I'm Farah, a librarian at Tampa-Hillsborough County Public Library. Good on you for checking!"],
    [23, 'l', 'Do you have his name or a license number from him, or just a company name?'],
    [70, 'p', 'company name on his truck, Gulf Coast Roof Pros'],
    [76, 'l', 'Search it on the Florida DBPR license lookup, myfloridalicense.com — choose "Search by Name", put the company name in, and pick "Construction Industry" as the board. A roofer should show a certified (CCC) or registered (RC) roofing license that\'s "Current, Active". If nothing comes up, that\'s a red flag: Hillsborough County asks people to report unlicensed contractors to its Consumer Protection office at 813-555-0144.'],
    [82, 'l', 'Is that what you needed?'],
    [140, 'p', 'yes nothing came up lol. thats all i need, thank you'],
    [146, 'l', 'Good call checking! Thanks for chatting, stay safe.'],
  ], usual({ concurrency: 'fail', referral: 'pass' }), {}, {
    otherIntervals: [other('f1', 'farah', -400, 300), other('f2', 'farah', -50, 200), other('f3', 'farah', 60, 900)],
  }),

  // 13 three at most, others touching the ends
  s(GIDEON, '13 gas water heater swap (Minneapolis): plumber says no permit, city permit list + DLI license lookup, "nope that\'s everything", others touching both ends (three at most)', [
    [0, 'p', 'does replacing a water heater need a permit? same spot, gas, in minneapolis'],
    [20, 'l', "Hi there! Gideon here, librarian at Hennepin County Library's AskHCL."],
    [26, 'l', 'Are you planning to do it yourself, or hire a plumber?'],
    [60, 'p', 'plumber, but he said no permit needed which seems sketchy'],
    [66, 'l', "In Minneapolis a gas water heater replacement does need a permit; it's usually pulled by the licensed plumber or gas fitter. The city's list of work that needs a permit is at minneapolismn.gov/business-services/licenses-permits-inspections/permits. You can also confirm your plumber's license on the Minnesota Department of Labor and Industry's license lookup at dli.mn.gov."],
    [72, 'l', 'Does that help?'],
    [120, 'p', 'yes, asking him to pull it. thanks'],
    [126, 'l', 'Anything else I can do for you?'],
    [150, 'p', "nope that's everything"],
    [155, 'l', 'Thanks for chatting — good luck with the install!'],
  ], usual(), {}, {
    otherIntervals: [other('g1', 'gideon', -600, 0), other('g2', 'gideon', -100, 500), other('g3', 'gideon', 10, 400), other('g4', 'gideon', 160, 700)],
  }),

  // 14 a limit of questions (dismissal) that still thanks
  s(SLOANE, '14 HVAC license (NJ) then three more: "only able to answer 2 questions per session and you\'ve reached that limit. Thanks for using Ask Us NJ!"', [
    [0, 'p', 'i need to find a licensed HVAC contractor in NJ'],
    [22, 'l', 'Hello, Sloane at Ask Us NJ here, from Morris County Library.'],
    [28, 'l', 'Are you looking to check a specific contractor, or find one near you?'],
    [60, 'p', 'check one'],
    [66, 'l', 'NJ Division of Consumer Affairs has a license verification search at newjersey.mylicense.com; pick "HVACR" as the profession and enter the name.'],
    [72, 'l', 'Did that help?'],
    [120, 'p', 'yes. also how do i get my deposit back from a different contractor who never showed up, and can i file something with the town, and whats a home improvement contractor registration'],
    [130, 'l', "Sorry, we're only able to answer 2 questions per session and you've reached that limit. Thanks for using Ask Us NJ!"],
    [150, 'p', 'seriously?'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // 15 busy with a way back; a surveyor through the state council's member list
  s(WREN, '15 shed over the property line (Salt Lake County): recorder\'s plat, "hire a licensed land surveyor … lists members at ucls.org", "busy on my end … pop back in later"', [
    [0, 'p', 'Neighbor says my new shed is on his side of the line. How do I find where my property line actually is?'],
    [24, 'l', 'Good evening! This is Wren, a librarian with Ask a Librarian at Salt Lake County Library.'],
    [30, 'l', 'Do you have a copy of your plat or a survey from when you bought the house?'],
    [80, 'p', 'no just the deed'],
    [86, 'l', 'The county Recorder has the recorded plats: search your parcel on the parcel viewer at slco.org/recorder, open the parcel and click "Plat". A plat shows the lot lines but not exactly where they are on the ground — for that you hire a licensed land surveyor; the Utah Council of Land Surveyors lists its members at ucls.org.'],
    [92, 'l', 'Does that help?'],
    [150, 'p', 'ok yeah. so what if he takes me to court? and can the HOA make me move it and who pays for the survey and'],
    [160, 'l', "Those are good questions, but it's getting busy on my end with folks in the queue. Could you pop back in later for the rest? We're here until 9 tonight."],
    [185, 'p', 'fine'],
  ], usual({ anything: 'fail', referral: 'pass' })),

  // 16 the patron leaves during the hold; the answer and goodbye after
  s(ELENI, '16 red tag on a kitchen remodel (San Diego): reason asked, hold, patron leaves at 130, answer + "Thanks for chatting!" at 190', [
    [0, 'p', 'city put a red tag / stop work order on our kitchen remodel. contractor says its the city being picky. what do we do'],
    [22, 'l', "Hi, I'm Eleni, a librarian at San Diego Public Library."],
    [28, 'l', "Did the notice say why — no permit, or a failed inspection? It's usually written on the tag."],
    [75, 'p', 'no permit it says. contractor said he pulled one'],
    [81, 'l', 'One moment while I look into it.'],
    left(130),
    [190, 'l', 'Found it: you can see whether a permit exists for your address on the City\'s Development Services permit search, sandiego.gov/development-services ("Find permits"). It looks like you\'ve left the chat, but if you come back, that\'s the place to start. Thanks for chatting!'],
  ], usual({ complete: 'fail', anything: 'fail' })),

  // 17 the greeting only in the third provider line
  s(LOU, '17 Airbnb in the basement (Nashville): a question, "ok one moment", and only then "Hi, sorry, I should have said: I\'m Lou …" (third line)', [
    [0, 'p', 'do i need a permit to airbnb my basement in nashville'],
    [30, 'l', 'Is it your primary residence, the house where you live?'],
    [70, 'p', 'yes'],
    [76, 'l', 'ok one moment'],
    [140, 'l', "Hi, sorry, I should have said: I'm Lou, a librarian at Nashville Public Library. Yes, Nashville requires a Short Term Rental Property (STRP) permit even for owner-occupied homes. The application and the rules for owner-occupied rentals are at nashville.gov/departments/codes/short-term-rentals."],
    [146, 'l', 'Is that what you were looking for?'],
    [200, 'p', 'yep thats all i needed'],
    [206, 'l', 'Thanks for chatting, take care!'],
  ], usual({ greeting: 'fail' })),

  // 18 split greeting (chat-speak); an offer of more instead of a completeness question
  s(ANA, '18 wider driveway (Decatur GA, chat-speak): "Hey there!" + "Ana from Ask Us @ DeKalb …", "kk one sec", "want me to look up the fees too?", "nah im good, thats everything"', [
    [0, 'p', 'hiii do i need a permit to widen my driveway? want to add a 2nd car space. decatur ga'],
    [14, 'l', 'Hey there!'],
    [18, 'l', 'Ana from Ask Us @ DeKalb County Public Library here 🙂 is it the City of Decatur or unincorporated DeKalb?'],
    [55, 'p', 'city of decatur'],
    [60, 'l', 'kk one sec'],
    [130, 'l', 'City of Decatur requires a permit for driveway work, and a separate right-of-way permit if you touch the curb or sidewalk. Both are explained on decaturga.com (search "driveway permit"), with the application.'],
    [136, 'l', 'want me to look up the fees too?'],
    [170, 'p', 'nah im good, thats everything'],
    [175, 'l', 'kk, good luck w/ the driveway! bye 👋'],
  ], usual({ complete: 'fail' })),

  // 19 no source; the department named bare
  s(BARRY, '19 garage into a bedroom (Phoenix): "something the city\'s Planning and Development Department handles — you\'d want to ask them" (no source, no contact)', [
    [0, 'p', 'can i turn my garage into a bedroom in phoenix? what are the rules'],
    [26, 'l', "Hello, Barry here at the Phoenix Public Library's Ask a Librarian."],
    [32, 'l', 'Are you thinking of a permanent bedroom with a closet and window, or more of a flex room?'],
    [90, 'p', 'permanent, for my son'],
    [96, 'l', "That's a change of use, so it's something the city's Planning and Development Department handles — you'd want to ask them, they'll tell you about egress windows, the parking you have to replace and so on."],
    [102, 'l', 'Does that help?'],
    [160, 'p', 'kinda i guess. ok thanks'],
    [166, 'l', "You're welcome, thanks for chatting!"],
  ], usual({ source: 'fail', anything: 'fail', referral: 'fail' })),

  // 20 Practice
  s(TRAINER, '20 practice chat (zoning macros): coded Practice, every check na', [
    [0, 'p', 'test - zoning question macro'],
    [9, 'l', 'Hi, practice run of the zoning macros from the training seat.'],
    [18, 'l', 'Zoning maps: see your county GIS site. Does that help?'],
    [30, 'p', 'test complete'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // 21 code null; housing inspection through 311 by phone and URL
  s(IMANI, '21 mold the landlord won\'t fix (Baltimore): "in writing yet?", DHCD through 311 by phone + URL, People\'s Law Library page, code null', [
    [0, 'p', 'my landlord wont fix the mold in my bathroom, its been 4 months. who can i call in baltimore'],
    [30, 'l', "Hi, thanks for reaching out to Ask Us. I'm Imani, a librarian at the Enoch Pratt Free Library."],
    [37, 'l', "Have you asked the landlord in writing yet? That's the first thing the city looks for."],
    [90, 'p', 'just texts'],
    [96, 'l', 'Texts may count, but a dated letter is better. Baltimore\'s Department of Housing & Community Development inspects rentals for housing code violations: call 311 or 410-555-0311, or file online at balt311.baltimorecity.gov ("Housing – Interior"). The Maryland People\'s Law Library has a page on tenants\' repair rights and rent escrow at peoples-law.org (search "rent escrow").'],
    [102, 'l', 'Does that answer your question?'],
    [150, 'p', 'yes very helpful. thats all'],
    [156, 'l', 'Good luck, and thanks for using Ask Us!'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: null }),

  // 22 Lost Call after three patron lines; a claim with the MHIC by URL
  s(KOFI, '22 contractor took the deposit (MD, Lost Call after 3 patron lines): MHIC Guaranty Fund claim by URL, patron "ok" and leaves, goodbye', [
    [0, 'p', 'contractor took 5k deposit for a roof and disappeared. is there anything i can do? maryland'],
    [25, 'l', 'Hi, Kofi here, a librarian at Howard County Library System.'],
    [31, 'l', 'Was the contractor licensed with the Maryland Home Improvement Commission, do you know?'],
    [80, 'p', 'he said he was'],
    [86, 'l', "The MHIC has a Guaranty Fund that can pay homeowners back up to $30,000 when a licensed contractor doesn't finish the job. Check his license and file a claim with the Commission at labor.maryland.gov/license/mhic; the claim form is on that page."],
    [92, 'l', 'Does that help?'],
    [130, 'p', 'ok'],
    left(136),
    [140, 'l', 'Thanks for chatting, good luck!'],
  ], usual({ anything: 'fail', code: 'fail', referral: 'pass' }), { resolutionCode: 'Lost Call' }),

  // 23 no provider; two patron lines; Lost Call
  s(QUEUE, '23 "how do i look up what zone my property is in": no provider ever joined, two patron lines, coded Lost Call', [
    [0, 'p', 'how do i look up what zone my property is in'],
    queue(2, 4),
    [95, 'p', 'hello?? anyone'],
    left(160),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // 24 two internal lines while the patron waits 150 s
  s(PEARL, '24 rooftop solar + HOA (Loudoun): two internal lines, the patron waits 150 s, county page + Code of Virginia section', [
    [0, 'p', 'Does Loudoun County require a permit for rooftop solar? And can my HOA stop me?'],
    [21, 'l', 'Good afternoon, this is Pearl, a librarian at Loudoun County Public Library.'],
    [27, 'l', 'Are you buying the system outright, or leasing it through the installer?'],
    [70, 'p', 'buying, installer is doing everything'],
    [76, 'i', 'Does anyone know offhand where the VA solar / HOA law is? 55.1-something?'],
    [140, 'i', 'Code of VA 55.1-1820.1 I think — check law.lis.virginia.gov'],
    [220, 'l', 'Yes, Loudoun requires building and electrical permits for rooftop solar; your installer normally pulls them (see loudoun.gov/building, "Solar"). On the HOA: Virginia law lets an HOA set reasonable rules on placement but generally not ban solar. The statute is Code of Virginia § 55.1-1820.1, at law.lis.virginia.gov.'],
    [226, 'l', 'Did that answer both parts?'],
    [280, 'p', 'yes thank you! that is all'],
    [286, 'l', 'Thanks for chatting with us!'],
  ], usual({ informed: 'fail' })),

  // 25 holds every ~93 s, one a partial result; the patron has the last word
  s(HOLDEN, '25 1926 house plans (Seattle): holds at 76/170/262 (one a partial result), answer at 355, patron "that is everything" last, no goodbye', [
    [0, 'p', 'Looking for the original blueprints or building permit for my house, built 1926 in Seattle. Where would they be?'],
    [23, 'l', 'Hello! Holden here, a librarian at The Seattle Public Library.'],
    [30, 'l', 'Do you need the permit record itself, or the plans/drawings? They live in different places.'],
    [70, 'p', 'plans if they exist, otherwise whatever'],
    [76, 'l', 'Let me check what the city has online for 1920s houses, one moment.'],
    [170, 'l', "Still looking — the city's microfilm index is a bit tricky to search."],
    [262, 'l', 'Found the permit side; checking whether plans that old were kept.'],
    [355, 'l', 'Here\'s what I found. Seattle\'s Department of Construction and Inspections has scanned permit records back to the 1890s: search your address in its Microfilm Library at web.seattle.gov/DPD/edms. For 1926 usually only the permit card survives, not the drawings. The Seattle Municipal Archives (seattle.gov/cityarchives) has some early plans; its Digital Collections are searchable by address.'],
    [361, 'l', 'Does that completely answer your question?'],
    [420, 'p', 'wow yes found the card! that is everything, thanks so much'],
  ], usual({ courteous: 'fail' })),

  // 26 final idle 156 s: check-in, goodbye, no notice needed
  s(CORA, '26 above-ground pool (Orlando): answer at 100, "Are you still there?" at 200, "I\'ll let you go — thanks for chatting" at 256 (final idle 156 s)', [
    [0, 'p', 'do above ground pools need a permit? orlando, 4ft deep'],
    [24, 'l', 'Hi! Cora here, librarian at Orange County Library System.'],
    [30, 'l', 'Is the property inside Orlando city limits or in unincorporated Orange County?'],
    [80, 'p', 'city'],
    [100, 'l', "In the City of Orlando an above-ground pool 24 inches or deeper needs a building permit, plus a barrier (a fence, or a ladder you can remove) under the Florida Building Code. The city's permitting page, orlando.gov/permits, has the residential pool checklist."],
    [106, 'l', 'Did that help?'],
    [200, 'l', 'Are you still there?'],
    [256, 'l', "I'll let you go — thanks for chatting, and come back anytime!"],
  ], usual({ anything: 'fail', idle: 'pass' })),

  // 27 check-in, then "Seems like you're gone." (no end announced, no goodbye)
  s(DARIUS, '27 dead oak over the roof (Durham): Durham One Call by phone + URL, "Hello? You there?" at 220, "Seems like you\'re gone." at 335 and nothing more', [
    [0, 'p', 'neighbors dead oak is leaning over my roof. can the city make him cut it down? durham nc'],
    [26, 'l', 'Hi, this is Darius, a reference librarian at Durham County Library.'],
    [32, 'l', 'Is the tree on private property, or near the street in the right-of-way?'],
    [90, 'p', 'his backyard'],
    [96, 'l', "For a hazardous tree on private property, Durham's Neighborhood Improvement Services can cite the owner under the city's nuisance rules. You can report it through Durham One Call at 919-555-0100 or online at durhamnc.gov/onecall."],
    [102, 'l', 'Does that help?'],
    [220, 'l', 'Hello? You there?'],
    [335, 'l', "Seems like you're gone."],
  ], usual({ anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'pass' })),

  // 28 a source before the question; the licensing board and the plumber with no contact
  s(MIREILLE, '28 complaint about a licensed plumber (MA): license lookup URL before "Was the work done in the last year?", "file a complaint with the Board of State Examiners …" (no contact)', [
    [0, 'p', 'plumber did a terrible job and left a leak, he is licensed. how do I complain about him in Mass?'],
    [28, 'l', "Hello, I'm Mireille, a librarian at Boston Public Library."],
    [34, 'l', "The state's Division of Occupational Licensure has a license lookup at mass.gov/check-a-license, so you can confirm his license number first."],
    [40, 'l', 'Was the work done in the last year or so?'],
    [90, 'p', '2 months ago'],
    [96, 'l', 'Then you can file a complaint with the Board of State Examiners of Plumbers and Gas Fitters. It\'s worth sending him a written demand letter first, too.'],
    [102, 'l', 'Does that help?'],
    [150, 'p', 'ok, thank you'],
    [156, 'l', 'Anything else?'],
    [175, 'p', 'no'],
    [180, 'l', 'Take care, thanks for chatting!'],
  ], usual({ clarify: 'fail', referral: 'fail' })),

  // 29 a colleague consulted in internal lines; the city's center and the library's own department by phone
  s(TOBIAS, '29 doing hair at home (Chicago): colleague consulted internally, Small Business Center by URL + phone, "our Business & Economics department … call them at 312-…"', [
    [0, 'p', 'i want to do hair out of my apartment in chicago (just 2-3 clients a day). is that allowed zoning wise or do i need a license'],
    [22, 'l', "Hi! Tobias here at Chicago Public Library's Ask a Librarian."],
    [28, 'l', 'Do you rent or own? And would clients come to your place, or would you go to theirs?'],
    [80, 'p', 'rent, they come to me'],
    [86, 'l', 'Let me check with a colleague who knows the business licensing side, one sec.'],
    [90, 'i', 'Marisa, home occupation rules for a hair salon in an apt — allowed under the zoning code?'],
    [150, 'i', 'Not as a home occupation — beauty shops are excluded. Point them to BACP + the Small Business Center.'],
    [170, 'l', "Thanks for waiting. Chicago's home occupation rules don't allow a beauty salon at home, so you'd need a licensed shop space. The City's Small Business Center can go over the options with you: bacp.chicago.gov or 312-555-0466. Our Business & Economics department at the Harold Washington Library Center also has one-on-one help with business plans — call them at 312-555-0190 to book."],
    [176, 'l', 'Does that answer your question?'],
    [230, 'p', "yeah unfortunately lol. that's all I needed"],
    [236, 'l', "Sorry it isn't the answer you hoped for. Thanks for chatting, and good luck!"],
  ], usual({ referral: 'pass' })),

  // 30 pickedUpAt 40 s, first line at 100; "Sure, no rush!" before a 270 s absence
  s(SUNNIVA, '30 shingles over shingles (Denver): pickedUpAt 40 s with the first line at 100, "Sure, no rush!" then the patron back 270 s later, hold, CPD page', [
    [0, 'p', 'reroofing my house in denver, do I need a permit if its just shingles over shingles'],
    [100, 'l', 'Good morning! This is Sunniva, a librarian at Denver Public Library.'],
    [106, 'l', 'Is it a house or a townhome/condo? And do you have an HOA?'],
    [140, 'p', 'house, no HOA. hold on let me ask my husband what the roofer said'],
    [146, 'l', 'Sure, no rush!'],
    [416, 'p', 'ok hes saying the roofer wants to layer over the old ones'],
    [422, 'l', 'Thanks — one moment.'],
    [500, 'l', "Denver requires a roofing permit for any reroof, overlays included; the roofing contractor has to be licensed with the city and pulls it. Denver's Community Planning and Development page, denvergov.org/roofing-permits, also says how many layers are allowed (usually no more than two)."],
    [506, 'l', 'Does that help?'],
    [560, 'p', 'yes that helps a lot. thats all'],
    [566, 'l', 'Great — thanks for chatting with Denver Public Library!'],
  ], usual(), { pickedUpAt: at(40) }),
];

/** The full name of case `no` ("02"), for LEFT_WHY's keys. */
const byNo = (no: string): string => fiftySeventhRoundPermits.find((c) => c.name.startsWith(`${no} `))!.name;

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  [byNo('15')]:
    'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 4: "for that you hire a licensed land surveyor; the Utah Council of Land Surveyors lists its members at ucls.org" tells the patron to engage a professional outside the chat (RUBRIC Terms, Referral: a person or organisation the patron is to contact; the project\'s reading of "have a lawyer look it over"), reached through the council\'s member list by URL.',
};

describe('fifty-seventh round: permits, zoning, code enforcement, contractors and home repairs, checked', () => {
  describeSessions('whole sessions', fiftySeventhRoundPermits.filter((c) => !(c.name in LEFT_WHY)));
  describeLeft('whole sessions', fiftySeventhRoundPermits.filter((c) => c.name in LEFT_WHY));
});
