import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../utils/artifacts/context';
import { mergedStoryExcerpts } from '../helpers/merged-story-rows';
import { findTruncatedSentences } from '../../utils/artifacts/truncated';

/**
 * Round 24, group 5: look-alikes of a merge that are one article or one page by design. Invented rows, EN and FR.
 * Each row was flagged before this round's change (checked with the change disabled).
 */
const merged = mergedStoryExcerpts;

describe('round 24 negatives: a dated lede under its own headline on a page of dated items (datedItemOfPage)', () => {
  it.each([
    ['a wire roundup whose first story is dated too', [
      'Markets at a glance',
      'Port strike halts grain shipments',
      'HALIFAX (AP) — Dock workers walked off the job on Tuesday, halting grain shipments from the port for a second week.',
      'The union said talks with the port authority had broken down over pay and night shifts for crane drivers.',
      'Chip maker lifts its forecast for the year',
      'SAN JOSE, Calif. (AP) — A chip maker raised its sales forecast on Wednesday as orders from data centres kept growing.',
      'The company said demand from cloud customers would stay strong through the end of the year.',
    ]],
    ['une revue de dépêches dont le premier article est daté aussi', [
      'Économie',
      'Grève au port, les céréales bloquées',
      'MARSEILLE (AFP) — Les dockers ont cessé le travail mardi, bloquant les expéditions de céréales pour la deuxième semaine.',
      'Le syndicat affirme que les discussions avec la direction du port ont échoué sur les salaires et le travail de nuit.',
      'Un fabricant de puces relève sa prévision annuelle',
      'GRENOBLE (AFP) — Un fabricant de puces a relevé mercredi sa prévision de ventes grâce aux commandes des centres de données.',
      'La société estime que la demande des clients du nuage restera forte jusqu’à la fin de l’année.',
    ]],
    ['a tag page: the post above stopped by the excerpt mid-clause', [
      'retail news this week',
      'Grocer closes three stores in the north',
      'A regional grocer said on Monday it would close three stores in the north next month as rents keep rising.',
      'The company said staff at the three shops would be offered jobs at its other stores in the region.',
      'The closures could affect',
      'Shoppers turn to cheaper brands as prices climb',
      'DENVER — Shoppers are buying more store brands as food prices keep rising, a survey of grocers found on Tuesday.',
      'The survey said the shift was strongest among families with young children and retired people.',
    ]],
    ['une page de mots-clés : l’article du dessus coupé par l’extrait', [
      'articles avec le mot-clé commerce',
      'Un épicier ferme trois magasins dans le nord',
      'Un épicier régional a annoncé lundi la fermeture de trois magasins dans le nord le mois prochain, à cause des loyers.',
      'La société affirme que les salariés des trois magasins se verront proposer un poste dans ses autres boutiques.',
      'Les fermetures pourraient toucher',
      'Les clients se tournent vers les marques de distributeur',
      'LILLE — Les clients achètent davantage de marques de distributeur à mesure que les prix montent, selon une enquête publiée mardi.',
      'Selon l’enquête, le phénomène est le plus marqué chez les familles avec de jeunes enfants et chez les retraités.',
    ]],
  ])('%s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

describe('round 24 negatives: an article’s own trailing dots or related link over its next section (storyAfterClosedItem)', () => {
  it.each([
    ['a writer’s trailing dots, a subhead and the closing paragraph', [
      'The bakery had tried everything to stay open: longer hours, a café corner, a delivery van for the villages.',
      'And still the flour bills kept climbing, week after week, until the bank stopped answering the owner’s letters...',
      'What the bakery owner plans next',
      'The bakery owner says she will open again in the spring, with a smaller oven and a shorter menu of breads.',
    ]],
    ['des points de suspension, un intertitre et le dernier paragraphe', [
      'La boulangerie avait tout essayé pour rester ouverte : horaires élargis, coin café, tournée dans les villages.',
      'Et pourtant les factures de farine montaient, semaine après semaine, jusqu’à ce que la banque ne réponde plus...',
      'Ce que prévoit la boulangère',
      'La boulangère compte rouvrir au printemps, avec un four plus petit et une carte de pains plus courte.',
    ]],
    ['an inline related link after a finished sentence, then the article’s next paragraph', [
      'The central bank raised its main rate by a quarter point on Thursday, the fourth rise in a row this year.',
      'Borrowers on variable loans will pay more from next month, the bank said in its statement. Read more',
      'Central bank holds its rate as prices cool',
      'The bank’s governor said the rate would stay high until prices cooled for several months in a row.',
    ]],
    ['un lien connexe après une phrase finie, puis le paragraphe suivant de l’article', [
      'La banque centrale a relevé jeudi son taux directeur d’un quart de point, la quatrième hausse de l’année.',
      'Les emprunteurs à taux variable paieront davantage dès le mois prochain, selon la banque. Lire la suite',
      'La banque centrale maintient son taux face aux prix',
      'Le gouverneur de la banque estime que le taux restera élevé tant que les prix ne baisseront pas plusieurs mois de suite.',
    ]],
  ])('%s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});

const truncated = (paragraphs: string[]): string[] => {
  const doc = buildDoc(paragraphs);
  return findTruncatedSentences(doc).map((f) => doc.text.slice(f.start, f.end));
};

describe('round 24 negatives: a line ending on a word over a headline-shaped line is no cut teaser (cutBeforeNextItem)', () => {
  it.each([
    ['an article’s headline over a photo’s alt text and the lede', [
      'The grocer said on Monday it would close three stores in the north next month.',
      'A closer look at the grocer’s northern stores',
      'Shoppers queue outside a store in the north on a winter morning',
      'The grocer has run stores in the north for forty years and employs about three hundred people there.',
    ]],
    ['un titre d’article au-dessus d’un texte alternatif de photo', [
      'L’épicier a annoncé lundi la fermeture de trois magasins dans le nord le mois prochain.',
      'Un regard sur les magasins du nord de l’épicier',
      'Des clients font la queue devant un magasin du nord un matin d’hiver',
      'L’épicier exploite des magasins dans le nord depuis quarante ans et y emploie environ trois cents personnes.',
    ]],
    ['a brief closed by its agency credit, then the next brief', [
      'Grocer closes three stores',
      'A regional grocer said on Monday it would close three stores in the north next month. – Agency/Wire',
      'Shoppers turn to cheaper brands as prices climb',
      'Shoppers are buying more store brands as food prices keep rising, a survey of grocers found on Tuesday.',
    ]],
    ['un sous-titre dont la ligne suivante n’est pas un titre mais une légende de deux phrases', [
      'L’épicier fermera trois magasins. Les salariés se verront proposer un poste dans le sud',
      'Des clients devant un magasin du nord. Photo : agence',
      'Les clients achètent davantage de marques de distributeur à mesure que les prix montent, selon une enquête.',
    ]],
  ])('%s', (_name, paragraphs) => {
    expect(truncated(paragraphs)).toEqual([]);
  });
});
