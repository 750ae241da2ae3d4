import { describe, expect, it } from 'vitest';
import { findArtifactsLocated } from '../../utils/artifacts';

/**
 * Round 35 negatives (artifact text readers, invented rows): what a spaced excerpt cut inside the body is not.
 */

const truncated = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'truncated-sentence').map((f) => f.text);

const AFTER = 'The board will meet again in March to review the timetable and the fares for the summer season.';

describe('truncated sentence: spaced ellipses that are the writer’s', () => {
  it('leaves a speaker trailing off inside an open quotation', () => {
    expect(truncated([
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.',
      '“We have asked the crews to work longer shifts through the storms and to keep the northern route open every day, and then …',
      AFTER,
    ])).toEqual([]);
  });

  it('leaves a list that ends on a comma and an ellipsis', () => {
    expect(truncated([
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.',
      'The new timetable covers the western quay, the northern route, the island towns, the freight berths, the night crossings, ...',
      AFTER,
    ])).toEqual([]);
  });

  it('leaves an enumeration of short items trailing off (“and so on”)', () => {
    expect(truncated([
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.',
      'This week in the port: the new timetable for the winter crossings; repairs planned at the quays of Ostrand, Kell, Marrow Bay, Little Haven ...',
      AFTER,
    ])).toEqual([]);
  });

  it('leaves a sentence that goes on in the next paragraph after the ellipsis (English and French)', () => {
    for (const [cut, rest] of [
      ['And I only meant that a lot of people on the crews say “timetable” when they mean the fares, and then the Harbour Board …', '… sits down with the ferry company to talk about its costs.'],
      ['Et je voulais seulement dire que beaucoup de gens disent « horaire » quand ils pensent aux tarifs, et alors la présidente Marie Ostrand …', '… s’assoit avec la compagnie pour parler de ses coûts.'],
    ]) {
      expect(truncated(['The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.', cut!, rest!, AFTER])).toEqual([]);
    }
  });

  it('leaves a short line ending on a spaced ellipsis (a lead-in, not a cut sentence)', () => {
    expect(truncated([
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.',
      'And the fares for the islands …',
      AFTER,
    ])).toEqual([]);
  });

  it('leaves a glued ellipsis closing a phrase (the writer’s)', () => {
    expect(truncated([
      'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.',
      'The crews had waited for this timetable for years, through three boards, two strikes and a long legal fight with the county…',
      AFTER,
    ])).toEqual([]);
  });
});

/**
 * A writer's suspense ellipsis on a name or a figure, between two paragraphs of plain prose: no chrome, no title and no
 * other cut teaser next to it, and the figure is not a bare number among figures written with their unit (review of
 * session 22, finding 1: all five were reported as cuts before the template's context was required).
 */
describe('truncated sentence: a suspense ellipsis on a name or a figure between paragraphs of prose', () => {
  const BEFORE = 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the towns.';
  const AVANT = 'Le syndicat des ports a adopté lundi l’horaire d’hiver, après une longue réunion avec les équipages et les communes.';
  const APRES = 'Le conseil se réunira de nouveau en mars pour revoir l’horaire et les tarifs de la saison d’été.';
  const rows: ReadonlyArray<readonly [string, string, string, string]> = [
    ['a year', BEFORE, 'For a decade nobody on the quay expected the winter to change anything for the crews, and then came 2020 …', AFTER],
    ['a name', BEFORE, 'The new chair has asked the island towns for patience through the storms, and above all she wants them to trust Ostrand …', AFTER],
    ['a capitalised word after a colon', BEFORE, 'When the crews finally reached the ticket office at dawn after the long crossing from Kell, they brought only one word: Closed ...', AFTER],
    ['a name (French)', AVANT, 'Le nouveau président a demandé aux communes des îles de la patience pendant les tempêtes, et surtout il leur demande de croire encore Ostrand …', APRES],
    ['a percentage', BEFORE, 'If the storms keep the boats in port as long as they did last year, the operator fears the rise in fares this winter could reach 25% ...', AFTER],
  ];
  for (const [name, before, line, after] of rows) {
    it(`leaves the writer’s ellipsis on ${name}`, () => {
      expect(truncated([before, line, after])).toEqual([]);
    });
  }
});

