/**
 * Round 39 (session 26): a person the article names as such is never the company that raised (raisers.ts PERSON_RAISER,
 * companies.ts personNames). A title before the name ("CEO Chris Romer", coloradosun 1069), a role after it ("Christina
 * Cacioppo, co-founder and CEO of Vanta", tag page 680), a founders' list with a serial comma ("Founded by Maria Paula Pinzón,
 * Alfredo Prieto, and Víctor Julio", geographyandtech 1089) or a byline ("Gargi Sarkar, Author at Inc42 Media", inc42 446)
 * made the person the raiser. The raiser is then the next name before the figure that is no person, else the deal just
 * read, else the headline's company. Negative rows: a company named right after a founders' phrase is still the company
 * ("the founders of T Dispatch", zdnet 553; "Founded in 2013 by Chakradhar Gade and Nitin Kaushal, Country Delight runs",
 * dairynews 847). Real sentences of those fixtures.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (paragraphs: string[], amount: string) =>
  readFunding({ paragraphs }).deals.filter((d) => d.amount?.text === amount).map((d) => d.company);

describe('round 39: a person named as such is not the raiser', () => {
  it.each<[string, string[], string, string]>([
    ['title before the name (1069)', [
      'When 2-year-old Project Canary started out for a second round of funding, the startup was inundated by investors wanting to get in on the Denver company’s potential growth. CEO Chris Romer credits the $111 million funding tsunami to the convergence of four massive waves.',
    ], '$111 million', 'Project Canary'],  // the article's topic, read with its age descriptor here
    ['role after the name, then the founded company (680)', [
      'Then, on Thursday at 12:00pm, TechCrunch’s top security editor Zack Whittaker speaking with Andrew Reed, partner at Sequoia, and Christina Cacioppo, co-founder and CEO of Vanta.',
      'Christina Cacioppo started Vanta in 2016 and has raised $202.95 million to date including a $150 million Series B it closed in October 2022.',
    ], '$150 million', 'Vanta'],
  ])('%s', (_label, paragraphs, amount, company) => {
    const got = companies(paragraphs, amount);
    expect(got).toHaveLength(1);
    expect(got[0]!.endsWith(company)).toBe(true);
  });

  it.each<[string, string[], string, string]>([
    ['founders listed with a serial comma (1089)', [
      'It’s Tuesday, and today we’re covering Guama, a Colombian fintech startup. Founded by Maria Paula Pinzón, Alfredo Prieto, and Víctor Julio, the company just raised a $1.5 million seed round led by Salkantay Ventures with participation from Story Ventures, Hustle Fund, and Techstars.',
    ], '$1.5 million', 'Víctor Julio'],
    ['a byline atop a feed (446)', [
      'Gargi Sarkar, Author at Inc42 Media https://inc42.com/author/gargi-sarkar/ News & Analysis on India’s Tech & Startup Economy Mon, 18 Dec 2023 06:00:17 +0000 en hourly 1 https://wordpress.org/?v=6.4.1 https://inc42.com/wp-content/uploads/2021/09/cropped-inc42-favicon-1-32x32.png Gargi Sarkar, Author at Inc42 Media https://inc42.com/author/gargi-sarkar/ 32 32 Udaan Fires 120 Employees Within A Week Of Raising $340 Mn https://inc42.com/buzz/udaan-fires-120-employees-within-a-week-of-raising-340-mn/ Mon, 18 Dec 2023 06:00:17 +0000 https://inc42.com/?p=432345 Bengaluru-based business-to-business (B2B) ecommerce unicorn Udaan has fired close to 120 employees, just within a week after scooping up $340…]]>',
    ], '$340 Mn', 'Gargi Sarkar'],
  ])('%s', (_label, paragraphs, amount, person) => {
    expect(companies(paragraphs, amount)).not.toContain(person);
  });
});

describe('round 39: a company named after a founders\' phrase is still the raiser', () => {
  it.each<[string, string[], string, string]>([
    ['the founders of T Dispatch (553)', [
      'About a year ago, the founders of T Dispatch, a startup specialising in cloud-based taxi dispatching and booking software, decided to move to Berlin.',
      'T Dispatch has since raised about €500,000 in seed and angel rounds, and has grown its staff substantially.',
    ], '€500,000', 'T Dispatch'],
    ['the company after a closed founders\' list (847)', [
      'Gurugram-based dairy brand, Country Delight has raised around Rs 165 crore (around $20 million) from existing investors like Temasek, and new investors like Seviora Capital, regulatory filings showed.',
      'Founded in 2013 by Chakradhar Gade and Nitin Kaushal, Country Delight runs a full-stack subscription model.',
    ], 'Rs 165 crore', 'Country Delight'],
  ])('%s', (_label, paragraphs, amount, company) => {
    expect(companies(paragraphs, amount)).toEqual([company]);
  });
});
