/**
 * Rubric v14 (`placeholderContactsV14`): a stored transcript's "[email]" and "[phone]" (the patron's own address and
 * number, replaced at import) read as the contacts they stand for, so a session scores the same stored as uploaded;
 * the evidence still quotes the placeholders. v13 scored these differently (test/redaction-known.ts listed them).
 */
import { describe, expect, it } from 'vitest';
import { rubricV13, rubricV14 } from '../src/index';
import { C, chat, check, O, score } from './helpers';

const textTheHours = chat(
  [
    [0, 'p', 'whens the pool at the y open. txt me [phone]'],
    [30, 'l', 'Hi! Jo at the library text line. Which Y branch do you mean?'],
    [60, 'p', 'druid hill'],
    [90, 'l', "Their site doesn't list holiday hours. I'll call them and text [phone] the hours by tonight."],
    [120, 'p', 'ty'],
  ],
  { resolutionCode: 'Answered' },
);

describe('rubric v14: the patron\'s placeholders read as the contacts they stand for', () => {
  it('"I\'ll … text [phone] the hours by tonight" promises a follow-up to the patron\'s own number, quoted as stored', () => {
    const c = check(textTheHours, C);
    expect(c.status).toBe('pass');
    const quotes = c.evidence.map((e) => e.quote).join(' | ');
    expect(quotes).toContain('[phone]');
    expect(quotes).not.toContain('555-555-0100');
    expect(check(textTheHours, O).status).toBe('pending');
    // a promised follow-up coded "Answered"
    expect(check(textTheHours, 'resolution.code').status).toBe('fail');
  });

  it('v13 read the same stored session as no promise at all (reproducible by its version)', () => {
    expect(check(textTheHours, C, { rubric: rubricV13 }).status).toBe('na');
    expect(check(textTheHours, 'resolution.code', { rubric: rubricV13 }).status).toBe('pass');
    expect(check(textTheHours, C, { rubric: rubricV14 }).status).toBe('pass');
  });

  it('"So that\'s [phone], right?" reads the patron\'s number back, a question about the patron\'s situation', () => {
    const t = chat([
      [0, 'p', 'I left my glasses at the Rockville library yesterday, [phone]'],
      [20, 'l', "Hi, I'm Jo at Montgomery County Public Libraries. Sorry about that! So that's [phone], right?"],
      [40, 'p', 'yes'],
      [60, 'l', 'A branch manager will call you back by end of day.'],
      [70, 'l', 'Take care!'],
    ]);
    expect(check(t, 'inquiry.clarify').status).toBe('pass');
    expect(check(t, 'inquiry.clarify', { rubric: rubricV13 }).status).toBe('fail');
  });

  it('"I have you as [email]." gives the party referred to before it no contact', () => {
    const t = chat(
      [
        [0, 'p', 'how do i get a copy of my sons immunization record'],
        [20, 'l', 'Hi, AskUsNow! librarian Jo here. Which county do you live in?'],
        [40, 'p', 'montgomery. email me if u find more [email]'],
        [60, 'l', "You should contact your child's pediatrician or the school health office; they keep the record."],
        [80, 'l', "I have you as [email]. The state's ImmuNet explains more at health.maryland.gov/immunet. Does that help?"],
      ],
      { patron: { name: null, email: '[email]', phone: null } },
    );
    const r = check(t, 'referral.contact');
    expect(r.status).toBe('fail');
    expect(check(t, 'referral.contact', { rubric: rubricV13 }).status).toBe('pass');
  });

  it('a library contact the staff give stays the party\'s, beside the patron\'s placeholder', () => {
    const t = chat([
      [0, 'p', 'who do i ask about a property tax appeal? my email is [email]'],
      [20, 'l', 'Hi, Jo at the county library here. Is this for a home in the county?'],
      [40, 'p', 'yes'],
      [60, 'l', 'The Assessment Appeals Board handles that: call them at 410-555-0190 or email appeals@example.gov. I have you as [email] too.'],
      [80, 'l', 'Does that answer your question?'],
    ]);
    expect(score(t).checks.find((x) => x.id === 'referral.contact')!.status).toBe('pass');
  });
});
