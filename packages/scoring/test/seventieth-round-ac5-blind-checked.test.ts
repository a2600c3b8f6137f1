/**
 * Seventieth round, fifth blind check of block AC (rubric v63): the mends of AC10, AC11, AC16, AC17 and AC6 tried both ways in cases
 * written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in
 * new words: chat-speak, other verbs, other kin, other orders; "against": near misses the block must not read, and older readings it
 * must not break). Checks: referral.contact (AC10, AC11: RUBRIC Terms, Referral; na when there is no referral, pass when every party
 * comes with an e-mail, phone, postal address or URL), closing.no_dismissal (AC16: fail when the provider tells the patron they
 * asked too many), followup.completeness (AC17: pass only for a question about information already given; "a question about
 * something not yet given does not count"), info.source and inquiry.clarify (AC6: a named resource is a source; a question before
 * the first message that gives a source clarifies).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AC10: the patron's own kin ("my aunt", "my grandpa", "my dad") is none of the parties RUBRIC's Referral lists (an agency,
 *   library, department, office or a named specialist): "ask him / call her" about the patron's kin is no referral (na). A named
 *   specialist the provider introduced ("Our archivist, Ms. Lund, …", "Dana at the Archives …") is one, whatever kin the patron
 *   named: told to ask her, the patron is referred (fail without a way to reach her, pass with her e-mail). The provider's own
 *   name and role in the greeting introduce no third person.
 * - AC11: a transfer of the chat is no referral; "she / she and her team can handle …" after the notice is the colleague receiving
 *   the chat (na). A party the colleague is said to send the patron to ("she says the County Records Office can handle certified
 *   copies") is a referral, as "The District Court Self-Help Center can walk you through it" is. Without a transfer ("I can't
 *   transfer you …; they can handle it at the desk tomorrow") the library's own department, to be visited, is a referral (fail).
 * - AC16: "you've asked more than one chat covers / allows" tells the patron they asked too many: fail, even with an invitation to
 *   start a new chat (RUBRIC's "without offering a way back" qualifies only "otherwise ends the help"; the allowance is for "other
 *   patrons are waiting"). The same words inside a reassurance ("no worries if …", "even though …", "I know …, and that's totally
 *   fine") tell the patron nothing of the kind: pass.
 * - AC17: "Does <a source given> help / get you started / look useful to start?" asks whether the information given meets the need
 *   (pass); the same question about an offer ("a scan"), a day ("Thursday"), an appointment, or a person the provider never named
 *   (the patron's tutor) asks about something not given (fail, when no other completeness question is asked).
 * - AC6: a provider sentence that only praises the patron's own idea ("yearbooks r a good idea!!") names no resource the provider
 *   gives: no source, so a question in the same message is before the first source. A resource the patron never named ("Ancestry
 *   Library Edition is a great idea", "ProQuest Sanborn maps …"), or named only later, is a named resource: a source.
 *
 * COUNTS. Written: 31 cases, 16 for and 15 against (AC10 3/3, AC11 3/3, AC16 3/3, AC17 4/3, AC6 3/3), in one batch, labels copied
 * aside to /tmp/wt-ac5-labels.ts before the first run. First run as labelled: 28 of 31. Disagreeing: 3, all closing.no_dismissal
 * (AC16). Label corrections: 0 (each reread against RUBRIC's closing.no_dismissal row; the labels stand). Final: 28 running, 3 LEFT
 * (rubric v62 scored on each to tell "older" from "AC caused"):
 * - closing.no_dismissal, expected fail / got pass: "honestly youre well beyond what one chat covers at this point" (told they are
 *   past what one chat covers, with no "asked / gone / gotten": AC16's alternative needs one of those verbs after "youre"; older:
 *   v62 pass the same).
 * - closing.no_dismissal, expected pass / got fail: "Even though you've asked more than one chat usually covers, I'm glad to keep
 *   going." (a reassurance; AC16's guard lists "even if" but not "even though"; AC caused: v62 pass).
 * - closing.no_dismissal, expected pass / got fail: "I know you've asked a lot more than one chat covers, and that's totally fine!"
 *   (a reassurance after the words, not before them: AC16's guard reads only what stands right before "you've"; AC caused: v62 pass).
 * On v62, 9 of the 28 running cases scored otherwise (the mends at work: AC10 for 3, AC11 for 1, AC16 for 2, AC17 for 2 and against
 * 2, AC6 for 1); the other 19 scored the same on v62 (the against cases kept, and AC11's chat-speak and "her volunteers", AC17's
 * "Does the house history guide help for now?", AC6's "would make a great lead" and "Church bulletins are a good thought" already
 * read so before AC).
 * AFTER THIS CHECK (the block mended before it landed): the two AC-caused AC16 cases ("Even though you've asked more than one chat
 *   usually covers, I'm glad to keep going.", "I know you've asked a lot more than one chat covers, and that's totally fine!":
 *   reassurance before "you've" and after the clause) and the older "honestly youre well beyond what one chat covers" now score as
 *   labelled and run with the others; no case is LEFT; no label changed.
 */
