import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by a large fund.',
  'The company plans to use the proceeds to hire engineers and expand its factories in Ohio and Texas.',
  'Its chief executive said demand for warehouse robots had doubled over the past year alone.',
];

interface Row { name: string; paragraphs: string[]; text: string; fix?: string | null }

/** Byline noise in the shapes real sites print it (texts from scraped pages where we have them). */
const POSITIVE: Row[] = [
  // Unseen fixture 34 (an auto-poster's scraper copy).
  { name: 'a CMS account as the author, after the body', paragraphs: [...BODY, 'Image and article originally from seekingalpha.com. Read the original article here.', 'By admin'], text: 'By admin', fix: '' },
  { name: 'a CMS account at the top', paragraphs: ['By staff', ...BODY], text: 'By staff', fix: '' },
  { name: 'posted by an account, with a date', paragraphs: ['Posted by admin on March 3, 2024', ...BODY], text: 'Posted by admin on March 3, 2024' },
  { name: 'French account byline', paragraphs: ['Par admin', ...BODY], text: 'Par admin' },
  { name: 'an account name glued to the last sentence', paragraphs: [...BODY, 'Read the original article here. By admin'], text: 'By admin', fix: '' },
  // Unseen fixture 40 (Business of Fashion page chrome).
  { name: 'a byline split over lines with a bullet', paragraphs: ['Berlin funds extend lead', 'By', '• Bloomberg', ...BODY], text: 'By\n\n• Bloomberg', fix: 'By Bloomberg' },
  { name: 'a byline split over three lines', paragraphs: ['Acme raises $20 million', 'By', 'Jane Doe', 'and John Roe', ...BODY], text: 'By\n\nJane Doe\n\nand John Roe', fix: 'By Jane Doe and John Roe' },
  { name: 'blog metadata after the body', paragraphs: [...BODY, 'Posted by Jane Doe on March 3, 2024 at 10:15 am'], text: 'Posted by Jane Doe on March 3, 2024 at 10:15 am' },
  { name: 'blog metadata with comment residue at the top', paragraphs: ['Posted on March 3, 2024 by Jane Doe in Uncategorized | 2 Comments', ...BODY], text: 'Posted on March 3, 2024 by Jane Doe in Uncategorized | 2 Comments' },
  // Unseen fixture 88 (dot.LA): the byline pop-up card extracted under the bare byline.
  { name: 'an author bio card under the byline name', paragraphs: ['2020 Was Great for Startups', 'Ben Bergman', "Ben Bergman is the newsroom's senior finance reporter. Previously he was a producer at NPR.", ...BODY], text: "Ben Bergman is the newsroom's senior finance reporter. Previously he was a producer at NPR.", fix: '' },
  { name: 'a long bio card (over 400 characters) under the byline name', paragraphs: ['Acme raises $20 million', 'Jane Doe', `Jane Doe is a senior business reporter. ${'Previously she covered markets and banking for a regional daily. '.repeat(6)}`.trim(), ...BODY], text: `Jane Doe is a senior business reporter. ${'Previously she covered markets and banking for a regional daily. '.repeat(6)}`.trim() },
  { name: 'a closing bio that opens with the byline name', paragraphs: ['Acme raises $20 million', 'By Jane Doe', ...BODY, 'Jane Doe is based in London and has covered European startups since 2015.'], text: 'Jane Doe is based in London and has covered European startups since 2015.', fix: '' },
  { name: 'a bio card under a byline with a date after a bar', paragraphs: ['Acme raises $20 million', 'Written by Jane Doe | March 3, 2024', 'Jane Doe is a staff writer covering startups. She joined in 2019.', ...BODY], text: 'Jane Doe is a staff writer covering startups. She joined in 2019.' },
  { name: 'a closing bio under an "Author:" byline with an outlet', paragraphs: ['Acme raises $20 million', 'Author: Jane Doe, Example News', ...BODY, 'Jane Doe has covered European startups since 2015.'], text: 'Jane Doe has covered European startups since 2015.' },
  { name: 'a bio card under a "By" byline', paragraphs: ['Acme raises $20 million', 'By Jane Doe', 'Jane Doe is a staff writer covering startups. She joined in 2019.', ...BODY], text: 'Jane Doe is a staff writer covering startups. She joined in 2019.' },
  { name: 'bylines merged with an address', paragraphs: ['By Jane Doe jane.doe@example.com', ...BODY], text: 'By Jane Doe jane.doe@example.com', fix: null },
  // Funding dev 44 (Barron's).
  { name: '"Write to … at" with an address', paragraphs: [...BODY, 'Write to Al Root at allen.root@example.com'], text: 'Write to Al Root at allen.root@example.com' },
  // Readability page (Breitbart): an author bio with a contact line.
  { name: 'an author bio at the end', paragraphs: [...BODY, 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship.'], text: 'Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship.', fix: '' },
  { name: 'an author bio with a role before the noun', paragraphs: [...BODY, 'Tim De Chant is a senior climate reporter at TechCrunch. He has written for Wired.'], text: 'Tim De Chant is a senior climate reporter at TechCrunch. He has written for Wired.' },
  { name: '"About the author" and the bio after it', paragraphs: [...BODY, 'About the author', 'Scott Cunningham', 'Senior Vice President of Technology at IAB'], text: 'About the author\n\nScott Cunningham\n\nSenior Vice President of Technology at IAB' },
  // Unseen fixtures 747 (a business weekly) and 748 (a law firm's blog): an emptied byline template with the date field's label
  // or the platform's "On Behalf of" label, and a category field between bars.
  { name: 'an emptied "By -" byline with the date field\'s label', paragraphs: ['Acme raises new money for robots', 'By - Last modified: February 14, 2011 at 1:38 PM', ...BODY], text: 'By - Last modified: February 14, 2011 at 1:38 PM', fix: '' },
  { name: 'an emptied "By |" byline with "Updated:"', paragraphs: ['Acme raises new money for robots', 'By | Updated: March 3, 2024', ...BODY], text: 'By | Updated: March 3, 2024', fix: '' },
  { name: 'an emptied "On Behalf of" byline with date and category', paragraphs: ['Acme raises new money for robots', 'On Behalf of | May 14, 2013 | Uncategorized |', ...BODY], text: 'On Behalf of | May 14, 2013 | Uncategorized |', fix: '' },
  // Unseen fixture 699 (a news agency's list page): the item's date and time glued between its headline and its teaser.
  { name: 'a numeric stamp glued between a headline and a dateline', paragraphs: ['Acme to explore for copper with Australian partner2019/11/27 15:38SYDNEY, NNA - Acme Mining will invest as much as $6 million.', ...BODY], text: '2019/11/27 15:38', fix: ' ' },
  { name: 'a numeric stamp glued to a headline ending in a stop, closing the line', paragraphs: ['Kirin to sell dairy unit for AU$600 mil.2019/11/26 12:15', ...BODY], text: '2019/11/26 12:15', fix: '' },
  { name: 'a writer who covers a beat', paragraphs: [...BODY, 'Jane Doe covers venture capital and startups for Example News.'], text: 'Jane Doe covers venture capital and startups for Example News.' },
];

/** Bylines and look-alikes a clean article has: metadata at the top, sentences with the same words. */
const NEGATIVE: Array<{ name: string; paragraphs: string[] }> = [
  { name: 'a plain byline above the body', paragraphs: ['By Jane Doe', ...BODY] },
  { name: 'a desk byline', paragraphs: ['By Staff Reporter', ...BODY] },
  { name: 'a byline with two names on one line', paragraphs: ['By Jane Doe and John Roe', ...BODY] },
  { name: 'blog metadata above the body', paragraphs: ['Posted by Jane Doe on March 3, 2024', ...BODY] },
  { name: 'a French byline', paragraphs: ['Par Marie Dupont', 'Publié le 3 mars 2024', ...BODY] },
  // Team decision: an agency credit closing a wire story is wire copy, not an artifact (fixtures 01, 80, 89 leave it unmarked).
  { name: 'Reuters credits in parentheses', paragraphs: [...BODY, '(Reporting by Kane Wu; Editing by Muralikumar Anantharaman)'] },
  { name: 'Reuters credits without parentheses', paragraphs: [...BODY, 'Reporting by Jane Doe and John Roe in London; Additional reporting by Ann Lee in Paris; Editing by Mark Potter'] },
  { name: 'Reuters credits glued to the last sentence', paragraphs: [...BODY, 'The deal is expected to close in the second quarter. Reporting by Jane Doe; Editing by John Roe'] },
  { name: 'Reuters credits with writing and editing', paragraphs: [...BODY, '(Reporting by Muvija M, writing by Sachin Ravikumar, editing by William James and Kate Holton)'] },
  // Unseen fixture 82: a section name in the page-title form of the headline names no publication.
  { name: 'a "| Business News" section suffix on the title line', paragraphs: ['Coronavirus: European publisher Archant hunts new owners | Business News', ...BODY] },
  { name: 'a "– Tech News" section suffix on the title line', paragraphs: ['Acme raises $20 million for warehouse robots – Tech News', ...BODY] },
  { name: 'the lede names the person on the line above', paragraphs: ['Acme raises $20 million', 'Jane Doe', 'Jane Doe is the chief executive of Acme Robotics, which makes warehouse robots.', ...BODY] },
  { name: 'a name line followed by a sentence about a reporter role elsewhere', paragraphs: [...BODY, 'Jane Doe', 'Jane Doe said the reporter had called her twice.'] },
  { name: 'a closing sentence about someone other than the writer', paragraphs: ['Acme raises $20 million', 'By Jane Doe', ...BODY, 'John Roe is based in London and has run the company since 2015.'] },
  { name: 'the writer named in a closing sentence that is no bio', paragraphs: ['Acme raises $20 million', 'By Jane Doe', ...BODY, 'Jane Doe contributed reporting from Ohio.'] },
  { name: 'a heading with a bar, then a sentence about its subject', paragraphs: ['Acme Robotics | Company profile', 'Acme Robotics is a maker of warehouse robots based in Ohio and founded in 2015.', ...BODY] },
  { name: 'a sentence that starts with "Reporting by"', paragraphs: [...BODY, 'Reporting by Bloomberg showed the company raised $5 million last year.'] },
  { name: 'reporting credit before the body (none yet)', paragraphs: ['Reporting by Jane Doe', ...BODY] },
  { name: 'the subject’s role at the end', paragraphs: [...BODY, 'Jane Doe is the chief executive of Acme Robotics.'] },
  { name: 'a reporter named mid-body', paragraphs: [BODY[0]!, 'John Roe is a reporter at the Daily Planet who first broke the story.', ...BODY.slice(1)] },
  { name: 'a sentence with "by admin staff"', paragraphs: [...BODY, 'The plan was approved by admin staff at the university on Friday.'] },
  { name: '"By" starting a sentence', paragraphs: [...BODY, 'By contrast, rivals raised far less this year.'] },
  { name: 'a contribution note split over lines', paragraphs: [...BODY, 'Abigail Williams', 'and', 'Beomsu Jo', 'contributed'] },
  { name: 'a byline with a name, the date field\'s label and the date', paragraphs: ['Acme raises new money for robots', 'By Jane Doe - Last modified: February 14, 2011 at 1:38 PM', ...BODY] },
  { name: 'an "On Behalf of" byline with its name, date and category', paragraphs: ['Acme raises new money for robots', 'On Behalf of Doe & Roe LLP | May 14, 2013 | Business Law |', ...BODY] },
  { name: 'a sentence opening "On behalf of"', paragraphs: [...BODY, 'On behalf of the board, the chairman thanked investors on May 14, 2013.'] },
  { name: 'a timeline step "By May 14, 2013 | Deadline"', paragraphs: [BODY[0]!, 'By May 14, 2013 | Deadline for filings', ...BODY.slice(1)] },
  { name: 'a numeric date and time in a sentence', paragraphs: [BODY[0]!, 'The offer closes on 2019/11/27 15:38 Sydney time, the company said.', ...BODY.slice(1)] },
  { name: 'a numeric stamp on its own line under the headline', paragraphs: ['Acme raises new money for robots', '2019/11/27 15:38', ...BODY] },
  { name: 'a version number glued to a numeric date', paragraphs: [...BODY, 'Firmware v2.2019/11/27 15:38 Release notes list the fixes.'] },
  { name: 'an infobox with an author row', paragraphs: ['Author', 'Jane Doe', 'Country', 'United Kingdom', ...BODY] },
  { name: 'a sentence "written by" mid-body', paragraphs: [BODY[0]!, 'The report, written by analysts at Acme Research, was published on Monday.', ...BODY.slice(1)] },
];

describe('byline noise: flagged', () => {
  it.each(POSITIVE)('$name', ({ paragraphs, text, fix }) => {
    const found = findArtifacts({ paragraphs });
    const joined = paragraphs.join('\n\n');
    for (const a of found) expect(joined).toContain(a.text);
    const hit = found.find((a) => a.kind === 'byline-noise' && a.text === text);
    expect(hit, JSON.stringify(found.map((a) => [a.kind, a.text]))).toBeDefined();
    if (fix !== undefined) expect(hit!.fix).toBe(fix);
    expect(hit!.message).toMatch(/\.$/);
  });
});

describe('byline noise: look-alikes stay', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs }) => {
    expect(findArtifacts({ paragraphs }).filter((a) => a.kind === 'byline-noise')).toEqual([]);
  });
});
