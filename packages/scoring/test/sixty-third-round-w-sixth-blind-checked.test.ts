/**
 * Sixty-third round, sixth blind check of block W (rubric v57): the last mends W5 / W31 (v5's "bring / take / mail … to / at" a
 * party, and no condition), W7 (a fire or police station by its number), W16 (a local chapter of the party just reached), W9 (the
 * provider's own minutes per patron), W17 (others who come back), W30 ("So your …, and you want …"), W32 ("One sec — checking …")
 * and W4 ("Would it help to narrow it down …?") tried both ways in cases written by a helper who did not see the author's cases,
 * each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other verbs, other parties, other
 * orders; "against": near misses the block must not read, and older readings it must not break). Checks: referral.contact (W5, W31,
 * W7, W16), closing.no_dismissal (W9), closing.courteous (W17), inquiry.clarify (W30, W4), interest.keep_informed (W32),
 * followup.completeness (W4).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Referral (Terms: telling the patron to contact or visit a party): "bring / take / mail / drop off / submit <things> to / at
 *   <office, department, station>" tells the patron to visit or write to it, a referral; in a condition ("If you bring …", "If you
 *   ever mail …", "When you submit …, ask for a receipt") the patron is not told to go: na. The provider's own act ("I'll drop …"):
 *   na. A bus, train or road taken to a fire or police station is travel to a place, no party visited: na.
 * - A street address with city and ZIP is a postal address (pass); a street name alone ("on Rt 9", "downtown") is no address.
 * - W16: "your local / regional / nearest X chapter" after "call X at <phone>" in the same sentence is X again: every party has a way
 *   to reach it (pass); another organisation's chapter has none (fail).
 * - W9: a limit of minutes per patron, said by the provider to end the chat, tells the patron their time is up (fail), also when a
 *   "but" follows that does not waive it ("…, but we are over that now, so I need to close the chat"); waived, or the computers' or
 *   another service's limit: pass.
 * - W17: "Hope you guys / yall / you and your girls come back …" invites the patron back (courteous pass); a mother animal, parents
 *   or "she" coming back is no invitation, no thanks, no goodbye (fail when it is among the last two provider messages with nothing
 *   else courteous).
 * - W30: "So your <situation>, and you want to know / need to find out / are looking for …" restates the question (clarify pass);
 *   news or an instruction ("…, and you need your library card to pick it up", "…, and you're looking good to check out again") is
 *   no restatement and no question (clarify fail when a source follows).
 * - W32: "One sec — checking …" announces looking something up: a hold (a 200 s silence after it is waiting on the provider: fail);
 *   "It only takes one sec — renewing is under …", "Signing up takes one second — registering gives …" say how long a task takes:
 *   no hold (the silence is waiting on the patron: pass).
 * - W4: "Would it help to narrow it down to one county?" before any source asks about the need (clarify pass) and asks nothing
 *   about information given (completeness fail when nothing else asks); "Would that help?" / "Did the guide help to narrow down your
 *   search?" after a source ask whether it met the need (completeness pass).
 *
 * COUNTS. Written: 38 cases, 19 for and 19 against (W5 / W31 2/3, W7 3/3, W16 2/2, W9 2/3, W17 2/3, W30 3/2, W32 2/2, W4 2/2), in one
 * batch, labels copied aside to /tmp/sixty-third-round-w-sixth-blind-checked-labels.ts before the first run. First run as labelled:
 * 35 of 38. Disagreeing: 3. Label corrections: 0 (each reread against RUBRIC's Referral and Hold message terms; the labels stand).
 * Final: 35 running, 3 LEFT (rubric v56 scored on each to tell "older" from "W caused"):
 * - referral.contact, expected fail / got na: "Mail the application and any supporting papers to the State Licensing Department."
 *   (W caused: v56 fail as labelled; v57 reads no referral when the second thing after "and any" has two words: "… and any papers
 *   to the State Licensing Department." still fails as labelled on v57).
 * - referral.contact, expected na / got fail: "If you ever mail your ballot to the wrong county office, they forward it." (a
 *   condition; older: v56 fail the same; "If you mail your ballot to …" without "ever" fails too on both).
 * - interest.keep_informed, expected pass / got fail: "Signing up takes one second — registering gives you a card number right away
 *   …" (no hold: how long a task takes; W32 reads "one second — <-ing word>" as a hold when the -ing word's verb is not "is / are /
 *   takes / means / can / will / works"; W caused: v56 pass as labelled).
 * ON the mends (before v57 landed): the two W-caused readings run ("Mail the application and any supporting papers to …" refers
 *   again: W31 is its own "bring / take … and any … to" alternative, which no longer cuts v7's "mail … to"; "Signing up takes one
 *   second — registering gives you …" is no hold), and the older "If you ever mail your ballot to the wrong county office, they
 *   forward it" (v7's "mail / send … to" not in a condition) with them: 38 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, noTransfer, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Lee, a librarian with Ask Us at Juniper Falls Library.';
const { said, done } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'northside' });
/** A greeting that asks nothing (for inquiry.clarify). */
const HI_PLAIN = 'Hi, Lee here, a librarian at Juniper Falls Library.';
const { asked } = nearMissLines(HI_PLAIN);

