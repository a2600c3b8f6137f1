/**
 * Forty-third round, CONSUMER HEALTH AND MEDICAL LIBRARIES, checked: 35 whole sessions of a public library's "ask a
 * librarian" chat (Harbor County, Fenwick) and of a hospital's consumer health library (St. Brigid Health Information Center
 * / Family Health Library) on the same cooperative service. Patrons ask about conditions (Hashimoto's, hEDS in pregnancy, an
 * A1C result, kidney disease stage 3b, IBS, long COVID, a head bump, flu or COVID in a child, a late-talking toddler),
 * medications (a possible Tylenol PM + Zoloft double dose, heart pills, Eliquis prices), insurance (Medicare Part D, Medicaid
 * doctors, hearing aids, SSDI appeals), caregiving (a spouse with Alzheimer's, hospice vs palliative care, nursing-home
 * inspections, a mother's diabetes in Spanish), mental health (a patron in distress, a depressed uninsured teen, a brother in a
 * bipolar episode) and disability services (talking books, an ASL interpreter, a parking placard). Providers who may not give
 * medical advice refer to doctors, pharmacists, Poison Control, 988, 911, NAMI, SHIP, county offices and the hospital's own
 * centres, with and without contacts, and give MedlinePlus-style sources; distressed patrons are handled kindly. Every one
 * of the 17 checks labelled in every session before it was run.
 *
 * SHAPES TRIED:
 *  opening: a queue system message and a 74 s pickup; `pickedUpAt` 45 s with the first message at 190 s; a greeting that is
 *   only "Thanks for contacting the Health Information Center at St. Brigid!"; "I'm one of the librarians here at …" (no
 *   name); "Hi there!" + a question (no one named); greeting + "let me look into that" in one message;
 *  inquiry: questions about format, age, county, insurance, safety ("are you safe right now?", "Is anyone in danger right
 *   now?", "are you feeling okay right now?"); a restatement ("So you'd like to know whether …"); no question at all;
 *  waits: holds answered after 98-108 s and after exactly 120 s (pass); "Searching PubMed now…" answered after 150 s with a
 *   patron "?" inside the wait; an internal note to colleagues inside a 155 s wait; a transfer with no word to the patron and
 *   155 s to the receiver; a partial result that says the search goes on (a hold); "Take your time reading through those"
 *   (no hold) then 212 s of patron absence; a greeting followed by 125 s before the answer (a wait on the patron by the
 *   Terms); the patron's "that's all I needed. Thanks!" answered 152 s later; the patron's thanks as the last message with
 *   the session open 200 s more;
 *  sources: MedlinePlus pages, CDC, NIA, NIDDK, NKF, FDA, Care Compare, PubMed Central, patient societies, books, the
 *   catalogue; the GoodRx app and a drug maker's assistance programme named without a way to reach them; Spanish MedlinePlus;
 *  completeness: "Are those the sort of thing you were after?", "Does that give you what you need for tonight?", "Will that
 *   get you started?", "Does that cover it?", "Would that work for you?", "Does what I sent so far help in the meantime?",
 *   "Is that the kind of week-by-week info you wanted?", "¿Le sirve esta información?"; none (follow-up sessions);
 *  closing: patron's "thats all i needed", "that's everything", "nothing else, thanks", "no, that covers it", "Es todo";
 *   "thanks"/"ok ty" alone; a question limit ("We only do three questions per chat, so I'm going to have to stop here."); other
 *   patrons waiting with an invitation back (allowed); goodbyes "Have a nice day.", "Take care!", "Please reach back out
 *   anytime.", "have a good one!";
 *  endings: check-in + a notice that is also the goodbye (final idle 256 s); only "I'll close this chat now. Thank you for
 *   contacting us." after 270 s; a final idle of exactly 120 s closed by a goodbye, no check-in; a check-in and then nothing
 *   (no notice, no goodbye);
 *  follow-ups: a literature search by e-mail read back "by end of day Thursday" (done 40 h); an e-mail list with no time
 *   (pending); a call-back with the patron's phone and "tomorrow morning" coded Answered (done 20 h); by the patron's library
 *   with the e-mail only in `patron.email` (done 80 h); booklets mailed and a call "by Friday" to a phone given in the chat
 *   (done 75 h);
 *  codes: a true Lost Call; Lost Call with two patron messages and no provider; Practice; an empty code; no codes at all;
 *  referrals: Poison Control 1-800-222-1222 + 911 + "please ask your pharmacist"; call or text 988 + 988lifeline.org;
 *   "call 1-800-MEDICARE" (a vanity number) + SHIP with digits; "the member services number on the back of your insurance
 *   card"; the Alzheimer's Association helpline + "call our Neuroscience Center at …"; Legal Aid by phone; a county crisis
 *   line, 911 and NAMI's HelpLine; "Ask your doctor to fill out and sign …" beside the MVA's postal address; "call his
 *   doctor's office" + "the nearest emergency room"; "call her pediatrician's office or your insurance plan's nurse line";
 *   "Your doctor is the one to tell you …, so bring your questions to your next appointment"; "You can request an interpreter
 *   from their Accessibility Services office at <e-mail>"; "call the center's educator, Lisa Chen, at <phone>"; the hospital
 *   library's own Family Corner, "you're welcome to come borrow them: … 2200 Harbor Road";
 *  transfers: public library to the hospital's health librarian with notice and note (pass), with a note only (fail);
 *  concurrency: four chats at once (fail); sessions ending at this one's start and starting at its end (pass); the
 *   receiving provider busy only before she took the transfer (pass).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - "ask your pharmacist", "call his doctor's office", "Ask your doctor to fill out and sign …", "bring your questions to your
 *   next appointment" (with "Your doctor is the one to tell you …") tell the patron to ask a person outside the chat: a
 *   referral, failing without a way to reach them; "call the member services number on the back of your insurance card"
 *   gives no number in the chat: no way to reach them given (fail);
 * - "1-800-MEDICARE", "call or text 988" and "call 911" are phone numbers;
 * - "You can request an interpreter from their Accessibility Services office at <e-mail>" tells the patron to write to
 *   the office (a referral, here with an e-mail); "you're welcome to come borrow them: we're on the ground floor …, <street
 *   address>" tells the patron to visit the provider's own library (a referral, with a postal address); "call the center's
 *   educator, Lisa Chen, at <phone>" refers to a named specialist;
 * - "the drug maker runs a patient assistance program" and "Some Lions Clubs also help …" inform, they do not direct: no
 *   referral; the GoodRx app named alone is no source (RUBRIC: an app named without a way to reach it);
 * - a pickup recorded in `pickedUpAt` starts keep_informed: the 145 s from it to the first provider message is a wait on the
 *   provider after pickup (fail); a greeting is no hold, so the 125 s after it (H05) is a wait on the patron (pass);
 * - "Are you still with me?" is a check-in; "I'll close this chat now." announces the end without any disconnect (no notice);
 * - "Have a nice day.", "have a good one!", "Take care!", "Bye now." are goodbyes; "Please reach back out anytime." invites back;
 * - "Does that cover it?", "Would that work for you?", "Will that get you started?" ask whether what was given meets the need;
 *   "Would it help to reach out to them now …?" and "would you like that?" (offers) do not;
 * - "Es todo" ("that's all") says the patron is done; "ok ty", "yes thank you very much" do not;
 * - in H30 the final idle starts at the greeting (the first non-hold provider message after the patron's only message) and
 *   runs to `endedAt` (248 s): the check-in passes, the missing notice fails.
 *
 * COUNTS. Written: 35 whole sessions, all 17 checks labelled in each before the first run (the labels as first written are
 * unchanged). First run as labelled / disagreeing: 26 / 9. Label corrections: 0. Final: 26 running, 9 LEFT (LEFT_WHY below):
 * referral.contact 5 (H10, H14, H32, H35 read as no referral; H24 a doctor with no contact passed on the MVA's address),
 * followup.completeness 2 (H09, H11), closing.courteous 1 (H22), closing.anything_else 1 (H02). Every timing check (pickup,
 * keep_informed, idle, disconnect, concurrency, on_time) and every follow-up, code and transfer label scored as labelled. The
 * redaction equality of describeSessions holds for every running case (patron e-mails and phones in the chat and in
 * `patron.email`, a street address).
 *
 * FINAL RUN (`--project scoring`, this file only): 35 tests passed (9 through describeLeft).
 *
 * V44 (after this file was written, v44's fourth wave): 2 of the 9 LEFT cases read as labelled now and run with the others:
 * H02 ("Before anything else — are you feeling okay right now?" asks no "anything else", J27) and H22 ("Please reach back out
 * anytime." invites the patron back, J26). Final under v44: 28 running, 7 LEFT.
 *
 * RUBRIC v46 (block L) reads 1 of the LEFT cases (H09: "Does what I sent so far help in the meantime?", L3) as labelled; they
 * run with the others.
 * ON v55 (block U): H10's "You can request an interpreter from their Accessibility Services office at …" (U6) reads as labelled and
 *   runs.
 * ON v71 AS LANDED (block AK): H35 reads as labelled and runs ("call the center's educator, Lisa Chen, at 410-…": AK2, the name set
 *   off by commas before "at <phone>" is the party called).
 */
