import { describe, expect, it } from 'vitest';
import { findArtifacts } from '../../utils/artifacts';

/** A plain body around each row, so a rule sees a whole article and not a lone line. */
const BODY = [
  'Acme Robotics said on Tuesday it had raised new money from a group of investors led by Sequoia.',
  'The company plans to use the proceeds to hire engineers in London and expand its factories in Ohio.',
];
const found = (kind: string, ...extra: string[]) =>
  findArtifacts({ paragraphs: [...BODY, ...extra] }).filter((a) => a.kind === kind).map((a) => [a.text, a.fix]);

describe('escaped markup: backslashed tags and JavaScript escapes printed in prose', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['a backslashed closing tag after a paragraph', ['The credit union has bigger goals in mind.<\\p> Its members will vote in May.'], [['<\\p>', '']]],
    ['the tag escaped for a script string', ['Le conseil a voté le budget.<\\/p> La séance a été levée à midi.'], [['<\\/p>', '']]],
    ['a backslashed line break', ['Shares rose 4% on Monday.<\\br> Analysts expect more gains.'], [['<\\br>', '']]],
    ['French accents escaped in a phrase', ['Offres diffus\\u00e9es par P\\u00f4le Emploi en septembre.'], [['diffus\\u00e9es par P\\u00f4le', 'diffusées par Pôle']]],
    ['an apostrophe escaped as hex', ['The mayor said it\\x27s too early to tell.'], [['it\\x27s', "it's"]]],
    ['a curly apostrophe escaped', ['Le directeur de l\\u2019entreprise a démissionné hier.'], [['l\\u2019entreprise', 'l’entreprise']]],
  ])('%s', (_name, extra, expected) => {
    expect(found('escaped-entity', ...extra)).toEqual(expected);
  });
});

describe('mojibake: "?" for an accented letter, symbol-font bullets read as letters', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['a language switcher', ['Global Edition English Fran?ais Espa?ol Deutsch'], [['Fran?ais', null], ['Espa?ol', null]]],
    ['French words with their accents lost', ['La soci?t? a pris une d?cision rapide.'], [['soci?t?', null], ['d?cision', null]]],
    ['a German place name', ['The bank moved its head office to Z?rich last year.'], [['Z?rich', null]]],
    ['TV listings with diamond bullets read as "u"', ['TODAY ON TV uABC’s This Week: the senator. uNBC’s Meet the Press: the governor. uFox News Sunday: the mayor.'],
      [['uABC’s', 'ABC’s'], ['uNBC’s', 'NBC’s'], ['uFox', 'Fox']]],
    ['a box of square bullets read as "n"', ['INSIDE nSports: Rams win again nBusiness: Oil prices fall nOpinion: Our view on taxes'],
      [['nSports', 'Sports'], ['nBusiness', 'Business'], ['nOpinion', 'Opinion']]],
    ['French box with round bullets read as "l"', ['À LIRE AUSSI lPolitique : le budget voté lÉconomie : la croissance ralentit lCulture : un festival annulé'],
      [['lPolitique', 'Politique'], ['lÉconomie', 'Économie'], ['lCulture', 'Culture']]],
  ])('%s', (_name, extra, expected) => {
    expect(found('mojibake', ...extra)).toEqual(expected);
  });
});

describe('lost hyphens of print line breaks, by shape', () => {
  it.each<[string, string[], Array<[string, string | null]>]>([
    ['an age compound that lost its second hyphen', ['“It brings the value down,” said Shawn Matthews, a 46-yearold medical services driver.'], [['46-yearold', '46-year-old']]],
    ['a spelled count opening a sentence', ['Two-weekold talks collapsed on Friday.'], [['Two-weekold', 'Two-week-old']]],
    ['a duration compound', ['The 3-monthold program was cut after the audit.'], [['3-monthold', '3-month-old']]],
    ['a spelled count that lost its first hyphen', ['Her twoyear-old son was unhurt.'], [['twoyear-old', 'two-year-old']]],
    ['an adverb glued to its participle', ['Heightened and quickmoving police actions cleared the camp.'], [['quickmoving', 'quick-moving']]],
    ['other compound adjectives', ['The farreaching plan drew highranking officials and a longawaited vote.'], [['farreaching', 'far-reaching'], ['highranking', 'high-ranking'], ['longawaited', 'long-awaited']]],
    ['a shortlived truce', ['The shortlived truce ended on Friday.'], [['shortlived', 'short-lived']]],
    ['two names glued where the line broke', ['For Ada Lin of Velmont, it came as a shock. The loss touched the VelmontOrlick community.'], [['VelmontOrlick', 'Velmont-Orlick']]],
    ['a place pair glued', ['Traffic in Tarrant, near Dallas, slowed. Work on the DallasFortworth corridor resumed.'], [['DallasFortworth', 'Dallas-Fortworth']]],
    ['a French double first name', ['Le maire JeanPierre Dupont a signé le décret.'], [['JeanPierre', 'Jean-Pierre']]],
    ['a French saint place name', ['Le stade de SaintDenis accueillera la finale.'], [['SaintDenis', 'Saint-Denis']]],
    ['French compass compounds', ['Le groupe sudcoréen investit dans le Nordest de la France et au nordouest de Lyon.'], [['sudcoréen', 'sud-coréen'], ['Nordest', 'Nord-est'], ['nordouest', 'nord-ouest']]],
    ['an English compound number', ['He was fortysix when the firm went public.'], [['fortysix', 'forty-six']]],
    ['a French compound number', ['Il a vingtcinq ans et dirige dixsept salariés.'], [['vingtcinq', 'vingt-cinq'], ['dixsept', 'dix-sept']]],
  ])('%s', (_name, extra, expected) => {
    expect(found('lost-hyphen', ...extra)).toEqual(expected);
  });
});
