import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

// Round 16 look-alikes: invented sentences. The generic-raiser rule of round 15 (GENERIC_RAISER_BEFORE, MODAL_IN_CLAUSE_AFTER in
// funding.ts) must not take a real, unnamed news lede for an explainer's example.

describe('round 16: a real raise told of an unnamed company stays a deal', () => {
  // [label, paragraphs]
  const rows: [string, string[]][] = [
    ['"la toute jeune entreprise a levé §": "toute" after an article is the adverb (FR)', ['Brivane présente son premier financement.', 'La toute jeune entreprise a levé 3 millions d’euros auprès de Serena.']],
    ['"a … startup has raised § in a round that could …": the modal is in a relative clause (EN)', ['A Leeds startup has raised £6 million in a seed round that could let it triple its sales team, Quorvy said.']],
    ['"… raised § and could …": the modal is in a coordinated clause (EN)', ['A Berlin startup has raised €8 million in a Series A and could open two offices next year, Tallowby said.']],
    ['"une start-up a levé § qui pourrait …": relative clause (FR)', ['Une jeune pousse nantaise a levé 2 millions d’euros qui pourraient lui permettre de recruter vingt personnes, a indiqué Ozelia.']],
  ];
  it.each(rows)('%s', (_label, paragraphs) => {
    const deals = readFunding({ paragraphs }).deals.filter((d) => d.amount);
    expect(deals.length).toBe(1);
    expect(deals[0]!.status).toBe('announced');
  });
});

describe('round 16: the generic raiser still reads as no deal (look-alikes of the two fixes above)', () => {
  // [label, sentence]
  const rows: [string, string][] = [
    ['"Toute jeune pousse qui lève § doit …": no determiner before "toute" (FR)', 'Toute jeune pousse qui lève 4 millions d’euros auprès du public doit publier un prospectus.'],
    ['"a startup raising § could give up …": the modal is the clause’s own verb (EN)', 'For instance, a startup raising a $4 million seed round could give up a quarter of its shares.'],
    ['"une start-up qui lève § pourrait céder …" (FR)', 'Par exemple, une start-up levant 3 millions d’euros pourrait céder un cinquième de son capital.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    expect(readFunding({ paragraphs: [text] }).deals).toEqual([]);
  });
});

describe('round 16: look-alikes of the distributive figure share nothing', () => {
  // [label, sentence, amount that must go to one company at most]
  const rows: [string, string, string][] = [
    ['"each closed about § …, while C raised §": the distributive word binds a figure that is no round (EN)', 'Quorvy and Tallowby each closed about $8 million this month, while Brindle raised $30 million.', '$30 million'],
    ['"§ each year" is a rate, not a share (EN)', 'Quorvy and Tallowby raised $12 million, while Brindle raised $30 million each year.', '$30 million'],
    ['"§ together" is a joint total (EN)', 'Quorvy and Tallowby raised $12 million together, while Brindle raised $30 million each.', '$12 million'],
    ['"chacune des …" after the figure is no share (FR)', 'Vanelo et Brivane ont levé 5 millions d’euros, chacune des deux sociétés visant l’Europe, tandis que Kestro a levé 9 millions d’euros.', '9 millions d’euros'],
  ];
  it.each(rows)('%s', (_label, text, amount) => {
    const deals = readFunding({ paragraphs: [text] }).deals.filter((d) => d.amount?.text === amount);
    expect(deals.length).toBeLessThanOrEqual(1);
  });
});

describe('round 16: an earlier-time adverb on the verb still dates the raise (look-alikes)', () => {
  // [label, sentence]
  const rows: [string, string][] = [
    ['"previously raised §" (EN)', 'Quorvy previously raised $4 million in a seed round led by Index Ventures.'],
    ['"had previously secured § … in 2019" (EN)', 'Tallowby had previously secured $6 million from Northlight Capital in 2019.'],
    ['"avait auparavant levé §" (FR)', 'Ozelia avait auparavant levé 2 millions d’euros auprès de Kima Ventures en 2020.'],
  ];
  it.each(rows)('%s', (_label, text) => {
    const deals = readFunding({ paragraphs: [text] }).deals.filter((d) => d.amount);
    expect(deals.map((d) => d.status)).toEqual(['past']);
  });
});

describe('review 16: the names sharing a distributed figure do not take the sentence\'s other figure', () => {
  // [label, sentence, the other figure's amount text, the list's names]: that figure, told of nobody in its clause, is none of theirs.
  const rows: [string, string, string, string[]][] = [
    ['"A, B, C and D raised more than § each, but … with § in Series B cash" (EN)', 'Quorvy Labs, Tallowby Bio, Brindle Health and Ozelia Therapeutics raised more than $80m each, but Nordic start-ups keep landing some of the biggest rounds, with $250m in Series B cash for heart drugs.', '$250m', ['Quorvy Labs', 'Tallowby Bio', 'Brindle Health', 'Ozelia Therapeutics']],
    ['"A, B, C et D ont levé plus de § chacune, mais … avec § en série B" (FR)', 'Quorvy Labs, Tallowby Bio, Brindle Health et Ozelia Therapeutics ont levé plus de 80 millions d’euros chacune, mais les jeunes pousses nordiques décrochent encore les plus gros tours, avec 250 millions d’euros en série B pour des traitements cardiaques.', '250 millions d’euros', ['Quorvy Labs', 'Tallowby Bio', 'Brindle Health', 'Ozelia Therapeutics']],
  ];
  it.each(rows)('%s', (_label, text, amount, names) => {
    const deals = readFunding({ paragraphs: [text] }).deals;
    // The shared figure still goes to every name.
    expect(deals.filter((d) => d.amount?.text !== amount).map((d) => d.company).sort()).toEqual([...names].sort());
    for (const d of deals.filter((x) => x.amount?.text === amount)) expect(names).not.toContain(d.company);
  });
});