import { describe } from 'vitest';
import { councilHandover, describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY, DISMISSED, NOT_DISMISSED, ASKED, NOT_ASKED } from './near-miss-lines';

const HI = 'Hello, this is Sam, a librarian with Ask Us at Birch Hollow Library.';
const { said, saidThen, asked } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'eastside' });
const jo = nearMissLines("Hi, I'm Jo at Town Library.", { branch: 'Which branch is closest to you?', branchReply: 'the main one' });
const lee = nearMissLines('Hi there! This is Lee, the reference librarian on duty at Birch Hollow.', { branch: 'Is this for the navy or another branch?', branchReply: 'navy' });

export const ac10: SessionCase[] = [
  // ---- AC10 for: "her / him" the patron's own kin, no person named by the provider (the provider's own introduction aside)
  c('AC10 for: "Ask her permission on the recording itself" (my aunt; Sam, a librarian, in the greeting)', said('can i record a zoom call with my aunt for a family history project', 'Yes! Ask her permission on the recording itself, and our oral history tips are at library.example.org/oralhistory.'), NONE),
  c('AC10 for: "def ask him what he remembers first" (chat-speak; my grandpa; "I\'m Jo at Town Library")', jo.said('my grandpa grew up on a farm near here, how do i find the old farm names', 'def ask him what he remembers first, then the plat maps r at library.example.org/plats'), NONE),
  c('AC10 for: "Ask him for his service number first" (my dad; the reference librarian on duty in the greeting)', lee.said('my dad was in the navy in korea, where are his records', 'Ask him for his service number first; the request form is at archives.gov/veterans.'), NONE),
  // ---- AC10 against: a person the provider named before (same message, earlier message), or with a way to reach her
  c('AC10 against: "Our archivist, Ms. Lund, knows that collection. Ask her about the mill photos." (my aunt)', said('my aunt wants to see the old mill photos', 'Our archivist, Ms. Lund, knows that collection. Ask her about the mill photos.'), NO_WAY),
  c('AC10 against: "Dana at the Archives has the cannery ledgers." then "Ask her for the box list when you go in." (my grandma)', saidThen('my grandma worked at the cannery, are there any records', 'Dana at the Archives has the cannery ledgers.', 'Ask her for the box list when you go in.'), NO_WAY),
  c('AC10 against: "Ms. Lund in Special Collections knows them well; email her at mlund@birchhollow.org." (my aunt)', said('my aunt wants to see the old mill photos', 'Ms. Lund in Special Collections knows them well; email her at mlund@birchhollow.org.'), WITH_WAY),
];

export const ac11: SessionCase[] = [
  // ---- AC11 for: the colleague's clause after a transfer notice, the colleague's own people in it
  c('AC11 for: "…; she and her team can handle the whole request with you."', councilHandover("I'm transferring you to Rosa in Local History; she and her team can handle the whole request with you."), NONE),
  c('AC11 for: "ok transferring u to Rosa now; shes got the 1968 binders and can help right away" (chat-speak)', councilHandover('ok transferring u to Rosa now; shes got the 1968 binders and can help right away'), NONE),
  c('AC11 for: "Transferring you to Rosa in Local History now, and she and her volunteers can handle the search with you."', councilHandover('Transferring you to Rosa in Local History now, and she and her volunteers can handle the search with you.'), NONE),
  // ---- AC11 against: a party named in the clause, with and without a way to reach it; no transfer (older)
  c('AC11 against: "…; she says the County Records Office can handle certified copies."', councilHandover("I'm transferring you to Rosa in Local History; she says the County Records Office can handle certified copies."), NO_WAY),
  c('AC11 against: "…; she says the County Clerk\'s office can handle certified copies at (301) 555-0144."', councilHandover("I'm transferring you to Rosa in Local History; she says the County Clerk's office can handle certified copies at (301) 555-0144."), WITH_WAY),
  c('AC11 against: "I can\'t transfer you to Local History tonight; they can handle it at the desk tomorrow." (no transfer)', said('i need the 1968 city council minutes', "I can't transfer you to Local History tonight; they can handle it at the desk tomorrow."), NO_WAY),
];

export const ac16: SessionCase[] = [
  // ---- AC16 for: the patron told they asked more than one chat covers
  c('AC16 for: "You\'ve already asked far more than one chat covers." (then a source)', said('ok and one more, how do i file for a tax extension', "You've already asked far more than one chat covers. The IRS form is at irs.gov/extensions."), DISMISSED),
  c('AC16 for: "You have asked way more than a single chat allows; please start a new one if you need more."', said('and what about property tax appeals', 'You have asked way more than a single chat allows; please start a new one if you need more.'), DISMISSED),
  c('AC16 for: "honestly youre well beyond what one chat covers at this point" (chat-speak)', said('wait one more, whats the deadline for the appeal', 'honestly youre well beyond what one chat covers at this point'), DISMISSED),
  // ---- AC16 against: the same words inside a reassurance
  c('AC16 against: "No worries if you\'ve gone beyond what one chat covers, keep the questions coming!"', said('sorry, i know this is a lot of questions', "No worries if you've gone beyond what one chat covers, keep the questions coming!"), NOT_DISMISSED),
  c('AC16 against: "Even though you\'ve asked more than one chat usually covers, I\'m glad to keep going."', said('sorry, is it ok if i ask a few more', "Even though you've asked more than one chat usually covers, I'm glad to keep going."), NOT_DISMISSED),
  c('AC16 against: "I know you\'ve asked a lot more than one chat covers, and that\'s totally fine!"', said('sorry for all the questions', "I know you've asked a lot more than one chat covers, and that's totally fine! What's next?"), NOT_DISMISSED),
];

