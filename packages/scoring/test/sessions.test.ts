/**
 * Whole sessions written in styles other than the devset's (canned QuestionPoint-like
 * messages, chat-speak, Spanish, redacted placeholders), checked against the statuses a reader
 * of RUBRIC.md would give. Only the checks each case is about are listed.
 */
import { describe, expect, it } from 'vitest';
import type { CheckId } from '@askqa/contract';
import { chat, score, type Line } from './helpers';

type Case = { name: string; lines: Line[]; over?: Parameters<typeof chat>[1]; exp: Partial<Record<CheckId, string>> };

const cases: Case[] = [
  {
    name: 'QP-style canned, slow updates, referral with url',
    lines: [
      [0, 'p', 'I need to find out how to get a copy of a marriage license from 1985 in Pennsylvania'],
      [40, 'l', 'Welcome to Ask Us 24/7! A librarian will be with you shortly.'],
      [70, 'l', 'Hi, my name is Terry and I am a librarian. I am reading your question now.'],
      [100, 'l', 'Do you know which county the marriage took place in?'],
      [130, 'p', 'allegheny'],
      [140, 'l', 'Thanks. Searching...'],
      [250, 'l', 'Marriage records in PA are kept by the county Register of Wills. For Allegheny County you can request a copy from the Register of Wills office: https://www.alleghenycounty.us/register-of-wills or by phone at 412-350-4180.'],
      [270, 'l', 'Does this answer your question?'],
      [300, 'p', 'yes thank you so much'],
      [310, 'l', 'You are welcome! Is there anything else I can help you with?'],
      [330, 'p', 'no thats it'],
      [340, 'l', 'Thank you for using Ask Us 24/7. Goodbye!'],
    ],
    exp: { 'approachability.pickup': 'pass', 'approachability.greeting': 'pass', 'interest.keep_informed': 'pass', 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass', 'referral.contact': 'pass', 'session.idle_checkin': 'na' },
  },
  {
    name: 'terse provider, no greeting name, answer without source, patron leaves',
    lines: [
      [0, 'p', 'what time does the main library close tonight'],
      [15, 'l', 'hi! it closes at 9pm tonight'],
      [30, 'p', 'k thx'],
    ],
    exp: { 'approachability.greeting': 'fail', 'inquiry.clarify': 'fail', 'info.source': 'fail', 'followup.completeness': 'fail', 'closing.anything_else': 'fail', 'closing.courteous': 'fail', 'session.idle_checkin': 'na', 'referral.contact': 'na' },
  },
  {
    name: 'Spanish session',
    lines: [
      [0, 'p', 'Hola, necesito ayuda para encontrar libros en español para mi hijo'],
      [30, 'l', '¡Hola! Soy Marta, bibliotecaria de la Biblioteca Pública. ¿Qué edad tiene su hijo?'],
      [60, 'p', '8 años'],
      [70, 'l', 'Un momento por favor, déjeme buscar en el catálogo.'],
      [150, 'l', 'En nuestro catálogo (biblioteca.example.org) puede buscar "libros infantiles en español". ¿Le sirve esta información?'],
      [180, 'p', 'sí, gracias'],
      [190, 'l', '¿Hay algo más en que le pueda ayudar?'],
      [210, 'p', 'no, eso es todo'],
      [220, 'l', 'Gracias por comunicarse con nosotros. ¡Que tenga un buen día!'],
    ],
    exp: { 'approachability.greeting': 'pass', 'interest.keep_informed': 'pass', 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass' },
  },
  {
    name: 'follow-up with placeholders and business days',
    lines: [
      [0, 'p', 'Im looking for a 1950s yearbook from Central High'],
      [20, 'l', "Hello, thanks for contacting the library! I'm Sam from Special Collections. Which year exactly?"],
      [60, 'p', '1954 or 55'],
      [70, 'l', "I'll need to check our archives in person. Can I email you what I find? What's your email?"],
      [100, 'p', '[email]'],
      [110, 'l', 'Great, I will email you within 2-3 business days.'],
      [130, 'p', 'perfect, thats all, thanks'],
      [140, 'l', 'Have a great afternoon!'],
    ],
    over: { resolutionCode: 'Follow-up by me' },
    exp: { 'approachability.greeting': 'pass', 'resolution.code': 'pass', 'followup.contact': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass', 'followup.on_time': 'pending' },
  },
  {
    name: 'dismissal with busy queue and no way back; idle',
    lines: [
      [0, 'p', 'can you help me with my resume and cover letter and also finding jobs'],
      [20, 'l', 'Hello, this is Ann at the county library. What kind of job are you applying for?'],
      [50, 'p', 'retail'],
      [60, 'l', 'The Job & Career Accelerator database on our website under Research > Databases has templates.'],
      [90, 'p', 'ok and the cover letter?'],
      [100, 'l', "Sorry, it's really busy tonight and I need to end this chat."],
    ],
    exp: { 'closing.no_dismissal': 'fail', 'closing.courteous': 'fail' },
  },
  {
    name: 'check-in as let me know, disconnect with inactivity',
    lines: [
      [0, 'p', 'do u have the new john grisham book'],
      [20, 'l', 'Hi there, I am Pat, a librarian. Are you looking for the print book or the ebook?'],
      [50, 'p', 'print'],
      [60, 'l', 'We have 3 copies of "The Exchange" in the catalog; all are checked out but you can place a hold.'],
      [250, 'l', "Let me know if you're still there!"],
      [400, 'l', 'I am going to close this chat due to inactivity. Feel free to chat with us again.'],
    ],
    exp: { 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'pass', 'closing.courteous': 'pass', 'info.source': 'pass' },
  },
  { name: 'referral to local library, no contact; visit any branch', lines: [
      [0, 'p', 'how do i get a library card'], [20, 'l', 'Hello! This is Kim, a librarian. Which county do you live in?'], [40, 'p', 'cecil'],
      [50, 'l', 'You should contact your local public library, they can issue you a card.'], [70, 'p', 'ok'], [80, 'l', 'Have a good day!']],
    exp: { 'referral.contact': 'fail', 'info.source': 'fail' } },
  { name: 'time limit word in an answer is not a dismissal', lines: [
      [0, 'p', 'is there a time limit on the public computers'], [20, 'l', 'Hi, I\'m Jo from the library. Yes, there is a time limit of 60 minutes per session on the public computers; see our website under Services > Computers.'], [40, 'p', 'thanks'], [50, 'l', 'Thanks, bye!']],
    exp: { 'closing.no_dismissal': 'pass' } },
  { name: 'provider leaves with colleague handoff (way back)', lines: [
      [0, 'p', 'i need help with citations and also finding sources'], [20, 'l', "Hi, I'm Jo, a librarian. Which citation style?"], [40, 'p', 'mla'],
      [50, 'l', 'Purdue OWL (owl.purdue.edu) covers MLA.'], [60, 'p', 'and sources?'],
      [70, 'l', 'My shift is ending, but my colleague will pick up your chat in a moment.']],
    exp: { 'closing.no_dismissal': 'pass' } },
  { name: 'chat-speak patron, provider hold phrasing variants', lines: [
      [0, 'p', 'hey do u guys have any books on python programming'], [30, 'l', 'Hi there! Jo here at the Reference Desk. R u a beginner?'], [50, 'p', 'ya total beginner'],
      [60, 'l', 'ok gimme a few min to search'], [170, 'l', 'still looking, found a couple so far'], [280, 'l', '"Python Crash Course" is in our catalog, call number 005.133 MAT. does that help?'],
      [300, 'p', 'yup thx thats all i needed'], [310, 'l', 'np, happy coding!']],
    exp: { 'approachability.greeting': 'pass', 'interest.keep_informed': 'pass', 'inquiry.clarify': 'pass', 'info.source': 'pass', 'followup.completeness': 'pass', 'closing.anything_else': 'pass', 'closing.courteous': 'pass' } },
  { name: 'long silence no hold', lines: [
      [0, 'p', 'how do i find my property tax records'], [20, 'l', 'Hi, this is Jo with Ask a Librarian. Which county?'], [40, 'p', 'baltimore county'],
      [200, 'l', 'You can search property records on the SDAT site: sdat.dat.maryland.gov. Did that work for you?'], [260, 'p', 'yes'], [270, 'l', 'Great, take care!']],
    exp: { 'interest.keep_informed': 'fail', 'followup.completeness': 'pass', 'closing.anything_else': 'fail' } },
  { name: 'transfer announced as sending the chat', lines: [
      [0, 'p', 'I need help with a patent search'], [20, 'l', "Hi, I'm Jo, a librarian. Is this a US patent?"], [40, 'p', 'yes'],
      [50, 'i', 'Ana, can you take a US patent search? You did the PTRC training.'], [60, 'l', "I'm sending your chat to Ana, our patent specialist."],
      [65, 's', 'Transferred', { event: 'transfer', to: 'ana' }], [80, 'l', 'Hi, Ana here. Let me pull up the USPTO search.', { authorId: 'ana' }]],
    exp: { 'transfer.handoff': 'pass' } },
  { name: 'lost call with auto greeting and closing', lines: [
      [0, 'p', 'hours?'], [10, 'l', 'Thank you for contacting the library. A librarian will be with you shortly.'], [60, 'l', 'Hello, my name is Jo. How can I help you today?'],
      [200, 'l', 'Are you still with me?'], [400, 'l', 'Since I have not heard back from you, I will end this chat now. Please contact us again if you have questions.']],
    over: { resolutionCode: 'Lost Call' },
    exp: { 'approachability.pickup': 'pass', 'approachability.greeting': 'pass', 'interest.keep_informed': 'na', 'info.source': 'na', 'session.idle_checkin': 'pass', 'session.disconnect_notice': 'pass', 'closing.courteous': 'pass', 'resolution.code': 'pass' } },
];

describe('sessions in other styles', () => {
  it.each(cases)('$name', (c) => {
    const s = score(chat(c.lines, c.over ?? {}));
    const got = Object.fromEntries(Object.keys(c.exp).map((id) => [id, s.checks.find((x) => x.id === id)?.status]));
    expect(got).toEqual(c.exp);
  });
});