export const w5: SessionCase[] = [
  // ---- W5 / W31 for: v5's verb and a second thing after "and any / all", outside a condition
  c('W31 for: "Take the form and all your receipts to the county Assessor\'s Office, 200 Main St, Springfield, OR 97477."', said('how do i appeal my property tax value', 'It is done in person. Take the form and all your receipts to the county Assessor\'s Office, 200 Main St, Springfield, OR 97477.'), WITH_WAY),
  c('W31 for: "Mail the application and any supporting papers to the State Licensing Department."', said('how do i renew my cosmetology license', 'Paper renewals still work. Mail the application and any supporting papers to the State Licensing Department.'), NO_WAY),
  // ---- W5 / W31 against: a condition, "if you ever", "when you …, ask"
  c('W5 against: "If you bring the lease and any pay stubs to the Housing Authority office, expect about an hour wait." (condition)', said('is the housing authority busy on mondays', 'Very. If you bring the lease and any pay stubs to the Housing Authority office, expect about an hour wait.'), NONE),
  c('W5 against: "If you ever mail your ballot to the wrong county office, they forward it." (condition)', said('what happens if i send my absentee ballot to the wrong place', 'It still counts. If you ever mail your ballot to the wrong county office, they forward it.'), NONE),
  c('W5 against: "When you submit the forms and any photos to the Records office, ask for a receipt." (condition)', said('any tips on getting old building permits', 'One tip from our guide: when you submit the forms and any photos to the Records office, ask for a receipt.'), NONE),
];

export const w7: SessionCase[] = [
  // ---- W7 for: a thing taken or left at a station by its number
  c('W7 for: "Take your car seat to Fire Station 4, 90 Oak Ave, Dayton, OH 45402, for a free check."', said('where can i get my car seat checked', 'They do it on Saturdays. Take your car seat to Fire Station 4, 90 Oak Ave, Dayton, OH 45402, for a free check.'), WITH_WAY),
  c('W7 for: "take ur car seat to fire station 9, they check them free" (chat-speak)', said('who checks car seats', 'take ur car seat to fire station 9, they check them free'), NO_WAY),
  c('W7 for: "Drop the old flares at Fire Station 12; their number is (503) 555-0183."', said('how do i get rid of old road flares', 'Not in the trash! Drop the old flares at Fire Station 12; their number is (503) 555-0183.'), WITH_WAY),
  // ---- W7 against: a bus or road taken there, the provider's own act
  c('W7 against: "Take the 22 bus to Fire Station 5 and walk one block east." (travel)', said('how do i get to the northside branch', 'Easy. Take the 22 bus to Fire Station 5 and walk one block east.'), NONE),
  c('W7 against: "Take Route 9 to Police Station 3, then turn left; the museum is on the right." (travel)', said('where is the history museum', 'It is out past town. Take Route 9 to Police Station 3, then turn left; the museum is on the right.'), NONE),
  c('W7 against: "I\'ll drop the donated coats at Fire Station 2 on my way home." (own act)', said('did the coat drive coats go out', 'Not yet. I\'ll drop the donated coats at Fire Station 2 on my way home.'), NONE),
];

