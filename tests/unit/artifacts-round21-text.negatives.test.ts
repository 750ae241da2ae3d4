import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Round 21, group 5: look-alikes of the new readers. Invented rows, EN and FR; each row that was flagged before its
 * guard failed with the guard disabled (checked); the others keep the new readers off the article's own lines.
 */
const kinds = (paragraphs: string[]): string[] => findArtifacts({ paragraphs }).map((a) => a.kind);
const texts = (paragraphs: string[], kind: string): string[] =>
  findArtifacts({ paragraphs }).filter((a) => a.kind === kind).map((a) => a.text);

describe('round 21: sentences that open on "By" and a date are prose, not an empty byline', () => {
  it.each([
    ['a deadline sentence', [HEADLINE, ...BODY, 'By March 2026, the company expects to run its robots in every warehouse it leases.']],
    ['a month and year alone is no full date', [HEADLINE, 'By March 2026', ...BODY]],
    ['une échéance dans une phrase', [TITRE, ...CORPS, 'Par ailleurs, le 3 mars 2024, la société a ouvert un bureau à Lille.']],
    ['a real byline with a date', [HEADLINE, 'By Jane Porter, June 3, 2024', ...BODY]],
  ])('%s', (_name, paragraphs) => {
    expect(texts(paragraphs, 'byline-noise')).toEqual([]);
  });
});

describe('round 21: ranges with both ends, and changes by an amount, are complete', () => {
  it.each([
    ['the new figure first, the old one after "from"', [HEADLINE, ...BODY, 'One broker lowered its price target on the stock to $20 from $24.']],
    ['both ends in order', [HEADLINE, ...BODY, 'Inflation in the region rose from 3.1% to 3.4% in the second quarter.']],
    ['a year after "from", no verb of change', [HEADLINE, ...BODY, 'The founders have worked together on robots from 2019.']],
    ['no verb of change: a price list', [HEADLINE, ...BODY, 'Tickets for the open day are available online from $15.']],
    ['une baisse de 2 euros, complète', [TITRE, ...CORPS, 'La banque a abaissé son objectif de cours de 2 euros.']],
    ['un objectif passé de 30 à 26 euros', [TITRE, ...CORPS, 'L’objectif de cours est passé de 30 à 26 euros.']],
  ])('%s', (_name, paragraphs) => {
    expect(kinds(paragraphs)).not.toContain('truncated-sentence');
  });
});

describe('round 21: a short line printed three times is chrome, not a caption nor a repeated title', () => {
  it('a site name printed three times near the head is not a duplicated caption nor paragraph', () => {
    const site = 'Harbour Courier, harbour courier';
    const k = kinds([HEADLINE, 'Updated 10:42', site, site, 'Updated 10:42', site, ...BODY]);
    expect(k).not.toContain('duplicated-caption');
    expect(k).not.toContain('duplicated-paragraph');
  });
  it('a caption printed twice stays a duplicated caption', () => {
    const caption = 'Robots stack parcels at a warehouse near the port in Ohio';
    expect(kinds([HEADLINE, caption, caption, ...BODY])).toContain('duplicated-caption');
  });
  it('le titre imprimé trois fois en tête n’est pas un bloc de gabarit', () => {
    expect(texts([TITRE, TITRE, TITRE, ...CORPS], 'boilerplate').filter((t) => t.includes('Robotix'))).toEqual([]);
  });
});

// storyAfterClosedItem (merged-stories.ts; it replaced kickerAfterStory) reads a section kicker, a headline and a lede
// after a story whose subject is never named again; a "lede" that ends on a colon introduces the page's own promo list (LEDE_INTRODUCES_LIST).
describe('round 21: a label over a line that introduces a list is not a second post', () => {
  it.each([
    ['a label, a promo title and a colon line after the story', ['Acme Robotics raises $50 million for warehouse robots', 'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.', 'Acme Robotics plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.', 'The chief executive of Acme Robotics said demand for warehouse robots had doubled over the past year alone.', 'Extras', 'Meet Our Newest Reading Tools', 'Here is what the assistant can do for you on every page:', 'Summaries, translations and alerts for each of your saved searches.']],
    ['un libellé, un titre promo et une ligne qui annonce une liste', ['Robotix lève 5 millions d’euros', 'La société Robotix a levé 5 millions d’euros auprès de plusieurs fonds pour recruter une vingtaine de personnes.', 'Selon son fondateur, la société Robotix compte ouvrir des bureaux à Paris et à Berlin avant la fin de l’année.', 'Le fondateur de Robotix estime que le marché des robots d’entrepôt a doublé en deux ans.', 'Suppléments', 'Découvrez Nos Nouveaux Outils', 'Voici ce que notre assistant peut faire pour vous sur chaque page :', 'Des résumés, des traductions et des alertes pour chacune de vos recherches.']],
  ])('%s', (_name, paragraphs) => {
    expect(kinds(paragraphs)).not.toContain('merged-stories');
  });
});
