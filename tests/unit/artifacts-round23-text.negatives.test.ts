import { describe, expect, it } from 'vitest';
import { mergedStoryExcerpts, STORY_EN, STORY_FR } from '../helpers/merged-story-rows';

/**
 * Round 23, group 5: look-alikes the structural readers must leave alone. Invented rows, EN and FR.
 */
const merged = mergedStoryExcerpts;

describe('round 23 negatives: a subhead and its section are not another story (storyAfterClosedItem)', () => {
  it.each([
    ['a subhead whose section names the story’s subject again', [
      'Northwind Foods cuts its forecast', ...STORY_EN,
      'Plants near the coast will close by the end of next year',
      'Two plants near Porthaven will shut, and Northwind will move the work to its main site.',
    ]],
    ['a subhead whose section opens on a pronoun', [
      'Northwind Foods cuts its forecast', ...STORY_EN,
      'Production moves to a single site in the south',
      'It will move production to a single site near Porthaven in the south by next spring.',
    ]],
    ['un intertitre dont la section renomme le sujet', [
      'Verdiland abaisse sa prévision', ...STORY_FR,
      'Deux usines fermeront sur la côte l’an prochain',
      'Les usines de Portvent fermeront, et Verdiland regroupera la production sur son site principal.',
    ]],
    ['un intertitre dont la section ouvre sur un pronom', [
      'Verdiland abaisse sa prévision', ...STORY_FR,
      'La production regroupée sur un seul site du sud',
      'Elle regroupera la production près de Portvent, dans le sud, au printemps prochain.',
    ]],
    ['a short subhead over a last section about a rival (a subhead’s length, not a headline’s)', [
      'Northwind Foods cuts its forecast', ...STORY_EN,
      'Rivals are raising money too',
      'Rival grocer Eastfield Farms raised money from its banks last month to expand in the north of the country.',
    ]],
    ['un intertitre court sur un concurrent en fin d’article', [
      'Verdiland abaisse sa prévision', ...STORY_FR,
      'Les concurrents lèvent des fonds',
      'Le concurrent Estival a levé des fonds auprès de ses banques le mois dernier pour s’étendre dans le nord.',
    ]],
    ['a related link after "Read more" above the article’s next paragraph (the headline does not retell it)', [
      'Harbour town bakery doubles its output',
      'The family bakery on the quay has added a second oven and hired four bakers this spring. Read more',
      'Railway operator orders ten trains for the valley line',
      'The bakery also plans to open a small café next to its shop on the quay by the autumn.',
    ]],
    ['a teaser cut by an ellipsis, then a subhead over a finished paragraph', [
      'Study links city parks to lower blood pressure',
      'Researchers who followed ten thousand adults over a decade found that those living near a park had…',
      'What the researchers want to measure next',
      'The team now wants to measure noise and air quality near the same parks over five more years.',
      'Its first results will be published next year in a medical journal, the university said.',
    ]],
    ['a newsletter whose title lists its items between dashes', [
      'Northwind cuts its forecast – A bus lane for the harbour – The bakery grows',
      ...STORY_EN,
      'City council approves a new bus lane on the harbour road',
      'The council in Porthaven voted on Tuesday to build a bus lane along the harbour road by next summer.',
    ]],
    ['a digest that says so at its top', [
      'Morning Briefing',
      'Northwind Foods cuts its forecast', ...STORY_EN,
      'City council approves a new bus lane on the harbour road',
      'The council in Porthaven voted on Tuesday to build a bus lane along the harbour road by next summer.',
    ]],
  ])('%s', (_name, paragraphs) => {
    expect(merged(paragraphs)).toEqual([]);
  });
});
