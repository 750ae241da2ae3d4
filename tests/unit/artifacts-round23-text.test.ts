import { describe, expect, it } from 'vitest';
import { mergedStoryExcerpts, STORY_EN, STORY_FR } from '../helpers/merged-story-rows';

/**
 * Round 23, group 5 (text detectors): readers of block structure that recur across outlets and blind batches.
 * Invented rows, EN and FR, run through the smallest reader that decides them; each fails with its rule disabled.
 */
const merged = mergedStoryExcerpts;

describe('round 23: the next item after a closed one (merged-stories.ts storyAfterClosedItem)', () => {
  it.each([
    ['a teaser closed by its "Read more" link, then a headline printed twice and its lede', [
      'Harbour town bakery doubles its output with a second oven',
      'The family bakery on the quay has added a second oven and hired four bakers to meet demand from the cafés… Read more',
      'Ferry operator orders two electric boats for the island route',
      'Ferry operator orders two electric boats for the island route',
      'The island ferry company has ordered two battery boats from a northern shipyard, to sail within three years.',
    ], 'Ferry operator orders two electric boats for the island route'],
    ['un aperçu fermé par « Lire la suite » collé, puis un titre et son chapeau', [
      'La mairie vote un budget record pour les écoles',
      'Le conseil municipal a voté jeudi soir un budget en hausse de douze pour cent pour rénover les écolesLire la suite',
      'Une usine de vélos ouvre ses portes à Cholet',
      'L’usine de vélos électriques emploiera quarante personnes dès le printemps, selon sa direction.',
    ], 'Une usine de vélos ouvre ses portes à Cholet'],
    ['two bulleted items, each teaser cut by the template’s ellipsis', [
      'Study links city parks to lower blood pressure',
      'Researchers who followed ten thousand adults over a decade found that those living near a park had…',
      '• Coastal town trials a four-day school week',
      'Parents and teachers in a small coastal town will try a shorter school week from September, with…',
    ], '• Coastal town trials a four-day school week'],
    ['deux aperçus coupés par des points de suspension', [
      'Le port de pêche modernise sa criée',
      'Les pêcheurs du port disposeront dès l’automne d’une criée entièrement rénovée et d’une nouvelle chambre...',
      'Un festival de jazz investit les plages cet été',
      'Pendant trois semaines, le festival de jazz donnera des concerts gratuits sur les plages de la côte, avec...',
    ], 'Un festival de jazz investit les plages cet été'],
    ['deux aperçus coupés par « (…) », le lien « Lire l’article » après le premier', [
      'Les commerces du centre-ville retrouvent des clients',
      'Après deux années difficiles, les commerçants du centre-ville constatent un retour de la clientèle le samedi, mais (…) Lire l’article',
      'La chambre de commerce lance un prêt pour les artisans',
      'Les artisans du département pourront emprunter jusqu’à vingt mille euros sans intérêt auprès de la chambre de (…)',
      'Les marchés de producteurs se multiplient en été',
    ], 'La chambre de commerce lance un prêt pour les artisans'],
    ['a complete story, then a section kicker, another story’s headline and its lede on a new subject', [
      'Northwind Foods cuts its forecast', ...STORY_EN,
      'Local Politics',
      'City council approves a new bus lane on the harbour road',
      'The council in Porthaven voted on Tuesday to build a bus lane along the harbour road by next summer.',
    ], 'City council approves a new bus lane on the harbour road'],
    ['un article complet, puis une rubrique, le titre et le chapeau d’un autre sujet', [
      'Verdiland abaisse sa prévision', ...STORY_FR,
      'Vie Locale',
      'Le conseil municipal vote une nouvelle piste cyclable au port',
      'Le conseil de Portvent a voté mardi la construction d’une piste cyclable le long du port avant l’été.',
    ], 'Le conseil municipal vote une nouvelle piste cyclable au port'],
  ])('%s', (_name, paragraphs, text) => {
    expect(merged(paragraphs)).toContain(text);
  });
});

