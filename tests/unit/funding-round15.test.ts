import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 15: rules read from shapes that recur across outlets and batches, never from one page. Rows are invented sentences.

describe('round 15: a raise with a named raiser is kept even beside an explainer’s wording', () => {
  // [label, sentence, company, amount]
  const rows: [string, string, string, string][] = [
    ['"For example, X raised §" names its raiser (EN)', 'For example, Brindle raised $6 million in May from Northlight Capital.', 'Brindle', '$6 million'],
    ['"A startup called X raised §, which it would use" (EN)', 'A startup called Brindle raised $6 million, which it would use to hire engineers.', 'Brindle', '$6 million'],
    ['"Par exemple, la société X a levé §" (FR)', 'Par exemple, la société Vanelo a levé 4 millions d’euros auprès de Partech.', 'Vanelo', '4 millions d’euros'],
    ['"Une jeune pousse nommée X a levé §, ce qui pourrait" (FR)', 'Une jeune pousse nommée Vanelo a levé 4 millions d’euros, ce qui pourrait doubler ses effectifs.', 'Vanelo', '4 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, company, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    expect(deals.map((d) => [d.company, d.amount?.text])).toEqual([[company, amount]]);
  });
});

describe('round 15: an unnamed raiser in a news lede is still a raise (the modal is in another clause)', () => {
  // [label, headline, body paragraphs, company, amount]
  const rows: [string, string, string[], string, string][] = [
    ['"A … company … has raised §, and it could …" (EN)', 'Brindle raises $6 million', ['A Berlin company that makes payroll software has raised $6 million, and it could double its staff.'], 'Brindle', '$6 million'],
    ['"Une société … a levé §, et elle pourrait …" (FR)', 'Vanelo lève 4 millions d’euros', ['Une société nantaise qui édite un logiciel de paie a levé 4 millions d’euros, et elle pourrait doubler ses effectifs.'], 'Vanelo', '4 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, company, amount) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.map((d) => [d.company, d.amount?.text])).toEqual([[company, amount]]);
  });
});

describe('round 15: a veto word in the headline figure’s purpose clause is what the money is for (HEADLINE_PURPOSE_CLAUSE)', () => {
  // [label, headline, body paragraphs, company, headline figure]
  const rows: [string, string, string[], string, string][] = [
    ['"grabs § to help donors …" (EN)', 'Brindle grabs $7 million to help donors follow their gifts', ['Brindle builds software for charities.', 'The round was led by Northlight Capital.'], 'Brindle', '$7 million'],
    ['"nets § to grow its purchase-order software" (EN)', 'Brindle nets $7 million to grow its purchase-order software', ['Brindle builds procurement tools.', 'The round was led by Northlight Capital.'], 'Brindle', '$7 million'],
    ['"empoche § pour aider les donateurs" (FR)', 'Vanelo empoche 3 M€ pour aider les donateurs', ['Vanelo édite un logiciel pour les associations.', 'La levée a été menée par Partech.'], 'Vanelo', '3 M€'],
    ['"empoche § pour simplifier les dons en ligne" (FR)', 'Vanelo empoche 3 M€ pour simplifier les dons en ligne', ['Vanelo édite un logiciel pour les associations.', 'La levée a été menée par Partech.'], 'Vanelo', '3 M€'],
  ];
  it.each(rows)('%s', (_label, title, paragraphs, company, figure) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.map((d) => [d.company, d.amount?.text])).toEqual([[company, figure]]);
  });
});
