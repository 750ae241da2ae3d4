/**
 * What a clean article contains that looks like the batch-3 artifacts
 * (artifacts-batch3.test.ts): none of these paragraphs may be flagged.
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];
const HEADLINE = 'Acme Robotics raises $50 million to build warehouse robots';

const NEGATIVES: Array<{ name: string; paragraphs: string[] }> = [
  // 2. Chrome-like words that are the article's own.
  { name: 'a three-word headline under a skip link stays', paragraphs: ['Series A round', ...BODY] },
  { name: 'a caption naming a logo inside the body', paragraphs: [HEADLINE, BODY[0]!, 'Acme logo', BODY[1]!, BODY[2]!] },
  { name: 'a metadata field above the body', paragraphs: ['Publication: Lima News', 'Location: Lima, Ohio', HEADLINE, ...BODY] },
  { name: 'a report that users create an account', paragraphs: [HEADLINE, 'Users create an account with a phone number and can then sign up friends, the company said on Tuesday.', ...BODY] },
  { name: 'a quoted call to action', paragraphs: [HEADLINE, '“Visit our stores and see the robots for yourself!” the chief executive told reporters.', ...BODY] },
  { name: 'an exclamation that is not an imperative', paragraphs: [HEADLINE, ...BODY, 'What a year it has been for the robot makers of Ohio!'] },
  { name: 'a headline with a pipe but no site address', paragraphs: [HEADLINE, BODY[0]!, 'Q&A | Jane Doe on robots and jobs', ...BODY.slice(1)] },
  { name: '"Source:" naming a data source, not the headline', paragraphs: [HEADLINE, ...BODY, 'Source: company filings and PitchBook data'] },
  { name: '"see also" inside a sentence with a space', paragraphs: [HEADLINE, 'The filing (see also: the annual report) shows revenue of $3 million. The company said growth would continue.', ...BODY] },
  { name: 'a newsletter named in a news sentence', paragraphs: [HEADLINE, 'The company said readers of its newsletter would see the robots first when the factory opens later this year.', ...BODY] },
  { name: 'a slogan-like sentence inside a paragraph', paragraphs: [HEADLINE, 'Firms that want to stay ahead of the market must automate, the report said. Acme agreed with that view.', ...BODY] },
  // 3. Bylines that are a reader's bylines.
  { name: 'a plain byline and a read time with a space', paragraphs: [HEADLINE, 'By Jane Doe', 'March 13, 2026 · 4 min read', ...BODY] },
  { name: 'an author named Adminah', paragraphs: ['Author: Adminah Okafor', HEADLINE, ...BODY] },
  { name: '"by" inside a sentence, before a name', paragraphs: [HEADLINE, 'The round was led by Sequoia Capital on 13 October 2011, the company said in a statement.', ...BODY] },
  { name: 'a headline naming an agency inside it', paragraphs: ['Acme robots approved by Reuters panel for newsroom use', ...BODY] },
  { name: 'a headline with a dash and a subtitle', paragraphs: ['Robots in the warehouse – the next wave of automation', ...BODY] },
  { name: 'a body sentence ending "– The Times"', paragraphs: [HEADLINE, ...BODY, 'Acme is hiring, its founder told The Times – Daily News'] },
  // 4. Ellipses a writer uses.
  { name: 'a trailing ellipsis followed by a capitalised paragraph', paragraphs: [HEADLINE, BODY[0]!, 'The founders kept waiting for the money to arrive, week after week, and then they waited some more ...', ...BODY.slice(1)] },
  { name: 'a short lead-in ending in an ellipsis, continued in lower case', paragraphs: [HEADLINE, BODY[0]!, 'And then came the call ...', 'which changed everything for the small team in Ohio.', ...BODY.slice(1)] },
  { name: 'an ellipsis before a quoted "by"', paragraphs: [HEADLINE, 'The plan was… by any measure, a success for the company and its backers.', ...BODY] },
  // 5. Dates and stamps of one story.
  { name: 'a date line above the headline only', paragraphs: ['23 Jun 2021', HEADLINE, ...BODY] },
  { name: 'a date line mid-body without a headline after it', paragraphs: ['23 Jun 2021', HEADLINE, ...BODY, '24 Jun 2021', 'Shares rose by 4 percent on the news.'] },
  { name: 'a comment whose link is shortened for display, next comment in lower case', paragraphs: [HEADLINE, ...BODY, 'Regardless of the numbers, fair points here about confirmation bias in app marketing feasibility http://example.com/the-elephant-in-the-room …', 'thank you for posting this, it covers a lot of things people do not like to talk about.'] },
  // 6 and 7.
  { name: 'standard closed forms next to the new compounds', paragraphs: [HEADLINE, 'The startup, a nonprofit spinout, runs an online service for its cofounders.', ...BODY] },
  { name: 'the compounds written with their hyphen', paragraphs: [HEADLINE, 'The early-stage fund made a follow-on investment in the pre-seed round.', ...BODY] },
  { name: 'a question mark ending a word, and a query string', paragraphs: [HEADLINE, 'Why now? because the market is ready, he said, pointing to example.com/page?ref=home for details.', ...BODY] },
  { name: 'a Spanish-style question with a space before the mark', paragraphs: [HEADLINE, 'The question is simple ? what comes next for the robot makers of Ohio.', ...BODY] },
  { name: 'Chinese text that writes 馃', paragraphs: [HEADLINE, '早餐店卖馃子和豆浆，生意很好。', ...BODY] },
  // 1 and 8: repeats that are written on purpose.
  { name: 'a title repeated around a line that is not a photo credit', paragraphs: ['Road To Funding', 'Chapter one', 'Road To Funding', ...BODY] },
  { name: 'a section heading repeated mid-text, not the first line', paragraphs: [HEADLINE, BODY[0]!, 'What the money is for', BODY[1]!, 'What the money is for', BODY[2]!] },
  { name: 'a three-word headline repeated at the end (a sign-off)', paragraphs: ['Acme raises money', ...BODY, 'Acme raises money'] },
  { name: 'the same credit under two photos with body between', paragraphs: [HEADLINE, 'Photo: Jane Doe / Reuters', BODY[0]!, BODY[1]!, 'Photo: Jane Doe / Reuters', BODY[2]!] },
  { name: 'a paragraph ending on "as" that copies nothing, continued in lower case', paragraphs: [HEADLINE, BODY[0]!, 'The company describes its main customers as', 'retailers, grocers and carmakers, its chief executive said on Tuesday.', ...BODY.slice(1)] },
];

describe('batch 3 rules: clean text stays unflagged', () => {
  it.each(NEGATIVES)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs })).toEqual([]);
  });
});

describe('batch 3 rules: a table of contents above the body is not a repeated headline', () => {
  it('the first heading of a contents list printed again over its section', () => {
    const toc = ['Assess How Deep Is Your Content', 'Rewrite With Content Depth In Mind', 'Yes, Content Depth and Breadth Overlap'];
    const section = (n: number): string => `Section ${n} explains in plain words how the team measured the depth of its articles over the year.`;
    const paragraphs = [...toc, ...BODY, toc[0]!, section(1), toc[1]!, section(2), toc[2]!, section(3)];
    expect(findArtifacts({ paragraphs })).toEqual([]);
  });
});
