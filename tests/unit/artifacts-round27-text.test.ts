import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { findBylineNoise } from '../../utils/artifacts/bylines';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 27, artifacts text detectors: sentences left standing where a scraper removed their figures or their speaker.
 * Invented rows, EN and FR; the look-alikes are in the .negatives file.
 */
const truncated = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 27: stripped-figure lines (strippedFigureLines)', () => {
  it.each([
    {
      name: 'EN: a results release whose amounts were dropped',
      paragraphs: [
        'Harbourline Freight Announces Second Quarter Results',
        'The group kept its outlook for the year and expects volumes to improve in the autumn.',
        'Second Quarter Results',
        'Sales for the three months were',
        'Operating costs excluding one-off items decreased',
        'Net profit in the six months ended',
        'Further details are available in the interim report on the group’s website.',
      ],
      flagged: ['Sales for the three months were', 'Operating costs excluding one-off items decreased', 'Net profit in the six months ended'],
    },
    {
      name: 'FR : un communiqué de résultats sans ses montants',
      paragraphs: [
        'Résultats semestriels du groupe Valmer',
        'Le groupe confirme ses objectifs annuels et prévoit une reprise des volumes à l’automne.',
        'Le chiffre d’affaires du semestre s’établit à',
        'Le résultat opérationnel courant ressort en baisse de',
        'Le détail des comptes est disponible sur le site du groupe.',
      ],
      flagged: ['Le chiffre d’affaires du semestre s’établit à', 'Le résultat opérationnel courant ressort en baisse de'],
    },
    {
      name: 'EN: a change verb and a total verb left bare, after a closed sentence in the same paragraph',
      paragraphs: [
        'The board met on Monday. Orders from the northern yards rose to',
        'The firm said demand had picked up. Spending on new ships totalled',
        'The chairman will step down at the annual meeting in May.',
      ],
      flagged: ['Orders from the northern yards rose to', 'Spending on new ships totalled'],
    },
  ])('$name', ({ paragraphs, flagged }) => {
    const found = truncated(paragraphs);
    for (const f of flagged) expect(found, f).toContain(f);
  });
});

describe('round 27: a quotation ending on its reporting verb, the speaker cut (speakerlessQuote)', () => {
  it.each([
    {
      name: 'EN: curly quotes, comma inside',
      paragraphs: ['The carrier reported higher traffic on its northern routes.', '“We saw strong demand on every route we opened this year,” said', 'Bookings for the winter are ahead of last year.'],
      flagged: '“We saw strong demand on every route we opened this year,” said',
    },
    {
      name: 'EN: straight quotes, "added"',
      paragraphs: ['The carrier reported higher traffic on its northern routes.', '"Costs will stay high for the rest of the year, and we are planning for it," added', 'Bookings for the winter are ahead of last year.'],
      flagged: '"Costs will stay high for the rest of the year, and we are planning for it," added',
    },
    {
      name: 'FR : guillemets, « a déclaré » sans nom',
      paragraphs: ['Le transporteur a publié un trafic en hausse sur ses lignes du nord.', '« Nous avons vu une forte demande sur toutes les lignes ouvertes cette année », a déclaré', 'Les réservations pour l’hiver sont en avance sur l’an dernier.'],
      flagged: '« Nous avons vu une forte demande sur toutes les lignes ouvertes cette année », a déclaré',
    },
  ])('$name', ({ paragraphs, flagged }) => {
    expect(truncated(paragraphs)).toContain(flagged);
  });
});

const bylineNoise = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findBylineNoise(doc).map((f) => doc.text.slice(f.start, f.end));
};
const LEDE = 'Shares of regional carriers fell sharply on Tuesday after fuel prices climbed for a third week in a row.';
const LEDE_FR = 'Les actions des compagnies régionales ont nettement reculé mardi, le prix du carburant montant pour la troisième semaine.';

describe('round 27: author and date labels with no value (META_LABEL_ONLY)', () => {
  it.each([
    { name: 'EN: two empty labels in a row', paragraphs: ['Carriers slide on fuel costs', 'Author:', 'Publish date:', LEDE], flagged: 'Author:\n\nPublish date:' },
    { name: 'EN: an update label over the body', paragraphs: ['Carriers slide on fuel costs', 'Last updated:', LEDE], flagged: 'Last updated:' },
    { name: 'FR : une date de publication vide', paragraphs: ['Les transporteurs reculent', 'Auteur :', 'Publié le :', LEDE_FR], flagged: 'Auteur :\n\nPublié le :' },
  ])('$name', ({ paragraphs, flagged }) => {
    expect(bylineNoise(paragraphs)).toContain(flagged);
  });
});
