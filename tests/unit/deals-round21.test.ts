/**
 * Round 21 (group 2): readers of "is this figure a total?" and of a negated listing. Invented sentences, EN and FR; each row
 * failed before its rule (checked by disabling the rule).
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const deals = (p: string) => readFunding({ paragraphs: [p] }).deals.map((d) => `${d.company} ${d.amount?.text}`);

describe('round 21: a sum over a span of months or years is no round (SPAN_DURATION_AFTER)', () => {
  it.each([
    'The robotics startup raised $310 million in 20 months from investors including Norvale Partners and Quill Capital.',
    'Tessora has pulled in $95 million in 30 months from a dozen backers.',
    'La jeune pousse Brivane a levé 48 millions d’euros en trois ans auprès de fonds régionaux.',
    'Kelvory a récolté 22 millions d’euros sur six ans, sans jamais ouvrir son capital à un fonds américain.',
  ])('%s', (text) => expect(deals(text)).toEqual([]));
});

describe('round 21: a sum over several rounds, a size between the count and the noun (AGGREGATE_AFTER)', () => {
  it.each([
    'Zorvex raised $800 million in 3 such over $200 million rounds this year.',
    'Ostral raised $450 million in two separate $200 million-plus rounds.',
  ])('%s', (text) => expect(deals(text)).toEqual([]));
});

describe('round 21: a period told with its sum is no round (PERIOD_WITH_BEFORE, PERIOD_PAREN_BEFORE)', () => {
  it.each([
    'L’écosystème lyonnais a signé en mars le meilleur mois de son histoire, avec plus de 300 millions d’euros récoltés.',
    'Nordic fintech had its strongest quarter ever, with $1.2 billion raised across the region.',
    'La scène bordelaise a clôturé l’année 2023 avec 410 millions d’euros levés, un record.',
    'Le seed reste le maillon faible d’une année pourtant record (3 milliards d’euros levés par Loire Numérique).',
    'Early-stage money was the weak spot of an otherwise strong year ($4 billion raised by Ohio Tech Hub).',
  ])('%s', (text) => expect(deals(text)).toEqual([]));
});

describe('round 21: a negated listing is no listing; the round stays (negatedListing)', () => {
  it.each([
    ['Le spécialiste du vélo Corvane a levé 150 millions d’euros, rejoignant les rares start-up non cotées en bourse valorisées à plus d’un milliard.', 'Corvane 150 millions d’euros'],
    ['Haldex Robotics raised $90 million, joining the small club of startups not publicly listed yet valued above $1 billion.', 'Haldex Robotics $90 million'],
    ['La fintech Tivora a bouclé un tour de table de 60 millions d’euros ; elle n’est ni rachetée ni entrée en bourse.', 'Tivora 60 millions d’euros'],
  ])('%s', (text, want) => expect(deals(text)).toEqual([want]));
});

describe('round 21: a "followed by" item under a plural class subject ranks a class or a place, not a round (followsPluralClass)', () => {
  it.each([
    'Lagos-based startups pulled in the most money this quarter, raising $300 million, followed by Nairobi with $210 million.',
    'Les jeunes pousses lyonnaises ont levé 200 millions d’euros ce trimestre, suivies de Grenoble avec 150 millions d’euros.',
  ])('%s', (text) => expect(deals(text)).toEqual([]));
});
