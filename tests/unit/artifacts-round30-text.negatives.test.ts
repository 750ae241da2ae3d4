import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findBackToBackCaptions } from '../../utils/artifacts/captions';
import { findDuplicatedParagraphs } from '../../utils/artifacts/duplicates';
import { findLostHyphens } from '../../utils/artifacts/lost-hyphen';
import { findMergedStories } from '../../utils/artifacts/merged-stories';
import { PROSE_A, PROSE_B, PROSE_FR } from '../helpers/ferry-prose';

/**
 * Round 30, artifacts text and print detectors: look-alikes that must stay unflagged (false alarms of batch 19 read as
 * shapes: a camel-case name read as a lost hyphen, a contents page read as merged stories, a dateline lede printed again
 * read as a new story) and the look-alikes of the round's new readers. Invented rows, EN and FR.
 */
const texts = (paragraphs: string[], find: (d: ReturnType<typeof buildDoc>) => ReadonlyArray<{ kind: string; start: number; end: number }>, kind?: string): string[] => {
  const doc = buildDoc(paragraphs);
  return find(doc).filter((f) => kind === undefined || f.kind === kind).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 30 negatives: a capital inside a glued word is a name, not a lost hyphen (INNER_CAPITAL_NAME)', () => {
  it.each([
    { name: 'EN: a studio named after a number, in camel case', text: 'The design studio SeventyFour raised a seed round, and SeventyFour will hire ten people.' },
    { name: 'FR : une société au nom de nombre en casse de chameau', text: 'La jeune pousse TrenteSix a levé des fonds ; TrenteSix vise l’Europe du Nord.' },
    { name: 'EN: a brand gluing an adverb and a participle', text: 'Shares of the chain FastGrowing rose after the results; FastGrowing opened ten shops.' },
  ])('$name', ({ text }) => {
    expect(findLostHyphens(buildDoc([text]))).toEqual([]);
  });
});

describe('round 30 negatives: a contents page lists its headlines and cut previews (CONTENTS_HEADING)', () => {
  it.each([
    {
      name: 'FR : un sommaire d’édition, titres et aperçus coupés',
      paragraphs: ['Sommaire', 'Les chantiers navals retrouvent des commandes', 'Après trois années difficiles, les chantiers de la côte atlantique affichent un carnet plein jusqu’en...', 'Économie', 'Le prix du fret maritime recule encore', 'Les armateurs constatent une baisse des tarifs sur les lignes vers l’Asie, qui...', 'La pêche artisanale cherche des bras', 'Dans les ports bretons, les patrons peinent à recruter des matelots pour la saison qui...'],
    },
    {
      name: 'EN: an edition’s contents, headlines and cut previews',
      paragraphs: ['In this issue', 'Shipyards see orders return after lean years', 'After three hard years the yards on the coast report full order books until the end of...', 'Freight rates slide again on Asian routes', 'Shipowners report lower prices on the routes to Asia, and brokers expect that...', 'Small fishing crews struggle to hire deckhands', 'In the northern harbours, skippers say they cannot find enough hands for a season that...'],
    },
  ])('$name', ({ paragraphs }) => {
    expect(texts(paragraphs, findMergedStories)).toEqual([]);
  });
});

describe('round 30 negatives: a dateline lede printed again under a paywall notice is no new story', () => {
  it.each([
    {
      name: 'EN: the preview, the notice, then the full text from its dateline',
      paragraphs: [`HARBOURTON — ${PROSE_A}`, PROSE_B, 'Please log in or subscribe to continue reading.', `HARBOURTON — ${PROSE_A}`, PROSE_B, 'The two routes will need three more crews, the company added.', 'Its shares were unchanged in morning trading.'],
    },
    {
      name: 'FR : l’aperçu, l’avis d’abonnement, puis le texte entier depuis sa ville',
      paragraphs: [`SAINT-MALO — ${PROSE_FR}`, 'Le groupe prévoit deux lignes nouvelles vers les îles avant la fin de l’année prochaine.', 'Abonnez-vous pour lire la suite.', `SAINT-MALO — ${PROSE_FR}`, 'Le groupe prévoit deux lignes nouvelles vers les îles avant la fin de l’année prochaine.', 'Il recrutera trois équipages de plus, a-t-il ajouté.', 'Le titre était stable en début de séance.'],
    },
  ])('$name', ({ paragraphs }) => {
    expect(texts(paragraphs, findMergedStories)).toEqual([]);
  });
});

describe('round 30 negatives: look-alikes of the teaser-module and cut-summary readers', () => {
  it('EN: one caption printed twice alone among prose is still a caption, no module', () => {
    const paragraphs = [PROSE_A, 'A ferry leaves the harbour at dawn on a calm morning', 'A ferry leaves the harbour at dawn on a calm morning', PROSE_B];
    expect(texts(paragraphs, findBackToBackCaptions, 'boilerplate')).toEqual([]);
  });
  it('FR : un paragraphe long au-dessus, fini par un point, n’est pas un chapô coupé', () => {
    const long = `${PROSE_FR} Le groupe prévoit deux lignes nouvelles vers les îles.`;
    const paragraphs = [long, 'Le port attend aussi des travaux cet hiver.', PROSE_FR, 'Le titre était stable en début de séance.'];
    expect(texts(paragraphs, (d) => findDuplicatedParagraphs(d, () => false))).not.toContain(long);
  });
});

describe('round 30 negatives: an avatar line over another line is no name printed twice', () => {
  it.each([
    { name: 'EN: alt text over a different name (two authors)', paragraphs: ['Dana Whitlock avatar', 'Marcus Bell', PROSE_A, PROSE_B] },
    { name: 'FR : une photo d’un lieu au-dessus d’un intertitre', paragraphs: [PROSE_FR, 'Photo de Port Louis', 'Port Louis Est', PROSE_A] },
  ])('$name', ({ paragraphs }) => {
    expect(texts(paragraphs, findBylineNoise, 'byline-noise')).toEqual([]);
  });
});