import { describe } from 'vitest';
import { ALL_NA, all, at, DAY, describeLeft, describeSessions, FU_LIB, FU_ME, type Line, other, type SessionCase, T0, usual } from './helpers';
import { type Prov, as, session, xfer, left } from './provider-lines';

const HOUR = 3600;
const queue = (sec: number, n = 1): Line => [sec, 's', `You are number ${n} in line. Please stay on this page.`];

// a hospital's consumer health library
const MAEVE: Prov = { id: 'maeve', name: 'Maeve O.', library: 'SBMC' };
const NADIA: Prov = { id: 'nadia', name: 'Nadia Farouk', library: 'SBMC' };
const KAY: Prov = { id: 'kay', name: 'Kay (SBMC)', library: 'SBMC' };
// public libraries' chat
const TOBIAS: Prov = { id: 'tobias', name: 'Tobias', library: 'HARB' };
const GRANT: Prov = { id: 'grant', name: 'Grant K.', library: 'HARB' };
const WREN: Prov = { id: 'wren', name: 'Wren', library: 'FEN' };
const OTIS: Prov = { id: 'otis', name: 'Otis', library: 'FEN' };
const DANA: Prov = { id: 'dana', name: 'Dana P', library: 'FEN' };
const LUZ: Prov = { id: 'luz', name: 'Luz', library: 'FEN' };

const s = session;

