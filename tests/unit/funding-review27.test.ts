/**
 * Review of round 27 (funding side), findings F1 and F2: the raiser of an ordinary single-story article survives a sentence
 * where it joins or invests in something that is no round, and a quoted founder's "we" never makes the news site the raiser.
 * Invented sentences; the look-alikes below each group keep the round-27 readings they guard.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const first = (paragraphs: string[], url?: string) => readFunding({ paragraphs }, { url }).deals[0];

describe('a verb of taking part makes a participant only when its object is a round', () => {
  it.each<[string, string[]]>([
    ['joined an accelerator', ['Tilvo makes drone chips in Austin.', 'Tilvo joined the Techstars accelerator in 2021.', 'The company raised $12 million in a Series A led by Brenmoor Capital.', 'Tilvo employs 80 people.']],
    ['invested in research', ['Tilvo makes drone chips in Austin.', 'Tilvo invested heavily in research.', 'The company raised $12 million in a Series A led by Brenmoor Capital.', 'Tilvo employs 80 people.']],
    ['participe à un programme', ['Tilvo fabrique des puces.', 'Tilvo participe au programme French Tech 120.', 'La société a levé 12 millions d’euros auprès de Brenmoor Capital.', 'Tilvo emploie 80 personnes.']],
  ])('%s: the company stays the raiser', (_, paragraphs) => expect(first(paragraphs)?.company).toBe('Tilvo'));

  it('a backer that joined the round is still no raiser, and is read as a participant', () => {
    const deal = first(['Acme raised $20 million led by Brenmoor.', 'Definvest joined the round.', 'Definvest is a fund.']);
    expect(deal?.company).toBe('Acme');
    expect(deal?.investors).toContain('Definvest');
  });
});

describe('a quoted "we" is not the page speaking', () => {
  it.each<[string, string[], string]>([
    ['EN, quoted founder on a news site', ['“We raised $5 million for our seed round,” Kelpra founder Jane Roe told TechCrunch.', 'Kelpra sells soil sensors to farms. Kelpra employs 20 people.'], 'https://techcrunch.com/2024/01/01/kelpra'],
    ['FR, guillemets', ['« Nous avons levé 5 millions d’euros pour notre amorçage », explique Jane Roe, fondatrice de Kelpra, à Maddyness.', 'Kelpra vend des capteurs. Kelpra emploie 20 personnes.'], 'https://www.maddyness.com/2024/01/01/kelpra'],
  ])('%s: the raiser is the company, not the site', (_, paragraphs, url) => expect(first(paragraphs, url)?.company).toBe('Kelpra'));

  it('a first-person post in the writer’s own voice still belongs to the site’s company', () => {
    expect(first(['We raised $21M for our Series A from Temasek.', 'Living Carbon plants trees. Living Carbon grows.'], 'https://www.livingcarbon.com/blog')?.company).toBe('Living Carbon');
  });
});

describe('a bare country is never a backer (review of round 27, F7)', () => {
  it.each<[string, string[], string[]]>([
    ['FR, menée par la Russie', ['Tilvo a levé 10 millions de dollars lors d’une levée menée par la Russie.'], []],
    ['EN, a country beside a fund', ['Tilvo raised $10 million in a round led by Singapore and Kima Ventures.'], ['Kima Ventures']],
    ['look-alike: a fund named after a state keeps its name', ['Tilvo raised $10 million in a round led by Texas Venture Partners.'], ['Texas Venture Partners']],
  ])('%s', (_, paragraphs, leads) => expect(first(paragraphs)?.leadInvestors).toEqual(leads));
});
