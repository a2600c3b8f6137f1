import { describe, expect, it } from 'vitest';
import { chat, check, OPEN, status } from './helpers';

const answer = (text: string) => chat([...OPEN, [30, 'l', 'Which town?'], [50, 'p', 'Elkton'], [60, 'l', text]]);
const src = (text: string) => status(answer(text), 'info.source');

describe('info.source', () => {
  it('passes a URL or a bare domain, with the evidence of the message', () => {
    const r = check(answer('Have a look at https://example.org/elkton-history.'), 'info.source');
    expect(r.status).toBe('pass');
    expect(r.evidence[0]?.message).toBe(4);
    expect(src('The county site cecilcounty.gov has a history section.')).toBe('pass');
  });

  it('passes a contact (e-mail or phone) for a referral', () => {
    expect(src('The historical society can help: 410-555-0199.')).toBe('pass');
    expect(src('Write to the society at info@elktonhistory.example.org.')).toBe('pass');
  });

  it('passes named resources: database, catalogue, guide, book, page with steps', () => {
    expect(src('JSTOR has several articles on it.')).toBe('pass');
    expect(src('Search our catalogue for "Elkton" and you will see four books.')).toBe('pass');
    expect(src('Our local history research guide covers it well.')).toBe('pass');
    expect(src("We have the book 'Elkton Through Time' at the main branch.")).toBe('pass');
    expect(src('We have a book called Elkton Through Time on the shelf.')).toBe('pass');
    expect(src('It is on our website under Local History > Elkton.')).toBe('pass');
    expect(src('En el catálogo encontrará tres libros sobre el tema.')).toBe('pass');
  });

  it('does not take an organisation or app named without a way to reach it as a source', () => {
    expect(src('The county historical society handles that.')).toBe('fail');
    expect(src('Try the Libby app.')).toBe('fail');
  });

  it('does not count a look-up announcement as a source', () => {
    const t = chat([...OPEN, [30, 'l', 'Let me check our catalog.'], [60, 'l', 'Yes, the library has two copies, both checked in right now.']]);
    expect(status(t, 'info.source')).toBe('fail');
  });

  it('does not count sympathy for the patron\'s own thing, nor the provider\'s Spanish search to come (v73 AM9, AM8)', () => {
    expect(src('Sorry to hear about the yearbook!')).toBe('fail');
    expect(src('Oh no, so sorry about your grandmother\'s quilt.')).toBe('fail');
    expect(src('Sorry about the wait, the 1968 yearbook is in our Maryland Room.')).toBe('pass');
    expect(src('¿En qué condado vive? Así busco en el catálogo de su biblioteca.')).toBe('fail');
    expect(src('Así busco en el catálogo de su sucursal: «La casa en Mango Street» está disponible en Towson.')).toBe('pass');
  });

  it("does not count the patron's own e-mail repeated back", () => {
    const t = chat([...OPEN, [30, 'p', 'my email is pat@example.org'], [40, 'l', 'Thanks, I have pat@example.org. The library has two copies on the shelf.']]);
    expect(status(t, 'info.source')).toBe('fail');
  });

  it('is na when the patron left before any work on the question (Lost Call)', () => {
    const t = chat(
      [
        [0, 'p', 'where do i get a passport form'],
        [25, 'l', "Good afternoon and welcome to AskUsNow! I'm Ana, a librarian."],
        [160, 'l', 'Are you still there?'],
        [300, 'l', "It looks like you've disconnected, so I'll close this chat. Come back anytime!"],
      ],
      { resolutionCode: 'Lost Call' },
    );
    expect(status(t, 'info.source')).toBe('na');
    expect(status(t, 'followup.completeness')).toBe('na');
    expect(status(t, 'closing.anything_else')).toBe('na');
  });
});