export const cases: SessionCase[] = [
  // H01 by the book: question on format, a hold of 108 s, MedlinePlus + a patient-society page + a book, patron says she is done
  s(MAEVE, 'H01 Hashimoto\'s in plain words: online or book? hold 108 s, MedlinePlus + thyroid.org + a book, "thats all i needed"', [
    [0, 'p', "Hi. I was just told I have Hashimoto's and my thyroid is underactive. The endocrinologist talked really fast. Is there something I can read that explains it simply?"],
    [3, 's', 'Waiting for a librarian…'],
    [26, 'l', "Good afternoon and welcome to the Health Information Center at St. Brigid Medical Center. I'm Maeve, one of the consumer health librarians."],
    [34, 'l', "I'm sorry the appointment felt rushed, that happens a lot. Would you like something to read online tonight, or would a book be better?"],
    [81, 'p', 'both honestly. online first'],
    [88, 'l', 'Okay! Give me a minute to pull together a couple of good ones.'],
    [196, 'l', "For online, MedlinePlus has an easy-to-read page on Hashimoto's disease: medlineplus.gov/hashimotosdisease.html. The American Thyroid Association's patient brochures are at thyroid.org/patient-thyroid-information."],
    [203, 'l', 'For a book, "The Thyroid Sourcebook" by M. Sara Rosenthal is written for patients, and most public libraries carry it.'],
    [210, 'l', 'Are those the sort of thing you were after?'],
    [262, 'p', 'yes this is great. thats all i needed, thank you so much'],
    [270, 'l', "You're very welcome. Take good care, and thanks for contacting the Health Information Center."],
  ], usual()),

  // H02 possible double dose: Poison Control and 911 with numbers, but "ask your pharmacist" with none
  s(TOBIAS, 'H02 Tylenol PM after Zoloft: "are you feeling okay?", Poison Control 1-800-222-1222 + 911, "please ask your pharmacist" (no contact)', [
    [0, 'p', 'ok this is prob dumb but i took 2 tylenol pm and then remembered i took my zoloft this morning. is that bad??'],
    [19, 'l', "Hi, this is Tobias, a librarian with Harbor County Public Library's Ask Us chat. Not dumb at all."],
    [27, 'l', 'Before anything else — are you feeling okay right now? Any dizziness, racing heart, confusion?'],
    [58, 'p', 'little sleepy but thats the tylenol pm i think'],
    [70, 'l', "I can't give medical advice, but Poison Control can tell you right now whether that combination is a concern, free and 24/7: call 1-800-222-1222. If you get confused, very drowsy, or your heart starts racing, call 911."],
    [76, 'l', 'For the longer term, please ask your pharmacist about taking those two together.'],
    [84, 'l', 'Does that help?'],
    [140, 'p', 'yeah ill call them. thanks'],
    [147, 'l', 'Good. Take care of yourself tonight, and feel free to chat with us again anytime.'],
  ], usual({ anything: 'fail', referral: 'fail' })),

  // H03 a patron in distress late at night: 988 by call, text or chat; kind handling; everything asked
  s(WREN, 'H03 distressed patron (therapist away): "are you safe right now?", call or text 988 + 988lifeline.org, 911; "Does that give you what you need for tonight?"', [
    [0, 'p', 'is there anyone i can talk to. not about books. i just feel like i cant keep doing this'],
    [31, 'l', "Hi, I'm Wren, a librarian at Fenwick Public Library. I'm really glad you reached out, and I'm here."],
    [40, 'l', 'Can I ask — are you thinking about hurting yourself, or are you safe right now?'],
    [95, 'p', 'i dont know. i wouldnt do anything tonight i dont think. my therapist is away til the 20th'],
    [104, 'l', "Thank you for telling me. You can talk with someone trained for exactly this, at any hour: call or text 988 (the 988 Suicide & Crisis Lifeline), or chat with them at 988lifeline.org. It's free and confidential."],
    [112, 'l', 'If you ever feel you might act on it, please call 911.'],
    [120, 'l', 'Would it help to reach out to them now while I stay here on the chat?'],
    [190, 'p', 'maybe text. i dont like phones'],
    [198, 'l', 'Texting works just the same: text 988 and a counselor writes back. Does that give you what you need for tonight?'],
    [260, 'p', 'yeah. ok. im going to text them. thank you for not being weird about it'],
    [268, 'l', 'Of course. Is there anything else I can do for you right now?'],
    [300, 'p', 'no thats all'],
    [306, 'l', 'Please take care of yourself. Thank you for reaching out, and you can chat with us any time.'],
  ], usual({ referral: 'pass' })),

  // H04 slow pickup (74 s) from the queue; 1-800-MEDICARE (a vanity number) and SHIP with digits
  s(GRANT, 'H04 Medicare Part D for mom: pickup 74 s, restates + asks, hold 105 s, Plan Finder, "call 1-800-MEDICARE", SHIP 1-800-243-3425', [
    [0, 'p', 'my mother turns 65 in june and I am totally lost on the medicare drug plan thing. where do I even start'],
    [2, 's', 'All librarians are currently helping other patrons. Please stay in the queue.'],
    [74, 'l', 'Hello, and sorry about the wait! Grant here, reference librarian at Harbor County Public Library.'],
    [83, 'l', "So you're helping your mom pick a Part D drug plan for when she turns 65 — is she already signed up for Medicare Parts A and B, or is that coming up too?"],
    [150, 'p', 'not yet, she gets social security tho. she takes like 7 meds'],
    [160, 'l', 'Ok, let me find the best starting points for you, one moment.'],
    [265, 'l', "Medicare's Plan Finder at medicare.gov/plan-compare lets you type in all seven of her prescriptions and compares what each Part D plan would cost her. You can also call 1-800-MEDICARE and they'll walk you through it on the phone."],
    [272, 'l', 'The best free help in Maryland is the State Health Insurance Assistance Program (SHIP): their counselors do one-on-one Medicare appointments. Call them at 1-800-243-3425.'],
    [280, 'l', 'Does this give you a good place to start?'],
    [340, 'p', 'yes!! that plan finder is exactly what i needed. thats everything, thank you'],
    [347, 'l', 'Glad to hear it. Good luck to you and your mom, and thanks for chatting!'],
  ], usual({ pickup: 'fail', referral: 'pass' })),

  // H05 no question; "call the member services number on the back of your insurance card" (no number given);
  // the greeting is followed by 125 s of nothing: by the Terms a wait on the PATRON (a non-hold provider message)
  s(OTIS, 'H05 Medicaid dermatologist: greeting then 125 s (wait on the patron), provider search URL, "call the member services number on the back of your card"', [
    [0, 'p', 'Hello, how do I find a skin doctor that takes medicaid? I live in Fenwick'],
    [45, 'l', 'Hi! Otis with Ask a Librarian at Fenwick Public Library.'],
    [170, 'l', 'Maryland Medicaid\'s provider search is at health.maryland.gov/mmcp — choose "Find a Provider", pick Dermatology, and enter your ZIP code. Since each HealthChoice plan has its own list of doctors, you should also call the member services number on the back of your insurance card to check that the dermatologist is in your plan.'],
    [178, 'l', 'Is that what you needed?'],
    [240, 'p', 'ok I will try that'],
    [246, 'l', 'Good luck! Have a nice day.'],
  ], usual({ clarify: 'fail', anything: 'fail', referral: 'fail' })),

  // H06 caregiver goes quiet after the answer: check-in at 365, notice + invitation back at 470 (final idle 214-470 = 256 s)
  s(NADIA, 'H06 spouse with Alzheimer\'s: support groups with two phones; patron quiet; "Are you still there?" then notice + goodbye', [
    [0, 'p', "My husband has Alzheimer's and I'm having a hard time. Are there support groups for spouses?"],
    [22, 'l', "Hello, and thank you for writing to us. I'm Nadia, a librarian at the St. Brigid Family Health Library."],
    [30, 'l', "I'm so sorry — caring for a spouse is really hard. Are you hoping for a group that meets in person near you, or would an online or phone group work?"],
    [110, 'p', "in person if possible. we're in Harbor County"],
    [116, 'l', 'Let me see what is meeting near you. Just a moment.'],
    [214, 'l', "The Alzheimer's Association runs free caregiver support groups; their 24/7 Helpline at 800-272-3900 can tell you which ones meet in Harbor County, and you can search groups by ZIP at alz.org/events. Our hospital also hosts a Memory Care Caregivers group the 2nd Tuesday of each month; call our Neuroscience Center at 410-555-0188 to sign up."],
    [220, 'l', 'Do those sound like what you were looking for?'],
    [365, 'l', 'Are you still there? No rush at all.'],
    [470, 'l', "I haven't heard back, so it seems we've been disconnected. I'm going to close this chat now, but please come back anytime — we're here weekdays 8 to 6."],
  ], usual({ anything: 'fail', idle: 'pass', disconnect: 'pass', referral: 'pass' })),

  // H07 a literature search by e-mail, e-mail read back, "by end of day Thursday", done in 40 h
  s(MAEVE, 'H07 hEDS and pregnancy: clarifies, hold 107 s, literature search promised by e-mail "by end of day Thursday", done in 40 h', [
    [0, 'p', "hi, my daughter (19) has hypermobile EDS and is pregnant. her OB hasn't seen many cases. is there any research on pregnancy with hEDS?"],
    [40, 'l', 'Hi there, this is Maeve at the St. Brigid Health Information Center. Congratulations to your daughter, and what a good question to be asking.'],
    [47, 'l', 'Just so I search the right thing: is she mostly worried about the pregnancy itself, about delivery and anesthesia, or about after the birth?'],
    [130, 'p', 'delivery mostly. she was told epidurals might not work as well?'],
    [138, 'l', 'Okay. That is a real research question, so I want to do a proper search of the medical literature rather than rush it. Let me check whether anything turns up quickly first.'],
    [245, 'l', "Yes, there are several case series and a 2021 review on exactly that. I'd like to pull the full texts and send you a short list with plain-language summaries. What's the best email to reach you?"],
    [300, 'p', 'lhernandez.home@gmail.com'],
    [308, 'l', "Got it: lhernandez.home@gmail.com. You'll have the articles from me by end of day Thursday. In the meantime, the Ehlers-Danlos Society has a pregnancy page for patients at ehlers-danlos.com/pregnancy."],
    [315, 'l', 'Anything else I can look into for you or your daughter?'],
    [350, 'p', "no that's it, thank you!!"],
    [356, 'l', 'My pleasure. Thank you for contacting us, and best wishes to your daughter.'],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'pass' }), { ...FU_ME, followUps: [{ doneAt: at(40 * HOUR) }] }, { now: T0 + 5 * DAY }),

  // H08 follow-up by e-mail with no time said; Talking Books referral with URL and phone
  s(GRANT, 'H08 macular degeneration: large print list promised by e-mail (given, read back) with no time; talking books library with URL + phone', [
    [0, 'p', 'Good morning. My eyes are getting bad from macular degeneration. Does the library have books I can still read?'],
    [28, 'l', "Good morning! This is Grant, a librarian at Harbor County Public Library. I'm happy to help with that."],
    [36, 'l', 'Do you find large print still works for you, or would audiobooks be easier now?'],
    [140, 'p', 'Large print for now. But my daughter says I should look into the talking books too.'],
    [150, 'l', 'Both are good ideas. For talking books, the Maryland Library for the Blind and Print Disabled mails players and audiobooks free of charge. You can apply at mdlbph.org or call them at 1-800-965-7902.'],
    [158, 'l', 'For large print, we have a lot. I can put together a list of new large-print mysteries and e-mail it to you — would you like that? What is your email?'],
    [230, 'p', 'Yes please. It is ruth.abney44@aol.com'],
    [238, 'l', "Thank you. I'll send the list to ruth.abney44@aol.com."],
    [245, 'l', 'Is there anything else I can help with?'],
    [290, 'p', 'No, that is all. You have been very kind.'],
    [296, 'l', 'Thank you for chatting with us. Enjoy your reading!'],
  ], usual({ complete: 'fail', referral: 'pass', contact: 'fail', onTime: 'pending' }), FU_ME),

  // H09 a call-back promised with phone and "tomorrow morning", coded Answered; done in 20 h
  s(DANA, 'H09 free counseling for a depressed teen: holds 108 + 100 s, county office + MCHP, call-back promised (phone, "tomorrow morning") coded Answered', [
    [0, 'p', 'hi my son is 15 and really depressed, we dont have insurance right now. is there any counseling that is free or cheap'],
    [33, 'l', "Hi, I'm Dana, a librarian at Fenwick Public Library. I'm sorry your family is going through this, and I'm glad you're looking for help for him."],
    [41, 'l', 'Which county do you live in? Most of the low-cost options are run county by county.'],
    [75, 'p', 'fenwick county'],
    [82, 'l', 'Thanks. Give me a couple of minutes to look.'],
    [190, 'l', "Still checking — the county's list of sliding-scale clinics is split across a few pages."],
    [290, 'l', "Here's what I have so far: the Fenwick County Behavioral Health Services office connects families to free and sliding-scale counseling; call them at 410-555-0140. Maryland's health program for kids (MCHP) may also cover him even if you're working: apply at marylandhealthconnection.gov."],
    [298, 'l', "I'd like to double-check which of the clinics take teens and have openings now, and call you back with that. Would a phone call be okay?"],
    [340, 'p', 'yes 410-555-0199. thank u'],
    [348, 'l', "Great, I'll call you at 410-555-0199 tomorrow morning with the clinic list."],
    [355, 'l', 'Does what I sent so far help in the meantime?'],
    [400, 'p', 'yes it does'],
    [406, 'l', 'Is there anything else I can do for you today?'],
    [440, 'p', 'no thats all, thank you'],
    [446, 'l', 'Take care of yourself and your son. Thanks for reaching out.'],
  ], usual({ code: 'fail', contact: 'pass', onTime: 'pass', referral: 'pass' }), { resolutionCode: 'Answered', followUps: [{ doneAt: at(20 * HOUR) }] }),

  // H10 by the patron's library, the e-mail only in patron.email (never said), "within 3 days"; done after 80 h
  s(OTIS, 'H10 ASL interpreter at another county\'s library: accessibility office e-mail, follow-up by the patron\'s library, e-mail never mentioned, done at 80 h', [
    [0, 'p', 'I am Deaf and want to attend an author talk at my library next month. Can I get an ASL interpreter?'],
    [38, 'l', 'Hello! My name is Otis and I am a librarian with the Ask a Librarian service at Fenwick Public Library.'],
    [47, 'l', 'Which library system is the author talk at? Each system arranges interpreters itself.'],
    [112, 'p', 'Calder County, the Ridgeway branch'],
    [120, 'l', 'Calder County Public Library asks for accommodation requests at least two weeks before the event. You can request an interpreter from their Accessibility Services office at access@calderlibrary.org.'],
    [128, 'l', "I'll also pass your question to the Ridgeway branch so someone there can confirm the interpreter with you directly. Someone from Calder County Public Library will contact you within 3 days."],
    [135, 'l', 'Does that help for now?'],
    [180, 'p', 'Yes. Thank you.'],
    [186, 'l', 'Thank you for using Ask a Librarian. Goodbye!'],
  ], usual({ anything: 'fail', referral: 'pass', contact: 'fail', onTime: 'fail' }), {
    ...FU_LIB, patron: { name: null, email: 'kmoreau.deaf@gmail.com', phone: null }, followUps: [{ doneAt: at(80 * HOUR) }],
  }, { now: T0 + 6 * DAY }),

  // H11 a transfer to the hospital's health librarian with notice and note; Nadia busy only before she took it
  s(TOBIAS, 'H11 knee replacement recovery: transfer to the hospital librarian with notice + note; receiver at 3 other chats only before 78 s', [
    [0, 'p', 'getting a knee replacement at st brigid in april. want to know what recovery is like, week by week if possible'],
    [24, 'l', 'Hi! Tobias here, librarian at Harbor County Public Library. Is the surgery a total knee replacement or a partial?'],
    [60, 'p', 'total, left knee'],
    [70, 'l', "St. Brigid's own health librarian is on the chat service right now and knows their patient materials well, so I'm going to transfer you to her. One moment, please."],
    [74, 'i', 'Nadia, could you take this one? Patient having a total knee at St. Brigid in April, wants week-by-week recovery info. Thought your patient ed materials would be best.'],
    xfer(78, 'Nadia Farouk', 'nadia'),
    [112, 'l', "Hi, I'm Nadia from the St. Brigid Family Health Library. Thanks for waiting!", as(NADIA)],
    [170, 'l', "Our orthopedics team's Total Joint Replacement guide walks through recovery week by week: it's at stbrigid.org/joint-guide (PDF). MedlinePlus also has a clear overview at medlineplus.gov/ency/article/002974.htm.", as(NADIA)],
    [176, 'l', 'Is that the kind of week-by-week info you wanted?', as(NADIA)],
    [240, 'p', "yes the pdf is perfect. thanks so much, that's all"],
    [246, 'l', 'Wonderful. Good luck with the surgery, and thank you for chatting!', as(NADIA)],
  ], usual({ transfer: 'pass' }), {}, {
    otherIntervals: [
      other('t1', 'tobias', -100, 900), other('t2', 'tobias', 50, 600),
      other('n1', 'nadia', -500, 60), other('n2', 'nadia', -300, 70), other('n3', 'nadia', -200, 77), other('n4', 'nadia', 90, 800),
    ],
  }),

  // H12 a transfer with a note but no word to the patron; the receiver writes 155 s after the patron's message
  s(GRANT, 'H12 hospice vs palliative: internal note + transfer, no notice to the patron, receiver 155 s after the patron', [
    [0, 'p', "What is the difference between hospice and palliative care? My dad's doctor brought it up and I didn't want to ask"],
    [30, 'l', 'Hello, Grant with Harbor County Public Library here.'],
    [38, 'l', "That's a hard conversation to have. Are you looking for a plain explanation, or also for how to find hospice providers near your dad?"],
    [95, 'p', 'just an explanation for now. and maybe what questions to ask'],
    [104, 'i', 'Maeve — end-of-life care question (hospice vs palliative, what to ask the doctor). You know the materials on this better than I do, sending over.'],
    xfer(109, 'Maeve O.', 'maeve'),
    [250, 'l', 'Hi, this is Maeve, a consumer health librarian at St. Brigid Medical Center. Grant passed your question to me — sorry for the wait.', as(MAEVE)],
    [258, 'l', 'In short, palliative care is comfort-focused care you can get at any stage of a serious illness, alongside treatment; hospice is palliative care for when treatment to cure has stopped and life expectancy is about six months or less. The National Institute on Aging explains both, with a list of questions to ask the doctor: nia.nih.gov/health/hospice-and-end-life-care.', as(MAEVE)],
    [266, 'l', 'Did that help?', as(MAEVE)],
    [330, 'p', "it did. thank you. that's everything"],
    [336, 'l', "I'm glad. Thinking of you and your dad. Thanks for reaching out.", as(MAEVE)],
  ], usual({ informed: 'fail', transfer: 'fail' })),

  // H13 four chats open at once
  s(WREN, 'H13 adult ADHD books (chat-speak provider): two titles in the catalog + chadd.org; Wren at 4 chats from 100 to 251 s', [
    [0, 'p', 'do u have books about adhd in adults? i think i might have it (f, 34)'],
    [15, 'l', 'Hi! Wren at Fenwick Public Library 😊'],
    [20, 'l', 'Are you looking for something to help you figure out if it fits, or more for living with it once diagnosed?'],
    [70, 'p', 'figuring out if it fits i guess. and then what to do about it'],
    [130, 'l', 'Two I\'d start with: "A Radical Guide for Women with ADHD" by Sari Solden and Michelle Frank, and "Your Brain\'s Not Broken" by Tamara Rosier — both in our catalog at fenwicklibrary.org (search the title, then Place Hold). For what to do next, CHADD\'s adult ADHD pages at chadd.org cover how to get evaluated.'],
    [136, 'l', 'do those look useful?'],
    [200, 'p', 'yes placed holds on both!! thanks'],
    [215, 'l', 'yay! anything else today?'],
    [240, 'p', 'nope thats it'],
    [246, 'l', 'Happy reading, bye!'],
  ], usual({ concurrency: 'fail' }), {}, {
    otherIntervals: [other('w1', 'wren', -400, 300), other('w2', 'wren', -100, 500), other('w3', 'wren', 100, 900)],
  }),

  // H14 a hold answered exactly 120 s later; "bring your questions to your next appointment" with the doctor; concurrency edges
  s(WREN, 'H14 A1C of 7.2: hold answered after exactly 120 s, "Your doctor is the one to tell you … bring your questions to your next appointment"; sessions touching the ends', [
    [0, 'p', 'my A1C came back 7.2. what does that mean, is that diabetes?'],
    [20, 'l', "Hi, I'm Wren, a librarian at Fenwick Public Library. I can't interpret your results, but I can find you reliable information about what the numbers mean."],
    [28, 'l', 'Would you like general info on the A1C test, or information on prediabetes and diabetes too?'],
    [64, 'p', 'both please'],
    [70, 'l', 'Okay, one moment while I find good pages.'],
    [190, 'l', "MedlinePlus explains the A1C test and its ranges here: medlineplus.gov/lab-tests/hemoglobin-a1c-hba1c-test. The CDC's diabetes basics, including what a diagnosis means, are at cdc.gov/diabetes. Your doctor is the one to tell you what your number means for you, so bring your questions to your next appointment."],
    [196, 'l', 'Does that answer your question?'],
    [230, 'p', 'yes thanks, that is all'],
    [236, 'l', "You're welcome! Take care."],
  ], usual({ referral: 'fail' }), {}, {
    otherIntervals: [other('w4', 'wren', -300, 0), other('w5', 'wren', -200, 500), other('w6', 'wren', 50, 600), other('w7', 'wren', 241, 900)],
  }),

  // H15 a true Lost Call: greeting + hold, the patron leaves, an invitation back
  s(DANA, 'H15 free flu shot: greeting with "let me look into that", patron leaves at 95 s, invitation back: Lost Call', [
    [0, 'p', 'where can i get a free flu shot'],
    queue(3, 2),
    [50, 'l', 'Hi there, Dana at Fenwick Public Library — let me look into that for you.'],
    left(95),
    [110, 'l', "Looks like you've stepped away. If you still need a flu shot location, come back and chat with us anytime!"],
  ], all({
    pickup: 'pass', greeting: 'pass', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'pass',
    courteous: 'pass', idle: 'na', disconnect: 'na', concurrency: 'pass', code: 'pass', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // H16 a question limit
  s(GRANT, 'H16 mom\'s heart pills: metoprolol page, then "We only do three questions per chat, so I\'m going to have to stop here." + "Bye."', [
    [0, 'p', 'hi i have some questions about my moms pills. what is metoprolol for'],
    [22, 'l', 'Hello, Grant from Harbor County Public Library here.'],
    [30, 'l', "I can't advise on her treatment, but I can find drug information. Is she taking metoprolol tartrate or succinate (the extended-release kind)?"],
    [75, 'p', 'succinate i think. ER'],
    [120, 'l', 'MedlinePlus has the drug page: medlineplus.gov/druginfo/meds/a682864.html. It covers what it treats (blood pressure, heart problems) and the side effects. Does that help?'],
    [160, 'p', 'yes. and what about her amlodipine and the atorvastatin, and can she have grapefruit'],
    [215, 'l', 'Same place: search each name on medlineplus.gov. The atorvastatin page covers grapefruit juice.'],
    [240, 'p', 'ok and what is her potassium supposed to be'],
    [250, 'l', "We only do three questions per chat, so I'm going to have to stop here."],
    [262, 'p', 'oh. ok'],
    [268, 'l', 'Bye.'],
  ], usual({ anything: 'fail', dismissal: 'fail' })),

  // H17 other patrons waiting, invited back (allowed)
  s(NADIA, 'H17 husband\'s kidney disease, a list of questions: NKF + NIDDK, then "several other patrons waiting … please come back" (allowed)', [
    [0, 'p', "I have a list of questions about my husband's kidney disease, is that ok"],
    [35, 'l', "Of course. Hello, I'm Nadia at the St. Brigid Family Health Library."],
    [80, 'p', 'what stage 3 means, what he can eat, and whether dialysis is coming'],
    [88, 'l', 'Is he seeing a kidney specialist already, and do you know if it is stage 3a or 3b?'],
    [150, 'p', 'yes he has one. 3b'],
    [160, 'l', 'Thanks. Let me pull a few things together.'],
    [270, 'l', 'For what stage 3b means, the National Kidney Foundation\'s page is clear: kidney.org/kidney-topics/stage-3-chronic-kidney-disease-ckd. For food, NIDDK\'s eating and nutrition page for CKD is at niddk.nih.gov (search "CKD eating"). Dialysis timing varies a lot from person to person; NIDDK\'s page "Choosing a Treatment for Kidney Failure" explains how it is decided.'],
    [278, 'l', 'Is that helpful so far?'],
    [330, 'p', 'very. and one more thing, what about his gout meds and the kidneys, and also where to buy low sodium cookbooks, and'],
    [345, 'l', "I'd love to help with all of those, but I have several other patrons waiting right now. Please come back and chat with us again later today or tomorrow and we'll take the next questions — we're on until 8 pm."],
    [370, 'p', 'ok i understand. thank you'],
    [376, 'l', 'Thank you! Take care, both of you.'],
  ], usual({ anything: 'fail' })),

  // H18 no one named in the opening; the only "sources" an app and a drug maker's program named without a way to reach them
  s(OTIS, 'H18 Eliquis price: "Hi there!" + "Are you on Medicare…?" (no name), the GoodRx app and a patient assistance program named only', [
    [0, 'p', 'why is my eliquis so expensive and is there a cheaper version'],
    [26, 'l', 'Hi there!'],
    [33, 'l', 'Are you on Medicare, or private insurance?'],
    [90, 'p', 'medicare part d. its $140 a month'],
    [150, 'l', 'There is no generic of Eliquis sold in the US yet. A lot of people use the GoodRx app to compare prices, and the drug maker runs a patient assistance program for people on Medicare who qualify.'],
    [157, 'l', 'Does that help?'],
    [200, 'p', 'kinda. thanks'],
    [206, 'l', 'Sure thing, have a good one!'],
  ], usual({ greeting: 'fail', source: 'fail', anything: 'fail' })),

  // H19 greeting = "Thanks for contacting the Health Information Center"; patron gone; only "I'll close this chat now. Thank you…"
  s(MAEVE, 'H19 low FODMAP: "Thanks for contacting the Health Information Center at St. Brigid!" greets; 270 s idle ended by "I\'ll close this chat now. Thank you…"', [
    [0, 'p', 'Do you have anything on the low FODMAP diet? My GI doctor suggested it for IBS'],
    [18, 'l', 'Thanks for contacting the Health Information Center at St. Brigid!'],
    [26, 'l', 'Are you hoping for a cookbook, or an explanation of how the diet works first?'],
    [88, 'p', 'explanation first, then recipes'],
    [150, 'l', 'Monash University developed the diet, and their page explains the phases: monashfodmap.com/about-fodmap-and-ibs. For recipes, try "The Complete Low-FODMAP Diet" by Sue Shepherd and Peter Gibson.'],
    [157, 'l', 'Will that get you started?'],
    [420, 'l', "I'll close this chat now. Thank you for contacting us."],
  ], usual({ anything: 'fail', idle: 'fail', disconnect: 'fail' })),

  // H20 a final idle of exactly 120 s (118 -> 238) with no check-in; the pediatrician / nurse line without numbers
  s(TOBIAS, 'H20 flu or COVID in a 7-year-old: CDC page, "call her pediatrician\'s office or your plan\'s nurse line" (no numbers); final idle exactly 120 s, no check-in', [
    [0, 'p', 'whats the difference between covid and flu symptoms, my kid has a fever'],
    [21, 'l', 'Hi, Tobias at Harbor County Public Library Ask Us. I hope your kid feels better soon.'],
    [29, 'l', 'How old is your child? Some of the guidance is different for babies and toddlers.'],
    [66, 'p', '7'],
    [118, 'l', "The CDC compares flu and COVID symptoms side by side at cdc.gov/flu/symptoms/flu-vs-covid19.htm. Since only a test can tell them apart, please call her pediatrician's office or your insurance plan's nurse line to ask whether to test or bring her in."],
    [125, 'l', 'Was that what you needed?'],
    [238, 'l', 'Feel better to your little one! Thanks for chatting, goodbye.'],
  ], usual({ anything: 'fail', idle: 'fail', referral: 'fail' })),

  // H21 "Searching PubMed now…" then 150 s; the patron's "?" inside the wait does not restart it
  s(NADIA, 'H21 long COVID articles for an SSDI appeal: "Searching PubMed now…" answered 150 s later (patron "?" at 180), ssa.gov + Legal Aid phone', [
    [0, 'p', 'I need medical articles proving long covid causes fatigue for my SSDI appeal. peer reviewed'],
    [29, 'l', "Hello! I'm Nadia, medical librarian at St. Brigid Family Health Library."],
    [37, 'l', 'Do you need the full articles to print and attach, or just citations your doctor can look at?'],
    [100, 'p', 'full articles if possible, no lawyer'],
    [108, 'l', 'Searching PubMed now…'],
    [180, 'p', '?'],
    [258, 'l', 'Found a few good ones. A 2023 review, "Long COVID: major findings, mechanisms and recommendations" (Davis et al., Nature Reviews Microbiology), is free in full at PubMed Central: pmc.ncbi.nlm.nih.gov/articles/PMC9839201. Searching PubMed for "post-COVID fatigue" with the Free full text filter turns up many more.'],
    [265, 'l', 'For the appeal itself, Social Security has the steps at ssa.gov/disability/appeal. You can also call Legal Aid, who help with SSDI appeals for free, at 1-888-465-2468.'],
    [272, 'l', 'Is that what you were looking for?'],
    [340, 'p', 'yes this helps a lot. nothing else, thanks'],
    [346, 'l', 'Good luck with the appeal. Thank you for using the Family Health Library.'],
  ], usual({ informed: 'fail', referral: 'pass' })),

  // H22 an internal note to colleagues does not end the patron's wait (60 -> 215)
  s(TOBIAS, 'H22 brother in a bipolar episode: "Is anyone in danger right now?", internal note at 90, answer at 215 (155 s), crisis line + 911 + NAMI with numbers', [
    [0, 'p', 'my brother is having a really bad episode (bipolar) and refusing to go to the ER. is there someone who can come to the house?'],
    [17, 'l', "Hi, this is Tobias, a librarian at Harbor County Public Library. I'm sorry, that sounds frightening."],
    [25, 'l', 'Is anyone in danger right now? And which county is he in?'],
    [60, 'p', 'no one is in danger. harbor county. hes not violent just not making sense and hasnt slept for days'],
    [90, 'i', 'Anyone have the number for the Harbor Co mobile crisis team handy? Not finding it on the county site.'],
    [215, 'l', "Harbor County's Mobile Crisis Team can come to the home: call the county crisis line at 410-555-0111, any time day or night. If things change and anyone is in danger, call 911."],
    [222, 'l', "Later on, when things are calmer, give NAMI's HelpLine a call at 1-800-950-6264 — they help family members figure out next steps."],
    [230, 'l', 'Does that give you what you need right now?'],
    [262, 'p', 'yes calling the crisis line now'],
    [268, 'l', 'I hope he gets help quickly. Please reach back out anytime.'],
  ], usual({ informed: 'fail', anything: 'fail', referral: 'pass' })),

  // H23 Spanish throughout; the patron says she is done ("Es todo")
  s(LUZ, 'H23 (Spanish) diabetes tipo 2 para la mamá: pregunta formato, espera 108 s, MedlinePlus en español + libro, "Es todo, muchas gracias"', [
    [0, 'p', 'Hola, necesito información sobre la diabetes en español para mi mamá. Ella no lee inglés.'],
    [24, 'l', '¡Hola! Soy Luz, bibliotecaria de la Biblioteca Pública de Fenwick. Con gusto le ayudo.'],
    [31, 'l', '¿Su mamá prefiere leer en la computadora o en papel? ¿Y es diabetes tipo 2?'],
    [85, 'p', 'En papel mejor. Sí, tipo 2, le dijeron la semana pasada'],
    [92, 'l', 'Un momento, por favor, busco los mejores materiales.'],
    [200, 'l', 'MedlinePlus en español tiene una página muy clara sobre la diabetes tipo 2 que se puede imprimir: medlineplus.gov/spanish/diabetestype2.html. También tenemos el libro "La diabetes y usted" en español; puede reservarlo en nuestro catálogo, fenwicklibrary.org.'],
    [207, 'l', '¿Le sirve esta información?'],
    [260, 'p', 'Sí, perfecto. Es todo, muchas gracias.'],
    [266, 'l', '¡Con mucho gusto! Que su mamá se mejore. Gracias por usar nuestro servicio.'],
  ], usual()),

  // H24 "Ask your doctor to fill out and sign …" (no contact) beside the MVA with a postal address
  s(OTIS, 'H24 disability parking placard after a stroke: MVA form + mailing address, "Ask your doctor to fill out and sign the medical certification part"', [
    [0, 'p', 'how do i get a handicap parking tag? I had a stroke and walking is hard now'],
    [30, 'l', "Hello, I'm Otis with Ask a Librarian at Fenwick Public Library. I'm sorry to hear about the stroke."],
    [38, 'l', 'Do you need a permanent placard, or a temporary one while you recover?'],
    [120, 'p', 'the doctor says probably permanent'],
    [128, 'l', 'One sec, pulling up the form.'],
    [190, 'l', 'In Maryland, placards come from the MVA. The application is form VR-210, at mva.maryland.gov (search "disability placard"). Ask your doctor to fill out and sign the medical certification part, then mail it to the MVA\'s Disability Placard unit at 6601 Ritchie Highway NE, Glen Burnie, MD 21062.'],
    [198, 'l', 'Does that cover it?'],
    [250, 'p', 'yes. thank you young man'],
    [256, 'l', "You're welcome! Is there anything else I can help with?"],
    [300, 'p', 'no'],
    [305, 'l', 'Take care, and thanks for chatting with us.'],
  ], usual({ referral: 'fail' })),

  // H25 the patron's thanks is the last message; the session stays open 200 s more with no reply (an open span)
  s(DANA, 'H25 hearing aids and Medicare: the patron\'s "yes thank you very much" is last, no goodbye, session open 200 s more', [
    [0, 'p', 'does medicare pay for hearing aids? my dad really needs them'],
    [25, 'l', 'Hi, Dana here — librarian, Fenwick Public Library.'],
    [30, 'l', 'Is he on Original Medicare or a Medicare Advantage plan?'],
    [95, 'p', 'not sure, how do i tell'],
    [104, 'l', "If his card is red, white and blue it's Original Medicare; if it has an insurance company's name on it, it's an Advantage plan."],
    [150, 'p', 'its red white blue'],
    [158, 'l', "Then Medicare itself doesn't cover hearing aids, but since 2022 you can buy over-the-counter hearing aids without a prescription for much less. The FDA explains them at fda.gov/hearingaids. Some Lions Clubs also help people with low incomes get hearing aids."],
    [166, 'l', 'Does that help?'],
    [220, 'p', 'yes thank you very much'],
  ], usual({ anything: 'fail', courteous: 'fail' }), { endAfter: 200 }),

  // H26 practice
  s(MAEVE, 'H26 practice: testing macros with a colleague, coded Practice', [
    [0, 'p', 'test - can you see this?'],
    [10, 'l', "Hi! I'm Maeve from the Health Information Center — testing the new macros."],
    [20, 'l', 'Macro test: Is there anything else I can help you with today?'],
    [30, 'p', 'works!'],
  ], ALL_NA, { resolutionCode: 'Practice' }),

  // H27 no provider ever joins; the patron wrote twice: Lost Call is the wrong code
  s(GRANT, 'H27 free COVID tests: nobody picks up, patron writes "hello?" and leaves at 300 s, coded Lost Call', [
    [0, 'p', 'is the harbor county health dept still giving out free covid tests'],
    queue(4, 3),
    [180, 'p', 'hello?'],
    left(300),
  ], all({
    pickup: 'fail', greeting: 'na', informed: 'na', clarify: 'na', source: 'na', complete: 'na', anything: 'na', dismissal: 'na',
    courteous: 'na', idle: 'na', disconnect: 'na', concurrency: 'na', code: 'fail', contact: 'na', onTime: 'na', referral: 'na', transfer: 'na',
  }), { resolutionCode: 'Lost Call' }),

  // H28 an empty code; a fire department class with a phone
  s(WREN, 'H28 infant CPR class: fire department office phone + cpr.heart.org, "Would that work for you?", code empty', [
    [0, 'p', "where can I take a CPR class? new baby coming and I'm nervous lol"],
    [14, 'l', 'Hi and congrats! Wren here, librarian at Fenwick Public Library.'],
    [21, 'l', 'Do you want infant CPR specifically, or general adult CPR too? And is a weekend class better?'],
    [70, 'p', 'infant for sure. weekends'],
    [78, 'l', "Let me check what's coming up."],
    [160, 'l', 'Good news: the Fenwick Fire Department runs a free Infant CPR & Choking class on the first Saturday of every month. To sign up, call their community outreach office at 410-555-0163. The American Heart Association also lists infant CPR classes by ZIP code at cpr.heart.org (Find a Course).'],
    [166, 'l', 'Would that work for you?'],
    [215, 'p', "yes!! perfect. that's everything"],
    [221, 'l', 'Yay! Best of luck with the new baby, thanks for chatting 💛'],
  ], usual({ code: 'fail', referral: 'pass' }), { resolutionCode: '' }),

  // H29 booklets mailed, a call by phone "by Friday" (phone given in the chat); done after 75 h
  s(MAEVE, 'H29 colonoscopy fear: large-print booklets mailed, phone given, "I\'ll call you … by Friday", follow-up done at 75 h', [
    [0, 'p', 'Hello, my doctor wants me to have a colonoscopy and I am scared. Do you have anything that explains what happens?'],
    [35, 'l', "Hello, my name is Maeve and I'm the librarian at St. Brigid's Health Information Center. It's very normal to feel nervous about it."],
    [42, 'l', 'Would you like to know about the prep the day before, the procedure itself, or both? And do you like reading on a computer, or would you rather have printed booklets?'],
    [130, 'p', 'Both. Printed please, I do not have a printer and my eyes are not good with the screen.'],
    [140, 'l', 'Then let me put together our large-print colonoscopy booklets and mail them to you. We also have a short video you might like, at stbrigid.org/colonoscopy.'],
    [148, 'l', "What's your mailing address, and a phone number where I can reach you?"],
    [230, 'p', '14 Elm Court, Harbor MD 21401. Phone 410 555 0123'],
    [240, 'l', "Thank you. I'll mail the booklets today, and I'll call you at 410-555-0123 by Friday to make sure they arrived."],
    [246, 'l', 'Is there anything else I can do for you?'],
    [290, 'p', 'No, that is all, thank you dear'],
    [296, 'l', "You're very welcome. Take care, and good luck with the procedure."],
  ], usual({ complete: 'fail', contact: 'pass', onTime: 'fail' }), { ...FU_ME, followUps: [{ doneAt: at(75 * HOUR) }] }, { now: T0 + 6 * DAY }),

  // H30 a head bump: no question; the doctor's office and "the nearest emergency room" without contact; check-in, no notice, no goodbye
  s(DANA, 'H30 dad bumped his head: no question, "call his doctor\'s office" (no number), check-in at 210, no notice, no goodbye (final idle 190 s)', [
    [0, 'p', 'my dad (78) fell in the kitchen and bumped his head on the counter. he says hes fine. do i need to take him in'],
    [22, 'l', "Hi, I'm Dana, a librarian with Fenwick Public Library's chat. I'm sorry, that's scary."],
    [80, 'l', "I can't tell you whether he needs to be seen, but please call his doctor's office today and ask. If he gets confused, very sleepy, throws up, or has a bad headache, go to the nearest emergency room or call 911 right away. MedlinePlus lists the warning signs to watch for: medlineplus.gov/ency/article/000028.htm"],
    [86, 'l', 'Does this help?'],
    [210, 'l', 'Are you still with me?'],
  ], usual({ clarify: 'fail', anything: 'fail', courteous: 'fail', idle: 'pass', disconnect: 'fail', referral: 'fail' }), { endAfter: 60 }),

  // H31 "Take your time reading through those" is no hold: the patron's 212 s away is a wait on the patron
  s(TOBIAS, 'H31 2-year-old not talking: Infants and Toddlers phone + CDC, "Take your time reading through those, I\'ll be right here." then 212 s', [
    [0, 'p', 'My 2 year old isnt talking yet and the pediatrician said to "wait and see". I dont want to wait. what can I do'],
    [40, 'l', "Hi! This is Tobias, a librarian at Harbor County Public Library. You're right to look into it."],
    [47, 'l', 'Is your child already in daycare or any program, or at home with you?'],
    [100, 'p', 'home with me'],
    [160, 'l', 'Maryland\'s Infants and Toddlers Program does free developmental evaluations for kids under 3, and you don\'t need a doctor\'s referral. Call Harbor County\'s program at 410-555-0157 to ask for an evaluation. The CDC\'s "Learn the Signs. Act Early." milestone checklists are at cdc.gov/actearly if you want to see what\'s typical at 2.'],
    [168, 'l', "Take your time reading through those, I'll be right here."],
    [380, 'p', 'ok read it all. he is behind on like 4 things. how long does the evaluation take to get'],
    [420, 'l', 'They have to hold the evaluation within 45 days of your call, and they usually call back within a week. Does that answer it?'],
    [470, 'p', 'yes. thank you so much. thats all'],
    [476, 'l', 'Good luck to you both. Thanks for chatting!'],
  ], usual({ referral: 'pass' })),

  // H32 the hospital library's own Family Corner, visit with a street address; "one of the librarians here" names no one but identifies
  s(KAY, 'H32 explaining mom\'s breast cancer to a 6-year-old: picture books + ACS page, "you\'re welcome to come borrow them: … 2200 Harbor Road"', [
    [0, 'p', 'my wife was diagnosed with breast cancer. we need help explaining it to our 6 year old. any books?'],
    [19, 'l', "Good evening. I'm one of the librarians here at the St. Brigid Health Information Center, and I'm very sorry about your wife's diagnosis."],
    [27, 'l', 'Are you looking for picture books to read together, or advice for the two of you on how to talk about it?'],
    [80, 'p', 'both if you have them'],
    [86, 'l', "Let me check our children's collection. One moment."],
    [185, 'l', 'For reading together, "Nowhere Hair" by Sue Glader and "The Hope Tree" by Laura Numeroff are both written for kids about a parent\'s cancer. For you, the American Cancer Society\'s page "Helping Children When a Family Member Has Cancer" is at cancer.org (search the title).'],
    [192, 'l', "Both books are in our Family Corner, and you're welcome to come borrow them: we're on the ground floor of the St. Brigid Outpatient Pavilion, 2200 Harbor Road, Fenwick, open weekdays 9 to 5."],
    [200, 'l', 'Is that the sort of thing you had in mind?'],
    [255, 'p', 'yes exactly. thank you so much'],
    [261, 'l', 'Anything else I can find for you?'],
    [300, 'p', 'no, that covers it'],
    [306, 'l', 'Please take good care of yourselves. Thanks for reaching out to us.'],
  ], usual({ referral: 'pass' })),

  // H33 a source system without codes; a partial result that says the search goes on is a hold
  s(NADIA, 'H33 shingles vaccine after shingles (no codes): restates, partial result "I\'m still looking…" (a hold), answer 108 s later, "ok ty"', [
    [0, 'p', 'need info on shingles vaccine, is it safe if u had shingles already'],
    [28, 'l', "Hi, I'm Nadia at the St. Brigid Family Health Library."],
    [36, 'l', "So you'd like to know whether the shingles vaccine is recommended, and safe, for someone who's already had shingles?"],
    [70, 'p', 'ya'],
    [120, 'l', "Here's one to start: the CDC's Shingrix page, cdc.gov/shingles/vaccines, answers exactly that. I'm still looking for a plain-language handout too."],
    [228, 'l', 'Found it: MedlinePlus has the official Vaccine Information Statement for Shingrix, in plain language, at medlineplus.gov/vaccines (choose Shingles). It also says how long to wait after an outbreak.'],
    [234, 'l', 'Is that what you were looking for?'],
    [290, 'p', 'ok ty'],
    [296, 'l', 'Glad to help! Bye now.'],
  ], usual({ anything: 'fail', code: 'na' }), { resolutionCode: undefined }),

  // H34 the patron's "that's all I needed. Thanks!" answered 152 s later; three chats at most
  s(OTIS, 'H34 nursing home inspections: Care Compare + OHCQ, patron done, provider\'s goodbye 152 s after; Otis at 3 chats at most', [
    [0, 'p', 'How can I check if a nursing home has had violations? Looking at places for my aunt.'],
    [25, 'l', 'Hello, thanks for contacting Ask a Librarian! This is Otis at Fenwick Public Library.'],
    [33, 'l', 'Is the nursing home in Maryland? Each state inspects its own.'],
    [80, 'p', 'Yes, in Fenwick County'],
    [140, 'l', 'Medicare\'s Care Compare tool rates every certified nursing home and lists its inspection reports: medicare.gov/care-compare, choose "Nursing homes", then enter the ZIP code. Maryland\'s Office of Health Care Quality also posts survey reports at health.maryland.gov/ohcq.'],
    [147, 'l', 'Does that answer your question?'],
    [210, 'p', "Yes, that's all I needed. Thanks!"],
    [362, 'l', "You're welcome. Thanks for using Ask a Librarian!"],
  ], usual({ informed: 'fail' }), {}, { otherIntervals: [other('o1', 'otis', -600, 100), other('o2', 'otis', 50, 300)] }),

  // H35 pickedUpAt 45 s, first message at 190 s: the wait after pickup is 145 s
  s(KAY, 'H35 type 1 diabetes parents\' group: pickedUpAt 45 s but the first message at 190 s; educator by name with phone', [
    [0, 'p', 'Is there a support group for parents of kids with type 1 diabetes?'],
    [190, 'l', 'Hi! Kay here, a librarian at the St. Brigid Health Information Center.'],
    [197, 'l', 'How old is your child, and would you prefer meeting in person or online?'],
    [250, 'p', 'she is 9. in person would be nice'],
    [256, 'l', 'One moment while I check the calendar.'],
    [330, 'l', "Our Pediatric Diabetes Center runs a parent support group the last Thursday of each month at 7 pm. To join, call the center's educator, Lisa Chen, at 410-555-0175. Breakthrough T1D also lists local family events at breakthrought1d.org/events."],
    [336, 'l', 'Does that help?'],
    [380, 'p', 'yes thank you! thats all'],
    [386, 'l', 'Wonderful. Take care!'],
  ], usual({ informed: 'fail', referral: 'pass' }), { pickedUpAt: at(45) }),
];

/** Cases the scorer misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  H11: 'followup.completeness: expected pass, got fail ("never asked whether the information given meets the need"). Message 8 (Nadia, after the transfer), "Is that the kind of week-by-week info you wanted?", asks right after the guide and MedlinePlus URLs of message 7. RUBRIC: "Is that what you were looking for?" is the example; "Is that the kind of info you wanted?" and "Is that the detailed week-by-week info you wanted?" pass, "the kind of <adjective> info" does not.',
  H14: 'referral.contact: expected fail, got na ("no referral to a person or organisation outside the chat"). Message 5 ends "Your doctor is the one to tell you what your number means for you, so bring your questions to your next appointment." and gives the doctor no contact. RUBRIC (Referral): telling the patron to ask a person outside the chat; referral.contact fails when a party has no way to reach them. ("Please ask your doctor what your number means" fails as labelled.) The least direct of the LEFT phrasings.',
  H24: 'referral.contact: expected fail, got pass ("the referral comes with a way to reach them", evidence message 5). Message 5: "Ask your doctor to fill out and sign the medical certification part, then mail it to the MVA\'s Disability Placard unit at 6601 Ritchie Highway NE, Glen Burnie, MD 21062." The doctor gets no contact; the address is the MVA\'s. RUBRIC: every party the patron is referred to comes with a way to reach them. (Without the MVA\'s address after it in the same sentence, the doctor sentence fails as labelled.)',
  H32: 'referral.contact: expected pass, got na ("no referral to a person or organisation outside the chat"). Message 6: "Both books are in our Family Corner, and you\'re welcome to come borrow them: we\'re on the ground floor of the St. Brigid Outpatient Pavilion, 2200 Harbor Road, Fenwick, open weekdays 9 to 5." RUBRIC (Referral): the provider\'s own library counts when the patron is told to visit it; here with a postal address. ("Feel free to stop by and borrow them: …" passes; "You\'re welcome to come in …" is na.)',
};

const code = (c: SessionCase) => c.name.slice(0, 3);
const running = cases.filter((c) => !(code(c) in LEFT_WHY));
const leftCases = cases.filter((c) => code(c) in LEFT_WHY);

describe('forty-third round: consumer health and medical libraries, checked', () => {
  describeSessions('health sessions', running);
  describeLeft('health sessions', leftCases);
});
