import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** Round 3 look-alikes: clean text with the shapes of the structural artifacts. None may be flagged with the kind named. */
const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

interface Row { name: string; paragraphs: string[]; kind: string }

const ROWS: Row[] = [
  { name: 'a teaser headline above "Read more"', paragraphs: [...BODY, 'Acme Robotics raises $20 million for warehouse robots', 'Read more'], kind: 'truncated-sentence' },
  { name: 'a Title Case headline of twelve words above "Read more"', paragraphs: [...BODY, 'Why The Next Wave Of Warehouse Robots Will Be Built In Ohio And Texas', 'Read more'], kind: 'truncated-sentence' },
  { name: 'a finished sentence above "Continue reading"', paragraphs: [...BODY, 'The company said it would hire more engineers in the coming months.', 'Continue reading'], kind: 'truncated-sentence' },
  { name: 'a list item above "Read more"', paragraphs: [...BODY, '- Robots for the warehouses of the', 'Read more'], kind: 'truncated-sentence' },
  { name: 'a paragraph above a sentence that merely starts with "Read"', paragraphs: [...BODY, 'Investors include Sequoia and', 'Reading the filings shows a second round was planned.'], kind: 'truncated-sentence' },
  // A lost link leaves the sentence running on into the next paragraph: a name, not a new sentence.
  { name: 'a mid-body line that stops on "by" before a name', paragraphs: [BODY[0]!, 'The round was led by', 'Sequoia Capital, with participation from existing investors.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'a mid-body line that stops on "the" before a title', paragraphs: [BODY[0]!, 'The deal was first reported by the', 'The New York Times reported on the deal first.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'a mid-body line that stops on "and" before lower case', paragraphs: [BODY[0]!, 'The money will go to hiring, research and', 'marketing in the next two years, the company said.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  // A related link inside one story: the paragraph above it is finished, so no second story starts.
  { name: 'a related headline after "Read more" under a finished paragraph', paragraphs: [...BODY, 'Read more', 'Acme rival Beta raises $10 million for drones', 'The company said it would hire more engineers in the coming months.'], kind: 'merged-stories' },
  { name: 'a cut teaser, "Read More", then a one-word label', paragraphs: [...BODY, 'Along with the', 'Read More', 'Advertisement', 'The company said it would hire more engineers in the coming months.'], kind: 'merged-stories' },
  { name: 'a cut teaser, "Read More", then a finished sentence', paragraphs: [...BODY, 'Along with the', 'Read More', 'Share this story with your friends and colleagues today.', 'The company said it would hire more engineers in the coming months.'], kind: 'merged-stories' },
  // A whole sentence glued in front of the next paragraph is a repeat, not a cut.
  { name: 'a finished teaser glued to its full paragraph', paragraphs: ['Live video platform Bright lets you Zoom with creators', 'What if you could Zoom with your favorite creator? The service allows fans to engage in live sessions.', 'What if you could Zoom with your favorite creator? The service allows fans to engage in live sessions. It opens today.', ...BODY], kind: 'truncated-sentence' },
  // Artifacts-dev 21 (print replica): a headline glued in front of the next headline is a repeat, not a cut sentence.
  { name: 'a headline that opens a longer run of headlines', paragraphs: ['Cleanup progresses Efforts to improve environment of Yellow River Basin bear fruit Tech firms entry heats up realty', ...BODY, 'Cleanup progresses Efforts to improve environment of Yellow River Basin bear fruit'], kind: 'truncated-sentence' },
  // Readability page salon-1: the writer excerpts a quoted tweet to discuss it.
  { name: 'an excerpt of an earlier quote, opening on an ellipsis', paragraphs: [...BODY, 'Then Acme tweeted this: “We are all concerned. Fares have increased to encourage more drivers to come online in the area.”', 'That opener suggests a civic response.', '“… Fares have increased to encourage more drivers to come online in the area.”', 'But there is no sense of civitas in the statement that follows.'], kind: 'broken-pull-quote' },
  // Readability test pages: filler text whose sentences recur, unquoted and word for word.
  { name: 'an unquoted sentence printed again at the end of a paragraph', paragraphs: ['Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore.', 'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.', 'Tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.'], kind: 'broken-pull-quote' },
  { name: 'a standfirst that the lede repeats and continues', paragraphs: ['Acme raises $20 million', 'Acme Robotics has raised $20 million to build warehouse robots for retailers.', 'Acme Robotics has raised $20 million to build warehouse robots for retailers, the company said on Tuesday.', ...BODY], kind: 'broken-pull-quote' },
  { name: 'a quote whose opening recurs with different words after it', paragraphs: [...BODY, '“We want every warehouse in America to run on our robots within ten years.”', 'Its founder was blunt. We want every warehouse in America to be safer for the people who work there, she said.'], kind: 'broken-pull-quote' },
  { name: 'escaped markup next to a different caption', paragraphs: [...BODY, '<div class="caption"><p>Rapido drivers in Bengaluru.</p></div>', 'Rapido drivers. (Source: Rapido)', ...BODY], kind: 'duplicated-caption' },
  { name: 'escaped markup whose text comes back far away', paragraphs: ['<p>Acme workers at the Ohio plant. Photo: Acme</p>', ...BODY, ...BODY.map((p) => p.replace('.', ' today.')), 'Acme workers at the Ohio plant. Photo: Acme'], kind: 'duplicated-caption' },
  { name: 'a long Title Case heading mid-body', paragraphs: [BODY[0]!, 'Sales Doubled. How The Company Plans To Open Two More Factories And Hire Several Hundred Engineers Across The Country', 'The chief executive said demand for robots was still growing.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'a one-sentence caption without a full stop mid-body', paragraphs: [BODY[0]!, 'Workers assemble warehouse robots at the Acme plant in Dayton, Ohio, where the company plans to hire several hundred engineers', 'The chief executive said demand for robots was still growing.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'a long run that the next paragraph continues with a name', paragraphs: [BODY[0]!, 'Sales doubled last year. The company said the new money came from a group of investors that included funds run by', 'Sequoia Capital and Accel, it said.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'an elision inside a closing quote', paragraphs: [...BODY, 'Its founder said: “We will open two factories in Ohio and hire engineers to […]”'], kind: 'truncated-sentence' },
  { name: 'a writer’s trailing ellipsis mid-body, no prompt', paragraphs: [BODY[0]!, 'And then the orders kept coming, week after week, until the factory could not keep up…', 'The chief executive said demand for robots was still growing.', ...BODY.slice(1)], kind: 'truncated-sentence' },
  { name: 'a finished sentence with "Read more" glued after it', paragraphs: [...BODY, 'The company said it would open two factories in Ohio. Read more'], kind: 'truncated-sentence' },
  { name: 'a headline glued in front of the next headline (capital after it)', paragraphs: ['Acme raises $20 million for robots', 'Acme raises $20 million for robots in Ohio plants Beta buys Gamma in deal worth millions', ...BODY, 'Acme raises $20 million for robots in Ohio plants'], kind: 'truncated-sentence' },
  { name: 'a French heading above "Lire la suite"', paragraphs: [...BODY, 'La start-up lyonnaise lève 5 millions d’euros', 'Lire la suite'], kind: 'truncated-sentence' },
  { name: 'a word starting with a prompt ("Weiterlesenswert")', paragraphs: [...BODY, 'Analysts said the deal would give the company a much larger share of the market for', 'Weiterlesenswert ist auch der Bericht.'], kind: 'truncated-sentence' },
  { name: 'two different captions in a row, each credited', paragraphs: [...BODY, 'Rapido drivers in Bengaluru. (Source: Rapido)', 'Rapido offices in Delhi. Photo: Rapido', ...BODY], kind: 'duplicated-caption' },
  { name: 'a body sentence with a source note, then a different one', paragraphs: [...BODY, 'Revenue doubled to $40 million last year. (Source: company filings)', 'Revenue doubled again in the first quarter. (Source: company filings)', ...BODY], kind: 'duplicated-caption' },
];

describe('round 3 structure: look-alikes stay unflagged', () => {
  it.each(ROWS)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind === kind);
    expect(found.map((a) => a.text)).toEqual([]);
  });
});
