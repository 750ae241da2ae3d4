/**
 * Which company raised, round 5: the shapes batch 6 (fixtures 220–259) showed the reader taking wrong, each as a general rule
 * with rows of other instances (English and French). Figures are masked as the funding reader masks them ("§"). Each bug
 * adds the sentence that showed it. Negatives: companies-round5.negatives.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, companyAfter, firstNameBefore, isOpeningWord, namesIn, openingSubject, parenthesisedItems, personNames, subjectBefore, type CompanyHit } from '../../utils/companies';

type Row = [why: string, sentence: string, verb: string, want: CompanyHit | null];

describe('subjectBefore, round 5', () => {
  it.each<Row>([
    // Fixture 220: "when it raised" — the subordinate clause's pronoun points to the name right before the conjunction.
    ['"X when it raised"', 'And of that half, the majority went to a single business: Dartmouth cleantech star CarbonCure when it raised §, or about §.', 'raised', { name: 'CarbonCure', pronoun: false }],
    ['"X as it raised"', 'Investors piled into Zentrix as it raised § in its Series B.', 'raised', { name: 'Zentrix', pronoun: false }],
    ['"X lorsqu’elle a levé"', 'Le marché a salué Qonto lorsqu’elle a levé § en 2022.', 'levé', { name: 'Qonto', pronoun: false }],
    // Fixture 238: a subject of lower-case descriptors ending in a kind noun points back like "it".
    ['"The food delivery, aka logistics tech startup, reportedly raised"', 'The food delivery, aka logistics tech startup, reportedly raised § in seed funding in April 2024.', 'raised', { name: '', pronoun: true }],
    ['"This Lagos-born payments startup raised" (lower-case descriptors only)', 'This payments startup raised § last week.', 'raised', { name: '', pronoun: true }],
    ['"Cette startup, figure de proue du e-commerce B2B, a levé"', 'Cette startup, figure de proue du e-commerce B2B, a levé une enveloppe de §.', 'levé', { name: '', pronoun: true }],
    ['"La jeune pousse lyonnaise a levé"', 'La jeune pousse lyonnaise a levé § auprès de ses actionnaires.', 'levé', { name: '', pronoun: true }],
    // Fixture 237: a fronted French participle is not the company; "elle" is the subject.
    ['"Spécialisée dans …, elle a levé"', 'Spécialisée dans l’analyse des tumeurs, elle a levé § fin août.', 'levé', { name: '', pronoun: true }],
    // Fixture 222: a founders' participle without commas ("créée en 2017 par A et son associé B") is an aside, not the subject.
    ['"La start-up créée en 2017 par A et son associé B vient de lever"', 'La start-up créée en 2017 par l’Ougandais Ham Serunjogi et son associé ghanéen Maijid Moujaled vient de lever §.', 'lever', { name: '', pronoun: true }],
    ['"The startup founded in 2019 by Jane Doe raised"', 'The startup founded in 2019 by Jane Doe and John Roe raised § from Accel.', 'raised', { name: '', pronoun: true }],
  ])('%s', (_why, sentence, verb, want) => expect(subjectBefore(sentence, sentence.indexOf(verb))).toEqual(want));
});

describe('firstNameBefore, round 5: founders named after a bare participle are not the antecedent', () => {
  it.each<[string, string, string, string | null]>([
    ['Fixture 222 (French)', 'La start-up créée en 2017 par l’Ougandais Ham Serunjogi et son associé ghanéen Maijid Moujaled vient de lever §.', 'lever', null],
    ['English', 'The startup founded in 2019 by Jane Doe and John Roe has raised § from Accel.', 'raised', null],
    // Fixture 221: a sentence-opening adjective is no name; the first real name is read instead.
    ['"Nouvel investissement d’Orange Ventures …"', 'Nouvel investissement d’Orange Ventures dans l’agritech, avec sa participation au tour de §.', '§', 'Orange Ventures'],
    ['"Despite Sequoia’s backing, …": the run starts after the preposition', 'Despite Sequoia backing it, the firm raised §.', 'raised', 'Sequoia'],
  ])('%s', (_why, sentence, verb, want) => expect(firstNameBefore(sentence, sentence.indexOf(verb))).toBe(want));
});

describe('openingSubject, round 5', () => {
  it.each<[string, string, string | null]>([
    // Fixture 233: a descriptor (with a place's possessive) before the name, then a verb of getting a round.
    ['"Bellevue’s business software firm Smartsheet finished a § round"', 'Bellevue’s business software firm Smartsheet finished a § round of funding.', 'Smartsheet'],
    ['"Paris-based payments startup Lydia bagged §"', 'Payments startup Lydia bagged § from Tencent.', 'Lydia'],
    ['"La fintech Qonto a finalisé …" (French kind noun)', 'La fintech Qonto a finalisé une levée de §.', 'Qonto'],
    // Fixture 236: verbs of preparing or completing a round.
    ['"Yakkey prépare un tour de table"', 'Yakkey prépare un tour de table de § auprès de l’IFC.', 'Yakkey'],
    ['"Acme completed a § round"', 'Acme completed a § round in March.', 'Acme'],
    ['"Tabby a décroché §"', 'Tabby a décroché § auprès de fonds du Golfe.', 'Tabby'],
    // Fixture 238: a heading line that is only a name is what the next paragraph's "the startup" points back to.
    ['a one-word heading line', 'Chowdeck', 'Chowdeck'],
    ['a two-word heading line', 'Moniepoint Inc', 'Moniepoint Inc'],
    // Fixture 237: a ranking's place fronted before the subject.
    ['"Numéro trois, Lunaphore est …"', 'Numéro trois, Lunaphore est elle aussi lausannoise.', 'Lunaphore'],
    ['"Number two, Acme raised …"', 'Number two, Acme raised § in a Series B.', 'Acme'],
  ])('%s', (_why, sentence, want) => expect(openingSubject(sentence)).toBe(want));
});

describe('companyAfter, round 5', () => {
  it.each<[string, string, string | null]>([
    // Fixture 228: a later round noun with its own figure is not this figure's object; "§ par X" is the round raised by X.
    ['"de § de la part de A, de § par B et un tour de table de § par C": the first figure is not C’s', ' de la part de Tamara, basée en Arabie saoudite, de § par Tabby et un tour de table de § par MNT-Halan.', null],
    ['"de § par Tabby"', ' par Tabby et un tour de table de § par MNT-Halan.', 'Tabby'],
    ['"un tour de table de § par MNT-Halan"', ' par MNT-Halan.', 'MNT-Halan'],
    // Fixture 221: the elided "d’" right after the figure (a restatement in between) is the round's owner.
    ['"au tour d’amorçage de § (§) d’Afrikamart"', ' (§) d’Afrikamart, une start-up franco-sénégalaise.', 'Afrikamart'],
    ['"une levée de § d’Ynsect"', ' d’Ynsect, annoncée mardi.', 'Ynsect'],
    // Fixture 245: into an owner's unit, the unit named after its description is the company.
    ['"invest § into GM’s self-driving car unit Cruise"', ' into GM’s self-driving car unit Cruise to help it.', 'Cruise'],
    ['"§ into Alphabet’s delivery drone subsidiary Wing"', ' into Alphabet’s delivery drone subsidiary Wing.', 'Wing'],
    ['a round in a named company still reads', ' round in Acme Robotics, a Boston startup.', 'Acme Robotics'],
  ])('%s', (_why, after, want) => expect(companyAfter(after)).toBe(want));
});

describe('parenthesisedItems, round 5: "(§ round)" is an item too', () => {
  it('fixture 232: "Highspot (§), Zenoti (§ round), and Flexe (§)" gives each figure its own name', () => {
    const masked = 'Other big rounds for Seattle companies: Highspot (§§§), Zenoti (§§§ round), and Flexe (§§§).';
    expect([...parenthesisedItems(masked).values()]).toEqual(['Highspot', 'Zenoti', 'Flexe']);
  });
  it('French: "levées de fonds de A (§), B (§ Série A) et C (§)"', () => {
    const masked = 'Le mois a vu les levées de fonds de Alan (§), Pennylane (§ Série A) et Qonto (§).';
    expect([...parenthesisedItems(masked).values()]).toEqual(['Alan', 'Pennylane', 'Qonto']);
  });
});

describe('names of a glued table, round 5', () => {
  it('fixture 232: the digits after a number’s thousands separator are not part of the name glued after them', () => {
    expect(namesIn('Highspot06/04/2019$60,000,000Highspot reels in § for sales teams')).toContain('Highspot');
    expect(namesIn('Highspot06/04/2019$60,000,000Highspot reels in § for sales teams')).not.toContain('000Highspot');
  });
  it('a name that opens with digits on its own keeps them', () => {
    expect(namesIn('360Learning raised § and 1Password raised §.')).toEqual(['360Learning', '1Password']);
  });
});

describe('isOpeningWord: capitalised by its place, never a company', () => {
  it.each([
    // Batch 6: each word the reader took as a company.
    'Despite', 'Nouvel', 'Cela', 'À', 'Lire', 'Spécialisée', 'Remember',
    // Other instances of the same classes.
    'Although', 'Whereas', 'Malgré', 'Voici', 'Lorsque', 'Basée', 'Installées', 'Publié', 'Founded', 'Nouvelle',
    // Time phrases.
    'Q1 of 2024', 'H2 2023', 'Q3', 'FY24', 'The third quarter', 'First half of 2023', 'T2 2024',
  ])('%s', (word) => expect(isOpeningWord(word)).toBe(true));
});

describe('antecedentIn: what "the startup" points back to (for the funding reader)', () => {
  it.each<[string, string, string | null]>([
    // Fixture 236: the sentence before names the company after a preposition.
    ['"Chez Chari.ma, la dynamique ne faiblit pas."', 'Chez Chari.ma, la dynamique ne faiblit pas.', 'Chari.ma'],
    ['"… revient à Spore.bio."', 'Mais la levée la plus impressionnante du trimestre revient à Spore.bio.', 'Spore.bio'],
    ['English: the last company named', 'Investors have long watched Kuda and Moniepoint.', 'Moniepoint'],
    // A person the text names as such, a place and a nationality are skipped.
    ['a founder named after a role is skipped', 'Acme grew fast, said CEO Jane Doe.', 'Acme'],
    ['a place is skipped', 'Acme opened an office in Lagos.', 'Acme'],
  ])('%s', (_why, before, want) => expect(antecedentIn(before, personNames(before))).toBe(want));
});

