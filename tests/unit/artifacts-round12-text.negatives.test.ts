import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';
import { BODY, CORPS, HEADLINE, TITRE } from '../helpers/artifact-texts';

/**
 * Look-alikes of the round 12 shapes in clean text. None may be flagged
 * (a row with a kind may be flagged only as that kind).
 */
const NEGATIVE: Array<{ name: string; paragraphs: string[]; kind?: string }> = [
  // Real Thai, Russian and Greek next to Latin text.
  { name: 'a Russian preposition in a quoted title among Russian words', paragraphs: [HEADLINE, 'The paper ran the story under the title «Роботы в Огайо» on Monday.', ...BODY] },
  { name: 'a Thai name in a bilingual caption', paragraphs: [HEADLINE, 'The Bangkok office (สำนักงาน โรโบติกส์) opened in May.', ...BODY] },
  { name: 'β-blocker and β-amyloid, glued to a hyphen', paragraphs: [HEADLINE, 'The β-amyloid trial and a β-blocker study were both funded.', ...BODY] },
  { name: 'a single spaced lone letter with nothing else (weak evidence)', paragraphs: [HEADLINE, 'The plan в as drafted in May was approved.', ...BODY], kind: 'mojibake' },
  { name: 'French: a Russian title quoted whole', paragraphs: [TITRE, 'Le journal titrait « Роботы в Лионе » lundi matin.', ...CORPS] },
  { name: 'a Thai word between Latin words, not a lone lead letter', paragraphs: [HEADLINE, 'The brand ไทย sells in Bangkok and Ohio.', ...BODY] },
  // Bars and credits that are not a caption's copy.
  { name: 'a page title with the site after a bar, no copy', paragraphs: [`${HEADLINE} | Source Code Weekly`, ...BODY] },
  { name: 'a section label in capitals before a paragraph printed once', paragraphs: [HEADLINE, 'COVER STORY', ...BODY] },
  { name: 'two different paragraphs around a name in capitals', paragraphs: [HEADLINE, BODY[0]!, 'KEVIN SCANLON', BODY[1]!, BODY[2]!] },
  // A short first line repeated at the foot with its neighbour: a promo module, not the headline again.
  { name: 'a promo pair at the head and the foot', paragraphs: ['Autumn in America: Highlands, N.C.', 'Homeless man returns $3,300 he found', HEADLINE, ...BODY, 'Autumn in America: Highlands, N.C.', 'Homeless man returns $3,300 he found'], kind: 'boilerplate' },
  { name: 'French: a promo pair at the head and the foot', paragraphs: ['L’automne en France : Annecy', 'Un sans-abri rend 3 000 euros trouvés', TITRE, ...CORPS, 'L’automne en France : Annecy', 'Un sans-abri rend 3 000 euros trouvés'], kind: 'boilerplate' },
  // Three dots that end a finished thought, with no paywall under them; a notice line inside the body.
  { name: 'an article ending on a writer\'s "..." with no notice under it', paragraphs: [HEADLINE, ...BODY, 'Whether the robots will pay for themselves is another story...'] },
  { name: 'French: "pas encore abonné" inside a sentence is no notice', paragraphs: [TITRE, 'Le fondateur dit que son associé, pas encore abonné au service, l’a testé...', 'Pas encore abonnés, les clients testent le robot gratuitement pendant un mois.'] },
  { name: 'a paywall notice after a finished paragraph cuts nothing', paragraphs: [HEADLINE, ...BODY, 'You are reading a preview of this article.'], kind: 'boilerplate' },
  // A credited caption whose words the body does not copy; a credit under a short line.
  { name: 'a credited caption of its own words', paragraphs: [HEADLINE, 'Workers test a robot arm at the Acme plant in Columbus, Ohio, ahead of the opening of its second factory.', '(Getty Images/Brand X)', ...BODY] },
  { name: 'French: a credited caption of its own words', paragraphs: [TITRE, 'Des salariés testent un bras robotisé dans l’usine de Villeurbanne, avant l’ouverture du second site.', '(Photo : Jean Dupont/AFP)', ...CORPS] },
];

describe('round 12 text detectors: look-alikes stay clean', () => {
  it.each(NEGATIVE)('$name', ({ paragraphs, kind }) => {
    const found = findArtifacts({ paragraphs }).filter((a) => a.kind !== kind);
    expect(found).toEqual([]);
  });
});
