import { chat, score } from './helpers';
import { it } from 'vitest';
it('t1', () => {
const texts = (process.env.TX ?? '').split('|');
for (const t of texts) {
  const s = score(chat([[0,'p','can u check my apa citation'],[20,'l','Hi, Jo at Ask a Librarian. Is it a journal article?'],[40,'p','yes'],[60,'l',t],[90,'p','ok'],[95,'l','Bye!']]));
  const c = s.checks.find(x=>x.id===(process.env.CK ?? 'info.source'))!;
  console.log(c.status, JSON.stringify(c.evidence), '<=', t);
}
});
