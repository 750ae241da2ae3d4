/**
 * Which company raised, round 20: readers of structure, from shapes that recurred in the blind misses of batches 8–14 and in
 * fresh pages of other outlets (invented rows, English and French; each fails without its rule).
 * Negatives: companies-round20.negatives.test.ts.
 *
 * 1. An exclamation mark inside a brand, between two capitalised words of a list (isBangInsideName in sentences.ts): "chain
 *    Wow! Momo, app X and …". Before, the sentence was cut at "!" and the item became "Momo".
 * 2. An item of a list of rounds whose parenthesis tells what the money is for after the figure (PAREN_ITEM_TAIL in
 *    parenthesisedItems): "Orvani (§ pour Norvia Health)". Before, the name after "pour/for" was taken for the raiser.
 * 3. A person opening a sentence with their role in an organisation set off after the name (PERSON_ROLE_AFTER in
 *    openingSubject): "Jane Roe, the former head of research at X, joined Y". Before, the person was the subject the next
 *    sentence's "the startup" pointed back to, and became the raiser.
 * 4. A title opening a name run (TITLE_LEAD: "Chief Executive Jane Roe said …") and a numbered part label of a live blog or a
 *    series (SECTION_HEADING: "Update 2", "Mise à jour 1") open no company in openingSubject nor stand as an antecedent.
 */
import { describe, expect, it } from 'vitest';
import { antecedentIn, openingSubject } from '../../utils/companies';
import { readFunding } from '../../utils/funding';
import { splitSentences } from '../../utils/sentences';

const pieces = (p: string) => splitSentences(p).map((s) => s.text);

describe('round 20: "!" inside a name of a list is no sentence end', () => {
  it.each<[string]>([
    ['Snack chain Yum! Bowl, travel app Kiplo and payroll startup Orvani also raised money this week.'],
    ['The round drew food brand Hey! Pasta and fintech startup Tilvo, among others.'],
    ['La chaîne Miam! Burger, l’application Kiplo et la fintech Orvani ont aussi levé des fonds.'],
    ['Le groupe Oh! Sushi et la start-up Tilvo ont bouclé leur tour de table.'],
    ['Investors include media group Hop! Media’s venture arm and Harbor Ventures.'],
  ])('%s', (row) => expect(pieces(row)).toEqual([row]));
});

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 20: words after the figure inside an item’s parenthesis', () => {
  it.each<[string]>([
    ['This month’s raises: Kiplo ($12 million), Orvani ($5 million for Norvia Health) and Tilvo ($3 million).'],
    ['Funding rounds of the week: Kiplo ($7 million), Orvani ($4 million for Norvia Robotics) and Tilvo ($2 million).'],
    ['Parmi les levées du mois, Kiplo (12 millions d’euros), Orvani (5 millions d’euros pour Norvia Health) et Tilvo (3 millions d’euros).'],
    ['Côté levées de fonds : Kiplo (8 millions d’euros), Orvani (4 millions d’euros pour Norvia Santé) et Tilvo (2 millions d’euros).'],
  ])('%s', (row) => expect(companies(row)).toEqual(['Kiplo', 'Orvani', 'Tilvo']));
});

describe('round 20: a person with a role set off after the name opens no company', () => {
  it.each<[string[]]>([
    [['Kiplo builds delivery drones for farms.', 'Jane Roe, the former head of research at Norvia, joined Kiplo last year as chief technology officer.', 'The startup raised $4 million from Harbor Ventures.']],
    [['Kiplo builds delivery drones for farms.', 'Jane Roe, a partner at Harbor Ventures, sits on Kiplo’s board.', 'The startup raised $4 million from Harbor Ventures.']],
    [['Kiplo conçoit des drones agricoles.', 'Jeanne Roux, l’ancienne directrice de la recherche chez Norvia, a rejoint Kiplo l’an dernier.', 'La start-up a levé 4 millions d’euros auprès de Partech.']],
    [['Kiplo conçoit des drones agricoles.', 'Jeanne Roux, ancienne directrice générale de Norvia, a rejoint Kiplo en 2019.', 'La start-up a levé 4 millions d’euros auprès de Partech.']],
  ])('%j', (ps) => expect(companies(ps.join(' '))).toEqual(['Kiplo']));
});

describe('round 20: titles and numbered labels are no company', () => {
  it.each<[string]>([
    ['Chief Executive Jane Roe said the company raised $4 million.'],
    ['Co-Founder Sam Reyes says the startup has raised $2 million.'],
    ['Update 2'],
  ])('%s', (row) => expect(openingSubject(row)).toBeNull());
  it.each<[string]>([['Update 1/2 '], ['Partie 3 '], ['Episode 4 ']])('%s', (before) => expect(antecedentIn(before)).toBeNull());
});
