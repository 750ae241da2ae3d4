import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 14 shapes in clean text. None may be flagged
 * (a row with a kind may be flagged only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  // A live blog: entries stamped with an age and no source, a subhead and text under each. One story told in posts
  // (the age lines themselves are the boilerplate rules' 'source-age' stamps; no merged story).
  { name: 'live blog: "12 mins ago" / "45 mins ago" over subheads', paragraphs: [HEADLINE, '12 mins ago', 'Robot maker confirms the new plant will open in spring', BODY[0]!, '45 mins ago', 'Union leaders welcome the hiring plans at the Columbus site', BODY[1]!, '1 hour ago', 'Shares of the robot maker rise after the announcement of the plant', BODY[2]!], kind: 'boilerplate' },
  { name: 'live blog: "1h ago" / "2h ago" stamps before subheads', paragraphs: [HEADLINE, BODY[0]!, '1h ago', 'Chief executive says hiring will start within weeks of the opening', BODY[1]!, '2h ago', 'Analysts expect more orders from warehouses across the Midwest', BODY[2]!], kind: 'boilerplate' },
  { name: 'French live: "Il y a 12 minutes" / "Il y a 1 heure"', paragraphs: [TITRE, 'Il y a 12 minutes', 'La start-up confirme l’ouverture de son usine au printemps prochain', CORPS[0]!, 'Il y a 1 heure', 'Les syndicats saluent les recrutements annoncés sur le site lyonnais', CORPS[1]!], kind: 'boilerplate' },
  // A chant or refrain repeated after a space or a comma, or quoted: not a line glued to its copy.
  { name: 'a chanted refrain in quotes', paragraphs: [HEADLINE, '“Black lives matter, black lives matter.”', ...BODY] },
  { name: 'a slogan repeated after a space', paragraphs: [HEADLINE, ...BODY, 'Save our jobs at the plant Save our jobs at the plant'] },
  { name: 'French: un slogan répété après une virgule', paragraphs: [TITRE, 'On ne lâche rien sur les retraites, on ne lâche rien sur les retraites', ...CORPS] },
  // A section break whose subhead is followed by a sentence opening on a name, not on a dateline.
  { name: 'separator, subhead, then a sentence opening with a name', paragraphs: [HEADLINE, ...BODY, '-', 'What the new factory means for workers in the region', 'Jane Doe Smith, who leads the union local, said members welcomed the plans but wanted written guarantees.'] },
  { name: 'French: séparateur, intertitre, puis une phrase ouverte par un nom', paragraphs: [TITRE, ...CORPS, '***', 'Ce que la nouvelle usine change pour les salariés de la région', 'Jean Dupont Martin, délégué syndical, a salué les recrutements mais demande des garanties écrites.'] },
  // Words after "By" that are no byline, with a place and a date in the sentence.
  { name: 'a sentence: "By Friday the plant in Columbus | …" has no stamp word', paragraphs: [HEADLINE, 'By Friday the Acme plant in Columbus had shipped its first robots, on 2024-03-02 at 07:08, the company said.', ...BODY] },
  { name: 'the byline with its stamp alone on its line (metadata, not glued)', paragraphs: ['By Jane Doe in Columbus | Ohio Daily | Updated: 2024-03-02 07:08', HEADLINE, ...BODY], kind: 'byline-noise' },
  { name: 'French: "Par rapport à Lyon, publié le …" is a sentence', paragraphs: [TITRE, 'Par rapport à Lyon, le rapport publié le 3 mars 2024 à 10h15 montre une hausse des loyers.', ...CORPS] },
  // The access prompt under a whole sentence: nothing was cut (the prompt itself is the boilerplate rules').
  { name: 'a whole sentence, then "For access to this article please sign in"', paragraphs: [HEADLINE, ...BODY, 'For access to this article please sign in or subscribe.'], kind: 'boilerplate' },
  { name: 'a sentence about access, not a prompt', paragraphs: [HEADLINE, ...BODY, 'For access to the new plant, workers will use a shuttle from the city centre, the company said.'] },
  { name: 'French: une phrase sur l’accès au site, pas une invite', paragraphs: [TITRE, ...CORPS, 'Pour accéder à ce site industriel, les salariés prendront une navette depuis le centre-ville.'] },
];

describe('round 14 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind !== kind);
    expect(found).toEqual([]);
  });
});
