/**
 * Negatives of raisers-round36b.test.ts: the sentence before opens on no new company (the round's own detail, its backer, a
 * person the article names), so "it" still points to the deal just read.
 */
import { describe, expect, it } from 'vitest';
import { readFunding } from '../../utils/funding';

const companies = (...paragraphs: string[]) => readFunding({ paragraphs }).deals.map((d) => d.company);

describe('round 36b negatives: with no new item, the anaphor keeps the deal just read', () => {
  it.each<[string, string[]]>([
    ['EN: the round’s own detail between', ['Kelbio raised $5 million in a seed round. The round was led by Tarvel Capital. It had raised $1 million in 2021.']],
    ['EN: the deal’s backer opens the sentence before', ['Kelbio raised $5 million led by Tarvel Capital. Tarvel Capital invests in freight software across Europe. The company had raised $1 million in 2021.']],
    ['EN: a person the article names opens the sentence before', ['Kelbio raised $5 million from Tarvel Capital, said chief executive Jane Morel. Morel started the company in 2019. It had raised $1 million in 2021.']],
    ['FR: le détail du tour avant « elle »', ['Kelbio a levé 5 millions d’euros auprès de Tarvel. Le tour a été mené par Tarvel. Elle avait levé 1 million d’euros en 2021.']],
  ])('%s', (_name, paragraphs) => {
    expect(new Set(companies(...paragraphs))).toEqual(new Set(['Kelbio']));
  });
});