export const w16: SessionCase[] = [
  // ---- W16 for: the local chapter of the party just reached
  c('W16 for: "Call the Audubon Society at (212) 555-0148, or ask at your regional Audubon chapter."', said('who runs bird counts around here', 'There is a winter count. Call the Audubon Society at (212) 555-0148, or ask at your regional Audubon chapter.'), WITH_WAY),
  c('W16 for: "email the red cross at help@redcross.example.org or stop by ur nearest red cross chapter" (chat-speak)', said('where can i take a cpr class', 'email the red cross at help@redcross.example.org or stop by ur nearest red cross chapter'), WITH_WAY),
  // ---- W16 against: another organisation's chapter, a chapter with no contact at all (older)
  c('W16 against: "Call the Audubon Society at (212) 555-0148, or ask at your local Sierra Club chapter." (another party)', said('who leads nature hikes around here', 'A few groups do. Call the Audubon Society at (212) 555-0148, or ask at your local Sierra Club chapter.'), NO_WAY),
  c('W16 against: "Ask at your local Sierra Club chapter." (no contact, older)', said('who leads nature hikes around here', 'Lots of groups do. Ask at your local Sierra Club chapter.'), NO_WAY),
];

const DISM_FAIL = some({ dismissal: 'fail' });
const DISM_PASS = some({ dismissal: 'pass' });

export const w9: SessionCase[] = [
  // ---- W9 for: the provider's own minutes per patron ends the chat
  c('W9 for: "I can only spend fifteen minutes with each patron, so I have to stop here."', done('where do i find state tax forms', 'The forms are at tax.example.gov/forms. I can only spend fifteen minutes with each patron, so I have to stop here.', 'oh ok', 'Bye.'), DISM_FAIL),
  c('W9 for: "sorry, i can only give each person 10 mins, but we are over that now, so i need to close the chat" (a "but" that waives nothing)', done('how do i cite a youtube video in apa', 'the apa guide is at apastyle.example.org. sorry, i can only give each person 10 mins, but we are over that now, so i need to close the chat', 'wait what', 'Bye.'), DISM_FAIL),
  // ---- W9 against: waived, the computers' limit, another service's limit
  c('W9 against: "Usually I can only give each patron ten minutes, but it\'s a slow night, so take all the time you need."', done('can you help me with my resume', 'The template is at samplelibrary.org/resume. Usually I can only give each patron ten minutes, but it\'s a slow night, so take all the time you need.', 'great', 'Have a good one, bye!'), DISM_PASS),
  c('W9 against: "We can only give each patron 60 minutes on the public computers, so book two sessions."', done('can i use a computer all afternoon', 'We can only give each patron 60 minutes on the public computers, so book two sessions at samplelibrary.org/pc.', 'ok', 'Have a good one, bye!'), DISM_PASS),
  c('W9 against: "The tutoring center can only give each student 30 minutes; book at tutor.example.edu." (another\'s limit)', done('can i get essay help', 'The tutoring center can only give each student 30 minutes; book at tutor.example.edu.', 'ok', 'Have a good one, bye!'), DISM_PASS),
];

const COUR_PASS = some({ courteous: 'pass' });
const COUR_FAIL = some({ courteous: 'fail' });

export const w17: SessionCase[] = [
  // ---- W17 for: the patron, in plural or with family, invited back
  c('W17 for: "Hope yall come back for robotics night!" (chat-speak)', done('when is the teen robotics thing', 'Robotics night is the first Friday, 6 pm; the schedule is at samplelibrary.org/teens.', 'cool', 'Hope yall come back for robotics night!'), COUR_PASS),
  c('W17 for: "Hope you and your girls come back for Saturday story time!"', done('is there story time on weekends', 'Yes, Saturdays at 10; the calendar is at samplelibrary.org/events.', 'nice', 'Hope you and your girls come back for Saturday story time!'), COUR_PASS),
  // ---- W17 against: others who come back
  c('W17 against: "Leave it be. Its mother will come back for it after dark."', done('i found a baby deer alone in my yard', 'A fawn alone is usually fine; the state guide is at wildlife.example.gov/fawns.', 'ok', 'Leave it be. Its mother will come back for it after dark.'), COUR_FAIL),
  c('W17 against: "If she doesn\'t come back by morning, the rehab line is in the guide."', done('there is a duckling nest and the mom left', 'Mother ducks leave to feed; the state guide is at wildlife.example.gov/ducks.', 'ok', 'If she doesn\'t come back by morning, the rehab line is in the guide.'), COUR_FAIL),
  c('W17 against: "The parents will come back to feed them, so keep your distance."', done('baby birds on my porch', 'Fledglings often sit on the ground; the guide is at wildlife.example.gov/birds.', 'ok', 'The parents will come back to feed them, so keep your distance.'), COUR_FAIL),
];

const CLAR_PASS = some({ clarify: 'pass' });
const CLAR_FAIL = some({ clarify: 'fail' });

