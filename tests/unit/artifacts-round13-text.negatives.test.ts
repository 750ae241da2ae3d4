import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 13 shapes in clean text. None may be flagged
 * (a row with a kind may be flagged only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  // Credited captions that do not copy a body sentence.
  { name: 'a credited caption with words of its own', paragraphs: [HEADLINE, 'Engineers test a robot arm at the Columbus plant before the opening. Credit: DH Photo', ...BODY] },
  { name: 'a short credited caption whose few words the body repeats', paragraphs: [HEADLINE, 'Acme Robotics chief executive. Photo: Acme', 'Acme Robotics chief executive Jane Doe said demand had doubled.', ...BODY] },
  { name: 'the caption\'s words quoted inside a body sentence, not opening one', paragraphs: [HEADLINE, 'Demand for warehouse robots had doubled over the past year alone. Photo: Jane Doe / Staff', 'She told analysts that demand for warehouse robots had doubled over the past year alone.', BODY[0]!] },
  { name: 'an agency caption in brackets, a body sentence opening like it (written for the photo)', paragraphs: [HEADLINE, 'Engineers test a robot arm at the Acme plant in Dayton, Ohio. (AP Photo/John Roe)', ...BODY, 'Engineers test a robot arm at the Acme plant in Dayton, Ohio, every hour, the company said.'] },
  { name: 'French: a credited caption of its own words', paragraphs: [TITRE, 'Les fondateurs de la start-up dans leurs locaux de Villeurbanne, en mars. Crédit photo : Jean Dupont', ...CORPS] },
  { name: 'French: a body sentence citing its source in brackets, no caption', paragraphs: [TITRE, ...CORPS, 'Le marché des robots d’entrepôt a doublé en France (Source : Xerfi).'] },
  // Time lines that do not start another story (a comment's time line is furniture: boilerplate may claim it).
  { name: 'a comment thread: a name and "2 hours ago" over each comment', paragraphs: [HEADLINE, ...BODY, 'Jane Doe', '2 hours ago', 'Great news for the robotics industry in Ohio, more of this please', 'John Roe', '5 hours ago', 'I wonder how many of these jobs will go to local engineers in Texas'], kind: 'boilerplate' },
  { name: 'one article with its own date line only', paragraphs: [HEADLINE, 'Jun 22', ...BODY] },
  { name: 'French: a comment thread with "il y a 3 heures"', paragraphs: [TITRE, ...CORPS, 'Jean Dupont', 'il y a 3 heures', 'Bravo à toute l’équipe lyonnaise pour cette belle levée de fonds', 'Marie Martin', 'il y a 5 heures', 'Reste à voir combien de postes seront créés à Lyon cette année'], kind: 'boilerplate' },
  { name: 'a live blog: the same day line over each entry', paragraphs: [HEADLINE, 'Jun 22', BODY[0]!, 'Shares jump in early trading after the funding news breaks', 'Jun 22', BODY[1]!] },
  // Domains in text that are not card footers.
  { name: 'one glued card only (no rhythm)', paragraphs: [HEADLINE, BODY[0]!, 'acme.comAcme opens a new plant in Columbus next spring', ...BODY.slice(1)] },
  { name: 'a domain in a sentence, followed by a space', paragraphs: [HEADLINE, 'Orders are taken at acme.com Monday to Friday, the company said.', ...BODY] },
  { name: 'the same card printed twice is no new story', paragraphs: [HEADLINE, BODY[0]!, `acme.com${HEADLINE}`, BODY[1]!, `acme.com${HEADLINE}`, BODY[2]!], kind: 'duplicated-paragraph' },
  { name: 'French: a domain cited in a sentence', paragraphs: [TITRE, 'Les commandes passent par robotix.fr Depuis mars, la plateforme a doublé son trafic.', ...CORPS] },
  // Section breaks inside one story.
  { name: 'a "* * *" break, then a subhead, then the story going on', paragraphs: [HEADLINE, ...BODY, '* * *', 'What the robots mean for warehouse jobs in Ohio', 'The company said its robots would not replace workers, and that it would retrain them.'] },
  { name: 'a "* * *" break, then a subhead, then a sentence opening on a capitalised name', paragraphs: [HEADLINE, ...BODY, '* * *', 'The road ahead for the robot maker in Texas', 'The Acme robots will ship to Texas next year, the chief executive said.'] },
  { name: 'a "-" line then prose', paragraphs: [HEADLINE, ...BODY, '-', 'The company plans to list its shares on the Nasdaq within two years, two people said.'] },
  { name: 'French: "***" puis un intertitre et la suite', paragraphs: [TITRE, ...CORPS, '***', 'Un marché encore jeune en France', 'Le fondateur estime que le marché doublera encore d’ici deux ans, porté par la logistique.'] },
  // A domain line once, or a domain at the foot: the article's own source (the boilerplate rules may claim the line).
  { name: 'the site\'s domain once over the headline', paragraphs: ['acme-news.com', HEADLINE, ...BODY], kind: 'boilerplate' },
  { name: 'the same source line over the headline and at the foot', paragraphs: ['acme-news.com', HEADLINE, ...BODY, 'acme-news.com'], kind: 'boilerplate' },
  { name: 'French: un domaine cité en fin d’article', paragraphs: [TITRE, ...CORPS, 'robotix.fr', 'Contact presse : Jean Dupont'] },
  // Repetition inside a line that is not a line printed twice.
  { name: 'a refrain repeated on purpose, with a word between', paragraphs: [HEADLINE, 'Build robots, build jobs, and then build robots, build jobs again, the chief executive told staff.', ...BODY] },
  { name: 'a short label doubled (menu residue, too short)', paragraphs: [HEADLINE, 'NewsNews', ...BODY] },
  { name: 'French: a sentence whose two halves are close but not equal', paragraphs: [TITRE, 'Le maire de Lyon lors du conseil municipal, le maire de Villeurbanne lors du conseil municipal.', ...CORPS] },
  // A glued "Read more" that does not open another item.
  // Round 21: the date line is a bare date; "By May 27, 2023" (no name) is an empty byline template, flagged since round 21.
  { name: 'a teaser with "Read more" glued, then the date, then nothing', paragraphs: [HEADLINE, 'Acme Robotics said on Tuesday it had raised new money from a group of investors led by…  Read more', 'May 27, 2023'], kind: 'truncated-sentence' },
  { name: 'a glued "Read more" then a body paragraph (no date line)', paragraphs: [HEADLINE, 'Acme Robotics said on Tuesday it had raised new money…  Read more', ...BODY], kind: 'truncated-sentence' },
  { name: 'French: "Lire la suite" glued, the date, then a whole sentence (no headline)', paragraphs: [TITRE, 'La start-up lyonnaise a levé 5 millions d’euros auprès de plusieurs fonds…Lire la suite', '3 mars 2024', 'Le fondateur a confirmé lundi la levée de fonds auprès de l’AFP.', ...CORPS], kind: 'truncated-sentence' },
  // A short line over a longer one that starts with it but adds prose, not a credit.
  { name: 'a name as a subhead, then a paragraph about that person', paragraphs: [HEADLINE, BODY[0]!, 'Jane Doe', 'Jane Doe. She founded the company in 2015 and still runs it.', BODY[1]!] },
  { name: 'French: un intertitre repris par la phrase suivante', paragraphs: [TITRE, CORPS[0]!, 'Jean Dupont', 'Jean Dupont, fondateur, dirige toujours la société lyonnaise.', CORPS[1]!] },
];

describe('round 13 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind !== kind);
    expect(found).toEqual([]);
  });
});