export const ac17: SessionCase[] = [
  // ---- AC17 for: "does … help / get you started / look useful to start" about a source given
  c('AC17 for: "Does Google Patents get you started?" after patents.google.com', said('how do i find old patents for a toy my great grandpa made', 'Google Patents at patents.google.com has filings back to the 1790s, searchable by inventor. Does Google Patents get you started?'), ASKED),
  c('AC17 for: "Does the house history guide help for now?" after its URL', said('how do i find out when my house was built', 'Our house history guide walks through deeds, permits and maps: library.example.org/househistory. Does the house history guide help for now?'), ASKED),
  c('AC17 for: "do the directories on archive.org help for now?" (chat-speak)', said('where r the old city directories', 'they r scanned on archive.org: archive.org/details/birchhollowdirectories. do the directories on archive.org help for now?'), ASKED),
  c('AC17 for: "Does SHAARD look useful to start?" after SHAARD was given', said('where can i find the historic survey of my street in nj', 'SHAARD has the state historic survey forms: njhpo.example.gov/shaard. Does SHAARD look useful to start?'), ASKED),
  // ---- AC17 against: an offer, a day, a person the provider never named, an appointment
  c('AC17 against: "I could also scan the 1890 plat map for you. Does a scan sound useful to start?"', said('i need maps of my street in 1890', 'The 1890 Sanborn maps are at library.example.org/sanborn. I could also scan the 1890 plat map for you. Does a scan sound useful to start?'), NOT_ASKED),
  c('AC17 against: "I\'m on the desk again Thursday … Does Thursday help?"', said('how do i look up who owned my land in 1900', "The county deed index is at deeds.example.gov. I'm on the desk again Thursday if you want to go through it together. Does Thursday help?"), NOT_ASKED),
  c('AC17 against: "Does Priya help with the citations?" (the patron\'s tutor, never named by the provider)', said('my tutor priya and i are fixing the citations in my paper, where are the apa rules', 'The Purdue OWL at owl.purdue.edu covers APA 7 with examples. Does Priya help with the citations?'), NOT_ASKED),
];

export const ac6: SessionCase[] = [
  // ---- AC6 for: praise of the patron's own idea, no source (the question in its message is before the first source)
  c('AC6 for: "ooh yearbooks r a good idea!! what year did she graduate?" (chat-speak)', asked('my grandma went to central high in the 60s, i was thinking maybe yearbooks??', 'ooh yearbooks r a good idea!! what year did she graduate?', '1964 i think', 'Our digitized yearbooks are at library.example.org/yearbooks, and Central High 1964 is there.'), some({ clarify: 'pass', source: 'pass' })),
  c('AC6 for: "Oh, the city directories would make a great lead! Do you know roughly which years she lived there?"', asked('someone at church said to check the city directories for my great aunt', 'Oh, the city directories would make a great lead! Do you know roughly which years she lived there?', 'maybe 1930 to 1945', 'The directories for 1930 to 1945 are scanned at library.example.org/directories.'), some({ clarify: 'pass', source: 'pass' })),
  c('AC6 for: "Church bulletins are a good thought." and no source after', asked('what about looking at old church bulletins for my family names?', 'Church bulletins are a good thought. Which church was it?', 'st marys on elm', "I couldn't find St Mary's bulletins anywhere online so far, sorry."), some({ source: 'fail' })),
  // ---- AC6 against: a resource the patron never named, or named only in part, or only later: a source
  c('AC6 against: "Ancestry Library Edition is a great idea." (the patron never named it)', asked('how can i find my great grandpas ship record', 'Ancestry Library Edition is a great idea.', 'ok', "It's free to use at any of our branches."), some({ source: 'pass' })),
  c('AC6 against: "ProQuest Sanborn maps r a good idea" (the patron said "sanborn maps", not ProQuest)', asked('when was my house built? maybe sanborn maps?', 'ProQuest Sanborn maps r a good idea', 'cool', 'its free w your library card'), some({ source: 'pass' })),
  c('AC6 against: "Sanborn fire insurance maps are a great lead." (the patron names them only after)', asked('how do i find out when my house was built', 'Sanborn fire insurance maps are a great lead.', 'oh sanborn fire insurance maps, cool', 'Which city is the house in?'), some({ source: 'pass', clarify: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('seventieth round: block AC (AC10, AC11, AC16, AC17, AC6) checked blind, both ways', () => {
  for (const [t, cs] of [['AC10', ac10], ['AC11', ac11], ['AC16', ac16], ['AC17', ac17], ['AC6', ac6]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
