/**
 * Which company raised, round 9 (generality): the ways the startup and tech press, English and French, names the raiser —
 * rows written before the code, most of them invented (other outlets' wording), not copied from a fixture. The shapes fixed
 * this round: a funding gerund fronted before the subject ("En levant §, la fintech nantaise Kiplo …") or trailing the main
 * clause (", en récoltant §"), a French adjective after a kind noun is not a lower-case brand ("la fintech parisienne"), and
 * "whose company X" names X. Negatives: companies-round9.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { openingSubject, subjectBefore, withoutNamePrefixes } from '../../utils/companies';
import { readFunding } from '../../utils/funding';

/** The scorer's comparison: a legal form ("Inc.", "Ltd") does not change the company. */
const LEGAL = /(?:\s+|,\s*)(?:inc|ltd|limited|llc|plc|corp|co|gmbh|sa|sas|pvt|private)\.?$/i;
const bare = (name: string | null | undefined): string | null => (name == null ? null : name.replace(LEGAL, '').replace(LEGAL, ''));
const companyOf = (paragraphs: string[]): string | null => bare(readFunding({ paragraphs }).deals[0]?.company);

describe('readFunding, round 9: how the press names the raiser (English)', () => {
  it.each<[string, string[]]>([
    ['Kinetik', ['Berlin-based Kinetik has raised $12 million in a Series A round led by Atomico.']],
    ['Loomly', ['Loomly, the maker of social scheduling software, raised $8 million in seed funding from Index Ventures.']],
    ['Paywise', ['Fintech startup Paywise raised $15 million in a Series A led by Accel.']],
    ['Trellis', ['Sequoia-backed Trellis has raised $30 million in Series B funding led by Lightspeed.']],
    ['Cleo', ["London's Cleo has raised $80 million in a Series C round led by Sofina."]],
    ['Yokoy', ['Zurich’s Yokoy has raised $80 million in a Series B round led by Sapphire Ventures.']],
    ['Nuvo', ['Nuvo (formerly Bluejay) raised $10 million in seed funding led by Khosla Ventures.']],
    ['Orbix', ['Orbix, which operates a network of dark stores, said on Tuesday it raised $25 million in a Series B round led by Tiger Global.']],
    ['Kestrel', ['Kestrel Inc. raised $40 million in a Series B round led by General Catalyst.']],
    ['Airtable', ['Airtable Inc., the San Francisco-based no-code company, raised $735 million in a Series F led by XN.']],
    ['Sarvam.ai', ['AI startup Sarvam.ai has raised $41 million in a Series A round led by Lightspeed.']],
    ['Zetwerk Technologies', ['Zetwerk Technologies Pvt Ltd has raised $120 million in a Series E round led by Greenoaks.']],
    ['Quilt', ['Quilt raises $10M to build AI for accountants', 'The round was led by Index Ventures.']],
    ['Kuvera', ['Kuvera bags ₹50 crore in Series B round led by Zerodha']],
    ['Vanta', ['Vanta lands $5M seed round from Y Combinator']],
    ['Ramp', ['Exclusive: Ramp raises $150 million at $8 billion valuation led by Founders Fund']],
    ['Dexory', ['Dexory secures €4M seed round led by Atomico']],
    ['Tandem', ['Founded by Ana Lopez and Mark Chen, Tandem raised $9 million in a seed round led by Accel.']],
    ['Beacon', ['"We are thrilled," said founder Jane Doe, whose company Beacon raised $6 million in seed funding led by Seedcamp.']],
    ['deel', ['deel has raised $425 million in a Series D round led by Coatue.']],
    ['42Crunch', ['42Crunch has raised $17 million in a Series A round led by Energy Impact Partners.']],
    ['1Password', ['1Password raised $620 million in a Series C round led by Iconiq Growth.']],
    // An ampersand inside the name (not 'X Ventures': a raiser named like a VC firm reads as a fund close, see funding-round10-sentences).
    ['Marks & Spencer Robotics', ['Marks & Spencer Robotics raised £20 million from Barclays.']],
    ['Arc', ['In March, Arc raised $30 million in a Series B led by Benchmark.']],
    ['Mistral AI', ['Paris-based Mistral AI has raised €385 million in a round led by Andreessen Horowitz.']],
    ['Nabla', ['Nabla, a Paris-based startup building AI assistants for doctors, has raised $24 million in a Series B led by Cathay Innovation.']],
    ['Pigment', ['Pigment has closed a $145 million Series D round led by IVP.']],
    ['Wefox', ['Insurtech Wefox said on Monday it has raised $400 million in a Series D round led by Target Global.']],
    ['Revolut', ['Fintech Revolut raised $800 million in a round led by TCV.']],
    ['Hopscotch', ['Hopscotch CEO Jane Smith said the company raised $10 million in a Series A led by Accel.']],
    ['Stripe', ['Stripe co-founder John Collison said the company raised $600 million from Andreessen Horowitz.']],
    ['Meesho', ['SoftBank-backed Meesho on Monday said it has raised $570 million in a round led by Fidelity.']],
    ['Kissflow', ['Chennai-based SaaS firm Kissflow has raised $50 million from Steadview Capital.']],
    ['Cobalt Robotics', ['Security robot maker Cobalt Robotics has raised $35 million in a Series B round led by Coatue.']],
    ['Dott', ['Amsterdam-based e-scooter operator Dott has raised $70 million in a Series B round led by EQT Ventures.']],
    ['Jiko', ['The startup, Jiko, raised $24 million in a Series B led by Red Sea Ventures.']],
    ['Hopper', ['By raising $96 million from Capital One, Hopper became one of Canada’s most valuable startups.']],
    ['Tessl', ['After securing $125 million from Index Ventures, Tessl plans to hire 50 engineers.']],
    ['Lattice', ['Lattice doubled its headcount last year, raising $175 million in a Series F led by Thrive Capital.']],
  ])('%s', (want, paragraphs) => expect(companyOf(paragraphs)).toBe(want));
});