export const w30: SessionCase[] = [
  // ---- W30 for: the situation, then what the patron wants, restated
  c('W30 for: "So your landlord has raised the rent twice this year, and you want to know whether that is allowed."', asked('my landlord raised my rent twice this year, is that even legal', 'So your landlord has raised the rent twice this year, and you want to know whether that is allowed.', 'yes exactly', 'The state tenant handbook at tenants.example.gov/rent covers rent increases.'), CLAR_PASS),
  c('W30 for: "so ur car got towed from a store lot, and u need to find out which company has it" (chat-speak)', asked('my car got towed from the grocery lot and i dont know where it is', 'so ur car got towed from a store lot, and u need to find out which company has it', 'ya', 'The city tow lookup at towed.example.gov lists every tow by plate.'), CLAR_PASS),
  c('W30 for: "So your child is starting kindergarten this fall, and you are looking for picture books about the first day."', asked('my kid starts kindergarten in the fall, any good books', 'So your child is starting kindergarten this fall, and you are looking for picture books about the first day.', 'yes', 'Try "The Kissing Hand" in our catalogue at samplelibrary.org/catalog.'), CLAR_PASS),
  // ---- W30 against: news and an instruction
  c('W30 against: "So your hold has come in, and you need your library card to pick it up." (needed to do something)', asked('is my hold in yet', 'So your hold has come in, and you need your library card to pick it up.', 'ok', 'Card help is at samplelibrary.org/cards.'), CLAR_FAIL),
  c('W30 against: "So your fines were cleared this morning, and you\'re looking good to check out again." (news)', asked('did my fine get paid', 'So your fines were cleared this morning, and you\'re looking good to check out again.', 'ok', 'Your account is at samplelibrary.org/account.'), CLAR_FAIL),
];

const INF_FAIL = some({ informed: 'fail' });
const INF_PASS = some({ informed: 'pass' });

export const w32: SessionCase[] = [
  // ---- W32 for: "one sec" and what the provider is doing
  c('W32 for: "One sec — checking the calendar for Saturday."', noTransfer('is there anything for kids on saturday', 'One sec — checking the calendar for Saturday.'), INF_FAIL),
  c('W32 for: "one sec - looking up the branch hours now" (chat-speak)', noTransfer('when does the branch close on sunday', 'one sec - looking up the branch hours now'), INF_FAIL),
  // ---- W32 against: how long a task takes, the -ing word the subject
  c('W32 against: "It only takes one sec — renewing is under My Account at samplelibrary.org."', noTransfer('how do i renew my books', 'It only takes one sec — renewing is under My Account at samplelibrary.org.'), INF_PASS),
  c('W32 against: "Signing up takes one second — registering gives you a card number right away."', noTransfer('how do i get an e-card', 'Signing up takes one second — registering gives you a card number right away at samplelibrary.org/join.'), INF_PASS),
];

export const w4: SessionCase[] = [
  // ---- W4 for: whether to narrow or start on one thing, before any source
  c('W4 for: "Would it help to narrow it down to one county?"', asked('i need census records for my great grandfather in ohio', 'Would it help to narrow it down to one county?', 'yes, hamilton county', 'Hamilton County censuses are on FamilySearch; our free access is at samplelibrary.org/fs.'), some({ clarify: 'pass', complete: 'fail' })),
  c('W4 for: "would it help to start with just the 1880 census?" (chat-speak)', asked('looking for my family in old census records', 'would it help to start with just the 1880 census?', 'sure', 'The 1880 census is in HeritageQuest at samplelibrary.org/hq.'), some({ clarify: 'pass', complete: 'fail' })),
  // ---- W4 against: whether what was given helped
  c('W4 against: "Ohio censuses are on FamilySearch at familysearch.org. Would that help?"', asked('i need census records for my great grandfather in ohio', 'Ohio censuses are on FamilySearch at familysearch.org. Would that help?', 'yes', 'Our free access is at samplelibrary.org/fs too.'), some({ clarify: 'fail', complete: 'pass' })),
  c('W4 against: "The county guide at samplelibrary.org/ohio covers each census. Did the guide help to narrow down your search?"', asked('where do i start with ohio family history', 'The county guide at samplelibrary.org/ohio covers each census.', 'i read it', 'Did the guide help to narrow down your search?'), some({ clarify: 'fail', complete: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('sixty-third round: block W checked blind a sixth time, both ways', () => {
  for (const [t, cs] of [['W5 / W31', w5], ['W7', w7], ['W16', w16], ['W9', w9], ['W17', w17], ['W30', w30], ['W32', w32], ['W4', w4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
