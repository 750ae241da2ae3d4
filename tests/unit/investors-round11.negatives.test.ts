/**
 * Investor lists, round 11: sentences shaped like round 11's cues that name no investor: a hire who "has also joined",
 * a passive with no round as its subject, a cheque that is not a round's, a bare "joined" without "also"/"too".
 * Names of our own invention (EN and FR); money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { findInvestorMentions } from '../../utils/investors';

const names = (s: string) => findInvestorMentions(s, { nearDeal: true }).flatMap((m) => m.names);

describe('look-alikes of round 11 cues name no investor', () => {
  const rows: Array<[string, string[]]> = [
    ['Acme raised § last year. Jane Moreau, formerly of Globex, has also joined.', ['Jane Moreau', 'Globex']],
    ['Acme raised §, and Paul Okafor joined as chief operating officer.', ['Paul Okafor']],
    ['Acme raised §; Jane Moreau joined.', ['Jane Moreau']],
    ['The stadium, bankrolled by the city of Springfield, cost §.', ['Springfield']],
    ['Acme, capitalized by its founders, made § in revenue.', ['Acme']],
    ['Acme raised §; Paul Okafor signed the guest book.', ['Paul Okafor']],
    ['Acme a levé § ; Jane Moreau signe le livre d’or.', ['Jane Moreau']],
    ['Acme raised § while Globex Ventures wrote off its stake in Initech.', ['Globex Ventures', 'Initech']],
    ['Acme lève § ; Paul Okafor a également rejoint l’équipe dirigeante.', ['Paul Okafor']],
  ];
  it.each(rows)('%s', (sentence, absent) => {
    const got = names(sentence);
    for (const n of absent) expect(got).not.toContain(n);
  });
});

describe('a list item after "and" described by a participle stays in the list', () => {
  // "based", "backed", "founded": participles describing the name, not a new clause's verb.
  const rows: Array<[string, string[]]> = [
    ['Acme raised § led by Kestrel Partners and Northwind Capital based in London.', ['Kestrel Partners', 'Northwind Capital']],
    ['Acme raised § from Kestrel Partners, and Northwind Capital, founded by Jane Moreau.', ['Kestrel Partners', 'Northwind Capital']],
    ['Acme lève § auprès de Kestrel Partners et Northwind Capital.', ['Kestrel Partners', 'Northwind Capital']],
  ];
  it.each(rows)('%s', (sentence, present) => {
    const got = names(sentence);
    for (const n of present) expect(got).toContain(n);
  });
});
