import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 17: invented sentences, EN and FR. The status reader (utils/deal-status.ts): a company's only round on the page, dated
// by a month with no year (MONTH_ALONE_DATE, settleMonthDatedRounds), is the round the page reports, not an earlier one; a raise
// told by "after raising §" behind what the company does now is its news (AFTER_OWN_RAISE).

describe('round 17: a month alone dates the one round a page tells of its company (announced)', () => {
  // [label, paragraphs, company, amount]
  const rows: [string, string[], string, string][] = [
    ['"secured § in March": a feature on the company (EN)', ['Quorvy builds scheduling tools for clinics.', 'The company secured €40m in March from a group of funds.'], 'Quorvy', '€40m'],
    ['"In April, X pocketed §": a season told by its months (EN)', ['Local founders had a busy spring.', 'In April, the payroll startup Tallowby pocketed $12 million from outside funds.'], 'Tallowby', '$12 million'],
    ['"a levé § en octobre": an entry of a yearly review (FR)', ['Les jeunes pousses du transport ont bien levé.', 'En quatrième position, Vanelo a levé 18 millions d’euros en octobre pour ses navettes.'], 'Vanelo', '18 millions d’euros'],
    ['"a annoncé le 14 mars dernier avoir levé §" (FR)', ['Brivane conçoit des capteurs pour les vignes.', 'Brivane a annoncé le 14 mars dernier avoir levé 6 millions d’euros auprès de ses actionnaires.'], 'Brivane', '6 millions d’euros'],
    ['"in early June": the round of a profile (EN)', ['Kestro maps farm soils for growers.', 'Kestro closed a $4 million seed round in early June with two funds.'], 'Kestro', '$4 million'],
  ];
  it.each(rows)('%s', (_label, paragraphs, company, amount) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.company).toBe(company);
    expect(deal?.status).toBe('announced');
  });
});

describe('round 17: "after raising §" behind what the company does now is the news (announced)', () => {
  // [label, paragraphs, amount]
  const rows: [string, string[], string][] = [
    ['"is taking … into the clinic after closing a § series A" (EN)', ['Brindle Bio is taking its lead antibody into the clinic after closing a $40 million series A.'], '$40 million'],
    ['"opened a second plant after securing §" (EN)', ['Quorvy opened a second plant in Ohio after securing $25 million from two growth funds.'], '$25 million'],
    ['"recrute … après avoir levé §" (FR)', ['Vanelo recrute quarante ingénieurs après avoir levé 8 millions d’euros auprès de Serena.'], '8 millions d’euros'],
    ['"ouvre un second site après avoir récolté §" (FR)', ['Kestro ouvre un second site à Lyon après avoir récolté 3 millions d’euros auprès de deux fonds régionaux.'], '3 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, paragraphs, amount) => {
    const deal = readFunding({ paragraphs }).deals.find((d) => d.amount?.text === amount);
    expect(deal?.status).toBe('announced');
  });
});
