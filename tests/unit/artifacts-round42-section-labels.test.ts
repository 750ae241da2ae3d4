/**
 * Round 42 (artifact precision): a listing page's own heading, a format kicker and a plain category word alone above the
 * article are page metadata (CONVENTIONS.md §section-labels), so no boilerplate flag there: "Monthly Archives: May 2021"
 * (84), "Blog Archives" (182), "Businessweek Archives" (219), "News Archive" (231), "Archive dans septembre 2020" (316),
 * "Monthly Archives: October 2014" (530), "Archive for Jordan Parker Erb" (67), "Posts tagged 'takeover'" (711), "Archive
 * for the 'News' Category" (789), "COVER STORY" (252), "Edito" (268), "Special report" (443), "jobs" (249). What stays
 * boilerplate: the same heading under the post (a sidebar's, 138), a tag line ("Categories: X", 510 and 687; "Category:
 * People & Culture", 349), a heading glued to its pager (726), a menu's heading ("Channels", 263) and a slug (755, 731).
 */
import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

const boilerplate = (paragraphs: string[]): string[] => findArtifacts({ paragraphs }).filter((a) => a.kind === 'boilerplate').map((a) => a.text);
const atTop = (line: string, french = false): string[] => (french ? [line, TITRE, ...CORPS] : [line, HEADLINE, ...BODY]);

describe('round 42: a listing page’s heading, a kicker or a category word above the article is metadata', () => {
  it.each<[string, string, boolean]>([
    ['84', 'Monthly Archives: May 2021', false],
    ['182', 'Blog Archives', false],
    ['219', 'Businessweek Archives', false],
    ['231', 'News Archive', false],
    ['316', 'Archive dans septembre 2020', true],
    ['530', 'Monthly Archives: October 2014', false],
    ['67', 'Archive for Jordan Parker Erb', false],
    ['711', 'Posts tagged \'takeover\'', false],
    ['789', 'Archive for the \'News\' Category', false],
    ['252', 'COVER STORY', false],
    ['268', 'Edito', true],
    ['443', 'Special report', false],
    ['249', 'jobs', false],
    ['a French desk word', 'économie', true],
  ])('%s: %s', (_label, line, french) => {
    // No flag takes the line in, alone or inside a block with its neighbours.
    expect(boilerplate(atTop(line, french)).filter((t) => t.includes(line))).toEqual([]);
  });
});

describe('round 42: the same shapes stay boilerplate elsewhere, or as tag lines, menus and slugs', () => {
  it.each<[string, string[], string]>([
    ['138: an archive heading in the sidebar after the post', [HEADLINE, ...BODY, 'Posts Archive'], 'Posts Archive'],
    ['a monthly archive heading after the post', [HEADLINE, ...BODY, 'Monthly Archives: May 2021'], 'Monthly Archives: May 2021'],
    ['510: a category tag line above the headline', atTop('Categories: OLD Media Moves'), 'Categories: OLD Media Moves'],
    ['349: a category label with its colon', atTop('Category: People & Culture'), 'Category: People & Culture'],
    ['726: a tag heading glued to its pager', atTop('Tag: Tribune Publishing Page 1 of 4'), 'Tag: Tribune Publishing Page 1 of 4'],
    ['263: a menu’s heading', atTop('Channels'), 'Channels'],
    ['755: a tracking image’s slug', atTop('facebook-page-view'), 'facebook-page-view'],
  ])('%s', (_label, paragraphs, text) => {
    expect(boilerplate(paragraphs)).toContain(text);
  });
});
