import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 7 text shapes in clean articles: quotations the
 * writer attributes in the body, epigraphs, agency names inside sentences,
 * slideshow-like counts, closed spellings that are standard, accented words
 * that only look like mojibake, ampersands in names. None may be flagged.
 */
const B0 = BODY[0]!;
const REST = BODY.slice(1);
const C0 = CORPS[0]!;
const CREST = CORPS.slice(1);

/** Rows with a kind may be flagged, but only as that kind (a repeat that is not a caption stays a repeated paragraph). */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  // Quotes and attributions the writer prints on purpose.
  { name: 'a body quote with its verb', paragraphs: [HEADLINE, B0, '“Demand for robots has never been higher,” said Jane Doe, the chief executive.', ...REST] },
  { name: 'an epigraph above the story', paragraphs: [HEADLINE, '“The best way to predict the future is to invent it.”', '— Alan Kay, computer scientist', ...BODY] },
  { name: 'a French quote closed and punctuated', paragraphs: [TITRE, C0, 'Pour son fondateur, la levée doit permettre « de recruter une vingtaine d’ingénieurs d’ici l’été et d’ouvrir deux bureaux ».', ...CREST] },
  { name: 'a short subhead ending on a quotation', paragraphs: [HEADLINE, B0, 'Why investors say “this time is different”', ...REST] },
  { name: 'a quoted line followed by a lower-case sentence that is complete', paragraphs: [HEADLINE, B0, '“We are hiring.”', 'that was the message on the company’s home page on Tuesday, and it drew thousands of applications.', ...REST] },
  { name: 'an embedded post with a handle and a date', paragraphs: [HEADLINE, B0, '“Big news for our team today, thank you to everyone who believed in us”', '— Jane Doe (@janedoe) March 3, 2024', ...REST] },
  { name: 'a quotation ending a paragraph with its full stop outside', paragraphs: [HEADLINE, B0, 'The chief executive described the new round as “the biggest bet we have ever made on our own engineers”.', ...REST] },
  // Credits and counts that are not captions printed twice.
  { name: 'an agency named in a sentence', paragraphs: [HEADLINE, B0, 'A REUTERS/Ipsos poll found that most shoppers want faster deliveries, the company noted.', ...REST] },
  { name: 'a count at the start of a sentence', paragraphs: [HEADLINE, B0, '1 of 3 Americans now shops online every week, according to a survey cited by the company.', ...REST] },
  { name: 'one caption with its credit, printed once', paragraphs: [HEADLINE, 'Workers load pallets at the Acme Robotics warehouse in Columbus, Ohio. (AP Photo/Jane Smith)', ...BODY] },
  { name: 'two different captions by the same photographer', paragraphs: [HEADLINE, 'Workers load pallets at the Acme warehouse. REUTERS/Jane Smith', B0, 'A robot arm sorts parcels in Texas. REUTERS/Jane Smith', ...REST] },
  { name: 'a repeated attribution line is not a caption', paragraphs: [HEADLINE, B0, 'Demand for robots has doubled in a year. Jane Smith, CEO', ...REST, 'Demand for robots has doubled in a year. Jane Smith, CEO'], kind: 'duplicated-paragraph' },
  // Bylines and section heads that are the article's own.
  { name: 'a print-replica byline under the headline at the top', paragraphs: [HEADLINE, 'By Li Yang in Beijing', ...BODY, 'Warehouse operators across China are racing to automate as labour costs rise.', 'Acme expects its Chinese orders to grow fastest, its chief executive said.'] },
  { name: 'a "By the numbers" section in the body', paragraphs: [HEADLINE, ...BODY, 'By the numbers', 'Acme now runs 4,000 robots in 12 warehouses, up from 1,500 a year ago, the company said.', 'It employs 600 people, most of them engineers.', 'It expects revenue to double this year.'] },
  { name: 'a "Show more" button before the article’s own subhead is not a new story', paragraphs: [HEADLINE, ...BODY, 'Show more', 'What the new money buys'], kind: 'boilerplate' },
  { name: 'a finished article above a French paywall label', paragraphs: [TITRE, ...CORPS, 'Cet article est réservé aux abonnés'], kind: 'boilerplate' },
  { name: 'two lines ending on an ellipsis are the writer’s', paragraphs: [HEADLINE, ...BODY, 'And then the phone rang, and everything changed for the founders…', 'Or so they thought at the time, looking back on that long week…'] },
  { name: 'an ellipsis list at the top, before any body', paragraphs: ['Coming up today on the show: robots in the warehouse…', 'Summer fundraising, explained by three founders…', 'The first questions investors ask a new team…', HEADLINE, ...BODY] },
  { name: 'quoted lines ending on an ellipsis', paragraphs: [HEADLINE, ...BODY, '“We kept thinking about what could go wrong…', '“And then we stopped thinking and just built it…', '“Because nobody else was going to do it for us…'] },
  // Spellings.
  { name: 'a company name written both ways', paragraphs: [HEADLINE, 'Acme counts Wal-Mart among its customers; Wal-Mart signed in 2021.', 'Walmart did not comment on the deal, a spokesperson said.', ...REST] },
  { name: 'a capitalised brand that is a compound of the word list', paragraphs: [HEADLINE, B0, 'Lastminute and Crossroads are among its customers, the company said.', ...REST] },
  { name: 'hyphenated first names and a plain surname', paragraphs: [TITRE, 'Jean-Pierre Martin et Marie-Claire Dubois ont fondé Robotix.', 'Jeanpierre est un prénom rare, note Marie-Claire Dubois.', ...CREST], kind: 'none' },
  { name: '"cofounder" beside "co-founder" (both standard)', paragraphs: [HEADLINE, 'Jane Doe, the co-founder of Acme, said the round was oversubscribed.', 'Her cofounder John Smith will lead the new office in Texas.', ...REST] },
  { name: 'accented words and a Portuguese city in capitals', paragraphs: [HEADLINE, B0, 'The naïve forecast came from SÃO PAULO, where Acme sells to Citroën dealers and a café chain.', ...REST] },
  { name: 'ampersands in company names', paragraphs: [HEADLINE, B0, 'AT&T, Procter & Gamble and the R&D arm of Johnson & Johnson are customers.', ...REST] },
  { name: 'a question mark pair in a quote', paragraphs: [HEADLINE, B0, 'Who would have thought it?? the founder joked on stage.', ...REST] },
];

describe('round 7 text artifacts: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind !== kind).map((a) => `${a.kind}: ${a.text}`)).toEqual([]);
  });
});
