import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 15 negatives: invented sentences. A raise told of nobody (an explainer's example, a market report's generic subject)
// is no deal: GENERIC_RAISER_BEFORE with HYPOTHETICAL_BEFORE / MODAL_IN_CLAUSE_AFTER in funding.ts.

describe('round 15: a raise told of nobody is no deal', () => {
  // [label, sentence]
  const rows: [string, string][] = [
    ['"For example, a startup raising § … might" (EN)', 'For example, a startup raising a $3 million seed round might give up a fifth of its equity.'],
    ['"A typical Series A startup raises §" (EN)', 'A typical Series A startup raises $12 million at a $45 million valuation.'],
    ['"If a company raises § at a § valuation" (EN)', 'If a company raises $4 million at a $16 million pre-money valuation, the new investors own 20%.'],
    ['"Say a founder raises § on a note" (EN)', 'Say a founder raises $2 million on a convertible note with a $10 million cap.'],
    ['"Every founder who raises § on a note …" (EN)', 'Every founder who raises $3 million on a note gives up some control.'],
    ['"Generally, a … startup raises § in its first round" (EN)', 'Generally, a robotics startup raises $9 million in its first institutional round.'],
    ['"If you raise § at a § valuation" (EN)', 'If you raise $4 million at a $16 million pre-money valuation, your new investors hold a fifth.'],
    ['"Some … will raise §, while others will raise up to §" (EN)', 'Some founders will raise $30,000 from friends, while others will raise up to $3 million.'],
    ['"If a startup is valued at § and receives a § investment" (EN)', 'If a startup is valued at $9 million and receives a $3 million investment, the investor owns a quarter.'],
    ['"Si une jeune pousse est valorisée § et reçoit un investissement de §" (FR)', 'Si une jeune pousse est valorisée 9 millions d’euros et reçoit un investissement de 3 millions d’euros, l’investisseur détient un quart.'],
    ['"Si une société lève § avec une valorisation de §" (FR)', 'Si une société lève 2 millions d’euros avec une valorisation de 8 millions, ses investisseurs détiennent 25 %.'],
    ['"Typiquement, une jeune pousse lève § en série A" (FR)', 'Typiquement, une jeune pousse lève 4 millions d’euros en série A.'],
    ['"En général, une entreprise … lève § lors de son premier tour" (FR)', 'En général, une entreprise du logiciel lève 3 millions d’euros lors de son premier tour.'],
    ['"Toute entreprise qui lève § doit …" (FR)', 'Toute entreprise qui lève 5 millions d’euros auprès du public doit publier un prospectus.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals).toEqual([]);
  });
});

describe('round 15: the headline figure’s own phrase still vetoes (look-alikes of HEADLINE_PURPOSE_CLAUSE)', () => {
  // [label, headline, body paragraphs]
  const rows: [string, string, string[]][] = [
    ['"wins § contract to build …": the veto word comes before the purpose (EN)', 'Brindle wins $7 million contract to build bridges', ['Brindle builds software for charities.', 'The round was led by Northlight Capital.']],
    ['"lands § from sale of …": no purpose clause (EN)', 'Brindle lands $7 million from sale of its unit', ['Brindle builds software for charities.', 'The round was led by Northlight Capital.']],
    ['"empoche § pour la vente de …": "pour" + a noun is no purpose (FR)', 'Vanelo empoche 3 M€ pour la vente de sa filiale', ['Vanelo édite un logiciel pour les associations.', 'La levée a été menée par Partech.']],
    ['"décroche § de subventions pour se développer" (FR)', 'Vanelo décroche 3 M€ de subventions pour se développer', ['Vanelo édite un logiciel pour les associations.', 'La levée a été menée par Partech.']],
  ];
  it.each(rows)('%s', (_label, title, paragraphs) => {
    const deals = readFunding({ paragraphs }, { title }).deals;
    expect(deals.filter((d) => d.amount && title.includes(d.amount.text))).toEqual([]);
  });
});