describe('readFunding, round 9: how the press names the raiser (French)', () => {
  it.each<[string, string[]]>([
    ['Ekwateur', ['La start-up nantaise Ekwateur lève 5 M€ auprès de Bpifrance.']],
    ['Lucca', ['Lucca boucle une levée de fonds de 65 millions d’euros menée par Bpifrance.']],
    ['Pennylane', ['La fintech Pennylane annonce une levée de 40 millions d’euros menée par Sequoia.']],
    ['Hopscotch', ['Hopscotch, spécialiste de la mobilité urbaine, lève 3 millions d’euros auprès de Kima Ventures.']],
    ['Sesamm', ['Fondée en 2019, Sesamm lève 7 millions d’euros auprès de Elaia.']],
    ['Alan', ['La pépite Alan lève 183 millions d’euros auprès de Temasek.']],
    ['Swan', ['Swan, la fintech parisienne, a levé 37 millions d’euros auprès de Lakestar.']],
    ['Lydia', ['Lydia, la néobanque française, a bouclé un tour de table de 100 millions d’euros mené par Accel.']],
    ['Qonto', ['Qonto a annoncé mardi avoir levé 486 millions d’euros auprès de Tiger Global et TCV.']],
    ['Greenly', ['Greenly annonce avoir bouclé un tour de table de 21 millions d’euros mené par Fidelity.']],
    ['Tchek', ['Après Cosmian, Tchek lève 6 millions d’euros auprès de Serena.']],
    ['Mirakl', ['Mirakl, qui édite une plateforme de marketplace, a levé 300 millions de dollars auprès de Silver Lake.']],
    ['Sorare', ['Avec cette levée de 680 millions de dollars menée par SoftBank, Sorare devient une licorne.']],
    ['Kiplo', ['En levant 12 millions d’euros, la fintech nantaise Kiplo accélère son développement.']],
    ['Mistral AI', ['En séduisant les investisseurs à hauteur de 105 millions d’euros, Mistral AI a fait tomber un record.']],
    ['Blank', ['La néobanque pour indépendants Blank se distingue également, en récoltant 47 millions d’euros pour se lancer en Italie.']],
    ['Agicap', ['Tout en levant 45 millions d’euros, la start-up lyonnaise Agicap recrute 100 personnes.']],
    ['Descartes Underwriting', ['L’insurtech Descartes Underwriting a bouclé une levée de 120 millions de dollars menée par Highland Europe.']],
    ['Shine', ['Néobanque Shine a levé 8 millions d’euros auprès de Daphni.']],
    ['Payfit', ['Payfit, l’éditeur de logiciels de paie, lève 254 millions d’euros auprès de General Atlantic.']],
    ['Qonto', ['Qonto PDG Alexandre Prot a indiqué que la société a levé 486 millions d’euros.']],
    ['Swile', ['La fintech Swile se démarque ce mois-ci, en levant 24 millions de dollars auprès de Coatue.']],
  ])('%s', (want, paragraphs) => expect(companyOf(paragraphs)).toBe(want));
});

