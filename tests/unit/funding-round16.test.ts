import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 16: invented sentences. One figure shared by several subjects through a distributive word ("each", "apiece",
// "chacune") bound to that figure (distributedFigure in funding.ts), even when the sentence holds other figures.

describe('round 16: a distributive figure gives each subject its own round', () => {
  // [label, sentence, companies expected with that amount, the amount's text]
  const rows: [string, string, string[], string][] = [
    ['"A, B, C and D raised more than § each, but … with § …": another figure in the sentence (EN)', 'Quorvy, Tallowby, Brindle and Ozelia raised more than $50m each, but Asian startups still closed the largest rounds, with $300m in Series D cash for Hanvo.', ['Quorvy', 'Tallowby', 'Brindle', 'Ozelia'], '$50m'],
    ['"A, B and C raised § apiece from X" (EN)', 'Quorvy, Tallowby and Brindle raised $4 million apiece from Index Ventures.', ['Quorvy', 'Tallowby', 'Brindle'], '$4 million'],
    ['"A and B secured around § each, while C …" (EN)', 'Melvio and Pernot secured around $6 million each, while Ardent closed a $25 million Series B.', ['Melvio', 'Pernot'], '$6 million'],
    ['"A, B et C ont levé § chacune, tandis que …" (FR)', 'Vanelo, Brivane et Ozelia ont levé 3 millions d’euros chacune, tandis que Kestro a bouclé un tour de table de 20 millions d’euros.', ['Vanelo', 'Brivane', 'Ozelia'], '3 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, companies, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals.filter((d) => d.amount?.text === amount);
    expect(deals.map((d) => d.company).sort()).toEqual([...companies].sort());
  });
});

// "previously" on an adjective ("previously unknown", "previously incurable") does not date the raise (French adverbs such as
// "jusqu’ici" are no earlier-time cue of the reader, so there is no French row to fail): EARLIER_ADVERB_ON_ADJECTIVE / readPastContext in funding.ts.
describe('round 16: an earlier-time adverb on an adjective leaves the raise announced', () => {
  // [label, sentence]
  const rows: [string, string][] = [
    ['"whose tool maps previously unmapped …, has raised §" (EN)', 'Quorvy, whose sensors map previously unmapped soil layers, has raised $14 million in a Series A.'],
    ['"a lab working on previously incurable …, has closed §": an -able adjective (EN)', 'Tallowby, a lab working on previously incurable skin diseases, has closed a $22 million Series B.'],
    ['"a previously unannounced § seed round" (EN)', 'Brindle revealed a previously unannounced $3 million seed round on Tuesday.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    const deals = readFunding({ paragraphs: [text] }).deals.filter((d) => d.amount);
    expect(deals.map((d) => d.status)).toEqual(['announced']);
  });
});