const bylines = (paragraphs: string[]): string[] =>
  findArtifactsLocated({ paragraphs }).filter((f) => f.kind === 'byline-noise').map((f) => f.text);

describe('byline noise: lines ending on "by" or "par" that keep their name or are sentences', () => {
  const BODY = 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.';
  it('leaves a date line with its name', () => {
    expect(bylines(['Harbour board sets the winter timetable', 'March 3, 2021 | by Jane Alder', BODY, BODY])).toEqual([]);
  });
  it('leaves a sentence cut on "by" (the truncated reader’s) and a French one cut on "par"', () => {
    const found = bylines(['Harbour board sets the winter timetable', BODY, 'The ferry company said the new route would be run from March by', BODY.replace('Monday', 'Friday'), 'Le nouvel horaire a été adopté le 3 mars 2021 par', BODY.replace('Monday', 'Tuesday')]);
    expect(found).toEqual([]);
  });
  it('leaves a credit line that names its writer', () => {
    expect(bylines(['Harbour board sets the winter timetable', BODY, 'From Harbour Weekly. Story by Jane Alder.', BODY.replace('Monday', 'Friday')])).toEqual([]);
  });
});

describe('duplicated caption: barred lines between two copies of a title that are no credit', () => {
  const BODY = 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.';
  it('leaves a barred menu with no agency between two copies of a title', () => {
    const found = findArtifactsLocated({ paragraphs: ['Ferry operator sets the winter timetable', BODY, 'Harbour Ferries', 'Timetable | Fares | Routes', 'Harbour Ferries', BODY.replace('Monday', 'Friday')] });
    expect(found.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
  it('leaves a slashed name and role whose last field names no agency', () => {
    const found = findArtifactsLocated({ paragraphs: ['Ferry operator sets the winter timetable', BODY, 'Harbour Ferries', 'Jane Alder / Editor | Harbour Weekly', 'Harbour Ferries', BODY.replace('Monday', 'Friday')] });
    expect(found.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
  it('leaves a handle-first credit with no title printed around it', () => {
    const found = findArtifactsLocated({ paragraphs: ['Ferry operator sets the winter timetable', BODY, 'Harbour Ferries', 'k_marrow.photo | DigitalVision | Getty Images', 'Island towns', BODY.replace('Monday', 'Friday')] });
    expect(found.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
  it('leaves a barred credit with no title printed around it', () => {
    const found = findArtifactsLocated({ paragraphs: ['Ferry operator sets the winter timetable', BODY, 'Harbour Ferries', 'Jane Alder | AFP | Getty Images', 'Island towns', BODY.replace('Monday', 'Friday')] });
    expect(found.filter((f) => f.kind === 'duplicated-caption')).toEqual([]);
  });
});

describe('truncated sentence: a modal closing a clause of comparison or condition (English verb-phrase ellipsis)', () => {
  const BODY = 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.';
  it('leaves a deck ending "… if they should" over the first paragraph', () => {
    expect(truncated(['Can the ferry line run all winter? The crews are ready, but the towns doubt if they should', 'The board said on Monday that the northern route would stay open through the storms, whatever the cost.', BODY])).toEqual([]);
  });
  it('leaves a closing paragraph ending "… than we could"', () => {
    expect(truncated(['Harbour board sets the winter timetable', BODY, 'The new boats carry more freight to the islands each week than we could', 'Share this article'])).toEqual([]);
  });
});

describe('byline noise: a protected address in a sentence with no byline', () => {
  it('leaves a sentence naming an address', () => {
    const found = bylines(['Harbour board sets the winter timetable', 'The harbour board approved the winter timetable on Monday after a long hearing with the crews and the island towns.', 'Readers wrote to [email protected] all week to ask why the night crossing to Kell was dropped from the timetable.', 'The board will meet again in March to review the timetable and the fares for the summer season.']);
    expect(found).toEqual([]);
  });
});
