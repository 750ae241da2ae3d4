/**
 * RESULT_CLAUSE (investors.ts): a clause of result opened by a lower-case participle of consequence ("…, making the startup
 * Bulgaria’s first unicorn", "…, faisant d’elle la première licorne du Kenya") ends an investor list; the place inside it is no
 * investor (blind batch 17 gave "Bulgaria" as a lead). Look-alikes: descriptors in -ing before a name ("existing investor",
 * "leading fund") and a list that simply goes on stay as they were. Invented sentences, money masked as "§".
 */
import { describe, expect, it } from 'vitest';
import { roles, row, type Want } from '../helpers/investor-roles';

describe('a clause of result ends the investor list', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in a Series A round led by Alpha Ventures, making it Kenya’s most valuable startup.', ['Alpha Ventures'], []),
    row('Zorbit closed a § round led by Orion Capital, making Zorbit Nigeria’s first unicorn, according to people familiar.', ['Orion Capital'], []),
    row('Kestrel raised § led by Harbor Partners and Nordvik Capital, pushing Kestrel past Ghana’s largest lender.', ['Harbor Partners', 'Nordvik Capital'], []),
    row('Acme a levé § lors d’un tour mené par Alpha Ventures, faisant d’Acme la première licorne du Sénégal.', ['Alpha Ventures'], []),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});

describe('look-alikes: an -ing descriptor or a plain list is not a clause of result', () => {
  const rows: Array<[string, Want]> = [
    row('Acme raised § in a round led by Alpha Ventures, existing investor Beta Capital and Gamma Partners.', ['Alpha Ventures', 'Beta Capital', 'Gamma Partners'], []),
    row('Acme raised § in a round led by Alpha Ventures, with participation from Beta Capital and Gamma Partners.', ['Alpha Ventures'], ['Beta Capital', 'Gamma Partners']),
  ];
  it.each(rows)('%s', (sentence, want) => expect(roles(sentence)).toEqual(want));
});
