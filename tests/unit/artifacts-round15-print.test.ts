import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** A plain body around each row, so a rule sees a whole article and not a lone line. Invented rows, EN and FR. */
const BODY = [
  'Harbour Tools said on Tuesday it had raised new money from a group of investors.',
  'The company plans to use the proceeds to hire engineers and expand its two factories.',
];
const found = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => [a.text, a.fix]);

describe('lost hyphens of French compounds, read by shape', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['a compass point and a nationality adjective', ['Le constructeur nordirlandais a signé avec un groupe sudaméricain.'], [['nordirlandais', 'nord-irlandais'], ['sudaméricain', 'sud-américain']]],
    ['feminine and plural forms', ['Les banques nordeuropéennes et une société sudasiatique.'], [['nordeuropéennes', 'nord-européennes']]],
    ['a saint name of any kind', ['Le chantier de SaintBarnabé reprend avec SainteVictoire.'], [['SaintBarnabé', 'Saint-Barnabé'], ['SainteVictoire', 'Sainte-Victoire']]],
    ['a double first name', ['La directrice AnneCécile Martin a confirmé la levée.'], [['AnneCécile', 'Anne-Cécile']]],
  ])('%s', (_name, extra, expected) => {
    expect(found('lost-hyphen', ...extra)).toEqual(expected);
  });
});

describe('symbol-font bullets read as letters, each item with content', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['items at line starts', ['ON THE RADIO\nuMorning Desk: the mayor\nuCity Talk: the sheriff\nuWeekend Hour with the coach'], [['uMorning', 'Morning'], ['uCity', 'City'], ['uWeekend', 'Weekend']]],
    ['items with colons inline', ['DANS CE NUMÉRO nRégion: le port rouvre nSports: le club gagne nCulture: un festival'], [['nRégion', 'Région'], ['nSports', 'Sports'], ['nCulture', 'Culture']]],
  ])('%s', (_name, extra, expected) => {
    expect(found('mojibake', ...extra)).toEqual(expected);
  });
});