describe('openingSubject, round 9: a funding gerund fronted before, or trailing after, the main clause', () => {
  it.each<[string, string]>([
    ['En levant 12 millions d’euros, la fintech nantaise Kiplo accélère.', 'Kiplo'],
    ['En séduisant les investisseurs à hauteur de 105 millions, Mistral AI a fait tomber un record.', 'Mistral AI'],
    ['Tout en bouclant 45 millions, la start-up lyonnaise Agicap rachète un concurrent.', 'Agicap'],
    ['Après avoir levé 10 millions, Hopscotch recrute 40 personnes.', 'Hopscotch'],
    ['By raising €96 million, Hopper became a unicorn.', 'Hopper'],
    ['After securing €125 million, the London startup Tessl plans to hire.', 'Tessl'],
    ['Having closed a €20 million Series A, Nabla is hiring.', 'Nabla'],
    ['La néobanque pour indépendants Blank se distingue, en récoltant 47 millions.', 'Blank'],
    ['Lattice doubled its headcount, raising €175 million.', 'Lattice'],
    ['La fintech Swile se démarque, en levant 24 millions.', 'Swile'],
  ])('%s', (sentence, want) => expect(openingSubject(sentence)).toBe(want));
});

describe('subjectBefore, round 9: the raiser named by a relative, or followed by a French adjective', () => {
  it.each<[string, string, string]>([
    ['"whose company X raised"', 'said founder Jane Doe, whose company Beacon raised §.', 'Beacon'],
    ['"whose startup, X, has raised"', 'according to Sam Roe, whose startup, Tandem, has raised §.', 'Tandem'],
    ['"whose fintech X raised"', 'the former banker, whose fintech Paywise raised §.', 'Paywise'],
    ['"dont la start-up X a levé"', 'selon Marie Durand, dont la start-up Kiplo a levé §.', 'Kiplo'],
    ['"dont la filiale X a levé"', 'le groupe Renault, dont la filiale Mobilize a levé §.', 'Mobilize'],
    ['"X, la fintech parisienne, a levé"', 'Swan, la fintech parisienne, a levé §.', 'Swan'],
    ['"X, la start-up nantaise, lève"', 'Kiplo, la start-up nantaise, lève §.', 'Kiplo'],
    ['"X, une société spécialisée, a levé"', 'Tchek, une société spécialisée, a levé §.', 'Tchek'],
    ['"la plateforme lyonnaise" after the name', 'Agicap, la plateforme lyonnaise, a bouclé §.', 'Agicap'],
    ['"Blank se distingue, en récoltant"', 'La néobanque Blank se distingue également, en récoltant §.', 'Blank'],
  ])('%s', (_why, sentence, want) => {
    const verb = /(?:raised|has raised|a levé|lève|a bouclé|récoltant)(?= §)/u.exec(sentence)!;
    expect(subjectBefore(sentence, verb.index)?.name).toBe(want);
  });
});

describe('withoutNamePrefixes, round 9: a sector word alone opening the sentence before the name', () => {
  it.each<[string, string]>([
    ['Insurtech Wefox', 'Wefox'],
    ['Fintech Revolut', 'Revolut'],
    ['Proptech Homa', 'Homa'],
    ['Néobanque Shine', 'Shine'],
    ['Edtech Byju’s', 'Byju’s'],
    ['HealthTech Alan', 'Alan'],
    ['Startup Acme Robotics', 'Acme Robotics'],
  ])('"%s" → "%s"', (name, want) => expect(withoutNamePrefixes(name)).toBe(want));
});
