/**
 * Seventieth round, blind check of block AC's referral readings (rubric v63): AC5, AC9, AC10, AC11 and AC13 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, other parties, other orders; "against": near misses the block must not read, and older
 * readings it must not break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or
 * organisation outside the chat; a website, database or publication for the patron to use is a source; na when there is no
 * referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC5, AC9: a guild, ensemble, choir, support group, writers' or storytelling circle (an organisation), a conservator, luthier or
 *   locksmith (a person of a trade) and a shop of a kind (a business) are each a person or organisation outside the chat: telling
 *   the patron to contact, ask, write to, visit or take a thing to one is a referral.
 * - Told nothing or no party: a chapter of a book, a group or conservators the patron is told to read about, an ensemble cast, a
 *   shop's website (a source), shopping online, and the provider's own library's group or a shop only mentioned (no referring verb):
 *   na.
 * - AC10: the patron's own aunt, grandmother or father is not "another agency, library, department, office or a named specialist"
 *   the provider refers the patron to; asking or calling them is no referral (na). "her / him" that points to a person the provider
 *   names or describes (a staff member, someone at another agency, a craftsman with a phone) is a referral.
 * - AC11: a transfer of the chat to a colleague is not a referral, and what the colleague's pronoun clause says she or he can do is
 *   the colleague's; a party outside the chat named as the one who can help (in another clause, or as what the colleague reports)
 *   is a referral, and so is a party that "can help" when the transfer does not happen.
 * - AC13: a database, a web collection or a map viewer "which you can reach / visit / call up" is a source (na); an office, a
 *   department or a legal aid centre "which you can visit / call / write to" is a party (a referral).
 *
 * COUNTS. Written: 36 cases, 17 for and 19 against (AC5 4/4, AC9 4/4, AC10 3/4, AC11 3/3, AC13 3/4), in one batch, labels copied
 * aside to /tmp/wt-ac2-labels.ts before the first run. First run as labelled: 29 of 36. Disagreeing: 7. Label corrections: 0 (each
 * reread against RUBRIC's Referral term; the labels stand). Final: 29 running, 7 LEFT (rubric v62 scored on each to tell "older"
 * from "AC caused"; 6 older, 1 AC caused):
 * - referral.contact, expected na / got fail: AC5 against "Go to the county chapter in the WPA Guide to Ohio …" (a chapter of a book
 *   read as a county party; older: v62 fail the same).
 * - referral.contact, expected pass / got na: AC9 for "Take the violin to a luthier, for example Harmon Strings at (301) 555-0142."
 *   ("take … to" does not reach AC9's luthier; "Ask a luthier, …" passes; older: v62 na the same).
 * - referral.contact, expected na / got fail: AC10 for "Ask her to bring photos …" (my grandma; older: v62 fail the same).
 * - referral.contact, expected na / got pass: AC10 for "Call him on a landline if you can, …" (my dad; older: v62 pass the same).
 * - referral.contact, expected na / got fail: AC10 for "ask her if u can photograph the family pages first" (my aunt; older: v62
 *   fail the same). The three AC10 cases: `kinPronounAC10` gives up on the provider's own greeting, "Sam, a librarian with Ask Us"
 *   ("librarians?" in PERSON_BEFORE_AC10 over every earlier provider message); with a greeting without "librarian" all three are na.
 * - referral.contact, expected fail / got na: AC11 against "I'm transferring you to Rosa; she says the Land Records office can handle
 *   certified copies." (a party outside the chat inside the colleague's pronoun clause; AC caused: v62 fail).
 * - referral.contact, expected fail / got na: AC13 against "The deeds are with the Local History Room, which you can visit Tuesdays
 *   and Thursdays." (the own library's department, no contact; "Visit the Local History Room …" fails; older: v62 na the same).
 * AFTER THIS CHECK (the block mended before it landed): the three AC10 cases (kinPronounAC10 no longer reads the provider's own "a
 *   librarian" in the opening introduction as a person the pronoun could mean) and the AC-caused AC11 case ("…; she says the Land
 *   Records office can handle certified copies": a party in the pronoun's clause, the colleague's own "her team" left out, keeps
 *   the referral) now score as labelled and run with the others; AC5 "the county chapter in the WPA Guide", AC9 "take the violin
 *   to a luthier" and AC13 "which you can visit" (older) are still LEFT; no label changed.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });

/** A transfer session: the patron's `q`, Sam's greeting and question, the reply, Sam's `notice`, a note, the transfer, Rosa. */
const handed = (q: string, notice: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you go to?`],
  [50, 'p', 'eastside'],
  [56, 'l', notice],
  [59, 'i', 'pt needs a specialist, see chat above'],
  [62, 's', 'Chat transferred to Rosa Diaz', { event: 'transfer', to: 'rosa' }],
  [100, 'l', 'Hi, Rosa here, I have read the chat and I am happy to help.', { author: 'Rosa Diaz', authorId: 'rosa' }],
  [130, 'p', 'ok thanks'],
  [136, 'l', 'Thanks for chatting, bye!', { author: 'Rosa Diaz', authorId: 'rosa' }],
];

export const ac5: SessionCase[] = [
  // ---- AC5 for: a guild, choir, support group, storytelling circle as the party
  c('AC5 for: "u should contact the Tri-County Knitting Guild, they meet thursdays" (chat-speak)', said('where can i learn to knit socks', 'u should contact the Tri-County Knitting Guild, they meet thursdays'), NO_WAY),
  c('AC5 for: "Write to the Harbor City Gospel Choir at choir@harborgospel.org; they take new singers in September."', said('i want to sing in a choir, any ideas', 'There are a few around. Write to the Harbor City Gospel Choir at choir@harborgospel.org; they take new singers in September.'), WITH_WAY),
  c('AC5 for: "Reach out to a caregiver support group at your hospital."', said('my husband has dementia and im overwhelmed', 'I am sorry, that is a lot. Reach out to a caregiver support group at your hospital; they know what you are going through.'), NO_WAY),
  c('AC5 for: "Visit the Lakeside storytelling circle some Friday night; they welcome listeners."', said('i want to hear traditional folk tales told out loud', 'That is a lovely idea. Visit the Lakeside storytelling circle some Friday night; they welcome listeners.'), NO_WAY),
  // ---- AC5 against: a book's chapter, a guild to read about, an ensemble cast, the own library's group with no referring verb
  c('AC5 against: "Go to the county chapter in the WPA Guide to Ohio for the mill\'s history." (a chapter of a book)', said('where can i read about the old grist mill in licking county', 'We have the WPA Guide to Ohio on the shelf. Go to the county chapter in the WPA Guide to Ohio for the mill\'s history.'), NONE),
  c('AC5 against: "Read about the Chesapeake Quilters Guild in Baltimore Album Quilts (746.46 KAT)." (a guild to read about)', said('who made the baltimore album quilts', 'Several groups did. Read about the Chesapeake Quilters Guild in Baltimore Album Quilts, call number 746.46 KAT.'), NONE),
  c('AC5 against: "Watch it for the ensemble cast: Gosford Park is on Kanopy at birchhollow.kanopy.com." (an ensemble cast)', said('whats a good mystery movie', 'Gosford Park! Watch it for the ensemble cast: Gosford Park is on Kanopy at birchhollow.kanopy.com.'), NONE),
  c('AC5 against: "Our Eastside branch has a knitting circle that meets Tuesdays at 6." (own group, no referring verb)', said('is there anything for knitters at the library', 'Yes! Our Eastside branch has a knitting circle that meets Tuesdays at 6.'), NONE),
];

export const ac9: SessionCase[] = [
  // ---- AC9 for: a conservator, trades one asks, a shop of a kind
  c('AC9 for: "ask a paper conservator before u try to flatten it" (chat-speak)', said('i found my great grandpas map folded up, can i iron it', 'pls dont iron it! ask a paper conservator before u try to flatten it'), NO_WAY),
  c('AC9 for: "Take the violin to a luthier, for example Harmon Strings at (301) 555-0142."', said('my old violin has a crack, any books on fixing it', 'A crack is best left to a pro. Take the violin to a luthier, for example Harmon Strings at (301) 555-0142.'), WITH_WAY),
  c('AC9 for: "Call the tack shop on Route 9 about fitting the saddle."', said('how do i know if a saddle fits my horse', 'Fit depends on the horse\'s back. Call the tack shop on Route 9 about fitting the saddle.'), NO_WAY),
  c('AC9 for: "Check with a locksmith; they can open old safes without damaging them."', said('we found an old safe in the basement with no combination', 'Exciting! Check with a locksmith; they can open old safes without damaging them.'), NO_WAY),
  // ---- AC9 against: reading about conservators, a shop's website, shopping online, a shop only mentioned
  c('AC9 against: "Read about how conservators clean quilts in Caring for Your Textiles (746.0488 SMI)." (reading about)', said('how do museums clean old quilts', 'Gently! Read about how conservators clean quilts in Caring for Your Textiles, call number 746.0488 SMI.'), NONE),
  c('AC9 against: "Visit the gift shop\'s website at shop.example.org for the pattern." (a source)', said('where can i get the quilt pattern from the museum exhibit', 'It is sold online. Visit the gift shop\'s website at shop.example.org for the pattern.'), NONE),
  c('AC9 against: "Shop online for archival boxes; Gaylord Archival sells them at gaylord.example.com." (shop online)', said('where do i buy acid free boxes', 'Shop online for archival boxes; Gaylord Archival sells them at gaylord.example.com.'), NONE),
  c('AC9 against: "The quilt shop on Main Street sponsored our quilt show last year." (only mentioned)', said('who sponsored the library quilt show', 'The quilt shop on Main Street sponsored our quilt show last year.'), NONE),
];

export const ac10: SessionCase[] = [
  // ---- AC10 for: "her / him" is the patron's own kin
  c('AC10 for: "Ask her to bring photos to look at together; they help memories come back." (my grandma)', said('how do i interview my grandma about the war, shes 94', 'What a great project. Ask her to bring photos to look at together; they help memories come back. The StoryCorps question list at storycorps.org/great-questions is a good start.'), NONE),
  c('AC10 for: "Call him on a landline if you can, and record with the StoryCorps app." (my dad)', said('can i record my dad over the phone for a family history project', 'Yes. Call him on a landline if you can, and record with the StoryCorps app (storycorps.org/app).'), NONE),
  c('AC10 for: "ask her if u can photograph the family pages first" (my aunt, chat-speak)', said('my aunt keeps the family bible, what should i photograph', 'ask her if u can photograph the family pages first, then the cover. the guide at familysearch.org/wiki has tips'), NONE),
  // ---- AC10 against: a person the provider names, a contact given, a gender mismatch
  c('AC10 against: "Our special collections librarian, Ms. Okafor, handles donations: e-mail her at okafor@birchhollow.org." (named)', said('my mom wants to donate her old quilts to the library', 'How kind! Our special collections librarian, Ms. Okafor, handles donations: e-mail her at okafor@birchhollow.org.'), WITH_WAY),
  c('AC10 against: "Dana at the County Archives knows the mill papers well; ask her about the payroll books." (named, no contact)', said('my grandmother worked at the cotton mill, are there records', 'There may be. Dana at the County Archives knows the mill papers well; ask her about the payroll books.'), NO_WAY),
  c('AC10 against: "Ed Varga repairs antique clocks in Towson; call him at 410-555-0162." (a contact given)', said('my grandpa left me his mantel clock and it stopped, who can fix it', 'Ed Varga repairs antique clocks in Towson; call him at 410-555-0162.'), WITH_WAY),
  c('AC10 against: "The man who runs the Saturday chess club is great with kids; ask him about lessons." (my daughter: a mismatch)', said('my daughter wants to learn chess', 'Fun! The man who runs the Saturday chess club at the rec center is great with kids; ask him about lessons.'), NO_WAY),
];

export const ac11: SessionCase[] = [
  // ---- AC11 for: the colleague's pronoun clause after a transfer notice
  c('AC11 for: "I\'ll transfer you to Rosa in Local History now; she\'s the one who can help with deeds."', handed('i need a copy of a deed from 1920', "I'll transfer you to Rosa in Local History now; she's the one who can help with deeds."), NONE),
  c('AC11 for: "ok transferring u to Rosa at the genealogy desk, she\'d know who can help w the 1890 census" (chat-speak)', handed('where is the 1890 census', "ok transferring u to Rosa at the genealogy desk, she'd know who can help w the 1890 census"), NONE),
  c('AC11 for: "Let me transfer you to Rosa, our Spanish-language librarian; she and her team can handle the whole application with you."', handed('necesito ayuda con una solicitud de ciudadanía', 'Let me transfer you to Rosa, our Spanish-language librarian; she and her team can handle the whole application with you.'), NONE),
  // ---- AC11 against: no transfer, a party outside the chat in a later clause, a party the colleague reports
  c('AC11 against: "I can\'t transfer you to the law library from here; they can help with court forms, though." (no transfer)', said('i need a form for small claims court', "I can't transfer you to the law library from here; they can help with court forms, though."), NO_WAY),
  c('AC11 against: "I\'m transferring you to Rosa in Local History; she\'ll pull the deeds, and the Historical Society can help with the photos." (a later clause)', handed('i need deeds and photos of my house from the 1930s', "I'm transferring you to Rosa in Local History; she'll pull the deeds, and the Historical Society can help with the photos."), NO_WAY),
  c('AC11 against: "I\'m transferring you to Rosa; she says the Land Records office can handle certified copies." (a party she names)', handed('i need a certified copy of a deed', "I'm transferring you to Rosa; she says the Land Records office can handle certified copies."), NO_WAY),
];

export const ac13: SessionCase[] = [
  // ---- AC13 for: the antecedent of "which you can …" is a source
  c('AC13 for: "… in ProQuest Historical Newspapers, which you can reach with your card at birchhollow.org/az."', said('i need articles from the 1930s about the dust bowl', 'Those are in ProQuest Historical Newspapers, which you can reach with your card at birchhollow.org/az.'), NONE),
  c('AC13 for: "The whole run is on Chronicling America, which you can visit any time at chroniclingamerica.loc.gov."', said('is the old evening star newspaper online', 'Yes. The whole run is on Chronicling America, which you can visit any time at chroniclingamerica.loc.gov.'), NONE),
  c('AC13 for: "Lot lines are in the county GIS viewer, which u can call up at gis.example.gov" (chat-speak)', said('how do i see my property lines', 'lot lines are in the county GIS viewer, which u can call up at gis.example.gov'), NONE),
  // ---- AC13 against: the antecedent is a party
  c('AC13 against: "The deeds are with the Local History Room, which you can visit Tuesdays and Thursdays." (own department, no contact)', said('where are the old deeds for my street', 'The deeds are with the Local History Room, which you can visit Tuesdays and Thursdays.'), NO_WAY),
  c('AC13 against: "Try the Women\'s Law Center, which you can call at (410) 555-0166."', said('i need help with a custody form', 'We have the forms, but for advice try the Women\'s Law Center, which you can call at (410) 555-0166.'), WITH_WAY),
  c('AC13 against: "… the Land Records office, which you can write to at 50 Court St, Bel Air, MD 21014."', said('how do i get a copy of my deed by mail', 'Copies come from the Circuit Court\'s Land Records office, which you can write to at 50 Court St, Bel Air, MD 21014.'), WITH_WAY),
  c('AC13 against: "the genealogy society, which u can email" (chat-speak, no contact)', said('who has old church records for my town', 'prob the genealogy society, which u can email about the church books'), NO_WAY),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AC5 against: "Go to the county chapter in the WPA Guide to Ohio for the mill\'s history." (a chapter of a book)':
    'expected na, got fail ("referred the patron without an e-mail, phone, postal address or URL"): "go to the county …" is read as a visit to a county party; the county chapter of a guide is a place in a publication, a source (RUBRIC Terms, Referral: a publication for the patron to use is not a referral); older: v62 fail the same',
  'AC9 for: "Take the violin to a luthier, for example Harmon Strings at (301) 555-0142."':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): taking a thing to a luthier is visiting a person of a trade outside the chat, and the phone reaches the one named (RUBRIC Terms, Referral: "contact or visit a person or organisation outside the chat"); "Ask a luthier, for example Harmon Strings at (301) 555-0142." passes on v63, so AC9\'s party is read but "take / bring … to" (v5, V10) does not reach a luthier; older: v62 na the same',
  'AC13 against: "The deeds are with the Local History Room, which you can visit Tuesdays and Thursdays." (own department, no contact)':
    'expected fail, got na ("no referral to a person or organisation outside the chat"): the patron is told they can visit the provider\'s own library\'s department (RUBRIC Terms, Referral: "The provider\'s own library\'s departments count when the patron is told to contact or visit them"), with no way given; "Visit the Local History Room on Tuesdays and Thursdays." fails on v62 and v63, so "which you can visit" after a room is what is not read; older: v62 na the same',
};

describe('seventieth round: block AC referral readings checked blind, both ways', () => {
  for (const [t, cs] of [['AC5', ac5], ['AC9', ac9], ['AC10', ac10], ['AC11', ac11], ['AC13', ac13]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
